/**
 * SharePoint/OneDrive scoping against the Graph simulator: drives and sites taken out of the
 * settings leave the index, and a library with one folder per client files each folder's documents
 * under that client (also after the folder is renamed, which delta reports for the folder only).
 */
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GraphSimulator, startGraphSimulator } from '../../../sim/graph/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { kbConnectorsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import { createConnector, updateConnector } from '../connectors/manage.ts';
import { addConnector, indexedDocuments, syncHarness, syncOnce, TEST_SECRETS_KEY } from './test-support.ts';

let sim: GraphSimulator;
let account: TestAccount;
let internal: string;
let clients: string;
let clientsSite: string;

beforeAll(async () => {
  sim = await startGraphSimulator({ deltaPageSize: 3, startTime: '2026-03-01T00:00:00Z' });
  account = await createTestAccount(await testDatabase(), 'Graph scoping');
});
beforeEach(() => {
  internal = sim.defaultDriveId as string;
  clientsSite = sim.addSite({ name: 'clients', displayName: 'Clients' }).id;
  clients = sim.addDrive(clientsSite, { name: 'Client runbooks' }).id;
  sim.addFile(internal, 'Runbooks/MFA reset.md', '# MFA reset\n\nRevoke sessions in Entra.', 'text/markdown');
  sim.addFile(clients, 'Contoso/VPN.md', '# VPN\n\nReset the quokkaflux appliance.', 'text/markdown');
  sim.addFile(
    clients,
    'Fabrikam/Printers/Printer.md',
    '# Printer\n\nPower-cycle the plotter.',
    'text/markdown',
  );
  sim.addFile(clients, 'Internal/Holiday rota.md', '# Holiday rota\n\nCall the duty phone.', 'text/markdown');
  sim.addFile(clients, 'Read me.md', '# Read me\n\nOne folder per client.', 'text/markdown');
  sim.calls.length = 0;
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const settings = (extra: Record<string, unknown> = {}) => ({
  tenantId: sim.credentials.tenantId,
  clientId: sim.credentials.clientId,
  driveIds: [internal, clients],
  loginBaseUrl: sim.loginUrl,
  graphBaseUrl: sim.graphUrl,
  ...extra,
});
const add = (name: string, extra: Record<string, unknown> = {}) =>
  addConnector(account.owner, {
    kind: 'graph',
    name,
    clientSecret: sim.credentials.clientSecret,
    settings: settings(extra),
  });
const edit = (connectorId: string, input: Record<string, unknown>) =>
  updateConnector({ ctx: account.owner, deps: { secretsKey: TEST_SECRETS_KEY }, connectorId, input });
const companies = async (id: string) =>
  Object.fromEntries((await indexedDocuments(account.owner, id)).map((d) => [d.title, d.companyName]));

describe('Graph: what stays in the index', () => {
  it('removes a drive taken out of the settings at the next sync, and it stays removed', async () => {
    const id = await add('Graph drop drive');
    const { deps } = syncHarness(() => sim.clock.now());
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 5 });
    await edit(id, { settings: { driveIds: [internal] } });
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({
      ok: true,
      deleted: 4,
      documentCount: 1,
    });
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({
      ok: true,
      deleted: 0,
      documentCount: 1,
    });
    expect((await indexedDocuments(account.owner, id)).map((d) => d.title)).toEqual(['MFA reset']);
  });

  it('removes the libraries of a site taken out of the settings', async () => {
    const id = await add('Graph drop site', { driveIds: [internal], siteIds: [clientsSite] });
    const { deps } = syncHarness(() => sim.clock.now());
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 5 });
    await edit(id, { settings: { siteIds: [] } });
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({
      ok: true,
      deleted: 4,
      documentCount: 1,
    });
  });
});

