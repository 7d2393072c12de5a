import { queryTerms } from '../kb/index/query-terms.ts';

/**
 * Ranks flows for a ticket with Okapi BM25 over three fields (title, symptoms, step text), using the
 * knowledge search's own term analysis (filler words, IT synonyms and misnamings) on both sides, so
 * a ticket that finds an article finds the flow written for the same problem.
 */
export interface RankableFlow {
  id: string;
  title: string;
  symptoms: string[];
  stepText: string;
}

export interface RankedFlow {
  id: string;
  /** Raw BM25. */
  bm25: number;
  /** 0–1: the share of the ticket's term weight (IDF) this flow explains. Comparable across tickets. */
  coverage: number;
  matchedTerms: number;
}

const FIELDS = [
  { key: 'title', weight: 3 },
  { key: 'symptoms', weight: 2.5 },
  { key: 'steps', weight: 1 },
] as const;
const K1 = 1.2;
const B = 0.75;

/** Canonical terms of a text, stemmed lightly so "printing"/"printer"/"prints" meet. */
export function flowTerms(text: string): string[] {
  return queryTerms(text).map((t) => lightStem(t.word));
}

function lightStem(word: string): string {
  if (word.length <= 4 || /\d/.test(word)) return word;
  return word.replace(/(ings?|ed|es|s)$/, '');
}

interface Indexed {
  id: string;
  fields: Record<(typeof FIELDS)[number]['key'], Map<string, number>>;
  lengths: Record<(typeof FIELDS)[number]['key'], number>;
}

function counts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function rankFlows(ticket: string, flows: readonly RankableFlow[]): RankedFlow[] {
  const query = [...new Set(flowTerms(ticket))];
  if (query.length === 0 || flows.length === 0) return [];
  const indexed: Indexed[] = flows.map((f) => {
    const title = flowTerms(f.title);
    const symptoms = flowTerms(f.symptoms.join('. '));
    const steps = flowTerms(f.stepText);
    return {
      id: f.id,
      fields: { title: counts(title), symptoms: counts(symptoms), steps: counts(steps) },
      lengths: { title: title.length, symptoms: symptoms.length, steps: steps.length },
    };
  });
  const n = indexed.length;
  const avg = Object.fromEntries(
    FIELDS.map(({ key }) => [key, Math.max(1, indexed.reduce((s, d) => s + d.lengths[key], 0) / n)]),
  ) as Record<(typeof FIELDS)[number]['key'], number>;
  const df = new Map<string, number>();
  for (const d of indexed) {
    for (const term of query) {
      if (FIELDS.some(({ key }) => d.fields[key].has(term))) df.set(term, (df.get(term) ?? 0) + 1);
    }
  }
  // With few flows every IDF is small; a floor keeps a word found in most flows from counting for nothing.
  const idf = new Map(
    query.map((t) => [
      t,
      Math.max(0.2, Math.log(1 + (n - (df.get(t) ?? 0) + 0.5) / ((df.get(t) ?? 0) + 0.5))),
    ]),
  );
  const totalIdf = query.reduce((s, t) => s + (idf.get(t) ?? 0), 0);
  return indexed
    .map((d) => {
      let bm25 = 0;
      let explained = 0;
      let matched = 0;
      for (const term of query) {
        let tf = 0;
        for (const { key, weight } of FIELDS) {
          const f = d.fields[key].get(term) ?? 0;
          tf += (weight * f) / (1 - B + (B * d.lengths[key]) / avg[key]);
        }
        if (tf === 0) continue;
        matched += 1;
        explained += idf.get(term) ?? 0;
        bm25 += ((idf.get(term) ?? 0) * tf * (K1 + 1)) / (tf + K1);
      }
      return { id: d.id, bm25, coverage: totalIdf > 0 ? explained / totalIdf : 0, matchedTerms: matched };
    })
    .filter((r) => r.matchedTerms > 0)
    .sort((a, b) => b.bm25 - a.bm25 || b.coverage - a.coverage);
}
