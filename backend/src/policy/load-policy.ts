import type { AppConfig } from "../config";

// TODO(#4): service levels and templates from the core, replaceable by the configured files.
export type Policy = Record<string, never>;

export function loadPolicy(_config: AppConfig): Policy {
  return {};
}
