import { type App, Assistant, type BlockAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { Block } from '../../../cards/slack-types.ts';
import { findSessionByChannel } from '../../../core/sessions/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { walkRequest } from '../../walk-verbs.ts';
import { slackChannelRef, type ThreadMessage } from '../conversation.ts';
import { contextOrRefuse, firstTimeSeen, type SlackRuntime } from '../runtime.ts';
import { openWalkInModal } from './intake.ts';
import { stripMentions } from './messages.ts';
import { postSlackScripts } from './scripts.ts';
import { converseOrWalk } from './walk.ts';

/** Manifest `bot_events` the split view needs (its messages arrive as `message.im`, already subscribed). */
export const ASSISTANT_EVENTS = ['assistant_thread_started', 'assistant_thread_context_changed'] as const;

/** Shown when a thread opens; each `message` is posted as the user's own when they pick it. */
export const ASSISTANT_PROMPTS = [
  { title: 'Diagnose a ticket', message: 'Diagnose a ticket' },
  { title: 'Log a walk-in', message: 'Log a walk-in' },
  { title: 'Find a script', message: 'Find a script' },
] as const;

export const ASSISTANT_WALK_IN_ACTION = 'assistant.log_walk_in';

/** Thread titles show in the app's History list; long problem statements are cut at a word. */
const TITLE_CHARS = 60;

export type AssistantIntent =
  | { kind: 'diagnose-help' }
  | { kind: 'walk-in' }
  | { kind: 'scripts'; query: string }
  | { kind: 'problem' };

/**
 * What a message in an assistant thread asks for. The prompts' own texts lead to the walk-in and
 * scripts behaviour ("Find a script to clear the print queue" searches right away); anything else
 * is a problem (or a `walk …` / `scripts …` verb) for the same path channel threads and DMs take.
 */
export function assistantIntent(text: string): AssistantIntent {
  const t = text.trim();
  if (/^diagnose (?:a )?ticket[.!]?$/i.test(t)) return { kind: 'diagnose-help' };
  if (/^log (?:a )?walk-?in[.!]?$/i.test(t)) return { kind: 'walk-in' };
  const script = /^find (?:a |me a )?scripts?(?:\s+(?:for|to|that)\s+([\s\S]*?))?[.!?]?$/i.exec(t);
  if (script) return { kind: 'scripts', query: (script[1] ?? '').trim() };
  return { kind: 'problem' };
}

/** A thread title from the problem: one line, no mention markup, at most TITLE_CHARS. */
export function threadTitle(problem: string): string {
  const line = stripMentions(problem).replace(/\s+/g, ' ').trim();
  if (line.length <= TITLE_CHARS) return line;
  const cut = line.slice(0, TITLE_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  // Cut where a word ends: at the limit when the next character is a space, else at the last one.
  const atWord = line[cut.length] === ' ' || space < TITLE_CHARS / 2 ? cut : cut.slice(0, space);
  return `${atWord}…`;
}

/**
 * An assistant thread's `context`: the conversation the user is looking at. Slack sends whatever
 * the client reports (the docs call it a hint to check before use), so it is read with zod and
 * only ever named in the greeting, never stored.
 */
const ThreadContext = z.object({
  channel_id: z
    .string()
    .regex(/^[CGD][A-Z0-9]{6,}$/)
    .optional(),
  team_id: z
    .string()
    .regex(/^T[A-Z0-9]+$/)
    .optional(),
  enterprise_id: z.string().nullish(),
});

/**
 * The channel in view, or null (none, or a DM); 'refused' for a context that is malformed or
 * belongs to another workspace.
 */
export function viewedChannel(context: unknown, teamId: string | undefined): string | null | 'refused' {
  if (context === undefined) return null;
  const parsed = ThreadContext.safeParse(context);
  if (!parsed.success) return 'refused';
  if (parsed.data.team_id && parsed.data.team_id !== teamId) return 'refused';
  const channel = parsed.data.channel_id;
  return channel && !channel.startsWith('D') ? channel : null;
}

function greeting(channel: string | null): string {
  const lines = [
    "Hi! Tell me what's wrong in a sentence or two (add the ticket number, e.g. #48213, to link it) and we'll diagnose it together in this thread.",
    'Or pick one of the prompts below.',
  ];
  if (channel)
    lines.push(`Working from <#${channel}>? Mention me in a thread there to diagnose it with your team.`);
  return lines.join('\n');
}

/**
 * The assistant split view (Bolt's `Assistant`): a thread opens with a greeting and suggested
 * prompts; a problem becomes the thread's title and a diagnosis session keyed by the thread, like
 * any DM thread, through the same `converseOrWalk` path. Bolt routes every threaded DM message here
 * (that is how it recognises assistant threads), so older DM threads keep working through it too.
 */
export function registerAssistant(app: App, rt: SlackRuntime): void {
  const assistant = new Assistant({
    threadStarted: async ({ event, body, client, setSuggestedPrompts }) => {
      if (!(await firstTimeSeen(rt, body))) return;
      const { user_id: userId, channel_id: channel, thread_ts: threadTs, context } = event.assistant_thread;
      const ctx = await contextOrRefuse(rt, client, { teamId: body.team_id, userId, channel, threadTs });
      if (!ctx) return;
      const viewing = viewedChannel(context, body.team_id);
      if (viewing === 'refused')
        rt.logger.warn({ teamId: body.team_id }, 'Slack assistant: thread context refused');
      const text = greeting(viewing === 'refused' ? null : viewing);
      await client.chat.postMessage({ channel, thread_ts: threadTs, text });
      // Installs from before the split view lack assistant:write; the greeting is enough there.
      await setSuggestedPrompts({ title: 'Try one of these', prompts: [...ASSISTANT_PROMPTS] }).catch(
        (error: unknown) =>
          rt.logger.warn({ err: error }, 'Slack assistant: could not set suggested prompts'),
      );
    },
    // Bolt's default would rewrite the greeting's metadata on every channel the user opens; the
    // context matters to us only when a thread starts, so here it is checked and nothing is kept.
    threadContextChanged: async ({ event, body }) => {
      if (viewedChannel(event.assistant_thread.context, body.team_id) === 'refused')
        rt.logger.warn({ teamId: body.team_id }, 'Slack assistant: thread context refused');
    },
    userMessage: async ({ message, body, client, setTitle }) => {
      if (
        message.subtype !== undefined ||
        !('user' in message) ||
        !message.user ||
        !('text' in message) ||
        !message.text ||
        !message.thread_ts
      )
        return;
      const teamId = (body as { team_id?: string }).team_id;
      if (!teamId || !(await firstTimeSeen(rt, body as { event_id?: string }))) return;
      const where: ThreadMessage = {
        teamId,
        channel: message.channel,
        threadTs: message.thread_ts,
        userId: message.user,
        text: stripMentions(message.text),
      };
      const ctx = await contextOrRefuse(rt, client, { ...where });
      if (!ctx) return;
      await answer(rt, client, ctx, where, (title) =>
        setTitle(title).then(
          () => undefined,
          (error: unknown) =>
            rt.logger.warn({ err: error }, 'Slack assistant: could not set the thread title'),
        ),
      );
    },
  });
  app.assistant(assistant);

  app.action<BlockAction>(ASSISTANT_WALK_IN_ACTION, async ({ ack, body, client }) => {
    await ack();
    const teamId = body.team?.id ?? '';
    const ctx = await contextOrRefuse(rt, client, { teamId, userId: body.user.id });
    if (!ctx) return;
    await openWalkInModal(rt, client, ctx, { teamId, triggerId: body.trigger_id });
  });
}

async function answer(
  rt: SlackRuntime,
  client: WebClient,
  ctx: TenantContext,
  where: ThreadMessage,
  setTitle: (title: string) => Promise<void>,
): Promise<void> {
  const say = (text: string, blocks?: Block[]) =>
    client.chat.postMessage({
      channel: where.channel,
      thread_ts: where.threadTs,
      text,
      ...(blocks ? { blocks } : {}),
    });
  const intent = assistantIntent(where.text);
  switch (intent.kind) {
    case 'diagnose-help':
      await say(
        'Describe the problem: what the user sees, on which machine, since when. Add the ticket number (e.g. #48213) to link it to your PSA.',
      );
      return;
    case 'walk-in': {
      // Logging a walk-in is a form; a modal needs a trigger id, which only a click carries.
      const text = 'A walk-in goes into the L1 queue (and your PSA). Open the form to log it:';
      await say(text, [
        { type: 'section', text: { type: 'mrkdwn', text } },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              action_id: ASSISTANT_WALK_IN_ACTION,
              text: { type: 'plain_text', text: 'Log a walk-in' },
              style: 'primary',
            },
          ],
        },
      ]);
      return;
    }
    case 'scripts':
      await postSlackScripts(rt, client, ctx, where, intent.query);
      return;
    case 'problem': {
      // The first problem names the thread in the History list before the (slower) answer.
      const ref = slackChannelRef(where.teamId, where.channel, where.threadTs);
      if (!(await findSessionByChannel(ctx, ref))) {
        const problem = walkRequest(where.text) ?? where.text;
        if (problem.length >= 3 && !/^scripts?\b/i.test(problem)) await setTitle(threadTitle(problem));
      }
      await converseOrWalk(rt, client, ctx, where);
      return;
    }
  }
}
