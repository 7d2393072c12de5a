import { describe, expect, it } from 'vitest';
import { queryTerms } from './query-terms.ts';

const words = (text: string) => queryTerms(text).map((t) => t.word);

describe('queryTerms: lay helpdesk wording folded into the words documentation uses', () => {
  it('reads a dark screen on a dock as a display problem, not a power one', () => {
    expect(words('my 2 screens dont come on when i plug into the dock')).toEqual(
      expect.arrayContaining(['nodisplay', 'dock']),
    );
    expect(words('my 2 screens dont come on when i plug into the dock')).not.toContain('nopower');
  });

  it('reads "cant get into" a site as access, and "cant get into my laptop" as signing in', () => {
    const site = words('cant get into the projects team site, access denied');
    expect(site).toEqual(expect.arrayContaining(['sharepoint', 'accessdenied']));
    expect(site).not.toContain('logon');
    expect(words('cant get into my laptop this morning')).toContain('logon');
  });

  it('recognises account-compromise, phishing and MFA-fatigue symptoms described by a user', () => {
    expect(words('customers getting invoice emails from me that i never sent')).toContain('compromise');
    expect(words('user entered credentials on a fake microsoft login page')).toContain('phishing');
    expect(words('approve sign in requests on my phone that i didnt start')).toEqual(
      expect.arrayContaining(['mfa', 'unexpected']),
    );
    expect(words('got a new phone and cant get the code to log in')).toContain('mfa');
  });

  it('reads a phone named by its maker or model as a phone, but not a Samsung monitor or a dead pixel', () => {
    expect(words('got a new Samsung, how do I move the authenticator over')).toEqual(
      expect.arrayContaining(['phonemodel', 'mfa']),
    );
    expect(words('email stopped syncing on my galaxy s23')).toContain('phonemodel');
    expect(words('pixel 8 wont get work email')).toContain('phonemodel');
    expect(words('samsung monitor flickers on the dock')).not.toContain('phonemodel');
    expect(words('the samsung galaxy tab in reception wont charge')).not.toContain('phonemodel');
    expect(words('dead pixel in the middle of my laptop screen')).not.toContain('phonemodel');
  });

  it('keeps a scanner apart from the printer, and a shared mailbox address as a shared mailbox', () => {
    expect(words('scanner wont send emails')).toEqual(expect.arrayContaining(['scan', 'email']));
    expect(words('scanner wont send emails')).not.toContain('printer');
    expect(words('need to reply as accounts@ from outlook')).toEqual(
      expect.arrayContaining(['sendas', 'sharedmailbox', 'outlook']),
    );
  });

  it('reads what users type for a blocked sign-in, ransomware, a leaver, an overwritten file and a licence limit', () => {
    // Microsoft's own wording on a conditional-access block, as users quote it.
    expect(words("home pc says you can't get there from here")).toContain('conditionalaccess');
    expect(words('files on the S drive changed to .lockbit, note says pay in bitcoin')).toContain(
      'ransomware',
    );
    expect(words('Dave has left, what happens to his emails')).toContain('offboarding');
    expect(words('she is leaving friday, take her off everything')).toContain('offboarding');
    expect(words('I saved over the rota spreadsheet with last month’s')).toContain('restore');
    expect(words('a volunteer deleted the events folder last week')).toContain('restore');
    expect(words("says I've hit the max number of installs for office")).toContain('license');
    expect(words('hundreds of files doubled up in our folder')).toContain('syncconflict');
  });

  it("reads Microsoft's own screen text as the runbook's subject", () => {
    expect(words("new laptop stuck on 'setting up your device for work'")).toContain('esp');
    expect(words('Outlook says Need Password at the bottom')).toContain('passwordprompt');
    expect(words('the file server opens by its IP but not the name')).toContain('dns');
    expect(words('his office manager should get his meeting invites and accept them')).toContain('delegate');
    expect(words('the forti thing stops at 40 percent')).toContain('vpn');
  });

  it('reads an address without a domain as a shared mailbox, and a full address as words', () => {
    expect(words('I was told I would have the transportation@ inbox today')).toContain('sharedmailbox');
    expect(words('please email bob@contoso.com about the invoice')).not.toContain('sharedmailbox');
  });

  it('searches an error code as itself and as its family', () => {
    const [code] = queryTerms('AADSTS50057 when signing in');
    expect(code).toMatchObject({
      word: 'aadsts50057',
      alternatives: ['aadsts50057', 'aadsts'],
      prefix: true,
    });
    expect(queryTerms('update fails 0x80070005')[2]?.alternatives).toEqual(['0x80070005', '0x8007']);
    // A bare number has no family: "80180014" must not match every number starting 8018; it is
    // also tried with the "0x" the user left off.
    expect(queryTerms('error 80180014')[1]?.alternatives).toEqual(['80180014', '0x80180014']);
  });

  it('reads a call someone is on as a meeting, and "call me back" as nothing of the kind', () => {
    expect(words('people drop out during the call')).toContain('meeting');
    expect(words('please call me back about outlook')).not.toContain('meeting');
  });

  it('leaves a one-word ticket one term', () => {
    expect(words('windows')).toEqual(['windows']);
  });
});

