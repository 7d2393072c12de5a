import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import type { Database } from '../../core/db/client.ts';
import { runConnectorSync } from '../../core/kb/sync/index.ts';
import { type HuduSimulator, startHuduSimulator } from '../../sim/hudu/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

// The server derives its secrets key from APP_SECRET_KEY; the test runs syncs with the same key.
const APP_SECRET_KEY = Buffer.alloc(32, 7).toString('base64');

let database: Database;
let server: RunningServer;
let hudu: HuduSimulator;
let alpha: TestAccount;
let bravo: TestAccount;
let admin: string;
let engineer: string;
let otherAdmin: string;

beforeAll(async () => {
  database = await testDatabase();
  server = await startTestServer(database, { APP_SECRET_KEY });
  hudu = await startHuduSimulator();
  alpha = await createTestAccount(database, 'KB API A');
  bravo = await createTestAccount(database, 'KB API B');
  admin = await signIn(server, (await alpha.member('admin')).email, TEST_PASSWORD);
  engineer = await signIn(server, (await alpha.member('engineer')).email, TEST_PASSWORD);
  otherAdmin = await signIn(server, (await bravo.member('admin')).email, TEST_PASSWORD);
});
afterAll(async () => {
  await server?.stop();
  await hudu?.close();
});

const huduBody = (name: string, extra: Record<string, unknown> = {}) => ({
  kind: 'hudu',
  name,
  apiKey: hudu.apiKey,
  settings: { baseUrl: hudu.url },
  ...extra,
});

