import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type GraphSimulator, startGraphSimulator } from '../../../sim/graph/index.ts';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { getConnector } from '../connectors/manage.ts';
import { makeDocx, makePdf } from '../extract/test-files.ts';
import { addConnector, indexedDocuments, syncHarness, syncOnce } from './test-support.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let sim: GraphSimulator;
let account: TestAccount;
let driveId: string;

beforeAll(async () => {
  sim = await startGraphSimulator({ deltaPageSize: 3, startTime: '2026-03-01T00:00:00Z' });
  account = await createTestAccount(await testDatabase(), 'Graph sync');
});
beforeEach(async () => {
  driveId = sim.defaultDriveId as string;
  sim.addFile(
    driveId,
    'Runbooks/VPN/VPN error 809.docx',
    await makeDocx('VPN error 809', [{ heading: 'Fix', paragraphs: ['Allow UDP 500 and 4500.'] }]),
    DOCX,
  );
  sim.addFile(
    driveId,
    'Runbooks/Printer offline.pdf',
    await makePdf([['Printer offline', 'Restart the spooler.']]),
    'application/pdf',
  );
  sim.addFile(driveId, 'Runbooks/MFA reset.md', '# MFA reset\n\nRevoke sessions in Entra.', 'text/markdown');
  sim.addFile(driveId, 'Archive/huge-export.txt', 'x'.repeat(30_000), 'text/plain');
  sim.addFile(driveId, 'Budget.xlsx', 'not text', 'application/vnd.ms-excel');
  sim.calls.length = 0;
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const connector = (
  name: string,
  settings: Record<string, unknown> = {},
  clientSecret = sim.credentials.clientSecret,
) =>
  addConnector(account.owner, {
    kind: 'graph',
    name,
    clientSecret,
    settings: {
      tenantId: sim.credentials.tenantId,
      clientId: sim.credentials.clientId,
      driveIds: [driveId],
      loginBaseUrl: sim.loginUrl,
      graphBaseUrl: sim.graphUrl,
      maxFileBytes: 20_480,
      companyByDrive: { [driveId]: 'Contoso Ltd' },
      ...settings,
    },
  });

const graphCalls = (pattern: RegExp) =>
  sim.calls.filter((c) => c.service === 'graph' && pattern.test(c.path));

describe('SharePoint / OneDrive sync', () => {
  it('indexes .docx, .pdf and .md through delta and 302 downloads, skips the oversized file with a reason', async () => {
    const id = await connector('SharePoint KB');
    const { deps, lines } = syncHarness(() => sim.clock.now());
    const report = await syncOnce(account.system(), deps, id);
    expect(report).toMatchObject({ ok: true, created: 3, skipped: 1, documentCount: 3 });
    expect(report.skippedItems).toEqual([
      {
        externalId: expect.stringContaining(`${driveId}/`),
        title: 'huge-export.txt',
        reason: 'file is 30 KB, over the 20 KB limit',
      },
    ]);
    const docs = await indexedDocuments(account.owner, id);
    expect(docs.map((d) => [d.title, d.folder, d.companyName]).sort()).toEqual([
      ['MFA reset', 'Runbooks', 'Contoso Ltd'],
      ['Printer offline', 'Runbooks', 'Contoso Ltd'],
      ['VPN error 809', 'Runbooks/VPN', 'Contoso Ltd'],
    ]);
    expect(docs[0]?.url).toMatch(/^https:\/\/contoso\.sharepoint\.com\/sites\//);
    // /content answers 302; the pre-authenticated URL is fetched without our bearer token.
    expect(graphCalls(/\/content$/).map((c) => c.status)).toEqual([302, 302, 302]);
    const downloads = sim.calls.filter((c) => c.service === 'download');
    expect(downloads.map((c) => c.status)).toEqual([200, 200, 200]);
    expect(downloads.every((c) => c.headers.authorization === undefined)).toBe(true);
    expect(graphCalls(/\/root\/delta$/).length).toBeGreaterThan(1); // nextLink pages
    expect(lines.some((l) => l.includes('file skipped') && l.includes('huge-export.txt'))).toBe(true);
    const view = await getConnector({ ctx: account.owner, connectorId: id });
    expect(view.status.lastRun).toMatchObject({
      skipped: 1,
      skippedItems: [expect.objectContaining({ title: 'huge-export.txt' })],
    });
  });

  it('replays the deltaLink for changes only: edits re-download one file, deletions leave the index', async () => {
    const id = await connector('SharePoint incremental');
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    sim.clock.advance(60_000);
    sim.modifyFile(driveId, 'Runbooks/MFA reset.md', '# MFA reset\n\nAlso re-register the authenticator.');
    sim.deleteItem(driveId, 'Runbooks/Printer offline.pdf');
    sim.calls.length = 0;
    const second = await syncOnce(account.system(), deps, id);
    expect(second).toMatchObject({ ok: true, created: 0, updated: 1, deleted: 1, documentCount: 2 });
    expect(graphCalls(/\/content$/)).toHaveLength(1);
    expect(graphCalls(/\/root\/delta$/).every((c) => c.query.token !== undefined)).toBe(true);
  });

  it('starts the drive over after 410 Gone and removes what the fresh listing no longer has', async () => {
    const id = await connector('SharePoint 410');
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    sim.expireDeltaTokens();
    sim.deleteItem(driveId, 'Runbooks/MFA reset.md');
    sim.addFile(driveId, 'Runbooks/Wi-Fi.txt', 'Forget the network and rejoin.', 'text/plain');
    sim.calls.length = 0;
    const report = await syncOnce(account.system(), deps, id);
    expect(report).toMatchObject({ ok: true, created: 1, unchanged: 2, deleted: 1, documentCount: 3 });
    expect(graphCalls(/\/root\/delta$/)[0]?.status).toBe(410);
    expect((await indexedDocuments(account.owner, id)).map((d) => d.title).sort()).toEqual([
      'Printer offline',
      'VPN error 809',
      'Wi-Fi',
    ]);
  });

  it('honours Retry-After on 429 and 503 from Graph', async () => {
    const id = await connector('SharePoint throttled');
    const { deps, waits } = syncHarness(() => sim.clock.now());
    sim.failNext({ service: 'graph', path: /\/root\/delta$/ }, { status: 429, retryAfter: 3 });
    sim.failNext({ service: 'graph', path: /\/content$/ }, { status: 503, retryAfter: 2 });
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, created: 3 });
    expect(waits).toEqual([3000, 2000]);
  });

  it('fetches a new token when Graph says the old one expired', async () => {
    const id = await connector('SharePoint token');
    const { deps } = syncHarness(() => sim.clock.now());
    await syncOnce(account.system(), deps, id);
    sim.expireAccessTokens();
    sim.modifyFile(driveId, 'Runbooks/MFA reset.md', '# MFA reset\n\nv3');
    expect(await syncOnce(account.system(), deps, id)).toMatchObject({ ok: true, updated: 1 });
  });

  it('explains a wrong client secret without ever logging it', async () => {
    const secret = 'wrong~Secret.abcdefghijklmnop';
    const id = await connector('SharePoint bad secret', {}, secret);
    const { deps, lines } = syncHarness(() => sim.clock.now());
    const report = await syncOnce(account.system(), deps, id);
    expect(report.error).toMatch(/^Microsoft Entra ID rejected the client secret \(AADSTS7000215\)/);
    expect(lines.join('\n')).not.toContain(secret);
  });
});
