import type { ValidateFunction } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionProperties, definitionValidator, errorsOf } from './contract-schemas.ts';
import { type ConnectWiseSimulator, startConnectWiseSimulator } from './index.ts';
import { cw } from './test-helpers.ts';
import type { CwNote, CwTicket } from './types.ts';

// What the simulator puts on the wire, checked against ConnectWise's official Service API swagger
// (test/contracts/connectwise/service-api-2015.swagger.json). The swagger predates some fields
// today's API returns (ticket `owner`, status `board`, `_info` hrefs); it does not forbid extra
// properties, and the extras are pinned below so new ones are a deliberate choice.

let sim: ConnectWiseSimulator;
let ticketId: number;

beforeAll(async () => {
  sim = await startConnectWiseSimulator();
  const created = await cw<CwTicket>(sim, '/service/tickets', {
    method: 'POST',
    body: {
      summary: 'Laptop will not boot',
      company: { identifier: 'AcmeCorp' },
      owner: { identifier: 'jsmith' },
      initialDescription: 'BitLocker recovery screen after BIOS update',
      contactEmailAddress: 'user@acme.example',
      severity: 'Medium',
    },
  });
  ticketId = created.body.id;
});
afterAll(() => sim.close());

function expectValid(validate: ValidateFunction, data: unknown) {
  const valid = validate(data);
  expect(errorsOf(validate), JSON.stringify(data)).toEqual([]);
  expect(valid).toBe(true);
}

describe('responses vs service-api-2015.swagger.json', () => {
  it('Ticket: create, get, list and patch responses', async () => {
    const ticket = definitionValidator('Ticket');
    const one = await cw<CwTicket>(sim, `/service/tickets/${ticketId}`);
    expectValid(ticket, one.body);
    const list = await cw<CwTicket[]>(sim, '/service/tickets');
    for (const item of list.body) expectValid(ticket, item);
    const closed = sim.state.statuses.find((s) => s.closedStatus)?.id;
    const patched = await cw<CwTicket>(sim, `/service/tickets/${ticketId}`, {
      method: 'PATCH',
      body: [{ op: 'replace', path: 'status', value: { id: closed } }],
    });
    expectValid(ticket, patched.body);
    expect(patched.body.closedFlag).toBe(true);
    // A real check: the schema rejects a too-long summary, a string id and a bad enum.
    expect(ticket({ ...one.body, summary: 'x'.repeat(101) })).toBe(false);
    expect(ticket({ ...one.body, id: '7' })).toBe(false);
    expect(ticket({ ...one.body, severity: 'Critical' })).toBe(false);
    const extras = Object.keys(one.body).filter((key) => !definitionProperties('Ticket').has(key));
    expect(extras).toEqual(['owner']);
  });

  it('ServiceNote: create and list responses, each flag combination', async () => {
    const note = definitionValidator('ServiceNote');
    for (const flags of [
      { detailDescriptionFlag: true },
      { internalAnalysisFlag: true },
      { resolutionFlag: true, detailDescriptionFlag: true },
    ]) {
      const created = await cw<CwNote>(sim, `/service/tickets/${ticketId}/notes`, {
        method: 'POST',
        body: { text: 'Ran chkdsk; no errors.', member: { identifier: 'jsmith' }, ...flags },
      });
      expect(created.status).toBe(201);
      expectValid(note, created.body);
    }
    const listed = await cw<CwNote[]>(sim, `/service/tickets/${ticketId}/notes`);
    expect(listed.body).toHaveLength(3);
    for (const item of listed.body) expectValid(note, item);
    expect(note({ ...listed.body[0], resolutionFlag: 'yes' })).toBe(false);
    expect(
      Object.keys(listed.body[0] ?? {}).filter((k) => !definitionProperties('ServiceNote').has(k)),
    ).toEqual([]);
  });

  it('Board, Status and Count', async () => {
    const boards = await cw<unknown[]>(sim, '/service/boards');
    for (const board of boards.body) expectValid(definitionValidator('Board'), board);
    const statuses = await cw<unknown[]>(sim, '/service/boards/1/statuses');
    for (const status of statuses.body) expectValid(definitionValidator('Status'), status);
    expectValid(definitionValidator('Count'), (await cw(sim, '/service/tickets/count')).body);
  });

  it('Error bodies: 401, 404 and 400 InvalidObject with ValidationErrors', async () => {
    const error = definitionValidator('Error');
    const unauthorized = await cw(sim, '/service/tickets', { headers: { authorization: 'Basic eDp5' } });
    expect(unauthorized.status).toBe(401);
    expectValid(error, unauthorized.body);
    expectValid(error, (await cw(sim, '/service/tickets/424242')).body);
    const invalid = await cw(sim, `/service/tickets/${ticketId}`, {
      method: 'PATCH',
      body: [{ op: 'replace', path: 'status', value: { id: 999 } }],
    });
    expect(invalid.status).toBe(400);
    expectValid(error, invalid.body);
  });
});
