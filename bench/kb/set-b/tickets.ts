import type { LabelledTicket } from '../tickets.ts';
import { SET_B_CLIENTS } from './articles.ts';

/**
 * Set B's tickets, written as end users and L1 staff write them (terse, misspelled, lay words,
 * partial error codes, wrong product names), against set B's articles only. `expected` as in set
 * A; null is "the KB has nothing": off-topic requests, and hard negatives that name a client
 * runbook's product for another client (a runbook is only right for its own client).
 */
const { woodgrove, tailwind, cascade, meridian } = SET_B_CLIENTS;

export const SET_B_TICKETS: readonly LabelledTicket[] = [
  {
    text: 'outlook wont open at all, says cannot start microsoft outlook set of folders cannot be opened',
    company: null,
    expected: ['b-outlook-profile-corrupt'],
  },
  {
    text: 'outlok crashes as soon as i open it. tried restarting',
    company: woodgrove,
    expected: ['b-outlook-profile-corrupt'],
  },
  {
    text: 'my assistant cant see my calender anymore, she used to be able to book stuff for me',
    company: meridian,
    expected: ['b-outlook-calendar-delegate'],
  },
  {
    text: 'PA can only see free busy on the partners diary',
    company: meridian,
    expected: ['b-outlook-calendar-delegate'],
  },
  { text: 'teams just shows a white screen and spins forever', company: null, expected: ['b-teams-cache'] },
  {
    text: 'new teams wont start after the update last night',
    company: tailwind,
    expected: ['b-teams-cache'],
  },
  {
    text: 'nobody can hear me on teams calls but my headset works in zoom',
    company: cascade,
    expected: ['b-teams-audio'],
  },
  {
    text: 'mic not working in meetings, people say they cant hear me',
    company: null,
    expected: ['b-teams-audio'],
  },
  {
    text: 'onedrive has a red cross on it and my files arent going up',
    company: woodgrove,
    expected: ['b-onedrive-sync-conflict'],
  },
  {
    text: 'there are loads of duplicate files with my computer name on the end??',
    company: null,
    expected: ['b-onedrive-sync-conflict'],
  },
  {
    text: 'files stuck on sync pending in one drive since yesterday',
    company: tailwind,
    expected: ['b-onedrive-sync-conflict'],
  },
  {
    text: 'clicked the link to the HR sharepoint and it says i need permission',
    company: woodgrove,
    expected: ['b-sharepoint-access-denied'],
  },
  {
    text: 'cant get into the projects team site, access denied',
    company: null,
    expected: ['b-sharepoint-access-denied'],
  },
  {
    text: 'trying to send from the info@ address and it bounces saying i dont have permission to send on behalf',
    company: tailwind,
    expected: ['b-shared-mailbox-send-as'],
  },
  {
    text: 'need to reply as accounts@ but outlook wont let me send from it',
    company: null,
    expected: ['b-shared-mailbox-send-as'],
  },
  {
    text: 'word has a red bar saying unlicensed product and i cant edit anything',
    company: null,
    expected: ['b-m365-license-unlicensed'],
  },
  {
    text: 'excel says account notice we couldnt verify your subscription',
    company: cascade,
    expected: ['b-m365-license-unlicensed'],
  },
  { text: 'got a new phone and now i cant get the code to log in', company: null, expected: ['b-mfa-reset'] },
  {
    text: 'lost my mobile on holiday, it keeps asking me to approve the sign in',
    company: woodgrove,
    expected: ['b-mfa-reset'],
  },
  {
    text: 'deleted the authenticator app by accident now locked out of email',
    company: tailwind,
    expected: ['b-mfa-reset', 'b-account-lockout'],
  },
  {
    text: 'error AADSTS53003 when signing in on my home laptop',
    company: null,
    expected: ['b-aadsts-errors'],
  },
  { text: 'sign in fails with aadsts500 something', company: meridian, expected: ['b-aadsts-errors'] },
  { text: 'user gets AADSTS50057 trying to log into office', company: null, expected: ['b-aadsts-errors'] },
  {
    text: 'it says my password has expired and must be changed but when i change it it says doesnt meet requirements',
    company: null,
    expected: ['b-password-expired'],
  },
  {
    text: 'password expired while working from home, cant change it',
    company: tailwind,
    expected: ['b-password-expired'],
  },
  {
    text: 'my account keeps locking every 10 minutes even after you unlock it',
    company: null,
    expected: ['b-account-lockout'],
  },
  {
    text: 'locked out again for the third time today!!',
    company: woodgrove,
    expected: ['b-account-lockout'],
  },
  { text: 'forticlient stuck at 98 percent', company: null, expected: ['b-vpn-forticlient'] },
  {
    text: 'fortinet vpn says credential or sslvpn configuration is wrong -7200',
    company: cascade,
    expected: ['b-vpn-forticlient'],
  },
  {
    text: 'vpn connects but i cant get to anything at the office',
    company: null,
    expected: ['b-vpn-forticlient', 'b-tailwind-shared-drive', 'b-woodgrove-vpn'],
  },
  {
    text: 'anyconnect says vpn establishment capability from a remote desktop is disabled',
    company: null,
    expected: ['b-vpn-anyconnect'],
  },
  {
    text: 'cisco vpn wont connect "unable to establish a connection"',
    company: meridian,
    expected: ['b-vpn-anyconnect'],
  },
  { text: 'globalprotect says gateway not responding', company: woodgrove, expected: ['b-woodgrove-vpn'] },
  { text: 'home vpn cert error on the palo alto client', company: woodgrove, expected: ['b-woodgrove-vpn'] },
  {
    text: 'wifi says no internet secured on my laptop but my phone is fine',
    company: null,
    expected: ['b-wifi-no-internet'],
  },
  {
    text: 'laptop connects to the wireless but no websites load',
    company: cascade,
    expected: ['b-wifi-no-internet'],
  },
  {
    text: 'cant reach the intranet by name, works if i type the ip',
    company: null,
    expected: ['b-dns-internal-names'],
  },
  {
    text: 'server name doesnt resolve, nslookup fails',
    company: tailwind,
    expected: ['b-dns-internal-names'],
  },
  {
    text: 'website blocked by fortiguard, need it for work',
    company: null,
    expected: ['b-firewall-site-blocked'],
  },
  {
    text: 'web page blocked message when going to a supplier site',
    company: meridian,
    expected: ['b-firewall-site-blocked'],
  },
  { text: 'whole office internet is down', company: tailwind, expected: ['b-internet-outage-site'] },
  { text: 'nobody in the building can get online', company: null, expected: ['b-internet-outage-site'] },
  {
    text: 'the network socket at my new desk doesnt work, says cable unplugged',
    company: null,
    expected: ['b-switch-port-dead'],
  },
  {
    text: 'no network on wired pc, no lights on the port',
    company: cascade,
    expected: ['b-switch-port-dead'],
  },
  {
    text: 'blue screen asking for a long number key after the bios update',
    company: null,
    expected: ['b-bitlocker-recovery'],
  },
  {
    text: 'laptop boots to a blue page wanting a recovery key',
    company: woodgrove,
    expected: ['b-bitlocker-recovery'],
  },
  {
    text: 'bitlocker key needed, user at reception with laptop',
    company: meridian,
    expected: ['b-bitlocker-recovery'],
  },
  {
    text: 'pc keeps crashing with blue screen DRIVER_IRQL_NOT_LESS_OR_EQUAL',
    company: null,
    expected: ['b-bsod-driver'],
  },
  {
    text: 'bsod kernel security check failure a few times a day',
    company: tailwind,
    expected: ['b-bsod-driver'],
  },
  { text: 'computer is super slow, takes forever to open anything', company: null, expected: ['b-slow-pc'] },
  {
    text: 'pc really sluggish, disk at 100 percent in task manager',
    company: cascade,
    expected: ['b-slow-pc'],
  },
  { text: 'windows update keeps failing 0x800f0922', company: null, expected: ['b-windows-update-stuck'] },
  {
    text: 'stuck on working on updates 100% for 2 hours',
    company: woodgrove,
    expected: ['b-windows-update-stuck'],
  },
  { text: 'update error 0x8007 something', company: null, expected: ['b-windows-update-stuck'] },
  {
    text: 'my 2 screens dont come on when i plug into the dock',
    company: null,
    expected: ['b-dock-monitors'],
  },
  { text: 'external monitors no signal on usb-c dock', company: tailwind, expected: ['b-dock-monitors'] },
  { text: 'new laptop doesnt have the printers', company: null, expected: ['b-printer-driver-mapping'] },
  {
    text: 'how do i add the upstairs printer, it asks for admin when installing driver',
    company: meridian,
    expected: ['b-printer-driver-mapping'],
  },
  { text: 'printer offline and nothing printing', company: null, expected: ['b-printer-offline'] },
  { text: 'documents sit in the queue and never print', company: cascade, expected: ['b-printer-offline'] },
  {
    text: 'copier scan to email stopped working, says smtp error',
    company: null,
    expected: ['b-scan-to-email'],
  },
  {
    text: 'scanner wont send emails anymore since last week',
    company: woodgrove,
    expected: ['b-scan-to-email'],
  },
  { text: 'intune enrollment error 80180014', company: null, expected: ['b-intune-enrol'] },
  {
    text: 'autopilot says something went wrong, device limit reached',
    company: tailwind,
    expected: ['b-intune-enrol'],
  },
  { text: 'how do i get my work email on my iphone', company: null, expected: ['b-iphone-mail-setup'] },
  {
    text: 'set up outlook on android for new sales guy',
    company: tailwind,
    expected: ['b-iphone-mail-setup'],
  },
  {
    text: 'adobe keeps asking me to sign in and says trial expired',
    company: null,
    expected: ['b-adobe-acrobat-signin'],
  },
  { text: 'acrobat pro edit tools locked', company: meridian, expected: ['b-adobe-acrobat-signin'] },
  {
    text: 'quickbooks error h202 when second person opens the file',
    company: null,
    expected: ['b-quickbooks-multiuser'],
  },
  { text: 'QB cant switch to multi user mode h505', company: tailwind, expected: ['b-quickbooks-multiuser'] },
  {
    text: 'excel says the file is locked for editing by another user but its me',
    company: null,
    expected: ['b-excel-file-locked'],
  },
  {
    text: 'spreadsheet locked for editing, nobody else has it open',
    company: woodgrove,
    expected: ['b-excel-file-locked'],
  },
  {
    text: 'chrome says your connection is not private on the timesheet site',
    company: null,
    expected: ['b-browser-certificate-warning'],
  },
  {
    text: 'NET::ERR_CERT_DATE_INVALID on internal app',
    company: cascade,
    expected: ['b-browser-certificate-warning'],
  },
  {
    text: 'I clicked a link in an email and put my password in, I think it was a scam',
    company: null,
    expected: ['b-phishing-clicked'],
  },
  {
    text: 'user entered credentials on a fake microsoft login page',
    company: woodgrove,
    expected: ['b-phishing-clicked'],
  },
  {
    text: 'customers say theyre getting invoice emails from me that i never sent',
    company: null,
    expected: ['b-compromised-mailbox'],
  },
  {
    text: 'someone has set up rules in my mailbox forwarding stuff',
    company: tailwind,
    expected: ['b-compromised-mailbox'],
  },
  {
    text: 'all the files on the shared drive have been renamed with a weird extension and theres a text file demanding bitcoin',
    company: null,
    expected: ['b-ransomware-response'],
  },
  {
    text: 'files encrypted on pc, ransom note on desktop',
    company: meridian,
    expected: ['b-ransomware-response'],
  },
  {
    text: 'keep getting approve sign in requests on my phone that i didnt do',
    company: null,
    expected: ['b-mfa-fatigue'],
  },
  {
    text: 'getting loads of authenticator notifications out of nowhere',
    company: cascade,
    expected: ['b-mfa-fatigue'],
  },
  {
    text: 'new starter on monday in accounts, needs laptop and email',
    company: null,
    expected: ['b-onboarding-new-user'],
  },
  {
    text: 'please set up account for new hire Sarah starting next week',
    company: tailwind,
    expected: ['b-onboarding-new-user'],
  },
  {
    text: 'Dave is leaving friday, what do we do with his email and laptop',
    company: null,
    expected: ['b-offboarding-leaver'],
  },
  {
    text: 'staff member terminated today please disable account asap',
    company: woodgrove,
    expected: ['b-offboarding-leaver'],
  },
  {
    text: 'fincore says host session unavailable at branch opening',
    company: woodgrove,
    expected: ['b-woodgrove-finesse'],
  },
  {
    text: 'teller cant log in to the banking app this morning',
    company: woodgrove,
    expected: ['b-woodgrove-finesse'],
  },
  { text: 'till at the store not printing receipts', company: tailwind, expected: ['b-tailwind-pos'] },
  { text: 'lightspeed receipt printer not working', company: tailwind, expected: ['b-tailwind-pos'] },
  { text: 'S drive is missing for me', company: tailwind, expected: ['b-tailwind-shared-drive'] },
  { text: 'marketing drive has red x', company: tailwind, expected: ['b-tailwind-shared-drive'] },
  {
    text: 'dentrix wont connect to database at front desk',
    company: cascade,
    expected: ['b-cascade-dentrix'],
  },
  {
    text: 'schedule wont load in dentrix unable to connect',
    company: cascade,
    expected: ['b-cascade-dentrix'],
  },
  { text: 'xray sensor not detected in op 3', company: cascade, expected: ['b-cascade-xray'] },
  { text: 'the xray thing isnt working, no device found', company: cascade, expected: ['b-cascade-xray'] },
  {
    text: 'cant save word doc to worldox, cabinet not available',
    company: meridian,
    expected: ['b-meridian-worldox'],
  },
  {
    text: 'worldox profile error when saving from word',
    company: meridian,
    expected: ['b-meridian-worldox'],
  },
  { text: 'my scans arent showing up in my folder', company: meridian, expected: ['b-meridian-scan-pdf'] },
  { text: 'teller app login fails at the branch', company: tailwind, expected: null },
  { text: 'dentrix database error', company: meridian, expected: null },
  { text: 'worldox cabinet not available', company: cascade, expected: null },
  { text: 'till not printing receipts', company: woodgrove, expected: null },
  { text: 'need a quote for a new laptop for the ceo', company: null, expected: null },
  { text: 'can you order more toner for the printer upstairs', company: null, expected: null },
  { text: 'the office alarm keeps going off at night', company: tailwind, expected: null },
  { text: 'coffee machine in the kitchen is broken', company: null, expected: null },
  { text: 'how do i change my desktop wallpaper', company: null, expected: null },
  {
    text: 'website contact form not sending us enquiries, the developer built it',
    company: null,
    expected: null,
  },
  { text: 'zoom background blurry', company: cascade, expected: null },
  { text: 'phone system voicemail not working on my desk phone', company: null, expected: null },
  { text: 'salesforce report exporting wrong dates', company: woodgrove, expected: null },
  { text: 'can you recover a text message i deleted on my personal phone', company: null, expected: null },
  { text: 'mouse wheel scrolls the wrong way', company: null, expected: null },
  { text: 'want to book training for excel pivot tables', company: meridian, expected: null },
];
