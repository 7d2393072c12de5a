import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AnthropicSimulator, estimateTokens, startAnthropicSimulator } from './index.ts';

const MODEL = 'claude-sonnet-5-5';
// ~1500 estimated tokens: above the default 1024-token minimum cacheable prefix.
const LONG_SYSTEM = `You are a helpdesk diagnosis assistant. ${'Follow the runbook precisely. '.repeat(200)}`;

let sim: AnthropicSimulator;
let client: Anthropic;

beforeAll(async () => {
  sim = await startAnthropicSimulator();
  client = new Anthropic({ apiKey: 'test', baseURL: sim.url, maxRetries: 2 });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

function cachedRequest(system: string, userText: string): MessageCreateParamsNonStreaming {
  return {
    model: MODEL,
    max_tokens: 256,
    system: [{ type: 'text', text: system, cache_control: { type: 'ephemeral' } }],
    messages: [{ role: 'user', content: userText }],
  };
}

describe('prompt caching', () => {
  it('creates on the first call, reads on the second, misses when the system prompt changes', async () => {
    const systemTokens = estimateTokens({ type: 'text', text: LONG_SYSTEM });
    const first = await client.messages.create(cachedRequest(LONG_SYSTEM, 'first question'));
    expect(first.usage.cache_creation_input_tokens).toBe(systemTokens);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(first.usage.cache_creation?.ephemeral_5m_input_tokens).toBe(systemTokens);
    expect(first.usage.input_tokens).toBe(estimateTokens({ type: 'text', text: 'first question' }));

    const second = await client.messages.create(cachedRequest(LONG_SYSTEM, 'second question'));
    expect(second.usage.cache_read_input_tokens).toBe(systemTokens);
    expect(second.usage.cache_creation_input_tokens).toBe(0);

    const changed = await client.messages.create(
      cachedRequest(`${LONG_SYSTEM} Be terse.`, 'second question'),
    );
    expect(changed.usage.cache_read_input_tokens).toBe(0);
    expect(changed.usage.cache_creation_input_tokens).toBeGreaterThan(systemTokens);
  });

  it('reads the previous turn when the breakpoint moves forward (lookback)', async () => {
    const turn1 = await client.messages.create({
      model: MODEL,
      max_tokens: 100,
      system: [{ type: 'text', text: LONG_SYSTEM }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'q1', cache_control: { type: 'ephemeral' } }] },
      ],
    });
    const turn1Prefix = turn1.usage.cache_creation_input_tokens ?? 0;
    expect(turn1Prefix).toBeGreaterThan(1024);

    const turn2 = await client.messages.create({
      model: MODEL,
      max_tokens: 100,
      system: [{ type: 'text', text: LONG_SYSTEM }],
      messages: [
        { role: 'user', content: [{ type: 'text', text: 'q1' }] },
        { role: 'assistant', content: 'a1' },
        { role: 'user', content: [{ type: 'text', text: 'q2', cache_control: { type: 'ephemeral' } }] },
      ],
    });
    expect(turn2.usage.cache_read_input_tokens).toBe(turn1Prefix);
    expect(turn2.usage.cache_creation_input_tokens).toBe(
      estimateTokens({ type: 'text', text: 'a1' }) + estimateTokens({ type: 'text', text: 'q2' }),
    );
    expect(turn2.usage.input_tokens).toBe(0);
  });

  it('does not cache a prefix below the minimum, and the minimum is configurable', async () => {
    const small = cachedRequest('Short system prompt.', 'hi');
    const total =
      estimateTokens({ type: 'text', text: 'Short system prompt.' }) +
      estimateTokens({ type: 'text', text: 'hi' });
    for (let i = 0; i < 2; i++) {
      const message = await client.messages.create(small);
      expect(message.usage.cache_creation_input_tokens).toBe(0);
      expect(message.usage.cache_read_input_tokens).toBe(0);
      expect(message.usage.input_tokens).toBe(total);
    }

    const lowMin = await startAnthropicSimulator({ minCacheableTokens: 1 });
    try {
      const lowClient = new Anthropic({ apiKey: 'test', baseURL: lowMin.url });
      await lowClient.messages.create(small);
      const again = await lowClient.messages.create(small);
      expect(again.usage.cache_read_input_tokens).toBeGreaterThan(0);
    } finally {
      await lowMin.close();
    }
  });

  it('expires 5m entries but keeps 1h entries (injected clock)', async () => {
    let clock = 1_000_000;
    const timed = await startAnthropicSimulator({ now: () => clock });
    try {
      const timedClient = new Anthropic({ apiKey: 'test', baseURL: timed.url });
      const oneHour = cachedRequest(LONG_SYSTEM, 'x');
      oneHour.system = [{ type: 'text', text: LONG_SYSTEM, cache_control: { type: 'ephemeral', ttl: '1h' } }];
      const fiveMinutePrompt = cachedRequest('A different long prompt. '.repeat(300), 'x');
      await timedClient.messages.create(fiveMinutePrompt);
      const created = await timedClient.messages.create(oneHour);
      expect(created.usage.cache_creation?.ephemeral_1h_input_tokens).toBeGreaterThan(0);

      clock += 6 * 60_000;
      const fiveMinute = await timedClient.messages.create(fiveMinutePrompt);
      expect(fiveMinute.usage.cache_read_input_tokens).toBe(0);
      const hour = await timedClient.messages.create(oneHour);
      expect(hour.usage.cache_read_input_tokens).toBe(created.usage.cache_creation_input_tokens);
    } finally {
      await timed.close();
    }
  });

  it('rejects more than 4 cache breakpoints with 400', async () => {
    const block = (text: string) => ({
      type: 'text' as const,
      text,
      cache_control: { type: 'ephemeral' as const },
    });
    const error = await client.messages
      .create({
        model: MODEL,
        max_tokens: 10,
        system: [block('a'), block('b'), block('c')],
        messages: [{ role: 'user', content: [block('d'), block('e')] }],
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as APIError).apiMessage).toContain('Found 5');
  });

  it('supports top-level automatic caching and count_tokens on the same prefix', async () => {
    const request = {
      model: MODEL,
      max_tokens: 50,
      cache_control: { type: 'ephemeral' as const },
      system: LONG_SYSTEM,
      messages: [{ role: 'user' as const, content: 'turn one' }],
    };
    const { input_tokens: counted } = await client.messages.countTokens({
      model: MODEL,
      system: LONG_SYSTEM,
      messages: request.messages,
    });
    const first = await client.messages.create(request);
    // Automatic caching marks the last block, so the whole prompt is written and nothing is left over.
    expect(first.usage.cache_creation_input_tokens).toBe(counted);
    expect(first.usage.input_tokens).toBe(0);
    const second = await client.messages.create(request);
    expect(second.usage.cache_read_input_tokens).toBe(counted);
  });

  it('keeps caches per model', async () => {
    await client.messages.create(cachedRequest(LONG_SYSTEM, 'q'));
    const otherModel = await client.messages.create({
      ...cachedRequest(LONG_SYSTEM, 'q'),
      model: 'claude-haiku-5-5',
    });
    expect(otherModel.usage.cache_read_input_tokens).toBe(0);
    expect(otherModel.usage.cache_creation_input_tokens).toBeGreaterThan(0);
  });
});
