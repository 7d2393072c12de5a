import type { App } from '@slack/bolt';
import { escapeMrkdwn, renderScriptsBlocks } from '../../../cards/index.ts';
import { setTechnicianChannel } from '../../../core/chat/index.ts';
import { scriptsForChat } from '../../../core/scripts/index.ts';
import { assertCanStartSession, listSessions } from '../../../core/sessions/index.ts';
import { writeLockedError } from '../../../core/signup/index.ts';
import { walkStartRefusal } from '../../walk-verbs.ts';
import { converse } from '../conversation.ts';
import { chatErrorFor, postErrorEphemeral } from '../errors.ts';
import { contextOrRefuse, type SlackRuntime } from '../runtime.ts';
import { startSlackWalk } from './walk.ts';

export function helpText(command: string): string {
  return [
    `*${command} new <problem>* — start a diagnosis session here`,
    `*${command} walk <problem>* — (L1) walk the troubleshooting flow for a ticket`,
    `*${command} status* — your open sessions`,
    `*${command} scripts <what it is for>* — find a script template (in a thread: \`scripts …\` fills it for that problem)`,
    `*${command} techchannel* — (admins) send escalations to this channel`,
    `*${command} help* — this list`,
    'Or just @mention me in any thread, or DM me.',
  ].join('\n');
}

/**
 * `/resolve …`. Slack needs the HTTP answer within 3 s, so every branch acks first and does the
 * slow part (creating a session, posting the card) afterwards.
 */
export function registerCommand(app: App, rt: SlackRuntime): void {
  app.command(rt.config.slashCommand, async ({ command, ack, client, respond }) => {
    const [verb = 'help', ...rest] = command.text.trim().split(/\s+/);
    const argument = rest.join(' ').trim();
    const ctx = await contextOrRefuse(rt, client, { teamId: command.team_id, userId: command.user_id });
    if (!ctx) {
      await ack({
        response_type: 'ephemeral',
        text: "I don't know you yet. Ask your ResolutionFlow admin to invite you.",
      });
      return;
    }
    /** Told to the person alone, before anything is posted in the channel. */
    const refusePrivately = (refusal: unknown) =>
      postErrorEphemeral(
        client,
        { channel: command.channel_id, user: command.user_id },
        chatErrorFor(refusal, rt.config.publicUrl),
      );
    switch (verb.toLowerCase()) {
      case 'new': {
        if (argument.length < 3) {
          await ack({
            response_type: 'ephemeral',
            text: `Describe the problem: \`${rt.config.slashCommand} new Outlook keeps asking for a password\``,
          });
          return;
        }
        await ack();
        // Refused before the thread root is posted, so a locked account, a role that may not open
        // sessions or a problem text too long leaves no announcement in the channel.
        let refusal: unknown = ctx.writeLock ? writeLockedError() : undefined;
        try {
          if (!refusal) assertCanStartSession(ctx, argument);
        } catch (error) {
          refusal = error;
        }
        if (refusal) return refusePrivately(refusal);
        try {
          // The card message becomes the thread root, so the thread is the session.
          const root = await client.chat.postMessage({
            channel: command.channel_id,
            text: `New diagnosis session: ${escapeMrkdwn(argument)}`,
          });
          if (!root.ts) return;
          // The problem is the thread's first message: the session, its card and the assistant's
          // first answer, as an @mention gets (it used to stay silent until someone replied).
          await converse(rt.conversation, client, ctx, {
            teamId: command.team_id,
            channel: command.channel_id,
            threadTs: root.ts,
            userId: command.user_id,
            text: argument,
          });
        } catch (error) {
          const e = chatErrorFor(error, rt.config.publicUrl);
          await respond({ response_type: 'ephemeral', text: `${e.title}: ${e.message}` });
        }
        return;
      }
      case 'walk': {
        await ack();
        // Refused before the thread root is posted, as `new` is: nothing is left in the channel.
        const refusal = ctx.writeLock ? writeLockedError() : walkStartRefusal(ctx, argument);
        if (refusal) return refusePrivately(refusal);
        // The decision message becomes the thread root, so the thread is the session.
        const root = await client.chat.postMessage({
          channel: command.channel_id,
          text: `Flow walk: ${escapeMrkdwn(argument)}`,
        });
        if (!root.ts) return;
        await startSlackWalk(rt, client, ctx, {
          teamId: command.team_id,
          channel: command.channel_id,
          threadTs: root.ts,
          userId: command.user_id,
          problem: argument,
        });
        return;
      }
      case 'scripts':
      case 'script': {
        // A slash command carries no thread, so nothing is pre-filled: the list and the best match.
        if (argument.length < 2) {
          await ack({
            response_type: 'ephemeral',
            text: `Say what the script is for: \`${rt.config.slashCommand} scripts clear print queue\``,
          });
          return;
        }
        try {
          const view = await scriptsForChat({ ctx, query: argument, sessionId: null });
          await ack({ response_type: 'ephemeral', ...renderScriptsBlocks(view) });
        } catch (error) {
          const e = chatErrorFor(error);
          await ack({ response_type: 'ephemeral', text: `${e.title}: ${e.message}` });
        }
        return;
      }
      case 'status': {
        const me = ctx.actor.kind === 'user' ? ctx.actor.userId : undefined;
        const { sessions } = await listSessions({
          ctx,
          input: { status: 'active', ownerUserId: me, limit: 10 },
        });
        const lines = sessions.map(
          (s) => `• ${escapeMrkdwn(s.problemSummary)} (${s.channelKind}, since ${s.createdAt.slice(0, 10)})`,
        );
        await ack({
          response_type: 'ephemeral',
          text: lines.length ? `*Your open sessions*\n${lines.join('\n')}` : 'You have no open sessions.',
        });
        return;
      }
      case 'techchannel': {
        try {
          await setTechnicianChannel({
            ctx,
            input: { platform: 'slack', ref: { teamId: command.team_id, channelId: command.channel_id } },
          });
          await ack({ response_type: 'ephemeral', text: 'Escalations will be posted in this channel.' });
        } catch (error) {
          const e = chatErrorFor(error);
          await ack({ response_type: 'ephemeral', text: `${e.title}: ${e.message}` });
        }
        return;
      }
      case 'help':
        await ack({ response_type: 'ephemeral', text: helpText(rt.config.slashCommand) });
        return;
      default:
        // A typo should not look like a help request that was answered.
        await ack({
          response_type: 'ephemeral',
          text: `I don't know "${escapeMrkdwn(verb.slice(0, 40))}".\n\n${helpText(rt.config.slashCommand)}`,
        });
    }
  });
}
