import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deriveKey } from '../core/shared/crypto.ts';
import type { Env } from './env.ts';

export interface AppKeys {
  /** Signs access tokens. */
  accessToken: Buffer;
  /** Encrypts stored credentials (bot tokens, PSA and KB keys). */
  secretsAtRest: Buffer;
}

/**
 * Production must configure APP_SECRET_KEY (env.ts refuses to boot without it). In development a
 * random key is created once under the data directory (also when DATABASE_URL points at a server,
 * so the server and `npm run worker` share it), and restarts keep stored credentials readable.
 * Only an in-memory database gets a throwaway key.
 */
export function resolveAppKeys(env: Env): { keys: AppKeys; source: 'env' | 'generated' | 'ephemeral' } {
  let master: Buffer;
  let source: 'env' | 'generated' | 'ephemeral';
  if (env.APP_SECRET_KEY) {
    master = Buffer.from(env.APP_SECRET_KEY, 'base64');
    source = 'env';
  } else if (env.PGLITE_DATA_DIR.startsWith('memory://')) {
    master = randomBytes(32);
    source = 'ephemeral';
  } else {
    const file = join(dirname(env.PGLITE_DATA_DIR), 'dev-secret.key');
    if (!existsSync(file)) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
    }
    master = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    source = 'generated';
  }
  return {
    keys: {
      accessToken: deriveKey(master, 'access-token'),
      secretsAtRest: deriveKey(master, 'secrets-at-rest'),
    },
    source,
  };
}
