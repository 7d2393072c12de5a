import { describe, expect, it } from 'vitest';
import { documentServes, readRequest, requestKind } from './request-kind.ts';

describe('requestKind', () => {
  it.each([
    'can we get a quote for 3 new laptops for the sales team please',
    'Need pricing on a second firewall + whatever licensing goes with it',
    'can you quote us 2 new computers for the new office',
    'How much would it cost to move all 25 users to Business Premium?',
    'the Kyocera is low on black toner, can you order one',
    'Can we buy 3 more docks and a 27 inch monitor for the new starters? Cheers',
    'warehouse printer out of toner, what kind do we order',
    'send me a price for a teams room kit',
  ])('reads "%s" as a purchase request', (text) => {
    expect(requestKind(text)).toBe('purchase');
  });

  it.each([
    // Faults that use purchase words.
    'techs cant upload work order photos from the app on their phones, just spins',
    'the hotel booking engine on our website is showing the wrong price',
    'accidentally saved over the price list spreadsheet, need yesterdays version back',
    'adobe says my trial expired and wants me to buy it, I have had it for years',
    // Phishing asks to buy gift cards: that is a security incident, with a runbook.
    'email from our director asking me to buy gift cards and send her the codes, can you check it',
    'outlook keeps asking for a password on the reception PC since this morning',
    // "ignore" in a real problem, and a test email that is itself the fault.
    'please ignore my last email, the printer upstairs is still offline and nobody can print',
    'test email to gmail bounces back with 550 5.7.1',
  ])('leaves the fault "%s" alone', (text) => {
    expect(requestKind(text)).toBeNull();
  });

  it('knows a test ticket', () => {
    expect(requestKind('test ticket please ignore')).toBe('test');
    expect(requestKind('Testing the portal - ignore')).toBe('test');
  });

  it.each([
    'the dishwasher in the staff kitchen is leaking again',
    'heat pump in the meeting room blowing cold air and the remote is dead',
    'thermostat in the gym is stuck at 80, people are complaining',
    'the microwave on 2 keeps tripping the breaker',
    'my swipe tag does not open the side door anymore, beeps red',
  ])('reads "%s" as a facilities problem', (text) => {
    expect(requestKind(text)).toBe('facilities');
  });

  it.each([
    // An IT word makes it an IT ticket, whatever else it mentions.
    'pcs in the furnace office have no internet, ipconfig says 169.254',
    'laptop wont get on wifi, and the buzzer at the front door is dead too',
    'the server room is too hot, the aircon alarm emailed us twice',
    'badge scanner at the door is not beeping or scanning anything',
  ])('leaves the IT ticket "%s" alone', (text) => {
    expect(requestKind(text)).toBeNull();
  });

  it('lets a page about the request answer it, and nothing answer a test', () => {
    const request = (text: string) => {
      const found = readRequest(text);
      if (!found) throw new Error(`not a request: ${text}`);
      return found;
    };
    const quote = request('need a quote for a new laptop');
    expect(documentServes(quote, 'Ordering hardware: quotes and lead times')).toBe(true);
    expect(documentServes(quote, 'How to request a purchase')).toBe(true);
    expect(documentServes(quote, 'Laptop battery drains quickly')).toBe(false);
    const fob = request('lost my door fob, cannot get in the side door');
    expect(documentServes(fob, 'Door fobs and the access control system')).toBe(true);
    expect(documentServes(fob, 'Teams keeps signing out')).toBe(false);
    expect(documentServes(request('test ticket please ignore'), 'Test pages and printer self-tests')).toBe(
      false,
    );
  });
});
