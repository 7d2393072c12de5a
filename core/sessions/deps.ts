import type { DiagnosisEngine, NoteSections } from '../engine/types.ts';
import type { FlowComposer } from '../flows/compose-flow.ts';
import type { KnowledgeSource } from '../kb/knowledge.ts';
import type { PassageReranker } from '../kb/rerank/index.ts';
import type { PsaDeps } from '../psa/connection.ts';
import type { WindowLimiter } from '../rate-limits/index.ts';
import type { Logger } from '../shared/logger.ts';
import { LruCache } from '../shared/lru.ts';

export interface CachedPreview {
  sections: NoteSections;
  engine: 'claude' | 'offline';
}

/** Previews keyed by (kind, session, state_version): any change to the session misses by construction. */
export type PreviewCache = LruCache<string, CachedPreview>;

export function createPreviewCache(capacity = 500): PreviewCache {
  return new LruCache(capacity);
}

/** What the diagnosis verbs need beyond the tenant context; built once per process. */
export interface DiagnosisDeps {
  engine: DiagnosisEngine;
  knowledge: KnowledgeSource;
  /**
   * With a model configured: reorders (or empties) the turn's merged lexical candidates in one call.
   * Applied once per turn after the per-query results are merged, never per query.
   */
  reranker?: PassageReranker;
  /** With a model configured: match-or-build composes KB-built flows with it (else the offline build). */
  flowComposer?: FlowComposer;
  previewCache: PreviewCache;
  logger: Logger;
  /** How to reach the account's PSA; absent = notes stay local. */
  psa?: PsaDeps;
  /** Called after a commit that queued PSA writes, so delivery starts now rather than at the next sweep. */
  onTicketWritesQueued?: (accountId: string, sessionId: string) => void;
  /** Called after the L1 queue changed (a walk-in, a Start): PSA creation starts and queue views refresh. */
  onQueueChanged?: (accountId: string) => void;
  /**
   * Assistant turns per person per minute, shared by every process (Slack, Teams, the web console
   * alike); past it a turn is refused with `rate_limited` before anything is saved or the model runs.
   */
  turnLimit?: { limiter: WindowLimiter; perUserPerMinute: number };
}
