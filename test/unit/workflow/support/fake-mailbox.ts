import type { EmailFacts, Language } from "../../../../src/core/contracts";
import type { CategoryOutcome, DraftStore, MailboxPort, Notice } from "../../../../src/workflow/ports";

export class MemoryDrafts implements DraftStore {
  values = new Map<string, unknown>();
  failSaves = false;

  load = (key: string) => Promise.resolve(clone(this.values.get(key)));
  save = (key: string, value: unknown) => {
    if (this.failSaves) return Promise.reject(new Error("quota"));
    this.values.set(key, clone(value));
    return Promise.resolve();
  };
  remove = (key: string) => {
    this.values.delete(key);
    return Promise.resolve();
  };
}

/** A MailboxPort over plain memory: the selected email, the reply form and the notifications it was asked for. */
export class FakeMailbox implements MailboxPort {
  email: EmailFacts | null;
  language: Language = "es";
  categoryOutcome: CategoryOutcome | Error = "added";
  replyError: Error | null = null;
  readError: Error | null = null;
  replies: Array<{ html: string; subject: string }> = [];
  categories: string[] = [];
  notices: Notice[] = [];
  drafts = new MemoryDrafts();
  private listeners: Array<() => void> = [];

  constructor(email: EmailFacts | null) {
    this.email = email;
  }

  /** Selects another item, as the agent would in Outlook's list. */
  select(email: EmailFacts | null): void {
    this.email = email;
    this.listeners.forEach((listener) => listener());
  }

  readCurrentEmail = () => (this.readError ? Promise.reject(this.readError) : Promise.resolve(this.email));
  onItemChanged = (listener: () => void) => {
    this.listeners.push(listener);
    return Promise.resolve(() => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    });
  };
  openReply = (reply: { html: string; subject: string }) => {
    if (this.replyError) return Promise.reject(this.replyError);
    this.replies.push(reply);
    return Promise.resolve();
  };
  openNewMessage = () => Promise.resolve();
  addCategory = (label: string) => {
    if (this.categoryOutcome instanceof Error) return Promise.reject(this.categoryOutcome);
    this.categories.push(label);
    return Promise.resolve(this.categoryOutcome);
  };
  notify = (notice: Notice) => {
    this.notices.push(notice);
    return Promise.resolve();
  };
  displayLanguage = () => this.language;
  capabilities = () => ({ categories: true, internetHeaders: true, sharedMailbox: true, nestedAppAuth: false });
  agent = () => ({ name: "Ana Agente", email: "ana@tmp.example" });
}

// Roaming settings store JSON, so a JSON round trip is what a real store would give back.
function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
