import type { LabelledTicket } from '../tickets.ts';
import { SET_AN_CLIENTS } from './articles.ts';

export const SET_AN_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'outlook keeps poping up asking for my password, i type it in and it comes back 5 min later. started after i changed my pw yesterday',
    company: SET_AN_CLIENTS.a,
    expected: ['an-outlook-password-prompts'],
  },
  {
    text: 'Evo wont open on the dispatch pc - "a network-related or instance specific error occured"',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-sage-evolution'],
  },
  {
    text: 'Chromebook in 4B says this device is locked by your administrator, learner cant log in. serial on the bottom 5CD12...',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-chromebooks'],
  },
  {
    text: 'dental practice user on the phone with the bitlocker recovery screen, key id starts 4F2A. where do i find the key again, not showing in ninja',
    company: null,
    expected: ['an-bitlocker-recovery'],
  },
  {
    text: 'xray sensor in surgery 3 not picking up, romexis just sits on waiting for sensor. patient in the chair',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-romexis-xray'],
  },
  {
    text: 'Lexis library online says our login is invalid / subscription, all the candidates get it since this morning. need it for research urgently',
    company: SET_AN_CLIENTS.a,
    expected: null,
  },
  {
    text: 'time clock at the gate keeps saying try again for my finger, 3 guys couldnt clock in this morning',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-time-clocks'],
  },
  {
    text: 'The PA mixer in the school hall makes a loud humming noise when the mic is on. Assembly tomorrow 7:45',
    company: SET_AN_CLIENTS.b,
    expected: null,
  },
  {
    text: 'phones not ringing at reception but the surgery phones are ringing?? patients say they get the voicemail',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-reception-phones', 'an-yealink-deskphone'],
  },
  {
    text: 'FW: [Acronis Cyber Protect Cloud] Backup failed\nActivity "Running backup plan \'Servers daily\'" failed on ASF-APP01\nError: Failed to create volume snapshot.\npls advise, 2nd night',
    company: null,
    expected: ['an-acronis-alert-triage'],
  },
  {
    text: 'Hi, I need access to the accounts@ mailbox and to be able to send from it. Mr Naidoo approved. Thanks, Lerato',
    company: SET_AN_CLIENTS.a,
    expected: ['an-shared-mailbox-access'],
  },
  {
    text: 'sage people (payroll) says licence expired please renew, cant run payslips and its the 25th',
    company: SET_AN_CLIENTS.c,
    expected: null,
  },
  {
    text: 'gr 6 teacher needs padlet for her lesson tomorrow, chromebooks say blocked by your administrator',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-web-filtering', 'an-website-blocked-dns'],
  },
  {
    text: 'Medical aid claims not going through, goodx says switch unavailable since 10am',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-medical-aid-claims'],
  },
  {
    text: 'the S drive is gone from my computer. worked from home yesterday, back in the office today and its still not there',
    company: SET_AN_CLIENTS.a,
    expected: ['an-mapped-drives'],
  },
  {
    text: 'my laptop keeps restarting for updates in the middle of calls and now its stuck on undoing changes made to your computer. FIT-LT-07',
    company: null,
    expected: ['an-windows-update-failures'],
  },
  {
    text: 'labels coming out skew on the dispatch zebra, printing half on one label half on the next',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-zebra-bartender'],
  },
  {
    text: 'Gmail says my storage is full and I am not getting emails anymore. Mrs Petersen (staff)',
    company: SET_AN_CLIENTS.b,
    expected: null,
  },
  {
    text: 'Dr Botha got a new iphone, the authenticator thing is empty now and she cant get into her emails',
    company: SET_AN_CLIENTS.d,
    expected: ['an-mfa-new-phone'],
  },
  {
    text: 'Dictations not showing in my typists list since Monday. I recorded them on the speechmike as usual',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-dictation'],
  },
  {
    text: 'the NVR for the yard cameras isnt recording, cam 4 just black since the weekend',
    company: SET_AN_CLIENTS.c,
    expected: null,
  },
  {
    text: 'school on the phone - wifi in the staffroom drops every few min, unifi shows the AP online. what do i check',
    company: null,
    expected: ['an-unifi-wifi'],
  },
  {
    text: 'panel in the gr 2 class has no picture from the laptop, says no signal',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-promethean'],
  },
  {
    text: 'Internet down for the whole practice. the fibre box on the wall has a red light',
    company: SET_AN_CLIENTS.d,
    expected: ['an-internet-outage-lte-failover'],
  },
  {
    text: 'Ghost wont open says could not connect to data folder',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-ghostconvey', 'an-mapped-drives'],
  },
  {
    text: 'Solidworks - Could not obtain a license for SOLIDWORKS Standard. Cannot connect to license server system (-15,10)',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-solidworks'],
  },
  {
    text: 'sophos connect says gateway unreachable for a user at the law firm working from home. others connecting fine',
    company: null,
    expected: ['an-sophos-connect-vpn'],
  },
  {
    text: 'need a password reset for a gr5 learner Liam J, he forgot his again',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-google-accounts'],
  },
  {
    text: 'Orthodontist wants the xrays + scan for a patient emailed, but its too big to send and i think it must be secure?',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-secure-patient-email', 'an-ndr-bounce-codes'],
  },
  {
    text: 'Partners want docusign so clients can sign mandates online. can you set it up for us?',
    company: SET_AN_CLIENTS.a,
    expected: null,
  },
  {
    text: 'stock scanner (the zebra handheld) wont connect, says unable to connect to server. stock take today',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-handheld-scanners', 'an-asf-sage-evolution'],
  },
  {
    text: 'how do i remote onto a pc in ninja when it shows offline but the user is sitting in front of it working',
    company: null,
    expected: ['an-ninjaone-remote-access'],
  },
  {
    text: 'parents say they didnt get the notice about sports day on the d6 app',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-d6-communicator'],
  },
  {
    text: 'goodx diary not loading the appointments, just spinning. reception cant book anyone',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-goodx'],
  },
  {
    text: 'teams wont open just white screen',
    company: SET_AN_CLIENTS.a,
    expected: ['an-teams-desktop-app'],
  },
  {
    text: 'the letter drive for the plasma programs is gone on the CNC, operators cant load the new jobs',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-cnc-files'],
  },
  {
    text: 'our website is down, it shows "Error establishing a database connection". patients cant book online',
    company: SET_AN_CLIENTS.d,
    expected: null,
  },
  {
    text: 'stage 6 tomorrow. what order do i bring stuff back at the steel place after the power comes back? last time the phones stayed dead',
    company: null,
    expected: ['an-loadshedding-ups'],
  },
  {
    text: 'ADAM wont load, just says cannot connect. bursar needs to do statements today',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-adam'],
  },
  {
    text: 'I clicked a link in an email from "FNB" and put in my password before I realised. now worried, what must I do',
    company: SET_AN_CLIENTS.a,
    expected: ['an-phishing-clicked', 'an-compromised-account'],
  },
  {
    text: 'Got new laptop from dell, stuck on "setting up your device for work" apps 3 of 9 for over an hour',
    company: SET_AN_CLIENTS.c,
    expected: ['an-autopilot-new-laptop'],
  },
  {
    text: 'Can you install minecraft education on the gr6 chromebooks for the coding club?',
    company: SET_AN_CLIENTS.b,
    expected: null,
  },
  {
    text: 'getting approve sign in requests on my phone that i didnt do, like 10 of them tonight',
    company: SET_AN_CLIENTS.d,
    expected: ['an-compromised-account'],
  },
  {
    text: 'user at VMN says a supplier statement email never arrived, supplier says they sent it tues. how do i check if mimecast held it',
    company: null,
    expected: ['an-mimecast-held-email'],
  },
  {
    text: 'Legal suite says all licences in use, i cant log in and i need to do my time recording',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-legalsuite'],
  },
  {
    text: 'bartender error "the printer license limit has been reached" cant print pallet labels',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-zebra-bartender'],
  },
  {
    text: 'smartboard touch doesnt work, picture is fine',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-promethean'],
  },
  {
    text: 'card machine at reception keeps saying declined network error, patients having to pay cash',
    company: SET_AN_CLIENTS.d,
    expected: null,
  },
  {
    text: 'copier says "account not registered" when i print from my new laptop',
    company: SET_AN_CLIENTS.a,
    expected: ['an-kyocera-printing'],
  },
  {
    text: 'S1 alert: Threat detected on HFD-RECEP02 - classification Malware - status NOT MITIGATED. what now?',
    company: null,
    expected: ['an-sentinelone-alerts'],
  },
  {
    text: 'Please set up new starter Thabo Mokoena, welding foreman, starts on the 1st. needs email, evo login and the clock',
    company: SET_AN_CLIENTS.c,
    expected: ['an-onboarding-new-starter', 'an-asf-time-clocks', 'an-asf-sage-evolution'],
  },
  {
    text: 'this chromebook says chrome os is missing or damaged',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-chromebooks'],
  },
  {
    text: 'patients arent getting their appointment sms reminders since last week',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-sms-reminders'],
  },
  {
    text: 'Boardroom screen says offline, cant start the teams meeting with the client at 2!!',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-boardroom'],
  },
  {
    text: 'solidworks crashes every time i open the big trailer assembly, says it has detected a graphics driver problem',
    company: SET_AN_CLIENTS.c,
    expected: null,
  },
  {
    text: 'need a TAP for a user at atlantis, she lost her phone. how long does the TAP last?',
    company: null,
    expected: ['an-mfa-new-phone'],
  },
  {
    text: 'scan to email on the office copier gives send error 3101',
    company: SET_AN_CLIENTS.b,
    expected: ['an-kyocera-scanning'],
  },
  {
    text: 'mailbox almost full message on dr botha outlook',
    company: SET_AN_CLIENTS.d,
    expected: ['an-mailbox-full-archive'],
  },
  {
    text: 'outlook not showing new emails, my phone has them. bottom says updating this folder forever',
    company: SET_AN_CLIENTS.a,
    expected: ['an-outlook-profile-rebuild'],
  },
  {
    text: 'Fingerprint clock in the workshop shows the wrong time since the power came back, clocked everyone 2 hours out',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-time-clocks'],
  },
  {
    text: 'laptop in the admin office has a blue screen asking for a key after the bios update last night',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bitlocker-recovery'],
  },
  {
    text: 'medical aid check says member not found but the patient has her card with her',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-medical-aid-claims'],
  },
  {
    text: 'school: new teacher starting needs to be added to 3cx with ext 214 and a phone on her desk (they have a spare T43U)',
    company: null,
    expected: ['an-onboarding-new-starter', 'an-yealink-deskphone'],
  },
  {
    text: 'need the partners calendar visible to his new secretary and she must be able to make appointments in it pls',
    company: SET_AN_CLIENTS.a,
    expected: ['an-calendar-sharing-rooms'],
  },
  {
    text: 'evo says agent licence limit exceeded but nobody else is logged in as me',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-sage-evolution'],
  },
  {
    text: 'The aftercare fees on my statement are wrong, who do I speak to?',
    company: SET_AN_CLIENTS.b,
    expected: null,
  },
  {
    text: 'can we get the xray PC in surgery 2 on windows 11? ninja says its got a pending feature update',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-romexis-xray', 'an-windows-update-failures'],
  },
  {
    text: 'coffee machine in the kitchen is leaking all over, who do we call',
    company: SET_AN_CLIENTS.a,
    expected: null,
  },
  {
    text: 'VPN wont connect from home, authentication failed. is it my normal domain password?',
    company: SET_AN_CLIENTS.c,
    expected: ['an-sophos-connect-vpn'],
  },
  { text: 'wheres the december leave form? the HR portal link is broken', company: null, expected: null },
  {
    text: 'Could you set up a Zebra label printer for the library so we can print book spine labels?',
    company: SET_AN_CLIENTS.b,
    expected: null,
  },
  {
    text: 'Need the recording of a call on 3 March around 11, patient complaining about how reception spoke to her',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-reception-phones'],
  },
  {
    text: 'court online upload keeps failing on the bundle, the pdf is 80mb',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-court-efiling'],
  },
  {
    text: 'handheld wont scan, no red light when i press the trigger',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-handheld-scanners'],
  },
  {
    text: 'how do i restore a folder on VMN-FS01 from last tuesday? user deleted the whole "Transfers 2023" folder off the share',
    company: null,
    expected: ['an-acronis-restore'],
  },
  {
    text: 'youtube video says restricted mode for the grade 3 class, teacher needs it for the lesson',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-web-filtering'],
  },
  {
    text: 'email on my phone says "your organisations data cannot be pasted here" when i copy a patient number to whatsapp',
    company: SET_AN_CLIENTS.d,
    expected: ['an-mobile-outlook-intune'],
  },
  {
    text: 'Deleted a whole folder from the matters sharepoint by accident, need it back please',
    company: SET_AN_CLIENTS.a,
    expected: ['an-sharepoint-onedrive-restore', 'an-acronis-restore'],
  },
  {
    text: 'plasma op says new program files not showing on the cnc. tried usb also not reading',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-cnc-files'],
  },
  {
    text: 'atlantis asked for a quote for starlink as backup instead of the MTN LTE. which kit do we sell and whats the monthly?',
    company: null,
    expected: null,
  },
  {
    text: 'staffroom printer not printing, jobs stuck in the queue with error - printing',
    company: SET_AN_CLIENTS.b,
    expected: ['an-kyocera-printing'],
  },
  {
    text: 'romexis wont open on surgery 1 - cannot connect to romexis server. also the goodx diary is very slow today',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-romexis-xray', 'an-hfd-goodx'],
  },
  {
    text: 'Banking PC: standard bank business online page says browser not supported',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-trust-banking-pc'],
  },
  {
    text: 'the forklift battery charger keeps tripping the breaker',
    company: SET_AN_CLIENTS.c,
    expected: null,
  },
  {
    text: 'think im locked out of my own 365, "your account has been locked" - tried too many times after the weekend',
    company: null,
    expected: ['an-password-reset-lockout'],
  },
  {
    text: 'teachers new laptop cant connect to staff wifi - cant connect to this network. was the password changed in the holidays?',
    company: SET_AN_CLIENTS.b,
    expected: ['an-unifi-wifi'],
  },
  {
    text: 'Outlook keeps asking for password and doesnt connect, says need password at the bottom',
    company: SET_AN_CLIENTS.d,
    expected: ['an-outlook-password-prompts'],
  },
  {
    text: 'Mail to opposing attorney bounced - 550 5.1.10 recipient not found. address is correct??',
    company: SET_AN_CLIENTS.a,
    expected: ['an-ndr-bounce-codes'],
  },
  {
    text: 'PDM says vault not available, cant check in my drawings',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-solidworks'],
  },
  {
    text: 'user going to mauritius next week, will she be blocked from email? which group do i add her to',
    company: null,
    expected: ['an-conditional-access-blocked'],
  },
  {
    text: 'd6 - new teacher needs to be able to post in the communicator',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-d6-communicator'],
  },
  {
    text: 'the autoclave printer stopped printing the cycle records',
    company: SET_AN_CLIENTS.d,
    expected: null,
  },
  {
    text: 'teams meeting with client this morning nobody could hear me. mic was fine on zoom yesterday',
    company: SET_AN_CLIENTS.a,
    expected: ['an-teams-meeting-audio-video'],
  },
  {
    text: 'need a new evo report that shows steel weight per job card, can you build it',
    company: SET_AN_CLIENTS.c,
    expected: null,
  },
  {
    text: 'Alert: "No successful backups for 5 days" HFD-SRV01 - The agent is offline. server is up in ninja',
    company: null,
    expected: ['an-acronis-alert-triage'],
  },
  {
    text: 'Open day saturday, visitors need wifi. how does reception print the vouchers?',
    company: SET_AN_CLIENTS.b,
    expected: ['an-guest-wifi-vouchers'],
  },
  {
    text: 'my computer is sooo slow, takes 10 min to start up in the mornings',
    company: SET_AN_CLIENTS.d,
    expected: ['an-slow-computer'],
  },
  {
    text: 'my keeper says waiting for admin approval on the new laptop',
    company: SET_AN_CLIENTS.a,
    expected: ['an-keeper-vault'],
  },
  {
    text: "teams says we've run into an issue caa70004 on the drawing office pc",
    company: SET_AN_CLIENTS.c,
    expected: ['an-teams-desktop-app'],
  },
  {
    text: 'need everyones email signature in outlook changed to the new logo and "Inc." before monday',
    company: SET_AN_CLIENTS.a,
    expected: null,
  },
  {
    text: 'office copier keeps jamming and now shows C6000 call service',
    company: SET_AN_CLIENTS.b,
    expected: ['an-copier-hardware-dealer'],
  },
  {
    text: 'Dr Smit is on call this weekend not Dr Botha, please change the after hours emergency number to his cell',
    company: SET_AN_CLIENTS.d,
    expected: ['an-hfd-reception-phones'],
  },
  {
    text: 'onedrive has red x on lots of files and says sync pending',
    company: SET_AN_CLIENTS.a,
    expected: ['an-onedrive-sync'],
  },
  {
    text: 'warehouse wifi on the TC21 keeps dropping in bay 4, have to walk back to the office to sync',
    company: SET_AN_CLIENTS.c,
    expected: ['an-asf-handheld-scanners', 'an-unifi-wifi'],
  },
  { text: 'can someone cover my on-call on saturday, i have a wedding', company: null, expected: null },
  { text: 'ADAM term reports generation stuck at 45%', company: SET_AN_CLIENTS.b, expected: ['an-bop-adam'] },
  {
    text: 'leaver: our hygienist Nadia leaves on friday. please forward her email to the practice manager and close her account',
    company: SET_AN_CLIENTS.d,
    expected: ['an-offboarding-leaver', 'an-hfd-goodx'],
  },
  {
    text: 'monitors not working on the dock since yesterday, laptop screen is ok',
    company: SET_AN_CLIENTS.a,
    expected: ['an-docking-displays'],
  },
  {
    text: 'got an email from our steel supplier saying their bank details changed, accounts wants to update it in evo. is it legit?',
    company: SET_AN_CLIENTS.c,
    expected: ['an-phishing-clicked'],
  },
  {
    text: 'SentinelOne killed the goodx update installer on the reception pc at the dental practice, how do i whitelist it',
    company: null,
    expected: ['an-sentinelone-alerts'],
  },
  {
    text: 'Mrs Jacobs lost her phone with the 2 step verification on it, cant get into her gmail',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-google-accounts'],
  },
  {
    text: 'printer scan to email not working, copier says 1102? and scan to the folder also fails',
    company: SET_AN_CLIENTS.d,
    expected: ['an-kyocera-scanning'],
  },
  {
    text: 'speechmike buttons not working, when i press record it just types letters in word',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-dictation'],
  },
  {
    text: 'new mac for the designer, company portal says couldnt enroll',
    company: SET_AN_CLIENTS.c,
    expected: ['an-macos-standard'],
  },
  {
    text: 'law firm: "Access to this site is blocked" category Online Storage. candidate needs wetransfer for a client file',
    company: null,
    expected: ['an-website-blocked-dns'],
  },
  {
    text: 'bursar pc windows update keeps failing 0x800f0922',
    company: SET_AN_CLIENTS.b,
    expected: ['an-windows-update-failures'],
  },
  {
    text: 'word says unlicensed product, red bar across the top, cant edit',
    company: SET_AN_CLIENTS.d,
    expected: ['an-office-activation-licensing'],
  },
  {
    text: 'visitor in boardroom cant get his laptop on the big screen with the hdmi',
    company: SET_AN_CLIENTS.a,
    expected: ['an-vmn-boardroom'],
  },
  {
    text: 'yealink phone in the workshop office says no service',
    company: SET_AN_CLIENTS.c,
    expected: ['an-yealink-deskphone'],
  },
  {
    text: 'cant find the unifi controller password for BOP in hudu, its gone from the asset. who changed it?',
    company: null,
    expected: null,
  },
  {
    text: 'screen share app cant find the panel in class 7',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-promethean'],
  },
  {
    text: 'please add the new dentist Dr Jansen to goodx and give her an email, starts 1 april',
    company: SET_AN_CLIENTS.d,
    expected: ['an-onboarding-new-starter', 'an-hfd-goodx'],
  },
  {
    text: 'cant remote desktop to my office pc from home - remote desktop cant connect to the remote computer for one of these reasons',
    company: SET_AN_CLIENTS.a,
    expected: ['an-remote-desktop', 'an-sophos-connect-vpn'],
  },
  {
    text: 'my 3cx app on my phone doesnt ring when i get calls, goes straight to voicemail',
    company: SET_AN_CLIENTS.c,
    expected: ['an-3cx-app'],
  },
  {
    text: 'atlantis wants the year end shutdown message on the phones from 15 dec to 6 jan, how do i set that in 3cx',
    company: null,
    expected: ['an-3cx-hours-forwarding-voicemail'],
  },
  {
    text: 'cant log in to chromebook "this account is not allowed on this device", child using his home gmail i think',
    company: SET_AN_CLIENTS.b,
    expected: ['an-bop-chromebooks'],
  },
  {
    text: 'sharepoint says i need permission for the HR folder but the practice manager shared it with me?',
    company: SET_AN_CLIENTS.d,
    expected: ['an-sharepoint-sharing-permissions'],
  },
  {
    text: 'access denied when i click the link the other sides attorney sent me, says you need permission to access this item',
    company: SET_AN_CLIENTS.a,
    expected: ['an-sharepoint-sharing-permissions'],
  },
  {
    text: 'clicked on a docusign link in an email and now theres a sentinel one popup threat detected mitigated',
    company: SET_AN_CLIENTS.c,
    expected: ['an-sentinelone-alerts', 'an-phishing-clicked'],
  },
  { text: 'aircon in surgery 2 is leaking water onto the floor', company: SET_AN_CLIENTS.d, expected: null },
];
