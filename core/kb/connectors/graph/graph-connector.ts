/**
 * SharePoint / OneDrive through Microsoft Graph, app-only. Per chosen drive we follow
 * `/drives/{id}/root/delta`: pages chained by `@odata.nextLink`, ending in an `@odata.deltaLink`
 * that we keep per drive and replay next time for just the changes
 * (https://learn.microsoft.com/graph/api/driveitem-delta). Deleted items carry the `deleted` facet.
 * A `410 Gone` means the token can no longer be served: we enumerate that drive again from scratch
 * and, at the end, remove whatever the fresh listing no longer has. Delta items carry no folder
 * path, so folders are tracked by id (graph-folders.ts); folders can decide the client. Drives no
 * longer chosen (settings edited, site removed) lose their documents at the next sync. File bytes come from
 * `/items/{id}/content`, a `302` to a short-lived pre-authenticated URL that we fetch WITHOUT our
 * bearer token. Throttling (429/503 + Retry-After) is handled by the shared transport.
 *
 * Permissions (application, admin-consented): `Sites.Selected` with a per-site `read` grant is the
 * least privilege and preferred; `Files.Read.All` or `Sites.Read.All` work but read every site.
 */
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
import { createFileReader, type DriveItem, graphExternalId } from './graph-files.ts';
import { type CompanyRules, type FolderTree, foldersDecideCompany } from './graph-folders.ts';

export { graphExternalId } from './graph-files.ts';

import { createTokenSource } from './token.ts';

export const GRAPH_LOGIN_BASE_URL = 'https://login.microsoftonline.com';
export const GRAPH_BASE_URL = 'https://graph.microsoft.com/v1.0';
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export interface GraphSettings extends CompanyRules {
  tenantId: string;
  clientId: string;
  driveIds: string[];
  /** Sites whose document libraries are all synced (resolved to drives at each run). */
  siteIds: string[];
  loginBaseUrl: string;
  graphBaseUrl: string;
  maxFileBytes: number;
}

interface DeltaPage {
  value?: DriveItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/**
 * Per-drive position. `full` marks an enumeration from scratch (stamped `listedSince`) whose end
 * removes what it did not see in the drive.
 */
export interface DriveCursor {
  deltaLink?: string;
  nextLink?: string;
  full?: boolean;
  listedSince?: string;
  folders?: FolderTree;
  /** A folder that decides a client was renamed or moved: enumerate the drive again after this round. */
  refolder?: boolean;
}

export interface GraphCursor {
  drives: Record<string, DriveCursor>;
}

function readCursor(raw: ConnectorCursor | null): GraphCursor {
  const drives = (raw as Partial<GraphCursor> | null)?.drives;
  return { drives: drives && typeof drives === 'object' ? { ...drives } : {} };
}

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
    unreachableHint: 'that this server can reach Microsoft Graph (graph.microsoft.com)',
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
      // The admin's part of a Graph URL is the site and drive ids (the endpoints are Microsoft's).
      if (status === 404)
        return new KbConnectorError(
          'not_found',
          `Microsoft Graph answered 404 while ${purpose}${detail ? ` (${detail})` : ''}: check the connector's site ids (one per line, like contoso.sharepoint.com,<guid>,<guid>) and drive ids.`,
        );
      return describeStatus('Microsoft Graph', status, detail, purpose);
    },
  });
  const { toDocument } = createFileReader(http, settings);

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

    async sync({ cursor: raw, startedAt, signal, onBatch }: SyncRequest): Promise<void> {
      const cursor = readCursor(raw);
      const drives = await drivesToSync(signal);
      // Drives no longer chosen (also after a settings change reset the cursor): forget their
      // position, and let only the chosen drives keep documents.
      for (const stale of Object.keys(cursor.drives).filter((id) => !drives.includes(id)))
        delete cursor.drives[stale];
      await onBatch({
        upserts: [],
        deletions: [],
        retainPrefixes: drives.map((id) => `${id}/`),
        cursor: { ...cursor, drives: { ...cursor.drives } },
      });
      const fresh = (folders: FolderTree | undefined, nextLink?: string): DriveCursor => ({
        full: true,
        listedSince: startedAt,
        ...(folders ? { folders } : {}),
        ...(nextLink ? { nextLink } : {}),
      });
      for (const driveId of drives) {
        let state: DriveCursor = cursor.drives[driveId] ?? fresh(undefined);
        // A full enumeration begun before listings were stamped (no `listedSince`) finishes
        // without removing anything; the next 410 or settings change re-lists the drive.
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
            runtime.logger?.warn({ driveId }, 'Graph delta token expired (410); resyncing the drive');
            state = fresh(state.folders, answer.headers.get('location') ?? undefined);
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
          const tree: FolderTree = { ...(state.folders ?? {}) };
          let refolder = state.refolder === true;
          const upserts: SourceDocument[] = [];
          const deletions: string[] = [];
          const skipped: SkippedItem[] = [];
          for (const item of page.value) {
            if (item.deleted) {
              delete tree[item.id];
              deletions.push(graphExternalId(driveId, item.id));
              continue;
            }
            if (item.root !== undefined || item.folder !== undefined) {
              const entry: [string, string | null] = [
                item.root !== undefined ? '' : (item.name ?? item.id),
                item.root !== undefined ? null : (item.parentReference?.id ?? null),
              ];
              const before = tree[item.id];
              if (before && !state.full && (before[0] !== entry[0] || before[1] !== entry[1]))
                refolder ||= foldersDecideCompany(settings, driveId);
              tree[item.id] = entry;
              continue;
            }
            if (!item.file) continue;
            const outcome = await toDocument(driveId, item, tree, signal);
            if (outcome && 'doc' in outcome) upserts.push(outcome.doc);
            else {
              // Changed into something we do not index (too big, renamed to .xlsx): drop the old copy.
              deletions.push(graphExternalId(driveId, item.id));
              if (outcome) skipped.push(outcome.skipped);
            }
          }
          const next = page['@odata.nextLink'];
          const delta = page['@odata.deltaLink'];
          if (!next && !delta)
            throw new KbConnectorError(
              'bad_response',
              `Microsoft Graph ended a delta page with neither nextLink nor deltaLink for drive ${driveId}.`,
            );
          const listing =
            state.full && state.listedSince
              ? { startedAt: state.listedSince, scopePrefix: `${driveId}/`, complete: !next }
              : undefined;
          if (next)
            state = {
              nextLink: next,
              folders: tree,
              ...(state.full ? { full: true } : {}),
              ...(state.listedSince ? { listedSince: state.listedSince } : {}),
              ...(refolder ? { refolder } : {}),
            };
          else if (refolder) {
            // Descendants of a renamed client folder were not reported: read the drive again, now.
            runtime.logger?.info({ driveId }, 'a client folder was renamed or moved; re-reading the drive');
            state = fresh(tree);
          } else state = { deltaLink: delta as string, folders: tree };
          cursor.drives[driveId] = state;
          await onBatch({
            upserts,
            deletions,
            skipped,
            ...(listing ? { listing } : {}),
            cursor: { ...cursor, drives: { ...cursor.drives } },
          });
          if (!next && !refolder) break;
        }
      }
    },
  };
}
