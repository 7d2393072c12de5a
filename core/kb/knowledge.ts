import type { TenantContext } from '../shared/context.ts';
import type { Symptom } from './index/symptoms.ts';

/**
 * The answer probability (a passage's `score` from the indexed search) below which a passage is a
 * lead for an engineer to judge, not something to act on unread: no L1 flow is built from it and the
 * offline assistant files neither its checks nor its fix. On the labelled sets the abstention model
 * is fitted on, 87% of passages at or above 0.3 are the right article (79% at search's own
 * threshold) and 91% of answerable tickets reach it; on the sets held out from the fit, 83% and 87%
 * (docs/knowledge-base.md).
 */
export const ACTIONABLE_SCORE = 0.3;

/** One scored piece of an article, with enough provenance for the assistant to cite it. */
export interface KnowledgePassage {
  documentId: string;
  title: string;
  /** Where the engineer can open it (IT Glue, Hudu, SharePoint …). */
  url: string | null;
  source: string;
  snippet: string;
  /** 0–1; only passages above the source's calibrated threshold are returned. */
  score: number;
  /** Too weak to act on unread (score below ACTIONABLE_SCORE): shown to an engineer as a lead. */
  lead?: boolean;
  /** Structured hints some articles carry: diagnostic checks and a known fix. */
  checks?: string[];
  fix?: { title: string; steps: string[] };
}

export interface KnowledgeQuery {
  text: string;
  /** The ticket's client: documentation for another client is never returned. */
  companyId?: string | null;
  limit?: number;
}

/** Ranked passages with the source's own "no answer" verdict on them, not yet applied. */
export interface KnowledgeCandidates {
  passages: KnowledgePassage[];
  /** The source's own answer: the first passage is likely to answer the ticket. */
  answerable: boolean;
  /**
   * Another client's documentation matches the ticket much better than anything in scope, on a word
   * nothing in scope holds (search.ts OTHER_CLIENT_RATIO): the ticket's client may be wrong. Which
   * client is never said.
   */
  anotherClientMatches?: boolean;
}

/**
 * Where the diagnosis engine gets knowledge for a turn. The KB connectors (IT Glue, Hudu,
 * SharePoint) implement it over the indexed documents; an empty result is an honest "no answer".
 */
export interface KnowledgeSource {
  search(ctx: TenantContext, query: KnowledgeQuery): Promise<KnowledgePassage[]>;
  /**
   * The passages `search` would rank, before its own "no answer" is applied, with that verdict
   * (`answerable`): for a caller whose model judges the candidates. A source without a separate
   * verdict leaves it out, and callers use `search`.
   */
  candidates?(ctx: TenantContext, query: KnowledgeQuery): Promise<KnowledgeCandidates>;
  /**
   * `search` with why there is no answer: another client's documentation matches much better, or
   * the ticket states a symptom the nearest page never speaks of (index/symptoms.ts).
   */
  answer?(
    ctx: TenantContext,
    query: KnowledgeQuery,
  ): Promise<{
    passages: KnowledgePassage[];
    anotherClientMatches: boolean;
    unspokenSymptom?: Symptom | null;
  }>;
}

export const noKnowledge: KnowledgeSource = {
  async search() {
    return [];
  },
};
