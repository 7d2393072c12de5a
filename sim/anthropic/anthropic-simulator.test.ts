import Anthropic, { type APIError } from '@anthropic-ai/sdk';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AnthropicSimulator, estimateTokens, startAnthropicSimulator } from './index.ts';

const MODEL = 'claude-sonnet-5-5';

let sim: AnthropicSimulator;
let client: Anthropic;

beforeAll(async () => {
  sim = await startAnthropicSimulator();
  client = new Anthropic({ apiKey: 'test', baseURL: sim.url, maxRetries: 2 });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

describe('non-streaming', () => {
  it('returns a scripted text Message with request-id and records the request', async () => {
    sim.enqueue({ kind: 'message', content: [{ type: 'text', text: 'Restart the print spooler.' }] });
    const { data, response } = await client.messages
      .create({ model: MODEL, max_tokens: 100, messages: [{ role: 'user', content: 'Printer is down' }] })
      .withResponse();

    expect(data.id).toMatch(/^msg_/);
    expect(data.type).toBe('message');
    expect(data.role).toBe('assistant');
    expect(data.model).toBe(MODEL);
    expect(data.content).toEqual([{ type: 'text', text: 'Restart the print spooler.', citations: null }]);
    expect(data.stop_reason).toBe('end_turn');
    expect(data.stop_sequence).toBeNull();
    // The single user text block is the whole prompt: {"type":"text","text":"Printer is down"}.
    expect(data.usage.input_tokens).toBe(estimateTokens({ type: 'text', text: 'Printer is down' }));
    expect(data.usage.output_tokens).toBe(estimateTokens('Restart the print spooler.'));
    expect(data.usage.cache_read_input_tokens).toBe(0);
    expect(response.headers.get('request-id')).toMatch(/^req_/);

    expect(sim.requests).toHaveLength(1);
    const [recorded] = sim.requests;
    expect(recorded?.path).toBe('/v1/messages');
    expect(recorded?.body?.messages).toEqual([{ role: 'user', content: 'Printer is down' }]);
    expect(recorded?.headers['anthropic-version']).toBeTruthy();
    expect(recorded?.headers.authorization).toBe('Bearer test');
  });

  it('returns tool_use blocks with toolu_ ids and object input, then falls back to the echo default', async () => {
    sim.enqueue({
      kind: 'message',
      content: [
        { type: 'text', text: 'Checking the ticket.' },
        { type: 'tool_use', name: 'lookup_ticket', input: { ticketId: 'T-42', includeHistory: true } },
      ],
    });
    const first = await client.messages.create({
      model: MODEL,
      max_tokens: 100,
      messages: [{ role: 'user', content: 'What about T-42?' }],
    });
    expect(first.stop_reason).toBe('tool_use');
    const toolUse = first.content[1];
    expect(toolUse?.type).toBe('tool_use');
    if (toolUse?.type !== 'tool_use') throw new Error('expected tool_use');
    expect(toolUse.id).toMatch(/^toolu_/);
    expect(toolUse.name).toBe('lookup_ticket');
    expect(toolUse.input).toEqual({ ticketId: 'T-42', includeHistory: true });

    const second = await client.messages.create({
      model: MODEL,
      max_tokens: 100,
      messages: [{ role: 'user', content: [{ type: 'text', text: 'ping me back' }] }],
    });
    expect(second.content).toEqual([{ type: 'text', text: 'Echo: ping me back', citations: null }]);
    expect(sim.pendingReplies).toBe(0);
  });

  it('uses a custom default reply that can inspect the request', async () => {
    sim.setDefaultReply((request) => ({
      kind: 'message',
      content: [{ type: 'text', text: `saw ${request.body.messages.length} messages` }],
      stopReason: 'max_tokens',
    }));
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 5,
      messages: [
        { role: 'user', content: 'a' },
        { role: 'assistant', content: 'b' },
        { role: 'user', content: 'c' },
      ],
    });
    expect(message.content).toEqual([{ type: 'text', text: 'saw 3 messages', citations: null }]);
    expect(message.stop_reason).toBe('max_tokens');
  });
});

