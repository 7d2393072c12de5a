import type { ChatInboxPort } from '../bot/chat-inbox-port.ts';
import { slackBodyAttributes } from '../bot/chat-trace.ts';
import { createSlackAdapter, type SlackAdapter } from '../bot/slack/adapter.ts';
import type { Database } from '../core/db/client.ts';
import type { DiagnosisDeps } from '../core/sessions/index.ts';
import type { Logger } from '../core/shared/logger.ts';
import { withSpan } from '../core/shared/telemetry.ts';
import type { ChatInboxHandler } from '../jobs/definition.ts';
import type { Env } from './env.ts';
import type { AppKeys } from './secrets.ts';

/** The Slack adapter when SLACK_SIGNING_SECRET is set; otherwise Slack is simply not connected. */
export function slackFromEnv(
  env: Env,
  deps: {
    database: Database;
    keys: AppKeys;
    diagnosis: DiagnosisDeps;
    logger: Logger;
    inbox?: ChatInboxPort | undefined;
  },
): SlackAdapter | undefined {
  if (!env.SLACK_SIGNING_SECRET) return undefined;
  return createSlackAdapter({
    config: {
      signingSecret: env.SLACK_SIGNING_SECRET,
      botToken: env.SLACK_BOT_TOKEN,
      accountId: env.SLACK_ACCOUNT_ID,
      oauth:
        env.SLACK_CLIENT_ID && env.SLACK_CLIENT_SECRET && env.SLACK_STATE_SECRET
          ? {
              clientId: env.SLACK_CLIENT_ID,
              clientSecret: env.SLACK_CLIENT_SECRET,
              stateSecret: env.SLACK_STATE_SECRET,
            }
          : undefined,
      apiUrl: env.SLACK_API_URL,
      slashCommand: env.SLACK_SLASH_COMMAND,
      publicUrl: env.PUBLIC_URL,
      statusLine: env.CHAT_STATUS_LINE,
    },
    ...deps,
  });
}

/** The Slack adapter's side of the chat inbox job. */
export function slackInboxHandler(slack: SlackAdapter): ChatInboxHandler {
  return {
    process: (body) =>
      withSpan(
        'slack.process',
        () => slackBodyAttributes(body),
        () => slack.processInboxEvent(body),
      ),
    removeFirstPost: (body, ref) => slack.removeFirstPost(body, ref),
  };
}
