import type { Message } from '@anthropic-ai/sdk/resources/messages';
import { createToolCaller, type ToolCallFallback, ToolReplyRefused } from '../../engine/claude/tool-call.ts';
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
export type RerankFallback = Exclude<ToolCallFallback, 'invalid_reply'>;

export type RerankOutcome =
  | { rankedBy: 'model'; passages: KnowledgePassage[] }
  | { rankedBy: 'lexical'; passages: KnowledgePassage[]; fallback?: RerankFallback };

export interface PassageReranker {
  /** How many lexical passages callers should fetch for one rerank call. */
  readonly candidates: number;
  /**
   * The passages that answer the ticket, best first — possibly none — or, when the model is slow,
   * failing or unintelligible, the lexical answer: the passages in their order, or none when
   * `answerable` is false (the lexical search's own verdict on them; unset: answerable). The model
   * judges candidates the lexical search would decline, so its absence must not turn them into
   * answers. Never throws for model trouble.
   */
  rerank(input: {
    text: string;
    passages: readonly KnowledgePassage[];
    answerable?: boolean;
  }): Promise<RerankOutcome>;
}

/** The chosen candidates in the model's order; unknown and repeated labels are ignored. */
function chosenPassages(message: Message, passages: readonly KnowledgePassage[]): KnowledgePassage[] {
  const call = message.content.find((block) => block.type === 'tool_use' && block.name === RANK_TOOL_NAME);
  if (call?.type !== 'tool_use') throw new ToolReplyRefused('malformed_reply', 'no rank_passages call');
  const parsed = RankToolInput.safeParse(call.input);
  if (!parsed.success)
    throw new ToolReplyRefused('malformed_reply', 'rank_passages input does not match its schema');
  const byLabel = new Map(passages.map((passage, i) => [passageLabel(i), passage]));
  const chosen = new Set<KnowledgePassage>();
  for (const id of parsed.data.passage_ids) {
    const passage = byLabel.get(id.trim().toUpperCase());
    if (passage) chosen.add(passage);
  }
  // Labels, but none of ours: that is not a considered "none", so the lexical order stands.
  if (chosen.size === 0 && parsed.data.passage_ids.length > 0) {
    throw new ToolReplyRefused('malformed_reply', 'rank_passages named no candidate');
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
  const candidates = Math.min(MAX_CANDIDATES, Math.max(1, Math.floor(options.candidates)));
  const caller = createToolCaller<{ text: string; passages: readonly KnowledgePassage[] }>({
    ...options,
    label: 'kb rerank',
    fallbackDescription: 'kept the lexical order',
    build: ({ text, passages }, forceTool) =>
      buildRerankRequest(text, passages, { model: options.model, forceTool }),
  });
  return {
    candidates,
    async rerank({ text, passages, answerable = true }) {
      const pool = passages.slice(0, candidates);
      // Nothing to choose between: lexical search found nothing.
      if (pool.length === 0) return { rankedBy: 'lexical', passages: [] };
      const result = await caller.run({ text, passages: pool }, (message) => chosenPassages(message, pool));
      if (!result.ok) {
        // Rerank replies are never held to feature rules beyond their shape.
        const fallback = result.fallback === 'invalid_reply' ? 'malformed_reply' : result.fallback;
        return { rankedBy: 'lexical', passages: answerable ? [...passages] : [], fallback };
      }
      options.logger.debug(
        {
          model: result.message.model,
          candidates: pool.length,
          chosen: result.value.length,
          elapsedMs: result.elapsedMs,
          cacheReadInputTokens: result.message.usage.cache_read_input_tokens ?? 0,
        },
        'kb rerank',
      );
      return { rankedBy: 'model', passages: result.value };
    },
  };
}
