import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from "node:zlib";
import { buildTestBackend, type TestBackend } from "../../support/backend";

const SCRIPT = "taskpane.0a1b2c3d.js";
const SCRIPT_TEXT = `console.log(${JSON.stringify("¡Hola! ".repeat(400))});`;
const PAGE_TEXT = `<!doctype html><html lang="es"><script defer src="${SCRIPT}"></script></html>`;

/** A build folder as `npm run build` leaves it: hashed scripts and pages with their .br and .gz copies. */
function writeBuild(dir: string): void {
  const write = (name: string, text: string, compressed: boolean) => {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
    if (!compressed) return;
    fs.writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(Buffer.from(text)));
    fs.writeFileSync(path.join(dir, `${name}.gz`), gzipSync(Buffer.from(text)));
  };
  write(SCRIPT, SCRIPT_TEXT, true);
  write("taskpane.html", PAGE_TEXT, true);
  write("simulator.js", SCRIPT_TEXT, false);
  write("assets/icon-16.png", "not really a PNG", false);
}

describe("static files (the built pane)", () => {
  let dir: string;
  let backend: TestBackend;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "tmp-static-files-"));
    writeBuild(dir);
    backend = await buildTestBackend("sqlite", { env: { STATIC_DIR: dir } });
  });
  afterAll(async () => {
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    backend.app.inject({ method: "GET", url, headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {} });

  describe("GET a content-hashed script", () => {
    it("sends the brotli copy to a browser that accepts it, cached for a year as immutable", async () => {
      const response = await get(`/${SCRIPT}`, "gzip, deflate, br");

      expect(response.statusCode).toBe(200);
      expect(response.headers["content-encoding"]).toBe("br");
      expect(response.headers["content-type"]).toMatch(/^(text|application)\/javascript/);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
      expect(response.headers.vary).toBe("Accept-Encoding");
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(SCRIPT_TEXT);
    });

    it("sends the gzip copy when brotli is not accepted", async () => {
      const response = await get(`/${SCRIPT}`, "gzip");

      expect(response.headers["content-encoding"]).toBe("gzip");
      expect(gunzipSync(response.rawPayload).toString()).toBe(SCRIPT_TEXT);
    });

    it("sends the file as it is to a client that accepts no encoding", async () => {
      const response = await get(`/${SCRIPT}`);

      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.body).toBe(SCRIPT_TEXT);
      expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    });
  });

  describe("GET the pane's page", () => {
    it("is compressed and revalidated on every load, so a new deployment is picked up at once", async () => {
      const response = await get("/taskpane.html", "br");

      expect(response.headers["content-encoding"]).toBe("br");
      expect(response.headers["content-type"]).toMatch(/^text\/html/);
      expect(response.headers["cache-control"]).toBe("no-cache");
      expect(response.headers.etag).toBeDefined();
      expect(brotliDecompressSync(response.rawPayload).toString()).toBe(PAGE_TEXT);
    });

    it("answers 304 Not Modified to a revalidation with the same ETag", async () => {
      const first = await get("/taskpane.html", "br");

      const again = await backend.app.inject({
        method: "GET",
        url: "/taskpane.html",
        headers: { "accept-encoding": "br", "if-none-match": String(first.headers.etag) },
      });

      expect(again.statusCode).toBe(304);
    });
  });

  describe("GET files without a content hash", () => {
    it.each(["/simulator.js", "/assets/icon-16.png"])("revalidates %s instead of caching it for good", async (url) => {
      const response = await get(url, "br, gzip");

      expect(response.statusCode).toBe(200);
      expect(response.headers["content-encoding"]).toBeUndefined();
      expect(response.headers["cache-control"]).toBe("no-cache");
    });
  });
});
