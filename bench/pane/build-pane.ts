import fs from "node:fs";
import path from "node:path";
import webpack, { type Configuration, type StatsCompilation } from "webpack";

const ROOT = path.resolve(__dirname, "../..");
const CONFIG = path.join(ROOT, "webpack.config.js");

type ConfigFactory = (env: unknown, argv: { mode: string }) => Configuration;

/**
 * `webpack --mode production` with the repository's own config, written to `outputDir` instead of dist/ (so a
 * running dev server or e2e run keeps its files). `options.define` sets build-time environment values, e.g. the
 * development sign-in the simulator needs; they are restored afterwards.
 */
export async function buildProduction(
  outputDir: string,
  options: { define?: Record<string, string>; sourceMaps?: boolean } = {},
): Promise<StatsCompilation> {
  const define = options.define ?? {};
  const saved = Object.fromEntries(Object.keys(define).map((name) => [name, process.env[name]]));
  Object.assign(process.env, define);
  try {
    // The config is CommonJS and reads the environment when called.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const factory = require(CONFIG) as ConfigFactory;
    const config = factory({}, { mode: "production" });
    config.output = { ...config.output, path: outputDir };
    if (options.sourceMaps) {
      // Maps (not linked from the scripts) tell which package each minified byte came from; their own cache keeps
      // the repository's production cache from being rebuilt back and forth.
      config.devtool = "hidden-source-map";
      config.cache = { type: "filesystem", name: "pane-bench-source-maps", buildDependencies: { config: [CONFIG] } };
    }
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
      const json = {
        all: false,
        assets: true,
        chunks: true,
        chunkModules: true,
        chunkOrigins: true,
        entrypoints: true,
      };
      resolve(stats.toJson(json));
    });
  });
}

/** True when the build wrote the page the simulator's pane host serves. */
export function hasSimulatorPages(outputDir: string): boolean {
  return fs.existsSync(path.join(outputDir, "simulator-taskpane.html"));
}
