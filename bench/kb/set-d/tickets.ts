import type { LabelledTicket } from '../tickets.ts';
import { SET_D_CLIENTS } from './articles.ts';

const { brightwater, ashdown, kestrel, halvorsen } = SET_D_CLIENTS;

/**
 * Set D tickets, in end users' and L1 staff's own words: terse, misspelled, lay descriptions,
 * wrong product names, partial error codes, two problems at once, another client's product named.
 * `expected` lists every article an engineer could fix the ticket from (the best first), or null
 * when the KB has nothing that fixes it. Most no-answer tickets are hard negatives: they share
 * words with an article that does not answer them (another printer fault, another app's error,
 * another client's runbook topic for a client that has none).
 */
export const SET_D_TICKETS: readonly LabelledTicket[] = [
  // Outlook asking for the password
  {
    text: 'outlook keeps asking me to sign in, i put the password in and it just comes back again',
    company: kestrel,
    expected: ['d-outlook-credential-prompt'],
  },
  {
    text: 'since i changed my pasword outlook wont stop poping up the login box. webmail is ok',
    company: brightwater,
    expected: ['d-outlook-credential-prompt'],
  },
  {
    text: 'bottom of outlook says Need Password, I type it and nothing happens',
    company: ashdown,
    expected: ['d-outlook-credential-prompt'],
  },
  {
    text: 'User on reception PC getting cred prompts in Outlook every few mins, already rebooted',
    company: null,
    expected: ['d-outlook-credential-prompt'],
  },
  // Outlook hanging / stale mail
  {
    text: 'outlook stuck on the loading screen saying processing for 20 mins now',
    company: halvorsen,
    expected: ['d-outlook-ost-rebuild'],
  },
  {
    text: 'my emails stopped coming in on the computer but i can see them all on my phone',
    company: kestrel,
    expected: ['d-outlook-ost-rebuild'],
  },
  {
    text: 'outlook closes itself as soon as i open it, tried restarting the pc twice',
    company: null,
    expected: ['d-outlook-ost-rebuild'],
  },
  // Shared mailbox
  {
    text: 'cant see the accounts inbox anymore in my outlook, sarah still can',
    company: kestrel,
    expected: ['d-shared-mailbox'],
  },
  {
    text: 'trying to reply from reception@ and it bounces back saying i dont have permission',
    company: brightwater,
    expected: ['d-shared-mailbox'],
  },
  {
    text: 'new girl in accounts needs the info@ mailbox adding to her outlook',
    company: ashdown,
    expected: ['d-shared-mailbox'],
  },
  // Bounces
  {
    text: 'got an undeliverable email back when emailing a supplier, says 550 5.1.1 something',
    company: kestrel,
    expected: ['d-ndr-bounce-codes'],
  },
  {
    text: 'emails to one of our clients keep getting rejected and coming back, everyone else gets them fine',
    company: ashdown,
    expected: ['d-ndr-bounce-codes'],
  },
  // Mailbox size
  {
    text: 'outlook says my mailbox is nearly full, can you give me more room',
    company: ashdown,
    expected: ['d-mailbox-quota-archive'],
  },
  {
    text: 'people tell me their emails to me are bouncing because my box is full??',
    company: halvorsen,
    expected: ['d-mailbox-quota-archive'],
  },
  {
    text: 'my exchange is full up and wont let me send',
    company: null,
    expected: ['d-mailbox-quota-archive'],
  },
  // Teams camera / mic
  {
    text: 'camera not working on teams calls, its just a black square',
    company: halvorsen,
    expected: ['d-teams-camera-mic'],
  },
  {
    text: 'nobody can hear me in meetings but i can hear them fine',
    company: brightwater,
    expected: ['d-teams-camera-mic'],
  },
  {
    text: 'the outlook teams thing wont show my face, says couldnt find a camera',
    company: brightwater,
    expected: ['d-teams-camera-mic'],
  },
  // Teams will not start
  {
    text: 'teams is just a white screen when i open it',
    company: null,
    expected: ['d-teams-cache-reset'],
  },
  {
    text: 'teams keeps saying oops something went wrong then restarts itself over and over',
    company: ashdown,
    expected: ['d-teams-cache-reset'],
  },
  // OneDrive / SharePoint
  {
    text: 'little red crosses on all my files in the documents folder',
    company: brightwater,
    expected: ['d-onedrive-sync-errors'],
  },
  {
    text: 'the cloud icon by the clock has said processing changes since yesterday',
    company: halvorsen,
    expected: ['d-onedrive-sync-errors'],
  },
  {
    text: 'colleague cant see the changes i made to the spreadsheet, it says upload pending on mine',
    company: kestrel,
    expected: ['d-onedrive-sync-errors'],
  },
  {
    text: 'on my new laptop the company documents folder isnt in file explorer, only my own one drive',
    company: ashdown,
    expected: ['d-sharepoint-library-explorer'],
  },
  {
    text: 'how do i get the Projects team folder to show in my files like it did on my old pc',
    company: kestrel,
    expected: ['d-sharepoint-library-explorer'],
  },
  // Office licence
  {
    text: 'word says unlicensed product at the top and i cant type anything',
    company: brightwater,
    expected: ['d-office-activation-licence'],
  },
  {
    text: 'excel red bar product deactivated',
    company: null,
    expected: ['d-office-activation-licence'],
  },
  {
    text: 'new starter can only use word and excel in the browser, theres no proper desktop office on her laptop',
    company: kestrel,
    expected: ['d-office-activation-licence'],
  },
  // External forwarding
  {
    text: 'set a rule to send my work email on to my gmail while im on holiday but nothing comes through',
    company: halvorsen,
    expected: ['d-external-forwarding-blocked'],
  },
  {
    text: 'forwarding to our accountants address bounces with 5.7.5 something access denied',
    company: ashdown,
    expected: ['d-external-forwarding-blocked'],
  },
  // MFA new phone
  {
    text: 'got a new iphone and the authenticator app is empty now, cant log in to anything',
    company: kestrel,
    expected: ['d-mfa-new-phone'],
  },
  {
    text: 'lost my phone on the train, how do i approve the sign in things now',
    company: brightwater,
    expected: ['d-mfa-new-phone'],
  },
  {
    text: 'phone got factory reset and now the code thing for microsoft doesnt work',
    company: null,
    expected: ['d-mfa-new-phone'],
  },
  // Lockouts
  {
    text: 'keeps saying my account is locked, you unlocked it this morning and its locked again',
    company: ashdown,
    expected: ['d-ad-account-lockout'],
  },
  {
    text: 'locked out AGAIN!!! 3rd time today',
    company: halvorsen,
    expected: ['d-ad-account-lockout'],
  },
  // Conditional access
  {
    text: 'trying to get my email on my own laptop at home, says you cannot access this right now',
    company: kestrel,
    expected: ['d-conditional-access-blocked'],
  },
  {
    text: 'error 53003 when signing in from the hotel in spain',
    company: ashdown,
    expected: ['d-conditional-access-blocked'],
  },
  {
    text: 'it says my device has to be managed to get in',
    company: brightwater,
    expected: ['d-conditional-access-blocked'],
  },
  // Password reset
  {
    text: 'forgot my password after 2 weeks off cant get into my email',
    company: brightwater,
    expected: ['d-sspr-password-reset'],
  },
  {
    text: 'password ran out while i was on leave, how do i change it from home',
    company: halvorsen,
    expected: ['d-sspr-password-reset'],
  },
  // VPN up, names down
  {
    text: 'vpn says connected but the S drive and the intranet wont open, working from home',
    company: null,
    expected: ['d-vpn-connected-no-names'],
  },
  {
    text: 'on the vpn i can ping the server by its number but not by its name',
    company: halvorsen,
    expected: ['d-vpn-connected-no-names'],
  },
  // Wi-Fi / DHCP / DNS
  {
    text: 'laptop wont connect to the office wifi, keeps asking username and password, the guest one works',
    company: kestrel,
    expected: ['d-wifi-corporate-join'],
  },
  {
    text: 'cant get on the staff wireless since i changed my password',
    company: brightwater,
    expected: ['d-wifi-corporate-join'],
  },
  {
    text: 'half the office phones and a couple of laptops say no internet this morning, the ones that were already on are fine',
    company: ashdown,
    expected: ['d-dhcp-scope-exhausted'],
  },
  {
    text: 'visitors phones and the 2 new laptops wont get on the network, ip starts 169.254',
    company: null,
    expected: ['d-dhcp-scope-exhausted'],
  },
  {
    text: 'only my pc cant open the intranet page, google works, everyone else can get on it',
    company: halvorsen,
    expected: ['d-dns-internal-resolution'],
  },
  {
    text: 'DNS_PROBE_FINISHED_NXDOMAIN for our timesheet site on one machine only',
    company: kestrel,
    expected: ['d-dns-internal-resolution'],
  },
  {
    text: 'cant get on the HMRC website from work, page says blocked category',
    company: kestrel,
    expected: ['d-web-filter-block'],
  },
  {
    text: 'fortiguard is stopping us getting to a suppliers site we need for orders',
    company: null,
    expected: ['d-web-filter-block'],
  },
  {
    text: 'moved desks and the network point doesnt work, same cable works at my old desk',
    company: halvorsen,
    expected: ['d-wall-port-dead'],
  },
  {
    text: 'desk phone has no lights at all since we moved it into the meeting room',
    company: ashdown,
    expected: ['d-wall-port-dead'],
  },
  {
    text: 'internet down for the whole practice!!',
    company: brightwater,
    expected: ['d-site-internet-outage'],
  },
  {
    text: 'nobody at the depot can get online, the server stuff on the network still works',
    company: kestrel,
    expected: ['d-site-internet-outage'],
  },
  // Windows updates
  {
    text: 'pc says undoing changes every time it restarts',
    company: ashdown,
    expected: ['d-windows-update-failing'],
  },
  {
    text: 'update failed error 0x800f09 something',
    company: halvorsen,
    expected: ['d-windows-update-failing'],
  },
  {
    text: 'windows updates keep failing on the front desk pc, code 0x8007...0002',
    company: brightwater,
    expected: ['d-windows-update-failing'],
  },
  // BitLocker
  {
    text: 'blue screen asking for a long number key when i turned it on',
    company: kestrel,
    expected: ['d-bitlocker-recovery'],
  },
  {
    text: 'laptop wants a recovery key after the dell update last night',
    company: null,
    expected: ['d-bitlocker-recovery'],
  },
  {
    text: 'screen says enter the key for this drive, i was never given a key',
    company: halvorsen,
    expected: ['d-bitlocker-recovery'],
  },
  // Intune
  {
    text: 'new laptop setup says something went wrong 80180014',
    company: null,
    expected: ['d-intune-enrolment-errors'],
  },
  {
    text: 'setting up my work laptop at home, error 801c03 something',
    company: kestrel,
    expected: ['d-intune-enrolment-errors'],
  },
  // Printing and scanning
  {
    text: 'printer says offline but its on and it works for jane',
    company: ashdown,
    expected: ['d-printer-offline-queue'],
  },
  {
    text: 'stuff i print just sits there and never comes out',
    company: brightwater,
    expected: ['d-printer-offline-queue'],
  },
  {
    text: 'print jobs stuck in the que on reception, tried turning printer off and on',
    company: null,
    expected: ['d-printer-offline-queue'],
  },
  {
    text: 'copier says connection failed when i scan to my folder',
    company: ashdown,
    expected: ['d-scan-to-folder'],
  },
  {
    text: 'since the windows update the big printer wont scan into the shared folder anymore, login failed',
    company: halvorsen,
    expected: ['d-scan-to-folder'],
  },
  // Dock / audio / disk
  {
    text: 'my 2 screens dont come on when i plug the laptop into the dock thing',
    company: kestrel,
    expected: ['d-dock-external-monitors'],
  },
  {
    text: 'monitors say no signal since i got given the new usb-c hub',
    company: null,
    expected: ['d-dock-external-monitors'],
  },
  {
    text: 'no sound at all on my pc, red x on the speaker by the clock',
    company: brightwater,
    expected: ['d-no-sound-windows'],
  },
  {
    text: 'sound comes out the laptop and not my headphones',
    company: halvorsen,
    expected: ['d-no-sound-windows'],
  },
  {
    text: 'pc really slow and a message keeps popping up low disk space',
    company: ashdown,
    expected: ['d-disk-full'],
  },
  {
    text: 'C drive is showing red in this pc',
    company: kestrel,
    expected: ['d-disk-full'],
  },
  // Mapped drives
  {
    text: 'the letter drive is gone from my computer, the one with all the shared stuff',
    company: brightwater,
    expected: ['d-mapped-drive-missing'],
  },
  {
    text: 'H drive has a red cross and wont open, says network path not found',
    company: ashdown,
    expected: ['d-mapped-drive-missing'],
  },
  // Accounting apps
  {
    text: 'quickbooks says H202 on my pc, works on the main computer',
    company: brightwater,
    expected: ['d-quickbooks-multiuser'],
  },
  {
    text: 'qb cant reach the server multi user error on 2 workstations',
    company: null,
    expected: ['d-quickbooks-multiuser'],
  },
  {
    text: 'sage wont open says unable to connect to the data',
    company: ashdown,
    expected: ['d-sage50-cannot-connect'],
  },
  {
    text: 'Sage says unable to connect to the server this morning',
    company: kestrel,
    expected: ['d-kestrel-sage200'],
  },
  {
    text: 'sage says im already logged in but im not, it crashed on me',
    company: kestrel,
    expected: ['d-kestrel-sage200'],
  },
  // Security
  {
    text: 'got a weird docusign email, i clicked it but then closed it, didnt type anything in',
    company: halvorsen,
    expected: ['d-phishing-report-triage'],
  },
  {
    text: 'is this email real? says my mailbox is full click here to upgrade',
    company: brightwater,
    expected: ['d-phishing-report-triage'],
  },
  {
    text: 'I think i clicked on a dodgy link in an invoice email sorry',
    company: kestrel,
    expected: ['d-phishing-report-triage'],
  },
  {
    text: 'clients ringing to say theyre getting strange emails from me with a link, i didnt send them',
    company: ashdown,
    expected: ['d-compromised-mailbox'],
  },
  {
    text: 'hundreds of undeliverable messages in my inbox this morning for emails i never sent',
    company: kestrel,
    expected: ['d-compromised-mailbox'],
  },
  {
    text: 'outlook says i am restricted from sending email',
    company: halvorsen,
    expected: ['d-compromised-mailbox'],
  },
  {
    text: 'my phone keeps asking me to approve a sign in but im not logging into anything',
    company: brightwater,
    expected: ['d-mfa-fatigue'],
  },
  {
    text: 'user getting approve sign-in? popups at 2am, didnt press anything',
    company: null,
    expected: ['d-mfa-fatigue'],
  },
  {
    text: 'all the files on the shared drive have .locked on the end and wont open',
    company: halvorsen,
    expected: ['d-ransomware-first-response'],
  },
  {
    text: 'my desktop background has changed to a message saying my files are encrypted and to pay',
    company: kestrel,
    expected: ['d-ransomware-first-response'],
  },
  // On/offboarding
  {
    text: 'new starter monday, Tom Reeves, warehouse supervisor, same access as Gary please',
    company: kestrel,
    expected: ['d-onboarding-checklist'],
  },
  {
    text: 'weve a new engineer starting on the 14th, needs everything setting up',
    company: halvorsen,
    expected: ['d-onboarding-checklist'],
  },
  {
    text: 'new nurse starting next tuesday, please get her set up',
    company: brightwater,
    expected: ['d-brightwater-new-starter'],
  },
  {
    text: 'trainee solicitor starting 1st of next month, will need pclaw and a dictaphone',
    company: ashdown,
    expected: ['d-ashdown-new-starter'],
  },
  {
    text: 'Mark leaves friday, please stop his access and give his emails to his manager',
    company: kestrel,
    expected: ['d-offboarding-checklist'],
  },
  {
    text: 'staff member left yesterday, need her locked out of everything',
    company: brightwater,
    expected: ['d-offboarding-checklist'],
  },
  {
    text: 'one of our associates is leaving end of month - what happens to her email and files',
    company: ashdown,
    expected: ['d-ashdown-leaver'],
  },
  // Restores and backups
  {
    text: 'i deleted a folder out of the teams files tab by accident',
    company: kestrel,
    expected: ['d-restore-onedrive-sharepoint'],
  },
  {
    text: 'saved over the price list in onedrive, need yesterdays one back',
    company: ashdown,
    expected: ['d-restore-onedrive-sharepoint'],
  },
  {
    text: 'someone has deleted the 2023 folder off the S drive',
    company: brightwater,
    expected: ['d-restore-file-server'],
  },
  {
    text: 'need a spreadsheet back off the server from last week, it got overwritten',
    company: null,
    expected: ['d-restore-file-server'],
  },
  {
    text: 'Veeam job for KF-SRV01 failed overnight - VSS error',
    company: kestrel,
    expected: ['d-backup-job-failed'],
  },
  {
    text: 'morning backup report: warning on the server job, repository not enough space',
    company: ashdown,
    expected: ['d-backup-job-failed'],
  },
  // Brightwater runbooks
  {
    text: 'eagle soft wont open on surgery 2, cant find database server',
    company: brightwater,
    expected: ['d-brightwater-eaglesoft-connect'],
  },
  {
    text: 'after the server restarted last night the dental software wont connect on front desk',
    company: brightwater,
    expected: ['d-brightwater-eaglesoft-connect'],
  },
  {
    text: 'xrays not working in surgery 3, says no sensor',
    company: brightwater,
    expected: ['d-brightwater-xray-sensor'],
  },
  {
    text: 'the xray thingy light is off and it wont take pictures',
    company: brightwater,
    expected: ['d-brightwater-xray-sensor'],
  },
  // Ashdown runbooks
  {
    text: 'the file to matter button has vanished from outlook',
    company: ashdown,
    expected: ['d-ashdown-pclaw-addin'],
  },
  {
    text: 'pc law says server not responding',
    company: ashdown,
    expected: ['d-ashdown-pclaw-addin'],
  },
  {
    text: 'my dictations arent downloading when i plug the recorder in',
    company: ashdown,
    expected: ['d-ashdown-dictation'],
  },
  {
    text: 'typists cant see any of Mr Pryces tapes today',
    company: ashdown,
    expected: ['d-ashdown-dictation'],
  },
  // Kestrel runbooks
  {
    text: 'forticlient stuck at 98 percent',
    company: kestrel,
    expected: ['d-kestrel-forticlient-vpn'],
  },
  {
    text: 'cant connect to vpn from home error -7200',
    company: kestrel,
    expected: ['d-kestrel-forticlient-vpn'],
  },
  {
    text: 'remote access not connecting, says the server may be unreachable',
    company: kestrel,
    expected: ['d-kestrel-forticlient-vpn'],
  },
  {
    text: 'labels printing half on one and half on the next in bay 2',
    company: kestrel,
    expected: ['d-kestrel-zebra-labels'],
  },
  {
    text: 'pallet label printer giving blank labels after i changed the roll',
    company: kestrel,
    expected: ['d-kestrel-zebra-labels'],
  },
  // Halvorsen runbooks
  {
    text: 'netextender says incorrect domain',
    company: halvorsen,
    expected: ['d-halvorsen-netextender-vpn'],
  },
  {
    text: 'vpn connects then drops straight away, working from my mums house',
    company: halvorsen,
    expected: ['d-halvorsen-netextender-vpn'],
  },
  {
    text: 'forticlient wont log me in at home',
    company: halvorsen,
    expected: ['d-halvorsen-netextender-vpn'],
  },
  {
    text: 'solidworks could not obtain a license -15',
    company: halvorsen,
    expected: ['d-halvorsen-solidworks-licence'],
  },
  {
    text: 'CAD program says all the licences are in use',
    company: halvorsen,
    expected: ['d-halvorsen-solidworks-licence'],
  },
  {
    text: 'A1 drawings coming out on A4 on the big printer',
    company: halvorsen,
    expected: ['d-halvorsen-plotter'],
  },
  {
    text: 'plotter front says paper mismatch job on hold',
    company: halvorsen,
    expected: ['d-halvorsen-plotter'],
  },
  {
    text: 'need access to the 2431 folder on P please, access denied',
    company: halvorsen,
    expected: ['d-halvorsen-project-drive'],
  },
  {
    text: 'new job folder needed for 2502 harbour bridge',
    company: halvorsen,
    expected: ['d-halvorsen-project-drive'],
  },
  // Two problems in one ticket
  {
    text: 'outlook keeps asking for my password AND teams is just a white screen',
    company: kestrel,
    expected: ['d-outlook-credential-prompt', 'd-teams-cache-reset'],
  },
  {
    text: 'laptop asked for the bitlocker thing this morning and now the second monitor on the dock isnt working',
    company: halvorsen,
    expected: ['d-bitlocker-recovery', 'd-dock-external-monitors'],
  },
  {
    text: 'new phone so authenticator is gone, also can you add me to the accounts shared inbox',
    company: ashdown,
    expected: ['d-mfa-new-phone', 'd-shared-mailbox'],
  },
  // No answer: another client's runbook topic for a client that has none
  {
    text: 'forticlient says -14 cant connect from home',
    company: brightwater,
    expected: null,
  },
  {
    text: 'zebra label printer printing blank labels',
    company: ashdown,
    expected: null,
  },
  {
    text: 'solidworks licence error -15 on the design pc',
    company: kestrel,
    expected: null,
  },
  {
    text: 'olympus recorder not downloading dictation',
    company: halvorsen,
    expected: null,
  },
  {
    text: 'plotter printing on the wrong paper size',
    company: kestrel,
    expected: null,
  },
  {
    text: 'eaglesoft cant connect to database',
    company: kestrel,
    expected: null,
  },
  // No answer: shares words with an article that does not fix it
  {
    text: 'my assistant cant see the private appointments in my outlook calendar',
    company: ashdown,
    expected: null,
  },
  {
    text: 'blue screen with a sad face DRIVER_IRQL_NOT_LESS_OR_EQUAL then restarts',
    company: kestrel,
    expected: null,
  },
  {
    text: 'scan to email stopped working on the copier, smtp authentication error',
    company: brightwater,
    expected: null,
  },
  {
    text: 'quickbooks payroll update error PS038',
    company: brightwater,
    expected: null,
  },
  {
    text: 'sage 50 says the licence has expired and wants an activation key',
    company: ashdown,
    expected: null,
  },
  {
    text: 'android phone work profile, company portal wont install teams',
    company: kestrel,
    expected: null,
  },
  {
    text: 'mac is asking for a filevault recovery key',
    company: halvorsen,
    expected: null,
  },
  {
    text: 'HP laserjet printing a grey streak down every page',
    company: ashdown,
    expected: null,
  },
  {
    text: 'customers ringing our main teams number get a busy tone',
    company: brightwater,
    expected: null,
  },
  {
    text: 'the ADP payroll website password reset email never arrives',
    company: kestrel,
    expected: null,
  },
  {
    text: 'wifi drops out at the far end of the warehouse near bay 5',
    company: kestrel,
    expected: null,
  },
  {
    text: 'desktop pc monitor flickering on and off, no dock, plugged straight in',
    company: null,
    expected: null,
  },
  {
    text: 'autocad fatal error and crashes when opening one drawing',
    company: halvorsen,
    expected: null,
  },
  {
    text: 'pclaw invoices printing with the old logo',
    company: ashdown,
    expected: null,
  },
  // No answer: vague
  {
    text: 'computer not working',
    company: null,
    expected: null,
  },
  {
    text: 'help its doing it again',
    company: brightwater,
    expected: null,
  },
];
