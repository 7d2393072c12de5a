/**
 * Set O: a blind labelled KB set, written without reading the search code or any other set.
 * An Irish/Scottish MSP's IT Glue: generic M365, Entra, Intune, Windows, network, security and VoIP
 * runbooks plus client runbooks for an accountancy practice, a vet group, a distillery and a housing association.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_O_CLIENTS = {
  keogh: 'Keogh Ballantyne Accountants',
  glenmore: 'Glenmore Veterinary Group',
  lochan: 'Lochan Dubh Distillery',
  cairnhill: 'Cairnhill Housing Association',
} as const;

const { keogh, glenmore, lochan, cairnhill } = SET_O_CLIENTS;

export const SET_O_ARTICLES: readonly BenchArticle[] = [
  // Microsoft 365
  article(
    'o-outlook-crash-addins',
    'Outlook crashes on launch or hangs at "Processing" (add-ins)',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Outlook for Windows closes a few seconds after opening, hangs on the splash screen at "Processing" or "Loading profile", or shows "Outlook has stopped working" / "We couldn\'t start Outlook last time". Event Viewer shows Application Error 1000 with a faulting module that is often an add-in DLL.',
      ],
      [
        'Cause',
        'Almost always a COM add-in: old PDF add-ins, CRM or DMS plugins (iManage, TaxDesk filing), Zoom or Webex meeting add-ins after an update. Less often a corrupt OST or a bad Office update channel build.',
      ],
      [
        'Fix',
        "1. Run outlook.exe /safe. If it opens, go File > Options > Add-ins > COM Add-ins > Go and untick everything, then re-enable one at a time.\n2. If safe mode also crashes, close Outlook, rename the OST in %localappdata%\\Microsoft\\Outlook and let it resync.\n3. Still crashing: Quick Repair then Online Repair of Microsoft 365 Apps from Apps & features.\n4. Note the bad add-in in the client's IT Glue config so we can block it by GPO.",
      ],
    ],
  ),
  article(
    'o-calendar-sharing',
    'Share a calendar or give someone edit rights on it',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Environment',
        "Exchange Online mailboxes, new and classic Outlook, OWA. Applies to PAs, reception teams and managers who need to see or book into another person's diary.",
      ],
      [
        'Fix',
        "User can do it themselves: Calendar > right-click the calendar > Sharing permissions > Add, choose Can view when I'm busy, Can view all details, or Can edit. The recipient accepts the email invite, then the calendar appears under Shared calendars.\nFrom our side: Add-MailboxFolderPermission -Identity user@domain:\\Calendar -User pa@domain -AccessRights Editor (use Set- if an entry already exists). For PAs who also need meeting requests, use Delegate via Outlook > File > Account Settings > Delegate Access.",
      ],
      [
        'Notes',
        'If the shared calendar shows but is empty or stale, remove and re-add it; new Outlook caches shared calendars badly. Room and equipment mailboxes are handled the same way with Set-CalendarProcessing for auto-accept.',
      ],
    ],
  ),
  article(
    'o-distribution-lists',
    'Distribution lists: add or remove members, allow external senders',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Symptoms',
        'Someone is not getting group emails such as accounts@ or allstaff@, a new starter needs adding, or outside senders get a bounce "Delivery has failed... the group only accepts messages from people in its organisation" (5.7.1 / 550 5.7.133).',
      ],
      [
        'Fix',
        'Membership: Exchange admin centre > Recipients > Groups > Distribution list > Members > Edit. Owners on the client side can manage it themselves in Outlook if we set them as owner.\nExternal senders: open the list > Settings > untick "Require all senders to be authenticated" (Set-DistributionGroup -RequireSenderAuthenticationEnabled $false). Allow up to 30 minutes to take effect.',
      ],
      [
        'Notes',
        'Do not confuse with Microsoft 365 Groups or shared mailboxes; if the client wants a shared inbox that people reply from, use a shared mailbox instead (see mailbox delegation).',
      ],
    ],
  ),
  article(
    'o-teams-notifications',
    'Teams notifications missing, chat not updating or messages stuck sending',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'No banner or sound for new chats or calls, the red badge does not appear, chat messages show the spinning "sending" icon or only arrive after restarting Teams, or mobile Teams is silent.',
      ],
      [
        'Fix',
        '1. Check Teams Settings > Notifications and activity; make sure chat is set to Banner and feed and the user is not on Do not disturb.\n2. Windows: Settings > System > Notifications, Teams must be On and Focus assist off.\n3. Clear the cache: quit Teams, delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams (new Teams) and sign back in.\n4. Mobile: allow notifications in iOS/Android, and in Teams mobile set "Only when I\'m not active on desktop" off if they want both.',
      ],
      [
        'Notes',
        'If a whole tenant loses chat, check the M365 service health dashboard before touching endpoints.',
      ],
    ],
  ),
  article(
    'o-onedrive-restore',
    'Restore deleted or overwritten files in OneDrive or SharePoint',
    null,
    'Microsoft 365/SharePoint',
    [
      [
        'Symptoms',
        'User deleted a file or folder from a SharePoint library, Teams files tab or OneDrive, or a spreadsheet was saved over with the wrong data. Also ransomware-style mass renames in a synced library.',
      ],
      [
        'Fix',
        'Single file overwritten: right-click in the browser > Version history > Restore the earlier version.\nDeleted: site Recycle bin (kept 93 days), then Second-stage recycle bin from the bottom of the page (site admin).\nMass damage: OneDrive settings > Restore your OneDrive, or site Settings > Restore this library, pick a point in time up to 30 days back.\nPast 93 days: restore from the Microsoft 365 backup (Datto SaaS Protection) – raise with L2.',
      ],
      ['Notes', "Files in a Teams channel live in the team's SharePoint site, not the user's OneDrive."],
    ],
  ),
  article(
    'o-sharing-links',
    "SharePoint/OneDrive sharing links: external people can't open shared files",
    null,
    'Microsoft 365/SharePoint',
    [
      [
        'Symptoms',
        'A client or supplier clicks a shared link and gets "This link has been disabled", "You need permission to access this item" or keeps being asked for a verification code that never arrives. Or the user cannot pick "Anyone with the link" when sharing.',
      ],
      [
        'Cause',
        'Tenant or site external sharing level set to "Existing guests" or "Only people in your organisation"; links set to expire after N days; the recipient opened the link while signed into a different Microsoft account.',
      ],
      [
        'Fix',
        "Check SharePoint admin > Sites > Active sites > the site > Sharing. Raise it to New and existing guests if the client's policy allows (check their IT Glue policy note first). Reissue the link as Specific people. Ask the recipient to open it in a private browser window; verification codes go to spam often.",
      ],
    ],
  ),
  article(
    'o-mailbox-delegation',
    'Shared mailbox access, Send As and Send on Behalf',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Environment',
        "Exchange Online shared mailboxes (info@, reception@, accounts@) and delegate access to a colleague's mailbox, e.g. while someone is off.",
      ],
      [
        'Fix',
        'Exchange admin centre > Recipients > Mailboxes > the shared mailbox > Delegation. Read and manage (Full Access) lets them open it; Send As makes mail appear from the mailbox; Send on behalf shows "X on behalf of Y". Full Access automaps into Outlook within about an hour – restart Outlook. To send from it, they must choose it in the From field (View > Show From in new Outlook).',
      ],
      [
        'Notes',
        "Sent items go into the user's own Sent folder unless we run Set-Mailbox -MessageCopyForSentAsEnabled $true. If automapping is unwanted (too many mailboxes slow Outlook), add with -AutoMapping $false and have them add it via OWA.",
      ],
    ],
  ),
  // Entra ID
  article('o-password-reset', 'Password reset and account lockout (Entra ID / SSPR)', null, 'Entra ID', [
    [
      'Symptoms',
      'User forgot their password, password expired, or sign-in says "Your account has been locked" / error 50053 after too many attempts. Sometimes one old device keeps retrying an old password and locks them again.',
    ],
    [
      'Fix',
      'Verify the caller (call back on the number in PSA, never on a number they give). Point them to aka.ms/sspr if registered. Otherwise Entra admin > Users > Reset password, tick "require change at next sign-in". For hybrid accounts, reset in on-prem AD and confirm password writeback. Smart lockout clears after a minute; repeated lockouts mean a phone or laptop has the old password cached – check sign-in logs for the source app.',
    ],
    [
      'Notes',
      'After reset, the user must update the password on their phone mail app and any mapped drive credentials.',
    ],
  ]),
  article(
    'o-mfa-new-phone',
    'MFA: user has a new or replaced phone (Authenticator re-registration)',
    null,
    'Entra ID',
    [
      [
        'Symptoms',
        'User got a new handset, reset or lost their phone, and can no longer approve sign-in prompts; the Authenticator app is blank on the new phone, or codes are rejected.',
      ],
      [
        'Fix',
        'Verify the user. Entra admin > Users > the user > Authentication methods > Require re-register multifactor authentication, and delete the old Microsoft Authenticator entry. Issue a Temporary Access Pass (1 hour, one use) if they have no other method. User then goes to aka.ms/mysecurityinfo on a PC, signs in with the TAP and adds Authenticator by scanning the QR code.',
      ],
      [
        'Notes',
        'If Authenticator cloud backup was on with the old phone, the accounts restore but the Microsoft work account still needs re-verifying. If the old phone was lost, also follow the lost device runbook.',
      ],
    ],
  ),
  article(
    'o-risky-signin',
    'Risky sign-in or impossible travel alert from Entra ID Protection',
    null,
    'Entra ID',
    [
      [
        'Symptoms',
        'Alert from Entra ID Protection or our SOC: "Atypical travel", "Unfamiliar sign-in properties", "Anonymous IP address", or the user is blocked with "Your sign-in was blocked... suspicious activity".',
      ],
      [
        'Fix',
        "Open Entra > Protection > Risky sign-ins and check location, IP, app and device. Contact the user by phone: were they travelling, on a hotel Wi-Fi or a VPN? If legitimate, Confirm safe and Dismiss user risk. If not recognised or the user approved an MFA prompt they didn't start, treat as compromise and move to the account compromise runbook immediately.",
      ],
      [
        'Notes',
        'Mobile networks often geolocate to Dublin or London even when the user is in Cork or Aberdeen; do not panic about that alone.',
      ],
    ],
  ),
  // Intune
  article('o-intune-enrolment', 'Intune enrolment fails on a Windows laptop or phone', null, 'Intune', [
    [
      'Symptoms',
      'Autopilot shows "Something went wrong" 80180014 or 80180018, Access work or school only connects the account without enrolling, or Company Portal on a phone says "Couldn\'t add your device" / device limit reached.',
    ],
    [
      'Cause',
      'User lacks an Intune licence; device limit (5 by default) reached; platform restriction blocks personal Windows devices; an old device record with the same serial still exists in Intune/Autopilot.',
    ],
    [
      'Fix',
      'Check licence (Business Premium includes Intune). Delete stale device objects in Intune and Entra. For Autopilot, confirm the hardware hash is imported and the profile assigned before reset. On phones, remove old devices under Devices in Company Portal. Retry enrolment; for Windows use Settings > Accounts > Access work or school > Enroll only in device management if a join is not wanted.',
    ],
  ]),
  article(
    'o-company-portal-apps',
    'Installing apps from Company Portal: stuck on "Downloading" or "Install failed"',
    null,
    'Intune',
    [
      [
        'Symptoms',
        'User opens Company Portal to install an app (Adobe Reader, Zoom, Sage, 7-Zip) and it sits at "Downloading" or "Pending", then shows "Install failed" 0x87D1041C or 0x80070643; or the app isn\'t listed at all.',
      ],
      [
        'Fix',
        "1. App missing: it must be assigned as Available to a group the user is in. Add them to the group, then Company Portal > Settings > Sync.\n2. Stuck: restart the Microsoft Intune Management Extension service and sync again; Win32 apps can take 15 minutes.\n3. Failed: check C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\AppWorkload.log for the exit code; 0x87D1041C means the detection rule didn't find the app after install.",
      ],
      [
        'Notes',
        "Users are not local admins; don't hand out admin rights to install things, package it instead.",
      ],
    ],
  ),
  // Windows
  article('o-windows-update', 'Windows Update fails or keeps rolling back', null, 'Windows', [
    [
      'Symptoms',
      'Laptop restarts to "Undoing changes made to your computer", updates stuck at 0% or fail with 0x800f0922, 0x80073712 or 0x8024a105, or the machine shows as non-compliant in the RMM patch report.',
    ],
    [
      'Fix',
      '1. Check free space (need 20 GB for feature updates).\n2. Run the RMM script "Reset Windows Update components" (stops wuauserv/bits, renames SoftwareDistribution and catroot2).\n3. DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.\n4. 0x800f0922 on a VPN-connected machine: retry off VPN.\n5. Feature update still failing: use the Windows 11 Installation Assistant from the RMM or in-place upgrade ISO.',
    ],
    [
      'Notes',
      'Patch windows are Wednesday night for workstations; tell the user to leave the machine on and plugged in.',
    ],
  ]),
  article('o-bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Windows', [
    [
      'Symptoms',
      'Blue screen before Windows loads asking for a 48-digit BitLocker recovery key, usually after a BIOS/firmware update, docking station change, TPM clear or motherboard swap.',
    ],
    [
      'Fix',
      'Ask the user to read out the Key ID (first 8 characters shown on screen). Verify their identity. Find the key in Intune > Devices > the device > Recovery keys, or Entra > Devices, or the RMM BitLocker field. Read it out in groups of six. Once in Windows, suspend and resume protection (manage-bde -protectors -disable C: -RebootCount 1) so it re-seals to the TPM.',
    ],
    [
      'Notes',
      'If the key is not escrowed anywhere, the data is gone; escalate to L2 before anyone reinstalls. Recurring prompts on one model usually mean a Dell/Lenovo BIOS update pushed without suspend.',
    ],
  ]),
  article('o-printer-driver', 'Printer not printing: offline, stuck queue or wrong driver', null, 'Windows', [
    [
      'Symptoms',
      'Jobs sit in the queue, printer shows Offline on the PC although it works for others, output is garbage characters, or "Windows cannot connect to the printer" 0x0000011b / 0x00000709 when adding it.',
    ],
    [
      'Fix',
      "1. Restart the Print Spooler service and clear C:\\Windows\\System32\\spool\\PRINTERS.\n2. Check the port is a Standard TCP/IP port pointing at the right IP and SNMP status is off if it shows offline wrongly.\n3. Garbage output: replace the driver with the manufacturer's universal PCL6 driver (HP UPD, Kyocera KX, Canon UFR II).\n4. 0x0000011b: deploy the printer via Intune/GPO with the driver pre-installed rather than Point and Print.",
    ],
  ]),
  article('o-usb-devices', 'USB devices not recognised or USB storage blocked', null, 'Windows', [
    [
      'Symptoms',
      '"USB device not recognised", a headset, scanner or card reader stops working after a dock change, or a memory stick gives "This device is blocked by your administrator" / access denied.',
    ],
    [
      'Cause',
      'Most clients have an Intune device control policy that blocks removable storage writes (data protection). Other devices: dock firmware, USB selective suspend, or a missing driver.',
    ],
    [
      'Fix',
      'Storage: only approved after the client\'s contact authorises it; add the device to the "USB storage exception" group in Intune and sync. Peripherals: try a port directly on the laptop, update dock firmware (Dell Command Update / Lenovo Vantage), uninstall the device in Device Manager and rescan, disable USB selective suspend in power options.',
    ],
  ]),
  article(
    'o-display-scaling',
    'Blurry text, wrong size or monitors not detected on a dock',
    null,
    'Windows',
    [
      [
        'Symptoms',
        'Apps look fuzzy or huge on the external monitor, windows jump size when moving between laptop and screen, second monitor shows "No signal", or screens swap order after each undock.',
      ],
      [
        'Fix',
        "Settings > System > Display: set each screen's native resolution and recommended scale (100% on 24\" 1080p, 125–150% on the laptop). Drag the screen boxes to match the desk layout. For blurry apps: app Properties > Compatibility > Change high DPI settings > override, System (Enhanced). Sign out and in after changing scale. No signal: update dock firmware and the display driver, check the cable is in the dock's DisplayPort not USB-C data port.",
      ],
    ],
  ),
  article('o-disk-full', 'C: drive full or low disk space warning', null, 'Windows', [
    [
      'Symptoms',
      'RMM alert "Disk C: below 10%", user sees red drive bar, apps fail to save, updates fail for space.',
    ],
    [
      'Fix',
      '1. Run WizTree via RMM to see what is large.\n2. Usual culprits: OneDrive set to always keep on device (set Files On-Demand, "Free up space"), Outlook OST over 20 GB (reduce cached mode to 12 months), Downloads folder, old user profiles, C:\\Windows\\SoftwareDistribution.\n3. Run Disk Cleanup with system files, or the RMM cleanup script. Delete hiberfil with powercfg /h off only on desktops.',
    ],
    [
      'Notes',
      "Do not delete anything in users' Documents or Desktop without their OK. If the SSD is 128 GB, recommend a replacement to the client.",
    ],
  ]),
  article(
    'o-temp-profile',
    'Signed in with a temporary profile / desktop and files missing after login',
    null,
    'Windows',
    [
      [
        'Symptoms',
        'After signing in the desktop is blank, wallpaper default, and a notification says "You\'ve been signed in with a temporary profile" or "We can\'t sign in to your account". Files saved this session vanish at sign-out.',
      ],
      [
        'Fix',
        'Do not let the user keep working. Reboot once; if it persists, log in as local admin, open regedit at HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList, find the SID with .bak, remove the duplicate without .bak, rename the .bak key, set State and RefCount to 0. Reboot and sign in. If the profile folder is corrupt, rename it and let a new one build, then copy data back; OneDrive-backed Desktop and Documents resync anyway.',
      ],
    ],
  ),
  // Networking
  article('o-wifi', "Office Wi-Fi: can't connect or keeps dropping", null, 'Networking', [
    [
      'Symptoms',
      'Laptop sees the staff SSID but says "Can\'t connect to this network", connects with "No internet, secured", or drops every few minutes in some rooms.',
    ],
    [
      'Fix',
      '1. Forget the network and reconnect; staff SSIDs use the Intune Wi-Fi certificate profile, so check the device has the cert (certmgr > Personal) and is compliant.\n2. Run ipconfig /all: a 169.254 address means DHCP scope exhausted on the firewall.\n3. Dropping in one area: check UniFi/Meraki dashboard for AP health and client signal; update the Intel Wi-Fi driver.\n4. Guest SSID is isolated and has no printer or file server access by design.',
    ],
  ]),
  article('o-vpn-forticlient', "FortiClient VPN won't connect", null, 'Networking', [
    [
      'Environment',
      'Default remote access for most managed clients: FortiGate SSL VPN with FortiClient VPN, SAML sign-in with Entra MFA.',
    ],
    [
      'Symptoms',
      'Stuck at 40% or 98%, "Credential or SSLVPN configuration is wrong (-7200)", "Unable to establish the VPN connection (-14)" or -5029, or connected but can\'t reach file shares.',
    ],
    [
      'Fix',
      '98%: reinstall the FortiClient virtual adapter or update FortiClient to the version in the RMM. -7200 / -12: user not in the VPN group or password/MFA issue. -14 / -5029: hotel or home router blocking; try a phone hotspot. Connected but no shares: check DNS suffix and use the server FQDN; see the internal DNS article.',
    ],
  ]),
  article(
    'o-internal-dns',
    "Internal server names don't resolve (file server, intranet, app server)",
    null,
    'Networking',
    [
      [
        'Symptoms',
        '"Windows cannot access \\\\FS01", app says "server not found", intranet page fails, but the same thing works by IP address. Often on VPN or after a router swap.',
      ],
      [
        'Fix',
        'nslookup fs01 – if it answers from 8.8.8.8 or the ISP router, DNS is wrong. On-site: DHCP must hand out the domain controller as DNS, not the router. VPN: set the DNS servers and DNS suffix in the VPN profile; ipconfig /flushdns after connecting. Check for a stale hosts file entry. Fix the A record in DNS Manager if the server IP changed.',
      ],
    ],
  ),
  article('o-internet-outage', 'Whole office has no internet', null, 'Networking', [
    [
      'Symptoms',
      'Everyone on site reports no internet, Teams and Outlook disconnected, phones down. RMM shows all agents at the site offline at once.',
    ],
    [
      'Fix',
      '1. Check the firewall in FortiCloud/Meraki dashboard: is WAN down?\n2. Ask someone on site to check the ISP router lights and power-cycle router then firewall (not the switch stack).\n3. Check the ISP status page and log a fault with Eir / BT / Virgin Media Business using the circuit ID in IT Glue.\n4. If there is a 4G backup, confirm failover happened.\n5. Send the client contact an update every 30 minutes.',
    ],
    ['Notes', 'One user with no internet is not an outage: check their cable, Wi-Fi and proxy first.'],
  ]),
  // Backup and file servers
  article(
    'o-fileserver-restore',
    'Restore files on the on-prem file server from backup',
    null,
    'Backup & Storage',
    [
      [
        'Environment',
        'Windows file servers backed up by Datto SIRIS or Veeam, snapshots hourly in office hours, retained 30 days local and 1 year cloud. Shadow copies enabled on the data volume.',
      ],
      [
        'Fix',
        'Recent (under 7 days): right-click the folder on the share > Properties > Previous Versions, restore to an alternate location first. Older or whole folders: Datto portal > the agent > Restore > File restore > browse the recovery point, or Veeam Explorer. Always restore alongside with "_restored" suffix and let the user confirm before overwriting.',
      ],
      [
        'Notes',
        'Get the path, file name and roughly when it was last good. Backup job failures alert into the PSA; do not ignore three in a row.',
      ],
    ],
  ),
  article('o-mapped-drives', 'Mapped network drives missing or showing red X', null, 'Backup & Storage', [
    [
      'Symptoms',
      'S: or P: drive missing from This PC, shows red X "Disconnected", or says "An error occurred while reconnecting... the local device name is already in use".',
    ],
    [
      'Fix',
      'Drives map by GPO or Intune PowerShell script at logon, and only when the file server is reachable. If remote, connect the VPN first and run the "Map drives" shortcut on the desktop or gpupdate /force. Red X on site: double-click it; if that fails, net use * /delete and sign out/in. Access denied: the user is not in the security group for that share; needs the client\'s approval to add.',
    ],
  ]),
  // Security
  article(
    'o-phishing-reported',
    'User reports a suspicious email or clicked a phishing link',
    null,
    'Security',
    [
      [
        'Symptoms',
        'User forwards a dodgy email (fake DocuSign, Revenue/HMRC refund, voicemail, "invoice attached") or admits to clicking a link or entering their password.',
      ],
      [
        'Fix',
        'Not clicked: thank them, have them use the Report button in Outlook, search and purge similar messages with Threat Explorer / Content search, block the sender domain in the tenant block list.\nClicked but no credentials: check Defender for the URL verdict and run a quick scan.\nEntered password or approved MFA: treat as compromise – follow the account compromise runbook now.',
      ],
      [
        'Notes',
        'Never ask the user to forward the phish as an attachment to colleagues; keep it in the ticket only.',
      ],
    ],
  ),
  article('o-account-compromise', 'Compromised Microsoft 365 account response', null, 'Security', [
    [
      'Symptoms',
      "Contacts receive phishing from the user's mailbox, unknown inbox rules move or delete mail, sent items full of messages the user didn't send, or a confirmed risky sign-in.",
    ],
    [
      'Fix',
      '1. Revoke sessions (Revoke-MgUserSignInSession) and reset the password.\n2. Remove unknown MFA methods and re-register.\n3. Delete malicious inbox rules and forwarding (Get-InboxRule, check ForwardingSmtpAddress).\n4. Review unified audit log for mail accessed and OAuth app consents.\n5. If mail was sent externally, tell the client contact so they can warn recipients.\n6. Unblock the user if Exchange restricted sending (Restricted entities).',
    ],
    [
      'Notes',
      "Notify the client's data protection lead; possible breach reporting to the DPC (Ireland) or ICO (UK) within 72 hours is their decision.",
    ],
  ]),
  article('o-malware-alert', 'Defender or SentinelOne malware alert on an endpoint', null, 'Security', [
    [
      'Symptoms',
      'EDR alert in the SOC queue or the user sees "Threats found" / "Virus & threat protection: action needed", a file vanished after download, or the browser shows fake virus popups.',
    ],
    [
      'Fix',
      'Check the alert: was it quarantined and from where (download, USB, email attachment)? If quarantined and low severity, run a full scan and close. If active, high severity or ransomware behaviour, isolate the device from the EDR console immediately and call the user. Browser popups saying "your PC is infected, call Microsoft" are scareware: close the browser, reset notification permissions, never call the number.',
    ],
    ['Notes', 'Do not restore a quarantined file because the user insists it is safe; L2 decides.'],
  ]),
  article('o-lost-device', 'Lost or stolen laptop or phone', null, 'Security', [
    [
      'Fix',
      '1. Get the device, when and where lost, and whether it was locked. Ask if a Garda/police report was made.\n2. Sign the user out everywhere: revoke sessions, reset password.\n3. Intune: company laptop > Wipe (or Remote lock if likely to be found); BYOD phone > Retire to remove company data only.\n4. Confirm BitLocker was on for laptops (Intune compliance report).\n5. Remove the device from Authenticator methods if it was the MFA phone.',
    ],
    [
      'Notes',
      'Log the incident for the client: a lost unencrypted device may be a reportable breach. Replacement hardware is a quote, not part of this ticket.',
    ],
  ]),
  // People
  article('o-onboarding', 'New starter setup (generic)', null, 'People/Onboarding', [
    [
      'Environment',
      'Default process when the client has no own onboarding runbook. Need the form from the client contact at least 3 working days ahead.',
    ],
    [
      'Fix',
      '1. Create the user in Entra (or AD if hybrid), assign Business Premium, add to the department groups and distribution lists.\n2. Set a temporary password and TAP for MFA setup on day one.\n3. Laptop: Autopilot pre-provision, label with asset tag, record in IT Glue.\n4. Add to shared mailboxes, Teams and drive security groups as requested.\n5. Phone extension in 3CX if required.\n6. Send the welcome pack email to the manager.',
    ],
  ]),
  article('o-offboarding', 'Leaver / offboarding (generic)', null, 'People/Offboarding', [
    [
      'Fix',
      '1. Block sign-in and revoke sessions at the agreed time, reset password.\n2. Convert the mailbox to a shared mailbox, give the manager access, set an auto-reply if requested; remove licence after conversion.\n3. Transfer OneDrive: give the manager access (kept 30 days after deletion).\n4. Remove from groups, distribution lists and the phone system.\n5. Retire or wipe devices; collect laptop and update IT Glue.\n6. Remove any MFA methods and VPN access.',
    ],
    ['Notes', "Hostile leavers: block immediately on the client's call, before the person is told."],
  ]),
  // Phones
  article('o-3cx-phones', '3CX phones: no audio, not registering or app not ringing', null, 'Telephony', [
    [
      'Symptoms',
      'Yealink desk phone shows "Account unregistered" or "Network unavailable", calls connect with one-way or no audio, 3CX app on mobile doesn\'t ring, or calls drop after 30 seconds.',
    ],
    [
      'Fix',
      'Unregistered: reboot the phone, check the PoE switch port and that the phone got a voice VLAN address; re-provision from 3CX admin > Phones. One-way audio or drop at 30 s: SIP ALG enabled on the router/firewall – disable it, check RTP ports 9000–10999 forwarded. Mobile app not ringing: battery optimisation off for 3CX, push enabled, re-scan the provisioning QR.',
    ],
    [
      'Notes',
      "Diverts, hunt groups and out-of-hours messages are changed in 3CX admin > Call flow; business hours per the client's office.",
    ],
  ]),
  // LOB
  article(
    'o-sage50',
    "Sage 50 Accounts: can't open company, data service or multi-user errors",
    null,
    'Line of business',
    [
      [
        'Symptoms',
        '"Unable to connect to the Sage Data Service", "Cannot open data files, access denied", "Sage 50 Accounts is already running", user locked out after a crash ("user is already logged in"), or very slow on the network.',
      ],
      [
        'Fix',
        'On the server hosting the company data, restart the Sage 50 Accounts Data Service. Make sure the client install matches the server version after an update. Logged in already: File > Log Off in Sage on the other PC, or Tools > Logoff all users as manager. Access denied: check share and NTFS permissions on the ACCDATA folder and that the drive mapping points to the UNC path.',
      ],
    ],
  ),
  // Keogh Ballantyne Accountants
  article(
    'o-keogh-vpn',
    'Keogh Ballantyne: WatchGuard SSL VPN for remote staff',
    keogh,
    'Clients/Keogh Ballantyne',
    [
      [
        'Environment',
        'Keogh does not use FortiClient. Dublin (Fitzwilliam Sq) and Galway offices on WatchGuard Firebox; remote staff use WatchGuard Mobile VPN with SSL, authenticating with AuthPoint push.',
      ],
      [
        'Symptoms',
        '"Authentication failed", no AuthPoint push arrives, tray icon stays yellow, or connected but TaxDesk and the P: drive won\'t open.',
      ],
      [
        'Fix',
        'AuthPoint: confirm the token is active in the WatchGuard Cloud portal and re-issue on a new phone. Server address is vpn.keoghballantyne.ie port 443. Yellow icon: reinstall the client from the RMM package. Connected but no TaxDesk: the user must be in SSLVPN-Users and use tdsrv01.kb.local, not the IP.',
      ],
    ],
  ),
  article(
    'o-keogh-taxdesk',
    'Keogh Ballantyne: TaxDesk practice management (clients, timesheets, tax returns)',
    keogh,
    'Clients/Keogh Ballantyne',
    [
      [
        'Environment',
        'TaxDesk Pro on TDSRV01 (SQL Express) in Dublin; Galway connects over site-to-site VPN. Used for client records, timesheets, CT1/Form 11 returns and ROS filing.',
      ],
      [
        'Symptoms',
        '"Client record locked by another user", timesheets won\'t save, ROS filing fails with the digital certificate error, or TaxDesk opens very slowly in Galway.',
      ],
      [
        'Fix',
        "Record locked: TaxDesk Admin > Sessions > end the stale session. ROS cert errors: the ROS cert lives in the user profile under %appdata%\\ROS; re-import the .p12 from the partner's secure folder (password from the practice manager, Aoife). Slow in Galway: check the site-to-site tunnel; restart the TaxDesk Service on TDSRV01 after hours only. Version updates come from the vendor each January – book with the practice manager.",
      ],
    ],
  ),
  article(
    'o-keogh-onboarding',
    'Keogh Ballantyne: new starter and trainee accountant setup',
    keogh,
    'Clients/Keogh Ballantyne',
    [
      [
        'Fix',
        'Follow the generic new starter steps plus:\n1. Form comes from Aoife (practice manager); trainees start in September in batches.\n2. Add to the right office group (KB-Dublin or KB-Galway) for printer and drive mapping.\n3. TaxDesk: create the user with the Junior role; licence count is tight, check before adding.\n4. Add to SSLVPN-Users and enrol an AuthPoint token.\n5. Sage 50 client data access only if the partner approves.\n6. Trainees get refurbished ThinkPads from the spares cupboard in Dublin.',
      ],
    ],
  ),
  // Glenmore Veterinary Group
  article(
    'o-glenmore-vetsuite',
    'Glenmore Vets: VetSuite practice management, lab results and X-ray images',
    glenmore,
    'Clients/Glenmore Veterinary Group',
    [
      [
        'Environment',
        'VetSuite (hosted by the vendor) for appointments, clinical notes, billing. Lab analyser results import via the VetSuite Bridge service on the consult room PC in each clinic; X-ray images come from the DR panel PC via DICOM into VetSuite Imaging.',
      ],
      [
        'Symptoms',
        'Blood results not appearing against the patient, X-rays missing from the animal\'s record, VetSuite "session expired" loops, or card payments not posting to the invoice.',
      ],
      [
        'Fix',
        'Lab results: on the lab PC restart the VetSuite Bridge service and check the analyser\'s network cable. X-rays: confirm the DR PC can ping the imaging gateway and re-send the study. Session loops: clear browser cache, use Edge profile "VetSuite". Card payments: vendor issue, call VetSuite support with the practice ID GVG-2231.',
      ],
    ],
  ),
  article(
    'o-glenmore-label-printers',
    'Glenmore Vets: dispensary label and reception printers',
    glenmore,
    'Clients/Glenmore Veterinary Group',
    [
      [
        'Environment',
        'Dispensary uses Zebra GK420d label printers for drug labels; reception uses Brother QL for appointment cards and a Kyocera MFP for everything else. Inverness and Nairn clinics.',
      ],
      [
        'Symptoms',
        'Drug labels print blank, half off the label, or on every second label; VetSuite says "No label printer selected".',
      ],
      [
        'Fix',
        'Use the ZDesigner driver only, never the generic one. Labels skipping or misaligned: hold the feed button to recalibrate, check the label size is 57x32 mm in printing preferences. "No label printer": VetSuite > Settings > Workstation > set label printer per PC (it is stored per user profile). Kyocera issues: follow the generic printer article.',
      ],
    ],
  ),
  article(
    'o-glenmore-phones',
    'Glenmore Vets: Gamma Horizon phones and out-of-hours divert',
    glenmore,
    'Clients/Glenmore Veterinary Group',
    [
      [
        'Environment',
        'Glenmore is on Gamma Horizon hosted telephony with Yealink T46 phones, not 3CX. Out-of-hours calls divert to the emergency vet mobile on the rota.',
      ],
      [
        'Fix',
        'Out-of-hours divert: Horizon portal > Call Groups > Reception > Time-of-day schedule; the rota change each week is done by the head nurse herself – only fix if the schedule is broken. Phone unregistered: reboot, check the VLAN 20 switch port. Caller hears silence: raise with Gamma via our partner portal. New handset: order from Gamma, provision by MAC address.',
      ],
    ],
  ),
  // Lochan Dubh Distillery
  article(
    'o-lochan-epos',
    'Lochan Dubh: visitor centre shop tills and card terminals',
    lochan,
    'Clients/Lochan Dubh Distillery',
    [
      [
        'Environment',
        'Visitor centre shop and café run TillPoint EPOS on two touchscreen tills with Dojo card terminals. Stock syncs overnight to the web shop.',
      ],
      [
        'Symptoms',
        'Till frozen on the sales screen, receipt printer not printing, card terminal says "not connected to till", or web shop stock wrong next day.',
      ],
      [
        'Fix',
        'Frozen till: hold power 10 s, TillPoint reloads the last basket. Receipt printer: check paper roll orientation, then the USB cable, restart TillPoint. Card terminal: both terminal and till must be on the "LDD-Retail" Wi-Fi; Dojo terminal > Settings > reconnect. Stock sync failures: TillPoint back office > Integrations > re-run sync; call TillPoint support if it errors.',
      ],
    ],
  ),
  article(
    'o-lochan-bondtrack',
    'Lochan Dubh: BondTrack warehouse and excise system',
    lochan,
    'Clients/Lochan Dubh Distillery',
    [
      [
        'Environment',
        'BondTrack records casks, warehouse movements and duty for HMRC returns. Server BT-SRV in the office; the warehouse uses Zebra handheld scanners over the bonded warehouse Wi-Fi.',
      ],
      [
        'Symptoms',
        'Handheld scanners say "Server unreachable", cask barcodes won\'t scan, or BondTrack desktop says "Licence server not found".',
      ],
      [
        'Fix',
        'Scanners: warehouse APs are on a separate switch in the filling store; if all scanners drop, check that switch has power. Single scanner: re-dock it to reload the Wi-Fi profile. Licence server not found: restart the BondTrack Licence service on BT-SRV. HMRC submission errors are for the duty manager and BondTrack support, not us.',
      ],
    ],
  ),
  article(
    'o-lochan-internet',
    'Lochan Dubh: internet outage and Starlink failover',
    lochan,
    'Clients/Lochan Dubh Distillery',
    [
      [
        'Environment',
        'The distillery is rural with a single FTTC line from BT and a Starlink dish as failover on the Meraki MX. Line faults are common in winter storms.',
      ],
      [
        'Fix',
        "Follow the generic outage steps, then: check in Meraki dashboard that WAN2 (Starlink) took over. If Starlink is also down, someone must check the dish power injector in the plant room (snow on the dish also stops it). On failover, video calls work but the web shop sync and BondTrack backups pause – that's expected. Log BT faults with circuit ref in IT Glue; BT usually needs an engineer visit.",
      ],
    ],
  ),
  // Cairnhill Housing Association
  article(
    'o-cairnhill-tenancyhub',
    'Cairnhill HA: TenancyHub housing management system',
    cairnhill,
    'Clients/Cairnhill Housing Association',
    [
      [
        'Environment',
        'TenancyHub (cloud) for tenancies, rent accounts, repairs orders and the tenant portal. Housing officers use it on iPads in the field via the TenancyHub Mobile app. SSO with Entra.',
      ],
      [
        'Symptoms',
        'Officer can\'t log in ("AADSTS50105 not assigned"), repairs won\'t sync from the iPad, rent reports time out, or tenant portal password resets fail.',
      ],
      [
        'Fix',
        "Not assigned: add the user to the TenancyHub-Users Entra group. iPad sync: open TenancyHub Mobile > Sync queue, retry; if items stuck, they must not delete the app (unsynced data is lost). Report timeouts: run overnight via scheduler. Tenant portal problems go to Cairnhill's own customer team, not us.",
      ],
    ],
  ),
  article(
    'o-cairnhill-onboarding',
    'Cairnhill HA: starters and leavers',
    cairnhill,
    'Clients/Cairnhill Housing Association',
    [
      [
        'Fix',
        'Requests only come through the HR form on the Cairnhill intranet; do not action email requests from managers.\nStarters: generic new starter process, plus add to TenancyHub-Users, PaperCut card enrolment, and an iPad from stock for housing officers.\nLeavers: generic leaver steps, plus remove from TenancyHub-Users, retire the iPad in Intune and collect the PaperCut card. Mailboxes are kept as shared for 6 months then deleted.',
      ],
    ],
  ),
  article(
    'o-cairnhill-papercut',
    'Cairnhill HA: PaperCut follow-me printing',
    cairnhill,
    'Clients/Cairnhill Housing Association',
    [
      [
        'Environment',
        'All staff print to the single "Cairnhill-FollowMe" queue on PRINT01; release at any Ricoh MFP in the Glasgow office or the Paisley hub by tapping the ID card.',
      ],
      [
        'Symptoms',
        'Card tap does nothing or says "Unknown card", jobs don\'t appear at the printer, or "Insufficient balance".',
      ],
      [
        'Fix',
        "Unknown card: PaperCut admin > Users > the user > Card/ID number; re-enrol by tapping and signing in at the MFP. Jobs missing: check the PaperCut client is running on the PC and the job isn't held in PRINT01. Balance: staff have unlimited; set account to Unrestricted. Driver issues on the queue: see the generic printer article.",
      ],
    ],
  ),
];
