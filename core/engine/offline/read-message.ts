import type { FixOutcome } from '../types.ts';

/**
 * How the offline engine reads an engineer's chat message: which sentences are observations,
 * which are chatter, whether it answers an open item, and whether it reports how a fix went.
 * Pattern-based and deliberately conservative: a missed fact costs one click, an invented one
 * ends up in a customer-visible note.
 */

/** Lowercase, apostrophes dropped, punctuation to spaces: the key for "is this the same text". */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
}

/** Sentences and lines; "8.8.8.8" and "C:\\x.log" stay whole because no space follows their dots. */
export function splitSentences(message: string): string[] {
  return message
    .split(/\n+|(?<=[.!?])\s+|;\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const QUESTION_START =
  /^(what|whats|why|how|where|when|who|which|should|could|would|can you|could you|do you|does anyone|any idea|is there|are there)\b/;
const CHATTER_START =
  /^(hi|hello|hey|thanks|thank you|thx|ty|cheers|ok|okay|cool|great|nice|sure|hmm+|lol|brb|one sec|on it|will do|got it|sounds good|np|no worries|good morning|morning|perfect|awesome)\b/;
/** Intentions and requests to the assistant are not observations about the problem. */
const INTENT_START =
  /^(please|pls|help|let me|ill|i will|im going to|going to|gonna|give me|show me|tell me|any ideas)\b/;

export function isQuestion(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || QUESTION_START.test(normalize(sentence));
}

/**
 * Greetings, acknowledgements, intentions and fragments under three words: nothing a resolution
 * note could use.
 */
export function isChatter(sentence: string): boolean {
  const n = normalize(sentence);
  if (wordCount(n) < 3) return true;
  if (INTENT_START.test(n)) return true;
  return CHATTER_START.test(n) && wordCount(n) <= 5;
}

/** "ok", "thanks", "got it": an acknowledgement, whatever its length. */
export function isAcknowledgement(sentence: string): boolean {
  return CHATTER_START.test(normalize(sentence));
}

/** A declarative sentence worth keeping as a fact. */
export function isObservation(sentence: string): boolean {
  return !isQuestion(sentence) && !isChatter(sentence);
}

// "no" alone, or "no" followed by a pronoun or qualifier, answers a question; "no internet" or
// "no change" describes the problem and is not an answer.
const ANSWER_START =
  /^(yes|yeah|yep|yup|ya|correct|right|affirmative|negative|confirmed|nope|nah|not really|it does|it doesnt|it is|it isnt|they do|they dont|only|just)\b/;
const BARE_NO =
  /^no(\s*$|\s+(it|its|they|theyre|he|she|we|i|only|just|not|never|all|none|nothing|one|that|this|there|everyone|nobody)\b)/;

export function startsWithAnswer(message: string): boolean {
  const n = normalize(message);
  // A comma or full stop right after "no" makes it an answer whatever follows ("No, the VPN is fine").
  return ANSWER_START.test(n) || BARE_NO.test(n) || /^\s*no\s*[,.!:;-]/i.test(message);
}

const DONE_START =
  /^(done|checked|ran|run it|did it|did that|did this|completed|finished|all done|ok done|okay done|tried it|tried that|looked|verified)\b/;

/** "done", "checked", "ran it", "ran ipconfig /all, …": the engineer reports a check performed. */
export function reportsCheckDone(message: string): boolean {
  return DONE_START.test(normalize(message));
}

interface OutcomeRule {
  outcome: FixOutcome;
  /** Explicit verdicts name the fix's result ("that worked", "didn't help"); the others describe symptoms. */
  explicit: boolean;
  test: (normalized: string) => boolean;
}

const rule = (outcome: FixOutcome, explicit: boolean, pattern: RegExp): OutcomeRule => ({
  outcome,
  explicit,
  test: (n) => pattern.test(n),
});

// Order matters: failure and partial phrases contain success words ("didn't work", "partly fixed").
const OUTCOME_RULES: OutcomeRule[] = [
  rule(
    'applied_failed',
    true,
    /\b(didnt|did not|doesnt|does not|hasnt|has not|havent|have not|wont|will not) (work|help|fix|solve|resolve|change|do anything)/,
  ),
  rule(
    'applied_failed',
    true,
    /\bno (change|luck|joy|difference|improvement|dice)\b|\bnot (fixed|resolved|solved)\b/,
  ),
  rule('applied_failed', true, /\bmade no difference\b|\bnothing changed\b/),
  rule(
    'applied_failed',
    false,
    /\bstill (broken|failing|fails|not|the same|happening|getting|no|cant|cannot|down|stuck|wont|showing|there|locked|crashing|slow|missing)\b/,
  ),
  rule(
    'applied_failed',
    false,
    /\bnot working\b|\bsame (error|issue|problem|result|thing|behaviou?r)\b|\bno better\b|\bworse\b/,
  ),
  rule('applied_partial', true, /\bpartly\b|\bpartially\b|\bpartial\b|\bsort of\b|\bkind of work/),
  rule(
    'applied_partial',
    false,
    /\bmostly\b|\bintermittent(ly)?\b|\bsome (users|people|of them|machines|devices|pcs|printers|files)\b|\bfor some\b|\bbetter but\b|\bhalf (of )?(the|them)\b/,
  ),
  rule(
    'applied_success',
    true,
    /\b(that|it|this) (worked|did it|did the trick|fixed it|sorted it|solved it)\b/,
  ),
  // Bare "fixed" / "resolved" only in a short sentence: "nslookup resolved the internal name" is no verdict.
  {
    outcome: 'applied_success',
    explicit: true,
    test: (n) => /\b(worked|fixed|resolved|solved|sorted)\b/.test(n) && wordCount(n) <= 6,
  },
  rule('applied_success', false, /\b(its|it is|is|are|all|everything) working( now| again| fine)?\b/),
  rule(
    'applied_success',
    false,
    /\bworks (now|again|fine)\b|\ball good\b|\bback (up|online|to normal)\b|\bno more (errors|prompts|lockouts)\b/,
  ),
];

/**
 * The first sentence that reports how a fix went, and what it reports. With `explicitOnly` (the
 * message also answers an open item, as in "Yes, webmail works fine"), symptom descriptions are
 * read as the answer, and only an explicit verdict counts as an outcome.
 */
export function detectOutcome(
  sentences: string[],
  explicitOnly = false,
): { outcome: FixOutcome; sentence: string; explicit: boolean } | null {
  const rules = explicitOnly ? OUTCOME_RULES.filter((r) => r.explicit) : OUTCOME_RULES;
  for (const sentence of sentences) {
    if (isQuestion(sentence)) continue;
    const n = normalize(sentence);
    const hit = rules.find((r) => r.test(n));
    if (hit) return { outcome: hit.outcome, sentence, explicit: hit.explicit };
  }
  return null;
}

const GENERIC_SUBJECTS = new Set([
  'it',
  'its',
  'that',
  'this',
  'everything',
  'all',
  'now',
  'which',
  'still',
  'again',
]);

/**
 * "OWA works fine with the new password" names something that works, not the fix's result: unless
 * that thing is what the problem or the fix is about ("Outlook works now" on an Outlook ticket),
 * a symptom-style "works" is an observation to record, not a verdict on the fix.
 */
export function worksSubjectIsElsewhere(sentence: string, about: string): boolean {
  const match = /\b([a-z0-9]+) (?:works|is working|are working)\b/.exec(normalize(sentence));
  const subject = match?.[1];
  if (!subject || GENERIC_SUBJECTS.has(subject)) return false;
  return !normalize(about).split(' ').includes(subject);
}

const OVERLAP_STOP = new Set(
  'the and for are but not you your with this that from have has was were run check note any all its out on in of to a an is it be as at or by if'.split(
    ' ',
  ),
);

/** Shared content words, for telling which of several open items a message is about. */
export function overlap(a: string, b: string): number {
  const words = (t: string) =>
    new Set(
      normalize(t)
        .split(' ')
        .filter((w) => w.length > 2 && !OVERLAP_STOP.has(w)),
    );
  const right = words(b);
  let n = 0;
  for (const w of words(a)) if (right.has(w)) n += 1;
  return n;
}
