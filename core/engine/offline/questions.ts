import type { EngineTurnInput } from '../types.ts';
import {
  isAcknowledgement,
  isQuestion,
  normalize,
  overlap,
  startsWithAnswer,
  wordCount,
} from './read-message.ts';
import { type AskedSlot, readStatedFacts, type Slot, scopeIsWide } from './stated-facts.ts';

type OpenItem = EngineTurnInput['openItems'][number];

/**
 * Questions that narrow an unknown problem, each with the slots it asks for, in the order they
 * are considered: scope and timing first, then the exact error, then what changed, then whether it
 * follows the user, the device or the network. The combined first question is only asked while
 * both of its slots are unknown; otherwise the one for the missing slot is.
 */
export const QUESTIONS = {
  startedAndScope: 'When did this start, and does it affect one user or several?',
  started: 'When did this start?',
  scope: 'Does it affect one user or several?',
  error: 'What is the exact error message or code, and where does it appear?',
  change: 'What changed just before it started (password change, updates, new device, office move)?',
  spread: 'Does it also happen on another device or network, or for another user on the same machine?',
} as const;

export const NARROWING = [
  { asks: ['started', 'scope'], text: QUESTIONS.startedAndScope },
  { asks: ['started'], text: QUESTIONS.started },
  { asks: ['scope'], text: QUESTIONS.scope },
  { asks: ['error'], text: QUESTIONS.error },
  { asks: ['change'], text: QUESTIONS.change },
  { asks: ['spread'], text: QUESTIONS.spread },
] as const satisfies ReadonlyArray<{ asks: readonly AskedSlot[]; text: string }>;

export const NARROWING_QUESTIONS: readonly string[] = NARROWING.map((q) => q.text);

/** What a question asks for: slots it names, or else a yes/no or an open (wh-) answer. */
export interface QuestionKind {
  slots: AskedSlot[];
  yesNo: boolean;
}

const ASKS: ReadonlyArray<[AskedSlot, RegExp]> = [
  [
    'change',
    /\bwhat (?:has )?changed\b|\b(?:anything|something) changed?\b|\brecent(?:ly)? chang|\bchanges? (?:before|recently)\b|\bany (?:updates|changes)\b/,
  ],
  ['started', /^when\b|\bwhen did\b|\bhow long\b|\bsince when\b|\bwhat time\b|\bwhen (?:was|were|is)\b/],
  [
    'scope',
    /\bone user or (?:several|many|more)\b|\bhow many (?:users|people|staff|machines|pcs)\b|\bwho (?:else )?(?:is|are) affected\b|\banyone else\b|\bother users\b|\beveryone\b|\baffect(?:s|ed|ing)? (?:only|just|one|more|everyone|all|other)\b/,
  ],
  ['error', /\berror\b|\bcode\b|\bwhat does (?:it|the (?:message|screen|dialog)) say\b|\bexact message\b/],
  [
    'spread',
    /\b(?:another|other|different) (?:device|network|user|machine|pc|computer|laptop|browser|profile)s?\b/,
  ],
  [
    'device',
    /\bwhich (?:device|pc|computer|printer|laptop|machine|phone)\b|\bhostname\b|\bcomputer name\b|\bwhat (?:device|model)\b/,
  ],
  ['client', /\bwhich (?:client|company|customer)\b/],
  ['application', /\bwhich (?:app|application|program|software)\b/],
];

const YES_NO_START = /^(?:is|are|was|were|does|do|did|can|could|has|have|had|will|would|should|shall|if)\b/;

export function questionKind(text: string): QuestionKind {
  const n = normalize(text);
  const slots = ASKS.filter(([, pattern]) => pattern.test(n)).map(([slot]) => slot);
  return { slots, yesNo: YES_NO_START.test(n) };
}

/** "No", "nothing", "not that we know of": a complete answer to "what changed?" or "elsewhere too?". */
const NEGATIVE =
  /^(?:no|nope|nah|none|nothing|not that (?:i|we|they|she|he) (?:know|knows|am aware)|no changes?\b|nothing (?:changed|new|that i know))/;
/** "Not sure", "no idea": the question has no answer to record; it is dismissed, not answered. */
const UNKNOWN =
  /^(?:(?:i |we |they |she |he )?(?:dont|do not|doesnt|does not) know|not sure|unsure|no idea|unknown|cant say|cannot say|no clue)\b/;

/** What an error looks like described in prose: "it says access denied", "a message pops up". */
const ERROR_PROSE =
  /\b(?:says?|saying|shows?|showing|displays?|pops? up|message|warning|prompt|reads|error)\b/;

export function saysUnknown(sentence: string): boolean {
  return UNKNOWN.test(normalize(sentence));
}

/**
 * How well one sentence answers one question: 0 = not at all. It must give what the question asks
 * for — a stated slot the question names, a yes/no reply to a yes/no question (or a plain "no"
 * where "nothing changed" is the answer), or words the question itself uses. A sentence that only
 * states something else ("the printer is a Ricoh" to "when did this start?") is no answer.
 */
export function answerScore(question: OpenItem, sentence: string, onlyQuestion: boolean): number {
  const kind = questionKind(question.text);
  const n = normalize(sentence);
  if (!n) return 0;
  const stated = readStatedFacts(sentence);
  const statedSlots = new Set<AskedSlot>(Object.keys(stated) as Slot[]);
  if (scopeIsWide(stated.scope)) statedSlots.add('spread');
  const shared = overlap(sentence, question.text);
  if (kind.slots.some((slot) => statedSlots.has(slot))) return 3 + shared;
  if (saysUnknown(sentence)) return onlyQuestion ? 1 : 0;
  // "No error, it just sits there" and "nothing changed" are answers; "no" to "when?" is not.
  const negativeFits =
    kind.slots.some((s) => s === 'change' || s === 'spread' || s === 'error') || kind.yesNo;
  if (NEGATIVE.test(n) && negativeFits) return 2 + shared;
  if (kind.slots.includes('error') && ERROR_PROSE.test(n)) return 2 + shared;
  if (kind.slots.length > 0) {
    // A yes/no reply fits "does it also happen elsewhere?", not "when did it start?".
    const yesNoFits = kind.slots.every((s) => s === 'spread');
    return yesNoFits && startsWithAnswer(sentence) ? 2 + shared : 0;
  }
  if (kind.yesNo) {
    if (startsWithAnswer(sentence)) return 2 + shared;
    return shared >= 1 && !isQuestion(sentence) ? shared : 0;
  }
  // An open question nobody classified ("which version is installed?"): words it uses, or a short
  // reply that states nothing else, when it is the only question waiting.
  if (shared >= 1 && !isQuestion(sentence)) return shared;
  const short = wordCount(sentence) <= 12 && !isQuestion(sentence) && !isAcknowledgement(sentence);
  return onlyQuestion && short && statedSlots.size === 0 ? 1 : 0;
}
