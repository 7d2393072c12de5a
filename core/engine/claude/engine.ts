import Anthropic from '@anthropic-ai/sdk';
import type { Message, MessageCreateParamsNonStreaming, Usage } from '@anthropic-ai/sdk/resources/messages';
import type { Logger } from '../../shared/logger.ts';
import type {
  DiagnosisEngine,
  EngineCallOptions,
  EngineTurnInput,
  EngineTurnResult,
  EngineUsage,
  NoteSynthesisInput,
} from '../types.ts';
import { actionsFromContent, summarizeActions } from './actions.ts';
import { isForcedToolChoiceRejection, toEngineError } from './errors.ts';
import { buildTurnRequest } from './prompt.ts';
import { buildSynthesisRequest, renderSynthesisMaterial, sectionsFromMessage } from './synthesis.ts';

export interface ClaudeEngineOptions {
  apiKey: string;
  /** Defaults to the public API. Tests point this at the local simulator. */
  baseURL?: string;
  /** `turn` answers the engineer every message; `synthesis` writes notes (a cheaper model is fine). */
  models: { turn: string; synthesis: string };
  /** SDK retries for 408/409/429/5xx and connection errors, with backoff honouring `retry-after`. Default 2. */
  maxRetries?: number;
  /** Per-attempt request timeout. Default 60 s. */
  timeoutMs?: number;
  /** Output budget per call, thinking included on models that think. Default 8,192. */
  maxTokens?: number;
  logger: Logger;
}

const DEFAULT_BASE_URL = 'https://api.anthropic.com';
const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_TOKENS = 8_192;

function usageOf(usage: Usage): EngineUsage {
  return {
    inputTokens: usage.input_tokens,
    outputTokens: usage.output_tokens,
    cacheReadInputTokens: usage.cache_read_input_tokens ?? 0,
    cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
  };
}

function textOf(message: Message): string {
  return message.content
    .flatMap((block) => (block.type === 'text' ? [block.text] : []))
    .join('')
    .trim();
}

/** The SDK's log calls routed to our logger, messages only: its extra arguments can carry request data. */
function sdkLogger(logger: Logger) {
  const child = logger.child({ component: 'anthropic-sdk' });
  return {
    error: (message: string) => child.error(message),
    warn: (message: string) => child.warn(message),
    info: (message: string) => child.debug(message),
    debug: (message: string) => child.debug(message),
  };
}

/**
 * The Claude diagnosis engine: one streamed Messages API call per turn with the diagnosis tools, a
 * cache-friendly prompt layout (see prompt.ts) and validated tool calls mapped to `EngineAction`s.
 * Transient API trouble surfaces as `EngineBusyError` so the core keeps the engineer's message and
 * says "try again"; configuration problems surface as `ServiceError('upstream_failed')` for operators.
 */
export function createClaudeEngine(options: ClaudeEngineOptions): DiagnosisEngine {
  const { logger, models } = options;
  const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
  // Everything is passed explicitly so the SDK does not fall back to ANTHROPIC_* environment
  // variables: configuration is read once, in the process's env.ts.
  const client = new Anthropic({
    apiKey: options.apiKey,
    baseURL: options.baseURL ?? DEFAULT_BASE_URL,
    maxRetries: options.maxRetries ?? 2,
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    logger: sdkLogger(logger),
    logLevel: 'warn',
  });
  /** Models that answered a forced `tool_choice` with 400; they get `auto` from then on. */
  const noForcedToolChoice = new Set<string>();

  /** One streamed call. The SDK retries before the first byte; after that, failures are final. */
  async function stream(
    request: MessageCreateParamsNonStreaming,
    call: { onText?: (delta: string) => void; signal?: AbortSignal; sessionId?: string },
  ): Promise<Message> {
    const messageStream = client.messages.stream(request, call.signal ? { signal: call.signal } : undefined);
    const onText = call.onText;
    if (onText) {
      messageStream.on('text', (delta) => {
        try {
          onText(delta);
        } catch (error) {
          // A failing renderer must not cost the engineer the answer.
          logger.warn({ sessionId: call.sessionId, err: error }, 'claude engine: onText callback threw');
        }
      });
    }
    return messageStream.finalMessage();
  }

  async function runTurn(
    input: EngineTurnInput,
    callOptions: EngineCallOptions = {},
  ): Promise<EngineTurnResult> {
    const request = buildTurnRequest(input, { model: models.turn, maxTokens });
    let message: Message;
    try {
      message = await stream(request, { ...callOptions, sessionId: input.sessionId });
    } catch (error) {
      throw toEngineError(error, models.turn);
    }
    if (message.stop_reason === 'max_tokens') {
      // A tool call cut off mid-input fails validation below and is dropped, never half-applied.
      logger.warn(
        { sessionId: input.sessionId, model: message.model },
        'claude engine: reply hit max_tokens',
      );
    }
    const actions = actionsFromContent(message.content, input, logger);
    const usage = usageOf(message.usage);
    logger.debug(
      { sessionId: input.sessionId, model: message.model, usage, actions: actions.length },
      'claude turn',
    );
    return {
      text: textOf(message) || summarizeActions(actions),
      actions,
      usage,
      engine: 'claude',
      model: message.model || models.turn,
    };
  }

  async function synthesizeNote(input: NoteSynthesisInput) {
    const model = models.synthesis;
    const material = renderSynthesisMaterial(input);
    const request = (forceTool: boolean) => buildSynthesisRequest(input, { model, maxTokens, forceTool });
    let message: Message;
    try {
      const forceTool = !noForcedToolChoice.has(model);
      try {
        message = await stream(request(forceTool), {});
      } catch (error) {
        if (!forceTool || !isForcedToolChoiceRejection(error)) throw error;
        noForcedToolChoice.add(model);
        logger.info({ model }, 'claude engine: model rejects forced tool_choice; synthesis now uses auto');
        message = await stream(request(false), {});
      }
    } catch (error) {
      throw toEngineError(error, model);
    }
    const sections = sectionsFromMessage(message, input, material, logger);
    return {
      sections: sections ?? input.draft.map((section) => ({ ...section })),
      usage: usageOf(message.usage),
    };
  }

  return { name: 'claude', runTurn, synthesizeNote };
}
