/**
 * Set AL: a blind labelled KB set, written without reading the search code or any other set.
 *
 * Tickets for Causeway IT Services, a 10-person MSP in East Perth, WA, that keeps its runbooks in
 * Hudu and supports Microsoft 365, Intune-managed Windows 11, Sophos firewalls/VPN/Intercept X,
 * UniFi Wi-Fi, Aussie Broadband NBN, FUJIFILM/Brother printers, Veeam and Dropsuite backups and
 * hosted 3CX. Its three clients with their own runbooks are Fremantle Physio & Sports Clinic
 * (Cliniko, Tyro, HICAPS, Physitrack; clinics in Fremantle and Subiaco), Pilbara Civil Contractors
 * (Welshpool head office plus Starlink site offices; 12d Model, Procore, Assignar tablets, an HP
 * DesignJet plotter) and Cottesloe Coastal Realty (REST Professional, REIWA Forms Live, Inspection
 * Express iPads, shopfront window displays, an after-hours emergency line). Tickets are written as
 * client staff, L1 phone notes and forwarded alerts; company null means an MSP tech logged it.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AL_CLIENTS } from './articles.ts';

const { physio, civil, realty } = SET_AL_CLIENTS;

export const SET_AL_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- Fremantle Physio: own runbooks
  {
    text: 'cliniko wont let me in says account locked, tried my password like 5 times. front desk fremantle, patients waiting!!',
    company: physio,
    expected: ['al-fps-cliniko'],
  },
  {
    text: "Hi, got a new phone on the weekend and now Cliniko wants the 6 digit code and I don't have it anymore. The Microsoft authenticator app is empty as well. Can't do my notes. Tom (physio, Subi)",
    company: physio,
    expected: ['al-fps-cliniko', 'al-mfa-reset'],
  },
  {
    text: 'EFTPOS machine isnt talking to cliniko again, says terminal not paired. we cleared the browser history yesterday if that matters',
    company: physio,
    expected: ['al-fps-tyro'],
  },
  {
    text: 'Patient paid $95 on the tyro but cliniko still shows the invoice as owing. Do I charge her again??',
    company: physio,
    expected: ['al-fps-tyro'],
  },
  {
    text: "hicaps claims for our new grad Emily keep getting declined 'provider not registered'. she started monday. other physios fine",
    company: physio,
    expected: ['al-fps-hicaps'],
  },
  {
    text: 'Health fund claims not going through at Subiaco - comms error on the terminal. Card payments seem to work?',
    company: physio,
    expected: ['al-fps-hicaps', 'al-fps-tyro'],
  },
  {
    text: "Patient rang saying she never got her home exercise program from Jess yesterday, I checked her email address is right. Also the exercise videos won't play on the PC in room 3.",
    company: physio,
    expected: ['al-fps-physitrack'],
  },
  {
    text: 'whats the patient wifi password this month? the card at reception still has the old one and patients are asking',
    company: physio,
    expected: ['al-fps-guest-wifi'],
  },
  {
    text: "Gym TV isn't showing the exercise loops anymore. When I try cast from the ipad it says no devices found",
    company: physio,
    expected: ['al-fps-guest-wifi'],
  },
  {
    text: 'Subiaco clinic no internet since 8am, cliniko wont load and phones are dead. Fremantle is ok',
    company: physio,
    expected: ['al-nbn-outage', 'al-fps-guest-wifi'],
  },
  {
    text: "Reception PC - HICAPS website comes up with 'Your connection isn't private' NET::ERR_CERT_AUTHORITY_INVALID. Works on my phone fine",
    company: physio,
    expected: ['al-web-filter', 'al-fps-hicaps'],
  },
  // ---------------------------------------------------------------- Fremantle Physio: global runbooks
  {
    text: `Hi Causeway,

We have a new physio starting Monday 3rd March - Liam Nguyen. He'll need an email, a laptop and a phone extension at Fremantle. Same access as Jess please (shared calendars, reception@). I'll set him up in Cliniko myself.

Thanks
Kate Morrison
Practice Manager | Fremantle Physio & Sports Clinic
P: 08 9335 xxxx | 12 Market St, Fremantle WA 6160`,
    company: physio,
    expected: ['al-new-starter'],
  },
  {
    text: 'Reception printer says offline, cant print receipts or the new patient forms. Tried turning it off and on',
    company: physio,
    expected: ['al-printer-offline'],
  },
  {
    text: 'I clicked a link in an email that looked like it was from Microsoft saying my password expires today and put my email and password in, then realised the address was weird. Sorry!! What do I do',
    company: physio,
    expected: ['al-phishing', 'al-compromised-account'],
  },
  {
    text: 'outlook keeps popping up asking for my password, I put it in and it comes back 2 mins later. I changed my password last week',
    company: physio,
    expected: ['al-outlook-password-prompts', 'al-password-reset'],
  },
  {
    text: 'Email to a patient bounced back - 550 5.1.1 recipient not found. Im sure the email is right, i sent to her last month',
    company: physio,
    expected: ['al-email-bounce-ndr'],
  },
  {
    text: "Kate can't open the link to the Policies folder Jess sent, it says 'You need permission to access this item'",
    company: physio,
    expected: ['al-sharepoint-access'],
  },
  {
    text: "Hi I'm in Vietnam on holiday (Kate approved it) and Outlook on my phone now says 'You cannot access this right now'. Need to check rosters",
    company: physio,
    expected: ['al-ca-blocked'],
  },
  {
    text: 'windows update error 0x800f0922 keeps coming back on the reception pc, it tries every night and restarts',
    company: physio,
    expected: ['al-windows-update'],
  },
  {
    text: 'Front desk PC is soooo slow, takes 5 mins to open cliniko and outlook. its the old one near the window',
    company: physio,
    expected: ['al-slow-pc'],
  },
  {
    text: 'wifi keeps dropping on my laptop in the back office, phone is fine. have to keep reconnecting',
    company: physio,
    expected: ['al-wifi'],
  },
  {
    text: 'scans from the Fuji copier arent coming through to email since the weekend. screen says error 016-506',
    company: physio,
    expected: ['al-scan-to'],
  },
  {
    text: "the 3CX app on my phone doesn't ring anymore, calls just go to voicemail. iPhone",
    company: physio,
    expected: ['al-3cx-divert-voicemail'],
  },
  {
    text: 'Pls remove Anna Kowalski (left last Friday) and give me access to her emails, some patients are still emailing her. Kate',
    company: physio,
    expected: ['al-leaver'],
  },
  // ---------------------------------------------------------------- Pilbara Civil: own runbooks
  {
    text: '12d says no licence available. ive been waiting 20 min. can someone kick off whoever has it',
    company: civil,
    expected: ['al-pcc-12d-licence'],
  },
  {
    text: "Working from the Karratha camp this week, 12d won't open - 'Licence server not found'. VPN is on I think?",
    company: civil,
    expected: ['al-pcc-12d-licence', 'al-sophos-vpn'],
  },
  {
    text: 'Port Hedland site office has no internet. starlink app says Obstructed. we moved the sea containers yesterday',
    company: civil,
    expected: ['al-pcc-starlink'],
  },
  {
    text: 'internet in the donga keeps dropping out, been bad since the storm tuesday. supervisor reckons the dish is covered in red dust lol',
    company: civil,
    expected: ['al-pcc-starlink'],
  },
  {
    text: 'Procore on the site iPad is still showing Rev B drawings, Rev D was issued Friday. Download failed when I tap it',
    company: civil,
    expected: ['al-pcc-procore'],
  },
  {
    text: "I did 3 daily logs while we had no reception and they're still sitting in the outbox in procore. do I log out and back in?",
    company: civil,
    expected: ['al-pcc-procore'],
  },
  {
    text: "New leading hand (Brodie) can't see the Roe Hwy project in Procore, says you don't have permission to view this project",
    company: civil,
    expected: ['al-pcc-procore'],
  },
  {
    text: 'plotter is printing the A1 drawings on A3 size in the corner, wasted half a roll already',
    company: civil,
    expected: ['al-pcc-plotter'],
  },
  {
    text: 'Plotter says System error 86:01 turn off and on. Tried that 3 times. Tender drawings due at 2pm',
    company: civil,
    expected: ['al-pcc-plotter'],
  },
  {
    text: "one of the operators factory reset tablet TA-07 and now it's on the samsung welcome screen. Assignar is gone. can you fix it remotely",
    company: civil,
    expected: ['al-pcc-tablets'],
  },
  {
    text: 'prestart wont submit on the tab, says unable to submit prestart no connection. we are out past whim creek',
    company: civil,
    expected: ['al-pcc-tablets'],
  },
  // ---------------------------------------------------------------- Pilbara Civil: global runbooks
  {
    text: 'BitLocker recovery screen on the site engineer laptop after the HP BIOS update last night. He is in Karratha. Key ID starts 4F2A1C09',
    company: civil,
    expected: ['al-bitlocker'],
  },
  {
    text: 'dock at my desk in welshpool - both monitors say no signal, laptop screen fine. dell dock. tried diff cable',
    company: civil,
    expected: ['al-dock-monitors'],
  },
  {
    text: "VPN won't connect from the hotel in Port Hedland - 'The remote gateway is not responding'. Logged into the hotel wifi fine",
    company: civil,
    expected: ['al-sophos-vpn'],
  },
  {
    text: 'Welshpool copier scan to email not working, error 016-781 since yesterday arvo',
    company: civil,
    expected: ['al-scan-to'],
  },
  {
    text: "Sophos popped up on Darren's laptop 'threat detected and blocked', something about PUA. He'd downloaded some free DWG converter",
    company: civil,
    expected: ['al-edr-alert'],
  },
  {
    text: `Hi,

Please disable access for Mick Farrell, his last day is this Friday 3pm. Emails to go to Shane Dwyer. He has a laptop and a field tablet (TA-03) to hand back.

Regards,
Lisa Tran
Operations Manager
Pilbara Civil Contractors Pty Ltd
Unit 4, 22 Kewdale Rd, Welshpool WA 6106

This email and any attachments are confidential...`,
    company: civil,
    expected: ['al-leaver'],
  },
  {
    text: 'Greg is going to Bali next week for 10 days and wants to keep an eye on email from his phone. Approved by Lisa (ops mgr).',
    company: civil,
    expected: ['al-ca-blocked'],
  },
  {
    text: 'Search in outlook doesnt find anything older than about a year. looking for an email from Main Roads from 2022',
    company: civil,
    expected: ['al-outlook-search'],
  },
  {
    text: "Supplier (Boral) says they've sent our concrete quote 3 times, nothing in inbox or junk",
    company: civil,
    expected: ['al-email-quarantine'],
  },
  {
    text: 'Lisa needs her PA Bec to be able to see and accept meeting invites in her calendar',
    company: civil,
    expected: ['al-calendar-sharing'],
  },
  {
    text: 'nobody could hear me in the teams meeting with Main Roads, headset is a Jabra and it works fine for youtube',
    company: civil,
    expected: ['al-teams-audio'],
  },
  {
    text: "OneDrive has a red cross on it, says 'the file name is not supported' for a bunch of the survey files",
    company: civil,
    expected: ['al-onedrive-sync'],
  },
  {
    text: "We need to share the tender folder with our JV partner (another company). Their estimator says the link doesn't work - 'we couldn't find an account with that username'",
    company: civil,
    expected: ['al-sharepoint-access'],
  },
  {
    text: "locked out - 'Your account has been locked. Contact your support person to unlock it'. call me 0412 xxx xxx",
    company: civil,
    expected: ['al-password-reset'],
  },
  {
    text: "My phone says Outlook needs me to install Company Portal, 'your organization requires your device to be managed'. I don't really want work controlling my personal phone?",
    company: civil,
    expected: ['al-intune-compliance'],
  },
  {
    text: 'need Bluebeam installed for the new estimator, company portal says install failed',
    company: civil,
    expected: ['al-company-portal'],
  },
  {
    text: 'logged in this morning and my desktop is empty, all my files are gone!!! little message said temporary profile',
    company: civil,
    expected: ['al-temp-profile'],
  },
  {
    text: 'I saved over the plant register spreadsheet on sharepoint with old data, can we get yesterdays version back?',
    company: civil,
    expected: ['al-file-restore'],
  },
  {
    text: 'forgot my voicemail pin. also can you make my desk phone calls go to my mobile when im out on site',
    company: civil,
    expected: ['al-3cx-divert-voicemail'],
  },
  {
    text: "can't print to the Brother in the Karratha site office, says offline. others in the office cant either",
    company: civil,
    expected: ['al-printer-offline'],
  },
  {
    text: `Hi team, couple of things when you get a chance:

1) my Outlook search has stopped working, it just says "search results may be incomplete because items are still being indexed" and never finishes
2) since I came back from site, the second monitor on the dock flickers and goes black every few minutes

Cheers,
Anthony Rossi
Senior Design Engineer | Pilbara Civil Contractors
M 0438 xxx xxx`,
    company: civil,
    expected: ['al-outlook-search', 'al-dock-monitors'],
  },
  // ---------------------------------------------------------------- Cottesloe Coastal Realty: own runbooks
  {
    text: "REST won't open - 'Cannot connect to database'. whole of property management can't get in",
    company: realty,
    expected: ['al-ccr-rest'],
  },
  {
    text: "Jo is doing end of month and Rachel's REST says file is locked by another user. Rachel needs to receipt rent urgently, tenant waiting",
    company: realty,
    expected: ['al-ccr-rest'],
  },
  {
    text: 'REST popped up with version mismatch between client and server this morning, after that update thing last night',
    company: realty,
    expected: ['al-ccr-rest'],
  },
  {
    text: "working from home today, REST shortcut says 'Unable to locate the data path R:\\Rest\\Data'",
    company: realty,
    expected: ['al-ccr-rest', 'al-sophos-vpn'],
  },
  {
    text: 'Forms Live is just a white page!! need to get an offer out to the buyer to sign TODAY',
    company: realty,
    expected: ['al-ccr-forms-live'],
  },
  {
    text: "Buyer says they never got the docusign for the contract on 14 Eric St Cottesloe. i've sent it twice",
    company: realty,
    expected: ['al-ccr-forms-live'],
  },
  {
    text: '2 of the window screens are black this morning, we had a power outage overnight',
    company: realty,
    expected: ['al-ccr-window-display'],
  },
  {
    text: 'window display is STILL showing 22 Napoleon St which sold 3 weeks ago!!! vendor drove past and is not happy',
    company: realty,
    expected: ['al-ccr-window-display'],
  },
  {
    text: "inspection app on the ipad says upload incomplete, I had 180 photos from an exit inspection on Curtin Ave. PLEASE don't let me lose these, bond dispute coming",
    company: realty,
    expected: ['al-ccr-inspections'],
  },
  {
    text: 'Tenant complained the emergency line rang out last night, burst pipe at 2am. Who was on call and why didnt it go through?',
    company: realty,
    expected: ['al-ccr-after-hours'],
  },
  {
    text: "after hours line is still going to Sam, it's Kylie's week. Nicole is on leave so can you change it",
    company: realty,
    expected: ['al-ccr-after-hours'],
  },
  // ---------------------------------------------------------------- Cottesloe Coastal Realty: global runbooks
  {
    text: "Phones playing the closed message and it's 10am Tuesday. Is it because of the WA Day public holiday yesterday?",
    company: realty,
    expected: ['al-3cx-divert-voicemail'],
  },
  {
    text: "desk phone at Sam's desk says Not Registered, no dial tone",
    company: realty,
    expected: ['al-3cx-desk-phone'],
  },
  {
    text: "Can reception@ be added to Kylie's outlook? she's covering front desk for 2 weeks",
    company: realty,
    expected: ['al-shared-mailbox'],
  },
  {
    text: "when I send from rentals@ it bounces back saying I don't have permission to send as this sender",
    company: realty,
    expected: ['al-shared-mailbox'],
  },
  {
    text: "I accidentally deleted the whole 'Landlords 2023' folder in outlook and then emptied deleted items. is it gone forever?",
    company: realty,
    expected: ['al-email-restore'],
  },
  {
    text: "Our agent got an email from 'REIWA Membership' asking to re-verify, clicked the link and it asked for her microsoft password. She says she didn't type anything. Email still in a few inboxes",
    company: realty,
    expected: ['al-phishing'],
  },
  {
    text: "URGENT Rachel's email is sending messages to all our landlords with a link to a 'shared file' - she didn't send them! landlords are ringing us",
    company: realty,
    expected: ['al-compromised-account', 'al-phishing'],
  },
  {
    text: "Getting the 'your mailbox is almost full' message every morning now",
    company: realty,
    expected: ['al-mailbox-full'],
  },
  {
    text: "I set up a rule to forward my emails to my gmail and now I get bounce back 'Access denied, your organization does not allow external forwarding'",
    company: realty,
    expected: ['al-email-bounce-ndr'],
  },
  {
    text: 'Teams just shows the purple screen and spins forever. web version in chrome works',
    company: realty,
    expected: ['al-teams-signin'],
  },
  {
    text: 'Word has a red bar saying UNLICENSED PRODUCT on the new receptionists computer',
    company: realty,
    expected: ['al-office-activation'],
  },
  {
    text: "lost my phone at the footy on saturday, can't do the microsoft approve thing to log in",
    company: realty,
    expected: ['al-mfa-reset'],
  },
  {
    text: 'company portal says my laptop is not compliant, now teams and outlook wont open',
    company: realty,
    expected: ['al-intune-compliance', 'al-ca-blocked'],
  },
  {
    text: 'laptop says running out of disk space on C, only 2GB left and it wont update',
    company: realty,
    expected: ['al-disk-full', 'al-windows-update'],
  },
  {
    text: 'laptop not charging from the dock and only one of the screens works since I moved desks',
    company: realty,
    expected: ['al-dock-monitors'],
  },
  {
    text: 'trying to get onto the Town of Cottesloe planning portal and it says blocked in accordance with company policy, category Uncategorized',
    company: realty,
    expected: ['al-web-filter'],
  },
  {
    text: "Someone deleted the 'Sales 2024' folder off the R drive!! it was there yesterday",
    company: realty,
    expected: ['al-file-restore'],
  },
  {
    text: `New sales agent starting Monday - Josh Patel. Needs a laptop, email, phone ext and access to the sales@ mailbox. Same setup as Sam please.

Nicole Barrett
Office Manager
Cottesloe Coastal Realty`,
    company: realty,
    expected: ['al-new-starter'],
  },
  // ---------------------------------------------------------------- MSP techs and forwarded alerts
  {
    text: "FW: quarantine notification - 3 messages held for accounts@pilbaracivil.com.au. Client says they're real invoices from Hastings Deering, ok to release?",
    company: null,
    expected: ['al-email-quarantine'],
  },
  {
    text: "New Lenovo for PCC: OOBE error 80180014 during Autopilot. Device was previously Darren's, wiped and re-used",
    company: null,
    expected: ['al-autopilot-enrol'],
  },
  {
    text: 'Autopilot pre-provision stuck on "Securing your hardware" 0x800705b4 on an HP EliteBook 840 G8',
    company: null,
    expected: ['al-autopilot-enrol'],
  },
  {
    text: 'Sophos Central alert: Gateway CCR-XGS WAN1 down, failover to LTE active. Realty ringing saying internet slow',
    company: null,
    expected: ['al-nbn-outage'],
  },
  {
    text: '[Failed] Backup Job CCR-Servers: Failed to create VM snapshot. Second night in a row',
    company: null,
    expected: ['al-backup-alert'],
  },
  {
    text: 'Sophos Central: CryptoGuard detected ransomware on PCC-LT-022 (user sdwyer). Is the device isolated??',
    company: null,
    expected: ['al-edr-alert'],
  },
  {
    text: "Ph call Nicole @ CCR 9:05 - all desk phones say 'Network unavailable', thinks internet is out too. Pls call back on mobile",
    company: null,
    expected: ['al-3cx-desk-phone', 'al-nbn-outage'],
  },

  // ================================================================ Nothing in the KB answers these
  {
    text: "Can you put an out of office on Sam's email please, he's on leave till the 20th and forgot to set it",
    company: realty,
    expected: null,
  },
  {
    text: "We've got a new logo - can you update everyone's email signature to the new one with the ISO 45001 badge underneath",
    company: civil,
    expected: null,
  },
  {
    text: 'Cliniko - how do I change the invoice template so it shows our new ABN after the restructure?',
    company: physio,
    expected: null,
  },
  {
    text: 'new PM here, how do I process a bond disposal in REST for the Bond Administrator? tenant moved out Friday',
    company: realty,
    expected: null,
  },
  {
    text: 'Starlink bill for Karratha jumped to $380 this month, can we go back to the cheaper plan',
    company: civil,
    expected: null,
  },
  {
    text: 'CCTV at the Welshpool yard hasnt recorded since Sunday, the NVR box in the comms cupboard is beeping',
    company: civil,
    expected: null,
  },
  {
    text: "our listings aren't showing on realestate.com.au since we changed CRM last week, new ones missing",
    company: realty,
    expected: null,
  },
  {
    text: 'Xero bank feed not updating since Tuesday, last transaction showing is the 4th',
    company: physio,
    expected: null,
  },
  {
    text: `Automatic reply: RE: [Ticket #48213] Printer offline

I'm out of the office until Monday 14th with limited access to email. For urgent matters please call reception on 08 9335 xxxx.`,
    company: physio,
    expected: null,
  },
  {
    text: "thanks mate that's all working now, cheers",
    company: civil,
    expected: null,
  },
  {
    text: 'Can we get a quote for a new laptop for Nicole, hers is nearly 5 years old. Nothing wrong with it, just due',
    company: realty,
    expected: null,
  },
  {
    text: 'aircon in treatment room 2 is dripping water down the wall next to the PC and power board',
    company: physio,
    expected: null,
  },
  {
    text: "My personal iPhone says iCloud storage full and it won't back up my photos anymore, can you have a look when you're in?",
    company: civil,
    expected: null,
  },
  {
    text: 'Can you block 08 9xxx xxxx from calling reception, same spam caller about solar panels 5 times a day',
    company: realty,
    expected: null,
  },
  {
    text: 'PCC want a Teams town hall for ~150 staff next Thursday with Q&A and a recording, anyone set one of these up before?',
    company: null,
    expected: null,
  },
  {
    text: "old surveying PC in the shed - Windows 11 upgrade check says 'This PC doesn't currently meet Windows 11 system requirements', processor not supported",
    company: civil,
    expected: null,
  },
  {
    text: 'Dell laptop battery has swollen, trackpad is popping up on one side. Can I keep using it?',
    company: civil,
    expected: null,
  },
  {
    text: 'how do I make a pivot table of appointments per physio from the cliniko export? the report Kate wants is by month',
    company: physio,
    expected: null,
  },
  {
    text: 'Josh (new agent) needs a work mobile - which Telstra plan should we get him, and can we port his old number?',
    company: realty,
    expected: null,
  },
  {
    text: "how do I do a long section in 12d again? the trainer showed us last month but I've forgotten",
    company: civil,
    expected: null,
  },
  {
    text: 'The Tyro terminal is out of paper rolls, where do we order more from?',
    company: physio,
    expected: null,
  },
  {
    text: 'Can you pls send me the invoice breakdown for Pilbara Civil for March, they are querying the per-device charges',
    company: null,
    expected: null,
  },
  {
    text: 'Can you set up a new distribution list tenders@ for the estimating team - Anthony, Bec and Greg',
    company: civil,
    expected: null,
  },
];
