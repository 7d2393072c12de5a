import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConditionsError,
  type ConnectWiseSimulator,
  parseConditions,
  startConnectWiseSimulator,
} from './index.ts';
import { cw, withConditions } from './test-helpers.ts';
import type { CwMember, CwTicket } from './types.ts';

// The `conditions=` language as ConnectWise documents it: `=`, `!=`, `<`, `<=`, `>`, `>=`,
// `contains`, `like`, `in (…)`, `and`/`or` with parentheses, strings in double quotes, datetimes
// in brackets, nested fields with `/` (e.g. `board/name="Integration"`).

const T0 = Date.parse('2026-01-10T08:00:00Z');
let clock = T0;
let sim: ConnectWiseSimulator;

beforeAll(async () => {
  sim = await startConnectWiseSimulator({ now: () => clock });
  sim.addBoard('Projects', ['Open', 'Done']);
  sim.addCompany({ identifier: 'Globex', name: 'Globex Inc' });
  sim.addTicket({ summary: 'Printer jammed on 2nd floor', company: 'AcmeCorp', at: T0 });
  sim.addTicket({
    summary: 'VPN "split tunnel" broken',
    status: 'In Progress',
    company: 'Globex',
    owner: 'jsmith',
  });
  sim.addTicket({
    summary: 'Outlook crash C:\\Temp',
    status: 'Closed',
    company: 'AcmeCorp',
    at: T0 + 3_600_000,
  });
  sim.addTicket({ summary: 'Migrate file server', board: 'Projects', company: 'Globex', at: T0 + 7_200_000 });
});
afterAll(() => sim.close());

async function ids(conditions: string): Promise<number[]> {
  const response = await cw<CwTicket[]>(sim, withConditions('/service/tickets', conditions));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.map((t) => t.id);
}

describe('conditions parser', () => {
  it('builds an and/or tree with and binding tighter, parentheses overriding', () => {
    expect(parseConditions('a=1 or b=2 and c=3')).toMatchObject({
      type: 'or',
      right: { type: 'and' },
    });
    expect(parseConditions('(a=1 OR b=2) AND c=3')).toMatchObject({ type: 'and', left: { type: 'or' } });
  });

  it('reads escapes, datetimes, numbers, booleans, null, in-lists and not', () => {
    expect(parseConditions('summary = "say \\"hi\\" \\\\ bye"')).toMatchObject({
      values: [{ kind: 'string', value: 'say "hi" \\ bye' }],
    });
    expect(parseConditions('lastUpdated > [2026-01-01T00:00:00Z]')).toMatchObject({
      field: ['lastUpdated'],
      op: '>',
      values: [{ kind: 'datetime', value: Date.parse('2026-01-01T00:00:00Z') }],
    });
    expect(parseConditions('status/id in (1, 2,3)')).toMatchObject({
      op: 'in',
      values: [{ value: 1 }, {}, {}],
    });
    expect(parseConditions('closedFlag = false and owner != null')).toMatchObject({
      left: { values: [{ kind: 'boolean', value: false }] },
      right: { op: '!=', values: [{ kind: 'null' }] },
    });
    expect(parseConditions('summary not contains "x"')).toMatchObject({ op: 'contains', negated: true });
  });

  it.each([
    'summary = "unterminated',
    'summary = Printer',
    'summary contains 5',
    '(status/id = 1',
    'status/id in 1, 2',
    'status/id == 1',
    'lastUpdated > [yesterday]',
    'and = 1',
    'status/id = 1 garbage',
    '',
  ])('rejects %j', (source) => {
    expect(() => parseConditions(source)).toThrow(ConditionsError);
  });
});

describe('conditions on GET /service/tickets', () => {
  it('filters on nested fields with =, != and in', async () => {
    expect(await ids('board/name="Projects"')).toEqual([4]);
    expect(await ids('company/identifier = "globex"')).toEqual([2, 4]);
    expect(await ids('status/name != "New"')).toEqual([2, 3, 4]);
    expect(await ids('status/name in ("In Progress", "Closed")')).toEqual([2, 3]);
    expect(await ids('id in (1, 4)')).toEqual([1, 4]);
  });

  it('matches quoted strings with escaped quotes and backslashes', async () => {
    expect(await ids('summary = "VPN \\"split tunnel\\" broken"')).toEqual([2]);
    expect(await ids('summary contains "C:\\\\Temp"')).toEqual([3]);
  });

  it('supports contains (case-insensitive), like with * wildcards and not', async () => {
    expect(await ids('summary contains "PRINTER"')).toEqual([1]);
    expect(await ids('summary like "*server"')).toEqual([4]);
    expect(await ids('summary like "Outlook*"')).toEqual([3]);
    expect(await ids('summary not contains "E"')).toEqual([]);
    expect(await ids('company/name not like "Acme*"')).toEqual([2, 4]);
  });

  it('combines and/or with parentheses', async () => {
    expect(
      await ids('(status/name = "New" or status/name = "Closed") and company/identifier = "AcmeCorp"'),
    ).toEqual([1, 3]);
    expect(
      await ids('status/name = "New" or status/name = "Closed" and company/identifier = "Globex"'),
    ).toEqual([1]);
    expect(await ids('closedFlag = true OR owner/identifier = "jsmith"')).toEqual([2, 3]);
    expect(await ids('owner = null AND closedFlag = false')).toEqual([1, 4]);
  });

  it('compares datetimes: lastUpdated resolves to _info.lastUpdated', async () => {
    expect(await ids('lastUpdated > [2026-01-10T08:30:00Z]')).toEqual([3, 4]);
    expect(
      await ids('lastUpdated >= [2026-01-10T09:00:00Z] and lastUpdated < [2026-01-10T10:00:00Z]'),
    ).toEqual([3]);
    expect(await ids('dateEntered <= [2026-01-10T08:00:00Z]')).toEqual([1, 2]);
  });

  it('answers invalid syntax with 400 and a message', async () => {
    const response = await cw<{ code: string; message: string }>(
      sim,
      withConditions('/service/tickets', 'summary = "open'),
    );
    expect(response.status).toBe(400);
    expect(response.body.message).toMatch(/Unterminated string/);
  });

  it('finds members by primaryEmail and identifier', async () => {
    sim.addMember({
      identifier: 'bwayne',
      email: 'Bruce@MSP.example',
      firstName: 'Bruce',
      lastName: 'Wayne',
    });
    const byEmail = await cw<CwMember[]>(
      sim,
      withConditions('/system/members', 'primaryEmail="bruce@msp.example"'),
    );
    expect(byEmail.body.map((m) => m.identifier)).toEqual(['bwayne']);
    const byId = await cw<CwMember[]>(sim, withConditions('/system/members', 'identifier="jsmith"'));
    expect(byId.body).toEqual([
      expect.objectContaining({ firstName: 'Jane', primaryEmail: 'jsmith@msp.example' }),
    ]);
    const none = await cw<CwMember[]>(
      sim,
      withConditions('/system/members', 'primaryEmail="nobody@x.example"'),
    );
    expect(none.body).toEqual([]);
  });

  it('orders with orderBy and projects with fields', async () => {
    const response = await cw<Record<string, unknown>[]>(
      sim,
      '/service/tickets?orderBy=company/identifier%20desc,id%20desc&fields=id,status/name',
    );
    expect(response.body).toEqual([
      { id: 4, status: { name: 'Open' } },
      { id: 2, status: { name: 'In Progress' } },
      { id: 3, status: { name: 'Closed' } },
      { id: 1, status: { name: 'New' } },
    ]);
    clock = T0;
  });
});
