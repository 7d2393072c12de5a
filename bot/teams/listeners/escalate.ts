import type { ConversationReference } from '@microsoft/agents-activity';
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import type {
  MessagingExtensionActionResponse,
  TaskModuleResponse,
  TeamsAgentExtension,
} from '@microsoft/agents-hosting-extensions-teams';
import { renderEscalationPostCard } from '../../../cards/index.ts';
import { getTeamsConversation, getTechnicianChannel } from '../../../core/chat/index.ts';
import {
  claimEscalation,
  type EscalationClaim,
  recordTechnicianPost,
} from '../../../core/escalations/index.ts';
import { type PostedNote, postEscalationPackage } from '../../../core/notes/index.ts';
import { createSession, getSession, type SessionView } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { ServiceError } from '../../../core/shared/errors.ts';
import { postOrUpdateCard, refreshCardLater, say } from '../conversation.ts';
import { errorLine, GENERIC_TITLE, teamsErrorFor } from '../errors.ts';
import dialog from '../escalate-dialog.json' with { type: 'json' };
import { identify } from '../identity.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE, cardBody, post, update } from '../outbound.ts';
import { channelOf, currentSession, type Place, placeOf, targetOf, targetOfRef } from '../places.ts';
import { renderContext, type TeamsRuntime } from '../runtime.ts';
import { type ExecuteAction, executeVerb } from './actions.ts';

/** The message action's `commandId` in the manifest (`composeExtensions[0].commands`). */
export const ESCALATE_COMMAND = 'escalateToEngineer';

/** How long a submit may work before the dialog is answered "still working" (Teams waits ~5 s). */
const SUBMIT_BUDGET_MS = 4_000;

const NO_TECH_CHANNEL =
  'No technician channel yet: an admin mentions me with "techchannel" in the channel where escalations should go.';

interface ActionValue {
  commandId?: string;
  data?: { target?: unknown; note?: unknown };
  messagePayload?: { id?: string; body?: { content?: string } };
}

const message = (value: string): MessagingExtensionActionResponse => ({ task: { type: 'message', value } });

function field(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined;
}

/** Teams gives the acted-on message as HTML (`messagePayload.body.content`); we need its words. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li)\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * The technician channel's stored conversation (service URL and reference), or null when no admin
 * has chosen one — or its reference is missing, in which case running `techchannel` again fixes it.
 */
async function technicianChannel(ctx: TenantContext) {
  const ref = await getTechnicianChannel(ctx, 'teams');
  return ref?.conversationId ? getTeamsConversation(ctx, ref.conversationId) : null;
}

/** `work`'s result, or null if it is still running after `ms` (it keeps running). */
async function within<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Message action "Escalate to engineer": `composeExtension/fetchTask` opens the dialog,
 * `composeExtension/submitAction` builds the escalation package from the thread's session (or one
 * seeded from the message), posts it to the technician channel with a Claim button, updates the
 * session card and tells the requester. Claim is the `escalation.claim` Action.Execute.
 */
