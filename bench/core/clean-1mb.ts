// Time to clean and triage a 1 MB email (median of several runs). Usage: npm run bench:core
// Uses a synthetic Spanish reply with 1 MB of quoted history, an HTML-only 1 MB message, and, when the shared
// data is present (SHARED_DATA_DIR, default ../shared/data), the real 1.1 MB bug thread.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import PostalMime from "postal-mime";
import { analyzeEmail, cleanEmailText, type EmailFacts } from "../../src/core";

const RUNS = 9;
const MB = 1_000_000;

function facts(subject: string, bodyText: string, bodyHtml?: string): EmailFacts {
  return {
    internetMessageId: "<bench@example>",
    subject,
    from: { name: "Cliente", email: "cliente@example.es" },
    to: [],
    cc: [],
    receivedAt: "2026-12-01T10:00:00.000Z",
    bodyText,
    bodyHtml,
    attachments: [],
    headers: {},
    mailbox: { address: "soporte@example.es", isShared: true },
  };
}

function syntheticReply(): EmailFacts {
  const history = "> El servidor de facturación no responde desde las 9:00 y afecta a 40 usuarios.\n";
  const body =
    "Buenos días:\n\nSigue sin funcionar el portal, es urgente.\n\nUn saludo,\nMarta\nTel. 612 345 678\n\n" +
    "El lun, 30 nov 2026 a las 9:12, Soporte <soporte@example.es> escribió:\n" +
    history.repeat(Math.ceil(MB / history.length));
  return facts("RE: Portal caído [TMP-000123]", body);
}

function syntheticHtml(): EmailFacts {
  const row = "<tr><td>Pedido&nbsp;4711</td><td>No entregado</td></tr>";
  const html = `<p>Hola, <b>el pedido</b> no ha llegado.</p><table>${row.repeat(Math.ceil(MB / row.length))}</table>`;
  return facts("Pedido sin llegar", "", html);
}

async function sharedThread(): Promise<EmailFacts | null> {
  const dataDir = resolve(process.env.SHARED_DATA_DIR ?? resolve(__dirname, "../../../shared/data"));
  const file = join(dataDir, "eml/06-replies-threads/nodemailer-very-long-bug-thread-1MB.eml");
  if (!existsSync(file)) return null;
  const parsed = await PostalMime.parse(readFileSync(file));
  return facts(parsed.subject ?? "", parsed.text ?? "");
}

function median(run: () => unknown): number {
  run(); // warm-up: the first call pays for compilation
  const times = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  }).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? 0;
}

async function main(): Promise<void> {
  const cases: Array<[string, EmailFacts | null]> = [
    ["synthetic reply, 1 MB of quoted history", syntheticReply()],
    ["synthetic HTML-only, 1 MB table", syntheticHtml()],
    ["shared 1.1 MB bug thread", await sharedThread()],
  ];

  console.log(`median of ${RUNS} runs (after one warm-up)`);
  for (const [name, email] of cases) {
    if (!email) {
      console.log(`${name}: skipped (shared data not found; set SHARED_DATA_DIR)`);
      continue;
    }
    const size = (email.bodyText.length + (email.bodyHtml?.length ?? 0)) / MB;
    const clean = median(() => cleanEmailText({ text: email.bodyText, html: email.bodyHtml }));
    const analyze = median(() => analyzeEmail(email));
    console.log(
      `${name} (${size.toFixed(2)} M chars): clean ${clean.toFixed(1)} ms, clean + triage ${analyze.toFixed(1)} ms`,
    );
  }
}

void main();
