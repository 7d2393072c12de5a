/**
 * The small, deterministic text toolkit behind the demo knowledge search: tokenising, stop words
 * and a suffix-stripping stemmer good enough for helpdesk English. No dictionaries, no randomness,
 * so the same query always ranks the same way.
 */

/** English function words plus ticket filler that says nothing about which problem it is. */
const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can cannot cant could did didnt do does doesnt doing dont down during each even ' +
    'ever every few for from further had has have having he her here hers him his how i if in into is isnt ' +
    'it its itself just keep keeps kept me more most my no nor not now of off on once only or other our ' +
    'out over own same she should so some still such than that the their them then there these they this ' +
    'those through to too under until up us very was wasnt we were what when where which while who whom ' +
    'why will with wont would you your yours ' +
    // helpdesk filler
    'anyone anything happen happening happens help hi hello hey issue issues please problem problems ' +
    'seem seems since someone something thanks ticket today user users customer customers says said saying ' +
    'get gets getting got work works working worked morning afternoon yesterday again really tried trying'
  ).split(' '),
);

// Spellings that tokenise apart but mean one thing in tickets.
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bwi-?fi\b/gi, 'wifi'],
  [/\be-?mail\b/gi, 'email'],
  [/\blog(?:ging)?[ -]?(?:in|on)\b|\blogins?\b|\bsign(?:ing)?[ -]?in\b/gi, 'logon'],
  [/\block(?:ed|s|ing)?[ -]out\b|\blockouts?\b/gi, 'lockout'],
  [/\bone ?drive\b/gi, 'onedrive'],
  [/\bmulti[ -]?factor\b|\b2fa\b|\btwo[ -]factor\b/gi, 'mfa'],
];

export function stem(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ation', 'ion', 'er', 'ly', 'ment']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      // stopped → stopp → stop; but keep "ll" and "ss" (install, process)
      if (/([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

/** Lowercased, stop words removed, stemmed terms in reading order (duplicates kept). */
export function terms(text: string): string[] {
  let normal = text.toLowerCase().replaceAll('’', "'");
  for (const [pattern, replacement] of PHRASES) normal = normal.replace(pattern, ` ${replacement} `);
  const out: string[] = [];
  for (const raw of normal.replace(/'/g, '').split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP_WORDS.has(raw)) continue;
    const term = stem(raw);
    if (!STOP_WORDS.has(term)) out.push(term);
  }
  return out;
}

/** Sentences of an article body; a period inside "8.8.8.8" or "C:\\x.y" does not split. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"'(])/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
