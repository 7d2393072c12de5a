import type { TurnContext } from '@microsoft/agents-hosting';
import { teamsChatText, truncate } from '../../cards/index.ts';
import {
  type AnswerSource,
  citeSources,
  FEEDBACK_CHANNEL_DATA,
  messageEntity,
  promptOrder,
} from './ai-message.ts';
import { type Body, post, type Target, update } from './outbound.ts';
import { statusOf } from './retry.ts';

/**
 * Teams caps a message at about 28 KB including the envelope; text is UTF-16, so 12,000 characters
 * leaves room for everything else.
 */
const MAX_TEXT_CHARS = 12_000;

/**
 * Teams accepts about one streaming request per second per stream ("Stream bot messages"), and
 * edits faster than that look frozen anyway.
 */
const UPDATE_INTERVAL_MS = 1_000;

/** What makes a finished reply the model's answer rather than a line of ours (an error, a notice). */
export interface ModelAnswer {
  /** The knowledge passages the engine was given, in its order: they become the citations. */
  sources: readonly AnswerSource[];
  /**
   * Written by a language model (Claude), so Teams shows its "AI generated" label. The offline
   * engine's rule-built answers get citations and feedback buttons but no such claim.
   */
  aiGenerated: boolean;
}

/** The assistant's answer as it is written: started with a placeholder, grown, then finished. */
export interface Reply {
  start(placeholder: string): Promise<void>;
  /** Model text as it arrives; cheap to call often. */
  push(delta: string): void;
  /**
   * The whole text. With `answer` it goes out as the model's answer: AI label, citations and the
   * feedback buttons. Resolves to the ids the finished message is known by (what a feedback
   * invoke's `replyToId` names), empty when Teams returned none.
   */
  finish(text: string, answer?: ModelAnswer): Promise<string[]>;
}

function render(text: string): string {
  return truncate(teamsChatText(text), MAX_TEXT_CHARS);
}

/**
 * The finished message's body. Citation markers are added after rendering and truncation, so a
 * cut can never drop the `[n]` a citation points at.
 */
export function finishedBody(text: string, answer: ModelAnswer | undefined): Body {
  if (!answer) return { type: 'message', text: render(text) };
  // Only Claude numbers passages for itself (its prompt order); the offline engine writes no [n].
  const cited = citeSources(
    render(text),
    answer.sources,
    answer.aiGenerated ? { numberedAs: promptOrder } : {},
  );
  const entity = messageEntity(cited.citations, answer.aiGenerated);
  return {
    type: 'message',
    text: cited.text,
    ...(entity ? { entities: [entity] } : {}),
    channelData: { ...FEEDBACK_CHANNEL_DATA },
  };
}

const ids = (...values: Array<string | undefined>): string[] => [
  ...new Set(values.filter((v): v is string => !!v)),
];

/**
 * Streaming where Teams supports it (personal chats only), one edited message elsewhere — the
 * same shape as the Slack adapter's StreamingReply.
 */
export function replyFor(context: TurnContext, target: Target, personal: boolean): Reply {
  return personal ? new StreamedReply(context, target) : new EditedReply(context, target);
}

/**
 * One thread message that grows while the model writes: posted once, updated at most once a
 * second, then a final update with the whole text. Intermediate updates are not retried and their
 * failures ignored; the final one (retried) carries everything.
 */
export class EditedReply implements Reply {
  #id: string | undefined;
  #text = '';
  #lastUpdate = 0;
  #pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly context: TurnContext,
    private readonly target: Target,
  ) {}

  async start(placeholder: string): Promise<void> {
    this.#id = await post(this.context, this.target, { type: 'message', text: placeholder });
    this.#lastUpdate = Date.now();
  }

  push(delta: string): void {
    this.#text += delta;
    const id = this.#id;
    if (!id || Date.now() - this.#lastUpdate < UPDATE_INTERVAL_MS) return;
    this.#lastUpdate = Date.now();
    const text = `${render(this.#text)} …`;
    this.#pending = this.#pending.then(() =>
      update(this.context, this.target.conversationId, id, { type: 'message', text }, { retries: 0 }).catch(
        () => undefined,
      ),
    );
  }

  async finish(text: string, answer?: ModelAnswer): Promise<string[]> {
    await this.#pending;
    const body = finishedBody(text, answer);
    if (!this.#id) return ids(await post(this.context, this.target, body));
    await update(this.context, this.target.conversationId, this.#id, body);
    return ids(this.#id);
  }
}

/**
 * Teams' streaming protocol for bots (personal chats): an `informative` typing activity whose id
 * becomes the stream id, `streaming` typing activities carrying the text so far with an increasing
 * `streamSequence`, and a `final` message — all as `streaminfo` entities, each a new POST. When
 * Teams refuses streaming (403 ContentStreamNotAllowed, 400 "streaming api is not enabled") or an
 * update fails, the answer is delivered as one plain message instead.
 */
export class StreamedReply implements Reply {
  #streamId: string | undefined;
  #sequence = 1;
  #text = '';
  #lastUpdate = 0;
  #streaming = true;
  #pending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly context: TurnContext,
    private readonly target: Target,
  ) {}

  async start(placeholder: string): Promise<void> {
    try {
      this.#streamId = await post(this.context, this.target, this.#chunk('informative', placeholder));
    } catch (error) {
      // A 4xx means this conversation does not stream; anything else is a real failure.
      const status = statusOf(error);
      if (status === undefined || status >= 500 || status === 429) throw error;
      this.#streaming = false;
    }
    this.#lastUpdate = Date.now();
  }

  push(delta: string): void {
    this.#text += delta;
    if (!this.#streaming || !this.#streamId || Date.now() - this.#lastUpdate < UPDATE_INTERVAL_MS) return;
    this.#lastUpdate = Date.now();
    const chunk = this.#chunk('streaming', render(this.#text));
    this.#pending = this.#pending.then(() =>
      post(this.context, this.target, chunk, { retries: 0 }).catch(() => {
        this.#streaming = false;
      }),
    );
  }

  async finish(text: string, answer?: ModelAnswer): Promise<string[]> {
    await this.#pending;
    const body = finishedBody(text, answer);
    if (this.#streaming && this.#streamId) {
      try {
        // The final message closes the stream; Teams shows it in the stream's place, under the
        // stream id, and that is the id its feedback buttons report.
        const final = this.#chunk('final', body.text ?? '');
        const entities = [...(final.entities ?? []), ...(body.entities ?? [])];
        const id = await post(this.context, this.target, { ...body, entities });
        return ids(this.#streamId, id);
      } catch {
        // Fall through: the stream is gone, so say it as a plain message.
      }
    }
    return ids(await post(this.context, this.target, body));
  }

  #chunk(streamType: 'informative' | 'streaming' | 'final', text: string): Body {
    return {
      type: streamType === 'final' ? 'message' : 'typing',
      text,
      entities: [
        {
          type: 'streaminfo',
          streamType,
          streamSequence: this.#sequence++,
          ...(this.#streamId ? { streamId: this.#streamId } : {}),
        },
      ],
    };
  }
}
