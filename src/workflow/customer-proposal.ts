import type { CustomerMatch, Person, Triage } from "../core/contracts";
import type { CustomerProposal, NewCustomerForm } from "./analysis";
import { companyFromDomain, isPublicMailDomain } from "../core/mail-domains";

const REASON_RANK = { email: 0, domain: 1, name: 2 } as const;

/** Best first: the same address, then the same company domain, then a similar name; higher score first within. */
export function rankMatches(matches: readonly CustomerMatch[]): CustomerMatch[] {
  return [...matches].sort((a, b) => REASON_RANK[a.reason] - REASON_RANK[b.reason] || b.score - a.score);
}

/** Whom the ticket is about: a colleague forwarding a customer's email is not the customer. */
export function contactOf(from: Person, triage: Triage): { contact: Person; forwarded: boolean } {
  const original = triage.forwardedFrom;
  if (original && original.email && !sameAddress(original.email, from.email)) {
    return { contact: original, forwarded: true };
  }
  return { contact: from, forwarded: false };
}

/** One exact address match is preselected; any doubt goes to the agent; nothing found means a new customer. */
export function proposeCustomer(ranked: readonly CustomerMatch[], contact: Person, triage: Triage): CustomerProposal {
  const exact = ranked.filter((match) => match.reason === "email" && sameAddress(match.customer.email, contact.email));

  // Other candidates that share only the domain or a name do not weaken a unique address match.
  const [only] = exact;
  if (only && exact.length === 1) return { kind: "exact", customer: only.customer };
  if (ranked.length > 1) return { kind: "ask", reason: "several-candidates" };
  if (ranked.length === 1) return { kind: "ask", reason: "uncertain-match" };
  return { kind: "new", form: newCustomerForm(contact, triage) };
}

/** The Nuevo cliente form prefilled from the email: name, address, company unless a public provider, phone. */
export function newCustomerForm(contact: Person, triage: Triage): NewCustomerForm {
  const domain = contact.email.split("@")[1]?.toLowerCase() ?? "";
  const company = triage.contact.company ?? (domain && !isPublicMailDomain(domain) ? companyFromDomain(domain) : null);

  return {
    name: contact.name.trim() || nameFromAddress(contact.email),
    email: contact.email.trim(),
    company: company ?? "",
    phone: triage.contact.phones[0] ?? "",
  };
}

function nameFromAddress(address: string): string {
  const local = address.split("@")[0] ?? "";
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(" ");
}

export function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
