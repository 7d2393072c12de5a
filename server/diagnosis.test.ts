import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgePassage } from '../core/kb/knowledge.ts';
import { silentLogger } from '../core/shared/logger.ts';
import { type AnthropicSimulator, startAnthropicSimulator } from '../sim/anthropic/index.ts';
import { rerankByTitles } from '../test/rerank-model.ts';
import { createKnowledgeReranker } from './diagnosis.ts';
import { ConfigError, loadEnv } from './env.ts';

let sim: AnthropicSimulator;
beforeAll(async () => {
  sim = await startAnthropicSimulator();
});
afterAll(() => sim.close());

const KEY = 'sk-ant-test-diagnosis-00000';
const passages: KnowledgePassage[] = ['First', 'Second'].map((title) => ({
  documentId: title,
  title,
  url: null,
  source: 'hudu',
  snippet: `${title} passage`,
  score: 0.8,
}));

describe('knowledge reranking configuration', () => {
  it('is off without an API key, and when KB_RERANK=false', () => {
    expect(createKnowledgeReranker(loadEnv({}), silentLogger)).toBeNull();
    expect(
      createKnowledgeReranker(loadEnv({ ANTHROPIC_API_KEY: KEY, KB_RERANK: 'false' }), silentLogger),
    ).toBeNull();
  });

  it('uses the synthesis model unless KB_RERANK_MODEL names another, with the configured candidates', async () => {
    const base = { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: sim.url };
    sim.setDefaultReply((request) => rerankByTitles(request, ['Second']));
    for (const [extra, model] of [
      [{ ANTHROPIC_SYNTHESIS_MODEL: 'claude-haiku-test' }, 'claude-haiku-test'],
      [{ KB_RERANK_MODEL: 'claude-rerank-test', KB_RERANK_CANDIDATES: '4' }, 'claude-rerank-test'],
    ] as const) {
      sim.requests.length = 0;
      const reranker = createKnowledgeReranker(loadEnv({ ...base, ...extra }), silentLogger);
      const outcome = await reranker?.rerank({ text: 'ticket', passages });
      expect(outcome?.passages.map((p) => p.title)).toEqual(['Second']);
      expect(sim.requests[0]?.body?.model).toBe(model);
    }
    expect(
      createKnowledgeReranker(loadEnv({ ...base, KB_RERANK_CANDIDATES: '4' }), silentLogger)?.candidates,
    ).toBe(4);
  });

  it('refuses budgets and candidate counts it cannot honour, naming the variable', () => {
    for (const [name, value] of [
      ['KB_RERANK_BUDGET_MS', '50'],
      ['KB_RERANK_BUDGET_MS', 'fast'],
      ['KB_RERANK_CANDIDATES', '21'],
      ['KB_RERANK', 'maybe'],
      ['FLOW_COMPOSE_BUDGET_MS', '100'],
    ] as const) {
      expect(() => loadEnv({ [name]: value })).toThrow(ConfigError);
      expect(() => loadEnv({ [name]: value })).toThrow(new RegExp(`${name}:`));
    }
    expect(loadEnv({})).toMatchObject({
      KB_RERANK: true,
      KB_RERANK_BUDGET_MS: 1500,
      KB_RERANK_CANDIDATES: 10,
      FLOW_COMPOSE_BUDGET_MS: 8000,
    });
  });
});
