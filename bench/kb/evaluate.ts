import { companyKey } from '../../core/kb/index/company-key.ts';
import type { KnowledgePassage } from '../../core/kb/knowledge.ts';
import type { BenchArticle } from './articles.ts';
import type { LabelledTicket } from './tickets.ts';

export interface Quality {
  answerable: number;
  unanswerable: number;
  top1: number;
  top3: number;
  /** Of the tickets search answered with nothing, the share that truly had no answer. */
  noAnswerPrecision: number;
  /** Of the tickets with no answer in the KB, the share search answered with nothing. */
  noAnswerRecall: number;
  /** Passages from another client's documentation shown for a ticket (must be 0). */
  leaks: number;
  misses: Array<{
    text: string;
    company: string | null;
    expected: string[] | null;
    got: Array<[string, number]>;
  }>;
}

/** Maps indexed document ids back to article ids (the index assigns its own uuids). */
export type ArticleIdOf = (passage: KnowledgePassage) => string;

export async function evaluate(
  tickets: readonly LabelledTicket[],
  search: (ticket: LabelledTicket) => Promise<KnowledgePassage[]>,
  articleIdOf: ArticleIdOf,
  companyOf: (passage: KnowledgePassage) => string | null,
): Promise<Quality> {
  let leaks = 0;
  let top1 = 0;
  let top3 = 0;
  let emptyAnswers = 0;
  let emptyAndRight = 0;
  const misses: Quality['misses'] = [];
  for (const ticket of tickets) {
    const passages = await search(ticket);
    for (const p of passages) {
      const owner = companyKey(companyOf(p));
      if (owner !== null && owner !== companyKey(ticket.company)) leaks += 1;
    }
    const got = passages.map((p) => [articleIdOf(p), p.score] as [string, number]);
    if (got.length === 0) {
      emptyAnswers += 1;
      if (ticket.expected === null) emptyAndRight += 1;
    }
    if (ticket.expected === null) {
      if (got.length > 0) misses.push({ ...ticket, got });
      continue;
    }
    const ids = got.map(([id]) => id);
    if (ids[0] && ticket.expected.includes(ids[0])) top1 += 1;
    if (ids.slice(0, 3).some((id) => ticket.expected?.includes(id))) top3 += 1;
    else misses.push({ ...ticket, got });
  }
  const unanswerable = tickets.filter((t) => t.expected === null).length;
  const answerable = tickets.length - unanswerable;
  return {
    answerable,
    unanswerable,
    top1: top1 / answerable,
    top3: top3 / answerable,
    noAnswerPrecision: emptyAnswers === 0 ? 1 : emptyAndRight / emptyAnswers,
    noAnswerRecall: unanswerable === 0 ? 1 : emptyAndRight / unanswerable,
    leaks,
    misses,
  };
}

/** The article as the connector would hand it to the index. */
export function articleDocument(a: BenchArticle) {
  return {
    externalId: a.id,
    title: a.title,
    url: `https://docs.contoso-msp.example/kb/${a.id}`,
    companyName: a.company,
    folder: a.folder,
    updatedAt: null,
    text: a.text,
  };
}
