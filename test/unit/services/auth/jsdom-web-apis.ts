import { TextDecoder, TextEncoder } from "node:util";
import { webcrypto } from "node:crypto";

/** jsdom leaves out web APIs that browsers and MSAL rely on; Node's own implementations stand in for them. */
export function provideWebApis(): void {
  Object.assign(globalThis, { TextDecoder, TextEncoder });
  if (!globalThis.crypto?.subtle) Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
}
