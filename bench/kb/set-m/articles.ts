/**
 * Set M: a blind labelled KB set, written without reading the search code or any other set.
 * A Midwest MSP's IT Glue knowledge base: generic M365/Windows/network/security articles plus runbooks
 * for four clients (an accounting firm, a veterinary hospital, a construction contractor, a school district office).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_M_CLIENTS = {
  hartwell: 'Hartwell & Brandt CPAs',
  prairie: 'Prairie Creek Animal Hospital',
  ridgeline: 'Ridgeline Builders, Inc.',
  cedar: 'Cedar Valley CSD Central Office',
} as const;

const { hartwell, prairie, ridgeline, cedar } = SET_M_CLIENTS;

export const SET_M_ARTICLES: readonly BenchArticle[] = [
  // Microsoft 365
  article('kb-outlook-password-prompts', 'Outlook keeps prompting for credentials', null, 'Microsoft 365', [
    [
      'Symptoms',
      'Outlook repeatedly shows the Microsoft sign-in window, or the status bar says "Need Password" / "Disconnected" and mail stops arriving. Usually follows a password change or MFA re-registration.',
    ],
    [
      'Cause',
      'A stale token cached in Credential Manager or the WAM broker, less often a damaged Outlook profile.',
    ],
    [
      'Resolution',
      '1. Confirm the user can sign in at outlook.office.com.\n2. Close Outlook. Control Panel > Credential Manager > Windows Credentials: remove entries starting with MicrosoftOffice16_Data and ADAL.\n3. File > Office Account > Sign out, then sign back in.\n4. Still prompting: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile, set it as default and let the OST rebuild.',
    ],
    ['Notes', 'Keep the old profile until the new one has finished syncing.'],
  ]),
  article('kb-shared-mailbox', 'Shared mailbox access and send-as', null, 'Microsoft 365', [
    [
      'Symptoms',
      'User cannot see a shared mailbox (info@, billing@) in the Outlook folder pane, or replies go out under their own name, or sent copies land in their personal Sent Items.',
    ],
    [
      'Resolution',
      'Exchange admin center > Recipients > Mailboxes > the shared mailbox > Delegation: add Read and manage (Full Access) and Send as. Automapping can take up to 60 minutes; restart Outlook. If it still does not appear, add it under File > Account Settings > More Settings > Advanced. When sending, pick the shared address in the From field. To keep sent copies in the shared mailbox: Set-Mailbox info -MessageCopyForSentAsEnabled $true.',
    ],
    [
      'Notes',
      'Access requests need approval from the client contact. Shared mailboxes under 50 GB need no license; never hand out a password for one.',
    ],
  ]),
  article('kb-calendar-permissions', 'Calendar delegate and sharing permissions', null, 'Microsoft 365', [
    [
      'Symptoms',
      'An assistant cannot add or change items on a manager\'s calendar ("You do not have permission to create an entry in this folder"), or the manager wants someone else to receive and respond to meeting requests.',
    ],
    [
      'Resolution',
      'Owner: right-click the calendar > Sharing Permissions > Add the person with Editor, or Delegate. For meeting requests: File > Account Settings > Delegate Access > Add, and choose whether the delegate only or both receive requests. Admin alternative: Add-MailboxFolderPermission -Identity boss:\\Calendar -User assistant -AccessRights Editor -SharingPermissionFlags Delegate.',
    ],
    ['Notes', 'Changes can take an hour to show in the new Outlook and on phones.'],
  ]),
  article(
    'kb-teams-meetings-phone',
    'Microsoft Teams: joining meetings and Teams Phone calling',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        'Stuck on "Connecting" when joining a meeting; wrong microphone or speaker used in meetings; no dial pad / Calls app; incoming calls to a direct number go straight to voicemail.',
      ],
      [
        'Resolution',
        'Meetings: in new Teams, Settings > Apps > Microsoft Teams > Advanced options > Reset (classic Teams: delete %appdata%\\Microsoft\\Teams). Select the right devices under Teams Settings > Devices. Calling: the user needs a Teams Phone license plus a calling plan or Operator Connect number assigned in Teams admin center > Users > Voice; the dial pad can take up to 24 hours after licensing. Check Teams Settings > Calls > Call answering rules and "If unanswered".',
      ],
    ],
  ),
  article('kb-onedrive-sync', 'OneDrive sync errors and stuck uploads', null, 'Microsoft 365', [
    [
      'Symptoms',
      'Red X icons on files, "Processing changes" that never finishes, sync paused, Desktop or Documents files not appearing on the user\'s other computers.',
    ],
    [
      'Cause',
      'Invalid characters or path over 400 characters, a file locked by another app, OneDrive signed out, storage full, or Known Folder Move never turned on.',
    ],
    [
      'Resolution',
      'Cloud icon > View sync problems and rename offending files. Pause and resume. If stuck, run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset and relaunch. Confirm backup of Desktop/Documents/Pictures under Settings > Sync and backup > Manage backup.',
    ],
  ]),
  article(
    'kb-sharepoint-access',
    'SharePoint and Teams files: access denied and external sharing',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        '"You need access" or "Access denied" on a SharePoint site or a Team\'s Files tab; an outside party (architect, auditor) cannot open a link that was shared with them.',
      ],
      [
        'Resolution',
        'Internal: the site owner adds the user to the site Members group or to the Team; for one folder use Share > Specific people. External: SharePoint admin center > Sites > Active sites > the site > Sharing must allow New and existing guests, and the organization level must be at least as permissive. The guest must open the link with the exact email it was sent to and use the one-time code. Anyone links expire after 30 days by policy.',
      ],
      ['Notes', 'Do not break permission inheritance on libraries unless the client documents it.'],
    ],
  ),

  // Identity
  article('kb-mfa-new-phone', 'MFA: new, lost or replaced phone', null, 'Identity & Access', [
    [
      'Symptoms',
      'User replaced or lost their phone; Microsoft Authenticator is empty; sign-in asks them to enter a number but no approval request ever appears.',
    ],
    [
      'Resolution',
      'Verify identity by calling back the number on file, not one given in the ticket. Entra admin center > Users > the user > Authentication methods: delete the old Authenticator entry or click Require re-register MFA. If they have no other method, issue a Temporary Access Pass (1 hour, one use). User then registers the new phone at aka.ms/mysecurityinfo.',
    ],
    ['Notes', 'Never reset MFA on an email request alone: it is a common social engineering move.'],
  ]),
  article('kb-password-reset-lockout', 'Password reset and account lockout', null, 'Identity & Access', [
    [
      'Symptoms',
      'Forgotten or expired password, "account has been locked", or a laptop that keeps wanting the old password after a change made elsewhere.',
    ],
    [
      'Resolution',
      'Verify identity. Cloud-only users: Entra admin center > Users > Reset password. Hybrid: reset and unlock in AD Users and Computers, then Start-ADSyncSyncCycle -PolicyType Delta. Enrolled users can self-serve at aka.ms/sspr. Remote laptops hold the cached old password: connect VPN and lock/unlock (Ctrl+Alt+Del > Lock) so Windows picks up the new one.',
    ],
    [
      'Notes',
      'Repeated lockouts: look for old credentials saved in a phone or tablet mail app, mapped drives or Credential Manager; Event ID 4740 on the PDC names the source machine.',
    ],
  ]),
  article('kb-conditional-access-block', 'Sign-in blocked by Conditional Access', null, 'Identity & Access', [
    [
      'Symptoms',
      '"You cannot access this right now", "Your sign-in was successful but does not meet the criteria", error 53003 or 530003, or blocked while travelling abroad or from a personal computer.',
    ],
    [
      'Resolution',
      'Entra admin center > Sign-in logs > filter by user > Conditional Access tab shows which policy failed. Country block: with approval from the client contact, add the user to the CA-Travel-Exception group with an end date. Device compliance: personal devices are blocked from desktop apps by design; the user can use a browser session if the policy allows, or the work device must show Compliant in Intune.',
    ],
    ['Notes', 'Never switch a policy to report-only to get one user working.'],
  ]),

  // Intune
  article(
    'kb-autopilot-enrollment',
    'Autopilot and Intune enrollment failures',
    null,
    'Intune & Endpoint Management',
    [
      [
        'Symptoms',
        'New or reset laptop stuck on "Setting up your device for work" (Enrollment Status Page), error 80180014, 0x800705b4 timeout, no company branding on the sign-in screen.',
      ],
      [
        'Resolution',
        "Confirm the hardware hash is in Intune > Devices > Windows enrollment > Devices with a deployment profile assigned. 80180014: a stale record exists; delete the device from Intune and Entra ID and retry. ESP timeout: find the failing app in the device's enrollment status, usually a Win32 app; Shift+F10 opens a prompt for mdmdiagnosticstool logs. Retry with Autopilot Reset from Intune.",
      ],
    ],
  ),

  // Windows endpoints
  article('kb-windows-update-fail', 'Windows Update failures and update loops', null, 'Windows Endpoints', [
    [
      'Symptoms',
      '"Undoing changes made to your computer" at every boot, restart-to-update that never goes away, errors 0x800f0922, 0x80070002 or 0x8024xxxx.',
    ],
    [
      'Resolution',
      'Check the patch status in the RMM first. Run DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow. Reset components: stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution and System32\\catroot2, start the services. Make sure 20 GB is free. 0x800f0922 is often a full recovery partition or a VPN connected during install. Last resort: install the KB from the Microsoft Update Catalog.',
    ],
    ['Notes', 'Pause or defer updates through the RMM policy, never locally.'],
  ]),
  article('kb-bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Windows Endpoints', [
    [
      'Symptoms',
      'Blue screen at boot asking for a 48-digit recovery key and showing a Key ID; typically after a BIOS/firmware update, a new dock, or a TPM reset.',
    ],
    [
      'Resolution',
      'Verify the caller. Find the key in Entra admin center > Devices > the device > BitLocker keys, Intune > device > Recovery keys, or AD Users and Computers > computer > BitLocker Recovery. Match the first 8 characters of the Key ID before reading it out in groups of six. Once booted, run manage-bde -protectors -disable C: -RebootCount 1 before any further firmware updates.',
    ],
    ['Notes', 'No key on record means the data is not recoverable: escalate before reimaging.'],
  ]),
  article('kb-slow-pc', 'Slow computer triage', null, 'Windows Endpoints', [
    ['Symptoms', 'Long boot, apps freezing, loud fan, Task Manager showing 100% disk or memory.'],
    [
      'Resolution',
      'Check uptime in Task Manager > Performance and restart if over a week. Sort Processes by CPU, Memory and Disk. Disable non-essential startup apps. Under 10% free disk space is a problem. Check the RMM for SMART warnings and whether an EDR full scan is running. Machines with a spinning hard drive or under 8 GB of RAM running Teams, Outlook and a browser: recommend an SSD upgrade or replacement through the account manager.',
    ],
  ]),
  article('kb-temp-profile', 'Temporary profile and corrupt user profile', null, 'Windows Endpoints', [
    [
      'Symptoms',
      '"You\'ve been signed in with a temporary profile", empty desktop and missing files after login, or "The User Profile Service failed the sign-in".',
    ],
    [
      'Resolution',
      "Sign in as a local admin. In regedit open HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList and find the user's SID. If there is a copy ending .bak, delete the key without .bak, remove the suffix from the other, set State and RefCount to 0 and reboot. If NTUSER.DAT itself is damaged, rename the profile folder, let Windows build a fresh one and copy Desktop, Documents, Favorites and %appdata%\\Microsoft\\Signatures across.",
    ],
    ['Notes', 'Data under OneDrive backup is safe either way.'],
  ]),
  article('kb-printer-queue', 'Printer offline or print jobs stuck', null, 'Windows Endpoints', [
    [
      'Symptoms',
      'Printer shows Offline while it is on, jobs sit in the queue and cannot be deleted, or pages come out as garbled symbols.',
    ],
    [
      'Resolution',
      "Ping the printer's IP. Restart the spooler: net stop spooler, delete C:\\Windows\\System32\\spool\\PRINTERS\\*, net start spooler (on the print server if the queue is shared). Printer properties > Ports: confirm the IP matches; reserve it in DHCP. A false Offline often clears after unticking SNMP Status Enabled on the port. Garbled output means a wrong driver: reinstall with the manufacturer's universal PCL6 driver.",
    ],
  ]),
  article('kb-scan-to-folder', 'Copier scan to network folder fails', null, 'Windows Endpoints', [
    [
      'Symptoms',
      'The multifunction copier shows "Send error", "Connection failed" or "Check destination" scanning to a network folder while scan to email still works.',
    ],
    [
      'Cause',
      "The scan account's password changed or expired, SMB1 was disabled on the server, or the destination server moved.",
    ],
    [
      'Resolution',
      'Use a dedicated svc-scan account with a non-expiring password and update it in the copier address book. Enable SMB2/3 in the copier network settings (update firmware if missing). Point the destination at the server FQDN, e.g. \\\\fs01.domain.local\\scans, and check share and NTFS permissions for svc-scan.',
    ],
    ['Notes', 'Never re-enable SMB1 on a server to make a copier work.'],
  ]),
  article('kb-dock-monitors', 'Docking station and external monitor problems', null, 'Windows Endpoints', [
    [
      'Symptoms',
      'External monitors black or "No signal", only one of two screens working, flickering, USB keyboard/mouse on the dock dead, laptop not charging on the dock.',
    ],
    [
      'Resolution',
      "Update dock firmware and drivers (Dell Command Update for WD19/WD22TB, Lenovo Vantage for ThinkPad docks); DisplayLink docks need the DisplayLink driver. Unplug the dock's power for 30 seconds. Win+P > Extend, then Settings > Display > Detect. Two screens from one port need DisplayPort MST. Not charging: the dock's wattage is below what the laptop needs (e.g. 130 W for Precision models).",
    ],
    ['Notes', 'Swap in a spare dock from the bench to rule out hardware.'],
  ]),
  article('kb-audio-devices', 'No sound or headset microphone not working', null, 'Windows Endpoints', [
    [
      'Symptoms',
      'No sound from speakers, headset not detected, others cannot hear the user, Bluetooth headset sounds muffled or robotic on calls.',
    ],
    [
      'Resolution',
      'Taskbar speaker icon: choose the right output. Settings > System > Sound > Input: pick the microphone and test it. Settings > Privacy & security > Microphone: allow desktop apps. Bluetooth headsets drop to the low-quality Hands-Free profile when the mic is in use; pair through the USB dongle (Jabra Link, Poly BT700) instead. Update firmware with Jabra Direct or Poly Lens. Reinstall the Realtek audio driver from Device Manager if the device has a red X.',
    ],
  ]),

  // Networking
  article('kb-vpn-forticlient', 'FortiClient VPN will not connect', null, 'Networking', [
    [
      'Symptoms',
      'FortiClient stuck at 40% or 98%, "Credential or SSLVPN configuration is wrong (-7200)", "Unable to establish the VPN connection (-14)", or connected but mapped drives missing.',
    ],
    [
      'Resolution',
      'Check the user is in the SSLVPN-Users group on the FortiGate and the password has not expired. -7200: re-enter the password and approve the MFA push. 98%: reinstall the FortiClient VPN-only client to repair the virtual adapter. -14 from hotels or guest Wi-Fi: the captive portal or a blocked port 10443; accept the portal in a browser or use a phone hotspot. Connected with no drives: use the server FQDN and remap the drives.',
    ],
    ['Notes', 'Clients with their own VPN have a runbook that takes precedence.'],
  ]),
  article('kb-wifi-drops', 'Wi-Fi drops or connected with no internet', null, 'Networking', [
    [
      'Symptoms',
      'One laptop keeps dropping off Wi-Fi, shows "No internet, secured", or cannot see the office network name at all.',
    ],
    [
      'Resolution',
      'Check whether others are affected and the access points are up in the UniFi/Meraki dashboard. Forget the network and reconnect. Update the Intel Wi-Fi driver and untick "Allow the computer to turn off this device" under the adapter\'s Power Management. A 169.254 address means DHCP failed: check the scope. SSID not visible: the office network may be 5 GHz/WPA3 only, which older adapters and drivers cannot see. Last step: netsh winsock reset and ipconfig /release /renew.',
    ],
  ]),
  article('kb-dns-resolution', 'DNS problems: sites or internal servers not resolving', null, 'Networking', [
    [
      'Symptoms',
      'DNS_PROBE_FINISHED_NXDOMAIN on some sites while others load; internal servers reachable by IP but not by name.',
    ],
    [
      'Resolution',
      "ipconfig /flushdns, then nslookup the name. ipconfig /all: domain-joined PCs must use the domain controller for DNS, never 8.8.8.8 or the router. Check the DNS Server service and forwarders on the DC. On VPN, check the adapter's DNS suffix. Public records (website, MX) live at the registrar or Cloudflare and follow TTL.",
    ],
  ]),
  article('kb-web-filter-block', 'Website blocked by the firewall web filter', null, 'Networking', [
    [
      'Symptoms',
      'A "Web Page Blocked" page naming a FortiGuard category; a site that works at home or on a phone but not in the office; certificate errors on some sites only in the office.',
    ],
    [
      'Resolution',
      "Record the URL and category from the block page. Unblocks need approval from the client's primary contact. FortiGate > Security Profiles > Web Filter > Static URL Filter: add the URL as Exempt. Certificate errors: the device is missing the FortiGate deep inspection CA; deploy it via Intune/GPO or exempt the site from SSL inspection. Miscategorised sites can be submitted to FortiGuard.",
    ],
  ]),
  article('kb-isp-outage', 'Whole office offline: ISP outage triage', null, 'Networking', [
    [
      'Symptoms',
      'Everyone in the office is offline at once, often VoIP phones too; the RMM shows the firewall as offline.',
    ],
    [
      'Resolution',
      "Confirm in monitoring that the firewall WAN is down. Ask the onsite contact to read the modem lights, then power-cycle the modem first and the firewall two minutes later. Check the ISP status page and call the ISP with the circuit ID from the site's IT Glue configuration. With dual WAN, confirm failover to the backup circuit. Record the ISP ticket number in ours.",
    ],
    ['Notes', 'During a long outage, forward the main phone number to a cell phone from the phone portal.'],
  ]),

  // Servers and backup
  article(
    'kb-file-share-access',
    'Mapped drive missing or access denied on a file share',
    null,
    'Servers & Backup',
    [
      [
        'Symptoms',
        'A mapped drive (S:, P:) is gone or shows a red X; "You need permission to access this folder"; "Windows cannot access \\\\server\\share".',
      ],
      [
        'Resolution',
        "Check the server responds by name. Drives map by Group Policy: run gpupdate /force and sign out and in. Access: add the user to the share's AD security group (SG-Share-<name>), never directly to the folder ACL; group changes apply at next sign-in. Remove stale entries from Credential Manager. Remote users must connect the VPN first.",
      ],
      ['Notes', 'New access needs approval from the data owner listed in IT Glue.'],
    ],
  ),
  article('kb-restore-deleted-file', 'Restore a deleted or overwritten file', null, 'Servers & Backup', [
    [
      'Symptoms',
      'A file or folder was deleted, or a file was saved over, and the user needs an earlier copy.',
    ],
    [
      'Resolution',
      'Get the full path, file name and the last time it was known good. File server: right-click the parent folder > Restore previous versions (VSS snapshots). Older than the snapshots: file-level restore from the Datto SIRIS recovery point, copied back next to the original with a _restored suffix. SharePoint/OneDrive: the site Recycle Bin (93 days, including the second-stage bin) or Version history on the file.',
    ],
    ['Notes', "Never overwrite the current file with a restored one without the user's OK."],
  ]),
  article(
    'kb-qb-database-server',
    'QuickBooks Desktop multi-user: H202/H505 and Database Server Manager',
    null,
    'Line of Business',
    [
      [
        'Symptoms',
        '"This company file is on another computer, and QuickBooks needs some help connecting" (H202/H505); cannot switch to multi-user mode; only one person can open the company file.',
      ],
      [
        'Resolution',
        'On the server open QuickBooks Database Server Manager and scan the folder holding the .QBW. Confirm the QuickBooksDBXX service for that version year is running; after a yearly upgrade the server must run the newest version any workstation uses. Allow ports 8019, 56728 and 55378-55382 in Windows Firewall. On workstations, File > Utilities > Stop Hosting Multi-User Access.',
      ],
      ['Notes', 'Back up the company file before any Verify or Rebuild.'],
    ],
  ),

  // Security
  article(
    'kb-phishing-clicked',
    'User clicked a phishing link or opened a suspicious attachment',
    null,
    'Security',
    [
      [
        'Symptoms',
        'User reports clicking a link in an email, typing their password into a page, opening an unexpected attachment, or receiving a message they think is fake.',
      ],
      [
        'Resolution',
        'Ask whether credentials were entered; if so, follow the compromised mailbox steps right away. Attachment opened: isolate the device from the EDR console and run a full scan. Have the user click Report > Phishing in Outlook; in Defender use Threat Explorer to find and purge the message from every mailbox, and add the sender and URL to the Tenant Allow/Block List.',
      ],
      ['Notes', 'Thank the user for reporting; no blame, or they stop reporting.'],
    ],
  ),
  article(
    'kb-compromised-mailbox',
    'Compromised mailbox: rogue inbox rules and outbound spam',
    null,
    'Security',
    [
      [
        'Symptoms',
        'Contacts receive phishing sent from the user; unknown messages in Sent Items; replies vanishing into RSS Feeds or Conversation History through inbox rules; impossible travel alerts.',
      ],
      [
        'Resolution',
        'Reset the password, Revoke sessions in Entra, and require MFA re-registration. Remove malicious inbox rules (Get-InboxRule) and any forwarding (ForwardingSmtpAddress). Review sign-in logs for foreign IPs and remove unknown OAuth app consents. If Microsoft blocked the account from sending, release it under Defender > Restricted entities. Tell the client contact so they can warn the people who got the messages.',
      ],
    ],
  ),
  article(
    'kb-bec-payment-fraud',
    'Fake invoices, bank detail changes and gift card requests (BEC)',
    null,
    'Security',
    [
      [
        'Symptoms',
        'A vendor email asks to change ACH or wire details; an urgent payment or gift card request appears to come from an executive; invoices from a lookalike domain.',
      ],
      [
        'Resolution',
        "Do not pay or change anything. Verify by phoning the vendor or executive on a number from existing records, never one in the email. Check headers for a lookalike domain or a different Reply-To. If money already went out, the client calls their bank immediately to request a recall and files a report at ic3.gov. Check whether the client's own mailbox was compromised, and block the lookalike domain.",
      ],
    ],
  ),
  article('kb-edr-alert', 'EDR threat alert or quarantined program (SentinelOne)', null, 'Security', [
    [
      'Symptoms',
      'SentinelOne "threat detected" popup; a program vanishes or will not start after an update; a device shows as network quarantined and cannot get online.',
    ],
    [
      'Resolution',
      'Open the threat in the S1 console and review the storyline, file path, signer and hash reputation. True positive: keep the device isolated, remediate or roll back, escalate to the security lead. False positive (a signed line-of-business update): mark it resolved as false positive, restore from quarantine and add a hash or path exclusion scoped to the client site. Release network quarantine once clean.',
    ],
    ['Notes', 'No exclusions for whole folders such as C:\\Users or Downloads.'],
  ]),

  // On/offboarding
  article('kb-onboarding', 'New employee onboarding', null, 'On/Offboarding', [
    [
      'Process',
      'Need the onboarding form from an authorized client contact three business days before the start date: name, title, start date, manager, same-access-as user, licenses, shared mailboxes, hardware and line-of-business apps.',
    ],
    [
      'Steps',
      "Create the account (firstname.lastname) in AD or Entra, assign Microsoft 365 Business Premium, copy group and shared mailbox memberships from the same-access-as user, order or assign a laptop and register it in Autopilot, create a Temporary Access Pass for first sign-in and MFA setup, and set up LOB app accounts following the client's runbook.",
    ],
  ]),
  article('kb-offboarding', 'Employee offboarding and termination', null, 'On/Offboarding', [
    [
      'Process',
      'Only on a request from an authorized client contact. For hostile departures act at the exact time given.',
    ],
    [
      'Steps',
      'Block sign-in, reset the password, Revoke sessions and remove MFA methods. Convert the mailbox to shared, give the manager Full Access, set an auto-reply or forwarding if requested, then remove the license. Give the manager access to the OneDrive (kept 30 days). Retire or wipe devices in Intune, remove VPN and LOB app accounts, and arrange collection of hardware.',
    ],
  ]),

  // Line of business
  article(
    'kb-adobe-acrobat',
    'Adobe Acrobat: sign-in, license and editing problems',
    null,
    'Line of Business',
    [
      [
        'Symptoms',
        'Acrobat says the trial expired or asks to sign in; Edit PDF and other tools are locked; PDFs open in Edge instead of Acrobat.',
      ],
      [
        'Resolution',
        'Acrobat Pro is licensed per named user in the Adobe Admin Console: assign the Acrobat Pro product profile, then have the user sign out (Help > Sign Out) and back in with their work email. The same app runs as Reader until licensed. Default app: Settings > Apps > Default apps > .pdf > Adobe Acrobat. Broken installs: Help > Repair Installation.',
      ],
    ],
  ),
  article('kb-autocad-license', 'AutoCAD named-user licensing and crashes', null, 'Line of Business', [
    [
      'Symptoms',
      'AutoCAD asks to sign in at every launch, "License not valid", "Your trial has expired", or crashes when zooming and panning large drawings.',
    ],
    [
      'Resolution',
      'Named-user subscriptions: assign the seat to the user at manage.autodesk.com. Reset the license type with AdskLicensingInstHelper change --prod_key --prod_ver --lic_method USER and clear LoginState.xml under %localappdata%\\Autodesk\\Web Services. Crashes: update the GPU driver from the vendor, run GRAPHICSCONFIG and turn hardware acceleration off to test.',
    ],
    ['Notes', 'Clients on network licenses have their own runbook.'],
  ]),
  article('kb-ehr-ecw', 'eClinicalWorks (eCW) client problems', null, 'Line of Business', [
    [
      'Symptoms',
      'eCW will not launch, shows a blank white screen after login, "Unable to connect to server", or is very slow opening charts.',
    ],
    [
      'Resolution',
      "eCW is hosted, so check the practice's eCW status first. Clear the eCW cache under %localappdata%\\eClinicalWorks and reinstall the client from the practice's eCW URL. Check the required .NET version is installed.",
    ],
    [
      'Notes',
      "eCW user accounts and passwords are managed by the practice's eCW administrator; we cannot reset or unlock them.",
    ],
  ]),

  // Client runbooks: Hartwell & Brandt CPAs
  article('rb-hartwell-vpn', 'Hartwell & Brandt: WatchGuard SSL VPN for remote staff', hartwell, 'Runbooks', [
    [
      'Overview',
      "Hartwell does not use FortiClient. Remote staff use WatchGuard Mobile VPN with SSL to the Firebox M290 in Cedar Rapids, server vpn.hartwellbrandt.com port 443, signing in with their Windows username and password plus an AuthPoint push (WatchGuard's app, not Microsoft Authenticator).",
    ],
    [
      'Troubleshooting',
      '"Could not connect to server": check the user is in the SSLVPN-Users group on the Firebox and their AD password has not expired. AuthPoint push not arriving: resync or reactivate the token in the AuthPoint portal. Connected but no S: (Shared) or T: (Tax) drive: run \\\\HB-FS01\\netlogon\\map.bat.',
    ],
    ['Notes', 'Licensed for 50 concurrent users; in tax season tell the office manager if we hit the cap.'],
  ]),
  article('rb-hartwell-scan', 'Hartwell & Brandt: Ricoh scan to folder', hartwell, 'Runbooks', [
    [
      'Overview',
      'Two Ricoh IM C4500 copiers (front office and second floor) scan to \\\\HB-FS01\\Scans\\<username> using the svc-ricoh account (password in IT Glue). Each staff member has a one-touch destination in the copier address book.',
    ],
    [
      'Troubleshooting',
      '"Authentication has failed" after the yearly svc-ricoh password rotation: update the password on both copiers through Web Image Monitor (admin login in IT Glue). New hires: create the Scans\\<username> folder and add an address book entry on both copiers.',
    ],
    ['Notes', 'SMB2 is enabled on both units; do not enable SMB1.'],
  ]),
  article(
    'rb-hartwell-qb',
    'Hartwell & Brandt: client QuickBooks files on Rightworks',
    hartwell,
    'Runbooks',
    [
      [
        'Overview',
        "Hartwell's bookkeeping team opens client QuickBooks Desktop files in the Rightworks (formerly Right Networks) hosted environment, not on HB-FS01. Do not install QuickBooks Database Server Manager on their servers.",
      ],
      [
        'Troubleshooting',
        'H202/H505 or multi-user errors inside Rightworks: open a case with Rightworks support; nothing on our side hosts the files. Rightworks logins and MFA are managed in the Rightworks portal; new users are added there by the office manager, Dana Whitcomb, and need a Rightworks seat.',
      ],
    ],
  ),
  article(
    'rb-hartwell-cch',
    'Hartwell & Brandt: CCH Axcess Tax and ProSystem fx Engagement',
    hartwell,
    'Runbooks',
    [
      [
        'Symptoms',
        'CCH Axcess will not start or says workstation setup is required; Engagement binders stuck checked out; e-file rejections.',
      ],
      [
        'Resolution',
        'After each January release run CCH Axcess Workstation Setup as administrator on every PC. Engagement binders sync with HB-APP01: a binder checked out to an absent user is released in the Engagement Admin Module (Binder Check In) by Dana Whitcomb or us. E-file rejections are a tax data issue: the preparer calls CCH support, not the MSP.',
      ],
      ['Notes', 'Axcess staff licences are managed by Dana in Firm Settings.'],
    ],
  ),

  // Client runbooks: Prairie Creek Animal Hospital
  article('rb-prairie-avimark', 'Prairie Creek: AVImark server and workstations', prairie, 'Runbooks', [
    [
      'Overview',
      'AVImark runs from PCV-SRV01; data lives in D:\\AVImark, shared as \\\\PCV-SRV01\\AVImark and mapped as V: on every workstation.',
    ],
    [
      'Troubleshooting',
      '"Cannot find AVImark data" or file open errors: the V: drive is disconnected; reconnect or remap it and restart AVImark. "Another user is in the system" during end of day or backup: everyone must exit AVImark; check Task Manager on each workstation for a hung AVImark.exe.',
    ],
    [
      'Updates',
      'Covetrus releases updates: staff should not accept the prompt at workstations. We update the server first after close, then each workstation. Vendor support is Covetrus.',
    ],
  ]),
  article('rb-prairie-xray', 'Prairie Creek: digital X-ray workstation', prairie, 'Runbooks', [
    [
      'Overview',
      'The radiology room PC PCV-XRAY runs the Sound DR acquisition software, vendor managed. Images go by DICOM to the cloud PACS and are linked into the patient record in AVImark.',
    ],
    [
      'Troubleshooting',
      '"Detector not ready": check the panel battery and its Wi-Fi link, power-cycle the panel. Images missing from AVImark: restart the DICOM router service on PCV-XRAY and resend from the study list.',
    ],
    [
      'Notes',
      'PCV-XRAY is excluded from RMM patching and EDR: no Windows updates or reboots without vendor approval. Vendor support is Sound.',
    ],
  ]),
  article(
    'rb-prairie-printers',
    'Prairie Creek: front desk label and receipt printers',
    prairie,
    'Runbooks',
    [
      [
        'Overview',
        'Front desk has a Zebra ZD421 for prescription labels printed from AVImark and Epson TM-T88 receipt printers at checkout, all USB.',
      ],
      [
        'Troubleshooting',
        'Labels shifted or split across two labels: calibrate by holding the feed button until it flashes twice, then release. Confirm the label size in AVImark printer setup for that workstation. Receipt printer silent: check the cover is closed, the paper roll faces the right way, and the Epson port in the printer properties matches the USB port used.',
      ],
    ],
  ),

  // Client runbooks: Ridgeline Builders
  article(
    'rb-ridgeline-autocad',
    'Ridgeline Builders: AutoCAD network license server',
    ridgeline,
    'Runbooks',
    [
      [
        'Overview',
        'Ridgeline runs AutoCAD 2024 on network (multi-user) licenses, five seats, served by RC-LIC01 with Autodesk Network License Manager. Do not switch their installs to named-user sign-in.',
      ],
      [
        'Troubleshooting',
        '"No network license available" / "Failed to get a license": on RC-LIC01 open LMTOOLS, confirm the adskflex service is running and run lmstat to see who holds seats. Workstations need ADSKFLEX_LICENSE_FILE=@RC-LIC01. Users in jobsite trailers or at home must be connected to VPN before launching AutoCAD.',
      ],
    ],
  ),
  article(
    'rb-ridgeline-jobsite',
    'Ridgeline Builders: jobsite trailer internet (Cradlepoint LTE)',
    ridgeline,
    'Runbooks',
    [
      [
        'Overview',
        'Each jobsite trailer has a Cradlepoint E300 on Verizon LTE broadcasting RC-Jobsite, managed in NetCloud Manager.',
      ],
      [
        'Troubleshooting',
        'No internet: in NetCloud check the router is online, signal (RSRP better than -105) and data usage. Amber or red light usually means weak signal; have the superintendent power-cycle it and move the external antenna higher. Each plan has a 50 GB monthly cap after which Verizon throttles, which shows up as slowness late in the billing month; the PM can approve a temporary increase.',
      ],
      [
        'Notes',
        'Trailer moves: the PM tells us five business days ahead so we can update the site address and grouping.',
      ],
    ],
  ),
  article('rb-ridgeline-sage', 'Ridgeline Builders: Sage 300 CRE (Timberline)', ridgeline, 'Runbooks', [
    [
      'Overview',
      'Sage 300 CRE runs on RC-APP01 with the Actian Zen (Pervasive) database; data is shared as \\\\RC-APP01\\Timberline.',
    ],
    [
      'Troubleshooting',
      'Status code 161 or 3006: Actian Zen user count or engine problem; restart the Actian Zen services on RC-APP01 after everyone exits. "Could not open data folder": the workstation cannot reach \\\\RC-APP01\\Timberline; check the mapping and the user\'s SG-Sage group membership.',
    ],
    ['Notes', 'Year-end payroll tax updates go on the server first, then each client, in December.'],
  ]),

  // Client runbooks: Cedar Valley CSD Central Office
  article('rb-cedar-password', 'Cedar Valley CSD: staff password resets', cedar, 'Runbooks', [
    [
      'Overview',
      'District staff accounts are in on-prem AD (cvcsd.local) synced to Microsoft 365. Staff reset their own password at https://reset.cvcsd.org (ADSelfService Plus) using enrolled security questions.',
    ],
    [
      'When we reset',
      'Only when the request comes from the Technology Coordinator, Mark Voss, or by phone after verifying the employee ID against the HR list. Reset in ADUC and force a sync. Accounts lock after 5 attempts and unlock on their own after 30 minutes.',
    ],
    [
      'After a reset',
      'The same password is used for PowerSchool sign-in and for the CVCSD-Staff Wi-Fi (802.1X): users must forget the Wi-Fi on laptops and phones and rejoin with the new password.',
    ],
  ]),
  article(
    'rb-cedar-powerschool',
    'Cedar Valley CSD: PowerSchool access for central office',
    cedar,
    'Runbooks',
    [
      [
        'Overview',
        'PowerSchool SIS is hosted by PowerSchool and signs in through Microsoft 365 SSO. Roles and page access are controlled by the district data manager, Linda Ortiz.',
      ],
      [
        'We handle',
        'Sign-in loops back to the Microsoft page: the user must use their @cvcsd.org account; clear the browser cache or use an InPrivate window, and check they are not signed in to a personal Microsoft account. Browser issues: Chrome or Edge only.',
      ],
      [
        'We do not handle',
        'Missing pages, screens or permissions inside PowerSchool go to Linda Ortiz; state reporting questions go to the AEA.',
      ],
    ],
  ),
  article(
    'rb-cedar-papercut',
    'Cedar Valley CSD: PaperCut print release on Konica copiers',
    cedar,
    'Runbooks',
    [
      [
        'Overview',
        'Central office prints only to the CVCSD-FollowMe queue on CV-PRINT01 (PaperCut MF). Jobs are held until the user releases them at any Konica bizhub by tapping their badge or entering their PIN.',
      ],
      [
        'Troubleshooting',
        'Job not at the copier: find it in PaperCut admin > Jobs pending release; if it never arrived, the laptop is printing to the wrong queue. "Card not recognized": new badges must be registered by tapping and signing in once with network credentials.',
      ],
      [
        'Policy',
        'Do not install copiers directly on laptops; the district requires all printing through PaperCut.',
      ],
    ],
  ),
];
