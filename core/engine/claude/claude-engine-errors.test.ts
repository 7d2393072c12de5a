import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AnthropicSimulator, startAnthropicSimulator } from '../../../sim/anthropic/index.ts';
import { ServiceError } from '../../shared/errors.ts';
import { EngineBusyError } from '../types.ts';
import { BUSY_MESSAGE } from './index.ts';
import { capturedLogger, testEngine, turnInput } from './test-fixtures.ts';

let sim: AnthropicSimulator;

beforeAll(async () => {
  sim = await startAnthropicSimulator({ apiKey: 'sk-test-key' });
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('retries and busy errors', () => {
  it('retries a 529 and succeeds on the second attempt', async () => {
    sim.enqueue(
      { kind: 'error', status: 529 },
      { kind: 'message', content: [{ type: 'text', text: 'Back again.' }] },
    );
    const { logger } = capturedLogger();
    const result = await testEngine(sim.url, logger).runTurn(turnInput());
    expect(result.text).toBe('Back again.');
    expect(sim.requests).toHaveLength(2);
  });

  it('turns 529 on every attempt into EngineBusyError with the original as cause', async () => {
    sim.enqueue(
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
    );
    const { logger } = capturedLogger();
    const error = await failure(testEngine(sim.url, logger).runTurn(turnInput()));
    expect(error).toBeInstanceOf(EngineBusyError);
    expect((error as Error).message).toBe(BUSY_MESSAGE);
    expect((error as Error).cause).toMatchObject({ status: 529, type: 'overloaded_error' });
    expect(sim.requests).toHaveLength(3); // maxRetries 2 → three attempts
  });

  it('turns a 429 that outlasts the retries into EngineBusyError', async () => {
    sim.enqueue(
      { kind: 'error', status: 429, retryAfterMs: 1 },
      { kind: 'error', status: 429, retryAfterMs: 1 },
    );
    const { logger } = capturedLogger();
    const error = await failure(testEngine(sim.url, logger, { maxRetries: 1 }).runTurn(turnInput()));
    expect(error).toBeInstanceOf(EngineBusyError);
    expect(sim.requests).toHaveLength(2);
  });

  it('turns an SSE error event after a 200 into EngineBusyError, after streaming partial text', async () => {
    sim.enqueue({
      kind: 'midstream-error',
      afterBlocks: 1,
      content: [{ type: 'text', text: 'Partial answer' }],
    });
    const { logger } = capturedLogger();
    const deltas: string[] = [];
    const error = await failure(
      testEngine(sim.url, logger).runTurn(turnInput(), { onText: (delta) => deltas.push(delta) }),
    );
    expect(error).toBeInstanceOf(EngineBusyError);
    expect((error as Error).cause).toMatchObject({ type: 'overloaded_error' });
    expect(deltas.join('')).toBe('Partial answer');
    expect(sim.requests).toHaveLength(1); // failures after the 200 are not retried
  });

  it('turns a connection failure into EngineBusyError', async () => {
    const closed = await startAnthropicSimulator();
    const url = closed.url;
    await closed.close();
    const { logger } = capturedLogger();
    const error = await failure(testEngine(url, logger, { maxRetries: 0 }).runTurn(turnInput()));
    expect(error).toBeInstanceOf(EngineBusyError);
  });
});

describe('errors that are not busy', () => {
  it('reports a rejected API key to operators, without retrying', async () => {
    const { logger } = capturedLogger();
    const error = await failure(testEngine(sim.url, logger, { apiKey: 'sk-wrong-key' }).runTurn(turnInput()));
    expect(error).not.toBeInstanceOf(EngineBusyError);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('upstream_failed');
    expect((error as Error).message).toMatch(/Anthropic rejected the API key/);
    expect((error as Error).message).not.toContain('sk-wrong-key');
    expect(sim.requests).toHaveLength(1);
  });

  it('reports a 400 with the API message and request id', async () => {
    sim.enqueue({ kind: 'error', status: 400, message: 'max_tokens: too large for this model' });
    const { logger } = capturedLogger();
    const error = await failure(testEngine(sim.url, logger).runTurn(turnInput()));
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toContain('max_tokens: too large for this model');
    expect((error as ServiceError).details).toMatchObject({
      status: 400,
      requestId: expect.stringMatching(/^req_/),
    });
  });

  it('passes a caller abort through unchanged', async () => {
    sim.enqueue({ kind: 'message', content: [{ type: 'text', text: 'slow' }], delayMs: 2_000 });
    const { logger } = capturedLogger();
    const controller = new AbortController();
    const pending = testEngine(sim.url, logger).runTurn(turnInput(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    const error = await failure(pending);
    expect(error).not.toBeInstanceOf(EngineBusyError);
    expect((error as Error).name).toMatch(/Abort/);
  });
});
