import type { Person } from "../contracts";
import { Limits } from "../contracts/vocabulary";

const ADDRESS = /[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/;

function tidyName(raw: string): string {
  const name = raw
    .replace(/["'“”]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return name.includes("@") ? "" : name.slice(0, Limits.name);
}

/**
 * A person from a quoted "From:" value: `Name <a@b>`, `"Name" <a@b>`, `Name [mailto:a@b]` (Outlook desktop),
 * `Name (a@b)` or a bare address. The `[mailto:]` form names the real address, the text before it is a label.
 */
export function parsePerson(value: string): Person | null {
  const text = value.slice(0, 600);
  const bracket = /^(.*?)[<[(](?:mailto:)?\s*([^>\])\s]+@[^>\])\s]+)\s*[>\])]/.exec(text);
  if (bracket) {
    const email = (ADDRESS.exec(bracket[2] ?? "") ?? [""])[0];
    if (email) return { name: tidyName(bracket[1] ?? ""), email: email.toLowerCase() };
  }

  const bare = ADDRESS.exec(text);
  if (!bare) return null;
  return { name: tidyName(text.slice(0, bare.index)), email: bare[0].toLowerCase() };
}
