import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount } from '../../../test/factories.ts';
import { DEMO_CLIENTS } from '../../demo/demo-plan.ts';
import type { TenantContext } from '../../shared/context.ts';
import { searchKnowledge } from '../index/search.ts';
import type { KnowledgePassage } from '../knowledge.ts';
import { DEMO_ARTICLES, DEMO_COMPANIES } from './index.ts';
import { stem, terms } from './lexical.ts';
import { seedDemoArticles } from './seed-demo-articles.ts';

let ctx: TenantContext;
const idByUrl = new Map(DEMO_ARTICLES.map((a) => [a.url, a.id]));

// The demo articles as the demo account has them: in the real index, ranked by searchKnowledge.
beforeAll(async () => {
  ctx = (await createTestAccount(await testDatabase(), 'Demo KB MSP')).owner;
  await seedDemoArticles(ctx);
});

/** Passages with the demo article id as documentId, so expectations read as article ids. */
const search = async (
  text: string,
  extra: { companyId?: string | null; limit?: number } = {},
): Promise<KnowledgePassage[]> =>
  (await searchKnowledge(ctx, { text, ...extra })).map((p) => ({
    ...p,
    documentId: idByUrl.get(p.url ?? '') ?? p.documentId,
  }));

describe('demo articles', () => {
  it('are well-formed runbooks with checks and a fix', () => {
    expect(DEMO_ARTICLES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(DEMO_ARTICLES.map((a) => a.id)).size).toBe(DEMO_ARTICLES.length);
    for (const article of DEMO_ARTICLES) {
      expect(article.source).toBe('demo');
      expect(article.url).toMatch(/^https:\/\/docs\.contoso-msp\.example\/kb\//);
      expect(article.checks.length).toBeGreaterThan(0);
      expect(article.fix.steps.length).toBeGreaterThan(0);
    }
    expect(DEMO_ARTICLES.filter((a) => a.companyId === null).length).toBeGreaterThanOrEqual(10);
  });
});

describe('lexical helpers', () => {
  it('stems inflections of one word to one term', () => {
    expect(new Set(['connecting', 'connected', 'connects'].map(stem))).toEqual(new Set(['connect']));
    expect(new Set(['printer', 'printing', 'prints'].map(stem))).toEqual(new Set(['print']));
    expect(stem('mapped')).toBe(stem('mapping'));
    expect(stem('dns')).toBe('dns');
  });

  it('drops stop words and joins spellings of one thing', () => {
    expect(terms('The Wi-Fi is not working')).toEqual(['wifi']);
    expect(terms('keeps getting locked out')).toEqual(['lockout']);
  });
});

describe('demo articles through the real index', () => {
  it.each([
    ['outlook keeps saying trying to connect after password change', 'kb-outlook-trying-to-connect'],
    [
      'Hi, Bob in accounting says Outlook has been disconnected since this morning',
      'kb-outlook-trying-to-connect',
    ],
    ['user on GlobalProtect can ping the file server by IP but not by name', 'kb-vpn-no-internal-dns'],
    ['forticlient connected but cant reach intranet site', 'kb-vpn-no-internal-dns'],
    ['print queue won’t clear, jobs stuck deleting', 'kb-print-spooler-stuck-queue'],
    ['spoolsv.exe crashed event 1000', 'kb-print-spooler-stuck-queue'],
    ['account keeps getting locked out every few minutes', 'kb-ad-lockout-stale-credentials'],
    ['Teams keeps asking for MFA every few minutes', 'kb-m365-mfa-prompt-loop'],
    ['onedrive stuck on processing changes', 'kb-onedrive-processing-changes'],
    ['low disk space on the laptop, windows updates failing', 'kb-disk-full-winsxs'],
    ['takes ages to log in, stuck on applying group policy', 'kb-slow-logon-profile-gpo'],
    ['laptop connected to wifi but no internet, ip is 169.254', 'kb-wifi-no-internet-apipa'],
    ['mapped drives missing after password change', 'kb-mapped-drive-missing'],
    ['could not reconnect all network drives', 'kb-mapped-drive-missing'],
  ])('"%s" → %s', async (query, expected) => {
    const [top] = await search(query);
    expect(top?.documentId).toBe(expected);
    expect(top?.score).toBeGreaterThan(0);
  });

  it.each([
    'the coffee machine is making a strange noise',
    'can you order more toner for the marketing department',
    // Not here: "teams camera not working in meetings", "please reset my password", "the CEO wants
    // a new phone" and "windows" still get a weak passage (the MFA loop, the Wi-Fi article, the
    // lockout article, the C: drive article) on this 16-article set: abstention is fitted to
    // decline only where it is rarely wrong (docs/knowledge-base.md), and match-or-build builds no
    // flow from passages that weak: they come back as leads (ACTIONABLE_SCORE).
    'monitor flickering on the second screen',
    '',
  ])('answers "%s" honestly with nothing', async (query) => {
    expect(await search(query)).toEqual([]);
  });

  it('returns a cited passage: provenance, score in 0–1, a body snippet of at most 300 chars', async () => {
    const [top] = await search('print spooler keeps crashing after sending a job');
    expect(top).toMatchObject({
      documentId: 'kb-print-spooler-stuck-queue',
      title: 'Print Spooler service crashes or print jobs stuck in the queue',
      url: 'https://docs.contoso-msp.example/kb/print-spooler-stuck-queue',
      source: 'demo',
    });
    expect(top?.score).toBeGreaterThan(0);
    expect(top?.score).toBeLessThanOrEqual(1);
    expect(top?.snippet.length).toBeLessThanOrEqual(300);
    expect(top?.snippet).toContain('Repeated spooler crashes right after a job is sent');
    expect(top?.checks).toContain(
      'Run Get-Service Spooler and note whether the service is Running or Stopped',
    );
    expect(top?.fix?.title).toBe('Clear the spool folder and restart the Print Spooler');
  });

  it('keeps every snippet within 300 characters', async () => {
    for (const article of DEMO_ARTICLES) {
      const hits = await search(article.title, { companyId: article.companyId });
      expect(hits[0]?.documentId).toBe(article.id);
      for (const hit of hits) expect(hit.snippet.length).toBeLessThanOrEqual(300);
    }
  });

  it('ranks strongest first and respects limit', async () => {
    const query = 'locked out after password change, mapped drive red x';
    const all = await search(query, { limit: 10 });
    // A caller asking for ten (a reranker) also gets the weaker tail after the two that answer.
    expect(all.map((p) => p.documentId).slice(0, 2)).toEqual([
      'kb-mapped-drive-missing',
      'kb-ad-lockout-stale-credentials',
    ]);
    // The default top three: the two that answer, then a far weaker page ("red X" is also
    // OneDrive's sync icon), marked a lead for the engineer to judge rather than a third answer.
    const top = await search(query);
    expect(top.map((p) => [p.documentId, p.lead ?? false])).toEqual([
      ['kb-mapped-drive-missing', false],
      ['kb-ad-lockout-stale-credentials', false],
      ['kb-onedrive-processing-changes', true],
    ]);
    expect(all[0]!.score).toBeGreaterThan(all[1]!.score);
    expect(await search(query, { limit: 1 })).toEqual(all.slice(0, 1));
    await expect(search(query, { limit: 0 })).rejects.toThrow(/limit/);
  });

  it("scopes client articles to that client's tickets", async () => {
    // Filed under the demo's own clients, so the demo's tickets for them get their runbooks.
    expect(DEMO_CLIENTS).toEqual(expect.arrayContaining(Object.values(DEMO_COMPANIES)));
    const query = 'QuickBooks H202 error switching to multi-user mode';
    const [forNorthwind] = await search(query, { companyId: DEMO_COMPANIES.northwind });
    expect(forNorthwind?.documentId).toBe('kb-northwind-quickbooks-h202');
    expect(await search(query, { companyId: DEMO_COMPANIES.fabrikam })).toEqual([]);
    expect(await search(query)).toEqual([]);

    const scan = 'ricoh copier scan to folder fails: connection to the destination has failed';
    expect((await search(scan, { companyId: DEMO_COMPANIES.fabrikam }))[0]?.documentId).toBe(
      'kb-fabrikam-scan-to-folder',
    );
    const elsewhere = await search(scan, { companyId: DEMO_COMPANIES.northwind });
    expect(elsewhere.map((p) => p.documentId)).not.toContain('kb-fabrikam-scan-to-folder');
  });

  it('still serves global runbooks to client tickets', async () => {
    const [top] = await search('onedrive sync pending for hours', { companyId: DEMO_COMPANIES.fabrikam });
    expect(top?.documentId).toBe('kb-onedrive-processing-changes');
  });

  it('is deterministic', async () => {
    const query = 'wifi says no internet access';
    expect(await search(query)).toEqual(await search(query));
  });
});
