import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenIssuer } from './auth.ts';
import { DeltaTokens, DownloadLinks } from './delta.ts';
import { FaultQueue, faultReply } from './faults.ts';
import { flatHeaders, graphError, type Reply, readBody, send } from './http.ts';
import { type GraphCtx, handleDownload, handleGraph } from './routes.ts';
import { GraphStore } from './state.ts';
import type {
  GraphCredentials,
  GraphDriveItem,
  GraphService,
  GraphSimulator,
  GraphSimulatorOptions,
  RecordedCall,
  SimClock,
} from './types.ts';

/** App registration the simulator accepts unless `options.credentials` says otherwise. */
export const DEFAULT_GRAPH_CREDENTIALS: GraphCredentials = Object.freeze({
  tenantId: '8f2c1a7e-3b4d-4e5f-9a0b-1c2d3e4f5a6b',
  clientId: '4a1b2c3d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  clientSecret: 'sim~GraphSecret.0123456789',
});

/** Path prefixes on the one server: login.microsoftonline.com, graph.microsoft.com/v1.0, download host. */
const PREFIXES: [GraphService, string][] = [
  ['login', '/login'],
  ['graph', '/graph/v1.0'],
  ['download', '/download'],
];

function createClock(start: Date | string | number | undefined): SimClock {
  let current = start === undefined ? Date.now() : new Date(start).getTime();
  if (Number.isNaN(current)) throw new Error('startTime is not a valid date');
  return {
    now: () => current,
    iso: () => new Date(current).toISOString(),
    advance(ms) {
      current += ms;
    },
    set(time) {
      current = new Date(time).getTime();
    },
  };
}

const toBuffer = (bytes: Buffer | Uint8Array | string) =>
  typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes);

/**
 * Starts a local stand-in for Microsoft Graph (SharePoint document libraries) and its token endpoint
 * on 127.0.0.1 — tests and demo mode only, never production code. One server, three prefixes:
 * `${url}/login` stands for `https://login.microsoftonline.com` (token endpoint
 * `/{tenant}/oauth2/v2.0/token`), `${url}/graph/v1.0` for `https://graph.microsoft.com/v1.0`, and
 * `${url}/download/{key}` serves the short-lived pre-authenticated download URLs.
 */
export async function startGraphSimulator(options: GraphSimulatorOptions = {}): Promise<GraphSimulator> {
  const credentials = { ...(options.credentials ?? DEFAULT_GRAPH_CREDENTIALS) };
  const clock = createClock(options.startTime);
  const calls: RecordedCall[] = [];
  const faults = new FaultQueue();
  const store = new GraphStore(clock);
  const issuer = new TokenIssuer(clock, credentials, options.tokenLifetimeSeconds ?? 3599);
  const deltaTokens = new DeltaTokens();
  const downloads = new DownloadLinks();
  let ctx: GraphCtx | undefined;

  function handle(call: RecordedCall, raw: string): Reply {
    const nowIso = clock.iso();
    const fault = faults.take(call.service, call.method, call.path);
    if (fault) return faultReply(fault, nowIso);
    if (!ctx) return graphError(503, 'serviceNotAvailable', 'Starting up.', nowIso);
    if (call.service === 'login') return issuer.handleToken(call.method, call.path, raw, call.headers);
    if (call.service === 'download') return handleDownload(ctx, call.path);
    if (call.service === 'graph') {
      const denied = issuer.check(call.headers);
      if (denied) return denied;
      return handleGraph(ctx, call.method, call.path, new URLSearchParams(call.query));
    }
    return graphError(404, 'itemNotFound', `No resource at ${call.path}`, nowIso);
  }

  const server = createServer((req, res) => {
    const receivedAt = clock.now();
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://sim.invalid');
      const raw = await readBody(req);
      const found = PREFIXES.find(
        ([, prefix]) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`),
      );
      const call: RecordedCall = {
        service: found ? found[0] : 'unknown',
        method: (req.method ?? 'GET').toUpperCase(),
        path: found ? url.pathname.slice(found[1].length) || '/' : url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: flatHeaders(req),
        body: raw,
        status: 0,
        receivedAt,
      };
      calls.push(call);
      send(res, handle(call, raw), call);
    })().catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({
            error: { code: 'generalException', message: `simulator failure: ${String(error)}` },
          }),
        );
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
  const url = `http://127.0.0.1:${port}`;
  const graphUrl = `${url}/graph/v1.0`;
  ctx = {
    store,
    deltaTokens,
    downloads,
    clock,
    graphUrl,
    downloadUrl: `${url}/download`,
    deltaPageSize: options.deltaPageSize ?? 200,
    downloadUrlLifetimeMs: (options.downloadUrlLifetimeSeconds ?? 300) * 1000,
    deltaTokenMaxAgeMs:
      options.deltaTokenMaxAgeSeconds === undefined ? undefined : options.deltaTokenMaxAgeSeconds * 1000,
  };
  const seed = options.seed ?? true;
  const sim: GraphSimulator = {
    url,
    loginUrl: `${url}/login`,
    graphUrl,
    tokenUrl: `${url}/login/${credentials.tenantId}/oauth2/v2.0/token`,
    credentials,
    clock,
    calls,
    state: store.data,
    defaultSiteId: undefined,
    defaultDriveId: undefined,
    addSite: (site) => store.addSite(site),
    addDrive: (siteId, drive) => store.addDrive(siteId, drive),
    addFolder: (driveId, path) => store.serialize(store.addFolder(driveId, path)),
    addFile: (driveId, path, bytes, mimeType = 'application/octet-stream') =>
      store.serialize(store.addFile(driveId, path, toBuffer(bytes), mimeType)),
    modifyFile: (driveId, pathOrId, bytes, mimeType) =>
      store.serialize(store.modifyFile(driveId, pathOrId, toBuffer(bytes), mimeType)),
    deleteItem: (driveId, pathOrId) => store.deleteItem(driveId, pathOrId),
    renameItem: (driveId, pathOrId, newName) => store.serialize(store.renameItem(driveId, pathOrId, newName)),
    getItem(driveId, pathOrId): GraphDriveItem | undefined {
      const item = store.find(driveId, pathOrId);
      return item ? store.serialize(item) : undefined;
    },
    expireDeltaTokens: () => deltaTokens.expireAll(),
    expireAccessTokens: () => issuer.expireAll(),
    failNext(match, fault, times = 1) {
      faults.add(match, fault, times);
    },
    get pendingFaults() {
      return faults.pending;
    },
    issueAccessToken: () => issuer.issue(),
    reset() {
      calls.length = 0;
      faults.clear();
      store.clear();
      issuer.clear();
      deltaTokens.clear();
      downloads.clear();
      seedDefaults();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
    },
  };
  function seedDefaults(): void {
    sim.defaultSiteId = undefined;
    sim.defaultDriveId = undefined;
    if (!seed) return;
    const site = store.addSite({ name: 'ITKnowledgeBase', displayName: 'IT Knowledge Base' });
    sim.defaultSiteId = site.id;
    sim.defaultDriveId = store.addDrive(site.id, {
      name: 'Documents',
      description: 'Runbooks and KB articles',
    }).id;
  }
  seedDefaults();
  return sim;
}
