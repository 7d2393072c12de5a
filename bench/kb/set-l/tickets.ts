/**
 * Set L: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as end users and L1 techs write them against the Set L articles; null = no article answers.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_L_CLIENTS } from './articles.ts';

const { harrow, bright, kestrel, riverside } = SET_L_CLIENTS;

export const SET_L_TICKETS: readonly LabelledTicket[] = [
  // Outlook asking for password
  {
    text: 'outlook keeps popping up asking for my pasword, i type it in and it just comes back again. changed it on monday',
    company: null,
    expected: ['outlook-password-prompts'],
  },
  {
    text: 'Hi, email on my PC says Disconnected at the bottom since this morning, fine on my phone. Thanks, Gary (Goods In)',
    company: null,
    expected: ['outlook-password-prompts'],
  },

  // Shared mailbox
  {
    text: "I've been given the accounts@ inbox apparently but I can't see it anywhere in outlook??",
    company: null,
    expected: ['exo-shared-mailbox'],
  },
  {
    text: "can you make it so I can send from the enquiries address, i can read the emails in it but when i reply it says i don't have permission to send on behalf",
    company: null,
    expected: ['exo-shared-mailbox'],
  },
  {
    text: 'Morning! Julie said I should now see the info inbox on the left hand side but nothing there, been over a day. Using a Macbook if that matters. Ta, Priya',
    company: null,
    expected: ['exo-shared-mailbox'],
  },

  // NDR / message trace
  {
    text: 'emails to one of our suppliers keep bouncing back with 550 5.7.1 something',
    company: null,
    expected: ['exo-ndr-bounce'],
  },
  {
    text: 'Client says they never got our email with the completion docs yesterday afternoon, no bounce our end. Can you check if it actually left our system? Thanks, Debbie (Conveyancing)',
    company: null,
    expected: ['exo-ndr-bounce'],
  },

  // Teams cache
  { text: 'teams just white screen when i open it', company: null, expected: ['teams-cache-reset'] },
  {
    text: 'teams keeps logging me in as my old volunteer account instead of my staff one, how do i stop it',
    company: riverside,
    expected: ['teams-cache-reset'],
  },

  // OneDrive sync
  {
    text: "red x's on loads of files in my documents, the little cloud at the bottom says something about problems",
    company: null,
    expected: ['onedrive-sync-stuck'],
  },
  {
    text: "Hi, I've now got hundreds of files named like 'Contract draft-HPLT042.docx' doubled up in our folder, which ones are the right ones?? Regards, Mark Ellison, Partner",
    company: null,
    expected: ['onedrive-sync-stuck'],
  },
  {
    text: "I synced the Riverside Shared thing AND added it to my files and now it's in two places in file explorer both saying pending",
    company: riverside,
    expected: ['rc-sharepoint-files', 'onedrive-sync-stuck'],
  },

  // Licensing / activation
  {
    text: 'word says unlicensed product at the top and wont let me edit anything',
    company: null,
    expected: ['m365-licence-activation'],
  },
  {
    text: "New laptop for the Wakefield practice manager - Excel opens but it's read only with a red bar about account error. Her email works fine.",
    company: null,
    expected: ['m365-licence-activation'],
  },
  {
    text: "says I've hit the max number of installs for office?? I only want it on my new laptop, the old one's in a drawer",
    company: null,
    expected: ['m365-licence-activation'],
  },

  // MFA new phone
  {
    text: "Dropped my phone in the coolant tank (don't ask). Can't approve the sign in thing now so can't get on anything. Can use desk phone ext 214. - Rob, CNC",
    company: kestrel,
    expected: ['mfa-new-phone'],
  },
  {
    text: "Hi team, Anna Kowalski (trainee) deleted and reinstalled the app on her phone and lost all the accounts, approvals don't come through anymore. She's at Leeds Crown Court tomorrow so needs access tonight please.",
    company: null,
    expected: ['mfa-new-phone'],
  },

  // Conditional access
  {
    text: "trying to open my email on my home pc and it says you can't get there from here? works on the work laptop",
    company: null,
    expected: ['ca-device-not-compliant'],
  },
  {
    text: "I'm in Portugal for two weeks visiting family and can't log in to anything, says sign in successful but doesn't meet criteria?? Wanted to do a bit of the budget while here. Thanks Helen (Finance)",
    company: null,
    expected: ['ca-device-not-compliant'],
  },

  // Intune / Autopilot
  {
    text: 'brand new laptop out the box, during setup it says something went wrong 80180014',
    company: null,
    expected: ['intune-autopilot-enrol'],
  },
  {
    text: "Setting up the 3 new Dells for the design office, two fine, the third sits on 'setting up your device' for an hour then gives up with 0x800705b4. Hash was uploaded with the others. Tom (onsite)",
    company: null,
    expected: ['intune-autopilot-enrol'],
  },

  // Windows Update
  {
    text: 'windows update failing over and over, error 0x800f..something, laptop has restarted 4 times this morning',
    company: null,
    expected: ['win-update-failing'],
  },
  // BitLocker
  {
    text: 'blue screen asking for a long number key, it wont go into windows',
    company: null,
    expected: ['bitlocker-recovery'],
  },
  {
    text: 'Laptop at Leeds wants a recovery key at start up after Dell did a BIOS update thing last night. Key ID starts 4F2A..',
    company: null,
    expected: ['bitlocker-recovery'],
  },
  // Temporary profile
  {
    text: 'all my desktop icons are gone and my background is back to the windows one. says signed in with temporary something',
    company: null,
    expected: ['win-temp-profile'],
  },
  {
    text: 'Logged in this morning and everythings gone - my files, outlook wants setting up again, all my shortcuts. Has IT wiped my pc?? Sandra, Accounts',
    company: null,
    expected: ['win-temp-profile'],
  },

  // Printer offline (generic)
  { text: 'printer says offline again', company: null, expected: ['printer-offline'] },
  {
    text: "The printer in reception at Harrogate has 6 things stuck in the queue and nothing's coming out, tried turning it off and on. Need the recall letters out today",
    company: null,
    expected: ['printer-offline'],
  },
  // Harrow & Pell follow-me printing
  {
    text: "printed a 40 page bundle 20 mins ago and it's not on the copier when I tap my card",
    company: harrow,
    expected: ['hp-followme-printing'],
  },
  {
    text: 'whenever i print a box pops up wanting a client number, i dont have one its a personal letter',
    company: harrow,
    expected: ['hp-followme-printing'],
  },
  {
    text: "printer showing offline on my laptop, I've restarted. Jen, 2nd floor",
    company: harrow,
    expected: ['hp-followme-printing', 'printer-offline'],
  },

  // Dock / monitors
  {
    text: "my 2 screens aren't coming on when I plug into the dock thingy, laptop screen is fine",
    company: null,
    expected: ['dock-display-drivers'],
  },
  {
    text: 'Only one of the two monitors works in the drawing office since the weekend, the other one says no signal. USB keyboard plugged into the dock stopped too. Mike',
    company: null,
    expected: ['dock-display-drivers'],
  },

  // Slow PC
  { text: 'computer sooo slow takes 15 mins to start', company: null, expected: ['pc-slow-performance'] },
  {
    text: 'Hello, the old laptop in the volunteer room is painfully slow, Chrome freezes and the fan is going mad. Disk says 100% in task manager (one of the volunteers showed me). Thanks Margaret',
    company: null,
    expected: ['pc-slow-performance'],
  },

  // Disk space
  {
    text: 'C drive is red and says low disk space, cant save anything',
    company: null,
    expected: ['disk-space-full'],
  },
  {
    text: "onedrive has downloaded the whole company's files onto my laptop and filled the hard drive up, I don't need them on here",
    company: null,
    expected: ['disk-space-full', 'onedrive-sync-stuck'],
  },

  // Mac keychain
  {
    text: "mac keeps asking for 'login keychain' password, my new password doesnt work in it",
    company: null,
    expected: ['mac-keychain-prompts'],
  },
  {
    text: 'Macbook pops up "accountsd wants to use login keychain" like every 5 mins. I changed my password on the office PC last week. Cheers, Tom (Comms)',
    company: riverside,
    expected: ['mac-keychain-prompts'],
  },

  // Generic VPN
  { text: 'vpn wont connect from the hotel', company: null, expected: ['vpn-connect-fails'] },
  {
    text: "Working from home today - the VPN says connected but I can't get to the S drive or Sage. Home broadband is BT if that helps. Jason",
    company: kestrel,
    expected: ['vpn-connect-fails'],
  },

  // Harrow & Pell FortiClient
  {
    text: "Forticlient error -7200 credential or configuration wrong, I've typed my password right!",
    company: harrow,
    expected: ['hp-vpn-forticlient'],
  },
  {
    text: "working from home, the vpn gets to 40% and then drops. can't get into LawVault. Priya, Conveyancing",
    company: harrow,
    expected: ['hp-vpn-forticlient'],
  },
  {
    text: "vpn not connecting at the Premier Inn in Manchester, their wifi had a page to agree terms first if that's relevant",
    company: harrow,
    expected: ['hp-vpn-forticlient', 'vpn-connect-fails'],
  },

  // Office Wi-Fi
  {
    text: "laptop won't join the office wifi since I changed my password, keeps asking for username",
    company: null,
    expected: ['wifi-enterprise-auth'],
  },
  {
    text: "Wifi at the Hub building says can't connect to this network on my laptop but my phone's fine on it",
    company: null,
    expected: ['wifi-enterprise-auth'],
  },
  // Kestrel shop floor Wi-Fi
  {
    text: 'handheld scanners in goods in keep going offline, stock app says server not reachable',
    company: kestrel,
    expected: ['kp-shopfloor-wifi'],
  },
  {
    text: "Agency lad's Zebra gun won't connect to the wifi at all, what's the password for it?",
    company: kestrel,
    expected: ['kp-shopfloor-wifi'],
  },

  // DNS
  {
    text: 'can get to google but not the intranet, says server ip address could not be found',
    company: null,
    expected: ['dns-resolution'],
  },
  {
    text: 'DNS_PROBE_FINISHED_NXDOMAIN on every website on the reception computer at Wakefield, other PCs ok',
    company: bright,
    expected: ['dns-resolution'],
  },

  // DHCP
  {
    text: "Half the new PCs we set up in the training room won't get online, the supplier's engineer says they're getting 169 addresses",
    company: kestrel,
    expected: ['dhcp-apipa'],
  },
  {
    text: "Nobody at the community centre can get online this morning, wifi connects but 'unidentified network'. Someone plugged in a router from the café yesterday??",
    company: null,
    expected: ['dhcp-apipa'],
  },

  // Wall port
  {
    text: "the network socket under my desk doesn't work, the one by the window does",
    company: null,
    expected: ['wall-port-dead'],
  },
  {
    text: 'moved my phone to the desk by the kitchen and the screen stays blank. works fine back at my old desk',
    company: null,
    expected: ['wall-port-dead', 'voip-desk-phone'],
  },
  {
    text: 'Port 2-14 in the litigation room - no lights on the laptop cable, tried 2 cables',
    company: null,
    expected: ['wall-port-dead'],
  },

  // Web filter
  {
    text: 'trying to get on a supplier website and get a red page saying blocked category',
    company: null,
    expected: ['web-filter-block'],
  },
  {
    text: "Can you unblock the JustGiving site please, it says access denied by policy when we're in the office but works at home",
    company: riverside,
    expected: ['web-filter-block'],
  },

  // Mapped drives (generic)
  { text: 'my S drive has dissapeared', company: null, expected: ['mapped-drive-missing'] },
  {
    text: 'P: drive has a red X on it and says location not available, Leeds reception',
    company: bright,
    expected: ['mapped-drive-missing'],
  },

  // Riverside SharePoint files
  {
    text: 'where has the S drive gone?? I need the grant applications folder for tomorrow',
    company: riverside,
    expected: ['rc-sharepoint-files'],
  },
  // File share access
  {
    text: "get access denied when I try open the HR folder, I'm the new HR assistant",
    company: null,
    expected: ['file-share-access-denied'],
  },
  {
    text: "Please could Joanne Reid be given access to the Private Client folder on the server, she's moved teams. Approved by me - Sarah Pell",
    company: harrow,
    expected: ['file-share-access-denied'],
  },

  // Backup restore
  {
    text: 'accidentally deleted a whole folder off the shared drive, can we get it back',
    company: null,
    expected: ['backup-restore-file'],
  },
  {
    text: "I saved over the staff rota spreadsheet with last month's one, need yesterday's back please!! Karen, Leeds",
    company: null,
    expected: ['backup-restore-file'],
  },
  {
    text: 'a volunteer deleted the events folder on the Riverside Shared site last week, only just noticed',
    company: riverside,
    expected: ['backup-restore-file'],
  },

  // Phishing
  {
    text: 'got an email saying my mailbox is full click here to upgrade, looks dodgy',
    company: null,
    expected: ['phishing-report'],
  },
  {
    text: 'Oh no - I clicked the DocuSign link in an email from a "client" and typed in my login before I realised. What do I do? Emma',
    company: harrow,
    expected: ['phishing-report', 'compromised-account'],
  },

  // Compromised account
  {
    text: 'people are getting emails from me i never sent asking for gift cards',
    company: null,
    expected: ['compromised-account'],
  },
  {
    text: 'Our treasurer says her emails keep disappearing after they arrive, and a donor got a weird bank details change request from her address. Is something wrong?',
    company: riverside,
    expected: ['compromised-account'],
  },

  // Ransomware
  {
    text: 'all the files on the shared drive have changed to .lockbit or something and theres a text file saying pay in bitcoin',
    company: null,
    expected: ['ransomware-first-response'],
  },
  {
    text: "URGENT - can't open any drawings, all the file names have a weird extension on the end, a few of us affected. There's a file called HOW_TO_RECOVER in every folder on the engineering drive. Mark in design says his laptop is doing it too. Shall I turn the server off?? Nobody has touched anything else yet. Call me on 07700 900461 - Steve Barker, Production Manager",
    company: kestrel,
    expected: ['ransomware-first-response'],
  },

  // MFA fatigue
  {
    text: 'my phone keeps asking me to approve sign ins but im not logging in to anything??',
    company: null,
    expected: ['mfa-fatigue'],
  },
  {
    text: 'Got about 10 authenticator requests at 3am last night, I think I hit approve on one half asleep. Is that bad? Regards, Charles Harrow',
    company: harrow,
    expected: ['mfa-fatigue', 'compromised-account'],
  },

  // New starter
  {
    text: 'new person starting monday, needs laptop and email setting up',
    company: null,
    expected: ['new-starter'],
  },
  // Riverside volunteers / staff
  {
    text: 'We have 3 new volunteers for the Saturday food bank, can they get logins for the hot desk laptops?',
    company: riverside,
    expected: ['rc-volunteer-accounts'],
  },
  {
    text: 'New staff member starting - Fundraising Officer, Jamie Lowe, 1st May. Needs a laptop + email please.',
    company: riverside,
    expected: ['rc-volunteer-accounts', 'new-starter'],
  },
  {
    text: "one of our volunteers' login has stopped working, she's been with us about 6 months and is staying on",
    company: riverside,
    expected: ['rc-volunteer-accounts'],
  },

  // Leaver
  { text: 'Dave has left, what happens to his emails', company: null, expected: ['leaver-offboarding'] },
  // Sage 50
  {
    text: 'sage keeps saying cannot find the data when I open it',
    company: null,
    expected: ['sage50-company-data'],
  },
  {
    text: 'Sage accounts saying unable to connect to sage data service, accounts team stuck and the VAT return is due Thursday',
    company: harrow,
    expected: ['sage50-company-data'],
  },

  // Xero
  {
    text: 'new phone and xero wants the 6 digit code, cant get in',
    company: null,
    expected: ['xero-2fa-reset'],
  },
  {
    text: "Our treasurer can't log into Xero, the authenticator codes say incorrect every time. She's sure she's typing them right",
    company: riverside,
    expected: ['xero-2fa-reset'],
  },

  // Desk phone (generic)
  { text: 'desk phone says No Service', company: null, expected: ['voip-desk-phone'] },
  {
    text: 'Phone on my desk has no dial tone and the little light by my name is grey. Ext 231',
    company: kestrel,
    expected: ['voip-desk-phone'],
  },

  // Brightsmile phones
  {
    text: 'Wakefield reception phones not ringing, patients saying it just rings out',
    company: bright,
    expected: ['bd-phones'],
  },
  {
    text: "It's the bank holiday Monday and the phones are still playing the normal message not the closed one!",
    company: bright,
    expected: ['bd-phones'],
  },
  { text: 'phone in surgery 1 says no service', company: bright, expected: ['bd-phones', 'voip-desk-phone'] },

  // LawVault
  {
    text: "Can't open a client file, says it's being used by Tom but Tom is on holiday in Spain",
    company: harrow,
    expected: ['hp-lawvault'],
  },
  { text: 'the LawVault tab has gone off the top of Word', company: harrow, expected: ['hp-lawvault'] },

  // DentaFlow
  {
    text: 'Appointment book frozen on all the computers at Harrogate, says unable to connect to database. Patients waiting!',
    company: bright,
    expected: ['bd-dentaflow'],
  },
  {
    text: "There was a power cut overnight at Leeds and now the dental software won't open on any PC",
    company: bright,
    expected: ['bd-dentaflow'],
  },

  // X-ray sensor
  {
    text: 'X ray thing in surgery 2 not working, says no device found. Dr is with a patient',
    company: bright,
    expected: ['bd-xray-sensor'],
  },
  // Sage 200
  {
    text: "Sage says I'm already logged in but I'm not! Can't get on",
    company: kestrel,
    expected: ['kp-sage200'],
  },
  {
    text: 'Sage really slow today on the remote thing, takes a minute to open each sales order',
    company: kestrel,
    expected: ['kp-sage200'],
  },

  // Zebra labels
  {
    text: 'dispatch label printer printing blank labels, urgent - courier coming at 3',
    company: kestrel,
    expected: ['kp-zebra-labels'],
  },
  {
    text: 'labels coming out half on half off the sticker',
    company: kestrel,
    expected: ['kp-zebra-labels'],
  },

  // Beacon
  {
    text: "Beacon says I don't have access since this morning, I'm in the fundraising team",
    company: riverside,
    expected: ['rc-beacon-crm'],
  },
  {
    text: "can't log into the donor database, the Microsoft sign in gives an error with a long code",
    company: riverside,
    expected: ['rc-beacon-crm'],
  },

  // Mixed / multi-problem and chatty
  {
    text: "Hi guys, hope you had a good weekend. Couple of things: my laptop has been really sluggish since Friday (takes forever to open anything) and also Teams won't open at all, just a blank window. Probably related? I've tried turning it off and on like you always say, and I've closed Chrome (I had about 40 tabs, sorry!). Need Teams for the auditors call at 10 tomorrow. Ext 205. Thanks, Nikki Shah, Office Manager",
    company: kestrel,
    expected: ['teams-cache-reset', 'pc-slow-performance'],
  },
  {
    text: "Good morning, sorry to bother you. I got a new Samsung at the weekend and now I can't do the approve thing to get into my emails or Teams. Also is there any way to get my old texts over? My daughter set the new phone up for me and the old one has gone back to Vodafone so I can't use that. I'm on reception until 5:30 today, the main number gets you through to me. Many thanks, Gillian Moss, Reception, Wakefield",
    company: bright,
    expected: ['mfa-new-phone'],
  },
  {
    text: 'bitlocker key pls for HP-LT-031, laptop came back from dell repair',
    company: harrow,
    expected: ['bitlocker-recovery'],
  },
  {
    text: "email on my mac keeps asking for a keychain thing and now teams too. also the printer upstairs won't print but that's been like that for ages",
    company: null,
    expected: ['mac-keychain-prompts', 'printer-offline'],
  },
  {
    text: 'Hi, a chap called from "Microsoft" saying my account was sending spam and asked for a code from my phone, which I gave him. Now I\'ve had two of those approve prompts. Help! - Barbara, Finance',
    company: riverside,
    expected: ['compromised-account', 'mfa-fatigue'],
  },
  {
    text: 'sage 50 error 2 cannot find file on the accounts laptop, the S drive was missing this morning as well',
    company: null,
    expected: ['sage50-company-data', 'mapped-drive-missing'],
  },
  {
    text: 'the shop floor tablet by the press drops signal every time I walk to bay 4',
    company: kestrel,
    expected: ['kp-shopfloor-wifi'],
  },
  {
    text: 'windows stuck at 35% installing updates for an hour, do i wait or restart? also getting that low space warning',
    company: null,
    expected: ['win-update-failing', 'disk-space-full'],
  },
  {
    text: 'Nurse Kelly leaving Friday, please take her off everything. Her emails should go to the practice manager at Leeds',
    company: bright,
    expected: ['leaver-offboarding'],
  },
  {
    text: "Hi, our new apprentice Callum starts 1 Sept in the machine shop, he'll need a login, email and access to the stock app. His manager is Steve Barker. Cheers, Ian",
    company: kestrel,
    expected: ['new-starter'],
  },
  {
    text: 'time I record in the case system just spins and doesnt save, lost 2 hours of entries',
    company: harrow,
    expected: ['hp-lawvault'],
  },
  {
    text: 'invoice email from a supplier we dont use went to the whole accounts team with a zip file. should we delete it? did anyone open it?',
    company: null,
    expected: ['phishing-report'],
  },
  // ---- Nothing in the KB answers these (hard negatives first) ----
  {
    text: "Zoom keeps saying my microphone isn't working, sound is fine in everything else",
    company: null,
    expected: null,
  },
  {
    text: "my headset mic doesn't work in Teams calls, people can't hear me but I can hear them fine",
    company: kestrel,
    expected: null,
  },
  {
    text: "outlook search isnt finding emails older than about a month, I know they're there because I can scroll to them",
    company: null,
    expected: null,
  },
  {
    text: 'Locked out after typing my password wrong too many times, Leeds reception, need to get on for 8:30 clinic',
    company: bright,
    expected: null,
  },
  {
    text: "card reader on the big copier won't release my prints, just says no jobs",
    company: kestrel,
    expected: null,
  },
  {
    text: 'Zebra label printer in the post room printing blank labels, we use it for the DX envelopes',
    company: harrow,
    expected: null,
  },
  {
    text: "3CX app on my mobile doesn't ring when someone calls my extension, desk phone rings fine",
    company: kestrel,
    expected: null,
  },
  {
    text: 'can we order a third monitor for Dave in sales, he says two isnt enough',
    company: null,
    expected: null,
  },
  {
    text: "MacBook won't turn on at all, no apple logo, the charger light is on though",
    company: null,
    expected: null,
  },
  {
    text: 'can you encrypt the USB stick I use to take the trustee papers home?',
    company: riverside,
    expected: null,
  },
  {
    text: 'when is my laptop getting windows 11? everyone else in the family dept has it',
    company: harrow,
    expected: null,
  },
  {
    text: "can we get more toner for the HP in the office, it's on its last legs and printing faint",
    company: kestrel,
    expected: null,
  },
  {
    text: 'our CQC inspector wants to know how long we keep backups for and where they are stored, can you send something over',
    company: bright,
    expected: null,
  },
  {
    text: 'Can we run one of those fake phishing email tests on staff to see who clicks? Trustees asked about it',
    company: riverside,
    expected: null,
  },
  {
    text: 'we need the BT number moving over to the new office phones when we move in March, can you port it?',
    company: null,
    expected: null,
  },
  {
    text: "Xero bank feed from Unity Trust hasn't pulled in any transactions since Tuesday",
    company: riverside,
    expected: null,
  },
  {
    text: 'Sage payroll asking to install the year end update, is it ok to do it now?',
    company: harrow,
    expected: null,
  },
  {
    text: 'how do I share a folder from onedrive with someone outside the company, it says link sharing is turned off',
    company: null,
    expected: null,
  },
  {
    text: 'excel vlookup returning #N/A even though the value is definitely in the other sheet',
    company: null,
    expected: null,
  },
  {
    text: "The door entry fob reader on the side entrance isn't letting anyone in",
    company: kestrel,
    expected: null,
  },
];
