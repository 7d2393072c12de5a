import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

interface SessionBody {
  id: string;
  status: string;
  stateVersion: number;
  facts: Array<{ id: string; text: string; source: string }>;
  openItems: Array<{ id: string; kind: string; text: string }>;
  activeFix: { id: string; title: string; confidence: number; status: string } | null;
}

describe('/api/v1/sessions over HTTP with the offline engine', () => {
  let server: RunningServer;
  let account: TestAccount;
  let engineerToken: string;
  let viewerToken: string;
  let outsiderToken: string;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database, {}, { diagnosis: offlineDiagnosis() });
    account = await createTestAccount(database, 'Api');
    const engineer = await account.member('engineer');
    const viewer = await account.member('viewer');
    const outsider = await createTestAccount(database, 'Outsider');
    const outsiderEngineer = await outsider.member('engineer');
    engineerToken = await signIn(server, engineer.email, TEST_PASSWORD);
    viewerToken = await signIn(server, viewer.email, TEST_PASSWORD);
    outsiderToken = await signIn(server, outsiderEngineer.email, TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  const create = async (problemSummary: string) => {
    const res = await api(server, '/api/v1/sessions', {
      method: 'POST',
      token: engineerToken,
      body: { problemSummary },
    });
    expect(res.status).toBe(201);
    return res.body as unknown as SessionBody;
  };

  it('diagnoses from the knowledge base: checks, a suggested fix, facts, and the offline label', async () => {
    const session = await create('Outlook stuck on "Trying to connect" for one user');
    const res = await api(server, `/api/v1/sessions/${session.id}/turns`, {
      method: 'POST',
      token: engineerToken,
      body: {
        message: 'Outlook says Trying to connect since she changed her password yesterday. OWA works fine.',
      },
    });
    expect(res.status).toBe(200);
    const { session: after, reply } = res.body as unknown as {
      session: SessionBody;
      reply: { text: string; engine: string };
    };
    expect(reply.engine).toBe('offline');
    expect(reply.text).toMatch(/^Offline assistant/);
    expect(reply.text).toContain('Outlook');
    expect(after.activeFix?.title).toMatch(/Outlook profile|credentials/i);
    expect(after.openItems.filter((i) => i.kind === 'check').length).toBeGreaterThan(0);
    expect(after.facts.map((f) => f.text).join(' ')).toMatch(/OWA works/);
    expect(after.stateVersion).toBe(1);
  });

  it('streams the answer as server-sent events and then the result', async () => {
    const session = await create('Print spooler service keeps stopping on the office PC');
    const res = await fetch(`${server.url}/api/v1/sessions/${session.id}/turns`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${engineerToken}`,
        'content-type': 'application/json',
        accept: 'text/event-stream',
      },
      body: JSON.stringify({
        message: 'Jobs are stuck in the queue and the spooler stops again after a restart.',
      }),
    });
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await res.text();
    const events = text
      .trim()
      .split('\n\n')
      .map((frame) => ({
        event: /^event: (.+)$/m.exec(frame)?.[1],
        data: JSON.parse(/^data: (.+)$/m.exec(frame)?.[1] ?? 'null') as Record<string, unknown>,
      }));
    const deltas = events.filter((e) => e.event === 'delta');
    const result = events.at(-1);
    expect(deltas.length).toBeGreaterThan(1);
    expect(result?.event).toBe('result');
    if (!result) throw new Error('no events');
    const reply = (result.data as { reply: { text: string } }).reply.text;
    expect(deltas.map((d) => d.data.text).join('')).toBe(reply);
  });

  it('records outcomes and posts the resolution note through the API', async () => {
    const session = await create('Outlook stuck on "Trying to connect"');
    const turn = await api(server, `/api/v1/sessions/${session.id}/turns`, {
      method: 'POST',
      token: engineerToken,
      body: { message: 'Outlook stuck on trying to connect after a password change.' },
    });
    const fix = (turn.body as unknown as { session: SessionBody }).session.activeFix;
    expect(fix).not.toBeNull();
    const partial = await api(server, `/api/v1/sessions/${session.id}/fixes/${fix?.id}/outcome`, {
      method: 'POST',
      token: engineerToken,
      body: { outcome: 'applied_partial' },
    });
    expect(partial.status).toBe(422);
    expect(partial.body.error?.code).toBe('unprocessable');
    const worked = await api(server, `/api/v1/sessions/${session.id}/fixes/${fix?.id}/outcome`, {
      method: 'POST',
      token: engineerToken,
      body: { outcome: 'applied_success' },
    });
    expect(worked.status).toBe(200);
    const preview = await api(server, `/api/v1/sessions/${session.id}/resolution-note/preview`, {
      method: 'POST',
      token: engineerToken,
    });
    expect(preview.body).toMatchObject({ fromCache: false, engine: 'offline' });
    const again = await api(server, `/api/v1/sessions/${session.id}/resolution-note/preview`, {
      method: 'POST',
      token: engineerToken,
    });
    expect(again.body).toMatchObject({ fromCache: true });
    const posted = await api(server, `/api/v1/sessions/${session.id}/resolution-note/post`, {
      method: 'POST',
      token: engineerToken,
      body: {},
    });
    expect(posted.status).toBe(200);
    expect((posted.body as { session: SessionBody }).session.status).toBe('resolved_local');
    const twice = await api(server, `/api/v1/sessions/${session.id}/resolution-note/post`, {
      method: 'POST',
      token: engineerToken,
      body: {},
    });
    expect(twice.status).toBe(409);
  });

  it('lets a viewer read but not write, and hides the session from another account (404)', async () => {
    const session = await create('Mapped drive missing after password change');
    expect((await api(server, `/api/v1/sessions/${session.id}`, { token: viewerToken })).status).toBe(200);
    const viewerTurn = await api(server, `/api/v1/sessions/${session.id}/turns`, {
      method: 'POST',
      token: viewerToken,
      body: { message: 'hello' },
    });
    expect(viewerTurn.status).toBe(403);
    for (const [method, path, body] of [
      ['GET', '', undefined],
      ['GET', '/transcript', undefined],
      ['POST', '/turns', { message: 'hello' }],
      ['POST', '/facts', { text: 'sneaky' }],
      ['POST', '/resolution-note/preview', undefined],
    ] as const) {
      const res = await api(server, `/api/v1/sessions/${session.id}${path}`, {
        method,
        token: outsiderToken,
        body,
      });
      expect({ path, status: res.status, code: res.body.error?.code }).toEqual({
        path,
        status: 404,
        code: 'not_found',
      });
    }
    const list = await api(server, '/api/v1/sessions', { token: outsiderToken });
    expect((list.body as { sessions: Array<{ id: string }> }).sessions.map((s) => s.id)).not.toContain(
      session.id,
    );
    const transcript = await api(server, `/api/v1/sessions/${session.id}/transcript`, {
      token: engineerToken,
    });
    expect((transcript.body as { turns: unknown[] }).turns).toEqual([]);
  });

  it('answers bad input with field-level errors and creates nothing', async () => {
    const before = await api(server, '/api/v1/sessions?limit=100', { token: engineerToken });
    const bad = await api(server, '/api/v1/sessions', {
      method: 'POST',
      token: engineerToken,
      body: { problemSummary: '', channel: { kind: 'fax' } },
    });
    expect(bad.status).toBe(400);
    const paths = (
      bad.body.error as unknown as { details: { issues: Array<{ path: string }> } }
    ).details.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['problemSummary', 'channel.kind']));
    const after = await api(server, '/api/v1/sessions?limit=100', { token: engineerToken });
    expect((after.body as { sessions: unknown[] }).sessions).toHaveLength(
      (before.body as { sessions: unknown[] }).sessions.length,
    );
    const badId = await api(server, '/api/v1/sessions/12345/turns', {
      method: 'POST',
      token: engineerToken,
      body: { message: 'x' },
    });
    expect(badId.status).toBe(400);
    const badFilter = await api(server, '/api/v1/sessions?status=exploded', { token: engineerToken });
    expect(badFilter.status).toBe(400);
  });
});
