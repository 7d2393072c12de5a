/**
 * IT Glue as its docs describe it, against the simulator: the owner (primary) organisation is the
 * MSP's own documentation, documents live in folders and keep their bodies in sections, and an
 * incremental run without a documented updated_at filter still reads only what changed.
 */
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ItGlueSimulator, startItGlueSimulator } from '../../../sim/itglue/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { kbConnectorsTable, kbDocumentsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import { createConnector, getConnector, updateConnector } from '../connectors/manage.ts';
import { rankKnowledge } from '../index/search.ts';
import { addConnector, indexedDocuments, syncHarness, syncOnce, TEST_SECRETS_KEY } from './test-support.ts';

const HOUR = 3_600_000;
let sim: ItGlueSimulator;
let account: TestAccount;
let typeId: number;

beforeAll(async () => {
  sim = await startItGlueSimulator({ startAt: '2026-03-01T00:00:00Z' });
  account = await createTestAccount(await testDatabase(), 'IT Glue scoping');
});
beforeEach(() => {
  typeId = sim.state.flexibleAssetTypes[0]!.id;
  const msp = sim.addOrganization({ name: 'Kraken Techs', organizationTypeName: 'Owner' });
  const contoso = sim.addOrganization({ name: 'Contoso Ltd' });
  sim.addFlexibleAsset({
    organization: msp.id,
    name: 'Onboarding a new starter',
    traits: { Steps: '<p>Create the account, assign the zanzibarite licence bundle.</p>' },
  });
  sim.addFlexibleAsset({
    organization: contoso.id,
    name: 'Contoso VPN',
    traits: { Resolution: '<p>Reset the quokkaflux appliance.</p>' },
  });
  sim.addDocumentFolder({ organization: contoso.id, name: 'Network' });
  sim.addDocumentFolder({ organization: contoso.id, name: 'Firewalls', parent: 'Network' });
  sim.addDocument({
    organization: contoso.id,
    name: 'Root note',
    content: '<p>Wifi password rotates monthly.</p>',
  });
  sim.addDocument({
    organization: contoso.id,
    folder: 'Firewalls',
    name: 'Firewall change procedure',
    sections: [
      { type: 'Document::Heading', content: 'Before you start', level: 2 },
      { type: 'Document::Text', content: '<p>Export the config to the marmoset share first.</p>' },
      { type: 'Document::Step', content: '<p>Apply the rule and test from outside.</p>' },
      { type: 'Document::Gallery', content: '' },
    ],
  });
  sim.addDocument({ organization: msp.id, name: 'Holiday rota', content: '<p>Call the duty phone.</p>' });
  sim.calls.length = 0;
});
afterEach(() => {
  sim.reset();
  sim.clock.set('2026-03-01T00:00:00Z');
});
afterAll(() => sim.close());

const settings = (extra: Record<string, unknown> = {}) => ({
  region: 'us',
  baseUrl: sim.url,
  flexibleAssetTypeIds: [typeId],
  pageSize: 2,
  ...extra,
});
const add = (name: string, extra: Record<string, unknown> = {}) =>
  addConnector(account.owner, { kind: 'itglue', name, apiKey: sim.apiKey, settings: settings(extra) });
const byTitle = async (id: string) =>
  new Map((await indexedDocuments(account.owner, id)).map((d) => [d.title, d]));

