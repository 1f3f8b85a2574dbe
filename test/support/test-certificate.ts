import { mkdtemp, readFile, rm } from "node:fs/promises";
import https from "node:https";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateCertificates } from "office-addin-dev-certs";

export interface TestCertificate {
  /** PEM of the throwaway certificate authority; trust only this in the client under test. */
  ca: string;
  cert: string;
  key: string;
}

let pending: Promise<TestCertificate> | undefined;

/**
 * A certificate for 127.0.0.1 and localhost, signed by a one-day CA made in a temp dir that is deleted at once.
 * Nothing is installed in any trust store and no key is ever committed. Made once per test process.
 */
export function testCertificate(): Promise<TestCertificate> {
  pending ??= generate();
  return pending;
}

async function generate(): Promise<TestCertificate> {
  const dir = await mkdtemp(join(tmpdir(), "tmp-graph-cert-"));
  const paths = { ca: join(dir, "ca.crt"), cert: join(dir, "localhost.crt"), key: join(dir, "localhost.key") };

  // The generator announces itself on the console; keep test output quiet.
  const log = console.log;
  console.log = () => undefined;
  try {
    await generateCertificates(paths.ca, paths.cert, paths.key, 1, ["127.0.0.1", "localhost"]);
    const [ca, cert, key] = await Promise.all([paths.ca, paths.cert, paths.key].map((p) => readFile(p, "utf8")));
    return { ca: ca, cert: cert, key: key };
  } finally {
    console.log = log;
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A fetch for Node that trusts only `ca` (Node's built-in fetch cannot be given a CA per call). Enough for the
 * Graph client: method, headers, a string body, and the answer as a standard Response.
 */
export function fetchTrusting(ca: string): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.protocol !== "https:") throw new TypeError("fetchTrusting only speaks https");

    const { status, headers, body } = await sendHttps(url, init ?? {}, ca);
    const empty = status === 204 || status === 304;
    return new Response(empty ? null : new Uint8Array(body), { status, headers });
  };
}

function sendHttps(
  url: URL,
  init: RequestInit,
  ca: string,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      url,
      { method: init.method ?? "GET", headers: Object.fromEntries(new Headers(init.headers)), ca },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
          }
          resolve({ status: response.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on("error", reject);
    request.end(typeof init.body === "string" ? init.body : undefined);
  });
}
