/**
 * `npx tsx bench/kb/fit-associations.ts` — learns which ticket words point to which title words
 * (core/kb/index/associations.json) from the answerable tickets of T–AL and AP (bench/kb/sets.ts
 * ASSOCIATION_SETS) and the title of the article that answers each. Not A–S: the abstention model
 * is fitted on A–S's rankings, and must see the associations as they work on unseen tickets.
 *
 * Users describe a problem in words its page's title never uses: "the code thing on my phone"
 * for "MFA reset", "walked off the job" for "offboarding", "buzzing" for sign-in approvals.
 * BM25 can only credit words the page holds, and the synonym table (synonyms.ts) only the
 * phrasings someone thought to write down. Across twenty MSPs' tickets, a ticket word that keeps
 * coming with one title word is evidence for that word wherever it appears.
 *
 * Both sides are Postgres' english lexemes, as the index keeps them: the ticket's terms
 * (query-terms.ts, the ticket's own spelling of each) and the title's words. For each pair of a
 * ticket word t and a different title word w, seen together in at least MIN_PAIRS tickets, the
 * association is the pointwise mutual information log(P(w | t) / P(w)), shrunk by k / (k + 2) for
 * a pair seen k times, and kept when positive. search.ts adds ASSOCIATION_WEIGHT of it to the top
 * documents' scores (docs/knowledge-base.md, "Ticket words that point to a title").
 */
import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { queryTerms } from '../../core/kb/index/query-terms.ts';
import { ASSOCIATION_SETS } from './sets.ts';

/** A pair seen fewer times than this is chance. */
const MIN_PAIRS = 2;
const OUT = new URL('../../core/kb/index/associations.json', import.meta.url);

const pg = new PGlite();
const lexemeCache = new Map<string, string[]>();
async function lexemes(text: string): Promise<string[]> {
  const held = lexemeCache.get(text);
  if (held) return held;
  const { rows } = await pg.query<{ lx: string[] }>(
    "select tsvector_to_array(to_tsvector('english', $1)) as lx",
    [text],
  );
  const found = rows[0]?.lx ?? [];
  lexemeCache.set(text, found);
  return found;
}

/** The ticket's words as the search reads them: each term's own spelling, stemmed. */
async function ticketWords(text: string): Promise<Set<string>> {
  const words = new Set<string>();
  for (const term of queryTerms(text)) {
    if (term.prefix) continue; // error codes match as themselves
    for (const lexeme of await lexemes(term.alternatives[0] ?? term.word)) words.add(lexeme);
  }
  return words;
}

const pairs = new Map<string, number>();
const ticketCounts = new Map<string, number>();
const titleCounts = new Map<string, number>();
let tickets = 0;
const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

for (const set of ASSOCIATION_SETS) {
  const titles = new Map(set.articles.map((a) => [a.id, a.title]));
  for (const ticket of set.tickets) {
    const answer = ticket.expected?.[0];
    const title = answer ? titles.get(answer) : undefined;
    if (!title) continue;
    const said = await ticketWords(ticket.text);
    const titled = new Set(await lexemes(title));
    tickets += 1;
    for (const t of said) bump(ticketCounts, t);
    for (const w of titled) bump(titleCounts, w);
    for (const t of said) for (const w of titled) if (t !== w) bump(pairs, `${t} ${w}`);
  }
}

const associations: Record<string, Record<string, number>> = {};
for (const [pair, k] of [...pairs].sort(([a], [b]) => a.localeCompare(b))) {
  if (k < MIN_PAIRS) continue;
  const [t = '', w = ''] = pair.split(' ');
  const pmi = Math.log(k / (ticketCounts.get(t) ?? k) / ((titleCounts.get(w) ?? 0) / tickets));
  if (pmi <= 0) continue;
  const pointsTo = associations[t] ?? {};
  pointsTo[w] = Math.round(pmi * (k / (k + 2)) * 1000) / 1000;
  associations[t] = pointsTo;
}
// One line per ticket word, so a change to the sets shows as a readable diff.
const lines = Object.entries(associations).map(([t, m]) => `  ${JSON.stringify(t)}: ${JSON.stringify(m)}`);
writeFileSync(OUT, `{\n${lines.join(',\n')}\n}\n`);
const entries = Object.values(associations).reduce((sum, m) => sum + Object.keys(m).length, 0);
console.log(
  `${tickets} answerable tickets of ${ASSOCIATION_SETS.map((s) => s.name).join(',')}: ${Object.keys(associations).length} ticket words, ${entries} associations → ${OUT.pathname}`,
);
await pg.close();
