import type { LabelledTicket } from '../tickets.ts';
import { SET_I_CLIENTS } from './articles.ts';

function t(text: string, company: string | null, expected: string[] | null): LabelledTicket {
  return { text, company, expected };
}

const { harrowgate: HVP, quillfeather: QFM, brindlecourt: BCF, staldric: SAS } = SET_I_CLIENTS;

/**
 * 130 tickets for Set I: 110 answerable, 20 with no answer in the KB (17 hard negatives that share
 * words and symptom area with articles, including tickets about another client's kind of system or
 * about a client system its runbook does not fix, and 3 about products the KB never mentions).
 */
export const SET_I_TICKETS: readonly LabelledTicket[] = [
  // ── Outlook ──
  t('outlok keeps asking for my pasword every 5 mins, I type it in and it just pops up again', null, [
    'i-outlook-password-prompt',
  ]),
  t(
    "Hi, since I changed my password yesterday Outlook has a yellow bar at the bottom that says Need Password and no new emails are coming in. Teams is fine. Can someone help, I'm in consults all afternoon. Thanks, Becky (Fellside)",
    HVP,
    ['i-outlook-password-prompt'],
  ),
  t(
    "user gets 'Something went wrong [1001]' when signing into Outlook, then loops back to the sign in box. rebooted already",
    null,
    ['i-outlook-password-prompt'],
  ),
  t('outlook wont open. says cannot start microsoft outlook the set of folders cannot be opened', null, [
    'i-outlook-profile',
  ]),
  t(
    "search in outlook isnt finding anything, even emails from this morning. there's a message about items still being indexed",
    BCF,
    ['i-outlook-profile'],
  ),
  t('how do I recall an email I sent to the wrong person? sent it 5 mins ago, please hurry', null, null),

  // ── Exchange: shared mailboxes, mail flow, quarantine ──
  t(
    "Please can Priya Nair have access to the accounts@ mailbox from tomorrow, she's covering for Mark while he's on paternity leave. She'll need to send emails as accounts@ too. Approved by Hannah (PM).",
    QFM,
    ['i-shared-mailbox'],
  ),
  t(
    "when i send from the shared inbox the email ends up in MY sent items not the shared one. can that be changed so everyone can see what's been sent?",
    null,
    ['i-shared-mailbox'],
  ),
  t(
    "The Boardroom calendar isn't accepting bookings on its own anymore, people get 'your request is pending' and nobody ever approves them",
    null,
    ['i-shared-mailbox'],
  ),
  t(
    "One of our hauliers says every time he emails planning@ he gets a message back saying it wasn't delivered because he isn't allowed to send to this group. planning@ is the group for the planners. Can we fix that, customers need to be able to email us!",
    BCF,
    ['i-mailflow'],
  ),
  t(
    'Emails to Jess in accounts bounce with 550 5.1.1 recipient not found. She definitely still works here, she just got married and her email address changed last week',
    null,
    ['i-mailflow'],
  ),
  t(
    'got an email saying i have 3 messages in quarantine. how do i get them out, one of them is a quote i need today',
    null,
    ['i-quarantine-junk'],
  ),
  t(
    'Emails from the lab (IDEXX) with the reference lab PDFs keep going into my junk folder, can you stop that happening? Not just me, the other vets too',
    HVP,
    ['i-quarantine-junk'],
  ),

  // ── Teams ──
  t('teams just shows white screen and spins', null, ['i-teams-signin']),
  t('skype wont let me log in, keeps saying error caa70004. tried restarting', BCF, ['i-teams-signin']),
  t(
    "new starter opened teams and it just says 'You're missing out! Ask your admin to enable Microsoft Teams'",
    null,
    ['i-licensing', 'i-teams-signin'],
  ),
  t(
    "Every time I join a client video call it says 'We couldn't start your video'. It worked fine last week. It's just the camera built into the laptop, I haven't changed anything.",
    QFM,
    ['i-teams-av'],
  ),
  t(
    'my jabra headset sounds like a tin can on teams calls (people say i sound muffled too) but music through it sounds fine. its the bluetooth one',
    null,
    ['i-teams-av'],
  ),
  t(
    "We want a proper phone number on Teams for the transport desk so customers can ring it and it rings on everyone's Teams. Can we port our existing BT number over to it?",
    BCF,
    null,
  ),

  // ── OneDrive / SharePoint ──
  t('the cloud drive has red crosses on loads of my files, are they backed up or not?', null, [
    'i-onedrive-sync',
  ]),
  t('OneDrive error code 0x8004de40 when I try to sign in, working from a hotel this week', null, [
    'i-onedrive-sync',
  ]),
  t(
    "HELP - all the icons on my desktop have disappeared and my Documents folder is full of little blue clouds. Is my work gone?? I've got a lesson in 20 minutes and my slides were on the desktop",
    SAS,
    ['i-onedrive-sync'],
  ),
  t(
    "Our videographer's OneDrive is nearly full (1TB) with raw footage. Can you increase it to 5TB for her?",
    null,
    null,
  ),
  t(
    "I get 'You need permission to access this item' when I click the HR site link. I'm the new HR assistant, started Monday",
    null,
    ['i-sharepoint-access'],
  ),
  t(
    "trying to share a folder with the other side's solicitor and it says Your organization's policies don't allow you to share with these users. urgent, completion is friday",
    QFM,
    ['i-sharepoint-access'],
  ),

  // ── Licensing / MFA / passwords ──
  t('word says unlicensed product at the top and everything is greyed out, cant edit my letter', null, [
    'i-licensing',
  ]),
  t(
    "Our new paralegal can only use Word in the browser. When she goes to office.com there's no button to install the desktop apps. Everyone else has them.",
    QFM,
    ['i-licensing'],
  ),
  t(
    'How much would it cost to move all 25 users from Business Standard to Business Premium? Need a figure for the board meeting on Thursday',
    null,
    null,
  ),
  t(
    'got a new phone, how do i move the authenticator app over? old phone has already gone back to vodafone',
    null,
    ['i-mfa'],
  ),
  t(
    "Transport manager Dave lost his phone on the ferry last night. He's at Ellesby now on his laptop but can't get into email because the approve sign in thing goes to his old phone. Can you sort asap and make sure nobody can get into his stuff on the phone",
    BCF,
    ['i-mfa', 'i-mobile'],
  ),
  t(
    'Partners have asked whether they can use YubiKeys instead of the Authenticator app to sign in to 365, several of them refuse to put work apps on their personal phones. Is this possible and how would we set it up?',
    QFM,
    null,
  ),
  t('pasword expired cant log in', null, ['i-password-reset']),
  t(
    "Hi, Lauren in sales keeps getting locked out of her account, it's happened every morning this week around 9. We unlock her and an hour later it's locked again. She's sure she's typing the right password.",
    null,
    ['i-password-reset'],
  ),
  t(
    'Mrs Okafor (Year 5) has forgotten her password and is now locked out, she is in the staffroom, can someone ring her on ext 214',
    SAS,
    ['i-password-reset'],
  ),

  // ── Networking ──
  t('wifi keeps dropping on my laptop every 10 min or so, everyone else around me is fine', null, ['i-wifi']),
  t('my old laptop cant see the office 5G wifi, only the other one without 5G in the name', null, ['i-wifi']),
  t(
    'Clients in the waiting room keep asking for our wifi password. Can we have a separate guest wifi with one of those pages where they agree to terms, so they are not on our staff network?',
    HVP,
    null,
  ),
  t('vpn down', null, ['i-vpn-client']),
  t('getting error 809 on the VPN from the hotel, worked fine at home yesterday', null, ['i-vpn-client']),
  t(
    "The Bursar is working from home today and can't connect to the VPN, it says error 691. She says her password is right.",
    SAS,
    ['i-vpn-client'],
  ),
  t(
    "Client wants a site to site VPN between their office and their new accountant's office so the accountant can get into Sage directly. What do we need to do?",
    null,
    null,
  ),
  t(
    'several pcs in the back office have 169.254 addresses this morning and no network. the ones at the front are fine',
    null,
    ['i-dhcp-dns'],
  ),
  t(
    "intranet page won't load in the office - chrome says DNS_PROBE_FINISHED_NXDOMAIN. google and everything else works fine. only some PCs",
    BCF,
    ['i-dhcp-dns'],
  ),
  t(
    "trying to get onto a supplier website and get a fortiguard access blocked page. can you unblock it please, it's www.partsdirect-uk.com",
    null,
    ['i-web-filter'],
  ),
  t(
    "The online CPD site the vets use is being blocked by the firewall as 'Personal Websites and Blogs'. Can we get it allowed? I'm the practice manager so consider it approved.",
    HVP,
    ['i-web-filter'],
  ),
  t(
    'network point under my desk doesnt work, just moved desks today. laptop says no internet when plugged in, wifi is fine',
    null,
    ['i-switch-port'],
  ),
  t(
    'Whole office network went really slow then dropped completely about 10 mins after the cleaner was in the meeting room. She says she only plugged a loose cable back into the wall. Lights on the switch are going mad.',
    BCF,
    ['i-switch-port'],
  ),

  // ── Windows endpoints ──
  t('the trust relationship between this workstation and the primary domain failed', null, [
    'i-windows-login',
  ]),
  t(
    "logged in this morning and all my stuff is gone, desktop is empty and there's a message about a temporary profile",
    null,
    ['i-windows-login'],
  ),
  t(
    'Can you set the reception PC to sign in automatically without a password? Everyone uses it and nobody remembers the login',
    null,
    null,
  ),
  t('updates keep failing with error 0x8007 something, tried 3 times now', null, ['i-windows-update']),
  t(
    "my PC has been on 'working on updates 30% don't turn off your computer' since 8 this morning. can i turn it off??",
    null,
    ['i-windows-update'],
  ),
  t(
    'Ninja shows the 24H2 feature update failing on ACC-PC07, when I run it manually it says not enough space',
    null,
    ['i-windows-update', 'i-disk-space'],
  ),
  t(
    "laptop came up with a blue screen asking for a long number key, don't know what it is, can't get into windows",
    null,
    ['i-bitlocker'],
  ),
  t(
    "Partner's laptop (QM-LT-019) is asking for a BitLocker recovery key after the Dell update last night. Key ID on screen starts 4F1A. She's in court at 2.",
    QFM,
    ['i-bitlocker'],
  ),
  t(
    'every time I restart with the laptop plugged into the dock it asks me for the recovery key. if I unplug the dock it boots fine',
    null,
    ['i-bitlocker'],
  ),
  t(
    'Need to send a set of deed scans to a client on a USB stick. Can I put a password on the stick with BitLocker or something? How do I do that?',
    QFM,
    null,
  ),
  t('RMM alert: low disk space BCF-LT-044 C: 4% free', BCF, ['i-disk-space']),
  t('second screen not working when i use the dock. laptop screen is fine', null, ['i-docks-monitors']),
  t('after windows updates yesterday both monitors on my displaylink dock are black', null, [
    'i-docks-monitors',
  ]),
  t('computer very slow', null, ['i-slow-pc']),
  t(
    "The pharmacy PC is soooo slow first thing in the morning, fan going crazy, someone said Antimalware Service Executable is using all the CPU. By 10 it's fine.",
    HVP,
    ['i-slow-pc'],
  ),
  t('blue screen DRIVER_POWER_STATE_FAILURE whenever I close the lid', null, ['i-bsod']),
  t(
    "laptop crashed with 'your device ran into a problem' twice today, stop code IRQL_NOT_LESS_OR_EQUAL, lost my work both times",
    BCF,
    ['i-bsod'],
  ),

  // ── Printers / scanners ──
  t('printer says offline but its on and has paper', null, ['i-printer-misc']),
  t("print jobs stuck in the queue and i can't delete them, nobody can print", null, ['i-printer-misc']),
  t('Error 0x0000011b when trying to add the shared printer from the server', null, ['i-printer-misc']),
  t(
    'printer on the 2nd floor is printing everything faded with a grey streak down the left side. we already put a new toner in, no difference',
    QFM,
    null,
  ),
  t(
    "scanner stopped sending emails since yesterday, the copier says it's sent but nothing arrives. we got a new router from the ISP on monday if that matters",
    null,
    ['i-scan-to-email'],
  ),
  t('The Kyocera in the transport office says Send error 1102 when scanning to the shared folder', BCF, [
    'i-scan-to-email',
  ]),

  // ── Line-of-business apps ──
  t('PDFs open in edge instead of adobe', null, ['i-adobe-acrobat']),
  t('Acrobat says my trial has expired but we pay for it??', QFM, ['i-adobe-acrobat']),
  t('sage says unable to connect to the data service', null, ['i-sage']),
  t(
    'Sage 50 says another user is logged in when I try to do the month end but everyone says they are out of it',
    null,
    ['i-sage'],
  ),
  t(
    'Xero bank feed for the Barclays account has stopped pulling in transactions since the 12th, can you reconnect it?',
    null,
    null,
  ),
  t(
    'LexFlow keeps crashing when I try to post my time entries, error says Object reference not set to an instance of an object. Lost a morning of time recording',
    QFM,
    null,
  ),

  // ── Security ──
  t(
    "got a weird email from DocuSign saying I have a document to sign, I wasn't expecting it. didn't click it. is it safe?",
    null,
    ['i-phishing-report'],
  ),
  t(
    "I clicked on a link in an email about my payslip but closed it straight away when it looked odd, I didn't type anything in. Do I need to do anything?",
    SAS,
    ['i-phishing-report'],
  ),
  t(
    'The Bursar would like us to run a fake phishing email test for all staff to see who clicks, then some training for the ones who do. Can you set that up?',
    SAS,
    null,
  ),
  t(
    "loads of my contacts are getting emails from me saying I've shared a document with them, I didn't send them!",
    null,
    ['i-compromised-account'],
  ),
  t(
    "Sales manager can't send any emails, everything bounces with 550 5.1.8 Access denied, bad outbound sender",
    BCF,
    ['i-compromised-account', 'i-mailflow'],
  ),
  t(
    "a pop up on my screen is saying my pc is infected and to call microsoft, it's making a loud beeping noise and I can't close it",
    null,
    ['i-malware-alert'],
  ),
  t('SentinelOne alert on RECEPTION-02: Wave Browser', null, ['i-malware-alert']),

  // ── On/offboarding ──
  t('new starter monday - Tom Baker, sales exec, same access as Jenny please. needs a laptop', null, [
    'i-onboarding',
  ]),
  t(
    "New vet nurse Chloe Adams starts on the 3rd at Fellside. She'll need an email, a login for the computers and VetPoint (RVN). Thanks",
    HVP,
    ['i-onboarding', 'i-hvp-vetpoint'],
  ),
  t(
    "Sarah's last day is friday, please disable her account and give her manager access to her emails",
    null,
    ['i-offboarding'],
  ),
  t(
    "Miss Patel left at half term. The Head wants her OneDrive files kept so her replacement can use her lesson plans. Please don't delete them!",
    SAS,
    ['i-offboarding'],
  ),

  // ── Backup / restore ──
  t("I accidentally deleted a folder off the shared drive this morning, it's Marketing > 2025 Events", null, [
    'i-file-restore',
  ]),
  t("saved over a spreadsheet with the wrong version, can i get yesterday's back? it's on sharepoint", null, [
    'i-file-restore',
  ]),
  t(
    'The backup box in the server cupboard at Carnforth Road (the Datto) is beeping and has an orange light on the front',
    BCF,
    null,
  ),

  // ── Mac / mobile ──
  t('mac keeps asking for login keychain password', null, ['i-mac']),
  t('how do I add the office printer on my macbook', null, ['i-mac']),
  t(
    "My Time Machine backup to my external drive says the backup disk is full and it hasn't backed up in 20 days",
    null,
    null,
  ),
  t('how do i get work email on my iphone? the normal mail app says access restricted', null, ['i-mobile']),
  t(
    "outlook on my android says 'your organization's data cannot be pasted here' when I copy an address into whatsapp",
    null,
    ['i-mobile'],
  ),
  t(
    'Dropbox keeps saying "Can\'t sync - folder is not accessible" on the design team PCs since yesterday',
    BCF,
    null,
  ),
  t('Salesforce login asks me to verify my identity every single time, can you turn that off?', null, null),

  // ── Several problems in one ──
  t(
    "Morning, a few things. My Outlook keeps asking for my password since the weekend, I type it and it comes back. Also the printer upstairs shows offline again even though it's on. And can someone look at why my laptop is so slow, it takes forever to do anything. Thanks",
    null,
    ['i-outlook-password-prompt', 'i-printer-misc', 'i-slow-pc'],
  ),
  t(
    "new laptop setup issues: monitors don't come on when I plug into the dock, and my desktop files from the old laptop aren't there",
    null,
    ['i-docks-monitors', 'i-onedrive-sync'],
  ),

  // ── Harrowgate Veterinary Partners ──
  t('vetpoint wont open on consult 3 error 2203', HVP, ['i-hvp-vetpoint']),
  t(
    "Bloods from the lab aren't coming through into the patient records since yesterday lunchtime, the IDEXX machine says they've been sent",
    HVP,
    ['i-hvp-vetpoint'],
  ),
  t(
    "Trying to open Mrs Henderson's dog's record and it says record locked by another user but the other PC is switched off",
    HVP,
    ['i-hvp-vetpoint'],
  ),
  t('drug labels printing blank', HVP, ['i-hvp-printers']),
  t('Reception printer at Brackenmoor offline again', HVP, ['i-hvp-printers', 'i-printer-misc']),
  t(
    'the big photocopier in the back office is printing with streaks down the page and faded on one side',
    HVP,
    ['i-hvp-printers'],
  ),
  t('xray images not going across to the viewer, the send queue on the xray pc shows them as failed', HVP, [
    'i-hvp-xray',
  ]),
  t('DR plate says detector not ready, we have a dog sedated on the table!!', HVP, ['i-hvp-xray']),
  t(
    'The stock-taking handheld (the Zebra one) says sync failed when we try to upload the stock count into VetPoint',
    HVP,
    null,
  ),
  t(
    'The Promethean panel in the training room now asks for a Promethean account sign-in before anyone can use the whiteboard app. Who has the account?',
    HVP,
    null,
  ),

  // ── Quillfeather & Marsh LLP ──
  t('vpn down', QFM, ['i-qfm-forticlient']),
  t(
    "I've got a new phone and the FortiToken app isn't on it. I'm working from home tomorrow and need to get on the VPN. Old phone is broken.",
    QFM,
    ['i-qfm-forticlient'],
  ),
  t('vpn stuck at 98% then disconnects', QFM, ['i-qfm-forticlient']),
  t("the imanage buttons have disappeared from outlook, can't file emails", QFM, ['i-qfm-imanage']),
  t(
    "Can't open a lease document in the DMS, it says it's checked out by Gemma who is on holiday for two weeks",
    QFM,
    ['i-qfm-imanage'],
  ),
  t(
    'We have a trainee solicitor joining the Property team on 1 September, please set up everything he needs. Details attached. Hannah (Practice Manager)',
    QFM,
    ['i-qfm-new-starter'],
  ),
  t('Trainee rotation on Monday - Amy Chen moves from Litigation to Private Client', QFM, [
    'i-qfm-new-starter',
  ]),
  t(
    'Is there a way to get the post room Zebra label printer to print our deed box labels straight from iManage instead of typing them out?',
    QFM,
    null,
  ),

  // ── Brindlecourt Freight Ltd ──
  t("freightline frozen, can't do anything, says not responding", BCF, ['i-bcf-tms']),
  t('FL-E221 licence limit reached when opening TMS', BCF, ['i-bcf-tms']),
  t("Handheld 17 got reset by someone on nights and now it's stuck on the android setup screen", BCF, [
    'i-bcf-handhelds',
  ]),
  t("scanner gun won't beep or read barcodes, trigger does nothing. screen works", BCF, ['i-bcf-handhelds']),
  t(
    'no wifi at the back of the warehouse at Ellesby, aisles 15 and 16, the handhelds keep dropping off',
    BCF,
    ['i-bcf-depot-wifi', 'i-bcf-handhelds'],
  ),
  t(
    "Drivers say the guest wifi at Carnforth Road isn't working, they connect but no splash page comes up",
    BCF,
    ['i-bcf-depot-wifi'],
  ),
  t("laptop won't connect to BCF-Staff since I changed my password this morning", BCF, [
    'i-bcf-depot-wifi',
    'i-wifi',
  ]),

  // ── St Aldric's Preparatory School ──
  t('ipad 12 in trolley B says activation lock', SAS, ['i-sas-ipads']),
  t("Can we get Times Tables Rock Stars on the Year 4 iPads please? Head of Computing has OK'd it", SAS, [
    'i-sas-ipads',
  ]),
  t('registra says my account is not linked when i sign in with microsoft', SAS, ['i-sas-mis']),
  t(
    "new boy started in Year 3 today but he doesn't have a login for the laptops or Teams yet, is that something you do?",
    SAS,
    ['i-sas-mis'],
  ),
  t("board in 4B isn't responding to touch when I plug my laptop in, picture is fine", SAS, ['i-sas-panels']),
  t("can't cast my screen to the board anymore, the code doesn't connect", SAS, ['i-sas-panels']),
];
