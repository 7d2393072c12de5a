/**
 * IT Glue (https://api.itglue.com/developer/): JSON:API with kebab-case attributes, `x-api-key`,
 * regional hosts, `page[size]` (max 1,000) / `page[number]` with `meta.total-pages`,
 * `filter[updated_at]=start,end`, and 3,000 requests per 5 minutes before a 429. We index flexible
 * assets of the chosen types (text from their traits) and organisation documents. Archived records
 * arrive as changes and are removed; deleted ones vanish, so the periodic full listing reconciles.
 */
import { htmlToText } from '../../extract/html.ts';
import type { SourceDocument } from '../../index/types.ts';
import { type ApiClient, createApiClient, describeStatus } from '../http.ts';
import {
  type ConnectionTestResult,
  type ConnectorRuntime,
  type KbConnector,
  KbConnectorError,
  type SyncRequest,
  throwIfAborted,
} from '../types.ts';
import {
  finishedCursor,
  rangeParam,
  readWindowCursor,
  startOrResume,
  toJson,
  type WindowRun,
} from '../window.ts';

export const ITGLUE_BASE_URLS = {
  us: 'https://api.itglue.com',
  eu: 'https://api.eu.itglue.com',
  au: 'https://api.au.itglue.com',
} as const;
export type ItGlueRegion = keyof typeof ITGLUE_BASE_URLS;

export interface ItGlueSettings {
  region: ItGlueRegion;
  /** Overrides the regional host (the simulator, a proxy). */
  baseUrl?: string | undefined;
  flexibleAssetTypeIds: string[];
  includeDocuments: boolean;
  pageSize: number;
  fullSyncEveryHours: number;
}

interface Resource {
  id: string;
  type: string;
  attributes: Record<string, unknown>;
}

interface ListDoc {
  data: Resource[];
  meta?: { 'total-pages'?: number; 'total-count'?: number; 'next-page'?: number | null };
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** `known-issues` → `Known issues`. */
function traitLabel(key: string): string {
  const words = key.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A trait value as text: HTML strings converted, tag references by name, lists joined. */
function traitText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return /<[a-z][\s\S]*>/i.test(value) ? htmlToText(value) : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(traitText).filter(Boolean).join(', ');
  if (typeof value === 'object') {
    const v = value as { values?: unknown; name?: unknown };
    if (Array.isArray(v.values)) return traitText(v.values);
    if (typeof v.name === 'string') return v.name;
  }
  return '';
}

export function flexibleAssetDocument(resource: Resource): SourceDocument {
  const a = resource.attributes;
  const traits = (a.traits ?? {}) as Record<string, unknown>;
  const sections = Object.entries(traits)
    .map(([key, value]) => [traitLabel(key), traitText(value)] as const)
    .filter(([, text]) => text !== '')
    .map(([label, text]) => `## ${label}\n\n${text}`);
  const updated = str(a['updated-at']);
  return {
    externalId: `flexible_asset:${resource.id}`,
    title: str(a.name) ?? `Flexible asset ${resource.id}`,
    url: str(a['resource-url']),
    companyName: str(a['organization-name']),
    folder: str(a['flexible-asset-type-name']),
    updatedAt: updated ? new Date(updated) : null,
    text: sections.join('\n\n'),
  };
}

export function itGlueDocument(resource: Resource, orgName: string | null): SourceDocument {
  const a = resource.attributes;
  const updated = str(a['updated-at']);
  return {
    externalId: `document:${resource.id}`,
    title: str(a.name) ?? `Document ${resource.id}`,
    url: str(a['resource-url']),
    companyName: orgName,
    folder: 'Documents',
    updatedAt: updated ? new Date(updated) : null,
    text: htmlToText(typeof a.content === 'string' ? a.content : ''),
  };
}

export function createItGlueConnector(
  settings: ItGlueSettings,
  apiKey: string,
  runtime: ConnectorRuntime,
): KbConnector {
  const baseUrl = settings.baseUrl ?? ITGLUE_BASE_URLS[settings.region];
  const http: ApiClient = createApiClient({
    label: 'IT Glue',
    baseUrl,
    runtime,
    // The key is read here per attempt and nowhere else.
    headers: () => ({ 'x-api-key': apiKey, accept: 'application/vnd.api+json' }),
    describe(status, detail, purpose) {
      if (status === 401 || status === 403)
        return new KbConnectorError(
          'auth',
          `IT Glue rejected the API key (${status}) while ${purpose}: check the key is current, has access to documentation, and belongs to the ${settings.baseUrl ? 'configured base URL' : `${settings.region.toUpperCase()} region`}.`,
        );
      return describeStatus('IT Glue', status, detail, purpose);
    },
  });

  async function listPage(
    path: string,
    query: Record<string, string | number | undefined>,
    purpose: string,
    signal?: AbortSignal,
  ) {
    const doc = await http.getJson<ListDoc>({ target: path, query, purpose, signal });
    if (!Array.isArray(doc.data))
      throw new KbConnectorError('bad_response', `IT Glue sent a list without data while ${purpose}.`);
    const totalPages = doc.meta?.['total-pages'];
    const page = Number(query['page[number]'] ?? 1);
    const more =
      typeof totalPages === 'number' ? page < totalPages : doc.data.length === Number(query['page[size]']);
    return { data: doc.data, more, total: doc.meta?.['total-count'] };
  }

  /** Every organisation's name by id (one request per 1,000), for document company names and stages. */
  async function organizations(signal?: AbortSignal): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (let page = 1; ; page++) {
      const result = await listPage(
        '/organizations',
        { 'page[size]': 1000, 'page[number]': page, sort: 'id' },
        'listing organizations',
        signal,
      );
      for (const org of result.data) names.set(org.id, str(org.attributes.name) ?? `Organization ${org.id}`);
      if (!result.more || result.data.length === 0) return names;
    }
  }

