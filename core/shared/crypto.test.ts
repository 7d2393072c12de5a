import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveKey, hashPassword, openSecret, sealSecret, verifyPassword } from './crypto.ts';

const master = randomBytes(32);
const key = deriveKey(master, 'secrets-at-rest');

/** Flips one bit in one base64url segment of a sealed value, keeping it well-formed. */
function tamper(sealed: string, segment: 1 | 2 | 3): string {
  const parts = sealed.split('.');
  const bytes = Buffer.from(parts[segment] ?? '', 'base64url');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  parts[segment] = bytes.toString('base64url');
  return parts.join('.');
}

describe('sealSecret / openSecret', () => {
  it('round-trips a credential, including non-ASCII text', () => {
    const secret = 'xoxb-123-456-abcdef — pässwörd ✓';
    const sealed = sealSecret(key, secret, 'account-1');
    expect(sealed).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('xoxb');
    expect(openSecret(key, sealed, 'account-1')).toBe(secret);
  });

  it('never produces the same ciphertext twice for the same secret (fresh IV)', () => {
    expect(sealSecret(key, 'same', 'a')).not.toBe(sealSecret(key, 'same', 'a'));
  });

  it("refuses to open a value copied into another account's row (wrong associated data)", () => {
    const sealed = sealSecret(key, 'psa-api-key', 'account-1');
    expect(() => openSecret(key, sealed, 'account-2')).toThrow();
    expect(() => openSecret(key, sealed)).toThrow();
  });

  it('refuses a tampered ciphertext, tag or IV', () => {
    const sealed = sealSecret(key, 'psa-api-key', 'account-1');
    for (const segment of [1, 2, 3] as const) {
      expect(() => openSecret(key, tamper(sealed, segment), 'account-1')).toThrow();
    }
  });

  it('refuses to open with a key derived for another purpose or from another master', () => {
    const sealed = sealSecret(key, 'psa-api-key');
    expect(() => openSecret(deriveKey(master, 'access-token'), sealed)).toThrow();
    expect(() => openSecret(deriveKey(randomBytes(32), 'secrets-at-rest'), sealed)).toThrow();
  });

  it('says a malformed value is malformed', () => {
    expect(() => openSecret(key, 'not-a-sealed-value')).toThrow(/malformed/);
    expect(() => openSecret(key, 'v2.a.b.c')).toThrow(/malformed/);
  });

  it('derives distinct, stable keys per purpose', () => {
    expect(deriveKey(master, 'secrets-at-rest').equals(key)).toBe(true);
    expect(deriveKey(master, 'access-token').equals(key)).toBe(false);
    expect(key.length).toBe(32);
  });
});

describe('hashPassword / verifyPassword', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('correct-horse-battery');
    expect(stored).not.toContain('correct-horse-battery');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('correct-horse-battery', stored)).toBe(true);
    expect(await verifyPassword('correct-horse-batterY', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('salts every hash, so equal passwords do not have equal hashes', async () => {
    const [a, b] = await Promise.all([hashPassword('same-password'), hashPassword('same-password')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same-password', a)).toBe(true);
    expect(await verifyPassword('same-password', b)).toBe(true);
  });

  it('treats a stored value of an unknown scheme as not matching instead of throwing', async () => {
    expect(await verifyPassword('x', 'bcrypt$2b$10$abc')).toBe(false);
    expect(await verifyPassword('x', '')).toBe(false);
  });
});
