/**
 * Set T: a blind labelled KB set, written without reading the search code or any other set.
 * A Manchester MSP documenting in IT Glue, supporting SMEs incl. a recruitment agency, a care home group, a craft brewery and a semi-pro football club.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_T_CLIENTS = {
  pennine: 'Pennine Talent Solutions Ltd',
  oakhaven: 'Oakhaven Care Group Ltd',
  irwell: 'Irwell Brewing Co Ltd',
  mosslane: 'Moss Lane Athletic FC',
} as const;

const { pennine, oakhaven, irwell, mosslane } = SET_T_CLIENTS;

export const SET_T_ARTICLES: readonly BenchArticle[] = [
  article(
    't-outlook-trying-to-connect',
    "Outlook stuck on 'Trying to connect...' / Disconnected",
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        "Classic Outlook (Microsoft 365 Apps) status bar shows 'Trying to connect...', 'Disconnected' or 'Working offline'. New mail doesn't arrive in the desktop app but Outlook on the web (outlook.office.com) and the phone are fine. Sometimes a sign-in/password prompt keeps coming back every few minutes.",
      ],
      [
        'Cause',
        'Usually a corrupt OST or profile, stale cached credentials after a password change, or Work Offline toggled on by accident. Less often the PC has no route out to Microsoft 365 at all (check other websites load).',
      ],
      [
        'Fix',
        "1. Send/Receive tab > check Work Offline isn't highlighted.\n2. Confirm OWA works. If OWA also fails it's the account (locked, blocked, compromised) not Outlook.\n3. Close Outlook. Credential Manager > Windows Credentials > remove entries starting MicrosoftOffice16_Data and any for outlook.office365.com.\n4. Reopen Outlook and sign in again.\n5. Still stuck: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile, set 'Always use this profile' to the new one. Leave the old profile for a week, then delete it.\n6. Big mailboxes take a while to re-download the OST; set the cached mode slider to 6 or 12 months on slow connections.",
      ],
      ['Notes', 'Check for PST archives in the same folder before deleting any OST.'],
    ],
  ),
  article(
    't-new-outlook-switch-back',
    'Switch back to classic Outlook from new Outlook',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        "User says Outlook 'looks different', there's a 'New Outlook' toggle top right, the icon says Outlook (new), PST archive folders or add-ins have vanished, shared mailboxes missing. Usually after Windows Update installed new Outlook for Windows and flipped them over.",
      ],
      [
        'Fix',
        "1. In new Outlook: turn off the 'New Outlook' toggle top right, or Settings (cog) > General > About Outlook > Go to classic Outlook.\n2. If classic isn't installed (Start menu only has Outlook (new)), install Microsoft 365 Apps from portal.office.com or push from Intune.\n3. Pin classic Outlook to the taskbar, unpin the new one.\n4. To stop it happening again we set NewOutlookMigrationUserSetting = 0 under HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Preferences via the Intune profile 'Block new Outlook migration'.",
      ],
      [
        'Notes',
        "New Outlook can't open PST files properly and doesn't run COM add-ins (older CRM plugins etc). Tell the user it's a Microsoft change and they haven't broken anything.",
      ],
    ],
  ),
  article(
    't-shared-mailbox-not-showing',
    'Shared mailbox not appearing in Outlook',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        "User has been given access to a shared mailbox (accounts@, info@, enquiries@ etc.) but it isn't in their folder list, or it was there and has gone.",
      ],
      [
        'Cause',
        'Automapping can take up to 60 minutes. It does NOT happen when permission was granted through a group. New Outlook and Outlook mobile never automap.',
      ],
      [
        'Fix',
        '1. Exchange admin centre > Recipients > Mailboxes > shared mailbox > Delegation. Check Read and manage (Full Access) lists the user directly, not just via a group.\n2. Wait 30-60 minutes, restart Outlook.\n3. Manual add in classic Outlook: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add.\n4. New Outlook / OWA: right-click Folders (or Shared with me) > Add shared folder or mailbox.\n5. Phone: Outlook app > Add account > Add a shared mailbox.\n6. Force automapping: Add-MailboxPermission -Identity accounts@ -User jo@ -AccessRights FullAccess -AutoMapping $true',
      ],
      [
        'Notes',
        "Items sent from a shared mailbox go to the sender's own Sent Items by default. Set-Mailbox <shared> -MessageCopyForSentAsEnabled $true keeps a copy in the shared mailbox.",
      ],
    ],
  ),
  article(
    't-send-as-ndr',
    "'You can't send a message on behalf of this user unless you have permission to do so'",
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        "Immediate NDR when sending from a shared mailbox or someone else's address using the From field. NDR contains 'You can't send a message on behalf of this user' or '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException'.",
      ],
      [
        'Cause',
        'User has Full Access (can open and read the mailbox) but not Send As or Send on Behalf. They are separate permissions.',
      ],
      [
        'Fix',
        "1. EAC > the mailbox > Delegation > Send as > add user. Use Send on behalf instead if they want 'X on behalf of Y' shown.\n2. Allow up to an hour.\n3. In Outlook, remove the cached From address (start typing it, click the X on the suggestion) and pick it fresh from the address book. The old cached entry gives the same NDR even after permissions are fixed.\n4. Test from OWA first to rule out the desktop client.",
      ],
    ],
  ),
  article(
    't-calendar-permissions-delegate',
    'Calendar sharing and delegate access (PA managing a diary)',
    null,
    'Microsoft 365/Calendars',
    [
      [
        'Symptoms',
        "Can only see free/busy blocks, not meeting details. PA can't accept or send invites for their manager. 'You don't have permission to create an entry in this folder'. Meeting requests go to the wrong person.",
      ],
      [
        'Fix',
        "View/edit: owner right-clicks their calendar > Sharing permissions > add person with 'Can view all details' or 'Can edit'. Admin way: Add-MailboxFolderPermission -Identity director@:\\Calendar -User pa@ -AccessRights Editor (Set-MailboxFolderPermission if an entry already exists).\nDelegate: classic Outlook File > Account Settings > Delegate Access; new Outlook Settings > Calendar > Shared calendars > Delegates. Choose whether the delegate gets meeting requests only, or copies.\nRoom and equipment mailboxes: booking rules are under EAC > Resources > the room > Booking options; give Editor on the room calendar if someone needs to add entries directly.",
      ],
      [
        'Notes',
        "If a shared calendar opens blank in classic Outlook, untick and re-tick 'Turn on shared calendar improvements' (File > Options > Calendar) and restart.",
      ],
    ],
  ),
  article(
    't-ndr-recipient-not-found',
    '550 5.1.1 RESOLVER.ADR.RecipNotFound / 550 5.1.10 bounce',
    null,
    'Microsoft 365/Mail flow',
    [
      [
        'Symptoms',
        "Bounce 'Your message to x couldn't be delivered. x wasn't found at domain', code 550 5.1.1 or 5.1.10. Often: to a colleague who left and came back, a mistyped customer address, or an internal person after a mailbox was recreated (IMCEAEX-... in the NDR).",
      ],
      [
        'Fix',
        "1. Read the NDR: check spelling of the address (.co.uk vs .com, missing letters).\n2. Internal recipient recreated or re-hired: the sender's autocomplete has the old entry. Delete it with the X in the suggestion list, or File > Options > Mail > Empty Auto-Complete List.\n3. IMCEAEX bounces after a migration/recreation: add the old legacyExchangeDN as an X500 proxy address on the new mailbox.\n4. If the external server returns 5.1.1 the address doesn't exist their end; ask the customer to confirm.\n5. Message trace (EAC > Mail flow > Message trace) to confirm what happened.",
      ],
    ],
  ),
  article(
    't-quarantine-missing-mail',
    'External emails not arriving - check quarantine',
    null,
    'Microsoft 365/Mail flow',
    [
      [
        'Symptoms',
        'Customer or supplier says they sent an email, user never got it, nothing in Junk. Sometimes the user receives a Microsoft quarantine notification listing held messages.',
      ],
      [
        'Fix',
        "1. Message trace in EAC for the sender address over the last 2 days. Status will be Delivered, FilteredAsSpam or Quarantined.\n2. Quarantined: security.microsoft.com > Email & collaboration > Review > Quarantine. Check the reason (high confidence phish can only be released by an admin). Release to the recipient and tick 'Report to Microsoft'.\n3. Legit sender keeps getting caught: add an allow entry in Tenant Allow/Block List (30 days). Never allow whole free-mail domains like gmail.com.\n4. Delivered but user can't see it: check Focused/Other, and inbox rules (rules moving mail to RSS Feeds or Archive can mean the account is compromised).\n5. No trace at all: it never reached us. Ask the sender for their bounce.",
      ],
    ],
  ),
  article('t-teams-clear-cache', 'Clear the new Teams cache', null, 'Microsoft 365/Teams', [
    [
      'When',
      "Teams opens to a white/blank window, stuck loading, chats not updating, presence stuck on Away, old profile photo, 'We're sorry - we've run into an issue', device list empty.",
    ],
    [
      'Fix',
      "1. Quit Teams fully (right-click tray icon > Quit).\n2. Win+R: %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams and delete the contents.\n3. Or Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset.\n4. Reopen and sign in.\nClassic Teams is retired; if it's still on the machine, uninstall it.",
    ],
  ]),
  article(
    't-teams-phone-no-dialpad',
    "Teams Phone: no dial pad / can't call external numbers",
    null,
    'Phones/Teams Calling',
    [
      [
        'Symptoms',
        'Calls tab has no dial pad (only contacts/speed dial), or outbound calls to landlines/mobiles fail. Often a new starter with no number yet.',
      ],
      [
        'Cause',
        'Missing Teams Phone licence, no calling plan / Operator Connect number assigned, or missing voice routing policy. Changes can take up to 24 hours to show.',
      ],
      [
        'Fix',
        '1. M365 admin centre: user has Teams Phone Standard (or E5) and a calling plan where applicable.\n2. Teams admin centre > Voice > Phone numbers: assign a number. The site must have an emergency address.\n3. Direct Routing / Operator Connect: check calling policy and voice routing policy on the user.\n4. Sign out of Teams, clear the cache, sign back in.\n5. Allow up to 24 hours.',
      ],
      ['Escalate', 'Number porting and carrier faults go to the voice team.'],
    ],
  ),
  article(
    't-onedrive-sync-problems',
    'OneDrive not syncing (red cross, sync pending, files stuck)',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        "OneDrive cloud icon in the tray has a red X or says paused/'Processing changes' forever; files show red circles; 'Sync pending'; a SharePoint library synced with the Sync button isn't updating; duplicates named FILENAME-PCNAME.",
      ],
      [
        'Cause',
        'Invalid characters or paths over 400 characters, files open/locked, user signed out of OneDrive, storage full, too many items synced (300k+), conflicts.',
      ],
      [
        'Fix',
        "1. Click the cloud icon > View sync problems.\n2. Rename files with \" * : < > ? / \\ | or leading ~$; shorten deep folder paths.\n3. Pause and resume syncing.\n4. Settings > Account > Unlink this PC, then sign back in (files stay put).\n5. Reset: %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset then start OneDrive again.\n6. Conflicts: keep both and tidy up.\n7. For huge SharePoint libraries use 'Add shortcut to My files' instead of Sync.",
      ],
      [
        'Notes',
        "Known Folder Move means Desktop/Documents live in OneDrive. If desktop files 'vanished', check OneDrive on the web and its recycle bin first.",
      ],
    ],
  ),
  article(
    't-office-unlicensed',
    "Office says 'Unlicensed Product' / account error / can only view",
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        "Red banner in Word/Excel 'Unlicensed Product' or 'Most features have been disabled', 'There was a problem with your account', documents open read-only, or the user is told to buy Office when installing.",
      ],
      [
        'Cause',
        'Licence without desktop apps (Business Basic, F1/F3 are web and mobile only), licence removed, activated on too many devices, or signed into Office with a personal account.',
      ],
      [
        'Fix',
        '1. M365 admin centre > Users > user > Licences and apps. Business Basic has no desktop apps; use the web apps or upgrade to Standard/Premium (needs client approval).\n2. File > Account: make sure the work account is signed in; sign out of personal ones.\n3. Free up installs: myaccount.microsoft.com > Office apps > sign out of old devices.\n4. Reset activation: close Office, delete HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity and the Office entries in Credential Manager, reopen and sign in.\n5. Get Help app / SaRA Office activation troubleshooter.',
      ],
    ],
  ),
  article(
    't-recover-deleted-m365',
    'Recover deleted emails or OneDrive/SharePoint files',
    null,
    'Microsoft 365/Recovery',
    [
      [
        'Emails',
        "Deleted Items > 'Recover items recently removed from this folder' (classic Outlook: Folder tab > Recover Deleted Items; OWA: right-click Deleted Items > Recover items). Works after emptying Deleted Items. Retention is 14 days by default, we set 30. Admin can also do it from EAC > mailbox > Recover deleted items. Calendar entries and contacts come back the same way.",
      ],
      [
        'Files',
        'OneDrive/SharePoint recycle bin holds deleted items for 93 days (including the second-stage bin). Overwritten file: right-click > Version history > Restore. Mass deletion or encryption: OneDrive Settings > Restore your OneDrive to roll back to a date. Files in Teams channels live in SharePoint, so the same applies.',
      ],
      ['Older than that', "Restore from the M365 backup; see 'Restore request: file server / M365 backup'."],
    ],
  ),
  article(
    't-file-restore-from-backup',
    'Restore request: file server / M365 backup',
    null,
    'Backup & Recovery',
    [
      [
        'When',
        'User deleted, moved or overwrote something on a mapped drive / network share, or an M365 item is older than the recycle bin keeps.',
      ],
      [
        'Steps',
        "1. Try Previous Versions first: right-click the folder > Properties > Previous Versions (snapshots every 4 hours on file servers).\n2. Server backup (Datto SIRIS or Veeam depending on client): file-level restore into a Restored_YYYYMMDD folder next to the original. Never overwrite live data.\n3. M365 (Datto SaaS Protection): search the user, choose restore point, restore into a 'Restored' folder in their mailbox/OneDrive.\n4. Record in the ticket: exact path, file names, rough date it was last right, who approved.",
      ],
      [
        'Escalate',
        "Whole-server restores or anything that looks like ransomware goes to L3 and the incident process. Restoring someone else's mailbox or files needs written approval from the client's authorised contact.",
      ],
    ],
  ),
  article('t-reregister-authenticator', 'Re-register Authenticator', null, 'Identity/MFA', [
    [
      'When',
      'New phone, phone wiped or lost, Authenticator app deleted, sign-in approval requests / number matching prompts not arriving.',
    ],
    [
      'Steps',
      "1. Verify the caller (call back on the number in the PSA or confirm with their manager on Teams).\n2. Entra admin centre > Users > user > Authentication methods: delete the old Microsoft Authenticator and old phone entries, or use 'Require re-register multifactor authentication'.\n3. Phone lost: Revoke sessions too.\n4. No other method: issue a Temporary Access Pass (1 hour, one-time use).\n5. User goes to aka.ms/mfasetup on a PC, adds Microsoft Authenticator, scans the QR code with the new phone.\n6. Test a sign-in to OWA.",
    ],
    [
      'Notes',
      "App set up but prompts never pop up: check notification permissions and battery optimisation for Authenticator on the phone, and that the phone's time is set automatically.",
    ],
  ]),
  article(
    't-account-locked-password-expired',
    'Account locked out / password expired (hybrid AD)',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        "'The referenced account is currently locked out and may not be logged on to'. 'Your password has expired and must be changed'. Account locks again shortly after unlocking.",
      ],
      [
        'Cause',
        'Too many wrong passwords; repeat lockouts are usually an old password saved on a phone mail app, a mapped drive with stored credentials, or a disconnected RDP session.',
      ],
      [
        'Fix',
        "1. Verify identity.\n2. AD Users and Computers > user > Account tab > Unlock account. Cloud-only users: Entra > user > Reset password (smart lockout clears itself after a minute or so).\n3. Expired password for a remote user: Windows can't change an AD password at the logon screen without line of sight to a DC. Set a temporary password without 'must change at next logon', get them on VPN, then Ctrl+Alt+Del > Change a password. Or SSPR at aka.ms/sspr if password writeback is on.\n4. Repeat lockouts: event 4740 on the PDC shows the Caller Computer Name. Clear Credential Manager, update the password on their phone's mail account.",
      ],
    ],
  ),
  article(
    't-ca-blocked-53003',
    "Error 53003 - 'You cannot access this right now'",
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        "Sign-in succeeds but then 'You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource', error 53003; or 530033 / 'Your device is required to be managed' / device not compliant.",
      ],
      [
        'Cause',
        'A Conditional Access policy blocked it: country not allowed (user abroad), device not compliant or not enrolled, desktop/mobile app on a personal device, legacy authentication.',
      ],
      [
        'Fix',
        "1. Entra > Sign-in logs > filter by user > failed sign-in > Conditional Access tab shows which policy.\n2. Travel: add to the 'CA - Travel exclusion' group with an end date noted in the ticket; needs approval from the client contact.\n3. Non-compliant: Intune > device > Device compliance; usually BitLocker off, OS out of date, or not checked in. Sync from Company Portal.\n4. Personal devices: use the browser (OWA/Teams web) or enrol via Company Portal if the client allows it.",
      ],
      ['Escalate', 'Never switch off a CA policy to fix one user.'],
    ],
  ),
  article(
    't-autopilot-esp-stuck',
    "Autopilot stuck at 'Setting up your device for work' / ESP timeout",
    null,
    'Intune/Autopilot',
    [
      [
        'Symptoms',
        "New or reset laptop sits on the Enrollment Status Page (Device preparation / Device setup - Apps (Identifying)) for ages, then 'Something went wrong' 0x800705b4 (timeout) or 0x81036502. Or 0x80180014 / 'This device isn't registered' straight after sign-in.",
      ],
      [
        'Cause',
        'A required app failing to install, hardware hash not imported or wrong group tag/profile, old device object still in Intune (0x80180014), captive portal / no internet during OOBE.',
      ],
      [
        'Fix',
        '1. Shift+F10 at OOBE for a command prompt; check internet.\n2. 0x80180014: Intune > Devices > delete the old device object (the Intune record, not the Autopilot record) and retry.\n3. Intune > Devices > Enrollment > Windows Autopilot devices: serial present, profile assigned, group tag right.\n4. App timeout: collect logs (mdmdiagnosticstool -area Autopilot -cab c:\\temp\\ap.cab), check IME logs in C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs for the failing app, fix its assignment.\n5. Reset the device and run again.',
      ],
      ['Escalate', 'Hash imports from the OEM/reseller go to L3.'],
    ],
  ),
  article(
    't-windows-update-failing',
    "Windows Update failing (0x800f0922, 0x80070002) / 'Undoing changes' loop",
    null,
    'Windows/Updates',
    [
      [
        'Symptoms',
        "Updates fail again and again, 'We couldn't complete the updates. Undoing changes' at every restart, stuck at 0% or 100% downloading, device flagged out of date in compliance.",
      ],
      [
        'Fix',
        "1. Reboot twice. Check free disk space (want 20GB+).\n2. Settings > System > Troubleshoot > Windows Update troubleshooter.\n3. Reset components (elevated prompt): net stop wuauserv, net stop bits, net stop cryptsvc; rename C:\\Windows\\SoftwareDistribution and C:\\Windows\\System32\\catroot2; start the services again.\n4. DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.\n5. 0x800f0922 is often a VPN connected during install or a tiny System Reserved partition; disconnect VPN and retry.\n6. Install the KB manually from the Microsoft Update Catalog.\n7. RMM: check the patch policy isn't deferring it and trigger a scan.",
      ],
      ['Escalate', 'Repeated failures: in-place repair install from ISO (L2).'],
    ],
  ),
  article(
    't-temp-profile',
    "'We can't sign in to your account' - temporary profile",
    null,
    'Windows/Profiles',
    [
      [
        'Symptoms',
        "After logging on: 'We can't sign in to your account. This problem can often be fixed by signing out...' and 'You've been signed in with a temporary profile'. Desktop empty, wallpaper default, settings reset, user thinks files are gone.",
      ],
      [
        'Cause',
        'User profile registry key marked .bak or NTUSER.DAT corrupt, usually after a failed update, forced power-off or AV locking the profile.',
      ],
      [
        'Fix',
        "1. Tell the user not to save anything; it's thrown away at sign-out.\n2. Reboot once; sometimes that's enough.\n3. Sign in as admin, regedit HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID. If there are two keys (one ending .bak), remove .bak from the real one and add .bak to the temp one. Set RefCount=0 and State=0.\n4. Reboot, sign in.\n5. NTUSER.DAT corrupt: let Windows build a new profile and copy Desktop, Documents, Favourites across from the old C:\\Users folder. OneDrive re-syncs itself.",
      ],
    ],
  ),
  article(
    't-printer-offline-queue',
    'Printer showing offline / jobs stuck in queue',
    null,
    'Windows/Printing',
    [
      [
        'Symptoms',
        "Printer shows 'Offline' in Windows, documents sit in the queue with 'Error - Printing', nothing comes out, or it only fails from one PC.",
      ],
      [
        'Fix',
        "1. One PC or everyone? Everyone: it's the printer (jam, error on its panel, switched off, IP changed). Check the panel and ping its IP.\n2. One PC: Settings > Bluetooth & devices > Printers & scanners > printer > Open print queue > Cancel all.\n3. Restart Print Spooler in services.msc. Jobs won't clear: stop the spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, start the spooler.\n4. Printer IP changed (DHCP): update the TCP/IP port in printer properties, and reserve the IP in DHCP.\n5. Untick 'Use Printer Offline'.\n6. Remove and re-add the printer (print server share or Universal Print).",
      ],
      ['Notes', 'Scanning problems on MFDs: see the scan to email article.'],
    ],
  ),
  article(
    't-bitlocker-recovery-key',
    'BitLocker recovery key - where to find it',
    null,
    'Windows/BitLocker',
    [
      [
        'Symptoms',
        "Blue screen at boot: 'BitLocker recovery - Enter the recovery key for this drive' with a Key ID. Typically after a BIOS/firmware update, a new dock/USB-C device at boot, TPM cleared, or motherboard repair.",
      ],
      [
        'Fix',
        "1. Verify the user's identity.\n2. Get the first 8 characters of the Key ID from the screen.\n3. Entra admin centre > Devices > device > BitLocker keys, or Intune > Devices > device > Recovery keys. Older on-prem machines: AD Users & Computers > computer object > BitLocker Recovery tab.\n4. Read the 48-digit key out in groups of six.\n5. If it keeps asking at every boot: suspend and resume protection (manage-bde -protectors -disable C: -rebootcount 1) and finish any pending BIOS update.\nUsers can self-serve from another device at aka.ms/aadrecoverykey.",
      ],
      [
        'Escalate',
        "No key escrowed anywhere: the drive can't be recovered. Wipe and rebuild; data only from OneDrive/backups.",
      ],
    ],
  ),
  article('t-slow-pc-triage', 'Slow PC triage', null, 'Windows/Performance', [
    [
      'Checklist',
      "- Uptime (Task Manager > Performance). Over 7 days: restart first. Shut down isn't a restart with Fast Startup on.\n- Task Manager: CPU, disk or memory pinned at 100%? Which process? Usual suspects: Teams plus a browser with 40 tabs on 8GB RAM, Defender scan, OneDrive first sync, Windows Update in the background.\n- Free disk space under 10%: Storage Sense / Disk Cleanup.\n- Startup apps tab: disable the junk.\n- RMM: health score, SMART status, age. Spinning disk: quote an SSD. Over 5 years old: recommend replacement.\n- Only the browser slow: clear cache, disable extensions.\n- Only slow at logon when on VPN: mapped drives and GPOs over VPN.",
    ],
  ]),
  article(
    't-dock-monitors-not-detected',
    'Docking station: external monitors not detected / flickering',
    null,
    'Windows/Hardware',
    [
      [
        'Symptoms',
        "Monitors say 'no signal', only one of two screens works, flickering, keyboard/mouse on the dock work but no display. Often on hot desks or after updates.",
      ],
      [
        'Fix',
        "1. Power-cycle the dock: unplug its power for 30 seconds, reconnect the USB-C/Thunderbolt cable to the right laptop port (the one with the lightning/DP symbol).\n2. Win+P > Extend; Settings > Display > Detect.\n3. Check each monitor's input source.\n4. Update dock firmware and drivers: Dell WD19/WD22 via Dell Command Update, Lenovo via Vantage, HP via Support Assistant.\n5. DisplayLink / universal USB docks: install or update the DisplayLink driver from Synaptics.\n6. Two screens over one cable needs DP MST. Base M1/M2 MacBooks only drive one external display through a normal dock.\n7. Swap the cable; try a known-good dock.",
      ],
    ],
  ),
  article(
    't-teams-audio-webcam',
    'Headset / webcam not working in Teams calls',
    null,
    'Windows/Audio & Video',
    [
      [
        'Symptoms',
        "Others can't hear the user or vice versa, 'Teams can't access your camera', black video, echo, headset works for YouTube but not calls.",
      ],
      [
        'Fix',
        "1. Teams > Settings > Devices: pick the right speaker, microphone and camera (not the laptop's built-in or 'Default'). Make a test call.\n2. Windows Settings > Privacy & security > Camera / Microphone: allow access for desktop apps.\n3. Physical mute: inline mute on the headset cable, the camera privacy shutter or F-key on Lenovo/HP laptops.\n4. Bluetooth headsets: make sure the hands-free/headset profile is used. Jabra and Poly: update firmware with Jabra Direct / Poly Lens.\n5. Close other apps holding the camera (Zoom, browser tabs).\n6. Device Manager: update or roll back the camera driver; try a USB port directly on the laptop rather than the dock.\n7. Device list empty: clear the Teams cache.",
      ],
    ],
  ),
  article('t-wifi-wont-connect', "Laptop won't connect to the office Wi-Fi", null, 'Networking/Wi-Fi', [
    [
      'Symptoms',
      "'Can't connect to this network', keeps asking for a password/key, connects then drops every few minutes, only this laptop affected.",
    ],
    [
      'Fix',
      "1. Are others in the same area fine? If not, it's the access point or site: check the controller (UniFi/Meraki) for APs offline.\n2. Forget the network and reconnect.\n3. Corporate SSIDs use certificates (WPA2/WPA3-Enterprise, EAP-TLS) delivered by the Intune Wi-Fi profile. Check the device has synced with Intune and the certificate isn't expired; sync from Company Portal. Don't hand out a key for the corporate SSID.\n4. Toggle airplane mode. netsh wlan show wlanreport shows disconnect history.\n5. Update the Wi-Fi driver (Intel AX201 is known for drops) and turn off power saving on the adapter.\n6. If the network uses MAC filtering, turn off random hardware addresses for that network.",
    ],
    ['Notes', 'Guest Wi-Fi is separate and usually has a splash page.'],
  ]),
  article(
    't-forticlient-vpn-errors',
    "FortiClient VPN won't connect (stuck at 40%/98%, -7200, -455, -14)",
    null,
    'Networking/VPN',
    [
      [
        'Symptoms',
        "FortiClient SSL-VPN stuck at 40% or 98%; 'Credential or SSLVPN configuration is wrong (-7200)'; 'Unable to establish the VPN connection. The VPN server may be unreachable (-14)'; -455 or a blank login window with SAML; connects but drives and servers unreachable.",
      ],
      [
        'Fix',
        "1. Internet working without VPN? Hotel/public Wi-Fi may block it; try a phone hotspot.\n2. -7200: wrong password, account locked, or user not in the VPN group (FortiGate local group or Entra group).\n3. Stuck at 98%: the virtual adapter is broken. Uninstall and reinstall the FortiClient VPN-only build matching the firewall firmware; remove other VPN clients (NordVPN etc.).\n4. SAML -455 / blank box: tick 'Use external browser as user-agent for SAML user authentication' in FortiClient settings.\n5. Connected but no drives: use the FQDN (\\\\server.domain.local\\share), check the DNS suffix, remap drives.\n6. FortiGate > Log & Report > VPN events for the user.",
      ],
      ['Escalate', "Nobody can connect: check the firewall is up and the site's internet (network team)."],
    ],
  ),
  article(
    't-no-internet-dhcp-dns',
    "'No internet' on one or more PCs - DHCP/DNS checks",
    null,
    'Networking/LAN',
    [
      [
        'Symptoms',
        "Globe icon / 'No internet, secured', IP address starting 169.254, websites won't load but Teams still works (DNS), 'DNS server isn't responding', new devices can't get on the network.",
      ],
      [
        'Fix',
        '1. ipconfig /all. 169.254.x.x means no DHCP lease.\n2. DHCP scope full? Check the DHCP server (Windows server or firewall): leases vs scope size. Shorten the lease time, clear stale leases, widen the scope. Staff phones on the Wi-Fi eat leases.\n3. Duplicate IP warning: find the conflicting device via ARP; fix the reservation.\n4. DNS: nslookup google.com. If it fails, check the DNS service on the DC and its forwarders; ipconfig /flushdns.\n5. Cabling: link light, different switch port.\n6. Single device: netsh winsock reset, netsh int ip reset, reboot.',
      ],
    ],
  ),
  article(
    't-site-internet-outage',
    'Site internet down (FTTP / leased line) - outage runbook',
    null,
    'Networking/Connectivity',
    [
      [
        'Symptoms',
        'Whole office or site offline, RMM shows every agent at the site offline, firewall unreachable, hosted phones down.',
      ],
      [
        'Steps',
        "1. Confirm: more than one user? Firewall heartbeat offline in monitoring?\n2. Get someone on site to look at the ONT/NTE (Openreach white box): PON/LOS red means a fibre fault. Leased line NTE: check it has power.\n3. Power-cycle the router/firewall (leave the ONT unless the ISP asks).\n4. Check the ISP status page and log a fault with the provider; circuit reference is in the IT Glue site configuration. Leased lines have a 5-7 hour fix SLA; FTTP broadband is best endeavours, often next working day.\n5. Site has 4G failover: confirm it's active, ask users to avoid big uploads and Teams video.\n6. Hosted phones: divert the main number to a mobile from the PBX portal.\n7. Update the client contact every 2 hours.",
      ],
      ['Escalate', 'No failover and business-critical: provider escalation, consider a temporary 4G router.'],
    ],
  ),
  article(
    't-sage50-cannot-find-data',
    "Sage 50 Accounts: 'Cannot find data' / can't open company",
    null,
    'Line of Business/Sage 50',
    [
      [
        'Symptoms',
        "Sage 50 Accounts opens with 'Unable to open the data files, please check the data path', 'Cannot find data', or 'Sage Data Service has stopped'. Other users may be fine. Common after a server move or drive letter change, or when working from home.",
      ],
      [
        'Fix',
        "1. Check the mapped drive holding Sage is connected (red X = reconnect; remote users need the VPN first).\n2. File > Change Company / the company list shows where it's looking. Point it at the UNC path (\\\\SERVER\\Sage\\Company.000\\ACCDATA) rather than a drive letter.\n3. On the server, make sure the Sage Data Service (SageAccountsDataService) is running; restart it.\n4. After a Sage update every PC and the server must be on the same version; run the update on each.\n5. 'Company data locked by another user': get everyone out, then use the data service tools to log off users.",
      ],
      ['Escalate', "'Check data' errors / corruption: Sage support under the client's Sage Cover."],
    ],
  ),
  article(
    't-bullhorn-outlook-addin',
    "Bullhorn for Outlook add-in missing or won't load",
    null,
    'Line of Business/Recruitment CRM',
    [
      [
        'Symptoms',
        "Bullhorn button/panel missing from Outlook, 'Add-in Error: Something went wrong and we couldn't start this add-in', blank sidebar, emails not logging against candidates or contacts.",
      ],
      [
        'Cause',
        "Add-in deployed via M365 Integrated Apps to a group the user isn't in (new assignments take up to 24h), new Outlook quirks, cached add-in files, stale sign-in.",
      ],
      [
        'Fix',
        "1. M365 admin > Settings > Integrated apps > Bullhorn: check the assigned users/group.\n2. Classic Outlook: File > Manage Add-ins and check it's enabled.\n3. Clear the web add-in cache: close Outlook, delete %localappdata%\\Microsoft\\Office\\16.0\\Wef\\, reopen.\n4. Sign out of the add-in and back in with their Bullhorn login.\n5. Test in OWA; if it works there it's the desktop client.\n6. Emails not logging: the Bullhorn user needs email logging permission, set by the client's Bullhorn admin.",
      ],
      ['Escalate', "Platform problems: Bullhorn support portal under the client's account."],
    ],
  ),
  article(
    't-nourish-not-syncing',
    'Nourish care app not syncing / notes missing on desktop',
    null,
    'Line of Business/Care planning',
    [
      [
        'Symptoms',
        "Carers' handhelds show Offline or an orange sync icon with notes pending; notes recorded on the device don't show on the desktop dashboard; 'Your session has expired'.",
      ],
      [
        'Cause',
        'Device out of Wi-Fi range or on the guest Wi-Fi with a splash page, app out of date, wrong date/time, storage full.',
      ],
      [
        'Fix',
        "1. Check the device is on the device/staff SSID (not guest) and can open a website.\n2. In the app: pull down to refresh / Sync now, watch the pending count.\n3. Date and time set to automatic.\n4. Update the app (Managed Google Play / Intune).\n5. Never uninstall the app or wipe the device while notes are pending; they'll be lost. Raise with Nourish support first.\n6. Only log out and in once pending is zero.\n7. Whole home affected: check Nourish's status page, then the site's internet.",
      ],
      ['Escalate', 'Nourish support (the client holds the contract). Note the device serial.'],
    ],
  ),
  article(
    't-eposnow-card-terminal',
    'Epos Now till: card machine not connecting / receipt printer not printing',
    null,
    'Line of Business/EPOS',
    [
      [
        'Symptoms',
        "Till says 'Payment device not found' or 'Terminal offline', card machine shows no connection, receipt printer silent or printing gibberish, till stuck syncing.",
      ],
      [
        'Fix',
        '1. Card terminal: same network as the till? Reboot the terminal (hold power). Epos Now Payments terminals are paired under Back Office > Setup > Devices.\n2. Network down: take the payment in standalone mode on the terminal and ring the sale through as card on the till.\n3. Receipt printer (Epson TM-m30 and similar): paper the right way round, LAN cable in, IP in Back Office > Setup > Printers matches the printer. Hold Feed while powering on for a self-test slip with its IP.\n4. Till app: close and relaunch, check Back Office shows the device online.\n5. Account or licence problems: Epos Now support.',
      ],
    ],
  ),
  article(
    't-phishing-clicked',
    'User clicked a phishing link / entered password - first response',
    null,
    'Security/Phishing',
    [
      [
        'Symptoms',
        "User reports clicking a link and entering their password on a fake Microsoft page, a 'DocuSign'/'shared a document' lure, fake invoice, or just forwards a dodgy-looking email asking if it's safe.",
      ],
      [
        'Steps',
        '1. Not clicked: thank them, ask them to use Report > Phishing in Outlook. If others received it, purge it from all mailboxes with Defender Threat Explorer.\n2. Password entered: reset it immediately, Revoke sessions in Entra, check MFA methods for anything unknown.\n3. Sign-in logs since the click time: unfamiliar locations/IPs?\n4. Inbox rules and forwarding. Anything odd: treat as compromise (see Account compromise runbook).\n5. Block the sender/URL in Tenant Allow/Block List.\n6. Attachment opened (macro, ISO, HTML): isolate the device in EDR and run a full scan.\n7. Reassure the user; reporting quickly is exactly right.',
      ],
    ],
  ),
  article(
    't-account-compromise',
    'Account compromise - suspected mailbox takeover',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        "Contacts receive spam or fake invoices from the user; Sent Items has mail they didn't send; inbox rules moving mail to RSS Feeds/Archive or deleting it; Defender alert 'Suspicious email sending patterns' or 'User restricted from sending email'; NDR '550 5.1.8 Access denied, bad outbound sender'; MFA approval prompts the user didn't trigger.",
      ],
      [
        'Fix',
        '1. Reset password, revoke sessions, remove unknown MFA methods.\n2. Remove malicious inbox rules and forwarding (Get-InboxRule / Get-Mailbox forwarding).\n3. Restricted from sending: Defender > Restricted entities > release after cleanup.\n4. Review sign-ins, unified audit log (MailItemsAccessed), and OAuth app consents.\n5. Tell the client contact; suggest a heads-up to contacts who got mail.\n6. Ask whether any bank detail changes or payments were requested (invoice fraud).',
      ],
      [
        'Escalate',
        "L3 security and the client. Whether to report to the ICO (72 hours) is the client's decision; we supply the facts.",
      ],
    ],
  ),
  article('t-edr-alert-triage', 'EDR / Defender alert on a device - triage', null, 'Security/Endpoint', [
    [
      'Symptoms',
      "SentinelOne or Defender for Endpoint alert: 'Threat detected', 'Malicious file quarantined', 'Suspicious PowerShell', 'Ransomware behaviour detected'; user sees a 'threat found' popup; device isolated.",
    ],
    [
      'Steps',
      '1. Severity and status: already mitigated/quarantined automatically?\n2. File/process, path (Downloads, Temp), and how it arrived (email attachment, download, USB).\n3. Possible false positive (LOB updater, RMM script)? Check with L2 before any allow-listing; never exclude whole folders.\n4. Active threat or ransomware behaviour: isolate the device from the console, phone the user to stop using it, escalate to L3 immediately.\n5. Full scan; hunt for the same hash on other devices.\n6. Credentials may be exposed: reset the password.\n7. Release from isolation only when L3 says so.',
    ],
  ]),
  article('t-lost-stolen-device', 'Lost or stolen laptop / phone', null, 'Security/Devices', [
    [
      'Steps',
      '1. Details: which device, when and where, police crime reference if stolen, was it locked.\n2. Revoke sessions; reset the password if the device was unlocked or had saved passwords.\n3. Intune: laptop - confirm BitLocker was on (compliance) and issue Wipe. Company phone - Wipe. Personal phone (BYOD) - Retire / selective wipe so only work data and apps are removed.\n4. Phone had Authenticator: remove it from their methods and set up the new phone (Re-register Authenticator).\n5. Mark the asset lost in IT Glue, tell the client contact. Unencrypted device or personal data involved: GDPR breach assessment with the client.\n6. Quote a replacement.',
    ],
  ]),
  article('t-new-starter-checklist', 'New starter checklist (generic)', null, 'Starters & Leavers', [
    [
      'Need from the client',
      "Name, start date, job title, manager, department, licence type, 'same access as X', device needed, phone number needed.",
    ],
    [
      'Steps',
      "1. Create the user (on-prem AD then sync, or cloud-only in Entra); UPN firstname.lastname.\n2. Licence per the client's standard.\n3. Security groups, shared mailboxes, distribution lists, Teams.\n4. MFA: Temporary Access Pass for day one, register Authenticator with them.\n5. Laptop: Autopilot one from stock, or order at least 5 working days ahead.\n6. Teams Phone number if used.\n7. LOB app accounts are usually created by the client's own admins; check.\n8. Send credentials to the manager, never to a personal email.",
    ],
    ['Notes', "Starters requested with less than 2 working days' notice are best endeavours."],
  ]),
  article(
    't-leaver-process',
    'Leaver process - block, convert mailbox, remove licence',
    null,
    'Starters & Leavers',
    [
      [
        'Steps',
        "1. Confirm with the authorised contact: leaving date and time. Dismissals are immediate.\n2. Block sign-in, reset the password, revoke sessions; disable the AD account.\n3. Convert the mailbox to shared, give the manager Full Access, set an auto-reply if asked. Forwarding only on request.\n4. Remove licences after conversion (fine under 50GB; bigger needs a licence or archive).\n5. OneDrive: give the manager access and move what's needed (kept 90 days).\n6. Remove from groups, clear MFA methods, retire/wipe their devices in Intune and get the laptop back.\n7. Ask the client to disable LOB app accounts.\n8. Unassign or reassign the phone number.",
      ],
    ],
  ),
  article(
    't-yealink-registration-failed',
    "Yealink desk phone 'No Service' / registration failed (hosted PBX)",
    null,
    'Phones/Hosted PBX',
    [
      [
        'Symptoms',
        "Yealink T4x/T5x shows 'No Service' or 'Registration failed', line key red, can call out but not receive, or one-way audio (they can't hear you or you can't hear them).",
      ],
      [
        'Fix',
        '1. Network: Menu > Status shows an IP? No IP: check the PoE switch port/cable, or the PC passthrough port.\n2. Power-cycle the phone (unplug 10 seconds).\n3. Whole site down: see the site outage runbook and divert the main number.\n4. 3CX portal: extension exists and the MAC matches the phone; re-provision (factory reset by holding OK for 10 seconds; it pulls config from RPS).\n5. One-way audio: SIP ALG on the router/firewall; turn it off.\n6. Calls going straight to voicemail: DND on the handset or forwarding rules in the portal.',
      ],
    ],
  ),
  article('t-scan-to-email-stopped', 'MFD scan to email stopped working', null, 'Printing & Scanning/MFD', [
    [
      'Symptoms',
      "Copier/MFD (Canon, Ricoh, Kyocera, Sharp) shows 'Send error', 'SMTP authentication failed' or a connection error code; scans never arrive. Scan to folder: 'cannot connect to destination'.",
    ],
    [
      'Cause',
      "The MFD signs in as a mailbox (scanner@) whose password changed or expired, or that now hits MFA; SMTP AUTH disabled by Microsoft/tenant; old firmware without TLS 1.2. Scan to folder: the scan account's password changed or SMBv1 turned off.",
    ],
    [
      'Fix',
      '1. Web UI > Network > SMTP: what is it using? smtp.office365.com:587 with auth; direct send to <domain>.mail.protection.outlook.com:25 (internal recipients only); or an SMTP relay such as SMTP2GO.\n2. SMTP AUTH: check the scanner mailbox sign-in logs and password; Set-CASMailbox scanner@ -SmtpClientAuthenticationDisabled $false. Better: move it to the relay.\n3. Old firmware failing TLS: firmware update from the copier supplier, or use the relay.\n4. Scan to folder: update the password on the address book entries, make sure SMB2 is enabled on the MFD, check share permissions.\n5. Test a one-page scan to your own address.',
    ],
  ]),
  article(
    't-pennine-remote-access',
    'Pennine Talent - remote access (FortiClient with SAML)',
    pennine,
    'Clients/Pennine Talent/Network',
    [
      [
        'Overview',
        "Consultants are hybrid. Offices: Manchester (Spinningfields, 3rd floor) and Leeds (Wellington Place). File server PTS-FS01 in the Manchester comms cupboard holds P: (Placements) and the Compliance share (right-to-work documents); both only reachable in the office or on VPN. Bullhorn is cloud and doesn't need the VPN.",
      ],
      [
        'Setup',
        "FortiClient VPN 7.x pushed by Intune, connection 'Pennine VPN', gateway vpn.penninetalent.co.uk:10443, SAML sign-in with their Microsoft account. Access controlled by Entra group PTS-VPN-Users. Leeds reaches PTS-FS01 over a site-to-site tunnel.",
      ],
      [
        'Known issues',
        "1. Blank or looping login window: manual installs miss the 'use external browser for SAML' setting; reinstall from Company Portal.\n2. -455 after a laptop swap or for new starters: not in PTS-VPN-Users.\n3. P: still red after connecting: run the 'Reconnect drives' shortcut on the desktop (maps \\\\pts-fs01.pennine.local\\placements).\n4. Compliance share needs PTS-Compliance group as well; approval from the Compliance Manager (Priya Shah) only.",
      ],
      [
        'Escalate',
        'Gateway down: FortiGate in Manchester, check the WAN. A Manchester outage also takes out Leeds file access.',
      ],
    ],
  ),
  article(
    't-pennine-bullhorn',
    'Pennine: Bullhorn sign-in, add-in, email sync and Connect',
    pennine,
    'Clients/Pennine Talent/Applications',
    [
      [
        'Who does what',
        'Bullhorn (UK cluster) admin at Pennine is Hayley Brooks (Operations Manager): she creates Bullhorn users, resets Bullhorn passwords, sets permissions and owns anything to do with candidate/placement data. We look after sign-in (SSO), the Outlook add-in, email sync and the Bullhorn Connect browser extension.',
      ],
      [
        'Details',
        "- Sign-in is Entra SSO (enterprise app 'Bullhorn'). 'AADSTS50105 ... not assigned to a role for the application' = user not in PTS-Consultants; add them.\n- Outlook add-in deployed by Integrated Apps to PTS-Consultants.\n- Email sync: if Bullhorn shows the Microsoft 365 email sync as disconnected (usually after a password change), the user re-authorises under Bullhorn > Preferences > Email sync.\n- Bullhorn Connect (the LinkedIn extension) is force-installed in Chrome only by Intune policy. Edge users must use Chrome for it.",
      ],
      ["Don't", "Don't change Bullhorn records or reset Bullhorn-native passwords; pass to Hayley."],
    ],
  ),
  article(
    't-pennine-starters-leavers',
    'Pennine Talent - new starters and leavers',
    pennine,
    'Clients/Pennine Talent/Onboarding',
    [
      [
        'Starters',
        "- Requests only from Hayley Brooks or a Director. Starters are usually Mondays; need the request by the Wednesday before.\n- Licence: Business Premium + Teams Phone with calling plan. Every consultant gets a DDI; next free one from the 'Pennine DDIs' list in IT Glue.\n- Groups: PTS-All, PTS-Consultants plus the Manchester or Leeds team group, PTS-VPN-Users.\n- Laptop: ThinkPad from stock in the Manchester comms cupboard. Leeds starters: courier it to the Leeds office on the Friday.\n- Bullhorn seat and LinkedIn Recruiter seat are arranged by Hayley; remind her in the ticket.",
      ],
      [
        'Leavers',
        "Consultants often leave for competitors. Disable at the exact time given (garden leave = immediately), don't export anything for the leaver. Mailbox to shared with access for their team leader for 90 days. DDI held 30 days then reassigned. Hayley disables Bullhorn.",
      ],
    ],
  ),
  article(
    't-pennine-printing',
    'Pennine Talent - follow-me printing (Canon uniFLOW)',
    pennine,
    'Clients/Pennine Talent/Printing',
    [
      [
        'Manchester',
        "Canon imageRUNNER ADVANCE C3830i with uniFLOW Online. Everyone prints to the PTS-SecurePrint queue and releases at the device by tapping their building pass or entering their PIN. Scanning uses 'Scan to Me' in uniFLOW: it goes to the signed-in person's mailbox, there's no SMTP setup on the device.",
      ],
      ['Leeds', 'HP LaserJet MFP M480, direct IP printing, no secure print.'],
      [
        'Issues',
        "- Job never shows at the Canon: check they printed to PTS-SecurePrint, not a direct Canon queue; new starters must register their pass the first time they tap (enter their email on the device).\n- 'Card not recognised': re-register the card in uniFLOW Online admin (Identity > Cards).\n- uniFLOW Online admin login is in IT Glue.",
      ],
      ['Supplier', 'Toner and engineer visits for the Canon: Northern Office Solutions.'],
    ],
  ),
  article(
    't-oakhaven-nourish-devices',
    'Oakhaven - Nourish handsets and tablets',
    oakhaven,
    'Clients/Oakhaven Care/Applications',
    [
      [
        'Setup',
        'Each home has Samsung Galaxy handsets for carers running Nourish, plus a tablet per floor. Enrolled in Intune as Android Enterprise dedicated devices (Managed Home Screen kiosk). Carers sign into Nourish with their own Nourish PIN; no Microsoft account needed.',
      ],
      [
        'Known issues',
        "- The Willows east wing and the Fernlea Lodge garden rooms have weak Wi-Fi; devices drop offline there. Ask carers to sync at the nurse station before end of shift.\n- Need to get out of the kiosk screen (e.g. to join Wi-Fi): exit Managed Home Screen with the exit PIN in IT Glue.\n- Carer forgotten their Nourish PIN or locked out: the home manager resets it in the Nourish dashboard, not us.\n- Broken or lost handset: spares are kept at Head Office (Bolton). Enrol with the QR code for the 'OAK-Nourish-Dedicated' profile and courier next day.\n- Handset broken with notes still pending: don't wipe until Nourish support says the notes are recovered or lost.",
      ],
      ['Contacts', "Nourish support is raised via the group's Digital Lead, Karen Doyle."],
    ],
  ),
  article(
    't-oakhaven-site-network',
    'Oakhaven homes - Wi-Fi and site network',
    oakhaven,
    'Clients/Oakhaven Care/Network',
    [
      [
        'Sites',
        'Oakhaven House (Bolton), Meadowbank (Wigan), The Willows (Bury), Ashgrove (Stockport), Fernlea Lodge (Salford), and Head Office (Bolton). Each has a Meraki MX68, Meraki MR access points, FTTP broadband. Only Oakhaven House and Meadowbank have Meraki MG21 4G failover.',
      ],
      [
        'SSIDs',
        'OAK-STAFF: staff laptops/PCs, certificate auth via Intune.\nOAK-DEVICES: Nourish handsets, key rotated yearly, never give it to staff.\nOAK-GUEST: residents and visitors, splash page with a voucher code from reception, 10 Mbps per device.',
      ],
      [
        'Nurse call',
        "The nurse call system is Courtney Thorne's, wired, on its own VLAN 50. Not ours. Never change VLAN 50 switch ports. Nurse call faults: the home calls Courtney Thorne directly.",
      ],
      [
        'Common',
        "- Visitors can't get on: voucher expired; reception issues a new one from the Meraki splash admin.\n- Residents' smart speakers/TVs can't do splash pages: add the device's MAC as Whitelisted in Meraki (Network-wide > Clients > Policy).\n- AP offline: check the PoE switch; the Ashgrove loft APs overheat in summer.\n- Home offline: follow the outage runbook; Ashgrove, The Willows and Fernlea have no 4G backup.",
      ],
    ],
  ),
  article(
    't-oakhaven-nurse-station-pcs',
    'Oakhaven - nurse station PCs, eMAR and shared logins',
    oakhaven,
    'Clients/Oakhaven Care/Endpoints',
    [
      [
        'Setup',
        "Each home's nurse station has a Dell OptiPlex used by nurses and seniors, each signing in with their own account. Medication is recorded in the pharmacy's eMAR web portal in Edge. MAR charts print to the Brother HL-L6400 at the nurse station.",
      ],
      [
        'Issues',
        "- Slow at handover: several people left signed in (fast user switching). Sign the others out; the PC reboots itself at 03:00.\n- eMAR won't load: check the internet, then ring the pharmacy support line on the sticker on the monitor. Fallback is the paper MAR in the red folder; tell the nurse in charge.\n- MAR charts not printing: generic printer steps; spare toner in the manager's office.\n- Shared 'nurse station' logins are NOT allowed (CQC audit trail). Don't create one even if asked; refer to the Registered Manager.",
      ],
    ],
  ),
  article(
    't-oakhaven-starters-leavers',
    'Oakhaven - starters, leavers and agency staff',
    oakhaven,
    'Clients/Oakhaven Care/Onboarding',
    [
      ['Who can request', 'Only HR at Head Office (hr@oakhavencare.co.uk). Expect 5-10 starters a month.'],
      [
        'Accounts by role',
        "Carers: no Microsoft 365 account; Nourish login only, created by the home manager.\nSenior carers and nurses: Business Premium, group OAK-<Home>-Nurses, access to the home's shared mailbox (e.g. willows@).\nHome managers: Business Premium plus Teams Phone.\nAgency staff: never get Microsoft 365 accounts. Agency nurses needing eMAR get a temporary eMAR login from the home manager.",
      ],
      [
        'Leavers',
        'HR email means disable the same day. Home manager disables Nourish. Handsets stay at the home.',
      ],
      ['Name changes', 'Update display name, UPN and primary address; keep the old address as an alias.'],
    ],
  ),
  article(
    't-irwell-taproom-tills',
    'Irwell Brewing - taproom tills and card machines',
    irwell,
    'Clients/Irwell Brewing/Taproom',
    [
      [
        'Setup',
        'Taproom (Arch 7) has three Epos Now tills: two on the bar and one for the beer garden, each with an Epos Now Payments terminal. Epson receipt printer on the bar, kitchen order printer at 192.168.30.40. Tills and terminals are on VLAN 30 / hidden SSID IRWELL-TILLS. Taproom manager: Becky Lowe. Epos Now account owner: Tom Ashworth (director). Back Office login in IT Glue.',
      ],
      [
        'Issues',
        '- Beer garden terminal drops out when the garden is busy or far from the wall AP: known coverage limit, bring it nearer the outside AP.\n- Kitchen not getting food orders: check the kitchen printer is on and has paper, ping 192.168.30.40, re-select it under Back Office > Setup > Printers.\n- Internet down (Fri/Sat nights): tills carry on offline and sync later; terminals fall back to their built-in 4G SIM. If a terminal has no signal either, take payments standalone and key them as card later.',
      ],
      ['Not ours', 'Stock sync between Epos Now and Breww: Breww support.'],
    ],
  ),
  article(
    't-irwell-site-network',
    'Irwell Brewing - brewery site network (UniFi)',
    irwell,
    'Clients/Irwell Brewing/Network',
    [
      [
        'Site',
        'Brewhouse, office and taproom in the railway arches, Salford. UniFi Dream Machine Pro, UniFi switches and five APs. Zen FTTP 500Mb (circuit ref in IT Glue) with UniFi LTE 4G failover.',
      ],
      [
        'VLANs',
        '10 office, 20 brewhouse (brewhouse control PC and glycol chiller controller), 30 tills, 40 guest (IRWELL-GUEST for taproom customers; password on the chalkboard, changed monthly by Becky).',
      ],
      [
        'Quirks',
        "- The cold store and steel fermenters kill Wi-Fi: the brewhouse tablet (brew sheets in Breww) drops near FV5-FV8. There's a wired port on the brewhouse desk.\n- Brewhouse control PC: never restart or update it during a brew day; check with the head brewer, Dan Whitaker. Updates are done manually on Mondays.\n- Internet outage: 4G takes over automatically; taproom tills on 4G are fine but slow.",
      ],
    ],
  ),
  article(
    't-irwell-label-printing',
    'Irwell - Zebra label printer (cask, keg and case labels)',
    irwell,
    'Clients/Irwell Brewing/Printing',
    [
      [
        'Setup',
        'Zebra ZD421 thermal transfer printer in the warehouse, USB to PC IRW-WH01. Prints cask/keg and case labels from Breww through the browser. The printed can labels come from the label company, not us.',
      ],
      [
        'Issues',
        '- Labels printing across two labels, every other label blank, or creeping: calibrate after every new roll (hold Feed until it flashes twice, or Zebra Setup Utilities > Calibrate).\n- Faded: ribbon in the wrong way round or wrong type (wax-resin), darkness 20.\n- Breww labels tiny or A4-scaled: in the browser print dialog pick the ZD421, paper 100x150mm, scale 100%, margins none.\n- Offline: check the USB cable, ZDesigner driver, restart the spooler (generic printer steps).',
      ],
    ],
  ),
  article(
    't-mosslane-matchday-network',
    'Moss Lane - matchday checklist (turnstiles, press box, stream)',
    mosslane,
    'Clients/Moss Lane Athletic/Matchday',
    [
      [
        'Cover',
        "Home games Saturday 3pm and Tuesday 7:45pm. The club's volunteer IT lead (Gaz Pickering) runs the checklist; we're on call 12:00-18:00 on Saturdays.",
      ],
      [
        'Network',
        "DrayTek 2927 with 4G failover, UniFi APs on the main stand and clubhouse. SSIDs: MLA-GATE (the ticketing provider's four turnstile handheld scanners), MLA-BAR (bar card readers), MLA-PRESS (press box; password changed every match and printed on the team sheet), MLA-STAFF.",
      ],
      [
        'Checklist',
        "1. Gate scanners: power on, join MLA-GATE, open the scanning app, scan the test ticket. Showing 'Offline': switch the app to offline mode (it syncs later) and tell the gate steward; season cards still scan offline.\n2. Press box: the streaming laptop needs 10 Mbps upload. The press box sits at the edge of the AP's range; if the stream buffers, plug into wired port P3 in the press box.\n3. Floodlights and PA are not ours.",
      ],
      ['Escalate', 'Internet down during a game: 4G should take over; ring the out-of-hours number.'],
    ],
  ),
  article(
    't-mosslane-office-mfd',
    'Moss Lane - club office Sharp copier: scanning and printing',
    mosslane,
    'Clients/Moss Lane Athletic/Printing',
    [
      [
        'Setup',
        "Sharp MX-3071 in the club office behind the clubhouse, leased from Red Rose Copiers (toner ships automatically). Scan to email goes via the SMTP2GO relay (mail.smtp2go.com port 2525, user mosslane-sharp) because SMTP AUTH is off in the club's tenant. Scan to folder isn't used.",
      ],
      [
        'Issues',
        "- 'Send failed': look up the send in the SMTP2GO dashboard. The free plan's 1,000 emails a month gets hit around programme season. Password in IT Glue.\n- Scans to outside addresses bounce: the sender on the Sharp must be the verified scanner@mosslaneafc.co.uk.\n- Committee members printing from their own laptops isn't supported; they email documents to secretary@ to print.\n- Address book entries are edited in the Sharp web page (admin password in IT Glue).",
      ],
    ],
  ),
  article(
    't-mosslane-volunteer-accounts',
    'Moss Lane - volunteer and committee accounts, role mailboxes',
    mosslane,
    'Clients/Moss Lane Athletic/Accounts',
    [
      [
        'Licences',
        'Paid staff (general manager, commercial manager): Business Standard. Committee members and volunteers: Business Basic, so web and mobile Office only; no desktop Word/Excel.',
      ],
      [
        'Role mailboxes',
        'secretary@, commercial@, academy@, matchday@ and welfare@ are shared mailboxes. welfare@ is the Club Welfare Officer only (safeguarding). Academy coaches need confirmation from the Welfare Officer that their DBS is done before getting academy@ (player data).',
      ],
      [
        'Committee changes',
        'After the AGM in June: remove outgoing role-holders from the shared mailboxes and add the new ones. Requests only from the Club Secretary, Linda Marsh.',
      ],
      [
        'Personal devices',
        'Volunteers use their own devices. Conditional Access requires MFA and blocks desktop apps and sync on unmanaged devices; they use Outlook mobile or the browser.',
      ],
    ],
  ),
];
