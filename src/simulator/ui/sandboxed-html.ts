import { el } from "./dom";

/**
 * Email HTML is untrusted: it is shown in a frame with every sandbox restriction (no scripts, no same-origin
 * access, no forms or pop-ups) and a policy that blocks remote images, so tracking pixels never load either.
 */
const POLICY =
  `<meta http-equiv="Content-Security-Policy" ` +
  `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`;

export function sandboxedHtml(html: string, title: string): HTMLIFrameElement {
  const frame = el("iframe", { sandbox: "", title, class: "sandboxed-html" });
  frame.srcdoc = `${POLICY}${html}`;
  return frame;
}
