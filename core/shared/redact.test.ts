import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';
import { REDACTED, redactObject, redactText } from './redact.ts';

describe('redactText', () => {
  const cases: Array<[label: string, secret: string]> = [
    ['Slack bot token', 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp'],
    ['Slack user token', 'xoxp-1234567890-0987654321-AbCdEfGhIjKl'],
    ['Anthropic key', 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz_0123456789'],
    ['Stripe live secret key', 'sk_live_51HqLyjWDarjtT1zdp7dcXYZ'],
    ['Stripe test restricted key', 'rk_test_51HqLyjWDarjtT1zdp7dcXYZ'],
    [
      'JWT',
      'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4ifQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ],
  ];

  for (const [label, secret] of cases) {
    it(`removes a ${label} from free text and keeps the rest of the sentence`, () => {
      const out = redactText(`the customer pasted ${secret} into the ticket`);
      expect(out).not.toContain(secret);
      expect(out).toBe(`the customer pasted ${REDACTED} into the ticket`);
    });
  }

  it('keeps the label of "password: x" phrasings and drops the value', () => {
    expect(redactText('password: hunter2')).toBe(`password: ${REDACTED}`);
    expect(redactText('Reset done, Password=Winter2026! for now')).toBe(
      `Reset done, Password=${REDACTED} for now`,
    );
    expect(redactText('the secret is s3cr3t-value')).toBe(`the secret is ${REDACTED}`);
    expect(redactText('pwd="two words"')).toBe(`pwd=${REDACTED}`);
  });

  it('removes bearer tokens and PEM private keys', () => {
    const out = redactText(
      'Authorization: Bearer abcdefghijklmnop.qrstuvwxyz0123 then -----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY----- end',
    );
    expect(out).not.toMatch(/abcdefghijklmnop|MIIE/);
    expect(out).toContain('end');
  });

  it('leaves ordinary troubleshooting text untouched', () => {
    const text =
      'Outlook keeps asking for a password after the 2026-01 update; user is on VPN skeleton-key-7.';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactObject', () => {
  it('replaces secret-named keys and secret-shaped strings at any depth, without mutating the input', () => {
    const input = {
      email: 'a@b.example',
      password: 'hunter2',
      nested: { apiKey: 'abc', note: 'token: xyz', list: ['xoxb-1234567890-abcdefghij', 'fine'] },
    };
    const copy = structuredClone(input);
    expect(redactObject(input)).toEqual({
      email: 'a@b.example',
      password: REDACTED,
      nested: { apiKey: REDACTED, note: `token: ${REDACTED}`, list: [REDACTED, 'fine'] },
    });
    expect(input).toEqual(copy);
  });
});

/** A pino logger from createLogger whose output lands in an array we can read. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      const text = chunk.toString();
      raw.push(text);
      for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: 'info', name: 'test' }, stream), lines, raw };
}

describe('createLogger', () => {
  it('censors authorization and cookie headers of a logged request', () => {
    const { logger, lines, raw } = capturedLogger();
    logger.info(
      {
        req: {
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: 'Bearer super-secret-token-value', cookie: 'sid=abc', accept: 'json' },
        },
      },
      'request',
    );
    expect(lines).toHaveLength(1);
    const req = lines[0]?.req as { headers: Record<string, string>; url: string };
    expect(req.headers.authorization).toBe('[redacted]');
    expect(req.headers.cookie).toBe('[redacted]');
    expect(req.headers.accept).toBe('json');
    expect(req.url).toBe('/api/v1/me');
    expect(raw.join('')).not.toContain('super-secret-token-value');
  });

  it('censors password fields at the top level and one level down', () => {
    const { logger, lines, raw } = capturedLogger();
    logger.warn(
      { password: 'hunter2', user: { email: 'a@b.example', password: 'hunter3', token: 't0k' } },
      'x',
    );
    const line = lines[0] as { password: string; user: Record<string, string> };
    expect(line.password).toBe('[redacted]');
    expect(line.user.password).toBe('[redacted]');
    expect(line.user.token).toBe('[redacted]');
    expect(line.user.email).toBe('a@b.example');
    expect(raw.join('')).not.toMatch(/hunter2|hunter3|t0k/);
  });

  it('respects the level it was created with', () => {
    const { logger, lines } = capturedLogger();
    logger.debug('too chatty');
    logger.info('kept');
    expect(lines.map((l) => l.msg)).toEqual(['kept']);
  });
});
