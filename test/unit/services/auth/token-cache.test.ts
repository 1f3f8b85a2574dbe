import { TokenCache, type AccessToken } from "../../../../src/services/auth/token-cache";
import type { TokenAudience } from "../../../../src/workflow/ports";

const HOUR = 3_600_000;

function counter(expiresIn = HOUR, now = () => 0) {
  const calls: TokenAudience[] = [];
  const acquire = (audience: TokenAudience): Promise<AccessToken> => {
    calls.push(audience);
    return Promise.resolve({ token: `${audience}-${calls.length}`, expiresOn: now() + expiresIn });
  };
  return { calls, acquire };
}

describe("TokenCache", () => {
  it("reuses a token until five minutes before it expires", async () => {
    let now = 0;
    const { calls, acquire } = counter(HOUR, () => now);
    const cache = new TokenCache(acquire, () => now);

    const first = await cache.get("api");
    now = HOUR - 6 * 60_000;
    const second = await cache.get("api");
    now = HOUR - 4 * 60_000;
    const third = await cache.get("api");

    expect([first, second, third]).toEqual(["api-1", "api-1", "api-2"]);
    expect(calls).toEqual(["api", "api"]);
  });

  it("keeps one token per audience", async () => {
    const { acquire } = counter();
    const cache = new TokenCache(acquire, () => 0);

    const tokens = [await cache.get("api"), await cache.get("graph"), await cache.get("api")];

    expect(tokens).toEqual(["api-1", "graph-2", "api-1"]);
  });

  it("shares one acquisition between callers that ask at the same time", async () => {
    const { calls, acquire } = counter();
    const cache = new TokenCache(acquire, () => 0);

    const tokens = await Promise.all([cache.get("api"), cache.get("api"), cache.get("api")]);

    expect(tokens).toEqual(["api-1", "api-1", "api-1"]);
    expect(calls).toHaveLength(1);
  });

  it("acquires again after invalidate", async () => {
    const { acquire } = counter();
    const cache = new TokenCache(acquire, () => 0);

    await cache.get("api");
    cache.invalidate("api");
    const token = await cache.get("api");

    expect(token).toBe("api-2");
  });

  it("does not keep a failure: the next call tries again", async () => {
    let fail = true;
    const cache = new TokenCache(
      () => (fail ? Promise.reject(new Error("offline")) : Promise.resolve({ token: "t", expiresOn: HOUR })),
      () => 0,
    );

    await expect(cache.get("api")).rejects.toThrow("offline");
    fail = false;

    await expect(cache.get("api")).resolves.toBe("t");
  });
});
