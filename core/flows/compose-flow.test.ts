import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AnthropicSimulator,
  type SimReply,
  startAnthropicSimulator,
} from '../../sim/anthropic/index.ts';
import { testDatabase } from '../../test/db.ts';
import { capturingLogger } from '../../test/diagnosis.ts';
import { createTestAccount } from '../../test/factories.ts';
import { rerankCandidates } from '../../test/rerank-model.ts';
import type { Database } from '../db/client.ts';
import { seedDemoArticles } from '../kb/demo/seed-demo-articles.ts';
import { createIndexedKnowledgeSource } from '../kb/index/indexed-knowledge.ts';
import type { KnowledgePassage } from '../kb/knowledge.ts';
import type { TenantContext } from '../shared/context.ts';
import { createFlowComposer, type FlowComposer } from './compose-flow.ts';
import { COMPOSE_INSTRUCTIONS, COMPOSE_TOOL } from './compose-flow-prompt.ts';
import { answerStep, getFlow, type MatchDeps, matchOrBuildFlow, startWalk, type WalkView } from './index.ts';

const API_KEY = 'sk-ant-test-compose-key-000000';
const MODEL = 'claude-sonnet-5-5';
const TICKET = { summary: 'C: drive is full, low disk space warning', client: null };
const OFFLINE_REASON = /^No flow matches; built a draft from the article "C: drive full/;

type Step = Record<string, unknown>;
const composeCall = (input: Record<string, unknown>, delayMs?: number): SimReply => ({
  kind: 'message',
  content: [{ type: 'tool_use', name: 'compose_flow', input }],
  ...(delayMs ? { delayMs } : {}),
});

/** A sound flow over whatever passages were sent: P1 for the work, the last label for the escalation. */
function flowFor(labels: string[], change: (steps: Step[]) => Step[] = (s) => s): Record<string, unknown> {
  const last = labels[labels.length - 1] ?? 'P1';
  const steps: Step[] = [
    {
      id: 'warning',
      kind: 'question',
      text: 'Ask the caller: does Windows show a low disk space warning for C:?',
      cites: 'P1',
      choices: [
        { label: 'Yes', next: 'clean' },
        { label: 'No', next: 'escalate' },
      ],
    },
    {
      id: 'clean',
      kind: 'instruction',
      text: 'Run Disk Cleanup with system files.',
      cites: 'P1',
      next: 'space',
    },
    {
      id: 'space',
      kind: 'check',
      text: 'Check free space on C:.',
      expected: 'At least 10 GB free',
      yes: 'fixed',
      no: 'escalate',
      cites: 'P1',
    },
    {
      id: 'fixed',
      kind: 'resolution',
      text: 'Space reclaimed from the update cache.',
      fixSteps: ['Disk Cleanup → Clean up system files'],
      cites: 'P1',
    },
    {
      id: 'escalate',
      kind: 'escalate',
      text: 'Hand over.',
      reason: 'Still full after cleanup.',
      cites: last,
    },
  ];
  return {
    title: 'C: drive full',
    symptoms: ['low disk space warning'],
    start: 'warning',
    steps: change(steps),
  };
}

let sim: AnthropicSimulator;
let database: Database;
let logs: string[];
let composer: FlowComposer;
let l1: TenantContext;

function makeComposer(budgetMs = 3_000): FlowComposer {
  const captured = capturingLogger();
  logs = captured.lines;
  return createFlowComposer({
    apiKey: API_KEY,
    baseURL: sim.url,
    model: MODEL,
    budgetMs,
    logger: captured.logger,
  });
}
// The demo account's articles through the real index and ranked search, as match-or-build reads them.
const deps = (): MatchDeps => ({ knowledge: createIndexedKnowledgeSource(), composer });
const match = (input: unknown = TICKET) => matchOrBuildFlow({ ctx: l1, deps: deps(), input });
const sentLabels = () => [...rerankCandidates(sim.requests[0] ?? { body: null })];
const warnings = () =>
  logs
    .map((line) => JSON.parse(line))
    .filter((l) => l.level === 40 && l.msg === 'flow compose: using the offline build');

