import { randomUUID } from "node:crypto";
import http from "node:http";
import https from "node:https";
import type { AddressInfo } from "node:net";
import {
  exportJWK,
  exportSPKI,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWK,
  type JWTPayload,
  type KeyLike,
} from "jose";
import { answerBroker, createBroker, GRAPH_AUDIENCE, type Broker } from "./issuer-broker";
import { testCertificate } from "./test-certificate";

/**
 * A local stand-in for Entra ID's token side: its own RSA keys, a JWKS and OpenID metadata served on loopback, and
 * tokens minted on demand with whatever is wrong with them that a test needs. Nothing leaves the machine.
 */

export type TokenKind = "access" | "id";

export interface MintOptions {
  kind?: TokenKind;
  /** Claims to add or replace; `undefined` values remove the claim. */
  claims?: Record<string, unknown>;
  /** Seconds from now; negative for an expired token. Default 3600. */
  expiresIn?: number;
  /** Seconds from now for `nbf`; positive for a token not yet valid. Default 0. */
  notBefore?: number;
  /** Header `kid`; default the published key's. */
  kid?: string;
  /** "other" signs with a key that is not published, under the published `kid`. */
  signWith?: "issuer" | "other";
  /** "HS256" signs with the public key's PEM as a shared secret (the algorithm-confusion attack). */
  alg?: "RS256" | "HS256" | "none";
}

export interface TokenIssuer {
  /** e.g. http://127.0.0.1:43123 */
  url: string;
  tenantId: string;
  otherTenantId: string;
  apiClientId: string;
  paneClientId: string;
  /** Issuer template with `{tid}`, as ENTRA_ISSUER expects. */
  issuerTemplate: string;
  jwksUri: string;
  /** Environment for `parseAuthConfig` that points the backend at this issuer. */
  env: Record<string, string>;
  /** How many times the key set was fetched (to see caching). */
  jwksRequests(): number;
  mint(options?: MintOptions): Promise<string>;
  /** Outlook's broker as this issuer plays it for the simulator's bridge (`browser: true`). */
  broker: Broker;
  /** HTTPS address of the same endpoints, for pages (`browser: true`); the backend keeps `url` for its keys. */
  browserUrl: string | null;
  /** True for a token this issuer signed for Microsoft Graph with the mail scopes (the Graph stand-in's check). */
  acceptsGraphToken(token: string): Promise<boolean>;
  close(): Promise<void>;
}

export interface TokenIssuerOptions {
  /** Serve over HTTPS with the throwaway test certificate (browser tests); default plain HTTP on loopback. */
  https?: boolean;
  /**
   * Also serve over HTTPS at `browserUrl`, for a page under test (its https origin may not call http). The backend
   * fetches the keys from `url` over plain HTTP on loopback: Node does not trust the throwaway certificate.
   */
  browser?: boolean;
}

const KID = "test-key-1";

export async function startTokenIssuer(options: TokenIssuerOptions = {}): Promise<TokenIssuer> {
  const keys = await makeKeys();
  const ids = {
    tenantId: randomUUID(),
    otherTenantId: randomUUID(),
    apiClientId: randomUUID(),
    paneClientId: randomUUID(),
  };
  let jwksRequests = 0;
  let url = "";
  const broker = createBroker();

  const mint = (mintOptions: MintOptions = {}) => mintToken(keys, { ...ids, url }, mintOptions);
  const handler = (request: http.IncomingMessage, response: http.ServerResponse) => {
    if (request.url?.endsWith("/discovery/v2.0/keys")) jwksRequests += 1;
    answer(request, response, { keys, url, mint, broker }).catch(() =>
      send(response, 400, { error: "invalid_request" }),
    );
  };
  const servers = [options.https ? await httpsServer(handler) : http.createServer(handler)];
  if (options.browser) servers.push(await httpsServer(handler));

  const ports = await Promise.all(servers.map(listen));
  url = `${options.https ? "https" : "http"}://127.0.0.1:${ports[0]}`;

  const issuerTemplate = `${url}/{tid}/v2.0`;
  const jwksUri = `${url}/${ids.tenantId}/discovery/v2.0/keys`;
  return {
    ...ids,
    url,
    issuerTemplate,
    jwksUri,
    env: {
      AUTH_MODE: "entra",
      ENTRA_TENANT_ID: ids.tenantId,
      ENTRA_API_CLIENT_ID: ids.apiClientId,
      ENTRA_API_AUDIENCE: `api://localhost:3000/${ids.apiClientId}`,
      ENTRA_ISSUER: issuerTemplate,
      ENTRA_JWKS_URI: jwksUri,
    },
    jwksRequests: () => jwksRequests,
    mint,
    broker,
    browserUrl: options.browser ? `https://127.0.0.1:${ports[1]}` : null,
    acceptsGraphToken: (token) => isGraphToken(keys, token),
    close: async () => {
      await Promise.all(servers.map(close));
    },
  };
}

