import { type RequestKind, requestKind } from '../../kb/index/request-kind.ts';
import type { KnowledgePassage } from '../../kb/knowledge.ts';
import type { EngineAction, EngineTurnInput, FixOutcome, FixSource } from '../types.ts';
import { type Filed, fileAnswers } from './file-answers.ts';
import { fixFromPassage } from './passage-fix.ts';
import { NARROWING, questionKind } from './questions.ts';
import {
  detectOutcome,
  isObservation,
  normalize,
  splitSentences,
  worksSubjectIsElsewhere,
} from './read-message.ts';
import { type AskedSlot, knownSlots, readStatedFacts, statedFactLines } from './stated-facts.ts';

type OpenItem = EngineTurnInput['openItems'][number];

/** Everything the offline engine decided for one turn; the actions and the reply are both read from it. */
export interface TurnPlan {
  outcome: { outcome: FixOutcome; reason: string; fixTitle: string } | null;
  /** Items this message closes: each with only the sentences that answer it. */
  resolved: Filed[];
  /** "Started: last night", "Client: Fabrikam" … read from the problem text on the first turn. */
  problemFacts: string[];
  facts: string[];
  /** Open questions the message did not answer: they stay open, and the reply says so. */
  unanswered: OpenItem[];
  article: KnowledgePassage | null;
  checks: string[];
  fix: { title: string; steps: string[]; confidence: number; source: FixSource } | null;
  question: string | null;
  /**
   * The problem is a purchase request or a test ticket and nothing in the knowledge base is about
   * it: there is nothing to troubleshoot, so no narrowing question is asked (on any turn); said on
   * the first.
   */
  notAFault: RequestKind | null;
  /** Open task-lane items left after this turn, counting the checks and question it adds. */
  stillOpen: number;
  /** The proposed fix still waiting for the engineer to try it, when this turn did not replace it. */
  pendingFix: string | null;
}

const MAX_CHECKS_PER_TURN = 3;
const MAX_CONFIDENCE = 90;
const MAX_FACT_LENGTH = 500;

export function planTurn(input: EngineTurnInput): TurnPlan {
  const sentences = splitSentences(input.message);
  const filed = fileAnswers(input, sentences);
  const outcome = readOutcome(
    input,
    sentences,
    filed.some((f) => f.opensLikeReply),
  );
  // "didn't work" is a verdict on the fix even when it shares a word with a question; only a reply
  // that gives what was asked ("yes, …", "since Monday") still closes the item. "Still broken
  // since Monday" does both: an outcome, and the answer to "when did this start?".
  const resolved = filed.filter((f) => f.explicit || !outcome);
  const used = new Set([...resolved.flatMap((f) => f.sentences), ...(outcome ? [outcome.reason] : [])]);
  const firstTurn = !input.recentTranscript.some((t) => t.role === 'assistant');
  const problemFacts = firstTurn ? factsFromProblem(input) : [];
  const facts = readFacts(
    input,
    sentences.filter((s) => !used.has(s)),
  );
  const openQuestions = input.openItems.filter((i) => i.status === 'open' && i.kind === 'question');
  const unanswered = openQuestions.filter((q) => !resolved.some((r) => r.item.id === q.id));
  const solved = outcome?.outcome === 'applied_success';
  const article = solved ? null : topPassage(input.knowledge);
  const known = slotsKnown(input);
  // A lead (a weak match) is shown; its checks and fix wait until a stronger passage agrees.
  const actionable = article?.lead ? null : article;
  const checks = actionable ? newChecks(input, actionable) : [];
  const fix = actionable ? fixToSuggest(input, actionable, outcome !== null) : null;
  const closed = new Set(resolved.map((r) => r.item.id));
  const stillOpen =
    input.openItems.filter((i) => i.status === 'open' && !closed.has(i.id)).length + checks.length;
  // A proposed fix nobody has tried yet is the next step; a question on top of it is noise.
  const awaitingFix = input.activeFix?.status === 'proposed' && outcome === null;
  const request = article ? null : requestKind(input.problemSummary);
  const question =
    !solved && stillOpen === 0 && !fix && !awaitingFix && !request ? nextQuestion(input, known) : null;
  return {
    outcome,
    resolved,
    problemFacts,
    facts,
    unanswered: resolved.length > 0 || outcome ? [] : unanswered,
    article,
    checks,
    fix,
    question,
    notAFault: firstTurn ? request : null,
    stillOpen: stillOpen + (question ? 1 : 0),
    pendingFix: awaitingFix && !fix ? (input.activeFix?.title ?? null) : null,
  };
}

