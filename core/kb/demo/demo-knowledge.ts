import type { TenantContext } from '../../shared/context.ts';
import type { KnowledgePassage, KnowledgeQuery, KnowledgeSource } from '../knowledge.ts';
import type { DemoArticle } from './article.ts';
import { DEMO_ARTICLES } from './articles.ts';
import { sentences, terms } from './lexical.ts';

/**
 * Below this a passage is noise, not an answer. Calibrated on ~60 ticket phrasings against the demo
 * set: the weakest right answer scored 0.30, the strongest unrelated ticket ("teams camera not
 * working in meetings", which shares only "teams" with the MFA article) 0.19.
 */
export const DEMO_SCORE_THRESHOLD = 0.25;
/** Passages far weaker than the best one are tangents; the engineer gets the strong ones only. */
const RELATIVE_CUTOFF = 0.5;
const DEFAULT_LIMIT = 3;
const SNIPPET_MAX = 300;

// How much a query term counts when it is found in each field of an article.
const FIELD_WEIGHT = { title: 1, keywords: 0.85, body: 0.45 } as const;
// Matched evidence (sum of IDF², so rare terms dominate) at which the evidence factor reaches 1 - 1/e.
const EVIDENCE_SCALE = 4;

interface IndexedArticle {
  article: DemoArticle;
  title: Set<string>;
  keywords: Set<string>;
  body: Map<string, number>;
  sentences: Array<{ text: string; terms: Set<string> }>;
}

/**
 * An in-memory `KnowledgeSource` over demo articles, for `npm start`'s demo account and for tests
 * until the real KB connectors land. Scoring is lexical and deterministic: IDF over the article
 * set, title and keyword hits weighted above body hits, and an empty result when nothing is
 * close enough — an honest "no answer" rather than the least-bad article.
 */
export function createDemoKnowledgeSource(articles: readonly DemoArticle[] = DEMO_ARTICLES): KnowledgeSource {
  const indexed = articles.map(indexArticle);
  const df = new Map<string, number>();
  for (const entry of indexed) {
    for (const term of new Set([...entry.title, ...entry.keywords, ...entry.body.keys()])) {
      df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  // A term no article contains counts as the rarest kind: it is query content the KB cannot explain.
  const idf = (term: string) => Math.log((indexed.length + 1) / (df.get(term) ?? 1));

  return {
    async search(_ctx: TenantContext, query: KnowledgeQuery): Promise<KnowledgePassage[]> {
      const limit = Math.floor(query.limit ?? DEFAULT_LIMIT);
      const queryTerms = [...new Set(terms(query.text))];
      if (limit <= 0 || queryTerms.length === 0) return [];
      const companyId = query.companyId ?? null;
      const scored = indexed
        // A client's own runbooks never leak into another client's ticket.
        .filter((entry) => entry.article.companyId === null || entry.article.companyId === companyId)
        .map((entry) => ({ entry, score: scoreArticle(entry, queryTerms, idf) }))
        .filter((hit) => hit.score >= DEMO_SCORE_THRESHOLD)
        .sort((a, b) => b.score - a.score || a.entry.article.id.localeCompare(b.entry.article.id));
      const best = scored[0]?.score ?? 0;
      return scored
        .filter((hit) => hit.score >= best * RELATIVE_CUTOFF)
        .slice(0, limit)
        .map(({ entry, score }) => toPassage(entry, queryTerms, idf, score));
    },
  };
}

function indexArticle(article: DemoArticle): IndexedArticle {
  const body = new Map<string, number>();
  const bodyText = [article.body, ...article.checks, article.fix.title, ...article.fix.steps].join(' ');
  for (const term of terms(bodyText)) body.set(term, (body.get(term) ?? 0) + 1);
  return {
    article,
    title: new Set(terms(article.title)),
    keywords: new Set(terms(article.keywords.join(' '))),
    body,
    sentences: sentences(article.body).map((text) => ({ text, terms: new Set(terms(text)) })),
  };
}

/**
 * coverage^1.5 × evidence. Coverage is the IDF-weighted share of the query the article explains
 * (a ticket that is mostly about something else scores low); evidence grows with how much rare
 * vocabulary matched, so one common word ("windows") never clears the threshold on its own.
 */
function scoreArticle(entry: IndexedArticle, queryTerms: string[], idf: (term: string) => number): number {
  let matched = 0;
  let total = 0;
  let evidenceSum = 0;
  for (const term of queryTerms) {
    const weight = idf(term);
    total += weight;
    const tf = entry.body.get(term) ?? 0;
    let field = 0;
    if (entry.title.has(term)) field = FIELD_WEIGHT.title;
    else if (entry.keywords.has(term)) field = FIELD_WEIGHT.keywords;
    else if (tf > 0) field = FIELD_WEIGHT.body + 0.05 * Math.min(tf - 1, 3);
    matched += weight * field;
    evidenceSum += weight * weight * field;
  }
  if (total === 0) return 0;
  const coverage = matched / total;
  const evidence = 1 - Math.exp(-evidenceSum / EVIDENCE_SCALE);
  return Math.round(coverage ** 1.5 * evidence * 1000) / 1000;
}

function toPassage(
  entry: IndexedArticle,
  queryTerms: string[],
  idf: (term: string) => number,
  score: number,
): KnowledgePassage {
  const { article } = entry;
  return {
    documentId: article.id,
    title: article.title,
    url: article.url,
    source: article.source,
    snippet: snippet(entry, queryTerms, idf),
    score,
    checks: [...article.checks],
    fix: { title: article.fix.title, steps: [...article.fix.steps] },
  };
}

/** The best-matching sentence, plus the runner-up when both fit, in reading order. */
function snippet(entry: IndexedArticle, queryTerms: string[], idf: (term: string) => number): string {
  const ranked = entry.sentences
    .map((sentence, index) => ({
      index,
      text: sentence.text,
      score: queryTerms.reduce((sum, term) => sum + (sentence.terms.has(term) ? idf(term) : 0), 0),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const [first, second] = ranked;
  if (!first) return '';
  const picked = [first];
  if (second && second.score > 0 && first.text.length + second.text.length + 1 <= SNIPPET_MAX)
    picked.push(second);
  const text = picked
    .sort((a, b) => a.index - b.index)
    .map((s) => s.text)
    .join(' ');
  return truncate(text, SNIPPET_MAX);
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
