/**
 * Set K tickets: 100 tickets in end users' and L1 techs' own words, labelled blind against
 * ./articles.ts. 85 answerable, 15 with expected null (14 of them hard negatives).
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_K_CLIENTS } from './articles.ts';

function t(text: string, company: string | null, expected: string[] | null): LabelledTicket {
  return { text, company, expected };
}

const { harrowFinch: hf, coastalRadiology: crp, wattleStreet: wsp } = SET_K_CLIENTS;

export const SET_K_TICKETS: readonly LabelledTicket[] = [
  // Outlook
  t(
    'outlook keeps poping up asking for my password every 5 mins. i type it in and it just comes back. changed my password yesterday if that matters',
    null,
    ['k-outlook-password-prompts'],
  ),
  t(
    'Hi team, Reception PC 2 - the email program just sits there on the loading screen with the envelope thing forever. Nadia tried restarting twice. Could someone please look before 9 as we have a full list of patients booked this morning and need to send referrals. Thanks, Gemma',
    crp,
    ['k-outlook-password-prompts'],
  ),
  t(
    "Searching in Outlook doesn't find anything older than about a month. I know the email from the council about the Ballarat bridge DA is in there somewhere, I can see it if I scroll",
    hf,
    ['k-outlook-password-prompts'],
  ),
  // Teams
  t(
    'in teams calls people say they cant hear me but i can hear them fine. using the jabra headset the office gave me',
    null,
    ['k-teams-troubleshooting'],
  ),
  t(
    "Two things - teams is just a white window since this morning and won't load, and also my second screen isn't coming on when I plug into the dock thing. Already tried turning both off and on again.",
    hf,
    ['k-teams-troubleshooting', 'k-docking-stations'],
  ),
  // OneDrive / SharePoint
  t(
    "got little red crosses on a heap of files in the one drive folder, and it's been saying sync pending for 2 days",
    null,
    ['k-onedrive-sharepoint-sync'],
  ),
  t(
    'The Property Files folder from sharepoint is showing up twice in file explorer now, one with (1) on the end. which one am I meant to save into??',
    wsp,
    ['k-onedrive-sharepoint-sync'],
  ),
  // Quarantine / NDR
  t(
    "One of our suppliers says they've sent us the same invoice 3 times this week and we never got it. Not in junk. Can you find it?",
    null,
    ['k-quarantine-spam'],
  ),
  t(
    'I keep getting these emails from quarantine@messaging something saying messages are being held for me. Are these legit or a scam? One of them is from a referring GP I actually need',
    crp,
    ['k-quarantine-spam'],
  ),
  t(
    'email to a supplier keeps bouncing back with 550 5.1.10 recipient not found, but I emailed the same guy last month no problem',
    null,
    ['k-ndr-bounce-codes'],
  ),
  t(
    'URGENT nobody in the office can send emails out, everything comes back undeliverable with 5.7.708 or similar. Started about an hour ago',
    wsp,
    ['k-ndr-bounce-codes', 'k-compromised-account'],
  ),
  // Licensing
  t("word says UNLICENSED PRODUCT across the top in a red bar and won't let me edit anything", null, [
    'k-licence-assignment',
  ]),
  t(
    'New starter at Wattle Street tomorrow (Priya S). Going to assign her M365 and it says no licences available. Do I just buy one on their card?',
    null,
    ['k-licence-assignment', 'k-starters-leavers'],
  ),
  // Password / MFA
  t('got a new phone and the authenticator app is gone. cant log in to anything now', null, [
    'k-password-mfa-reset',
  ]),
  t(
    "My password expired while I'm working from home and now the laptop won't let me change it, it says it can't contact the domain or something",
    hf,
    ['k-password-mfa-reset'],
  ),
  // AD lockouts / Entra
  t(
    'My account keeps getting locked out like every 20 mins since I changed my password on friday. IT unlocked it twice already and it just happens again. getting really annoying',
    hf,
    ['k-ad-account-lockouts'],
  ),
  t(
    'User locked out again, found event 4740 on the DC and the caller computer is HF-RDS01. What next?',
    null,
    ['k-ad-account-lockouts', 'k-remote-desktop'],
  ),
  t(
    "Hi, I'm in Bali for a conference and can't get into my email or anything, it says AADSTS53003 access has been blocked. Flying home next Thursday. - Sent from my iPhone",
    null,
    ['k-entra-aadsts-errors'],
  ),
  t(
    'trying to log into the new inspection app with my microsoft login and it says AADSTS50105 something about not being assigned to a role',
    wsp,
    ['k-entra-aadsts-errors'],
  ),
  // Wi-Fi / VPN / DNS / internet / firewall
  t('wifi keeps dropping out on my laptop, my phone is fine on the same wifi', null, ['k-wifi-drops']),
  t(
    'The wireless is down for the whole upstairs area, the little lights on the ceiling things are all off. Downstairs is fine.',
    crp,
    ['k-wifi-drops'],
  ),
  t('vpn stuck at 98%', null, ['k-vpn-forticlient']),
  t(
    "Working from home today and the Fortinet thing gives me error -14 permission denied. My password is definitely right because I'm logged into email",
    wsp,
    ['k-vpn-forticlient'],
  ),
  t(
    "I can connect to the VPN at home fine but once it's connected I can't open the S drive or RadiSuite reports folder, says it can't find it",
    crp,
    ['k-vpn-forticlient', 'k-dns-resolution'],
  ),
  t('getting DNS_PROBE_FINISHED_NXDOMAIN on some websites, others load fine', null, ['k-dns-resolution']),
  t(
    "I'm in the office today and my mapped drive says network path was not found, everyone else around me can get to it. I can ping the server by number though (Sam from IT showed me)",
    hf,
    ['k-dns-resolution'],
  ),
  t(
    'Whole clinic has no internet since 8am!! phones still work. Someone said the nbn box on the wall has a red light',
    crp,
    ['k-internet-outage'],
  ),
  t('internet down paddington', wsp, ['k-internet-outage']),
  t(
    "Trying to get onto a supplier's website and I get a page saying Web Page Blocked, category Newly Observed Domain. I need to order from them today",
    null,
    ['k-firewall-web-filter'],
  ),
  t(
    'Our security camera installer needs a port opened on the router so he can look at the cameras from his office. Can you guys do that? His name is Rob, 0412 555 019',
    hf,
    ['k-firewall-web-filter'],
  ),
  // Windows endpoints
  t(
    'computer is sooooo slow in the mornings, takes like 15 minutes to get to the desktop, just says please wait',
    null,
    ['k-slow-startup'],
  ),
  t(
    "laptop has been really sluggish all week and now I'm getting a message that the c drive is nearly full so I can't save the contract I'm working on",
    wsp,
    ['k-slow-startup', 'k-low-disk-space'],
  ),
  t('update keeps failing, error 0x800f09.. something, its tried 3 times', null, ['k-windows-update-errors']),
  t(
    "The PC at front desk has been stuck on 'working on updates 35% don't turn off your computer' since last night. Can we turn it off?",
    crp,
    ['k-windows-update-errors'],
  ),
  t(
    'Blue screen asking for a recovery key, 48 digits?? laptop was fine yesterday. I think it did a BIOS update overnight',
    null,
    ['k-bitlocker-recovery'],
  ),
  t(
    "One of our site engineers is at the Geelong project and his laptop is asking for a bitlocker key. Key ID starts 4F2A. He's got a client meeting at 11, please call him on his mobile",
    hf,
    ['k-bitlocker-recovery'],
  ),
  t(
    'logged in and all my desktop icons and files are gone!!! it says something about a temporary profile',
    null,
    ['k-temp-profile'],
  ),
  t(
    "Signed in this morning and it's like a brand new computer, none of my stuff is there, wallpaper's gone too. Have I been hacked??",
    wsp,
    ['k-temp-profile'],
  ),
  t('RMM alert: HF-FS01 D: volume under 10% free', null, ['k-low-disk-space']),
  t('no sound coming out of my computer since I started plugging it into the new monitor', null, [
    'k-audio-webcam-drivers',
  ]),
  t("Webcam not showing up at all, not even in device manager. It's the built in one on the Dell", hf, [
    'k-audio-webcam-drivers',
  ]),
  t('the plug-in box for the laptop has stopped charging the laptop. the screens still work off it', crp, [
    'k-docking-stations',
  ]),
  // Printing / scanning
  t("printer says offline but I can see it's on and it printed for Jenny 5 mins ago", null, [
    'k-printing-issues',
  ]),
  t(
    "print jobs are just stuck in the queue for the Level 2 Kyocera and I can't delete them, says deleting forever",
    hf,
    ['k-printing-issues'],
  ),
  t(
    'copier scan to email stopped working the same week we changed internet providers. Says SMTP connection failed on the screen',
    hf,
    ['k-scan-to-email-folder'],
  ),
  t(
    'Scan to folder on the Ricoh stopped working after you guys did the server upgrade on the weekend. Scan to USB still works',
    crp,
    ['k-scan-to-email-folder'],
  ),
  // Backup / restore
  t('I accidentally deleted a folder off the shared drive yesterday afternoon, can it be got back?', null, [
    'k-restore-files',
  ]),
  t(
    "I saved over the structural calc spreadsheet with the wrong numbers, it lives in the Teams files / sharepoint. Can we get last week's one back?",
    hf,
    ['k-restore-files'],
  ),
  t(
    'Hi there, I deleted an email from a landlord about 2 months ago (emptied the deleted folder too, sorry) and we need it for a NCAT hearing next week. Is there any way to recover it? Cheers, Mel',
    wsp,
    ['k-restore-files'],
  ),
  // Security
  t(
    'got an email saying I had a docusign waiting, I clicked it and typed my password in before I realised it looked dodgy. what do I do',
    null,
    ['k-phishing', 'k-compromised-account'],
  ),
  t(
    "Is this email real? It says it's from Medicare and wants me to update the practice bank details through a link",
    crp,
    ['k-phishing'],
  ),
  t(
    "A landlord just rang me saying they got an email from ME asking them to change the bank account for their rent. I never sent that!! Also I've been getting replies to stuff I didn't write",
    wsp,
    ['k-compromised-account'],
  ),
  t('Defender alert: suspicious inbox forwarding rule, user at Harrow & Finch (j.mackay)', null, [
    'k-compromised-account',
  ]),
  t(
    "pop up on my screen saying my computer is infected and to call microsoft on a 1800 number, beeping and won't close",
    null,
    ['k-malware-alert'],
  ),
  t(
    'S1 threat on CRP-FD02, process was killed and quarantined. What else do I need to do before closing?',
    null,
    ['k-malware-alert'],
  ),
  t(
    'Left my work laptop on the train this morning :( reported it to Sydney Trains lost property but nothing yet',
    null,
    ['k-lost-stolen-device'],
  ),
  t(
    "my phone got nicked at the pub last night, it had work emails and teams on it. it's my own phone not a work one",
    hf,
    ['k-lost-stolen-device'],
  ),
  // Staff changes
  t(
    'Hi, we have a new grad starting Monday the 3rd, Emily Chen, civil team. Same access as Tom Bradley please. Laptop too. Thanks, Karen (Office Manager)',
    hf,
    ['k-starters-leavers'],
  ),
  t(
    'Dr Wong finished up with us on Friday. Can you please turn off her access, but her emails need to keep going to Fiona',
    crp,
    ['k-starters-leavers'],
  ),
  // Remote desktop / mobile
  t('trying to remote into my work pc from home and it says error 0x204', null, ['k-remote-desktop']),
  t(
    'Remote desktop to the office says your credentials did not work. I changed my password yesterday, new one works on email',
    hf,
    ['k-remote-desktop'],
  ),
  t(
    'outlook on my iphone now says my organisation requires intune company portal??? what is that, is it a virus',
    null,
    ['k-intune-company-portal'],
  ),
  t(
    'Trying to set up my new Android phone for work email, the company portal app says device cap reached',
    crp,
    ['k-intune-company-portal'],
  ),
  // Harrow & Finch runbooks
  t('vpn says portal not found. typed in remote.harrowfinch.com.au like always', hf, ['k-hf-globalprotect']),
  t(
    "Working from the Ballarat site office today, VPN is connected but the P drive has a red X on it and Vault won't open",
    hf,
    ['k-hf-globalprotect'],
  ),
  t("the global protect thing says I'm not authorised to connect, I'm a new starter from last week", hf, [
    'k-hf-globalprotect',
  ]),
  t("can't submit last week's timesheet, it says period closed. I was on leave and only back today", hf, [
    'k-hf-projectledger',
  ]),
  t('the timesheet website gives me an error 401 token expired every time', hf, ['k-hf-projectledger']),
  t("ProjectLedger won't open from home, says cannot connect to database PLSQL01. Works in the office", hf, [
    'k-hf-projectledger',
    'k-hf-globalprotect',
  ]),
  t(
    'Sending A1 drawings from Revit to the big printer and they come out on a tiny bit of the page with heaps of white around them',
    hf,
    ['k-hf-designjet-plotter'],
  ),
  t('plotter not plotting. queue says printing but nothing comes out, been 20 mins', hf, [
    'k-hf-designjet-plotter',
  ]),
  // Coastal Radiology runbooks
  t(
    "Dr Lam can't see the CT from this morning in Clearview, it says study not found. Patient's still in the waiting room",
    crp,
    ['k-crp-clearview-pacs'],
  ),
  t('images stuck at 0% loading in the viewer in room 3, the other rooms are OK', crp, [
    'k-crp-clearview-pacs',
  ]),
  t(
    "A referring GP (Dr Hassan at Bayside Medical) says she can't log in to see her patients' scans online. Can you set her up?",
    crp,
    ['k-crp-clearview-pacs'],
  ),
  t('patient labels coming out blank at front desk 1', crp, ['k-crp-radisuite-ris']),
  t(
    'RIS is frozen on all the front desks, just says retrieving worklist. Waiting room is filling up!!',
    crp,
    ['k-crp-radisuite-ris'],
  ),
  t('Medicare claims failing since this morning, the error mentions PRODA something expired', crp, [
    'k-crp-radisuite-ris',
  ]),
  t(
    "Dragon isn't picking up anything I say. The speech mike buttons light up but nothing types. Reporting room 1.",
    crp,
    ['k-crp-reporting-workstations'],
  ),
  t(
    'The reporting monitor in room 2 says calibration overdue and looks really dim, can I just turn the brightness up?',
    crp,
    ['k-crp-reporting-workstations'],
  ),
  // Wattle Street runbooks
  t(
    'bank rec import in rentroll says file format not recognised. Same file I always upload from CommBiz',
    wsp,
    ['k-wsp-rentroll-pro'],
  ),
  t(
    "I'm locked out of Rent Roll, can you please reset my password asap, I have 6 lease renewals to do today",
    wsp,
    ['k-wsp-rentroll-pro'],
  ),
  t("scans from the copier at newtown aren't coming through to my email anymore, printing is fine", wsp, [
    'k-wsp-bizhub-scanning',
  ]),
  t("I tap my card on the printer and it says card not recognised, my contract won't come out", wsp, [
    'k-wsp-bizhub-scanning',
  ]),
  t("Hi it's Jake from sales, got a new iPhone, need my authenticator moved over. Tessa said it's OK", wsp, [
    'k-wsp-agent-phones',
    'k-password-mfa-reset',
  ]),
  t(
    'Outlook on my phone keeps saying my organisation now protects its data and to restart. Do I need to install that Company Portal app like my brother at his work?',
    wsp,
    ['k-wsp-agent-phones'],
  ),
  // Nothing in this KB fixes these
  t(
    'Marketing want to run a Teams webinar for clients next month and need a registration page with our logo and a custom sign-up form. How do we set that up?',
    null,
    null,
  ),
  t('GlobalProtect says portal not found when I try to connect from home. Was working last week', crp, null),
  t(
    'I tapped my staff card on the copier to release my print and it says card not recognised. Level 2 one',
    hf,
    null,
  ),
  t(
    'Can you build us a new SharePoint intranet homepage with a news section, staff birthdays and our branding? Happy to get a quote first',
    null,
    null,
  ),
  t(
    'How do I put a password on a USB stick with bitlocker so I can courier drawings to the client?',
    hf,
    null,
  ),
  t('The Level 2 printer is low on cyan toner, can you order a couple more cartridges', hf, null),
  t('How do I add the new logo to my outlook email signature? Marketing sent the image', null, null),
  t(
    'Our Adobe Acrobat Pro licence expires at the end of the month, can you renew it for the 4 users?',
    crp,
    null,
  ),
  t(
    'Can we get a separate guest wifi for buyers at open homes in the office, with its own password we can give out?',
    wsp,
    null,
  ),
  t(
    "How do I back up the photos on my personal iPhone before I trade it in? Don't want to lose the kids' pics",
    null,
    null,
  ),
  t(
    'Client (Harrow) wants to run a phishing simulation for all staff plus some security awareness training videos. What do we offer?',
    null,
    null,
  ),
  t(
    'Windows Hello face sign in stopped recognising me after I got glasses, have to type my PIN every time now',
    null,
    null,
  ),
  t('Need a quote for two more monitors and a docking station for the new admin desk please', crp, null),
  t("Mitel phone handset at reception says No Service on the screen, can't make or take calls", crp, null),
  t('Xero bank feed stopped pulling in transactions from CommBiz, last ones are from Tuesday', wsp, null),
];
