import { describe, expect, it } from 'vitest';
import { outsideRunbooks } from './ticket-kind.ts';

describe('outsideRunbooks', () => {
  it('recognises a request to buy or price something', () => {
    expect(outsideRunbooks('Could you get us a quote for two more 27" monitors for reception?')).toBe(true);
    expect(outsideRunbooks('how much would it be to add another access point in the barn')).toBe(true);
    expect(outsideRunbooks('we need to order 4 new keyboards, the old ones are filthy')).toBe(true);
    expect(outsideRunbooks('Can we buy a label printer for the dispatch desk?')).toBe(true);
  });

  it('recognises physical damage, consumables and the building’s own equipment', () => {
    expect(outsideRunbooks('spilled tea on the laptop keyboard, keys are sticky now')).toBe(true);
    expect(outsideRunbooks('the big copier is out of toner again')).toBe(true);
    expect(outsideRunbooks('paper keeps jamming in the second tray of the MFD')).toBe(true);
    expect(outsideRunbooks('thermostat in the server cupboard reads 31 degrees')).toBe(true);
    expect(outsideRunbooks('the coffee machine in the staff room shows an error')).toBe(true);
  });

  it('leaves alone tickets that only sound like one', () => {
    // A gift-card request is phishing, a licence prompt is licensing: runbooks cover both.
    expect(outsideRunbooks('email from the "CEO" asking me to buy 5 gift cards, is this real?')).toBe(false);
    expect(outsideRunbooks('Acrobat says my trial ended and I need to buy it')).toBe(false);
    expect(outsideRunbooks('new starter Monday, no licences left, do we need to buy another licence?')).toBe(
      false,
    );
    // Money and orders as words of the ticket's own work, not a request.
    expect(outsideRunbooks('the quote I sent to a customer bounced back with 550 5.7.1')).toBe(false);
    expect(outsideRunbooks('purchase orders won’t print from the accounts software')).toBe(false);
    expect(outsideRunbooks('how much is left on my OneDrive? it says almost full')).toBe(false);
    // A lost or dropped phone is MFA re-registration; an overheating laptop is a laptop.
    expect(outsideRunbooks('dropped my phone in the river, cannot approve sign-ins now')).toBe(false);
    expect(outsideRunbooks('laptop keeps overheating and shutting down in meetings')).toBe(false);
    expect(outsideRunbooks('wifi drops every time someone uses the microwave')).toBe(false);
    expect(outsideRunbooks('Outlook keeps asking for my password')).toBe(false);
  });
});
