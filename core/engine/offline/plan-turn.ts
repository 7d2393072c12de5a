import type { KnowledgePassage } from '../../kb/knowledge.ts';
import type { EngineAction, EngineTurnInput, FixOutcome } from '../types.ts';
import {
  detectOutcome,
  isChatter,
  isObservation,
  isQuestion,
  normalize,
  overlap,
  reportsCheckDone,
  splitSentences,
  startsWithAnswer,
  wordCount,
} from './read-message.ts';

type OpenItem = EngineTurnInput['openItems'][number];

/** Everything the offline engine decided for one turn; the actions and the reply are both read from it. */
export interface TurnPlan {
  outcome: { outcome: FixOutcome; reason: string; fixTitle: string } | null;
  resolved: { item: OpenItem; status: 'answered' | 'done'; answer: string } | null;
  facts: string[];
  article: KnowledgePassage | null;
  checks: string[];
  fix: { title: string; steps: string[]; confidence: number } | null;
  question: string | null;
  /** Open task-lane items left after this turn, counting the checks and question it adds. */
  stillOpen: number;
  /** The proposed fix still waiting for the engineer to try it, when this turn did not replace it. */
  pendingFix: string | null;
}

/**
 * Questions that narrow an unknown problem, asked one per turn in this order when nothing in the
 * knowledge base matches and nothing is open: scope and timing first, then the exact error, then
 * what changed, then whether it follows the user, the device or the network.
 */
export const NARROWING_QUESTIONS = [
  'When did this start, and does it affect one user or several?',
  'What is the exact error message or code, and where does it appear?',
  'What changed just before it started (password change, updates, new device, office move)?',
  'Does it also happen on another device or network, or for another user on the same machine?',
] as const;

const MAX_CHECKS_PER_TURN = 3;
const MAX_CONFIDENCE = 90;
const MAX_FACT_LENGTH = 500;
/** "Short" for the one-open-question rule: a reply, not a new report. */
const SHORT_ANSWER_WORDS = 12;

export function planTurn(input: EngineTurnInput): TurnPlan {
  const sentences = splitSentences(input.message);
  const answer = readAnswer(input);
  const outcome = readOutcome(input, sentences, answer?.explicit ?? false);
  // "didn't work" is a verdict on the fix even when it is short enough to pass for an answer; only
  // a reply that opens like one ("yes, …", "done, …") still closes the item.
  const resolved = answer && (answer.explicit || !outcome) ? answer.resolved : null;
  // An answer becomes a fact through its item, and an outcome's reason is stored with the fix.
  const facts = resolved
    ? []
    : readFacts(
        input,
        sentences.filter((s) => s !== outcome?.reason),
      );
  const solved = outcome?.outcome === 'applied_success';
  const article = solved ? null : topPassage(input.knowledge);
  const checks = article ? newChecks(input, article) : [];
  const fix = article ? fixToSuggest(input, article, outcome !== null) : null;
  const stillOpen =
    input.openItems.filter((i) => i.status === 'open' && i.id !== resolved?.item.id).length + checks.length;
  // A proposed fix nobody has tried yet is the next step; a question on top of it is noise.
  const awaitingFix = input.activeFix?.status === 'proposed' && outcome === null;
  const question = !solved && stillOpen === 0 && !fix && !awaitingFix ? nextQuestion(input) : null;
  return {
    outcome,
    resolved,
    facts,
    article,
    checks,
    fix,
    question,
    stillOpen: stillOpen + (question ? 1 : 0),
    pendingFix: awaitingFix && !fix ? (input.activeFix?.title ?? null) : null,
  };
}

export function planActions(plan: TurnPlan): EngineAction[] {
  const actions: EngineAction[] = [];
  if (plan.outcome) {
    actions.push({ type: 'report_fix_outcome', outcome: plan.outcome.outcome, reason: plan.outcome.reason });
  }
  if (plan.resolved) {
    const { item, status, answer } = plan.resolved;
    actions.push({ type: 'resolve_item', itemId: item.id, status, answer });
  }
  for (const text of plan.facts) actions.push({ type: 'record_fact', text });
  for (const text of plan.checks) actions.push({ type: 'add_check', text });
  if (plan.fix) actions.push({ type: 'suggest_fix', ...plan.fix, steps: [...plan.fix.steps] });
  if (plan.question) actions.push({ type: 'ask_question', text: plan.question });
  return actions;
}

function readOutcome(
  input: EngineTurnInput,
  sentences: string[],
  explicitOnly: boolean,
): TurnPlan['outcome'] {
  const fix = input.activeFix;
  if (!fix || fix.status === 'dismissed') return null;
  const found = detectOutcome(sentences, explicitOnly);
  // Repeating the recorded outcome ("yes it's fixed") is not news.
  if (!found || found.outcome === fix.status) return null;
  return { outcome: found.outcome, reason: found.sentence, fixTitle: fix.title };
}

