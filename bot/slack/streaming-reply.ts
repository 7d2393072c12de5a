import type { WebClient } from '@slack/web-api';
import { fitMrkdwn, SLACK_LIMITS, slackChatText } from '../../cards/index.ts';

/** Slack allows roughly one chat.update per second per message; slower than that looks frozen. */
const UPDATE_INTERVAL_MS = 1_000;

/**
 * The assistant's answer as one thread message that grows while the model writes: posted once,
 * then updated at most once a second, and a final update with the whole text. Failures of the
 * intermediate updates are ignored (the final one carries everything).
 */
export class StreamingReply {
  #ts: string | undefined;
  #text = '';
  #lastUpdate = 0;
  #pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: WebClient,
    private readonly channel: string,
    private readonly threadTs: string,
  ) {}

  async start(placeholder: string): Promise<void> {
    const posted = await this.client.chat.postMessage({
      channel: this.channel,
      thread_ts: this.threadTs,
      text: placeholder,
    });
    this.#ts = posted.ts;
    this.#lastUpdate = Date.now();
  }

  push(delta: string): void {
    this.#text += delta;
    if (!this.#ts || Date.now() - this.#lastUpdate < UPDATE_INTERVAL_MS) return;
    this.#lastUpdate = Date.now();
    const text = `${render(this.#text)} …`;
    this.#pending = this.#pending.then(() =>
      this.client.chat.update({ channel: this.channel, ts: this.#ts as string, text }).catch(() => undefined),
    );
  }

  async finish(text: string): Promise<void> {
    await this.#pending;
    if (!this.#ts) return;
    await this.client.chat.update({ channel: this.channel, ts: this.#ts, text: render(text) });
  }
}

function render(text: string): string {
  return fitMrkdwn(slackChatText(text), SLACK_LIMITS.messageTextChars);
}
