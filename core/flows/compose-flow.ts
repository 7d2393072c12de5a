import type { Message } from '@anthropic-ai/sdk/resources/messages';
import { createToolCaller, ToolReplyRefused } from '../engine/claude/tool-call.ts';
import type { KnowledgePassage } from '../kb/knowledge.ts';
import type { Logger } from '../shared/logger.ts';
import {
  buildComposeRequest,
  COMPOSE_TOOL_NAME,
  type ComposeToolInput as ComposeInput,
  ComposeToolInput,
  composeLabel,
  MAX_COMPOSE_PASSAGES,
} from './compose-flow-prompt.ts';
import { FlowDocument } from './document.ts';
import { validateFlowGraph } from './graph.ts';

export interface FlowComposerOptions {
  apiKey: string;
  /** Defaults to the public API. Tests point this at the local simulator. */
  baseURL?: string;
  model: string;
  /** Wall-clock budget for the whole call; past it match-or-build uses the offline build. */
  budgetMs: number;
  logger: Logger;
}

export interface ComposeTicket {
  summary: string;
  details: string;
  client: string | null;
}

export interface FlowComposer {
  /**
   * A draft flow built by the model from the passages, every step citing its article — or null
   * when the model is slow, failing or its graph breaks a rule. Never throws for model trouble.
   */
  compose(input: {
    ticket: ComposeTicket;
    passages: readonly KnowledgePassage[];
  }): Promise<FlowDocument | null>;
}

/**
 * The model's tool call turned into a portable flow: kind-specific fields picked per step,
 * citation labels mapped back to the passage's own title and URL, then held to the same shape
 * and graph rules as an imported flow. Any failure refuses the whole flow: half a flow is worse
 * than the offline one.
 */
export function toFlowDocument(
  message: Message,
  passages: readonly KnowledgePassage[],
  client: string | null,
): FlowDocument {
  const call = message.content.find((b) => b.type === 'tool_use' && b.name === COMPOSE_TOOL_NAME);
  if (call?.type !== 'tool_use') throw new ToolReplyRefused('malformed_reply', 'no compose_flow call');
  const parsed = ComposeToolInput.safeParse(call.input);
  if (!parsed.success)
    throw new ToolReplyRefused('malformed_reply', 'compose_flow input does not match its schema');
  const input: ComposeInput = parsed.data;
  const byLabel = new Map(passages.map((p, i) => [composeLabel(i), p]));
  const steps = input.steps.map((s) => {
    const passage = byLabel.get(s.cites);
    if (!passage) throw new ToolReplyRefused('invalid_reply', 'unknown_cite');
    const common = {
      id: s.id,
      text: s.text,
      cites: { title: passage.title.slice(0, 300), url: passage.url },
    };
    switch (s.kind) {
      case 'question':
        return { ...common, kind: s.kind, choices: s.choices };
      case 'instruction':
        return { ...common, kind: s.kind, next: s.next };
      case 'check':
        return { ...common, kind: s.kind, expected: s.expected, yes: s.yes, no: s.no };
      case 'resolution':
        return { ...common, kind: s.kind, fixSteps: s.fixSteps ?? [] };
      default:
        return { ...common, kind: s.kind, reason: s.reason };
    }
  });
  const doc = FlowDocument.safeParse({
    title: input.title.slice(0, 200),
    description: `Composed by the assistant from ${passages.map((p) => `"${p.title}"`).join(', ')}.`,
    symptoms: input.symptoms.length > 0 ? input.symptoms.slice(0, 5) : [input.title],
    tags: ['kb-build', 'assistant'],
    client,
    graph: { start: input.start, steps },
  });
  if (!doc.success) throw new ToolReplyRefused('invalid_reply', 'shape');
  const [issue] = validateFlowGraph(doc.data.graph);
  if (issue) throw new ToolReplyRefused('invalid_reply', issue.rule);
  return doc.data;
}

/**
 * Builds a flow from the top passages with one Messages call (issue 12, match-or-build step 3):
 * a forced, strict `compose_flow` tool whose every step cites its passage. No SDK retries: a
 * retry after 429/529 waits out `retry-after` and the offline build is a sound answer anyway.
 */
export function createFlowComposer(options: FlowComposerOptions): FlowComposer {
  const caller = createToolCaller<{ text: string; passages: readonly KnowledgePassage[] }>({
    ...options,
    label: 'flow compose',
    fallbackDescription: 'using the offline build',
    build: ({ text, passages }, forceTool) =>
      buildComposeRequest(text, passages, { model: options.model, forceTool }),
  });
  return {
    async compose({ ticket, passages }) {
      const pool = passages.slice(0, MAX_COMPOSE_PASSAGES);
      if (pool.length === 0) return null;
      const text = `${ticket.summary}\n${ticket.details}`.trim();
      const result = await caller.run({ text, passages: pool }, (message) =>
        toFlowDocument(message, pool, ticket.client),
      );
      if (!result.ok) return null;
      options.logger.debug(
        {
          model: result.message.model,
          passages: pool.length,
          steps: result.value.graph.steps.length,
          elapsedMs: result.elapsedMs,
          cacheReadInputTokens: result.message.usage.cache_read_input_tokens ?? 0,
        },
        'flow compose',
      );
      return result.value;
    },
  };
}