export function registerEscalation(
  agent: AgentApplication<TurnState>,
  teams: TeamsAgentExtension<TurnState>,
  rt: TeamsRuntime,
): void {
  teams.messageExtension.onFetchTask(async (context): Promise<TaskModuleResponse> => {
    const value = context.activity.value as ActionValue | undefined;
    if (value?.commandId !== ESCALATE_COMMAND) return message('That command is not available.');
    const who = await identify(rt, context);
    if (!who.ok) return message(who.text);
    if (!(await technicianChannel(who.ctx))) return message(NO_TECH_CHANNEL);
    return {
      task: {
        type: 'continue',
        value: {
          title: 'Escalate to engineer',
          width: 'medium',
          height: 'medium',
          card: { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: dialog },
        },
      },
    };
  });

  teams.messageExtension.onSubmitAction(async (context, _state, raw) => {
    const value = raw as ActionValue;
    if (value.commandId !== ESCALATE_COMMAND) return message('That command is not available.');
    const who = await identify(rt, context);
    if (!who.ok) return message(who.text);
    if (!(await technicianChannel(who.ctx))) return message(NO_TECH_CHANNEL);
    const place = placeOf(context.activity, who.tenantId, value.messagePayload?.id);
    if (!place) return message('I could not tell which conversation this message is in.');
    const request: EscalationRequest = {
      place,
      text: htmlToText(value.messagePayload?.body?.content ?? '').slice(0, 1_500),
      target: field(value.data?.target, 200),
      note: field(value.data?.note, 2_000),
    };
    // The work may outlive this invoke's turn (and its context), so it posts through proactive turns.
    const work = escalate(rt, context.activity.getConversationReference(), who.ctx, request);
    const answer = await within(
      work.catch((error: unknown) => errorLine(explain(rt, error))),
      SUBMIT_BUDGET_MS,
    );
    if (answer !== null) return message(answer);
    // Still working: answer the dialog now and confirm in the thread when it is done.
    rt.later(context, `escalate:${context.activity.id}`, 'escalation confirmation', async (later) => {
      const text = await work.catch((error: unknown) => errorLine(explain(rt, error)));
      await say(later, targetOf(place, undefined), text);
    });
    return message('Escalating… I will confirm in the conversation when the package is posted.');
  });

  agent.adaptiveCards.actionExecute<ExecuteAction>('escalation.claim', async (context, _state, action) =>
    executeVerb(rt, context, action, {
      run: async (ctx, payload) => {
        const claim = await claimEscalation({ ctx, sessionId: payload.s });
        // The session card in the original conversation gets its buttons back for the claimer.
        refreshCardLater(rt, context, ctx, payload.s);
        announceInSessionLater(
          rt,
          context,
          claim.session,
          `🙋 ${claim.claimedByName} claimed this escalation and carries on here.`,
        );
        return claimedPost(rt, context, ctx, payload.s, claim.claimedByName, true);
      },
      current: async (ctx, payload, error) =>
        claimedPost(rt, context, ctx, payload.s, holderOf(error), false),
    }),
  );
}

interface EscalationRequest {
  place: Place;
  text: string;
  target: string | undefined;
  note: string | undefined;
}

function explain(rt: TeamsRuntime, error: unknown) {
  const view = teamsErrorFor(error);
  if (view.title === GENERIC_TITLE) rt.logger.error({ err: error }, 'Teams escalation failed');
  return view;
}

/** The place's open session, or a new one seeded from the message (a closed chat session starts the next). */
async function sessionToEscalate(ctx: TenantContext, request: EscalationRequest): Promise<SessionView> {
  const { session, generation } = await currentSession(ctx, request.place);
  if (session && (session.status === 'active' || request.place.kind === 'channel')) return session;
  const problemSummary = request.text.length >= 3 ? request.text : 'Escalated from Teams';
  const channel = channelOf(request.place, session ? generation + 1 : 1);
  return createSession({ ctx, input: { problemSummary, channel } });
}

async function escalate(
  rt: TeamsRuntime,
  here: ConversationReference,
  ctx: TenantContext,
  request: EscalationRequest,
): Promise<string> {
  const session = await sessionToEscalate(ctx, request);
  const { target, note } = request;
  const posted = await postEscalationPackage({
    ctx,
    deps: rt.diagnosis,
    sessionId: session.id,
    input: { ...(target ? { target: { type: 'board', name: target } } : {}), ...(note ? { note } : {}) },
  });
  const sent = await sendToTechnicianChannel(rt, ctx, posted);
  await rt.proactive(here, (thread) => postOrUpdateCard(rt, thread, ctx, posted.session));
  return sent
    ? `Escalated to the technician channel${target ? ` for ${target}` : ''}. An engineer will pick it up there.`
    : `Escalated${target ? ` for ${target}` : ''}, but the technician channel is gone: ${NO_TECH_CHANNEL}`;
}

/**
 * Posts a just-escalated package, with a Claim button, to the Teams technician channel core
 * recorded with it, as a new thread. False when there was none to post to (the session card then
 * says the package was kept here and how to set a channel). Shared by the message action and the
 * session card's Confirm & escalate.
 */
