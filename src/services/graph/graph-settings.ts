/**
 * Where the pane finds Graph and which mailbox is the support inbox.
 *
 * - Build constants (webpack DefinePlugin): `__TMP_GRAPH_BASE_URL__` and `__TMP_SUPPORT_MAILBOX__` (a shared
 *   mailbox address; empty or absent means the agent's own mailbox).
 * - Development builds only: the pane page's query parameters `graphBaseUrl` (an https loopback address, for the
 *   simulator's Graph stand-in) and `supportMailbox`, or the same under localStorage `tmp.dev.graphBaseUrl` and
 *   `tmp.dev.supportMailbox` (the simulator's pane frame shares the simulator page's origin). A production build
 *   ignores both, so a crafted link can never send the agent's Graph token elsewhere.
 */
declare const __TMP_GRAPH_BASE_URL__: string | undefined;
declare const __TMP_SUPPORT_MAILBOX__: string | undefined;

export interface GraphSettings {
  baseUrl?: string;
  mailbox?: string;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function resolveGraphSettings(
  search: string = currentSearch(),
  storage: Pick<Storage, "getItem"> | null = localStorageIfAny(),
): GraphSettings {
  const settings: GraphSettings = {};
  const builtBaseUrl = typeof __TMP_GRAPH_BASE_URL__ === "string" ? __TMP_GRAPH_BASE_URL__ : "";
  const builtMailbox = typeof __TMP_SUPPORT_MAILBOX__ === "string" ? __TMP_SUPPORT_MAILBOX__ : "";
  if (builtBaseUrl) settings.baseUrl = builtBaseUrl;
  if (builtMailbox) settings.mailbox = builtMailbox;

  if (isProductionBuild()) return settings;

  const params = new URLSearchParams(search);
  const devBaseUrl = params.get("graphBaseUrl") ?? storage?.getItem("tmp.dev.graphBaseUrl");
  const devMailbox = params.get("supportMailbox") ?? storage?.getItem("tmp.dev.supportMailbox");
  if (devBaseUrl && isHttpsLoopback(devBaseUrl)) settings.baseUrl = devBaseUrl;
  if (devMailbox) settings.mailbox = devMailbox;
  return settings;
}

function isHttpsLoopback(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" && LOOPBACK_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

function isProductionBuild(): boolean {
  // webpack replaces process.env.NODE_ENV with a literal; where nothing did, assume production (the safe side).
  try {
    return process.env.NODE_ENV === "production";
  } catch {
    return true;
  }
}

function currentSearch(): string {
  return typeof window === "undefined" ? "" : window.location.search;
}

function localStorageIfAny(): Pick<Storage, "getItem"> | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    // Storage can be switched off (privacy settings); then there is simply no development override.
    return null;
  }
}
