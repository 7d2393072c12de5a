import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../sim/connectwise/index.ts';
import { connectWiseSettings } from '../../test/connectwise.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { createConnectWiseProvider } from '../psa/connectwise/index.ts';
import { configurePsa, createLocalPsa, linkTicket, type PsaDeps } from '../psa/index.ts';
import { createSession } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { createWalkIn, deliverWalkIns, listQueue, listWalkInClients, pollPsaQueue } from './index.ts';

const CLIENT_ID = '3f2b8c1d-6a4e-4f7b-9c0d-1e2f3a4b5c6d';
const T0 = Date.parse('2026-03-02T09:00:00Z');

describe('PSA queue polling from ConnectWise (simulator, controlled clock)', () => {
  let sim: ConnectWiseSimulator;
  let now = T0;
  let account: TestAccount;
  let l1: TenantContext;
  let system: TenantContext;
  let deps: PsaDeps;

  beforeAll(async () => {
    sim = await startConnectWiseSimulator({ now: () => now });
    sim.addBoard('Projects', ['Open']);
    sim.addCompany({ identifier: 'Globex', name: 'Globex Inc' });
    account = await createTestAccount(await testDatabase(), 'Poll');
    l1 = await account.member('l1');
    system = account.system('psa-poll');
    deps = {
      sealingKey: Buffer.alloc(32, 5),
      connectWise: (config) => createConnectWiseProvider({ ...config, timeoutMs: 2_000 }),
    };
    await configurePsa({
      ctx: account.owner,
      deps,
      input: connectWiseSettings(sim),
    });
  });
  afterAll(() => sim.close());

  const poll = () => pollPsaQueue({ ctx: system, deps, now: new Date(now) });
  const queueSummaries = async () => (await listQueue({ ctx: l1 })).tickets.map((t) => t.summary);
  const cw = () =>
    createConnectWiseProvider({
      siteUrl: sim.url,
      companyId: sim.credentials.companyId,
      publicKey: sim.credentials.publicKey,
      privateKey: sim.credentials.privateKey,
      clientId: CLIENT_ID,
      boards: ['Service Desk'],
    });

  it('pulls open tickets on the chosen boards; re-polling adds no duplicate', async () => {
    sim.addTicket({ summary: 'VPN drops every hour', at: T0 - 3_600_000 });
    sim.addTicket({ summary: 'New starter laptop', board: 'Projects', at: T0 - 60_000 });
    sim.addTicket({ summary: 'Already done', status: 'Closed', at: T0 - 60_000 });
    now = T0;
    const first = await poll();
    expect(first).toMatchObject({ provider: 'connectwise', created: 1, closed: 0 });
    sim.calls.length = 0;
    const second = await poll();
    expect(second).toMatchObject({ created: 0, updated: 0 });
    // The cursor is the newest change seen (the closed ticket, 08:59:00), reaching back 2 s.
    expect(sim.calls[0]?.query.conditions).toBe(
      '_info/lastUpdated > [2026-03-02T08:58:58Z] AND board/name in ("Service Desk")',
    );
    expect(await queueSummaries()).toEqual(['VPN drops every hour']);
    const [ticket] = (await listQueue({ ctx: l1 })).tickets;
    expect(ticket).toMatchObject({
      source: 'psa',
      client: 'Acme Corporation',
      psa: { provider: 'connectwise' },
    });
  });

  it('sees a change made in the same second as the cursor (the 2 s overlap)', async () => {
    now = T0 + 10_000;
    sim.addTicket({ summary: 'Outlook search empty', at: now });
    expect(await poll()).toMatchObject({ created: 1, cursor: '2026-03-02T09:00:10.000Z' });
    // Same whole second as the cursor: `lastUpdated > cursor` alone would never return it.
    sim.addTicket({ summary: 'Shared drive missing', at: now });
    now += 400;
    const report = await poll();
    expect(report).toMatchObject({ created: 1, since: '2026-03-02T09:00:08.000Z' });
    expect(await queueSummaries()).toEqual([
      'VPN drops every hour',
      'Outlook search empty',
      'Shared drive missing',
    ]);
  });

  it('a ticket closed in the PSA leaves the queue; reopened, it comes back', async () => {
    const [vpn] = (await listQueue({ ctx: l1, input: { search: 'VPN' } })).tickets;
    now = T0 + 60_000;
    await cw().changeStatus(vpn?.psa?.externalId ?? '', 'Closed');
    expect(await poll()).toMatchObject({ closed: 1, created: 0 });
    expect(await queueSummaries()).not.toContain('VPN drops every hour');
    now = T0 + 120_000;
    await cw().changeStatus(vpn?.psa?.externalId ?? '', 'New');
    expect(await poll()).toMatchObject({ updated: 1, created: 0 });
    expect(await queueSummaries()).toContain('VPN drops every hour');
  });

  it('ages a ticket from when it was opened in ConnectWise, not from when we polled it, and sorts by that', async () => {
    // Opened two days ago on a board we do not watch, then moved to ours: first seen by this poll.
    now = T0 + 180_000;
    const old = sim.addTicket({ summary: 'Printer jammed since the weekend', at: T0 - 2 * 86_400_000 });
    await cw().changeStatus(String(old.id), 'In Progress');
    expect(await poll()).toMatchObject({ created: 1 });
    const queue = await listQueue({ ctx: l1, now: new Date(now) });
    expect(queue.tickets[0]).toMatchObject({
      summary: 'Printer jammed since the weekend',
      openedAt: new Date(T0 - 2 * 86_400_000).toISOString(),
      ageMinutes: 2 * 24 * 60 + 3,
    });
    // A ticket opened in the PSA an hour before our first poll shows an hour's age, not none.
    expect(queue.tickets.find((t) => t.summary === 'VPN drops every hour')).toMatchObject({
      openedAt: new Date(T0 - 3_600_000).toISOString(),
      ageMinutes: 63,
    });
  });

  it('a walk-in is created in ConnectWise once, and the next poll updates it instead of adding it', async () => {
    const clients = await listWalkInClients({ ctx: l1, deps });
    expect(clients.source).toBe('psa');
    const globex = clients.clients.find((c) => c.name === 'Globex Inc');
    expect(globex).toBeDefined();
    await expect(
      createWalkIn({
        ctx: l1,
        input: { contactName: 'Pat', client: 'Globex Inc', summary: 'Badge reader offline' },
      }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/pick the client from the PSA/),
    });
    now = T0 + 180_000;
    const walkIn = await createWalkIn({
      ctx: l1,
      input: {
        contactName: 'Pat',
        client: 'Globex Inc',
        clientId: globex?.id,
        summary: 'Badge reader offline',
      },
      now: new Date(now),
    });
    expect(await deliverWalkIns({ ctx: system, deps, now: new Date(now) })).toMatchObject({ created: 1 });
    const [created, ...others] = await cw().searchTickets({ text: 'Badge reader' });
    expect(others).toEqual([]);
    expect(created?.company?.name).toBe('Globex Inc');
    expect(await poll()).toMatchObject({ created: 0 });
    const rows = (await listQueue({ ctx: l1, input: { search: 'Badge reader' } })).tickets;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: walkIn.id,
      source: 'walk_in',
      psa: { externalId: created?.externalId },
    });
  });

  it('a ticket an engineer already works in a session arrives as theirs, with no Start to press', async () => {
    now = T0 + 240_000;
    const added = sim.addTicket({ summary: 'Shared drive S: missing', at: now });
    const engineer = await account.member('engineer', { name: 'Eli Engineer' });
    const session = await createSession({ ctx: engineer, input: { problemSummary: 'S: drive missing' } });
    await linkTicket({ ctx: engineer, deps, sessionId: session.id, input: { externalId: String(added.id) } });
    await poll();
    const row = (await listQueue({ ctx: l1 })).tickets.find((t) => t.summary === 'Shared drive S: missing');
    expect(row).toMatchObject({ status: 'in_progress', assignee: { name: 'Eli Engineer' } });
    const unassigned = await listQueue({ ctx: l1, input: { filter: 'unassigned' } });
    expect(unassigned.tickets.map((t) => t.summary)).not.toContain('Shared drive S: missing');
  });

  it('refuses to poll for a person without admin rights; with no PSA there is nothing to do', async () => {
    await expect(pollPsaQueue({ ctx: l1, deps })).rejects.toMatchObject({ code: 'forbidden' });
    const bare = await createTestAccount(await testDatabase(), 'NoPsa');
    expect(await pollPsaQueue({ ctx: bare.system(), deps })).toMatchObject({ provider: null, created: 0 });
  });
});

