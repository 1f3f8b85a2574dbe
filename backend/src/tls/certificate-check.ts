// Decides whether a stored development certificate can still be served, using only node:crypto.
import { createPrivateKey, X509Certificate } from "node:crypto";

/** Renew a little before expiry so that a server started today does not fail tomorrow. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

export interface StoredCertificate {
  ca: string;
  cert: string;
  key: string;
}

/** Why a stored certificate cannot be reused, or null when it can. */
export function reasonToRegenerate(stored: StoredCertificate, now: Date): string | null {
  let ca: X509Certificate;
  let cert: X509Certificate;
  try {
    ca = new X509Certificate(stored.ca);
    cert = new X509Certificate(stored.cert);
  } catch {
    return "the certificate files are not readable PEM certificates";
  }

  if (!isCurrent(ca, now) || !isCurrent(cert, now)) {
    return "the certificate has expired or expires within a day";
  }
  if (cert.checkHost("localhost") === undefined) {
    return "the certificate does not cover localhost";
  }
  if (!cert.checkIssued(ca) || !cert.verify(ca.publicKey)) {
    return "the certificate was not issued by the stored CA";
  }
  if (!keyMatches(cert, stored.key)) {
    return "the private key does not belong to the certificate";
  }
  return null;
}

function isCurrent(certificate: X509Certificate, now: Date): boolean {
  const validFrom = Date.parse(certificate.validFrom);
  const validTo = Date.parse(certificate.validTo);
  return validFrom <= now.getTime() && now.getTime() + RENEW_BEFORE_MS < validTo;
}

function keyMatches(cert: X509Certificate, key: string): boolean {
  try {
    return cert.checkPrivateKey(createPrivateKey(key));
  } catch {
    return false;
  }
}
