/**
 * Set AD: a blind labelled KB set, written without reading the search code or any other set.
 * Cascade Bridge IT, a Portland (Oregon) MSP that keeps its global and per-client runbooks in Hudu.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AD_CLIENTS = {
  roaster: 'Ridgeline Coffee Roasters LLC',
  homeHealth: 'Riverbend Home Health Services, Inc.',
  water: 'Clear Creek Water District',
  engineers: 'Halvorsen Structural Engineers, PC',
} as const;

const { roaster, homeHealth, water, engineers } = SET_AD_CLIENTS;

export const SET_AD_ARTICLES: readonly BenchArticle[] = [
  // ───────────────────────── Microsoft 365 ─────────────────────────
  article(
    'ad-outlook-password-prompts',
    "Outlook keeps prompting for credentials / 'Need Password' / stuck Disconnected",
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        "Classic Outlook for Windows (M365 Apps) keeps throwing the Microsoft sign-in window, or the status bar shows 'Need Password', 'Trying to connect...' or 'Disconnected'. User types the password, it works for a few minutes, then prompts again. Webmail (OWA) and Outlook mobile usually work fine. Sometimes comes with 'Something went wrong [1001]' or 'Your account is in a bad state'.",
      ],
      [
        'Cause',
        'Almost always a stale token cached by Windows (WAM / Credential Manager) after a password change or an MFA re-registration. Less often a corrupt Outlook profile, an old Office build, or a leftover on-prem Autodiscover record that points Outlook at the wrong server.',
      ],
      [
        'Fix',
        "1. Confirm the account isn't locked/blocked in Entra and the user can sign in to outlook.office.com.\n2. Close Outlook and Teams. Open Credential Manager > Windows Credentials and remove every entry starting with MicrosoftOffice16_Data, msteams and OneDrive Cached Credential.\n3. Settings > Accounts > Access work or school: if the user's account shows twice, or shows an old address, Disconnect the duplicate (never disconnect the Entra join itself on an Entra-joined PC).\n4. Start Outlook, sign in once, complete MFA.\n5. Still looping? Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile, set 'Always use this profile', start Outlook. Delete the old profile once mail has synced.\n6. Run Office Quick Repair, then update Office (File > Office Account > Update Options > Update Now).\n7. If Autodiscover is wrong: Test-OutlookConnectivity or SaRA 'Outlook keeps asking for my password' scenario. Remove any internal autodiscover DNS record left from an old Exchange server.",
      ],
      [
        'Escalate',
        'Still prompting after a new profile on a second PC too = account-side. Check sign-in logs for Conditional Access failures and escalate to L2.',
      ],
    ],
  ),
  article(
    'ad-mailbox-full',
    'Mailbox full – online archive and retention',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Symptoms',
        "Outlook banner: 'Your mailbox is almost full' or 'Your mailbox is full. You may not be able to send or receive new items.' User can't send. External senders get an NDR '554 5.2.2 mailbox full' / '552 5.2.2 STOREDRV.Deliver; recipient mailbox is full'. Also applies to shared mailboxes (50 GB limit without a licence).",
      ],
      [
        'Fix',
        "1. EXO admin center > Mailboxes > user > Mailbox usage. Note size vs quota (Business Basic/Standard/Premium = 50 GB, E3/E5 = 100 GB).\n2. Enable the online archive: Mailboxes > user > Others > Manage mailbox archive > Enable. Included in Business Standard/Premium and E3; Business Basic needs Exchange Online Archiving.\n3. Apply our retention policy 'CBIT – Archive after 2 years' (Set-Mailbox -RetentionPolicy). Kick it with Start-ManagedFolderAssistant <upn>. Can take 24–48 h to move items.\n4. Quick wins while waiting: empty Deleted Items, sort by size and remove large attachments, check Recoverable Items isn't the thing that's full (Get-MailboxFolderStatistics -FolderScope RecoverableItems).\n5. For a full shared mailbox: assign an Exchange Online Plan 2 licence or enable archive (needs licence too).\n6. Local OST huge/slow but quota fine? Reduce 'Download email for the past' slider to 1 year.",
      ],
    ],
  ),
  article(
    'ad-ndr-codes',
    'Bounce-back / NDR quick reference (Exchange Online)',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'How to use',
        'Ask for the full bounce message (screenshot or forwarded NDR), not just "it bounced". The code after 550/554 tells you where to look. Run a message trace in EXO admin > Mail flow > Message trace for anything not listed here.',
      ],
      [
        'Common codes',
        "- 550 5.1.1 RESOLVER.ADR.RecipNotFound / 'the email address you entered couldn't be found' – typo, or the recipient address no longer exists. If it's an internal address, check for a stale X500/autocomplete entry: delete it from the Outlook autocomplete list and retype.\n- 550 5.1.10 RESOLVER.ADR.RecipientNotFound – same, recipient's own tenant rejecting.\n- 554 5.2.2 / 552 5.2.2 mailbox full – recipient's mailbox is full. See 'Mailbox full' article if it's ours.\n- 550 5.7.1 / 5.7.129 'not authorized to send to this recipient' – distribution group or shared mailbox restricted to internal senders. Group settings > 'Allow external senders'.\n- 550 5.7.520 'Access denied, your organization does not allow external forwarding' – outbound spam policy blocks auto-forward. We only allow forwarding per-user with a documented business reason; add user to the 'Allow forwarding' outbound policy.\n- 550 5.7.708 / 5.7.750 – tenant sending blocked for reputation. P1, Microsoft ticket.\n- 550 5.1.8 'Access denied, bad outbound sender' – user is restricted for sending spam. Treat as a compromised account first (see Compromised M365 account).\n- 550 5.7.23 / 5.7.509 – SPF / DMARC failure at recipient. Check our SPF includes the sending service (e.g. the scanner relay, Mailchimp, QuickBooks invoices).\n- 451 4.7.500–699 – temporary, recipient is throttling/greylisting. Usually delivers on retry.",
      ],
    ],
  ),
  article(
    'ad-shared-mailbox',
    'Shared mailboxes – grant access, missing from Outlook',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Grant access',
        '1. EXO admin center > Mailboxes > shared mailbox > Delegation.\n2. Read and manage (Full Access) = can open it. Send as = sends as the shared address. Send on behalf = "X on behalf of Y".\n3. Full Access automaps into Outlook within ~60 minutes. Restart Outlook. Needs client approval from the mailbox owner listed in Hudu for that client.',
      ],
      [
        'Mailbox disappeared from the folder list',
        "- Automapping drops after a profile rebuild sometimes. Remove and re-add Full Access with PowerShell: Add-MailboxPermission -Identity shared@ -User user@ -AccessRights FullAccess -AutoMapping $true.\n- Error 'Cannot expand the folder. The set of folders cannot be opened. You do not have permission to log on.' = permission removed or never granted. Re-grant.\n- Sent items from a shared mailbox land in the user's own Sent Items: set MessageCopyForSentAsEnabled / MessageCopyForSendOnBehalfEnabled to $true.\n- Still missing: File > Account Settings > Change > More Settings > Advanced > Add the mailbox manually.",
      ],
    ],
  ),
  article('ad-calendar-permissions', 'Calendar sharing / delegates', null, 'Microsoft 365 / Outlook', [
    [
      'Steps',
      "Owner: Outlook > Calendar > right-click calendar > Sharing Permissions > Add > pick the person > Can edit (or Delegate if they should also get meeting requests).\nAdmin way: Add-MailboxFolderPermission -Identity boss@domain:\\Calendar -User assistant@domain -AccessRights Editor -SharingPermissionFlags Delegate\nError 'You don't have permission to create an entry in this folder' = they only have Reviewer / free-busy. Bump to Editor.\nNew calendar doesn't show for the other person: they have to open it via Add calendar > From directory (or accept the sharing invite email).",
    ],
  ]),
  article(
    'ad-teams-wont-start',
    "New Teams won't load – white/blank window, sign-in loop, 'We've run into an issue'",
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        "Teams (new Teams, the purple icon) opens to a blank white or purple window, spins forever, or loops back to the sign-in screen. Error text seen: 'We're sorry—we've run into an issue.' with Restart button, error codes CAA70004, CAA20002, 0xCAA20003, 'Something went wrong. Please try again later.' Often right after a Windows or Office update or a password change.",
      ],
      [
        'Fix',
        '1. Quit Teams fully (right-click the tray icon > Quit; kill ms-teams.exe in Task Manager).\n2. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. (Or delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams.)\n3. Clear Teams entries from Credential Manager (msteams_*, MicrosoftOffice16_Data*).\n4. Start Teams and sign in. Codes CAA20002/CAA70004 usually clear here.\n5. If the old Teams classic is still installed alongside, remove it with the Teams Machine-Wide Installer uninstall + %appdata%\\Microsoft\\Teams.\n6. Check the time/date on the PC is correct (token errors).\n7. Works in teams.microsoft.com but not the app after all of this = reinstall new Teams via the bootstrapper (teamsbootstrapper.exe -p).',
      ],
      [
        'Note',
        "'You're missing out! Ask your admin to enable Microsoft Teams' = the user has no Teams licence (EEA/Teams unbundled SKUs). That's a licensing fix, not a cache fix.",
      ],
    ],
  ),
  article('ad-teams-av', 'Teams calls – no sound, mic or camera', null, 'Microsoft 365 / Teams', [
    [
      'Checklist',
      "1. In the meeting: More (...) > Settings > Device settings. Make sure the right speaker/mic/camera is picked (headsets often show twice: 'Headset' and 'Hands-Free AG Audio' – pick the non Hands-Free one for Bluetooth).\n2. 'Your mic is muted by system settings' / 'Your microphone is not working' – Windows Settings > Privacy & security > Microphone > allow desktop apps. Same page for Camera.\n3. 'We couldn't start your video' / black camera tile – check camera privacy shutter or Fn camera key, close other apps using the camera (Zoom, Camera app), Device Manager > Cameras > disable/enable.\n4. Test with Settings > Devices > Make a test call.\n5. USB headset: try another port directly on the laptop, not through the dock.\n6. Echo/others hear themselves: the other person isn't on a headset, or two people in the same room joined with audio.\n7. Still dead: update audio driver (Realtek / Intel SST) from the vendor's update tool, reboot.",
    ],
  ]),
  article(
    'ad-onedrive-sync',
    'OneDrive sync problems (red X, stuck Processing changes, 0x8004de40)',
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Symptoms',
        "Red circle with white X on files or folders; the cloud icon in the tray shows 'Processing changes' or 'Looking for changes' for hours; 'Sync pending'; error codes 0x8004de40 (can't connect to OneDrive), 0x8004de34, 0x8004def7 (storage full / account frozen); 'You're not syncing files in this folder'.",
      ],
      [
        'Cause',
        'File names with invalid characters or path over 400 characters, files open/locked in another app, huge libraries (300k+ items) synced from SharePoint, storage quota full, proxy/TLS issue for 0x8004de40, or a stale sign-in after a password change.',
      ],
      [
        'Fix',
        '1. Click the cloud icon > the error count > read what it says per file. Rename files with # % : * ? " < > | or leading/trailing spaces. Shorten deep folder paths.\n2. 0x8004de40: check internet, then Internet Options > Advanced > enable TLS 1.2; disable any old proxy.\n3. Pause sync > Resume. If still stuck: onedrive.exe /reset (%localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset), then start OneDrive again. Takes a while to re-scan.\n4. Unlink this PC and sign back in if reset did nothing.\n5. Too many items: stop syncing big SharePoint libraries; use "Add shortcut to My files" for the one folder they need, or open in browser.\n6. 0x8004def7 / quota full: check storage at onedrive.com > Settings, clear recycle bin or raise quota.\n7. Known Folder Move (Desktop/Documents) failing: see Intune config profile; do not manually move folders back.',
      ],
    ],
  ),
  article(
    'ad-sharepoint-access',
    "SharePoint / Teams files: 'You need permission' and sharing with outsiders",
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Internal user',
        "Messages: 'You need permission to access this item', 'Sorry, this site hasn't been shared with you', 'Access denied'.\n1. Check which account they're signed in with (top right avatar) – very common with people who have a personal Microsoft account with the same email.\n2. If the folder lives in a Team, add them to the Team (Teams > Manage team) rather than sharing the file.\n3. Otherwise site owner: Site settings > Site permissions > Share site / or share the folder with 'People in <org>'.\n4. Private channel files are a separate site – they must be added to the private channel.",
      ],
      [
        'External user (client, architect, vendor)',
        "1. Tenant external sharing is set to 'New and existing guests' for most clients. Share the folder with the specific email > Can view/edit. They get a one-time code by email.\n2. Guest says 'We're having trouble signing you in' / AADSTS90072 or 'the account does not exist in tenant': they're opening it with a different account than the one invited. Have them open in a private window and use the invited address.\n3. 'Anyone' links are disabled by policy at most clients. Don't enable them without client approval.\n4. Links expire after 30 days for guests – re-share.",
      ],
    ],
  ),
  article(
    'ad-office-activation',
    "Office shows 'Unlicensed Product' / 'Product Deactivated'",
    null,
    'Microsoft 365 / Licensing',
    [
      [
        'Symptoms',
        "Red or yellow bar in Word/Excel/Outlook: 'UNLICENSED PRODUCT – Most features of Word have been disabled', 'Product Deactivated', 'Account Notice: There's a problem with your account', 'We couldn't find an Office license for your account'. Editing greyed out. Error 0x4004F00C (grace period) in the activation logs.",
      ],
      [
        'Fix',
        "1. M365 admin > Users > the user > Licenses and apps. They need a licence that includes the desktop apps: Business Standard, Business Premium, Apps for business, E3/E5. Business Basic and Exchange Online plans do NOT include desktop Office – this is the #1 cause on new hires.\n2. Assign/fix the licence, wait 5–10 minutes.\n3. In the app: File > Account > Sign out, close all Office apps, reopen and sign in with the work account.\n4. Still unlicensed: run the Microsoft Support and Recovery Assistant 'Office activation' scenario, or delete %localappdata%\\Microsoft\\Office\\16.0\\Licensing and restart.\n5. User hit the 5-device install limit: portal.office.com > My account > Devices > sign out of old ones.\n6. Shared/kiosk PCs: shared computer activation must be on (Intune policy).\n7. Never buy a licence without approval from the client contact – log a quote request instead.",
      ],
    ],
  ),

  // ───────────────────────── Identity ─────────────────────────
  article('ad-sspr', 'Password resets', null, 'Identity / Passwords', [
    [
      'Self-service (preferred)',
      "All clients have SSPR with writeback to on-prem AD. User goes to https://aka.ms/sspr (or 'Can't access your account?' on the sign-in page, or the 'Reset password' link on the Windows lock screen), verifies with Authenticator/phone, sets new password.\nPolicy: 14 characters minimum, no reuse of last 10, no company name. Message 'The password does not meet the password policy requirements' means too short or reused – not a bug.",
    ],
    [
      'Tech-assisted',
      "1. Verify identity: call back on the number in the PSA/Hudu contact, or manager confirmation in the ticket. Never reset on an email request alone.\n2. Reset in ADUC (hybrid) or Entra (cloud-only). Tick 'User must change password at next logon' only if they're at a domain PC on-site or on VPN – otherwise they get stuck.\n3. Remote laptop users after a reset: Windows still knows the old password until it sees a DC. Have them connect VPN from the lock screen or sign in with the old password, then lock/unlock.\n4. 'Your password has expired and must be changed' at the Windows login with no way to change remotely: reset it for them and untick must-change.\n5. Remind them to update the password on their phone's mail app – otherwise they'll lock themselves out (see Account lockouts).",
    ],
  ]),
  article('ad-account-lockout', 'Account lockouts – finding the source', null, 'Identity / Passwords', [
    [
      'Symptoms',
      "'The referenced account is currently locked out and may not be logged on to' at Windows sign-in, or in the browser 'AADSTS50053: Your account is locked because you've tried to sign in too many times with an incorrect user ID or password'. Repeated lockouts the user swears they didn't cause.",
    ],
    [
      'Cause',
      'A device or app still using an old password: phone mail app, a second PC, a mapped drive with saved credentials, a scheduled task, a disconnected RDP session. For AADSTS50053 with no user error – somebody else is spraying the account (check sign-in logs for foreign IPs).',
    ],
    [
      'Fix',
      "1. Unlock (ADUC > Account tab > Unlock, or Entra > user > Revoke sessions isn't needed for lockout; Entra smart lockout clears itself after 60s–increasing intervals).\n2. Find the source: on the PDC emulator, Event Viewer > Security > event ID 4740 – 'Caller Computer Name' is the culprit. Or use Netwrix/ALTools LockoutStatus.\n3. Phone: remove and re-add the work account / update password in the mail app.\n4. Credential Manager on their PCs: delete saved entries for file servers and TERMSRV/*.\n5. Log off stale RDP sessions on servers (query user /server:X).\n6. Entra side: Sign-in logs filtered on the user, status Failure, error 50126/50053. Sign-ins from overseas = treat as compromise, not lockout.",
    ],
  ]),
  article(
    'ad-mfa-new-phone',
    'MFA – new phone, lost phone, re-register Authenticator',
    null,
    'Identity / MFA',
    [
      [
        'Old phone still available',
        'User can do it themselves: https://mysignins.microsoft.com/security-info > Add sign-in method > Microsoft Authenticator > scan QR on the new phone. Then delete the old phone entry. Restoring Authenticator from iCloud/Google backup does NOT bring back work accounts – they always need re-adding.',
      ],
      [
        'Old phone gone / wiped / broken',
        "1. Verify identity by callback to the number in the PSA (not the number they're calling from if new).\n2. Entra admin > Users > user > Authentication methods > Require re-register multifactor authentication, and delete the old Authenticator entry.\n3. Issue a Temporary Access Pass (1 hour, one-time use) and read it to them over the phone.\n4. User signs in at https://aka.ms/mysecurityinfo with the TAP and registers Authenticator on the new phone.\n5. If the phone was lost/stolen, also follow Lost or stolen device (Intune wipe).",
      ],
      [
        'Notes',
        "Messages users see when this is the problem: 'Approve sign in request' going to the old phone, 'We couldn't verify your identity', AADSTS50076/50079 'you must use multi-factor authentication' with no way to approve.",
      ],
    ],
  ),
  article(
    'ad-mfa-unexpected-prompts',
    'Unexpected / random Authenticator approval requests',
    null,
    'Identity / MFA',
    [
      [
        'What it looks like',
        "User gets 'Approve sign-in?' or number-matching prompts ('Enter the number shown to sign in') on their phone when they aren't signing into anything, sometimes at night, sometimes many in a row (MFA fatigue).",
      ],
      [
        'Triage',
        "1. Tell the user: DENY, and if the prompt offers 'No, it's not me' / report fraud, tap it. Never approve to make it stop.\n2. Entra > Sign-in logs for the user, last 24 h. If the prompts line up with failed MFA from an unknown IP/country, the password is known to an attacker: reset the password immediately, revoke sessions, and run the Compromised M365 account runbook.\n3. If the prompts line up with the user's own devices (their second laptop, old iPad, Outlook on a home PC waking up) it's benign: sign that device out or update its credentials.\n4. Confirm number matching + additional context (app name, location) is on in Authentication methods policy for that tenant.",
      ],
    ],
  ),
  article(
    'ad-ca-blocked',
    'AADSTS53003 / AADSTS53000 – sign-in blocked by Conditional Access',
    null,
    'Identity / Conditional Access',
    [
      [
        'Symptoms',
        "Browser or Office app shows: 'You cannot access this right now – Your sign-in was successful but does not meet the criteria to access this resource' with AADSTS53003 (blocked by Conditional Access policies), AADSTS53000 ('Device is not in required device state: compliant'), AADSTS53001 (device not domain joined) or AADSTS530003. Teams/Outlook may just say 'Access blocked' or 'You can't get there from here'.",
      ],
      [
        'Our standard policies (all clients)',
        '- Block sign-ins from outside US/Canada (travel exceptions via the CA-Travel group, time-limited).\n- Require compliant or Entra hybrid joined device for desktop apps; browser access from personal devices gets web-only (no downloads).\n- Block legacy authentication.',
      ],
      [
        'Fix',
        '1. Entra > Sign-in logs > the failure > Conditional Access tab: it names the policy that blocked.\n2. Location block (user travelling): get manager approval, add to CA-Travel with end date. Remove when back.\n3. Compliance (53000): on the device open Company Portal > Devices > this device > Check status. Usual reasons: BitLocker not on, OS out of date, Defender off, device not enrolled. Fix the item, hit Check access, wait 15 min.\n4. New laptop not enrolled yet: finish Autopilot/enrollment first.\n5. Personal home PC: expected behaviour – use the browser, or get a company device.',
      ],
    ],
  ),
  article(
    'ad-trust-relationship',
    "Domain PC: 'The trust relationship between this workstation and the primary domain failed'",
    null,
    'Identity / Active Directory',
    [
      [
        'Cause',
        'Machine account password mismatch between PC and AD – PC restored from an old image/snapshot, offline for months, or someone reset the computer account.',
      ],
      [
        'Fix',
        '1. Log in with a local admin account (LAPS password from Hudu/Entra) or cached credentials while unplugged from the network.\n2. PowerShell as admin: Test-ComputerSecureChannel -Repair -Credential DOMAIN\\cbit-admin\n3. Or: Reset-ComputerMachinePassword -Server DC01 -Credential DOMAIN\\cbit-admin\n4. Reboot, log in as user.\n5. If that fails: remove from domain to workgroup, delete computer object in AD (or leave it), rejoin. User profile stays.',
      ],
    ],
  ),

  // ───────────────────────── Networking ─────────────────────────
  article('ad-wifi', 'Wi-Fi – can\'t join, or "No internet, secured"', null, 'Networking / Wireless', [
    [
      'Corporate SSID (802.1X)',
      "Our client corporate SSIDs use WPA2/WPA3-Enterprise with the computer certificate (NPS/RADIUS or Meraki cloud auth). Laptop that 'Can't connect to this network' while others can:\n1. Check the device certificate is present and not expired (certlm.msc > Personal). Re-sync Intune to pull a new one.\n2. Forget the network and reconnect; don't let users type credentials – it should connect silently.\n3. Update the Wi-Fi driver (Intel AX201/AX211 are the usual); turn off power saving on the adapter.\n4. Check the AP/Meraki dashboard client event log for 802.1X failures.",
    ],
    [
      "Connected but 'No internet'",
      "1. Other devices fine on the same SSID? Then it's the laptop: ipconfig /all – do they have a 10.x/192.168.x address? 169.254 = no DHCP (see the 169.254 article).\n2. Forget network, netsh winsock reset, netsh int ip reset, reboot.\n3. Turn off any VPN client left connected and third-party 'WiFi booster' apps.\n4. Everyone down = look at the ISP outage runbook instead.",
    ],
    [
      'Guest Wi-Fi',
      "Guest SSID passwords rotate monthly. The current one is on the client's Hudu Wi-Fi asset (password field) and printed on the sign at reception. Give it out freely to staff for visitors; never give out the corporate SSID.",
    ],
  ]),
  article(
    'ad-vpn-client',
    "Remote access VPN (SonicWall NetExtender / Mobile Connect) won't connect",
    null,
    'Networking / VPN',
    [
      [
        'Scope',
        'Standard Cascade Bridge client VPN for clients on SonicWall TZ firewalls. Clients with their own VPN runbook (different firewall) – use theirs.',
      ],
      [
        'Symptoms',
        "NetExtender: 'Server is not reachable', 'Authentication failed', 'Connection failed: Login failed – Incorrect name/password', stuck at 'Connecting...', or connects and drops every few minutes. Connected but can't reach servers or mapped drives.",
      ],
      [
        'Fix',
        "1. Can they browse the internet? Hotel/café Wi-Fi with a captive portal blocks VPN until they accept the portal page.\n2. 'Server is not reachable': check the server field is the client's FQDN (in Hudu), port 4433. Check the firewall is up (our RMM/SonicWall NSM).\n3. 'Authentication failed': domain field must be LocalDomain or the AD domain per the Hudu note; password recently changed? User must be in the SSLVPN Services group. Account locked?\n4. Drops every few minutes: update NetExtender, disable IPv6 on the adapter, check home router firmware.\n5. Connected but nothing works: their home network uses the same subnet as the office (e.g. both 192.168.1.0/24). Fix long-term by renumbering; short term have them change their home router LAN or use the Mobile Connect app.\n6. Internal names don't resolve over VPN: check DNS servers pushed in the SSLVPN client settings.",
      ],
      ['Escalate', 'Firewall down or SSLVPN service stopped for everyone = P1, network team.'],
    ],
  ),
  article('ad-dns', 'DNS resolution problems', null, 'Networking / DNS', [
    [
      'Symptoms',
      "Some sites load and some don't, 'DNS_PROBE_FINISHED_NXDOMAIN' / 'This site can't be reached – server IP address could not be found', internal server names (\\\\FS01) not found but IP works, Windows network diagnostics 'The DNS server isn't responding' or 'Your computer appears to be correctly configured, but the device or resource (DNS server) is not responding'.",
    ],
    [
      'Fix',
      '1. ipconfig /all – on a domain network the DNS servers must be the domain controllers only. Manually set 8.8.8.8 / 1.1.1.1 on a domain PC breaks AD, drives and GPOs. Set back to automatic.\n2. ipconfig /flushdns; nslookup name – compare with nslookup name 1.1.1.1.\n3. Whole office: check DNS service on the DC, forwarders (DNSFilter resolvers), and the firewall DNS proxy.\n4. Single external site broken: check it at dnschecker.org – may be their problem.\n5. On VPN: see the VPN article, DNS servers pushed by the VPN.',
    ],
  ]),
  article(
    'ad-dhcp-169',
    'PC gets 169.254.x.x address / "Unidentified network" (DHCP)',
    null,
    'Networking / DHCP',
    [
      [
        'Symptoms',
        "ipconfig shows 169.254.x.x (APIPA). Windows says 'Unidentified network' / 'No internet'. Often several devices at once, in the morning, or after new devices were added (guests, phones, IoT).",
      ],
      [
        'Fix',
        '1. One PC: ipconfig /release, ipconfig /renew. Try another cable/port. Check the switch port is in the right VLAN.\n2. Several devices: log into the DHCP server (Windows DHCP on the DC, or the Meraki/SonicWall DHCP) and check the scope – 100% in use = exhausted. Remove stale leases, shorten lease time (guest VLAN 4 hours), widen the scope if the subnet allows.\n3. DHCP service stopped on the DC: start it, check Event Viewer.\n4. Rogue DHCP (someone plugged in a home router): devices get a 192.168.0.x or 10.0.0.x address from a different gateway. Find it via the switch MAC table and unplug.',
      ],
    ],
  ),
  article(
    'ad-web-filter',
    'Website blocked by DNSFilter – unblock / allow-list request',
    null,
    'Networking / Firewall & Filtering',
    [
      [
        'What the user sees',
        "A branded block page 'This site has been blocked by your network administrator' (DNSFilter), or Chrome 'ERR_NAME_NOT_RESOLVED' only for that site on office PCs, or the SonicWall 'Web Site Blocked' page (Content Filter Service).",
      ],
      [
        'Process',
        "1. Get the exact URL and a screenshot of the block page (shows category and policy).\n2. Check the category: work-related miscategorised sites (government portals, code libraries, vendor portals) can be allow-listed by L1 in the client's DNSFilter policy > Allow list.\n3. Categories Security Threats / Phishing / Malware: do NOT allow. Escalate to L2 to verify the site.\n4. Social media / streaming: needs written approval from the client's primary contact.\n5. Allow-list takes up to 5 min; ipconfig /flushdns on the PC.",
      ],
    ],
  ),
  article('ad-isp-outage', 'Whole site offline – ISP outage runbook', null, 'Networking / Internet', [
    [
      'Confirm',
      '1. Is everyone at the site down (internet, phones, card terminals)? One person = not this article.\n2. RMM: are all agents at the site offline at once? Meraki/SonicWall dashboard: WAN status down?\n3. Check the ISP status page / outage map (Ziply Fiber, Comcast Business, CenturyLink/Lumen) and downdetector.',
    ],
    [
      'Act',
      "1. Have someone on site power-cycle the ISP modem/ONT (unplug 30 s), then the firewall. Note the lights on the ONT (red LOS = fibre cut).\n2. If the site has LTE failover (Meraki MG / Cradlepoint), confirm it took over – card terminals and VoIP should be working on it.\n3. Call the ISP with the account number and circuit ID from the client's Hudu ISP asset. Get the ticket number and ETR into our ticket.\n4. Update the client contact every hour. Set ticket P1 if the whole business is down.\n5. When back: check the firewall picked the primary WAN again and VPN tunnels are up.",
    ],
  ]),
  article('ad-mapped-drives', 'Network drives missing / red X', null, 'Networking / File shares', [
    [
      'Symptoms',
      "A drive letter (S:, P:, H: etc.) is gone from This PC, or shows a red X, or 'Could not reconnect all network drives' at login, or 'The network path was not found' / 'Windows cannot access \\\\server\\share'.",
    ],
    [
      'Fix',
      '1. Off-site? Drives only connect on the office network or VPN. Connect VPN, then File Explorer > refresh (or log off/on).\n2. On-site: can they open \\\\servername\\share directly in Explorer? Yes = mapping issue; No = permissions or server.\n3. Mapping issue: gpupdate /force, log off and on. Drives are mapped by GPO (hybrid) or Intune script (cloud) – check they are in the right security group for that drive.\n4. Map manually if urgent: net use S: \\\\FS01\\Shared /persistent:yes.\n5. Credential prompt for the share: delete old entries in Credential Manager, see Account lockouts.\n6. Server side: is the file server up? Everyone missing the drive = check the server/share and escalate.',
    ],
  ]),
  article('ad-rdp', 'Remote Desktop to office PC through RD Gateway', null, 'Networking / Remote access', [
    [
      'Setup',
      "For clients on our RD Gateway (rdg.<client>.cascadebridge.net): user has a .rdp shortcut on their home PC that points at their office PC name through the gateway. MFA is via the NPS extension – the phone prompt comes after entering the password. This is not a VPN even though users call it 'the VPN'.",
    ],
    [
      'Errors',
      "- 'Remote Desktop can't connect to the remote computer' – office PC is off or asleep. Sleep is disabled by policy but after power cuts PCs stay off; ask someone on-site to switch it on, or use RMM Wake-on-LAN.\n- 'Your credentials did not work' – use DOMAIN\\username format; password changed recently; account locked.\n- 'An internal error has occurred' – usually a stale .rdp file or old RD client. Re-download the .rdp file from Hudu, clear saved credentials in the RDP client.\n- 'Remote Desktop can't connect to the remote computer for one of these reasons' with gateway mentioned – user not in the RDG-Users group, or MFA push not approved within 60 s.\n- 'An authentication error has occurred. The function requested is not supported' – CredSSP / patch mismatch; update the home PC.\n- Connects but black screen – press Ctrl+Alt+End, or reconnect.",
    ],
  ]),

  // ───────────────────────── Endpoints ─────────────────────────
  article(
    'ad-windows-update',
    'Windows Update failures (0x800f0922, 0x80070002, undoing changes)',
    null,
    'Endpoints / Windows',
    [
      [
        'Symptoms',
        "Settings > Windows Update shows 'Install error – 0x800f0922', '0x80070002', '0x8024402c', '0x800f081f'; or the PC reboots into 'We couldn't complete the updates. Undoing changes. Don't turn off your computer' or 'Undoing changes made to your computer' and keeps trying the same update every night.",
      ],
      [
        'Fix',
        "1. Check RMM patch status for the device and whether the KB failed elsewhere (known bad patch?).\n2. Free disk space – under 20 GB free is a common cause. Disk Cleanup > Clean up system files.\n3. Run the Windows Update troubleshooter; then as admin: DISM /Online /Cleanup-Image /RestoreHealth, sfc /scannow.\n4. Reset components: stop wuauserv, bits, cryptsvc; rename C:\\Windows\\SoftwareDistribution and System32\\catroot2; start services.\n5. 0x800f0922 on cumulative updates = System Reserved / recovery partition too small or VPN adapter interfering; disconnect VPN and retry; resize partition per Microsoft KB5028997.\n6. 0x8024402c = can't reach update servers (proxy/DNS). Check DNS and filtering.\n7. Still failing: install the KB manually from the Microsoft Update Catalog, or in-place repair upgrade with the current ISO (keeps apps/files).",
      ],
    ],
  ),
  article('ad-bsod', 'Blue screen (stop code) triage', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      "'Your device ran into a problem and needs to restart' with a sad face, QR code and a stop code: IRQL_NOT_LESS_OR_EQUAL, DRIVER_POWER_STATE_FAILURE, CRITICAL_PROCESS_DIED, PAGE_FAULT_IN_NONPAGED_AREA, KERNEL_SECURITY_CHECK_FAILURE, VIDEO_TDR_FAILURE, WHEA_UNCORRECTABLE_ERROR. Random restarts. NOTE: a blue screen asking for a 48-digit key is BitLocker recovery, not a crash – see BitLocker article.",
    ],
    [
      'Triage',
      '1. Get the stop code (photo of screen) and when it happens (undocking, sleep, gaming/video, random).\n2. C:\\Windows\\Minidump – copy the .dmp files; open with WinDbg (!analyze -v) or BlueScreenView to see the faulting driver.\n3. DRIVER_POWER_STATE_FAILURE / happens on sleep or undock: update dock firmware, graphics and chipset drivers from the vendor (Dell Command Update / HP Image Assistant / Lenovo Vantage).\n4. VIDEO_TDR_FAILURE: graphics driver.\n5. WHEA_UNCORRECTABLE_ERROR / MEMORY_MANAGEMENT repeatedly: hardware – run vendor diagnostics (F12 ePSA on Dell), warranty case.\n6. Update BIOS and Windows. sfc /scannow.\n7. 3+ crashes a week after drivers updated: swap the machine and send for repair.',
    ],
  ]),
  article('ad-bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      "Blue pre-boot screen: 'BitLocker recovery – Enter the recovery key for this drive' / 'Enter the recovery key to get going again (Keyboard Layout: US)' with a Recovery key ID (first 8 characters shown). Usually after a BIOS/firmware update, TPM clear, a docking/USB-C boot device change, or hardware repair.",
    ],
    [
      'Fix',
      "1. Verify the caller is the device's user (callback).\n2. Get the key: Entra admin > Devices > find the device > BitLocker keys (or Intune > Devices > device > Recovery keys). On-prem: ADUC > computer object > BitLocker Recovery tab. Match the Key ID to what's on screen.\n3. Read the 48-digit key in groups of 6. They type it with the number row (function keys F1–F10 also work if numbers don't).\n4. Once in Windows: in admin cmd run manage-bde -protectors -disable C: -RebootCount 1 if a BIOS update is still pending, otherwise reboot to confirm it doesn't ask again.\n5. Keeps asking every boot: suspend and resume BitLocker (manage-bde -protectors -disable C: then -enable C:), check TPM in tpm.msc, update BIOS.\n6. Rotate the key afterwards (Intune > device > BitLocker key rotation) because it was read over the phone.\n7. No key found anywhere = data unrecoverable. Escalate before anyone wipes the drive.",
    ],
  ]),
  article('ad-slow-pc', 'PC acting up – first checks', null, 'Endpoints / Windows', [
    [
      'Checklist (do these before escalating)',
      "[ ] Uptime – when was it last restarted? (Task Manager > Performance). Restart if over a week.\n[ ] Task Manager > Processes sorted by CPU, Memory, Disk. 100% disk on an HDD = that's the problem; log for SSD upgrade/replacement.\n[ ] RAM: 8 GB with Outlook + Teams + Chrome is tight. Note it for the client's hardware refresh list.\n[ ] Startup apps (Task Manager > Startup) – disable junk.\n[ ] Disk space under 10% free – Disk Cleanup, clear Downloads with user's OK, OneDrive Free up space.\n[ ] Pending Windows updates / failed updates.\n[ ] Defender full scan (or SentinelOne threat check) in RMM.\n[ ] Browser with 40 tabs and extensions – see Browser problems.\n[ ] Fan loud and hot: check vents, run vendor diagnostics; battery swollen (trackpad lifting) = stop using, replace.\n[ ] Age: over 5 years old – recommend replacement via account manager.",
    ],
  ]),
  article('ad-printing', 'Printing – offline, stuck queue, adding a printer', null, 'Endpoints / Printers', [
    [
      "Printer shows 'Offline' / jobs don't come out",
      "1. Is the printer actually on and showing an IP (printer panel)? Can others print? Others OK = PC side.\n2. Settings > Bluetooth & devices > Printers > the printer > Open print queue > Printer menu > untick 'Use Printer Offline'.\n3. Port pointing at an old IP (printer got a new DHCP address): Printer properties > Ports > fix IP, and ask L2 to reserve it on DHCP.\n4. 'Printer in error state': paper/toner/jam on the device.",
    ],
    [
      "Stuck queue that won't clear",
      'Admin cmd: net stop spooler; delete everything in C:\\Windows\\System32\\spool\\PRINTERS; net start spooler. Via RMM background if remote. If jobs stuck on a print server, do it on the server and warn other users.',
    ],
    [
      'Adding a printer',
      "Most clients: printers deploy automatically via Intune/Universal Print or GPO – check the user is in the right printer group, then Settings > Printers > Add device. Manual: Add device > 'The printer that I want isn't listed' > by IP, driver from the vendor (we use the universal driver: HP UPD, Kyocera KX, Ricoh PCL6 Universal, Canon Generic Plus). Never install the manufacturer's full bloatware suite.",
    ],
  ]),
  article(
    'ad-scan-mfp',
    'Copier scan-to-email / scan-to-folder stopped working',
    null,
    'Endpoints / Scanners',
    [
      [
        'Scan to email',
        "Symptoms: copier shows 'SMTP authentication failed', 'Send error', '535 5.7.139 Authentication unsuccessful, basic authentication is disabled', 'Connection to server failed'. Cause: Microsoft has disabled basic SMTP AUTH on most tenants; copiers set up years ago to log in to smtp.office365.com:587 as a user stop working, or the user whose password the copier used changed it.\nFix: move the device to our standard – SMTP relay via an Exchange Online inbound connector (by the site's static IP) to <tenant>.mail.protection.outlook.com port 25, no auth, from scanner@<domain>. Add the site IP to SPF. Document in the client's Hudu copier asset.",
      ],
      [
        'Scan to folder (SMB)',
        "Symptoms: 'Cannot connect to destination', 'Login failed', 'Check the destination settings'. Cause: password expired/changed on the scan account, the share moved, SMB1 disabled on the server and the old copier only does SMB1.\nFix: 1. Check the scan account (svc-scan) isn't expired/locked; set the password in the copier address book/web page. 2. Check the path \\\\server\\Scans\\User exists and the account has Modify. 3. Old copier, SMB1 only: firmware update from the copier vendor; never re-enable SMB1 on the server.",
      ],
      [
        'Note',
        'Some clients have their own scanner runbook (specific copier/plotter). Check the client folder first.',
      ],
    ],
  ),
  article('ad-docks', 'Docks and external monitors', null, 'Endpoints / Hardware', [
    [
      'Symptoms',
      "External monitor(s) 'No signal' or not detected, only one of two screens works, flicker/black-outs, laptop not charging through the dock, USB devices on the dock dead, everything resets when the laptop wakes up.",
    ],
    [
      'Fix',
      "1. Reseat the USB-C/Thunderbolt cable at both ends; use the cable that came with the dock (the short one). Power-cycle the dock: unplug its power for 30 s.\n2. Win+P > Extend. Settings > Display > Detect. Check monitor input source button.\n3. Dual screens on Dell WD19/WD22 with non-Thunderbolt laptops: some ports only work as mirror/limited bandwidth – use one DP and one HDMI, not two from a daisy chain.\n4. Update dock firmware and the laptop's graphics/Thunderbolt drivers (Dell Command Update / HP Image Assistant). DisplayLink docks need the DisplayLink driver.\n5. Not charging: dock wattage too low for the laptop (90 W vs 130 W dock), or wrong port on the laptop (use the one with the lightning/power symbol).\n6. Crashes on undock: see Blue screen article (DRIVER_POWER_STATE_FAILURE).\n7. Still dead: swap the dock with a known-good one; RMA.",
    ],
  ]),
  article('ad-autopilot', 'Autopilot / Intune enrollment errors on new laptops', null, 'Endpoints / Intune', [
    [
      'Errors',
      "- 0x80180014 'Your device is not allowed to enroll' / 'Something went wrong... 80180014' – device was previously enrolled and deleted, or personal devices blocked. Intune > Devices > Enrollment > Windows Autopilot devices: check hash is there and assigned a profile; delete any stale Intune device record for the serial, then Reset.\n- 0x800705b4 – Enrollment Status Page timeout (an app failed/too slow). Intune > device > Managed apps: find the app stuck in install; fix or remove it from ESP blocking apps. Reset or click Continue anyway if allowed.\n- 0x80180018 – user has no Intune licence (Business Premium / EMS).\n- 0x801c03ea / 0x80070774 – TPM attestation failed; update BIOS, clear TPM, retry.\n- 'Identifying' or 'Securing your hardware' stuck 30 min+ – usually network/proxy; plug in ethernet.",
    ],
    [
      'Process',
      "1. New device from the vendor: vendor uploads the hash under our partner ID; confirm in Intune before shipping to the user.\n2. At OOBE: connect to internet, user signs in with work email, ESP runs (about 30–60 min).\n3. Don't let users click 'Set up for personal use' – device ends up unmanaged. Reset it.\n4. Reset a device to start over: Intune > device > Wipe or Autopilot Reset.",
    ],
  ]),
  article('ad-mac', 'macOS – keychain prompts, Company Portal, FileVault', null, 'Endpoints / macOS', [
    [
      'Keychain password prompts',
      'Outlook/Teams/OneDrive on Mac keep asking \'Microsoft Outlook wants to use your confidential information stored in "Microsoft Office Identities Cache 3" in your keychain\'. Cause: login keychain password out of sync with the Mac password (after a password change via Platform SSO / Entra). Fix: enter the OLD Mac password and click Always Allow; if unknown, Keychain Access > Settings > Reset Default Keychains (user loses saved passwords – warn them), log out and in.',
    ],
    [
      'Company Portal / enrollment',
      "Macs enroll via ABM + Intune automated enrollment. BYOD Macs aren't allowed for client data. Company Portal 'Check status' shows what's non-compliant.",
    ],
    [
      'FileVault',
      "Compliance requires FileVault on. Company Portal will say 'Encryption required'. It's safe: the Mac encrypts in the background after a restart; recovery key escrows to Intune (Devices > the Mac > Recovery keys). User just needs to log out/in when prompted to 'Enable FileVault'.",
    ],
  ]),
  article(
    'ad-mobile-email',
    'Work email on phones – Outlook app + Intune app protection',
    null,
    'Endpoints / Mobile',
    [
      [
        'Policy',
        'All clients: corporate email on phones only through the Outlook mobile app (iOS/Android). The built-in iPhone Mail app, Samsung Email and Gmail app are blocked by Conditional Access (legacy/unmanaged client). Intune App Protection (MAM) protects data inside Outlook, Teams, OneDrive, Word/Excel.',
      ],
      [
        'Setup',
        '1. Install Microsoft Outlook and Microsoft Authenticator from the App Store / Play Store (Android also needs Company Portal installed – no need to enrol).\n2. Add account with work email, approve MFA.\n3. "Your organization now protects its data in this app. You need to restart the app to continue." – normal, restart.\n4. Set an app PIN when asked.',
      ],
      [
        'Common complaints',
        "- 'Your organization's data cannot be pasted here' – copy/paste from work apps into personal apps (Notes, WhatsApp, SMS) is blocked by design. Paste into another Microsoft work app instead.\n- Attachments won't save to Photos/Files – blocked by design; save to OneDrive.\n- 'Access denied' / can't add account in iPhone Mail – by design, use Outlook.\n- Contacts not showing in the phone dialer: Outlook > Settings > account > Save contacts (allowed for caller ID at most clients).",
      ],
    ],
  ),

  // ───────────────────────── Line of business ─────────────────────────
  article(
    'ad-quickbooks',
    'QuickBooks Desktop multi-user errors (H202, H505, 6123, database server not responding)',
    null,
    'Line of Business / QuickBooks',
    [
      [
        'Symptoms',
        "Switching to multi-user or opening the company file from a workstation fails: 'Error H202: QuickBooks is trying to access the company file but can't reach the server', H505, 'Error 6123, 0', 'Error -6000, -77', 'The QuickBooks Database Server Manager is not responding'. Host PC/server can open it fine.",
      ],
      [
        'Fix',
        '1. On the server hosting the .QBW: open QuickBooks Database Server Manager (same year as QB Desktop, e.g. 2024) > Scan Folders > scan the company file folder. Confirm the service QuickBooksDBXX is running.\n2. Windows Firewall on the server: ports for the QB year (e.g. 8019, 56728, 55378–55382) and QBDBMgrN.exe allowed – the Tool Hub "Quick Fix my Program" and "QuickBooks File Doctor" can add them.\n3. Workstations must open the file by UNC path \\\\server\\QB\\Company.qbw, not a mapped letter that differs per user.\n4. Host Multi-User Access should be OFF on workstations and ON only on the server.\n5. -6000 -77: permissions – the QBDataServiceUserXX account needs Full Control on the folder.\n6. After a Windows/QB update the DB server version can mismatch the desktop version – update both to the same release.\n7. Intuit support needs the client\'s licence number (Hudu > client > QuickBooks asset).',
      ],
    ],
  ),
  article(
    'ad-acrobat',
    'Adobe Acrobat – sign-in, licence, default PDF app',
    null,
    'Line of Business / Adobe',
    [
      [
        'Licensing',
        "Acrobat Pro is licensed per named user via the Adobe Admin Console (federated with Entra for most clients). If the user opens Acrobat and sees 'Sign in required', 'Your free trial has ended', or Pro tools (Combine Files, Edit PDF, Organize Pages) are locked/Reader-only: 1. Check in admin console the user has an Acrobat Pro product profile. 2. Help > Sign Out, then sign in with the work email and choose 'Company or School Account'. 3. If they have a personal Adobe ID with the same email they'll get a profile picker – choose the company profile.",
      ],
      [
        'PDFs open in Edge/Chrome',
        'Settings > Apps > Default apps > .pdf > Adobe Acrobat. Windows updates and Edge sometimes take it back; Intune default-associations policy enforces Acrobat on next sync at clients that want it.',
      ],
      [
        'Crashes',
        "'Adobe Acrobat has stopped working' when opening: disable Protected Mode (Preferences > Security (Enhanced)) as a test, Help > Repair installation, update to the latest continuous release.",
      ],
    ],
  ),
  article('ad-browser', 'Browser problems (general)', null, 'Line of Business / Browsers', [
    [
      'Certificate / "not private" on every site',
      "'Your connection isn't private' / NET::ERR_CERT_DATE_INVALID on many sites at once = the PC clock is wrong (dead CMOS battery, wrong time zone). Settings > Time & language > Set time automatically, Sync now. If only one site: their certificate is actually expired; don't tell users to click through.",
    ],
    [
      'Site broken, buttons not working, login loops',
      '1. Try an InPrivate/Incognito window. Works there = cache/cookies or extension.\n2. Clear cache and cookies for that site only (padlock icon > Site settings / Cookies and site data).\n3. Disable extensions one by one (coupon/PDF/"search" extensions are common culprits – remove them).\n4. Vendor portal that only supports Chrome: use Chrome. IE-mode sites go on the Edge IE-mode list in Intune.',
    ],
    [
      'Other',
      "- Saved passwords: we use the client's password manager; browser password saving is turned off by policy at most clients.\n- 'Aw, Snap!' / STATUS_ACCESS_VIOLATION: update the browser, disable hardware acceleration.\n- Edge profile sync stuck: sign out of profile and back in with work account.",
    ],
  ]),

  // ───────────────────────── Security ─────────────────────────
  article('ad-phishing', 'Suspicious email reported / user clicked a link', null, 'Security / Incidents', [
    [
      'User reported but did NOT click',
      "1. Thank them. Ask them to use the 'Report' button in Outlook (Report phishing) rather than forwarding – forwarding loses headers.\n2. L1: in Defender (security.microsoft.com) > Explorer, search the sender/subject; if others got it, Take action > Soft delete for all recipients. Block sender domain in Tenant Allow/Block list.\n3. Gift-card / wire / payroll-change requests from a 'CEO' or vendor (BEC): warn the client's finance contact.",
    ],
    [
      'User clicked a link',
      "1. Did they enter their password or approve an MFA prompt? Did they open/run an attachment?\n2. Password entered or MFA approved: reset password now, Revoke sessions in Entra, check sign-in logs and inbox rules – continue with Compromised M365 account.\n3. Ran a file/macro: isolate the device in Defender/SentinelOne, full scan, follow the malware article.\n4. Just clicked and closed: note it in the ticket, run a scan, no further action.\n5. Don't blame the user – we want them to report fast next time.",
    ],
  ]),
  article('ad-compromised-account', 'Compromised M365 account response', null, 'Security / Incidents', [
    [
      'Signs',
      "Contacts get emails the user didn't send (often 'shared a document with you' / fake invoice PDF link); unknown inbox rules that move or delete mail (names like '.', '..', 'RSS'); NDR '550 5.1.8 Access denied, bad outbound sender' because Microsoft restricted the account for spam; sign-ins from other countries; MFA method added that the user didn't add.",
    ],
    [
      'Response (do in this order)',
      "1. Set ticket P1. Tell the client contact.\n2. Reset password (long random), Revoke sessions (Entra > user > Revoke sessions), and require MFA re-registration if an unknown method was added – remove it.\n3. Exchange: remove malicious inbox rules (Get-InboxRule), forwarding (ForwardingSmtpAddress), and delegates added recently. Check OAuth app consents (Enterprise apps > user consent).\n4. If restricted for sending: Defender > Restricted entities > release the user (only after steps 2–3).\n5. Audit log search for the last 7 days: mail sent, files accessed/shared, MailItemsAccessed. Export for the client.\n6. Send a heads-up to contacts who received phishing from the account (client wording template in Hudu).\n7. Check the user's devices for malware/token theft.\n8. Close-out: incident summary to client; if PHI/PII was exposed (e.g. healthcare client) the client's privacy officer decides on breach notification – we don't.",
    ],
  ]),
  article('ad-ransomware', 'Ransomware – first 30 minutes', null, 'Security / Incidents', [
    [
      'Recognise it',
      "Files suddenly renamed with a new extension (.lockbit, .akira, .encrypted, random 5–8 letters), files won't open or show blank/generic icons, ransom note text/HTML in folders (README, HOW_TO_DECRYPT, !!!RESTORE!!!), desktop wallpaper changed to a demand. Possibly on a shared/mapped drive only.",
    ],
    [
      'Do',
      "1. P1. Call the on-call engineer immediately (don't just log a ticket) – see After-hours on-call.\n2. Tell the user: unplug the network cable / turn off Wi-Fi. Do NOT shut down or reboot (keeps memory evidence) and don't pay or contact anyone.\n3. Isolate the device in SentinelOne/Defender (Network quarantine).\n4. Find other infected hosts: EDR console, file server 'last modified by' on the note files. Disconnect the file server share if encryption is spreading.\n5. Disable the user account that's doing the encrypting; disable VPN access at the firewall.\n6. Protect backups: confirm Datto/immutable copies are intact, pause sync to cloud if needed.\n7. Engage the client's cyber insurance hotline (number in Hudu) before remediation – they may appoint IR.\n8. Restore only after scope is known, from the last clean snapshot.",
    ],
  ]),
  article(
    'ad-malware-popups',
    'Pop-ups, fake virus warnings, Defender detections',
    null,
    'Security / Endpoint',
    [
      [
        'Browser notification spam',
        "Pop-ups in the bottom-right corner 'Your PC is infected with (5) viruses!', 'McAfee subscription expired', 'Norton – renew now' on PCs that don't run McAfee/Norton = a website was allowed to send notifications. Fix: Edge/Chrome Settings > Site permissions > Notifications > remove the sites. Remove unknown extensions. Run a scan. Not a real infection.",
      ],
      [
        'Tech support scam screen',
        "Full-screen browser page that looks like a Microsoft/Windows Defender warning, beeping, a phone number to call, 'Do not shut down your computer'. Fix: Ctrl+Shift+Esc > end the browser task; reopen without restoring tabs. If the user CALLED the number or let someone remote in: disconnect the network, treat as compromise – uninstall remote tools (AnyDesk, UltraViewer, ScreenConnect not ours), reset passwords used on that PC, full EDR scan, check bank/vendor accounts with the client.",
      ],
      [
        'Real detections',
        "Defender 'Threats found' / SentinelOne alert: check the console – quarantined = usually done. Active threat, or detection repeating after quarantine = isolate device, escalate to L2 security.",
      ],
    ],
  ),
  article('ad-lost-device', 'Lost or stolen laptop / phone / tablet', null, 'Security / Incidents', [
    [
      'Steps',
      "1. Get: device type, serial/asset tag (Hudu/Intune), when and where lost, was it locked, police report number if stolen.\n2. Sign the user out everywhere: Entra > user > Revoke sessions. Reset password if the device wasn't locked or the password was written down with it.\n3. Intune: Laptop – confirm BitLocker was on (compliance); issue Remote lock, then Wipe once the client confirms it's not coming back. iPhone/iPad (company-owned) – Lost Mode with message + phone number, locate; wipe when confirmed stolen. Personal phone with only app protection – Selective wipe (Apps > App selective wipe) removes work data only.\n4. Remove the lost phone's Authenticator registration if it was their MFA device (see MFA – new phone).\n5. Healthcare clients: the client's privacy officer must be told the same day (PHI device). Note encryption status in the ticket – it decides whether it's a reportable breach.\n6. Order replacement via the account manager.",
    ],
  ]),

  // ───────────────────────── Lifecycle ─────────────────────────
  article('ad-onboarding', 'New user onboarding checklist', null, 'Lifecycle / Onboarding', [
    [
      'Need from the client (request form)',
      'Name, title, start date, manager, office/remote, "same access as" person, device needed (new or reassigned), licences, client-specific apps.',
    ],
    [
      'Checklist',
      "[ ] Create account (AD with Entra Connect sync, or cloud-only), UPN = first.last@\n[ ] Licence per the client's standard (Hudu > client > Licensing standard)\n[ ] Groups: copy from the 'same as' user – security groups for drives, printers, Teams, shared mailboxes, distribution lists\n[ ] MFA: set a Temporary Access Pass for day one\n[ ] Device: Autopilot-assign the laptop to the user, deliver 2 days before start\n[ ] Client line-of-business apps: follow the client's runbook, and ask the client's app admin to create the account in the vendor's system (we don't own most vendor portals)\n[ ] Phone: Outlook/Teams/Authenticator set up on day one\n[ ] Welcome email to manager with username and first-login steps (never password in the same email)\n[ ] Close ticket with what was done and licences added (billing needs it)",
    ],
  ]),
  article('ad-offboarding', 'Leaver / offboarding checklist', null, 'Lifecycle / Offboarding', [
    [
      'Immediate termination',
      "Do the first four steps the moment the request is confirmed by the client contact (call back), even before the rest: 1. Block sign-in + reset password. 2. Revoke sessions. 3. Disable AD account. 4. Intune: remote lock / retire the user's devices (company iPads/phones: wipe once returned or if not returned).",
    ],
    [
      'Standard leaver',
      "[ ] Confirm last day and time with the client\n[ ] Convert mailbox to shared mailbox (keeps mail, frees the licence) and give the manager Full Access; or set forwarding / auto-reply per request\n[ ] OneDrive: give the manager access (Entra > user > OneDrive > Create link to files); retained 30 days after delete by default\n[ ] Remove from groups, distribution lists, MFA methods\n[ ] Remove licences (tell billing)\n[ ] Client LOB apps: ask the client's app admin to deactivate (EHR/POS/billing/vendor portals)\n[ ] Collect laptop/phone/badge; wipe and re-image for reuse\n[ ] Hudu: update contact to 'Former employee', rotate any shared passwords they knew",
    ],
  ]),

  // ───────────────────────── Backup / restore ─────────────────────────
  article(
    'ad-restore-files',
    'Restoring deleted or overwritten files',
    null,
    'Backup & Recovery / Restores',
    [
      [
        'OneDrive / SharePoint / Teams files',
        '1. Deleted: the site or OneDrive Recycle bin (web) – 93 days. After the first-stage bin, check Second-stage recycle bin (site admin).\n2. Overwritten / bad edit: right-click file > Version history > Restore the earlier version.\n3. Whole library messed up (mass delete/sync accident): OneDrive > Settings > Restore your OneDrive to a date; SharePoint: Site settings > Restore this library.\n4. Older than 93 days: restore from our M365 backup (Datto SaaS Protection / Veeam 365) – L2.',
      ],
      [
        'File server (S:, P:, shared drives)',
        '1. Right-click the folder > Properties > Previous Versions (Volume Shadow Copies, taken 7am/12pm/5pm) – users can restore themselves.\n2. Not there: restore from the BCDR (Datto SIRIS / Veeam). L2 mounts the recovery point and copies the item back to a "Restored_<date>" folder – never overwrite without asking.\n3. Record in the ticket: path, file name, approx date of the good version.',
      ],
    ],
  ),
  article('ad-backup-alert', 'Backup job failed alert – internal triage', null, 'Internal / Backups', [
    [
      'Applies to',
      'Alerts from Datto BCDR portal, Veeam ONE and Datto SaaS Protection that land in the alerts board. Internal procedure – no user involved.',
    ],
    [
      'Triage',
      "1. One failure after success = monitor; acknowledge with a note. 2+ consecutive failures or no backup in 24 h = work it same day.\n2. 'Agent not responding' / protected machine offline: is the server up (RMM)? Restart the Datto Backup Agent / ShadowProtect service. Check the agent version and re-pair if the cert expired.\n3. VSS errors (VSS_E_*, 'Snapshot failed'): vssadmin list writers on the server – restart the failed writer's service, or reboot in the maintenance window.\n4. Local storage full on the SIRIS: adjust retention, escalate to account manager for bigger appliance.\n5. Offsite sync behind more than 3 days: check the site's upload bandwidth throttling.\n6. Screenshot verification failed: boot the recovery point in the portal; if Windows doesn't boot, escalate L3.\n7. Document root cause in the ticket. Three failed weeks in a row = tell the client's primary contact.",
    ],
  ]),

  // ───────────────────────── Internal ─────────────────────────
  article('ad-priority-matrix', 'Ticket priority & response targets', null, 'Internal / Service Desk', [
    [
      'Matrix',
      "P1 – Critical: whole business or site down, security incident (ransomware, compromised account actively sending), safety-related systems (e.g. water district SCADA access lost). Respond 15 min, 24x7.\nP2 – High: a team/department can't work, or one VIP/critical role blocked (billing run day, nurse can't document visits). Respond 1 h business hours.\nP3 – Normal: one user impacted with a workaround, most break/fix. Respond 4 business hours.\nP4 – Low: requests, how-to, scheduled changes, new users with >3 days notice. Respond next business day.",
    ],
    [
      'Rules',
      "- When in doubt pick the higher priority and let the dispatcher lower it.\n- Single user can't print but can print to another printer = P3, not P4 (it's still broken).",
    ],
  ]),
  article('ad-after-hours', 'After-hours on-call', null, 'Internal / Service Desk', [
    [
      'How it works',
      "Hours: Mon–Fri 7am–6pm Pacific is the service desk. Outside that, the main line (503) goes to the answering service, which pages the on-call engineer via PagerDuty for P1s only. P2–P4 after hours are logged and picked up next morning.\nOn-call rota is in the PagerDuty schedule 'CBIT Primary' (weekly, Monday 9am handover); the backup is 'CBIT Secondary'. Page manually from PagerDuty app > Incidents > New, service 'Client Emergency'.",
    ],
    [
      'On-call engineer',
      "- Acknowledge page within 15 min, call the client back within 30.\n- Log time to the client's after-hours contract line (or T&M if none – tell them before starting).\n- Water district and home health clients have 24x7 agreements; others are best-effort.\n- Escalate to the on-call manager if a P1 runs over 2 h.",
    ],
  ]),

  // ───────────────────────── Ridgeline Coffee Roasters ─────────────────────────
  article(
    'ad-ridgeline-toast-pos',
    'Café POS (Toast) – terminals offline, Toast Go handhelds, card readers',
    roaster,
    'Ridgeline Coffee / Cafés',
    [
      [
        'Environment',
        'Two cafés (Alberta St and Sellwood), each: 2x Toast Flex counter terminals with attached card readers, 2x Toast Go 2 handhelds, 1x KDS at the bar, Toast receipt printers. All on the RCR-POS SSID / VLAN 20 behind a Meraki MX67C with LTE failover (Ziply Fiber primary). Roastery has no POS.',
      ],
      [
        'Symptoms',
        "Red cloud icon / 'Offline' banner on a terminal; Toast Go 2 'Unable to connect to network'; card reader 'Card reader disconnected' or 'Reader not found'; orders not reaching the KDS; 'Offline payments not enabled'.",
      ],
      [
        'Fix',
        "1. Whole café offline (everything, incl. Wi-Fi): it's the internet – check Meraki dashboard, LTE should have taken over within 1 min. Follow ISP outage runbook.\n2. Only Toast devices offline: check RCR-POS SSID is broadcasting in the Meraki dashboard and the AP at the bar is up.\n3. Single terminal: Toast menu > Device Status > Network – reboot terminal (hold power > Restart). Check ethernet on the Flex.\n4. Toast Go 2 won't join Wi-Fi: Settings > Wi-Fi > forget RCR-POS and rejoin (PSK in Hudu). Check battery isn't in power-saver.\n5. Card reader disconnected: unplug the reader USB-C from the terminal, wait 10 s, replug; restart terminal. Reader dead after that = Toast hardware RMA.\n6. While offline, Toast can take card payments in Offline Mode only if it was turned on beforehand (it is, limit $100/txn). Cash always works. Offline orders sync when back online – don't log out of the terminal.\n7. Toast-side problems (menus, payments declined, reports): café manager calls Toast Support 24/7 – we are not on the Toast account.",
      ],
    ],
  ),
  article(
    'ad-ridgeline-cropster',
    'Cropster Roast – no temperature readings / roasts not uploading',
    roaster,
    'Ridgeline Coffee / Roastery',
    [
      [
        'Environment',
        "Roastery (SE Portland): Diedrich IR-12 roaster with bean-temp and exhaust thermocouples wired to a Phidget 1048 4-input thermocouple bridge, USB into the roasting laptop RCR-ROAST01 (Dell Latitude). Cropster Roast (R) app on the laptop logs each roast and uploads to Cropster's cloud (C-sar / Cropster Commerce) where the head roaster and QC cup and compare profiles.",
      ],
      [
        'Symptoms',
        "Cropster Roast says 'No machine connected' or 'Machine disconnected'; temperature curves flat at 0 or showing -999; only one probe reading; roasts stay 'Pending upload' / don't appear on the web for QC; app asks to sign in every morning.",
      ],
      [
        'Fix',
        "1. Check the Phidget USB cable into the laptop (use the port on the laptop, not the hub) – the Phidget's green LED should be on.\n2. Windows update replaced/removed the Phidget driver: Device Manager > look for 'PhidgetTemperatureSensor' under Human Interface Devices. Missing or yellow = reinstall Phidget22 drivers (installer in \\\\RCR-NAS\\IT\\Phidgets), reboot.\n3. Disable USB selective suspend (Power Options > Advanced > USB settings) – the laptop powers the Phidget down mid-roast otherwise. Our Intune profile for RCR-ROAST01 excludes it from sleep; confirm it's still applied.\n4. In Cropster Roast: Settings > Machine > select 'Diedrich IR-12 – Phidget 1048', Test connection.\n5. One probe missing = physical thermocouple or loose screw terminal on the Phidget – roaster tech's job, not ours.\n6. Pending upload: laptop must be on the RCR-STAFF Wi-Fi (not guest – guest blocks Cropster's sync port). Cropster Roast > Sync now. Roasts are stored locally until uploaded – never uninstall the app with pending roasts.\n7. Cropster licence/account issues: head roaster contacts Cropster support.",
      ],
    ],
  ),
  article(
    'ad-ridgeline-zebra-labels',
    'Zebra ZD421 bag & shipping labels (ShipStation) – blank, skipping, wrong size',
    roaster,
    'Ridgeline Coffee / Roastery',
    [
      [
        'Environment',
        'Packing bench at the roastery: Zebra ZD421d (direct thermal) on USB to the packing PC RCR-PACK01. Prints 4x6 shipping labels from ShipStation (web orders from Shopify + wholesale) via ShipStation Connect, and 3x2 retail bag labels from the BarTender template "Bag 12oz".',
      ],
      [
        'Symptoms / fix',
        "- Blank label between every printed label, or labels skipping/feeding 2–3 at a time: printer lost calibration after a roll change. Hold the PAUSE + CANCEL buttons 2 s (SmartCal) or hold FEED until one flash. Make sure the roll is the right way (direct thermal side up) and the media guide is snug.\n- Status light solid/flashing red, 'PAUSED': head open, out of labels, or ribbon sensor – close the lid firmly, press PAUSE.\n- Shipping label tiny in a corner / cut off: ShipStation > Settings > Printing Setup > Labels: 4\" x 6\" thermal, and the ZDesigner driver paper size 4x6 (not Letter). In ShipStation Connect choose 'ZDesigner ZD421-203dpi ZPL', not 'Microsoft Print to PDF'.\n- ShipStation says 'Printer not found' / Connect offline: restart ShipStation Connect on RCR-PACK01 (tray icon), check it's signed in.\n- Faded print: direct thermal labels don't like heat; check darkness setting 20–25 in driver; clean the head with the alcohol pen.\n- Bag labels wrong roast date/blank fields: that's the BarTender data sheet, owned by the roastery manager.",
      ],
    ],
  ),

  // ───────────────────────── Riverbend Home Health ─────────────────────────
  article(
    'ad-riverbend-axxess-evv',
    'Axxess Home Health mobile – EVV clock-in, visits not syncing',
    homeHealth,
    'Riverbend Home Health / Clinical apps',
    [
      [
        'Environment',
        "Clinicians (RNs, LPNs, PTs, aides) document visits in the Axxess Home Health app on agency iPads (iPad 10th gen, Intune-supervised, cellular). Electronic Visit Verification (EVV) is captured in the app: clock-in/clock-out at the patient's home with GPS, required for Medicaid visits. Office schedulers and the clinical manager use Axxess web.",
      ],
      [
        'Symptoms',
        "'Unable to verify your location', 'You are not within the allowed distance of the patient's address', can't clock in/out; visit/notes stuck 'Pending sync' or 'Not synced' with orange icon; 'Session expired, please log in again'; app crashes when opening OASIS.",
      ],
      [
        'Fix',
        "1. NEVER delete/reinstall the app or sign out while notes show Pending sync – unsynced documentation lives only on the iPad and will be lost.\n2. Location: Settings > Privacy > Location Services on; Axxess > 'While Using the App' and Precise Location on. Airplane mode off. Step outside briefly for GPS if in a basement unit.\n3. Still can't clock in at the correct address: clinician documents the visit anyway and calls the scheduler; scheduler enters an EVV exception in Axxess web with the reason code (e.g. GPS unavailable). Don't let them skip documentation.\n4. Pending sync: check cellular/Wi-Fi signal, open the app > Sync. Large OASIS with photos can take minutes on 1 bar. Update the app from Company Portal/App Store if an update is pending.\n5. Session expired / can't log in: Axxess logins are managed by the agency's Axxess admin (clinical manager) – password resets for Axxess are theirs, not Entra. If it's a lockout on Axxess, they unlock in Axxess > People.\n6. Crashes: update iPadOS and the app; restart iPad. Persisting = Axxess support ticket by the agency admin with device model/app version.",
      ],
      ['Escalate', "A clinician who can't document at all for a whole day = P2 (billing/compliance impact)."],
    ],
  ),
  article(
    'ad-riverbend-ringcentral-fax',
    'RingCentral fax – physician orders not arriving / outbound fax failing',
    homeHealth,
    'Riverbend Home Health / Phones & Fax',
    [
      [
        'Environment',
        "The agency's main fax number is a RingCentral fax line. Inbound faxes (signed physician orders, plan of care 485s, referrals) arrive as PDF in the intake@ shared mailbox and in the RingCentral app under Fax. Staff send faxes from the RingCentral app or by emailing <number>@rcfax.com from their work address.",
      ],
      [
        'Inbound missing',
        "1. Check the RingCentral app > Fax > Inbox (admin login in Hudu) – if it's there, the email delivery failed: check the fax-to-email address for the extension is still intake@ and that EXO isn't quarantining service@ringcentral.com (Defender quarantine).\n2. Not in RingCentral at all: the sender's fax didn't complete. RingCentral Admin > Call log for the fax number shows 'Fax receive error' or nothing. Ask the doctor's office for the confirmation sheet; most failures are their side.\n3. Fax line call-forwarding or number porting changes – check the number still routes to the fax extension.",
      ],
      [
        'Outbound failing',
        "'Fax failed: No fax tone', 'Busy', 'No answer', 'Line disconnected': usually the recipient's machine. Retry, confirm the number with the office (1 + 10 digits). Email-to-fax: sender must be the user's registered work address, attachment PDF under 20 MB, cover page text in the subject/body.",
      ],
      [
        'Note',
        'Faxes contain PHI – never forward to personal email; never set auto-forward from intake@ externally.',
      ],
    ],
  ),
  article(
    'ad-riverbend-ricoh-scan',
    'Ricoh IM C3000 – scanning intake packets to folder',
    homeHealth,
    'Riverbend Home Health / Printers & Scanners',
    [
      [
        'Environment',
        'Tigard office: Ricoh IM C3000 MFP. Intake and medical records staff scan referral and consent packets to their personal folder under \\\\RHH-FS01\\Scans\\<username>, then file them into Axxess. Scan-to-email is disabled on purpose (PHI). The copier authenticates to the share as RHH\\svc-ricohscan.',
      ],
      [
        'Symptoms',
        "'Transmission has failed', 'Cannot connect to the destination', 'Authentication with the destination has failed. Check the settings', 'Exceeded max. number of pages' on big packets, the user's name missing from the address book.",
      ],
      [
        'Fix',
        "1. Authentication failed for everyone: svc-ricohscan password expired or was rotated. The account is set to never expire – if someone reset it during the yearly password rotation, put the new password into the Ricoh Web Image Monitor > Device Management > Address Book > each entry's Folder auth, or better, the shared 'SMB Scan' group login (one place). Credentials in Hudu.\n2. One user failing: check \\\\RHH-FS01\\Scans\\<username> exists and svc-ricohscan has Modify. Path in the Ricoh entry must use the server name, not an old IP.\n3. New staff not in the address book: Web Image Monitor > Address Book > Add user > Folder tab, copy from an existing entry.\n4. Big packets failing mid-scan: scan in batches of 100 pages or lower resolution to 200 dpi B&W.\n5. Never switch them to scan-to-email or USB as a workaround.",
      ],
    ],
  ),

  // ───────────────────────── Clear Creek Water District ─────────────────────────
  article(
    'ad-clearcreek-scada-jumpbox',
    'SCADA remote access – CCWD-JUMP01 jump box and VTScada thin client',
    water,
    'Clear Creek Water District / SCADA',
    [
      [
        'Environment',
        'VTScada (Trihedral) runs on SCADA01/SCADA02 in the treatment plant on the isolated OT network. Nobody reaches the SCADA network directly. Operators and the superintendent reach the HMI screens only via the jump box CCWD-JUMP01 (RDP, Duo MFA), from the office network or over GlobalProtect, then open the VTScada Thin Client (browser) from the jump box.',
      ],
      [
        'Symptoms',
        "RDP to CCWD-JUMP01: Duo push doesn't arrive / 'Duo authentication timed out' / 'Access denied. The user is not enrolled'; 'The connection was denied because the user account is not authorized for remote login'; in the thin client 'Server not available' / 'Unable to contact VTScada server SCADA01' or a page with a red Disconnected banner.",
      ],
      [
        'Fix',
        "1. Duo: confirm the user is enrolled in the CCWD Duo tenant (Duo Admin > Users) and the phone is current; send a new activation link for new phones. Duo outage = use Duo bypass code only with superintendent approval, logged.\n2. Not authorized for remote login: user must be in CCWD-SCADA-Remote AD group (superintendent approval required – email in ticket).\n3. Thin client 'Server not available' but plant HMI works locally: the firewall rule JUMP01 -> SCADA01 TCP 443/5780 on the OT firewall may have been dropped, or the VTScada Thin Client Server service on SCADA01 stopped. We can check the firewall; we do NOT touch SCADA01/02 – call the district's SCADA integrator (contact in Hudu).\n4. Jump box itself down: it's a VM on CCWD-HV01 – restart from Hyper-V Manager.\n5. Rules: no software installs, no USB drives, no internet browsing on JUMP01. New user for HMI access = group add + Duo enrolment + VTScada user account (integrator creates the VTScada account).",
      ],
      ['Escalate', 'Operators with no SCADA visibility after hours = P1, page on-call (24x7 contract).'],
    ],
  ),
  article(
    'ad-clearcreek-caselle',
    'Caselle Connect (utility billing) – cannot connect, meter read import',
    water,
    'Clear Creek Water District / Utility billing',
    [
      [
        'Environment',
        'Caselle Connect (Clarity) for utility billing, cash receipting and GL. Server CCWD-APP01 (Caselle services + SQL). Billing clerks run the Caselle Connect client on their PCs. Monthly billing cycle: meter reads exported from Badger Meter BEACON AMA as a CSV, imported into Caselle Utility Management > Meter Reading > Import Readings, then bills printed and e-bills sent.',
      ],
      [
        'Symptoms',
        "'Unable to connect to the Caselle server', 'The Caselle Connect service is not responding', login screen spins, 'Your session has expired'; 'Invalid file format' or 'Route not found' when importing readings; bill print run stuck in queue.",
      ],
      [
        'Fix',
        "1. Cannot connect for everyone: RDP to CCWD-APP01, check services 'Caselle Connect Server' and SQL Server (CASELLE) are running; restart Caselle service. Check disk space on D: (SQL logs).\n2. One PC: client version must match server after Caselle updates – run the updater from \\\\CCWD-APP01\\CaselleClient\\setup.exe as admin.\n3. Import 'Invalid file format': the BEACON export must use the 'Caselle UM' export template (not the default CSV), and don't open/save the file in Excel first – Excel strips leading zeros from account numbers. Re-export from BEACON.\n4. 'Route not found': a new route in BEACON not yet set up in Caselle – billing supervisor sets it up in Caselle.\n5. Caselle application questions (rates, adjustments, posting): Caselle support (client has support contract, number in Hudu) – we handle server, client install and connectivity.",
      ],
      ['Note', 'Billing run days (around the 25th) – treat as P2.'],
    ],
  ),
  article(
    'ad-clearcreek-globalprotect',
    'GlobalProtect VPN (on-call operators & staff laptops)',
    water,
    'Clear Creek Water District / Remote access',
    [
      [
        'Environment',
        'Palo Alto PA-440 at the district office. GlobalProtect portal/gateway vpn.clearcreekwd.org. Only district-owned laptops connect: it checks for the CCWD machine certificate (deployed by Intune) and the user signs in with their district account + Entra MFA (SAML). After connecting, on-call operators RDP to CCWD-JUMP01 for SCADA.',
      ],
      [
        'Errors',
        "- 'GlobalProtect gateway does not respond' / 'Portal does not exist' – no internet, captive portal, or the firewall's WAN down (check PA dashboard). Also seen when the laptop clock is wrong.\n- 'Valid client certificate is required' – laptop missing the CCWD machine cert (loaner/newly imaged laptop, or cert expired). Intune > device > sync; check certlm.msc > Personal for the CCWD-Device cert. Non-district PCs will always get this – by design.\n- 'Authentication failed: Invalid username or password' – use email format; password changed recently = sign out of GlobalProtect (Settings > Sign out) to clear the saved one; check account lockout.\n- Connected but can't reach JUMP01 or drives – user not in GP-Users-Operations group, or split-tunnel route missing.\n- Stuck 'Connecting...' then 'Still working...': restart PanGPS service, or reinstall the GP agent (Intune app).",
      ],
      ['Escalate', 'Firewall/gateway down while the plant is staffed by on-call only = P1.'],
    ],
  ),

  // ───────────────────────── Halvorsen Structural Engineers ─────────────────────────
  article(
    'ad-halvorsen-autodesk',
    'Autodesk (Revit / AutoCAD) licensing and sign-in',
    engineers,
    'Halvorsen Structural / Engineering software',
    [
      [
        'Environment',
        'Named-user subscriptions (AEC Collection for engineers, AutoCAD LT for drafters) in Autodesk Account under the firm\'s team "Halvorsen Structural". Primary admin: the office manager; Cascade Bridge is secondary admin. Products deployed via Autodesk Access. Revit central models on the NAS, Revit 2024 and 2025 both installed (projects pinned to a version).',
      ],
      [
        'Symptoms',
        "'No license available', 'You don't have access to this product', 'Your license has expired or is not valid', 'License Manager is not functioning or is improperly installed' (AutoCAD), Revit opening in viewer mode, sign-in window loops.",
      ],
      [
        'Fix',
        "1. Autodesk Account (manage.autodesk.com) > User Management > the user: are they assigned the product? Seats are limited – unassign from a leaver to free one (with office manager's OK).\n2. In the app: click the user name top right > Sign out, then sign in with the work email (SSO via Entra).\n3. 'License Manager is not functioning': Services > Autodesk Desktop Licensing Service running? Restart it; update/reinstall 'Autodesk Licensing Service' from Autodesk Access. Delete %ProgramData%\\Autodesk\\AdskLicensingService\\*\\LGS.data only if told to by L2.\n4. Licence type wrong ('Multi-user' leftover from old network licences): run AdskLicensingInstHelper change -pk <productkey> -pv <version> -lm USER.\n5. Viewer mode in Revit = licence check failed at start; fix sign-in and restart Revit.\n6. New engineer: office manager assigns seat (or we do with their approval), then install via Autodesk Access.",
      ],
    ],
  ),
  article(
    'ad-halvorsen-forticlient',
    'FortiClient VPN – Portland & Bend',
    engineers,
    'Halvorsen Structural / Remote access',
    [
      [
        'Environment',
        'FortiGate 60F at the Pearl District office, FortiGate 40F at the Bend office with a site-to-site IPsec tunnel between them. Remote staff use FortiClient VPN (free version, SSL-VPN) to vpn.halvorsen-se.com:10443 with Entra SAML login (MFA). Revit central models are on the Portland NAS, so Bend and remote users need VPN for P: (Projects).',
      ],
      [
        'Errors',
        "- 'Credential or SSLVPN configuration is wrong (-7200)' – the connection profile's remote gateway/port is wrong or the SAML option is unticked: re-import the profile (Hudu > FortiClient profile). Also shows for accounts not in the VPN-Users group.\n- 'Unable to establish the VPN connection. The VPN server may be unreachable (-14)' – no internet/captive portal (hotels!), or the home/hotel network blocks 10443. Accept the hotel portal first; tether to a phone as a test.\n- Stuck at 40% / 98% then disconnects – usually DNS/route push or an old FortiClient with Windows 11 24H2. Update FortiClient to 7.2.x+, reboot.\n- 'The server you want to connect to requests identification' cert prompt – normal on first connect after the cert renewal; check the certificate name matches vpn.halvorsen-se.com before accepting.\n- Connected but Revit is very slow / P: slow – expected over home internet for large central models; use Revit Cloud Worksharing projects where possible, or RDP to the office workstation.",
      ],
      [
        'Bend office',
        'Bend users do not use FortiClient in the office; if P: is missing in Bend the site-to-site tunnel is down – check FortiGate IPsec monitor.',
      ],
    ],
  ),
  article(
    'ad-halvorsen-designjet-scan',
    'HP DesignJet T830 MFP – large-format scanning to network folder',
    engineers,
    'Halvorsen Structural / Printers & Scanners',
    [
      [
        'Environment',
        'HP DesignJet T830 36" MFP at the Pearl office – plots drawings and scans large-format sheets (as-builts, marked-up plan sets) to \\\\HSE-NAS01\\Scans\\Plotter via SMB, account HSE\\svc-plotscan. Scan-to-USB as fallback.',
      ],
      [
        'Scan to network folder fails',
        "Front panel 'Cannot connect to network folder', 'Network folder is not accessible', 'Check network settings', or scan seems to work but nothing arrives.\n1. Embedded Web Server (printer IP in Hudu) > Scan to network folder > the destination > Verify. 2. svc-plotscan password changed/expired – update it there (Hudu has current). 3. NAS firmware update re-enabled 'SMB signing required' or disabled SMB2 – the T830 needs SMB2/3 with NTLMv2; check the NAS SMB settings. 4. Use the NAS hostname, not IP, if the NAS moved.",
      ],
      [
        'Scan quality',
        'Vertical lines/streaks or grey bands on scans: clean the scanner glass with the lint-free cloth and then run Scanner calibration (front panel > Settings > Scan > Calibrate scanner, needs the maintenance sheet stored under the scanner lid). Crooked/skewed sheets: use the paper guide, feed face-down, top edge first.',
      ],
    ],
  ),
];
