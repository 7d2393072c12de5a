/**
 * Set Q: a blind labelled KB set, written without reading the search code or any other set.
 * Ironbark IT, a Brisbane MSP documenting in IT Glue, for a private school, a freight firm, an architecture practice and a GP clinic.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_Q_CLIENTS = {
  stBrigids: "St Brigid's College Ashgrove",
  moreton: 'Moreton Bay Freightlines Pty Ltd',
  hale: 'Paddington Hale Architects',
  bulimba: 'Bulimba Family Medical Centre',
} as const;

const { stBrigids, moreton, hale, bulimba } = SET_Q_CLIENTS;

export const SET_Q_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365
  article(
    'q-outlook-disconnected-password-prompts',
    'Outlook stuck on Disconnected or repeatedly prompting for password',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Outlook desktop status bar shows "Disconnected", "Trying to connect..." or "Need Password". A Windows Security / Microsoft sign-in box keeps reappearing asking for the password, and entering the correct password does nothing. New mail arrives in Outlook on the web (outlook.office.com) and on the phone but not in desktop Outlook.',
      ],
      [
        'Cause',
        'Usually a stale token cached by the Web Account Manager after a password change or MFA reset, or a damaged Outlook profile. Less often the Work or School account connection in Windows is broken.',
      ],
      [
        'Fix',
        '1. Confirm the user can sign in to outlook.office.com. If not, this is an account problem (see the password / lockout article), not Outlook.\n2. Close Outlook. Open Credential Manager > Windows Credentials and remove every entry starting with MicrosoftOffice16_Data and any that mention the user\'s UPN.\n3. Settings > Accounts > Access work or school: if the account shows an error, select it > Disconnect, reboot and reconnect.\n4. Reopen Outlook and sign in once, approving MFA.\n5. Still failing: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, create a new profile and set "Always use this profile" to the new one. Leave the old OST in place until the new profile has fully synced.',
      ],
      [
        'Escalate',
        'If a new profile also loops, check Entra sign-in logs for the user for failures with Conditional Access or a disabled account, and pass to L2 with the log entries.',
      ],
    ],
  ),
  article(
    'q-shared-mailbox-access',
    'Shared mailbox missing from Outlook or cannot send as the shared address',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'A shared mailbox (accounts@, reception@, bookings@) is not showing in the Outlook folder pane, or it has vanished after a profile rebuild. Replies go out from the user\'s own name, or the user gets "You do not have the permission to send the message on behalf of the specified user". Sent items end up in the user\'s own Sent Items rather than the shared mailbox.',
      ],
      [
        'Cause',
        'Full Access and Send As are separate permissions. Automapping can take up to 60 minutes after Full Access is granted, and a mailbox that was also added by hand under More Settings shows twice or not at all.',
      ],
      [
        'Fix',
        '1. Get approval from the mailbox owner listed in IT Glue (Client > Shared Mailboxes) before granting access.\n2. Exchange admin centre > Recipients > Mailboxes > select the shared mailbox > Delegation. Add the user under Read and manage (Full Access) and under Send as.\n3. Wait up to an hour, then restart Outlook.\n4. If the user added it manually, remove it from File > Account Settings > Change > More Settings > Advanced to avoid duplicates.\n5. Users must pick the shared address in the From field when sending.\n6. To keep sent mail in the shared mailbox run: Set-Mailbox reception@domain -MessageCopyForSentAsEnabled $true',
      ],
    ],
  ),
  article(
    'q-mailbox-full-online-archive',
    'Mailbox full warnings and enabling the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'Outlook shows "Your mailbox is full" or "Your mailbox is almost full". The user cannot send, and external senders get a bounce with 554 5.2.2 mailbox full / quota exceeded.',
      ],
      [
        'Cause',
        'Business Basic and Business Standard mailboxes are 50 GB; Business Premium and E3 are 100 GB. Users who never delete anything hit the limit, and Recoverable Items also counts toward quota.',
      ],
      [
        'Fix',
        '1. Check the size in Exchange admin centre > Mailboxes > user > Mailbox usage.\n2. Enable the archive: select the mailbox > Others > Manage mailbox archive > Enabled. The archive is free up to 50 GB on these plans.\n3. The default MRM policy moves items older than two years to the archive. To start it now run Start-ManagedFolderAssistant -Identity user@domain. Moving can take several days on big mailboxes.\n4. The archive shows in Outlook as "Online Archive - user@domain". Nothing is deleted, so the user keeps their old mail.\n5. Quick relief: empty Deleted Items and Junk, and sort by size to find large attachments.',
      ],
      [
        'Escalate',
        'If the archive itself is nearly full, auto-expanding archiving needs Exchange Online Plan 2 or the Exchange Online Archiving add-on. Raise a quote with the account manager.',
      ],
    ],
  ),
  article(
    'q-exchange-autoforward-blocked',
    'Automatic forwarding to an external address fails with 550 5.7.520',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'A user has set an inbox rule or forwarding to a personal Gmail/Bigpond address, usually while on leave. Nothing arrives at the external address and the user gets an NDR: "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)".',
      ],
      [
        'Cause',
        'Our tenant baseline sets the outbound spam filter policy to Automatic forwarding rules = Off. External auto-forwarding is the most common way attackers keep a copy of a compromised mailbox, so it is blocked by default.',
      ],
      [
        'Fix',
        '1. Check the request is legitimate: the user created the rule themselves and has manager approval in writing. Log the approval in the ticket.\n2. Suggest alternatives first: Outlook mobile app, or a delegate in the office handling mail.\n3. If approved: Microsoft Defender portal > Email & collaboration > Policies & rules > Threat policies > Anti-spam > Create policy > Outbound. Scope it to the single user and set Automatic forwarding rules to On - Forwarding is enabled.\n4. Put an end date in the ticket and remove the user from the policy when they are back.\n5. Never turn forwarding on in the default policy.',
      ],
      [
        'Escalate',
        'If the user did not create the forwarding rule, stop and treat it as a compromised mailbox.',
      ],
    ],
  ),
  article(
    'q-teams-client-wont-load',
    'New Teams stuck loading, white screen or sign-in loop',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'Teams opens to a white or purple screen with the logo spinning and never loads. Or it loops back to the sign-in page, or shows "We\'re sorry - we\'ve run into an issue" with codes such as caa7000a, CAA20002 or 0xCAA70004.',
      ],
      [
        'Cause',
        'Corrupt local cache in new Teams, a stale sign-in token, or leftover classic Teams components after the upgrade.',
      ],
      [
        'Fix',
        '1. Check teams.microsoft.com in Edge. If the web version also fails, check Service health in the Microsoft 365 admin centre before doing anything on the PC.\n2. Quit Teams fully: right-click the tray icon > Quit.\n3. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete the contents of %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams.\n4. Remove cached credentials in Credential Manager entries containing msteams, then sign in again.\n5. If classic Teams is still installed, uninstall "Teams Machine-Wide Installer" and "Microsoft Teams classic".\n6. Reinstall new Teams from Company Portal if it still fails.',
      ],
      [
        'Escalate',
        'Loops on several PCs at one client at once: likely a Conditional Access change; pass to L2.',
      ],
    ],
  ),
  article(
    'q-onedrive-sync-errors',
    'OneDrive or SharePoint library not syncing: red X, sync pending, processing changes',
    null,
    'Microsoft 365/OneDrive and SharePoint',
    [
      [
        'Symptoms',
        'Files in File Explorer show a red circle with an X, or stay on the blue circular arrows. The OneDrive cloud icon says "Sync pending", "Processing changes" or "Sync is paused" for hours or days. Colleagues cannot see changes, or the user sees an old version of a shared file. Errors include 0x8004de40 and "The file name or path is too long".',
      ],
      [
        'Cause',
        'Path over 400 characters, invalid characters (" * : < > ? / \\ |), a file open and locked in another app, an expired sign-in, or too many files synced (over about 300,000). The same library synced twice (Sync plus Add shortcut to My files) also causes conflicts.',
      ],
      [
        'Fix',
        '1. Click the OneDrive cloud icon > View sync problems and fix each listed file: rename, shorten the folder path, close the open file.\n2. Pause syncing > Resume syncing.\n3. If sign-in has expired, the icon shows a grey cloud: sign in again.\n4. Remove duplicate syncs: a library must be either synced or a shortcut, not both.\n5. Reset: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again. It rescans but does not delete files.\n6. Last resort: Settings > Account > Unlink this PC, then sign in and re-select libraries.',
      ],
      ['Escalate', 'Very large libraries: suggest the client restructure; raise with the account manager.'],
    ],
  ),
  article(
    'q-m365-licence-unlicensed-product',
    'Office apps show Unlicensed Product or a new user has no mailbox',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        'Word/Excel show a red bar "UNLICENSED PRODUCT" or "Product Deactivated" and editing is disabled. A new starter\'s Outlook says "We couldn\'t find a mailbox for this account" or Teams says "You\'re missing out! Ask your admin to enable Microsoft Teams".',
      ],
      [
        'Cause',
        'No licence assigned, the licence pool is used up so assignment failed, or the user has Business Basic (web and mobile only, no desktop apps). A licence assigned in the last 15 minutes may still be provisioning.',
      ],
      [
        'Fix',
        '1. Microsoft 365 admin centre > Users > Active users > user > Licenses and apps. Tick the correct licence per the client standard in IT Glue.\n2. If there are none free (Billing > Licenses shows 0 available), get approval from the client contact and purchase through Pax8. Do not take a licence from another user without approval.\n3. Mailboxes provision within about 15 minutes of licensing.\n4. On the PC: in any Office app, File > Account > Sign out, close all apps, reopen and sign in.\n5. If it still says unlicensed, run the Microsoft Support and Recovery Assistant (Office activation scenario) to clear old licences.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    'q-mfa-new-phone-reregister',
    'Re-registering Microsoft Authenticator after a new, lost or reset phone',
    null,
    'Identity/MFA',
    [
      [
        'Symptoms',
        'User has a new phone, lost or broke their phone, or reset it. Sign-in asks them to approve a request or enter a number but no notification arrives, or codes from Authenticator are rejected. "We didn\'t hear from you" / "We didn\'t receive a response" after waiting.',
      ],
      [
        'Cause',
        'Authenticator push registrations are tied to the old device. Restoring an iPhone backup brings the accounts list across but work accounts need to be re-verified, and a factory reset loses them entirely.',
      ],
      [
        'Fix',
        '1. Verify identity: call the user back on the number in their IT Glue contact record, never a number given in the ticket or email.\n2. If they still have the old phone, they can add the new one themselves at aka.ms/mysecurityinfo > Add sign-in method > Authenticator app.\n3. Otherwise: Entra admin centre > Users > user > Authentication methods. Delete the old Microsoft Authenticator entry and click Require re-register multifactor authentication.\n4. Issue a Temporary Access Pass (1 hour, one-time) if they cannot get past sign-in.\n5. User opens aka.ms/mysecurityinfo, signs in with the TAP, adds Authenticator and scans the QR code.\n6. Test a sign-in with number matching.',
      ],
    ],
  ),
  article(
    'q-sspr-forgotten-password',
    'Forgotten password, expired password or account locked out',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        '"Your account or password is incorrect", "Your account is temporarily locked to prevent unauthorized use" (AADSTS50053), "Your password has expired", or at Windows sign-in "The referenced account is currently locked out and may not be logged on to".',
      ],
      [
        'Cause',
        'User forgot the password (often after leave), too many wrong attempts triggering smart lockout, or an old password saved on a phone mail app or mapped drive that keeps retrying and re-locking the account.',
      ],
      [
        'Fix',
        '1. Self-service first: the user goes to aka.ms/sspr or clicks "Forgot my password" on the sign-in page (or "Reset password" on the Windows lock screen) and verifies with their registered methods.\n2. If SSPR is not possible: verify identity with a call-back to the number in IT Glue, then Entra admin centre > Users > user > Reset password. Give a temporary password by phone and require change at next sign-in.\n3. For hybrid clients confirm password writeback is healthy so the on-prem AD password matches.\n4. Smart lockout clears itself after a minute and gets longer with repeated attempts; do not keep trying.\n5. Repeated lockouts with no wrong typing: check Entra sign-in logs for the failing client app and device (often the phone Mail app or an old laptop) and update the saved password there.',
      ],
    ],
  ),
  article(
    'q-conditional-access-blocked',
    'Sign-in blocked by Conditional Access when overseas or on a personal device',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        '"You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource." Error AADSTS53003, or AADSTS53000 "Your device is required to be managed to access this resource". Usually the user is overseas or using a home PC.',
      ],
      [
        'Cause',
        'Our baseline Conditional Access policies block sign-ins from outside Australia and New Zealand and require a compliant Intune device for desktop apps. Personal devices get browser-only access.',
      ],
      [
        'Fix',
        "1. Entra admin centre > Sign-in logs > open the failed sign-in > Conditional Access tab shows which policy blocked it.\n2. Travel: require approval from the client's authorised contact. Add the user to the CA-Travel-Exclusion group with an access review / end date matching the return date, and record the countries and dates in IT Glue. Preferably set this up before they fly.\n3. Personal device: the user should use outlook.office.com and Teams in a browser; downloads are blocked by design. Company data on personal PCs is not allowed.\n4. Remove the exclusion when the trip ends.",
      ],
      [
        'Escalate',
        'A blocked sign-in from a country where the user is not travelling is not a CA problem: treat it as a suspicious sign-in.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Intune
  article(
    'q-autopilot-enrolment-failure',
    'Autopilot build fails or hangs on the Enrollment Status Page',
    null,
    'Endpoints/Intune and Autopilot',
    [
      [
        'Symptoms',
        'A new or reset laptop sits on "Setting up your device for work" for over an hour, often at Device setup > Apps (3 of 7) or "Identifying". Errors such as 80180014, 0x800705b4 (timeout) or "Something went wrong". Or the device goes to the normal consumer out-of-box setup with no company logo or sign-in page.',
      ],
      [
        'Cause',
        'Hardware hash not imported or profile not assigned yet, a stale Intune/Entra record from a previous user, an app in the ESP blocking list failing to install, or an enrolment restriction.',
      ],
      [
        'Fix',
        '1. Intune admin centre > Devices > Windows > Windows enrollment > Devices: search the serial. Profile status must be Assigned. If missing, import the hash (the vendor or Get-WindowsAutopilotInfo) and wait for assignment.\n2. Ex-staff device: delete its old record in Intune Devices and in Entra Devices, then reset the laptop.\n3. Press Shift+F10 at OOBE to check network (ping) and time.\n4. ESP stuck on apps: check Intune > Apps > the app > Device install status for the failing app; remove it from the blocking list if it is not essential.\n5. Reset the device (Shift+F10 > systemreset -factoryreset) and try again on wired network.',
      ],
      [
        'Escalate',
        'Collect logs with mdmdiagnosticstool.exe -area Autopilot -cab c:\\temp\\ap.cab and pass to L2.',
      ],
    ],
  ),
  article(
    'q-intune-noncompliant-device',
    'Device marked not compliant in Company Portal and blocked from email',
    null,
    'Endpoints/Intune and Autopilot',
    [
      [
        'Symptoms',
        'Company Portal says "Can\'t access company resources" or the device shows Not compliant. Outlook and Teams stop working with "Your device doesn\'t meet the requirements". iPhone users get an email or notification saying the device is non-compliant.',
      ],
      [
        'Cause',
        'Compliance policy failing: BitLocker off, Windows or iOS below the minimum version, Defender real-time protection off, no device passcode on the phone, or the device has not checked in with Intune for over 30 days.',
      ],
      [
        'Fix',
        '1. Company Portal > Devices > this device > Check status. It lists exactly which setting fails.\n2. Fix that setting: run Windows Update or update iOS (Settings > General > Software Update), turn on BitLocker, set a phone passcode.\n3. Force a check-in: Company Portal > Check status / Sync, or Settings > Accounts > Access work or school > account > Info > Sync. Admins can also Sync from the device page in Intune.\n4. Compliance can take 15-30 minutes to re-evaluate; email and Teams resume after that.\n5. Device not in Company Portal at all: it was never enrolled. Enrol it or use the browser.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Windows endpoints
  article(
    'q-windows-update-failing',
    'Windows updates failing, looping or stuck on Working on updates',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        'Settings > Windows Update shows "Install error - 0x800f0922", 0x80070002 or 0x8024a105 and retries every day. The PC asks to restart repeatedly, or boots to "Undoing changes made to your computer". Or the PC sits on "Working on updates 30% - Don\'t turn off your computer" for hours. A feature update (e.g. to 24H2) never completes.',
      ],
      [
        'Cause',
        'Corrupt update cache, low disk space, a too-small recovery/System Reserved partition, or a VPN/network filter interrupting downloads.',
      ],
      [
        'Fix',
        '1. Stuck on "Working on updates" for over two hours: hold power to turn off once; Windows will usually roll back. Then continue below.\n2. Make sure C: has at least 20 GB free.\n3. Admin prompt: net stop wuauserv, net stop bits, rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old, net start wuauserv, net start bits.\n4. Run DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.\n5. Retry the update while off the VPN.\n6. Check the Intune update ring is not pausing the device.',
      ],
      [
        'Escalate',
        '0x800f0922 on a feature update with a small recovery partition needs partition resizing: L2 task.',
      ],
    ],
  ),
  article(
    'q-windows-temporary-profile',
    "You've been signed in with a temporary profile",
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        'After signing in, the desktop is empty with the default wallpaper and files seem to be gone. A notification says "We can\'t sign in to your account. This problem can often be fixed by signing out of your account and then signing back in" or "You\'ve been signed in with a temporary profile".',
      ],
      [
        'Cause',
        "Windows could not load the user's profile, usually because NTUSER.DAT was locked by antivirus or an update at sign-in, or the registry ProfileList entry became a .bak duplicate. The files are normally still in C:\\Users\\username.",
      ],
      [
        'Fix',
        "1. Tell the user not to save anything: the temporary profile is deleted at sign-out.\n2. Restart once; a locked file often clears.\n3. If it persists, as an admin open regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID. If there are two (one ending .bak), delete the one without .bak, remove .bak from the other, and set RefCount and State to 0.\n4. Restart and sign in.\n5. If NTUSER.DAT is corrupt, rename C:\\Users\\username to username.old, let Windows create a new profile and copy data back. With OneDrive Known Folder Move, Desktop and Documents return automatically.",
      ],
    ],
  ),
  article(
    'q-printer-offline-queue-stuck',
    'Printer showing offline or jobs stuck in the print queue',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        'Printer shows "Offline" in Settings > Printers, jobs sit in the queue as "Error - Printing" or "Printing" with nothing coming out, or adding it fails with "Windows cannot connect to the printer" 0x0000011b / 0x00000709. Often only some PCs are affected.',
      ],
      [
        'Cause',
        'The printer got a new IP from DHCP, the Print Spooler service hung on a bad job, the queue is using a WSD port, or PrintNightmare hardening blocked a driver install.',
      ],
      [
        'Fix',
        '1. Print a configuration page from the printer panel and note its IP. Ping it from the PC.\n2. Clear the queue: services.msc > Print Spooler > Stop, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, Start the service.\n3. Printer properties > Ports: change WSD to a Standard TCP/IP port with the current IP.\n4. Reserve the printer IP in the DHCP server or firewall so it does not move again.\n5. 0x0000011b / 0x00000709 when adding: install the driver via Intune or the print server rather than by browsing to the printer.',
      ],
      [
        'Escalate',
        'Hardware errors on the panel (paper jam codes, fuser errors, SC codes) go to the copier lease company in IT Glue.',
      ],
    ],
  ),
  article(
    'q-bitlocker-recovery-key',
    'BitLocker recovery screen asking for a recovery key',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        'At power-on the laptop shows a blue "BitLocker recovery" screen: "Enter the recovery key for this drive" with a 48-digit field and a Key ID. Commonly after a BIOS/firmware update, a motherboard repair, changing docks, or a TPM or Secure Boot change.',
      ],
      [
        'Fix',
        '1. Verify the user by call-back. Never email or Teams-message a recovery key.\n2. Ask for the first 8 characters of the Key ID shown on screen.\n3. Intune admin centre > Devices > the device > Recovery keys, or Entra admin centre > Devices > BitLocker keys and search the Key ID.\n4. Users can get their own key from another device at aka.ms/aadrecoverykey.\n5. Read the key out in groups of six; it boots straight into Windows.\n6. After boot, from an admin prompt run manage-bde -protectors -enable C: and check the device in Intune. Before BIOS updates, suspend BitLocker (Dell Command Update does this automatically).',
      ],
      [
        'Escalate',
        'If no key is escrowed for the Key ID, the data cannot be recovered by us. Escalate to L2 before any reimage.',
      ],
    ],
  ),
  article('q-slow-pc-triage', 'Slow or freezing PC: first-line triage', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'User reports the PC is slow to start, apps take minutes to open, windows go "(Not Responding)", fans run loud, or Task Manager shows disk at 100%.',
    ],
    [
      'Fix',
      '1. Check uptime in Task Manager > Performance > CPU. Over 7 days: do a full Restart (Shut down with Fast Startup does not reset).\n2. Task Manager > Processes: sort by CPU, Memory and Disk. Note the top offender (browser tabs, Teams, OneDrive, antivirus scan).\n3. Task Manager > Startup apps: disable non-business items.\n4. C: drive free space should be over 15%. Run Storage Sense / Disk Cleanup.\n5. Check the device in NinjaOne RMM for disk health (SMART), memory and CPU history.\n6. 8 GB RAM with Teams, Outlook and Chrome is marginal; a spinning hard drive is always slow.\n7. Devices older than five years, or with HDDs: recommend replacement to the client.',
    ],
    [
      'Escalate',
      'SMART warnings or repeated blue screens: log a hardware job. Constant high CPU from an unknown process: treat as possible malware.',
    ],
  ]),
  article(
    'q-dock-external-monitors',
    'External monitors not detected on a docking station',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        'Screens plugged into a dock (Dell WD19S, WD22TB4, HP USB-C G5, Lenovo ThinkPad dock) show "No signal" or go to sleep, only one of two monitors works, they flicker, or the dock\'s USB keyboard and mouse stop. Laptop may not charge from the dock.',
      ],
      [
        'Cause',
        'Dock firmware out of date, graphics driver, a USB-C port on the laptop that does not carry video, DisplayLink driver missing on DisplayLink docks, or the dock needs a power reset.',
      ],
      [
        'Fix',
        '1. Unplug the dock power for 30 seconds, plug back in, reconnect the laptop.\n2. Press Win+P > Extend, then Settings > System > Display > Detect.\n3. Try the other USB-C port: it must have the Thunderbolt or DisplayPort symbol.\n4. Update the dock firmware and Intel/AMD graphics driver with Dell Command Update, HP Support Assistant or Lenovo Vantage.\n5. DisplayLink docks need the DisplayLink Manager app installed.\n6. Swap video cables and check each monitor is on the right input.',
      ],
      ['Escalate', 'Still dead after firmware and a known-good laptop test: swap the dock and RMA it.'],
    ],
  ),
  // ---------------------------------------------------------------- Networking
  article(
    'q-wifi-connected-no-internet',
    'Windows laptop on Wi-Fi but no internet',
    null,
    'Networking/Wi-Fi',
    [
      [
        'Symptoms',
        'Wi-Fi icon shows a globe or says "No internet, secured". Websites and Teams do not load, but other people on the same network are fine. Sometimes "Can\'t connect to this network".',
      ],
      [
        'Cause',
        'Stale IP lease, the laptop has self-assigned a 169.254.x.x address because DHCP ran out, a captive portal page not completed, joined to the wrong SSID, or an old Wi-Fi driver.',
      ],
      [
        'Fix',
        '1. Toggle Airplane mode on and off.\n2. Settings > Network & internet > Wi-Fi > Manage known networks > Forget, then reconnect.\n3. Admin prompt: ipconfig /release, ipconfig /renew, ipconfig /flushdns. If ipconfig shows 169.254.x.x, the DHCP scope is likely full: check the firewall/router DHCP leases.\n4. netsh winsock reset then restart.\n5. Update the Intel/Realtek Wi-Fi driver from the vendor update tool.\n6. If everyone is affected, this is an internet outage, not the laptop.',
      ],
      [
        'Escalate',
        'Check the UniFi / Meraki controller for the client and AP; repeated drops in one area = AP issue.',
      ],
    ],
  ),
  article(
    'q-forticlient-vpn-errors',
    'FortiClient VPN will not connect or connects without access',
    null,
    'Networking/VPN',
    [
      [
        'Symptoms',
        'FortiClient shows "Credential or SSLVPN configuration is wrong (-7200)", "Unable to establish the VPN connection. The VPN server may be unreachable (-14)", "Permission denied (-455)", or gets stuck at 40% or 98%. Or it connects but mapped drives and the file server are not reachable.',
      ],
      [
        'Cause',
        'Wrong username format or an expired password, missed FortiToken/MFA prompt, hotel or café Wi-Fi blocking the port, an old FortiClient build, or DNS not resolving internal names over the tunnel.',
      ],
      [
        'Fix',
        "1. -7200: username without the domain prefix unless IT Glue says otherwise; check the password works on the web. An expired password must be changed in the office or via SSPR first.\n2. Make sure the FortiToken or Authenticator push is approved within 60 seconds.\n3. -14 or timeouts: try a phone hotspot to rule out the local network.\n4. Stuck at 98%: uninstall and reinstall the current FortiClient VPN-only client from Company Portal, reboot.\n5. Connected but no drives: run the drive mapping script from Company Portal or map using the server's full name (server.domain.local).",
      ],
      [
        'Escalate',
        'FortiGate > Log & Report > VPN Events shows the real failure reason; pass to L2 with the time of attempt.',
      ],
    ],
  ),
  article(
    'q-nbn-internet-outage',
    'Whole office internet down: NBN and ISP outage checklist',
    null,
    'Networking/Internet',
    [
      [
        'Symptoms',
        'Everyone at a site loses internet at once. Phones (3CX or Teams) stop, cloud apps do not load, and remote users cannot VPN in. Often a red or off light on the NBN box.',
      ],
      [
        'Fix',
        '1. Confirm it is site-wide: check the firewall in NinjaOne / FortiGate cloud; if the firewall is offline too, the WAN is down.\n2. Ask someone on site to check the NBN connection box lights. FTTP: Optical light red or off = fibre fault. HFC: Online light off. FTTN/FTTC: check the modem DSL light.\n3. Check the ISP status page (Aussie Broadband, Telstra, Superloop) and the NBN outage checker with the site address.\n4. Power-cycle the NBN box and router: off for 60 seconds, NBN box first.\n5. Confirm 4G failover has taken over where installed.\n6. Raise a fault with the ISP using the service ID in IT Glue > Client > Site > ISP details, and record the ISP reference.\n7. Tell the client contact and divert main numbers to mobiles in 3CX if the outage will run long.',
      ],
      ['Escalate', 'Escalate to the account manager if the ISP gives no ETA within 4 business hours.'],
    ],
  ),
  // ---------------------------------------------------------------- Line of business
  article(
    'q-myob-company-file-in-use',
    'MYOB AccountRight company file in use, checked out or will not open',
    null,
    'Line of Business/MYOB',
    [
      [
        'Symptoms',
        'AccountRight shows "The company file is in use by another user", "This company file is checked out by another user", "Unable to open company file" or asks to sign in to my.MYOB and then says the user has no access.',
      ],
      [
        'Cause',
        'Online files: the file is checked out to a PC that crashed or was shut down while it was open offline. Network files on a client server: the AccountRight Server Manager service has stopped. Access: the user was never invited to the file, or AccountRight versions differ between PCs.',
      ],
      [
        'Fix',
        '1. Online file checked out on a dead PC: in AccountRight Library > Online, choose the file > Cancel check-out. Warn the user that unsynced changes on the other PC are lost.\n2. Network file: on the server open services.msc and restart AccountRight Server Manager (version-specific name), confirm the library path is shared.\n3. "In use": ask everyone to close AccountRight; if nobody has it open, restarting the service clears stale sessions.\n4. No access: the file administrator invites the user at my.myob.com.au > Manage users. We do not hold the client\'s MYOB admin login.\n5. Make sure every PC runs the same AccountRight version; update via Help > Check for Updates.',
      ],
      ['Escalate', 'Corrupt file warnings or verification errors: MYOB support, logged by the file owner.'],
    ],
  ),
  article(
    'q-best-practice-database-connection',
    'Best Practice (Bp Premier) cannot connect to the database',
    null,
    'Line of Business/Medical',
    [
      [
        'Symptoms',
        'Bp Premier login shows "Unable to connect to the database server" or "Cannot connect to server SERVERNAME\\BPSINSTANCE". Bp takes minutes to open, or only one workstation fails. After a Bp upgrade a workstation prompts to update and then fails.',
      ],
      [
        'Cause',
        'The SQL Server (BPSINSTANCE) service on the Bp server is stopped or the server rebooted, the workstation cannot resolve the server name, a Windows Firewall change blocks SQL, or the workstation Bp version no longer matches the server after an upgrade.',
      ],
      [
        'Fix',
        "1. Check whether every workstation is affected. If all are, go to the server: services.msc > SQL Server (BPSINSTANCE) must be Running, start it if stopped.\n2. One workstation: ping the server by name. Run the Bp Premier configuration utility (BPS Configure) and confirm the server is set to SERVERNAME\\BPSINSTANCE.\n3. After a Bp upgrade on the server, run the workstation update as administrator on each PC (from the server's Bp update share).\n4. Check Windows Firewall on the server allows the SQL instance if it was recently changed.\n5. Never restore or repair the Bp database ourselves.",
      ],
      [
        'Escalate',
        'Database errors or corruption messages: Best Practice Software support, contact details in IT Glue.',
      ],
    ],
  ),
  article(
    'q-cargowise-client-wont-launch',
    'CargoWise One client will not start or fails to update',
    null,
    'Line of Business/Freight',
    [
      [
        'Symptoms',
        'The CargoWise One (CW1) shortcut does nothing or sits on "Checking for updates". Errors such as "The application failed to update" or "Unable to connect to the server". After an update windows open blank or white.',
      ],
      [
        'Cause',
        'CW1 updates itself from WiseTech every launch. A half-finished update leaves a broken local cache; SSL inspection or web filtering on the firewall breaks the download; or another instance is still running in the background.',
      ],
      [
        'Fix',
        "1. Sign out and back in, or end every CargoWise process in Task Manager, then relaunch.\n2. Delete the local CargoWise application cache under %LOCALAPPDATA% (see IT Glue for the exact folder for the client's instance) and relaunch; it downloads a fresh copy.\n3. Reinstall the client from the client's CargoWise installer link saved in IT Glue.\n4. If several users fail at once after a firewall change, exclude the WiseTech / CargoWise domains from SSL inspection on the FortiGate.\n5. CW1 logins and passwords are not M365 accounts: password resets and permissions are done by the client's CargoWise administrator.",
      ],
      ['Escalate', "Server-side errors: the client's CargoWise admin raises an eRequest with WiseTech."],
    ],
  ),
  article(
    'q-autodesk-licence-errors',
    'Autodesk Revit / AutoCAD licence errors and sign-in prompts',
    null,
    'Line of Business/Architecture',
    [
      [
        'Symptoms',
        'Revit or AutoCAD opens "Let\'s get started" asking to sign in, then says "No license available", "Your license is not valid" or offers a trial. Or it loops back to the sign-in screen after approving.',
      ],
      [
        'Cause',
        'Autodesk uses named user licensing: the product must be assigned to the user in Autodesk Account. Common faults are no seat assigned, signing in with a personal Autodesk ID, the product installed with an old network/serial licence type, or the Autodesk Desktop Licensing Service stopped.',
      ],
      [
        'Fix',
        '1. manage.autodesk.com > User Management > By User: confirm the product is assigned to their work email. Assign a free seat if available.\n2. In the product, click the account name top right > Sign out, then sign in with the work email.\n3. Check services.msc > Autodesk Desktop Licensing Service is running.\n4. Wrong licence type: run "C:\\Program Files (x86)\\Common Files\\Autodesk Shared\\AdskLicensing\\Current\\helper\\AdskLicensingInstHelper.exe" change -pk <product key> -pv <version> -lm USER, or use Reset licensing in the product\'s licence manager.\n5. Delete %localappdata%\\Autodesk\\Web Services\\LoginState.xml if sign-in loops.',
      ],
      ['Escalate', 'Buying additional seats: reseller quote with client approval.'],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'q-phishing-clicked-link',
    'User clicked a phishing link or opened a suspicious attachment',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        'User reports a suspicious email (fake invoice, DocuSign, voicemail, "your password expires today", shared OneDrive file) or says they clicked a link or opened an attachment and are worried.',
      ],
      [
        'Fix',
        '1. Thank the user; never blame. Ask three questions: Did you type a password on the page? Did you open or enable an attachment? Did you approve an MFA prompt afterwards?\n2. Have them use the Report button in Outlook (Report > Phishing) rather than forwarding.\n3. In Microsoft Defender > Email & collaboration > Explorer, find the message by sender/subject and soft-delete it from all mailboxes. Add the sender and URL to the Tenant Allow/Block List.\n4. If a password was entered or an MFA prompt approved: reset the password, revoke sessions and follow the compromised mailbox article.\n5. If an attachment was opened: run a full Defender scan and check the device timeline; isolate if anything is detected.\n6. If only clicked and closed: no further action beyond the purge.',
      ],
      [
        'Escalate',
        'Several users entered credentials: treat as a major incident and call the security lead.',
      ],
    ],
  ),
  article(
    'q-bec-compromised-mailbox',
    'Compromised mailbox (business email compromise) response',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        'Contacts receive phishing or invoice emails from the user that they did not send. Unknown inbox rules move mail to RSS Feeds, Archive or Conversation History, or have names like "." or "..". Sent Items are empty. A supplier or customer was asked by email to change bank details. Microsoft blocks the user from sending ("restricted from sending").',
      ],
      [
        'Fix',
        '1. Contain: reset the password, Entra > user > Revoke sessions, delete and re-register MFA methods.\n2. Exchange: remove malicious inbox rules (Get-InboxRule), mailbox forwarding, unknown delegates. Check Entra > Enterprise applications for suspicious OAuth consents.\n3. Investigate: sign-in logs for foreign IPs, audit log search for MailItemsAccessed and New-InboxRule, and what was sent from the mailbox.\n4. If the user is restricted from sending: Defender > Restricted entities > Unblock, after containment.\n5. Notify the client contact. If money may have been redirected, the client must call their bank immediately and report at ReportCyber (cyber.gov.au).\n6. Document the timeline in IT Glue as a security incident.',
      ],
      [
        'Escalate',
        'Always escalate to the security lead; a personal information breach may need a Notifiable Data Breach assessment.',
      ],
    ],
  ),
  article(
    'q-risky-signin-alert',
    'Triage of risky sign-in, impossible travel and unexpected MFA prompts',
    null,
    'Security/Alerts',
    [
      [
        'Symptoms',
        'Alerts for "Atypical travel", "Impossible travel activity" or "Unfamiliar sign-in properties". The user receives an "Unusual sign-in activity" email, or gets MFA approval requests on their phone they did not trigger, sometimes repeatedly at night (MFA fatigue).',
      ],
      [
        'Fix',
        '1. Entra admin centre > Protection > Identity Protection > Risky sign-ins. Open the sign-in: IP, location, app, device and whether MFA was satisfied.\n2. Mobile carrier or VPN IPs often geolocate wrongly. If the user confirms it was them, mark Confirm safe.\n3. Unrecognised and successful: treat as a compromised mailbox immediately.\n4. Unexpected MFA prompts mean the password is already known to someone. Tell the user to Deny and report, then reset the password and revoke sessions.\n5. An "unusual sign-in" email may itself be phishing; check the sign-in logs rather than the links in the email.',
      ],
      ['Escalate', 'Sign-ins from several countries or several users: security lead.'],
    ],
  ),
  article(
    'q-defender-malware-detected',
    'Microsoft Defender threat detected on a workstation',
    null,
    'Security/Alerts',
    [
      [
        'Symptoms',
        'Windows notification "Threats found" or "Virus & threat protection - Action needed". NinjaOne or Defender alert naming a threat such as Trojan:Win32/..., PUA:Win32/... or HackTool. Sometimes files renamed with strange extensions and a ransom note.',
      ],
      [
        'Fix',
        '1. Defender portal > Incidents & alerts: open the alert and check the remediation status. Quarantined/Removed vs Active.\n2. Files being renamed, ransom note, or status Active: isolate the device immediately (Device page > Isolate device), tell the user to unplug the network cable, and escalate.\n3. Quarantined: run a full scan, review the device timeline for how it arrived (download, USB, email), and remove browser extensions or PUA software like PDF converters.\n4. HackTool alerts from legitimate admin tools: confirm with L2 before allowing.\n5. Users must never restore items from quarantine.',
      ],
      [
        'Escalate',
        'Any active or ransomware-like detection: phone the security lead, do not wait for the queue.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- People
  article(
    'q-new-starter-onboarding',
    'New starter onboarding (standard checklist)',
    null,
    'Processes/Onboarding',
    [
      [
        'Request',
        'Onboarding must come from an authorised contact in IT Glue, ideally three business days ahead, with name, role, start date, manager, and a "same as" user for access. Check the client runbook for quirks first.',
      ],
      [
        'Steps',
        "1. Create the account (Entra, or AD for hybrid clients, then wait for Entra Connect sync) using the client's UPN format from IT Glue.\n2. Assign the standard licence.\n3. Add security groups, distribution lists, Teams and shared mailboxes to match the \"same as\" user.\n4. Issue a Temporary Access Pass for first sign-in and MFA registration.\n5. Device: Autopilot-assign and pre-provision a laptop, label it with the user name.\n6. Phone: create the 3CX extension or assign a Teams Phone number.\n7. Line-of-business apps (MYOB, CargoWise, Bp Premier etc.) are created by the client's own app administrator; note this in the ticket.\n8. Send credentials and the first-day guide to the manager, not the new user's personal email.",
      ],
    ],
  ),
  article('q-leaver-offboarding', 'Staff leaver offboarding', null, 'Processes/Offboarding', [
    [
      'Request',
      'From an authorised contact, with the last day, who gets access to the mailbox and files, and whether to forward mail. Hostile or urgent terminations are done immediately.',
    ],
    [
      'Steps',
      '1. Block sign-in, reset password, revoke sessions and delete MFA methods.\n2. Convert the mailbox to a shared mailbox (keeps mail, frees the licence; must be under 50 GB) and grant the manager Full Access.\n3. Set an auto-reply and, if asked, mail forwarding to the manager.\n4. Give the manager access to the OneDrive (Microsoft 365 admin centre > user > OneDrive > Create link to files). OneDrive is kept 30 days after account deletion.\n5. Remove from groups, Teams and distribution lists; remove licences.\n6. Retire or wipe Intune devices and arrange collection of laptop and phone.\n7. Delete the 3CX extension or Teams number.\n8. Tell the client to disable line-of-business logins and app licences (MYOB, CargoWise, Autodesk etc.).\n9. Record everything in IT Glue.',
    ],
  ]),
  // ---------------------------------------------------------------- Backups and restores
  article(
    'q-restore-sharepoint-onedrive-files',
    'Restoring deleted or overwritten files in OneDrive, SharePoint or Teams',
    null,
    'Backups/Microsoft 365',
    [
      [
        'Symptoms',
        'User deleted a file or folder from OneDrive, a SharePoint library or a Teams channel Files tab, or saved over a file and needs an earlier copy.',
      ],
      [
        'Fix',
        '1. Teams files live in SharePoint: in the channel, Files > Open in SharePoint.\n2. Deleted: the site or OneDrive Recycle bin (left menu). Items stay 93 days; after the first-stage bin is emptied, check Second-stage recycle bin at the bottom of the page (site admin).\n3. Overwritten: right-click the file > Version history > Restore the version from the time needed.\n4. Mass deletion or encryption: OneDrive Settings > Restore your OneDrive, or Site settings > Restore this library, to a point in the last 30 days.\n5. Older than 93 days or a whole site: restore from the third-party Microsoft 365 backup (Datto SaaS Protection) via L2, with the path and the date it was last good.',
      ],
    ],
  ),
  article('q-recover-deleted-email', 'Recovering deleted emails in Outlook', null, 'Backups/Microsoft 365', [
    [
      'Symptoms',
      'User deleted an email or folder, emptied Deleted Items, or used Shift+Delete, and needs it back.',
    ],
    [
      'Fix',
      '1. Check Deleted Items first.\n2. Outlook desktop: select Deleted Items > Folder tab > Recover Deleted Items. Outlook on the web: right-click Deleted Items > Recover items deleted from this folder. Select items > Restore. They return to Deleted Items; move them back.\n3. Items are recoverable for 14 days by default (30 days on our baseline).\n4. Deleted folders come back the same way, as their contents.\n5. Older than the retention period: restore from Datto SaaS Protection via L2 with mailbox, folder, approximate date and subject.',
    ],
    [
      'Note',
      'If mail is vanishing without the user deleting it, check inbox rules and Focused/Other first, and consider a compromised mailbox if rules are unknown.',
    ],
  ]),
  article(
    'q-file-server-restore-previous-versions',
    'Restoring files on a mapped network drive from Previous Versions or backup',
    null,
    'Backups/Servers',
    [
      [
        'Symptoms',
        'A file or folder on a mapped drive (S:, P:, the file server share) has been deleted, moved by accident or saved over, and is not in the PC Recycle Bin (network deletions skip it).',
      ],
      [
        'Fix',
        "1. Get the exact path, file or folder name, and the last time it was known good.\n2. In File Explorer browse to the parent folder, right-click > Properties > Previous Versions. Our servers take shadow copies at 7am and 12pm.\n3. Open the snapshot to check the contents, then Copy to a safe location or Restore. Prefer Copy so nobody's newer work is overwritten.\n4. Not in Previous Versions: raise an L2 file-level restore from the Datto / Veeam backup with the details from step 1.\n5. Many files suddenly renamed with an unknown extension is ransomware, not a restore job: follow the Defender article and escalate immediately.",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Phones
  article(
    'q-3cx-softphone-registration',
    '3CX app not registered, calls to voicemail or one-way audio',
    null,
    'Phones/3CX',
    [
      [
        'Symptoms',
        '3CX app (Windows, iOS) shows a red status or "Not registered". Calls go straight to voicemail or do not ring. On calls the caller cannot hear the user but the user hears them (one-way audio), or calls drop after about 30 seconds. Yealink desk phone shows "Account unregistered".',
      ],
      [
        'Cause',
        'The app provisioning is stale after a 3CX upgrade, the internet at home/office is down, SIP ALG on the router breaks audio, or the wrong headset is selected.',
      ],
      [
        'Fix',
        '1. App: sign out and re-provision by scanning the QR code from the 3CX welcome email or the 3CX web client > Apps.\n2. One-way audio or drops at 30 seconds: disable SIP ALG on the router (home users often have it on by default).\n3. Windows app: Settings > Audio: choose the correct headset for speaker and mic.\n4. Desk phone: reboot; check its network cable and PoE switch port.\n5. 3CX Admin console > Phones shows registration status per extension.',
      ],
      ['Escalate', 'All extensions down at a site: check the internet first, then the SIP trunk provider.'],
    ],
  ),
  article(
    'q-teams-phone-no-dialpad',
    'Teams Phone: no dial pad or cannot call external numbers',
    null,
    'Phones/Teams Phone',
    [
      [
        'Symptoms',
        'The Calls app in Teams has no dial pad, or calls to mobiles and landlines fail with "The call couldn\'t be completed" / "We couldn\'t complete the call". External callers cannot reach the user\'s DID.',
      ],
      [
        'Cause',
        'Missing Teams Phone Standard licence, no phone number assigned (Calling Plan or Operator Connect), or the user has the wrong calling policy. Changes can take up to 24 hours to reach the client.',
      ],
      [
        'Fix',
        '1. Microsoft 365 admin centre: confirm Teams Phone Standard (or Business Premium + Teams Phone) and a calling plan or Operator Connect licence.\n2. Teams admin centre > Voice > Phone numbers: assign a number to the user.\n3. Teams admin centre > Users > user > Policies: check calling and dial plan policies.\n4. Have the user sign out of Teams and back in; wait for propagation.',
      ],
      ['Escalate', 'Number porting or Operator Connect carrier faults go to L2.'],
    ],
  ),
  article(
    'q-scan-to-email-smtp',
    'Scan to email stopped working on a copier or MFP',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        'Scanning to email on a Ricoh, Konica Minolta, Canon, Kyocera or Brother device shows "Send error", "SMTP authentication failed", "Connection error" or "Server connection error", and scans never arrive. Often starts after a password change or a Microsoft 365 security change.',
      ],
      [
        'Cause',
        'The device signs in to smtp.office365.com as a scanner mailbox: the password changed or expired, MFA or Security Defaults applied to the account, or Authenticated SMTP was disabled. Microsoft is retiring Basic authentication for SMTP AUTH, so username/password sending will stop.',
      ],
      [
        'Fix',
        "1. Check Entra sign-in logs for the scanner account to see the actual failure.\n2. Short term: Exchange admin centre > mailbox > Manage email apps > tick Authenticated SMTP, and update the password in the device's address book / SMTP settings.\n3. Preferred fix: configure the device to send via the Exchange Online SMTP relay connector (port 25 to the tenant MX endpoint, allowed by the office static IP) or via SMTP2GO, so no password is needed.\n4. Alternatively set up scan to folder or scan to SharePoint.",
      ],
      ['Escalate', "The copier's web interface login and hardware issues: copier vendor in IT Glue."],
    ],
  ),
  // ---------------------------------------------------------------- St Brigid's College
  article(
    'q-stbrigids-staff-wifi',
    "St Brigid's - staff Wi-Fi (SBC-Staff) certificate sign-in",
    stBrigids,
    "Clients/St Brigid's College",
    [
      [
        'Overview',
        'Three SSIDs on Aruba APs across the campus: SBC-Staff (WPA2-Enterprise, certificate issued by Intune SCEP to staff laptops only), SBC-Student (student iPads, Jamf School), and SBC-Guest (front office voucher, internet only).',
      ],
      [
        'Symptoms',
        'Staff laptop says "Can\'t connect to this network" on SBC-Staff, joins SBC-Guest instead and cannot reach the copiers or Sentral printing, or a teacher asks for the staff Wi-Fi password for a phone.',
      ],
      [
        'Fix',
        '1. There is no staff Wi-Fi password. Personal phones and tablets use SBC-Guest only (school policy); do not install certificates on personal devices.\n2. On the laptop: forget SBC-Guest so it does not auto-join.\n3. Check the certificate: certmgr.msc > Personal > Certificates should have one issued by SBC-Issuing-CA that has not expired. If missing, Company Portal > Sync and wait 15 minutes.\n4. The laptop must be compliant in Intune to receive the certificate.\n5. Restart and select SBC-Staff.',
      ],
      [
        'Escalate',
        'A whole building (e.g. the MacKillop science block) without Wi-Fi: check Aruba Central for offline APs and the switch in that comms cupboard.',
      ],
    ],
  ),
  article(
    'q-stbrigids-papercut-printing',
    "St Brigid's - PaperCut follow-me printing on the Konica Minolta copiers",
    stBrigids,
    "Clients/St Brigid's College",
    [
      [
        'Overview',
        'All staff and student printing goes to the SBC-FollowMe queue and is released at any Konica Minolta bizhub copier with an ID card tap or PIN. Direct IP printing to copiers is disabled by design. PaperCut admin: https://papercut.sbc.qld.edu.au:9192 (login in IT Glue).',
      ],
      [
        'Symptoms',
        'Job not listed at the copier, card "not recognised" or "unknown card", student says they have no credit, job disappeared after lunch.',
      ],
      [
        'Fix',
        '1. Unknown card (new lanyard/ID card): tap the card, then log in at the copier with network username and password; PaperCut asks to associate the card. Done once.\n2. Job not showing: check the user printed to SBC-FollowMe, not a copier directly. In PaperCut admin > Printers > Jobs pending release, search the user.\n3. Held jobs expire after 4 hours; reprint.\n4. Student credit is topped up by the library staff, not IT.\n5. Copier errors (C-codes, jams, toner): front office logs with Konica Minolta service.',
      ],
    ],
  ),
  article(
    'q-stbrigids-sentral-sso',
    "St Brigid's - Sentral sign-in loop and roll marking problems",
    stBrigids,
    "Clients/St Brigid's College",
    [
      [
        'Overview',
        'Sentral (hosted student administration: rolls, timetables, reports) signs in with Microsoft 365 single sign-on using the staff @sbc.qld.edu.au account.',
      ],
      [
        'Symptoms',
        'Sentral returns to the login page after the Microsoft sign-in, shows "Your account is not linked to a staff record", roll marking page is blank, or a teacher sees the wrong classes.',
      ],
      [
        'Fix',
        '1. Sign-in loop: make sure they are using the school account, not a personal Microsoft account. Try an InPrivate window; clear cookies for sentral.sbc.qld.edu.au.\n2. Check the Entra account is enabled and licensed.\n3. "Not linked": the staff record in Sentral needs the email address; only the school\'s Sentral administrator (Director of Administration) can change it.\n4. Wrong or missing classes and timetable data are Sentral data, not IT: redirect to the Sentral administrator.\n5. If Sentral is down for everyone during period 1, advise paper rolls per school procedure and check Sentral\'s status.',
      ],
      ['Escalate', "Sentral support is contacted by the school's Sentral administrator, not by us."],
    ],
  ),
  article(
    'q-stbrigids-staff-onboarding',
    "St Brigid's - new teachers and relief staff accounts",
    stBrigids,
    "Clients/St Brigid's College",
    [
      [
        'Request',
        'Only the Business Manager can request accounts. Staff naming is firstname.lastname@sbc.qld.edu.au; students are managed by the school and never by us.',
      ],
      [
        'Steps',
        '1. Create the user in Entra and add to SBC-Teaching Staff or SBC-Support Staff. Licence: A3 for staff.\n2. Class teams in Teams appear via School Data Sync overnight once Sentral has the teacher on the timetable; do not create class teams manually.\n3. Relief/casual teachers get an individual account with an expiry date set to the end of their contract (maximum end of term). No shared relief logins.\n4. Laptop from the Lenovo pool in the IT office, Autopilot-enrolled; it receives the SBC-Staff Wi-Fi certificate automatically.\n5. On day one the teacher registers their ID card at a copier (see PaperCut runbook).\n6. Sentral account and Blue Card / QCT checks are done by the school.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Moreton Bay Freightlines
  article(
    'q-moreton-rds-remote-access',
    'Moreton Bay Freightlines - Remote Desktop via RD Gateway',
    moreton,
    'Clients/Moreton Bay Freightlines',
    [
      [
        'Overview',
        'Dispatch, accounts and after-hours ops use the RDS farm (MBF-RDS01, MBF-RDS02, broker MBF-RDCB01) at the Wacol head office through RD Web at https://rds.mbfreight.com.au/RDWeb. MFA is the NPS extension: an Authenticator push at connect. Depots at Townsville and Toowoomba connect the same way.',
      ],
      [
        'Symptoms',
        '"Your computer can\'t connect to the remote computer because the Remote Desktop Gateway server is temporarily unavailable", connection hangs on "Initiating remote connection" then fails, session is frozen or shows someone else\'s half-closed apps, local printers missing in the session.',
      ],
      [
        'Fix',
        '1. Hanging at Initiating: the user missed the Authenticator push. Retry and approve within 60 seconds.\n2. Gateway unavailable: re-download the RDP file from RDWeb (old files point at a retired gateway). Check the user is in MBF-RDS-Users.\n3. Frozen session: Server Manager on MBF-RDCB01 > Remote Desktop Services > Collections > find the user > Log off.\n4. Printers missing: local printers redirect through Easy Print; the printer must be installed on the local PC. Depot Zebra label printers are installed on the RDS hosts directly.',
      ],
      ['Escalate', 'All users failing: check MBF-RDGW01 certificate expiry and the NPS service.'],
    ],
  ),
  article(
    'q-moreton-zebra-label-printers',
    'Moreton Bay Freightlines - Zebra consignment label printers at the docks',
    moreton,
    'Clients/Moreton Bay Freightlines',
    [
      [
        'Overview',
        'Zebra ZT411 industrial printers at Wacol dock doors 1-8 and ZD421 desktop printers at Townsville and Toowoomba print 100x150 mm consignment labels from CargoWise via the RDS hosts. Wacol uses thermal transfer (ribbon); depots use direct thermal labels.',
      ],
      [
        'Symptoms',
        'Labels come out blank, print across two labels (half on each), skip labels, barcodes will not scan, red light flashing, display shows PAUSED or RIBBON OUT / MEDIA OUT.',
      ],
      [
        'Fix',
        '1. Half on one label, half on the next, or skipping: calibrate. ZT411: press PAUSE, then hold PAUSE + CANCEL for 2 seconds. ZD421: hold FEED until the light flashes twice and release.\n2. Blank labels on ZT411: the ribbon is missing, wound the wrong way, or out. On ZD421: labels loaded upside down (direct thermal side must face the head).\n3. PAUSED: press PAUSE once after clearing the error.\n4. Faint barcodes: clean the printhead with an alcohol pen, then raise darkness in the ZDesigner driver on the RDS host.\n5. Media is 100x150 mm; other sizes need the label template changed in CargoWise by the ops team.',
      ],
      ['Escalate', 'Printhead damage or mechanical faults: Zebra service partner in IT Glue.'],
    ],
  ),
  article(
    'q-moreton-handheld-scanners',
    'Moreton Bay Freightlines - driver handhelds (Zebra TC52) and the POD app',
    moreton,
    'Clients/Moreton Bay Freightlines',
    [
      [
        'Overview',
        'Drivers carry Zebra TC52 Android handhelds enrolled in Intune as Android Enterprise dedicated devices (kiosk). They run the MBF Driver proof-of-delivery app, which scans consignment barcodes and uploads signatures and photos over a Telstra SIM.',
      ],
      [
        'Symptoms',
        'Deliveries show "Upload pending" for hours, scanner trigger does nothing (no red beam), app missing or kiosk screen blank, device will not leave a crashed app.',
      ],
      [
        'Fix',
        '1. Upload pending: check mobile data bars; pull down the status bar for aeroplane mode; restart the device (hold power > Restart). Uploads resume by themselves once connected.\n2. No scan beam: restart; if still dead, open DataWedge (available from the kiosk admin menu) and restore the MBF profile.\n3. Kiosk admin exit PIN is in IT Glue > Moreton Bay Freightlines > Passwords > TC52 kiosk. Never give it to drivers.\n4. App missing or device broken: swap for a spare from the Wacol IT cupboard. Wipe the faulty unit from Intune and re-enrol it by scanning the enrolment QR code at the welcome screen.',
      ],
      ['Escalate', 'App errors inside MBF Driver (wrong runs, missing jobs) go to the Moreton ops manager.'],
    ],
  ),
  article(
    'q-moreton-depot-onboarding',
    'Moreton Bay Freightlines - onboarding office staff, drivers and depot staff',
    moreton,
    'Clients/Moreton Bay Freightlines',
    [
      [
        'Request',
        'Requests only from the HR and Safety Manager. Username format first initial + surname (jsmith@mbfreight.com.au).',
      ],
      [
        'Steps',
        '1. Office staff (dispatch, accounts, customer service): Business Premium licence, laptop via Autopilot, add to MBF-RDS-Users for Remote Desktop.\n2. Drivers and forklift/dock staff: Microsoft 365 F3 licence. F3 has no desktop Office apps and a 2 GB mailbox; they use the Teams and Outlook mobile apps and the shared kiosk PC in each depot lunchroom. Do not assign Business Premium to drivers without the HR manager approving the cost.\n3. Drivers are issued a TC52 handheld by the depot supervisor; IT only swaps faulty units.\n4. CargoWise logins are created by the Moreton ops manager (CargoWise administrator), not by us.\n5. Add the user to the depot Teams channel (Wacol, Townsville or Toowoomba).',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Paddington Hale Architects
  article(
    'q-hale-autodesk-seats',
    'Paddington Hale Architects - Autodesk AEC Collection seats and Revit version',
    hale,
    'Clients/Paddington Hale Architects',
    [
      [
        'Overview',
        'The practice owns 14 named-user AEC Collection subscriptions (Revit, AutoCAD, Navisworks) managed in Autodesk Account under the team "PHA Studio". We are secondary admin; the login is in IT Glue. Projects are pinned to Revit 2024.',
      ],
      [
        'Symptoms',
        'A new architect or graduate gets "No license available" in Revit, all 14 seats are in use, someone opened Revit 2025 and upgraded a project model.',
      ],
      [
        'Fix',
        "1. manage.autodesk.com > User Management > By User: unassign the AEC Collection from leavers first; seats free immediately.\n2. Assign the collection to the new user's @phaarchitects.com.au email; they sign out and in from Revit.\n3. Only Revit 2024 is deployed. Do not install 2025 even if asked: an upgraded central model cannot be opened by the rest of the team.\n4. Enscape and Twinmotion licences are separate and managed by the studio manager.",
      ],
      [
        'Escalate',
        'Buying extra seats requires a director (Tom Hale or Anika Patel) to approve the reseller quote.',
      ],
    ],
  ),
  article(
    'q-hale-nas-project-drive',
    'Paddington Hale Architects - P: project drive and Revit central models on the NAS',
    hale,
    'Clients/Paddington Hale Architects',
    [
      [
        'Overview',
        'Project files live on a Synology DS1821+ (PHA-NAS01) in the Paddington studio, mapped as P: to \\\\PHA-NAS01\\Projects by the "Map PHA drives" script in Company Portal. Revit worksharing central models are on P:. Remote staff need FortiClient VPN first.',
      ],
      [
        'Symptoms',
        'P: shows a red X or "The network path was not found", folders open slowly, Revit "Cannot access the central model" or cannot synchronise with central because elements are borrowed by another user.',
      ],
      [
        'Fix',
        '1. Out of the studio: connect VPN, then run "Map PHA drives" from Company Portal.\n2. In the studio: open \\\\PHA-NAS01 in Explorer; if it prompts for credentials, the user\'s saved password is old: remove it in Credential Manager.\n3. Revit borrowed elements: the other user must Synchronise with Central and Relinquish All Mine. If they are away, open Worksharing Monitor and contact the project lead; do not delete the .rvt backup folders.\n4. Restores: Snapshot Replication takes hourly snapshots for 7 days. DSM (https://pha-nas01:5001) > Snapshot Replication > Snapshots > Projects > Browse, copy the file out. Hyper Backup to Synology C2 runs nightly for older versions.',
      ],
      ['Escalate', 'NAS offline or degraded volume alerts: L2 immediately.'],
    ],
  ),
  article(
    'q-hale-designjet-plotter',
    'Paddington Hale Architects - HP DesignJet plotter (A1/A0)',
    hale,
    'Clients/Paddington Hale Architects',
    [
      ['Overview', 'HP DesignJet T850 36-inch roll printer in the studio, queue "PHA-Plotter", 914 mm roll.'],
      [
        'Symptoms',
        'Plots cut off at the edges or scaled wrong, printing on A4 size, "Out of paper" with a roll loaded, missing lines or banding, very slow with large PDFs.',
      ],
      [
        'Fix',
        '1. Use the HP DesignJet T850 driver, not the HP Universal or a PCL driver.\n2. Set paper size to ISO A1 (594 x 841 mm) or A0 and source Roll; tick "Clip contents by margins" only for layouts with a border.\n3. From Revit: Print Setup > size and orientation must match the title block; zoom 100%.\n4. Out of paper with a roll in: on the front panel unload and reload the roll, making sure the leading edge is straight and the paper type is set.\n5. Banding or missing lines: front panel > Printhead > Clean then Align printheads.\n6. Large PDFs: print with HP Click rather than Acrobat.',
      ],
      ['Escalate', 'Hardware errors (System error codes): HP support, warranty details in IT Glue.'],
    ],
  ),
  // ---------------------------------------------------------------- Bulimba Family Medical Centre
  article(
    'q-bulimba-bp-server',
    'Bulimba Family Medical - Bp Premier server and outages',
    bulimba,
    'Clients/Bulimba Family Medical',
    [
      [
        'Overview',
        'Bp Premier runs on BFM-SRV01 (Dell T350, on-site) with the SQL instance BFM-SRV01\\BPSINSTANCE. Seven consult rooms, treatment room and two reception PCs connect to it. Windows updates on the server are scheduled Sunday 2am only.',
      ],
      [
        'Symptoms',
        'Every room shows "Unable to connect to the database server", reception appointment book frozen, or Bp very slow first thing in the morning.',
      ],
      [
        'Fix',
        "1. Connect to BFM-SRV01 via NinjaOne. Check services.msc > SQL Server (BPSINSTANCE) is Running; start it if not.\n2. If the server was rebooted during clinic hours, find out why (RMM history) and tell the practice manager.\n3. Never reboot BFM-SRV01 between 7:30am and 6pm without the practice manager (Karen Doyle) agreeing; reception must print the day list first.\n4. Slow at 8am: the nightly Bp backup (Bp Utilities, 11pm, to D:\\BPBackups) may still be running if the previous night's job was late; check the job time.\n5. Bp quarterly upgrades are booked after hours with the practice manager.",
      ],
      ['Escalate', 'SQL errors or failed Bp backup: Best Practice support and L2.'],
    ],
  ),
  article(
    'q-bulimba-script-printers',
    'Bulimba Family Medical - consult room printers, trays and Bp print settings',
    bulimba,
    'Clients/Bulimba Family Medical',
    [
      [
        'Overview',
        'Each consult room has a Brother HL-L5210DN with two trays: Tray 1 plain A4 for referrals and pathology/radiology requests, Tray 2 for PBS prescription paper. Bp Premier decides the tray per workstation.',
      ],
      [
        'Symptoms',
        'Scripts print on plain paper or requests print on script paper, prints go to the reception printer instead of the room, "Printer not found" in Bp after Windows updates.',
      ],
      [
        'Fix',
        '1. In Bp Premier on that PC: Setup > Preferences > Printing. Set Script printer = room Brother, Tray 2; Pathology, Radiology and Letters = room Brother, Tray 1. Settings are per workstation.\n2. Windows update can change the default printer: Settings > Bluetooth & devices > Printers & scanners > turn off "Let Windows manage my default printer" and set the room Brother as default.\n3. Printer renamed or re-added after an update: reselect it in Bp preferences.\n4. Check the Brother driver Printing Preferences has Tray 2 configured for the script paper size.',
      ],
    ],
  ),
  article(
    'q-bulimba-healthlink-results',
    'Bulimba Family Medical - pathology and imaging results not arriving (HealthLink)',
    bulimba,
    'Clients/Bulimba Family Medical',
    [
      [
        'Overview',
        "Results from Sullivan Nicolaides (SNP), QML and QScan arrive through the HealthLink messaging client on BFM-SRV01, which drops files into the import folder that Bp Premier picks up into the doctors' Inbox.",
      ],
      [
        'Symptoms',
        'No results in the Bp Inbox since early morning, one lab missing, HealthLink icon shows offline or red on the server.',
      ],
      [
        'Fix',
        '1. On BFM-SRV01, check the HealthLink messaging service is running (services.msc) and the tray client shows online. Restart the service.\n2. Check the HealthLink download folder for files piling up. If files are there, Bp import is the problem: in Bp, Utilities > Import results > check the import folder path, and confirm the Bp import service on the server is running.\n3. If only one lab is missing, the lab may be delayed: check with the lab before changing anything.\n4. Still nothing: call HealthLink support with the practice EDI account (IT Glue > Bulimba > Applications).',
      ],
      [
        'Escalate',
        'Results missing for over 4 hours in clinic time is a clinical risk: phone L2 and the practice manager.',
      ],
    ],
  ),
  article(
    'q-bulimba-remote-access',
    'Bulimba Family Medical - doctors after-hours remote access (Sophos Connect)',
    bulimba,
    'Clients/Bulimba Family Medical',
    [
      [
        'Overview',
        'GPs on the remote access list use clinic-issued laptops only. Sophos Connect VPN to the Sophos XGS firewall, then Remote Desktop to their own consult room PC. Home or personal computers are not allowed under the practice security policy.',
      ],
      [
        'Symptoms',
        'Sophos Connect says "Connection failed" or "Gateway unreachable", the one-time code is rejected, Remote Desktop says the PC cannot be found or is switched off.',
      ],
      [
        'Fix',
        "1. Code rejected: Sophos Connect expects the password and the 6-digit Sophos Authenticator code in separate boxes on the latest profile; older profiles need the code appended to the password. Check the phone's clock is set automatically (time drift breaks codes).\n2. Gateway unreachable: try a phone hotspot; re-import the provisioning file from the user portal (https://vpn.bulimbamedical.com.au) if the profile is old.\n3. RDP target off: wake the consult PC via NinjaOne (Wake on LAN) and ask doctors to leave PCs on, not shut down.\n4. The user must be in the BFM-Remote group on the firewall.",
      ],
    ],
  ),
];
