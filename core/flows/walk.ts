import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { flowVersionsTable, flowWalksTable, type WalkedStep, type WalkOutcome } from '../db/schema/flows.ts';
import { withTransaction } from '../db/transactions.ts';
import { insertFactIfNew } from '../facts/index.ts';
import { activeFix, proposeFix, recordFixOutcome } from '../fixes/index.ts';
import { type PostedNote, postEscalationPackage } from '../notes/post-note.ts';
import type { DiagnosisDeps } from '../sessions/deps.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError, NotFoundError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { getFlowInAccount, getFlowVersion } from './flow-store.ts';
import { type FlowGraph, type FlowStep, stepById, stepExits } from './graph.ts';
import {
  AnswerStepInput,
  EscalateWalkInput,
  FinishWalkInput,
  StartWalkInput,
  WalkId,
  WalkNoteInput,
  WalkPressInput,
} from './schemas.ts';
import { toWalkView, type WalkView } from './walk-view.ts';

type WalkRow = typeof flowWalksTable.$inferSelect;

const OUTCOME_TO_FIX = {
  worked: 'applied_success',
  failed: 'applied_failed',
  partial: 'applied_partial',
} as const satisfies Record<WalkOutcome, string>;

async function loadWalk(tx: AppTx, ctx: TenantContext, walkId: unknown) {
  const id = parseInput(WalkId, walkId, 'walk id');
  const [walk] = await tx
    .select()
    .from(flowWalksTable)
    .where(and(eq(flowWalksTable.accountId, ctx.accountId), eq(flowWalksTable.id, id)));
  if (!walk) throw new NotFoundError('Walk');
  const flow = await getFlowInAccount(tx, ctx, walk.flowId);
  const [version] = await tx
    .select()
    .from(flowVersionsTable)
    .where(and(eq(flowVersionsTable.accountId, ctx.accountId), eq(flowVersionsTable.id, walk.flowVersionId)));
  if (!version) throw new NotFoundError('Flow version');
  return { walk, flow, graph: version.graph, version: version.version };
}

function currentStep(graph: FlowGraph, walk: WalkRow): FlowStep {
  const step = stepById(graph, walk.currentStepId);
  if (!step) throw new Error(`walk ${walk.id} points at missing step ${walk.currentStepId}`);
  return step;
}

/** A press from an older card, or on a finished walk, changes nothing and says why. */
function assertLive(walk: WalkRow, stateVersion: number): void {
  if (walk.status !== 'active') {
    throw new ConflictError(
      walk.status === 'escalated'
        ? 'This walk was escalated to an engineer; it can no longer change here.'
        : 'This walk has finished; it can no longer change.',
    );
  }
  if (walk.stateVersion !== stateVersion) {
    throw new ConflictError(
      'This card is out of date: someone already answered this step. Use the latest card.',
      {
        stateVersion: walk.stateVersion,
      },
    );
  }
}

async function saveWalk(
  tx: AppTx,
  ctx: TenantContext,
  walk: WalkRow,
  changes: Partial<WalkRow>,
): Promise<WalkRow> {
  const [saved] = await tx
    .update(flowWalksTable)
    .set({ ...changes, stateVersion: walk.stateVersion + 1 })
    .where(
      and(
        eq(flowWalksTable.accountId, ctx.accountId),
        eq(flowWalksTable.id, walk.id),
        // The compare-and-set that makes two racing presses one success and one refusal.
        eq(flowWalksTable.stateVersion, walk.stateVersion),
      ),
    )
    .returning();
  if (!saved)
    throw new ConflictError(
      'This card is out of date: someone already answered this step. Use the latest card.',
    );
  return saved;
}

/**
 * A walk's change to its session (a fact, the fix) goes through the session's write path, so the
 * session's state version bumps: cached note previews and open session cards see the new facts.
 */
async function onSession(
  ctx: TenantContext,
  sessionId: string | null,
  fn: (tx: AppTx) => Promise<boolean>,
): Promise<void> {
  if (!sessionId) return;
  await withSessionWrite(ctx, sessionId, async ({ tx, changed }) => {
    if (await fn(tx)) changed();
  });
}

