import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from './index.ts';
import { cw, withConditions } from './test-helpers.ts';
import type { CwNote, CwStatus, CwTicket, CwTimeEntry } from './types.ts';

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

const statusId = (name: string, board = 'Service Desk'): number => {
  const boardId = sim.state.boards.find((b) => b.name === board)?.id;
  return (sim.state.statuses.find((s) => s.boardId === boardId && s.name === name) as CwStatus).id;
};

const patch = (id: number, ops: unknown) =>
  cw<CwTicket>(sim, `/service/tickets/${id}`, { method: 'PATCH', body: ops });

describe('tickets', () => {
  it('creates (201), reads and 404s', async () => {
    const created = await cw<CwTicket>(sim, '/service/tickets', {
      method: 'POST',
      body: { summary: 'Email down', company: { identifier: 'AcmeCorp' }, board: { name: 'Service Desk' } },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      summary: 'Email down',
      board: { name: 'Service Desk' },
      status: { id: statusId('New'), name: 'New' },
      company: { identifier: 'AcmeCorp' },
      closedFlag: false,
      _info: {
        lastUpdated: '2026-03-02T09:00:00Z',
        notes_href: `${sim.url}/service/tickets/${created.body.id}/notes`,
      },
    });
    expect((await cw(sim, `/service/tickets/${created.body.id}`)).body).toEqual(created.body);
    const missing = await cw(sim, '/service/tickets/999');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ code: 'NotFound', message: expect.any(String) });
    const invalid = await cw<{ code: string; errors: unknown[] }>(sim, '/service/tickets', {
      method: 'POST',
      body: { summary: 'x'.repeat(101), company: { id: 1 } },
    });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      code: 'InvalidObject',
      errors: [{ code: 'MaxLengthField', field: 'summary' }],
    });
  });

  it('changes status with a JSON Patch, bumps _info.lastUpdated and persists on re-read', async () => {
    const ticket = sim.addTicket({ summary: 'Printer offline' });
    now += 60_000;
    const response = await patch(ticket.id, [
      { op: 'replace', path: 'status', value: { id: statusId('In Progress') } },
    ]);
    expect(response.status).toBe(200);
    expect(response.body.status).toMatchObject({ name: 'In Progress' });
    expect(response.body._info.lastUpdated).toBe('2026-03-02T09:01:00Z');
    const reread = await cw<CwTicket>(sim, `/service/tickets/${ticket.id}`);
    expect(reread.body.status.name).toBe('In Progress');
    // Queue polling sees the change.
    const changed = await cw<CwTicket[]>(
      sim,
      withConditions('/service/tickets', 'lastUpdated > [2026-03-02T09:00:30Z]'),
    );
    expect(changed.body.map((t) => t.id)).toEqual([ticket.id]);
  });

  it('accepts status by name, nested paths and a leading slash; closing sets closedFlag', async () => {
    const ticket = sim.addTicket({ summary: 'Disk full' });
    await patch(ticket.id, [{ op: 'replace', path: '/status/name', value: 'Closed' }]);
    expect(sim.state.tickets[0]).toMatchObject({
      status: { name: 'Closed' },
      closedFlag: true,
      closedBy: 'ResolutionFlowAPI',
    });
    await patch(ticket.id, [{ op: 'replace', path: 'status/id', value: statusId('New') }]);
    expect(sim.state.tickets[0]).toMatchObject({ status: { name: 'New' }, closedFlag: false });
    expect(sim.state.tickets[0]?.closedDate).toBeUndefined();
  });

  it('reassigns owner and board (board move falls back to the default status) in one patch', async () => {
    sim.addBoard('Escalations', ['Triage', 'Engineering']);
    sim.addMember({ identifier: 'tstark', email: 'tony@msp.example', firstName: 'Tony', lastName: 'Stark' });
    const ticket = sim.addTicket({ summary: 'Server slow', owner: 'jsmith' });
    const response = await patch(ticket.id, [
      { op: 'replace', path: 'board', value: { name: 'Escalations' } },
      { op: 'replace', path: 'owner', value: { identifier: 'tstark' } },
    ]);
    expect(response.body).toMatchObject({
      board: { name: 'Escalations' },
      status: { name: 'Triage' },
      owner: { identifier: 'tstark', name: 'Tony Stark' },
    });
    const cleared = await patch(ticket.id, [{ op: 'remove', path: 'owner' }]);
    expect(cleared.body.owner).toBeUndefined();
  });

  it.each([
    ['an object instead of an array', { op: 'replace', path: 'status', value: { id: 1 } }],
    ['an empty array', []],
    ['an unsupported op', [{ op: 'move', path: 'status', from: 'board' }]],
    ['a missing path', [{ op: 'replace', value: { id: 1 } }]],
    ['a read-only path', [{ op: 'replace', path: 'id', value: 7 }]],
    ['a bad value', [{ op: 'replace', path: 'status', value: 'In Progress' }]],
    ['removing the status', [{ op: 'remove', path: 'status' }]],
  ])('rejects %s with 400 BadRequest and changes nothing', async (_label, body) => {
    const ticket = sim.addTicket({ summary: 'Unchanged' });
    const before = structuredClone(ticket);
    const response = await patch(ticket.id, body);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ code: 'BadRequest' });
    expect(sim.state.tickets[0]).toEqual(before);
  });

  it('rejects a status of another board with InvalidObject naming status/id', async () => {
    sim.addBoard('Escalations', ['Triage']);
    const ticket = sim.addTicket({ summary: 'Wrong status' });
    const foreign = statusId('Triage', 'Escalations');
    const response = await patch(ticket.id, [{ op: 'replace', path: 'status', value: { id: foreign } }]);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({
      code: 'InvalidObject',
      message: 'ticket object is invalid',
      errors: [
        {
          code: 'NotFound',
          message: `Service Status ${foreign} not found for Service Board 1`,
          resource: 'ticket',
          field: 'status/id',
        },
      ],
    });
    expect((await patch(999, [{ op: 'replace', path: 'summary', value: 'x' }])).status).toBe(404);
  });
});

