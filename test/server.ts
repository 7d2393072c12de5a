import { randomUUID } from 'node:crypto';
import type { Database } from '../core/db/client.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import { type Logger, silentLogger } from '../core/shared/logger.ts';
import { type RunningServer, startServer } from '../server/boot.ts';
import { loadEnv } from '../server/env.ts';

/**
 * The real server (express, routes, error mapper) on an ephemeral port, over a shared test
 * database. No job worker by default: job tests start their own queue.
 *
 * Suites share one PostgreSQL database in CI and run at once, so a test server keeps to itself:
 * its own rate-limit counters (most tests sign in from 127.0.0.1), and on start it re-queues no
 * chat event another suite stored. A server that answers chat passes `testNamespace`: the id of
 * its workspace or tenant, which every stored event of the suite mentions. It then also gets its
 * own inbox queue, so a suite's events reach only its own adapter. The three low-level options
 * remain for the tests about them (two servers sharing limits on purpose).
 */
export async function startTestServer(
  database: Database,
  env: Record<string, string> = {},
  options: {
    diagnosis?: DiagnosisDeps;
    now?: () => Date;
    testNamespace?: string;
    limitNamespace?: string;
    inboxQueueName?: string;
    inboxScope?: string;
    inboxRecovery?: { everyMs: number; graceMs: number };
    /** Where the server logs (default: nowhere), for a test that asserts on what is logged. */
    logger?: Logger;
  } = {},
): Promise<RunningServer> {
  const { testNamespace, logger = silentLogger, ...rest } = options;
  const namespace = testNamespace ?? randomUUID();
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
    logger,
    {
      database,
      limitNamespace: `test-${namespace}`,
      inboxScope: namespace,
      // Only on request: naming an inbox queue makes the server run a job queue.
      ...(testNamespace ? { inboxQueueName: `chat-inbox.test.${testNamespace}` } : {}),
      ...rest,
    },
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
    body: json as Record<string, unknown> & {
      error?: { code: string; message: string; details?: Record<string, unknown> };
    },
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

/**
 * A browser-like client: keeps cookies from Set-Cookie (honouring Path and deletion), sends them
 * back on matching paths, and (unless told not to) echoes the rf_csrf cookie as X-CSRF-Token.
 */
export class CookieClient {
  readonly cookies = new Map<string, { value: string; path: string }>();

  constructor(private readonly server: Pick<RunningServer, 'url'>) {}

  store(headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = decodeURIComponent(pair.slice(eq + 1));
      const attr = Object.fromEntries(
        attributes.map((a) => {
          const i = a.indexOf('=');
          return i < 0 ? [a.toLowerCase(), ''] : [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
        }),
      );
      if (attr['max-age'] === '0' || value === '') this.cookies.delete(name);
      else this.cookies.set(name, { value, path: attr.path ?? '/' });
    }
  }

  cookieHeader(path: string): string {
    return [...this.cookies]
      .filter(([, c]) => path.startsWith(c.path))
      .map(([n, c]) => `${n}=${encodeURIComponent(c.value)}`)
      .join('; ');
  }

  get(name: string): string | undefined {
    return this.cookies.get(name)?.value;
  }

  async request(
    path: string,
    init: { method?: string; body?: unknown; csrf?: boolean | string; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers };
    const cookie = this.cookieHeader(path.split('?')[0] ?? path);
    if (cookie) headers.cookie = cookie;
    const csrf = init.csrf === undefined || init.csrf === true ? this.get('rf_csrf') : init.csrf || undefined;
    if (csrf) headers['x-csrf-token'] = csrf;
    const res = await api(this.server, path, {
      method: init.method ?? 'GET',
      headers,
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    this.store(res.headers);
    return res;
  }
}
