/**
 * Set P: a blind labelled KB set, written without reading the search code or any other set.
 * Northpoint Technology Partners, a Des Moines MSP documenting in Hudu, and four clients: a dental group, a law firm, a construction company and a church.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_P_CLIENTS = {
  prairie: 'Prairie Smiles Dental Group',
  hollister: 'Hollister & Vance LLP',
  redline: 'Redline Builders Inc.',
  graceHarbor: 'Grace Harbor Community Church',
} as const;

const { prairie, hollister, redline, graceHarbor } = SET_P_CLIENTS;

export const SET_P_ARTICLES: readonly BenchArticle[] = [
  // ── Microsoft 365: Outlook / Exchange Online ─────────────────────────────────────────────
  article(
    'p-outlook-password-prompt-loop',
    'Outlook keeps prompting for credentials (modern auth loop)',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Outlook for Microsoft 365 shows "Need Password" in the status bar, or a Windows Security box "Connecting to user@domain.com" keeps reappearing. Typing the correct password does not stop it. Mail will not send or receive in the desktop app, but Outlook on the web works. Common right after a password change or after the PC was re-joined to Entra ID.',
      ],
      [
        'Cause',
        'Stale tokens cached in Windows Credential Manager or the Microsoft.AAD.BrokerPlugin, a duplicate work account under Access work or school, or an old registry value forcing basic authentication (EnableADAL=0).',
      ],
      [
        'Fix',
        '1. Close Outlook and Teams completely.\n2. Control Panel > Credential Manager > Windows Credentials: remove every entry starting with MicrosoftOffice16_Data and any msteams entries.\n3. Settings > Accounts > Access work or school: if the same account is listed twice, disconnect the duplicate (never the "Connected to <tenant> Azure AD" join).\n4. Check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity and delete EnableADAL or DisableADALatopWAMOverride if present.\n5. Reopen Outlook, sign in through the web-style sign-in window and complete MFA.\n6. Still looping: File > Office Account > Sign out, restart the PC, sign back in.',
      ],
      [
        'Escalate',
        'If the loop follows the user to every device, check the Entra sign-in logs for failures; it may be a conditional access block or a compromised account.',
      ],
    ],
  ),
  article(
    'p-outlook-search-not-working',
    'Outlook search returns nothing or only recent mail',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Searching in Outlook shows "We couldn\'t find what you\'re looking for" for mail that clearly exists, or "Search results may be incomplete because items are still being indexed". Sometimes only the last 12 months of mail can be found.',
      ],
      [
        'Cause',
        'The Windows Search index is damaged or does not include Outlook, or the cached-mode slider limits how much mail is stored locally (default "Download email for the past: 1 year").',
      ],
      [
        'Fix',
        '1. In Outlook: Search tab > Search Tools > Indexing Status. If items remain to be indexed, leave the PC on and Outlook open.\n2. Control Panel > Indexing Options > Modify: make sure Microsoft Outlook is ticked.\n3. Indexing Options > Advanced > Rebuild. This can take several hours on a large mailbox.\n4. Check services.msc: Windows Search must be Running and Automatic (Delayed Start).\n5. For older mail: File > Account Settings > Account Settings > double-click the account > move the "Download email for the past" slider to All, or click "Click here to view more on Microsoft Exchange" at the bottom of a folder.\n6. Quick workaround while indexing: Outlook on the web (outlook.office.com) searches on the server and finds everything.',
      ],
    ],
  ),
  article(
    'p-outlook-profile-rebuild',
    'Outlook hangs on Loading Profile: rebuild profile and OST',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Outlook hangs on the splash screen at "Loading Profile" or "Processing", crashes right after opening, folders stop updating, or shows "Cannot start Microsoft Outlook. Cannot open the set of folders. The file ...ost is not an Outlook data file (.pst)".',
      ],
      ['Cause', 'A corrupt OST cache file or a damaged mail profile; less often a crashing add-in.'],
      [
        'Fix',
        '1. Win+R > outlook.exe /safe. If it opens in safe mode, disable COM add-ins under File > Options > Add-ins and retest.\n2. Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it Outlook2 and add the account (autodiscover fills the settings).\n3. Select "Always use this profile" > Outlook2 and open Outlook. Let the mailbox fully sync.\n4. Once the new profile works, rename the old OST in %LOCALAPPDATA%\\Microsoft\\Outlook to .old and delete the old profile.\n5. Re-add shared mailboxes that are not automapped. Signatures in %APPDATA%\\Microsoft\\Signatures carry over.',
      ],
      [
        'Warning',
        'Never delete PST files. Local archive PSTs have to be re-attached in the new profile with File > Open & Export > Open Outlook Data File.',
      ],
    ],
  ),
  article(
    'p-shared-mailbox-setup',
    'Grant access to a shared mailbox (Full Access and Send As)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Request',
        'A user needs to read and reply from a shared address such as info@, office@ or billing@, or gets "You do not have the permission to send the message on behalf of the specified user" when sending from it.',
      ],
      [
        'Fix',
        '1. Exchange admin center (admin.exchange.microsoft.com) > Recipients > Mailboxes > select the shared mailbox > Delegation.\n2. Read and manage (Full Access) > Edit > Add members: lets the user open the mailbox.\n3. Send as > Edit > Add members: lets the user send as the shared address. Use Send on behalf only if the client wants "on behalf of" to show.\n4. Automapping adds the mailbox to Outlook desktop within about 60 minutes and a restart. In Outlook on the web: right-click Folders > Add shared folder or mailbox.\n5. To send from it: new message > Options > Show From, then pick the shared address in the From field.\n6. Sent items land in the sender\'s own Sent Items unless you run Set-Mailbox info -MessageCopyForSentAsEnabled $true.',
      ],
      [
        'Notes',
        'A shared mailbox needs no license below 50 GB. Removing Full Access can take several hours to disappear from Outlook because of the cached automapping.',
      ],
    ],
  ),
  article(
    'p-mailbox-full-online-archive',
    'Mailbox full: quota warnings and turning on the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        '"Your mailbox is almost full", "Your mailbox is full and can no longer send messages", or senders receive an NDR "554 5.2.2 mailbox full" when emailing the user.',
      ],
      [
        'Cause',
        'Business Basic, Standard and Premium mailboxes are capped at 50 GB. Recoverable Items also counts toward the warning on some plans.',
      ],
      [
        'Fix',
        '1. Check size in Outlook: File > Tools > Mailbox Cleanup, or in the Exchange admin center > mailbox > Mailbox usage.\n2. Enable the archive: Exchange admin center > Recipients > Mailboxes > user > Others > Manage mailbox archive > Enabled. Business plans include a 50 GB archive.\n3. The default retention policy moves items older than 2 years into the archive. To kick it off now run Start-ManagedFolderAssistant -Identity user@domain.com.\n4. Have the user empty Deleted Items and sort folders by size to remove large attachments.\n5. The archive shows in Outlook as "Online Archive - user@domain.com" after a restart.',
      ],
      [
        'Escalate',
        'Mailboxes needing more than 100 GB need Exchange Online Plan 2 or the Exchange Online Archiving add-on: send to the account manager.',
      ],
    ],
  ),
  article(
    'p-email-quarantine-release',
    'Expected email never arrived: message trace and Defender quarantine',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'A vendor, bank or client says they sent a message but it is not in the Inbox or Junk Email. The user may also get a notice from quarantine@messaging.microsoft.com: "You have messages in quarantine" / "Review these messages".',
      ],
      [
        'Fix',
        '1. Exchange admin center > Mail flow > Message trace > Start a trace: sender address, last 2 days. Look at the Status: Delivered, Quarantined, FilteredAsSpam or Failed.\n2. Quarantined: Microsoft Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine. Preview the message, then Release > release to the recipient and tick "Report messages to Microsoft".\n3. Messages quarantined as High confidence phish or malware can only be released by an admin; check with the security lead first.\n4. If a sender is blocked repeatedly, add an allow entry in Policies > Tenant Allow/Block Lists (Domains & addresses). Do not create transport rules that bypass filtering.\n5. Status Delivered but the user cannot see it: check Inbox rules, the Focused Inbox "Other" tab and the Deleted Items folder.',
      ],
      [
        'Notes',
        'If the trace shows nothing at all, the message never reached Microsoft 365. Ask the sender for the bounce (NDR) they received.',
      ],
    ],
  ),
  // ── Microsoft 365: Teams / OneDrive / SharePoint / licensing ────────────────────────────
  article(
    'p-teams-cache-reset',
    'Teams will not load, white screen or sign-in loop: reset the Teams cache',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'Teams sits on the loading dots or a blank white window, shows "We\'re sorry—we\'ve run into an issue", chats and presence stop updating, or sign-in fails with caa7000a or 0xCAA20003. Often after a Teams update or switching from classic to new Teams.',
      ],
      [
        'Fix',
        '1. Right-click the Teams icon in the system tray > Quit.\n2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Alternatively delete %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams.\n3. Classic Teams: delete the folder %APPDATA%\\Microsoft\\Teams.\n4. Remove any msteams or Teams entries in Credential Manager.\n5. Confirm the PC clock and time zone are correct; a wrong clock breaks token sign-in.\n6. Start Teams and sign in.',
      ],
      [
        'Escalate',
        'If teams.microsoft.com in a browser fails too, the problem is the account: check that a Teams license is assigned in the Microsoft 365 admin center.',
      ],
    ],
  ),
  article(
    'p-teams-meeting-audio',
    'No sound or microphone not working in Teams calls',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'Others cannot hear the user in a Teams call or meeting, or the user hears nothing, while the headset works in other apps. Teams may show "Your microphone is muted by system settings" or "We can\'t find a microphone".',
      ],
      [
        'Fix',
        '1. In the meeting: More (...) > Settings > Device settings. Pick the headset explicitly for both Speaker and Microphone instead of "Default".\n2. Outside a meeting: Teams Settings > Devices > Make a test call.\n3. Windows Settings > Privacy & security > Microphone: "Let desktop apps access your microphone" must be On.\n4. Check the physical mute switch on the headset cable or ear cup. Update firmware with Jabra Direct or Poly Lens.\n5. Bluetooth headsets: select the "Headset" (hands-free) device, not "Headphones"/stereo, which has no microphone.\n6. Plug the USB headset directly into the laptop rather than the dock or a monitor hub.\n7. Sound control panel > device > Properties > disable audio enhancements.',
      ],
    ],
  ),
  article(
    'p-onedrive-sync-errors',
    'OneDrive sync problems: red X, sync pending, files not uploading',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        'The OneDrive cloud icon in the taskbar shows a red X or a pause symbol, files show a red circle with a white X, items sit on "Sync pending" for hours, or OneDrive reports "Can\'t sync this file" / "The file name or path is too long".',
      ],
      [
        'Cause',
        'Invalid characters in file names, paths over 400 characters, files open in another app, OneDrive signed out, or the 1 TB storage full.',
      ],
      [
        'Fix',
        '1. Click the OneDrive cloud > the gear/alert > View sync problems to see each failing item.\n2. Rename files containing " * : < > ? / \\ | or a leading/trailing space. Shorten deeply nested folder names.\n3. Close Office files that are open on another PC ("Files are in use").\n4. A grey cloud with a line through it means signed out: click it and sign in.\n5. Check storage: OneDrive > Settings > Account.\n6. Reset the client: Win+R > %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again from the Start menu. Syncing restarts without losing files.\n7. SharePoint libraries with more than 300,000 items sync poorly; use "Add shortcut to My files" on a subfolder instead.',
      ],
    ],
  ),
  article(
    'p-sharepoint-external-sharing',
    'Sharing files with people outside the organization (guest access)',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        'Sharing a file or folder fails with "Your organization\'s policies don\'t allow you to share with these users" or "This site can\'t be shared with external users". An external recipient gets a "verification code" prompt and never receives the code.',
      ],
      [
        'Fix',
        '1. Tenant level: SharePoint admin center > Policies > Sharing. SharePoint and OneDrive must allow at least "New and existing guests".\n2. Site level: Sites > Active sites > select the site > Settings > External file sharing. Sites cannot be more permissive than the tenant.\n3. Teams-connected sites also need guest access allowed in the Teams admin center.\n4. External people without a Microsoft account receive a one-time passcode from no-reply@notify.microsoft.com: ask them to check junk and quarantine on their side.\n5. Domain allow/deny lists live under Policies > Sharing > More external sharing settings.\n6. Anyone links and link expiry follow the tenant policy (we default to 30 days).',
      ],
      [
        'Escalate',
        "Turning on external sharing for a tenant or site needs written approval from the client's primary contact; record it on the client's Hudu page.",
      ],
    ],
  ),
  article(
    'p-office-unlicensed-product',
    'Office apps show "Unlicensed Product" or an Account Notice banner',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        'A red bar in Word, Excel or Outlook: "UNLICENSED PRODUCT Most features of Word have been disabled because it hasn\'t been activated", a yellow "Account Notice: There\'s a problem with your account", or "We couldn\'t verify your subscription". Documents open read-only.',
      ],
      [
        'Cause',
        'The user has no license that includes desktop Office (Business Basic, F3 and Exchange-only plans do not), the app is signed in with a personal Microsoft account, the license was removed at renewal, or the user hit the 5-PC install limit.',
      ],
      [
        'Fix',
        "1. Microsoft 365 admin center > Users > Active users > user > Licenses and apps: needs Business Standard, Business Premium, E3 or Microsoft 365 Apps for business.\n2. In the app: File > Account. Check which account is signed in; sign out of personal accounts.\n3. Clear activation: close Office, delete %LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Licensing, reopen and sign in. Microsoft Support and Recovery Assistant can also reset activation.\n4. Install limit: user signs in to myaccount.microsoft.com > Install apps > Devices and signs out old computers.\n5. If a new license has to be bought, open a procurement request with the client's approver.",
      ],
    ],
  ),
  // ── Identity: Entra ID / MFA / conditional access ───────────────────────────────────────
  article(
    'p-mfa-reregister-new-phone',
    'Re-register Microsoft Authenticator after a new or lost phone',
    null,
    'Identity/MFA',
    [
      [
        'Symptoms',
        'The user replaced or lost their phone. Sign-in asks to "Approve sign in request" on a device they no longer have, or the Authenticator app on the new phone is empty. Work accounts do not come across with an iPhone or Android transfer.',
      ],
      [
        'Fix',
        '1. Verify identity: call back on the number in Hudu or the client directory, never a number given in the ticket or email.\n2. Entra admin center > Users > user > Authentication methods. Delete the old Microsoft Authenticator entry, or click Require re-register multifactor authentication.\n3. If the user cannot sign in at all, add a Temporary Access Pass (Authentication methods > Add authentication method > Temporary Access Pass, 1 hour, one-time use) and read it to them.\n4. User goes to https://aka.ms/mfasetup > Add sign-in method > Authenticator app, and scans the QR code with the new phone.\n5. Set the default sign-in method to app notification and test a sign-in in a private browser window.',
      ],
      [
        'Notes',
        'Authenticator cloud backup restores personal accounts only. Work accounts must always be re-registered. Do not reset methods based on an email request alone.',
      ],
    ],
  ),
  article(
    'p-conditional-access-blocked',
    'Sign-in blocked by conditional access (AADSTS53003 / 53000)',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        '"You can\'t get there from here. This application contains sensitive information and can only be accessed from..." with error AADSTS53003, or "Your device is required to be managed to access this resource" / AADSTS53000. Typical when traveling abroad, signing in from a home PC or a new personal device, or using an old mail app.',
      ],
      [
        'Fix',
        '1. Entra admin center > Monitoring > Sign-in logs. Find the failure; the Conditional Access tab names the policy that blocked it.\n2. Country block (policy "Block non-US sign-ins"): for approved travel, add the user to the CA-Travel-Exclusion group with an end date in the group description. Requires approval from the client contact.\n3. Unmanaged or non-compliant device: the user must use a company device, or use the browser-only experience if the client allows it. See the Intune compliance article for company devices.\n4. Legacy authentication blocked: old phone mail apps using basic auth will not work; install Outlook mobile.\n5. Use the What If tool in Conditional Access to confirm the fix before telling the user to retry.',
      ],
    ],
  ),
  article(
    'p-password-reset-and-lockout',
    'Forgotten or expired password and locked accounts',
    null,
    'Identity/Accounts',
    [
      [
        'Symptoms',
        '"Your account has been locked. Contact your support person to unlock it, then try again" (AADSTS50053), "Your password has expired and must be changed", or at the Windows sign-in screen "The referenced account is currently locked out and may not be logged on to".',
      ],
      [
        'Fix',
        '1. Self-service: users with registered methods reset at https://aka.ms/sspr.\n2. Cloud-only users: Microsoft 365 admin center > Users > Active users > Reset password.\n3. Hybrid (on-prem AD): reset in Active Directory Users and Computers, tick Unlock account on the Account tab, then sync with Start-ADSyncSyncCycle -PolicyType Delta on the Entra Connect server.\n4. Repeated lockouts mean something keeps trying the old password: a phone mail app, a mapped drive with saved credentials, or a second PC. Find the source in the Entra sign-in logs or the DC security log (event 4740).\n5. Laptops off the network keep the cached old password. The user signs in with the old password, connects to the office (VPN or on-site), then locks and unlocks Windows with the new one.',
      ],
    ],
  ),
  // ── Intune / Autopilot ──────────────────────────────────────────────────────────────────
  article(
    'p-autopilot-enrollment-errors',
    'Autopilot setup fails on a new or reset laptop',
    null,
    'Endpoints/Intune & Autopilot',
    [
      [
        'Symptoms',
        'During first-time setup (OOBE) the user sees "Something went wrong" with 80180014 or 0x80180018, "Your organization\'s device limit has been reached" (801c0003), or the Enrollment Status Page sits on "Apps (0 of 6 installed)" until it times out.',
      ],
      [
        'Fix',
        '1. 80180014: the device is already known. In Intune > Devices > All devices delete the stale record, and check Devices > Enrollment restrictions is not blocking personally owned Windows devices.\n2. 801c0003: user device limit. Remove old devices from the user in Entra, or raise the limit under Devices > Device settings.\n3. Confirm the hardware hash is imported: Intune > Devices > Windows > Enrollment > Devices, profile status "Assigned". If missing, press Shift+F10 in OOBE and run Get-WindowsAutopilotInfo -Online.\n4. ESP app timeout: check which app failed on the device record > Managed apps. Fix or unassign it, then reset the PC (Shift+F10 > systemreset -factoryreset).\n5. Use a wired connection or the staff SSID; guest Wi-Fi with a splash page breaks enrollment.',
      ],
    ],
  ),
  article(
    'p-intune-noncompliant-device',
    'Device not compliant in Intune / Company Portal',
    null,
    'Endpoints/Intune & Autopilot',
    [
      [
        'Symptoms',
        'Company Portal says "Can\'t access company resources" or "Check status", Outlook and Teams stop working on a company laptop, Intune shows the device as Not compliant.',
      ],
      [
        'Cause',
        'One of the compliance settings fails: BitLocker off, Windows build below the minimum, Microsoft Defender real-time protection off, firewall off, or the device has not checked in for 30 days.',
      ],
      [
        'Fix',
        '1. On the device: Company Portal > Devices > this PC > Check status. It lists the failing setting.\n2. In Intune: Devices > device > Device compliance > policy > the setting in error.\n3. BitLocker off: turn on via Settings > Privacy & security > Device encryption, or let the Intune disk encryption policy apply after a reboot.\n4. OS too old: run Windows Update to the minimum build.\n5. Force a check-in: Settings > Accounts > Access work or school > account > Info > Sync, or Sync from the Intune device record.\n6. Compliance re-evaluates within about 15 minutes; conditional access lets the device back in after that.',
      ],
    ],
  ),
  // ── Windows endpoints ───────────────────────────────────────────────────────────────────
  article(
    'p-windows-update-failures',
    'Windows Update fails or loops on "Undoing changes"',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        '"We couldn\'t complete the updates. Undoing changes. Don\'t turn off your computer" on every restart, updates stuck at 0% or "Working on updates 30%", "Some update files are missing or have problems", error codes 0x800f0922, 0x80073712 or 0x8024a105. Patch status in NinjaOne shows Failed.',
      ],
      [
        'Fix',
        '1. Free space: at least 20 GB free on C:.\n2. Elevated prompt: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.\n3. Reset update components: net stop wuauserv, bits, cryptsvc; rename C:\\Windows\\SoftwareDistribution and C:\\Windows\\System32\\catroot2 to .old; start the services again.\n4. 0x800f0922: disconnect any VPN during install; also caused by a full System Reserved/EFI partition.\n5. Install the failing KB manually from the Microsoft Update Catalog.\n6. Boot loop: WinRE > Troubleshoot > Advanced options > Uninstall Updates > Uninstall latest quality update.',
      ],
      [
        'Escalate',
        'If three or more machines at one client fail the same KB, raise it with the patching team in NinjaOne.',
      ],
    ],
  ),
  article('p-temporary-profile', 'User signed in with a temporary profile', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'After signing in the desktop is empty and a notification says "We can\'t sign in to your account. This problem can often be fixed by signing out of your account and then signing back in... You\'ve been signed in with a temporary profile." Files appear missing.',
    ],
    [
      'Cause',
      'The profile failed to load: the ProfileList registry key has a .bak duplicate, antivirus locked NTUSER.DAT at sign-in, or disk errors.',
    ],
    [
      'Fix',
      "1. Tell the user not to save anything: the temp profile is deleted at sign-out. Their files are still in C:\\Users\\username.\n2. Restart once; sometimes the lock clears.\n3. Sign in as a local admin (LAPS). Open regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.\n4. Find the user's SID. If there are two keys, one ending in .bak, delete the key without .bak and remove .bak from the other. Set RefCount and State to 0.\n5. Restart and have the user sign in.\n6. If it recurs, run chkdsk /f and check the disk's SMART status in NinjaOne.",
    ],
  ]),
  article(
    'p-print-queue-stuck',
    'Print jobs stuck in the queue or printer shows Offline',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        'Documents sit in the queue as "Error - Printing" or "Spooling", the printer shows "Offline" on one PC while others print fine, or nothing comes out at all.',
      ],
      [
        'Fix',
        '1. Ping the printer\'s IP (listed on its Hudu asset). No reply means a network or printer problem: check the IP on the printer panel.\n2. Clear the spooler: services.msc > Print Spooler > Stop; delete everything in C:\\Windows\\System32\\spool\\PRINTERS; Start the service.\n3. Printer properties > Ports: WSD ports go offline when the printer\'s address changes. Add a Standard TCP/IP Port with the printer\'s IP and select it.\n4. If Windows wrongly shows Offline, Configure Port > untick "SNMP Status Enabled".\n5. Open the queue > Printer menu > make sure "Use Printer Offline" and "Pause Printing" are unticked.\n6. Queues shared from a print server: restart the Print Spooler on the server after hours.',
      ],
    ],
  ),
  article(
    'p-printer-driver-admin-prompt',
    'Adding a printer asks for admin rights or fails with 0x0000011b',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        'When a user adds a printer: "Do you trust this printer?" followed by a UAC prompt for an administrator password, or "Windows cannot connect to the printer. Operation failed with error 0x0000011b" (also 0x00000bcb, 0x00000709).',
      ],
      [
        'Cause',
        'PrintNightmare hardening: Windows only lets administrators install printer drivers (RestrictDriverInstallationToAdministrators = 1), and RPC hardening for shared queues.',
      ],
      [
        'Fix',
        '1. Preferred: push the printer with the NinjaOne "Deploy printer" script or an Intune printer policy so no user install is needed.\n2. A technician installs the driver once with the LAPS admin account; after that the user can connect without prompts.\n3. Use the vendor universal driver (HP Universal Print Driver, Kyocera KX, Canon Generic Plus UFR II) to keep one driver per site.\n4. 0x0000011b on a shared queue: install the driver locally and add the printer directly by IP as a Standard TCP/IP port.\n5. Do not turn the hardening off to make the prompt go away.',
      ],
    ],
  ),
  article(
    'p-bitlocker-recovery-key',
    'BitLocker recovery screen at startup: finding the key',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        'A blue screen at power-on: "BitLocker recovery. Enter the recovery key for this drive" with a Recovery key ID. Usually after a BIOS/firmware update, a TPM reset, a motherboard repair or a change of dock.',
      ],
      [
        'Fix',
        "1. Ask the user for the first 8 characters of the Key ID shown on screen.\n2. Verify the caller's identity before giving out any key.\n3. Find the key: Entra admin center > Devices > All devices > device > BitLocker keys > Show recovery key; or Intune > device > Recovery keys; or AD Users and Computers > computer > BitLocker Recovery tab for domain-joined PCs.\n4. Read the 48-digit key in the eight groups of six digits.\n5. After Windows starts, stop it recurring: manage-bde -protectors -disable C: -RebootCount 1 before the next firmware update, and confirm Secure Boot is on.",
      ],
      [
        'Escalate',
        'If no key is escrowed anywhere, the data cannot be recovered. Escalate to the service manager before telling the user.',
      ],
    ],
  ),
  article('p-slow-computer-triage', 'Slow computer: first-call triage', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'PC is slow to start, apps freeze or show "Not responding", the fan runs loud, Task Manager shows disk or CPU at 100%.',
    ],
    [
      'Fix',
      '1. Task Manager > Performance > CPU > Up time. More than a week: restart (Fast Startup means "shut down" does not reset it).\n2. Task Manager > Processes: sort by CPU, Memory and Disk to find the culprit.\n3. Task Manager > Startup apps: disable vendor updaters and anything not needed at startup.\n4. Keep at least 15% of the disk free: Settings > System > Storage > Temporary files, or Disk Cleanup.\n5. Look for a second antivirus (McAfee or Norton trial left from the factory) next to SentinelOne and uninstall it.\n6. Browsers with dozens of tabs easily use 6+ GB of RAM on an 8 GB machine.\n7. Check NinjaOne for a spinning hard drive or SMART warnings; disk errors become a hardware ticket.',
    ],
  ]),
  // ── Networking ──────────────────────────────────────────────────────────────────────────
  article(
    'p-wifi-corporate-connect',
    'Laptop will not connect to the office Wi-Fi',
    null,
    'Networking/Wi-Fi',
    [
      [
        'Symptoms',
        '"Can\'t connect to this network", Windows keeps asking for a username and password on the staff SSID, or the laptop joins the guest network but not the staff one. Other devices in the same room are fine.',
      ],
      [
        'Cause',
        'Staff SSIDs at most clients use WPA2-Enterprise (802.1X) with a certificate pushed by Intune. An expired certificate, a stale saved profile or an outdated driver breaks it.',
      ],
      [
        'Fix',
        '1. Settings > Network & internet > Wi-Fi > Manage known networks > select the staff SSID > Forget. Reconnect.\n2. If it asks for a username and password it did not ask for before, the certificate profile is missing: Sync from Access work or school, then check certlm.msc / certmgr.msc for a valid client certificate.\n3. Run netsh wlan show wlanreport and open the HTML report to see the failure reason.\n4. Update the Wi-Fi driver (Intel PROSet) from the vendor support tool.\n5. Turn off "Random hardware addresses" for the SSID if the client uses MAC filtering.\n6. Check the airplane mode key or hardware Wi-Fi switch.',
      ],
    ],
  ),
  article(
    'p-forticlient-vpn-errors',
    'Remote access VPN will not connect (FortiClient and general checks)',
    null,
    'Networking/VPN',
    [
      [
        'Symptoms',
        'FortiClient VPN shows "Credential or SSLVPN configuration is wrong (-7200)", stops at 98% with "Unable to establish the VPN connection (-14)", or "The VPN server may be unreachable (-5)". Built-in Windows VPN: "error 809".',
      ],
      [
        'Fix',
        "1. Make sure the internet works first: hotel and airport Wi-Fi need the browser sign-in page accepted before any VPN will connect.\n2. -7200: wrong or expired password, or the user is not in the SSL-VPN group on the FortiGate. Reset or add as needed.\n3. Stuck at 98%: uninstall and reinstall FortiClient VPN-only in the version listed in Hudu; disable other VPN clients; check the fortissl adapter in Network Connections is enabled.\n4. -5: check the remote gateway name and port (443 vs 10443) against the client's Hudu VPN page.\n5. MFA push: approve within 60 seconds.\n6. Windows error 809 on L2TP: set HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 and restart.\n7. Connected but cannot reach drives: try the server by IP; if that works it is split-tunnel DNS.",
      ],
    ],
  ),
  article(
    'p-dns-site-wont-load',
    'A website will not load: "server IP address could not be found"',
    null,
    'Networking/DNS',
    [
      [
        'Symptoms',
        'Browser shows "This site can\'t be reached. ...\'s server IP address could not be found" or DNS_PROBE_FINISHED_NXDOMAIN for one or a few sites. The same site works on a phone using cellular data.',
      ],
      [
        'Fix',
        '1. Try another browser and a private window to rule out cache and extensions.\n2. Command prompt: ipconfig /flushdns, then nslookup site.com. Compare with nslookup site.com 8.8.8.8.\n3. If the office DNS server (usually the domain controller) fails but 8.8.8.8 answers, check DNS Manager > server > Properties > Forwarders and that the DNS Server service is running.\n4. A branded block page instead of an error means the DNS or web filter blocked it: see the web filter article.\n5. Check C:\\Windows\\System32\\drivers\\etc\\hosts for old entries.\n6. If no site loads at all, it is an internet outage: check the firewall and ISP status.',
      ],
    ],
  ),
  article(
    'p-apipa-no-ip-address',
    'No network: PC has a 169.254.x.x address (DHCP)',
    null,
    'Networking/DHCP',
    [
      [
        'Symptoms',
        'Network icon shows a globe or "No internet", "Unidentified network", and ipconfig shows a 169.254.x.x address. Sometimes many PCs at a site at once.',
      ],
      [
        'Fix',
        "1. One PC: check the cable and link lights, then ipconfig /release and ipconfig /renew. If still failing: netsh int ip reset and restart.\n2. Many PCs: the DHCP server is down or out of addresses. Check the DHCP service on the DC or the firewall's DHCP server. DHCP console > Scope > Address Leases: if full, delete BAD_ADDRESS leases, shorten the lease time, or widen the scope.\n3. Wall jack dead after a desk move: test with a known-good cable. If there is no link light, find the patch panel port and check the switch port status in the UniFi or Meraki dashboard (disabled port, wrong VLAN).\n4. Addresses from an unexpected range (192.168.0.x) mean a rogue DHCP server: someone plugged in a home router.",
      ],
    ],
  ),
  article(
    'p-web-filter-block-request',
    'Website blocked by the web filter: checking and requesting an exception',
    null,
    'Networking/Firewall',
    [
      [
        'Symptoms',
        'Instead of the site the user sees "FortiGuard Intrusion Prevention - Access Blocked. Web Page Blocked!" with a category (Newly Registered Domain, Streaming Media, Social Networking), or a DNSFilter block page. The site works at home.',
      ],
      [
        'Fix',
        '1. Ask for a screenshot of the block page: it shows the category and URL.\n2. Look up the category at fortiguard.com/webfilter.\n3. Legitimate business site: FortiGate > Security Profiles > Web Filter > Static URL Filter > Create New, URL *.site.com, Type Wildcard, Action Exempt.\n4. Whole categories (YouTube, social media, streaming) are a client policy decision: get approval from the client contact listed in Hudu before changing the category action.\n5. DNSFilter clients: Policies > the site policy > Allow list.\n6. Wrongly categorized site: submit a rating change at fortiguard.com.\n7. "Your connection isn\'t private" only at the office means SSL inspection: the FortiGate CA certificate is missing on that PC.',
      ],
    ],
  ),
  // ── Line-of-business apps ───────────────────────────────────────────────────────────────
  article(
    'p-quickbooks-multi-user-errors',
    'QuickBooks Desktop multi-user errors H202 / H505 / 6123',
    null,
    'Line of Business/QuickBooks',
    [
      [
        'Symptoms',
        '"This company file is on another computer, and QuickBooks needs some help connecting" (H202 or H505), "Error -6123, 0", or only one person at a time can open the company file.',
      ],
      [
        'Fix',
        '1. On the server holding the .QBW: open QuickBooks Database Server Manager > Scan Folders > scan the company file folder.\n2. services.msc: QuickBooksDBxx (xx = year, e.g. QuickBooksDB34 for 2024) must be Running.\n3. Firewall on the server: allow QuickBooks ports shown in Database Server Manager > Port Monitor (8019, 56728, 55378-55382).\n4. On workstations: File > Utilities > Stop Hosting Multi-User Access. Only the server hosts.\n5. Open the file through the UNC path (\\\\server\\share\\Company.QBW) or the same mapped drive letter on every PC.\n6. QuickBooks Tool Hub > Network Issues > QuickBooks File Doctor.\n7. Every PC must run the same release: press F2 to compare, update with Help > Update QuickBooks Desktop.',
      ],
    ],
  ),
  article(
    'p-dentrix-workstation-db-connection',
    'Dentrix workstation cannot connect to the database server',
    null,
    'Line of Business/Dental',
    [
      [
        'Symptoms',
        'Dentrix G7 on an operatory or front desk PC shows "Unable to connect to the database" or "Could not connect to the Dentrix database server", the login box never appears, or Dentrix opens but Appointment Book and Family File are empty.',
      ],
      [
        'Fix',
        '1. If every PC fails: on the Dentrix server confirm the SQL Server (DTXSQL) service and the Dentrix services are running; restart them, then reopen Dentrix on one workstation.\n2. If one PC fails: ping the server by name. If name resolution fails, check DNS or the hosts entry.\n3. Run the Dentrix Server Tool / Connection Utility on the workstation and confirm it points at the correct server name (it breaks after a server rename or replacement).\n4. Windows Firewall on the server must allow SQL Server (TCP 1433) and the Dentrix ports.\n5. After a Dentrix update, all workstations must be updated to the same version; a workstation on an older build cannot connect.',
      ],
      [
        'Escalate',
        "Database errors or corrupted tables: open a case with Dentrix (Henry Schein One) support with the practice's customer number from Hudu.",
      ],
    ],
  ),
  article(
    'p-acrobat-license-and-default-pdf',
    'Adobe Acrobat sign-in/licensing problems and default PDF app',
    null,
    'Line of Business/Adobe',
    [
      [
        'Symptoms',
        'Acrobat Pro keeps asking the user to sign in, says "Your trial has expired", or has fallen back to Reader features (Edit PDF and Organize Pages missing). PDFs open in Microsoft Edge or Chrome instead of Acrobat.',
      ],
      [
        'Fix',
        '1. Adobe Admin Console (adminconsole.adobe.com) > Users: the user must be assigned the Acrobat Pro product profile. Licenses are named-user.\n2. In Acrobat: Menu > Sign out. Sign in with the work email and choose "Company or School Account" if prompted.\n3. "Trial expired" means Acrobat was signed in with a personal Adobe ID or no license is assigned.\n4. If only Acrobat Reader is installed, deploy the Acrobat Pro package from NinjaOne; the unified app unlocks Pro features after sign-in.\n5. Default app: in Acrobat, Menu > Preferences > General > Select As Default PDF Handler, or Settings > Apps > Default apps > .pdf > Adobe Acrobat. Edge sometimes takes the association back after a Windows feature update.',
      ],
    ],
  ),
  article(
    'p-onscreen-takeoff-license',
    'On-Screen Takeoff: license errors and locked bids',
    null,
    'Line of Business/Construction',
    [
      [
        'Symptoms',
        'On-Screen Takeoff (ConstructConnect) shows "No available licenses" or "This license is in use on another computer" on a new estimator PC, or a bid on the server share will not open: "The bid is locked by another user".',
      ],
      [
        'Fix',
        "1. Licenses are per seat. On the old PC: Help > License > Deactivate, then activate on the new PC with the license key from the client's Hudu software page. If the old PC is dead, ConstructConnect support can release the seat.\n2. Locked bid: confirm no one has it open. Stale locks stay after a crash or VPN drop; close OST everywhere and delete the .lck file next to the bid folder on the share.\n3. Very slow with large plan sets: Tools > Options > clear the image cache, and keep plan PDFs local while working.\n4. Keep every estimator on the same OST version; newer versions upgrade the bid format.",
      ],
    ],
  ),
  // ── Security incidents ──────────────────────────────────────────────────────────────────
  article(
    'p-phishing-clicked-link',
    'User clicked a link or opened an attachment in a suspicious email',
    null,
    'Security/Incidents',
    [
      [
        'Report',
        'A user reports an email ("you have a new voicemail", "shared document", "invoice overdue", fake DocuSign) where they clicked a link, opened an .htm/.html attachment, or typed their password into a Microsoft-looking page.',
      ],
      [
        'Fix',
        '1. Thank the user and establish exactly what happened: clicked only, entered credentials, downloaded or ran a file, or approved an MFA prompt.\n2. Clicked only: have them use the Report button in Outlook (Report phishing), delete the message, and run a SentinelOne full scan.\n3. Entered a password or approved an unexpected MFA prompt: treat the account as compromised and follow the compromised account response immediately.\n4. Ran a file: network-isolate the device from the SentinelOne console and escalate to the security tier.\n5. Purge the message from every mailbox: Defender portal > Explorer > filter by sender or subject > Take action > Soft delete.\n6. Block the sender domain in the Tenant Allow/Block List.',
      ],
    ],
  ),
  article(
    'p-compromised-m365-account',
    'Compromised Microsoft 365 account response',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        'Contacts receive phishing or strange messages from the user, unknown inbox rules (move everything to RSS Feeds or Archive, delete replies), sign-ins from foreign countries, MFA approval requests the user did not start, or messages in Sent Items the user did not write.',
      ],
      [
        'Fix',
        "1. Reset the password and click Revoke sessions (Entra admin center > user).\n2. Review Authentication methods; remove any phone or app the attacker added and re-register MFA with the user.\n3. Remove malicious inbox rules (Get-InboxRule) and external forwarding (ForwardingSmtpAddress).\n4. Check Enterprise applications for suspicious OAuth consents.\n5. Review sign-in logs and the unified audit log (MailItemsAccessed, New-InboxRule) to scope what was accessed.\n6. Notify the client contact. If phishing went to external contacts, send a heads-up from a clean account.\n7. Look for payment or wire change requests sent or received: escalate to the security lead and client leadership at once.\n8. Document the timeline in the client's Hudu incident log.",
      ],
    ],
  ),
  article(
    'p-edr-threat-quarantine',
    'SentinelOne or Defender popup: threat detected or file quarantined',
    null,
    'Security/Endpoint Protection',
    [
      [
        'Symptoms',
        'SentinelOne shows "Threat detected and mitigated", Windows Security says "Threats found", or a program the user just downloaded disappeared or will not start after being quarantined.',
      ],
      [
        'Fix',
        '1. Ask the user not to restore or re-download the file.\n2. SentinelOne console > Incidents > select the threat: check the file path, the process storyline and the mitigation status (Killed, Quarantined).\n3. True positive: confirm it is mitigated, run a full scan, and check whether the same hash appears on other endpoints. Remove browser extensions or PUPs that came with it.\n4. Suspected false positive on a business application: mark as false positive only after the security lead approves; create exclusions by hash, never by whole folder.\n5. Follow the remediation steps from a Huntress incident report if one was generated.\n6. Signs of ransomware (renamed or encrypted files, ransom note): network-isolate the endpoint and escalate as P1.',
      ],
    ],
  ),
  // ── On/offboarding ──────────────────────────────────────────────────────────────────────
  article(
    'p-new-hire-onboarding',
    'New employee onboarding (standard checklist)',
    null,
    'Processes/Onboarding',
    [
      [
        'Request',
        'A client contact asks for a new user: name, title, start date, manager, and a "model user" whose access to copy. Ask for five business days of notice; requests must come from an authorized contact listed in Hudu.',
      ],
      [
        'Steps',
        "1. Create the account: on-prem AD for hybrid clients (then Entra Connect sync) or the Microsoft 365 admin center for cloud-only. Naming follows the client's Hudu convention.\n2. Copy group memberships, distribution lists and shared mailbox access from the model user.\n3. Assign the standard license (usually Business Premium).\n4. Computer: assign a stock Autopilot laptop to the user in Intune, or reset a returned one.\n5. MFA: create a Temporary Access Pass for the first sign-in and register Authenticator with the user on day one.\n6. Line-of-business apps: follow the client's own onboarding runbook if there is one.\n7. Enroll in KnowBe4 security awareness training.\n8. Send the credentials to the manager, never to a personal email.\n9. Add the user and device to the client's Hudu contacts and assets.",
      ],
    ],
  ),
  article(
    'p-employee-offboarding',
    'Employee offboarding: disable access and hand over data',
    null,
    'Processes/Offboarding',
    [
      [
        'Request',
        'A client contact reports that an employee is leaving or was let go. Confirm the request is from an authorized contact and agree on the exact cut-off time.',
      ],
      [
        'Steps',
        '1. Block sign-in, reset the password and Revoke sessions at the cut-off time.\n2. Remove MFA methods and group memberships; hide from the address list.\n3. Convert the mailbox to a shared mailbox, give the manager Full Access, and set an auto-reply or forwarding as the client asks.\n4. OneDrive: Microsoft 365 admin center > user > OneDrive > "Get access to files" and send the link to the manager. Files are kept 30 days after the account is deleted.\n5. Remove licenses only after the mailbox conversion is complete.\n6. Collect the laptop and phone. Wipe the laptop from Intune (Wipe or Autopilot reset).\n7. Remove or reassign the desk phone extension and voicemail in the VoIP portal.\n8. Disable the user in line-of-business apps per the client runbook.\n9. Update Hudu contacts and assets.',
      ],
    ],
  ),
  // ── Backups / restores ──────────────────────────────────────────────────────────────────
  article(
    'p-restore-deleted-files',
    'Restoring deleted or overwritten files (OneDrive, SharePoint, file server)',
    null,
    'Backup & Recovery/Restores',
    [
      [
        'Request',
        'A user deleted a file or folder, a folder was dragged somewhere and is now "missing", or a spreadsheet was saved over with bad data. Ask for the exact path, file name and when it was last known good.',
      ],
      [
        'Fix',
        '1. OneDrive / SharePoint: the site or OneDrive Recycle bin keeps items 93 days (check the second-stage recycle bin too).\n2. Overwritten Office file in OneDrive/SharePoint: right-click > Version history > Restore the earlier version.\n3. Mass deletion or ransomware in OneDrive: OneDrive Settings > Restore your OneDrive to a point in the last 30 days.\n4. Windows file server: right-click the parent folder > Properties > Previous Versions (shadow copies, taken twice a day).\n5. Older than shadow copies: Datto BCDR portal > the protected server > Restore > File restore, choose the recovery point, mount it and copy the files back to the original location.\n6. Datto SaaS Protection covers Microsoft 365 data beyond the recycle bin.',
      ],
      ['Escalate', 'Anything outside retention, or a full server restore, goes to the backup lead.'],
    ],
  ),
  article(
    'p-backup-job-failed',
    'Backup failure alert triage (Datto / Veeam)',
    null,
    'Backup & Recovery/Monitoring',
    [
      [
        'Symptoms',
        'Alerts such as "Backup failed", Datto "Screenshot verification failed" or "Agent not responding", Veeam "Failed to create VSS snapshot" / "Error: VSSControl: Failed to prepare guests for volume snapshot".',
      ],
      [
        'Fix',
        '1. Check the time of the last successful backup. More than 24 hours for a server is a P2 ticket.\n2. VSS errors: on the protected machine run vssadmin list writers. Restart the service behind any failed writer (SQL Server VSS Writer, Hyper-V VSS) or reboot in the maintenance window.\n3. Datto agent not responding: restart the Datto Backup Agent Service on the protected machine and make sure ports 25566 and 25568 are open to the appliance.\n4. Repository or appliance storage full: review retention with the backup lead before deleting recovery points.\n5. Screenshot verification failed but backups succeed: usually a slow boot; raise the screenshot wait time in the agent settings and force a new screenshot.\n6. Note the job name, error text and the fix in the ticket so patterns are visible.',
      ],
    ],
  ),
  // ── Phones / MFDs ───────────────────────────────────────────────────────────────────────
  article(
    'p-yealink-phone-no-service',
    'Yealink desk phone shows "No Service" or registration failed',
    null,
    'Phones/VoIP',
    [
      [
        'Symptoms',
        'A Yealink T46U, T54W or T33G shows "No Service", "Network unavailable", a red X next to the line key, or there is no dial tone.',
      ],
      [
        'Fix',
        "1. Check the cable: the wall cable must go into the port marked Internet, and the PC into the port marked PC.\n2. Screen dark: no PoE. Try another switch port or the phone's power adapter.\n3. Menu > Status: if the IP is blank or 169.254.x.x the phone is not getting an address on the voice VLAN; check the switch port VLAN.\n4. Reboot: unplug power for 10 seconds, or Menu > Advanced (admin password in Hudu) > Reboot.\n5. Check in the hosted PBX portal that the device shows Registered and the extension is still assigned.\n6. Several phones at once: check that SIP ALG is disabled on the firewall and the internet connection is up.\n7. Only factory reset if the phone will re-provision from the provider's auto-provisioning URL.",
      ],
    ],
  ),
  article(
    'p-scan-to-email-smtp',
    'Copier scan-to-email stopped working (Microsoft 365 SMTP)',
    null,
    'Printing & Scanning/MFDs',
    [
      [
        'Symptoms',
        'The multifunction copier shows "Send Error", "SMTP authentication failed", "#801" or "Connection error" when scanning to email. Often starts after the scanner mailbox password changed or Microsoft tightened SMTP authentication.',
      ],
      [
        'Fix',
        '1. Preferred setup, SMTP relay: Exchange admin center > Mail flow > Connectors > from "Your organization\'s email server" to Office 365, identified by the office\'s static public IP. Point the copier at domain-com.mail.protection.outlook.com port 25 with no authentication.\n2. If the client has no static IP, use SMTP AUTH: smtp.office365.com port 587, STARTTLS, a dedicated scanner@ mailbox. Enable it per mailbox with Set-CASMailbox scanner@domain.com -SmtpClientAuthenticationDisabled $false and exclude the account from MFA with a named-location conditional access rule.\n3. After a password change, update the password in the copier\'s web page (address book / SMTP settings).\n4. Older copiers without TLS 1.2 need a firmware update from the copier dealer.\n5. Use the "Test connection" button in the copier web interface to confirm.',
      ],
    ],
  ),
  article('p-scan-to-folder-smb', 'Copier scan-to-folder fails (SMB)', null, 'Printing & Scanning/MFDs', [
    [
      'Symptoms',
      'Scanning to a network folder shows "Connection failed", "Unable to connect to server", "Login failed" or a code such as #A2-2, often after Windows updates on the server or a password change.',
    ],
    [
      'Fix',
      "1. Confirm the destination path (\\\\server\\Scans\\username) and that the copier uses the dedicated scanner service account, not a staff member's login. Check the service account password has not expired.\n2. Share and NTFS permissions: the scanner account needs Modify on the Scans folder.\n3. Use the server's IP or full DNS name in the copier address book if the short name does not resolve.\n4. SMB1 is disabled on all servers: update copier firmware so it supports SMB2/SMB3 and select it in the copier web interface.\n5. Windows Server 2025 and Windows 11 24H2 require SMB signing by default: enable signing on the copier or update firmware.\n6. Scanning straight to a user's PC desktop is not supported; use the server folder or scan-to-email.",
    ],
  ]),
  // ── Client: Prairie Smiles Dental Group ─────────────────────────────────────────────────
  article(
    'p-prairie-eaglesoft-server',
    'Prairie Smiles: Eaglesoft cannot reach the database (PSD-ES01)',
    prairie,
    'Clients/Prairie Smiles Dental',
    [
      [
        'Environment',
        'Eaglesoft 24 with its database on PSD-ES01 at the Ankeny office; the Urbandale office connects over the site-to-site VPN. Eaglesoft shared files live on \\\\PSD-ES01\\Eaglesoft.',
      ],
      [
        'Symptoms',
        'Eaglesoft shows "Database connection failed. Please verify that the Patterson Server is running" or "Unable to connect to database server", or sits on the splash screen at every operatory. Sometimes only one op or only Urbandale is affected.',
      ],
      [
        'Fix',
        '1. Every PC failing: RDP to PSD-ES01 and open Patterson Server Status (tray icon). If stopped, start it; if it hangs, restart the "Patterson Eaglesoft Server" service.\n2. After Windows patching the service sometimes does not start; it is set to Automatic (Delayed Start) on purpose. Do not reboot PSD-ES01 during clinic hours without approval from Denise Harlan (office manager).\n3. One op failing: ping PSD-ES01, confirm \\\\PSD-ES01\\Eaglesoft opens in Explorer, then run Eaglesoft Workstation Setup > Connection to re-point at the server.\n4. Urbandale only: the site-to-site VPN between the Meraki MX units is down. Check the Meraki dashboard VPN status.\n5. All workstations must run the same Eaglesoft version as the server.',
      ],
      [
        'Escalate',
        'Database errors: Patterson Technology Center, account number on the Prairie Smiles Hudu page.',
      ],
    ],
  ),
  article(
    'p-prairie-xray-sensor',
    'Prairie Smiles: X-ray sensor not detected in an operatory',
    prairie,
    'Clients/Prairie Smiles Dental',
    [
      [
        'Environment',
        'Each operatory has a Schick 33 intraoral sensor connected by USB to the op PC and used from Eaglesoft Advanced Imaging. Sensors are registered to a room by serial number.',
      ],
      [
        'Symptoms',
        'When the assistant starts an exposure Eaglesoft shows "Sensor not found" or "No sensor connected", the green light on the sensor\'s USB remote module is off, or the acquisition window stays grey. Often right after Windows updates or someone moved the cable.',
      ],
      [
        'Fix',
        '1. Reseat the sensor\'s USB cable directly into a rear USB port of the op PC. Never through the keyboard, a hub or the front ports.\n2. Device Manager: the sensor should appear under Imaging devices as Schick 33 USB. If it shows with a warning, uninstall the device, unplug, replug.\n3. services.msc: restart "CDR Service" (Schick).\n4. Eaglesoft > Setup > Device Configuration: check the op\'s acquisition device is the Schick 33 sensor.\n5. Power Options > USB settings > USB selective suspend: Disabled (Windows updates sometimes turn it back on).\n6. Do not swap sensors between rooms or offices.',
      ],
      ['Escalate', 'Damaged cable or sensor: Patterson imaging support, warranty details in Hudu.'],
    ],
  ),
  article(
    'p-prairie-front-desk-scanning',
    'Prairie Smiles: front desk insurance card and document scanning',
    prairie,
    'Clients/Prairie Smiles Dental',
    [
      [
        'Environment',
        "Each front desk has a Fujitsu fi-800R for insurance cards and IDs, scanning into the patient's Eaglesoft Document Center through TWAIN (PaperStream IP driver). The Brother MFC-L8900 at each front desk scans paperwork to \\\\PSD-ES01\\Scans with the svc-scan account.",
      ],
      [
        'Symptoms',
        'Eaglesoft shows "No scanner found" or "TWAIN data source not available" when acquiring a document, card images come out black or cropped, or the Brother shows "Login failed" / "Sending error" when scanning to the server folder.',
      ],
      [
        'Fix',
        '1. Eaglesoft > patient > Documents > Scan > Select Source: "PaperStream IP fi-800R". If it is missing, reinstall PaperStream IP (TWAIN x64) from \\\\PSD-ES01\\Software\\Fujitsu.\n2. Black or cropped cards: use the "Card" profile in PaperStream and clean the rollers with the cleaning sheet.\n3. Brother "Login failed": svc-scan password is in Hudu and is set never to expire; if someone changed it, update it in the Brother web page > Scan > Scan to Network Profile.\n4. For other Brother scan-to-folder errors follow the generic SMB scan article.',
      ],
    ],
  ),
  article(
    'p-prairie-new-hire',
    'Prairie Smiles: onboarding clinical and front desk staff',
    prairie,
    'Clients/Prairie Smiles Dental',
    [
      [
        'Quirks',
        'Operatory PCs are signed in with shared room accounts (ps-op1 to ps-op8) and staff sign in to Eaglesoft with their own Eaglesoft login. Front desk and office staff have their own Windows accounts.',
      ],
      [
        'Steps',
        '1. Follow the standard onboarding checklist for the Microsoft 365 account.\n2. Licensing: front desk, billing and doctors get Business Premium. Hygienists and assistants get Microsoft 365 F3: email and Teams on the web and phone only, no desktop Word or Excel. If a clinical hire needs desktop Office, the office manager must approve an upgrade.\n3. Eaglesoft user and security rights are created by Denise Harlan (office manager) in Eaglesoft Security, not by us. We only confirm the user can log in at an op.\n4. Door access badges are handled by the building, not Northpoint.\n5. HIPAA training is assigned in KnowBe4 in the "Prairie Clinical" group.\n6. Hygienists rotate between Ankeny and Urbandale: no per-office setup needed, the room accounts exist at both.',
      ],
    ],
  ),
  // ── Client: Hollister & Vance LLP ───────────────────────────────────────────────────────
  article(
    'p-hollister-netextender-vpn',
    'Hollister & Vance: remote access with SonicWall NetExtender',
    hollister,
    'Clients/Hollister & Vance',
    [
      [
        'Environment',
        'SonicWall TZ570 at the West Des Moines office. Attorneys and paralegals connect with the SonicWall NetExtender client to vpn.hollistervance.com:4433, domain HVLAW. Members of the VPN-Attorneys group only. Mobile Connect on personal devices is not allowed.',
      ],
      [
        'Symptoms',
        'NetExtender "Login failed" or "Authentication failed", a certificate warning, "NetExtender connection terminated", or connected but the P: drive and Worldox are not there.',
      ],
      [
        'Fix',
        '1. Login failed: the username is the Windows username (jsmith), not the email address; domain HVLAW; password is the Windows password. Check the user is in VPN-Attorneys.\n2. Certificate warning: the certificate should be issued to vpn.hollistervance.com. If it is expired, renew it on the SonicWall; do not tell users to click through.\n3. Connected but no drives: drives are mapped at Windows sign-in. Double-click the "Map Firm Drives" shortcut on the desktop (runs \\\\HV-FS01\\netlogon\\maps.cmd).\n4. Hotel and courthouse guest Wi-Fi often block port 4433: use a phone hotspot.\n5. Client crashes or will not install: reinstall NetExtender 10.2 from \\\\HV-FS01\\Software\\SonicWall.',
      ],
    ],
  ),
  article(
    'p-hollister-worldox-profile',
    'Hollister & Vance: Worldox save dialog missing and documents "in use"',
    hollister,
    'Clients/Hollister & Vance',
    [
      [
        'Environment',
        'Worldox GX4 document management on HV-WDX01, integrated into Word, Excel and Outlook. Client and matter lists sync from PCLaw every night at 11 PM.',
      ],
      [
        'Symptoms',
        'Word saves to Documents instead of showing the Worldox profile dialog, the Worldox tab is missing from Word or Outlook, "Document is in use by [user]", or a new matter number is not available in the profile fields.',
      ],
      [
        'Fix',
        '1. Missing integration: Word > File > Options > Add-ins > Manage COM Add-ins > Go > tick "Worldox GX4 Office Integration". If it is listed under Disabled Items, enable it there first.\n2. Still missing: run Worldox Workstation Setup from \\\\HV-WDX01\\Worldox\\Setup (repair) with Office closed.\n3. In use: check with the named person first. If they are out or their PC crashed, a Worldox admin (Carla Mendez, office manager, or Northpoint) can right-click the document > Check-In / Free document.\n4. New matter missing: it will appear after the nightly sync. If urgent, Carla adds it in Worldox Admin > Tables > Matter.',
      ],
    ],
  ),
  article(
    'p-hollister-copier-billing-codes',
    'Hollister & Vance: copier client-matter codes (Canon + PaperCut)',
    hollister,
    'Clients/Hollister & Vance',
    [
      [
        'Environment',
        'Two Canon imageRUNNER ADVANCE copiers with PaperCut MF on HV-PRINT01. Every print and copy is charged to a client-matter number (e.g. 10234-002) or to "Firm Overhead".',
      ],
      [
        'Symptoms',
        'The copier panel says "Invalid account" for a matter number, the PaperCut window asking which account to charge does not pop up on the laptop, or jobs sit in the queue and never print.',
      ],
      [
        'Fix',
        '1. Popup missing: the PaperCut client (pc-client.exe) must be running in the tray. Start it from the Start menu; if missing reinstall from \\\\HV-PRINT01\\PCClient\\win and make sure it is in Startup apps.\n2. Jobs waiting: jobs are held until released at the copier with the user\'s badge or PIN (Print Release).\n3. "Invalid account" for a brand-new matter: matter codes import from PCLaw overnight. Use Firm Overhead for now; Carla Mendez can reallocate the charges in PaperCut the next day.\n4. Paper jams, toner and hardware faults go to the Canon dealer (contract number in Hudu), not Northpoint.',
      ],
    ],
  ),
  article(
    'p-hollister-onboarding',
    'Hollister & Vance: new attorney and staff onboarding specifics',
    hollister,
    'Clients/Hollister & Vance',
    [
      [
        'Quirks',
        'Usernames are first initial + last name (jsmith) in the on-prem HVLAW domain, synced to Microsoft 365. Requests come from Carla Mendez (office manager) only.',
      ],
      [
        'Steps',
        '1. Create the AD account in OU HVLAW > Users > Attorneys or Staff and follow the standard onboarding checklist.\n2. Worldox: add the user in Worldox Admin > Users. The firm owns 25 seats; check one is free before the start date.\n3. Ethical walls: ask the managing partner whether the new hire must be walled off from any matters, and add them to the matching Worldox security group.\n4. PaperCut: the account is created automatically from AD overnight; assign a PIN for Print Release.\n5. Attorneys and paralegals only: add to VPN-Attorneys and install NetExtender.\n6. Attorneys get a Philips SpeechMike and SpeechExec Pro Dictate; the license file is in Hudu.\n7. PCLaw timekeeper setup is done by the bookkeeper, not by us.',
      ],
    ],
  ),
  // ── Client: Redline Builders Inc. ───────────────────────────────────────────────────────
  article(
    'p-redline-meraki-client-vpn',
    'Redline Builders: VPN from jobsite trailers (Meraki client VPN)',
    redline,
    'Clients/Redline Builders',
    [
      [
        'Environment',
        'Meraki MX85 at the Cedar Rapids yard office. Superintendents and PMs connect from jobsite trailers on Cradlepoint LTE routers using the Windows built-in VPN connection "Redline VPN" (L2TP/IPsec, Meraki cloud authentication). The pre-shared key is in Hudu.',
      ],
      [
        'Symptoms',
        '"The L2TP connection attempt failed because the security layer encountered a processing error" (error 789), error 809, error 691 (authentication), or connected but estimating and the file server are painfully slow.',
      ],
      [
        'Fix',
        '1. Confirm the trailer\'s Cradlepoint has LTE signal and the laptop has internet.\n2. Error 789: the pre-shared key on the laptop is wrong. Re-run the "Redline VPN profile" script from Hudu (Add-VpnConnection with the PSK).\n3. Error 809: set AssumeUDPEncapsulationContextOnSendRule = 2 (see the generic VPN article) and restart.\n4. Error 691: the user must exist in Meraki Dashboard > Security & SD-WAN > Client VPN > User management. This password is separate from Microsoft 365.\n5. Slow over VPN: do not run Sage Estimating or open large plan sets across the VPN. Use the "Redline Apps" remote desktop (RB-RDS01) instead.',
      ],
    ],
  ),
  article(
    'p-redline-sage-estimating',
    'Redline Builders: Sage Estimating cannot open estimates or the database',
    redline,
    'Clients/Redline Builders',
    [
      [
        'Environment',
        'Sage Estimating (SQL edition) with databases on RB-SQL01, instance RB-SQL01\\SAGEEST. Four estimators plus RB-RDS01 for remote use.',
      ],
      [
        'Symptoms',
        '"Cannot connect to SQL Server RB-SQL01\\SAGEEST", "The estimate is open by another user", or "The database version is newer than this version of Sage Estimating".',
      ],
      [
        'Fix',
        '1. Nobody can connect: on RB-SQL01 check the service SQL Server (SAGEEST) is running and restart it. Then open Sage Estimating Database Management Console > Connect to confirm.\n2. "Database version is newer": someone updated Sage and upgraded the database. Every estimator and RB-RDS01 must be updated to the same version; installers are in \\\\RB-FS01\\Software\\Sage. Never downgrade the database.\n3. "Open by another user": ask the estimator named. If their session died (laptop closed on VPN), remove the session in Database Management Console > Sessions.\n4. License errors: the license is held by the Sage license service on RB-SQL01; restart "Sage Estimating License Server".',
      ],
      [
        'Escalate',
        'Database corruption or failed upgrade: Sage support, customer number on the Redline Hudu page.',
      ],
    ],
  ),
  article(
    'p-redline-plotter',
    'Redline Builders: HP DesignJet plotter for plan sets',
    redline,
    'Clients/Redline Builders',
    [
      [
        'Environment',
        'HP DesignJet T830 36-inch plotter in the Cedar Rapids plan room, IP on the Hudu asset. Plans are printed from Bluebeam Revu or Acrobat.',
      ],
      [
        'Symptoms',
        'Plan sheets come out letter size or scaled down instead of 24x36 (ARCH D), large plan sets sit on "Printing" for a long time, or the plotter reports "Out of paper" with a roll loaded.',
      ],
      [
        'Fix',
        '1. Driver: use "HP DesignJet T830 HPGL2" (not the PostScript or a generic driver).\n2. Page size: in Bluebeam or Acrobat Print dialog choose the T830, Properties > Paper size ARCH D 24x36 in, Roll 1, and untick "Choose paper source by PDF page size". Set scaling to Actual size.\n3. Large plan sets: tick "Print as image" off and send in batches of 20 sheets, or drag the PDF into HP Click, which handles big files better.\n4. Stuck jobs: cancel on the plotter front panel, then clear the Windows queue (see the generic print queue article).\n5. Roll loading: front panel > Paper > Roll > Load; the paper must feed under the roller until it beeps.\n6. Ink and printheads are ordered by the office manager through the HP reseller.',
      ],
    ],
  ),
  // ── Client: Grace Harbor Community Church ───────────────────────────────────────────────
  article(
    'p-graceharbor-wifi',
    'Grace Harbor: staff, guest and booth Wi-Fi (UniFi)',
    graceHarbor,
    'Clients/Grace Harbor Church',
    [
      [
        'Environment',
        'UniFi access points managed at unifi.ui.com, site "Grace Harbor". SSIDs: GH-Staff (WPA2, staff laptops and office printers), GH-Guest (open with a welcome splash page, limited to 5 Mbps per device), GH-Booth (hidden, AV booth only).',
      ],
      [
        'Symptoms',
        'Visitors connect to GH-Guest but the welcome page never appears and they have no internet; volunteers ask which password to use; a staff laptop ended up on GH-Guest and cannot print; an AP shows offline.',
      ],
      [
        'Fix',
        '1. Splash page not showing: open a browser and go to http://neverssl.com to trigger it, then tap Accept. Private Relay on iPhones can stop the page; turn it off for GH-Guest.\n2. Volunteers always get GH-Guest. The GH-Staff password is only for church-owned devices and rotates every January; it is not given to volunteers or guests.\n3. Staff laptop on GH-Guest: Forget GH-Guest and connect to GH-Staff, otherwise printing and the office file share will not work.\n4. AP offline (Fellowship Hall AP is the usual one): in UniFi, Devices > AP > Restart, or power-cycle its PoE port on the switch.\n5. The livestream PC in the booth must stay wired.',
      ],
    ],
  ),
  article(
    'p-graceharbor-checkin-printers',
    'Grace Harbor: kids check-in stations and Dymo label printers',
    graceHarbor,
    'Clients/Grace Harbor Church',
    [
      [
        'Environment',
        'Three check-in stations (north entrance, south entrance, nursery) are Windows mini PCs running the Planning Center Check-Ins app, each with a DYMO LabelWriter 550 for name tags and parent pickup tags.',
      ],
      [
        'Symptoms',
        'Check-in works but no label prints, the Check-Ins app says "No printer found" or "Printer is not available", labels come out blank, or tags print misaligned across two labels.',
      ],
      [
        'Fix',
        '1. In Check-Ins on the station: Station settings > Printer > select "DYMO LabelWriter 550" and print a test label.\n2. Blank labels: the LabelWriter 550 only prints on genuine DYMO labels (it reads a chip in the roll). Third-party or Amazon labels print nothing. Use DYMO 30256/30252 rolls.\n3. No printer found: unplug and replug the USB cable, then reinstall DYMO Connect for Desktop and restart the station.\n4. Misaligned: DYMO Connect > the printer > Calibrate, and confirm the label size in Planning Center > Check-Ins > Labels matches the roll.\n5. Sunday emergency: in Planning Center set the broken station to print to another station\'s printer (Stations > Print to).',
      ],
    ],
  ),
  article(
    'p-graceharbor-check-scanner',
    'Grace Harbor: scanning donation checks for remote deposit',
    graceHarbor,
    'Clients/Grace Harbor Church',
    [
      [
        'Environment',
        "A Digital Check CX30 check scanner on the finance office PC (GH-FIN01), used with First Heartland Bank's Business Online remote deposit site. Only the finance secretary and treasurer have bank logins; the bank issues their tokens.",
      ],
      [
        'Symptoms',
        'The remote deposit page says "Scanner not detected" or "Ranger service is not running", the scanner feeds but no images appear, or checks jam.',
      ],
      [
        'Fix',
        '1. Use Edge or Chrome and allow pop-ups for the bank site.\n2. Check the tray for the bank\'s scanner service (Ranger Remote). If it is not running, start it from the Start menu or restart the PC.\n3. After Windows feature updates the service often breaks: download the current scanner installer from the bank\'s remote deposit "Scanner setup" page and reinstall it as admin.\n4. Jams and streaky images: run a Digital Check cleaning card through twice.\n5. Bank login, token or deposit limit problems go to First Heartland Bank treasury support; Northpoint does not manage bank accounts.',
      ],
    ],
  ),
];