describe('IT Glue: whose documentation, and where documents live', () => {
  it("files the primary organisation's records as the MSP's own, answerable for every client", async () => {
    const id = await add('ITG owner');
    const { deps } = syncHarness(() => sim.clock.now());
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 5 });
    const docs = await byTitle(id);
    expect(docs.get('Onboarding a new starter')).toMatchObject({ companyName: null, companyKey: null });
    expect(docs.get('Holiday rota')).toMatchObject({ companyName: null, companyKey: null });
    expect(docs.get('Contoso VPN')).toMatchObject({ companyName: 'Contoso Ltd', companyKey: 'contoso' });

    // A client's ticket ranks the MSP's runbook (rankKnowledge: the index, before the answer
    // threshold); another client's runbook is never a candidate.
    const forFabrikam = await rankKnowledge(account.owner, {
      text: 'zanzibarite licence bundle',
      companyId: 'Fabrikam',
    });
    expect(forFabrikam.passages.map((p) => p.title)).toContain('Onboarding a new starter');
    const leak = await rankKnowledge(account.owner, {
      text: 'quokkaflux appliance',
      companyId: 'Fabrikam',
    });
    expect(leak.passages.map((p) => p.title)).not.toContain('Contoso VPN');
  });

  it('lets the settings name the MSP organisation, and fails clearly when it does not exist', async () => {
    const contoso = sim.state.organizations.find((o) => o.name === 'Contoso Ltd')!;
    const id = await add('ITG chosen owner', { mspOrganizationId: String(contoso.id) });
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    const docs = await byTitle(id);
    expect(docs.get('Contoso VPN')?.companyName).toBeNull();
    expect(docs.get('Onboarding a new starter')?.companyName).toBe('Kraken Techs');

    const missing = await add('ITG missing owner', { mspOrganizationId: '987654' });
    const report = await syncOnce(account.system(), deps, missing);
    expect(report).toMatchObject({ ok: false, documentCount: 0 });
    expect(report.error).toBe(
      "IT Glue has no organization with id 987654 (chosen as the MSP's own organization in the settings): pick it again.",
    );
  });

  it('refuses an MSP organisation that is not an id, and stores nothing', async () => {
    const attempt = createConnector({
      ctx: account.owner,
      deps: { secretsKey: TEST_SECRETS_KEY },
      input: {
        kind: 'itglue',
        name: 'ITG bad owner',
        apiKey: sim.apiKey,
        settings: settings({ mspOrganizationId: 'Kraken' }),
      },
    });
    await expect(attempt).rejects.toMatchObject({
      code: 'unprocessable',
      message: 'Invalid itglue settings (settings.mspOrganizationId: must be a numeric organization id)',
    });
    const rows = await withTransaction(account.owner, (tx) =>
      tx.select().from(kbConnectorsTable).where(eq(kbConnectorsTable.name, 'ITG bad owner')),
    );
    expect(rows).toEqual([]);
  });

  it('indexes documents inside (nested) folders with their bodies read from sections', async () => {
    const id = await add('ITG folders');
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    const docs = await byTitle(id);
    expect(docs.get('Firewall change procedure')).toMatchObject({
      companyName: 'Contoso Ltd',
      folder: 'Documents/Network/Firewalls',
    });
    expect(docs.get('Root note')?.folder).toBe('Documents');
    const firewalls = sim.state.documentFolders.find((f) => f.name === 'Firewalls')!;
    expect(sim.calls.some((c) => c.query['filter[document_folder_id]'] === String(firewalls.id))).toBe(true);
    // A word only in a Text section's body finds the document; the heading became its heading path.
    const { passages: hits } = await rankKnowledge(account.owner, {
      text: 'marmoset share',
      companyId: 'Contoso Ltd',
    });
    expect(hits[0]).toMatchObject({ title: 'Firewall change procedure' });
    expect(hits[0]?.snippet).toContain('marmoset');
  });

  it('re-reads only changed documents and assets in an incremental run, never the whole account', async () => {
    const id = await add('ITG incremental');
    const { deps } = syncHarness(() => sim.clock.now());
    sim.clock.advance(HOUR);
    await syncOnce(account.system(), deps, id);
    sim.clock.advance(HOUR);
    const rule = sim.state.documents.find((d) => d.name === 'Firewall change procedure')!;
    sim.updateDocument(rule.id, {
      sections: [{ type: 'Document::Text', content: '<p>Use the change window.</p>' }],
    });
    sim.clock.advance(60_000);
    sim.calls.length = 0;
    const second = await syncOnce(account.system(), deps, id);
    expect(second).toMatchObject({ ok: true, created: 0, updated: 1, unchanged: 0, deleted: 0 });
    const bodyReads = sim.calls.filter((c) => /\/relationships\/documents\/\d+$/.test(c.path));
    expect(bodyReads.map((c) => c.path)).toEqual([
      `/organizations/${rule.organizationId}/relationships/documents/${rule.id}`,
    ]);
    // No asset changed: one page of newest changes, then stop.
    expect(sim.calls.filter((c) => c.path === '/flexible_assets')).toHaveLength(1);
    const view = await getConnector({ ctx: account.owner, connectorId: id });
    expect(view.status.lastRun).toMatchObject({ updated: 1, httpCalls: sim.calls.length });
  });

  it('stamps what a full listing saw and removes what it did not, including after a type is deselected', async () => {
    const id = await add('ITG reconcile');
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    const seen = await withTransaction(account.owner, (tx) =>
      tx
        .select({ at: kbDocumentsTable.lastSeenAt })
        .from(kbDocumentsTable)
        .where(eq(kbDocumentsTable.connectorId, id)),
    );
    expect(seen.every((r) => r.at instanceof Date)).toBe(true);
    await updateConnector({
      ctx: account.owner,
      deps: { secretsKey: TEST_SECRETS_KEY },
      connectorId: id,
      input: { settings: { flexibleAssetTypeIds: [] } },
    });
    const after = await syncOnce(account.system(), deps, id);
    expect(after).toMatchObject({ ok: true, deleted: 2, documentCount: 3 });
    expect([...(await byTitle(id)).keys()].sort()).toEqual([
      'Firewall change procedure',
      'Holiday rota',
      'Root note',
    ]);
  });

  it('re-lists everything once after an upgrade, when the cursor was written by the previous version', async () => {
    const id = await add('ITG upgraded');
    sim.clock.advance(HOUR); // past the 5-minute overlap, so an incremental run would read nothing
    const now = new Date(sim.clock.now()).toISOString();
    // What the previous version stored after a full listing a moment ago (no layout marker).
    await withTransaction(account.owner, (tx) =>
      tx
        .update(kbConnectorsTable)
        .set({ cursor: { watermark: now, lastFullAt: now, run: null } })
        .where(eq(kbConnectorsTable.id, id)),
    );
    const { deps } = syncHarness(() => sim.clock.now());
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 5 });
    expect(sim.calls.find((c) => c.path === '/flexible_assets')?.query.sort).toBe('created_at');
    sim.calls.length = 0;
    sim.clock.advance(60_000);
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 0, unchanged: 0 });
    expect(sim.calls.find((c) => c.path === '/flexible_assets')?.query.sort).toBe('-updated_at');
  });
});
