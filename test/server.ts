import type { Database } from '../core/db/client.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import { silentLogger } from '../core/shared/logger.ts';
import { type RunningServer, startServer } from '../server/boot.ts';
import { loadEnv } from '../server/env.ts';

/**
 * The real server (express, routes, error mapper) on an ephemeral port, over a shared test
 * database. No job worker by default: job tests start their own queue.
 */
export async function startTestServer(
  database: Database,
  env: Record<string, string> = {},
  options: { diagnosis?: DiagnosisDeps } = {},
): Promise<RunningServer> {
  return startServer(
    loadEnv({
      NODE_ENV: 'test',
      PORT: '0',
      PGLITE_DATA_DIR: 'memory://',
      WORKER_IN_PROCESS: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'silent',
      ...env,
    }),
    silentLogger,
    { database, ...options },
  );
}

/** fetch + JSON with an optional bearer token; returns status, headers and parsed body. */
export async function api(
  server: Pick<RunningServer, 'url'>,
  path: string,
  init: {
    method?: string;
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.rawBody !== undefined) body = init.rawBody;
  else if (init.body !== undefined) body = JSON.stringify(init.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  const res = await fetch(`${server.url}${path}`, { method: init.method ?? 'GET', headers, body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return {
    status: res.status,
    headers: res.headers,
    body: json as Record<string, unknown> & { error?: { code: string; message: string } },
    text,
  };
}

/** Signs in through the real endpoint and returns the access token. */
export async function signIn(
  server: Pick<RunningServer, 'url'>,
  email: string,
  password: string,
): Promise<string> {
  const res = await api(server, '/api/v1/auth/sign-in', { method: 'POST', body: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  return (res.body as { accessToken: string }).accessToken;
}
