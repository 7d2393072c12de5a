import Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import type { Logger } from '../../shared/logger.ts';
import { isForcedToolChoiceRejection } from './errors.ts';

/**
 * Why a one-tool-call feature fell back to its non-model answer. Logged with ids and status only,
 * never with the ticket, the passages or the model's words.
 */
export type ToolCallFallback =
  | 'budget_exceeded'
  | 'rate_limited'
  | 'overloaded'
  | 'api_error'
  | 'connection_error'
  | 'malformed_reply'
  /** The reply parsed but broke a rule of the feature (e.g. a flow graph with a dead end). */
  | 'invalid_reply';

/** Thrown by a reply interpreter: the model answered, but not with something usable. */
export class ToolReplyRefused extends Error {
  constructor(
    readonly fallback: 'malformed_reply' | 'invalid_reply',
    /** Which check failed, for the log (e.g. `unknown_cite`, `shape`). */
    readonly rule: string,
  ) {
    super(rule);
  }
}

export interface ToolCallerOptions<P> {
  apiKey: string;
  /** Defaults to the public API. Tests point this at the local simulator. */
  baseURL?: string;
  model: string;
  /** Wall-clock budget for the whole call, interpretation included. */
  budgetMs: number;
  logger: Logger;
  /** Prefix of the log lines, e.g. `kb rerank`. */
  label: string;
  /** What the fallback is, for the warning: `kept the lexical order`. */
  fallbackDescription: string;
  /** The request, with `tool_choice` forced to the feature's tool or left to the model. */
  build(params: P, forceTool: boolean): MessageCreateParamsNonStreaming;
}

export type ToolCallResult<T> =
  | { ok: true; value: T; message: Message; elapsedMs: number }
  | { ok: false; fallback: ToolCallFallback; elapsedMs: number };

export interface ToolCaller<P> {
  /**
   * One Messages call, its reply turned into a value by `interpret`, or the reason to fall back.
   * Never throws for model trouble.
   */
  run<T>(params: P, interpret: (message: Message) => T): Promise<ToolCallResult<T>>;
}

function classify(error: unknown, budget: AbortSignal): ToolCallFallback {
  if (budget.aborted) return 'budget_exceeded';
  if (error instanceof ToolReplyRefused) return error.fallback;
  if (error instanceof Anthropic.APIConnectionError) return 'connection_error';
  if (error instanceof Anthropic.APIError) {
    if (error.status === 429) return 'rate_limited';
    // 529 overloaded_error; the API also reports overload as a 5xx with that type.
    if (error.status === 529 || error.type === 'overloaded_error') return 'overloaded';
  }
  return 'api_error';
}

/**
 * The shape every "ask the model for one structured answer" feature shares (knowledge rerank, flow
 * composing, script drafting): a strict tool the model is forced to call, one call under a budget,
 * and a sound non-model answer when the call is slow, failing or unusable. No SDK retries: a retry
 * after a 429 or 529 waits out `retry-after` and blows the budget anyway.
 */
export function createToolCaller<P>(options: ToolCallerOptions<P>): ToolCaller<P> {
  const { logger, model, budgetMs, label } = options;
  // Everything explicit so the SDK never reads ANTHROPIC_* from the environment (env.ts does).
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? 'https://api.anthropic.com',
    maxRetries: 0,
    timeout: budgetMs,
    // Our own warning says what happened; the SDK's log lines can carry request data.
    logLevel: 'off',
  });
  /** Models that answered a forced `tool_choice` with 400 get `auto` from then on. */
  let forceTool = true;

  async function call(params: P, signal: AbortSignal): Promise<Message> {
    try {
      return await client.messages.create(options.build(params, forceTool), { signal });
    } catch (error) {
      if (!forceTool || !isForcedToolChoiceRejection(error)) throw error;
      forceTool = false;
      logger.info({ model }, `${label}: model rejects forced tool_choice; using auto`);
      return client.messages.create(options.build(params, false), { signal });
    }
  }

  return {
    async run(params, interpret) {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const budget = AbortSignal.timeout(budgetMs);
      try {
        const message = await call(params, budget);
        return { ok: true, value: interpret(message), message, elapsedMs: elapsed() };
      } catch (error) {
        const fallback = classify(error, budget);
        const api = error instanceof Anthropic.APIError ? error : null;
        // Status, type, request id and the broken rule identify the failure for Anthropic support.
        logger.warn(
          {
            fallback,
            rule: error instanceof ToolReplyRefused ? error.rule : null,
            model,
            status: api?.status ?? null,
            errorType: api?.type ?? null,
            requestId: api?.requestID ?? null,
            elapsedMs: elapsed(),
            budgetMs,
          },
          `${label}: ${options.fallbackDescription}`,
        );
        return { ok: false, fallback, elapsedMs: elapsed() };
      }
    },
  };
}
