import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ASSISTANT_THREAD_METHODS, assistantThreads } from './assistant-threads.ts';
import { DEFAULT_BOT_TOKEN, DEFAULT_WORKSPACE } from './ids.ts';
import { isRecord, JSON_ARGS, type MethodHandler, type MethodResult } from './method-kit.ts';
import { ASSISTANT_METHODS } from './methods-assistant.ts';
import { AUTH_METHODS, issueOAuthCode, oauthV2Access } from './methods-auth.ts';
import { CHAT_METHODS } from './methods-chat.ts';
import { VIEW_METHODS } from './methods-views.ts';
import { DEFAULT_BOT_SCOPE, SimState } from './state.ts';
import type { RecordedCall, SimFailure, SlackSimulator, SlackSimulatorOptions } from './types.ts';

/** Methods that take no token (client credentials instead). */
const TOKENLESS = new Set(['oauth.v2.access']);

interface ParsedRequest {
  args: Record<string, unknown>;
  /** Set when the body could not be read as the declared content type (a Slack error code). */
  bodyError?: string;
  /**
   * A `token` POST parameter from a form body. Tokens go in the Authorization header "or
   * alternatively, as a POST parameter"; not in JSON bodies, and (for apps created since
   * 2021-02-24) not in the query string.
   */
  formToken?: string;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Arguments may come as query parameters, a form-encoded body (what `@slack/web-api` sends, with
 * objects JSON-encoded into strings) or a JSON body (`invalid_json` / `json_not_object` on bad input).
 */
function parseArgs(query: URLSearchParams, contentType: string, raw: string): ParsedRequest {
  const args: Record<string, unknown> = Object.fromEntries(query);
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  let formToken: string | undefined;
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { args, bodyError: 'invalid_json' };
    }
    if (!isRecord(parsed)) return { args, bodyError: 'json_not_object' };
    // "To send JSON you must provide your token in an Authorization header" (Web API docs).
    Object.assign(args, parsed);
  } else if (type === 'application/x-www-form-urlencoded' || (type === '' && raw !== '')) {
    const form = new URLSearchParams(raw);
    formToken = form.get('token') ?? undefined;
    Object.assign(args, Object.fromEntries(form));
  } else if (raw !== '') {
    return { args, bodyError: 'invalid_form_data' };
  }
  for (const name of JSON_ARGS) {
    const value = args[name];
    if (typeof value !== 'string' || value === '') continue;
    try {
      args[name] = JSON.parse(value);
    } catch {
      // Left as the raw string: the method reports it (e.g. `invalid_blocks_format`).
    }
  }
  return formToken === undefined ? { args } : { args, formToken };
}

/**
 * Slack warns (without failing) when a JSON body omits `charset` (`missing_charset`) and when a
 * form body declares one (`superfluous_charset`), in `warnings` and `response_metadata`.
 */
