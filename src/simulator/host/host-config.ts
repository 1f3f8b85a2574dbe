import type { Person } from "../../core/contracts";
import type { SimulatedSignIn } from "../../services/auth/simulated-sign-in";
import { parseRequirementSets, type RequirementSets } from "./requirement-sets";

export type SimulatedTheme = "light" | "dark";

/** How the fake Outlook behaves, from the simulator page's query string. */
export interface HostConfig {
  /** `?sets=1.3,1.8,NestedAppAuth1.1` */
  sets: RequirementSets;
  /** `?lang=en-US` (Office.context.displayLanguage); Spanish by default. */
  displayLanguage: string;
  /** `?theme=dark` */
  theme: SimulatedTheme;
  /** `?agentName=...&agentEmail=...` (Office.context.mailbox.userProfile) */
  agent: Person;
  /** `?master=denied`: the add-in may not add to the category master list (no ReadWriteMailbox). */
  masterCategoriesAllowed: boolean;
  /** `?fail=categories.addAsync,body.getAsync`: operations the fake host answers with an error. */
  failures: Set<string>;
  /** `?sample=<id>`: the message selected at start. */
  initialSample: string | null;
  /** `?pane=open`: the task pane is open at start. */
  paneOpen: boolean;
  /**
   * `?issuer=<https url>&clientId=…&tenantId=…&apiScope=…`: Outlook's sign-in is simulated with a local token
   * issuer (nested app authentication, so NestedAppAuth 1.1 is claimed too). Without it the pane of a development
   * build sends the development token.
   */
  signIn: (SimulatedSignIn & { issuerUrl: string }) | null;
}

export const SUPPORT_MAILBOX: Person = { name: "Soporte TicketMasterPro", email: "soporte@ticketmasterpro.example" };

export function readHostConfig(query: URLSearchParams): HostConfig {
  const list = (name: string): string[] =>
    (query.get(name) ?? "")
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean);

  const signIn = readSignIn(query);
  const sets = parseRequirementSets(query.get("sets"));
  if (signIn) sets.nestedappauth ??= "1.1";

  return {
    sets,
    displayLanguage: query.get("lang") || "es-ES",
    theme: query.get("theme") === "dark" ? "dark" : "light",
    agent: {
      name: query.get("agentName") || "Lucía Fernández",
      email: query.get("agentEmail") || "lucia.fernandez@ticketmasterpro.example",
    },
    masterCategoriesAllowed: query.get("master") !== "denied",
    failures: new Set(list("fail")),
    initialSample: query.get("sample"),
    paneOpen: query.get("pane") === "open",
    signIn,
  };
}

function readSignIn(query: URLSearchParams): HostConfig["signIn"] {
  const [issuerUrl, clientId, tenantId, apiScope] = ["issuer", "clientId", "tenantId", "apiScope"].map(
    (name) => query.get(name)?.trim() ?? "",
  );
  if (!issuerUrl || !clientId || !tenantId || !apiScope) return null;
  return { issuerUrl, clientId, tenantId, apiScope };
}
