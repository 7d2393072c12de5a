import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createClaudeEngine } from '../core/engine/claude/index.ts';
import { createOfflineEngine } from '../core/engine/offline/index.ts';
import { createDemoKnowledgeSource } from '../core/kb/demo/index.ts';
import { type KnowledgeSource, noKnowledge } from '../core/kb/knowledge.ts';
import { createPreviewCache, type DiagnosisDeps } from '../core/sessions/index.ts';
import type { Logger } from '../core/shared/logger.ts';
import {
  type AnthropicSimulator,
  type SimMessageReply,
  startAnthropicSimulator,
} from '../sim/anthropic/index.ts';

/** A pino logger whose JSON lines land in `lines`, so tests can assert on what was (not) logged. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

export interface SimulatedDiagnosis {
  deps: DiagnosisDeps;
  sim: AnthropicSimulator;
  logs: string[];
  close(): Promise<void>;
}

/**
 * The real Claude engine and SDK talking to the local Anthropic simulator: tests script the
 * model's replies (text and tool calls) and assert what the core did with them.
 */
export async function simulatedDiagnosis(
  options: { knowledge?: KnowledgeSource; minCacheableTokens?: number } = {},
): Promise<SimulatedDiagnosis> {
  const sim = await startAnthropicSimulator({ minCacheableTokens: options.minCacheableTokens ?? 1024 });
  const { logger, lines } = capturingLogger();
  const engine = createClaudeEngine({
    apiKey: 'sk-ant-test-key-0000000000',
    baseURL: sim.url,
    models: { turn: 'claude-sonnet-5-5', synthesis: 'claude-haiku-5-5' },
    maxRetries: 2,
    timeoutMs: 10_000,
    logger,
  });
  return {
    deps: {
      engine,
      knowledge: options.knowledge ?? noKnowledge,
      previewCache: createPreviewCache(50),
      logger,
    },
    sim,
    logs: lines,
    close: () => sim.close(),
  };
}

export function offlineDiagnosis(knowledge: KnowledgeSource = createDemoKnowledgeSource()): DiagnosisDeps {
  return {
    engine: createOfflineEngine(),
    knowledge,
    previewCache: createPreviewCache(50),
    logger: capturingLogger().logger,
  };
}

/** A scripted model turn: optional text plus tool calls, in the simulator's reply shape. */
export function modelTurn(
  text: string,
  ...tools: Array<[name: string, input: Record<string, unknown>]>
): SimMessageReply {
  return {
    kind: 'message',
    content: [
      ...(text ? [{ type: 'text' as const, text }] : []),
      ...tools.map(([name, input]) => ({ type: 'tool_use' as const, name, input })),
    ],
  };
}
