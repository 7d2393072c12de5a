import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ItGlueSimulator, startItGlueSimulator } from '../../../sim/itglue/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { kbChunksTable, kbConnectorsTable, kbDocumentsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import { getConnector } from '../connectors/manage.ts';
import { addConnector, indexedDocuments, syncHarness, syncOnce } from './test-support.ts';

const HOUR = 3_600_000;
let sim: ItGlueSimulator;
let account: TestAccount;
let typeId: number;

beforeAll(async () => {
  sim = await startItGlueSimulator({ startAt: '2026-03-01T00:00:00Z' });
  account = await createTestAccount(await testDatabase(), 'IT Glue sync');
});
beforeEach(() => {
  const contoso = sim.addOrganization({ name: 'Contoso Ltd' });
  typeId = sim.state.flexibleAssetTypes[0]!.id;
  for (let n = 1; n <= 5; n++)
    sim.addFlexibleAsset({
      organization: n % 2 ? 'Happy Frog' : contoso.id,
      name: `Runbook ${n}`,
      traits: { 'Known Issues': `<p>Issue ${n}: <b>VPN</b> drops</p>`, Resolution: `Step ${n}`, Owner: 4 },
    });
  sim.addDocument({
    organization: contoso.id,
    name: 'Printer setup',
    content: '<h1>Printers</h1><p>Use IP printing.</p>',
  });
  sim.calls.length = 0;
});
afterEach(() => {
  sim.reset();
  sim.clock.set('2026-03-01T00:00:00Z');
});
afterAll(() => sim.close());

const input = (name: string, settings: Record<string, unknown> = {}, apiKey = sim.apiKey) => ({
  kind: 'itglue',
  name,
  apiKey,
  settings: { region: 'eu', baseUrl: sim.url, flexibleAssetTypeIds: [typeId], pageSize: 2, ...settings },
});

const assetCalls = () => sim.calls.filter((c) => c.path === '/flexible_assets');