describe('queryTerms: spellings kept the way the index keeps them', () => {
  it('keeps a dotted number whole and matches it as the start of an address', () => {
    expect(queryTerms('ip starts 169.254')).toContainEqual({
      word: '169.254',
      alternatives: ['169.254'],
      prefix: true,
    });
    expect(words('bounce says 5.7.1 unable to relay')).toContain('5.7.1');
  });

  it("keeps a negative error code's minus as Postgres does, and tries a bare number with one", () => {
    expect(queryTerms('error -7200 on the vpn')[1]).toEqual({
      word: '-7200',
      alternatives: ['-7200', '7200'],
    });
    expect(words('vpn gives -14 at the hotel')).toContain('-14');
    expect(queryTerms('error 7200')[1]?.alternatives).toEqual(['7200', '-7200']);
    // A phone number's dashes are not minus signs.
    expect(words('call 519-555-0142')).not.toContain('-555');
  });

  it('keeps a small number only as a progress figure', () => {
    expect(words('stuck at 98 percent')).toContain('98');
    expect(words('updates stuck on 35% since lunch')).toContain('35');
    expect(words('2 users on the 3rd floor')).not.toContain('2');
    // "PC" after a number counts computers, not percent.
    expect(words('3 pc on the front desk')).not.toContain('3');
  });

  it('adds the 0x a user leaves off a hex error code, and leaves ordinary words alone', () => {
    expect(queryTerms('error 801c03')[1]).toMatchObject({
      alternatives: ['801c03', '0x801c03'],
      prefix: true,
    });
    expect(queryTerms('decade')[0]).toEqual({ word: 'decade', alternatives: ['decade'] });
  });

  it('puts the words the ticket typed first, marked as its own, before the table spellings', () => {
    const [term] = queryTerms('laptops');
    expect(term).toMatchObject({
      synonym: true,
      alternatives: ['laptops', 'computer', 'laptop', 'pc', 'desktop', 'workstation'],
    });
  });

  it('reads a C drive as the local disk', () => {
    expect(words('C: drive full')).toEqual(['cdrive', 'full']);
  });
});

describe('queryTerms: people starting and leaving, expired passwords, device rules', () => {
  it('reads someone starting on a date as a new starter, and leaving on one as a leaver', () => {
    expect(words('new engineer starting on the 14th, needs everything setting up')).toContain('onboarding');
    expect(words('trainee starting 1st of next month')).toContain('onboarding');
    expect(words('new staff accountant starting 1/5, needs everything Jen has')).toContain('onboarding');
    expect(words('Teacher starting 1 April: needs email and a laptop')).toContain('onboarding');
    expect(words('receptionist starts March 3rd, set her up please')).toContain('onboarding');
    expect(words('we hired a hygienist, she needs a computer login')).toContain('onboarding');
    expect(words('staff member left yesterday, lock her out')).toContain('offboarding');
    expect(words('she is leaving end of month')).toContain('offboarding');
    // Not every "start" or "left" is a person coming or going.
    expect(words('laptop wont start on monday mornings')).not.toContain('onboarding');
    expect(words('icons on the left of the screen vanished')).not.toContain('offboarding');
  });

  it('reads an expired password and a device that must be managed in the words runbooks use', () => {
    expect(words('password ran out while i was on leave')).toContain('passwordexpired');
    expect(words('it says my device has to be managed to get in')).toContain('conditionalaccess');
  });
});

describe('queryTerms: more ways users say it', () => {
  it('reads "keeps asking me to sign in" as a credential prompt and a full Exchange as a full mailbox', () => {
    expect(words('outlook keeps asking me to sign in')).toContain('passwordprompt');
    expect(words('my exchange is full up and wont let me send')).toContain('mailboxfull');
  });
});