describe('/api/v1/kb', () => {
  it('creates a connector, never returns its key, and lists it with status', async () => {
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('Hudu'),
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      kind: 'hudu',
      name: 'Hudu',
      hasSecret: true,
      settings: { baseUrl: hudu.url, pageSize: 100, fullSyncEveryHours: 24 },
      status: { state: 'idle', documentCount: 0, lastSuccessAt: null, running: false },
    });
    expect(created.text).not.toContain(hudu.apiKey);
    const list = await api(server, '/api/v1/kb/connectors', { token: engineer });
    expect(list.status).toBe(200);
    expect(list.text).not.toContain(hudu.apiKey);
    expect(list.body.connectors).toEqual([expect.objectContaining({ id: created.body.id, hasSecret: true })]);
    const audit = await listAuditLog({ ctx: alpha.owner, input: { action: 'kb.connector_created' } });
    expect(audit.entries).toHaveLength(1);
    expect(JSON.stringify(audit.entries)).not.toContain(hudu.apiKey);
  });

  it('refuses bad input field by field and creates nothing', async () => {
    const before = (await api(server, '/api/v1/kb/connectors', { token: admin })).body
      .connectors as unknown[];
    const cases: Array<[unknown, string]> = [
      [{ ...huduBody('No key'), apiKey: undefined }, 'apiKey'],
      [huduBody('Plain http', { settings: { baseUrl: 'http://hudu.example.com' } }), 'settings.baseUrl'],
      [{ kind: 'confluence', name: 'X', apiKey: 'abcdefghij' }, 'kind'],
      [
        {
          kind: 'graph',
          name: 'G',
          clientSecret: 'abcdefghij',
          settings: { tenantId: 'nope', clientId: 'x' },
        },
        'settings.tenantId',
      ],
      [
        { kind: 'itglue', name: 'I', apiKey: 'ITG.abcdefgh', settings: { region: 'mars' } },
        'settings.region',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await api(server, '/api/v1/kb/connectors', { method: 'POST', token: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error?.code).toBe('unprocessable');
      const issues =
        (res.body.error as { details?: { issues?: Array<{ path: string }> } }).details?.issues ?? [];
      expect(issues.map((i) => i.path)).toContain(field);
    }
    const dup = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('hudu'),
    });
    expect(dup.status).toBe(409);
    const after = (await api(server, '/api/v1/kb/connectors', { token: admin })).body.connectors as unknown[];
    expect(after).toHaveLength(before.length);
  });

  it('lets only admins change connectors; another account sees 404', async () => {
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('Scoped'),
    });
    const path = `/api/v1/kb/connectors/${created.body.id as string}`;
    expect(
      (await api(server, '/api/v1/kb/connectors', { method: 'POST', token: engineer, body: huduBody('E') }))
        .status,
    ).toBe(403);
    for (const [method, suffix] of [
      ['GET', ''],
      ['PATCH', ''],
      ['DELETE', ''],
      ['POST', '/test'],
      ['POST', '/sync'],
    ] as const) {
      const res = await api(server, `${path}${suffix}`, {
        method,
        token: otherAdmin,
        body: method === 'PATCH' ? { name: 'x' } : undefined,
      });
      expect(res.status, `${method} ${suffix}`).toBe(404);
    }
    expect((await api(server, '/api/v1/kb/connectors/not-a-uuid', { token: admin })).status).toBe(404);
    const renamed = await api(server, path, {
      method: 'PATCH',
      token: admin,
      body: { name: 'Scoped 2', apiKey: 'new-key-1234567890' },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Scoped 2', hasSecret: true });
    expect(renamed.text).not.toContain('new-key-1234567890');
    const wrongField = await api(server, path, {
      method: 'PATCH',
      token: admin,
      body: { clientSecret: 'abcdefghijk' },
    });
    expect(wrongField.status).toBe(422);
  });

  it('tests the connection with a reason a person can act on', async () => {
    const good = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('Testable'),
    });
    const ok = await api(server, `/api/v1/kb/connectors/${good.body.id as string}/test`, {
      method: 'POST',
      token: admin,
    });
    expect(ok.body).toMatchObject({ ok: true, detail: expect.stringContaining('Connected to Hudu') });
    const bad = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('Wrong key', { apiKey: 'definitely-wrong-key' }),
    });
    const refused = await api(server, `/api/v1/kb/connectors/${bad.body.id as string}/test`, {
      method: 'POST',
      token: admin,
    });
    expect(refused.body).toEqual({
      ok: false,
      reason: expect.stringMatching(/^Hudu rejected the API key \(401\)/),
    });
    expect(refused.text).not.toContain('definitely-wrong-key');
  });

  it("clears a failed sync's error once the key is replaced, and the next sync succeeds", async () => {
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('Key fixed later', { apiKey: 'a-mistyped-key' }),
    });
    const id = created.body.id as string;
    const { deriveKey } = await import('../../core/shared/crypto.ts');
    const deps = { secretsKey: deriveKey(Buffer.from(APP_SECRET_KEY, 'base64'), 'secrets-at-rest') };
    const statusOf = async () =>
      (
        (await api(server, '/api/v1/kb/connectors', { token: admin })).body.connectors as Array<{
          id: string;
          status: { state: string; lastError: string | null };
        }>
      ).find((c) => c.id === id)?.status;
    expect(await runConnectorSync({ ctx: alpha.system('kb-sync'), deps, connectorId: id })).toMatchObject({
      ok: false,
    });
    expect(await statusOf()).toMatchObject({
      state: 'failed',
      lastError: expect.stringMatching(/^Hudu rejected the API key/),
    });
    // Renaming it does not hide the failure: the key that failed is still the one stored.
    await api(server, `/api/v1/kb/connectors/${id}`, {
      method: 'PATCH',
      token: admin,
      body: { name: 'Key fixed' },
    });
    expect(await statusOf()).toMatchObject({ state: 'failed' });
    const fixed = await api(server, `/api/v1/kb/connectors/${id}`, {
      method: 'PATCH',
      token: admin,
      body: { apiKey: hudu.apiKey },
    });
    expect(fixed.status).toBe(200);
    expect(await statusOf()).toMatchObject({ state: 'idle', lastError: null });
    expect(await runConnectorSync({ ctx: alpha.system('kb-sync'), deps, connectorId: id })).toMatchObject({
      ok: true,
    });
  });

  it('queues a sync (202), searches what was synced, and deleting the connector removes its documents', async () => {
    hudu.addArticle({
      name: 'Outlook keeps asking for a password',
      content: '<h2>Fix</h2><p>Clear the credential manager and re-create the Outlook profile.</p>',
    });
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('Searchable'),
    });
    const id = created.body.id as string;
    const queued = await api(server, `/api/v1/kb/connectors/${id}/sync`, { method: 'POST', token: admin });
    expect(queued.status).toBe(202);
    expect(
      await api(server, `/api/v1/kb/connectors/${id}/sync`, { method: 'POST', token: engineer }),
    ).toMatchObject({ status: 403 });

    // The job worker is not running in this server: run the sync as the job would.
    const { deriveKey } = await import('../../core/shared/crypto.ts');
    const secretsKey = deriveKey(Buffer.from(APP_SECRET_KEY, 'base64'), 'secrets-at-rest');
    const report = await runConnectorSync({
      ctx: alpha.system('kb-sync'),
      deps: { secretsKey },
      connectorId: id,
    });
    expect(report).toMatchObject({ ok: true, created: 1 });

    const l1 = await signIn(server, (await alpha.member('l1')).email, TEST_PASSWORD);
    const found = await api(server, '/api/v1/kb/search', {
      method: 'POST',
      token: l1,
      body: { text: 'Outlook keeps prompting for the password' },
    });
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({
      noAnswer: false,
      passages: [expect.objectContaining({ title: 'Outlook keeps asking for a password' })],
    });
    const longClient = await api(server, '/api/v1/kb/search', {
      method: 'POST',
      token: l1,
      body: { text: 'Outlook keeps prompting for the password', companyId: 'C'.repeat(501) },
    });
    expect(longClient.status).toBe(400);
    expect(JSON.stringify(longClient.body)).toContain('the client name is too long (at most 500 characters)');
    const elsewhere = await api(server, '/api/v1/kb/search', {
      method: 'POST',
      token: otherAdmin,
      body: { text: 'Outlook password' },
    });
    expect(elsewhere.body).toMatchObject({ noAnswer: true, passages: [] });

    const listed = await api(server, '/api/v1/kb/connectors', { token: admin });
    expect(
      (listed.body.connectors as Array<{ id: string; status: unknown }>).find((c) => c.id === id)?.status,
    ).toMatchObject({
      state: 'idle',
      documentCount: 1,
      lastSuccessAt: expect.any(String),
    });
    const removed = await api(server, `/api/v1/kb/connectors/${id}`, { method: 'DELETE', token: admin });
    expect(removed.body).toEqual({ deleted: true, documentsRemoved: 1 });
    const after = await api(server, '/api/v1/kb/search', {
      method: 'POST',
      token: l1,
      body: { text: 'Outlook keeps prompting for the password' },
    });
    expect(after.body).toMatchObject({ noAnswer: true });
  });
});

