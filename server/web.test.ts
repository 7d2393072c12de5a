import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../core/db/client.ts';
import { testDatabase } from '../test/db.ts';
import { startTestServer } from '../test/server.ts';
import type { RunningServer } from './boot.ts';
import { loadEnv } from './env.ts';
import { resolveAppKeys } from './secrets.ts';

describe('npm start serves the built admin web, whatever NODE_ENV says', () => {
  let database: Database;
  let server: RunningServer;

  beforeAll(async () => {
    database = await testDatabase();
    // development is NODE_ENV's default, which used to switch on the Vite dev server.
    server = await startTestServer(database, { NODE_ENV: 'development' });
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('answers a page navigation with the built index.html and its hashed assets, not Vite', async () => {
    const res = await fetch(`${server.url}/sessions`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toContain('/@vite/client');
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(asset).toBeDefined();
    const js = await fetch(`${server.url}${asset}`);
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  it('never answers an API path with the page, even when a browser asks for HTML', async () => {
    const res = await fetch(`${server.url}/api/v1/nope`, { headers: { accept: 'text/html' } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-type')).toContain('application/json');
  });
});

describe('the development key', () => {
  it('is created inside the data directory, so it travels with the data', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rf-key-'));
    const dataDir = join(parent, 'custom-data');
    const { keys, source } = resolveAppKeys(loadEnv({ PGLITE_DATA_DIR: dataDir }));
    expect(source).toBe('generated');
    expect(existsSync(join(dataDir, 'dev-secret.key'))).toBe(true);
    expect(existsSync(join(parent, 'dev-secret.key'))).toBe(false);
    // A restart reads the same key, so credentials sealed before stay readable.
    expect(resolveAppKeys(loadEnv({ PGLITE_DATA_DIR: dataDir })).keys.secretsAtRest).toEqual(
      keys.secretsAtRest,
    );
  });

  it('adopts a key left beside the data directory by an earlier version instead of making a new one', () => {
    const parent = mkdtempSync(join(tmpdir(), 'rf-key-'));
    const dataDir = join(parent, 'pglite');
    const oldKey = Buffer.alloc(32, 7).toString('base64');
    writeFileSync(join(parent, 'dev-secret.key'), oldKey);
    resolveAppKeys(loadEnv({ PGLITE_DATA_DIR: dataDir }));
    expect(readFileSync(join(dataDir, 'dev-secret.key'), 'utf8')).toBe(oldKey);
    expect(existsSync(join(parent, 'dev-secret.key'))).toBe(false);
  });
});