beforeAll(async () => {
  sim = await startAnthropicSimulator();
  database = await testDatabase();
});
// A fresh account per test: a draft built earlier for the same ticket would be walked again, not rebuilt.
beforeEach(async () => {
  sim.reset();
  composer = makeComposer();
  const account = await createTestAccount(database, 'Compose MSP');
  await seedDemoArticles(account.owner);
  l1 = await account.member('l1');
});
afterAll(() => sim.close());

describe('flows composed by the assistant (Anthropic simulator)', () => {
  it('sends one call: cached instructions, the strict compose_flow tool forced, ticket and passages redacted', async () => {
    sim.setDefaultReply((request) => composeCall(flowFor([...rerankCandidates(request).keys()])));
    const decision = await match({
      ...TICKET,
      details: 'C: drive full, Windows Update cache; password: Hunter2!! token=xoxb-123456789012-abcdefghij',
    });
    expect(decision.reason).toMatch(/the assistant composed/);

    expect(sim.requests).toHaveLength(1);
    const body = sim.requests[0]?.body;
    expect(body?.model).toBe(MODEL);
    expect(body?.system).toEqual([
      { type: 'text', text: COMPOSE_INSTRUCTIONS, cache_control: { type: 'ephemeral' } },
    ]);
    expect(body?.tool_choice).toEqual({ type: 'tool', name: 'compose_flow' });
    expect(body?.tools).toEqual([COMPOSE_TOOL]);
    expect(COMPOSE_TOOL).toMatchObject({
      strict: true,
      input_schema: {
        type: 'object',
        additionalProperties: false,
        required: ['title', 'symptoms', 'start', 'steps'],
        properties: {
          steps: {
            type: 'array',
            description: expect.stringContaining('at most 12'),
            items: {
              additionalProperties: false,
              required: ['id', 'kind', 'text', 'cites'],
              properties: {
                kind: { enum: ['question', 'instruction', 'check', 'resolution', 'escalate'] },
                cites: { enum: ['P1', 'P2', 'P3'] },
              },
            },
          },
        },
      },
    });
    // Strict tool use rejects length and item-count bounds; the reply's zod check keeps them.
    expect(JSON.stringify(COMPOSE_TOOL.input_schema)).not.toMatch(/maxItems|maxLength|minLength|\$schema/);
    const content = String(body?.messages?.[0]?.content);
    expect(content).toMatch(/<passage id="P1">\ntitle: C: drive full/);
    expect(content).toContain(
      '<ticket>\nC: drive is full, low disk space warning\nC: drive full, Windows Update cache; password: [redacted]',
    );
    const sent = JSON.stringify(body);
    for (const secret of ['Hunter2!!', 'xoxb-123456789012']) expect(sent).not.toContain(secret);
  });

  it('stores the composed flow as a kb_build draft, walkable at once, each step citing its article', async () => {
    sim.setDefaultReply((request) => composeCall(flowFor([...rerankCandidates(request).keys()])));
    const decision = await match();
    const passages = new Map(sentLabels());
    expect(passages.size).toBeGreaterThanOrEqual(1);
    expect(decision).toMatchObject({
      rule: 'kb_build',
      flow: { origin: 'kb_build', status: 'draft', currentVersion: 1, title: 'C: drive full' },
    });
    expect(decision.reason).toMatch(
      /^No flow matches; the assistant composed a draft from the articles? "C: drive full/,
    );
    expect(decision.reason).toMatch(/\(not yet validated\)\.$/);

    const flow = await getFlow({ ctx: l1, flowId: decision.flow?.id });
    expect(flow.draftGraph.steps.map((s) => s.id)).toEqual([
      'warning',
      'clean',
      'space',
      'fixed',
      'escalate',
    ]);
    const lastTitle = [...passages.values()].at(-1);
    expect(flow.draftGraph.steps.find((s) => s.id === 'escalate')?.cites?.title).toBe(lastTitle);

    let w: WalkView = await startWalk({ ctx: l1, flowId: decision.flow?.id });
    expect(w.draftWarning).toBe('Draft — not yet validated by outcomes or an engineer');
    const seen: string[] = [];
    for (const answer of ['Yes', 'Done', 'Yes']) {
      expect(w.step.source?.title).toBe(passages.get('P1'));
      expect(w.step.source?.url).toMatch(/^https?:\/\//);
      seen.push(w.step.id);
      w = await answerStep({
        ctx: l1,
        walkId: w.walkId,
        input: { stateVersion: w.stateVersion, stepId: w.step.id, answer },
      });
    }
    expect([...seen, w.step.id]).toEqual(['warning', 'clean', 'space', 'fixed']);
    expect(w.step).toMatchObject({ kind: 'resolution', fixSteps: ['Disk Cleanup → Clean up system files'] });
  });

  it('an unreachable step or an unknown citation: the offline build, and a warning naming the rule only', async () => {
    const broken: Array<[(labels: string[]) => Record<string, unknown>, string, string]> = [
      [
        (labels) =>
          flowFor(labels, (steps) => [
            ...steps,
            { id: 'orphan', kind: 'instruction', text: 'x', cites: 'P1', next: 'fixed' },
          ]),
        'invalid_reply',
        'unreachable',
      ],
      [
        (labels) => flowFor(labels, (steps) => steps.map((s) => ({ ...s, cites: 'P7' }))),
        'malformed_reply',
        'compose_flow input does not match its schema',
      ],
    ];
    for (const [reply, fallback, rule] of broken) {
      const account = await createTestAccount(database, 'Compose MSP');
      await seedDemoArticles(account.owner);
      l1 = await account.member('l1');
      sim.reset();
      sim.setDefaultReply((request) => composeCall(reply([...rerankCandidates(request).keys()])));
      const decision = await match();
      expect(decision).toMatchObject({ rule: 'kb_build', flow: { origin: 'kb_build' } });
      expect(decision.reason).toMatch(OFFLINE_REASON);
      expect(decision.flow?.title).toMatch(/^C: drive full: reclaim space/);
      expect(warnings().at(-1)).toMatchObject({ fallback, rule });
    }
    expect(logs.join('\n')).not.toMatch(/low disk|Disk Cleanup|C: drive/);
  });

  it('a citation within the enum but beyond the passages sent is refused (unknown_cite)', async () => {
    const two: KnowledgePassage[] = ['A', 'B'].map((t) => ({
      documentId: t,
      title: `Article ${t}`,
      url: `https://kb.example/${t}`,
      source: 'hudu',
      snippet: 'Do the thing.',
      score: 0.8,
    }));
    sim.enqueue(composeCall(flowFor(['P3'])));
    const ticket = { summary: TICKET.summary, details: '', client: null };
    expect(await composer.compose({ ticket, passages: two })).toBeNull();
    expect(warnings().at(-1)).toMatchObject({ fallback: 'invalid_reply', rule: 'unknown_cite' });

    sim.enqueue(composeCall(flowFor(['P2'])));
    const doc = await composer.compose({ ticket, passages: two });
    expect(doc?.graph.steps.at(-1)?.cites).toEqual({ title: 'Article B', url: 'https://kb.example/B' });
  });

  it('slower than the budget: the offline build, on time', async () => {
    composer = makeComposer(300);
    sim.setDefaultReply((request) => composeCall(flowFor([...rerankCandidates(request).keys()]), 2_000));
    const started = performance.now();
    const decision = await match();
    const elapsed = performance.now() - started;
    expect(decision.reason).toMatch(OFFLINE_REASON);
    expect(elapsed).toBeLessThan(1_500);
    expect(warnings().at(-1)).toMatchObject({ fallback: 'budget_exceeded', budgetMs: 300 });
  });

  it('429 and 529: the offline build without a retry; the warning carries status and request id, not content', async () => {
    for (const [status, fallback] of [
      [529, 'overloaded'],
      [429, 'rate_limited'],
    ] as const) {
      const account = await createTestAccount(database, 'Compose MSP');
      await seedDemoArticles(account.owner);
      l1 = await account.member('l1');
      sim.reset();
      sim.enqueue({ kind: 'error', status });
      const decision = await match();
      expect(decision.reason).toMatch(OFFLINE_REASON);
      expect(sim.requests).toHaveLength(1);
      expect(warnings().at(-1)).toMatchObject({
        fallback,
        status,
        requestId: expect.stringMatching(/^req_/),
      });
    }
    expect(logs.join('\n')).not.toContain(API_KEY);
  });
});