export async function sendToTechnicianChannel(
  rt: TeamsRuntime,
  ctx: TenantContext,
  posted: PostedNote,
): Promise<boolean> {
  if (posted.session.escalation?.channel?.platform !== 'teams') return false;
  const tech = await technicianChannel(ctx);
  if (!tech) return false;
  const escalation = posted.session.notes.find((n) => n.kind === 'escalation');
  const card = renderEscalationPostCard(
    {
      session: posted.session,
      sections: posted.note.sections,
      target: escalation?.target?.name ?? null,
      note: escalation?.target?.note ?? null,
      escalatedByName: posted.session.escalation?.escalatedBy?.name ?? null,
      claimedBy: null,
    },
    renderContext(rt, ctx),
  );
  // Proactive: the stored reference, addressed to the bare channel at the service URL we last
  // heard it from; posting there (no reply id) starts a new thread in the technician channel.
  const reference = {
    ...tech.reference,
    serviceUrl: tech.serviceUrl,
    conversation: { ...(tech.reference.conversation as object), id: tech.conversationId },
  } as unknown as ConversationReference;
  let activityId = '';
  await rt.proactive(reference, async (channel) => {
    activityId = await post(
      channel,
      { conversationId: tech.conversationId },
      cardBody(card, `Escalated: ${posted.session.problemSummary}`),
    );
  });
  if (activityId) {
    // The post starts its own thread, which is the conversation any later update addresses.
    const postConversationId = `${tech.conversationId};messageid=${activityId}`;
    await recordTechnicianPost({
      ctx,
      sessionId: posted.session.id,
      input: { postActivityId: activityId, postConversationId },
    });
  }
  return true;
}

/**
 * After a claim from the session card: redraws the technician-channel post as claimed (after the
 * invoke is answered), so nobody else presses its Claim button.
 */
export function markTechnicianPostClaimedLater(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  claim: EscalationClaim,
): void {
  const channel = claim.session.escalation?.channel;
  const { postActivityId, postConversationId } = channel?.ref ?? {};
  if (channel?.platform !== 'teams' || !postActivityId || !postConversationId) return;
  const escalation = claim.session.notes.find((n) => n.kind === 'escalation');
  const card = renderEscalationPostCard(
    {
      session: claim.session,
      sections: escalation?.sections ?? [],
      target: escalation?.target?.name ?? null,
      note: escalation?.target?.note ?? null,
      escalatedByName: claim.session.escalation?.escalatedBy?.name ?? null,
      claimedBy: claim.claimedByName,
      canHandOver: claim.session.status === 'active',
    },
    renderContext(rt, ctx),
  );
  rt.later(context, `claim:${claim.sessionId}`, 'escalation post update', (later) =>
    update(later, postConversationId, postActivityId, cardBody(card)),
  );
}

/**
 * The escalation post as it should look now: claimed by `claimedBy` (from the claim, or from the
 * 409 naming who has it). After a successful claim the post is updated for everyone too.
 */
export async function claimedPost(
  rt: TeamsRuntime,
  context: TurnContext,
  ctx: TenantContext,
  sessionId: string,
  claimedBy: string | null,
  changed: boolean,
  handOverChoices: ReadonlyArray<{ userId: string; name: string }> | null = null,
) {
  const session = await getSession({ ctx, sessionId });
  const escalation = session.notes.find((n) => n.kind === 'escalation');
  const card = renderEscalationPostCard(
    {
      session,
      sections: escalation?.sections ?? [],
      target: escalation?.target?.name ?? null,
      note: escalation?.target?.note ?? null,
      escalatedByName: session.escalation?.escalatedBy?.name ?? null,
      claimedBy,
      canHandOver: session.status === 'active',
      handOverChoices,
    },
    renderContext(rt, ctx),
  );
  const { conversation, replyToId } = context.activity;
  if (changed && conversation?.id && replyToId) {
    const conversationId = conversation.id;
    rt.later(context, `claim:${sessionId}`, 'escalation post update', (later) =>
      update(later, conversationId, replyToId, cardBody(card)),
    );
  }
  return card;
}

/** A 409 from a second claim names the holder; show the post as claimed by them. */
export function holderOf(error: unknown): string | null {
  const claimedBy = error instanceof ServiceError ? error.details?.claimedBy : undefined;
  return typeof claimedBy === 'string' ? claimedBy : null;
}

/**
 * A line in the session's own conversation after the invoke is answered: whoever escalated hears
 * of the claim by a message, not only an edited card.
 */
export function announceInSessionLater(
  rt: TeamsRuntime,
  context: TurnContext,
  session: SessionView,
  text: string,
): void {
  if (session.channel.kind !== 'teams') return;
  const target = targetOfRef(session.channel.ref);
  if (!target) return;
  rt.later(context, `announce:${session.id}`, 'session announcement', async (later) => {
    await say(later, target, text);
  });
}
