/**
 * The updated-since cursor IT Glue and Hudu share. Neither has a change feed, so a sync lists what
 * changed inside a closed time window `[from, until]` and remembers `until` as the next watermark.
 *
 * - `until` is fixed when a run starts and stored with it, so resuming after a crash re-asks the
 *   same question and page N+1 means what it meant before the crash.
 * - `from` is the last watermark minus {@link OVERLAP_MS}, covering clock skew between us and the
 *   service and records committed there while we were listing.
 * - Deleted records simply vanish from these APIs, so every `fullEveryMs` (and on the first sync)
 *   the run is a full listing: the runner stamps what it lists with `listedSince`, and at its end
 *   removes whatever was not stamped (see {@link ListingMark}).
 */
import type { ConnectorCursor, ListingMark } from './types.ts';

export const OVERLAP_MS = 5 * 60_000;

export interface WindowRun {
  full: boolean;
  /** ISO lower bound (inclusive); null on a full listing. */
  from: string | null;
  /** ISO upper bound (inclusive). */
  until: string;
  /** Index into the connector's stage list (IT Glue: one per asset type, then documents). */
  stage: number;
  /** Next page to fetch within the stage (from 1). */
  page: number;
  /** Stage keys planned when the run began (so a resume walks the same list). */
  stages: string[];
  /** A full run's stamp (the sync run it began in); kept across a resume so earlier pages stay seen. */
  listedSince?: string;
}

export interface WindowCursor {
  watermark: string | null;
  lastFullAt: string | null;
  run: WindowRun | null;
}

export function readWindowCursor(raw: ConnectorCursor | null): WindowCursor {
  const c = (raw ?? {}) as Partial<WindowCursor>;
  return {
    watermark: typeof c.watermark === 'string' ? c.watermark : null,
    lastFullAt: typeof c.lastFullAt === 'string' ? c.lastFullAt : null,
    run: c.run && typeof c.run === 'object' && Array.isArray(c.run.stages) ? c.run : null,
  };
}

/** Resumes the stored run, or plans a new one (full when due). */
export function startOrResume(
  cursor: WindowCursor,
  now: number,
  fullEveryMs: number,
  stages: string[],
  runStartedAt: string,
): WindowRun {
  if (cursor.run)
    return cursor.run.full
      ? { ...cursor.run, listedSince: cursor.run.listedSince ?? runStartedAt }
      : cursor.run;
  const fullDue =
    cursor.watermark === null ||
    cursor.lastFullAt === null ||
    now - Date.parse(cursor.lastFullAt) >= fullEveryMs;
  return {
    full: fullDue,
    from:
      fullDue || !cursor.watermark ? null : new Date(Date.parse(cursor.watermark) - OVERLAP_MS).toISOString(),
    until: new Date(now).toISOString(),
    stage: 0,
    page: 1,
    stages,
    ...(fullDue ? { listedSince: runStartedAt } : {}),
  };
}

/** The listing mark of a page of a full run (whole connector in scope); undefined for an incremental one. */
export function listingOf(run: WindowRun, complete: boolean): ListingMark | undefined {
  if (!run.full || !run.listedSince) return undefined;
  return { startedAt: run.listedSince, scopePrefix: null, complete };
}

/**
 * `start,end` as Hudu takes it (`updated_at`), or undefined for a full listing: that one is
 * unfiltered, so an edit made while we page cannot move a record out of the listing and get it
 * removed at the listing's end. (IT Glue documents no such filter for what we read; its connector
 * applies the window itself.)
 */
export function rangeParam(run: WindowRun): string | undefined {
  return run.full ? undefined : `${run.from ?? ''},${run.until}`;
}

/** The cursor after the run's last page: watermark moves to `until`, the run is forgotten. */
export function finishedCursor(cursor: WindowCursor, run: WindowRun): WindowCursor {
  return { watermark: run.until, lastFullAt: run.full ? run.until : cursor.lastFullAt, run: null };
}

export function toJson(cursor: WindowCursor): ConnectorCursor {
  return { ...cursor } as unknown as ConnectorCursor;
}

/** `{ listing }` when there is one, for spreading into a page (optional properties stay absent). */
export function withListing(listing: ListingMark | undefined): { listing?: ListingMark } {
  return listing ? { listing } : {};
}
