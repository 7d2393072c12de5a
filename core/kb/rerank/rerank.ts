import Anthropic from '@anthropic-ai/sdk';
import type { Message } from '@anthropic-ai/sdk/resources/messages';
import { isForcedToolChoiceRejection } from '../../engine/claude/index.ts';
import type { Logger } from '../../shared/logger.ts';
import type { KnowledgePassage } from '../knowledge.ts';
import { buildRerankRequest, MAX_CANDIDATES, passageLabel, RANK_TOOL_NAME, RankToolInput } from './prompt.ts';

export interface RerankerOptions {
  apiKey: string;
  /** Defaults to the public API. Tests point this at the local simulator. */
  baseURL?: string;
  /** A small, fast model: the synthesis model (Claude Haiku) by default. */
  model: string;
  /** Wall-clock budget for the whole call; past it the lexical order is used. */
  budgetMs: number;
  /** How many lexical passages go to the model (at most 20). */
  candidates: number;
  logger: Logger;
}

/** Why the lexical order was kept. */
export type RerankFallback =
  | 'budget_exceeded'
  | 'rate_limited'
  | 'overloaded'
  | 'api_error'
  | 'connection_error'
  | 'malformed_reply';

export type RerankOutcome =
  | { rankedBy: 'model'; passages: KnowledgePassage[] }
  | { rankedBy: 'lexical'; passages: KnowledgePassage[]; fallback?: RerankFallback };

export interface PassageReranker {
  /** How many lexical passages callers should fetch for one rerank call. */
  readonly candidates: number;
  /**
   * The passages that answer the ticket, best first — possibly none — or the lexical order
   * unchanged when the model is slow, failing or unintelligible. Never throws for model trouble.
   */
  rerank(input: { text: string; passages: readonly KnowledgePassage[] }): Promise<RerankOutcome>;
}

class MalformedReply extends Error {}

/** Maps a failed call to a fallback reason; logged fields are status and ids only, never content. */
function classify(error: unknown, budget: AbortSignal): RerankFallback {
  if (budget.aborted) return 'budget_exceeded';
  if (error instanceof MalformedReply) return 'malformed_reply';
  if (error instanceof Anthropic.APIConnectionError) return 'connection_error';
  if (error instanceof Anthropic.APIError) {
    if (error.status === 429) return 'rate_limited';
    // 529 overloaded_error; the API also reports overload as a 5xx with that type.
    if (error.status === 529 || error.type === 'overloaded_error') return 'overloaded';
  }
  return 'api_error';
}

/** The chosen candidates in the model's order; unknown and repeated labels are ignored. */
function chosenPassages(message: Message, passages: readonly KnowledgePassage[]): KnowledgePassage[] {
  const call = message.content.find((block) => block.type === 'tool_use' && block.name === RANK_TOOL_NAME);
  if (call?.type !== 'tool_use') throw new MalformedReply('no rank_passages call');
  const parsed = RankToolInput.safeParse(call.input);
  if (!parsed.success) throw new MalformedReply('rank_passages input does not match its schema');
  const byLabel = new Map(passages.map((passage, i) => [passageLabel(i), passage]));
  const chosen = new Set<KnowledgePassage>();
  for (const id of parsed.data.passage_ids) {
    const passage = byLabel.get(id.trim().toUpperCase());
    if (passage) chosen.add(passage);
  }
  // Labels, but none of ours: that is not a considered "none", so the lexical order stands.
  if (chosen.size === 0 && parsed.data.passage_ids.length > 0) {
    throw new MalformedReply('rank_passages named no candidate');
  }
  return [...chosen];
}

/**
 * Reranks lexical candidates with one Messages API call (issue 18, item 4). The model sees the
 * redacted ticket and passages and answers through a strict tool with the labels that answer the
 * ticket, best first. The call gets the whole budget and no SDK retries: a retry after a 429 or 529
 * would wait out `retry-after` (a second or more) and blow the budget anyway, and the lexical order
 * is a sound answer on its own.
 */
export function createPassageReranker(options: RerankerOptions): PassageReranker {
  const { logger, model, budgetMs } = options;
  const candidates = Math.min(MAX_CANDIDATES, Math.max(1, Math.floor(options.candidates)));
  // Everything explicit so the SDK never reads ANTHROPIC_* from the environment (env.ts does).
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? 'https://api.anthropic.com',
    maxRetries: 0,
    timeout: budgetMs,
    // Our own warn below says what happened; the SDK's log lines can carry request data.
    logLevel: 'off',
  });
  /** Models that answered a forced `tool_choice` with 400; they get `auto` from then on. */
  let forceTool = true;

  async function call(text: string, passages: readonly KnowledgePassage[], signal: AbortSignal) {
    const request = (force: boolean) => buildRerankRequest(text, passages, { model, forceTool: force });
    try {
      return await client.messages.create(request(forceTool), { signal });
    } catch (error) {
      if (!forceTool || !isForcedToolChoiceRejection(error)) throw error;
      forceTool = false;
      logger.info({ model }, 'kb rerank: model rejects forced tool_choice; using auto');
      return client.messages.create(request(false), { signal });
    }
  }

  return {
    candidates,
    async rerank({ text, passages }) {
      const pool = passages.slice(0, candidates);
      // Nothing to choose between: lexical search already said "no answer".
      if (pool.length === 0) return { rankedBy: 'lexical', passages: [...passages] };
      const started = performance.now();
      const budget = AbortSignal.timeout(budgetMs);
      try {
        const message = await call(text, pool, budget);
        const chosen = chosenPassages(message, pool);
        logger.debug(
          {
            model: message.model,
            candidates: pool.length,
            chosen: chosen.length,
            elapsedMs: Math.round(performance.now() - started),
            cacheReadInputTokens: message.usage.cache_read_input_tokens ?? 0,
          },
          'kb rerank',
        );
        return { rankedBy: 'model', passages: chosen };
      } catch (error) {
        const fallback = classify(error, budget);
        const api = error instanceof Anthropic.APIError ? error : null;
        // Status, type and request id identify the failure for Anthropic support; the ticket text,
        // the passages and the key stay out of the log.
        logger.warn(
          {
            fallback,
            model,
            status: api?.status ?? null,
            errorType: api?.type ?? null,
            requestId: api?.requestID ?? null,
            elapsedMs: Math.round(performance.now() - started),
            budgetMs,
          },
          'kb rerank: kept the lexical order',
        );
        return { rankedBy: 'lexical', passages: [...passages], fallback };
      }
    },
  };
}
