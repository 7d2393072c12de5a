import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adaptiveCardProblems, findAll } from '../../cards/test-support.ts';
import { createConnectWiseProvider } from '../../core/psa/connectwise/index.ts';
import { configurePsa, type PsaDeps } from '../../core/psa/index.ts';
import { listQueue } from '../../core/tickets/index.ts';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import { taskFetch, taskSubmit } from '../../sim/teams/index.ts';
import { connectWiseSettings } from '../../test/connectwise.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { type TeamsWorld, teamsWorld } from './teams-test-kit.ts';

interface TaskAnswer {
  task: { type: 'message' | 'continue'; value: string | { card: { content: unknown } } };
}

const dialogOf = (body: unknown) => {
  const { task } = body as TaskAnswer;
  if (typeof task.value === 'string') throw new Error(`expected a dialog, got "${task.value}"`);
  return task.value.card.content;
};

describe('Teams walk-in dialog with ConnectWise connected (simulators)', () => {
  let w: TeamsWorld;
  let sim: ConnectWiseSimulator;

  beforeAll(async () => {
    sim = await startConnectWiseSimulator();
    sim.addCompany({ identifier: 'Globex', name: 'Globex Inc' });
    const psa: PsaDeps = {
      sealingKey: Buffer.alloc(32, 5),
      connectWise: (config) => createConnectWiseProvider({ ...config, timeoutMs: 2_000 }),
    };
    w = await teamsWorld({}, { diagnosis: { ...offlineDiagnosis(), psa } });
    await configurePsa({
      ctx: w.account.owner,
      deps: psa,
      input: connectWiseSettings(sim),
    });
  });
  afterAll(async () => {
    await w.close();
    await sim.close();
  });

  const invoke = (build: typeof taskFetch, data: Record<string, unknown>) =>
    w.send(build({ serviceUrl: w.connector.url, tenantId: w.tenantId, from: w.l1.teams, data }));

  it("offers the PSA's companies, refuses a company it does not know, and logs the walk-in for the PSA", async () => {
    const dialog = dialogOf((await invoke(taskFetch, { verb: 'walkin.open' })).body);
    expect(adaptiveCardProblems(dialog)).toEqual([]);
    const picker = findAll(dialog, 'Input.ChoiceSet').find((i) => i.id === 'client');
    expect(picker?.style).toBe('compact');
    const choices = (picker?.choices ?? []) as Array<{ title: string; value: string }>;
    const globex = choices.find((c) => c.title === 'Globex Inc');
    if (!globex) throw new Error('Globex is not offered');
    const typed = {
      verb: 'walkin.submit',
      contactName: 'Pat Doe',
      contactEmail: '',
      summary: 'Badge reader offline at the front door',
      details: '',
      priority: 'urgent',
    };

    const refused = dialogOf((await invoke(taskSubmit, { ...typed, client: 'not-a-company-id' })).body);
    expect(JSON.stringify(refused)).toContain('Client company: pick the client from the PSA companies');
    expect((await listQueue({ ctx: w.admin })).counts.all).toBe(0);

    const done = (await invoke(taskSubmit, { ...typed, client: globex.value })).body as TaskAnswer;
    expect(done.task).toEqual({
      type: 'message',
      value:
        'Logged "Badge reader offline at the front door" for Globex Inc. It is in the L1 queue and is being created in the PSA.',
    });
    const [ticket] = (await listQueue({ ctx: w.admin })).tickets;
    expect(ticket).toMatchObject({ client: 'Globex Inc', priority: 'urgent', psaPending: true });
  });
});
