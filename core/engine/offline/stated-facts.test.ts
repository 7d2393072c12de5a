import { describe, expect, it } from 'vitest';
import { readStatedFacts, statedFactLines } from './stated-facts.ts';

/** Tickets as end users and L1 staff write them, and the facts the offline assistant takes from them. */
describe('reading the facts a ticket states', () => {
  it.each([
    [
      'Shared printer on 2nd floor shows offline for everyone at Fabrikam since the firewall change last night',
      {
        started: 'last night',
        scope: 'everyone at Fabrikam',
        change: 'firewall change',
        device: 'shared printer on 2nd floor',
        client: 'Fabrikam',
      },
    ],
    [
      'Outlook keeps asking for a password on the reception PC since this morning',
      { started: 'this morning', device: 'reception PC', application: 'Outlook' },
    ],
    [
      'Sign-in fails with AADSTS50076 after her password was reset yesterday, only Sam in accounting',
      {
        started: 'yesterday',
        scope: 'only Sam in accounting',
        change: 'password was reset',
        error: 'AADSTS50076',
      },
    ],
    [
      'QuickBooks shows "H202: multi-user hosting" for 3 users at Northwind after the server move',
      {
        started: 'after the server move',
        scope: '3 users at Northwind',
        change: 'server move',
        error: '"H202: multi-user hosting"',
        client: 'Northwind',
        application: 'QuickBooks',
      },
    ],
    [
      'User gets error 0x80070005 when installing the driver on FAB-WS-023',
      { error: '0x80070005', device: 'FAB-WS-023' },
    ],
    ['Just her, since Monday morning', { started: 'Monday morning', scope: 'just her' }],
    [
      'Everyone on the 3rd floor lost Teams for 2 days after we got a new firewall',
      {
        started: 'for 2 days',
        scope: 'everyone on the 3rd floor',
        change: 'new firewall',
        application: 'Teams',
      },
    ],
  ])('%s', (ticket, expected) => {
    expect(readStatedFacts(ticket)).toEqual(expected);
  });

  it('reads "nobody can" and "for anyone" as everyone, and a deadline as no start time', () => {
    expect(readStatedFacts('At the moment nobody in the warehouse can print').scope).toBe(
      'everyone in the warehouse',
    );
    expect(readStatedFacts('Sage wont open for anyone at Northwind').scope).toBe('everyone at Northwind');
    expect(readStatedFacts('outlook very slow for the whole accounts team').scope).toBe(
      'the whole accounts team',
    );
    expect(readStatedFacts('Everyone at Tailspin Toys says internet is slow').scope).toBe(
      'everyone at Tailspin Toys',
    );
    expect(readStatedFacts('New starter Jane needs a laptop by Monday').started).toBeUndefined();
  });

  it('states nothing that the text does not say', () => {
    for (const text of [
      'Print jobs are stuck in the queue and the spooler keeps crashing',
      'Event viewer shows spoolsv.exe crashing with faulting module PrintConfig.dll every time someone prints',
      'we rebooted it twice',
      'No, it is on wired ethernet at the desk',
      'User can ping 8.8.8.8 but not the file server',
    ]) {
      const stated = readStatedFacts(text);
      expect(stated.started, text).toBeUndefined();
      expect(stated.scope, text).toBeUndefined();
      expect(stated.change, text).toBeUndefined();
      expect(stated.error, text).toBeUndefined();
      expect(stated.client, text).toBeUndefined();
    }
  });

  it('does not take a phone call for a device, a room for a client, or a server move for a server', () => {
    expect(readStatedFacts('I spoke to her on the phone at Reception').device).toBeUndefined();
    expect(readStatedFacts('I spoke to her on the phone at Reception').client).toBeUndefined();
    expect(readStatedFacts('Shares are gone since the server move').device).toBeUndefined();
  });

  it('takes a company for the client, not the person the ticket is about', () => {
    expect(readStatedFacts('Outlook crashes for Sarah').client).toBeUndefined();
    expect(readStatedFacts('email from Sarah bounces').client).toBeUndefined();
    expect(readStatedFacts("Scanner at Sarah's desk jams").client).toBeUndefined();
    expect(readStatedFacts('VPN down for Contoso Ltd since 9am').client).toBe('Contoso Ltd');
    expect(readStatedFacts('printer at Northwind Traders is offline').client).toBe('Northwind Traders');
    expect(readStatedFacts("Fabrikam's office lost internet").client).toBe('Fabrikam');
  });

  it('writes the facts as labelled phrases in a fixed order', () => {
    expect(
      statedFactLines(
        readStatedFacts('Outlook on the reception PC shows error 0x800CCC0E since this morning'),
      ),
    ).toEqual(['Started: this morning', 'Error: 0x800CCC0E', 'Device: reception PC', 'Application: Outlook']);
  });
});
