import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { handOverEscalation, listHandOverChoices } from '../../../core/escalations/index.ts';
import { getSession } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { refreshCardLater } from '../conversation.ts';
import { post } from '../outbound.ts';
import type { TeamsRuntime } from '../runtime.ts';
import { type ExecuteAction, executeVerb } from './actions.ts';
import { claimedPost, holderOf } from './escalate.ts';

interface HandOverData {
  handoverTo?: unknown;
}

/**
 * Peer-to-peer escalation on Teams, all on the technician-channel post: **Hand over** redraws it
 * with a choice set of the account's other engineers (refused inline for anyone but the holder);
 * **Hand over** again with a pick hands it over in core, answers with the post claimed by the new
 * holder, says so in the post's thread naming both, and redraws the session card.
 */
export function registerHandOver(agent: AgentApplication<TurnState>, rt: TeamsRuntime): void {
  agent.adaptiveCards.actionExecute<ExecuteAction>('escalation.handover', async (context, _state, action) =>
    executeVerb(rt, context, action, {
      run: async (ctx, payload, data) => {
        const { handoverTo } = (data ?? {}) as HandOverData;
        const sessionId = payload.s;
        if (typeof handoverTo !== 'string' || !handoverTo) {
          const choices = await listHandOverChoices({ ctx, sessionId });
          return claimedPost(rt, context, ctx, sessionId, personName(ctx), false, choices);
        }
        const handed = await handOverEscalation({
          ctx,
          deps: rt.diagnosis,
          sessionId,
          input: { toUserId: handoverTo },
        });
        refreshCardLater(rt, context, ctx, sessionId);
        announceLater(rt, context, handed.from.name, handed.to.name, handed.psaReassign);
        return claimedPost(rt, context, ctx, sessionId, handed.to.name, true);
      },
      current: async (ctx, payload, error) =>
        claimedPost(
          rt,
          context,
          ctx,
          payload.s,
          holderOf(error) ?? (await currentHolderName(ctx, payload.s)),
          false,
        ),
    }),
  );
}

function personName(ctx: TenantContext): string {
  return ctx.actor.kind === 'user' ? ctx.actor.name : 'Someone';
}

/** Who holds it now, for redrawing the post after a refusal that did not name them. */
async function currentHolderName(ctx: TenantContext, sessionId: string): Promise<string | null> {
  return (await getSession({ ctx, sessionId })).escalation?.claimedBy?.name ?? null;
}

/** "X handed this escalation to Y." in the post's own thread, after the invoke is answered. */
function announceLater(
  rt: TeamsRuntime,
  context: TurnContext,
  from: string,
  to: string,
  psaReassign: 'queued' | 'no_member' | null,
): void {
  const { conversation, replyToId } = context.activity;
  if (!conversation?.id || !replyToId) return;
  const conversationId = conversation.id;
  const psa =
    psaReassign === 'queued'
      ? ' The PSA ticket is being reassigned to them.'
      : psaReassign === 'no_member'
        ? ` The PSA ticket keeps its member: ${to} has no PSA member linked.`
        : '';
  rt.later(context, `handover:${conversationId}`, 'hand-over announcement', async (later) => {
    await post(
      later,
      { conversationId, replyToId },
      { type: 'message', text: `🔁 ${from} handed this escalation to ${to}.${psa}` },
    );
  });
}
