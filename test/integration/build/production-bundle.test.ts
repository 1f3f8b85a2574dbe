import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const CLIENT_ID = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d";

/** Text that only the development token provider and the simulator's sign-in put into a bundle. */
const DEVELOPMENT_MARKERS = [
  { marker: "agente@localhost.example", source: "src/services/auth/dev-token-provider.ts" },
  { marker: "tmpSimulatedSignIn", source: "src/services/auth/simulated-sign-in.ts" },
  { marker: "nested-app-auth/token", source: "src/simulator/auth/issuer-broker.ts" },
];

type WebpackConfig = (env: unknown, argv: { mode: string }) => unknown;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, as webpack reads it
const webpackConfig = require(path.join(ROOT, "webpack.config.js")) as WebpackConfig;

function withEnv<T>(values: Record<string, string | undefined>, run: () => T): T {
  const saved = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const apply = (next: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(next)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(values);
  try {
    return run();
  } finally {
    apply(saved);
  }
}

describe("webpack.config.js", () => {
  it("refuses a production build with development sign-in", () => {
    const build = () =>
      withEnv({ ADDIN_AUTH_MODE: "development", BUILD_SIMULATOR: undefined }, () =>
        webpackConfig({}, { mode: "production" }),
      );

    expect(build).toThrow(/ADDIN_AUTH_MODE=development cannot be used for a production build/);
  });

  it("accepts development sign-in in a development build", () => {
    const build = () => withEnv({ ADDIN_AUTH_MODE: "development" }, () => webpackConfig({}, { mode: "development" }));

    expect(build).not.toThrow();
  });
});

describe("the production bundle", () => {
  let output: string;

  beforeAll(() => {
    output = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-production-bundle-"));
    const cli = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
    const env = { ...process.env, ADDIN_CLIENT_ID: CLIENT_ID, ADDIN_AUTH_MODE: "", BUILD_SIMULATOR: "" };
    const result = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", output], {
      cwd: ROOT,
      env,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`webpack --mode production failed\n${result.stdout}\n${result.stderr}`);
  }, 300_000);

  afterAll(() => fs.rmSync(output, { recursive: true, force: true }));

  function bundleText(): string {
    return fs
      .readdirSync(output)
      .filter((file) => file.endsWith(".js"))
      .map((file) => fs.readFileSync(path.join(output, file), "utf8"))
      .join("\n");
  }

  it("signs in with Entra ID: the API scope is built in", () => {
    expect(bundleText()).toContain("access_as_user");
  });

  it.each(DEVELOPMENT_MARKERS)("leaves out $source", ({ marker, source }) => {
    expect(fs.readFileSync(path.join(ROOT, source), "utf8")).toContain(marker);

    expect(bundleText()).not.toContain(marker);
  });

  it("has no simulator pages", () => {
    expect(fs.readdirSync(output).filter((file) => file.startsWith("simulator"))).toEqual([]);
  });
});
