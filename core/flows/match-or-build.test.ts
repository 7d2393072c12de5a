import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { getAccount, updateAccountSettings } from '../accounts/index.ts';
import { createDemoKnowledgeSource } from '../kb/demo/index.ts';
import { seedDemoArticles } from '../kb/demo/seed-demo-articles.ts';
import { createIndexedKnowledgeSource } from '../kb/index/indexed-knowledge.ts';
import { searchKnowledge } from '../kb/index/search.ts';
import { ACTIONABLE_SCORE, noKnowledge } from '../kb/knowledge.ts';
import { createSession } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { importDemoFlows } from './demo/seed-demo-flows.ts';
import {
  answerStep,
  finishWalk,
  getFlow,
  getSessionFlowMatch,
  type MatchDeps,
  matchOrBuildFlow,
  retireFlow,
  runFlowFlywheel,
  startWalk,
  type WalkView,
} from './index.ts';

describe('match-or-build', () => {
  let account: TestAccount;
  let engineer: TenantContext;
  let l1: TenantContext;
  let viewer: TenantContext;
  let outsider: TenantContext;
  let ids: Map<string, string>;
  const deps: MatchDeps = { knowledge: createDemoKnowledgeSource() };
  const match = (input: unknown, sessionId?: string) =>
    matchOrBuildFlow({ ctx: l1, deps, input, ...(sessionId ? { sessionId } : {}) });

  beforeAll(async () => {
    const database = await testDatabase();
    account = await createTestAccount(database, 'Matching');
    engineer = await account.member('engineer');
    l1 = await account.member('l1');
    viewer = await account.member('viewer');
    outsider = await (await createTestAccount(database, 'Other MSP')).member('l1');
    ids = await importDemoFlows(engineer);
  });

  it('picks the authored flow for its ticket, and records why on the session', async () => {
    const session = await createSession({ ctx: l1, input: { problemSummary: 'Outlook password prompts' } });
    const decision = await match(
      {
        summary: 'Outlook keeps asking for my password',
        details: 'Since she changed it on Monday',
        client: null,
      },
      session.id,
    );
    expect(decision).toMatchObject({
      rule: 'authored',
      flow: { id: ids.get('outlook-password-prompt') },
      reason: 'The authored flow "Outlook keeps asking for the password" matches this ticket.',
    });
    expect(decision.score).toBeGreaterThanOrEqual(0.4);
    expect(decision.candidates[0]).toMatchObject({ verdict: 'chosen (authored flow)' });
    const recorded = await getSessionFlowMatch({ ctx: viewer, sessionId: session.id });
    expect(recorded).toMatchObject({
      id: decision.matchId,
      rule: 'authored',
      flowId: ids.get('outlook-password-prompt'),
    });
    expect(recorded?.candidates.length).toBe(decision.candidates.length);
    await expect(getSessionFlowMatch({ ctx: outsider, sessionId: session.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      match({ summary: 'Outlook password prompt', client: null }, crypto.randomUUID()),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('a ticket that only shares how something fails with a flow is not matched to it', async () => {
    // "drops" is in the VPN flow's symptoms and "Wi-Fi" in one of its steps; the ticket is not about a VPN.
    const wifi = await match({ summary: 'Wi-Fi drops in the boardroom', client: null });
    expect(wifi.flow?.id).not.toBe(ids.get('vpn-drops'));
    expect(wifi.candidates.find((c) => c.flowId === ids.get('vpn-drops'))?.verdict).not.toMatch(/^chosen/);
    const vpn = await match({ summary: 'VPN keeps dropping every few minutes', client: null });
    expect(vpn).toMatchObject({ rule: 'authored', flow: { id: ids.get('vpn-drops') } });
  });

  it("a client-scoped flow matches only that client's tickets", async () => {
    const ticket = {
      summary: 'Ricoh copier cannot scan to folder',
      details: 'Scan to folder fails on the copier',
    };
    const forFabrikam = await match({ ...ticket, client: 'Fabrikam Ltd.' });
    expect(forFabrikam).toMatchObject({ rule: 'authored', flow: { id: ids.get('fabrikam-scan-to-folder') } });
    for (const client of ['Northwind Traders', null]) {
      const other = await match({ ...ticket, client });
      expect(other.flow?.id).not.toBe(ids.get('fabrikam-scan-to-folder'));
      expect(other.candidates.map((c) => c.flowId)).not.toContain(ids.get('fabrikam-scan-to-folder'));
      expect(other.rule).not.toBe('authored');
    }
  });

  it('with no authored match, builds a draft from the knowledge base that can be walked at once', async () => {
    const decision = await match({ summary: 'C: drive is full, low disk space warning', client: null });
    expect(decision).toMatchObject({
      rule: 'kb_build',
      flow: { origin: 'kb_build', status: 'draft', currentVersion: 1 },
    });
    expect(decision.reason).toMatch(/^No flow matches; built a draft from the article "C: drive full/);
    const walk = await startWalk({ ctx: l1, flowId: decision.flow?.id });
    expect(walk).toMatchObject({
      draftWarning: 'Draft — not yet validated by outcomes or an engineer',
      step: { kind: 'instruction', source: { title: expect.stringMatching(/^C: drive full/) } },
    });
  });

  it('nothing matches and no knowledge answers: rule none, said plainly', async () => {
    const decision = await matchOrBuildFlow({
      ctx: l1,
      deps: { knowledge: noKnowledge },
      input: { summary: 'Need a new monitor for my desk', client: null },
    });
    expect(decision).toMatchObject({ rule: 'none', flow: null, score: null });
    expect(decision.reason).toMatch(/diagnose with the assistant or escalate/);
  });

  it('tells an L1 when a ticket is not a fault instead of sending them to diagnose it', async () => {
    const decision = await matchOrBuildFlow({
      ctx: l1,
      deps,
      input: { summary: 'can you order a toner for the kyocera, we are nearly out', client: null },
    });
    expect(decision).toMatchObject({ rule: 'none', flow: null, notAFault: 'purchase' });
    expect(decision.reason).toMatch(/reads as a purchase or quote request rather than a fault/);
  });

  it('viewers cannot match; bad tickets are refused', async () => {
    await expect(
      matchOrBuildFlow({ ctx: viewer, deps, input: { summary: 'Printer offline' } }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(match({ summary: 'x' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(match({ summary: 'Printer offline', colour: 'red' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  async function walkToFix(flowId: string, outcome: 'worked' | 'failed') {
    let w: WalkView = await startWalk({ ctx: l1, flowId });
    while (w.step.kind !== 'resolution') {
      const answer =
        w.step.kind === 'question' ? (w.answers[0] as string) : w.answers[0] === 'Yes' ? 'Yes' : 'Done';
      w = await answerStep({
        ctx: l1,
        walkId: w.walkId,
        input: { stateVersion: w.stateVersion, stepId: w.step.id, answer },
      });
    }
    return finishWalk({ ctx: l1, walkId: w.walkId, input: { stateVersion: w.stateVersion, outcome } });
  }

  it('a built draft is walked again (not rebuilt), promoted after N successes, then matched as a validated draft; demoted when it falls below the bar', async () => {
    const settings = { minSuccessfulWalks: 3, minSuccessRate: 0.8 };
    const ticket = { summary: 'Wi-Fi connected but no internet, 169.254 address', client: null };
    const built = await match(ticket);
    expect(built.rule).toBe('kb_build');
    const flowId = built.flow?.id as string;

    await walkToFix(flowId, 'worked');
    const again = await match(ticket);
    expect(again).toMatchObject({ rule: 'kb_build', flow: { id: flowId } });
    expect(again.reason).toMatch(/built earlier .* walked again \(not yet validated: 1 of 1 walks worked\)/);

    await walkToFix(flowId, 'worked');
    expect(await runFlowFlywheel({ ctx: account.system(), settings })).toEqual({ promoted: [], demoted: [] });
    await walkToFix(flowId, 'worked');
    expect(await runFlowFlywheel({ ctx: account.system(), settings })).toEqual({
      promoted: [flowId],
      demoted: [],
    });
    expect((await getFlow({ ctx: viewer, flowId })).status).toBe('published');

    const validated = await match(ticket);
    expect(validated).toMatchObject({ rule: 'validated_draft', flow: { id: flowId } });
    expect(validated.reason).toMatch(/validated by outcomes/);

    // 3 of 4 worked = 75% < 80%: the job takes it back to draft.
    await walkToFix(flowId, 'failed');
    expect(await runFlowFlywheel({ ctx: account.system(), settings })).toEqual({
      promoted: [],
      demoted: [flowId],
    });
    expect((await getFlow({ ctx: viewer, flowId })).status).toBe('draft');
    const after = await match(ticket);
    expect(after.rule).not.toBe('validated_draft');
    expect(after.candidates.find((c) => c.flowId === flowId)?.verdict).toMatch(
      /below the success bar \(3 of 4/,
    );
  });
  it('a flow retired after it was matched is not offered again (the cached flow list follows the change)', async () => {
    const ticket = { summary: 'Teams calls have no sound and nobody hears my microphone', client: null };
    const before = await match(ticket);
    expect(before).toMatchObject({ rule: 'authored', flow: { id: ids.get('teams-audio') } });
    await retireFlow({ ctx: engineer, flowId: ids.get('teams-audio') });
    const after = await match(ticket);
    expect(after.flow?.id).not.toBe(ids.get('teams-audio'));
    expect(after.candidates.map((c) => c.flowId)).not.toContain(ids.get('teams-audio'));
  });
});

describe("the account's promotion bar", () => {
  it('an admin lowers the bar to one walk: the hourly job publishes a built draft after its first success; bad values are refused and change nothing', async () => {
    const database = await testDatabase();
    const account = await createTestAccount(database, 'Small helpdesk');
    const admin = await account.member('admin');
    const l1 = await account.member('l1');
    const deps: MatchDeps = { knowledge: createDemoKnowledgeSource() };
    const ticket = { summary: 'Wi-Fi connected but no internet, 169.254 address', client: null };

    for (const bad of [{ flowPromoteMinWalks: 0 }, { flowPromoteMinSuccessPercent: 30 }]) {
      await expect(updateAccountSettings({ ctx: admin, input: bad })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/flowPromote/),
      });
    }
    await expect(updateAccountSettings({ ctx: l1, input: { flowPromoteMinWalks: 1 } })).rejects.toMatchObject(
      { code: 'forbidden' },
    );
    expect(await getAccount({ ctx: admin })).toMatchObject({
      flowPromoteMinWalks: 3,
      flowPromoteMinSuccessPercent: 80,
    });

    const built = await matchOrBuildFlow({ ctx: l1, deps, input: ticket });
    expect(built.rule).toBe('kb_build');
    const flowId = built.flow?.id as string;
    let w: WalkView = await startWalk({ ctx: l1, flowId });
    while (w.step.kind !== 'resolution') {
      const answer =
        w.step.kind === 'question' ? (w.answers[0] as string) : w.answers[0] === 'Yes' ? 'Yes' : 'Done';
      w = await answerStep({
        ctx: l1,
        walkId: w.walkId,
        input: { stateVersion: w.stateVersion, stepId: w.step.id, answer },
      });
    }
    await finishWalk({
      ctx: l1,
      walkId: w.walkId,
      input: { stateVersion: w.stateVersion, outcome: 'worked' },
    });

    // The default bar (3 walks) holds it back…
    expect(await runFlowFlywheel({ ctx: account.system() })).toEqual({ promoted: [], demoted: [] });
    // …the account's own bar lets it through, in the job and in match-or-build alike.
    await updateAccountSettings({
      ctx: admin,
      input: { flowPromoteMinWalks: 1, flowPromoteMinSuccessPercent: 100 },
    });
    expect(await runFlowFlywheel({ ctx: account.system() })).toEqual({ promoted: [flowId], demoted: [] });
    expect(await matchOrBuildFlow({ ctx: l1, deps, input: ticket })).toMatchObject({
      rule: 'validated_draft',
      flow: { id: flowId },
    });
  });
});

describe('match-or-build over the real knowledge index', () => {
  let l1: TenantContext;
  const deps: MatchDeps = { knowledge: createIndexedKnowledgeSource() };

  beforeAll(async () => {
    const account = await createTestAccount(await testDatabase(), 'Index Matching');
    await seedDemoArticles(account.owner);
    l1 = await account.member('l1');
  });

  it('builds a draft from a passage that answers the ticket', async () => {
    const decision = await matchOrBuildFlow({
      ctx: l1,
      deps,
      input: { summary: 'C: drive is full, low disk space warning', client: null },
    });
    expect(decision).toMatchObject({ rule: 'kb_build', flow: { origin: 'kb_build' } });
    expect(decision.score).toBeGreaterThanOrEqual(ACTIONABLE_SCORE);
  });

  it('does not hand an L1 a flow built from a passage search shows only as a weak lead', async () => {
    const summary = 'the CEO wants a new phone';
    // Search still lists the account-lockout article (it mentions a phone) for an engineer to judge…
    const [weak] = await searchKnowledge(l1, { text: summary });
    expect(weak?.title).toMatch(/locking out/);
    expect(weak).toMatchObject({ lead: true });
    expect(weak?.score).toBeLessThan(ACTIONABLE_SCORE);
    // …but an L1 walking a flow built from it would follow lockout steps for a phone purchase.
    const decision = await matchOrBuildFlow({ ctx: l1, deps, input: { summary, client: null } });
    expect(decision).toMatchObject({ rule: 'none', flow: null });
    expect(decision.reason).toMatch(/the knowledge base has no answer/);
  });
});
