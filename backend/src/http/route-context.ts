import type { Policy } from "../policy/load-policy";
import type { Storage } from "../storage/open-storage";

/** What route modules receive: no globals, so each test builds its own app around its own database. */
export interface RouteContext {
  storage: Storage;
  policy: Policy;
  now: () => Date;
}
