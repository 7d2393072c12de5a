/**
 * `npx tsx bench/kb/fit-abstention.ts` — fits the abstention model (core/kb/index/abstention.ts)
 * on the fitted sets only (bench/kb/sets.ts: B), through the real index on PGlite, on the set's
 * articles alone AND inside 50,000 filler chunks (KB_CORPUS_CACHE=<dir> keeps that corpus between
 * runs): each ticket is ranked, its features computed, and a logistic regression fitted with 5-fold cross-validation to
 * choose the L2 strength and the threshold (the most out-of-fold no-answer precision
 * at ≥ 75% out-of-fold recall: a wrong "no answer" costs the engineer the answer). Prints the model to paste into abstention.ts. Answerable tickets whose right
 * article is not in the top 3 are left out: that is a ranking miss, not a question for abstention.
 */
import { type AbstentionFeatures, FEATURE_NAMES } from '../../core/kb/index/abstention.ts';
import { rankKnowledge } from '../../core/kb/index/search.ts';
import { articleIdOf } from './corpus.ts';
import { openCorpus } from './corpus-cache.ts';
import { ALL_SETS, FITTED_SETS } from './sets.ts';

const FIT = process.env.KB_FIT_SETS
  ? ALL_SETS.filter((s) => process.env.KB_FIT_SETS?.includes(s.name))
  : FITTED_SETS;

/**
 * The threshold keeps out-of-fold no-answer recall at least this (the target is 2/3, with a
 * margin for sets whose few unanswerable tickets make recall move in big steps), and within that
 * buys the most precision: abstaining wrongly on an answerable ticket costs the engineer the answer.
 */
const RECALL_FLOOR = Number(process.env.KB_FIT_RECALL_FLOOR ?? 0.75);
/**
 * KB_FIT_NON_NEGATIVE=1 keeps every weight at or above zero (each feature means "more of the ticket
 * is explained"). Tried on B + D and not kept: no better on A and C than the free fit on B.
 */
const NON_NEGATIVE = process.env.KB_FIT_NON_NEGATIVE === '1';
/** A stronger L2 is preferred when its out-of-fold objective is this close to the best: it transfers better. */
const L2_TOLERANCE = 0.02;

interface Example {
  x: number[];
  y: 0 | 1;
  fold: number;
}

function train(examples: readonly Example[], l2: number): { bias: number; w: number[] } {
  const d = FEATURE_NAMES.length;
  let bias = 0;
  const w = new Array<number>(d).fill(0);
  const rate = 0.5;
  // Class weights so a dozen unanswerable tickets are not drowned by fifty answerable ones.
  const positives = examples.filter((e) => e.y === 1).length;
  const weightOf = (y: number) =>
    y === 1 ? examples.length / (2 * positives) : examples.length / (2 * (examples.length - positives));
  for (let epoch = 0; epoch < 4000; epoch += 1) {
    let gb = 0;
    const gw = new Array<number>(d).fill(0);
    for (const e of examples) {
      const z = bias + e.x.reduce((s, v, k) => s + v * (w[k] ?? 0), 0);
      const err = (1 / (1 + Math.exp(-z)) - e.y) * weightOf(e.y);
      gb += err;
      e.x.forEach((v, k) => {
        gw[k] = (gw[k] ?? 0) + err * v;
      });
    }
    bias -= (rate * gb) / examples.length;
    for (let k = 0; k < d; k += 1) {
      const next = (w[k] ?? 0) - rate * ((gw[k] ?? 0) / examples.length + l2 * (w[k] ?? 0));
      w[k] = NON_NEGATIVE ? Math.max(0, next) : next;
    }
  }
  return { bias, w };
}

const predict = (m: { bias: number; w: number[] }, x: number[]) =>
  1 / (1 + Math.exp(-(m.bias + x.reduce((s, v, k) => s + v * (m.w[k] ?? 0), 0))));

