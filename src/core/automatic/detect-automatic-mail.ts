import type { AutomaticMail, EmailFacts } from "../contracts";
import { normalizeForMatch } from "../text/normalize-for-match";
import { AUTOMATIC_SUBJECTS, BOUNCE_SENDERS } from "./automatic-signals";

function header(email: EmailFacts, name: string): string {
  return (email.headers[name] ?? "").toLowerCase().trim();
}

function fromReport(email: EmailFacts): AutomaticMail | null {
  const contentType = header(email, "content-type");
  if (!contentType.startsWith("multipart/report")) return null;
  if (contentType.includes("disposition-notification")) {
    return { kind: "read-receipt", evidence: "content-type multipart/report (disposition-notification)" };
  }
  return { kind: "bounce", evidence: "content-type multipart/report" };
}

function fromSender(email: EmailFacts): AutomaticMail | null {
  const local = (email.sender?.email ?? email.from.email).toLowerCase().split("@")[0] ?? "";
  const fromLocal = email.from.email.toLowerCase().split("@")[0] ?? "";
  const found = BOUNCE_SENDERS.find((name) => local === name || fromLocal === name);
  return found ? { kind: "bounce", evidence: `remitente ${found}` } : null;
}

function fromHeaders(email: EmailFacts): AutomaticMail | null {
  const autoSubmitted = header(email, "auto-submitted");
  if (autoSubmitted !== "" && autoSubmitted !== "no")
    return { kind: "auto-reply", evidence: "cabecera Auto-Submitted" };
  if (header(email, "x-autoreply") !== "" || header(email, "x-autorespond") !== "") {
    return { kind: "auto-reply", evidence: "cabecera X-Autoreply" };
  }
  if (header(email, "precedence") === "auto_reply") return { kind: "auto-reply", evidence: "cabecera Precedence" };
  // Exchange stamps its out-of-office answers with it; newsletters tend to use Precedence: bulk, which alone
  // proves nothing (mailing lists use it for human messages too).
  const suppress = header(email, "x-auto-response-suppress");
  if (suppress === "all" || suppress.includes("oof")) {
    return { kind: "auto-reply", evidence: "cabecera X-Auto-Response-Suppress" };
  }
  return null;
}

function fromSubject(email: EmailFacts): AutomaticMail | null {
  const subject = normalizeForMatch(email.subject.slice(0, 200)).trimStart();
  const found = AUTOMATIC_SUBJECTS.find(([opening]) => subject.startsWith(opening));
  return found ? { kind: found[1], evidence: `asunto "${email.subject.slice(0, 60)}"` } : null;
}

/**
 * Auto-replies, out-of-office answers, bounces and read receipts, which are not ticketed by default. The
 * structural signals (report content type, bounce senders) decide the kind before headers and subject.
 */
export function detectAutomaticMail(email: EmailFacts): AutomaticMail | null {
  return (
    fromReport(email) ?? fromSender(email) ?? fromSubjectIfBounce(email) ?? fromHeaders(email) ?? fromSubject(email)
  );
}

/** A bounce that also carries Auto-Submitted should be reported as a bounce, not as an auto-reply. */
function fromSubjectIfBounce(email: EmailFacts): AutomaticMail | null {
  const bySubject = fromSubject(email);
  return bySubject?.kind === "bounce" ? bySubject : null;
}
