import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const CLIENT_ID = '7d6a4c8e-1f2b-4c3d-9e8f-0a1b2c3d4e5f';

/** A "ConnectWise" that answers 200 with something that is not the API's list. */
async function garbageServer(
  body = '{"message":"welcome to the login page"}',
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('PSA pickers and mapping over HTTP', () => {
  let server: RunningServer;
  let cw: ConnectWiseSimulator;
  let a: TestAccount;
  let b: TestAccount;
  let admin: string;
  let viewer: string;
  let adminB: string;
  let engineerId: string;

  const settings = (over: Record<string, unknown> = {}) => ({
    provider: 'connectwise',
    siteUrl: cw.url,
    companyId: cw.credentials.companyId,
    publicKey: cw.credentials.publicKey,
    privateKey: cw.credentials.privateKey,
    clientId: CLIENT_ID,
    boards: [],
    ...over,
  });

  beforeAll(async () => {
    const database = await testDatabase();
    cw = await startConnectWiseSimulator();
    server = await startTestServer(database);
    a = await createTestAccount(database, 'PSA A');
    b = await createTestAccount(database, 'PSA B');
    admin = await signIn(server, (await a.member('admin')).email, TEST_PASSWORD);
    viewer = await signIn(server, (await a.member('viewer')).email, TEST_PASSWORD);
    adminB = await signIn(server, (await b.member('admin')).email, TEST_PASSWORD);
    const engineer = (await a.member('engineer', { name: 'Eve Engineer' })).actor;
    engineerId = engineer.kind === 'user' ? engineer.userId : '';
  });
  afterAll(async () => {
    await server.stop();
    await cw.close();
  });

  it('asks for settings first, then lists boards and statuses from ConnectWise', async () => {
    const before = await api(server, '/api/v1/psa/boards', { token: admin });
    expect(before.status).toBe(422);
    expect(before.body.error?.message).toMatch(/No PSA is connected yet/);

    const saved = await api(server, '/api/v1/psa/settings', {
      method: 'PUT',
      token: admin,
      body: settings(),
    });
    expect(saved.status).toBe(200);

    const boards = await api(server, '/api/v1/psa/boards', { token: admin });
    expect(boards.status).toBe(200);
    const names = (boards.body.boards as Array<{ name: string }>).map((x) => x.name);
    expect(names.length).toBeGreaterThan(0);

    const statuses = await api(server, `/api/v1/psa/statuses?board=${encodeURIComponent(names[0] ?? '')}`, {
      token: admin,
    });
    expect(statuses.status).toBe(200);
    expect((statuses.body.statuses as unknown[]).length).toBeGreaterThan(0);

    const noBoard = await api(server, '/api/v1/psa/statuses', { token: admin });
    expect(noBoard.status).toBe(400);
    expect(noBoard.body.error?.message).toMatch(/board/);
    const unknown = await api(server, '/api/v1/psa/statuses?board=Nope', { token: admin });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error?.message).toMatch(/no ConnectWise service board named "Nope"/);
  });

  it('keeps the stored private key when the form leaves it out, and still refuses a missing one on first save', async () => {
    const { privateKey: _drop, ...withoutKey } = settings({ boards: ['Service Desk'] });
    const res = await api(server, '/api/v1/psa/settings', { method: 'PUT', token: admin, body: withoutKey });
    expect(res.status).toBe(200);
    expect(res.body.settings).toMatchObject({ hasPrivateKey: true, boards: ['Service Desk'] });
    expect((await api(server, '/api/v1/psa/test', { method: 'POST', token: admin })).body).toMatchObject({
      ok: true,
    });

    const first = await api(server, '/api/v1/psa/settings', {
      method: 'PUT',
      token: adminB,
      body: withoutKey,
    });
    expect(first.status).toBe(400);
    expect(first.body.error?.message).toMatch(/privateKey: enter the private key/);
    expect((await api(server, '/api/v1/psa/settings', { token: adminB })).body.settings).toBeNull();
  });

  it('refuses a site URL that is plain http to another host or carries credentials, keeping the saved one', async () => {
    const before = (await api(server, '/api/v1/psa/settings', { token: admin })).body.settings;
    for (const [siteUrl, reason] of [
      ['http://na.myconnectwise.net', /siteUrl: must use https/],
      ['http://localhost.evil.example', /siteUrl: must use https/],
      ['http://127.0.0.1@evil.example', /siteUrl: must use https/],
      ['https://admin:hunter2@na.myconnectwise.net', /siteUrl: must not hold a user name or password/],
      ['ftp://na.myconnectwise.net', /siteUrl: must use https/],
      // zod calls these URLs; Node's parser does not (they were a 500 from `new URL`).
      ['https://', /siteUrl: must be a URL/],
      ['https://host.example:99999', /siteUrl: must be a URL/],
      ['https://a b.example', /siteUrl: must be a URL/],
    ] as const) {
      const res = await api(server, '/api/v1/psa/settings', {
        method: 'PUT',
        token: admin,
        body: settings({ siteUrl }),
      });
      expect(res.status, siteUrl).toBe(400);
      expect(res.body.error?.message, siteUrl).toMatch(reason);
      expect(res.text).not.toContain('hunter2');
    }
    expect((await api(server, '/api/v1/psa/settings', { token: admin })).body.settings).toEqual(before);
  });

  it('refuses a viewer every PSA route', async () => {
    for (const path of ['/psa/boards', '/psa/statuses?board=x', '/psa/members/available', '/psa/settings']) {
      const res = await api(server, `/api/v1${path}`, { token: viewer });
      expect(res.status, path).toBe(403);
    }
  });

  it('maps a user to a member by hand, refusing another tenant’s user and bad input without a change', async () => {
    const member = cw.addMember({
      identifier: 'eengineer',
      firstName: 'Eve',
      lastName: 'Engineer',
      email: 'eve@elsewhere.example',
    });
    const available = await api(server, '/api/v1/psa/members/available', { token: admin });
    expect(available.status).toBe(200);
    expect(available.body.members).toContainEqual(expect.objectContaining({ identifier: 'eengineer' }));

    const path = `/api/v1/psa/members/${engineerId}`;
    const bad = await api(server, path, { method: 'PUT', token: admin, body: { memberId: '' } });
    expect(bad.status).toBe(400);
    const cross = await api(server, path, {
      method: 'PUT',
      token: adminB,
      body: { memberId: String(member.id), memberIdentifier: 'eengineer' },
    });
    expect(cross.status).toBe(404);
    const mapping = await api(server, '/api/v1/psa/members', { token: admin });
    expect(mapping.body.unmatchedUsers).toContainEqual(expect.objectContaining({ userId: engineerId }));

    const ok = await api(server, path, {
      method: 'PUT',
      token: admin,
      body: { memberId: String(member.id), memberIdentifier: 'eengineer' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.linked).toContainEqual(
      expect.objectContaining({ userId: engineerId, memberIdentifier: 'eengineer', matchedBy: 'admin' }),
    );
  });

  it('answers 502 with a clear reason when ConnectWise answers garbage or cannot be reached', async () => {
    const garbage = await garbageServer();
    try {
      await api(server, '/api/v1/psa/settings', {
        method: 'PUT',
        token: admin,
        body: settings({ siteUrl: garbage.url }),
      });
      for (const path of ['/psa/boards', '/psa/members/available']) {
        const res = await api(server, `/api/v1${path}`, { token: admin });
        expect(res.status, path).toBe(502);
        expect(res.body.error?.code).toBe('upstream_failed');
        expect(res.body.error?.message).toMatch(/ConnectWise sent something other than a list/);
      }
      const sync = await api(server, '/api/v1/psa/members/sync', { method: 'POST', token: admin });
      expect(sync.status).toBe(502);
      expect(sync.body.error?.message).toMatch(/^ConnectWise sent something other than a list/);
    } finally {
      await garbage.close();
    }
    // The port is closed now: nothing answers at all.
    const gone = await api(server, '/api/v1/psa/boards', { token: admin });
    expect(gone.status).toBe(502);
    expect(gone.body.error?.message).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+: wrong site URL\?/);
    const syncGone = await api(server, '/api/v1/psa/members/sync', { method: 'POST', token: admin });
    expect(syncGone.status).toBe(502);
    expect(syncGone.body.error?.message).toMatch(/^ConnectWise: could not reach http:\/\/127\.0\.0\.1:\d+/);
  });

  it('answers 502 naming ConnectWise when its list holds something other than records', async () => {
    const garbage = await garbageServer('[null, 3, "x"]');
    try {
      await api(server, '/api/v1/psa/settings', {
        method: 'PUT',
        token: admin,
        body: settings({ siteUrl: garbage.url }),
      });
      const before = await api(server, '/api/v1/psa/members', { token: admin });
      const sync = await api(server, '/api/v1/psa/members/sync', { method: 'POST', token: admin });
      expect(sync.status).toBe(502);
      expect(sync.body.error?.message).toMatch(
        /^ConnectWise sent a list holding something other than records/,
      );
      const after = await api(server, '/api/v1/psa/members', { token: admin });
      expect(after.body).toEqual(before.body);
    } finally {
      await garbage.close();
    }
  });
});
