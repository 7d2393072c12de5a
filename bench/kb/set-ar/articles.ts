/**
 * Set AR: Humber Bay Technology Group Inc. ("HBTG"), a ~20-person managed service provider in
 * Etobicoke, Toronto, Ontario. Documentation lives in IT Glue and tickets in ConnectWise Manage
 * (Service Desk, Security, Alerts and Projects boards). Stack: NinjaOne RMM and patching,
 * SentinelOne Complete with Vigilance MDR, Datto SIRIS BCDR and Datto SaaS Protection (Canadian
 * data centre), FortiGate firewalls with FortiSwitch / FortiAP and FortiClient SSL-VPN, Mimecast
 * email security, Exclaimer Cloud signatures, KnowBe4 training and Phish Alert, Keeper Business,
 * hosted 3CX with Yealink desk phones, Canon imageRUNNER ADVANCE DX copiers (Metro Office Imaging),
 * Microsoft 365 Business Premium with Intune / Autopilot on Dell Latitudes and WD19S docks, licences
 * through Pax8. On-call 416-555-0199.
 *
 * Clients: Hollis & Ng (CPA firm, Yonge & Eglinton - TaxCycle, CaseWare Working Papers, ShareFile,
 * RD Gateway), Bayview Family Dental Centre (North York dental clinic - ABELDent, ITRANS/CDAnet,
 * Carestream sensors, Moneris), Kessler Precision Machining (Mississauga CNC job shop - JobBOSS2,
 * SOLIDWORKS, CIMCO DNC-Max, Zebra shipping labels) and Danforth Community Services (East York
 * non-profit - Penelope case management, volunteers and student placements, outreach laptop pool).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AR_CLIENTS = {
  a: 'Hollis & Ng CPA Professional Corporation',
  b: 'Bayview Family Dental Centre',
  c: 'Kessler Precision Machining Ltd.',
  d: 'Danforth Community Services',
} as const;

export const SET_AR_ARTICLES: readonly BenchArticle[] = [
  article(
    'ar-outlook-password-prompts',
    "Outlook keeps prompting for password / 'Need Password' in status bar",
    null,
    'Microsoft 365 - Outlook',
    [
      [
        'Symptoms',
        'Classic Outlook shows "Need Password" in the bottom status bar, or a Microsoft sign-in / Windows Security box pops up every few minutes and comes back even after the correct password is typed. Mail stops updating. Often starts right after a password change or after the laptop was off the network for a while.',
      ],
      [
        'Cause',
        "A stale token in Windows Credential Manager, or a broken Web Account Manager (AAD Broker plugin) so Office can't get a fresh token silently. Rarely an old EnableADAL / AlwaysUseMSOAuthForAutoDiscover registry key left over from Office 2013 days.",
      ],
      [
        'Fix',
        '1. Confirm the user can sign in at outlook.office.com. If not, it is an account problem - see the password/lockout article.\n2. Close Outlook, Teams and OneDrive.\n3. Control Panel > Credential Manager > Windows Credentials: remove every entry starting with MicrosoftOffice16_Data and any ADAL/SSO entries.\n4. Run dsregcmd /status and check AzureAdPrt = YES. If NO, have the user lock and unlock Windows with the new password, then re-check.\n5. Still NO: run the NinjaOne script "M365 - Repair AAD BrokerPlugin" and reboot.\n6. Open Outlook and sign in once when asked.\n7. Last resort: create a new Outlook profile (Control Panel > Mail > Show Profiles) and set it as the default.',
      ],
      [
        'Escalate',
        "If the Entra sign-in logs show failures from places the user doesn't recognise, stop and treat it as a possible compromised account (Security board, Jen Kowalczyk).",
      ],
    ],
  ),
  article(
    'ar-outlook-search-broken',
    "Outlook search returns no results or 'still being indexed'",
    null,
    'Microsoft 365 - Outlook',
    [
      [
        'Symptoms',
        'Searching the mailbox returns nothing, or only recent messages, for mail the user knows is there. Banner: "Search results may be incomplete because items are still being indexed." Can go on for days.',
      ],
      [
        'Checks',
        '- File > Account Settings > double-click the account: the "Download email for the past" slider. Anything older than the slider is only found with "search more on the server".\n- Search box > Search Tools > Indexing Status: how many items remain.\n- services.msc: Windows Search running and set to Automatic.',
      ],
      [
        'Fix',
        '1. If the slider is at 1 year and the user searches older mail, set it to All (check free disk space first - the OST will grow).\n2. Control Panel > Indexing Options > Modify: make sure Microsoft Outlook is ticked.\n3. Indexing Options > Advanced > Rebuild. Warn the user this takes several hours and search will be poor meanwhile; best started at end of day with the laptop plugged in.\n4. If Windows Search is stopped or disabled, set it to Automatic and start it (NinjaOne > device > Services).\n5. Workaround while it rebuilds: search in Outlook on the web (outlook.office.com), which searches the server.',
      ],
      [
        'Escalate',
        'If Outlook on the web also misses the mail, it is a mailbox-side problem - open a case with Microsoft through the partner portal and note the case number in the ticket.',
      ],
    ],
  ),
  article(
    'ar-mailbox-full-archive',
    'Mailbox almost full: enabling the online archive',
    null,
    'Microsoft 365 - Exchange',
    [
      [
        'What users see',
        '"Your mailbox is almost full" warning in Outlook, then "Your mailbox is full" and messages can\'t be sent. People emailing the user may get a bounce saying the mailbox is full. Business Standard/Premium mailboxes are 50 GB.',
      ],
      ['Cause', 'Mailbox at quota - usually years of mail with attachments and no archive policy.'],
      [
        'Fix',
        '1. Exchange admin center > Recipients > Mailboxes > user: check mailbox usage.\n2. Same page > Others > Manage mailbox archive > Enable. Business Premium includes Exchange Online Archiving (auto-expanding up to 1.5 TB).\n3. Apply the retention policy "HBTG - Move to archive after 2 years".\n4. Kick it off: Start-ManagedFolderAssistant -Identity user@domain. It still takes 24-48 hours to move mail.\n5. Tell the user an "Online Archive - name" folder appears in Outlook; archived mail stays searchable.\n6. Quick relief meanwhile: empty Deleted Items and sort by size to remove big attachments.',
      ],
      [
        'Notes',
        'Do NOT create PST files for users - PSTs are not backed up and are against policy for every client.',
      ],
    ],
  ),
  article(
    'ar-shared-mailbox-access',
    'Shared mailbox: giving access, mailbox not showing, Send As errors',
    null,
    'Microsoft 365 - Exchange',
    [
      [
        'Request',
        "Access must be approved by the mailbox owner or the client's authorised contact (listed in IT Glue). Note who approved in the ticket.",
      ],
      [
        'Steps',
        '1. Exchange admin center > Recipients > Mailboxes > select the shared mailbox > Delegation.\n2. Read and manage (Full Access): add the user. Send as: add them if they reply from the shared address. Send on behalf only if the client wants "on behalf of" shown.\n3. Automapping adds it to classic Outlook within about 60 minutes - restart Outlook. New Outlook / OWA: right-click Folders > Add shared folder or mailbox.\n4. Sent copies: by default a message sent as the shared mailbox lands in the sender\'s own Sent Items. Run Set-Mailbox shared@domain -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true so a copy also lands in the shared mailbox\'s Sent Items.',
      ],
      [
        'Troubleshooting',
        '"You do not have permission to send the message on behalf of the specified user": wait an hour after granting Send As, then delete the cached address from the From autocomplete list and type it again. Mailbox still missing after a day: remove and re-add Full Access.',
      ],
    ],
  ),
  article(
    'ar-ndr-bounce-codes',
    'Bounce-back (NDR) messages: what the common codes mean',
    null,
    'Email - Mail flow',
    [
      [
        'Symptoms',
        'User gets "Undeliverable:" or "Delivery has failed to these recipients or groups" back from Microsoft 365 or Mimecast.',
      ],
      [
        'First',
        'Ask for the whole bounce forwarded as an attachment, not a screenshot. Run a message trace in the Exchange admin center and Track and Trace in Mimecast.',
      ],
      [
        'Common codes',
        '- 550 5.1.1 / 5.1.10 RecipientNotFound - typo or the address no longer exists. Remove the stale autocomplete entry and retype; confirm the address with the recipient by phone.\n- 550 5.7.1 / 5.7.133 - recipient group only accepts internal senders; the other side must change it.\n- 5.2.2 / 4.2.2 - recipient\'s mailbox full. Their problem; tell the user.\n- 4.4.7 / 5.4.316 - message expired, recipient\'s server not answering. If only one domain, it\'s their side; retry later.\n- 5.7.708 / 5.7.750 - sending IP or tenant blocked for spam.\n- 5.1.8 "restricted from sending" - the user\'s own account was blocked by Microsoft for sending spam. Treat as a compromised account.\n- Mimecast "Rejected by policy" - outbound content/attachment policy; check the Mimecast logs.',
      ],
      ['Escalate', 'Any 5.1.8 / restricted sender or 5.7.7xx goes to the Security board immediately.'],
    ],
  ),
  article(
    'ar-mimecast-held-messages',
    'Expected email never arrived: Mimecast held or rejected messages',
    null,
    'Email - Mimecast',
    [
      [
        'Symptoms',
        'An outside sender says they sent something (often an invoice, PDF or zip) but it isn\'t in the inbox or Junk. Or the user gets a "Mimecast Digest" listing messages with Release / Block / Permit links.',
      ],
      [
        'User self-service',
        '1. Open the latest digest (sent 8:00 and 14:00) and click Release next to the message, or Permit to always allow that sender.\n2. Or in Outlook: Mimecast ribbon > Manage > Held messages.',
      ],
      [
        'Tech steps',
        '1. Mimecast Administration > Message Center > Track and Trace: search the sender address, last 7 days.\n2. "Held - Spam" or "Held - Attachment policy": confirm with the user it\'s expected, then Release.\n3. Held for a password-protected zip or macro-enabled file: confirm with the sender by phone before releasing.\n4. "Rejected - SPF/DMARC failure": the sender\'s domain is misconfigured; the sender\'s IT must fix it. No permanent bypass without Security approval.\n5. Not in Mimecast at all: it never left the sender - ask them for their bounce.',
      ],
      ['Never', 'Never release anything marked Malware or Impersonation - escalate to Jen Kowalczyk.'],
    ],
  ),
  article(
    'ar-calendar-delegate-access',
    "Calendar delegates: giving an assistant access to someone's calendar",
    null,
    'Microsoft 365 - Outlook',
    [
      [
        'When',
        'An assistant needs to see or manage a calendar, accept meetings for someone, or can only see "Busy" blocks.',
      ],
      [
        'Steps',
        '1. Preferred: the calendar owner does it. Outlook > Calendar > right-click the calendar > Sharing permissions > Add > pick the assistant > Delegate (new Outlook), or classic File > Account Settings > Delegate Access > Editor.\n2. Choose whether meeting requests go to the delegate only or both; tick "Delegate can see my private items" only if asked.\n3. Tech alternative: Add-MailboxFolderPermission -Identity boss@domain:\\Calendar -User assistant@domain -AccessRights Editor -SharingPermissionFlags Delegate.\n4. Assistant only sees Busy/Free: the permission is "Can view when I\'m busy". Change to "Can view all details" or Editor.\n5. Shared calendar says "could not be updated" or is stale: remove it from the assistant\'s Outlook and re-open it from the sharing invitation.',
      ],
      ['Notes', "Full mailbox access is not needed for calendar work - don't grant it just for this."],
    ],
  ),
  article(
    'ar-teams-audio-video',
    "Teams calls: others can't hear me, no sound, camera not working",
    null,
    'Microsoft 365 - Teams',
    [
      [
        'Symptoms',
        'Others can\'t hear the user, the user hears nothing, or the camera is black / "We couldn\'t start your video". Often after docking, swapping headsets, or a Windows update.',
      ],
      [
        'Checks',
        '- Teams > Settings > Devices: right speaker, mic and camera? Laptops on a WD19S dock often default to "Dock audio" or the laptop\'s own mic.\n- Settings > Devices > Make a test call.\n- Windows Settings > Privacy & security > Camera and Microphone: "Let desktop apps access" must be On.\n- Dell Latitude: physical camera privacy shutter slid closed? Mic-mute key light on?',
      ],
      [
        'Fix',
        '1. Pick the correct devices and run the test call.\n2. Bluetooth headset: remove and re-pair; choose the "Hands-Free" entry as microphone.\n3. Camera black: close other apps holding the camera (Zoom, Camera app), then Device Manager > Cameras > disable/enable.\n4. Still nothing: update audio and camera drivers with Dell Command Update, reboot.',
      ],
      ['Escalate', 'Device missing from Device Manager entirely: log a hardware fault with Dell ProSupport.'],
    ],
  ),
  article(
    'ar-teams-wont-load',
    "New Teams won't open: white screen, spinning, or sign-in loop",
    null,
    'Microsoft 365 - Teams',
    [
      [
        'Symptoms',
        'Teams opens to a blank window, spins forever, shows "We\'ve run into an issue", or keeps asking the user to pick an account and then goes back to the start.',
      ],
      [
        'Fix',
        '1. Right-click Teams in the system tray > Quit.\n2. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset (or delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache).\n3. Start Teams and sign in.\n4. Sign-in loop: Settings > Accounts > Access work or school - if the work account shows an error, sign in there again; then clear stale msteams entries from Credential Manager.\n5. Classic Teams still installed alongside: run the NinjaOne script "Teams - Remove classic + Machine-Wide Installer" and reboot.',
      ],
      ['Workaround', 'The user can join meetings and chat at teams.microsoft.com in Edge while you fix it.'],
      [
        'Escalate',
        'Several users at once: check Microsoft 365 admin center > Service health before touching PCs.',
      ],
    ],
  ),
  article(
    'ar-onedrive-sync-errors',
    'OneDrive not syncing: error icons, paused, uploads stuck',
    null,
    'Microsoft 365 - OneDrive & SharePoint',
    [
      [
        'What users see',
        'Red X on files or the OneDrive cloud icon, "Sync pending" for hours, "You\'re not syncing files", a paused notice, or Desktop/Documents files missing on another PC. Known Folder Move puts Desktop, Documents and Pictures in OneDrive for all clients.',
      ],
      [
        'Fix',
        '1. Click the OneDrive cloud in the tray and read the error. Resume if paused (it pauses itself on metered networks and battery saver).\n2. "Can\'t sync this file": names with " * : < > ? | characters, or a full path over 400 characters. Rename or flatten the folders.\n3. Files open in another program (an open Excel or QuickBooks file) won\'t upload - close them.\n4. Signed out: click "Sign in" in the tray menu.\n5. Still stuck: Run > %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, wait 2 minutes, start OneDrive again. Sync restarts; no data is deleted.\n6. Desktop empty on a new laptop: Known Folder Move only finishes after the first full sync - check progress in the tray.',
      ],
      [
        'Notes',
        'Don\'t sync huge SharePoint libraries (over 100k files); use "Add shortcut to My files" or the browser.',
      ],
    ],
  ),
  article(
    'ar-external-sharing-guests',
    'Sharing files with people outside the company (guest access)',
    null,
    'Microsoft 365 - OneDrive & SharePoint',
    [
      [
        'Policy',
        '"Anyone" (no sign-in) links are turned off for all HBTG clients. Share with "Specific people" - the outside person verifies with a one-time code emailed to them or their Microsoft account.',
      ],
      [
        'Symptoms',
        '"Anyone with the link" greyed out; outside person gets "x@gmail.com can\'t be found in the ... directory", "This link has been disabled", or never receives the verification code.',
      ],
      [
        'Fix',
        '1. Share > Specific people > type the outside address > Send. They must open it from that same email address.\n2. "Can\'t be found in the directory": they\'re signed in to Microsoft with a different account - use a private browser window and choose "send code".\n3. Code not arriving: check their Junk; codes come from no-reply@notify.microsoft.com.\n4. Site won\'t allow outside people: SharePoint admin > Sites > site > Sharing - "New and existing guests" (authorised contact approves).\n5. Teams channel files: add them to the team as a guest instead.',
      ],
      ['Escalate', 'Requests to turn on Anyone links go to the vCIO (Dave Tremblay) for a risk decision.'],
    ],
  ),
  article(
    'ar-restore-deleted-sharepoint-onedrive',
    'Getting back a deleted or overwritten file in OneDrive, SharePoint or Teams',
    null,
    'Backup & Restore',
    [
      [
        'Deleted',
        '1. Site (or OneDrive) > Recycle bin > Restore. Items stay 93 days.\n2. Not there: "Second-stage recycle bin" link at the bottom.\n3. Deleted from a Teams channel\'s Files tab: Open in SharePoint > Recycle bin.',
      ],
      [
        'Overwritten / wrong version',
        'Right-click the file > Version history > pick the date > Restore. Up to 500 versions kept.',
      ],
      [
        'Mass deletion or sync mishap',
        'OneDrive settings > Restore your OneDrive - pick a time before it happened (last 30 days). SharePoint: Settings > Restore this library.',
      ],
      [
        'Older than 93 days',
        'Datto SaaS Protection: client > user or site > OneDrive/SharePoint > browse by date > restore into a new "Restored" folder. Don\'t overwrite originals.',
      ],
      ['Notes', 'Get the exact name, location and when it was last good before starting.'],
    ],
  ),
  article(
    'ar-office-licensing-unlicensed',
    "Office apps say 'Unlicensed Product' or reduced functionality",
    null,
    'Microsoft 365 - Licensing',
    [
      [
        'Symptoms',
        'Red bar "UNLICENSED PRODUCT" or "Most features of Word have been disabled", "Account notice: there\'s a problem with your subscription", or Office asks the user to buy or try Microsoft 365. Editing greyed out.',
      ],
      [
        'Causes',
        '- No licence with desktop apps (Business Basic / F3 are web-only) or licence removed.\n- Signed in with a personal Microsoft account or another organisation.\n- Activated on more than 5 PCs.',
      ],
      [
        'Fix',
        '1. M365 admin center > Users > user > Licenses and apps: needs Business Standard, Business Premium or E3 with Microsoft 365 Apps ticked.\n2. No spare licence: order through Pax8 - the client\'s authorised contact approves the cost in the ticket.\n3. On the PC: File > Account > sign out of all accounts, close Office, run the NinjaOne script "Office - Reset activation state", then open Word and sign in with the work account.\n4. Over the device limit: user goes to myaccount.microsoft.com > Office apps and signs out old devices.',
      ],
      ['Escalate', 'Activation errors (0xCAA...) that survive step 3: Priya Nair.'],
    ],
  ),
  article(
    'ar-mfa-new-phone',
    'New, lost or reset phone: re-registering Microsoft Authenticator (MFA)',
    null,
    'Security - Identity',
    [
      [
        'Symptoms',
        "User got a new phone, reset or lost theirs, and can't approve sign-ins; the Authenticator app is empty or the requests go to the old phone.",
      ],
      [
        'Verify first',
        'Call the user back on the number in IT Glue, or have their manager confirm in the ticket. Never reset MFA on the strength of an inbound call or email alone.',
      ],
      [
        'Steps',
        '1. Entra admin center > Users > user > Authentication methods: delete the old Authenticator / phone entry.\n2. Create a Temporary Access Pass (1 hour, one-time use) and read it to the user.\n3. User opens https://aka.ms/mysecurityinfo on a PC, signs in with the TAP, Add sign-in method > Authenticator app, scans the QR code with the new phone.\n4. Test with a sign-in at office.com.\n5. Lost or stolen phone enrolled in Intune: also Retire it in Intune.',
      ],
      [
        'Notes',
        "Authenticator cloud backup restores personal accounts, but work accounts must be re-verified - that's why the app looks empty after moving phones.",
      ],
    ],
  ),
  article(
    'ar-password-reset-lockout',
    'Forgot password, expired password or account locked out',
    null,
    'Security - Identity',
    [
      [
        'Self-service',
        'Users registered for SSPR reset at https://aka.ms/sspr. For hybrid clients (Hollis & Ng, Kessler) password writeback updates on-prem AD too.',
      ],
      [
        'Tech reset',
        '1. Verify identity by calling back on the number in IT Glue.\n2. Hybrid: reset in Active Directory Users and Computers and unlock. Cloud-only: Entra admin center > Users > Reset password.\n3. Passphrase of 14+ characters required.\n4. Remind them to update the password on their phone and any saved drive credentials.',
      ],
      [
        'Repeated lockouts',
        'Locked again every morning = something still using the old password. Find the source with the NinjaOne "AD lockout source" script (event 4740 on the PDC): usually a phone, an old mapped-drive credential in Credential Manager, or a disconnected RDP session. If Entra sign-in logs show failures from other countries, use the compromised account article instead.',
      ],
    ],
  ),
  article(
    'ar-email-signature-exclaimer',
    'Email signatures (Exclaimer Cloud): missing, wrong details or changes',
    null,
    'Email',
    [
      [
        'How it works',
        "Exclaimer Cloud adds the signature to every message after it leaves the sender, from any device including phones. Users don't see it while typing unless the Exclaimer add-in is enabled. Details come from the user's directory fields: display name, job title, department, office phone, mobile.",
      ],
      [
        'Symptoms',
        'Old job title or phone number; no signature on some messages; two signatures (the user also made their own).',
      ],
      [
        'Fix',
        '1. Wrong details: update the fields (AD for hybrid clients, Entra for cloud-only). Exclaimer picks them up within 1-4 hours.\n2. No signature: check the user is in the "Exclaimer - Signature" group; look up the message in Exclaimer portal > Message log. Messages from phones should get it too.\n3. Double signature: remove the user\'s own Outlook signature and the Outlook mobile "Get Outlook for iOS" default.\n4. Designations (CPA, RDH), banners or layout: template change in the Exclaimer portal; client\'s authorised contact approves.',
      ],
    ],
  ),
  article('ar-staff-wifi', 'Staff Wi-Fi not connecting or dropping (FortiAP)', null, 'Network', [
    [
      'Setup',
      'Company laptops get the staff SSID (e.g. KPM-Staff) pushed by Intune with a certificate; personal phones belong on Guest. Access points are FortiAPs managed by the site FortiGate.',
    ],
    [
      'Symptoms',
      '"Can\'t connect to this network", connected but no internet, or dropping in one part of the building.',
    ],
    [
      'Fix',
      "1. Just this laptop? If others are fine in the same spot continue; if everyone, go to step 5.\n2. Forget the staff network, then Settings > Accounts > Access work or school > account > Info > Sync to re-pull the Wi-Fi profile and certificate. Reboot.\n3. Update the Intel Wi-Fi driver with Dell Command Update.\n4. Test wired - if wired works, it's Wi-Fi only.\n5. FortiGate > WiFi & Switch Controller > Managed FortiAPs: is the nearest AP online? Client signal below -70 dBm = coverage gap.\n6. AP offline: check its PoE switch port and power-cycle the port.",
    ],
    ['Escalate', "Dead spots or APs that won't come back: Marcus Oduya for a site visit / survey."],
  ]),
  article('ar-guest-wifi', 'Guest Wi-Fi: password, visitors and personal phones', null, 'Network', [
    [
      'Details',
      "Each client has a Guest SSID (e.g. BFD-Guest) that is internet-only - it can't reach printers, servers or office PCs, by design. 10 Mbps per device. The key changes on the first Monday of each month; HBTG emails it to the office manager for the reception sign.",
    ],
    [
      'Common requests',
      '- "Password on the sign doesn\'t work": the sign is out of date - send the current key from IT Glue (Site > Wi-Fi) to the office manager.\n- "Can\'t print from my phone / visitor laptop": not possible on Guest, by design. Print from a staff PC or email it to staff.\n- Captive portal page doesn\'t pop up: open a browser to http://neverssl.com.',
    ],
    [
      'Changing the key early',
      '(e.g. after a departure) FortiGate > WiFi & Switch Controller > SSIDs > Guest > change the pre-shared key, update IT Glue, email the office manager.',
    ],
  ]),
  article('ar-internet-outage', 'Whole office has no internet', null, 'Network', [
    [
      'Triage',
      'One PC or everyone? One PC = cable / Wi-Fi / DHCP problem, not an outage. Everyone, including desk phones = outage.',
    ],
    [
      'Checks',
      "1. NinjaOne: are all devices at the site offline? FortiCloud: is the FortiGate checking in, which WAN is up?\n2. Sites with LTE failover (FortiExtender) switch within 2 minutes; internet works but slowly, and backups pause.\n3. Have someone on site power-cycle only the ISP modem (Rogers / Bell / Cogeco box, not the FortiGate), then wait 5 minutes.\n4. Check the ISP's status page and Downdetector.",
    ],
    [
      'Escalate',
      "1. Call the ISP's business support - account numbers and circuit IDs are in IT Glue > Site > ISP.\n2. Log as Priority 1; after hours call on-call 416-555-0199.\n3. Forward the main number to a mobile in 3CX so calls aren't lost.\n4. FortiGate itself dead (no lights): Marcus Oduya - spare FortiGate in the HBTG depot.",
    ],
  ]),
  article(
    'ar-forticlient-vpn-connect-errors',
    "FortiClient VPN won't connect",
    null,
    'Network - Remote access',
    [
      [
        'Symptoms and codes',
        '- "Credential or SSLVPN configuration is wrong (-7200)" - wrong or expired password, or not in the VPN group.\n- "Unable to establish the VPN connection. The VPN server may be unreachable (-14)" - can\'t reach the gateway at all.\n- Stops at 98% then drops - local virtual adapter problem.\n- Microsoft sign-in window blank or looping (SAML).',
      ],
      [
        'Fix',
        '1. Does the user have internet at all? Hotel / airport Wi-Fi needs its captive portal accepted first.\n2. Remote gateway must be vpn.<client domain>, port 10443 - compare with IT Glue.\n3. -7200: password works at office.com? Member of "VPN-Users" in Entra? Expired password = reset.\n4. -14: try a phone hotspot (some hotel networks block it); check the FortiGate WAN is up.\n5. 98%: uninstall FortiClient, reboot, reinstall "FortiClient VPN" from Company Portal.\n6. SAML window blank: FortiClient settings > tick "Use external browser as user-agent for SAML user authentication".',
      ],
      ['Escalate', 'Many users at once: Marcus Oduya - probably the FortiGate or its certificate.'],
    ],
  ),
  article(
    'ar-vpn-connected-no-resources',
    'VPN connected but shared drives/servers not reachable',
    null,
    'Network - Remote access',
    [
      [
        'Symptoms',
        'FortiClient says Connected, but mapped drives show a red X, "Windows cannot access \\\\server\\share", or a line-of-business app can\'t find its server. Internet works fine.',
      ],
      [
        'Cause',
        "Usually name resolution: the laptop still uses the home router's DNS so server names don't resolve. Also, drives mapped at Windows sign-in before the tunnel was up stay disconnected.",
      ],
      [
        'Fix',
        '1. Ping the server by name (e.g. kpm-fs01) and by IP (from IT Glue).\n2. IP works, name doesn\'t: ipconfig /all - the Fortinet adapter should list the office DNS server and suffix. ipconfig /flushdns, disconnect and reconnect.\n3. Both ping but drives still red: double-click "Reconnect drives" on the desktop (or net use S: \\\\server\\share).\n4. Neither works: the split-tunnel route for that subnet is missing - check the SSL-VPN portal on the FortiGate.\n5. Home network uses the same range as the office (192.168.1.x): note it and escalate.',
      ],
      ['Escalate', 'Subnet overlap or missing routes: Marcus Oduya.'],
    ],
  ),
  article(
    'ar-web-filter-blocked-site',
    'Website blocked by FortiGuard web filter',
    null,
    'Network - Firewall',
    [
      [
        'What users see',
        'A FortiGate page: "Web Page Blocked! The page you have requested has been blocked, because the URL category is not allowed." It shows the URL and a category (Newly Registered Domain, Unrated, Personal Cloud Storage, Games...).',
      ],
      [
        'Steps',
        "1. Get the exact URL and a screenshot of the block page - the category matters.\n2. Confirm business need; for Personal Cloud Storage or Social Media, the client's authorised contact approves.\n3. Check the site on VirusTotal and urlscan.io.\n4. Clean and legitimate: add it as Allow in the static URL filter (Security Profiles > Web Filter > URL Filter) on that client's FortiGate, and submit a re-rating at fortiguard.com for Unrated / miscategorised sites.\n5. Log the change in IT Glue > Firewall changes.",
      ],
      [
        'Never',
        "Do not override Malicious Websites, Phishing or Newly Observed Domain for a link the user got by email - that's probably phishing; escalate to Security.",
      ],
    ],
  ),
  article(
    'ar-firewall-change-request',
    'Firewall change requests: port forwards, allow-lists, vendor access',
    null,
    'Network - Firewall',
    [
      [
        'What we need',
        "Request from an authorised contact with: what needs to reach what (source, destination, ports), business reason, the vendor, and how long it's needed.",
      ],
      [
        'Process',
        '1. Log on the Service Desk board, type "Firewall change".\n2. Network lead (Marcus Oduya) approves. No port forwards to cameras, NVRs or PCs from the whole internet - use the vendor\'s cloud app or restrict to the vendor\'s static IPs.\n3. Vendor remote support goes through a restricted address group, never "all".\n4. Back up the FortiGate config (FortiCloud) before the change.\n5. Changes touching VPN or WAN go in a maintenance window; others same day.\n6. Record it in IT Glue > Firewall changes: ticket #, rule name, approver, expiry date.\n7. Create a reminder ticket to remove temporary rules at expiry.',
      ],
      ['Notes', 'Unblocking a website is a separate process (web filter article).'],
    ],
  ),
  article(
    'ar-slow-computer',
    'Computer slow, freezing or taking ages to start',
    null,
    'Endpoints - Windows',
    [
      [
        'Checks (NinjaOne)',
        '- Uptime - weeks without a restart is the usual cause.\n- CPU / RAM over 90%: which process?\n- Free space on C: below 10%.\n- Disk health / SMART warnings; still a spinning disk?\n- Age and RAM (8 GB with Teams, Outlook and 30 browser tabs is not enough).\n- Pending patches.',
      ],
      [
        'Fix',
        '1. A real restart (not closing the lid).\n2. Task Manager > Startup apps: disable non-business items.\n3. Disk Cleanup / NinjaOne "Clear temp files"; clear Downloads with the user\'s agreement.\n4. SentinelOne full-disk scan running? Let it finish.\n5. Install pending updates and Dell Command Update drivers.\n6. Freezing with the mouse stuck: Event Viewer for disk errors; run Dell ePSA diagnostics (F12 at boot).',
      ],
      [
        'Escalate',
        "Over 5 years old, 8 GB RAM or a failing disk: recommend replacement to the vCIO (Dave Tremblay) for the client's hardware budget.",
      ],
    ],
  ),
  article(
    'ar-windows-update-failures',
    "Windows Update stuck or failing ('Undoing changes', 0x800f0922)",
    null,
    'Endpoints - Patching',
    [
      [
        'How we patch',
        'NinjaOne installs approved updates 7 days after Patch Tuesday at 12:00; users can defer the restart 3 times.',
      ],
      [
        'Symptoms',
        '"We couldn\'t complete the updates. Undoing changes" at every shutdown; "Working on updates 30%" for hours; NinjaOne patch report shows failures with 0x800f0922, 0x80073712 or 0x8024xxxx.',
      ],
      [
        'Fix',
        '1. Stuck at a percentage: give it up to 2 hours before forcing power off.\n2. NinjaOne > device > Patching: which KB failed?\n3. DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow, reboot.\n4. Run the NinjaOne script "Reset Windows Update components".\n5. 0x800f0922 on the Safe OS / WinRE update: recovery partition too small - run the "Resize WinRE partition" script.\n6. Retry the patch from NinjaOne.',
      ],
      ['Escalate', 'Still failing or boot loop: Aisha Rahman; consider an in-place upgrade repair.'],
    ],
  ),
  article('ar-bitlocker-recovery', 'BitLocker recovery screen at startup', null, 'Endpoints - Security', [
    [
      'Symptoms',
      'Blue screen at power-on: "BitLocker recovery - Enter the recovery key for this drive", with a Key ID. Usually after a BIOS update, TPM change, a USB device left in at boot, or motherboard repair.',
    ],
    [
      'Steps',
      '1. Verify the caller (call back on the IT Glue number).\n2. Ask them to read the first 8 characters of the Key ID.\n3. Find the key: Intune > Devices > device > Recovery keys; or Entra > Devices > device; or NinjaOne > device > BitLocker.\n4. Read the 48-digit key in groups of six; the user types it on the number row.\n5. Once in Windows: Intune > device > "BitLocker key rotation" so the read-out key is no longer valid.\n6. After a Dell BIOS update it shouldn\'t recur; if it appears every boot, check TPM in the BIOS and suspend/resume protection (manage-bde -protectors -disable C: -RebootCount 1).',
    ],
    [
      'Escalate',
      'No key anywhere: do not reinstall or reset - the data is lost if the drive is wiped. Escalate to Aisha Rahman.',
    ],
  ]),
  article(
    'ar-printer-offline-queue',
    'Printer shows Offline or jobs stuck in the queue',
    null,
    'Endpoints - Printing',
    [
      [
        'Setup',
        'Office printers are installed as Standard TCP/IP ports to reserved IPs by the NinjaOne "Printers - <client>" script. No print servers.',
      ],
      [
        'Checks',
        "- Does the printer's own screen show paper, toner or jam messages?\n- Can other PCs print to it? No one = the printer or network; one PC = that PC.\n- Ping the printer IP from IT Glue.",
      ],
      [
        'Fix',
        '1. One PC: open the queue and cancel everything. Won\'t clear: stop the Print Spooler service, delete C:\\Windows\\System32\\spool\\PRINTERS\\*, start the spooler.\n2. Printer properties > Ports: a WSD port goes "offline" randomly - switch to the Standard TCP/IP port with the reserved IP.\n3. Remove the printer and re-run the NinjaOne printer script.\n4. Nobody can print and ping fails: power-cycle the printer; check the IP on its network page matches the DHCP reservation.',
      ],
      ['Escalate', 'Reservation / VLAN problems: Marcus Oduya.'],
    ],
  ),
  article(
    'ar-canon-scan-to-email',
    'Canon copier scan-to-email failing (#801 and similar)',
    null,
    'Endpoints - Copiers',
    [
      [
        'Setup',
        "Canon imageRUNNER ADVANCE DX copiers send scans through the Microsoft 365 SMTP relay connector (allowed by the office's static public IP) and out through Mimecast. Metro Office Imaging supplies and services the copiers; HBTG handles the network / email side.",
      ],
      [
        'Symptoms',
        "Job ends with #801 (can't talk to the SMTP server) or another #8xx in Status Monitor > Send > Job Log; or the job says OK but nothing arrives.",
      ],
      [
        'Fix',
        '1. Read the error code in the copier\'s job log.\n2. #801 after an ISP change or new modem: the office public IP changed. Get it from an office PC, update the Exchange connector "Copier relay - <client>" and the Mimecast authorised outbound IP.\n3. OK but nothing arrives: Mimecast Track and Trace on the copier\'s from-address; release if held. External recipients often hold large PDFs.\n4. Scans over 25 MB fail: drop to 300 dpi or use scan to folder.\n5. Test a scan to yourself.',
      ],
      ['Escalate', 'Copier hardware or network card: Metro Office Imaging service (account # in IT Glue).'],
    ],
  ),
  article(
    'ar-canon-scan-to-folder',
    'Canon copier scan-to-folder (SMB) not saving',
    null,
    'Endpoints - Copiers',
    [
      [
        'Symptoms',
        "Scanning to a network folder or a user's Scans folder fails with #751 (destination can't be reached) or an authentication / send error, while scan to email still works.",
      ],
      [
        'Causes',
        "- The address book entry uses the user's own Windows login and they changed their password.\n- The shared svc-scan account password expired or was reset.\n- The folder path or server name changed (server migration).\n- Scanning to a PC share and the PC's IP changed.\n- Copier set to SMB 1.0, which our servers refuse.",
      ],
      [
        'Fix',
        "1. On the copier: Address Book > entry > check the path (\\\\server\\Scans\\Name) and the username.\n2. Update the password - or switch the entry to svc-scan (Keeper; set not to expire).\n3. Settings/Registration > Preferences > Network > SMB Client Settings: SMB 3.0/2.0 on, 1.0 off.\n4. Use the server name or a reserved IP, never a PC's DHCP address.\n5. Scan one page and check the file lands.",
      ],
      ['Escalate', 'Firmware too old for SMB 2/3: Metro Office Imaging to update.'],
    ],
  ),
  article(
    'ar-dell-dock-monitors',
    'Dell dock (WD19S / WD22TB4): external monitors not detected, flickering, USB dead',
    null,
    'Endpoints - Hardware',
    [
      [
        'Symptoms',
        'External monitors stay black / "No signal" when docked, flicker or blank every few minutes, or the keyboard and mouse on the dock stop. Laptop screen fine.',
      ],
      [
        'Fix',
        '1. Unplug the dock\'s power brick for 30 seconds, plug back in, reconnect the USB-C cable to the port with the Thunderbolt / DP symbol.\n2. Windows + P > Extend; Settings > Display > Detect.\n3. Run Dell Command Update - it updates dock firmware, BIOS and Intel graphics together. Reboot while docked.\n4. Swap the DisplayPort / HDMI cable and check the monitor\'s input source.\n5. Two 4K screens on a WD19S: one runs at 30 Hz; lower the second to 1440p if it flickers.\n6. Power options: closing the lid should "Do nothing" when plugged in.',
      ],
      [
        'Escalate',
        'Still dead after the firmware update: Dell ProSupport replacement (service tag under the dock).',
      ],
    ],
  ),
  article(
    'ar-autopilot-new-pc',
    'New laptop setup (Autopilot): stuck or error during setup',
    null,
    'Endpoints - Intune',
    [
      [
        'Normal process',
        'HBTG orders Dells with the hardware hash pre-registered. The user unboxes, connects to internet (wired is best), signs in with work email, password and MFA. The Enrollment Status Page installs apps: 30-60 minutes.',
      ],
      [
        'Errors',
        '- Stuck on "Apps (Identifying)" or "Preparing your device for mobile management" over 90 minutes, or 0x800705b4: an app install timed out.\n- 0x80180014: device blocked - its record was deleted, or it isn\'t registered to this tenant (e.g. bought at retail).\n- 0x801c03ed: device object deleted from Entra.\n- "Something went wrong" at sign-in: MFA or licence missing.',
      ],
      [
        'Fix',
        '1. Intune > Devices > Enrollment > Windows Autopilot devices: serial present and profile "Assigned"?\n2. Timed out: find the failed app in Intune; "Continue anyway" if offered, otherwise reset and retry.\n3. 0x80180014 / 0x801c03ed: delete stale records in Intune and Entra, re-import the hash (Get-WindowsAutopilotInfo -Online), wait for profile assignment, reset the laptop.\n4. The user\'s licence must include Intune (Business Premium).',
      ],
      ['Escalate', 'Sam Li (provisioning).'],
    ],
  ),
  article(
    'ar-mapped-drives-missing',
    'Network drive letters missing or red X in the office',
    null,
    'Endpoints - Windows',
    [
      [
        'Symptoms',
        'In the office, S:, P: or another letter is gone from This PC, or shows a red X "Disconnected network drive" or asks for a password. (Working remotely? See the VPN article.)',
      ],
      [
        'How drives are mapped',
        'The NinjaOne logon policy "Map drives - <client>" maps drives by security group at sign-in.',
      ],
      [
        'Fix',
        '1. Confirm the file server is up in NinjaOne.\n2. Sign out and back in, or double-click "Reconnect drives" on the desktop.\n3. Check group membership (e.g. SG-Shop-RW); new membership needs a sign-out.\n4. Asks for a password: Credential Manager > remove stored Windows credentials for the server (old password), reconnect.\n5. Manual test: net use S: \\\\server\\share /persistent:yes - "System error 53" = name / network; "Access is denied" = permissions.',
      ],
      ['Escalate', 'Server down or share missing: Aisha Rahman.'],
    ],
  ),
  article(
    'ar-folder-access-permissions',
    'Access denied: requesting access to a shared folder or SharePoint site',
    null,
    'Security - Access',
    [
      [
        'Policy',
        "Each client has data owners recorded in IT Glue (e.g. HR folder = HR manager). HBTG grants access only with the data owner's or authorised contact's approval written in the ticket.",
      ],
      [
        'Steps',
        '1. Get the exact path or site URL and whether they need read or edit.\n2. Get the approval in the ticket.\n3. File server: add the user to the folder\'s group (SG-<folder>-RO or -RW). Never add individuals to NTFS permissions or grant Full Control.\n4. User signs out and in (or klist purge) so the new group applies.\n5. SharePoint / Teams: add them to the site\'s Microsoft 365 group as Member, or Visitors for read-only.\n6. "Request access" emails go to the site owner, who can approve directly.',
      ],
      ['Notes', 'Changed departments? Remove the old groups at the same time.'],
    ],
  ),
  article(
    'ar-software-install-request',
    "Software installs: users don't have admin rights",
    null,
    'Endpoints - Software',
    [
      [
        'Symptoms',
        'An installer asks "Do you want to allow this app to make changes?" with a username and password, or says administrator rights are required.',
      ],
      [
        'Policy',
        'Users are standard users on all client PCs. Local admin passwords are managed by Windows LAPS and never given to users.',
      ],
      [
        'Self-service first',
        'Start > Company Portal: Zoom, Webex, Chrome, Firefox, 7-Zip, Notepad++, Adobe Acrobat, FortiClient VPN and client line-of-business apps install from there without a ticket.',
      ],
      [
        'Not in Company Portal',
        "1. Ticket with the app name, version / link and business reason.\n2. HBTG checks licensing and security (vendor reputation, VirusTotal).\n3. Paid software: the client's authorised contact approves the purchase.\n4. Install via NinjaOne; package repeat requests into Company Portal.",
      ],
      ['Notes', 'Browser extensions are allow-listed too - same process.'],
    ],
  ),
  article(
    'ar-adobe-acrobat-licence',
    "Adobe Acrobat: asks to sign in, editing tools greyed out, 'trial expired'",
    null,
    'Endpoints - Software',
    [
      [
        'Symptoms',
        'Acrobat opens as Reader only, edit / organise tools locked, "Sign in to continue", "Your trial has expired", or "You don\'t have access to this app".',
      ],
      [
        'Setup',
        'Acrobat Pro is licensed per named user in the Adobe Admin Console (VIP, bought through HBTG). Users sign in with their work email, federated with Microsoft 365.',
      ],
      [
        'Fix',
        '1. Adobe Admin Console > Users: is "Acrobat Pro" assigned? If not and a seat is free, assign it. No free seat: quote through Adobe VIP, client approves.\n2. In Acrobat: Help > Sign Out, then sign in with the work email and choose "Company or School Account".\n3. Only Acrobat Reader installed: install Adobe Acrobat from Company Portal.\n4. Still locked: Help > Repair Installation, reboot.',
      ],
      ['Notes', 'Licences follow the person: remove them from leavers during offboarding.'],
    ],
  ),
  article(
    'ar-mobile-email-intune-app-protection',
    'Work email on phones: Outlook app, Company Portal prompt, copy-paste blocked',
    null,
    'Endpoints - Mobile',
    [
      [
        'Policy',
        'Conditional Access only allows the Outlook, Teams and OneDrive apps on phones. Built-in iPhone Mail, Samsung Email and Gmail are blocked. App protection policies keep work data inside those apps.',
      ],
      [
        'Symptoms',
        'iPhone Mail keeps rejecting the password; "Your organization now requires Intune Company Portal"; "You can\'t get there from here"; can\'t paste work text into WhatsApp or save attachments to personal storage.',
      ],
      [
        'Steps',
        '1. Install Outlook from the App Store / Play Store and add the work account.\n2. Android: it asks for Intune Company Portal - install it, no need to sign in to it, go back to Outlook. iPhone: Microsoft Authenticator acts as the broker.\n3. Set the app PIN when asked.\n4. Remove the work account from the built-in mail app.\n5. Copy-paste and "Save to" personal apps are blocked by design.',
      ],
      ['Escalate', 'Full device enrollment questions: Sam Li.'],
    ],
  ),
  article(
    'ar-phishing-report-clicked',
    'Suspicious email: reporting it, and what to do if a link was clicked',
    null,
    'Security - Incidents',
    [
      [
        'Reporting',
        'Use the "Report Phish" button (KnowBe4 Phish Alert) in Outlook. It removes the message and sends it to HBTG. Don\'t forward it. KnowBe4 simulated tests are reported the same way - the user gets a "well done".',
      ],
      [
        'If clicked',
        '1. Clicked only, typed nothing: close the page, run a SentinelOne scan; nothing else unless S1 alerts.\n2. Typed their password or approved an MFA prompt: reset the password now and revoke sessions - follow the compromised account article.\n3. Opened an attachment / ran a file / enabled macros: disconnect the PC from the network and call HBTG; the tech network-isolates it in SentinelOne.\n4. Find the same message in other mailboxes (Defender Threat Explorer or Mimecast Remediate) and remove it; block the sender / URL in Mimecast.',
      ],
      ['Notes', 'Never scold - fast reporting is what we want. Log on the Security board.'],
    ],
  ),
  article(
    'ar-compromised-m365-account',
    'Compromised Microsoft 365 account: response checklist',
    null,
    'Security - Incidents',
    [
      [
        'Signs',
        'Contacts receive phishing from the user; Sent Items empty or full of messages the user didn\'t send; odd inbox rules (named "." or "..", moving mail to RSS Feeds); forwarding to an outside address; MFA prompts the user didn\'t start; sign-ins from other countries; a "restricted from sending" bounce.',
      ],
      [
        'Contain (first 15 minutes)',
        "1. Block sign-in, reset password, revoke sessions (Entra > user > Revoke sessions).\n2. Remove inbox rules and forwarding (Exchange admin, Get-InboxRule).\n3. Authentication methods: delete any phone or app the user doesn't recognise.\n4. Enterprise applications: remove recently granted OAuth consents.",
      ],
      [
        'Investigate',
        '5. Entra sign-in logs and the unified audit log for 30 days: what was read, sent, downloaded.\n6. Release the user from Restricted entities in Defender if blocked.\n7. With the client\'s OK, send a "please ignore" notice to affected contacts.',
      ],
      [
        'Escalate',
        'Security board P1, Jen Kowalczyk. If personal or patient information may have been accessed, the client decides on breach reporting (PIPEDA / PHIPA) - we supply facts, not legal advice.',
      ],
    ],
  ),
  article(
    'ar-ransomware-response',
    'Suspected ransomware: first-hour actions',
    null,
    'Security - Incidents',
    [
      [
        'Signs',
        "Files renamed with a strange extension and won't open; a README / HOW_TO_DECRYPT note in folders; many SentinelOne alerts at once; server files changing very fast.",
      ],
      [
        'Users',
        "Unplug the network cable / turn off Wi-Fi. Do NOT shut down. Call HBTG on-call 416-555-0199 - don't just email.",
      ],
      [
        'Tech actions',
        "1. SentinelOne: Network Quarantine the affected endpoints and any server showing activity.\n2. Disable the user account involved; disable SSL-VPN on the FortiGate if the origin is unknown.\n3. Datto: pause backups of the affected server so clean snapshots aren't pruned; identify the last clean snapshot.\n4. Photograph the ransom note; delete nothing.\n5. Call Jen Kowalczyk, then Priya Nair and Dave Tremblay.\n6. Notify the client's cyber insurer breach hotline (IT Glue > Insurance) BEFORE restoring - they may appoint an incident response firm.",
      ],
      ['Never', 'Never pay, contact the attackers, or wipe machines before the insurer / IR firm agrees.'],
    ],
  ),
  article(
    'ar-sentinelone-detection',
    'SentinelOne blocked or quarantined a program (possible false positive)',
    null,
    'Security - EDR',
    [
      [
        'Symptoms',
        'Pop-up "SentinelOne - threat detected and mitigated"; a downloaded file disappears; an app or its update won\'t launch; an S1 alert ticket on the Alerts board.',
      ],
      [
        'Steps',
        '1. SentinelOne console > Incidents: find the threat; note path, hash, signer and parent process.\n2. Check the hash on VirusTotal and whether the vendor signed it.\n3. Ask the user what they were doing.\n4. Legitimate (vendor update, CAM post-processor, dental lab plug-in): mark "False positive" and add an exclusion by hash (or by path, scoped to that client\'s site only - path exclusions need Security lead approval).\n5. Actions > Un-quarantine to restore the file; the user retries.\n6. Malicious or unsure: leave it quarantined; if the user ran it, follow the phishing / ransomware articles.',
      ],
      ['Escalate', 'Jen Kowalczyk. Read any Vigilance MDR notes on the incident before un-quarantining.'],
    ],
  ),
  article(
    'ar-keeper-vault-access',
    'Keeper: forgot master password, new device approval, missing shared folder',
    null,
    'Security - Passwords',
    [
      [
        'Forgot master password',
        'HBTG can\'t see or reset it.\n1. User clicks "Forgot password" on the Keeper login and uses their 24-word recovery phrase.\n2. No recovery phrase: the client\'s Keeper admin (HBTG for managed clients) uses Account Transfer - the old vault moves to a new account the user then sets up. Record it in the ticket.',
      ],
      [
        'New device approval',
        'SSO users signing in on a new laptop or phone see "Device approval required". Approve it in Keeper Admin Console > Admin > Approval queue, or the user approves from a device already signed in.',
      ],
      [
        'Missing shared folder or record',
        "Shared folders are shared by their owner. Ask the owner or the client's Keeper admin to add the user; HBTG can if we administer that client's Keeper.",
      ],
      ['Notes', 'Never ask a user to tell you their master password.'],
    ],
  ),
  article(
    'ar-payment-fraud-bec',
    'Banking change and gift card requests by email (payment fraud / BEC)',
    null,
    'Security - Incidents',
    [
      [
        'Typical',
        '"We\'ve changed banks, please update our EFT / wire details for the next invoice"; or a message from "the boss" urgently asking for gift cards or a wire while they\'re "in a meeting".',
      ],
      [
        'Rule for clients',
        'Verify every banking change by calling a number already on file, never one in the email. Gift card requests from management are always fraud.',
      ],
      [
        'HBTG steps',
        "1. Get the message as an attachment; check headers, Reply-To and lookalike domains (e.g. hollisnq.ca).\n2. Lookalike / outside domain: block it in Mimecast, search other mailboxes for it.\n3. From the supplier's real address: their mailbox is probably compromised - the client phones the supplier.\n4. From our client's own user: follow the compromised account article.\n5. Money already sent: client calls their bank's fraud line immediately for a recall, reports to police and the Canadian Anti-Fraud Centre. Gift cards: call the card issuer with the codes.",
      ],
      ['Escalate', "Jen Kowalczyk; notify the client's authorised contact."],
    ],
  ),
  article('ar-onboarding-new-hire', 'New hire setup: what we need and lead time', null, 'On/Offboarding', [
    [
      'Lead time',
      '5 business days before the start date (10 if a laptop must be ordered). Requests only from an authorised contact, via the "New User" form in the client portal or a ticket.',
    ],
    [
      'Information needed',
      'Full and preferred name, title, department, manager, start date, location, distribution lists / shared mailboxes, file and SharePoint access ("same as <person>" is fine), line-of-business apps, phone extension, laptop or desktop, licence (Business Premium by default).',
    ],
    [
      'Steps (tech)',
      "1. Create the user (AD for hybrid clients, Entra for cloud-only); assign a licence (order via Pax8 if none free).\n2. Groups, shared mailboxes, Teams, SharePoint.\n3. Keeper account, 3CX extension and desk phone.\n4. Laptop via Autopilot - ship to the client or pre-provision.\n5. LOB app accounts per the client's IT Glue checklist (some are created by the client's own admin).\n6. Day one: call the user, issue a Temporary Access Pass for MFA registration, walk through first sign-in.",
    ],
    ['Notes', 'Late requests still get an account on time; hardware may lag.'],
  ]),
  article(
    'ar-offboarding-departure',
    'Staff leaving or terminated: offboarding checklist',
    null,
    'On/Offboarding',
    [
      [
        'Timing',
        'Planned departures: scheduled for the end of the last day. Terminations: phone HBTG (416-555-0190) - done immediately, while HR is in the meeting.',
      ],
      [
        'Steps',
        "1. Block sign-in, reset password, revoke sessions, remove MFA methods.\n2. Hybrid: disable in AD and move to the Disabled Users OU.\n3. Convert the mailbox to shared; give the manager access; auto-reply if requested. Kept 90 days unless told otherwise.\n4. OneDrive: give the manager access (kept 30 days after licence removal).\n5. Remove licences after converting, to stop billing.\n6. Keeper: Account Transfer to the manager.\n7. 3CX: reassign or forward the extension; reset voicemail.\n8. Laptop / phone: Intune retire or wipe; arrange return - if the laptop is at the person's home, the client arranges pickup.\n9. Remove from LOB apps per the IT Glue checklist; rotate shared passwords they knew.",
      ],
    ],
  ),
  article(
    'ar-server-file-restore-datto',
    'Restoring files or folders from the file server (Datto SIRIS)',
    null,
    'Backup & Restore',
    [
      [
        'Before you start',
        'Get the full path, file or folder name, and when it was last right. Ask whether it should go alongside the current copy or replace it.',
      ],
      [
        'Quick option',
        'On-prem file servers keep Previous Versions (shadow copies at 7:00 and 12:00, about 2 weeks). Right-click the folder > Properties > Previous Versions.',
      ],
      [
        'Datto restore',
        '1. Datto partner portal > device (e.g. KPM-BDR01) > Restore > protected server > File Restore > choose the snapshot (hourly for 48 h, daily for 90 days locally; monthly for 1 year in Datto\'s Canadian cloud).\n2. Start the restore and browse the mounted share from the server.\n3. Copy the item back to its folder as "<name>_restored_YYYY-MM-DD". Don\'t overwrite unless asked.\n4. Remove the restore mount when done.',
      ],
      ['Escalate', 'Whole server / VM restore, or older than local retention: Aisha Rahman.'],
    ],
  ),
  article(
    'ar-mailbox-restore-saas-protection',
    'Restoring deleted emails, contacts or calendar items (Datto SaaS Protection)',
    null,
    'Backup & Restore',
    [
      [
        'First',
        'Deleted in the last 30 days: Outlook > Deleted Items, then "Recover items recently removed from this folder". Try that first.',
      ],
      [
        'Older or permanently gone',
        "Datto SaaS Protection backs up every mailbox 3 times a day with unlimited retention, including leavers' mailboxes while their backup seat is kept.",
      ],
      [
        'Steps',
        '1. SaaS Protection portal > client > Exchange > user.\n2. Search by date range, sender or subject, or browse a snapshot.\n3. Restore into the user\'s mailbox (new folder "Restored <date>"), or to the manager for a leaver.\n4. Legal / complaint requests: export as PST and share by OneDrive "specific people" link with the authorised contact only.\n5. Record in the ticket who approved access to someone else\'s mail.',
      ],
      ['Escalate', 'Mailbox not in the backup list: Aisha Rahman.'],
    ],
  ),
  article(
    'ar-datto-backup-alert',
    'Datto backup alerts: failed backup, screenshot verification, offsite sync behind',
    null,
    'Backup & Restore - Internal',
    [
      [
        'For techs',
        'Datto alerts land on the ConnectWise "Alerts" board. Don\'t close one until a successful backup is confirmed.',
      ],
      [
        'Screenshot verification failed',
        'Open the screenshot in the portal. "Working on updates", "Preparing Windows" or a cropped login screen = false alarm: raise the screenshot wait time (Advanced > Screenshot) to 600 s. Blue screen / boot failure = real: test-virtualize the snapshot.',
      ],
      [
        'Backup failed',
        '1. Read the error. VSS writer errors: on the server run vssadmin list writers; restart the failing writer\'s service (SQL Writer etc.) or reboot after hours.\n2. "Agent not communicating": restart the Datto Windows Agent service; check the server\'s firewall.\n3. After patching, a pending reboot often breaks VSS - schedule the reboot.',
      ],
      [
        'Offsite sync behind',
        'Check the SIRIS bandwidth throttle schedule and the ISP speed. More than 3 days behind: raise to Aisha.',
      ],
      [
        'Escalate',
        "Three consecutive failed backups on one server: Aisha Rahman, and tell the client's primary tech.",
      ],
    ],
  ),
  article(
    'ar-yealink-phone-no-service',
    "Desk phone says 'No Service', 'Network Unavailable' or 'Account not registered'",
    null,
    'Phones - 3CX',
    [
      [
        'Setup',
        "Yealink T54W / T46U phones registered to our hosted 3CX. Phones get power (PoE) and network from the FortiSwitch; the PC plugs into the phone's PC port.",
      ],
      [
        'Fix',
        '1. One phone only? The wall cable must be in the phone\'s "Internet" / LAN port, not "PC".\n2. Unplug the network cable for 10 seconds (reboots the phone). Blank screen = no power: try another jack; check the PoE port on the FortiSwitch.\n3. "Account not registered" / "No Service": 3CX Admin > Phones - registered? Use Reprovision. Check the extension still exists (not removed in an offboarding).\n4. All phones down = internet / site problem (outage article). Meanwhile users can take calls in the 3CX app on mobile or PC.',
      ],
      ['Escalate', '3CX hosting provider; Marcus Oduya for voice VLAN issues.'],
    ],
  ),
  article(
    'ar-3cx-voicemail-forwarding',
    '3CX: forwarding calls to a cell, voicemail PIN and greetings, holiday messages',
    null,
    'Phones - 3CX',
    [
      [
        'Forwarding',
        'User\'s 3CX web client or app > Status. "Away" or "Out of office" forwards to a mobile number set in Settings > Forwarding rules. The desk phone\'s DND key also switches status.',
      ],
      [
        'Voicemail',
        '- PIN reset: 3CX Admin > Users > user > Voicemail > set PIN, give it to the user.\n- Record greeting: dial 999 from the desk phone, enter PIN, options menu > record greeting. Separate greetings can be set per status (e.g. Out of office).\n- Voicemail as email attachment: Voicemail > "Send voicemail to email".',
      ],
      [
        'Holiday / closure message',
        '1. Client asks 2 business days ahead with dates and wording.\n2. 3CX Admin > Office Hours > Holidays: add the dates.\n3. The Digital Receptionist plays the holiday prompt (recorded by the client or text-to-speech).\n4. Test by calling in on the first closed day.',
      ],
    ],
  ),
  article(
    'ar-travel-sign-in-blocked',
    'Travelling outside Canada: sign-in blocked (error 53003)',
    null,
    'Security - Identity',
    [
      [
        'What users see',
        'Outside Canada, Microsoft 365 says "You cannot access this right now - your sign-in was successful but does not meet the criteria to access this resource", error 53003, or the phone\'s mail stops syncing.',
      ],
      [
        'Cause',
        'Conditional Access policy "Block sign-in outside Canada" applies to every client. The US is not exempt.',
      ],
      [
        'Fix',
        '1. Best requested before the trip: manager or authorised contact approves in the ticket with countries and dates.\n2. Entra > Groups > "CA-Travel-Exception": add the user; set an expiry or a reminder ticket for the return date.\n3. Already abroad and blocked: verify by calling the mobile on file, then add them; takes effect within 15 minutes - have them sign out and back in.\n4. Remove them from the group on return.',
      ],
      ['Notes', 'High-risk / sanctioned countries need Security approval (Jen Kowalczyk).'],
    ],
  ),
  article(
    'ar-file-locked-for-editing',
    "'File is locked for editing by another user' (Excel / Word)",
    null,
    'Microsoft 365 - Office',
    [
      [
        'Symptoms',
        'Opening a Word or Excel file says it\'s "locked for editing by <name>" or "another user", offering Read-Only or Notify; or saving fails because someone has it open. The named person may be away or swears they closed it.',
      ],
      [
        'File server',
        '1. On the server: Computer Management > Shared Folders > Open Files - find the file and who has it; with their OK, Close Open File.\n2. If the person\'s PC crashed, delete the hidden ~$filename owner file in the same folder.\n3. Old .xls / .doc files and legacy "Shared Workbook" mode can\'t co-author - save as .xlsx.',
      ],
      [
        'SharePoint / Teams',
        '1. The file may be checked out: ... > More > Check in, or Discard check-out.\n2. Co-authoring needs everyone on Microsoft 365 apps or the browser; an old Office 2016 copy locks the file.',
      ],
      ['Notes', 'Suggest moving shared spreadsheets to SharePoint so several people can edit at once.'],
    ],
  ),
  article(
    'ar-hn-taxcycle-annual-install',
    'Hollis & Ng - TaxCycle: new tax year install, licence activation and EFILE settings',
    SET_AR_CLIENTS.a,
    'Runbooks',
    [
      [
        'Overview',
        'Hollis & Ng prepares T1, T2 and T3 returns in TaxCycle (Trilogy Software). Each January a new release covers the new tax year and installs alongside prior years. Firm licence key: Keeper > Hollis & Ng > "TaxCycle Firm Licence". Data files: \\\\HN-FS01\\TaxData\\<year>. Licence admin at the client: Gloria Ng (managing partner).',
      ],
      [
        'Install / upgrade',
        '1. Push "TaxCycle (latest)" from NinjaOne to the tax group PCs (policy "HN - Tax Staff"); it is also in Company Portal.\n2. First launch: Help > Licence > enter the firm key. If TaxCycle runs in demo mode or prints "NOT FOR FILING" on returns, the licence wasn\'t activated or lacks the module.\n3. Options > Firm: point firm options and templates to \\\\HN-FS01\\TaxData\\Shared\\Options so everyone uses the same letters and invoices.',
      ],
      [
        'EFILE',
        'The EFILE number and password belong to the firm and are renewed online each fall by Gloria. "EFILE registration not valid" in January = renewal not done yet - tell Gloria; it\'s not an IT fix. Rejections on an individual return are preparer issues.',
      ],
      [
        'Notes',
        'Change freeze Feb 15 - May 1: no feature updates or PC swaps for tax staff. Trilogy support: support@taxcycle.com.',
      ],
    ],
  ),
  article(
    'ar-hn-caseware-smartsync',
    'Hollis & Ng - CaseWare Working Papers: SmartSync locks and conflicts',
    SET_AR_CLIENTS.a,
    'Runbooks',
    [
      [
        'Setup',
        'Engagement files live on \\\\HN-FS01\\Engagements\\<client>\\<year> and are shared with SmartSync. Staff working off-site take a sync copy to their laptop and synchronize it back when done. CaseWare Working Papers 2024 on every PC; client-side admin: Wendy Palmer (office manager).',
      ],
      [
        'Symptoms',
        '"The file is in use or locked by another user"; "Unable to synchronize - conflict"; a sync copy won\'t check back in; the engagement opens read-only.',
      ],
      [
        'Fix',
        '1. Working Papers: File > SmartSync > Sync Status shows who holds a sync copy or has the file open.\n2. Holder away or laptop off: on HN-FS01 > Computer Management > Open Files, close only that engagement\'s files once the user is confirmed out.\n3. Conflicts: synchronize from the user\'s copy first, then review the SmartSync conflict list; the engagement manager decides which changes win.\n4. Never copy an engagement folder to the desktop or email it - it breaks SmartSync.\n5. "Created with a newer version": update Working Papers from Company Portal.',
      ],
      [
        'Escalate',
        "CaseWare support with the firm's licence number (IT Glue); Aisha Rahman for the server side.",
      ],
    ],
  ),
  article(
    'ar-hn-rd-gateway-remote',
    'Hollis & Ng - working from home: connecting to your office PC (RD Gateway)',
    SET_AR_CLIENTS.a,
    'Runbooks',
    [
      [
        'Setup',
        'Hollis & Ng does NOT use FortiClient. Staff work from home by connecting to their own office PC through Remote Desktop Gateway (remote.hollisng.ca); tax software and client files stay in the office. MFA via the Entra NPS extension: an Authenticator prompt arrives on the phone while connecting.',
      ],
      [
        'Connecting',
        'Desktop shortcut "Office PC" (.rdp file) or https://remote.hollisng.ca/rdweb. Username HOLLISNG\\firstname.',
      ],
      [
        'Problems',
        '- "Your computer can\'t connect to the Remote Desktop Gateway server" or it hangs: check the home internet; did the phone get the MFA prompt? No approval = time-out.\n- "Remote Desktop can\'t find the computer" / "can\'t connect to the remote computer": the office PC is off or asleep - NinjaOne > device > Wake-on-LAN, or ask the office to power it on. Check the "HN - never sleep" power policy.\n- "The user account is not authorized": add the user to HN-RDG-Users.\n- Home printer not printing: Show Options > Local Resources > Printers ticked.\n- Multiple monitors: Display > "Use all my monitors".',
      ],
      ['Escalate', 'Gateway server HN-RDG01 down: Marcus Oduya.'],
    ],
  ),
  article(
    'ar-hn-sharefile-portal',
    'Hollis & Ng - ShareFile client portal: sending and requesting client documents',
    SET_AR_CLIENTS.a,
    'Runbooks',
    [
      [
        'Purpose',
        'Hollis & Ng exchanges tax slips, statements and returns with clients through ShareFile (hollisng.sharefile.com), never by plain email. Staff accounts are managed by Wendy Palmer; HBTG helps with the Outlook plug-in and client access problems.',
      ],
      [
        'Staff how-to',
        "1. Send: Outlook > ShareFile ribbon > Attach files via ShareFile, or web app > Share > Send a copy. Require sign-in for anything containing a SIN.\n2. Request documents: ShareFile > Request files > client's email; the client gets an upload link, no account needed.\n3. Links expire after 30 days by default and can't be reopened - send a new request.",
      ],
      [
        'Client problems',
        '- Never got the email: check their spam, resend; notifications come from mail@sf-notifications.com.\n- Forgot password: "Forgot password" on the login page; staff can resend the welcome email from People > client.\n- Upload stuck: use Chrome or Edge.',
      ],
      [
        'Escalate',
        'Plug-in missing in Outlook: reinstall "ShareFile for Outlook" from Company Portal. Licence count: Wendy Palmer; ShareFile support.',
      ],
    ],
  ),
  article(
    'ar-bfd-abeldent-connect',
    'Bayview Family Dental - ABELDent workstation / database connection failures',
    SET_AR_CLIENTS.b,
    'Runbooks',
    [
      [
        'Setup',
        "ABELDent (charts, scheduling, billing) runs on BFD-SRV01 in the back-office rack; 7 operatory PCs, 2 front desk PCs and the doctors' office connect to it. Client contact: Lucia Ferreira (office manager).",
      ],
      [
        'Symptoms',
        "ABELDent icon does nothing, hangs at the login screen, or says it is unable to connect to the server / database. Charts won't load.",
      ],
      [
        'One workstation',
        '1. Restart the PC.\n2. Ping BFD-SRV01; check the A: mapping to \\\\BFD-SRV01\\ABELDent.\n3. Version mismatch after a server update: run \\\\BFD-SRV01\\ABELDent\\Update\\ClientUpdate.exe as admin through NinjaOne.',
      ],
      [
        'All workstations',
        "1. NinjaOne: is BFD-SRV01 online? Disk space, CPU?\n2. RDP to BFD-SRV01 > services.msc: ABELDent database / server services running? Start if stopped. Restarting running services throws everyone out - get Lucia's OK during clinic hours.\n3. Server down: P1, call on-call; Datto SIRIS can virtualize BFD-SRV01 locally within 30 minutes.",
      ],
      [
        'Escalate',
        "ABELDent support with Bayview's customer number (IT Glue). Patient data is PHIPA-protected: no chart screenshots in tickets.",
      ],
    ],
  ),
  article(
    'ar-bfd-itrans-claims',
    'Bayview Family Dental - ITRANS / CDAnet claim transmission errors',
    SET_AR_CLIENTS.b,
    'Runbooks',
    [
      [
        'Setup',
        'ABELDent sends CDAnet claims and predeterminations through ITRANS. The ITRANS Claims Manager service runs on BFD-SRV01 and needs outbound HTTPS.',
      ],
      [
        'Symptoms',
        'Front desk sees "Claim not transmitted" or "Communication error", claims stuck in ABELDent\'s outstanding queue, no EOB returned; patients asked to pay in full.',
      ],
      [
        'Checks and fix',
        "1. All carriers or one? One carrier (Manulife, Sun Life...) = that carrier is offline - many are on Sunday nights and month-end. Check the ITRANS network status page. Nothing for IT to fix; resubmit later.\n2. All carriers: on BFD-SRV01 check the \"ITRANS Claims Manager\" service is running; restart it.\n3. Confirm the clinic's internet is up and the FortiGate isn't blocking (web filter log for itrans).\n4. ITRANS prompting for an update: install the latest Claims Manager from the ITRANS portal after hours.\n5. Resubmit the stuck claims from ABELDent's claims queue.",
      ],
      ['Escalate', "ITRANS support with the office's ITRANS account number (IT Glue)."],
    ],
  ),
  article(
    'ar-bfd-intraoral-sensor',
    'Bayview Family Dental - intraoral sensor not detected in CS Imaging / images missing from chart',
    SET_AR_CLIENTS.b,
    'Runbooks',
    [
      [
        'Setup',
        'Each operatory has a Carestream RVG 6200 USB sensor and CS Imaging 8, bridged from ABELDent (open the patient > Imaging button). The dental equipment dealer services the sensors; HBTG looks after the PCs and software.',
      ],
      [
        'Symptoms',
        'CS Imaging says "No device detected" or "Sensor not ready", the acquisition window stays grey, or images are captured but don\'t appear under the patient.',
      ],
      [
        'Fix',
        '1. Unplug the sensor, wait 10 s, plug directly into a rear USB port (no hubs, no front ports).\n2. Device Manager: the RVG should be listed; yellow flag = reinstall the driver from \\\\BFD-SRV01\\Software\\Carestream.\n3. Close and reopen CS Imaging - always launch it from the patient in ABELDent, not the desktop icon, or images save to no patient.\n4. Windows updates can re-enable USB selective suspend: check the NinjaOne "BFD - USB power" policy applied.\n5. Swap the sensor into another op to tell sensor from PC. Never open or bend the sensor cable.',
      ],
      [
        'Escalate',
        'Sensor fails in two ops: dealer tech line (IT Glue). Images missing from charts: Carestream support.',
      ],
    ],
  ),
  article(
    'ar-bfd-moneris-terminal',
    'Bayview Family Dental - Moneris terminal offline at the front desk',
    SET_AR_CLIENTS.b,
    'Runbooks',
    [
      [
        'Setup',
        'Two Moneris Desk/5000 terminals connect by Ethernet to FortiSwitch ports 7 and 8 on PCI VLAN 40, which only reaches Moneris. The terminals belong to Moneris; HBTG only looks after the network.',
      ],
      [
        'Symptoms',
        'Terminal shows "No connection", "Communication error", "Host unavailable", or hangs at "Processing".',
      ],
      [
        'Fix',
        "1. Check the cable is seated in the terminal base and in the wall jack labelled POS.\n2. Power the terminal off and on at the base.\n3. Clinic internet up? If not, see the outage article - the terminals can't do offline debit.\n4. FortiSwitch: ports 7 / 8 up and on VLAN 40? Never move terminals to other ports or Wi-Fi (PCI).\n5. Still failing with internet fine: Moneris merchant support (number on the terminal sticker, merchant ID in IT Glue).",
      ],
      ['Workaround', "Record the balance in ABELDent and collect at the next visit, with the dentist's OK."],
    ],
  ),
  article(
    'ar-kpm-jobboss-sql',
    "Kessler Precision - JobBOSS2 can't connect, 'all licences in use' or very slow",
    SET_AR_CLIENTS.c,
    'Runbooks',
    [
      [
        'Setup',
        'JobBOSS2 (quotes, job travellers, shop-floor time, shipping) runs on SQL Server 2019 on KPM-SQL01, with clients on office PCs and the shop-floor kiosks. 25 concurrent licences. Contacts: Hans Kessler (president), Dana Whitfield (controller, JobBOSS admin).',
      ],
      [
        'Symptoms and fixes',
        '- "Unable to connect to the database server": KPM-SQL01 up in NinjaOne? services.msc > SQL Server (JOBBOSS) running? Restart the JobBOSS2 service host. From home the VPN must be connected first.\n- "Maximum number of licensed users reached": someone left it open on a kiosk. Dana sees and ends sessions in Administration > Active Users; HBTG can end stale sessions in SQL. More licences = ECi quote, Hans approves.\n- Very slow for everyone: check SQL CPU / RAM; the nightly maintenance job may be overrunning. Don\'t restart SQL during shifts without Dana\'s OK.',
      ],
      ['Escalate', 'ECi JobBOSS2 support (customer number in IT Glue); Aisha Rahman for SQL.'],
    ],
  ),
  article(
    'ar-kpm-solidworks-licence',
    "Kessler Precision - SOLIDWORKS 'Could not obtain a license' (SolidNetWork License Manager)",
    SET_AR_CLIENTS.c,
    'Runbooks',
    [
      [
        'Setup',
        "Engineering uses floating licences - 4 SOLIDWORKS Standard, 2 Professional - served by SolidNetWork License Manager on KPM-LIC01 (ports 25734 and 25735). Mastercam uses its own dongle and isn't covered here.",
      ],
      [
        'Error codes',
        '- "Cannot connect to license server system (-15,10032)" or (-96): the client can\'t reach KPM-LIC01.\n- (-4) licensed number of users already reached: all seats in use.\n- (-97,121): licence server service not started.',
      ],
      [
        'Fix',
        "1. -15 / -96: ping KPM-LIC01 by name; SolidNetWork License Manager Client should point to 25734@KPM-LIC01; from home connect the VPN first.\n2. -97: on KPM-LIC01 open SolidNetWork License Manager Server > Server Administration > Start.\n3. -4: License Usage tab shows who holds seats; ask them to close SOLIDWORKS (seats aren't released while it's open, even idle).\n4. Laptop going to a customer site: borrow a licence in the License Manager Client before leaving.",
      ],
      ['Escalate', "Licence transfer / activation: Kessler's SOLIDWORKS reseller (IT Glue)."],
    ],
  ),
  article(
    'ar-kpm-cimco-dnc',
    'Kessler Precision - CNC machines not receiving programs (CIMCO DNC-Max)',
    SET_AR_CLIENTS.c,
    'Runbooks',
    [
      [
        'Setup',
        'Programs go from the CAM PCs to the machines through CIMCO DNC-Max on KPM-DNC01. Older controls (Haas, Okuma, Mazak) connect by RS-232 through Moxa NPort serial-to-Ethernet boxes (10.20.50.x); newer ones pull over Ethernet. Shop contact: Dieter Vogt (manufacturing engineer).',
      ],
      [
        'Symptoms',
        'The operator requests a program at the control and nothing arrives; the DNC-Max client shows that machine\'s port red / "Port error"; a transfer stops partway.',
      ],
      [
        'Fix',
        '1. One machine or all? All = check KPM-DNC01 is up and the "CIMCO DNC-Max Server" service running; restart it between jobs.\n2. One machine: ping its Moxa (IP in IT Glue > Kessler > DNC map). No reply: power-cycle the Moxa box at the machine.\n3. Moxa replies but port red: on KPM-DNC01 open NPort Administrator and check the virtual COM port mapping (Windows updates sometimes renumber COM ports).\n4. Stops partway or garbage characters: baud / parity on the control may have changed - that\'s Dieter\'s call, not IT.',
      ],
      ['Escalate', 'CIMCO reseller support; Marcus Oduya for the shop VLAN.'],
    ],
  ),
  article(
    'ar-kpm-zebra-label',
    'Kessler Precision - Zebra ZD621 on the shipping desk: blank, skipped or misplaced courier labels',
    SET_AR_CLIENTS.c,
    'Runbooks',
    [
      [
        'Setup',
        'Shipping PC KPM-SHIP01 prints 4x6 labels from UPS WorldShip, Purolator E-Ship and Canada Post Snap Ship to a USB Zebra ZD621 (ZDesigner driver) with direct-thermal stock.',
      ],
      [
        'Symptoms',
        'Labels come out blank, every other one skipped, one label split across two, or the label prints as a full page on the office copier.',
      ],
      [
        'Fix',
        '1. Blank: direct-thermal rolls loaded upside down, or the driver set to thermal transfer - reload, and set Printing Preferences > Options to "Direct thermal".\n2. Skipping / splitting: calibrate - hold FEED until it flashes twice, or Zebra Setup Utilities > Calibrate Media. Repeat after every new roll type.\n3. Wrong size: ZDesigner > Printing Preferences > Paper 4.00 x 6.00 in.\n4. Going to the copier: WorldShip > System Preferences > Printer Setup > Label printer = ZDesigner ZD621; same in Purolator and Canada Post printer settings. Turn off "Let Windows manage my default printer".',
      ],
      [
        'Escalate',
        'Worn print head (faded bands on every label): Zebra service or replacement quote to Hans.',
      ],
    ],
  ),
  article(
    'ar-dcs-penelope-access',
    'Danforth Community Services - Penelope case management: logins, lockouts and worker access',
    SET_AR_CLIENTS.d,
    'Runbooks',
    [
      [
        'Setup',
        "Penelope (Bonterra, hosted in Canada) holds all client case files. Accounts and security roles are managed by Danforth's Penelope administrator, Omar Haddad (Data & Evaluation Coordinator) - not HBTG. HBTG supports the PC and browser side.",
      ],
      [
        'Locked out / password',
        "Penelope locks after 5 failed attempts. Omar unlocks and resets in Penelope > Admin > Users. After hours, Penelope support unlocks only at Omar's request. HBTG cannot reset Penelope passwords.",
      ],
      [
        'New worker / access to a case',
        'The program manager emails Omar with the worker\'s name, program and role. Case visibility is by program and security role - "Access denied" on a case is a role question for Omar.',
      ],
      [
        'Browser problems',
        "Blank pages, buttons not responding, documents not opening: use Edge or Chrome (not IE mode), allow pop-ups for the Penelope site, clear the cache, check the PC's date and time.",
      ],
      ['Privacy', 'Never paste client names or case details into tickets or emails to HBTG.'],
    ],
  ),
  article(
    'ar-dcs-volunteer-accounts',
    'Danforth Community Services - non-staff accounts (volunteers, student placements)',
    SET_AR_CLIENTS.d,
    'Runbooks',
    [
      [
        'Who requests',
        'Keisha Brown (Volunteer Coordinator) only, with the "Volunteer/Student Account" form - not the standard new-hire process.',
      ],
      [
        'What they get',
        '- firstname.lastname.v@danforthcs.org with Microsoft 365 Business Basic (web apps, email, Teams - no desktop Office).\n- Member of DCS-Volunteers: intake shared calendar, volunteer Teams channel. No S: drive, HR or Finance access.\n- Penelope only if the program manager approves and privacy training is signed - request goes to Omar Haddad.\n- They use the outreach laptop pool; no assigned device.',
      ],
      [
        'End date',
        'Every account expires on the placement end date (Entra lifecycle workflow). After that the person sees "Your account has been disabled". Extension: Keisha emails the new end date; update the expiry and re-enable.',
      ],
      ['Leaving', 'Auto-disabled on the end date, deleted after 30 days. Keisha collects building fobs.'],
    ],
  ),
  article(
    'ar-dcs-outreach-laptops',
    'Danforth Community Services - outreach laptop pool and mobile hotspots',
    SET_AR_CLIENTS.d,
    'Runbooks',
    [
      [
        'Setup',
        '12 Dell Latitudes (DCS-LOAN01-12) and 6 Rogers mobile hotspots are signed out at the front desk for outreach and home visits. The laptops are Intune shared devices: anyone with a DCS account can sign in.',
      ],
      [
        'Using them',
        '- The first sign-in on a given laptop takes 5-10 minutes to build the profile.\n- Windows Hello PIN / fingerprint is off on pool laptops - "That sign-in option is disabled" or "the sign-in method isn\'t allowed" means use your password.\n- Local files are deleted when profiles are cleaned up (14 days inactive). Save to OneDrive / Teams; your OneDrive files appear after sign-in.',
      ],
      [
        'No internet in the field',
        'Turn the hotspot on (hold power 3 s) and join its SSID (on the sticker). Connected but no internet = monthly data cap reached or SIM problem - swap it at the front desk and report the serial in a ticket.',
      ],
      [
        'Lost or stolen',
        'Report to your manager and HBTG right away (416-555-0190, after hours 416-555-0199). HBTG marks it lost and wipes it in Intune; BitLocker protects the disk. Include the police report number if stolen.',
      ],
    ],
  ),
];
