import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from '../../../sim/connectwise/index.ts';
import { PsaError } from '../provider.ts';
import { callLog, failure, simProvider } from './test-support.ts';

// The PsaProvider operations end to end against the ConnectWise simulator (no mocks).

const T0 = Date.parse('2026-03-02T09:00:00Z');
let now = T0;
let sim: ConnectWiseSimulator;

beforeAll(async () => {
  sim = await startConnectWiseSimulator({ now: () => now });
});
afterEach(() => {
  now = T0;
  sim.reset();
});
afterAll(() => sim.close());

describe('connection and reads', () => {
  it('testConnection names the site and company; a missing watched board is an actionable failure', async () => {
    const result = await simProvider(sim).testConnection();
    expect(result).toEqual({
      ok: true,
      detail: `Connected to ${new URL(sim.url).host} (ConnectWise v2022.1.75633) as company "resolutionflow"; 1 service boards visible.`,
    });
    const error = await failure(
      simProvider(sim, { boards: ['Service Desk', 'Escalatoins'] }).testConnection(),
    );
    expect(error).toMatchObject({ kind: 'invalid_request' });
    expect(error.message).toMatch(/no active board named "Escalatoins"/);
  });

  it('maps a ConnectWise ticket to PsaTicket, with a deep link; unknown ids are not_found', async () => {
    const seeded = sim.addTicket({ summary: 'Printer offline', owner: 'jsmith', status: 'In Progress' });
    const psa = simProvider(sim);
    expect(await psa.getTicket(String(seeded.id))).toEqual({
      externalId: String(seeded.id),
      summary: 'Printer offline',
      status: { id: String(seeded.status.id), name: 'In Progress' },
      board: { id: String(seeded.board.id), name: 'Service Desk' },
      company: { id: String(seeded.company.id), name: 'Acme Corporation', identifier: 'AcmeCorp' },
      owner: { id: String(seeded.owner?.id), identifier: 'jsmith' },
      closed: false,
      updatedAt: '2026-03-02T09:00:00.000Z',
      enteredAt: '2026-03-02T09:00:00.000Z',
      url: `${sim.url.replace('/apis/3.0', '')}/services/system_io/Service/fv_sr100_request.rails?service_recid=${seeded.id}&companyName=resolutionflow`,
    });
    for (const id of ['999', 'abc', '-1']) {
      await expect(psa.getTicket(id)).rejects.toMatchObject({
        kind: 'not_found',
        message: `Ticket #${id} was not found in ConnectWise.`,
      });
    }
  });

  it('searches by summary text, company and open-only', async () => {
    sim.addCompany({ identifier: 'Globex', name: 'Globex Inc' });
    sim.addTicket({ summary: 'VPN drops at Acme' });
    const globex = sim.addTicket({ summary: 'VPN drops at Globex', company: 'Globex' });
    sim.addTicket({ summary: 'VPN fixed', status: 'Closed' });
    const psa = simProvider(sim);
    expect((await psa.searchTickets({ text: 'vpn' })).length).toBe(3);
    expect((await psa.searchTickets({ text: 'VPN', openOnly: true })).map((t) => t.summary).sort()).toEqual([
      'VPN drops at Acme',
      'VPN drops at Globex',
    ]);
    const byId = await psa.searchTickets({ companyId: String(globex.company.id) });
    const byIdentifier = await psa.searchTickets({ companyId: 'Globex' });
    expect(byId.map((t) => t.externalId)).toEqual([String(globex.id)]);
    expect(byIdentifier).toEqual(byId);
    expect(await psa.searchTickets({ limit: 2 })).toHaveLength(2);
    expect(sim.calls.at(-1)?.query).toMatchObject({ pageSize: '2', orderBy: '_info/lastUpdated desc' });
  });

  it('lists boards, statuses of a board by name, and members with their primary emails', async () => {
    sim.addBoard('Escalations', ['Triage', { name: 'Done', closedStatus: true }]);
    sim.addMember({ identifier: 'tstark', email: 'tony@msp.example', firstName: 'Tony', lastName: 'Stark' });
    sim.addMember({
      identifier: 'gone',
      email: 'gone@msp.example',
      firstName: 'Old',
      lastName: 'Hand',
      inactive: true,
    });
    const psa = simProvider(sim);
    expect((await psa.listBoards()).map((b) => b.name)).toEqual(['Escalations', 'Service Desk']);
    expect((await psa.listStatuses('escalations')).map((s) => s.name)).toEqual(['Triage', 'Done']);
    await expect(psa.listStatuses('Nope')).rejects.toMatchObject({ kind: 'not_found' });
    expect(await psa.listMembers()).toEqual([
      { id: expect.any(String), identifier: 'jsmith', name: 'Jane Smith', email: 'jsmith@msp.example' },
      { id: expect.any(String), identifier: 'tstark', name: 'Tony Stark', email: 'tony@msp.example' },
    ]);
  });
});

