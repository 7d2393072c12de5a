import type { SimReply, SimRequest } from '../sim/anthropic/index.ts';

/** The candidates a rerank request carries, as label → title, read from the rendered user message. */
export function rerankCandidates(request: Pick<SimRequest, 'body'>): Map<string, string> {
  const first = request.body.messages?.[0]?.content;
  const text = typeof first === 'string' ? first : '';
  return new Map([...text.matchAll(/<passage id="(P\d+)">\ntitle: (.*)/g)].map((m) => [m[1]!, m[2]!]));
}

export const isRerankRequest = (request: Pick<SimRequest, 'body'>) =>
  request.body.tools?.[0]?.name === 'rank_passages';

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
