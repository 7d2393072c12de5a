/** Test support: plain-`fetch` calls against the simulator with the headers a ConnectWise client sends. */
import type { ConnectWiseSimulator } from './types.ts';

export const CLIENT_ID = '7d6a4c8e-1f2b-4c3d-9e8f-0a1b2c3d4e5f';
export const ACCEPT = 'application/vnd.connectwise.com+json; version=2022.1';

export interface CwResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CwRequest {
  method?: string;
  body?: unknown;
  headers?: Record<string, string | undefined>;
  signal?: AbortSignal;
}

/** `path` is relative to `sim.url` (e.g. `/service/tickets?page=2`) or an absolute URL (a `Link` target). */
export async function cw<T = unknown>(
  sim: ConnectWiseSimulator,
  path: string,
  init: CwRequest = {},
): Promise<CwResponse<T>> {
  const headers: Record<string, string> = {};
  const merged = {
    authorization: sim.authorization,
    clientid: CLIENT_ID,
    accept: ACCEPT,
    ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
    ...init.headers,
  };
  for (const [name, value] of Object.entries(merged)) if (value !== undefined) headers[name] = value;
  const response = await fetch(path.startsWith('http') ? path : `${sim.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    ...(init.signal ? { signal: init.signal } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** `?conditions=…` with the value URL-encoded, as clients must send it. */
export function withConditions(path: string, conditions: string, extra = ''): string {
  return `${path}?conditions=${encodeURIComponent(conditions)}${extra}`;
}

/** `Link` header → `{rel: url}`. */
export function parseLink(header: string | null): Record<string, string> {
  const links: Record<string, string> = {};
  for (const match of (header ?? '').matchAll(/<([^>]+)>;\s*rel="([^"]+)"/g)) {
    links[match[2] as string] = match[1] as string;
  }
  return links;
}
