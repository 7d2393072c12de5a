/**
 * Set G tickets: a held-out labelled set, written blind — without reading the search code or any
 * other labelled set — against the Set G articles only. Written the way users and L1 techs write:
 * terse, misspelled, lay words instead of the article's keywords, wrong product names, two problems
 * in one ticket. `expected` lists the articles an engineer would actually fix the ticket with, best
 * first; null when nothing in the Set G knowledge base fixes it (mostly hard negatives that share
 * words with an article).
 */
import type { LabelledTicket } from '../tickets.ts';
import { SET_G_CLIENTS } from './articles.ts';

const L = SET_G_CLIENTS.law;
const M = SET_G_CLIENTS.mfg;
const S = SET_G_CLIENTS.school;
const K = SET_G_CLIENTS.clinic;

function t(text: string, company: string | null, expected: string[] | null): LabelledTicket {
  return { text, company, expected };
}

export const SET_G_TICKETS: readonly LabelledTicket[] = [
  // ------------------------------------------------------------------ Harrowgate & Pell LLP (law)
  t('citrix wont let me in from home, says the gateway is temporarily unavailable', L, [
    'g-law-remote-access',
  ]),
  t('first time working from home tmrw, how do i get onto my work desktop from my own pc??', L, [
    'g-law-remote-access',
  ]),
  t(
    "new trainee (started mon) gets 'your user account is not authorized' when she tries logging on from home",
    L,
    ['g-law-remote-access', 'g-law-new-starter'],
  ),
  t('the file to vault button has vanished from outlook AGAIN', L, ['g-law-dms']),
  t("cant edit the Morton lease draft, says its checked out by Sarah and she's on leave til next wk", L, [
    'g-law-dms',
  ]),
  t('foot pedal does nothing when i try to play back dictation, just started this morning', L, [
    'g-law-dictation',
  ]),
  t('my speech mike works on the laptop but not once im in the remote desktop', L, ['g-law-dictation']),
  t('dictations from Mr Pell not turning up in my typing list since yesterday lunchtime', L, [
    'g-law-dictation',
  ]),
  t('New associate joining on the 3rd – Priya Nair, employment team. HR form attached', L, [
    'g-law-new-starter',
    'g-onboarding',
  ]),
  t("outlook says i don't have permission to send on behalf of conveyancing@", L, ['g-mailbox-permissions']),
  t('my pc keeps reading out everything I click in a robot voice, how do i make it stop!!', L, [
    'g-win-display-audio',
  ]),
  t('client says our emails to them keep bouncing back, something about 550 5.7 spf fail', L, [
    'g-mail-outbound-bounce',
    'g-public-dns-domains',
  ]),
  t('had an email from HMRC about a tax refund, clicked it and put my password in. is that bad', L, [
    'g-risky-signin',
    'g-phishing-report',
  ]),
  t('moved desks, second monitor just black. dock light is on tho', L, ['g-win-display-audio']),
  t('Monitoring: certificate on remote.harrowgatepell.co.uk expires in 14 days', L, [
    'g-cert-renewal',
    'g-law-remote-access',
  ]),
  t('access denied on the Employment folder on the S drive, moved over from property team last week', L, [
    'g-fileshare-access',
  ]),
  t("TimeLedger won't open, says licence expired contact your administrator", L, null),
  t('LexVault search is taking minutes for everyone this morning', L, null),
  t('can we have a new email group property@ that goes to the whole property team', L, null),
  t('on a teams call with a client, they can hear me fine but i cant hear a thing', L, [
    'g-teams-meetings-calling',
    'g-win-display-audio',
  ]),
  t("Leaver - Tom Adeyemi last day fri. pls send his emails to Joanne after he's gone", L, ['g-offboarding']),
  t('reception copier stopped sending scans to my email, screen says send error', L, ['g-scan-to-email']),
  t(
    'remote desktop froze from home and now it wont let me back in. also my home printer doesnt print from it',
    L,
    ['g-law-remote-access'],
  ),

  // -------------------------------------------------------------- Brightwater Castings Ltd. (mfg)
  t('scanner on the big copier says error 1102 when i scan to my folder', M, ['g-mfg-scan-to-folder']),
  t('new QA inspector Dan needs scanning setting up on the foundry copier', M, ['g-mfg-scan-to-folder']),
  t('can the kyocera email my scans to me instead of the folder thing', M, ['g-mfg-scan-to-folder']),
  t('forge says no licenses available, half the shift cant log in', M, ['g-mfg-erp']),
  t("after last nights update forge wont open on the planning pcs, says version doesn't match", M, [
    'g-mfg-erp',
  ]),
  t('ashby cant get on the system. internet is fine', M, ['g-mfg-site-vpn', 'g-vpn-site-to-site']),
  t('warehouse scanner guns all offline and despatch labels not printing at Ashby', M, [
    'g-mfg-site-vpn',
    'g-vpn-site-to-site',
  ]),
  t('zebra in despatch prints one label then spits out a blank one', M, ['g-mfg-label-printers']),
  t('labels coming out really faint, the handhelds cant read the barcode', M, ['g-mfg-label-printers']),
  t('sql error 26 opening the erp on the new office pc', M, ['g-mfg-erp']),
  t('printer upstairs says offline but its on and has paper', M, ['g-printer-queue']),
  t(
    "setting up Gary's new laptop, cant add the HR printer - 'windows cannot connect to the printer' 0x0000011b",
    M,
    ['g-printer-add'],
  ),
  t('orders@ shared mailbox not showing in outlook for the new sales girl', M, ['g-mailbox-permissions']),
  t("Andy's pc C drive is red, 200mb free, cant save drawings", M, ['g-win-disk-full']),
  t('pop up on screen says pc infected call microsoft on an 0800 number, loud beeping, wont close', M, [
    'g-malware-endpoint',
  ]),
  t('ALERT BW-HV01: virtual machine BW-SQL01 state changed to Paused-Critical', M, ['g-hyperv-vm']),
  t('backup failed 3 nights in a row on bw-fs01, something about vss', M, ['g-backup-restore']),
  t('deleted the Q3 costings spreadsheet off the S drive by mistake, need it back asap', M, [
    'g-backup-restore',
  ]),
  t('pcs in the furnace office have no internet, ipconfig says 169.254', M, ['g-dhcp-dns']),
  t('new starter in accounts next monday - Lisa Moreno, same as Karen has', M, ['g-onboarding']),
  t("sophos log shows 'no proposal chosen' for the ashby tunnel since the drytek was swapped", M, [
    'g-vpn-site-to-site',
    'g-mfg-site-vpn',
  ]),
  t("emails from our steel supplier arent coming thru, they say they've sent 3", M, [
    'g-mail-inbound-missing',
  ]),
  t('forge reports coming out blank on the new pc, other pcs fine', M, ['g-mfg-erp']),
  t('zebra in QA red light flashing, nothing prints', M, ['g-mfg-label-printers', 'g-printer-queue']),

  // ------------------------------------------------------------------- St Aldric's Academy (school)
  t('the board in room 14 isnt showing my laptop', S, ['g-school-panels']),
  t('whiteboard shows my screen but i cant write on it, pen does nothing', S, ['g-school-panels']),
  t('no sound out of the smartboard when i play youtube to the class', S, [
    'g-school-panels',
    'g-win-display-audio',
  ]),
  t('reception phone display says account unregistered', S, ['g-school-phones']),
  t('can you put a snow day message on the school phones for tomorrow', S, ['g-school-phones']),
  t('new teacher starting in september, Mr Okafor, science', S, ['g-school-new-starter']),
  t('new TA cant log into scholarhub, says no account', S, ['g-school-new-starter']),
  t('head wants a teams calling licence so she can ring parents from teams', S, ['g-school-phones']),
  t("staff wifi says can't connect to this network since i changed my password", S, ['g-switch-wifi']),
  t('wifi gone in the science block, the white lights on the ceiling things are off', S, ['g-switch-wifi']),
  t('a parent says our emails to her come back as undeliverable', S, ['g-mail-outbound-bounce']),
  t('web company is moving our website, they gave us an ip address to point it at', S, [
    'g-public-dns-domains',
  ]),
  t('school website saying not secure in chrome, certificate expired?', S, ['g-public-dns-domains']),
  t('exams officer: external examiner stuck waiting to be let in to the teams meeting', S, [
    'g-teams-meetings-calling',
  ]),
  t('Mrs Patel lost her school phone on the york trip', S, ['g-lost-device']),
  t('sticky keys thing keeps popping up on the library pcs', S, ['g-win-display-audio']),
  t('papercut says insufficient balance when staff try to print', S, null),
  t('projector in the old hall just says no signal', S, ['g-school-panels']),
  t("year 9 pupil got into a teacher's email, parents getting weird messages from her account", S, [
    'g-risky-signin',
  ]),
  t("teacher laptop stuck on 'working on updates 100% dont turn off' for over an hour", S, ['g-win-update']),

  // ----------------------------------------------------------------- Kestrel Family Clinic (clinic)
  t('dr hassan cant get on the vpn from home to see his patients', K, ['g-clinic-remote']),
  t('windows app says no available resources, tried 3 times', K, ['g-clinic-remote']),
  t('remote desktop from home says profile disk is locked', K, ['g-clinic-remote']),
  t('practiceflow locked me out after i typed the password wrong', K, ['g-clinic-emr']),
  t('signature pad at front desk not working, says bridge not running', K, ['g-clinic-emr']),
  t('EHR super slow all morning, whole clinic', K, ['g-clinic-emr']),
  t("blood results from the hospital aren't coming through into charts since tuesday", K, ['g-clinic-emr']),
  t('left my work laptop on the train last night, it has patient notes on it', K, [
    'g-clinic-lost-device',
    'g-lost-device',
  ]),
  t("i sent a referral letter to the wrong patient's email address", K, ['g-clinic-lost-device']),
  t('check-in ipad missing from the waiting room', K, ['g-clinic-lost-device', 'g-lost-device']),
  t("phone keeps buzzing with approve sign in requests, i'm not doing anything", K, ['g-risky-signin']),
  t("got a new iphone, authenticator didn't come across, cant log in now", K, [
    'g-mfa-sspr',
    'g-mobile-intune',
  ]),
  t("iphone mail app stopped getting work email, says you can't get there from here", K, ['g-mobile-intune']),
  t('new nurse starting 14th, needs everything setting up', K, ['g-onboarding']),
  t('reception canon stopped scanning to email after we changed internet provider', K, ['g-scan-to-email']),
  t('word has a red bar across the top saying unlicensed product', K, ['g-m365-licensing']),
  t('front desk printer printing pages of weird symbols instead of the letter', K, ['g-printer-queue']),
  t("email with invoice.zip from a supplier we don't use went to all reception, 2 of them opened it", K, [
    'g-phishing-report',
    'g-malware-endpoint',
  ]),
  t('dr lee laptop blue screen asking for bitlocker recovery key after updates', K, ['g-win-update']),
  t('nurse station pc takes 10 mins to log on, just sits on please wait', K, ['g-win-logon']),
  t('can you change the clinic phone hours for the bank holiday', K, null),
  t('Dr Smith retires end of month, the practice needs to keep her emails', K, ['g-offboarding']),
  t("home printer won't print from the remote desktop thing", K, null),

  // ------------------------------------------------------------------------------ no company set
  t('emails to gmail addresses bouncing back 550 5.7.26 unauthenticated', null, [
    'g-mail-outbound-bounce',
    'g-public-dns-domains',
  ]),
  t('customer says they sent us 5 emails, none arrived, not in junk either', null, [
    'g-mail-inbound-missing',
  ]),
  t('how do i let my PA see and accept my meeting invites', null, ['g-mailbox-permissions']),
  t('new user cant open outlook web, says mailbox not found', null, ['g-m365-licensing']),
  t('no dial pad in teams for the new receptionist', null, ['g-teams-meetings-calling']),
  t("forgot my password and i'm working from home, totally locked out", null, ['g-mfa-sspr']),
  t('user locked out every 20 mins since changing password friday', null, ['g-mfa-sspr']),
  t('risky sign-in alert: impossible travel, finance user, sign in from Lagos', null, ['g-risky-signin']),
  t("all the files on P drive renamed .lockbit and there's a readme in every folder!!", null, [
    'g-malware-endpoint',
    'g-backup-restore',
  ]),
  t('logged in and my desktop is empty, says temporary profile, all my stuff is gone', null, ['g-win-logon']),
  t('the trust relationship between this workstation and the primary domain failed', null, ['g-win-logon']),
  t('windows update keeps failing error 0x800f something', null, ['g-win-update']),
  t('low disk space warning, onedrive using like 80gb', null, ['g-win-disk-full']),
  t('no audio output device is installed, red x on the speaker', null, ['g-win-display-audio']),
  t('macbook keeps asking for login keychain password since i reset it', null, ['g-macos']),
  t('how do i get to the shared drive on my mac', null, ['g-macos']),
  t("android work profile says device not compliant, can't open teams", null, ['g-mobile-intune']),
  t("print jobs stuck on 'deleting' in the queue and nobody can print", null, ['g-printer-queue']),
  t('trying to add the printer, it asks for an admin password', null, ['g-printer-add']),
  t("copier can't save scans to the server share anymore since the patching weekend", null, [
    'g-scan-to-email',
  ]),
  t('desk phone not powering on at desk 12, worked fine at desk 4', null, ['g-switch-wifi']),
  t('can you open 3389 on the firewall so i can rdp to my pc from home', null, ['g-firewall-rules']),
  t('site blocked at work, says newly registered domain, its our new supplier portal', null, [
    'g-firewall-rules',
  ]),
  t('forticlient gets to 98% then drops', null, ['g-vpn-remote']),
  t('vpn says connected but no H drive, my router at home is 192.168.1.1', null, ['g-vpn-remote']),
  t('branch office tunnel down since the ISP changed the router there', null, ['g-vpn-site-to-site']),
  t('excel says file on the S drive is locked for editing by Mark but he went home', null, [
    'g-fileshare-access',
  ]),
  t('DC02 event 2042 too long since this machine last replicated', null, ['g-ad-replication']),
  t('new user can log in at head office but at the branch it says wrong password', null, [
    'g-ad-replication',
  ]),
  t('hyper-v vm wont start: account does not have permission to open attachment', null, ['g-hyperv-vm']),
  t('intranet page shows NET::ERR_CERT_DATE_INVALID', null, ['g-cert-renewal']),
  t('need dkim switching on for our domain, the auditor asked', null, [
    'g-public-dns-domains',
    'g-mail-outbound-bounce',
  ]),
  t('website and email both down since this morning, has the domain expired??', null, [
    'g-public-dns-domains',
  ]),
  t('someone saved over the budget excel in sharepoint, need yesterdays version', null, ['g-backup-restore']),
  t('dismissed today, lock him out of everything now', null, ['g-offboarding']),
  t('laptop stolen out of my car overnight', null, ['g-lost-device']),
  t('opened a docusign attachment, something ran, pc now really slow', null, [
    'g-malware-endpoint',
    'g-phishing-report',
  ]),
  t("the wifi thing with the lock won't let me on, the other one works", null, ['g-switch-wifi']),
  t("word says unlicensed AND outlook won't show the shared mailbox", null, [
    'g-m365-licensing',
    'g-mailbox-permissions',
  ]),
  t('pc takes forever to log in and then the S drive has a red cross on it', null, [
    'g-win-logon',
    'g-fileshare-access',
  ]),
  t("dictaflow pedal won't rewind, play works", null, ['g-law-dictation']),
  t('people on teams calls say my voice sounds robotic and keeps cutting out', null, null),
  t('excel crashes every time i open the stock macro file', null, null),
  t('keyboard types @ when i press shift 2 and the quotes moved to another key', null, null),
  t('laptop battery swollen, trackpad lifting up', null, null),
  t('ups in the comms cupboard beeping every minute', null, null),
  t('adobe acrobat says licence expired, sign in again', null, null),
  t('outlook search returns nothing for emails i know are there', null, null),
  t("teams shows me as away even when i'm typing", null, null),
  t('toner low on the hp in finance can you order some', null, null),
  t('paper keeps jamming in tray 2 of the copier', null, null),
  t('meetings with the US office show an hour out since the clocks changed', null, null),
  t("can't download my certificate from the security awareness training", null, null),
  t('power bi report not refreshing, says gateway offline', null, null),
  t('sql agent maintenance job failed overnight on the accounts server', null, null),
  t('is windows 10 end of support going to affect us', null, null),
  t('iphone screen cracked, can it be fixed', null, null),
  t('outlook says my mailbox is almost full', null, null),
  t('need to set up my out of office for next week', null, null),
  t('can you add a news page to our website', null, null),
];
