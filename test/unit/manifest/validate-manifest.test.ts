import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { validateManifest } from "../../../scripts/manifest/validate";
import { renderManifest } from "../../../scripts/render-manifest.cjs";
import { ASSETS_DIR, committedManifest, fixture, lineOf, onlyProblem, withChange } from "./manifest-variants";

// xmllint-wasm starts a worker per validation; allow for a busy machine.
jest.setTimeout(30_000);

const CLIENT_ID = "6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f";

describe("validateManifest", () => {
  it("accepts the committed manifest", async () => {
    const problems = await validateManifest(committedManifest());

    expect(problems).toEqual([]);
  });

  it("accepts the production manifest rendered with a public host and an Entra ID client", async () => {
    const rendered = renderManifest(committedManifest(), {
      publicUrl: "https://tickets.example.com/outlook",
      entraClientId: CLIENT_ID,
    });

    const problems = await validateManifest(rendered);

    expect(problems).toEqual([]);
  });

  it("rejects the deliberately broken fixture, naming the element, the value and the line", async () => {
    const broken = fixture("broken-manifest.xml");

    const problems = await validateManifest(broken, { fileName: "broken-manifest.xml" });

    const problem = onlyProblem(problems);
    expect(problem).toMatchObject({ rule: "xsd", line: lineOf(broken, "<Permissions>", "last") });
    expect(problem.message).toMatch(/'Permissions'.*'FullAccess'.*'ReadWriteItem'/);
  });

  it("rejects a task pane address served over http", async () => {
    const insecure = withChange(
      committedManifest(),
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
      '<SourceLocation DefaultValue="http://localhost:3000/taskpane.html"/>',
    );

    const problems = await validateManifest(insecure);

    const problem = onlyProblem(problems);
    expect(problem).toMatchObject({ rule: "https", line: lineOf(insecure, "http://localhost:3000/taskpane.html") });
    expect(problem.message).toMatch(/SourceLocation must use https.*"http:\/\/localhost:3000\/taskpane\.html"/);
  });

  it("rejects a label whose resource id is not defined in the same VersionOverrides block", async () => {
    const missing = withChange(
      committedManifest(),
      '<Label resid="OpenPane.Label"/>',
      '<Label resid="OpenPane.Missing"/>',
      "last",
    );

    const problems = await validateManifest(missing);

    const problem = onlyProblem(problems);
    expect(problem).toMatchObject({ rule: "resource-id", line: lineOf(missing, "OpenPane.Missing") });
    expect(problem.message).toMatch(
      /Label refers to resource id "OpenPane\.Missing".*ShortStrings.*VersionOverrides 1\.1/,
    );
  });

  it("rejects a label that points at a long string", async () => {
    const wrongKind = withChange(
      committedManifest(),
      '<Label resid="CreateTicket.Label"/>',
      '<Label resid="CreateTicket.Tooltip"/>',
    );

    const problems = await validateManifest(wrongKind);

    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/"CreateTicket\.Tooltip", a resource in LongStrings; it needs one in ShortStrings/),
    ]);
  });

  it("rejects two controls with the same id", async () => {
    const duplicate = withChange(committedManifest(), 'id="OpenPaneButton"', 'id="CreateTicketButton"');

    const problems = await validateManifest(duplicate);

    const problem = onlyProblem(problems);
    expect(problem).toMatchObject({ rule: "unique-id", line: lineOf(duplicate, 'id="CreateTicketButton"', 2) });
    expect(problem.message).toMatch(/Duplicate id "CreateTicketButton" in VersionOverrides 1\.0/);
  });

  it("rejects a label longer than the schema allows, in the XSD and in its own check", async () => {
    const longLabel = "Crear ticket " + "x".repeat(120);
    const tooLong = withChange(committedManifest(), 'DefaultValue="Crear ticket"', `DefaultValue="${longLabel}"`);

    const problems = await validateManifest(tooLong);

    expect(problems.map((problem) => problem.rule).sort()).toEqual(["length", "xsd"]);
    expect(problems.find((problem) => problem.rule === "length")?.message).toMatch(/133 characters; the limit is 125/);
  });

  it("reports a file that is not well-formed XML with its line", async () => {
    const malformed = withChange(committedManifest(), "</ProviderName>", "</Provider>");

    const problems = await validateManifest(malformed);

    const problem = onlyProblem(problems);
    expect(problem).toMatchObject({ rule: "xml", line: lineOf(malformed, "</Provider>") });
    expect(problem.message).toContain("Not well-formed XML");
  });
});

describe("validateManifest icon checks", () => {
  let assetsDir: string;

  beforeEach(async () => {
    assetsDir = await mkdtemp(path.join(os.tmpdir(), "manifest-assets-"));
    for (const name of ["create-ticket", "open-pane"].flatMap((icon) =>
      [16, 32, 80].map((size) => `${icon}-${size}.png`),
    )) {
      await copyFile(path.join(ASSETS_DIR, name), path.join(assetsDir, name));
    }
    await copyFile(path.join(ASSETS_DIR, "icon-128.png"), path.join(assetsDir, "icon-128.png"));
  });

  afterEach(async () => {
    await rm(assetsDir, { recursive: true, force: true });
  });

  it("rejects an icon file that is missing from assets/", async () => {
    const xml = committedManifest();

    const problems = await validateManifest(xml, { assetsDir });

    const problem = onlyProblem(problems);
    expect(problem).toMatchObject({ rule: "icon", line: lineOf(xml, "<IconUrl") });
    expect(problem.message).toContain("assets/icon-64.png does not exist");
  });

  it("rejects an icon whose pixels do not match the size the manifest states", async () => {
    await copyFile(path.join(ASSETS_DIR, "icon-64.png"), path.join(assetsDir, "icon-64.png"));
    await copyFile(path.join(ASSETS_DIR, "open-pane-16.png"), path.join(assetsDir, "open-pane-32.png"));
    const xml = committedManifest();

    const problems = await validateManifest(xml, { assetsDir });

    expect(problems).toEqual([
      {
        rule: "icon",
        line: lineOf(xml, '<bt:Image size="32" resid="OpenPane.Icon32"/>'),
        message: "Icon file assets/open-pane-32.png is 16x16 px; the manifest states 32x32.",
      },
    ]);
  });
});

describe("validateManifest with Debian's xmllint", () => {
  const nativeInstalled = spawnSync("xmllint", ["--version"]).status === 0;

  it("gives the same verdict as xmllint-wasm, or says how to install xmllint", async () => {
    const broken = fixture("broken-manifest.xml");

    const native = validateManifest(broken, { fileName: "broken-manifest.xml", engine: "native" });

    if (nativeInstalled) {
      expect(await native).toEqual(await validateManifest(broken, { fileName: "broken-manifest.xml" }));
    } else {
      await expect(native).rejects.toThrow(/apt-get install libxml2-utils/);
    }
  });

  it("accepts the committed manifest", async () => {
    const problems = nativeInstalled ? await validateManifest(committedManifest(), { engine: "native" }) : [];

    expect(problems).toEqual([]);
  });
});
