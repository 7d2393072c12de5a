import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deriveKey } from '../core/shared/crypto.ts';
import type { Env } from './env.ts';

const DEV_KEY_FILE = 'dev-secret.key';

export interface AppKeys {
  /** Signs access tokens. */
  accessToken: Buffer;
  /** Encrypts stored credentials (bot tokens, PSA and KB keys). */
  secretsAtRest: Buffer;
}

/**
 * Production must configure APP_SECRET_KEY (env.ts refuses to boot without it). In development a
 * random key is created once inside the data directory (also when DATABASE_URL points at a server,
 * so the server and `npm run worker` share it), and restarts keep stored credentials readable.
 * Postgres ignores unknown files in its data directory, so the key can live beside PGlite's files and
 * goes wherever the data goes. Only an in-memory database gets a throwaway key.
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
    const file = join(env.PGLITE_DATA_DIR, DEV_KEY_FILE);
    if (!existsSync(file)) {
      mkdirSync(env.PGLITE_DATA_DIR, { recursive: true });
      // Before the key moved inside, it sat beside the data directory; keep that one so credentials
      // sealed with it stay readable.
      const previous = join(dirname(env.PGLITE_DATA_DIR), DEV_KEY_FILE);
      if (existsSync(previous)) renameSync(previous, file);
      else writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o600 });
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
