import { verifyDevelopmentToken } from "../../../../backend/src/auth/development-token";
import { createDevTokenProvider } from "../../../../src/services/auth/dev-token-provider";

describe("the development token provider", () => {
  it("mints a token the backend's development mode accepts, for the agent Outlook reports", async () => {
    const provider = createDevTokenProvider(() => ({ name: "Lucía Fernández", email: "Lucia@Contoso.example" }));

    const token = await provider.getAccessToken("api");

    expect(verifyDevelopmentToken(token)).toEqual({
      id: "lucia@contoso.example",
      name: "Lucía Fernández",
      email: "Lucia@Contoso.example",
      tenantId: null,
    });
  });

  it("still mints an accepted token when Outlook reports no name or address", async () => {
    const provider = createDevTokenProvider(() => ({ name: " ", email: "" }));

    const agent = verifyDevelopmentToken(await provider.getAccessToken("graph"));

    expect(agent).toMatchObject({ name: "Agente", email: "agente@localhost.example" });
  });
});
