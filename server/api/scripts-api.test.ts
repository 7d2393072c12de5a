import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../core/shared/context.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { sessionWithScriptFix } from '../../test/scripts.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const CLEAR_TEAMS_CACHE = {
  name: 'Clear the Teams cache',
  language: 'powershell',
  category: 'Maintenance',
  tags: ['teams'],
  body: 'Stop-Process -Name ms-teams -Force\nRemove-Item "C:\\Users\\{{UserName}}\\AppData\\Local\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache" -Recurse -Force',
  params: [{ name: 'UserName', type: 'string', pattern: '[A-Za-z0-9._-]+' }],
  publish: true,
};

describe('/api/v1/scripts and /api/v1/script-drafts over HTTP', () => {
  let server: RunningServer;
  let account: TestAccount;
  let engineerCtx: TenantContext;
  let engineer: string;
  let l1: string;
  let viewer: string;
  let outsider: string;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database, {}, { diagnosis: offlineDiagnosis() });
    account = await createTestAccount(database, 'Scripts API');
    const other = await createTestAccount(database, 'Other scripts API');
    const engineerMember = await account.member('engineer');
    engineerCtx = engineerMember;
    engineer = await signIn(server, engineerMember.email, TEST_PASSWORD);
    l1 = await signIn(server, (await account.member('l1')).email, TEST_PASSWORD);
    viewer = await signIn(server, (await account.member('viewer')).email, TEST_PASSWORD);
    outsider = await signIn(server, (await other.member('engineer')).email, TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  const post = (path: string, token: string, body: unknown = {}) =>
    api(server, `/api/v1${path}`, { method: 'POST', token, body });
  const get = (path: string, token: string) => api(server, `/api/v1${path}`, { token });

  it('answers the same Publish pressed several times at once with 200 or 409, never a 500', async () => {
    const created = await post('/scripts', engineer, {
      name: 'Race publish',
      language: 'bash',
      body: 'echo hi',
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const results = await Promise.all(
      Array.from({ length: 6 }, () => post(`/scripts/${id}/publish`, engineer)),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 409)).toBe(true);
    expect(statuses).toContain(200);
    for (const refused of results.filter((r) => r.status === 409)) {
      expect(refused.body.error).toMatchObject({
        code: 'conflict',
        message: expect.stringContaining('at the same moment'),
        details: { reason: 'concurrent_change' },
      });
    }
    // Each publish answered 200 made exactly one version; the refused ones made none.
    const detail = await get(`/scripts/${id}`, engineer);
    const versions = (detail.body.versions as Array<{ version: number }>).map((v) => v.version).sort();
    expect(versions).toEqual(
      Array.from({ length: statuses.filter((s) => s === 200).length }, (_, i) => i + 1),
    );
  });

  it('builds, renders for a session and records a run; the library shows usage and flags', async () => {
    const created = await post('/scripts', engineer, CLEAR_TEAMS_CACHE);
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    const s = await sessionWithScriptFix(engineerCtx, {
      problem: 'Teams shows a blank window',
      script: 'Get-Process ms-teams',
      facts: ['User: alex.w'],
    });
    const rendered = await post(`/scripts/${id}/render`, l1, { sessionId: s.sessionId });
    expect(rendered.status).toBe(200);
    expect(rendered.body).toMatchObject({ missing: [], ready: true, version: 1 });
    expect(rendered.body.body).toContain('C:\\Users\\alex.w\\AppData');
    expect((rendered.body.flags as Array<{ rule: string }>).map((f: { rule: string }) => f.rule)).toEqual([
      'recursive_delete',
    ]);
    expect((await post(`/scripts/${id}/uses`, l1, { sessionId: s.sessionId, applied: true })).status).toBe(
      201,
    );
    const library = await get('/scripts?q=teams', viewer);
    expect(library.body.scripts).toEqual([
      expect.objectContaining({
        id,
        destructive: true,
        usage: { uses: 1, applied: 1, sessions: 1, resolvedSessions: 0 },
      }),
    ]);
    expect(library.body.categories).toContain('Maintenance');
    const one = await get(`/scripts/${id}`, viewer);
    expect((one.body.recentUses as unknown[])[0]).toMatchObject({
      sessionId: s.sessionId,
      values: { UserName: 'alex.w' },
    });
  });

  it('previews an unsaved template for the builder, naming undeclared parameters', async () => {
    const preview = await post('/scripts/preview', viewer, {
      language: 'bash',
      body: 'rm -rf "/home/{{User}}/.cache" && echo {{Missing}}',
      params: [{ name: 'User', type: 'string' }],
      values: { User: 'sam' },
    });
    expect(preview.status).toBe(200);
    expect(preview.body.body).toBe('rm -rf "/home/sam/.cache" && echo {{Missing}}');
    expect(preview.body.schemaProblems).toEqual(['{{Missing}} is not a declared parameter']);
    expect((preview.body.flags as unknown[])[0]).toMatchObject({ rule: 'recursive_delete', line: 1 });
  });

  it('refuses bad input with field errors, the wrong role with 403 and another tenant with 404, changing nothing', async () => {
    const created = await post('/scripts', engineer, { ...CLEAR_TEAMS_CACHE, name: 'Tenant bound' });
    const id = created.body.id as string;
    const bad = await post('/scripts', engineer, { ...CLEAR_TEAMS_CACHE, language: 'python' });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/language must be powershell, bash or cmd/);
    expect((await post('/scripts', l1, CLEAR_TEAMS_CACHE)).status).toBe(403);
    const empty = await api(server, `/api/v1/scripts/${id}`, { method: 'PATCH', token: engineer, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.message).toMatch(/nothing to change/);
    expect((await post(`/scripts/${id}/retire`, viewer)).status).toBe(403);
    expect((await get(`/scripts/${id}`, outsider)).status).toBe(404);
    expect(
      (
        await api(server, `/api/v1/scripts/${id}`, {
          method: 'PATCH',
          token: outsider,
          body: { name: 'Mine now' },
        })
      ).status,
    ).toBe(404);
    expect((await get(`/scripts/${id}`, engineer)).body).toMatchObject({
      name: 'Tenant bound',
      status: 'published',
    });
  });

  it('queues a draft from a fix and reviews it once; the second decision is 409', async () => {
    const s = await sessionWithScriptFix(engineerCtx, {
      problem: 'OneDrive not syncing on NW-LT-0042',
      script:
        'Invoke-Command -ComputerName NW-LT-0042 -ScriptBlock { & "$env:LOCALAPPDATA\\Microsoft\\OneDrive\\onedrive.exe" /reset }',
    });
    const queued = await post('/script-drafts', engineer, s);
    expect(queued.status).toBe(201);
    expect(queued.body).toMatchObject({
      method: 'offline',
      params: [expect.objectContaining({ name: 'ComputerName' })],
    });
    expect((await get(`/script-drafts/${queued.body.id}`, outsider)).status).toBe(404);
    const accept = await post(`/script-drafts/${queued.body.id}/review`, engineer, {
      decision: 'accept',
      edits: { name: 'Reset OneDrive on a computer' },
    });
    expect(accept.status).toBe(200);
    expect(accept.body.script).toMatchObject({ name: 'Reset OneDrive on a computer', origin: 'from_fix' });
    const again = await post(`/script-drafts/${queued.body.id}/review`, engineer, { decision: 'reject' });
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toBe('This draft was already accepted.');
    expect((await get(`/sessions/${s.sessionId}/script-drafts`, outsider)).status).toBe(404);
  });
});
