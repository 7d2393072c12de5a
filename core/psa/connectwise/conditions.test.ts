import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConnectWiseSimulator,
  parseConditions,
  startConnectWiseSimulator,
} from '../../../sim/connectwise/index.ts';
import { datetime, quote, where } from './conditions.ts';
import { simProvider } from './test-support.ts';

// Round trips through the simulator's parser of the documented `conditions=` language: whatever a
// person typed must come back as exactly one string literal, never as extra syntax.

const HOSTILE = [
  'say "hi"',
  'C:\\Temp\\',
  '\\"',
  'trailing backslash \\',
  'printer AND id > 0',
  'x" OR summary contains "',
  ') OR (1 = 1',
  '[2026-01-01T00:00:00Z]',
  'emoji 🖨️ and ünïcödé',
  'tab\tnew\nline',
  '',
];

type Compare = {
  type: 'compare';
  field: string[];
  op: string;
  values: Array<{ kind: string; value?: unknown }>;
};

describe('conditions builder', () => {
  it.each(HOSTILE)('round-trips %j through the simulator parser as one literal', (value) => {
    const node = parseConditions(where.eq('summary', value).text) as Compare;
    expect(node).toMatchObject({ type: 'compare', field: ['summary'], op: '=' });
    expect(node.values).toEqual([{ kind: 'string', value }]);
    const combined = parseConditions(
      where.and(where.contains('summary', value), where.eq('closedFlag', false))?.text ?? '',
    );
    expect(combined).toMatchObject({ type: 'and', left: { values: [{ value }] } });
  });

  it('quotes with backslash escaping before quote escaping', () => {
    expect(quote('a"b')).toBe('"a\\"b"');
    expect(quote('a\\b')).toBe('"a\\\\b"');
    expect(quote('\\"')).toBe('"\\\\\\""');
  });

  it('formats datetimes as bracketed UTC whole seconds', () => {
    expect(datetime(new Date('2026-01-01T00:00:00.789Z'))).toBe('[2026-01-01T00:00:00Z]');
    expect(datetime('2026-03-02T10:15:00+01:00')).toBe('[2026-03-02T09:15:00Z]');
    expect(where.gt('_info/lastUpdated', new Date('2026-01-01T00:00:00Z')).text).toBe(
      '_info/lastUpdated > [2026-01-01T00:00:00Z]',
    );
    expect(parseConditions(where.lt('lastUpdated', new Date(0)).text)).toMatchObject({
      op: '<',
      values: [{ kind: 'datetime', value: 0 }],
    });
    expect(() => datetime('yesterday')).toThrow(/Invalid datetime/);
  });

  it('supports every operator and groups OR inside AND with parentheses', () => {
    const built = where.and(
      where.or(where.eq('board/name', 'Service Desk'), where.ne('status/name', 'Closed')),
      where.in('company/identifier', ['Acme', 'Glo"bex']),
      where.like('summary', 'VPN*'),
      where.lt('id', 10),
      where.eq('owner', null),
    );
    expect(built?.text).toBe(
      '(board/name = "Service Desk" OR status/name != "Closed") AND company/identifier in ("Acme", "Glo\\"bex")' +
        ' AND summary like "VPN*" AND id < 10 AND owner = null',
    );
    expect(parseConditions(built?.text ?? '')).toMatchObject({
      type: 'and',
      left: { type: 'and', left: { type: 'and', left: { type: 'and', left: { type: 'or' } } } },
    });
    expect(where.and(undefined, false)).toBeUndefined();
    expect(where.or(where.eq('id', 1))?.text).toBe('id = 1');
  });

  it('rejects field names that are not plain paths, and empty in-lists', () => {
    expect(() => where.eq('summary = "x" OR id', 1)).toThrow(/Invalid ConnectWise condition field/);
    expect(() => where.in('id', [])).toThrow(/at least one value/);
    expect(() => where.eq('id', Number.NaN)).toThrow(/Invalid number/);
  });
});

describe('conditions against the simulator', () => {
  let sim: ConnectWiseSimulator;
  beforeAll(async () => {
    sim = await startConnectWiseSimulator();
  });
  afterAll(() => sim.close());

  it('finds tickets whose summaries hold quotes, backslashes and AND, and nothing more', async () => {
    const hostile = ['Share \\\\fs01\\"public" AND more', 'VPN "split" OR id > 0', 'plain printer'];
    for (const summary of hostile) sim.addTicket({ summary });
    const psa = simProvider(sim);
    for (const summary of hostile) {
      const found = await psa.searchTickets({ text: summary });
      expect(found.map((t) => t.summary)).toEqual([summary]);
    }
    expect(sim.calls.every((c) => c.status === 200)).toBe(true);
  });
});
