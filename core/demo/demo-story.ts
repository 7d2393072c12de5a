import type { AppTx } from '../db/client.ts';
import { claimEscalation } from '../escalations/index.ts';
import { recordFixDecision, recordFixOutcome } from '../fixes/index.ts';
import { postEscalationPackage, postResolutionNote } from '../notes/index.ts';
import { createLocalPsa, deliverSessionOutbox, linkTicket, type PsaDeps } from '../psa/index.ts';
import { createSession, type DiagnosisDeps, handleTurn, type SessionView } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import type { DemoClock, StampedTable } from './demo-clock.ts';
import type { DemoSessionPlan } from './demo-plan.ts';
import type { DemoFix } from './demo-problems.ts';
import type { ScriptedTurn } from './scripted-engine.ts';

export interface StoryEnv {
  tx: AppTx;
  deps: DiagnosisDeps;
  psa: PsaDeps;
  clock: DemoClock;
  ctxOf: (email: string) => TenantContext;
  next: (turn: ScriptedTurn) => void;
}

const MINUTE = 60_000;

function suggest(fix: DemoFix): ScriptedTurn['actions'][number] {
  return {
    type: 'suggest_fix',
    title: fix.title,
    steps: fix.steps,
    confidence: fix.confidence,
    ...(fix.script ? { script: fix.script, scriptLanguage: fix.scriptLanguage ?? 'powershell' } : {}),
  };
}

function activeFixId(view: SessionView): string {
  if (!view.activeFix) throw new Error(`demo seed: session "${view.problemSummary}" has no active fix`);
  return view.activeFix.id;
}

/**
 * Plays one session of the month through the real verbs, stamping each step with its time in the
 * story: the ticket, the conversation, the fix outcomes, the note and its delivery to the built-in
 * PSA, and for escalations the claim.
 */
