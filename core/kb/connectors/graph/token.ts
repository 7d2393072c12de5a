/**
 * App-only access tokens for Microsoft Graph: the OAuth 2.0 client-credentials grant against
 * `{login}/{tenant}/oauth2/v2.0/token` with `scope=https://graph.microsoft.com/.default`
 * (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow). The
 * token is cached until a minute before it expires; the secret is only ever in the form body.
 */
import { type ConnectorRuntime, KbConnectorError } from '../types.ts';

const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const EARLY_REFRESH_MS = 60_000;

export interface TokenSource {
  token(): Promise<string>;
  /** Drops the cached token (after a 401) so the next call fetches a fresh one. */
  invalidate(): void;
}

/** AADSTS codes we can explain to an admin (https://learn.microsoft.com/entra/identity-platform/reference-error-codes). */
function explain(codes: number[], description: string, tenantId: string, clientId: string): KbConnectorError {
  const has = (c: number) => codes.includes(c);
  if (has(7000215) || has(7000222))
    return new KbConnectorError(
      'auth',
      `Microsoft Entra ID rejected the client secret (AADSTS${has(7000222) ? 7000222 : 7000215}): paste the secret's value (not its id), or create a new one if it expired.`,
    );
  if (has(700016))
    return new KbConnectorError(
      'auth',
      `Microsoft Entra ID has no app with client id ${clientId} in tenant ${tenantId} (AADSTS700016): check the application (client) id and the tenant.`,
    );
  if (has(90002) || has(900023))
    return new KbConnectorError(
      'config',
      `Microsoft Entra ID does not know tenant ${tenantId} (AADSTS${has(90002) ? 90002 : 900023}): use the directory (tenant) id from the app registration.`,
    );
  const first = description.split(/\r?\n| Trace ID:/)[0]?.slice(0, 300) ?? '';
  return new KbConnectorError('auth', `Microsoft Entra ID refused the token request: ${first}`);
}

export function createTokenSource(options: {
  loginBaseUrl: string;
  tenantId: string;
  clientId: string;
  clientSecret: string;
  runtime: ConnectorRuntime;
}): TokenSource {
  const { runtime } = options;
  let cached: { token: string; expiresAt: number } | undefined;
  let pending: Promise<string> | undefined;

  async function fetchToken(): Promise<string> {
    const url = `${options.loginBaseUrl.replace(/\/+$/, '')}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0/token`;
    const body = new URLSearchParams({
      client_id: options.clientId,
      client_secret: options.clientSecret,
      scope: GRAPH_SCOPE,
      grant_type: 'client_credentials',
    });
    let response: Response;
    try {
      response = await runtime.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: body.toString(),
        redirect: 'manual',
        signal: AbortSignal.timeout(runtime.timeoutMs),
      });
    } catch (error) {
      throw new KbConnectorError(
        'unavailable',
        `Could not reach Microsoft Entra ID at ${new URL(url).origin} to sign in. Check that this server can reach it.`,
        { cause: error },
      );
    }
    const json = (await response.json().catch(() => ({}))) as {
      access_token?: string;
      expires_in?: number;
      error_codes?: number[];
      error_description?: string;
    };
    if (!response.ok || typeof json.access_token !== 'string') {
      if (response.status >= 500)
        throw new KbConnectorError(
          'unavailable',
          `Microsoft Entra ID failed with ${response.status} while issuing a token.`,
        );
      throw explain(
        json.error_codes ?? [],
        json.error_description ?? `HTTP ${response.status}`,
        options.tenantId,
        options.clientId,
      );
    }
    cached = {
      token: json.access_token,
      expiresAt: runtime.now() + Math.max(0, (json.expires_in ?? 3599) * 1000 - EARLY_REFRESH_MS),
    };
    return json.access_token;
  }

  return {
    async token() {
      if (cached && cached.expiresAt > runtime.now()) return cached.token;
      pending ??= fetchToken().finally(() => {
        pending = undefined;
      });
      return pending;
    },
    invalidate() {
      cached = undefined;
    },
  };
}
