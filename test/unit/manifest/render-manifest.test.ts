import { manifestOptionsFromEnv, renderManifest } from "../../../scripts/render-manifest.cjs";
import { committedManifest, withChange } from "./manifest-variants";

const CLIENT_ID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

function webApplicationInfo(xml: string): string | undefined {
  return /<WebApplicationInfo>[\s\S]*<\/WebApplicationInfo>/.exec(xml)?.[0];
}

describe("renderManifest", () => {
  it("points every address at the public URL, keeping its path", () => {
    const rendered = renderManifest(committedManifest(), { publicUrl: "https://tickets.example.com/outlook/" });

    expect(rendered).not.toContain("localhost:3000");
    expect(rendered).toContain('<SourceLocation DefaultValue="https://tickets.example.com/outlook/taskpane.html"/>');
    expect(rendered).toContain('DefaultValue="https://tickets.example.com/outlook/assets/icon-64.png"');
  });

  it("leaves WebApplicationInfo out when no Entra ID client is configured", () => {
    const rendered = renderManifest(committedManifest(), { publicUrl: "https://tickets.example.com" });

    expect(webApplicationInfo(rendered)).toBeUndefined();
  });

  it("adds WebApplicationInfo to VersionOverrides 1.1 with the client id and its api:// resource", () => {
    const rendered = renderManifest(committedManifest(), {
      publicUrl: "https://tickets.example.com",
      entraClientId: CLIENT_ID.toUpperCase(),
    });

    const block = webApplicationInfo(rendered);
    expect(block).toContain(`<Id>${CLIENT_ID}</Id>`);
    expect(block).toContain(`<Resource>api://tickets.example.com/${CLIENT_ID}</Resource>`);
    expect(block).toContain("<Scope>access_as_user</Scope>");
    expect(rendered.indexOf("<WebApplicationInfo>")).toBeGreaterThan(rendered.indexOf("VersionOverridesV1_1"));
    expect(rendered.indexOf("<WebApplicationInfo>")).toBeGreaterThan(rendered.lastIndexOf("</Resources>"));
  });

  it("keeps the port of a local public URL in the resource, as Office SSO expects for localhost", () => {
    const rendered = renderManifest(committedManifest(), {
      publicUrl: "https://localhost:3000",
      entraClientId: CLIENT_ID,
    });

    expect(webApplicationInfo(rendered)).toContain(`<Resource>api://localhost:3000/${CLIENT_ID}</Resource>`);
  });

  it("uses the configured API audience as the resource", () => {
    const rendered = renderManifest(committedManifest(), {
      publicUrl: "https://tickets.example.com",
      entraClientId: CLIENT_ID,
      entraApiAudience: "api://tickets.example.com/api&v2",
    });

    expect(webApplicationInfo(rendered)).toContain("<Resource>api://tickets.example.com/api&amp;v2</Resource>");
  });

  it("replaces an existing WebApplicationInfo, or drops it when none is configured", () => {
    const withBlock = renderManifest(committedManifest(), {
      publicUrl: "https://a.example.com",
      entraClientId: CLIENT_ID,
    });
    const otherId = "00000000-1111-4222-8333-444444444444";

    const replaced = renderManifest(withBlock, { publicUrl: "https://a.example.com", entraClientId: otherId });
    const dropped = renderManifest(withBlock, { publicUrl: "https://a.example.com" });

    expect(replaced.match(/<WebApplicationInfo>/g)).toHaveLength(1);
    expect(webApplicationInfo(replaced)).toContain(`<Id>${otherId}</Id>`);
    expect(dropped).not.toContain("<WebApplicationInfo>");
  });

  it.each([
    ["http://tickets.example.com", /PUBLIC_URL must be an https:\/\/ address/],
    ["tickets.example.com", /is not a valid address/],
    ["https://tickets.example.com/?tenant=1", /must not carry a query/],
  ])("refuses the public URL %s", (publicUrl, message) => {
    expect(() => renderManifest(committedManifest(), { publicUrl })).toThrow(message);
  });

  it("refuses a client id that is not a GUID", () => {
    const render = (): string =>
      renderManifest(committedManifest(), { publicUrl: "https://a.example.com", entraClientId: "my-app" });

    expect(render).toThrow(/client id "my-app" is not a GUID/);
  });

  it("refuses an audience without a client id, and an audience that is not an Application ID URI", () => {
    const publicUrl = "https://a.example.com";

    const withoutClient = (): string => renderManifest(committedManifest(), { publicUrl, entraApiAudience: "api://x" });
    const badAudience = (): string =>
      renderManifest(committedManifest(), { publicUrl, entraClientId: CLIENT_ID, entraApiAudience: "ticket-api" });

    expect(withoutClient).toThrow(/ENTRA_API_AUDIENCE is set but no client id/);
    expect(badAudience).toThrow(/must be an Application ID URI/);
  });

  it("refuses to add WebApplicationInfo to a manifest without a VersionOverrides 1.1 block", () => {
    const withoutV11 = withChange(committedManifest(), 'xsi:type="VersionOverridesV1_1"', 'xsi:type="Other"');

    const render = (): string =>
      renderManifest(withoutV11, { publicUrl: "https://a.example.com", entraClientId: CLIENT_ID });

    expect(render).toThrow(/no VersionOverrides 1\.1 block/);
  });
});

describe("manifestOptionsFromEnv", () => {
  it("reads the public URL, the pane client id before the API client id, and the audience", () => {
    const options = manifestOptionsFromEnv({
      PUBLIC_URL: " https://tickets.example.com ",
      ENTRA_PANE_CLIENT_ID: "pane",
      ENTRA_API_CLIENT_ID: "api",
      ENTRA_API_AUDIENCE: "api://tickets.example.com/api",
    });

    expect(options).toEqual({
      publicUrl: "https://tickets.example.com",
      entraClientId: "pane",
      entraApiAudience: "api://tickets.example.com/api",
    });
  });

  it("falls back to the API client id and to the local server", () => {
    const options = manifestOptionsFromEnv({ ENTRA_PANE_CLIENT_ID: "", ENTRA_API_CLIENT_ID: "api" });

    expect(options).toEqual({ publicUrl: "https://localhost:3000", entraClientId: "api", entraApiAudience: undefined });
  });

  it("insists on PUBLIC_URL when the build asks for it", () => {
    const read = (): unknown => manifestOptionsFromEnv({}, { requirePublicUrl: true });

    expect(read).toThrow(/PUBLIC_URL is required/);
  });
});