/** On a session that already has a fix from the resolution step, nothing new is proposed twice. */
async function onResolutionReached(ctx: TenantContext, walk: WalkRow, step: FlowStep): Promise<void> {
  if (step.kind !== 'resolution') return;
  await onSession(ctx, walk.sessionId, async (tx) => {
    const proposed = await proposeFix(tx, ctx, walk.sessionId as string, {
      title: step.text,
      steps: step.fixSteps.length > 0 ? step.fixSteps : [step.text],
      confidence: 80,
    });
    return proposed.changed;
  });
}

/**
 * Starts walking the flow's current version (published, or an assistant draft's frozen build) for a
 * session. `flows.walk` is L1 and up.
 */
/** A press on a walk card: who pressed, which walk, and the card's payload (validated by each verb). */
export interface WalkPress {
  ctx: TenantContext;
  walkId: unknown;
  input: unknown;
}

export async function startWalk({
  ctx,
  flowId,
  sessionId: rawSessionId = null,
}: {
  ctx: TenantContext;
  flowId: unknown;
  sessionId?: unknown;
}): Promise<WalkView> {
  const grant = authorize(ctx, 'flows.walk');
  const { sessionId } = parseInput(StartWalkInput, { sessionId: rawSessionId }, 'walk');
  return withTransaction(ctx, async (tx) => {
    const flow = await getFlowInAccount(tx, ctx, flowId);
    if (flow.status === 'retired' || flow.currentVersion === null) {
      throw new ConflictError(
        flow.status === 'retired'
          ? 'This flow is retired.'
          : 'This flow has no published version to walk yet.',
      );
    }
    if (sessionId) {
      const [session] = await tx
        .select({ id: diagnosisSessionsTable.id })
        .from(diagnosisSessionsTable)
        .where(
          and(eq(diagnosisSessionsTable.accountId, ctx.accountId), eq(diagnosisSessionsTable.id, sessionId)),
        );
      if (!session) throw new NotFoundError('Session');
    }
    const version = await getFlowVersion(tx, ctx, flow.id, flow.currentVersion);
    const [walk] = await tx
      .insert(flowWalksTable)
      .values({
        accountId: ctx.accountId,
        flowId: flow.id,
        flowVersionId: version.id,
        sessionId,
        walkerUserId: actorUserId(ctx.actor),
        currentStepId: version.graph.start,
      })
      .returning();
    if (!walk) throw new Error('walk insert returned nothing');
    await onResolutionReached(ctx, walk, currentStep(version.graph, walk));
    await recordAudit(tx, ctx, {
      action: 'flow.walk_started',
      target: { type: 'flow', id: flow.id },
      metadata: { walkId: walk.id, version: version.version, sessionId },
      grant,
    });
    return toWalkView({ walk, flow, graph: version.graph, version: version.version });
  });
}

export async function getWalk({ ctx, walkId }: { ctx: TenantContext; walkId: unknown }): Promise<WalkView> {
  authorize(ctx, 'sessions.read');
  return withTransaction(ctx, async (tx) => toWalkView(await loadWalk(tx, ctx, walkId)));
}

/**
 * The L1 pressed one of the step's buttons. The answer becomes a fact on the session ("step — answer",
 * so the note and the escalation package carry the walked path) and the walk moves on.
 */
