/**
 * Set AE: a blind labelled KB set, written without reading the search code or any other set.
 * Aire Valley IT Services, a Leeds MSP, keeps its docs in IT Glue: global documents plus per-organisation runbooks.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AE_CLIENTS = {
  ashgrove: 'Ashgrove Sixth Form College Ltd',
  calder: 'Calder Valley Fine Foods Ltd',
  brightside: 'Brightside Opticians Ltd',
  wharfedale: 'Wharfedale Courier Services Ltd',
} as const;

const { ashgrove, calder, brightside, wharfedale } = SET_AE_CLIENTS;

export const SET_AE_ARTICLES: readonly BenchArticle[] = [
  article(
    'ae-outlook-password-prompts',
    "Outlook keeps asking for password / 'Need Password' in status bar",
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'Symptoms',
        "Outlook shows 'Need Password' or 'Disconnected' in the bottom status bar, or a Windows Security / Microsoft sign-in box keeps popping up asking for the password. The user types the correct password and the box comes straight back. Often starts the day after a password change or after MFA was re-registered. Outlook on the web (outlook.office.com) works fine.",
      ],
      [
        'Cause',
        "Outlook authenticates through the Windows Web Account Manager (WAM) broker. When the user's password or MFA changes, the cached token in WAM / Credential Manager goes stale and Outlook keeps retrying with it. Less often: an old profile still pointing at the on-prem Exchange autodiscover record from before the migration.",
      ],
      [
        'Resolution',
        "1. Check the user can sign in at outlook.office.com. If they can't, it isn't Outlook - see the lockout and Conditional Access articles.\n2. Close Outlook, Teams and any other Office apps.\n3. Control Panel > Credential Manager > Windows Credentials. Remove every entry starting MicrosoftOffice16_Data: and any ADAL / SSO_POP_Device entries.\n4. Settings > Accounts > Access work or school. If the work account shows 'Action needed' or 'Fix account', click it and sign in.\n5. Re-open Outlook and sign in when prompted (one MFA prompt is expected).\n6. Still prompting? Create a new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, and set 'Always use this profile' to the new one. Cached mode will re-download the OST - warn the user on big mailboxes.\n7. Do NOT add the old DisableADALatopWAMOverride / ExcludeExplicitO365Endpoint registry keys you'll find on forums; they break modern auth on current builds.",
      ],
      [
        'Escalation',
        "If a new profile on a second PC also prompts, escalate to L2 with the user's sign-in log entries (look for 50126 / 50074 against client app 'Outlook').",
      ],
    ],
  ),
  article('ae-outlook-search', 'Outlook search not returning results', null, 'Microsoft 365 / Outlook', [
    [
      'Symptoms',
      "Search in Outlook returns nothing, or only finds mail from the last few months. Sometimes a yellow bar: 'Search results may be incomplete because items are still being indexed.' or 'We couldn't find what you were looking for.'",
    ],
    [
      'Fix',
      "Quick things first:\n- File > Account Settings > Account Settings > double-click the mailbox > check the 'Download email for the past' slider. If it's 3/6/12 months, older mail is only found by clicking 'More' / 'Search the server'. Drag to All if the disk has room.\n- Search box > Search Tools > Indexing Status. If the count hasn't moved for a day, rebuild: Control Panel > Indexing Options > Advanced > Rebuild. Takes hours - leave the PC on overnight.\n- Make sure Microsoft Outlook is ticked under Indexing Options > Modify.\n- Still nothing: close Outlook and rename the OST so it re-syncs.\nNew Outlook searches the server, so it doesn't have this problem - offer it to the user as an alternative.",
    ],
    ['Author', 'KP. Reviewed January.'],
  ]),
  article(
    'ae-shared-mailbox',
    'Shared mailboxes - access, send as, sent items',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Giving access',
        "Exchange admin centre > Recipients > Mailboxes > pick the shared mailbox > Delegation.\n- Read and manage (Full Access): to open it.\n- Send as: to send as the mailbox address. Send on behalf shows 'X on behalf of Y' - most clients don't want that.\nNeeds approval from the client's authorised contact (see the client's IT Glue contacts) unless the requester is the mailbox owner/manager.\nAutomapping: the mailbox appears in Outlook on its own within about 60 minutes. Restart Outlook. If it never appears, remove and re-add the permission, or add it manually via File > Account Settings > More Settings > Advanced.",
      ],
      [
        'Sent items going to the wrong place',
        "By default a message sent from the shared mailbox lands in the sender's own Sent Items, so colleagues can't see the reply. Fix for the mailbox:\nSet-Mailbox accounts@client.co.uk -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true",
      ],
      [
        'Errors',
        "'554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied' or 'You do not have permission to send the message on behalf of the specified user' = Send As missing or not replicated yet (allow an hour). Also check the From address isn't an old cached autocomplete entry - pick the mailbox from the GAL.\nShared mailboxes over 50 GB, or with an archive, need a licence.",
      ],
    ],
  ),
  article(
    'ae-ndr-codes',
    'Bounce-back (NDR) codes - quick reference',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Overview',
        "When a user forwards a 'Delivery has failed' / 'Undeliverable' / 'Your message couldn't be delivered' email, read the code in the diagnostic section, not the friendly text. The ones we see most:",
      ],
      [
        'Codes',
        "550 5.1.1 / 550 5.1.10 RecipientNotFound - the address doesn't exist at the far end. Check spelling. If the user picked it from autocomplete, remove the suggestion (hover > X) as the cached entry may be stale. If they've emailed the person for years, the other company may have changed domain or removed the mailbox - ask them to phone their contact.\n550 5.7.133 / 5.7.134 'the group only accepts messages from people in its organization or on its allowed senders list' - the sender is external and the Microsoft 365 group / distribution list is internal-only. Admin centre > Teams & groups > group > Settings > 'Allow external senders to email this group'. Needs client approval.\n550 5.7.1 Delivery not authorized / message rejected - the recipient's server or spam filter blocked it. Ask their IT to allow-list us.\n550 5.1.8 Access denied, bad outbound sender - OUR user has been blocked from sending because the account sent spam. Treat as a compromised account (see the containment runbook) before unblocking.\n5.2.2 Mailbox full - the recipient's mailbox, not ours. Nothing we can do.\n5.4.1 Relay access denied - the recipient domain's MX points at a server that doesn't accept mail for it (often after they moved provider).\n4.4.7 Message expired - delayed over 24 h, usually the recipient's server is down. Resend later.\n5.7.708 / 5.7.750 - tenant sending restricted. Escalate to L2 immediately.",
      ],
      ['Tools', 'Exchange admin centre > Mail flow > Message trace. Search by sender, last 10 days.'],
    ],
  ),
  article(
    'ae-mailbox-full',
    'Mailbox nearly full - quotas and archiving',
    null,
    'Microsoft 365 / Exchange Online',
    [
      [
        'Symptoms',
        "'Your mailbox is almost full' emails and an Outlook banner. At the limit the user can't send ('Your mailbox is full') and eventually can't receive - senders get 5.2.2.",
      ],
      [
        'Cause',
        'Business Basic/Standard/Premium mailboxes are 50 GB; E3 is 100 GB. Heavy attachment users (quotes, photos, scanned PDFs) fill them in a few years.',
      ],
      [
        'Fix',
        "1. Check the size: Outlook > File > Tools > Mailbox Cleanup, or EAC > mailbox > Usage.\n2. Emptying Deleted Items is not the answer if they need the mail.\n3. Enable the online archive: EAC > Mailboxes > user > Others > Manage mailbox archive > Enable. Business Standard/Premium includes a 50 GB archive; bigger needs Exchange Online Archiving (Plan 1) - that's a quote.\n4. Apply our retention tag 'AVIT - Move to archive after 2 years'. The Managed Folder Assistant can take up to 7 days; kick it with Start-ManagedFolderAssistant.\n5. The archive appears in Outlook as 'Online Archive - user@...'. Search still covers it.\nDon't tell users to make PST files.",
      ],
    ],
  ),
  article(
    'ae-calendar-permissions',
    'Calendar access for PAs / colleagues',
    null,
    'Microsoft 365 / Outlook',
    [
      [
        'How to',
        "User can do it themselves: Outlook > Calendar > right-click the calendar > Sharing permissions > add person > Can view all details / Can edit / Delegate.\nAdmin via PowerShell:\nAdd-MailboxFolderPermission -Identity md@client.co.uk:\\Calendar -User pa@client.co.uk -AccessRights Editor\nUse Set-MailboxFolderPermission if they already have an entry (error 'An existing permission entry was found').",
      ],
      [
        'Delegates',
        "For a PA who should receive the meeting requests: classic Outlook > File > Account Settings > Delegate Access, or the 'Delegate' level in the new sharing dialog. Set it in one place only - mixing the two causes duplicate invites.",
      ],
      [
        'Errors',
        "'You do not have permission to create an entry in this folder' - they've got Reviewer, not Editor.\n'Cannot open your default e-mail folders' when opening someone's calendar - remove and re-add that calendar in the navigation pane after changing permissions.",
      ],
    ],
  ),
  article(
    'ae-teams-wont-load',
    "Teams won't open - white/blank screen, caa20002, stuck loading",
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Symptoms',
        "New Teams opens to a white or purple blank window, spins forever, or shows 'We've run into an issue' / 'Something went wrong' with codes such as caa20002, caa70004 or caa7000a. Sometimes Teams opens but chats and channels never load.",
      ],
      [
        'Cause',
        'Corrupt local cache after an update, a stale sign-in token, or the device clock being wrong. caa7000a is network (proxy/firewall) rather than the account.',
      ],
      [
        'Resolution',
        "1. Quit Teams fully (right-click the tray icon > Quit).\n2. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. This clears %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.\n3. If classic Teams is still installed, delete %appdata%\\Microsoft\\Teams as well, then uninstall classic Teams - it's no longer supported.\n4. Check the clock and time zone (Settings > Time & language > Sync now).\n5. caa20002 persists: sign out of the work account under Settings > Accounts > Access work or school, sign back in, then open Teams.\n6. Try teams.microsoft.com in Edge. If that fails too, it's the account or licence (check Teams is enabled in the user's licence options).",
      ],
      [
        'Escalation',
        'Several users at the same site at once = likely network/firewall. Raise with L2 network.',
      ],
    ],
  ),
  article(
    'ae-teams-meeting-audio',
    'Teams calls - mic, speaker and camera problems',
    null,
    'Microsoft 365 / Teams',
    [
      [
        'Check first',
        "- In the meeting: More (...) > Settings > Audio settings - make sure the right speaker and mic are selected. Teams often grabs the monitor speakers or the laptop mic after docking.\n- Make a test call: Settings > Devices > Make a test call (Echo).\n- Mute switch on the headset cable vs Teams mute.\n- Windows Settings > Privacy & security > Microphone / Camera > allow desktop apps.\n- 'We can't find a camera' or camera greyed out - another app has it open (Zoom, the Camera app, Dell Optimizer). Close them or reboot. Check the laptop's privacy shutter.\n- Bluetooth headsets: sound goes tinny/robotic when the mic is active because Windows switches to the Hands-Free profile. Use the USB dongle (Jabra Link / Poly BT700) rather than the laptop's own Bluetooth.\n- Jabra Direct / Poly Lens firmware updates fix a lot of headset drop-outs.",
      ],
      [
        "Others can't hear the user",
        "Sound settings > Input - check the level moves. Check Teams 'Noise suppression' isn't on High with a quiet headset. Try a USB port directly on the laptop rather than through the dock.",
      ],
      ['Notes', 'Written for Teams. Teams Rooms devices have their own runbook per client.'],
    ],
  ),
  article(
    'ae-onedrive-sync',
    "OneDrive not syncing (red X, paused, 'Processing changes')",
    null,
    'Microsoft 365 / OneDrive & SharePoint',
    [
      [
        'Symptoms',
        "Red X or red circle on files/folders in File Explorer; the OneDrive cloud icon in the tray shows paused, a red error, or 'Processing changes' for hours; changes made on one PC don't appear on another PC or on the web.",
      ],
      [
        'Causes',
        '- OneDrive signed out (password/MFA change)\n- File open in another app or locked\n- File names with characters like " * : < > ? | or starting with ~$\n- Full path longer than 400 characters (deep SharePoint folders)\n- OneDrive storage (1 TB) or local disk full\n- Sync paused by battery saver or a metered connection',
      ],
      [
        'Resolution',
        "1. Click the cloud icon and look at the error list ('View sync problems').\n2. Sign in if prompted.\n3. Rename offending files / shorten paths.\n4. Resume syncing.\n5. Stuck: Win+R > %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again. Nothing is deleted; it re-checks everything and can take a while.\n6. Last resort: Settings > Account > Unlink this PC, then set it up again.",
      ],
      [
        'Notes',
        "Synced SharePoint libraries (the 'Sync' button) behave the same. Prefer 'Add shortcut to My files' for new ones. Don't sync libraries with more than 300k items.",
      ],
    ],
  ),
  article('ae-mapped-drives', 'Network drives missing (S:, H:, etc.)', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      "Drive letter missing from This PC, or shown with a red X / 'Disconnected', or 'An error occurred while reconnecting S: to \\\\FS01\\Shared - The network path was not found' at logon.",
    ],
    [
      'Cause',
      "Clients still on file servers have drives mapped by Group Policy (Drive Maps, targeted by security group) at logon. They won't map if the PC wasn't on the office network or VPN at logon, the user isn't in the right group, or the server is down. Clients moved to SharePoint may have had their 'S drive' replaced by a synced library - see the OneDrive doc.",
    ],
    [
      'Fix',
      "1. In the office? Check the server is up in the RMM. If everyone has lost it, it's the server - escalate.\n2. Working from home? Connect the VPN first, then run gpupdate /force and log off/on, or just double-click the drive.\n3. Check group membership (ADUC > user > Member Of). New membership needs a log off/on.\n4. Map it by hand while you investigate: net use S: \\\\FS01\\Shared /persistent:yes\n5. Red X but it opens when clicked - cosmetic, Windows reconnects on access.",
    ],
  ]),
  article(
    'ae-office-unlicensed',
    "'Unlicensed Product' / 'Account error' in Word, Excel, Outlook",
    null,
    'Microsoft 365 / Licensing',
    [
      [
        'Symptoms',
        "Red or yellow bar in the Office apps: 'UNLICENSED PRODUCT - Most features of Word have been disabled because it hasn't been activated', 'Account error - There's a problem with your account', 'Product Deactivated', or 'Your account doesn't allow editing on a PC'. Documents open read-only.",
      ],
      [
        'Cause',
        '- Licence removed or changed (e.g. moved to Business Basic, which has no desktop apps)\n- Signed into Office with a personal Microsoft account or a different work account\n- More than 5 PCs activated on the licence\n- Corrupt licensing cache after a rename or reimage',
      ],
      [
        'Resolution',
        '1. Microsoft 365 admin centre > user > Licences and apps: they need a licence with desktop apps (Business Standard/Premium, E3, Apps for business).\n2. Word > File > Account: sign out of every account listed, close all Office apps, reopen and sign in with the work account.\n3. Too many installs: the user can sign out old PCs at myaccount.microsoft.com > Office apps > Devices.\n4. Still failing: close Office, delete %localappdata%\\Microsoft\\Office\\16.0\\Licensing and the Credential Manager entries starting MicrosoftOffice16, then reopen.\n5. Shared PCs (reception, line PCs) use Shared Computer Activation - check the policy is applied.',
      ],
      [
        'Buying licences',
        "Extra licences go through the account manager - don't buy on a card in the portal.",
      ],
    ],
  ),
  article('ae-mfa-new-phone', 'New phone - moving Microsoft Authenticator', null, 'Identity / MFA', [
    [
      'Before you do anything',
      'Verify the caller. Ring them back on the number in the PSA contact record or confirm with their manager. Never reset MFA just because someone asks by phone or email - this is how accounts get taken over.',
    ],
    [
      'Still has the old phone',
      "User goes to https://aka.ms/mysecurityinfo on a PC, signs in (approving on the old phone), Add sign-in method > Authenticator app, scans the QR code with the new phone. Then delete the old phone's entry.",
    ],
    [
      'Lost / broken / wiped old phone',
      "1. Entra admin centre > Users > user > Authentication methods.\n2. 'Require re-register multifactor authentication' and delete the old Authenticator and phone entries.\n3. Create a Temporary Access Pass (1 hour, one-time use) and give it to the user over the phone.\n4. User signs in at aka.ms/mysecurityinfo with the TAP and sets up Authenticator on the new phone.\n5. Check they can approve a sign-in (number matching).",
    ],
    [
      'Notes',
      'iCloud/Google backup of Authenticator does NOT bring work accounts across properly - they still need re-registering. The Outlook and Teams apps on the new phone will need signing in too.',
    ],
  ]),
  article(
    'ae-mfa-unexpected-prompts',
    "User receiving sign-in approval requests they didn't make",
    null,
    'Identity / MFA',
    [
      [
        'Symptoms',
        "The user's phone keeps getting Authenticator notifications - 'Approve sign-in?' / 'Are you trying to sign in?' with a number to enter - when they aren't signing in to anything. Sometimes several in a row, sometimes in the middle of the night.",
      ],
      [
        'Cause',
        "Two possibilities and you MUST work out which:\n(a) Somebody else has the user's password and is trying to get past MFA by spamming prompts (MFA fatigue). Most common after a phishing email.\n(b) An old device of the user's (old phone with Outlook, a second PC) is still trying to sign in with a stale session.",
      ],
      [
        'Resolution',
        "1. Tell the user to press Deny / 'No, it's not me' and never approve a prompt they didn't start.\n2. Entra admin centre > Sign-in logs > filter on the user, last 24 h. Look at IP, location and result (50074 MFA required, 500121 MFA denied).\n3. Foreign or unknown IP that got past the password (interrupted at MFA) = the password is compromised. Go straight to the compromised account runbook: reset password, revoke sessions.\n4. IP is the client's office or the user's home broadband = find the device (Device info column) and sign it out.\n5. 'No, it's not me' denials show as fraud reported and may block the account automatically - unblock after the reset.",
      ],
      [
        'Escalation',
        'Any confirmed (a) is a security incident - notify the client contact and log as P2 minimum.',
      ],
    ],
  ),
  article('ae-sspr', 'Password reset - self-service', null, 'Identity / Passwords', [
    [
      'How users do it',
      "Users can reset their own password (and unlock themselves) at https://aka.ms/sspr (passwordreset.microsoftonline.com), or from the 'Reset password' link on the Windows sign-in screen on Entra-joined laptops.\nThey need two methods registered (Authenticator + mobile number) at aka.ms/mysecurityinfo. New starters are prompted at first sign-in.\nHybrid clients: password writeback is on, so the new password works on office PCs and the VPN within a minute or so.",
    ],
    [
      'Common problems',
      "'You can't reset your password because you haven't registered for password reset' / 'Your account isn't enabled for password reset' - not in the SSPR-Enabled group or no methods registered. Add them to the group, reset it for them this time and get them to register.\n'The password does not meet the password policy' - 12 characters minimum, can't reuse the last 5, no banned words (company name, 'Password', season + year).\nReset worked but the laptop still wants the old password - they're off the network. Connect to VPN/office and lock/unlock, or sign in once with the old password while connected.",
    ],
  ]),
  article(
    'ae-account-lockout',
    'Account locked out - AADSTS50053 and AD lockouts',
    null,
    'Identity / Lockouts',
    [
      [
        'Symptoms',
        "Cloud: 'Your account is locked. You've tried to sign in too many times with an incorrect user ID or password.' (AADSTS50053). On-prem domain: 'The referenced account is currently locked out and may not be logged on to.' at Windows logon. Often comes back every morning or every few hours after being unlocked.",
      ],
      [
        'Cause',
        'Entra smart lockout locks after 10 bad attempts (60 s, growing). Repeat lockouts are almost always a device still using an OLD password: phone mail app, a second laptop, a mapped drive with saved credentials, a Wi-Fi profile, a scheduled task or service. Can also be an attacker guessing - check the IPs.',
      ],
      [
        'Resolution',
        "1. Cloud lockout: wait 15 minutes, or reset the password. Check the sign-in logs for the failing IP/app (50053 locked, 50126 bad password).\n2. AD: ADUC > user > Account tab > Unlock. Find the source on the PDC emulator: Event Viewer > Security > Event ID 4740 shows 'Caller Computer Name'. Or run LockoutStatus.exe.\n3. Go to that device and clear the old credential (Credential Manager, phone mail account, forget the Wi-Fi).\n4. Unknown foreign IPs hammering the account: compromised account runbook, and consider a Conditional Access block.\n5. Don't just keep unlocking it - find the cause.",
      ],
    ],
  ),
  article(
    'ae-conditional-access',
    'AADSTS53003 / AADSTS53000 - access blocked by policy',
    null,
    'Identity / Conditional Access',
    [
      [
        'Symptoms',
        "Sign-in page says 'You cannot access this right now - Your sign-in was successful but does not meet the criteria to access this resource' (AADSTS53003), or 'Your device is required to be managed to access this resource' / 'Help us keep your device secure' (AADSTS53000), or 53001 'device must be hybrid Azure AD joined'.",
      ],
      [
        'Cause',
        'Our baseline Conditional Access policies: (1) block sign-in from outside the UK unless the user is in CA-Travel-Exclusion; (2) require a compliant (Intune) device for SharePoint/OneDrive/desktop apps; (3) require approved apps (Outlook) on phones.',
      ],
      [
        'Resolution',
        "1. Sign-in logs > the failure > Conditional Access tab shows which policy blocked it.\n2. Travelling abroad: needs approval from the client's authorised contact. Add the user to CA-Travel-Exclusion with an end date and set a reminder to remove them. Note the country in the ticket.\n3. Device not compliant: on the laptop open Company Portal > Devices > this device > Check status. Usual reasons: BitLocker off, Windows build too old, Defender real-time protection off, not synced for 30+ days. Fix the reason, then Sync in Company Portal; compliance can take 15-30 minutes to update.\n4. Personal PC: blocked by design - they use the browser (web-only) or a work laptop.\n5. Don't exclude users from the policy to 'get them working'. Escalate to L2 if unclear.",
      ],
    ],
  ),
  article('ae-wifi', 'Wireless issues', null, 'Networking / Wi-Fi', [
    [
      'Checklist',
      "- One device or everyone? Everyone = check the UniFi/Meraki dashboard for the APs and the internet link.\n- Staff SSID is certificate-based (WPA2-Enterprise, cert pushed by Intune). A laptop that's been off the network for months, or was reset, may not have the cert - sync Company Portal on a cable or guest Wi-Fi, then retry. Error: 'Can't connect to this network'.\n- 'No internet, secured' on one laptop: forget the network, toggle Wi-Fi, check it got an IP (ipconfig - 169.254 means no DHCP, see that doc). Disable/re-enable the adapter.\n- Laptop dropping Wi-Fi: update the Intel wireless driver with the vendor update tool; untick 'Allow the computer to turn off this device to save power'.\n- Weak signal in a new room/extension - needs a survey and extra AP. That's a quote; pass to the account manager.\n- Guest Wi-Fi: vouchers from the UniFi hotspot manager - client admins have a login.",
    ],
    [
      "Phone connects but laptop won't",
      "Phones usually join guest - check which SSID. The staff SSID is hidden at some clients; see the client's network asset.",
    ],
  ]),
  article(
    'ae-forticlient-vpn',
    'FortiClient VPN errors (-14, -12, -7200, stuck at 98%)',
    null,
    'Networking / Remote access',
    [
      [
        'Symptoms',
        "- 'Unable to establish the VPN connection. The VPN server may be unreachable. (-14)'\n- 'Credential or SSLVPN configuration is wrong (-7200)' / 'Unable to logon to the server. Your user name or password may not be configured properly for this connection. (-12)'\n- Connection sits at 98% then drops\n- Connects but can't reach the file server / drives",
      ],
      [
        'Resolution',
        "-14: the user's internet, or a network blocking port 443/10443 (hotels, trains, some public Wi-Fi). Try a phone hotspot. If nobody can connect, check the FortiGate and its WAN.\n-12 / -7200: wrong username format (use the email address on SAML connections) or password expired/changed - test at portal.office.com. On SAML (Entra) connections the MFA prompt opens in the FortiClient window - make sure they approve it.\n98%: the Fortinet virtual adapter is broken. Run the FortiClient repair, or uninstall, reboot and install the version from our software repo (7.2.x - NOT the free VPN-only client from the website). Also happens when another VPN (NordVPN etc.) is installed.\nConnected but no drives: DNS - check ipconfig /all shows the internal DNS on the fortissl adapter; ipconfig /flushdns; then see the network drives doc.",
      ],
    ],
  ),
  article(
    'ae-dns-websites',
    'Some websites not loading - DNS_PROBE_FINISHED_NXDOMAIN',
    null,
    'Networking / DNS',
    [
      [
        'Symptoms',
        "Browser shows 'This site can't be reached - DNS_PROBE_FINISHED_NXDOMAIN' or Edge 'Hmm... can't reach this page - server IP address could not be found'. Other sites fine. Sometimes one PC, sometimes the whole office for one site.",
      ],
      [
        'Fix',
        "1. Try it from a phone on 4G - if it doesn't load there either, the website is down or its domain has lapsed; nothing for us to fix.\n2. One PC: ipconfig /flushdns, then nslookup site.com. Check the DNS servers in ipconfig /all are the DC/firewall, not something odd (malware, or a user-set 8.8.8.8 that breaks internal names).\n3. Whole site: check the DC's DNS service and forwarders; check the DNSFilter dashboard - the domain may be blocked as newly seen or a threat category (that block page looks different - see the web filter doc).\n4. Internal names not resolving over VPN - see the FortiClient doc.\n5. Check the hosts file (C:\\Windows\\System32\\drivers\\etc\\hosts) for leftover entries.",
      ],
    ],
  ),
  article('ae-dhcp-apipa', 'PC has 169.254.x.x address - no network', null, 'Networking / DHCP', [
    [
      'Symptoms',
      "Network icon shows a globe / 'No internet access' / 'Unidentified network'. ipconfig shows an IPv4 address of 169.254.x.x (APIPA) - the PC never got an address from DHCP.",
    ],
    [
      'Causes and fixes',
      '1. Cable/port: check the link light, try another wall port or cable. Desk phones with passthrough - cable in the wrong port.\n2. ipconfig /release then ipconfig /renew.\n3. Several PCs at once: DHCP server problem. Check the scope on the DC (DHCP console) or the FortiGate (Network > Interfaces > DHCP). A full scope is common after guest devices land on the staff VLAN or a batch of new kit - look at the lease count. Short term: delete stale leases. Proper fix: 1-day lease time or a wider scope (L2 change).\n4. DHCP Server service stopped on the DC - start it and find out why (disk full?).\n5. Rogue DHCP: someone plugged in a home router - leases from an unexpected range (192.168.1.x). Find it and remove it.',
    ],
  ]),
  article('ae-web-filter', "'Web Page Blocked' - unblocking a site", null, 'Networking / Firewall', [
    [
      'What the user sees',
      "FortiGuard block page: 'Web Page Blocked! You have tried to access a web page that is in violation of your Internet usage policy. Category: ...' with the URL and category.",
    ],
    [
      'Procedure',
      "1. Get the full URL and the category shown.\n2. Business false positive (supplier site categorised as 'Newly Registered Domain', 'Unrated', 'Malicious Websites'): check it on VirusTotal / FortiGuard lookup. If clean, add to the client's 'Allow-URLs' static URL filter and submit a recategorisation request to FortiGuard.\n3. Category changes (social media, video streaming, games) need approval from the client's authorised contact. Schools: the DSL (safeguarding lead) must approve anything on student networks; staff network is separate.\n4. Never disable web filtering for a whole PC or user to get one site working.\n5. Certificate errors ('Your connection isn't private') only on filtered sites = deep inspection and the Fortinet CA missing from the device. Check the Intune certificate profile.",
    ],
  ]),
  article(
    'ae-broadband-outage',
    'Site offline - internet/broadband outage',
    null,
    'Networking / Connectivity',
    [
      [
        'Symptoms',
        'Whole site or branch has no internet: nobody can get email, web or Teams; VoIP phones show No Service; the RMM shows every agent at the site went offline in the same minute.',
      ],
      [
        'Resolution',
        "1. Confirm in the RMM that all devices dropped at once. Check the FortiGate in our monitoring.\n2. Ask someone on site: is there power in the building? Router lights - BT Smart Hub / Openreach ONT: a red LOS or no PON light = line fault.\n3. Power-cycle the ISP router (not the firewall first) and wait 5 minutes.\n4. Check the ISP status page / provider portal for area faults.\n5. Log a fault with the ISP - circuit ID and ISP details are in the client's IT Glue 'Internet' asset. Get a reference and the SLA time.\n6. If the site has 4G failover, confirm it took over (phones may still be down - SIP isn't on failover at most sites).\n7. Tell the client contact what's happening and when you'll update them (at least hourly).\n8. Whole site down = P1 (see escalation doc).",
      ],
      [
        'Escalation',
        'Openreach visit needed - the ISP arranges it; the client must provide access. Outage over 4 hours: discuss mobile hotspots.',
      ],
    ],
  ),
  article(
    'ae-remote-desktop',
    "Remote Desktop (RDP) to an office PC - can't connect",
    null,
    'Networking / Remote access',
    [
      [
        'Symptoms',
        "- 'Remote Desktop can't connect to the remote computer for one of these reasons: 1) Remote access to the server is not enabled 2) The remote computer is turned off 3) The remote computer is not available on the network'\n- 'An authentication error has occurred. The function requested is not supported' (CredSSP)\n- 'Your credentials did not work'\n- 'The remote computer requires Network Level Authentication'",
      ],
      [
        'Resolution',
        "1. The VPN must be connected first (FortiClient). RDP isn't published to the internet.\n2. Office PC off or asleep: wake it from the RMM (Wake-on-LAN) or ask someone in the office. Set the power plan so it doesn't sleep on mains.\n3. Use the full computer name from the asset label / IT Glue (e.g. CVF-PC-014), not an IP.\n4. 'Your credentials did not work' on Entra-joined PCs: username must be AzureAD\\user@domain.co.uk, and the user must be in the PC's Remote Desktop Users group (Intune policy).\n5. CredSSP 'function requested is not supported': one end is unpatched. Update both PCs.\n6. Slow/laggy: check home broadband; lower colour depth under Show Options > Display.",
      ],
    ],
  ),
  article('ae-windows-update', 'Windows Update failing - common error codes', null, 'Endpoints / Patching', [
    [
      'Symptoms',
      "Update history shows failures with codes like 0x800f0922, 0x80070002, 0x8024a105, 0x80073712, 0x800f081f. PC shows 'We couldn't complete the updates. Undoing changes' at restart, or sits on 'Working on updates 30%' for ages. RMM patch report shows the device failed or pending reboot for days.",
    ],
    [
      'Background',
      "We patch through the RMM in rings: Pilot (our own and a few client PCs) the Wednesday after Patch Tuesday, Broad the following Monday 12:30 with a deadline restart at 18:00. Some clients have devices excluded from normal patching - always check the client's runbooks before forcing updates.",
    ],
    [
      'Fixes by code',
      "0x800f0922 - often the VPN was connected during install, or the System Reserved / recovery partition is too small. Disconnect VPN and retry; for WinRE updates follow Microsoft's partition resize steps (L2).\n0x80070002 / 0x8024a105 - corrupt download. Stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution, start them, retry.\n0x80073712 / 0x800f081f - component store corruption. DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow, restart, retry.\nStuck on 'Working on updates' over 2 h: hard power off once; it will roll back. If it loops, boot to WinRE > Uninstall Updates > latest quality update.",
    ],
    [
      'Escalation',
      'Three failed attempts after the above: L2. Feature update failing: in-place upgrade from ISO.',
    ],
  ]),
  article('ae-slow-pc', 'Slow PC - triage checklist', null, 'Endpoints / Performance', [
    [
      'Checklist',
      "[ ] When did it start? After an update or new software?\n[ ] Uptime - Task Manager > Performance > CPU > Up time. Fast Startup means shutting down doesn't reset it. Restart properly.\n[ ] Task Manager: CPU / memory / disk. Disk at 100% on a hard disk = needs an SSD (quote). Memory constantly over 90% on 8 GB with Teams + Chrome = RAM upgrade or new machine.\n[ ] Startup apps (Task Manager > Startup apps) - disable junk.\n[ ] Defender full scan running? It'll be slow for an hour.\n[ ] OneDrive syncing a huge library?\n[ ] Less than 10% disk free - Storage Sense, clear Downloads/Temp.\n[ ] SMART status / Dell SupportAssist hardware test.\n[ ] Browser with 40 tabs open...\n[ ] Machine over 5 years old - recommend replacement, tell the account manager.\nIf only one application is slow (Sage, a practice system etc.) see that application's runbook - it's usually the server or network, not the PC.",
    ],
  ]),
  article('ae-bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Endpoints / Security', [
    [
      'Symptoms',
      "Laptop boots to a blue screen 'BitLocker recovery - Enter the recovery key for this drive' asking for a 48-digit key and showing a Key ID (e.g. 'Recovery key ID: 3F2A1B9C...').",
    ],
    [
      'Cause',
      'The TPM saw a change in the boot chain: BIOS/firmware update (Dell/HP update tools), boot order change, booting while docked on a USB-C dock, TPM cleared, motherboard replaced. A one-off after a BIOS update is normal.',
    ],
    [
      'Resolution',
      "1. Verify the user (call back on the number in the PSA).\n2. Find the key: Entra admin centre > Devices > All devices > device > BitLocker keys, or Intune > Devices > device > Recovery keys. Match the first 8 characters of the Key ID on the screen. Older on-prem machines: ADUC > computer object > BitLocker Recovery tab.\n3. Read it to the user in groups of 6 digits. Never email or Teams it.\n4. Once in Windows, get them to restart once to check it doesn't ask again.\n5. If it keeps asking: suspend and resume protection (manage-bde -protectors -disable C: then -enable C:), check for a pending BIOS update, undock at boot.\n6. Key not found anywhere = data lost; the drive needs wiping and an Autopilot reset. Escalate to L2 before telling the user.",
    ],
    ['Notes', 'The key is rotated automatically by Intune after it has been used.'],
  ]),
  article('ae-bsod', 'Blue screen crashes (stop codes)', null, 'Endpoints / Windows', [
    [
      'Symptoms',
      "PC restarts with ':( Your device ran into a problem and needs to restart' and a stop code: CRITICAL_PROCESS_DIED, DRIVER_IRQL_NOT_LESS_OR_EQUAL, MEMORY_MANAGEMENT, PAGE_FAULT_IN_NONPAGED_AREA, KERNEL_SECURITY_CHECK_FAILURE, WHEA_UNCORRECTABLE_ERROR. (If it's asking for a recovery key, that's BitLocker, not a crash.)",
    ],
    [
      'Resolution',
      '1. Get the stop code (photo from the user, or Event Viewer > System > BugCheck event 1001).\n2. Copy C:\\Windows\\Minidump\\*.dmp and open with WinDbg (!analyze -v) or BlueScreenView to find the driver.\n3. Update drivers and BIOS with Dell Command Update / HP Image Assistant / Lenovo Vantage - display, network and dock drivers are the usual suspects.\n4. Started after a Windows update: uninstall it and pause updates on that device; note it in the ticket.\n5. MEMORY_MANAGEMENT / WHEA: Windows Memory Diagnostic and the vendor hardware test; likely hardware - warranty job.\n6. CRITICAL_PROCESS_DIED: sfc /scannow and DISM RestoreHealth.',
    ],
    ['Escalation', 'Repeated crashes with current drivers: L2. In warranty: log with the vendor.'],
  ]),
  article('ae-printer-queue', "Printing - stuck jobs, 'Offline', 0x0000011b", null, 'Endpoints / Printing', [
    [
      'Symptoms',
      "Printer shows 'Offline' on one or more PCs while the printer itself is fine; jobs sit in the queue with 'Error - Printing' or 'Deleting'; 'Windows cannot connect to the printer. Operation failed with error 0x0000011b' (or 0x00000709) when adding a shared printer.",
    ],
    [
      'Resolution',
      "1. Can others print? If nobody can, check the printer's display (jam, no toner shows as offline on some) and that its IP still pings.\n2. Printer IP changed (DHCP): the port on the PCs/print server points at the old IP. Reserve the IP in DHCP and update the port (Printer properties > Ports). Avoid WSD ports - they go offline randomly; use Standard TCP/IP.\n3. Clear the queue: services.msc > Print Spooler > Stop; delete everything in C:\\Windows\\System32\\spool\\PRINTERS; Start.\n4. 0x0000011b / 0x00000709 when connecting to a print server share: the PrintNightmare RPC hardening. Deploy the driver via Intune/GPO (Point and Print approved servers) instead of the user adding it; don't revert the registry fix.\n5. Universal Print clients: check the printer shows online in the Universal Print portal and the connector service is running.\n6. Adding a printer for a user: Settings > Bluetooth & devices > Printers & scanners > Add device, or from the print server.",
    ],
    [
      'Notes',
      "Specialist printers (label printers, NHS form printers, print management) - see the client's own runbook.",
    ],
  ]),
  article(
    'ae-scan-to-email',
    'Copier scan to email / scan to folder not working',
    null,
    'Endpoints / Printing',
    [
      [
        'Symptoms',
        "The MFD (Kyocera, Ricoh, Canon, Sharp) shows 'Send error', 'Failed to send', 'Authentication error' or 'SMTP connection error' when scanning to email. Scan to folder: 'Failed to connect to the destination' / 'Login error'.",
      ],
      [
        'Cause',
        "Email: Microsoft has turned off SMTP AUTH (basic auth) on most tenants - the copier gets '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant' - or the scanner mailbox's password changed. Folder: the scan account's password changed, the share moved, or the copier only speaks SMBv1.",
      ],
      [
        'Resolution',
        "Email:\n1. Preferred: SMTP relay connector - Exchange admin centre > Mail flow > Connectors, from 'Your organization's email server', restricted to the office static IP. Copier sends to <tenant>.mail.protection.outlook.com port 25 with no authentication.\n2. Alternative: an SMTP2GO account from our reseller panel.\n3. Change the settings on the copier's web page (admin password in IT Glue under the client's Printers asset).\nFolder:\n1. Check the 'scanner' AD account isn't locked or expired; its password is in IT Glue.\n2. The copier must support SMB2/3 - old ones need a firmware update from the copier company. Don't enable SMBv1 on the server.\nCopier hardware faults and toner are the copier lease company, not us.",
      ],
    ],
  ),
  article('ae-dock-monitors', 'Docking station / second screen not working', null, 'Endpoints / Hardware', [
    [
      'Symptoms',
      "Laptop plugged into the dock (Dell WD19S/WD22TB4, HP USB-C G5, Lenovo USB-C) and one or both monitors stay black / 'No signal'; monitors flicker; keyboard and mouse on the dock don't work; 'Slow charger' warning.",
    ],
    [
      'Steps',
      "1. Unplug the dock's power for 30 seconds (not just the laptop cable), plug back in, then connect the laptop.\n2. Win+P > Extend.\n3. Settings > Display > Detect. Check the monitor's input source button.\n4. Use the dock's own USB-C/Thunderbolt cable, not a phone charger cable.\n5. Update dock firmware and laptop BIOS/graphics driver (Dell Command Update handles WD19/WD22 firmware).\n6. Two screens daisy-chained off one DisplayPort (MST) won't work on some laptops - give each screen its own port.\n7. Hot desks: if another laptop works on the same desk it's the laptop; if not, swap the dock for a spare.\n8. DisplayLink docks (older StarTech/Targus) need the DisplayLink driver.",
    ],
    [
      'Notes',
      'Being docked at boot can trigger BitLocker recovery after a BIOS update - see the BitLocker doc.',
    ],
  ]),
  article('ae-autopilot', 'Autopilot / Intune enrolment errors', null, 'Endpoints / Intune', [
    [
      'Symptoms',
      "During setup (OOBE) or when adding a work account: 'Something went wrong' with error codes 0x80180014, 0x80180018, 0x801c03ed, 0x800705b4 or 0x81036502, or 'Your account was not set up on this device because device management could not be enabled'.",
    ],
    [
      'By code',
      "0x80180014 - blocked by enrolment restrictions, or the device still exists in Intune from a previous enrolment. Delete the old Intune device record (not the Autopilot record), then Retry.\n0x80180018 - the user has no Intune licence (Business Premium / EMS). Assign it and wait 15 minutes.\n0x801c03ed - 'Device is not allowed to join' - the Entra device object was deleted or the hardware hash isn't registered. Check Autopilot devices; re-import the hash (Get-WindowsAutopilotInfo -Online).\n0x800705b4 - Enrollment Status Page timed out, usually a big app (Office, Adobe) still downloading on slow broadband. Let it finish or press 'Continue anyway' if allowed; check the app install status in Intune.\n0x81036502 - an ESP blocking app failed to install. Intune > device > Managed apps shows which; fix the app, then Autopilot Reset.\n'device management could not be enabled' - MDM user scope; the user isn't in the MDM group.",
    ],
    [
      'General',
      'Set devices up on a normal wired connection, not a captive-portal guest Wi-Fi. Keep the Autopilot group tag per client (AVIT-<client code>).',
    ],
  ]),
  article(
    'ae-yealink-phones',
    "Desk phone not working - 'No Service' / 'Network Unavailable'",
    null,
    'Telephony',
    [
      [
        'Symptoms',
        "Yealink T4x/T5x handset shows 'No Service', 'Network Unavailable', 'Registration failed' or a red account icon; no dial tone; or calls connect but one side can't hear the other.",
      ],
      [
        'Fix',
        '1. Only one phone? Check the cabling: the wall/network cable goes in the port marked Internet (globe icon), the PC goes in the port marked PC. They get swapped after desk moves and cleaning.\n2. Powered by PoE - if the screen is blank, try another wall port or the power adapter.\n3. Restart the phone: unplug power, or hold X for 10 seconds.\n4. Check the device in the hosted VoIP portal - registered? If not, re-provision (factory reset from the portal; it auto-provisions from the MAC).\n5. All phones at a site: check the internet (see the site offline doc).\n6. One-way audio or calls dropping after 30 seconds: SIP ALG is on in the router/firewall. Turn it off (FortiGate: config system settings > set sip-helper disable, default-voip-alg-mode kernel-helper-based).',
      ],
      [
        'Not covered here',
        'Call flows, hunt groups, out-of-hours messages and new numbers: raise a change for the telephony team.',
      ],
    ],
  ),
  article('ae-mobile-email', 'Email on work or personal mobiles', null, 'Microsoft 365 / Mobile', [
    [
      'Policy',
      "We only support the Outlook app (and Teams) for company email on phones. The built-in iPhone Mail / Samsung Email apps are blocked by Conditional Access - the account just won't verify, or 'Access denied'.",
    ],
    [
      'Setup',
      '1. Install Microsoft Authenticator (iPhone needs it as the broker) and Microsoft Outlook from the App Store / Play Store.\n2. Open Outlook, add the work email, approve MFA.\n3. App protection policy kicks in: the user sets a 6-digit PIN (or Face ID).\n4. Company-owned phones: enrol in Intune via Company Portal (Android Enterprise fully managed / Apple Business Manager for iPhones we supplied).',
    ],
    [
      'Common messages',
      "- 'Your organization's data cannot be pasted here' - by design: copy/paste from Outlook into personal apps (WhatsApp etc.) is blocked by the app protection policy.\n- 'Your IT administrator requires you to install the Microsoft Authenticator app' - install it; no need to add the account inside it.\n- New phone: repeat the steps. The old phone's work data is wiped selectively when it's removed.",
    ],
  ]),
  article(
    'ae-sage50',
    "Sage 50 Accounts - 'cannot connect' / data service errors",
    null,
    'Line of business / Sage',
    [
      [
        'Symptoms',
        "Sage 50 Accounts (v29-v32) won't open the company, or shows: 'The Sage 50 Accounts Data Service is not running', 'Unable to connect to the Sage Data Service', 'The company data could not be found' / data path errors, or 'Logon name already in use' for a user who isn't logged in.",
      ],
      [
        'Cause',
        "Sage 50 keeps company data in ACCDATA on the file server, and each PC (and the server) runs 'Sage 50 Accounts Data Service vXX'. After a server restart, a Windows update, or a Sage update on only some PCs, the service stops or the versions mismatch. The data path breaks when the mapped drive isn't there.",
      ],
      [
        'Resolution',
        "1. Check the server is up and the Sage share opens from the PC.\n2. On the SERVER, then the PC: services.msc > 'Sage 50 Accounts Data Service vXX' > Restart. Startup type Automatic.\n3. Check every PC is on the same Sage version as the server (Help > About). Update the odd one out - Sage won't open data from a mismatched version.\n4. Data path: Sage 50 > File > Open > change the data path to \\\\SERVER\\Sage\\Company.000\\ACCDATA (UNC, not a drive letter).\n5. 'Logon name already in use': get everyone out of Sage, then on the server delete QUEUE.DTA in ACCDATA (nothing else!).\n6. The server's Windows Firewall must allow the Sage data service (re-run the Sage Data Service installer if the rules are missing).",
      ],
      [
        'Escalation',
        "Data corruption ('Check Data' errors): don't run Fix without a backup; log with Sage support using the client's Sage cover account number (IT Glue).",
      ],
    ],
  ),
  article('ae-xero', 'Xero - two-step authentication and bank feeds', null, 'Line of business / Xero', [
    [
      'Who owns what',
      "Xero is the client's own subscription - we don't hold Xero logins and can't reset another user's two-step authentication. The subscriber or an adviser user manages users.",
    ],
    [
      'Lost phone with Xero Verify / authenticator app',
      "On the Xero login, after the password, click 'Can't use your authentication app?' and use a backup code, or follow 'Lost your device?' - Xero emails a link and asks the security questions. If that fails the user contacts Xero Support from that page. Set up Xero Verify on the new phone afterwards (Account > Security).",
    ],
    [
      'Bank feed stopped',
      "Under Open Banking the bank's consent expires every 90 days. The dashboard shows 'Reconnect' / feed paused. The person who owns the bank login must click Reconnect and sign in to the bank. Nothing to do with the PC or network.",
    ],
  ]),
  article(
    'ae-acrobat',
    'Adobe Acrobat - sign-in prompts, licences, default PDF app',
    null,
    'Line of business / Adobe',
    [
      [
        'Symptoms',
        "Acrobat keeps asking the user to sign in; 'Your trial has expired' / 'Sign in to continue'; Combine Files and Edit PDF greyed out; PDFs opening in Edge instead of Acrobat.",
      ],
      [
        'Licences',
        "Acrobat Pro is licensed per named user in the client's Adobe Admin Console (we're admins for most clients; login in IT Glue). Check the user has an Acrobat Pro product profile. None spare = a purchase, via the account manager. Reader (free) can't edit or combine - that's expected.",
      ],
      [
        'Sign-in loop',
        "1. Help > Sign Out; close Acrobat and Creative Cloud.\n2. Sign in with the work email and choose 'Company or School Account'.\n3. Still looping: delete %localappdata%\\Adobe\\OOBE and restart.\n4. 'Trial expired' with a licence assigned = signed in with a personal Adobe ID. Sign out and back in with the right one.",
      ],
      [
        'Default app',
        "Settings > Apps > Default apps > .pdf > Adobe Acrobat. Edge tends to grab it back after feature updates; we push the default via Intune for most clients. Or Acrobat > Edit > Preferences > General > 'Make Acrobat my default PDF handler'.",
      ],
    ],
  ),
  article('ae-browser', 'Browser problems - misc', null, 'Line of business / Browsers', [
    [
      'Notes (Edge / Chrome)',
      "- Site displaying wrongly / login loop on one site: clear cache and cookies for that site (padlock > Cookies and site data) or Ctrl+Shift+Delete, all time. Try InPrivate.\n- 'Your connection isn't private' NET::ERR_CERT_DATE_INVALID on every site: the PC clock is wrong (dead CMOS battery on old desktops). Fix the time. If it's only some sites and the certificate is issued by Fortinet, see the web filter doc.\n- Saved passwords / favourites gone: signed into a different browser profile, or the profile wasn't syncing. Edge > Profiles > check it's the work account with Sync on; passwords come back from the cloud once the right profile is signed in.\n- 'Your browser is managed by your organization' - normal, our Intune policy.\n- Extension won't install - blocked by policy; request approval.\n- Default browser: Settings > Apps > Default apps.\nPop-ups / notifications advertising antivirus: see the Defender/malware doc.",
    ],
  ]),
  article('ae-phishing', 'Suspicious email reported / user clicked a link', null, 'Security / Incidents', [
    [
      'Triage',
      'Ask the user: did you (1) only receive it, (2) click the link, (3) enter your password or approve a prompt, (4) open an attachment or enable macros, (5) reply or pay anything? Get them to use the Report button in Outlook (Report phishing), or forward it as an attachment to our security mailbox.',
    ],
    [
      'Received only',
      "Check Defender > Explorer for the same message in other mailboxes and soft delete it from all. Block the sender/domain in the Tenant Allow/Block List if it isn't a real supplier. If it's from a real supplier's compromised mailbox (fake invoice, DocuSign, 'shared a document with you' from a known contact) warn the client not to reply and let the supplier know by phone.",
    ],
    [
      "Clicked but didn't enter anything",
      'Usually low risk. Run a Defender quick scan and check the URL click trace in Defender. Reassure the user and thank them for reporting it.',
    ],
    [
      'Entered password / approved a prompt',
      "Treat as compromised - go to the compromised account runbook now. Don't wait.",
    ],
    ['Opened an attachment', 'Isolate the device in Defender/EDR and follow the malware doc.'],
  ]),
  article(
    'ae-compromised-account',
    'Compromised Microsoft 365 account - containment',
    null,
    'Security / Incidents',
    [
      [
        'Signs',
        "Contacts receiving phishing emails 'from' the user; mass emails in Sent Items the user didn't send; inbox rules moving or deleting replies (often named '.' or '..', moving to RSS Feeds or Conversation History); NDR '550 5.1.8 Access denied, bad outbound sender' (user restricted from sending); sign-ins from foreign IPs; an MFA method the user doesn't recognise.",
      ],
      [
        'Containment - in this order',
        "1. Reset the password (long, random, given to the user by phone).\n2. Revoke sessions: Entra > user > Revoke sessions.\n3. Authentication methods: delete any the user doesn't recognise; require re-register MFA.\n4. Exchange: remove malicious inbox rules (Get-InboxRule) and any forwarding (ForwardingSmtpAddress). Check for delegates added to the mailbox.\n5. Entra > Enterprise applications > user consents: remove odd OAuth apps (e.g. 'PERFECTDATA SOFTWARE', an 'eM Client' the user didn't install).\n6. Defender > Restricted entities: release the user from the sending block once 1-5 are done.\n7. Purview audit log search for the attacker's IPs - what mail and files did they touch? Export it.\n8. Tell the client contact. If personal data may have been accessed the client may need to report to the ICO within 72 hours - their decision; we supply the evidence.\n9. Client sends a warning to the user's contacts to ignore the phishing emails.",
      ],
      [
        'After',
        "Log as a security incident, P2 minimum. Check the user's PC for infostealer malware if it started with token theft.",
      ],
    ],
  ),
  article('ae-ransomware', 'Ransomware - first response', null, 'Security / Incidents', [
    [
      'Signs',
      "Files on shares or the PC won't open and have a new extension (.akira, .lockbit, .locked, random characters); ransom notes (README.txt, RESTORE-FILES.html, HOW_TO_DECRYPT) in folders; wallpaper changed; server services stopping; EDR alerts for mass file modification.",
    ],
    [
      'First hour - whoever takes the call',
      "1. This is a P1. Phone the on-call engineer immediately; don't rely on email.\n2. Tell the client to unplug the network cable / turn off Wi-Fi on affected PCs. DON'T power them off unless told to.\n3. Isolate devices via EDR (Defender for Endpoint > Isolate device).\n4. Disable the user account(s) involved and any admin accounts that signed in recently.\n5. Check backups are intact and offline/immutable (Datto / Veeam hardened repository). Do NOT connect backup storage to the infected network.\n6. Don't delete ransom notes or encrypted files; don't pay or contact the attacker.\n7. Call the client's cyber insurer hotline early (IT Glue > client > Insurance) - they often appoint the incident response firm.\n8. The client reports to Action Fraud and, if personal data is involved, the ICO.",
    ],
    [
      'Recovery',
      'Only after the entry point is found and closed: rebuild/restore from the last clean backup. L3 leads.',
    ],
  ]),
  article('ae-malware', 'Defender alerts, fake virus pop-ups and adware', null, 'Security / Endpoint', [
    [
      'Symptoms',
      "- Windows Security notification 'Threats found' / 'Microsoft Defender Antivirus found threats. Get details.'\n- Browser notifications in the corner saying 'Your PC is infected with 5 viruses', 'McAfee subscription expired', with Scan now buttons\n- Full-screen page with an alarm sound: 'Windows has been locked - call Microsoft Support on 0800...'\n- Browser homepage/search engine changed, unknown extensions",
    ],
    [
      'Resolution',
      "1. Defender alert: check security.microsoft.com - was it quarantined/removed? If remediated, run a full scan and close. If still active, or something persistent (Trojan, Backdoor, CobaltStrike), isolate the device and escalate to L2.\n2. Browser notification spam: a website was allowed to send notifications. Edge/Chrome > Settings > Site permissions > Notifications - remove anything odd. Remove unknown extensions. Not a virus on the PC.\n3. Fake 'call Microsoft' lock page: close the browser from Task Manager (Ctrl+Shift+Esc). NEVER call the number. If the user already called and let them connect (AnyDesk, TeamViewer, QuickSupport): disconnect from the network, remove the remote tool, full scan, reset the user's passwords from another device and treat the account as compromised; ask whether bank details were given.\n4. Adware/PUP installed: uninstall via Apps, then a Defender offline scan.\n5. Note the device for a follow-up scan in 7 days.",
    ],
  ]),
  article('ae-lost-device', 'Lost or stolen laptop / phone', null, 'Security / Devices', [
    [
      'Checklist',
      "1. Get: device type, asset tag/serial, when and where it was lost, whether it was locked, police crime reference (stolen) or lost-property details.\n2. Revoke the user's sessions in Entra and reset their password if the device could have been unlocked or had saved passwords.\n3. Intune > Devices > the device:\n   - Company laptop: Remote lock now; Wipe once the client confirms it's not coming back (wiping stops us locating it).\n   - Company phone: Lost mode (supervised iPhone) / Locate device, then Wipe.\n   - Personal phone with Outlook only: selective wipe (App protection > Wipe request) - removes work data only.\n4. Confirm BitLocker was on (Intune encryption report). If it wasn't and the device held personal data, the client may need to report to the ICO within 72 hours.\n5. Mark the asset lost/stolen in IT Glue configurations.\n6. Replacement via the account manager; note any insurance claim reference.",
    ],
  ]),
  article('ae-new-starter', 'New starter checklist', null, 'Onboarding / Starters & leavers', [
    [
      'Checklist',
      "Clients should use the New Starter form on the portal with at least 5 working days' notice. Kit from stock or ordered (3-10 days lead time).\n[ ] Account: naming convention from the client's IT Glue (usually firstname.lastname@), display name, job title, manager, department, office, mobile.\n[ ] Licence by role (Business Premium standard; Business Basic for frontline staff without a PC).\n[ ] Groups - copy a named colleague only if the client says 'same as X'.\n[ ] Shared mailboxes, Teams, SharePoint sites, distribution lists.\n[ ] Temporary Access Pass for day one - MFA and SSPR registration at first sign-in.\n[ ] Laptop: Autopilot with the client's group tag, user-assigned; check Company Portal apps installed.\n[ ] Phone extension (telephony team) / mobile.\n[ ] Line-of-business accounts - see the client's own runbooks for who creates them.\n[ ] Welcome email to the manager with the username; password by phone/SMS, never in the same email.\n[ ] Time-enter the ticket.",
    ],
  ]),
  article('ae-leaver', 'Leavers', null, 'Onboarding / Starters & leavers', [
    [
      'Immediate (dismissal / same day)',
      '1. Block sign-in in Entra and reset the password.\n2. Revoke sessions.\n3. Disable in AD if hybrid.\n4. Remote lock their laptop/phone in Intune if not handed in.\nDo these first and confirm to the requester by phone, then carry on with the standard list.',
    ],
    [
      'Standard (last day, after 17:00 unless told otherwise)',
      "[ ] Block sign-in, reset password, revoke sessions, remove MFA methods.\n[ ] Convert the mailbox to shared; give the manager Full Access. Forwarding for 30-90 days only if the client asks.\n[ ] Out-of-office if requested (wording from the client).\n[ ] OneDrive: give the manager access (admin centre > user > OneDrive > Create link). Retention after deletion is 30 days by default - move files first if they need them longer.\n[ ] Remove from groups, distribution lists, Teams.\n[ ] Remove the licence (after converting the mailbox); tell the account manager to reduce the count.\n[ ] Line-of-business apps: disable the user (see the client's runbooks).\n[ ] Collect kit; Autopilot Reset / wipe and return to stock.\n[ ] VPN groups, phone extension.",
    ],
  ]),
  article('ae-restore-files', 'Restoring deleted / overwritten files', null, 'Backup & restore', [
    [
      'Information needed',
      'File/folder name, full location (which drive, or which SharePoint site/Team), roughly when it was last OK, and whether it was deleted or overwritten.',
    ],
    [
      'OneDrive / SharePoint / Teams files',
      "1. Overwritten or corrupted: right-click the file > Version history > restore an earlier version (from File Explorer use 'View online').\n2. Deleted: the site's or OneDrive's Recycle bin (93 days). If it's not there, the second-stage recycle bin (site admin).\n3. Mass deletion / sync accident: 'Restore your OneDrive' or SharePoint 'Restore this library' to a point within 30 days.\n4. Older than 93 days: Datto SaaS Protection - restore to the original location or a 'Restored' folder.",
    ],
    [
      'File server (S:, H: etc.)',
      '1. Right-click the folder > Properties > Previous Versions (shadow copies twice a day, about 2 weeks).\n2. Older: restore from the server backup (Datto SIRIS / Veeam) - L2. Restore to an alternate folder first and let the user check before overwriting.\nNever restore over the top of a whole share without client sign-off.',
    ],
  ]),
  article('ae-recover-email', 'Deleted emails - getting them back', null, 'Backup & restore', [
    [
      'Steps',
      "1. Deleted Items folder - check search covers it.\n2. Emptied from Deleted Items: Outlook > Deleted Items > 'Recover items recently removed from this folder' (Outlook on the web: 'Recover items deleted from this folder'). Default is 14 days; we set 30 on all tenants (Set-Mailbox -RetainDeletedItemsFor 30).\n3. Admin: if the user can't see it, Get-RecoverableItems / Restore-RecoverableItems -FilterItemType IPM.Note -SubjectContains '...', or a Purview content search.\n4. Beyond 30 days: restore from the Datto SaaS Protection backup to a folder called 'Restored items'.\n5. A whole deleted folder comes back into Deleted Items; the user drags it out.\n6. Leaver's mailbox deleted instead of converted: restore the user from Deleted users within 30 days.",
    ],
  ]),
  article(
    'ae-msp-escalation',
    'Priorities, escalation and out-of-hours (internal)',
    null,
    'Internal / Service desk',
    [
      [
        'Priorities',
        'P1 - whole site / business down, security incident (ransomware, confirmed compromise with data exposure), server down. Response 30 min, work continuously.\nP2 - several users affected, or one user completely unable to work with no workaround (includes the VIP list in IT Glue). Response 1 h.\nP3 - single user, workaround exists. Response 4 h.\nP4 - requests, changes, quotes. Next working day.',
      ],
      [
        'Escalation path',
        "L1 owns a ticket for up to 30 minutes of work, then escalates to L2 using the 'Escalate' status with notes of what was tried. L2 escalates to L3 / the service desk manager for anything needing a change to firewalls, servers or tenant-wide policies. Security incidents: tell the service desk manager immediately, whatever the time.",
      ],
      [
        'Out of hours (18:00-08:00, weekends, bank holidays)',
        "Clients with OOH cover ring the main number, which diverts to the on-call mobile. The on-call rota is pinned in the Teams 'Service Desk' channel. L1 staff working late: for a P1, phone the on-call engineer directly - don't just log the ticket. Clients without OOH cover: log it and tell them it'll be picked up at 08:00 unless they approve chargeable emergency work.",
      ],
      [
        'Notes',
        'Time-enter against the ticket the same day. Never promise an ETA on behalf of a third party (ISP, Openreach, software vendor).',
      ],
    ],
  ),
  article(
    'ae-ashgrove-sims',
    "SIMS - login problems, 'cannot connect to server', new staff",
    ashgrove,
    'Ashgrove / Applications / SIMS',
    [
      [
        'Overview',
        'Ashgrove runs SIMS .net on ASH-SIMS01 in the main school server room (Headrow building). The SIMS client is deployed by Intune to staff laptops and classroom PCs; registers are taken in SIMS .net each period. SIMS user accounts belong to the Data & Exams Manager (Mrs L Denby) - we look after the client software, the server and the network, not SIMS permissions.',
      ],
      [
        'Symptoms',
        "- 'Login failed: user name or password is incorrect' at the SIMS login box. SIMS has its own logins - not the Microsoft password.\n- 'Unable to connect to the SIMS server' / 'The SIMS .net Application Server is not available' / 'Connection to the server has been lost' part way through a register.\n- 'A newer version of SIMS .net is available' prompt and the user isn't an admin.",
      ],
      [
        'Resolution',
        "Password / login:\n1. SIMS passwords are reset by the Data & Exams Manager (System Manager in SIMS). Pass the ticket to her via the school office; if she's off, the Deputy Head (Pastoral) also has System Manager.\n2. New staff: the data manager creates the SIMS user and links it to the staff record and classes. Our part is only checking the SIMS client is on their laptop.\nCan't connect:\n1. Main school building, one PC: close and reopen SIMS; check connect.ini points at ASH-SIMS01 (C:\\Program Files (x86)\\SIMS\\SIMS .net\\connect.ini).\n2. Everyone in the main building: check ASH-SIMS01 and its SQL instance (MSSQL$SIMS) in the RMM. Restart the SQL service only after the school day or with the data manager's OK - it throws everyone out of registers.\n3. Only staff at Clarendon House (sixth form centre): it's the site link, not SIMS - see the Clarendon House link runbook.\nUpdates:\nSIMS releases (spring/summer/autumn) are applied by us on the server first, then pushed to clients through Intune the same evening. If a PC prompts to update, don't let users click through - run the SIMS install from Company Portal.",
      ],
      [
        'Escalation',
        "SIMS application errors: ESS support, quoting the school's support ID (IT Glue > Ashgrove > Licences).",
      ],
    ],
  ),
  article(
    'ae-ashgrove-exam-laptops',
    'Exam laptops - access arrangements (JCQ)',
    ashgrove,
    'Ashgrove / Exams',
    [
      [
        'What they are',
        "30 Dell Latitude 3340 laptops (ASH-EXAM-01 to 30) on the exams trolley in the Learning Support room, used by candidates with a word processor access arrangement. They're locked down: no internet, no spelling/grammar check or predictive text, no network drives. Candidates log on with generic exam accounts exam01-exam30 (passwords in the sealed envelope held by the Exams Officer, and in IT Glue).",
      ],
      [
        'Before each exam series',
        "1. Power all on and plug in the day before; let them patch. They're in their own update ring, paused in the RMM from the first exam to the last of the series.\n2. Log on as each exam account and check: Word opens with Editor/spellcheck OFF (Intune profile 'Ashgrove - Exam Word lockdown'; Review > Spelling should be greyed out), Wi-Fi disconnected, clock correct.\n3. Clear the previous series' work from C:\\ExamWork.\n4. Exam accounts are disabled between series - re-enable in the 'Exams' OU. Extra accounts: copy exam01, keep the examNN naming, add to 'Exam Candidates'.",
      ],
      [
        'On the day',
        "- Red underlines / spellcheck showing: the lockdown didn't apply. Swap to a spare laptop (29 or 30) and report it. The candidate must not continue on a laptop with spellcheck (malpractice risk).\n- Logon fails 'The trust relationship between this workstation and the primary domain failed': swap the laptop; rejoin it to the domain afterwards.\n- Candidate's work lost / laptop logged off: work saves to C:\\ExamWork\\<exam account>, and AutoRecover saves every minute to C:\\ExamWork\\Autorecover. Look there before anything else. Do NOT re-image the laptop.\n- Printing scripts: the Exams Officer prints from the laptop to the Learning Support HP M404 over USB - there's no network printing on exam accounts. The header carries name and candidate number.",
      ],
      [
        'Contacts',
        'Exams Officer: Mrs L Denby. The Exams Officer decides what JCQ allows; we only configure.',
      ],
    ],
  ),
  article(
    'ae-ashgrove-site-link',
    'Clarendon House (sixth form centre) link to main school',
    ashgrove,
    'Ashgrove / Network',
    [
      [
        'Overview',
        "The sixth form centre at Clarendon House, 400 m down the road, has its own BT FTTP line and a Sophos XGS 116. It connects to the main school's XGS 2100 over a site-to-site IPsec VPN, 'ASH-CLAR'. Everything on the main school network goes over it: SIMS (ASH-SIMS01), the file server (staff S: and student drives), and the reprographics print queues. Internet at Clarendon House breaks out locally, so web, email and Teams keep working when the tunnel is down - that's the giveaway.",
      ],
      [
        'Symptoms',
        "Staff at Clarendon House can browse and use Teams/email, but SIMS says 'Unable to connect to the SIMS server' or times out, network drives show a red X, and printing to reprographics fails. The main school is fine.",
      ],
      [
        'Resolution',
        "1. Sophos Central > Firewalls > Clarendon (XGS 116) > Site-to-site VPN > IPsec: check 'ASH-CLAR'. Red/inactive - click the status to reconnect.\n2. Won't come up: check Clarendon's WAN IP hasn't changed. The BT hub is in bridge mode; if someone pressed its reset button it'll be back in router mode - re-bridge it per the network asset notes.\n3. Check the same tunnel at the main school end (XGS 2100).\n4. Phase 1 errors in the log viewer (authentication failed) = PSK mismatch - escalate to L2 network.\n5. Once it's up, users restart SIMS; drives reconnect when opened.",
      ],
      [
        'Workaround',
        'While the link is down staff can use SIMS from the main building, or via the school RD Gateway (remote.ashgrove.sch.uk).',
      ],
    ],
  ),
  article(
    'ae-calder-sage200',
    'Sage 200 - server unavailable, licences, logged-in users',
    calder,
    'Calder / Applications / Sage 200',
    [
      [
        'Overview',
        "Calder Valley Fine Foods run Sage 200 Professional for accounts, stock, sales and purchase order processing, with the Sicon WIP/Production add-on. Server: CVF-SQL01 (SQL 2019, Sage 200 services, Sicon). Clients: Accounts (4), Purchasing (2), the goods-in PC and the production office. 8 concurrent licences. This is NOT Sage 50 - the generic Sage 50 article doesn't apply here.",
      ],
      [
        'Symptoms',
        "- 'The Sage 200 server is unavailable' / 'Unable to connect to the Sage 200 server' / 'Cannot connect to SQL Server'.\n- 'There are no licences available for this module' / 'The maximum number of users are logged in'.\n- Sage 200 desktop closes at login after a Windows update.\n- Sicon production screens missing after an update.",
      ],
      [
        'Resolution',
        "Can't connect:\n1. Check CVF-SQL01 in the RMM; services 'Sage 200 Services', 'SQL Server (MSSQLSERVER)' and the Sage 200 licensing service must be running.\n2. On the PC: ping CVF-SQL01. The goods-in PC is on the factory VLAN - if only that PC fails, check the firewall rule 'Factory-to-SQL'.\n3. If the client version differs from the server after a Sage update, reinstall the client from \\\\CVF-SQL01\\Sage200ClientInstall.\nLicences / ghost users:\n1. Users who kill Sage, or PCs that sleep with it open, leave a session. Sage 200 System Administration (on CVF-SQL01, admin login in IT Glue) > Logged-on users > select the stale user > Remove.\n2. If genuinely 8 people are in, it's a licence purchase through the Sage business partner (Ledgerwise) - account manager.\nSicon: Sicon versions must match the Sage version - log with Sicon support (account details in IT Glue).",
      ],
      [
        'Escalation',
        'Ledgerwise Ltd support covers Sage 200 application issues; we cover server, SQL and network.',
      ],
    ],
  ),
  article(
    'ae-calder-labels',
    'Packing line label printers (Zebra ZT411 / BarTender)',
    calder,
    'Calder / Production / Labelling',
    [
      [
        'Overview',
        'Each packing line (Lines 1-4) has a Zebra ZT411 thermal transfer printer labelling outer cases; Line 2 also has a Zebra ZE511 print-and-apply. Labels are designed in BarTender 2022 Automation (licence server on CVF-APP01) and printed from the line PC via BarTender Print Station, pulling product, batch, best-before and allergen data from Sage 200/Sicon. Templates are controlled by QA (Technical Manager, Rob Iqbal) - we NEVER edit a template without a signed change from QA.',
      ],
      [
        'Symptoms',
        "- Labels come out blank but feed through.\n- Print offset / half off the label / every other label blank.\n- Wrong best-before / use-by date or batch number.\n- 'BarTender: Unable to obtain a license' / 'The license server could not be found'.\n- Printer flashing RIBBON OUT / MEDIA OUT / HEAD OPEN.",
      ],
      [
        'Resolution',
        "Blank labels: ribbon loaded the wrong way round (ink side must face the label) or run out - line leaders can reload. Check the printer is in thermal transfer mode (Settings > Print > Print Type = Thermal Trans).\nOffset / skipping: calibrate the media. ZT411 panel: Menu > Print > Sensors > Manual Calibration. Check the label stock matches the template (100x150 vs 100x100 - stock has been mixed up before).\nWrong date or batch: do NOT touch the printer. The date comes from the BarTender/Sicon job. Check the line PC's clock and time zone first (a PC with the wrong date prints the wrong BBE), then the production order in Sicon. Tell QA immediately - mislabelled product has to be quarantined (their process).\nLicence error: restart the BarTender Licensing Service on CVF-APP01; check port 5160 from the line PC. BarTender gives a few days' grace offline.\nStreaks / white lines through barcodes: damaged print head - spare in the engineering store; service contract is with the label supplier, Pennine Labels.",
      ],
    ],
  ),
  article(
    'ae-calder-line-pcs',
    'Production line PCs - updates and restarts',
    calder,
    'Calder / Production / Line PCs',
    [
      [
        'Overview',
        "LINE-PC01 to LINE-PC06 are Advantech panel PCs on Lines 1-4, the mixing room and goods-in. They run BarTender Print Station, the Ishida checkweigher data collection and the Sicon shop-floor terminal, logged on 24/7 as 'linepc'. Office uses Shared Computer Activation.\nThey are EXCLUDED from the normal Windows Update rings (RMM policy 'CVF - Line PCs - Manual'). Don't follow the generic Windows Update article on these.",
      ],
      [
        'Patch window',
        "Patches are approved monthly and installed Sunday 06:00-10:00 while the factory is on its cleaning shift - confirm with the Production Manager (Karen Walsh) by Friday. Restarts only in that window. If there's a Sunday production run, skip to the next week.",
      ],
      [
        'Problems',
        "- PC restarted itself during production: check the RMM policy is still applied (a re-imaged PC drops back into the default ring) and that 'No auto-restart with logged on users' is set. Record why in the ticket and tell Karen.\n- 'Restart required' / updates pending message on screen: operators close it and carry on. Never restart mid-shift; we'll do it in the window.\n- Update failed in the window (any code): try once more within the window, otherwise roll it to next month - not worth the risk mid-week. Use the generic error-code fixes only inside the window.\n- Checkweigher software won't start after an update: start the 'IDCS Collector' service; if it's .NET related, roll the update back.",
      ],
      [
        'Never',
        'No feature updates (they stay on Windows 10 IoT Enterprise LTSC 2021), no Teams or other apps, never join them to the staff Wi-Fi.',
      ],
    ],
  ),
  article(
    'ae-brightside-optisoft',
    'Optisoft - practice management (diary, records, GOS forms)',
    brightside,
    'Brightside / Applications / Optisoft',
    [
      [
        'Overview',
        "Brightside use Optisoft.NET for appointments, patient records, recalls, dispensing and GOS claims. The SQL database is on BOP-SRV01 at Headingley; Otley and Ilkley connect over the branch VPNs. Reception PCs also have the OKI B432 set up as 'GOS Printer' for NHS forms.",
      ],
      [
        'Symptoms',
        "- 'Unable to connect to the Optisoft database server' / 'A network-related or instance-specific error occurred while establishing a connection to SQL Server'.\n- User locked out of Optisoft or forgotten their Optisoft password.\n- Diary very slow to load.\n- GOS 1 / GOS 3 / GOS 4 forms print out of line with the boxes.",
      ],
      [
        'Resolution',
        "Can't connect - one PC at Headingley: check the PC's network, then the database settings on the Optisoft login screen (server BOP-SRV01\\OPTISOFT). Reinstall the client from \\\\BOP-SRV01\\Optisoft\\Client if needed.\nCan't connect - a whole branch (Otley or Ilkley) but internet works: it's the branch VPN - see 'Branch VPNs'.\nCan't connect - everyone: restart 'SQL Server (OPTISOFT)' and the Optisoft service on BOP-SRV01 from the RMM.\nPassword / locked out: Optisoft users are managed in Optisoft > Admin > Users by the practice manager (Claire) or us (admin login in IT Glue). Set a temporary password and tick 'must change'.\nNew optometrist/dispenser: Admin > Users, set their GOC number and role - needed for GOS claims.\nGOS forms misaligned: pre-printed NHS stationery. Optisoft > Setup > Printer offsets - adjust X/Y in mm; OKI tray set to manual feed. Don't change the driver.\nSlow diary at the branches only = VPN/broadband. At Headingley too = check the server's resources, then Optisoft support.",
      ],
    ],
  ),
  article(
    'ae-brightside-oct',
    'OCT scanner PC (Topcon Maestro2 / IMAGEnet 6)',
    brightside,
    'Brightside / Clinical equipment',
    [
      [
        'Overview',
        'Each branch has a Topcon Maestro2 OCT with a dedicated acquisition PC (BOP-OCT-HDY, -OTL, -ILK). Images are stored by IMAGEnet 6 on BOP-SRV01 at Headingley and viewed from consulting room PCs with the IMAGEnet 6 browser viewer. Topcon Healthcare supports the application; we support the Windows PC and the network.',
      ],
      [
        'Rules',
        "The OCT PCs are a validated medical-device setup:\n- NO Windows feature updates, driver updates or BIOS updates without Topcon's OK. Security updates monthly only, via RMM policy 'BOP - OCT Manual'. If Windows prompts, staff click 'Remind me later'.\n- Defender exclusions for D:\\IN6Data must stay.\n- Never rename the PC or change its IP (static - see the network asset).",
      ],
      [
        'Problems',
        "Scan taken but not visible in the consulting room:\n1. On the OCT PC, check IMAGEnet 6 lists the patient locally. 'Pending upload' = the PC can't reach the server.\n2. At Otley/Ilkley, check the branch VPN.\n3. Check the patient was picked from the Optisoft worklist, not typed in - a typo creates a second patient record (Topcon can merge).\n'License not found' / IMAGEnet licence error on opening: the USB licence dongle (Sentinel HASP) is missing or loose - reseat it; check the 'Sentinel LDK License Manager' service is running.\nMaestro2 'Communication error': power off the Maestro2, restart the PC, then power the Maestro2 on. USB cable direct, not through a hub.\nAnything else in IMAGEnet: Topcon service desk with the device serial number.",
      ],
    ],
  ),
  article(
    'ae-brightside-branch-vpn',
    'Branch VPNs - Otley & Ilkley to Headingley',
    brightside,
    'Brightside / Network',
    [
      [
        'Overview',
        'Headingley has BOP-SRV01 (Optisoft SQL, IMAGEnet 6, file shares). Otley and Ilkley each have a DrayTek Vigor 2865 on BT Business broadband with a LAN-to-LAN IPsec VPN to the Headingley DrayTek 2927. The card terminals (Dojo) use their own 4G, so they keep working when the VPN is down, as do internet and email.',
      ],
      [
        'Symptoms',
        "At one branch: Optisoft 'Unable to connect to the database server', S: drive missing, OCT scans stuck 'Pending upload' - but Google and email work fine.",
      ],
      [
        'Fix',
        "1. Branch DrayTek web UI (our remote management; credentials in IT Glue): VPN and Remote Access > Connection Management. Is the 'HQ' profile connected? If not, Dial.\n2. Check the branch profile at the Headingley end too.\n3. After a power cut the branch DrayTek sometimes starts before the BT equipment and the VPN profile gives up - restart the branch DrayTek (staff: black DrayTek box in the comms cupboard, off/on, wait 3 minutes).\n4. WAN IP changed? Profiles use DrayDDNS names so should follow - check the DDNS status.\n5. Headingley's internet down = both branches lose Optisoft; see the site offline doc for Headingley.\n6. Workaround while down: branch staff use Optisoft through the RD Gateway (rds.brightsideopticians.co.uk).",
      ],
    ],
  ),
  article(
    'ae-wharfedale-handhelds',
    'Driver handhelds (Zebra TC52) - scanning, POD app, SOTI',
    wharfedale,
    'Wharfedale / Devices / Handhelds',
    [
      [
        'Overview',
        '65 Zebra TC52 handhelds used by drivers and the warehouse for parcel scans and proof of delivery. Managed with SOTI MobiControl (console and login in IT Glue). Apps: CourierPro POD (from the TMS supplier, Mobile Logistics Ltd) and Zebra DataWedge for the scanner. Vodafone data SIMs.',
      ],
      [
        'Symptoms',
        "- Trigger pressed but no red beam / no beep, or it beeps but nothing appears in the app.\n- POD app says 'No connection - will retry'; PODs and signatures queuing.\n- New driver needs a device, or a device needs resetting.\n- Device lost or damaged on route.",
      ],
      [
        'Resolution',
        "Not scanning:\n1. Restart the device (hold power > Restart).\n2. DataWedge: DataWedge app > Profiles > 'CourierPro' must be enabled and associated with the POD app. SOTI can re-push it: MobiControl > device > Send Script 'Reset DataWedge'.\n3. Scan window cracked or dirty - clean it. No beam at all after a restart: swap the device and send it for repair (Zebra OneCare RMA portal).\nNo connection / PODs not uploading:\n1. Mobile data: signal bars, SIM seated. Vodafone has gaps on the Dales routes - they upload once back in signal.\n2. Wrong date/time makes the app reject its login token: SOTI > device > Sync time.\n3. Still queued back at the depot: connect to the 'WCS-Handheld' Wi-Fi and force a sync in the app (Menu > Send now).\n4. Lots of devices failing at once: CourierPro server problem - check with Mobile Logistics support.\nNew driver / new device:\n1. The driver's CourierPro account is created by the Transport Office, not us.\n2. Spares are in the depot IT cupboard. Factory reset, scan the SOTI staging barcode (IT Glue doc 'SOTI staging barcode'); apps install in about 10 minutes.\n3. Label the asset number and record it in IT Glue against the driver/van.\nLost or damaged: MobiControl > device > Lock / Wipe; the Transport Office asks Vodafone to bar the SIM.",
      ],
    ],
  ),
  article(
    'ae-wharfedale-paragon',
    'Paragon route planning - import failures and licence errors',
    wharfedale,
    'Wharfedale / Applications / Paragon',
    [
      [
        'Overview',
        'Transport planners use Paragon Routing & Scheduling on WCS-APP01, launched as a RemoteApp from the planning office PCs. Each afternoon, orders are exported from CourierPro TMS as CSV to \\\\WCS-APP01\\ParagonImport and imported into Paragon; planned routes are sent back to CourierPro and out to the handhelds by 05:30. Licensing is a network licence via Sentinel RMS on WCS-APP01.',
      ],
      [
        'Symptoms',
        "- 'Import failed' / 'Error reading import file - unexpected field count at line N' / today's work missing.\n- 'Unable to obtain a licence from the licence server' / 'Sentinel RMS: no licence server found'.\n- Map tiles blank or grey.\n- The Paragon RemoteApp won't launch.",
      ],
      [
        'Resolution',
        "Import:\n1. Check the CSV landed in \\\\WCS-APP01\\ParagonImport with today's date. Missing = the CourierPro export failed - the Transport Office re-runs 'Export to Paragon'.\n2. 'Unexpected field count': usually an address containing a comma or quote. Open the CSV in Notepad++, fix that line and re-import; tell the Transport Office so they correct the customer record.\n3. 'File is being used by another process': someone has it open in Excel.\nLicence:\n1. On WCS-APP01 restart the 'Sentinel RMS License Manager' service, then planners reopen Paragon.\n2. If the server was rebuilt (new MAC/hostname) the licence breaks - Paragon support reissue it (contract number in IT Glue).\nMap tiles: quarterly map data update - Paragon support.\nRemoteApp won't launch: see the Remote Desktop doc; check RDS licensing on WCS-APP01.",
      ],
      [
        'Urgency',
        'Planners start at 04:30 and vans leave from 06:00. Routes not out by 05:30 = P1 for Wharfedale (they have out-of-hours cover).',
      ],
    ],
  ),
  article(
    'ae-wharfedale-labels',
    'Despatch label printers (Zebra ZD421) - carrier labels',
    wharfedale,
    'Wharfedale / Printers',
    [
      [
        'Overview',
        "The despatch office and the trunking bay have Zebra ZD421d direct thermal printers (4x6 inch labels) for carrier labels: CourierPro's own labels, plus DPD and Parcelforce labels printed from their web portals as PDFs. Driver: ZDesigner ZD421-203dpi ZPL. Despatch is USB on the despatch PC; trunking bay is networked (192.168.20.50).",
      ],
      [
        'Symptoms',
        '- Label prints tiny in the corner, or spreads over two labels.\n- A blank label between each printed one, or it feeds several labels.\n- Fine from CourierPro but wrong from the DPD/Parcelforce websites.\n- Faint print.',
      ],
      [
        'Fix',
        "Tiny / split over two: the PDF is being scaled to A4. In the print dialog pick the ZDesigner printer, paper size 4x6 (Printing Preferences > Page Setup > Stock 4.00 x 6.00 in), scale 'Actual size' / 100%, not 'Fit'. In Edge: More settings > Scale 100, Margins None. Set the DPD portal's label format to 4x6 thermal so it sends a label, not an A4 page.\nExtra labels / gaps: calibrate - hold FEED until the status light flashes twice, then release. Media sensor must be gap/notch (labels), not continuous.\nFaint: direct thermal, so no ribbon. Printing Preferences > Options > Darkness 20-25. Clean the head with an alcohol pen.\nNot printing at all: check it shows online; USB cable; trunking bay - ping 192.168.20.50. General queue problems: see the printing doc.",
      ],
    ],
  ),
];
