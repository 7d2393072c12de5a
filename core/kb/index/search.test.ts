import { beforeAll, describe, expect, it } from 'vitest';
import { BENCH_ARTICLES, type BenchArticle, CLIENTS } from '../../../bench/kb/articles.ts';
import { articleDocument, evaluate } from '../../../bench/kb/evaluate.ts';
import { FITTED_SETS, UNSEEN_SET } from '../../../bench/kb/sets.ts';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { withTransaction } from '../../db/transactions.ts';
import { ForbiddenError, InvalidInputError } from '../../shared/errors.ts';
import { ACTIONABLE_SCORE } from '../knowledge.ts';
import { upsertDocuments } from './ingest.ts';
import { OTHER_CLIENT_RATIO, rankKnowledge, searchKnowledge, searchKnowledgeAnswer } from './search.ts';
import { insertTestConnector, sourceDocument } from './test-support.ts';

let account: TestAccount;
let unseen: TestAccount;
// The other tests below search set A's articles; the quality floors hold on a set held out from
// every fit (bench/kb/sets.ts), in an account of its own.
const urlToArticle = new Map(UNSEEN_SET.articles.map((a) => [articleDocument(a).url, a.id]));
const urlToCompany = new Map(UNSEEN_SET.articles.map((a) => [articleDocument(a).url, a.company]));

async function accountWith(name: string, articles: readonly BenchArticle[]): Promise<TestAccount> {
  const created = await createTestAccount(await testDatabase(), name);
  const connectorId = await insertTestConnector(created.owner, 'itglue');
  await withTransaction(created.owner, (tx) =>
    upsertDocuments(tx, { accountId: created.accountId, connectorId }, articles.map(articleDocument)),
  );
  return created;
}

/** An account of its own with a Hudu connector, and a way to add pages to it. */
async function knowledgeBaseOf(name: string) {
  const kb = await createTestAccount(await testDatabase(), name);
  const connectorId = await insertTestConnector(kb.owner, 'hudu');
  const upsert = (documents: Parameters<typeof sourceDocument>[0][]) =>
    withTransaction(kb.owner, (tx) =>
      upsertDocuments(tx, { accountId: kb.accountId, connectorId }, documents.map(sourceDocument)),
    );
  return { kb, upsert };
}

/**
 * Short pages on unrelated faults: a KB of only the pages a test compares would give every word
 * of them the same document frequency, which no real KB has.
 */
function otherPages(...titles: string[]) {
  return titles.map((title, i) => ({
    externalId: `other-${i}`,
    title,
    text: `## Symptoms\n${title} for one user.\n## Fix\n1. Restart the device.\n2. Check the settings page.`,
  }));
}

beforeAll(async () => {
  account = await accountWith('Search MSP', BENCH_ARTICLES);
  unseen = await accountWith('Unseen MSP', UNSEEN_SET.articles);
});