export async function answerStep({ ctx, walkId, input }: WalkPress) {
  authorize(ctx, 'flows.walk');
  const data = parseInput(AnswerStepInput, input, 'answer');
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadWalk(tx, ctx, walkId);
    const { walk, graph } = loaded;
    assertLive(walk, data.stateVersion);
    const step = currentStep(graph, walk);
    if (step.id !== data.stepId) {
      throw new ConflictError('This card is out of date: the walk has moved on. Use the latest card.');
    }
    const exit = stepExits(step).find((e) => e.label === data.answer);
    if (!exit) {
      throw new ConflictError(
        step.kind === 'resolution' || step.kind === 'escalate'
          ? 'This step ends the walk; confirm the outcome instead.'
          : `"${data.answer}" is not an answer to this step.`,
      );
    }
    const note = data.note ? redactText(data.note) : undefined;
    const taken: WalkedStep = {
      stepId: step.id,
      kind: step.kind,
      text: step.text,
      answer: exit.label,
      ...(note ? { note } : {}),
      at: new Date().toISOString(),
    };
    await onSession(ctx, walk.sessionId, async (stx) =>
      Boolean(
        await insertFactIfNew(stx, ctx, walk.sessionId as string, {
          text: `${step.text.replace(/[?.!\s]+$/, '')} — ${exit.label}${note ? ` (${note})` : ''}`,
          source: 'flow_step',
          createdByUserId: actorUserId(ctx.actor),
        }),
      ),
    );
    const saved = await saveWalk(tx, ctx, walk, { path: [...walk.path, taken], currentStepId: exit.next });
    const next = currentStep(graph, saved);
    await onResolutionReached(ctx, saved, next);
    if (next.kind === 'escalate') return finishEscalated(tx, ctx, { ...loaded, walk: saved }, next.reason);
    return toWalkView({ ...loaded, walk: saved });
  });
}

/** Back one step: the last answer is taken back (its fact stays, marked by the next answer). */
export async function stepBack({ ctx, walkId, input }: WalkPress) {
  authorize(ctx, 'flows.walk');
  const data = parseInput(WalkPressInput, input, 'back');
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadWalk(tx, ctx, walkId);
    assertLive(loaded.walk, data.stateVersion);
    const last = loaded.walk.path.at(-1);
    if (!last) throw new ConflictError('This is the first step; there is nothing to go back to.');
    const saved = await saveWalk(tx, ctx, loaded.walk, {
      path: loaded.walk.path.slice(0, -1),
      currentStepId: last.stepId,
    });
    return toWalkView({ ...loaded, walk: saved });
  });
}

/** "Add a note": kept as a fact on the session, so it reaches the note and the package. */
export async function addWalkNote({ ctx, walkId, input }: WalkPress) {
  authorize(ctx, 'flows.walk');
  const data = parseInput(WalkNoteInput, input, 'note');
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadWalk(tx, ctx, walkId);
    assertLive(loaded.walk, data.stateVersion);
    await onSession(ctx, loaded.walk.sessionId, async (stx) =>
      Boolean(
        await insertFactIfNew(stx, ctx, loaded.walk.sessionId as string, {
          // insertFactIfNew redacts the text itself.
          text: data.note,
          source: 'engineer_note',
          createdByUserId: actorUserId(ctx.actor),
        }),
      ),
    );
    const saved = await saveWalk(tx, ctx, loaded.walk, {});
    return toWalkView({ ...loaded, walk: saved });
  });
}

async function finishEscalated(
  tx: AppTx,
  ctx: TenantContext,
  loaded: Awaited<ReturnType<typeof loadWalk>>,
  reason: string,
): Promise<WalkView> {
  const step = currentStep(loaded.graph, loaded.walk);
  const ended: WalkedStep = {
    stepId: step.id,
    kind: step.kind,
    text: step.text,
    at: new Date().toISOString(),
  };
  const saved = await saveWalk(tx, ctx, loaded.walk, {
    status: 'escalated',
    finishedAt: new Date(),
    path: [...loaded.walk.path, ended],
  });
  await onSession(ctx, saved.sessionId, async (stx) =>
    Boolean(
      await insertFactIfNew(stx, ctx, saved.sessionId as string, {
        text: `Escalated from the flow "${loaded.flow.title}": ${redactText(reason)}`,
        source: 'engineer_note',
        createdByUserId: actorUserId(ctx.actor),
      }),
    ),
  );
  await recordAudit(tx, ctx, {
    action: 'flow.walk_escalated',
    target: { type: 'flow', id: loaded.flow.id },
    metadata: { walkId: saved.id, atStep: step.id },
  });
  return toWalkView({ ...loaded, walk: saved });
}