describe('Graph: client per folder', () => {
  it('files each client folder under its client; an explicit mapping wins over the folder name', async () => {
    const id = await add('Graph folders', {
      companyByDrive: { [clients]: null },
      folderNameIsCompany: [{ driveId: clients, parent: '' }],
      folderCompanies: [
        { driveId: clients, folder: 'Internal', company: null },
        { folder: '/Runbooks/', company: 'Northwind' },
      ],
    });
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    expect(await companies(id)).toEqual({
      VPN: 'Contoso',
      Printer: 'Fabrikam',
      'Holiday rota': null,
      'Read me': null,
      'MFA reset': 'Northwind',
    });
    const printer = (await indexedDocuments(account.owner, id)).find((d) => d.title === 'Printer');
    // Delta sends no folder path: it comes from the folders tracked by id.
    expect(printer).toMatchObject({ folder: 'Fabrikam/Printers', companyKey: 'fabrikam' });
  });

  it('re-files a client folder renamed at the source (delta reports only the folder)', async () => {
    const id = await add('Graph rename', { folderNameIsCompany: [{ parent: '' }] });
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    sim.clock.advance(60_000);
    sim.renameItem(clients, 'Contoso', 'Contoso Ltd');
    const after = await syncOnce(account.system(), deps, id);
    expect(after).toMatchObject({ ok: true, updated: 1, deleted: 0 });
    expect((await companies(id)).VPN).toBe('Contoso Ltd');
  });

  it('finds the folder of a file whose parent it has not seen (a cursor from before folders were tracked)', async () => {
    const id = await add('Graph legacy cursor', { folderNameIsCompany: [{ driveId: clients, parent: '' }] });
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    // The previous version kept only the delta links.
    await withTransaction(account.owner, async (tx) => {
      const [row] = await tx.select().from(kbConnectorsTable).where(eq(kbConnectorsTable.id, id));
      const drives =
        (row?.cursor as { drives?: Record<string, { deltaLink?: string }> } | undefined)?.drives ?? {};
      const links = Object.fromEntries(
        Object.entries(drives).map(([d, c]) => [d, { deltaLink: c.deltaLink }]),
      );
      await tx
        .update(kbConnectorsTable)
        .set({ cursor: { drives: links } })
        .where(eq(kbConnectorsTable.id, id));
    });
    sim.clock.advance(60_000);
    sim.addFile(clients, 'Fabrikam/Printers/Scanner.md', '# Scanner\n\nScan to email.', 'text/markdown');
    sim.calls.length = 0;
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 1 });
    const scanner = (await indexedDocuments(account.owner, id)).find((d) => d.title === 'Scanner');
    expect(scanner).toMatchObject({ folder: 'Fabrikam/Printers', companyName: 'Fabrikam' });
    expect(sim.calls.some((c) => new RegExp(`/drives/${clients}/items/[^/]+$`).test(c.path))).toBe(true);
  });

  it('refuses folder rules that cannot work, with the reason, and changes nothing', async () => {
    const create = (name: string, extra: Record<string, unknown>) =>
      createConnector({
        ctx: account.owner,
        deps: { secretsKey: TEST_SECRETS_KEY },
        input: { kind: 'graph', name, clientSecret: sim.credentials.clientSecret, settings: settings(extra) },
      });
    await expect(
      create('bad parent', { folderCompanies: [{ folder: '../Secrets', company: 'X' }] }),
    ).rejects.toMatchObject({
      code: 'unprocessable',
      message:
        'Invalid graph settings (settings.folderCompanies.0.folder: must be a folder path like Clients/Contoso (no empty, "." or ".." parts))',
    });
    await expect(
      create('bad drive', { folderNameIsCompany: [{ driveId: 'b!unknown', parent: 'Clients' }] }),
    ).rejects.toMatchObject({
      message:
        'Invalid graph settings (settings.folderNameIsCompany.0.driveId: drive "b!unknown" is not among the chosen drives)',
    });
    await expect(
      create('twice', {
        folderCompanies: [
          { folder: 'Clients/Contoso', company: 'Contoso' },
          { folder: 'clients/contoso/', company: 'Fabrikam' },
        ],
      }),
    ).rejects.toMatchObject({
      message:
        'Invalid graph settings (settings.folderCompanies.1.folder: folder "clients/contoso" is mapped twice)',
    });
    await expect(
      create('blank client', { folderCompanies: [{ folder: 'A', company: ' ' }] }),
    ).rejects.toMatchObject({
      message:
        'Invalid graph settings (settings.folderCompanies.0.company: name the client, or use null for your own documentation)',
    });

    const id = await add('Graph keeps settings');
    await expect(
      edit(id, { settings: { folderCompanies: [{ folder: '', company: 'X' }] } }),
    ).rejects.toMatchObject({
      message:
        'Invalid graph settings (settings.folderCompanies.0.folder: name a folder, e.g. Clients/Contoso)',
    });
    const [row] = await withTransaction(account.owner, (tx) =>
      tx.select().from(kbConnectorsTable).where(eq(kbConnectorsTable.id, id)),
    );
    expect(row?.settings).toMatchObject({ folderCompanies: [], folderNameIsCompany: [] });
    const names = await withTransaction(account.owner, (tx) =>
      tx.select({ name: kbConnectorsTable.name }).from(kbConnectorsTable),
    );
    expect(names.map((n) => n.name)).not.toContain('bad parent');
  });
});
