/**
 * In-memory SharePoint content of the Graph simulator: sites, document libraries (drives) and drive
 * items, with a simulator-wide change sequence (`seq`) that delta tokens remember a position in.
 * Deleted items stay as tombstones so an incremental delta can report them with the `deleted` facet.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type {
  GraphDrive,
  GraphDriveItem,
  GraphSimulatorState,
  GraphSite,
  SimClock,
  StoredItem,
} from './types.ts';

const TENANT_HOST = 'contoso.sharepoint.com';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A Graph-looking drive item id: `01` + 32 base32 characters. */
function newItemId(): string {
  return `01${[...randomBytes(32)].map((b) => BASE32[b % 32]).join('')}`;
}

function splitPath(path: string): string[] {
  return path.split('/').filter((part) => part !== '');
}

export class GraphStore {
  readonly data: GraphSimulatorState = { sites: new Map(), drives: new Map(), items: new Map() };
  private seq = 0;

  constructor(private readonly clock: SimClock) {}

  get currentSeq(): number {
    return this.seq;
  }

  clear(): void {
    this.data.sites.clear();
    this.data.drives.clear();
    this.data.items.clear();
  }

  addSite(site: { name: string; displayName?: string; id?: string }): GraphSite {
    const id = site.id ?? `${TENANT_HOST},${randomUUID()},${randomUUID()}`;
    if (this.data.sites.has(id)) throw new Error(`addSite: site ${id} exists`);
    const now = this.clock.iso();
    const created: GraphSite = {
      id,
      name: site.name,
      displayName: site.displayName ?? site.name,
      webUrl: `https://${TENANT_HOST}/sites/${encodeURIComponent(site.name)}`,
      createdDateTime: now,
      lastModifiedDateTime: now,
    };
    this.data.sites.set(id, created);
    return created;
  }

  addDrive(siteId: string, drive: { name: string; description?: string; id?: string }): GraphDrive {
    const site = this.data.sites.get(siteId);
    if (!site) throw new Error(`addDrive: no site ${siteId}`);
    const id = drive.id ?? `b!${randomBytes(48).toString('base64url')}`;
    if (this.data.drives.has(id)) throw new Error(`addDrive: drive ${id} exists`);
    const now = this.clock.iso();
    const created: GraphDrive = {
      id,
      name: drive.name,
      description: drive.description ?? '',
      driveType: 'documentLibrary',
      webUrl: `${site.webUrl}/${encodeURIComponent(drive.name)}`,
      createdDateTime: now,
      lastModifiedDateTime: now,
      siteId,
    };
    this.data.drives.set(id, created);
    this.insert(id, 'root', undefined, 'root', Buffer.alloc(0), '');
    return created;
  }

  private insert(
    driveId: string,
    name: string,
    parentId: string | undefined,
    kind: StoredItem['kind'],
    bytes: Buffer,
    mimeType: string,
  ): StoredItem {
    const now = this.clock.iso();
    const item: StoredItem = {
      id: newItemId(),
      driveId,
      name,
      parentId,
      kind,
      bytes,
      mimeType,
      createdDateTime: now,
      lastModifiedDateTime: now,
      version: 1,
      seq: ++this.seq,
      deleted: false,
    };
    this.data.items.set(item.id, item);
    return item;
  }

  private drive(driveId: string): GraphDrive {
    const drive = this.data.drives.get(driveId);
    if (!drive) throw new Error(`no drive ${driveId}`);
    return drive;
  }

  root(driveId: string): StoredItem {
    this.drive(driveId);
    for (const item of this.data.items.values())
      if (item.driveId === driveId && item.kind === 'root') return item;
    throw new Error(`drive ${driveId} has no root`);
  }

  children(parentId: string): StoredItem[] {
    return [...this.data.items.values()].filter((item) => item.parentId === parentId && !item.deleted);
  }

  private child(parentId: string, name: string): StoredItem | undefined {
    const lower = name.toLowerCase(); // SharePoint names are case-insensitive
    return this.children(parentId).find((item) => item.name.toLowerCase() === lower);
  }

  /** A live item by id or by path from the drive root (`''`/`/` is the root). */
  find(driveId: string, pathOrId: string): StoredItem | undefined {
    const byId = this.data.items.get(pathOrId);
    if (byId) return byId.driveId === driveId && !byId.deleted ? byId : undefined;
    let current: StoredItem | undefined = this.root(driveId);
    for (const part of splitPath(pathOrId)) {
      current = current ? this.child(current.id, part) : undefined;
      if (!current) return undefined;
    }
    return current;
  }

  private ensureFolder(driveId: string, parts: string[]): StoredItem {
    let current = this.root(driveId);
    for (const part of parts) {
      const existing = this.child(current.id, part);
      if (existing && existing.kind === 'file') throw new Error(`'${part}' is a file, not a folder`);
      current = existing ?? this.insert(driveId, part, current.id, 'folder', Buffer.alloc(0), '');
    }
    return current;
  }

  addFolder(driveId: string, path: string): StoredItem {
    return this.ensureFolder(driveId, splitPath(path));
  }