describe('/api/v1/kb: editing connectors and the client list', () => {
  const issuesOf = (res: { body: Record<string, unknown> }) =>
    ((res.body.error as { details?: { issues?: Array<{ path: string; message: string }> } }).details
      ?.issues ?? []) as Array<{ path: string; message: string }>;

  it('refuses an empty key as required, and a name over 100 characters in words', async () => {
    const empty = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('Empty key', { apiKey: '' }),
    });
    expect(empty.status).toBe(422);
    expect(issuesOf(empty)).toContainEqual({ path: 'apiKey', message: 'the API key is required' });
    const long = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: huduBody('x'.repeat(101)),
    });
    expect(issuesOf(long)).toContainEqual({ path: 'name', message: 'at most 100 characters' });
  });

  it('PATCH refuses a non-numeric asset type on its entry and changes nothing; null puts a setting back to its default', async () => {
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: {
        kind: 'itglue',
        name: 'ITG edit',
        apiKey: 'ITG.abcdefghijkl',
        settings: { region: 'eu', flexibleAssetTypeIds: ['12'], mspOrganizationId: '7' },
      },
    });
    expect(created.status).toBe(201);
    const path = `/api/v1/kb/connectors/${created.body.id as string}`;
    const refused = await api(server, path, {
      method: 'PATCH',
      token: admin,
      body: { name: 'Renamed', settings: { flexibleAssetTypeIds: ['Runbook'] } },
    });
    expect(refused.status).toBe(422);
    expect(issuesOf(refused)).toEqual([
      { path: 'settings.flexibleAssetTypeIds.0', message: 'must be a numeric id' },
    ]);
    const unchanged = await api(server, path, { token: admin });
    expect(unchanged.body).toMatchObject({
      name: 'ITG edit',
      settings: { region: 'eu', flexibleAssetTypeIds: ['12'], mspOrganizationId: '7' },
    });

    const changed = await api(server, path, {
      method: 'PATCH',
      token: admin,
      body: {
        syncIntervalMinutes: 1440,
        settings: { mspOrganizationId: null, flexibleAssetTypeIds: ['12', '34'] },
      },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({
      syncIntervalMinutes: 1440,
      settings: { region: 'eu', flexibleAssetTypeIds: ['12', '34'] },
    });
    expect(changed.body.settings).not.toHaveProperty('mspOrganizationId');
  });

  it('keeps a Graph site id with its commas as one id, and refuses a site URL saying what to enter', async () => {
    const graph = (siteIds: string[]) => ({
      kind: 'graph',
      name: `SP ${siteIds.length} ${siteIds[0]?.slice(0, 12)}`,
      clientSecret: 'a-long-enough-secret',
      settings: {
        tenantId: '11111111-2222-3333-4444-555555555555',
        clientId: '66666666-7777-8888-9999-000000000000',
        siteIds,
      },
    });
    const siteId =
      'contoso.sharepoint.com,63713fa7-1111-2222-3333-444444444444,f4264af0-5555-6666-7777-888888888888';
    const ok = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: graph([siteId]),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.settings).toMatchObject({ siteIds: [siteId] });
    const before = (await api(server, '/api/v1/kb/connectors', { token: admin })).body
      .connectors as unknown[];
    const url = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: graph([siteId, 'https://contoso.sharepoint.com/sites/IT']),
    });
    expect(url.status).toBe(422);
    expect(issuesOf(url)).toEqual([
      {
        path: 'settings.siteIds.1',
        message: expect.stringMatching(
          /^is a URL, not a site id: the id looks like contoso\.sharepoint\.com,<guid>,<guid>/,
        ),
      },
    ]);
    expect((await api(server, '/api/v1/kb/connectors', { token: admin })).body.connectors).toHaveLength(
      before.length,
    );
  });

  it('lists the clients with indexed documentation to L1+, never another account’s', async () => {
    const { deriveKey } = await import('../../core/shared/crypto.ts');
    const secretsKey = deriveKey(Buffer.from(APP_SECRET_KEY, 'base64'), 'secrets-at-rest');
    const syncInto = async (account: TestAccount, token: string, source: HuduSimulator, name: string) => {
      const created = await api(server, '/api/v1/kb/connectors', {
        method: 'POST',
        token,
        body: { kind: 'hudu', name, apiKey: source.apiKey, settings: { baseUrl: source.url } },
      });
      expect(created.status).toBe(201);
      const report = await runConnectorSync({
        ctx: account.system('kb-sync'),
        deps: { secretsKey },
        connectorId: created.body.id as string,
      });
      expect(report.ok).toBe(true);
    };
    for (const name of ['Northwind Traders', 'Fabrikam Dental']) hudu.addCompany({ name });
    hudu.addArticle({
      name: 'Zebra ZD420 prints blank labels',
      content: '<p>Calibrate.</p>',
      company: 'Northwind Traders',
    });
    hudu.addArticle({
      name: 'Dentrix will not start',
      content: '<p>Restart the service.</p>',
      company: 'Fabrikam Dental',
    });
    await syncInto(alpha, admin, hudu, 'Client docs');
    // Another account, with its own Hudu and its own client.
    const bravoHudu = await startHuduSimulator();
    try {
      bravoHudu.addCompany({ name: 'Bravo Only Client' });
      bravoHudu.addArticle({
        name: 'Bravo printer',
        content: '<p>Reboot it.</p>',
        company: 'Bravo Only Client',
      });
      await syncInto(bravo, otherAdmin, bravoHudu, 'Bravo docs');
    } finally {
      await bravoHudu.close();
    }

    const l1 = await signIn(server, (await alpha.member('l1')).email, TEST_PASSWORD);
    const listed = await api(server, '/api/v1/kb/companies', { token: l1 });
    expect(listed.status).toBe(200);
    expect(listed.body.companies).toEqual([
      { name: 'Fabrikam Dental', documents: 1 },
      { name: 'Northwind Traders', documents: 1 },
    ]);
    const limited = await api(server, '/api/v1/kb/companies?limit=1', { token: l1 });
    expect(limited.body.companies).toEqual([{ name: 'Fabrikam Dental', documents: 1 }]);
    const bad = await api(server, '/api/v1/kb/companies?limit=abc', { token: l1 });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toContain('limit must be a number');
    const unknown = await api(server, '/api/v1/kb/companies?tenant=other', { token: l1 });
    expect(unknown.status).toBe(400);

    // Each account sees only its own clients.
    expect((await api(server, '/api/v1/kb/companies', { token: otherAdmin })).body).toEqual({
      companies: [{ name: 'Bravo Only Client', documents: 1 }],
    });
    const viewer = await signIn(server, (await alpha.member('viewer')).email, TEST_PASSWORD);
    expect((await api(server, '/api/v1/kb/companies', { token: viewer })).status).toBe(403);
  });
});
