import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSlackInstallation, saveTeamsConversation } from '../../core/chat/index.ts';
import { deriveKey } from '../../core/shared/crypto.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const BOT_APP_ID = '3c9e1a52-7b4d-4f0e-9a61-2d8b5c7e4f10';

describe('Slack and Teams integration pages over HTTP', () => {
  let server: RunningServer;
  let bare: RunningServer;
  let a: TestAccount;
  let b: TestAccount;
  let admin: string;
  let viewer: string;
  let adminB: string;
  const teamA = `T${randomBytes(5).toString('hex').toUpperCase()}`;
  const teamB = `T${randomBytes(5).toString('hex').toUpperCase()}`;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database, { MICROSOFT_APP_ID: BOT_APP_ID });
    bare = await startTestServer(database);
    a = await createTestAccount(database, 'Chat A');
    b = await createTestAccount(database, 'Chat B');
    admin = await signIn(server, (await a.member('admin')).email, TEST_PASSWORD);
    viewer = await signIn(server, (await a.member('viewer')).email, TEST_PASSWORD);
    adminB = await signIn(server, (await b.member('admin')).email, TEST_PASSWORD);
    // What the OAuth callback stores; the key only has to open what it sealed.
    const key = deriveKey(Buffer.alloc(32, 1), 'test');
    for (const [accountId, teamId, teamName] of [
      [a.accountId, teamA, 'Contoso IT'],
      [b.accountId, teamB, 'Fabrikam'],
    ] as const) {
      await saveSlackInstallation(database, key, {
        accountId,
        teamId,
        teamName,
        botUserId: 'UBOT',
        botToken: `xoxb-${randomBytes(8).toString('hex')}`,
      });
    }
  });
  afterAll(async () => {
    await server.stop();
    await bare.stop();
  });

  it('lists only this account’s Slack workspaces, with no token in sight', async () => {
    const res = await api(server, '/api/v1/integrations/slack', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      workspaces: [{ teamId: teamA, teamName: 'Contoso IT' }],
      technicianChannel: null,
      installConfigured: false,
      slashCommand: '/resolve',
    });
    expect(res.text).not.toMatch(/xoxb-/);
    expect((await api(server, '/api/v1/integrations/slack', { token: viewer })).status).toBe(403);
  });

  it('sets the Slack technician channel, refusing another account’s workspace and a bad id unchanged', async () => {
    const set = (token: string, body: unknown) =>
      api(server, '/api/v1/integrations/slack/technician-channel', { method: 'PUT', token, body });
    const bad = await set(admin, { teamId: teamA, channelId: 'general' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/channelId: must be a Slack channel id like C0123ABCD/);
    const cross = await set(admin, { teamId: teamB, channelId: 'C0123ABCD' });
    expect(cross.status).toBe(404);
    expect((await set(viewer, { teamId: teamA, channelId: 'C0123ABCD' })).status).toBe(403);
    expect(
      (await api(server, '/api/v1/integrations/slack', { token: admin })).body.technicianChannel,
    ).toBeNull();

    const ok = await set(admin, { teamId: teamA, channelId: 'C0123ABCD' });
    expect(ok.status).toBe(200);
    expect(ok.body.technicianChannel).toEqual({ teamId: teamA, channelId: 'C0123ABCD' });
    expect(
      (await api(server, '/api/v1/integrations/slack', { token: adminB })).body.technicianChannel,
    ).toBeNull();
  });

  it('shows the linked Teams tenant to its account only', async () => {
    const tenantId = randomUUID();
    const linked = await api(server, '/api/v1/integrations/teams/tenant', {
      method: 'POST',
      token: admin,
      body: { tenantId },
    });
    expect(linked.status).toBe(200);
    const mine = await api(server, '/api/v1/integrations/teams', { token: admin });
    expect(mine.body).toMatchObject({
      tenants: [{ tenantId }],
      technicianChannel: null,
      appPackageAvailable: true,
    });
    expect((await api(server, '/api/v1/integrations/teams', { token: adminB })).body.tenants).toEqual([]);
    expect((await api(server, '/api/v1/integrations/teams', { token: viewer })).status).toBe(403);
  });

  it('sets the Teams technician channel among channels the app has seen, and nothing else', async () => {
    const channel = (accountId: string, conversationId: string, conversationType = 'channel') => ({
      tenantId: randomUUID(),
      conversationId,
      conversationType,
      teamId: '19:team@thread.tacv2',
      channelId: conversationType === 'channel' ? conversationId : null,
      serviceUrl: 'https://smba.example/teams/',
      reference: { conversation: { id: conversationId }, accountId },
    });
    const mine = `19:${randomBytes(6).toString('hex')}@thread.tacv2`;
    const theirs = `19:${randomBytes(6).toString('hex')}@thread.tacv2`;
    const personal = `a:${randomBytes(6).toString('hex')}`;
    await saveTeamsConversation(a.owner, channel(a.accountId, mine));
    await saveTeamsConversation(a.owner, channel(a.accountId, personal, 'personal'));
    await saveTeamsConversation(b.owner, channel(b.accountId, theirs));

    const view = await api(server, '/api/v1/integrations/teams', { token: admin });
    expect((view.body.channels as Array<{ conversationId: string }>).map((c) => c.conversationId)).toEqual([
      mine,
    ]);
    const set = (token: string, body: unknown) =>
      api(server, '/api/v1/integrations/teams/technician-channel', { method: 'PUT', token, body });
    expect((await set(admin, {})).status).toBe(400);
    expect((await set(admin, { conversationId: theirs })).status).toBe(404);
    expect((await set(admin, { conversationId: personal })).status).toBe(404);
    expect((await set(viewer, { conversationId: mine })).status).toBe(403);
    expect(
      (await api(server, '/api/v1/integrations/teams', { token: admin })).body.technicianChannel,
    ).toBeNull();

    const ok = await set(admin, { conversationId: mine });
    expect(ok.status).toBe(200);
    expect(ok.body.technicianChannel).toEqual({ conversationId: mine });
    expect(
      (await api(server, '/api/v1/integrations/teams', { token: adminB })).body.technicianChannel,
    ).toBeNull();
  });

  it('serves the Teams app package with this bot id, and says what to set when it cannot', async () => {
    const res = await fetch(`${server.url}/api/v1/integrations/teams/app-package`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = Buffer.from(await res.arrayBuffer());
    expect(zip.subarray(0, 2).toString()).toBe('PK');
    expect(zip.toString('latin1')).toContain(`"botId": "${BOT_APP_ID}"`);
    expect((await api(server, '/api/v1/integrations/teams/app-package', { token: viewer })).status).toBe(403);

    const token = await signIn(bare, (await a.member('admin')).email, TEST_PASSWORD);
    const missing = await api(bare, '/api/v1/integrations/teams/app-package', { token });
    expect(missing.status).toBe(422);
    expect(missing.body.error?.message).toMatch(/set MICROSOFT_APP_ID/);
  });
});
