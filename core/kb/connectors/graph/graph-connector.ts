/**
 * SharePoint / OneDrive through Microsoft Graph, app-only. Per chosen drive we follow
 * `/drives/{id}/root/delta`: pages chained by `@odata.nextLink`, ending in an `@odata.deltaLink`
 * that we keep per drive and replay next time for just the changes
 * (https://learn.microsoft.com/graph/api/driveitem-delta). Deleted items carry the `deleted` facet.
 * A `410 Gone` means the token can no longer be served: we enumerate that drive again from scratch
 * and, at the end, remove whatever the fresh listing no longer has. File bytes come from
 * `/items/{id}/content`, a `302` to a short-lived pre-authenticated URL that we fetch WITHOUT our
 * bearer token. Throttling (429/503 + Retry-After) is handled by the shared transport.
 *
 * Permissions (application, admin-consented): `Sites.Selected` with a per-site `read` grant is the
 * least privilege and preferred; `Files.Read.All` or `Sites.Read.All` work but read every site.
 */
import { extractFileText, fileKind } from '../../extract/extract-file.ts';
import type { SourceDocument } from '../../index/types.ts';
import { type ApiClient, createApiClient, describeStatus } from '../http.ts';
import {
  type ConnectionTestResult,
  type ConnectorCursor,
  type ConnectorRuntime,
  type KbConnector,
  KbConnectorError,
  type SkippedItem,
  type SyncRequest,
  throwIfAborted,
} from '../types.ts';
import { createTokenSource } from './token.ts';

export const GRAPH_LOGIN_BASE_URL = 'https://login.microsoftonline.com';
export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface GraphSettings {
  tenantId: string;
  clientId: string;
  driveIds: string[];
  /** Sites whose document libraries are all synced (resolved to drives at each run). */
  siteIds: string[];
  loginBaseUrl: string;
  graphBaseUrl: string;
  maxFileBytes: number;
  /** Client (company) name per drive id; a drive not listed is the MSP's own documentation. */
  companyByDrive: Record<string, string | null>;
}

interface DriveItem {
  id: string;
  name?: string;
  size?: number;
  webUrl?: string;
  lastModifiedDateTime?: string;
  file?: { mimeType?: string };
  folder?: unknown;
  root?: unknown;
  deleted?: unknown;
  parentReference?: { path?: string };
}

