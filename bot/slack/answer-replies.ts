import { type Logger as SlackLogger, WebClient } from '@slack/web-api';
import type { Logger } from '../../core/shared/logger.ts';
import type { InstallationCache } from './installations.ts';
import { type AnswerTarget, NativeStreamReply } from './native-reply.ts';
import { type AnswerReply, StreamingReply } from './streaming-reply.ts';

/** The scope that turns on Slack's AI-app surface for an install (status, streaming, split view). */
export const ASSISTANT_SCOPE = 'assistant:write';
/** After Slack says a workspace cannot stream, answers there skip the attempt for this long. */
const UNAVAILABLE_FOR_MS = 10 * 60_000;

export type AnswerReplies = (client: WebClient, target: AnswerTarget) => Promise<AnswerReply>;

/** The answer chooser, plus its decision on its own: the inbox's first sign of work follows it. */
export interface AnswerRepliesWithDecision extends AnswerReplies {
  /** True where answers use the native surface (assistant:write, and Slack has not refused it lately). */
  native(teamId: string): Promise<boolean>;
  /** Slack refused the native methods in this workspace: answers fall back for a while. */
  unavailable(teamId: string): void;
}

/**
 * Chooses how each answer is delivered. Where the installation granted `assistant:write`, answers
 * use the native AI-app surface (loading status + streamed reply + feedback footer); elsewhere, and
 * for a while after Slack refused the methods in a workspace, the post-and-update message. A
 * workspace gains the native surface once it reinstalls with the scope.
 */
export function createAnswerReplies(deps: {
  installations: InstallationCache;
  logger: Logger;
  /** What the WebClient logs through (the adapter's Bolt logger). */
  slackLogger: SlackLogger;
  now?: () => number;
}): AnswerRepliesWithDecision {
  const now = deps.now ?? Date.now;
  const unavailableUntil = new Map<string, number>();
  const native = async (teamId: string) => {
    const installation = await deps.installations.get(teamId);
    const until = unavailableUntil.get(teamId) ?? 0;
    if (until && until <= now()) unavailableUntil.delete(teamId);
    return Boolean(installation?.botScopes.includes(ASSISTANT_SCOPE)) && until <= now();
  };
  const unavailable = (teamId: string) => {
    unavailableUntil.set(teamId, now() + UNAVAILABLE_FOR_MS);
  };
  const choose = async (client: WebClient, target: AnswerTarget): Promise<AnswerReply> => {
    if (!(await native(target.teamId))) return new StreamingReply(client, target.channel, target.threadTs);
    // Its own client for the streaming calls: a 429 there means "fall back", not "wait".
    const streamClient = new WebClient(client.token, {
      slackApiUrl: client.slackApiUrl,
      rejectRateLimitedCalls: true,
      retryConfig: { retries: 0 },
      logger: deps.slackLogger,
    });
    return new NativeStreamReply(target, {
      client,
      streamClient,
      logger: deps.logger,
      onUnavailable: () => unavailable(target.teamId),
    });
  };
  return Object.assign(choose, { native, unavailable });
}
