import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { getTechnicianChannel } from '../chat/technician-channel.ts';
import { isUniqueViolation } from '../db/errors.ts';
import {
  type DiagnosisSessionRow,
  diagnosisSessionsTable,
  type NoteKind,
  sessionNotesTable,
} from '../db/schema/diagnosis.ts';
import type { PsaConnectionRow } from '../db/schema/psa.ts';
import { ticketsTable } from '../db/schema/tickets.ts';
import { withTransaction } from '../db/transactions.ts';
import type { NoteSections } from '../engine/types.ts';
import { loadConnection } from '../psa/connection.ts';
import { queueTicketWrites, type TicketWrite } from '../psa/outbox.ts';
import type { DiagnosisDeps } from '../sessions/deps.ts';
import { mutateSession } from '../sessions/mutate-session.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { assertActive } from '../sessions/session-rules.ts';
import { loadSessionState } from '../sessions/session-state.ts';
import type { SessionView } from '../sessions/views.ts';
import { actorUserId, type TenantContext } from '../shared/context.ts';
import { ConflictError, UnprocessableError } from '../shared/errors.ts';
import { redactText } from '../shared/redact.ts';
import { parseInput } from '../shared/validation.ts';
import { PREVIEW_PERMISSION, previewFromState, sameHeadings } from './preview-note.ts';
import { PostEscalationInput, PostResolutionInput } from './schemas.ts';
import { renderNoteText } from './templates.ts';

export interface PostedNote {
  session: SessionView;
  /** `session`: stored with the session only (no PSA linked); otherwise the PSA it was queued for. */
  note: {
    kind: NoteKind;
    sections: NoteSections;
    text: string;
    destination: 'session' | 'local' | 'connectwise';
  };
}

const LABEL = { resolution: 'resolution note', escalation: 'escalation package' } as const;

/**
 * Confirm & post. Without a PSA linked the note is stored with the session, which becomes
 * `resolved_local` / `escalated_local`. One note of each kind per session: a second post is a 409,
 * enforced by a unique index so two simultaneous clicks cannot both win.
 */
async function postNote(
  ctx: TenantContext,
  deps: DiagnosisDeps,
  kind: NoteKind,
  sessionId: string,
  edited: NoteSections | undefined,
  target: Record<string, string> | null,
  previewed?: number,
): Promise<PostedNote> {
  const grant = authorize(ctx, PREVIEW_PERMISSION[kind]);
  const state = await withTransaction(ctx, async (tx) => loadSessionState(tx, ctx, { id: sessionId }));
  assertPostable(
    kind,
    state.session.status,
    state.notes.some((n) => n.kind === kind),
  );
  assertPreviewCurrent(kind, previewed, state.session.stateVersion);
  if (edited && !sameHeadings(edited, kind)) {
    throw new UnprocessableError(`Keep the ${LABEL[kind]}'s sections and headings as previewed.`, [
      { path: 'sections', message: 'headings must match the preview' },
    ]);
  }
  const sections = (edited ?? (await previewFromState(deps, kind, state)).sections).map((s) => ({
    heading: s.heading,
    body: redactText(s.body),
  }));
  const text = renderNoteText(sections);

  let queueChanged = false;
  const { view, result: destination } = await mutateSession(
    ctx,
    sessionId,
    async ({ tx, session }) => {
      assertPostable(kind, session.status, false);
      assertPreviewCurrent(kind, previewed, session.stateVersion);
      const connection = session.ticketProvider && deps.psa ? await loadConnection(ctx) : undefined;
      const viaPsa =
        connection && session.ticketExternalId && connection.provider === session.ticketProvider
          ? connection
          : undefined;
      const technicianChannel = kind === 'escalation' ? await technicianChannelFor(ctx, session) : null;
      try {
        await tx.insert(sessionNotesTable).values({
          accountId: ctx.accountId,
          sessionId,
          kind,
          sections,
          body: text,
          stateVersion: session.stateVersion,
          target,
          postedByUserId: actorUserId(ctx.actor),
          destination: viaPsa ? viaPsa.provider : 'session',
          technicianChannel,
        });
      } catch (error) {
        if (isUniqueViolation(error, 'session_notes_one_per_kind')) {
          throw new ConflictError(`The ${LABEL[kind]} for this session was already posted.`);
        }
        throw error;
      }
      if (viaPsa && session.ticketExternalId) {
        await queueTicketWrites(
          tx,
          ctx,
          { sessionId, provider: viaPsa.provider, ticketExternalId: session.ticketExternalId },
          ticketWritesFor(kind, text, viaPsa, target),
        );
      }
      const now = new Date();
      const status =
        kind === 'resolution'
          ? viaPsa
            ? 'resolved'
            : 'resolved_local'
          : viaPsa
            ? 'escalated'
            : 'escalated_local';
      await tx
        .update(diagnosisSessionsTable)
        .set(kind === 'resolution' ? { status, resolvedAt: now } : { status, escalatedAt: now })
        .where(eq(diagnosisSessionsTable.id, sessionId));
      // The L1 queue's ticket that opened this session follows it: escalated stays in the queue
      // (its Escalated tab), resolved leaves it.
      const moved = await tx
        .update(ticketsTable)
        .set({ status: kind === 'resolution' ? 'resolved' : 'escalated', updatedAt: now })
        .where(
          and(
            eq(ticketsTable.accountId, ctx.accountId),
            eq(ticketsTable.sessionId, sessionId),
            inArray(ticketsTable.status, ['open', 'in_progress', 'escalated']),
          ),
        )
        .returning({ id: ticketsTable.id });
      queueChanged = moved.length > 0;
      await recordAudit(tx, ctx, {
        action: kind === 'resolution' ? 'session.resolved' : 'session.escalated',
        target: { type: 'session', id: sessionId },
        metadata: {
          destination: viaPsa ? viaPsa.provider : 'session',
          target,
          ...(technicianChannel ? { technicianChannel: technicianChannel.platform } : {}),
        },
        grant,
      });
      return viaPsa ? viaPsa.provider : ('session' as const);
    },
    { requireActive: false },
  );
  if (destination !== 'session') deps.onTicketWritesQueued?.(ctx.accountId, sessionId);
  if (queueChanged) deps.onQueueChanged?.(ctx.accountId);
  return { session: view, note: { kind, sections, text, destination } };
}

