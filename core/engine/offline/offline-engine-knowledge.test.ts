import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount } from '../../../test/factories.ts';
import { createDemoKnowledgeSource } from '../../kb/demo/index.ts';
import type { KnowledgePassage } from '../../kb/knowledge.ts';
import type { TenantContext } from '../../shared/context.ts';
import { createOfflineEngine, NARROWING_QUESTIONS, OFFLINE_LABEL, QUESTIONS } from './index.ts';
import { fix, knowledgeFor as knowledgeForSource, ofType, SPOOLER_FIX, turn } from './test-helpers.ts';

const engine = createOfflineEngine();
const kb = createDemoKnowledgeSource();
let ctx: TenantContext;

beforeAll(async () => {
  ctx = (await createTestAccount(await testDatabase(), 'Offline Knowledge MSP')).owner;
});

const knowledgeFor = (text: string) => knowledgeForSource(kb, ctx, text);

describe('offline engine: knowledge', () => {
  it('turns the top passage into checks and a fix whose confidence follows the score', async () => {
    const message = 'Print jobs are stuck in the queue and the spooler keeps crashing';
    const knowledge = await knowledgeFor(message);
    const [top] = knowledge;
    expect(top?.documentId).toBe('kb-print-spooler-stuck-queue');
    const { actions } = await engine.runTurn(turn(message, { knowledge }));
    expect(ofType(actions, 'add_check').map((a) => a.text)).toEqual(top?.checks);
    const [suggested] = ofType(actions, 'suggest_fix');
    expect(suggested).toEqual({
      type: 'suggest_fix',
      title: SPOOLER_FIX,
      steps: top?.fix?.steps,
      confidence: Math.round(40 + 50 * (top?.score ?? 0)),
      // Recorded on the fix so Insights can count fix success by article.
      source: { title: top?.title, url: top?.url },
    });
  });

  it('caps confidence at 90 and adds at most 3 checks, skipping ones already in the lane', async () => {
    const [top] = await knowledgeFor('print spooler crashes, jobs stuck in print queue');
    const passage: KnowledgePassage = {
      ...top!,
      score: 1,
      checks: ['Check A', 'Check B', 'Check C', 'Check D'],
    };
    const done = { id: 'c-a', kind: 'check' as const, text: 'check a', status: 'done' as const };
    const { actions } = await engine.runTurn(
      turn('Spooler stops a few seconds after start', { knowledge: [passage], openItems: [done] }),
    );
    expect(ofType(actions, 'add_check').map((a) => a.text)).toEqual(['Check B', 'Check C', 'Check D']);
    expect(ofType(actions, 'suggest_fix')[0]?.confidence).toBe(90);
  });

  it('does not re-suggest the active fix or a fix that already failed', async () => {
    const message = 'Print jobs are stuck in the queue again';
    const knowledge = await knowledgeFor(message);
    const active = await engine.runTurn(
      turn(message, { knowledge, activeFix: fix(SPOOLER_FIX, { confidence: 10 }) }),
    );
    expect(ofType(active.actions, 'suggest_fix')).toEqual([]);
    const failed = await engine.runTurn(
      turn(message, {
        knowledge,
        previousFixes: [{ title: SPOOLER_FIX, status: 'applied_failed', failureReason: 'no change' }],
      }),
    );
    expect(ofType(failed.actions, 'suggest_fix')).toEqual([]);
    expect(failed.text).not.toContain('Suggested fix');
  });

  it('leaves an untried fix in place unless the new match is stronger, and asks nothing meanwhile', async () => {
    const message = 'OneDrive still shows processing changes';
    const knowledge = await knowledgeFor(message);
    const untried = fix('Sign out of OneDrive and back in', { confidence: 95 });
    const { actions, text } = await engine.runTurn(turn(message, { knowledge, activeFix: untried }));
    expect(ofType(actions, 'suggest_fix')).toEqual([]);
    expect(ofType(actions, 'ask_question')).toEqual([]);
    expect(text).toContain(
      'When you have tried "Sign out of OneDrive and back in", tell me whether it worked.',
    );
    const weak = await engine.runTurn(
      turn(message, { knowledge, activeFix: { ...untried, confidence: 30 } }),
    );
    expect(ofType(weak.actions, 'suggest_fix').map((a) => a.title)).toEqual([
      'Reset the OneDrive sync client',
    ]);
  });

  it('cites the article by title and URL after the offline label', async () => {
    const message = 'Outlook keeps saying trying to connect after the password change';
    const knowledge = await knowledgeFor(message);
    const { text } = await engine.runTurn(turn(message, { knowledge }));
    expect(text.startsWith(OFFLINE_LABEL)).toBe(true);
    expect(text).toContain('Outlook stuck on "Trying to connect" or "Disconnected" (Microsoft 365)');
    expect(text).toContain('https://docs.contoso-msp.example/kb/outlook-trying-to-connect');
    expect(text).toMatch(/Suggested fix \(confidence \d+%\): Clear cached Office credentials/);
  });
});

