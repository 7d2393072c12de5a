/**
 * Set N: a blind labelled KB set, written without reading the search code or any other set.
 * An Ontario MSP's SharePoint/Hudu knowledge base: generic runbooks plus four clients' own runbooks.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_N_CLIENTS = {
  kinetic: 'Kinetic Physiotherapy Group',
  brennan: 'Brennan & Okafor LLP',
  northshore: 'Northshore Freight Lines',
  library: 'Elgin Falls Public Library',
} as const;

const { kinetic, brennan, northshore, library } = SET_N_CLIENTS;

export const SET_N_ARTICLES: readonly BenchArticle[] = [
  // Microsoft 365
  article(
    'n-outlook-profile',
    'Outlook desktop stuck on "Loading Profile" or looping credential prompts',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Classic Outlook (M365 Apps) hangs on the splash screen at "Loading Profile", opens in "Disconnected" / "Trying to connect", or keeps popping the Windows Security password box even after the user types the right password. Often starts after a password change or a new device join.',
      ],
      [
        'Fix',
        '1. Close Outlook, end any OUTLOOK.EXE in Task Manager.\n2. Credential Manager > Windows Credentials: remove every entry starting with MicrosoftOffice16_Data and ADAL.\n3. Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile, set "Always use this profile".\n4. Launch Outlook, let the new OST build (cached mode 12 months). Remove the old profile once mail is confirmed.\n5. If prompts continue, check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity for DisableADALatopWAMOverride and remove it.',
      ],
      [
        'Escalate',
        'If OWA also fails, treat as an account issue (sign-in logs, conditional access), not a profile issue.',
      ],
    ],
  ),
  article(
    'n-outlook-search',
    'Outlook search returns nothing or only old mail',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Searching in Outlook shows "We couldn\'t find what you were looking for", only results older than a few weeks, or "Search results may be incomplete because items are still being indexed".',
      ],
      [
        'Cause',
        'Windows Search index is corrupt or Outlook is excluded from indexing. Mailboxes over 50 GB cached can also exceed what the local index handles well.',
      ],
      [
        'Fix',
        'Control Panel > Indexing Options > Modify: make sure Microsoft Outlook is ticked. Advanced > Rebuild (takes hours on big mailboxes; leave the PC on). Check services: Windows Search running, Automatic (Delayed). Quick test: search the same thing in OWA; if OWA finds it the mailbox is fine and only the local index is broken. As a workaround set File > Options > Search to "All mailboxes" and use server search.',
      ],
    ],
  ),
  article(
    'n-mailbox-archive',
    'Mailbox full: quota warnings and enabling the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'User gets "Your mailbox is almost full" or cannot send (ProhibitSendQuota). Business Standard / E3 mailboxes are 50 GB / 100 GB.',
      ],
      [
        'Fix',
        'Exchange admin center > Mailboxes > user > Others > Manage mailbox archive > Enable. Apply our default retention policy "MSP - Move to Archive after 2 years" (Set-Mailbox -RetentionPolicy). Kick the Managed Folder Assistant: Start-ManagedFolderAssistant -Identity user@domain. The In-Place Archive folder appears in Outlook within a few hours; items move over the next 1-2 days. Tell the user to empty Deleted Items and Recoverable Items does not count against them after retention.',
      ],
      [
        'Notes',
        'Auto-expanding archive needs E3/Exchange Online Plan 2 or the Archiving add-on. Do not tell users to export PSTs.',
      ],
    ],
  ),
  article(
    'n-shared-calendar',
    'Shared calendars and delegate access not showing or not updating',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        "Someone shared a calendar but it never appears, shows as blank/only free-busy, or an assistant cannot create meetings on the boss's calendar.",
      ],
      [
        'Fix',
        'Check the permission: Add-MailboxFolderPermission -Identity boss@domain:\\Calendar -User assistant@domain -AccessRights Editor (use -SharingPermissionFlags Delegate for delegates who receive invites). In Outlook make sure "Turn on shared calendar improvements" is enabled (File > Account Settings > Account > Change > More Settings > Advanced). Remove and re-add the calendar from Add Calendar > From Address Book. Room and resource calendars are handled with Set-CalendarProcessing, not folder permissions.',
      ],
    ],
  ),
  article(
    'n-teams-client',
    'Teams chats not loading, missing messages and meeting audio/video problems',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'New Teams shows spinning chats, old messages missing, status stuck, or in meetings others cannot hear the user / the camera shows black.',
      ],
      [
        'Fix',
        'Clear the cache: quit Teams, delete %LocalAppData%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams, relaunch. For audio, Teams Settings > Devices: pick the headset explicitly, not "Default"; make a test call. Check Windows Sound > Recording that the mic level is not zero and exclusive mode is off. Sign out/in if presence is stuck for more than an hour.',
      ],
      [
        'Escalate',
        'Tenant-wide chat outages: check the M365 Service Health dashboard before touching endpoints.',
      ],
    ],
  ),
  article(
    'n-teams-rooms',
    'Teams Rooms console not joining meetings or showing "Signed out"',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Environment',
        'Boardroom Teams Rooms on Windows (Lenovo ThinkSmart / Logitech Tap) using a resource account with a Teams Rooms Pro licence.',
      ],
      [
        'Symptoms',
        'Tap panel shows "Sign-in failed" or no meetings on the calendar, Join button missing, or the front-of-room display is black.',
      ],
      [
        'Fix',
        'Check the resource account password has not expired (set PasswordNeverExpires) and that it is excluded from MFA conditional access. Confirm Set-CalendarProcessing -AutomateProcessing AutoAccept and -ProcessExternalMeetingMessages $true. Restart the console from the Teams Rooms Pro portal or hold the power button. HDMI ingest/front display black: reseat HDMI at the compute unit, then power-cycle the TV.',
      ],
    ],
  ),
  article(
    'n-onedrive-kfm',
    'OneDrive Known Folder Move: desktop and documents redirected to OneDrive',
    null,
    'Microsoft 365/OneDrive',
    [
      [
        'Symptoms',
        'After onboarding to OneDrive the user says their desktop "emptied" or files "disappeared into the cloud"; icons show blue clouds; or OneDrive reports "We couldn\'t move your folders" (error 0x8007016A or a file too large / blocked type).',
      ],
      [
        'Cause',
        'KFM policy silently moved Desktop, Documents and Pictures into C:\\Users\\name\\OneDrive - Company. Files are still there; Files On-Demand shows them as cloud-only placeholders.',
      ],
      [
        'Fix',
        'Show the user OneDrive - Company\\Desktop. Right-click a folder > Always keep on this device if they need offline copies. For move failures, open OneDrive Settings > Sync and backup > Manage backup and retry; rename files with invalid characters or .pst files blocking the move. Never disable KFM per user without approval.',
      ],
    ],
  ),
  article(
    'n-sharepoint-access',
    'SharePoint site or Teams files: access denied and access requests',
    null,
    'Microsoft 365/SharePoint',
    [
      [
        'Symptoms',
        '"You need permission to access this item", "Access denied", or a user can see the team in Teams but the Files tab says they do not have access.',
      ],
      [
        'Fix',
        'Find the site owner (site > Settings > Site permissions). Add the user to the Microsoft 365 group (Members) rather than granting item-level permissions. If they were just added, wait 15-30 minutes or have them sign out of Teams. Pending access requests: site settings > Access requests and invitations. Check the user is not signed in with a personal or different tenant account in the browser (InPrivate test).',
      ],
    ],
  ),
  article(
    'n-licence-assign',
    'Office apps say "Unlicensed Product" or a user is missing a licence',
    null,
    'Microsoft 365/Admin',
    [
      [
        'Symptoms',
        'Word/Excel show a red "Unlicensed Product" or "Product Deactivated" bar, a new user has no mailbox, or Teams says "You\'re missing out! Ask your admin to enable Microsoft Teams".',
      ],
      [
        'Fix',
        'M365 admin center > Users > Active users > user > Licenses and apps. Licences are assigned by group at most clients (Entra group "LIC-M365-BusinessPremium"); add the user to the group rather than direct assign. Check there are free seats under Billing > Your products; if none, raise a purchase request with the client contact. After assigning, in Office: File > Account > Sign out, sign back in. Reset activation with the Microsoft Support and Recovery Assistant if it persists.',
      ],
    ],
  ),
  // Entra ID
  article('n-sspr', 'Self-service password reset (SSPR) for locked-out or expired users', null, 'Entra ID', [
    [
      'Environment',
      'Entra ID SSPR with password writeback through Entra Connect Sync for hybrid clients. Users register at aka.ms/mysecurityinfo.',
    ],
    [
      'Fix',
      'Direct the user to https://passwordreset.microsoftonline.com from any browser or the "Can\'t sign in?" link on the Windows lock screen (Intune-joined devices). They verify with their Authenticator app or phone. If writeback fails ("We\'re sorry, we cannot reset your password at this time"), check the Entra Connect server service health and that SSPR writeback is enabled. Locked account (AD lockout) after reset: unlock in ADUC, it will not clear by itself for 30 min.',
    ],
    [
      'Escalate',
      'If the user has no registered methods, verify identity by calling back the number in the PSA, then reset from the admin center and set "require change at next sign-in".',
    ],
  ]),
  article('n-mfa-reregister', 'MFA re-registration after a new or lost phone', null, 'Entra ID', [
    [
      'Symptoms',
      'User got a new phone, reset their phone, or deleted the Authenticator app and now cannot approve sign-ins; codes from the old device are gone.',
    ],
    [
      'Fix',
      'Verify identity by call-back to the number on file. Entra admin center > Users > user > Authentication methods > Require re-register multifactor authentication, and delete the old Authenticator device. Issue a Temporary Access Pass (1 hour, single use) so they can sign in to aka.ms/mysecurityinfo and add Authenticator on the new phone. Remind them to enable iCloud/Android backup in Authenticator.',
    ],
    ['Notes', 'Never remove MFA "temporarily" or exclude the user from conditional access to get them in.'],
  ]),
  article(
    'n-ca-block',
    'Conditional access blocks: "You can\'t get there from here" and error 53003',
    null,
    'Entra ID',
    [
      [
        'Symptoms',
        'Sign-in shows "You can\'t get there from here", "Your sign-in was successful but does not meet the criteria to access this resource", AADSTS53003 or 53000.',
      ],
      [
        'Cause',
        'A conditional access policy blocked it: sign-in from outside Canada/US (named locations), a personal unmanaged device, or a legacy client.',
      ],
      [
        'Fix',
        'Entra > Sign-in logs > find the failure > Conditional Access tab shows which policy. Travel: add the user to "CA-Exclude-Travel" with an end date approved by the client contact. Unmanaged device: user must use the browser (web apps only) or enrol the device. Do not exclude users permanently.',
      ],
    ],
  ),
  article('n-guest-access', 'Inviting external guests to Teams and SharePoint', null, 'Entra ID', [
    [
      'Symptoms',
      'External person cannot open a shared link ("The account does not exist in tenant"), never received the invite, or lands in a loop of verification codes.',
    ],
    [
      'Fix',
      'Check the SharePoint external sharing level for the site (SharePoint admin > Active sites > Sharing) allows "New and existing guests". Invite from Teams (Add member > enter email) or Entra > Users > Invite external user. The guest must redeem the invite with the same email address it was sent to; tell them to check junk and to use InPrivate if their own work account interferes. Guests from tenants with their own MFA policy may need cross-tenant access trust settings.',
    ],
  ]),
  // Intune / Autopilot
  article('n-autopilot-enrol', 'Autopilot and Intune enrolment failures', null, 'Intune', [
    [
      'Symptoms',
      'New laptop OOBE shows "Something went wrong" with 80180014, 80180018 or 0x801c03ed, sits forever at "Securing your hardware" (0x800705b4), or the user gets "This device is already enrolled by another organization".',
    ],
    [
      'Fix',
      '80180014: the device is blocked in Intune > Devices > Enrollment restrictions, or was deleted and needs its old Intune record removed. 0x801c03ed: the device object was deleted in Entra; delete the Autopilot record and re-import the hardware hash. 80180018: user has no Intune licence. TPM timeout: update the BIOS/TPM firmware and retry. Check that the hardware hash is registered and a profile is "Assigned" before shipping.',
    ],
    [
      'Escalate',
      '"Managed by another organization" means the reseller did not release the device: open a case with the vendor.',
    ],
  ]),
  article(
    'n-intune-compliance',
    'Device shows "not compliant" and company resources are blocked',
    null,
    'Intune',
    [
      [
        'Symptoms',
        'User gets "Your device is required to be compliant" or "Check status in Company Portal" when opening Outlook, Teams or SharePoint.',
      ],
      [
        'Fix',
        'Intune > Devices > device > Device compliance shows the failing setting. Common ones: BitLocker not enabled, OS below minimum build, Defender real-time protection off, password policy not met. Fix the setting, then in Company Portal > Devices > Check status (or Settings > Accounts > Access work or school > Info > Sync). Compliance can take up to 8 hours; grace period is 24 hours at most clients.',
      ],
    ],
  ),
  // Windows endpoints
  article('n-feature-update', 'Windows feature update fails or keeps rolling back', null, 'Windows', [
    [
      'Symptoms',
      'The Windows 11 24H2 update downloads, reboots, then "We couldn\'t complete the updates. Undoing changes", or Windows Update shows 0x800f0922, 0xc1900101 or 0x80070070.',
    ],
    [
      'Fix',
      '0x80070070: not enough space, clear 20 GB (Disk Cleanup > system files). 0xc1900101: driver problem, update chipset/storage/display drivers with the vendor tool (Lenovo Vantage/Dell Command Update) and unplug docks. 0x800f0922: VPN or the System Reserved partition; disconnect VPN and retry. Run the Windows Update troubleshooter, then DISM /Online /Cleanup-Image /RestoreHealth and sfc /scannow. Last resort: in-place upgrade with the Windows 11 Installation Assistant keeping files and apps.',
    ],
    ['Notes', 'Updates are rings in Intune; check the device is not paused before blaming the machine.'],
  ]),
  article('n-bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Windows', [
    [
      'Symptoms',
      'Blue screen at boot asking for a 48-digit recovery key with a Key ID, usually after a BIOS update, docking change, or TPM reset.',
    ],
    [
      'Fix',
      'Verify the caller (call-back). Get the key: Intune > Devices > device > Recovery keys, or Entra > Devices > BitLocker keys, or ADUC BitLocker Recovery tab for on-prem. Match the first 8 characters of the Key ID. Read it in groups of six. After boot, run manage-bde -protectors -get C: and if it keeps prompting, suspend and resume BitLocker (manage-bde -protectors -disable C: -RebootCount 1) and update BIOS.',
    ],
    [
      'Escalate',
      'No key escrowed anywhere: the data is unrecoverable; escalate to the account manager before telling the client.',
    ],
  ]),
  article('n-start-search', 'Start menu or Windows search not opening or not finding apps', null, 'Windows', [
    [
      'Symptoms',
      'Clicking Start does nothing, the search box will not accept typing, search results are blank, or the taskbar is frozen.',
    ],
    [
      'Fix',
      'Restart Windows Explorer from Task Manager. Then restart the "Windows Search" service. In PowerShell as the user: Get-AppxPackage Microsoft.Windows.StartMenuExperienceHost | Reset-AppxPackage. Run sfc /scannow. If it started after a cumulative update, check for a newer one. New profile test: if a different user works, rebuild the profile. Do not use registry "fixes" from forums.',
    ],
  ]),
  article('n-slow-boot', 'Slow startup and slow logon on Windows laptops', null, 'Windows', [
    [
      'Symptoms',
      'Laptop takes 5+ minutes from power on to usable desktop, sits on "Welcome" or "Preparing Windows", or the fans spin and the disk is at 100% after logon.',
    ],
    [
      'Fix',
      'Task Manager > Startup apps: disable non-essential ones (Spotify, Adobe updaters, vendor bloat). Check Event Viewer > Diagnostics-Performance > Operational, event 100 for boot duration and 101-110 for the culprit. Long "Welcome" on domain PCs: mapped drives to dead servers, GPO drive maps without "Reconnect"; check gpresult. Confirm the disk is SSD and has 15% free. Fast Startup off is fine. RMM: check for stuck patches pending reboot.',
    ],
  ]),
  article('n-printer-mapping', 'Office printers missing or not mapping on Windows PCs', null, 'Printing', [
    [
      'Environment',
      'Printers deployed by Universal Print (cloud clients) or GPO Deployed Printers from the print server (on-prem clients).',
    ],
    [
      'Symptoms',
      'Printer not in the list on a new laptop, shows "Offline", or jobs sit in the queue. Users moving between floors see the wrong default.',
    ],
    [
      'Fix',
      'Universal Print: Settings > Bluetooth & devices > Printers > Add device, search the org; check the user is in the printer share group. GPO: gpupdate /force, then \\\\printserver\\ and double-click. Offline: ping the printer IP, reprint test page from the web panel. Clear stuck queue: stop Spooler, delete C:\\Windows\\System32\\spool\\PRINTERS\\*, start Spooler. Driver prompts "Do you trust this printer" need the PointAndPrint policy, not local admin.',
    ],
  ]),
  article('n-wifi-driver', 'Wi-Fi disconnects or "No internet, secured" on laptops', null, 'Windows', [
    [
      'Symptoms',
      'Wi-Fi drops every few minutes, shows connected with the globe/no internet icon, or the adapter disappears after sleep. Others in the same spot are fine.',
    ],
    [
      'Fix',
      'Update the Wi-Fi driver from the laptop vendor (Intel AX211 drivers older than 23.x are a known cause). Device Manager > adapter > Power Management: untick "Allow the computer to turn off this device". Forget the network and rejoin. netsh winsock reset and netsh int ip reset, reboot. If it is one building zone, check the AP in UniFi/Meraki for interference before touching the laptop.',
    ],
  ]),
  article('n-monitors-dock', 'External monitors not detected through the dock', null, 'Windows', [
    [
      'Symptoms',
      'One or both monitors stay black on the USB-C/Thunderbolt dock, displays mirror instead of extend, or screens flicker/wrong resolution.',
    ],
    [
      'Fix',
      "Unplug the dock power for 30 s and reconnect. Update dock firmware (Dell WD19/WD22 via Dell Command Update, Lenovo via Vantage) and the laptop's graphics driver. Win+P > Extend. Settings > Display > Detect. DisplayLink docks need the DisplayLink Manager installed. Use the monitor's own input button to select DP/HDMI. Daisy-chained monitors need DP MST enabled in the monitor menu.",
    ],
  ]),
  article('n-webcam', 'Webcam not working in any app', null, 'Windows', [
    [
      'Symptoms',
      'Camera shows black, a crossed-out camera icon, "We can\'t find your camera" (0xA00F4244), or works in the Camera app but not in meetings.',
    ],
    [
      'Fix',
      'Check the physical privacy shutter or the F-key camera toggle (Lenovo F8/HP F10). Settings > Privacy & security > Camera: Camera access On, "Let desktop apps access your camera" On. Device Manager: if under "Cameras" with a warning, uninstall and scan for hardware changes. Only one app can use the camera at a time; close other meeting apps. On docked setups choose the right camera in the app settings.',
    ],
  ]),
  // macOS
  article('n-mac-filevault', 'FileVault on managed Macs: enabling and recovery keys', null, 'macOS', [
    [
      'Environment',
      'Macs enrolled in Intune (or Jamf for some clients) with FileVault enforced and the personal recovery key escrowed.',
    ],
    [
      'Symptoms',
      'Mac asks for a recovery key after a forgotten password or macOS update, or compliance says FileVault is off.',
    ],
    [
      'Fix',
      'Recovery key: Intune > Devices > macOS > device > Recovery keys (Jamf: Inventory > Disk Encryption). Verify identity first. At the login window enter the key after three wrong passwords, then set a new password. Not encrypted: user must log out and in to get the deferred FileVault prompt; check the configuration profile is installed in System Settings > Privacy & Security > Profiles.',
    ],
  ]),
  article('n-mac-outlook', 'Outlook for Mac not syncing or asking for password', null, 'macOS', [
    [
      'Symptoms',
      'New Outlook for Mac shows mail from days ago, folders empty, or keeps asking to sign in. Calendar missing shared calendars.',
    ],
    [
      'Fix',
      'Update Outlook via Microsoft AutoUpdate. Open Keychain Access, search "Exchange" and "MicrosoftOffice" and delete those entries, then relaunch. Remove the account (Outlook > Settings > Accounts > minus) and re-add it. Last resort: reset with the Outlook Reset tool or delete ~/Library/Group Containers/UBF8T346G9.Office/Outlook/Outlook 15 Profiles. Legacy Outlook only supports shared calendars by adding them under the account.',
    ],
  ]),
  // Networking
  article('n-vpn-client', 'Remote access VPN (FortiClient) will not connect', null, 'Networking/VPN', [
    [
      'Environment',
      'Standard MSP stack: FortiGate SSL-VPN or IPsec dial-up with FortiClient VPN, SAML sign-in with Entra MFA.',
    ],
    [
      'Symptoms',
      'FortiClient stops at 40% or 98%, "Credential or SSLVPN configuration is wrong (-7200)", "Unable to establish the VPN connection (-14)", or connects but no drives/servers.',
    ],
    [
      'Fix',
      '40%/-7200: check the user is in the VPN group and their password/MFA works in a browser. 98%: reinstall the FortiClient virtual adapter (repair install). -14: hotel/guest Wi-Fi blocking; try phone hotspot. Connected but no resources: ping server by IP vs name (DNS), reconnect mapped drives. Home network using the same subnet as the office (192.168.1.x) breaks routing; note it and escalate.',
    ],
  ]),
  article('n-vpn-s2s', 'Site-to-site VPN tunnel between offices down', null, 'Networking/VPN', [
    [
      'Symptoms',
      'Branch cannot reach the head-office file server or printers; one-way traffic; FortiGate IPsec Monitor shows phase 2 down.',
    ],
    [
      'Fix',
      'FortiGate: VPN > IPsec Tunnels, bring up. Check the WAN IP on both ends has not changed (dynamic IPs from Bell/Rogers business break tunnels). diagnose vpn ike gateway list and diagnose debug application ike -1 for phase 1 mismatches. Phase 2 selectors must match both sides. Flush: diagnose vpn tunnel flush <name>.',
    ],
    ['Escalate', 'If the ISP is down at either end, open an ISP ticket and follow the ISP failover article.'],
  ]),
  article('n-dns', 'Internal names not resolving (DNS)', null, 'Networking', [
    [
      'Symptoms',
      'Websites work but \\\\fileserver or the intranet name does not, "DNS_PROBE_FINISHED_NXDOMAIN", or everything is slow to start loading.',
    ],
    [
      'Fix',
      'ipconfig /all: DNS servers must be the DCs (10.x.x.10/11), never 8.8.8.8 on domain PCs. nslookup fileserver and nslookup fileserver <dc-ip>. ipconfig /flushdns. On the DC check DNS Server service and event log; forwarders to 1.1.1.1/9.9.9.9. Stale records: scavenging enabled 7 days. On VPN check the FortiClient DNS suffix is pushed.',
    ],
  ]),
  article('n-dhcp-scope', 'Devices get 169.254 addresses: DHCP scope full', null, 'Networking', [
    [
      'Symptoms',
      'New devices or phones join but show "No internet", ipconfig shows 169.254.x.x (APIPA), usually mornings when everyone arrives.',
    ],
    ['Cause', 'DHCP scope exhausted: guest phones and IoT using leases, 8-day lease on a /24.'],
    [
      'Fix',
      'DHCP console (or FortiGate > DHCP monitor): check free addresses. Shorten lease to 1 day, move guests to the guest VLAN scope, delete stale leases. If usage is genuinely near 254, plan a /23 (change window, update firewall). Check for a rogue DHCP server (a consumer router plugged in) with ipconfig /all showing an unexpected DHCP server.',
    ],
  ]),
  article('n-guest-wifi', 'Guest Wi-Fi: password, captive portal and isolation', null, 'Networking/Wi-Fi', [
    [
      'Environment',
      'Guest SSID on a separate VLAN with client isolation and a 25 Mbps per-client limit; PSK rotated monthly by RMM script and emailed to office managers.',
    ],
    [
      'Fix',
      "Guest cannot connect: confirm they have this month's password from the office manager. Splash/captive page not appearing: open http://neverssl.com. Guests cannot print or cast: expected, isolation is by design. Staff devices must never use guest Wi-Fi. Change the PSK early: UniFi/Meraki dashboard > SSID > security, update the office manager.",
    ],
  ]),
  article('n-isp-failover', 'Internet down: ISP failover to the backup line', null, 'Networking', [
    [
      'Symptoms',
      'Whole office has no internet, or it is slow and the RMM alert "WAN1 down" fired. Phones (VoIP) may drop calls.',
    ],
    [
      'Fix',
      "FortiGate SD-WAN: Network > SD-WAN shows member status. If WAN1 is down, confirm traffic moved to WAN2 (LTE or second ISP); VoIP rules may need the performance SLA to fail over. Power-cycle the ISP modem (Bell Giga Hub / Rogers) only after checking lights. Open a ticket with the ISP with the circuit ID from the client's Hudu page. Fail back is automatic; verify after repair.",
    ],
  ]),
  // Servers and backup
  article('n-file-quota', 'File server share full or FSRM quota reached', null, 'Servers', [
    [
      'Symptoms',
      'Saving to the S: or P: drive fails with "There is not enough space on the disk" although the PC has space, or users get FSRM quota emails.',
    ],
    [
      'Fix',
      'File Server Resource Manager > Quotas: find the folder quota at 100%. Temporary raise by 10% with client approval. Run a storage report (Large Files, Duplicate Files) and send to the client contact. Check the volume itself in Disk Management; extend if VM has headroom. Never delete client data to free space.',
    ],
  ]),
  article(
    'n-shadow-copies',
    'Restoring deleted or overwritten files from Previous Versions',
    null,
    'Servers',
    [
      [
        'Symptoms',
        "User deleted a folder on the shared drive or saved over a spreadsheet and needs yesterday's version.",
      ],
      [
        'Fix',
        'Shadow copies run at 07:00 and 12:00 on file servers. Right-click the folder (parent folder for deleted items) > Properties > Previous Versions, open the snapshot, copy the file out to a new name. If Previous Versions is empty, check VSS on the server (vssadmin list shadows) and restore from Veeam instead (File-level restore). OneDrive/SharePoint files: use version history or the site recycle bin, not shadow copies.',
      ],
    ],
  ),
  article('n-veeam-failure', 'Veeam backup job failed or finished with warning', null, 'Servers/Backup', [
    [
      'Symptoms',
      'Morning report shows a Veeam Backup & Replication job Failed or Warning: "Failed to create VM snapshot", "Unable to allocate processing resources", repository out of space, or the offsite copy job to Wasabi failed.',
    ],
    [
      'Fix',
      'Snapshot errors: check VSS writers on the guest (vssadmin list writers) and restart the failing writer service. Space: check the repository, confirm retention, remove orphaned restore points via Backups > Disk > Delete from disk. Offsite: check the internet and the Wasabi bucket credentials. Retry the job and confirm success before closing the alert.',
    ],
    ['Escalate', 'Two consecutive failures on the same job go to the backup team queue.'],
  ]),
  article('n-dc-timesync', 'Clock wrong on PCs and domain controller time sync', null, 'Servers', [
    [
      'Symptoms',
      'PC clocks drift by minutes, Outlook reminders off, or sign-in errors "The time difference between this computer and the domain controller" / Kerberos KRB_AP_ERR_SKEW.',
    ],
    [
      'Fix',
      'The PDC emulator must sync from external NTP: w32tm /config /manualpeerlist:"time.nrc.ca ca.pool.ntp.org" /syncfromflags:manual /reliable:yes /update, then restart w32time. On Hyper-V/VMware, disable host time sync for the DC VM. Other DCs and members use domain hierarchy: w32tm /config /syncfromflags:domhier /update; w32tm /resync. Check w32tm /query /status on a client.',
    ],
  ]),
  // Security incidents
  article('n-phishing', 'Suspected phishing email reported or link clicked', null, 'Security', [
    [
      'Symptoms',
      'User forwards a suspicious email, or admits they clicked a link / entered their password on a fake Microsoft or DocuSign page.',
    ],
    [
      'Fix',
      'Only reported: use the Report button in Outlook; purge all copies via Defender > Explorer > Take action > Soft delete. Clicked and entered credentials: treat as compromise. Reset password, revoke sessions (Revoke-MgUserSignInSession), check inbox rules for forwarding/deletion rules, check MFA methods for attacker-added devices, review sign-in logs. Notify the client contact.',
    ],
    ['Escalate', 'Any mailbox rule forwarding externally or mass sent mail: Security P1.'],
  ]),
  article('n-impossible-travel', 'Impossible travel / risky sign-in alert', null, 'Security', [
    [
      'Symptoms',
      'Defender or Entra ID Protection alert "Impossible travel activity" or "Atypical travel": a sign-in from Ontario then minutes later from another country.',
    ],
    [
      'Fix',
      "Check sign-in logs for both events: IP, app, device, success/failure, MFA satisfied. Common false positive: the user's VPN, iCloud Private Relay, or mobile carrier egress. Call the user. If the foreign sign-in succeeded and is not them: reset password, revoke sessions, check inbox rules and MFA methods, then confirm risk as compromised in Entra ID Protection. If false positive, dismiss with notes.",
    ],
  ]),
  article(
    'n-mfa-fatigue',
    'User receiving repeated MFA approval requests they did not start',
    null,
    'Security',
    [
      [
        'Symptoms',
        'User\'s phone keeps buzzing with Microsoft Authenticator "Approve sign-in?" prompts at odd hours, or they approved one by accident.',
      ],
      ['Cause', 'Attacker has the password and is spamming push (MFA fatigue / push bombing).'],
      [
        'Fix',
        'Tell the user to deny and report ("No, it\'s not me" > report). Reset the password immediately and revoke sessions. If any prompt was approved, follow the compromise steps in the phishing article. Confirm number matching is on and consider moving the user to phishing-resistant methods. Check sign-in logs for the source IP and block it.',
      ],
    ],
  ),
  article('n-edr-quarantine', 'EDR quarantined a file or isolated a device', null, 'Security', [
    [
      'Symptoms',
      'SentinelOne (or Defender for Endpoint) popup "Threat quarantined", an app stops opening after an update, or a PC lost network with "Device disconnected from network by your administrator".',
    ],
    [
      'Fix',
      'In the console, review the threat: file path, hash, storyline. True positive: leave quarantined, run a full scan, reset the user\'s passwords if it was an infostealer, then reconnect to network. False positive (known LOB app update): mark as false positive, add a hash exclusion scoped to the site, restore from quarantine. Never uninstall the agent to "make it work".',
    ],
    ['Escalate', 'Ransomware, multiple devices, or lateral movement: Security P1, call the on-call lead.'],
  ]),
  article('n-lost-laptop', 'Lost or stolen laptop or phone', null, 'Security', [
    [
      'Fix',
      "1. Get the device name, last user and when/where it was lost; ask them to file a police report if stolen.\n2. Revoke the user's sessions and reset their password.\n3. Intune: Remote lock; if it will not be recovered, Wipe (Windows) or Retire + Wipe (phones). macOS: Lock with a PIN.\n4. Confirm BitLocker/FileVault recovery key is escrowed so data is encrypted at rest.\n5. Disable the device object in Entra. Note the serial for insurance.\n6. Order a replacement through the client's procurement process.",
    ],
    [
      'Escalate',
      'If the device held client-regulated data (health, legal), notify the client contact for their privacy obligations (PHIPA/LSO).',
    ],
  ]),
  // On/offboarding
  article('n-onboarding', 'New employee onboarding (standard)', null, 'Onboarding', [
    [
      'Fix',
      'Need from the client at least 3 business days ahead: legal name, preferred name, title, manager, start date, office, licence type, groups/shared mailboxes to mirror.\n1. Create the user (on-prem AD for hybrid, else Entra), set UPN, add to licence group.\n2. Add to security groups, shared mailboxes, Teams.\n3. Laptop: Autopilot pre-provision, assign to user, ship.\n4. Issue a Temporary Access Pass for first sign-in and MFA registration.\n5. Send the welcome email with the helpdesk number to the manager, not the personal email.',
    ],
  ]),
  article('n-offboarding', 'Employee offboarding (standard)', null, 'Offboarding', [
    [
      'Fix',
      'On the last day at the time the client gives:\n1. Block sign-in, reset password, revoke sessions, remove MFA methods.\n2. Convert the mailbox to a shared mailbox and grant the manager access; set an auto-reply if asked.\n3. Transfer OneDrive: give the manager access (retained 30 days after licence removal).\n4. Remove licences and groups, hide from GAL.\n5. Wipe or retire the laptop and phone in Intune; arrange courier for return.\n6. Disable VPN and any LOB app accounts.',
    ],
    [
      'Notes',
      'Terminations for cause: do steps 1 and 5 immediately on the call, with the client contact on the line.',
    ],
  ]),
  // Printing/scanning
  article(
    'n-scan-to-email',
    'Scan to email or scan to folder stopped working on a copier',
    null,
    'Printing',
    [
      [
        'Symptoms',
        'Multifunction printer (Ricoh, Canon, Sharp, Kyocera) shows "Send error", "SMTP authentication failed" or "Connection to server failed" when scanning to email or to a network folder.',
      ],
      [
        'Fix',
        'Scan to email: we use SMTP relay via the Exchange Online connector (domain-com.mail.protection.outlook.com, port 25, TLS), not SMTP AUTH with a user password; check the office public IP has not changed (connector is IP based). Scan to folder: the scan service account password may have expired; SMB1 is off, so the copier must use SMB2/3 firmware. Test by pinging the file server from the copier web panel.',
      ],
    ],
  ),
  // Line of business
  article('n-taxcycle', 'TaxCycle errors: licence, data folder and slow files', null, 'Line of business', [
    [
      'Environment',
      'TaxCycle (T1/T2/T3) installed per workstation, client files stored on the file server share, licence activated per firm.',
    ],
    [
      'Symptoms',
      '"The file is locked by another user", TaxCycle opens read-only, "License not activated", or returns take minutes to open over VPN during tax season.',
    ],
    [
      'Fix',
      'Locked file: close TaxCycle on the other PC; delete the .lock sidecar only if nobody has it open. Licence: Help > Activate, sign in with the firm admin account; seats freed at taxcycle.com Account. Slow over VPN: copy the file locally or use the RDS server, do not open across the tunnel. Update to the current release before EFILE/NETFILE season opens.',
    ],
  ]),

  // ---- Kinetic Physiotherapy Group ----
  article(
    'n-kin-clinicflow',
    'ClinicFlow booking: front desk cannot load schedule or take payments',
    kinetic,
    'Clients/Kinetic Physiotherapy Group',
    [
      [
        'Environment',
        'ClinicFlow (cloud clinic booking and charting) used at all six Kinetic clinics. Moneris Go terminals paired per front desk. Vendor support: ClinicFlow partner line, Kinetic account #KP-2231.',
      ],
      [
        'Symptoms',
        'Schedule shows spinning wheel, patients not appearing, "Session expired" repeatedly, or the payment terminal "not paired" / payment stuck "pending".',
      ],
      [
        'Fix',
        'Chrome only; clear site data for app.clinicflow.ca. Session expiry: the clinic PC clock must be correct (see time sync). Terminal: ClinicFlow > Settings > Payments > re-pair with the code shown on the Moneris terminal; terminal must be on the staff Wi-Fi, not guest. Staff password resets are done by the clinic manager in ClinicFlow, not by us.',
      ],
    ],
  ),
  article(
    'n-kin-onboarding',
    'Kinetic onboarding: new physiotherapists and front-desk staff',
    kinetic,
    'Clients/Kinetic Physiotherapy Group',
    [
      [
        'Fix',
        'Requests come from Dana Whitfield (Operations). Clinicians get Business Basic (web only) plus a ClinicFlow practitioner seat; front desk get Business Premium and a shared clinic laptop login.\n1. Create the user in Entra, licence group LIC-Basic or LIC-Premium.\n2. Add to the clinic distribution list (e.g. kinetic-waterloo@).\n3. Ask the clinic manager to add the ClinicFlow account and confirm the OHIP/College registration number is on file.\n4. No laptop for clinicians; they use the treatment room PC with their own login.\n5. TAP for first sign-in, MFA via Authenticator.',
      ],
    ],
  ),
  article(
    'n-kin-scanning',
    'Kinetic front desk Brother printers and scanning intake forms',
    kinetic,
    'Clients/Kinetic Physiotherapy Group',
    [
      [
        'Environment',
        'Each clinic front desk has a Brother MFC-L8900CDW on the staff VLAN at .50, mapped by IP (no print server).',
      ],
      [
        'Symptoms',
        'Receipts or intake forms will not print, or scanning consent/intake forms to the "Scans" folder fails.',
      ],
      [
        'Fix',
        'Printer offline: check it has not fallen onto guest Wi-Fi; it must be cabled. Re-add by IP as a TCP/IP port. Scanning goes to OneDrive via Brother iPrint&Scan on the front desk PC (not to email, because PHI); if the scan button does nothing, relaunch iPrint&Scan and select the device again. Upload scans into the patient chart in ClinicFlow, then delete the local copy.',
      ],
    ],
  ),

  // ---- Brennan & Okafor LLP ----
  article(
    'n-bo-vpn',
    'Brennan & Okafor remote access: Meraki client VPN',
    brennan,
    'Clients/Brennan & Okafor LLP',
    [
      [
        'Environment',
        'Brennan & Okafor do not use FortiClient. Remote access is the Meraki MX client VPN (L2TP over IPsec) built into Windows, profile name "BO-Office", authenticated with Meraki Cloud credentials; Worldox and PCLaw are only reachable on VPN.',
      ],
      [
        'Symptoms',
        '"The L2TP connection attempt failed because the security layer encountered a processing error" (789), error 809, or connected but W: (Worldox) is not available.',
      ],
      [
        'Fix',
        '789: re-run the BO-VPN deployment script from NinjaOne (resets the pre-shared key). 809: behind NAT, check AssumeUDPEncapsulationContextOnSendRule = 2 is set. Password: reset in Meraki Dashboard > Security & SD-WAN > Client VPN > users. Connected without W:: net use W: \\\\bo-fs01\\worldox.',
      ],
    ],
  ),
  article(
    'n-bo-worldox',
    'Brennan & Okafor: Worldox profiles and Outlook add-in',
    brennan,
    'Clients/Brennan & Okafor LLP',
    [
      [
        'Environment',
        'Worldox GX4 document management on bo-fs01; every Word/Outlook save goes through the Worldox profile dialog (Client/Matter).',
      ],
      [
        'Symptoms',
        'Save dialog does not pop up and Word saves to Documents instead, "Matter not found", or the Worldox tab is missing in Outlook so emails cannot be filed to a matter.',
      ],
      [
        'Fix',
        'Word/Outlook: File > Options > Add-ins > COM Add-ins, re-tick Worldox. If it keeps disabling, remove it from the Disabled Items list and set LoadBehavior=3. "Matter not found": the matter was opened in PCLaw but not yet synced; the nightly sync runs at 22:00, or ask Priya (records clerk) to add it manually. Must be on VPN when remote.',
      ],
    ],
  ),
  article(
    'n-bo-offboarding',
    'Brennan & Okafor offboarding: lawyers and staff leaving the firm',
    brennan,
    'Clients/Brennan & Okafor LLP',
    [
      [
        'Fix',
        "Law Society requirements mean nothing is deleted.\n1. Do the standard offboarding steps, but place the mailbox on Litigation Hold (Set-Mailbox -LitigationHoldEnabled $true) before converting it to shared.\n2. OneDrive: copy to the firm archive SharePoint site, do not let it expire.\n3. Worldox: reassign their documents' author field to the supervising lawyer (ask Priya).\n4. Remove the Meraki client VPN user.\n5. Laptop is kept for 90 days unwiped, locked in the server room.",
      ],
      ['Notes', 'Only Maureen Brennan or the office manager can authorise an offboarding.'],
    ],
  ),

  // ---- Northshore Freight Lines ----
  article(
    'n-nsf-fleetcore',
    'Northshore FleetCore ERP (dispatch and billing) on the RDS farm',
    northshore,
    'Clients/Northshore Freight Lines',
    [
      [
        'Environment',
        'FleetCore ERP (dispatch board, rating, invoicing, payroll) runs on the RemoteApp farm nsf-rds01/02 backed by SQL on nsf-sql01. Users launch it from the "FleetCore" RemoteApp icon.',
      ],
      [
        'Symptoms',
        'Dispatch board frozen, "Unable to connect to database", RemoteApp opens a black window, or invoices print to the wrong printer.',
      ],
      [
        'Fix',
        'Frozen board: log the user off from Server Manager > RDS > Collections > Connections, relaunch. Database error: check the FleetCore Application Service on nsf-sql01 and restart it after 17:00 unless dispatch is down. Printers inside RemoteApp come from Easy Print; set default printer locally before launching. Vendor support for anything inside FleetCore screens.',
      ],
    ],
  ),
  article(
    'n-nsf-s2s',
    'Northshore: Mississauga to Thunder Bay yard tunnel and Starlink backup',
    northshore,
    'Clients/Northshore Freight Lines',
    [
      [
        'Environment',
        'Head office (Mississauga) FortiGate 100F to Thunder Bay yard FortiGate 60F. Yard primary is a Tbaytel fixed wireless link with Starlink as WAN2; the tunnel is configured on both WANs.',
      ],
      [
        'Symptoms',
        'Yard office cannot open FleetCore or print bills of lading; the gate camera NVR is unreachable from HO.',
      ],
      [
        'Fix',
        'Check the yard FortiGate SD-WAN members: when on Starlink (CGNAT) the tunnel must initiate from the yard side; bring up "NSF-TBAY-SL" manually. Tbaytel outages: call Tbaytel business with circuit TB-55812. Winter: snow on the Starlink dish, ask Gord in the yard to clear it. Then follow the generic site-to-site article for phase 1/2 issues.',
      ],
    ],
  ),
  article(
    'n-nsf-zebra',
    'Northshore Zebra printers: bills of lading and shipping labels',
    northshore,
    'Clients/Northshore Freight Lines',
    [
      [
        'Environment',
        'Zebra ZT411 at the dock and ZD621 in dispatch, shared from nsf-print01 and used inside FleetCore RemoteApp.',
      ],
      [
        'Symptoms',
        'Labels print blank, skip every other label, print offset, or "printer not found" inside FleetCore.',
      ],
      [
        'Fix',
        'Blank labels: wrong media type; set Thermal Transfer vs Direct Thermal to match the stock and check the ribbon. Skipping/offset: run media calibration (hold Feed for two flashes or Calibrate in the menu). Not found in FleetCore: printer must be mapped on the local PC from \\\\nsf-print01 before launching RemoteApp. Use the ZDesigner driver, not the generic text driver.',
      ],
    ],
  ),

  // ---- Elgin Falls Public Library ----
  article(
    'n-efpl-public-pcs',
    'Library public computers: PC reservation and Deep Freeze',
    library,
    'Clients/Elgin Falls Public Library',
    [
      [
        'Environment',
        '22 public PCs across the Main branch and Riverside branch, frozen with Deep Freeze, sessions managed by the PatronPoint reservation system (library card + PIN, 60 minutes).',
      ],
      [
        'Symptoms',
        'Public PC stuck on "Waiting for reservation server", patron card rejected, session not ending, or software changes lost after reboot.',
      ],
      [
        'Fix',
        'Reservation server: restart the PatronPoint service on efpl-app01. Card rejected: card expired or fines over $10; refer to circulation staff, not us. Lost changes are expected (Deep Freeze); to install updates, thaw from the Deep Freeze console during the Sunday maintenance window then refreeze. Printing from public PCs goes through PatronPoint print release.',
      ],
    ],
  ),
  article(
    'n-efpl-wifi',
    'Library public Wi-Fi (EFPL-Public) for patrons',
    library,
    'Clients/Elgin Falls Public Library',
    [
      [
        'Environment',
        'Patron Wi-Fi "EFPL-Public" is open with a terms-of-use splash page (no password), content filtered by DNS filter, 10 Mbps per device, sessions reset at closing. Staff use "EFPL-Staff" (802.1X).',
      ],
      [
        'Fix',
        'Patron sees no splash page: forget the network, rejoin, then browse to http://neverssl.com to trigger it. Sites blocked: the DNS filter policy is set by the library board; requests to unblock go to the CEO, Linda Marsh. Chromebooks lent by the library connect automatically. Never give patrons the staff network.',
      ],
    ],
  ),
  article(
    'n-efpl-ils',
    'Library circulation desk: Evergreen ILS, barcode scanners and receipt printers',
    library,
    'Clients/Elgin Falls Public Library',
    [
      [
        'Environment',
        'Evergreen ILS hosted by the provincial consortium; circ desks use the Evergreen web client in Chrome with Honeywell barcode scanners and Epson TM-T88 receipt printers via Hatch.',
      ],
      [
        'Symptoms',
        'Scanning a book or card does nothing, receipts do not print at checkout, or "Workstation not registered".',
      ],
      [
        'Fix',
        'Scanner: it must be in keyboard-wedge mode; scan the "USB HID" config barcode taped under the desk. Receipts: Hatch extension must be enabled and the Epson chosen under Administration > Workstation > Printer Settings. Workstation not registered: re-register with the branch name (EFPL-MAIN-CIRC1). Consortium outages: call the consortium helpdesk.',
      ],
    ],
  ),
];