  addFile(driveId: string, path: string, bytes: Buffer, mimeType: string): StoredItem {
    const parts = splitPath(path);
    const name = parts.pop();
    if (!name) throw new Error('addFile: empty path');
    const parent = this.ensureFolder(driveId, parts);
    if (this.child(parent.id, name)) throw new Error(`addFile: ${path} exists (use modifyFile)`);
    return this.insert(driveId, name, parent.id, 'file', bytes, mimeType);
  }

  modifyFile(driveId: string, pathOrId: string, bytes: Buffer, mimeType?: string): StoredItem {
    const item = this.find(driveId, pathOrId);
    if (item?.kind !== 'file') throw new Error(`modifyFile: no file ${pathOrId}`);
    item.bytes = bytes;
    if (mimeType) item.mimeType = mimeType;
    item.version += 1;
    item.lastModifiedDateTime = this.clock.iso();
    item.seq = ++this.seq;
    return item;
  }

  deleteItem(driveId: string, pathOrId: string): void {
    const item = this.find(driveId, pathOrId);
    if (!item || item.kind === 'root') throw new Error(`deleteItem: no item ${pathOrId}`);
    const doomed = [item];
    for (let i = 0; i < doomed.length; i++) doomed.push(...this.children((doomed[i] as StoredItem).id));
    // Children first, so a client applying changes in order empties a folder before deleting it.
    for (const gone of doomed.reverse()) {
      gone.deleted = true;
      gone.lastModifiedDateTime = this.clock.iso();
      gone.seq = ++this.seq;
    }
  }

  renameItem(driveId: string, pathOrId: string, newName: string): StoredItem {
    const item = this.find(driveId, pathOrId);
    if (!item || item.kind === 'root') throw new Error(`renameItem: no item ${pathOrId}`);
    if (item.parentId && this.child(item.parentId, newName)) throw new Error(`renameItem: ${newName} exists`);
    item.name = newName;
    item.lastModifiedDateTime = this.clock.iso();
    item.seq = ++this.seq;
    return item;
  }

  /** `/drives/{id}/root:/a/b` (the parent's path, as in `parentReference.path`). */
  private pathOf(item: StoredItem): string {
    const names: string[] = [];
    let current: StoredItem | undefined = item;
    while (current && current.kind !== 'root') {
      names.unshift(current.name);
      current = current.parentId ? this.data.items.get(current.parentId) : undefined;
    }
    return names.join('/');
  }

  /** Live items of a drive changed after `since` up to `until`, in change order (deleted ones only if `withDeleted`). */
  changes(driveId: string, since: number, until: number, withDeleted: boolean): StoredItem[] {
    return [...this.data.items.values()]
      .filter((i) => i.driveId === driveId && i.seq > since && i.seq <= until && (withDeleted || !i.deleted))
      .sort((a, b) => a.seq - b.seq);
  }

  /** The `driveItem` JSON; `downloadUrl` is added for live files when given. */
  serialize(item: StoredItem, downloadUrl?: string): GraphDriveItem {
    const drive = this.drive(item.driveId);
    const parent = item.parentId ? this.data.items.get(item.parentId) : undefined;
    const parentPath = parent ? this.pathOf(parent) : '';
    const parentReference = {
      driveType: 'documentLibrary' as const,
      driveId: drive.id,
      ...(parent
        ? { id: parent.id, path: `/drives/${drive.id}/root:${parentPath ? `/${parentPath}` : ''}` }
        : {}),
      ...(parent && parent.kind !== 'root' ? { name: parent.name } : {}),
      siteId: drive.siteId,
    };
    if (item.deleted) return { id: item.id, name: item.name, parentReference, deleted: { state: 'deleted' } };
    const path = this.pathOf(item);
    const etagGuid = `{${item.id.slice(2, 10)}-${item.id.slice(10, 14)}-${item.id.slice(14, 18)}-${item.id.slice(18, 22)}-${item.id.slice(22, 34)}}`;
    const base: GraphDriveItem = {
      id: item.id,
      name: item.name,
      eTag: `"${etagGuid},${item.version}"`,
      cTag: `"c:${etagGuid},${item.version}"`,
      createdDateTime: item.createdDateTime,
      lastModifiedDateTime: item.lastModifiedDateTime,
      webUrl: `${drive.webUrl}${path ? `/${path.split('/').map(encodeURIComponent).join('/')}` : ''}`,
      parentReference,
    };
    if (item.kind === 'file') {
      return {
        ...(downloadUrl ? { '@microsoft.graph.downloadUrl': downloadUrl } : {}),
        ...base,
        size: item.bytes.length,
        file: { mimeType: item.mimeType },
      };
    }
    const size = this.subtreeSize(item);
    const folder = { childCount: this.children(item.id).length };
    if (item.kind === 'root') return { ...base, name: 'root', size, folder, root: {} };
    return { ...base, size, folder };
  }

  private subtreeSize(item: StoredItem): number {
    return this.children(item.id).reduce(
      (sum, child) => sum + (child.kind === 'file' ? child.bytes.length : this.subtreeSize(child)),
      0,
    );
  }
}
