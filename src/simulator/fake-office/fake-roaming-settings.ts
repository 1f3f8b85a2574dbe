import type { SimulatorHost } from "../host/simulator-host";
import { HostFailure, respond } from "./async-result";

/** Office.context.roamingSettings over the host's localStorage-backed store, 32 KB limit included. */
export function createFakeRoamingSettings(host: SimulatorHost): Record<string, unknown> {
  const values = host.roaming.values;

  return {
    get: (name: string): unknown => values[name],
    set: (name: string, value: unknown): void => {
      values[name] = JSON.parse(JSON.stringify(value ?? null)) as unknown;
    },
    remove: (name: string): void => {
      delete values[name];
    },
    saveAsync: (...args: unknown[]) =>
      respond(host, "roamingSettings.saveAsync", args, () => {
        if (!host.roaming.save()) {
          throw new HostFailure({ code: 9057, name: "SettingsStaleError", message: "Roaming settings exceed 32 KB." });
        }
      }),
  };
}
