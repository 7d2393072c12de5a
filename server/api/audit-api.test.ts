import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_TAGS, type AuditEntryView } from '../../core/audit/index.ts';
import type { Database } from '../../core/db/client.ts';
import { auditLogTable } from '../../core/db/schema/audit-log.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { createSession } from '../../core/sessions/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { smallFlowYaml } from '../../test/flows.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

type Page = { entries: AuditEntryView[]; nextBeforeId: number | null };

async function auditRowCount(database: Database, accountId: string): Promise<number> {
  return withSystemTransaction(
    database,
    'test read-back',
    async (tx) =>
      (
        await tx
          .select({ id: auditLogTable.id })
          .from(auditLogTable)
          .where(eq(auditLogTable.accountId, accountId))
      ).length,
  );
}

describe('GET /audit-log: readable entries', () => {
  let database: Database;
  let server: RunningServer;
  let alpha: TestAccount;
  let bravo: TestAccount;
  let adminToken: string;
  let engineerName: string;
  let sessionId: string;
  let bravoSessionId: string;
  const walkIn = { ticketId: '', sessionId: '' };

  beforeAll(async () => {
    database = await testDatabase();
    server = await startTestServer(database);
    alpha = await createTestAccount(database, 'Audit Alpha');
    bravo = await createTestAccount(database, 'Audit Bravo');
    const admin = await alpha.member('admin');
    const engineer = await alpha.member('engineer', { name: 'Erin Engineer' });
    engineerName = engineer.actor.kind === 'user' ? engineer.actor.name : '';
    adminToken = await signIn(server, admin.email, TEST_PASSWORD);
    sessionId = (
      await createSession({ ctx: engineer, input: { problemSummary: 'Printer offline on floor 2' } })
    ).id;
    const l1Token = await signIn(server, (await alpha.member('l1')).email, TEST_PASSWORD);
    const logged = await api(server, '/api/v1/tickets/walk-ins', {
      method: 'POST',
      token: l1Token,
      body: { contactName: 'Pat', client: 'Fabrikam', summary: 'Badge reader offline at reception' },
    });
    walkIn.ticketId = (logged.body as { ticket: { id: string } }).ticket.id;
    const started = await api(server, `/api/v1/tickets/${walkIn.ticketId}/start`, {
      method: 'POST',
      token: l1Token,
      body: {},
    });
    walkIn.sessionId = (started.body as { sessionId: string }).sessionId;
    const bravoEngineer = await bravo.member('engineer');
    bravoSessionId = (
      await createSession({ ctx: bravoEngineer, input: { problemSummary: 'Bravo secret problem' } })
    ).id;
    await signIn(server, bravoEngineer.email, TEST_PASSWORD);
    // An Alpha row that names a Bravo object: its name must not be looked up across tenants.
    await withSystemTransaction(database, 'test: a row pointing at another tenant', (tx) =>
      tx.insert(auditLogTable).values({
        accountId: alpha.accountId,
        actorLabel: 'system:test',
        action: 'session.ticket_linked',
        targetType: 'session',
        targetId: bravoSessionId,
      }),
    );
  });
  afterAll(async () => {
    await server.stop();
  });

  const get = (query: string, token = adminToken) => api(server, `/api/v1/audit-log${query}`, { token });

  it('labels every entry in words and names its target, with a link where the admin web has a page', async () => {
    const res = await get('?limit=200');
    expect(res.status).toBe(200);
    const { entries } = res.body as unknown as Page;
    expect(entries.length).toBeGreaterThan(3);
    for (const e of entries) expect(e.label, e.action).not.toBe(e.action);

    const signedIn = entries.find((e) => e.action === 'auth.signed_in');
    expect(signedIn).toMatchObject({ label: 'Signed in', tags: ['security'] });

    const opened = entries.find((e) => e.action === 'session.created' && e.target?.id === sessionId);
    expect(opened).toMatchObject({
      label: 'Opened a diagnosis session',
      target: {
        type: 'session',
        id: sessionId,
        name: 'Printer offline on floor 2',
        link: { kind: 'session', id: sessionId },
      },
      tags: ['diagnosis'],
    });
    // A ticket reads as its summary (and PSA number), not a bare id; Start links it to its session.
    const logged = entries.find(
      (e) => e.action === 'ticket.walk_in_logged' && e.target?.id === walkIn.ticketId,
    );
    expect(logged?.target).toMatchObject({ type: 'ticket', name: 'Badge reader offline at reception' });
    const started = entries.find((e) => e.action === 'ticket.started' && e.target?.id === walkIn.ticketId);
    expect(started?.target).toMatchObject({
      name: 'Badge reader offline at reception',
      link: { kind: 'session', id: walkIn.sessionId },
    });
    const added = entries.find((e) => e.action === 'user.created' && e.target?.name === engineerName);
    expect(added?.target?.link).toEqual({ kind: 'user', id: added?.target?.id });
    expect(added?.label).toBe('Added a person');
  });

  it('names a flow and a script template by their titles, linked to their libraries', async () => {
    const engineer = await signIn(server, (await alpha.member('engineer')).email, TEST_PASSWORD);
    const flow = await api(server, '/api/v1/flows/import', {
      method: 'POST',
      token: engineer,
      body: { format: 'yaml', content: smallFlowYaml() },
    });
    expect(flow.status).toBe(201);
    const flowId = flow.body.id as string;
    const script = await api(server, '/api/v1/scripts', {
      method: 'POST',
      token: engineer,
      body: { name: 'Restart the print spooler', language: 'powershell', body: 'Restart-Service Spooler' },
    });
    expect(script.status).toBe(201);
    const scriptId = script.body.id as string;
    const { entries } = (await get('?limit=200')).body as unknown as Page;
    const about = (id: string) => entries.find((e) => e.target?.id === id)?.target;
    expect(about(flowId)).toEqual({
      type: 'flow',
      id: flowId,
      name: flow.body.title,
      gone: false,
      link: { kind: 'flow', id: flowId },
    });
    expect(about(scriptId)).toEqual({
      type: 'script',
      id: scriptId,
      name: 'Restart the print spooler',
      gone: false,
      link: { kind: 'script', id: scriptId },
    });
  });

  it('still names a knowledge connector after it is removed, marked as removed', async () => {
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: adminToken,
      body: {
        kind: 'hudu',
        name: 'Hudu runbooks (old tenant)',
        apiKey: 'hudu-test-key-123456',
        settings: { baseUrl: 'https://docs.example-msp.test' },
      },
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const live = (await get('?limit=200')).body as unknown as Page;
    expect(live.entries.find((e) => e.target?.id === id)?.target).toMatchObject({
      name: 'Hudu runbooks (old tenant)',
      gone: false,
    });
    expect(
      (await api(server, `/api/v1/kb/connectors/${id}`, { method: 'DELETE', token: adminToken })).status,
    ).toBe(200);
    const { entries } = (await get('?limit=200')).body as unknown as Page;
    const about = entries.filter((e) => e.target?.id === id);
    expect(about.map((e) => e.action).sort()).toEqual(['kb.connector_created', 'kb.connector_deleted']);
    for (const e of about)
      expect(e.target).toEqual({
        type: 'kb_connector',
        id,
        name: 'Hudu runbooks (old tenant)',
        gone: true,
        link: null,
      });
  });

  it("never shows another tenant's entries, nor names another tenant's objects", async () => {
    const { entries } = (await get('?limit=200')).body as unknown as Page;
    expect(JSON.stringify(entries)).not.toContain('Bravo secret problem');
    expect(entries.some((e) => e.target?.id === bravoSessionId && e.target.name !== null)).toBe(false);
    const foreign = entries.find((e) => e.target?.id === bravoSessionId);
    expect(foreign).toMatchObject({ target: { name: null, link: null } });
    const ids = new Set(entries.map((e) => e.id));
    const bravoOwn = await withSystemTransaction(database, 'test read-back', (tx) =>
      tx
        .select({ id: auditLogTable.id })
        .from(auditLogTable)
        .where(eq(auditLogTable.accountId, bravo.accountId)),
    );
    expect(bravoOwn.length).toBeGreaterThan(0);
    for (const row of bravoOwn) expect(ids.has(row.id)).toBe(false);
  });

  it('filters by tag: "security" finds the sign-ins and nothing untagged', async () => {
    const res = await get('?tag=security');
    expect(res.status).toBe(200);
    const { entries } = res.body as unknown as Page;
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.tags.includes('security'))).toBe(true);
    expect(entries.map((e) => e.action)).toContain('auth.signed_in');
    const diagnosis = (await get('?tag=diagnosis')).body as unknown as Page;
    expect(diagnosis.entries.map((e) => e.target?.id)).toContain(sessionId);
  });

  it('refuses unknown tags, actions and limits with a clear 400, and changes nothing', async () => {
    const before = await auditRowCount(database, alpha.accountId);
    for (const [query, field] of [
      ['?tag=securty', 'tag'],
      ['?action=user.role_changed', 'action'],
      ['?limit=0', 'limit'],
      ['?actorUserId=bob', 'actorUserId'],
    ] as const) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      expect(res.body.error?.code, query).toBe('invalid_input');
      expect(res.body.error?.message, query).toMatch(/^Invalid audit filter/);
      expect(JSON.stringify(res.body), query).toContain(field);
    }
    expect((await get('?tag=securty')).body.error?.message).toMatch(/security/);
    expect(await auditRowCount(database, alpha.accountId)).toBe(before);
  });

  it('lists every action with its label and tags for the filters, to admins only', async () => {
    const res = await api(server, '/api/v1/audit-log/actions', { token: adminToken });
    expect(res.status).toBe(200);
    const body = res.body as unknown as { actions: Array<{ action: string; label: string }>; tags: string[] };
    expect(body.actions.map((a) => a.action)).toEqual([...AUDIT_ACTIONS]);
    expect(body.tags).toEqual([...AUDIT_TAGS]);
    expect(body.actions.find((a) => a.action === 'auth.signed_in')?.label).toBe('Signed in');

    const engineer = await alpha.member('engineer');
    const token = await signIn(server, engineer.email, TEST_PASSWORD);
    expect((await api(server, '/api/v1/audit-log/actions', { token })).status).toBe(403);
    expect((await get('', token)).status).toBe(403);
  });
});
