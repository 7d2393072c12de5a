/**
 * Set V: a blind labelled KB set, written without reading the search code or any other set.
 * A Denver MSP documenting in Hudu, serving a property manager, a survey/engineering firm, a brewery taproom chain and a PT clinic.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_V_CLIENTS = {
  peakline: 'Peakline Property Group',
  frontRange: 'Front Range Survey & Engineering',
  hopYard: 'Hop Yard Brewing Co.',
  summitPt: 'Summit Motion Physical Therapy',
} as const;
const { peakline, frontRange, hopYard, summitPt } = SET_V_CLIENTS;

export const SET_V_ARTICLES: readonly BenchArticle[] = [
  // ---------------- Microsoft 365: Outlook / Exchange ----------------
  article(
    'v-outlook-profile-rebuild',
    'Outlook stuck on Disconnected / Trying to connect - rebuild the mail profile',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        "Outlook desktop shows 'Disconnected' or 'Trying to connect...' in the status bar, folders don't update, send/receive hangs, or Outlook keeps prompting for credentials even though OWA works fine in a browser.",
      ],
      [
        'Cause',
        'Corrupt OST or a broken Outlook profile, usually after a password change, a tenant migration or a botched Office update.',
      ],
      [
        'Fix',
        "1. Confirm the user can log in at outlook.office.com. If OWA also fails, this is an account problem, not Outlook.\n2. Close Outlook. Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile named with today's date.\n3. Let Autodiscover configure the mailbox, set 'Always use this profile' to the new one.\n4. Open Outlook and let the OST rebuild (large mailboxes can take an hour on cached mode).\n5. Re-add any shared mailboxes or PST files the user had. Delete the old profile once confirmed working.",
      ],
      [
        'Escalate',
        'If a new profile also fails to connect, run the Microsoft Support and Recovery Assistant (SaRA) and escalate to L2 with the log.',
      ],
    ],
  ),
  article(
    'v-mailbox-full-archive',
    'Mailbox full / over storage quota - enable online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        "User gets 'Your mailbox is almost full' or 'mailbox has exceeded the maximum size' warnings, can't send, or senders get bounces saying the recipient's mailbox is full.",
      ],
      [
        'Check',
        'Exchange admin center > Mailboxes > user > Mailbox usage. Business Standard/Premium mailboxes are 50 GB; E3/E5 are 100 GB.',
      ],
      [
        'Fix',
        "1. Enable the online archive (EAC > mailbox > Others > Manage mailbox archive > Enable).\n2. Apply the 'MSP Default 2yr Archive' retention tag policy so items older than 2 years move to the archive automatically.\n3. Run Start-ManagedFolderAssistant -Identity user@domain to kick off the move now.\n4. Tell the user to empty Deleted Items and Recoverable Items is not counted against them once moved.\n5. If the archive itself is filling up, auto-expanding archiving needs an Exchange Online Archiving or E3 license - quote it to the client.",
      ],
    ],
  ),
  article(
    'v-shared-mailbox-access',
    'Shared mailbox access and auto-mapping in Outlook',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Request',
        "Give a user access to a shared mailbox (info@, billing@, leasing@ etc.) or fix a shared mailbox that isn't showing in their Outlook.",
      ],
      [
        'Fix',
        "1. EAC > Recipients > Mailboxes > shared mailbox > Delegation. Add the user under Read and manage (Full Access). Add Send as if they need to send from the address.\n2. Auto-mapping adds the mailbox to Outlook desktop within ~60 minutes; restart Outlook after that.\n3. If it still doesn't appear, File > Account Settings > Change > More Settings > Advanced > Add the mailbox manually.\n4. For Outlook on the web: right-click Folders > Add shared folder or mailbox.\n5. Sent items from Send As land in the user's own Sent Items by default. To keep them in the shared mailbox run Set-Mailbox shared@ -MessageCopyForSentAsEnabled $true.",
      ],
      [
        'Notes',
        "Shared mailboxes don't need a license unless they are over 50 GB or have an archive. Never give out the shared mailbox's own password - there shouldn't be one.",
      ],
    ],
  ),
  article(
    'v-calendar-delegate-permissions',
    'Calendar sharing and delegate access for assistants',
    null,
    'Microsoft 365/Calendars',
    [
      [
        'Request',
        "An assistant or office manager needs to see, edit or accept meetings on someone else's calendar, or a user can only see free/busy on a coworker's calendar.",
      ],
      [
        'Fix',
        "1. In Outlook: Calendar > right-click the calendar > Sharing permissions > Add the person and pick Can view all details, Can edit, or Delegate.\n2. Delegate = gets meeting requests on their behalf. Choose whether the owner also gets copies.\n3. Admin side: Add-MailboxFolderPermission -Identity owner@domain:\\Calendar -User assistant@domain -AccessRights Editor -SharingPermissionFlags Delegate.\n4. The assistant opens it via Add calendar > From directory.\n5. If the calendar shows blank or only 'Busy', remove and re-add the permission, then remove and re-add the calendar on the assistant's side.",
      ],
      [
        'Resource rooms',
        "Conference room mailboxes are separate - see the room's booking settings in EAC, not delegate permissions.",
      ],
    ],
  ),
  article(
    'v-quarantine-release',
    'Missing external email - check and release from Defender quarantine',
    null,
    'Microsoft 365/Mail Flow',
    [
      [
        'Symptoms',
        'A user is expecting an email from a vendor or customer and it never arrived, not even in Junk. Sender says it went through fine.',
      ],
      [
        'Fix',
        "1. Run a message trace: Exchange admin center > Mail flow > Message trace, search by sender and recipient, last 2 days.\n2. If the status is Quarantined, go to security.microsoft.com > Email & collaboration > Review > Quarantine.\n3. Review the reason (phish, spam, malware, transport rule). Never release malware or high-confidence phish without L2 review.\n4. Release to the recipient. Tick 'Allow similar messages' only for legitimate known senders, which adds them to the Tenant Allow/Block list.\n5. If the trace shows Delivered, the message is in the mailbox - check inbox rules, Focused/Other, and Junk.",
      ],
      [
        'Notes',
        'Users get a quarantine digest email every 4 hours that lets them request release themselves.',
      ],
    ],
  ),
  article(
    'v-mail-ndr-bounce-codes',
    'Bounce messages (NDRs) - what the 5.x.x codes mean',
    null,
    'Microsoft 365/Mail Flow',
    [
      [
        'Symptoms',
        "User forwards a 'Delivery has failed' / 'Undeliverable' message from Microsoft Outlook with a code like 550 5.1.1, 5.7.1, 5.4.1 or 5.7.708.",
      ],
      [
        'Common codes',
        "- 5.1.1 / 5.1.10: recipient address doesn't exist. Check for typos or a stale autocomplete entry (delete it from the suggestions list).\n- 5.7.1: sender not allowed - recipient has a restriction (distribution group only accepts internal senders, or external mail rule).\n- 5.4.1: relay access denied - recipient domain's MX doesn't accept the mail, usually their side.\n- 5.7.708 / 5.7.705: tenant or user is blocked from sending because of suspicious outbound spam - treat as a possible compromise.\n- 5.2.2: recipient mailbox is full.",
      ],
      [
        'Fix',
        'Match the code to the list above. For stale autocomplete, have the user start typing the name and click the X next to the suggestion. For distribution groups, allow external senders in EAC > Groups > settings. For 5.7.708 follow the compromised account runbook.',
      ],
    ],
  ),
  // ---------------- Teams / OneDrive / SharePoint ----------------
  article(
    'v-teams-clear-cache',
    "Teams won't load, blank white screen or sign-in loop - clear the cache",
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        "New Teams opens to a blank or white window, spins forever, loops back to the sign-in page, chats don't load, or shows error codes like caa20002 / 0xCAA70007.",
      ],
      [
        'Fix',
        "1. Quit Teams fully (right-click tray icon > Quit).\n2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.\n3. Classic Teams: delete %APPDATA%\\Microsoft\\Teams.\n4. Check Windows Settings > Accounts > Access work or school - remove any stale account from another tenant.\n5. Relaunch and sign in. If the web version (teams.microsoft.com) also fails, it's an account/licensing problem.",
      ],
    ],
  ),
  article('v-teams-audio-video', 'No sound, mic or camera in Teams calls', null, 'Microsoft 365/Teams', [
    [
      'Symptoms',
      "Other people can't hear the user, user can't hear others, camera shows black or 'We can't find a camera', headset works in other apps but not Teams.",
    ],
    [
      'Fix',
      "1. In Teams: Settings > Devices. Pick the correct speaker, mic and camera explicitly (not 'Default'). Make a test call.\n2. Windows Settings > Privacy & security > Camera and Microphone: make sure access is on and desktop apps are allowed.\n3. Check for a physical privacy shutter or Fn camera key on laptops (Lenovo F8/F9, HP F10).\n4. Docked laptop: the dock's audio device often grabs default. Unplug USB headset and re-plug directly into the laptop.\n5. Close other apps that hold the camera (Zoom, Webex, Camera app).\n6. Update the audio/camera driver from the OEM support tool (Lenovo Vantage, HP Support Assistant, Dell Command Update).",
    ],
  ]),
  article(
    'v-onedrive-sync-problems',
    'OneDrive not syncing - red X, stuck processing, or files missing on other PC',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        "OneDrive cloud icon shows a red X, paused, or 'Processing changes' for hours; synced SharePoint library not updating; a file saved on one computer doesn't show up on another.",
      ],
      [
        'Common causes',
        '- Path longer than 400 characters or invalid characters (" * : < > ? / \\ |) in file names.\n- File open/locked in another app (especially Excel and QuickBooks files - do not sync QuickBooks company files).\n- Signed in with the wrong account, or license removed.\n- Disk full.',
      ],
      [
        'Fix',
        "1. Click the OneDrive icon > View sync problems. Rename or move the offending files.\n2. Pause and resume syncing.\n3. Reset OneDrive: %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again.\n4. If a library is stuck, Settings > Account > Stop sync on that library, then re-sync from SharePoint.\n5. Confirm Files On-Demand is on so the disk doesn't fill.",
      ],
    ],
  ),
  article(
    'v-sharepoint-external-sharing',
    'Share a SharePoint or OneDrive folder with an outside person',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Request',
        "User wants to share files with a vendor, client or contractor outside the company and gets 'This item can't be shared' or the outside person can't open the link.",
      ],
      [
        'Fix',
        "1. Check tenant policy: SharePoint admin center > Policies > Sharing. Most of our clients are set to 'New and existing guests'.\n2. Check the specific site's sharing setting (Sites > Active sites > site > Sharing) - it can be stricter than the tenant.\n3. Have the user share with 'Specific people' and type the outside email. The guest gets a one-time code by email.\n4. If the guest says the code never arrives, check their spam folder, then have them use a private browser window.\n5. Anyone links are disabled on purpose - don't turn them on without the client owner's approval.",
      ],
    ],
  ),
  article(
    'v-restore-deleted-files-m365',
    'Recover deleted or overwritten files in OneDrive / SharePoint',
    null,
    'Backups/Microsoft 365',
    [
      [
        'Request',
        'User deleted a file or folder, or saved over a document, in OneDrive, Teams files or a SharePoint library.',
      ],
      [
        'Fix',
        "1. Recycle bin first: OneDrive web > Recycle bin (93 days). SharePoint site > Recycle bin, then the second-stage bin at the bottom of the page.\n2. Overwritten file: right-click > Version history > restore the earlier version.\n3. Mass deletion/encryption: OneDrive > Settings > Restore your OneDrive to a point in the last 30 days.\n4. Past 93 days: restore from the M365 backup (Datto SaaS Protection) - open the client's SaaS Protection portal, find the user/site, restore to the original location with a suffix so nothing is overwritten.",
      ],
      [
        'Notes',
        'Files on the local desktop that were not in a synced folder are not covered - see the server/endpoint backup restore article.',
      ],
    ],
  ),
  article(
    'v-m365-license-unlicensed',
    'Office says Unlicensed Product / product deactivated',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        "Red bar in Word/Excel: 'Unlicensed Product', 'Product deactivated', 'Account error', or the apps open in read-only mode. Also new hires who can't install Office.",
      ],
      [
        'Fix',
        '1. M365 admin center > Users > Active users > user > Licenses and apps. Confirm a license that includes desktop apps (Business Standard, Business Premium, E3). Business Basic does NOT include desktop Office.\n2. If the client has no spare licenses, ask the client contact for approval before buying one through our Pax8 portal.\n3. On the PC: File > Account > Sign out, close all Office apps, reopen and sign in again.\n4. Still failing: run the Office activation troubleshooter from SaRA, or clear %localappdata%\\Microsoft\\Office\\16.0\\Licensing.\n5. Office only allows 5 installs per user - check Licenses and apps > Office apps installations and deactivate old PCs.',
      ],
    ],
  ),
  // ---------------- Identity ----------------
  article('v-mfa-new-phone', 'Reset MFA / Authenticator after a new or lost phone', null, 'Identity/MFA', [
    [
      'Symptoms',
      "User got a new phone, reset their phone, or lost it and can't approve sign-ins; Authenticator shows no accounts; user stuck on 'Approve sign-in request'.",
    ],
    [
      'Fix',
      "1. Verify the user's identity by calling back the number in the PSA or through their manager. Never reset MFA based only on an email.\n2. Entra admin center > Users > user > Authentication methods > Require re-register multifactor authentication, and delete the old Authenticator device.\n3. Optionally issue a Temporary Access Pass (1 hour, one-time) so they can sign in.\n4. Have the user go to aka.ms/mysecurityinfo and add the Microsoft Authenticator app on the new phone.\n5. If the phone was lost, also follow the lost/stolen device runbook.",
    ],
  ]),
  article('v-password-reset-lockout', 'Password resets and account lockouts', null, 'Identity/Passwords', [
    [
      'Symptoms',
      'User forgot their password, password expired, or account is locked out after too many wrong attempts (often from an old password saved on a phone).',
    ],
    [
      'Fix',
      '1. Point users to self-service reset at aka.ms/sspr first - all clients with Business Premium have SSPR enabled.\n2. If we reset it: verify identity by callback, reset in M365 admin center, require change at next sign-in, and give the temporary password by phone, never by email.\n3. Hybrid clients (on-prem AD): reset in AD Users and Computers, then run a delta sync or wait 2 minutes for password writeback.\n4. Repeated lockouts: check the Entra sign-in logs for the failing app/IP. Usually an old phone mail app or mapped drive with saved credentials - remove the account from the phone and re-add.',
    ],
    [
      'Notes',
      "After a reset on a Windows PC that's off the office network, the user must sign in with the old cached password until the PC can reach a DC or VPN.",
    ],
  ]),
  article(
    'v-conditional-access-blocked',
    'Sign-in blocked by Conditional Access (53003, 530032, device not compliant)',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        "User gets 'You can't get there from here', 'Your sign-in was successful but does not meet the criteria to access this resource', error 53003 or 53000, or 'This device is not compliant'.",
      ],
      [
        'Cause',
        'A Conditional Access policy is blocking: sign-in from outside the US, from a personal/unmanaged device, or from a device Intune marks non-compliant.',
      ],
      [
        'Fix',
        "1. Entra sign-in logs > find the failure > Conditional Access tab shows which policy blocked.\n2. Travel outside the US: the client owner must approve; add the user to the 'CA - Travel Exception' group with an expiry date.\n3. Unmanaged device: user should use the company laptop, or OWA in the browser (limited access).\n4. Non-compliant device: see the Intune compliance article.\n5. Never exclude a user from the MFA or geo-block policies permanently without L3 sign-off.",
      ],
    ],
  ),
  // ---------------- Intune / Autopilot ----------------
  article(
    'v-autopilot-enrollment-stuck',
    "Autopilot setup stuck on Enrollment Status Page / 'Something went wrong'",
    null,
    'Endpoints/Intune & Autopilot',
    [
      [
        'Symptoms',
        "New laptop out of the box sits at 'Setting up your device for work', 'Identifying' or 'Installing apps (1 of 6)' for over an hour, or shows error 80180014 / 0x800705b4.",
      ],
      [
        'Fix',
        "1. Confirm the device hash is in Intune > Devices > Windows enrollment > Devices and has a profile assigned. New devices from the vendor sometimes aren't registered yet.\n2. 80180014: the device was previously enrolled - delete the old Intune and Entra device objects and retry.\n3. Stuck on apps: press Shift+F10, run mdmdiagnosticstool to collect logs; usually a required Win32 app failing. Check Intune > Apps > install status.\n4. Timed out: click 'Try again', or reset the PC (Settings > Recovery) and start over.\n5. Make sure the laptop is on a wired connection or a non-guest Wi-Fi - captive portals break Autopilot.",
      ],
    ],
  ),
  article(
    'v-intune-noncompliant',
    'Device shows Not compliant in Intune / Company Portal',
    null,
    'Endpoints/Intune & Autopilot',
    [
      [
        'Symptoms',
        "Company Portal says 'Your device doesn't meet requirements', user blocked from Outlook/Teams on that PC or phone, device marked non-compliant.",
      ],
      [
        'Fix',
        "1. Intune > Devices > device > Device compliance shows which setting fails: BitLocker off, OS too old, Defender off, password not set, or 'not synced in 30 days'.\n2. Fix the failing item (install updates, turn on BitLocker, etc.).\n3. On the device: Company Portal > Devices > Check status, or Settings > Accounts > Access work or school > Info > Sync.\n4. Compliance can take up to 8 hours to re-evaluate; a manual sync usually gets it to 15 minutes.\n5. Phones: make sure the phone has a PIN and is on a supported iOS/Android version.",
      ],
    ],
  ),
  // ---------------- Windows / Mac endpoints ----------------
  article(
    'v-windows-update-stuck',
    "Windows updates stuck, failing, or 'Working on updates' forever",
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        "PC stuck at 'Working on updates 30%' on restart, updates fail with 0x800f0922 / 0x80070002, or the user keeps getting restart nags.",
      ],
      [
        'Fix',
        '1. If stuck on the update screen for over 2 hours, hard power off once; Windows will usually roll back.\n2. Check RMM patch status for the device - our patch window is Wednesday night; users who shut down every night miss it.\n3. Run: net stop wuauserv & net stop bits, rename C:\\Windows\\SoftwareDistribution, restart services.\n4. DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.\n5. Free at least 20 GB disk space - feature updates fail quietly on full disks.\n6. Feature update failing repeatedly: use the Installation Assistant from RMM as a scripted job.',
      ],
    ],
  ),
  article(
    'v-windows-temp-profile',
    'Signed in with a temporary profile - desktop and files missing',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        "After login, the desktop is blank/default, files and shortcuts gone, and a notification says 'You've been signed in with a temporary profile'.",
      ],
      [
        'Cause',
        "The user's profile failed to load, usually because of a file lock from antivirus at login, a full disk, or a corrupt registry entry under ProfileList.",
      ],
      [
        'Fix',
        "1. Reassure the user - files are normally still in C:\\Users\\username. Do NOT let them save work to the temp desktop.\n2. Reboot once; it often loads normally the second time.\n3. If not: as admin, regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID; if there are two (one ending .bak), remove the one without .bak and rename the .bak one. Set RefCount and State to 0.\n4. Reboot and sign in.\n5. If the profile is truly corrupt, create a new profile and copy Desktop/Documents/Downloads across.",
      ],
    ],
  ),
  article('v-slow-computer-triage', 'Slow computer triage', null, 'Endpoints/Windows', [
    ['Symptoms', 'User says the computer is slow, freezing, takes forever to boot, or programs hang.'],
    [
      'Checklist',
      "1. Uptime: if over 7 days, restart first (Task Manager > Performance > Up time).\n2. Task Manager: sort by CPU, memory, disk. Common culprits: browser with 60 tabs, Teams, OneDrive first sync, Defender scan, search indexer.\n3. Disk: under 10% free space causes heavy slowdowns. Run Disk Cleanup / clear Downloads.\n4. RAM: 8 GB or less with Teams + Chrome + Outlook will page constantly. Recommend 16 GB upgrade.\n5. Drive health: check SMART in RMM. A spinning HDD in 2024 is the problem - recommend SSD or replacement.\n6. Startup apps: disable non-essential startup items.\n7. Age: machines over 5 years old get a replacement recommendation in the client's next QBR.",
    ],
    [
      'Escalate',
      'If hardware is fine and slowness persists, check EDR for a scan loop and open an L2 ticket with Task Manager screenshots.',
    ],
  ]),
  article(
    'v-printer-offline-spooler',
    'Printer shows offline or jobs stuck in the queue (Windows)',
    null,
    'Endpoints/Printers',
    [
      [
        'Symptoms',
        "Printer shows Offline, documents sit in the queue 'Error - Printing' or never print, 'Printer not responding', or the printer disappeared from the list.",
      ],
      [
        'Fix',
        "1. Check the printer itself: powered on, no paper jam, shows an IP on its display. Ping that IP from the PC.\n2. If the IP changed (DHCP), update the port: Printer properties > Ports > Configure Port. Ask L2 to reserve the IP on the firewall.\n3. Clear the queue: services.msc > Print Spooler > Stop, delete C:\\Windows\\System32\\spool\\PRINTERS\\*, Start.\n4. Remove and re-add the printer via the client's print deployment (Intune or GPO), or add by IP with the vendor's universal driver.\n5. Uncheck 'Use Printer Offline' from the printer's queue menu.",
      ],
    ],
  ),
  article('v-bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Endpoints/Security', [
    [
      'Symptoms',
      'Blue screen at startup asking for a BitLocker recovery key (48 digits) with a key ID, often after a BIOS update, dock change, or hardware repair.',
    ],
    [
      'Fix',
      "1. Get the first 8 characters of the Key ID from the user's screen.\n2. Look it up: Intune > Devices > device > Recovery keys, or Entra > Devices > device > BitLocker keys. For older domain PCs check AD computer object > BitLocker Recovery tab.\n3. Verify the user's identity before reading the key. Read it in groups of 6 digits.\n4. After boot, suspend and resume BitLocker (manage-bde -protectors -disable C: -rebootcount 1) if a BIOS update is pending, to stop the loop.\n5. If no key is found anywhere, escalate immediately to L2 - the data may be unrecoverable.",
    ],
  ]),
  article(
    'v-dock-monitors-not-detected',
    'External monitors not working on a dock',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        "Laptop on a USB-C/Thunderbolt dock, one or both external monitors black, 'No signal', flicker, or only mirror instead of extend.",
      ],
      [
        'Fix',
        '1. Unplug the dock power for 30 seconds, reconnect, then connect the laptop.\n2. Win+P > Extend. Settings > Display > Detect.\n3. Update the dock firmware and DisplayLink driver (Dell WD19/WD22: Dell Command Update; HP G5: HP Support Assistant; Lenovo: Lenovo Vantage). DisplayLink docks need the DisplayLink Manager app.\n4. Try each monitor cable directly on the laptop to rule out the cable/monitor.\n5. Check the laptop supports two displays over a single USB-C port - many cheaper laptops only drive one external monitor over USB-C (no MST).\n6. Monitor input source must match the cable (HDMI vs DisplayPort).',
      ],
    ],
  ),
  article(
    'v-mac-keychain-password-prompts',
    'Mac keeps asking for the login keychain or Microsoft password',
    null,
    'Endpoints/Mac',
    [
      [
        'Symptoms',
        "After a password change, the Mac pops up 'macOS wants to use the login keychain' or Outlook/Teams on the Mac keeps asking for the password over and over.",
      ],
      [
        'Fix',
        "1. If the user knows the old password: Keychain Access > Edit > Change password for keychain 'login', enter old then new.\n2. If not: Keychain Access > Settings > Reset Default Keychains (saved passwords in the keychain are lost).\n3. For Microsoft prompts: open Keychain Access, search 'Microsoft' and 'adal', delete those entries, restart Outlook and sign in.\n4. Make sure the Mac's local password matches the M365 password if the client uses Platform SSO / Jamf Connect.\n5. Update Microsoft apps via Microsoft AutoUpdate.",
      ],
    ],
  ),
  // ---------------- Networking ----------------
  article(
    'v-wifi-office-cant-connect',
    "Laptop can't connect to the office Wi-Fi",
    null,
    'Networking/Wi-Fi',
    [
      [
        'Symptoms',
        "Laptop says 'Can't connect to this network', connects but 'No internet', or keeps dropping on the corporate SSID while the guest network works.",
      ],
      [
        'Fix',
        "1. Forget the network and reconnect. Corporate SSIDs use WPA2/WPA3-Enterprise with the user's M365 credentials or a certificate pushed by Intune - not a shared password.\n2. Certificate-based: check certlm.msc for the Wi-Fi cert; if missing, sync Intune and wait.\n3. Toggle airplane mode, update the Wi-Fi driver (Intel adapters are the usual suspect).\n4. Check the access point in the controller (UniFi / Meraki dashboard): is the client seen, is it being rejected by RADIUS?\n5. If only one area of the office drops, it's coverage - note the room and escalate for an AP survey.",
      ],
    ],
  ),
  article(
    'v-vpn-forticlient-troubleshoot',
    "VPN (FortiClient) won't connect or connects with no access",
    null,
    'Networking/VPN',
    [
      [
        'Symptoms',
        "FortiClient VPN stuck at 40% or 98%, 'Credential or SSLVPN configuration is wrong (-7200)', 'unable to establish the VPN connection (-14)', or connects but mapped drives and internal apps don't open.",
      ],
      [
        'Fix',
        '1. 98% stuck: usually the virtual adapter. Restart the PC; if it persists reinstall FortiClient from the RMM software library.\n2. -7200: wrong password or MFA not approved - try the M365 password; confirm the user is in the VPN group.\n3. 40%: the home network blocks it or the firewall is unreachable. Try a phone hotspot to rule out the home ISP.\n4. Connected but no access: flush DNS (ipconfig /flushdns), check that the drives map to the server name, and try \\\\server-IP directly. Home networks using the same subnet as the office (192.168.1.x) cause conflicts - escalate to L2.\n5. Hotel/airport Wi-Fi: sign into the captive portal first.',
      ],
    ],
  ),
  article('v-dns-one-site-wont-load', "One website won't load but others do", null, 'Networking/DNS', [
    [
      'Symptoms',
      "A specific website or web app won't load (timeout, 'DNS_PROBE_FINISHED_NXDOMAIN', 'This site can't be reached') while the rest of the internet works.",
    ],
    [
      'Fix',
      "1. Try the site on a phone off Wi-Fi - if it fails there too, the site itself is down (check downdetector / vendor status page).\n2. Flush DNS: ipconfig /flushdns, restart the browser.\n3. nslookup the site; if it resolves to the wrong address, check the client's DNS filter (DNSFilter / Umbrella) logs for a block.\n4. Try another browser / InPrivate window to rule out cache and extensions.\n5. If only the office fails and home works, check the firewall web filter and SSL inspection exceptions.",
    ],
  ]),
  article(
    'v-isp-outage-office-down',
    'Whole office internet down - ISP outage runbook',
    null,
    'Networking/ISP',
    [
      [
        'Symptoms',
        'Nobody in the office can get online, or phones and internet are both down at a site. RMM shows all agents at the site offline at once.',
      ],
      [
        'Fix',
        "1. Check the firewall in the cloud dashboard (FortiGate Cloud / Meraki): WAN link down vs firewall offline.\n2. Have someone onsite look at the ISP modem lights and power-cycle the modem first, wait 5 minutes, then the firewall.\n3. If the WAN is still down, call the ISP using the circuit ID from the client's Hudu site page (Comcast Business, Lumen/CenturyLink, etc.) and open a trouble ticket. Record the ISP ticket number.\n4. Sites with LTE failover should auto-switch; verify the failover link is up.\n5. Post an update to the client contact every 30 minutes until restored.",
      ],
    ],
  ),
  article(
    'v-web-filter-blocked',
    'Website blocked by the web filter - review and allow',
    null,
    'Networking/Firewall & Filtering',
    [
      [
        'Symptoms',
        "User sees a block page ('This site has been blocked by your organization', FortiGuard category block, DNSFilter block page).",
      ],
      [
        'Fix',
        "1. Get the exact URL and the block category from the screenshot.\n2. If it's a business site miscategorized, submit a recategorization to the vendor and add an allow-list entry for the client.\n3. Categories blocked by client policy (gambling, streaming, social media on some clients) need written approval from the client's designated contact - don't allow on the user's request alone.\n4. Security categories (newly registered domains, malware, phishing) are never allowed without L2 review.\n5. Changes can take 5 minutes; have the user clear cache.",
      ],
    ],
  ),
  // ---------------- LOB ----------------
  article(
    'v-quickbooks-multiuser-h202',
    "QuickBooks Desktop H202 / H505 - can't open company file in multi-user mode",
    null,
    'Line of Business/QuickBooks',
    [
      [
        'Symptoms',
        "Error H202, H505 or 6123 when a second user opens the company file, or 'This company file is on another computer and QuickBooks needs some help connecting'.",
      ],
      [
        'Fix',
        "1. On the server hosting the .QBW file, open QuickBooks Database Server Manager and scan the folder.\n2. Confirm the QuickBooksDBXX service is running (XX = version year).\n3. Windows Firewall on the server must allow the QuickBooks ports - rerun the Tool Hub's firewall fix or the Database Server Manager install.\n4. Open the file via the UNC path (\\\\server\\share) not a mapped drive letter if mapping is unreliable.\n5. Make sure only one machine is hosting: File > Utilities > 'Stop Hosting Multi-User Access' on workstations.\n6. Never sync the QBW file with OneDrive/Dropbox.",
      ],
    ],
  ),
  // ---------------- Security ----------------
  article(
    'v-phishing-report-clicked',
    'User reports a phishing email or clicked a suspicious link',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        'User forwards a suspicious email, or admits they clicked a link / opened an attachment / entered their password on a page that looked like Microsoft, DocuSign or a shared invoice.',
      ],
      [
        'Fix',
        '1. If they only reported it: have them use the Report button in Outlook (Report > Phishing). Search and purge the same message from other mailboxes via Threat Explorer.\n2. If they clicked but did NOT enter credentials: run a full EDR scan on the PC and check the EDR console for detections.\n3. If they entered their password: treat as compromised - reset password, revoke sessions, and follow the compromised account runbook immediately.\n4. If they opened an attachment and ran something: isolate the endpoint in the EDR console and escalate to L2 Security.\n5. Thank the user - reporting is good.',
      ],
    ],
  ),
  article('v-compromised-account-response', 'Compromised M365 account response', null, 'Security/Incidents', [
    [
      'Symptoms',
      "Contacts receive weird emails from the user, lots of bounces, user's mail disappears, unknown MFA approvals, 'impossible travel' or 'suspicious inbox rule' alerts, or the user is blocked from sending (5.7.708).",
    ],
    [
      'Fix',
      "1. Block sign-in on the account and revoke all sessions (Entra > user > Revoke sessions).\n2. Reset password and require re-registering MFA; remove unknown authentication methods.\n3. Check and delete malicious inbox rules (often move-to-RSS-Feeds or delete rules) and forwarding (Set-Mailbox -ForwardingSmtpAddress $null).\n4. Review sign-in logs for the attacker's IPs and apps; remove unknown enterprise app consents.\n5. If blocked from sending, unblock in Defender > Restricted entities after cleanup.\n6. Notify the client contact, send a heads-up template to the user's contacts if phishing went out.\n7. Document in the incident log; L2 Security reviews within 24 hours.",
    ],
  ]),
  article('v-edr-alert-triage', 'SentinelOne / EDR alert triage', null, 'Security/EDR', [
    [
      'Symptoms',
      "An EDR alert comes into the PSA (SentinelOne threat, 'Malicious' or 'Suspicious', mitigated or not mitigated) or a user sees a popup that a threat was blocked.",
    ],
    [
      'Fix',
      '1. Open the threat in the SentinelOne console. Check confidence level, file path, process tree, and whether it was auto-mitigated.\n2. Known false positives (line-of-business updaters, RMM scripts): mark as false positive and add a path exclusion only with L2 approval.\n3. Malicious + not mitigated: Network Quarantine the endpoint immediately, then Kill/Quarantine/Remediate.\n4. Ransomware indicators or multiple endpoints: call the L2 Security on-call, do not wait for a ticket.\n5. Note the user, how the file got there (email, download, USB) and close with a summary.',
    ],
  ]),
  article('v-lost-stolen-device', 'Lost or stolen laptop or phone', null, 'Security/Incidents', [
    ['Symptoms', 'User reports a laptop or phone lost, left in an Uber, or stolen from a car or home.'],
    [
      'Fix',
      "1. Get time/place, and whether it was signed in or locked. Ask if they filed a police report (needed for insurance).\n2. Revoke the user's sessions and reset their password.\n3. Intune: for company phones use Remote lock then Wipe; for BYOD phones use Retire (removes company data only). For laptops, Wipe if not recovered within 24 hours.\n4. Confirm BitLocker was on for the laptop (Intune compliance / recovery key present) and note it - this matters for breach notification.\n5. Mark the asset lost in Hudu and notify the client contact.\n6. Order a replacement per the client's hardware standard.",
    ],
  ]),
  // ---------------- On/offboarding ----------------
  article('v-new-user-onboarding', 'New user onboarding checklist', null, 'Onboarding & Offboarding', [
    [
      'Checklist',
      "1. Need the onboarding form from the client contact: name, title, start date, manager, department, license type, hardware, shared mailboxes, groups, LOB app access.\n2. Create the user in M365 (or AD for hybrid), assign license and groups.\n3. Add to shared mailboxes and distribution lists.\n4. Assign a laptop: Autopilot-registered device shipped to the user or imaged at our office. Allow 5 business days for new hardware.\n5. Set up MFA on day one with the user (Temporary Access Pass).\n6. Request LOB app accounts - most vendors need the client admin to create them, not us.\n7. Phone extension if the client has VoIP.\n8. Record the user in Hudu and the client's asset list.",
    ],
  ]),
  article(
    'v-user-offboarding',
    'User offboarding / termination checklist',
    null,
    'Onboarding & Offboarding',
    [
      [
        'Checklist',
        "1. Confirm termination date/time with the client contact (not the user's coworkers). For hostile terminations do it immediately, during the meeting.\n2. Block sign-in, reset password, revoke sessions, remove MFA methods.\n3. Convert mailbox to a shared mailbox and grant the manager access; set an auto-reply if requested. Set up forwarding only if the client asks.\n4. Transfer OneDrive: grant the manager access to the OneDrive (retained 30 days after license removal).\n5. Remove license after the mailbox is converted.\n6. Wipe or retire devices in Intune; collect hardware.\n7. Remove from LOB apps, VPN group, door access and phone system.\n8. Update Hudu.",
      ],
    ],
  ),
  // ---------------- Backups ----------------
  article(
    'v-file-server-restore',
    'Restore files from the server / endpoint backup (Datto)',
    null,
    'Backups/Servers',
    [
      [
        'Request',
        'User needs a file or folder back from a file server share or a mapped drive (S:, P:, etc.), e.g. deleted by accident, overwritten, or the folder was moved and nobody can find it.',
      ],
      [
        'Fix',
        "1. Get the exact path, file name and a date when it was last known good.\n2. Check Previous Versions first: right-click the folder on the share > Properties > Previous Versions (shadow copies, 7 days).\n3. Otherwise in the Datto portal: select the server's agent > Restore > File Restore, pick the snapshot, mount it, browse to the path.\n4. Restore to a 'Restored_<date>' folder next to the original, don't overwrite in place.\n5. Unmount the restore when done so the backup chain continues.",
      ],
      ['Escalate', 'Whole-server recovery, virtualization or ransomware recovery goes to L3.'],
    ],
  ),
  // ---------------- Phones / MFDs / RMM ----------------
  article(
    'v-voip-desk-phone-no-service',
    'Desk phone says No Service / not registered',
    null,
    'Phones/VoIP',
    [
      [
        'Symptoms',
        "Yealink or Poly desk phone shows 'No Service', 'Account unregistered', 'Network unavailable', no dial tone, or calls drop after 30 seconds.",
      ],
      [
        'Fix',
        "1. Check whether the computer plugged through the phone has internet - phones pass through to the PC, so a bad cable breaks both.\n2. Unplug the phone's network cable for 10 seconds and reconnect (PoE phones will reboot).\n3. In the hosted PBX portal (our 3CX/Intermedia tenant), check the extension is registered and which IP it last registered from.\n4. One-way audio or drops at 30 seconds: SIP ALG on the firewall - escalate to L2 to disable it.\n5. Whole office with no phones: check internet first (ISP outage runbook).",
      ],
    ],
  ),
  article(
    'v-mfd-scan-to-email',
    'Copier scan to email or scan to folder stopped working',
    null,
    'Printers & MFDs/Scanning',
    [
      [
        'Symptoms',
        "Ricoh, Canon, Kyocera or Sharp copier shows 'Transmission failed', 'SMTP authentication error', 'Send error #820', or scans to a network folder fail with 'Cannot connect to destination'.",
      ],
      [
        'Cause',
        "Scan to email: Microsoft retired basic SMTP auth for the account the copier uses, or that account's password changed. Scan to folder: the share password changed or SMB1 was disabled.",
      ],
      [
        'Fix',
        "1. Scan to email: use the client's SMTP relay (connector on the firewall's static IP, host contoso-com.mail.protection.outlook.com, port 25, no auth). Or use the scanner@ mailbox with SMTP AUTH enabled for just that mailbox.\n2. Check the copier's address book - the destination email may be misspelled.\n3. Scan to folder: update the saved username/password in the copier's address book entry; use a dedicated 'scan' service account with a non-expiring password.\n4. Older copiers that only support SMB1: enable SMB2 in the copier firmware or call the copier vendor.\n5. Hardware errors (paper feeding, toner, jams) go to the copier leasing company, not us.",
      ],
    ],
  ),
  article('v-rmm-agent-offline', 'RMM agent offline or not checking in (NinjaOne)', null, 'Tools/RMM', [
    [
      'Symptoms',
      "Device shows offline in NinjaOne for over 24 hours while the user says the PC is on, patching and scripts aren't running, remote control fails.",
    ],
    [
      'Fix',
      "1. Confirm with the user the PC is on and online.\n2. Check the NinjaRMMAgent service on the device (services.msc). Start it and set to Automatic.\n3. If the service is missing or crashes, reinstall: download the client/site-specific installer from NinjaOne > Organization > Add device, or push via Intune.\n4. Duplicate device entries after a reimage: delete the stale one in NinjaOne.\n5. Check the web filter isn't blocking *.rmmservice.com.\n6. Agents that stay offline 30 days auto-generate a ticket - confirm with the client whether the device is retired.",
    ],
  ]),
  // ================= Client runbooks: Peakline Property Group =================
  article(
    'v-peakline-appfolio-access',
    'Peakline - AppFolio logins, roles and 2FA',
    peakline,
    'Clients/Peakline Property Group',
    [
      [
        'Overview',
        'Peakline runs all leasing, rent collection, work orders and owner statements in AppFolio Property Manager (peakline.appfolio.com). AppFolio is cloud only - nothing is installed.',
      ],
      [
        'Access',
        "1. We do NOT have admin rights in AppFolio. New logins, role changes (Leasing Agent, Property Manager, Maintenance Tech, Accounting) and unlocks are done by Dana Whitfield, Peakline's Operations Director.\n2. AppFolio 2FA texts a code to the phone number on the AppFolio user profile - not Microsoft Authenticator. If a user changed phones, Dana updates the number.\n3. Locked out after 5 failed attempts: Dana can unlock, or wait 30 minutes.\n4. AppFolio not loading or slow: check status.appfolio.com before troubleshooting locally. Only supported in Chrome/Edge.",
      ],
      [
        'Our part',
        'Browser issues, password manager (Keeper) entries, and the AppFolio Property Manager phone app install on company phones.',
      ],
    ],
  ),
  article(
    'v-peakline-leasing-office-printers',
    'Peakline - leasing office printers and check scanners',
    peakline,
    'Clients/Peakline Property Group',
    [
      [
        'Printers',
        "Each community leasing office (Cherry Creek Lofts, Highlands Row, Lowry Commons, Aurora Ridge) has one HP LaserJet MFP at a reserved IP .20 on that site's subnet. Printers are deployed via Intune; remove and re-add from Company Portal > Apps > 'Peakline Printers - <site>'.",
      ],
      [
        'Check scanners',
        "Rent checks are scanned with Panini Vision X scanners into AppFolio's Electronic Deposits. The scanner needs the Panini driver (RMM library: 'Panini Everest') and AppFolio's scanner plugin in Chrome. If the scan page says 'scanner not detected', unplug/replug USB, then reinstall the Panini driver and restart Chrome.",
      ],
      [
        'Scan to email',
        "Leasing office MFPs scan to email through the SMTP relay on each site's firewall - if scans stop, see the generic copier scan article; the relay IP must match the site's static IP.",
      ],
    ],
  ),
  article(
    'v-peakline-onboarding',
    'Peakline - onboarding quirks (leasing agents and maintenance techs)',
    peakline,
    'Clients/Peakline Property Group',
    [
      [
        'Who asks',
        'Only HR (Marisol Tran) or Dana Whitfield can request new users. Leasing agents often start on short notice - we try for 2 business days.',
      ],
      [
        'Leasing agents',
        'Business Premium license, laptop from the spare pool at the Denver HQ, shared mailbox leasing-<site>@peaklinepg.com, AppFolio login (Dana), Keeper vault, desk phone extension in the hosted PBX.',
      ],
      [
        'Maintenance techs',
        "Business Basic only (no desktop Office), company iPhone enrolled in Intune with the AppFolio Property Manager app and Outlook, no laptop. Added to the 'Maintenance' Teams channel.",
      ],
      [
        'Offboarding',
        'Leasing shared mailboxes stay; remove the user from them. Transfer any AppFolio open work orders before Dana deactivates the login.',
      ],
    ],
  ),
  article(
    'v-peakline-site-network',
    'Peakline - community office internet, Wi-Fi and resident Wi-Fi',
    peakline,
    'Clients/Peakline Property Group',
    [
      [
        'Layout',
        "Each leasing office has a Meraki MX67 with a Comcast Business circuit and an MR36 AP. SSIDs: 'Peakline-Staff' (802.1X, staff laptops), 'Peakline-Guest' (prospects touring the property).",
      ],
      [
        'Resident Wi-Fi',
        "Wi-Fi in resident units and clubhouse common areas ('<Community> Resident') is managed by the building's bulk internet provider (Spectrum Community Solutions) - not us. Residents or staff reporting resident Wi-Fi problems should be given the provider's support number posted in the Hudu site page.",
      ],
      [
        'Outages',
        "If a leasing office is offline: check the MX in the Meraki dashboard. Lowry Commons has LTE failover (MG21); other sites don't. Circuit IDs are on each Hudu site page.",
      ],
    ],
  ),
  // ================= Client runbooks: Front Range Survey & Engineering =================
  article(
    'v-frse-vpn-project-drive',
    'FRSE - remote access to the P: project drive (Always On VPN)',
    frontRange,
    'Clients/Front Range Survey & Engineering',
    [
      [
        'Overview',
        'Front Range Survey & Engineering keeps all project files on the P: drive (\\\\frse-fs01\\Projects) on the on-prem file server in the Golden office. Field crews and engineers working from home reach it through Windows Always On VPN (device tunnel + user tunnel) - not FortiClient.',
      ],
      [
        'Symptoms',
        "P: drive shows a red X off site, 'The network path was not found', or the VPN entry 'FRSE VPN' in the Wi-Fi flyout says 'Connecting' and fails.",
      ],
      [
        'Fix',
        "1. Check Settings > Network > VPN: 'FRSE VPN' should connect automatically. Click Connect manually.\n2. Error 809 / 812: home router blocking IKEv2 or the user's cert expired - sync Intune to renew the certificate (Settings > Accounts > Access work or school > Sync).\n3. Connected but P: not mapping: run the 'Map FRSE Drives' script from Company Portal.\n4. Large Civil 3D drawings over VPN are slow by design - for big files, use the RDP jump box frse-rds01.",
      ],
    ],
  ),
  article(
    'v-frse-autodesk-licensing',
    'FRSE - Civil 3D / Autodesk license errors',
    frontRange,
    'Clients/Front Range Survey & Engineering',
    [
      [
        'Overview',
        'FRSE has named-user Autodesk subscriptions (AEC Collection - Civil 3D, AutoCAD, Recap) assigned in Autodesk Account by Greg Halvorsen (CAD Manager). Trimble Business Center uses a network license on frse-lic01.',
      ],
      [
        'Symptoms',
        "'No license available', 'Your license has expired', Civil 3D opens in trial mode, or 'Unable to connect to the license server' in Trimble Business Center.",
      ],
      [
        'Fix',
        "1. Autodesk: have the user sign out and back in (top right of Civil 3D). Check Autodesk Account > User Management that the product is assigned - ask Greg if not; we can't assign seats.\n2. Reset licensing: run AdskLicensingInstHelper change -pk 237P1 -pv 2024.0.0.F -lm USER for the affected product.\n3. Trimble Business Center: the PC must be on the office network or VPN to reach frse-lic01. Check the 'Trimble License Server' service on frse-lic01 is running; 6 seats total.\n4. Autodesk version updates are rolled out by Greg at quarter start - don't update Civil 3D ad hoc, project templates are version-locked.",
      ],
    ],
  ),
  article(
    'v-frse-plotter',
    'FRSE - large-format plotter (HP DesignJet T1700)',
    frontRange,
    'Clients/Front Range Survey & Engineering',
    [
      [
        'Overview',
        "The Golden office has an HP DesignJet T1700 plotter for 24x36 plan sheets, IP 10.40.1.30, queue 'FRSE-Plotter' on frse-fs01.",
      ],
      [
        'Symptoms',
        "Plots come out the wrong size or clipped, lines missing, job sits in 'Processing' forever, or plotter shows 'Out of paper' with paper loaded.",
      ],
      [
        'Fix',
        "1. Wrong size: in Civil 3D the page setup must use the 'HP DesignJet T1700 HPGL2' PC3 from the FRSE CAD standards folder, not the Windows driver default. Paper: ARCH D roll.\n2. Stuck jobs: clear the queue on frse-fs01 (Print Management), then power-cycle the plotter.\n3. 'Out of paper' with paper loaded: reload the roll so the leading edge is cut straight; the sensor is picky.\n4. Ink and printhead errors: HP service contract through Denver Office Imaging - call them, don't open the unit.",
      ],
    ],
  ),
  article(
    'v-frse-field-tablets',
    'FRSE - field crew tablets and data collector sync',
    frontRange,
    'Clients/Front Range Survey & Engineering',
    [
      [
        'Overview',
        'Survey crews use Trimble TSC7 data collectors and Samsung Galaxy Tab Active tablets. Job files are synced from the field to the office via Trimble Sync Manager / Trimble Connect into P:\\Survey\\_Incoming.',
      ],
      [
        'Symptoms',
        "Crew chief says the job didn't come back to the office, Trimble Access shows 'sync failed', or the tablet can't get a signal for sync.",
      ],
      [
        'Fix',
        "1. Tablets sync over their Verizon hotspot - check they have LTE signal and data isn't paused on the account (Verizon business portal).\n2. In Trimble Access: Projects > Sync. Check the crew chief is signed into the FRSE Trimble ID, not a personal one.\n3. If it's in Trimble Connect but not on P:, check the 'TC Sync' scheduled task on frse-fs01.\n4. As a workaround, copy the job folder by USB to a laptop and drop it in P:\\Survey\\_Incoming.",
      ],
    ],
  ),
  // ================= Client runbooks: Hop Yard Brewing Co. =================
  article(
    'v-hopyard-toast-pos',
    'Hop Yard - Toast POS terminals and handhelds',
    hopYard,
    'Clients/Hop Yard Brewing Co.',
    [
      [
        'Overview',
        "Hop Yard's taprooms (RiNo, Golden, Fort Collins, Littleton) run Toast POS: Toast Flex terminals at the bar, Toast Go 2 handhelds for servers, and a kitchen display. Toast hardware and software support is Toast's job (Toast support line, account under Hop Yard Brewing Co.); we support the network it runs on.",
      ],
      [
        'Symptoms',
        "Toast terminal shows 'Offline mode', cards won't go through, handhelds lose connection on the patio, orders don't reach the kitchen.",
      ],
      [
        'Fix',
        "1. Toast Offline mode: check the taproom internet (see the taproom network runbook). Toast keeps taking card payments offline for up to 24 hours - tell the manager it's safe to keep serving.\n2. Only one device offline: reboot it, make sure it's on the 'HY-POS' SSID or wired POS port (VLAN 20), not guest.\n3. Handhelds dropping on the patio: known weak coverage at Golden and Littleton patios - move closer to the AP by the door; an AP upgrade is quoted.\n4. Menu, pricing, employee logins, tips and payouts are managed by the GM in Toast Web - not us. Anything hardware or payment-processing: call Toast.",
      ],
    ],
  ),
  article(
    'v-hopyard-taproom-network',
    'Hop Yard - taproom network, guest Wi-Fi and music',
    hopYard,
    'Clients/Hop Yard Brewing Co.',
    [
      [
        'Layout',
        "Each taproom: FortiGate 60F, UniFi switch and APs. VLANs: 10 office, 20 POS (Toast), 30 guest ('HopYard Guest' with splash page), 40 music/TVs. RiNo is the brewery and has the office; the others are taproom only.",
      ],
      [
        'Guest Wi-Fi',
        "The splash page is a simple click-through. If guests say Wi-Fi 'doesn't work', check the UniFi controller for the guest SSID; the guest network is rate-limited to 10 Mbps per device on purpose. Changing the Wi-Fi name/password on the chalkboard is approved by the GM only.",
      ],
      [
        'Music and TVs',
        'Soundtrack Your Brand players and the TVs are on VLAN 40. If music stops, power-cycle the player box behind the bar; its web filter allows only the streaming service.',
      ],
      [
        'Outage',
        'Golden and Littleton have Starlink as backup. If the primary ISP (Comcast) drops, the FortiGate fails over automatically in about 1 minute.',
      ],
    ],
  ),
  article(
    'v-hopyard-kitchen-label-printers',
    'Hop Yard - kitchen ticket printers and can-label printer',
    hopYard,
    'Clients/Hop Yard Brewing Co.',
    [
      [
        'Kitchen printers',
        "Epson TM-m30 ticket printers in each kitchen are Toast-managed and wired to the POS VLAN. If tickets stop printing: check paper, then power-cycle; if the Toast device says 'printer not found', the printer's IP may have changed - Toast support re-adds it. Note the printer's IP from its self-test (hold feed button at power on).",
      ],
      [
        'Can labels',
        'The canning line at RiNo prints labels on a Primera LX910 color label printer attached to the brewery office PC (HY-BREW-01) via USB. It uses BarTender for label templates. Faded colors or banding: run the printhead cleaning in the Primera Status Monitor; ink is ordered by the head brewer.',
      ],
      [
        'Our part',
        'The Primera driver, the BarTender license (installed locally on HY-BREW-01) and the office PC itself. Kitchen printers belong to Toast.',
      ],
    ],
  ),
  // ================= Client runbooks: Summit Motion Physical Therapy =================
  article(
    'v-summitpt-webpt',
    'Summit Motion PT - WebPT EMR access and front desk issues',
    summitPt,
    'Clients/Summit Motion Physical Therapy',
    [
      [
        'Overview',
        'Summit Motion PT (clinics in Lakewood, Englewood, Highlands Ranch) documents in WebPT. WebPT is cloud-based; users sign in at app.webpt.com. Kelsey Moreno (Clinic Operations Manager) is the WebPT admin.',
      ],
      [
        'Access',
        "1. New therapist/front desk accounts, role changes, and password unlocks are done by Kelsey in WebPT Admin, not by us.\n2. WebPT requires its own 2FA via email code; if codes don't arrive, check Defender quarantine for noreply@webpt.com.\n3. WebPT is blocked on the clinic guest Wi-Fi by design - staff must be on 'SMPT-Staff'.",
      ],
      [
        'Common issues',
        "- Flowsheets or notes not saving: WebPT session timeout after 30 minutes idle - have therapists save often. Clear browser cache.\n- Documents won't print from WebPT: allow pop-ups for app.webpt.com in Chrome.\n- WebPT status: status.webpt.com. Outages affect all clinics at once.",
      ],
      ['HIPAA', 'Never screenshot patient charts into tickets. Ask for the error text only.'],
    ],
  ),
  article(
    'v-summitpt-card-scanner',
    'Summit Motion PT - insurance card / ID scanners at the front desk',
    summitPt,
    'Clients/Summit Motion Physical Therapy',
    [
      [
        'Overview',
        "Front desks scan insurance cards and driver's licenses with Ambir nScan 700gt scanners into WebPT's patient documents.",
      ],
      [
        'Symptoms',
        "The scan button does nothing, WebPT says 'no scanner found', or the image comes out black/blank or skewed.",
      ],
      [
        'Fix',
        "1. Unplug and replug the scanner USB directly into the PC (not the monitor hub).\n2. The scanner needs the Ambir TWAIN driver and the WebPT Scanner Bridge (RMM library: 'Ambir nScan' and 'WebPT Scan Bridge'). Reinstall both, reboot.\n3. Black/blank scans: clean the rollers and glass with the Ambir cleaning card (spare cards are in the Lakewood supply closet).\n4. Scans go into the wrong patient chart: that's a workflow issue for Kelsey, not IT.",
      ],
    ],
  ),
  article(
    'v-summitpt-onboarding-devices',
    'Summit Motion PT - onboarding, shared front desk PCs and kiosks',
    summitPt,
    'Clients/Summit Motion Physical Therapy',
    [
      [
        'Who asks',
        'Kelsey Moreno or the owner (Dr. Aaron Patel) submit new hires. PT aides and front desk staff often start on weekends - ask for the request by Wednesday.',
      ],
      [
        'Therapists',
        'Business Premium, a Surface Go tablet that moves between treatment rooms (Intune, BitLocker, auto-lock 5 minutes), WebPT account (Kelsey), Teams.',
      ],
      [
        'Front desk',
        'Front desk PCs are shared: each person signs into Windows with their own account. No shared passwords - this is a HIPAA requirement. Fax: eFax via the front desk shared mailbox frontdesk@summitmotionpt.com.',
      ],
      [
        'Patient check-in kiosk',
        'iPads in kiosk mode (Intune single-app mode) running the WebPT check-in. If the kiosk exits the app or shows the home screen, re-push the kiosk profile from Intune; do not let staff unlock it with a passcode.',
      ],
    ],
  ),
];
