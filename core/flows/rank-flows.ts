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
  /**
   * The ticket names what the flow is about: a term of its title or symptoms other than a generic
   * symptom ("drops", "slow") or a filler word. "Wi-Fi drops in the boardroom" shares "drops"
   * with "VPN keeps dropping" and "Wi-Fi" with one of its steps, but is not about a VPN.
   */
  subjectMatched: boolean;
}

/**
 * Canonical terms (after the synonym table) that say how something fails, or fill a sentence, not
 * what fails: matching only these and step text does not make a ticket about a flow.
 */
const NOT_A_SUBJECT = new Set([
  ...['a', 'an', 'the', 'in', 'on', 'at', 'to', 'of', 'or', 'and', 'is', 'are', 'was', 'be', 'for'],
  ...['with', 'from', 'while', 'my', 'our', 'it', 'this', 'that', 'not', 'no', 'cannot', 'can'],
  ...['few', 'every', 'all', 'some', 'keep', 'still', 'again', 'when', 'after', 'since'],
  ...['disconnect', 'connect', 'slow', 'freeze', 'crash', 'error', 'fail', 'stop', 'work', 'open'],
  ...['load', 'start', 'down', 'broken', 'hang', 'problem', 'issue', 'minute', 'hour', 'day'],
]);

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

/** A flow's analysed terms: the costly part of ranking, cached by match-or-build per flow edit. */
export interface IndexedFlow {
  id: string;
  fields: Record<(typeof FIELDS)[number]['key'], Map<string, number>>;
  lengths: Record<(typeof FIELDS)[number]['key'], number>;
}

function counts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export function indexFlow(f: RankableFlow): IndexedFlow {
  const title = flowTerms(f.title);
  const symptoms = flowTerms(f.symptoms.join('. '));
  const steps = flowTerms(f.stepText);
  return {
    id: f.id,
    fields: { title: counts(title), symptoms: counts(symptoms), steps: counts(steps) },
    lengths: { title: title.length, symptoms: symptoms.length, steps: steps.length },
  };
}

export function rankFlows(ticket: string, flows: readonly RankableFlow[]): RankedFlow[] {
  return rankIndexedFlows(ticket, flows.map(indexFlow));
}

/** BM25 over flows already analysed with `indexFlow`; IDF and average lengths are over this set. */
export function rankIndexedFlows(ticket: string, indexed: readonly IndexedFlow[]): RankedFlow[] {
  const query = [...new Set(flowTerms(ticket))];
  if (query.length === 0 || indexed.length === 0) return [];
  const n = indexed.length;
  // Plain loops over the three fields: this runs for every flow of the account on every ticket.
  let sumTitle = 0;
  let sumSymptoms = 0;
  let sumSteps = 0;
  for (const d of indexed) {
    sumTitle += d.lengths.title;
    sumSymptoms += d.lengths.symptoms;
    sumSteps += d.lengths.steps;
  }
  const avgTitle = Math.max(1, sumTitle / n);
  const avgSymptoms = Math.max(1, sumSymptoms / n);
  const avgSteps = Math.max(1, sumSteps / n);
  const [wTitle, wSymptoms, wSteps] = FIELDS.map((f) => f.weight) as [number, number, number];
  const q = query.length;
  // Per flow and term: the weighted, length-normalised term frequency (0 when absent).
  const tfs = new Float64Array(n * q);
  const df = new Float64Array(q);
  for (let i = 0; i < n; i += 1) {
    const d = indexed[i] as IndexedFlow;
    const { title, symptoms, steps } = d.fields;
    const nTitle = 1 - B + (B * d.lengths.title) / avgTitle;
    const nSymptoms = 1 - B + (B * d.lengths.symptoms) / avgSymptoms;
    const nSteps = 1 - B + (B * d.lengths.steps) / avgSteps;
    for (let j = 0; j < q; j += 1) {
      const term = query[j] as string;
      const tf =
        (wTitle * (title.get(term) ?? 0)) / nTitle +
        (wSymptoms * (symptoms.get(term) ?? 0)) / nSymptoms +
        (wSteps * (steps.get(term) ?? 0)) / nSteps;
      tfs[i * q + j] = tf;
      if (tf > 0) df[j] = (df[j] ?? 0) + 1;
    }
  }
  // With few flows every IDF is small; a floor keeps a word found in most flows from counting for nothing.
  const idf = query.map((_, j) =>
    Math.max(0.2, Math.log(1 + (n - (df[j] ?? 0) + 0.5) / ((df[j] ?? 0) + 0.5))),
  );
  const totalIdf = idf.reduce((a, b) => a + b, 0);
  const out: RankedFlow[] = [];
  for (let i = 0; i < n; i += 1) {
    let bm25 = 0;
    let explained = 0;
    let matched = 0;
    let subjectMatched = false;
    const { title, symptoms } = (indexed[i] as IndexedFlow).fields;
    for (let j = 0; j < q; j += 1) {
      const tf = tfs[i * q + j] ?? 0;
      if (tf === 0) continue;
      const w = idf[j] ?? 0;
      matched += 1;
      explained += w;
      bm25 += (w * tf * (K1 + 1)) / (tf + K1);
      const term = query[j] as string;
      if (!subjectMatched && !NOT_A_SUBJECT.has(term) && (title.has(term) || symptoms.has(term)))
        subjectMatched = true;
    }
    if (matched === 0) continue;
    out.push({
      id: (indexed[i] as IndexedFlow).id,
      bm25,
      coverage: totalIdf > 0 ? explained / totalIdf : 0,
      matchedTerms: matched,
      subjectMatched,
    });
  }
  return out.sort((a, b) => b.bm25 - a.bm25 || b.coverage - a.coverage);
}