interface DeltaPage {
  value?: DriveItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** Per-drive position. `full` marks an enumeration from scratch whose end reconciles the drive. */
export interface DriveCursor {
  deltaLink?: string;
  nextLink?: string;
  full?: boolean;
  seen?: string[];
}

export interface GraphCursor {
  drives: Record<string, DriveCursor>;
}

export const graphExternalId = (driveId: string, itemId: string) => `${driveId}/${itemId}`;

function readCursor(raw: ConnectorCursor | null): GraphCursor {
  const drives = (raw as Partial<GraphCursor> | null)?.drives;
  return { drives: drives && typeof drives === 'object' ? { ...drives } : {} };
}

/** `/drives/x/root:/Runbooks/VPN` → `Runbooks/VPN`. */
function folderOf(item: DriveItem): string | null {
  const path = item.parentReference?.path;
  const after = path?.split('root:')[1]?.replace(/^\/+/, '');
  return after ? decodeURIComponent(after) : null;
}

const titleOf = (name: string) => name.replace(/\.[A-Za-z0-9]+$/, '') || name;

export function createGraphConnector(
  settings: GraphSettings,
  clientSecret: string,
  runtime: ConnectorRuntime,
): KbConnector {
  const tokens = createTokenSource({
    loginBaseUrl: settings.loginBaseUrl,
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    clientSecret,
    runtime,
  });
  const http: ApiClient = createApiClient({
    label: 'Microsoft Graph',
    baseUrl: settings.graphBaseUrl,
    runtime,
    headers: async () => ({ authorization: `Bearer ${await tokens.token()}`, accept: 'application/json' }),
    async onUnauthorized() {
      tokens.invalidate();
      return true;
    },
    describe(status, detail, purpose) {
      if (status === 403)
        return new KbConnectorError(
          'auth',
          `Microsoft Graph denied access (403) while ${purpose}: grant the app Sites.Selected with read access to this site (or Files.Read.All / Sites.Read.All) and admin consent.`,
        );
      return describeStatus('Microsoft Graph', status, detail, purpose);
    },
  });

  async function drivesToSync(signal?: AbortSignal): Promise<string[]> {
    const ids = new Set(settings.driveIds);
    for (const siteId of settings.siteIds) {
      const body = await http.getJson<{ value?: { id: string }[] }>({
        target: `/sites/${encodeURIComponent(siteId)}/drives`,
        purpose: `listing the document libraries of site ${siteId}`,
        signal,
      });
      for (const drive of body.value ?? []) ids.add(drive.id);
    }
    return [...ids].sort();
  }

  /** Follows the 302 from `/content` to the pre-authenticated URL, which gets no Authorization header. */
  async function download(driveId: string, item: DriveItem, signal?: AbortSignal): Promise<Buffer> {
    const purpose = `downloading ${item.name ?? item.id}`;
    const redirect = await http.get({
      target: `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(item.id)}/content`,
      purpose,
      signal,
      accept: [302],
    });
    if (redirect.status !== 302) return redirect.bytes;
    const location = redirect.headers.get('location');
    if (!location)
      throw new KbConnectorError(
        'bad_response',
        `Microsoft Graph sent a redirect without a location while ${purpose}.`,
      );
    return (
      await http.get({
        target: new URL(location, settings.graphBaseUrl).toString(),
        purpose,
        signal,
        authenticate: false,
      })
    ).bytes;
  }

  async function toDocument(
    driveId: string,
    item: DriveItem,
    signal?: AbortSignal,
  ): Promise<{ doc: SourceDocument } | { skipped: SkippedItem } | null> {
    const name = item.name ?? item.id;
    const externalId = graphExternalId(driveId, item.id);
    if (!fileKind(name, item.file?.mimeType)) return null; // spreadsheets, images…: not documentation we read
    if ((item.size ?? 0) > settings.maxFileBytes) {
      const mb = (n: number) =>
        n < 1_048_576 ? `${Math.ceil(n / 1024)} KB` : `${Math.round((n / 1_048_576) * 10) / 10} MB`;
      return {
        skipped: {
          externalId,
          title: name,
          reason: `file is ${mb(item.size ?? 0)}, over the ${mb(settings.maxFileBytes)} limit`,
        },
      };
    }
    const bytes = await download(driveId, item, signal);
    const extracted = await extractFileText(bytes, name, item.file?.mimeType);
    if (!extracted.ok) return { skipped: { externalId, title: name, reason: extracted.reason } };
    return {
      doc: {
        externalId,
        title: titleOf(name),
        url: item.webUrl ?? null,
        companyName: settings.companyByDrive[driveId] ?? null,
        folder: folderOf(item),
        updatedAt: item.lastModifiedDateTime ? new Date(item.lastModifiedDateTime) : null,
        text: extracted.text,
      },
    };
  }

  return {
    async testConnection(): Promise<ConnectionTestResult> {
      try {
        await tokens.token();
        const drives = await drivesToSync();
        if (drives.length === 0) return { ok: false, reason: 'Choose at least one drive or site to sync.' };
        for (const driveId of drives)
          await http.getJson({
            target: `/drives/${encodeURIComponent(driveId)}`,
            purpose: `reading drive ${driveId}`,
          });
        return {
          ok: true,
          detail: `Connected to Microsoft Graph: ${drives.length} document ${drives.length === 1 ? 'library' : 'libraries'} readable.`,
        };
      } catch (error) {
        if (error instanceof KbConnectorError) return { ok: false, reason: error.message };
        throw error;
      }
    },

    async sync({ cursor: raw, signal, onBatch }: SyncRequest): Promise<void> {
      const cursor = readCursor(raw);
      const drives = await drivesToSync(signal);
      // Drives no longer chosen: forget their position and their documents.
      for (const stale of Object.keys(cursor.drives).filter((id) => !drives.includes(id))) {
        delete cursor.drives[stale];
        await onBatch({
          upserts: [],
          deletions: [],
          reconcile: { scopePrefix: `${stale}/`, keep: [] },
          cursor: { ...cursor },
        });
      }
      for (const driveId of drives) {
        let state: DriveCursor = cursor.drives[driveId] ?? { full: true, seen: [] };
        for (;;) {
          throwIfAborted(signal);
          const link =
            state.nextLink ?? state.deltaLink ?? `/drives/${encodeURIComponent(driveId)}/root/delta`;
          const answer = await http.get({
            target: link,
            purpose: `reading changes of drive ${driveId}`,
            signal,
            accept: [410],
          });
          if (answer.status === 410) {
            // resyncChangesApplyDifferences: enumerate again (Location names where) and reconcile at the end.
            const restart = answer.headers.get('location') ?? undefined;
            runtime.logger?.warn({ driveId }, 'Graph delta token expired (410); resyncing the drive');
            state = { full: true, seen: [], ...(restart ? { nextLink: restart } : {}) };
            cursor.drives[driveId] = state;
            await onBatch({
              upserts: [],
              deletions: [],
              cursor: { ...cursor, drives: { ...cursor.drives } },
            });
            continue;
          }
          const page = answer.json as DeltaPage | undefined;
          if (!page || !Array.isArray(page.value))
            throw new KbConnectorError(
              'bad_response',
              `Microsoft Graph sent a delta page without "value" for drive ${driveId}.`,
            );
          const upserts: SourceDocument[] = [];
          const deletions: string[] = [];
          const skipped: SkippedItem[] = [];
          for (const item of page.value) {
            if (item.deleted) {
              deletions.push(graphExternalId(driveId, item.id));
              continue;
            }
            if (!item.file) continue; // folders and the root
            const outcome = await toDocument(driveId, item, signal);
            if (outcome && 'doc' in outcome) upserts.push(outcome.doc);
            else {
              // Changed into something we do not index (too big, renamed to .xlsx): drop the old copy.
              deletions.push(graphExternalId(driveId, item.id));
              if (outcome) skipped.push(outcome.skipped);
            }
          }
          const seen = state.full ? [...(state.seen ?? []), ...upserts.map((d) => d.externalId)] : undefined;
          const next = page['@odata.nextLink'];
          const delta = page['@odata.deltaLink'];
          if (!next && !delta)
            throw new KbConnectorError(
              'bad_response',
              `Microsoft Graph ended a delta page with neither nextLink nor deltaLink for drive ${driveId}.`,
            );
          const reconcile =
            !next && state.full ? { scopePrefix: `${driveId}/`, keep: seen ?? [] } : undefined;
          state = next
            ? { nextLink: next, ...(state.full ? { full: true, seen } : {}) }
            : { deltaLink: delta as string };
          cursor.drives[driveId] = state;
          await onBatch({
            upserts,
            deletions,
            skipped,
            ...(reconcile ? { reconcile } : {}),
            cursor: { ...cursor, drives: { ...cursor.drives } },
          });
          if (!next) break;
        }
      }
    },
  };
}
