/**
 * Set F tickets: a held-out labelled set, written blind (without reading the search code or any
 * other set's articles or tickets). Written the way end users and L1 techs write: terse,
 * misspelled, lay words, partial error codes, sometimes two problems or the wrong product name.
 * `expected` lists the Set F article ids an engineer would actually fix the ticket with (best
 * first), or null when the knowledge base has nothing that fixes it; most nulls are hard
 * negatives that share words with articles.
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_F_CLIENTS } from './articles.ts';

const H = SET_F_CLIENTS.harbor;
const R = SET_F_CLIENTS.ridgeline;
const M = SET_F_CLIENTS.meadowbrook;
const B = SET_F_CLIENTS.bluestone;

function t(text: string, company: string | null, expected: string[] | null): LabelledTicket {
  return { text, company, expected };
}

export const SET_F_TICKETS: readonly LabelledTicket[] = [
  // ---------------------------------------------------------------- no company, answerable
  t('outlook keeps asking me for my password every 5 min, i type it in and it just comes back', null, [
    'f-outlook-password-prompt',
  ]),
  t('emails show up on my phone but not in outlook on my computer since this morning', null, [
    'f-outlook-ost-sync',
  ]),
  t("can't find the accounts@ inbox in my outlook anymore, it was on the left side yesterday", null, [
    'f-shared-mailbox',
  ]),
  t('getting a msg my mailbox is almost full and now i cant send anything. what do i delete??', null, [
    'f-mailbox-full-archive',
  ]),
  t('customer swears they sent us the PO twice, nothing in inbox or junk', null, ['f-mail-not-received']),
  t('teams is just a white screen, wont load anything', null, ['f-teams-not-loading']),
  t('no one can hear me on teams calls, headset works fine on youtube', null, ['f-teams-audio-video']),
  t('onedrive has a red x and my desktop files arent backing up', null, ['f-onedrive-sync']),
  t('trying to open the HR folder in teams and it says you need permission', null, ['f-sharepoint-access']),
  t('got a new iphone and now cant approve the sign in thingy, traded the old phone in at the store', null, [
    'f-mfa-reregister',
  ]),
  t("im in portugal on holiday and cant get into email, says you can't get there from here", null, [
    'f-conditional-access',
  ]),
  t('forgot my password over the weekend', null, ['f-password-reset']),
  t('user locked out AGAIN, 3rd time today. unlocking in ADUC only lasts a few min', null, ['f-ad-lockout']),
  t('windows update keeps failing with 0x800f0922 on a couple machines', null, ['f-windows-update']),
  t('laptop showing blue screen wanting a key after the dell bios update', null, ['f-bitlocker-recovery']),
  t('pc stuck on preparing automatic repair, goes round and round', null, ['f-boot-repair']),
  t('printer says offline but its on and other people can print to it', null, ['f-printer-offline-queue']),
  t('new laptop cant add the upstairs copier, error 0x0000011b', null, ['f-printer-add-driver']),
  t('copier scan to email stopped working, display says smtp auth failed', null, ['f-scan-to-email']),
  t('scanner at reception cant save to the scans folder anymore since the new server went in', null, [
    'f-scan-to-folder',
  ]),
  t('the S drive is gone from my computer', null, ['f-mapped-drives']),
  t("can see the Finance folder but access denied when i open it. i'm new in accounts", null, [
    'f-share-permissions',
  ]),
  t('forticlient says credential or sslvpn configuration is wrong', null, ['f-vpn-forticlient']),
  t('laptop wont connect to the office wifi, only the guest one works', null, ['f-wifi-8021x']),
  t('my pc says no internet but my colleague next to me is fine. ip starts with 169', null, [
    'f-network-dns-dhcp',
  ]),
  t('says my device is not compliant and outlook wont let me in', null, [
    'f-intune-compliance',
    'f-conditional-access',
  ]),
  t('reset a laptop for the new guy and autopilot has been stuck on identifying for an hour', null, [
    'f-autopilot-esp',
  ]),
  t('quickbooks error H202 when the 2nd person opens the company file', null, ['f-qb-multiuser']),
  t('QB wont open the company file, error -6000 -83', null, ['f-qb-company-file']),
  t(
    'i clicked a link in a docusign email and it asked me to log in with my microsoft password, i think it was fake',
    null,
    ['f-phishing-clicked', 'f-compromised-account'],
  ),
  t('people are getting weird emails from my address that I never sent', null, ['f-compromised-account']),
  t(
    'all the files on the shared drive have .lockbit on the end and theres a readme file in every folder',
    null,
    ['f-ransomware-response'],
  ),
  t('new starter monday - sarah jones, accounts assistant, same access as mike please', null, [
    'f-onboarding-standard',
  ]),
  t('Tom is leaving friday, his manager needs his emails after', null, ['f-offboarding-standard']),
  t('accidently deleted a whole folder off the shared drive, can we get it back', null, [
    'f-restore-file-server',
  ]),
  t('emptied deleted items by mistake, need an email from last week', null, ['f-restore-m365-items']),
  t('cant remote into my office pc from home, says your credentials did not work', null, ['f-rdp-connect']),
  t('monitors dont come on when i plug the laptop into the dock, laptop screen is fine', null, [
    'f-dock-displays',
  ]),
  t('the letter drive with all our shared stuff dissapeared, im working from home today', null, [
    'f-mapped-drives',
  ]),
  t('outlook search not finding anything older than a week', null, ['f-outlook-ost-sync']),
  t('password expired and now the laptop wont take the new one', null, ['f-password-reset']),
  t("teams camera is black in meetings, says we can't find a camera", null, ['f-teams-audio-video']),
  t('onedrive been saying processing changes for 3 days', null, ['f-onedrive-sync']),
  t('ESP error 0x8018 something on a laptop we reset from another staff member', null, ['f-autopilot-esp']),
  t('bitlocker asking for key after i docked it, cant find the key anywhere', null, ['f-bitlocker-recovery']),
  t('print jobs stuck in the queue and i cant delete them', null, ['f-printer-offline-queue']),
  t("user got MFA prompts at 3am she didn't make and approved one by accident", null, [
    'f-compromised-account',
  ]),
  t('please restore previous version of budget.xlsx on the s: drive, someone saved over it', null, [
    'f-restore-file-server',
  ]),
  t('deleted a file from the sharepoint document library and the recycle bin looks empty', null, [
    'f-restore-m365-items',
  ]),
  t('vpn stuck at 98 percent', null, ['f-vpn-forticlient']),
  t('people emailing our CEO get a bounce back 552 5.2.2', null, ['f-mailbox-full-archive']),
  t('need to send from the info@ mailbox but get a permission error', null, ['f-shared-mailbox']),
  t('inacessible boot device after updates last night', null, ['f-boot-repair']),

  // ---------------------------------------------------------------- no company, nothing in the KB
  t('zoom keeps crashing when i share my screen', null, null),
  t('adobe acrobat says my license expired, cant edit pdfs', null, null),
  t('locked out of keeper vault, forgot the master password', null, null),
  t('duo push not coming through for the citrix login', null, null),
  t('veeam backup job failed last night on the hyper-v host: failed to create snapshot', null, null),
  t('yealink desk phone says registration failed', null, null),
  t('laptop screen cracked, dropped it in the car park', null, null),
  t('can we get a new sharepoint site made for the marketing team', null, null),
  t('excel freezes every time i open the big macro workbook', null, null),
  t('chrome homepage changed to some weird search engine and getting popups', null, null),
  t('macbook keychain keeps popping up asking for my login password', null, null),

  // ---------------------------------------------------------------- Harbor Point Dental
  t('dentrix wont open on op 3, says unable to connect to database', H, ['f-harbor-dentrix']),
  t('front desk dentrix frozen on the splash screen, patients waiting!!', H, ['f-harbor-dentrix']),
  t('appointment book is blank on all the computers', H, ['f-harbor-dentrix']),
  t('xray software wont launch when i click it from the patient chart', H, ['f-harbor-dentrix']),
  t('dymo printing blank labels', H, ['f-harbor-printing-scanning']),
  t('cant scan insurance cards, says no twain source', H, ['f-harbor-printing-scanning']),
  t('brother printer at front desk offline again', H, [
    'f-harbor-printing-scanning',
    'f-printer-offline-queue',
  ]),
  t('ricoh in the back office cant scan to the folder on the server', H, [
    'f-harbor-printing-scanning',
    'f-scan-to-folder',
  ]),
  t('hygienist deleted a patient consent pdf from the server share, need it back asap', H, [
    'f-harbor-backup',
  ]),
  t('need to restore the xray images folder from yesterday, its half empty', H, ['f-harbor-backup']),
  t('outlook keeps asking for password on the front desk pc', H, ['f-outlook-password-prompt']),
  t('office manager got a new phone, needs the authenticator moved over', H, ['f-mfa-reregister']),
  t('forticlient vpn -14 from home, dr wants to check charts tonight', H, ['f-vpn-forticlient']),
  t('new hygienist starting next week, needs email and a login', H, ['f-onboarding-standard']),
  t('someone in billing clicked a fake voicemail email and typed in her password', H, [
    'f-phishing-clicked',
    'f-compromised-account',
  ]),
  t('op 2 computer wont start, keeps saying preparing automatic repair', H, ['f-boot-repair']),
  t('front desk pc updates stuck at 30% since last night', H, ['f-windows-update']),
  t('teams wont load on the reception pc, just spinning', H, ['f-teams-not-loading']),
  t("laptop in the operatory says can't connect to this network, phone connects fine to guest", H, [
    'f-wifi-8021x',
  ]),
  t('label printer prints one huge label across 3 stickers', H, ['f-harbor-printing-scanning']),
  t('dentrix super slow and now says server not found, also front desk printer is offline', H, [
    'f-harbor-dentrix',
    'f-harbor-printing-scanning',
  ]),
  t('quickbooks in the billing office says H505 when 2 of us are in it', H, ['f-qb-multiuser']),
  t('phones at the front desk showing no service, cant call out', H, null),
  t('patient text reminders from dentrix stopped sending', H, null),
  t('need toner for the brother printer at front desk', H, null),
  t('can you quote us 2 new computers for the new operatory', H, null),

  // ---------------------------------------------------------------- Ridgeline Engineering Group
  t('globalprotect stuck on connecting', R, ['f-ridgeline-vpn']),
  t('vpn says portal not responding, im at a hotel', R, ['f-ridgeline-vpn']),
  t('forticlient wont connect from home', R, ['f-ridgeline-vpn']),
  t('revit says no license available this morning', R, ['f-ridgeline-autodesk']),
  t('civil 3d failed to get a license error -15', R, ['f-ridgeline-autodesk']),
  t('autocad keeps asking me to sign in then kicks me back out', R, ['f-ridgeline-autodesk']),
  t('new engineer starting the 3rd of next month, needs a cad workstation', R, ['f-ridgeline-onboarding']),
  t('new admin assistant starts monday, please set up her account', R, ['f-ridgeline-onboarding']),
  t('vpn says connected but cant open any project files', R, ['f-ridgeline-vpn']),
  t('dock not showing my 2 monitors on my precision', R, ['f-dock-displays']),
  t('cant get into the Projects sharepoint site, says i need permission', R, ['f-sharepoint-access']),
  t('onedrive not syncing some drawing files, says path too long', R, ['f-onedrive-sync']),
  t('new hire laptop stuck on setting up apps 1 of 6', R, ['f-autopilot-esp']),
  t("keep getting 'you can't get there from here' on my personal ipad", R, ['f-conditional-access']),
  t('teams meeting with client, my mic not picking up', R, ['f-teams-audio-video']),
  t('forgot password cant log into laptop', R, ['f-password-reset']),
  t('bitlocker recovery screen on my laptop after bios update', R, ['f-bitlocker-recovery']),
  t(
    'globalprotect login window is blank white then closes, also autocad says my autodesk id does not have access',
    R,
    ['f-ridgeline-vpn', 'f-ridgeline-autodesk'],
  ),
  t('plotter showing offline', R, ['f-printer-offline-queue']),
  t('contractor cant open the sharepoint link we sent them', R, ['f-sharepoint-access']),
  t('users laptop says not compliant, bitlocker off apparently', R, ['f-intune-compliance']),
  t('autocad crashes with fatal error when opening drawings with xrefs', R, null),
  t('plotter printing streaks and lines on the big drawings', R, null),
  t('bluebeam revu says subscription expired', R, null),

  // ---------------------------------------------------------------- Meadowbrook Accounting LLP
  t('cant connect to the remote desktop gateway from home', M, ['f-meadowbrook-rds']),
  t('my session is frozen, black screen on the server', M, ['f-meadowbrook-rds']),
  t('user profile service failed the sign-in when logging into the meadowbrook desktop', M, [
    'f-meadowbrook-rds',
  ]),
  t('my printer doesnt show up when printing from quickbooks on the remote desktop', M, [
    'f-meadowbrook-rds',
  ]),
  t('H202 opening client file on the remote server', M, ['f-meadowbrook-quickbooks', 'f-qb-multiuser']),
  t('QB says company file needs to be updated, other staff still using it', M, ['f-meadowbrook-quickbooks']),
  t('cant import accountants copy changes from client', M, ['f-meadowbrook-quickbooks']),
  t('partner leaving end of the month, we need to keep her emails for compliance', M, [
    'f-meadowbrook-offboarding',
  ]),
  t('seasonal tax preparer finished today, please disable', M, ['f-meadowbrook-offboarding']),
  t('-6000 -83 error opening client qbw', M, ['f-meadowbrook-quickbooks', 'f-qb-company-file']),
  t('locked out of my account again, keeps happening since i changed password', M, ['f-ad-lockout']),
  t('new seasonal preparer starting jan 5', M, ['f-onboarding-standard']),
  t('client says they emailed their tax docs but we never got them', M, ['f-mail-not-received']),
  t('outlook not showing new mail, but its there in OWA', M, ['f-outlook-ost-sync']),
  t('got phish email pretending to be the IRS, i opened the attachment', M, ['f-phishing-clicked']),
  t('remote desktop says your credentials did not work', M, ['f-meadowbrook-rds', 'f-rdp-connect']),
  t('accidentally deleted a client folder on the file server', M, ['f-restore-file-server']),
  t('mailbox full, getting warnings every hour', M, ['f-mailbox-full-archive']),
  t('scan to email on the konica stopped working', M, ['f-scan-to-email']),
  t("globalprotect won't let me into the remote desktop from home", M, ['f-meadowbrook-rds']),
  t('quickbooks online bank feed wont connect to chase', M, null),
  t('ultratax e-file got rejected by the IRS with an error', M, null),
  t('our emails to clients going to their spam folder', M, null),

  // ---------------------------------------------------------------- Bluestone Logistics Inc.
  t('S drive missing, working from home', B, ['f-bluestone-drives']),
  t('W: drive says network path not found 0x80070035', B, ['f-bluestone-drives']),
  t('azure vpn wont connect', B, ['f-bluestone-drives']),
  t('scanner guns keep losing wifi in the back aisles', B, ['f-bluestone-warehouse-wifi']),
  t('handhelds cant connect since the wifi password got changed', B, ['f-bluestone-warehouse-wifi']),
  t('sage wont open, says cannot connect to server', B, ['f-bluestone-sage100']),
  t("sage 100 says user already logged in, i'm not", B, ['f-bluestone-sage100']),
  t('cant print invoices from sage, some crystal error', B, ['f-bluestone-sage100']),
  t('globalprotect not connecting', B, ['f-bluestone-drives']),
  t('new dispatcher needs an account by wednesday', B, ['f-onboarding-standard']),
  t('driver manager leaving, block his access today', B, ['f-offboarding-standard']),
  t('teams keeps crashing on the dispatch pc', B, ['f-teams-not-loading']),
  t('onedrive says sync pending on everything', B, ['f-onedrive-sync']),
  t('outlook missing the dispatch shared mailbox', B, ['f-shared-mailbox']),
  t('customer emails with BOLs going missing', B, ['f-mail-not-received']),
  t('label printer in shipping is offline', B, ['f-printer-offline-queue']),
  t('yard office laptop wont connect to BLS-Corp wifi', B, ['f-wifi-8021x', 'f-bluestone-warehouse-wifi']),
  t('pc at the dock office says no internet, ip is 169.254', B, ['f-network-dns-dhcp']),
  t('files on W drive renamed to .encrypted and nobody can open them', B, ['f-ransomware-response']),
  t('S drive keeps asking for a username and password', B, ['f-bluestone-drives']),
  t('zebra label printer printing labels offset, half off the sticker', B, null),
  t('truck ELD tablet wont log in', B, null),
  t('sage 100 inventory numbers wrong after receiving the PO', B, null),
];
