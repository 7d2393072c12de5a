import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and leaves nulls empty', () => {
    expect(toCsv([{ client: 'Smith, Jones & "Co"', n: 3, p50: null }])).toBe(
      'client,n,p50\r\n"Smith, Jones & ""Co""",3,\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([{ title: '=HYPERLINK("http://evil.example")', other: '+1', at: '@SUM(A1)', n: -2 }]);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""http://evil.example"")",'+1,'@SUM(A1),-2`);
  });

  it('is empty for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
