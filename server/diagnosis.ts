import { createClaudeEngine } from '../core/engine/claude/index.ts';
import { createOfflineEngine } from '../core/engine/offline/index.ts';
import { createFlowComposer } from '../core/flows/compose-flow.ts';
import { createIndexedKnowledgeSource } from '../core/kb/index/index.ts';
import { createPassageReranker, type PassageReranker } from '../core/kb/rerank/index.ts';
import { createConnectWiseProvider } from '../core/psa/connectwise/index.ts';
import type { PsaDeps } from '../core/psa/index.ts';
import { createScriptExtractor } from '../core/scripts/index.ts';
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
 * Knowledge: the account's indexed KB (IT Glue, Hudu, SharePoint, and for the demo account the
 * built-in demo articles, indexed at seed time), ranked by the same `searchKnowledge` that serves
 * POST /api/v1/kb/search and the Knowledge page, and
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
  return {
    engine,
    knowledge: createIndexedKnowledgeSource(),
    // Reranked after the merge of a turn's queries: the model judges all candidates side by side, once.
    ...(reranker ? { reranker } : {}),
    // Match-or-build's KB build: the turn model writes the flow; past the budget, the offline build.
    ...(env.ANTHROPIC_API_KEY
      ? {
          flowComposer: createFlowComposer({
            apiKey: env.ANTHROPIC_API_KEY,
            ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
            model: env.ANTHROPIC_MODEL,
            budgetMs: env.FLOW_COMPOSE_BUDGET_MS,
            logger: logger.child({ component: 'flow-compose' }),
          }),
          // Script templates from fixes: one strict tool call, same budget as a flow compose.
          scriptExtractor: createScriptExtractor({
            apiKey: env.ANTHROPIC_API_KEY,
            ...(env.ANTHROPIC_BASE_URL ? { baseURL: env.ANTHROPIC_BASE_URL } : {}),
            model: env.ANTHROPIC_MODEL,
            budgetMs: env.FLOW_COMPOSE_BUDGET_MS,
            logger: logger.child({ component: 'script-extract' }),
          }),
        }
      : {}),
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
