import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AuthConfiguration } from '@microsoft/agents-hosting';
import { type CryptoKey, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import { DEFAULT_TENANT_ID } from './ids.ts';

/** What `mintInboundToken` signs with. */
export interface InboundSigner {
  privateKey: CryptoKey;
  /** `kid` header; the SDK asks the JWKS endpoint for the key with this id. */
  kid: string;
  /** Default `iss` claim. */
  issuer: string;
}

export interface InboundTokenOptions {
  /** `aud`: the bot's app id (the SDK matches it against the configured `clientId`). */
  audience: string | string[];
  /** Bot Framework tokens carry the channel's service URL in a `serviceurl` claim. */
  serviceUrl?: string;
  /** Override `iss` (default the signer's issuer). */
  issuer?: string;
  /** Lifetime in seconds from `issuedAt`; negative for an already expired token. Default 3600. */
  expiresIn?: number;
  /** `iat`/`nbf` in epoch seconds. Default now. */
  issuedAt?: number;
  /** Extra claims (e.g. `tid`, `appid`). */
  claims?: JWTPayload;
}

/**
 * A JWT shaped like the ones Azure Bot Service puts in `Authorization: Bearer …` when it POSTs to a
 * bot: RS256, `kid` header, `aud` = app id, `serviceurl`, `nbf`/`exp`. The issuer differs from
 * Bot Framework's `https://api.botframework.com`: the Agents SDK fetches keys for that issuer from
 * the hard-coded `https://login.botframework.com/v1/.well-known/keys`, so locally verifiable tokens
 * use an Entra-style issuer whose keys come from the configured authority.
 */
export async function mintInboundToken(signer: InboundSigner, o: InboundTokenOptions): Promise<string> {
  const iat = o.issuedAt ?? Math.floor(Date.now() / 1000);
  return new SignJWT({ ...(o.serviceUrl ? { serviceurl: o.serviceUrl } : {}), ...o.claims })
    .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: signer.kid })
    .setIssuer(o.issuer ?? signer.issuer)
    .setAudience(o.audience)
    .setIssuedAt(iat)
    .setNotBefore(iat)
    .setExpirationTime(iat + (o.expiresIn ?? 3600))
    .sign(signer.privateKey);
}

/** Re-encodes the payload with `patch` applied and keeps the old signature (a forged token). */
export function tamperToken(token: string, patch: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
  return [header, Buffer.from(JSON.stringify({ ...claims, ...patch })).toString('base64url'), signature].join(
    '.',
  );
}

/** A freshly generated RS256 key pair with a random `kid` (e.g. a stranger's key for negative tests). */
export async function newSigner(issuer: string): Promise<InboundSigner & { publicKey: CryptoKey }> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  return { privateKey, publicKey, kid: randomBytes(12).toString('base64url'), issuer };
}

/** Handle returned by `startInboundTokenIssuer`. */
export interface InboundTokenIssuer extends InboundSigner {
  /** Origin of the local authority (no trailing slash): the SDK's `authorityEndpoint`. */
  readonly url: string;
  readonly tenantId: string;
  /** `{url}/{tenantId}/discovery/v2.0/keys` — where the SDK's JWT middleware fetches keys. */
  readonly jwksUri: string;
  /** `{url}/{tenantId}/v2.0/.well-known/openid-configuration` (served; the SDK does not read it). */
  readonly openIdConfigurationUrl: string;
  /** Paths requested so far, in order. */
  readonly requests: string[];
  /** The auth settings that point the SDK's inbound JWT check at this issuer. */
  authConfig(clientId: string, extra?: Partial<AuthConfiguration>): AuthConfiguration;
  mint(o: InboundTokenOptions): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts a local stand-in for the token issuer's key discovery on 127.0.0.1 and holds one RS256
 * signing key. Tests only.
 *
 * How the Agents SDK (1.8.1) validates inbound tokens (`src/auth/jwt-middleware.ts`): it matches
 * `aud` against configured client ids, then fetches signing keys from `buildJwksUri(iss, config)` —
 * `https://login.botframework.com/v1/.well-known/keys` for `iss = https://api.botframework.com`
 * (hard-coded), otherwise `{resolveAuthority(authorityEndpoint, tenantId)}/discovery/v2.0/keys`.
 * There is no OpenID-metadata knob, but `authorityEndpoint` is honoured over plain http, so a token
 * issued as `{url}/{tenantId}/v2.0` is verified against this server's JWKS. That issuer is also in
 * the SDK's default issuer list for this authority, so `validateIssuer: true` accepts it.
 */
export async function startInboundTokenIssuer(
  options: { tenantId?: string } = {},
): Promise<InboundTokenIssuer> {
  const tenantId = options.tenantId ?? DEFAULT_TENANT_ID;
  const signer = await newSigner('');
  // Bot Framework's keys list the channels they may sign for in `endorsements`.
  const jwk = {
    ...(await exportJWK(signer.publicKey)),
    kid: signer.kid,
    use: 'sig',
    alg: 'RS256',
    endorsements: ['msteams'],
  };
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return json(405, { error: 'method_not_allowed' });
    if (path === `/${tenantId}/discovery/v2.0/keys` || path === '/v1/.well-known/keys')
      return json(200, { keys: [jwk] });
    const metadata = (iss: string, keys: string) => ({
      issuer: iss,
      jwks_uri: keys,
      id_token_signing_alg_values_supported: ['RS256'],
      token_endpoint_auth_methods_supported: ['private_key_jwt'],
    });
    if (path === `/${tenantId}/v2.0/.well-known/openid-configuration`)
      return json(200, metadata(issuer, jwksUri));
    // Bot Framework's own metadata document (login.botframework.com), for clients that take a
    // configurable OpenID metadata URL; the Agents SDK is not one of them.
    if (path === '/v1/.well-known/openidconfiguration')
      return json(200, metadata('https://api.botframework.com', `${url}/v1/.well-known/keys`));
    json(404, { error: 'not_found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = `${url}/${tenantId}/v2.0`;
  const jwksUri = `${url}/${tenantId}/discovery/v2.0/keys`;
  const self: InboundSigner = { privateKey: signer.privateKey, kid: signer.kid, issuer };

  return {
    ...self,
    url,
    tenantId,
    jwksUri,
    openIdConfigurationUrl: `${issuer}/.well-known/openid-configuration`,
    requests,
    authConfig: (clientId, extra = {}) => ({ clientId, tenantId, authorityEndpoint: url, ...extra }),
    mint: (o) => mintInboundToken(self, o),
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
