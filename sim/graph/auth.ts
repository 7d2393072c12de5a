/**
 * Microsoft identity platform stand-in: the client-credentials grant on
 * `POST /{tenant}/oauth2/v2.0/token` (form-encoded `client_id`, `client_secret` (or HTTP Basic),
 * `scope=https://graph.microsoft.com/.default`, `grant_type=client_credentials`), per
 * https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow, with the AADSTS
 * errors it documents (https://learn.microsoft.com/entra/identity-platform/reference-error-codes):
 * wrong secret is 401 `invalid_client` AADSTS7000215. Graph then requires `Authorization: Bearer …`;
 * a missing, unknown or expired token is 401 `InvalidAuthenticationToken`.
 */
import { randomBytes } from 'node:crypto';
import { graphError, json, type Reply, tokenError } from './http.ts';
import type { GraphCredentials, SimClock, TokenResponse } from './types.ts';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export class TokenIssuer {
  private tokens = new Map<string, number>();

  constructor(
    private readonly clock: SimClock,
    private readonly credentials: GraphCredentials,
    readonly lifetimeSeconds: number,
  ) {}

  /** A JWT-shaped app-only token (unsigned for real; clients must treat it as opaque anyway). */
  issue(): string {
    const iat = Math.floor(this.clock.now() / 1000);
    const exp = iat + this.lifetimeSeconds;
    const claims = {
      aud: 'https://graph.microsoft.com',
      iss: `https://sts.windows.net/${this.credentials.tenantId}/`,
      iat,
      nbf: iat,
      exp,
      appid: this.credentials.clientId,
      tid: this.credentials.tenantId,
      roles: ['Sites.Read.All', 'Files.Read.All'],
    };
    const token = `${b64({ typ: 'JWT', alg: 'RS256' })}.${b64(claims)}.${randomBytes(32).toString('base64url')}`;
    this.tokens.set(token, exp * 1000);
    return token;
  }

  expireAll(): void {
    for (const token of this.tokens.keys()) this.tokens.set(token, 0);
  }

  clear(): void {
    this.tokens.clear();
  }

  /** `undefined` when the bearer token is valid, else Graph's 401. */
  check(headers: Record<string, string>): Reply | undefined {
    const nowIso = this.clock.iso();
    const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
    if (!match) return unauthorized('Access token is empty.', nowIso);
    const expiresAt = this.tokens.get(match[1] as string);
    if (expiresAt === undefined)
      return unauthorized('Access token validation failure. Invalid signature.', nowIso);
    if (expiresAt <= this.clock.now())
      return unauthorized('Lifetime validation failed, the token is expired.', nowIso);
    return undefined;
  }

  /** Handles `/{tenant}/oauth2/v2.0/token` (path relative to the login prefix). */
  handleToken(method: string, path: string, rawBody: string, headers: Record<string, string>): Reply {
    const nowIso = this.clock.iso();
    const match = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
    if (!match) return tokenError(404, 'invalid_request', 90010, 'The endpoint is not supported.', nowIso);
    const tenant = decodeURIComponent(match[1] as string);
    if (method !== 'POST') {
      const text = `The endpoint only accepts POST, OPTIONS requests. Received a ${method} request.`;
      return tokenError(400, 'invalid_request', 900561, text, nowIso);
    }
    if (tenant.toLowerCase() !== this.credentials.tenantId.toLowerCase()) {
      const text = `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`;
      return tokenError(400, 'invalid_request', 90002, text, nowIso);
    }
    const form = new URLSearchParams(rawBody);
    const basic = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
    if (basic) {
      const [id, secret] = Buffer.from(basic[1] as string, 'base64')
        .toString('utf8')
        .split(':');
      if (id && !form.has('client_id')) form.set('client_id', decodeURIComponent(id));
      if (secret !== undefined && !form.has('client_secret'))
        form.set('client_secret', decodeURIComponent(secret));
    }
    const missing = (name: string) =>
      tokenError(
        400,
        'invalid_request',
        900144,
        `The request body must contain the following parameter: '${name}'.`,
        nowIso,
      );
    const grantType = form.get('grant_type');
    if (!grantType) return missing('grant_type');
    if (grantType !== 'client_credentials') {
      return tokenError(
        400,
        'unsupported_grant_type',
        70003,
        `The app requested an unsupported grant type '${grantType}'.`,
        nowIso,
      );
    }
    const clientId = form.get('client_id');
    if (!clientId) return missing('client_id');
    if (clientId !== this.credentials.clientId) {
      const text = `Application with identifier '${clientId}' was not found in the directory '${tenant}'.`;
      return tokenError(400, 'unauthorized_client', 700016, text, nowIso);
    }
    const secret = form.get('client_secret');
    if (!secret) {
      const text =
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.";
      return tokenError(401, 'invalid_client', 7000218, text, nowIso);
    }
    if (secret !== this.credentials.clientSecret) {
      const text = `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`;
      return tokenError(401, 'invalid_client', 7000215, text, nowIso);
    }
    const scope = form.get('scope');
    if (!scope) return missing('scope');
    if (scope !== GRAPH_SCOPE) {
      const text = `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).`;
      return tokenError(400, 'invalid_scope', 1002012, text, nowIso);
    }
    const body: TokenResponse = {
      token_type: 'Bearer',
      expires_in: this.lifetimeSeconds,
      ext_expires_in: this.lifetimeSeconds,
      access_token: this.issue(),
    };
    return json(200, body, { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' });
  }
}

function unauthorized(message: string, nowIso: string): Reply {
  const reply = graphError(401, 'InvalidAuthenticationToken', message, nowIso);
  reply.headers = {
    ...reply.headers,
    'www-authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
  };
  return reply;
}
