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

  it.each([
    ['who do I talk to about a parking pass for the new lot', 'admin'],
    ['how do I apply for annual leave for the April school holidays?', 'admin'],
    ["what's the mileage reimbursement rate for driving to client sites?", 'admin'],
    ['my personal iphone says icloud storage full and my photos wont back up', 'personal'],
    ["my kid's laptop at home has a virus I think, can I bring it in", 'personal'],
    ["my kid's school login doesn't work, sorry I know it's not work stuff", 'personal'],
    ['Automatic reply: Out of office until the 14th', 'noise'],
    ['all sorted now, it came back after lunch by itself. you can close this thanks', 'noise'],
    ['what laptop would you recommend for my daughter? budget about 800', 'purchase'],
    ['can anyone recommend a decent sat nav for the new vans?', 'purchase'],
    ["our website is showing 'error establishing a database connection'", 'website'],
    ['got an email saying our domain name expires in 14 days, is that you?', 'website'],
    ['Can everyone have the same email signature with the new logo by Friday?', 'signature'],
    ['need the main number ported over from the old provider to Teams', 'telephony'],
    ['we want a call queue so calls ring round 4 people', 'telephony'],
    ['vlookup giving #N/A even though the value is right there', 'how-to'],
    ['how do I recall an email I sent to the wrong person?', 'how-to'],
    ['where do the teams meeting recordings go? cant find it', 'how-to'],
    ['can intune push our new wallpaper to all the laptops', 'how-to'],
    ['iPad screen cracked on site, can we get it repaired?', 'repair'],
    ['laptop battery swollen, trackpad lifting up', 'repair'],
    ['CCTV camera 3 in the yard showing no signal on the recorder screen', 'security-system'],
    ['the office alarm keeps going off at night', 'security-system'],
    ['Can you run a phishing simulation for all staff next month?', 'project'],
    ['Our cyber insurance questionnaire asks if we have MFA everywhere, can you fill it in', 'project'],
    ['please set up a new distribution list for the marketing team', 'change'],
    ['can you create a new sharepoint site for the Safety committee?', 'change'],
    ['can we move the dispensary PC into the new consultation room?', 'change'],
    ['who do I ask about the invoice you sent us last month', 'billing'],
    ['can you resend last months invoice to accounts@', 'billing'],
    ['is windows 10 end of support going to affect us', 'project'],
    ['can we book our quarterly business review for March', 'project'],
    ['We can get your website on the first page of Google! Reply to unsubscribe', 'noise'],
    ['Message center: a change to the admin centre, no action required', 'noise'],
  ])('reads "%s" as %s', (text, kind) => {
    expect(requestKind(text)).toBe(kind);
  });

  it.each([
    // Work sign-in on a personal device, and family phones used to get help.
    "keep getting 'you can't get there from here' on my personal ipad",
    'phone went in the river, using my wifes phone to send this. cant approve sign ins',
    // A temporary profile, not a new wallpaper.
    'logged in and all my desktop icons are gone, wallpaper is the default one',
    // Opening the firewall for the camera installer is a firewall change.
    'The new CCTV company wants port 8000 opened to the NVR so they can view the cameras',
    // Faults with the closing words.
    'printer was sorted yesterday but it is offline again, still nobody can print',
    'Dropped my phone in the lake, cant approve the sign in thing now',
    // "our site engineers", and a website that does not load here.
    'One of our site engineers is asking for a bitlocker key',
    'websites will not load on the office computers, says blocked',
    // Firewall rules for the phone system; a partner at a law firm is a colleague.
    'which port numbers does 3CX need open on the firewall for the new handsets',
    "my partner's laptop will not connect to the wifi in the boardroom",
    // A move that broke something, the client's own invoicing, and a supplier's invoice by phishing.
    'since we moved the printer to reception it shows offline',
    'cant print invoices from sage, some crystal error',
    'invoice email from a supplier we dont use went to the whole accounts team with a zip file',
    // Payroll software, and the rota spreadsheet.
    'sage payroll says the employer file is in use on another computer',
    'someone saved over the staff rota spreadsheet, need yesterdays version',
  ])('leaves the fault "%s" alone', (text) => {
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
