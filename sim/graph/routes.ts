/**
 * Graph v1.0 routes of the simulator (paths relative to `/graph/v1.0`):
 * `GET /sites/{site-id}`, `/sites/{site-id}/drives`, `/sites/{site-id}/drive`, `/drives/{drive-id}`,
 * `/drives/{drive-id}/root`, `/drives/{drive-id}/root/delta` (`?token=`, `$top`, or the
 * `delta(token='…')` form), `/drives/{drive-id}/items/{item-id}`, `…/children` and `…/content`
 * (302 to a pre-authenticated download URL, https://learn.microsoft.com/graph/api/driveitem-get-content).
 */
import type { DeltaTokens, DownloadLinks } from './delta.ts';
import { graphError, itemNotFound, json, type Reply } from './http.ts';
import type { GraphStore } from './state.ts';
import type { GraphDeltaPage, SimClock, StoredItem } from './types.ts';

export interface GraphCtx {
  store: GraphStore;
  deltaTokens: DeltaTokens;
  downloads: DownloadLinks;
  clock: SimClock;
  /** e.g. `http://127.0.0.1:PORT/graph/v1.0` */
  graphUrl: string;
  /** e.g. `http://127.0.0.1:PORT/download` */
  downloadUrl: string;
  deltaPageSize: number;
  downloadUrlLifetimeMs: number;
  deltaTokenMaxAgeMs: number | undefined;
}

const RESYNC_MESSAGE =
  "Resync required. Replace any local items with the server's version (including deletes) if you're sure " +
  'that the service was up to date with your local changes when you last synced. Upload any local changes ' +
  "that the server doesn't know about.";

function collection(context: string, value: unknown[]): Reply {
  return json(200, { '@odata.context': context, value });
}

function downloadUrlFor(ctx: GraphCtx, item: StoredItem): string {
  const key = ctx.downloads.issue(item.driveId, item.id, ctx.clock.now() + ctx.downloadUrlLifetimeMs);
  return `${ctx.downloadUrl}/${key}`;
}

function serialize(ctx: GraphCtx, item: StoredItem) {
  return ctx.store.serialize(
    item,
    item.kind === 'file' && !item.deleted ? downloadUrlFor(ctx, item) : undefined,
  );
}

function delta(ctx: GraphCtx, driveId: string, token: string | undefined, query: URLSearchParams): Reply {
  const nowIso = ctx.clock.iso();
  const { store, deltaTokens } = ctx;
  const now = ctx.clock.now();
  const link = (t: string) => `${ctx.graphUrl}/drives/${encodeURIComponent(driveId)}/root/delta?token=${t}`;
  const context = `${ctx.graphUrl}/$metadata#Collection(driveItem)`;
  if (token === 'latest') {
    const latest = deltaTokens.issue({ driveId, since: store.currentSeq, initial: false, issuedAt: now });
    return json(200, { '@odata.context': context, value: [], '@odata.deltaLink': link(latest) });
  }
  let position: { since: number; until?: number; initial: boolean };
  if (token === undefined || token === '') position = { since: 0, initial: true };
  else {
    const resolved = deltaTokens.resolve(token, driveId, now, ctx.deltaTokenMaxAgeMs);
    if (resolved === 'unknown')
      return graphError(400, 'invalidRequest', 'Provided sync token is malformed.', nowIso);
    if (resolved === 'expired') {
      const restart = deltaTokens.issue({
        driveId,
        since: 0,
        until: store.currentSeq,
        initial: true,
        issuedAt: now,
      });
      const reply = graphError(410, 'resyncChangesApplyDifferences', RESYNC_MESSAGE, nowIso);
      reply.headers = { ...reply.headers, location: link(restart) };
      return reply;
    }
    position = resolved;
  }
  const until = position.until ?? store.currentSeq;
  const top = Number(query.get('$top') ?? query.get('top') ?? Number.NaN);
  const pageSize = Number.isInteger(top) && top > 0 ? Math.min(top, ctx.deltaPageSize) : ctx.deltaPageSize;
  const changes = store.changes(driveId, position.since, until, !position.initial);
  const page = changes.slice(0, pageSize);
  // "The parentReference property on items won't include a value for path" in delta (Graph docs,
  // driveitem-delta remarks): a client has to track folders by id.
  const value = page.map((item) => {
    const serialized = serialize(ctx, item);
    if (!serialized.parentReference?.path) return serialized;
    const { path: _path, ...parentReference } = serialized.parentReference;
    return { ...serialized, parentReference };
  });
  const body: GraphDeltaPage = { '@odata.context': context, value };
  const last = page.at(-1);
  if (changes.length > pageSize && last) {
    const next = deltaTokens.issue({
      driveId,
      since: last.seq,
      until,
      initial: position.initial,
      issuedAt: now,
    });
    body['@odata.nextLink'] = link(next);
  } else {
    const next = deltaTokens.issue({ driveId, since: until, initial: false, issuedAt: now });
    body['@odata.deltaLink'] = link(next);
  }
  return json(200, body);
}

interface Route {
  pattern: RegExp;
  handle(ctx: GraphCtx, params: string[], query: URLSearchParams): Reply;
}

