import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../../auth/permissions.ts';
import type { AppTx } from '../../db/client.ts';
import { selectRows } from '../../db/raw.ts';
import { withSystemTransaction, withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { parseInput } from '../../shared/validation.ts';
import { ACTIONABLE_SCORE, type KnowledgeCandidates, type KnowledgePassage } from '../knowledge.ts';
import { ABSTENTION_MODEL, type AbstentionFeatures, answerProbability } from './abstention.ts';
import { associationScore } from './associations.ts';
import {
  averageLengths,
  type ChunkScore,
  type Field,
  idf,
  type ParsedVector,
  PHRASE_WEIGHT,
  parseVector,
  type RankTerm,
  SYNONYM_WEIGHT,
  scoreChunk,
  termCeiling,
} from './bm25.ts';
import { companyKey } from './company-key.ts';
import { containsWord, productsNamed, typedProductNames } from './products.ts';
import { type QueryTerm, queryTerms } from './query-terms.ts';
import { documentServes, readRequest } from './request-kind.ts';
import { passageHints, snippetFor } from './snippet.ts';
import { type Symptom, statedSymptoms, unspokenSymptom } from './symptoms.ts';

/**
 * Passages far weaker than the best one are tangents when a caller wants the top few. Chosen on
 * sets A–S (ranking alone): 0.4 left two right third passages out; 0.2, 0.1 and 0 found the same
 * top 3, and 0.2 is the largest of them.
 */
const RELATIVE_CUTOFF = 0.2;
/**
 * A passage under this share of the best one's BM25 is shown as a lead even when its score clears
 * ACTIONABLE_SCORE: worth a look, not on a par with the answer ("red X" brings the OneDrive page
 * under "mapped drive red x"). It was the cutoff itself until the ninth session.
 */
const TANGENT_SHARE = 0.4;
/** A caller asking for many (a reranker) gets the longer tail, down to this share of the best. */
const WIDE_RELATIVE_CUTOFF = 0.1;
const DEFAULT_LIMIT = 3;
/** Chunks picked by full-text search and scored with BM25 in TypeScript. */
const LEXICAL_CANDIDATES = 120;
/** At least this many of a ticket's rarest words pick the candidate chunks. */
const CANDIDATE_TERMS = 3;
/** About how many chunks the candidate query may match; ranking cost grows with it. */
const CANDIDATE_BUDGET = 600;
/** A misspelling is corrected to an indexed word at least this similar (pg_trgm similarity). */
const TYPO_MIN_SIMILARITY = 0.45;
/**
 * A client's own runbook outranks the MSP's generic article on the same words: it is written for
 * that client's systems, and usually overrides the generic steps. Fitted on set B (1 < 1.15 = 1.3).
 */
const CLIENT_BOOST = 1.15;
/**
 * A document is scored by its best passage plus this share of the best body-and-heading score among
 * its other passages: a runbook whose symptoms and fix sections both match the ticket says more
 * than a page with one matching paragraph ("Dentrix will not open" against the x-ray sensor page
 * that mentions opening Dentrix once). The title is left out of that second passage because every
 * chunk carries it: counting it again would favour long pages for their title alone. Chosen on
 * the ranking alone over A–AL and AP (3,969 answerable tickets, docs/knowledge-base.md): 0.35
 * gained 27 top-1 and 13 top-3 over the best passage alone.
 */
export const SECOND_PASSAGE_WEIGHT = 0.35;
/**
 * Each document then gains this share of the best document's score times the share of its title's
 * words the ticket says (`titleShare`). BM25 rewards a title for the ticket words it holds, not for
 * holding little else: "my laptop wont connect to the wifi at reception" says all of "Laptop
 * will not connect to Wi-Fi" and about a third of "Reception network layout: guest Wi-Fi portal,
 * kiosk laptop VLAN and door controller", which holds more of its words. Relative to the best
 * score, so it weighs the same in a small KB and a large one. Chosen on sets A–S alone (ranking
 * alone, 1,921 answerable tickets): 0.35 gained 10 top-1 and 2 top-3 there; on X–AL and AP, which
 * it was not chosen on, it gained 26 top-1 and 10 top-3 of 2,048 (docs/knowledge-base.md).
 */
export const TITLE_SHARE_WEIGHT = 0.35;
/**
 * The top ASSOCIATION_DEPTH documents then gain this share of the best document's score times
 * how strongly the ticket's words point to their title (associations.ts): words learned from
 * tickets to go with title words they never share ("resign" with "offboard"). It bridges a gap in
 * wording, so it counts as much as no title among them is said by the ticket: nothing when one is
 * said in full ("printer offline" and "Printer shows offline"), where it would only let a page the
 * ticket points to outrank the one it names. Learned from T–AL's and AP's tickets; the weight,
 * and this way of counting, chosen on A–S (docs/knowledge-base.md).
 */
export const ASSOCIATION_WEIGHT = 0.5;
/** Only the best documents are reordered: a page the text barely matches is not lifted by it. */
const ASSOCIATION_DEPTH = 10;
/** Abstention's `coverage` counts a ticket as at least this many terms. */
const MIN_COVERAGE_TERMS = 3;
/**
 * A client's ticket gets no answer when another client's documentation matches it this much
 * better (best in-scope BM25 < this × the best other-client chunk holding a word of the ticket
 * that nothing in scope holds): it is about that client's system ("Sage 200 won't connect" from
 * a client that has no Sage 200). Chosen on sets A–S, own KB: the largest share at which no
 * answerable ticket lost its answer (see docs/knowledge-base.md).
 */
export const OTHER_CLIENT_RATIO = 0.7;
/** Chunks of other clients' documentation scored per part of the candidate query, for the above. */
const OTHER_CLIENT_CANDIDATES = 20;

export const SearchKnowledgeInput = z.object({
  text: z.string().max(20_000, 'text is too long (at most 20,000 characters)'),
  /** The ticket's client as its company name or key; normalised with `companyKey`. */
  companyId: z
    .string()
    .max(500, 'the client name is too long (at most 500 characters)')
    .nullable()
    .optional(),
  limit: z.number().int().min(1).max(20).optional(),
});
export type SearchKnowledgeInput = z.input<typeof SearchKnowledgeInput>;

interface CandidateRow {
  /** Another client's chunk: scored only to compare (OTHER_CLIENT_RATIO), never returned. */
  other: boolean;
  id: string;
  document_id: string;
  title: string;
  heading: string | null;
  body: string;
  url: string | null;
  kind: string;
  /** The chunk's search vector as text: lexemes with positions and field weights. */
  vec: string;
  /** The chunk is the ticket's client's own documentation (not the MSP's generic). */
  client: boolean;
}

/** A ranked document: its best passage, with what abstention looks at. */
export interface RankedPassage extends KnowledgePassage {
  /** The ranking score: `match` plus the title share (TITLE_SHARE_WEIGHT). */
  bm25: number;
  /**
   * BM25F (with the proximity bonus) of the document's best passage plus its second passage's share
   * (SECOND_PASSAGE_WEIGHT): how well its text matches, compared with other clients' chunks.
   */
  match: number;
}

export interface Ranking {
  passages: RankedPassage[];
  features: AbstentionFeatures | undefined;
  /**
   * BM25F of the best passage of another client's documentation (0: none, or the ticket has no
   * client). Never shown; it only decides whether the ticket is that client's (OTHER_CLIENT_RATIO).
   */
  otherClientBest: number;
  /**
   * A symptom the ticket states that the best document never speaks of (symptoms.ts), or null.
   * "Paper keeps jamming" matched to the scan-to-email runbook shares words, not the problem.
   */
  unspokenSymptom: Symptom | null;
}

/**
 * Searches the account's indexed knowledge for a ticket: Okapi BM25F over title, heading path and
 * body with OR semantics over the ticket's terms (synonyms folded, misspellings corrected to indexed
 * words, partial error codes matched as prefixes), a bonus for terms adjacent in a title or heading,
 * then a calibrated abstention (abstention.ts) that answers with nothing rather than a tangent.
 * Returns the best chunk per document, only from the ticket's client or the MSP's own
 * documentation. `score` is the probability the answer is right for the first passage, scaled by
 * relative BM25 for the rest; a passage below ACTIONABLE_SCORE, or under TANGENT_SHARE of the first,
 * is marked a `lead`.
 */
export async function searchKnowledge(ctx: TenantContext, input: unknown): Promise<KnowledgePassage[]> {
  return (await searchKnowledgeAnswer(ctx, input)).passages;
}

/**
 * `searchKnowledge` with why there is no answer when that is worth telling the engineer: another
 * client's documentation matches the ticket much better (`anotherClientMatches`), so the ticket's
 * client may be wrong; or the ticket states a symptom the nearest page never speaks of
 * (`unspokenSymptom`, symptoms.ts).
 */
export async function searchKnowledgeAnswer(
  ctx: TenantContext,
  input: unknown,
): Promise<{ passages: KnowledgePassage[]; anotherClientMatches: boolean; unspokenSymptom: Symptom | null }> {
  const {
    passages,
    answerable,
    anotherClientMatches = false,
    unspokenSymptom,
  } = await searchKnowledgeCandidates(ctx, input);
  if (!answerable) return { passages: [], anotherClientMatches, unspokenSymptom };
  return {
    passages: passages.map((p, i) =>
      p.score < ACTIONABLE_SCORE || (i > 0 && p.score < TANGENT_SHARE * (passages[0]?.score ?? 0))
        ? { ...p, lead: true }
        : p,
    ),
    anotherClientMatches: false,
    unspokenSymptom: null,
  };
}

/**
 * What `searchKnowledge` finds before abstention is applied, for a caller with a better judge of
 * "does this answer the ticket" (the rerank model, core/kb/rerank): the lexical abstention declines
 * few answerable tickets (1–3% on sets it was not fitted on) but lets many unanswerable ones
 * through, and a passage it withholds can never be chosen by the model. `answerable` is what such
 * a caller falls back to when its judge is unavailable.
 */
export async function searchKnowledgeCandidates(
  ctx: TenantContext,
  input: unknown,
): Promise<KnowledgeCandidates & { unspokenSymptom: Symptom | null }> {
  const { limit = DEFAULT_LIMIT, ...query } = parseInput(SearchKnowledgeInput, input, 'search');
  const ranking = await rankKnowledge(ctx, query);
  const { passages, features, otherClientBest } = ranking;
  const best = passages[0];
  if (!best || !features)
    return {
      passages: [],
      answerable: false,
      anotherClientMatches: otherClientBest > 0,
      unspokenSymptom: null,
    };
  const p = answerProbability(features);
  const { otherClients, notAFault, symptomUnspoken } = ruledOut(query.text, ranking);
  const cutoff = limit > DEFAULT_LIMIT ? WIDE_RELATIVE_CUTOFF : RELATIVE_CUTOFF;
  return {
    passages: passages
      .filter((x) => x.bm25 >= best.bm25 * cutoff)
      .slice(0, limit)
      .map(({ bm25, match: _, ...passage }) => ({ ...passage, score: round(p * (bm25 / best.bm25)) })),
    answerable: p >= ABSTENTION_MODEL.threshold && !otherClients && !notAFault && !symptomUnspoken,
    anotherClientMatches: otherClients,
    unspokenSymptom: ranking.unspokenSymptom,
  };
}

/**
 * The rules that decline a ranking whatever its answer probability: another client's documentation
 * matches much better (OTHER_CLIENT_RATIO), the ticket is not a fault and the best document is
 * not about it (request-kind.ts), or the ticket states a symptom the best document never speaks of
 * (symptoms.ts). The abstention fit counts these declines when it chooses the threshold, as the
 * product applies them.
 */
export function ruledOut(
  text: string,
  ranking: Pick<Ranking, 'passages' | 'otherClientBest' | 'unspokenSymptom'>,
): { otherClients: boolean; notAFault: boolean; symptomUnspoken: boolean } {
  const best = ranking.passages[0];
  if (!best) return { otherClients: false, notAFault: false, symptomUnspoken: false };
  const request = readRequest(text);
  return {
    otherClients: best.match < OTHER_CLIENT_RATIO * ranking.otherClientBest,
    notAFault: request !== null && !documentServes(request, best.title),
    symptomUnspoken: ranking.unspokenSymptom !== null,
  };
}

/**
 * Every candidate document's best passage ranked by BM25F, and the abstention features of the
 * ranking, before any threshold: what the bench and the abstention fit look at. Callers that
 * answer a ticket use `searchKnowledge`.
 */
export async function rankKnowledge(
  ctx: TenantContext,
  input: { text: string; companyId?: string | null | undefined },
): Promise<Ranking> {
  authorize(ctx, 'kb.search');
  const { text, companyId } = parseInput(SearchKnowledgeInput, input, 'search');
  const none: Ranking = { passages: [], features: undefined, otherClientBest: 0, unspokenSymptom: null };
  const terms = queryTerms(text);
  if (terms.length === 0) return none;
  const key = companyKey(companyId);

  // The client filter: the ticket's client or the MSP's own documentation, never another client's.
  const visible = sql`(c.company_key is null or c.company_key = ${key})`;
  // Other clients' documentation, read only to notice a ticket that is about one of their systems.
  const others = key === null ? undefined : sql`(c.company_key is not null and c.company_key <> ${key})`;
  // Step 1 finds candidate chunk ids. It runs as app_system with the account filter written out,
  // because Postgres will not use an index for a non-leakproof operator (`@@`, `%`) ahead of a
  // row-level-security policy: under app_user every search would test every chunk. It returns
  // statistics and ids only; step 2 reads the chunks themselves under the tenant's RLS.
  const found = await withSystemTransaction(
    ctx.db,
    'knowledge search candidates',
    async (tx) => {
      const { stats, n } = await termStatistics(tx, ctx.accountId, terms);
      const known = stats.filter((t) => t.df > 0);
      if (known.length === 0) return undefined;
      // Each spelling of a term is as rare as itself: "mfa" must not count as common because
      // "authenticator" stems to a word ("authent") that every sign-in note contains.
      const spellings = known.flatMap((t) =>
        t.lexemes.flatMap((lexemes, k) => {
          const df = t.altDf[k] ?? 0;
          return df > 0
            ? [{ ...t, lexemes: [lexemes], altDf: [df], df, tq: termTsquery([lexemes], t.prefix) }]
            : [];
        }),
      );
      const rare = spellings.sort((a, b) => a.df - b.df || a.i - b.i);
      const queries = candidateTsqueries(rare, n);
      const part = (query: string, limit: number, scope = visible) =>
        // Bound values, not joins: Postgres then plans with the actual tsquery and takes the GIN index.
        sql`(select c.id from kb_chunks c
          where c.account_id = ${ctx.accountId} and c.search @@ ${query}::tsquery and ${scope}
          order by ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search, ${query}::tsquery, 1) desc,
            ts_rank('{0.1, 0.2, 0.4, 1.0}', c.search, ${anyOf(known)}::tsquery, 1) desc, c.id
          limit ${limit})`;
      const parts = [
        queries.rare
          ? part(queries.rare, queries.common ? LEXICAL_CANDIDATES / 2 : LEXICAL_CANDIDATES)
          : undefined,
        queries.common
          ? part(queries.common, queries.rare ? LEXICAL_CANDIDATES / 2 : LEXICAL_CANDIDATES)
          : undefined,
        others && queries.rare ? part(queries.rare, OTHER_CLIENT_CANDIDATES, others) : undefined,
        others && queries.common ? part(queries.common, OTHER_CLIENT_CANDIDATES, others) : undefined,
      ].filter((x) => x !== undefined);
      const ids = await selectRows<{ id: string }>(tx, sql.join(parts, sql` union `));
      return { stats, n, ids: [...new Set(ids.map((r) => r.id))].sort() };
    },
    SEARCH_SETTINGS,
  );
  if (!found || found.ids.length === 0) return none;
  const { stats, n } = found;

  const read = await withTransaction(
    ctx,
    async (tx) =>
      selectRows<CandidateRow>(
        tx,
        sql`with cand as (select (jsonb_array_elements_text(${JSON.stringify(found.ids)}::jsonb))::uuid as id)
        select c.id, c.document_id, c.title, c.heading, c.body, c.search::text as vec, d.url, k.kind,
          coalesce(c.company_key = ${key}, false) as client,
          c.company_key is not null and c.company_key is distinct from ${key} as other
        -- Walk from the few candidate ids by primary key. Plain joins let the planner start from
        -- the account's documents instead (it cannot estimate the RLS filter), which on PGlite
        -- meant visiting all 50,000 chunks; OFFSET 0 keeps each lookup from being flattened.
        from cand
        cross join lateral (select * from kb_chunks c where c.id = cand.id offset 0) c
        cross join lateral (select url, connector_id from kb_documents d where d.id = c.document_id offset 0) d
        cross join lateral (select kind from kb_connectors k where k.id = d.connector_id offset 0) k`,
      ),
    SEARCH_SETTINGS,
  );
  const idfOf = new Map(stats.map((t) => [t.i, idf(t.df, n)]));
  for (const t of stats) t.altIdf = t.altDf.map((df) => idf(df, n));
  const rows = read.filter((row) => !row.other);
  if (rows.length === 0) {
    // Nothing in scope holds a word of the ticket; another client's documentation may.
    const others = read.map((row) => parseVector(row.vec));
    return {
      ...none,
      otherClientBest: bestOtherClientScore(read, new Set(), stats, idfOf, averageLengths(others)),
    };
  }
  const vectors = rows.map((row) => parseVector(row.vec));
  const averages = averageLengths(vectors);
  /**
   * Each document's best chunk, with that chunk's heading-and-body score and the best such score
   * among the document's other chunks (SECOND_PASSAGE_WEIGHT).
   */
  const bestPerDocument = new Map<
    string,
    { row: CandidateRow; scored: ChunkScore; body: number; second: number; title: string[] }
  >();
  /** The ticket's terms some in-scope candidate holds. */
  const heldInScope = new Set<number>();
  // A document's fix steps and checks often sit in sections that match the ticket less than its
  // "Symptoms": the engineer gets those of the best-scoring chunk of that document that has some.
  const stepsPerDocument = new Map<string, { score: number; hints: Hints }>();
  const checksPerDocument = new Map<string, { score: number; hints: Hints }>();
  rows.forEach((row, index) => {
    const vector = vectors[index];
    if (!vector) return;
    const scored = scoreChunk(vector, stats, idfOf, averages);
    for (const i of scored.matched.keys()) heldInScope.add(i);
    if (row.client) scored.score *= CLIENT_BOOST;
    const body =
      scoreChunk(withoutTitle(vector), stats, idfOf, averages).score * (row.client ? CLIENT_BOOST : 1);
    const held = bestPerDocument.get(row.document_id);
    if (!held) {
      bestPerDocument.set(row.document_id, { row, scored, body, second: 0, title: titleWords(vector) });
    } else if (
      scored.score > held.scored.score ||
      (scored.score === held.scored.score && row.id < held.row.id)
    ) {
      bestPerDocument.set(row.document_id, {
        row,
        scored,
        body,
        second: Math.max(held.second, held.body),
        title: held.title,
      });
    } else {
      held.second = Math.max(held.second, body);
    }
    const hints = passageHints(row.heading, row.body);
    for (const [kind, map] of [
      ['fix', stepsPerDocument],
      ['checks', checksPerDocument],
    ] as const) {
      const held = map.get(row.document_id);
      if (hints[kind] && scored.score > 0 && (!held || scored.score > held.score)) {
        map.set(row.document_id, { score: scored.score, hints });
      }
    }
  });
  // Scored with the in-scope averages, so reading other clients' chunks never moves the ranking.
  const otherClientBest = bestOtherClientScore(read, heldInScope, stats, idfOf, averages);
  const documents = [...bestPerDocument.values()]
    .map((best) => ({
      ...best,
      scored: { ...best.scored, score: best.scored.score + SECOND_PASSAGE_WEIGHT * best.second },
    }))
    .filter((x) => x.scored.score > 0);
  const bestScore = Math.max(0, ...documents.map((x) => x.scored.score));
  const saidShare = titleShare(stats.filter((t) => t.df > 0));
  const byTitleShare = documents
    .map((x) => {
      const titleSaid = saidShare(x.title);
      return {
        ...x,
        match: x.scored.score,
        titleSaid,
        scored: { ...x.scored, score: x.scored.score + TITLE_SHARE_WEIGHT * bestScore * titleSaid },
      };
    })
    .sort(byScore);
  // Only the first ASSOCIATION_DEPTH gain, so they stay above the rest.
  const first = byTitleShare.slice(0, ASSOCIATION_DEPTH);
  const gap = 1 - Math.max(0, ...first.map((x) => x.titleSaid));
  const bonus = ASSOCIATION_WEIGHT * gap * (first[0]?.scored.score ?? 0);
  const said = [...new Set(stats.flatMap((t) => (t.prefix ? [] : (t.lexemes[0] ?? []))))];
  const associated = first
    .map((x) => {
      const pointsTo = associationScore(said, x.title);
      return { ...x, pointsTo, scored: { ...x.scored, score: x.scored.score + bonus * pointsTo } };
    })
    .sort(byScore);
  const ranked = [...associated, ...byTitleShare.slice(ASSOCIATION_DEPTH)];
  const top = associated[0];
  if (!top) return none;
  const words = terms.flatMap((t) => t.alternatives);
  const { productMissed, symptom } = await readBestDocument(ctx, text, top.row.document_id);
  return {
    passages: ranked.map(({ row, scored, match }) => ({
      documentId: row.document_id,
      title: row.title,
      url: row.url,
      source: row.kind,
      snippet: snippetFor(row.body, words),
      score: scored.score,
      bm25: scored.score,
      match,
      ...withDocumentHints(
        passageHints(row.heading, row.body),
        stepsPerDocument.get(row.document_id)?.hints,
        checksPerDocument.get(row.document_id)?.hints,
      ),
    })),
    features: {
      ...abstentionFeatures(stats, idfOf, n, top.scored, ranked[1]?.scored.score ?? 0),
      productMissed: productMissed ? 1 : 0,
      titleSaid: top.titleSaid,
      pointsTo: Math.min(1, top.pointsTo / 3),
    },
    otherClientBest,
    unspokenSymptom: symptom,
  };
}

/** Best first; ties by document id, so an order never depends on the database's. */
function byScore(
  a: { scored: ChunkScore; row: { document_id: string } },
  b: { scored: ChunkScore; row: { document_id: string } },
): number {
  return b.scored.score - a.scored.score || a.row.document_id.localeCompare(b.row.document_id);
}

/** The distinct words (lexemes) of a chunk's title, which every chunk of a document carries. */
function titleWords(vector: ParsedVector): string[] {
  const words: string[] = [];
  for (const [lexeme, at] of vector.positions) if (at.A.length > 0) words.push(lexeme);
  return words;
}

/**
 * The share of a title's words the ticket says (TITLE_SHARE_WEIGHT), in any spelling the ranking
 * matches: its own words, synonym-table alternatives, and partial error codes as prefixes.
 */
function titleShare(known: readonly SearchTerm[]): (title: readonly string[]) => number {
  const exact = new Set(known.filter((t) => !t.prefix).flatMap((t) => t.lexemes.flat()));
  const prefixes = known.filter((t) => t.prefix).flatMap((t) => t.lexemes.flat());
  const saidWord = (word: string) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
  return (title) => (title.length === 0 ? 0 : title.filter(saidWord).length / title.length);
}

/** The chunk as its headings and body alone: the title is every chunk's (SECOND_PASSAGE_WEIGHT). */
function withoutTitle(vector: ParsedVector): ParsedVector {
  const positions = new Map<string, Record<Field, number[]>>();
  for (const [lexeme, at] of vector.positions) positions.set(lexeme, { A: [], B: at.B, C: at.C });
  return { positions, length: vector.length };
}

/**
 * The best score among other clients' chunks that hold a term of the ticket no in-scope candidate
 * holds: "Sage 200" or "landdirect" when only another client has them. A chunk that merely matches
 * the ticket's ordinary words better (another client's guest Wi-Fi runbook, a config page titled
 * with the ticket's words) is not a sign the ticket is theirs, and is left out.
 */
function bestOtherClientScore(
  read: readonly CandidateRow[],
  held: ReadonlySet<number>,
  stats: readonly SearchTerm[],
  idfOf: Map<number, number>,
  averages: ReturnType<typeof averageLengths>,
): number {
  let best = 0;
  for (const row of read) {
    if (!row.other) continue;
    const { score, matched } = scoreChunk(parseVector(row.vec), stats, idfOf, averages);
    if ([...matched.keys()].some((i) => !held.has(i))) best = Math.max(best, score);
  }
  return best;
}

/**
 * What the best document says of the ticket's named products and stated symptoms: whether the
 * ticket names a product (products.ts) that the document never mentions by any of its names, and
 * the first symptom (symptoms.ts) it never speaks of. Reads the whole document, not the best
 * chunk: a runbook names its product and its symptom in the title or the first section, its fix
 * steps further down. Most tickets name neither and cost no query.
 */
async function readBestDocument(
  ctx: TenantContext,
  text: string,
  documentId: string,
): Promise<{ productMissed: boolean; symptom: Symptom | null }> {
  const listed = productsNamed(text);
  const typed = typedProductNames(text);
  const symptoms = statedSymptoms(text);
  if (listed.length === 0 && typed.length === 0 && symptoms.length === 0)
    return { productMissed: false, symptom: null };
  const [doc] = await withTransaction(
    ctx,
    (tx) =>
      selectRows<{ text: string | null }>(
        tx,
        sql`select string_agg(concat_ws(' ', c.title, c.heading, c.body), ' ') as text
          from kb_chunks c where c.document_id = ${documentId}`,
      ),
    SEARCH_SETTINGS,
  );
  const body = doc?.text ?? '';
  const mentioned = productsNamed(body);
  return {
    productMissed:
      listed.some((family) => !mentioned.includes(family)) || typed.some((name) => !containsWord(body, name)),
    symptom: unspokenSymptom(symptoms, body),
  };
}

/** The features abstention.ts decides on, from the ranking's own numbers (see there). */
function abstentionFeatures(
  stats: readonly SearchTerm[],
  idfOf: Map<number, number>,
  n: number,
  best: ChunkScore,
  runnerUp: number,
): Omit<AbstentionFeatures, 'productMissed' | 'titleSaid' | 'pointsTo'> {
  const known = stats.filter((t) => t.df > 0);
  const ceiling = known.reduce((sum, t) => sum + termCeiling(idfOf.get(t.i) ?? 0, t.weight), 0);
  // The idf of a word the index has never seen: the most a word can weigh.
  const unseen = idf(0, n);
  const mass = (list: readonly SearchTerm[]) => list.reduce((sum, t) => sum + (idfOf.get(t.i) ?? 0), 0);
  const matched = (list: readonly SearchTerm[]) => list.filter((t) => best.matched.has(t.i));
  const wordsOf = (list: readonly SearchTerm[]) => list.reduce((sum, t) => sum + (t.words ?? 1), 0);
  const rare = [...known].sort((a, b) => a.df - b.df).slice(0, 3);
  const inTitle = known.filter((t) => best.matched.get(t.i)?.title);
  const matchedMass = mass(matched(known));
  return {
    relative: ceiling > 0 ? Math.min(1, best.score / ceiling) : 0,
    margin: best.score > 0 ? (best.score - runnerUp) / best.score : 0,
    rareExplained: rare.length ? mass(matched(rare)) / mass(rare) : 0,
    // Over the words the index knows: a ticket's names and context ("Priya Nair", "the york trip")
    // are in no article, and counting them made every chatty ticket look unanswerable. A ticket
    // says at least two rare words' worth: "windows" alone is not explained by any article.
    explained: matchedMass / Math.max(mass(known), 2 * unseen),
    fieldAgreement: matchedMass > 0 ? mass(inTitle) / matchedMass : 0,
    // Counted over at least three terms: matching all of a one-word ticket ("windows") says little.
    coverage: wordsOf(matched(known)) / Math.max(wordsOf(known), MIN_COVERAGE_TERMS),
    evidence: Math.min(1, matchedMass / (2 * unseen)),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

type Hints = ReturnType<typeof passageHints>;

function withDocumentHints(own: Hints, steps: Hints | undefined, checks: Hints | undefined): Hints {
  const hints = { ...own };
  if (!hints.fix && steps?.fix) hints.fix = steps.fix;
  if (!hints.checks && checks?.checks) hints.checks = checks.checks;
  return hints;
}

/**
 * Server settings for search's transactions (PGlite has neither):
 * - no JIT: a server JIT-compiles statements whose cost estimate is high, as these are
 *   (set-returning JSON functions inflate it), and compiling takes longer than running them;
 * - custom plans only: server connections prepare statements (core/db/client.ts), and after a few
 *   runs Postgres may keep a generic plan, which cannot know how many chunks the ticket's words
 *   match; the candidate statement's GIN-or-scan choice depends on exactly that.
 */
const SEARCH_SETTINGS = { serverSettings: { jit: 'off', plan_cache_mode: 'force_custom_plan' } } as const;

/** A query term resolved against the index: its lexemes, document frequency and tsquery. */
export interface SearchTerm extends RankTerm {
  /** Words of the ticket the term stands for (query-terms.ts). */
  words?: number;
  /** The term as tsquery text: its alternatives OR-ed, the words of one alternative AND-ed. */
  tq: string;
}

/** Quotes a lexeme for tsquery text, so ticket text can never inject query syntax. */
function quoteLexeme(lexeme: string, prefix: boolean): string {
  return `'${lexeme.replaceAll('\\', '\\\\').replaceAll("'", "''")}'${prefix ? ':*' : ''}`;
}

function termTsquery(lexemes: string[][], prefix: boolean): string {
  return lexemes.map((alt) => `(${alt.map((l) => quoteLexeme(l, prefix)).join(' & ')})`).join(' | ');
}

const anyOf = (list: readonly SearchTerm[]) => list.map((t) => `(${t.tq})`).join(' | ');

/**
 * A synonym phrase the ticket spelled out in several words ("blue screen wanting a key" for a
 * BitLocker prompt) is stronger evidence than one word: plain BM25 would have credited each of
 * those words. Each word past the first adds PHRASE_WEIGHT of the term's weight, up to three.
 */
function phraseWeight(words: number | undefined): number {
  return 1 + PHRASE_WEIGHT * (Math.min(words ?? 1, 3) - 1);
}

/**
 * Each term's lexemes (Postgres' english stemmer) and document frequency, read from kb_term_stats
 * (a few index lookups) rather than counted over the index: an alternative of several words is as
 * rare as its rarest word, a term as common as its alternatives together, a partial error code as
 * common as the codes it begins. A word the index has never seen is corrected to the most similar
 * indexed word when there is one (a typo), weighted by how similar. Terms that are only stop words
 * are left out.
 */
async function termStatistics(
  tx: AppTx,
  accountId: string,
  terms: readonly QueryTerm[],
): Promise<{ stats: SearchTerm[]; n: number }> {
  const termsJson = JSON.stringify(terms.map((t, i) => ({ i, alts: t.alternatives, p: t.prefix === true })));
  const rows = await selectRows<{ i: number; ord: number; p: boolean; lx: string[]; df: number; n: number }>(
    tx,
    sql`with alts as (
        select t.i, t.p, a.ord, tsvector_to_array(to_tsvector('english', a.txt)) as lx
        from jsonb_to_recordset(${termsJson}::jsonb) as t(i int, alts jsonb, p boolean)
        cross join lateral jsonb_array_elements_text(t.alts) with ordinality a(txt, ord)
      )
      select alts.i, alts.ord, alts.p, alts.lx,
        case when alts.p then (
          select coalesce(sum(s.chunks), 0) from kb_term_stats s
          where s.account_id = ${accountId} and s.lexeme like alts.lx[1] || '%' and s.lexeme <> '')
        else (
          select coalesce(min(coalesce(s.chunks, 0)), 0) from unnest(alts.lx) l
          left join kb_term_stats s on s.account_id = ${accountId} and s.lexeme = l)
        end as df,
        coalesce((select s.chunks from kb_term_stats s where s.account_id = ${accountId} and s.lexeme = ''), 0) as n
      from alts
      where cardinality(alts.lx) > 0
      order by alts.i, alts.ord`,
  );
  const n = Number(rows[0]?.n ?? 0);
  const byTerm = new Map<number, SearchTerm>();
  for (const row of rows) {
    const lexemes = row.p ? row.lx.slice(0, 1) : row.lx;
    const altWeight =
      (terms[row.i]?.synonym && Number(row.ord) > 1 ? SYNONYM_WEIGHT : 1) * phraseWeight(terms[row.i]?.words);
    const held = byTerm.get(row.i);
    if (held) {
      // A table spelling that stems to what the ticket typed is the ticket's own word.
      if (held.lexemes.some((l) => l.join(' ') === lexemes.join(' '))) continue;
      held.lexemes.push(lexemes);
      held.altDf.push(Number(row.df));
      held.altWeight?.push(altWeight);
      held.df = Math.min(n, held.df + Number(row.df));
    } else {
      byTerm.set(row.i, {
        i: row.i,
        lexemes: [lexemes],
        altDf: [Number(row.df)],
        altWeight: [altWeight],
        prefix: row.p,
        df: Number(row.df),
        weight: 1,
        words: terms[row.i]?.words ?? 1,
        tq: '',
      });
    }
  }
  const stats = [...byTerm.values()];
  const typos = stats.filter((t) => t.df === 0 && !t.prefix && (t.lexemes[0]?.[0]?.length ?? 0) >= 4);
  if (typos.length > 0) {
    const words = JSON.stringify(typos.map((t) => ({ i: t.i, w: t.lexemes[0]?.[0] })));
    // The trigram index on kb_term_stats.lexeme finds the few similar words; `%` uses pg_trgm's
    // default 0.3 limit, the stricter floor below keeps "server" from becoming "service".
    const corrections = await selectRows<{ i: number; lexeme: string; chunks: number; sim: number }>(
      tx,
      sql`select t.i, f.lexeme, f.chunks, f.sim
          from jsonb_to_recordset(${words}::jsonb) as t(i int, w text)
          cross join lateral (
            select s.lexeme, s.chunks, similarity(s.lexeme, t.w) as sim from kb_term_stats s
            where s.lexeme % t.w and s.account_id = ${accountId} and s.chunks > 0
              and left(s.lexeme, 1) = left(t.w, 1)
            order by similarity(s.lexeme, t.w) desc, s.chunks desc limit 1) f
          where f.sim >= ${TYPO_MIN_SIMILARITY}`,
    );
    for (const c of corrections) {
      const term = byTerm.get(c.i);
      if (!term) continue;
      term.lexemes = [[c.lexeme]];
      term.altDf = [Number(c.chunks)];
      term.altWeight = [1];
      term.df = Number(c.chunks);
      term.weight = Number(c.sim);
    }
  }
  for (const t of stats) t.tq = termTsquery(t.lexemes, t.prefix);
  return { stats, n };
}

/**
 * The tsqueries that pick candidate chunks, sized so that ranking touches a few hundred chunks,
 * not thousands. `rare`: the rarest words, as many as fit the budget together, each enough on its
 * own (always at least the rarest one, so a ticket's one distinctive word is never dropped).
 * `common`: when fewer than three words are that rare, the next ones ("access", "printer"), which
 * chunks must then hold two or three of together (co-occurrence estimated as independent). The
 * two parts are ranked and cut separately: a common pair must never crowd out the one chunk that
 * holds the ticket's rare word. `terms` is sorted rarest first.
 */
export function candidateTsqueries(
  terms: readonly SearchTerm[],
  n: number,
): { rare: string | undefined; common: string | undefined } {
  const term = (t: SearchTerm) => `(${t.tq})`;
  const rare: SearchTerm[] = [];
  let total = 0;
  for (const t of terms) {
    if (rare.length > 0 && total + t.df > CANDIDATE_BUDGET) break;
    rare.push(t);
    total += t.df;
  }
  const rest = terms.slice(rare.length);
  const rareQuery = rare.length ? rare.map(term).join(' | ') : undefined;
  if (rare.length >= CANDIDATE_TERMS || rest.length === 0) return { rare: rareQuery, common: undefined };
  const head = rest.slice(0, 4);
  if (head.length === 1 || n === 0) return { rare: rareQuery, common: head.map(term).join(' | ') };
  for (let size = 2; size <= Math.min(3, head.length); size += 1) {
    const groups = combinations(head, size);
    const expected = groups.reduce((sum, g) => sum + g.reduce((p, t) => p * (t.df / n), n), 0);
    if (expected <= CANDIDATE_BUDGET || size === Math.min(3, head.length)) {
      return { rare: rareQuery, common: groups.map((g) => `(${g.map(term).join(' & ')})`).join(' | ') };
    }
  }
  return { rare: rareQuery, common: undefined };
}

function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) =>
    combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  );
}
