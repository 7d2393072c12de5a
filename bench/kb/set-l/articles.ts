/**
 * Set L: a blind labelled KB set, written without reading the search code or any other set.
 * An imaginary UK MSP's Hudu knowledge base: generic MSP articles plus runbooks for four clients.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_L_CLIENTS = {
  harrow: 'Harrow & Pell Solicitors LLP',
  bright: 'Brightsmile Dental Group',
  kestrel: 'Kestrel Precision Engineering Ltd',
  riverside: 'Riverside Community Trust',
} as const;

const { harrow, bright, kestrel, riverside } = SET_L_CLIENTS;

export const SET_L_ARTICLES: readonly BenchArticle[] = [
  // Microsoft 365
  article(
    'outlook-password-prompts',
    'Outlook keeps asking for password or shows Disconnected',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'Outlook repeatedly pops up the Windows Security credentials box, or the status bar shows "Disconnected" or "Need Password". Usually starts right after a password change or an MFA reset. OWA and mobile mail keep working.',
      ],
      [
        'Cause',
        'Stale cached credentials in Windows Credential Manager, legacy auth forced by an old registry value (EnableADAL=0) left from an Office 2013 install, or a damaged Outlook profile.',
      ],
      [
        'Fix',
        '1. Close Outlook. 2. Credential Manager > Windows Credentials: remove every MicrosoftOffice16_Data entry and anything mentioning outlook.office365.com. 3. Check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity and delete EnableADAL / DisableADALatopWAMOverride if present. 4. Reopen and sign in, approve MFA. 5. Still looping: Control Panel > Mail > Show Profiles, add a new profile and set it as default. Cached mode will rebuild the OST, which can take hours on a big mailbox.',
      ],
      [
        'Notes',
        'Check the Entra sign-in logs first: a Conditional Access block also looks like a password loop.',
      ],
    ],
  ),
  article(
    'exo-shared-mailbox',
    'Shared mailbox not showing in Outlook or cannot send as it',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'User has been given access to a shared mailbox (accounts@, info@, enquiries@) but it does not appear in the folder pane, or they can read it but get "You do not have the permission to send the message on behalf of the specified user".',
      ],
      [
        'Cause',
        'Automapping can take up to 60 minutes, and does not work at all when permission was granted through a group. Full Access does not include Send As.',
      ],
      [
        'Fix',
        'Exchange admin centre > Recipients > Mailboxes > shared mailbox > Delegation: add the user to Read and manage (Full Access) and, if needed, Send as. PowerShell: Add-MailboxPermission -Identity accounts@ -User jo@ -AccessRights FullAccess -AutoMapping $true. Restart Outlook after an hour. To keep sent items in the shared mailbox run Set-Mailbox -MessageCopyForSentAsEnabled $true.',
      ],
      [
        'Notes',
        'Outlook for Mac and OWA never automap: in OWA right-click Folders > Add shared folder; on Mac add it under Preferences > Accounts > Delegation.',
      ],
    ],
  ),
  article(
    'exo-ndr-bounce',
    'Emails bouncing back undeliverable (NDR) and message trace',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'Sender gets "Undeliverable" or "Delivery has failed" with a code such as 550 5.1.1, 5.7.1, 5.7.708 or 4.4.7, or a recipient claims an email never arrived.',
      ],
      [
        'Cause',
        '5.1.1: wrong address or a stale autocomplete entry after a migration. 5.7.1: recipient server rejects us (policy, SPF/DMARC). 5.7.708/5.7.750: our tenant or user is restricted for outbound spam. 4.4.7: remote server unreachable, message expired in queue.',
      ],
      [
        'Fix',
        'Run a message trace in the Exchange admin centre (Mail flow > Message trace) for the sender, recipient and time window; it shows whether the message left us and what the remote server answered. 5.1.1: delete the autocomplete entry and retype. 5.7.1 external: check SPF, DKIM and DMARC for our domain on MXToolbox. Restricted user: see the compromised account article before releasing them from Restricted entities in Defender.',
      ],
    ],
  ),
  article(
    'teams-cache-reset',
    'Teams will not load, white screen or signs in as the wrong account',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'New Teams opens to a blank white or purple window, spins on the loading logo forever, shows "We\'re sorry, we\'ve run into an issue", chats stop updating, or it keeps signing in to an old account.',
      ],
      ['Cause', 'Corrupt local cache or a stale token, very common after a Teams update or a profile move.'],
      [
        'Fix',
        'Quit Teams from the system tray. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset, or delete %LocalAppData%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache. Classic Teams: delete %AppData%\\Microsoft\\Teams. Relaunch and sign in. Wrong account: also remove the old entry under Settings > Accounts > Access work or school.',
      ],
      ['Notes', 'The user can work in teams.microsoft.com in the browser while you fix the desktop app.'],
    ],
  ),
  article(
    'onedrive-sync-stuck',
    'OneDrive or SharePoint sync stuck, red crosses or duplicate files',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'OneDrive cloud icon stuck on "Processing changes" or "Sync pending", files with a red X, "This file can\'t be synced", or copies of files with the PC name appended (e.g. Budget-LAPTOP12.xlsx).',
      ],
      [
        'Cause',
        'Path longer than 400 characters, illegal characters, a file held open, a library over 300,000 items, or the same SharePoint library synced twice (Sync and Add shortcut to My files). PC-name copies are sync conflicts.',
      ],
      [
        'Fix',
        'Click the cloud icon > View sync problems and rename the offending files. Pause and resume sync. Still stuck: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again. Remove duplicate syncs (Settings > Account > Stop sync). Make sure Files On-Demand is on so the local disk does not fill. For conflict copies compare with version history in the browser before deleting anything.',
      ],
    ],
  ),
  article(
    'm365-licence-activation',
    'Office shows Unlicensed Product or activation fails',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'Red banner "Unlicensed Product" or "Account error", Word or Excel opens read-only, "We couldn\'t verify your subscription", or "You\'ve reached the install limit".',
      ],
      [
        'Cause',
        'The user has a licence without desktop apps (Business Basic instead of Standard or Premium), the licence was removed at renewal, they already have 5 active installs, or the Office identity cache is stale.',
      ],
      [
        'Fix',
        'M365 admin centre > Users > Active users > Licenses and apps. Desktop apps need Business Standard, Business Premium or E3. If none spare, order through the distributor after the account manager approves. If licensed: File > Account > Sign out, close all Office apps, sign in again. Install limit: have the user sign out old devices at myaccount.microsoft.com > Office apps. Last resort: Microsoft Support and Recovery Assistant to clear activation.',
      ],
    ],
  ),

  // Identity & access
  article('mfa-new-phone', 'MFA re-registration for a new, lost or wiped phone', null, 'Identity & Access', [
    [
      'Symptoms',
      'User has a new phone, lost or broke the old one, or reinstalled Microsoft Authenticator, and approvals no longer arrive. They are stuck at "Approve sign in request".',
    ],
    [
      'Fix',
      'Verify identity by calling back on the number held in the PSA, never one supplied in the ticket. Entra admin centre > Users > user > Authentication methods: delete the old Authenticator entry and click Require re-register MFA. If they have no other method, issue a Temporary Access Pass (one hour, one-time use). The user then browses to aka.ms/mysecurityinfo and adds Authenticator on the new phone.',
    ],
    ['Notes', 'Never reset MFA on the strength of an email alone: it is a classic social-engineering route.'],
  ]),
  article(
    'ca-device-not-compliant',
    'Sign-in blocked by Conditional Access or device not compliant',
    null,
    'Identity & Access',
    [
      [
        'Symptoms',
        '"You can\'t get there from here", "Your sign-in was successful but does not meet the criteria to access this resource", error 53000 or 530003. Works on one device but not another, or stops working abroad.',
      ],
      [
        'Cause',
        'A Conditional Access policy requires a compliant or hybrid-joined device and this one is personal, not enrolled in Intune, or failing compliance (OS out of date, BitLocker off). A country block policy applies when travelling.',
      ],
      [
        'Fix',
        'Entra admin centre > Sign-in logs > the failed sign-in > Conditional Access tab shows which policy blocked it. On a company device open Company Portal > Check status and fix the listed compliance reason, then Sync. Personal devices: use the browser apps only. Travel: with manager approval add the user to the CA-Travel-Exclusion group for the dates and remove them on return.',
      ],
    ],
  ),
  article(
    'intune-autopilot-enrol',
    'Intune / Autopilot enrolment fails on a new laptop',
    null,
    'Identity & Access',
    [
      [
        'Symptoms',
        'Out-of-box setup shows "Something went wrong" with 80180014, the Enrollment Status Page times out with 0x800705b4, or "This device is already being managed by an organisation".',
      ],
      [
        'Cause',
        '80180014: blocked by an enrolment restriction or a stale device record. ESP timeout: a required app failing or too slow. Hash never imported or wrong group tag.',
      ],
      [
        'Fix',
        'Confirm the hardware hash is in Intune > Devices > Windows > Enrollment > Devices with the right group tag. Delete stale Intune and Entra device objects and retry. Check enrolment restrictions allow corporate Windows. ESP timeout: Shift+F10 and read C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs to find the app, then remove it from the blocking apps list. Reset the PC from WinRE and run setup again.',
      ],
    ],
  ),

  // Windows endpoints
  article('win-update-failing', 'Windows Update failing, looping or stuck', null, 'Windows', [
    [
      'Symptoms',
      'Update stuck at a percentage, "Undoing changes made to your computer" loop on every restart, errors 0x800f0922, 0x80073712 or 0x8024xxxx, device flagged as unpatched in the RMM patch report.',
    ],
    [
      'Fix',
      'Leave it alone while it says "Working on updates" or "Undoing changes"; do not power off. Once at the desktop: check 20 GB free. Run as admin DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow. Reset the components: stop wuauserv, bits and cryptsvc, rename C:\\Windows\\SoftwareDistribution and catroot2, start the services. 0x800f0922 is often a full System Reserved partition or the VPN blocking. Install the failing KB manually from the Microsoft Update Catalog, then re-run the RMM patch job.',
    ],
  ]),
  article('bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Windows', [
    [
      'Symptoms',
      'Blue screen at boot asking for a 48-digit recovery key: "Enter the recovery key for this drive". Often after a BIOS or firmware update, a new dock, or a TPM reset.',
    ],
    [
      'Fix',
      'Verify the caller. Ask for the Key ID shown on screen (first 8 characters). Look it up in Entra admin centre > Devices > the device > BitLocker keys, or Intune > Devices > Recovery keys, or the asset in Hudu. Read the key out in groups of six. Once in Windows, before any further firmware update run manage-bde -protectors -disable C: -RebootCount 1 so it does not happen again.',
    ],
    [
      'Notes',
      'If no key was escrowed the data cannot be recovered: escalate to L3 before anyone reinstalls.',
    ],
  ]),
  article('win-temp-profile', 'User signed in with a temporary profile', null, 'Windows', [
    [
      'Symptoms',
      'Desktop empty, default wallpaper, Outlook wants setting up again, and a notice "You\'ve been signed in with a temporary profile". The user thinks their files have been deleted.',
    ],
    [
      'Cause',
      'The profile failed to load (antivirus locking NTUSER.DAT, unclean shutdown) and Windows renamed the ProfileList key with .bak.',
    ],
    [
      'Fix',
      "Tell the user not to save anything meanwhile. Sign in as an admin, regedit HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID: delete the key without .bak, rename the .bak key to remove the suffix, set State and RefCount to 0. Reboot and sign in. Their files are still in C:\\Users\\username throughout.",
    ],
  ]),
  article('printer-offline', 'Printer offline or jobs stuck in the queue', null, 'Windows', [
    [
      'Symptoms',
      'Printer shows Offline, jobs sit in the queue as "Error - Printing" and nothing comes out, or the printer has disappeared after a desk move.',
    ],
    [
      'Fix',
      'Check the printer panel for a paper jam or error and print a configuration page to confirm it has an IP; ping it. Restart the Print Spooler service and clear C:\\Windows\\System32\\spool\\PRINTERS. Printers on a print server: remove and re-add \\\\PRINTSRV01\\<name>; after a desk move add the nearest printer the same way. Direct IP printers: make sure the port is Standard TCP/IP, not WSD, because WSD ports drop offline at random. Garbled output: switch to the vendor universal PCL6 driver.',
    ],
  ]),
  article('dock-display-drivers', 'External monitors not detected on a dock', null, 'Windows', [
    [
      'Symptoms',
      'Screens stay black or say "No signal" when the laptop is docked, only one of two monitors works, flickering, or USB devices on the dock stop working.',
    ],
    [
      'Cause',
      'Out-of-date dock firmware or graphics driver, missing DisplayLink driver, or an unauthorised Thunderbolt device.',
    ],
    [
      'Fix',
      'Win+P: set to Extend. Run Dell Command Update, Lenovo Vantage or HP Image Assistant, which include dock firmware. DisplayLink docks need the DisplayLink driver from the RMM library. Thunderbolt: approve the dock in Thunderbolt Control Center. Power-cycle the dock (power lead out for 30 seconds) and reseat the USB-C cable. Device Manager > Display adapters: reinstall the Intel or NVIDIA driver.',
    ],
  ]),
  article('pc-slow-performance', 'PC or laptop running slow', null, 'Windows', [
    [
      'Symptoms',
      'Takes ages to start, programs "Not responding", fan loud, Task Manager shows 100% disk, CPU or memory.',
    ],
    [
      'Fix',
      'Check uptime in Task Manager > Performance and restart if it has been up for days. Sort Task Manager by CPU, memory and disk to find the culprit. Disable needless startup apps. Check the RMM for a running AV scan or stuck update. Check free disk space. A spinning hard disk instead of an SSD, or under 8 GB RAM with Teams and Chrome, means quote a hardware upgrade or replacement. Run the vendor hardware diagnostics (Dell SupportAssist) if it is still slow.',
    ],
  ]),
  article('disk-space-full', 'C: drive full or low disk space', null, 'Windows', [
    [
      'Symptoms',
      '"Low disk space" warning, red bar under Local Disk (C:) in This PC, updates fail, files will not save.',
    ],
    [
      'Fix',
      'Run TreeSize or WinDirStat as admin to see what is using the space. Usual culprits: OneDrive with Files On-Demand off (right-click > Free up space), a huge Outlook OST, Downloads, old user profiles, C:\\Windows\\SoftwareDistribution. Run Disk Cleanup > Clean up system files and turn on Storage Sense. Never delete anything from C:\\Windows\\Installer.',
    ],
  ]),

  // macOS
  article('mac-keychain-prompts', 'Mac keeps asking for the login keychain password', null, 'macOS', [
    [
      'Symptoms',
      'Repeated popups such as "accountsd wants to use the login keychain" or "Enter your keychain password", and the current password is not accepted. Usually after the Microsoft 365 password was changed on a PC or the web.',
    ],
    ['Cause', 'The login keychain is still locked with the old password.'],
    [
      'Fix',
      'Old password known: Keychain Access > Edit > Change Password for Keychain "login", old to new. Old password unknown: Keychain Access > Settings > Reset Default Keychains (saved passwords are lost). Macs with Platform SSO or Jamf Connect: sync the password from the menu bar app. Then reopen Outlook and Teams and sign in.',
    ],
  ]),

  // Networking
  article('vpn-connect-fails', 'Remote access VPN will not connect', null, 'Networking', [
    [
      'Symptoms',
      'VPN client stuck on "Connecting", fails at authentication, or connects but the server, drives and apps cannot be reached.',
    ],
    [
      'Fix',
      'Check the internet works first. Hotel, train and café Wi-Fi usually has a login page that must be accepted in a browser before the VPN will connect; a phone hotspot is a good test. Make sure the account is not locked and the MFA prompt was approved. Restart the client, then reboot. Connected but nothing reachable: run ipconfig and check the home router is not on the same subnet as the office (e.g. both 192.168.1.x), which breaks routing. Check the user is in the firewall VPN group. Reinstall the client from the RMM software library.',
    ],
  ]),
  article('wifi-enterprise-auth', 'Laptop cannot connect to the office Wi-Fi', null, 'Networking', [
    [
      'Symptoms',
      '"Can\'t connect to this network", repeated username and password prompts, or connected with no internet on the corporate SSID. Phones on guest Wi-Fi are fine.',
    ],
    [
      'Cause',
      'Corporate Wi-Fi is WPA2-Enterprise (RADIUS on NPS): old cached credentials after a password change, an expired computer certificate, or the user/device not in the Wi-Fi security group.',
    ],
    [
      'Fix',
      'Forget the network and reconnect with the current credentials. Check the NPS event log for event 6273 and its reason code. For EAP-TLS confirm the computer certificate is valid (certlm.msc). Personal devices belong on the Guest SSID. Check the access point is up in the UniFi or Meraki controller.',
    ],
  ]),
  article('dns-resolution', 'Websites or internal servers not resolving (DNS)', null, 'Networking', [
    [
      'Symptoms',
      '"DNS_PROBE_FINISHED_NXDOMAIN" or "server IP address could not be found"; internal names (fileserver, intranet) fail while IP addresses work.',
    ],
    [
      'Fix',
      'ipconfig /all: the DNS servers should be the on-site domain controllers, not 8.8.8.8 or the router. ipconfig /flushdns, then nslookup the name. Check the DNS Server service and forwarders on the DC. On VPN check the connection-specific DNS suffix. Look in C:\\Windows\\System32\\drivers\\etc\\hosts for rogue entries.',
    ],
  ]),
  article('dhcp-apipa', 'No network: 169.254 address or DHCP problem', null, 'Networking', [
    [
      'Symptoms',
      '"No internet, secured", "Unidentified network", ipconfig shows 169.254.x.x. Often several devices at once, or new devices only.',
    ],
    [
      'Cause',
      'DHCP scope exhausted, DHCP server or service down, a rogue DHCP server (a home router plugged into the LAN), or a missing DHCP relay on a VLAN.',
    ],
    [
      'Fix',
      'ipconfig /release then /renew. On the DHCP server (DC or firewall) check scope statistics: at 100% shorten the lease time, remove BAD_ADDRESS entries and extend the range. Look for a rogue DHCP server in the switch and firewall logs and unplug it. Check the ip helper / DHCP relay on the switch for that VLAN.',
    ],
  ]),
  article('wall-port-dead', 'Network wall port not working', null, 'Networking', [
    [
      'Symptoms',
      'Device works at one desk but not another, no link lights, "Network cable unplugged", or a desk phone gets no power at that socket.',
    ],
    [
      'Fix',
      'Try a known-good patch lead and another device. Read the port label on the faceplate (e.g. 2-14) and trace it in the patch schedule stored in Hudu. On the switch check link status, VLAN, PoE budget and whether port security has err-disabled it. Re-patch to a live switch port. No link on a cable tester means a cabling fault: book the cabling contractor.',
    ],
  ]),
  article('web-filter-block', 'Website blocked by the firewall web filter', null, 'Networking', [
    [
      'Symptoms',
      'Browser shows a block page such as "Web Page Blocked" or "Access denied by policy" with a category, only when in the office.',
    ],
    [
      'Fix',
      "Get the exact URL and category from the block page. Check it is not actually malicious (VirusTotal). Get business justification and approval from the client's named contact. Add the URL to the static URL filter allow list, never the whole category. If a site breaks only because of SSL inspection, add it to the inspection exemption list instead.",
    ],
  ]),

  // Servers & backup
  article(
    'mapped-drive-missing',
    'Mapped network drive missing or showing a red X',
    null,
    'Servers & Backup',
    [
      [
        'Symptoms',
        'H:, S: or P: drive missing from This PC, or shown with a red cross and "Location is not available". Often on a new laptop or when working from home.',
      ],
      [
        'Cause',
        'Drives are mapped by Group Policy at logon; on Wi-Fi or VPN the network is not up in time, the user is not in the targeting group, or old credentials are cached.',
      ],
      [
        'Fix',
        "Make sure the network or VPN is connected. Browse to \\\\server\\share in Explorer to test. gpupdate /force, then sign out and back in. net use lists current mappings; net use * /delete clears stale ones. Remove saved server credentials from Credential Manager. Check item-level targeting in the drive maps GPO matches the user's security group.",
      ],
    ],
  ),
  article(
    'file-share-access-denied',
    'Access denied to a folder on the file server',
    null,
    'Servers & Backup',
    [
      [
        'Symptoms',
        '"You don\'t currently have permission to access this folder", folder visible but will not open, or files open read-only and cannot be saved.',
      ],
      [
        'Fix',
        'Folder Properties > Security > Advanced > Effective Access shows what the user gets and which group grants it. Never give a user rights directly: add them to the AD group (e.g. FS_Finance_RW or FS_Finance_RO) once the data owner listed in Hudu approves. The user must sign out and back in (or klist purge) to pick up the new group.',
      ],
    ],
  ),
  article('backup-restore-file', 'Restoring a deleted or overwritten file', null, 'Servers & Backup', [
    ['Symptoms', 'User deleted a file or folder, saved over a document, or needs an earlier version.'],
    [
      'Fix',
      'Check the Recycle Bin. File server: right-click the folder > Properties > Previous Versions (shadow copies). Otherwise use Datto or Veeam: mount the recovery point from before the change and restore to an alternate location (\\Restore_<ticket>), never over the live copy. OneDrive and SharePoint: the site recycle bin keeps items 93 days, and version history restores an older copy of a saved-over file. Confirm with the user before closing.',
    ],
  ]),

  // Security
  article('phishing-report', 'User reports a phishing email or clicked a link', null, 'Security', [
    [
      'Symptoms',
      'Suspicious email: fake invoice, DocuSign or SharePoint share, "mailbox full" lure. Sometimes the user has already clicked or typed their password.',
    ],
    [
      'Fix',
      'Tell the user not to forward it; use Report > Report phishing in Outlook. In Defender check Submissions, then use Threat Explorer to find other recipients and soft-delete the message from all mailboxes. If credentials were entered, follow the compromised account article straight away. If an attachment was opened, isolate the device in Defender and run a full scan.',
    ],
  ]),
  article('compromised-account', 'Compromised Microsoft 365 account', null, 'Security', [
    [
      'Symptoms',
      'Contacts receive odd emails or payment requests from the user, Sent Items full of spam, incoming mail vanishing because of new inbox rules (moved to RSS Feeds or deleted), unknown MFA methods, sign-ins from abroad, or the user is restricted from sending.',
    ],
    [
      'Fix',
      'Reset the password and Revoke sessions in Entra. Remove rogue inbox rules and external forwarding. Delete unknown authentication methods. Review sign-in and unified audit logs for what was accessed. Release from Restricted entities in Defender once clean. Notify the client contact; if personal data was accessed they may need to report to the ICO within 72 hours.',
    ],
  ]),
  article('ransomware-first-response', 'Ransomware: first response', null, 'Security', [
    [
      'Symptoms',
      'Files renamed with an unknown extension, documents will not open, a ransom note (README.txt, HOW_TO_DECRYPT) in folders, several users affected at once.',
    ],
    [
      'Fix',
      'P1. Isolate the affected machines: unplug the network cable and turn off Wi-Fi, but do not power off (memory evidence). Isolate in the EDR console. Disable the user account involved. Phone the on-call security lead immediately. Do not restore anything until the scope is known; check the backups and offsite copies are intact. The client must contact their cyber insurer before any third party is engaged.',
    ],
  ]),
  article('mfa-fatigue', 'Unexpected MFA prompts the user did not trigger', null, 'Security', [
    [
      'Symptoms',
      'Authenticator prompts or number-matching requests arrive when the user is not signing in, often several in a row or at night.',
    ],
    [
      'Cause',
      'Someone has the password and is trying to sign in, hoping the user approves (MFA fatigue / push bombing).',
    ],
    [
      'Fix',
      'Tell the user to deny and choose "No, it\'s not me". Reset the password immediately and revoke sessions. Check the sign-in logs for the source. Make sure number matching is enforced. If the user approved any prompt, treat it as a compromised account.',
    ],
  ]),

  // People
  article('new-starter', 'New starter setup', null, 'People', [
    [
      'Process',
      'Needs a ticket with the starter form: name, start date, job title, manager, licence, groups, laptop. No form, no account.',
    ],
    [
      'Steps',
      "Create the user by copying the department template in AD (or Entra for cloud-only clients) and let it sync. Assign the licence. Add to security groups, distribution lists, shared mailboxes and Teams. Laptop: Autopilot with the client group tag, delivered to the manager. Create a Temporary Access Pass for first login so the user sets up MFA on day one. Request line-of-business app accounts from the client's app admin. Send credentials to the manager, never to a personal email.",
    ],
  ]),
  article('leaver-offboarding', 'Leaver / offboarding', null, 'People', [
    [
      'Steps',
      'At the leaving time: block sign-in, reset password, revoke sessions, remove MFA methods. Convert the mailbox to shared, grant the manager Full Access and set an auto-reply if asked. Remove the licence once converted. Give the manager access to the OneDrive (kept 30 days). Remove from groups and distribution lists. Retire or wipe devices in Intune and arrange hardware collection. Disable accounts in line-of-business apps.',
    ],
    [
      'Notes',
      "Get the leaver request from HR or the manager in writing; never act on the leaver's own request.",
    ],
  ]),

  // Line of business
  article('sage50-company-data', 'Sage 50 Accounts cannot open company data', null, 'Line of Business', [
    [
      'Symptoms',
      '"Sage 50 Accounts cannot find the data", "Error 2 – cannot find file", "Unable to connect to the Sage Data Service", or Sage very slow to open.',
    ],
    [
      'Fix',
      "Check the data path (usually on the file server) is reachable in Explorer. On the server check the Sage Data Service (SageDataService) is running and restart it. Run Sage Data Service Settings to confirm the company data path. Everyone must be on the same version (Help > About) after an update. Licence expiry messages need the client's Sage subscription renewing, not us.",
    ],
  ]),
  article('xero-2fa-reset', 'Xero login: lost two-step authentication', null, 'Line of Business', [
    [
      'Symptoms',
      'User has a new phone or deleted the authenticator app and cannot get past Xero two-step authentication, or Xero says the code is incorrect.',
    ],
    [
      'Fix',
      'Xero accounts are not in our tenant and we cannot reset them. On the Xero login screen choose "Can\'t access your authenticator app?" and use the backup method (email code or security questions). Otherwise Xero support reset it through their online form. Incorrect codes: set the phone clock to automatic, as codes drift. Advise setting up a backup method afterwards.',
    ],
  ]),

  // Telephony
  article('voip-desk-phone', 'Desk phone shows No Service or registration failed', null, 'Telephony', [
    [
      'Symptoms',
      'Yealink or Polycom handset shows "No Service" or "Registration failed", grey line key, no dial tone, or the screen is dark.',
    ],
    [
      'Fix',
      'Dark screen: no PoE. Check the cable is in the Internet/LAN port, not the PC port, and try another wall socket or a PoE injector. No service: unplug for 10 seconds. Press OK > Status to check it has an IP. In the hosted PBX portal check the extension and reprovision the handset. Whole office down: check the internet line and that SIP ALG is off on the router.',
    ],
  ]),

  // Harrow & Pell Solicitors
  article(
    'hp-vpn-forticlient',
    'Harrow & Pell: FortiClient VPN with Microsoft sign-in',
    harrow,
    'Clients/Harrow & Pell',
    [
      [
        'Overview',
        'Harrow & Pell staff connect from home and court with FortiClient (EMS-managed), profile "HP-Office", using Microsoft SAML sign-in. LawVault and the P: drive only work outside the office over this VPN.',
      ],
      [
        'Symptoms',
        '"Credential or SSLVPN configuration is wrong (-7200)", the Microsoft sign-in window is blank white, or the connection stalls at 40% and drops.',
      ],
      [
        'Fix',
        '-7200 or blank window: FortiClient > Settings > tick "Use external browser as user-agent for SAML login", reconnect. Stalls at 40%: the network is blocking DTLS; the EMS profile falls back to TCP 443 after a client restart. Check the user is in the Entra group HP-VPN-Users. Profile missing: re-register the client to EMS with the invite in Hudu.',
      ],
    ],
  ),
  article(
    'hp-followme-printing',
    'Harrow & Pell: PaperCut follow-me printing',
    harrow,
    'Clients/Harrow & Pell',
    [
      [
        'Overview',
        'All printing goes to one queue, \\\\HP-PRN01\\FollowMe. Jobs are released at any Konica Minolta bizhub by tapping the staff ID card. Billable printing asks for a client-matter code.',
      ],
      [
        'Fix',
        'Job not at the copier: check PaperCut admin > Jobs pending release. If it is not there the user printed to an old direct queue: remove it and add FollowMe. Queue shows offline: restart the PaperCut client and re-add FollowMe. New or replacement card not recognised: tap it, log in with Windows credentials at the panel to associate it. Matter code popup: pc-client must be running; personal printing uses code 0000-ADMIN. Scan to Me on the bizhub emails the scan to the user.',
      ],
    ],
  ),
  article('hp-lawvault', 'Harrow & Pell: LawVault practice management', harrow, 'Clients/Harrow & Pell', [
    [
      'Overview',
      "LawVault is the firm's case and practice management system: SQL database on HP-APP01 with Word and Outlook add-ins for filing and time recording.",
    ],
    [
      'Symptoms',
      '"Document is locked by another user", LawVault ribbon missing from Word or Outlook, time entries spinning and not saving, "cannot reach server" from home.',
    ],
    [
      'Fix',
      'Locked documents: LawVault Admin > Locked Documents; release only after confirming the other fee earner has it closed or is away. Missing ribbon: Word > File > Options > Add-ins > COM Add-ins, tick LawVault; check Disabled Items too. Time recording not saving: restart the LawVault Service on HP-APP01 out of hours or check the SQL disk space. From home: connect the VPN first. Licences and upgrades go to the LawVault vendor helpdesk.',
    ],
  ]),

  // Brightsmile Dental Group
  article(
    'bd-dentaflow',
    'Brightsmile: DentaFlow cannot connect to database',
    bright,
    'Clients/Brightsmile Dental',
    [
      [
        'Overview',
        'Each practice (Leeds, Harrogate, Wakefield) has a local server BSD-<site>-SRV running SQL Express instance DENTAFLOW for the DentaFlow practice software: appointment book, charts and patient notes.',
      ],
      [
        'Symptoms',
        '"Unable to connect to DentaFlow database" on surgery and reception PCs, the appointment book frozen, or DentaFlow not opening after a power cut.',
      ],
      [
        'Fix',
        'Check the server is on (power cuts at Leeds leave it off). Start the SQL Server (DENTAFLOW) and DentaFlow Sync services. One PC only: check its network and that the DentaFlow Config Tool points at BSD-<site>-SRV\\DENTAFLOW. Never restart SQL during clinic hours without telling the practice manager: every surgery drops. Data problems go to DentaFlow support.',
      ],
    ],
  ),
  article(
    'bd-xray-sensor',
    'Brightsmile: intraoral X-ray sensor not detected',
    bright,
    'Clients/Brightsmile Dental',
    [
      [
        'Symptoms',
        'The imaging software says "Sensor not connected" or "No device found", or an X-ray is taken but the image does not appear in the DentaFlow patient record.',
      ],
      [
        'Fix',
        'Plug the sensor USB straight into a rear port on the PC, not a hub or front port. Device Manager > Imaging devices: reinstall the sensor driver from \\\\BSD-<site>-SRV\\Installs\\Sensor if missing. Restart the ImagingBridge service, then open the X-ray from inside the DentaFlow patient record rather than the standalone app so the image files against the patient. Disable USB selective suspend in the power plan, which Windows updates re-enable.',
      ],
      ['Notes', "A damaged sensor or cable is the dental equipment supplier's warranty, not ours."],
    ],
  ),
  article('bd-phones', 'Brightsmile: phones on hosted 3CX', bright, 'Clients/Brightsmile Dental', [
    [
      'Overview',
      'Brightsmile phones are on a 3CX system we host. Yealink T54W handsets; each practice has a reception ring group and its own out-of-hours message.',
    ],
    [
      'Fix',
      'One handset "No Service": reboot it, check PoE and that the extension is provisioned in 3CX admin. All phones at one practice dead or calls ringing out: check the internet at that site (DrayTek router); calls fail over to Leeds reception. Wrong greeting on a bank holiday or closure: 3CX admin > Office hours > Holidays, add the date. Call recordings are in 3CX > Recordings. New extensions need practice manager approval.',
    ],
  ]),

  // Kestrel Precision Engineering
  article('kp-sage200', 'Kestrel: Sage 200 on the RDS server', kestrel, 'Clients/Kestrel Precision', [
    [
      'Overview',
      'Sage 200 runs as a RemoteApp on KPE-RDS01; its SQL database is on KPE-SQL01. Users launch it from the Start menu "Sage 200 (Remote)".',
    ],
    [
      'Symptoms',
      '"User is already logged in", "Could not connect to the server", Sage 200 very slow, Excel reports not refreshing.',
    ],
    [
      'Fix',
      'Already logged in: Sage 200 System Administration > Active users, log the user out, and log off their stale session in RDS Session Manager. Slow: check KPE-RDS01 CPU and memory and sessions left running overnight; log off disconnected sessions. Could not connect: check SQL Server service on KPE-SQL01. Take a backup before month-end close.',
    ],
  ]),
  article(
    'kp-shopfloor-wifi',
    'Kestrel: shop-floor Wi-Fi and handheld scanners',
    kestrel,
    'Clients/Kestrel Precision',
    [
      [
        'Overview',
        'Zebra TC21 handheld scanners and shop-floor tablets use SSID KPE-FLOOR (WPA2-PSK, VLAN 30) across six UniFi access points. Office laptops use KPE-CORP instead.',
      ],
      [
        'Symptoms',
        'Scanners drop offline in goods-in, stock app says "Server not reachable", tablets lose signal by bay 4 near the press line.',
      ],
      [
        'Fix',
        'Check the APs in the UniFi controller; the goods-in AP locks up and needs a restart from the controller. Metal racking causes a known dead spot by bay 4; the fix is the extra AP quoted. On a scanner: Settings > Wi-Fi, forget and rejoin KPE-FLOOR (the PSK is in Hudu passwords). All handhelds offline at once: check PoE on the switch feeding the APs.',
      ],
    ],
  ),
  article(
    'kp-zebra-labels',
    'Kestrel: Zebra label printers in dispatch',
    kestrel,
    'Clients/Kestrel Precision',
    [
      [
        'Overview',
        'Dispatch prints courier labels on a networked Zebra ZT230 and parts labels on a Zebra ZD421.',
      ],
      [
        'Symptoms',
        'Labels come out blank, printing is offset half onto the next label, every other label skipped, or a red status light.',
      ],
      [
        'Fix',
        'Offset or skipping: hold the feed button until the light flashes twice to auto-calibrate the gap sensor. Blank labels: the ZT230 uses thermal transfer and needs a ribbon loaded; otherwise labels are loaded upside down. Use the ZDesigner driver with 100x150 mm stock. Red light: printhead open or out of media. Offline: ping the ZT230 and check its port as for any printer.',
      ],
    ],
  ),

  // Riverside Community Trust
  article(
    'rc-beacon-crm',
    'Riverside: Beacon CRM access and sign-in',
    riverside,
    'Clients/Riverside Community Trust',
    [
      [
        'Overview',
        "Beacon is Riverside's cloud supporter and donor CRM, signed into with Microsoft SSO. Beacon user admin is the Fundraising Manager, not us.",
      ],
      [
        'Fix',
        '"You don\'t have access" in Beacon: the Fundraising Manager must add or reactivate the user in Beacon. Microsoft sign-in error (AADSTS50105): add the user to the Entra group RCT-Beacon-Users, which is assigned to the Beacon enterprise app. Gift Aid exports, imports and data questions go to Beacon support.',
      ],
    ],
  ),
  article(
    'rc-volunteer-accounts',
    'Riverside: volunteer and new staff accounts',
    riverside,
    'Clients/Riverside Community Trust',
    [
      [
        'Overview',
        'Riverside is cloud-only (Entra, no on-site AD). Staff get Business Premium from the nonprofit grant; volunteers get Business Basic and use the shared hot-desk laptops in the volunteer room.',
      ],
      [
        'Volunteers',
        'Request must come from the Volunteer Coordinator. Create vol.firstname.surname in Entra, add to RCT-Volunteers (gives the hot-desk laptop sign-in and the Volunteers team), set the account expiry to 6 months. Expired volunteers who are staying: coordinator confirms, extend the expiry.',
      ],
      [
        'Staff',
        'Follow the generic new starter process but create in Entra only, Autopilot group tag RCT, and add to RCT-Staff.',
      ],
    ],
  ),
  article(
    'rc-sharepoint-files',
    'Riverside: where the S: and P: drives went (SharePoint)',
    riverside,
    'Clients/Riverside Community Trust',
    [
      [
        'Overview',
        'Riverside retired its file server in 2023. The old S: (Shared) drive is now the SharePoint site "Riverside Shared" and P: (Projects) became team libraries. Do not try to re-map drives.',
      ],
      [
        'Fix',
        'User asking for S: or P:: open the library in SharePoint and click Add shortcut to My files, so it shows in File Explorer under OneDrive. Use either Add shortcut or Sync for a library, never both, or it appears twice and gets stuck pending. Missing folders or access: the site owner (department head) grants it, listed in Hudu.',
      ],
    ],
  ),
];
