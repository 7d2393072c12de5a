/**
 * Hudu (https://<instance>/api/v1, `x-api-key`): lists wrapped as `{"articles": […]}`, paged with
 * `page`/`page_size` and no total — a short page is the last — filtered with `updated_at=start,end`,
 * and 429 with the text body `Retry later` when throttled. Articles are HTML; we keep headings.
 * Hudu has no change feed and deleted articles simply vanish, so deletions are found by the
 * periodic full listing (see window.ts); archived and draft articles are removed as they change.
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
  listingOf,
  rangeParam,
  readWindowCursor,
  startOrResume,
  toJson,
  withListing,
} from '../window.ts';

export interface HuduSettings {
  /** The instance, e.g. https://acme.huducloud.com (the API lives under /api/v1). */
  baseUrl: string;
  pageSize: number;
  fullSyncEveryHours: number;
}

interface HuduArticle {
  id: number;
  name: string;
  content: string | null;
  company_id: number | null;
  folder_id: number | null;
  draft: boolean;
  archived: boolean;
  url: string | null;
  updated_at: string | null;
}

export function huduArticleDocument(
  article: HuduArticle,
  companies: Map<number, string>,
  folders: Map<number, string>,
): SourceDocument {
  return {
    externalId: `article:${article.id}`,
    title: article.name?.trim() || `Article ${article.id}`,
    url: article.url ?? null,
    companyName: article.company_id === null ? null : (companies.get(article.company_id) ?? null),
    folder: article.folder_id === null ? null : (folders.get(article.folder_id) ?? null),
    updatedAt: article.updated_at ? new Date(article.updated_at) : null,
    text: htmlToText(article.content ?? ''),
  };
}

export function createHuduConnector(
  settings: HuduSettings,
  apiKey: string,
  runtime: ConnectorRuntime,
): KbConnector {
  const http: ApiClient = createApiClient({
    label: 'Hudu',
    unreachableHint: 'the Hudu URL',
    baseUrl: `${settings.baseUrl.replace(/\/+$/, '')}/api/v1`,
    runtime,
    headers: () => ({ 'x-api-key': apiKey, accept: 'application/json' }),
    describe(status, detail, purpose) {
      if (status === 401 || status === 403)
        return new KbConnectorError(
          'auth',
          `Hudu rejected the API key (${status}) while ${purpose}: check the key in Hudu under Admin → API Keys and that it is not restricted to other companies.`,
        );
      if (status === 404)
        return new KbConnectorError(
          'not_found',
          `No Hudu API answered at ${settings.baseUrl} while ${purpose} (404): check the instance URL.`,
        );
      return describeStatus('Hudu', status, detail, purpose);
    },
  });

  async function page<T>(
    resource: string,
    query: Record<string, string | number | undefined>,
    signal?: AbortSignal,
  ): Promise<T[]> {
    const body = await http.getJson<Record<string, unknown>>({
      target: `/${resource}`,
      query: { page_size: settings.pageSize, ...query },
      purpose: `listing ${resource}`,
      signal,
    });
    const rows = body[resource];
    if (!Array.isArray(rows))
      throw new KbConnectorError('bad_response', `Hudu's ${resource} list had no "${resource}" array.`);
    return rows as T[];
  }

  /** id → name of every company or folder, paging to the first short page. */
  async function names(
    resource: 'companies' | 'folders',
    signal?: AbortSignal,
  ): Promise<Map<number, string>> {
    const out = new Map<number, string>();
    for (let n = 1; ; n++) {
      const rows = await page<{ id: number; name: string }>(resource, { page: n }, signal);
      for (const row of rows) out.set(row.id, row.name);
      if (rows.length < settings.pageSize) return out;
    }
  }

  return {
    async testConnection(): Promise<ConnectionTestResult> {
      try {
        await page('companies', { page: 1, page_size: 1 });
        return { ok: true, detail: `Connected to Hudu at ${http.origin}.` };
      } catch (error) {
        if (error instanceof KbConnectorError) return { ok: false, reason: error.message };
        throw error;
      }
    },

    async sync({ cursor: raw, startedAt, signal, onBatch }: SyncRequest): Promise<void> {
      const cursor = readWindowCursor(raw);
      const [companies, folders] = [await names('companies', signal), await names('folders', signal)];
      const run = startOrResume(
        cursor,
        runtime.now(),
        settings.fullSyncEveryHours * 3_600_000,
        ['articles'],
        startedAt,
      );
      for (;;) {
        throwIfAborted(signal);
        const rows = await page<HuduArticle>(
          'articles',
          { page: run.page, updated_at: rangeParam(run) },
          signal,
        );
        const gone = (a: HuduArticle) => a.archived || a.draft;
        const upserts = rows.filter((a) => !gone(a)).map((a) => huduArticleDocument(a, companies, folders));
        const deletions = rows.filter(gone).map((a) => `article:${a.id}`);
        // No total in Hudu's lists: a short page is the last one.
        const last = rows.length < settings.pageSize;
        run.page += 1;
        await onBatch({
          upserts,
          deletions,
          ...withListing(listingOf(run, last)),
          cursor: toJson(last ? finishedCursor(cursor, run) : { ...cursor, run }),
        });
        if (last) return;
      }
    },
  };
}
