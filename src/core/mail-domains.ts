/**
 * Free mail providers: a shared domain there says nothing about a shared company, so they never count as one.
 * Families with many country variants (outlook.*, yahoo.*, hotmail.*) are matched by their first label.
 */
const PUBLIC_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "msn.com",
  "aol.com",
  "aim.com",
  "proton.me",
  "protonmail.com",
  "protonmail.ch",
  "pm.me",
  "gmx.com",
  "gmx.es",
  "gmx.net",
  "gmx.de",
  "mail.com",
  "zoho.com",
  "zohomail.eu",
  "yandex.com",
  "yandex.ru",
  "tutanota.com",
  "tuta.io",
  "fastmail.com",
  "hushmail.com",
  "mail.ru",
  "qq.com",
  "163.com",
  "telefonica.net",
  "movistar.es",
  "terra.es",
  "ya.com",
  "wanadoo.es",
  "orange.es",
  "vodafone.es",
  "ono.com",
  "jazztel.es",
  "euskaltel.net",
  "uol.com.br",
  "bol.com.br",
  "terra.com.br",
  "prodigy.net.mx",
  "speedy.com.ar",
  "fibertel.com.ar",
  "web.de",
  "t-online.de",
  "free.fr",
  "laposte.net",
  "libero.it",
]);

const PUBLIC_FAMILIES = new Set(["outlook", "hotmail", "live", "yahoo", "ymail", "rocketmail", "windowslive"]);

/** Second-level labels under which companies register (`empresa.com.es`, `empresa.co.uk`). */
const REGISTRY_LABELS = new Set(["com", "co", "org", "net", "gob", "gov", "edu", "ac", "nom", "ltd", "plc"]);

export function normalizeDomain(domain: string): string {
  return domain.trim().toLowerCase().replace(/\.+$/, "");
}

export function domainOfAddress(address: string): string | null {
  const at = address.lastIndexOf("@");
  if (at < 1 || at === address.length - 1) return null;
  return normalizeDomain(address.slice(at + 1));
}

export function isPublicMailDomain(domain: string): boolean {
  const normalized = normalizeDomain(domain);
  if (PUBLIC_DOMAINS.has(normalized)) return true;

  const labels = normalized.split(".");
  const family = labels.length >= 2 ? labels[labels.length - 2] : "";
  const familyBeforeRegistry = labels.length >= 3 && REGISTRY_LABELS.has(family) ? labels[labels.length - 3] : "";
  return PUBLIC_FAMILIES.has(family) || PUBLIC_FAMILIES.has(familyBeforeRegistry);
}

/**
 * A readable company name guessed from a company domain ("acme-iberica.com.es" → "Acme Iberica"), or null for
 * public providers and for anything that is not a domain.
 */
export function companyFromDomain(domain: string): string | null {
  const normalized = normalizeDomain(domain);
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(normalized) || isPublicMailDomain(normalized)) return null;

  const labels = normalized.split(".");
  labels.pop();
  if (labels.length >= 2 && REGISTRY_LABELS.has(labels[labels.length - 1])) labels.pop();
  const name = labels[labels.length - 1];
  if (!name) return null;

  return name
    .split(/[-_]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}
