import fs from "node:fs";
import path from "node:path";
import webpack, { type Configuration, type StatsCompilation } from "webpack";

const ROOT = path.resolve(__dirname, "../..");

type ConfigFactory = (env: unknown, argv: { mode: string }) => Configuration;

/**
 * `webpack --mode production` with the repository's own config, written to `outputDir` instead of dist/ (so a
 * running dev server or e2e run keeps its files). `define` sets build-time environment values, e.g. the
 * development sign-in the simulator needs; they are restored afterwards.
 */
export async function buildProduction(
  outputDir: string,
  define: Record<string, string> = {},
): Promise<StatsCompilation> {
  const saved = Object.fromEntries(Object.keys(define).map((name) => [name, process.env[name]]));
  Object.assign(process.env, define);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS and reads env when called
    const factory = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
    const config = factory({}, { mode: "production" });
    config.output = { ...config.output, path: outputDir };
    return await compile(config);
  } finally {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

function compile(config: Configuration): Promise<StatsCompilation> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return reject(error);
      if (!stats || stats.hasErrors()) {
        const messages = stats?.toJson({ all: false, errors: true }).errors ?? [];
        return reject(new Error(`webpack failed:\n${messages.map((m) => m.message).join("\n")}`));
      }
      resolve(stats.toJson({ all: false, assets: true, chunks: true, chunkModules: true, entrypoints: true }));
    });
  });
}

/** True when the build wrote the page the simulator's pane host serves. */
export function hasSimulatorPages(outputDir: string): boolean {
  return fs.existsSync(path.join(outputDir, "simulator-taskpane.html"));
}
