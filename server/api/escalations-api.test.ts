import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getAccount } from '../../core/accounts/index.ts';
import { getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const idOf = (ctx: TenantContext) => (ctx.actor.kind === 'user' ? ctx.actor.userId : '');

describe('/api/v1: claiming, handing over and the reminder setting', () => {
  let server: RunningServer;
  let account: TestAccount;
  let engineer: TenantContext;
  let peer: TenantContext;
  let l1: TenantContext;
  const tokens: Record<'engineer' | 'peer' | 'admin' | 'outsider', string> = {
    engineer: '',
    peer: '',
    admin: '',
    outsider: '',
  };

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database, {}, { diagnosis: offlineDiagnosis() });
    account = await createTestAccount(database, 'Escalations API');
    engineer = await account.member('engineer', { name: 'Erin Engineer' });
    peer = await account.member('engineer', { name: 'Pat Peer' });
    l1 = await account.member('l1', { name: 'Lee Firstline' });
    const admin = await account.member('admin', { name: 'Ada Admin' });
    const outsider = await (await createTestAccount(database, 'Escalations elsewhere')).member('engineer');
    for (const [key, ctx] of [
      ['engineer', engineer],
      ['peer', peer],
      ['admin', admin],
      ['outsider', outsider],
    ] as const) {
      tokens[key] = await signIn(server, (ctx as { email: string }).email, TEST_PASSWORD);
    }
  }, 120_000);
  afterAll(() => server.stop());

  const call = (who: keyof typeof tokens, path: string, method = 'POST', body: unknown = {}) =>
    api(server, `/api/v1${path}`, { method, token: tokens[who], ...(method === 'GET' ? {} : { body }) });

  it("refuses the escalator's claim, lets a peer claim, and lets only the holder hand it over", async () => {
    const session = (await call('engineer', '/sessions', 'POST', { problemSummary: 'VPN drops hourly' }))
      .body as {
      id: string;
    };
    expect((await call('engineer', `/sessions/${session.id}/escalation-package/post`)).status).toBe(200);

    const own = await call('engineer', `/sessions/${session.id}/escalation/claim`);
    expect(own.status).toBe(403);
    expect(own.body).toMatchObject({
      error: { code: 'forbidden', message: 'You escalated this one; another engineer needs to claim it.' },
    });
    expect((await call('outsider', `/sessions/${session.id}/escalation/claim`)).status).toBe(404);
    const claimed = await call('peer', `/sessions/${session.id}/escalation/claim`);
    expect(claimed.status).toBe(200);
    expect(claimed.body).toMatchObject({ claimedByName: 'Pat Peer', session: { status: 'active' } });
    expect((await call('admin', `/sessions/${session.id}/escalation/claim`)).body).toMatchObject({
      error: { code: 'conflict', message: 'Pat Peer already claimed this escalation.' },
    });

    const before = await getSession({ ctx: peer, sessionId: session.id });
    for (const [who, body, status] of [
      ['peer', { toUserId: 'Erin' }, 400],
      ['peer', { toUserId: idOf(peer) }, 422],
      ['peer', { toUserId: idOf(l1) }, 422],
      ['engineer', { toUserId: idOf(engineer) }, 422],
      ['admin', { toUserId: idOf(engineer) }, 409],
      ['outsider', { toUserId: idOf(engineer) }, 404],
    ] as const) {
      const res = await call(who, `/sessions/${session.id}/escalation/hand-over`, 'POST', body);
      expect(res.status, `${who} ${JSON.stringify(body)}`).toBe(status);
    }
    expect(await getSession({ ctx: peer, sessionId: session.id })).toEqual(before);

    const choices = await call('peer', `/sessions/${session.id}/escalation/hand-over-choices`, 'GET');
    expect((choices.body as { choices: Array<{ name: string }> }).choices.map((c) => c.name)).toContain(
      'Erin Engineer',
    );
    const handed = await call('peer', `/sessions/${session.id}/escalation/hand-over`, 'POST', {
      toUserId: idOf(engineer),
    });
    expect(handed.status).toBe(200);
    expect(handed.body).toMatchObject({
      from: { name: 'Pat Peer' },
      to: { name: 'Erin Engineer' },
      psaReassign: null,
      session: { ownerUserId: idOf(engineer), escalation: { claimedBy: { name: 'Erin Engineer' } } },
    });
  });

  it('validates the reminder minutes (0 is off), admins only, and changes nothing when refused', async () => {
    for (const bad of [-1, 1441, 2.5, 'soon']) {
      const res = await call('admin', '/account', 'PATCH', { escalationReminderMinutes: bad });
      expect(res.status, String(bad)).toBe(400);
    }
    const tooLong = await call('admin', '/account', 'PATCH', { escalationReminderMinutes: 1441 });
    expect(JSON.stringify(tooLong.body)).toContain('must be at most 1440 minutes (a day)');
    expect((await call('engineer', '/account', 'PATCH', { escalationReminderMinutes: 5 })).status).toBe(403);
    expect((await getAccount({ ctx: account.owner })).escalationReminderMinutes).toBe(15);
    const off = await call('admin', '/account', 'PATCH', { escalationReminderMinutes: 0 });
    expect(off.status).toBe(200);
    expect(off.body).toMatchObject({ escalationReminderMinutes: 0 });
  });
});
