import type { LabelledTicket } from '../tickets.ts';
import { SET_AP_CLIENTS } from './articles.ts';

const { a: bcfd, b: crt, c: lpm, d: rkc } = SET_AP_CLIENTS;

export const SET_AP_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'outlook keeps poping up the microsoft login box every few min. i put my password in and it just comes back. changed my pw monday bc it made me',
    company: crt,
    expected: ['ap-outlook-password-prompts'],
  },
  {
    text: 'Hi team, hope your week is going well! Quick one - since I set up the authenticator on my new iPhone yesterday my email on the laptop says Need Password down at the bottom and nothing new is coming in. Mail on the phone is fine. Thanks so much, Priya',
    company: rkc,
    expected: ['ap-outlook-password-prompts'],
  },
  {
    text: 'Outlook goes (not responding) every time i click a different folder, takes like 20 sec to come back. I do have every email since 2011 lol',
    company: crt,
    expected: ['ap-outlook-slow-ost'],
  },
  {
    text: 'outlook closes itself right when it opens, tried 3 times. email on the web works. need it for appt confirmations',
    company: bcfd,
    expected: ['ap-outlook-slow-ost'],
  },
  {
    text: 'cant find anything when i search my email. typed the clients last name and it says no results but i can literally see the email in my inbox',
    company: rkc,
    expected: ['ap-outlook-search'],
  },
  {
    text: 'Can you give Marisol access to the closings@ inbox? she started in escrow last week. she needs to be able to send out of it too not just read',
    company: crt,
    expected: ['ap-shared-mailbox-calendar'],
  },
  {
    text: 'Dr. Nguyen wants the front desk girls to be able to see and change her calendar so they can book her lunch meetings',
    company: bcfd,
    expected: ['ap-shared-mailbox-calendar'],
  },
  {
    text: 'outlook has a yellow bar saying im almost out of space and a client told me her email to me came back saying my box is full',
    company: rkc,
    expected: ['ap-mailbox-full-archive'],
  },
  {
    text: 'every time I email anything to the county clerks office it comes back undeliverable 550 5.7.26 something something dmarc',
    company: crt,
    expected: ['ap-mail-bounce-ndr'],
  },
  {
    text: 'the contact form on our website used to email us the quote requests, now we get a bounce message every time saying unauthenticated email. started after the web guy moved the site',
    company: lpm,
    expected: ['ap-mail-bounce-ndr'],
  },
  {
    text: 'the lender on the Hendricks file says they sent the payoff and the survey 3 times yesterday and we have nothing. not in junk either',
    company: crt,
    expected: ['ap-mimecast-held-mail'],
  },
  {
    text: 'client sent me a password protected pdf with her W2s and it never came thru. she sent it twice',
    company: rkc,
    expected: ['ap-mimecast-held-mail'],
  },
  {
    text: 'I accidently deleted a whole folder called 2024 vendors in outlook and then emptied the trash before I noticed. please help!!!',
    company: lpm,
    expected: ['ap-recover-deleted-email'],
  },
  {
    text: 'nobody can hear me on teams calls but i can hear them fine. using the plantronics headset',
    company: rkc,
    expected: ['ap-teams-av'],
  },
  {
    text: 'camera just shows black when i join the customer meeting, it worked on zoom earlier today',
    company: lpm,
    expected: ['ap-teams-av'],
  },
  {
    text: 'teams just shows the purple logo spinning forever. restarted twice',
    company: bcfd,
    expected: ['ap-teams-wont-load'],
  },
  {
    text: 'Teams error caa7000a cant sign in',
    company: rkc,
    expected: ['ap-teams-wont-load'],
  },
  {
    text: 'files on my desktop have little red x on them and the stuff I saved on my laptop last night isnt on my office computer',
    company: rkc,
    expected: ['ap-onedrive-sync'],
  },
  {
    text: 'one drive says there is a problem with one or more files. something about the name not being valid',
    company: lpm,
    expected: ['ap-onedrive-sync'],
  },
  {
    text: 'two things - my 2 monitors arent coming on when i plug in the laptop, just say no signal. and the cloud icon by the clock is grey and says paused, is that why my docs arent updating?',
    company: crt,
    expected: ['ap-dock-monitors', 'ap-onedrive-sync'],
  },
  {
    text: 'I need to send our auditor the whole 2025 payroll folder out of teams, its too big to email. how do i share it with her',
    company: lpm,
    expected: ['ap-sharepoint-access-sharing'],
  },
  {
    text: 'new processor clicks the Closings site link and gets "you need permission". she hit request access yesterday, nothing happened',
    company: crt,
    expected: ['ap-sharepoint-access-sharing'],
  },
  {
    text: 'somebody saved over the production schedule spreadsheet in our teams folder this morning and all of last weeks changes are gone',
    company: lpm,
    expected: ['ap-restore-onedrive-files'],
  },
  {
    text: 'word has a red bar across the top saying unlicensed product and i cant type in anything',
    company: bcfd,
    expected: ['ap-office-unlicensed'],
  },
  {
    text: 'my work email stopped working in the regular mail app on my iphone. it just keeps trying to verify the account',
    company: rkc,
    expected: ['ap-mobile-outlook-intune'],
  },
  {
    text: 'cant copy a tracking number from my work email into a text on my phone, says your organizations data cannot be pasted here??',
    company: lpm,
    expected: ['ap-mobile-outlook-intune'],
  },
  {
    text: 'forgot my password, cant get into anything. can you reset it? im at home today',
    company: bcfd,
    expected: ['ap-password-reset', 'ap-account-lockout'],
  },
  {
    text: 'changed my password from home over the weekend and now my laptop at the office only takes the old one',
    company: rkc,
    expected: ['ap-password-reset'],
  },
  {
    text: 'Getting locked out every single morning, have to wait and try again. been a week. I did get a new phone recently if that matters',
    company: crt,
    expected: ['ap-account-lockout'],
  },
  {
    text: 'Got a new Samsung, how do I move the microsoft approve thing over? already traded in the old phone at the store',
    company: lpm,
    expected: ['ap-mfa-new-phone'],
  },
  {
    text: 'left my phone in an uber last night, cant log into email because it wants the duo push on my phone',
    company: crt,
    expected: ['ap-mfa-new-phone'],
  },
  {
    text: 'the 6 digit code from the authenticator keeps saying its wrong',
    company: bcfd,
    expected: ['ap-mfa-new-phone'],
  },
  {
    text: 'going to Cancun for my sisters wedding 6/12-6/18 and I might need to check email, anything I need to do before I go?',
    company: rkc,
    expected: ['ap-conditional-access-blocked'],
  },
  {
    text: 'tried to open outlook on my home computer and after i approved it, it says you cant get there from here',
    company: crt,
    expected: ['ap-conditional-access-blocked'],
  },
  {
    text: 'got an email from "docusign" for a file I dont know anything about. didnt click it. is it real?',
    company: crt,
    expected: ['ap-phishing-report'],
  },
  {
    text: 'I think I did something dumb. clicked a link about my mailbox being full and put my password in. then the page just went blank',
    company: bcfd,
    expected: ['ap-phishing-report', 'ap-compromised-mailbox'],
  },
  {
    text: 'a bunch of our clients are calling saying I sent them a onedrive link to "view tax documents". I did NOT send anything!!',
    company: rkc,
    expected: ['ap-compromised-mailbox'],
  },
  {
    text: 'Huntress ITDR - High: Suspicious inbox rule "..." created on jpatel mailbox, moves messages containing "wire" to RSS Feeds. Sign-in from 185.220.x.x (NL)',
    company: crt,
    expected: ['ap-compromised-mailbox', 'ap-crt-wire-verification'],
  },
  {
    text: 'a window popped up saying my computer is infected and to call microsoft at a number, its beeping really loud and i cant close it',
    company: bcfd,
    expected: ['ap-huntress-alert'],
  },
  {
    text: 'my computer suddenly has no internet but everyone elses works, wifi says connected. got a popup from windows security earlier about a threat',
    company: lpm,
    expected: ['ap-huntress-alert'],
  },
  {
    text: 'URGENT all the files on the S drive have weird endings now like .akira and theres a text file in every folder. nobody can open anything',
    company: crt,
    expected: ['ap-ransomware-response'],
  },
  {
    text: 'Got a text from "Carlos" (owner) asking me to grab 5 apple gift cards for a customer, seems off? number isnt his',
    company: lpm,
    expected: ['ap-impersonation-gift-cards'],
  },
  {
    text: 'payroll got an email from one of our preparers asking to change her direct deposit account before friday. she says she never sent it',
    company: rkc,
    expected: ['ap-impersonation-gift-cards', 'ap-compromised-mailbox'],
  },
  {
    text: 'Received updated wiring instructions from the sellers agent for the Brookstone closing tmrw - different bank than whats in the file. want someone to look at it before i do anything',
    company: crt,
    expected: ['ap-crt-wire-verification'],
  },
  {
    text: 'buyer on 1120 Lakeshore called saying she got an email from us with wire instructions, we never sent her any',
    company: crt,
    expected: ['ap-crt-wire-verification', 'ap-compromised-mailbox'],
  },
  {
    text: 'internet is down for the whole shop, phones too',
    company: lpm,
    expected: ['ap-internet-outage'],
  },
  {
    text: 'Marble Falls has had no internet since 8, the spectrum box has a blinking light',
    company: crt,
    expected: ['ap-internet-outage'],
  },
  {
    text: 'what is the wifi password for visitors, we have a client coming at 2',
    company: rkc,
    expected: ['ap-wifi-unifi'],
  },
  {
    text: 'my laptop keeps dropping off the wifi in the conference room, fine at my desk',
    company: crt,
    expected: ['ap-wifi-unifi'],
  },
  {
    text: 'the vpn thing (net extender?) says login failed. using the same password as my email',
    company: lpm,
    expected: ['ap-vpn-netextender'],
  },
  {
    text: 'working from home, vpn says connected but my X drive still has the red x and ultratax wont open',
    company: rkc,
    expected: ['ap-rkc-ultratax-data', 'ap-mapped-drives', 'ap-vpn-netextender'],
  },
  {
    text: 'got a new phone and now the code for the sonic wall login from home doesnt work',
    company: crt,
    expected: ['ap-vpn-netextender'],
  },
  {
    text: 'cant get to the county e-recording site, big page says site blocked by the network administrator, category newly registered domains',
    company: crt,
    expected: ['ap-website-blocked-dns'],
  },
  {
    text: 'a supplier portal wont load at the shop but works fine on my phone. chrome says your connection is not private',
    company: lpm,
    expected: ['ap-website-blocked-dns'],
  },
  {
    text: 'the S drive disappeared off my computer this morning',
    company: crt,
    expected: ['ap-mapped-drives'],
  },
  {
    text: 'new laptop doesnt have the shared drive, the one with all the patient forms',
    company: bcfd,
    expected: ['ap-mapped-drives'],
  },
  {
    text: 'moved to the empty desk by the window and the computer says network cable unplugged. the phone there doesnt light up either',
    company: rkc,
    expected: ['ap-wall-port-dead'],
  },
  {
    text: 'my computer has said working on updates 27% dont turn off for over an hour, i need it for the 9am',
    company: lpm,
    expected: ['ap-windows-update'],
  },
  {
    text: 'my pc restarted itself overnight AGAIN and I lost a spreadsheet I was working on. also its been dragging all week, takes forever to open anything',
    company: crt,
    expected: ['ap-windows-update', 'ap-slow-pc'],
  },
  {
    text: 'laptop turned on to a blue screen wanting a long key number?? this is after the dell update thing last night',
    company: rkc,
    expected: ['ap-bitlocker-recovery'],
  },
  {
    text: "Hey all - thanks again for getting the new printer going last week, works great. Two things: Leticia's computer wanted some big long number when she turned it on this morning (shes using front desk 1 for now), and can you put the new associate on the copier so she can scan to herself? Thanks! Denise",
    company: bcfd,
    expected: ['ap-bitlocker-recovery', 'ap-ricoh-scan'],
  },
  {
    text: 'logged in and all my desktop stuff is gone, the background is the default windows one. says something about temporary',
    company: crt,
    expected: ['ap-temp-profile'],
  },
  {
    text: 'my computer is sooooo slow, takes 10 minutes to start and everything freezes up',
    company: rkc,
    expected: ['ap-slow-pc'],
  },
  {
    text: 'after the update only the left screen works and the keyboard plugged into the dock thing doesnt do anything',
    company: rkc,
    expected: ['ap-dock-monitors'],
  },
  {
    text: 'new dell out of the box, instead of our company sign in it wants a personal microsoft account',
    company: lpm,
    expected: ['ap-autopilot-new-laptop'],
  },
  {
    text: 'trying to install the UPS worldship update and it wants an admin password',
    company: lpm,
    expected: ['ap-software-install'],
  },
  {
    text: 'can I get zoom on my computer? one of our clients only does zoom',
    company: rkc,
    expected: ['ap-software-install'],
  },
  {
    text: 'adobe keeps telling me my trial expired and i cant combine the pdfs for the closing package',
    company: crt,
    expected: ['ap-adobe-acrobat'],
  },
  {
    text: 'Keeper is making me wait for approval from admin on my new laptop',
    company: rkc,
    expected: ['ap-keeper-vault'],
  },
  {
    text: 'printer in the back office says offline, i turned it off and on already',
    company: lpm,
    expected: ['ap-printer-offline'],
  },
  {
    text: 'my new laptop has no printers on it at all',
    company: crt,
    expected: ['ap-add-printer'],
  },
  {
    text: 'the big copier wont scan to my email anymore, says transmission failed. we got a new modem from spectrum last week if that matters',
    company: lpm,
    expected: ['ap-ricoh-scan'],
  },
  {
    text: 'new hire Amanda isnt in the list on the copier when we go to scan, can you add her',
    company: rkc,
    expected: ['ap-ricoh-scan'],
  },
  {
    text: 'copier says call service center SC542 and wont print anything',
    company: bcfd,
    expected: ['ap-ricoh-copier-service'],
  },
  {
    text: 'desk phone says No Service, computer internet is fine',
    company: rkc,
    expected: ['ap-nextiva-desk-phone'],
  },
  {
    text: 'on calls the other person cant hear me but i can hear them, desk phone, happens on most calls since last week',
    company: crt,
    expected: ['ap-nextiva-desk-phone'],
  },
  {
    text: 'forgot my voicemail password. also can my desk phone ring my cell when im out in the shop',
    company: lpm,
    expected: ['ap-nextiva-user-voicemail'],
  },
  {
    text: 'Please close the phones early on the 24th at noon, and we are closed the 25th and 26th. same message as last year is fine',
    company: crt,
    expected: ['ap-nextiva-hours-greeting'],
  },
  {
    text: 'phones at front desk not showing whos calling anymore, it used to pop up the patients name and next appt',
    company: bcfd,
    expected: ['ap-bcfd-weave-phones'],
  },
  {
    text: 'we are closing for the ice storm today, can you switch the phones to the closed message',
    company: bcfd,
    expected: ['ap-bcfd-weave-phones'],
  },
  {
    text: 'someone deleted the Q3 quotes folder off the S drive, need it back asap',
    company: lpm,
    expected: ['ap-datto-file-restore'],
  },
  {
    text: 'excel file on the X drive says its damaged and cant be opened, it was fine yesterday afternoon',
    company: rkc,
    expected: ['ap-datto-file-restore'],
  },
  {
    text: 'FW: Backup Failed: CRT-SP01 - Unable to take snapshot. VSS writer SqlServerWriter in failed state. 2nd night in a row',
    company: null,
    expected: ['ap-datto-backup-alert'],
  },
  {
    text: 'We hired a new hygienist, Kayla Brooks, starts Monday the 3rd. Needs email and a computer login. We will do her Dentrix user',
    company: bcfd,
    expected: ['ap-onboarding'],
  },
  {
    text: 'new staff accountant starting 1/5, needs everything Jen has - laptop, email, phone ext, the tax program',
    company: rkc,
    expected: ['ap-onboarding'],
  },
  {
    text: 'Mike R last day is Friday. Please shut off his stuff at 5 and have his emails go to Dana',
    company: lpm,
    expected: ['ap-offboarding'],
  },
  {
    text: 'We had to let an employee go this morning, effective immediately. Jessica Tran. Need her locked out of everything now please',
    company: crt,
    expected: ['ap-offboarding'],
  },
  {
    text: 'dentrix wont open on any of the computers, says it cant connect. we have patients in the chair',
    company: bcfd,
    expected: ['ap-bcfd-dentrix-connection'],
  },
  {
    text: 'op 3 database connection failure when opening dentrix, the other rooms work',
    company: bcfd,
    expected: ['ap-bcfd-dentrix-connection'],
  },
  {
    text: 'xray sensor in op 2 isnt being picked up, tried unplugging it and plugging back in',
    company: bcfd,
    expected: ['ap-bcfd-dexis-sensor'],
  },
  {
    text: 'took bitewings and they didnt save to the patient, the xray program opened someone elses chart',
    company: bcfd,
    expected: ['ap-bcfd-dexis-sensor'],
  },
  {
    text: 'claims wont send out of dentrix, error says underlying connection was closed. been stuck in the batch since tuesday',
    company: bcfd,
    expected: ['ap-bcfd-eclaims'],
  },
  {
    text: 'softpro is super slow in the MF office today, austin says its fine',
    company: crt,
    expected: ['ap-crt-softpro-select'],
  },
  {
    text: 'SP says the order is in use by another user, nobody else has it open, need to fund this today',
    company: crt,
    expected: ['ap-crt-softpro-select'],
  },
  {
    text: 'scanner keeps stopping every few pages with a double feed error, im trying to do a 90 page closing package',
    company: crt,
    expected: ['ap-crt-fujitsu-scanning'],
  },
  {
    text: 'Jobboss says all licenses in use this morning, theres only 6 of us in the office',
    company: lpm,
    expected: ['ap-lpm-jobboss'],
  },
  {
    text: 'JB2 giving a SQL error "network related or instance specific" when i log in',
    company: lpm,
    expected: ['ap-lpm-jobboss'],
  },
  {
    text: 'solidworks: could not obtain a license -15,10032. working from home today',
    company: lpm,
    expected: ['ap-lpm-solidworks-license', 'ap-vpn-netextender'],
  },
  {
    text: 'all 3 of us in engineering getting license errors in solidworks since monday, is this a new year thing?',
    company: lpm,
    expected: ['ap-lpm-solidworks-license'],
  },
  {
    text: 'clock in computer by the saw is sitting at the windows login screen, guys cant punch in',
    company: lpm,
    expected: ['ap-lpm-shopfloor-kiosk'],
  },
  {
    text: 'cant send programs to mill #4 (the fanuc one), it errors out halfway thru, 086 alarm on the control',
    company: lpm,
    expected: ['ap-lpm-dnc-transfer'],
  },
  {
    text: 'ultratax says the client is in use by another user but Mark left at 3',
    company: rkc,
    expected: ['ap-rkc-ultratax-data'],
  },
  {
    text: 'UT opened in demo mode this morning?? we are in the middle of extensions',
    company: rkc,
    expected: ['ap-rkc-cs-licensing-updates'],
  },
  {
    text: 'client says the upload link I sent her for her docs expired. also my sharevault buttons disappeared from outlook',
    company: rkc,
    expected: ['ap-rkc-smartvault'],
  },
  // ---------------------------------------------------------------- no answer in the KB
  {
    text: 'I had a rule set up so anything from the underwriter goes to its own folder and it just stopped working this week, everything lands in my inbox now',
    company: crt,
    expected: null,
  },
  {
    text: 'clients are telling me my attachments show up as a file called winmail.dat and they cant open them. only from my outlook',
    company: rkc,
    expected: null,
  },
  {
    text: 'teams shows me as Away all day even when im typing at my desk, boss thinks im not working lol',
    company: lpm,
    expected: null,
  },
  {
    text: 'excel workbook from a client has a red bar saying microsoft has blocked macros from running because the source is untrusted. I need the macros for the depreciation schedule',
    company: rkc,
    expected: null,
  },
  {
    text: 'laptop trackpad is kind of lifting up and the bottom is bulging a little. battery only lasts an hour now',
    company: crt,
    expected: null,
  },
  {
    text: 'printing to the big ricoh from the doctors macbook always comes out black and white even when she picks color',
    company: bcfd,
    expected: null,
  },
  {
    text: 'faxes from our customers arent coming through anymore, the fax number just rings and rings. nextiva i think handles it?',
    company: lpm,
    expected: null,
  },
  {
    text: 'when we call people from the office it shows up on their phone as WIRELESS CALLER instead of our company name, can that be changed',
    company: crt,
    expected: null,
  },
  {
    text: 'Partner wants to use one of those usb security keys to sign in instead of the phone app, he already bought a yubikey. can we set that up',
    company: rkc,
    expected: null,
  },
  {
    text: 'can we get rid of the [EXTERNAL] thing at the start of every email subject? patients see it when we reply and it looks weird',
    company: bcfd,
    expected: null,
  },
  {
    text: 'keeper puts my password into the username box on the IRS e-services site instead of the password box',
    company: rkc,
    expected: null,
  },
  {
    text: 'need to add our new associate Dr. Patel as a provider in dentrix with his own column in the appt book',
    company: bcfd,
    expected: null,
  },
  {
    text: 'can someone make a report in jobboss that shows every job past its ship date by customer? boss wants it each monday',
    company: lpm,
    expected: null,
  },
  {
    text: 'K-1 from the partnership isnt flowing into the 1040 in ultratax, the amounts are on the input screen but not on sch E',
    company: rkc,
    expected: null,
  },
  {
    text: 'our fujitsu scanner at the front desk says paperstream scanner not connected, cant scan in client docs',
    company: rkc,
    expected: null,
  },
  {
    text: 'our CPA sent me a SmartVault link to upload the W-9s and 1099 stuff and it says access denied when i click it',
    company: lpm,
    expected: null,
  },
  {
    text: 'insurance renewal questionnaire asks how long our backups are kept and how many days of history we have, what do i put',
    company: crt,
    expected: null,
  },
  {
    text: 'can you make us a microsoft forms survey so patients can rate their visit, and put it on the website',
    company: bcfd,
    expected: null,
  },
  {
    text: 'recorded the teams meeting with the customer yesterday and cant find the recording anywhere',
    company: lpm,
    expected: null,
  },
  {
    text: 'the face login on my laptop stopped recognizing me, have to type my pin every time now. camera works fine in teams',
    company: crt,
    expected: null,
  },
  {
    text: 'the front door key fob for the building isnt letting me in since Monday, do you guys handle that?',
    company: lpm,
    expected: null,
  },
  {
    text: 'new escrow officer starting 3/2 will need a company amex and business cards ordered, who do I ask for those',
    company: crt,
    expected: null,
  },
  {
    text: 'the thermostat in the conference room is stuck at 80 and the landlord isnt answering, can anyone there help',
    company: rkc,
    expected: null,
  },
];
