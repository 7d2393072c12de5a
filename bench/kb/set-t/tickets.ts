/**
 * Set T: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set T knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_T_CLIENTS } from './articles.ts';

const { pennine, oakhaven, irwell, mosslane } = SET_T_CLIENTS;

export const SET_T_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'outlook not getting any new emails since this morning but on my phone theyre all there?? bottom of the screen says disconnected. Cheers, Mark',
    company: null,
    expected: ['t-outlook-trying-to-connect'],
  },
  {
    text: "Hi, my email looks completely different today, all my old archive folders have disappeared and there's a little switch at the top saying new. I didn't touch anything honest! Can you put it back how it was please",
    company: null,
    expected: ['t-new-outlook-switch-back'],
  },
  {
    text: 'outlook icon has gone blue and says (new) - my accounts@ inbox isnt there anymore',
    company: null,
    expected: ['t-new-outlook-switch-back', 't-shared-mailbox-not-showing'],
  },
  {
    text: "Can you check Jess has been given the enquiries inbox? Sarah said she'd sorted it yesterday but it's not showing on Jess's pc",
    company: null,
    expected: ['t-shared-mailbox-not-showing'],
  },
  {
    text: 'Every time I reply from the sales inbox it bounces straight back, something about permission. I can read all the emails in it no problem. Ta',
    company: null,
    expected: ['t-send-as-ndr'],
  },
  {
    text: 'Forwarding this, keeps happening when I send from hr@ -- Delivery has failed to these recipients or groups ... 554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied',
    company: null,
    expected: ['t-send-as-ndr'],
  },
  {
    text: "I look after Richard's diary but I can only see 'busy' blocks, not what the meetings actually are. Also can I accept meetings for him when hes away?",
    company: null,
    expected: ['t-calendar-permissions-delegate'],
  },
  {
    text: "Getting this back when I email our accountant: 'Your message to j.hughes@hughesandco-accountants.co.uk couldn't be delivered. j.hughes wasn't found at hughesandco-accountants.co.uk' 550 5.1.1 - has our email broken?",
    company: null,
    expected: ['t-ndr-recipient-not-found'],
  },
  {
    text: "Emails to Claire bounce back since she came back off maternity leave and you set her back up, some weird IMCEAEX thing in the bounce. I'm just picking her name when I start typing",
    company: null,
    expected: ['t-ndr-recipient-not-found'],
  },
  {
    text: 'Our supplier says theyve sent the remittance 3 times and we havent had it. not in junk. can u look',
    company: null,
    expected: ['t-quarantine-missing-mail'],
  },
  {
    text: 'keep getting these emails from Microsoft saying messages are being held for me, one of them looks like a genuine order from a customer - how do I get it out?',
    company: null,
    expected: ['t-quarantine-missing-mail'],
  },
  {
    text: "Morning, two things - teams just opens to a white screen, restarted twice, and my 2nd monitor's stopped working on the docking station (the other one's fine). Cheers Paul",
    company: null,
    expected: ['t-teams-clear-cache', 't-dock-monitors-not-detected'],
  },
  {
    text: "New girl in accounts Chloe can't ring out on Teams, there's no number pad thing like the rest of us have",
    company: null,
    expected: ['t-teams-phone-no-dialpad'],
  },
  {
    text: 'little cloud in the corner has a red cross on it, and some of my docs have red circles on. are they saved??',
    company: null,
    expected: ['t-onedrive-sync-problems'],
  },
  {
    text: "The shared drive thing in file explorer (the one with the company name on) hasn't updated since Friday, Tom's changes aren't there on mine",
    company: null,
    expected: ['t-onedrive-sync-problems'],
  },
  {
    text: "word has a red bar across the top saying unlicensed and won't let me type anything",
    company: null,
    expected: ['t-office-unlicensed'],
  },
  {
    text: "I've accidentally deleted a whole folder of emails called 'Contracts 2023' and then emptied the bin, please tell me you can get it back!!",
    company: null,
    expected: ['t-recover-deleted-m365'],
  },
  {
    text: "someone's saved over the rota spreadsheet in the Teams channel with last year's. Can we get yesterday's back?",
    company: null,
    expected: ['t-recover-deleted-m365'],
  },
  {
    text: "Could you restore the Q:\\Finance\\Budgets folder from last Thursday please, think someone's dragged it somewhere and it's gone. It was on the server not the onedrive",
    company: null,
    expected: ['t-file-restore-from-backup'],
  },
  {
    text: "got a new phone over the weekend and now I don't get the approve thing when I log in. old phone's been traded in. help",
    company: null,
    expected: ['t-reregister-authenticator'],
  },
  {
    text: 'Microsoft keeps telling me to enter the number shown in the app but nothing pops up on my mobile at all',
    company: null,
    expected: ['t-reregister-authenticator'],
  },
  {
    text: "Hi it says my account's locked, I think I got my password wrong a few times after the bank holiday. Kev",
    company: null,
    expected: ['t-account-locked-password-expired'],
  },
  {
    text: "Working from home and the laptop says my password's expired at the login screen but it won't let me change it",
    company: null,
    expected: ['t-account-locked-password-expired'],
  },
  {
    text: "I'm in Spain for a conference and can't get into Outlook, says I can't access this right now even though my password was right. Urgent, presenting Thursday",
    company: null,
    expected: ['t-ca-blocked-53003'],
  },
  {
    text: 'L1: user getting 530033 on her personal iPad when opening the Teams app, fine on her work laptop. Anything we can do?',
    company: null,
    expected: ['t-ca-blocked-53003'],
  },
  {
    text: "the laptop you sent for our new starter has been sat on the 'setting up for work' screen for over an hour, now says something went wrong 0x800705b4",
    company: null,
    expected: ['t-autopilot-esp-stuck'],
  },
  {
    text: 'L1: reset a returned laptop for reissue, OOBE errors 80180014 as soon as I sign in',
    company: null,
    expected: ['t-autopilot-esp-stuck'],
  },
  {
    text: "every time i shut down it installs updates then says couldn't complete, undoing changes. been like it a week, takes forever",
    company: null,
    expected: ['t-windows-update-failing'],
  },
  {
    text: "logged on this morning and all my desktop icons are gone and the background's the default blue one. a box popped up about a temporary profile?",
    company: null,
    expected: ['t-temp-profile'],
  },
  {
    text: 'printer in the back office says offline on my laptop but Emma can print to it fine',
    company: null,
    expected: ['t-printer-offline-queue'],
  },
  {
    text: "Laptop's come up with a blue screen asking for a recovery key, 48 digits?? I don't have any key. It was doing a BIOS update last night",
    company: null,
    expected: ['t-bitlocker-recovery-key'],
  },
  {
    text: "My pc is sooo slow, takes 10 mins to open anything. it's a proper dinosaur to be fair",
    company: null,
    expected: ['t-slow-pc-triage'],
  },
  {
    text: 'Only one of my screens comes on when I plug my macbook into the docking station',
    company: null,
    expected: ['t-dock-monitors-not-detected'],
  },
  {
    text: 'nobody can hear me on calls but I can hear them. Jabra headset. Worked yesterday!',
    company: null,
    expected: ['t-teams-audio-webcam'],
  },
  {
    text: "camera just shows black in meetings, there's a little slidey thing on top of the laptop is that it?",
    company: null,
    expected: ['t-teams-audio-webcam'],
  },
  {
    text: "my laptop won't go on the wifi at work, keeps asking for a password which I don't know, everyone else is fine",
    company: null,
    expected: ['t-wifi-wont-connect'],
  },
  {
    text: "vpn sits at 98% then gives up. wfh today and can't get to the S drive",
    company: null,
    expected: ['t-forticlient-vpn-errors'],
  },
  {
    text: 'L1: 3 PCs in the upstairs office have 169.254 addresses, rest of the floor fine',
    company: null,
    expected: ['t-no-internet-dhcp-dns'],
  },
  {
    text: 'whole office has no internet!! phones are down too. Stockport office',
    company: null,
    expected: ['t-site-internet-outage'],
  },
  {
    text: "Sage accounts won't open this morning, says it can't find the data. Need to do supplier payments today",
    company: null,
    expected: ['t-sage50-cannot-find-data'],
  },
  {
    text: "Since you moved the server over the weekend Line 50 on Jean's machine says unable to open data files. Everyone else ok",
    company: null,
    expected: ['t-sage50-cannot-find-data'],
  },
  {
    text: 'the bullhorn button has disappeared off my outlook',
    company: null,
    expected: ['t-bullhorn-outlook-addin'],
  },
  {
    text: "Carers notes from the phones aren't showing up on the office computer, there's a little orange symbol on the phones",
    company: null,
    expected: ['t-nourish-not-syncing'],
  },
  {
    text: 'card reader on till 2 keeps saying no connection, customers queuing out the door',
    company: null,
    expected: ['t-eposnow-card-terminal'],
  },
  {
    text: "I think I've done something daft, clicked a link in an email from 'DocuSign' and put my email password in. Then the page just went blank.",
    company: null,
    expected: ['t-phishing-clicked'],
  },
  {
    text: "Is this email legit? 'Your mailbox storage is 98% full, click here to upgrade' from Microsoft Support",
    company: null,
    expected: ['t-phishing-clicked'],
  },
  {
    text: "Loads of my contacts are ringing saying they've had a weird invoice email from me, I never sent it!",
    company: null,
    expected: ['t-account-compromise'],
  },
  {
    text: 'Getting bounce: 550 5.1.8 Access denied, bad outbound sender when sending anything at all. Can receive fine',
    company: null,
    expected: ['t-account-compromise'],
  },
  {
    text: 'FW: [SentinelOne] Threat detected on LAPTOP-0423 - Malicious file quarantined - C:\\Users\\amy\\Downloads\\invoice_8832.zip - Status: Mitigated. Please advise',
    company: null,
    expected: ['t-edr-alert-triage'],
  },
  {
    text: "pop up on my screen saying threat found and removed, is that ok? I'd just opened an attachment from a company I don't know",
    company: null,
    expected: ['t-edr-alert-triage', 't-phishing-clicked'],
  },
  {
    text: "Left my work laptop on the train to Leeds last night, Northern say they haven't got it. What do I do?",
    company: null,
    expected: ['t-lost-stolen-device'],
  },
  {
    text: "We've got a new admin assistant starting on the 3rd, Josh Pearce, can he have the same as Lisa please",
    company: null,
    expected: ['t-new-starter-checklist'],
  },
  {
    text: "Gemma's last day is Friday, can her emails come to me after and can you turn everything off for her",
    company: null,
    expected: ['t-leaver-process'],
  },
  {
    text: 'desk phone just says No Service on the screen',
    company: null,
    expected: ['t-yealink-registration-failed'],
  },
  {
    text: "when I ring customers on the desk phone they can't hear me but I can hear them fine",
    company: null,
    expected: ['t-yealink-registration-failed'],
  },
  {
    text: "photocopier won't scan to email anymore, says send error. worked last week",
    company: null,
    expected: ['t-scan-to-email-stopped'],
  },
  {
    text: "Outlook keeps telling me my mailbox is full and now I can't send anything",
    company: null,
    expected: null,
  },
  {
    text: "Sage payroll won't let me submit the FPS to HMRC, says something about gateway credentials",
    company: null,
    expected: null,
  },
  {
    text: 'need to set up a Teams webinar with a registration form for our client event next month, how do I do it?',
    company: null,
    expected: null,
  },
  { text: "Need toner for the Kyocera in reception, it's flashing at me", company: null, expected: null },
  {
    text: 'Can we get a quote for 3 new laptops for the sales team please, something decent',
    company: null,
    expected: null,
  },
  { text: 'The dishwasher in the staff kitchen is leaking again', company: null, expected: null },
  {
    text: 'Can you set up DKIM and DMARC for the new domain we bought for the rebrand?',
    company: null,
    expected: null,
  },
  {
    text: "When's my PC getting upgraded to Windows 11? Mine still says 10 and Dave's has changed",
    company: null,
    expected: null,
  },
  {
    text: 'Can you set up single sign on for Xero so we can log in with our Microsoft accounts',
    company: null,
    expected: null,
  },
  {
    text: "Our website's showing a 'not secure' warning since yesterday, certificate run out?",
    company: null,
    expected: null,
  },
  {
    text: 'Excel crashes every time I open the stock sheet with the macros in, other spreadsheets fine',
    company: null,
    expected: null,
  },
  {
    text: "The recording of yesterday's all-hands isn't in the meeting chat, where's it gone?",
    company: null,
    expected: null,
  },
  {
    text: "Can you change the message callers hear when we're closed over Christmas on the main line",
    company: null,
    expected: null,
  },
  {
    text: "Can you update my bank details for my wages please, I've moved banks",
    company: null,
    expected: null,
  },
  {
    text: "Hi, can't get onto the placements drive from home, the forti thing just shows a blank white box when I click connect. Leeds desk. Thanks, Ryan",
    company: pennine,
    expected: ['t-pennine-remote-access', 't-forticlient-vpn-errors'],
  },
  {
    text: 'Need access to the compliance folder for right to work checks please, I moved into the compliance team this week',
    company: pennine,
    expected: ['t-pennine-remote-access'],
  },
  {
    text: "bullhorn keeps saying I'm not assigned when I try to log in? AADSTS50105",
    company: pennine,
    expected: ['t-pennine-bullhorn'],
  },
  {
    text: "My emails aren't logging against candidates in BH anymore, says the sync is disconnected. Changed my password Monday if that matters",
    company: pennine,
    expected: ['t-pennine-bullhorn', 't-bullhorn-outlook-addin'],
  },
  {
    text: 'Can you reset my Bullhorn password please, locked myself out',
    company: pennine,
    expected: ['t-pennine-bullhorn'],
  },
  {
    text: "The LinkedIn plug in for BH isn't showing in my browser, I use Edge",
    company: pennine,
    expected: ['t-pennine-bullhorn'],
  },
  {
    text: 'Two new consultants starting Monday in Leeds - Aisha Khan and Tom Bell. Same as the rest of the Leeds desk please. Hayley',
    company: pennine,
    expected: ['t-pennine-starters-leavers', 't-new-starter-checklist'],
  },
  {
    text: "Danny has handed his notice in and he's off to a competitor, he's on gardening leave as of now. Please shut his access off asap",
    company: pennine,
    expected: ['t-pennine-starters-leavers', 't-leaver-process'],
  },
  {
    text: "Sent my CVs to print 3 times and nothing's coming out when I tap my pass on the big Canon",
    company: pennine,
    expected: ['t-pennine-printing'],
  },
  {
    text: "how do I scan something to my own email on the copier in Manchester? there's no email option like my last job",
    company: pennine,
    expected: ['t-pennine-printing'],
  },
  {
    text: 'Leeds printer showing offline for everyone',
    company: pennine,
    expected: ['t-printer-offline-queue', 't-pennine-printing'],
  },
  {
    text: 'teams keeps crashing when it starts, just goes white then closes',
    company: pennine,
    expected: ['t-teams-clear-cache'],
  },
  {
    text: 'Can you turn on call recording for all our Teams numbers? compliance want it for the consultants',
    company: pennine,
    expected: null,
  },
  {
    text: "Hi the handsets at The Willows keep going offline in the east wing rooms and carers are worried they're losing the notes? Regards, Sandra (Deputy Manager)",
    company: oakhaven,
    expected: ['t-oakhaven-nourish-devices', 't-nourish-not-syncing'],
  },
  {
    text: 'one of the carer phones at Meadowbank is stuck on the app screen and I need to get into the settings to put it on the wifi',
    company: oakhaven,
    expected: ['t-oakhaven-nourish-devices'],
  },
  {
    text: "Smashed handset at Ashgrove, screen's completely gone. Can we have a new one today please",
    company: oakhaven,
    expected: ['t-oakhaven-nourish-devices'],
  },
  {
    text: 'Carer at Fernlea has forgotten her pin for the care app',
    company: oakhaven,
    expected: ['t-oakhaven-nourish-devices'],
  },
  {
    text: "Mrs Patel's son can't get his laptop on the visitor wifi, says code not valid",
    company: oakhaven,
    expected: ['t-oakhaven-site-network'],
  },
  {
    text: "Resident in room 12 got an Alexa for Christmas and it won't connect to the wifi, family asking if we can sort it",
    company: oakhaven,
    expected: ['t-oakhaven-site-network'],
  },
  {
    text: "Call bells on the first floor at Oakhaven House aren't showing on the panel",
    company: oakhaven,
    expected: ['t-oakhaven-site-network'],
  },
  {
    text: "Internet's down at Ashgrove, nobody can get on anything",
    company: oakhaven,
    expected: ['t-oakhaven-site-network', 't-site-internet-outage'],
  },
  {
    text: "The meds system won't load on the nurses station pc at Meadowbank, 8pm round soon!",
    company: oakhaven,
    expected: ['t-oakhaven-nurse-station-pcs'],
  },
  {
    text: "Can you set up one login for the nurses station that everyone can use? It'd save loads of time at handover",
    company: oakhaven,
    expected: ['t-oakhaven-nurse-station-pcs'],
  },
  {
    text: 'New senior carer starting at The Willows next Monday, Chantelle Ward. Thanks, HR',
    company: oakhaven,
    expected: ['t-oakhaven-starters-leavers', 't-new-starter-checklist'],
  },
  {
    text: "We've got an agency nurse doing nights all month, can she have an email and a login",
    company: oakhaven,
    expected: ['t-oakhaven-starters-leavers'],
  },
  {
    text: "Had an email from 'CQC' asking me to log in to see our inspection report, looks a bit off?",
    company: oakhaven,
    expected: ['t-phishing-clicked'],
  },
  {
    text: "Finance at head office can't get on the VPN from home, forticlient says -7200",
    company: oakhaven,
    expected: ['t-forticlient-vpn-errors'],
  },
  {
    text: "The staff rota app keeps logging all the carers out every day, can you look? It's the one on their own phones",
    company: oakhaven,
    expected: null,
  },
  {
    text: "Till 3 in the beer garden keeps losing its card machine when we're rammed. Becky",
    company: irwell,
    expected: ['t-irwell-taproom-tills', 't-eposnow-card-terminal'],
  },
  {
    text: "kitchen isn't getting the food orders through from the bar tonight, the printer's just sat there",
    company: irwell,
    expected: ['t-irwell-taproom-tills'],
  },
  {
    text: "Internet's gone off in the taproom and it's Saturday, will the tills still work??",
    company: irwell,
    expected: ['t-irwell-taproom-tills', 't-irwell-site-network'],
  },
  {
    text: "The brew sheet tablet keeps dropping the wifi when I'm down by the fermenters. Dan",
    company: irwell,
    expected: ['t-irwell-site-network'],
  },
  {
    text: "Windows wants to restart the brewhouse PC for updates, can I let it? we're mid brew",
    company: irwell,
    expected: ['t-irwell-site-network'],
  },
  {
    text: 'Keg labels are coming out half on one label half on the next, new roll went in this morning',
    company: irwell,
    expected: ['t-irwell-label-printing'],
  },
  {
    text: 'labels from breww printing tiny in the corner of the sticker',
    company: irwell,
    expected: ['t-irwell-label-printing'],
  },
  {
    text: "Sage says it can't find the company data on Tom's laptop, he's working from home today",
    company: irwell,
    expected: ['t-sage50-cannot-find-data'],
  },
  {
    text: "I've had loads of notifications saying approve sign in, I haven't been logging in anywhere, should I be worried? Tom",
    company: irwell,
    expected: ['t-account-compromise'],
  },
  {
    text: 'Our tills need the new beer list and prices putting on, can you add the new cans and take off the old IPA?',
    company: irwell,
    expected: null,
  },
  {
    text: "Do you look after turnstile ticket scanners like the football club's? we're hiring some in for the beer festival gate",
    company: irwell,
    expected: null,
  },
  {
    text: 'Gate scanners all saying offline, kick off in 40 mins!!! Gaz',
    company: mosslane,
    expected: ['t-mosslane-matchday-network'],
  },
  {
    text: "press box wifi code doesn't work, got a reporter from the MEN here",
    company: mosslane,
    expected: ['t-mosslane-matchday-network'],
  },
  {
    text: 'Live stream keeps buffering from the press box, viewers moaning on facebook',
    company: mosslane,
    expected: ['t-mosslane-matchday-network'],
  },
  {
    text: 'Copier in the office says send failed when I scan the team sheet to email',
    company: mosslane,
    expected: ['t-mosslane-office-mfd', 't-scan-to-email-stopped'],
  },
  {
    text: "scans come through to me fine but when I send to the league's address it bounces",
    company: mosslane,
    expected: ['t-mosslane-office-mfd'],
  },
  {
    text: "New commercial volunteer Phil needs the commercial@ inbox, and Pete who stood down at the AGM shouldn't have it anymore. Linda (Sec)",
    company: mosslane,
    expected: ['t-mosslane-volunteer-accounts', 't-shared-mailbox-not-showing'],
  },
  {
    text: 'one of the U14s coaches wants access to the academy emails',
    company: mosslane,
    expected: ['t-mosslane-volunteer-accounts'],
  },
  {
    text: "Why can't I download Word on my laptop? I'm on the committee, it says I need to buy it",
    company: mosslane,
    expected: ['t-mosslane-volunteer-accounts', 't-office-unlicensed'],
  },
  {
    text: "can't get the club emails in the Outlook app on my own laptop, it's blocking me, something about the device needing to be managed",
    company: mosslane,
    expected: ['t-mosslane-volunteer-accounts', 't-ca-blocked-53003'],
  },
  {
    text: 'Lost my phone at the away game at Chorley last night, it had the club email on it',
    company: mosslane,
    expected: ['t-lost-stolen-device'],
  },
  {
    text: "GM's laptop not showing anything on the screens when it's in the dock, knackered?",
    company: mosslane,
    expected: ['t-dock-monitors-not-detected'],
  },
  {
    text: "Can we get the club website updated with the new kit sponsor's logo before Saturday?",
    company: mosslane,
    expected: null,
  },
];
