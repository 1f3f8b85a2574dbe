// Builds the task pane, the ribbon function file and the test-only simulator into dist/.
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
// webpack's own minimizer (a dependency of webpack 5.113), driven by swc instead of terser: same output class, a
// fraction of the time on a two-core machine.
const MinimizerPlugin = require("minimizer-webpack-plugin");

const root = __dirname;
const renderManifestPath = path.join(root, "scripts/render-manifest.cjs");

/** Values fixed into the bundles at build time; anything not set here stays undefined in the browser. */
function buildConstants(mode) {
  const env = process.env;
  return {
    "process.env.ADDIN_AUTH_MODE": JSON.stringify(
      env.ADDIN_AUTH_MODE || (mode === "production" ? "entra" : "development"),
    ),
    "process.env.API_BASE_URL": JSON.stringify(env.API_BASE_URL || "/api"),
    "process.env.ADDIN_CLIENT_ID": JSON.stringify(env.ADDIN_CLIENT_ID || env.ENTRA_PANE_CLIENT_ID || ""),
    "process.env.ADDIN_TENANT_ID": JSON.stringify(env.ADDIN_TENANT_ID || env.ENTRA_TENANT_ID || ""),
    "process.env.ADDIN_API_SCOPE": JSON.stringify(env.ADDIN_API_SCOPE || ""),
    // Graph's address (national clouds) and the shared support mailbox the Bandeja lists; empty = defaults.
    __TMP_GRAPH_BASE_URL__: JSON.stringify(env.GRAPH_BASE_URL || ""),
    __TMP_SUPPORT_MAILBOX__: JSON.stringify(env.SUPPORT_MAILBOX || ""),
  };
}

/** dist/manifest.xml: the repository's manifest pointed at PUBLIC_URL with the Entra values from the environment. */
function manifestTransform(content) {
  if (!fs.existsSync(renderManifestPath)) return content;

  const { renderManifest, manifestOptionsFromEnv } = require(renderManifestPath);
  const env = { ...process.env, PUBLIC_URL: process.env.PUBLIC_URL || "https://localhost:3000" };
  const options = manifestOptionsFromEnv
    ? manifestOptionsFromEnv(env)
    : { publicUrl: env.PUBLIC_URL, entraClientId: env.ENTRA_PANE_CLIENT_ID, entraApiAudience: env.ENTRA_API_AUDIENCE };
  return renderManifest(content.toString("utf8"), options);
}

function page(filename, template, chunks) {
  // "manual" keeps the order of `chunks`: the simulator's fake Office must run before the add-in's bundle.
  return new HtmlWebpackPlugin({ filename, template, chunks, chunksSortMode: "manual" });
}

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside each text file of a production build: the server sends
 * them to browsers that accept them (backend/src/http/static-files.ts), at the best ratio and without compressing
 * on every request.
 */
class PrecompressPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("PrecompressPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER;
      compilation.hooks.processAssets.tap({ name: "PrecompressPlugin", stage }, (assets) => {
        for (const [name, source] of Object.entries(assets)) {
          const content = source.buffer();
          // Below a kilobyte the copy saves less than the request costs.
          if (!/\.(js|css|html|xml|json|svg|txt)$/.test(name) || content.length < 1024) continue;
          compilation.emitAsset(`${name}.br`, new sources.RawSource(brotli(content)));
          compilation.emitAsset(`${name}.gz`, new sources.RawSource(zlib.gzipSync(content, { level: 9 })));
        }
      });
    });
  }
}

/**
 * Marks the scripts the pane loads at start with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`):
 * Chromium then compiles their functions while the file streams in, off the main thread, instead of one by one on
 * the main thread as the first render calls them. Other browsers read a comment. After minimizing, which would drop
 * the comment, and before the content hashes are computed again.
 */
class CompileHintsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("CompileHintsPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING;
      compilation.hooks.processAssets.tap({ name: "CompileHintsPlugin", stage }, () => {
        const start = compilation.entrypoints.get("taskpane");
        const files = new Set((start ? start.chunks : []).flatMap((chunk) => [...chunk.files]));
        for (const file of files) {
          if (!file.endsWith(".js")) continue;
          compilation.updateAsset(file, (old) => new sources.ConcatSource("//# allFunctionsCalledOnLoad\n", old));
        }
      });
    });
  }
}

