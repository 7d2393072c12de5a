/**
 * Set J: a blind labelled KB set. The articles a mid-size US MSP (the NOC calls itself "Harborline
 * IT") keeps in IT Glue: 32 generic how-tos, FAQs, checklists and runbooks (company null) and 12
 * client runbooks, 3 for each of 4 fictional clients (a dental practice chain, a commercial
 * construction firm, a food-bank nonprofit on Google Workspace and a credit union). Some client
 * runbooks override a generic article for that client (Weave phones, Google Workspace, the credit
 * union's MFA policy and separation checklist, the builder's job-site trailers and Sage RemoteApp).
 *
 * Written blind: without reading the search code, the main KB set or any other labelled set, so it
 * does not lean toward (or away from) how the search ranks. 44 articles; tickets are in tickets.ts.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_J_CLIENTS = {
  brightline: 'Brightline Dental Partners',
  hollis: 'Hollis & Crane Builders, Inc.',
  riverbend: 'Riverbend Community Food Alliance',
  cedarvalley: 'Cedar Valley Federal Credit Union',
} as const;

const { brightline, hollis, riverbend, cedarvalley } = SET_J_CLIENTS;

export const SET_J_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365
  article(
    'j-outlook-troubleshoot',
    'Outlook desktop: will not open, password prompt loop, profile rebuild, broken search',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms this covers',
        '- Outlook stuck on "Loading Profile" or "Processing" at start.\n- "Cannot start Microsoft Outlook. Cannot open the set of folders. The information store could not be opened."\n- The Windows Security / Microsoft sign-in box keeps coming back, or the status bar says "Need Password".\n- Search returns "We couldn\'t find what you were looking for" for mail the user can see.\n- Teams Meeting button missing from the Outlook calendar ribbon.',
      ],
      [
        'First, check webmail',
        'Have the user sign in at outlook.office.com. If webmail fails too, it is the account, not Outlook: check the licence (Microsoft 365 licensing article), sign-in logs (Conditional Access article) and whether the account is blocked (compromise runbook). If webmail works, carry on below.',
      ],
      [
        'Password prompt loop',
        '1. Close Outlook and Teams.\n2. Control Panel > Credential Manager > Windows Credentials: remove every entry starting MicrosoftOffice16_Data and any ADAL / SSPI entries for the user.\n3. Settings > Accounts > Access work or school: if the work account shows an error, click it and choose Fix / Sign in again.\n4. Open Outlook and sign in once with the full email address. If Microsoft says AADSTS53003 or AADSTS53000 the prompt is a Conditional Access block, not Outlook.',
      ],
      [
        'Rebuild the profile',
        'Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it with the date, add the account, tick "Always use this profile" and pick the new one. Leave the old profile in place until the new OST has synced. If the user switched on the "New Outlook" toggle and things went missing, toggle it back to classic Outlook first. OST files over 50 GB: set "Download email for the past" to 1 year in Account Settings > Change.',
      ],
      [
        'Safe mode and add-ins',
        'Run outlook.exe /safe. If it opens in safe mode, File > Options > Add-ins > COM Add-ins > Go and untick add-ins one by one. Usual suspects: old Zoom plug-in, Adobe PDFMaker, duplicate Teams Meeting add-ins. Teams Meeting button missing: in Teams sign out and back in, then in Outlook re-enable "Microsoft Teams Meeting Add-in for Microsoft Office" (if it sits under Disabled Items, enable it there).',
      ],
      [
        'Search not finding mail',
        'Check the Windows Search service is running. Outlook > File > Options > Search > Indexing Options > Advanced > Rebuild. Tell the user it takes hours on a big mailbox and search is partial until it finishes. Meanwhile, search in webmail.',
      ],
    ],
  ),
  article(
    'j-teams-calling',
    'Teams Phone: setting up calling for a user (number, dial pad, voicemail, call queues)',
    null,
    'Microsoft 365/Teams',
    [
      [
        'What the user needs',
        'A Teams Phone Standard licence (part of E5, an add-on for Business Basic/Standard/Premium) plus a Teams Calling Plan or our Operator Connect carrier. Without both, the Calls app shows contacts and history but no dial pad, and outbound calls fail with "You can\'t make calls because your number isn\'t set up".',
      ],
      [
        'Steps',
        "1. Assign Teams Phone Standard and the calling plan in the M365 admin center.\n2. Teams admin center > Voice > Phone numbers: pick a free number for the site, Assign to the user.\n3. Set the emergency address for that site (E911 / RAY BAUM's Act: required, do not skip).\n4. Users > the user > Policies: calling policy and voice routing policy as in the client's IT Glue config.\n5. Allow up to 24 hours; most numbers show within an hour. The user signs out of Teams and back in.\n6. If the dial pad is still missing: new Teams > Settings > Apps > Microsoft Teams > Reset, or clear %appdata%\\Microsoft\\Teams for classic Teams.",
      ],
      [
        'Voicemail and forwarding',
        'User side: Teams > Settings > Calls > Configure voicemail to record a greeting; "Call answering rules" for forward to mobile or to a colleague. Admin side: Teams admin center > Users > the user > Voice > Call forwarding.',
      ],
      [
        'Call queues and auto attendants',
        'Each queue or auto attendant needs a resource account with the free Teams Phone Resource Account licence, and a number if callers dial it directly. Agents are added in Teams admin center > Voice > Call queues > Users or by a Teams channel. Agents must have Teams Phone themselves.',
      ],
      [
        'Desk phones and call quality',
        'Teams-certified desk phones (Yealink MP56, Poly CCX 400) sign in with a device code at microsoft.com/devicelogin. Calls dropping at about 30 seconds or no audio: the firewall must allow UDP 3478-3481 out, and SIP ALG has nothing to do with Teams.',
      ],
    ],
  ),
  article(
    'j-sharepoint-permissions',
    'SharePoint and Teams files: access denied, sharing links, guests',
    null,
    'Microsoft 365/SharePoint',
    [
      [
        'Error messages',
        '"You need permission to access this item", "Access Denied", "Sorry, this site hasn\'t been shared with you", "That account doesn\'t have access", "Sharing is disabled for this site".',
      ],
      [
        'Check in this order',
        "1. Which account is the browser signed in with? A personal Microsoft account or another client's account in the same Edge profile is the most common cause. Try an InPrivate window.\n2. Is the file in a Teams team? A team's files are the team's SharePoint site: the user must be a member of the team (or of the private channel, which has its own site).\n3. Site > Settings > Site permissions > Advanced permissions settings > Check Permissions for the user.\n4. Folder has unique permissions (\"This folder has unique permissions\" / broken inheritance)? Fix it on the folder, or restore inheritance if nobody can say why it was broken.\n5. Access requests go to the site owner. If the owner left, make the client's contact an owner.",
      ],
      [
        'External people and guests',
        'External sharing is set at the tenant and per site; most of our clients allow "New and existing guests" on selected sites only, and "Anyone" links are off. A guest who gets "hasn\'t been shared with you" usually opened the link signed in as a different account, or did not enter the one-time code sent to their email. Re-share to their exact address. If the site says sharing is disabled, the client contact must approve turning it on for that site.',
      ],
      [
        'Rules',
        'Never give users Full Control or share with "Everyone except external users". Add people to the site\'s Members group (or the team) instead. Record changes in the client\'s IT Glue.',
      ],
    ],
  ),
  article(
    'j-onedrive-sync',
    'OneDrive sync problems (red X, stuck processing, pending, conflicts)',
    null,
    'Microsoft 365/OneDrive',
    [
      [
        'Icons',
        'Red circle with a white X on the cloud or on files = sync error. Blue circular arrows = syncing. "Processing changes" or "Looking for changes" for hours = stuck. Grey cloud = signed out or paused.',
      ],
      [
        'Fixes, quickest first',
        '1. Click the cloud icon > View sync problems; it names the file.\n2. File open in another app, name with invalid characters (" * : < > ? / \\ |) or a path over 400 characters: rename or move it.\n3. Storage full: OneDrive > Settings > Account shows usage.\n4. Pause and resume syncing.\n5. Reset: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, wait 2 minutes, start OneDrive if it does not relaunch. Reset does not delete files.',
      ],
      [
        'Error codes',
        '0x8004de40: OneDrive cannot reach the service (proxy, TLS settings, DNS filter). 0x8004de90: OneDrive is not fully set up, sign in again. 0x80070005: access denied, usually on Known Folder Move when Desktop or Documents has odd NTFS permissions or is redirected to a server share.',
      ],
      [
        'Known Folder Move and libraries',
        'We push Known Folder Move (Desktop, Documents, Pictures) by Intune on most clients. For SharePoint/Teams libraries, prefer "Add shortcut to My files" over the Sync button. More than about 300,000 synced files makes OneDrive slow and stuck. Files duplicated with the computer name in the name (Budget-DESKTOP-4KQ2.xlsx) are sync conflicts: compare and keep one.',
      ],
    ],
  ),
  article(
    'j-shared-mailbox',
    'Shared mailboxes: create, give access, Send As, not showing in Outlook',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Create',
        'Exchange admin center > Recipients > Mailboxes > Add a shared mailbox. No licence needed under 50 GB (and no archive). Block sign-in on the shared mailbox account; nobody signs in to it directly.',
      ],
      [
        'Give access',
        'Mailbox > Delegation: Read and manage (Full Access) to see it, Send as to send as the mailbox, Send on behalf if the client wants "X on behalf of Y". Full Access granted to a person automaps: it appears in their Outlook folder list within about 60 minutes after Outlook restarts. Access granted through a group does not automap; add it by hand in File > Account Settings > Change > More Settings > Advanced > Add.',
      ],
      [
        'Send As errors',
        '"You do not have the permission to send the message on behalf of the specified user" or NDR 554 5.2.0 ... SendAsDenied: Send As is not granted or not replicated yet. Grant it, wait an hour, and have the user delete the old suggestion from the From field (it remembers the stale entry) and pick the mailbox from the address book.',
      ],
      [
        'Sent items and mobile',
        "Sent mail lands in the sender's own Sent Items unless you run Set-Mailbox <shared> -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true. In webmail: right-click Folders > Add shared folder or mailbox. Outlook mobile: Settings > the account > Add shared mailbox.",
      ],
    ],
  ),
  article(
    'j-m365-licensing',
    'Microsoft 365 licensing: assign, remove, buy more, "Unlicensed Product"',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'What we sell',
        'Business Basic (web apps, mailbox), Business Standard (desktop apps), Business Premium (Standard + Intune + Entra ID P1 + Defender for Business: our default), Exchange Online Plan 1 (mail only), F3 for frontline staff, E3/E5 for a few larger clients. Add-ons: Teams Phone Standard, Defender for Office 365 P2.',
      ],
      [
        'Buying and reducing seats',
        'All seats are bought through Pax8. New Commerce (NCE) annual seats can only be reduced within 7 days (168 hours) of purchase or renewal; monthly seats cost 20% more. Check the client agreement before buying: some clients must approve every added seat.',
      ],
      [
        'Assigning',
        'M365 admin center > Users > Active users > the user > Licenses and apps. Some clients use group-based licensing in Entra ID: add the user to the licence group instead and the direct assignment shows as inherited.',
      ],
      [
        'Symptoms of a missing or broken licence',
        '- Word/Excel show a red bar "Unlicensed Product" or "Product Deactivated" and open read-only.\n- "We couldn\'t find an Office license for your account".\n- Outlook: "Exchange account not found" for a brand-new user.\n- Teams: "You\'re missing out! Ask your admin to enable Microsoft Teams".\nFix: check the licence is assigned, then in the Office app File > Account > Sign out, sign back in. A user can activate the desktop apps on 5 PCs/Macs: if they hit the limit, sign out old devices at myaccount.microsoft.com > Devices. Shared PCs (front desk, kiosks) need shared computer activation.',
      ],
      [
        'Removing',
        'Never just remove the licence from a leaver: convert the mailbox to shared first (offboarding checklist), or the mailbox is deleted after 30 days.',
      ],
    ],
  ),
  article(
    'j-mfa-authenticator',
    'MFA, Microsoft Authenticator and password resets: FAQ',
    null,
    'Microsoft 365/Identity',
    [
      [
        'Q: User got a new phone and Authenticator is not on it',
        'If they still have the old phone: sign in at aka.ms/mysecurityinfo, Add sign-in method > Microsoft Authenticator, scan the QR code with the new phone, then delete the old one. If the old phone is gone (traded in, lost, broken): verify identity by calling back the number in the PSA (never a number given in the ticket), then Entra admin center > Users > the user > Authentication methods > Require re-register multifactor authentication, or issue a Temporary Access Pass (1 hour, one use) so they can register the new phone. Some clients override this (see their runbook).',
      ],
      [
        'Q: What do the sign-in error codes mean?',
        'AADSTS50076: "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication": the app tried to sign in without MFA. Usually an old mail app (iPhone Mail, old Outlook 2013) using basic auth: move the user to Outlook mobile / current Outlook. AADSTS50079: "More information required": the user has to register MFA. AADSTS50074: strong authentication required, finish the MFA prompt. AADSTS53003/53000 are Conditional Access: see that article.',
      ],
      [
        'Q: The prompt shows a number',
        'That is number matching. Type the two-digit number shown on the computer\'s sign-in screen into Authenticator. If there is no number on the screen, the user did not start this sign-in: do not approve, see "User getting MFA prompts they didn\'t trigger".',
      ],
      [
        'Q: The approval notification never arrives',
        'Open the Authenticator app and pull down to refresh; check notifications are allowed and battery saver is not killing the app; check the phone clock is automatic. The user can pick "I can\'t use my Microsoft Authenticator app right now" > "Use a verification code" and type the 6-digit code from the app.',
      ],
      [
        'Q: User forgot their password / is locked out',
        'Self-service: aka.ms/sspr (works from a phone) if they registered methods. Otherwise L1 resets after identity verification: cloud-only users in the M365 admin center (Reset password, require change at next sign-in); hybrid clients in Active Directory, then Start-ADSyncSyncCycle -PolicyType Delta on the sync server. Lockouts ("Your account is locked") clear by themselves after 60 seconds in Entra smart lockout; on-prem AD lockouts need Unlock in ADUC.',
      ],
      [
        'Q: Password expired on a laptop that is off the network',
        'Windows caches the old password. Connect the VPN from the sign-in screen (or in the office), then Ctrl+Alt+Del > Change a password, then lock and unlock so Windows picks up the new password.',
      ],
    ],
  ),
  article(
    'j-conditional-access',
    'Conditional Access: reading sign-in failures (AADSTS53003, 53000) and travel exceptions',
    null,
    'Microsoft 365/Identity',
    [
      [
        'Find the failed sign-in',
        'Entra admin center > Monitoring > Sign-in logs, filter by user and "Failure". Open the entry: the Conditional Access tab shows which policy failed and why; the Location shows country and IP. Use the What If tool to test a change before making it. Never turn a policy off to test.',
      ],
      [
        'Codes',
        'AADSTS53003 "Access has been blocked by Conditional Access policies": a block policy matched (usually country or legacy auth). AADSTS53000 "Device is not in required device state: compliant" / "You can\'t get there from here": the device is not Intune-compliant or not enrolled. Check Intune > Devices > the device > Device compliance: BitLocker off, OS too old, Defender off, or not checked in for 30 days. AADSTS53001: the policy needs a domain-joined device. AADSTS50105: the user is not assigned to that enterprise app.',
      ],
      [
        'Phones',
        'Outlook and Teams on phones are under app protection policies: users must install Microsoft Authenticator (iPhone) or Company Portal (Android) as the broker app, otherwise they see "Your organization requires ... to access this app". Native mail apps are blocked.',
      ],
      [
        'Travel',
        'Most clients block sign-ins outside the US (named location "Allowed countries"). For travel, the client\'s authorized contact emails the dates and countries; add the user to CA-Travel-Exception with an expiry (access package or a calendar reminder to remove them). Hotel Wi-Fi and VPN apps can also show as another country.',
      ],
    ],
  ),
  article(
    'j-ndr-codes',
    'Email bounce-backs (NDRs): what the code means and what to do',
    null,
    'Microsoft 365/Exchange',
    [
      [
        '5.1.1 / 5.1.10 recipient not found',
        "550 5.1.1 RESOLVER.ADR.RecipientNotFound or 5.1.10: the address does not exist. Check spelling. If the user has mailed this person before, the Outlook autocomplete entry is stale (often after the recipient's company moved mail systems): delete it from the suggestion list with the X and type the address in full.",
      ],
      [
        '5.7.1 delivery not authorized',
        '550 5.7.1 has several causes. To a distribution list from outside: the group only accepts internal senders. Set "Allow people outside the organization to send" in the group settings if the client approves. From a copier or app relaying through our connector: the sending public IP is not in the connector (the ISP changed the IP?). From a recipient\'s system: they are blocking us; read the text after the code.',
      ],
      [
        '5.7.520 external forwarding',
        "550 5.7.520 Access denied, Your organization does not allow external forwarding: auto-forwarding to outside addresses (Gmail etc.) is blocked by the outbound spam policy on purpose. Exceptions need the client's written approval and a named policy for that user only.",
      ],
      [
        'Blocked sender and tenant',
        '550 5.1.8 Access denied, bad outbound sender or 5.7.501: the user is on the Restricted entities list because they sent spam: treat as a compromised account first. 5.7.705 / 5.7.708 Access denied, traffic not accepted from this IP: the whole tenant is restricted, open a Microsoft case.',
      ],
      [
        'Size, delay, spam folder',
        "552 5.3.4 message size exceeds fixed limit: send a OneDrive link instead. 4.4.7 Message expired: the recipient's server was unreachable for 24 hours; nothing to fix our side. Our mail landing in other people's junk: check SPF, DKIM and DMARC for the domain at mxtoolbox.com; a new sending service (newsletter tool, CRM) must be added to SPF.",
      ],
    ],
  ),

  // ---------------------------------------------------------------- Security
  article('j-phishing-report', 'User reports a phishing email', null, 'Security/Phishing', [
    [
      'If they only received it',
      'Thank them. Have them click Report > Report phishing in Outlook (desktop, web or mobile), then delete it. Do not ask them to forward it. Gift-card requests "from the boss", fake invoices and "mailbox full / password expiring" pages all count.',
    ],
    [
      'Clean up the tenant',
      'Defender portal > Email & collaboration > Explorer: search by sender or subject, see who else received it, select all > Take action > Move to Deleted Items (soft delete). Block the sender or domain in Tenant Allow/Block Lists. Note the ticket number in the action comment.',
    ],
    [
      'If they clicked',
      "- Clicked and entered their password: go to the compromised account runbook now.\n- Opened an attachment or ran something: isolate the PC from the SentinelOne console (Disconnect from network) and escalate to L2.\n- Replied, paid, bought gift cards or changed someone's bank details: this is business email compromise. Call the client's primary contact and their finance lead by phone; the bank must be called the same day; file at ic3.gov.",
    ],
    [
      'Quarantine releases',
      'Users asking to release a held message: check it in security.microsoft.com/quarantine. Release only if the sender is verified as expected. Never release "phish" (high confidence) verdicts without L2.',
    ],
  ]),
  article(
    'j-account-compromise',
    'Compromised Microsoft 365 account: response runbook',
    null,
    'Security/Incident response',
    [
      [
        'When to use',
        'The user entered their password on a phishing page, contacts received mail the user did not send, unknown inbox rules or forwarding, sign-ins from other countries, or Microsoft blocked the user from sending.',
      ],
      [
        'Steps (P1, do them in order)',
        '1. Set the ticket to P1 and page the security on-call.\n2. Reset the password to a random one (give it to the user by phone) and Revoke sessions in Entra (or Revoke-MgUserSignInSession).\n3. Authentication methods: delete any phone number or Authenticator the user did not add themselves.\n4. Inbox rules: Get-InboxRule -Mailbox user. Attackers add rules that delete or move everything to RSS Feeds, Conversation History or Archive, often named "." or "..". Remove them. Check ForwardingSmtpAddress and Outlook forwarding.\n5. Entra > Enterprise applications > filter user consent: remove unknown OAuth apps (eM Client, PerfectData Software, Newsletter Software Supermailer).\n6. Sent Items and Deleted Items: what went out? Tell the client which contacts got phishing from this account.\n7. If the user cannot send (NDR 5.1.8 bad outbound sender / "you weren\'t recognized as a valid sender"): after steps 2-5, remove them from Defender > Restricted entities.\n8. Unified audit log: MailItemsAccessed and FileDownloaded for the attacker\'s IPs. If client data was read, the client decides on legal/insurance notice; we give the facts.\n9. Write it up in the ticket and book awareness training for the user.',
      ],
    ],
  ),
  article(
    'j-ransomware-first-steps',
    'Ransomware / files being encrypted: first 30 minutes and escalation matrix',
    null,
    'Security/Incident response',
    [
      [
        'Signs',
        'Files renamed with a new extension (.akira, .lockbit, random letters), a note in every folder (README.txt, HOW_TO_RECOVER_FILES.html), nobody can open files on the share, SentinelOne or Huntress alert with "ransomware" in it.',
      ],
      [
        'Do now',
        '1. Get the affected machines off the network: network cable out, Wi-Fi off. Do NOT shut them down (memory evidence).\n2. In SentinelOne: Network quarantine the endpoints; Huntress: Isolate host.\n3. If a file server is encrypting, disconnect its NIC in the hypervisor.\n4. Write down the time, who noticed, a photo of the note.\n5. Do not pay, reply to the attacker, delete anything, or start restoring.',
      ],
      [
        'Escalation matrix',
        "Sev 1 (server, share or more than one PC): security on-call lead + service manager + client primary contact by phone within 15 minutes. The client must call their cyber insurer's hotline before any incident response firm is engaged (the insurer assigns a breach coach). After hours: NOC bridge (555) 010-0142.\nSev 2 (one PC, stopped by EDR): L2 on-call within 30 minutes, client contact the same business day.\nSev 3 (EDR alert, no encryption seen): normal queue, L2 review.",
      ],
      [
        'Backups',
        "Check the Datto BCDR and Datto SaaS Protection console for the last snapshot from before the encryption, but do not restore until the security lead says the environment is clean. Do not delete snapshots. Talk by phone or from our own Teams, never from the client's email.",
      ],
    ],
  ),
  article(
    'j-suspicious-mfa-prompts',
    "User getting MFA prompts they didn't trigger",
    null,
    'Security/Identity',
    [
      [
        'What it means',
        'An approval request on the phone that the user did not start almost always means someone has their password and is trying to sign in (MFA fatigue / push bombing). Tell the user: deny it, and if Authenticator asks, choose "No, it\'s not me" / Report. Never approve to make it stop.',
      ],
      [
        'Do',
        '1. Reset the password and revoke sessions straight away.\n2. Entra sign-in logs for the user: failures with "MFA denied; user declined the authentication" and the country/IP.\n3. If any sign-in from that IP succeeded, run the full compromised account runbook.\n4. Check the user\'s methods for a phone or app they did not add.',
      ],
      [
        'Harmless look-alikes',
        'An old iPad, a second PC or a phone mail app still signed in retries and prompts: same IP as the office or home, same device name every time. Sign that device out. "Unusual sign-in activity" emails from Microsoft about a personal Outlook.com/Hotmail account are not ours: tell the user to check account.live.com themselves. A phone call from "IT" asking for the code on the screen is vishing: report it.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Network
  article('j-wifi', 'Wi-Fi troubleshooting: Meraki and UniFi sites', null, 'Network/Wireless', [
    [
      'One person or everyone?',
      'One device: forget the network and reconnect, check the clock, turn off "random hardware address" for the office SSID. If the SSID is WPA2-Enterprise (802.1X with NPS/RADIUS), a recent password change breaks it on phones until the new password is typed in. Everyone: check the APs, then the internet (ISP outage article).',
    ],
    [
      'Meraki',
      'Dashboard > Network-wide > Clients: search the hostname or MAC, open Event log. "802.1X auth fail" = credentials/RADIUS; "WPA deauth" or "disassociation" repeated = roaming or interference. Wireless > Access points: AP offline = check its switch port and PoE. Guest SSIDs use the Meraki splash page; if guests see no splash, check Wireless > Splash page and walled garden. Guest Wi-Fi passwords rotate monthly: the current one is in the client\'s IT Glue passwords as "Guest Wi-Fi".',
    ],
    [
      'UniFi',
      'UniFi Network app on the client\'s Cloud Key or UniFi OS console (unifi.ui.com). AP states: "Disconnected" or "Heartbeat Missed" = the AP lost power or uplink: power cycle its port from Ports (PoE > Power cycle) or ask someone to replug it; "Adopting" stuck = forget and re-adopt with the SSH credentials in IT Glue; "Isolated" = it lost the wired uplink and is meshing. Guest hotspot vouchers: Hotspot Manager > Vouchers.',
    ],
    [
      'Slow or dropping',
      'Connected but no internet: the DHCP scope may be full (check leases on the firewall/MX) or the captive portal did not finish. Drops every few minutes for several people in one room: channel utilization over 50% or a weak AP; check RF / channel and move clients to 5 GHz. Printers and scanners on Wi-Fi: give them a DHCP reservation and the 2.4 GHz devices SSID.',
    ],
  ]),
  article(
    'j-sonicwall-vpn',
    'SonicWall VPN (NetExtender / Mobile Connect): cannot connect',
    null,
    'Network/VPN',
    [
      [
        'Setup',
        "Windows: NetExtender 10.2 or later; Mac/iPhone: SonicWall Mobile Connect. Server: vpn.<client domain>:4433, Domain: the value in the client's IT Glue VPN config (often LocalDomain or the AD domain). Users must be in the SSLVPN Services group on the firewall.",
      ],
      [
        'Errors',
        '- "Login failed - Incorrect password" / "Authentication failed": AD password expired or changed (the VPN cannot change an expired password: reset it), user not in SSLVPN Services, or wrong Domain field.\n- Stuck on "Connecting..." then "Connection timed out": the office WAN is down, or the network the user is on blocks port 4433 (hotels, guest Wi-Fi). Try a phone hotspot.\n- "Server certificate is invalid": the cert on the firewall expired; L2.\n- Drops every 10-15 minutes: idle timeout on the SSLVPN portal.\n- Asks for a one-time password: SonicOS 7 TOTP; the user enrols once from the Virtual Office page.',
      ],
      [
        'Connected but nothing works',
        'Mapped drives or server names not reachable while connected: DNS. Check NetExtender got the internal DNS servers and suffix (ipconfig /all), try \\\\server-IP. Check the client route list includes the server subnet. "NetExtender adapter not found": uninstall, reboot, install the latest version.',
      ],
    ],
  ),
  article('j-fortinet-vpn', 'FortiClient VPN: error codes and fixes', null, 'Network/VPN', [
    [
      'Client',
      "FortiClient VPN 7.x (free VPN-only client) or the EMS-managed FortiClient on clients with EMS. Remote gateway and port are in the client's IT Glue VPN config. FortiToken Mobile is the second factor on most FortiGates.",
    ],
    [
      'Errors',
      '- "Credential or SSLVPN configuration is wrong (-7200)": wrong password, expired AD password, user not in the SSL-VPN user group, or the wrong port/realm in the connection.\n- "Unable to establish the VPN connection. The VPN server may be unreachable (-14)": the FortiGate is not reachable (office internet down, or the network blocks the port). Test the gateway address from a browser or phone hotspot.\n- "Permission denied (-455)": the user authenticated but no SSL-VPN policy allows them.\n- Stuck at 98%: Windows side. Restart the "Remote Access Connection Manager" service, remove and re-add the WAN Miniport adapters by reinstalling FortiClient, reboot.\n- Disconnects after exactly 8 hours: auth-timeout, by design.',
    ],
    [
      'FortiToken',
      'No push: open FortiToken Mobile and type the 6-digit code instead. New phone: FortiGate > User & Authentication > FortiTokens: select the token, Revoke, then re-assign and send the activation email; the user scans it in FortiToken Mobile.',
    ],
  ]),
  article('j-dns', 'DNS problems: quick fixes', null, 'Network/DNS', [
    [
      'Symptoms',
      '"This site can\'t be reached. Server IP address could not be found", DNS_PROBE_FINISHED_NXDOMAIN, a site works on a phone but not the PC, server names like \\\\fs01 do not resolve, or a DNSFilter block page.',
    ],
    [
      'Fix',
      '1. ipconfig /flushdns, then retry.\n2. nslookup the name. If it fails, ipconfig /all: domain PCs should use the DC as DNS, others the firewall. A hard-coded 8.8.8.8 on the adapter breaks internal names.\n3. On VPN: see the VPN article, internal names only resolve if the VPN hands out internal DNS.\n4. DNSFilter roaming client broken (nothing resolves while it runs): restart the "DNS Agent" service or reinstall from the NinjaOne policy.\n5. Legit site blocked by DNSFilter: client contact approves, add the domain to the allow list on the client\'s policy.',
    ],
    [
      'Public records',
      'Website or MX moves: change records at the registrar in IT Glue, check TTL, confirm with a public resolver. Do not touch MX without L2.',
    ],
  ]),
  article('j-isp-outage', 'Internet down at a client site: ISP outage procedure', null, 'Network/ISP', [
    [
      'Confirm',
      'NinjaOne: are all devices at the site offline? Firewall/Meraki/UniFi showing offline in the cloud dashboard? Call someone at the site. Check the ISP status page and downdetector.',
    ],
    [
      'At the site',
      'Ask the contact to power cycle the ISP modem or ONT (Comcast Business, Spectrum, AT&T Fiber, Lumen): unplug 60 seconds, wait 5 minutes, then power cycle the firewall. Ask what the modem lights show (orange/blinking online light = no signal from ISP). Do not let anyone press reset buttons.',
    ],
    [
      'Call the ISP',
      "Account number, circuit ID and support number are in IT Glue under the client's ISP config. Get a ticket number and ETA, put both in our ticket.",
    ],
    [
      'While it is down',
      "If the site has a second WAN or LTE backup, confirm the firewall failed over. Hosted VoIP phones will show No Service: in the phone portal, forward the main number to a mobile. Update the client contact every hour and close with the ISP's reason for outage.",
    ],
  ]),

  // ---------------------------------------------------------------- Windows endpoints
  article('j-slow-pc', 'Slow computer: triage checklist', null, 'Endpoints/Windows', [
    [
      'Ask',
      'Since when? After an update or new software? Everything slow or one app? Slow to start up, or slow all day?',
    ],
    [
      'Check',
      '1. Uptime (Task Manager > Performance > CPU). Fast Startup means "shut down" is not a restart: over 7 days, restart first.\n2. Task Manager > Processes sorted by CPU, Memory, Disk. Usual: browser with 60 tabs, Teams, OneDrive syncing, SearchIndexer, MsMpEng during a scan.\n3. Disk free under 10%: Disk Cleanup (system files), Storage Sense, empty %temp%, OneDrive > Free up space.\n4. Startup apps: Task Manager > Startup, disable what the user does not need.\n5. SentinelOne: run a full scan if anything looks odd.\n6. NinjaOne > device > Performance for history; check age, RAM and disk type.',
    ],
    [
      'When to recommend replacement',
      'Spinning hard drive, 8 GB RAM or less on Windows 11, or more than 5 years old: note it in the ticket and tell the account manager for a quote. Do not spend more than 45 minutes tuning such a PC.',
    ],
  ]),
  article('j-windows-update', 'Windows Update failures and stuck updates', null, 'Endpoints/Windows', [
    [
      'Error codes',
      '0x80070005: access denied, usually a third-party security tool or broken permissions on the update folders; run the reset below. 0x800f0922: could not connect to the update service (VPN, proxy) or the System Reserved partition is too small. 0x80073712 / 0x800f081f: component store corrupt: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow, reboot, retry. 0x8024402c: proxy or old WSUS setting in the registry.',
    ],
    [
      'Reset the update components',
      'Elevated prompt: net stop wuauserv, net stop bits, net stop cryptsvc; rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old and C:\\Windows\\System32\\catroot2 to catroot2.old; start the three services; reboot; retry from NinjaOne.',
    ],
    [
      'Stuck on a blue screen',
      '"Working on updates 100%" or "Undoing changes made to your computer" looping: give it an hour, then hold power to restart. Still looping: boot to the recovery environment (3 failed boots) > Troubleshoot > Advanced > Uninstall Updates > latest quality update.',
    ],
    [
      'How we patch',
      'NinjaOne patch policy: quality updates approved 7 days after Patch Tuesday, install Wednesday 8 pm, reboot prompt the user can defer 3 times. Feature updates (23H2 to 24H2) only when approved per client. Do not pause updates for a user for more than 7 days.',
    ],
  ]),
  article(
    'j-bitlocker-recovery',
    'BitLocker recovery key: user stuck at the recovery screen',
    null,
    'Endpoints/Windows',
    [
      [
        'Find the key',
        'The blue screen shows a Recovery key ID; match the first 8 characters. Look in: Entra admin center > Devices > the device > BitLocker keys (Show recovery key); Intune > Devices > the device > Recovery keys; on-prem AD: ADUC > the computer object > BitLocker Recovery tab; NinjaOne: device custom field "BitLocker key".',
      ],
      [
        'Before reading it out',
        'Verify the caller: call them back on the number in the PSA, or confirm with their manager. Read the 48 digits in groups of 6. Never email the key.',
      ],
      [
        'Why it happened',
        'BIOS or firmware update (Dell Command Update, Lenovo Vantage), TPM cleared, a new dock or booting with a USB-C/Thunderbolt dock attached, Secure Boot changes, a motherboard swap.',
      ],
      [
        'It asks every boot',
        'After getting in: manage-bde -protectors -disable C: -RebootCount 1, reboot, then manage-bde -protectors -enable C:. Check tpm.msc says the TPM is ready; update the BIOS. Still looping: L2. Key not found anywhere: the data cannot be recovered, the device must be reimaged; tell the client before you do.',
      ],
    ],
  ),
  article(
    'j-profile-issues',
    'Windows sign-in and profile problems: temporary profile, profile service, PIN, trust relationship',
    null,
    'Endpoints/Windows',
    [
      [
        'Temporary profile',
        '"We can\'t sign in to your account. This problem can often be fixed by signing out of your account and then signing back in": the user is in a temp profile, desktop empty and default wallpaper. Sign out (do not save anything there), sign in as admin, regedit HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList: if the user\'s SID exists twice, one with .bak, remove the one without .bak and rename the .bak one; set State and RefCount to 0. Reboot.',
      ],
      [
        'Profile cannot be loaded',
        '"The User Profile Service service failed the sign-in. User profile cannot be loaded.": NTUSER.DAT is damaged. Rename C:\\Users\\<user> to <user>.old, remove its ProfileList key, have the user sign in to create a new profile, then copy Desktop, Documents, Downloads, Favorites and browser profiles back. OneDrive Known Folder Move users get their files back by syncing.',
      ],
      [
        'Windows Hello PIN',
        '"Your PIN is no longer available due to a change to the security settings on this device" or "Something went wrong, your PIN isn\'t available": sign in with the password, Settings > Accounts > Sign-in options > PIN > I forgot my PIN. If that fails, as admin delete C:\\Windows\\ServiceProfiles\\LocalService\\AppData\\Local\\Microsoft\\Ngc and set the PIN again.',
      ],
      [
        'Trust relationship',
        '"The trust relationship between this workstation and the primary domain failed": the computer account password is out of sync (PC was off for months, restored image). Sign in with a local admin, run Test-ComputerSecureChannel -Repair -Credential DOMAIN\\admin in PowerShell, reboot. If it fails, remove from the domain and rejoin.',
      ],
    ],
  ),
  article(
    'j-docks-monitors',
    'Docking stations, monitors and USB peripherals (headsets, webcams)',
    null,
    'Endpoints/Hardware',
    [
      [
        'Docks we deploy',
        'Dell WD19S and WD22TB4, Lenovo ThinkPad Universal USB-C Dock, HP USB-C Dock G5. DisplayLink docks (Dell D6000, Targus, Plugable) need the DisplayLink driver from displaylink.com or nothing shows on the external screens.',
      ],
      [
        'External screens black or not detected',
        "1. Unplug the dock's power for 30 seconds, plug back, reconnect the laptop.\n2. Win+P > Extend. Settings > System > Display > Detect.\n3. The laptop cable must go in the USB-C/Thunderbolt port with the lightning or display icon, not a charge-only port.\n4. Update the dock firmware and graphics driver: Dell Command Update / Lenovo Vantage / HP Image Assistant.\n5. Screens do not wake after sleep: turn off USB selective suspend in power options, update dock firmware.\n6. Flicker or stuck at 30 Hz on 4K: HDMI 1.4 cable or port; use DisplayPort.",
      ],
      [
        'Not charging on the dock',
        'Dell BIOS message "The AC power adapter wattage and type cannot be determined" or "slow charger": the dock\'s power brick is too small (WD19S needs 130 W for Precision/XPS; 90 W bricks are for small laptops) or the cable is damaged.',
      ],
      [
        'Headsets, webcams, keyboards',
        'Device Manager "This device cannot start. (Code 10)" or "Windows has stopped this device because it has reported problems. (Code 43)": uninstall the device, unplug, restart, plug into the laptop itself instead of the dock. No sound or wrong mic: Settings > Sound default devices AND Teams/Zoom device settings. Webcam shows black or a crossed-out camera: privacy shutter on the bezel, the F8/F10 camera key on Lenovo and HP, Settings > Privacy & security > Camera allowed for desktop apps. Logitech wireless keyboards/mice: re-pair the Unifying or Bolt receiver with Logi Options+.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Printing and scanning
  article(
    'j-printer-troubleshooting',
    'Printer offline, jobs stuck in the queue, 0x0000011b',
    null,
    'Printing',
    [
      [
        'Just you, or everyone?',
        'Everyone: go to the printer, read the panel (paper jam, door open, error code) and ping its IP. Just one PC: it is the queue or the driver on that PC.',
      ],
      [
        'Printer shows Offline',
        'Ping the IP in IT Glue. If it changed, the printer lost its DHCP reservation: fix the reservation. If the port on the PC is a WSD port, replace it with a Standard TCP/IP port to the IP and untick SNMP status if it flaps.',
      ],
      [
        'Jobs stuck',
        'Elevated prompt: net stop spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, net start spooler. Reprint.',
      ],
      [
        'Errors adding a shared printer',
        '0x0000011b, 0x00000709 or 0x00000bcb when connecting to a printer on a print server: Windows print hardening (PrintNightmare). Do not set RpcAuthnLevelPrivacyEnabled to 0. Deploy the printer by GPO or Intune with the driver pre-installed, or install it as a direct TCP/IP printer.',
      ],
      [
        'Drivers',
        'Use the universal drivers: HP Universal Print Driver PCL6, Ricoh PCL6 Driver for Universal Print, Canon Generic Plus UFR II, Kyocera KX. Pages of random characters = PostScript job to a PCL driver or the reverse: change the driver.',
      ],
    ],
  ),
  article(
    'j-scan-to-email-folder',
    'Scan to email / scan to folder stopped working on a copier (MFP)',
    null,
    'Printing',
    [
      [
        'Scan to email: how it is set up',
        "Three ways on Microsoft 365 clients: (1) SMTP AUTH to smtp.office365.com port 587 STARTTLS with a licensed scanner mailbox; (2) direct send to <domain>.mail.protection.outlook.com port 25, internal recipients only; (3) our SMTP relay (SMTP2GO) or an Exchange connector locked to the office public IP. The client's IT Glue copier config says which.",
      ],
      [
        'Scan to email errors',
        '535 5.7.139 Authentication unsuccessful: the scanner account password was changed, MFA or security defaults were turned on for it, or SMTP AUTH is disabled for the mailbox ("SmtpClientAuthentication is disabled"). Update the password in the copier\'s address book/SMTP settings or move it to the relay. 550 5.7.1 on a connector setup: the office public IP changed (new ISP or modem swap): update the connector.',
      ],
      [
        'Scan to folder (SMB)',
        '"Cannot connect to the destination" / "Authentication error" / "Login failed": the account in the copier changed its password (never use a person\'s account: use svc-scan with a non-expiring password), the share or NTFS permissions, or the server no longer allows SMB1 and the copier is old: update the copier firmware to SMB2/3. Path format \\\\server\\scans\\name; try the server IP if the name fails.',
      ],
      [
        'Where to change settings',
        'Ricoh: Web Image Monitor > Address Book. Canon: Remote UI > Send > SMTP / address book. Kyocera: Command Center RX > Address Book. HP: Embedded Web Server > Scan > Network Folder / Email setup. Admin passwords are in IT Glue.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Onboarding / offboarding
  article('j-onboarding', 'New user onboarding checklist', null, 'Users/Onboarding', [
    [
      'Before anything',
      'The request must come from an authorized contact in IT Glue, with: name, start date, title, manager, department, a user to mirror, hardware needed, apps. Lead time 3 business days; laptops 5-10 business days if one must be ordered.',
    ],
    [
      'Checklist',
      "1. Create the account: hybrid clients in AD (right OU, then delta sync); cloud-only in the M365 admin center. Format first.last@ unless IT Glue says otherwise.\n2. Licence: check a free seat exists (M365 licensing article); buy one if the contact approved.\n3. Groups: copy the mirror user's security groups, distribution lists, Teams and shared mailboxes.\n4. MFA: create a Temporary Access Pass for day one so they register Authenticator at first sign-in.\n5. Hardware: Autopilot device assigned to the user in Intune; user-driven setup on day one, or we pre-provision and deliver.\n6. Line-of-business apps: follow the client's runbook (user accounts in the LOB app are often made by the client).\n7. Phone: extension on the hosted PBX or a Teams Phone number.\n8. Printers, mapped drives, VPN group if remote.\n9. Send the welcome sheet to the manager (not the new mailbox); password by one-time secret link.\n10. Update IT Glue and the agreement seat count.",
    ],
  ]),
  article('j-offboarding', 'User offboarding / termination checklist', null, 'Users/Offboarding', [
    [
      'Before anything',
      'Request from an authorized contact. For an involuntary termination agree the exact time with HR and do it then, while the person is in the meeting.',
    ],
    [
      'Checklist',
      '1. Block sign-in, reset the password, revoke sessions, remove MFA methods. Hybrid: disable the AD account and move it to Disabled Users.\n2. Convert the mailbox to a shared mailbox and give the manager Full Access. Auto-reply if asked. Forwarding to an internal address only.\n3. OneDrive: admin center > the user > OneDrive > Create link to files, send to the manager. OneDrive is kept 30 days after the account is deleted unless the client set longer.\n4. Remove licences (after step 2). Reduce Pax8 seats if allowed.\n5. Remove from groups and distribution lists; hand Teams/SharePoint ownership to the manager.\n6. Devices: collect laptop and phone; Intune remote wipe if not returned; record the BitLocker key.\n7. LOB apps, VPN, phone extension, building access: per client runbook or tell the client contact.\n8. Datto SaaS Protection: leave the seat as archived so the backup stays.\n9. Note everything done in the ticket.',
    ],
  ]),

  // ---------------------------------------------------------------- Backup and restore
  article(
    'j-file-restore',
    'Restore deleted or overwritten files (OneDrive, SharePoint, file server)',
    null,
    'Backup/Restore',
    [
      [
        'Ask the user',
        'Exact file or folder name, where it was, when it was last right. Restore to a new location named Restored_YYYYMMDD unless they want it overwritten.',
      ],
      [
        'OneDrive, SharePoint and Teams files',
        'Deleted: the site or OneDrive Recycle bin (users can do it themselves), then the Second-stage recycle bin (site admin). Items stay 93 days in total. Overwritten or bad edits: right-click the file > Version history > Restore. Mass deletion or encryption: OneDrive > Settings > Restore your OneDrive, or for a library Settings > Restore this library, to any point in the last 30 days. Older than that: Datto SaaS Protection (backs up 3 times a day).',
      ],
      [
        'File server',
        'Right-click the folder > Properties > Previous Versions (shadow copies twice daily). Older: Datto BCDR portal > the server > Restore > File Restore, pick the snapshot, mount, copy the files from the share it gives you, then dismount.',
      ],
    ],
  ),
  article('j-mailbox-restore', 'Restore deleted emails, folders or a whole mailbox', null, 'Backup/Restore', [
    [
      'User can do it',
      'Deleted Items folder first. Emptied it or shift-deleted: in Outlook, Deleted Items > "Recover items recently removed from this folder" (webmail: Deleted Items > Recover items deleted from this folder). Items stay 14 days by default (30 on clients where we raised it).',
    ],
    [
      'Admin',
      'Exchange admin center > Mailboxes > the user > Recover deleted items, or Get-RecoverableItems / Restore-RecoverableItems in PowerShell. Mail removed by a malicious inbox rule is usually here too.',
    ],
    [
      'Older, or a whole folder/calendar',
      'Datto SaaS Protection > the user > Exchange > pick the date > restore into a new folder "Restore-YYYYMMDD" (mail, calendar or contacts). Tell the user where it will appear.',
    ],
    [
      'Deleted user',
      'Within 30 days of deletion: M365 admin center > Users > Deleted users > Restore; the mailbox comes back. After 30 days: only from Datto SaaS Protection, or an inactive mailbox if the client has a retention policy.',
    ],
  ]),

  // ---------------------------------------------------------------- Remote access
  article('j-rd-gateway', 'Remote Desktop and RD Gateway connection errors', null, 'Remote access', [
    [
      'Errors',
      '- "Your computer can\'t connect to the remote computer because the Remote Desktop Gateway server is temporarily unavailable": RD Gateway service down, its certificate expired (renewal failed), or the firewall rule to it broke.\n- "Your computer can\'t connect to the Remote Desktop Gateway server. Contact your network administrator": wrong gateway name in the .rdp file, or the user is not in the RD CAP group.\n- "Remote Desktop can\'t connect to the remote computer for one of these reasons": the target PC is off, asleep, or its name changed.\n- "Your credentials did not work": use DOMAIN\\user or user@domain; an expired password cannot be changed through the gateway: reset it.\n- "The connection was denied because the user account is not authorized for remote login": add to Remote Desktop Users on the target and the RD RAP group.\n- "An authentication error has occurred. The function requested is not supported": CredSSP mismatch; patch both ends.',
    ],
    [
      'Office PCs people connect to from home',
      'Set power to never sleep on AC, enable Wake-on-LAN in the BIOS and NinjaOne. RDP only through the RD Gateway: never publish 3389 on the firewall.',
    ],
    [
      'RemoteApp and RD Web',
      'Published apps come from the RD Web feed https://<gateway>/RDWeb/feed/webfeed.aspx. Windows: Control Panel > RemoteApp and Desktop Connections. Mac/iPad: the Windows App (formerly Microsoft Remote Desktop) > Add workspace.',
    ],
  ]),
  article(
    'j-rmm-remote',
    'Remote support sessions: NinjaOne agent offline, ScreenConnect black screen',
    null,
    'Remote access',
    [
      [
        'NinjaOne agent shows offline',
        "PC off or asleep, or the NinjaRMMAgent service stopped. If the user is at the PC: services.msc > NinjaRMMAgent > Start. Still offline: reinstall the agent from the organization's installer link (Administration > Organizations > the client > Add device). DNS filtering or a proxy blocking *.ninjarmm.com also does it.",
      ],
      [
        'ScreenConnect',
        'Unattended (Access) sessions run as a service and can see UAC and the sign-in screen. Ad-hoc Support sessions cannot click UAC prompts: switch to the Access session or ask the user to click Yes. Black screen: the PC is on the secure desktop (UAC or Ctrl+Alt+Del): send Ctrl+Alt+Del from the toolbar, or pick the right monitor. Mac black/grey screen and no control: System Settings > Privacy & Security > Screen Recording and Accessibility: allow ScreenConnect, then restart the client.',
      ],
      [
        'User needs us to connect now and has no agent',
        'Send them to help.harborlineit.com and give them the 6-digit session code.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Phones
  article('j-voip-handsets', 'VoIP desk phones (Yealink / Poly) on our hosted 3CX', null, 'Phones', [
    [
      'Phone shows No Service / Network unavailable / Registration failed',
      '1. Is the cable in the LAN port of the phone and the wall/switch port that gives PoE? No screen at all = no PoE.\n2. Only one phone: reboot it (unplug 10 s). Check 3CX Management Console > Phones: is the extension registered?\n3. All phones at a site: internet or ISP problem (ISP outage article), or the firewall lost the voice VLAN.\n4. After a factory reset: re-provision (below).',
    ],
    [
      'Audio problems',
      "One-way audio or calls dropping at 30 seconds: SIP ALG is on at the firewall; turn it off. Choppy audio: check QoS and the site's upload; run the 3CX call quality report.",
    ],
    [
      'Provisioning and users',
      'New handset: add the MAC address to the extension in 3CX, the phone provisions by DHCP option 66 or the provisioning URL. Voicemail PIN reset: 3CX console > Users > the user > Voicemail > PIN. Voicemail to email is on by default. Forwarding and away status: 3CX web client or app. Softphone: 3CX app, scan the QR code from the welcome email.',
    ],
    [
      'Models',
      'Yealink T54W, T33G; older Poly VVX 450; cordless Yealink W76P (a handset saying "Not registered" means the DECT base lost its registration: reboot the base).',
    ],
  ]),

  // ---------------------------------------------------------------- Brightline Dental Partners
  article(
    'j-bdp-dentrix',
    'Brightline: Dentrix G7 will not open, database connection errors, version mismatch',
    brightline,
    'Clients/Brightline Dental Partners/Line of business',
    [
      [
        'Environment',
        'Dentrix G7 for all five offices (Maple Grove, Eden Prairie, Plymouth, Wayzata, Edina). Database and Dentrix server on BDP-DTX01 at Maple Grove (SQL instance DENTRIXSQL). The other four offices reach it over SonicWall TZ370 site-to-site tunnels. The Maple Grove office manager and the regional manager use NetExtender from home (generic SonicWall VPN article).',
      ],
      [
        '"Unable to connect to the Dentrix database"',
        "1. One PC or the whole office? Whole office outside Maple Grove: check the site-to-site tunnel in the SonicWall (VPN > Settings, green light) and the office's internet.\n2. All offices: RDP to BDP-DTX01, check the services SQL Server (DENTRIXSQL) and Dentrix Server are running; start them. Check free disk on D:.\n3. One PC: run Dentrix Connection Setup from the Dentrix program folder, server name BDP-DTX01, test.",
      ],
      [
        'Version mismatch',
        '"The version of Dentrix on this workstation does not match the server": someone updated one workstation. Dentrix updates are done after hours for every workstation at once, coordinated with Henry Schein. Install the matching version from \\\\BDP-DTX01\\Dentrix\\Install on that PC.',
      ],
      [
        'Users and passwords',
        'Dentrix logins are not AD accounts. Each office manager resets Dentrix passwords in Office Manager > Maintenance > Practice Setup > Security Setup. If no manager is available, call Dentrix support (customer ID in IT Glue).',
      ],
      [
        'Slow Dentrix',
        "If only Dentrix is slow at one office, it is the tunnel or that office's internet: check latency to BDP-DTX01. If every office is slow, check the server (CPU, disk, the nightly database utility still running).",
      ],
    ],
  ),
  article(
    'j-bdp-xray-sensors',
    'Brightline: X-ray sensors and DEXIS imaging',
    brightline,
    'Clients/Brightline Dental Partners/Line of business',
    [
      [
        'Environment',
        'DEXIS Titanium and Ti2 USB intraoral sensors, DEXIS Imaging Suite on every operatory PC, images on \\\\BDP-IMG01\\DexisData. Opened from Dentrix through the DEXIS button (DEXIS Integrator bridge).',
      ],
      [
        'Sensor not detected',
        '"No sensor connected" / sensor icon grey: 1. Plug the sensor straight into a rear USB port on the PC: never a hub, dock, keyboard or front port. 2. Try the sensor on the next op to tell sensor from PC. 3. Device Manager > Imaging devices: if it shows with a warning, uninstall and reinstall the DEXIS sensor driver from \\\\BDP-IMG01\\Installs. 4. USB selective suspend must be off on op PCs (a Windows update sometimes turns it back on). A sensor that fails on every PC goes back to Henry Schein.',
      ],
      [
        'Dentrix opens DEXIS on the wrong or an empty patient',
        'Dentrix > Office Manager > Maintenance > Practice Setup > Program Links: the DEXIS link must point to the DEXIS Integrator with the patient ID passed. Reinstall DEXIS Integrator if the button does nothing.',
      ],
      [
        'Updates',
        'No Windows feature updates on op PCs until Henry Schein confirms DEXIS support for that version; they are in the NinjaOne "BDP-Operatory" policy with feature updates blocked.',
      ],
    ],
  ),
  article(
    'j-bdp-weave-phones',
    'Brightline: phones are Weave (not our 3CX)',
    brightline,
    'Clients/Brightline Dental Partners/Phones',
    [
      [
        'Read this first',
        "Brightline's five offices use Weave for phones, texting and faxing. The handsets (Weave-branded Yealink) and call flows are Weave's; our 3CX article does not apply. We look after the network the phones run on.",
      ],
      [
        'Phones show No Service',
        'One phone: reboot it and check it is in a PoE port on the office switch. All phones at one office: check the office internet and the SonicWall; SIP ALG must stay disabled (VoIP > Settings). Internet fine but phones down: Weave status page and Weave support (account number in IT Glue).',
      ],
      [
        'Greetings, hours and holidays',
        'Office hours, holiday closures and greetings are changed by the office manager in the Weave portal (Phones > Office Hours / Greetings). Phone tree changes: Weave support. New staff: the office manager adds the user in the Weave portal; a new handset is ordered from Weave.',
      ],
      [
        'Weave not showing patient or appointment info',
        'Texts and caller pop-ups missing patient names or appointments: the Weave Sync App on BDP-DTX01 has stopped. RDP to the server, open the Weave Sync App, check it says Connected; restart the "Weave Sync" service.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Hollis & Crane Builders
  article(
    'j-hc-sage-remoteapp',
    'Hollis & Crane: Sage 300 CRE (Timberline) via RemoteApp',
    hollis,
    'Clients/Hollis & Crane Builders/Line of business',
    [
      [
        'Environment',
        'Sage 300 Construction and Real Estate v24 (staff still call it Timberline) on HC-SAGE01 with the Actian Zen database engine. Users run it as a RemoteApp through RD Gateway rdg.hollis-crane.com (server HC-RDG01) from anywhere. No VPN is needed for Sage. Feed: https://rdg.hollis-crane.com/RDWeb/feed/webfeed.aspx.',
      ],
      [
        'Cannot connect',
        '"Remote Desktop Gateway server is temporarily unavailable": check HC-RDG01 is up, the Let\'s Encrypt certificate on it renewed (win-acme task), and the FortiGate virtual IP for 443 to HC-RDG01. Other RDP errors: generic RD Gateway article. Access for a new user: AD group RDS-Sage-Users, and the Controller (Pam Ostrowski) sets their Sage security role.',
      ],
      [
        'Sage errors',
        '"File is locked by another user" / "Error 95": a stale session holds the file. Server Manager on HC-RDG01 > Remote Desktop Services > Collections > Connections: log off the user\'s disconnected session. "No more concurrent user licenses available": log off idle Sage sessions, or ask Pam which users to sign out (Sage License Administration). Actian Zen status 161: engine user count exceeded; same fix.',
      ],
      [
        'Printing',
        'Normal reports print to the user\'s own printer through Easy Print. AP checks must print on the Troy M607 MICR printer in accounting, which is installed on HC-SAGE01 itself: in Sage choose "HC-CHECKS (on HC-SAGE01)", not a redirected printer.',
      ],
      [
        'Mac and iPad',
        'Install Windows App (formerly Microsoft Remote Desktop), Add workspace with the feed URL, sign in with HOLLISCRANE\\username.',
      ],
    ],
  ),
  article(
    'j-hc-jobsite-trailers',
    'Hollis & Crane: job-site trailer network (internet down at a job site)',
    hollis,
    'Clients/Hollis & Crane Builders/Network',
    [
      [
        'What is in a trailer',
        'Each job trailer has a pre-staged kit: Meraki MX67C-NA (built-in LTE, Verizon SIM), one Meraki MR36 AP, and a Starlink Standard dish where there is no cable. Network name HC-JOB-<job number> in the Meraki org "Hollis & Crane". SSIDs: HC-Jobsite (staff, PSK in IT Glue) and HC-Guest (subs). HQ is a FortiGate 100F; remote staff use FortiClient VPN (generic FortiClient article).',
      ],
      [
        'Trailer internet down',
        "1. Meraki dashboard > the job's network > Appliance status. MX offline entirely = power: ask the superintendent to check the power strip and whether the generator is running.\n2. MX online on Cellular only = Starlink is down: superintendent opens the Starlink app (obstruction, dish stowed, snow). Starlink support is through the app: there is no ISP to call.\n3. LTE data cap is 50 GB a month per trailer: while on cellular ask them to hold off Procore photo and drawing syncs.\n4. Everything up but Wi-Fi bad: the MR36 is mounted inside a steel container on some jobs; move it to a window.",
      ],
      [
        'New job or moving a trailer',
        'Needs 5 business days: the PM emails the job number, address and start date. We ship a kit, move the Meraki devices to a new network, and resume Starlink service on the account. On job close, pause Starlink the same week.',
      ],
    ],
  ),
  article(
    'j-hc-q3-migration-notes',
    'Notes from the Q3 migration',
    hollis,
    'Clients/Hollis & Crane Builders/Projects',
    [
      [
        'What moved',
        'July to September: file server HC-FS01 shares P:\\ (Projects) and S:\\ (Shared) moved to SharePoint sites "HC Projects" and "HC Shared"; mail moved from Exchange 2016 (HC-EX01) to Exchange Online. HC-EX01 was switched off October 15. HC-FS01 is read-only until December 31, then off. Sage data did NOT move (stays on HC-SAGE01).',
      ],
      [
        'Leftovers people will call about',
        '- "P drive is gone" / "S drive missing": by design. In SharePoint open HC Projects > Documents and click "Add shortcut to My files"; it shows in File Explorer under OneDrive. Old desktop shortcuts to \\\\HC-FS01\\... give "Windows cannot access": delete them.\n- Excel links between estimate workbooks broken: paths changed. Data > Edit Links > Change Source to the file in the synced SharePoint folder.\n- Outlook certificate warning for mail.hollis-crane.com ("The name on the security certificate is invalid") or Outlook trying to reach the old server: autodiscover still finds HC-EX01 in AD. Set HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\AutoDiscover ExcludeScpLookup=1 and ExcludeHttpsRootDomain=1 (DWORD) and rebuild the Outlook profile. We pushed this by GPO; PCs that were off in October missed it.\n- The old Bid Calendar public folder is now the calendar of the shared mailbox bids@.',
      ],
      [
        'Plan room scanner',
        'The HP DesignJet T830 MFP used to scan to \\\\HC-FS01\\Scans\\Plans. It now scans to email through SMTP2GO to plans@hollis-crane.com (shared mailbox, estimators have access). Scans over 25 MB bounce: set the scan to PDF, 200 dpi, grayscale; full plan sets go to USB and get uploaded to HC Projects.',
      ],
      [
        'Contacts',
        'Migration lead: Sam Reddy (L3). Client side: Pam Ostrowski (Controller) and Tony Hollis (VP Operations).',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Riverbend Community Food Alliance
  article(
    'j-rb-google-workspace',
    'Riverbend: Google Workspace admin tasks (they are not on Microsoft 365)',
    riverbend,
    'Clients/Riverbend Community Food Alliance/Google Workspace',
    [
      [
        'Read this first',
        'Riverbend uses Google Workspace for Nonprofits (riverbendfood.org): Gmail, Drive, shared drives, Meet. Our Microsoft 365 articles do not apply to their mail or accounts. Admin console: admin.google.com, our admin account is in IT Glue.',
      ],
      [
        'Password reset and 2-Step Verification',
        'Admin console > Directory > Users > the user > Reset password, tick "Ask for a password change at the next sign-in". Verify the caller first (call back on the number in IT Glue). New phone or lost phone and the user is stuck on 2-Step Verification ("Google prompt" or Google Authenticator code): the user > Security > 2-Step Verification > Get backup verification codes, read one code to them by phone; they sign in and set up the new phone. Do not turn 2SV off.',
      ],
      [
        'Shared inboxes',
        'info@ and volunteers@ are Google Groups set up as collaborative inboxes: to give someone access, add them to the group as a member (Groups > the group > Members). A personal inbox shared with an assistant uses Gmail delegation (Settings > Accounts > Grant access to your account).',
      ],
      [
        'Shared drives and "You need access"',
        'Shared drive permissions: Manager, Content manager, Contributor, Commenter, Viewer. "You need access" usually means Chrome is signed into a personal Gmail: switch Chrome profile or use the account switcher. Otherwise add the user (or their team group, e.g. grants-team@) to the shared drive. Google Drive for desktop (G: drive) stuck: quit, clear %localappdata%\\Google\\DriveFS cache, sign in again.',
      ],
      [
        'Leavers',
        'Admin console > Apps > Data transfer: transfer Drive and Calendar to the manager before anything else. Then suspend the user (do not delete for 30 days) and switch them to an Archived User licence if the ED wants the mail kept. Move them to the "Former Staff" OU.',
      ],
    ],
  ),
  article(
    'j-rb-donorperfect',
    'Riverbend: DonorPerfect (donor database)',
    riverbend,
    'Clients/Riverbend Community Food Alliance/Line of business',
    [
      [
        'Environment',
        'DonorPerfect Online (web). 6 named user seats. DP admin on the client side: Marisol Vega, Development Director. Adding a seat is a purchase from DonorPerfect that Marisol approves; we do not buy it.',
      ],
      [
        'Login problems',
        '"Invalid login": the account locks for 30 minutes after 5 bad attempts. Passwords and DP\'s own two-factor are reset by Marisol in DP (Settings > User Manager > the user > Reset password / Reset 2FA). If Marisol is the one locked out, call DonorPerfect support with the client ID from IT Glue. DP logins are separate from their Google accounts.',
      ],
      [
        'Constant Contact sync',
        'New donors not arriving in Constant Contact: the integration token expires about every 90 days. In DP: Settings > Constant Contact Integration > Reconnect, sign in with the Constant Contact admin login from IT Glue, run a manual sync.',
      ],
      [
        'Receipts and payments',
        'Receipt letters: Reports > Receipt letters > generate PDF, print at the office printer. Card processing (SafeSave) and gift entry questions go to DonorPerfect support, not us.',
      ],
    ],
  ),
  article(
    'j-rb-warehouse-kiosks',
    'Riverbend: warehouse volunteer check-in kiosks (Chromebooks)',
    riverbend,
    'Clients/Riverbend Community Food Alliance/Warehouse',
    [
      [
        'Environment',
        'Three Acer Chromebook Spin 514s on stands at the warehouse door, enrolled in Riverbend\'s Google Admin console, OU "Kiosks", running Volgistics VicTouch as a single-app kiosk. Zebra DS2208 USB badge scanners. Wi-Fi SSID RCFA-Devices on their UniFi network.',
      ],
      [
        '"Kiosk app could not be launched" or stuck spinning',
        '1. Check the Chromebook has Wi-Fi (RCFA-Devices): if the UniFi AP by the door is down, see the generic Wi-Fi article.\n2. Hold power 10 s to restart.\n3. Still failing: Admin console > Devices > Chrome > Apps & extensions > Kiosks: VicTouch must still be set to auto-launch for the Kiosks OU.\n4. Last resort: powerwash (Ctrl+Alt+Shift+R) and re-enroll with Ctrl+Alt+E at the sign-in screen using our enrollment account.',
      ],
      [
        '"Station not authorized"',
        'VicTouch has dropped the station registration. The Volunteer Coordinator re-authorizes it in Volgistics (Setup > VicTouch > Stations). We cannot do this.',
      ],
      [
        'Badge scanner not scanning',
        'No beep / no red light: replug the USB cable. Lights but nothing is typed: the scanner lost keyboard (USB HID) mode: scan the "USB HID Keyboard" barcode on the card taped to the stand (copy in IT Glue).',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Cedar Valley FCU
  article(
    'j-cv-episys',
    'Cedar Valley FCU: Episys (core) workstation issues, teller printers and check scanners',
    cedarvalley,
    'Clients/Cedar Valley Federal Credit Union/Core',
    [
      [
        'Environment',
        'Core system Symitar Episys, hosted by Jack Henry. Staff use the Episys Quest client ("Sym" to staff). All four branches reach the host through the IPsec tunnel "JH-Symitar" on the main branch FortiGate. Episys user accounts, passwords and permissions are managed by the CU\'s core admin (Mark Delaney), not by us.',
      ],
      [
        '"Host connection lost" / cannot connect to Sym',
        "One teller: close and reopen Quest, then reboot the PC. Whole branch: that branch's internet and its tunnel to main. Every branch: FortiGate > VPN > IPsec Monitor > JH-Symitar; if down, bring it up and call Jack Henry support (case through the JH portal, Mark must be told). Do not change anything in Episys.",
      ],
      [
        'Teller receipt printers and check scanners',
        'Epson TM-S9000 (receipt + check scanner) and TM-H6000V. "Printer not ready" or blinking error light: open the cover, clear paper, check the USB cable, power cycle. Check scanner jams or "scanner not ready": run the Epson cleaning sheet through the scanner path, then restart the Epson TM Virtual Port driver service. A teller PC only sees the device if the Epson TM-S9000 driver (not the Windows generic one) is installed.',
      ],
      [
        'Updates',
        'Quest client updates are pushed by the CU. Teller PCs are in the NinjaOne policy "CVFCU-Teller": Windows updates held 14 days and installed after close.',
      ],
    ],
  ),
  article(
    'j-cv-mfa-conditional-access',
    'Cedar Valley FCU: MFA, YubiKeys and Conditional Access (overrides the generic MFA article)',
    cedarvalley,
    'Clients/Cedar Valley Federal Credit Union/Security',
    [
      [
        'Policy',
        'All staff sign in with a YubiKey 5 NFC (FIDO2), or Microsoft Authenticator on a CU-issued iPhone. No SMS, no personal phones. Conditional Access "CVFCU-Require-Compliant" allows Microsoft 365 only from Intune-compliant CU devices: a personal phone or home PC gets AADSTS53000 / "You can\'t get there from here", by design, even in a browser. Remote staff use CU laptops with always-on FortiClient.',
      ],
      [
        'Forgot or lost the YubiKey',
        "1. Identity check in person by the branch manager, or on video with the ISO.\n2. Email approval from the ISO (Dana Whitfield) before anything is issued.\n3. Issue a Temporary Access Pass for 8 hours, one use, for the day.\n4. Lost (not just left at home): delete the key from the user's authentication methods right away; the ISO issues a spare from the safe at the main branch.",
      ],
      [
        'New or lost CU iPhone',
        'New iPhones enroll through Apple Business Manager into Intune; the user registers Authenticator with a TAP issued as above. Lost iPhone: Intune wipe, remove its Authenticator method, tell the ISO.',
      ],
      [
        'Travel outside the US',
        'Blocked. An exception needs ISO and CEO approval in writing; then add the user to CA-Travel-Exception with an end date. Same-day requests are refused.',
      ],
      [
        'Unexpected MFA prompts or sign-ins',
        'Treat as a security incident: generic steps, plus call the ISO within 1 hour. The CU has a 72-hour NCUA reporting clock for cyber incidents, so the ISO must know immediately.',
      ],
    ],
  ),
  article(
    'j-cv-offboarding',
    'Cedar Valley FCU: employee separation checklist',
    cedarvalley,
    'Clients/Cedar Valley Federal Credit Union/Users',
    [
      [
        'Differences from our generic offboarding',
        "Do NOT convert the mailbox to shared and do NOT delete anything: a Purview retention policy keeps mail 7 years and the mailbox becomes inactive when the account is removed. Access must be gone within 1 hour of HR's notice, or at the exact time HR gives for an involuntary separation.",
      ],
      [
        'Steps',
        "1. HR (Kelsey Brandt) sends the separation form; nothing by phone alone.\n2. Disable the AD account, move to OU Disabled Users, delta sync; block sign-in and revoke sessions in Entra.\n3. Remove the FIDO2 key and Authenticator methods; collect the YubiKey with the laptop.\n4. Revoke the user's FortiClient certificate on EMS.\n5. Tell Mark Delaney to disable the Episys user (we cannot).\n6. Remove the licence only after confirming the retention hold shows on the mailbox.\n7. Badge/door access is facilities (Brivo), tell HR it is theirs.\n8. Screenshot each step into the ticket: NCUA examiners ask for evidence of access removal.",
      ],
    ],
  ),
];
