import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorReply, HANDLERS, matchRoute, type RouteReply } from './connector-routes.ts';
import { ConnectorState } from './connector-state.ts';
import { botAccountId, DEFAULT_BOT, DEFAULT_TENANT_ID } from './ids.ts';
import type {
  ConnectorFailure,
  RecordedConnectorCall,
  TeamsConnector,
  TeamsConnectorOptions,
} from './types.ts';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, reply: RouteReply, headers: Record<string, string> = {}) {
  if (res.destroyed) return;
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(reply.body));
}

/**
 * Teams throttles with HTTP 429 and asks bots to back off (Retry-After); it also tells bots to retry
 * 412, 502 and 504 ("Optimize your bot with rate limiting in Teams"). Bodies are the swagger's
 * `ErrorResponse`.
 */
function failureReply(failure: ConnectorFailure): RouteReply {
  if (failure.body !== undefined) return { status: failure.status, body: failure.body };
  if (failure.status === 429) return errorReply(429, 'TooManyRequests', 'Too many requests.');
  if (failure.status >= 500) return errorReply(failure.status, 'ServiceError', 'Unknown');
  return errorReply(failure.status, 'BadArgument', 'Scripted failure.');
}

/**
 * Starts a local stand-in for the Bot Connector service Teams exposes at the activities'
 * `serviceUrl` (tests and benchmarks only; production code must never import it). It implements
 * the Conversations operations of `botframework-channel.swagger.json` that a Teams bot calls —
 * create conversation (proactive), send, reply, update, delete, members, member, paged members —
 * keeps what the bot posted per conversation (with edit history and deletions), serves rosters
 * with Teams' extra member fields, records every call and can script 429/5xx replies.
 *
 * Authentication is not checked: the Agents SDK gets outbound tokens from MSAL, which only accepts
 * an `https:` authority it can discover, so tests run the SDK without a client id (anonymous) and
 * its calls arrive without `Authorization` (recorded as sent, for assertions).
 */
export async function startTeamsConnector(options: TeamsConnectorOptions = {}): Promise<TeamsConnector> {
  const now = options.now ?? Date.now;
  const prefix = `/${(options.pathPrefix ?? 'amer/').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const state = new ConnectorState(
    options.tenantId ?? DEFAULT_TENANT_ID,
    botAccountId(options.botAppId ?? DEFAULT_BOT.appId),
    now,
  );
  const calls: RecordedConnectorCall[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    if (!url.pathname.startsWith(prefix)) return send(res, errorReply(404, 'NotFound', 'Unknown path.'));
    const path = url.pathname.slice(prefix.length);
    const route = matchRoute(method, path);
    let body: unknown;
    let badJson = false;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch {
        badJson = true;
      }
    }
    const call: RecordedConnectorCall = {
      operation: route?.operation ?? 'unknown',
      method,
      path,
      ...route?.params,
      query: Object.fromEntries(url.searchParams),
      ...(body === undefined ? {} : { body }),
      ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
      response: { status: 0 },
      at: now(),
    };
    calls.push(call);

    const answer = (reply: RouteReply, headers: Record<string, string> = {}) => {
      call.response =
        reply.body === undefined ? { status: reply.status } : { status: reply.status, body: reply.body };
      send(res, reply, headers);
    };
    if (!route) return answer(errorReply(404, 'NotFound', `No operation for ${method} ${path}`));
    const failure = state.nextFailure(call);
    if (failure) {
      const headers: Record<string, string> =
        failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
      return answer(failureReply(failure), headers);
    }
    if (badJson) return answer(errorReply(400, 'BadSyntax', 'The request body is not valid JSON.'));
    answer(HANDLERS[route.operation](state, { ...route.params, query: call.query, body }));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, errorReply(500, 'ServiceError', String(error)));
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

  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    calls,
    conversations: state.conversations,
    activities: (conversationId) => state.conversations.get(conversationId)?.activities ?? [],
    findActivity: (conversationId, activityId) => state.find(conversationId, activityId),
    addMember: (conversationId, member) => state.addMember(conversationId, member),
    members: (conversationId) => [...(state.roster(conversationId)?.values() ?? [])],
    failNext(matcher, failure, times = 1) {
      state.failures.push({ matcher, failure, remaining: times });
    },
    reset() {
      calls.length = 0;
      state.reset();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
