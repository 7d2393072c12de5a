import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AnthropicSimulator, startAnthropicSimulator } from '../../sim/anthropic/index.ts';
import { testDatabase } from '../../test/db.ts';
import { capturingLogger, offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { sessionWithScriptFix } from '../../test/scripts.ts';
import { postResolutionNote } from '../notes/index.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  createScriptExtractor,
  EXTRACT_TOOL_NAME,
  getScript,
  queueScriptDraft,
  renderTemplate,
  reviewScriptDraft,
  type ScriptExtractor,
  scriptDraftsForReview,
} from './index.ts';

const SCRIPT = [
  "Add-MailboxPermission -Identity 'shared-ap@northwind.example' -User 'jdoe@northwind.example' -AccessRights FullAccess",
  'Invoke-Command -ComputerName NW-LT-0042 -ScriptBlock { gpupdate /force }',
].join('\n');
const FACTS = ['User: jdoe@northwind.example', 'Device: NW-LT-0042'];
const PROBLEM = 'Jane cannot open the shared AP mailbox';

describe('drafting a template from a fix, and the review after resolve', () => {
  let sim: AnthropicSimulator;
  let extractor: ScriptExtractor;
  let account: TestAccount;
  let engineer: TenantContext;

  beforeAll(async () => {
    sim = await startAnthropicSimulator();
    extractor = createScriptExtractor({
      apiKey: 'sk-ant-test-extract-000000',
      baseURL: sim.url,
      model: 'claude-sonnet-5-5',
      budgetMs: 5_000,
      logger: capturingLogger().logger,
    });
    account = await createTestAccount(await testDatabase(), 'Drafts');
    engineer = await account.member('engineer');
  });
  beforeEach(() => sim.reset());
  afterAll(() => sim.close());

  const fixSession = () => sessionWithScriptFix(engineer, { problem: PROBLEM, script: SCRIPT, facts: FACTS });

  it("offline: the session's user and device become parameters by exact match, and render back to the original", async () => {
    const s = await fixSession();
    const draft = await queueScriptDraft({ ctx: engineer, deps: {}, input: s });
    expect(draft).toMatchObject({ method: 'offline', status: 'pending', language: 'powershell' });
    expect(draft.params.map((p) => [p.name, p.source])).toEqual([
      ['UserName', 'user'],
      ['ComputerName', 'device'],
    ]);
    expect(draft.body).toContain("-User '{{UserName}}'");
    expect(draft.body).toContain('-ComputerName {{ComputerName}} ');
    // The shared mailbox is not the session's user: it stays literal.
    expect(draft.body).toContain("-Identity 'shared-ap@northwind.example'");
    const rendered = renderTemplate(
      draft,
      { UserName: 'jdoe@northwind.example', ComputerName: 'NW-LT-0042' },
      {},
      {
        revealSecrets: false,
      },
    );
    expect(rendered.body).toBe(SCRIPT);
    // Pressing "templatize later" again returns the same draft.
    expect((await queueScriptDraft({ ctx: engineer, deps: {}, input: s })).id).toBe(draft.id);
  });

  it('with a model: a strict, forced tool call; a template that round-trips is kept', async () => {
    const s = await fixSession();
    sim.enqueue({
      kind: 'message',
      content: [
        {
          type: 'tool_use',
          name: EXTRACT_TOOL_NAME,
          input: {
            name: 'Grant full access to a shared mailbox',
            description: 'Gives a user Full Access to a shared mailbox and refreshes policy on their laptop.',
            category: 'Mail',
            tags: ['exchange', 'shared-mailbox'],
            body: SCRIPT.replace('shared-ap@northwind.example', '{{SharedMailbox}}')
              .replace('jdoe@northwind.example', '{{UserName}}')
              .replace('NW-LT-0042', '{{ComputerName}}'),
            parameters: [
              {
                name: 'SharedMailbox',
                type: 'string',
                description: 'The shared mailbox',
                required: true,
                original_value: 'shared-ap@northwind.example',
              },
              {
                name: 'UserName',
                type: 'string',
                description: 'Who gets access',
                required: true,
                original_value: 'jdoe@northwind.example',
              },
              {
                name: 'ComputerName',
                type: 'string',
                description: "The user's laptop",
                required: true,
                original_value: 'NW-LT-0042',
              },
            ],
          },
        },
      ],
    });
    const draft = await queueScriptDraft({ ctx: engineer, deps: { extractor }, input: s });
    expect(draft).toMatchObject({
      method: 'model',
      name: 'Grant full access to a shared mailbox',
      category: 'Mail',
    });
    expect(draft.params.map((p) => p.name)).toEqual(['SharedMailbox', 'UserName', 'ComputerName']);
    const body = sim.requests[0]?.body as Record<string, unknown>;
    expect(body.tool_choice).toEqual({ type: 'tool', name: EXTRACT_TOOL_NAME });
    expect(body.tools).toEqual([expect.objectContaining({ name: EXTRACT_TOOL_NAME, strict: true })]);
    expect(JSON.stringify(body.messages)).toContain('NW-LT-0042');
  });

  it.each([
    [
      'references an undeclared parameter',
      (b: string) => b.replace('NW-LT-0042', '{{Computer}}'),
      'NW-LT-0042',
    ],
    [
      'does not render back to the original',
      (b: string) => b.replace('NW-LT-0042', '{{ComputerName}}'),
      'NW-LT-9999',
    ],
  ])('with a model: a template that %s falls back to no parameters', async (_label, templated, original) => {
    const s = await fixSession();
    sim.enqueue({
      kind: 'message',
      content: [
        {
          type: 'tool_use',
          name: EXTRACT_TOOL_NAME,
          input: {
            name: 'Bad draft',
            description: 'x',
            category: 'Mail',
            tags: [],
            body: templated(SCRIPT),
            parameters: [
              {
                name: 'ComputerName',
                type: 'string',
                description: 'PC',
                required: true,
                original_value: original,
              },
            ],
          },
        },
      ],
    });
    const draft = await queueScriptDraft({ ctx: engineer, deps: { extractor }, input: s });
    expect(draft).toMatchObject({ method: 'fallback', params: [], body: SCRIPT, name: 'Run the fix script' });
  });

  it('with a model that is overloaded: falls back to the script as it ran', async () => {
    const s = await fixSession();
    sim.enqueue({ kind: 'error', status: 529 });
    const draft = await queueScriptDraft({ ctx: engineer, deps: { extractor }, input: s });
    expect(draft).toMatchObject({ method: 'fallback', params: [], body: SCRIPT });
  });

  it("refuses a fix without a script (422) and another tenant's fix (404)", async () => {
    const s = await fixSession();
    const other = await createTestAccount(await testDatabase(), 'Other drafts');
    await expect(queueScriptDraft({ ctx: other.owner, deps: {}, input: s })).rejects.toMatchObject({
      code: 'not_found',
    });
    const noScript = await sessionWithScriptFix(engineer, { problem: PROBLEM, script: ' ' });
    await expect(queueScriptDraft({ ctx: engineer, deps: {}, input: noScript })).rejects.toMatchObject({
      code: 'unprocessable',
    });
  });

  it('offers drafts only after resolve; accept with edits publishes with provenance; a second decision is 409', async () => {
    const s = await fixSession();
    const draft = await queueScriptDraft({ ctx: engineer, deps: {}, input: s });
    expect(await scriptDraftsForReview({ ctx: engineer, sessionId: s.sessionId })).toEqual([]);
    await postResolutionNote({ ctx: engineer, deps: offlineDiagnosis(), sessionId: s.sessionId, input: {} });
    expect((await scriptDraftsForReview({ ctx: engineer, sessionId: s.sessionId })).map((d) => d.id)).toEqual(
      [draft.id],
    );

    const l1 = await account.member('l1');
    await expect(
      reviewScriptDraft({ ctx: l1, draftId: draft.id, input: { decision: 'accept' } }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const other = await createTestAccount(await testDatabase(), 'Other review');
    await expect(
      reviewScriptDraft({ ctx: other.owner, draftId: draft.id, input: { decision: 'reject' } }),
    ).rejects.toMatchObject({ code: 'not_found' });

    const accepted = await reviewScriptDraft({
      ctx: engineer,
      draftId: draft.id,
      input: { decision: 'accept', edits: { name: 'Grant shared mailbox access', category: 'Mail' } },
    });
    expect(accepted.draft.status).toBe('accepted');
    const script = await getScript({ ctx: engineer, scriptId: accepted.script?.id });
    expect(script).toMatchObject({
      name: 'Grant shared mailbox access',
      status: 'published',
      currentVersion: 1,
      origin: 'from_fix',
      provenance: {
        sessionId: s.sessionId,
        problem: PROBLEM,
        fixTitle: 'Run the fix script',
        resolvedBy: 'engineer 1',
      },
    });
    await expect(
      reviewScriptDraft({ ctx: engineer, draftId: draft.id, input: { decision: 'reject' } }),
    ).rejects.toMatchObject({ code: 'conflict', message: 'This draft was already accepted.' });
    expect(await scriptDraftsForReview({ ctx: engineer, sessionId: s.sessionId })).toEqual([]);
  });

  it('refuses an accept whose edits break the schema (422) and leaves the draft pending', async () => {
    const s = await fixSession();
    const draft = await queueScriptDraft({ ctx: engineer, deps: {}, input: s });
    await expect(
      reviewScriptDraft({
        ctx: engineer,
        draftId: draft.id,
        input: { decision: 'accept', edits: { body: 'Get-Mailbox {{Who}}' } },
      }),
    ).rejects.toMatchObject({ code: 'unprocessable' });
    const again = await reviewScriptDraft({
      ctx: engineer,
      draftId: draft.id,
      input: { decision: 'reject' },
    });
    expect(again.draft.status).toBe('rejected');
    await expect(
      reviewScriptDraft({ ctx: engineer, draftId: draft.id, input: { decision: 'accept' } }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('"don\'t ask again" is kept in the person\'s preferences: no more offers for them, still for others', async () => {
    const me = await account.member('engineer');
    const colleague = await account.member('engineer');
    const first = await sessionWithScriptFix(me, { problem: PROBLEM, script: SCRIPT, facts: FACTS });
    const d1 = await queueScriptDraft({ ctx: me, deps: {}, input: first });
    await postResolutionNote({ ctx: me, deps: offlineDiagnosis(), sessionId: first.sessionId, input: {} });
    const never = await reviewScriptDraft({ ctx: me, draftId: d1.id, input: { decision: 'never' } });
    expect(never.draft.status).toBe('dismissed');

    const second = await sessionWithScriptFix(me, {
      problem: PROBLEM,
      script: `${SCRIPT}\n# again`,
      facts: FACTS,
    });
    await queueScriptDraft({ ctx: me, deps: {}, input: second });
    await postResolutionNote({ ctx: me, deps: offlineDiagnosis(), sessionId: second.sessionId, input: {} });
    expect(await scriptDraftsForReview({ ctx: me, sessionId: second.sessionId })).toEqual([]);
    expect(await scriptDraftsForReview({ ctx: colleague, sessionId: second.sessionId })).toHaveLength(1);
  });
});
