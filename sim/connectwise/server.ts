import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { FaultQueue, faultReply } from './faults.ts';
import {
  basicAuthorization,
  checkCredentials,
  cwError,
  flatHeaders,
  notFound,
  parseBody,
  type Reply,
  readBody,
  send,
} from './http.ts';
import type { Ctx, Route } from './route-kit.ts';
import { SERVICE_ROUTES } from './routes-service.ts';
import { SYSTEM_ROUTES } from './routes-system.ts';
import { SimStore } from './state.ts';
import type {
  ConnectWiseSimulator,
  ConnectWiseSimulatorOptions,
  CwCredentials,
  CwTicket,
  RecordedCall,
} from './types.ts';

/** Keys the simulator accepts unless `options.credentials` says otherwise. */
export const DEFAULT_CW_CREDENTIALS: CwCredentials = Object.freeze({
  companyId: 'resolutionflow',
  publicKey: 'simPublicKey01',
  privateKey: 'simPrivateKey01',
});

const ROUTES: Route[] = [...SERVICE_ROUTES, ...SYSTEM_ROUTES];

function route(
  method: string,
  path: string,
): { route: Route; params: string[] } | 'wrong-method' | undefined {
  let pathMatched = false;
  for (const candidate of ROUTES) {
    const match = candidate.pattern.exec(path);
    if (!match) continue;
    if (candidate.method === method) return { route: candidate, params: match.slice(1) };
    pathMatched = true;
  }
  return pathMatched ? 'wrong-method' : undefined;
}

/**
 * Starts a local stand-in for the ConnectWise Manage REST API (v3.0) on 127.0.0.1, for tests and
 * benchmarks only (never production code). Point a client at `sim.url` (the real base path
 * `/{codebase}/apis/3.0`) with `Authorization: sim.authorization` and any `clientId` header.
 * It keeps tickets, notes, boards/statuses, members, companies and time entries in memory, answers
 * lists as bare arrays with `page`/`pageSize` and a `Link` header, filters with `conditions=`, takes
 * JSON-Patch ticket updates, records every call and injects faults (`failNext`).
 */
export async function startConnectWiseSimulator(
  options: ConnectWiseSimulatorOptions = {},
): Promise<ConnectWiseSimulator> {
  const credentials = { ...(options.credentials ?? DEFAULT_CW_CREDENTIALS) };
  const basePath = `/${options.codebase ?? 'v4_6_release'}/apis/3.0`;
  const now = options.now ?? Date.now;
  const calls: RecordedCall[] = [];
  const faults = new FaultQueue();
  let store: SimStore | undefined;
  /** Aborts held (`timeoutMs`) responses on close so no timer outlives the server. */
  const closing = new AbortController();

  async function handle(call: RecordedCall, origin: string): Promise<Reply> {
    const fault = faults.takeTransport(call.method, call.path);
    if (fault && 'timeoutMs' in fault) await sleep(fault.timeoutMs, undefined, { signal: closing.signal });
    else if (fault) return faultReply(fault);
    const denied = checkCredentials(call.headers, credentials);
    if (denied) return denied;
    const found = route(call.method, call.path);
    if (found === 'wrong-method')
      return cwError(405, 'MethodNotAllowed', `${call.method} is not allowed on ${call.path}`);
    if (!found || !store) return notFound(`No resource at ${call.path}`);
    if (typeof call.body === 'string')
      return cwError(400, 'BadRequest', 'The request body is not valid JSON');
    const ctx: Ctx = {
      store,
      method: call.method,
      path: call.path,
      query: new URLSearchParams(call.query),
      headers: call.headers,
      body: call.body,
      selfUrl: `${origin}${basePath}${call.path}`,
      takeStatusNotApplied: () => faults.takeStatusNotApplied(call.method, call.path),
    };
    return found.route.handle(ctx, found.params);
  }

  const server = createServer((req, res) => {
    const received = now();
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sim.invalid');
      const raw = await readBody(req);
      const inBase = url.pathname === basePath || url.pathname.startsWith(`${basePath}/`);
      const path = inBase ? url.pathname.slice(basePath.length).replace(/\/$/, '') || '/' : url.pathname;
      const call: RecordedCall = {
        method: (req.method ?? 'GET').toUpperCase(),
        path,
        query: Object.fromEntries(url.searchParams),
        headers: flatHeaders(req),
        body: parseBody(raw),
        status: 0,
        receivedAt: received,
      };
      calls.push(call);
      const reply = inBase
        ? await handle(call, `http://${req.headers.host ?? '127.0.0.1'}`)
        : notFound(`No resource at ${url.pathname}`);
      send(res, reply, call);
    })().catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ code: 'UnexpectedError', message: `simulator failure: ${String(error)}` }));
      } else res.destroy();
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
  const url = `http://127.0.0.1:${port}${basePath}`;
  const sim = new SimStore(
    url,
    options.apiMemberIdentifier ?? 'ResolutionFlowAPI',
    now,
    options.firstTicketId,
  );
  store = sim;
  const seed = options.seed ?? true;
  if (seed) sim.seedDefaults();

  return {
    url,
    credentials,
    authorization: basicAuthorization(credentials),
    calls,
    state: sim.data,
    addBoard: (name, statuses) => sim.addBoard(name, statuses),
    addMember: (member) => sim.addMember(member),
    addCompany: (company) => sim.addCompany(company),
    addTicket: (ticket) => sim.addTicket(ticket),
    bulkTickets(count, template) {
      const created: CwTicket[] = [];
      for (let n = 1; n <= count; n++)
        created.push(sim.addTicket({ summary: `Bulk ticket ${n}`, ...template }));
      return created;
    },
    failNext(match, fault, times = 1) {
      faults.add(match, fault, times);
    },
    get pendingFaults() {
      return faults.pending;
    },
    reset() {
      calls.length = 0;
      faults.clear();
      sim.clear();
      if (seed) sim.seedDefaults();
    },
    close() {
      closing.abort();
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
}
