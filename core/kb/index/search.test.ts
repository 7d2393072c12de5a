import { beforeAll, describe, expect, it } from 'vitest';
import { BENCH_ARTICLES, CLIENTS } from '../../../bench/kb/articles.ts';
import { articleDocument, evaluate } from '../../../bench/kb/evaluate.ts';
import { LABELLED_TICKETS } from '../../../bench/kb/tickets.ts';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { withTransaction } from '../../db/transactions.ts';
import { ForbiddenError, InvalidInputError } from '../../shared/errors.ts';
import { upsertDocuments } from './ingest.ts';
import { searchKnowledge } from './search.ts';
import { insertTestConnector } from './test-support.ts';

let account: TestAccount;
const urlToArticle = new Map(BENCH_ARTICLES.map((a) => [articleDocument(a).url, a.id]));

beforeAll(async () => {
  account = await createTestAccount(await testDatabase(), 'Search MSP');
  const connectorId = await insertTestConnector(account.owner, 'itglue');
  await withTransaction(account.owner, (tx) =>
    upsertDocuments(tx, { accountId: account.accountId, connectorId }, BENCH_ARTICLES.map(articleDocument)),
  );
});

describe('searchKnowledge quality on the labelled MSP tickets', () => {
  it('finds the right article and answers honestly with nothing', async () => {
    const quality = await evaluate(
      LABELLED_TICKETS,
      (t) => searchKnowledge(account.owner, { text: t.text, companyId: t.company, limit: 3 }),
      (p) => urlToArticle.get(p.url ?? '') ?? p.documentId,
    );
    if (process.env.KB_DEBUG) console.log(JSON.stringify(quality, null, 1));
    expect(quality.top3).toBeGreaterThanOrEqual(0.85);
    expect(quality.top1).toBeGreaterThanOrEqual(0.75);
    expect(quality.noAnswerPrecision).toBeGreaterThanOrEqual(0.8);
    expect(quality.noAnswerRecall).toBeGreaterThanOrEqual(0.75);
  });
});

describe('searchKnowledge', () => {
  it('returns cited, scored passages with a snippet from the matched chunk', async () => {
    const [top] = await searchKnowledge(account.owner, {
      text: 'print jobs stuck in the queue and wont delete',
    });
    expect(top).toMatchObject({
      title: 'Print queue stuck: jobs will not clear or print spooler keeps stopping',
      url: 'https://docs.contoso-msp.example/kb/print-spooler-stuck',
      source: 'itglue',
    });
    expect(top?.score).toBeGreaterThan(0);
    expect(top?.score).toBeLessThanOrEqual(1);
    expect(top?.snippet.length).toBeGreaterThan(0);
    expect(top?.snippet.length).toBeLessThanOrEqual(300);
  });

  it('turns a numbered list in the matched section into fix steps', async () => {
    const [top] = await searchKnowledge(account.owner, { text: 'how to fix stuck print queue spooler' });
    expect(top?.fix?.steps[0]).toBe('Stop the Print Spooler service.');
  });

  it("shows a client's runbook to that client's tickets only", async () => {
    const forContoso = await searchKnowledge(account.owner, {
      text: 'sage payroll data path not found',
      companyId: 'contoso ltd',
    });
    expect(forContoso[0]?.url).toMatch(/contoso-sage-payroll$/);
    for (const companyId of [CLIENTS.fabrikam, null, undefined]) {
      const other = await searchKnowledge(account.owner, {
        text: 'sage payroll data path not found',
        companyId,
      });
      expect(other.map((p) => p.url)).not.toContainEqual(expect.stringMatching(/contoso-/));
    }
  });

  it("never returns another account's documents, even for the same client name", async () => {
    const other = await createTestAccount(await testDatabase(), 'Other MSP');
    expect(
      await searchKnowledge(other.owner, {
        text: 'sage payroll data path not found',
        companyId: CLIENTS.contoso,
      }),
    ).toEqual([]);
    expect(await searchKnowledge(other.owner, { text: 'print jobs stuck in the queue' })).toEqual([]);
  });

  it('lets L1 staff and jobs search, refuses viewers, and refuses bad input clearly', async () => {
    const l1 = await account.member('l1');
    expect((await searchKnowledge(l1, { text: 'printer offline' })).length).toBeGreaterThan(0);
    expect(
      (await searchKnowledge(account.system('kb-test'), { text: 'printer offline' })).length,
    ).toBeGreaterThan(0);
    const viewer = await account.member('viewer');
    await expect(searchKnowledge(viewer, { text: 'printer offline' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(searchKnowledge(account.owner, { text: 42 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(searchKnowledge(account.owner, { text: 'x', limit: 0 })).rejects.toThrow(/limit/);
    expect(await searchKnowledge(account.owner, { text: '   ' })).toEqual([]);
    expect(await searchKnowledge(account.owner, { text: 'the and of please thanks' })).toEqual([]);
  });

  it('treats tsquery syntax in ticket text as plain words', async () => {
    const hits = await searchKnowledge(account.owner, { text: "printer & | ! ( offline ':* <-> " });
    expect(hits[0]?.url).toMatch(/printer-offline$/);
  });
});
