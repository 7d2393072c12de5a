import type { WebClient } from '@slack/web-api';
import { renderAnswerFeedbackBlock, renderAnswerMessage, streamMarkdown } from '../../cards/index.ts';
import type { Logger } from '../../core/shared/logger.ts';
import { type AnswerReply, StreamingReply } from './streaming-reply.ts';

/**
 * appendStream is Tier 4 (100+/min per workspace), shared by every answer being written there:
 * one append a second per answer, sooner once a paragraph's worth (Slack's own helper buffers 256
 * characters) is waiting.
 */
const APPEND_INTERVAL_MS = 1_000;
const APPEND_EARLY_CHARS = 256;
const APPEND_EARLY_MS = 250;

/** Shown under the thread while we work (also set by the inbox right after the ack, first-post.ts). */
export const ASSISTANT_STATUS = 'is thinking…';
/** Rotated by Slack under the thread while the model works (at most 10). */
export const LOADING_MESSAGES = [
  'Reading what you wrote…',
  'Checking the knowledge base…',
  'Working out the next step…',
];

/** Where the answer goes and who asked: channel streams are shown to their recipient while they run. */
export interface AnswerTarget {
  teamId: string;
  channel: string;
  threadTs: string;
  userId: string;
}

export interface NativeReplyOptions {
  /** The bot's client (Bolt's): waits out rate limits, used for everything that must land. */
  client: WebClient;
  /** Same token, rate limits rejected at once: streaming calls fall back instead of waiting. */
  streamClient: WebClient;
  logger: Logger;
  /** Told when Slack answered that this workspace cannot stream or show a status (cached by the caller). */
  onUnavailable(feature: 'stream' | 'status', error: string): void;
}

/** Slack's error code (platform errors) or the client's code (rate limit, HTTP, request). */
export function slackErrorCode(error: unknown): string {
  const e = error as { code?: string; data?: { error?: string } } | undefined;
  return e?.data?.error ?? e?.code ?? 'unknown';
}

/** Errors meaning "this workspace or token cannot do that", as opposed to a bad moment. */
const UNAVAILABLE = new Set([
  'unknown_method',
  'not_allowed_token_type',
  'missing_scope',
  'method_deprecated',
  'feature_not_enabled',
  'not_allowed',
]);

/**
 * The answer as Slack's AI apps show it: `assistant.threads.setStatus` under the thread while the
 * model works, then one reply streamed with `chat.startStream` / `appendStream` as text arrives,
 * finished by `chat.stopStream` with the feedback buttons at the bottom; the status is cleared at
 * the end whatever happened. If the status cannot be set, the answer is the placeholder-and-update
 * message instead; if the stream cannot start, what was written so far is posted and updated the
 * same way. Every Slack write goes through one chain, so calls never overtake each other.
 */
export class NativeStreamReply implements AnswerReply {
  #chain: Promise<void> = Promise.resolve();
  #fallback: StreamingReply | undefined;
  #statusSet = false;
  #ts: string | undefined;
  /** Everything the model wrote so far (raw). */
  #full = '';
  /** Escaped text not yet sent to Slack. */
  #buffer = '';
  #lastFlush = 0;
  #pauseUntil = 0;
  #appendBroken = false;
  #flushQueued = false;

  constructor(
    private readonly target: AnswerTarget,
    private readonly options: NativeReplyOptions,
  ) {}

  async start(): Promise<void> {
    const { client, streamClient } = this.options;
    try {
      await streamClient.assistant.threads.setStatus({
        channel_id: this.target.channel,
        thread_ts: this.target.threadTs,
        status: ASSISTANT_STATUS,
        loading_messages: LOADING_MESSAGES,
      });
      this.#statusSet = true;
    } catch (error) {
      this.#noted('status', error);
      // No loading state to show: today's placeholder is the loading state, and the answer edits it in.
      this.#fallback = new StreamingReply(client, this.target.channel, this.target.threadTs);
      await this.#fallback.start();
    }
  }

