import { createPrivateKey, X509Certificate } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { DevCertificateError, ensureDevCertificate } from "../../../backend/src/tls/dev-certificate";

// Each generation makes two RSA keys; on a busy machine that takes a few seconds.
jest.setTimeout(60_000);

const DAY_MS = 24 * 60 * 60 * 1000;

describe("ensureDevCertificate", () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), "dev-certs-"));
    // office-addin-dev-certs announces every generation on stdout; keep the test output readable.
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(directory, { recursive: true, force: true });
  });

  it("generates a localhost certificate signed by a CA it stores beside it", async () => {
    const result = await ensureDevCertificate({ directory });

    const cert = new X509Certificate(result.cert);
    const ca = new X509Certificate(await readFile(result.caPath, "utf8"));
    expect(result.caPath).toBe(path.join(directory, "ca.crt"));
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.checkIssued(ca)).toBe(true);
    expect(result.key).toContain("PRIVATE KEY");
  });

  it("keeps the private key readable by its owner only", async () => {
    await ensureDevCertificate({ directory });

    const mode = (await stat(path.join(directory, "localhost.key"))).mode & 0o777;

    expect(mode).toBe(0o600);
  });

  it("reuses a valid certificate instead of generating a new one", async () => {
    const first = await ensureDevCertificate({ directory });

    const second = await ensureDevCertificate({ directory });

    expect(second.cert).toBe(first.cert);
    expect(second.key).toBe(first.key);
  });

  it("generates a new certificate when the stored one has expired", async () => {
    const first = await ensureDevCertificate({ directory, validityDays: 30 });
    const afterExpiry = new Date(Date.now() + 31 * DAY_MS);

    const renewed = await ensureDevCertificate({ directory, validityDays: 30, now: () => afterExpiry });

    expect(renewed.cert).not.toBe(first.cert);
    expect(Date.parse(new X509Certificate(renewed.cert).validTo)).toBeGreaterThan(Date.now() + 29 * DAY_MS);
  });

  it("generates a new certificate when the key on disk does not belong to it", async () => {
    const first = await ensureDevCertificate({ directory });
    const other = await mkdtemp(path.join(os.tmpdir(), "dev-certs-other-"));
    const foreign = await ensureDevCertificate({ directory: other });
    await writeFile(path.join(directory, "localhost.key"), foreign.key);

    const repaired = await ensureDevCertificate({ directory });

    await rm(other, { recursive: true, force: true });
    expect(repaired.cert).not.toBe(first.cert);
    expect(new X509Certificate(repaired.cert).checkPrivateKey(createPrivateKey(repaired.key))).toBe(true);
  });

  it("explains what to do when the certificate cannot be written", async () => {
    const blocker = path.join(directory, "a-file");
    await writeFile(blocker, "not a folder");

    const attempt = ensureDevCertificate({ directory: path.join(blocker, "certs") });

    await expect(attempt).rejects.toThrow(DevCertificateError);
    await expect(attempt).rejects.toThrow(/a-file\/certs.*\n.*TLS_CERT and TLS_KEY/);
  });
});
