import type { App, BlockAction, GlobalShortcut, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import { renderWalkBlocks } from '../../../cards/index.ts';
import { QUEUE_START_ACTION, renderQueueHomeBlocks } from '../../../cards/queue.ts';
import type { Block } from '../../../cards/slack-types.ts';
import { walkInFieldOf } from '../../../cards/walk-in-fields.ts';
import {
  renderWalkInModal,
  WALK_IN_BLOCKS,
  WALK_IN_SHORTCUT,
  WALK_IN_VIEW,
} from '../../../cards/walk-in-modal.ts';
import { can } from '../../../core/auth/index.ts';
import { startWalk } from '../../../core/flows/index.ts';
import { queueAudience } from '../../../core/identity/index.ts';
import { getSession } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { InvalidInputError } from '../../../core/shared/errors.ts';
import { createWalkIn, listQueue, listWalkInClients, startTicket } from '../../../core/tickets/index.ts';
import { walkRenderContext } from '../../walk-verbs.ts';
import { postOrUpdateCard, slackChannelRef } from '../conversation.ts';
import { chatErrorFor } from '../errors.ts';
import { contextOrRefuse, type SlackRuntime } from '../runtime.ts';

export { WALK_IN_SHORTCUT };

const Metadata = z.object({ teamId: z.string().min(1) });

/** The App Home's queue section, or nothing for people who may not act on the queue. */
export async function queueHomeBlocks(ctx: TenantContext): Promise<Block[]> {
  if (!can(ctx.actor, 'l1_queue.act')) return [];
  return renderQueueHomeBlocks(await listQueue({ ctx, input: { limit: 11 } }));
}

/**
 * "Log a walk-in" (global shortcut → modal → ticket in the L1 queue) and Start from the App Home's
 * queue, which opens the ticket's session in a DM thread with the session card and the flow decision.
 */
export function registerIntake(
  app: App,
  rt: SlackRuntime,
  refreshHomes: (accountId: string) => Promise<void>,
): void {
  app.shortcut<GlobalShortcut>(WALK_IN_SHORTCUT, async ({ shortcut, ack, client }) => {
    await ack();
    const teamId = shortcut.team?.id ?? '';
    const ctx = await contextOrRefuse(rt, client, { teamId, userId: shortcut.user.id });
    if (!ctx) return;
    await openWalkInModal(rt, client, ctx, { teamId, triggerId: shortcut.trigger_id });
  });

  app.view<ViewSubmitAction>(WALK_IN_VIEW, async ({ view, ack, client, body }) => {
    const meta = Metadata.safeParse(safeJson(view.private_metadata));
    const ctx = meta.success
      ? await contextOrRefuse(rt, client, { teamId: meta.data.teamId, userId: body.user.id })
      : null;
    if (!ctx) {
      await ack({
        response_action: 'errors',
        errors: { [WALK_IN_BLOCKS.summary]: "You're not set up in ResolutionFlow yet." },
      });
      return;
    }
    const values = view.state.values;
    const text = (block: string) => values[block]?.value?.value?.trim() || undefined;
    const selected = (block: string) => values[block]?.value?.selected_option ?? undefined;
    const client_ = selected(WALK_IN_BLOCKS.client);
    try {
      await createWalkIn({
        ctx,
        input: {
          contactName: text(WALK_IN_BLOCKS.contactName) ?? '',
          ...(text(WALK_IN_BLOCKS.contactEmail) ? { contactEmail: text(WALK_IN_BLOCKS.contactEmail) } : {}),
          client: client_ ? client_.text.text : (text(WALK_IN_BLOCKS.client) ?? ''),
          ...(client_ ? { clientId: client_.value } : {}),
          summary: text(WALK_IN_BLOCKS.summary) ?? '',
          details: text(WALK_IN_BLOCKS.details) ?? '',
          priority: selected(WALK_IN_BLOCKS.priority)?.value ?? 'medium',
        },
      });
    } catch (error) {
      // Slack shows these under the fields and keeps the modal open, so nothing typed is lost.
      const issues = error instanceof InvalidInputError ? error.issues : [];
      const errors: Record<string, string> = {};
      for (const issue of issues)
        errors[WALK_IN_BLOCKS[walkInFieldOf(issue.path) ?? 'summary']] ??= issue.message;
      if (!issues.length) errors[WALK_IN_BLOCKS.summary] = chatErrorFor(error).message;
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    rt.conversation.diagnosis.onQueueChanged?.(ctx.accountId);
    await refreshHomes(ctx.accountId).catch((error: unknown) =>
      rt.logger.warn({ err: error }, 'Slack: could not refresh App Home after a walk-in'),
    );
  });

  app.action<BlockAction>(QUEUE_START_ACTION, async ({ ack, body, client, action }) => {
    await ack();
    const teamId = body.team?.id ?? '';
    const ctx = await contextOrRefuse(rt, client, { teamId, userId: body.user.id });
    if (!ctx) return;
    const ticketId = 'value' in action ? String(action.value ?? '') : '';
    try {
      // The session lives in a DM thread: the opening message is the thread's root.
      const opened = await client.chat.postMessage({
        channel: body.user.id,
        text: 'Starting the ticket from the L1 queue…',
      });
      const dm = opened.channel ?? body.user.id;
      const started = await startTicket({
        ctx,
        deps: { knowledge: rt.conversation.diagnosis.knowledge },
        ticketId,
        input: { channel: slackChannelRef(teamId, dm, opened.ts ?? '') },
      });
      const decision = started.decision
        ? `*Flow:* ${started.decision.flowTitle ?? 'none'} — ${started.decision.reason}`
        : 'You had already started this ticket.';
      await client.chat.update({
        channel: dm,
        ts: opened.ts ?? '',
        text: `Started: ${started.ticket.summary}\n${decision}`,
      });
      if (started.started) {
        await postOrUpdateCard(
          rt.conversation,
          client,
          ctx,
          await getSession({ ctx, sessionId: started.sessionId }),
        );
        // The matched flow's first step, so the L1 begins at once (as Start in Teams does).
        const flowId = started.decision?.flowId;
        if (flowId) {
          const walk = await startWalk({ ctx, flowId, sessionId: started.sessionId });
          await client.chat.postMessage({
            channel: dm,
            thread_ts: opened.ts ?? '',
            ...renderWalkBlocks(walk, await walkRenderContext(ctx, walk)),
          });
        }
      }
      rt.conversation.diagnosis.onQueueChanged?.(ctx.accountId);
    } catch (error) {
      const e = chatErrorFor(error);
      await client.chat
        .postMessage({ channel: body.user.id, text: `${e.title}: ${e.message}` })
        .catch(() => undefined);
    }
    await refreshHomes(ctx.accountId).catch((error: unknown) =>
      rt.logger.warn({ err: error }, 'Slack: could not refresh App Home after Start'),
    );
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * The walk-in modal for someone who may log walk-ins, or a modal saying their role cannot. Opened
 * from the global shortcut and from the assistant thread's "Log a walk-in" button (both carry a
 * trigger id, which `views.open` needs and a plain message never has).
 */
export async function openWalkInModal(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  where: { teamId: string; triggerId: string },
): Promise<void> {
  if (!can(ctx.actor, 'intake.create')) {
    await client.views.open({
      trigger_id: where.triggerId,
      view: {
        type: 'modal',
        title: { type: 'plain_text', text: 'Log a walk-in' },
        close: { type: 'plain_text', text: 'Close' },
        blocks: [
          {
            type: 'section',
            text: {
              type: 'mrkdwn',
              text: `Your role (${ctx.actor.kind === 'user' ? ctx.actor.role : 'system'}) cannot log walk-in tickets.`,
            },
          },
        ],
      },
    });
    return;
  }
  const choices = await listWalkInClients({ ctx, deps: rt.conversation.diagnosis.psa });
  await client.views.open({
    trigger_id: where.triggerId,
    view: renderWalkInModal(choices, { teamId: where.teamId }),
  });
}

/**
 * Redraws the App Home of everyone in the account who may act on the L1 queue (after a walk-in, a
 * Start or a PSA poll that changed it). One person's failure (e.g. a user who never opened the app)
 * does not stop the rest.
 */
export async function refreshQueueHomes(
  rt: SlackRuntime,
  accountId: string,
  clientFor: (teamId: string) => Promise<WebClient | null>,
  publish: (client: WebClient, ctx: TenantContext, slackUserId: string) => Promise<void>,
): Promise<void> {
  const system: TenantContext = { db: rt.database, accountId, actor: { kind: 'system', name: 'slack-home' } };
  for (const member of await queueAudience(system, 'slack')) {
    const client = await clientFor(member.tenantKey);
    if (!client) continue;
    const ctx: TenantContext = { db: rt.database, accountId, actor: member.actor };
    await publish(client, ctx, member.externalUserId).catch((error: unknown) =>
      rt.logger.warn({ err: error, accountId }, 'Slack: could not refresh an App Home queue'),
    );
  }
}
