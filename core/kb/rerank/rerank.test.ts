import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnthropicSimulator,
  type SimReply,
  startAnthropicSimulator,
} from '../../../sim/anthropic/index.ts';
import { capturingLogger } from '../../../test/diagnosis.ts';
import type { KnowledgePassage } from '../knowledge.ts';
import { createPassageReranker, type PassageReranker, RANK_TOOL, RERANK_INSTRUCTIONS } from './index.ts';

const API_KEY = 'sk-ant-test-rerank-key-000000';
const MODEL = 'claude-haiku-5-5';

const passage = (id: string, title: string, snippet: string): KnowledgePassage => ({
  documentId: id,
  title,
  url: `https://docs.contoso-msp.example/kb/${id}`,
  source: 'hudu',
  snippet,
  score: 0.9,
});

/** Lexical order: the printer article wins on shared words, the BitLocker one is what the user means. */
const LEXICAL = [
  passage('printer', 'Printer shows offline after firmware update', 'Power-cycle the printer, check the IP.'),
  passage('bios', 'Update Dell BIOS with Command Update', 'Run dcu-cli /applyUpdates, then reboot.'),
  passage('bitlocker', 'Find a BitLocker recovery key in Entra ID', 'Devices → the laptop → BitLocker keys.'),
];
const TICKET = 'laptop shows blue page wanting a long key after the update';

const rankCall = (ids: unknown, delayMs?: number): SimReply => ({
  kind: 'message',
  content: [{ type: 'tool_use', name: 'rank_passages', input: { passage_ids: ids } }],
  ...(delayMs ? { delayMs } : {}),
});

let sim: AnthropicSimulator;
let logs: string[];
let reranker: PassageReranker;

function makeReranker(options: { budgetMs?: number; candidates?: number } = {}) {
  const captured = capturingLogger();
  logs = captured.lines;
  return createPassageReranker({
    apiKey: API_KEY,
    baseURL: sim.url,
    model: MODEL,
    budgetMs: options.budgetMs ?? 2_000,
    candidates: options.candidates ?? 10,
    logger: captured.logger,
  });
}

beforeAll(async () => {
  sim = await startAnthropicSimulator();
});
afterEach(() => {
  sim.reset();
  reranker = makeReranker();
});
afterAll(() => sim.close());

