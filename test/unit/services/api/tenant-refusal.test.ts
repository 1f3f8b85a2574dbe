import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createBackendClient } from "../../../../src/services/api";
import { isSignInError, withSignInWatch, type SignInChange } from "../../../../src/services/auth";
import { isBackendError } from "../../../../src/workflow/backend-error";

let server: Server;
let baseUrl: string;
let reason: string;
let requests: number;

beforeAll(async () => {
  // The backend's own 401 problem shape (backend/src/auth/index.ts), with the reason the token was refused.
  server = createServer((_req, res) => {
    requests += 1;
    const body = { type: "https://ticketmasterpro.example/problems/unauthorized", title: "t", status: 401, reason };
    res.writeHead(401, { "content-type": "application/problem+json" }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
  requests = 0;
});

function watchedClient() {
  const changes: SignInChange[] = [];
  let invalidated = 0;
  const tokens = withSignInWatch({
    getAccessToken: () => Promise.resolve("tok"),
    invalidate: () => void (invalidated += 1),
  });
  tokens.watchSignIn((change) => changes.push(change));
  const backend = createBackendClient({ baseUrl, tokens, retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
  return { backend, changes, invalidated: () => invalidated };
}

describe("backend client, 401 tenant-not-allowed", () => {
  it("fails as tenant-refused and tells the sign-in watch, without renewing the token", async () => {
    reason = "tenant-not-allowed";
    const { backend, changes, invalidated } = watchedClient();

    const error = await backend.getTicket("TMP-000001").catch((thrown: unknown) => thrown);

    expect(isSignInError(error) && error.kind).toBe("tenant-refused");
    expect(isSignInError(error) && error.code).toBe("tenant-not-allowed");
    expect(changes).toEqual([{ audience: "api", failure: error }]);
    expect(invalidated()).toBe(0);
    expect(requests).toBe(1);
  });

  it("keeps any other 401 an expired session: the token is renewed once, then 'unauthorized'", async () => {
    reason = "expired";
    const { backend, changes, invalidated } = watchedClient();

    const error = await backend.getTicket("TMP-000001").catch((thrown: unknown) => thrown);

    expect(isBackendError(error) && error.kind).toBe("unauthorized");
    expect(changes).toEqual([]);
    expect(invalidated()).toBe(1);
    expect(requests).toBe(2);
  });
});
