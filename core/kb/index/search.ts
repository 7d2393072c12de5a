import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../../auth/permissions.ts';
import { selectRows } from '../../db/raw.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { parseInput } from '../../shared/validation.ts';
import type { KnowledgePassage } from '../knowledge.ts';
import { companyKey } from './company-key.ts';
import { queryTerms } from './query-terms.ts';
import { passageHints, snippetFor } from './snippet.ts';

/**
 * Below this the best passage is noise, not an answer, and search says so with an empty result.
 * Calibrated with `bench:kb` on 59 labelled MSP tickets (12 unanswerable): on the bare 64-article
 * set every right answer scored ≥ 0.38 and 10 of 12 unanswerable tickets < 0.28; inside the
 * 50,000-chunk corpus 0.32 balanced no-answer recall (0.83) against losing weak right answers.
 */
export const SCORE_THRESHOLD = 0.32;
/** Passages far weaker than the best one are tangents; the engineer gets the strong ones only. */
const RELATIVE_CUTOFF = 0.5;
const DEFAULT_LIMIT = 3;
/** Chunks ranked by full-text search that are scored in TypeScript; the right one is nearly always in the top few. */
const LEXICAL_CANDIDATES = 60;
/** Titles matched by trigram per word the index has never seen (a typo), for the same scoring. */
const FUZZY_CANDIDATES = 20;
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
  /** [term index, chunks containing it, capped at DF_CAP]. */
  dfs: Array<[number, number]>;
  n: number;
}

/**
 * Searches the account's indexed knowledge for a ticket: Postgres full-text search over the
 * weighted chunk vectors (title A, heading B, body C) with OR semantics for recall, plus trigram
 * similarity on titles for words the index does not know (typos), scored in one calibrated 0–1
 * scale. Returns the best chunk per document, only from the ticket's client or the MSP's own
 * documentation, and nothing at all when the best score is under `SCORE_THRESHOLD`.
 * One round trip to the database.
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
  const rows = await withTransaction(ctx, (tx) =>
    selectRows<CandidateRow>(
      tx,
      sql`with terms as (
          select t.i, t.w,
            (select string_agg('(' || plainto_tsquery('english', a)::text || ')', ' | ')
               from jsonb_array_elements_text(t.alts) a
              where numnode(plainto_tsquery('english', a)) > 0)::tsquery as tq
          from jsonb_to_recordset(${termsJson}::jsonb) as t(i int, w text, alts jsonb)
        ),
        q as (select * from terms where tq is not null),
        df as (
          select q.i, (select count(*) from (
                 select 1 from kb_chunks c where c.search @@ q.tq and ${visible} limit ${DF_CAP}) s)::int as df
          from q
        ),
        total as (select count(*)::int as n from kb_chunks c where ${visible}),
        allq as (select string_agg('(' || tq::text || ')', ' | ')::tsquery as tq from q),
        lexical as (
          select c.id from kb_chunks c, allq
          where c.search @@ allq.tq and ${visible}
          order by ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', c.search, allq.tq, 1) desc, c.id
          limit ${LEXICAL_CANDIDATES}
        ),
        fuzzy as (
          select f.id from q join df using (i)
          cross join lateral (
            select c.id from kb_chunks c where c.title %> q.w and ${visible} limit ${FUZZY_CANDIDATES}
          ) f
          where df.df = 0 and length(q.w) >= 4
        ),
        cand as (select id from lexical union select id from fuzzy)
        select c.id, c.document_id, c.title, c.heading, c.body, d.url, k.kind,
          (select jsonb_agg(jsonb_build_array(q.i,
              case when to_tsvector('english', c.title) @@ q.tq then 3
                   when c.heading is not null and to_tsvector('english', c.heading) @@ q.tq then 2
                   when c.search @@ q.tq then 1 else 0 end,
              -- Typo tolerance, only for words no chunk contains: the closest title word that
              -- starts with the same letter (typos rarely hit the first one; "iphone" is not "phone").
              case when df.df = 0 then coalesce((
                select round(max(word_similarity(q.w, tw))::numeric, 3)
                from regexp_split_to_table(lower(c.title), '[^a-z0-9]+') tw
                where left(tw, 1) = left(q.w, 1)), 0) else 0 end))
            from q join df using (i)) as hits,
          (select jsonb_agg(jsonb_build_array(i, df)) from df) as dfs,
          (select n from total) as n
        from cand
        join kb_chunks c on c.id = cand.id
        join kb_documents d on d.id = c.document_id
        join kb_connectors k on k.id = d.connector_id`,
    ),
  );
  if (rows.length === 0) return [];

  const first = rows[0] as CandidateRow;
  const idf = termWeights(first.dfs, first.n);
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
 * Inverse document frequency per term, scaled by the corpus size to 0–1 so the same threshold
 * holds for a 300-chunk KB and a 50,000-chunk one. Terms missing from every chunk get a fixed
 * middling weight: they are part of the ticket the KB cannot explain, but often just a name.
 */
function termWeights(dfs: Array<[number, number]> | null, n: number): Map<number, number> {
  const weights = new Map<number, number>();
  const scale = Math.log(n + 1);
  for (const [i, df] of dfs ?? []) {
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
    total += weight;
    matched += weight * value;
    evidenceSum += weight * weight * value;
  }
  if (total === 0) return 0;
  const coverage = matched / total;
  const evidence = 1 - Math.exp(-evidenceSum / EVIDENCE_SCALE);
  // The square root only spreads the scale (order is unchanged) so weak-but-right matches are not
  // squeezed against zero and the offline engine's confidence (40 + 50 × score) reads sensibly.
  return Math.round(Math.sqrt(coverage ** 1.5 * evidence) * 1000) / 1000;
}
