import type { SimulatedMessage } from "../simulated-message";
import type { HostConfig, SimulatedTheme } from "./host-config";
import { createRoamingStore, type RoamingStore } from "./roaming-store";

export interface ComposeForm {
  /** The dialog's accessible name: "Responder" or "Nuevo mensaje". */
  title: "Responder" | "Nuevo mensaje";
  to: string[];
  subject: string;
  html: string;
  /** Set for a reply: the conversation of the message replied to, as the compose item reports it. */
  conversationId?: string;
}

export interface HostNotification {
  key: string;
  type: string;
  message: string;
}

/** "compose" on any change of the compose form; "new-compose" only when a form opens (Outlook's launch event). */
export type HostEvent = "selection" | "messages" | "categories" | "notifications" | "compose" | "new-compose" | "theme";
type Listener = () => void;

/**
 * The simulated Outlook's state, shared by the simulator page and the fake Office hosts in its frames (same
 * origin, so the frames reach it as `parent.simulatorHost`). Frames hold functions of their own realm only as
 * listeners, and a listener that throws (for example from a frame that has gone) never stops the others.
 */
export interface SimulatorHost {
  readonly config: HostConfig;
  readonly roaming: RoamingStore;
  messages(): SimulatedMessage[];
  addMessage(message: SimulatedMessage): void;
  selected(): SimulatedMessage | null;
  select(id: string | null): void;
  categoriesOf(id: string): string[];
  addCategories(id: string, labels: string[]): void;
  masterCategories(): string[];
  addMasterCategories(labels: string[]): void;
  notificationsOf(id: string): HostNotification[];
  setNotification(id: string, notification: HostNotification): void;
  removeNotification(id: string, key: string): void;
  openCompose(form: ComposeForm): void;
  lastCompose(): ComposeForm | null;
  /** What an add-in's subject.setAsync writes into the open compose form. */
  setComposeSubject(subject: string): void;
  registerAction(name: string, action: (event: unknown) => void): void;
  action(name: string): ((event: unknown) => void) | undefined;
  forgetAction(name: string): void;
  on(event: HostEvent, listener: Listener): () => void;
  /** Outlook's theme now: `?theme=` at start, then whatever the agent switches to. */
  theme(): SimulatedTheme;
  setTheme(theme: SimulatedTheme): void;
}

export function createSimulatorHost(config: HostConfig, initial: SimulatedMessage[], storage?: Storage): SimulatorHost {
  const messages = [...initial];
  const categories = new Map<string, string[]>();
  const notifications = new Map<string, HostNotification[]>();
  const master = new Set<string>();
  const actions = new Map<string, (event: unknown) => void>();
  const listeners = new Map<HostEvent, Set<Listener>>();
  let selectedId: string | null = null;
  let compose: ComposeForm | null = null;
  let theme = config.theme;

  const emit = (event: HostEvent): void => {
    for (const listener of [...(listeners.get(event) ?? [])]) {
      try {
        listener();
      } catch {
        // A frame that unloaded leaves a dead listener behind; the others still hear the event.
      }
    }
  };

  return {
    config,
    roaming: createRoamingStore(storage),
    messages: () => [...messages],
    addMessage(message) {
      messages.unshift(message);
      emit("messages");
    },
    selected: () => messages.find((message) => message.id === selectedId) ?? null,
    select(id) {
      if (id === selectedId) return;
      selectedId = id;
      emit("selection");
    },
    categoriesOf: (id) => [...(categories.get(id) ?? [])],
    addCategories(id, labels) {
      const current = categories.get(id) ?? [];
      categories.set(id, [...current, ...labels.filter((label) => !current.includes(label))]);
      emit("categories");
    },
    masterCategories: () => [...master],
    addMasterCategories(labels) {
      labels.forEach((label) => master.add(label));
    },
    notificationsOf: (id) => [...(notifications.get(id) ?? [])],
    setNotification(id, notification) {
      const others = (notifications.get(id) ?? []).filter((existing) => existing.key !== notification.key);
      notifications.set(id, [...others, notification]);
      emit("notifications");
    },
    removeNotification(id, key) {
      notifications.set(
        id,
        (notifications.get(id) ?? []).filter((existing) => existing.key !== key),
      );
      emit("notifications");
    },
    openCompose(form) {
      compose = form;
      emit("compose");
      emit("new-compose");
    },
    lastCompose: () => compose,
    setComposeSubject(subject) {
      if (!compose) throw new Error("no compose form is open");
      compose = { ...compose, subject };
      emit("compose");
    },
    registerAction(name, action) {
      actions.set(name, action);
    },
    action: (name) => actions.get(name),
    forgetAction(name) {
      actions.delete(name);
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    },
    theme: () => theme,
    setTheme(next) {
      if (next === theme) return;
      theme = next;
      emit("theme");
    },
  };
}
