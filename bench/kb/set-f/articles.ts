/**
 * Set F: a held-out MSP knowledge base, written blind (without reading the search code or any
 * other set's articles or tickets). An ordinary MSP's Hudu / IT Glue mix, Microsoft 365 and
 * Windows heavy: generic articles (company null) plus per-client runbooks for four fictional
 * clients, some of which override a generic article for that client.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_F_CLIENTS = {
  harbor: 'Harbor Point Dental',
  ridgeline: 'Ridgeline Engineering Group',
  meadowbrook: 'Meadowbrook Accounting LLP',
  bluestone: 'Bluestone Logistics Inc.',
} as const;

const C = SET_F_CLIENTS;

export const SET_F_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Email / Outlook
  article(
    'f-outlook-password-prompt',
    'Outlook keeps prompting for password (Microsoft 365)',
    null,
    'Email',
    [
      [
        'Symptoms',
        'Outlook desktop repeatedly shows a Windows Security "Enter password" dialog or "Need password" in the status bar. The prompt comes back after the correct password is typed, typically after a password change or a change of MFA method. Teams or OneDrive may also ask to sign in again.',
      ],
      [
        'Cause',
        'Stale cached credentials in Windows Credential Manager or a broken Web Account Manager (WAM) token held by the Microsoft.AAD.BrokerPlugin. Legacy (basic) authentication is disabled in the tenant so old stored credentials never work.',
      ],
      [
        'Fix steps',
        '1. Close all Office apps.\n2. Control Panel > Credential Manager > Windows Credentials: remove entries starting with MicrosoftOffice16_Data and any ADAL/msteams entries.\n3. In Outlook: File > Office Account > Sign out, then restart and sign in again.\n4. If the prompt persists, re-register the broker as the user in PowerShell: Add-AppxPackage -Register "$env:windir\\SystemApps\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\Appxmanifest.xml" -DisableDevelopmentMode -ForceApplicationShutdown\n5. Make sure HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity has no EnableADAL=0 or DisableAADWAM=1 values.',
      ],
      [
        'Verify',
        'Outlook status bar shows "Connected to: Microsoft Exchange" and no prompt appears after a reboot.',
      ],
    ],
  ),
  article(
    'f-outlook-ost-sync',
    'Outlook not syncing: stuck on "Updating this folder", missing emails, search broken (OST rebuild)',
    null,
    'Email',
    [
      [
        'Symptoms',
        'New mail is visible in Outlook on the web (OWA) or on the phone but not in desktop Outlook. Status bar stuck on "Updating this folder" or "Disconnected"; folders look empty; search returns no or incomplete results; Outlook fails to start with "Cannot open the set of folders". The OST file may be very large.',
      ],
      [
        'Cause',
        'Corrupted or oversized offline cache (OST) or a damaged Outlook profile. Search problems are usually a broken Windows Search index.',
      ],
      [
        'Fix steps',
        '1. Confirm the mail exists in OWA (outlook.office.com).\n2. Close Outlook and rename %LOCALAPPDATA%\\Microsoft\\Outlook\\<address>.ost to .old; reopen Outlook so it rebuilds the cache.\n3. Still broken: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile and set "Always use this profile".\n4. Large mailboxes: set the cached mode slider to 1 year.\n5. Search only: Indexing Options > Advanced > Rebuild, and check Outlook is listed under indexed locations.',
      ],
      ['Verify', 'Send a test message; it appears within a minute and search finds recent items.'],
    ],
  ),
  article(
    'f-shared-mailbox',
    'Shared mailbox missing in Outlook or cannot send as the shared mailbox',
    null,
    'Email',
    [
      [
        'Symptoms',
        'A shared mailbox (info@, accounts@, dispatch@) is not shown in the Outlook folder pane, or sending from it fails with "You do not have the permission to send the message on behalf of the specified user". Sent items land in the personal mailbox instead.',
      ],
      [
        'Cause',
        'Full Access or Send As permission missing, or automapping has not happened yet (it can take up to 60 minutes).',
      ],
      [
        'Fix steps',
        '1. Exchange admin center > Recipients > Mailboxes > shared mailbox > Delegation: add the user to Read and manage (Full Access) and Send as.\n2. Wait 30-60 minutes and restart Outlook; the mailbox automaps.\n3. If it still does not appear: File > Account Settings > Change > More Settings > Advanced > Add the mailbox.\n4. To keep sent copies in the shared mailbox: Set-Mailbox <shared> -MessageCopyForSentAsEnabled $true.\n5. User sends via Options > From and picks the shared address.',
      ],
      [
        'Verify',
        'The shared mailbox shows in the folder pane and a test message sent from it arrives with the shared address.',
      ],
    ],
  ),
  article('f-mailbox-full-archive', 'Mailbox full or over quota: enable the online archive', null, 'Email', [
    [
      'Symptoms',
      '"Your mailbox is full" or "almost full" warnings, user cannot send, senders receive an NDR 552 5.2.2 "mailbox full". Standard quota is 50 GB (Business Standard / Premium), 2 GB on F3 licences.',
    ],
    [
      'Fix steps',
      '1. Check size: Exchange admin center > mailbox, or Get-EXOMailboxStatistics <user>.\n2. Enable the archive: EAC > mailbox > Others > Manage mailbox archive > Enabled (Business Premium includes a 50 GB archive; Exchange Online Archiving gives auto-expanding archive).\n3. Apply the Default MRM Policy (moves items older than 2 years to the archive) and run Start-ManagedFolderAssistant <user>.\n4. With the user: empty Deleted Items, sort by size and remove large attachments, clear Recoverable Items if retention allows.',
    ],
    ['Verify', 'Mailbox usage is below the warning level and a test message to the user is delivered.'],
  ]),
  article(
    'f-mail-not-received',
    'External emails not arriving: message trace and quarantine',
    null,
    'Email',
    [
      [
        'Symptoms',
        'A customer or vendor says they sent an email and the user never got it. Not in Junk. The sender did not receive a bounce. Often invoices or documents from one particular sender.',
      ],
      [
        'Cause',
        'Microsoft Defender for Office 365 quarantined the message (spam, phish, malware), a transport rule, a blocked sender entry, or a user inbox rule moved it.',
      ],
      [
        'Fix steps',
        "1. Exchange admin center > Mail flow > Message trace: sender + recipient, last 7 days.\n2. Status Quarantined: Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine; preview, Release, and add the sender to the Tenant Allow/Block List if legitimate.\n3. Status Delivered: check the user's Inbox rules, the Other tab of Focused Inbox and search in OWA.\n4. Not in the trace at all: the problem is on the sending side; ask the sender for their NDR or to check their outbound logs.",
      ],
      ['Verify', "The released or resent message is in the user's Inbox."],
    ],
  ),
  // ---------------------------------------------------------------- Teams / OneDrive / SharePoint
  article(
    'f-teams-not-loading',
    "Microsoft Teams won't open, white screen or stuck loading: clear the cache",
    null,
    'Collaboration',
    [
      [
        'Symptoms',
        'Teams stuck on the splash screen, blank white or grey window, "We\'re sorry - we\'ve run into an issue", crashes on launch, chats not updating, presence stuck on Unknown, or a sign-in loop.',
      ],
      [
        'Fix steps',
        '1. Quit Teams from the system tray.\n2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams. Classic Teams: delete %APPDATA%\\Microsoft\\Teams.\n3. Remove Teams entries from Credential Manager.\n4. Still failing: reinstall from Company Portal or with teamsbootstrapper.exe -p.\n5. Test teams.microsoft.com in the browser to rule out an account or licence problem.',
      ],
      ['Verify', 'Teams opens, chats load and presence shows Available.'],
    ],
  ),
  article(
    'f-teams-audio-video',
    'Teams meetings: microphone, speaker or camera not working',
    null,
    'Collaboration',
    [
      [
        'Symptoms',
        'Others cannot hear the user, user cannot hear others, camera is black or Teams says "We can\'t find a camera", headset not listed in device settings, echo.',
      ],
      [
        'Cause',
        'Wrong device selected in Teams, Windows privacy settings block access, another app (Zoom, Webex, Camera app) holds the camera, or a headset/dock USB issue.',
      ],
      [
        'Fix steps',
        '1. Teams > Settings > Devices: pick the headset for speaker and microphone and the right camera; make a test call.\n2. Windows Settings > Privacy & security > Camera and Microphone: allow access and allow desktop apps.\n3. Close other conferencing apps.\n4. Check hardware mute switches, the camera privacy shutter and the Fn camera key.\n5. Plug the USB headset directly into the laptop instead of the dock; reinstall the camera driver in Device Manager.',
      ],
      ['Verify', 'Test call plays back the recorded voice and shows video.'],
    ],
  ),
  article(
    'f-onedrive-sync',
    'OneDrive not syncing: red X, "Processing changes", sync pending',
    null,
    'Collaboration',
    [
      [
        'Symptoms',
        'OneDrive cloud icon shows a red X or is paused, files stuck on "Sync pending", "Processing changes" never finishes, Desktop/Documents not backing up, duplicates with the computer name appended, a synced SharePoint library not updating.',
      ],
      [
        'Cause',
        'Path longer than 400 characters, invalid characters, files open or locked, storage full, corrupted sync state or the user signed out.',
      ],
      [
        'Fix steps',
        '1. Click the cloud icon > View sync problems.\n2. Rename files containing " * : < > ? / \\ | and shorten deep paths.\n3. Check the OneDrive storage quota.\n4. Reset: %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again.\n5. If still stuck: Settings > Account > Unlink this PC and sign in again.\n6. Known Folder Move errors: make sure Desktop/Documents are not also redirected by GPO.',
      ],
      ['Verify', 'Icons show green ticks and a new test file appears on the web.'],
    ],
  ),
  article(
    'f-sharepoint-access',
    'SharePoint / Teams files: "Access denied" or "You need permission"',
    null,
    'Collaboration',
    [
      [
        'Symptoms',
        '"You need permission to access this item", "Access required" or a request access page. User sees the Team but not the Files tab, or an external guest cannot open a shared link.',
      ],
      [
        'Cause',
        'User not a member of the Microsoft 365 group / site, unique permissions on a library or folder, a "specific people" link, or external sharing disabled on the site.',
      ],
      [
        'Fix steps',
        '1. Get the site URL. Add the user to the Team / M365 group (owner or Teams admin); members get Edit.\n2. Site-only access: Site settings > Site permissions > Share site.\n3. Folder-level: Manage access on the folder to check broken inheritance.\n4. Guests: SharePoint admin center > Sites > Active sites > Sharing set to "New and existing guests", then resend the link.\n5. Access requests go to the site owner; make sure someone owns and approves them.',
      ],
      ['Verify', 'User opens the item in the browser (allow up to 15 minutes for membership to apply).'],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    'f-mfa-reregister',
    'New or lost phone: re-register Microsoft Authenticator (MFA)',
    null,
    'Identity',
    [
      [
        'Symptoms',
        'User has a new, reset or lost phone; sign-in approval requests never arrive or go to the old phone or old number; user cannot complete MFA.',
      ],
      [
        'Fix steps',
        '1. Verify identity per MSP policy: call back on the number on file, never the one given in the ticket.\n2. Entra admin center > Users > user > Authentication methods: delete the old Microsoft Authenticator / phone entries and click Require re-register multifactor authentication.\n3. Optionally issue a Temporary Access Pass (1 hour, one-time).\n4. User signs in at https://aka.ms/mysecurityinfo, adds Microsoft Authenticator and scans the QR code. Number matching: enter the number shown on screen into the app.',
      ],
      ['Verify', 'User completes a sign-in with the new phone; old device no longer listed.'],
    ],
  ),
  article(
    'f-conditional-access',
    'Sign-in blocked by Conditional Access (AADSTS53003, AADSTS53000, "You can\'t get there from here")',
    null,
    'Identity',
    [
      [
        'Symptoms',
        '"You can\'t get there from here", "Your sign-in was successful but does not meet the criteria to access this resource", AADSTS53003 (blocked by Conditional Access) or AADSTS53000 (device must be managed/compliant). Works on the work laptop but not on a personal phone or tablet, or fails when travelling abroad.',
      ],
      [
        'Fix steps',
        '1. Entra admin center > Sign-in logs, filter on the user, open the failure and the Conditional Access tab to see which policy blocked it.\n2. Country block: add the user to CA-Travel-Exception with an end date after manager approval.\n3. Require compliant device: the device must be Intune enrolled and compliant (see the Intune compliance article).\n4. Personal phone: use the Outlook / Teams mobile apps (app protection policy), not the built-in Mail app.\n5. Never disable a policy to get one user working.',
      ],
      ['Verify', 'A new sign-in shows Success with the policy result "Success" in the sign-in log.'],
    ],
  ),
  article('f-password-reset', 'Password reset and expired passwords (SSPR)', null, 'Identity', [
    [
      'Symptoms',
      'User forgot the password, "Your password has expired", or the laptop will not accept the new password after a reset done from home or on the web.',
    ],
    [
      'Fix steps',
      '1. Self-service: https://aka.ms/sspr (user must have registered methods).\n2. Technician reset after identity verification: hybrid users in Active Directory Users and Computers (password writeback syncs it); cloud-only users in Microsoft 365 admin center > Users > Reset password, with "require change at next sign-in".\n3. Laptop still wants the old password: connect to the office network or VPN, then lock and unlock (Ctrl+Alt+Del) so cached credentials update. Entra-joined devices: sign in with the new password while online.\n4. Remind the user to update the password on phone mail apps.',
    ],
    ['Verify', 'User signs in to the laptop and to Microsoft 365 with the new password.'],
  ]),
  article(
    'f-ad-lockout',
    'Active Directory account keeps getting locked out: find the lockout source',
    null,
    'Identity',
    [
      [
        'Symptoms',
        'User locked out repeatedly; "The referenced account is currently locked out and may not be logged on to"; unlocking only helps for a few minutes, often right after a password change.',
      ],
      [
        'Cause',
        'Old password still used somewhere: phone mail or Wi-Fi profile, mapped drive with saved credentials, a scheduled task or service running as the user, a disconnected RDP session on another server.',
      ],
      [
        'Fix steps',
        '1. Unlock in ADUC (Account tab) or Unlock-ADAccount.\n2. On the PDC emulator, Security log Event ID 4740 gives the Caller Computer Name.\n3. On that machine look at 4625 events for the process.\n4. Clear Credential Manager, remove and re-add Wi-Fi / mail on the phone, log off stale RDP sessions (quser, logoff), update service and task credentials.',
      ],
      ['Verify', 'No new 4740 events for the user over 24 hours.'],
    ],
  ),
  // ---------------------------------------------------------------- Windows
  article(
    'f-windows-update',
    'Windows Update failing or stuck (0x800f0922, 0x80070002, stuck at %)',
    null,
    'Windows',
    [
      [
        'Symptoms',
        'Updates fail with 0x800f0922, 0x80070002 or 0x8024xxxx, "Undoing changes made to your computer" on every reboot, stuck on "Working on updates 30%", or the device shows unpatched in the RMM.',
      ],
      [
        'Fix steps',
        '1. Reboot and make sure at least 20 GB is free.\n2. Run the Windows Update troubleshooter.\n3. Admin prompt: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.\n4. Reset components: net stop wuauserv, cryptSvc, bits, msiserver; rename C:\\Windows\\SoftwareDistribution and C:\\Windows\\System32\\catroot2; start the services again.\n5. 0x800f0922: disconnect VPN; check the recovery partition is not full.\n6. Install the KB manually from the Microsoft Update Catalog.\n7. Stuck on the same percent for over 2 hours: hard power off once; Windows rolls back.',
      ],
      ['Verify', 'Settings > Windows Update shows up to date and the RMM patch status is green.'],
    ],
  ),
  article('f-bitlocker-recovery', 'BitLocker recovery key screen at startup', null, 'Windows', [
    [
      'Symptoms',
      'Blue screen at startup: "BitLocker recovery - Enter the recovery key for this drive" with a Key ID. Often after a BIOS/firmware update, TPM reset, motherboard replacement, or booting while docked changed the boot order.',
    ],
    [
      'Fix steps',
      "1. Verify the user's identity.\n2. Find the key: Entra admin center > Devices > device > BitLocker keys (match the first 8 characters of the Key ID), or Intune > Devices > device > Recovery keys, or the BitLocker Recovery tab of the AD computer object.\n3. Read the 48-digit key to the user.\n4. After sign-in, rotate the key from Intune (BitLocker key rotation).\n5. Before future BIOS updates: Suspend-BitLocker -MountPoint C: -RebootCount 1.\n6. No key escrowed: escalate; the data may be unrecoverable.",
    ],
    ['Verify', 'Device boots to Windows and the new key is visible in Entra/Intune.'],
  ]),
  article(
    'f-boot-repair',
    "PC won't boot: Automatic Repair loop, INACCESSIBLE_BOOT_DEVICE, no bootable device",
    null,
    'Windows',
    [
      [
        'Symptoms',
        '"Preparing Automatic Repair" loop, "Your PC did not start correctly", stop code INACCESSIBLE_BOOT_DEVICE or CRITICAL_PROCESS_DIED during boot, "No bootable device found", black screen after the manufacturer logo.',
      ],
      [
        'Fix steps',
        '1. Disconnect USB drives and the dock.\n2. Windows Recovery Environment > Troubleshoot > Advanced options > Startup Repair.\n3. Uninstall Updates > uninstall the latest quality update.\n4. Command Prompt: chkdsk C: /f, then bcdboot C:\\Windows. If the drive is locked you need the BitLocker key first.\n5. BIOS: disk detected? SATA mode (AHCI / RAID-VMD) unchanged? Disk missing = hardware fault, log a warranty call.\n6. Last resort: back up data and reset / re-provision via Autopilot.',
      ],
      ['Verify', 'Windows boots normally twice in a row.'],
    ],
  ),
  // ---------------------------------------------------------------- Printing / scanning
  article(
    'f-printer-offline-queue',
    'Printer shows Offline or jobs stuck in the print queue',
    null,
    'Printing',
    [
      [
        'Symptoms',
        'Printer shows "Offline" in Windows, documents sit in the queue with "Error - Printing", nothing comes out, jobs cannot be deleted from the queue.',
      ],
      [
        'Fix steps',
        "1. Check the printer panel for jams or errors and print a configuration page to get its IP; ping it.\n2. Restart the spooler: net stop spooler, delete C:\\Windows\\System32\\spool\\PRINTERS\\*, net start spooler.\n3. Printer properties > Ports: replace a WSD port with a Standard TCP/IP port on the printer's IP; untick SNMP status enabled if it falsely reports offline.\n4. If the printer IP changed, create a DHCP reservation.\n5. For print server queues restart the spooler on the server.",
      ],
      ['Verify', 'A test page prints and the queue is empty.'],
    ],
  ),
  article(
    'f-printer-add-driver',
    'Adding a network printer fails: "Windows cannot connect to the printer" (0x0000011b, 0x00000709, admin prompt)',
    null,
    'Printing',
    [
      [
        'Symptoms',
        'Adding a printer from the print server fails with 0x0000011b, 0x00000bcb or 0x00000709; Windows asks "Do you trust this printer?" and wants admin credentials; a new PC has no printers.',
      ],
      [
        'Cause',
        'PrintNightmare hardening: only administrators can install printer drivers (RestrictDriverInstallationToAdministrators) and RPC authentication is enforced.',
      ],
      [
        'Fix steps',
        '1. Deploy printers by GPO (Computer Configuration > Preferences > Printers) or Universal Print via Intune so the driver installs in system context.\n2. One-off: install the driver through the RMM (pnputil /add-driver <inf> /install), then the user adds \\\\printserver\\queue.\n3. 0x0000011b: patch the print server; do not set RpcAuthnLevelPrivacyEnabled=0 except as a short temporary workaround.\n4. Use universal drivers (HP UPD, Kyocera KX, Ricoh PCL6 universal).',
      ],
      ['Verify', 'The printer appears in Settings > Printers and a test page prints.'],
    ],
  ),
  article('f-scan-to-email', 'Copier / MFP scan to email not working (SMTP)', null, 'Printing', [
    [
      'Symptoms',
      'Scan to email on the copier fails with "SMTP authentication failed", "Send error" or "Connection error"; it worked before and stopped suddenly.',
    ],
    [
      'Cause',
      'SMTP AUTH disabled for the scanner mailbox or tenant, scanner mailbox password expired or MFA applied, or the copier does not support TLS 1.2.',
    ],
    [
      'Fix steps',
      '1. Preferred: SMTP relay. Copier sends to <tenant>-com.mail.protection.outlook.com port 25; add an inbound connector for the office public IP.\n2. Alternative: smtp.office365.com port 587 STARTTLS with a licensed scanner@ mailbox; enable Authenticated SMTP in Microsoft 365 admin center > user > Mail > Manage email apps; exclude it from MFA with a trusted-location Conditional Access exclusion; set password never expires.\n3. Update the settings in the copier web UI (Ricoh, Canon, Konica Minolta, Kyocera) and update firmware for TLS 1.2.',
    ],
    ['Verify', 'A test scan arrives in an internal and an external mailbox.'],
  ]),
  article('f-scan-to-folder', 'Copier scan to network folder (SMB) fails', null, 'Printing', [
    [
      'Symptoms',
      'Copier shows "Cannot connect to destination", "Login failed" or "Network error" when scanning to \\\\server\\scans or to a user\'s PC; often after a server replacement or a password change.',
    ],
    [
      'Cause',
      'Copier only speaks SMB1 (disabled on current Windows), the scan service account password changed or expired, share/NTFS permissions, changed path or IP.',
    ],
    [
      'Fix steps',
      '1. Update the copier firmware and enable SMB2/3 in its network settings.\n2. Check the address book entry path (\\\\FS01\\Scans\\<user>) uses the current server name or IP.\n3. svc-scan account: reset the password, set never expires, update it in the copier address book.\n4. Grant svc-scan Modify on the share and NTFS.\n5. Scanning to individual PCs is unsupported; move the destination to the file server.',
    ],
    ['Verify', 'A test scan lands in the destination folder.'],
  ]),
  // ---------------------------------------------------------------- File shares
  article('f-mapped-drives', 'Mapped network drive missing or disconnected (red X)', null, 'File shares', [
    [
      'Symptoms',
      'S: or H: drive missing from This PC, red X "Disconnected", "An error occurred while reconnecting S: to \\\\fs01\\shared", typically after working from home.',
    ],
    [
      'Cause',
      'Drive maps come from Group Policy and need a domain controller at logon; user off-site without VPN; user removed from the targeting group.',
    ],
    [
      'Fix steps',
      '1. Off-site: connect the VPN first, then run gpupdate /force and log off and on (or open \\\\fs01\\shared in Explorer).\n2. gpresult /r to confirm the drive mapping GPO and item-level targeting group apply.\n3. Manual map: net use S: \\\\fs01\\shared /persistent:yes.\n4. Clear stale maps: net use * /delete.\n5. Enable "Always wait for the network at computer startup and logon" for machines that log on before the network is up.',
    ],
    ['Verify', 'The drive shows connected after a fresh logon.'],
  ]),
  article('f-share-permissions', 'Access denied to a folder on the file server', null, 'File shares', [
    [
      'Symptoms',
      '"You don\'t currently have permission to access this folder" or "Access is denied"; user sees the folder but cannot open it, or can open files read-only and cannot save.',
    ],
    [
      'Cause',
      'User not in the right AD security group (e.g. FS-Finance-RW), or just added and the Kerberos token has not refreshed.',
    ],
    [
      'Fix steps',
      '1. Folder Properties > Security > Advanced > Effective Access for the user.\n2. With manager approval add the user to the matching group (read-only -RO or read-write -RW group). Never grant users directly.\n3. User logs off and on (or klist purge) to pick up the new group.',
    ],
    ['Verify', 'User opens and saves a file in the folder.'],
  ]),
  // ---------------------------------------------------------------- Network / remote access
  article(
    'f-vpn-forticlient',
    'FortiClient VPN will not connect (-7200, -14, stuck at 98%)',
    null,
    'Network',
    [
      [
        'Symptoms',
        'FortiClient SSL VPN shows "Credential or SSLVPN configuration is wrong (-7200)", "Unable to establish the VPN connection. The VPN server may be unreachable (-14)", hangs at 40% or 98%, or connects but servers cannot be reached.',
      ],
      [
        'Fix steps',
        '1. -7200: username without domain prefix, password not expired, user in the SSLVPN-Users group on the FortiGate.\n2. -14: check internet; hotel or guest Wi-Fi may block port 10443, try a phone hotspot; check the FortiGate is up.\n3. Stuck at 98%: in Device Manager remove the Fortinet Virtual Ethernet Adapter and reinstall FortiClient (version from the MSP software list); remove other VPN clients.\n4. Connected but no access: ping a server by IP; a home network on the same subnet as the office causes conflicts.\n5. FortiToken push not arriving: resync the token in FortiGate.',
      ],
      ['Verify', 'VPN connects and \\\\fs01 opens.'],
    ],
  ),
  article('f-wifi-8021x', 'Cannot connect to corporate Wi-Fi (802.1X / certificate)', null, 'Network', [
    [
      'Symptoms',
      'Company laptop will not join the corporate SSID: "Can\'t connect to this network", keeps asking for a username and password, only the guest network works; a new laptop has no corporate Wi-Fi profile.',
    ],
    [
      'Cause',
      'Corporate SSID uses WPA2/WPA3-Enterprise with a device certificate deployed by Intune or GPO; certificate missing or expired, device not compliant, or NPS rejecting the request.',
    ],
    [
      'Fix steps',
      '1. certlm.msc > Personal > Certificates: device certificate from the SCEP/PKCS profile present and valid.\n2. Sync the device in Company Portal; check the Wi-Fi profile is assigned.\n3. Forget the network and reconnect; netsh wlan show profiles.\n4. NPS server: event 6273 reason code.\n5. Update the Wi-Fi driver (Intel).\nThe guest network is not for company devices.',
    ],
    ['Verify', 'Laptop connects to the corporate SSID without prompting.'],
  ]),
  article(
    'f-network-dns-dhcp',
    'No internet, 169.254 address, DNS not responding (single PC)',
    null,
    'Network',
    [
      [
        'Symptoms',
        'Network icon shows "No internet", ipconfig shows 169.254.x.x, websites do not load, "DNS server isn\'t responding"; the PC next to it works.',
      ],
      [
        'Fix steps',
        '1. Check the cable and port lights; try another wall port.\n2. ipconfig /release, ipconfig /renew, ipconfig /flushdns.\n3. 169.254 = no DHCP lease: check the switch port / VLAN and whether the DHCP scope is exhausted on the server or firewall.\n4. netsh winsock reset and netsh int ip reset, then reboot.\n5. Remove manually set DNS servers and proxy settings.\n6. Whole office down: check the firewall and ISP and escalate.',
      ],
      ['Verify', 'PC gets a valid address and browses.'],
    ],
  ),
  article('f-rdp-connect', 'Remote Desktop to an office PC fails', null, 'Remote access', [
    [
      'Symptoms',
      '"Remote Desktop can\'t connect to the remote computer", "Your credentials did not work", "The connection was denied because the user account is not authorized for remote login", CredSSP "An authentication error has occurred".',
    ],
    [
      'Fix steps',
      '1. From home the VPN must be connected; use the computer name.\n2. Target PC must be on and not asleep (power plan), Remote Desktop enabled.\n3. User in the Remote Desktop Users group on the target.\n4. "Credentials did not work": use DOMAIN\\user, or AzureAD\\user@domain.com for Entra-joined PCs.\n5. CredSSP error: install current updates on both machines.',
    ],
    ['Verify', 'User reaches the desktop of the office PC.'],
  ]),
  // ---------------------------------------------------------------- Endpoint management
  article(
    'f-intune-compliance',
    'Device not compliant / Intune enrollment and Company Portal sync',
    null,
    'Endpoint management',
    [
      [
        'Symptoms',
        '"Your device is not compliant", "Check status in Company Portal", "Your organization requires this device to be managed", device missing in Intune, apps not installing from Company Portal.',
      ],
      [
        'Fix steps',
        '1. Company Portal > Devices > Check status shows the failing setting (BitLocker off, OS version too old, Defender or firewall off, no password).\n2. Fix the setting, then sync: Settings > Accounts > Access work or school > Info > Sync.\n3. Not enrolled: Access work or school > Connect; check the user is in the MDM user scope and has an Intune licence.\n4. Compliance can take up to 8 hours to re-evaluate; force a sync from Intune.',
      ],
      ['Verify', 'Intune shows the device Compliant and sign-in works.'],
    ],
  ),
  article(
    'f-autopilot-esp',
    'Autopilot new laptop setup fails (ESP stuck, 0x80180014)',
    null,
    'Endpoint management',
    [
      [
        'Symptoms',
        'New or reset laptop shows the personal setup screens instead of company sign-in, Enrollment Status Page stuck on "Identifying" or "Apps (1 of 6)", errors 0x80180014, 0x80180018 or 0x800705b4.',
      ],
      [
        'Fix steps',
        '1. Intune > Devices > Windows enrollment > Devices: hardware hash imported and a deployment profile assigned (check the group tag).\n2. 0x80180014: the device was enrolled before; delete the stale Intune device record and retry.\n3. 0x80180018: user has no Intune licence.\n4. ESP stuck: Shift+F10, check network and run mdmdiagnosticstool; a failing required Win32 app is the usual cause.\n5. Wipe and restart provisioning after fixing.',
      ],
      ['Verify', 'Laptop reaches the desktop with company apps installed.'],
    ],
  ),
  // ---------------------------------------------------------------- Line of business
  article(
    'f-qb-multiuser',
    'QuickBooks Desktop: H202 / H505 / cannot switch to multi-user mode',
    null,
    'Line of business',
    [
      [
        'Symptoms',
        '"This company file is on another computer, and QuickBooks needs some help connecting" with H202, H505 or H303; only one user can open the file; Switch to Multi-user Mode fails.',
      ],
      [
        'Fix steps',
        '1. On the server hosting the file: QuickBooks Database Server Manager (same year/version as the clients) > Scan Folders > add the data folder.\n2. Check the QuickBooksDBXX service is running.\n3. Windows Firewall: allow QBDBMgrN.exe and the ports for that year (QB 2024: 8019, 56728, 55378-55382).\n4. Workstations: File > Utilities > Stop hosting multi-user access; only the server hosts.\n5. Ping the server by name from the workstation; fix DNS or add a hosts entry.',
      ],
      ['Verify', 'Two users open the company file at the same time.'],
    ],
  ),
  article(
    'f-qb-company-file',
    'QuickBooks Desktop cannot open the company file (-6000, -6123, -6189, -83)',
    null,
    'Line of business',
    [
      [
        'Symptoms',
        'Errors -6000 -83, -6123, -6189 -816, -6000 -301 when opening a .QBW; "QuickBooks is trying to access the company file but cannot"; file opened fine yesterday.',
      ],
      [
        'Cause',
        'Damaged .ND / .TLG files, file moved or renamed, path mismatch between mapped drive and UNC, missing permissions for QBDataServiceUserXX, backup or antivirus locking the file.',
      ],
      [
        'Fix steps',
        '1. QuickBooks Tool Hub > Company File Issues > Run QuickBooks File Doctor.\n2. Rename the .ND and .TLG next to the .QBW.\n3. QBDataServiceUserXX needs Full Control on the data folder.\n4. Open the file via its UNC path.\n5. Exclude the data folder from real-time AV scanning and daytime backups.\n6. Damaged file: Utilities > Verify Data / Rebuild Data, or restore the last .QBB backup.',
      ],
      ['Verify', 'The file opens and Verify Data reports no problems.'],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'f-phishing-clicked',
    'User clicked a phishing link or opened a suspicious attachment',
    null,
    'Security',
    [
      [
        'Symptoms',
        'User reports they clicked a link in an email that asked for their Microsoft password (fake DocuSign, OneDrive share, voicemail), approved an unexpected MFA prompt, or opened an attachment.',
      ],
      [
        'Fix steps',
        '1. Ask: did they enter the password? approve an MFA prompt? open or enable content in an attachment?\n2. Password entered or prompt approved: treat as compromised and follow the Compromised Microsoft 365 account article.\n3. Have the user use the Report button (Report Message add-in).\n4. Defender > Explorer: find the same message in other mailboxes and soft delete it.\n5. Block the sender domain and URL in the Tenant Allow/Block List.\n6. Attachment opened: run an EDR full scan and isolate the device if there is an alert.\n7. Reported without clicking: report and delete, thank the user.',
      ],
      ['Verify', 'No copies remain in mailboxes and no further alerts for the user.'],
    ],
  ),
  article('f-compromised-account', 'Compromised Microsoft 365 account response', null, 'Security', [
    [
      'Symptoms',
      'Contacts receive phishing or spam from the user\'s mailbox; unknown inbox rules (move to RSS Feeds, delete all); sign-ins from foreign countries or an "impossible travel" alert; an MFA method the user did not add; Sent Items full of messages the user did not send; user approved MFA prompts they did not start.',
    ],
    [
      'Fix steps',
      "1. Block sign-in.\n2. Reset the password.\n3. Revoke sessions (Entra > user > Revoke sessions).\n4. Remove authentication methods that are not the user's.\n5. Remove malicious inbox rules and forwarding (Get-InboxRule, ForwardingSmtpAddress).\n6. Review OAuth app consents under Enterprise applications.\n7. Purview audit log: what was accessed or sent.\n8. If outbound spam got the user blocked, unblock in Defender > Restricted entities.\n9. Notify the client contact; unblock sign-in when clean.",
    ],
    ['Verify', "Sign-in logs show only the user's own sign-ins for 7 days; no rules or forwarding return."],
  ]),
  article('f-ransomware-response', 'Suspected ransomware: first response', null, 'Security', [
    [
      'Symptoms',
      'Files renamed with a strange extension (.locked, .lockbit, random letters), documents will not open, README / HOW_TO_DECRYPT text files in folders, EDR ransomware alert, thousands of files changing on a share.',
    ],
    [
      'Fix steps',
      "1. Isolate immediately: EDR network isolation (SentinelOne / Defender) or unplug the cable and turn off Wi-Fi. Do NOT power off (memory evidence). Never contact the attackers.\n2. Escalate to the security lead and call the client's primary contact: this is a major incident.\n3. Find patient zero: owner of the ransom note files on the share.\n4. Disable the affected user account and stop share access on the file server.\n5. Preserve logs.\n6. Restore only after the scope is known, from backups taken before encryption.",
    ],
    ['Verify', 'Affected devices isolated, no new encrypted files appearing.'],
  ]),
  // ---------------------------------------------------------------- On/offboarding
  article('f-onboarding-standard', 'New starter onboarding (standard procedure)', null, 'Onboarding', [
    [
      'Information needed',
      'Full name, start date, job title, department, manager, and an existing user to copy access from.',
    ],
    [
      'Account',
      'Hybrid clients: create the user in Active Directory in the department OU (UPN first.last@domain) and wait for Entra Connect sync. Cloud-only clients: create in Microsoft 365 admin center. Assign Microsoft 365 Business Premium. Add department security groups, distribution lists and Teams to match the copied user.',
    ],
    [
      'Device and first day',
      'Assign an Autopilot laptop to the user and ship it 3 days before the start date. Issue a Temporary Access Pass for first sign-in and MFA registration. Map printers. Give the initial password to the manager by phone, never by email.',
    ],
    ['Verify', 'Checklist complete: sign-in, MFA registered, mailbox, Teams, file access, printing.'],
  ]),
  article('f-offboarding-standard', 'Leaver / offboarding (standard procedure)', null, 'Onboarding', [
    [
      'Before',
      'Confirm leave date and time with the manager or HR in writing, and who gets the mailbox and files.',
    ],
    [
      'At leave time',
      'Block sign-in, reset the password, revoke sessions, remove MFA methods. Convert the mailbox to a shared mailbox, grant the manager Full Access and set an auto-reply; set forwarding only if requested. Remove licences after conversion. OneDrive: Microsoft 365 admin center > user > OneDrive > Get access to files for the manager (kept 30 days by default). Remove from groups and the VPN group. Disable the AD account and move it to the Disabled Users OU.',
    ],
    ['Device', 'Retire or wipe the laptop in Intune and arrange collection.'],
    ['Verify', 'Sign-in blocked, manager can open the mailbox and files, licence freed.'],
  ]),
  // ---------------------------------------------------------------- Backup / restore
  article(
    'f-restore-file-server',
    'Restore deleted or overwritten files on the file server',
    null,
    'Backup',
    [
      [
        'Symptoms',
        "User deleted a folder on a mapped drive, saved over a spreadsheet, a file is corrupted, or they need last week's version.",
      ],
      [
        'Fix steps',
        '1. Previous Versions: right-click the parent folder > Properties > Previous Versions (VSS snapshots at 07:00 and 12:00). Restore to an alternate location first, then copy back.\n2. Older than the snapshots: Veeam Backup & Replication console > Home > Backups > file server job > Restore guest files (Windows), pick the restore point, browse, then Copy To an alternate folder or Restore > Keep.\n3. Check permissions on restored items. Retention is 30 daily restore points.',
      ],
      ['Verify', 'User confirms the restored file is the version they need.'],
    ],
  ),
  article(
    'f-restore-m365-items',
    'Recover deleted emails, OneDrive or SharePoint files (Microsoft 365)',
    null,
    'Backup',
    [
      [
        'Symptoms',
        'User emptied Deleted Items, deleted an Outlook folder, a OneDrive or SharePoint file is gone, someone deleted a document in a Teams channel, or they need an earlier version of a Word file.',
      ],
      [
        'Fix steps',
        '1. Outlook: Deleted Items > "Recover items recently removed from this folder" (14-30 days). Admin: Exchange admin center > Recover deleted items, or Restore-RecoverableItems.\n2. OneDrive / SharePoint: site Recycle bin (93 days), then the second-stage recycle bin.\n3. Earlier version: Version history on the file.\n4. Mass deletion or ransomware in OneDrive: Settings > Restore your OneDrive to a point in time.\n5. Past retention: restore from the client\'s third-party Microsoft 365 backup if they have one.',
      ],
      ['Verify', 'Item back in its original location.'],
    ],
  ),
  // ---------------------------------------------------------------- Hardware
  article(
    'f-dock-displays',
    'Docking station: external monitors not detected, USB-C dock not working',
    null,
    'Hardware',
    [
      [
        'Symptoms',
        'Monitors stay black or show "No signal" when the laptop is docked, only one of two monitors works, keyboard and mouse on the dock dead, laptop not charging from the dock, often after a Windows update.',
      ],
      [
        'Fix steps',
        "1. Reseat the USB-C / Thunderbolt cable in the laptop's Thunderbolt port (lightning icon).\n2. Power-cycle the dock: unplug its power for 30 seconds.\n3. Update dock firmware, BIOS and Thunderbolt driver with Dell Command Update, Lenovo Vantage or HP Support Assistant.\n4. DisplayLink docks need the DisplayLink driver.\n5. Win+P > Extend; Settings > Display > Detect. Check the monitor input source.\n6. Two monitors daisy-chained (MST) may exceed the dock's limit; use separate ports.",
      ],
      ['Verify', 'Both monitors extend the desktop and peripherals work after undock/redock.'],
    ],
  ),

  // ================================================================ Client runbooks
  // ---------------------------------------------------------------- Harbor Point Dental
  article(
    'f-harbor-dentrix',
    'Harbor Point Dental: Dentrix will not open / cannot connect to database',
    C.harbor,
    'Runbooks',
    [
      [
        'Environment',
        'Dentrix G7 with the database on HPD-SRV01. Workstations: front desk (2), operatories 1-6, office manager. Dexis imaging is launched from the patient chart through the Dentrix imaging bridge.',
      ],
      [
        'Symptoms',
        '"Unable to connect to the database", "Dentrix Server not found", Dentrix hangs on the splash screen, Appointment Book blank on every workstation, Dexis does not open from the chart.',
      ],
      [
        'Fix steps',
        '1. Check HPD-SRV01 is up and reachable (ping by name).\n2. One workstation: Dentrix Server Tools > Connection > server name HPD-SRV01; confirm Windows Firewall allows Dentrix on the Private profile.\n3. All workstations: on HPD-SRV01 restart the Dentrix database service (warn the office manager, all users must close Dentrix first).\n4. Dexis not launching: Dentrix Office Manager > Maintenance > Practice Setup > Program Links, check the Dexis path points to \\\\HPD-SRV01\\Dexis.\n5. Still failing: open a case with Henry Schein One support (customer number in the password vault).',
      ],
      ['Verify', "Dentrix opens on the front desk and an operatory, the schedule shows today's patients."],
    ],
  ),
  article(
    'f-harbor-printing-scanning',
    'Harbor Point Dental: front desk printers, label printer and insurance card scanner',
    C.harbor,
    'Runbooks',
    [
      [
        'Devices',
        'Brother HL-L6200 at the front desk (direct IP 10.20.1.50, no print server), DYMO LabelWriter 450 at the front desk, Ricoh IM C3000 in the back office, Fujitsu fi-800R insurance card scanner used from Dentrix Document Center.',
      ],
      [
        'Brother offline',
        'Port must be Standard TCP/IP 10.20.1.50 (DHCP reservation exists on the firewall). Restart the spooler and clear the queue if jobs are stuck.',
      ],
      [
        'DYMO blank or oversized labels',
        'Reinstall DYMO Connect, select label size 30252 Address in the Dentrix label setup, and reseat the roll. Blank labels usually mean the wrong label type.',
      ],
      [
        'Card scanner and Ricoh',
        'Document Center > Acquire > Select Source "fi-800R (TWAIN)". "No TWAIN source": reinstall PaperStream IP (TWAIN) driver and reboot. The Ricoh scans to folder \\\\HPD-SRV01\\Scans using svc-scan (SMB2 enabled on the Ricoh).',
      ],
    ],
  ),
  article('f-harbor-backup', 'Harbor Point Dental: backup and restore (Datto SIRIS)', C.harbor, 'Runbooks', [
    [
      'Environment',
      'Datto SIRIS appliance backs up HPD-SRV01 hourly 07:00-19:00 with offsite replication to the Datto cloud. Previous Versions (VSS) is disabled on HPD-SRV01; do not use it. Data contains PHI (HIPAA): restores are logged in the ticket.',
    ],
    [
      'File or folder restore',
      'Datto partner portal > device > Restore > File restore > pick the recovery point > mount; browse the mounted share and copy the file back to its original folder (shares, scanned documents, D:\\Dexis x-ray images).',
    ],
    [
      'Dentrix database',
      'Never restore the Dentrix database by file copy. Open a case with Henry Schein One and use the Datto local virtualization if the server itself is lost.',
    ],
    ['Verify', 'The office manager confirms the restored documents or images open.'],
  ]),
  // ---------------------------------------------------------------- Ridgeline Engineering
  article('f-ridgeline-vpn', 'Ridgeline Engineering: GlobalProtect VPN', C.ridgeline, 'Runbooks', [
    [
      'Environment',
      'Palo Alto PA-440 with GlobalProtect. Portal vpn.ridgeline-eng.com, SAML sign-in with Entra ID (MFA). Access requires the Entra group GP-VPN-Users. Ridgeline does not use FortiClient.',
    ],
    [
      'Symptoms',
      '"Portal not responding", stuck on "Connecting" / "Still working", "Gateway authentication failed", blank white SAML sign-in window, or connected but project shares (\\\\rdg-fs01\\projects) unreachable.',
    ],
    [
      'Fix steps',
      '1. Portal address must be vpn.ridgeline-eng.com (Settings > General).\n2. Hotels: open a browser and accept the captive portal first.\n3. Blank SAML window or authentication loop: remove and re-add the portal, restart the PanGPS service, update WebView2.\n4. Authentication failed: user in GP-VPN-Users, MFA working.\n5. Connected but no shares: Refresh Connection; reinstall GlobalProtect 6.x from Company Portal.',
    ],
    ['Verify', 'GlobalProtect shows Connected and \\\\rdg-fs01\\projects opens.'],
  ]),
  article(
    'f-ridgeline-autodesk',
    'Ridgeline Engineering: AutoCAD / Revit / Civil 3D licence errors',
    C.ridgeline,
    'Runbooks',
    [
      [
        'Licensing',
        'AutoCAD and Revit use Autodesk named-user subscriptions (Autodesk Account). Civil 3D 2022 still uses network licences from FlexNet on RDG-LIC01.',
      ],
      [
        'Named user errors',
        '"Your Autodesk ID doesn\'t have access", "No licence available", sign-in loop. Fix: manage.autodesk.com > By User > assign the product to the user (admin login in the vault); in the product sign out and in; if it still loops, Autodesk Licensing Helper Tool > change licence type to User, and restart the Autodesk Licensing Service.',
      ],
      [
        'Network licence errors',
        '"Failed to get a licence", error -15 or -96. Fix: on RDG-LIC01 open LMTOOLS > Server Status; check the adskflex service is running and ports 27000-27009 and 2080 are allowed; the workstation ADSKFLEX_LICENSE_FILE must be @RDG-LIC01. All seats in use: lmutil lmstat -a shows who holds them.',
      ],
      ['Verify', 'Product opens without a licence prompt.'],
    ],
  ),
  article('f-ridgeline-onboarding', 'Ridgeline Engineering: new hire onboarding', C.ridgeline, 'Runbooks', [
    [
      'Differences from the standard procedure',
      'Ridgeline is cloud-only (no Active Directory). Create the user in Microsoft 365 admin center as first initial + last name @ridgeline-eng.com. The office manager must approve all new accounts.',
    ],
    [
      'Access',
      'Licence Microsoft 365 Business Premium. Groups: GP-VPN-Users, Projects SharePoint site members, department Team. CAD staff: assign AutoCAD/Revit in Autodesk Account.',
    ],
    [
      'Hardware',
      "CAD engineers get a Dell Precision workstation with Autopilot group tag RDG-CAD (installs the Autodesk apps); everyone else a Latitude with tag RDG-STD. Order through Dell Premier with 2 weeks' lead time.",
    ],
    ['Verify', 'User signs in, GlobalProtect connects, Projects site and (CAD) AutoCAD open.'],
  ]),
  // ---------------------------------------------------------------- Meadowbrook Accounting
  article(
    'f-meadowbrook-rds',
    'Meadowbrook Accounting: Remote Desktop servers (RD Gateway)',
    C.meadowbrook,
    'Runbooks',
    [
      [
        'Environment',
        'Staff work inside the RDS farm MBA-RDS01/02 through RD Gateway rdg.meadowbrookcpa.com, launched from the "Meadowbrook Desktop" shortcut. QuickBooks Accountant and UltraTax CS run there. Profiles are FSLogix containers on \\\\MBA-FS01\\Profiles. No VPN is used.',
      ],
      [
        'Symptoms',
        '"Your computer can\'t connect to the Remote Desktop Gateway server", "credentials did not work", frozen or black session, "The User Profile Service failed the sign-in", local printers missing inside the session.',
      ],
      [
        'Fix steps',
        '1. Gateway errors: user in RDS-Users; the shortcut points to rdg.meadowbrookcpa.com; check the gateway certificate is not expired.\n2. Credentials: MEADOWBROOK\\username.\n3. Frozen or black session: on MBA-RDS01 run quser /server:MBA-RDS02 and logoff <id>, or Server Manager > Remote Desktop Services > Collections > Connections > Log off.\n4. Profile Service error: the FSLogix VHDX is still locked; log off the old session, then remove the stale lock.\n5. Missing printers: printer redirection uses Easy Print; the local printer needs a working driver on the laptop.',
      ],
      ['Verify', 'User gets a working desktop with their printers.'],
    ],
  ),
  article(
    'f-meadowbrook-quickbooks',
    'Meadowbrook Accounting: QuickBooks on the RDS servers',
    C.meadowbrook,
    'Runbooks',
    [
      [
        'Environment',
        'QuickBooks Accountant 2024 on MBA-RDS01 and MBA-RDS02; client company files on \\\\MBA-FS01\\QBData\\Clients (Q: inside the session). QuickBooks Database Server Manager runs on MBA-FS01 only.',
      ],
      [
        'Symptoms',
        'H202 / H505 opening a client file, "company file needs to be updated" while others still use it, -6000 errors, accountant\'s copy (.QBX / .QBA) will not import.',
      ],
      [
        'Fix steps',
        "1. Version mismatch is the usual cause: QuickBooks updates are installed only in the monthly maintenance window on BOTH RDS hosts and the Database Server Manager on MBA-FS01. Never accept the update prompt during the day.\n2. H202/H505: restart the QuickBooksDB34 service on MBA-FS01 and rescan \\\\MBA-FS01\\QBData in Database Server Manager.\n3. Never copy client files to C: or the desktop.\n4. Accountant's copy import fails: save the .QBX to Q:\\Imports first, then File > Accountant's Copy > Import Accountant's Changes.",
      ],
      ['Verify', 'Two staff can open the same client file.'],
    ],
  ),
  article(
    'f-meadowbrook-offboarding',
    'Meadowbrook Accounting: leaver procedure (7-year retention)',
    C.meadowbrook,
    'Runbooks',
    [
      [
        'Differences from the standard procedure',
        'The firm must keep client correspondence for 7 years. A managing partner approves every leaver ticket.',
      ],
      [
        'Steps',
        '1. Before touching licences, confirm the retention policy MBA-7yr applies to the mailbox and OneDrive (Purview > Data lifecycle management); apply a litigation hold for partners.\n2. Block sign-in, reset password, revoke sessions.\n3. Remove from RDS-Users and from the QuickBooks and UltraTax CS user lists.\n4. Delete the user only after 30 days: the mailbox becomes an inactive mailbox and stays searchable.\n5. Seasonal tax staff: disable and keep the account for next season; do not delete.',
      ],
      ['Verify', 'Mailbox shows as on hold or inactive and the user cannot reach the RD Gateway.'],
    ],
  ),
  // ---------------------------------------------------------------- Bluestone Logistics
  article(
    'f-bluestone-warehouse-wifi',
    'Bluestone Logistics: warehouse Wi-Fi and Zebra handheld scanners',
    C.bluestone,
    'Runbooks',
    [
      [
        'Environment',
        'UniFi access points managed from the UniFi controller. SSIDs: BLS-Corp (office laptops, 802.1X), BLS-WH (Zebra TC52 handhelds, WPA2-PSK, VLAN 30), BLS-Guest. Handhelds run the WMS mobile client.',
      ],
      [
        'Symptoms',
        'Handheld scanners drop Wi-Fi in the back aisles, "WMS connection lost", handhelds will not join after the BLS-WH passphrase was rotated.',
      ],
      [
        'Fix steps',
        '1. UniFi controller: check the APs in aisles 12-20 are online; an offline AP is usually its PoE port on SW-WH2, power-cycle the port.\n2. Minimum RSSI on BLS-WH must stay at -75 dBm so handhelds roam.\n3. New passphrase: re-provision the handheld by scanning the StageNow barcode in the warehouse binder (Wi-Fi profile page).\n4. Single handheld: reboot, check battery, re-scan the StageNow barcode.',
      ],
      ['Verify', 'Handheld stays connected walking aisles 12-20 and WMS scans post.'],
    ],
  ),
  article(
    'f-bluestone-drives',
    'Bluestone Logistics: S: and W: drives (Azure Files) and Azure VPN',
    C.bluestone,
    'Runbooks',
    [
      [
        'Environment',
        'Bluestone has no on-premises file server. S: (Shared) and W: (Warehouse) map to Azure Files \\\\blsfiles.file.core.windows.net via an Intune logon script using Entra Kerberos. From outside the office, users connect the Azure VPN Client profile "BLS-Azure" first, because most home ISPs block port 445. Bluestone does not use FortiClient.',
      ],
      [
        'Symptoms',
        'S: or W: missing, "The network path was not found" 0x80070035, drives prompt for a username and password, Azure VPN Client fails to connect.',
      ],
      [
        'Fix steps',
        '1. Off-site: connect Azure VPN Client "BLS-Azure"; if it fails, re-import the profile from Company Portal and check the user is in BLS-VPN-Users.\n2. Test-NetConnection blsfiles.file.core.windows.net -Port 445.\n3. Run the "Map Drives" shortcut on the desktop (re-runs the script).\n4. Credential prompt: device must be Entra-joined; run klist get cifs/blsfiles.file.core.windows.net, reboot.\n5. Access denied: groups BLS-Files-Shared / BLS-Files-Warehouse.',
      ],
      ['Verify', 'S: and W: open from the office and over BLS-Azure.'],
    ],
  ),
  article('f-bluestone-sage100', 'Bluestone Logistics: Sage 100 ERP issues', C.bluestone, 'Runbooks', [
    [
      'Environment',
      'Sage 100 Premium on Azure VM BLS-SAGE01 (SQL Server), published to users as an Azure Virtual Desktop RemoteApp in the Windows App ("BLS Apps" workspace).',
    ],
    [
      'Symptoms',
      'Sage 100 "cannot connect to server", RemoteApp will not launch, "User is already logged on" / "Unable to lock the record", printing invoices or pick tickets fails with a Crystal Reports "Failed to open the connection" error.',
    ],
    [
      'Fix steps',
      '1. RemoteApp missing or will not start: Windows App > refresh the BLS Apps workspace, sign out and in.\n2. Cannot connect to server: check BLS-SAGE01 is running in the Azure portal and the Sage 100 Service is started.\n3. "Already logged on": Sage 100 Library Master > Utilities > Master Console, remove the stale session.\n4. Crystal print errors: set a default printer inside the AVD session and check the ODBC DSN "SOTAMAS90" on BLS-SAGE01.',
    ],
    ['Verify', 'User logs into Sage 100 and prints a test invoice.'],
  ]),
];