describe('queryTerms: how much of the ticket a term stands for', () => {
  it('counts a synonym phrase as its telling words, and a plain word as one', () => {
    const managed = queryTerms('my device has to be managed').find((t) => t.word === 'conditionalaccess');
    expect(managed?.words).toBe(2);
    expect(queryTerms('quokkafix')[0]?.words).toBeUndefined();
    expect(queryTerms('printer')[0]?.words).toBe(1);
  });
});

describe('queryTerms: lost files, missing mail, people let go', () => {
  it('reads wanting a deleted file back as a restore, and mail not turning up as inbound mail', () => {
    expect(words('deleted the costings file by mistake, need it back asap')).toContain('restore');
    expect(words('emails from our supplier arent coming thru')).toContain('inbound');
    expect(words('i restored my laptop to factory settings')).not.toContain('restore');
  });

  it('reads a dismissal or a retirement as a leaver, and "cant hear a thing" as sound', () => {
    expect(words('dismissed today, lock him out of everything now')).toContain('offboarding');
    expect(words('Dr Smith retires end of month, keep her emails')).toContain('offboarding');
    expect(words('on a call they can hear me but i cant hear a thing')).toContain('audio');
  });
});

describe('queryTerms: lost devices, foreign sign-ins, lists, sharing and screens', () => {
  it('reads a lost or stolen device as such and keeps the device as its own word', () => {
    expect(words('left my work laptop on the train last night')).toEqual(
      expect.arrayContaining(['lostdevice', 'computer', 'train']),
    );
    expect(words('phone nicked on a night out')).toEqual(expect.arrayContaining(['phone', 'lostdevice']));
    expect(words('my car was broken into')).toContain('lostdevice');
    expect(words('lost phone with the authenticator on it')).toContain('lostdevice');
    // A dropped laptop is damaged, not lost.
    expect(words('dropped my laptop and the screen cracked')).not.toContain('lostdevice');
    // A charger left at home is not a lost device.
    expect(words('left my phone charger at home')).not.toContain('lostdevice');
  });

  it('reads a sign-in from another country as a risky sign-in, and a sign-in from home as nothing of the kind', () => {
    expect(words('someone signed into my account from Brazil')).toContain('riskysignin');
    expect(words('alert about her logging in from another country')).toContain('riskysignin');
    expect(words('cant sign in from home')).not.toContain('riskysignin');
  });

  it('reads the all-staff list, sharing with outsiders, a self-service reset and a 169 address', () => {
    expect(words('not getting any of the all staff emails')).toContain('distributionlist');
    expect(words('want to share a folder with the builder but the anyone option is greyed out')).toContain(
      'externalsharing',
    );
    expect(words('password expired, how do I change it myself')).toContain('sspr');
    expect(words('no internet and the address starts with 169')).toContain('apipa');
  });

  it('reads windows going tiny as display scaling, a leaver by their departure, and mail going missing', () => {
    expect(words('when I undock my windows go tiny')).toEqual(expect.arrayContaining(['dock', 'scaling']));
    expect(words('please process his departure')).toContain('offboarding');
    expect(words('customer emails with invoices going missing')).toContain('inbound');
    expect(words('inbox is at 49.8 of 50 GB')).toContain('mailboxfull');
    expect(words('outlook keeps shutting itself down')).toContain('crash');
  });
});

describe('queryTerms: mail the user never sent, guest wifi, phones after hours', () => {
  it('reads mail someone never sent as a compromise, and an outbox that never sent as nothing of the kind', () => {
    expect(words('got an email from Dan with a link. Dan never sent that')).toContain('compromise');
    expect(words('asking about an invoice I apparently sent them')).toContain('compromise');
    expect(words('outlook never sent that reply')).not.toContain('compromise');
  });

  it('reads a leaver by date, ports, a suspicious email, the guest wifi and a closed greeting', () => {
    expect(words('Emma is leaving on the 20th, turn off her account')).toContain('offboarding');
    expect(words('the camera installer needs a port opened on the router')).toContain('firewall');
    expect(words('Is this email real? It says its from the bank')).toContain('phishing');
    expect(words('patient wifi connects but the login page never comes up')).toContain('guestwifi');
    expect(words('how do I get the phones to play a closed message on the holiday')).toContain(
      'autoattendant',
    );
    expect(words('the reply goes out with my own name')).toContain('sendas');
  });
});

