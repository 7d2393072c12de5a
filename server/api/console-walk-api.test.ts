import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getWalk } from '../../core/flows/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import { publishPasswordFlow } from '../../test/walk-flow.ts';
import type { RunningServer } from '../boot.ts';

interface WalkResult {
  sessionId: string;
  decision?: { rule: string; text: string };
  walk: { walkId: string; stateVersion: number; step: { id: string } } | null;
  card: { body: unknown[] } | null;
}

/** The Try-the-bot L1 routes over real HTTP: the ticket, presses, and what is refused. */
describe('console walk API', () => {
  let server: RunningServer;
  let l1Token: string;
  let viewerToken: string;
  let otherToken: string;
  let l1: Awaited<ReturnType<Awaited<ReturnType<typeof createTestAccount>>['member']>>;

  beforeAll(async () => {
    const database = await testDatabase();
    const account = await createTestAccount(database, 'Walk API');
    await publishPasswordFlow(await account.member('engineer'));
    l1 = await account.member('l1');
    const viewer = await account.member('viewer');
    const other = await (await createTestAccount(database, 'Other MSP')).member('l1');
    server = await startTestServer(database);
    l1Token = await signIn(server, l1.email, TEST_PASSWORD);
    viewerToken = await signIn(server, viewer.email, TEST_PASSWORD);
    otherToken = await signIn(server, other.email, TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  const start = (token: string, body: unknown) =>
    api(server, '/api/v1/console/walks', { method: 'POST', token, body });
  const press = (token: string, walkId: string, verb: string, data: Record<string, unknown>) =>
    api(server, `/api/v1/console/walks/${walkId}/actions`, { method: 'POST', token, body: { verb, data } });

  it('matches the ticket, answers presses with the next card, and refuses a stale one with the reason', async () => {
    const res = await start(l1Token, { summary: 'Outlook keeps asking for a password', client: 'Contoso' });
    expect(res.status).toBe(201);
    const started = res.body as unknown as WalkResult;
    expect(started.decision).toMatchObject({ rule: 'authored' });
    const walkId = started.walk?.walkId ?? '';
    const yes = { w: walkId, v: 0, st: 'changed', a: 'Yes' };
    const next = await press(l1Token, walkId, 'walk.answer', { ...yes, walkNote: 'changed at 9' });
    expect(next.status).toBe(200);
    expect((next.body as unknown as WalkResult).walk?.step.id).toBe('owa');
    const stale = await press(l1Token, walkId, 'walk.answer', yes);
    expect(stale.status).toBe(200);
    expect(JSON.stringify((stale.body as unknown as WalkResult).card)).toContain('This card is out of date');
    expect((await getWalk({ ctx: l1, walkId })).stateVersion).toBe(1);
  });

  it('refuses a viewer (403), another tenant (404) and a malformed press (400), changing nothing', async () => {
    expect((await start(viewerToken, { summary: 'Outlook keeps asking for a password' })).status).toBe(403);
    const started = (await start(l1Token, { summary: 'Outlook keeps asking for a password' }))
      .body as unknown as WalkResult;
    const walkId = started.walk?.walkId ?? '';
    const yes = { w: walkId, v: 0, st: 'changed', a: 'Yes' };
    expect((await press(otherToken, walkId, 'walk.answer', yes)).status).toBe(404);
    expect((await press(viewerToken, walkId, 'walk.answer', yes)).status).toBe(403);
    const bad = await press(l1Token, walkId, 'walk.answer', { w: walkId, v: 0 });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('This card is out of date');
    expect((await start(l1Token, { summary: 'x' })).status).toBe(400);
    expect(await getWalk({ ctx: l1, walkId })).toMatchObject({ stateVersion: 0, path: [] });
  });

  it('is declared in the OpenAPI document', async () => {
    const doc = (await api(server, '/api/v1/openapi.json')).body as { paths: Record<string, object> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/console/walks', '/console/walks/{walkId}/actions']),
    );
  });
});
