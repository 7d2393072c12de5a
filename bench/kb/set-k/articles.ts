/**
 * Set K: a blind labelled KB set, written without reading the search code or any other set.
 * An Australian MSP's Hudu knowledge base: 40 articles, 31 generic (company null) and 9 client
 * runbooks for three fictional clients (an engineering consultancy, a radiology practice and a
 * real-estate agency), some of which override the generic article for that client.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_K_CLIENTS = {
  harrowFinch: 'Harrow & Finch Consulting Engineers Pty Ltd',
  coastalRadiology: 'Coastal Radiology Partners Pty Ltd',
  wattleStreet: 'Wattle Street Property Group',
} as const;

const { harrowFinch, coastalRadiology, wattleStreet } = SET_K_CLIENTS;

export const SET_K_ARTICLES: readonly BenchArticle[] = [
  article(
    'k-outlook-password-prompts',
    'Outlook keeps asking for a password, or won’t open',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Outlook (classic, Microsoft 365 Apps) shows a "Need password" banner or a credential box that keeps coming back, hangs on "Loading profile", or opens with "Disconnected" / "Trying to connect" in the status bar. Often starts after a password change or a new MFA method.',
      ],
      [
        'Fix',
        '1. Close Outlook and open Credential Manager > Windows Credentials; remove every entry starting with MicrosoftOffice16_Data or containing outlook.office365.com.\n2. Settings > Accounts > Access work or school: confirm the account is connected; disconnect and reconnect if it shows an error.\n3. Start Outlook and sign in with the modern auth window (not the old grey box).\n4. If it still prompts, Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile, set "Always use this profile" and let Autodiscover set it up. Do not delete the old profile until mail has synced.',
      ],
      [
        'Search returns nothing',
        'If Outlook opens but search finds no results or only "recent" items: Windows Settings > Search > Searching Windows > Advanced indexer settings > Advanced > Rebuild. Large OST files (over 50 GB) make this worse; reduce "Download email for the past" to 1 year under Account Settings > Change.',
      ],
      [
        'Shared mailbox missing',
        'Shared mailboxes granted with Full Access automap after up to an hour. If it never appears, remove and re-add the permission in the Exchange admin centre, or add it manually via File > Account Settings > Change > More Settings > Advanced > Open these additional mailboxes.',
      ],
    ],
  ),
  article(
    'k-teams-troubleshooting',
    'Microsoft Teams: meeting audio, camera and app not loading',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Nobody can hear me / I can’t hear anyone',
        'In a meeting click More (…) > Settings > Device settings and pick the correct speaker and microphone (headsets often show as "Headset Earphone (Jabra Evolve2 65)" vs "Speakers (Realtek)"). Run Settings > Devices > Make a test call. Check Windows Settings > Privacy & security > Microphone allows desktop apps. If the headset mute light is on, the hardware mute overrides Teams.',
      ],
      [
        'Camera black or "We can’t find a camera"',
        'Close any other app using the camera (Zoom-style apps, the Windows Camera app, browser tabs). Check Privacy & security > Camera. Laptops with a privacy shutter or Fn+F10 camera key will show a black image. If the device is missing in Device Manager see the audio/webcam drivers article.',
      ],
      [
        'Teams stuck loading, white screen or sign-in loop',
        '1. Quit Teams from the system tray.\n2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Classic Teams: delete %appdata%\\Microsoft\\Teams.\n3. Start Teams and sign in. Error codes like caa70004 or 0xCAA82EE2 usually clear after the reset plus a reboot.',
      ],
    ],
  ),
  article(
    'k-onedrive-sharepoint-sync',
    'OneDrive and SharePoint library sync problems',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Red X, "sync pending" or files not updating',
        'Click the OneDrive cloud icon in the tray and open "View sync problems". Common causes: file path longer than 400 characters, invalid characters (" * : < > ? / \\ |), file open in another app, files over 250 GB, or a library with too many items (over 300,000 synced items slows everything).',
      ],
      [
        'Reset the client',
        '1. Run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset.\n2. If the icon does not return after 2 minutes, start onedrive.exe manually.\n3. Re-check the libraries that were syncing; reset does not delete files.',
      ],
      [
        'SharePoint library won’t sync',
        'From the site, click Sync (or "Add shortcut to My files", which is now preferred). Error 0x8004de40 means no internet/TLS problem; 0x8004de85 or 0x8004de8a means the signed-in account doesn’t match — sign out of OneDrive and sign back in with the work account. Duplicate folders like "Documents - Company Name (1)" mean the library was synced twice; stop syncing one.',
      ],
    ],
  ),
  article(
    'k-quarantine-spam',
    'Missing emails: checking quarantine and junk',
    null,
    'Microsoft 365/Mail flow',
    [
      [
        'Where missing mail goes',
        'Before anything else ask the sender for the exact time and sender address. Check the user’s Junk Email folder, then the Microsoft Defender quarantine (security.microsoft.com > Email & collaboration > Review > Quarantine). Users get a quarantine notification digest from quarantine@messaging.microsoft.com they can release from themselves for spam (not for high-confidence phish or malware).',
      ],
      [
        'Release and allow',
        '1. In Quarantine, filter by recipient, select the message, Release > "Release to all recipients".\n2. Tick "Report messages to Microsoft" if it is a false positive.\n3. To stop repeats, add the domain in Tenant Allow/Block Lists > Domains & addresses (allow entries expire after 30 days unless set otherwise). Don’t allow-list whole common domains like gmail.com.',
      ],
      [
        'Message trace',
        'If it is not in quarantine, run a message trace in the Exchange admin centre (Mail flow > Message trace) for the last 48 hours. Status "Delivered" means look for inbox rules; "Failed" see the NDR codes article; nothing at all means the sender never sent it to us.',
      ],
    ],
  ),
  article('k-ndr-bounce-codes', 'Bounce-back (NDR) codes quick reference', null, 'Microsoft 365/Mail flow', [
    [
      '550 5.1.10 / 5.1.1 RecipientNotFound',
      'The address doesn’t exist. Check spelling; if it is an internal user who has left, the mailbox was probably deleted. Users with autocomplete entries for old addresses: delete the entry from the suggestion list (hover, click X).',
    ],
    [
      '550 5.7.1 / 5.7.708 / 5.7.750',
      '5.7.1 = sender not allowed (distribution group restricted to internal senders, or recipient blocks us). 5.7.708 and 5.7.750 = our tenant is restricted from sending, usually after a compromised account sent spam. Go straight to the compromised account runbook and check Restricted entities in Defender.',
    ],
    [
      '552 5.2.2 / 554 5.2.2 mailbox full, 5.4.1 Relay Access Denied',
      '5.2.2: the recipient mailbox is over quota; for our users, archive or enable the online archive (needs Exchange Online Plan 2 or Business Premium). 5.4.1 Relay Access Denied: the recipient domain isn’t accepted in the tenant — check the accepted domains and MX record.',
    ],
  ]),
  article(
    'k-licence-assignment',
    'Microsoft 365 licences: assigning and "unlicensed product" errors',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Assigning a licence',
        'Microsoft 365 admin centre > Users > Active users > select user > Licences and apps. Most clients are on Microsoft 365 Business Premium; kiosk/reception staff may be on F3 (no desktop Office). If no licences are available, raise a quote via the CSP portal (Pax8/Dicker Data) before buying — never buy direct on the client’s credit card.',
      ],
      [
        '"Unlicensed Product" / "Your account doesn’t allow editing on a Mac/PC"',
        '1. Confirm the user has a licence that includes desktop apps (Business Standard/Premium, E3, E5 — not F3 or Business Basic).\n2. In Word: File > Account > Sign out, close all Office apps, reopen and sign in.\n3. Still failing: run the Microsoft Support and Recovery Assistant (SaRA) "Office activation" scenario, or clear %localappdata%\\Microsoft\\Office\\16.0\\Licensing.',
      ],
      [
        'Removing licences',
        'Removing a licence deletes the mailbox after 30 days. For leavers, convert to shared mailbox first (see Staff changes).',
      ],
    ],
  ),
  article('k-password-mfa-reset', 'Password and MFA resets', null, 'Identity/Microsoft Entra', [
    [
      'Verify the caller first',
      'Never reset over email alone. Call the user back on the number in the PSA contact record, or get their manager to confirm in the ticket.',
    ],
    [
      'Password reset',
      'Cloud-only users: Entra admin centre > Users > Reset password, tick "Require this user to change their password". Hybrid (AD synced) users: reset in Active Directory Users and Computers, then wait up to 2 minutes for Entra Connect sync. Users can self-serve at aka.ms/sspr once registered. Expired passwords on a laptop away from the office: the user must connect to VPN first or change it at aka.ms/sspr then lock/unlock.',
    ],
    [
      'New phone / lost Authenticator',
      '1. Entra admin centre > Users > user > Authentication methods > "Require re-register multifactor authentication" (or delete the old Microsoft Authenticator entry).\n2. Revoke sessions if the old phone was lost.\n3. The user goes to aka.ms/mysignins > Security info and adds Microsoft Authenticator on the new phone. Optionally issue a Temporary Access Pass (1 hour) if they have no other method.',
    ],
  ]),
  article(
    'k-ad-account-lockouts',
    'Active Directory account keeps locking out',
    null,
    'Identity/Active Directory',
    [
      [
        'Find the source',
        'On the PDC emulator, filter the Security log for event ID 4740; the "Caller Computer Name" shows where the bad passwords come from. Microsoft’s LockoutStatus.exe shows bad password counts per DC. If the caller is blank or an Exchange/ADFS server, look at phones with old credentials.',
      ],
      [
        'Usual culprits',
        '1. A phone or tablet with the old password in its mail app.\n2. Saved credentials in Credential Manager (mapped drives, RDP).\n3. A disconnected RDP session still logged in on a server.\n4. A scheduled task or service running as the user.\nUnlock in ADUC (Account tab > Unlock) after removing the source, otherwise it relocks within minutes.',
      ],
    ],
  ),
  article(
    'k-entra-aadsts-errors',
    'Microsoft sign-in errors (AADSTS codes)',
    null,
    'Identity/Microsoft Entra',
    [
      [
        'How to look it up',
        'Entra admin centre > Monitoring > Sign-in logs, filter by user, open the failure. The "Conditional Access" tab shows which policy blocked it.',
      ],
      [
        'Common codes',
        'AADSTS50126: wrong username or password. AADSTS50053: account locked (smart lockout) — wait 60 seconds or reset. AADSTS50076 / 50079: MFA required or registration required. AADSTS53003: blocked by Conditional Access (usually a country block for staff travelling overseas or a non-compliant device). AADSTS50105: user not assigned to the enterprise app — add them to the app’s group. AADSTS700016: the app isn’t found in the tenant, usually a vendor misconfiguration.',
      ],
      [
        'Travelling staff',
        'For AADSTS53003 caused by the "Block outside Australia" policy, add the user to the CA-Travel-Exception group with an end date matching their return, and note it in the ticket. Manager approval required.',
      ],
    ],
  ),
  article('k-wifi-drops', 'Wi-Fi dropping out or won’t connect', null, 'Networking/Wireless', [
    [
      'One user',
      '1. Forget the network (Settings > Network & internet > Wi-Fi > Manage known networks) and reconnect.\n2. Check the laptop isn’t on the 2.4 GHz band only — update the Intel/Realtek wireless driver from the vendor tool (Dell Command Update, Lenovo Vantage).\n3. Turn off "Allow the computer to turn off this device to save power" on the wireless adapter.\n4. "Can’t connect to this network" on corporate SSIDs using certificates usually means the device certificate has expired — sync Intune and reboot.',
    ],
    [
      'Whole office',
      'Log in to the UniFi / Meraki dashboard and check access points are online. If several APs went offline together, check the PoE switch. If devices connect but have no internet, it is an internet outage, not Wi-Fi.',
    ],
  ]),
  article('k-vpn-forticlient', 'FortiClient VPN won’t connect', null, 'Networking/VPN', [
    [
      'Stuck at 40% or 98%',
      'Stuck at 98% is almost always the virtual adapter: uninstall and reinstall FortiClient VPN (free version 7.x), or in Network Connections disable/enable "Fortinet SSL VPN Virtual Ethernet Adapter". Stuck at 40% points to a certificate or TLS mismatch — check the laptop date/time.',
    ],
    [
      'Error codes',
      '-14 / "Permission denied": wrong password or user not in the SSL-VPN group on the FortiGate. -455 or "Credential or SSLVPN configuration is wrong (-7200)": usually an MFA (FortiToken) or SAML config problem; check the FortiGate log under VPN Events. "Unable to establish the VPN connection. The VPN server may be unreachable (-5)": the user’s home internet or hotel Wi-Fi blocks port 443/10443 — try a phone hotspot.',
    ],
    [
      'Connected but can’t reach anything',
      'Check split tunnelling routes include the server subnet and that internal DNS servers are pushed. Test with ping by IP, then nslookup the server name.',
    ],
  ]),
  article('k-dns-resolution', 'Websites or servers not found (DNS)', null, 'Networking/DNS', [
    [
      'Symptoms',
      'Browser shows DNS_PROBE_FINISHED_NXDOMAIN or "This site can’t be reached"; mapped drives to \\\\server\\share fail with "The network path was not found" but pinging the IP works.',
    ],
    [
      'Fix on the PC',
      '1. ipconfig /flushdns then ipconfig /registerdns.\n2. ipconfig /all — domain-joined PCs must use the internal DCs as DNS servers, not 8.8.8.8 or the router.\n3. nslookup server.domain.local to test. If it resolves the wrong IP, check for a stale A record in DNS Manager and enable scavenging.',
    ],
    [
      'Public DNS records',
      'Changes to a client’s public DNS (Cloudflare, GoDaddy, VentraIP, Crazy Domains) need a change ticket. Keep TTLs at 300 seconds before migrations.',
    ],
  ]),
  article('k-internet-outage', 'Site internet down – checklist', null, 'Networking/Internet', [
    [
      'Checklist',
      '1. Is it the whole site or one PC? Check the RMM dashboard for offline agents at that site.\n2. Ask someone on site to look at the NBN connection box (NTD): the Optical/UNI-D light red or off means an NBN fault.\n3. Power-cycle the NTD first, then the router/firewall, wait 5 minutes.\n4. Check the ISP status page (Telstra, Aussie Broadband, Superloop) and raise a fault with the ISP, giving the service ID from the site’s Hudu network asset.\n5. If the site has a 4G/5G failover, confirm the firewall failed over; users may need to restart Teams and VPN.',
    ],
    [
      'Communication',
      'Set the ticket to P1 if the whole site is down, and send the client contact an update every hour until restored.',
    ],
  ]),
  article(
    'k-firewall-web-filter',
    'Website blocked by the web filter / firewall change requests',
    null,
    'Networking/Firewall',
    [
      [
        'Blocked website',
        'FortiGate block pages say "FortiGuard Intrusion Prevention - Access Blocked" or "Web Page Blocked" with a category. Get the URL and category from the user. Business sites mis-categorised can be submitted for re-rating at fortiguard.com; meanwhile add a static URL filter exemption on the client’s web filter profile. Categories like gambling or adult content need written approval from the client’s decision maker.',
      ],
      [
        'Port forwards and rule changes',
        'Opening inbound ports (e.g. for a CCTV NVR or vendor remote access) requires a change ticket approved by the client and the service manager. Prefer restricting the source IP. Document every rule in the firewall’s Hudu asset.',
      ],
    ],
  ),
  article('k-slow-startup', 'PC running slow?', null, 'Windows/Performance', [
    [
      'Quick checks',
      'Ask how long since the last restart — Fast Startup means "shut down" doesn’t really restart. Run a real restart. Task Manager > Startup apps: disable non-essential items (Spotify, Adobe updaters, Zoom autostart). Check Task Manager > Performance for disk at 100% or RAM full.',
    ],
    [
      'Slow boot or login',
      '1. Disable Fast Startup (Control Panel > Power Options > Choose what the power buttons do).\n2. Long "Please wait for the User Profile Service" or "Preparing Windows" usually means group policy or drive mappings to an offline server; run gpresult /h.\n3. Check the disk isn’t nearly full (see Storage housekeeping).\n4. Machines with spinning hard drives or 8 GB RAM should be flagged for replacement in the lifecycle report.',
    ],
  ]),
  article('k-windows-update-errors', 'Windows Update failing or stuck', null, 'Windows/Updates', [
    [
      'Stuck on "Working on updates" or at a percentage',
      'Leave it for an hour. If still stuck at the same percentage, hold the power button, start again; Windows will roll back. Don’t do this during "Don’t turn off your computer" more than once.',
    ],
    [
      'Error codes',
      '0x800f0922: not enough space in the recovery partition or VPN interfering — disconnect VPN and retry. 0x80070002 / 0x80070003: corrupted download — stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution, start services. 0x8024a105 or 0x80240034: run DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.',
    ],
    [
      'Patching policy',
      'Updates are deployed by the RMM patch policy (Tuesday patch + 7 days). A device showing "Your organisation manages updates" is normal. Force a scan from the RMM rather than letting users pause updates.',
    ],
  ]),
  article('k-bitlocker-recovery', 'BitLocker recovery key screen', null, 'Windows/Security', [
    [
      'Why it happens',
      'BIOS/firmware updates, docking a laptop during boot, TPM changes, or swapping the SSD trigger the blue BitLocker recovery screen asking for a 48-digit key. It shows a Key ID (first 8 characters).',
    ],
    [
      'Finding the key',
      '1. Entra admin centre > Devices > search the device > BitLocker keys (or Intune > Devices > device > Recovery keys). Match the Key ID.\n2. For older domain-joined devices, ADUC > computer object > BitLocker Recovery tab.\n3. Also check the device’s Hudu asset; the RMM stores keys for some clients.\n4. Verify the caller before reading the key out. After a successful boot, suspend and resume BitLocker (manage-bde -protectors -disable C: -RebootCount 1) before applying any further BIOS update.',
    ],
  ]),
  article(
    'k-temp-profile',
    '"You’ve been signed in with a temporary profile"',
    null,
    'Windows/User profiles',
    [
      [
        'Symptom',
        'Desktop is empty, files missing, message "We can’t sign in to your account. You’ve been signed in with a temporary profile." The user’s data is normally still in C:\\Users\\username.',
      ],
      [
        'Fix',
        '1. Log in as a local admin. Open regedit at HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.\n2. Find the user’s SID; if there are two keys, one ending in .bak, delete the one without .bak and rename the .bak key.\n3. In the remaining key set State = 0 and RefCount = 0.\n4. Reboot and log in as the user. If the profile is corrupt, back up C:\\Users\\username, delete the profile in System Properties > User Profiles, and let a new one be created; OneDrive Known Folder Move brings Desktop/Documents back.',
      ],
    ],
  ),
  article('k-low-disk-space', 'Storage housekeeping', null, 'Windows/Performance', [
    [
      'C: drive full',
      '1. Run Disk Cleanup as admin > Clean up system files (tick Windows Update Cleanup, Delivery Optimisation files).\n2. Settings > System > Storage > Temporary files.\n3. Use WizTree/TreeSize to find big folders. Usual suspects: Downloads, large OST files in %localappdata%\\Microsoft\\Outlook, Teams cache, old user profiles, C:\\Windows\\SoftwareDistribution.\n4. Set OneDrive files to "Free up space" (Files On-Demand) so synced files don’t take local space.',
    ],
    [
      'Servers',
      'Server volumes under 10% free alert in the RMM. Check shadow copy storage and IIS/SQL logs before expanding a virtual disk; expansions need a change ticket.',
    ],
  ]),
  article('k-audio-webcam-drivers', 'No sound, headset or webcam not detected', null, 'Windows/Hardware', [
    [
      'No sound',
      'Click the speaker icon and check the output device — Windows often switches to a monitor’s HDMI/DisplayPort audio when docking. Run the Windows audio troubleshooter. In Device Manager > Sound, video and game controllers, a yellow warning on "Realtek Audio" or "Intel Smart Sound Technology" means reinstall the driver from Dell Command Update / Lenovo System Update / HP Image Assistant.',
    ],
    [
      'USB headset or webcam missing',
      '1. Try another USB port directly on the laptop, not through the dock or a hub.\n2. Device Manager > View > Show hidden devices; uninstall greyed-out entries for the headset/camera and rescan.\n3. Check the BIOS hasn’t disabled the integrated camera (some Dell models have a Camera toggle under Integrated devices).\n4. Bluetooth headsets: remove the pairing and pair again; use the headset’s USB dongle where available instead of laptop Bluetooth.',
    ],
  ]),
  article('k-docking-stations', 'Docking stations: monitors not detected', null, 'Windows/Hardware', [
    [
      'Supported docks',
      'Our standard docks are the Dell WD19S/WD22TB4, Lenovo ThinkPad Universal USB-C Dock and HP USB-C Dock G5. Older USB 3.0 docks (Targus, Dell D6000) use DisplayLink and need the DisplayLink driver installed.',
    ],
    [
      'Monitors black or only one works',
      '1. Unplug the dock’s power for 30 seconds, reconnect power, then the USB-C cable.\n2. Update dock firmware (Dell WD19/WD22 firmware from Dell Command Update; Lenovo Dock Manager) and the laptop’s graphics driver and BIOS.\n3. Win+P: make sure it is set to Extend.\n4. Plug the monitor cable straight into the laptop to rule out the monitor. MacBooks with base M1/M2 chips only support one external display through a normal dock — that is a hardware limit.\n5. If the laptop won’t charge from the dock, check the dock’s power brick wattage (130 W for 15" models).',
    ],
  ]),
  article('k-printing-issues', 'Printer offline, jobs stuck in the queue', null, 'Printing & Scanning', [
    [
      'Printer shows Offline',
      'Print a configuration page from the printer’s panel to get its IP address and compare it to the port in Printer properties > Ports. If the printer got a new IP from DHCP, fix the port and ask us to add a DHCP reservation. Untick "SNMP Status Enabled" on the port if the printer is online but Windows still says offline.',
    ],
    [
      'Jobs stuck',
      '1. Open an admin command prompt: net stop spooler.\n2. Delete the files in C:\\Windows\\System32\\spool\\PRINTERS.\n3. net start spooler.\n4. On print servers, restart the Print Spooler service out of hours or warn the office first.',
    ],
    [
      'Adding a printer',
      'Settings > Bluetooth & devices > Printers & scanners > Add device > "Add manually" > "Add a printer using an IP address". Use the manufacturer’s universal driver (HP Universal PCL6, Brother Universal, Konica Minolta Universal V4). Error 0x0000011b when adding a shared printer is the PrintNightmare hardening; install the driver locally first.',
    ],
  ]),
  article(
    'k-scan-to-email-folder',
    'Copier scan to email / scan to folder not working',
    null,
    'Printing & Scanning',
    [
      [
        'Scan to email',
        'Multifunction copiers can’t use basic SMTP auth to Microsoft 365 any more. Our standard is the SMTP relay: copier SMTP server = the client’s MX endpoint (tenant.mail.protection.outlook.com), port 25, no authentication, sender address on the client’s domain, and the site’s public IP allowed in the Exchange connector. If the site’s public IP changed (new NBN service), update the inbound connector. Error "SMTP connection failed" or "Authentication error" on the copier usually means it is still set to smtp.office365.com:587 with a password.',
      ],
      [
        'Scan to folder (SMB)',
        '1. The copier needs SMB2/3 enabled; older copiers only speak SMB1, which is disabled on our servers — ask the copier vendor for a firmware update.\n2. Use a dedicated service account (svc-scan) with a non-expiring password and write access to the Scans share.\n3. Path format: \\\\server\\Scans\\username, or the server’s IP if the copier can’t resolve names.',
      ],
    ],
  ),
  article('k-restore-files', 'Restoring deleted or overwritten files', null, 'Backup & Recovery', [
    [
      'OneDrive / SharePoint / Teams files',
      'First look in the site’s Recycle bin (93 days, first and second stage). For an overwritten or corrupted file, right-click > Version history and restore an earlier version. A whole library encrypted or mass-deleted: OneDrive "Restore your OneDrive" or Site settings > Restore this library to a point in the last 30 days.',
    ],
    [
      'File server',
      'Right-click the folder > Properties > Previous Versions (shadow copies, twice daily). Older than that: restore from the Datto / Veeam backup. In Veeam, use File Level Restore from the latest restore point, restore to a new folder ("Keep" not "Overwrite") and let the user check.',
    ],
    [
      'Mailbox items',
      'Deleted emails: Deleted Items > "Recover items recently removed from this folder" (14–30 days). Beyond that, restore from the Microsoft 365 backup (Datto SaaS Protection / Dropsuite) into a "Restored" folder.',
    ],
  ]),
  article('k-phishing', 'Suspicious email received or link clicked', null, 'Security/Incident response', [
    [
      'User only received it',
      'Ask them to use the Report button in Outlook (Report > Phishing) and delete it. Check whether others got it: Defender > Explorer, search the sender/subject, and soft-delete it from all mailboxes.',
    ],
    [
      'User clicked the link or entered their password',
      '1. Treat as a compromised account: reset the password and revoke sessions immediately (see Compromised account).\n2. If they opened an attachment or ran a file, isolate the device from the EDR console and run a full scan.\n3. Block the sender and URL in Tenant Allow/Block Lists.\n4. Tell the client contact and record it in the ticket; notifiable data breaches are the client’s decision, not ours.',
    ],
  ]),
  article(
    'k-compromised-account',
    'Compromised Microsoft 365 account runbook',
    null,
    'Security/Incident response',
    [
      [
        'Signs',
        'Contacts receive odd emails or invoices "from" the user, the user sees replies to emails they never sent, sign-ins from overseas in the sign-in logs, new inbox rules moving mail to RSS Feeds or Archive, or Defender alerts "Suspicious inbox forwarding" / "User restricted from sending email".',
      ],
      [
        'Contain',
        '1. Reset the password and Revoke sessions in Entra.\n2. Re-register MFA (remove unknown methods — attackers add their own authenticator).\n3. Delete malicious inbox rules and external forwarding (Exchange admin centre > Mailboxes > Mail flow settings).\n4. If the user is restricted from sending, remove them from Restricted entities in Defender after cleanup.',
      ],
      [
        'Investigate and notify',
        'Run an audit log search for the last 30 days (MailItemsAccessed, New-InboxRule). Tell the client what was sent and to whom so they can warn their customers — fake bank detail change emails are the main risk.',
      ],
    ],
  ),
  article('k-malware-alert', 'EDR / antivirus alert on a device', null, 'Security/Endpoint', [
    [
      'Triage',
      'Alerts come from SentinelOne (most clients) or Microsoft Defender for Endpoint. Open the threat, check the file path, process tree and whether it was killed/quarantined. Browser pop-ups saying "Your PC is infected, call Microsoft" are scareware web pages, not real infections — close the browser with Task Manager and clear site notifications.',
    ],
    [
      'Real detection',
      '1. Network-isolate the device from the console (the user loses internet but the agent stays connected).\n2. Run a full scan and remediate/rollback (SentinelOne supports rollback with VSS).\n3. Check for the same hash on other endpoints.\n4. If ransomware indicators appear (files renamed with new extensions, ransom note), escalate to the security lead immediately by phone — don’t wait for the ticket.',
    ],
  ]),
  article('k-lost-stolen-device', 'Lost or stolen laptop or phone', null, 'Security/Endpoint', [
    [
      'Immediately',
      '1. Reset the user’s password and revoke sessions in Entra.\n2. Intune > Devices > find the device: laptops — Wipe (or Retire for BYOD); company phones — Wipe; personal phones — Retire (removes only company data).\n3. Confirm BitLocker is on for the laptop (the key in Entra proves encryption).\n4. Record the serial number and ask the user for a police event number for stolen devices.',
    ],
    [
      'Replacement',
      'Order the replacement under the client’s standard hardware list. Autopilot will rebuild it at first sign-in.',
    ],
  ]),
  article('k-starters-leavers', 'Staff changes', null, 'Processes/Onboarding & offboarding', [
    [
      'New starter checklist',
      '1. Get the request from an authorised client contact at least 3 business days before the start date.\n2. Create the user (AD for hybrid clients, otherwise Entra), copy groups from the named "same as" user, assign the licence.\n3. Add to distribution lists, Teams and SharePoint groups, LOB apps (see the client’s runbooks).\n4. Prepare the laptop with Autopilot, enrol MFA on day one with the user present (Temporary Access Pass).',
    ],
    [
      'Leaver checklist',
      '1. Block sign-in and reset the password at the agreed time; revoke sessions.\n2. Convert the mailbox to a shared mailbox and give the manager access, or set forwarding if requested in writing.\n3. Remove licences (after converting), remove from groups, disable in LOB apps.\n4. Transfer OneDrive to the manager (the link is valid for 30 days after deletion).\n5. Collect and wipe hardware; reset the phone in Intune.',
    ],
  ]),
  article(
    'k-remote-desktop',
    'Remote Desktop (RDP / RD Gateway) connection problems',
    null,
    'Remote access',
    [
      [
        '"Your credentials did not work"',
        'Use DOMAIN\\username or username@domain.com.au, not just the first name. If they changed their password recently, delete the saved credential in the RDP client (Show Options > Saved credentials: delete). Users not in the "Remote Desktop Users" group get "The connection was denied because the user account is not authorised for remote login".',
      ],
      [
        'Can’t reach the computer',
        'Error 0x204 or "Remote Desktop can’t connect to the remote computer": the PC is off, asleep or VPN is not connected. Ask someone to turn the office PC on and disable sleep in its power plan. "The remote computer requires Network Level Authentication": the machine isn’t reaching a DC — connect VPN. RD Gateway errors ("Your computer can’t connect to the Remote Desktop Gateway server") mean the gateway certificate expired or the RD Gateway service stopped.',
      ],
      [
        'Remote Desktop Services servers',
        'Users stuck on "Please wait" when logging onto a terminal server: log off their disconnected session from Server Manager > Remote Desktop Services > Collections > Connections.',
      ],
    ],
  ),
  article('k-intune-company-portal', 'Company Portal / phone enrolment (Intune)', null, 'Mobile devices', [
    [
      'Enrolling a phone',
      'Company-owned iPhones come through Apple Business Manager and enrol themselves at setup. Personal (BYOD) phones: install Company Portal from the App Store/Google Play, sign in with the work account and follow the steps; on Android choose the Work profile. Staff who don’t want to enrol a personal phone can still use Outlook and Teams under app protection (MAM) without enrolling.',
    ],
    [
      'Common errors',
      '"Your device couldn’t be enrolled" / "Device cap reached": the user has hit the 5-device limit — delete old devices in Intune. "Couldn’t add your device" on iOS: the MDM push certificate expired. Outlook on the phone says "Your organisation requires Intune Company Portal" or "Get access to your organisation’s data": install Company Portal and sign in (it acts as the broker even without enrolment). Non-compliant devices: open Company Portal > Devices > Check status to see what to fix (OS version, passcode).',
    ],
  ]),
  article(
    'k-hf-globalprotect',
    'Harrow & Finch – remote access (GlobalProtect)',
    harrowFinch,
    'Clients/Harrow & Finch/Runbooks',
    [
      [
        'Overview',
        'Harrow & Finch do NOT use FortiClient. Their Palo Alto PA-440 runs GlobalProtect; portal address vpn.harrowfinch.com.au. Sign-in is SAML through Microsoft Entra, so the user gets the normal Microsoft login and Authenticator prompt. Engineers need the VPN for the P: (Projects) drive and the Vault server; email and Teams work without it.',
      ],
      [
        'Troubleshooting',
        '1. "Portal not found" or "Gateway not responding": check the address is exactly vpn.harrowfinch.com.au (users type the old remote.harrowfinch.com.au).\n2. Stuck on "Connecting…" after the Microsoft login: clear GlobalProtect’s embedded browser by Settings > Refresh Connection; if still stuck, uninstall and reinstall GlobalProtect 6.2 from the company portal.\n3. "You are not authorised to connect to GlobalProtect Portal": the user isn’t in the HF-VPN-Users Entra group.\n4. Connected but P: drive shows a red X: run net use, then disconnect and remap \\\\hf-fs01\\projects. Site staff on 4G in the field should expect slow opening of large .rvt files — tell them to use the Revit cloud worksharing copy instead.',
      ],
    ],
  ),
  article(
    'k-hf-projectledger',
    'Harrow & Finch – ProjectLedger timesheets',
    harrowFinch,
    'Clients/Harrow & Finch/Line of business',
    [
      [
        'About',
        'ProjectLedger is H&F’s project accounting and timesheet system (desktop client 11.x plus the web timesheet at timesheets.harrowfinch.com.au). Timesheets are due by 10 am Monday; the finance lead is Margaret Osei. The vendor (Ledgerline Software) support contract is held by us — log vendor calls under the H&F account number HF-2217.',
      ],
      [
        'Common issues',
        '1. "Timesheet locked – period closed": finance has closed the week. Only Margaret can reopen a period; don’t ask the vendor.\n2. Project code missing from the dropdown: the project hasn’t been set to Active or the user isn’t on the project team — finance again, not us.\n3. Web timesheet shows "Error 401 – SSO token expired": sign out of all Microsoft tabs, open the site in a private window, or clear cookies for timesheets.harrowfinch.com.au.\n4. Desktop client "Cannot connect to database PLSQL01": the user is off-site without GlobalProtect, or the SQL service on HF-APP02 stopped — restart "ProjectLedger Application Service" then SQL Server (PLEDGER).',
      ],
    ],
  ),
  article(
    'k-hf-designjet-plotter',
    'Harrow & Finch – A0/A1 plotter (HP DesignJet)',
    harrowFinch,
    'Clients/Harrow & Finch/Printing',
    [
      [
        'Device',
        'HP DesignJet T1700 (44-inch) on Level 3, IP 10.20.3.40, shared from HF-PRT01 as "HF-Plotter-A0". Loaded with a 914 mm bond roll. This overrides the generic printing article: do not use the universal PCL driver for this device.',
      ],
      [
        'Plots come out wrong or don’t print',
        '1. Plots cropped or scaled tiny: in the AutoCAD/Revit plot dialog choose the HP DesignJet T1700 HP-GL/2 driver and "ISO A1 (841 x 594 mm)" or "ISO A0", not "Letter". Untick "Fit to paper" unless the user asked for it.\n2. Job sits in the queue showing "Printing" but nothing comes out: the roll is out or the printer says "Load paper" — someone on Level 3 must load a new roll (spares in the cupboard next to the kitchen).\n3. Long PDF plots that time out: print from Adobe Acrobat with "Print as image" off, or send the PDF via HP Click.\n4. Streaky lines: run Image quality maintenance > Clean printheads from the front panel.',
      ],
    ],
  ),
  article(
    'k-crp-clearview-pacs',
    'Coastal Radiology – ClearView PACS viewer',
    coastalRadiology,
    'Clients/Coastal Radiology/Clinical systems',
    [
      [
        'About',
        'ClearView PACS stores all imaging (CT, MRI, ultrasound, X-ray). Radiologists use the ClearView Diagnostic workstation; referrers and staff use the ClearView Web viewer at pacs.coastalradiology.com.au. The PACS vendor (Medivue) handles the server; we handle workstations, network and accounts. Clinical downtime = P1: call the practice manager, Dr Fiona Lam, and the Medivue support line.',
      ],
      [
        'Images won’t load / study not found',
        '1. "Study not found" for a patient just scanned: the modality may not have sent it yet — ask the radiographer to resend from the modality console (DICOM send to CLEARVIEW_AE, port 104).\n2. Images load as grey boxes or stall at 0%: clear the viewer cache (ClearView > Tools > Local cache > Purge) and check the workstation is on the clinical VLAN (10.50.x.x) not staff Wi-Fi.\n3. Web viewer "Session expired" every few minutes: the browser is blocking third-party cookies — add pacs.coastalradiology.com.au to the allowed list in Edge.\n4. Referrer can’t log in: referrer accounts are created by the front desk team in RadiSuite, not by us.',
      ],
    ],
  ),
  article(
    'k-crp-radisuite-ris',
    'Coastal Radiology – RadiSuite RIS and front desk',
    coastalRadiology,
    'Clients/Coastal Radiology/Clinical systems',
    [
      [
        'About',
        'RadiSuite is the radiology information system: bookings, patient registration, Medicare billing and worklists. Front desk PCs run the RadiSuite client 8.4; each desk has a Zebra ZD421 label printer and a Honeywell barcode scanner for request forms.',
      ],
      [
        'Front desk problems',
        '1. RadiSuite freezes at "Retrieving worklist…": close it from Task Manager, reopen. If all desks freeze, the RIS app server CRP-RIS01 needs the "RadiSuite Broker" service restarted — coordinate with the practice manager, clinics will lose bookings for 2 minutes.\n2. Patient labels print blank or shifted: on the Zebra, hold the feed button until it flashes twice to recalibrate; labels are 50 x 25 mm. Driver must be ZDesigner ZD421-203dpi ZPL.\n3. Barcode scanner beeps but nothing appears: the scanner must be in USB keyboard mode — scan the "USB Keyboard" code taped to the desk.\n4. Medicare claiming error "Minor ID invalid" or "PRODA certificate expired": the PRODA device certificate on the RIS server expired; this is renewed by the practice manager in PRODA, then we import it.',
      ],
    ],
  ),
  article(
    'k-crp-reporting-workstations',
    'Coastal Radiology – reporting workstations and dictation',
    coastalRadiology,
    'Clients/Coastal Radiology/Workstations',
    [
      [
        'Setup',
        'Radiologist reporting rooms have dual 5 MP Barco diagnostic monitors, a Philips SpeechMike Premium Air and Dragon Medical One for dictation into RadiSuite. Workstations log in with the radiologist’s own account; the shared RAD-READ account is for locums only.',
      ],
      [
        'Dictation not working',
        'This overrides the generic audio article for these rooms.\n1. Dragon says "Microphone not connected" or the SpeechMike buttons do nothing: check the SpeechMike docking station cable, then open Philips Device Control Center and confirm the device is detected; update firmware from there.\n2. Dragon hears nothing: in Windows Sound settings the input must be "SpeechMike Premium Air", not the webcam mic. Run Dragon’s Audio Setup Wizard.\n3. Text goes into the wrong window: Dragon must target the RadiSuite report editor; restart Dragon Medical One after RadiSuite, not before.',
      ],
      [
        'Monitors',
        'Barco monitors showing "Calibration overdue" or a dim screen: run QAWeb Agent calibration; don’t change brightness by hand. Replacement monitors are sourced through Barco only.',
      ],
    ],
  ),
  article(
    'k-wsp-rentroll-pro',
    'Wattle Street – RentRoll Pro (property management and trust)',
    wattleStreet,
    'Clients/Wattle Street/Line of business',
    [
      [
        'About',
        'RentRoll Pro is the cloud property management and trust accounting platform for the rental team (app.rentrollpro.com.au). Accounts are managed by Wattle Street’s principal, Daniel Ruiz, inside RentRoll Pro; we only support the PCs, browsers and the bank file imports.',
      ],
      [
        'Common issues',
        '1. Bank reconciliation import fails "File format not recognised": the CBA CommBiz export must be CSV in the "BAI2" layout, not PDF or the default CSV. Re-export from CommBiz > Statements.\n2. Tenant ledger PDFs won’t open: set Edge to download PDFs rather than open them in the browser (RentRoll Pro uses a pop-up).\n3. "Your session has expired" loops: clear the site’s cookies; RentRoll Pro blocks sign-in from more than two browsers at once.\n4. Locked out of RentRoll Pro: only Daniel can unlock users from Settings > Team. Our Microsoft 365 password reset does not affect RentRoll Pro logins.',
      ],
    ],
  ),
  article(
    'k-wsp-bizhub-scanning',
    'Wattle Street – copiers, scanning and PaperCut',
    wattleStreet,
    'Clients/Wattle Street/Printing',
    [
      [
        'Devices',
        'Both offices (Paddington and Newtown) have a Konica Minolta bizhub C450i leased from Business Systems Group (lease contact on the asset). Printing is "follow me" through PaperCut MF: jobs are released by tapping the staff ID card on the copier.',
      ],
      [
        'Scanning',
        'This overrides the generic scan article. Scan to email uses SMTP2GO, not the Microsoft 365 relay: server mail.smtp2go.com, port 2525, user wattle-copier. If scans stop arriving, log in to SMTP2GO and check the Activity page for bounces or a reached monthly limit. Scan to Me sends to the address tied to the user’s PaperCut card.',
      ],
      [
        'Printing',
        '1. Card not recognised: re-register the card at the copier (tap card > enter network username and password).\n2. Job doesn’t appear at the copier: check the PaperCut client is running on the PC (green tray icon) and that they printed to "Wattle-FollowMe", not directly to the copier’s IP.\n3. Toner, paper jams and service calls go to Business Systems Group, not us.',
      ],
    ],
  ),
  article(
    'k-wsp-agent-phones',
    'Wattle Street – agents’ phones, email and MFA',
    wattleStreet,
    'Clients/Wattle Street/Runbooks',
    [
      [
        'Policy',
        'Sales agents use their own phones. Wattle Street phones are NOT enrolled in Intune; Outlook and Teams are protected by app protection policies only, so agents should never be asked to install Company Portal to enrol. MFA resets and new-phone requests must be approved by the office manager, Tessa Nguyen, by phone — agents are targeted by fake "new phone" requests.',
      ],
      [
        'Agent changed phones',
        '1. Get Tessa’s approval and note it in the ticket.\n2. Delete the old Authenticator method in Entra and issue a Temporary Access Pass (valid 4 hours, agents are often at open homes).\n3. Agent installs Outlook, Teams and Microsoft Authenticator, signs in with the TAP and registers Authenticator.\n4. If Outlook on the phone says "Your organisation now protects its data in this app, restart", that’s expected; they must set a 6-digit app PIN.',
      ],
    ],
  ),
];
