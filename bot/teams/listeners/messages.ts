import { type Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import { findSessionByChannel } from '../../../core/sessions/index.ts';
import { scriptsRequest } from '../../script-verbs.ts';
import { walkRequest } from '../../walk-verbs.ts';
import { converse, say } from '../conversation.ts';
import { identify } from '../identity.ts';
import { channelOf, placeOf, targetOf, tenantOf } from '../places.ts';
import { firstTimeSeen, type TeamsRuntime } from '../runtime.ts';
import { parseCommand, runCommand } from './commands.ts';
import { runIntakeCommand } from './intake.ts';
import { runTeamsScripts } from './scripts.ts';
import { startTeamsWalk } from './walk.ts';

/**
 * The manifest scopes these listeners serve: `team` (conversationType `channel`), `personal` and
 * `groupChat` (see places.ts). The manifest test holds `bots[0].scopes` to exactly this.
 */
export const BOT_SCOPES = ['team', 'personal', 'groupChat'] as const;

/** True when the activity @mentions the bot (a `mention` entity naming the recipient). */
export function mentionsBot(activity: Activity): boolean {
  return (activity.entities ?? []).some(
    (e) =>
      e.type === 'mention' &&
      (e as unknown as { mentioned?: { id?: string } }).mentioned?.id === activity.recipient?.id,
  );
}

/**
 * The words of a message. The SDK already removed the bot's own `<at>…</at>` (AgentApplication's
 * `removeRecipientMention`); other people's mentions keep their names without the tags.
 */
export function messageText(text: string | undefined): string {
  return (text ?? '')
    .replace(/<at>([\s\S]*?)<\/at>/gi, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Messages. Bots in channels receive only posts that @mention them (unless granted RSC), so a
 * mention in a new post starts the thread's session and a mention in a reply is a turn; an
 * unmentioned channel message (RSC) counts only in a thread the bot is already diagnosing. In a
 * personal or group chat every message to the bot is a turn of the chat's current session.
 *
 * Teams has its 200 before any of this runs (the activity is replayed from the chat inbox, or
 * continued by the SDK's `longRunningMessages`), so the model may take as long as it needs.
 */
export function registerMessages(agent: AgentApplication<TurnState>, rt: TeamsRuntime): void {
  agent.onActivity(ActivityTypes.Message, async (context) => {
    const activity = context.activity;
    const tenantId = tenantOf(activity);
    const place = tenantId ? placeOf(activity, tenantId) : null;
    if (!tenantId || !place) return;
    if (place.kind === 'channel' && !mentionsBot(activity)) {
      const accountId = await rt.tenants.accountFor(tenantId);
      const tenant = accountId
        ? { db: rt.database, accountId, actor: { kind: 'system' as const, name: 'teams' } }
        : null;
      if (!tenant || !(await findSessionByChannel(tenant, channelOf(place)))) return;
    }
    if (!(await firstTimeSeen(rt, context))) return;
    const target = targetOf(place, activity.id);
    const who = await identify(rt, context);
    if (!who.ok) {
      await say(context, target, who.text);
      return;
    }
    const text = messageText(activity.text);
    if (await runIntakeCommand(rt, context, who.ctx, place, target, text)) return;
    const walkProblem = walkRequest(text);
    if (walkProblem !== null) {
      await startTeamsWalk(rt, context, who.ctx, { place, text: walkProblem, target });
      return;
    }
    const scriptsQuery = scriptsRequest(text);
    if (scriptsQuery !== null) {
      await runTeamsScripts(context, who.ctx, place, target, scriptsQuery);
      return;
    }
    const parsed = parseCommand(text);
    if (parsed && parsed.command !== 'new') {
      await runCommand(context, who.ctx, place, target, parsed.command);
      return;
    }
    const problem = parsed ? parsed.problem : text;
    if (!problem || (parsed && problem.length < 3)) {
      await say(
        context,
        target,
        parsed
          ? 'Describe the problem after "new", e.g. "new Outlook keeps asking for a password".'
          : 'Tell me what is wrong, e.g. "Outlook keeps asking for a password on one laptop".',
      );
      return;
    }
    await converse(rt, context, who.ctx, { place, text: problem, target, fresh: parsed !== null });
  });
}