describe('PSA queue polling from the built-in PSA', () => {
  it('pulls local tickets the same way, and closed ones drop out', async () => {
    const account = await createTestAccount(await testDatabase(), 'LocalPoll');
    const l1 = await account.member('l1');
    const deps: PsaDeps = {
      sealingKey: Buffer.alloc(32, 1),
      connectWise: () => {
        throw new Error('unused');
      },
    };
    await configurePsa({ ctx: account.owner, deps, input: { provider: 'local' } });
    const psa = createLocalPsa(account.owner);
    const a = await psa.createTicket({ summary: 'Printer jam in accounts', companyId: 'Contoso' });
    await psa.createTicket({ summary: 'Phone has no dial tone' });
    const system = account.system('psa-poll');
    expect(await pollPsaQueue({ ctx: system, deps })).toMatchObject({ provider: 'local', created: 2 });
    expect(await pollPsaQueue({ ctx: system, deps })).toMatchObject({ created: 0, unchanged: 2 });
    await psa.changeStatus(a.externalId, 'Closed');
    expect(await pollPsaQueue({ ctx: system, deps })).toMatchObject({ closed: 1 });
    expect((await listQueue({ ctx: l1 })).tickets.map((t) => t.summary)).toEqual(['Phone has no dial tone']);
  });
});
