/**
 * Set AA: a blind labelled KB set, written without reading the search code or any other set.
 * Northloop Technology Partners, a Minneapolis MSP (ConnectWise Manage, NinjaOne, SentinelOne, Huntress,
 * Datto) documenting its own runbooks and four Twin Cities clients in IT Glue.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AA_CLIENTS = {
  cu: 'North Star Lakes Federal Credit Union',
  plant: 'Cedar Ridge Precision Machining, Inc.',
  foodshelf: 'Hennepin Neighbors Food Shelf, Inc.',
  chiro: 'Lakewood Chiropractic Group, P.A.',
} as const;

const { cu, plant, foodshelf, chiro } = SET_AA_CLIENTS;

export const SET_AA_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook / Exchange
  article(
    'aa-outlook-password-prompts',
    'Outlook repeatedly prompting for credentials / "Need Password"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Classic Outlook (Microsoft 365 Apps) pops the Microsoft sign-in window over and over, user signs in and it comes right back.
- Status bar at the bottom says "Need Password" or "Disconnected" / "Trying to connect...".
- New mail not arriving in the desktop client but OWA (outlook.office.com) is fine.
- Very often starts right after a password change or after the machine was re-joined / renamed.`,
      ],
      [
        'Cause',
        `Stale tokens cached in Windows Credential Manager or a broken AAD Broker plugin (WAM). Less often an old Outlook profile that still points at something weird from the on-prem Exchange days, or a leftover registry key disabling modern auth (EnableADAL=0) from an old GPO.`,
      ],
      [
        'Fix',
        `1. Confirm the user can log into outlook.office.com with the same account. If that fails too it is not an Outlook problem - check sign-in logs (see Conditional Access and password/lockout articles).
2. Close Outlook, Teams and all Office apps.
3. Control Panel > Credential Manager > Windows Credentials. Remove every entry starting with MicrosoftOffice16_Data and any "MicrosoftAccount" / "ADAL" entries for the user.
4. Open Word > File > Account > Sign out, then sign back in.
5. Check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity - if EnableADAL = 0 or DisableADALatopWAMOverride exists, delete those values.
6. If it still loops: rename %localappdata%\\Packages\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy to .old (sign the user out first) and reboot.
7. Last resort: rebuild the profile. Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it "Outlook2", let autodiscover do its thing, then tick "Always use this profile" and pick the new one. Don't delete the old profile until the user confirms everything is there.`,
      ],
      [
        'Notes',
        `dsregcmd /status - check AzureAdPrt = YES. If NO on an Entra-joined device the broker is broken and step 6 is usually what fixes it.
New Outlook (the toggle in the top right) doesn't use the same profile, if the user is on New Outlook just have them toggle back or sign out from Settings > Accounts.`,
      ],
    ],
  ),

  article(
    'aa-outlook-search-index',
    'Outlook search missing results / "still being indexed"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `Search in Outlook returns nothing, or only recent mail. Banner: "Search results may be incomplete because items are still being indexed." Sometimes search works in OWA but not desktop.`,
      ],
      [
        'Fix',
        `1. In Outlook: File > Options > Search > Indexing Options. Make sure Microsoft Outlook is in the included locations.
2. Advanced > Rebuild. Takes hours on big mailboxes - tell the user to leave the PC on overnight.
3. services.msc - Windows Search service must be Running / Automatic.
4. Check the cached mode slider: File > Account Settings > Account Settings > double click the account > "Download email for the past". If it is set to 3 or 6 months, older mail only searches server side - user has to click "Search all mailboxes"/ "More" at the bottom of results. We normally set it to 1 year on laptops with small SSDs, "All" for desktops.
5. If the OST is > 40 GB consider the online archive (see mailbox full article) rather than just rebuilding the index again.`,
      ],
      [
        'Escalate',
        'If rebuilding the index twice did not help, make a new profile (see Outlook password prompts article step 7).',
      ],
    ],
  ),

  article(
    'aa-exo-shared-mailbox',
    'Shared mailboxes: granting access, Send As, and mailbox not showing in Outlook',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Grant access',
        `Exchange admin center (admin.exchange.microsoft.com) > Recipients > Mailboxes > pick the shared mailbox > Delegation.
- Read and manage (Full Access) = can open it.
- Send as = mail looks like it came from the shared address.
- Send on behalf = "User on behalf of Billing".
Get approval from the client POC for anything touching finance/HR/billing mailboxes.`,
      ],
      [
        'Not showing in Outlook',
        `Automapping adds the mailbox to the left pane within ~60 min (sometimes longer). If it never shows:
- Restart Outlook after an hour.
- Check the user actually has Full Access (not just Send As).
- If the user was removed and re-added, automapping sometimes breaks - remove permission, wait 15 min, re-add with PowerShell:
  Add-MailboxPermission -Identity billing@client.com -User jdoe -AccessRights FullAccess -AutoMapping $true
- Manual add as a fallback: File > Account Settings > Change > More Settings > Advanced > Add.
- New Outlook: right click "Shared with me" > Add shared folder or mailbox.`,
      ],
      [
        'Send As problems',
        `"You don't have permission to send on behalf of the specified user" right after granting = replication, wait 30-60 min. Also delete the autocomplete entry for the shared address and retype it in From.
Sent items going to the user's own Sent Items instead of the shared mailbox's: Set-Mailbox billing@client.com -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true`,
      ],
      [
        'Licensing',
        'Shared mailboxes up to 50 GB do not need a license. Over 50 GB or with an archive they need Exchange Online Plan 2 or similar. Never sign into a shared mailbox directly - block sign-in on its account.',
      ],
    ],
  ),

  article(
    'aa-exo-ndr-bounces',
    'Bounce-backs (NDRs): what the codes mean and using message trace',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'First step always',
        `Get the full bounce message (have the user forward it as an attachment or screenshot the whole thing) and run a message trace: Exchange admin center > Mail flow > Message trace > Start a trace. Filter by sender/recipient and last 2 days. Extended report for older than 10 days (comes as CSV by email).`,
      ],
      [
        'Common codes',
        `- 550 5.1.1 / 5.1.10 "recipient not found" / RecipientNotFound - address typo or the mailbox doesn't exist on their side. Check the autocomplete cache: the user may be sending to an old cached entry, delete it with the X in the suggestion list.
- 550 5.7.1 / 5.7.708 "Access denied, traffic not accepted from this IP" - our tenant's outbound IP is on a list, rare. Open a Microsoft case.
- 550 5.1.8 "Access denied, bad outbound sender" - the SENDER is blocked for sending spam. Treat as a compromised account until proven otherwise (see compromised account article). Unblock under Defender > Restricted entities only after cleanup.
- 5.7.23 / 5.7.26 SPF or DMARC failure - check the client's SPF record with MXToolbox; common after they add a new mailing service (Constant Contact, QuickBooks invoices, etc.) without adding include:.
- 550 5.4.1 "Recipient address rejected: Access denied" - the recipient's domain is in Exchange Online but rejects the address (Directory Based Edge Blocking). Their IT has to fix it.
- 552 5.2.2 mailbox full - recipient side, or our user's mailbox if internal (see mailbox full article).
- 5.7.57 "Client was not authenticated to send anonymous mail" - usually a copier/app using SMTP, see scan to email.
- 4.4.7 message expired - the other side's server was down for 24h+. Nothing we can do except confirm with them.`,
      ],
      [
        'Escalate',
        'Anything with 5.1.8, or the user says their Sent Items contains mail they did not write: go straight to the security lead.',
      ],
    ],
  ),

  article(
    'aa-exo-quarantine-spam',
    'Expected external email not arriving: Junk, quarantine and allow lists',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'User is waiting on an email from an outside sender (vendor, auditor, patient, donor) that never shows up, or the sender says they sent it and got no bounce.',
      ],
      [
        'Steps',
        `1. Junk Email folder in Outlook/OWA first. Also "Other" tab if Focused Inbox is on.
2. Message trace (EAC > Mail flow > Message trace) - if the status is Quarantined or FilteredAsSpam you found it. If there's no trace entry at all the message never reached Microsoft - the sender needs to check their side / send the bounce.
3. Defender portal security.microsoft.com > Email & collaboration > Review > Quarantine. Search by sender. Preview, then Release (tick "Report messages to Microsoft" if it's clean).
4. Messages quarantined as High confidence phish can only be released by admins. Do NOT release those without the security lead looking at the headers.
5. If the sender is a real business contact and keeps getting caught: Tenant Allow/Block List > Senders > add the specific address (30 day expiry, extend if needed). Never allow whole free-mail domains like gmail.com or outlook.com.`,
      ],
      [
        'Notes',
        'The "You have messages in quarantine" digest emails from quarantine@messaging.microsoft.com are legit. Users can release normal spam from the link in those themselves.',
      ],
    ],
  ),

  article(
    'aa-exo-mailbox-full',
    'Mailbox almost full: quotas, online archive and retention',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `"Your mailbox is almost full" / "Your mailbox is full" warnings from Microsoft Outlook. At 49 GB (Business plans) user can't send; at the hard limit they stop receiving and senders get 552 5.2.2.`,
      ],
      [
        'Quotas',
        'Business Basic/Standard/Premium and E1: 50 GB. E3/E5: 100 GB. Shared mailboxes 50 GB unlicensed.',
      ],
      [
        'Fix',
        `1. Check actual size: EAC > Recipients > Mailboxes > user > Mailbox usage, or Get-MailboxStatistics user | fl TotalItemSize.
2. Quick wins: empty Deleted Items and Recoverable Items (Get-MailboxFolderStatistics -FolderScope RecoverableItems), big attachments in Sent Items.
3. Enable the online archive: Microsoft 365 Defender/Purview > Data lifecycle management > or EAC > Mailboxes > user > Others > Manage mailbox archive > Enable. Business Premium includes a 1.5 TB auto-expanding archive.
4. Apply our "NLTP - Move to archive after 2 years" retention policy so it keeps itself tidy. Takes up to 7 days for the Managed Folder Assistant to run; Start-ManagedFolderAssistant to kick it.
5. In Outlook the archive shows as "Online Archive - user@..." in the folder list. It's not in the OST so it doesn't fill the laptop disk.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Teams / OneDrive / SharePoint / licensing
  article(
    'aa-teams-troubleshooting',
    'Microsoft Teams: not loading, sign-in loops, camera/mic/screen sharing problems',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Teams will not load / white screen / sign in loop',
        `New Teams (the MSTeams app) - reset it: Settings > Apps > Installed apps > Microsoft Teams > ... > Advanced options > Reset. Or kill ms-teams.exe and delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.
Classic Teams is retired, if someone still has the old purple icon uninstall it via Ninja and push new Teams.
Errors caa20004 / caa70004 = sign-in/token problem, same fix as Outlook credential loops. caa82ee2 = network, check proxy/VPN/DNS filter.`,
      ],
      [
        'Camera black or not detected',
        `- Windows Settings > Privacy & security > Camera - "Let apps access your camera" and "Let desktop apps access your camera" both ON.
- Close anything else holding the camera (Zoom, the Dell/HP camera app, browser tabs).
- Laptops with a privacy shutter or an F-key camera kill switch - check it, seriously.
- In Teams: Settings > Devices > Camera, pick the right one if docked with an external webcam.`,
      ],
      [
        'Audio',
        `Bluetooth headsets: if voice sounds like a robot / tin can it is using the Hands-Free profile. Plug in the USB dongle (Jabra Link, Poly BT700) instead of laptop Bluetooth and pick the dongle in Teams > Settings > Devices. Mic not working: check the mute switch on the headset cable and Windows Sound > Input.`,
      ],
      [
        'Screen sharing',
        'Share button greyed out = meeting organizer restricted who can present, or user is an attendee in a webinar. Black screen when sharing on a Mac = macOS Screen Recording permission for Microsoft Teams (System Settings > Privacy & Security > Screen & System Audio Recording), then quit and reopen Teams. On Windows with DisplayLink docks sharing one specific monitor can be black - share the window instead or update DisplayLink.',
      ],
    ],
  ),

  article(
    'aa-onedrive-sync',
    'OneDrive sync errors (red X, sync pending, files cannot sync)',
    null,
    'Microsoft 365/OneDrive',
    [
      [
        'Symptoms',
        'Red X or red circle on files/folders, cloud icon stuck on "Processing changes" or "Sync pending", popup "We can\'t sync this file", duplicate files named like Budget-DESKTOP-7H2K9.xlsx.',
      ],
      [
        'Common causes',
        `- Path too long (over 400 characters total - deep nested folders from SharePoint libraries synced as shortcuts).
- Invalid characters or names (" * : < > ? / \\ | and names like CON, desktop.ini, ~$ files).
- File open/locked by another app (Excel, QuickBooks company files - QB files should NOT be in OneDrive at all).
- OneDrive storage full (1 TB) or the SharePoint site full.
- Sync paused, or user signed into OneDrive with a different/personal account.`,
      ],
      [
        'Fix',
        `1. Click the OneDrive cloud icon > the red banner / "View sync problems" - it names the exact file and reason.
2. Rename/shorten the path, close the file, or move the file out.
3. Still stuck: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset - then start OneDrive again from the start menu if it doesn't come back in 2 minutes.
4. Unlink this PC (Settings > Account > Unlink) and sign back in - it re-matches the existing files, doesn't redownload everything.
5. Known Folder Move (Desktop/Documents/Pictures) is pushed by Intune; if the user says their Desktop is "in OneDrive now" that's expected.`,
      ],
      [
        'Getting files back',
        'Single file overwritten: right click > Version history in OneDrive/SharePoint web. Deleted: OneDrive web > Recycle bin (93 days). Lots of files deleted or encrypted: OneDrive web > Settings > Restore your OneDrive (pick a date in last 30 days). Older than that - Datto SaaS Protection, see backup article.',
      ],
    ],
  ),

  article(
    'aa-sharepoint-access',
    'SharePoint / Teams files: Access Denied, access requests and sharing with outside people',
    null,
    'Microsoft 365/SharePoint',
    [
      [
        'Internal access denied',
        `"You need permission to access this item" / "Access Denied". For Teams-connected sites, membership in the Team IS the permission - add the user to the Team (or the M365 group) and wait ~15 min. For older non-group sites: Site settings (gear) > Site permissions > Share site / Advanced permissions settings.
Access requests go to the site owners by email - at most clients nobody is reading them. Check Site settings > Site permissions > Access requests and approve if the client POC agrees.
If only one folder is denied someone broke inheritance ("Manage access" on the folder shows "This item has unique permissions").`,
      ],
      [
        'Sharing with external people',
        `Tenant setting: SharePoint admin center > Policies > Sharing. Our default is "New and existing guests" (they must verify with a one-time code). Sites can be more restrictive than the tenant (Active sites > site > Settings > External file sharing). HR / finance sites are usually set to "Only people in your organization" on purpose - check with the client before opening them up.
Guest gets "Sorry, this link doesn't work for you" or is asked to sign in with an account: link was sent to a different address than the one they're using, or they're signed into a personal Microsoft account in that browser. Have them open the link in a private window and use the one-time code option. If they really don't have a Microsoft account the code email is the way.
Links can be set to expire (Link settings > Set expiration date).`,
      ],
    ],
  ),

  article(
    'aa-m365-licensing',
    'Microsoft 365 licensing: which SKU, adding seats through Pax8, assigning licenses',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Our standards',
        `- Office staff: Microsoft 365 Business Premium (includes Intune, Defender for Business, Entra P1 for Conditional Access, archive).
- Frontline / shop floor / no desktop Office: Microsoft 365 F3 (web + mobile apps, 2 GB mailbox) or Business Basic if they need a full mailbox.
- Nonprofit clients: Business Premium nonprofit grant (10 donated seats) via the Microsoft Nonprofit portal (nonprofit.microsoft.com), discounted seats beyond that. TechSoup is no longer how you get M365 grants.
- Service / scanner / room accounts: no license unless they need a mailbox (rooms/shared mailboxes are free).`,
      ],
      [
        'Buying seats',
        `Everything is bought through Pax8 (app.pax8.com) except nonprofit grants. NCE rules: annual commitments can only be reduced within 7 days (168 hours) of purchase/renewal; monthly term costs 20% more but can be reduced any time. Always ask the client which they want and write it in the ticket. Add seats to the existing subscription, don't create a second one.`,
      ],
      [
        'Assigning',
        `We use group-based licensing: add the user to the Entra group LIC-M365BP (or LIC-F3 / LIC-BBASIC). If there are no free seats the group shows an error on the user ("Not enough licenses"). Direct assignment in M365 admin > Users > Active users > user > Licenses and apps only for one-offs; note it in IT Glue.`,
      ],
    ],
  ),

  article(
    'aa-office-activation',
    'Office apps show "Unlicensed Product" or account errors',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        'Red or yellow bar in Word/Excel/Outlook: "UNLICENSED PRODUCT", "Product Deactivated", "Account Error - There is a problem with your account", "Sign in to get the most out of Office". Editing disabled, read-only mode. Errors 0xCAA70007, 0x80070190, 0xC004F074.',
      ],
      [
        'Checks',
        `1. Does the user actually have a license with desktop apps? F3 and Business Basic do NOT include desktop Office - they'll always see Unlicensed. Check M365 admin > Users > Licenses and apps.
2. Install limit: 5 PCs/Macs + 5 tablets + 5 phones per user. User goes to myaccount.microsoft.com (or office.com > profile > My account) > Devices/Office apps > sign out of old PCs.
3. Signed in with the wrong account (personal) - File > Account shows who. Sign out, sign in with work account.`,
      ],
      [
        'Fix',
        `- File > Account > Sign out, close all Office apps, reopen, sign in.
- Clear Credential Manager MicrosoftOffice16 entries (same as Outlook prompts article).
- Run Microsoft's "Get Help" troubleshooter for Office activation, or the OLicenseCleanup.vbs script, then reopen and sign in.
- Shared PCs (kiosks, RDS, shop floor): these need Shared Computer Activation turned on in the install config or the activation count burns up. Reinstall via Ninja with the SCA config.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Identity
  article(
    'aa-mfa-reset',
    'MFA reset: new phone, lost phone, Authenticator not getting prompts',
    null,
    'Identity/MFA',
    [
      [
        'Verify identity FIRST',
        'Call the user back on the number in ConnectWise/IT Glue or have their manager confirm in the ticket. Never use a callback number the caller gives you. Social engineering of the helpdesk is the #1 way MFA gets bypassed.',
      ],
      [
        'New or lost phone',
        `1. Entra admin center > Users > user > Authentication methods.
2. Delete the old Microsoft Authenticator / phone entries (or "Require re-register multifactor authentication").
3. Create a Temporary Access Pass (Authentication methods > Add method > Temporary access pass), 8 hours, one-time use = No. Read it to the user.
4. User goes to aka.ms/mfasetup on a PC, signs in with the TAP, adds Authenticator on the new phone by scanning the QR code.
5. If the phone was lost, also revoke sessions (user > Revoke sessions) and wipe via Intune if it was enrolled.`,
      ],
      [
        'Prompts not arriving',
        `- Number matching: user has to type the two digits shown on the PC screen into the app - people miss that.
- Open the Authenticator app manually, pending requests show up there even when notifications don't.
- iPhone: Settings > Notifications > Authenticator allowed. Android: battery optimization off for Authenticator.
- Phone restored from a backup: the work account shows but won't approve - remove the account in the app and re-register (steps above).
- Fallback: the 6-digit code in the app works without notifications.`,
      ],
      [
        'Warning',
        'If the user is getting approval prompts they did NOT trigger (MFA fatigue), they must deny them and this is a security incident - go to the compromised account article, do not just reset MFA.',
      ],
    ],
  ),

  article(
    'aa-conditional-access',
    'Sign-in blocked by Conditional Access (AADSTS53003, 53000, 50158)',
    null,
    'Identity/Conditional Access',
    [
      [
        'Our baseline policies (all Business Premium tenants)',
        `- CA01 Require MFA - all users (break-glass accounts excluded).
- CA02 Block legacy authentication.
- CA03 Block sign-ins from outside allowed countries (US + Canada by default; per-client list in IT Glue).
- CA04 Require compliant or hybrid joined device for desktop apps on Windows/macOS.
- CA05 Block native mail apps on phones - Outlook app only (app protection).`,
      ],
      [
        'Error codes',
        `- AADSTS53003 "Access has been blocked by Conditional Access policies" - usually CA03 (country) or CA02.
- AADSTS53000 "Device is not in required device state: compliant" - CA04. Personal PC or an unenrolled / noncompliant company PC.
- AADSTS53001 - needs domain joined device.
- AADSTS50158 external security challenge not satisfied.
Find the exact policy: Entra admin center > Monitoring > Sign-in logs > filter by user > click the failure > Conditional Access tab.`,
      ],
      [
        'Travel',
        `User going abroad: client POC must approve in writing. Add the user to the group CA-Travel-Exception-<country> with an expiry date (Entra group membership via access package expires automatically) and set a ticket reminder to remove it. Tell the user web mail will work; VPN still needs the FortiGate geo rule too.`,
      ],
      [
        'Noncompliant device',
        'Open Company Portal > Devices > this PC > Check access / Check status. It lists what is failing (BitLocker off, OS too old, Defender out of date). Fix the item and sync. Home PCs are not allowed desktop apps by design - user uses the browser (office.com).',
      ],
    ],
  ),

  article(
    'aa-password-lockout',
    'Password resets and repeated account lockouts (hybrid AD + Entra Connect)',
    null,
    'Identity/Passwords',
    [
      [
        'Reset',
        `Verify identity the same way as the MFA article.
- Hybrid clients (on-prem AD synced with Entra Connect): reset in Active Directory Users and Computers on the DC (or from Ninja > device > Active Directory), optionally "User must change password at next logon". It syncs within ~2 min with password hash sync; to push now: on the Entra Connect server Start-ADSyncSyncCycle -PolicyType Delta.
- Cloud-only: M365 admin > Users > Reset password.
- Self-service: aka.ms/sspr works for users who registered MFA; writeback is on for hybrid tenants.`,
      ],
      [
        'Keeps locking out',
        `Something is still trying the old password. Usual suspects:
- Phone mail app / Outlook on phone with the old password.
- A second PC still logged in (conference room, shop floor, home PC with VPN).
- Mapped drives with saved creds, Credential Manager entries, scheduled tasks.
Find the source: on the PDC emulator Event Viewer > Security, event ID 4740 shows "Caller Computer Name". Or run LockoutStatus.exe from our tools share. Unlock in ADUC (Account tab > Unlock). For cloud accounts AADSTS50053 = Entra smart lockout, wait 1 minute (it grows), check sign-in logs for the source IP - lots of failures from abroad = password spray, tell the security lead.`,
      ],
      [
        'Policy',
        'Our standard is 14+ characters, no forced expiry. Exception: North Star Lakes FCU requires 90-day expiry per their examiner, users get a notice 14 days before.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Networking
  article('aa-vpn-forticlient', 'FortiClient VPN will not connect', null, 'Networking/VPN', [
    [
      'Setup',
      'All clients with a FortiGate use FortiClient VPN (free version, 7.2.x) SSL VPN, SAML sign-in with Entra (so MFA prompts come from Microsoft). Profile is pushed by Ninja. Port 10443.',
    ],
    [
      'Errors',
      `- "Unable to establish the VPN connection. The VPN server may be unreachable. (-14)" or stuck at 40%: the PC can't reach the firewall. Check the user's internet first (hotel/airport Wi-Fi captive portal - open a browser and accept the terms). Try their phone hotspot. If nobody can connect the site's internet may be down (ISP outage article).
- "Credential or SSLVPN configuration is wrong (-7200)" - user typed creds in the old username box; with SAML they must click "SAML Login".
- "Permission denied (-455)" / -6005 - user isn't in the SSLVPN-Users group on the FortiGate (or the Entra group mapped to it).
- Stuck at 98%: the "Fortinet SSL VPN Virtual Ethernet Adapter" is disabled or broken. Device Manager > Network adapters, enable it; if missing, repair FortiClient from Apps & features and reboot.
- Blocked by Conditional Access when abroad - see CA article, and the FortiGate has a geo block on the SSL VPN too (Policy & Objects > Addresses > geo group).`,
    ],
    [
      'Connected but cannot reach anything',
      `- Internal names don't resolve: split DNS - check VPN > SSL-VPN Settings > DNS server is the DC. ipconfig /all on the user PC should show the DC on the Fortinet adapter.
- User's home network uses the same subnet as the office (192.168.1.0/24 is the classic) - traffic to the server goes to their home router. Long term fix is renumbering the office; short term add a static route or have them use hotspot.`,
    ],
    ['Logs', 'FortiGate > Log & Report > System Events > VPN Events. Filter by user.'],
  ]),

  article('aa-wifi-corporate', 'Corporate Wi-Fi (Meraki) connection problems', null, 'Networking/Wi-Fi', [
    [
      'How it is set up',
      `Meraki MR access points. Corporate SSID (usually <CLIENT>-Corp) is WPA2/WPA3-Enterprise (802.1X) - authenticates company laptops by device certificate issued from Intune (SCEP) or by AD credentials via NPS on the DC for older sites. The Wi-Fi profile is pushed by Intune/GPO, users never type a password.
Devices that can't do 802.1X (printers, TVs, sensors, scanners) go on the IoT SSID (WPA2-PSK, separate VLAN) - only MSP techs connect things to that.`,
    ],
    [
      'Symptoms and fixes',
      `"Can't connect to this network":
- Certificate expired or missing - certlm.msc / certmgr.msc > Personal > check the SCEP cert; Company Portal > Sync, or gpupdate /force for NPS sites.
- Forget the network and let the profile reapply (Intune sync).
- Meraki dashboard > Network-wide > Clients > search the MAC/hostname > Event log. 802.1X auth failures with reason shown; "RADIUS server timeout" means NPS/DC is down.
"Connected, no internet" - it got on the SSID but no IP/DNS. Check DHCP (see DHCP/DNS article).
Drops when walking around / in one room: weak coverage or sticky client. Check the AP heatmap / Wireless > Location heatmap; update laptop Wi-Fi driver (Intel AX201/AX211 old drivers are bad at roaming) via Dell Command Update / HP Image Assistant. Set the adapter "Roaming aggressiveness" to Medium-High.`,
    ],
  ]),

  article(
    'aa-dhcp-dns',
    'No network / 169.254 address / names not resolving - DHCP and DNS checks',
    null,
    'Networking/DHCP and DNS',
    [
      [
        'Quick triage',
        `ipconfig /all on the PC.
- IP starts with 169.254 = APIPA, no DHCP lease. Either it's not physically connected to anything useful (cable, port, VLAN - see switch port article) or the DHCP server is out of addresses / down.
- Has a normal IP but websites don't load: DNS. nslookup google.com and nslookup server.domain.local.`,
      ],
      [
        'DHCP',
        `Where DHCP lives is in IT Glue under the client's network configuration - FortiGate (Network > Interfaces > edit > DHCP server) at small sites, Windows Server DHCP at bigger ones.
- Scope exhausted: look at leases in use vs pool. Guest or IoT scopes with 8-day leases fill up - shorten to 4-8 hours, delete stale leases, widen the scope if the subnet allows.
- Rogue DHCP: someone plugged in a home router / Wi-Fi extender and PCs get 192.168.0.x or 10.0.0.x addresses. Find it via the Meraki switch DHCP servers view (Security & SD-WAN/Switch > DHCP servers & ARP) and unplug it.
- ipconfig /release and /renew after fixing.`,
      ],
      [
        'DNS',
        `Domain-joined PCs must use the DC(s) for DNS, never 8.8.8.8 directly. DC forwards to the DNSFilter resolvers.
- DNS_PROBE_FINISHED_NXDOMAIN for one site: check if DNSFilter is blocking (block page or query log in DNSFilter dashboard). Whitelist requests need client POC approval.
- Everything failing: DNS Server service on the DC, forwarders (DNS Manager > server > Properties > Forwarders).
- ipconfig /flushdns after changes.`,
      ],
    ],
  ),

  article('aa-isp-outage', 'Site down / internet outage triage', null, 'Networking/ISP', [
    [
      'Alert',
      'NinjaOne "Device offline" for the site FortiGate or all devices at a site at once, or the client calls saying "internet is down" / phones down at a location.',
    ],
    [
      'Triage',
      `1. Is it the whole site or one PC? One PC = not this article.
2. Power at the site? Ask the contact to look at the modem/ONT lights. Weather / construction?
3. Sites with SD-WAN failover (FortiGate + FortiExtender LTE or Cradlepoint): check if it failed over - users will say "internet is slow" rather than down. Phones might still be down because SIP doesn't fail over cleanly.
4. Check the carrier status page / Downdetector.`,
    ],
    [
      'Calling the carrier',
      `Circuit ID, account number and support PIN are in IT Glue > client > Configurations > ISP circuit. We're the authorized contact for most clients.
- Comcast Business: 800-391-3000
- Lumen / CenturyLink business repair: 800-871-9244
- US Internet fiber (Minneapolis): business support line in IT Glue
- Arvig: in IT Glue
Ask the site to power cycle the modem/ONT only (unplug 30 sec). NOT the firewall or switches. Get a carrier ticket number and ETA into our ticket. If the carrier says "no issue on our end" but the modem has no sync, ask for a truck roll.`,
    ],
    [
      'After it comes back',
      'Confirm IPsec tunnels (site to site, to vendor data centers) are back up, phones registered, and Ninja devices online. If the public IP changed (rare, but happens with cable failover), update the scan-to-email connector and anything IP whitelisted.',
    ],
  ]),

  article(
    'aa-switch-port-poe',
    'Dead wall jack, switch port and VLAN problems',
    null,
    'Networking/Switching',
    [
      [
        'Find the port',
        "Get the jack label from the faceplate (e.g. 2-A14 = closet 2, panel A, port 14). Patch panel maps are in IT Glue > client > Documents > Cabling. If there's no label, use Meraki dashboard > Switches > Ports and look for the device's MAC, or plug in a laptop and watch which port comes up.",
      ],
      [
        'Checks in Meraki',
        `Switch > Ports > the port:
- Disconnected: cable/jack/patch. Try a known-good patch cable, then a cable tester. Desk moves often end up on a jack that was never patched in the closet.
- Port disabled / "BPDU guard" / STP blocked: somebody plugged a little unmanaged switch or looped a cable. Remove it, re-enable the port.
- CRC errors climbing: bad cable.
- Wrong VLAN: our standard access VLANs are 10 data, 20 voice, 30 IoT, 50 OT/plant. Phones use the voice VLAN tagged with data untagged.`,
      ],
      [
        'PoE',
        "Phones, APs and cameras need PoE. MS120-8LP / MS120-24P have a limited PoE budget - if a new device won't power up check Switch > Power (budget) and PoE status on the port. Older phones need PoE class set, otherwise use an injector.",
      ],
    ],
  ),

  // ---------------------------------------------------------------- Endpoints
  article(
    'aa-windows-update',
    'Windows updates failing or stuck (NinjaOne patch management)',
    null,
    'Endpoints/Windows',
    [
      [
        'Schedule',
        'Ninja patch policy: approved quality updates install Tuesday night after Patch Tuesday + 7 days, reboot window Thursday 10 PM. Users get a reboot prompt they can postpone twice. Feature updates are NOT in this policy - they are separate projects.',
      ],
      [
        'Stuck on "Working on updates" / "Don\'t turn off your computer"',
        'Give it 2 hours. Then hold power to shut down. If it loops, boot to WinRE (interrupt boot 3 times) > Troubleshoot > Advanced > Uninstall Updates > Uninstall latest quality update.',
      ],
      [
        'Failed installs',
        `Ninja device > Patch management shows the error.
- 0x800f0922: EFI system / reserved partition full or .NET install issue. Check free space on the recovery partition, reboot and retry.
- 0x80073712 / 0x800f081f / 0x800f0988: component store corrupt. Run as admin:
  DISM /Online /Cleanup-Image /RestoreHealth
  sfc /scannow
  then retry.
- 0x8024a105 / 0x80070422: Windows Update service issues - reset components:
  net stop wuauserv & net stop bits & net stop cryptsvc
  ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old
  ren C:\\Windows\\System32\\catroot2 catroot2.old
  net start wuauserv & net start bits & net start cryptsvc
- Less than 10 GB free on C: - clean up first (see slow computer article).`,
      ],
    ],
  ),

  article(
    'aa-autopilot-intune',
    'New PC setup with Windows Autopilot and Intune enrollment errors',
    null,
    'Endpoints/Intune',
    [
      [
        'Normal flow',
        `Dell/Lenovo orders through our distributor register the hardware hash to the client tenant automatically. Otherwise run Get-WindowsAutopilotInfo -Online from OOBE (Shift+F10 > powershell). Group tag NLTP-<clientcode> assigns the profile. User unboxes, connects to internet, sees the client's branding, signs in with work email + MFA, and Enrollment Status Page installs apps. Takes 20-60 min.`,
      ],
      [
        'Stuck on the Enrollment Status Page',
        `"Setting up your device for work" / "Apps (1 of 4)" spinning over an hour: usually one big required app (Office, LOB app) timing out. Check Intune > Devices > the device > Managed Apps for the failed one. Press "Continue anyway" if offered; otherwise Shift+F10 and look at C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log.`,
      ],
      [
        'Error codes',
        `- 80180014 - device not allowed to enroll. Usually the device record was deleted but the Autopilot registration remains or the other way around, or enrollment restrictions block personal devices. Delete the device from Intune > Devices (NOT from Autopilot devices), wait 15 min, retry.
- 80180018 / 0x80180018 - user has no Intune license. Assign Business Premium and wait 15 min.
- 0x800705b4 - timeout, usually network. Wired connection, retry.
- 0x80070774 - hybrid join profile can't find the domain / Intune connector down. Check the Intune Connector for AD server.
- "Something went wrong" with 6 attempts - reset: Shift+F10 not needed, just hit Try again, then Reset PC if it persists.`,
      ],
      [
        'Redeploying',
        "For a PC going to a new user: Intune > device > Autopilot Reset (keeps enrollment) or Wipe. Don't just hand the old user's laptop over.",
      ],
    ],
  ),

  article('aa-bitlocker-recovery', 'BitLocker recovery key prompt at boot', null, 'Endpoints/Security', [
    [
      'Symptoms',
      'Blue screen at boot: "BitLocker recovery - Enter the recovery key to get going again (Keyboard layout)". Shows a Recovery key ID. Usually after a BIOS/firmware update, docking/undocking during boot, TPM cleared, or hardware change.',
    ],
    [
      'Get the key',
      `Verify identity first (callback) - a recovery key unlocks the whole disk.
Have the user read the first 8 characters of the Recovery key ID.
- Entra-joined: Entra admin center > Devices > All devices > device > BitLocker keys (or Intune > Devices > device > Recovery keys).
- AD joined: ADUC > computer object > BitLocker Recovery tab (needs the RSAT BitLocker feature).
- NinjaOne: device > Details > BitLocker (we escrow there as backup).
Read the 48 digits in groups of 6, slowly. Function keys for numbers if it is a small laptop keyboard.`,
    ],
    [
      'Prevent it happening again',
      `After unlock, it should boot normally. If it keeps asking every boot: manage-bde -protectors -disable C: then -enable C: (resets TPM binding). Before manual BIOS updates: manage-bde -protectors -disable C: -rebootcount 1. Dell Command Update does this itself.`,
    ],
    [
      'No key anywhere',
      'Data is gone. Reimage with Autopilot, restore from OneDrive. Log it as a problem - the device should have escrowed.',
    ],
  ]),

  article(
    'aa-printer-troubleshooting',
    'Printer offline, jobs stuck in queue, print spooler',
    null,
    'Endpoints/Printing',
    [
      [
        'First',
        'Is it one user or everyone? Everyone = printer or network. One user = their PC. Look at the printer panel for a jam / tray / error message - have the user read it to you.',
      ],
      [
        'Printer shows Offline',
        `- Ping the printer IP (IT Glue > Configurations). No reply: it's off, asleep deep, or got a new IP from DHCP because it wasn't reserved - print a config page from the panel to see its IP, then fix the port on the PC/print server AND make a DHCP reservation.
- SNMP status: Printer properties > Ports > Configure Port > uncheck "SNMP Status Enabled" - fixes printers that show offline while actually working.`,
      ],
      [
        'Jobs stuck in the queue / "Error - Printing"',
        `Settings > Bluetooth & devices > Printers & scanners > printer > Open print queue > Printer > Cancel all documents.
If they won't clear:
  net stop spooler
  del /q C:\\Windows\\System32\\spool\\PRINTERS\\*
  net start spooler
For print server queues do it on the server (after hours if it's shared by many people).`,
      ],
      [
        'Garbage / symbols / wrong output',
        "Pages of random characters = wrong driver language (PostScript job sent to a PCL-only printer or the other way). Remove the printer and re-add with the vendor universal driver: HP Universal Print Driver PCL6, Ricoh PCL6 V4 Universal, KONICA MINOLTA Universal PCL. Delete the old driver package in printmanagement.msc so it doesn't come back.",
      ],
      [
        'Re-adding',
        'Printers are deployed by Intune (direct IP) or GPO (print server). Missing printer after reimage: Company Portal sync / gpupdate /force. Manual add: Add device > "The printer that I want isn\'t listed" > TCP/IP address.',
      ],
    ],
  ),

  article(
    'aa-scan-to-email',
    'Copier scan to email / scan to folder not working',
    null,
    'Endpoints/Printing',
    [
      [
        'How we set it up',
        `Copiers/MFPs (Ricoh, Konica Minolta bizhub, Canon imageRUNNER, Sharp) send scans through Exchange Online with an SMTP relay connector: copier sends to <tenant>-com.mail.protection.outlook.com port 25, no auth, from scanner@clientdomain. The inbound connector in EAC > Mail flow > Connectors trusts the client's static public IP.
We do NOT use SMTP AUTH with a user mailbox anymore (basic auth is gone, and the password expiring breaks it).`,
      ],
      [
        'Scan to email fails',
        `Copier shows "Connection to server failed", "SMTP server error", "Send error", Ricoh "Transmission failed" or Konica "Server connection error".
- Public IP changed (new ISP, failover to LTE): update the IP on the connector and the SPF record. Most common cause.
- 5.7.57 / 5.7.3 auth errors in the copier log: someone configured SMTP AUTH; switch it to the relay settings above.
- Sending to outside addresses fails but internal works = SPF/relay, check the connector.
- Check the copier's DNS settings (it must resolve the mail.protection host).`,
      ],
      [
        'Scan to folder (SMB)',
        `Scans go to \\\\fileserver\\Scans\\<username> with the svc-scan account.
- "Login failed" / "Authentication error": svc-scan password changed or account locked - check ADUC. It should be set to never expire.
- Started failing after a Windows update on the server: older copiers only do SMB1 - update copier firmware to enable SMB2/3 (copier dealer does this), do NOT turn SMB1 back on.
- Scan folder permissions: svc-scan needs Modify on the Scans share and NTFS.`,
      ],
    ],
  ),

  article(
    'aa-docks-monitors',
    'Docking stations and external monitors not working',
    null,
    'Endpoints/Hardware',
    [
      [
        'Standard hardware',
        'Dell WD19S / WD22TB4 for Dell laptops, HP USB-C Dock G5 / Thunderbolt G4 for HP. Monitors via DisplayPort preferred - HDMI adapters cause most of the flicker tickets.',
      ],
      [
        'Monitors black / only one works',
        `1. Unplug the dock power AND the USB-C cable from the laptop for 30 seconds, plug power back first then the laptop.
2. Win+P > Extend. Display settings > Multiple displays > Detect.
3. Update dock firmware and laptop BIOS/graphics driver: Dell Command Update (it includes WD19/WD22 firmware), HP Support Assistant / HP Image Assistant.
4. Make sure the laptop USB-C port supports video (Thunderbolt lightning icon or DP logo). Some cheaper models only do data on one of the two ports.
5. After sleep the monitors don't wake: disable USB selective suspend in power plan, update firmware.`,
      ],
      [
        'Macs',
        'M1/M2/M3 base MacBook Air/Pro only support ONE external display natively (M3 Air: two with lid closed). For two screens they need a DisplayLink dock + the DisplayLink Manager app, and screen recording permission for DisplayLink.',
      ],
      [
        'Dock not charging / "slow charger" warning',
        'WD19S 130W version is needed for Precision/XPS 15+; the 90W one gives the slow charger warning. Check the label on the dock brick.',
      ],
    ],
  ),

  article('aa-slow-computer', 'Slow computer triage', null, 'Endpoints/Windows', [
    [
      'Quick look from Ninja before calling the user',
      `- Uptime: Fast Startup means "shut down" isn't a real restart. 20+ days uptime is common. Restart (Start > Restart, not Shut down) fixes half of these.
- CPU/RAM/disk graphs for the last 24h.
- Free disk on C: - under 10% free everything gets slow.
- Pending reboot for updates.`,
    ],
    [
      'Common culprits',
      `- 8 GB RAM + Teams + Chrome with 40 tabs + Outlook. Check Task Manager > Memory. 8 GB machines are on the replacement list.
- OneDrive syncing a huge SharePoint library (CPU + disk).
- SentinelOne full disk scan right after agent install - high CPU for a few hours, normal.
- OEM bloat: Dell SupportAssist, McAfee trial, HP Wolf. Remove via Ninja script.
- Startup apps: Task Manager > Startup apps, disable the junk.
- Browser extensions / too many tabs.
- Old HDD - should not exist anymore, but check.
- Fan screaming + slow = thermal: dusty vents, laptop on a blanket. Check CPU temp in Ninja / HWiNFO.`,
    ],
    [
      'Cleanup',
      'Disk Cleanup (cleanmgr) > Clean up system files, Storage Sense on, clear %temp%. Check for a giant OST or Downloads folder.',
    ],
    [
      'Replacement',
      "Machines over 5 years old or 8 GB RAM: note it in the ticket and flag for the vCIO/account manager. Don't quote hardware in the ticket.",
    ],
  ]),

  article(
    'aa-windows-profile',
    'Temporary profile / "User Profile Service failed the sign-in"',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        `- After login the desktop is empty, wallpaper default, files "gone".
- Toast: "You've been signed in with a temporary profile. You can't access your files..."
- Login fails with "The User Profile Service failed the sign-in. User profile cannot be loaded."
Files are almost always still in C:\\Users\\<name> - reassure the user.`,
      ],
      [
        'Fix the registry pointer',
        `1. Log in as a different admin (or Ninja remote shell as SYSTEM).
2. regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.
3. Find the user's SID (ProfileImagePath = C:\\Users\\name). If there are two keys, one ending in .bak: delete the one WITHOUT .bak (it's the temp one) and remove ".bak" from the other.
4. In that key set RefCount = 0 and State = 0.
5. Reboot, log in as the user.`,
      ],
      [
        'If the profile itself is corrupt',
        `Rename C:\\Users\\name to name.old, delete the SID key in ProfileList, reboot, user logs in fresh. With OneDrive Known Folder Move most data comes back by itself. Copy over from name.old: Outlook signatures (AppData\\Roaming\\Microsoft\\Signatures), browser bookmarks if not syncing (Edge/Chrome profile sync), Sticky Notes (AppData\\Local\\Packages\\Microsoft.MicrosoftStickyNotes_*), any files outside OneDrive.`,
      ],
    ],
  ),

  article(
    'aa-mac-support',
    'Mac support basics (Intune-managed Macs, keychain prompts, FileVault)',
    null,
    'Endpoints/macOS',
    [
      [
        'Enrollment',
        'Company Macs are bought via Apple Business Manager (our reseller number is in IT Glue), auto-enroll into Intune with ADE, and use Platform SSO with Entra ID (the Mac login password becomes the Entra password). The user sees a "Registration Required" notification after setup - they must click it and sign in, or SSO and Conditional Access compliance won\'t work.',
      ],
      [
        'Keychain prompts',
        `"Microsoft Outlook wants to access key 'Microsoft Office Identities Cache 3' in your keychain" or "...wants to use the login keychain": type the Mac login password and click Always Allow.
If it keeps asking or says the password is wrong: the login keychain password is out of sync with the account password (happens after a password reset from our side). Keychain Access > Settings > Reset Default Keychains (user loses saved website passwords in the local keychain - iCloud keychain is not affected). Or if they remember the old password: Keychain Access > Change password for keychain "login".`,
      ],
      [
        'FileVault',
        "Recovery key is escrowed to Intune: Intune > Devices > macOS > the Mac > Recovery keys (Show recovery key). Verify identity before reading it out. If the Mac asks for the key after an OS update it is normally a typo'd password, try that first.",
      ],
      [
        'Other',
        `- Updates: macOS updates enforced by Intune declarative management, 7 day deferral then forced.
- Office for Mac updates via Microsoft AutoUpdate (Help > Check for Updates).
- Printers: System Settings > Printers & Scanners > + > IP tab, protocol "Line Printer Daemon" or IPP, address from IT Glue, use the vendor driver if it's listed, otherwise Generic PostScript.`,
      ],
    ],
  ),

  article(
    'aa-ipad-iphone-mdm',
    'iPhones and iPads: Intune enrollment, Company Portal, work email on phones',
    null,
    'Endpoints/Mobile',
    [
      [
        'Company-owned',
        'Bought through ABM, enrolled with ADE (supervised). Show up in Intune > Devices > iOS/iPadOS. Apps pushed from Intune (VPP). Single-app / kiosk iPads use an Intune device restriction profile "Autonomous Single App Mode" or "Single App Mode" - you can\'t exit that on the device, you remove the device from the profile group in Intune.',
      ],
      [
        'Personal phones (BYOD)',
        `We do NOT enroll personal phones. Users install Microsoft Outlook, Teams, OneDrive from the App Store / Play Store and sign in. App protection policies (MAM) protect the data.
- "Your organization requires Microsoft Authenticator / Intune Company Portal to be installed" - install it from the store, no need to sign into Company Portal on iOS (it's the broker on Android, sign in there).
- Built-in iPhone Mail / Gmail app can't add work email - blocked by Conditional Access on purpose. Use Outlook.
- "Your organization's data cannot be pasted here" / can't save attachments to Photos - app protection working as designed.
- PIN for Outlook app after 30 min idle - policy, by design.`,
      ],
      [
        'Lost / leaving',
        `Company device lost: Intune > device > Lost mode (supervised) or Wipe. BYOD: Intune > Apps > App selective wipe - removes only work data. Returned iPad with Activation Lock: Intune > device > Disable Activation Lock (only if supervised and the bypass code was escrowed); otherwise the user has to remove it from their Apple ID (Find My).`,
      ],
    ],
  ),

  // ---------------------------------------------------------------- Security
  article('aa-phishing-triage', 'User reported a suspicious / phishing email', null, 'Security/Email', [
    [
      'Intake - ask these',
      `1. Did you click a link? 2. Did you type your password or approve an MFA prompt afterwards? 3. Did you open an attachment? 4. Did you reply or forward it?
- Typed password / approved a prompt -> STOP, go to the compromised account article now.
- Opened an attachment (especially .htm/.html, .iso, .zip, OneNote) -> isolate the PC in SentinelOne and follow the EDR alert article.
- Nothing clicked -> continue below.`,
    ],
    [
      'Handling the message',
      `- Users should use Report > Report phishing in Outlook; it goes to Defender and to our phish@ mailbox.
- Defender portal > Email & collaboration > Explorer (Threat Explorer) - search by sender/subject, see who else got it. Select all > Take action > Move to deleted items / Soft delete.
- Block the sender/domain in Tenant Allow/Block List if it's a one-off domain; for a compromised real vendor don't block the domain forever, just those messages.
- Thank the user. Seriously, say it, we want more reports.`,
    ],
    [
      'Lures we see a lot',
      `- DocuSign / Adobe Sign / "shared a document" from a real but compromised vendor mailbox.
- "Voicemail" with .htm attachment.
- QR code in the body or a PDF (quishing) - users scan on their phone, bypassing link protection.
- Fake M365 password expiry / mailbox storage notices.
- Gift card requests "from" the CEO/executive director, via email or text to staff cell phones. Always fake.
- Vendor "we changed banks, please update ACH/wire info" - could be a real vendor whose mailbox was compromised. The client must call the vendor at a phone number they already have on file (NOT one in the email) before changing any payment info. Finance staff at all clients have been told this - remind them.`,
    ],
  ]),

  article(
    'aa-compromised-account',
    'Compromised Microsoft 365 account response (BEC)',
    null,
    'Security/Incident Response',
    [
      [
        'Indicators',
        `- User entered credentials on a phishing page, or approved an MFA prompt they didn't start.
- Sent Items has mail they didn't send; contacts are replying "did you send me this?".
- Inbox rules moving mail to RSS Feeds / Conversation History / Archive or deleting messages with words like invoice, payment, wire.
- Bounces with 550 5.1.8 bad outbound sender (user restricted from sending).
- Defender / Huntress ITDR alerts: impossible travel, sign-in from foreign country, new MFA method registered, suspicious inbox rule.`,
      ],
      [
        "Response - in this order, don't skip",
        `1. Reset the password (AD first for hybrid, then force sync) - long random, give to the user by phone.
2. Revoke sessions: Entra > user > Revoke sessions (or Revoke-MgUserSignInSession). This kills tokens stolen by AiTM kits that the password reset alone doesn't.
3. Authentication methods: remove anything the attacker added (new phone number, new Authenticator device). Compare with what the user says they own.
4. Inbox rules and forwarding: Get-InboxRule -Mailbox user | fl Name,Description,Enabled; remove malicious ones. Check Set-Mailbox forwarding (ForwardingSmtpAddress) and OWA forwarding.
5. Enterprise apps: Entra > Users > user > Applications - remove consents to weird apps (e.g. "PERFECTDATA SOFTWARE", "eM Client" the user never used).
6. Message trace the user's outbound for the compromise window; list recipients. Client decides on notifying them - we provide the list.
7. If sending is blocked: Defender > Email & collaboration > Review > Restricted entities > unblock, only after 1-6 are done.
8. Check sign-in logs for what else was accessed (SharePoint/OneDrive downloads - Purview audit log).`,
      ],
      [
        'Notify',
        'Security lead (Teams: #sec-oncall) for every confirmed compromise. Client POC same day. North Star Lakes FCU: their compliance officer must be notified within 1 hour (NCUA 72-hour rule clock starts). Lakewood Chiropractic: possible PHI exposure - their privacy officer decides on HIPAA breach assessment.',
      ],
    ],
  ),

  article(
    'aa-ransomware-response',
    'Suspected ransomware / files encrypted',
    null,
    'Security/Incident Response',
    [
      [
        'Signs',
        `Files suddenly have a new extension (.akira, .lockbit, .BlackSuit, random 5-8 characters), can't be opened, ransom note files (README.txt, RESTORE_FILES.html, "!!!_HOW_TO_DECRYPT") in every folder, SentinelOne threat with classification Ransomware, lots of users at once saying the shared drive is broken.`,
      ],
      [
        'First 15 minutes',
        `1. Call the security lead AND the on-call engineer by phone. Don't just post in Teams.
2. Network Quarantine the affected endpoints from SentinelOne (Sentinels > select > Actions > Disconnect from network). If S1 isn't on the box, pull the network cable / disable Wi-Fi. Do NOT shut machines down - memory evidence.
3. If a file server is being encrypted, stop the shares (or pull its network) to stop the spread.
4. Disable the user account(s) involved and any admin accounts that may be compromised.
5. Preserve: don't delete ransom notes, don't wipe, don't restore yet.`,
      ],
      [
        'Then',
        `- The client's cyber insurance carrier must be contacted BEFORE any incident response firm is engaged or costs may not be covered. Carrier, policy number and breach hotline are in IT Glue > client > Insurance. The client calls them (we can be on the call).
- Do not contact the attackers or visit their site.
- Recovery from Datto BCDR only after IR/insurer say go. Check backups for tampering first (Datto cloud copies are immutable).
- Status updates to the client POC every 2 hours minimum. Use the incident comms template in IT Glue > Global > Templates.`,
      ],
    ],
  ),

  article('aa-edr-alert-triage', 'SentinelOne and Huntress alert triage', null, 'Security/EDR', [
    [
      'SentinelOne threat',
      `Console > Incidents > Threats. Look at: Confidence level (Malicious/Suspicious), Mitigation status (Mitigated/Not mitigated), file path, signer, and the Storyline (process tree).
- Malicious + mitigated (killed/quarantined): confirm with the user what they were doing, run a full disk scan (Actions > Initiate scan), set Analyst verdict = True positive, resolve.
- Suspicious + not mitigated and you can't explain it: Network Quarantine the endpoint, call the user, get the security lead.
- Hash lookup on VirusTotal. Signed by a known vendor in Program Files / the vendor's update folder = probably a false positive.`,
    ],
    [
      'False positives / "S1 blocked my program"',
      `LOB apps trip S1 all the time - Epicor client updates, ChiroTouch updater, old check-scanner drivers, custom Access databases with macros, PowerShell scripts from vendors. Steps:
1. Confirm the exact path and hash with the vendor/client.
2. Threat > Actions > Mark as threat = False positive, restore from quarantine if needed.
3. Exclusions (Sentinels > Exclusions) ONLY by the security lead. Prefer certificate/signer or hash exclusions over folder paths. Never exclude C:\\Users or a whole drive.`,
    ],
    [
      'Huntress',
      'Huntress incident report emails go to alerts@ and the client contact. Each report lists the host, what was found (persistence, malicious scheduled task, suspicious ScreenConnect/AnyDesk installs, ITDR suspicious login) and remediation steps. Most have "Assisted remediation" - approve it in the Huntress portal. Manual steps: do them and reply in the Huntress report. ITDR reports about M365 logins -> compromised account article.',
    ],
    [
      'Agent health',
      'S1 agent offline/out of date or Huntress agent missing: reinstall via Ninja automation "Deploy S1 + Huntress". Uninstalling S1 needs the passphrase from the console.',
    ],
  ]),

  // ---------------------------------------------------------------- Lifecycle
  article('aa-new-user-onboarding', 'New employee onboarding checklist', null, 'Lifecycle/Onboarding', [
    [
      'Before starting',
      'Client POC submits the onboarding form (client portal or email to help@) at least 5 business days before the start date. Need: legal name, preferred name, title, department, manager, start date, location, "same access as" user, hardware needed, LOB apps. Same-day/next-day requests are billed as rush per the agreement.',
    ],
    [
      'Checklist',
      `1. Create account: hybrid clients in AD (correct OU so GPOs/drive maps apply), cloud-only in M365 admin. Format first.last@domain unless the client uses something else (see client page).
2. License group (LIC-M365BP etc, see licensing article). Check seats in Pax8 first.
3. Groups: department security groups, distribution lists, Teams, shared mailboxes - copy from the "same as" user but confirm anything finance/HR.
4. Drive mappings come from group membership.
5. LOB apps: create or request accounts per the client runbook (some are managed by the client's own admin - note who).
6. Phone: extension/DID in the phone system, assign a desk phone or softphone.
7. Hardware: Autopilot device assigned, shipped or staged.
8. Credentials: send the temporary password to the MANAGER, not the user's personal email. TAP for MFA setup on day one.
9. Document in IT Glue (contact + configurations) and close the ticket with the checklist pasted.`,
    ],
  ]),

  article('aa-offboarding', 'Employee offboarding / termination', null, 'Lifecycle/Offboarding', [
    [
      'Timing',
      'Voluntary: at end of the last day unless HR says otherwise. Involuntary: at the exact time HR gives - often while the person is in the meeting. Get it in writing in the ticket from an authorized contact.',
    ],
    [
      'Steps',
      `1. Block sign-in (Entra) / disable in AD. Reset password.
2. Revoke sessions. Remove MFA methods.
3. Mailbox: convert to shared mailbox and grant the manager Full Access (or whoever HR names). Set an auto-reply if the client wants one.
4. Remove licenses AFTER conversion (shared under 50 GB is free). Reduce seats in Pax8 if the client doesn't want to keep it (remember the NCE 7-day rule).
5. OneDrive: M365 admin > Users > user > OneDrive > "Create link to files" - give to the manager. Default retention after deletion is 30 days; our tenants are set to 90 days. If they need it longer, move the files to a SharePoint site.
6. Remove from groups, Teams, distribution lists; remove from phone system / forward DID.
7. Disable LOB app accounts per client runbook.
8. Devices: Intune wipe or Autopilot reset company laptops after they're returned; selective wipe of work data on personal phones.
9. Shared passwords they knew (Wi-Fi PSK, vendor portals, alarm codes) - tell the client which ones to rotate.
10. Litigation hold: only if requested, needs Exchange Online Plan 2 / archiving - set before removing the license.`,
    ],
  ]),

  article(
    'aa-backup-restore',
    'Restoring files and backup failures (Datto BCDR and Datto SaaS Protection)',
    null,
    'Backups/Datto',
    [
      [
        'File server restores (Datto SIRIS / ALTO)',
        `Quick option first: on the server, right click the folder > Properties > Previous Versions (VSS snapshots, twice a day) - often enough for "I saved over the spreadsheet this morning".
Datto: partner portal > device > Restore > File Restore > pick the protected server and a snapshot (hourly local points, daily in the cloud) > Start mount. Browse via the share link \\\\<siris-ip>\\<agent>-<date> or the web browser, copy the file back to a restore folder (don't overwrite the live file - let the user compare). Tear down the mount after.`,
      ],
      [
        'Microsoft 365 restores (Datto SaaS Protection)',
        `First try the native options: OneDrive/SharePoint recycle bin (93 days, also the second-stage bin), version history, Restore your OneDrive / Restore this library.
Older or bigger: Datto SaaS Protection > customer > Exchange/OneDrive/SharePoint/Teams > find the user/site > select items > Restore (to a new folder "Restored_<date>"). Retention is unlimited. Whole-folder deletes from a SharePoint library restore cleanly from here.`,
      ],
      [
        'Backup job failures',
        `Ninja / Datto alert "Backup failed" or "Screenshot verification failed":
- VSS errors: on the protected server run vssadmin list writers - any in failed state, restart the matching service (SQL VSS Writer, etc.) or reboot after hours.
- Agent offline: DattoBackupAgent service, firewall port 25566/25568.
- Screenshot verification failed but backups OK: often a slow boot or a pending Windows update in the image - check next night before chasing it.
- SIRIS local storage > 90%: open a case with Datto, don't delete snapshots yourself without the lead.`,
      ],
    ],
  ),

  article(
    'aa-voip-yealink',
    'Desk phones (Intermedia Unite / Yealink): registration, no dial tone, one-way audio, voicemail',
    null,
    'Phones/VoIP',
    [
      [
        'Setup',
        'Our standard hosted phone system is Intermedia Unite. Desk phones are Yealink T54W / T46U provisioned from Intermedia, powered by PoE on the voice VLAN. Users can also use the Unite desktop and mobile app.',
      ],
      [
        'Phone dead / "Network unavailable" / no dial tone',
        `- No lights at all: PoE. Check the switch port (switch port article) or swap the patch cable.
- "Network unavailable" / "Obtaining IP": wrong VLAN or DHCP issue on the voice VLAN.
- "Registration failed" / account shows gray or "No Service": unplug 30 sec. Check the device in Intermedia HostPilot > Phone Devices. Whole site = internet/firewall - see ISP outage.`,
      ],
      [
        'One-way audio / calls drop at 15 or 30 minutes',
        `Almost always SIP ALG on the firewall mangling SIP. FortiGate:
  config system settings
    set sip-expectation disable
    set default-voip-alg-mode kernel-helper-based
  end
and remove the SIP session helper (config system session-helper, delete the sip entry). Reboot the phones after. Also check nobody put a consumer router in the path.`,
      ],
      [
        'Voicemail / forwarding',
        `- Voicemail PIN reset: HostPilot > Users > user > Voicemail > reset PIN; user sets a new one on first login (*98 or the Message key).
- Call forwarding / find me follow me: user can do it in the Unite app > Settings > Call Forwarding, or we do it in HostPilot.
- Moving a phone to another site/desk: update the E911 dispatchable location in HostPilot (Kari's Law / RAY BAUM'S Act). Do it the same day.`,
      ],
    ],
  ),

  article(
    'aa-mapped-drives',
    'Mapped drives missing or "Access denied" on file shares',
    null,
    'Endpoints/File shares',
    [
      [
        'How drives are mapped',
        'Hybrid clients: Group Policy Preferences (User Config > Preferences > Windows Settings > Drive Maps) with item-level targeting by security group, e.g. S: Shared, P: Production, Q: Quality. Entra-joined PCs: Intune PowerShell script that maps by group, relies on Kerberos cloud trust.',
      ],
      [
        'Drive missing / red X / "not connected"',
        `1. Remote? Needs VPN up before the drive works. Connect VPN then open the drive (or run the "Map drives" shortcut on the desktop).
2. Ping the file server by name. Fails = DNS/network (DHCP/DNS article).
3. gpupdate /force, then sign out/in. On Intune PCs: Company Portal > sync, or run the mapping script from Ninja.
4. net use in cmd shows what's mapped; "Unavailable" with a good network means creds - Credential Manager > Windows Credentials, remove saved creds for the server.`,
      ],
      [
        'Access denied / new folder access',
        `Access is by security group (e.g. FS-Quality-RW). Manager approval required in the ticket, and a second approval from the client POC for HR/Finance/Payroll folders.
Add to the group in AD, then the user must log off/on (group membership is in the Kerberos ticket) - or klist purge and reopen Explorer. Check both share permissions and NTFS (Properties > Security > Advanced > Effective Access).`,
      ],
    ],
  ),

  // ================================================================ CLIENT: North Star Lakes FCU
  article(
    'aa-nslcu-keystone',
    'NSLCU - KeyStone core banking client cannot connect',
    cu,
    'Clients/North Star Lakes FCU/Line of business',
    [
      [
        'Overview',
        `NSLCU's core is Corelation KeyStone, hosted at their CUSO's data center. Staff use the KeyStone Client (Java app, bundled runtime - do NOT update or uninstall Java on teller/MSR PCs) from the desktop shortcut. Traffic goes over an IPsec tunnel from each branch FortiGate ("CUSO-DC-PRI") with a backup tunnel over the Lumen circuit at HQ.
Branches: Northeast Minneapolis (HQ), Roseville, Fridley, Coon Rapids (drive-up).`,
      ],
      [
        'Symptoms',
        `"Unable to connect to KeyStone host", "Connection refused", client hangs on the splash screen, or "Session terminated by host" in the middle of a transaction.`,
      ],
      [
        'Troubleshooting',
        `1. One PC or the whole branch? One PC: reboot, check the PC has network (can it open intranet?), then reinstall KeyStone Client from Ninja automation "NSLCU - KeyStone client repair".
2. Whole branch: FortiGate > VPN > IPsec Tunnels > CUSO-DC-PRI status. Down = bring it up (right click > Bring up). If the branch internet is down see the ISP outage article - teller line falls back to the offline teller mode procedure (their ops team owns that).
3. All branches at once: probably the CUSO side. Call the CUSO support line (IT Glue > NSLCU > Vendors) and post in the ticket.`,
      ],
      [
        'Not ours',
        "KeyStone user accounts, passwords and security roles belong to NSLCU Operations (Jenna Lindqvist, Ops Manager) and the CUSO. We don't have KeyStone admin access - route those to the client.",
      ],
    ],
  ),

  article(
    'aa-nslcu-teller-scanner',
    'NSLCU - Teller check scanners (Digital Check TS240) not scanning',
    cu,
    'Clients/North Star Lakes FCU/Teller line',
    [
      [
        'Hardware',
        'Each teller station has a Digital Check TellerScan TS240 (USB) used by KeyStone teller capture. Drivers: Digital Check TS2xx driver package 5.x pushed by Ninja. The scanner must be on a direct USB port on the PC, not a hub or monitor USB port.',
      ],
      [
        'Symptoms',
        `- "Scanner not found" / "Device not ready" in KeyStone teller capture.
- Status LED blinking amber or red / green-amber alternating: jam or the track needs cleaning.
- Checks feed but images come out black or streaked.`,
      ],
      [
        'Fix',
        `1. Blinking amber: open the track cover, remove any stuck check or staple. Clean with the Digital Check cleaning cards (box in each branch vault room) - run 2 cards through.
2. Not detected: unplug USB and power from the scanner, 10 sec, plug power first then USB. Check Device Manager for "TS240" under Imaging/USB devices.
3. Stopped after Windows updates: re-run Ninja automation "NSLCU - TS240 driver reinstall" and reboot. Don't let Windows Update install a driver for it.
4. Still failing, swap with the spare TS240 in the HQ IT closet and RMA the bad one through Digital Check (warranty info in IT Glue).`,
      ],
    ],
  ),

  article(
    'aa-nslcu-receipt-printer',
    'NSLCU - Teller receipt printers (Epson TM-S9000 / TM-T88) not printing',
    cu,
    'Clients/North Star Lakes FCU/Teller line',
    [
      [
        'Hardware',
        'Teller windows use Epson TM-S9000 (receipt + check endorsement) at HQ and Roseville, TM-T88VI thermal receipt printers at Fridley and Coon Rapids drive-up. Connected USB, driver "EPSON TM-S9000 Receipt" / "EPSON TM-T88VI Receipt5". KeyStone prints to the printer named exactly "TELLER-RCPT" - if the name changes KeyStone can\'t find it.',
      ],
      [
        'Receipt prints partially or stops',
        `- TM-T88: thermal paper in upside down (prints blank) or paper near end sensor - replace roll. Only use 80mm thermal paper from the supplies cabinet.
- Cutter jam (prints then stops, red error light): open cover, clear paper, turn the cutter knob if there is one, close, power cycle.
- Half-printed receipts after an update: the Epson APD driver got replaced by the Windows generic one. Reinstall via Ninja "NSLCU - Epson APD6" and rename the printer back to TELLER-RCPT.`,
      ],
      [
        'Regular office printers',
        'The back-office Ricoh MFPs at each branch are normal network printers - use the general printer article for those.',
      ],
    ],
  ),

  article(
    'aa-nslcu-yubikey',
    'NSLCU - YubiKey security keys for MFA: lost, forgotten or new keys',
    cu,
    'Clients/North Star Lakes FCU/Identity',
    [
      [
        'Why',
        'NSLCU requires phishing-resistant MFA for all staff (examiner finding 2023). Staff sign in to Windows and M365 with a YubiKey 5 NFC (FIDO2 / passkey) - no Authenticator push for staff. Conditional Access policy "NSLCU - Require phishing-resistant MFA" enforces it. Board members use Authenticator passkeys on their phones instead.',
      ],
      [
        'Forgot the key at home',
        `Verify identity with their branch manager on a call. Issue a Temporary Access Pass valid for 8 hours, one-time use = No (Entra > user > Authentication methods > Add > TAP). They can use it to sign in all day. Note it in the ticket. Max twice per month per person, after that their manager needs to talk to them.`,
      ],
      [
        'Lost key / new key',
        `1. Entra > user > Authentication methods > delete the lost FIDO2 key (match by the name/serial in IT Glue > NSLCU > YubiKey inventory).
2. Spare keys are kept in the locked cabinet at HQ - the Compliance Officer (Dave Rasmussen) signs them out and records the serial.
3. User signs in with a TAP and registers the new key at aka.ms/mysecurityinfo > Add sign-in method > Security key > USB device, then sets a PIN.
4. Everyone should have two keys registered (one on the keyring, one in their desk) - check and fix while you're there.
5. Update the inventory in IT Glue.`,
      ],
      [
        'Key blinks but nothing happens',
        'Touch the gold contact, not just insert it. Browser prompt may be hidden behind another window. YubiKey PIN locked after 8 wrong tries = reset the FIDO app with YubiKey Manager (wipes it) and re-register.',
      ],
    ],
  ),

  // ================================================================ CLIENT: Cedar Ridge Precision Machining
  article(
    'aa-crpm-epicor-client',
    'Cedar Ridge - Epicor Kinetic: licenses in use, app server errors, reports stuck',
    plant,
    'Clients/Cedar Ridge Precision/ERP',
    [
      [
        'Environment',
        `Epicor Kinetic 2023.2 on-prem. App server CRPM-EPAPP01 (IIS app pool "EpicorKineticLive"), database on CRPM-SQL01, Task Agent on CRPM-EPAPP01. Users use the Kinetic browser client https://crpm-epapp01/KineticLive/apps/erp/home or the Kinetic desktop client. 35 concurrent Default user licenses + 12 MES (Data Collection) licenses.
Client-side ERP admin: Andy Schreiber (Controller). Coordinate with him before restarting anything during production hours (1st shift 6:00-14:30, 2nd 14:30-23:00).`,
      ],
      [
        '"All licenses in use" / "Maximum number of sessions"',
        `Usually stale sessions from people closing the browser without logging out. Epicor Administration Console (on CRPM-EPAPP01) > Server Management > KineticLive > Licensing > license type > Sessions: sort by last access, delete sessions idle more than a few hours. Or in Kinetic: System Management > Session Manager (needs security manager rights). Tell the plant the fix is logging out properly. Buying more licenses is an Andy/Epicor conversation.`,
      ],
      [
        'Kinetic won\'t load / "The server was unable to process the request" / timeouts',
        `1. Check CRPM-EPAPP01 and CRPM-SQL01 are up in Ninja (CPU, disk, memory). SQL log drive filling is the usual suspect.
2. IIS Manager > Application Pools > EpicorKineticLive - Started? Recycle it (kicks everyone out - warn the floor via Andy).
3. Browser client blank after an Epicor update: clear browser cache or Ctrl+F5; the desktop client needs the new version from the deployment share \\\\crpm-epapp01\\EpicorClient.`,
      ],
      [
        'Reports / labels / packing slips stuck "Active" or never print',
        'System Monitor shows tasks Active forever = Task Agent stopped. On CRPM-EPAPP01 > Epicor Task Agent Configuration > the agent > Start (or services.msc "Epicor Task Agent Service 4.2.x"). Then resubmit the report. Print is routed to server-side printers, so the printer must exist on CRPM-EPAPP01 too.',
      ],
    ],
  ),

  article(
    'aa-crpm-mes-kiosks',
    'Cedar Ridge - Shop floor MES kiosks: badge clock-in, job start, kiosk login',
    plant,
    'Clients/Cedar Ridge Precision/Shop floor',
    [
      [
        'Setup',
        '12 Dell OptiPlex 7010 Micro kiosks with 22" ELO touchscreens on the floor (one per work cell + shipping + receiving). They run Kinetic MES (Data Collection) in Intune kiosk mode (Assigned Access, Edge kiosk) with auto-login as local account crpm-kiosk01..12. Operators clock in/out and start/end labor by scanning their badge on an RFIDeas pcProx Plus USB reader.',
      ],
      [
        'Badge does not clock in',
        `- Reader gives no beep/light: unplug/replug the USB, try another port. Test in Notepad on a tech's laptop - a good reader types the badge number + Enter.
- Beeps but MES does nothing: cursor isn't in the Employee ID field - tap the field. Or the MES session timed out - tap Home.
- "Employee not found" / "Invalid employee": the badge number isn't on the Employee record in Epicor (Employee Maintenance > Shop Employee > Badge/ID). New hires - HR (Carla) enters it, we don't.
- Reader types wrong numbers: reader config got reset - reconfigure with pcProx Configuration Utility using the saved .hwg file in IT Glue.`,
      ],
      [
        'Kiosk at Windows login screen / asks for password',
        'Auto-login broke - usually after a feature update or someone pressed Ctrl+Alt+Del > Sign out. The local kiosk account password is in IT Glue (CRPM > Passwords > Kiosk accounts). Sign in once; if it keeps happening re-run Ninja automation "CRPM - Kiosk autologon" which resets the Winlogon AutoAdminLogon keys. The kiosk accounts are set to never expire - if one expired, someone changed the policy.',
      ],
      [
        'Touchscreen off / taps in wrong place',
        'Touch not working: check USB cable from the ELO to the PC. Taps land offset: Control Panel > Tablet PC Settings > Calibrate (or ELO touch tool). Screens get coolant mist on them - clean with the wipes, not a shop rag.',
      ],
      [
        'MES shows errors from the server',
        'If all kiosks error at once it is the Epicor app server - see the Epicor Kinetic article.',
      ],
    ],
  ),

  article(
    'aa-crpm-zebra',
    'Cedar Ridge - Zebra label printers (shipping/receiving) and BarTender',
    plant,
    'Clients/Cedar Ridge Precision/Shipping',
    [
      [
        'Setup',
        `Shipping: 2x Zebra ZT411 (4x6 shipping + part labels) at 10.20.30.51 and .52. Receiving: Zebra ZD621 at 10.20.30.53. Inspection: ZD621 at .54. Labels come from BarTender 2022 Automation on CRPM-APP02 - Epicor drops an XML file in \\\\crpm-app02\\BTIntegration and BarTender Integration Builder prints it. UPS WorldShip prints its own labels to ZT411 #2 directly.`,
      ],
      [
        'Labels print crooked / cut off / skip every other label',
        `Printer lost media calibration (happens after loading a new roll or a different label size).
- ZT411: hold PAUSE + CANCEL for 2 sec for a media calibration, or menu > Print > Sensors > Manual calibration.
- ZD621: with printer on and idle, hold PAUSE + FEED for 2 sec.
Check the label size in the driver (printer properties > Printing Preferences > Page Setup) matches the roll, 4x6 for shipping.`,
      ],
      [
        'Faded or blank',
        'ZT411 uses thermal transfer with a ribbon - "RIBBON OUT" or faint print = ribbon empty or installed inside-out. ZD621 is direct thermal - blank labels usually mean the roll is in upside down. Darkness setting in BarTender template (not the driver) - don\'t change darkness without telling shipping lead.',
      ],
      [
        'Nothing prints from Epicor',
        `1. BarTender Integration Builder service running on CRPM-APP02? Check Administration Console > Integrations > Epicor Labels status. Files piling up in \\\\crpm-app02\\BTIntegration = integration stopped - restart it.
2. BarTender Print Portal / History shows errors like "Printer not found".
3. Printer responds to ping? Web page http://10.20.30.51 shows status.
Only use the ZDesigner driver (Zebra's own). If Windows Update replaced it with a "Generic / Text Only" driver the barcodes come out as text.`,
      ],
    ],
  ),

  article(
    'aa-crpm-cnc-dnc',
    'Cedar Ridge - CNC program transfer (DNC) to machines',
    plant,
    'Clients/Cedar Ridge Precision/Shop floor',
    [
      [
        'Setup',
        `CNC programs are released by programming into \\\\crpm-fs01\\CNC\\Released. CIMCO DNC-Max 8 on CRPM-DNC01 sends them to the machines. Machines are on the OT VLAN 50 (10.50.0.0/24), firewalled from office VLAN - only CRPM-DNC01 and the programmers' PCs can reach it.
- Haas VF-2 / VF-4 / ST-20: Ethernet, Net Share to \\\\crpm-dnc01\\Haas.
- Mazak QTN 200 and VCN 530C (older): RS-232 serial via Moxa NPort 5150 serial servers (10.50.0.61-.64) and DNC-Max serial ports.
- Okuma: USB stick, not on DNC.`,
      ],
      [
        'Program will not load on the machine',
        `- DNC-Max Client on the machine's port shows "Port busy" or "Port in use": the previous transfer didn't finish. DNC-Max Server console > right-click the port > Reset port. Then on the control press the read/input again.
- "Time out" on Mazak: Moxa lost power or network. Check its lights; http://10.50.0.6x web page. Power cycle the Moxa (in the electrical panel by the machine - ask maintenance).
- Haas shows "Net Share not connected": Haas Settings > Network > Net Share > reconnect; check CRPM-DNC01 is up and the share user crpm-haas isn't locked.
- Parity / garbage characters on serial machines: baud settings got changed - must match the DNC-Max port profile in IT Glue (e.g. 9600 7-E-2 for the VCN).`,
      ],
      [
        'Rules',
        'Do NOT plug machines or their PCs into office jacks, and do not connect the OT VLAN to the internet. CRPM-DNC01 is excluded from the normal patch policy - patch it quarterly during a planned shutdown with the plant manager.',
      ],
    ],
  ),

  article(
    'aa-crpm-floor-wifi',
    'Cedar Ridge - Plant floor Wi-Fi and Zebra TC52 handheld scanners',
    plant,
    'Clients/Cedar Ridge Precision/Shop floor',
    [
      [
        'Setup',
        'Plant floor has 8 Meraki MR46E with external patch antennas (high ceiling, lots of metal). Handhelds are Zebra TC52 running Kinetic via Zebra Enterprise Browser for inventory moves, receiving and shipping. They connect to SSID "CRPM-Floor" (WPA2-PSK, hidden, VLAN 40, 5 GHz only). Office laptops use "CRPM-Corp" (see the general corporate Wi-Fi article).',
      ],
      [
        'Handhelds dropping Wi-Fi',
        `Known dead spots: behind heat treat ovens (east wall), between the racking in aisles 7-9, and by the Mazak VCN when the chip conveyor is running.
- Check Meraki > Wireless > Clients > the TC52 (names CRPM-TC52-01..14) > connection log for roaming and signal (RSSI below -70 dBm = bad spot).
- If every handheld drops at once: check the MR46E APs are online and the PoE switch in closet 2 isn't rebooting.
- Single handheld always bad: battery swap can reset the clock (certificate/time errors) - check date/time; re-stage it.`,
      ],
      [
        'Re-staging a TC52',
        'Factory reset or won\'t join Wi-Fi at all: open StageNow on the device and scan the "CRPM-TC52 staging" barcode sheet (printed copy in the shipping office; PDF in IT Glue). It sets Wi-Fi, Enterprise Browser and the Kinetic start page. Takes about 5 min.',
      ],
    ],
  ),

  // ================================================================ CLIENT: Hennepin Neighbors Food Shelf
  article(
    'aa-hnfs-bloomerang',
    'HNFS - Bloomerang donor CRM: logins, seats, integrations',
    foodshelf,
    'Clients/Hennepin Neighbors/Line of business',
    [
      [
        'Overview',
        'Bloomerang is the donor database (cloud, crm.bloomerang.co). Owner/admin: Maria Delgado, Development Director. HNFS pays for 5 user seats; current users in IT Glue. We have a login for support but the client decides who gets a seat.',
      ],
      [
        'Login problems',
        `- Bloomerang uses its own login (email + password) with 2-step verification by email code or authenticator app - not Microsoft SSO. Codes go to the user's work email; check quarantine if they don't arrive (from no-reply@bloomerang.co).
- Locked out after too many attempts: Maria can reset other users in Settings > Users. If Maria herself is locked out, Bloomerang support (support.bloomerang.co, chat) must unlock - we can't.
- "Forgot password" link works if they have access to their mailbox.`,
      ],
      [
        'Adding / removing users',
        'Only on request from Maria or the Executive Director. Settings (gear) > Users > Add User. If all 5 seats are used someone has to be deactivated first or HNFS buys another seat (Maria handles billing with Bloomerang). Remove departing staff the same day as offboarding.',
      ],
      [
        'Integrations',
        '- Online donations come from the Bloomerang giving form on the website; Givebutter event donations import by CSV monthly (Maria does it). - Email tracking: users BCC their Bloomerang tracking address to log emails against a constituent. - Nothing syncs to QuickBooks automatically.',
      ],
    ],
  ),

  article(
    'aa-hnfs-intake-ipads',
    'HNFS - Guest intake iPads (Link2Feed) at the distribution desk',
    foodshelf,
    'Clients/Hennepin Neighbors/Distribution',
    [
      [
        'Setup',
        `6 iPads (10th gen) labeled INTAKE-1..6, ADE-enrolled in Intune, in Single App Mode locked to Safari with the Link2Feed web app as the home page (guest check-in + intake, also used for TEFAP reporting to Hennepin County). They sit in the charging cart in the office overnight. Wi-Fi: HNFS-Staff.`,
      ],
      [
        "Stuck / can't get out of the app",
        'That\'s by design - Single App Mode. Nobody at the site can exit it. If an iPad needs settings changed, MSP removes it from the group "HNFS-iPad-SingleApp" in Intune, syncs, makes the change, adds it back. If Safari itself is frozen: hold top button + volume to restart; it comes back into the app.',
      ],
      [
        'Logged out of Link2Feed',
        'Link2Feed sessions expire overnight. Each morning the shift lead signs in on each iPad with the shared "intake" role login (credentials in the office safe and in IT Glue for staff leads only - do not give it to volunteers by phone). Staff with their own Link2Feed accounts can sign in instead. Password resets for Link2Feed are done by the Operations Manager (Tasha) in Link2Feed admin, not us.',
      ],
      [
        'Link2Feed not loading',
        `- Check the iPad has Wi-Fi (the cart corner of the office has weak signal - move it).
- Check another device: if Link2Feed is down for everyone, check status.link2feed.com / their support. Use the paper intake forms in the blue binder at the desk and enter them later.
- If the whole site has no internet see the ISP outage article.`,
      ],
    ],
  ),

  article(
    'aa-hnfs-volunteers',
    'HNFS - Volunteer accounts, the shared warehouse PCs, and who gets a Microsoft license',
    foodshelf,
    'Clients/Hennepin Neighbors/Accounts',
    [
      [
        'Policy (agreed with the Executive Director)',
        `- Staff (about 14) get Microsoft 365 Business Premium from the nonprofit grant (10 donated) + discounted seats.
- Volunteers do NOT get Microsoft accounts. They sign up for shifts in VolunteerHub (the Volunteer Coordinator, Sam, manages that) and use the shared PCs.
- Exception: volunteer leads, AmeriCorps members and board members who need email get Business Basic (nonprofit pricing) - only with written approval from the Executive Director, noted in the ticket. Remove when their term ends.`,
      ],
      [
        'Shared warehouse PCs',
        `HNFS-VOL01 (warehouse desk) and HNFS-VOL02 (break room) are Intune shared devices with a local account "Volunteer" that auto-logs in, Edge only, and Link2Feed/VolunteerHub bookmarks. Settings reset each night (Shared PC mode deletes the cached data).
- Stuck at the login screen / "user name or password incorrect": auto-login broke after updates. Password is in IT Glue; reset it and re-run Ninja script "HNFS - Volunteer autologon".
- Volunteers asking to install something: no.`,
      ],
      [
        'Distribution lists',
        "volunteers@hennepinneighbors.org is a distribution list with external members (volunteers' personal emails as mail contacts). Add/remove on request from Sam.",
      ],
    ],
  ),

  article(
    'aa-hnfs-cooler-sensors',
    'HNFS - Walk-in cooler and freezer temperature alerts (SensorPush)',
    foodshelf,
    'Clients/Hennepin Neighbors/Facilities',
    [
      [
        'Setup',
        'Two walk-in coolers and one walk-in freezer each have a SensorPush HT1 sensor; a SensorPush G1 Wi-Fi gateway in the warehouse office uploads readings. Gateway is on the HNFS-IoT SSID (2.4 GHz only, reserved IP 10.10.30.20). Alerts go by email and push notification to the Operations Manager, Facility lead and the on-call staff phone. Required for food safety logs (Second Harvest Heartland agency audits).',
      ],
      [
        'What the MSP owns',
        "Only the gateway's network connection and the Wi-Fi. The coolers themselves are the refrigeration contractor (number on the cooler doors and in IT Glue). A real temperature alarm (temp above 41F cooler / above 0F freezer) after hours: the staff on-call calls the refrigeration contractor and the Operations Manager, not us.",
      ],
      [
        '"Gateway offline" / "No data from sensor" alerts',
        `1. Is the site internet up? If not, ISP outage article. Readings are kept on the sensors and backfill when the gateway reconnects.
2. Gateway lights: solid green = fine. Blinking = not on Wi-Fi. Unplug gateway power 10 sec.
3. Check Meraki > Clients for 10.10.30.20 on HNFS-IoT. If the IoT SSID PSK was changed, re-pair the gateway in the SensorPush app (Gateways > the gateway > Wi-Fi settings) - needs a phone within Bluetooth range.
4. Sensor (not gateway) shows no data but gateway OK: sensor is too far or inside the freezer metal box - it's been like that; ask facility lead to check the sensor placement.`,
      ],
    ],
  ),

  // ================================================================ CLIENT: Lakewood Chiropractic Group
  article(
    'aa-lcg-chirotouch',
    'Lakewood Chiro - ChiroTouch Cloud: logins, slowness, Topaz signature pads',
    chiro,
    'Clients/Lakewood Chiropractic/EHR',
    [
      [
        'Overview',
        `All three clinics (Edina, Maple Grove, Woodbury) use ChiroTouch Cloud in Chrome (CT Cloud). ChiroTouch support handles errors and outages of the EHR application itself. We handle PCs, network, printers, and signature pads.
User accounts in CT Cloud are created/disabled by the practice administrator (Kim Oberg) under Settings > Staff/Users. We don't have admin.`,
      ],
      [
        'Login / 2-step code',
        'CT Cloud asks for a verification code by text or email every 30 days per browser. Code not arriving: check the phone number on their CT profile with Kim; email codes can land in quarantine. If cookies are cleared by a cleanup tool it asks every day - exclude chirotouchcloud.com from any cleaner.',
      ],
      [
        'Slow',
        `1. One PC: Chrome with tons of tabs, or the PC (slow computer article). Use the "CT Cloud" Chrome profile we set up, it has no extensions.
2. Whole clinic: speed test; check the FortiGate for a saturated link (X-ray uploads in Maple Grove saturate the upload in the morning - QoS policy is in place). 
3. All clinics: check ChiroTouch status / call ChiroTouch support (number in IT Glue).`,
      ],
      [
        'Topaz signature pads',
        `Front desks use Topaz T-LBK462-HSB-R pads for intake/consent signatures. In CT Cloud they need SigWeb (the browser service), not just SigPlus.
- Pad doesn't capture / "SigWeb not detected": make sure the SigWeb service is installed and the Topaz pad shows in Device Manager as HID. Reinstall SigWeb via Ninja "LCG - Topaz SigWeb" and restart Chrome.
- Pad LCD stays blank: move to a different USB port (not through the monitor hub), reboot.
- Works in one browser tab and not another: only one tab can own the pad, close duplicates.`,
      ],
    ],
  ),

  article(
    'aa-lcg-xray',
    'Lakewood Chiro - Digital X-ray workstations: images not reaching PACS',
    chiro,
    'Clients/Lakewood Chiropractic/Imaging',
    [
      [
        'Setup',
        `Edina and Maple Grove have DR X-ray rooms. Acquisition workstations (LCG-XR-EDN, LCG-XR-MPG) run the panel vendor's software (Konica Minolta ImagePilot) and send studies by DICOM to the local DICOM router, which forwards to the cloud PACS the doctors read from (and that ChiroTouch links to). Vendor support contract: the imaging dealer (contact in IT Glue > LCG > Vendors).
The X-ray PCs are NOT domain joined, are excluded from Ninja patching and from the S1 auto-mitigation policy (detect only). Windows updates only after the imaging vendor approves them - they validate the panel drivers first. Do not apply updates because the PC nags.`,
      ],
      [
        'Images not showing up in PACS',
        `1. On the acquisition software: Send queue / Job status. Failed jobs show "Association rejected" or "Connection failed".
2. Association rejected = AE title/port mismatch (someone changed config); compare with IT Glue DICOM settings (AE, IP, port 104/11112).
3. Connection failed = network. Ping the DICOM router from the X-ray PC. Router (LCG-DICOM-01, small Linux box in the rack) - check it's up; reboot if hung.
4. Router forwards to the cloud over HTTPS - if the clinic internet is down, studies queue on the router and send when it's back. Tell the doctors it's queued, not lost.
5. Resend failed studies from the acquisition software once fixed.`,
      ],
      [
        'Panel / detector errors',
        'Detector not ready, battery, calibration, image artifacts: imaging dealer, not us.',
      ],
    ],
  ),

  article(
    'aa-lcg-efax',
    'Lakewood Chiro - Fax: incoming referrals not arriving, outbound fax failures (SRFax)',
    chiro,
    'Clients/Lakewood Chiropractic/Fax',
    [
      [
        'Setup',
        "Each clinic's main fax number was ported to SRFax. Incoming faxes are emailed as PDF to the clinic fax shared mailboxes (fax-edina@, fax-maplegrove@, fax-woodbury@lakewoodchiro.com) - front desk staff have Full Access to their clinic's. Staff also see faxes in the SRFax web portal (shared login per clinic, in IT Glue). SRFax BAA is signed (HIPAA).",
      ],
      [
        'Faxes not coming in',
        `1. Log into the SRFax portal for that clinic: are the faxes in the Inbox there? If YES the fax arrived and the email step failed - go to 2. If NO, the sender side or the number (check SRFax account status / number routing; call SRFax support).
2. Message trace for mail from @srfax.com to the fax mailbox. Quarantined? Release and make sure the SRFax sender is in the Tenant Allow List (entry expires - renew it).
3. Shared mailbox not showing for the user - see shared mailbox article.
4. Mail forwarding to personal email addresses is NOT allowed (PHI) - if a doctor asks to get faxes on Gmail, the answer is no; they can use the Outlook app on their phone.`,
      ],
      [
        'Sending faxes',
        `Email-to-fax: new email to <10-digit number>@srfax.com from an address registered in SRFax (each clinic's fax mailbox and the billing mailbox). Attach PDF; subject becomes the cover page note.
- "Failed - No answer / Busy" in the SRFax sent log: the receiving fax is busy or not a fax line; SRFax retries 3 times. Insurance companies often have full inboxes late in the day.
- Email bounces back from SRFax: sender address not registered in SRFax, or the attachment is not PDF/DOCX/TIFF.`,
      ],
    ],
  ),

  article(
    'aa-lcg-weave',
    'Lakewood Chiro - Weave phones, patient texting, and one-way audio',
    chiro,
    'Clients/Lakewood Chiropractic/Phones',
    [
      [
        'Setup',
        'Lakewood uses Weave (not our standard Intermedia) for phones + patient texting + appointment reminders synced with ChiroTouch. Yealink T54W desk phones are provisioned by Weave. Weave desktop app on front desk PCs shows texts, call pop with patient info, and voicemail. Weave support owns the phone system config; we own the network and firewall.',
      ],
      [
        'Phones say "No Service" / can\'t make calls',
        `- Whole clinic: check internet first (ISP outage article). Phones need the internet to reach Weave.
- A few phones: PoE / cable / switch port (switch port article), reboot the phone.
- Everything up but phones unregistered: call Weave support (number in IT Glue > LCG > Vendors) - they can see registration status.`,
      ],
      [
        'One-way audio, dropped calls, robotic voice',
        "Weave requires SIP ALG OFF on the FortiGate (same commands as in the general VoIP article: disable sip-expectation, kernel-helper-based ALG mode, delete the SIP session helper) and the Weave QoS policy with traffic shaping so X-ray uploads don't starve calls. After any FortiGate firmware upgrade verify these are still set - the Maple Grove one reverted in 2024.",
      ],
      [
        'Weave app / texting',
        `- Texts not showing in the Weave desktop app: sign out and back in (top right > Log out); make sure they're in the right location (Edina/Maple Grove/Woodbury dropdown). Update the app (it auto-updates on restart).
- Patient texts not being received on the patient side: Weave's 10DLC registration/carrier filtering - Weave support.
- New front desk staff need a Weave user - practice administrator adds them in the Weave portal.`,
      ],
    ],
  ),
];