export function planActions(plan: TurnPlan): EngineAction[] {
  const actions: EngineAction[] = [];
  if (plan.outcome) {
    actions.push({ type: 'report_fix_outcome', outcome: plan.outcome.outcome, reason: plan.outcome.reason });
  }
  for (const { item, status, answer } of plan.resolved) {
    actions.push({ type: 'resolve_item', itemId: item.id, status, answer });
  }
  for (const text of [...plan.problemFacts, ...plan.facts]) actions.push({ type: 'record_fact', text });
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
  if (
    found.outcome === 'applied_success' &&
    !found.explicit &&
    worksSubjectIsElsewhere(found.sentence, `${input.problemSummary} ${fix.title}`)
  )
    return null;
  return { outcome: found.outcome, reason: found.sentence, fixTitle: fix.title };
}

/** The answer part of a fact recorded from a question or check ("<question> — <answer>"). */
function factBody(fact: EngineTurnInput['facts'][number]): string {
  if (fact.source !== 'question' && fact.source !== 'check') return fact.text;
  const at = fact.text.lastIndexOf(' — ');
  return at >= 0 ? fact.text.slice(at + 3) : fact.text;
}

/**
 * The problem text's time, scope, change, error, device, client and application as "Label: phrase"
 * facts, once, on the first turn: later a fact an engineer deleted must stay deleted.
 */
function factsFromProblem(input: EngineTurnInput): string[] {
  const known = new Set(input.facts.map((f) => normalize(f.text)));
  return statedFactLines(readStatedFacts(input.problemSummary)).filter((line) => !known.has(normalize(line)));
}

/** Every slot the problem, the facts, the conversation or this message already answers. */
function slotsKnown(input: EngineTurnInput): Set<AskedSlot> {
  const known = knownSlots([
    input.problemSummary,
    ...input.facts.map(factBody),
    ...input.recentTranscript.filter((t) => t.role === 'engineer').map((t) => t.text),
    input.message,
  ]);
  // A question that was answered (even "nothing changed") answers its slots.
  for (const fact of input.facts) {
    if (fact.source !== 'question') continue;
    const at = fact.text.lastIndexOf(' — ');
    for (const slot of questionKind(at >= 0 ? fact.text.slice(0, at) : fact.text).slots) known.add(slot);
  }
  return known;
}

function readFacts(input: EngineTurnInput, sentences: string[]): string[] {
  const known = new Set([
    normalize(input.problemSummary),
    ...splitSentences(input.problemSummary).map(normalize),
    ...input.facts.map((f) => normalize(f.text)),
  ]);
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
  const fix = fixFromPassage(passage);
  if (!fix) return null;
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
  return {
    title: fix.title,
    steps: [...fix.steps],
    confidence,
    source: { title: passage.title, url: passage.url },
  };
}

/**
 * The first narrowing question none of whose slots is known or was asked before (open, answered,
 * dismissed or said in the conversation): never a question the ticket already answers.
 */
function nextQuestion(input: EngineTurnInput, known: Set<AskedSlot>): string | null {
  const askedTexts = [
    ...input.openItems.filter((i) => i.kind === 'question').map((i) => normalize(i.text)),
    ...input.facts.filter((f) => f.source === 'question').map((f) => normalize(f.text)),
    ...input.recentTranscript.filter((t) => t.role === 'assistant').map((t) => normalize(t.text)),
  ];
  const asked = new Set<AskedSlot>();
  for (const question of NARROWING) {
    const key = normalize(question.text);
    if (askedTexts.some((text) => text.includes(key))) for (const slot of question.asks) asked.add(slot);
  }
  for (const question of NARROWING) {
    if (question.asks.some((slot: AskedSlot) => known.has(slot) || asked.has(slot))) continue;
    return question.text;
  }
  return null;
}
