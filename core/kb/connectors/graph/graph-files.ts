/**
 * One SharePoint/OneDrive file turned into a document: size limit, download (the 302 from
 * `/content` is followed WITHOUT our bearer token: the location is pre-authenticated), text
 * extraction, its folder (see graph-folders.ts) and the client that folder decides.
 */
import { extractFileText, fileKind } from '../../extract/extract-file.ts';
import type { SourceDocument } from '../../index/types.ts';
import type { ApiClient } from '../http.ts';
import { KbConnectorError, type SkippedItem } from '../types.ts';
import {
  type CompanyRules,
  companyForFile,
  type FolderTree,
  folderPathOf,
  pathFromReference,
} from './graph-folders.ts';

export interface DriveItem {
  id: string;
  name?: string;
  size?: number;
  webUrl?: string;
  lastModifiedDateTime?: string;
  file?: { mimeType?: string };
  folder?: unknown;
  root?: unknown;
  deleted?: unknown;
  parentReference?: { id?: string; path?: string };
}

export const graphExternalId = (driveId: string, itemId: string) => `${driveId}/${itemId}`;

const titleOf = (name: string) => name.replace(/\.[A-Za-z0-9]+$/, '') || name;

export function createFileReader(
  http: ApiClient,
  settings: CompanyRules & { graphBaseUrl: string; maxFileBytes: number },
) {
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

  /** A file's folder: its parent chain in the tree; an unknown parent is read once (that answer has a path). */
  async function folderOf(driveId: string, item: DriveItem, tree: FolderTree, signal?: AbortSignal) {
    const known = folderPathOf(tree, item.parentReference?.id);
    if (known !== undefined) return known;
    if (item.parentReference?.path) return pathFromReference(item.parentReference.path);
    const parentId = item.parentReference?.id;
    if (!parentId) return null;
    const parent = await http.getJson<DriveItem>({
      target: `/drives/${encodeURIComponent(driveId)}/items/${encodeURIComponent(parentId)}`,
      purpose: `reading the folder of ${item.name ?? item.id}`,
      signal,
    });
    if (parent.root !== undefined) return null;
    const above = pathFromReference(parent.parentReference?.path);
    return [above, parent.name].filter(Boolean).join('/') || null;
  }

  async function toDocument(
    driveId: string,
    item: DriveItem,
    tree: FolderTree,
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
    const folder = await folderOf(driveId, item, tree, signal);
    return {
      doc: {
        externalId,
        title: titleOf(name),
        url: item.webUrl ?? null,
        companyName: companyForFile(settings, driveId, folder),
        folder,
        updatedAt: item.lastModifiedDateTime ? new Date(item.lastModifiedDateTime) : null,
        text: extracted.text,
      },
    };
  }

  return { toDocument };
}
