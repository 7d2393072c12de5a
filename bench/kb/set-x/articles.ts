/**
 * Set X: a blind labelled KB set, written without reading the search code or any other set.
 * The MSP is Finnieston Tech Support, a small Glasgow MSP documenting its own runbooks and four
 * clients' runbooks in Hudu (HaloPSA for tickets, NinjaOne RMM, SentinelOne, Veeam and Datto).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_X_CLIENTS = {
  clydeside: 'Clydeside Homes Housing Association Ltd',
  glenkelvin: 'Glen Kelvin Distillers Ltd',
  merchantcity: 'Merchant City Architects Ltd',
  kelvinside: 'Kelvinside Dental Group Ltd',
} as const;

const { clydeside, glenkelvin, merchantcity, kelvinside } = SET_X_CLIENTS;

export const SET_X_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365
  article(
    'x-outlook-password-prompts',
    'Outlook keeps prompting for credentials (Microsoft 365)',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `Outlook desktop keeps throwing up a Windows Security / "Enter password" box, or the status bar shows "Need Password". User types the password, it goes away, then comes back a few minutes later. Often starts right after a password change or after a new laptop is set up.`,
      ],
      [
        'Cause',
        `Usually one of:
- stale saved credentials in Windows Credential Manager
- a broken token in the Web Account Manager (WAM) / AAD Broker plugin
- old registry keys from a legacy GPO forcing ADAL off (EnableADAL = 0)
- an Office 2013/2016 MSI install that can't do modern auth now that basic auth is off in Exchange Online`,
      ],
      [
        'Fix',
        `1. First check the user can sign in at outlook.office.com with the same password. If not, it's a password/account problem, not Outlook.
2. Close Outlook. Control Panel > Credential Manager > Windows Credentials. Remove anything starting MicrosoftOffice16_Data:SSPI, MicrosoftOffice16_Data:ADAL and any entry mentioning outlook.office365.com.
3. Check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity. Delete EnableADAL and DisableADALatopWAMOverride if present.
4. If still prompting, reset the broker: sign the user out, rename %LOCALAPPDATA%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy to .old, sign back in. (Do NOT do this on a shared RDS host.)
5. File > Office Account - make sure the signed-in account is the work account and not a personal Microsoft account.
6. If they're on Office 2016 MSI, stop troubleshooting and get M365 Apps installed.`,
      ],
      [
        'Escalate',
        `If the Entra sign-in logs show AADSTS50126 from the device over and over after the reset, check the password has actually synced (Entra Connect). If the sign-in log shows a Conditional Access failure see the CA article.`,
      ],
    ],
  ),

  article(
    'x-outlook-profile-rebuild',
    'Outlook hangs, crashes or search broken - new profile and OST rebuild',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `- Outlook stuck on "Loading profile" or "Processing"
- crashes straight after opening, or "Cannot start Microsoft Outlook. Cannot open the set of folders"
- recent mail not showing in Outlook but visible in OWA
- search returns nothing / "Something went wrong and your search couldn't be completed"`,
      ],
      [
        'Steps',
        `1. Start it in safe mode: Win+R, outlook.exe /safe. If it opens fine it's an add-in. File > Options > Add-ins > Manage COM Add-ins > Go, untick things like Mimecast, Adobe PDFMaker, Zoom, old CRM add-ins. Re-enable one at a time.
2. Quick Repair of Office (Settings > Apps > Microsoft 365 Apps > Modify > Quick Repair). Online repair if quick doesn't help (takes ages, needs internet).
3. New profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it with the date. Set "Always use this profile" to the new one. Leave the old one for a week then delete.
4. If the OST itself is corrupt: close Outlook, go to %LOCALAPPDATA%\\Microsoft\\Outlook, rename the .ost to .old. Outlook rebuilds on next start - warn the user it will take a while on big mailboxes.
5. Big mailboxes (30GB+): File > Account Settings > Account Settings > Change > set "Download email for the past" slider to 1 year.`,
      ],
      [
        'Search not working',
        `Check Windows Search service is running. Control Panel > Indexing Options > Advanced > Rebuild. Make sure Outlook is in the list of indexed locations (Modify). Can take hours. OWA search works meanwhile.`,
      ],
      [
        'Notes',
        `Never delete PST files - some users still have old archive.pst attached. Check before renaming anything.`,
      ],
    ],
  ),

  article(
    'x-shared-mailbox',
    'Shared mailboxes - giving access, automapping, Send As / Send on Behalf',
    null,
    'Microsoft 365',
    [
      [
        'Before you start',
        `Access to a shared mailbox needs approval from the mailbox owner or a manager listed in Hudu for that client. Note the approver in the ticket.`,
      ],
      [
        'Granting access',
        `Exchange admin center > Recipients > Mailboxes > pick the shared mailbox > Delegation.
- Read and manage (Full Access) - lets them open it
- Send as - mail appears to come from the mailbox itself
- Send on behalf - shows "User on behalf of Mailbox"
PowerShell: Add-MailboxPermission -Identity orders@client.co.uk -User jane.smith@client.co.uk -AccessRights FullAccess -AutoMapping $true
Add-RecipientPermission -Identity orders@client.co.uk -Trustee jane.smith@client.co.uk -AccessRights SendAs`,
      ],
      [
        'Mailbox not showing in Outlook',
        `Automapping can take up to an hour. Restart Outlook. If permission was granted with AutoMapping $false, add manually: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add. Or remove and re-add the permission with automapping on.`,
      ],
      [
        'Send As errors',
        `"You do not have the permission to send the message on behalf of the specified user" or an NDR 5.7.60 - usually permission not replicated yet (give it 30-60 min), or the user has a cached autocomplete entry. Remove the From address from the autocomplete list, type it fresh in the From field. If they only have Send on Behalf but selected it as Send As it will also fail - check which one they were given.
Sent items go into the user's own Sent Items by default. To keep a copy in the shared mailbox: Set-Mailbox orders@ -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true`,
      ],
      [
        'Licensing',
        `Shared mailboxes don't need a licence under 50GB and without archive. Never give out the password for a shared mailbox or sign in to it directly - block sign-in on the account.`,
      ],
    ],
  ),

  article(
    'x-exo-mailflow',
    'Emails not arriving or bouncing - message trace and NDR codes',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `External sender says their email to us bounces, user "not getting emails from" someone, or the user's own outbound mail comes back with an NDR.`,
      ],
      [
        'Message trace',
        `Exchange admin center > Mail flow > Message trace > Start a trace. Search by sender and/or recipient, last 2 days (up to 10 days for a quick trace, 90 for an extended one that gets emailed). Status tells you most of it:
- Delivered - it's in the mailbox. Check Junk, Other (Focused Inbox) and inbox rules.
- FilteredAsSpam / Quarantined - release from security.microsoft.com/quarantine, then look at why (spoofing, bulk, phish).
- Failed - open the detail, it'll have the NDR.
- Not found at all - the sender's side never sent it, or MX records point somewhere else (Mimecast etc).`,
      ],
      [
        'Common NDR codes',
        `550 5.1.1 - recipient doesn't exist. Typo, or leaver's mailbox deleted.
550 5.7.1 / 5.7.133 - sender not allowed. Often a distribution group set to internal senders only, or a mail flow rule blocking.
550 5.4.1 Recipient address rejected: Access denied - directory based edge blocking, the address genuinely isn't in the tenant.
550 5.7.23 - SPF fail. Sender's SPF doesn't include the service they sent from. Their problem, but tell them.
554 5.7.5 - DMARC evaluation failure.
550 5.7.708 / 5.7.750 - outbound blocked, tenant or IP flagged. Raise with Microsoft.
452 4.3.1 / 5.2.2 - mailbox full. Check quota, archive.
5.7.520 - the user is in Restricted entities (blocked from sending because they sent spam) - treat as compromised account.`,
      ],
      [
        'Allow / block',
        `Tenant Allow/Block List in Defender: Email & collaboration > Policies > Threat policies > Tenant Allow/Block Lists. Use allows sparingly and with an expiry date. Don't whitelist whole domains like gmail.com.`,
      ],
    ],
  ),

  article(
    'x-teams-cache',
    "Teams won't load, white screen or sign-in loop (new Teams)",
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `Teams stuck on the spinning logo, blank white window, "We're sorry - we've run into an issue", keeps asking to sign in, presence stuck on Unknown. Error codes seen: caa7000a, caa70004, caa20002, 0xCAA70007.`,
      ],
      [
        'Fix',
        `1. Quit Teams properly - right click the tray icon > Quit. Just closing the window isn't enough.
2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete the contents of %LOCALAPPDATA%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams.
3. Classic Teams (still on a few RDS servers): delete %APPDATA%\\Microsoft\\Teams.
4. caa7000a / caa70004 are network - check proxy, VPN, DNS filter. Try on a phone hotspot.
5. caa20002 / sign in loop - it's the token broker, same fix as Outlook credential prompts (broker plugin reset).
6. Check Service health in the M365 admin centre before spending an hour on one PC.
Workaround while you fix it: teams.microsoft.com in Edge.`,
      ],
    ],
  ),

  article(
    'x-teams-av',
    'Teams calls and meetings - microphone, speaker, camera problems',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `Others can't hear the user, user can't hear others, echo, headset not listed, camera black or "We can't find a camera", screen share shows black to the other side.`,
      ],
      [
        'Checks',
        `- Teams > Settings > Devices. Pick the headset explicitly for speaker AND mic (Jabra Evolve2, Poly Voyager etc) - Teams often grabs the laptop speakers after undocking. Make a test call from that page.
- Windows: Settings > Privacy & security > Microphone / Camera - "Let desktop apps access" must be on.
- Something else has the camera: close Zoom, Webex, the Dell/HP camera app.
- Headset through the dock is flaky - plug the USB dongle straight into the laptop.
- Bluetooth headsets paired directly to the laptop drop into hands-free mode (awful audio). Use the USB dongle that came with it.
- Update Jabra Direct / Poly Lens and the headset firmware.
- Echo: someone in the meeting is on speakers with their mic open, usually not our user.
- Black screen share: new Teams, Settings > General, turn off GPU hardware acceleration and restart. Sharing a window with DRM content (Netflix, some PDFs) also goes black.`,
      ],
    ],
  ),

  article(
    'x-onedrive-sync',
    'OneDrive sync issues - red crosses, stuck processing, Known Folder Move',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `Red X on files/folders, "Sync pending", "Processing 4,312 changes" that never finishes, "Upload blocked", error 0x8004de40 (can't connect), 0x8004de85 (wrong account), desktop/documents empty on a new laptop.`,
      ],
      [
        'First look',
        `Click the OneDrive cloud in the tray > the warning banner > View sync problems. It normally names the file. Common ones:
- file name with characters OneDrive doesn't like or a path over 400 characters - get the user to shorten folder names
- file open in another app (Access databases, QuickBooks files - those shouldn't be in OneDrive at all)
- storage full (check the user's OneDrive quota in the admin centre)
- library too big (300k+ items synced = trouble; sync fewer folders)`,
      ],
      [
        'Reset',
        `%localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset  - wait 2 minutes, then start OneDrive manually if it doesn't come back. It re-scans everything; don't panic when it shows everything as syncing again.`,
      ],
      [
        'Known Folder Move',
        `Our Intune baseline redirects Desktop, Documents and Pictures to OneDrive silently. On a new device the files come back once the user is signed into OneDrive and the initial sync finishes - they show as cloud-only (Files On-Demand) so it's quick. If the desktop is still empty: check OneDrive is signed in with the work account, and Settings > Sync and backup > Manage back up shows the folders as backed up.
Files needed offline: right click > Always keep on this device.`,
      ],
      [
        'Office files',
        `"Upload failed" on Word/Excel files: OneDrive settings > Sync and backup > Advanced > toggle "Use Office applications to sync Office files that I open" off and on.`,
      ],
    ],
  ),

  article(
    'x-sharepoint-access',
    'SharePoint and Teams sites - access requests and external sharing',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `"You need access", "Access denied", "Sorry, this site hasn't been shared with you", or a guest can't open a link sent to them.`,
      ],
      [
        'Internal users',
        `Get approval from the site/team owner (Teams > team > Manage team shows owners). Add the user to the team / Microsoft 365 group - don't add individual permissions on folders unless the client insists, it becomes unmanageable. SharePoint admin center > Sites > Active sites > pick site > Membership. Takes a few minutes, sometimes up to an hour for the Teams tab to appear.`,
      ],
      [
        'External / guest access',
        `- Tenant setting: SharePoint admin > Policies > Sharing. Most of our clients are "New and existing guests". "Anyone" links are off by policy.
- The site itself can be more restrictive than the tenant - check the site's sharing setting.
- Guest must accept the invite from the email with the same address. Error AADSTS50020 "User account from identity provider does not exist in tenant" = they signed in with a different account (often a personal Microsoft account). Get them to use an InPrivate window.
- Guests appear in Entra > Users with #EXT# in the UPN.`,
      ],
    ],
  ),

  article(
    'x-m365-licensing',
    'Microsoft 365 licences - buying, assigning and changing',
    null,
    'Microsoft 365',
    [
      [
        'Where licences come from',
        `All client licences are bought through our Pax8 CSP account. Don't buy from the M365 admin centre directly and don't add licences without written approval from the client's authorised contact (listed in Hudu) - they get billed.`,
      ],
      [
        'Adding licences',
        `1. Check spare licences: M365 admin > Billing > Licenses.
2. None spare: quote from Pax8, client approves, order in Pax8 (Subscriptions > increase quantity). Shows in tenant within 15 minutes.
3. NCE annual commitments can be increased any time but NOT reduced until renewal. Monthly costs 20% more but can go down. Flag this to the client.`,
      ],
      [
        'Assigning',
        `We use group-based licensing. Add the user to LIC-M365-BusinessPremium (or LIC-M365-BusinessStandard, LIC-M365-F3). Errors show on the group in Entra > Groups > Licenses:
- CountViolation - not enough licences
- MutuallyExclusiveViolation - user has a conflicting licence assigned directly
- usage location missing - set user Usage location to United Kingdom and reprocess.
F3 is for frontline staff - no desktop Office apps, 2GB mailbox.`,
      ],
    ],
  ),

  article(
    'x-office-activation',
    'Office shows "Unlicensed Product" or activation errors',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        `Red/yellow banner "UNLICENSED PRODUCT" or "Account notice: there's a problem with your account", "We couldn't verify your subscription", Word/Excel in reduced functionality (read only), error 0x8004FC12, 0xC004F074, "you've reached the limit of installs".`,
      ],
      [
        'Fix',
        `1. Check the user's licence actually includes desktop apps - Business Basic, E1 and F3 do NOT. If wrong licence see the licensing article.
2. File > Account > Sign out. Close all Office apps. Open Word and sign in with the work account.
3. Leftover licences from an old install / different tenant: run the Microsoft Support and Recovery Assistant (or the OLicenseCleanup script), reboot, sign in again.
4. Install limit - user can sign out of old devices at myaccount.microsoft.com > Office apps / Devices.
5. RDS / shared PCs need shared computer activation set in the ODT config, otherwise every user gets this.
6. Check the PC clock and time zone - wildly wrong time breaks activation.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Identity
  article('x-mfa-reset', 'MFA reset - new phone, lost phone, Authenticator not working', null, 'Identity', [
    [
      'Verify identity FIRST',
      `Never reset MFA because of an email or a Teams message alone. Call the user back on the mobile number in Hudu/HaloPSA or get their line manager to confirm by phone. Note how you verified in the ticket. This is the #1 way attackers get in.`,
    ],
    [
      'Reset',
      `Entra admin center > Users > user > Authentication methods.
- New phone, old one still working: user can add the new phone themselves at aka.ms/mysecurityinfo.
- Old phone gone: delete the Microsoft Authenticator method(s) and phone numbers that are no longer valid, or "Require re-register multifactor authentication".
- Issue a Temporary Access Pass (one-time, 1 hour) so they can sign in and register Authenticator on the new phone without the old one.
- Lost/stolen phone: also Revoke sessions on the user.`,
    ],
    [
      'Common gotchas',
      `- Number matching: the user has to type the 2-digit number shown on screen into the app. Older users miss this.
- iCloud/Google backup of Authenticator restores personal accounts, NOT work accounts - they always need re-registering.
- SMS not arriving: check number is stored as +44 7xxx, not 07xxx.
- Prompts they didn't initiate = possible compromise, see the compromised account article.`,
    ],
  ]),

  article(
    'x-ca-blocked',
    'Conditional Access blocks - "You cannot access this right now" / AADSTS53003',
    null,
    'Identity',
    [
      [
        'Symptoms',
        `"You cannot access this right now", "Your sign-in was successful but does not meet the criteria to access this resource", AADSTS53003 (blocked by CA), AADSTS53000 (device must be compliant), AADSTS50158.`,
      ],
      [
        'Find which policy',
        `Entra admin center > Monitoring > Sign-in logs > filter the user > open the failed sign-in > Conditional Access tab. It lists each policy and Success/Failure/Not applied.`,
      ],
      [
        'Our baseline policies',
        `CA001 Block legacy authentication
CA002 Require MFA all users
CA003 Require MFA for admins every sign-in
CA004 Block sign-ins from outside UK and EU - catches people on holiday
CA005 Block high user risk (needs P2)
CA006 Require compliant or hybrid joined device for desktop apps`,
      ],
      [
        'Fixes',
        `- Travelling abroad (CA004): needs client approval. Add user to CA-Exclude-Travel with an end date in the ticket, and set a reminder to remove them. Don't disable the policy.
- Device not compliant (CA006 / 53000): fix compliance, see the Intune compliance article.
- Legacy auth (CA001): old app or printer using basic auth. Fix the app, don't exclude.
Never permanently exclude anyone from CA002.`,
      ],
    ],
  ),

  article('x-password-reset', 'Password resets and self-service password reset', null, 'Identity', [
    ['Verify', `Same as MFA resets - call back on the number we hold or confirm with their manager.`],
    [
      'Cloud-only tenants',
      `M365 admin > Users > Active users > user > Reset password. Tick "Require this user to change their password when they first sign in". Give the temp password by phone, not email.`,
    ],
    [
      'Hybrid (AD synced)',
      `Reset in Active Directory Users and Computers on the DC (or Entra if password writeback is on). Then force a sync on the Entra Connect server: Start-ADSyncSyncCycle -PolicyType Delta. Otherwise M365 takes up to 30 min to get the new password.`,
    ],
    [
      'Laptop still wants the old password',
      `Laptops off site only know the cached password. User needs to sign in with the OLD password (or Windows Hello PIN), connect VPN / be in the office, then lock (Win+L) and unlock with the new password so Windows picks it up. On Entra-joined laptops just being online is enough after a lock/unlock. Expired password while working from home is the same situation.`,
    ],
    [
      'SSPR',
      `Self-service reset is enabled for most clients: aka.ms/sspr. Users must have registered methods at aka.ms/mysecurityinfo. Policy: 14 characters minimum, no expiry (passphrases encouraged), last 24 remembered.`,
    ],
  ]),

  article('x-ad-lockout', 'Account keeps locking out - finding the source (on-prem AD)', null, 'Identity', [
    [
      'Symptoms',
      `User locked out again minutes after being unlocked / reset. Common after a password change.`,
    ],
    [
      'Likely causes',
      `Old password saved somewhere that keeps retrying: phone mail app (ActiveSync), mapped drive with saved credentials, Credential Manager entry, scheduled task or service running as the user, disconnected RDP session on a server, Wi-Fi (NPS/RADIUS) on a phone, a second PC they forgot they're logged into.`,
    ],
    [
      'Find it',
      `1. On the PDC emulator (Get-ADDomain | select PDCEmulator) open Event Viewer > Security, filter event ID 4740. "Caller Computer Name" is where the bad attempts come from.
2. LockoutStatus.exe (Account Lockout Status tool) shows bad pwd count per DC.
3. Then on that computer look at 4625 events for the process name.
4. Blank caller computer or an Exchange/NPS server - it's a phone.`,
    ],
    [
      'Unlock',
      `ADUC > user > Account tab > tick "Unlock account". Or Unlock-ADAccount jsmith. Entra smart lockout (AADSTS50053) is separate and clears by itself.`,
    ],
  ]),

  // ---------------------------------------------------------------- Network
  article(
    'x-vpn-forticlient',
    'FortiClient VPN troubleshooting (our standard remote access)',
    null,
    'Network',
    [
      [
        'Overview',
        `Standard remote access for clients with a FortiGate is the free FortiClient VPN (7.x, VPN-only). SSL-VPN on 443 or 10443 depending on site, authenticating against AD (LDAP) or Entra SAML. Connection profile is pushed with the Ninja install script - check the gateway address in Hudu under the client's Network > Remote Access.`,
      ],
      [
        'Error messages',
        `"Unable to establish the VPN connection. The VPN server may be unreachable. (-14)" - wrong gateway/port, no internet, ISP or hotel Wi-Fi blocking, or the FortiGate WAN is down. Test the gateway in a browser (https://gateway:port should show a login page).
"Credential or SSL VPN configuration is wrong (-7200)" - bad password, or password expired.
"Permission denied (-455)" - user not in the SSL-VPN user group on the FortiGate.
"(-5029)" / "(-6005)" - certificate / TLS problem, update FortiClient.
Stuck at 98% - virtual adapter problem. Uninstall FortiClient, reboot, reinstall. Also caused by another VPN client (NordVPN, old Cisco AnyConnect) being installed.`,
      ],
      [
        'Connected but nothing works',
        `Can't reach drives or servers: try the server by IP. If IP works and name doesn't it's DNS - check the adapter got the internal DNS servers and suffix. Some home routers use the same 192.168.1.0/24 range as the office - that breaks routing, user can't fix without changing their home router.
Drops every 8 hours - auth-timeout on the FortiGate, by design.`,
      ],
      [
        'Escalate',
        `Network team checks the FortiGate: Log & Report > System Events > VPN Events, and Dashboard > Network > SSL-VPN monitor.`,
      ],
    ],
  ),

  article('x-wifi-corporate', "Wi-Fi - can't connect to the staff network, drops, slow", null, 'Network', [
    [
      'How our Wi-Fi is set up',
      `Staff SSID is WPA2/WPA3-Enterprise with certificate auth (EAP-TLS) at larger clients - the Wi-Fi profile and cert come from Intune, there is no password to give out. Small sites use WPA2-PSK. Guest SSID is isolated from the LAN. APs are UniFi or Aruba Instant On depending on client.`,
    ],
    [
      "Can't connect",
      `- "Can't connect to this network" on a laptop: Forget the network, then Settings > Accounts > Access work or school > account > Info > Sync to get the profile back.
- Check certificate: certmgr.msc > Personal > Certificates, cert issued to the device/user from the client's SCEP CA, not expired.
- NPS server: event 6273 with reason code 16 (bad credentials) or 22 / 265 (cert problem).
- Personal phones and visitor devices go on guest, not staff.`,
    ],
    [
      'Drops / slow',
      `- One laptop: update the Wi-Fi driver (Intel AX201/AX211 drivers from Dell Command Update), Device Manager > adapter > Power Management, untick "Allow the computer to turn off this device".
- One area: look at the AP in the controller - client signal (RSSI worse than -70 is bad), channel utilisation, AP uptime (rebooting = power/PoE issue).
- Everyone: check the internet line first.`,
    ],
  ]),

  article('x-dhcp-no-ip', 'No network / 169.254 address - DHCP checks', null, 'Network', [
    [
      'Symptoms',
      `ipconfig shows 169.254.x.x, "Unidentified network", "No internet, secured", or several devices on a site suddenly with no connection.`,
    ],
    [
      'One device',
      `Cable / wall port (link lights?), ipconfig /release then /renew, disable/enable adapter, try another port. If still 169.254 see switch port article.`,
    ],
    [
      'Lots of devices',
      `Scope exhausted is the usual one. Windows DHCP: DHCP console > server > IPv4 > Scope > Address Leases / Scope Statistics. FortiGate DHCP: Dashboard > Network > DHCP (or Monitor > DHCP Monitor on older firmware).
- Lots of phones/guests with 8 day leases fill a /24 fast. Shorten lease to 1 day on busy scopes, or put guests on their own scope.
- DHCP server service stopped (DC rebooted and service didn't start) - start it, check event log.
- Rogue DHCP: devices getting 192.168.0.x / 192.168.1.x when the site is 10.x = someone's plugged in a home router. Find it and unplug it.
Printers and other fixed kit should have reservations, not static IPs inside the scope.`,
    ],
  ]),

  article('x-dns-resolution', 'DNS problems - websites or servers not resolving', null, 'Network', [
    [
      'Symptoms',
      `"This site can't be reached - DNS_PROBE_FINISHED_NXDOMAIN", can ping an IP but not the name, internal server name not found, company website not loading inside the office after it moved host but fine on 4G.`,
    ],
    [
      'Checks',
      `ipconfig /all - domain-joined PCs must use the internal DNS (DCs), not 8.8.8.8. ipconfig /flushdns. nslookup name, and nslookup name 1.1.1.1 to compare internal vs public answers.`,
    ],
    [
      'Split DNS - website moved',
      `Most of our AD clients have an internal zone with the same name as their public domain. When the website moves host, the internal A record for www (and the blank @ record) still point to the old IP. DNS Manager on the DC > Forward Lookup Zones > client domain > update www to match public DNS.`,
    ],
    [
      'DNS filtering',
      `Clients on DNSFilter get a block page with a category ("Blocked: Newly registered domain"). Check the DNSFilter dashboard query log for the user's site and allow the domain if approved.`,
    ],
    [
      'Public DNS changes',
      `Changing MX/A/TXT records for a client is done at their registrar (logins in Hudu). Check TTL before promising when it'll work.`,
    ],
  ]),

  article(
    'x-firewall-change',
    'Firewall change requests (FortiGate) - port forwards, allow rules, web filter',
    null,
    'Network',
    [
      [
        'Rules',
        `Every firewall change needs written approval from the client's authorised contact and its own change ticket. Never publish RDP (3389), SMB or a database port to the whole internet - restrict source to the supplier's IP. Back up the config before any change: System > Configuration > Backup.`,
      ],
      [
        'Port forward for a supplier',
        `1. Policy & Objects > Addresses: create an address for the supplier's public IP(s).
2. Policy & Objects > Virtual IPs > Create New: external interface WAN1, external port, map to internal server IP and port.
3. Policy & Objects > Firewall Policy > Create: incoming WAN1, outgoing LAN, source = supplier address, destination = the VIP, service = the port, NAT off, log all sessions.
4. Test with the supplier on the phone. Document in Hudu under the client's Network > Firewall.
Set an end date if it's temporary remote support and diarise removing it.`,
      ],
      [
        'Website blocked by web filter',
        `User sees the FortiGuard block page "Web Page Blocked" with a category. Get approval, then Security Profiles > Web Filter > (profile) > Static URL Filter > add the URL with action Exempt or Allow. Don't change whole categories for one site.`,
      ],
    ],
  ),

  article('x-switch-port', 'Dead network point / switch port and VLAN problems', null, 'Network', [
    [
      'Symptoms',
      `Wall port has no link (no lights on the PC's network port), PC gets a guest or phone VLAN address, phone works but the PC plugged into the back of it doesn't.`,
    ],
    [
      'Trace it',
      `Wall port label (e.g. 2-14) > patch panel > switch port - port maps are in Hudu under the client's Network > Switches. If no map, tone the cable or use the switch's port activity (UniFi / Aruba Instant On > Devices > switch > Ports).
Cisco: show interfaces status, show mac address-table interface gi1/0/14.`,
    ],
    [
      'Fix',
      `- Port err-disabled (BPDU guard / port security) - find out why (someone plugged in a switch or made a loop), then shut / no shut.
- Wrong VLAN: data VLAN should be untagged/access, voice VLAN tagged via LLDP-MED. Compare with a working port.
- Loop: someone patched two wall ports together or a desk switch is looped - whole floor slows down. Check spanning tree logs.
- No link with a known good cable and switch port = cabling fault. Raise with the client's cabling contractor, not our job to re-terminate.`,
    ],
  ]),

  // ---------------------------------------------------------------- Endpoints
  article('x-windows-update', 'Windows Update failures and stuck updates', null, 'Endpoints', [
    [
      'How updates are managed',
      `Intune Windows Update rings (Pilot = IT + champions, Broad = everyone 7 days later) for Entra-joined devices. NinjaOne patch policies for servers and the few domain-only PCs. Don't run Windows Update manually on servers outside the patch window.`,
    ],
    [
      'Symptoms',
      `"We couldn't complete the updates. Undoing changes" every reboot, stuck on "Working on updates 30%", error codes 0x800f0922, 0x80070002, 0x800f081f, 0x8024a105, 0x80073712, or Intune/Ninja reporting the device missing quality updates for months.`,
    ],
    [
      'Fix',
      `1. Free disk space - at least 20GB free on C:.
2. Admin prompt: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.
3. Reset Windows Update components: net stop wuauserv, net stop bits, net stop cryptsvc; rename C:\\Windows\\SoftwareDistribution and C:\\Windows\\System32\\catroot2 to .old; start the services again.
4. 0x800f0922 - VPN connected during install, or the recovery/EFI partition is too small. Disconnect VPN and retry. Partition fix is an L2 job.
5. Still failing: download the specific KB from the Microsoft Update Catalog and install it manually.
6. Boot loop after an update: WinRE > Troubleshoot > Advanced options > Uninstall Updates > Uninstall latest quality update. You'll need the BitLocker key.`,
    ],
    [
      'Pausing',
      `If an update breaks a LOB app, pause the ring for that client's group in Intune (Devices > Update rings > Pause) and raise it in the weekly patch review.`,
    ],
  ]),

  article(
    'x-autopilot-enrolment',
    'New laptop setup with Autopilot and what to do when it fails',
    null,
    'Endpoints',
    [
      [
        'Normal process',
        `Vendor (Dell / Lenovo via our distributor) registers the hardware hash to the client tenant at order time. If a laptop was bought elsewhere, run Get-WindowsAutopilotInfo -Online from OOBE (Shift+F10) to upload it. Assign group tag (e.g. CHHA-Staff) so it picks up the right profile. User turns it on, connects to Wi-Fi, signs in with work email, MFA, then the Enrollment Status Page installs apps and policies.`,
      ],
      [
        'Failures',
        `- ESP stuck on "Setting up your device" / "Account setup" / apps 1 of 12 for ages, then error 0x800705b4 (timeout). Check Intune > Devices > device > Managed apps for the one stuck - usually a big LOB app or one that needs a reboot. ESP timeout is 60 mins.
- 0x80180014 "Something went wrong" - device previously enrolled/deleted. Delete the device from Intune AND Entra, then from Autopilot devices, re-import the hash.
- 0x80180018 - user has no Intune licence.
- Normal home OOBE appears (asks for a personal Microsoft account / "Let's set things up for your work or school") without the company branding - hash not imported or profile not assigned yet. Power off, check Windows Autopilot devices, wait for "Assigned" profile status.
- 80070774 - hybrid join profile, can't reach DC. We avoid hybrid Autopilot now.`,
      ],
      [
        'Starting again',
        `Intune > Devices > device > Wipe (or Autopilot Reset to keep enrolment). Locally: Settings > System > Recovery > Reset this PC > Remove everything.`,
      ],
    ],
  ),

  article(
    'x-intune-compliance',
    'Device shows "not compliant" in Intune / Company Portal',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        `Company Portal shows "Can't access company resources" / "Check status", Outlook or Teams says "Your device does not meet your organisation's requirements", sign-in error AADSTS53000, mobile Outlook stops syncing.`,
      ],
      [
        'What we check for',
        `Windows baseline compliance: BitLocker on, Secure Boot on, Defender/SentinelOne real-time on, firewall on, minimum OS build (current - 1), TPM present.
iOS/Android: passcode set, not jailbroken/rooted, minimum OS version, Company Portal installed and signed in.`,
      ],
      [
        'Fix',
        `1. Intune > Devices > All devices > device > Device compliance. Open the policy - it names the failing setting.
2. Typical: BitLocker pending after a BIOS update (reboot), OS too old (install updates), Defender signatures out of date, phone on an old iOS version (update phone).
3. Once fixed: Company Portal > Devices > this device > Check status, or Settings > Accounts > Access work or school > Info > Sync. Intune re-evaluates but it can take up to 8 hours on its own.
Grace period on non-compliance is 1 day, so users often get blocked the day after the warning.`,
      ],
    ],
  ),

  article('x-bitlocker-recovery', 'BitLocker recovery key screen', null, 'Endpoints', [
    [
      'Symptoms',
      `Blue screen "BitLocker recovery - Enter the recovery key for this drive" at boot. Usually after a BIOS/firmware update, dock/USB-C device plugged in at boot, TPM cleared, motherboard swap or Secure Boot changes.`,
    ],
    [
      'Get the key',
      `Verify the caller's identity first - the key unlocks all their data.
1. Ask them for the Key ID shown on screen (first 8 characters).
2. Entra admin center > Devices > All devices > search hostname > BitLocker keys > Show recovery key. Or Intune > Devices > device > Recovery keys.
3. Older AD-joined PCs: ADUC > computer object > BitLocker Recovery tab (needs the RSAT feature).
4. Match the Key ID, read out the 48-digit key in groups of 6.`,
    ],
    [
      'After',
      `If it was a BIOS update, suspend and resume BitLocker (manage-bde -protectors -disable c: then -enable) so it doesn't ask again. Intune rotates the key after it's been used.
No key escrowed anywhere = data can't be recovered. Escalate to L3 before telling the user.`,
    ],
  ]),

  article('x-print-queue', 'Printer offline or jobs stuck in the queue', null, 'Printing', [
    [
      'Symptoms',
      `Printer shows "Offline" in Windows, job sits in the queue as "Error - Printing" or "Printing" forever, nothing comes out. Find out if it's one user or everyone.`,
    ],
    [
      'Everyone',
      `Printer itself first - display errors, paper jam, powered off, IP on the printer's network config page. Ping it. If the IP changed (no DHCP reservation) update the port on the print server / Universal Print connector and add a reservation. Print server (SRV-PRINT01 at most clients): restart Print Spooler.`,
    ],
    [
      'One user',
      `1. Clear the queue: services.msc > Print Spooler > Stop. Delete everything in C:\\Windows\\System32\\spool\\PRINTERS. Start spooler.
2. Remove and re-add the printer (from the print server share, or Intune-deployed printer via Company Portal).
3. Driver: use the manufacturer's PCL6 universal driver, not the Windows inbox one.
4. "Do you trust this printer?" admin prompt - PrintNightmare point and print restrictions. Deploy the driver via Intune/Ninja rather than giving admin rights.`,
    ],
    [
      'Not us',
      `Toner, servicing and mechanical faults are the copier lease company. Numbers in Hudu per client.`,
    ],
  ]),

  article('x-scan-to-email', 'Scan to email / scan to folder failing on the MFD', null, 'Printing', [
    [
      'Symptoms',
      `Copier/MFD shows "SMTP error", "Send failed", "Authentication error", "Server connection error" when scanning to email, or "Connection error" scanning to a network folder.`,
    ],
    [
      'Why it breaks',
      `- SMTP AUTH with a username/password to smtp.office365.com: basic auth retired, scan account password changed or expired, MFA turned on for the scan account.
- Public IP changed (ISP change) so the connector no longer matches.
- Scan to folder: scanner only speaks SMB1, password on the scan account changed, or share permissions changed.`,
    ],
    [
      'Fix (preferred setup)',
      `Direct send / SMTP relay via connector:
1. Exchange admin > Mail flow > Connectors > Add: From "Your organisation's email server" to "Office 365", identify by the site's static public IP.
2. On the MFD: SMTP server = client-domain.mail.protection.outlook.com (the MX), port 25, no authentication, from address scanner@clientdomain.
3. Send a test. Check message trace if it doesn't arrive.
Sites without a static IP: use SMTP2GO with an API user (creds in Hudu).`,
    ],
    [
      'Scan to folder',
      `Enable SMB2/3 on the device (firmware update may be needed), use a dedicated svc-scan account with non-expiring password, share \\\\server\\Scans with Change permission for svc-scan.`,
    ],
  ]),

  article('x-dock-monitors', 'Docks and external monitors not working', null, 'Endpoints', [
    ['Standard kit', `Dell WD19S / WD22TB4 and HP USB-C Dock G5. Dell Latitudes and HP ProBooks mostly.`],
    [
      'Symptoms',
      `External monitors black or "No signal", only one of two screens works, keyboard/mouse on the dock dead, flickering, stuck at wrong resolution, laptop not charging / "slow charger" warning.`,
    ],
    [
      'Fix in this order',
      `1. Power-cycle the dock: unplug the dock's power for 30 seconds, laptop disconnected.
2. Make sure the cable is in the USB-C / Thunderbolt port with the lightning or DisplayPort symbol, not a data-only USB-C.
3. Win+P > Extend. Settings > System > Display > Detect.
4. Update: dock firmware, BIOS, Intel/NVIDIA graphics driver - Dell Command Update or HP Image Assistant does all three.
5. Swap the DisplayPort/HDMI cable and try the monitor directly in the laptop.
6. Two screens via one USB-C cable needs MST - Macs can't do it (mirrors both).
7. Slow charger warning: dock wattage lower than laptop needs (e.g. 90W laptop on a 65W dock). Not a fault but we can order the 130W dock.
8. Flicker: usually the cable or refresh rate - set 60Hz.`,
    ],
  ]),

  article('x-slow-pc', 'Slow PC - quick triage', null, 'Endpoints', [
    [
      'Triage',
      `check uptime first, task manager > performance > up time. people don't reboot for weeks. reboot it.
then task manager for what's eating cpu/mem/disk. ninja device dashboard has the history so you can see if it's always like that.
usual culprits:
- full AV / S1 scan running
- onedrive syncing a massive library
- browser with 60 tabs, teams + outlook on 8GB RAM
- disk nearly full
- spinning hard disk (anything pre-2018) - check in task manager, it says HDD/SSD
- junk in startup (Task Manager > Startup apps)
- failing disk - run Dell SupportAssist / HP hardware diagnostics (F2 at boot on Dell)
if its 5+ yrs old or 8GB with no upgrade option, tell account manager so they can quote a replacement, don't spend hours on it.`,
    ],
  ]),

  article('x-temp-profile', 'Signed in with a temporary profile / corrupt user profile', null, 'Endpoints', [
    [
      'Symptoms',
      `"You've been signed in with a temporary profile", "We can't sign in to your account", desktop empty, wallpaper default, files "missing", apps asking to set up again.`,
    ],
    [
      'Warn the user',
      `Anything saved while on a temp profile is deleted at sign out. Get them to stop working and sign out (don't save to the desktop).`,
    ],
    [
      'Fix',
      `1. Reboot once - sometimes it's just AV or a sync tool locking NTUSER.DAT at logon.
2. Check C: free space.
3. Regedit: HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID - if there are two (one ending .bak), delete the one WITHOUT .bak, rename the .bak one to remove .bak, set RefCount and State to 0. Reboot and sign in.
4. Last resort: rename C:\\Users\\username to username.old (from another admin account), sign in to create a fresh profile, copy data back. OneDrive KFM brings Desktop/Documents back on its own; check Outlook signatures and browser bookmarks.`,
    ],
  ]),

  article('x-mapped-drives', 'Mapped network drives missing or disconnected', null, 'Endpoints', [
    [
      'Symptoms',
      `Drive letter (S:, P:, H: etc) gone from This PC, red X on the drive, "An error occurred while reconnecting S: to \\\\SRV-FS01\\Shared - The network path was not found", drive there but "Access is denied".`,
    ],
    [
      'How drives are mapped',
      `Domain-joined PCs: GPO > User Configuration > Preferences > Windows Settings > Drive Maps, usually item-level targeted by security group. Entra-joined laptops: Intune PowerShell script / remediation "Map-Drives" (uses Kerberos cloud trust), plus a "Map drives" shortcut on the desktop for after VPN connects.`,
    ],
    [
      'Fix',
      `- Off site: drives map at logon, and the VPN wasn't up at logon. Connect VPN, then run the Map drives shortcut, or gpupdate /force and log off/on.
- In the office: can they browse to \\\\SRV-FS01 by name? If not, DNS or the server is down. If they can, map manually: net use S: \\\\SRV-FS01\\Shared /persistent:yes
- Access denied after being added to a group: Kerberos ticket hasn't got the new group. Log off and on (or klist purge then reconnect).
- Check which drives they should have in the client's drive map table in Hudu.
- Server itself offline - escalate, that's P1 for most clients.`,
    ],
  ]),

  // ---------------------------------------------------------------- Security
  article('x-phishing-reported', 'User reported a phishing / suspicious email', null, 'Security', [
    [
      'Ask the user',
      `Thank them for reporting it. Then: did you click the link? Did you enter your password anywhere? Did you open an attachment? Did you reply or pay anything?
Entered password = go straight to the compromised account article. Opened an attachment = check SentinelOne for that device.`,
    ],
    [
      'Analyse',
      `Look at the real sender address and headers (MXToolbox header analyser). Don't open links on your own machine - use urlscan.io. Fake invoice / "updated bank details" from a real supplier where the headers pass SPF/DKIM: the supplier's mailbox is probably compromised. Tell the client to phone the supplier on a number they already have, never the one in the email, and not to pay anything.`,
    ],
    [
      'Clean up',
      `Defender portal > Email & collaboration > Explorer. Search by sender / subject / last 7 days. Select all > Take action > Move to mailbox folder: Deleted items (or Soft delete). Check who clicked (URL clicks tab).
Block the sender/domain or URL in Tenant Allow/Block Lists. Submit to Microsoft as phish.`,
    ],
    [
      'Teams',
      `Same applies to external Teams chats pretending to be IT support. Block the external domain in Teams admin > External access.`,
    ],
  ]),

  article('x-compromised-account', 'Compromised Microsoft 365 account - response runbook', null, 'Security', [
    [
      'Signs',
      `- Contacts receiving phishing/"shared a document" emails from the user, bounce-backs for mail they never sent
- Inbox rules moving mail to RSS Feeds / Archive / Conversation History, or marking as read
- MFA prompts the user didn't trigger (especially late at night) - MFA fatigue
- Sign-ins from abroad / unfamiliar ISP, "Atypical travel" alerts
- User blocked from sending (Restricted entities, NDR 5.7.520)`,
    ],
    [
      'Contain - do this in the first 15 minutes',
      `1. Block sign-in on the user.
2. Reset password (long random, phone it to them).
3. Revoke sessions: Entra > user > Revoke sessions (or Revoke-MgUserSignInSession).
4. Authentication methods: remove any methods the user doesn't recognise (attackers register their own Authenticator / phone).
5. Check Conditional Access requires MFA for them - no exclusions.`,
    ],
    [
      'Clean',
      `- Get-InboxRule -Mailbox user | fl Name,Description - remove malicious rules.
- Get-Mailbox user | fl ForwardingSmtpAddress,ForwardingAddress - remove forwarding.
- Mailbox delegates, Send As permissions.
- Entra > Enterprise applications > user consents - remove odd OAuth apps (e.g. "PerfectData Software", eM Client).
- Defender > Email & collaboration > Review > Restricted entities - release the user once clean.
- Purge the phishing emails they sent to internal users (Explorer).`,
    ],
    [
      'Investigate and report',
      `Sign-in logs 30 days, Unified Audit Log (Search-UnifiedAuditLog, MailItemsAccessed) for what was read. If personal data was accessed this is a potential personal data breach - inform the client's DPO same day, ICO has to be told within 72 hours if reportable. Escalate to the security lead, write up timeline in the ticket. Tell the user to warn their external contacts.`,
    ],
  ]),

  article('x-ransomware-response', 'Suspected ransomware - first response', null, 'Security', [
    [
      'Signs',
      `Files renamed with strange extensions (.akira, .lockbit, random 5 chars), files won't open, ransom note (README.txt / RESTORE_FILES.html) in folders, SentinelOne ransomware alert, mass file modification alert from Datto/Veeam, servers unreachable.`,
    ],
    [
      'Immediately',
      `1. Isolate - SentinelOne > endpoint > Actions > Disconnect from network. If no agent, pull the network cable / turn off Wi-Fi. Do NOT power off unless told to (memory evidence), unless it's actively encrypting a server and you can't isolate.
2. Phone the security lead / on-call (numbers in Hudu > Internal > On-call). Don't just leave a ticket.
3. Disable the affected user account(s) in AD and Entra.
4. Check file servers and NAS shares for encrypted files. If spreading, disable the shares / stop the Server service on the file server.
5. Protect backups: check Veeam repository and offsite copy are intact, disable any backup jobs that would overwrite good copies with encrypted data.`,
    ],
    [
      "Don't",
      `Don't contact the attackers. Don't restore anything until we know how they got in. Don't wipe machines (evidence).`,
    ],
    [
      'Next',
      `Security lead decides on: client's cyber insurer hotline (must be called before engaging an IR firm or the policy may not pay), Police Scotland (101 / Action Fraud equivalent via Police Scotland cyber), NCSC report, ICO if personal data. Keep a timeline of everything with times.`,
    ],
  ]),

  article('x-edr-alert', 'SentinelOne alert triage', null, 'Security', [
    [
      'Where alerts come from',
      `SentinelOne console raises threats into HaloPSA as tickets (one per threat). Log in to the S1 console > Incidents > Threats, open the one matching the ticket.`,
    ],
    [
      'Triage',
      `Look at: Confidence level (Malicious vs Suspicious), Mitigation status (Mitigated / Not mitigated), the process tree in Storyline, file path and signer.
- Malicious + Not mitigated: escalate to security lead NOW, consider isolating (Actions > Disconnect from network).
- Malicious + Mitigated (killed/quarantined): check nothing else in the storyline, confirm with user what they were doing, resolve as true positive.
- Suspicious: often a false positive. Common ones: LOB app auto-updaters (Sage updater, Autodesk updaters, dental imaging installers), NinjaOne scripts running PowerShell, Revit/Rhino plugins, old unsigned utilities.`,
    ],
    [
      'User says an app stopped working',
      `Check for a threat/blocked event on that device. If it's a genuine false positive: mark as False Positive and add an exclusion by hash or path, scoped to that client's site only, with a note in Hudu. Never exclude whole folders like C:\\Users or Temp.`,
    ],
    [
      'Agent problems',
      `Device showing "Offline" for 14+ days or agent unhealthy/"Unprotected": reinstall the agent with the client site token via Ninja. High CPU from SentinelAgent.exe during a full disk scan is normal for a few hours after install.`,
    ],
  ]),

  // ---------------------------------------------------------------- Processes
  article('x-new-starter', 'New starter (onboarding) checklist', null, 'Processes', [
    [
      'Needs',
      `New starter form from the client (HaloPSA form or email from an authorised contact) at least 5 working days before the start date: name, job title, department, manager, start date, "same access as" user, kit needed. Chase if missing - don't guess access.`,
    ],
    [
      'Accounts',
      `1. Create the user: AD (correct OU, then delta sync) for hybrid clients, M365 admin for cloud-only. Format firstname.lastname@.
2. Licence by group (LIC-...).
3. Security groups, distribution lists, Teams, shared mailboxes - copy from the "same as" user, list them in the ticket.
4. MFA: issue a Temporary Access Pass for day one.
5. Line-of-business app accounts - see the client's own runbook in Hudu.
6. VoIP extension / DDI if requested.`,
    ],
    [
      'Kit',
      `Laptop via Autopilot - pre-provision (white glove) the day before if it's an on-site handover. Phone enrolled in Intune. Dock/monitors/headset. Check the printer is deployed.`,
    ],
    [
      'Handover',
      `Email the manager the username and start instructions. Password / TAP via phone or SMS, never in the same email. Update the contact in Hudu and HaloPSA.`,
    ],
  ]),

  article('x-leaver', 'Leaver process (offboarding)', null, 'Processes', [
    [
      'Timing',
      `Normal leavers: at end of day on the leave date. Dismissal / hostile leaver: do it while they're in the HR meeting - agree the exact time with HR on the phone.`,
    ],
    [
      'Checklist',
      `1. Block sign-in, reset password, revoke sessions, remove MFA methods.
2. Remove from groups (record them in the ticket first in case they come back).
3. Convert mailbox to shared, give the manager Full Access. Set an auto-reply if the client asked for one. Forwarding only if requested, max 90 days.
4. OneDrive: give the manager access (M365 admin > user > OneDrive > Create link to files). Default OneDrive retention after deletion is 30 days, we set 90.
5. Remove licence (after mailbox is shared). Reduce Pax8 count at renewal if not needed for a replacement.
6. Devices: Intune retire/wipe company devices, remove work profile from personal phones. Collect laptop, phone, fob, ID card.
7. Disable in LOB apps (client runbook) and VPN groups.
8. VoIP: remove the extension / re-point the DDI.
9. AD: disable and move to Disabled Users OU. Delete after 90 days.
10. Archive the contact in Hudu.`,
    ],
  ]),

  // ---------------------------------------------------------------- Backup
  article('x-restore-files', 'Restoring deleted or overwritten files and emails', null, 'Backup', [
    [
      'Ask',
      `Exact file/folder name and path, when it was last good, and whether to restore over the top or alongside (alongside is default).`,
    ],
    [
      'Look in this order',
      `1. Recycle bin - local, OneDrive web, or the SharePoint site recycle bin (then the second-stage recycle bin at the bottom). 93 days total.
2. Version history - Office files in OneDrive/SharePoint: right click > Version history > Restore. Covers "saved over it".
3. OneDrive / SharePoint library "Restore" to a point in time (mass deletes, sync disasters) - Settings > Restore your OneDrive.
4. Email: Deleted Items, then "Recover items recently removed from this folder" (14 days default, we set 30).
5. Backups:
- M365 (mail, OneDrive, SharePoint, Teams): Datto SaaS Protection, daily snapshots, restore to a separate folder.
- On-prem file servers: Veeam B&R console > Home > Backups > Disk > job > Restore guest files (Windows) > browse to the date > Restore > Keep (restores with RESTORED- prefix alongside original).
- NAS-based clients may have snapshots - see the client runbook.`,
    ],
    [
      'Approval',
      `Restoring a whole share or overwriting a folder other people use needs approval from the client contact.`,
    ],
  ]),

  article('x-backup-failed', 'Backup job failed or warning - alert handling', null, 'Backup', [
    [
      'Policy',
      `One failure: retry and note. Two consecutive failures on the same job: P2 ticket, fix same day. Check the monthly test restore in Hudu's backup checklist is up to date while you're there.`,
    ],
    [
      'Veeam errors',
      `- "Failed to create VM snapshot" / "VSS error": on the guest run vssadmin list writers. Any writer in a failed state (SQL Server VSS Writer is the usual one) - restart its service, or reboot the server out of hours.
- "The network path was not found" / repository unavailable: NAS repo offline or its credentials changed. Check the NAS is up.
- "Insufficient free space on repository": check retention points, remove orphaned backups (Backups > Disk (Orphaned)), or expand the repo. Don't delete the latest chain.
- "Changed block tracking is disabled" warning: reset CBT on the VM, next run will be a full read.
- Backup copy to Wasabi failing: check internet at site and the S3 key hasn't expired.`,
    ],
    [
      'Datto SaaS Protection',
      `"Backup partially completed" - usually a user was deleted or unlicensed, or a SharePoint site was removed. Check the failing seat; unprotect seats for leavers once they've been retained.`,
    ],
  ]),

  // ---------------------------------------------------------------- Telephony
  article('x-voip-3cx', 'Desk phones and softphones (hosted 3CX)', null, 'Telephony', [
    [
      'Setup',
      `Most clients are on our hosted 3CX v20 with Yealink T43U / T54W desk phones (PoE) and the 3CX app on mobiles and desktops. Admin console per client, logins in Hudu.`,
    ],
    [
      'Phone dead / no service',
      `- Blank screen: no power. PoE from the switch port or a power brick. Moved desk = probably a non-PoE port, try the port the old phone used or use a brick.
- "No Service" / "Account 1: Unregistered": reboot the phone (unplug). Check the phone shows registered in 3CX admin > Phones. If every phone at a site is unregistered - internet line down at site.
- Phone boots but no dial tone: provisioning failed - re-provision from 3CX admin > Phones > Reprovision.`,
    ],
    [
      'Call quality',
      `One-way audio or calls dropping after ~30 seconds = SIP ALG on the router. FortiGate: config system settings > set default-voip-alg-mode kernel-helper-based, and delete the sip session helper. Other routers: turn off SIP ALG. Choppy audio: check the line isn't saturated (backups running in the day?).`,
    ],
    [
      'User settings',
      `Forwarding: user can do it in the 3CX web client / app > Status > set "Away" / "Out of office" with forward to mobile, or we do it in admin > Users > user > Forwarding rules.
Voicemail PIN reset: admin > Users > user > Voicemail.
Office hours / holidays: admin > Office hours (global) - closed hours route to out-of-hours message.`,
    ],
  ]),

  // ================================================================ Client: Clydeside Homes
  article(
    'x-chha-civica-cx',
    'Clydeside Homes - Civica CX housing system access (RemoteApp)',
    clydeside,
    'Line of business',
    [
      [
        'Overview',
        `Civica CX (housing management - rents, repairs, tenancies) runs on SRV-CXAPP01 with its Oracle database on SRV-CXDB01 at Govan. Staff don't install anything - CX is published as a RemoteApp from the RDS farm (SRV-RDS01 / SRV-RDS02) through the RD Gateway rdg.clydesidehomes.org.uk, so it works from home without the VPN. CX has its own user accounts (not AD) - those are managed by the client's Housing Systems Officer, not us. Civica support: portal login and contract ref in Hudu.`,
      ],
      [
        'CX icon missing',
        `The RemoteApp comes from the feed. Control Panel > RemoteApp and Desktop Connections > Access RemoteApp and desktops > https://rdg.clydesidehomes.org.uk/RDWeb/Feed/webfeed.aspx, sign in with AD creds. Icon appears in Start under "Work Resources". Intune script does this for new laptops but it fails if the user wasn't online at first logon.`,
      ],
      [
        'Gateway errors',
        `"Your computer can't connect to the remote computer because the Remote Desktop Gateway server is temporarily unavailable" - check TSGateway service on SRV-RDGW01 and that the SSL cert hasn't expired (renewal date in Hudu). If only one user: their home network / DNS, get them to try a phone hotspot.`,
      ],
      [
        'CX frozen / not responding',
        `Usually a stuck session. Server Manager on SRV-RDS01 > Remote Desktop Services > Collections > CX-Collection > Connections, find the user, right click > Log Off. Tell them to reopen CX. They lose unsaved work in that session.`,
      ],
      [
        'Database errors',
        `"ORA-12541: TNS:no listener" or "ORA-12170: TNS:Connect timeout" for everyone = Oracle listener down on SRV-CXDB01. Restart service OracleOraDB19Home1TNSListener, then check the OracleServiceCX instance is running. If the DB itself won't start, call Civica (P1).`,
      ],
      [
        'Letters not generating',
        `Standard letters (arrears letters, tenancy letters) merge into Word inside the session using templates from \\\\SRV-FS01\\CXTemplates. If Word opens blank, check the user has read access to that share (group SG-CX-Letters).`,
      ],
      [
        'Not us',
        `CX passwords/lockouts, CX permissions, reports and configuration changes - Housing Systems Officer or Civica.`,
      ],
    ],
  ),

  article(
    'x-chha-totalmobile-tablets',
    "Clydeside Homes - repairs operatives' tablets (Total Mobile)",
    clydeside,
    'Devices',
    [
      [
        'Kit',
        `32 Samsung Galaxy Tab Active4 Pro tablets, Intune Android Enterprise fully managed, Vodafone data SIMs. Operatives use the Total Mobile app to receive repair jobs from the CX repairs module and close them off (photos, signatures, materials). Spare tablets (4) are in the Govan stores cage, key from the stores supervisor.`,
      ],
      [
        'Jobs not coming through',
        `One operative: in the app, Menu > Sync now. Check mobile data is on and not roaming/barred. Log out and back in.
Several operatives at once: the integration between CX and Total Mobile is the "TM Connector" Windows service on SRV-CXAPP01. Restart it, then check the TM Connector log (D:\\TMConnector\\logs) for errors. If the log shows auth failures to the Total Mobile cloud, raise with Total Mobile support.`,
      ],
      [
        'Login / PIN',
        `Total Mobile login is the operative number + a 4-digit PIN. Forgotten PIN or locked account: Repairs Admin team reset it in the TM admin portal (we don't have access). App repeatedly logging out = device clock wrong or the app needs updating from Managed Google Play.`,
      ],
      [
        'Lost or stolen',
        `1. Intune > Devices > find the tablet (named CHHA-TAB-xx, asset label on the back) > Wipe.
2. Phone Vodafone Business to bar the SIM (account number in Hudu).
3. Repairs manager must report it - it's a potential data breach (tenant names and addresses).
4. Enrol a spare: factory reset, tap the welcome screen 6 times, scan the QR code for the "CHHA-Operatives" enrolment profile (in Hudu), sign in as the operative.`,
      ],
      [
        'Damage',
        `Cracked screens go to Samsung repair via Vodafone Business (booking online). Swap the operative onto a spare meanwhile.`,
      ],
    ],
  ),

  article(
    'x-chha-vpn',
    'Clydeside Homes - home working VPN (FortiClient with Microsoft sign-in)',
    clydeside,
    'Network',
    [
      [
        'What needs VPN',
        `CX does NOT need the VPN (it goes through the RD Gateway). VPN is only for the S: (Shared) and H: drives on SRV-FS01 and the intranet. Staff at Dalmarnock don't need VPN - there's a site-to-site tunnel to Govan.`,
      ],
      [
        'Setup',
        `FortiClient VPN, connection "Clydeside Homes", remote gateway vpn.clydesidehomes.org.uk port 443, "Enable Single Sign On (SSO) for VPN Tunnel" ticked. There's no username/password box - user clicks "SAML Login" and signs in with their Microsoft account and MFA. Access is controlled by the Entra group SG-VPN-Users, which is assigned to the "FortiGate SSL VPN" enterprise app.`,
      ],
      [
        'Problems',
        `- Blank / white Microsoft sign-in window, or it loops: FortiClient settings (padlock to unlock) > tick "Use external browser as user-agent for saml user authentication". Sign-in then opens in Edge.
- AADSTS50105 "Your administrator has configured the application to block users unless they are specifically granted access" = user not in SG-VPN-Users. Needs manager approval; add them.
- "Permission denied" after a successful Microsoft login = group not yet passed to the FortiGate, get them to sign out and back in after 15 min.
- Connected but no S: drive - run the "Map drives" shortcut on the desktop.
For anything else (error -14, stuck at 98% etc) the general FortiClient article applies.`,
      ],
    ],
  ),

  article(
    'x-chha-papercut',
    'Clydeside Homes - PaperCut follow-me printing on the Konica Minolta copiers',
    clydeside,
    'Printing',
    [
      [
        'How it works',
        `Everyone prints to one queue, "FollowMe" on SRV-PRINT01 (deployed by PaperCut Print Deploy client). Jobs are held until the user taps their staff ID card (or enters their PIN) at any Konica Minolta bizhub C300i / C450i at Govan or Dalmarnock. Held jobs are deleted after 4 hours. Printing is charged to the user's department cost centre.`,
      ],
      [
        'Card not registered',
        `New or replacement ID card shows "Card not registered" / "Unknown card". Tapping again usually offers "Associate card" - the user logs in with AD username and password on the copier screen once and the card is linked. If that option doesn't appear: PaperCut admin https://srv-print01:9191/admin > Users > user > Card/Identity number, paste the number from the "Unknown card" log (Logs > Application log).`,
      ],
      [
        'Jobs not at the copier',
        `- Check the PC has the PaperCut Print Deploy tray icon and the FollowMe queue, and the user printed to FollowMe, not an old direct queue.
- PaperCut admin > Jobs pending release - is the job there under their username? If it's under a different username (shared PC logged in as someone else) that's why.
- Jobs older than 4 hours are gone, reprint.`,
      ],
      [
        "Copier says it can't connect to the server",
        `All devices showing "Unable to connect to the PaperCut server" - restart "PaperCut Application Server" service on SRV-PRINT01. If only Dalmarnock: the site-to-site tunnel is down, check the FortiGate IPsec monitor.`,
      ],
      [
        'Not us',
        `Jams, toner, hardware faults: Konica Minolta service desk (account number and each device's serial in Hudu). Cost centre changes: Finance.`,
      ],
    ],
  ),

  // ================================================================ Client: Glen Kelvin Distillers
  article(
    'x-gkd-sage200',
    'Glen Kelvin - Sage 200 connection and login problems',
    glenkelvin,
    'Line of business',
    [
      [
        'Setup',
        `Sage 200 Professional on SRV-SAGE01 (SQL Server 2019 instance SAGE200, Sage 200 services in IIS). Client installed on 6 finance PCs. 5 concurrent user licences. Their Sage business partner (Ledgerline Solutions, contact in Hudu) does upgrades, reports and anything inside the accounts. Finance work from home by VPN then Sage as normal.`,
      ],
      [
        "Can't connect",
        `"Unable to connect to the Sage 200 application server" / "The server name could not be found" / "Cannot connect to the SQL Server":
1. Is SRV-SAGE01 up? After a power cut it sometimes comes up before the network and SQL fails to start.
2. Services on SRV-SAGE01: SQL Server (SAGE200) running, then IIS > Application Pools > Sage200* all Started. Restart them in that order.
3. From home: VPN connected? Ping srv-sage01.`,
      ],
      [
        'User already logged in',
        `"The user is already logged in" or "Maximum number of users reached" after a crash or someone leaving Sage open. Sage 200 System Administration > Users > Logged on Users (or right-click the user > Log off). Only remove users you're sure aren't actually in it - they'll lose their unposted batch.`,
      ],
      [
        'Other',
        `Excel Report Designer / Sage 200 Excel add-in missing: re-enable in Excel > Options > Add-ins > COM Add-ins. "Object reference not set to an instance of an object" on a specific screen - partner job. Sage updater being blocked by SentinelOne - see the S1 article, the exclusion should already exist in the GKD site.`,
      ],
    ],
  ),

  article(
    'x-gkd-warehouse-scanners',
    'Glen Kelvin - bonded warehouse Wi-Fi and Zebra handheld scanners (CaskTrack)',
    glenkelvin,
    'Devices',
    [
      [
        'Overview',
        `Warehouses 3 and 4 (bonded, dunnage and racked casks). Warehouse team record cask movements, fills and regauges on 6 Zebra TC52 handhelds running CaskTrack Mobile, which feeds the CaskTrack server (hosted by CaskTrack Ltd) used for HMRC stock records. Wi-Fi is UniFi U6-Mesh APs on SSID GKD-Warehouse (WPA2-PSK, key in Hudu). The stone walls and full racking mean coverage is poor in Warehouse 4 rows 18-24 - known, not a fault.`,
      ],
      [
        'Scanner shows no connection',
        `CaskTrack Mobile keeps scans offline and uploads them when it's back in coverage - nothing is lost. Walk to the loading door end and tap Sync. If it's the whole warehouse: check the APs in the UniFi controller (site GKD-Warehouse). The Warehouse 4 mesh AP drops offline after any power cut - its breaker is on DB-W4 and it needs resetting by the warehouse staff.`,
      ],
      [
        "Won't scan barcodes",
        `Clean the scan window (cask dust/char). Check DataWedge > profile "CaskTrack" is enabled and associated with the CaskTrack app - updates sometimes disable it. Reboot: hold power > Restart. Swap the battery (spares charging in the warehouse office).`,
      ],
      [
        'Re-provisioning a handheld',
        `Factory reset, then scan the StageNow barcode sheet (PDF in Hudu) - it sets the Wi-Fi, DataWedge profile and installs CaskTrack Mobile.`,
      ],
      [
        'Site rules',
        `We can't just walk into the bonded warehouses to move or add APs. Any on-site work needs booking with the warehouse keeper (HMRC approved) who escorts us. No phones/laptops charging inside. Plan AP changes in advance with the operations manager.`,
      ],
    ],
  ),

  article(
    'x-gkd-label-printers',
    'Glen Kelvin - bottling hall label printers (Zebra ZT411 + BarTender)',
    glenkelvin,
    'Printing',
    [
      [
        'Setup',
        `3 x Zebra ZT411 in the bottling hall (ZT-BOT-1/2/3, static IPs 10.20.30.51-53) print case labels and SSCC pallet labels. Templates are in BarTender Automation 2022 with Librarian on SRV-APP01. Front bottle labels are NOT printed here - those come printed from the label supplier.`,
      ],
      [
        'Labels offset / skipping',
        `Labels printing half on the gap, every second label blank, or "PAPER OUT" with labels loaded = media sensor needs calibrating after a roll change. On the printer: hold PAUSE + CANCEL for 2 seconds for auto calibration, or Menu > Print > Sensors > Manual Calibration. Check media type is set to GAP/NOTCH (case labels) not MARK. Ribbon out light - change ribbon (wax/resin ribbons in the bottling store).`,
      ],
      [
        'BarTender errors',
        `"License server not found" / "BarTender is not activated": Seagull License Server service on SRV-APP01 - restart it. Print Station will retry.
"Printer not found": ping the ZT411 IP. They get unplugged for cleaning. Driver is the Seagull (BarTender) Zebra driver, not the ZDesigner one.`,
      ],
      [
        'Template changes',
        `Templates are controlled documents (traceability). Don't edit positions or data sources without the Production Manager's sign-off via Librarian check-out. Minor print position offset can be fixed on the printer (Menu > Print > Label Top / Left Position) instead.`,
      ],
    ],
  ),

  article(
    'x-gkd-visitor-centre-tills',
    'Glen Kelvin - visitor centre shop tills (Lightspeed)',
    glenkelvin,
    'Devices',
    [
      [
        'Kit',
        `2 iPads on stands running Lightspeed Retail (X-Series), Lightspeed Payments card terminals, Epson TM-m30III receipt printers (network), cash drawers kicked from the receipt printer. Wi-Fi SSID GKD-Retail. We support the hardware and network only - products, stock and reporting are the Shop Manager's in Lightspeed back office.`,
      ],
      [
        'Till offline',
        `Lightspeed keeps selling offline (cash and card) and syncs later - staff can keep trading. Check the iPad's Wi-Fi is GKD-Retail, not the guest network. Visitor centre internet: check the BT line in the comms cupboard behind the shop.`,
      ],
      [
        'Card terminal not connecting',
        `Restart the terminal (hold power), make sure it's on GKD-Retail Wi-Fi. In Lightspeed > Settings > Payments, the terminal should show paired. Re-pair if not. Payment disputes / settlement questions: Lightspeed Payments support.`,
      ],
      [
        'Receipt printer / cash drawer',
        `Printer not printing: check paper (thermal side down), the green light, then its IP (hold FEED at power-on prints a status sheet) matches the printer set up in Lightspeed > Settings > Printers. Cash drawer only opens on a sale when the printer is working - the drawer cable goes into the printer.`,
      ],
    ],
  ),

  // ================================================================ Client: Merchant City Architects
  article(
    'x-mca-autodesk',
    'Merchant City Architects - Autodesk licensing and sign-in (Revit, AutoCAD)',
    merchantcity,
    'Line of business',
    [
      [
        'Licensing',
        `14 AEC Collection named-user subscriptions (Revit, AutoCAD, Navisworks, 3ds Max). Assigned in Autodesk Account (manage.autodesk.com) > User Management > By User. Primary admin is the practice manager; we're a secondary admin. More seats = practice manager buys them, we assign.`,
      ],
      [
        'Symptoms',
        `"No license available" / "Your license is not available", Revit opening in viewer mode (can't save), repeated "Sign in to continue", "LOGIN-xxx" errors, Autodesk Access not updating.`,
      ],
      [
        'Fix',
        `1. Check the user actually has the product assigned in Autodesk Account. Leavers' seats are reassigned to new starters - check that didn't take it off someone else.
2. Named user can be signed in on more than one workstation but only use it on one at a time - sign out on the other workstation.
3. Sign out of the product (top right name > Sign out), close everything, sign back in.
4. Reset the licence mode: C:\\Program Files (x86)\\Common Files\\Autodesk Shared\\AdskLicensing\\Current\\helper\\AdskLicensingInstHelper.exe change -pk 829P1 -pv 2024.0.0.F -lm USER  (product key/version from the helper list command). Then restart Autodesk Desktop Licensing Service.
5. Still stuck: Autodesk support case from Autodesk Account (we have access as admin).`,
      ],
      [
        'Versions',
        `Projects run on Revit 2023 or 2024 - models must open in the version the project is on. Don't let anyone open a central in a newer year version (it upgrades it and nobody else can open it). Project lead decides upgrades.`,
      ],
    ],
  ),

  article(
    'x-mca-plotter',
    'Merchant City Architects - HP DesignJet T1700 plotter',
    merchantcity,
    'Printing',
    [
      [
        'Setup',
        `HP DesignJet T1700dr PS (44", dual roll), IP 192.168.10.40. Roll 1 = 80gsm bond, roll 2 = heavy coated (renders/competition boards). Drivers: HP DesignJet T1700dr PS3 for Revit/AutoCAD, HP Click for PDF sets. Paper is ordered by the office manager.`,
      ],
      [
        'Wrong size / scale',
        `Drawings printing small in the corner or clipped at the edge:
- From Revit: Print Setup > Paper size must match the sheet (ISO A1/A0 "Oversize" for the bleed), Zoom 100%, not "Fit to page".
- PDFs: use HP Click, drop the set in, set each to Actual size and the right roll. Acrobat's print dialog scales by default - don't use it for plots.`,
      ],
      [
        'Quality',
        `Banding / faint stripes / missing lines: front panel > Image quality maintenance > Clean printheads, then Align printheads. Print the diagnostic image to check. Make sure the paper type set on the front panel matches what's loaded.`,
      ],
      [
        'Errors',
        `"Printhead error" / "Reseat printhead" - open the carriage, remove and reseat the printhead, clean contacts with a lint-free cloth. If it comes back: HP Care Pack (3 yr next business day onsite, ref in Hudu) - log it with HP. Roll out / paper jam - the loading videos are on the front panel (Paper > Load). Stuck in queue: see general print queue article, or cancel from HP Click.`,
      ],
    ],
  ),

  article(
    'x-mca-remote-access',
    'Merchant City Architects - working from home (NetExtender + Remote Desktop)',
    merchantcity,
    'Network',
    [
      [
        'Principle',
        `Architects do NOT open Revit models or big CAD files across the VPN. Files are too big and syncing to a central over VPN corrupts centrals. Instead: VPN, then Remote Desktop into your own workstation in the studio and work on that.`,
      ],
      [
        'Steps',
        `1. SonicWall NetExtender (Windows) or SonicWall Mobile Connect (Mac/iPad). Server: sslvpn.merchantcityarchitects.co.uk:4433, domain: LocalDomain, username/password = your normal Windows login.
2. Remote Desktop Connection to your workstation name (label on the tower, e.g. MCA-WS-014). Display tab > tick "Use all my monitors" for two screens.`,
      ],
      [
        'Problems',
        `- NetExtender "Login failed - Reason: unauthorised": wrong or old password (NetExtender saves it - untick "Save user name & password" and retype after a password change), or user not in the SSLVPN Services group on the SonicWall.
- "Server certificate is not trusted": shouldn't happen since we use a public cert - if it does, don't accept, call us.
- RDP "Remote Desktop can't find the computer" / "can't connect": the workstation is off or asleep. We can wake it from NinjaOne (Wake-on-LAN) or ask someone in the studio to press the power button. Workstations are set to never sleep; Windows updates sometimes leave them off.
- RDP black screen: wait 30s, then Ctrl+Alt+End and sign out/in.
- Laggy: reduce colour depth, turn off Visual styles in Experience tab. Rendering over RDP is fine, orbiting 3D views is not great.`,
      ],
    ],
  ),

  article(
    'x-mca-nas-projects',
    'Merchant City Architects - P: Projects drive (Synology) and Revit central files',
    merchantcity,
    'Storage',
    [
      [
        'Setup',
        `Synology DS1821+ "MCA-NAS01" (192.168.10.5), SMB shares Projects (P:, GPO mapped) and Archive (read-only, Z:). Hourly snapshots on Projects kept 30 days. Hyper Backup nightly to Synology C2 plus a weekly USB rotation the office manager takes home. Spare drives in the comms cupboard.`,
      ],
      [
        'P: missing',
        `Same as any mapped drive (see general article). Revit uses the UNC path \\\\MCA-NAS01\\Projects in central file paths - never P:\\ - so Revit still works if P: is missing but users think it doesn't.`,
      ],
      [
        "Central model locked / can't sync",
        `"Cannot synchronize with central: The central model is locked" / "Failed to access the central model":
- someone is mid-sync; wait a few minutes.
- Worksharing Monitor shows who's in it. A crashed Revit session can leave a lock - DSM > Resource Monitor > Connections shows who has the file open; ask them to close Revit, only disconnect them if they're gone for the day.
- Never delete or rename the *_backup folder next to the central file - that IS the central's data.
"File is in use" on other files: same Resource Monitor > Connections check.`,
      ],
      [
        'Getting an old version back',
        `Right click the file/folder on P: > Properties > Previous Versions - the hourly snapshots show up there. Open to check, then Copy out. Older than 30 days: Hyper Backup Explorer on the NAS (C2 version list). Revit centrals: restore the whole central + backup folder together.`,
      ],
      [
        'NAS beeping',
        `Usually a drive failed or degraded. DSM > Storage Manager shows which bay. Mute the beep (Control Panel > Hardware & Power > Beep Control), swap in a spare drive, repair the pool. Order a replacement spare (WD Red Pro 12TB).`,
      ],
    ],
  ),

  // ================================================================ Client: Kelvinside Dental Group
  article(
    'x-kdg-exact',
    'Kelvinside Dental - EXACT (Software of Excellence) connection and performance',
    kelvinside,
    'Line of business',
    [
      [
        'Setup',
        `EXACT practice management for all three practices (Byres Road, Hyndland, Shawlands). The EXACT server is SRV-EXACT01 at Byres Road. Hyndland and Shawlands connect over FortiGate IPsec site-to-site tunnels. SOE (Software of Excellence) support handles the application, licensing and NHS eClaims; account number and PIN in Hudu.`,
      ],
      [
        'Cannot connect to server',
        `"Unable to connect to server" / "EXACT cannot find the database" at start-up:
- All three sites: SRV-EXACT01 down or the "EXACT Server" service stopped. Check in services.msc, start it. Check D: on the server isn't full.
- Only Hyndland or Shawlands: the tunnel is down. FortiGate at Byres Road > Dashboard > Network > IPsec - bring the tunnel up, check the branch internet.
- One PC: map of \\\\SRV-EXACT01\\EXACT broken, or the client PC's IP changed to a different subnet.`,
      ],
      [
        'Slow at the branches',
        `Appointment book slow to change day or open charts at Shawlands/Hyndland: check tunnel latency and line utilisation (someone streaming in the staff room, or Windows updates downloading in the day). Shawlands is on FTTC - upgrade has been quoted. Byres Road slow too = server problem, check server CPU/disk in Ninja.`,
      ],
      [
        'Licensing / claims',
        `"Workstation not licensed" after replacing a PC - SOE re-licenses it remotely, call them. eClaim transmission failures - SOE support, not us. Appointment book layouts, charting options, templates - practice manager/SOE.`,
      ],
      [
        'Backups',
        `EXACT's own backup utility dumps to \\\\SRV-EXACT01\\ExactBackup at 21:00, then Veeam backs up the whole server at 23:00. Veeam failures for this job are P2.`,
      ],
    ],
  ),

  article(
    'x-kdg-xray',
    'Kelvinside Dental - X-ray sensors and imaging (Carestream)',
    kelvinside,
    'Line of business',
    [
      [
        'Setup',
        `Each surgery has a Carestream RVG 6200 intraoral sensor (USB) and CS Imaging 8. The imaging database is on SRV-IMG01 (\\\\SRV-IMG01\\CSImaging), shared by all three practices. The OPG (CS 8100) at Byres Road is driven by acquisition PC IMG-ACQ-BR. EXACT launches CS Imaging for the open patient via the X-ray button (bridge).`,
      ],
      [
        'Sensor not detected',
        `RVG icon greyed, "No device detected", acquisition window stuck "waiting for X-ray":
1. Plug the sensor USB straight into a rear port on the PC - not a hub, keyboard or front port.
2. Device Manager should show "RVG 6200" under Imaging devices. If it shows unknown device, reinstall the RVG driver from \\\\SRV-IMG01\\Installers\\RVG6200.
3. Restart CS Imaging. Reboot if needed.
4. Check the sensor cable for kinks/bite marks. Don't bend it sharply. Damaged sensor = dental engineer (Clyde Dental Services, number in Hudu). We never change X-ray exposure settings - IR(ME)R, engineer only.`,
      ],
      [
        'Bridge opens wrong patient / patient not found',
        `The bridge passes the EXACT patient number. If CS Imaging opens a different patient, the patient was created manually in CS Imaging with a different ID - the practice manager merges them in CS Imaging (Patient > Merge). Bridge config lives in EXACT > Setup > Practice > Links (CS Imaging path must be C:\\Program Files\\Carestream\\...\\CSImaging8.exe).`,
      ],
      [
        'Images not showing at other surgeries / sites',
        `Everything reads from SRV-IMG01. Check the "CS Imaging Server" service is running and the share is reachable from the PC (other sites over the tunnel). OPG images not arriving: check IMG-ACQ-BR is on and logged in - it has to be for the OPG to transfer.`,
      ],
    ],
  ),

  article(
    'x-kdg-phones',
    'Kelvinside Dental - reception phones and out-of-hours (Gamma Horizon)',
    kelvinside,
    'Telephony',
    [
      [
        'Setup',
        `Kelvinside are NOT on our 3CX - they stayed on Gamma Horizon (billed via their old reseller). We have company admin access to the Horizon portal (login in Hudu). Each practice has a "Reception" hunt group ringing its Yealink T46U phones. Out of hours (weekdays before 8:30 and after 17:30, weekends, holidays) callers hear the closed message pointing to NHS 24 on 111.`,
      ],
      [
        'Closed message at the wrong time',
        `Horizon portal > Company > Time schedules "Practice Open" and Holiday schedule "Practice Holidays". If callers get the closed message during the day, check the holiday schedule hasn't got a wrong date (usually a bank holiday added for the wrong year). Practices close for Scottish bank holidays and Glasgow Fair Monday - add these each January. Changes take effect immediately.`,
      ],
      [
        'Phone not ringing for incoming calls',
        `Horizon > Hunt groups > Reception (practice) > Members - check the user/phone is in the group and not set to "Do not disturb" (DND light on the handset). Hunt group policy is simultaneous ring.`,
      ],
      [
        'Handset problems',
        `"Unregistered" / no dial tone: reboot the phone, check the PoE switch port. All phones at a practice down: check the internet line, then Gamma fault via the reseller.`,
      ],
      [
        'Voicemail greeting',
        `Practice manager records the out-of-hours greeting by dialling the Horizon voice portal from a reception phone (*50), or we upload an MP3 to the auto attendant in the portal.`,
      ],
    ],
  ),

  article(
    'x-kdg-new-starter',
    'Kelvinside Dental - new dentist, nurse or locum setup',
    kelvinside,
    'Processes',
    [
      [
        'On top of the normal new starter checklist',
        `- EXACT user: created by us on practice manager approval, with the right role (Dentist, Hygienist, Nurse, Reception, Practice Manager). Dentists also need their GDC number and NHS list number entered in EXACT for claims - practice manager enters those, not us.
- CS Imaging user for dentists/hygienists.
- Email: M365 account as normal. The nhs.scot email account is requested by the practice manager through NHS National Services Scotland - we don't create those.
- Surgery PCs use a shared Windows login per surgery (e.g. BR-SURG3) so clinicians only need their own EXACT login there. Reception and PM get their own Windows accounts.
- Add to the Reception hunt group if reception staff.
- Door fob from the practice manager.`,
      ],
      [
        'Locums',
        `Locum dentists get an AD account with an account expiry date set (Account tab > Account expires) to the end of the locum, plus an EXACT user marked Locum. Tell the PM to let us know if it's extended.`,
      ],
    ],
  ),
];
