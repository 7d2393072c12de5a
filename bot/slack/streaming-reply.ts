import type { WebClient } from '@slack/web-api';
import { fitMrkdwn, renderAnswerMessage, SLACK_LIMITS, slackChatText } from '../../cards/index.ts';

/** Slack allows roughly one chat.update per second per message; slower than that looks frozen. */
const UPDATE_INTERVAL_MS = 1_000;

/**
 * How an assistant answer reaches a Slack thread, whichever way it is delivered: `start` shows that
 * work began, `push` gets the model's text as it is written, `finish` writes the final text (with
 * the feedback buttons when `turnId` says the answer was saved; without it, an error text).
 */
export interface AnswerReply {
  start(): Promise<void>;
  push(delta: string): void;
  finish(text: string, turnId?: string): Promise<void>;
}

/**
 * The answer as one thread message that grows while the model writes (post-and-update): posted
 * once, then updated at most once a second, and a final update with the whole text and the
 * feedback footer. Failures of the intermediate updates are ignored (the final one carries
 * everything). The fallback wherever Slack's native streaming is unavailable.
 */
export class StreamingReply implements AnswerReply {
  #ts: string | undefined;
  #text = '';
  #lastUpdate = 0;
  #pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly client: WebClient,
    private readonly channel: string,
    private readonly threadTs: string,
    private readonly placeholder = '_Thinking…_',
  ) {}

  /** Posts the placeholder; `soFar` instead when taking over an answer that is already being written. */
  async start(soFar?: string): Promise<void> {
    if (soFar !== undefined) this.#text = soFar;
    const posted = await this.client.chat.postMessage({
      channel: this.channel,
      thread_ts: this.threadTs,
      text: soFar ? `${render(soFar)} …` : this.placeholder,
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

  async finish(text: string, turnId?: string): Promise<void> {
    await this.#pending;
    const message = renderAnswerMessage(text, turnId);
    if (!this.#ts) {
      await this.client.chat.postMessage({ channel: this.channel, thread_ts: this.threadTs, ...message });
      return;
    }
    await this.client.chat.update({ channel: this.channel, ts: this.#ts, ...message });
  }
}

function render(text: string): string {
  return fitMrkdwn(slackChatText(text), SLACK_LIMITS.messageTextChars);
}