/** The item this message closes; `explicit` when it opens like a reply ("yes, …", "done, …"). */
function readAnswer(
  input: EngineTurnInput,
): { resolved: NonNullable<TurnPlan['resolved']>; explicit: boolean } | null {
  const answer = input.message.trim();
  if (!answer) return null;
  const open = input.openItems.filter((i) => i.status === 'open');
  const questions = open.filter((i) => i.kind === 'question');
  const checks = open.filter((i) => i.kind === 'check');
  if (reportsCheckDone(answer) && checks.length > 0) {
    const item = pick(checks, answer, false);
    if (item) return { resolved: { item, status: 'done', answer }, explicit: true };
  }
  if (questions.length === 0) return null;
  if (startsWithAnswer(answer)) {
    const item = pick(questions, answer, true);
    if (item) return { resolved: { item, status: 'answered', answer }, explicit: true };
  }
  const [only] = questions;
  if (only && questions.length === 1 && wordCount(answer) <= SHORT_ANSWER_WORDS) {
    if (!isQuestion(answer) && !isChatter(answer)) {
      return { resolved: { item: only, status: 'answered', answer }, explicit: false };
    }
  }
  return null;
}

/**
 * One candidate: that one. Several: the one sharing the most words with the message; with no
 * overlap, the newest question (the one just asked) or, for checks, nobody — guessing which check
 * was run would mark the wrong one done.
 */
function pick(items: OpenItem[], message: string, newestAsFallback: boolean): OpenItem | null {
  if (items.length === 1) return items[0] ?? null;
  let best: OpenItem | null = null;
  let bestScore = 0;
  for (const item of items) {
    const score = overlap(message, item.text);
    if (score > bestScore) {
      best = item;
      bestScore = score;
    }
  }
  return best ?? (newestAsFallback ? (items.at(-1) ?? null) : null);
}

function readFacts(input: EngineTurnInput, sentences: string[]): string[] {
  const known = new Set([normalize(input.problemSummary), ...input.facts.map((f) => normalize(f.text))]);
  const facts: string[] = [];
  for (const sentence of sentences) {
    if (!isObservation(sentence)) continue;
    const key = normalize(sentence);
    if (!key || known.has(key)) continue;
    known.add(key);
    facts.push(sentence.length > MAX_FACT_LENGTH ? `${sentence.slice(0, MAX_FACT_LENGTH - 1)}…` : sentence);
  }
  return facts;
}

function topPassage(knowledge: KnowledgePassage[]): KnowledgePassage | null {
  let top: KnowledgePassage | null = null;
  for (const passage of knowledge) if (!top || passage.score > top.score) top = passage;
  return top;
}

function newChecks(input: EngineTurnInput, passage: KnowledgePassage): string[] {
  // Any status: a check already done or dismissed is not re-added either.
  const known = new Set([
    ...input.openItems.map((i) => normalize(i.text)),
    ...input.facts.map((f) => normalize(f.text)),
  ]);
  const checks: string[] = [];
  for (const check of passage.checks ?? []) {
    const key = normalize(check);
    if (!key || known.has(key)) continue;
    known.add(key);
    checks.push(check);
    if (checks.length === MAX_CHECKS_PER_TURN) break;
  }
  return checks;
}

/** Confidence follows retrieval strength: 40 at a bare match, 90 at most. */
export function confidenceFromScore(score: number): number {
  const clamped = Math.min(1, Math.max(0, score));
  return Math.min(MAX_CONFIDENCE, Math.round(40 + 50 * clamped));
}

function fixToSuggest(
  input: EngineTurnInput,
  passage: KnowledgePassage,
  outcomeReported: boolean,
): TurnPlan['fix'] {
  const fix = passage.fix;
  if (!fix || fix.steps.length === 0) return null;
  const key = normalize(fix.title);
  const active = input.activeFix;
  if (active && normalize(active.title) === key) return null;
  // A fix that failed or that the engineer dismissed is never offered again in this session.
  const rejected = input.previousFixes.some(
    (f) => normalize(f.title) === key && (f.status === 'applied_failed' || f.status === 'dismissed'),
  );
  if (rejected) return null;
  const confidence = confidenceFromScore(passage.score);
  // Suggesting replaces the active fix; an untried one is only displaced by a stronger match.
  if (active?.status === 'proposed' && !outcomeReported && confidence <= active.confidence) return null;
  return { title: fix.title, steps: [...fix.steps], confidence };
}

function nextQuestion(input: EngineTurnInput): string | null {
  const asked = new Set(input.openItems.filter((i) => i.kind === 'question').map((i) => normalize(i.text)));
  const said = input.recentTranscript.filter((t) => t.role === 'assistant').map((t) => normalize(t.text));
  for (const question of NARROWING_QUESTIONS) {
    const key = normalize(question);
    if (!asked.has(key) && !said.some((text) => text.includes(key))) return question;
  }
  return null;
}
