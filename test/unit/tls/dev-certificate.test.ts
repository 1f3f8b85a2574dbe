import { createPrivateKey, generateKeyPairSync, X509Certificate } from "node:crypto";
import { cp, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { DevCertificateError, ensureDevCertificate } from "../../../backend/src/tls/dev-certificate";

// Each generation makes two RSA keys; on a busy machine that takes a few seconds.
jest.setTimeout(60_000);

const DAY_MS = 24 * 60 * 60 * 1000;

describe("ensureDevCertificate", () => {
  let generatedOnce: string;
  let directory: string;

  beforeAll(async () => {
    // One generated set, copied into each test that starts from existing certificates.
    generatedOnce = await mkdtemp(path.join(os.tmpdir(), "dev-certs-template-"));
    jest.spyOn(console, "log").mockImplementation(() => undefined);
    await ensureDevCertificate({ directory: generatedOnce, validityDays: 30 });
  });

  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), "dev-certs-"));
    // office-addin-dev-certs announces every generation on stdout; keep the test output readable.
    jest.spyOn(console, "log").mockImplementation(() => undefined);
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await rm(directory, { recursive: true, force: true });
  });

  afterAll(async () => {
    await rm(generatedOnce, { recursive: true, force: true });
  });

  async function startFromGeneratedSet(): Promise<string> {
    await cp(generatedOnce, directory, { recursive: true });
    return readFile(path.join(directory, "localhost.crt"), "utf8");
  }

  it("makes a localhost certificate signed by a CA beside it, with a key only its owner reads", async () => {
    const result = await ensureDevCertificate({ directory });

    const cert = new X509Certificate(result.cert);
    const ca = new X509Certificate(await readFile(result.caPath, "utf8"));
    const keyMode = (await stat(path.join(directory, "localhost.key"))).mode & 0o777;
    expect(result.caPath).toBe(path.join(directory, "ca.crt"));
    expect(cert.checkHost("localhost")).toBe("localhost");
    expect(cert.checkIssued(ca)).toBe(true);
    expect(cert.checkPrivateKey(createPrivateKey(result.key))).toBe(true);
    expect(keyMode).toBe(0o600);
  });

  it("reuses a valid certificate instead of generating a new one", async () => {
    const stored = await startFromGeneratedSet();

    const result = await ensureDevCertificate({ directory });

    expect(result.cert).toBe(stored);
  });

  it("generates a new certificate when the stored one has expired", async () => {
    const stored = await startFromGeneratedSet();
    const afterExpiry = new Date(Date.now() + 31 * DAY_MS);

    const renewed = await ensureDevCertificate({ directory, now: () => afterExpiry });

    expect(renewed.cert).not.toBe(stored);
    expect(Date.parse(new X509Certificate(renewed.cert).validTo)).toBeGreaterThan(afterExpiry.getTime());
  });

  it("generates a new certificate when the key on disk does not belong to it", async () => {
    const stored = await startFromGeneratedSet();
    const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    await writeFile(path.join(directory, "localhost.key"), privateKey.export({ type: "pkcs8", format: "pem" }));

    const repaired = await ensureDevCertificate({ directory });

    expect(repaired.cert).not.toBe(stored);
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