describe('streaming', () => {
  it('emits the real event order and finalMessage() has parsed tool input', async () => {
    sim.enqueue({
      kind: 'message',
      content: [
        { type: 'text', text: 'Let me look that device up for you now.' },
        { type: 'tool_use', name: 'get_device', input: { hostname: 'ws-017', fields: ['os', 'uptime'] } },
      ],
    });
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 200,
      messages: [{ role: 'user', content: 'Is ws-017 up?' }],
    });
    const events: string[] = [];
    const textDeltas: string[] = [];
    const jsonDeltas: string[] = [];
    stream.on('streamEvent', (event) => {
      events.push(event.type === 'content_block_delta' ? `delta:${event.delta.type}` : event.type);
    });
    stream.on('text', (delta) => textDeltas.push(delta));
    stream.on('inputJson', (partial) => jsonDeltas.push(partial));
    const final = await stream.finalMessage();

    const collapsed = events.filter((e, i) => e !== events[i - 1]);
    expect(collapsed).toEqual([
      'message_start',
      'content_block_start',
      'delta:text_delta',
      'content_block_stop',
      'content_block_start',
      'delta:input_json_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
    ]);
    expect(textDeltas.length).toBeGreaterThan(1);
    expect(textDeltas.join('')).toBe('Let me look that device up for you now.');
    expect(jsonDeltas.length).toBeGreaterThan(1);
    expect(JSON.parse(jsonDeltas.join(''))).toEqual({ hostname: 'ws-017', fields: ['os', 'uptime'] });

    expect(final.stop_reason).toBe('tool_use');
    const toolUse = final.content[1];
    if (toolUse?.type !== 'tool_use') throw new Error('expected tool_use');
    expect(toolUse.input).toEqual({ hostname: 'ws-017', fields: ['os', 'uptime'] });
    expect(toolUse.id).toMatch(/^toolu_/);
    expect(final.usage.output_tokens).toBeGreaterThan(1);
    expect(sim.requests[0]?.body?.stream).toBe(true);
  });

  it('writes SSE frames (event name = data.type) with a ping, as text/event-stream', async () => {
    sim.enqueue({ kind: 'message', content: [{ type: 'text', text: 'hello there' }] });
    const response = await fetch(`${sim.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({
        model: MODEL,
        max_tokens: 10,
        stream: true,
        messages: [{ role: 'user', content: 'hi' }],
      }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    const frames = (await response.text()).split('\n\n').filter(Boolean);
    const names = frames.map((frame) => {
      const [eventLine, dataLine, ...rest] = frame.split('\n');
      expect(rest).toEqual([]);
      const name = eventLine?.replace(/^event: /, '');
      expect(JSON.parse(dataLine?.replace(/^data: /, '') ?? '').type).toBe(name);
      return name;
    });
    expect(names.slice(0, 3)).toEqual(['message_start', 'content_block_start', 'ping']);
    expect(names.slice(-3)).toEqual(['content_block_stop', 'message_delta', 'message_stop']);
  });

  it('surfaces a mid-stream error event as an SDK error after partial content', async () => {
    sim.enqueue({
      kind: 'midstream-error',
      afterBlocks: 1,
      content: [{ type: 'text', text: 'Partial answer' }],
    });
    const stream = client.messages.stream({
      model: MODEL,
      max_tokens: 200,
      messages: [{ role: 'user', content: 'Tell me everything' }],
    });
    const seen: string[] = [];
    stream.on('text', (delta) => seen.push(delta));
    const error = await stream.finalMessage().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Anthropic.APIError);
    expect((error as APIError).type).toBe('overloaded_error');
    expect(seen.join('')).toBe('Partial answer');
    // A failure after the 200 is not retried by the SDK.
    expect(sim.requests).toHaveLength(1);
  });
});

describe('errors and retries', () => {
  it('retries a 529 overloaded_error and succeeds', async () => {
    sim.enqueue(
      { kind: 'error', status: 529 },
      { kind: 'message', content: [{ type: 'text', text: 'ok now' }] },
    );
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 10,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(message.content).toEqual([{ type: 'text', text: 'ok now', citations: null }]);
    expect(sim.requests).toHaveLength(2);
    expect(sim.requests[1]?.headers['x-stainless-retry-count']).toBe('1');
  });

  it('gives up with OverloadedError after maxRetries', async () => {
    sim.enqueue(
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
    );
    const error = await client.messages
      .create({ model: MODEL, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.OverloadedError);
    expect((error as APIError).type).toBe('overloaded_error');
    expect((error as APIError).requestID).toMatch(/^req_/);
    expect(sim.requests).toHaveLength(3);
  });

  it('honours retry-after on a 429 rate_limit_error', async () => {
    sim.enqueue({ kind: 'error', status: 429, retryAfterSeconds: 1 });
    const started = performance.now();
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 10,
      messages: [{ role: 'user', content: 'again' }],
    });
    const elapsed = performance.now() - started;
    expect(message.content[0]).toMatchObject({ type: 'text', text: 'Echo: again' });
    expect(sim.requests).toHaveLength(2);
    // The SDK's own backoff for a first retry is at most 500 ms; waiting ~1 s proves it used the header.
    expect(elapsed).toBeGreaterThanOrEqual(950);
  });

  it('rejects a missing API key with 401 AuthenticationError and does not retry', async () => {
    const noKey = new Anthropic({
      apiKey: 'unused',
      baseURL: sim.url,
      defaultHeaders: { Authorization: null },
    });
    const error = await noKey.messages
      .create({ model: MODEL, max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.AuthenticationError);
    expect((error as APIError).type).toBe('authentication_error');
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('accepts x-api-key and enforces a configured key', async () => {
    const strict = await startAnthropicSimulator({ apiKey: 'right' });
    try {
      const viaHeader = new Anthropic({
        baseURL: strict.url,
        apiKey: 'ignored',
        defaultHeaders: { Authorization: null, 'x-api-key': 'right' },
      });
      const ok = await viaHeader.messages.create({
        model: MODEL,
        max_tokens: 5,
        messages: [{ role: 'user', content: 'x' }],
      });
      expect(ok.type).toBe('message');
      const wrong = new Anthropic({ apiKey: 'wrong', baseURL: strict.url });
      await expect(
        wrong.messages.create({ model: MODEL, max_tokens: 5, messages: [{ role: 'user', content: 'x' }] }),
      ).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    } finally {
      await strict.close();
    }
  });

  it('rejects an invalid body with 400 invalid_request_error', async () => {
    sim.enqueue({ kind: 'message', content: [{ type: 'text', text: 'kept for the next valid request' }] });
    const error = await client.messages
      .create({ model: MODEL, max_tokens: 10, messages: [] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Anthropic.BadRequestError);
    expect((error as APIError).type).toBe('invalid_request_error');
    expect((error as APIError).apiMessage).toBe('messages: at least one message is required');

    const raw = await fetch(`${sim.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'k' },
      body: JSON.stringify({ model: MODEL, max_tokens: 1, messages: [{ role: 'user', content: 'x' }] }),
    });
    expect(raw.status).toBe(400);
    const body = (await raw.json()) as {
      type: string;
      error: { type: string; message: string };
      request_id: string;
    };
    expect(body).toEqual({
      type: 'error',
      error: { type: 'invalid_request_error', message: 'anthropic-version: header is required' },
      request_id: raw.headers.get('request-id'),
    });
    // Rejected requests must not consume scripted replies.
    expect(sim.pendingReplies).toBe(1);
  });

  it('answers unknown routes with 404 not_found_error', async () => {
    const response = await fetch(`${sim.url}/v1/completions`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { type: string } }).error.type).toBe('not_found_error');
  });
});

