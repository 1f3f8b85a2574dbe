import type { Person } from "../../core/contracts";
import type { SimulatorHost } from "../host/simulator-host";
import type { SimulatedMessage } from "../simulated-message";
import { el, formatTime } from "./dom";
import { sandboxedHtml } from "./sandboxed-html";
import { TEXT } from "./strings";

const person = (who: Person): string => (who.name ? `${who.name} <${who.email}>` : who.email);

/** The selected message as Outlook's reading pane shows it; text as text, HTML only inside a sandbox. */
export function mountReadingPane(host: SimulatorHost, container: HTMLElement): void {
  const render = (): void => {
    const message = host.selected();
    container.replaceChildren(
      message ? renderMessage(host, message) : el("p", { class: "empty" }, TEXT.nothingSelected),
    );
  };

  host.on("selection", render);
  host.on("messages", render);
  host.on("categories", render);
  render();
}

function renderMessage(host: SimulatorHost, message: SimulatedMessage): HTMLElement {
  const categories = host.categoriesOf(message.id);
  const sender = message.sender
    ? `${person(message.sender)} ${TEXT.onBehalf} ${person(message.from)}`
    : person(message.from);

  return el(
    "article",
    { "aria-labelledby": "message-subject" },
    el("h2", { id: "message-subject" }, message.subject || "(sin asunto)"),
    el(
      "dl",
      { class: "message-facts" },
      el("dt", {}, TEXT.from),
      el("dd", { "data-testid": "reading-from" }, sender),
      el("dt", {}, TEXT.to),
      el("dd", {}, message.to.map(person).join(", ")),
      el("dt", {}, TEXT.received),
      el("dd", {}, formatTime(message.receivedAt)),
      message.sharedMailbox && el("dt", {}, TEXT.sharedMailbox),
      message.sharedMailbox && el("dd", {}, message.sharedMailbox.owner),
      categories.length > 0 && el("dt", {}, TEXT.categories),
      categories.length > 0 && el("dd", { "data-testid": "reading-categories" }, categories.join(", ")),
      message.attachments.length > 0 && el("dt", {}, TEXT.attachments),
      message.attachments.length > 0 &&
        el("dd", {}, message.attachments.map((file) => `${file.name} (${Math.ceil(file.size / 1024)} KB)`).join(", ")),
    ),
    message.bodyHtml
      ? sandboxedHtml(message.bodyHtml, TEXT.messageBody)
      : el("div", { class: "message-text", "data-testid": "reading-body" }, message.bodyText ?? ""),
  );
}
