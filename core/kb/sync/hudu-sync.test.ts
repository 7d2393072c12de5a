import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type HuduSimulator, startHuduSimulator } from '../../../sim/hudu/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { addConnector, indexedDocuments, syncHarness, syncOnce } from './test-support.ts';

const HOUR = 3_600_000;
let sim: HuduSimulator;
let account: TestAccount;

beforeAll(async () => {
  sim = await startHuduSimulator({ startAt: '2026-03-01T00:00:00Z' });
  account = await createTestAccount(await testDatabase(), 'Hudu sync');
});
afterEach(() => {
  sim.reset();
  sim.clock.set('2026-03-01T00:00:00Z');
});
afterAll(() => sim.close());

const connector = (name: string, apiKey = sim.apiKey) =>
  addConnector(account.owner, { kind: 'hudu', name, apiKey, settings: { baseUrl: sim.url, pageSize: 3 } });
const articleCalls = () => sim.calls.filter((c) => c.path === '/api/v1/articles');

function seed() {
  sim.addCompany({ name: 'Contoso Ltd' });
  for (let n = 1; n <= 5; n++)
    sim.addArticle({
      name: `Article ${n}`,
      content: `<h2>Cause</h2><p>Cause ${n}</p><h2>Fix</h2><p>Fix ${n}</p>`,
      ...(n <= 2 ? { company: 'Contoso Ltd' } : {}),
      ...(n === 1 ? { folder: 'Runbooks' } : {}),
    });
}

describe('Hudu sync', () => {
  it('lists to the first short page, then asks only for what changed; archived and deleted articles go', async () => {
    seed();
    const id = await connector('Hudu main');
    const { deps } = syncHarness(() => sim.clock.now());
    sim.clock.advance(HOUR);
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({
      ok: true,
      created: 5,
      documentCount: 5,
    });
    // 5 articles at 3 a page: a full page then a short one ends the listing (Hudu sends no total).
    expect(articleCalls().map((c) => [c.query.page, c.query.page_size, c.query.updated_at])).toEqual([
      ['1', '3', undefined],
      ['2', '3', undefined],
    ]);
    const docs = await indexedDocuments(account.owner, id);
    expect(docs.map((d) => [d.title, d.companyName, d.folder])).toEqual([
      ['Article 1', 'Contoso Ltd', 'Runbooks'],
      ['Article 2', 'Contoso Ltd', null],
      ['Article 3', null, null],
      ['Article 4', null, null],
      ['Article 5', null, null],
    ]);
    expect(docs[0]?.url).toMatch(/\/kb\/article-1-\d+$/);

    sim.clock.advance(HOUR);
    const [a1, a2, a3] = sim.state.articles;
    sim.updateArticle(a1!.id, { content: '<h2>Fix</h2><p>New fix</p>' });
    sim.archiveArticle(a2!.id);
    sim.deleteArticle(a3!.id); // invisible to an updated_at query: found by the next full listing
    sim.calls.length = 0;
    const second = await syncOnce(account.system(), deps, id);
    expect(second).toMatchObject({
      ok: true,
      created: 0,
      updated: 1,
      unchanged: 0,
      deleted: 1,
      documentCount: 4,
    });
    expect(articleCalls()).toHaveLength(1);
    expect(articleCalls()[0]?.query.updated_at).toBe('2026-03-01T00:55:00.000Z,2026-03-01T02:00:00.000Z');

    sim.clock.advance(25 * HOUR);
    const full = await syncOnce(account.system(), deps, id);
    expect(full).toMatchObject({ ok: true, deleted: 1, documentCount: 3 });
    expect((await indexedDocuments(account.owner, id)).map((d) => d.title)).toEqual([
      'Article 1',
      'Article 4',
      'Article 5',
    ]);
  });

  it('backs off on 429 "Retry later" without Retry-After, and retries 5xx', async () => {
    seed();
    const id = await connector('Hudu throttled');
    const { deps, waits } = syncHarness(() => sim.clock.now());
    sim.failNext({ path: '/api/v1/articles' }, { status: 429 });
    sim.failNext({ path: '/api/v1/articles' }, { status: 502 });
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 5 });
    expect(waits).toHaveLength(2);
    expect(waits[0]).toBeGreaterThanOrEqual(375);
    expect(waits[1]).toBeGreaterThan(waits[0]! * 1.1);
  });

  it('gives up with a clear error when throttling does not stop, keeping the committed pages', async () => {
    seed();
    const id = await connector('Hudu give up');
    const { deps } = syncHarness(() => sim.clock.now());
    sim.failNext({ path: '/api/v1/articles' }, { status: 429, retryAfter: 1 }, 10);
    const report = await syncOnce(account.system(), deps, id);
    expect(report).toMatchObject({ ok: false, documentCount: 0 });
    expect(report.error).toMatch(/^Hudu is rate limiting us \(429\)/);
  });

  it('explains a rejected key', async () => {
    const id = await connector('Hudu bad key', 'hudu-wrong-key-123456');
    const { deps, lines } = syncHarness(() => sim.clock.now());
    const report = await syncOnce(account.system(), deps, id);
    expect(report.error).toMatch(/^Hudu rejected the API key \(401\)/);
    expect(lines.join('\n')).not.toContain('hudu-wrong-key-123456');
  });
});
