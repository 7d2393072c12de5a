/**
 * `npx tsx bench/kb/fit-abstention.ts` — fits the abstention model (core/kb/index/abstention.ts)
 * on the fitted sets (bench/kb/sets.ts FITTED_SETS: every set whose misses have been read, A–S),
 * through the real index on PGlite, on each set's articles alone AND inside 50,000 filler chunks
 * (KB_CORPUS_CACHE=<dir> keeps those corpora between runs): each ticket is ranked, its features
 * computed, and a logistic regression fitted.
 *
 * Cross-validation leaves one SET out at a time: each set's tickets are scored by a model fitted on
 * the other sets only, which is what the product faces on an MSP's documentation it has never seen
 * (a fit on one 100-ticket set looked calibrated on its own folds and abstained on 3–15% of the
 * answerable tickets of sets written later). On those out-of-set probabilities the L2 strength is
 * the one with the lowest log-loss (the probability is shown to engineers as the passage's score),
 * and the threshold is the one that abstains on the most unanswerable tickets while
 * no-answer precision, pooled over every fitted set and both sizes, stays at least TARGET_PRECISION
 * (a wrong "no answer" costs the engineer the answer they needed). Prints each set's out-of-set
 * numbers and the model to paste into abstention.ts. Answerable tickets whose right article is not
 * in the top 3 are left out of the regression (a ranking miss, not a question for abstention), but
 * counted when the threshold is chosen: abstaining on them is a wrong "no answer" all the same.
 * So are the rules' declines (other client, not a fault), and the threshold must also leave at
 * least MIN_ANSWERED of the answerable tickets an answer.
 */
import { type AbstentionFeatures, FEATURE_NAMES } from '../../core/kb/index/abstention.ts';
import { rankKnowledge, ruledOut } from '../../core/kb/index/search.ts';
import { articleIdOf } from './corpus.ts';
import { openCorpus } from './corpus-cache.ts';
import { FITTED_SETS, setsNamed } from './sets.ts';

const FIT = process.env.KB_FIT_SETS ? setsNamed(process.env.KB_FIT_SETS) : FITTED_SETS;

/** The least pooled out-of-set no-answer precision the threshold may give (issue #18's target). */
const TARGET_PRECISION = Number(process.env.KB_FIT_TARGET_PRECISION ?? 0.8);
/**
 * The least share of answerable tickets that must keep an answer. Precision alone lets a threshold
 * trade several percent of top-1 for recall once the rules decline the easy unanswerable tickets;
 * issue #18 wants top-1 ≥ 88% as well, and sets rank 89–92% top-1, so at most 1.5% may be lost.
 */
const MIN_ANSWERED = Number(process.env.KB_FIT_MIN_ANSWERED ?? 0.985);
/**
 * KB_FIT_NON_NEGATIVE=1 keeps every weight at or above zero (each feature means "more of the ticket
 * is explained"). Tried on B + D and not kept: no better on A and C than the free fit on B.
 */
const NON_NEGATIVE = process.env.KB_FIT_NON_NEGATIVE === '1';

interface Example {
  x: number[];
  y: 0 | 1;
  /** The set's index: the cross-validation fold. */
  fold: number;
  /** Whether the regression learns from it: every unanswerable ticket, and answerable ones ranked in the top 3. */
  fit: boolean;
  /**
   * Declined by a rule whatever its probability (search.ts `ruledOut`: another client's runbook
   * matches much better, or not a fault): counted as abstained when the threshold is chosen, as the
   * product applies the rules, but learnt from like any other ranking.
   */
  ruled: boolean;
}

/**
 * Each example's class weight, so a few hundred unanswerable tickets are not drowned by two
 * thousand answerable ones: each class weighs half of the whole.
 */
function classWeights(labels: readonly (0 | 1)[]): number[] {
  const positives = labels.filter((y) => y === 1).length;
  const n = labels.length;
  return labels.map((y) => (y === 1 ? n / (2 * positives) : n / (2 * (n - positives))));
}