function noAnswerF1(probabilities: number[], examples: readonly Example[], threshold: number) {
  let abstained = 0;
  let right = 0;
  const negatives = examples.filter((e) => e.y === 0).length;
  probabilities.forEach((p, k) => {
    if (p < threshold) {
      abstained += 1;
      if (examples[k]?.y === 0) right += 1;
    }
  });
  const precision = abstained ? right / abstained : 1;
  const recall = negatives ? right / negatives : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The fit sees the set's articles alone and inside 50,000 chunks of filler, so one model holds at both. */
const SIZES = [0, Number(process.env.KB_FIT_CHUNKS ?? 50_000)];

async function main() {
  const examples: Example[] = [];
  const folds = 5;
  for (const size of SIZES) {
    // Fold numbers continue across sets, so each fold holds tickets of every fitted set.
    let k = 0;
    for (const set of FIT) {
      const corpus = await openCorpus(set, size);
      for (const ticket of set.tickets) {
        const fold = k % folds;
        k += 1;
        const { passages, features } = await rankKnowledge(corpus.ctx, {
          text: ticket.text,
          companyId: ticket.company,
        });
        const top3 = passages.slice(0, 3).map((p) => articleIdOf(corpus.urls, p));
        if (ticket.expected !== null && !top3.some((id) => ticket.expected?.includes(id))) continue;
        const none = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as unknown as AbstentionFeatures;
        const f = features ?? none;
        examples.push({ x: FEATURE_NAMES.map((n) => f[n]), y: ticket.expected === null ? 0 : 1, fold });
      }
      await corpus.database.close();
    }
  }

  const perL2: Array<{
    l2: number;
    threshold: number;
    objective: number;
    f1: number;
    precision: number;
    recall: number;
  }> = [];
  for (const l2 of [0, 0.001, 0.01, 0.03, 0.1]) {
    const oof = new Array<number>(examples.length).fill(0);
    for (let fold = 0; fold < folds; fold += 1) {
      // Folds by ticket: a ticket's two corpus sizes are never split between train and test.
      const trainSet = examples.filter((e) => e.fold !== fold);
      const model = train(trainSet, l2);
      examples.forEach((e, k) => {
        if (e.fold === fold) oof[k] = predict(model, e.x);
      });
    }
    let best = { l2, threshold: 0.5, objective: -1, f1: 0, precision: 0, recall: 0 };
    for (let threshold = 0.05; threshold <= 0.9001; threshold += 0.025) {
      const m = noAnswerF1(oof, examples, threshold);
      const objective = m.recall >= RECALL_FLOOR ? 1 + m.precision + m.recall / 100 : m.f1;
      if (objective > best.objective + 1e-9) best = { l2, threshold, objective, ...m };
    }
    console.log(
      `  l2 ${l2}: threshold ${best.threshold.toFixed(3)}, out-of-fold no-answer precision ${(best.precision * 100).toFixed(1)}%, recall ${(best.recall * 100).toFixed(1)}%`,
    );
    perL2.push(best);
  }
  const top = Math.max(...perL2.map((m) => m.objective));
  const best = [...perL2].reverse().find((m) => m.objective >= top - L2_TOLERANCE) ?? perL2[0];
  if (!best) throw new Error('no fit');
  const final = train(examples, best.l2);
  const weights = Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, Number((final.w[k] ?? 0).toFixed(3))]));
  console.log(
    `Fitted on sets ${FIT.map((x) => x.name).join(' + ')} (${examples.length} tickets used, ${examples.filter((e) => e.y === 0).length} unanswerable)`,
  );
  console.log(
    `5-fold CV: l2 ${best.l2}, threshold ${best.threshold.toFixed(3)}, no-answer precision ${(best.precision * 100).toFixed(1)}%, recall ${(best.recall * 100).toFixed(1)}%`,
  );
  console.log(
    JSON.stringify({
      bias: Number(final.bias.toFixed(3)),
      weights,
      threshold: Number(best.threshold.toFixed(3)),
    }),
  );
}

await main();
