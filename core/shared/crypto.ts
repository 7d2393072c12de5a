import {
  createCipheriv,
  createDecipheriv,
  hkdfSync,
  randomBytes,
  scrypt,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Keys for distinct purposes are derived from the one APP_SECRET_KEY with HKDF, so a token-signing
 * key can never decrypt a stored credential and rotating one purpose is a label change.
 */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `resolutionflow:${purpose}`, 32));
}

const SEALED_PREFIX = 'v1';

/** AES-256-GCM; output `v1.<iv>.<tag>.<ciphertext>` in base64url, safe to store in a text column. */
export function sealSecret(key: Buffer, plaintext: string, associatedData = ''): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(associatedData));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [SEALED_PREFIX, iv, cipher.getAuthTag(), body]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

/**
 * Reverses `sealSecret`. `associatedData` (e.g. the account id) binds a ciphertext to its row, so a
 * value copied into another tenant's row fails to open instead of leaking.
 */
export function openSecret(key: Buffer, sealed: string, associatedData = ''): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== SEALED_PREFIX || !iv || !tag || body === undefined)
    throw new Error('sealed secret is malformed');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

const SCRYPT = { N: 16_384, r: 8, p: 1, keyLength: 32 } as const;

function scryptAsync(
  password: string,
  salt: Buffer,
  N: number,
  r: number,
  p: number,
  len: number,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, len, { N, r, p, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

/** scrypt from node:crypto: memory-hard, maintained with Node itself, parameters stored with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, SCRYPT.N, SCRYPT.r, SCRYPT.p, SCRYPT.keyLength);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, expected] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !expected) return false;
  const want = Buffer.from(expected, 'base64url');
  const got = await scryptAsync(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
    want.length,
  );
  return timingSafeEqual(got, want);
}

/** A hash of a random password, verified against when the email is unknown so timing says nothing. */
export const DECOY_PASSWORD_HASH = await hashPassword(randomBytes(18).toString('base64url'));
