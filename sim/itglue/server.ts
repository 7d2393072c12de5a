import { createServer, type ServerResponse } from 'node:http';
import { FaultQueue, listenLocal, parseRange, RateLimiter, recordCall, SimClock } from '../shared/kit.ts';
import { ItGlueStore } from './store.ts';
import type {
  ItGlueFault,
  ItGlueSimulator,
  ItGlueSimulatorOptions,
  JsonApiResource,
  RecordedCall,
} from './types.ts';

/** Key the simulator accepts unless `options.apiKey` says otherwise (IT Glue keys start with `ITG.`). */
export const DEFAULT_ITGLUE_API_KEY = 'ITG.sim0000000000000000000000000000';
/** IT Glue's regional API base URLs; the simulator's `url` stands in for one of them. */
export const ITGLUE_BASE_URLS = Object.freeze({
  us: 'https://api.itglue.com',
  eu: 'https://api.eu.itglue.com',
  au: 'https://api.au.itglue.com',
});
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 1000;
/** IT Glue's documented limit: 3,000 requests per 5 minutes. */
export const ITGLUE_RATE_LIMIT = Object.freeze({ requests: 3000, windowMs: 5 * 60_000 });

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Record not found',
  405: 'Method Not Allowed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

/** JSON:API error document: `{errors: [{status, title, detail}]}` (status as a string). */
function error(status: number, detail: string, headers?: Record<string, string>): Reply {
  const body = { errors: [{ status: String(status), title: TITLES[status] ?? 'Error', detail }] };
  return headers ? { status, body, headers } : { status, body };
}

interface Listable {
  id: number;
  name: string;
  createdAt: number;
  updatedAt: number;
}

type SortKey = (r: Listable) => number | string;

const BASE_SORT: Record<string, SortKey> = {
  id: (r) => r.id,
  name: (r) => r.name.toLowerCase(),
  created_at: (r) => r.createdAt,
  updated_at: (r) => r.updatedAt,
};

/**
 * What each collection accepts, as IT Glue's developer docs list it: the `sort` keys (anything
 * else is a 400) and whether `filter[updated_at]` is a documented filter. Where it is not
 * (flexible assets, documents) the parameter is ignored — an API quietly answering everything is
 * exactly what a client relying on it would not notice.
 */
export interface Collection {
  sort: Record<string, SortKey>;
  updatedAtFilter: boolean;
}

const {
  name: byName,
  created_at: byCreated,
  updated_at: byUpdated,
} = BASE_SORT as Record<'name' | 'created_at' | 'updated_at', SortKey>;

export const COLLECTIONS = {
  organizations: {
    sort: {
      ...BASE_SORT,
      short_name: (r) => (r as Listable & { shortName?: string }).shortName?.toLowerCase() ?? '',
      organization_type_name: (r) =>
        (r as Listable & { organizationTypeName?: string }).organizationTypeName ?? '',
      organization_status_name: (r) =>
        (r as Listable & { organizationStatusName?: string }).organizationStatusName ?? '',
      my_glue_account_id: () => 0,
    },
    updatedAtFilter: true,
  },
  flexibleAssetTypes: { sort: BASE_SORT, updatedAtFilter: false },
  flexibleAssets: {
    sort: { name: byName, created_at: byCreated, updated_at: byUpdated },
    updatedAtFilter: false,
  },
  documents: { sort: {}, updatedAtFilter: false },
  documentFolders: { sort: {}, updatedAtFilter: false },
} as const satisfies Record<string, Collection>;

