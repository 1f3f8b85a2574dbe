import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import type { NewCustomer } from "../../src/core/contracts";
import { median, type BenchBrowser } from "./bench-browser";

const TIMEOUT_MS = 30_000;

export interface OneClick {
  /**
   * Click on Crear ticket → the "Responder" compose window open, in ms: the first click, then the median of the
   * rest.
   */
  first: number;
  median: number;
  max: number;
  runs: number;
}

/**
 * In the simulator, for each run: opens a new email (an .eml with its own Message-ID) from a customer who is in the
 * CRM, clicks the ribbon's Crear ticket and times, inside the page, until Outlook's reply form is open.
 */
export async function measureOneClick(
  browser: BenchBrowser,
  baseUrl: string,
  senders: NewCustomer[],
  runs: number,
): Promise<OneClick> {
  const page = await browser.freshPage();
  await page.goto(`${baseUrl}/simulator.html`);
  await page.locator("body[data-ready='true']").waitFor();

  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const sender = senders[run % senders.length];
    if (!sender) throw new Error("no CRM customer to send the benchmark's emails");
    await openEmail(page, sender, run);
    times.push(await clickToReplyForm(page));
  }
  await page.context().close();

  const rest = times.slice(1);
  return { first: times[0] ?? Number.NaN, median: median(rest), max: Math.max(...rest), runs };
}

async function openEmail(page: Page, sender: NewCustomer, run: number): Promise<void> {
  const name = `pane-bench-${run}-${randomUUID().slice(0, 8)}.eml`;
  await page.locator("#eml-input").setInputFiles({ name, mimeType: "message/rfc822", buffer: eml(sender, run) });
  await page.locator("#import-status").filter({ hasText: name }).first().waitFor({ timeout: TIMEOUT_MS });
}

/**
 * Clicks and waits inside the page, so that the figure holds no round trip between the benchmark and the browser.
 * Plain text, not a function: tsx's name-keeping helpers would not exist in the page.
 */
const CLICK_TO_REPLY_FORM = `new Promise((resolve, reject) => {
  document.querySelectorAll("dialog[open]").forEach((dialog) => dialog.close());
  const button = Array.from(document.querySelectorAll("#ribbon button")).find(
    (candidate) => (candidate.textContent || "").trim() === "Crear ticket",
  );
  if (!button) return reject(new Error("the ribbon has no Crear ticket button"));
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.querySelector("dialog[open][aria-label='Responder']")) return;
    observer.disconnect();
    resolve(performance.now() - start);
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  button.click();
  setTimeout(() => {
    observer.disconnect();
    const state = document.querySelector("#ribbon").dataset.commandState;
    reject(new Error("no reply form within ${TIMEOUT_MS} ms (command state " + state + ")"));
  }, ${TIMEOUT_MS});
})`;

async function clickToReplyForm(page: Page): Promise<number> {
  const elapsed = await page.evaluate<number>(CLICK_TO_REPLY_FORM);
  await page.waitForFunction(() => document.querySelector<HTMLElement>("#ribbon")?.dataset.commandState !== "running");
  return elapsed;
}

function eml(sender: NewCustomer, run: number): Buffer {
  const lines = [
    `From: "${sender.name}" <${sender.email}>`,
    "To: soporte@ticketmasterpro.example",
    `Subject: No puedo descargar la factura de noviembre (${run + 1})`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <pane-bench-${randomUUID()}@cliente.example>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "Content-Transfer-Encoding: 8bit",
    "",
    "Hola:",
    "",
    "Desde ayer no puedo descargar la factura de noviembre desde el portal: el botón no hace nada.",
    "¿Me la podéis enviar o decirme cómo conseguirla?",
    "",
    "Gracias,",
    sender.name,
  ];
  return Buffer.from(lines.join("\r\n"), "utf8");
}