function train(examples: readonly Example[], l2: number): { bias: number; w: number[] } {
  const d = FEATURE_NAMES.length;
  let bias = 0;
  const w = new Array<number>(d).fill(0);
  const rate = 0.5;
  const weights = classWeights(examples.map((e) => e.y));
  for (let epoch = 0; epoch < 3000; epoch += 1) {
    let gb = 0;
    const gw = new Array<number>(d).fill(0);
    examples.forEach((e, n) => {
      let z = bias;
      for (let k = 0; k < d; k += 1) z += (e.x[k] ?? 0) * (w[k] ?? 0);
      const err = (1 / (1 + Math.exp(-z)) - e.y) * (weights[n] ?? 1);
      gb += err;
      for (let k = 0; k < d; k += 1) gw[k] = (gw[k] ?? 0) + err * (e.x[k] ?? 0);
    });
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

/** No-answer precision and recall, and how many answerable tickets keep an answer, at one threshold. */
function atThreshold(probabilities: readonly number[], examples: readonly Example[], threshold: number) {
  let abstained = 0;
  let right = 0;
  const negatives = examples.filter((e) => e.y === 0).length;
  probabilities.forEach((p, k) => {
    if (p < threshold || examples[k]?.ruled) {
      abstained += 1;
      if (examples[k]?.y === 0) right += 1;
    }
  });
  return {
    precision: abstained ? right / abstained : 1,
    recall: negatives ? right / negatives : 1,
    answeredShare: 1 - (abstained - right) / Math.max(1, examples.length - negatives),
  };
}

/** Log-loss over the examples the regression learns from, with its class weights. */
function weightedLogLoss(probabilities: readonly number[], examples: readonly Example[]): number {
  const fitted = examples.flatMap((e, k) => (e.fit ? [{ e, p: probabilities[k] ?? 0.5 }] : []));
  const weights = classWeights(fitted.map((x) => x.e.y));
  let sum = 0;
  fitted.forEach(({ e, p }, k) => {
    const q = Math.min(1 - 1e-9, Math.max(1e-9, p));
    sum -= (weights[k] ?? 1) * (e.y === 1 ? Math.log(q) : Math.log(1 - q));
  });
  return sum / fitted.length;
}

/**
 * The threshold (0.01 steps) that abstains most while precision stays at least TARGET_PRECISION
 * and at least MIN_ANSWERED of the answerable tickets keep an answer.
 */
function chooseThreshold(probabilities: readonly number[], examples: readonly Example[]) {
  let best = { threshold: 0, ...atThreshold(probabilities, examples, 0) };
  for (let step = 1; step <= 90; step += 1) {
    const threshold = step / 100;
    const m = atThreshold(probabilities, examples, threshold);
    if (m.precision >= TARGET_PRECISION && m.answeredShare >= MIN_ANSWERED && m.recall > best.recall)
      best = { threshold, ...m };
  }
  return best;
}

/** The fit sees each set's articles alone and inside 50,000 chunks of filler, so one model holds at both. */
const SIZES = [0, Number(process.env.KB_FIT_CHUNKS ?? 50_000)];
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main() {
  const examples: Example[] = [];
  for (const size of SIZES) {
    for (const [fold, set] of FIT.entries()) {
      const corpus = await openCorpus(set, size);
      for (const ticket of set.tickets) {
        const ranking = await rankKnowledge(corpus.ctx, {
          text: ticket.text,
          companyId: ticket.company,
        });
        const { passages, features } = ranking;
        const rules = ruledOut(ticket.text, ranking);
        const top3 = passages.slice(0, 3).map((p) => articleIdOf(corpus.urls, p));
        const ranked = ticket.expected === null || top3.some((id) => ticket.expected?.includes(id));
        const none = Object.fromEntries(FEATURE_NAMES.map((n) => [n, 0])) as unknown as AbstentionFeatures;
        const f = features ?? none;
        examples.push({
          x: FEATURE_NAMES.map((n) => f[n]),
          y: ticket.expected === null ? 0 : 1,
          fold,
          fit: ranked,
          ruled: Object.values(rules).some(Boolean),
        });
      }
      await corpus.database.close();
    }
  }

  const perL2: Array<{ l2: number; oof: number[]; logLoss: number } & ReturnType<typeof chooseThreshold>> =
    [];
  for (const l2 of [0, 0.0003, 0.001, 0.003, 0.01]) {
    const oof = new Array<number>(examples.length).fill(0);
    for (let fold = 0; fold < FIT.length; fold += 1) {
      // The held-out set's tickets at both corpus sizes are out of the training set together.
      const model = train(
        examples.filter((e) => e.fit && e.fold !== fold),
        l2,
      );
      examples.forEach((e, k) => {
        if (e.fold === fold) oof[k] = predict(model, e.x);
      });
    }
    const best = chooseThreshold(oof, examples);
    const logLoss = weightedLogLoss(oof, examples);
    console.log(
      `  l2 ${l2}: out-of-set log-loss ${logLoss.toFixed(4)}, threshold ${best.threshold.toFixed(2)}, out-of-set no-answer precision ${pct(best.precision)}, recall ${pct(best.recall)}, answerable tickets answered ${pct(best.answeredShare)}`,
    );
    perL2.push({ l2, oof, logLoss, ...best });
  }
  const best = [...perL2].sort((a, b) => a.logLoss - b.logLoss)[0];
  if (!best) throw new Error('no fit');
  console.log(
    `Each set scored by the model fitted on the others (l2 ${best.l2}, threshold ${best.threshold}):`,
  );
  for (const [fold, set] of FIT.entries()) {
    const own = examples.flatMap((e, k) => (e.fold === fold ? [{ e, p: best.oof[k] ?? 0 }] : []));
    const m = atThreshold(
      own.map((x) => x.p),
      own.map((x) => x.e),
      best.threshold,
    );
    console.log(
      `  ${set.name}: no-answer precision ${pct(m.precision)}, recall ${pct(m.recall)}, answerable answered ${pct(m.answeredShare)}`,
    );
  }
  // The whole out-of-set trade-off, so the chosen point can be judged against issue #18's targets
  // (precision ≥ 80% with recall ≥ 2/3, top-1 ≥ 88%): how much recall each step costs in answers.
  console.log('Out-of-set trade-off, every fitted set pooled, the rules counted:');
  for (const threshold of [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]) {
    const m = atThreshold(best.oof, examples, threshold);
    console.log(
      `  threshold ${threshold.toFixed(2)}: no-answer precision ${pct(m.precision)}, recall ${pct(m.recall)}, answerable tickets answered ${pct(m.answeredShare)}`,
    );
  }
  const final = train(
    examples.filter((e) => e.fit),
    best.l2,
  );
  const weights = Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, Number((final.w[k] ?? 0).toFixed(3))]));
  console.log(
    `Fitted on sets ${FIT.map((x) => x.name).join('')} at ${SIZES.join(' and ')} filler chunks (${examples.length} rankings, ${examples.filter((e) => e.y === 0).length} unanswerable, ${examples.filter((e) => e.fit).length} in the regression)`,
  );
  console.log(
    `Leave-one-set-out: l2 ${best.l2}, threshold ${best.threshold.toFixed(2)}, no-answer precision ${pct(best.precision)}, recall ${pct(best.recall)}, answerable tickets answered ${pct(best.answeredShare)}`,
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
