import { WebClient } from '@slack/web-api';
import { recordFirstPosts } from '../../core/chat/index.ts';
import { withAckPriority } from '../../core/db/client.ts';
import { isActiveUserEmail, resolveChatUser } from '../../core/identity/index.ts';
import { groupCommit } from '../../core/shared/group-commit.ts';
import { LruCache } from '../../core/shared/lru.ts';
import type { AnswerRepliesWithDecision } from './answer-replies.ts';
import { ASSISTANT_STATUS, LOADING_MESSAGES, slackErrorCode } from './native-reply.ts';
import type { SlackRuntime } from './runtime.ts';

/** What the thread shows until the turn has answered, where answers are not native; taken down once it has. */
export const FIRST_POST_TEXT = '_Got it, looking into this…_';

/** First signs being sent at once by one process: a burst queues here, in arrival order. */
const CONCURRENCY = 8;
/** How long a turn about to start waits for this process's pending first signs (no starving). */
const TURN_WAIT_MS = 2_000;
/** A person found linked is not looked up again for this long (an unlink shows within it). */
const KNOWN_FOR_MS = 60_000;
/** The kept place of a thread status (rather than of a posted line) starts with this. */
const STATUS_REF = 'status:';

interface Waiting {
  inboxId: string;
  teamId: string;
  channel: string;
  threadTs: string;
  /** Who mentioned the bot: a person we would refuse gets no sign of work (see `known`). */
  userId: string;
}

/**
 * The first thing a person sees after mentioning the bot, sent by the process that acked the
 * mention, right after the ack, in arrival order and a few at a time. It does not wait for a turn
 * slot: in a burst the answers queue behind each other (oldest first, see jobs/queue.ts), but
 * everyone learns at once that they were heard.
 *
 * One sign of work per thread, chosen as the answer will be delivered (answer-replies.ts): where
 * answers are native (assistant:write), Slack's thread status, which the streamed answer then
 * keeps and clears; elsewhere a status line posted in the thread and deleted once answered. Its
 * place is kept on the inbox row, so whichever process finishes the turn takes it down; when the
 * turn finished first, it is taken down right away. Someone the turn will not know gets nothing
 * here: they are about to be told privately that the bot does not know them, and a sign of work
 * in the thread first would promise an answer. Best effort: a failure only means no sign of work.
 */
export class FirstPosts {
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private idle: Array<() => void> = [];
  /** team:user → linked until (ms); only positive answers are kept. */
  private readonly knownUntil = new LruCache<string, number>(5_000);
  private readonly clients = new LruCache<string, WebClient>(100);
  /** Many places kept in one statement in a burst; the rows are committed already. */
  private readonly keep: (post: { id: string; ref: string }) => Promise<boolean>;

  constructor(
    private readonly rt: SlackRuntime,
    private readonly answers: Pick<AnswerRepliesWithDecision, 'native' | 'unavailable'>,
  ) {
    this.keep = groupCommit(
      (posts: Array<{ id: string; ref: string }>) => recordFirstPosts(rt.database, posts),
      {
        maxBatch: 64,
      },
    );
  }

  add(item: Waiting): void {
    this.waiting.push(item);
    this.pump();
  }

