/**
 * Set V: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set V knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_V_CLIENTS } from './articles.ts';

const { peakline, frontRange, hopYard, summitPt } = SET_V_CLIENTS;

export const SET_V_TICKETS: readonly LabelledTicket[] = [
  // ---------- generic, no company ----------
  {
    text: 'outlook says disconected at the bottom and no new emails since lunch. webmail on my phone is fine',
    company: null,
    expected: ['v-outlook-profile-rebuild'],
  },
  {
    text: 'Hi, my email program on the PC keeps asking me to type my password again and again. I type it and the box pops right back up. Thanks, Rob',
    company: null,
    expected: ['v-outlook-profile-rebuild'],
  },
  {
    text: 'getting warnings that im running out of room for email and now it wont let me send anything',
    company: null,
    expected: ['v-mailbox-full-archive'],
  },
  {
    text: 'A customer said the message they sent me came back saying my inbox is full?? I delete stuff all the time',
    company: null,
    expected: ['v-mailbox-full-archive', 'v-mail-ndr-bounce-codes'],
  },
  {
    text: "Please give Tanya access to the billing@ inbox, she's covering for Mike while he's out",
    company: null,
    expected: ['v-shared-mailbox-access'],
  },
  {
    text: 'the accounting box vanished from the left side of my outlook after the weekend',
    company: null,
    expected: ['v-shared-mailbox-access'],
  },
  {
    text: "When I answer from the info address it lands in MY sent folder so the others can't see what I already replied to",
    company: null,
    expected: ['v-shared-mailbox-access'],
  },
  {
    text: 'My new assistant Priya needs to be able to accept meetings for me and move things around on my schedule. How do we set that up?',
    company: null,
    expected: ['v-calendar-delegate-permissions'],
  },
  {
    text: 'vendor says they sent the invoice 3 times yesterday. not in my inbox or junk. can you look',
    company: null,
    expected: ['v-quarantine-release'],
  },
  {
    text: 'got an email from microsoft saying I have messages held for review? is that legit or a scam',
    company: null,
    expected: ['v-quarantine-release', 'v-phishing-report-clicked'],
  },
  {
    text: 'Undeliverable 550 5.1.1 when I email john at the county, it worked fine last month',
    company: null,
    expected: ['v-mail-ndr-bounce-codes'],
  },
  {
    text: 'teams just a white screen when i open it. restarted twice already',
    company: null,
    expected: ['v-teams-clear-cache'],
  },
  {
    text: 'Teams error caa2000-something and it keeps kicking me back to the login page',
    company: null,
    expected: ['v-teams-clear-cache'],
  },
  {
    text: 'nobody can hear me on calls!! my headset works fine on youtube tho',
    company: null,
    expected: ['v-teams-audio-video'],
  },
  {
    text: 'my face is just a black square in meetings. laptop is a lenovo thinkpad',
    company: null,
    expected: ['v-teams-audio-video'],
  },
  {
    text: 'the little cloud by the clock has a red x and my files arent showing up on my other computer',
    company: null,
    expected: ['v-onedrive-sync-problems'],
  },
  {
    text: "I need to send a folder of drawings to our architect and it says this item can't be shared",
    company: null,
    expected: ['v-sharepoint-external-sharing'],
  },
  {
    text: 'I accidentally deleted the whole Marketing 2024 folder out of our Teams files!!! please help asap',
    company: null,
    expected: ['v-restore-deleted-files-m365'],
  },
  {
    text: "red bar across Word saying product deactivated, can't edit anything",
    company: null,
    expected: ['v-m365-license-unlicensed'],
  },
  {
    text: "New girl in accounting can't install office, the portal says no apps available for her",
    company: null,
    expected: ['v-m365-license-unlicensed'],
  },
  {
    text: "Got a new iphone over the weekend and now I can't approve the login popup thing",
    company: null,
    expected: ['v-mfa-new-phone'],
  },
  {
    text: 'left my phone at DIA, its the one with my authenticator on it. cant get into anything',
    company: null,
    expected: ['v-mfa-new-phone', 'v-lost-stolen-device'],
  },
  { text: 'locked out again', company: null, expected: ['v-password-reset-lockout'] },
  {
    text: "My account keeps locking every single morning even though I haven't typed anything wrong. Is someone trying to hack me?",
    company: null,
    expected: ['v-password-reset-lockout'],
  },
  {
    text: "Trying to check email from Cancun on vacation and it says you can't get there from here",
    company: null,
    expected: ['v-conditional-access-blocked'],
  },
  {
    text: 'error 53003 signing into outlook on my home pc',
    company: null,
    expected: ['v-conditional-access-blocked'],
  },
  {
    text: "new laptop from dell has been on 'setting up your device for work' for 2 hours now, is that normal?",
    company: null,
    expected: ['v-autopilot-enrollment-stuck'],
  },
  {
    text: 'computer has been on working on updates 27% dont turn off since last night. what do i do',
    company: null,
    expected: ['v-windows-update-stuck'],
  },
  {
    text: 'logged in this morning and my desktop is EMPTY, all my icons and files are gone!!! it said something about temporary',
    company: null,
    expected: ['v-windows-temp-profile'],
  },
  {
    text: 'My pc is sooo slow, takes 10 min to open anything. its a pretty old HP',
    company: null,
    expected: ['v-slow-computer-triage'],
  },
  {
    text: 'everything freezes up whenever i have teams and chrome open at the same time',
    company: null,
    expected: ['v-slow-computer-triage'],
  },
  {
    text: 'printer says offline but the guy next to me can print to it fine',
    company: null,
    expected: ['v-printer-offline-spooler'],
  },
  {
    text: 'Screen asking for a long recovery number when I turned my laptop on after the bios update thing',
    company: null,
    expected: ['v-bitlocker-recovery'],
  },
  {
    text: 'second monitor is black when I plug into the docking thingy. worked friday',
    company: null,
    expected: ['v-dock-monitors-not-detected'],
  },
  {
    text: 'macbook keeps popping up asking for my login keychain since i changed my password',
    company: null,
    expected: ['v-mac-keychain-password-prompts'],
  },
  {
    text: 'cant get on the office wifi with my laptop, my phone gets on the guest one ok',
    company: null,
    expected: ['v-wifi-office-cant-connect'],
  },
  {
    text: 'Forticlient stuck at 98 percent working from home',
    company: null,
    expected: ['v-vpn-forticlient-troubleshoot'],
  },
  {
    text: 'vpn connects but i cant get to the S drive',
    company: null,
    expected: ['v-vpn-forticlient-troubleshoot'],
  },
  { text: 'vpn -7200', company: null, expected: ['v-vpn-forticlient-troubleshoot'] },
  {
    text: "cant open our bank website, everything else works. chrome says site can't be reached",
    company: null,
    expected: ['v-dns-one-site-wont-load'],
  },
  {
    text: 'NOTHING works, internet is down for the whole office and the phones are dead too',
    company: null,
    expected: ['v-isp-outage-office-down', 'v-voip-desk-phone-no-service'],
  },
  {
    text: "trying to go to a supplier's site and get a red page saying it's blocked by your organization. I need it for ordering",
    company: null,
    expected: ['v-web-filter-blocked'],
  },
  {
    text: "Quickbooks H202 when Sarah tries to open the company file while I'm already in it",
    company: null,
    expected: ['v-quickbooks-multiuser-h202'],
  },
  {
    text: 'I think I clicked a bad link in a docusign email and put in my password before I realized. Sorry!!',
    company: null,
    expected: ['v-phishing-report-clicked', 'v-compromised-account-response'],
  },
  {
    text: "got a weird email saying my mailbox will be deleted unless I verify. didn't click anything, just letting you know",
    company: null,
    expected: ['v-phishing-report-clicked'],
  },
  {
    text: 'People are getting emails from me that I never sent asking them to open a PDF. My contacts are calling me',
    company: null,
    expected: ['v-compromised-account-response'],
  },
  {
    text: '[ALERT] SentinelOne Threat detected | Classification: Malicious | Status: Not mitigated | Endpoint: DESKTOP-7HQ2K | File: invoice_0423.exe',
    company: null,
    expected: ['v-edr-alert-triage'],
  },
  {
    text: 'laptop was stolen out of my car last night, filed a police report',
    company: null,
    expected: ['v-lost-stolen-device'],
  },
  {
    text: 'New hire starting Monday - Alex Reyes, sales. Needs a laptop and email please',
    company: null,
    expected: ['v-new-user-onboarding'],
  },
  {
    text: "Brian's last day is Friday. please shut off his access and give his email to his manager Carla",
    company: null,
    expected: ['v-user-offboarding'],
  },
  {
    text: 'I need a file back from the shared S: drive, somebody deleted the Contracts folder yesterday afternoon',
    company: null,
    expected: ['v-file-server-restore'],
  },
  { text: 'my desk phone just says no service', company: null, expected: ['v-voip-desk-phone-no-service'] },
  {
    text: 'copier says transmission failed when i try to scan to my email',
    company: null,
    expected: ['v-mfd-scan-to-email'],
  },
  {
    text: 'Ninja shows DESKTOP-22 offline 3 days but the user is actively working on it',
    company: null,
    expected: ['v-rmm-agent-offline'],
  },
  {
    text: "Hi team - two things. My outlook isn't getting new mail (says disconnected) and the printer upstairs shows offline. Thanks!",
    company: null,
    expected: ['v-outlook-profile-rebuild', 'v-printer-offline-spooler'],
  },
  // ---------- generic hard negatives, no company ----------
  {
    text: 'Can you set up the 2nd floor conference room so people can book it from outlook like the other rooms?',
    company: null,
    expected: null,
  },
  { text: 'I got married, can you change my last name on my email and teams', company: null, expected: null },
  { text: 'Can we get Adobe Acrobat Pro for Jen, she needs to edit PDFs', company: null, expected: null },
  {
    text: 'how do i make an email signature with the new logo marketing sent',
    company: null,
    expected: null,
  },
  {
    text: 'our emails to gmail customers are all going to their spam, marketing says we need some dmarc thing?',
    company: null,
    expected: null,
  },
  { text: "work iphone won't charge anymore, tried 2 cables", company: null, expected: null },
  {
    text: 'please make a new email group for all the managers so i can send to one address',
    company: null,
    expected: null,
  },
  {
    text: "where do teams meeting recordings go? I recorded the board meeting and can't find it",
    company: null,
    expected: null,
  },
  {
    text: 'Can you make the main line ring 6 times instead of 4 before it goes to voicemail',
    company: null,
    expected: null,
  },
  {
    text: 'when are we getting windows 11, my PC says it doesnt meet the requirements',
    company: null,
    expected: null,
  },
  {
    text: 'I deleted a teams chat message with an important phone number in it, can you get it back?',
    company: null,
    expected: null,
  },
  {
    text: 'quickbooks online bank feed stopped pulling in transactions from Chase',
    company: null,
    expected: null,
  },
  {
    text: 'all my meetings are showing an hour off since I got back from Chicago',
    company: null,
    expected: null,
  },
  // ---------- Peakline Property Group ----------
  {
    text: 'appfolio keeps texting the code to my old number, I switched phones',
    company: peakline,
    expected: ['v-peakline-appfolio-access'],
  },
  {
    text: "Hi! I'm a new leasing agent at Highlands Row, can someone give me access to the property software so I can do move ins? Thanks, Jasmine",
    company: peakline,
    expected: ['v-peakline-appfolio-access', 'v-peakline-onboarding'],
  },
  {
    text: 'appfolio wont load for anyone at cherry creek, is it down or is it us',
    company: peakline,
    expected: ['v-peakline-appfolio-access'],
  },
  {
    text: 'the check scanner at lowry says not detected when I try to deposit the rent checks',
    company: peakline,
    expected: ['v-peakline-leasing-office-printers'],
  },
  {
    text: 'printer in the Aurora Ridge office shows offline, nobody can print leases',
    company: peakline,
    expected: ['v-peakline-leasing-office-printers', 'v-printer-offline-spooler'],
  },
  {
    text: 'Residents in bldg C at Highlands Row are saying the wifi in the clubhouse is super slow, can you guys look?',
    company: peakline,
    expected: ['v-peakline-site-network'],
  },
  {
    text: 'New maintenance guy starting Tuesday, Luis Ortega. Needs a phone with the work order app',
    company: peakline,
    expected: ['v-peakline-onboarding', 'v-new-user-onboarding'],
  },
  {
    text: 'Lowry Commons office has had no internet since 9am',
    company: peakline,
    expected: ['v-peakline-site-network', 'v-isp-outage-office-down'],
  },
  {
    text: "Keisha at cherry creek is out on leave, please give Tom access to that site's leasing email",
    company: peakline,
    expected: ['v-shared-mailbox-access'],
  },
  {
    text: 'scan to email not working on the copier at the Highlands Row office',
    company: peakline,
    expected: ['v-peakline-leasing-office-printers', 'v-mfd-scan-to-email'],
  },
  {
    text: "getting told my computer isn't compliant and outlook won't open",
    company: peakline,
    expected: ['v-intune-noncompliant', 'v-conditional-access-blocked'],
  },
  {
    text: 'Rob P is leaving Friday, please turn off his stuff. he still has some open work orders in appfolio',
    company: peakline,
    expected: ['v-peakline-onboarding', 'v-user-offboarding'],
  },
  {
    text: 'Need a quote for 3 laptops for the new Aurora leasing agents starting next month',
    company: peakline,
    expected: null,
  },
  {
    text: "what's the password for the guest wifi at Lowry? a prospect on a tour is asking",
    company: peakline,
    expected: null,
  },
  // ---------- Front Range Survey & Engineering ----------
  {
    text: "P drive has a red x, I'm working from home today",
    company: frontRange,
    expected: ['v-frse-vpn-project-drive'],
  },
  {
    text: 'error 809 when connecting from home',
    company: frontRange,
    expected: ['v-frse-vpn-project-drive'],
  },
  {
    text: "Hi, I'm trying to use FortiClient to get to the project files but can't find it on my new laptop. Am I missing something?",
    company: frontRange,
    expected: ['v-frse-vpn-project-drive'],
  },
  {
    text: 'opening drawings off the project drive from home takes forever, like 10 min per file',
    company: frontRange,
    expected: ['v-frse-vpn-project-drive'],
  },
  {
    text: 'Civil3D opened in trial mode this morning??',
    company: frontRange,
    expected: ['v-frse-autodesk-licensing'],
  },
  {
    text: "TBC says it cant reach the license server. I'm in the office",
    company: frontRange,
    expected: ['v-frse-autodesk-licensing'],
  },
  {
    text: 'Can you push the 2025 version of civil 3d to my machine? I want the new grading tools',
    company: frontRange,
    expected: ['v-frse-autodesk-licensing'],
  },
  {
    text: 'the big plotter is printing my 24x36 sheets tiny in the corner',
    company: frontRange,
    expected: ['v-frse-plotter'],
  },
  {
    text: 'plotter says out of paper but there is a full roll in it',
    company: frontRange,
    expected: ['v-frse-plotter'],
  },
  {
    text: 'Crew 3 says their job from the Arvada site never came back to the office. Chief says it synced on his end',
    company: frontRange,
    expected: ['v-frse-field-tablets'],
  },
  {
    text: 'laptop asking for bitlocker key after the dell updates ran',
    company: frontRange,
    expected: ['v-bitlocker-recovery'],
  },
  {
    text: "sending plan set to the county reviewer, the link won't let me add his email",
    company: frontRange,
    expected: ['v-sharepoint-external-sharing'],
  },
  {
    text: 'AutoCAD crashes every time I open a drawing from my desktop. other drawings open fine',
    company: frontRange,
    expected: null,
  },
  // ---------- Hop Yard Brewing Co. ----------
  {
    text: 'toast says offline mode at the bar, can we still run cards?? friday night rush',
    company: hopYard,
    expected: ['v-hopyard-toast-pos', 'v-hopyard-taproom-network'],
  },
  {
    text: 'servers handhelds keep dropping on the patio at Golden',
    company: hopYard,
    expected: ['v-hopyard-toast-pos'],
  },
  {
    text: 'Need to add the new hazy IPA to the menu and change happy hour prices in the POS',
    company: hopYard,
    expected: ['v-hopyard-toast-pos'],
  },
  {
    text: 'kitchen in Golden isnt getting orders from the appfolio.. sorry, Toast. printer is on and has paper',
    company: hopYard,
    expected: ['v-hopyard-kitchen-label-printers', 'v-hopyard-toast-pos'],
  },
  {
    text: 'kitchen screen at RiNo says printer not found',
    company: hopYard,
    expected: ['v-hopyard-kitchen-label-printers', 'v-hopyard-toast-pos'],
  },
  {
    text: 'can labels coming out streaky and faded on the canning line',
    company: hopYard,
    expected: ['v-hopyard-kitchen-label-printers'],
  },
  {
    text: 'guests complaining the wifi is slow in the taproom at RiNo',
    company: hopYard,
    expected: ['v-hopyard-taproom-network'],
  },
  {
    text: 'music stopped playing in the Littleton taproom',
    company: hopYard,
    expected: ['v-hopyard-taproom-network'],
  },
  {
    text: 'internet down at the Fort Collins taproom and the POS is offline too',
    company: hopYard,
    expected: ['v-hopyard-taproom-network', 'v-isp-outage-office-down', 'v-hopyard-toast-pos'],
  },
  {
    text: 'GM at Golden wants to change the wifi password we write on the chalkboard',
    company: hopYard,
    expected: ['v-hopyard-taproom-network'],
  },
  {
    text: 'I clicked on an email about a payout and typed my login in. now im worried',
    company: hopYard,
    expected: ['v-phishing-report-clicked', 'v-compromised-account-response'],
  },
  {
    text: "head brewer's password expired and he can't get in",
    company: hopYard,
    expected: ['v-password-reset-lockout'],
  },
  {
    text: 'keg cooler alarm keeps going off in the walk-in, can someone come look',
    company: hopYard,
    expected: null,
  },
  // ---------- Summit Motion Physical Therapy ----------
  {
    text: 'webpt not letting me in, says my account is locked',
    company: summitPt,
    expected: ['v-summitpt-webpt'],
  },
  {
    text: 'never getting the webpt email code to log in',
    company: summitPt,
    expected: ['v-summitpt-webpt', 'v-quarantine-release'],
  },
  {
    text: "can't print the plan of care from webpt. nothing happens when i hit print",
    company: summitPt,
    expected: ['v-summitpt-webpt'],
  },
  {
    text: "my notes won't save in the EMR, I just lost 20 minutes of documentation",
    company: summitPt,
    expected: ['v-summitpt-webpt'],
  },
  {
    text: "can't get on webpt from my phone on the lobby wifi",
    company: summitPt,
    expected: ['v-summitpt-webpt'],
  },
  {
    text: 'insurance card scanner at Englewood front desk, scans come out all black',
    company: summitPt,
    expected: ['v-summitpt-card-scanner'],
  },
  {
    text: 'the check-in ipad is sitting on the home screen instead of the check in app',
    company: summitPt,
    expected: ['v-summitpt-onboarding-devices'],
  },
  {
    text: 'New PT starting Monday at Highlands Ranch, Jordan Lee. Needs everything set up',
    company: summitPt,
    expected: ['v-summitpt-onboarding-devices', 'v-new-user-onboarding'],
  },
  {
    text: "Can we just make one login for the front desk computer that everybody uses? it's way easier for the girls",
    company: summitPt,
    expected: ['v-summitpt-onboarding-devices'],
  },
  {
    text: 'surface tablet missing from treatment room 3, think a patient walked off with it',
    company: summitPt,
    expected: ['v-lost-stolen-device'],
  },
  {
    text: "camera doesn't work on my surface for telehealth visits in teams",
    company: summitPt,
    expected: ['v-teams-audio-video'],
  },
  {
    text: 'Aetna denied a claim with CO-16 in webpt billing, how do we fix it',
    company: summitPt,
    expected: null,
  },
  {
    text: 'the thermostat in the Lakewood gym is stuck at 80, patients are complaining',
    company: summitPt,
    expected: null,
  },
];