describe('notes, time entries, boards, companies', () => {
  it('posts notes with flags and lists them; a note counts as a ticket change', async () => {
    const ticket = sim.addTicket({ summary: 'VPN drops' });
    now += 5_000;
    const resolution = await cw<CwNote>(sim, `/service/tickets/${ticket.id}/notes`, {
      method: 'POST',
      body: { text: 'Replaced the VPN profile.', resolutionFlag: true, member: { identifier: 'jsmith' } },
    });
    expect(resolution.status).toBe(201);
    expect(resolution.body).toMatchObject({
      ticketId: ticket.id,
      text: 'Replaced the VPN profile.',
      detailDescriptionFlag: false,
      internalAnalysisFlag: false,
      resolutionFlag: true,
      externalFlag: true,
      internalFlag: false,
      member: { identifier: 'jsmith' },
      createdBy: 'ResolutionFlowAPI',
      dateCreated: '2026-03-02T09:00:05Z',
    });
    await cw(sim, `/service/tickets/${ticket.id}/notes`, {
      method: 'POST',
      body: { text: 'Checked the firewall logs.', internalAnalysisFlag: true },
    });
    const notes = await cw<CwNote[]>(sim, `/service/tickets/${ticket.id}/notes`);
    expect(notes.body.map((n) => [n.resolutionFlag, n.internalFlag])).toEqual([
      [true, false],
      [false, true],
    ]);
    const internal = await cw<CwNote[]>(
      sim,
      withConditions(`/service/tickets/${ticket.id}/notes`, 'internalAnalysisFlag = true'),
    );
    expect(internal.body).toHaveLength(1);
    expect(sim.state.tickets[0]?._info.lastUpdated).toBe('2026-03-02T09:00:05Z');
    const noFlag = await cw(sim, `/service/tickets/${ticket.id}/notes`, {
      method: 'POST',
      body: { text: 'x' },
    });
    expect(noFlag.status).toBe(400);
    const noText = await cw(sim, `/service/tickets/${ticket.id}/notes`, {
      method: 'POST',
      body: { resolutionFlag: true },
    });
    expect(noText.status).toBe(400);
    expect((await cw(sim, '/service/tickets/999/notes')).status).toBe(404);
  });

  it('creates time entries against a ticket', async () => {
    const ticket = sim.addTicket({ summary: 'Onboarding' });
    const entry = await cw<CwTimeEntry>(sim, '/time/entries', {
      method: 'POST',
      body: {
        chargeToId: ticket.id,
        chargeToType: 'ServiceTicket',
        member: { identifier: 'jsmith' },
        timeStart: '2026-03-02T08:00:00Z',
        timeEnd: '2026-03-02T08:45:00Z',
        notes: 'Set up laptop',
      },
    });
    expect(entry.status).toBe(201);
    expect(entry.body).toMatchObject({
      actualHours: 0.75,
      member: { identifier: 'jsmith' },
      company: { identifier: 'AcmeCorp' },
    });
    const bad = await cw(sim, '/time/entries', {
      method: 'POST',
      body: { chargeToId: 999, timeStart: '2026-03-02T08:00:00Z' },
    });
    expect(bad.status).toBe(400);
  });

  it('lists boards and their statuses, and reads a company', async () => {
    const boards = await cw<{ id: number; name: string }[]>(sim, '/service/boards');
    expect(boards.body.map((b) => b.name)).toEqual(['Service Desk']);
    const statuses = await cw<CwStatus[]>(sim, `/service/boards/${boards.body[0]?.id}/statuses`);
    expect(statuses.body.map((s) => [s.name, s.closedStatus, s.defaultFlag])).toEqual([
      ['New', false, true],
      ['In Progress', false, false],
      ['Waiting on Client', false, false],
      ['Resolved', false, false],
      ['Closed', true, false],
    ]);
    const company = await cw<{ identifier: string }>(sim, '/company/companies/1');
    expect(company.body).toMatchObject({ identifier: 'AcmeCorp', name: 'Acme Corporation' });
    expect((await cw(sim, '/company/companies/42')).status).toBe(404);
    expect((await cw(sim, '/service/boards/42/statuses')).status).toBe(404);
  });
});
