import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { demoFlowYaml } from '../../test/flows.ts';
import { previewNote } from '../notes/index.ts';
import { createSession, getSession } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  addWalkNote,
  answerStep,
  escalateWalk,
  finishWalk,
  getWalk,
  importFlow,
  listFlows,
  publishFlow,
  startWalk,
  stepBack,
  type WalkView,
} from './index.ts';

describe('walking a flow', () => {
  let account: TestAccount;
  let engineer: TenantContext;
  let l1: TenantContext;
  let viewer: TenantContext;
  let outsider: TenantContext;
  let flowId: string;

  beforeAll(async () => {
    const database = await testDatabase();
    account = await createTestAccount(database, 'Walks');
    engineer = await account.member('engineer');
    l1 = await account.member('l1');
    viewer = await account.member('viewer');
    outsider = await (await createTestAccount(database, 'Other MSP')).member('l1');
    const flow = await importFlow({
      ctx: engineer,
      input: { format: 'yaml', content: demoFlowYaml('printer-offline') },
    });
    await publishFlow({ ctx: engineer, flowId: flow.id });
    flowId = flow.id;
  });

  const session = () =>
    createSession({ ctx: l1, input: { problemSummary: 'Printer in accounts shows offline' } });
  const answer = (w: WalkView, text: string, note?: string) =>
    answerStep({
      ctx: l1,
      walkId: w.walkId,
      input: { stateVersion: w.stateVersion, stepId: w.step.id, answer: text, ...(note ? { note } : {}) },
    });

  it('each answer becomes a fact on the session with the step it came from; back and notes work', async () => {
    const s = await session();
    let walk = await startWalk({ ctx: l1, flowId, sessionId: s.id });
    expect(walk).toMatchObject({
      step: { id: 'power', kind: 'check', expected: expect.stringContaining('Ready') },
      answers: ['Yes', 'No'],
      canGoBack: false,
      stateVersion: 0,
      draftWarning: null,
    });
    walk = await answer(walk, 'Yes');
    expect(walk).toMatchObject({ step: { id: 'others-print' }, canGoBack: true, stateVersion: 1 });
    walk = await answer(walk, 'Yes, only this PC fails', 'Only the PC in room 4');
    expect(walk.step.id).toBe('clear-queue');

    walk = await stepBack({ ctx: l1, walkId: walk.walkId, input: { stateVersion: walk.stateVersion } });
    expect(walk.step.id).toBe('others-print');
    expect(walk.path.map((p) => p.stepId)).toEqual(['power']);

    walk = await addWalkNote({
      ctx: l1,
      walkId: walk.walkId,
      input: { stateVersion: walk.stateVersion, note: 'Caller is on the 2nd floor' },
    });
    expect(walk.step.id).toBe('others-print');

    const facts = (await getSession({ ctx: l1, sessionId: s.id })).facts.map((f) => [f.text, f.source]);
    expect(facts).toEqual(
      expect.arrayContaining([
        ["Ask the caller to look at the printer's own screen — Yes", 'flow_step'],
        [
          'Can colleagues print to the same printer — Yes, only this PC fails (Only the PC in room 4)',
          'flow_step',
        ],
        ['Caller is on the 2nd floor', 'engineer_note'],
      ]),
    );
  });

  it('a stale press (old state version) or a wrong step is refused and changes nothing', async () => {
    const s = await session();
    const first = await startWalk({ ctx: l1, flowId, sessionId: s.id });
    const moved = await answer(first, 'Yes');
    await expect(answer(first, 'No')).rejects.toMatchObject({ code: 'conflict', message: /out of date/ });
    await expect(
      answerStep({
        ctx: l1,
        walkId: moved.walkId,
        input: { stateVersion: moved.stateVersion, stepId: 'power', answer: 'No' },
      }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      answerStep({
        ctx: l1,
        walkId: moved.walkId,
        input: { stateVersion: moved.stateVersion, stepId: moved.step.id, answer: 'Maybe' },
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: /not an answer/ });
    await expect(
      stepBack({ ctx: l1, walkId: first.walkId, input: { stateVersion: 0 } }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const now = await getWalk({ ctx: l1, walkId: first.walkId });
    expect(now).toMatchObject({ stateVersion: 1, step: { id: 'others-print' } });
    expect(now.path).toHaveLength(1);
    expect((await getSession({ ctx: l1, sessionId: s.id })).facts).toHaveLength(1);
  });

  it('viewers cannot walk (403); another tenant sees 404 for the flow and the walk', async () => {
    await expect(startWalk({ ctx: viewer, flowId })).rejects.toMatchObject({ code: 'forbidden' });
    const walk = await startWalk({ ctx: l1, flowId });
    await expect(
      answerStep({
        ctx: viewer,
        walkId: walk.walkId,
        input: { stateVersion: 0, stepId: 'power', answer: 'Yes' },
      }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect((await getWalk({ ctx: viewer, walkId: walk.walkId })).stateVersion).toBe(0);
    await expect(startWalk({ ctx: outsider, flowId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getWalk({ ctx: outsider, walkId: walk.walkId })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      answerStep({
        ctx: outsider,
        walkId: walk.walkId,
        input: { stateVersion: 0, stepId: 'power', answer: 'Yes' },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(startWalk({ ctx: l1, flowId, sessionId: crypto.randomUUID() })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await getWalk({ ctx: l1, walkId: walk.walkId })).stateVersion).toBe(0);
  });

  it('reaching the fix and confirming it worked records the outcome, and the resolution note carries the walked path', async () => {
    const s = await session();
    let walk = await startWalk({ ctx: l1, flowId, sessionId: s.id });
    for (const a of ['Yes', 'Yes, only this PC fails', 'Done', 'Yes, it printed'])
      walk = await answer(walk, a);
    expect(walk).toMatchObject({
      step: { id: 'fixed', kind: 'resolution' },
      awaitingOutcome: true,
      answers: [],
    });
    expect((await getSession({ ctx: l1, sessionId: s.id })).activeFix).toMatchObject({ status: 'proposed' });

    walk = await finishWalk({
      ctx: l1,
      walkId: walk.walkId,
      input: { stateVersion: walk.stateVersion, outcome: 'worked' },
    });
    expect(walk).toMatchObject({
      status: 'resolved',
      outcome: 'worked',
      summary: 'Resolved: the fix worked',
    });
    expect(walk.path.map((p) => [p.stepId, p.answer])).toEqual([
      ['power', 'Yes'],
      ['others-print', 'Yes, only this PC fails'],
      ['clear-queue', 'Done'],
      ['test-page', 'Yes, it printed'],
      ['fixed', 'worked'],
    ]);
    const view = await getSession({ ctx: l1, sessionId: s.id });
    expect(view.activeFix).toMatchObject({
      status: 'applied_success',
      title: 'Cleared the stuck print queue and restarted the Print Spooler; printing works.',
    });

    const note = await previewNote({
      ctx: l1,
      deps: offlineDiagnosis(),
      sessionId: s.id,
      kind: 'resolution',
    });
    expect(note.text).toContain("Ask the caller to look at the printer's own screen — Yes");
    expect(note.text).toContain('Can colleagues print to the same printer — Yes, only this PC fails');
    expect(note.text).toContain('Print a test page. Did it come out — Yes, it printed');
    expect(note.text).toContain('Deleted the stuck jobs in the spool folder.');

    await expect(
      finishWalk({
        ctx: l1,
        walkId: walk.walkId,
        input: { stateVersion: walk.stateVersion, outcome: 'failed' },
      }),
    ).rejects.toMatchObject({ code: 'conflict', message: /finished/ });
    const [listed] = await listFlows({ ctx: viewer, input: { q: 'Printer shows offline' } });
    expect(listed?.usage.worked).toBeGreaterThanOrEqual(1);
  });

  it('an outcome is refused before the fix step is reached', async () => {
    const walk = await startWalk({ ctx: l1, flowId });
    await expect(
      finishWalk({ ctx: l1, walkId: walk.walkId, input: { stateVersion: 0, outcome: 'worked' } }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: /not reached a fix/,
    });
  });

  it('an escalate step ends the walk escalated with every step and answer in the package', async () => {
    const s = await session();
    const deps = offlineDiagnosis();
    // A package previewed before the walk is cached per session version; the walk's answers must miss it.
    const before = await previewNote({ ctx: l1, deps, sessionId: s.id, kind: 'escalation' });
    let walk = await startWalk({ ctx: l1, flowId, sessionId: s.id });
    for (const a of ['Yes', 'No, nobody can print', 'No']) walk = await answer(walk, a);
    expect(walk).toMatchObject({
      status: 'escalated',
      step: { id: 'escalate-network', kind: 'escalate' },
      answers: [],
    });
    expect(walk.path.map((p) => p.stepId)).toEqual([
      'power',
      'others-print',
      'ping-printer',
      'escalate-network',
    ]);
    const pkg = await previewNote({ ctx: l1, deps, sessionId: s.id, kind: 'escalation' });
    expect(pkg.fromCache).toBe(false);
    expect(pkg.stateVersion).toBeGreaterThan(before.stateVersion);
    expect(pkg.text).toContain('Can colleagues print to the same printer — No, nobody can print');
    expect(pkg.text).toContain("From your tools, ping the printer's IP address — No");
    expect(pkg.text).toContain(
      'Escalated from the flow "Printer shows offline or nothing prints": Printer unreachable from the network',
    );
  });

  it('"I\'m stuck" escalates mid-walk, and after a fix that failed escalating is the way on', async () => {
    const s = await session();
    let walk = await startWalk({ ctx: l1, flowId, sessionId: s.id });
    walk = await answer(walk, 'Yes');
    walk = await escalateWalk({
      ctx: l1,
      walkId: walk.walkId,
      input: { stateVersion: walk.stateVersion, reason: 'Caller had to leave' },
    });
    expect(walk).toMatchObject({
      status: 'escalated',
      summary: 'Escalated to an engineer with the walked path',
    });
    expect(walk.path.map((p) => p.stepId)).toEqual(['power', 'others-print']);
    await expect(
      escalateWalk({
        ctx: l1,
        walkId: walk.walkId,
        input: { stateVersion: walk.stateVersion, reason: 'Again please' },
      }),
    ).rejects.toMatchObject({ code: 'conflict' });

    let failed = await startWalk({ ctx: l1, flowId, sessionId: (await session()).id });
    for (const a of ['Yes', 'Yes, only this PC fails', 'Done', 'Yes, it printed'])
      failed = await answer(failed, a);
    failed = await finishWalk({
      ctx: l1,
      walkId: failed.walkId,
      input: { stateVersion: failed.stateVersion, outcome: 'failed' },
    });
    expect(failed).toMatchObject({ status: 'abandoned', outcome: 'failed', canEscalate: true });
    failed = await escalateWalk({
      ctx: l1,
      walkId: failed.walkId,
      input: { stateVersion: failed.stateVersion, reason: 'Queue fills again' },
    });
    expect(failed.status).toBe('escalated');
  });
});
