/**
 * Okapi BM25F over the stored chunk vectors: term frequency per field (title A, heading path B,
 * body C) is read from the chunk's tsvector positions, field lengths from the same vector, and
 * document frequency from kb_term_stats. Pure functions, so the bench and the abstention fit can
 * score exactly what search scores.
 */

/** Tuning: Robertson & Zaragoza's defaults, with field weights so a title match says most. */
export const BM25 = {
  k1: 1.2,
  /** Length normalisation per field: titles and headings are short and even, bodies vary. */
  b: { A: 0.3, B: 0.3, C: 0.75 },
  weight: { A: 3, B: 2, C: 1 },
  /** Two query terms next to each other in a title or heading ("print spooler", "recovery key"). */
  proximity: 0.25,
  proximityWindow: 2,
} as const;

/**
 * What a match on a synonym-table spelling is worth against the ticket's own word: the table says
 * "may mean", not "means" ("laptop" may mean any computer, "get online" is not "offline"). Chosen
 * between 1 and 0.7 on set F's totals (bench/kb/sets.ts), with abstention refitted on B for each.
 */
export const SYNONYM_WEIGHT = 0.7;

/**
 * What each further word of a synonym phrase adds (search.ts, `phraseWeight`). Chosen between 0.15
 * and 1 on the totals of sets A–O (ranking alone): 0.5 gained 14 top-1 tickets over 15 sets and
 * cost none; 0.75 and 1 began to cost F.
 */
export const PHRASE_WEIGHT = 0.5;

export type Field = 'A' | 'B' | 'C';
const FIELDS: readonly Field[] = ['A', 'B', 'C'];

/** One query term as the ranking sees it. */
export interface RankTerm {
  i: number;
  /** Alternatives, each a list of lexemes that must all occur (a phrase like "recovery key"). */
  lexemes: string[][];
  /** Match lexemes as prefixes (partial error codes). */
  prefix: boolean;
  /** Chunks holding the term (any alternative), from kb_term_stats. 0: the index has never seen it. */
  df: number;
  /** Chunks holding each alternative, parallel to `lexemes`. */
  altDf: number[];
  /**
   * Idf of each alternative, parallel to `lexemes`: a chunk matching the term is credited with the
   * idf of the spelling it holds, so a broad alternative ("storage") never dilutes a precise one
   * ("quota") and a precise one never inflates a broad one. Unset: the term's own idf.
   */
  altIdf?: number[];
  /**
   * Weight of each alternative, parallel to `lexemes`: 1 for the ticket's own words, SYNONYM_WEIGHT
   * for a spelling the synonym table added. Unset: all 1.
   */
  altWeight?: number[];
  /** 1, or the trigram similarity of the index word a misspelling was corrected to. */
  weight: number;
}

/** A chunk's vector as lexeme → positions per field. */
export interface ParsedVector {
  positions: Map<string, Record<Field, number[]>>;
  length: Record<Field, number>;
}

const VECTOR_ENTRY = /'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g;

/** Parses tsvector text (`'lexeme':1A,4 'other':7B`); a position without a letter is weight D. */
export function parseVector(text: string): ParsedVector {
  const positions = new Map<string, Record<Field, number[]>>();
  const length: Record<Field, number> = { A: 0, B: 0, C: 0 };
  for (const m of text.matchAll(VECTOR_ENTRY)) {
    const lexeme = (m[1] ?? '').replaceAll("''", "'");
    const at: Record<Field, number[]> = { A: [], B: [], C: [] };
    for (const p of (m[2] ?? '').split(',')) {
      if (!p) continue;
      const last = p.at(-1) ?? '';
      const field = (last === 'A' || last === 'B' || last === 'C' ? last : 'C') as Field;
      at[field].push(Number.parseInt(p, 10));
      length[field] += 1;
    }
    positions.set(lexeme, at);
  }
  return { positions, length };
}

/**
 * Okapi's idf, always positive. An earlier prior of 200 imaginary chunks (to keep idf telling in a
 * KB of a handful of articles) was dropped: with it, a common word of a small KB weighed nearly as
 * much as a rare one, and sets D and F ranked better without it.
 */
export function idf(df: number, n: number): number {
  const d = Math.min(df, n);
  return Math.log(1 + (n - d + 0.5) / (d + 0.5));
}

