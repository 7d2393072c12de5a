import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, TEST_PASSWORD } from '../../test/factories.ts';
import { demoFlowYaml, smallFlowYaml } from '../../test/flows.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

interface Walk {
  walkId: string;
  stateVersion: number;
  status: string;
  step: { id: string; kind: string };
  answers: string[];
  path: Array<{ stepId: string; answer?: string }>;
}

describe('/api/v1/flows and /api/v1/walks over HTTP', () => {
  let server: RunningServer;
  let engineer: string;
  let l1: string;
  let viewer: string;
  let outsider: string;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database, {}, { diagnosis: offlineDiagnosis() });
    const account = await createTestAccount(database, 'Flows API');
    const other = await createTestAccount(database, 'Other MSP');
    const token = async (ctx: Promise<{ email: string }>) => signIn(server, (await ctx).email, TEST_PASSWORD);
    engineer = await token(account.member('engineer'));
    l1 = await token(account.member('l1'));
    viewer = await token(account.member('viewer'));
    outsider = await token(other.member('engineer'));
  });
  afterAll(() => server.stop());

  const post = (path: string, token: string, body: unknown = {}) =>
    api(server, `/api/v1${path}`, { method: 'POST', token, body });
  const get = (path: string, token: string) => api(server, `/api/v1${path}`, { token });
  const flowCount = async () => ((await get('/flows', engineer)).body.flows as unknown[]).length;

  async function importPublished(content: string) {
    const imported = await post('/flows/import', engineer, { format: 'yaml', content });
    expect(imported.status).toBe(201);
    const id = imported.body.id as string;
    expect((await post(`/flows/${id}/publish`, engineer, { note: 'v1' })).status).toBe(200);
    return id;
  }

  it('engineers author: import, publish, edit as YAML, diff versions, export as a download', async () => {
    const id = await importPublished(demoFlowYaml('printer-offline'));
    const exported = await api(server, `/api/v1/flows/${id}/export?format=yaml`, { token: engineer });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename=printer-shows-offline-or-nothing-prints.yaml',
    );
    expect(exported.headers.get('content-type')).toMatch(/^application\/yaml/);
    const edited = exported.text.replace(
      'Print a test page. Did it come out?',
      'Print a test page. Did it print?',
    );
    const patched = await api(server, `/api/v1/flows/${id}`, {
      method: 'PATCH',
      token: engineer,
      body: { format: 'yaml', content: edited },
    });
    expect(patched.status).toBe(200);
    expect((await post(`/flows/${id}/publish`, engineer, { note: 'clearer' })).status).toBe(200);
    const detail = await get(`/flows/${id}?from=1&to=2`, viewer);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      status: 'published',
      currentVersion: 2,
      diff: { from: 1, to: 2, changes: [{ stepId: 'test-page', change: 'changed' }] },
    });
    expect((detail.body.versions as unknown[]).length).toBe(2);
    const json = await api(server, `/api/v1/flows/${id}/export?format=json`, { token: viewer });
    expect(JSON.parse(json.text)).toMatchObject({
      schemaVersion: 1,
      title: 'Printer shows offline or nothing prints',
    });
    expect((await get('/flows/schema', viewer)).body).toMatchObject({
      title: 'ResolutionFlow troubleshooting flow',
    });
  });

  it('bad input is a 400 naming the problem, and nothing changes', async () => {
    const before = await flowCount();
    const bad = await post('/flows/import', engineer, {
      format: 'yaml',
      content: smallFlowYaml().replace('next: fixed', 'next: nowhere'),
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/step "clear", rule unknown_target/);
    expect((await post('/flows/import', engineer, { format: 'pdf', content: 'x' })).status).toBe(400);
    expect((await post('/flows/import', engineer, [])).status).toBe(400);
    expect(await flowCount()).toBe(before);

    const id = await importPublished(smallFlowYaml('Edit refused'));
    const broken = await api(server, `/api/v1/flows/${id}`, {
      method: 'PATCH',
      token: engineer,
      body: {
        format: 'yaml',
        content: `${smallFlowYaml('Edit refused')}    - { id: spare, kind: resolution, text: Spare }\n`,
      },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.error?.message).toMatch(/step "spare", rule unreachable/);
    const empty = await api(server, `/api/v1/flows/${id}`, { method: 'PATCH', token: engineer, body: {} });
    expect(empty.status).toBe(400);
    expect(empty.body.error?.message).toMatch(/nothing to change/);
    expect((await api(server, `/api/v1/flows/${id}/export?format=xml`, { token: engineer })).status).toBe(
      400,
    );
    expect((await get(`/flows/${id}?from=0&to=1`, engineer)).status).toBe(400);
    expect((await get(`/flows/${id}?from=1&to=9`, engineer)).status).toBe(404);
    const detail = await get(`/flows/${id}`, engineer);
    expect((detail.body.draftGraph as { steps: unknown[] }).steps).toHaveLength(5);

    const walk = (await post(`/flows/${id}/walks`, l1)).body as unknown as Walk;
    expect((await post(`/walks/${walk.walkId}/answer`, l1, { stepId: 'power', answer: 'Yes' })).status).toBe(
      400,
    );
    expect(
      (
        await post(`/walks/${walk.walkId}/answer`, l1, {
          stateVersion: 0,
          stepId: 'power',
          answer: 'Perhaps',
        })
      ).status,
    ).toBe(409);
    expect(((await get(`/walks/${walk.walkId}`, l1)).body as unknown as Walk).stateVersion).toBe(0);
  });

  it('role gates: viewers read only, L1 match and walk but do not author, engineers review drafts', async () => {
    const id = await importPublished(smallFlowYaml('Gate check'));
    expect((await get('/flows', viewer)).status).toBe(200);
    expect((await get(`/flows/${id}`, viewer)).status).toBe(200);
    for (const [path, token] of [
      ['/flows/import', viewer],
      ['/flows/import', l1],
      [`/flows/${id}/publish`, l1],
      [`/flows/${id}/retire`, l1],
      [`/flows/${id}/walks`, viewer],
      ['/flows/match', viewer],
    ] as const) {
      const body =
        path === '/flows/import'
          ? { format: 'yaml', content: smallFlowYaml() }
          : { summary: 'Printer offline' };
      const res = await post(
        path,
        token,
        path.endsWith('/walks') || path.endsWith('/publish') || path.endsWith('/retire') ? {} : body,
      );
      expect([path, res.status]).toEqual([path, 403]);
    }
    expect((await get(`/flows/${id}`, engineer)).body.status).toBe('published');

    const matched = await post('/flows/match', l1, {
      summary: 'C: drive is full, low disk space',
      client: null,
    });
    expect(matched.status).toBe(200);
    expect(matched.body).toMatchObject({ rule: 'kb_build', flow: { origin: 'kb_build', status: 'draft' } });
    const draftId = (matched.body.flow as { id: string }).id;
    expect((await post(`/flows/${draftId}/review`, l1, { decision: 'accept' })).status).toBe(403);
    expect((await post(`/flows/${draftId}/review`, engineer, { decision: 'maybe' })).status).toBe(400);
    const accepted = await post(`/flows/${draftId}/review`, engineer, { decision: 'accept' });
    expect(accepted.body).toMatchObject({ status: 'published', currentVersion: 2 });
  });

  it('an L1 walks to resolution; the session records the match and the fix outcome', async () => {
    await importPublished(demoFlowYaml('mailbox-full'));
    const session = await post('/sessions', l1, { problemSummary: 'Mailbox full' });
    const match = await post('/flows/match', l1, {
      summary: "Mailbox is full and I can't send emails",
      client: null,
      sessionId: session.body.id,
    });
    expect(match.body.rule).toBe('authored');
    const flowId = (match.body.flow as { id: string }).id;
    let walk = (await post(`/flows/${flowId}/walks`, l1, { sessionId: session.body.id }))
      .body as unknown as Walk;
    for (const answer of ['Yes', 'Yes', 'Done', 'Yes']) {
      const res = await post(`/walks/${walk.walkId}/answer`, l1, {
        stateVersion: walk.stateVersion,
        stepId: walk.step.id,
        answer,
      });
      expect(res.status).toBe(200);
      walk = res.body as unknown as Walk;
    }
    expect(walk.step.kind).toBe('resolution');
    const stale = await post(`/walks/${walk.walkId}/back`, l1, { stateVersion: walk.stateVersion - 1 });
    expect(stale.status).toBe(409);
    const done = await post(`/walks/${walk.walkId}/finish`, l1, {
      stateVersion: walk.stateVersion,
      outcome: 'worked',
    });
    expect(done.body).toMatchObject({ status: 'resolved', outcome: 'worked' });

    const recorded = await get(`/sessions/${session.body.id}/flow-match`, viewer);
    expect(recorded.body.match).toMatchObject({ rule: 'authored', flowId });
    const view = await get(`/sessions/${session.body.id}`, l1);
    expect(view.body.activeFix).toMatchObject({ status: 'applied_success' });
    expect(
      (view.body.facts as Array<{ source: string }>).filter((f) => f.source === 'flow_step'),
    ).toHaveLength(4);
  });

  it("escalating a walk over the API escalates its session with the walked path, as chat's I'm stuck does", async () => {
    const flowId = await importPublished(smallFlowYaml('Escalated over the API'));
    const session = await post('/sessions', l1, { problemSummary: 'Stuck over the API' });
    const walk = (await post(`/flows/${flowId}/walks`, l1, { sessionId: session.body.id }))
      .body as unknown as Walk;
    const res = await post(`/walks/${walk.walkId}/escalate`, l1, {
      stateVersion: walk.stateVersion,
      reason: 'Screen stays black after the power check',
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('escalated');
    const view = await get(`/sessions/${session.body.id}`, l1);
    expect(view.body.status).toBe('escalated_local');
    const pkg = (view.body.notes as Array<{ kind: string; target: Record<string, string> | null }>).find(
      (n) => n.kind === 'escalation',
    );
    expect(pkg?.target?.note).toBe('Screen stays black after the power check');
  });

  it("another tenant's flow, walk and session are 404", async () => {
    const id = await importPublished(smallFlowYaml('Private flow'));
    const walk = (await post(`/flows/${id}/walks`, l1)).body as unknown as Walk;
    const session = await post('/sessions', l1, { problemSummary: 'Private session' });
    for (const res of [
      await get(`/flows/${id}`, outsider),
      await api(server, `/api/v1/flows/${id}/export`, { token: outsider }),
      await post(`/flows/${id}/publish`, outsider),
      await post(`/flows/${id}/walks`, outsider),
      await get(`/walks/${walk.walkId}`, outsider),
      await post(`/walks/${walk.walkId}/answer`, outsider, {
        stateVersion: 0,
        stepId: 'power',
        answer: 'Yes',
      }),
      await get(`/sessions/${session.body.id}/flow-match`, outsider),
      await post('/flows/match', outsider, { summary: 'Printer offline', sessionId: session.body.id }),
    ]) {
      expect(res.status).toBe(404);
    }
    expect(((await get(`/walks/${walk.walkId}`, l1)).body as unknown as Walk).stateVersion).toBe(0);
    expect(
      ((await get('/flows', outsider)).body.flows as Array<{ id: string }>).map((f) => f.id),
    ).not.toContain(id);
  });
});
