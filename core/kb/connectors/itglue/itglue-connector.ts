/**
 * IT Glue (https://api.itglue.com/developer/): JSON:API with kebab-case attributes, `x-api-key`,
 * regional hosts, `page[size]` (max 1,000) / `page[number]` with `meta.total-pages`, and 3,000
 * requests per 5 minutes before a 429. We index flexible assets of the chosen types (text from
 * their traits) and organisation documents (root and folders, bodies from their sections). The
 * owner organisation's records are the MSP's own documentation (company null).
 *
 * Incremental runs: `filter[updated_at]` is documented for organizations only, not for flexible
 * assets or documents, so we never rely on it. Flexible assets are listed newest change first
 * (`sort=-updated_at`, a documented key) and the listing stops at the first record older than the
 * window; documents have no documented sort, so their (cheap, body-less) lists are walked and only
 * documents changed inside the window have their body fetched. Archived records are removed as
 * they are seen; deleted ones vanish, so the periodic full listing finds them (see window.ts).
 */
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
  listingOf,
  readWindowCursor,
  startOrResume,
  toJson,
  type WindowRun,
  withListing,
} from '../window.ts';
import {
  documentBody,
  flexibleAssetDocument,
  folderPaths,
  itGlueDocument,
  type ListDoc,
  type Organization,
  ownerOrganization,
  readOrganization,
  type ShowDoc,
  updatedAtOf,
} from './itglue-resources.ts';

/**
 * Version of what a sync reads. A cursor written by an earlier version (no folder documents, no
 * section bodies, the owner organisation filed as a client) makes the next run a full listing, so
 * an upgrade corrects the index at once instead of at the next scheduled full listing.
 */
const CURSOR_LAYOUT = 2;

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
  /** The organisation holding the MSP's own documentation; default: the one IT Glue marks primary. */
  mspOrganizationId?: string | undefined;
  pageSize: number;
  fullSyncEveryHours: number;
}