function lookup(vector: ParsedVector, lexeme: string, prefix: boolean): Record<Field, number[]> {
  if (!prefix) return vector.positions.get(lexeme) ?? { A: [], B: [], C: [] };
  const found: Record<Field, number[]> = { A: [], B: [], C: [] };
  for (const [key, at] of vector.positions) {
    if (key.startsWith(lexeme)) for (const f of FIELDS) found[f].push(...at[f]);
  }
  return found;
}

/**
 * How a term matched one chunk: positions per field of its best alternative, if any matched, and
 * that alternative's index. Best: the most idf-weighted field occurrences.
 */
function termPositions(
  term: RankTerm,
  vector: ParsedVector,
): { at: Record<Field, number[]>; k: number } | undefined {
  let best: { at: Record<Field, number[]>; k: number } | undefined;
  let bestCount = 0;
  term.lexemes.forEach((alternative, k) => {
    const per = alternative.map((lexeme) => lookup(vector, lexeme, term.prefix));
    const first = per[0];
    if (!first || per.some((at) => FIELDS.every((f) => at[f].length === 0))) return;
    // A phrase counts in a field as often as its least frequent word occurs there.
    const fields = { A: first.A, B: first.B, C: first.C };
    for (const at of per) for (const f of FIELDS) if (at[f].length < fields[f].length) fields[f] = at[f];
    const count =
      (term.altIdf?.[k] ?? 1) *
      (term.altWeight?.[k] ?? 1) *
      (BM25.weight.A * fields.A.length + BM25.weight.B * fields.B.length + fields.C.length);
    if (count > bestCount) {
      best = { at: fields, k };
      bestCount = count;
    }
  });
  return best;
}

export interface ChunkScore {
  score: number;
  /** Term indexes matched, and per term whether it matched in the title or heading. */
  matched: Map<number, { title: boolean }>;
}

/**
 * BM25F of one chunk: per term, field frequencies weighted and length-normalised into one
 * pseudo-frequency, saturated with k1 (so a term repeated ten times is not ten times the
 * evidence), times the term's idf; plus a bonus for query terms adjacent in the title or heading.
 * Scaled so a term contributes at most its idf.
 */
export function scoreChunk(
  vector: ParsedVector,
  terms: readonly RankTerm[],
  idfOf: Map<number, number>,
  averageLength: Record<Field, number>,
): ChunkScore {
  let score = 0;
  const matched = new Map<number, { title: boolean }>();
  const near: Array<{ i: number; at: number[] }> = [];
  for (const term of terms) {
    const match = termPositions(term, vector);
    if (!match) continue;
    const { at } = match;
    let tf = 0;
    for (const f of FIELDS) {
      if (at[f].length === 0) continue;
      const norm = 1 - BM25.b[f] + BM25.b[f] * (vector.length[f] / Math.max(1, averageLength[f]));
      tf += (BM25.weight[f] * at[f].length) / norm;
    }
    const w =
      (term.altIdf?.[match.k] ?? idfOf.get(term.i) ?? 0) * term.weight * (term.altWeight?.[match.k] ?? 1);
    score += (w * tf) / (BM25.k1 + tf);
    matched.set(term.i, { title: at.A.length > 0 || at.B.length > 0 });
    near.push({ i: term.i, at: [...at.A, ...at.B] });
  }
  for (let x = 0; x < near.length; x += 1) {
    for (let y = x + 1; y < near.length; y += 1) {
      const a = near[x];
      const b = near[y];
      if (!a || !b) continue;
      if (a.at.some((p) => b.at.some((q) => p !== q && Math.abs(p - q) <= BM25.proximityWindow))) {
        score += BM25.proximity * Math.min(idfOf.get(a.i) ?? 0, idfOf.get(b.i) ?? 0);
      }
    }
  }
  return { score, matched };
}

/** The best score a term can reach in an ordinary chunk: once in the title and once in the body. */
export function termCeiling(termIdf: number, weight: number): number {
  const tf = BM25.weight.A + BM25.weight.C;
  return (termIdf * weight * tf) / (BM25.k1 + tf);
}

export function averageLengths(vectors: readonly ParsedVector[]): Record<Field, number> {
  const sum: Record<Field, number> = { A: 0, B: 0, C: 0 };
  for (const v of vectors) for (const f of FIELDS) sum[f] += v.length[f];
  const n = Math.max(1, vectors.length);
  return { A: sum.A / n, B: sum.B / n, C: sum.C / n };
}
