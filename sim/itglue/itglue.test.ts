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

  it('honours filter[updated_at] where documented (organizations) and ignores it on flexible assets', async () => {
    const typeId = sim.state.flexibleAssetTypes[0]!.id;
    sim.addFlexibleAsset({ name: 'Old' });
    sim.clock.set('2026-03-02T12:00:00Z');
    sim.addOrganization({ name: 'Contoso' });
    sim.addFlexibleAsset({ name: 'Newer' });
    const range = encodeURIComponent('2026-03-02T00:00:00Z,2026-03-02T23:59:59Z');
    const orgs = await get(`/organizations?filter[updated_at]=${range}`);
    expect(orgs.body.data.map((d) => d.attributes.name)).toEqual(['Contoso']);
    const assets = await get(
      `/flexible_assets?filter[flexible_asset_type_id]=${typeId}&filter[updated_at]=${range}`,
    );
    expect(assets.body.data.map((d) => d.attributes.name)).toEqual(['Old', 'Newer']);
    expect((await get('/organizations?filter[updated_at]=yesterday,today')).status).toBe(400);
  });

  it('accepts only the documented sort keys of each resource', async () => {
    const typeId = sim.state.flexibleAssetTypes[0]!.id;
    sim.addFlexibleAsset({ name: 'B first' });
    sim.clock.advance(60_000);
    const a = sim.addFlexibleAsset({ name: 'A second' });
    sim.clock.advance(60_000);
    sim.updateFlexibleAsset(a.id, { traits: { Resolution: 'x' } });
    const byId = await get(`/flexible_assets?filter[flexible_asset_type_id]=${typeId}&sort=id`);
    expect(byId.status).toBe(400);
    expect(byId.body.errors?.[0]?.detail).toBe(
      'sort must be one of: name, created_at, updated_at (got "id")',
    );
    const newest = await get(`/flexible_assets?filter[flexible_asset_type_id]=${typeId}&sort=-updated_at`);
    expect(newest.body.data.map((d) => d.attributes.name)).toEqual(['A second', 'B first']);
    expect((await get('/organizations?sort=id')).status).toBe(200);
    const org = sim.state.organizations[0]!;
    const docs = await get(`/organizations/${org.id}/relationships/documents?sort=name`);
    expect(docs.status).toBe(400);
    expect(docs.body.errors?.[0]?.detail).toMatch(/^sort is not supported/);
  });

  it('marks the account owner as the primary organization', async () => {
    sim.addOrganization({ name: 'Kraken Techs', organizationTypeName: 'Owner' });
    const orgs = await get('/organizations?sort=id');
    expect(orgs.body.data.map((d) => [d.attributes.name, d.attributes.primary])).toEqual([
      ['Happy Frog', false],
      ['Kraken Techs', true],
    ]);
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

  it('lists root-level documents unless a folder is named, and the body only on the document', async () => {
    const org = sim.addOrganization({ name: 'Contoso' });
    const network = sim.addDocumentFolder({ organization: org.id, name: 'Network' });
    sim.addDocumentFolder({ organization: org.id, name: 'Firewalls', parent: 'Network' });
    sim.addDocument({ organization: org.id, name: 'VPN setup', content: '<h1>VPN</h1>' });
    const inFolder = sim.addDocument({
      organization: org.id,
      folder: 'Firewalls',
      name: 'Firewall rules',
      sections: [
        { type: 'Document::Heading', content: 'Rules', level: 2 },
        { type: 'Document::Text', content: '<p>Allow UDP 4500.</p>' },
      ],
    });
    const root = await get(`/organizations/${org.id}/relationships/documents`);
    expect(root.body.data.map((d) => d.attributes.name)).toEqual(['VPN setup']);
    expect(root.body.data[0]?.attributes).not.toHaveProperty('content');
    const firewalls = sim.state.documentFolders.find((f) => f.name === 'Firewalls')!;
    const foldered = await get(
      `/organizations/${org.id}/relationships/documents?filter[document_folder_id]=${firewalls.id}`,
    );
    expect(foldered.body.data.map((d) => d.attributes.name)).toEqual(['Firewall rules']);
    const folders = await get(`/organizations/${org.id}/relationships/document_folders`);
    expect(folders.body.data.map((d) => [d.attributes.name, d.attributes['parent-id']])).toEqual([
      ['Network', null],
      ['Firewalls', network.id],
    ]);
    const one = (await get(`/organizations/${org.id}/relationships/documents/${inFolder.id}`))
      .body as unknown as {
      data: { relationships: Record<string, { data: unknown[] }> };
      included: { type: string; attributes: Record<string, unknown> }[];
    };
    expect(one.data.relationships['document-sections']?.data).toHaveLength(2);
    expect(one.included.map((s) => [s.type, s.attributes['resource-type'], s.attributes.content])).toEqual([
      ['document-sections', 'Document::Heading', 'Rules'],
      ['document-sections', 'Document::Text', '<p>Allow UDP 4500.</p>'],
    ]);
    expect((await get(`/documents/${inFolder.id}`)).status).toBe(200);
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