describe('IT Glue sync', () => {
  it('indexes everything, then fetches only what changed; archived items leave the index', async () => {
    const id = await addConnector(account.owner, input('ITG full'));
    const { deps } = syncHarness(() => sim.clock.now());
    sim.clock.advance(HOUR); // the overlap (5 min) then reaches back to 00:55, after the seed
    const first = await syncOnce(account.system(), deps, id);
    expect(first).toMatchObject({ ok: true, created: 6, updated: 0, deleted: 0, documentCount: 6 });
    const docs = await indexedDocuments(account.owner, id);
    expect(docs.find((d) => d.title === 'Runbook 3')).toMatchObject({
      title: 'Runbook 3',
      companyName: 'Happy Frog',
      folder: 'Runbook',
      url: expect.stringContaining('/flexible_assets/'),
    });
    expect(docs.find((d) => d.title === 'Printer setup')).toMatchObject({
      companyName: 'Contoso Ltd',
      companyKey: 'contoso',
    });
    const body = await withTransaction(account.owner, (tx) =>
      tx
        .select({ heading: kbChunksTable.heading, body: kbChunksTable.body })
        .from(kbChunksTable)
        .where(eq(kbChunksTable.title, 'Runbook 2')),
    );
    expect(body.map((c) => c.heading)).toContain('Known issues');
    expect(body.map((c) => c.body).join(' ')).toContain('Issue 2: VPN drops');
    // A full listing pages in creation order (a documented sort key; `id` is not one).
    expect(assetCalls().map((c) => [c.query.sort, c.query['page[number]']])).toEqual([
      ['created_at', '1'],
      ['created_at', '2'],
      ['created_at', '3'],
    ]);

    sim.clock.advance(HOUR);
    const [one, two] = sim.state.flexibleAssets;
    sim.updateFlexibleAsset(one!.id, { traits: { Resolution: 'Reboot the firewall' } });
    sim.archiveFlexibleAsset(two!.id);
    sim.clock.advance(60_000);
    sim.calls.length = 0;
    const second = await syncOnce(account.system(), deps, id);
    expect(second).toMatchObject({
      ok: true,
      created: 0,
      updated: 1,
      unchanged: 0,
      deleted: 1,
      documentCount: 5,
    });
    // filter[updated_at] is not documented for flexible assets: newest changes first, and the
    // listing stops at the first page reaching back before the window (00:55) — not a full re-read.
    expect(assetCalls().map((c) => [c.query.sort, c.query['page[number]']])).toEqual([
      ['-updated_at', '1'],
      ['-updated_at', '2'],
    ]);
    expect(assetCalls().every((c) => c.query['filter[updated_at]'] === undefined)).toBe(true);
    expect((await indexedDocuments(account.owner, id)).map((d) => d.externalId)).not.toContain(
      `flexible_asset:${two!.id}`,
    );
    const view = await getConnector({ ctx: account.owner, connectorId: id });
    expect(view.status).toMatchObject({ state: 'idle', documentCount: 5, lastError: null, running: false });
    expect(view.status.lastRun).toMatchObject({ updated: 1, deleted: 1, unchanged: 0 });
  });

  it('finds deletions with the periodic full listing', async () => {
    const id = await addConnector(account.owner, input('ITG deletions', { fullSyncEveryHours: 24 }));
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    const gone = sim.state.flexibleAssets[0]!;
    sim.deleteFlexibleAsset(gone.id);
    sim.clock.advance(HOUR);
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({
      ok: true,
      deleted: 0,
      documentCount: 6,
    });
    sim.clock.advance(24 * HOUR);
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({
      ok: true,
      deleted: 1,
      documentCount: 5,
    });
    expect((await indexedDocuments(account.owner, id)).map((d) => d.externalId)).not.toContain(
      `flexible_asset:${gone.id}`,
    );
  });

  it('resumes after a crash at the page after the last committed one', async () => {
    const id = await addConnector(account.owner, input('ITG crash'));
    const crash = new AbortController();
    const { deps } = syncHarness(() => sim.clock.now(), {
      fetch: (url, init) => {
        // The process "dies" as it asks for the third page of flexible assets.
        if (String(url).includes('/flexible_assets') && String(url).includes('page%5Bnumber%5D=3'))
          crash.abort();
        return fetch(url, init);
      },
    });
    const broken = await syncOnce(account.system(), deps, id, crash.signal);
    expect(broken).toMatchObject({
      ok: false,
      error: 'The sync was cancelled.',
      created: 4,
      documentCount: 4,
    });
    expect((await getConnector({ ctx: account.owner, connectorId: id })).status).toMatchObject({
      state: 'failed',
      lastError: 'The sync was cancelled.',
    });

    sim.calls.length = 0;
    const { deps: fresh } = syncHarness(() => sim.clock.now());
    const resumed = await syncOnce(account.system(), fresh, id);
    expect(resumed).toMatchObject({ ok: true, created: 2, documentCount: 6 });
    expect(assetCalls().map((c) => c.query['page[number]'])).toEqual(['3']);
    expect((await indexedDocuments(account.owner, id)).map((d) => d.title).sort()).toEqual([
      'Printer setup',
      'Runbook 1',
      'Runbook 2',
      'Runbook 3',
      'Runbook 4',
      'Runbook 5',
    ]);
  });

  it('waits out a 429 for as long as Retry-After says, then carries on', async () => {
    const id = await addConnector(account.owner, input('ITG 429'));
    const { deps, waits } = syncHarness(() => sim.clock.now());
    sim.failNext({ path: '/flexible_assets' }, { status: 429, retryAfter: 7 }, 2);
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 6 });
    expect(waits).toEqual([7000, 7000]);
    expect(assetCalls().map((c) => c.status)).toEqual([429, 429, 200, 200, 200]);
  });

  it('records a rejected key as a clear last error and never logs the key', async () => {
    const wrongKey = 'ITG.wrongkey-9f8e7d6c5b4a39281706';
    const id = await addConnector(account.owner, input('ITG bad key', {}, wrongKey));
    const { deps, lines } = syncHarness(() => sim.clock.now());
    const report = await syncOnce(account.system(), deps, id);
    expect(report.ok).toBe(false);
    expect(report.error).toMatch(/^IT Glue rejected the API key \(403\) while listing organizations/);
    const [row] = await withTransaction(account.owner, (tx) =>
      tx.select().from(kbConnectorsTable).where(eq(kbConnectorsTable.id, id)),
    );
    expect(row).toMatchObject({
      syncStatus: 'failed',
      lastError: report.error,
      lastErrorAt: expect.any(Date),
    });
    expect(row?.secretSealed).not.toContain(wrongKey);
    expect(lines.some((l) => l.includes('knowledge sync failed'))).toBe(true);
    expect(lines.join('\n')).not.toContain(wrongKey);
    expect(sim.calls.at(-1)?.headers['x-api-key']).toBe(wrongKey);
  });

  it('refuses a second concurrent run of the same connector', async () => {
    const id = await addConnector(account.owner, input('ITG concurrent'));
    const { deps } = syncHarness(() => sim.clock.now());
    const [a, b] = await Promise.allSettled([
      syncOnce(account.system(), deps, id),
      syncOnce(account.system(), deps, id),
    ]);
    const outcomes = [a, b].map((r) => r.status);
    expect(outcomes.sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('already syncing'),
    });
    const count = await withTransaction(account.owner, (tx) =>
      tx.$count(kbDocumentsTable, eq(kbDocumentsTable.connectorId, id)),
    );
    expect(count).toBe(6);
  });
});