function addCharsetWarning(body: MethodResult, contentType: string) {
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  const hasCharset = /;\s*charset=/i.test(contentType);
  let warning: string | undefined;
  let message = '';
  if (type === 'application/json' && !hasCharset) {
    warning = 'missing_charset';
    message =
      "[WARN] A Content-Type HTTP header was presented but did not declare a charset, such as a 'utf-8'";
  } else if (type === 'application/x-www-form-urlencoded' && hasCharset) {
    warning = 'superfluous_charset';
    message =
      '[WARN] A Content-Type HTTP header was presented with a charset, but form-encoded data needs none';
  }
  if (!warning) return;
  const metadata = isRecord(body.response_metadata) ? body.response_metadata : {};
  body.warnings = [warning];
  body.response_metadata = { ...metadata, warnings: [warning], messages: [message] };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Starts a local stand-in for the Slack Web API on 127.0.0.1 for tests and benchmarks (never for
 * production code). Point the real client at it with
 * `new WebClient(sim.botToken, { slackApiUrl: sim.url })` (or Bolt's `clientOptions.slackApiUrl`).
 * It keeps channel state (messages, threads, edits, ephemerals, views) so tests assert on what the
 * app actually did, speaks Slack's error conventions (HTTP 200 `ok:false`, HTTP 429 + `Retry-After`)
 * and records every call.
 */
export async function startSlackSimulator(options: SlackSimulatorOptions = {}): Promise<SlackSimulator> {
  const now = options.now ?? Date.now;
  const workspace = { ...DEFAULT_WORKSPACE, ...options.workspace };
  const state = new SimState(workspace, now);
  if (options.triggerTtlMs !== undefined) state.triggerTtlMs = options.triggerTtlMs;
  const configuredTokens = options.tokens ?? [DEFAULT_BOT_TOKEN];
  const grantConfigured = () => {
    for (const token of configuredTokens) {
      state.tokens.set(token, {
        teamId: workspace.teamId,
        teamName: workspace.teamName,
        botUserId: workspace.botUserId,
        botId: workspace.botId,
        scope: options.scope ?? DEFAULT_BOT_SCOPE,
        issued: false,
      });
    }
  };
  grantConfigured();
  const calls: RecordedCall[] = [];
  const unavailable = new Set(options.unavailableMethods ?? []);
  const methods: Record<string, MethodHandler> = {
    ...AUTH_METHODS,
    ...CHAT_METHODS,
    ...VIEW_METHODS,
    ...ASSISTANT_THREAD_METHODS,
    ...ASSISTANT_METHODS,
    'oauth.v2.access': oauthV2Access({ clientId: options.clientId, clientSecret: options.clientSecret }),
  };

  function answer(res: ServerResponse, call: RecordedCall, status: number, body: MethodResult, headers = {}) {
    call.response = { status, body };
    send(res, status, body, headers);
  }

  function sendFailure(res: ServerResponse, call: RecordedCall, failure: SimFailure) {
    if (typeof failure === 'string') return answer(res, call, 200, { ok: false, error: failure });
    // Rate-limited calls get HTTP 429 and `Retry-After: <seconds>`; clients must wait that long.
    return answer(
      res,
      call,
      429,
      { ok: false, error: 'ratelimited' },
      { 'retry-after': String(failure.retryAfter) },
    );
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, method: string) {
    const contentType = req.headers['content-type'] ?? '';
    const parsed = parseArgs(url.searchParams, contentType, await readBody(req));
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1]?.trim();
    const token = bearer ?? parsed.formToken;
    const { token: _omit, ...args } = parsed.args;
    const call: RecordedCall = {
      method,
      httpMethod: req.method ?? 'GET',
      contentType,
      args,
      response: { status: 0, body: {} },
      at: now(),
      ...(token ? { token } : {}),
    };
    calls.push(call);

    const handler = unavailable.has(method) ? undefined : methods[method];
    if (!handler) return answer(res, call, 200, { ok: false, error: 'unknown_method', req_method: method });
    const failure = state.nextFailure(method);
    if (failure !== undefined) return sendFailure(res, call, failure);
    if (parsed.bodyError) return answer(res, call, 200, { ok: false, error: parsed.bodyError });
    const grant = token ? state.tokens.get(token) : undefined;
    if (!TOKENLESS.has(method)) {
      if (!token) return answer(res, call, 200, { ok: false, error: 'not_authed' });
      if (!grant) return answer(res, call, 200, { ok: false, error: 'invalid_auth' });
    }
    const body = handler({ state, args, grant, headers: req.headers });
    addCharsetWarning(body, contentType);
    // Slack reports the token's scopes on every authenticated response.
    answer(res, call, 200, body, grant ? { 'x-oauth-scopes': grant.scope } : {});
  }

  /** The OAuth v2 authorize step, collapsed: consent is implied, redirect straight back with a code. */
  function handleAuthorize(res: ServerResponse, url: URL) {
    const redirectUri = url.searchParams.get('redirect_uri');
    if (!redirectUri) return send(res, 400, { ok: false, error: 'bad_redirect_uri' });
    const code = issueOAuthCode(state, {
      scope: url.searchParams.get('scope') ?? DEFAULT_BOT_SCOPE,
      ...(url.searchParams.get('user_scope') ? { userScope: url.searchParams.get('user_scope') ?? '' } : {}),
    });
    const location = new URL(redirectUri);
    location.searchParams.set('code', code);
    const stateParam = url.searchParams.get('state');
    if (stateParam !== null) location.searchParams.set('state', stateParam);
    res.writeHead(302, { location: location.toString() });
    res.end();
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const apiMethod = /^\/api\/([A-Za-z0-9_.]+)$/.exec(url.pathname)?.[1];
      if (apiMethod && (req.method === 'POST' || req.method === 'GET'))
        return handleApi(req, res, url, apiMethod);
      if (url.pathname === '/oauth/v2/authorize' && req.method === 'GET') return handleAuthorize(res, url);
      send(res, 404, { ok: false, error: 'not_found' });
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, { ok: false, error: 'fatal_error', detail: String(error) });
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/api/`,
    authorizeUrl: `${origin}/oauth/v2/authorize`,
    botToken: configuredTokens[0] ?? DEFAULT_BOT_TOKEN,
    workspace,
    calls,
    messages: state.messages,
    ephemerals: state.ephemerals,
    deleted: state.deleted,
    views: state.views,
    assistant: assistantThreads(state),
    threadEvents: state.threadEvents,
    threadStatus: (channel, threadTs) => state.threadStatus.get(`${channel}:${threadTs}`) ?? '',
    failNext(method, failure, times = 1) {
      const queue = state.failures.get(method) ?? [];
      for (let i = 0; i < times; i++) queue.push(failure);
      state.failures.set(method, queue);
    },
    addUser: (user) => state.addUser(user),
    addChannel: (channel) => state.addChannel(channel),
    openIm: (userId) => state.openIm(userId),
    issueTriggerId: (userId) => state.issueTriggerId(userId),
    issueOAuthCode: (grant) => issueOAuthCode(state, grant),
    history: (channel, threadTs) => state.history(channel, threadTs),
    reset() {
      calls.length = 0;
      state.reset();
      grantConfigured();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
