/**
 * Model reranking of lexical knowledge search (issue 18, item 4) — the public face of this folder.
 * Used only when an Anthropic API key is configured; without one, search order is lexical.
 */
export { MAX_CANDIDATES, RANK_TOOL, RERANK_INSTRUCTIONS } from './prompt.ts';
export {
  createPassageReranker,
  type PassageReranker,
  type RerankerOptions,
  type RerankFallback,
  type RerankOutcome,
} from './rerank.ts';
export { searchKnowledgeReranked } from './reranked-search.ts';
