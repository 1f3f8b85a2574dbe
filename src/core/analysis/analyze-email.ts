import type { EmailFacts, Person, Triage } from "../contracts";
import { detectAutomaticMail } from "../automatic/detect-automatic-mail";
import { bodyText, ownLines, withoutSignature } from "../email-text/clean-email-text";
import { extractContactDetails } from "../email-text/contact-details";
import { firstForwardedFrom, hasForwardPrefix } from "../email-text/find-forwarded-original";
import { detectLanguage } from "../language/detect-language";
import { joinTidy, splitLines } from "../text/lines";
import { ticketReferencesIn } from "../tickets/find-ticket-references";
import { suggestEvaluation } from "../triage/suggest-evaluation";
import { suggestPriority } from "../triage/suggest-priority";
import { isHeaderBlock, separatorAt } from "../email-text/quote-markers";
import { companyFromDomain, domainOfAddress } from "../mail-domains";

/** The forwarded message's own lines, without its header block. */
function forwardedLines(lines: readonly string[], historyAt: number): string[] {
  let at = historyAt;
  if (separatorAt(lines[at] ?? "")) at++;
  while (at < lines.length && (lines[at] ?? "").trim() === "") at++;
  if (isHeaderBlock(lines, at)) {
    while (at < lines.length && (lines[at] ?? "").trim() !== "") at++;
  }
  return ownLines(lines.slice(at)).own;
}

/**
 * Everything core reads in one email: the customer's text, priority and evaluation with reasons, language,
 * whether it is automatic mail, ticket references, the forwarded original and contact details. Each step is
 * linear in the body, so a 1 MB message is analysed in bounded time.
 */
export function analyzeEmail(email: EmailFacts): Triage {
  const text = bodyText({ text: email.bodyText, html: email.bodyHtml });
  const lines = splitLines(text);
  const { own, historyAt } = ownLines(lines);
  const forwardedFrom = firstForwardedFrom(lines, hasForwardPrefix(email.subject));

  const note = joinTidy(withoutSignature(own));
  const forwarded = forwardedFrom ? forwardedLines(lines, historyAt) : [];
  const cleanText = forwardedFrom ? joinTidy([note, "", joinTidy(withoutSignature(forwarded))]) : note;
  const priority = suggestPriority(email.subject, cleanText);
  const evaluation = suggestEvaluation(email.subject, cleanText);

  return {
    priority: priority.priority,
    reasons: priority.reasons,
    evaluation: evaluation.evaluation,
    evaluationReasons: evaluation.reasons,
    language: detectLanguage(`${email.subject}\n${cleanText}`),
    automatic: detectAutomaticMail(email),
    ticketReferences: ticketReferencesIn(email.subject, own.join("\n"), text),
    forwardedFrom,
    // A forward's signature is the original author's, the one the customer record needs.
    contact: extractContactDetails(
      (forwardedFrom ? forwarded : own).join("\n"),
      companyOfAuthor(forwardedFrom ?? email.from),
    ),
    cleanText,
  };
}

/** The company name in the author's address ("asesoria-jimenez.es" → "Asesoria Jimenez"); none for public mail. */
function companyOfAuthor(author: Person): string | undefined {
  const domain = domainOfAddress(author.email);
  return (domain && companyFromDomain(domain)) || undefined;
}