describe('writes', () => {
  it('creates a ticket on the first watched board, keeping an over-long summary in the description', async () => {
    const psa = simProvider(sim);
    const long = `Outlook keeps asking for the password ${'again '.repeat(20)}`.trim();
    const created = await psa.createTicket({
      summary: long,
      description: 'Since Monday.',
      companyId: 'AcmeCorp',
    });
    expect(created).toMatchObject({ board: { name: 'Service Desk' }, company: { identifier: 'AcmeCorp' } });
    expect(created.summary).toHaveLength(100);
    const stored = sim.state.tickets.find((t) => String(t.id) === created.externalId);
    expect(stored?.initialDescription).toBe(`${long}\n\nSince Monday.`);
    await expect(psa.createTicket({ summary: 'No company' })).rejects.toMatchObject({
      kind: 'invalid_request',
    });
  });

  it('addNote sets exactly one flag per kind, and listNotes maps the flags back', async () => {
    const ticket = sim.addTicket({ summary: 'Slow laptop' });
    const psa = simProvider(sim);
    const id = String(ticket.id);
    const kinds = ['resolution', 'internal_analysis', 'discussion'] as const;
    for (const kind of kinds) {
      const note = await psa.addNote(id, { kind, text: `${kind} note` });
      expect(note).toMatchObject({ kind, text: `${kind} note`, createdAt: '2026-03-02T09:00:00.000Z' });
    }
    expect(sim.calls.filter((c) => c.method === 'POST').map((c) => c.body)).toEqual([
      {
        text: 'resolution note',
        resolutionFlag: true,
        detailDescriptionFlag: false,
        internalAnalysisFlag: false,
      },
      {
        text: 'internal_analysis note',
        internalAnalysisFlag: true,
        detailDescriptionFlag: false,
        resolutionFlag: false,
      },
      {
        text: 'discussion note',
        detailDescriptionFlag: true,
        internalAnalysisFlag: false,
        resolutionFlag: false,
      },
    ]);
    expect((await psa.listNotes(id)).map((n) => [n.kind, n.text])).toEqual(
      kinds.map((k) => [k, `${k} note`]),
    );
    await expect(psa.addNote('999', { kind: 'discussion', text: 'x' })).rejects.toMatchObject({
      kind: 'not_found',
    });
  });

  it('changeStatus looks the status up on the ticket’s board, patches, then re-reads to verify', async () => {
    const ticket = sim.addTicket({ summary: 'Reset MFA' });
    const resolved = sim.state.statuses.find((s) => s.name === 'Resolved');
    now += 60_000;
    const result = await simProvider(sim).changeStatus(String(ticket.id), 'resolved');
    expect(result).toMatchObject({ status: { name: 'Resolved' }, updatedAt: '2026-03-02T09:01:00.000Z' });
    expect(callLog(sim)).toEqual([
      `GET /service/tickets/${ticket.id}`,
      `GET /service/boards/${ticket.board.id}/statuses`,
      `PATCH /service/tickets/${ticket.id}`,
      `GET /service/tickets/${ticket.id}`,
    ]);
    expect(sim.calls[2]?.body).toEqual([{ op: 'replace', path: 'status', value: { id: resolved?.id } }]);
    // Already there: no write at all, so an outbox retry is harmless.
    sim.calls.length = 0;
    await simProvider(sim).changeStatus(String(ticket.id), 'Resolved');
    expect(callLog(sim)).toEqual([`GET /service/tickets/${ticket.id}`]);
  });

  it('status_not_applied when ConnectWise answers 200 but keeps the old status', async () => {
    const ticket = sim.addTicket({ summary: 'Stuck', status: 'In Progress' });
    sim.failNext({ method: 'PATCH', path: `/service/tickets/${ticket.id}` }, 'status_not_applied');
    const error = await failure(simProvider(sim).changeStatus(String(ticket.id), 'Closed'));
    expect(error).toBeInstanceOf(PsaError);
    expect(error).toMatchObject({ kind: 'status_not_applied', retryable: false });
    expect(error.message).toBe(
      'ConnectWise accepted the status change but the ticket is still "In Progress". Check the board\'s status workflow.',
    );
    expect(callLog(sim).slice(-2)).toEqual([
      `PATCH /service/tickets/${ticket.id}`,
      `GET /service/tickets/${ticket.id}`,
    ]);
  });

  it('an unknown status names the board’s statuses and writes nothing', async () => {
    const ticket = sim.addTicket({ summary: 'Typo' });
    const error = await failure(simProvider(sim).changeStatus(String(ticket.id), 'Resolvd'));
    expect(error).toMatchObject({ kind: 'invalid_request' });
    expect(error.message).toMatch(
      /Board "Service Desk" has no status "Resolvd" \(it has "New", "In Progress"/,
    );
    expect(sim.calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('retries a PATCH after 503 (idempotent) and still verifies', async () => {
    const ticket = sim.addTicket({ summary: 'Busy server' });
    sim.failNext({ method: 'PATCH' }, { status: 503, retryAfter: 0 });
    await expect(simProvider(sim).changeStatus(String(ticket.id), 'In Progress')).resolves.toMatchObject({
      status: { name: 'In Progress' },
    });
    expect(sim.calls.filter((c) => c.method === 'PATCH').map((c) => c.status)).toEqual([503, 200]);
  });

  it('reassigns owner and board by name, keeping a status the new board has, and verifies', async () => {
    sim.addBoard('Escalations', ['Triage', 'In Progress']);
    sim.addMember({ identifier: 'tstark', email: 'tony@msp.example', firstName: 'Tony', lastName: 'Stark' });
    const ticket = sim.addTicket({ summary: 'Server slow', owner: 'jsmith', status: 'In Progress' });
    const psa = simProvider(sim);
    const moved = await psa.reassign(String(ticket.id), { memberIdentifier: 'TStark', board: 'Escalations' });
    expect(moved).toMatchObject({
      owner: { identifier: 'tstark' },
      board: { name: 'Escalations' },
      status: { name: 'In Progress' },
    });
    expect(sim.calls.find((c) => c.method === 'PATCH')?.body).toEqual([
      { op: 'replace', path: 'owner', value: { id: expect.any(Number) } },
      { op: 'replace', path: 'board', value: { id: expect.any(Number) } },
      { op: 'replace', path: 'status', value: { id: expect.any(Number) } },
    ]);
    expect(callLog(sim).at(-1)).toBe(`GET /service/tickets/${ticket.id}`);
    await expect(psa.reassign(String(ticket.id), { memberIdentifier: 'nobody' })).rejects.toMatchObject({
      kind: 'not_found',
      message: 'There is no ConnectWise member "nobody".',
    });
    await expect(psa.reassign(String(ticket.id), {})).rejects.toMatchObject({ kind: 'invalid_request' });
  });

  it('creates a time entry against the ticket in the shape ConnectWise accepts', async () => {
    const ticket = sim.addTicket({ summary: 'Onboarding' });
    const psa = simProvider(sim);
    const before = Date.now();
    const { id } = await psa.createTimeEntry(String(ticket.id), {
      memberIdentifier: 'jsmith',
      minutes: 45,
      notes: 'Set up laptop',
    });
    const entry = sim.state.timeEntries.find((e) => String(e.id) === id);
    expect(entry).toMatchObject({
      chargeToId: ticket.id,
      chargeToType: 'ServiceTicket',
      member: { identifier: 'jsmith' },
      actualHours: 0.75,
      notes: 'Set up laptop',
      company: { identifier: 'AcmeCorp' },
    });
    expect(Math.abs(Date.parse(entry?.timeEnd ?? '') - before)).toBeLessThan(5_000);
    expect(sim.calls.at(-1)).toMatchObject({ method: 'POST', path: '/time/entries', status: 201 });
    await expect(
      psa.createTimeEntry(String(ticket.id), { memberIdentifier: 'jsmith', minutes: 0, notes: '' }),
    ).rejects.toMatchObject({ kind: 'invalid_request' });
  });
});

describe('queue polling', () => {
  it('pages through 2,500 changed tickets on the watched boards: 3 requests of up to 1,000', async () => {
    sim.addBoard('Projects', ['Open']);
    sim.addTicket({ summary: 'Before the cursor', at: T0 - 3_600_000 });
    sim.addTicket({ summary: 'Other board', board: 'Projects', at: T0 + 1_000 });
    sim.bulkTickets(2500, { at: T0 + 60_000 });
    sim.calls.length = 0;
    const psa = simProvider(sim, { boards: ['Service Desk'] });
    const ids = new Set<string>();
    let cursor: string | null = null;
    let requests = 0;
    do {
      const page = await psa.listTicketsChangedSince('2026-03-02T08:30:00.000Z', cursor);
      for (const t of page.tickets) ids.add(t.externalId);
      cursor = page.nextCursor;
      requests += 1;
    } while (cursor !== null && requests < 10);
    expect(requests).toBe(3);
    expect(ids.size).toBe(2500);
    expect(sim.calls).toHaveLength(3);
    expect(sim.calls[0]?.query).toMatchObject({
      conditions: '_info/lastUpdated > [2026-03-02T08:30:00Z] AND board/name in ("Service Desk")',
      orderBy: '_info/lastUpdated asc, id asc',
      pageSize: '1000',
    });
    expect(sim.calls.map((c) => c.query.page)).toEqual(['1', '2', '3']);
  });

  it('returns changes oldest first with a null cursor on the last page', async () => {
    const older = sim.addTicket({ summary: 'Older', at: T0 + 1_000 });
    const newer = sim.addTicket({ summary: 'Newer', at: T0 + 2_000 });
    sim.addTicket({ summary: 'Unchanged', at: T0 - 1_000 });
    now = T0 + 3_000;
    await simProvider(sim).addNote(String(older.id), { kind: 'discussion', text: 'touch' });
    const page = await simProvider(sim).listTicketsChangedSince(new Date(T0).toISOString());
    expect(page).toMatchObject({ nextCursor: null });
    expect(page.tickets.map((t) => t.externalId)).toEqual([String(newer.id), String(older.id)]);
    await expect(simProvider(sim).listTicketsChangedSince('not a time')).rejects.toMatchObject({
      kind: 'invalid_request',
    });
  });
});