function brotli(content) {
  const { BROTLI_PARAM_QUALITY, BROTLI_MAX_QUALITY, BROTLI_PARAM_SIZE_HINT } = zlib.constants;
  return zlib.brotliCompressSync(content, {
    params: { [BROTLI_PARAM_QUALITY]: BROTLI_MAX_QUALITY, [BROTLI_PARAM_SIZE_HINT]: content.length },
  });
}

/**
 * The simulator and its fake Office are test tools: development builds include them; production builds leave
 * them out unless BUILD_SIMULATOR=1 (benchmarks measure the production pane inside the simulator).
 */
function simulatorParts(include) {
  if (!include) return { entry: {}, pages: [] };
  return {
    entry: {
      simulator: "./src/simulator/simulator.ts",
      "simulator-office": "./src/simulator/install-fake-office.ts",
    },
    pages: [
      page("simulator.html", "./src/simulator/pages/simulator.html", ["simulator"]),
      page("simulator-taskpane.html", "./src/simulator/pages/taskpane-host.html", ["simulator-office", "taskpane"]),
      page("simulator-commands.html", "./src/simulator/pages/commands-host.html", ["simulator-office", "commands"]),
      page("simulator-launchevent.html", "./src/simulator/pages/launchevent-host.html", [
        "simulator-office",
        "launchevent",
      ]),
    ],
  };
}

module.exports = (_env, argv) => {
  const mode = argv.mode === "production" ? "production" : "development";
  const production = mode === "production";
  const simulator = simulatorParts(!production || process.env.BUILD_SIMULATOR === "1");
  // Development tokens are unsigned: a production pane that sent them would be refused by every real server.
  if (production && process.env.ADDIN_AUTH_MODE === "development" && process.env.BUILD_SIMULATOR !== "1") {
    throw new Error("ADDIN_AUTH_MODE=development cannot be used for a production build (npm run build).");
  }

  return {
    mode,
    context: root,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      "auth-dialog": "./src/services/auth/dialog/auth-dialog.ts",
      // Classic Outlook on Windows loads this one file by a fixed URL (manifest Runtime Override), so it carries
      // its own webpack runtime and is never split.
      launchevent: { import: "./src/launchevent/launchevent.ts", runtime: false, filename: "launchevent.js" },
      ...simulator.entry,
    },
    output: {
      path: path.join(root, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js", ".mjs"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "swc-loader",
            options: {
              jsc: {
                parser: { syntax: "typescript", tsx: true },
                transform: { react: { runtime: "automatic", development: !production } },
                target: "es2020",
              },
            },
          },
        },
      ],
    },
    devtool: production ? false : "cheap-module-source-map",
    cache: { type: "filesystem", buildDependencies: { config: [__filename] } },
    optimization: {
      // One runtime per page, so the fake Office and the pane share module instances on the simulator's pages.
      runtimeChunk: "single",
      splitChunks: production ? { chunks: (chunk) => chunk.name !== "launchevent" } : false,
      minimizer: [
        new MinimizerPlugin({ minify: MinimizerPlugin.swcMinify, minimizerOptions: { compress: true, mangle: true } }),
      ],
    },
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin(buildConstants(mode)),
      page("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("commands.html", "./src/commands/commands.html", ["commands"]),
      page("launchevent.html", "./src/launchevent/launchevent.html", ["launchevent"]),
      // The sign-in window for Outlook versions without nested app authentication.
      page("auth-dialog.html", "./src/services/auth/dialog/auth-dialog.html", ["auth-dialog"]),
      ...simulator.pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets", noErrorOnMissing: true, globOptions: { ignore: ["**/src/**"] } },
          { from: "manifest.xml", to: "manifest.xml", noErrorOnMissing: true, transform: manifestTransform },
        ],
      }),
      // Development builds are rebuilt often and served on loopback: not worth the compression time.
      ...(production ? [new CompileHintsPlugin(), new PrecompressPlugin()] : []),
    ],
  };
};
