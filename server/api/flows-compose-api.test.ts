import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnthropicSimulator, startAnthropicSimulator } from '../../sim/anthropic/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD } from '../../test/factories.ts';
import { rerankCandidates } from '../../test/rerank-model.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

/**
 * The server as configured from the environment (no injected deps): with ANTHROPIC_API_KEY set,
 * POST /flows/match composes the KB build with the model; the simulator answers for it.
 */
describe('POST /api/v1/flows/match with a model configured', () => {
  let sim: AnthropicSimulator;
  let server: RunningServer;
  let l1: string;

  beforeAll(async () => {
    sim = await startAnthropicSimulator();
    const database = await testDatabase();
    server = await startTestServer(database, {
      ANTHROPIC_API_KEY: 'sk-ant-test-flows-compose-0000',
      ANTHROPIC_BASE_URL: sim.url,
      ANTHROPIC_MODEL: 'claude-compose-test',
      KB_RERANK: 'false',
      FLOW_COMPOSE_BUDGET_MS: '5000',
    });
    const account = await createTestAccount(database, 'Compose API');
    l1 = await signIn(server, (await account.member('l1')).email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
    await sim.close();
  });

  const match = (summary: string) =>
    api(server, '/api/v1/flows/match', { method: 'POST', token: l1, body: { summary, client: null } });

  it('stores the flow the assistant composed, citing the article; a 529 gives the offline build', async () => {
    sim.setDefaultReply(() => ({
      kind: 'message',
      content: [
        {
          type: 'tool_use',
          name: 'compose_flow',
          input: {
            title: 'Wi-Fi without internet',
            symptoms: ['no internet on wifi'],
            start: 'renew',
            steps: [
              { id: 'renew', kind: 'instruction', text: 'Run ipconfig /renew.', cites: 'P1', next: 'ok' },
              {
                id: 'ok',
                kind: 'check',
                text: 'Open a website.',
                expected: 'It loads',
                yes: 'fixed',
                no: 'up',
                cites: 'P1',
              },
              { id: 'fixed', kind: 'resolution', text: 'Lease renewed.', cites: 'P1' },
              { id: 'up', kind: 'escalate', text: 'Hand over.', reason: 'DHCP still failing.', cites: 'P1' },
            ],
          },
        },
      ],
    }));
    const composed = await match('Wi-Fi connected but no internet, 169.254 address');
    expect(composed.status).toBe(200);
    expect(sim.requests.map((r) => r.body?.model)).toEqual(['claude-compose-test']);
    const p1 = rerankCandidates(sim.requests[0] ?? { body: null }).get('P1');
    expect(p1).toMatch(/^Wi-Fi connected but "No internet"/);
    expect(composed.body).toMatchObject({
      rule: 'kb_build',
      flow: { origin: 'kb_build', status: 'draft', title: 'Wi-Fi without internet' },
    });
    expect(composed.body.reason).toMatch(
      /the assistant composed a draft from the articles? "Wi-Fi connected/,
    );
    const flowId = (composed.body.flow as { id: string }).id;
    const walk = await api(server, `/api/v1/flows/${flowId}/walks`, { method: 'POST', token: l1, body: {} });
    expect(walk.body).toMatchObject({
      step: { id: 'renew', text: 'Run ipconfig /renew.', source: { title: p1 } },
    });

    sim.reset();
    sim.enqueue({ kind: 'error', status: 529 });
    const offline = await match('C: drive is full, low disk space warning');
    expect(sim.requests).toHaveLength(1);
    expect(offline.body).toMatchObject({ rule: 'kb_build', flow: { origin: 'kb_build' } });
    expect(offline.body.reason).toMatch(/^No flow matches; built a draft from the article "C: drive full/);
  });
});