function liveItem(ctx: GraphCtx, driveId: string, itemId: string): StoredItem | undefined {
  if (!ctx.store.data.drives.has(driveId)) return undefined;
  if (itemId === '') return ctx.store.root(driveId);
  const item = ctx.store.data.items.get(itemId);
  return item && item.driveId === driveId && !item.deleted ? item : undefined;
}

const ROUTES: Route[] = [
  {
    pattern: /^\/sites\/([^/]+)$/,
    handle: (ctx, [siteId]) => {
      const site = ctx.store.data.sites.get(siteId as string);
      return site ? json(200, site) : itemNotFound(ctx.clock.iso());
    },
  },
  {
    pattern: /^\/sites\/([^/]+)\/drives$/,
    handle: (ctx, [siteId]) => {
      if (!ctx.store.data.sites.has(siteId as string)) return itemNotFound(ctx.clock.iso());
      const drives = [...ctx.store.data.drives.values()].filter((d) => d.siteId === siteId);
      return collection(
        `${ctx.graphUrl}/$metadata#drives`,
        drives.map(({ siteId: _site, ...drive }) => drive),
      );
    },
  },
  {
    pattern: /^\/sites\/([^/]+)\/drive$/,
    handle: (ctx, [siteId]) => {
      const drive = [...ctx.store.data.drives.values()].find((d) => d.siteId === siteId);
      if (!drive) return itemNotFound(ctx.clock.iso());
      const { siteId: _site, ...body } = drive;
      return json(200, body);
    },
  },
  {
    pattern: /^\/drives\/([^/]+)$/,
    handle: (ctx, [driveId]) => {
      const drive = ctx.store.data.drives.get(driveId as string);
      if (!drive) return itemNotFound(ctx.clock.iso());
      const { siteId: _site, ...body } = drive;
      return json(200, body);
    },
  },
  {
    pattern: /^\/drives\/([^/]+)\/root\/delta(?:\(\)|\(token='([^']*)'\))?$/,
    handle: (ctx, [driveId, inline], query) => {
      if (!ctx.store.data.drives.has(driveId as string)) return itemNotFound(ctx.clock.iso());
      return delta(ctx, driveId as string, inline ?? query.get('token') ?? undefined, query);
    },
  },
  {
    pattern: /^\/drives\/([^/]+)\/(?:root|items\/([^/]+))$/,
    handle: (ctx, [driveId, itemId]) => {
      const item = liveItem(ctx, driveId as string, itemId ?? '');
      return item ? json(200, serialize(ctx, item)) : itemNotFound(ctx.clock.iso());
    },
  },
  {
    pattern: /^\/drives\/([^/]+)\/(?:root|items\/([^/]+))\/children$/,
    handle: (ctx, [driveId, itemId]) => {
      const item = liveItem(ctx, driveId as string, itemId ?? '');
      if (!item) return itemNotFound(ctx.clock.iso());
      const children = ctx.store.children(item.id).map((child) => serialize(ctx, child));
      return collection(`${ctx.graphUrl}/$metadata#Collection(driveItem)`, children);
    },
  },
  {
    pattern: /^\/drives\/([^/]+)\/items\/([^/]+)\/content$/,
    handle: (ctx, [driveId, itemId]) => {
      const item = liveItem(ctx, driveId as string, itemId as string);
      if (!item) return itemNotFound(ctx.clock.iso());
      if (item.kind !== 'file') {
        return graphError(
          400,
          'invalidRequest',
          'Only items with the file facet can be downloaded.',
          ctx.clock.iso(),
        );
      }
      return { status: 302, headers: { location: downloadUrlFor(ctx, item) } };
    },
  },
];

/** Routes a Graph call (already authenticated). */
export function handleGraph(ctx: GraphCtx, method: string, path: string, query: URLSearchParams): Reply {
  const nowIso = ctx.clock.iso();
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    if (method !== 'GET')
      return graphError(405, 'BadRequest', `The HTTP method '${method}' is not supported.`, nowIso);
    const params = match.slice(1).map((p) => (p === undefined ? p : decodeURIComponent(p))) as string[];
    return route.handle(ctx, params, query);
  }
  const segment = path.split('/').filter(Boolean)[0] ?? '';
  return graphError(400, 'BadRequest', `Resource not found for the segment '${segment}'.`, nowIso);
}

/** Serves a pre-authenticated download URL (`/download/{key}`): no Authorization header needed. */
export function handleDownload(ctx: GraphCtx, path: string): Reply {
  const key = path.replace(/^\//, '');
  const link = ctx.downloads.get(key, ctx.clock.now());
  if (link === 'expired')
    return {
      status: 401,
      raw: Buffer.from('401 UNAUTHORIZED: the download URL has expired'),
      headers: { 'content-type': 'text/plain' },
    };
  const item = link ? ctx.store.data.items.get(link.itemId) : undefined;
  if (!link || !item || item.deleted)
    return { status: 404, raw: Buffer.from('404 NOT FOUND'), headers: { 'content-type': 'text/plain' } };
  return {
    status: 200,
    raw: item.bytes,
    headers: {
      'content-type': item.mimeType || 'application/octet-stream',
      etag: `"${item.id},${item.version}"`,
    },
  };
}