  function planStages(orgs: Map<string, string>): string[] {
    return [
      ...settings.flexibleAssetTypeIds.map((id) => `flexible_assets:${id}`),
      ...(settings.includeDocuments ? [...orgs.keys()].map((id) => `documents:${id}`) : []),
    ];
  }

  async function fetchStagePage(
    run: WindowRun,
    stage: string,
    orgs: Map<string, string>,
    signal?: AbortSignal,
  ) {
    const [kind, id = ''] = stage.split(':');
    const range = rangeParam(run);
    const query = {
      'page[size]': settings.pageSize,
      'page[number]': run.page,
      sort: 'id',
      'filter[updated_at]': range,
    };
    if (kind === 'flexible_assets') {
      const result = await listPage(
        '/flexible_assets',
        { ...query, 'filter[flexible_asset_type_id]': id },
        `listing flexible assets of type ${id}`,
        signal,
      );
      return {
        ...result,
        docs: result.data.map((r) => ({
          archived: r.attributes.archived === true,
          doc: flexibleAssetDocument(r),
        })),
      };
    }
    const result = await listPage(
      `/organizations/${encodeURIComponent(id)}/relationships/documents`,
      query,
      `listing documents of organization ${id}`,
      signal,
    ).catch((error: unknown) => {
      // An organisation deleted since the run was planned has no documents any more.
      if (error instanceof KbConnectorError && error.kind === 'not_found')
        return { data: [], more: false, total: 0 };
      throw error;
    });
    const orgName = orgs.get(id) ?? null;
    return {
      ...result,
      docs: result.data.map((r) => ({
        archived: r.attributes.archived === true,
        doc: itGlueDocument(r, orgName),
      })),
    };
  }

  return {
    async testConnection(): Promise<ConnectionTestResult> {
      try {
        const orgs = await listPage(
          '/organizations',
          { 'page[size]': 1, 'page[number]': 1 },
          'listing organizations',
        );
        for (const id of settings.flexibleAssetTypeIds) {
          const answer = await http.get({
            target: `/flexible_asset_types/${encodeURIComponent(id)}`,
            purpose: `reading flexible asset type ${id}`,
            accept: [404],
          });
          if (answer.status === 404)
            return {
              ok: false,
              reason: `IT Glue has no flexible asset type with id ${id}: pick the types again.`,
            };
        }
        return {
          ok: true,
          detail: `Connected to IT Glue at ${http.origin}: ${orgs.total ?? orgs.data.length} organizations, ${settings.flexibleAssetTypeIds.length} flexible asset types selected.`,
        };
      } catch (error) {
        if (error instanceof KbConnectorError) return { ok: false, reason: error.message };
        throw error;
      }
    },

    async sync({ cursor: raw, signal, onBatch }: SyncRequest): Promise<void> {
      const cursor = readWindowCursor(raw);
      const orgs = await organizations(signal);
      const run = startOrResume(
        cursor,
        runtime.now(),
        settings.fullSyncEveryHours * 3_600_000,
        planStages(orgs),
      );
      while (run.stage < run.stages.length) {
        throwIfAborted(signal);
        const stage = run.stages[run.stage] as string;
        const page = await fetchStagePage(run, stage, orgs, signal);
        const upserts = page.docs.filter((d) => !d.archived).map((d) => d.doc);
        const deletions = page.docs.filter((d) => d.archived).map((d) => d.doc.externalId);
        if (run.full) run.seen.push(...upserts.map((d) => d.externalId));
        if (page.more && page.data.length > 0) run.page += 1;
        else {
          run.stage += 1;
          run.page = 1;
        }
        const last = run.stage >= run.stages.length;
        await onBatch({
          upserts,
          deletions,
          ...(last && run.full ? { reconcile: { scopePrefix: null, keep: run.seen } } : {}),
          cursor: toJson(last ? finishedCursor(cursor, run) : { ...cursor, run }),
        });
      }
      if (run.stages.length === 0) {
        // Nothing selected: still a completed run (and a full one empties the index of this connector).
        await onBatch({
          upserts: [],
          deletions: [],
          ...(run.full ? { reconcile: { scopePrefix: null, keep: [] } } : {}),
          cursor: toJson(finishedCursor(cursor, run)),
        });
      }
    },
  };
}
