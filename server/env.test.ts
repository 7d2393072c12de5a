import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadEnv } from './env.ts';

/** Runs loadEnv and returns the ConfigError it throws, failing the test if it does not throw one. */
function configErrorFor(source: Record<string, string | undefined>): ConfigError {
  try {
    loadEnv(source);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected loadEnv to refuse ${JSON.stringify(source)}`);
}

describe('loadEnv', () => {
  it('boots a fresh clone with no configuration at all: embedded database, dev defaults', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: 3000,
      LOG_LEVEL: 'info',
      PGLITE_DATA_DIR: './.data/pglite',
      DATABASE_POOL_MAX: 10,
      ACCESS_TOKEN_TTL_SECONDS: 900,
      HTTP_BODY_LIMIT: '256kb',
      SHUTDOWN_TIMEOUT_MS: 10_000,
      WORKER_IN_PROCESS: true,
      SEED_DEMO: true,
      AUDIT_RETENTION_CRON: '17 3 * * *',
    });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.APP_SECRET_KEY).toBeUndefined();
  });

  it('parses numbers and booleans from their string form', () => {
    const env = loadEnv({ PORT: '8080', WORKER_IN_PROCESS: 'no', SEED_DEMO: '0', DATABASE_POOL_MAX: '4' });
    expect(env.PORT).toBe(8080);
    expect(env.WORKER_IN_PROCESS).toBe(false);
    expect(env.SEED_DEMO).toBe(false);
    expect(env.DATABASE_POOL_MAX).toBe(4);
  });

  it('refuses a non-numeric PORT and names the variable', () => {
    const error = configErrorFor({ PORT: 'abc' });
    expect(error.message).toMatch(/\bPORT\b/);
    expect(error.message).not.toMatch(/DATABASE_URL|APP_SECRET_KEY/);
  });

  it('refuses a PORT outside 0–65535', () => {
    expect(configErrorFor({ PORT: '70000' }).message).toMatch(/\bPORT\b/);
  });

  it('refuses a non-postgres DATABASE_URL and says what it must look like', () => {
    const error = configErrorFor({ DATABASE_URL: 'mysql://x' });
    expect(error.message).toMatch(/DATABASE_URL/);
    expect(error.message).toMatch(/postgres/);
  });

  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(loadEnv({ DATABASE_URL: 'postgres://u:p@h/db' }).DATABASE_URL).toBe('postgres://u:p@h/db');
    expect(loadEnv({ DATABASE_URL: 'postgresql://u:p@h/db' }).DATABASE_URL).toBe('postgresql://u:p@h/db');
  });

  it('refuses production without APP_SECRET_KEY, naming it', () => {
    const error = configErrorFor({ NODE_ENV: 'production' });
    expect(error.message).toMatch(/APP_SECRET_KEY/);
    expect(error.message).toMatch(/production/);
  });

  it('boots production with a 32-byte base64 APP_SECRET_KEY, and refuses a key of the wrong size', () => {
    const key = randomBytes(32).toString('base64');
    expect(loadEnv({ NODE_ENV: 'production', APP_SECRET_KEY: key }).APP_SECRET_KEY).toBe(key);
    const error = configErrorFor({
      NODE_ENV: 'production',
      APP_SECRET_KEY: randomBytes(16).toString('base64'),
    });
    expect(error.message).toMatch(/APP_SECRET_KEY: must be 32 bytes/);
  });

  it('treats empty strings as unset, so a `.env` template with `FOO=` lines still boots', () => {
    const env = loadEnv({ PORT: '', DATABASE_URL: '', APP_SECRET_KEY: '', SEED_DEMO: '', NODE_ENV: '' });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.SEED_DEMO).toBe(true);
    expect(env.NODE_ENV).toBe('development');
    // …including in production: an empty key is a missing key.
    expect(configErrorFor({ NODE_ENV: 'production', APP_SECRET_KEY: '' }).message).toMatch(/APP_SECRET_KEY/);
  });

  it('lists every bad variable at once, one per line', () => {
    const error = configErrorFor({ PORT: 'abc', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' });
    const lines = error.message.split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(lines.some((l) => l.includes('PORT'))).toBe(true);
    expect(lines.some((l) => l.includes('DATABASE_URL'))).toBe(true);
    expect(lines.some((l) => l.includes('SEED_DEMO: must be true or false'))).toBe(true);
  });

  it('refuses a body limit that express could not read', () => {
    expect(configErrorFor({ HTTP_BODY_LIMIT: 'lots' }).message).toMatch(/HTTP_BODY_LIMIT/);
    expect(loadEnv({ HTTP_BODY_LIMIT: '1kb' }).HTTP_BODY_LIMIT).toBe('1kb');
  });
});
