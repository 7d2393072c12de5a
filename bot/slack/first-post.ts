import type { WebClient } from '@slack/web-api';
import { recordFirstPost } from '../../core/chat/index.ts';
import type { SlackRuntime } from './runtime.ts';

/** What the thread shows until the turn has answered; taken down once it has. */
export const FIRST_POST_TEXT = '_Got it, looking into this…_';

/** Status lines being posted at once by one process: a burst queues here, in arrival order. */
const CONCURRENCY = 8;
/** How long a turn about to start waits for this process's pending status lines (no starving). */
const TURN_WAIT_MS = 2_000;

interface Waiting {
  inboxId: string;
  teamId: string;
  channel: string;
  threadTs: string;
}

/**
 * The first thing a person sees after mentioning the bot: a status line in their thread, posted by
 * the process that acked the mention, right after the ack, in arrival order and a few at a time.
 * It does not wait for a turn slot: in a burst the answers queue behind each other (oldest first,
 * see jobs/queue.ts), but everyone learns at once that they were heard. The line's place is kept
 * on the inbox row, so whichever process finishes the turn takes it down; when the turn finished
 * first, the line is taken down right away. Best effort: a failed post only means no status line.
 */
export class FirstPosts {
  private readonly waiting: Waiting[] = [];
  private running = 0;
  private idle: Array<() => void> = [];

  constructor(
    private readonly rt: SlackRuntime,
    private readonly clientFor: (teamId: string) => Promise<WebClient | null>,
  ) {}

  add(item: Waiting): void {
    this.waiting.push(item);
    this.pump();
  }

  /**
   * Resolves once this process has no status line left to post (or after a short cap). A turn
   * about to start waits here: a status line is one cheap post, a turn is the slow part, and in a
   * burst they would otherwise share the CPU and the embedded database, holding back the lines.
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

  private pump(): void {
    while (this.running < CONCURRENCY) {
      const item = this.waiting.shift();
      if (!item) return;
      this.running++;
      void this.post(item)
        .catch((error: unknown) =>
          this.rt.logger.warn({ err: error, inboxId: item.inboxId }, 'Slack: could not post the status line'),
        )
        .finally(() => {
          this.running--;
          this.pump();
          if (this.running === 0 && this.waiting.length === 0)
            for (const resolve of this.idle.splice(0)) resolve();
        });
    }
  }

  private async post({ inboxId, teamId, channel, threadTs }: Waiting): Promise<void> {
    const client = await this.clientFor(teamId);
    if (!client) return;
    const posted = await client.chat.postMessage({ channel, thread_ts: threadTs, text: FIRST_POST_TEXT });
    if (!posted.ts) return;
    const ref = firstPostRef(channel, posted.ts);
    // Off the posting slot, and not ahead of acks (withAckPriority): the line is visible already,
    // this only keeps its place. On an embedded database it waits while acks are being written,
    // which in a burst is the whole time the burst arrives; the next lines must not wait with it.
    void recordFirstPost(this.rt.database, inboxId, ref)
      .then(async (kept) => {
        if (!kept) await removeFirstPost(client, ref);
      })
      .catch((error: unknown) =>
        this.rt.logger.warn({ err: error, inboxId }, 'Slack: could not keep the status line; it stays up'),
      );
  }
}

const firstPostRef = (channel: string, ts: string) => `${channel}/${ts}`;

/** Takes a status line down (the answer is in). Already gone is fine. */
export async function removeFirstPost(client: WebClient, ref: string): Promise<void> {
  const [channel, ts] = ref.split('/');
  if (!channel || !ts) return;
  await client.chat.delete({ channel, ts }).catch((error: unknown) => {
    if ((error as { data?: { error?: string } }).data?.error !== 'message_not_found') throw error;
  });
}
