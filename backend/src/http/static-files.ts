import fs from "node:fs";
import fastifyStatic, { type SetHeadersResponse } from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** webpack's production names, `[name].[contenthash:8].js`: a new content gets a new name, so it never goes stale. */
const CONTENT_HASHED = /\.[0-9a-f]{8}\.(?:js|css)$/;
/** Text the production build also writes as `.br` and `.gz` (webpack.config.js, PrecompressPlugin). */
const COMPRESSIBLE = /\.(?:js|css|html|xml|json|svg|txt)$/;
const PRECOMPRESSED = /\.(?:br|gz)$/;

export const CACHE_IMMUTABLE = "public, max-age=31536000, immutable";
/** Stored, but asked again (ETag, Last-Modified) before each use: the pages that name the current scripts. */
export const CACHE_REVALIDATE = "no-cache";

/**
 * Serves the built pane, ribbon functions, simulator and manifest from one origin, so the pane needs no CORS.
 * Brotli or gzip copies made at build time are sent to browsers that accept them; content-hashed scripts are cached
 * for a year and everything else is revalidated, so a deployment reaches Outlook at the next pane load.
 */
export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<void> {
  if (!fs.existsSync(staticDir)) {
    app.log.warn({ staticDir }, "static folder missing: run `npm run build:dev` to serve the pane");
    return;
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    prefix: "/",
    index: false,
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: setCachingHeaders,
  });
}

/** `file` is the file sent, which may be the `.br` or `.gz` copy of the one asked for. */
function setCachingHeaders(response: SetHeadersResponse, file: string): void {
  const asked = file.replace(PRECOMPRESSED, "");
  response.setHeader("Cache-Control", cacheControlFor(asked));
  // The same address answers differently by Accept-Encoding; a shared cache must keep the answers apart.
  if (COMPRESSIBLE.test(asked)) response.setHeader("Vary", "Accept-Encoding");
}

export function cacheControlFor(file: string): string {
  return CONTENT_HASHED.test(file) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}
