import { supportsSet } from "../host/requirement-sets";
import type { SimulatorHost } from "../host/simulator-host";
import { HostFailure, respond } from "./async-result";
import { createFakeComposeItem, newMessageForm } from "./fake-compose";
import { officeThemeOf } from "./office-theme";
import { createFakeItem } from "./fake-item";

type Handler = (event: unknown) => void;

/**
 * Office.context.mailbox for one frame: the selected item, the user, forms and the ItemChanged event. In the
 * launch-event runtime (`compose`), the item is the message being composed instead.
 */
export function createFakeMailbox(host: SimulatorHost, frame: Window, compose = false): Record<string, unknown> {
  const mailbox = (version: string): boolean => supportsSet(host.config.sets, "mailbox", version);
  let cached: { id: string; item: Record<string, unknown> } | null = null;

  const fake: Record<string, unknown> = {
    userProfile: {
      displayName: host.config.agent.name,
      emailAddress: host.config.agent.email,
      timeZone: "Romance Standard Time",
      accountType: "enterprise",
    },
    diagnostics: { hostName: "OutlookWebApp", hostVersion: "simulator", OWAView: "ThreeColumns" },
    ewsUrl: "",
    restUrl: "",
  };

  // Outlook hands out a new item object when the selection changes, and the same one until then.
  Object.defineProperty(fake, "item", {
    enumerable: true,
    get() {
      if (compose) {
        const form = host.lastCompose();
        return form ? createFakeComposeItem(host, form) : null;
      }
      const message = host.selected();
      if (!message) return null;
      if (cached?.id !== message.id) cached = { id: message.id, item: createFakeItem(host, message) };
      return cached.item;
    },
  });

  // Simulator ids serve as EWS and REST ids alike; opening a message selects it, as Outlook on the web does.
  fake.convertToEwsId = (id: string) => id;
  fake.displayMessageForm = (id: string) => host.select(id);

  if (mailbox("1.5")) addMailboxEvents(host, frame, fake);
  if (mailbox("1.6")) fake.displayNewMessageForm = (parameters: never) => host.openCompose(newMessageForm(parameters));
  if (mailbox("1.8")) fake.masterCategories = createMasterCategories(host);

  return fake;
}

/** ItemChanged (Mailbox 1.5) and OfficeThemeChanged (1.14), each heard from the host while this frame lives. */
function addMailboxEvents(host: SimulatorHost, frame: Window, fake: Record<string, unknown>): void {
  const handlers = new Map<string, Set<Handler>>([
    ["olkItemSelectedChanged", new Set()],
    ["officeThemeChanged", new Set()],
  ]);
  const tell = (eventType: string, event: Record<string, unknown>) =>
    handlers.get(eventType)?.forEach((handler) => handler({ type: eventType, ...event }));
  const stops = [
    host.on("selection", () => tell("olkItemSelectedChanged", {})),
    host.on("theme", () => tell("officeThemeChanged", { officeTheme: officeThemeOf(host.theme()) })),
  ];
  const themeEvents = supportsSet(host.config.sets, "mailbox", "1.14");

  // A closed pane must not hear the next selection.
  frame.addEventListener("pagehide", () => stops.forEach((stop) => stop()));

  fake.addHandlerAsync = (eventType: string, handler: Handler, ...args: unknown[]) =>
    respond(host, "addHandlerAsync", args, () => {
      if (eventType === "officeThemeChanged" && !themeEvents) throw new Error(`unsupported event ${eventType}`);
      handlers.get(eventType)?.add(handler);
    });
  fake.removeHandlerAsync = (eventType: string, ...args: unknown[]) =>
    respond(host, "removeHandlerAsync", args, () => handlers.get(eventType)?.clear());
}

function createMasterCategories(host: SimulatorHost): Record<string, unknown> {
  return {
    getAsync: (...args: unknown[]) =>
      respond(host, "masterCategories.getAsync", args, () =>
        host.masterCategories().map((displayName) => ({ displayName, color: "Preset7" })),
      ),
    addAsync: (categories: { displayName: string }[], ...args: unknown[]) =>
      respond(host, "masterCategories.addAsync", args, () => {
        if (!host.config.masterCategoriesAllowed) {
          throw new HostFailure({ code: 9040, name: "PermissionDenied", message: "ReadWriteMailbox is required." });
        }
        host.addMasterCategories(categories.map((category) => category.displayName));
      }),
  };
}
