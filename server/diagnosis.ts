import { createClaudeEngine } from '../core/engine/claude/index.ts';
import { createOfflineEngine } from '../core/engine/offline/index.ts';
import { createDemoKnowledgeSource } from '../core/kb/demo/index.ts';
import { createIndexedKnowledgeSource, mergeKnowledgeSources } from '../core/kb/index/index.ts';
import type { KnowledgeSource } from '../core/kb/knowledge.ts';
import { createPassageReranker, type PassageReranker } from '../core/kb/rerank/index.ts';
import { createConnectWiseProvider } from '../core/psa/connectwise/index.ts';
import type { PsaDeps } from '../core/psa/index.ts';
import { createPreviewCache, type DiagnosisDeps } from '../core/sessions/index.ts';
import type { Logger } from '../core/shared/logger.ts';
import type { Env } from './env.ts';
import type { AppKeys } from './secrets.ts';

/**
 * The model reranker for knowledge search, or null: it needs an API key, and KB_RERANK=false turns
 * it off. One per process, shared by the assistant and `POST /api/v1/kb/search`.
 */
export function createKnowledgeReranker(env: Env, logger: Logger): PassageReranker | null {
  if (!env.ANTHROPIC_API_KEY || !env.KB_RERANK) return null;
  return createPassageReranker({
    apiKey: env.ANTHROPIC_API_KEY,
    ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
    model: env.KB_RERANK_MODEL ?? env.ANTHROPIC_SYNTHESIS_MODEL,
    budgetMs: env.KB_RERANK_BUDGET_MS,
    candidates: env.KB_RERANK_CANDIDATES,
    logger: logger.child({ component: 'kb-rerank' }),
  });
}

/**
 * Claude when ANTHROPIC_API_KEY is set, otherwise the offline engine, so `npm start` needs no key.
 * Knowledge: the account's indexed KB (IT Glue, Hudu, SharePoint), merged with the built-in demo
 * articles outside production (or when DEMO_KNOWLEDGE is set) so the demo keeps its answers, and
 * reranked by the model when a reranker is given (see `createKnowledgeReranker`).
 */
export function createDiagnosisDeps(
  env: Env,
  logger: Logger,
  keys: AppKeys,
  reranker: PassageReranker | null = null,
): DiagnosisDeps {
  const engine = env.ANTHROPIC_API_KEY
    ? createClaudeEngine({
        apiKey: env.ANTHROPIC_API_KEY,
        ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
        models: { turn: env.ANTHROPIC_MODEL, synthesis: env.ANTHROPIC_SYNTHESIS_MODEL },
        maxRetries: env.ANTHROPIC_MAX_RETRIES,
        timeoutMs: env.ANTHROPIC_TIMEOUT_MS,
        logger: logger.child({ component: 'claude' }),
      })
    : createOfflineEngine();
  const demoKnowledge = env.DEMO_KNOWLEDGE ?? env.NODE_ENV !== 'production';
  const lexical: KnowledgeSource = demoKnowledge
    ? mergeKnowledgeSources(createIndexedKnowledgeSource(), createDemoKnowledgeSource())
    : createIndexedKnowledgeSource();
  return {
    engine,
    knowledge: lexical,
    // Reranked after the merge of a turn's queries: the model judges all candidates side by side, once.
    ...(reranker ? { reranker } : {}),
    previewCache: createPreviewCache(env.PREVIEW_CACHE_SIZE),
    logger: logger.child({ component: 'diagnosis' }),
    psa: createPsaDeps(keys, logger),
  };
}

/** PSA access for verbs and jobs: stored credentials are unsealed with APP_SECRET_KEY. */
export function createPsaDeps(keys: AppKeys, logger: Logger): PsaDeps {
  const psaLogger = logger.child({ component: 'connectwise' });
  return {
    sealingKey: keys.secretsAtRest,
    connectWise: (config) => createConnectWiseProvider({ ...config, logger: psaLogger }),
  };
}
