import fs from "node:fs";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** Serves the built pane, ribbon functions, simulator and manifest from one origin, so the pane needs no CORS. */
export async function registerStaticFiles(app: FastifyInstance, staticDir: string): Promise<void> {
  if (!fs.existsSync(staticDir)) {
    app.log.warn({ staticDir }, "static folder missing: run `npm run build:dev` to serve the pane");
    return;
  }
  await app.register(fastifyStatic, { root: staticDir, prefix: "/", index: false, wildcard: true });
}
