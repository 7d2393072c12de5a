/**
 * Set AC: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as the clients of Rangitoto IT, a small Auckland MSP documenting in IT Glue, write them.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AC_CLIENTS } from './articles.ts';

const { physio, packhouse, trust, accountants } = SET_AC_CLIENTS;

export const SET_AC_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- Outlook / Exchange
  {
    text: 'outlook keeps closing itself the second i open it. restarted twice. got a client meeting at 2 so kinda urgent\n\ncheers\nMere',
    company: accountants,
    expected: ['ac-outlook-profile-rebuild'],
  },
  {
    text: "L1 note: user's outlook asks for pw every few mins, she types the right one and it pops straight back up. webmail fine. cleared cred mgr, no joy. pls advise",
    company: packhouse,
    expected: ['ac-outlook-profile-rebuild'],
  },
  {
    text: 'When I type a client name into the box at the top of my emails nothing comes up, even tho I know there are heaps from them. Was fine last week?',
    company: accountants,
    expected: ['ac-outlook-search'],
  },
  {
    text: 'Hi team, Tayla has started on reception at Botany and needs to see the botany@ emails and reply from that address too. Thanks heaps, Jess (Ops Manager)',
    company: physio,
    expected: ['ac-kp-new-physio', 'ac-shared-mailbox'],
  },
  {
    text: "When we send from admin@ the sent copy lands in OUR own sent folder not admin's one. Partners want them all in one place so anyone can see what went out. Can this be changed?",
    company: accountants,
    expected: ['ac-shared-mailbox'],
  },
  {
    text: "Kia ora, getting a yellow warning that I'm nearly out of room for my emails, and a couple of people said their emails to me came back",
    company: trust,
    expected: ['ac-mailbox-full-archive'],
  },
  {
    text: "Our freight co says they've emailed the Feb invoice 3 times and we've got nothing, not in junk either. Sender is accounts@ a transport company. can you look",
    company: packhouse,
    expected: ['ac-email-quarantine'],
  },
  {
    text: '---------- Forwarded message ---------\nFrom: Sione <sione@clientbiz.co.nz>\nSubject: Undeliverable: GST docs\n\nHi Priya, I tried sending these this morning and got this back, something about 550 5.7.1? \n\n--\nPriya can you get IT to look please - Karen',
    company: accountants,
    expected: ['ac-email-quarantine'],
  },
  {
    text: "Can you set it up so Aroha can run Graham's diary, accept his meetings etc. She's his EA now. He still wants copies.",
    company: accountants,
    expected: ['ac-calendar-delegation'],
  },
  {
    text: 'one of the trustees wants work email on her iPhone, she tried putting it in the normal apple mail thing and it just says cannot verify',
    company: trust,
    expected: ['ac-mobile-outlook-setup'],
  },
  {
    text: 'in the zui this morning on teams nobody could hear me but i could hear everyone. using the laptop by itself no headset',
    company: trust,
    expected: ['ac-teams-meeting-av'],
  },
  {
    text: 'teams is just a white box and never loads. ive closed and opened it heaps',
    company: physio,
    expected: ['ac-teams-client-reset'],
  },
  {
    text: 'Teams wont let me in, picks my account then goes back to the pick an account screen, round and round. error caa2000b',
    company: packhouse,
    expected: ['ac-teams-client-reset'],
  },
  {
    text: 'Red crosses on some of my files in the client folders and the little cloud down the bottom has a red thing on it',
    company: accountants,
    expected: ['ac-onedrive-sync'],
  },
  {
    text: 'Stuff I save on my laptop isnt showing up for Hemi when he looks in the same folder. Bottom right just says processing changes for ages',
    company: trust,
    expected: ['ac-onedrive-sync'],
  },
  {
    text: 'Hemi sent me a link to the Pūtea folder and it says I need permission. I pressed the ask button two days ago and nothing has happened',
    company: trust,
    expected: ['ac-sharepoint-access'],
  },
  {
    text: "We need to give a client's lawyer a place to upload documents for an estate. They're not staff. What's the safe way to do this?",
    company: accountants,
    expected: ['ac-sharepoint-access'],
  },
  {
    text: 'word has a red bar along the top saying unlicenced product and half the buttons are greyed out',
    company: packhouse,
    expected: ['ac-m365-licensing'],
  },
  {
    text: 'got a new phone and now cant get into my emails because the approve thing goes to my old phone which i traded in at noel leeming',
    company: physio,
    expected: ['ac-mfa-new-phone'],
  },
  {
    text: "Hi, dropped my phone off the wharf (long story) so I can't do the code thing to sign in. On my laptop, need to get in today for a client. Can call me on the office landline 09 555 0182",
    company: accountants,
    expected: ['ac-mfa-new-phone'],
  },
  {
    text: 'forgot my password after the holidays sorry, can someone reset it pls',
    company: trust,
    expected: ['ac-password-reset-sspr'],
  },
  {
    text: "it says my password has expired and to make a new one but it won't take anything I type, tried 6 different ones",
    company: packhouse,
    expected: ['ac-password-reset-sspr'],
  },
  {
    text: 'L1: user locked out 3rd time today, unlocked each time. she changed pw monday. something keeps locking her. whats the source?',
    company: physio,
    expected: ['ac-account-lockout'],
  },
  {
    text: "Kia orana from Rarotonga! At a wedding and can't get into my email, says you cannot access this right now. Need to check one thing for a client before Monday. Any chance?",
    company: accountants,
    expected: ['ac-conditional-access-blocked'],
  },
  {
    text: 'trying to get into outlook on my home computer and it says my device needs to be managed by the organisation, 53000',
    company: physio,
    expected: ['ac-conditional-access-blocked'],
  },
  // ---------------------------------------------------------------- Network
  {
    text: "laptop won't join the office wifi, says can't connect to this network. my phone is on it fine",
    company: trust,
    expected: ['ac-wifi-connect'],
  },
  {
    text: 'Wifi says connected but no internet on my laptop. Everyone else in the office is fine',
    company: accountants,
    expected: ['ac-wifi-connect'],
  },
  {
    text: 'working from home today, the forti thing gets to 98% then gives up. tried 4 times',
    company: packhouse,
    expected: ['ac-vpn-forticlient'],
  },
  {
    text: 'At a motel in Whakatāne for the hui, trying to connect back to the office drives and the vpn says error -14 server may be unreachable',
    company: trust,
    expected: ['ac-vpn-forticlient'],
  },
  {
    text: 'the S drive has vanished off my computer!! had all the season spreadsheets on there',
    company: packhouse,
    expected: ['ac-mapped-drive-missing'],
  },
  {
    text: "Can't get onto the ANZ website on my laptop, just says this site can't be reached. Works on my phone",
    company: accountants,
    expected: ['ac-dns-web-filtering'],
  },
  {
    text: 'tried to open a physio CPD course site and got a page saying blocked by your organization, category uncategorized. can you unblock please, need it for my hours',
    company: physio,
    expected: ['ac-dns-web-filtering'],
  },
  {
    text: 'whole office has no internet since 8, the white box on the wall in the kitchen has a red light on it',
    company: trust,
    expected: ['ac-internet-outage'],
  },
  {
    text: "Ponsonby has no internet, can't get into the practice software, got patients waiting at the desk",
    company: physio,
    expected: ['ac-kp-clinic-network', 'ac-internet-outage'],
  },
  {
    text: 'the new CCTV installer wants us to forward some ports on the router so they can look at the cameras from their phone. what do we tell them',
    company: trust,
    expected: ['ac-firewall-change-request'],
  },
  // ---------------------------------------------------------------- Endpoints
  {
    text: 'computer is soooo slow. takes 10 mins to start and excel freezes constantly. its driving me nuts',
    company: accountants,
    expected: ['ac-slow-pc'],
  },
  {
    text: 'reception pc at Albany is crawling, fan is going mad',
    company: physio,
    expected: ['ac-slow-pc'],
  },
  {
    text: 'laptop has been on "undoing changes made to your computer" for over an hour. do I turn it off?',
    company: trust,
    expected: ['ac-windows-update'],
  },
  {
    text: "Laptop came up blue asking for a recovery key, 48 digits?? I don't have any key. Was working fine yesterday, IT did some update thing overnight",
    company: accountants,
    expected: ['ac-bitlocker-recovery'],
  },
  {
    text: "L1: BL recovery screen, key ID starts 4F2A81C0, can't see any key under the device in Intune. user on the phone now",
    company: packhouse,
    expected: ['ac-bitlocker-recovery'],
  },
  {
    text: 'new laptop arrived today, turned it on, got to the setting up bit and now says something went wrong 80180014',
    company: trust,
    expected: ['ac-autopilot-setup'],
  },
  {
    text: 'Setting up the new Dell for Sam. Been on "setting up for work or school - apps (1 of 6)" for an hour then failed with 0x800705b4',
    company: accountants,
    expected: ['ac-autopilot-setup'],
  },
  {
    text: "Printed my docs 3 times and nothing came out, now there's a pile of stuff stuck waiting and I can't delete them",
    company: accountants,
    expected: ['ac-printer-offline'],
  },
  {
    text: "the big copier in the office won't send scans to email anymore, just says send error. since monday",
    company: trust,
    expected: ['ac-scan-to-email'],
  },
  {
    text: 'scan to me from the konica in the admin building not working, the screen says SMTP authentication failed',
    company: packhouse,
    expected: ['ac-scan-to-email'],
  },
  {
    text: 'only one of my two screens works when I plug into the desk thing',
    company: accountants,
    expected: ['ac-dock-monitors'],
  },
  {
    text: 'monitors flicker off and on every few seconds with the dell dock, makes me feel sick',
    company: physio,
    expected: ['ac-dock-monitors'],
  },
  {
    text: 'no sound at all from my laptop, youtube nothing, the speaker icon down the bottom has a little red x',
    company: packhouse,
    expected: ['ac-audio-headset'],
  },
  {
    text: "lost my phone that had the xero code app on it, now can't log into xero. month end tomorrow",
    company: accountants,
    expected: ['ac-xero-access-2fa'],
  },
  {
    text: "MYOB says the file is in use by someone else but everyone's out of the office today",
    company: trust,
    expected: ['ac-myob-accountright'],
  },
  {
    text: 'cant open the payroll file in myob, says unable to open company file online and wants me to sign in again, which I did',
    company: packhouse,
    expected: ['ac-myob-accountright'],
  },
  {
    text: 'PDFs keep opening in Edge instead of Adobe, and when I open Adobe it says sign in to continue',
    company: accountants,
    expected: ['ac-adobe-acrobat'],
  },
  {
    text: "I clicked a docusign link from a physio I don't know and put my email password in and then the page went blank.. I think that was a mistake sorry",
    company: physio,
    expected: ['ac-phishing-response', 'ac-compromised-account'],
  },
  {
    text: 'got an email from "IRD" saying refund pending, clicked it before I realised. Didnt type anything in. what now',
    company: accountants,
    expected: ['ac-phishing-response'],
  },
  {
    text: 'Fwd: Your Microsoft 365 password expires today\n\n-----Original Message-----\nFrom: Microsoft Security <no-reply@micros0ft-365.support-desk.com>\nSubject: Action required\n\nis this real? half the office got it',
    company: packhouse,
    expected: ['ac-phishing-response'],
  },
  {
    text: 'Several people rang to say they got a weird "shared a document with you" email from me this morning. I didn\'t send anything!!',
    company: trust,
    expected: ['ac-compromised-account'],
  },
  {
    text: 'Defender alert: Suspicious inbox forwarding rule, user at Kinetic Botany. Rule forwards everything to a gmail.',
    company: physio,
    expected: ['ac-compromised-account'],
  },
  {
    text: 'Supplier (packaging) emailed saying their bank account has changed, new details on the attached letterhead. Accounts about to pay $38k today. Is this legit??',
    company: packhouse,
    expected: ['ac-invoice-fraud'],
  },
  {
    text: 'One of our clients says they paid our fee invoice into a different account after getting an email from "us" with new bank details. We never sent that. Partners are freaking out',
    company: accountants,
    expected: ['ac-invoice-fraud', 'ac-compromised-account'],
  },
  {
    text: 'My work laptop got nicked out of my car in Ponsonby last night. Police report done. What do I need to do?',
    company: physio,
    expected: ['ac-lost-stolen-device'],
  },
  {
    text: 'lost my work phone somewhere in the orchard block out the back of Te Puke, battery probably dead by now',
    company: packhouse,
    expected: ['ac-lost-stolen-device'],
  },
  {
    text: 'New kaimahi starting Monday in the housing team, Rawiri Ngata. Needs email, a laptop and to be in the Housing channel. Ngā mihi',
    company: trust,
    expected: ['ac-onboarding-standard'],
  },
  {
    text: 'new payroll officer starting 1st of the month, full time, NOT a seasonal. needs the usual office setup',
    company: packhouse,
    expected: ['ac-onboarding-standard'],
  },
  {
    text: "Sarah's last day is Friday. Can her emails come to me after she goes and can I get into her files?",
    company: accountants,
    expected: ['ac-offboarding-standard'],
  },
  {
    text: 'Kia ora, our finance manager has resigned effective immediately. Please cut off all her access now. She is in a meeting with the CEO until 11.',
    company: trust,
    expected: ['ac-offboarding-standard'],
  },
  {
    text: 'I deleted a whole client folder in the shared documents yesterday arvo by accident, please help!!!',
    company: accountants,
    expected: ['ac-restore-files'],
  },
  {
    text: 'someone saved over the bin tally spreadsheet with wrong numbers. can we get the one from Tuesday back',
    company: packhouse,
    expected: ['ac-restore-files'],
  },
  {
    text: 'Need a document back that got deleted about 6 months ago from the board folder, the minutes from the July hui',
    company: trust,
    expected: ['ac-restore-files'],
  },
  {
    text: 'emptied my deleted items by accident and there was an important ACC email in there from last week',
    company: physio,
    expected: ['ac-restore-email'],
  },
  {
    text: 'Hi guys, couple of things - my second screen stopped working on the dock, and outlook has started crashing every time I open it. Also (not urgent) can Aroha see my calendar. Thanks, Graham',
    company: accountants,
    expected: ['ac-dock-monitors', 'ac-outlook-profile-rebuild', 'ac-calendar-delegation'],
  },
  {
    text: 'new phone - cant do the approve on it, AND xero wants a code too from the old phone. gah',
    company: packhouse,
    expected: ['ac-mfa-new-phone', 'ac-xero-access-2fa'],
  },
  // ---------------------------------------------------------------- Kinetic Physio runbooks
  {
    text: 'the practice software diary is taking forever to load at Botany, other websites are fine',
    company: physio,
    expected: ['ac-kp-gensolve'],
  },
  {
    text: "invoice won't come up to print from gensolve, I click print and nothing pops up at all",
    company: physio,
    expected: ['ac-kp-gensolve'],
  },
  {
    text: 'patients saying the free wifi in the waiting room doesnt bring up the page where you tick the box',
    company: physio,
    expected: ['ac-kp-clinic-network'],
  },
  {
    text: 'we had a staff member leave on bad terms at Albany and she knows the staff wifi password. can we change it?',
    company: physio,
    expected: ['ac-kp-clinic-network'],
  },
  {
    text: 'front desk printer at Papakura says replace drum even though we just put a new one in. also running low on toner can we get more sent',
    company: physio,
    expected: ['ac-kp-reception-printers'],
  },
  {
    text: "the scans of referral letters from the front desk machine aren't turning up in the referrals inbox anymore",
    company: physio,
    expected: ['ac-kp-reception-printers', 'ac-scan-to-email'],
  },
  {
    text: "We've got a new grad physio starting at Takapuna on the 3rd, Liam Chen. Usual setup please.\n\nThanks,\nJess Whiu | Ops Manager | Kinetic Physio Group",
    company: physio,
    expected: ['ac-kp-new-physio', 'ac-onboarding-standard'],
  },
  {
    text: 'locum coming for 6 weeks from Monday to cover Ponsonby, what access will she get and will it turn off by itself?',
    company: physio,
    expected: ['ac-kp-new-physio'],
  },
  // ---------------------------------------------------------------- Kaimai Coast Packers runbooks
  {
    text: 'bin card printer on line 2 spitting out blank labels',
    company: packhouse,
    expected: ['ac-pk-zebra-labels'],
  },
  {
    text: 'pallet label printer flashing red and says head open. it isnt open, ive shut it like 10 times',
    company: packhouse,
    expected: ['ac-pk-zebra-labels'],
  },
  {
    text: 'all the grading PCs say cant connect to database since the power cut this morning. line is stopped!!! ring Tama on 027 555 0143',
    company: packhouse,
    expected: ['ac-pk-packpro'],
  },
  {
    text: 'end of day send to Zespri failed from the packhouse system last night, says timeout',
    company: packhouse,
    expected: ['ac-pk-packpro'],
  },
  {
    text: '32 new seasonals starting monday, list attached. they need logins for the rosters and timesheets. some from Vanuatu, some locals',
    company: packhouse,
    expected: ['ac-pk-seasonal-onboarding'],
  },
  {
    text: "the computer in the smoko room is frozen on one screen and won't let the next person on",
    company: packhouse,
    expected: ['ac-pk-seasonal-onboarding'],
  },
  {
    text: 'the scanner guns in the coolstore keep dropping out, boys have to walk back to the door to get them going again',
    company: packhouse,
    expected: ['ac-pk-site-wireless'],
  },
  {
    text: 'after last nights storm nothing over at the coolstore has any network, packhouse side is fine',
    company: packhouse,
    expected: ['ac-pk-site-wireless'],
  },
  // ---------------------------------------------------------------- Te Rūnanga o Manawa runbooks
  {
    text: "cant open the registrations app, it says I don't have permission to view this data. I'm new in the team, Ana said it was ok",
    company: trust,
    expected: ['ac-tm-registry'],
  },
  {
    text: 'people are filling in the register form on our website but nothing new has come through to us since Thursday',
    company: trust,
    expected: ['ac-tm-registry'],
  },
  {
    text: "Matua Matiu can't see the papers for next week's poari hui on his ipad. Kiri says she put them up yesterday",
    company: trust,
    expected: ['ac-tm-boardpro'],
  },
  {
    text: 'We have a new trustee elected at the AGM, Huia Tane. Can she be set up with whatever the other trustees have please',
    company: trust,
    expected: ['ac-tm-boardpro'],
  },
  {
    text: "the big TV in the boardroom - the people online can hear us but we can't hear them at all",
    company: trust,
    expected: ['ac-tm-boardroom-av'],
  },
  {
    text: 'AGM is next month and we want whānau in Aussie to be able to watch it live. how do we do that with the room gear?',
    company: trust,
    expected: ['ac-tm-boardroom-av'],
  },
  {
    text: 'karahipi applicants ringing to say they never got their confirmation email after applying',
    company: trust,
    expected: ['ac-tm-grants'],
  },
  {
    text: 'our new grants advisor starts next week and needs to be able to assess in smartygrants and see the pūtea inbox',
    company: trust,
    expected: ['ac-tm-grants', 'ac-shared-mailbox'],
  },
  // ---------------------------------------------------------------- Whitcombe Rata runbooks
  {
    text: "the FYI button has vanished off my outlook, can't file emails",
    company: accountants,
    expected: ['ac-wr-fyi'],
  },
  {
    text: "when I open a workpaper from FYI it says read only and I can't save my changes back",
    company: accountants,
    expected: ['ac-wr-fyi'],
  },
  {
    text: 'myir locked me out after I put the wrong code in, and I have a return to file TODAY',
    company: accountants,
    expected: ['ac-wr-myir'],
  },
  {
    text: 'Xero Tax has a banner saying the IRD connection needs reauthorising, can you do it?',
    company: accountants,
    expected: ['ac-wr-myir'],
  },
  {
    text: "my little desk scanner isn't showing up on the computer anymore, press the button and nothing happens",
    company: accountants,
    expected: ['ac-wr-scanning'],
  },
  {
    text: 'client dropped off 2 boxes of shoebox receipts, whats the best way to get them into their file',
    company: accountants,
    expected: ['ac-wr-scanning'],
  },
  {
    text: 'Two grads starting 10 Feb, names below. Please set them up with everything.\n\nKaren Hollis\nPractice Manager',
    company: accountants,
    expected: ['ac-wr-onboarding', 'ac-onboarding-standard'],
  },
  // ---------------------------------------------------------------- Unattributed / internal
  {
    text: 'L1: caller wouldn\'t give company, her phone shows "your organisation\'s data cannot be pasted here" when she copies from outlook into messenger',
    company: null,
    expected: ['ac-mobile-outlook-setup'],
  },
  {
    text: 'walk-in at the front desk, lady says her laptop wants a bitlocker thing after a bios update, which client is she? anyway how do I get the key',
    company: null,
    expected: ['ac-bitlocker-recovery'],
  },
  // ---------------------------------------------------------------- Unanswerable: hard negatives
  {
    text: "Could you set us up on BoardPro for the monthly partners meeting? Heard it's good for board packs",
    company: accountants,
    expected: null,
  },
  {
    text: 'Our accountants use FYI for all their documents, could we get that too instead of SharePoint?',
    company: trust,
    expected: null,
  },
  {
    text: "how do i change the voicemail greeting on the desk phone at reception, still has the old manager's name",
    company: physio,
    expected: null,
  },
  {
    text: "Can everyone's email signature be updated with the new logo and the CA ANZ badge by next week?",
    company: accountants,
    expected: null,
  },
  {
    text: 'Running a Zoom webinar for our client tax seminar, how do I make the registration page send reminder emails',
    company: accountants,
    expected: null,
  },
  {
    text: "my swipe tag doesn't open the packhouse side door anymore, beeps red",
    company: packhouse,
    expected: null,
  },
  {
    text: 'the alarm at the Botany clinic keeps going off overnight, the monitoring company says a sensor is offline and needs a reset code',
    company: physio,
    expected: null,
  },
  {
    text: "We'd like to move our domain name to a different registrar when it comes up for renewal, can you handle that?",
    company: accountants,
    expected: null,
  },
  {
    text: 'the comms team Mac says Time Machine backup disk not available, hasnt backed up in 3 weeks',
    company: trust,
    expected: null,
  },
  {
    text: 'power bi packout dashboard says refresh failed, something about credentials for the data source',
    company: packhouse,
    expected: null,
  },
  {
    text: 'Can we move our 09 numbers over to Teams so we can answer calls on the laptops instead of the desk phones?',
    company: accountants,
    expected: null,
  },
  {
    text: 'my own iphone keeps nagging that icloud storage is full, can you help clear it out',
    company: physio,
    expected: null,
  },
  {
    text: 'VLOOKUP in the tally sheet keeps giving #N/A even tho the bin number is definitely there',
    company: packhouse,
    expected: null,
  },
  {
    text: 'could we get one of those smoko-room kiosk computers like the packhouse has, for our Takapuna staff room so physios can check rosters?',
    company: physio,
    expected: null,
  },
  {
    text: "heat pump remote in the boardroom doesn't work, changed the batteries, display just flashes E5",
    company: trust,
    expected: null,
  },
  // ---------------------------------------------------------------- Unanswerable: off-topic
  {
    text: 'Who is organising the Xmas do this year? Caterer needs numbers by Friday',
    company: null,
    expected: null,
  },
  {
    text: 'how do I apply for annual leave for the April school holidays?',
    company: physio,
    expected: null,
  },
  {
    text: 'ute WOF due next week, who books it in?',
    company: packhouse,
    expected: null,
  },
  {
    text: 'Is the carpark under the building ours on Saturdays? Need to come in to finish GST',
    company: accountants,
    expected: null,
  },
  {
    text: 'can anyone recommend a caterer for a hui at the marae, about 200 people, hangi ideally',
    company: trust,
    expected: null,
  },
  {
    text: 'test ticket please ignore',
    company: null,
    expected: null,
  },
];
