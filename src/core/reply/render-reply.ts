import type { Reply } from "../contracts";
import { withoutControlChars } from "../text/control-chars";
import { escapeHtml } from "./escape-html";
import { replySubject } from "./reply-subject";
import type { ReplyTemplate, ReplyValues } from "./reply-template";

/** Outlook refuses reply bodies over 32 KB; a margin leaves room for the client's own wrapper. */
export const MAX_REPLY_BYTES = 30_000;

// Bounds per value, so that even fully escaped (up to six times longer) the body stays under the limit.
const LIMITS = { customerName: 200, ticketNumber: 20, dueText: 200, nextStep: 2000, agentName: 200 } as const;

type Field = keyof typeof LIMITS;

function plain(value: string | undefined, max: number): string {
  return withoutControlChars((value ?? "").slice(0, max * 4))
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}

function fill(template: string, values: Record<Field, string>, encode: (s: string) => string): string {
  const withSections = template.replace(/\{\{#nextStep\}\}([\s\S]*?)\{\{\/nextStep\}\}/g, (_, inner: string) =>
    values.nextStep ? inner : "",
  );
  return withSections.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in values ? encode(values[name as Field]) : whole,
  );
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The reply in HTML and plain text, every value escaped for HTML and bounded so the body fits Outlook's limit.
 * Placeholders the template does not know are left as written so a broken template is visible, not silent.
 */
export function renderReply(template: ReplyTemplate, values: ReplyValues): Reply {
  const bounded = Object.fromEntries(
    (Object.keys(LIMITS) as Field[]).map((field) => [field, plain(values[field], LIMITS[field])]),
  ) as Record<Field, string>;

  let html = fill(template.html, bounded, escapeHtml);
  if (byteLength(html) > MAX_REPLY_BYTES) html = fill(template.html, { ...bounded, nextStep: "" }, escapeHtml);
  const text = fill(template.text, bounded, (s) => s);
  const subject = replySubject(values.originalSubject, bounded.ticketNumber, template.subjectPrefix);

  return { subject, html, text, language: values.language };
}
