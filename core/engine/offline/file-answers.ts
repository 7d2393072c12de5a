import type { EngineTurnInput } from '../types.ts';
import { answerScore, saysUnknown } from './questions.ts';
import { isQuestion, overlap, reportsCheckDone, startsWithAnswer } from './read-message.ts';

type OpenItem = EngineTurnInput['openItems'][number];

/** One task-lane item this message closes, and the sentences that close it. */
export interface Filed {
  item: OpenItem;
  status: 'answered' | 'done' | 'dismissed';
  answer: string;
  sentences: string[];
  /** Opens like a reply ("yes, …", "done, …") or gives exactly what was asked (a time, a scope). */
  explicit: boolean;
  /** Opens like a reply: then a symptom in it ("yes, webmail works") is the answer, not a fix outcome. */
  opensLikeReply: boolean;
}

const SLOT_MATCH = 3;

/**
 * Files each sentence of the message against the open item it answers, if any. A check is done
 * when the message reports running it ("done", "ran ipconfig …"). A question is answered only by
 * sentences that give what it asks for (see `answerScore`); the rest of the message is left for
 * the caller to record as new facts, and a question nothing answered stays open.
 */
export function fileAnswers(input: EngineTurnInput, sentences: string[]): Filed[] {
  const message = input.message.trim();
  if (!message) return [];
  const open = input.openItems.filter((i) => i.status === 'open');
  const checks = open.filter((i) => i.kind === 'check');
  if (reportsCheckDone(message) && checks.length > 0) {
    const item = pickCheck(checks, message);
    if (item)
      return [{ item, status: 'done', answer: message, sentences, explicit: true, opensLikeReply: true }];
  }
  const questions = open.filter((i) => i.kind === 'question');
  if (questions.length === 0) return [];
  const only = questions.length === 1;
  const filed = new Map<
    string,
    { item: OpenItem; sentences: string[]; explicit: boolean; opensLikeReply: boolean }
  >();
  for (const sentence of sentences) {
    if (isQuestion(sentence)) continue;
    let best: OpenItem | null = null;
    let bestScore = 0;
    for (const question of questions) {
      const score = answerScore(question, sentence, only);
      // Ties go to the newer question: the one just asked.
      if (score > 0 && score >= bestScore) {
        best = question;
        bestScore = score;
      }
    }
    if (!best) continue;
    const entry = filed.get(best.id) ?? { item: best, sentences: [], explicit: false, opensLikeReply: false };
    entry.sentences.push(sentence);
    entry.opensLikeReply ||= startsWithAnswer(sentence);
    entry.explicit ||= entry.opensLikeReply || bestScore >= SLOT_MATCH;
    filed.set(best.id, entry);
  }
  return [...filed.values()].map(({ item, sentences: said, explicit, opensLikeReply }) => ({
    item,
    status: said.every(saysUnknown) ? 'dismissed' : 'answered',
    answer: said.join(' '),
    sentences: said,
    explicit,
    opensLikeReply,
  }));
}

/**
 * One open check: that one. Several: the one sharing the most words with the message, or none —
 * guessing which check was run would mark the wrong one done.
 */
function pickCheck(checks: OpenItem[], message: string): OpenItem | null {
  if (checks.length === 1) return checks[0] ?? null;
  let best: OpenItem | null = null;
  let bestScore = 0;
  for (const item of checks) {
    const score = overlap(message, item.text);
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best;
}
