/** Test support: plain-`fetch` calls against the Graph simulator, as a client would make them. */
import type { GraphSimulator, TokenResponse } from './types.ts';

export interface GraphResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Client-credentials grant against the simulator's token endpoint (form-encoded, as MSAL sends it). */
export async function requestToken(
  sim: GraphSimulator,
  overrides: Record<string, string> = {},
  tokenUrl = sim.tokenUrl,
): Promise<GraphResponse<TokenResponse & Record<string, unknown>>> {
  const form = new URLSearchParams({
    client_id: sim.credentials.clientId,
    client_secret: sim.credentials.clientSecret,
    scope: 'https://graph.microsoft.com/.default',
    grant_type: 'client_credentials',
    ...overrides,
  });
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as never };
}

export async function accessToken(sim: GraphSimulator): Promise<string> {
  const { body } = await requestToken(sim);
  return body.access_token;
}

/** GET `path` (relative to `sim.graphUrl`, or an absolute nextLink/deltaLink) with a bearer token; redirects not followed. */
export async function graph<T = unknown>(
  sim: GraphSimulator,
  path: string,
  token: string | undefined,
): Promise<GraphResponse<T>> {
  const response = await fetch(path.startsWith('http') ? path : `${sim.graphUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    redirect: 'manual',
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}
