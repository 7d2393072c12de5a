import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { demoFlowYaml, smallFlowYaml } from '../../test/flows.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseFlowDocument } from './document.ts';
import {
  diffGraphs,
  exportFlow,
  getFlow,
  importFlow,
  listFlows,
  publishFlow,
  retireFlow,
  startWalk,
  updateFlowDraft,
} from './index.ts';

describe('authoring flows: import, export, publish, retire', () => {
  let account: TestAccount;
  let engineer: TenantContext;
  let l1: TenantContext;
  let viewer: TenantContext;
  let outsider: TenantContext;

  beforeAll(async () => {
    const database = await testDatabase();
    account = await createTestAccount(database, 'Flows authoring');
    engineer = await account.member('engineer');
    l1 = await account.member('l1');
    viewer = await account.member('viewer');
    outsider = await (await createTestAccount(database, 'Other MSP')).member('engineer');
  });

  const count = async () => (await listFlows({ ctx: engineer })).length;

  it.each(['yaml', 'json'] as const)(
    'export → import → export round-trips to an identical graph (%s)',
    async (format) => {
      const first = await importFlow({
        ctx: engineer,
        input: { format: 'yaml', content: demoFlowYaml('outlook-password-prompt') },
      });
      const exported = await exportFlow({ ctx: engineer, flowId: first.id, format });
      expect(exported.filename).toBe(`outlook-keeps-asking-for-the-password.${format}`);
      const second = await importFlow({ ctx: engineer, input: { format, content: exported.content } });
      expect(second.draftGraph).toEqual(first.draftGraph);
      expect({ ...second, id: '', createdAt: null, updatedAt: null }).toMatchObject({
        title: first.title,
        symptoms: first.symptoms,
        tags: first.tags,
        clientName: first.clientName,
        description: first.description,
      });
      const again = await exportFlow({ ctx: engineer, flowId: second.id, format });
      expect(again.content).toBe(exported.content);
      expect(parseFlowDocument(again.content, format).graph).toEqual(
        parseFlowDocument(demoFlowYaml('outlook-password-prompt'), 'yaml').graph,
      );
    },
  );

  it('refuses bad files with a clear message and stores nothing', async () => {
    const before = await count();
    const cases: Array<[string, 'yaml' | 'json', RegExp]> = [
      ['title: [unclosed', 'yaml', /not valid YAML/],
      ['{"title": "x"', 'json', /not valid JSON/],
      ['title: Printer\nsymptoms: [x y]\n', 'yaml', /graph/],
      [smallFlowYaml().replace('next: fixed', 'next: fixd'), 'yaml', /step "clear", rule unknown_target/],
      [
        `${smallFlowYaml()}    - { id: lonely, kind: resolution, text: Never reached }\n`,
        'yaml',
        /step "lonely", rule unreachable/,
      ],
      [smallFlowYaml().replace('title: ', 'titel: '), 'yaml', /titel|title/],
    ];
    for (const [content, format, message] of cases) {
      await expect(importFlow({ ctx: engineer, input: { format, content } })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(message),
      });
    }
    await expect(importFlow({ ctx: engineer, input: { format: 'xml', content: 'x' } })).rejects.toMatchObject(
      {
        code: 'invalid_input',
      },
    );
    expect(await count()).toBe(before);
  });

  it('publishing freezes a version; editing the draft never changes it, and walks keep the version they started on', async () => {
    const flow = await importFlow({
      ctx: engineer,
      input: { format: 'yaml', content: smallFlowYaml('Frozen printer') },
    });
    expect(flow).toMatchObject({ status: 'draft', origin: 'authored', currentVersion: null });
    await expect(startWalk({ ctx: l1, flowId: flow.id })).rejects.toMatchObject({ code: 'conflict' });

    const v1 = await publishFlow({ ctx: engineer, flowId: flow.id, input: { note: 'first' } });
    expect(v1).toMatchObject({ status: 'published', currentVersion: 1 });
    const walkOnV1 = await startWalk({ ctx: l1, flowId: flow.id });
    expect(walkOnV1).toMatchObject({ version: 1, step: { id: 'power', text: 'Is the printer on?' } });

    const graph = structuredClone(flow.draftGraph);
    const power = graph.steps[0] as { text: string };
    power.text = 'Is the printer switched on and showing Ready?';
    await updateFlowDraft({ ctx: engineer, flowId: flow.id, input: { graph } });
    // The draft changed, the published version did not: a new walk still gets v1's words.
    expect((await startWalk({ ctx: l1, flowId: flow.id })).step.text).toBe('Is the printer on?');

    const v2 = await publishFlow({ ctx: engineer, flowId: flow.id, input: { note: 'clearer first step' } });
    expect(v2.currentVersion).toBe(2);
    expect((await startWalk({ ctx: l1, flowId: flow.id })).step.text).toBe(
      'Is the printer switched on and showing Ready?',
    );

    const detail = await getFlow({ ctx: viewer, flowId: flow.id });
    expect(detail.versions.map((v) => [v.version, v.note, v.usage.walks])).toEqual([
      [2, 'clearer first step', 1],
      [1, 'first', 2],
    ]);
    const [newer, older] = detail.versions;
    expect(diffGraphs(older!.graph, newer!.graph)).toEqual([
      expect.objectContaining({ stepId: 'power', change: 'changed' }),
    ]);
  });

  it('an invalid draft edit is refused with the step and rule, and the draft is unchanged', async () => {
    const flow = await importFlow({
      ctx: engineer,
      input: { format: 'yaml', content: smallFlowYaml('Edit guard') },
    });
    const graph = structuredClone(flow.draftGraph);
    graph.steps = graph.steps.filter((s) => s.id !== 'fixed');
    await expect(updateFlowDraft({ ctx: engineer, flowId: flow.id, input: { graph } })).rejects.toMatchObject(
      {
        code: 'invalid_input',
        message: expect.stringMatching(/step "clear", rule unknown_target/),
      },
    );
    expect((await getFlow({ ctx: engineer, flowId: flow.id })).draftGraph).toEqual(flow.draftGraph);
  });

  it('retired flows cannot be walked or edited; listing filters by status and search', async () => {
    const flow = await importFlow({
      ctx: engineer,
      input: { format: 'yaml', content: smallFlowYaml('Retire me please') },
    });
    await publishFlow({ ctx: engineer, flowId: flow.id });
    await retireFlow({ ctx: engineer, flowId: flow.id });
    await expect(startWalk({ ctx: l1, flowId: flow.id })).rejects.toMatchObject({ message: /retired/ });
    await expect(
      updateFlowDraft({ ctx: engineer, flowId: flow.id, input: { title: 'Back again' } }),
    ).rejects.toMatchObject({
      code: 'conflict',
    });
    const retired = await listFlows({ ctx: viewer, input: { status: 'retired', q: 'retire me' } });
    expect(retired.map((f) => f.id)).toEqual([flow.id]);
    expect((await listFlows({ ctx: viewer, input: { status: 'published', q: 'retire me' } })).length).toBe(0);
  });

  it('only engineers and up author; viewers read; another tenant gets 404', async () => {
    const input = { format: 'yaml', content: smallFlowYaml('Role gate') };
    await expect(importFlow({ ctx: l1, input })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(importFlow({ ctx: viewer, input })).rejects.toMatchObject({ code: 'forbidden' });
    const flow = await importFlow({ ctx: engineer, input });
    await expect(publishFlow({ ctx: l1, flowId: flow.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(retireFlow({ ctx: viewer, flowId: flow.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getFlow({ ctx: viewer, flowId: flow.id })).title).toBe('Role gate');
    // Thunks, so each call starts only when awaited: a rejection created early and awaited late is
    // reported by Node as unhandled and fails the run.
    for (const call of [
      () => getFlow({ ctx: outsider, flowId: flow.id }),
      () => publishFlow({ ctx: outsider, flowId: flow.id }),
      () => updateFlowDraft({ ctx: outsider, flowId: flow.id, input: { title: 'Mine now' } }),
      () => exportFlow({ ctx: outsider, flowId: flow.id, format: 'yaml' }),
      () => startWalk({ ctx: outsider, flowId: flow.id }),
    ]) {
      await expect(call()).rejects.toMatchObject({ code: 'not_found' });
    }
    expect((await listFlows({ ctx: outsider })).map((f) => f.id)).not.toContain(flow.id);
    expect((await getFlow({ ctx: engineer, flowId: flow.id })).status).toBe('draft');
  });
});
