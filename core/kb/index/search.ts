import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../../auth/permissions.ts';
import type { AppTx } from '../../db/client.ts';
import { selectRows } from '../../db/raw.ts';
import { withSystemTransaction, withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { parseInput } from '../../shared/validation.ts';
import type { KnowledgePassage } from '../knowledge.ts';
import { companyKey } from './company-key.ts';
import { queryTerms } from './query-terms.ts';
import { passageHints, snippetFor } from './snippet.ts';

/**
 * Below this the best passage is noise, not an answer, and search says so with an empty result.
 * Calibrated with `bench:kb` on 59 labelled MSP tickets (12 unanswerable): on the bare 64-article
 * set every right answer scored ≥ 0.38; inside the 50,000-chunk corpus (where common IT words
 * weigh less) right answers go down to 0.30, and once a passage must share two of a ticket's words
 * (see `scoreChunk`) no unanswerable ticket scored between 0.28 and 0.32.
 */
export const SCORE_THRESHOLD = 0.3;
/** Passages far weaker than the best one are tangents; the engineer gets the strong ones only. */
const RELATIVE_CUTOFF = 0.5;
const DEFAULT_LIMIT = 3;
/** Chunks ranked by full-text search that are scored in TypeScript; the right one is nearly always in the top few. */
const LEXICAL_CANDIDATES = 60;
/** How many of a ticket's rarest words pick the candidate chunks. */
const CANDIDATE_TERMS = 3;
/** About how many chunks the candidate query may match; ranking cost grows with it. */
const CANDIDATE_BUDGET = 400;
/** Document frequency is counted up to here: past it a word is common, and counting further costs time. */
const DF_CAP = 3_000;

// How much a term found in each field counts (title is what the article is about).
const FIELD_WEIGHT = { title: 1, heading: 0.8, body: 0.5 } as const;
/** A word no chunk contains (a name, a hostname, a typo) still counts, but less than a rare match. */
const UNKNOWN_TERM_WEIGHT = 0.45;
/** An unknown word that matches a title word by trigram is a typo of a real word: it weighs like one. */
const FUZZY_TERM_WEIGHT = 0.7;
/** A typo matched against a title by trigram similarity counts as a title hit scaled by the similarity. */
const FUZZY_WEIGHT = 1;
const FUZZY_MIN_SIMILARITY = 0.5;
// Matched evidence (sum of idf² × field) at which the evidence factor reaches 1 − 1/e.
const EVIDENCE_SCALE = 1.1;

export const SearchKnowledgeInput = z.object({
  text: z.string().max(20_000, 'text is too long (at most 20,000 characters)'),
  /** The ticket's client as its company name or key; normalised with `companyKey`. */
  companyId: z.string().max(500).nullable().optional(),
  limit: z.number().int().min(1).max(20).optional(),
});
export type SearchKnowledgeInput = z.input<typeof SearchKnowledgeInput>;

interface CandidateRow {
  id: string;
  document_id: string;
  title: string;
  heading: string | null;
  body: string;
  url: string | null;
  kind: string;
  /** [term index, field (3 title, 2 heading, 1 body, 0 none), trigram similarity of an unknown word to a title word]. */
  hits: Array<[number, number, number]>;
}

/**
 * Searches the account's indexed knowledge for a ticket: Postgres full-text search over the
 * weighted chunk vectors (title A, heading B, body C) with OR semantics for recall, plus trigram
 * similarity on titles for words the index does not know (typos), scored in one calibrated 0–1
 * scale. Returns the best chunk per document, only from the ticket's client or the MSP's own
 * documentation, and nothing at all when the best score is under `SCORE_THRESHOLD`.
 * Three statements: term statistics and candidate ids (as app_system, see below), then the
 * candidates read back under the tenant's RLS.
 */
export async function searchKnowledge(ctx: TenantContext, input: unknown): Promise<KnowledgePassage[]> {
  const { limit = DEFAULT_LIMIT, ...query } = parseInput(SearchKnowledgeInput, input, 'search');
  const ranked = (await rankKnowledge(ctx, query)).filter((p) => p.score >= SCORE_THRESHOLD);
  const best = ranked[0]?.score ?? 0;
  return ranked.filter((p) => p.score >= best * RELATIVE_CUTOFF).slice(0, limit);
}

/**
 * Every candidate document's best passage, scored and ranked, before the threshold: what
 * calibration (bench:kb) looks at. Callers that answer a ticket use `searchKnowledge`.
 */
export async function rankKnowledge(
  ctx: TenantContext,
  input: { text: string; companyId?: string | null | undefined },
): Promise<KnowledgePassage[]> {
  authorize(ctx, 'kb.search');
  const { text, companyId } = parseInput(SearchKnowledgeInput, input, 'search');
  const terms = queryTerms(text);
  if (terms.length === 0) return [];
  const key = companyKey(companyId);
  const termsJson = JSON.stringify(terms.map((t, i) => ({ i, w: t.word, alts: t.alternatives })));

  // The client filter: the ticket's client or the MSP's own documentation, never another client's.
  const visible = sql`(c.company_key is null or c.company_key = ${key})`;
  // Step 1 finds candidate chunk ids. It runs as app_system with the account filter written out,
  // because Postgres will not use an index for a non-leakproof operator (`@@`, `%>`) ahead of a
  // row-level-security policy: under app_user every search would test every chunk. It returns
  // ids and counts only; step 2 reads the chunks themselves under the tenant's RLS.
  const found = await withSystemTransaction(ctx.db, 'knowledge search candidates', async (tx) => {
    await withoutJit(tx, ctx);
    const stats = await termStatistics(tx, ctx.accountId, termsJson);
    const known = stats.filter((t) => t.df > 0);
    if (known.length === 0 && !stats.some(isTypoCandidate)) return undefined;
    const any = (list: TermStat[]) => list.map((t) => `(${t.tq})`).join(' | ');
    // Candidates are chunks with one of the rarest words: a word in most chunks ("email",
    // "error") would make every chunk a candidate, and the rarest words decide the answer anyway.
    const rare = [...known].sort((a, b) => a.df - b.df || a.i - b.i).slice(0, CANDIDATE_TERMS);
    const candidateQuery = candidateTsquery(rare, stats[0]?.n ?? 0);
    const typos = stats.filter(isTypoCandidate).map((t) => t.w);
    // Both queries are bound values, not joins: Postgres then plans with the actual tsquery and
    // the actual words, and takes the GIN (full-text) and trigram indexes.
    const lexical = rare.length
      ? sql`select c.id from kb_chunks c
            where c.account_id = ${ctx.accountId} and c.search @@ ${candidateQuery}::tsquery and ${visible}
            order by ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search, ${any(known)}::tsquery, 1) desc, c.id
            limit ${LEXICAL_CANDIDATES}`
      : undefined;
    // No LIMIT: with one the planner bets on meeting matches early in a sequential scan of every
    // title; without, it takes the trigram index (and a misspelling matches few titles).
    const fuzzy = typos.map(
      (w) =>
        sql`select c.id from kb_chunks c where c.account_id = ${ctx.accountId} and c.title %> ${w} and ${visible}`,
    );
    const parts = [...(lexical ? [lexical] : []), ...fuzzy].map((part) => sql`(${part})`);
    const ids = await selectRows<{ id: string }>(tx, sql.join(parts, sql` union `));
    return { stats, ids: ids.map((r) => r.id) };
  });
  if (!found || found.ids.length === 0) return [];
  const { stats } = found;
  const termRows = JSON.stringify(stats.map(({ i, w, tq, df }) => ({ i, w, tq, df })));

  const rows = await withTransaction(ctx, async (tx) => {
    await withoutJit(tx, ctx);
    return selectRows<CandidateRow>(
      tx,
      sql`with q as (select i, w, tq::tsquery as tq, df from jsonb_to_recordset(${termRows}::jsonb)
                       as t(i int, w text, tq text, df int)),
        cand as (select (jsonb_array_elements_text(${JSON.stringify(found.ids)}::jsonb))::uuid as id)
        select c.id, c.document_id, c.title, c.heading, c.body, d.url, k.kind,
          (select jsonb_agg(jsonb_build_array(q.i,
              case when v.title @@ q.tq then 3 when v.heading @@ q.tq then 2
                   when c.search @@ q.tq then 1 else 0 end,
              -- Typo tolerance, only for words no chunk contains: the closest title word that
              -- starts with the same letter (typos rarely hit the first one; "iphone" is not "phone").
              case when q.df = 0 then coalesce((
                select round(max(word_similarity(q.w, tw))::numeric, 3)
                from regexp_split_to_table(lower(c.title), '[^a-z0-9]+') tw
                where left(tw, 1) = left(q.w, 1)), 0) else 0 end))
            from q) as hits
        -- Walk from the few candidate ids by primary key. Plain joins let the planner start from
        -- the account's documents instead (it cannot estimate the RLS filter), which on PGlite
        -- meant visiting all 50,000 chunks; OFFSET 0 keeps each lookup from being flattened.
        from cand
        cross join lateral (select * from kb_chunks c where c.id = cand.id offset 0) c
        cross join lateral (select url, connector_id from kb_documents d where d.id = c.document_id offset 0) d
        cross join lateral (select kind from kb_connectors k where k.id = d.connector_id offset 0) k
        -- The title's and heading's lexemes, cut from the stored vector by weight (A, B) once per
        -- chunk: far cheaper than parsing the text again for every term.
        cross join lateral (select ts_filter(c.search, '{a}') as title, ts_filter(c.search, '{b}') as heading) v`,
    );
  });
  if (rows.length === 0) return [];

  const idf = termWeights(
    stats.map((t) => [t.i, t.df]),
    stats[0]?.n ?? 0,
  );
  const bestPerDocument = new Map<string, { row: CandidateRow; score: number }>();
  for (const row of rows) {
    const score = scoreChunk(row.hits, idf);
    const held = bestPerDocument.get(row.document_id);
    if (!held || score > held.score || (score === held.score && row.id < held.row.id)) {
      bestPerDocument.set(row.document_id, { row, score });
    }
  }
  const words = terms.flatMap((t) => t.alternatives);
  return [...bestPerDocument.values()]
    .sort((a, b) => b.score - a.score || a.row.document_id.localeCompare(b.row.document_id))
    .map(({ row, score }) => ({
      documentId: row.document_id,
      title: row.title,
      url: row.url,
      source: row.kind,
      snippet: snippetFor(row.body, words),
      score,
      ...passageHints(row.heading, row.body),
    }));
}

/**
 * A server JIT-compiles statements whose cost estimate is high, as these are (set-returning JSON
 * functions inflate it), and compiling takes longer than running them. PGlite has no JIT.
 */
async function withoutJit(tx: AppTx, ctx: TenantContext): Promise<void> {
  if (ctx.db.kind === 'postgres') await tx.execute(sql`select set_config('jit', 'off', true)`);
}

interface TermStat {
  i: number;
  w: string;
  /** The term as tsquery text: its alternatives, each through plainto_tsquery, OR-ed. */
  tq: string;
  /** Chunks of the account containing it (capped), from the trigger-kept kb_term_stats. */
  df: number;
  /** Chunks in the account. */
  n: number;
}

/**
 * Each term's tsquery and document frequency, read from kb_term_stats (a few index lookups) rather
 * than counted over the index. An alternative of several words is as rare as its rarest word; a
 * term is as common as its alternatives together. Terms that are only stop words are left out.
 */
async function termStatistics(tx: AppTx, accountId: string, termsJson: string): Promise<TermStat[]> {
  const rows = await selectRows<TermStat>(
    tx,
    sql`with terms as (
        select t.i, t.w, t.alts,
          (select string_agg('(' || plainto_tsquery('english', a)::text || ')', ' | ')
             from jsonb_array_elements_text(t.alts) a
            where numnode(plainto_tsquery('english', a)) > 0) as tq
        from jsonb_to_recordset(${termsJson}::jsonb) as t(i int, w text, alts jsonb)
      )
      select terms.i, terms.w, terms.tq,
        least(coalesce((
          select sum(alt.df) from (
            select (select coalesce(min(s.chunks), 0)
                      from unnest(tsvector_to_array(to_tsvector('english', a))) lx
                      left join kb_term_stats s on s.account_id = ${accountId} and s.lexeme = lx) as df
            from jsonb_array_elements_text(terms.alts) a) alt), 0), ${DF_CAP})::int as df,
        coalesce((select s.chunks from kb_term_stats s where s.account_id = ${accountId} and s.lexeme = ''), 0) as n
      from terms
      where terms.tq is not null
      order by terms.i`,
  );
  return rows.map((r) => ({ ...r, df: Number(r.df), n: Number(r.n) }));
}

/**
 * The tsquery that picks candidate chunks, sized so that ranking touches a few hundred chunks,
 * not thousands: as many of the rarest words OR-ed as fit the budget; when even the rarest word
 * alone is too common ("access", "account"), chunks must hold two, then three of the rarest words
 * (their co-occurrence estimated as independent). The words that decide the answer are the rare ones.
 */
export function candidateTsquery(rare: TermStat[], n: number): string {
  const term = (t: TermStat) => `(${t.tq})`;
  const fitting: TermStat[] = [];
  let total = 0;
  for (const t of rare) {
    if (total + t.df > CANDIDATE_BUDGET && fitting.length > 0) break;
    fitting.push(t);
    total += t.df;
  }
  if (total <= CANDIDATE_BUDGET || rare.length < 2 || n === 0) return fitting.map(term).join(' | ');
  for (let size = 2; size <= Math.min(3, rare.length); size += 1) {
    const groups = combinations(rare, size);
    const expected = groups.reduce((sum, g) => sum + g.reduce((p, t) => p * (t.df / n), n), 0);
    if (expected <= CANDIDATE_BUDGET || size === Math.min(3, rare.length)) {
      return groups.map((g) => `(${g.map(term).join(' & ')})`).join(' | ');
    }
  }
  return fitting.map(term).join(' | ');
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) =>
    combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

/** A word no chunk contains, long enough to be a misspelling rather than a name or an initialism. */
function isTypoCandidate(t: TermStat): boolean {
  return t.df === 0 && t.w.length >= 4;
}

/**
 * Inverse document frequency per term, scaled by the corpus size to 0–1 so the same threshold
 * holds for a 300-chunk KB and a 50,000-chunk one. Terms missing from every chunk get a fixed
 * middling weight: they are part of the ticket the KB cannot explain, but often just a name.
 */
function termWeights(dfs: Array<[number, number]>, n: number): Map<number, number> {
  const weights = new Map<number, number>();
  const scale = Math.log(n + 1);
  for (const [i, df] of dfs) {
    weights.set(
      i,
      df === 0 || scale === 0 ? UNKNOWN_TERM_WEIGHT : Math.max(0.02, Math.log((n + 1) / (df + 0.5)) / scale),
    );
  }
  return weights;
}

/**
 * coverage^1.5 × evidence, as the demo source does: coverage is the IDF-weighted share of the
 * ticket this chunk explains (a ticket mostly about something else scores low), evidence grows with
 * how much rare vocabulary matched, so one common word ("windows") never clears the threshold alone.
 */
export function scoreChunk(hits: Array<[number, number, number]> | null, idf: Map<number, number>): number {
  let matched = 0;
  let total = 0;
  let evidenceSum = 0;
  let termsMatched = 0;
  for (const [i, field, similarity] of hits ?? []) {
    let weight = idf.get(i) ?? UNKNOWN_TERM_WEIGHT;
    let value =
      field === 3
        ? FIELD_WEIGHT.title
        : field === 2
          ? FIELD_WEIGHT.heading
          : field === 1
            ? FIELD_WEIGHT.body
            : 0;
    if (value === 0 && similarity >= FUZZY_MIN_SIMILARITY) {
      value = FUZZY_WEIGHT * similarity;
      if (weight === UNKNOWN_TERM_WEIGHT) weight = FUZZY_TERM_WEIGHT;
    }
    if (value > 0) termsMatched += 1;
    total += weight;
    matched += weight * value;
    evidenceSum += weight * weight * value;
  }
  if (total === 0) return 0;
  // A ticket of three or more words that a passage shares only one of is not about that passage
  // ("sticky keys after a coffee spill" is not the BitLocker recovery key), however rare the word.
  if ((hits?.length ?? 0) >= 3 && termsMatched < 2) return 0;
  const coverage = matched / total;
  const evidence = 1 - Math.exp(-evidenceSum / EVIDENCE_SCALE);
  // The square root only spreads the scale (order is unchanged) so weak-but-right matches are not
  // squeezed against zero and the offline engine's confidence (40 + 50 × score) reads sensibly.
  return Math.round(Math.sqrt(coverage ** 1.5 * evidence) * 1000) / 1000;
}
