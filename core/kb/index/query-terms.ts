/**
 * Turns ticket text into search terms before it reaches Postgres. Postgres' 'english' config does
 * the stemming and its own stop words; this adds what it cannot know: helpdesk filler that says
 * nothing about which problem it is, and spellings of one thing that tokenise apart ("wi-fi" /
 * "wifi", "log in" / "logon"), so each becomes one term with alternatives (the table is in
 * synonyms.ts).
 */
import { isErrorCodePrefix, SYNONYMS } from './synonyms.ts';

/** A query term and the spellings that count as a match for it. */
export interface QueryTerm {
  word: string;
  alternatives: string[];
  /** An error code, possibly partial: matched as a prefix of the documented one. */
  prefix?: boolean;
  /**
   * A synonym-table term: its first alternative is what the ticket typed, the rest come from the
   * table and count for less (SYNONYM_WEIGHT in bm25.ts). Unset: every alternative is the ticket's own.
   */
  synonym?: boolean;
  /** Words of the ticket this term stands for: a synonym phrase is several ("device has to be managed"). */
  words?: number;
}

/** More than this and the ticket is mostly context; the first terms carry the problem. */
export const MAX_QUERY_TERMS = 24;

const FILLER = new Set(
  (
    'anyone anything happen happening happens help hi hello hey issue issues please problem problems ' +
    'seem seems since someone something thanks thank ticket today user users customer customers says said ' +
    'saying get gets getting got morning afternoon yesterday again really tried trying try still keep keeps ' +
    'kept cant cannot wont dont doesnt didnt isnt wasnt unable able also just now need needs want wants ' +
    'asap urgent guys team sorry could would should one two every time times minutes minute hour hours ' +
    'day days week since ok okay like know think see seeing sure thing things lot lots way ' +
    'anymore suddenly randomly weird stuff everything whatever work works working worked pls plz thx ' +
    'fyi hiya cheers regards asap never ever always sometimes constantly anybody everybody nobody'
  ).split(' '),
);

/** Postgres' english stop words that show up inside synonym phrases: they say nothing on their own. */
const STOP = new Set(
  'a an the to be is are was has have had of on in at for my me her his their it this that and or not no'.split(
    ' ',
  ),
);

/**
 * The family an error code belongs to ("aadsts" for AADSTS50057, "0x8007" for 0x80070005): a ticket
 * quoting one code of a family the documentation covers under another code, or under the family's
 * name, still finds that article, with the family's (lower) idf rather than the code's.
 */
function errorCodeFamily(code: string): string | undefined {
  const named = /^([a-z]{3,6})\d{3,}/.exec(code);
  if (named?.[1]) return named[1];
  if (/^0x[0-9a-f]{7,}$/.test(code)) return code.slice(0, 6);
  return undefined;
}

/** Ticket text → distinct terms in reading order, with alternatives; empty when nothing is left. */
export function queryTerms(text: string): QueryTerm[] {
  let normal = ` ${text.toLowerCase().replaceAll('’', "'").replace(/'/g, '')} `;
  const found: QueryTerm[] = [];
  const seen = new Set<string>();
  const add = (term: QueryTerm) => {
    if (seen.has(term.word) || found.length >= MAX_QUERY_TERMS) return;
    seen.add(term.word);
    found.push(term);
  };
  // Synonyms are replaced by a placeholder token so their position in the text is kept.
  const placeholders: QueryTerm[] = [];
  for (const synonym of SYNONYMS) {
    normal = normal.replace(synonym.pattern, (match) => {
      const typed = match.trim();
      // An address's local part ("office@") names a mailbox, not the word "office": the table's
      // spellings stand in for what was typed, at full weight.
      const alternatives = typed.includes('@')
        ? [...synonym.alternatives]
        : synonym.alternatives.includes(typed)
          ? [typed, ...synonym.alternatives.filter((a) => a !== typed)]
          : [typed, ...synonym.alternatives];
      const words = typed
        .split(/[^a-z0-9]+/)
        .filter((w) => w.length > 1 && !FILLER.has(w) && !STOP.has(w)).length;
      placeholders.push({ word: synonym.word, alternatives, synonym: true, words: Math.max(1, words) });
      return ` zzsyn${placeholders.length - 1}zz `;
    });
  }
  // A small number is noise ("2 users", "3rd floor") except as a progress figure: "stuck at 98%"
  // is FortiClient's, "35%" an update's.
  const percentages = new Set([...normal.matchAll(/\b(\d{1,2}) ?(?:%|percent)(?![a-z])/g)].map((m) => m[1]));
  // Dotted numbers stay whole, as Postgres' parser keeps them ("169.254", "10.0.0.1", "2.4.1"); so
  // does a signed number after a space or bracket, which Postgres indexes with its minus ("-7200").
  for (const raw of normal.match(/(?<=[\s(,:])-\d{2,}\b|\d+(?:\.\d+)+|[a-z0-9]+/g) ?? []) {
    const slot = /^zzsyn(\d+)zz$/.exec(raw);
    if (slot) {
      const term = placeholders[Number(slot[1])];
      if (term) add(term);
      continue;
    }
    if (raw.startsWith('-')) {
      // A client's negative error code (FortiClient's "-7200", "-14"): the documented spelling has
      // the minus, a ticket's may not.
      add({ word: raw, alternatives: [raw, raw.slice(1)] });
      continue;
    }
    if (raw.length < 2 || FILLER.has(raw) || (/^\d{1,2}$/.test(raw) && !percentages.has(raw))) continue;
    if (raw.includes('.')) {
      // The start of an address or version matches the documented whole: "169.254" → 169.254.x.x.
      add({ word: raw, alternatives: [raw], prefix: true });
      continue;
    }
    // A hex Windows error code typed without its "0x" ("801c03") is a code, not a word.
    const hex = /^[0-9a-f]{6,}$/.test(raw) && /\d/.test(raw) ? [`0x${raw}`] : [];
    if (!isErrorCodePrefix(raw) && hex.length === 0) {
      add({ word: raw, alternatives: [raw] });
      continue;
    }
    const family = errorCodeFamily(raw);
    const signed = hex.length === 0 && /^\d+$/.test(raw) ? [`-${raw}`] : [];
    add({ word: raw, alternatives: family ? [raw, family] : [raw, ...hex, ...signed], prefix: true });
  }
  return found;
}
