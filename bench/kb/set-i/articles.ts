/**
 * Set I: a blind labelled KB set, written without reading the search code or any other set.
 *
 * A small MSP's Hudu/IT Glue knowledge base: 48 articles, 36 generic (company null) covering
 * Microsoft 365, networking, Windows endpoints, printers and scanners, line-of-business apps,
 * security incidents, on/offboarding, backup/restore, Macs and mobiles, and 12 client runbooks
 * (3 each) for four fictional clients: a veterinary group, a law firm, a freight firm and a prep
 * school. Several runbooks override a generic article for their client (the law firm's own VPN,
 * the vet group's printers, the law firm's onboarding, the freight firm's depot Wi-Fi, the school's
 * iPads). The style is deliberately uneven: long numbered runbooks, short FAQs, checklists, one
 * vague title. The 130 tickets for it (110 answerable, 20 with no answer here, 17 of those hard
 * negatives) are in ./tickets.ts.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_I_CLIENTS = {
  harrowgate: 'Harrowgate Veterinary Partners',
  quillfeather: 'Quillfeather & Marsh LLP',
  brindlecourt: 'Brindlecourt Freight Ltd',
  staldric: "St Aldric's Preparatory School",
} as const;

const { harrowgate, quillfeather, brindlecourt, staldric } = SET_I_CLIENTS;

export const SET_I_ARTICLES: readonly BenchArticle[] = [
  // ───────────────────────────── Microsoft 365 ─────────────────────────────
  article('i-outlook-password-prompt', 'Outlook keeps asking for password', null, 'Microsoft 365/Outlook', [
    [
      'Symptoms',
      'Outlook (desktop, Microsoft 365 Apps) repeatedly pops up a sign-in window or a Windows Security box asking for the password, even though the user types the right one. The status bar shows "Need Password" and mail stops arriving while Teams and OWA are fine. Very common the day after a password change or after MFA / Conditional Access was switched on for the tenant.',
    ],
    [
      'Quick fix (fixes 8 out of 10)',
      '1. Close Outlook, Teams and Word.\n2. Control Panel > Credential Manager > Windows Credentials. Remove every entry starting with MicrosoftOffice16_Data:, msteams_adalsso, OneDrive Cached Credential and any "SSO_POP_Device" entries.\n3. Settings > Accounts > Access work or school: if the work account shows an error, Disconnect it and reconnect it.\n4. Open Outlook again and sign in in the modern (web style) sign-in window. Tick "Allow my organization to manage my device" only on company devices.',
    ],
    [
      'Still looping',
      '- Error "Something went wrong [1001]" or CAA50021 in the sign-in window means the AAD Broker plugin is broken. Run in the user\'s PowerShell: Add-AppxPackage -Register "$env:windir\\SystemApps\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\Appxmanifest.xml" -DisableDevelopmentMode -ForceApplicationShutdown, then reboot.\n- Check HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity: EnableADAL must not be 0 and DisableADALatopWAMOverride must not be set (old tweaks from 2019 break modern auth).\n- Check the Entra sign-in logs for the user. Failure 53003 means Conditional Access blocked the sign-in (non-compliant device, blocked country). Failure 50126 means the password really is wrong.',
    ],
    [
      'Notes',
      'If the password has actually expired, reset it first (see Password resets and account lockouts). Rebuilding the Outlook profile is almost never needed for this problem, do the credential clean-up first.',
    ],
  ]),

  article(
    'i-outlook-profile',
    "Outlook won't open, hangs or search is broken (profile / OST rebuild)",
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms this covers',
        '- "Cannot start Microsoft Outlook. Cannot open the Outlook window. The set of folders cannot be opened."\n- Outlook stuck on "Loading profile..." or "Processing..." splash screen.\n- Outlook crashes straight after opening.\n- Search returns "No results" or shows "Search results may be incomplete because items are still being indexed" for days.',
      ],
      [
        '1. Safe mode',
        'Win+R > outlook.exe /safe. If Outlook opens in safe mode, an add-in is the problem: File > Options > Add-ins > Manage COM Add-ins > Go, untick everything that is not Microsoft, then enable them one at a time. Old CRM and PDF add-ins are the usual culprits.',
      ],
      [
        '2. New profile',
        'Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Create "Outlook2", set "Always use this profile" to the new one. Keep the old profile for a week in case something was stored locally (old PSTs).',
      ],
      [
        '3. OST',
        'The cache file lives in %localappdata%\\Microsoft\\Outlook\\. Close Outlook and rename the .ost to .old; Outlook rebuilds it on next start (can take hours for big mailboxes). OST files over 50 GB make Outlook slow: set File > Account Settings > Change > "Download email for the past" to 1 year.',
      ],
      [
        '4. Search / indexing',
        'Check the Windows Search service is running. Control Panel > Indexing Options: make sure Microsoft Outlook is in the included locations, then Advanced > Rebuild. Rebuilding takes a few hours; leave the PC on. If HKLM\\SOFTWARE\\Policies\\Microsoft\\Windows\\Windows Search\\PreventIndexingOutlook = 1, delete it. New Outlook and OWA use server-side search, so search in OWA works even when the desktop index is broken.',
      ],
      [
        '5. Repair Office',
        'Settings > Apps > Microsoft 365 Apps for business > Modify > Quick Repair, then Online Repair if needed (Online Repair reinstalls, ~20 min).',
      ],
    ],
  ),

  article(
    'i-shared-mailbox',
    'Shared mailboxes, calendar permissions & room mailboxes',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Give someone access to a shared mailbox',
        'Exchange admin center > Recipients > Mailboxes > pick the shared mailbox > Delegation.\n- Read and manage (Full Access): open the mailbox.\n- Send as: send as the shared address (shows only the shared address).\n- Send on behalf: shows "User on behalf of Accounts".\nPowerShell: Add-MailboxPermission accounts -User priya -AccessRights FullAccess -AutoMapping $true and Add-RecipientPermission accounts -Trustee priya -AccessRights SendAs. Automapped mailboxes appear in Outlook within about 60 minutes (restart Outlook). Shared mailboxes need no licence under 50 GB. Need approval from the client contact before granting.',
      ],
      [
        'Sent items go to the wrong place',
        "By default when you send as a shared mailbox the copy lands in the sender's own Sent Items. Fix for everyone: Set-Mailbox accounts -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.",
      ],
      [
        'Mailbox not showing in Outlook',
        'If automapping did not work: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add. In OWA: right-click Folders > Add shared folder or mailbox.',
      ],
      [
        'Calendar permissions / delegates (PAs)',
        "Owner can do it in Outlook: Calendar > Share > add person > Can edit / Delegate. Admin: Add-MailboxFolderPermission -Identity head@domain:\\Calendar -User pa@domain -AccessRights Editor -SharingPermissionFlags Delegate. A delegate receives meeting requests and can accept them on the owner's behalf. Use Set-MailboxFolderPermission if an entry already exists.",
      ],
      [
        'Room mailboxes',
        'Rooms not accepting bookings automatically: Set-CalendarProcessing -Identity boardroom -AutomateProcessing AutoAccept -AllowConflicts $false. If ResourceDelegates are set, requests wait for a delegate to approve; clear them if the client wants auto-accept.',
      ],
    ],
  ),

  article(
    'i-teams-signin',
    'Teams not loading / sign-in errors / clearing the cache',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'White or blank window, endless spinner, "We\'ve run into an issue", sign-in error codes caa70004, caa20002, caa7000a, 0xCAA82EE2, chats not updating, presence stuck on Away or Unknown.',
      ],
      [
        'Clear the cache (new Teams)',
        'Quit Teams from the tray. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache. Classic Teams (should be gone by now): delete %appdata%\\Microsoft\\Teams.',
      ],
      [
        'Sign-in errors',
        'caa70004 / caa20002: remove cached credentials (see "Outlook keeps asking for password", same Credential Manager clean-up), check PC date and time are right, and check no proxy is set. 0xCAA82EE2 is a network timeout, try off the VPN. If the error persists, reset Teams and sign in again.',
      ],
      [
        'Presence / status wrong',
        'Stuck on Away or Unknown: sign out of Teams completely and back in, then reset the cache. Stuck on "Out of office" is driven by Outlook automatic replies, turn them off in Outlook.',
      ],
      [
        '"You\'re missing out!"',
        '"You\'re missing out! Ask your admin to enable Microsoft Teams" means the user has no Teams licence. Not a Teams fault: see Microsoft 365 licensing & Office activation.',
      ],
    ],
  ),

  article('i-teams-av', 'Teams meetings: microphone, camera and headsets', null, 'Microsoft 365/Teams', [
    [
      'First checks',
      'In Teams: Settings > Devices, pick the right speaker, microphone and camera, then "Make a test call". Nobody can hear you but the test call works = someone else\'s problem or you are muted on the hardware (headset mute switch).',
    ],
    [
      'Windows privacy settings',
      'Settings > Privacy & security > Camera and > Microphone: "Let desktop apps access your camera/microphone" must be On. A Windows update or a privacy tool sometimes turns this off.',
    ],
    [
      '"We couldn\'t start your video"',
      'Another app has the camera (Camera app, Zoom, browser tab). Close them or reboot. On Lenovo laptops check the physical privacy shutter and the F8 camera key; on HP the camera kill key. Update the camera driver from the laptop vendor.',
    ],
    [
      'Bluetooth headsets sound tinny',
      'When a Bluetooth headset is used as a microphone Windows switches it to the hands-free profile, which sounds like a phone line. Use the USB dongle that came with it (Jabra Link 380, Poly BT700) and select the dongle in Teams, not the "Hands-Free AG Audio" device.',
    ],
    [
      'Echo',
      'People hear themselves echo when someone in the meeting is on laptop speakers with the mic open, usually in a meeting room where two laptops have joined. One device in the room should join with audio off (Join > "Don\'t use audio").',
    ],
    [
      'Screen sharing',
      'Black screen when sharing: update the graphics driver, share a window instead of the screen. On a Mac, Teams needs Screen & System Audio Recording permission (see the Mac article).',
    ],
  ]),

  article('i-onedrive-sync', 'OneDrive sync problems', null, 'Microsoft 365/OneDrive & SharePoint', [
    [
      'Icons',
      'Green tick = on this PC. Blue cloud = online-only (Files On-Demand), the file is safe in OneDrive and downloads when opened. Red circle with a white X = sync error for that file or folder. Two arrows = syncing.',
    ],
    [
      'See what is wrong',
      'Click the OneDrive cloud in the tray > the red badge / "View sync problems". Usual causes: file name with invalid characters or leading spaces, path longer than 400 characters, file open in another app, file over 250 GB, no permission any more on a synced SharePoint library.',
    ],
    [
      'Reset OneDrive',
      'Stuck on "Processing changes" or "Sync pending" for hours: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, wait two minutes, then start OneDrive from the Start menu if it does not restart itself. It re-scans everything, no data is lost.',
    ],
    [
      'Error codes',
      '- 0x8004de40: OneDrive cannot reach the service. Check internet, proxy, and that TLS 1.2 is enabled (Internet Options > Advanced). Often on hotel Wi-Fi.\n- 0x8004de85 / 0x8004de8a: account mismatch, a personal and a work account fighting. Unlink and sign in with the work account.\n- 0x80070194 "The cloud file provider exited unexpectedly": reset OneDrive, reboot.',
    ],
    [
      'Known Folder Move (Desktop / Documents / Pictures)',
      'Our standard is that Desktop, Documents and Pictures are redirected into OneDrive. If a user says their desktop icons vanished or Documents shows blue clouds after a new laptop or a reset, the files are in OneDrive: check the user is signed into OneDrive and that Settings > Sync and backup > Manage back up shows the folders as backed up. Right-click > "Always keep on this device" for files needed offline.',
    ],
    [
      'SharePoint libraries',
      'Prefer "Add shortcut to My files" over the "Sync" button. Syncing big libraries (over 100,000 items) causes constant processing.',
    ],
  ]),

  article(
    'i-sharepoint-access',
    'SharePoint: access denied, permissions and external sharing',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Access denied',
        '"You need permission to access this item" / "Access required": the user is not a member of the site. The Request access button emails the site owner. As admin: open the site > Settings (gear) > Site permissions > add the user to the site Members group (or for a Team-connected site, add them to the Team). Do not grant permissions on individual files or folders unless the client insists, it becomes unmanageable.',
      ],
      [
        'External sharing',
        '- "Your organization\'s policies don\'t allow you to share with these users": the recipient domain is not on the allow list, or external sharing is off. SharePoint admin center > Policies > Sharing (tenant level) and Sites > Active sites > site > Sharing (site level). Client contact must approve enabling it.\n- "Sharing is disabled for this site": site-level sharing set to "Only people in your organization".\n- Guests get a one-time verification code by email when they open the link; it lands in their junk folder often.\n- "Anyone" links are disabled in most of our tenants, use "Specific people".',
      ],
      [
        'New site requests',
        'Log a ticket with the site name, owner(s) and members. We create a Team-connected site (Teams > Create team > From scratch > Private) so the owner can manage membership.',
      ],
    ],
  ),

  article(
    'i-mailflow',
    'Email not arriving / bounce-backs (NDRs): mail flow troubleshooting',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Start with a message trace',
        'Exchange admin center > Mail flow > Message trace. Real-time data covers the last 10 days; older than that start a historical search (up to 90 days, report arrives by email). Get the sender, recipient and rough time from the user.',
      ],
      [
        'Common NDR codes',
        "- 550 5.1.1 RESOLVER.ADR.RecipNotFound: the address does not exist. Often a typo, or Outlook autocomplete holds an old entry for someone who changed their name (IMCEAEX... address in the NDR). Fix: in the To box, press the X next to the suggestion to delete it from the autocomplete list and type the address fresh.\n- 550 5.7.1 / 5.7.133 RESOLVER.RST.AuthRequired / SenderNotAuthenticatedForGroup: the distribution group only accepts mail from internal senders. To let outside people email it: EAC > Recipients > Groups > group > Settings > untick \"Require senders to be authenticated\" (Set-DistributionGroup -RequireSenderAuthenticationEnabled $false), with client approval.\n- 550 5.7.520 Access denied, Your organization does not allow external forwarding: automatic forwarding to outside addresses is blocked by the outbound anti-spam policy, by design. Only allow it for named mailboxes with client approval.\n- 550 5.1.8 Access denied, bad outbound sender / 5.7.708: the user (or the whole tenant) is blocked from sending because it sent spam. Treat as a compromised account first.\n- 554 5.7.5 / SPF, DKIM or DMARC failures: the sending domain's DNS is wrong. If it's our client's domain, fix the SPF TXT record (only one v=spf1 record allowed).\n- 4.x.x codes are temporary deferrals; the sending server keeps retrying for up to 48 hours.",
      ],
      [
        'Mail from outside not arriving at all',
        "Check the message trace first; if the message shows Quarantined see the quarantine article. If nothing is in the trace the mail never reached Microsoft: check the MX record points to <domain>.mail.protection.outlook.com (or the client's Mimecast MX), and ask the sender for their bounce. Check transport rules (Mail flow > Rules) for anything redirecting or deleting.",
      ],
    ],
  ),

  article(
    'i-quarantine-junk',
    'Spam, junk and quarantine: releasing emails, safe senders, blocking senders',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'User quarantine notifications',
        'Users receive "You have messages in quarantine" emails from quarantine@messaging.microsoft.com. They can click Review and release spam/bulk messages themselves. High-confidence phish and malware can only be released by an admin.',
      ],
      [
        'Admin release',
        'security.microsoft.com > Email & collaboration > Review > Quarantine. Filter by recipient, check the headers, Release to the recipient and optionally "Allow emails from this sender". Never release anything flagged Malware without L2 review.',
      ],
      [
        'Good emails going to Junk',
        "In Outlook: right-click the message > Junk > Never Block Sender (or Never Block Sender's Domain). For a whole supplier domain across the company, add it to the Tenant Allow/Block List (Defender portal > Policies > Threat policies > Tenant Allow/Block Lists > Domains & addresses) as an allow entry with an expiry. Never allow gmail.com, outlook.com or other free mail domains as a whole.",
      ],
      [
        'Blocking a sender',
        'User: Junk > Block Sender. Company-wide: add a Block entry for the sender address or domain in the Tenant Allow/Block List. Newsletters the user signed up for are "bulk"; lowering the BCL threshold in the anti-spam policy catches more of them.',
      ],
    ],
  ),

  article('i-licensing', 'Microsoft 365 licensing & Office activation', null, 'Microsoft 365/Licensing', [
    [
      'Assigning a licence',
      "admin.microsoft.com > Users > Active users > user > Licenses and apps. If there is no free licence, we buy one through Pax8; the client's authorised contact must approve the extra cost in the ticket first. New licences show up within 15 minutes.",
    ],
    [
      'Which licence does what',
      '- Business Basic: web and mobile Office only, NO desktop apps. User cannot install Word/Excel from office.com (the Install apps button is missing).\n- Business Standard / Business Premium / Apps for business: desktop apps on up to 5 PCs, 5 tablets and 5 phones per user.\n- Teams is not included in new subscriptions bought since 2024 in some regions ("no Teams" SKUs); those users need a Teams Enterprise add-on.',
    ],
    [
      'Errors',
      '- "Unlicensed Product" / "Product Deactivated" in the title bar, editing greyed out: the account signed into Office has no Office licence, or a different (personal) account is signed in. File > Account > Sign out, sign in with the work account. Check licence assigned.\n- "Account Error: there are problems with your account": sign out and in again under File > Account.\n- "You\'ve reached the install limit" / activation limit: the user already has 5 PCs. They sign out old devices at myaccount.microsoft.com > Office apps > Devices > Sign out.\n- "You\'re missing out!" in Teams: no Teams licence (see above).',
    ],
    [
      'Shared PCs and RDS',
      'Remote desktop servers need Shared Computer Activation (SharedComputerLicensing=1 in the ODT config); users need Business Premium or Apps for enterprise.',
    ],
    [
      'Leavers',
      'Remove the licence only after converting the mailbox to shared (see the offboarding checklist), otherwise the mailbox is deleted after 30 days.',
    ],
  ]),

  article(
    'i-mfa',
    'MFA: new phone, re-registering Microsoft Authenticator, resetting methods',
    null,
    'Microsoft 365/Security',
    [
      [
        'User has a new phone and still has the old one',
        'Old phone: Authenticator > Settings > Cloud backup ON (iCloud / Microsoft personal account). New phone: install Authenticator, "Begin recovery". Work accounts restored this way still need re-validation: the user signs in at mysignins.microsoft.com/security-info on the PC, "Add sign-in method" > Authenticator app, scans the QR code with the new phone, then deletes the old phone entry.',
      ],
      [
        'Old phone lost, wiped or traded in',
        '1. Verify identity: call the user back on the number in the PSA, or confirm with their manager. Never on a number given in the ticket.\n2. Entra admin center > Users > user > Authentication methods > "Require re-register multifactor authentication" and delete the old Authenticator entry.\n3. Revoke sessions if the phone was lost/stolen (it may still have a signed-in Outlook app; see the mobile article to wipe it).\n4. Optionally issue a Temporary Access Pass (1 hour, one-time) so the user can sign in and register the new phone at mysignins.microsoft.com/security-info.',
      ],
      [
        'Notifications not arriving',
        'Number matching: the user must type the two-digit number shown on the PC into the app. If no notification pops up: open Authenticator manually and pull down to refresh, check phone notifications are allowed for Authenticator, turn off battery optimisation for it (Android), check phone date/time is automatic. User can always pick "I can\'t use my Microsoft Authenticator app right now" > use a verification code.',
      ],
      [
        'Prompts the user did not trigger',
        'MFA approve requests the user did not start mean someone has their password. Tell them to deny, and follow the Compromised Microsoft 365 account runbook straight away.',
      ],
    ],
  ),

  article('i-password-reset', 'Password resets and account lockouts', null, 'Microsoft 365/Identity', [
    [
      'Before you reset',
      "Verify the caller: call back on the number in the PSA or have the client contact confirm. Do not reset passwords requested by email from the user's own mailbox (it may be compromised).",
    ],
    [
      'Cloud-only users',
      'Entra admin center > Users > user > Reset password. Tick "require change at next sign-in" unless the user is remote without a way to change it.',
    ],
    [
      'Hybrid users (on-prem AD synced)',
      'Reset in Active Directory Users and Computers on the DC (or from Entra if password writeback is enabled). Force a sync: Start-ADSyncSyncCycle -PolicyType Delta on the Entra Connect server; otherwise it takes up to 30 minutes before the new password works in Microsoft 365.',
    ],
    [
      'Self-service',
      'Users registered for SSPR can reset their own password at aka.ms/sspr (or "Forgot my password" on the sign-in page) from home. Hybrid needs writeback enabled for this to change the AD password too.',
    ],
    [
      'Expired password',
      '"Your password has expired and must be changed": at the office, the user can change it at Ctrl+Alt+Del. Remote users can change it at aka.ms/sspr if SSPR is on, otherwise we reset it and sync.',
    ],
    [
      'Repeated lockouts',
      'Account locked again and again (AD): find the source. On the PDC emulator look for event 4740 in the Security log, the "Caller Computer Name" shows where the bad attempts come from. Usual suspects: phone mail app with the old password, saved credentials for a mapped drive or an RDP file, a scheduled task or service running as the user, a second PC left logged in. Unlock: ADUC > user > Account tab > Unlock account. Entra smart lockout ("Your account is temporarily locked") clears by itself after a few minutes.',
    ],
  ]),

  // ───────────────────────────── Networking ─────────────────────────────
  article('i-wifi', 'Wi-Fi troubleshooting (laptops)', null, 'Network/Wi-Fi', [
    [
      'Connected, no internet',
      'Check the IP: ipconfig. A 169.254.x.x address means DHCP did not answer (see DHCP and DNS issues). Otherwise: forget the network and rejoin, then ipconfig /release, ipconfig /renew, ipconfig /flushdns. Still broken: netsh winsock reset and netsh int ip reset, reboot. If phones work on the same Wi-Fi and only one laptop does not, it is the laptop.',
    ],
    [
      'Keeps dropping',
      'Update the Wi-Fi driver from the vendor (Intel AX201/AX211: Intel Driver & Support Assistant; the Windows Update driver is often old). Device Manager > adapter > Power Management: untick "Allow the computer to turn off this device to save power". Advanced tab: set Preferred Band to 5 GHz, Roaming Aggressiveness to Medium. Check the access point controller (UniFi / Meraki / Aruba Instant On) for the client\'s signal strength; under -70 dBm is too weak.',
    ],
    [
      "Can't see the network",
      'Airplane mode or the Wi-Fi Fn key is off. Older adapters (Wi-Fi 4 / 802.11n 2.4 GHz only) cannot see a 5 GHz-only SSID: use the 2.4 GHz SSID or give the user a USB Wi-Fi adapter. Hidden SSIDs must be added manually (Manage known networks > Add network).',
    ],
    [
      'Corporate (WPA2-Enterprise / 802.1X) SSIDs',
      '"Can\'t connect to this network" right after a password change: forget the network and connect again with the new password. Certificate-based Wi-Fi: plug in a cable and run gpupdate /force to renew the certificate.',
    ],
  ]),

  article(
    'i-vpn-client',
    'Remote access VPN troubleshooting (WatchGuard SSL / Windows VPN)',
    null,
    'Network/VPN',
    [
      [
        'Which VPN',
        "Our standard client VPN is WatchGuard Mobile VPN with SSL (Firebox) with AuthPoint MFA. A few older clients still use the Windows built-in VPN (IKEv2/SSTP to RRAS). Check the client's Remote Access page. Some clients have their own VPN runbook, use that if there is one.",
      ],
      [
        'First checks',
        'Is the internet working at all (open a website)? Hotel or train Wi-Fi with a login page must be accepted first. Try the phone hotspot: if it works there, the network the user is on blocks VPN.',
      ],
      [
        'WatchGuard SSL client',
        'Stuck on "Authenticating" or "Failed to connect": approve the AuthPoint push on the phone. Check the user is in the SSLVPN-Users group on the Firebox. Client too old after a Firebox upgrade: download the current client from https://<firebox>/sslvpn.html and reinstall.',
      ],
      [
        'Windows VPN error codes',
        '- 809: the network connection between the computer and the VPN server could not be established. UDP 500/4500 blocked (hotel, home router) or NAT-T: set HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent AssumeUDPEncapsulationContextOnSendRule = 2 and reboot.\n- 691: wrong username or password, or the account is locked/expired.\n- 812: the NPS policy denied it, user not in the VPN group.\n- 720: WAN Miniport broken; Device Manager > Network adapters > uninstall the WAN Miniport (IP, IPv6, IKEv2) entries, Scan for hardware changes.\n- 13801: IKE authentication credentials unacceptable, the machine certificate is missing or expired.',
      ],
      [
        "Connected but can't reach anything",
        'Mapped drives (S:, H:) show a red X: open them once or run the "Map drives" shortcut; they do not reconnect on their own if Windows logged in before the VPN came up. Use the server FQDN if the short name does not resolve. Split tunnel is on: internet traffic and Teams do not go over the VPN.',
      ],
    ],
  ),

  article(
    'i-dhcp-dns',
    'DHCP and DNS issues (169.254 addresses, IP conflicts, names not resolving)',
    null,
    'Network/Core',
    [
      [
        '169.254.x.x (APIPA)',
        'The PC got no answer from DHCP. One PC only: cable/Wi-Fi/port problem. Several PCs: the DHCP scope is probably full. DHCP console on the DC (or firewall DHCP leases page) > Scope > Address Leases: count leases vs scope size, delete BAD_ADDRESS entries, shorten the lease from 8 days to 1 day for busy guest/Wi-Fi scopes. Check the DHCP Server service is running.',
      ],
      [
        'IP address conflict',
        '"Windows has detected an IP address conflict": something else has the same address. Usually a printer or camera with a static IP inside the DHCP range. Find it: arp -a, match the MAC to a vendor. Fix: give the device a DHCP reservation or an exclusion range for statics.',
      ],
      [
        'Names not resolving',
        'Internal names (server, intranet, printers) not found, DNS_PROBE_FINISHED_NXDOMAIN in the browser for an internal site while google.com works: the PC is using a public DNS server. PCs on the domain must use the DC as DNS (check ipconfig /all). Fix the DHCP option 006 or the manual setting, then ipconfig /flushdns. nslookup intranet.domain.local <DC IP> to test. Stale records: enable scavenging on the DNS zone.',
      ],
      [
        'Public DNS',
        "New records for the client's website or email (A, CNAME, TXT, MX) are changed at the registrar (details in the client's Domains page) after client approval.",
      ],
    ],
  ),

  article(
    'i-web-filter',
    'Websites blocked by the firewall web filter / unblock requests',
    null,
    'Network/Firewall',
    [
      [
        'What the user sees',
        'FortiGate: "FortiGuard Intrusion Prevention - Access Blocked" or "Web Page Blocked" with the category (e.g. Personal Websites and Blogs, Newly Observed Domain). WatchGuard: "WebBlocker: Denied" page.',
      ],
      [
        'Unblock process',
        "1. Get approval from the client's authorised contact (not the user) in the ticket.\n2. Add the specific domain to the static URL filter as Allow (FortiGate: Security Profiles > Web Filter > URL Filter; WatchGuard: WebBlocker exceptions). Do not unblock the whole category.\n3. If the site is simply miscategorised, also submit it at fortiguard.com/webfilter for recategorisation.",
      ],
      [
        'Certificate errors on every website',
        'NET::ERR_CERT_AUTHORITY_INVALID or "Your connection isn\'t private" on all HTTPS sites on one PC: the firewall does deep SSL inspection and the PC does not trust the firewall CA. Usually a new or reimaged device that has not had the certificate policy yet. Push the Fortinet_CA_SSL certificate via Intune / GPO (Trusted Root), or run gpupdate /force on the office network.',
      ],
      [
        'Other firewall changes',
        "Port forwards and new inbound rules: change request with client approval, then document in the client's Firewall page.",
      ],
    ],
  ),

  article('i-switch-port', 'Network wall ports, switches and cabling', null, 'Network/Switching', [
    [
      'Dead wall port',
      'No link light on the PC network port = nothing connected at the other end. Find the port number on the faceplate, look it up in the client\'s patch panel map, and check it is patched into the switch. Check the switch port status in UniFi / Aruba Instant On / Meraki, or on a ProCurve "show interfaces brief". Common after desk moves: the new desk\'s port was never patched.',
    ],
    [
      'Wrong VLAN',
      'PC gets an address from the wrong range (e.g. 10.10.50.x voice range) or no address: the switch port is on the wrong VLAN. Set the data VLAN untagged and the voice VLAN tagged on desk ports.',
    ],
    [
      'Phones / access points not powering',
      'Desk phones and APs take power from the switch (PoE). Phone dead on one port but fine on another: that port has no PoE or the switch PoE budget is used up (show power-over-ethernet). Use a PoE injector as a stop-gap.',
    ],
    [
      'Network loop',
      'Whole network suddenly slow or down, switch lights flashing like mad, often right after someone plugged a cable between two wall ports (meeting rooms, cleaners). Unplug the last thing that was connected. Make sure loop protection / spanning tree (RSTP) is on for all switches; the switch logs show which port saw the broadcast storm.',
    ],
    [
      'Slow link',
      'Link at 100 Mbps instead of 1 Gbps: damaged cable or bad termination. Swap the patch lead, then test the run with the cable tester.',
    ],
  ]),

  // ───────────────────────────── Windows endpoints ─────────────────────────────
  article(
    'i-windows-login',
    "Windows sign-in problems: temporary profile, trust relationship, 'User Profile Service failed'",
    null,
    'Windows/Login',
    [
      [
        'Temporary profile',
        '"You\'ve been signed in with a temporary profile" / "We can\'t sign in to your account", and the desktop is empty: the user\'s profile did not load. Do not let them save work there, it is deleted at sign-out.\n1. Reboot once (an AV scan or backup sometimes locks NTUSER.DAT).\n2. Sign in as local admin, regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user\'s SID; if there are two keys (one ending .bak), delete the one without .bak and rename the .bak one, set State = 0 and RefCount = 0.\n3. If that fails: rename C:\\Users\\username, let Windows create a new profile, copy the data back (OneDrive data re-syncs by itself).',
      ],
      [
        '"The User Profile Service failed the sign-in"',
        'Same fix as above. Also check the C: drive is not full (see Low disk space).',
      ],
      [
        'Trust relationship',
        '"The trust relationship between this workstation and the primary domain failed": the computer account password is out of sync (PC restored from an old image, or off the network for months). Sign in with the local admin account (LAPS password in the RMM), then in PowerShell: Test-ComputerSecureChannel -Repair -Credential DOMAIN\\admin and reboot. If that fails, remove from the domain and rejoin.',
      ],
      [
        'New password not accepted on the laptop',
        'After a password reset while the user is away from the office, Windows still has the old password cached. Log in with the old password, connect the VPN, then press Ctrl+Alt+Del > Lock and unlock with the new password. Entra-joined laptops only need internet for the new password to work.',
      ],
      [
        'First sign-in off-site',
        'A domain user who has never logged on to that laptop cannot sign in away from the office (no cached credentials). They need to log in once on the office network or with pre-logon VPN.',
      ],
    ],
  ),

  article('i-windows-update', 'Windows Update failures and stuck updates', null, 'Windows/Patching', [
    [
      'How we patch',
      'NinjaOne patch policy: quality updates approved 7 days after Patch Tuesday, installed overnight, restart prompts during the day with a 3-day deadline. Check the device in NinjaOne > Patching for the failure code first.',
    ],
    [
      'Error codes',
      '- 0x80070002 / 0x80070003: update files missing. Reset Windows Update components: net stop wuauserv, net stop cryptSvc, net stop bits, net stop msiserver; rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old and C:\\Windows\\System32\\catroot2 to catroot2.old; start the services again; retry.\n- 0x800f0922: not enough space on the System Reserved partition, or the PC is on a VPN that blocks the update servers. Disconnect VPN, retry.\n- 0x80073712 / 0x800f081f: component store corrupt. DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow, reboot, retry.\n- 0x8024402c: cannot reach the update server (proxy or old WSUS GPO).',
    ],
    [
      'Stuck on "Working on updates"',
      '"Working on updates 30% complete. Don\'t turn off your computer" or "Undoing changes": wait up to 2 hours. If it still has not moved, hold power to switch off, boot; if it loops, boot into the recovery environment > Troubleshoot > Advanced options > Uninstall Updates > latest quality update.',
    ],
    [
      'Feature updates (e.g. 23H2 to 24H2)',
      'Need about 20 GB free on C:. If the update says there is not enough space, free space first (see Low disk space on C:) then retry from NinjaOne.',
    ],
    [
      'Updates pending restart every day',
      'Usually the install fails after the restart and rolls back: look at Settings > Windows Update > Update history for the failing KB and its code, and fix as above.',
    ],
  ]),

  article('i-bitlocker', 'BitLocker recovery key screen', null, 'Windows/Security', [
    [
      'What the user sees',
      'A blue screen at power-on (before Windows) titled "BitLocker recovery" / "Enter the recovery key for this drive", asking for a 48-digit number, showing a Recovery key ID. This is not a crash, nothing is broken, Windows just wants proof.',
    ],
    [
      'Finding the key',
      "- Entra-joined / Intune devices: Entra admin center > Devices > All devices > device > BitLocker keys (or Intune > device > Recovery keys).\n- On-prem domain devices: ADUC > computer object > BitLocker Recovery tab (needs the BitLocker feature tools).\n- NinjaOne also stores keys for most clients (device > Details > BitLocker).\nMatch the first 8 characters of the Key ID on screen. Verify the caller's identity before reading it out, then read it in blocks of six digits.",
    ],
    [
      'Why it happened',
      'Usually a BIOS/firmware update (Dell Command Update, Lenovo Vantage, HP) that did not suspend BitLocker, a TPM reset, changes to Secure Boot, or the laptop booting while docked with a USB-C device first in the boot order.',
    ],
    [
      'It asks every time',
      'Recovery key requested at every boot, often only when on the dock: sign in, then in admin PowerShell run manage-bde -protectors -disable C: , reboot, manage-bde -protectors -enable C: so the TPM re-seals with the current config. Disable "USB-C / Thunderbolt boot support" in the BIOS for docks. Before BIOS updates always run Suspend-BitLocker -MountPoint C: -RebootCount 1.',
    ],
    [
      'No key found',
      'Escalate to L2 before doing anything else. Without the key the data is gone; the device will need reimaging.',
    ],
  ]),

  article('i-disk-space', 'Low disk space on C:', null, 'Windows/Maintenance', [
    [
      'RMM alert',
      'NinjaOne raises "Disk space low" when C: has under 10% free. Act before it hits zero: Windows updates fail and profiles stop loading.',
    ],
    [
      'Clean-up steps',
      '1. Run Disk Cleanup as admin (cleanmgr), "Clean up system files", tick Windows Update Cleanup and Previous Windows installations.\n2. Empty %temp% and C:\\Windows\\Temp.\n3. Find what is big: TreeSize Free or WinDirStat (our RMM script "Disk usage report" does the same).\n4. Usual suspects: Outlook OST files (reduce cached months), OneDrive downloaded everything (right-click OneDrive folder > Free up space), Downloads folder, old user profiles (remove with System Properties > User Profiles, not by deleting folders), hiberfil.sys on desktops (powercfg /h off).\n5. DISM /Online /Cleanup-Image /StartComponentCleanup.\nNever delete C:\\Windows\\Installer or WinSxS by hand.',
    ],
    [
      'Still full',
      'Small 128 GB SSDs: quote a bigger SSD. If the disk shows SMART warnings or "Windows detected a hard disk problem", back up now and replace the drive (CrystalDiskInfo to confirm).',
    ],
  ]),

  article('i-docks-monitors', 'Docking stations, external monitors & drivers', null, 'Windows/Hardware', [
    [
      'Monitors not detected on the dock',
      '1. Win+P > Extend.\n2. Unplug the dock power for 30 seconds, plug back in, then connect the laptop.\n3. Check the laptop USB-C port supports video (DisplayPort or Thunderbolt symbol next to it).\n4. Update BIOS, dock firmware and graphics driver together: Dell Command Update (WD19/WD22TB4), Lenovo Vantage (ThinkPad USB-C / Thunderbolt docks), HP Image Assistant (G5 docks).',
    ],
    [
      'DisplayLink docks',
      'Dell D6000, Targus and most "universal" USB docks use DisplayLink. They need the DisplayLink driver; after a Windows feature update the screens often go black until the latest DisplayLink driver is reinstalled from synaptics.com.',
    ],
    [
      "Laptop doesn't charge on the dock",
      'The dock power supply is too small for the laptop (90 W dock with a 130 W laptop) or the "Power delivery" firmware is old. Update dock firmware; check the correct power brick is used.',
    ],
    [
      'Drivers in general',
      'Yellow exclamation mark in Device Manager / "Unknown device" after a reimage: take drivers from the manufacturer\'s tool (Dell Command Update, Lenovo System Update, HP Support Assistant) not from random sites. For an unknown device, Properties > Details > Hardware Ids tells you the vendor (VEN_8086 = Intel).',
    ],
    [
      'Flicker / blurry',
      'Set each monitor to its native resolution and 100-125% scaling; swap the cable (DisplayPort is more reliable than HDMI adapters).',
    ],
  ]),

  article('i-slow-pc', 'Slow computer checklist', null, 'Windows/Performance', [
    ['Ask first', 'Since when? Everything slow or one app? Only in the morning? After an update?'],
    [
      'Checklist',
      '- [ ] Uptime (Task Manager > Performance > CPU): Fast Startup means "Shut down" is not a restart. Restart it.\n- [ ] Task Manager: what sits at 100%? CPU, Memory or Disk.\n- [ ] Disk at 100% on a spinning hard drive: replace with an SSD, nothing else will fix it.\n- [ ] Memory: 8 GB with Teams, Outlook and Chrome is not enough, quote 16 GB.\n- [ ] Startup apps: Task Manager > Startup apps, disable the junk.\n- [ ] Antivirus scan: Antimalware Service Executable (MsMpEng.exe) high CPU in the morning = Defender scheduled scan running at login. Move the scan time in the Intune/Defender policy to lunchtime.\n- [ ] Updates installing in the background (check NinjaOne).\n- [ ] Browser: dozens of tabs and extensions.\n- [ ] Heat: loud fan, laptop on a bed or sofa, dust. Check the power mode is Balanced/Best performance, not Battery saver.\n- [ ] Older than 5 years: recommend replacement.',
    ],
    ['Last resort', "Reimage via Autopilot reset after confirming the user's data is in OneDrive."],
  ]),

  article('i-bsod', 'Blue screen crashes (BSOD) and random restarts', null, 'Windows/Performance', [
    [
      'Is it really a crash?',
      'A BitLocker recovery screen asking for a key is NOT a crash, see BitLocker recovery key screen. A crash looks like "Your device ran into a problem and needs to restart" with a stop code and a QR code.',
    ],
    [
      'Get the stop code and dump',
      'Ask for the stop code (or photo). Dumps are in C:\\Windows\\Minidump. Open them with WinDbg (!analyze -v) or BlueScreenView to see which driver crashed.',
    ],
    [
      'Common stop codes',
      '- DRIVER_POWER_STATE_FAILURE: a driver failed on sleep/wake, very often a dock, Wi-Fi or graphics driver when closing the lid. Update dock firmware, Wi-Fi and graphics drivers.\n- IRQL_NOT_LESS_OR_EQUAL / PAGE_FAULT_IN_NONPAGED_AREA: bad driver (the dump names it, e.g. igdkmd64.sys = Intel graphics, rtwlane.sys = Realtek Wi-Fi) or bad RAM.\n- WHEA_UNCORRECTABLE_ERROR: hardware. Run the vendor diagnostics (Dell SupportAssist / Lenovo Diagnostics) and Windows Memory Diagnostic.\n- CRITICAL_PROCESS_DIED / KERNEL_SECURITY_CHECK_FAILURE: corrupted system files, run DISM /Online /Cleanup-Image /RestoreHealth and sfc /scannow.',
    ],
    [
      'Random restarts with no blue screen',
      'Event Viewer > System: Kernel-Power event 41 without a bugcheck = the PC lost power or overheated. Check the power supply / power strip, battery health, fans. Also check "Automatically restart" under System failure settings so a blue screen is not hidden.',
    ],
  ]),

  // ───────────────────────────── Printers & scanners ─────────────────────────────
  article('i-printer-misc', 'Misc printer stuff', null, 'Printers', [
    [
      'Printer "offline" but it is on',
      'Check the IP on the printer\'s panel matches the port in Printer properties > Ports (DHCP gave it a new address). Untick "SNMP Status Enabled" on the port, Windows often shows offline when SNMP fails. Give network printers a DHCP reservation.',
    ],
    [
      'Jobs stuck in the queue',
      'Cannot delete jobs / nothing prints: net stop spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, net start spooler. Or the RMM script "Clear print queue".',
    ],
    [
      'Adding a printer',
      'Most clients get printers from the print server (\\\\server\\printername) or an Intune policy. Manually: Settings > Printers & scanners > Add device > "Add manually" > TCP/IP address, with the universal driver: HP Universal Print Driver PCL6, Kyocera KX driver, Canon Generic Plus UFR II, Konica Minolta Universal PCL, Brother from the Brother site.',
    ],
    [
      'Error 0x0000011b',
      'Windows cannot connect to the printer, 0x0000011b, when adding a shared printer: this is the PrintNightmare hardening. Install the driver on the PC first as admin (or push it via RMM), or add the printer by IP directly instead of via the share. Do not set RpcAuthnLevelPrivacyEnabled = 0.',
    ],
    [
      'Error 0x00000709',
      '"Operation could not be completed (error 0x00000709)" when setting the default printer: Settings > Printers & scanners > turn off "Let Windows manage my default printer", then set it again.',
    ],
    [
      'Letter vs A4',
      'Prints asking for "Letter" paper / load paper in tray: set A4 in Printing preferences and in the printer\'s defaults on the server.',
    ],
  ]),

  article('i-scan-to-email', 'Scan to email / scan to folder on multifunction printers', null, 'Printers', [
    [
      'Scan to email',
      "Our standard is the Microsoft 365 SMTP relay: MFP sends to <domain>.mail.protection.outlook.com on port 25, accepted by an inbound connector that trusts the office static IP. If scan to email stops for everyone on one day: the office public IP changed (new router, ISP change) and the connector needs the new IP. Some clients use SMTP2GO instead (credentials in the client's Printers page).\nMFPs still set to smtp.office365.com port 587 with a username and password break when the account password changes, MFA is enabled, or basic SMTP AUTH gets switched off. Move them to the relay.",
    ],
    [
      'Error messages',
      '- Kyocera "Send error 1101": server name / host not found. "Send error 1102": login failed (wrong password for SMTP, or for the SMB share).\n- Ricoh "Transmission failed" / "Connection with server failed".\n- HP "Unable to connect to the email server" / "The server rejected the login".',
    ],
    [
      'Scan to folder (SMB)',
      'Uses a scan account (scan@ or svc-scan) to write to a share. Breaks when: the scan account password changed or expired (update the password in each address book entry on the MFP web page), SMBv1 was disabled and the MFP firmware only talks SMBv1 (update firmware to enable SMB 2/3), the share or NTFS permissions were changed. Set the scan account password to never expire.',
    ],
    [
      'Scanning from the PC',
      'Install the vendor scan tool (HP Smart / HP Scan, Epson Scan 2, Canon MF Scan Utility, Brother iPrint&Scan); the Windows Scan app works for most WSD scanners.',
    ],
  ]),

  // ───────────────────────────── Line-of-business apps ─────────────────────────────
  article(
    'i-adobe-acrobat',
    'Adobe Acrobat: licences, sign-in and default PDF app',
    null,
    'Applications/Adobe',
    [
      [
        'Licences',
        'Acrobat Pro is licensed per named user through each client\'s Adobe Admin Console (VIP). adminconsole.adobe.com > Users > Add user > assign "Acrobat Pro". Client approval needed for new seats. The user then signs into Acrobat with their work email and picks "Company or School Account".',
      ],
      [
        'Trial expired / sign-in required',
        'Acrobat says "Your trial has expired", asks to buy, or runs as free Reader even though the user has Pro: they are signed in with a personal Adobe ID, or the licence was never assigned. Help > Sign Out, sign in again with the work email ("Company or School Account"). Check the Admin Console shows the product assigned.',
      ],
      [
        'PDFs open in Edge / the wrong app',
        'Settings > Apps > Default apps > search ".pdf" > choose Adobe Acrobat. Or in Acrobat: Edit > Preferences > General > "Make Adobe Acrobat my default PDF application". Edge takes the default back after some updates; we push the default app association via Intune where possible.',
      ],
      [
        'Acrobat crashes / will not open',
        'Help > Repair Installation. If it crashes opening files: Edit > Preferences > Security (Enhanced) > untick "Enable Protected Mode at startup", test. Reinstall from the Adobe Creative Cloud / admin package as last resort.',
      ],
      [
        'Features',
        'Combining files, editing text and Word-to-PDF need Acrobat Pro or Standard, not Reader. "This document is secured" = the sender protected the PDF, ask them for an unsecured copy.',
      ],
    ],
  ),

  article(
    'i-sage',
    'Sage 50 Accounts: cannot open company data / multi-user problems',
    null,
    'Applications/Sage',
    [
      [
        'Setup at our clients',
        'Company data on the server share (e.g. \\\\SERVER\\Sage\\ACCDATA) mapped as the same drive letter on every PC. The "Sage 50 Accounts vXX Data Service" (SageDataService) runs on the server and on each PC.',
      ],
      [
        '"Unable to connect to the data service"',
        '"Sage 50 Accounts is unable to connect to the data service" / "Connection refused": restart the Sage data service on the server first, then on the PC. Check Windows Firewall on the server allows the Sage Data Service program inbound. Check the mapped drive is connected (red X in Explorer = reconnect it or the VPN).',
      ],
      [
        '"Another user is logged in" / company locked',
        'Sage keeps a login entry per user. If a PC crashed or a user closed Sage badly, their login is left behind and shows as still in the company. Ask everyone to exit Sage, then restart the Sage data service on the server, which clears the stale logins. If one person really is still in (the accounts manager logged in remotely from home is common), ask them to exit instead.',
      ],
      [
        'Annual version updates',
        'Sage releases a new major version every year (v30, v31...). Install on the server first, then on every PC that opens the data. A PC left on the old version says the program version does not match the data, or asks to upgrade the data: do not let users click upgrade on their own PC, update the PC instead.',
      ],
      [
        'Support',
        "The client's Sage support contract covers data corruption and Check data errors; we handle installs, the data service and the network.",
      ],
    ],
  ),

  // ───────────────────────────── Security incidents ─────────────────────────────
  article(
    'i-phishing-report',
    'User reports a phishing email or clicked a link',
    null,
    'Security/Incidents',
    [
      [
        "Didn't click anything",
        'Thank the user. Ask them to use the Report button in Outlook ("Report > Phishing"), or forward it to us as an attachment. We check it in Defender > Explorer, find who else got it and Take action > Soft delete from all mailboxes, and add the sender to the tenant block list.',
      ],
      [
        'Clicked the link but typed nothing',
        'Check the URL in Defender (URL clicks / Threat Explorer). If it was only a credential harvesting page and they closed it, no further action beyond a Defender quick scan and a note on the ticket. If anything downloaded, see the malware article.',
      ],
      [
        'Typed the password or approved an MFA prompt',
        'Treat as a compromised account NOW: go to Compromised Microsoft 365 account runbook.',
      ],
      [
        'Opened an attachment',
        'HTML, ISO, ZIP, OneNote, macro-enabled Office files: isolate the device in SentinelOne/Defender and follow the Endpoint malware article.',
      ],
      [
        'Invoice or bank-detail change emails',
        'A supplier "changing bank details" or an urgent invoice, even from a real supplier address, can be business email compromise. Tell the client to phone the supplier on a number they already have (not from the email) before paying. Do not reply to the email.',
      ],
    ],
  ),

  article(
    'i-compromised-account',
    'Compromised Microsoft 365 account: response runbook',
    null,
    'Security/Incidents',
    [
      [
        'Signs',
        'Contacts receive emails from the user they did not send (often "X has shared a document with you" links), the user gets bounce-backs for mail they never sent, MFA prompts the user did not trigger, sign-ins from abroad, or the user typed their password into a fake Microsoft login page. NDR 550 5.1.8 "Access denied, bad outbound sender" means Microsoft already blocked the user for sending spam.',
      ],
      [
        'Steps (do them in this order)',
        "1. Reset the password (long, random) and tell the user by phone.\n2. Revoke sessions: Entra > Users > user > Revoke sessions (Revoke-MgUserSignInSession).\n3. Authentication methods: delete any phone or Authenticator the user does not recognise, require MFA re-registration.\n4. Inbox rules: Get-InboxRule -Mailbox user. Attackers create rules that move mail to RSS Feeds, Conversation History or Archive, or delete replies containing 'invoice' / 'payment'. Remove them.\n5. Forwarding and delegates: check ForwardingSmtpAddress, ForwardingAddress and mailbox permissions.\n6. Sign-in logs: note IPs, countries and apps for the last 30 days.\n7. Message trace for mail sent by the user since the compromise. If the user is blocked from sending (5.1.8): Defender portal > Email & collaboration > Review > Restricted entities > Unblock, only after steps 1-5.\n8. Enterprise applications: remove OAuth apps the user consented to that look odd.\n9. Tell the client contact; if phishing went to contacts, the client should warn them.\n10. Record everything in the ticket and the client's security log.",
      ],
    ],
  ),

  article(
    'i-malware-alert',
    'Endpoint malware / EDR alert (SentinelOne, Defender)',
    null,
    'Security/Incidents',
    [
      [
        'Triage',
        'Alert arrives from the SentinelOne console or Defender for Business. Look at: threat name, file path, user, and whether it was mitigated (Killed / Quarantined). Potentially unwanted programs (Wave Browser, OneLaunch, "PDF converter" apps, Web Companion) are low severity: uninstall, remove from the user\'s AppData, resolve the alert.',
      ],
      [
        'Not mitigated / ransomware signs',
        'Files renamed with a strange extension (.lockbit, .akira, random letters), a README / ransom note in folders, lots of files changing at once: network-isolate the device immediately (SentinelOne: Actions > Network Quarantine; Defender: Isolate device). Do NOT switch it off (memory evidence) and do not reconnect it. Escalate to L3 and the client contact by phone. Check file shares for encrypted files and stop the backups being overwritten.',
      ],
      [
        'Clean-up',
        "Full scan, check persistence (scheduled tasks, Run keys, new services), reset the user's password if credentials could have been stolen. When in doubt, reimage.",
      ],
      [
        'Fake virus pop-ups (tech support scams)',
        'A browser page saying "Your PC is infected, call Microsoft on 0800...", often full screen with a beeping voice: it is a web page, not a virus. Close the browser with Task Manager (or Ctrl+Shift+Esc > end task), clear the browser notifications permissions. Do not call the number. If the user let the "technician" remote in (AnyDesk, TeamViewer, QuickAssist), isolate the device and treat the account as compromised.',
      ],
      [
        'False positives',
        "Exclusions (hash or path) only with L3 approval, documented on the client's Security page.",
      ],
    ],
  ),

  // ───────────────────────────── On/offboarding ─────────────────────────────
  article('i-onboarding', 'New starter onboarding: standard checklist', null, 'Onboarding & Offboarding', [
    [
      'What we need from the client (3 working days before)',
      'Full name, job title, department, start date, manager, office, licence type, which existing user to copy access from, shared mailboxes / distribution lists, equipment needed (laptop, phone, monitors), line-of-business apps.',
    ],
    [
      'Checklist',
      "- [ ] Create the account (AD then sync, or Entra cloud-only) firstname.lastname@\n- [ ] Assign licence (see licensing)\n- [ ] Groups, security groups, Teams, shared mailboxes and distribution lists (copy from the named user)\n- [ ] Generate a Temporary Access Pass for first sign-in and MFA registration\n- [ ] Laptop: Autopilot, assign the device to the user in Intune, check Company Portal apps installed\n- [ ] Mobile: Outlook + Authenticator (see mobile article)\n- [ ] Printers mapped\n- [ ] Line-of-business app accounts: check the client's own runbooks\n- [ ] Email the manager the first-day sign-in instructions (not the password, phone that)\n- [ ] Update the client's user list in Hudu",
    ],
    ['Notes', 'If the client has its own onboarding runbook, it overrides this checklist.'],
  ]),

  article('i-offboarding', 'Leaver / offboarding checklist', null, 'Onboarding & Offboarding', [
    [
      'On the last day (agreed time)',
      '- [ ] Block sign-in in Entra and revoke sessions; reset the password\n- [ ] Disable the AD account and move it to the Leavers OU (hybrid)\n- [ ] Convert the mailbox to shared, give the manager Full Access; set an automatic reply if the manager wants one; set forwarding only if requested\n- [ ] Hide from the address list',
    ],
    [
      'OneDrive data',
      'Admin center > Users > user > OneDrive > "Create link to files" gives the manager access to the leaver\'s OneDrive. When the user is deleted, the OneDrive is kept for 30 days (our default retention) and the manager is emailed a link; move anything needed into a SharePoint site or the new person\'s OneDrive before then.',
    ],
    [
      'Afterwards',
      '- [ ] Remove licences (after the mailbox is shared)\n- [ ] Remove from groups, Teams, shared mailboxes, MFA methods\n- [ ] Intune: wipe company laptops, selective wipe of work data on personal phones\n- [ ] Collect laptop, phone, keys, fobs\n- [ ] Remove from line-of-business apps and any VPN/token\n- [ ] Update Hudu',
    ],
  ]),

  // ───────────────────────────── Backup & restore ─────────────────────────────
  article('i-file-restore', 'Restoring deleted or overwritten files', null, 'Backup & Restore', [
    [
      'OneDrive and SharePoint',
      '- Deleted: the site or OneDrive Recycle Bin keeps items for 93 days (first stage, then Second-stage recycle bin at the bottom of the page for site collection admins).\n- Overwritten / wrong version saved: right-click the file > Version history > Restore the earlier version.\n- Mass deletion or ransomware: OneDrive Settings > "Restore your OneDrive" to a point in the last 30 days.',
    ],
    [
      'File server (S:, shared drive)',
      'Right-click the folder that contained the file > Properties > Previous Versions (shadow copies taken 07:00 and 12:00 daily, about 2-4 weeks kept). Open the version, copy the file out; do not click Restore on a whole folder unless you want everything overwritten.',
    ],
    [
      'Older than that: Datto / Veeam',
      "Server backups go to the client's Datto SIRIS (or Veeam at a few clients), kept 1 year. L2 task: Datto portal > Restore > File Restore > pick the recovery point > mount, browse, download. Get from the user: full path, file name, roughly when it was last good. Restore to a new folder named Restored_YYYYMMDD, never over the live data.",
    ],
    [
      'Beyond Microsoft retention',
      'Clients with Datto SaaS Protection also have OneDrive and SharePoint backed up for a year; restore from the SaaS Protection portal.',
    ],
  ]),

  // ───────────────────────────── Macs and mobiles ─────────────────────────────
  article('i-mac', 'Mac support basics (Keychain, Outlook, printers, updates)', null, 'Devices/Mac', [
    [
      'Management',
      'Company Macs are enrolled in Intune through Apple Business Manager; apps come from Company Portal for Mac.',
    ],
    [
      'Keychain password prompts',
      '"macOS wants to use the login keychain, please enter the keychain password" or Outlook asking to use "confidential information stored in Exchange in your keychain": after a password change the login keychain still has the old password. Try the old password; then Keychain Access > (menu) Change Password for Keychain "login". If the old password is unknown: Keychain Access > Settings > Reset Default Keychains (saved passwords are lost). Click "Always Allow" for Outlook prompts.',
    ],
    [
      'Outlook for Mac',
      'The "New Outlook" toggle is at the top of the Outlook menu; turn it off to go back to Legacy Outlook if New Outlook crashes or lacks a feature. Outlook keeps crashing: use Microsoft\'s Outlook Reset tool, or create a new profile with Outlook Profile Manager (Applications > Microsoft Outlook > Show Package Contents > SharedSupport).',
    ],
    [
      'Printers',
      'System Settings > Printers & Scanners > Add Printer, Scanner or Fax > IP tab > enter the printer IP, Protocol "Internet Printing Protocol - IPP", then choose the vendor driver (download Kyocera/Canon/Konica drivers from the vendor site first). AirPrint works for basic printing but not for PIN / secure print.',
    ],
    [
      'Updates and FileVault',
      'macOS updates are pushed by Intune with a 7-day deferral; they need about 25 GB free. FileVault recovery key: Intune > device > Get recovery key.',
    ],
    [
      'Screen sharing permissions',
      'Teams/Zoom share shows black: System Settings > Privacy & Security > Screen & System Audio Recording > enable the app, quit and reopen it.',
    ],
  ]),

  article('i-mobile', 'Work email & apps on iPhone / Android (Intune, Outlook app)', null, 'Devices/Mobile', [
    [
      'What is supported',
      'Only the Outlook app (and Teams, OneDrive) on phones. The built-in iPhone Mail / Samsung Email apps are blocked by Conditional Access ("Your access is restricted" / "You can\'t get there from here"). Personal phones use app protection (MAM) and do not need enrolling; company phones are enrolled via Company Portal (Android Enterprise) or Apple Business Manager.',
    ],
    [
      'Setting up on a personal phone',
      '1. Install Microsoft Authenticator and Outlook from the store.\n2. Open Outlook, add the work account, approve MFA.\n3. When asked, set an app PIN (app protection policy).\nIf Outlook says "Get the app" or "Your organization requires Microsoft Authenticator/Company Portal", install it and retry; it is the broker app.',
    ],
    [
      'App protection messages',
      '"Your organization\'s data cannot be pasted here": copy/paste from work apps into personal apps is blocked by policy, by design. "Device is not compliant" (company phones): open Company Portal > Devices > Check status; usually an old iOS/Android version or no screen lock.',
    ],
    [
      'Lost or stolen phone',
      'Company phone: Intune > device > Wipe (or Lost mode). Personal phone: Intune > Apps > App selective wipe for the user/device. Then sort out MFA (see the MFA article).',
    ],
    [
      'Calendar / contacts',
      "To see work calendar in the phone's own calendar app: Outlook > Settings > account > Sync calendars / Save contacts (may be blocked by policy).",
    ],
  ]),

  // ───────────────────────────── Client: Harrowgate Veterinary Partners ─────────────────────────────
  article(
    'i-hvp-vetpoint',
    'VetPoint PMS: support runbook',
    harrowgate,
    'Harrowgate Veterinary Partners/Applications',
    [
      [
        'Overview',
        'VetPoint Practice Manager v8.4 (vendor: Corvid Health Systems, support portal account HVP-2231). Database on HVP-APP01 (SQL Server 2019 Express, instance VETPOINT) at the Harrowgate main surgery. Client installed on every reception, consult room, pharmacy and prep room PC at all three sites (Harrowgate, Fellside, Brackenmoor Equine). The branches reach HVP-APP01 over the site-to-site VPN from their FortiGate 40F to the main site.',
      ],
      [
        '1. "Error 2203: Unable to connect to practice database"',
        'a) One PC only: check the PC has network, reboot it. b) All PCs at a branch: the site-to-site VPN to Harrowgate is down, check the FortiGate IPsec tunnel status in FortiCloud and bring the tunnel up. c) All sites: on HVP-APP01 check services "SQL Server (VETPOINT)" and "VetPoint Sync Service" are running; start them. If SQL will not start check the disk on HVP-APP01 (D: holds the database).',
      ],
      [
        '2. "Record locked by another user"',
        'A patient/client record was left open on a PC that crashed or was switched off. VetPoint Admin (practice manager or us) > Sessions > select the stale session > End session. Do not end sessions of people actually consulting.',
      ],
      [
        '3. Card payments',
        'Dojo card terminals are integrated: VetPoint sends the amount to the terminal. Terminal not responding from VetPoint ("Payment device timeout"): check the "VetPoint Payments Bridge" service on that reception PC is running (restart it), and that the terminal is on the HVP-Staff Wi-Fi. Fall back to keying the amount manually on the terminal and tell reception to reconcile later.',
      ],
      [
        '4. Lab results (IDEXX)',
        'In-house IDEXX analysers and IDEXX VetConnect PLUS reference lab results import via the "IDEXX VetLab Integration" service on HVP-APP01, dropping files in \\\\HVP-APP01\\LabImport. Results not appearing in patient records: restart the service, check LabImport for stuck files (.err), check the IDEXX VetLab Station is online. Persistent failures: Corvid support.',
      ],
      [
        '5. New staff in VetPoint',
        "VetPoint Admin > Staff > New. Role: Vet, RVN, Reception, Admin. Licence count is 45 concurrent users; check Admin > Licence before adding. Needs the practice manager's approval.",
      ],
      [
        '6. Slowness',
        'VetPoint slow around 13:00 = the SQL maintenance job (index rebuild) runs at lunch. Slow all day at a branch = check the branch internet/VPN.',
      ],
      [
        '7. Updates',
        'Corvid release updates quarterly. Never update the server or clients without booking the upgrade with Corvid; they do it remotely out of hours.',
      ],
    ],
  ),

  article(
    'i-hvp-printers',
    'Harrowgate: printers (label printers, reception, copier)',
    harrowgate,
    'Harrowgate Veterinary Partners/Printers',
    [
      [
        'What is where',
        '- Every consult room and the pharmacy: Zebra ZD421d label printer, USB to the PC, prints drug/dispensing labels from VetPoint (57 x 32 mm direct thermal labels).\n- Reception at each site: Brother HL-L6210DW on Wi-Fi (Harrowgate 10.20.1.40, Fellside 10.21.1.40, Brackenmoor 10.22.1.40).\n- Main site back office: Konica Minolta bizhub C300i copier, leased from Apex Office Systems, scan to email via SMTP2GO.',
      ],
      [
        'Zebra: blank labels, labels skipping or printing across two labels',
        '1. Check the roll is direct thermal and loaded print side up (if loaded the wrong way round the labels come out blank).\n2. Calibrate: with the printer on and idle, press and hold PAUSE + CANCEL for 2 seconds; it feeds a few labels and measures the gap. Printing half on one label and half on the next is always fixed by calibration.\n3. Still wrong: in VetPoint > Settings > Printers the label template must be "Drug label 57x32", and in the ZDesigner driver Printing Preferences the stock size must be 57 x 32 mm.',
      ],
      [
        'Zebra shows offline / does not print at all',
        'USB cable loose (they get knocked in consult rooms), or Windows installed a generic driver. Reinstall the ZDesigner driver from Zebra and select "ZDesigner ZD421-203dpi" in VetPoint. The RMM script "HVP - reinstall Zebra" does it.',
      ],
      [
        'Reception Brother offline',
        'It is on Wi-Fi and drops off after power cuts. Power cycle it, check it still has its reserved IP on the printer panel (Menu > Network > WLAN > TCP/IP). Then the usual Windows steps (spooler, port, SNMP) in "Misc printer stuff".',
      ],
      [
        'Konica copier: toner, faults, print quality',
        'Toner is automatic (the copier reports to Apex). Streaks, faded prints, paper jams that will not clear, C-codes on the panel: log a call with Apex Office Systems on 0345 000 2288 quoting serial A7F5021012345 and the error. We do not service the copier.',
      ],
    ],
  ),

  article(
    'i-hvp-xray',
    'Harrowgate: X-ray imaging workstation (DR panel & PACS)',
    harrowgate,
    'Harrowgate Veterinary Partners/Clinical Systems',
    [
      [
        'Setup',
        'Digital radiography at Harrowgate and Brackenmoor: OptiRad DR wireless detector panels with acquisition PC HVP-XRAY01 / HVP-XRAY02 (Windows 10 IoT Enterprise LTSC). The acquisition PCs are vendor-validated: excluded from NinjaOne patching, no BitLocker, Defender with OptiRad exclusions. Images are sent by DICOM to VetView PACS on HVP-APP01 (AE title HVPPACS, port 104) and viewed from any PC in the "VetView Web" shortcut (http://hvp-app01:8080).',
      ],
      [
        'Images not reaching PACS / not visible on consult PCs',
        'On the acquisition PC: OptiRad > Tools > Send Queue. Failed items with "Association rejected" or "Called AE title not recognised": someone changed the DICOM node, check destination AE title HVPPACS, host hvp-app01, port 104 under Settings > DICOM Nodes, then right-click > Resend. "Connection refused": the VetView DICOM Listener service on HVP-APP01 is stopped, start it.',
      ],
      [
        '"Detector not ready" / panel not detected',
        'The wireless panel connects to its own access point in the X-ray room (SSID OPTIRAD-DR, not on the practice network). Check the panel battery (swap to the spare on the charger), check the access point is powered, power cycle the panel (hold the power button 5 seconds). Still not ready: OptiRad support, 24h line on the sticker on XRAY01.',
      ],
      [
        "Don't",
        'Do not install Windows updates, drivers or extra software on the acquisition PCs, do not join them to Entra. Any change must be agreed with OptiRad.',
      ],
    ],
  ),

  // ───────────────────────────── Client: Quillfeather & Marsh LLP ─────────────────────────────
  article(
    'i-qfm-forticlient',
    'Quillfeather & Marsh: remote access (FortiClient VPN + FortiToken)',
    quillfeather,
    'Quillfeather & Marsh LLP/Remote Access',
    [
      [
        'Setup',
        'FortiClient VPN 7.2 (the free VPN-only client) deployed by Intune, connection "QM-Remote", SSL VPN to vpn.quillfeather-marsh.co.uk port 10443 on the FortiGate 100F. Users log in with their Windows username and password, then approve a FortiToken Mobile push. Only users in AD group SSLVPN-QM can connect (partners, fee earners approved by the Practice Manager).',
      ],
      [
        'Error -7200',
        '"Credential or SSLVPN configuration is wrong (-7200)": wrong password, password expired, or the user is not in SSLVPN-QM. Check AD; if the password expired the user must change it (office PC, or we reset it). Remember the FortiGate checks AD live, so a reset works straight away.',
      ],
      [
        'Error -14 / cannot reach server',
        '"Unable to establish the VPN connection. The VPN server may be unreachable. (-14)": the network the user is on blocks port 10443 (hotel, client site, court Wi-Fi). Try the phone hotspot.',
      ],
      [
        'Stuck at 98%',
        'Connecting hangs at 98% then drops: the Fortinet SSL VPN virtual adapter is broken, usually after a Windows feature update. Device Manager > Network adapters > "Fortinet SSL VPN Virtual Ethernet Adapter" shows an error: uninstall FortiClient, reboot, reinstall the current 7.2.x from Company Portal.',
      ],
      [
        'FortiToken',
        'Push not arriving: open FortiToken Mobile and type the 6-digit code into FortiClient instead. New phone: tokens cannot be moved by the user. FortiGate > User & Authentication > User Definition > user > revoke the token, assign a free FortiToken and "Send activation code" by email; the user scans the QR code in FortiToken Mobile on the new phone. We have 40 tokens; check FortiTokens list for a free one.',
      ],
      [
        'Connected but no drives',
        'Run the "QM Map Drives" shortcut on the desktop (S: Shared, P: Precedents). iManage does not need the VPN (it is cloud), see the iManage runbook.',
      ],
    ],
  ),

  article(
    'i-qfm-imanage',
    'Quillfeather & Marsh: iManage Work (DMS) & Outlook filing',
    quillfeather,
    'Quillfeather & Marsh LLP/Applications',
    [
      [
        'Setup',
        'iManage Work 10 cloud (tenant quillfeather on cloudimanage.com), single library QM. Desktop: "iManage Work Desktop for Windows" (Agent, tray icon) and the "iManage Work for Office" add-ins for Word, Excel, PowerPoint and Outlook, deployed by Intune. Sign-in is SSO with the Microsoft 365 account.',
      ],
      [
        'iManage ribbon / buttons missing in Outlook or Word',
        'Office disabled the add-in (Outlook: "A problem was detected with an add-in and it has been disabled" or "slowing down Outlook"). File > Options > Add-ins > Manage: COM Add-ins > Go: tick "iManage Work Desktop for Windows" / "iManage Work for Office". Also check Manage: Disabled Items. In Outlook, File > Manage COM Add-ins > "Always enable this add-in". If it keeps happening, repair via Company Portal > iManage Work Desktop > Reinstall.',
      ],
      [
        'Cannot save / "Unable to connect to the server"',
        'The Agent is signed out: right-click the iManage Agent tray icon > Sign out, then Sign in (SSO). Check the user can open https://cloudimanage.com in the browser.',
      ],
      [
        'Checked out documents',
        '"Document is checked out by another user": ask that person to check it in (right-click > Check in). If they are away, members of QM-iManage-Admins (Practice Manager and our L2) can force the check-in from iManage Work web: document > More > Check in; local unsaved changes on their PC are lost.',
      ],
      [
        'Matter access / ethical walls',
        'Access to a matter workspace is requested by the supervising partner. Some matters are behind ethical walls managed by the Compliance team (COLP): never add a user to a restricted matter or change its security without written approval from Compliance in the ticket.',
      ],
      [
        'Email filing',
        'Emails are filed with the "File" button in Outlook (iManage ribbon). Filed emails show the iManage icon. Filing stuck: Agent tray icon > Sync status, retry failed items.',
      ],
    ],
  ),

  article(
    'i-qfm-new-starter',
    'Quillfeather & Marsh: new starter & trainee setup',
    quillfeather,
    'Quillfeather & Marsh LLP/Onboarding',
    [
      [
        'Who can request',
        'Only the Practice Manager or HR. This runbook replaces the generic onboarding checklist for this client.',
      ],
      [
        'Steps',
        "1. AD account in OU=Users,OU=QM, UPN firstname.lastname@quillfeather-marsh.co.uk, sAMAccountName initial+surname. Sync (Start-ADSyncSyncCycle).\n2. Licence: Microsoft 365 Business Premium.\n3. Groups: QM-All-Staff, department group (QM-Property, QM-Litigation, QM-Private-Client, QM-Corporate, QM-Support), SSLVPN-QM only if remote working was approved.\n4. FortiToken: assign and send the activation email (see remote access runbook).\n5. iManage: user appears via SSO provisioning; in iManage Control Center add them to the department's matter groups. Never add to restricted (ethical wall) matters.\n6. LexFlow case management: LexFlow Admin > Users > New, role Fee Earner or Secretary, set time-recording rate (from HR).\n7. Dictation: fee earners get a Philips SpeechLive account and a SpeechMike; secretaries get the transcription role.\n8. Laptop: Autopilot with the QM profile; confirm FortiClient, iManage and LexFlow are installed from Company Portal.\n9. Email the Practice Manager the first-day sheet (not the password).",
      ],
      [
        'Trainee seat rotations',
        'Trainees rotate department every 6 months. On rotation day: remove the old department group, add the new one, move their iManage matter groups from old to new department, and update their LexFlow department. Keep VPN and licences as they are.',
      ],
    ],
  ),

  // ───────────────────────────── Client: Brindlecourt Freight Ltd ─────────────────────────────
  article(
    'i-bcf-tms',
    'Brindlecourt: FreightLine TMS (RemoteApp) support',
    brindlecourt,
    'Brindlecourt Freight Ltd/Applications',
    [
      [
        'Setup',
        'FreightLine TMS (transport management: bookings, planning, CMRs, POD, invoicing) runs on the RDS farm BCF-RDS01 / BCF-RDS02 and is published as a RemoteApp. Users open the "FreightLine" icon (from RD Web https://apps.brindlecourt.co.uk/rdweb or the Start menu feed). Database on BCF-SQL01.',
      ],
      [
        'FreightLine frozen / Not Responding',
        'Server Manager on BCF-RDS01 > Remote Desktop Services > Collections > BCF-Apps > Connections: find the user, right-click > Log Off. Ask the user to reopen FreightLine. If everyone is frozen, check BCF-SQL01 (FL-E104) before logging people off.',
      ],
      [
        'FreightLine error codes',
        '- FL-E104 "Database connection lost": SQL Server service on BCF-SQL01, then the FreightLine App Service on both RDS hosts.\n- FL-E221 "Licence limit reached": 60 concurrent licences. Disconnected sessions still hold a licence; log off disconnected and idle sessions in the collection (sessions disconnect after 2h idle and log off after 8h).\n- FL-E310 "Document template missing": CMR/delivery note templates are in \\\\BCF-APP01\\FLTemplates, check the share.',
      ],
      [
        'Connection errors',
        '"Your credentials did not work": AD password (see password resets). "An authentication error has occurred. The function requested is not supported" (CredSSP) or "Because of a protocol error, this session will be disconnected": the user\'s PC is missing updates, patch it; log off their old session.',
      ],
      [
        'Printing from FreightLine',
        "Office printers reach the session through RD Easy Print: if the user's printer is missing from the FreightLine print list, log off the session and reopen (printers are redirected at logon). Warehouse label printers (Zebra ZT411) and the CMR printers print directly from the RDS hosts via queues on BCF-PRN01; if a CMR printer queue is missing in the list, check the queue on BCF-PRN01.",
      ],
      [
        'Vendor',
        "FreightLine Systems support (for application bugs and upgrades), contract number in the client's Vendors page.",
      ],
    ],
  ),

  article(
    'i-bcf-handhelds',
    'Brindlecourt: Zebra TC52 / TC53 handheld scanners (SOTI MobiControl)',
    brindlecourt,
    'Brindlecourt Freight Ltd/Warehouse Devices',
    [
      [
        'Setup',
        '42 Zebra TC52 and TC53 Android handhelds used in the warehouses for picking, loading and proof of delivery, managed in SOTI MobiControl (cloud). They run in kiosk (lockdown) mode with only FreightLine Mobile and the camera. They connect to the hidden SSID BCF-SCAN.',
      ],
      [
        'Device reset / on the Android setup screen',
        'A factory-reset handheld must be re-enrolled: on the "Hi there" setup screen, tap the same spot 6 times to open the StageNow barcode reader, then scan the "BCF handheld enrolment" barcode sheet (laminated copy in the IT cupboard at each depot, PDF in Hudu attachments). It joins BCF-SCAN, enrols in SOTI and pulls the kiosk profile and FreightLine Mobile within 10 minutes.',
      ],
      [
        'Scanner not reading barcodes',
        'Trigger does nothing / no beep: the DataWedge profile got lost. SOTI > device > Send Script "BCF DataWedge FL" (re-imports the FreightLine profile). Clean the scan window. Reboot (hold power > Restart). If the laser/imager doesn\'t light at all, it\'s a hardware fault: Zebra OneCare repair, log in the asset register.',
      ],
      [
        'FreightLine Mobile sync errors',
        '"Sync failed (HTTP 503)" on several devices, PODs not uploading: the FL Mobile Gateway service on BCF-APP02 is down, restart it. One device only: check it has Wi-Fi (see depot Wi-Fi runbook for dead spots), then log out/in of FreightLine Mobile.',
      ],
      [
        'Battery and misc',
        'Swap the battery. Batteries below 80% health (SOTI shows PowerPrecision health) are replaced. Exit kiosk for troubleshooting: the kiosk exit password is in Hudu ("SOTI kiosk exit"). Lost device: SOTI > Locate, then Lock or Wipe.',
      ],
    ],
  ),

  article(
    'i-bcf-depot-wifi',
    'Brindlecourt depots: Wi-Fi (Meraki) and warehouse coverage',
    brindlecourt,
    'Brindlecourt Freight Ltd/Network',
    [
      [
        'Sites and SSIDs',
        'Depots: Carnforth Road (head office + warehouse) and Ellesby (warehouse + transport office). Meraki MX85 firewalls, MS120 switches, MR46 indoor and MR76 outdoor access points, all in the Meraki dashboard (org "Brindlecourt Freight").\n- BCF-Staff: WPA2-Enterprise, users log in with their Windows username/password (RADIUS to NPS on BCF-DC01).\n- BCF-SCAN: hidden, WPA2-PSK, handhelds only.\n- BCF-Guest: for drivers and visitors, Meraki click-through splash page, 5 Mbps per client, isolated from the LAN.',
      ],
      [
        'Dead spots in the warehouse',
        'Known weak coverage between racking aisles 14-18 at Ellesby and the loading bay doors at Carnforth Road when the doors are open. Check Meraki dashboard > Wireless > Access points: an AP offline in the racking (they are PoE from the MS120s) usually means a damaged cable from a forklift; power-cycle the switch port from the dashboard (Switch > port > Cycle port), otherwise send an engineer. Handhelds dropping in aisles 14-18 are expected until the extra APs in the quote (Q-2291) are fitted.',
      ],
      [
        'Laptops cannot connect to BCF-Staff',
        'After a password change: forget BCF-Staff and reconnect with the new password. NPS on BCF-DC01 must be running (Network Policy Server service) - if nobody can join BCF-Staff, check it. Meraki dashboard > Network-wide > Event log shows the RADIUS reject reason.',
      ],
      [
        'Guest Wi-Fi not working',
        'No splash page / drivers connected but no internet: check the BCF-Guest SSID is enabled and its splash page is "Click-through" in Wireless > Splash page; check the MX uplink is up. The guest network uses Meraki DHCP (NAT mode), so nothing on our servers is involved.',
      ],
    ],
  ),

  // ───────────────────────────── Client: St Aldric's Preparatory School ─────────────────────────────
  article(
    'i-sas-ipads',
    "St Aldric's: pupil & staff iPads (Jamf School)",
    staldric,
    "St Aldric's Preparatory School/Devices",
    [
      [
        'Setup',
        '180 pupil iPads in charging trolleys (A-F, Years 3-6, shared, no Apple ID) and 40 staff iPads. All supervised via Apple School Manager (ASM) and managed in Jamf School. Requests for new apps come from the Head of Computing only.',
      ],
      [
        'Activation Lock',
        'iPad says "iPad Locked to Owner" / "Activation Lock" after a reset: Jamf School > Devices > the iPad > Activation Lock > "Get bypass code", enter it in the password field with the username field empty. Supervised iPads should have Activation Lock disabled; if one keeps coming back, re-apply the restriction profile.',
      ],
      [
        'Apps',
        'Apps are bought (or free "bought") as volume licences in ASM > Apps and Books, then assigned in Jamf School > Apps to the device group (e.g. "Year 4 trolley C"). They install silently next time the iPads are on Wi-Fi and charging. Pupils cannot install apps themselves.',
      ],
      [
        'Passcode forgotten',
        'Jamf School > Devices > iPad > Clear passcode. Pupil iPads should not have passcodes at all; if a pupil set one, clear it and tell the class teacher.',
      ],
      [
        'Wi-Fi / wiped iPads',
        'The SAS-Pupil Wi-Fi profile is pushed by Jamf School. A wiped iPad must be joined to SAS-Setup (password on the trolley lid) at the Setup Assistant; it then enrols automatically via ASM and gets the profile and apps. Not connecting: re-push the "Wi-Fi SAS-Pupil" profile.',
      ],
      [
        'Apple Classroom',
        "Teachers can't see the class iPads in Apple Classroom: Bluetooth must be on on both, all on SAS-Pupil / SAS-Staff, and the class must exist in Jamf School > Classes (classes come from the MIS sync).",
      ],
      [
        'Staff iPads',
        'Staff email on iPads uses the Outlook app with the Jamf App Config (the account is filled in automatically); the same Intune app protection rules apply as on phones.',
      ],
    ],
  ),

  article(
    'i-sas-mis',
    "St Aldric's: Registra MIS (registers, staff logins, pupil accounts)",
    staldric,
    "St Aldric's Preparatory School/Applications",
    [
      [
        'What it is',
        "Registra is the school's cloud MIS: pupil records, attendance registers, timetables, reports and the Registra Home parent app. The school's Data Manager (school office) is the Registra administrator and the authorised contact for the vendor. We look after single sign-on and the account sync.",
      ],
      [
        'Staff cannot sign in',
        '"Sign in with Microsoft" gives "Your account is not linked to a Registra user": the Data Manager has to link the staff record to the staff member\'s school email in Registra (Admin > Staff > Linked accounts). "AADSTS50105: Your administrator has configured the application Registra MIS to block users unless they are specifically granted access": add the user to the SAS-Staff group, which is assigned to the Registra MIS enterprise app in Entra.',
      ],
      [
        'Registers',
        'Teachers take the AM and PM registers in Registra by 09:00 and 13:30. After the register closes, only the school office can change marks (Attendance > Edit marks). A teacher who made a mistake should email the office, not us.',
      ],
      [
        'Pupil accounts',
        'Pupil Microsoft 365 accounts and Jamf School classes are created by the Registra Sync connector every night at 02:00. A new pupil added in Registra today gets a login tomorrow morning; if urgent, run the sync manually from the Registra Sync console on SAS-SRV01 (Run now). Leavers are disabled by the same sync.',
      ],
      ['Parents', 'Registra Home (parent app) login problems are handled by the school office, not by us.'],
    ],
  ),

  article(
    'i-sas-panels',
    "St Aldric's: classroom Promethean panels & screen sharing",
    staldric,
    "St Aldric's Preparatory School/Classroom AV",
    [
      [
        'Setup',
        'Every classroom has a Promethean ActivPanel 9 (65" or 75"). Teachers either plug their laptop into the front-connect port (USB-C, or HDMI + USB) or cast wirelessly with Promethean Screen Share. Panels are on the SAS-AV VLAN; staff laptops on SAS-Staff are allowed to reach it.',
      ],
      [
        'No picture',
        'Press the Home button > Sources and pick the right input (Front USB-C, HDMI 1, HDMI 2). Laptop: Win+P > Duplicate.',
      ],
      [
        'Touch not working with a laptop',
        'Touch goes back to the laptop over USB. With HDMI, the USB touch cable must be plugged into the USB port paired with that HDMI input (HDMI 1 with Touch 1). Front USB-C carries video and touch in one cable. Windows must show "HID-compliant touch screen" in Device Manager.',
      ],
      [
        'No sound',
        'Windows sound output must be set to the panel ("Promethean ActivPanel" / the HDMI device), not the laptop speakers. Check the panel volume and mute on the panel.',
      ],
      [
        'Screen Share (wireless casting)',
        'Open Screen Share on the panel, then the Promethean Screen Share app on the laptop and enter the code shown on the panel. "Unable to connect": the laptop is on the wrong network (SAS-Pupil or guest): join SAS-Staff. After the summer the panel codes can change when the panel gets a new IP; reboot the panel.',
      ],
      [
        'Frozen panel / updates',
        'Hold the power button for 10 seconds to restart. Firmware updates are pushed from Promethean Panel Management during holidays. Broken panels are under Promethean warranty: note the serial (back, bottom left).',
      ],
    ],
  ),
];