/**
 * The technician channel of the session's own platform, recorded with the package so the card can
 * say where it went; the adapter posts it there. Sessions from the web console have no channel.
 */
async function technicianChannelFor(
  ctx: TenantContext,
  session: DiagnosisSessionRow,
): Promise<Record<string, string> | null> {
  if (session.channelKind !== 'slack' && session.channelKind !== 'teams') return null;
  const ref = await getTechnicianChannel(ctx, session.channelKind);
  const usable = session.channelKind === 'slack' ? ref?.channelId : ref?.conversationId;
  return ref && usable ? { ...ref, platform: session.channelKind } : null;
}

/**
 * What posting means on the ticket: the note with the right visibility, the configured status,
 * and for an escalation the reassignment the engineer chose.
 */
function ticketWritesFor(
  kind: NoteKind,
  text: string,
  connection: PsaConnectionRow,
  target: Record<string, string> | null,
): TicketWrite[] {
  const writes: TicketWrite[] = [
    { kind: 'note', payload: { noteKind: kind === 'resolution' ? 'resolution' : 'internal_analysis', text } },
  ];
  const status = kind === 'resolution' ? connection.resolvedStatus : connection.escalatedStatus;
  if (status) writes.push({ kind: 'status', payload: { status } });
  if (kind === 'escalation' && target?.name) {
    writes.push({
      kind: 'reassign',
      payload:
        target.type === 'user' ? { memberIdentifier: target.id ?? target.name } : { board: target.name },
    });
  }
  return writes;
}

/**
 * Both notes need an active session: an escalated one is resolved by whoever claims it (claiming
 * makes it active again), never straight from the escalated state.
 */
function assertPostable(kind: NoteKind, status: DiagnosisSessionRow['status'], alreadyPosted: boolean): void {
  if (alreadyPosted) throw new ConflictError(`The ${LABEL[kind]} for this session was already posted.`);
  assertActive({ status });
}

function assertPreviewCurrent(kind: NoteKind, previewed: number | undefined, current: number): void {
  if (previewed === undefined || previewed === current) return;
  throw new ConflictError(
    `The session changed after this preview (new facts or answers), so it no longer shows what would be posted. Preview the ${LABEL[kind]} again.`,
    { previewedVersion: previewed, stateVersion: current },
  );
}

export async function postResolutionNote(args: {
  ctx: TenantContext;
  deps: DiagnosisDeps;
  sessionId: unknown;
  input: unknown;
}): Promise<PostedNote> {
  authorize(args.ctx, 'sessions.resolve');
  const id = parseInput(SessionIdInput, args.sessionId, 'session id');
  const data = parseInput(PostResolutionInput, args.input ?? {}, 'resolution note');
  return postNote(args.ctx, args.deps, 'resolution', id, data.sections, null, data.stateVersion);
}

export async function postEscalationPackage(args: {
  ctx: TenantContext;
  deps: DiagnosisDeps;
  sessionId: unknown;
  input: unknown;
}): Promise<PostedNote> {
  authorize(args.ctx, 'escalations.create');
  const id = parseInput(SessionIdInput, args.sessionId, 'session id');
  const data = parseInput(PostEscalationInput, args.input ?? {}, 'escalation package');
  const target: Record<string, string> | null =
    data.target || data.note
      ? {
          ...(data.target ? { type: data.target.type, name: data.target.name } : {}),
          ...(data.target?.id ? { id: data.target.id } : {}),
          ...(data.note ? { note: redactText(data.note) } : {}),
        }
      : null;
  return postNote(args.ctx, args.deps, 'escalation', id, data.sections, target, data.stateVersion);
}
