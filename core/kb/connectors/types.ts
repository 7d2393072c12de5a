/**
 * The one contract every knowledge source implements (IT Glue, Hudu, SharePoint/OneDrive). A
 * connector fetches and extracts; it never touches the database. The sync runner (core/kb/sync)
 * commits each page it hands over — documents, deletions and the cursor together — so a crash
 * resumes from the last committed page instead of starting over.
 */
import type { Logger } from '../../shared/logger.ts';
import type { SourceDocument } from '../index/types.ts';

/** A connector's own incremental position (updated-since window, Graph delta links). JSON only. */
export type ConnectorCursor = Record<string, unknown>;

/** A file or record the connector saw but did not index, with the reason shown to the admin. */
export interface SkippedItem {
  externalId: string;
  title: string;
  reason: string;
}

/**
 * A full listing in progress: every document it hands over is stamped `last_seen_at = startedAt`,
 * and its last page (`complete`) removes, within `scopePrefix` (every document of the connector
 * when null), whatever still carries an older stamp — gone at the source. That is how deletions
 * are found for sources without a change feed (IT Glue, Hudu) and after a Graph 410 resync. A
 * listing interrupted by a crash resumes with the same `startedAt`, so what it listed before the
 * crash stays stamped.
 */
export interface ListingMark {
  startedAt: string;
  scopePrefix: string | null;
  complete: boolean;
}

/** One committed step of a sync. */
export interface SyncPage {
  upserts: SourceDocument[];
  /** External ids deleted or archived at the source. */
  deletions: string[];
  listing?: ListingMark;
  /**
   * The external-id prefixes the connector still owns (Graph: one per chosen drive). Documents
   * under none of them are removed — a drive or site taken out of the settings leaves the index.
   */
  retainPrefixes?: string[];
  skipped?: SkippedItem[];
  /** Position after this page; the runner stores it in the same transaction as the documents. */
  cursor: ConnectorCursor;
}

export interface SyncRequest {
  /** Where the last committed page left off; null on the first sync (full listing). */
  cursor: ConnectorCursor | null;
  /** When this run started (ISO), the stamp a listing begun in this run uses. Strictly increases run to run. */
  startedAt: string;
  signal?: AbortSignal;
  /** Commits one page; the connector waits for it before fetching the next. */
  onBatch(page: SyncPage): Promise<void>;
}

export type ConnectionTestResult = { ok: true; detail: string } | { ok: false; reason: string };

export interface KbConnector {
  /** A cheap authenticated call; on failure a reason a person can act on (never a secret). */
  testConnection(): Promise<ConnectionTestResult>;
  /** Pages from `cursor` to the source's present, calling `onBatch` once per page. */
  sync(request: SyncRequest): Promise<void>;
}

/** Why a connector call failed, in the words the admin sees as the connector's last error. */
export type KbConnectorErrorKind =
  | 'auth'
  | 'not_found'
  | 'rate_limited'
  | 'unavailable'
  | 'timeout'
  | 'bad_response'
  | 'config'
  | 'aborted';

/** Every connector failure. Messages are written for the admin and never carry credentials. */
export class KbConnectorError extends Error {
  readonly kind: KbConnectorErrorKind;

  constructor(kind: KbConnectorErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KbConnectorError';
    this.kind = kind;
  }
}

/** Outside effects a connector uses, injectable so tests run real HTTP with short waits. */
export interface ConnectorRuntime {
  fetch: typeof fetch;
  /** Waits between retries; rejects when `signal` aborts. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Wall clock for updated-since windows (tests pass the simulator's clock). */
  now: () => number;
  logger: Logger | undefined;
  timeoutMs: number;
  /** Retries of one request after 429/5xx/network failures. */
  maxRetries: number;
  /** A `Retry-After` longer than this fails the sync instead (the next scheduled sync retries). */
  maxWaitMs: number;
}

export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new KbConnectorError('aborted', 'The sync was cancelled.'));
      return;
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new KbConnectorError('aborted', 'The sync was cancelled.'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function defaultRuntime(overrides: Partial<ConnectorRuntime> = {}): ConnectorRuntime {
  return {
    fetch: globalThis.fetch,
    sleep: abortableSleep,
    now: Date.now,
    logger: undefined,
    timeoutMs: 30_000,
    maxRetries: 4,
    maxWaitMs: 120_000,
    ...overrides,
  };
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new KbConnectorError('aborted', 'The sync was cancelled.');
}