  push(delta: string): void {
    this.#full += delta;
    if (this.#fallback) {
      this.#fallback.push(delta);
      return;
    }
    this.#buffer += streamMarkdown(delta);
    const since = Date.now() - this.#lastFlush;
    const due =
      !this.#ts ||
      since >= APPEND_INTERVAL_MS ||
      (this.#buffer.length >= APPEND_EARLY_CHARS && since >= APPEND_EARLY_MS);
    // One flush waiting at a time: it sends whatever the buffer holds when it runs.
    if (!due || this.#flushQueued || Date.now() < this.#pauseUntil) return;
    this.#lastFlush = Date.now();
    this.#flushQueued = true;
    this.#chain = this.#chain
      .then(() => {
        this.#flushQueued = false;
        return this.#flush();
      })
      .catch((error: unknown) =>
        this.options.logger.warn({ err: error }, 'Slack: streaming the answer failed'),
      );
  }

  async finish(text: string, turnId?: string): Promise<void> {
    await this.#chain;
    try {
      if (this.#fallback) await this.#fallback.finish(text, turnId);
      else if (this.#ts) await this.#stop(text, turnId);
      // Nothing was written before the end (an engine that did not stream, or an early failure).
      else
        await this.options.client.chat.postMessage({
          channel: this.target.channel,
          thread_ts: this.target.threadTs,
          ...renderAnswerMessage(text, turnId),
        });
    } finally {
      await this.#clearStatus();
    }
  }

  async #flush(): Promise<void> {
    if (this.#fallback || !this.#buffer) return;
    const markdown = this.#buffer;
    this.#buffer = '';
    if (!this.#ts) {
      try {
        const started = await this.options.streamClient.chat.startStream({
          channel: this.target.channel,
          thread_ts: this.target.threadTs,
          recipient_team_id: this.target.teamId,
          recipient_user_id: this.target.userId,
          markdown_text: markdown,
        });
        this.#ts = started.ts;
        if (!this.#ts) throw new Error('chat.startStream returned no ts');
      } catch (error) {
        this.#noted('stream', error);
        this.#fallback = new StreamingReply(this.options.client, this.target.channel, this.target.threadTs);
        await this.#fallback.start(this.#full).catch((err: unknown) => {
          this.options.logger.warn({ err }, 'Slack: could not post the answer after streaming failed');
        });
      }
      return;
    }
    if (this.#appendBroken) {
      this.#buffer = markdown + this.#buffer;
      return;
    }
    try {
      await this.options.streamClient.chat.appendStream({
        channel: this.target.channel,
        ts: this.#ts,
        markdown_text: markdown,
      });
    } catch (error) {
      // Kept for the next append or the stop; a rate limit pauses appends for Retry-After.
      this.#buffer = markdown + this.#buffer;
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      if (retryAfter !== undefined) this.#pauseUntil = Date.now() + retryAfter * 1_000;
      else {
        this.#appendBroken = true;
        this.options.logger.warn(
          { code: slackErrorCode(error) },
          'Slack: appendStream failed; the rest comes at the stop',
        );
      }
    }
  }

  /** Ends the stream with the rest of the text and the feedback footer; rewrites the message if the stop fails. */
  async #stop(text: string, turnId?: string): Promise<void> {
    const ts = this.#ts as string;
    // An error after part of the answer was streamed is appended; a streamed message only grows.
    const rest = text.startsWith(this.#full)
      ? streamMarkdown(text.slice(this.#full.length))
      : `\n\n${streamMarkdown(text)}`;
    const markdown = this.#buffer + rest;
    this.#buffer = '';
    const blocks = turnId ? [renderAnswerFeedbackBlock(turnId)] : undefined;
    const stop = () =>
      this.options.streamClient.chat.stopStream({
        channel: this.target.channel,
        ts,
        ...(markdown ? { markdown_text: markdown } : {}),
        ...(blocks ? { blocks } : {}),
      });
    try {
      await stop();
    } catch (error) {
      const retryAfter = (error as { retryAfter?: number }).retryAfter;
      try {
        if (retryAfter === undefined || retryAfter > 10) throw error;
        await new Promise((resolve) => setTimeout(resolve, retryAfter * 1_000));
        await stop();
      } catch (final) {
        // The stream is gone (expired, stopped by the user) or refuses us: the whole answer is
        // written into the message as a normal edit, so the thread still ends with all of it.
        this.options.logger.warn(
          { code: slackErrorCode(final) },
          'Slack: stopStream failed; rewriting the answer',
        );
        const whole = text.startsWith(this.#full) ? text : `${this.#full}\n\n${text}`;
        await this.options.client.chat.update({
          channel: this.target.channel,
          ts,
          ...renderAnswerMessage(whole, turnId),
        });
      }
    }
  }

  async #clearStatus(): Promise<void> {
    if (!this.#statusSet) return;
    this.#statusSet = false;
    // Cosmetic (Slack also drops it when the app replies, or after two minutes): never waits out a limit.
    await this.options.streamClient.assistant.threads
      .setStatus({ channel_id: this.target.channel, thread_ts: this.target.threadTs, status: '' })
      .catch((error: unknown) =>
        this.options.logger.debug({ code: slackErrorCode(error) }, 'Slack: could not clear the status'),
      );
  }

  #noted(feature: 'stream' | 'status', error: unknown): void {
    const code = slackErrorCode(error);
    if (UNAVAILABLE.has(code)) this.options.onUnavailable(feature, code);
    this.options.logger.info(
      { code, feature },
      'Slack: AI-app feature unavailable; answering with post-and-update',
    );
  }
}
