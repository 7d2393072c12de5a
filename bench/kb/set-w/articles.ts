/**
 * Set W: a blind labelled KB set, written without reading the search code or any other set.
 * A Cork MSP documenting in IT Glue, with a pharmacy group, a dairy co-op, a solicitors' practice and a hotel as clients.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_W_CLIENTS = {
  leeValley: 'Lee Valley Pharmacy Group Ltd',
  ballyhoura: 'Ballyhoura Dairy Co-operative Society Ltd',
  murphyCrowley: 'Murphy Crowley & Co. Solicitors LLP',
  harbourView: 'Harbour View Hotel Kinsale Ltd',
} as const;
const { leeValley, ballyhoura, murphyCrowley, harbourView } = SET_W_CLIENTS;

export const SET_W_ARTICLES: readonly BenchArticle[] = [
  article(
    'w-outlook-password-prompt',
    'Outlook keeps asking for password / shows "Disconnected"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Problem',
        'Outlook desktop repeatedly pops up the Windows Security credential box, or the status bar shows Disconnected / Need Password / Trying to connect. Webmail works fine. Usually follows a password change, a stale cached token, or the work account falling out of Windows "Access work or school".',
      ],
      [
        'Resolution',
        '1. Confirm the user can sign in at outlook.office.com with the same password (rules out a locked or expired account).\n2. Close Outlook. Open Credential Manager > Windows Credentials and remove every MicrosoftOffice16_Data:* and ADAL entry for the user.\n3. Settings > Accounts > Access work or school: if the M365 account shows an error, click it and Disconnect, then reconnect.\n4. Reopen Outlook and complete the modern sign-in prompt (MFA included).\n5. Still looping: Control Panel > Mail > Show Profiles > Add a new profile, set it to "Always use this profile" and let it resync.',
      ],
      [
        'Notes',
        'Do not use the old DisableADAL registry key, it breaks modern auth. If several users at one site loop at once, check Entra sign-in logs for a Conditional Access failure before touching PCs.',
      ],
    ],
  ),
  article(
    'w-shared-mailbox-access',
    'Give a user access to a shared mailbox (Full Access, Send As)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Scope',
        'Use for requests like "I can\'t see the accounts@ inbox" or "my emails from info@ go out with my own name".',
      ],
      [
        'Steps',
        '1. Exchange admin centre > Recipients > Mailboxes > select the shared mailbox > Delegation.\n2. Read and manage (Full Access): add the user. Automapping adds it to Outlook within about an hour; restart Outlook.\n3. Send as: add the user so mail appears from the shared address. Send on behalf shows "User on behalf of Shared".\n4. In Outlook, the user must pick the shared address in the From field (View > Show From).\n5. Sent items: to keep sent mail in the shared mailbox, run Set-Mailbox <shared> -MessageCopyForSentAsEnabled $true.',
      ],
      [
        'Gotchas',
        'Shared mailboxes do not need a licence below 50 GB. If it never appears after 2 hours, remove and re-add with automapping, or add it manually under Account Settings > More Settings > Advanced.',
      ],
    ],
  ),
  article(
    'w-calendar-delegate',
    'Sharing a calendar and setting up a delegate',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Use when',
        "A PA or office manager needs to see or manage a partner's/manager's calendar, accept meetings on their behalf, or a room/team calendar is needed.",
      ],
      [
        'Steps',
        '1. Owner opens Outlook > Calendar > right-click their calendar > Sharing Permissions > Add > choose Can view all details or Can edit.\n2. For a delegate (receives meeting invites): File > Account Settings > Delegate Access > Add > Calendar: Editor, tick "Delegate receives copies of meeting-related messages".\n3. Delegate opens it via Calendar > Add Calendar > From Address Book.\n4. Admin alternative: Add-MailboxFolderPermission -Identity owner@domain:\\Calendar -User pa@domain -AccessRights Editor -SharingPermissionFlags Delegate.',
      ],
      [
        'Notes',
        'If the shared calendar shows but is blank or out of date, remove and re-add it; new Outlook shares are cached differently from old ones.',
      ],
    ],
  ),
  article(
    'w-mailbox-full-archive',
    'Mailbox almost full \u2013 enabling the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        '"Your mailbox is almost full" or "mailbox is full and can no longer send" warnings; 50 GB quota on Business Standard/Premium.',
      ],
      [
        'Resolution',
        '1. Check size: EAC > Mailboxes > user > Mailbox usage.\n2. Enable archive: EAC > user > Others > Manage mailbox archive > Enabled (Business Premium / E3 gives auto-expanding archive).\n3. Apply a retention tag moving items older than 2 years to the archive (Default MRM Policy does this).\n4. Run Start-ManagedFolderAssistant <user> to kick it off; takes up to 48 hours.\n5. Ask the user to empty Deleted Items and Recoverable Items if very close to the limit.',
      ],
      ['Notes', 'The archive appears as "Online Archive - user@" in Outlook. Archive is not a backup.'],
    ],
  ),
  article(
    'w-ndr-550-571',
    'NDR 550 5.7.1 / emails bouncing back \u2013 message trace',
    null,
    'Microsoft 365/Mail flow',
    [
      [
        'Problem',
        'User gets an "Undeliverable" / "Delivery has failed" bounce, commonly 550 5.7.1 (rejected by recipient policy), 550 5.1.1 (address does not exist), 5.7.708 or 5.7.750 (outbound blocked / tenant restricted), or an outside sender says our domain bounces.',
      ],
      [
        'Resolution',
        '1. Get the full NDR text or exact time and recipient.\n2. Exchange admin centre > Mail flow > Message trace. Search by sender/recipient over the last 48 hours.\n3. 5.1.1: typo in the address or stale autocomplete entry \u2013 delete the autocomplete suggestion.\n4. 5.7.1 from an outside server: their filter rejected us; check our SPF/DKIM/DMARC with MXToolbox and ask them to whitelist.\n5. 5.7.708 / 5.7.750 or "user restricted from sending": the account may be compromised \u2013 follow the phishing/BEC runbook before unblocking in Defender > Restricted entities.\n6. Inbound not arriving at all: check MX records and the connector from the mail filter.',
      ],
      ['Notes', 'Message trace older than 10 days needs a historical search (CSV emailed back).'],
    ],
  ),
  article(
    'w-quarantine-release',
    'Legit emails stuck in quarantine \u2013 release and allow-list',
    null,
    'Microsoft 365/Mail flow',
    [
      [
        'Problem',
        'Expected emails (supplier invoices, HSE circulars, bank notifications) never arrive and are not in Junk. Defender for Office 365 has quarantined them as spam, bulk or phish.',
      ],
      [
        'Resolution',
        '1. security.microsoft.com > Email & collaboration > Review > Quarantine. Filter by recipient.\n2. Preview the message and check the reason. Release to the user if it is genuinely safe.\n3. For a repeat sender add an entry to Tenant Allow/Block List (Senders) for 30 days, or the domain if confirmed.\n4. Never release items quarantined as High confidence phish without checking headers with the senior tech.\n5. Users can be given the weekly quarantine notification so they can request release themselves.',
      ],
      [
        'Notes',
        'Junk folder is separate from quarantine: mail in Junk is delivered, mail in quarantine is held by Microsoft.',
      ],
    ],
  ),
  article(
    'w-teams-cache',
    "Teams won't load / white screen \u2013 clear Teams cache (new Teams)",
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'Teams opens to a blank white or purple window, spins forever, shows "We\'re sorry \u2013 we\'ve run into an issue", or chats and channels are missing/out of date.',
      ],
      [
        'Resolution',
        '1. Quit Teams fully from the system tray.\n2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.\n3. Classic Teams: delete %appdata%\\Microsoft\\Teams.\n4. Relaunch and sign in.\n5. If still broken, uninstall and reinstall new Teams from the Teams bootstrapper.',
      ],
      ['Notes', 'Check the Microsoft 365 service health page first if several users report it at once.'],
    ],
  ),
  article(
    'w-onedrive-sync',
    'OneDrive sync stuck / red X on files',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        'OneDrive cloud icon shows red X, "Processing changes" for hours, files show sync pending, or a synced SharePoint library in File Explorer is not updating.',
      ],
      [
        'Resolution',
        '1. Click the OneDrive cloud icon and read the error. Common: file name contains invalid characters, path longer than 400 characters, file open in another app, or storage full.\n2. Rename or move the offending file.\n3. Pause and resume sync.\n4. Reset: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again.\n5. If a SharePoint library shortcut is broken, stop syncing that library in Settings > Account and re-sync from the browser.',
      ],
      [
        'Notes',
        'Known folder move redirects Desktop/Documents into OneDrive; if a user says their Desktop is "gone", check they are signed into OneDrive.',
      ],
    ],
  ),
  article(
    'w-sharepoint-restore',
    'Restoring deleted files from SharePoint / OneDrive recycle bin',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Use when',
        'Someone deleted a file or folder from a SharePoint site, Teams channel files or their OneDrive, or a file was overwritten.',
      ],
      [
        'Steps',
        '1. Open the site in a browser > Recycle bin (left menu or Site contents). Select and Restore.\n2. Not there: scroll to the bottom > "Second-stage recycle bin" (site admin needed).\n3. Items stay 93 days in total.\n4. Overwritten file: right-click > Version history > Restore the earlier version.\n5. Mass deletion or ransomware: use OneDrive > Settings > Restore your OneDrive to a date and time.\n6. Older than 93 days: restore from the third-party M365 backup (see backup restore article).',
      ],
      ['Notes', 'Files deleted from a synced folder on the PC also go to the site recycle bin.'],
    ],
  ),
  article(
    'w-m365-licence',
    'Assigning Microsoft 365 licences / "Unlicensed Product" in Office',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        'Word/Excel title bar says "Unlicensed Product" or "Product Deactivated", editing disabled, or a new user cannot get a mailbox.',
      ],
      [
        'Resolution',
        '1. M365 admin centre > Users > Active users > user > Licenses and apps. Confirm a licence with desktop apps (Business Standard/Premium, E3) is assigned.\n2. If no spare licences: Billing > Your products > buy licences (check with account manager first \u2013 client approval needed).\n3. On the PC: File > Account > Sign out, close Office, reopen and sign in with the work account.\n4. Still unlicensed: run the Microsoft Support and Recovery Assistant or reset activation with OLicenseCleanup.\n5. Shared PCs need shared computer activation enabled.',
      ],
      ['Notes', 'Business Basic has no desktop apps \u2013 users on Basic can only use the web versions.'],
    ],
  ),
  article('w-mfa-new-phone', 'MFA \u2013 user got a new phone or lost Authenticator', null, 'Identity/MFA', [
    [
      'Problem',
      'User has changed or lost their phone, reset it, or Authenticator no longer shows the account, so they cannot approve sign-ins.',
    ],
    [
      'Resolution',
      '1. Verify identity by calling back on the number in the PSA or via their manager \u2013 never on a number given in the ticket.\n2. Entra admin centre > Users > user > Authentication methods > Require re-register multifactor authentication (or delete the old Authenticator method).\n3. Optionally issue a Temporary Access Pass valid for 1 hour.\n4. User goes to aka.ms/mysecurityinfo, signs in, and adds Microsoft Authenticator on the new phone by scanning the QR code.\n5. Test a sign-in. Remind them to enable cloud backup in Authenticator.',
    ],
    ['Notes', 'If the old phone was lost or stolen also revoke sessions and see the lost device article.'],
  ]),
  article('w-sspr-locked-out', 'Password reset and account lockout (SSPR)', null, 'Identity/Passwords', [
    [
      'Problem',
      'User forgot password, password expired, or account is locked after too many attempts ("Your account has been locked" / "referenced account is currently locked out").',
    ],
    [
      'Resolution',
      '1. Self-service first: user goes to aka.ms/sspr on a phone or another PC and completes the MFA check.\n2. If they never registered, verify identity (call back) and reset in the admin centre with "require change at next sign-in".\n3. Hybrid/on-prem AD: unlock in AD Users and Computers and force a sync or wait for password writeback.\n4. On the PC, connect to the office network or VPN so Windows picks up the new password; otherwise sign in with the new password at the lock screen once online.\n5. Repeated lockouts: check for an old phone or tablet with the old password hammering Exchange.',
    ],
  ]),
  article(
    'w-ca-53003',
    'Error 53003 "You can\'t get there from here" \u2013 Conditional Access block',
    null,
    'Identity/Conditional Access',
    [
      [
        'Problem',
        'Sign-in blocked with "You can\'t get there from here", "This application contains sensitive information and can only be accessed from\u2026", or error code 53003 / 530032. Usually a personal device, a location outside Ireland, or a non-compliant device.',
      ],
      [
        'Resolution',
        '1. Entra admin centre > Sign-in logs > filter on the user > open the failure > Conditional Access tab shows which policy blocked.\n2. Country block (user abroad on holiday/business): add the user to the travel exclusion group with an end date, approved by the client contact.\n3. Device not compliant / not joined: user must use a company device, or enrol the device (see Intune compliance).\n4. Legacy auth: old mail apps (built-in Android/iOS mail) are blocked; use Outlook mobile.',
      ],
      ['Notes', 'Never disable a policy to fix one user.'],
    ],
  ),
  article('w-autopilot-build', 'Building a new laptop with Autopilot', null, 'Endpoints/Intune & Autopilot', [
    [
      'Before you start',
      'Hardware hash must be uploaded (supplier does this for Dell/Lenovo orders, otherwise run Get-WindowsAutopilotInfo -Online). Assign the device to the right group tag for the client.',
    ],
    [
      'Steps',
      "1. Unbox, connect to wired network or Wi-Fi at the OOBE screen.\n2. Autopilot shows the client's branding; user signs in with their M365 account (MFA).\n3. Enrollment Status Page installs apps \u2013 allow 30\u201360 minutes. Do not reboot.\n4. If ESP fails with 0x80180014, the device was previously enrolled \u2013 delete it from Intune devices and retry.\n5. 0x800705b4 timeout: usually a stuck Win32 app; check the app install status in Intune.\n6. Once at the desktop, confirm OneDrive, Office and printers.",
    ],
    ['Notes', 'Reset an existing device via Intune > Devices > Autopilot Reset or Wipe.'],
  ]),
  article(
    'w-intune-noncompliant',
    'Device not compliant in Intune \u2013 company resources blocked',
    null,
    'Endpoints/Intune & Autopilot',
    [
      [
        'Symptoms',
        'Company Portal says "Your device doesn\'t meet requirements", Outlook/Teams on phone says access blocked, or PC is flagged non-compliant.',
      ],
      [
        'Resolution',
        '1. Intune > Devices > select device > Device compliance shows the failing setting.\n2. Common: BitLocker off, OS too old, no passcode on phone, Defender out of date, device not checked in for 30 days.\n3. Fix the setting, then on the device: Company Portal > Check status / Sync. On Windows: Settings > Accounts > Access work or school > Info > Sync.\n4. Compliance re-evaluates within about 15 minutes.\n5. Phone too old to update: it cannot be made compliant, advise replacement.',
      ],
    ],
  ),
  article(
    'w-windows-update-failing',
    'Windows Update failing or stuck (0x800f0922, 0x80070002, 0x8024a105)',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        'Updates fail repeatedly, "Undoing changes made to your computer" at reboot, stuck at a percentage, or the device is flagged as missing patches in the RMM.',
      ],
      [
        'Resolution',
        '1. Check free disk space (need at least 20 GB for feature updates).\n2. Run the Windows Update troubleshooter.\n3. Stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution, start services.\n4. DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.\n5. 0x800f0922 often means the VPN or a proxy blocked the download, or the System Reserved partition is full.\n6. Still failing: install the cumulative update manually from the Microsoft Update Catalog.',
      ],
      ['Notes', 'Don\'t interrupt "Working on updates" screens; long is normal after a feature update.'],
    ],
  ),
  article('w-temp-profile', '"You\'ve been signed in with a temporary profile"', null, 'Endpoints/Windows', [
    [
      'Problem',
      'User logs in and Desktop is empty, wallpaper default, and a notification says they are signed in with a temporary profile; changes are lost at sign-out.',
    ],
    [
      'Resolution',
      '1. Reboot once \u2013 often a file lock from AV or a backup agent.\n2. If persistent, sign in as admin, open regedit HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.\n3. Find the user SID; if there are two keys (one ending .bak) remove the one without .bak and rename .bak, or set State to 0 and RefCount to 0.\n4. Reboot and log in as the user.\n5. Profile corrupt beyond repair: rename C:\\Users\\user, log in to create a new profile, copy data back (OneDrive will restore Desktop/Documents).',
    ],
  ]),
  article('w-printer-offline', 'Printer shows Offline or jobs stuck in queue', null, 'Endpoints/Printing', [
    [
      'Symptoms',
      'Printer shows Offline in Windows, jobs sit in the queue with "Error \u2013 Printing", or nothing comes out.',
    ],
    [
      'Resolution',
      '1. Check the printer screen for paper jam, toner or an error, and that it has an IP (print a config page).\n2. Ping the IP from the PC. If it changed (DHCP), update the port or set a reservation on the router.\n3. Clear the queue: stop the Print Spooler service, delete files in C:\\Windows\\System32\\spool\\PRINTERS, start the spooler.\n4. Untick "Use Printer Offline" and disable SNMP status on the port if it falsely shows offline.\n5. Reinstall driver from the manufacturer (universal driver) if still failing.',
    ],
  ]),
  article('w-bitlocker-recovery', 'BitLocker recovery key screen at boot', null, 'Endpoints/Security', [
    [
      'Problem',
      'Laptop boots to a blue "BitLocker recovery \u2013 Enter the recovery key for this drive" screen, often after a BIOS update, dock change, or TPM reset.',
    ],
    [
      'Resolution',
      '1. Ask the user for the Key ID shown (first 8 characters).\n2. Verify identity.\n3. Look up the 48-digit key: Intune > Devices > device > Recovery keys, or Entra > Devices > BitLocker keys, or IT Glue device asset.\n4. Read it to the user in groups of six.\n5. Once in Windows, suspend and resume BitLocker (manage-bde -protectors -disable C: -RebootCount 1) if a BIOS update caused it.\n6. If it keeps asking every boot, clear the TPM and re-escrow the key.',
    ],
    ['Notes', 'No key found = data cannot be recovered; escalate to senior tech before reimaging.'],
  ]),
  article('w-slow-pc', 'Slow PC triage', null, 'Endpoints/Windows', [
    [
      'Checklist',
      '1. Uptime: if more than 7 days, restart (Fast Startup means shutdown does not reset).\n2. Task Manager: sort by CPU, Memory, Disk. 100% disk on an HDD = replace with SSD.\n3. RAM under 8 GB with Teams + Outlook + Chrome is too little; recommend upgrade.\n4. Startup apps: disable unnecessary ones.\n5. Pending Windows updates or a Defender full scan running.\n6. Check disk space > 15% free.\n7. Check RMM for disk SMART warnings.\n8. Browser with 40 tabs \u2013 it is the browser.',
    ],
    [
      'Notes',
      'A device older than 5 years: raise replacement with the account manager rather than burning hours.',
    ],
  ]),
  article(
    'w-dock-monitors',
    'External monitors not working on dock (Dell WD19 / Lenovo USB-C)',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        'Screens stay black or "No signal" when laptop connected to the dock, only one of two monitors works, flickering, or the dock\'s USB keyboard and mouse do not work.',
      ],
      [
        'Resolution',
        '1. Unplug the dock power for 30 seconds, reconnect.\n2. Check the laptop is in the USB-C/Thunderbolt port with the lightning or DP symbol.\n3. Update dock firmware (Dell Command Update / Lenovo Vantage) and laptop graphics driver and BIOS.\n4. Win+P > Extend; Display settings > Detect.\n5. Two monitors via daisy chain need DisplayPort MST; HDMI on some docks only works with DP alt mode.\n6. Swap cable and monitor to isolate.',
      ],
    ],
  ),
  article('w-headset-webcam', 'Headset or webcam not working in Teams', null, 'Endpoints/Hardware', [
    [
      'Symptoms',
      'Others cannot hear the user, no sound in calls, echo, or "We can\'t find a camera" in Teams/Zoom.',
    ],
    [
      'Resolution',
      '1. In Teams: Settings > Devices \u2013 choose the headset for speaker and mic, and the correct camera. Make a test call.\n2. Windows Settings > Privacy & security > Microphone / Camera: allow desktop apps.\n3. Check the mute switch on the headset cable and the F-key camera shutter on laptops (Lenovo has a physical slider).\n4. Sound settings: set the headset as default device, check levels.\n5. USB headset: try another port, not through a hub.\n6. Update or reinstall the Realtek/camera driver from Device Manager.',
    ],
  ]),
  article('w-wifi-no-internet', 'Wi-Fi connected but no internet', null, 'Networking/Wi-Fi', [
    [
      'Symptoms',
      'Laptop shows connected to Wi-Fi but "No internet, secured", sites won\'t load, or Wi-Fi keeps dropping.',
    ],
    [
      'Resolution',
      '1. Are others on the same Wi-Fi affected? If yes, treat as a site outage (broadband article).\n2. Forget the network and reconnect with the password from IT Glue.\n3. ipconfig /release, ipconfig /renew, ipconfig /flushdns.\n4. Check the laptop got a 169.254 address \u2013 DHCP issue on the router/firewall.\n5. Update the Wi-Fi driver (Intel); disable power saving on the adapter.\n6. Too far from access point \u2013 check signal strength; consider an extra AP.',
    ],
  ]),
  article(
    'w-forticlient-vpn',
    "FortiClient VPN won't connect (stuck at 98%, error -14, -7200)",
    null,
    'Networking/VPN',
    [
      [
        'Symptoms',
        'FortiClient SSL VPN hangs at 40% or 98%, "Unable to establish the VPN connection (-14)", "-7200 permission denied", or connects but shared drives won\'t open.',
      ],
      [
        'Resolution',
        '1. Confirm home internet works and the user is not on a hotel/guest Wi-Fi blocking port 10443.\n2. -7200 / permission denied: wrong password or user not in the VPN group on the FortiGate; MFA push not approved.\n3. Stuck at 98%: reinstall the FortiClient virtual adapter \u2013 uninstall FortiClient VPN, reboot, install latest free VPN-only client.\n4. -14: the certificate or server address is wrong; check the remote gateway in IT Glue.\n5. Connected but no drives: map by IP (\\\\10.x.x.x\\share) to test DNS; check split-tunnel routes.',
      ],
    ],
  ),
  article('w-dns-flush', "One website won't load \u2013 DNS flush and checks", null, 'Networking/DNS', [
    [
      'Symptoms',
      'A single website or internal system says "This site can\'t be reached" or DNS_PROBE_FINISHED_NXDOMAIN while everything else works.',
    ],
    [
      'Resolution',
      '1. Try another browser and a phone on 4G to see if the site itself is down.\n2. ipconfig /flushdns and clear browser cache.\n3. nslookup the site: compare against 1.1.1.1. A wrong answer suggests the router/DNS filter.\n4. Check the DNS filter (DNSFilter/Umbrella) block log \u2013 it may be categorised as blocked; whitelist if business-related and approved.\n5. Check the hosts file for stale entries.\n6. Internal names failing only on VPN: DNS suffix issue, see VPN article.',
    ],
  ]),
  article(
    'w-broadband-outage',
    'Site broadband outage \u2013 fault logging with eir/Vodafone and 4G failover',
    null,
    'Networking/Internet',
    [
      ['Symptoms', 'Whole office or shop has no internet, phones (hosted) down, card machines offline.'],
      [
        'Resolution',
        '1. Check the RMM/firewall dashboard \u2013 is the site offline?\n2. Ask someone on site to check the router lights (DSL/Fibre light red or flashing) and power-cycle the ONT and router once.\n3. Check the ISP status page (eir, Vodafone, Virgin Media, Pure Telecom) for area outages.\n4. Log a fault with the ISP using the circuit ID / account number in IT Glue. Note the reference.\n5. If the site has 4G failover, confirm it kicked in; otherwise suggest a phone hotspot for essential PCs.\n6. Divert hosted phone numbers to a mobile.\n7. Update the client every 2 hours.',
      ],
    ],
  ),
  article(
    'w-sage50-data-in-use',
    'Sage 50 Accounts \u2013 "data is in use" / cannot open company',
    null,
    'Line of business/Sage',
    [
      [
        'Problem',
        'Sage 50 Accounts shows "Unable to access data \u2013 the data files are in use", "Sage Data Service not running", or hangs at the login screen. Also after a Sage update on one PC but not the others ("version mismatch").',
      ],
      [
        'Resolution',
        "1. Ask everyone to exit Sage; check nobody has it open on the server.\n2. On the server: restart the Sage Data Service (SageAccountsDataService) in services.msc.\n3. Delete the QUEUE.DTA file in the ACCDATA folder only if everyone is out.\n4. Version mismatch: all PCs must be on the same Sage version \u2013 install the update on each workstation.\n5. Mapped drive to ACCDATA missing: reconnect the S: drive.\n6. Corruption errors: run File > Maintenance > Check data, then restore last night's Sage backup if needed.",
      ],
    ],
  ),
  article(
    'w-thesaurus-payroll',
    'Thesaurus Payroll Manager \u2013 annual update and ROS certificate',
    null,
    'Line of business/Payroll',
    [
      ['When', 'Every December/January for the new tax year, and whenever payroll cannot submit to Revenue.'],
      [
        'Steps',
        '1. Back up the payroll data folder before anything.\n2. Download the new version from thesaurus.ie and install on the payroll PC (requires local admin).\n3. Open Payroll Manager and roll over to the new year only after the last pay period is processed.\n4. Revenue submissions (payroll submissions/RPN retrieval) use the ROS digital certificate: Setup > ROS settings > browse to the .p12 and enter the cert password.\n5. "ROS certificate expired": the certificate holder must renew it in ROS and export a fresh .p12 file.\n6. Payslips by email use SMTP settings \u2013 use an app-specific connector, not the user\'s password.',
      ],
    ],
  ),
  article(
    'w-phishing-clicked',
    'User clicked a phishing link or entered their password',
    null,
    'Security/Incidents',
    [
      ['Urgency', 'Treat as P1. Act within minutes.'],
      [
        'Steps',
        "1. Reset the user's password and revoke sessions (Entra > user > Revoke sessions).\n2. Check Authentication methods for any MFA method the user didn't add; remove it.\n3. Check Outlook inbox rules and forwarding (Get-InboxRule) \u2013 delete rules that move or delete mail, forward externally, or hide replies.\n4. Review sign-in logs for foreign IPs.\n5. Search and purge the phishing email from all mailboxes (Defender > Explorer / Threat Explorer > Soft delete).\n6. Block the sender/URL in Tenant Allow/Block List.\n7. If attachments were opened, run a full Defender scan on the device.\n8. Document in the ticket and notify the client contact; assess GDPR/Data Protection Commission notification within 72 hours.",
      ],
      ['Notes', "If the user only reported the email and didn't click, purge it and thank them."],
    ],
  ),
  article(
    'w-invoice-fraud',
    'Suspected invoice fraud / business email compromise (supplier bank details change)',
    null,
    'Security/Incidents',
    [
      [
        'Signs',
        'A supplier or customer emails new bank details (IBAN change), an invoice arrives from a lookalike domain, a customer says they paid but we never received it, or our own customer got an invoice "from us" we didn\'t send.',
      ],
      [
        'Steps',
        '1. Tell the client: do NOT pay; verify bank changes by phone using a known number, never the one in the email.\n2. If money was sent, the client must ring their bank immediately (recall of funds) and report to Garda.\n3. Check our side: is the mailbox compromised? Sign-in logs, inbox rules (rules hiding mail from the supplier), forwarding, OAuth apps.\n4. If compromised follow the phishing runbook (password reset, revoke sessions).\n5. Check message headers to see if it is a spoof/lookalike domain; block it.\n6. Notify the counterpart company that their mailbox may be compromised.\n7. Consider DPC notification.',
      ],
    ],
  ),
  article('w-defender-alert', 'Defender for Endpoint malware alert on a device', null, 'Security/Incidents', [
    [
      'Trigger',
      'Alert from Microsoft Defender / RMM: "Threat detected", "Trojan:Win32/...", "Suspicious PowerShell", or the user sees a Windows Security popup.',
    ],
    [
      'Steps',
      "1. Open the alert in security.microsoft.com > Incidents. Check whether remediation status is Remediated or Active.\n2. Active or unknown: Isolate device from the Defender portal.\n3. Run a full scan; for persistent threats run an offline scan.\n4. Review the process tree \u2013 how did it arrive (email attachment, USB, download)?\n5. If credentials could be stolen, reset the user's password.\n6. Potentially unwanted apps (PUA, toolbars, cracked software): remove and remind the user of policy.\n7. Release from isolation once clean and document.",
    ],
  ]),
  article('w-lost-device', 'Lost or stolen laptop or phone', null, 'Security/Incidents', [
    [
      'Steps',
      "1. Get time/place lost, whether it was locked, and whether Garda have been notified (stolen).\n2. Revoke the user's sessions and reset the password.\n3. Intune > Devices > device: for a company phone, Wipe (or Retire for a personal BYOD phone \u2013 removes only company data). For a laptop, Wipe or lock; confirm BitLocker was on.\n4. Block the SIM with the carrier (Vodafone/Three/eir) if company mobile.\n5. Remove the device from the user's MFA methods.\n6. Record the serial number and report as a possible data breach if unencrypted.\n7. Arrange a replacement (Autopilot).",
    ],
  ]),
  article('w-new-starter', 'New starter checklist', null, 'Processes/Starters & Leavers', [
    [
      'Info needed',
      'Full name, start date, job title, manager, department/site, licence type, groups and shared mailboxes to copy from an existing user, hardware needed.',
    ],
    [
      'Steps',
      '1. Create user in M365 admin (or on-prem AD if hybrid) with the client naming format firstname.surname.\n2. Assign licence and add to groups, Teams and shared mailboxes.\n3. Set up MFA registration with a Temporary Access Pass for day one.\n4. Order or prepare laptop via Autopilot.\n5. Line-of-business app accounts: request from the client or vendor (Sage, payroll, practice system).\n6. Add to phone system and email signature.\n7. Send welcome email with login instructions to the manager, never the password in the same email.',
    ],
  ]),
  article(
    'w-leaver',
    'Leaver process \u2013 disabling accounts and keeping the mailbox',
    null,
    'Processes/Starters & Leavers',
    [
      [
        'Steps',
        '1. Confirm leave date and what to do with mail/files with the manager in writing.\n2. On the leave date: block sign-in, reset password, revoke sessions, remove MFA methods.\n3. Convert the mailbox to shared and give the manager access; set an auto-reply if requested.\n4. Remove licence (after conversion) to save cost.\n5. OneDrive: give the manager access (retained 30 days by default after deletion).\n6. Remove from phone system, LOB apps, VPN groups, door access (tell client).\n7. Collect laptop/phone; wipe and re-provision.',
      ],
      ['Notes', 'For dismissals, disable access at the exact time agreed with HR.'],
    ],
  ),
  article(
    'w-backup-file-restore',
    'Restoring files or folders from backup (server / Datto / M365 backup)',
    null,
    'Backup & DR',
    [
      [
        'Use when',
        'A file on the server shared drive was deleted, overwritten or encrypted, or an M365 item is older than the recycle bin keeps.',
      ],
      [
        'Steps',
        "1. Get exact path, file name and roughly when it was last good.\n2. Server shares: first try Previous Versions (right-click folder > Restore previous versions).\n3. Datto/Veeam: open the backup console, pick the recovery point before the date, mount and browse, copy the file back to a Restored folder \u2013 don't overwrite the live file.\n4. M365 (Datto SaaS Protection / Dropsuite): search the user, restore to the original location or export.\n5. Tell the user where the restored copy is.",
      ],
      [
        'Notes',
        'A restore request for a whole share or ransomware: escalate; do not restore on top of infected data.',
      ],
    ],
  ),
  article('w-3cx-phone', '3CX desk phone or app not registering / one-way audio', null, 'Phones/3CX', [
    [
      'Symptoms',
      'Yealink desk phone shows "No Service" or "Registration failed", 3CX app on mobile won\'t ring, calls connect but one side can\'t hear.',
    ],
    [
      'Resolution',
      '1. Check internet at the site first; hosted 3CX needs it.\n2. Desk phone: power-cycle (unplug PoE cable), check it has an IP.\n3. In the 3CX admin console: Phones \u2013 check the phone is listed and provisioned. Re-provision if the MAC changed.\n4. Mobile app: sign out and re-scan the welcome email QR code; allow notifications and battery exemption on Android.\n5. One-way audio: SIP ALG on the router must be off; check firewall ports for RTP.\n6. Extension out of licence: check 3CX licence limits.',
    ],
  ]),
  article('w-scan-to-email', 'MFD scan to email stopped working', null, 'Printing & Scanning', [
    [
      'Symptoms',
      'Copier/MFD says "Send error", "SMTP authentication failed", "Connection error" when scanning to email. Often after a password change or Microsoft disabling basic auth.',
    ],
    [
      'Resolution',
      '1. Check how the device sends: SMTP AUTH (smtp.office365.com:587), direct send (tenant MX:25), or an SMTP relay connector.\n2. SMTP AUTH with a user account stops working when that password changes \u2013 use a dedicated scanner@ mailbox with SMTP AUTH enabled and a non-expiring password in IT Glue.\n3. Prefer the connector/relay with the site static IP.\n4. Update the settings in the device web page (admin login in IT Glue).\n5. Check the email is not in quarantine.\n6. Attachment too big: lower the scan resolution or use PDF compression.',
    ],
  ]),
  article(
    'w-scan-to-folder',
    'Scan to network folder fails (SMB) after password change',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        'MFD shows "Cannot connect to destination", "Login error", or scans never appear in the shared Scans folder.',
      ],
      [
        'Resolution',
        "1. The device uses a Windows account to write to the share \u2013 if that password changed, update it in the address book entry.\n2. Check the share path \\\\server\\scans still exists and the account has Modify permission.\n3. SMB1 is disabled on modern Windows \u2013 update the MFD firmware and enable SMB2/3.\n4. Using a PC as the destination: the PC IP may have changed; use a hostname or reservation.\n5. Test with the device's connection test.",
      ],
    ],
  ),
  article(
    'w-gp-practice-system',
    'Helix Practice Manager (GP) \u2013 "Cannot connect to database"',
    null,
    'Line of business/Healthcare',
    [
      [
        'Problem',
        'GP practice management system (Helix Practice Manager / HPM) shows "Cannot connect to database" or "Server not found" at login, or only one room can\'t log in. Healthlink messages (lab results, referrals) not coming in.',
      ],
      [
        'Resolution',
        '1. Check the practice server is up and the HPM database service is running.\n2. On the affected PC, check the mapped connection/ODBC pointing at the server name.\n3. Healthlink: confirm the Healthlink client service is running and the certificate is valid.\n4. After Windows updates, restart the server services in order: database then application.\n5. Still down: log with Clanwilliam/Helix support with the practice ID \u2013 have remote access ready.',
      ],
      ['Notes', 'Patient data \u2013 never copy databases to a laptop for testing.'],
    ],
  ),
  article(
    'w-dispensing-label-printer',
    'Pharmacy dispensing label printer \u2013 blank, misaligned or not printing',
    null,
    'Line of business/Pharmacy',
    [
      [
        'Symptoms',
        'Prescription labels come out blank, cut off, print across two labels, or the dispensing system says label printer not found.',
      ],
      [
        'Resolution',
        '1. Check the label roll is the right size and loaded correctly; thermal labels printed on the wrong side come out blank.\n2. Calibrate the printer (Zebra: hold the feed button until it flashes twice and release).\n3. In the dispensing system printer settings, check the label printer is set to the right Windows printer and label size.\n4. Windows driver: set the stock size in printing preferences to match.\n5. USB connection lost after Windows update: reseat cable, reinstall the Zebra/Dymo driver.',
      ],
    ],
  ),
  article(
    'w-epos-card-terminal',
    'EPOS till or card terminal offline',
    null,
    'Line of business/Retail & Hospitality',
    [
      [
        'Symptoms',
        'Till shows "Offline", won\'t sync prices, or card terminal declines with "No connection" / "Comms error".',
      ],
      [
        'Resolution',
        '1. Is the site internet up? If not, see broadband outage. Card terminals (e.g. Elavon, AIB Merchant Services, Worldline) can fall back to their own SIM if they have one.\n2. Power-cycle the till, then the card terminal.\n3. Check the network cable to the till and that the terminal is paired to the till (integrated payments).\n4. EPOS back office: confirm the till is licensed and the sync service is running.\n5. Card terminal faults go to the acquirer helpdesk with the terminal ID.',
      ],
    ],
  ),
  article(
    'w-lvp-remote-access',
    'Lee Valley Pharmacy \u2013 head office remote desktop for area managers',
    leeValley,
    'Clients/Lee Valley Pharmacy',
    [
      [
        'Setup',
        'Head office in Ballincollig runs an RDS server (LVP-RDS01). Area managers and the superintendent pharmacist connect from home via RD Web at remote.leevalleypharmacy.ie \u2013 no VPN is used at this client. MFA via Duo on the RD Gateway.',
      ],
      [
        'Common problems',
        '1. "Your credentials did not work": they use their LVP\\ domain login, not email address. Password is the on-prem AD one.\n2. Duo push not arriving: check the Duo app on their phone, re-activate from the Duo admin panel.\n3. RemoteApp icons missing: download the .rdp again from RD Web.\n4. Session frozen: log them off from Server Manager > RDS > Collections.\n5. Printing from RDS to home printer: Easy Print only, tell them to save as PDF if it fails.',
      ],
    ],
  ),
  article(
    'w-lvp-dispensing',
    'Lee Valley Pharmacy \u2013 McLernons dispensing: server, labels and PCRS claims',
    leeValley,
    'Clients/Lee Valley Pharmacy',
    [
      [
        'Overview',
        'Each shop (Macroom, Blarney, Douglas, Carrigaline) runs McLernons dispensing locally on the dispensary PC (DISP01) with a second terminal at the counter. Zebra GK420d label printers. Claims go to PCRS monthly.',
      ],
      [
        'Common issues',
        '1. Labels blank/misaligned: roll loaded upside down (thermal side out) \u2013 reload then calibrate. Use only 76x46 mm labels.\n2. Counter terminal "cannot connect to dispensary": DISP01 is off or asleep \u2013 power settings must keep it on.\n3. PCRS claim upload fails: check the PCRS certificate on DISP01 hasn\'t expired; McLernons support renew it.\n4. Fridge temperature/other add-ons are not ours.\n5. For anything inside the app (drug file, PMR), log with McLernons support, quoting the shop\'s account number from IT Glue.',
      ],
    ],
  ),
  article(
    'w-lvp-shop-network',
    'Lee Valley Pharmacy \u2013 shop network, Draytek routers, 4G failover and card terminals',
    leeValley,
    'Clients/Lee Valley Pharmacy',
    [
      [
        'Layout',
        'Each shop has an eir fibre line into a Draytek Vigor 2865 with a Vigor 4G backup dongle. VLAN 10 staff PCs, VLAN 20 card terminals and EPOS, VLAN 30 guest Wi-Fi (disabled in Douglas).',
      ],
      [
        'When a shop is offline',
        '1. Check the Draytek in VigorACS \u2013 WAN1 down and WAN2 (4G) up means failover worked; card terminals continue.\n2. Both down: ask staff to power-cycle the eir ONT then Draytek.\n3. Log fault with eir Business using circuit IDs in IT Glue.\n4. Card terminals are Elavon with their own SIM backup \u2013 if only card machines fail, ring Elavon.\n5. Till (EPOS) offline but PCs fine: check VLAN 20 port on the switch.',
      ],
    ],
  ),
  article(
    'w-lvp-locum-onboarding',
    'Lee Valley Pharmacy \u2013 setting up locum pharmacists and new shop staff',
    leeValley,
    'Clients/Lee Valley Pharmacy',
    [
      [
        'Quirks',
        'Locums work short stints across shops. They get an AD account locum.firstname.surname, no M365 mailbox (F1 licence for Teams only), and a McLernons login requested from the superintendent. PSI registration number must be in the ticket before setup.',
      ],
      [
        'Steps',
        "1. Create account in the Locums OU; set expiry date to the end of the booking.\n2. Add to the shop group(s) for the right dispensary PC access.\n3. Request McLernons user via the superintendent \u2013 we don't create these.\n4. Permanent shop staff: standard new starter plus Lee Valley shared mailbox for their shop (e.g. macroom@).\n5. On end date, disable and remove from groups.",
      ],
    ],
  ),
  article(
    'w-bdc-milk-intake',
    'Ballyhoura Dairy \u2013 MilkLink intake and supplier payment app errors',
    ballyhoura,
    'Clients/Ballyhoura Dairy Co-op',
    [
      [
        'Overview',
        'MilkLink (supplied by Agrisoft) records tanker collections, lab results (butterfat/protein/SCC) and calculates monthly supplier payments. Server BDC-APP02 at Kilfinane; SQL Express.',
      ],
      [
        'Common issues',
        '1. "SQL connection failed" on clients: check BDC-APP02 SQL service; restart MilkLink Sync service.\n2. Tanker handhelds not syncing collections: handheld must be docked in the yard office cradle on Wi-Fi; check the sync log.\n3. Lab results import missing: the lab CSV drop folder \\\\BDC-APP02\\LabImport must be reachable.\n4. Month-end payment run slow: don\'t run backups during month-end; reschedule the job.\n5. Application errors: Agrisoft support, contract number in IT Glue.',
      ],
    ],
  ),
  article(
    'w-bdc-weighbridge',
    'Ballyhoura Dairy \u2013 weighbridge PC and docket printer',
    ballyhoura,
    'Clients/Ballyhoura Dairy Co-op',
    [
      [
        'Overview',
        'Weighbridge hut at the Kilfinane plant: PC BDC-WB01 running the weighing software, Epson TM-U220 dot-matrix docket printer, connected to the main office by a Ubiquiti point-to-point wireless bridge.',
      ],
      [
        'Common issues',
        '1. Dockets not printing: check ribbon and paper, then the Epson printer queue on BDC-WB01; clear spooler.\n2. Weights not reaching the office / MilkLink: the wireless bridge dropped \u2013 check both Ubiquiti dishes in UniFi; rain/ice affects it. Power-cycle the PoE injector in the hut.\n3. Indicator reads but PC shows zero: serial cable COM port changed \u2013 set COM1 in software.\n4. PC is on a UPS; after power cuts confirm it restarted.',
      ],
    ],
  ),
  article(
    'w-bdc-field-vpn',
    'Ballyhoura Dairy \u2013 remote access for milk advisors (FortiClient + FortiToken)',
    ballyhoura,
    'Clients/Ballyhoura Dairy Co-op',
    [
      [
        'Setup',
        'Milk advisors and the area sales team work from farms and their cars on 4G. FortiClient VPN to vpn.ballyhouradairy.ie:10443 with FortiToken Mobile (not Microsoft Authenticator).',
      ],
      [
        'Common problems',
        "1. FortiToken push not coming: token activated on old phone \u2013 re-assign token in FortiGate > User > FortiTokens and send new activation email.\n2. Poor farm coverage: VPN times out; tell them to wait for better signal, nothing to fix.\n3. Connected but MilkLink won't open: use the MilkLink shortcut with server IP 10.20.0.12.\n4. Stuck at 98%: standard FortiClient reinstall (see generic VPN article).",
      ],
    ],
  ),
  article(
    'w-mcs-keyhouse',
    "Murphy Crowley \u2013 Keyhouse case management won't open / document templates",
    murphyCrowley,
    'Clients/Murphy Crowley Solicitors',
    [
      [
        'Overview',
        'Keyhouse practice management on server MCS-SQL01 (South Mall), Mallow office connects over site-to-site VPN. Word add-in generates letters from precedents.',
      ],
      [
        'Common issues',
        '1. "Unable to connect to Keyhouse server" at Mallow: check the site-to-site tunnel on the FortiGate; staff at South Mall unaffected means it is the link.\n2. Keyhouse tab missing in Word/Outlook: File > Options > Add-ins > COM Add-ins > re-tick Keyhouse; if disabled, remove from Disabled Items.\n3. Letter templates out of date: templates live on \\\\MCS-FS01\\Precedents; the user\'s mapped drive K: must be present.\n4. Time recording/billing questions go to the practice manager, not us.\n5. Keyhouse support for application errors.',
      ],
    ],
  ),
  article(
    'w-mcs-dictation',
    'Murphy Crowley \u2013 Philips dictation, foot pedals and SpeechLive',
    murphyCrowley,
    'Clients/Murphy Crowley Solicitors',
    [
      [
        'Overview',
        'Solicitors dictate on Philips SpeechMike or the SpeechLive mobile app; secretaries transcribe with Philips foot pedals (ACC2330) in SpeechLive.',
      ],
      [
        'Common issues',
        "1. Foot pedal does nothing: Philips Device Control Center must be running; reassign pedal in SpeechLive settings.\n2. SpeechMike buttons not recording: firmware update via Device Control Center; set as default mic.\n3. Dictations not appearing for secretary: check the author's workflow routing in SpeechLive admin.\n4. New solicitor: add SpeechLive licence (billed through us).",
      ],
    ],
  ),
  article(
    'w-mcs-scan-to-matter',
    'Murphy Crowley \u2013 Kyocera scanning to matter folders',
    murphyCrowley,
    'Clients/Murphy Crowley Solicitors',
    [
      [
        'Setup',
        'Kyocera TASKalfa MFDs at South Mall (2) and Mallow (1) scan to \\\\MCS-FS01\\Scans\\<initials> using service account svc-scan, and to email via the SMTP relay.',
      ],
      [
        'Common issues',
        '1. "Send error 1102": svc-scan password changed or expired \u2013 update in Command Center RX address book. Password in IT Glue.\n2. Scans need to go into Keyhouse matter: user imports from their Scans folder with the Keyhouse "Import document" option \u2013 no direct scan to matter.\n3. New staff: add a one-touch key with their initials folder.\n4. Mallow scanner can\'t reach FS01: site VPN down.',
      ],
    ],
  ),
  article(
    'w-hvh-pms-frontdesk',
    'Harbour View Hotel \u2013 Protel PMS front desk and key card encoder',
    harbourView,
    'Clients/Harbour View Hotel',
    [
      [
        'Overview',
        'Protel PMS on server HVH-PMS01. Reception has two PCs; key cards encoded with Salto encoder linked to Protel.',
      ],
      [
        'Common issues',
        '1. Protel "Database connection lost": restart the Protel services on HVH-PMS01; notify night manager first if during check-in.\n2. Key cards not encoding ("encoder not responding"): reseat USB on the Salto encoder, restart the Salto interface service; make spare master keys available.\n3. Registration cards not printing: reception printer default set in Protel workstation settings.\n4. Booking.com/channel manager sync problems: Protel support, not us.',
      ],
    ],
  ),
  article(
    'w-hvh-guest-wifi',
    'Harbour View Hotel \u2013 guest Wi-Fi portal and conference room Wi-Fi',
    harbourView,
    'Clients/Harbour View Hotel',
    [
      [
        'Setup',
        'UniFi access points throughout; guest SSID "HarbourView-Guest" with a splash page (room number + surname), staff SSID "HVH-Staff", and conference SSID created per event with a voucher.',
      ],
      [
        'Common issues',
        "1. Guests say splash page doesn't load: ask them to open http://neverssl.com; check the UniFi hotspot portal is running on the Cloud Key.\n2. Room number not accepted: Protel interface feeding the portal is down \u2013 switch to voucher mode and print vouchers at reception.\n3. Weak signal in the annex rooms 201\u2013212: known, AP in corridor; reboot it if offline.\n4. Conference Wi-Fi: generate vouchers in UniFi Hotspot Manager for the event organiser.",
      ],
    ],
  ),
  article(
    'w-hvh-bar-epos',
    'Harbour View Hotel \u2013 bar/restaurant EPOS and room charge posting',
    harbourView,
    'Clients/Harbour View Hotel',
    [
      [
        'Overview',
        'Bar and restaurant use ICRTouch tills with handheld order pads; charges to rooms post to Protel via the interface on HVH-PMS01. Card terminals are Worldline, integrated.',
      ],
      [
        'Common issues',
        '1. "Room posting failed": Protel interface service stopped on HVH-PMS01 \u2013 restart; charges queue and post afterwards.\n2. Kitchen printer not printing orders: check the kitchen printer IP and paper; tills queue orders for 60 seconds.\n3. Handheld pads offline: they use HVH-Staff Wi-Fi; reboot the bar AP.\n4. Card terminal "not connected to till": re-pair in ICRTouch integrated payments settings; Worldline helpdesk for terminal faults.',
      ],
    ],
  ),
];
