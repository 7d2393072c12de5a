/**
 * Set P: a blind labelled KB set, written without reading the search code or any other set.
 * Tickets as users and L1 techs write them for the Set P knowledge base, with hard negatives.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_P_CLIENTS } from './articles.ts';

const { prairie, hollister, redline, graceHarbor } = SET_P_CLIENTS;

export const SET_P_TICKETS: readonly LabelledTicket[] = [
  // ── Outlook / Exchange ──────────────────────────────────────────────────────────────────
  {
    text: 'outlook keeps poping up a box wanting my password over and over, i type it in and it comes right back. changed my pw yesterday -Trish',
    company: null,
    expected: ['p-outlook-password-prompt-loop'],
  },
  {
    text: "Email on my desktop says Need Password at the bottom and won't send anything. The web version works fine. Thanks, Mark Dunleavy",
    company: null,
    expected: ['p-outlook-password-prompt-loop'],
  },
  {
    text: 'when I look for emails from a vendor it finds nothing even tho I KNOW they are in there!!',
    company: null,
    expected: ['p-outlook-search-not-working'],
  },
  {
    text: "can't find old emails when i type in the box at the top, only shows stuff from this year. need an email from 2021 about the Marion job",
    company: null,
    expected: ['p-outlook-search-not-working'],
  },
  {
    text: 'Outlook just sits on the loading screen forever this morning, tried restarting twice. Help',
    company: null,
    expected: ['p-outlook-profile-rebuild'],
  },
  {
    text: 'Can Pastor Jim get into the office@ inbox too? He wants to see what comes in there and answer from it. Blessings, Ruth',
    company: graceHarbor,
    expected: ['p-shared-mailbox-setup'],
  },
  {
    text: 'when i try to send from the billing address it bounces back saying i dont have permission to send on behalf',
    company: null,
    expected: ['p-shared-mailbox-setup'],
  },
  {
    text: 'getting warnings that my email is almost full. what do i delete??',
    company: null,
    expected: ['p-mailbox-full-online-archive'],
  },
  {
    text: 'Dr. Patel is getting emails back from people saying her box is full. She keeps everything lol',
    company: null,
    expected: ['p-mailbox-full-online-archive'],
  },
  {
    text: 'expecting a docusign from our lender and it never came, not in junk either',
    company: null,
    expected: ['p-email-quarantine-release'],
  },
  {
    text: 'Opposing counsel says they emailed a settlement draft at 2pm and we never got it. Can you look and see if it got caught somewhere? - Amanda',
    company: hollister,
    expected: ['p-email-quarantine-release'],
  },
  // ── Teams / OneDrive / SharePoint / licensing ───────────────────────────────────────────
  {
    text: "skype for business just shows a white screen, won't open",
    company: null,
    expected: ['p-teams-cache-reset'],
  },
  {
    text: "hi team, two things. 1) printer says offline on my pc but everyone else can print to it 2) teams is stuck on the spinning dots since the update and chats aren't coming thru. thanks, Gary in AP",
    company: null,
    expected: ['p-print-queue-stuck', 'p-teams-cache-reset'],
  },
  {
    text: 'nobody can hear me on my teams calls but my headset works for youtube',
    company: null,
    expected: ['p-teams-meeting-audio'],
  },
  {
    text: 'In the morning huddle video calls I cant hear anybody. my bluetooth earbuds are connected tho',
    company: prairie,
    expected: ['p-teams-meeting-audio'],
  },
  {
    text: 'the little cloud at the bottom has a red x and some of my files have red circles on them',
    company: null,
    expected: ['p-onedrive-sync-errors'],
  },
  {
    text: 'my files arent saving to the cloud thing, says something about the name or path is too long?? its the youth ministry folder',
    company: graceHarbor,
    expected: ['p-onedrive-sync-errors'],
  },
  {
    text: "Need to share a folder of discovery docs with co-counsel at another firm. It says our policies don't allow sharing with that person.",
    company: hollister,
    expected: ['p-sharepoint-external-sharing'],
  },
  {
    text: 'customer says the link i sent keeps asking her for a code and the code never shows up',
    company: null,
    expected: ['p-sharepoint-external-sharing'],
  },
  {
    text: 'Word has a red bar across the top saying unlicensed product and i cant edit anything',
    company: null,
    expected: ['p-office-unlicensed-product'],
  },
  {
    text: "Becky (new hygienist) can't open word on the op 3 computer, says she needs a license?",
    company: prairie,
    expected: ['p-prairie-new-hire', 'p-office-unlicensed-product'],
  },
  // ── Identity / MFA / conditional access ─────────────────────────────────────────────────
  {
    text: 'got a new iphone and now the app that gives me the number to approve my login isnt on it',
    company: null,
    expected: ['p-mfa-reregister-new-phone'],
  },
  {
    text: 'dropped my phone in the pour at the Hiawatha site, its done. cant log into email on the laptop because it wants me to approve on the phone',
    company: null,
    expected: ['p-mfa-reregister-new-phone'],
  },
  {
    text: "Im in Cancun for a wedding and cant get into email, says you can't get there from here??",
    company: null,
    expected: ['p-conditional-access-blocked'],
  },
  {
    text: 'Trying to log into my email from my home computer and it says my device has to be managed? AADSTS53000',
    company: null,
    expected: ['p-conditional-access-blocked'],
  },
  {
    text: 'locked out again!!! third time this week',
    company: null,
    expected: ['p-password-reset-and-lockout'],
  },
  {
    text: "My windows password expired while I was working from home and now the laptop won't take the new one",
    company: null,
    expected: ['p-password-reset-and-lockout'],
  },
  // ── Intune / Autopilot ──────────────────────────────────────────────────────────────────
  {
    text: 'new dell stuck at setup, error 80180014 when signing in w/ work acct',
    company: null,
    expected: ['p-autopilot-enrollment-errors'],
  },
  {
    text: 'The new laptop for the superintendent keeps saying something went wrong during first setup, sits on Apps (0 of 6) forever',
    company: null,
    expected: ['p-autopilot-enrollment-errors'],
  },
  {
    text: "company portal app says my laptop can't access company resources, check status?",
    company: null,
    expected: ['p-intune-noncompliant-device'],
  },
  {
    text: 'device flagged noncompliant, bitlocker showing off. user cant get into teams/outlook',
    company: null,
    expected: ['p-intune-noncompliant-device'],
  },
  // ── Windows endpoints ───────────────────────────────────────────────────────────────────
  {
    text: 'my computer has been trying to install updates for an hour and keeps saying undoing changes',
    company: null,
    expected: ['p-windows-update-failures'],
  },
  {
    text: "op 5 computer says we couldn't complete the updates every morning and takes forever to boot",
    company: null,
    expected: ['p-windows-update-failures'],
  },
  {
    text: 'patching failed 0x800f0922 on 3 machines per Ninja',
    company: null,
    expected: ['p-windows-update-failures'],
  },
  {
    text: 'logged in and all my desktop icons and files are GONE!! something popped up about temporary',
    company: null,
    expected: ['p-temporary-profile'],
  },
  {
    text: "Paralegal signed in this AM and her desktop is blank, nothing there. Message said we can't sign in to your account",
    company: hollister,
    expected: ['p-temporary-profile'],
  },
  {
    text: 'bulletins are stuck in the print line and nothing comes out, need them for sunday',
    company: graceHarbor,
    expected: ['p-print-queue-stuck'],
  },
  {
    text: 'trying to add the new printer and it asks for an admin password',
    company: null,
    expected: ['p-printer-driver-admin-prompt'],
  },
  {
    text: 'laptop is asking for a 48 digit recovery key when i turn it on?? never seen this before',
    company: null,
    expected: ['p-bitlocker-recovery-key'],
  },
  {
    text: 'After the Dell BIOS update my computer is on a blue screen asking for a key. Key ID starts 4F2A',
    company: null,
    expected: ['p-bitlocker-recovery-key'],
  },
  {
    text: 'computer SO slow. takes 10 min to open anything',
    company: null,
    expected: ['p-slow-computer-triage'],
  },
  // ── Networking ──────────────────────────────────────────────────────────────────────────
  {
    text: "laptop won't join the office wifi, says can't connect to this network. it connects to the guest one fine",
    company: null,
    expected: ['p-wifi-corporate-connect'],
  },
  { text: 'forticlient stuck at 98 percent', company: null, expected: ['p-forticlient-vpn-errors'] },
  {
    text: 'working from the hotel, remote connection thing says credential or ssl config wrong -7200',
    company: null,
    expected: ['p-forticlient-vpn-errors'],
  },
  {
    text: "Can't get the VPN to connect from home - login failed. I'm using my email address and normal password",
    company: hollister,
    expected: ['p-hollister-netextender-vpn'],
  },
  {
    text: "connected to netextender but my P drive and Worldox aren't showing up",
    company: hollister,
    expected: ['p-hollister-netextender-vpn'],
  },
  {
    text: "At a hotel in Omaha for depos and the vpn won't connect on the hotel wifi. Works on my phone hotspot but that eats my data. Any ideas? Thanks, Greg Vance",
    company: hollister,
    expected: ['p-hollister-netextender-vpn', 'p-forticlient-vpn-errors'],
  },
  {
    text: "in the trailer at the Ely job and can't connect back to the office, error 789 something about security layer",
    company: redline,
    expected: ['p-redline-meraki-client-vpn'],
  },
  {
    text: "VPN connects but the estimating program is so slow it's useless from the jobsite",
    company: redline,
    expected: ['p-redline-meraki-client-vpn'],
  },
  {
    text: "one website won't load, says server IP address could not be found. works on my phone",
    company: null,
    expected: ['p-dns-site-wont-load'],
  },
  {
    text: 'no internet on my desk pc, says unidentified network. wifi laptop next to me works fine',
    company: null,
    expected: ['p-apipa-no-ip-address'],
  },
  {
    text: 'Half the computers at the Urbandale office have no internet, the little globe icon. started after lunch',
    company: prairie,
    expected: ['p-apipa-no-ip-address'],
  },
  {
    text: "cant get to our supplier's website at work, it shows a red page that says web page blocked category newly registered domain",
    company: null,
    expected: ['p-web-filter-block-request'],
  },
  {
    text: 'YouTube is blocked on the office computer and I need it for the worship slides videos',
    company: null,
    expected: ['p-web-filter-block-request'],
  },
  // ── Line-of-business apps ───────────────────────────────────────────────────────────────
  {
    text: 'quickbooks says the company file is on another computer and needs help connecting H202',
    company: null,
    expected: ['p-quickbooks-multi-user-errors'],
  },
  {
    text: 'Our bookkeeper can open QB but when I try it says someone else is using it, only one of us can be in at a time',
    company: graceHarbor,
    expected: ['p-quickbooks-multi-user-errors'],
  },
  {
    text: "dentrix won't open at front desk, says could not connect to database",
    company: null,
    expected: ['p-dentrix-workstation-db-connection'],
  },
  {
    text: "adobe keeps asking me to sign in and now i can't edit pdfs anymore",
    company: null,
    expected: ['p-acrobat-license-and-default-pdf'],
  },
  {
    text: "PDFs keep opening in Edge instead of Adobe. very annoying when I'm trying to Bates stamp",
    company: null,
    expected: ['p-acrobat-license-and-default-pdf'],
  },
  {
    text: "OST says no available licenses on the new estimator's machine, Kevin's old pc still has it",
    company: redline,
    expected: ['p-onscreen-takeoff-license'],
  },
  {
    text: 'takeoff software says the bid is locked by another user but nobody has it open',
    company: null,
    expected: ['p-onscreen-takeoff-license'],
  },
  // ── Security ────────────────────────────────────────────────────────────────────────────
  {
    text: 'I think I clicked something bad. email said I had a voicemail, I hit play, it asked me to sign in and I did',
    company: null,
    expected: ['p-phishing-clicked-link', 'p-compromised-m365-account'],
  },
  {
    text: "Got an email from Pastor Dave asking me to buy gift cards. I clicked the link before I realized. didn't type anything in",
    company: graceHarbor,
    expected: ['p-phishing-clicked-link'],
  },
  {
    text: 'clients are telling me they got weird emails from me that I didnt send',
    company: null,
    expected: ['p-compromised-m365-account'],
  },
  {
    text: 'found rule on users mailbox moving everything to RSS feeds + sign ins from nigeria',
    company: null,
    expected: ['p-compromised-m365-account'],
  },
  {
    text: "I keep getting those approve sign-in notifications on my phone and I'm not logging into anything. Denied them all. Should I be worried?",
    company: hollister,
    expected: ['p-compromised-m365-account'],
  },
  {
    text: 'popup says threat detected and mitigated, what did i do',
    company: null,
    expected: ['p-edr-threat-quarantine'],
  },
  {
    text: "the antivirus deleted the plan converter program I downloaded and now I can't open the files from the architect",
    company: redline,
    expected: ['p-edr-threat-quarantine'],
  },
  // ── On/offboarding ──────────────────────────────────────────────────────────────────────
  {
    text: 'we have a new girl starting monday in accounting, need her setup with email and computer',
    company: null,
    expected: ['p-new-hire-onboarding'],
  },
  {
    text: "New assistant starting the 14th at Ankeny - Maria Lopez. She'll need to get on the op computers and into Eaglesoft",
    company: prairie,
    expected: ['p-prairie-new-hire', 'p-new-hire-onboarding'],
  },
  {
    text: 'New associate attorney starting 3/3, needs the usual plus dictation. Thx, Carla',
    company: hollister,
    expected: ['p-hollister-onboarding', 'p-new-hire-onboarding'],
  },
  {
    text: 'new project manager starting next week, same access as Tom Becker please',
    company: redline,
    expected: ['p-new-hire-onboarding'],
  },
  {
    text: "Today is Jake's last day. please shut off his stuff and give me his emails",
    company: null,
    expected: ['p-employee-offboarding'],
  },
  {
    text: 'Our youth pastor resigned effective Friday. Please remove his access, the new youth pastor will need his files and emails',
    company: graceHarbor,
    expected: ['p-employee-offboarding'],
  },
  // ── Backups / restores ──────────────────────────────────────────────────────────────────
  {
    text: 'i deleted a folder by accident from the shared drive yesterday, can you get it back',
    company: null,
    expected: ['p-restore-deleted-files'],
  },
  {
    text: "someone saved over the Hwy 30 bid spreadsheet with the wrong numbers, can we get yesterday's version",
    company: null,
    expected: ['p-restore-deleted-files'],
  },
  {
    text: 'Datto alert: screenshot verification failed on FS01 again',
    company: null,
    expected: ['p-backup-job-failed'],
  },
  // ── Phones / MFDs ───────────────────────────────────────────────────────────────────────
  {
    text: "my desk phone says no service and there's no dial tone",
    company: null,
    expected: ['p-yealink-phone-no-service'],
  },
  {
    text: "Phone at reception just shows a red X next to the line and won't make calls",
    company: null,
    expected: ['p-yealink-phone-no-service'],
  },
  {
    text: "copier won't send scans to email anymore, says send error",
    company: null,
    expected: ['p-scan-to-email-smtp'],
  },
  {
    text: "the big copier in the office can't scan to email since we changed the password on the scanner email",
    company: graceHarbor,
    expected: ['p-scan-to-email-smtp'],
  },
  {
    text: 'scan to folder on the Ricoh says connection failed since last week',
    company: null,
    expected: ['p-scan-to-folder-smb'],
  },
  {
    text: 'scans to the network folder stopped working after the server updates',
    company: null,
    expected: ['p-scan-to-folder-smb'],
  },
  // ── Prairie Smiles runbooks ─────────────────────────────────────────────────────────────
  {
    text: 'Eaglesoft wont open on any computer in Ankeny, says database connection failed. patients are waiting!!',
    company: prairie,
    expected: ['p-prairie-eaglesoft-server'],
  },
  {
    text: 'ES not connecting on op 4 only, other ops fine',
    company: prairie,
    expected: ['p-prairie-eaglesoft-server'],
  },
  {
    text: "the dentrix, sorry eaglesoft, won't load patients on any of the ops in Urbandale. Ankeny says theirs is fine",
    company: prairie,
    expected: ['p-prairie-eaglesoft-server'],
  },
  {
    text: 'xray sensor in op 2 not working, the light isnt on and the computer says no sensor',
    company: prairie,
    expected: ['p-prairie-xray-sensor'],
  },
  {
    text: "Dr. Hansen says the digital xray thingy isn't being picked up in op 6 since the computer restarted for updates",
    company: prairie,
    expected: ['p-prairie-xray-sensor'],
  },
  {
    text: 'Cant scan insurance cards at the front desk, eaglesoft says no scanner found',
    company: prairie,
    expected: ['p-prairie-front-desk-scanning'],
  },
  {
    text: 'card scanner is making the cards come out all black in the patient chart',
    company: prairie,
    expected: ['p-prairie-front-desk-scanning'],
  },
  {
    text: "Brother at the front desk can't save scans to the server folder anymore, says login failed",
    company: prairie,
    expected: ['p-prairie-front-desk-scanning', 'p-scan-to-folder-smb'],
  },
  // ── Hollister & Vance runbooks ──────────────────────────────────────────────────────────
  {
    text: "When I save a Word doc it just goes to my Documents folder, the profile box doesn't come up anymore",
    company: hollister,
    expected: ['p-hollister-worldox-profile'],
  },
  {
    text: "Worldox says the Jensen brief is in use by Amanda but she's out today",
    company: hollister,
    expected: ['p-hollister-worldox-profile'],
  },
  {
    text: 'copier says invalid account when I put in the matter number for a new client',
    company: hollister,
    expected: ['p-hollister-copier-billing-codes'],
  },
  {
    text: 'the box that asks which client to bill my printing to isnt popping up, prints just sit there',
    company: hollister,
    expected: ['p-hollister-copier-billing-codes'],
  },
  // ── Redline Builders runbooks ───────────────────────────────────────────────────────────
  {
    text: "Sage won't open the Cedar Falls estimate, says the database version is newer",
    company: redline,
    expected: ['p-redline-sage-estimating'],
  },
  {
    text: "estimating program can't find the server this morning, none of us can get in",
    company: redline,
    expected: ['p-redline-sage-estimating'],
  },
  {
    text: 'big printer is printing the plans on tiny paper instead of full size',
    company: redline,
    expected: ['p-redline-plotter'],
  },
  {
    text: 'plans stuck printing on the designjet for an hour',
    company: redline,
    expected: ['p-redline-plotter', 'p-print-queue-stuck'],
  },
  // ── Grace Harbor runbooks ───────────────────────────────────────────────────────────────
  {
    text: 'Visitors Sunday said the wifi never brought up the welcome page to click accept',
    company: graceHarbor,
    expected: ['p-graceharbor-wifi'],
  },
  {
    text: 'Volunteer running the nursery wants the wifi password, which one do I give her?',
    company: graceHarbor,
    expected: ['p-graceharbor-wifi'],
  },
  {
    text: 'kids check in printer at the north entrance isnt printing name tags',
    company: graceHarbor,
    expected: ['p-graceharbor-checkin-printers'],
  },
  {
    text: 'we bought cheaper labels on amazon and now the tags come out blank',
    company: graceHarbor,
    expected: ['p-graceharbor-checkin-printers'],
  },
  {
    text: "Trying to deposit Sunday's offering checks and the bank website says scanner not detected",
    company: graceHarbor,
    expected: ['p-graceharbor-check-scanner'],
  },
  // ── Unanswerable: hard negatives ────────────────────────────────────────────────────────
  { text: 'printouts coming out with streaks and faded on the left side', company: null, expected: null },
  { text: "my macbook won't update to the new macOS, says not enough space", company: null, expected: null },
  {
    text: 'laptop is 7 yrs old and the battery dies in an hour, can we order a new one? what do you guys recommend',
    company: redline,
    expected: null,
  },
  {
    text: 'Can we get a Teams phone number set up for a new call queue for client intake?',
    company: hollister,
    expected: null,
  },
  { text: "want to change the music people hear when they're on hold", company: null, expected: null },
  {
    text: "Can you install Worldox on my computer? The law firm we're working with on the lien uses it",
    company: redline,
    expected: null,
  },
  {
    text: 'Finance secretary wants to work from home, can she get the NetExtender thing like the law office has?',
    company: graceHarbor,
    expected: null,
  },
  { text: 'need a new SharePoint site for the HR team that only HR can see', company: null, expected: null },
  { text: 'vlookup giving me #N/A even though the value is right there', company: null, expected: null },
  {
    text: "QuickBooks Online isn't pulling transactions from the bank feed since Tuesday",
    company: null,
    expected: null,
  },
  {
    text: 'wifi in the back warehouse is really weak, can we get another access point out there',
    company: null,
    expected: null,
  },
  {
    text: 'need to put a password on a usb stick so I can send files to our auditor',
    company: null,
    expected: null,
  },
  {
    text: 'scanned a contract to PDF and need to turn it into editable Word, the text comes out as garbage',
    company: null,
    expected: null,
  },
  {
    text: 'keep getting spam calls on my cell phone about my car warranty, can you block them',
    company: null,
    expected: null,
  },
  { text: 'our website redlinebuilders.com is down, says domain expired', company: redline, expected: null },
  { text: 'zoom crashes whenever I share my screen', company: null, expected: null },
  {
    text: 'Eaglesoft is asking us to renew the annual support contract, do we need to?',
    company: prairie,
    expected: null,
  },
  {
    text: "PCLaw is showing the wrong trust account balance after the bookkeeper's entries",
    company: hollister,
    expected: null,
  },
  // ── Unanswerable: off-topic ─────────────────────────────────────────────────────────────
  { text: 'who do I ask about my direct deposit, paycheck was short', company: null, expected: null },
  { text: 'coffee maker in the break room is leaking everywhere', company: null, expected: null },
  {
    text: 'thermostat in the sanctuary is stuck at 62, can someone come look',
    company: graceHarbor,
    expected: null,
  },
];