describe('offline engine: fix outcomes', () => {
  const activeFix = fix(SPOOLER_FIX);

  it.each([
    ['That worked, the queue cleared straight away', 'applied_success'],
    ['fixed', 'applied_success'],
    ["It's working now", 'applied_success'],
    ["Didn't work, jobs still stuck in the queue", 'applied_failed'],
    ['Restarted it, no change', 'applied_failed'],
    ['Partly, some users can print now', 'applied_partial'],
  ] as const)('reads "%s" as %s when a fix is active', async (message, outcome) => {
    const { actions } = await engine.runTurn(turn(message, { activeFix }));
    expect(ofType(actions, 'report_fix_outcome')).toEqual([
      { type: 'report_fix_outcome', outcome, reason: message },
    ]);
  });

  it('tells an answer that describes a symptom from a verdict on the fix', async () => {
    const question = {
      id: 'q-web',
      kind: 'question' as const,
      text: 'Does webmail work for the user?',
      status: 'open' as const,
    };
    const symptom = await engine.runTurn(
      turn('Yes, webmail works fine', { activeFix, openItems: [question] }),
    );
    expect(symptom.actions.map((a) => a.type)).toEqual(['resolve_item']);

    const verdict = await engine.runTurn(turn('Yes, that fixed it', { activeFix, openItems: [question] }));
    expect(verdict.actions.map((a) => a.type)).toEqual(['report_fix_outcome', 'resolve_item']);

    // Short enough to pass for an answer, but it is about the fix.
    const failed = await engine.runTurn(turn("didn't work", { activeFix, openItems: [question] }));
    expect(failed.actions).toEqual([
      { type: 'report_fix_outcome', outcome: 'applied_failed', reason: "didn't work" },
    ]);
  });

  it('reports no outcome without an active fix, and keeps the statement as a fact', async () => {
    const { actions } = await engine.runTurn(turn('Restarted the spooler, no change'));
    expect(ofType(actions, 'report_fix_outcome')).toEqual([]);
    expect(ofType(actions, 'record_fact').map((a) => a.text)).toEqual(['Restarted the spooler, no change']);
  });

  it('stops suggesting once the fix worked', async () => {
    const message = 'That worked, print jobs are going through the queue again';
    const knowledge = await knowledgeFor('print jobs stuck in the queue');
    const { actions, text } = await engine.runTurn(turn(message, { activeFix, knowledge }));
    expect(actions.map((a) => a.type)).toEqual(['report_fix_outcome']);
    expect(text).toContain(`Noted that "${SPOOLER_FIX}" worked`);
  });
});

describe('offline engine: narrowing questions', () => {
  const asked = (text: string, status: 'open' | 'answered') => ({
    id: `q-${text.length}`,
    kind: 'question' as const,
    text,
    status,
  });

  it('asks one narrowing question when nothing matches and nothing is open', async () => {
    const { actions, text } = await engine.runTurn(turn('The label printer in shipping prints blank labels'));
    expect(ofType(actions, 'ask_question')).toEqual([
      { type: 'ask_question', text: QUESTIONS.startedAndScope },
    ]);
    expect(text).toContain('No knowledge base article matched.');
    expect(text).toContain(`Next question: ${QUESTIONS.startedAndScope}`);
  });

  it('never asks the same question twice and waits while one is open', async () => {
    const first = asked(QUESTIONS.startedAndScope, 'answered');
    const next = await engine.runTurn(turn('Labels come out blank on every order', { openItems: [first] }));
    // Timing and scope were asked together: neither is asked again on its own.
    expect(ofType(next.actions, 'ask_question').map((a) => a.text)).toEqual([QUESTIONS.error]);
    const open = await engine.runTurn(
      turn('Labels come out blank on every order', {
        openItems: [asked(QUESTIONS.startedAndScope, 'open'), asked(QUESTIONS.error, 'open')],
      }),
    );
    expect(ofType(open.actions, 'ask_question')).toEqual([]);
    const all = NARROWING_QUESTIONS.map((q) => asked(q, 'answered'));
    const exhausted = await engine.runTurn(turn('Labels come out blank on every order', { openItems: all }));
    expect(ofType(exhausted.actions, 'ask_question')).toEqual([]);
  });
});
