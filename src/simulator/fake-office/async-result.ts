import type { SimulatorHost } from "../host/simulator-host";

type Callback = (result: Office.AsyncResult<unknown>) => void;

export interface HostError {
  code: number;
  name: string;
  message: string;
}

/** Office's generic failure, used when a test asks the fake host to fail an operation (`?fail=`). */
export const INJECTED_FAILURE: HostError = { code: 9020, name: "GenericResponseError", message: "Simulated failure" };

export class HostFailure extends Error {
  constructor(readonly error: HostError) {
    super(error.message);
  }
}

/** Office.js methods take `(…, options?, callback?)`; this finds the two trailing arguments. */
export function trailing(args: unknown[]): { options?: { asyncContext?: unknown }; callback?: Callback } {
  const callback = typeof args.at(-1) === "function" ? (args.at(-1) as Callback) : undefined;
  const rest = callback ? args.slice(0, -1) : args;
  const last = rest.at(-1);
  const options = last && typeof last === "object" ? (last as { asyncContext?: unknown }) : undefined;
  return { options, callback };
}

/**
 * Answers an Office-style call on a later task, as Outlook does: never synchronously, so code that only works
 * because the callback ran first fails here as it would in Outlook.
 */
export function respond(host: SimulatorHost, operation: string, args: unknown[], produce: () => unknown): void {
  const { options, callback } = trailing(args);

  setTimeout(() => {
    const result = settle(host, operation, produce);
    callback?.({ ...result, asyncContext: options?.asyncContext } as unknown as Office.AsyncResult<unknown>);
  });
}

function settle(host: SimulatorHost, operation: string, produce: () => unknown) {
  if (host.config.failures.has(operation)) return failed(INJECTED_FAILURE);

  try {
    return { status: "succeeded", value: produce(), error: undefined };
  } catch (thrown) {
    // Anything else is a fault of the fake itself; Outlook would still answer with a generic failure.
    return failed(thrown instanceof HostFailure ? thrown.error : { ...INJECTED_FAILURE, message: String(thrown) });
  }
}

function failed(error: HostError) {
  return { status: "failed", value: undefined, error };
}
