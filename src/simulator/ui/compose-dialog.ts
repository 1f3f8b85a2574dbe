import type { ComposeForm, SimulatorHost } from "../host/simulator-host";
import { el } from "./dom";
import { sandboxedHtml } from "./sandboxed-html";
import { TEXT } from "./strings";

/**
 * Outlook's compose window: a non-modal dialog named "Responder" or "Nuevo mensaje" with the add-in's HTML. A form
 * opens on "new-compose"; later changes (the launch event's subject) update it while it is open, and never bring
 * back a form the agent has already sent or discarded.
 */
export function mountComposeDialog(host: SimulatorHost, dialog: HTMLDialogElement): void {
  const render = () => {
    const form = host.lastCompose();
    if (!form) return;

    dialog.replaceChildren(...renderForm(form, () => dialog.close()));
    dialog.setAttribute("aria-label", form.title);
    if (!dialog.open) dialog.show();
  };

  host.on("new-compose", render);
  host.on("compose", () => {
    if (dialog.open) render();
  });
}

function renderForm(form: ComposeForm, close: () => void): Node[] {
  const send = el("button", { type: "button" }, TEXT.send);
  const discard = el("button", { type: "button", class: "secondary" }, TEXT.discard);
  send.addEventListener("click", close);
  discard.addEventListener("click", close);

  return [
    el("h2", {}, form.title),
    el(
      "dl",
      { class: "message-facts" },
      el("dt", {}, TEXT.to),
      el("dd", { "data-testid": "compose-to" }, form.to.join("; ")),
      el("dt", {}, TEXT.subject),
      el("dd", { "data-testid": "compose-subject" }, form.subject),
    ),
    sandboxedHtml(form.html, TEXT.replyBody),
    el("div", { class: "actions" }, send, discard),
  ];
}
