import { emlToMessage } from "../eml/eml-to-message";
import type { SimulatorHost } from "../host/simulator-host";
import { el } from "./dom";
import { TEXT } from "./strings";

/** "Abrir archivo .eml": a file picker, plus dropping files anywhere on the page. */
export function mountEmlImport(host: SimulatorHost, container: HTMLElement, status: HTMLElement): void {
  const input = el("input", { type: "file", id: "eml-input", accept: ".eml,message/rfc822", multiple: true });
  container.replaceChildren(
    el("label", { for: "eml-input", class: "file-label" }, TEXT.openEml),
    input,
    el("span", { class: "hint" }, TEXT.dropHint),
  );

  const open = async (files: FileList | null): Promise<void> => {
    for (const file of Array.from(files ?? [])) {
      try {
        const message = await emlToMessage(await file.arrayBuffer(), file.name);
        host.addMessage(message);
        host.select(message.id);
        status.textContent = `${TEXT.emlAdded}: ${file.name}`;
      } catch {
        status.textContent = `${TEXT.emlFailed}: ${file.name}`;
      }
    }
  };

  input.addEventListener("change", () => void open(input.files).then(() => (input.value = "")));
  document.addEventListener("dragover", (event) => event.preventDefault());
  document.addEventListener("drop", (event) => {
    event.preventDefault();
    void open(event.dataTransfer?.files ?? null);
  });
}
