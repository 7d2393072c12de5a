import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ItGlueSimulator, startItGlueSimulator } from './index.ts';

// IT Glue as documented: JSON:API, `x-api-key`, `page[size]` (max 1000) / `page[number]`,
// `meta.total-pages`, `filter[updated_at]=start,end`, 3,000 requests per 5 minutes then 429, bad key 403.

interface Doc {
  data: { id: string; type: string; attributes: Record<string, unknown> }[];
  meta: Record<string, unknown>;
  links: Record<string, string>;
  errors?: { status: string; title: string; detail: string }[];
}

let sim: ItGlueSimulator;

async function get(path: string, headers: Record<string, string> = sim.headers) {
  const response = await fetch(path.startsWith('http') ? path : `${sim.url}${path}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Doc };
}

beforeAll(async () => {
  sim = await startItGlueSimulator({ startAt: '2026-03-01T00:00:00Z' });
});
afterEach(() => {
  sim.reset();
  sim.clock.set('2026-03-01T00:00:00Z');
});
afterAll(() => sim.close());

describe('authentication', () => {
  it('accepts the configured x-api-key and answers JSON:API', async () => {
    const response = await get('/organizations');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/vnd\.api\+json/);
    expect(response.body.data[0]).toMatchObject({
      id: '1',
      type: 'organizations',
      attributes: { name: 'Happy Frog', 'updated-at': '2026-03-01T00:00:00.000Z' },
    });
  });

  it.each([
    ['a wrong key', { 'x-api-key': 'ITG.nope' }],
    ['no key', {}],
  ])('answers 403 with a JSON:API error for %s', async (_label, headers) => {
    const response = await get('/organizations', headers);
    expect(response.status).toBe(403);
    expect(response.body.errors?.[0]).toMatchObject({ status: '403', title: 'Forbidden' });
    expect(sim.calls.at(-1)).toMatchObject({ path: '/organizations', status: 403 });
  });
});

describe('flexible assets and pagination', () => {
  it('pages to the end via meta.total-pages and links.next', async () => {
    const type = sim.state.flexibleAssetTypes[0]!;
    for (let n = 1; n <= 7; n++)
      sim.addFlexibleAsset({ name: `Runbook ${n}`, traits: { 'Known Issues': `<p>Issue ${n}</p>` } });
    const first = await get(`/flexible_assets?filter[flexible_asset_type_id]=${type.id}&page[size]=3`);
    expect(first.body.meta).toMatchObject({ 'current-page': 1, 'total-pages': 3, 'total-count': 7 });
    expect(first.body.data[0]?.attributes).toMatchObject({
      'flexible-asset-type-id': type.id,
      'organization-name': 'Happy Frog',
      traits: { 'known-issues': '<p>Issue 1</p>' },
      archived: false,
    });
    const names: unknown[] = [];
    let next: string | undefined = first.body.links.next;
    names.push(...first.body.data.map((d) => d.attributes.name));
    while (next) {
      const page = await get(next);
      names.push(...page.body.data.map((d) => d.attributes.name));
      next = page.body.links.next;
    }
    expect(names).toEqual(Array.from({ length: 7 }, (_, i) => `Runbook ${i + 1}`));
    const last = await get(
      `/flexible_assets?filter[flexible_asset_type_id]=${type.id}&page[size]=3&page[number]=3`,
    );
    expect(last.body.meta).toMatchObject({ 'next-page': null, 'prev-page': 2 });
  });

  it('requires the type filter and caps page[size] at 1000', async () => {
    expect((await get('/flexible_assets')).status).toBe(400);
    expect((await get('/organizations?page[size]=1000')).status).toBe(200);
    expect((await get('/organizations?page[size]=1001')).status).toBe(400);
  });

  it('returns only items changed inside filter[updated_at]', async () => {
    const typeId = sim.state.flexibleAssetTypes[0]!.id;
    const a = sim.addFlexibleAsset({ name: 'Old' });
    sim.addFlexibleAsset({ name: 'Untouched' });
    sim.clock.set('2026-03-02T12:00:00Z');
    sim.updateFlexibleAsset(a.id, { traits: { Resolution: '<b>Reboot</b>' } });
    sim.clock.set('2026-03-03T00:00:00Z');
    sim.addFlexibleAsset({ name: 'Newer' });
    const range = encodeURIComponent('2026-03-02T00:00:00Z,2026-03-02T23:59:59Z');
    const changed = await get(
      `/flexible_assets?filter[flexible_asset_type_id]=${typeId}&filter[updated_at]=${range}`,
    );
    expect(changed.body.data.map((d) => d.attributes.name)).toEqual(['Old']);
    expect(changed.body.data[0]?.attributes['updated-at']).toBe('2026-03-02T12:00:00.000Z');
    const openEnded = await get(
      `/flexible_assets?filter[flexible_asset_type_id]=${typeId}&filter[updated_at]=2026-03-02T00:00:00Z,`,
    );
    expect(openEnded.body.data.map((d) => d.attributes.name)).toEqual(['Old', 'Newer']);
    expect((await get('/organizations?filter[updated_at]=yesterday,today')).status).toBe(400);
  });

  it('shows archivals as changed records and deletions as absent', async () => {
    const typeId = sim.state.flexibleAssetTypes[0]!.id;
    const keep = sim.addFlexibleAsset({ name: 'Keep' });
    const gone = sim.addFlexibleAsset({ name: 'Gone' });
    sim.clock.advance(60_000);
    sim.archiveFlexibleAsset(keep.id);
    sim.deleteFlexibleAsset(gone.id);
    const list = await get(`/flexible_assets?filter[flexible_asset_type_id]=${typeId}`);
    expect(list.body.data.map((d) => [d.attributes.name, d.attributes.archived])).toEqual([['Keep', true]]);
    expect((await get(`/flexible_assets/${gone.id}`)).status).toBe(404);
  });

  it('lists documents per organization', async () => {
    const org = sim.addOrganization({ name: 'Contoso' });
    sim.addDocument({ organization: org.id, name: 'VPN setup', content: '<h1>VPN</h1>' });
    const docs = await get(`/organizations/${org.id}/relationships/documents`);
    expect(docs.body.data).toEqual([
      expect.objectContaining({
        type: 'documents',
        attributes: expect.objectContaining({ name: 'VPN setup' }),
      }),
    ]);
    expect((await get('/organizations/999/relationships/documents')).status).toBe(404);
  });
});

describe('faults and rate limiting', () => {
  it('injects 429 with Retry-After and 500s, then recovers', async () => {
    sim.failNext({ path: '/organizations' }, { status: 429, retryAfter: 12 });
    sim.failNext({ path: /^\/organizations/ }, { status: 500 });
    const limited = await get('/organizations');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('12');
    expect((await get('/organizations')).status).toBe(500);
    expect(sim.pendingFaults).toBe(0);
    expect((await get('/organizations')).status).toBe(200);
  });

  it('answers 429 past the request budget until the window slides', async () => {
    const limited = await startItGlueSimulator({ rateLimit: { requests: 3, windowMs: 300_000 } });
    try {
      const call = () => fetch(`${limited.url}/organizations`, { headers: limited.headers });
      for (let n = 0; n < 3; n++) expect((await call()).status).toBe(200);
      const over = await call();
      expect(over.status).toBe(429);
      expect(over.headers.get('retry-after')).toBe('300');
      limited.clock.advance(300_001);
      expect((await call()).status).toBe(200);
    } finally {
      await limited.close();
    }
  });
});