async function httpsServer(handler: http.RequestListener): Promise<https.Server> {
  return https.createServer({ ...(await testCertificate()) }, handler);
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
}

function close(server: http.Server): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Clients keep connections alive; without this, close waits for them to time out.
    server.closeAllConnections();
  });
}

async function isGraphToken(keys: IssuerKeys, token: string): Promise<boolean> {
  try {
    const { payload } = await jwtVerify(token, keys.verifying, { algorithms: ["RS256"], audience: GRAPH_AUDIENCE });
    return typeof payload.scp === "string" && payload.scp.split(" ").includes("Mail.ReadWrite");
  } catch {
    return false;
  }
}

interface IssuerKeys {
  signing: KeyLike;
  verifying: KeyLike;
  other: KeyLike;
  publicJwk: JWK;
  publicPem: string;
}

async function makeKeys(): Promise<IssuerKeys> {
  const issuer = await generateKeyPair("RS256", { extractable: true });
  const other = await generateKeyPair("RS256");

  return {
    signing: issuer.privateKey,
    verifying: issuer.publicKey,
    other: other.privateKey,
    publicJwk: { ...(await exportJWK(issuer.publicKey)), kid: KID, alg: "RS256", use: "sig" },
    publicPem: await exportSPKI(issuer.publicKey),
  };
}

interface IssuerIds {
  tenantId: string;
  apiClientId: string;
  paneClientId: string;
  url: string;
}

async function mintToken(keys: IssuerKeys, ids: IssuerIds, options: MintOptions): Promise<string> {
  const payload = buildClaims(ids, options);
  const alg = options.alg ?? "RS256";

  if (alg === "none") return unsignedToken(payload);

  const header = { alg, typ: "JWT", kid: options.kid ?? KID };
  const jwt = new SignJWT(payload).setProtectedHeader(header);
  if (alg === "HS256") return jwt.sign(new TextEncoder().encode(keys.publicPem));
  return jwt.sign(options.signWith === "other" ? keys.other : keys.signing);
}

function buildClaims(ids: IssuerIds, options: MintOptions): JWTPayload {
  const now = Math.floor(Date.now() / 1000);
  const tid = typeof options.claims?.tid === "string" ? options.claims.tid : ids.tenantId;
  const common = {
    iss: `${ids.url}/${tid}/v2.0`,
    tid,
    oid: "7a1c1b8e-5d1e-4b55-9a43-1f7f5c2b9d01",
    sub: "k3m9-subject",
    name: "Lucía Fernández",
    preferred_username: "lucia.fernandez@contoso.example",
    ver: "2.0",
    iat: now,
    nbf: now + (options.notBefore ?? 0),
    exp: now + (options.expiresIn ?? 3600),
  };
  const specific =
    options.kind === "id"
      ? { aud: ids.paneClientId, nonce: randomUUID() }
      : { aud: ids.apiClientId, azp: ids.paneClientId, scp: "access_as_user" };

  const claims: Record<string, unknown> = { ...common, ...specific, ...options.claims };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  return claims;
}

function unsignedToken(payload: JWTPayload): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "none", typ: "JWT" })}.${encode(payload)}.`;
}

interface Answering {
  keys: IssuerKeys;
  url: string;
  mint: (options?: MintOptions) => Promise<string>;
  broker: Broker;
}

async function answer(request: http.IncomingMessage, response: http.ServerResponse, issuer: Answering) {
  const path = new URL(request.url ?? "/", issuer.url).pathname;
  // Browser tests call /mint from the page under test, which lives on another loopback origin.
  response.setHeader("Access-Control-Allow-Origin", "*");
  response.setHeader("Access-Control-Allow-Headers", "content-type");

  if (request.method === "OPTIONS") return send(response, 204, null);
  if (path.endsWith("/discovery/v2.0/keys")) return send(response, 200, { keys: [issuer.keys.publicJwk] });
  if (path.endsWith("/v2.0/.well-known/openid-configuration")) return send(response, 200, metadata(issuer.url, path));
  if (path === "/mint" && request.method === "POST") {
    const options = JSON.parse((await readBody(request)) || "{}") as MintOptions;
    return send(response, 200, { token: await issuer.mint(options) });
  }
  if (path === "/nested-app-auth/token" && request.method === "POST") {
    const body = JSON.parse((await readBody(request)) || "{}") as Record<string, unknown>;
    return send(response, 200, await answerBroker(issuer.broker, body, issuer.mint));
  }
  return send(response, 404, { error: "not_found" });
}

function metadata(url: string, path: string) {
  const tenant = path.split("/")[1] ?? "common";
  return {
    issuer: `${url}/${tenant}/v2.0`,
    jwks_uri: `${url}/${tenant}/discovery/v2.0/keys`,
    authorization_endpoint: `${url}/${tenant}/oauth2/v2.0/authorize`,
    token_endpoint: `${url}/${tenant}/oauth2/v2.0/token`,
    id_token_signing_alg_values_supported: ["RS256"],
  };
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  if (body === null) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
}
