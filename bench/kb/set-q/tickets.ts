/**
 * Set Q: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set Q knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_Q_CLIENTS } from './articles.ts';

const { stBrigids, moreton, hale, bulimba } = SET_Q_CLIENTS;

export const SET_Q_TICKETS: readonly LabelledTicket[] = [
  // Outlook
  {
    text: 'hi team, outlook keeps popping up a box wanting my password over and over, i type it in and it goes away then comes back 5 mins later. webmail is fine. cheers Deb',
    company: null,
    expected: ['q-outlook-disconnected-password-prompts'],
  },
  {
    text: 'Emails not coming thru on the desktop, bottom bar says trying to connect. Phone gets them fine',
    company: null,
    expected: ['q-outlook-disconnected-password-prompts'],
  },
  {
    text: 'Morning! Two things - both my big screens on the dell dock are black again, and hotmail on the computer keeps saying need password. Cheers, Raj',
    company: null,
    expected: ['q-dock-external-monitors', 'q-outlook-disconnected-password-prompts'],
  },
  // Shared mailboxes, quota, forwarding
  {
    text: 'Can Jess please get into the accounts inbox, she started monday and needs to do the invoices',
    company: null,
    expected: ['q-shared-mailbox-access'],
  },
  {
    text: 'when i reply from the reception box it goes out under my own name and ends up in my sent. how do i make it come from reception??',
    company: bulimba,
    expected: ['q-shared-mailbox-access'],
  },
  {
    text: "getting a msg saying my inbox is almost full??? I have heaps of old emails I need to keep for compliance, can't delete them",
    company: null,
    expected: ['q-mailbox-full-online-archive'],
  },
  {
    text: 'customer says their email to me bounced back saying quota exceeded or something',
    company: null,
    expected: ['q-mailbox-full-online-archive'],
  },
  {
    text: "Set up a rule to send my work emails to my gmail while im on long service leave but nothing's arriving. got an error back 5.7.5something access denied",
    company: null,
    expected: ['q-exchange-autoforward-blocked'],
  },
  // Teams, OneDrive, licensing
  {
    text: 'skype thing just shows a white screen with the purple logo going round and round. restarted twice. meeting at 2!!',
    company: null,
    expected: ['q-teams-client-wont-load'],
  },
  {
    text: 'lots of my files have little red crosses on them and the cloud thing says stuff is pending for days',
    company: null,
    expected: ['q-onedrive-sync-errors'],
  },
  {
    text: "the Marketing sharepoint folder on my laptop hasn't updated since tuesday, Sam's changes aren't showing for me but he can see them",
    company: null,
    expected: ['q-onedrive-sync-errors'],
  },
  {
    text: "New guy can open word but it's got a red bar saying unlicensed product and he cant type anything",
    company: null,
    expected: ['q-m365-licence-unlicensed-product'],
  },
  {
    text: "Outlook on the new accounts girl's pc says it can't find a mailbox. account was made yesterday arvo",
    company: null,
    expected: ['q-m365-licence-unlicensed-product'],
  },
  {
    text: 'new forklift driver at Toowoomba tried to open Outlook on the lunchroom PC and it says no desktop apps, web only? is that right',
    company: moreton,
    expected: ['q-moreton-depot-onboarding', 'q-m365-licence-unlicensed-product'],
  },
  // MFA, passwords, Conditional Access
  {
    text: 'got a new iphone on the weekend and now the microsoft code thing doesnt pop up anymore when I log in. old phone went back to Telstra',
    company: null,
    expected: ['q-mfa-new-phone-reregister'],
  },
  {
    text: 'dropped my phone in the river at the arvo bbq lol. cant get into email on the laptop because it wants the approve thing',
    company: null,
    expected: ['q-mfa-new-phone-reregister'],
  },
  {
    text: 'back from 3 wks leave, forgot my password AND got a new phone so the authenticator isnt on it anymore. help',
    company: null,
    expected: ['q-sspr-forgotten-password', 'q-mfa-new-phone-reregister'],
  },
  {
    text: 'says my account is locked?? I only tried like 5 times',
    company: null,
    expected: ['q-sspr-forgotten-password'],
  },
  {
    text: "Keeps locking me out every morning even though i haven't typed anything wrong. changed my password last week if that matters",
    company: null,
    expected: ['q-sspr-forgotten-password'],
  },
  {
    text: 'Im in Bali for a wedding and cant get into outlook, says you cannot access this right now. Need to approve a pay run!',
    company: null,
    expected: ['q-conditional-access-blocked'],
  },
  {
    text: 'trying to check work emails on my home computer and its telling me the device has to be managed or something',
    company: null,
    expected: ['q-conditional-access-blocked'],
  },
  {
    text: 'User travelling to NZ and the UK 3rd-20th next month, needs overseas sign-in allowed, approved by Mark (GM)',
    company: moreton,
    expected: ['q-conditional-access-blocked'],
  },
  // Intune / Autopilot
  {
    text: "new laptop out of the box has been on 'setting up your device for work' for 2 hrs, stuck on apps 3 of 7",
    company: null,
    expected: ['q-autopilot-enrolment-failure'],
  },
  {
    text: 'L1 note: wiped ex-staff laptop for reissue, after reset it went to the normal home setup screen with no company logo',
    company: null,
    expected: ['q-autopilot-enrolment-failure'],
  },
  {
    text: 'company portal says my laptop cant access company resources and outlook stopped. what did I do wrong',
    company: null,
    expected: ['q-intune-noncompliant-device'],
  },
  {
    text: 'iPhone - email stopped and got a message my device isnt compliant. what do I need to update',
    company: null,
    expected: ['q-intune-noncompliant-device'],
  },
  // Windows endpoints
  {
    text: 'my computer has been saying working on updates dont turn off for like an hour and a half now. can i turn it off??',
    company: null,
    expected: ['q-windows-update-failing'],
  },
  {
    text: 'update keeps failing with 0x800f09 something and then wants to restart again every day',
    company: null,
    expected: ['q-windows-update-failing'],
  },
  {
    text: 'logged on this morning and all my desktop icons and files are gone and the background is the default windows one. PANIC',
    company: null,
    expected: ['q-windows-temporary-profile'],
  },
  {
    text: 'printer says offline again. the one near the kitchen. other people can print??',
    company: null,
    expected: ['q-printer-offline-queue-stuck'],
  },
  {
    text: 'office printer upstairs at Wacol wont print, queue says error printing',
    company: moreton,
    expected: ['q-printer-offline-queue-stuck'],
  },
  {
    text: 'reception printer keeps going offline, the big one not the room ones',
    company: bulimba,
    expected: ['q-printer-offline-queue-stuck'],
  },
  {
    text: 'laptop turned on with a blue screen wanting a really long number, what is it??? did a dell update yesterday',
    company: null,
    expected: ['q-bitlocker-recovery-key'],
  },
  {
    text: 'screen went all blue and wants some recovery key thing, it says key id 4F2A 9C.. on it. class in 10 mins',
    company: stBrigids,
    expected: ['q-bitlocker-recovery-key'],
  },
  {
    text: "pc is soooo slow, takes 10 mins to open excel. it's a pretty old one",
    company: null,
    expected: ['q-slow-pc-triage'],
  },
  {
    text: 'computer freezing heaps, not responding on everything, fan going nuts',
    company: null,
    expected: ['q-slow-pc-triage'],
  },
  {
    text: 'Only one monitor works on the hot desk near the window, the other one says no signal',
    company: null,
    expected: ['q-dock-external-monitors'],
  },
  // Networking
  {
    text: 'laptop says connected to wifi but no internet, everyone else is fine',
    company: null,
    expected: ['q-wifi-connected-no-internet'],
  },
  {
    text: 'cant get on the vpn from home, the sophos or whatever its called says credential or config is wrong -7200. password is definitely right',
    company: hale,
    expected: ['q-forticlient-vpn-errors'],
  },
  {
    text: "Working from the Sunny Coast today, VPN connects but my S drive isn't there",
    company: null,
    expected: ['q-forticlient-vpn-errors'],
  },
  {
    text: 'working from home, the fortinet thing says connected but P drive still has the red cross',
    company: hale,
    expected: ['q-hale-nas-project-drive', 'q-forticlient-vpn-errors'],
  },
  {
    text: 'whole office has no internet and the phones are dead too. the nbn box has a red light',
    company: null,
    expected: ['q-nbn-internet-outage'],
  },
  {
    text: "Internet dropped out at the depot about 10 mins ago, nothing works, can't book anything",
    company: null,
    expected: ['q-nbn-internet-outage'],
  },
  // Line of business
  {
    text: 'MYOB says the company file is in use by someone else but everyones gone home',
    company: null,
    expected: ['q-myob-company-file-in-use'],
  },
  {
    text: "Accounts lady says MYOB won't open the file, something about checked out. her old laptop died yesterday mid work",
    company: null,
    expected: ['q-myob-company-file-in-use'],
  },
  {
    text: "BP down in all rooms!!! reception can't see the appt book, patients waiting",
    company: bulimba,
    expected: ['q-bulimba-bp-server', 'q-best-practice-database-connection'],
  },
  {
    text: 'Best Practise really slow first thing every morning this week, takes ages to log in',
    company: bulimba,
    expected: ['q-bulimba-bp-server', 'q-best-practice-database-connection'],
  },
  {
    text: 'Bp Premier on one workstation asking to update after the server was upgraded on the weekend, now cant connect',
    company: null,
    expected: ['q-best-practice-database-connection'],
  },
  {
    text: "cargowise won't open, just says checking for updates forever",
    company: moreton,
    expected: ['q-cargowise-client-wont-launch'],
  },
  {
    text: 'need my cargowise password reset pls, locked out',
    company: moreton,
    expected: ['q-cargowise-client-wont-launch'],
  },
  {
    text: 'revit says no license available when i open it. first week here',
    company: hale,
    expected: ['q-hale-autodesk-seats', 'q-autodesk-licence-errors'],
  },
  {
    text: 'AutoCAD keeps asking me to sign in then says my licence isnt valid',
    company: null,
    expected: ['q-autodesk-licence-errors'],
  },
  {
    text: 'Can you put Revit 2025 on my machine? want to try the new features',
    company: hale,
    expected: ['q-hale-autodesk-seats'],
  },
  // Security
  {
    text: "I think I clicked a dodgy link in an email pretending to be a xero invoice. didnt type anything in I don't think. what do i do",
    company: null,
    expected: ['q-phishing-clicked-link'],
  },
  {
    text: 'Got an email saying my password expires today with a button to keep it, looks a bit off. should i click it?',
    company: null,
    expected: ['q-phishing-clicked-link'],
  },
  {
    text: 'A few of our customers are saying they got weird emails from me with a docusign link that I never sent',
    company: null,
    expected: ['q-bec-compromised-mailbox'],
  },
  {
    text: 'Supplier rang, said we emailed asking them to change our bank details. We didnt!!',
    company: null,
    expected: ['q-bec-compromised-mailbox'],
  },
  {
    text: "L1: user's sent items empty and there's a rule moving all her mail to RSS Feeds, she says she didn't make it",
    company: null,
    expected: ['q-bec-compromised-mailbox'],
  },
  {
    text: 'Got an email from microsoft about unusual sign in activity from Brazil? havent been anywhere',
    company: null,
    expected: ['q-risky-signin-alert'],
  },
  {
    text: "keep getting approve sign in requests on my phone in the middle of the night. I didn't do anything, just hit deny",
    company: null,
    expected: ['q-risky-signin-alert'],
  },
  {
    text: 'windows popped up saying threats found, I was downloading a pdf converter thing',
    company: null,
    expected: ['q-defender-malware-detected'],
  },
  {
    text: 'Ninja alert on RECEPTION-02: Trojan detected, status active',
    company: bulimba,
    expected: ['q-defender-malware-detected'],
  },
  // On/offboarding
  {
    text: 'New starter next Monday - Priya Sharma, office admin, needs email, laptop and access same as Kylie',
    company: null,
    expected: ['q-new-starter-onboarding'],
  },
  {
    text: "We have a new maths teacher starting term 3, Liam O'Connor. Can you set him up pls. Thanks, Business Manager",
    company: stBrigids,
    expected: ['q-stbrigids-staff-onboarding', 'q-new-starter-onboarding'],
  },
  {
    text: 'new driver starting at Wacol thursday, needs logins. HR',
    company: moreton,
    expected: ['q-moreton-depot-onboarding', 'q-new-starter-onboarding'],
  },
  {
    text: 'relief teacher in for 2 weeks from tomorrow, can she just use the relief login?',
    company: stBrigids,
    expected: ['q-stbrigids-staff-onboarding'],
  },
  {
    text: 'Karen finished up friday. Can you shut her email off but send it to me?',
    company: null,
    expected: ['q-leaver-offboarding'],
  },
  {
    text: 'Josh has resigned, last day 30th. please cut his access and free up his revit licence',
    company: hale,
    expected: ['q-leaver-offboarding', 'q-hale-autodesk-seats'],
  },
  // Restores
  {
    text: 'accidentally deleted a folder off teams, the marketing one. can we get it back',
    company: null,
    expected: ['q-restore-sharepoint-onedrive-files'],
  },
  {
    text: 'someone saved over the roster spreadsheet in the Ops channel files, need yesterdays version',
    company: null,
    expected: ['q-restore-sharepoint-onedrive-files'],
  },
  {
    text: 'I emptied my deleted items by mistake, there was an important email from the bank in there',
    company: null,
    expected: ['q-recover-deleted-email'],
  },
  {
    text: 'deleted the 2024 folder off the S drive by accident!!',
    company: null,
    expected: ['q-file-server-restore-previous-versions'],
  },
  {
    text: 'someone overwrote the drawings in P:\\2023-014 Kangaroo Point house, can we get back the version from this morning',
    company: hale,
    expected: ['q-hale-nas-project-drive', 'q-file-server-restore-previous-versions'],
  },
  // Phones and scanning
  {
    text: '3cx app on my phone says not registered, calls going straight to voicemail',
    company: null,
    expected: ['q-3cx-softphone-registration'],
  },
  {
    text: 'I dont have the keypad in teams to call people, Sharon does',
    company: null,
    expected: ['q-teams-phone-no-dialpad'],
  },
  {
    text: "front office teams can't ring out to mobile numbers, says call couldn't be completed",
    company: null,
    expected: ['q-teams-phone-no-dialpad'],
  },
  {
    text: 'copier wont scan to email anymore, says SMTP error. was fine last week',
    company: null,
    expected: ['q-scan-to-email-smtp'],
  },
  {
    text: 'scanner at reception says send error when scanning referrals to email',
    company: bulimba,
    expected: ['q-scan-to-email-smtp'],
  },
  // St Brigid's runbooks
  {
    text: "my laptop won't connect to staff wifi in the science block, keeps going on the guest one and then i cant print",
    company: stBrigids,
    expected: ['q-stbrigids-staff-wifi'],
  },
  {
    text: 'Can I get my personal phone on the staff wifi? whats the password pls',
    company: stBrigids,
    expected: ['q-stbrigids-staff-wifi'],
  },
  {
    text: 'printed my worksheets but nothing came out at the library copier when i tapped my card',
    company: stBrigids,
    expected: ['q-stbrigids-papercut-printing'],
  },
  {
    text: 'new lanyard card doesnt work on the photocopier, says unknown card',
    company: stBrigids,
    expected: ['q-stbrigids-papercut-printing'],
  },
  {
    text: 'cant mark the roll, sentral keeps going back to the login page over and over',
    company: stBrigids,
    expected: ['q-stbrigids-sentral-sso'],
  },
  {
    text: "Sentral is showing last term's classes for me not my new ones",
    company: stBrigids,
    expected: ['q-stbrigids-sentral-sso'],
  },
  // Moreton runbooks
  {
    text: 'cant get on the remote desktop from home, says the gateway server is temporarily unavailable',
    company: moreton,
    expected: ['q-moreton-rds-remote-access'],
  },
  {
    text: 'RDS just hangs at initiating remote connection then drops out. dispatch, need it asap',
    company: moreton,
    expected: ['q-moreton-rds-remote-access'],
  },
  {
    text: "my printer doesn't show up when im in the remote server",
    company: moreton,
    expected: ['q-moreton-rds-remote-access'],
  },
  {
    text: 'labels printing half on one and half on the next at dock 3',
    company: moreton,
    expected: ['q-moreton-zebra-label-printers'],
  },
  {
    text: 'zebra at townsville just flashing red and says paused, labels coming out blank',
    company: moreton,
    expected: ['q-moreton-zebra-label-printers'],
  },
  {
    text: "driver says his scanner thing isn't sending the deliveries, says upload pending since lunch",
    company: moreton,
    expected: ['q-moreton-handheld-scanners'],
  },
  {
    text: 'the handheld wont scan barcodes, no red light comes out',
    company: moreton,
    expected: ['q-moreton-handheld-scanners'],
  },
  // Paddington Hale runbooks
  {
    text: 'P drive has a red cross and says network path not found. im in the studio',
    company: hale,
    expected: ['q-hale-nas-project-drive'],
  },
  {
    text: "Revit wont let me sync, says elements borrowed by Mia and she's on leave",
    company: hale,
    expected: ['q-hale-nas-project-drive'],
  },
  {
    text: 'A1 plans coming out of the plotter with the edges chopped off',
    company: hale,
    expected: ['q-hale-designjet-plotter'],
  },
  {
    text: 'big printer keeps saying out of paper but i just put a new roll in',
    company: hale,
    expected: ['q-hale-designjet-plotter'],
  },
  // Bulimba runbooks
  {
    text: "Dr Nguyen's scripts are printing on the plain paper tray, room 2",
    company: bulimba,
    expected: ['q-bulimba-script-printers'],
  },
  {
    text: 'after the update last night pathology forms are printing at reception instead of my room',
    company: bulimba,
    expected: ['q-bulimba-script-printers'],
  },
  {
    text: 'No path results have come into BP today, usually we get heaps from SNP by now',
    company: bulimba,
    expected: ['q-bulimba-healthlink-results'],
  },
  {
    text: 'Healthlink shows offline on the server',
    company: bulimba,
    expected: ['q-bulimba-healthlink-results'],
  },
  {
    text: 'Dr Patel cant connect from home tonight, sophos says gateway unreachable',
    company: bulimba,
    expected: ['q-bulimba-remote-access'],
  },
  {
    text: "vpn from home keeps rejecting my code, I'm putting the password then the 6 numbers",
    company: bulimba,
    expected: ['q-bulimba-remote-access'],
  },
  // Unanswerable: hard negatives and off-topic
  {
    text: 'Xero bank feed for the ANZ account stopped updating since Tuesday',
    company: null,
    expected: null,
  },
  {
    text: 'Outlook on my MacBook crashes every time I open the calendar',
    company: null,
    expected: null,
  },
  {
    text: 'my Samsung work phone doesnt show any Teams notifications unless i open the app',
    company: null,
    expected: null,
  },
  {
    text: 'Can we buy 3 more Dell docks and a 27 inch monitor for the new starters? Cheers',
    company: null,
    expected: null,
  },
  {
    text: 'Can you set up that card printing thing like the school has? We want to charge printing to each project',
    company: hale,
    expected: null,
  },
  {
    text: 'Medicare claims failing in Best Practice, error about the PRODA/NASH certificate being expired',
    company: bulimba,
    expected: null,
  },
  {
    text: 'Need Minecraft Education put on the year 7 iPads before next week please',
    company: stBrigids,
    expected: null,
  },
  {
    text: "Teams meeting recordings aren't showing up in the chat afterwards anymore",
    company: null,
    expected: null,
  },
  {
    text: 'can you create a new distribution list sales@ with Mick, Jo and Trent in it',
    company: null,
    expected: null,
  },
  {
    text: 'MYOB payroll STP lodgement got rejected by the ATO',
    company: null,
    expected: null,
  },
  {
    text: 'Customer portal in CargoWise showing the wrong ETA for a container, customer is ropeable',
    company: moreton,
    expected: null,
  },
  {
    text: 'Enscape crashes Revit every time on the big hospital model, reckon its the graphics card?',
    company: hale,
    expected: null,
  },
  {
    text: 'my personal gmail got hacked, can you guys help me get it back',
    company: null,
    expected: null,
  },
  {
    text: 'Who do I talk to about getting a car park at the new office?',
    company: null,
    expected: null,
  },
  {
    text: 'kitchen dishwasher on level 2 leaking again',
    company: null,
    expected: null,
  },
  {
    text: 'face recognition login stopped working on my surface, have to type the PIN every time now',
    company: null,
    expected: null,
  },
  {
    text: 'the server warranty runs out in March, can you quote us a replacement',
    company: bulimba,
    expected: null,
  },
  {
    text: 'Need Adobe Acrobat Pro, reader wont let me edit the PDFs',
    company: null,
    expected: null,
  },
  {
    text: 'specimen label printer in the treatment room printing blank labels',
    company: bulimba,
    expected: null,
  },
  {
    text: 'the poster printer in the art room cuts off the edges of A1 posters',
    company: stBrigids,
    expected: null,
  },
];
