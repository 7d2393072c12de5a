import type { SimReply, SimRequest } from '../sim/anthropic/index.ts';

/** The candidates a rerank request carries, as label → title, read from the rendered user message. */
export function rerankCandidates(request: { body: { messages?: unknown } | null }): Map<string, string> {
  const messages = request.body?.messages;
  const first = Array.isArray(messages)
    ? (messages[0] as { content?: unknown } | undefined)?.content
    : undefined;
  const text = typeof first === 'string' ? first : '';
  return new Map([...text.matchAll(/<passage id="(P\d+)">\ntitle: (.*)/g)].map((m) => [m[1]!, m[2]!]));
}

/** True for the reranker's call (its only tool is rank_passages), false for diagnosis turns and notes. */
export function isRerankRequest(request: { body: { tools?: unknown } | null }): boolean {
  const [tool] = Array.isArray(request.body?.tools) ? request.body.tools : [];
  return (tool as { name?: unknown } | undefined)?.name === 'rank_passages';
}

/**
 * A deterministic stand-in for the rerank model: answers with the labels of the candidates whose
 * titles are listed in `titles`, in that order, whatever order lexical search sent them in. An
 * empty `titles` is the model's "none of these answers the ticket".
 */
export function rerankByTitles(request: Pick<SimRequest, 'body'>, titles: readonly string[]): SimReply {
  const labelOf = new Map([...rerankCandidates(request)].map(([label, title]) => [title, label]));
  const ids = titles.flatMap((title) => {
    const label = labelOf.get(title);
    return label ? [label] : [];
  });
  return {
    kind: 'message',
    content: [{ type: 'tool_use', name: 'rank_passages', input: { passage_ids: ids } }],
  };
}