describe('rerank against the Anthropic simulator', () => {
  it('sends one Messages call: versioned headers, cached instructions, the strict tool, forced', async () => {
    reranker = makeReranker();
    sim.enqueue(rankCall(['P3']), rankCall(['P3']));
    await reranker.rerank({ text: TICKET, passages: LEXICAL });

    expect(sim.requests).toHaveLength(1);
    const [request] = sim.requests;
    expect(request?.path).toBe('/v1/messages');
    // The SDK's own API version, whatever it is: the header must be there and dated.
    expect(request?.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(request?.headers.authorization ?? request?.headers['x-api-key']).toContain(API_KEY);
    expect(request?.body?.model).toBe(MODEL);
    expect(request?.body?.system).toEqual([
      { type: 'text', text: RERANK_INSTRUCTIONS, cache_control: { type: 'ephemeral' } },
    ]);
    expect(request?.body?.tools).toEqual([RANK_TOOL]);
    expect(RANK_TOOL).toMatchObject({
      strict: true,
      input_schema: {
        type: 'object',
        required: ['passage_ids'],
        additionalProperties: false,
        properties: { passage_ids: { type: 'array', items: { type: 'string' } } },
      },
    });
    expect(request?.body?.tool_choice).toEqual({ type: 'tool', name: 'rank_passages' });
    const content = String(request?.body?.messages?.[0]?.content);
    expect(content).toContain('<passage id="P1">\ntitle: Printer shows offline after firmware update');
    expect(content).toContain('<passage id="P3">\ntitle: Find a BitLocker recovery key in Entra ID');
    expect(content).toContain(`<ticket>\n${TICKET}\n</ticket>`);

    // A second ticket reuses the cached instructions: the prefix is byte-identical.
    await reranker.rerank({ text: 'another ticket', passages: LEXICAL });
    expect(sim.requests[1]?.body?.system).toEqual(request?.body?.system);
    const usage = logs.map((line) => JSON.parse(line)).filter((l) => l.msg === 'kb rerank');
    expect(usage.map((l) => l.cacheReadInputTokens > 0)).toEqual([false, true]);
  });

  it('returns the passages the model chose, in its order, with their own title and URL', async () => {
    sim.enqueue(rankCall(['P3', 'P2']));
    const outcome = await reranker.rerank({ text: TICKET, passages: LEXICAL });
    expect(outcome.rankedBy).toBe('model');
    expect(outcome.passages.map((p) => [p.title, p.url])).toEqual([
      ['Find a BitLocker recovery key in Entra ID', 'https://docs.contoso-msp.example/kb/bitlocker'],
      ['Update Dell BIOS with Command Update', 'https://docs.contoso-msp.example/kb/bios'],
    ]);
  });

  it('answers nothing when the model says no candidate answers the ticket', async () => {
    sim.enqueue(rankCall([]));
    const outcome = await reranker.rerank({ text: 'screen flickers with the dock', passages: LEXICAL });
    expect(outcome).toEqual({ rankedBy: 'model', passages: [] });
  });

  it('lets the model choose among candidates the lexical search declined, and answers nothing when it cannot', async () => {
    sim.enqueue(rankCall(['P2']));
    const chosen = await reranker.rerank({ text: TICKET, passages: LEXICAL, answerable: false });
    expect(chosen).toEqual({ rankedBy: 'model', passages: [LEXICAL[1]] });

    sim.enqueue({ kind: 'error', status: 529 });
    const fallback = await reranker.rerank({ text: TICKET, passages: LEXICAL, answerable: false });
    expect(fallback).toMatchObject({ rankedBy: 'lexical', passages: [] });
    expect(fallback.rankedBy === 'lexical' && fallback.fallback).toBeTruthy();
  });

  it('ignores ids that are not among the candidates, and repeats', async () => {
    sim.enqueue(rankCall(['P9', 'P2', 'bitlocker', 'P2', 'p1']));
    const outcome = await reranker.rerank({ text: TICKET, passages: LEXICAL });
    expect(outcome.rankedBy).toBe('model');
    expect(outcome.passages.map((p) => p.documentId)).toEqual(['bios', 'printer']);
  });

  it('keeps the lexical order when the reply names no candidate at all or is not the tool', async () => {
    const replies: SimReply[] = [
      rankCall(['P7', 'P8']),
      rankCall('P1'),
      { kind: 'message', content: [{ type: 'text', text: 'P3 looks right.' }] },
    ];
    for (const reply of replies) {
      sim.enqueue(reply);
      const outcome = await reranker.rerank({ text: TICKET, passages: LEXICAL });
      expect(outcome).toEqual({ rankedBy: 'lexical', passages: LEXICAL, fallback: 'malformed_reply' });
    }
  });

  it('keeps the lexical order when the model is slower than the budget, and returns on time', async () => {
    reranker = makeReranker({ budgetMs: 200 });
    sim.enqueue(rankCall(['P3'], 1_500));
    const started = performance.now();
    const outcome = await reranker.rerank({ text: TICKET, passages: LEXICAL });
    const elapsed = performance.now() - started;
    expect(outcome).toEqual({ rankedBy: 'lexical', passages: LEXICAL, fallback: 'budget_exceeded' });
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(800);
  });

  it('keeps the lexical order on 429 and 529 without retrying, and logs no ticket text or key', async () => {
    const cases = [
      [{ kind: 'error', status: 429 }, 'rate_limited'],
      [{ kind: 'error', status: 529 }, 'overloaded'],
      [{ kind: 'error', status: 500 }, 'api_error'],
    ] as const;
    for (const [reply, fallback] of cases) {
      sim.reset();
      sim.enqueue(reply, rankCall(['P3']));
      const outcome = await reranker.rerank({ text: `${TICKET} password: hunter2`, passages: LEXICAL });
      expect(outcome).toEqual({ rankedBy: 'lexical', passages: LEXICAL, fallback });
      expect(sim.requests).toHaveLength(1);
    }
    const warnings = logs.map((line) => JSON.parse(line)).filter((l) => l.level === 40);
    expect(warnings.map((w) => [w.fallback, w.status])).toEqual([
      ['rate_limited', 429],
      ['overloaded', 529],
      ['api_error', 500],
    ]);
    expect(warnings[0]?.requestId).toMatch(/^req_/);
    const logged = logs.join('\n');
    for (const secret of ['hunter2', 'blue page', API_KEY, 'BitLocker']) expect(logged).not.toContain(secret);
  });

  it('redacts secrets in the ticket and the passages before they reach the model', async () => {
    const leaky = [
      passage('vpn', 'VPN setup', 'Shared key is S3cr3t! — connect with -Password "Winter2026!" then test.'),
      passage('api', 'Rotate the API key', 'Old key sk-ant-api03-abcdefghijklmnop was revoked.'),
    ];
    sim.enqueue(rankCall(['P1']));
    const outcome = await reranker.rerank({
      text: 'vpn down, my password: Hunter2!! and token=xoxb-123456789012-abcdefghij',
      passages: leaky,
    });
    // Only what was sent is redacted: the engineer still gets the article as written.
    expect(outcome.passages[0]?.snippet).toContain('Winter2026!');
    const sent = JSON.stringify(sim.requests[0]?.body);
    for (const secret of ['Hunter2!!', 'xoxb-123456789012', 'Winter2026!', 'sk-ant-api03-abcdefghijklmnop']) {
      expect(sent).not.toContain(secret);
    }
    expect(sent).toContain('[redacted]');
  });

  it('sends at most the configured number of candidates and nothing when there are none', async () => {
    reranker = makeReranker({ candidates: 2 });
    sim.enqueue(rankCall(['P2']));
    const outcome = await reranker.rerank({ text: TICKET, passages: LEXICAL });
    expect(outcome.passages.map((p) => p.documentId)).toEqual(['bios']);
    const content = String(sim.requests[0]?.body?.messages?.[0]?.content);
    expect(content).toContain('P2');
    expect(content).not.toContain('P3');

    expect(await reranker.rerank({ text: TICKET, passages: [] })).toEqual({
      rankedBy: 'lexical',
      passages: [],
    });
    expect(sim.requests).toHaveLength(1);
  });

  it('falls back to tool_choice auto, once, for a model that refuses forced tool use', async () => {
    sim.enqueue(
      {
        kind: 'error',
        status: 400,
        message: 'tool_choice: forced tool use is not supported with this model',
      },
      rankCall(['P3']),
      rankCall(['P2']),
    );
    const first = await reranker.rerank({ text: TICKET, passages: LEXICAL });
    const second = await reranker.rerank({ text: TICKET, passages: LEXICAL });
    expect([first.passages[0]?.documentId, second.passages[0]?.documentId]).toEqual(['bitlocker', 'bios']);
    expect(sim.requests.map((r) => r.body?.tool_choice)).toEqual([
      { type: 'tool', name: 'rank_passages' },
      { type: 'auto' },
      { type: 'auto' },
    ]);
  });
});
