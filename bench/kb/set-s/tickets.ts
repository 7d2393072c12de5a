/**
 * Set S: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set S knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_S_CLIENTS } from './articles.ts';

const { brazos, smokehouse, academy, derm } = SET_S_CLIENTS;

export const SET_S_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- no company: answerable
  {
    text: 'outlook just spins on loading profile since this morning. webmail on my phone works fine. thx, Debbie',
    company: null,
    expected: ['s-outlook-profile-rebuild'],
  },
  {
    text: 'my email (the blue one, not gmail) keeps asking me for my password over and over. I type it in and the box comes right back. I changed my password yesterday if that matters',
    company: null,
    expected: ['s-outlook-profile-rebuild'],
  },
  {
    text: 'Hi, can you give Marcus access to the billing inbox? He needs to send out of it too. Thanks, Trish (office mgr)',
    company: null,
    expected: ['s-shared-mailbox-access'],
  },
  {
    text: "I was supposedly added to the info@ box last week but it isn't on the left side of my outlook anywhere",
    company: null,
    expected: ['s-shared-mailbox-access'],
  },
  {
    text: 'emailed our vendor at her new address and it bounced back saying recipient not found or something. I triple checked the spelling',
    company: null,
    expected: ['s-exchange-ndr-bounces'],
  },
  {
    text: "getting a message my mailbox is full and I can't send. I never delete anything lol. can you make it bigger",
    company: null,
    expected: ['s-exchange-ndr-bounces'],
  },
  {
    text: "a customer says when she emails our sales group she gets a rejection message back. she's outside the company obviously",
    company: null,
    expected: ['s-exchange-ndr-bounces'],
  },
  {
    text: "I'm the new assistant for our CFO. I can see when he is busy but not what the meetings are, and it won't let me add anything to his schedule",
    company: null,
    expected: ['s-calendar-delegate-access'],
  },
  {
    text: 'teams is just a white screen. restarted twice. meeting in 20 min HELP',
    company: null,
    expected: ['s-new-teams-wont-load'],
  },
  {
    text: "my onedrive has a red x on it and my stuff isn't going up to the cloud. something about a file name?",
    company: null,
    expected: ['s-onedrive-sync-stuck'],
  },
  {
    text: "the microsoft word says UNLICENSED PRODUCT across the top and I can't type in anything",
    company: null,
    expected: ['s-m365-license-office-activation'],
  },
  {
    text: 'new phone!! how do I get the authenticator thingy moved over? already traded the old one in at the verizon store',
    company: null,
    expected: ['s-mfa-new-phone-reregister'],
  },
  {
    text: 'locked out of my computer, says account is locked. tried too many times I guess. need in asap',
    company: null,
    expected: ['s-password-reset-account-lockout'],
  },
  {
    text: "I'm at a conference in Cancun and when I try to get my email on my laptop it says you cannot access this right now",
    company: null,
    expected: ['s-conditional-access-53003'],
  },
  {
    text: "brand new dell has been on the 'setting up for work' screen for about 2 hours, is that normal",
    company: null,
    expected: ['s-autopilot-esp-stuck'],
  },
  {
    text: 'NinjaOne Alert | Patch Install Failed | Device: DESKTOP-8HJ2KQ | 2024-10 Cumulative Update for Windows 11 (KB5044284) | Result: 0x800f0922 | Please review.',
    company: null,
    expected: ['s-windows-update-failing'],
  },
  {
    text: 'logged in and all my icons are gone and the background is the plain blue one. where did all my stuff go??? I have a proposal due today',
    company: null,
    expected: ['s-windows-temporary-profile'],
  },
  {
    text: 'printer says offline but its on and everybody else can print to it',
    company: null,
    expected: ['s-printer-offline-driver-spooler'],
  },
  {
    text: "laptop came up with a blue screen asking for a recovery key, don't know what that is. I think it did some kind of update last night",
    company: null,
    expected: ['s-bitlocker-recovery-key'],
  },
  {
    text: 'my pc is sooo slow, takes forever to open anything and the fan is going crazy. its like 6 yrs old',
    company: null,
    expected: ['s-slow-pc-triage'],
  },
  {
    text: "Hey y'all, couple things. My second screen won't come on when I dock my laptop in the morning. Also the printer by accounting says offline again and nothing is printing. Thanks, Ron",
    company: null,
    expected: ['s-dock-monitors-usb-peripherals', 's-printer-offline-driver-spooler'],
  },
  {
    text: "my usb headset quit working, windows pops up saying the device isn't recognized",
    company: null,
    expected: ['s-dock-monitors-usb-peripherals'],
  },
  {
    text: 'On my macbook outlook keeps asking to use confidential information in my keychain, I click allow and it asks again 5 min later',
    company: null,
    expected: ['s-macos-keychain-office-prompts'],
  },
  {
    text: 'wifi says connected no internet on my laptop only, my phone is fine on the same wifi',
    company: null,
    expected: ['s-wifi-connected-no-internet'],
  },
  {
    text: 'VPN giving me error 7200 when I try to connect from home',
    company: null,
    expected: ['s-forticlient-vpn-errors'],
  },
  {
    text: "can't get to our supplier's ordering site, chrome says DNS_PROBE something. works on my phone with wifi off",
    company: null,
    expected: ['s-dns-single-site-wont-load'],
  },
  {
    text: "the plug in the wall at my new desk doesn't work, computer says unidentified network. I just moved over from the front office",
    company: null,
    expected: ['s-wired-jack-no-network-apipa'],
  },
  {
    text: "half the office can't get on the network this morning, they're getting weird 169 addresses. we added a bunch of new tablets for the warehouse yesterday",
    company: null,
    expected: ['s-wired-jack-no-network-apipa'],
  },
  {
    text: 'INTERNET IS DOWN FOR THE WHOLE OFFICE!! phones too. the comcast box has orange blinking lights',
    company: null,
    expected: ['s-isp-outage-triage'],
  },
  {
    text: "trying to go to a parts supplier website and get a red page saying web page blocked, newly registered domain. boss ok'd it, need it today",
    company: null,
    expected: ['s-fortiguard-web-filter-block'],
  },
  {
    text: "Quickbooks error H202 on Sandra's computer only, everyone else is fine",
    company: null,
    expected: ['s-quickbooks-desktop-multiuser'],
  },
  {
    text: "adobe turned into just the reader, I can't combine pdfs anymore",
    company: null,
    expected: ['s-acrobat-reverted-to-reader'],
  },
  {
    text: 'adobe keeps wanting me to sign in and now says my trial expired?? we pay for this',
    company: null,
    expected: ['s-acrobat-reverted-to-reader'],
  },
  {
    text: "tech Ruben says the app on his ipad won't pull down his jobs, just says unable to sync. he has like 40 pictures waiting to go up",
    company: null,
    expected: ['s-servicetitan-mobile-sync'],
  },
  {
    text: 'clicked on a docusign link this morning and it asked me to sign in with my microsoft. I did and then it went to a blank page. is that bad?',
    company: null,
    expected: ['s-phishing-link-clicked', 's-bec-compromised-mailbox'],
  },
  {
    text: "got a weird email from 'our CEO' asking me to buy gift cards. didn't click anything, just letting y'all know",
    company: null,
    expected: ['s-phishing-link-clicked'],
  },
  {
    text: "Customers are telling me they got emails from me I never sent. Also found a rule in outlook I didn't make",
    company: null,
    expected: ['s-bec-compromised-mailbox'],
  },
  {
    text: "every email I send comes back, says I'm not recognized as a valid sender and my account is restricted??",
    company: null,
    expected: ['s-bec-compromised-mailbox', 's-exchange-ndr-bounces'],
  },
  {
    text: "all the files on the shared drive have .akira on the end and there's a text file in every folder. What do I do",
    company: null,
    expected: ['s-ransomware-first-response'],
  },
  {
    text: 'SentinelOne Alert - Threat Detected\nEndpoint: FRONTDESK-02\nThreat: setup_patch.exe\nStatus: Not Mitigated\nConfidence: Malicious\nPath: C:\\Users\\mgarza\\Downloads\\setup_patch.exe',
    company: null,
    expected: ['s-sentinelone-alert-triage'],
  },
  {
    text: 'we have a new estimator starting monday, Jose Ramirez. will need a laptop and email like the other estimators have',
    company: null,
    expected: ['s-new-hire-onboarding'],
  },
  {
    text: "Today is Kevin's last day, please turn off his access at 5 and give his email to his manager Tina",
    company: null,
    expected: ['s-employee-offboarding'],
  },
  {
    text: "accidentally deleted the Projects folder on the S drive yesterday afternoon, can y'all get it back? - Frank",
    company: null,
    expected: ['s-datto-file-restore'],
  },
  {
    text: 'no keypad in teams to call out, my coworkers have one',
    company: null,
    expected: ['s-teams-phone-outbound-calling'],
  },
  {
    text: 'desk phone says no service',
    company: null,
    expected: ['s-yealink-hosted-pbx-no-service'],
  },
  {
    text: "people on calls say they can't hear me on my desk phone but I can hear them fine, and calls drop after like 30 seconds",
    company: null,
    expected: ['s-yealink-hosted-pbx-no-service'],
  },
  {
    text: 'copier quit sending scans to email. says smtp auth error on the screen',
    company: null,
    expected: ['s-mfd-scan-to-email'],
  },
  {
    text: "getting approve sign in notifications on my phone like 10 times today and I'm not even logging in to anything",
    company: null,
    expected: ['s-bec-compromised-mailbox'],
  },
  {
    text: "intune says my computer doesn't meet compliance requirements and now I can't get into outlook on it",
    company: null,
    expected: ['s-conditional-access-53003'],
  },
  {
    text: "wolfpack keeps saying can't connect to the database ever since the server rebooted last night",
    company: null,
    expected: ['s-wolfepak-sql-connection'],
  },
  {
    text: "toast says offline on register 2 and the card reader on it isn't working, other registers ok",
    company: null,
    expected: ['s-toast-pos-terminal-offline'],
  },
  {
    text: 'printer offline AND my outlook keeps asking for a password. fun monday',
    company: null,
    expected: ['s-printer-offline-driver-spooler', 's-outlook-profile-rebuild'],
  },
  {
    text: "Good morning, the remote support isn't working on my laptop, your tech said my computer isn't showing up on his end. It's on and I'm using it right now. Thanks, Gloria",
    company: null,
    expected: ['s-rmm-agent-offline'],
  },

  // ---------------------------------------------------------------- no company: unanswerable
  {
    text: 'Can you send me a quote for 4 new laptops for the estimators? same as last time',
    company: null,
    expected: null,
  },
  {
    text: "Need Visio for Angela, can we buy her a license? she's doing org charts",
    company: null,
    expected: null,
  },
  {
    text: 'how do I do breakout rooms in a teams meeting? running a training thursday for 30 people',
    company: null,
    expected: null,
  },
  {
    text: "Quickbooks online bank feed hasn't pulled in anything from Chase since Friday",
    company: null,
    expected: null,
  },
  {
    text: 'premiere pro crashes every time I export a video, adobe just says unknown error',
    company: null,
    expected: null,
  },
  {
    text: 'excel vlookup giving #N/A even though I can see the value right there in the other sheet',
    company: null,
    expected: null,
  },
  {
    text: 'please push Bluebeam out to all the estimators laptops through intune, we bought the licenses',
    company: null,
    expected: null,
  },
  {
    text: "zoom webinar registration isn't sending the confirmation emails to people who sign up",
    company: null,
    expected: null,
  },
  {
    text: 'copier is printing a grey streak down the left side of every page',
    company: null,
    expected: null,
  },
  {
    text: 'our website is down and godaddy is saying the domain expired??',
    company: null,
    expected: null,
  },
  {
    text: 'who do I talk to about my direct deposit, my check was short this week',
    company: null,
    expected: null,
  },
  {
    text: 'microwave in the break room tripped the breaker and now the coffee maker outlet is dead too',
    company: null,
    expected: null,
  },
  {
    text: 'need a new sharepoint site for HR, only HR should be able to see it',
    company: null,
    expected: null,
  },
  {
    text: "teams always shows me as away even when I'm working all day at my desk",
    company: null,
    expected: null,
  },
  {
    text: 'need to put some files on a thumb drive with a password on it to mail to our auditors, how do I do that',
    company: null,
    expected: null,
  },
  {
    text: 'can I use one of those usb keys (yubikey?) instead of the authenticator app on my phone',
    company: null,
    expected: null,
  },
  {
    text: "need a site to site vpn to our new warehouse in baytown, when can y'all schedule it",
    company: null,
    expected: null,
  },

  // ---------------------------------------------------------------- Brazos Basin
  {
    text: "vpn won't connect from the rig on my verizon hotspot. gets to the microsoft sign in page then just sits there spinning",
    company: brazos,
    expected: ['s-brazos-field-laptop-vpn', 's-forticlient-vpn-errors'],
  },
  {
    text: "connected to the vpn but my S drive isn't there. Tommy - Pleasanton",
    company: brazos,
    expected: ['s-brazos-field-laptop-vpn', 's-forticlient-vpn-errors'],
  },
  {
    text: 'we got starlink out at the frac site now and the vpn drops every couple minutes, about to lose my mind',
    company: brazos,
    expected: ['s-brazos-field-laptop-vpn'],
  },
  {
    text: 'wolfpack icon is gone from my start menu, need to get checks out today',
    company: brazos,
    expected: ['s-brazos-wolfepak-rds'],
  },
  {
    text: "Morning y'all. Linda says somebody has wolfe pak locked up and she can't run JIBs. We're fixing to close the month and she's about to have a fit. Can somebody look at it quick? Thanks, Shelby",
    company: brazos,
    expected: ['s-brazos-wolfepak-rds', 's-wolfepak-sql-connection'],
  },
  {
    text: 'checks printed on the regular printer instead of the special check one and the bank kicked them back',
    company: brazos,
    expected: ['s-brazos-wolfepak-rds'],
  },
  {
    text: "midland yard internet is out. shop computers can't get on and the dish thing on the pole is blinking",
    company: brazos,
    expected: ['s-brazos-yard-network-starlink'],
  },
  {
    text: 'Meraki Alert: BBW-MID-MX68 - Uplink WAN1 is down. Failover to WAN2 active since 06:42 CDT.',
    company: brazos,
    expected: ['s-brazos-yard-network-starlink'],
  },
  {
    text: "6 new floor hands starting tomorrow out of Pleasanton, they'll need tablet logins and the safety app",
    company: brazos,
    expected: ['s-brazos-field-hand-onboarding'],
  },
  {
    text: 'new field supervisor Cody Hebert starts monday, needs laptop, email, vpn, all of it',
    company: brazos,
    expected: ['s-brazos-field-hand-onboarding', 's-new-hire-onboarding'],
  },
  {
    text: "one of the hands tried opening word on the yard office computer and it says it can't find a license. he signed in with his work email",
    company: brazos,
    expected: ['s-brazos-field-hand-onboarding', 's-m365-license-office-activation'],
  },
  {
    text: 'got a text saying my microsoft password was expiring, clicked it and put in my password. now getting weird approve prompts on my phone',
    company: brazos,
    expected: ['s-phishing-link-clicked', 's-bec-compromised-mailbox'],
  },
  {
    text: "can you put that splashtop thing on my office computer so I can get on it from the house? my wife's doctor office uses it",
    company: brazos,
    expected: null,
  },

  // ---------------------------------------------------------------- Bayou City Smokehouse
  {
    text: "all 3 registers at the Katy store say offline, it's lunch rush!!",
    company: smokehouse,
    expected: ['s-smokehouse-toast-network', 's-toast-pos-terminal-offline'],
  },
  {
    text: "Montrose - the square handheld won't take cards, says reader disconnected",
    company: smokehouse,
    expected: ['s-smokehouse-toast-network', 's-toast-pos-terminal-offline'],
  },
  {
    text: "kitchen printer isn't printing tickets on the line, expo is about to lose it",
    company: smokehouse,
    expected: ['s-smokehouse-kitchen-printers'],
  },
  {
    text: 'new GM at Sugar Land starting wed, Brittany Nguyen. needs email and whatever the last GM had',
    company: smokehouse,
    expected: ['s-smokehouse-gm-onboarding'],
  },
  {
    text: "guest wifi at heights isn't bringing up the welcome page for customers",
    company: smokehouse,
    expected: ['s-smokehouse-guest-wifi'],
  },
  {
    text: 'customers complaining the wifi is slow at pearland. also can we change the wifi password on the table tents',
    company: smokehouse,
    expected: ['s-smokehouse-guest-wifi'],
  },
  {
    text: "got an email from 'Toast' saying our account is suspended, click here to verify. looks fishy to me, didn't click",
    company: smokehouse,
    expected: ['s-phishing-link-clicked'],
  },
  {
    text: "office computer at heights won't print to the HP in the GM office, says offline. kitchen printers are fine",
    company: smokehouse,
    expected: ['s-printer-offline-driver-spooler'],
  },
  {
    text: "Carlos (KM at Montrose) got a new phone and can't get into his email, it wants him to approve on the old phone",
    company: smokehouse,
    expected: ['s-mfa-new-phone-reregister'],
  },
  {
    text: "bar terminal keeps dropping to offline mode but the rest are fine, it's on wifi I think",
    company: smokehouse,
    expected: ['s-smokehouse-toast-network', 's-toast-pos-terminal-offline'],
  },
  {
    text: "restaurant365 isn't pulling yesterday's sales from toast for any store, can y'all look",
    company: smokehouse,
    expected: null,
  },
  {
    text: 'Sugar Land GM quit, new one is Darnell. please take the old GM off the store email and give it to Darnell',
    company: smokehouse,
    expected: ['s-smokehouse-gm-onboarding', 's-employee-offboarding'],
  },

  // ---------------------------------------------------------------- Gulf Coast STEM Academy
  {
    text: "Good morning! Mrs. Patel's new laptop has been stuck on the setting up screen for 2 hours. She starts tomorrow and I need it ready for her. Is there something I'm supposed to click? Thank you, Ms. Alvarez (front office)",
    company: academy,
    expected: ['s-academy-staff-onboarding-autopilot', 's-autopilot-esp-stuck'],
  },
  {
    text: 'need accounts for 3 new teachers starting aug 5th, form is attached. one is at baytown',
    company: academy,
    expected: ['s-academy-staff-onboarding-autopilot'],
  },
  {
    text: 'I sent my worksheets to print and nothing came out of the copier in the workroom',
    company: academy,
    expected: ['s-academy-papercut-copiers'],
  },
  {
    text: 'copier says card not recognized when I tap my badge',
    company: academy,
    expected: ['s-academy-papercut-copiers'],
  },
  {
    text: "scan to email on the copier in the 200 hall isn't sending me anything",
    company: academy,
    expected: ['s-academy-papercut-copiers'],
  },
  {
    text: 'youtube video for my lesson is blocked for the kids, says blocked by administrator. works on my laptop',
    company: academy,
    expected: ['s-academy-lightspeed-filter'],
  },
  {
    text: 'need pbslearningmedia unblocked for 6th grade science please, lesson is thursday',
    company: academy,
    expected: ['s-academy-lightspeed-filter'],
  },
  {
    text: "teams won't open on my laptop, just white",
    company: academy,
    expected: ['s-new-teams-wont-load'],
  },
  {
    text: "Principal got an email that looks like it's from our superintendent asking to change a teacher's direct deposit. seems off",
    company: academy,
    expected: ['s-phishing-link-clicked'],
  },
  {
    text: 'laptop wifi keeps dropping in the gym and the library, fine in my classroom',
    company: academy,
    expected: ['s-wifi-connected-no-internet'],
  },
  {
    text: "password expired and I can't log in to my school laptop at home",
    company: academy,
    expected: ['s-password-reset-account-lockout'],
  },
  {
    text: 'Ms. Johnson deleted the whole 8th grade science folder off the shared drive by accident',
    company: academy,
    expected: ['s-datto-file-restore'],
  },

  // ---------------------------------------------------------------- Memorial Park Dermatology
  {
    text: "Dr. Ahmed can't send a controlled rx, says token code not valid. he got a new iphone over the weekend",
    company: derm,
    expected: ['s-derm-modmed-ema-login'],
  },
  {
    text: 'Epic is super slow at the front desk this morning and kicked me out twice',
    company: derm,
    expected: ['s-derm-modmed-ema-login'],
  },
  {
    text: 'insurance card scanner not working at check in',
    company: derm,
    expected: ['s-derm-card-scanner'],
  },
  {
    text: "scanner at front desk won't scan into the patient chart, says no scanner found",
    company: derm,
    expected: ['s-derm-card-scanner'],
  },
  {
    text: "Dr. Liu can't get into her office computer from home, it says offline",
    company: derm,
    expected: ['s-derm-provider-remote-access'],
  },
  {
    text: 'our new PA starts next week and needs to be able to chart from home like the doctors do',
    company: derm,
    expected: ['s-derm-provider-remote-access'],
  },
  {
    text: 'got an email with a fax attachment, opened it and it asked for my email password so I put it in',
    company: derm,
    expected: ['s-phishing-link-clicked', 's-bec-compromised-mailbox'],
  },
  {
    text: 'exam room 3 pc has a blue screen wanting a bitlocker recovery key',
    company: derm,
    expected: ['s-bitlocker-recovery-key'],
  },
  {
    text: 'Jessica (MA) last day is today, please remove her access',
    company: derm,
    expected: ['s-employee-offboarding'],
  },
  {
    text: "can't call patients back from teams, there's no dial pad",
    company: derm,
    expected: ['s-teams-phone-outbound-calling'],
  },
  {
    text: 'SentinelOne: Threat detected on MPD-EXAM3 | Classification: PUA | Status: Mitigated | Confidence: Suspicious',
    company: derm,
    expected: ['s-sentinelone-alert-triage'],
  },
  {
    text: 'locked out of the computer at the front desk and also cant get into ema. Maria',
    company: derm,
    expected: ['s-password-reset-account-lockout', 's-derm-modmed-ema-login'],
  },
  {
    text: 'the front desk girls want to tap their badge at the copier to print like they do at my kids school. can we get that?',
    company: derm,
    expected: null,
  },
];
