import { article, type BenchArticle } from '../articles.ts';

/**
 * Set B's documentation: a second MSP's knowledge base, written separately from set A and broader
 * (M365, networking, endpoints, line-of-business apps, security incidents, on/offboarding) with
 * runbooks for four clients. Its tickets are in tickets.ts beside it.
 */
export const SET_B_CLIENTS = {
  woodgrove: 'Woodgrove Bank',
  tailwind: 'Tailwind Traders',
  cascade: 'Cascade Dental Group',
  meridian: 'Meridian Law LLP',
} as const;

const { woodgrove, tailwind, cascade, meridian } = SET_B_CLIENTS;

export const SET_B_ARTICLES: readonly BenchArticle[] = [
  // Microsoft 365
  article(
    'b-outlook-profile-corrupt',
    'Outlook will not open: "Cannot start Microsoft Outlook"',
    null,
    'M365',
    [
      [
        'Symptoms',
        'Outlook closes at launch with "Cannot start Microsoft Outlook. Cannot open the Outlook window. The set of folders cannot be opened." Outlook safe mode may also fail.',
      ],
      [
        'Fix',
        '1. Start outlook.exe /safe to rule out add-ins.\n2. Run outlook.exe /resetnavpane.\n3. Create a new mail profile in Control Panel > Mail > Show Profiles and set it as default.',
      ],
    ],
  ),
  article(
    'b-outlook-calendar-delegate',
    'Delegate cannot see or edit a manager’s calendar in Outlook',
    null,
    'M365',
    [
      [
        'Symptoms',
        'An assistant added as delegate cannot open the manager’s calendar, sees only free/busy, or meeting requests do not reach the delegate.',
      ],
      [
        'Fix',
        '1. In Outlook of the manager: File > Account Settings > Delegate Access, remove and re-add the delegate with Editor on Calendar.\n2. In Exchange admin, check the delegate has no stale FullAccess with automapping.\n3. Have the delegate remove and re-open the shared calendar.',
      ],
    ],
  ),
  article(
    'b-teams-cache',
    'Microsoft Teams stuck loading, blank white window or old messages',
    null,
    'M365',
    [
      [
        'Symptoms',
        'Teams shows a white screen, spins on loading, shows old chats only, or the new Teams will not start after an update.',
      ],
      [
        'Fix',
        '1. Quit Teams from the system tray.\n2. Delete the cache folder %LocalAppData%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache (new Teams) or %AppData%\\Microsoft\\Teams (classic).\n3. Start Teams and sign in again.',
      ],
    ],
  ),
  article('b-teams-audio', 'Teams calls: others cannot hear me or I cannot hear them', null, 'M365', [
    [
      'Symptoms',
      'In Teams meetings or calls the microphone does not work, the other side cannot hear, or audio goes to the wrong speaker or headset.',
    ],
    [
      'Fix',
      '1. In Teams Settings > Devices pick the right headset for speaker and microphone and make a test call.\n2. In Windows Settings > Privacy > Microphone allow desktop apps to use the microphone.\n3. Update the headset firmware and unplug other USB audio devices.',
    ],
  ]),
  article(
    'b-onedrive-sync-conflict',
    'OneDrive not syncing: red X, "sync pending" or duplicate files with the PC name',
    null,
    'M365',
    [
      [
        'Symptoms',
        'The OneDrive cloud icon shows a red X or paused, files stay "sync pending", or copies appear named file-PCNAME.docx.',
      ],
      [
        'Fix',
        '1. Click the OneDrive icon and read the error.\n2. Rename files with invalid characters or paths over 400 characters.\n3. Check the OneDrive storage is not full.\n4. Reset with %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset.',
      ],
    ],
  ),
  article(
    'b-sharepoint-access-denied',
    'SharePoint site: "You need permission to access this site"',
    null,
    'M365',
    [
      [
        'Symptoms',
        'A user opening a SharePoint site, document library or a shared link sees access denied or "request access".',
      ],
      [
        'Fix',
        '1. In the site, Settings > Site permissions, add the user to the Members group.\n2. For a shared link, check external sharing and the link type (specific people).\n3. Sign in with the work account, not a personal Microsoft account.',
      ],
    ],
  ),
  article('b-shared-mailbox-send-as', 'Cannot send as or on behalf of a shared mailbox', null, 'M365', [
    [
      'Symptoms',
      'Sending from a shared mailbox address bounces with "You can’t send a message on behalf of this user unless you have permission".',
    ],
    [
      'Fix',
      '1. Exchange admin center > Recipients > Mailboxes > the shared mailbox > Delegation: add the user under Send as.\n2. Wait up to 60 minutes.\n3. In Outlook, choose the From field and pick the shared address from the global address list, not the autocomplete cache.',
    ],
  ]),
  article(
    'b-m365-license-unlicensed',
    'Office apps say "Unlicensed Product" or "Account notice: we couldn’t verify your subscription"',
    null,
    'M365',
    [
      [
        'Symptoms',
        'Word, Excel or Outlook show a red bar: Unlicensed Product, product activation failed, or editing is disabled.',
      ],
      [
        'Fix',
        '1. Check in the Microsoft 365 admin center that the user has a Business Standard or Premium licence assigned.\n2. In the app: File > Account > Sign out, then sign in with the work account.\n3. Clear activation: run the Microsoft Support and Recovery Assistant, Office activation scenario.',
      ],
    ],
  ),
  article('b-mfa-reset', 'Reset a user’s MFA methods (lost or replaced phone)', null, 'Identity', [
    [
      'When',
      'The user has a new phone, lost the phone, or the Microsoft Authenticator app was deleted and sign-in asks for the approval or the six-digit code.',
    ],
    [
      'Steps',
      '1. Verify the caller’s identity by a call back to the number on file.\n2. Entra admin center > Users > the user > Authentication methods > Require re-register multifactor authentication.\n3. Revoke sessions.\n4. The user signs in and sets up the Authenticator app again at aka.ms/mfasetup.',
    ],
  ]),
  article(
    'b-aadsts-errors',
    'Sign-in errors with AADSTS codes (50126, 50076, 53003, 700016)',
    null,
    'Identity',
    [
      [
        'Common codes',
        'AADSTS50126: invalid username or password. AADSTS50076: MFA required from this location. AADSTS53003: blocked by Conditional Access. AADSTS700016: application not found in the tenant. AADSTS50057: the account is disabled.',
      ],
      [
        'Fix',
        '1. Find the sign-in in Entra admin center > Sign-in logs using the correlation id.\n2. For 53003 read which Conditional Access policy failed (device not compliant, location).\n3. For 50057 re-enable the account if the user is not a leaver.',
      ],
    ],
  ),
  article('b-password-expired', 'Password expired or must be changed at next logon', null, 'Identity', [
    [
      'Symptoms',
      'Windows says "Your password has expired and must be changed", or the user cannot change it because it does not meet the complexity requirements.',
    ],
    [
      'Fix',
      '1. Have the user press Ctrl+Alt+Del > Change a password while on the office network or VPN.\n2. The new password needs 14 characters and cannot reuse the last 10.\n3. If remote and not on VPN, reset it in Active Directory and set "User must change password at next logon" off until they are in the office.',
    ],
  ]),
  article('b-account-lockout', 'Account keeps getting locked out (event 4740)', null, 'Identity', [
    ['Symptoms', 'The user’s AD account locks again minutes after an unlock.'],
    [
      'Find the source',
      '1. On the PDC emulator look for event ID 4740; Caller Computer Name shows the device.\n2. Common sources: an old password saved on a phone mail app, a mapped drive with stored credentials, a scheduled task, a second logged-on session.\n3. Remove the saved credential, then unlock.',
    ],
  ]),
  // Networking
  article(
    'b-vpn-forticlient',
    'FortiClient VPN fails at 98% or "credential or ssl vpn configuration is wrong"',
    null,
    'Network',
    [
      [
        'Symptoms',
        'The FortiClient SSL VPN connection stops at 98%, or shows "Credential or SSLVPN configuration is wrong (-7200)", or connects but nothing on the office network works.',
      ],
      [
        'Fix',
        '1. Check the user is in the VPN group on the FortiGate.\n2. At 98%: reinstall the Fortinet virtual adapter, disable IPv6 on it.\n3. -7200: the password is wrong or expired; reset it.\n4. Connected but no access: check split tunnel routes and DNS suffix.',
      ],
    ],
  ),
  article(
    'b-vpn-anyconnect',
    'Cisco AnyConnect / Secure Client: "VPN establishment capability is disabled"',
    null,
    'Network',
    [
      [
        'Symptoms',
        'AnyConnect (Cisco Secure Client) fails with "VPN establishment capability from a remote desktop is disabled" or "the VPN client was unable to establish a connection".',
      ],
      [
        'Fix',
        '1. Do not start the VPN from inside an RDP session.\n2. Stop Internet Connection Sharing.\n3. Reinstall the Secure Client from the portal and reboot.',
      ],
    ],
  ),
  article('b-wifi-no-internet', 'Laptop on Wi-Fi shows "No internet, secured"', null, 'Network', [
    [
      'Symptoms',
      'The wireless network connects but shows no internet, secured; websites do not load while other devices work.',
    ],
    [
      'Fix',
      '1. Forget the network and reconnect.\n2. Run ipconfig /release, ipconfig /renew, ipconfig /flushdns.\n3. Check the laptop got a DHCP address, not 169.254.x.x.\n4. Update the Wi-Fi adapter driver and turn off its power saving.',
    ],
  ]),
  article('b-dns-internal-names', 'Internal sites and servers not resolving by name', null, 'Network', [
    [
      'Symptoms',
      'The intranet, file server or line-of-business server cannot be reached by name but works by IP address; nslookup fails.',
    ],
    [
      'Fix',
      '1. Check the adapter DNS servers point to the domain controllers, not the router or 8.8.8.8.\n2. ipconfig /flushdns and ipconfig /registerdns.\n3. On the DC check the DNS zone has the host record.',
    ],
  ]),
  article(
    'b-firewall-site-blocked',
    'Website blocked by the web filter (FortiGuard category)',
    null,
    'Network',
    [
      [
        'Symptoms',
        'A page shows "Web Page Blocked" or "FortiGuard Intrusion Prevention - Access Blocked" with a category.',
      ],
      [
        'Fix',
        '1. Confirm the business need with the manager.\n2. On the FortiGate add a URL filter exemption or recategorise via FortiGuard.\n3. Record the change in the client’s change log.',
      ],
    ],
  ),
  article('b-internet-outage-site', 'Whole office has no internet', null, 'Network', [
    [
      'Checks',
      '1. Check the ISP status page and the modem lights.\n2. Log in to the firewall: is the WAN interface up, is there a default route.\n3. Power-cycle modem then firewall.\n4. If down over 30 minutes open a fault with the ISP and fail over to the LTE backup.',
    ],
  ]),
  article('b-switch-port-dead', 'Desk network port not working (no link light)', null, 'Network', [
    ['Symptoms', 'A wired PC shows "Network cable unplugged" or no link light on the wall port.'],
    [
      'Fix',
      '1. Try another cable and another wall port.\n2. Trace the patch in the comms cabinet and check the switch port is enabled and in the right VLAN.\n3. Patch it to a free switch port and update the port map.',
    ],
  ]),
  // Endpoints
  article(
    'b-bitlocker-recovery',
    'BitLocker recovery screen at startup: finding the recovery key',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        'At boot a blue screen asks to "Enter the recovery key for this drive", often after a BIOS update, a docking change or a TPM reset.',
      ],
      [
        'Fix',
        '1. Verify the user’s identity.\n2. Read the Key ID shown on the screen.\n3. Find the 48-digit recovery key in Entra admin center > Devices > the device > BitLocker keys, or in AD Users and Computers.\n4. After boot, suspend and resume BitLocker protection.',
      ],
    ],
  ),
  article('b-bsod-driver', 'Blue screen crashes (BSOD) with stop codes', null, 'Endpoints', [
    [
      'Symptoms',
      'The PC restarts with a blue screen: DRIVER_IRQL_NOT_LESS_OR_EQUAL, PAGE_FAULT_IN_NONPAGED_AREA, KERNEL_SECURITY_CHECK_FAILURE.',
    ],
    [
      'Fix',
      '1. Note the stop code and the driver file named.\n2. Check C:\\Windows\\Minidump with WhoCrashed or WinDbg.\n3. Update or roll back the named driver, BIOS and chipset.\n4. Run memory diagnostic and sfc /scannow.',
    ],
  ]),
  article('b-slow-pc', 'Computer very slow: high disk or memory use', null, 'Endpoints', [
    [
      'Checks',
      '1. Task Manager: which process uses CPU, memory or disk at 100%.\n2. Disable startup apps.\n3. Check free disk space and run Disk Cleanup.\n4. If the disk is an HDD or under 8 GB RAM, recommend an upgrade.',
    ],
  ]),
  article(
    'b-windows-update-stuck',
    'Windows Update stuck or failing with 0x80070002, 0x800f0922',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        'Updates fail repeatedly with codes like 0x80070002 or 0x800f0922, or "Working on updates 100%" never finishes.',
      ],
      [
        'Fix',
        '1. Run the Windows Update troubleshooter.\n2. Stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution, start them.\n3. DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.\n4. 0x800f0922: check the VPN is off and the System Reserved partition has space.',
      ],
    ],
  ),
  article('b-dock-monitors', 'External monitors not detected on the dock', null, 'Endpoints', [
    [
      'Symptoms',
      'One or both external monitors stay black or show "no signal" when the laptop is on the USB-C or Thunderbolt dock.',
    ],
    [
      'Fix',
      '1. Update the dock firmware and the DisplayLink driver.\n2. Unplug the dock power for 30 seconds.\n3. Windows + P, Extend. Check Display settings > Detect.\n4. Try the monitor cable straight into the laptop.',
    ],
  ]),
  article(
    'b-printer-driver-mapping',
    'Add a network printer / printer missing after a new PC',
    null,
    'Endpoints',
    [
      [
        'Steps',
        '1. Printers are deployed by group policy from the print server \\\\PRINT01.\n2. Run gpupdate /force and sign out and in.\n3. Or add manually: \\\\PRINT01\\ then double-click the printer.\n4. A driver prompt needs an admin: use the Type 4 driver.',
      ],
    ],
  ),
  article(
    'b-printer-offline',
    'Printer shows offline or documents stay in the print queue',
    null,
    'Endpoints',
    [
      ['Symptoms', 'Jobs sit in the queue, the printer shows offline, or nothing comes out of the copier.'],
      [
        'Fix',
        '1. Check the printer’s screen for paper jam or error and that it has its IP address.\n2. Ping the printer IP.\n3. Restart the Print Spooler service and clear C:\\Windows\\System32\\spool\\PRINTERS.\n4. Uncheck "Use Printer Offline".',
      ],
    ],
  ),
  article('b-scan-to-email', 'Scan to email from the copier stopped working', null, 'Endpoints', [
    ['Symptoms', 'The copier/MFP shows "SMTP error" or "send failed" when scanning to email.'],
    [
      'Fix',
      '1. Microsoft 365 turned off basic auth: the copier must relay through the SMTP relay connector (smtp relay to the MX endpoint on port 25) from the office static IP.\n2. Check the copier’s SMTP settings: server, port, sender address.\n3. Check the static IP is in the relay connector.',
    ],
  ]),
  article(
    'b-intune-enrol',
    'Intune enrolment fails: "Something went wrong" 80180014 / device limit',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        'Autopilot or Company Portal enrolment fails with 80180014, 801c0003, or "this device is already enrolled" / device limit reached.',
      ],
      [
        'Fix',
        '1. 80180014: personal device enrolment is blocked; enrol as corporate or add the hardware hash.\n2. 801c0003: the user hit the device limit; delete stale devices.\n3. Remove the old device record in Intune and Entra and retry.',
      ],
    ],
  ),
  article('b-iphone-mail-setup', 'Set up work email on an iPhone or Android phone', null, 'Endpoints', [
    [
      'Steps',
      '1. Install Outlook for iOS or Android from the store (the built-in Mail app is blocked by Conditional Access).\n2. Sign in with the work address.\n3. Install Company Portal when asked, for app protection.\n4. Approve the MFA prompt.',
    ],
  ]),
  // Line-of-business applications
  article(
    'b-adobe-acrobat-signin',
    'Adobe Acrobat asks to sign in or shows trial expired',
    null,
    'Applications',
    [
      [
        'Symptoms',
        'Adobe Acrobat Pro opens with a sign-in page, "your trial has expired", or edit tools are locked.',
      ],
      [
        'Fix',
        '1. Check the user is assigned an Acrobat licence in the Adobe Admin Console.\n2. Sign out of Acrobat and sign in with the work email (Company or School account).\n3. Clear the Adobe cache at %LocalAppData%\\Adobe\\OOBE.',
      ],
    ],
  ),
  article(
    'b-quickbooks-multiuser',
    'QuickBooks Desktop: H202 / H505 switching to multi-user mode',
    null,
    'Applications',
    [
      [
        'Symptoms',
        'QuickBooks shows error H202 or H505 when a second person opens the company file over the network.',
      ],
      [
        'Fix',
        '1. On the server, run QuickBooks Database Server Manager and scan the folder with the company file.\n2. Make sure QuickBooksDBXX service is running.\n3. Allow the ports in Windows Firewall.\n4. Open the company file by UNC path.',
      ],
    ],
  ),
  article(
    'b-excel-file-locked',
    'Excel: "file is locked for editing by another user"',
    null,
    'Applications',
    [
      [
        'Symptoms',
        'Opening a shared Excel workbook says it is locked for editing by another user, often by the same user.',
      ],
      [
        'Fix',
        '1. Check who has it open in Computer Management > Shared Folders > Open Files on the file server, and close the session.\n2. Delete the hidden ~$ owner file next to the workbook.\n3. Move the workbook to SharePoint for co-authoring.',
      ],
    ],
  ),
  article(
    'b-browser-certificate-warning',
    'Browser warning "Your connection is not private" on an internal site',
    null,
    'Applications',
    [
      [
        'Symptoms',
        'Edge or Chrome shows NET::ERR_CERT_DATE_INVALID or NET::ERR_CERT_AUTHORITY_INVALID on an internal web app.',
      ],
      [
        'Fix',
        '1. Check the PC’s clock and time zone.\n2. Check the site certificate has not expired; renew it.\n3. For the internal CA, deploy the root certificate by group policy.',
      ],
    ],
  ),
  // Security incidents
  article('b-phishing-clicked', 'User clicked a phishing link or entered their password', null, 'Security', [
    [
      'Immediately',
      '1. Reset the user’s password and revoke all sessions in Entra.\n2. Re-register MFA if they approved a prompt.\n3. Check the mailbox for new inbox rules and forwarding.\n4. Purge the email from all mailboxes with Content search / Threat Explorer.\n5. Run a full antivirus scan on the device.',
    ],
  ]),
  article(
    'b-compromised-mailbox',
    'Compromised mailbox: sending spam, unknown inbox rules, impossible travel',
    null,
    'Security',
    [
      [
        'Signs',
        'Contacts receive invoices or spam from the user, messages vanish because of inbox rules forwarding to RSS Feeds, risky sign-ins from abroad.',
      ],
      [
        'Contain',
        '1. Block sign-in, reset the password, revoke sessions.\n2. Remove malicious inbox rules and external forwarding.\n3. Check the sign-in logs and audit log for what was accessed.\n4. Tell the client’s contacts; report to the client as a security incident.',
      ],
    ],
  ),
  article('b-ransomware-response', 'Suspected ransomware: files renamed or encrypted', null, 'Security', [
    [
      'Immediately',
      '1. Disconnect the device from the network (cable and Wi-Fi), do not power it off.\n2. Disable the user’s account.\n3. Isolate the device in the EDR console.\n4. Call the security lead; preserve the ransom note.\n5. Check backups are intact before restoring.',
    ],
  ]),
  article('b-mfa-fatigue', 'Unexpected MFA prompts the user did not start', null, 'Security', [
    [
      'Symptoms',
      'The user receives Authenticator approval requests they did not ask for, sometimes many in a row.',
    ],
    [
      'Steps',
      '1. Tell the user to deny them and report.\n2. Their password is known to someone: reset it and revoke sessions.\n3. Check sign-in logs for the source IP.\n4. Make sure number matching is on.',
    ],
  ]),
  // On/offboarding
  article('b-onboarding-new-user', 'New starter setup checklist', null, 'Onboarding', [
    [
      'Steps',
      '1. Create the AD / Entra account from the HR form with the right department and manager.\n2. Assign the Microsoft 365 licence and add to security groups and distribution lists.\n3. Prepare the laptop with Autopilot.\n4. Set up MFA at the first sign-in with IT present.\n5. Send the welcome pack with the temporary password.',
    ],
  ]),
  article(
    'b-offboarding-leaver',
    'Leaver checklist: disabling an account when someone leaves',
    null,
    'Onboarding',
    [
      [
        'Steps',
        '1. On the last day, disable sign-in and reset the password.\n2. Convert the mailbox to a shared mailbox and give the manager access.\n3. Set an out-of-office reply.\n4. Remove licences and group memberships.\n5. Wipe and collect the laptop and phone.\n6. Transfer OneDrive files to the manager.',
      ],
    ],
  ),
  // Client runbooks
  article(
    'b-woodgrove-finesse',
    'Woodgrove Bank: FinCore teller app login failures',
    woodgrove,
    'Clients/Woodgrove',
    [
      [
        'Symptoms',
        'The FinCore teller application says "Host session unavailable" or rejects the teller login at branch start of day.',
      ],
      [
        'Fix',
        '1. Check the FinCore gateway service on WGB-APP02 is running.\n2. Teller IDs lock after 3 failures: unlock in FinCore Admin > Users.\n3. Branch PCs must be on the BRANCH VLAN; check the IP is 10.20.x.x.',
      ],
    ],
  ),
  article(
    'b-woodgrove-vpn',
    'Woodgrove Bank: GlobalProtect VPN for home workers',
    woodgrove,
    'Clients/Woodgrove',
    [
      [
        'Setup',
        'Woodgrove uses Palo Alto GlobalProtect, portal vpn.woodgrovebank.example. Users need the WGB-Remote group.',
      ],
      [
        'Problems',
        '1. "Gateway not responding": switch gateway to WGB-DR.\n2. Certificate errors: the machine certificate is missing; run gpupdate on the office network.\n3. Connected but no drives: the drives map at logon only; run the Map Drives shortcut.',
      ],
    ],
  ),
  article(
    'b-tailwind-pos',
    'Tailwind Traders: store POS till not printing receipts',
    tailwind,
    'Clients/Tailwind',
    [
      [
        'Symptoms',
        'The Lightspeed POS till at a store completes the sale but the Epson receipt printer prints nothing.',
      ],
      [
        'Fix',
        '1. Check the receipt printer has paper and the cover is closed.\n2. Power-cycle the Epson TM-m30.\n3. In Lightspeed settings > Printers, re-select the receipt printer by IP.\n4. The stores’ printers are on 192.168.50.x.',
      ],
    ],
  ),
  article(
    'b-tailwind-shared-drive',
    'Tailwind Traders: mapped S: drive (Shared) missing',
    tailwind,
    'Clients/Tailwind',
    [
      [
        'Symptoms',
        'The S: drive (Shared) and M: drive (Marketing) are missing or show a red X for Tailwind staff.',
      ],
      [
        'Fix',
        '1. Drives map from the logon script on TWT-FS01.\n2. Connect the VPN first when remote, then run \\\\twt-fs01\\netlogon\\drives.bat.\n3. Check the user is in the TWT-Shared security group.',
      ],
    ],
  ),
  article(
    'b-cascade-dentrix',
    'Cascade Dental: Dentrix cannot connect to the database',
    cascade,
    'Clients/Cascade',
    [
      [
        'Symptoms',
        'Dentrix on a front-desk or operatory PC says "Unable to connect to the Dentrix database" or the schedule will not load.',
      ],
      [
        'Fix',
        '1. Check the server CDG-SRV01 is on and the Dentrix database service is running.\n2. Check the workstation can ping CDG-SRV01.\n3. Re-run the Dentrix Server Name configuration utility on the workstation.',
      ],
    ],
  ),
  article(
    'b-cascade-xray',
    'Cascade Dental: X-ray sensor not detected in the imaging software',
    cascade,
    'Clients/Cascade',
    [
      [
        'Symptoms',
        'The intraoral sensor is not recognised when taking an X-ray; imaging shows "no device" or the sensor light stays off.',
      ],
      [
        'Fix',
        '1. Unplug and replug the sensor USB into the rear port, not a hub.\n2. Restart the sensor service (Schick CDR or Dexis service).\n3. Reinstall the sensor driver from \\\\CDG-SRV01\\Imaging.',
      ],
    ],
  ),
  article(
    'b-meridian-worldox',
    'Meridian Law: Worldox document profile errors and saving from Word',
    meridian,
    'Clients/Meridian',
    [
      [
        'Symptoms',
        'Saving a Word document asks for the Worldox profile and fails, or Worldox shows "cabinet not available".',
      ],
      [
        'Fix',
        '1. Check the W: drive (Worldox cabinets) is mapped.\n2. Re-enable the Worldox add-in in Word under File > Options > Add-ins > COM Add-ins.\n3. Reset the Worldox profile group for the user in Worldox Admin.',
      ],
    ],
  ),
  article(
    'b-meridian-scan-pdf',
    'Meridian Law: scanning to the Worldox inbox folder',
    meridian,
    'Clients/Meridian',
    [
      [
        'Steps',
        'The Canon copiers scan to \\\\mlp-fs01\\scans\\<initials>. If a scan does not appear, check the copier address book entry for the lawyer’s folder and that the scan service account password did not expire.',
      ],
    ],
  ),
];