export async function playStory(env: StoryEnv, plan: DemoSessionPlan): Promise<void> {
  const { problem, client } = plan;
  const ctx = env.ctxOf(plan.ownerEmail);
  let at = plan.startsAt.getTime();
  const step = async (minutes: number, also: readonly StampedTable[] = []) => {
    at += minutes * MINUTE;
    // Every verb below bumps the session row (state_version, updated_at).
    await env.clock.stamp(env.tx, new Date(at), ['diagnosis_sessions', ...also]);
  };
  const TURN = ['session_turns', 'task_items', 'facts', 'suggested_fixes'] as const;

  const channelRef: Record<string, string> =
    plan.channel === 'slack'
      ? { channel: 'C0DEMOHELP', threadTs: `${Math.floor(at / 1000)}.${String(plan.index).padStart(6, '0')}` }
      : plan.channel === 'teams'
        ? { conversationId: `19:demo-helpdesk-${plan.index}@thread.tacv2`, activityId: `demo-${plan.index}` }
        : {};
  const session = await createSession({
    ctx,
    input: {
      problemSummary: `${problem.summary} — ${client}`,
      channel: { kind: plan.channel, ref: channelRef },
    },
  });
  const id = session.id;
  await step(0);

  if (plan.withTicket) {
    const ticket = await createLocalPsa(ctx).createTicket({
      summary: problem.summary,
      description: problem.opening,
      companyId: client,
    });
    await step(1, ['local_tickets']);
    await linkTicket({ ctx, deps: env.psa, sessionId: id, input: { externalId: ticket.externalId } });
    await step(1);
  }

  env.next({
    text: problem.firstReply,
    actions: [
      ...problem.facts.map((text) => ({ type: 'record_fact' as const, text })),
      ...problem.questions.map((q) => ({ type: 'ask_question' as const, text: q.text })),
      { type: 'add_check', text: problem.check.text },
    ],
  });
  await handleTurn({ ctx, deps: env.deps, sessionId: id, input: { message: problem.opening } });
  await step(2, TURN);
  if (plan.outcome === 'active_questions') return;

  env.next({
    text: `That points to one cause. Suggested fix: ${problem.fix.title}.`,
    actions: [
      ...problem.questions.map((q) => ({
        type: 'resolve_text' as const,
        text: q.text,
        status: 'answered' as const,
        answer: q.answer,
      })),
      { type: 'resolve_text', text: problem.check.text, status: 'done', answer: problem.check.result },
      suggest(problem.fix),
    ],
  });
  let view = (await handleTurn({ ctx, deps: env.deps, sessionId: id, input: { message: problem.answers } }))
    .session;
  await step(9, TURN);
  const firstFix = activeFixId(view);

  if (plan.outcome === 'dismissed_then_worked') {
    await recordFixDecision({ ctx, sessionId: id, fixId: firstFix, input: { decision: 'dismiss' } });
    await step(3, ['suggested_fixes']);
    view = await nextIdea(
      env,
      ctx,
      id,
      'The client will not allow that during business hours. Anything else?',
      problem.secondFix,
    );
    await step(4, TURN);
  } else {
    await recordFixDecision({ ctx, sessionId: id, fixId: firstFix, input: { decision: 'apply' } });
    await step(3, ['suggested_fixes']);
    if (plan.outcome === 'active_fix') return;
  }

  const fixId = activeFixId(view);
  switch (plan.outcome) {
    case 'worked':
    case 'dismissed_then_worked':
      await recordFixOutcome({ ctx, sessionId: id, fixId, input: { outcome: 'applied_success' } });
      break;
    case 'partial':
      await recordFixOutcome({
        ctx,
        sessionId: id,
        fixId,
        input: { outcome: 'applied_partial', notes: problem.partialNotes },
      });
      break;
    case 'failed_then_worked': {
      await recordFixOutcome({
        ctx,
        sessionId: id,
        fixId,
        input: { outcome: 'applied_failed', failureReason: problem.failureReason },
      });
      await step(12, ['suggested_fixes']);
      view = await nextIdea(
        env,
        ctx,
        id,
        `Tried it: ${problem.failureReason.toLowerCase()}.`,
        problem.secondFix,
      );
      await step(4, TURN);
      await recordFixOutcome({
        ctx,
        sessionId: id,
        fixId: activeFixId(view),
        input: { outcome: 'applied_success' },
      });
      break;
    }
    default:
      await recordFixOutcome({
        ctx,
        sessionId: id,
        fixId,
        input: { outcome: 'applied_failed', failureReason: problem.failureReason },
      });
  }
  await step(14, ['suggested_fixes']);

  if (!plan.outcome.startsWith('escalated')) {
    await postResolutionNote({ ctx, deps: env.deps, sessionId: id, input: {} });
    await step(3, ['psa_outbox']);
    await deliver(env, ctx, id, plan.withTicket, at);
    return;
  }

  await postEscalationPackage({
    ctx,
    deps: env.deps,
    sessionId: id,
    input: { target: { type: 'board', name: 'Escalations' }, note: problem.escalationNote },
  });
  await step(3, ['psa_outbox']);
  await deliver(env, ctx, id, plan.withTicket, at);
  if (!plan.claimerEmail) return;
  const claimer = env.ctxOf(plan.claimerEmail);
  await claimEscalation({ ctx: claimer, sessionId: id });
  await step(35 + (plan.index % 4) * 20, ['escalation_claims']);
  if (plan.outcome !== 'escalated_claimed_resolved') return;
  await postResolutionNote({ ctx: claimer, deps: env.deps, sessionId: id, input: {} });
  await step(150, ['psa_outbox']);
  await deliver(env, claimer, id, plan.withTicket, at);
}

async function nextIdea(env: StoryEnv, ctx: TenantContext, id: string, message: string, fix: DemoFix) {
  env.next({
    text: `Then the next most likely cause. Suggested fix: ${fix.title}.`,
    actions: [suggest(fix)],
  });
  return (await handleTurn({ ctx, deps: env.deps, sessionId: id, input: { message } })).session;
}

/** What the PSA delivery job does a moment after the post: the note and status land on the ticket. */
async function deliver(env: StoryEnv, ctx: TenantContext, id: string, withTicket: boolean, at: number) {
  if (!withTicket) return;
  const report = await deliverSessionOutbox({ ctx, deps: env.psa, sessionId: id, now: new Date(at) });
  if (report.failed > 0 || report.deferred > 0) {
    throw new Error(
      `demo seed: ticket writes for a demo session were not delivered (${report.problem ?? 'deferred'})`,
    );
  }
  await env.clock.stamp(env.tx, new Date(at + MINUTE), ['psa_outbox', 'local_tickets', 'local_ticket_notes']);
}
