// Renders manifest.xml for a deployment: the host and the Entra ID values come from build configuration, never from
// hand edits. CommonJS so that webpack.config.js can require it; types are in JSDoc and render-manifest.d.cts.
//
//   PUBLIC_URL=https://tickets.example.com ENTRA_PANE_CLIENT_ID=<guid> node scripts/render-manifest.cjs \
//     manifest.xml --out dist/manifest.xml
"use strict";

const fs = require("node:fs");
const path = require("node:path");

/** The origin the committed manifest points at: what `npm start` serves. */
const DEV_ORIGIN = "https://localhost:3000";

/** Delegated permissions the pane asks for (issue 6): the backend's scope and the support inbox through Graph. */
const SCOPES = ["openid", "profile", "access_as_user", "Mail.ReadWrite", "Mail.ReadWrite.Shared"];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * @typedef {object} RenderManifestOptions
 * @property {string} publicUrl  https address the add-in is served from (may include a path, no query)
 * @property {string} [entraClientId]  application (client) id of the Entra ID registration; omit for no SSO block
 * @property {string} [entraApiAudience]  Application ID URI; defaults to api://<public host>/<entraClientId>
 */

/**
 * Turns the committed manifest into the one a deployment serves.
 * @param {string} xml  contents of manifest.xml
 * @param {RenderManifestOptions} options
 * @returns {string}
 */
function renderManifest(xml, options) {
  const publicUrl = normalisePublicUrl(options.publicUrl);
  const clientId = optionalText(options.entraClientId);
  const audience = optionalText(options.entraApiAudience);

  if (audience !== undefined && clientId === undefined) {
    throw new Error("ENTRA_API_AUDIENCE is set but no client id: set ENTRA_PANE_CLIENT_ID or ENTRA_API_CLIENT_ID too.");
  }

  const withHost = xml.split(DEV_ORIGIN + "/").join(publicUrl + "/");
  const webApplicationInfo =
    clientId === undefined ? undefined : renderWebApplicationInfo(publicUrl, checkGuid(clientId), audience);

  return placeWebApplicationInfo(withHost, webApplicationInfo);
}

/**
 * Reads the render options from environment variables (PUBLIC_URL, ENTRA_PANE_CLIENT_ID or ENTRA_API_CLIENT_ID,
 * ENTRA_API_AUDIENCE). Without PUBLIC_URL the manifest keeps pointing at https://localhost:3000, unless
 * `requirePublicUrl` is set (a production build that must not point at a developer's machine).
 * @param {Record<string, string | undefined>} env
 * @param {{ requirePublicUrl?: boolean }} [settings]
 * @returns {RenderManifestOptions}
 */
function manifestOptionsFromEnv(env, settings = {}) {
  const publicUrl = optionalText(env.PUBLIC_URL);

  if (publicUrl === undefined && settings.requirePublicUrl) {
    throw new Error(
      "PUBLIC_URL is required: the https address the add-in is served from, e.g. https://tickets.example.com",
    );
  }

  return {
    publicUrl: publicUrl ?? DEV_ORIGIN,
    entraClientId: optionalText(env.ENTRA_PANE_CLIENT_ID) ?? optionalText(env.ENTRA_API_CLIENT_ID),
    entraApiAudience: optionalText(env.ENTRA_API_AUDIENCE),
  };
}

/**
 * @param {string} value
 * @returns {string} origin plus path, without a trailing slash
 */
function normalisePublicUrl(value) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `PUBLIC_URL "${value}" is not a valid address; expected something like https://tickets.example.com`,
    );
  }

  // Outlook refuses add-in pages, icons and function files that are not served over HTTPS.
  if (url.protocol !== "https:") {
    throw new Error(`PUBLIC_URL must be an https:// address (Outlook loads add-ins only over HTTPS); got "${value}"`);
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    throw new Error(`PUBLIC_URL must not carry a query, fragment or credentials; got "${value}"`);
  }

  return (url.origin + url.pathname).replace(/\/+$/, "");
}

/**
 * @param {string} value
 * @returns {string}
 */
function checkGuid(value) {
  if (!GUID.test(value)) {
    throw new Error(
      `The Entra ID client id "${value}" is not a GUID; copy the "Application (client) ID" of the app registration.`,
    );
  }
  return value.toLowerCase();
}

/**
 * @param {string} publicUrl
 * @param {string} clientId
 * @param {string | undefined} audience
 * @returns {string}
 */
function renderWebApplicationInfo(publicUrl, clientId, audience) {
  const resource = audience ?? `api://${new URL(publicUrl).host}/${clientId}`;

  if (!/^(api|https):\/\/\S+$/.test(resource)) {
    throw new Error(
      `ENTRA_API_AUDIENCE must be an Application ID URI such as api://host/<client id>; got "${resource}"`,
    );
  }

  const indent = "      ";
  const scopes = SCOPES.map((scope) => `${indent}    <Scope>${scope}</Scope>`).join("\n");
  return [
    `${indent}<WebApplicationInfo>`,
    `${indent}  <Id>${clientId}</Id>`,
    `${indent}  <Resource>${escapeXml(resource)}</Resource>`,
    `${indent}  <Scopes>`,
    scopes,
    `${indent}  </Scopes>`,
    `${indent}</WebApplicationInfo>`,
  ].join("\n");
}

/**
 * Replaces an existing WebApplicationInfo, drops it when none is configured, or adds it after the Resources of the
 * VersionOverrides 1.1 block (the last Resources in the document), where the schema expects it.
 * @param {string} xml
 * @param {string | undefined} block
 * @returns {string}
 */
function placeWebApplicationInfo(xml, block) {
  const existing = /[ \t]*<WebApplicationInfo>[\s\S]*?<\/WebApplicationInfo>[ \t]*\r?\n?/;

  if (existing.test(xml)) {
    return xml.replace(existing, block === undefined ? "" : block + "\n");
  }
  if (block === undefined) {
    return xml;
  }
  if (!xml.includes("VersionOverridesV1_1")) {
    throw new Error("The manifest has no VersionOverrides 1.1 block to hold WebApplicationInfo.");
  }

  const end = xml.lastIndexOf("</Resources>");
  if (end < 0) {
    throw new Error("The manifest has no Resources element to place WebApplicationInfo after.");
  }
  const insertAt = end + "</Resources>".length;
  return xml.slice(0, insertAt) + "\n" + block + xml.slice(insertAt);
}

/**
 * @param {string | undefined} value
 * @returns {string | undefined}
 */
function optionalText(value) {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === "" ? undefined : trimmed;
}

/**
 * @param {string} text
 * @returns {string}
 */
function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Command line: node scripts/render-manifest.cjs [manifest.xml] [--out FILE]; prints to stdout without --out.
 * @param {string[]} args
 */
function main(args) {
  const outIndex = args.indexOf("--out");
  const output = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const positional = args.filter((arg, index) => !arg.startsWith("--") && (outIndex < 0 || index !== outIndex + 1));
  const input = positional[0] ?? "manifest.xml";

  const rendered = renderManifest(fs.readFileSync(input, "utf8"), manifestOptionsFromEnv(process.env));

  if (output === undefined) {
    process.stdout.write(rendered);
    return;
  }
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  fs.writeFileSync(output, rendered);
  process.stderr.write(`Wrote ${output}\n`);
}

if (require.main === module) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`render-manifest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

module.exports = { renderManifest, manifestOptionsFromEnv, DEV_ORIGIN };
