import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type HuduArticle, type HuduSimulator, startHuduSimulator } from './index.ts';

// Hudu as documented: `x-api-key`, `/api/v1/articles?page=N&page_size=…` wrapped as
// `{"articles": […]}`, no total (stop on a short page), `updated_at=start,end`, 429 `Retry later`.

let sim: HuduSimulator;

async function get(path: string, headers: Record<string, string> = sim.headers) {
  const response = await fetch(`${sim.url}${path}`, { headers });
  const text = await response.text();
  const isJson = response.headers.get('content-type')?.startsWith('application/json');
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: (isJson ? JSON.parse(text) : undefined) as Record<string, HuduArticle[]> & { error?: string },
  };
}

/** Reads every page, stopping on the first short one (Hudu sends no total). */
async function readAll(path: string, pageSize: number): Promise<{ names: string[]; pages: number }> {
  const names: string[] = [];
  for (let page = 1; ; page++) {
    const { body } = await get(`${path}${path.includes('?') ? '&' : '?'}page=${page}&page_size=${pageSize}`);
    const rows = body.articles ?? [];
    names.push(...rows.map((a) => a.name));
    if (rows.length < pageSize) return { names, pages: page };
  }
}

beforeAll(async () => {
  sim = await startHuduSimulator({ startAt: '2026-03-01T00:00:00Z' });
});
afterEach(() => {
  sim.reset();
  sim.clock.set('2026-03-01T00:00:00Z');
});
afterAll(() => sim.close());

describe('authentication', () => {
  it('accepts the configured x-api-key', async () => {
    const response = await get('/api/v1/companies?page=1');
    expect(response.status).toBe(200);
    expect(response.body.companies).toEqual([
      expect.objectContaining({ id: 1, name: 'Happy Frog', updated_at: '2026-03-01T00:00:00.000Z' }),
    ]);
  });

  it.each([
    ['a wrong key', { 'x-api-key': 'nope' }],
    ['no key', {}],
  ])('answers 401 for %s', async (_l, headers) => {
    const response = await get('/api/v1/articles', headers);
    expect(response.status).toBe(401);
    expect(response.body).toEqual({ error: expect.any(String) });
    expect(sim.calls.at(-1)).toMatchObject({ method: 'GET', path: '/api/v1/articles', status: 401 });
  });
});

describe('articles', () => {
  it('wraps lists and single records and carries company and folder', async () => {
    const folder = sim.state.folders[0]!;
    const article = sim.addArticle({
      name: 'Outlook keeps asking for a password',
      content: '<p>Clear the <b>credential manager</b>.</p>',
      company: 'Happy Frog',
      folder: folder.id,
    });
    const one = await get(`/api/v1/articles/${article.id}`);
    expect(one.body.article).toMatchObject({
      name: 'Outlook keeps asking for a password',
      company_id: 1,
      folder_id: folder.id,
      archived: false,
      object_type: 'Article',
    });
    const folders = await get('/api/v1/folders');
    expect(folders.body.folders).toEqual([expect.objectContaining({ name: 'Runbooks', company_id: 1 })]);
    expect((await get('/api/v1/articles/999')).status).toBe(404);
  });

  it('pages to the end, stopping on a short page', async () => {
    for (let n = 1; n <= 7; n++) sim.addArticle({ name: `Article ${n}` });
    const all = await readAll('/api/v1/articles', 3);
    expect(all).toEqual({ names: Array.from({ length: 7 }, (_, i) => `Article ${i + 1}`), pages: 3 });
    // An exact multiple ends with an empty page.
    sim.addArticle({ name: 'Article 8' });
    sim.addArticle({ name: 'Article 9' });
    expect((await readAll('/api/v1/articles', 3)).pages).toBe(4);
    // Default page size is 25.
    for (let n = 10; n <= 30; n++) sim.addArticle({ name: `Article ${n}` });
    expect((await get('/api/v1/articles?page=1')).body.articles).toHaveLength(25);
  });

  it('returns only articles changed inside updated_at=start,end', async () => {
    const a = sim.addArticle({ name: 'Edited' });
    sim.addArticle({ name: 'Untouched' });
    sim.clock.set('2026-03-02T12:00:00Z');
    sim.updateArticle(a.id, { content: '<p>v2</p>' });
    sim.clock.set('2026-03-03T00:00:00Z');
    sim.addArticle({ name: 'Later' });
    const range = encodeURIComponent('2026-03-02T00:00:00Z,2026-03-02T23:59:59Z');
    const changed = await get(`/api/v1/articles?updated_at=${range}`);
    expect(changed.body.articles?.map((r) => [r.name, r.updated_at])).toEqual([
      ['Edited', '2026-03-02T12:00:00.000Z'],
    ]);
    const since = await get('/api/v1/articles?updated_at=2026-03-02T00:00:00Z,');
    expect(since.body.articles?.map((r) => r.name)).toEqual(['Edited', 'Later']);
    expect((await get('/api/v1/articles?updated_at=soon')).status).toBe(400);
  });

  it('shows archivals as changed articles and deletions as absent', async () => {
    const keep = sim.addArticle({ name: 'Keep', company: 1 });
    const gone = sim.addArticle({ name: 'Gone', company: 1 });
    sim.clock.advance(60_000);
    sim.archiveArticle(keep.id);
    sim.deleteArticle(gone.id);
    const list = await get('/api/v1/articles?company_id=1');
    expect(list.body.articles?.map((r) => [r.name, r.archived])).toEqual([['Keep', true]]);
    expect((await get('/api/v1/articles?archived=false')).body.articles).toEqual([]);
    expect((await get(`/api/v1/articles/${gone.id}`)).status).toBe(404);
  });
});

describe('faults and rate limiting', () => {
  it('injects 429 "Retry later" and 500s, then recovers', async () => {
    sim.failNext({ path: '/api/v1/articles' }, { status: 429 });
    sim.failNext({ path: /^\/api\/v1\// }, { status: 500 });
    const limited = await get('/api/v1/articles');
    expect(limited.status).toBe(429);
    expect(limited.text).toBe('Retry later');
    expect((await get('/api/v1/articles')).status).toBe(500);
    expect(sim.pendingFaults).toBe(0);
    expect((await get('/api/v1/articles')).status).toBe(200);
  });

  it('answers 429 "Retry later" past the request budget until the window slides', async () => {
    const limited = await startHuduSimulator({ rateLimit: { requests: 2, windowMs: 60_000 } });
    try {
      const call = () => fetch(`${limited.url}/api/v1/companies`, { headers: limited.headers });
      expect((await call()).status).toBe(200);
      expect((await call()).status).toBe(200);
      const over = await call();
      expect([over.status, await over.text()]).toEqual([429, 'Retry later']);
      limited.clock.advance(60_001);
      expect((await call()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
