/**
 * Wire and handle types of the Microsoft Graph (SharePoint / OneDrive files) simulator. Object shapes
 * follow the Graph v1.0 reference: `site`, `drive`, `driveItem` (with the `file`, `folder`, `root` and
 * `deleted` facets and `parentReference`), https://learn.microsoft.com/graph/api/resources/driveitem.
 */

/** Which part of the simulator a call hit: the Entra ID token endpoint, Graph, or a download URL. */
export type GraphService = 'login' | 'graph' | 'download';

/** App registration the token endpoint accepts (client-credentials grant). */
export interface GraphCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

/** `site` resource (subset). */
export interface GraphSite {
  id: string;
  name: string;
  displayName: string;
  webUrl: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

/** `drive` resource (a document library). */
export interface GraphDrive {
  id: string;
  name: string;
  description: string;
  driveType: 'documentLibrary';
  webUrl: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  siteId: string;
}

/** The simulator's record of one drive item (files, folders and the drive root); deleted items stay as tombstones. */
export interface StoredItem {
  id: string;
  driveId: string;
  name: string;
  /** Parent item id; `undefined` for the drive root. */
  parentId: string | undefined;
  kind: 'root' | 'folder' | 'file';
  bytes: Buffer;
  mimeType: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
  /** Bumped on every content change (used in `eTag`/`cTag`). */
  version: number;
  /** Position in the change log: the simulator-wide sequence number of the item's last change. */
  seq: number;
  deleted: boolean;
}

/** A `driveItem` as Graph serialises it. Deleted items carry only `id`, `name`, `parentReference`, `deleted`. */
export interface GraphDriveItem {
  id: string;
  name?: string;
  eTag?: string;
  cTag?: string;
  createdDateTime?: string;
  lastModifiedDateTime?: string;
  size?: number;
  webUrl?: string;
  parentReference?: {
    driveType: 'documentLibrary';
    driveId: string;
    id?: string;
    name?: string;
    path?: string;
    siteId: string;
  };
  file?: { mimeType: string };
  folder?: { childCount: number };
  root?: Record<string, never>;
  deleted?: { state: 'deleted' };
  '@microsoft.graph.downloadUrl'?: string;
}

/** A delta page: `value` plus exactly one of `@odata.nextLink` / `@odata.deltaLink`. */
export interface GraphDeltaPage {
  '@odata.context'?: string;
  value: GraphDriveItem[];
  '@odata.nextLink'?: string;
  '@odata.deltaLink'?: string;
}

/** Graph's error body: `{ error: { code, message, innerError } }`. */
export interface GraphErrorBody {
  error: { code: string; message: string; innerError?: Record<string, string> };
}

/** Entra ID token endpoint error body. */
export interface TokenErrorBody {
  error: string;
  error_description: string;
  error_codes: number[];
  timestamp: string;
  trace_id: string;
  correlation_id: string;
}

/** Successful client-credentials token response. */
export interface TokenResponse {
  token_type: 'Bearer';
  expires_in: number;
  ext_expires_in: number;
  access_token: string;
}

/** Which calls a fault applies to. `path` is relative to the service prefix (e.g. `/drives/x/root/delta`). */
export interface FaultMatch {
  service?: GraphService;
  method?: string;
  path?: string | RegExp;
}

/** A throttling / outage reply: 429 or 503 with an optional `Retry-After` (seconds). */
export interface GraphFault {
  status: 429 | 503;
  retryAfter?: number;
}

export interface RecordedCall {
  service: GraphService | 'unknown';
  method: string;
  /** Path relative to the service prefix (`/login`, `/graph/v1.0`, `/download`). */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body: string;
  status: number;
  /** Simulator clock (ms since epoch) when the call arrived. */
  receivedAt: number;
}

/** The simulator's controllable clock: frozen unless advanced. */
export interface SimClock {
  now(): number;
  iso(): string;
  advance(ms: number): void;
  set(time: Date | string | number): void;
}

export interface GraphSimulatorOptions {
  port?: number;
  credentials?: GraphCredentials;
  /** Start time of the frozen clock (default: real time at start). */
  startTime?: Date | string | number;
  /** Seed a default site with one document library (default true). */
  seed?: boolean;
  /** Maximum items per delta page (default 200; `$top` may lower it). */
  deltaPageSize?: number;
  /** Access token lifetime in seconds (default 3599, as Entra ID issues). */
  tokenLifetimeSeconds?: number;
  /** Lifetime of pre-authenticated download URLs in seconds (default 300, "a few minutes"). */
  downloadUrlLifetimeSeconds?: number;
  /** Delta tokens older than this (simulator clock) answer 410; default: never by age. */
  deltaTokenMaxAgeSeconds?: number;
}

export interface GraphSimulatorState {
  sites: Map<string, GraphSite>;
  drives: Map<string, GraphDrive>;
  items: Map<string, StoredItem>;
}

export interface GraphSimulator {
  /** Origin, e.g. `http://127.0.0.1:PORT`. */
  url: string;
  /** Entra ID authority host stand-in: token endpoint is `${loginUrl}/{tenant}/oauth2/v2.0/token`. */
  loginUrl: string;
  /** Graph base, stand-in for `https://graph.microsoft.com/v1.0`. */
  graphUrl: string;
  /** The token endpoint for the configured tenant. */
  tokenUrl: string;
  credentials: GraphCredentials;
  clock: SimClock;
  calls: RecordedCall[];
  state: GraphSimulatorState;
  /** The seeded site / drive (`undefined` with `seed: false` until `reset()` of a seeded sim). */
  defaultSiteId: string | undefined;
  defaultDriveId: string | undefined;
  addSite(site: { name: string; displayName?: string; id?: string }): GraphSite;
  addDrive(siteId: string, drive: { name: string; description?: string; id?: string }): GraphDrive;
  /** Creates the folder and any missing ancestors (`a/b/c`); returns the last one. */
  addFolder(driveId: string, path: string): GraphDriveItem;
  /** Creates a file (and missing folders) at `path` with exactly these bytes. */
  addFile(
    driveId: string,
    path: string,
    bytes: Buffer | Uint8Array | string,
    mimeType?: string,
  ): GraphDriveItem;
  /** Replaces a file's bytes (by path or item id); bumps `lastModifiedDateTime`, eTag and its delta position. */
  modifyFile(
    driveId: string,
    pathOrId: string,
    bytes: Buffer | Uint8Array | string,
    mimeType?: string,
  ): GraphDriveItem;
  /** Deletes a file or folder (and everything under it): each becomes a `deleted` tombstone in delta. */
  deleteItem(driveId: string, pathOrId: string): void;
  /**
   * Renames a file or folder in place. Like Graph, delta then reports only that item, never its
   * descendants (whose path changed with it).
   */
  renameItem(driveId: string, pathOrId: string, newName: string): GraphDriveItem;
  /** Looks up a live item by path (`a/b.txt`) or id. */
  getItem(driveId: string, pathOrId: string): GraphDriveItem | undefined;
  /** Every delta token / nextLink issued so far answers 410 Gone (`resyncChangesApplyDifferences`). */
  expireDeltaTokens(): void;
  /** Every access token issued so far is rejected as expired. */
  expireAccessTokens(): void;
  /** The next `times` calls matching `match` answer with `fault` (before authentication). */
  failNext(match: FaultMatch, fault: GraphFault, times?: number): void;
  readonly pendingFaults: number;
  /** A valid bearer token without going through HTTP (for tests of other layers). */
  issueAccessToken(): string;
  reset(): void;
  close(): Promise<void>;
}
