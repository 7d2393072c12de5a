/**
 * Set AF: a blind labelled KB set, written without reading the search code or any other set.
 * Harbourline IT, a Halifax MSP that keeps its global and per-client runbooks in Hudu.
 *
 * 46 global runbooks (company null) and 16 client runbooks, four for each of four clients: a
 * seafood processor, a dental and physiotherapy clinic, a rural municipality with a library, and an
 * architecture studio.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AF_CLIENTS = {
  ketch: 'Ketch Harbour Seafoods Ltd.',
  bedford: 'Bedford Basin Dental & Physiotherapy Inc.',
  cobequid: 'Municipality of the District of Cobequid Shore',
  saltbox: 'Saltbox Studio Architects Ltd.',
} as const;

const { ketch, bedford, cobequid, saltbox } = SET_AF_CLIENTS;

/** A section body written as one line per step. */
const lines = (...l: string[]): string => l.join('\n');

const GLOBAL: BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook & Exchange
  article(
    'af-outlook-prompts',
    'Outlook keeps asking for a password or shows Disconnected',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        'Outlook for Windows (Microsoft 365 Apps) pops the Microsoft sign-in window over and over, or the status bar at the bottom says "Disconnected", "Trying to connect..." or "Need password". Typing the password does nothing or the box comes back minutes later. Mail usually still works on the phone and in Outlook on the web. It often starts right after a password change or an MFA reset.',
      ],
      [
        'Cause',
        'Stale cached credentials in Windows Credential Manager or a broken Web Account Manager (WAM) token for the work account. Less often the Outlook profile itself is damaged.',
      ],
      [
        'Fix',
        lines(
          '1. Have the user sign in at outlook.office.com. If that fails too, it is an account problem: see the password and lockout runbook.',
          '2. Close Outlook and Teams. Open Control Panel > Credential Manager > Windows Credentials and remove every entry starting with MicrosoftOffice16_Data and any ADAL/ msteams entries.',
          '3. Settings > Accounts > Access work or school: if the work account shows an error, select it and sign in again ("Fix now").',
          '4. Reopen Outlook and complete the sign-in with MFA.',
          '5. Still prompting: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile, set "Always use this profile", let the mailbox download. Remove the old profile a day later.',
          '6. Check File > Office Account: the signed-in account must be the same as the mailbox (not a personal or old account).',
        ),
      ],
      [
        'Escalate',
        'If a brand-new profile also prompts, look at the user in Entra sign-in logs (Conditional Access failures, error 53003) and escalate to L2.',
      ],
    ],
  ),
  article(
    'af-outlook-search',
    'Outlook search finds nothing or only recent email',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        'Searching in Outlook returns "We couldn\'t find what you were looking for", finds only the last few months, or shows "Search results may be incomplete because items are still being indexed". The user knows the message exists.',
      ],
      [
        'Cause',
        'The Windows Search index is corrupt or paused, or Cached Exchange Mode only keeps a short window of mail on the PC (the "Download email for the past" slider set to 3 or 12 months), so older mail is only found on the server.',
      ],
      [
        'Fix',
        lines(
          '1. Click in the Outlook search box > Search Tools > Indexing Status. If many items remain, leave the PC on and Outlook open for an hour.',
          '2. Control Panel > Indexing Options: make sure Microsoft Outlook is listed under Included Locations.',
          '3. Indexing Options > Advanced > Rebuild. This can take hours; warn the user that search is slow until it finishes.',
          '4. File > Account Settings > Account Settings > the mailbox > Change: move the "Download email for the past" slider to All if the disk has room.',
          '5. Show the user the "Current Mailbox / All Mailboxes" scope and the "More results on the server" link at the bottom of the results.',
          '6. For an urgent search meanwhile, use Outlook on the web (outlook.office.com), which searches the server copy. For legal or FOI requests covering many mailboxes, escalate for a Purview eDiscovery content search.',
        ),
      ],
    ],
  ),
  article(
    'af-shared-mailbox',
    'Give a user access to a shared mailbox (Full Access and Send As)',
    null,
    'Microsoft 365 / Exchange',
    [
      [
        'When to use',
        'A user needs to read or send from a shared address such as info@, reception@, orders@ or accounts@; a shared mailbox vanished from the Outlook folder pane; or sending from it fails with "You don\'t have permission to send on behalf of the specified user". Approval comes from the mailbox owner listed in the client\'s Hudu page.',
      ],
      [
        'Fix',
        lines(
          '1. Exchange admin center (admin.exchange.microsoft.com) > Recipients > Mailboxes > select the shared mailbox > Delegation.',
          '2. Read and manage (Full Access): add the user. Automapping adds the mailbox to Outlook within about an hour; restart Outlook.',
          '3. Send as: add the user if replies should come from the mailbox address. Use Send on behalf only if the client wants "Jenna on behalf of Orders".',
          '4. In Outlook: New Email > Options > Show From, then pick the shared address in the From field.',
          "5. To keep sent mail in the shared mailbox's Sent Items: Set-Mailbox orders@domain -MessageCopyForSentAsEnabled $true in Exchange Online PowerShell.",
          '6. Outlook on the web: right-click Folders > Add shared folder or mailbox.',
          '7. Mailbox disappeared: check the permission still exists (it is often removed during an offboarding clean-up) and re-add.',
        ),
      ],
    ],
  ),
  article(
    'af-mail-missing',
    'Expected email never arrived: junk, quarantine and message trace',
    null,
    'Microsoft 365 / Exchange',
    [
      [
        'Symptoms',
        'An outside sender says they sent an email that the user never received, a supplier\'s invoices stopped arriving, or the user got a "You have messages held in quarantine" notification.',
      ],
      [
        'Fix',
        lines(
          '1. Get the sender address, the approximate time and the subject.',
          '2. Check the user\'s Junk Email folder and the "Other" tab of the Focused Inbox.',
          '3. Check inbox rules (Outlook > File > Manage Rules & Alerts, or Outlook on the web > Settings > Mail > Rules) for rules that move or delete mail.',
          '4. Microsoft Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine: search by recipient. Release it if legitimate and choose "Report as not junk". High-confidence phish can only be released by an admin.',
          '5. Exchange admin center > Mail flow > Message trace: status Delivered, Quarantined, FilterAsSpam or Failed tells you where it went.',
          '6. Not in the trace at all: the message never reached Microsoft. The sender must look for a bounce (NDR) on their side.',
          '7. To stop it happening again, add the sender or domain as an allow entry in the Tenant Allow/Block List instead of creating a transport rule.',
        ),
      ],
      [
        'Escalate',
        'The same sender misclassified for several users: escalate to L2 to review the anti-spam policy.',
      ],
    ],
  ),
  article(
    'af-mailbox-full',
    'Mailbox full or almost full: online archive and clean-up',
    null,
    'Microsoft 365 / Exchange',
    [
      [
        'Symptoms',
        '"Your mailbox is almost full" banner, "Your mailbox is full, you can\'t send", or outside senders get a bounce 554 5.2.2 "mailbox full". Business Standard mailboxes hold 50 GB; Business Premium and E3 hold 100 GB.',
      ],
      [
        'Fix',
        lines(
          '1. Check the size: Outlook > File > Tools > Mailbox Cleanup, or the mailbox usage in the Exchange admin center.',
          '2. Enable the online archive: Exchange admin center > Recipients > Mailboxes > user > Others > Manage mailbox archive > Enabled. Business Premium archives auto-expand to 1.5 TB.',
          '3. Apply the Harbourline retention policy "HL - Move to archive after 2 years". The Managed Folder Assistant can take up to 7 days; start it with Start-ManagedFolderAssistant -Identity user@domain.',
          '4. Meanwhile empty Deleted Items and find large attachments (sort the Inbox by Size).',
          '5. If Outlook says "the data file has reached its maximum size", the local OST is too big: lower the cached-mail slider.',
          '6. Do not export to PST files on the desktop; they are not backed up.',
        ),
      ],
      ['Escalate', 'Recoverable Items over quota (litigation hold) or archive not growing: L2.'],
    ],
  ),
  article(
    'af-calendar-delegate',
    'Share a calendar or give an assistant delegate access',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'When to use',
        'An assistant or front desk needs to see and book into someone\'s calendar, accept meetings for them, or a colleague only sees "Busy" blocks instead of details.',
      ],
      [
        'Fix',
        lines(
          '1. The calendar owner opens Outlook > Calendar, right-clicks their calendar > Sharing Permissions (new Outlook: Share calendar) > Add the person.',
          "2. Pick the level: Can view when I'm busy, Can view titles and locations, Can view all details, Can edit, or Delegate.",
          '3. Delegate also receives meeting requests: choose whether the owner gets copies (File > Account Settings > Delegate Access in classic Outlook).',
          '4. The recipient accepts the sharing email; the calendar appears under Shared Calendars.',
          '5. Admin route without the owner: Add-MailboxFolderPermission -Identity owner@domain:\\Calendar -User assistant@domain -AccessRights Editor -SharingPermissionFlags Delegate.',
          '6. Shared calendar not updating: File > Account Settings > Account Settings > Change > More Settings > Advanced > "Turn on shared calendar improvements".',
        ),
      ],
      ['Escalate', 'New room or equipment mailboxes are created by L2.'],
    ],
  ),
  // ---------------------------------------------------------------- Teams, OneDrive, SharePoint, licensing
  article(
    'af-teams-audio',
    "Teams meetings: others can't hear me or my camera is black",
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        'In a Teams call the others can\'t hear the user, the microphone icon is greyed out, "We can\'t find a microphone", the camera preview is black or "Your camera is being used by another app". The headset works in other apps.',
      ],
      [
        'Fix',
        lines(
          '1. In the meeting: More (...) > Settings > Device settings. Pick the headset for both speaker and microphone, not "Default" or the monitor speakers.',
          '2. Check the hardware mute: headset mute switch, laptop F-key mic light.',
          '3. Windows Settings > Privacy & security > Microphone and Camera: "Let desktop apps access" must be On.',
          '4. Close other apps that hold the camera (Zoom, Camera app, a browser tab).',
          '5. Lenovo and Dell laptops have a privacy shutter or an Fn camera key; open it.',
          '6. Unplug and replug the USB headset or dock; in Device Manager uninstall the audio or camera device and scan for hardware changes.',
          '7. Teams > Settings > Devices > Make a test call.',
        ),
      ],
      ['Escalate', 'No camera at all in Device Manager: hardware fault, see the warranty runbook.'],
    ],
  ),
  article(
    'af-teams-wont-load',
    "Teams won't open, stays white, or keeps signing out",
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        'New Teams sits on a white or purple loading screen, shows "Something went wrong" with codes like caa7000a or 0xCAA20003, loops back to the sign-in page, or chats stop updating.',
      ],
      [
        'Fix',
        lines(
          '1. Quit Teams fully (right-click the tray icon > Quit).',
          '2. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. This clears the cache in %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe. For classic Teams delete %appdata%\\Microsoft\\Teams.',
          '3. Check the PC clock and time zone; caa codes are often a clock or TLS problem.',
          '4. Sign in at teams.microsoft.com to prove the account works.',
          '5. Settings > Accounts > Access work or school: remove a stale work account and add it back.',
          '6. Reinstall with the NinjaOne script "Teams - reinstall (new Teams)".',
        ),
      ],
      [
        'Escalate',
        'Several users at once: check Microsoft 365 admin center > Service health before touching PCs.',
      ],
    ],
  ),
  article(
    'af-onedrive-sync',
    'OneDrive not syncing: red X, sync pending, duplicate files',
    null,
    'Microsoft 365 / OneDrive',
    [
      [
        'Symptoms',
        'Red circle with an X on files or folders, the OneDrive cloud icon shows paused or "Sync pending", files saved on one computer never show up on another, duplicates named like "Budget-DESKTOP-4KQ2.xlsx", or "We can\'t sync this file".',
      ],
      [
        'Fix',
        lines(
          '1. Click the OneDrive cloud icon in the tray and read the error; press Resume if syncing is paused.',
          '2. Invalid names (characters like " * : < > ? | or names ending with a space) and paths over 400 characters: rename or shorten.',
          '3. Files open in Excel or another app are locked: close them.',
          '4. Conflicts: keep both copies and merge by hand.',
          '5. Storage: each user has 1 TB; "You\'re low on OneDrive storage" needs a clean-up.',
          '6. Reset the client: Win+R %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again.',
          '7. A synced SharePoint library stuck: OneDrive settings > Account > Stop sync for that library, then Sync it again from the browser.',
          "8. Desktop and Documents are redirected by policy (Known Folder Move); don't turn that off.",
        ),
      ],
      ['Escalate', 'Thousands of items stuck or sync errors on several PCs: L2.'],
    ],
  ),
  article(
    'af-sharepoint-sharing',
    'SharePoint and Teams files: access denied and sharing with outside people',
    null,
    'Microsoft 365 / SharePoint',
    [
      [
        'Symptoms',
        '"You need permission to access this item" or a "Request access" page; an outside person (accountant, engineer, contractor) can\'t open a shared link; "This link has been disabled" or "Anyone" links greyed out.',
      ],
      [
        'Fix',
        lines(
          '1. Internal user: find the site or team. The site owner (listed in Hudu) adds them: Teams > Manage team > Add member, or SharePoint > Settings > Site permissions. Pending requests are under Site settings > Access requests.',
          '2. Outside person: select the file or folder > Share > "Specific people" > enter their email. They receive a one-time passcode by email.',
          '3. "Anyone with the link" is disabled by Harbourline policy for most clients; use Specific people.',
          '4. Guest gets "we couldn\'t find an account" or a login loop: open the link in a private window and choose the one-time code; check the guest is not blocked in Entra > Users.',
          '5. Admin: SharePoint admin center > Sites > Active sites > site > Sharing: "New and existing guests" only with client approval.',
        ),
      ],
      [
        'Escalate',
        'Permission changes on HR or finance sites need written approval from the client contact.',
      ],
    ],
  ),
  article(
    'af-office-activation',
    'Word or Excel says Unlicensed Product or Product Activation Failed',
    null,
    'Microsoft 365 / Apps',
    [
      [
        'Symptoms',
        'Red bar "UNLICENSED PRODUCT" or "Product Activation Failed", "Account notice: there\'s a problem with your license", Word or Excel opens read-only and editing is disabled. Common after a laptop is handed down to another person or a licence is changed.',
      ],
      [
        'Fix',
        lines(
          '1. Microsoft 365 admin center > Users > Active users > user > Licenses and apps: a licence with desktop apps (Business Standard, Business Premium, E3) must be assigned. Business Basic has no desktop apps.',
          '2. In Word: File > Account. The signed-in user must be the work account; sign out the previous user or personal accounts.',
          '3. Close all Office apps and run the NinjaOne script "Office - licence reset" (it clears old activation tokens), then open Word and sign in.',
          '4. Reception or shared PCs use shared computer activation; check the device is in the "Shared PCs" Intune group.',
          '5. A user can be signed in on 5 PCs: at myaccount.microsoft.com > Office apps, sign out of old devices.',
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    'af-mfa-new-phone',
    'New or lost phone: re-register Microsoft Authenticator (MFA reset)',
    null,
    'Identity / MFA',
    [
      [
        'Symptoms',
        'The user got a new phone or lost the old one, sign-in approval requests go to the old phone, the number-matching prompt never arrives, or sign-in says "More information required".',
      ],
      [
        'Fix',
        lines(
          '1. Verify identity: call back on the number in the PSA or confirm with the manager. Never reset MFA from an email alone.',
          '2. Old phone still works: the user goes to mysignins.microsoft.com/security-info > Add sign-in method > Authenticator app, then deletes the old phone.',
          '3. Old phone gone: Entra admin center > Users > user > Authentication methods > delete the old Microsoft Authenticator entry and choose "Require re-register multifactor authentication". Issue a Temporary Access Pass (1 hour) if the user has no other method.',
          '4. The user signs in at aka.ms/mfasetup and scans the QR code with Authenticator on the new phone.',
          '5. Test a sign-in with number matching and add a phone number (SMS) as backup.',
          '6. FortiToken users (VPN) also need the token moved: FortiGate > User & Authentication > FortiTokens > reassign.',
        ),
      ],
      ['Escalate', 'Admin accounts or identity cannot be verified: L2.'],
    ],
  ),
  article(
    'af-password-lockout',
    'Forgotten or expired password and locked-out accounts',
    null,
    'Identity / Passwords',
    [
      [
        'Symptoms',
        '"Your account or password is incorrect", "Your account is locked. Try again later" (Entra smart lockout), Windows "The referenced account is currently locked out and may not be logged on to", or "Your password has expired and must be changed" at the Windows sign-in.',
      ],
      [
        'Fix',
        lines(
          '1. Verify identity by callback.',
          '2. Registered users can reset themselves at aka.ms/sspr from their phone.',
          '3. Cloud-only clients: Microsoft 365 admin center > Users > Reset password, tick "Require this user to change their password when they first sign in".',
          '4. Hybrid clients (on-premises AD): reset in Active Directory Users and Computers on the DC and tick Unlock account on the Account tab. Run Start-ADSyncSyncCycle -PolicyType Delta on the Entra Connect server so Microsoft 365 gets it.',
          '5. Laptop away from the office: the new password only works at Windows sign-in after the laptop reaches a DC (office or VPN); until then the old cached password still signs in.',
          '6. Locks again and again: an old password is saved somewhere (phone mail, mapped drive, Wi-Fi). Find the source in event 4740 on the PDC.',
        ),
      ],
      [
        'Escalate',
        'Lockouts caused by sign-in attempts from unknown countries: treat as compromised account.',
      ],
    ],
  ),
  article(
    'af-ca-blocked',
    '"You cannot access this right now": Conditional Access blocks',
    null,
    'Identity / Conditional Access',
    [
      [
        'Symptoms',
        'Sign-in to Outlook, Teams or the portal stops with "You cannot access this right now" (AADSTS53003), "Your device is required to be managed to access this resource" (AADSTS53000), or it works in the office but not while travelling abroad.',
      ],
      [
        'Cause',
        'Harbourline baseline Conditional Access policies: block sign-ins from outside Canada and the USA, require a compliant or hybrid-joined device for desktop apps, block legacy authentication.',
      ],
      [
        'Fix',
        lines(
          '1. Get the Request ID, Correlation ID and time from "More details" on the error page.',
          '2. Entra admin center > Monitoring > Sign-in logs > filter by user > open the failure > Conditional Access tab shows which policy blocked it.',
          '3. Travel: with approval from the client contact, add the user to the group "CA-Travel-Exception" with an end date (access review). MFA still applies.',
          '4. Device not compliant: see the Company Portal compliance runbook. Personal PCs can only use the browser.',
          '5. Legacy authentication (old mail apps, IMAP/POP) stays blocked by design.',
        ),
      ],
      ['Escalate', 'Changes to the policies themselves go to L3.'],
    ],
  ),
  // ---------------------------------------------------------------- Intune
  article(
    'af-autopilot',
    'New laptop setup with Windows Autopilot fails or hangs',
    null,
    'Endpoints / Intune',
    [
      [
        'Symptoms',
        'During the first-start setup of a new laptop: "Something went wrong" with error 80180014 or 0x800705b4, stuck on "Setting up your device for work" (Enrollment Status Page) for more than an hour, or the laptop asks personal setup questions instead of showing the client\'s sign-in page.',
      ],
      [
        'Fix',
        lines(
          '1. Use a wired connection or a Wi-Fi without a captive portal (not the guest network).',
          '2. Intune > Devices > Windows > Enrollment > Devices: the serial must be listed with profile status Assigned. If not, press Shift+F10 at the setup screen and run Get-WindowsAutopilotInfo -Online, then wait 15 minutes and restart.',
          '3. 80180014: the device was enrolled before. Delete the old device object in Intune (not the Autopilot record) and retry; also check enrollment restrictions.',
          '4. Stuck on the Enrollment Status Page: Shift+F10 > check which app is installing. A failed required app blocks ESP; fix or unassign it and Reset the PC.',
          '5. Start over: Settings > System > Recovery > Reset this PC, or Autopilot Reset from Intune.',
        ),
      ],
      ['Escalate', 'Serial not registered by the vendor (Dell, Lenovo): L2 contacts the distributor.'],
    ],
  ),
  article(
    'af-company-portal',
    'Device not compliant and installing apps from Company Portal',
    null,
    'Endpoints / Intune',
    [
      [
        'Symptoms',
        'Company Portal or a sign-in says "Your device doesn\'t meet your organization\'s requirements" or "Not compliant"; a user asks where to get approved software (Zoom, Adobe Reader, 7-Zip, client apps) without admin rights.',
      ],
      [
        'Fix',
        lines(
          '1. Open Company Portal > Devices > this PC > Check status. It names the reason: BitLocker off, Windows out of date, Defender real-time protection off, no password, or firewall off.',
          '2. Fix the reason (run Windows Update and restart, turn Defender back on).',
          '3. Sync: Settings > Accounts > Access work or school > the work account > Info > Sync, or Intune > device > Sync.',
          '4. Compliance can take up to 8 hours to re-evaluate; Check status again.',
          '5. Software: Company Portal > Apps > choose the app > Install. Users are not local admins, so this is the only self-service way.',
          "6. App not in the list: open a ticket with the manager's approval; L2 packages it.",
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Windows endpoints
  article('af-win-updates', 'Windows Update fails or is stuck', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      '"Working on updates, don\'t turn off your computer" for hours, "We couldn\'t complete the updates. Undoing changes", errors 0x800f0922, 0x80070002 or 0x8024402c, a feature update (23H2 to 24H2) that keeps failing, or NinjaOne shows patches failed.',
    ],
    [
      'Fix',
      lines(
        '1. Stuck on the update screen for more than 2 hours with no disk activity: hold the power button once.',
        '2. Free disk space: feature updates need about 20 GB.',
        '3. Settings > System > Troubleshoot > Other troubleshooters > Windows Update.',
        '4. Reset the components as admin: net stop wuauserv, net stop bits, net stop cryptsvc; rename C:\\Windows\\SoftwareDistribution; start the services again.',
        '5. DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.',
        '6. 0x800f0922: disconnect the VPN and retry; if it persists the System Reserved (EFI) partition is full.',
        '7. Patching is scheduled by NinjaOne (Wednesday nights). Users should not pause updates.',
      ),
    ],
    ['Escalate', 'Same failure on several devices: L2 checks the NinjaOne patch policy.'],
  ]),
  article('af-bitlocker', 'BitLocker recovery key screen at startup', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      'A blue screen at power-on: "BitLocker recovery. Enter the recovery key for this drive", with a Key ID. Often after a BIOS or firmware update, a new dock, a TPM reset or a motherboard repair.',
    ],
    [
      'Fix',
      lines(
        '1. Verify the user by callback before reading out any key.',
        '2. Ask for the Key ID shown on the screen (the first 8 characters are enough).',
        '3. Entra admin center > Devices > All devices > the device > BitLocker keys, or Intune > device > Recovery keys. Domain-joined PCs at on-premises clients: Active Directory Users and Computers > computer object > BitLocker Recovery tab. NinjaOne also stores it under the device.',
        '4. Read out the 48-digit key in groups of six.',
        '5. Asks at every restart: update the BIOS fully, check Secure Boot is on, then manage-bde -protectors -disable C: -RebootCount 1 and restart to reseal the TPM.',
        '6. Key not found anywhere: the data cannot be recovered; reimage with Autopilot.',
      ),
    ],
  ]),
  article(
    'af-temp-profile',
    'Signed in with a temporary profile: desktop and files missing',
    null,
    'Endpoints / Windows',
    [
      [
        'Symptoms',
        '"We can\'t sign in to your account" or "You\'ve been signed in with a temporary profile". The desktop is empty, files look gone, Outlook asks to be set up again, and changes vanish at sign-out.',
      ],
      [
        'Fix',
        lines(
          '1. Tell the user not to work in the temporary profile; nothing saved there is kept.',
          '2. Restart once; a locked file during sign-in can cause it.',
          "3. As admin, regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID twice, one ending in .bak. Delete the key without .bak, remove .bak from the other, set State and RefCount to 0.",
          '4. Restart and sign in; the normal desktop should be back.',
          '5. Profile really corrupt: rename C:\\Users\\name to name.old, delete the ProfileList key, let the user sign in to a fresh profile, then copy back Desktop, Documents, browser bookmarks and %appdata%\\Microsoft\\Signatures. With OneDrive Known Folder Move most files return by themselves.',
        ),
      ],
    ],
  ),
  article(
    'af-mapped-drives',
    'Mapped network drives missing or showing a red X',
    null,
    'Endpoints / Windows',
    [
      [
        'Symptoms',
        'A shared drive letter (S:, P:, Q:) is gone from This PC or shows a red X "Disconnected network drive"; "An error occurred while reconnecting S: to \\\\server\\share: The local device name is already in use"; or "Access is denied" when opening it.',
      ],
      [
        'Fix',
        lines(
          '1. Is the user in the office or on the VPN? Drives only map on the office network or while connected to VPN.',
          '2. Ping the file server by name and open \\\\SERVER\\share in File Explorer.',
          '3. Run gpupdate /force, then sign out and back in (drives come from Group Policy Drive Maps, or an Intune script for cloud-only clients).',
          "4. Run net use * /delete and re-map the drives as listed on the client's Hudu page.",
          '5. After a password change, remove stale entries for the server in Credential Manager.',
          '6. Access denied: check the user is in the right security group (e.g. FS-Accounting-RW).',
        ),
      ],
    ],
  ),
  article(
    'af-printer-office',
    'Office printer offline, jobs stuck in the queue, or adding a printer',
    null,
    'Endpoints / Printing',
    [
      [
        'Symptoms',
        '"Printer offline", jobs sitting in the queue with "Error - Printing", nothing comes out, a new laptop has no printers, or pages come out full of strange characters.',
      ],
      [
        'Fix',
        lines(
          '1. Check the printer panel for paper, jams or errors; power-cycle it.',
          '2. Ping the printer IP from its Hudu asset page. No reply: check the network cable, and that the DHCP reservation still matches.',
          '3. Clear the queue: services.msc > Print Spooler > Stop; delete everything in C:\\Windows\\System32\\spool\\PRINTERS; Start the service.',
          '4. Add a printer: Settings > Bluetooth & devices > Printers & scanners > Add device, or "Add manually" by IP, with the universal driver (HP Universal PCL6, Canon Generic Plus UFR II, Kyocera KX, Ricoh PCL6 V4). Clients with a print server: open \\\\server and double-click the printer.',
          '5. Strange characters: wrong driver type (PCL vs PostScript); change the driver.',
          '6. Turn off "Let Windows manage my default printer" and set the default.',
        ),
      ],
    ],
  ),
  article(
    'af-scan-to-email',
    'Scan to email or scan to folder stopped working on the copier',
    null,
    'Endpoints / Printing',
    [
      [
        'Symptoms',
        'The multifunction copier shows "Send error", "SMTP authentication failed", "Cannot connect to the destination" or Canon error #801 / #751; scan to folder shows "Login failure" after someone changed a password.',
      ],
      [
        'Cause',
        'Scan to email uses the Microsoft 365 relay connector (tied to the office public IP) or SMTP AUTH with a scanner@ mailbox. Scan to folder logs in to a share with a local account; the password or SMB settings changed.',
      ],
      [
        'Fix',
        lines(
          '1. Open the copier web page (Remote UI / Embedded Web Server) and check which method the address book uses.',
          '2. Relay: SMTP server domain-ca.mail.protection.outlook.com port 25, no authentication. If the ISP changed the office public IP, update the inbound connector: Exchange admin center > Mail flow > Connectors.',
          '3. SMTP AUTH (smtp.office365.com port 587 STARTTLS): check the scanner@ password, that "Authenticated SMTP" is enabled on the mailbox, and that the copier firmware supports TLS 1.2.',
          '4. Scan to folder: check the share (\\\\PC\\Scans) exists, update the account password in the copier address book, and make sure SMB2/3 is enabled on the copier.',
          '5. Send a test scan.',
        ),
      ],
      ['Escalate', 'Firmware updates or hardware faults: the copier vendor (see Hudu).'],
    ],
  ),
  article('af-disk-space', 'PC is slow or the C: drive is full', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      '"Low disk space" warning, the C: bar is red in This PC, the PC takes ages to start and apps freeze, NinjaOne alert "Disk C: below 10% free".',
    ],
    [
      'Fix',
      lines(
        '1. Task Manager > Performance: is CPU, memory or disk at 100%? Note the top process.',
        '2. Restart: many "slow" PCs have weeks of uptime.',
        '3. Settings > System > Storage > Cleanup recommendations and Temporary files; Disk Cleanup as admin > Clean up system files (Windows Update Cleanup).',
        '4. OneDrive: right-click big folders > Free up space (files stay online).',
        '5. Run TreeSize Free from the Harbourline toolkit to find large folders: Downloads, old PST files, video recordings.',
        '6. Task Manager > Startup apps: disable non-business items.',
        '7. Still slow with a spinning disk or 8 GB RAM on an old machine: recommend replacement to the client.',
      ),
    ],
  ]),
  article(
    'af-dock-monitors',
    'External monitors not working through the dock',
    null,
    'Endpoints / Hardware',
    [
      [
        'Symptoms',
        'A laptop on a USB-C or Thunderbolt dock (Dell WD19S, Lenovo ThinkPad Universal USB-C Dock, HP USB-C G5): one or both monitors say "No signal", flicker, or only mirror the laptop. Keyboard and mouse on the dock still work.',
      ],
      [
        'Fix',
        lines(
          "1. Unplug the dock cable from the laptop, wait 10 seconds, plug it back. Check the dock's own power brick is connected.",
          '2. Win+P > Extend; Settings > System > Display > Detect.',
          '3. Check the monitor input source (HDMI / DisplayPort) and swap the cable.',
          '4. Update dock firmware and drivers: Dell Command | Update or Lenovo Vantage. DisplayLink docks need the DisplayLink driver.',
          '5. Use the laptop USB-C port with the DisplayPort or Thunderbolt symbol.',
          '6. Try the monitor directly on the laptop HDMI port to split monitor vs dock.',
        ),
      ],
      ['Escalate', 'Dock dead on two laptops: warranty replacement.'],
    ],
  ),
  // ---------------------------------------------------------------- Network
  article('af-vpn-connect', "FortiClient VPN won't connect", null, 'Network / VPN', [
    [
      'Symptoms',
      'FortiClient VPN stops at 40% or 98%, or shows "Credential or SSL VPN configuration is wrong (-7200)", "Unable to establish the VPN connection. The VPN server may be unreachable (-14)", "Permission denied (-455)", or the MFA prompt never comes.',
    ],
    [
      'Fix',
      lines(
        '1. Check internet works without the VPN. Hotel or airport Wi-Fi: open a browser first to accept the captive portal.',
        '2. -7200: wrong username or password. Most clients use "SAML Login" with the Microsoft 365 account; after a password change use the new one. Others use the username shown in Hudu.',
        '3. -14 or stuck at 40%: check the Remote Gateway and port (vpn.clientdomain.ca, port 10443). Some home ISPs or public networks block it; try a phone hotspot.',
        '4. Stuck at 98%: the virtual adapter is broken. Reinstall FortiClient VPN (the current 7.2 build from NinjaOne) and restart.',
        '5. -455: the user is not in the VPN group (VPN-Users) in AD or Entra.',
        '6. FortiToken push never arrives: see the MFA runbook.',
      ),
    ],
    ['Escalate', 'Nobody can connect: check the site firewall and internet (whole-office outage runbook).'],
  ]),
  article(
    'af-vpn-no-access',
    "Connected to VPN but can't reach drives, servers or apps",
    null,
    'Network / VPN',
    [
      [
        'Symptoms',
        "FortiClient says Connected, but mapped drives keep a red X, \\\\server won't open, an office application says it can't find its server or database, or everything (internet, Teams) gets slow while the VPN is on.",
      ],
      [
        'Cause',
        'Usually DNS (the PC asks the home router for internal names instead of the office DC), missing split-tunnel routes, or the home network uses the same subnet as the office (192.168.1.x on both sides).',
      ],
      [
        'Fix',
        lines(
          '1. Ping the server by IP (from Hudu). Works by IP but not by name: DNS. Run ipconfig /all to check the VPN adapter DNS, ipconfig /flushdns, and try the full name server.client.local.',
          '2. Not even by IP: compare the home subnet with the office subnet. If they overlap, L2 must change the VPN pool or the user changes their home router range.',
          '3. Slow internet while connected: the profile must be split tunnel; escalate if it is full tunnel.',
          '4. Drives: once connected, double-click the drive or run the "Map drives" desktop shortcut.',
          '5. Database apps (accounting, billing) over VPN are slow by design; use Remote Desktop to the office PC instead.',
        ),
      ],
    ],
  ),
  article('af-wifi', "Can't connect to the office Wi-Fi", null, 'Network / Wi-Fi', [
    [
      'Symptoms',
      'A laptop won\'t join the staff network, "Can\'t connect to this network", keeps asking for the password, or connects but "No internet". Often right after a password change, because staff Wi-Fi (WPA2-Enterprise) signs in with the network account.',
    ],
    [
      'Fix',
      lines(
        '1. Check which network: staff SSID (e.g. CLIENT-Staff) for company laptops, guest SSID for phones and visitors. The keys are in Hudu.',
        '2. Settings > Network & internet > Wi-Fi > Manage known networks > Forget, then reconnect.',
        '3. Enterprise SSID: after a password change, forget and sign in with the new password; accept the certificate prompt ("Continue connecting?") only for the client\'s RADIUS server name.',
        '4. Check airplane mode and the Wi-Fi key; update the Intel Wireless driver.',
        '5. Weak in one area or every device drops: look at the access points in the UniFi or FortiAP controller for an offline AP.',
        '6. Connected but "No internet": see the no network / DHCP runbook.',
      ),
    ],
  ]),
  article('af-no-network', 'One PC has no internet: 169.254 address or DNS errors', null, 'Network / LAN', [
    [
      'Symptoms',
      'A single computer shows "No internet" or a globe icon, the browser says "This site can\'t be reached" or DNS_PROBE_FINISHED_NXDOMAIN, and ipconfig shows a 169.254.x.x address, while other PCs in the office are fine. Several new devices without an address at once points to a full DHCP scope.',
    ],
    [
      'Fix',
      lines(
        '1. Check the cable and the port lights; try another wall jack or switch port.',
        '2. ipconfig /all: 169.254 means no DHCP answer. Run ipconfig /release and ipconfig /renew.',
        '3. DNS: ipconfig /flushdns; nslookup google.com. DNS servers must be the DC or the firewall, not a hand-typed 8.8.8.8.',
        '4. netsh winsock reset and netsh int ip reset, then restart.',
        '5. DHCP scope: Windows DHCP console or FortiGate > Network > DHCP monitor. If the scope is exhausted, remove stale leases and shorten the lease time; L2 expands the scope.',
        '6. Remove leftover VPN or antivirus network filter drivers from old software.',
      ),
    ],
  ]),
  article('af-isp-outage', 'Whole office internet is down', null, 'Network / WAN', [
    [
      'Symptoms',
      'Everyone at a site loses internet at once, desk phones show No Service as well, NinjaOne raises "site offline" and the firewall is unreachable from outside.',
    ],
    [
      'Fix',
      lines(
        '1. Confirm scope: all users, wired and Wi-Fi? Check the FortiGate Cloud and NinjaOne dashboards.',
        '2. Check the ISP status pages (Eastlink, Bell Aliant) and call the ISP with the circuit ID and account number from Hudu.',
        '3. On site: power-cycle the modem or fibre ONT first (Bell Giga Hub, Eastlink modem), wait 5 minutes, then the firewall. Never factory-reset the modem.',
        '4. Sites with LTE failover (FortiExtender, Cradlepoint): confirm the firewall failed over. Phones may not work on LTE.',
        '5. Forward the main phone number to a mobile in the phone system (see the voicemail and forwarding runbook).',
        '6. Tell the client contact and log the ISP ticket number in the Harbourline ticket.',
      ),
    ],
  ]),
  article(
    'af-web-filter',
    'A website is blocked by the firewall web filter (FortiGuard)',
    null,
    'Network / Firewall',
    [
      [
        'Symptoms',
        'The browser shows the orange FortiGuard page "Web Page Blocked! The page you have requested has been blocked because the URL is categorized as..." (for example Newly Registered Domain, Social Networking, Information Technology), or certificate errors on one site caused by deep inspection.',
      ],
      [
        'Fix',
        lines(
          '1. Get the exact URL and the category from the block page (a screenshot is best).',
          '2. Check the business need; social media or streaming categories need approval from the client contact.',
          '3. FortiGate > Security Profiles > Web Filter > Static URL Filter: add the URL with action Exempt, or add a FortiGuard category override.',
          '4. Misclassified site: submit a re-rating at fortiguard.com/webfilter.',
          '5. Certificate errors: check that the Fortinet_CA_SSL certificate is deployed (GPO or Intune), or exempt the site from SSL deep inspection (banking, health, government portals).',
          "6. Test in a private browser window and record the change in the client's Hudu change log.",
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Backup
  article(
    'af-restore-files',
    'Restore deleted or overwritten files (OneDrive, SharePoint, file server)',
    null,
    'Backup / Restore',
    [
      [
        'Symptoms',
        'A user deleted a file or a whole folder, saved over a spreadsheet, or a file "disappeared" from the shared drive or a Teams channel.',
      ],
      [
        'Fix',
        lines(
          '1. OneDrive and SharePoint: the site or OneDrive Recycle bin keeps items 93 days (check the Second-stage recycle bin too).',
          '2. Saved over: right-click the file > Version history > Restore the earlier version.',
          '3. Mass deletion: OneDrive settings > Restore your OneDrive to an earlier time (up to 30 days); SharePoint library > Settings > Restore this library.',
          '4. On-premises file server: right-click the folder > Properties > Previous Versions (snapshots at 7:00 and 12:00).',
          '5. Older: restore from Datto SIRIS or Veeam. File-level restore, mount the recovery point, copy to a "Restored" folder next to the original; never overwrite the current file.',
          '6. Microsoft 365 data older than the recycle bin: restore from Datto SaaS Protection (one year of history).',
        ),
      ],
      ['Escalate', 'Whole server or VM restores: L2 with client approval.'],
    ],
  ),
  article('af-backup-failed', 'Backup job failed alert (Datto SIRIS / Veeam)', null, 'Backup / Monitoring', [
    [
      'Symptoms',
      'Technician-facing: NinjaOne or Datto alert "Backup failed", "Screenshot verification failed", Veeam job "Failed" with a VSS error (0x800423f4), or no successful backup for 48 hours.',
    ],
    [
      'Fix',
      lines(
        '1. Find the last good backup. Over 24 hours old: treat as priority 2.',
        '2. Datto SIRIS: Protect > the agent. "Agent not communicating": restart the Datto Backup Agent service on the server.',
        '3. Screenshot verification failed: often pending Windows updates or a slow boot; restart the server in the maintenance window and re-run the verification.',
        '4. Veeam VSS errors: vssadmin list writers; restart the service of the failed writer (SQL Writer, Exchange, etc.) and retry.',
        '5. Repository or local storage full: adjust retention.',
        '6. Offsite sync behind: check the site bandwidth throttle.',
        '7. Three failures in a row: notify the client contact.',
      ),
    ],
  ]),
  // ---------------------------------------------------------------- Security
  article(
    'af-phishing-clicked',
    'Suspicious email: a user clicked a link or opened an attachment',
    null,
    'Security / Incidents',
    [
      [
        'Symptoms',
        'A user clicked a link in a fake DocuSign, courier, invoice or "password expires today" email, typed their password into the page that opened, opened an attachment, or asks whether an email is real. Includes urgent gift card or banking change requests that look like they come from a boss.',
      ],
      [
        'Fix',
        lines(
          '1. Stay calm and ask: did you type your password? open an attachment? enable macros or content?',
          '2. Have the user report it with the Report button in Outlook (Report phishing).',
          '3. Password typed: reset it at once, Entra > user > Revoke sessions, check no new MFA methods were added. Then follow the compromised account runbook.',
          '4. Attachment opened: isolate the device in Microsoft Defender (Device page > Isolate device) and run a full scan.',
          '5. Find the same email in other mailboxes: Defender > Explorer, and soft-delete it.',
          '6. Gift card, wire or direct-deposit change requests: always confirm by phone on a known number, never by replying.',
        ),
      ],
    ],
  ),
  article(
    'af-compromised-account',
    'Compromised mailbox: sending spam or strange inbox rules',
    null,
    'Security / Incidents',
    [
      [
        'Symptoms',
        'Contacts receive emails the user never sent ("shared a document with you", fake invoices), floods of bounce-backs, inbox rules that move everything to RSS Feeds or Archive, sign-ins from other countries, or "Your account has been restricted from sending" (Restricted entities).',
      ],
      [
        'Fix',
        lines(
          '1. Reset the password and Revoke sessions (Entra admin center > Users > user).',
          "2. Authentication methods: remove phones or authenticator apps the user doesn't recognise.",
          '3. Remove malicious inbox rules (Get-InboxRule) and forwarding (Exchange admin center > mailbox > Mail flow settings).',
          '4. Entra > Enterprise applications: remove suspicious app consents.',
          '5. Once clean, release the user in Defender > Restricted entities.',
          '6. Review sign-in logs and the unified audit log for data access; health and municipal clients may have privacy reporting duties (PHIA, FOIPOP), so inform the client contact.',
          '7. Send a warning to the people who got the fake mail.',
        ),
      ],
      ['Escalate', 'Always L3 security for the incident report.'],
    ],
  ),
  article('af-ransomware', 'Ransomware or malware outbreak: first response', null, 'Security / Incidents', [
    [
      'Symptoms',
      "Files renamed with a strange extension (.akira, .lockbit), a ransom note (README.txt, RESTORE_FILES.html) in folders, many files won't open, Defender or SentinelOne alerts on several machines, or a server share suddenly unreadable.",
    ],
    [
      'Fix',
      lines(
        '1. Disconnect the affected PCs from the network (unplug the cable, turn Wi-Fi off). Do NOT power them off; memory holds evidence.',
        "2. Call the Harbourline on-call line immediately; don't rely on email.",
        '3. Isolate devices in Defender for Endpoint or SentinelOne.',
        '4. Disable VPN access and pause backup offsite sync so good recovery points are not overwritten.',
        '5. Identify the first machine (patient zero) and the user.',
        '6. Inform client leadership and their cyber insurer; never contact the attackers.',
        '7. Restore only after the cause is found and closed.',
      ),
    ],
    ['Escalate', 'Always priority 1, L3 and the security lead.'],
  ]),
  article('af-lost-device', 'Lost or stolen laptop or phone', null, 'Security / Devices', [
    ['Symptoms', 'A user left a laptop in a taxi, a phone was stolen, or a bag was taken from a car.'],
    [
      'Fix',
      lines(
        '1. Company-owned or personal device? Check Intune and the Hudu asset.',
        '2. Reset the password and Revoke sessions.',
        '3. Intune > Devices > the device: Wipe for company laptops and phones, Retire for personal phones (removes only company data). iPhones: enable Lost mode first if there is a chance of recovery.',
        '4. Confirm BitLocker was on (Intune > device > Encryption), which protects the data at rest.',
        '5. The user files a police report for insurance; note the serial number from Hudu.',
        '6. Order or prepare a replacement and set it up with Autopilot.',
      ),
    ],
  ]),
  // ---------------------------------------------------------------- People
  article('af-onboarding', 'New employee setup request', null, 'People / Onboarding', [
    [
      'What we need',
      "Five business days' notice, from an authorised client contact: full name, start date, job title, department, manager, which shared mailboxes, Teams and drive groups, line-of-business apps, phone extension, and whether a laptop must be ordered.",
    ],
    [
      'Steps',
      lines(
        "1. Create the account (Microsoft 365 admin center, or AD for hybrid clients) with the client's naming standard.",
        '2. Assign the licence (usually Business Premium) and add groups, shared mailboxes and Teams.',
        '3. Prepare the laptop with Autopilot: assign it to the user in Intune.',
        '4. Create a Temporary Access Pass for day one so the user registers Authenticator on arrival.',
        '5. Phone extension in the phone system; voicemail PIN set to the default.',
        "6. Line-of-business accounts per the client's own runbook, or ask the client's app admin.",
        '7. Send the welcome sheet (sign-in, MFA, how to get help) to the manager.',
      ),
    ],
  ]),
  article(
    'af-offboarding',
    'Employee leaving: disable the account and keep their email and files',
    null,
    'People / Offboarding',
    [
      [
        'What we need',
        'Written request from an authorised contact with the last day and time, who should get the email and files, and where the laptop and phone are.',
      ],
      [
        'Steps',
        lines(
          '1. At the agreed time: block sign-in, reset the password, Revoke sessions, remove MFA methods.',
          '2. Convert the mailbox to a shared mailbox and give the manager Full Access; set an automatic reply if requested.',
          '3. Remove the licence only after the conversion.',
          '4. OneDrive: Microsoft 365 admin center > user > OneDrive > "Create link to files" for the manager (kept 30 days after deletion by default).',
          '5. Remove from groups, Teams, VPN group and distribution in the phone system.',
          '6. Wipe or collect devices (Intune Wipe / Retire); remove line-of-business accounts.',
          '7. Update Hudu and close with a checklist in the ticket.',
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Hardware & mobile
  article(
    'af-hardware-warranty',
    'Hardware failure: diagnostics and warranty repair (Dell, Lenovo, HP)',
    null,
    'Hardware',
    [
      [
        'Symptoms',
        'A laptop won\'t power on, cracked screen, dead keys, swollen battery lifting the touchpad, loud fan, beep or LED codes, or "No bootable device".',
      ],
      [
        'Fix',
        lines(
          '1. Power drain: unplug everything, hold the power button 30 seconds; try a known-good charger.',
          '2. Dell: run ePSA / SupportAssist diagnostics (F12 at boot > Diagnostics) and note the validation code. Lenovo: Lenovo Diagnostics. HP: F2 hardware diagnostics.',
          '3. Check warranty from the Hudu asset (Dell TechDirect, Lenovo PC Support).',
          '4. Open a dispatch: Dell ProSupport next business day on site, Lenovo Premier. Accidental damage needs the ADP add-on.',
          '5. Swollen battery: stop using and charging it now; fire risk.',
          '6. Offer a loaner laptop from Harbourline stock while it is repaired.',
        ),
      ],
    ],
  ),
  article(
    'af-mobile-email',
    'Set up work email and Teams on a phone (Outlook app)',
    null,
    'Hardware / Mobile',
    [
      [
        'Symptoms',
        'A user has a new iPhone or Android and wants work email; the built-in Mail app or Gmail app says "Cannot get mail" or the account is blocked. Harbourline clients only allow the Outlook mobile app.',
      ],
      [
        'Fix',
        lines(
          '1. Install Microsoft Outlook and Microsoft Authenticator from the App Store or Google Play.',
          '2. Android only: install Company Portal too (no need to enroll; it is the broker for sign-in).',
          '3. Open Outlook > Add account > the work email > sign in with MFA.',
          '4. App protection asks for a PIN for work data; copy-paste to personal apps is blocked by design.',
          '5. Remove the work account from the built-in Mail app.',
          '6. Teams and OneDrive: install them the same way; they pick up the account.',
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Telephony
  article('af-voip-phone', 'Desk phone shows No Service or Not Registered', null, 'Telephony', [
    [
      'Symptoms',
      'A Yealink desk phone (T43U, T54W) shows "No Service", "Account not registered" or a blank screen, has no dial tone, reboots by itself, or calls have one-way audio.',
    ],
    [
      'Fix',
      lines(
        '1. Check the cable goes into the phone\'s "Internet" port (not "PC"), and the switch port supplies PoE; a blank screen usually means no power.',
        '2. Unplug the phone 10 seconds and plug it back.',
        '3. Phone menu > Status: no IP address means a network problem.',
        '4. 3CX admin console > Phones: check the extension is registered; re-provision the phone if needed.',
        '5. One-way audio: SIP ALG must be off on the firewall (FortiGate: set default-voip-alg-mode kernel-helper-based and remove the SIP session helper).',
        '6. All phones at the site down: see the whole office internet outage runbook.',
      ),
    ],
  ]),
  article(
    'af-voicemail-forwarding',
    'Voicemail PIN, call forwarding and closure greetings (3CX)',
    null,
    'Telephony',
    [
      [
        'When to use',
        'A user forgot the voicemail PIN, wants calls forwarded to a mobile, or the office is closed (holiday, storm day) and the main line must play a closure message.',
      ],
      [
        'Fix',
        lines(
          '1. PIN: 3CX admin console > Users > user > Voicemail > PIN. The user checks voicemail by dialling 999.',
          '2. Forwarding: in the 3CX web client or app, Status > Away > forward to a mobile number. Admins can set it under Users > Forwarding rules.',
          '3. Holidays: 3CX admin console > Office Hours > Holidays > Add the date; the main line follows the out-of-office route.',
          '4. Storm or unplanned closure: switch the global office status to "Out of office" in the console, or the client\'s reception dials the status code listed in Hudu.',
          '5. Greetings: upload a WAV file to the Digital Receptionist (IVR) prompt, or have the client record it by phone.',
          '6. Voicemail to email: Users > Voicemail > "Send voicemail as attachment".',
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Line-of-business apps
  article(
    'af-quickbooks',
    'QuickBooks Desktop multi-user errors (H202, H505, -6000)',
    null,
    'Applications / Accounting',
    [
      [
        'Symptoms',
        '"This company file is on another computer, and QuickBooks needs some help connecting" with H202 or H505; errors -6000, -83, -6123; can\'t switch to multi-user mode; "Company file in use".',
      ],
      [
        'Fix',
        lines(
          '1. On the server holding the .QBW: the QuickBooksDBXX service (Database Server Manager) must be running, and the company folder scanned in QuickBooks Database Server Manager.',
          '2. Windows Firewall on the server: allow the QuickBooks ports (8019, 56728, 55378-55382 depending on the year).',
          '3. Workstations open the file through the UNC path \\\\SERVER\\QuickBooks\\Company.qbw or the mapped drive, never a local copy.',
          '4. Run QuickBooks Tool Hub > Network Issues > QuickBooks File Doctor on the workstation.',
          '5. -6000 -83: the QBDataServiceUserXX account needs Full Control on the company folder.',
          '6. Every PC must run the same QuickBooks year and release (e.g. 2024 R10); update through Help > Update QuickBooks Desktop.',
        ),
      ],
      ['Escalate', 'Data damage (Verify Data fails): Intuit support, billed to the client.'],
    ],
  ),
  article(
    'af-sage50',
    "Sage 50 Canadian Edition can't open the company file",
    null,
    'Applications / Accounting',
    [
      [
        'Symptoms',
        '"Sage 50 cannot connect to the company database", "Connection Manager is not running", "The company file is being used in single-user mode by another user", or Sage stops opening after a Windows update or server restart.',
      ],
      [
        'Fix',
        lines(
          '1. On the server holding the data: the "Sage 50 Connection Manager" service for that version must be Running. Restart it.',
          '2. Windows Firewall on the server: allow the Connection Manager (MySQL port 13540 and the mysqld-nt process).',
          '3. Every workstation must run the same Sage 50 release as the data (Help > About; update with Help > Check for Updates).',
          '4. Open the company through \\\\SERVER\\Sage\\Company.SAI, not a copy on the desktop.',
          '5. Single-user lock: ask everyone to close Sage; if it stays locked, restart the Connection Manager service.',
          '6. Before year-end or payroll updates, make a Sage backup (File > Backup).',
        ),
      ],
      [
        'Escalate',
        'Database repair or "data integrity" errors: Sage support, with the client\'s account number.',
      ],
    ],
  ),
  article(
    'af-pdf-acrobat',
    'PDFs open in the browser, or Acrobat asks to sign in or says trial',
    null,
    'Applications / Office',
    [
      [
        'Symptoms',
        'PDFs open in Edge or Chrome instead of Acrobat; Adobe Acrobat says "Sign in required", "Your trial has expired" or shows Reader only, so Edit PDF and Combine Files ask to buy.',
      ],
      [
        'Fix',
        lines(
          '1. Default app: right-click a PDF > Open with > Choose another app > Adobe Acrobat > Always. Or Settings > Apps > Default apps > .pdf.',
          '2. Acrobat Pro is licensed per named user: in Acrobat, Help > Sign in with the work email (Company or School Account).',
          '3. Check the user has a licence in the Adobe Admin Console (adminconsole.adobe.com) > Users; assign Acrobat Pro if one is free.',
          '4. Still "trial": sign out (Help > Sign out), clear the Adobe license cache with the Adobe Licensing Toolkit, sign in again.',
          '5. Users without a Pro licence can still fill and sign forms in free Reader (Fill & Sign).',
        ),
      ],
    ],
  ),
  article(
    'af-remote-support',
    'How users get remote help from Harbourline (ScreenConnect)',
    null,
    'Helpdesk',
    [
      [
        'When to use',
        "A technician needs to see the user's screen, or a user asks how to let Harbourline connect.",
      ],
      [
        'Steps',
        lines(
          '1. Managed PCs: the tech starts a ScreenConnect session from NinjaOne; the user clicks Allow when the prompt appears.',
          '2. Or the user right-clicks the blue Harbourline icon in the tray > "Request support", which opens a ticket with the PC name.',
          '3. Unmanaged or home PC: the user opens help.harbourline.ca, enters the 6-digit code the tech reads out, and runs the downloaded file.',
          '4. Macs: allow Screen Recording and Accessibility for ScreenConnect in System Settings > Privacy & Security.',
          '5. Phone support: 902-555-0142, option 1; after hours option 9 for urgent issues.',
        ),
      ],
    ],
  ),
];

const CLIENT_RUNBOOKS: BenchArticle[] = [
  // ---------------------------------------------------------------- Ketch Harbour Seafoods
  article(
    'af-kh-innova',
    "Ketch Harbour: Marel Innova production software can't reach the server",
    ketch,
    'Runbooks / Production',
    [
      [
        'Overview',
        'Innova (Marel) runs the plant: grading, weighing, batch traceability and case labels. The server is KHS-APP01 (SQL Server 2019 + Innova Server service) in the office rack. Clients run on the grading-line PCs, the packing stations and the shipping office.',
      ],
      [
        'Symptoms',
        'Innova client shows "Unable to connect to Innova server" or "Login failed", grading and weighing screens freeze, packing stations stop printing labels, usually after a power blip or a Windows update night.',
      ],
      [
        'Fix',
        lines(
          '1. Check KHS-APP01 is up (NinjaOne). After a power failure the server can come up before the switch; restart it if it has no network.',
          '2. On KHS-APP01, services.msc: "Innova Server" and "SQL Server (INNOVA)" must be Running. Start SQL first, then Innova Server.',
          '3. The Sentinel HASP licence dongle must be in the back USB port; the Sentinel Admin page (http://localhost:1947) must show the key.',
          '4. On the client PC, restart the Innova client; the server address is in C:\\Marel\\Innova\\client.ini (KHS-APP01:6502).',
          '5. Only one station down: check its network cable at the grading line (they get knocked out by washdowns).',
        ),
      ],
      [
        'Escalate',
        'Still down after 15 minutes during production: Marel support (24/7 number in Hudu) and call Darren Boutilier, plant manager.',
      ],
    ],
  ),
  article(
    'af-kh-zebra',
    'Ketch Harbour: Zebra case-label printers on the packing line',
    ketch,
    'Runbooks / Printing',
    [
      [
        'Overview',
        "Four Zebra ZT411 printers (PACK-1 to PACK-4) print GS1-128 case labels from Innova with a wax/resin ribbon on 4x6 labels. Retailers reject pallets whose barcodes don't scan.",
      ],
      [
        'Symptoms',
        'Blank labels, every second label skipped, print starting half-way down the label or cut off, faded or streaky barcodes, red error light "MEDIA OUT" or "RIBBON OUT" with media loaded.',
      ],
      [
        'Fix',
        lines(
          '1. Blank labels: the ribbon is missing, inside-out or the wrong type. Ribbon ink side must face the labels.',
          '2. Skipping or mis-positioned labels: run a media calibration. Menu > Print > Sensors > Manual Calibration (or hold PAUSE + FEED for 2 seconds). Print a test label.',
          '3. Faded or white lines through the barcode: clean the printhead with a Zebra cleaning pen (isopropyl), let it dry; condensation from the cold room causes streaks, so keep the cover closed.',
          "4. Darkness: Innova label template uses darkness 22; don't change it on the printer front panel.",
          '5. Not printing at all: check the printer is Ready and pingable (PACK-1 is 10.20.30.41, PACK-2 .42, PACK-3 .43, PACK-4 .44).',
          '6. Reprint the cases from the Innova packing station (Reprint last label).',
        ),
      ],
      [
        'Escalate',
        'Printhead damage (white line stays after cleaning): replace the printhead, spares in the maintenance crib.',
      ],
    ],
  ),
  article(
    'af-kh-handhelds',
    'Ketch Harbour: TC52 handheld scanners in the freezer and receiving',
    ketch,
    'Runbooks / Devices',
    [
      [
        'Overview',
        'Twelve Zebra TC52 handhelds run Innova Mobile for receiving totes, cold-store put-away and shipping picks. They use the KHS-Scan Wi-Fi network and Zebra DataWedge to send scans to the app.',
      ],
      [
        'Symptoms',
        'Handheld drops Wi-Fi in the freezer or loading dock, Innova Mobile says "Server not reachable", battery dies in an hour, scan trigger lights up but nothing goes into the field, or the device was factory reset.',
      ],
      [
        'Fix',
        lines(
          "1. Batteries lose capacity in the -25°C freezer: swap to a warm spare battery from the charger in the shipping office; don't leave units in the freezer between picks.",
          "2. Wi-Fi drops: make sure it's on KHS-Scan, not KHS-Guest; restart the device (hold power > Restart). Freezer coverage comes from AP-FRZ-1; if that AP is offline in UniFi, reboot it from the controller.",
          '3. Scan beam but no data: DataWedge profile missing. Open DataWedge > Profiles > "InnovaMobile" must be enabled and associated with the app. Re-import with the StageNow barcode.',
          '4. Factory reset or new unit: scan the StageNow enrollment barcodes in the binder in the shipping office, in order (Wi-Fi, then apps, then DataWedge).',
        ),
      ],
      [
        'Escalate',
        'Hardware (cracked screen, trigger broken): Zebra OneCare repair, contract number in Hudu.',
      ],
    ],
  ),
  article(
    'af-kh-wharf-link',
    'Ketch Harbour: wireless bridge to the wharf weigh house',
    ketch,
    'Runbooks / Network',
    [
      [
        'Overview',
        'The weigh house on the wharf has no cable to the office. A Ubiquiti airMAX point-to-point link (two NanoBeam 5AC, office roof to weigh house gable) carries its network: the scale PC (KHS-WEIGH1), the Innova weigh station and the landing slip printer.',
      ],
      [
        'Symptoms',
        'Weigh house PC has no network or internet, landing slips and scale tickets stop reaching the office, Innova weigh station shows offline, often after a storm or a power cut on the wharf.',
      ],
      [
        'Fix',
        lines(
          '1. In UISP (Harbourline login) check the link "KHS-Wharf-PtP": signal should be around -55 dBm. Lower than -70 dBm after a storm means the dish moved.',
          '2. Weigh house side: the PoE injector is in the cupboard under the scale desk. Check its green light; unplug it for 10 seconds.',
          '3. Office side: the roof NanoBeam is powered from switch port 24 in the office rack; bounce the port.',
          '4. If the link is up but the PC has no network, check the small switch under the scale desk.',
          '5. Meanwhile, weigh-masters can write paper landing slips and enter them in Innova later.',
        ),
      ],
      [
        'Escalate',
        'Dish out of alignment: roof or gable work, book a tech with the harness and tell the wharf manager.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Bedford Basin Dental & Physiotherapy
  article(
    'af-bb-abeldent',
    "Bedford Basin: ABELDent won't open at a workstation",
    bedford,
    'Runbooks / Practice management',
    [
      [
        'Overview',
        'ABELDent is the dental practice management system (schedule, charting, billing). Data lives on BBD-SRV01 in the server closet behind sterilisation; workstations at the front desk and in the six operatories run the client.',
      ],
      [
        'Symptoms',
        '"Unable to connect to the ABELDent server", "Error 3: path not found" or the ABELDent icon does nothing; the schedule is blank on one PC; all operatories down at once.',
      ],
      [
        'Fix',
        lines(
          '1. One PC only: check the A: drive (\\\\BBD-SRV01\\ABELDent) is connected in This PC. If it shows a red X, double-click it or sign out and back in.',
          '2. On BBD-SRV01, services.msc: "ABELDent Database Server" must be Running. Restart it only when nobody is saving a chart (warn the front desk first).',
          '3. All PCs down: check BBD-SRV01 is on and reachable; the UPS beeps if there was a power cut.',
          '4. After an ABELDent update, every workstation must run the update from \\\\BBD-SRV01\\ABELDent\\Update\\WSUpdate.exe as admin.',
          "5. Test by opening today's schedule.",
        ),
      ],
      [
        'Escalate',
        'Database errors or corruption messages: ABELDent support (account number in Hudu) and tell the office manager, Colleen.',
      ],
    ],
  ),
  article(
    'af-bb-xray',
    'Bedford Basin: intraoral X-ray sensor not detected in an operatory',
    bedford,
    'Runbooks / Imaging',
    [
      [
        'Overview',
        'Each operatory has a DEXIS Titanium intraoral sensor on USB and DEXIS Imaging Suite, launched from the ABELDent chart through the imaging bridge. Images are stored on BBD-SRV01.',
      ],
      [
        'Symptoms',
        'DEXIS shows "Sensor not connected" or the sensor light stays off; the X-ray button in the ABELDent chart does nothing or opens DEXIS on the wrong patient.',
      ],
      [
        'Fix',
        lines(
          '1. Unplug the sensor USB and plug it straight into a rear USB port on the PC (not a hub, not the monitor).',
          '2. Device Manager > Imaging devices: "DEXIS Sensor" should appear. A yellow mark: reinstall the DEXIS driver from \\\\BBD-SRV01\\Installs\\DEXIS.',
          '3. Power Options > USB settings > USB selective suspend: Disabled (Harbourline policy for op PCs; reapply if missing).',
          '4. Close and reopen DEXIS Imaging Suite, then take the image again.',
          '5. Bridge not opening the patient: in ABELDent, Setup > Imaging Link must point to DEXIS with the path C:\\Program Files\\DEXIS\\DEXIS.exe. Open the patient chart first, then click the X-ray button.',
          '6. Try the sensor in another operatory to tell a PC problem from a sensor problem.',
        ),
      ],
      [
        'Escalate',
        'Sensor dead in two rooms: Henry Schein (DEXIS dealer) for warranty; loaner sensor via the office manager.',
      ],
    ],
  ),
  article(
    'af-bb-itrans',
    'Bedford Basin: CDAnet insurance claims not transmitting (ITRANS)',
    bedford,
    'Runbooks / Claims',
    [
      [
        'Overview',
        'Dental claims and predeterminations go to insurers (Sun Life, Manulife, Canada Life, Blue Cross) from ABELDent through the ITRANS Claims Software on BBD-SRV01.',
      ],
      [
        'Symptoms',
        'Claims stuck as "Pending" or "Not sent" in ABELDent, "Communication error", "ITRANS Claims Software is not running", or insurer response code 997 / "network error" on every claim.',
      ],
      [
        'Fix',
        lines(
          '1. On BBD-SRV01, check the ITRANS Claims Software icon in the tray is green. If it is red or missing, start it from the desktop shortcut (it must run under the clinicadmin session, which stays signed in).',
          '2. services.msc: "ITRANS Claims Service" Running; restart it.',
          '3. Check internet on the server (the web filter must not block *.itrans.ca).',
          '4. In ABELDent, resend pending claims: Claims > Outstanding > Resend.',
          '5. One insurer only failing: check ITRANS status page for insurer outages before changing anything.',
        ),
      ],
      [
        'Escalate',
        'Certificate or provider number errors: ITRANS support with the provider CDA number from Hudu.',
      ],
    ],
  ),
  article(
    'af-bb-jane',
    'Bedford Basin: physio front desk, Jane card terminals and check-in iPad',
    bedford,
    'Runbooks / Physiotherapy',
    [
      [
        'Overview',
        "The physiotherapy side books and bills in Jane (web app). Payments go through two Jane Payments card terminals (Stripe WisePOS E) at the physio desk; patients check in on an iPad kiosk running Jane's check-in page in Guided Access.",
      ],
      [
        'Symptoms',
        'Card terminal shows "Offline" or Jane says "No terminal found" when charging a patient; tap payments time out; the check-in iPad is stuck on a loading page or shows "you\'ve been signed out".',
      ],
      [
        'Fix',
        lines(
          '1. Terminal: it must be on the BBD-Staff Wi-Fi, not BBD-Guest (Settings by swiping from the left on the terminal, PIN in Hudu). Restart it (hold power 3 seconds).',
          '2. In Jane: Settings > Payments > Terminals: the terminal must be listed and assigned to the physio location. Re-register with the code shown on the terminal if missing.',
          "3. Internet at the clinic must be up; the terminals can't take offline payments.",
          '4. iPad kiosk: triple-click the side button, enter the Guided Access code (Hudu), reload the Jane check-in page and sign in with the kiosk account, then restart Guided Access.',
        ),
      ],
      [
        'Escalate',
        'Jane account or payout questions: the clinic owner is the Jane account admin; Harbourline does not manage Jane settings beyond terminals.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Cobequid Shore
  article(
    'af-cs-publicpc',
    'Cobequid Shore Library: public access computers (PC reservation and Deep Freeze)',
    cobequid,
    'Runbooks / Library',
    [
      [
        'Overview',
        'The Cobequid Shore Public Library has eight public computers (LIB-PUB01 to 08) running EnvisionWare PC Reservation for sign-in with a library card, and Faronics Deep Freeze, which wipes every change at restart.',
      ],
      [
        'Symptoms',
        'A patron\'s library card is refused at sign-in ("Invalid barcode or PIN"), a PC sits on "This computer is reserved" with nobody there, or software installed or updated on a public PC is gone after restart.',
      ],
      [
        'Fix',
        lines(
          '1. Card refused: check the card is not expired or blocked in the library system (circulation staff), and that the PIN is the one set at the circ desk.',
          '2. Stuck reservation: on the circulation desk PC open EnvisionWare Reservation Station > select the PC > End session / Release.',
          '3. Changes disappear: that is Deep Freeze working. To install or update, open the Deep Freeze Console on LIB-STAFF01, choose the PCs > Reboot Thawed, make the change, then Reboot Frozen. Harbourline applies Windows updates during the Tuesday night thaw window.',
          '4. Print release problems go to EnvisionWare LPT:One on the same staff PC (restart the LPT:One service).',
        ),
      ],
      ['Escalate', 'Reservation server (CSM-SRV01) errors: L2; EnvisionWare support contract in Hudu.'],
    ],
  ),
  article(
    'af-cs-council-av',
    'Cobequid Shore: council chamber livestream and hybrid meetings',
    cobequid,
    'Runbooks / Council chamber',
    [
      [
        'Overview',
        "Council and committee meetings are held in the chamber and streamed to the Municipality's YouTube channel. The chamber PC (CSM-CHAMBER) runs OBS Studio; a Meeting Owl 3 and the Shure ceiling microphones feed a mixer; remote councillors join by Teams on the same PC.",
      ],
      [
        'Symptoms',
        'The livestream has no sound or echo, YouTube shows "stream key invalid" or no data, remote councillors can\'t hear the room, or the Owl camera shows the wrong person.',
      ],
      [
        'Fix',
        lines(
          '1. Start 30 minutes early. Mixer on (switch on the right side), then CSM-CHAMBER, then the Owl.',
          '2. OBS > Audio Mixer: "Chamber mixer (USB Audio CODEC)" must move when someone speaks; unmute it. Desktop audio muted (stops echo from Teams).',
          '3. YouTube Studio > Go live > Stream: copy the current stream key into OBS > Settings > Stream. Keys change if the clerk created a new scheduled event.',
          '4. Teams on CSM-CHAMBER: Device settings > Microphone = "Chamber mixer", Speaker = "Chamber ceiling", Camera = "Meeting Owl 3".',
          '5. Start Streaming in OBS and check the YouTube preview with the clerk before the meeting is called to order.',
        ),
      ],
      [
        'Escalate',
        'During a live meeting: call the Harbourline on-call line; the clerk (Janet MacLellan) decides whether to recess.',
      ],
    ],
  ),
  article(
    'af-cs-diamond',
    'Cobequid Shore: Diamond tax and utility billing errors',
    cobequid,
    'Runbooks / Finance',
    [
      [
        'Overview',
        'Property tax, water/sewer utility billing and receipting run in Diamond Municipal Solutions. Data is on CSM-SRV01 in an Actian Zen (Pervasive) database; finance and front counter PCs run the Diamond client.',
      ],
      [
        'Symptoms',
        '"Unable to locate database" or Pervasive/Zen "Status 3012" or "Status 94" errors on opening Diamond; receipting hangs at the front counter; everything is very slow at month-end.',
      ],
      [
        'Fix',
        lines(
          '1. Status 3012 (local engine not accessible) on one PC: restart the PC; check the "Actian Zen Workgroup Engine" or client requester is running.',
          '2. All PCs: on CSM-SRV01, services.msc > "Actian Zen Enterprise Server" must be Running; restart it after everyone has closed Diamond.',
          '3. Status 94 (permission error): the user needs Modify on \\\\CSM-SRV01\\Diamond (group FIN-Diamond).',
          '4. Month-end slowness: ask users to close Diamond on idle PCs; run the Diamond "Rebuild indexes" utility after hours.',
          '5. Tax bill printing: the bill stock is loaded in the finance printer tray 2; Diamond uses the "Tax Bills" printer profile.',
        ),
      ],
      [
        'Escalate',
        'Year-end roll-over and version updates: Diamond support with the treasurer; never run them without a fresh backup.',
      ],
    ],
  ),
  article(
    'af-cs-remote-sites',
    'Cobequid Shore: fire hall and water plant site-to-site VPN',
    cobequid,
    'Runbooks / Network',
    [
      [
        'Overview',
        'The volunteer fire hall and the water treatment plant each have a FortiGate 40F with an IPsec tunnel to the municipal office FortiGate. Through it they reach file shares, Diamond work orders and the office printers.',
      ],
      [
        'Symptoms',
        'At the fire hall or water plant: internet works but \\\\CSM-SRV01 shares, mapped drives or office printers are unreachable; the water plant laptop can\'t open the office server; FortiGate alert "IPsec tunnel down".',
      ],
      [
        'Fix',
        lines(
          '1. FortiGate (office) > Dashboard > Network > IPsec: find tunnel "FH-to-Office" or "WTP-to-Office". Down: right-click > Bring Up.',
          '2. Still down: check the remote site internet (Eastlink at the fire hall, Starlink at the water plant). Starlink changes its public IP, so the WTP tunnel uses dial-up mode with the remote ID "WTP-40F".',
          "3. Phase 1 up but phase 2 down: check the subnets (fire hall 10.40.2.0/24, water plant 10.40.3.0/24) haven't been changed on the remote FortiGate.",
          '4. Tunnel up but no access: test ping CSM-SRV01 from the remote site; check the firewall policies in the office FortiGate.',
        ),
      ],
      [
        'Escalate',
        'SCADA and plant control systems are not on this tunnel and are supported by the integrator, not Harbourline.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Saltbox Studio Architects
  article(
    'af-sb-autodesk',
    'Saltbox: Autodesk Revit and AutoCAD licence and sign-in problems',
    saltbox,
    'Runbooks / Design software',
    [
      [
        'Overview',
        'Saltbox uses Autodesk named-user subscriptions (AEC Collection and AutoCAD LT). Seats are assigned by the studio manager, Robyn Chiasson, in the Autodesk Account.',
      ],
      [
        'Symptoms',
        'Revit or AutoCAD says "No license available", "Your license has expired" or "You don\'t have access", loops at the Autodesk sign-in window, or "Licensing error LMM 1-3" / "Autodesk Desktop Licensing Service error".',
      ],
      [
        'Fix',
        lines(
          '1. Check the seat: manage.autodesk.com > By User: the user must have Revit / AEC Collection assigned. New staff need a seat before first launch.',
          '2. In Revit: user menu (top right) > Sign out, close, reopen and sign in with the work email (SSO to Microsoft 365).',
          '3. Services: "Autodesk Desktop Licensing Service" must be Running; restart it.',
          '4. Licensing error: open Autodesk Access > Settings > Reset licensing, or run the AdskLicensingInstHelper change command to set the product to USER licensing.',
          '5. Working offline (site visits): sign in while online first; named-user licences work offline up to 30 days.',
        ),
      ],
      [
        'Escalate',
        'No free seat: Robyn buys or reassigns; Harbourline does not purchase Autodesk subscriptions.',
      ],
    ],
  ),
  article('af-sb-plotter', 'Saltbox: HP DesignJet T1700 plotter problems', saltbox, 'Runbooks / Printing', [
    [
      'Overview',
      'The HP DesignJet T1700 (44-inch roll, PLOTTER-01, 192.168.10.60) prints drawing sets up to ARCH E (36x48). Drivers: HP DesignJet T1700 HP-GL/2 on each workstation.',
    ],
    [
      'Symptoms',
      'A sheet prints tiny or scaled, cut into tiles, or clipped; the plotter says "out of paper" or "roll not loaded" with a full roll; paper jams at the cutter; wrong roll (bond vs. photo).',
    ],
    [
      'Fix',
      lines(
        '1. Scaled or tiled: in Revit Print > Setup pick the paper size (ARCH D 24x36 or ARCH E1 30x42) and "Zoom 100%"; in the driver set "Roll" as source and disable "Print preview" scaling. Never use the Windows "Fit to page".',
        '2. "Out of paper" with a roll loaded: unload and reload the roll from the front panel (Paper > Unload roll, then Load roll), making sure the leading edge is straight; trim it if torn.',
        '3. Jam: Paper > Unload, open the window, cut and remove the scrap, clean the platen; never pull paper backwards through the cutter.',
        '4. Queue stuck: delete jobs on the front panel (Job queue) and in Windows.',
        '5. Ink or printhead warnings: replace from stock; order more when below two of any colour.',
      ),
    ],
    ['Escalate', 'Hardware errors (e.g. 86:01 carriage): HP Care Pack onsite, number in Hudu.'],
  ]),
  article(
    'af-sb-revit-central',
    'Saltbox: Revit central models on the project NAS (Synchronize with Central)',
    saltbox,
    'Runbooks / Design software',
    [
      [
        'Overview',
        'Revit projects are workshared: the central model lives on the Synology NAS \\\\SBX-NAS01\\Projects\\<job>\\Revit, and each user works in a local copy in C:\\Revit Local.',
      ],
      [
        'Symptoms',
        '"Cannot synchronize with central", "The central model is in use by another user" or "Can\'t edit the element until Marie saves it to central and relinquishes it"; sync takes forever; "central model not found" after someone moved the folder.',
      ],
      [
        'Fix',
        lines(
          '1. Check the NAS is reachable (\\\\SBX-NAS01 opens). From home, syncing over VPN is very slow; remote staff should use their office PC through Remote Desktop.',
          '2. "In use": another sync is running; wait and retry. A stale lock after a crash clears after 10-15 minutes.',
          "3. Element borrowed by someone who is away: they open their local file (Remote Desktop to their office PC is fine) and Synchronize with Central with \"Relinquish all mine\" ticked. If they can't be reached, L2 does it from their office PC with the studio manager's approval. Don't delete their local file first; that leaves the elements borrowed.",
          '4. Central moved or renamed: never move central models in Explorer. Open the new central with "Create New Local".',
          '5. After any error: make a fresh local (File > Open > the central > Create New Local) rather than reusing an old one.',
        ),
      ],
      ['Escalate', 'Corrupt central: restore from the NAS snapshots (Hyper Backup, hourly) with L2.'],
    ],
  ),
  article(
    'af-sb-bluebeam',
    'Saltbox: Bluebeam Revu licence (view mode) and Studio Sessions',
    saltbox,
    'Runbooks / Design software',
    [
      [
        'Overview',
        'Saltbox marks up drawings in Bluebeam Revu 21 (subscription, Bluebeam ID). Consultants invite staff to Bluebeam Studio Sessions for review rounds.',
      ],
      [
        'Symptoms',
        'Revu opens in "View Mode" or says "Your subscription is not active", markup tools greyed out, can\'t join a Studio Session from an invite, or the session ID is refused.',
      ],
      [
        'Fix',
        lines(
          '1. Revu > Help > Sign in with the work email (Bluebeam ID). View Mode means no plan is assigned.',
          '2. Bluebeam Admin (bluebeam.com > Manage account) as the studio manager: Users > assign a Core or Complete seat.',
          '3. After assigning, sign out and back into Revu.',
          '4. Studio Session invite: Revu > Studio > Sessions > Join > enter the ID (123-456-789). Sign in to Studio with the same Bluebeam ID as the invite email; a different address is refused.',
          "5. Studio server: the consultant's session must be on Studio Prime North America (Revu > Studio > Settings).",
          '6. PDFs opening in Revu instead of Acrobat is a default-app setting; set per user.',
        ),
      ],
    ],
  ),
];

export const SET_AF_ARTICLES: readonly BenchArticle[] = [...GLOBAL, ...CLIENT_RUNBOOKS];
