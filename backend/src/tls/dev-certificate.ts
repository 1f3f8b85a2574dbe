// The HTTPS certificate for https://localhost during development. Outlook only loads add-ins over HTTPS.
//
// office-addin-dev-certs' generateCertificates makes a CA and a localhost certificate signed by it. Its `install`
// step (trusting the CA system-wide) needs administrator rights and fails on Linux, so it is never called here: the
// README tells the developer how to trust the CA once.
import { chmod, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { generateCertificates } from "office-addin-dev-certs";

import { reasonToRegenerate, type StoredCertificate } from "./certificate-check";

export interface DevCertificate {
  cert: string;
  key: string;
  /** The CA to trust in the browser or the operating system. */
  caPath: string;
}

export interface DevCertificateOptions {
  /** Where the files live; by default ~/.office-addin-dev-certs when it holds a valid set, else .certs/ here. */
  directory?: string;
  /** How long a newly generated certificate is valid. */
  validityDays?: number;
  /** The current time, for tests. */
  now?: () => Date;
}

export class DevCertificateError extends Error {
  override name = "DevCertificateError";
}

const PROJECT_DIRECTORY = path.resolve(__dirname, "..", "..", "..", ".certs");
const SHARED_DIRECTORY = path.join(os.homedir(), ".office-addin-dev-certs");

/** macOS rejects server certificates valid for more than 825 days, even from a locally trusted CA. */
const DEFAULT_VALIDITY_DAYS = 365;

const FILE_NAMES = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" } as const;

/** Returns a certificate for localhost, reusing a valid one and generating a new one when missing or expired. */
export async function ensureDevCertificate(options: DevCertificateOptions = {}): Promise<DevCertificate> {
  const now = (options.now ?? (() => new Date()))();

  const directory = options.directory ?? (await pickDefaultDirectory(now));
  const stored = await readStored(directory);
  if (stored !== null && reasonToRegenerate(stored, now) === null) {
    return toDevCertificate(directory, stored);
  }

  await generate(directory, options.validityDays ?? DEFAULT_VALIDITY_DAYS);
  const generated = await readStored(directory);
  if (generated === null) {
    throw new DevCertificateError(`The development certificate was generated but cannot be read from ${directory}.`);
  }
  return toDevCertificate(directory, generated);
}

/**
 * A developer who already trusts the office-addin-dev-certs CA (other Office add-in projects) keeps using it; the
 * project never overwrites that shared folder and generates its own set in .certs/ instead.
 */
async function pickDefaultDirectory(now: Date): Promise<string> {
  const shared = await readStored(SHARED_DIRECTORY);
  return shared !== null && reasonToRegenerate(shared, now) === null ? SHARED_DIRECTORY : PROJECT_DIRECTORY;
}

async function readStored(directory: string): Promise<StoredCertificate | null> {
  const read = (name: string): Promise<string> => readFile(path.join(directory, name), "utf8");

  try {
    const [ca, cert, key] = await Promise.all([read(FILE_NAMES.ca), read(FILE_NAMES.cert), read(FILE_NAMES.key)]);
    return { ca, cert, key };
  } catch {
    return null;
  }
}

async function generate(directory: string, validityDays: number): Promise<void> {
  const paths = filePaths(directory);

  try {
    // generateCertificates keeps an existing CA file and then writes nothing, so stale files go first.
    await Promise.all(Object.values(paths).map((file) => rm(file, { force: true })));
    await generateCertificates(paths.ca, paths.cert, paths.key, validityDays);
    await chmod(paths.key, 0o600);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DevCertificateError(
      `Could not generate the development HTTPS certificate in ${directory}: ${reason}\n` +
        "Check that the folder is writable, or set TLS_CERT and TLS_KEY to a certificate and key of your own.",
    );
  }
}

function filePaths(directory: string): { ca: string; cert: string; key: string } {
  return {
    ca: path.join(directory, FILE_NAMES.ca),
    cert: path.join(directory, FILE_NAMES.cert),
    key: path.join(directory, FILE_NAMES.key),
  };
}

function toDevCertificate(directory: string, stored: StoredCertificate): DevCertificate {
  return { cert: stored.cert, key: stored.key, caPath: filePaths(directory).ca };
}
