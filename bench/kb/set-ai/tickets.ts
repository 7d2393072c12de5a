/**
 * Set AI: a blind labelled KB set, written without reading the search code or any other set.
 *
 * Tickets for Wascana Tech Partners, a Regina, Saskatchewan MSP that keeps its runbooks in IT Glue
 * (see ./articles.ts). They come from staff at its four clients, written the way they really arrive:
 * Riverbend Family Dental Centre (Saskatoon dental practice on ABELDent and Dexis sensors), Prairie
 * Haul Transport Ltd. (Regina trucking firm on TruckMate with Geotab tablets and a shop), Kowalchuk
 * Desjardins LLP (Regina law firm on PCLaw, Worldox and Philips dictation) and Touchwood Hills Grain
 * Co-operative Ltd. (grain co-op in Punnichy with a scale house, AGRIS and a Starlink-linked
 * elevator at Lestock); plus alerts and notes logged by the MSP's own techs (company null). Most are
 * answerable by a runbook; the rest (expected: null) are what a real queue also holds: look-alike
 * requests the KB doesn't cover, change and purchase requests, another client's app, billing,
 * personal devices and noise.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_AI_CLIENTS } from './articles.ts';

const { riverbend, prairieHaul, kowalchuk, touchwood } = SET_AI_CLIENTS;

export const SET_AI_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------------------------------------
  // Outlook / Exchange
  // ---------------------------------------------------------------------------------------------
  {
    text: 'outlook keeps popping up asking me to sign in, i type my password and it just comes back 2 min later. been doing this since i changed my password on friday. front desk pc 2',
    company: riverbend,
    expected: ['ai-outlook-password-loop'],
  },
  {
    text: "Search in outlook doesn't find ANYTHING. I know there's an email from the other side's lawyer last week about the Hepworth file and searching the name shows nothing, just says something about trouble fetching results. I'm in the middle of a closing, please call asap 306-555-0168",
    company: kowalchuk,
    expected: ['ai-outlook-ost-search'],
  },
  {
    text: "outlook is super slow, takes like 5 min to open and then says updating inbox forever. emails I can see on my phone aren't there on the computer",
    company: touchwood,
    expected: ['ai-outlook-ost-search', 'ai-slow-pc'],
  },
  {
    text: "can Jenna get access to the reception@ email? she's covering the front while Kim is off on mat leave starting next week. approved by me - Dr. A. Patel",
    company: riverbend,
    expected: ['ai-shared-mailbox'],
  },
  {
    text: "When I try to send from accounts@ I get a bounce back saying I don't have permission to send as this sender?? Was working last week, nothing changed on my end. - Donna",
    company: kowalchuk,
    expected: ['ai-shared-mailbox'],
  },
  {
    text: "getting a msg that my mailbox is almost full and I can't delete anything cause I need all of it for the audit. what are my options",
    company: touchwood,
    expected: ['ai-mailbox-full'],
  },
  {
    text: 'A client says every email he sends to me bounces back with some error 550 something something. He sent me a screenshot of it from his other account. His email is a shaw.ca one. Can you look into it please, I need his signed docs.',
    company: kowalchuk,
    expected: ['ai-email-bounce-ndr'],
  },
  {
    text: "FW: Undeliverable: Load confirmation 55421\n\n---\nDelivery has failed to these recipients or groups:\ndispatch@westernfreightlines.ca\nThe email address you entered couldn't be found.\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n---\nis this on our end? I send to them every day",
    company: prairieHaul,
    expected: ['ai-email-bounce-ndr'],
  },
  {
    text: "Henry Schein order confirmations aren't showing up, the rep says they sent 3 this week. checked junk nothing there. we need them to know what's coming",
    company: riverbend,
    expected: ['ai-quarantine-junk', 'ai-email-bounce-ndr'],
  },
  {
    text: 'I got an email saying I have 3 messages held in quarantine, one of them is from the CN car order desk which I need. is it safe to release it or is this one of those fake emails?',
    company: touchwood,
    expected: ['ai-quarantine-junk'],
  },
  {
    text: "Can my assistant Lisa see and book into my calendar again? She used to be able to but since I got the new computer she only sees 'busy' on everything.\n\nM. Kowalchuk, K.C.\nKowalchuk Desjardins LLP",
    company: kowalchuk,
    expected: ['ai-calendar-delegate'],
  },

  // ---------------------------------------------------------------------------------------------
  // Teams / OneDrive / SharePoint / Office licensing
  // ---------------------------------------------------------------------------------------------
  {
    text: 'teams just shows a white screen and the spinny thing. restarted twice. same on my other login',
    company: kowalchuk,
    expected: ['ai-teams-not-loading'],
  },
  {
    text: "Teams opens in some other company's account?? I think it's from when I did a training with the Geotab people. cant see any of our chats or the dispatch channel",
    company: prairieHaul,
    expected: ['ai-teams-not-loading'],
  },
  {
    text: "on teams calls nobody can hear me, they said I'm muted but I'm not. using the jabra headset from the drawer",
    company: riverbend,
    expected: ['ai-teams-audio-video'],
  },
  {
    text: 'Camera not working for my 2pm video hearing — Teams says "we couldn\'t find a camera". It was fine yesterday. URGENT hearing starts at 2!!',
    company: kowalchuk,
    expected: ['ai-teams-audio-video'],
  },
  {
    text: 'onedrive has a red x on a bunch of files in the grain contracts folder and says cant sync. other people cant see my changes',
    company: touchwood,
    expected: ['ai-onedrive-sync'],
  },
  {
    text: "KD - user reports OneDrive stuck on 'Processing changes' for 2 days. She's syncing the whole Clients library (~40k files). Pause/resume didn't help.",
    company: null,
    expected: ['ai-onedrive-sync'],
  },
  {
    text: "Tried to open the Safety Manual in the Teams files tab and it says you need permission to access this item. I hit request access and nothing happened. I'm the new safety coordinator",
    company: prairieHaul,
    expected: ['ai-sharepoint-access'],
  },
  {
    text: "Opposing counsel says the disclosure link I sent them doesn't work. They get asked for a code, put it in, then it says their account isn't in our directory. Their assistant forwarded it to him from her email, not sure if that matters.",
    company: kowalchuk,
    expected: ['ai-sharepoint-access'],
  },
  {
    text: "Word and excel both have a red bar across the top saying UNLICENSED PRODUCT and it wont let me type anything. it's Brent's computer, he started monday",
    company: touchwood,
    expected: ['ai-office-activation'],
  },

  // ---------------------------------------------------------------------------------------------
  // Identity: MFA, passwords, conditional access
  // ---------------------------------------------------------------------------------------------
  {
    text: "got a new phone over the weekend, old one got traded in at SaskTel, now I can't approve the sign in thing on my laptop. the authenticator app on the new phone is empty",
    company: prairieHaul,
    expected: ['ai-mfa-reset'],
  },
  {
    text: 'The sign in number thing — it shows me a number on the screen but my phone doesnt pop up anything to type it into. phone is a samsung. been like this since the update',
    company: touchwood,
    expected: ['ai-mfa-reset'],
  },
  {
    text: "I keep getting these 'approve sign in' requests on my phone but I'm not trying to sign in?? Got like 6 this morning. I denied them all. is that ok or should I be worried",
    company: kowalchuk,
    expected: ['ai-compromised-mailbox', 'ai-mfa-reset'],
  },
  {
    text: 'Locked out of my computer, said too many attempts. forgot my password after the holidays. Michelle, hygienist op 3. I have a patient at 9',
    company: riverbend,
    expected: ['ai-sspr-password'],
  },
  {
    text: 'PHT - jsmith AD account locking out every ~30 min since his password change Monday. Unlocking in ADUC holds for a bit then locks again. Suspect old creds saved somewhere (he has an old iPad?).',
    company: null,
    expected: ['ai-sspr-password'],
  },
  {
    text: "Hi, I'm in Mexico for a family wedding and need to check my email for one file but Outlook on my phone says access blocked, you can't get there from here. Can you help? Back on the 14th.\n\nMarc Desjardins\nPartner\nKowalchuk Desjardins LLP",
    company: kowalchuk,
    expected: ['ai-conditional-access'],
  },
  {
    text: 'tried logging into email from my new laptop at home (my own, bought at Best Buy) and it says my device needs to be managed or something and blocks me from outlook. I just want to do some work at night',
    company: touchwood,
    expected: ['ai-conditional-access'],
  },

  // ---------------------------------------------------------------------------------------------
  // Intune / Autopilot / mobile devices
  // ---------------------------------------------------------------------------------------------
  {
    text: 'company portal on my phone says my device is not compliant and outlook stopped working on it. iphone 11',
    company: prairieHaul,
    expected: ['ai-intune-compliance', 'ai-mobile-outlook-setup'],
  },
  {
    text: "RFD - RFD-LT03 showing noncompliant in Intune, reason Encryption. Laptop was rebuilt last week by the Dexis tech when he installed the new imaging version. User can't open Teams.",
    company: null,
    expected: ['ai-intune-compliance'],
  },
  {
    text: "New laptop for KD (Latitude 5450, new hire Rachel T.) stuck on 'Setting up your device - Apps (1 of 4)' for over an hour during OOBE. Hash uploaded by Dell with group tag KD.",
    company: null,
    expected: ['ai-autopilot'],
  },
  {
    text: 'the new laptop says something went wrong 80180014 when I put in my email. its the one that came in the box from you guys yesterday. its the old dispatch supervisors laptop model i think',
    company: prairieHaul,
    expected: ['ai-autopilot'],
  },
  {
    text: "trying to set up my work email on my new iPhone in the regular Mail app and it won't take my password. I know it's right because I just logged in on the computer",
    company: kowalchuk,
    expected: ['ai-mobile-outlook-setup', 'ai-conditional-access'],
  },
  {
    text: "got outlook on my phone now but it won't let me copy an address from an email into google maps. says your organization's data cannot be pasted here. that's ridiculous I'm the one driving to the farm",
    company: touchwood,
    expected: ['ai-mobile-outlook-setup'],
  },
  {
    text: "I left my work laptop in a rental car at the Saskatoon airport. Called Enterprise they can't find it. What do I do??",
    company: prairieHaul,
    expected: ['ai-lost-device'],
  },
  {
    text: "lost my phone at the lake on the weekend, it had work email and teams on it. it's my own phone not the office's. got a new one today",
    company: riverbend,
    expected: ['ai-lost-device', 'ai-mfa-reset'],
  },

  // ---------------------------------------------------------------------------------------------
  // Windows
  // ---------------------------------------------------------------------------------------------
  {
    text: 'updates failed again on the front office computer, it says undoing changes every time I restart and takes forever. Wayne needs to use it',
    company: touchwood,
    expected: ['ai-windows-update-fail'],
  },
  {
    text: 'NinjaOne patch management: KD-WS07 cumulative update failing with 0x800f0922, 3 attempts. 41 GB free, no VPN client installed.',
    company: null,
    expected: ['ai-windows-update-fail'],
  },
  {
    text: 'logged in this morning and my desktop is blank, all my files and shortcuts are GONE!!! and the background is the default windows one. please help I have all my patient letters on there',
    company: riverbend,
    expected: ['ai-temp-profile'],
  },
  {
    text: "Windows says we can't sign in to your account and something about changes will be lost when I sign out? what changes",
    company: kowalchuk,
    expected: ['ai-temp-profile'],
  },
  {
    text: 'NinjaOne alert: THG-SCALE-PC01 - Disk C: free space below 10% (4.1 GB free of 118 GB)',
    company: null,
    expected: ['ai-disk-full'],
  },
  {
    text: "My computer is so slow its taking 10 min to open anything, I'm losing my mind. its the one in the agro centre. I can't run it like this with seeding starting, the farmers are lined up for chem",
    company: touchwood,
    expected: ['ai-slow-pc'],
  },
  {
    text: 'Laptop started with a blue screen asking for a long number, some key. I have a trial at 9:30 and all my notes are on it!!! Please call me 306-555-0133',
    company: kowalchuk,
    expected: ['ai-bitlocker-recovery'],
  },
  {
    text: "Turned on my computer and it's asking for a recovery key, has an ID on the screen 4E2A.. something. I don't have any key. I think Dell did an update last night, it restarted a couple times",
    company: prairieHaul,
    expected: ['ai-bitlocker-recovery'],
  },
  {
    text: 'blue screen came up said your pc ran into a problem, then restarted. 3 times today. sad face thing. code was something like memory managment',
    company: touchwood,
    expected: ['ai-bsod'],
  },
  {
    text: 'PHT-DISP04 rebooting randomly during the day, Kernel-Power 41 plus BugCheck 0x0000009f in the System log. User is on a WD19 dock.',
    company: null,
    expected: ['ai-bsod', 'ai-docking-monitors'],
  },
  {
    text: 'second monitor is black since I moved desks. laptop screen works fine. the dock thing has its light on',
    company: kowalchuk,
    expected: ['ai-docking-monitors'],
  },
  {
    text: 'P drive is gone from my computer, and the S drive has a red x on it',
    company: touchwood,
    expected: ['ai-mapped-drives'],
  },

  // ---------------------------------------------------------------------------------------------
  // Networking
  // ---------------------------------------------------------------------------------------------
  {
    text: "VPN won't connect from home. It just sits on connecting and then says cannot download the configuration file. I'm on my home wifi which works fine for Netflix lol",
    company: kowalchuk,
    expected: ['ai-watchguard-vpn'],
  },
  {
    text: "Working from the hotel in Calgary, the watchguard thing says authentication failed. Using my normal password. also can't get into the S drive obviously. need the rate sheets for a customer meeting at 1",
    company: prairieHaul,
    expected: ['ai-watchguard-vpn', 'ai-mapped-drives'],
  },
  {
    text: 'wifi in op 2 keeps dropping, the ipad we use for patient intake loses connection all day',
    company: riverbend,
    expected: ['ai-wifi'],
  },
  {
    text: 'whats the guest wifi password, we have a rep from Nutrien here for a meeting',
    company: touchwood,
    expected: ['ai-wifi'],
  },
  {
    text: 'My laptop says connected, no internet. Everyone around me is fine. I restarted it',
    company: kowalchuk,
    expected: ['ai-no-network-dhcp-dns', 'ai-wifi'],
  },
  {
    text: 'PHT - multiple shop workstations getting 169.254 addresses since this morning. Office side seems ok. Shop added 6 new tablets + a camera last week.',
    company: null,
    expected: ['ai-no-network-dhcp-dns'],
  },
  {
    text: 'INTERNET IS DOWN IN THE WHOLE OFFICE. phones are dead too. we have patients in chairs. please call Dr. Patel cell 306-555-0147',
    company: riverbend,
    expected: ['ai-isp-outage', 'ai-3cx-phone-no-service'],
  },
  {
    text: 'Multiple NinjaOne offline alerts for all Touchwood Hills head office devices starting 07:42, Firebox unreachable in WatchGuard Cloud. Lestock still up.',
    company: null,
    expected: ['ai-isp-outage', 'ai-ninja-device-offline'],
  },

  // ---------------------------------------------------------------------------------------------
  // Printing / scanning
  // ---------------------------------------------------------------------------------------------
  {
    text: "nothing printing. i sent a 60 page factum and now there's like 8 jobs stuck in the queue and I cant delete them. it says error - printing. need this filed by 4",
    company: kowalchuk,
    expected: ['ai-printer-offline'],
  },
  {
    text: 'Tried scanning the signed contracts at the copier to my email and it says error #801 or something. was working last week',
    company: touchwood,
    expected: ['ai-scan-to-email'],
  },
  {
    text: "The canon copier won't scan to the folder anymore since you guys changed the passwords last week. says cannot connect to destination",
    company: riverbend,
    expected: ['ai-scan-to-email'],
  },

  // ---------------------------------------------------------------------------------------------
  // Security incidents
  // ---------------------------------------------------------------------------------------------
  {
    text: "Got an email from 'Law Society of Saskatchewan' saying I have an outstanding fee and to click to pay. It looked weird so I didn't click anything. Forwarding it to you. Should I be worried?",
    company: kowalchuk,
    expected: ['ai-phishing-clicked'],
  },
  {
    text: 'oops. clicked a link in an email about a shipment from Purolator and it asked me to log in with my microsoft and I did. then nothing happened. now I feel stupid. what do I do',
    company: prairieHaul,
    expected: ['ai-phishing-clicked', 'ai-compromised-mailbox'],
  },
  {
    text: 'SentinelOne alert: RFD-OP4 - threat "Trojan.Generic" mitigated, file C:\\Users\\hygiene\\Downloads\\Invoice_8821.zip. Agent state: network quarantined.',
    company: null,
    expected: ['ai-sentinelone-threat', 'ai-phishing-clicked'],
  },
  {
    text: 'a box popped up saying SentinelOne blocked something and now WeighMaster wont open!! trucks are lined up at the scale, its harvest, CALL ME',
    company: touchwood,
    expected: ['ai-sentinelone-threat'],
  },
  {
    text: "Several clients have called me about an email I supposedly sent with a Dropbox link for 'Settlement Docs'. I never sent that!! And I'm getting tons of bounce backs for emails I didn't send. Please help, this is so embarrassing",
    company: kowalchuk,
    expected: ['ai-compromised-mailbox'],
  },
  {
    text: 'Defender alert: User restricted from sending email - dboyko@touchwoodhillscoop.ca. Sending patterns consistent with outbound spam. Please investigate.',
    company: null,
    expected: ['ai-compromised-mailbox'],
  },

  // ---------------------------------------------------------------------------------------------
  // On/offboarding
  // ---------------------------------------------------------------------------------------------
  {
    text: 'New hygienist starting Monday March 3 - Priya Sandhu. She needs email, a computer login for op 5, ABELDent login and a phone extension. Thanks! Dr. Patel',
    company: riverbend,
    expected: ['ai-onboarding'],
  },
  {
    text: "Driver manager Kevin Bouchard's last day is Friday. please shut off his stuff at 4pm, his emails should go to Troy. he has a company iphone and a laptop he'll hand in to me.\n\nSherry Wiebe\nHR & Payroll\nPrairie Haul Transport Ltd.",
    company: prairieHaul,
    expected: ['ai-offboarding'],
  },

  // ---------------------------------------------------------------------------------------------
  // Backups / restore
  // ---------------------------------------------------------------------------------------------
  {
    text: "[Veeam] Job 'KD-SRV01 Daily' finished with Failed\nKD-SRV01: Error: Failed to create VM snapshot. VSSControl: Failed to freeze guest over network, wait timeout",
    company: null,
    expected: ['ai-veeam-job-failed'],
  },
  {
    text: 'THG backup copy job to offsite failed 3 nights running - repository out of space. Nobody picked it up over the weekend.',
    company: null,
    expected: ['ai-veeam-job-failed'],
  },
  {
    text: 'I accidently deleted the 2024 patronage spreadsheet from the shared drive. Can we get it back?? it was there yesterday afternoon. Please please',
    company: touchwood,
    expected: ['ai-restore-files'],
  },
  {
    text: 'Someone saved over the rate sheet in the Sales team files with an old version. I need the one from yesterday morning',
    company: prairieHaul,
    expected: ['ai-restore-files'],
  },

  // ---------------------------------------------------------------------------------------------
  // Phones (3CX) / RMM
  // ---------------------------------------------------------------------------------------------
  {
    text: 'phone at the front says no service and the light on line 1 is red. the other phones are working',
    company: riverbend,
    expected: ['ai-3cx-phone-no-service'],
  },
  {
    text: "phones: when people call me they can hear me but i can't hear them. every call today. it's just me I think",
    company: kowalchuk,
    expected: ['ai-3cx-phone-no-service'],
  },
  {
    text: 'how do i change my voicemail pin i forgot it',
    company: touchwood,
    expected: ['ai-3cx-voicemail-forwarding'],
  },
  {
    text: "We're closed Good Friday and Easter Monday, please make the phones go to the closed message those days. Thanks, Kim",
    company: riverbend,
    expected: ['ai-3cx-voicemail-forwarding'],
  },
  {
    text: 'NinjaOne: PHT-SQL01 - Device offline since 02:14. Server. No other devices down at the site.',
    company: null,
    expected: ['ai-ninja-device-offline'],
  },

  // ---------------------------------------------------------------------------------------------
  // Riverbend Family Dental Centre: client runbooks
  // ---------------------------------------------------------------------------------------------
  {
    text: "abeldent won't open on any computer, says cant connect to server. first patient is at 8!!",
    company: riverbend,
    expected: ['ai-rfd-abeldent-connect'],
  },
  {
    text: "Op 1 computer - Abel says 'database engine not available'. the other rooms are working fine. we've restarted it",
    company: riverbend,
    expected: ['ai-rfd-abeldent-connect'],
  },
  {
    text: 'xray sensor not working in op 3, took the image and nothing comes up on the screen. dr is waiting with the patient in the chair',
    company: riverbend,
    expected: ['ai-rfd-xray-sensor'],
  },
  {
    text: 'RFD - Dexis images taken in Op 2 show as broken thumbnails from Op 4 and the front desk. Op 2 itself shows them fine.',
    company: riverbend,
    expected: ['ai-rfd-xray-sensor'],
  },
  {
    text: "insurance claims won't go through, its saying network error when we try to send to Sun Life and Blue Cross. patients are waiting at the desk to pay",
    company: riverbend,
    expected: ['ai-rfd-claims-itrans'],
  },
  {
    text: 'the debit machine says communication error, cant process payments. everything else seems ok',
    company: riverbend,
    expected: ['ai-rfd-moneris'],
  },
  {
    text: "signature pad isn't working for the new patient forms, pen does nothing on the little screen",
    company: riverbend,
    expected: ['ai-rfd-signature-pad'],
  },
  {
    text: "Hi guys, Dr Patel here. Two things - my laptop is super slow lately (takes forever to do anything) and the camera isn't working in Teams, I have study club tonight at 7 on Teams. Can someone look today?",
    company: riverbend,
    expected: ['ai-slow-pc', 'ai-teams-audio-video'],
  },

  // ---------------------------------------------------------------------------------------------
  // Prairie Haul Transport Ltd.: client runbooks
  // ---------------------------------------------------------------------------------------------
  {
    text: 'TruckMate says login failed, I know my password is right, I changed it this morning. tried a few times',
    company: prairieHaul,
    expected: ['ai-pht-truckmate'],
  },
  {
    text: 'after the update on the weekend everyone in dispatch gets some version error when opening truckmate. says client doesnt match. Monday morning, trucks need to go out',
    company: prairieHaul,
    expected: ['ai-pht-truckmate'],
  },
  {
    text: "Night dispatch here - remote truckmate keeps kicking me out every few minutes and when I go back in it says my session is being reconfigured. It's 2am and I have loads moving, need this fixed",
    company: prairieHaul,
    expected: ['ai-pht-rds-remoteapp'],
  },
  {
    text: "Unit 418 tablet says GO device not connected and the driver's logs aren't showing in the office. he's on the #1 headed to Winnipeg",
    company: prairieHaul,
    expected: ['ai-pht-geotab-tablets'],
  },
  {
    text: 'shop laptop insite says no datalink adapter found. cant diagnose the cascadia in bay 2',
    company: prairieHaul,
    expected: ['ai-pht-insite-shop'],
  },
  {
    text: "scanned all the BOLs this morning on the fujitsu and none of them are showing up in truckmate. Billing needs them to invoice today, it's month end",
    company: prairieHaul,
    expected: ['ai-pht-bol-scanning'],
  },
  {
    text: 'BOL scanner keeps jamming and feeding 2 sheets at a time, the error light is flashing',
    company: prairieHaul,
    expected: ['ai-pht-bol-scanning'],
  },

  // ---------------------------------------------------------------------------------------------
  // Kowalchuk Desjardins LLP: client runbooks
  // ---------------------------------------------------------------------------------------------
  {
    text: "PCLaw says data in use by another user and won't let me in. Everyone says they're out of it. I need to get the trust reconciliation done today - Donna",
    company: kowalchuk,
    expected: ['ai-kd-pclaw'],
  },
  {
    text: "The Worldox save box doesn't come up anymore when I save in Word, it just saves to Documents. Did something change?",
    company: kowalchuk,
    expected: ['ai-kd-worldox'],
  },
  {
    text: "My dictations aren't showing up for Shannon. I've done 4 today on the speechmike. she has nothing in her list",
    company: kowalchuk,
    expected: ['ai-kd-dictation'],
  },
  {
    text: "Can't get the ISC site to open the title search, I click on the result and nothing happens",
    company: kowalchuk,
    expected: ['ai-kd-land-titles'],
  },
  {
    text: 'boardroom tv has no picture for the zoom hearing at 10, the camera light is on. counsel from Saskatoon are already waiting',
    company: kowalchuk,
    expected: ['ai-kd-boardroom'],
  },
  {
    text: "We're on Teams on the boardroom computer but the tribunal says there's a terrible echo and squealing. 3 of us in the room on our laptops too",
    company: kowalchuk,
    expected: ['ai-kd-boardroom'],
  },

  // ---------------------------------------------------------------------------------------------
  // Touchwood Hills Grain Co-operative Ltd.: client runbooks
  // ---------------------------------------------------------------------------------------------
  {
    text: 'scale screen shows the weight on the indicator but the computer says 0. trucks waiting',
    company: touchwood,
    expected: ['ai-thg-scale-weight'],
  },
  {
    text: "Since the computer updated last night WeighMaster says no scale communication. Indicator on the wall is fine. We're weighing on paper tickets for now, harvest so it's busy",
    company: touchwood,
    expected: ['ai-thg-scale-weight'],
  },
  {
    text: 'ticket printer at scale printing weird symbols instead of tickets',
    company: touchwood,
    expected: ['ai-thg-ticket-printer'],
  },
  {
    text: 'AGRIS says all licenses in use but theres only 4 of us here today. Lorraine is off sick',
    company: touchwood,
    expected: ['ai-thg-agris-licences'],
  },
  {
    text: "Lestock can't send tickets to head office, their internet is down I think. Snowed a lot overnight. Should we type their tickets in here?",
    company: touchwood,
    expected: ['ai-thg-lestock-link'],
  },
  {
    text: "The GAC moisture tester isn't sending readings to the scale computer, we're typing them in by hand. Also I think it needs the new calibrations for this year's canola before we start taking it in",
    company: touchwood,
    expected: ['ai-thg-moisture-tester'],
  },
  {
    text: "Hi guys, a couple things.\n1) the printer in the agro office is offline again\n2) Darlene's outlook keeps asking for her password over and over\n3) can you set up the summer student, Cody Lysyk, starts May 5, needs email and AGRIS\n\nThanks,\nWayne Kozak\nGeneral Manager\nTouchwood Hills Grain Co-operative Ltd.\nBox 190, Punnichy SK",
    company: touchwood,
    expected: ['ai-printer-offline', 'ai-outlook-password-loop', 'ai-onboarding'],
  },

  // ---------------------------------------------------------------------------------------------
  // Unanswerable: nothing in the KB answers these (expected: null)
  // ---------------------------------------------------------------------------------------------
  {
    text: 'Can you make a new email group realestate@ that goes to the 3 conveyancing staff? Clients keep emailing the wrong person.',
    company: kowalchuk,
    expected: null,
  },
  {
    text: 'how do I turn on dark mode in outlook, the white is hurting my eyes by the end of the day',
    company: riverbend,
    expected: null,
  },
  {
    text: "Sage 50 payroll update says it can't install, some error about the company file being in use. payroll is due tomorrow",
    company: prairieHaul,
    expected: null,
  },
  {
    text: "Could someone look at my personal iPad, it won't update, says not enough storage. my grandson wants his games on it for the weekend",
    company: touchwood,
    expected: null,
  },
  {
    text: 'Zoom says "screen sharing disabled by host" when I try to present at the CE webinar. I am supposed to be presenting!',
    company: riverbend,
    expected: null,
  },
  {
    text: 'Can we get a quote for 3 more laptops with docks and monitors for the new dispatchers starting in June',
    company: prairieHaul,
    expected: null,
  },
  {
    text: "Please move the printer from the front office to Wayne's office, we're rearranging desks on Saturday",
    company: touchwood,
    expected: null,
  },
  {
    text: 'Automatic reply: Out of office\n\nI am at Agribition until Friday with limited email. For urgent scale matters call the scale house at 306-555-0110.',
    company: touchwood,
    expected: null,
  },
  {
    text: 'Re: Invoice #10482 - why are we billed for 24 Microsoft 365 licences when we have 22 staff? please explain before I pay this',
    company: kowalchuk,
    expected: null,
  },
  {
    text: "Thanks so much, it's all working now! You can close this one.",
    company: riverbend,
    expected: null,
  },
  {
    text: 'The Fujitsu scanner in the office says paper jam but there is no paper in it. we scan the settlement statements on it',
    company: touchwood,
    expected: null,
  },
  {
    text: 'The tablet in our grain truck (Geotab app) keeps saying GO device not connected. Can you fix it? Our driver is hauling to Viterra tomorrow',
    company: touchwood,
    expected: null,
  },
  {
    text: 'the yard camera on the fuel island shows a black screen on the NVR monitor in the shop office. the others are fine',
    company: prairieHaul,
    expected: null,
  },
  {
    text: 'Adobe Acrobat keeps saying my trial has expired and to buy a subscription. I need to combine PDFs for a court filing today',
    company: kowalchuk,
    expected: null,
  },
  {
    text: 'Can we get a password manager for the office? Dr Patel is tired of the sticky notes on the monitors. What do you recommend and what does it cost',
    company: riverbend,
    expected: null,
  },
  {
    text: 'Reminder: QBR with Prairie Haul Thursday 10am - need licence counts, hardware age report and the Firebox renewal date pulled before then.',
    company: null,
    expected: null,
  },
  {
    text: "We're opening a yard in Swift Current, SaskTel is installing internet there on the 12th. Can you set up the network and a firewall like we have here? 2 PCs and a printer",
    company: prairieHaul,
    expected: null,
  },
  {
    text: 'Can you create a new team in Teams for the Estates group and make Rachel, Tom and me owners? we want our own files area',
    company: kowalchuk,
    expected: null,
  },
  {
    text: "Got a letter from SaskTel saying they're retiring our copper phone lines in the fall. What do we need to do? The fax and the alarm are on those I think",
    company: touchwood,
    expected: null,
  },
  {
    text: 'WatchGuard notice: Firebox T40 at PHT reaches end of life next year. Schedule replacement quote and add to the roadmap.',
    company: null,
    expected: null,
  },
  {
    text: "Hey can someone call me about moving to the Microsoft Teams phone system? We're thinking of getting rid of the desk phones when the lease is up. - Troy",
    company: prairieHaul,
    expected: null,
  },
  {
    text: 'Is there a way to get Word to number paragraphs 1.1, 1.1.1 for our affidavits? the multilevel list keeps breaking when I paste from the precedent',
    company: kowalchuk,
    expected: null,
  },
];