/** Filters (`filter[id]`, `filter[name]`, documented `filter[updated_at]`), sorts and paginates a collection. */
function list<T extends Listable>(
  records: T[],
  query: URLSearchParams,
  selfUrl: string,
  serialize: (record: T) => JsonApiResource,
  collection: Collection,
): Reply {
  let rows = [...records];
  const id = query.get('filter[id]');
  if (id) rows = rows.filter((r) => id.split(',').includes(String(r.id)));
  const name = query.get('filter[name]');
  if (name) rows = rows.filter((r) => r.name === name);
  const updated = query.get('filter[updated_at]');
  if (updated !== null && collection.updatedAtFilter) {
    const range = parseRange(updated);
    if (typeof range === 'string') return error(400, `filter[updated_at]: ${range}`);
    rows = rows.filter((r) => r.updatedAt >= range.from && r.updatedAt <= range.to);
  }
  const sort = query.get('sort');
  if (sort) {
    const keys = Object.keys(collection.sort);
    const key = (collection.sort as Record<string, SortKey>)[sort.replace(/^-/, '')];
    if (!key)
      return error(
        400,
        keys.length === 0
          ? `sort is not supported on this resource (got "${sort}")`
          : `sort must be one of: ${keys.join(', ')} (got "${sort}")`,
      );
    const dir = sort.startsWith('-') ? -1 : 1;
    rows.sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return (x < y ? -1 : x > y ? 1 : a.id - b.id) * dir;
    });
  }
  const size = Number(query.get('page[size]') ?? DEFAULT_PAGE_SIZE);
  const number = Number(query.get('page[number]') ?? 1);
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    return error(400, `page[size] must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  if (!Number.isInteger(number) || number < 1) return error(400, 'page[number] must be a positive integer');
  const totalPages = Math.ceil(rows.length / size);
  const link = (page: number): string => {
    const params = new URLSearchParams(query);
    params.set('page[number]', String(page));
    params.set('page[size]', String(size));
    return `${selfUrl}?${params.toString()}`;
  };
  const links: Record<string, string> = { self: link(number), first: link(1) };
  if (number > 1) links.prev = link(Math.min(number - 1, Math.max(totalPages, 1)));
  if (number < totalPages) links.next = link(number + 1);
  links.last = link(Math.max(totalPages, 1));
  return {
    status: 200,
    body: {
      data: rows.slice((number - 1) * size, number * size).map(serialize),
      meta: {
        'current-page': number,
        'next-page': number < totalPages ? number + 1 : null,
        'prev-page': number > 1 ? number - 1 : null,
        'total-pages': totalPages,
        'total-count': rows.length,
        filters: {},
      },
      links,
    },
  };
}

function one<T extends { id: number }>(
  records: T[],
  id: string,
  serialize: (r: T) => JsonApiResource,
): Reply {
  const found = records.find((r) => String(r.id) === id);
  return found ? { status: 200, body: { data: serialize(found) } } : error(404, `No record with id ${id}`);
}

function route(store: ItGlueStore, path: string, query: URLSearchParams, origin: string): Reply {
  const { data } = store;
  const self = `${origin}${path}`;
  const [resource, id, ...rest] = path.split('/').slice(1);
  if (resource === 'organizations' && rest.length === 0)
    return id === undefined
      ? list(data.organizations, query, self, (r) => store.organization(r), COLLECTIONS.organizations)
      : one(data.organizations, id, (r) => store.organization(r));
  if (resource === 'flexible_asset_types' && rest.length === 0)
    return id === undefined
      ? list(
          data.flexibleAssetTypes,
          query,
          self,
          (r) => store.flexibleAssetType(r),
          COLLECTIONS.flexibleAssetTypes,
        )
      : one(data.flexibleAssetTypes, id, (r) => store.flexibleAssetType(r));
  if (resource === 'flexible_assets' && rest.length === 0) {
    if (id !== undefined) return one(data.flexibleAssets, id, (r) => store.flexibleAsset(r));
    const typeId = query.get('filter[flexible_asset_type_id]');
    if (!typeId) return error(400, 'filter[flexible_asset_type_id] is required');
    const orgId = query.get('filter[organization_id]');
    const rows = data.flexibleAssets.filter(
      (a) => String(a.flexibleAssetTypeId) === typeId && (!orgId || String(a.organizationId) === orgId),
    );
    return list(rows, query, self, (r) => store.flexibleAsset(r), COLLECTIONS.flexibleAssets);
  }
  // GET /documents/:id — the single-document route without the organization.
  if (resource === 'documents' && id !== undefined && rest.length === 0) {
    const doc = data.documents.find((d) => String(d.id) === id);
    return doc
      ? { status: 200, body: store.documentWithSections(doc) }
      : error(404, `No record with id ${id}`);
  }
  const [rel, sub, docId, ...extra] = rest;
  if (resource === 'organizations' && id && rel === 'relationships' && !extra.length) {
    if (!data.organizations.some((o) => String(o.id) === id)) return error(404, `No organization ${id}`);
    if (sub === 'documents') {
      const docs = data.documents.filter((d) => String(d.organizationId) === id);
      if (docId) {
        const doc = docs.find((d) => String(d.id) === docId);
        return doc
          ? { status: 200, body: store.documentWithSections(doc) }
          : error(404, `No record with id ${docId}`);
      }
      // Root-level documents only, unless a folder is named.
      const folder = query.get('filter[document_folder_id]');
      const inFolder = docs.filter((d) => (folder ? String(d.folderId) === folder : d.folderId === null));
      return list(inFolder, query, self, (r) => store.document(r), COLLECTIONS.documents);
    }
    if (sub === 'document_folders' && !docId) {
      const folders = data.documentFolders.filter((f) => String(f.organizationId) === id);
      return list(folders, query, self, (r) => store.documentFolder(r), COLLECTIONS.documentFolders);
    }
  }
  return error(404, `No route matches ${path}`);
}

function send(res: ServerResponse, reply: Reply, call: RecordedCall): void {
  call.status = reply.status;
  res.writeHead(reply.status, {
    'content-type': 'application/vnd.api+json; charset=utf-8',
    ...reply.headers,
  });
  res.end(JSON.stringify(reply.body));
}

/**
 * Starts a local stand-in for the IT Glue REST API on 127.0.0.1 (tests and demos only). Point a
 * client at `sim.url` with `x-api-key: sim.apiKey`. Read-only: organizations (with `primary`),
 * flexible asset types, flexible assets (`filter[flexible_asset_type_id]` required), per-organization
 * documents (root level unless `filter[document_folder_id]` names a folder; bodies as sections from
 * the single-document route) and document folders, with `page[size]`/`page[number]`,
 * `meta.total-pages`, `links.next`, the documented sort keys per resource (others: 400),
 * `filter[updated_at]=start,end` where documented (organizations; ignored elsewhere),
 * a 3,000-per-5-minutes rate limit on the simulated clock, 403 for a bad key and `failNext` faults.
 */
export async function startItGlueSimulator(options: ItGlueSimulatorOptions = {}): Promise<ItGlueSimulator> {
  const apiKey = options.apiKey ?? DEFAULT_ITGLUE_API_KEY;
  const clock = new SimClock(options.startAt);
  const calls: RecordedCall[] = [];
  const faults = new FaultQueue<ItGlueFault>();
  const limiter = new RateLimiter(options.rateLimit ?? ITGLUE_RATE_LIMIT, clock);
  let store: ItGlueStore | undefined;

  function handle(call: RecordedCall, origin: string): Reply {
    const fault = faults.take(call.method, call.path);
    if (fault?.status === 429)
      return error(429, 'Rate limit exceeded', { 'retry-after': String(fault.retryAfter ?? 30) });
    if (fault) return error(fault.status, 'Something went wrong');
    if (call.headers['x-api-key'] !== apiKey) return error(403, 'Invalid or missing API key');
    const wait = limiter.check();
    if (wait !== undefined) return error(429, 'Rate limit exceeded', { 'retry-after': String(wait) });
    if (call.method !== 'GET') return error(405, `${call.method} is not supported by the simulator`);
    if (!store) return error(503, 'Starting');
    return route(store, call.path, new URLSearchParams(call.query), origin);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sim.invalid');
    const call = recordCall(req, url, clock.now());
    calls.push(call);
    req.resume();
    req.on('end', () => send(res, handle(call, `http://${req.headers.host ?? '127.0.0.1'}`), call));
  });
  const url = await listenLocal(server, options.port);
  const sim = new ItGlueStore(clock, url);
  store = sim;
  const seed = options.seed ?? true;
  if (seed) sim.seedDefaults();

  return {
    url,
    apiKey,
    headers: { 'x-api-key': apiKey, 'content-type': 'application/vnd.api+json' },
    calls,
    state: sim.data,
    clock: {
      now: () => clock.now(),
      set: (at) => clock.set(at),
      advance: (ms) => clock.advance(ms),
    },
    addOrganization: (s) => sim.addOrganization(s),
    addFlexibleAssetType: (s) => sim.addFlexibleAssetType(s),
    addFlexibleAsset: (s) => sim.addFlexibleAsset(s),
    addDocument: (s) => sim.addDocument(s),
    addDocumentFolder: (s) => sim.addDocumentFolder(s),
    updateFlexibleAsset: (id, patch) => sim.updateFlexibleAsset(id, patch),
    updateDocument: (id, patch) => sim.updateDocument(id, patch),
    archiveFlexibleAsset: (id) => sim.updateFlexibleAsset(id, { archived: true }),
    deleteFlexibleAsset: (id) => sim.remove('flexibleAssets', id),
    deleteDocument: (id) => sim.remove('documents', id),
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
