/**
 * A realistic MSP documentation set for `bench:kb` and the search quality test: the kind of
 * runbooks an MSP keeps in IT Glue, Hudu or SharePoint, global and per client (Contoso, Fabrikam,
 * Northwind). Headings are markdown so the chunker keeps them with their sections.
 */
export interface BenchArticle {
  id: string;
  title: string;
  company: string | null;
  folder: string;
  text: string;
}

export const CLIENTS = {
  contoso: 'Contoso Ltd.',
  fabrikam: 'Fabrikam, Inc.',
  northwind: 'Northwind Traders LLC',
} as const;

/** An article as its sections (heading, body): how every labelled set writes its articles. */
export function article(
  id: string,
  title: string,
  company: string | null,
  folder: string,
  sections: Array<[string, string]>,
): BenchArticle {
  return { id, title, company, folder, text: sections.map(([h, b]) => `## ${h}\n${b}`).join('\n\n') };
}

export const BENCH_ARTICLES: readonly BenchArticle[] = [
  // Outlook / Exchange
  article(
    'outlook-trying-to-connect',
    'Outlook stuck on "Trying to connect" or "Disconnected"',
    null,
    'Email',
    [
      [
        'Symptoms',
        'The Outlook status bar shows Trying to connect or Disconnected while Outlook on the web works. Often starts right after a password change or an MFA enrolment.',
      ],
      [
        'Cause',
        'Cached Office credentials in Windows Credential Manager no longer match the account, or the Web Account Manager (WAM) token is stale.',
      ],
      [
        'Fix',
        '1. Close Outlook and Teams.\n2. Open Credential Manager and remove every MicrosoftOffice16 and msteams entry.\n3. Sign out of the Office account under File > Office Account, restart and sign in again.\n4. If it still fails, create a new Outlook profile from Control Panel > Mail.',
      ],
    ],
  ),
  article(
    'outlook-password-prompt-loop',
    'Outlook keeps asking for password (credential prompt loop)',
    null,
    'Email',
    [
      [
        'Symptoms',
        'Outlook repeatedly pops up a Windows Security or Microsoft sign-in prompt for the password; entering it does nothing and the prompt returns.',
      ],
      [
        'Cause',
        'Modern authentication disabled in the registry, a broken WAM plugin (AAD BrokerPlugin) or a stale saved credential.',
      ],
      [
        'Fix',
        '1. Check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity for EnableADAL=0 and remove it.\n2. Re-register the AAD Broker plugin with PowerShell Add-AppxPackage -Register.\n3. Clear Credential Manager Office entries and restart Outlook.',
      ],
    ],
  ),
  article(
    'outlook-ost-rebuild',
    'Outlook slow, freezing or "Not responding": rebuild the OST',
    null,
    'Email',
    [
      [
        'Symptoms',
        'Outlook hangs when switching folders, search returns nothing, the OST file is over 50 GB or sync errors appear in the Sync Issues folder.',
      ],
      [
        'Fix',
        '1. Close Outlook.\n2. Rename the .ost in %LOCALAPPDATA%\\Microsoft\\Outlook to .old.\n3. Start Outlook and let it resynchronise the mailbox (large mailboxes take hours).\n4. Reduce the cached mode slider to 12 months for mailboxes over 50 GB.',
      ],
    ],
  ),
  article('outlook-search-not-working', 'Outlook search returns no results or is incomplete', null, 'Email', [
    [
      'Symptoms',
      'Searching in Outlook finds nothing or only old mail; message says "Search results may be incomplete because items are still being indexed".',
    ],
    [
      'Fix',
      '1. Check Windows Search service is running.\n2. Rebuild the index from Indexing Options > Advanced > Rebuild.\n3. Make sure Microsoft Outlook is selected in Indexing Options.',
    ],
  ]),
  article(
    'shared-mailbox-not-showing',
    'Shared mailbox not showing in Outlook (automapping)',
    null,
    'Email',
    [
      [
        'Symptoms',
        'A user was given Full Access to a shared mailbox but it does not appear in the Outlook folder pane.',
      ],
      [
        'Fix',
        '1. In Exchange admin center confirm Full Access and that automapping is on (Add-MailboxPermission -AutoMapping $true).\n2. Wait up to 60 minutes, then restart Outlook.\n3. Otherwise add it under Account Settings > More Settings > Advanced > Open these additional mailboxes.',
      ],
    ],
  ),
  article(
    'mailbox-full-quota',
    'Mailbox full: "Your mailbox is almost full" and cannot send',
    null,
    'Email',
    [
      [
        'Symptoms',
        'User receives quota warnings, cannot send email, or senders get a 552 mailbox full bounce.',
      ],
      [
        'Fix',
        '1. Check mailbox size in Exchange admin center.\n2. Enable the online archive and an archive retention policy.\n3. Empty Deleted Items and Recoverable Items if a litigation hold is not required.',
      ],
    ],
  ),
  article(
    'email-bounce-ndr-550',
    'Email bounces with NDR 550 5.7.x (rejected by recipient server)',
    null,
    'Email',
    [
      [
        'Symptoms',
        'Outbound mail to one or more external domains bounces with a non-delivery report 550 5.7.1 or 5.7.26 unauthenticated.',
      ],
      ['Cause', 'Missing or wrong SPF, DKIM or DMARC records, or our tenant IP is on a blocklist.'],
      [
        'Fix',
        '1. Check SPF includes spf.protection.outlook.com.\n2. Enable DKIM signing in Defender.\n3. Publish a DMARC record and retest with a header analyser.',
      ],
    ],
  ),
  article('email-phishing-report', 'Suspected phishing email: triage and purge', null, 'Security', [
    [
      'Symptoms',
      'A user reports a suspicious email asking to sign in, pay an invoice or open an attachment.',
    ],
    [
      'Fix',
      '1. Ask the user not to click and to use the Report Phishing button.\n2. Search with Threat Explorer for the sender and subject.\n3. Soft delete the messages from all mailboxes and block the sender.\n4. If credentials were entered, reset the password and revoke sessions.',
    ],
  ]),
  article(
    'outlook-calendar-delegate',
    "Calendar delegate cannot see or edit the manager's calendar",
    null,
    'Email',
    [
      ['Symptoms', 'An assistant cannot open or accept meeting requests on behalf of an executive.'],
      [
        'Fix',
        '1. Remove and re-add the delegate under File > Account Settings > Delegate Access.\n2. Check Editor permissions on the Calendar folder.\n3. Use the new Outlook or OWA if the classic delegate model is broken.',
      ],
    ],
  ),
  // M365 / MFA / Entra
  article('mfa-new-phone', 'MFA: user got a new phone and cannot approve sign-ins', null, 'Identity', [
    ['Symptoms', 'User replaced or lost their phone and the Microsoft Authenticator push no longer arrives.'],
    [
      'Fix',
      '1. Verify the user identity by a call-back to a known number.\n2. In Entra admin center, Authentication methods, choose Require re-register MFA.\n3. Issue a Temporary Access Pass if they have no other method.\n4. User registers the new phone at aka.ms/mysecurityinfo.',
    ],
  ]),
  article(
    'mfa-prompt-loop',
    'Repeated MFA prompts in Teams and Outlook every few minutes',
    null,
    'Identity',
    [
      ['Symptoms', 'User is asked to approve MFA again and again across Office apps.'],
      [
        'Cause',
        'Conditional Access sign-in frequency too short, a broken Primary Refresh Token, or the device is not Entra joined.',
      ],
      [
        'Fix',
        '1. Run dsregcmd /status and check AzureAdPrt is YES.\n2. Review Conditional Access sign-in frequency.\n3. Sign out of all Office apps, clear the token broker cache and sign in again.',
      ],
    ],
  ),
  article(
    'm365-license-missing',
    'Office apps say "Unlicensed product" or account not licensed',
    null,
    'Identity',
    [
      ['Symptoms', 'Word and Excel show Unlicensed Product or a red bar that the account has no license.'],
      [
        'Fix',
        '1. Check in Microsoft 365 admin center that a Business Standard or Premium license is assigned.\n2. Sign out of Office and sign back in.\n3. Reset activation with the OLicenseCleanup script if it persists.',
      ],
    ],
  ),
  article(
    'entra-password-reset-sspr',
    'Password reset: self-service (SSPR) and admin reset',
    null,
    'Identity',
    [
      ['Symptoms', 'User forgot their password or the password expired and they cannot sign in.'],
      [
        'Fix',
        '1. Point the user to aka.ms/sspr if they registered methods.\n2. Otherwise verify identity and reset the password in Entra admin center.\n3. For synced accounts make sure password writeback is on so the on-prem AD password changes too.',
      ],
    ],
  ),
  article(
    'conditional-access-blocked',
    'Sign-in blocked by Conditional Access ("You cannot access this right now")',
    null,
    'Identity',
    [
      [
        'Symptoms',
        'User sees "You cannot access this right now" or error AADSTS53003 when signing in from a new device or location.',
      ],
      [
        'Fix',
        '1. Open the Entra sign-in logs and find the failed sign-in.\n2. Check which Conditional Access policy applied (location, compliant device).\n3. Enrol the device in Intune or add the trusted location.',
      ],
    ],
  ),
  article('guest-access-sharepoint', 'External guest cannot open a shared file or Team', null, 'Identity', [
    [
      'Symptoms',
      'A customer or vendor gets "access denied" or a verification code loop when opening a link we shared.',
    ],
    [
      'Fix',
      '1. Check external sharing settings for the site in SharePoint admin.\n2. Confirm the guest redeemed the invitation with the right email.\n3. Resend the invitation from Entra External Identities.',
    ],
  ]),
  // Teams
  article('teams-camera-not-working', 'Teams camera or microphone not working in meetings', null, 'Teams', [
    [
      'Symptoms',
      'The camera shows black or "no camera found", or the other side cannot hear the user in a Teams meeting.',
    ],
    [
      'Fix',
      '1. Check Windows Privacy settings allow camera and microphone for desktop apps.\n2. Select the right device in Teams Settings > Devices.\n3. Close other apps using the camera (Zoom, browser).\n4. Update or reinstall the camera driver.',
    ],
  ]),
  article(
    'teams-cache-clear',
    'Teams not loading, blank white screen or stuck signing in: clear cache',
    null,
    'Teams',
    [
      ['Symptoms', 'New Teams opens to a white window, spins forever or messages do not load.'],
      [
        'Fix',
        '1. Quit Teams.\n2. Delete %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.\n3. Restart Teams and sign in.\n4. Reset the app from Settings > Apps if it still fails.',
      ],
    ],
  ),
  article('teams-presence-wrong', 'Teams status stuck on Away or Offline', null, 'Teams', [
    ['Symptoms', 'Presence shows Away or Offline although the user is active.'],
    [
      'Fix',
      '1. Reset status in the profile menu.\n2. Check the Outlook calendar integration.\n3. Sign out and in; presence may take 5 minutes to update.',
    ],
  ]),
  article('teams-phone-no-dial-tone', 'Teams Phone: cannot make or receive external calls', null, 'Teams', [
    [
      'Symptoms',
      'No dial pad in Teams, or outbound PSTN calls fail and inbound calls go straight to voicemail.',
    ],
    [
      'Fix',
      '1. Check the user has a Teams Phone license and a calling plan or Operator Connect number.\n2. Confirm the phone number is assigned and the voice routing policy.\n3. Sign out and in after license changes.',
    ],
  ]),
  // OneDrive / SharePoint
  article('onedrive-sync-stuck', 'OneDrive stuck on "Processing changes" or sync pending', null, 'Files', [
    [
      'Symptoms',
      'The OneDrive icon spins with Processing changes for hours; files show the sync pending arrows.',
    ],
    [
      'Fix',
      '1. Pause and resume syncing.\n2. Check for files with invalid characters or paths over 400 characters.\n3. Reset OneDrive with onedrive.exe /reset.\n4. Relink the account if the reset does not help.',
    ],
  ]),
  article(
    'onedrive-known-folder',
    'Desktop and Documents missing after OneDrive Known Folder Move',
    null,
    'Files',
    [
      ['Symptoms', 'Desktop icons or Documents appear empty after OneDrive backup was enabled.'],
      [
        'Fix',
        '1. Check the files are in OneDrive\\Desktop.\n2. Restore from the OneDrive recycle bin if deleted.\n3. Confirm the KFM group policy redirects to the right tenant.',
      ],
    ],
  ),
  article(
    'sharepoint-sync-library',
    'SharePoint library will not sync ("sync already in progress")',
    null,
    'Files',
    [
      [
        'Symptoms',
        'Clicking Sync on a SharePoint document library does nothing, or says the library is already syncing.',
      ],
      [
        'Fix',
        '1. Remove the stale library from OneDrive Settings > Account > Stop sync.\n2. Delete the leftover folder.\n3. Click Sync again or use Add shortcut to My files.',
      ],
    ],
  ),
  article(
    'sharepoint-access-denied',
    'SharePoint "Access denied" or "You need permission" on a site',
    null,
    'Files',
    [
      [
        'Symptoms',
        'User gets Access denied when opening a SharePoint site, list or file that colleagues can open.',
      ],
      [
        'Fix',
        '1. Check the user is in the site Members group or the Microsoft 365 group.\n2. Check unique permissions on the folder.\n3. Clear browser cookies or try InPrivate in case of a different signed-in account.',
      ],
    ],
  ),
  article(
    'file-restore-version-history',
    'Restore a deleted or overwritten file (OneDrive/SharePoint version history)',
    null,
    'Files',
    [
      ['Symptoms', "User deleted a file or saved over a spreadsheet and needs yesterday's version back."],
      [
        'Fix',
        '1. Open the library recycle bin (first stage 93 days).\n2. Use Version history to restore an older version.\n3. For mass changes use Restore your OneDrive to a point in time.',
      ],
    ],
  ),
  // Printers
  article(
    'print-spooler-stuck',
    'Print queue stuck: jobs will not clear or print spooler keeps stopping',
    null,
    'Printing',
    [
      [
        'Symptoms',
        'Jobs stuck in the queue as Deleting or Error, nothing prints, or the Print Spooler service (spoolsv.exe) crashes.',
      ],
      [
        'Fix',
        '1. Stop the Print Spooler service.\n2. Delete everything in C:\\Windows\\System32\\spool\\PRINTERS.\n3. Start the spooler again.\n4. If it keeps crashing, remove third-party print drivers with printmanagement.msc.',
      ],
    ],
  ),
  article('printer-offline', 'Network printer shows Offline in Windows', null, 'Printing', [
    ['Symptoms', 'Printer shows Offline although it is on and other people can print.'],
    [
      'Fix',
      '1. Ping the printer IP address.\n2. Check whether the printer got a new DHCP address; set a reservation.\n3. Disable SNMP status on the port, or recreate the TCP/IP port with the right IP.',
    ],
  ]),
  article(
    'printer-driver-install-admin',
    'Cannot add printer: "Windows needs admin rights to install the driver" (PrintNightmare)',
    null,
    'Printing',
    [
      [
        'Symptoms',
        'Adding a shared printer prompts for administrator credentials since the PrintNightmare hardening.',
      ],
      [
        'Fix',
        '1. Deploy the driver with Intune or Group Policy Point and Print restrictions.\n2. Or install the driver package on the print server and deploy the printer via GPO.',
      ],
    ],
  ),
  article('scan-to-email-fails', 'Scan to email from the copier stopped working', null, 'Printing', [
    [
      'Symptoms',
      'The multifunction printer scanner gives an SMTP or authentication error when sending scans to email.',
    ],
    [
      'Cause',
      'Microsoft 365 turned off basic authentication for SMTP AUTH, or the scanner account password expired.',
    ],
    [
      'Fix',
      '1. Use SMTP relay with a connector for the office public IP, or direct send to smtp host contoso-com.mail.protection.outlook.com on port 25.\n2. Update the scanner address book and test.',
    ],
  ]),
  // VPN
  article('vpn-no-internal-dns', 'VPN connects but internal names do not resolve', null, 'Network', [
    [
      'Symptoms',
      'VPN says connected and the user can ping servers by IP but not by name; the file server or intranet cannot be reached.',
    ],
    ['Cause', 'The VPN adapter got no DNS servers or the Wi-Fi adapter has a lower interface metric.'],
    [
      'Fix',
      '1. Run ipconfig /all and check DNS on the VPN adapter.\n2. Set the VPN adapter interface metric to 1.\n3. ipconfig /flushdns and reconnect.',
    ],
  ]),
  article(
    'vpn-wont-connect',
    'VPN will not connect: authentication failed or gateway timeout',
    null,
    'Network',
    [
      [
        'Symptoms',
        'FortiClient or GlobalProtect fails at 40% or 98%, says credential or permission denied, or the gateway times out.',
      ],
      [
        'Fix',
        '1. Check the account is in the VPN security group and not locked out.\n2. Confirm the MFA push is approved.\n3. Test from a phone hotspot to rule out the home router blocking IPsec.\n4. Reinstall the VPN client if the virtual adapter is missing.',
      ],
    ],
  ),
  article('vpn-drops-frequently', 'VPN disconnects every few minutes', null, 'Network', [
    ['Symptoms', 'The VPN tunnel drops repeatedly, especially on home Wi-Fi.'],
    [
      'Fix',
      '1. Check the Wi-Fi adapter power management setting and disable "allow the computer to turn off this device".\n2. Lower the MTU on the VPN adapter to 1400.\n3. Check idle timeout on the firewall.',
    ],
  ]),
  // Wi-Fi / network
  article(
    'wifi-no-internet-apipa',
    'Wi-Fi connected but "No internet": DHCP failure and 169.254 address',
    null,
    'Network',
    [
      ['Symptoms', 'Laptop connects to Wi-Fi but shows No internet; ipconfig shows a 169.254 APIPA address.'],
      [
        'Cause',
        'The DHCP server did not answer: scope exhausted, DHCP service stopped, or the access point VLAN is wrong.',
      ],
      [
        'Fix',
        '1. Check the DHCP scope for free leases and the DHCP service.\n2. Run ipconfig /release and ipconfig /renew.\n3. Forget and re-add the network.',
      ],
    ],
  ),
  article('wifi-keeps-dropping', 'Wi-Fi keeps disconnecting or is very slow in the office', null, 'Network', [
    ['Symptoms', 'Wireless drops every few minutes or is slow in parts of the office.'],
    [
      'Fix',
      '1. Check signal strength and channel overlap on the access points.\n2. Update the wireless adapter driver.\n3. Disable power saving on the adapter.',
    ],
  ]),
  article('dns-server-failing', 'DNS resolution failures across the office', null, 'Network', [
    ['Symptoms', 'Websites do not load by name for everyone, nslookup times out, internal names fail.'],
    [
      'Fix',
      '1. Check the DNS Server service on the domain controllers.\n2. Check forwarders reach 1.1.1.1 or 8.8.8.8.\n3. Verify DHCP hands out the DC as DNS server, not the router.',
    ],
  ]),
  article('dhcp-scope-exhausted', 'DHCP scope exhausted: new devices get no IP address', null, 'Network', [
    ['Symptoms', 'New laptops, phones or guests cannot get an IP address; DHCP shows 100% in use.'],
    [
      'Fix',
      '1. Shorten the lease duration on the guest scope.\n2. Remove stale leases and unused reservations.\n3. Extend the scope or move guests to their own VLAN.',
    ],
  ]),
  article('internet-outage-office', 'Whole office internet down', null, 'Network', [
    ['Symptoms', 'Nobody in the office can reach the internet; phones and Teams drop.'],
    [
      'Fix',
      '1. Check the firewall WAN interface and the ISP modem lights.\n2. Fail over to the backup LTE link.\n3. Call the ISP with the circuit id from the client runbook.',
    ],
  ]),
  article(
    'mapped-drive-missing',
    'Mapped network drive missing or "Could not reconnect all network drives"',
    null,
    'Network',
    [
      ['Symptoms', 'The S: or H: drive is missing or shows a red X at logon.'],
      [
        'Fix',
        '1. Check the drive mapping GPO or Intune script.\n2. Run net use to see mappings.\n3. Check the user still has share permission and the file server is reachable.',
      ],
    ],
  ),
  // AD
  article('ad-account-lockout', 'Account keeps getting locked out (Active Directory)', null, 'Identity', [
    [
      'Symptoms',
      'User is locked out repeatedly, often minutes after unlocking; event 4740 on the PDC emulator.',
    ],
    [
      'Cause',
      'A device with an old password: phone mail app, mapped drive credential, scheduled task or a disconnected RDP session.',
    ],
    [
      'Fix',
      '1. Find the caller computer in event 4740 on the PDC.\n2. Remove stale credentials on that device (Credential Manager, phone mail profile).\n3. Unlock the account in Active Directory Users and Computers.',
    ],
  ]),
  article(
    'ad-trust-relationship',
    'The trust relationship between this workstation and the primary domain failed',
    null,
    'Identity',
    [
      [
        'Symptoms',
        'Logon fails with "The trust relationship between this workstation and the primary domain failed".',
      ],
      [
        'Fix',
        '1. Log on with a local admin account.\n2. Run Test-ComputerSecureChannel -Repair -Credential domain\\admin.\n3. If that fails, rejoin the computer to the domain.',
      ],
    ],
  ),
  article('new-user-onboarding', 'New starter onboarding checklist', null, 'Process', [
    [
      'Steps',
      '1. Create the AD or Entra account with the naming convention.\n2. Assign a Microsoft 365 license and groups.\n3. Enrol the laptop in Intune via Autopilot.\n4. Set up MFA on the first day with the user present.',
    ],
  ]),
  article('user-offboarding', 'Leaver offboarding: disable account and convert mailbox', null, 'Process', [
    [
      'Steps',
      '1. Disable the account and revoke sessions.\n2. Convert the mailbox to a shared mailbox and grant the manager access.\n3. Remove licenses.\n4. Wipe or retrieve the device.',
    ],
  ]),
  // Windows
  article(
    'slow-logon-gpo',
    'Slow logon: stuck on "Applying group policy" or "Please wait"',
    null,
    'Windows',
    [
      [
        'Symptoms',
        'Logon takes several minutes, stuck on Please wait for the User Profile Service or Applying Group Policy.',
      ],
      [
        'Fix',
        '1. Run gpresult /h to see slow extensions.\n2. Check drive mapping and printer GPOs point to reachable servers.\n3. Check roaming profile size.',
      ],
    ],
  ),
  article(
    'windows-update-failing',
    'Windows Update fails or is stuck (0x80070002, 0x800f0922)',
    null,
    'Windows',
    [
      [
        'Symptoms',
        'Updates fail to install, error 0x80070002 or 0x800f0922, or they are stuck at a percentage.',
      ],
      [
        'Fix',
        '1. Run the Windows Update troubleshooter.\n2. Stop wuauserv and bits and rename SoftwareDistribution.\n3. Run DISM /Online /Cleanup-Image /RestoreHealth and sfc /scannow.\n4. Check free disk space.',
      ],
    ],
  ),
  article('disk-full-cleanup', 'Low disk space on C: drive', null, 'Windows', [
    ['Symptoms', 'C: is red in Explorer, apps fail to save, updates fail due to low disk space.'],
    [
      'Fix',
      '1. Run Disk Cleanup with system files.\n2. Clear the WinSxS store with DISM /StartComponentCleanup.\n3. Move large user folders to OneDrive with Files On-Demand.',
    ],
  ]),
  article('bsod-troubleshooting', 'Blue screen (BSOD) crashes: triage minidumps', null, 'Windows', [
    [
      'Symptoms',
      'Computer restarts with a blue screen stop code such as DRIVER_IRQL_NOT_LESS_OR_EQUAL or CRITICAL_PROCESS_DIED.',
    ],
    [
      'Fix',
      '1. Collect C:\\Windows\\Minidump and analyse with WinDbg !analyze -v.\n2. Update the driver named in the dump (often display or network).\n3. Run memory diagnostics.',
    ],
  ]),
  article('bitlocker-recovery', 'BitLocker recovery key prompt at boot', null, 'Windows', [
    ['Symptoms', 'Laptop asks for the BitLocker recovery key after a BIOS update or docking change.'],
    [
      'Fix',
      '1. Verify the user identity.\n2. Find the key in Entra admin center > Devices > BitLocker keys or in AD.\n3. Read the 48-digit key to the user; suspend BitLocker before BIOS updates.',
    ],
  ]),
  article('laptop-slow-performance', 'Computer running slow: high CPU, disk or memory', null, 'Windows', [
    ['Symptoms', 'PC is very slow, fans loud, Task Manager shows 100% disk or CPU.'],
    [
      'Fix',
      '1. Check Task Manager for the top process.\n2. Disable startup apps.\n3. Check for a failing disk with SMART.\n4. Consider an SSD or memory upgrade for old machines.',
    ],
  ]),
  article('rdp-cannot-connect', 'Remote Desktop cannot connect to the office PC', null, 'Windows', [
    ['Symptoms', 'Remote Desktop Connection says "Remote Desktop can\'t connect to the remote computer".'],
    [
      'Fix',
      '1. Check the PC is on and awake (power plan sleep).\n2. Check the user is in Remote Desktop Users.\n3. Connect over VPN or the RD Gateway; RDP is never exposed to the internet.',
    ],
  ]),
  // Backups
  article('backup-job-failed', 'Backup job failed alert (Veeam)', null, 'Backup', [
    ['Symptoms', 'Nightly Veeam backup job reports Failed or Warning; the RMM raised a backup alert.'],
    [
      'Fix',
      '1. Open the job session log and read the first error.\n2. Common causes: VSS writer failed, repository full, credentials expired.\n3. Run vssadmin list writers on the guest.\n4. Retry the job and confirm the restore point.',
    ],
  ]),
  article('backup-restore-file', 'Restore files from a server backup', null, 'Backup', [
    [
      'Steps',
      '1. In Veeam use File Level Restore for the VM.\n2. Pick the restore point before the deletion.\n3. Restore to the original location with "keep" to avoid overwriting.',
    ],
  ]),
  article(
    'm365-backup-restore',
    'Restore deleted mailbox items or OneDrive from the Microsoft 365 backup',
    null,
    'Backup',
    [
      [
        'Steps',
        '1. Open the M365 backup portal.\n2. Search the user mailbox or OneDrive by date.\n3. Restore to the original location or export to PST.',
      ],
    ],
  ),
  // LOB apps
  article(
    'quickbooks-multi-user',
    'QuickBooks cannot open company file in multi-user mode (H202/H505)',
    null,
    'Applications',
    [
      ['Symptoms', 'QuickBooks error H202 or H505 when switching to multi-user mode on a workstation.'],
      [
        'Fix',
        '1. Check QuickBooks Database Server Manager is running on the file server and has scanned the folder.\n2. Open firewall ports 8019 and 55378-55382.\n3. Check the QBDataServiceUser has folder permissions.',
      ],
    ],
  ),
  article('adobe-pdf-sign-in', 'Adobe Acrobat asks to sign in or shows trial expired', null, 'Applications', [
    ['Symptoms', 'Acrobat Pro shows "trial expired" or keeps asking to sign in.'],
    [
      'Fix',
      '1. Check the user has an Acrobat license in the Adobe Admin Console.\n2. Sign out and in with the work email.\n3. Repair the installation.',
    ],
  ]),
  article(
    'browser-certificate-error',
    'Browser shows "Your connection is not private" certificate error',
    null,
    'Applications',
    [
      [
        'Symptoms',
        'Chrome or Edge shows NET::ERR_CERT_DATE_INVALID or a certificate warning on an internal site.',
      ],
      [
        'Fix',
        '1. Check the PC clock and time zone.\n2. Check the site certificate expiry.\n3. For internal sites make sure the internal CA root is deployed by GPO.',
      ],
    ],
  ),
  // Client runbooks: Contoso
  article(
    'contoso-vpn-meraki',
    'Contoso: Client VPN (Meraki AnyConnect) runbook',
    CLIENTS.contoso,
    'Contoso',
    [
      [
        'Overview',
        'Contoso uses Cisco Secure Client (AnyConnect) to the Meraki MX at vpn.contoso.example. Users authenticate with Entra ID SAML and MFA.',
      ],
      [
        'Troubleshooting',
        '1. Confirm the user is in the CONTOSO-VPN-Users group.\n2. Check the Meraki event log for the SAML assertion failure.\n3. Reinstall Cisco Secure Client from the Company Portal.',
      ],
    ],
  ),
  article('contoso-sage-payroll', 'Contoso: Sage 50 payroll will not open', CLIENTS.contoso, 'Contoso', [
    ['Symptoms', 'Sage 50 Payroll at Contoso fails with "data path not found" or hangs on the login screen.'],
    [
      'Fix',
      '1. Check the P: drive mapping to \\\\CON-FS01\\Sage.\n2. Check the Sage data service on CON-FS01.\n3. Only the finance team (CONTOSO-Finance) has access.',
    ],
  ]),
  article(
    'contoso-printer-konica',
    'Contoso: Konica Minolta copier on the first floor',
    CLIENTS.contoso,
    'Contoso',
    [
      [
        'Overview',
        'The first-floor Konica Minolta bizhub C300i is at 10.20.1.50 and prints via the CON-PRINT01 server with follow-me card release.',
      ],
      [
        'Troubleshooting',
        '1. Jobs not releasing: restart the PaperCut service on CON-PRINT01.\n2. Card not recognised: re-register the badge at the copier.',
      ],
    ],
  ),
  article('contoso-isp-outage', 'Contoso: Internet circuit and failover', CLIENTS.contoso, 'Contoso', [
    [
      'Overview',
      'Contoso head office has a 500 Mbps fibre from BT (circuit id BT-445-2291) and a 4G failover on the Meraki MX.',
    ],
    [
      'Outage',
      '1. Check the Meraki dashboard uplink status.\n2. Call BT business fault line with the circuit id.\n3. Tell the office manager the failover is limited to 50 Mbps.',
    ],
  ]),
  // Fabrikam
  article('fabrikam-vpn-fortinet', 'Fabrikam: FortiClient VPN runbook', CLIENTS.fabrikam, 'Fabrikam', [
    [
      'Overview',
      'Fabrikam remote staff use FortiClient to the FortiGate 100F at remote.fabrikam.example with LDAP and FortiToken.',
    ],
    [
      'Troubleshooting',
      '1. Check the FortiToken is assigned and not locked.\n2. Check the user is in the SSLVPN-Fabrikam group.\n3. Reset the token on the FortiGate if the code is rejected.',
    ],
  ]),
  article('fabrikam-erp-dynamics', 'Fabrikam: Dynamics GP login failures', CLIENTS.fabrikam, 'Fabrikam', [
    [
      'Symptoms',
      'Dynamics GP says "login failed" or "A get/change operation on table SY_Users failed" at Fabrikam.',
    ],
    [
      'Fix',
      '1. Check SQL Server service on FAB-SQL01.\n2. Reset the GP user password in GP Administration.\n3. Check the ODBC DSN points at FAB-SQL01.',
    ],
  ]),
  article(
    'fabrikam-plotter',
    'Fabrikam: HP DesignJet plotter in the engineering office',
    CLIENTS.fabrikam,
    'Fabrikam',
    [
      [
        'Overview',
        'The HP DesignJet T830 plotter is at 192.168.10.40 and prints AutoCAD drawings from the engineering team.',
      ],
      [
        'Troubleshooting',
        '1. Paper roll errors: reload the roll and calibrate.\n2. Jobs stuck: clear the queue on FAB-PRINT01 and power cycle the plotter.',
      ],
    ],
  ),
  article('fabrikam-autocad-license', 'Fabrikam: AutoCAD license error', CLIENTS.fabrikam, 'Fabrikam', [
    ['Symptoms', 'AutoCAD says "license not available" or "no licenses left" at Fabrikam.'],
    [
      'Fix',
      '1. Check the user is assigned in Autodesk Account.\n2. Sign out of Autodesk Access and sign in again.\n3. Check Autodesk licensing service is running.',
    ],
  ]),
  // Northwind
  article(
    'northwind-pos-terminal',
    'Northwind: POS terminal offline in store',
    CLIENTS.northwind,
    'Northwind',
    [
      [
        'Symptoms',
        'The Lightspeed POS till in a Northwind store shows offline or cannot take card payments.',
      ],
      [
        'Fix',
        '1. Check the store router and the POS VLAN.\n2. Restart the Lightspeed app and the card terminal.\n3. Switch card payments to the 4G backup terminal.',
      ],
    ],
  ),
  article(
    'northwind-warehouse-scanner',
    'Northwind: Zebra handheld scanners not connecting to Wi-Fi',
    CLIENTS.northwind,
    'Northwind',
    [
      [
        'Symptoms',
        'Zebra TC52 scanners in the Northwind warehouse lose the NW-WH wireless network or cannot sync orders.',
      ],
      [
        'Fix',
        '1. Check the scanner profile uses WPA2-Enterprise with the warehouse certificate.\n2. Renew the certificate in StageNow if expired.\n3. Reboot the warehouse access points.',
      ],
    ],
  ),
  article(
    'northwind-shared-mailbox-orders',
    'Northwind: orders@ shared mailbox',
    CLIENTS.northwind,
    'Northwind',
    [
      [
        'Overview',
        'orders@northwind.example is a shared mailbox used by the sales desk; access via the NW-Orders group.',
      ],
      [
        'Troubleshooting',
        '1. Missing in Outlook: add the user to NW-Orders and wait for automapping.\n2. Sent items go to the user: set MessageCopyForSentAsEnabled.',
      ],
    ],
  ),
];