  /**
   * Resolves once this process has no first sign left to send (or after a short cap). A turn
   * about to start waits here: a first sign is one cheap call, a turn is the slow part, and in a
   * burst they would otherwise share the CPU and the embedded database, holding back the signs.
   */
  async beforeTurn(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.idle.push(resolve);
      timer = setTimeout(resolve, TURN_WAIT_MS);
    });
    clearTimeout(timer);
  }

  /** A client per bot token, reused: a burst would otherwise build one per mention. */
  async clientFor(teamId: string): Promise<WebClient | null> {
    const installation = await this.rt.installations.get(teamId);
    if (!installation) return null;
    const apiUrl = this.rt.config.apiUrl;
    let client = this.clients.get(installation.botToken);
    if (!client) {
      client = new WebClient(installation.botToken, apiUrl ? { slackApiUrl: apiUrl } : {});
      this.clients.set(installation.botToken, client);
    }
    return client;
  }

  private pump(): void {
    while (this.running < CONCURRENCY) {
      const item = this.waiting.shift();
      if (!item) return;
      this.running++;
      void this.post(item)
        .catch((error: unknown) =>
          this.rt.logger.warn({ err: error, inboxId: item.inboxId }, 'Slack: could not show a sign of work'),
        )
        .finally(() => {
          this.running--;
          this.pump();
          if (this.running === 0 && this.waiting.length === 0)
            for (const resolve of this.idle.splice(0)) resolve();
        });
    }
  }

  /**
   * Whether the turn will know this person (identity.ts): linked to an active user of the account
   * that installed this workspace, or, on first contact, having the email of one (read only: the
   * turn does the linking). A person is waiting on these reads, so on an embedded database they go
   * ahead of queued turns.
   */
  private async known(client: WebClient, teamId: string, userId: string): Promise<boolean> {
    const key = `${teamId}:${userId}`;
    if ((this.knownUntil.get(key) ?? 0) > Date.now()) return true;
    const installation = await this.rt.installations.get(teamId);
    if (!installation) return false;
    const { accountId } = installation;
    const database = this.rt.database;
    const user = await withAckPriority(database, () =>
      resolveChatUser(database, { platform: 'slack', tenantKey: teamId, externalUserId: userId }),
    );
    let known = user?.accountId === accountId;
    if (!user) {
      const info = await client.users.info({ user: userId });
      const email = info.user?.profile?.email?.trim().toLowerCase();
      known =
        !info.user?.is_bot &&
        !info.user?.deleted &&
        Boolean(email) &&
        (await withAckPriority(database, () => isActiveUserEmail(database, accountId, email ?? '')));
    }
    if (known) this.knownUntil.set(key, Date.now() + KNOWN_FOR_MS);
    return known;
  }

  private async post({ inboxId, teamId, channel, threadTs, userId }: Waiting): Promise<void> {
    const client = await this.clientFor(teamId);
    if (!client || !(await this.known(client, teamId, userId))) return;
    const ref = await this.show(client, teamId, channel, threadTs);
    if (!ref) return;
    // Off the sending slot: the sign is visible already, this only keeps its place.
    void this.keep({ id: inboxId, ref })
      .then(async (kept) => {
        if (!kept) await removeFirstPost(client, ref);
      })
      .catch((error: unknown) =>
        this.rt.logger.warn({ err: error, inboxId }, 'Slack: could not keep the sign of work; it stays up'),
      );
  }

  /** Shows the sign of work; returns its kept place, or null when nothing could be shown. */
  private async show(
    client: WebClient,
    teamId: string,
    channel: string,
    threadTs: string,
  ): Promise<string | null> {
    if (await this.answers.native(teamId)) {
      try {
        await client.assistant.threads.setStatus({
          channel_id: channel,
          thread_ts: threadTs,
          status: ASSISTANT_STATUS,
          loading_messages: LOADING_MESSAGES,
        });
        return `${STATUS_REF}${channel}/${threadTs}`;
      } catch (error) {
        // The answer will not be native either (native-reply.ts falls back on the same refusal).
        this.answers.unavailable(teamId);
        this.rt.logger.warn(
          { error: slackErrorCode(error) },
          'Slack: thread status refused; posting a status line',
        );
      }
    }
    const posted = await client.chat.postMessage({ channel, thread_ts: threadTs, text: FIRST_POST_TEXT });
    return posted.ts ? `${channel}/${posted.ts}` : null;
  }
}

/** Takes a sign of work down (the answer is in): clears the thread status, or deletes the line. Already gone is fine. */
export async function removeFirstPost(client: WebClient, ref: string): Promise<void> {
  const status = ref.startsWith(STATUS_REF);
  const [channel, ts] = (status ? ref.slice(STATUS_REF.length) : ref).split('/');
  if (!channel || !ts) return;
  if (status) {
    await client.assistant.threads.setStatus({ channel_id: channel, thread_ts: ts, status: '' });
    return;
  }
  await client.chat.delete({ channel, ts }).catch((error: unknown) => {
    if ((error as { data?: { error?: string } }).data?.error !== 'message_not_found') throw error;
  });
}
