import { createServer } from 'node:http';
import { FaultQueue, listenLocal, parseRange, RateLimiter, recordCall, SimClock } from '../shared/kit.ts';
import { HuduStore } from './store.ts';
import type { HuduFault, HuduSimulator, HuduSimulatorOptions, RecordedCall } from './types.ts';

export const DEFAULT_HUDU_API_KEY = 'hudu-sim-key-0000000000000000';
/** Hudu's default page size (`page_size` overrides it). */
export const DEFAULT_PAGE_SIZE = 25;
/** Hudu Cloud's commonly cited limit: 300 requests per minute. */
export const HUDU_RATE_LIMIT = Object.freeze({ requests: 300, windowMs: 60_000 });

interface Reply {
  status: number;
  /** Objects are sent as JSON, strings as `text/plain`. */
  body: unknown;
  headers?: Record<string, string>;
}

const json = (status: number, body: unknown): Reply => ({ status, body });
const fail = (status: number, message: string): Reply => json(status, { error: message });

type Row = { id: number; name: string; updated_at: string; company_id?: number | null };

/** Filters (`name`, `company_id`, `updated_at=start,end`, extra) and pages (`page`, `page_size`); no total. */
function list(key: string, records: Row[], query: URLSearchParams, extra?: (r: Row) => boolean): Reply {
  let rows = extra ? records.filter(extra) : [...records];
  const name = query.get('name');
  if (name) rows = rows.filter((r) => r.name === name);
  const companyId = query.get('company_id');
  if (companyId) rows = rows.filter((r) => String(r.company_id) === companyId);
  const updated = query.get('updated_at');
  if (updated !== null) {
    const range = parseRange(updated);
    if (typeof range === 'string') return fail(400, `updated_at: ${range}`);
    rows = rows.filter((r) => {
      const at = Date.parse(r.updated_at);
      return at >= range.from && at <= range.to;
    });
  }
  const page = Number(query.get('page') ?? 1);
  const size = Number(query.get('page_size') ?? DEFAULT_PAGE_SIZE);
  if (!Number.isInteger(page) || page < 1) return fail(400, 'page must be a positive integer');
  if (!Number.isInteger(size) || size < 1) return fail(400, 'page_size must be a positive integer');
  return json(200, { [key]: rows.slice((page - 1) * size, page * size) });
}

function bool(query: URLSearchParams, name: string): ((r: { [k: string]: unknown }) => boolean) | undefined {
  const value = query.get(name);
  if (value === null) return undefined;
  return (r) => r[name] === (value === 'true');
}

function route(store: HuduStore, path: string, query: URLSearchParams): Reply {
  const { data } = store;
  if (path === '/api/v1/companies') return list('companies', data.companies, query, bool(query, 'archived'));
  if (path === '/api/v1/folders') return list('folders', data.folders, query);
  if (path === '/api/v1/articles') {
    const draft = bool(query, 'draft');
    const archived = bool(query, 'archived');
    const folderId = query.get('folder_id');
    return list('articles', data.articles, query, (r) => {
      const article = r as unknown as { [k: string]: unknown };
      return (
        (!draft || draft(article)) &&
        (!archived || archived(article)) &&
        (!folderId || String(article.folder_id) === folderId)
      );
    });
  }
  const m = /^\/api\/v1\/(companies|folders|articles)\/(\d+)$/.exec(path);
  if (m) {
    const [collection, id] = [m[1] as 'companies' | 'folders' | 'articles', Number(m[2])];
    const found = (data[collection] as { id: number }[]).find((r) => r.id === id);
    const key = { companies: 'company', folders: 'folder', articles: 'article' }[collection];
    return found ? json(200, { [key]: found }) : fail(404, 'Record not found');
  }
  return fail(404, 'Not found');
}

/**
 * Starts a local stand-in for a Hudu instance's REST API on 127.0.0.1 (tests and demos only). Point
 * a client at `sim.url` (API under `/api/v1`) with `x-api-key: sim.apiKey`. Read-only companies,
 * folders and articles wrapped as `{"articles": […]}`, paged with `page`/`page_size` and no total (a
 * short page is the last), `updated_at=start,end` filters on the simulated clock, 401 for a bad key,
 * 429 `Retry later` past the rate limit, and `failNext` faults.
 */
export async function startHuduSimulator(options: HuduSimulatorOptions = {}): Promise<HuduSimulator> {
  const apiKey = options.apiKey ?? DEFAULT_HUDU_API_KEY;
  const clock = new SimClock(options.startAt);
  const calls: RecordedCall[] = [];
  const faults = new FaultQueue<HuduFault>();
  const limiter = new RateLimiter(options.rateLimit ?? HUDU_RATE_LIMIT, clock);
  let store: HuduStore | undefined;

  function handle(call: RecordedCall): Reply {
    const fault = faults.take(call.method, call.path);
    if (fault?.status === 429) {
      const headers: Record<string, string> =
        fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      return { status: 429, body: 'Retry later', headers };
    }
    if (fault) return fail(fault.status, 'Internal server error');
    if (!call.path.startsWith('/api/v1/')) return fail(404, 'Not found');
    if (call.headers['x-api-key'] !== apiKey) return fail(401, 'Invalid API key');
    if (limiter.check() !== undefined) return { status: 429, body: 'Retry later' };
    if (call.method !== 'GET') return fail(405, `${call.method} is not supported by the simulator`);
    if (!store) return fail(503, 'Starting');
    return route(store, call.path, new URLSearchParams(call.query));
  }

  const server = createServer((req, res) => {
    const call = recordCall(req, new URL(req.url ?? '/', 'http://sim.invalid'), clock.now());
    calls.push(call);
    req.resume();
    req.on('end', () => {
      const reply = handle(call);
      call.status = reply.status;
      const text = typeof reply.body === 'string';
      res.writeHead(reply.status, {
        'content-type': text ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
        ...reply.headers,
      });
      res.end(text ? reply.body : JSON.stringify(reply.body));
    });
  });
  const url = await listenLocal(server, options.port);
  const sim = new HuduStore(clock, url);
  store = sim;
  const seed = options.seed ?? true;
  if (seed) sim.seedDefaults();

  return {
    url,
    apiKey,
    headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
    calls,
    state: sim.data,
    clock: {
      now: () => clock.now(),
      set: (at) => clock.set(at),
      advance: (ms) => clock.advance(ms),
    },
    addCompany: (s) => sim.addCompany(s),
    addFolder: (s) => sim.addFolder(s),
    addArticle: (s) => sim.addArticle(s),
    updateArticle: (id, patch) => sim.updateArticle(id, patch),
    archiveArticle: (id) => sim.updateArticle(id, { archived: true }),
    deleteArticle: (id) => sim.deleteArticle(id),
    failNext: (match, fault, times = 1) => faults.add(match, fault, times),
    get pendingFaults() {
      return faults.pending;
    },
    reset() {
      calls.length = 0;
      faults.clear();
      limiter.clear();
      sim.clear();
      if (seed) sim.seedDefaults();
    },
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
