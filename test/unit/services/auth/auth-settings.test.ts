import { GRAPH_SCOPES, resolveAuthSettings } from "../../../../src/services/auth/auth-settings";

const client = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

describe("resolveAuthSettings", () => {
  it("derives the API scope from the pane's host and the client id, for a single app registration", () => {
    const settings = resolveAuthSettings({ clientId: client, host: "tickets.contoso.example" });

    expect(settings).toEqual({
      clientId: client,
      authority: "https://login.microsoftonline.com/organizations",
      scopes: { api: [`api://tickets.contoso.example/${client}/access_as_user`], graph: GRAPH_SCOPES },
    });
  });

  it("takes the tenant and an explicit API scope when they were set at build time", () => {
    const settings = resolveAuthSettings({
      clientId: client,
      tenantId: "0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d",
      apiScope: "api://api.contoso.example/11111111-2222-4333-8444-555555555555/access_as_user",
      host: "pane.contoso.example",
    });

    expect(settings.authority).toBe("https://login.microsoftonline.com/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d");
    expect(settings.scopes.api).toEqual([
      "api://api.contoso.example/11111111-2222-4333-8444-555555555555/access_as_user",
    ]);
  });

  it("asks Graph only for the two mail permissions, never for legacy Exchange", () => {
    const settings = resolveAuthSettings({ clientId: client, host: "x" });

    expect(settings.scopes.graph).toEqual([
      "https://graph.microsoft.com/Mail.ReadWrite",
      "https://graph.microsoft.com/Mail.ReadWrite.Shared",
    ]);
  });

  it.each([undefined, "", "not-a-guid"])("refuses to sign in with client id %p", (clientId) => {
    expect(() => resolveAuthSettings({ clientId, host: "x" })).toThrow(
      expect.objectContaining({ kind: "unavailable", code: "pane-not-configured" }) as Error,
    );
  });
});
