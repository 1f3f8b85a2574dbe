// Types for render-manifest.cjs, so that TypeScript callers (tests, scripts) import it without allowJs.

export interface RenderManifestOptions {
  /** https address the add-in is served from (may include a path, no query). */
  publicUrl: string;
  /** Application (client) id of the Entra ID registration; without it the manifest has no WebApplicationInfo. */
  entraClientId?: string | undefined;
  /** Application ID URI; defaults to api://<public host>/<entraClientId>. */
  entraApiAudience?: string | undefined;
}

export declare const DEV_ORIGIN: string;

export declare function renderManifest(xml: string, options: RenderManifestOptions): string;

export declare function manifestOptionsFromEnv(
  env: Record<string, string | undefined>,
  settings?: { requirePublicUrl?: boolean },
): RenderManifestOptions;