describe('tool definitions', () => {
  const tool = {
    name: 'rank_passages',
    input_schema: { type: 'object' as const, properties: { ids: { type: 'array' } } },
  };

  it('refuses a forced tool_choice naming no defined tool, and a tool without an object schema', async () => {
    sim.enqueue({ kind: 'message', content: [{ type: 'text', text: 'kept' }] });
    const unknownChoice = await client.messages
      .create({
        model: MODEL,
        max_tokens: 10,
        tools: [tool],
        tool_choice: { type: 'tool', name: 'rank_passage' },
        messages: [{ role: 'user', content: 'x' }],
      })
      .catch((e: unknown) => e);
    expect(unknownChoice).toBeInstanceOf(Anthropic.BadRequestError);
    expect((unknownChoice as APIError).apiMessage).toBe(
      "tool_choice: Tool 'rank_passage' not found in provided tools",
    );
    const noSchema = await client.messages
      .create({
        model: MODEL,
        max_tokens: 10,
        // @ts-expect-error the API's own validation is what this checks
        tools: [{ name: 'rank_passages', input_schema: { type: 'array' } }],
        messages: [{ role: 'user', content: 'x' }],
      })
      .catch((e: unknown) => e);
    expect(noSchema).toBeInstanceOf(Anthropic.BadRequestError);
    expect((noSchema as APIError).apiMessage).toMatch(/input_schema must be a JSON schema of type 'object'/);
    expect(sim.pendingReplies).toBe(1);
  });

  it('accepts a forced call of a defined tool and answers with the scripted tool_use', async () => {
    sim.enqueue({
      kind: 'message',
      content: [{ type: 'tool_use', name: 'rank_passages', input: { ids: [] } }],
    });
    const message = await client.messages.create({
      model: MODEL,
      max_tokens: 10,
      tools: [tool],
      tool_choice: { type: 'tool', name: 'rank_passages' },
      messages: [{ role: 'user', content: 'x' }],
    });
    expect(message.content[0]).toMatchObject({ type: 'tool_use', name: 'rank_passages', input: { ids: [] } });
  });
});
