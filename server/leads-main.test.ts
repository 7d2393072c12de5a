import { describe, expect, it } from 'vitest';
import { formatLeads } from './leads-main.ts';

describe('npm run leads output', () => {
  it('says so when there are none, and shows each lead with its contact and needs on one line', () => {
    expect(formatLeads([])).toBe('No sales leads yet.');
    const text = formatLeads([
      {
        id: '0d3c1c7e-0000-4000-8000-000000000001',
        company: 'Contoso MSP',
        seats: 120,
        needs: 'SSO,\n  a DPA\nand an on-prem PSA.',
        contactName: 'Carla Contoso',
        contactEmail: 'carla@contoso.example',
        phone: '+44 20 7946 0000',
        createdAt: '2026-12-05T10:00:00.000Z',
      },
    ]);
    expect(text).toBe(
      [
        '2026-12-05T10:00:00.000Z  Contoso MSP — 120 seat(s)',
        '  contact: Carla Contoso <carla@contoso.example>, +44 20 7946 0000',
        '  needs:   SSO, a DPA and an on-prem PSA.',
      ].join('\n'),
    );
  });
});