describe('searchKnowledge quality on a labelled set no fit has seen', () => {
  it('finds the right article and answers honestly with nothing', async () => {
    expect(FITTED_SETS).not.toContain(UNSEEN_SET);
    const quality = await evaluate(
      UNSEEN_SET.tickets,
      (t) => searchKnowledge(unseen.owner, { text: t.text, companyId: t.company, limit: 3 }),
      (p) => urlToArticle.get(p.url ?? '') ?? p.documentId,
      (p) => urlToCompany.get(p.url ?? '') ?? null,
    );
    if (process.env.KB_DEBUG) console.log(JSON.stringify(quality, null, 1));
    // Measured on PGlite (set X, never read or fitted on): top-1 84.5%, top-3 95.1%, no-answer
    // precision 100% (4 of 4) at recall 19% (4 of 21): abstention declines only where it is rarely
    // wrong (docs/knowledge-base.md). Top-3 was 97.1% before a document counted its second passage
    // (search.ts SECOND_PASSAGE_WEIGHT), which gained 13 top-3 over A–AL and AP and cost X two.
    // The floors leave about a ticket's slack.
    expect(quality.top1).toBeGreaterThanOrEqual(0.83);
    expect(quality.top3).toBeGreaterThanOrEqual(0.94);
    expect(quality.noAnswerPrecision).toBeGreaterThanOrEqual(0.6);
    expect(quality.noAnswerRecall).toBeGreaterThanOrEqual(0.14);
    expect(quality.leaks).toBe(0);
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

  it("ranks a client's own runbook above the generic article on the same words, for that client only", async () => {
    const kb = await createTestAccount(await testDatabase(), 'Runbook MSP');
    const connectorId = await insertTestConnector(kb.owner, 'hudu');
    const title = 'Accounting app cannot connect to the server';
    // The generic article matches a little better (it names the app twice): only the client boost
    // puts Acme's runbook first for Acme.
    await withTransaction(kb.owner, (tx) =>
      upsertDocuments(tx, { accountId: kb.accountId, connectorId }, [
        sourceDocument({
          externalId: 'generic',
          title,
          text: '## Fix\nRestart the accounting app service on the server, then reopen the accounting app.',
        }),
        sourceDocument({
          externalId: 'acme',
          title,
          companyName: 'Acme Ltd',
          text: '## Fix\nRestart the accounting app service on the server, then reopen it.',
        }),
      ]),
    );
    const text = 'accounting app says cannot connect to the server';
    const forAcme = await rankKnowledge(kb.owner, { text, companyId: 'Acme Ltd' });
    expect(forAcme.passages.map((p) => p.url)).toEqual([
      'https://docs.example/acme',
      'https://docs.example/generic',
    ]);
    const forOthers = await rankKnowledge(kb.owner, { text, companyId: 'Other Co' });
    expect(forOthers.passages.map((p) => p.url)).toEqual(['https://docs.example/generic']);
  });

  it('answers nothing for a purchase request unless a page is about ordering', async () => {
    const { kb, upsert } = await knowledgeBaseOf('Purchase MSP');
    await upsert([
      {
        externalId: 'toner-warning',
        title: 'Ricoh copier says toner low or replace toner cartridge',
        text: '## Symptoms\nThe Ricoh copier shows "Toner low" or "Replace toner cartridge".\n## Fix\n1. Open the front cover.\n2. Shake the black toner cartridge and reseat it.',
      },
      {
        externalId: 'laptop-battery',
        title: 'Laptop battery drains fast or will not charge',
        text: '## Fix\n1. Check the battery report (powercfg /batteryreport).\n2. Update the BIOS and the battery driver.',
      },
    ]);
    const request = 'the ricoh in reception is low on black toner, can you order a toner cartridge';
    // The troubleshooting page shares every word, and ranks first...
    const ranked = await rankKnowledge(kb.owner, { text: request });
    expect(ranked.passages[0]?.url).toBe('https://docs.example/toner-warning');
    // ...but reseating a cartridge is not what was asked for.
    expect(await searchKnowledge(kb.owner, { text: request })).toEqual([]);
    expect(await searchKnowledge(kb.owner, { text: 'can we get a quote for 3 new laptops please' })).toEqual(
      [],
    );
    // The fault itself is still answered.
    const fault = await searchKnowledge(kb.owner, {
      text: 'ricoh in reception says replace toner cartridge',
    });
    expect(fault[0]?.url).toBe('https://docs.example/toner-warning');

    await upsert([
      {
        externalId: 'ordering',
        title: 'Ordering toner, laptops and other hardware: quotes and lead times',
        text: '## How to order\n1. Log a ticket with the model and quantity.\n2. We send a quote within one working day; toner ships next day.',
      },
    ]);
    const answered = await searchKnowledge(kb.owner, { text: 'can we get a quote for 3 new laptops please' });
    expect(answered[0]?.url).toBe('https://docs.example/ordering');
  });

  it('answers nothing for a symptom the nearest page never speaks of, and answers it once a page does', async () => {
    const { kb, upsert } = await knowledgeBaseOf('Symptom MSP');
    await upsert([
      {
        externalId: 'copier-scan',
        title: 'Copier on the 2nd floor: scan to email stopped working',
        text: '## Symptoms\nThe copier in tray 2 area shows "Send error" when scanning to email; paper and printing are fine.\n## Fix\n1. Open the copier web page.\n2. Re-enter the SMTP password of scanner@ and send a test scan.',
      },
      {
        externalId: 'vpn',
        title: 'VPN will not connect from home',
        text: '## Fix\n1. Check the FortiClient version.\n2. Re-enter the password.',
      },
    ]);
    const jam = 'paper keeps jamming in tray 2 of the copier on the 2nd floor';
    // The scan runbook shares "paper", "tray", "copier" and "2nd floor", and ranks first…
    const ranked = await rankKnowledge(kb.owner, { text: jam });
    expect(ranked.passages[0]?.url).toBe('https://docs.example/copier-scan');
    expect(ranked.unspokenSymptom).toBe('paper-jam');
    // …but it never says "jam": no answer, and the reason.
    expect(await searchKnowledgeAnswer(kb.owner, { text: jam })).toMatchObject({
      passages: [],
      unspokenSymptom: 'paper-jam',
    });
    // The fault the page is about is still answered, and a ticket telling of two problems is left to
    // its best page.
    const scan = await searchKnowledge(kb.owner, {
      text: 'scan to email on the 2nd floor copier says send error',
    });
    expect(scan[0]?.url).toBe('https://docs.example/copier-scan');
    const two = await searchKnowledge(kb.owner, {
      text: 'two things: the copier on the 2nd floor jams and scan to email says send error',
    });
    expect(two[0]?.url).toBe('https://docs.example/copier-scan');

    await upsert([
      {
        externalId: 'copier-jam',
        title: 'Copier paper jams',
        text: '## Fix\n1. Open the side door and remove the jammed sheet.\n2. Fan the paper before loading tray 2.',
      },
    ]);
    const answered = await searchKnowledgeAnswer(kb.owner, { text: jam });
    expect(answered.passages[0]?.url).toBe('https://docs.example/copier-jam');
    expect(answered.unspokenSymptom).toBeNull();
  });

  it("answers nothing when the ticket is about another client's system, and that client's ticket gets its runbook", async () => {
    const kb = await createTestAccount(await testDatabase(), 'Two clients MSP');
    const connectorId = await insertTestConnector(kb.owner, 'itglue');
    await withTransaction(kb.owner, (tx) =>
      upsertDocuments(tx, { accountId: kb.accountId, connectorId }, [
        sourceDocument({
          externalId: 'generic-accounting',
          title: 'Accounting software cannot connect to the server',
          text: '## Fix\n1. Check the server is on and the PC is on the office network or VPN.\n2. Restart the accounting service on the server.',
        }),
        sourceDocument({
          externalId: 'copperhare-sage200',
          title: 'Sage 200: unable to connect to the application server',
          companyName: 'Copperhare Distillery',
          text: '## Symptoms\nSage 200 says "Unable to connect to the application server".\n## Fix\n1. Restart the Sage 200 Application Server service on CHD-APP01.\n2. Reopen Sage 200.',
        }),
        sourceDocument({
          externalId: 'generic-guest-wifi',
          title: 'Guest Wi-Fi: the login page does not appear',
          text: '## Fix\n1. Forget the guest network and join again.\n2. Open any http page to bring up the login page.',
        }),
        sourceDocument({
          externalId: 'copperhare-guest-wifi',
          title: 'Guest Wi-Fi at the distillery visitor centre',
          companyName: 'Copperhare Distillery',
          text: '## Fix\n1. The visitor centre guest network login page is served by the Meraki splash page.',
        }),
      ]),
    );
    const sage = 'Sage 200 in accounts says unable to connect to the application server';
    // Carrigmore has no Sage 200: the generic article shares the words "connect" and "server",
    // but the ticket's distinctive words are Copperhare's runbook.
    const ranked = await rankKnowledge(kb.owner, { text: sage, companyId: 'Carrigmore Construction' });
    expect(ranked.passages.map((p) => p.url)).toEqual(['https://docs.example/generic-accounting']);
    expect(ranked.otherClientBest).toBeGreaterThan((ranked.passages[0]?.match ?? 0) / OTHER_CLIENT_RATIO);
    expect(await searchKnowledge(kb.owner, { text: sage, companyId: 'Carrigmore Construction' })).toEqual([]);
    // ...and says so, so the engineer can check the ticket's client.
    expect(
      await searchKnowledgeAnswer(kb.owner, { text: sage, companyId: 'Carrigmore Construction' }),
    ).toEqual({
      passages: [],
      anotherClientMatches: true,
      unspokenSymptom: null,
    });
    const forCopperhare = await searchKnowledge(kb.owner, { text: sage, companyId: 'Copperhare Distillery' });
    expect(forCopperhare[0]?.url).toBe('https://docs.example/copperhare-sage200');
    // Another client's runbook on a topic the MSP's own article covers as well does not silence it
    // (and "guest wifi" as typed finds the article's "Guest Wi-Fi").
    const wifi = await searchKnowledge(kb.owner, {
      text: "guest wifi login page doesn't come up on my phone",
      companyId: 'Carrigmore Construction',
    });
    expect(wifi[0]?.url).toBe('https://docs.example/generic-guest-wifi');
    expect(
      (
        await searchKnowledgeAnswer(kb.owner, {
          text: "guest wifi login page doesn't come up on my phone",
          companyId: 'Carrigmore Construction',
        })
      ).anotherClientMatches,
    ).toBe(false);
    expect(wifi.map((p) => p.url)).not.toContainEqual(expect.stringMatching(/copperhare/));
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

  it('is less sure of an article that never mentions the product the ticket names', async () => {
    // The two tickets differ in one word the index does not hold, so only the product counts.
    const product = 'ringcentral cant make outside calls';
    const unknownWord = 'zorbly cant make outside calls';
    const [named] = await searchKnowledge(account.owner, { text: product });
    const [plain] = await searchKnowledge(account.owner, { text: unknownWord });
    expect(plain?.url).toMatch(/teams-phone-no-dial-tone$/);
    expect(named?.url ?? null).toSatisfy(
      (url) => url === null || /teams-phone-no-dial-tone$/.test(url as string),
    );
    expect(named?.score ?? 0).toBeLessThan((plain?.score ?? 0) - 0.1);
    const { features } = await rankKnowledge(account.owner, { text: product });
    expect(features?.productMissed).toBe(1);
    expect((await rankKnowledge(account.owner, { text: unknownWord })).features?.productMissed).toBe(0);
  });

  it('ranks a page whose symptoms and fix both match above a page with one matching paragraph', async () => {
    const { kb, upsert } = await knowledgeBaseOf('Two passages MSP');
    await upsert([
      {
        externalId: 'xray-sensor',
        title: 'X-ray sensor not detected in the imaging bridge',
        text: '## Symptoms\nThe sensor is not detected while the patient is in the chair, so Dentrix cannot open the exam images.\n## Fix\n1. Replug the USB sensor into the rear port.\n2. Reinstall the sensor driver and reboot.',
      },
      {
        externalId: 'practice-database',
        title: 'Practice database service stopped',
        text: '## Symptoms\nDentrix cannot open on any workstation and says it cannot connect to the database.\n## Fix\n1. On the server, start the database service.\n2. Once it runs, open Dentrix again on each workstation; it connects within a minute.',
      },
      ...otherPages(
        'Printer shows offline',
        'Outlook keeps asking for a password',
        'Wi-Fi drops every few minutes',
      ),
    ]);
    const ticket = 'dentrix wont open on any of the computers, says it cant connect. patient in the chair';
    const { passages } = await rankKnowledge(kb.owner, { text: ticket });
    expect(passages.map((p) => p.url)).toEqual([
      'https://docs.example/practice-database',
      'https://docs.example/xray-sensor',
    ]);
  });

  it('ranks the page whose title the ticket says above a longer page that shares its words', async () => {
    const { kb, upsert } = await knowledgeBaseOf('Title share MSP');
    await upsert([
      {
        externalId: 'reception-network',
        title: 'Reception network layout: guest Wi-Fi portal, kiosk laptop VLAN and door controller',
        text: '## Layout\nThe reception kiosk laptop sits on its own VLAN. Guests join the guest Wi-Fi through the portal; staff laptops connect to the office SSID.\n## Changes\n1. Door controller firmware is updated by the vendor.\n2. Portal vouchers are printed at reception.',
      },
      {
        externalId: 'wifi-connect',
        title: 'Laptop will not connect to Wi-Fi',
        text: '## Symptoms\nThe laptop sees the network but will not connect, or connects with no internet.\n## Fix\n1. Forget the network and join again with the current password.\n2. Toggle airplane mode, then update the wireless driver.',
      },
      ...otherPages('Printer shows offline', 'Outlook keeps asking for a password', 'Shared mailbox missing'),
    ]);
    // The layout page holds more of the ticket's words (reception, laptop, Wi-Fi, connect), but its
    // title is mostly other things; the ticket says all of the other page's title.
    const ticket = 'my laptop wont connect to the wifi at reception';
    const { passages, features } = await rankKnowledge(kb.owner, { text: ticket });
    expect(passages.slice(0, 2).map((p) => p.url)).toEqual([
      'https://docs.example/wifi-connect',
      'https://docs.example/reception-network',
    ]);
    // Abstention weighs the same share for the best page: all of this title is said...
    expect(features?.titleSaid).toBe(1);
    // ...and little of the layout page's when a ticket is about one thing on it.
    const door = await rankKnowledge(kb.owner, { text: 'door controller at reception is beeping' });
    expect(door.passages[0]?.url).toBe('https://docs.example/reception-network');
    expect(door.features?.titleSaid).toBeGreaterThan(0);
    expect(door.features?.titleSaid).toBeLessThan(0.4);
  });

  it('lists a related page a third as strong as the best beside it as a lead, never a page that shares one word', async () => {
    const { kb, upsert } = await knowledgeBaseOf('Related pages MSP');
    await upsert([
      {
        externalId: 'outlook-password',
        title: 'Outlook keeps asking for a password',
        text: '## Symptoms\nOutlook prompts for the password again and again, "Need Password" in the status bar.\n## Fix\n1. Remove the saved credentials in Credential Manager.\n2. Sign in again with modern authentication.',
      },
      {
        externalId: 'password-reset',
        title: 'Password resets and locked accounts',
        text: '## Symptoms\nThe user forgot the password or the account is locked.\n## Fix\n1. Reset the password in the admin centre.\n2. Unlock the account.',
      },
      {
        externalId: 'new-laptop',
        title: 'New laptop setup',
        text: '## Steps\n1. Sign in with the work account.\n2. Open Outlook and let the profile build.\n3. Check OneDrive has synced the desktop.',
      },
      ...otherPages('Printer shows offline', 'Wi-Fi drops every few minutes', 'Shared mailbox missing'),
    ]);
    const ticket = 'outlook keeps asking for my password';
    const { passages } = await rankKnowledge(kb.owner, { text: ticket });
    const [best, reset, laptop] = passages;
    // The reset page matches on "password" alone, about a third of the best page's score: an
    // engineer whose user is really locked out wants it in the list. The setup page only mentions
    // opening Outlook.
    expect(reset?.url).toBe('https://docs.example/password-reset');
    expect(reset!.bm25 / best!.bm25).toBeGreaterThan(0.2);
    expect(reset!.bm25 / best!.bm25).toBeLessThan(0.4);
    expect(laptop!.bm25 / best!.bm25).toBeLessThan(0.2);
    const hits = await searchKnowledge(kb.owner, { text: ticket });
    expect(hits.map((h) => h.url)).toEqual([
      'https://docs.example/outlook-password',
      'https://docs.example/password-reset',
    ]);
    // Its score clears the bar for acting unread, but a page a third as strong as the answer is
    // shown as a lead, not as a second answer.
    expect(hits[1]!.score).toBeGreaterThanOrEqual(ACTIONABLE_SCORE);
    expect(hits.map((h) => h.lead ?? false)).toEqual([false, true]);
  });

  it('ranks the page a lay ticket points to though it shares no word with its title', async () => {
    const { kb, upsert } = await knowledgeBaseOf('Associations MSP');
    await upsert([
      {
        externalId: 'offboarding',
        title: 'Employee offboarding',
        text: '## Steps\n1. Disable the account and revoke its sessions.\n2. Convert the mailbox to shared and give the manager access.\n3. Collect the laptop and wipe it.',
      },
      {
        externalId: 'shared-mailbox',
        title: 'Give someone access to a shared mailbox',
        text: "## Steps\n1. Add Full Access for the user in the Exchange admin centre.\n2. Automapping adds it to the user's Outlook within an hour; the emails then show under it.",
      },
      {
        externalId: 'new-starter',
        title: 'New starter setup',
        text: '## Steps\n1. Create the account and assign a licence.\n2. Set up the laptop and give the manager the first sign-in details.',
      },
      ...otherPages(
        'Printer shows offline',
        'Outlook keeps asking for a password',
        'Wi-Fi drops every few minutes',
      ),
    ]);
    // Nothing in the ticket is in "Employee offboarding", and the shared-mailbox page holds more of
    // its words (his manager, email); but in the labelled tickets "shut off" and a manager asking
    // for someone's email keep coming with pages titled "offboarding" (associations.json).
    const ticket = 'shut off everything for Dale, he quit today. his manager needs his email';
    const { passages, features } = await rankKnowledge(kb.owner, { text: ticket });
    expect(passages[0]?.url).toBe('https://docs.example/offboarding');
    expect(passages.map((p) => p.url)).toContain('https://docs.example/shared-mailbox');
    // Abstention weighs the same pull for the best page: a ticket about something else that
    // shares a word with it ("manager") is pulled far less.
    const other = await rankKnowledge(kb.owner, {
      text: 'the kitchen tap is dripping, the office manager says',
    });
    expect(features?.pointsTo).toBeGreaterThan(0.2);
    expect(other.features?.pointsTo ?? 0).toBeLessThan((features?.pointsTo ?? 0) / 2);
  });

  it('treats tsquery syntax in ticket text as plain words', async () => {
    const hits = await searchKnowledge(account.owner, { text: "printer & | ! ( offline ':* <-> " });
    expect(hits[0]?.url).toMatch(/printer-offline$/);
  });
});

describe('helpdesk vocabulary', () => {
  it('ranks the right article first for a lay description, a misspelling and a product misnaming', async () => {
    // The ranking before abstention: what the synonym table and typo correction change.
    const urlOf = async (text: string) =>
      (await rankKnowledge(account.owner, { text, companyId: CLIENTS.fabrikam })).passages[0]?.url;
    expect(await urlOf('laptop boots to a blue page wanting a long key')).toMatch(/bitlocker-recovery$/);
    expect(await urlOf('outlok keeps asking for my pasword')).toMatch(/outlook-password-prompt-loop$/);
    expect(await urlOf('code on my phone stopped coming after i got a new iphone')).toMatch(/mfa-new-phone$/);
    expect(await urlOf('anyconnect says connected but the S drive is gone')).toMatch(/vpn|mapped-drive/);
    // And the answer survives abstention when the ticket says enough.
    const [answer] = await searchKnowledge(account.owner, { text: 'outlok keeps asking for my pasword' });
    expect(answer?.url).toMatch(/outlook-password-prompt-loop$/);
  });

  it('answers a ticket with two problems with the article for each', async () => {
    const found = await searchKnowledge(account.owner, {
      text: 'print queue stuck, print spooler keeps stopping and print jobs will not clear from the queue. also new devices get no ip address',
    });
    const urls = found.map((p) => p.url);
    expect(urls).toContain('https://docs.contoso-msp.example/kb/print-spooler-stuck');
    expect(urls).toContain('https://docs.contoso-msp.example/kb/dhcp-scope-exhausted');
  });

  it('gives a reranker up to ten candidates when asked for ten', async () => {
    const many = await searchKnowledge(account.owner, {
      text: 'outlook keeps asking for password',
      limit: 10,
    });
    const few = await searchKnowledge(account.owner, { text: 'outlook keeps asking for password' });
    expect(few.length).toBeLessThanOrEqual(3);
    expect(many.length).toBeGreaterThan(few.length);
    expect(many.slice(0, few.length).map((p) => p.documentId)).toEqual(few.map((p) => p.documentId));
  });
});

describe('inside a large index of ordinary notes', () => {
  it("finds the article holding a ticket's rare word though its other words fill hundreds of chunks", async () => {
    const big = await createTestAccount(await testDatabase(), 'Big KB MSP');
    const connectorId = await insertTestConnector(big.owner, 'hudu');
    const notes = Array.from({ length: 700 }, (_, n) => ({
      externalId: `note:${n}`,
      title: `Internal: print server notes ${n}`,
      url: `https://docs.example/notes/${n}`,
      companyName: null,
      folder: 'Notes',
      updatedAt: null,
      text: `The printer queue for the finance team sits on the print server. Change ${n} was logged.`,
    }));
    const article = {
      externalId: 'quokkafix',
      title: 'Quokkafix licence server does not start',
      url: 'https://docs.example/kb/quokkafix',
      companyName: null,
      folder: 'Apps',
      updatedAt: null,
      text: '## Fix\n1. Restart the Quokkafix service on the application server.',
    };
    await withTransaction(big.owner, (tx) =>
      upsertDocuments(tx, { accountId: big.accountId, connectorId }, [...notes, article]),
    );
    // "printer" and "queue" are in every note and the article holds neither: chunks holding all
    // three do not exist, and the notes alone would fill every candidate slot.
    const { passages } = await rankKnowledge(big.owner, { text: 'quokkafix printer queue' });
    expect(passages[0]?.url).toBe('https://docs.example/kb/quokkafix');
  });
});

describe('words as a ticket types them and as the documentation keeps them', () => {
  let kb: TestAccount;
  const doc = (externalId: string, title: string, text: string) =>
    sourceDocument({ externalId, title, text });
  const first = async (text: string) => (await rankKnowledge(kb.owner, { text })).passages[0]?.url;

  beforeAll(async () => {
    kb = await createTestAccount(await testDatabase(), 'Spelling MSP');
    const connectorId = await insertTestConnector(kb.owner, 'hudu');
    await withTransaction(kb.owner, (tx) =>
      upsertDocuments(tx, { accountId: kb.accountId, connectorId }, [
        doc(
          'apipa',
          'Devices get a self-assigned address',
          '## Symptoms\nThe adapter shows IP 169.254.12.7 and no gateway.',
        ),
        doc(
          'phones',
          'Desk phones reboot',
          '## Symptoms\nThe IP phone restarts when the switch port renegotiates and its IP lease renews.',
        ),
        doc(
          'enrol',
          'Work device setup fails',
          '## Symptoms\nSetup stops with 0x801C03ED at the account step.',
        ),
        doc('setup', 'New PC setup checklist', '## Steps\nName the device, join it and install the apps.'),
        doc('cdrive', 'Local disk nearly full', '## Symptoms\nThe C: drive bar turns red in This PC.'),
        doc(
          'mapped',
          'Mapped S drive missing',
          '## Symptoms\nThe S: drive is gone from This PC after sign-in.',
        ),
        doc(
          'forti',
          'FortiClient VPN will not connect',
          '## Symptoms\nThe connection stays stuck at 98%, or fails with -7200 (credentials) or -14 (blocked port).',
        ),
        doc(
          'update',
          'Windows Update stuck',
          '## Symptoms\nUpdates stay stuck at 35% or fail with 0x800f0922 after a restart.',
        ),
        doc(
          'bitlocker',
          'BitLocker recovery',
          '## Symptoms\nThe PC starts to the BitLocker recovery screen and asks for the recovery key.',
        ),
        doc(
          'frontdesk',
          'Clinic check-in kiosk',
          '## Setup\nThe front desk PC at the clinic runs check-in for patients.',
        ),
        doc('laptop', 'Fan noise', '## Symptoms\nThe laptop fan is loud under light load.'),
        doc('workstation', 'Fan noise (tower)', '## Symptoms\nThe workstation fan is loud under light load.'),
      ]),
    );
  });

  it('matches an address or version by its start, as Postgres keeps it whole', async () => {
    expect(await first('all the pcs get ip 169.254 since this morning')).toMatch(/apipa$/);
  });

  it('finds a Windows error code typed without its 0x', async () => {
    expect(await first('it says 801c03 something')).toMatch(/enrol$/);
  });

  it('reads "C drive" as the local disk, never as a mapped drive', async () => {
    expect(await first('C drive is showing red')).toMatch(/cdrive$/);
  });

  it('matches a negative error code with or without its minus, and a progress figure', async () => {
    expect(await first('getting -14 when I connect from the hotel')).toMatch(/forti$/);
    expect(await first('error 7200 when connecting from home')).toMatch(/forti$/);
    expect(await first('stuck at 98 percent')).toMatch(/forti$/);
    expect(await first('stuck at 35%')).toMatch(/update$/);
  });

  it('weighs a lay phrase for one thing above the context words around it', async () => {
    expect(await first('front desk one turned on to a blue screen wanting a key')).toMatch(/bitlocker$/);
  });

  it("prefers the ticket's own word to a spelling the synonym table added", async () => {
    expect(await first('laptop fan really loud')).toMatch(/\/laptop$/);
    expect(await first('workstation fan really loud')).toMatch(/\/workstation$/);
  });
});
