import { decodeJwt, decodeProtectedHeader } from "jose";
import { fetchTrusting, testCertificate } from "../../support/test-certificate";
import { startTokenIssuer } from "../../support/token-issuer";

describe("the local token issuer", () => {
  it("serves its key set and OpenID metadata over HTTPS with the test certificate, for browser tests", async () => {
    const issuer = await startTokenIssuer({ https: true });
    const fetchTls = fetchTrusting((await testCertificate()).ca);

    const keys = (await (await fetchTls(issuer.jwksUri)).json()) as { keys: { kid: string; alg: string }[] };
    const metadataUrl = `${issuer.url}/${issuer.tenantId}/v2.0/.well-known/openid-configuration`;
    const metadata = (await (await fetchTls(metadataUrl)).json()) as { issuer: string; jwks_uri: string };
    await issuer.close();

    expect(issuer.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(keys.keys).toEqual([expect.objectContaining({ kid: "test-key-1", alg: "RS256" })]);
    expect(metadata).toMatchObject({ issuer: `${issuer.url}/${issuer.tenantId}/v2.0`, jwks_uri: issuer.jwksUri });
  }, 60_000);

  it("mints tokens over HTTP for pages that cannot call it in-process", async () => {
    const issuer = await startTokenIssuer();

    const response = await fetch(`${issuer.url}/mint`, { method: "POST", body: JSON.stringify({ kind: "id" }) });
    const { token } = (await response.json()) as { token: string };
    await issuer.close();

    expect(decodeProtectedHeader(token)).toMatchObject({ alg: "RS256", kid: "test-key-1" });
    expect(decodeJwt(token)).toMatchObject({ aud: issuer.paneClientId, tid: issuer.tenantId });
    expect(decodeJwt(token).scp).toBeUndefined();
  }, 30_000);
});