/** "I'm stuck — escalate": ends the walk escalated with the reason; the package carries the path. */
export async function escalateWalk({ ctx, walkId, input }: WalkPress) {
  authorize(ctx, 'escalations.create');
  const data = parseInput(EscalateWalkInput, input, 'escalation');
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadWalk(tx, ctx, walkId);
    // A fix that did not work ends the walk, and escalating is the way on from there.
    const failedFix = loaded.walk.status === 'abandoned' && loaded.walk.outcome === 'failed';
    if (!failedFix) assertLive(loaded.walk, data.stateVersion);
    else if (loaded.walk.stateVersion !== data.stateVersion)
      throw new ConflictError('This card is out of date. Use the latest card.');
    return finishEscalated(tx, ctx, loaded, data.reason);
  });
}

/**
 * "I'm stuck" as every surface means it: the walk ends escalated, then its session's escalation
 * package (the walked path is in its facts; the reason is its note) is posted exactly as Confirm &
 * escalate on the session card posts it, so it goes to the technician channel or the PSA. Chat
 * adapters send `posted` to the technician channel; a walk without a session posts nothing.
 */
export async function escalateWalkToEngineer({
  ctx,
  deps,
  walkId,
  input,
}: WalkPress & { deps: DiagnosisDeps }): Promise<{ walk: WalkView; posted: PostedNote | null }> {
  const walk = await escalateWalk({ ctx, walkId, input });
  if (!walk.sessionId) return { walk, posted: null };
  const { reason } = parseInput(EscalateWalkInput, input, 'escalation');
  const posted = await postEscalationPackage({
    ctx,
    deps,
    sessionId: walk.sessionId,
    input: { note: reason.slice(0, 2_000) },
  });
  return { walk, posted };
}

/**
 * The caller confirmed (or not) that the resolution step's fix worked. The outcome counts for the
 * flow version (the flywheel) and is recorded on the session's fix, as an engineer's would be.
 */
export async function finishWalk({ ctx, walkId, input }: WalkPress) {
  authorize(ctx, 'flows.walk');
  const data = parseInput(FinishWalkInput, input, 'outcome');
  return withTransaction(ctx, async (tx) => {
    const loaded = await loadWalk(tx, ctx, walkId);
    assertLive(loaded.walk, data.stateVersion);
    const step = currentStep(loaded.graph, loaded.walk);
    if (step.kind !== 'resolution') {
      throw new ConflictError('The walk has not reached a fix yet; answer the current step first.');
    }
    if (data.outcome === 'partial' && !data.note) {
      throw new ConflictError('Say what worked and what did not when the fix only partly worked.');
    }
    if (loaded.walk.sessionId) {
      const fix = await activeFix(tx, ctx, loaded.walk.sessionId);
      if (fix && fix.status === 'proposed') {
        await recordFixOutcome({
          ctx,
          sessionId: loaded.walk.sessionId,
          fixId: fix.id,
          input: { outcome: OUTCOME_TO_FIX[data.outcome], ...(data.note ? { notes: data.note } : {}) },
        });
      }
    }
    const ended: WalkedStep = {
      stepId: step.id,
      kind: step.kind,
      text: step.text,
      answer: data.outcome,
      ...(data.note ? { note: redactText(data.note) } : {}),
      at: new Date().toISOString(),
    };
    const saved = await saveWalk(tx, ctx, loaded.walk, {
      status: data.outcome === 'failed' ? 'abandoned' : 'resolved',
      outcome: data.outcome,
      finishedAt: new Date(),
      path: [...loaded.walk.path, ended],
    });
    await recordAudit(tx, ctx, {
      action: 'flow.walk_finished',
      target: { type: 'flow', id: loaded.flow.id },
      metadata: { walkId: saved.id, outcome: data.outcome },
    });
    return toWalkView({ ...loaded, walk: saved });
  });
}