describe('queryTerms: mailboxes by name, and more of what users type', () => {
  it("searches a mailbox address as a shared mailbox, not as its local part's word", () => {
    const [term] = queryTerms('office@ inbox').filter((t) => t.word === 'sharedmailbox');
    expect(term?.alternatives).toEqual(['shared mailbox']);
    expect(words('can Jess get into the accounts inbox')).toContain('sharedmailbox');
    expect(words('my inbox is empty')).not.toContain('sharedmailbox');
  });

  it('reads the lay words for an MFA prompt, a BitLocker screen, a dropped line and a dial pad', () => {
    expect(words('it wants me to press the approve thing on my phone')).toContain('mfa');
    expect(words('blue screen wanting a really long number')).toContain('bitlocker');
    expect(words('internet dropped out at the depot')).toContain('nointernet');
    expect(words('no keypad in teams to call people')).toContain('dialpad');
  });

  it('reads channel files as SharePoint, a full box as a full mailbox, mail that never came as inbound', () => {
    expect(words('saved over the roster in the Ops channel files')).toContain('sharepoint');
    expect(words('people say her box is full')).toContain('mailboxfull');
    expect(words('the docusign from our lender never came')).toContain('inbound');
    expect(words('emails with a link that I never sent')).toContain('compromise');
    expect(words('we never sent the invoice yet')).not.toContain('compromise');
    expect(words('Karen finished up friday')).toContain('offboarding');
  });
});

describe('queryTerms: approvals nobody asked for, opening screens, lost profiles', () => {
  it('reads approvals the user did not ask for as MFA fatigue, and a missing approval as MFA', () => {
    expect(words('approve notifications all day and im not even logging in to anything')).toContain(
      'mfafatigue',
    );
    expect(words('asking me to approve a login in the middle of the night')).toContain('mfafatigue');
    expect(words('I cant log in, the approve request never comes')).not.toContain('mfafatigue');
    expect(words('how do I move the sign in approvals to my new phone')).toContain('mfa');
  });

  it('reads an app stuck on its opening screen, a lost desktop and a presence stuck on away', () => {
    expect(words('outlook just sits on the opening screen and never gets past it')).toContain('splash');
    expect(words('all my icons are gone and the background is the plain blue one')).toContain('tempprofile');
    expect(words('signed in and its like a brand new computer')).toContain('tempprofile');
    expect(words('Teams has me as away all day')).toContain('presence');
  });

  it('reads an emptied Outlook bin, a full inbox, mail not in the inbox, printing nothing and a stuck setup', () => {
    expect(words('cleared out my bin folder in outlook by mistake')).toContain('deleteditems');
    expect(words('my inbox is nearly out of room')).toContain('mailboxfull');
    expect(words('they sent me a quote but its not in my inbox')).toContain('inbound');
    expect(words('nothing will print')).toContain('printqueue');
    expect(words('new laptop on the setup for work screen for an hour')).toContain('esp');
    expect(words('it says I have to ask someone for access')).toContain('accessdenied');
    expect(words('your tech says my computer isnt showing up on his end')).toContain('remotesupport');
  });
});

describe('queryTerms: stolen devices, leavers without "on", locked accounts, new machines, travel', () => {
  it('reads a robbed or missing device as lost, and keeps a missing icon or a screen lock apart', () => {
    expect(words('my phone was robbed out of my car')).toContain('lostdevice');
    expect(words('tablet missing from treatment room 3, a patient walked off with it')).toContain(
      'lostdevice',
    );
    expect(words('the teams icon is missing from my taskbar')).not.toContain('lostdevice');
    expect(words('John finishes Friday, forward his emails to me')).toContain('offboarding');
    expect(words('my account keeps getting locked every morning')).toContain('lockout');
    expect(words('my pc keeps locking after 5 minutes')).not.toContain('lockout');
  });

  it('reads approvals while not signing in, a window going white and email storage running out', () => {
    expect(words('notifications saying approve sign in, I havent been logging in anywhere')).toContain(
      'mfafatigue',
    );
    expect(words('teams goes white then closes')).toContain('stuckloading');
    expect(words('warnings that my email storage is nearly used up')).toContain('mailboxfull');
    expect(words('onedrive storage is nearly used up')).not.toContain('mailboxfull');
  });

  it('reads a new machine to set up as provisioning, and a trip abroad as travel', () => {
    expect(words('new Dell arrived for our new hire, it just asks for wifi')).toContain('newdevice');
    expect(words('can you set up the new laptop for Priya')).toContain('newdevice');
    expect(words('my new laptop is slow')).not.toContain('newdevice');
    expect(words('heading to Manila for a wedding, will my email work while im away')).toContain('travel');
    expect(words('working abroad for two weeks in March')).toContain('travel');
    expect(words('going to the office while im there')).not.toContain('travel');
  });
});
