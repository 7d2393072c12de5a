import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { withAckPriority } from '../../core/db/client.ts';
import { parseInput } from '../../core/shared/validation.ts';
import type { ChatInboxPort } from '../chat-inbox-port.ts';
import type { TeamsRuntime } from './runtime.ts';

/** What a stored Teams activity looks like in `chat_inbox.body`. */
const StoredActivity = z.object({
  activity: z
    .object({
      type: z.literal(ActivityTypes.Message),
      id: z.string().min(1),
      serviceUrl: z.string().min(1),
      conversation: z.object({ id: z.string().min(1) }).passthrough(),
    })
    .passthrough(),
});

/**
 * The inbox key of an activity: Teams activity ids are unique only within a conversation (message
 * ids are epoch milliseconds), so the key carries both, like the listeners' event receipts.
 */
function inboxKey(activity: Activity): string | null {
  const { id, conversation } = activity;
  return id && conversation?.id ? `${conversation.id}|${id}` : null;
}

/** One request's part of the gate: store before the 200, queue after it. */
export interface TeamsInboxIntake {
  /**
   * Inside the SDK's `process` (the JWT, the activity and its service URL are checked by then):
   * `stored` for a message activity now in Postgres (or already there: a redelivery), `failed` when
   * it could not be stored (answer a 5xx: the connector retries), `pass` for everything else.
   */
  store(context: TurnContext): Promise<'stored' | 'failed' | 'pass'>;
  /** After the 200: queues what `store` wrote (a lost send is picked up by inbox recovery). */
  queueStored(): Promise<void>;
}

export interface TeamsInboxGate {
  intake(): TeamsInboxIntake;
  /** Runs a stored activity through the agent's routes in a proactive turn of its conversation. */
  replay(body: unknown): Promise<void>;
}

/**
 * Teams' durable inbox, the counterpart of the Slack gate (bot/slack/inbox-gate.ts). Messages are
 * what can take a model turn, so they are stored before the 200 and answered from the job queue by
 * whichever process gets there first; Teams does not resend an activity it has a 200 for.
 *
 * Everything else stays in the request: invokes (`adaptiveCard/action`, `task/fetch`,
 * `task/submit`, `composeExtension/*`) answer with a card or a dialog in the HTTP response itself,
 * so their write commits before the 200 and a crash before it is an error Teams shows and the
 * user retries; `conversationUpdate`/`installationUpdate` are one quick write, also before the 200.
 */
export function createTeamsInboxGate(
  agent: AgentApplication<TurnState>,
  rt: TeamsRuntime,
  inbox: ChatInboxPort,
): TeamsInboxGate {
  return {
    async replay(body) {
      const stored = parseInput(StoredActivity, body, 'stored Teams activity');
      const activity = Activity.fromObject(stored.activity);
      let failure: unknown;
      await rt.proactive(activity.getConversationReference(), async (context) => {
        // What the SDK's own long-running path does: the continuation turn carries the activity.
        Object.assign(context.activity, activity);
        try {
          await agent.run(context);
        } catch (error) {
          failure = error;
        }
      });
      // To the job, which retries; the listeners' event receipt keeps a retry from answering twice.
      if (failure) throw failure;
    },
    intake() {
      let storedId: string | null = null;
      return {
        async store(context) {
          const { activity } = context;
          const key = activity.type === ActivityTypes.Message ? inboxKey(activity) : null;
          if (!key) return 'pass';
          try {
            // The wire form: a plain object that round-trips through jsonb and Activity.fromObject.
            const body = { activity: JSON.parse(JSON.stringify(activity)) as unknown };
            storedId = await withAckPriority(rt.database, () => inbox.record(key, body));
            return 'stored';
          } catch (error) {
            rt.logger.error(
              { err: error },
              'could not store a Teams activity; answering 503 so Teams retries',
            );
            return 'failed';
          }
        },
        async queueStored() {
          if (!storedId) return; // nothing stored, or a redelivery of an activity already stored
          const inboxId = storedId;
          await inbox
            .queue(inboxId)
            .catch((error: unknown) =>
              rt.logger.warn(
                { err: error, inboxId },
                'could not queue a Teams activity; inbox recovery will',
              ),
            );
        },
      };
    },
  };
}
