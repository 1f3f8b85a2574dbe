import { resolveGraphSettings } from "../../../../src/services/graph/graph-settings";

describe("resolveGraphSettings", () => {
  const nodeEnv = process.env.NODE_ENV;

  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it("uses Graph and the agent's own mailbox when nothing is configured", () => {
    expect(resolveGraphSettings("", null)).toEqual({});
  });

  it("takes an https loopback Graph and a shared mailbox from the page in development builds", () => {
    const search = "?graphBaseUrl=https%3A%2F%2F127.0.0.1%3A9443%2Fv1.0&supportMailbox=soporte%40empresa.example";

    expect(resolveGraphSettings(search, null)).toEqual({
      baseUrl: "https://127.0.0.1:9443/v1.0",
      mailbox: "soporte@empresa.example",
    });
  });

  it.each(["http://127.0.0.1:9443/v1.0", "https://graph.attacker.example/v1.0", "not a url"])(
    "ignores %s as a development Graph",
    (url) => {
      expect(resolveGraphSettings(`?graphBaseUrl=${encodeURIComponent(url)}`, null)).toEqual({});
    },
  );

  it("takes the development Graph from localStorage when the page has no parameter", () => {
    const storage = {
      getItem: (key: string) => (key === "tmp.dev.graphBaseUrl" ? "https://localhost:9443/v1.0" : null),
    };

    expect(resolveGraphSettings("", storage)).toEqual({ baseUrl: "https://localhost:9443/v1.0" });
  });

  it("ignores the page's parameters in a production build", () => {
    process.env.NODE_ENV = "production";

    const storage = { getItem: () => "https://127.0.0.1:9443/v1.0" };

    expect(resolveGraphSettings("?graphBaseUrl=https%3A%2F%2F127.0.0.1%3A9443%2Fv1.0", storage)).toEqual({});
  });
});
