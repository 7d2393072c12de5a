import { describe, expect, it } from 'vitest';
import { annotate, currentTraceparent, failureOf, withSpan } from './telemetry.ts';

describe('telemetry helpers', () => {
  it('runs the work unchanged outside a trace, without building its attributes', async () => {
    let built = false;
    const result = await withSpan(
      'unused',
      () => {
        built = true;
        return {};
      },
      async () => {
        annotate({ ignored: true });
        return currentTraceparent() ?? 'no trace';
      },
    );
    expect(result).toBe('no trace');
    expect(built).toBe(false);
    await expect(withSpan('unused', {}, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  });

  it('describes a failure by its class and a message without values, secrets or email addresses', () => {
    const error = new TypeError(
      'Failed query: insert into users\nparams: x@y.example,$scrypt$hash\nuser erin@msp.example said password: hunter2',
    );
    const { type, message } = failureOf(error);
    expect(type).toBe('TypeError');
    expect(message).toContain('Failed query: insert into users');
    for (const leak of ['x@y.example', '$scrypt$hash', 'erin@msp.example', 'hunter2']) {
      expect(message).not.toContain(leak);
    }
    expect(failureOf(new Error('No account for erin@msp.example (token is xoxb-123456789012-abc)'))).toEqual({
      type: 'Error',
      message: 'No account for [email] (token is [redacted]',
    });
  });
});
