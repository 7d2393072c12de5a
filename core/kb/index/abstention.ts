/**
 * Whether the best passage answers the ticket at all, decided from features that mean the same on
 * a 50-article KB and a 50,000-chunk one (each is a share or a ratio of the query's own scores,
 * never a raw BM25 value, which grows with corpus size and ticket length). A logistic model over
 * them gives the probability that the ticket is answerable by what was found; below the threshold
 * search answers with nothing.
 *
 * The coefficients are fitted by `npx tsx bench/kb/fit-abstention.ts` with 5-fold cross-validation
 * on sets B and D only (bench/kb/set-b, set-d, written in users' own words), with no weight allowed
 * below zero, and judged on sets A, C and E, which no fit sees. Fitted on B alone, the model had
 * learnt negative weights that did not transfer (D's first run: no-answer precision 62%, recall
 * 59%). Refit when the features or the ranking change; never fit on A, C or E.
 */
export interface AbstentionFeatures {
  /** Best passage's BM25 over the most the query's known terms could score together (0–1). */
  relative: number;
  /** (best − runner-up document) / best. */
  margin: number;
  /** Share of the query's three rarest indexed terms (by idf) that the best passage contains. */
  rareExplained: number;
  /**
   * Share of the whole ticket's idf mass, unknown words included, the best passage contains; a
   * ticket counts as at least two unseen words' worth, so one common word is never "explained".
   */
  explained: number;
  /** Share of the best passage's matched idf found in its title or heading path. */
  fieldAgreement: number;
  /**
   * Share of the ticket's terms the best passage matches, counted, not weighted by idf (so it
   * does not move with corpus size); a ticket counts as at least three terms.
   */
  coverage: number;
  /**
   * How much the match tells: the matched terms' idf summed, over twice the idf of a word in one
   * chunk (ln N), capped at 1. One common word ("windows") is little evidence in any corpus.
   */
  evidence: number;
}

export const FEATURE_NAMES = [
  'relative',
  'margin',
  'rareExplained',
  'explained',
  'fieldAgreement',
  'coverage',
  'evidence',
] as const;

export interface AbstentionModel {
  bias: number;
  weights: Record<(typeof FEATURE_NAMES)[number], number>;
  /** Answer when the probability is at least this. */
  threshold: number;
}

/** Fitted on sets B and D (bench/kb/set-b, set-d); see the header. */
export const ABSTENTION_MODEL: AbstentionModel = {
  bias: -5.858,
  weights: {
    relative: 2.21,
    margin: 0,
    rareExplained: 0,
    explained: 1.201,
    fieldAgreement: 0.347,
    coverage: 3.247,
    evidence: 3.621,
  },
  threshold: 0.325,
};

export function answerProbability(f: AbstentionFeatures, model: AbstentionModel = ABSTENTION_MODEL): number {
  let z = model.bias;
  for (const name of FEATURE_NAMES) z += model.weights[name] * f[name];
  return 1 / (1 + Math.exp(-z));
}