export function createItGlueConnector(
  settings: ItGlueSettings,
  apiKey: string,
  runtime: ConnectorRuntime,
): KbConnector {
  const baseUrl = settings.baseUrl ?? ITGLUE_BASE_URLS[settings.region];
  const http: ApiClient = createApiClient({
    label: 'IT Glue',
    unreachableHint: 'the region, or the API base URL if you set one',
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

  /** An organisation deleted since the run was planned has nothing any more: 404 reads as empty. */
  const emptyOn404 = (error: unknown) => {
    if (error instanceof KbConnectorError && error.kind === 'not_found') return { data: [], more: false };
    throw error;
  };

  /** Every organisation by id (`sort=id` is documented for organizations), paging by 1,000. */
  async function organizations(signal?: AbortSignal): Promise<Map<string, Organization>> {
    const orgs = new Map<string, Organization>();
    for (let page = 1; ; page++) {
      const result = await listPage(
        '/organizations',
        { 'page[size]': 1000, 'page[number]': page, sort: 'id' },
        'listing organizations',
        signal,
      );
      for (const org of result.data) orgs.set(org.id, readOrganization(org));
      if (!result.more || result.data.length === 0) return orgs;
    }
  }

  interface Plan {
    orgs: Map<string, Organization>;
    owner: Organization | null;
  }

  async function plan(signal?: AbortSignal): Promise<Plan> {
    const orgs = await organizations(signal);
    const owner = ownerOrganization(orgs, settings.mspOrganizationId);
    if (settings.mspOrganizationId !== undefined && !owner)
      throw new KbConnectorError(
        'config',
        `IT Glue has no organization with id ${settings.mspOrganizationId} (chosen as the MSP's own organization in the settings): pick it again.`,
      );
    return { orgs, owner };
  }

  /** The client a record belongs to; null for the MSP's own organisation (answerable for everyone). */
  function companyOf(p: Plan, orgId: string | null, fallback: string | null): string | null {
    if (orgId !== null && orgId === p.owner?.id) return null;
    return (orgId === null ? undefined : p.orgs.get(orgId)?.name) ?? fallback;
  }

  function planStages(orgs: Map<string, Organization>): string[] {
    return [
      ...settings.flexibleAssetTypeIds.map((id) => `flexible_assets:${id}`),
      ...(settings.includeDocuments ? [...orgs.keys()].map((id) => `documents:${id}`) : []),
    ];
  }

  /** Lower bound of an incremental run's window (ms), or null on a full listing (everything counts). */
  const windowStart = (run: WindowRun) => (run.full || !run.from ? null : Date.parse(run.from));

  interface StagePage {
    upserts: SourceDocument[];
    deletions: string[];
    done: boolean;
  }

  async function assetPage(
    run: WindowRun,
    typeId: string,
    p: Plan,
    signal?: AbortSignal,
  ): Promise<StagePage> {
    const from = windowStart(run);
    const result = await listPage(
      '/flexible_assets',
      {
        'filter[flexible_asset_type_id]': typeId,
        // A full listing pages in creation order, which an edit made meanwhile cannot reshuffle;
        // an incremental one reads newest changes first and stops where the window ends.
        sort: from === null ? 'created_at' : '-updated_at',
        'page[size]': settings.pageSize,
        'page[number]': run.page,
      },
      `listing flexible assets of type ${typeId}`,
      signal,
    );
    const fresh = result.data.filter((r) => from === null || (updatedAtOf(r) ?? from) >= from);
    const orgIdOf = (r: (typeof fresh)[number]) =>
      r.attributes['organization-id'] === undefined || r.attributes['organization-id'] === null
        ? null
        : String(r.attributes['organization-id']);
    const orgNameOf = (r: (typeof fresh)[number]) =>
      typeof r.attributes['organization-name'] === 'string' ? r.attributes['organization-name'] : null;
    return {
      upserts: fresh
        .filter((r) => r.attributes.archived !== true)
        .map((r) => flexibleAssetDocument(r, companyOf(p, orgIdOf(r), orgNameOf(r)))),
      deletions: fresh.filter((r) => r.attributes.archived === true).map((r) => `flexible_asset:${r.id}`),
      done: !result.more || result.data.length === 0 || fresh.length < result.data.length,
    };
  }

  /** Every folder of an organisation, as path by id (nested folders included). */
  async function documentFolders(orgId: string, signal?: AbortSignal): Promise<Map<string, string>> {
    const folders: ListDoc['data'] = [];
    for (let page = 1; ; page++) {
      const result = await listPage(
        `/organizations/${encodeURIComponent(orgId)}/relationships/document_folders`,
        { 'page[size]': 1000, 'page[number]': page },
        `listing document folders of organization ${orgId}`,
        signal,
      ).catch(emptyOn404);
      folders.push(...result.data);
      if (!result.more || result.data.length === 0) return folderPaths(folders);
    }
  }

  /** The body of one document from its sections; null when it was deleted since it was listed. */
  async function documentText(orgId: string, docId: string, signal?: AbortSignal): Promise<string | null> {
    const answer = await http.get({
      target: `/organizations/${encodeURIComponent(orgId)}/relationships/documents/${encodeURIComponent(docId)}`,
      purpose: `reading document ${docId}`,
      signal,
      accept: [404],
    });
    if (answer.status === 404) return null;
    const doc = answer.json as ShowDoc | undefined;
    if (!doc?.data || typeof doc.data !== 'object')
      throw new KbConnectorError('bad_response', `IT Glue sent a document without data (document ${docId}).`);
    return documentBody(doc);
  }

  /**
   * One page of an organisation's documents: `documents:<org>` is its root level; when that ends, a
   * stage per folder (`folder:<org>:<folder id>:<path>`) is planned right after it, in the run.
   */
  async function documentPage(run: WindowRun, stage: string, p: Plan, signal?: AbortSignal) {
    const [kind, orgId = '', folderId = '', ...path] = stage.split(':');
    const folderPath = path.join(':') || null;
    const result = await listPage(
      `/organizations/${encodeURIComponent(orgId)}/relationships/documents`,
      {
        'page[size]': settings.pageSize,
        'page[number]': run.page,
        ...(kind === 'folder' ? { 'filter[document_folder_id]': folderId } : {}),
      },
      `listing documents of organization ${orgId}${kind === 'folder' ? ` in folder ${folderPath}` : ''}`,
      signal,
    ).catch(emptyOn404);
    const from = windowStart(run);
    const page: StagePage = { upserts: [], deletions: [], done: !result.more || result.data.length === 0 };
    const company = companyOf(p, orgId, null);
    for (const listed of result.data) {
      if (listed.attributes.archived === true) {
        page.deletions.push(`document:${listed.id}`);
        continue;
      }
      // No documented updated_at filter or sort for documents: the window is applied here.
      if (from !== null && (updatedAtOf(listed) ?? from) < from) continue;
      throwIfAborted(signal);
      const body = await documentText(orgId, listed.id, signal);
      if (body === null) page.deletions.push(`document:${listed.id}`);
      else page.upserts.push(itGlueDocument(listed, body, company, folderPath));
    }
    if (page.done && kind === 'documents') {
      const folders = await documentFolders(orgId, signal);
      const stages = [...folders].map(([id, name]) => `folder:${orgId}:${id}:${name}`);
      run.stages.splice(run.stage + 1, 0, ...stages);
    }
    return page;
  }

  return {
    async testConnection(): Promise<ConnectionTestResult> {
      try {
        const p = await plan();
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
        const own = p.owner
          ? `"${p.owner.name}" is filed as your own documentation (shown for every client)`
          : 'no organization is marked primary, so every organization is filed as a client; choose your own organization in the settings';
        return {
          ok: true,
          detail: `Connected to IT Glue at ${http.origin}: ${p.orgs.size} organizations, ${settings.flexibleAssetTypeIds.length} flexible asset types selected; ${own}.`,
        };
      } catch (error) {
        if (error instanceof KbConnectorError) return { ok: false, reason: error.message };
        throw error;
      }
    },

    async sync({ cursor: raw, startedAt, signal, onBatch }: SyncRequest): Promise<void> {
      const stored = readWindowCursor(raw);
      const cursor = raw?.layout === CURSOR_LAYOUT ? stored : { ...stored, lastFullAt: null };
      const save = (c: Parameters<typeof toJson>[0]) => ({ ...toJson(c), layout: CURSOR_LAYOUT });
      const p = await plan(signal);
      const run = startOrResume(
        cursor,
        runtime.now(),
        settings.fullSyncEveryHours * 3_600_000,
        planStages(p.orgs),
        startedAt,
      );
      while (run.stage < run.stages.length) {
        throwIfAborted(signal);
        const stage = run.stages[run.stage] as string;
        const page = stage.startsWith('flexible_assets:')
          ? await assetPage(run, stage.slice('flexible_assets:'.length), p, signal)
          : await documentPage(run, stage, p, signal);
        if (page.done) {
          run.stage += 1;
          run.page = 1;
        } else run.page += 1;
        const last = run.stage >= run.stages.length;
        await onBatch({
          upserts: page.upserts,
          deletions: page.deletions,
          ...withListing(listingOf(run, last)),
          cursor: save(last ? finishedCursor(cursor, run) : { ...cursor, run }),
        });
      }
      if (run.stages.length === 0) {
        // Nothing selected: still a completed run (and a full one empties the index of this connector).
        await onBatch({
          upserts: [],
          deletions: [],
          ...withListing(listingOf(run, true)),
          cursor: save(finishedCursor(cursor, run)),
        });
      }
    },
  };
}
