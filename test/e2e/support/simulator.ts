import type { Frame, FrameLocator, Locator, Page } from "playwright-core";
import type { ComposeForm, HostNotification } from "../../../src/simulator/host/simulator-host";
import type { SampleId } from "../../../src/simulator/samples";

export interface SimulatorOptions {
  /** The test server's address (startTestServer().url). */
  baseUrl: string;
  /** A sample to select at start (see src/simulator/samples). */
  sample?: SampleId;
  /** Requirement sets, e.g. "1.3" or "1.3,1.8,NestedAppAuth1.1"; a current Outlook (Mailbox 1.14) by default. */
  sets?: string;
  /** Outlook's display language, e.g. "en-US"; Spanish by default. */
  lang?: string;
  theme?: "light" | "dark";
  /** Open the task pane at start. */
  pane?: boolean;
  agent?: { name: string; email: string };
  /** Office operations the fake host answers with an error, e.g. ["categories.addAsync"]. */
  fail?: string[];
  /** Deny adding to the category master list (an add-in without ReadWriteMailbox). */
  masterCategoriesDenied?: boolean;
  /** Sign in through a local token issuer playing Entra ID (nested app authentication) instead of dev tokens. */
  signIn?: { issuer: string; clientId: string; tenantId: string; apiScope: string };
}

export interface SimulatorPage {
  page: Page;
  /** The real task pane inside the simulator (open it first). */
  pane: FrameLocator;
  /** Selects a message by sample id or by a piece of its subject. */
  selectMessage(sampleOrSubject: string | RegExp): Promise<void>;
  clearSelection(): Promise<void>;
  openPane(): Promise<void>;
  /** The task pane's frame, once it has loaded (for evaluate and waitForFunction). */
  paneFrame(): Promise<Frame>;
  /** Waits until the pane shows `text`, as text or as the value of a form field (prefilled forms). */
  waitForPaneText(text: string): Promise<void>;
  /** Clicks the ribbon's "Crear ticket" and waits for the command to finish; returns how it ended. */
  createTicketFromRibbon(): Promise<string>;
  /** The compose window the add-in opened: "Responder" or "Nuevo mensaje". */
  composeDialog(name?: "Responder" | "Nuevo mensaje"): Locator;
  /** What the add-in put into the last compose window (its HTML lives in a sandboxed frame). */
  lastCompose(): Promise<ComposeForm | null>;
  /** Waits until the launch event (OnNewMessageCompose) has run to completion `count` times on this page. */
  launchEventsCompleted(count: number): Promise<void>;
  /** The agent replies by hand to the selected message (Outlook's own Responder, not the add-in's). */
  replyByHand(): Promise<void>;
  notifications(): Promise<HostNotification[]>;
  categories(): Promise<string[]>;
  openEml(filePath: string): Promise<void>;
}

export async function openSimulator(page: Page, options: SimulatorOptions): Promise<SimulatorPage> {
  await page.goto(`${options.baseUrl}/simulator.html?${simulatorQuery(options)}`);
  await page.locator("body[data-ready='true']").waitFor();

  const simulator: SimulatorPage = {
    page,
    pane: page.frameLocator("iframe.pane-frame"),
    async selectMessage(which) {
      const byId = page.locator(`button[data-message-id="sample-${String(which)}"]`);
      const target =
        typeof which === "string" && (await byId.count()) > 0
          ? byId
          : page.getByRole("navigation", { name: "Bandeja de entrada" }).getByRole("button", { name: which });
      await target.first().click();
    },
    clearSelection: () => page.getByRole("button", { name: "Quitar selección" }).click(),
    async openPane() {
      await page
        .getByRole("toolbar", { name: "Cinta de opciones" })
        .getByRole("button", { name: "Abrir panel" })
        .click();
      await page.locator("iframe.pane-frame").waitFor();
    },
    async paneFrame() {
      const element = await page.locator("iframe.pane-frame").elementHandle();
      const frame = await element?.contentFrame();
      if (!frame) throw new Error("the task pane is not open");
      await frame.waitForLoadState();
      return frame;
    },
    async waitForPaneText(text) {
      const frame = await simulator.paneFrame();
      await frame.waitForFunction((expected) => {
        const fields = Array.from(
          document.querySelectorAll("input, textarea"),
          (field) => (field as HTMLInputElement).value,
        );
        return `${document.body.innerText} ${fields.join(" ")}`.includes(expected);
      }, text);
    },
    async createTicketFromRibbon() {
      const ribbon = page.getByRole("toolbar", { name: "Cinta de opciones" });
      await ribbon.getByRole("button", { name: "Crear ticket" }).click();
      await page.waitForFunction(() => {
        const state = document.querySelector<HTMLElement>("#ribbon")?.dataset.commandState;
        return state !== undefined && state !== "running";
      });
      return (await ribbon.getAttribute("data-command-state")) ?? "";
    },
    composeDialog: (name = "Responder") => page.getByRole("dialog", { name }),
    lastCompose: () => page.evaluate(() => window.simulatorHost?.lastCompose() ?? null),
    async launchEventsCompleted(count) {
      await page.waitForFunction((n) => Number(document.body.dataset.launchEvents ?? 0) >= n, count);
    },
    replyByHand: () =>
      page.evaluate(() => {
        const message = window.simulatorHost?.selected();
        if (!message) throw new Error("no message is selected");
        const subject = `RE: ${message.subject}`;
        const { conversationId } = message;
        window.simulatorHost?.openCompose({
          title: "Responder",
          to: [message.from.email],
          subject,
          html: "",
          conversationId,
        });
      }),
    notifications: () =>
      page.evaluate(() => {
        const host = window.simulatorHost;
        const selected = host?.selected();
        return host && selected ? host.notificationsOf(selected.id) : [];
      }),
    categories: () =>
      page.evaluate(() => {
        const host = window.simulatorHost;
        const selected = host?.selected();
        return host && selected ? host.categoriesOf(selected.id) : [];
      }),
    async openEml(filePath) {
      await page.locator("#eml-input").setInputFiles(filePath);
      await page
        .getByRole("status")
        .filter({ hasText: /Correo añadido|No se pudo leer/ })
        .waitFor();
    },
  };

  if (options.pane) await page.locator("iframe.pane-frame").waitFor();
  return simulator;
}

export function simulatorQuery(options: Omit<SimulatorOptions, "baseUrl">): string {
  const query = new URLSearchParams();
  if (options.sample) query.set("sample", options.sample);
  if (options.sets) query.set("sets", options.sets);
  if (options.lang) query.set("lang", options.lang);
  if (options.theme) query.set("theme", options.theme);
  if (options.pane) query.set("pane", "open");
  if (options.agent) {
    query.set("agentName", options.agent.name);
    query.set("agentEmail", options.agent.email);
  }
  if (options.fail?.length) query.set("fail", options.fail.join(","));
  if (options.masterCategoriesDenied) query.set("master", "denied");
  if (options.signIn) for (const [name, value] of Object.entries(options.signIn)) query.set(name, value);
  return query.toString();
}
