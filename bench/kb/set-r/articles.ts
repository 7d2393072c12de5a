/**
 * Set R: a blind labelled KB set, written without reading the search code or any other set.
 * An Auckland MSP's Hudu KB: generic how-tos plus runbooks for a car dealer, a winery, a retirement village and a boat dealer.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_R_CLIENTS = {
  ellerslie: 'Ellerslie Motor Group Ltd',
  kumeu: 'Kumeū Ridge Wines Ltd',
  pohutukawa: 'Pōhutukawa Gardens Retirement Village',
  gulfHarbour: 'Gulf Harbour Marine Ltd',
} as const;

const { ellerslie, kumeu, pohutukawa, gulfHarbour } = SET_R_CLIENTS;

export const SET_R_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook / Exchange
  article(
    'r-outlook-profile-rebuild',
    'Outlook – new profile fixes most things',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Outlook hangs on "Loading profile" or "Processing", crashes straight after opening, folders stop updating, or shared mailbox folders are missing after a permission change. OWA (outlook.office.com) works fine.',
      ],
      [
        'Fix',
        '1. Close Outlook completely (check the tray).\n2. Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add.\n3. Name it with the date (e.g. Outlook-2025-03), sign in with the M365 account.\n4. Tick "Always use this profile" and pick the new one.\n5. Open Outlook and let it sync. Big mailboxes can take an hour or more.\n\nDelete the old profile after a week. Do not copy the old OST across from %localappdata%\\Microsoft\\Outlook, let it rebuild.',
      ],
    ],
  ),
  article('r-email-stuff', 'Email stuff', null, 'Microsoft 365/Outlook', [
    [
      'Q: "Your mailbox is almost full" / can\'t send',
      'Check size in Outlook File > Info. Business Basic/Standard/Premium mailboxes are 50 GB. Turn on the online archive (Exchange admin > Mailboxes > user > Others > Manage mailbox archive); our retention policy then moves mail older than 2 years into the archive automatically. Get the user to empty Deleted Items and Sent Items of big attachments in the meantime.',
    ],
    [
      'Q: Emails stuck in the Outbox',
      'Nearly always an attachment that is too big (over ~25 MB after encoding). Tell the user to delete it from the Outbox and send a OneDrive link instead. Also check Send/Receive > Work Offline is not switched on.',
    ],
    [
      'Q: Can I recall a message I sent to the wrong person?',
      'Message Recall (right-click the sent item > Recall This Message, or in OWA open the sent item > ... > Recall) only works for recipients inside our own tenant, and only if they have not opened it yet. Sent to an external address = it cannot be recalled; best option is a quick follow-up asking them to delete it.',
    ],
    [
      'Q: Wrong or old address keeps popping up when typing a name',
      'That is the Outlook autocomplete cache. Start typing the name, hover the wrong suggestion and click the X next to it. The suggestion is gone for good.',
    ],
    [
      'Q: Set out of office for someone off sick',
      'Needs the manager to ask (log who approved it in the ticket). Exchange admin > Mailboxes > user > Manage automatic replies.',
    ],
  ]),
  article(
    'r-shared-mailbox',
    'Shared mailboxes – access, send as, sent items',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Granting access',
        'Exchange admin centre > Recipients > Mailboxes > the shared mailbox > Delegation.\n- Read and manage (Full Access): can open it. With automapping it appears in Outlook desktop by itself after restarting Outlook, allow up to 60 minutes.\n- Send as: mail shows as from the shared address.\n- Send on behalf: shows "user on behalf of info@".\nIn OWA the user right-clicks Folders > Add shared folder or mailbox.',
      ],
      [
        'Error: "You do not have the permission to send the message on behalf of the specified user"',
        'Either Send As is missing, or it was only just granted (can take an hour), or the From address is a stale autocomplete entry. Remove the From entry from the autocomplete list and type the shared address again.',
      ],
      [
        "Sent items end up in the user's own mailbox",
        "Default behaviour: mail sent from the shared mailbox is saved in the sender's own Sent Items, so colleagues cannot see it. Fix per shared mailbox:\nSet-Mailbox info@client.co.nz -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true",
      ],
      [
        'Notes',
        'Shared mailboxes under 50 GB need no licence. Nobody signs in to a shared mailbox directly; if a client asks for the password, explain it has none on purpose.',
      ],
    ],
  ),
  article(
    'r-calendar-sharing',
    'Calendars – sharing, delegates, meeting rooms',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Share a calendar',
        'Outlook > Calendar > Share Calendar > add the person > choose "Can view all details" or "Can edit".',
      ],
      [
        "Delegate (EA or PA running someone's diary)",
        'Classic Outlook: File > Account Settings > Delegate Access > Add, give Editor on Calendar. New Outlook/OWA: Calendar > Share > choose "Delegate".\nDelegates receive copies of meeting requests. If the manager is annoyed by duplicate invites, set "Deliver meeting requests to my delegates only, but send a copy of meeting responses to me".',
      ],
      [
        'Shared calendar showing old information',
        'File > Options > Calendar > tick "Turn on shared calendar improvements", restart Outlook. If still stale remove and re-add the shared calendar.',
      ],
      [
        'Meeting rooms',
        'Room mailboxes are set up by us and auto-accept. If a booking is declined automatically, check: the booking window (rooms only accept up to 180 days ahead by default), the max duration (24 h), and whether it clashes with an existing booking. We can extend the booking window on request for things like AGMs. New rooms: log a ticket with the room name and capacity.',
      ],
    ],
  ),
  article('r-recover-deleted-email', 'Recovering deleted emails', null, 'Microsoft 365/Exchange', [
    [
      'Fix',
      'User emptied Deleted Items: Outlook > Deleted Items > Home > "Recover Deleted Items from Server" (in OWA: Deleted Items > "Recover items deleted from this folder"). We keep 30 days of recoverable items.\nOlder than 30 days: restore from the M365 backup (Datto SaaS Protection) into a folder called "Restored" in their mailbox.\nA leaver\'s mailbox removed within the last 30 days: restore the user in M365 admin > Users > Deleted users. Older than that, backup only.',
    ],
  ]),
  article(
    'r-email-quarantine-junk',
    'Email not arriving – quarantine & junk',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Someone says they sent it, we never got it',
        '1. Check the user\'s Junk Email folder.\n2. Check quarantine: security.microsoft.com/quarantine. Users get a quarantine notification digest ("You have X messages held for review") three times a day and can release their own spam. High confidence phish and malware can only be released by us.\n3. Message trace in Exchange admin > Mail flow > Message trace: search by sender and date, look at the status (Delivered, FilteredAsSpam, Quarantined, Failed).\n4. Not in the trace at all = it never reached Microsoft. Ask the sender for the bounce message (NDR).',
      ],
      [
        'A sender always lands in junk',
        'User: right-click > Junk > Never Block Sender. Tenant-wide: Tenant Allow/Block List, but only with a reason in the ticket.',
      ],
      [
        "Our mail lands in other people's junk",
        'Check SPF, DKIM and DMARC for the domain on mxtoolbox.com. Common after a client starts sending from a new system (website forms, Xero invoices, Mailchimp) that is not in SPF.',
      ],
    ],
  ),
  article(
    'r-external-forwarding-blocked',
    'Auto-forwarding to an external address (blocked)',
    null,
    'Microsoft 365/Exchange',
    [
      [
        'Symptoms',
        'Inbox rule or mailbox forwarding to an outside address does nothing; sender gets NDR "550 5.7.520 Access denied, Your organization does not allow external forwarding".',
      ],
      [
        'Why',
        'Our outbound spam policy blocks automatic forwarding outside the tenant on purpose, because attackers use it after compromising mailboxes.',
      ],
      [
        'What to do',
        'Exceptions need written approval from a client director; we add the user to the "Allow external forwarding" policy. Better alternatives: give the person access to a shared mailbox, or a mail flow rule to one named address. Never to personal Gmail/Hotmail.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Microsoft 365: Teams / OneDrive / SharePoint / licences
  article('r-teams-not-loading', "Teams won't load – reset the app", null, 'Microsoft 365/Teams', [
    [
      'Symptoms',
      'Teams is a white or purple screen with a spinner, "We\'re sorry – we\'ve run into an issue", chats only update after a restart, presence stuck on Away.',
    ],
    [
      'Fix',
      '1. Quit Teams from the system tray (right-click > Quit).\n2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset.\n   Classic Teams: delete %appdata%\\Microsoft\\Teams.\n3. Reopen and sign in.\nIf it still misbehaves, try teams.microsoft.com in Edge. Works there = PC problem, reinstall. Broken there too = account or service problem, check the M365 service health.',
    ],
  ]),
  article('r-onedrive-sync', 'OneDrive sync problems', null, 'Microsoft 365/OneDrive & SharePoint', [
    [
      'Symptoms',
      'Red X or red circle on files, "Sync pending" forever, paused cloud icon, duplicates named like Budget-DESKTOP-4KJ2.xlsx.',
    ],
    [
      'Checks',
      'Click the OneDrive cloud in the tray and read the error. Usual causes: path longer than 400 characters, characters like " * : < > ? | in the name, file open in another app, OneDrive storage (1 TB) full, signed in with the wrong account.',
    ],
    [
      'Fix',
      '1. Pause and resume sync.\n2. OneDrive Settings > Account > Unlink this PC, sign back in.\n3. Reset: %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again.\nDuplicates with the PC name on the end are conflict copies: compare them, keep the right one, delete the other.',
    ],
    [
      'Known Folder Move',
      "Desktop, Documents and Pictures are backed up to OneDrive on all our managed PCs. If a user's desktop looks empty on a new or rebuilt PC, check the files at office.com > OneDrive > Desktop before anyone panics; usually they are there and just not synced down yet.",
    ],
    ['SharePoint libraries', 'Use "Add shortcut to My files" rather than the Sync button; fewer problems.'],
  ]),
  article(
    'r-sharepoint-permissions',
    'SharePoint – access denied and sharing outside the company',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        '"You need permission to access this item" / "Access required"',
        "User clicks Request access; the site owner gets an email and approves. If the site has no active owner (owner left), log a ticket and we add the user to the site's Members group.",
      ],
      [
        'Sharing with people outside the company',
        'External sharing is only allowed on sites set up for it (usually called "Client share" or "External"). Share > change the link to "Specific people" > enter their email address. They get a one-time verification code by email. "Anyone with the link" is turned off by policy.',
      ],
      [
        "External person can't open it",
        'The code email is in their junk; or they are signed in to a personal Microsoft account with a different address to the one invited (use InPrivate); or the link was "People in your organisation".',
      ],
    ],
  ),
  article('r-m365-licences', 'M365 licences – which one and how to assign', null, 'Microsoft 365/Licensing', [
    [
      'Which licence',
      '- Business Basic: web and mobile Office only, Teams, 50 GB mail. No desktop Word/Excel.\n- Business Standard: adds desktop Office apps.\n- Business Premium: Standard + Intune, Defender for Business, Entra ID P1. Our default for office staff.\n- F3 (frontline): shared devices, web/mobile apps only, 2 GB mailbox. For shift workers who do not have their own PC.',
    ],
    [
      'Assigning',
      'admin.microsoft.com > Users > Active users > user > Licences and apps. "No licences available" means we need to buy one through Pax8; needs written client approval (email is fine).',
    ],
    [
      'Office says "Unlicensed Product" or opens documents read-only',
      'User has Basic or F3, or no licence at all. Assign Standard/Premium, then in Word File > Account > Sign out, close all Office apps, reopen and sign back in.',
    ],
    [
      'Removing',
      'Removing a licence deletes the mailbox after 30 days. For leavers convert to a shared mailbox first.',
    ],
  ]),
  // ---------------------------------------------------------------- Identity
  article('r-mfa-new-phone', 'MFA – new phone / re-register Authenticator', null, 'Identity/MFA', [
    [
      'Symptoms',
      'User has a new or reset phone, Microsoft Authenticator is missing or shows no accounts, sign-in approvals never arrive, the number-matching prompt does not show.',
    ],
    [
      'Still has the old phone',
      'User goes to aka.ms/mysecurityinfo > Add sign-in method > Authenticator app, scans the QR code with the new phone, tests it, then deletes the old phone from the list.',
    ],
    [
      'Old phone gone',
      '1. Verify identity: call back on the number in the PSA, or the manager confirms in writing.\n2. Entra admin > Users > user > Authentication methods > Require re-register MFA (and delete the old Authenticator entry).\n3. Revoke sessions.\n4. User signs in and is walked through setup at aka.ms/mfasetup. Travelling or no new phone yet: issue a Temporary Access Pass (8 hours).',
    ],
    ['Never', 'Never tell a caller you cannot verify to just approve a prompt.'],
  ]),
  article(
    'r-password-reset-lockout',
    'Passwords, lockouts and self-service reset (FAQ)',
    null,
    'Identity/Passwords',
    [
      [
        'Q: Forgot password',
        'Self-service: aka.ms/sspr, needs the Authenticator app or a registered mobile. On Entra-joined laptops there is a "Reset password" link on the Windows sign-in screen that does the same.',
      ],
      [
        'Q: "Your account has been locked"',
        'Entra smart lockout kicks in after 10 bad attempts and unlocks itself after a minute, longer each time. If it keeps happening at the same time of day, something is trying an old password: a phone mail app, a second laptop, a mapped drive. Check the sign-in logs for the failing application and get the user to update or remove it.',
      ],
      [
        'Q: New password works on the web but not on the laptop',
        'Windows has the old password cached. Connect to the office network or VPN, sign in with the OLD password once, then lock (Win+L) and unlock with the new one. Working from home with no VPN: the Entra-joined laptop should pick it up after a restart while online.',
      ],
      [
        'Q: Do passwords expire?',
        'No, not in our standard tenant (NIST guidance), unless the client has asked for it. Minimum 12 characters; we suggest three random words.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Intune / Autopilot
  article(
    'r-intune-phone-enrolment',
    'Work email and Teams on personal phones (Outlook app + app protection)',
    null,
    'Intune/Mobile',
    [
      [
        'Policy',
        'Personal (BYOD) phones get work data only through the Outlook, Teams and OneDrive apps with Intune app protection. The built-in iPhone Mail app, Samsung Email and Gmail are blocked by Conditional Access; users see "You can\'t get there from here" or "This app isn\'t approved".',
      ],
      [
        'Setup',
        '1. Install Microsoft Authenticator (iPhone) or Company Portal (Android) first; they act as the broker.\n2. Install Outlook / Teams, sign in.\n3. Message "Your organisation is now protecting its data in this app" > restart the app and set a PIN.',
      ],
      [
        'Known behaviour',
        'Copying from Outlook/Teams into personal apps (Maps, WhatsApp, Notes) pastes nothing: by design. Saving attachments only to OneDrive.\nLooping "Get the app" / "Install Company Portal" message: the broker app is missing or not signed in. Install it, open it once, then retry.\nCompany-owned phones are fully enrolled through Company Portal instead.',
      ],
    ],
  ),
  article('r-autopilot-runbook', 'Autopilot – new laptop provisioning runbook', null, 'Intune/Autopilot', [
    [
      'Before the box is opened',
      'Hardware hash is uploaded by the distributor (Dicker/Ingram) when we order through them, otherwise by us with Get-WindowsAutopilotInfo -Online. Check Intune > Devices > Enrollment > Windows Autopilot devices: the serial is there, group tag is CLIENTCODE-STD, and the profile status is Assigned. Do not hand out a laptop whose profile is not assigned yet; it will go through as a personal device and you will be wiping it later.',
    ],
    [
      'OOBE',
      'Plug in power and Ethernet if possible (Wi-Fi is fine but slower). Region New Zealand, keyboard US. You should see the client\'s branding "Welcome to <client>". Sign in as the user; they need a licence and either MFA registered or a Temporary Access Pass for first sign-in. Hand the TAP over by phone, not by email.',
    ],
    [
      'Enrollment Status Page',
      'Three stages: Device preparation, Device setup (apps: M365 Apps, Company Portal, Defender onboarding, printer script, client LOB apps), Account setup. Usually 30 to 60 minutes.',
    ],
    [
      'Troubleshooting',
      '- Stuck on "Identifying" for more than 30 min: network or a captive portal Wi-Fi; use a cable.\n- 80180014: the device was enrolled before. Delete the device object in Intune > Devices (not the Autopilot record) and start again.\n- 0x800705b4: ESP timed out, almost always one required app failed. Check the device in Intune > Managed apps, fix or unassign the app, retry.\n- 0x80070774 / "Something went wrong": profile not assigned or a hybrid-join profile on a cloud client.\n- Shift+F10 gives a command prompt during OOBE: mdmdiagnosticstool.exe -area Autopilot -cab c:\\temp\\ap.cab for logs.',
    ],
    [
      'Reusing a laptop',
      'Leaver laptops: Intune > device > Autopilot Reset (keeps it enrolled and ready for the next person) or Wipe for a full clean. After either, the next user goes through OOBE as above. Change the primary user in Intune.',
    ],
    [
      'Handover check',
      'BitLocker on, Windows updates done, Outlook and Teams open, OneDrive Known Folder Move running, site printers installed, asset recorded in Hudu with serial and user.',
    ],
  ]),
  // ---------------------------------------------------------------- Windows endpoints
  article('r-windows-updates-stuck', 'Windows Update stuck or failing', null, 'Endpoints/Windows', [
    [
      'Background',
      'Updates are controlled by Intune update rings: quality updates deferred 7 days, feature updates by policy. Users can pause for 7 days max.',
    ],
    [
      'Symptoms',
      '"Working on updates 100% – don\'t turn off your computer" for ages, "Undoing changes made to your computer", install errors 0x800f0922 / 0x80070002, "Your device is missing important security and quality fixes".',
    ],
    [
      'Fix',
      '1. Leave it on the charger for an hour. Stuck past 2 hours: hold power to switch off, once.\n2. Check free disk space; feature updates need 20 GB+.\n3. Admin prompt: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.\n4. Stop wuauserv and bits, rename C:\\Windows\\SoftwareDistribution, start the services, retry.\n0x800f0922 is often the VPN being connected during install, or a full System Reserved partition.',
    ],
  ]),
  article('r-temp-profile', 'Signed in with a temporary profile', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      '"We can\'t sign in to your account" then "You\'ve been signed in with a temporary profile". Blank default desktop, files look missing, settings don\'t save.',
    ],
    [
      'Fix',
      "Stop the user working – anything saved in a temp profile is deleted at sign-out. Reboot once (often antivirus had a lock on NTUSER.DAT). Still temp: regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList, find the user's SID twice (one ending .bak), delete the key without .bak, rename the .bak one, set State and RefCount to 0, reboot. Their files are still in C:\\Users\\<name> and OneDrive.",
    ],
  ]),
  article('r-slow-pc-checklist', 'Slow PC checklist', null, 'Endpoints/Windows', [
    [
      'Checklist',
      '[ ] Uptime (Task Manager > Performance). Over 7 days: restart properly – shut down with Fast Startup does not count.\n[ ] Free disk space over 15%. Run Storage Sense, clear Downloads, OneDrive "Free up space".\n[ ] Task Manager: what is at the top of CPU, Memory, Disk? Browser with 50 tabs, Teams, a Defender scan?\n[ ] Startup apps: disable the junk (Spotify, printer utilities, vendor updaters).\n[ ] 8 GB RAM with Teams + Outlook + browser will struggle; recommend a 16 GB upgrade.\n[ ] Spinning hard disk instead of SSD (older desktops) – replace.\n[ ] Windows Update installing in the background.\n[ ] RMM: any disk SMART warnings or high CPU temperature? Loud fan on a laptop = dust, clean it.\n[ ] Only one app slow (e.g. a line-of-business app over VPN)? That is the network or the app server, not the PC.\n[ ] PC older than 5 years – flag for replacement at the quarterly review.',
    ],
  ]),
  article('r-bitlocker-recovery', 'BitLocker recovery key', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'Blue screen at boot: "BitLocker recovery – Enter the recovery key for this drive". Usually after a BIOS/firmware update, a dock change, or a TPM reset.',
    ],
    [
      'Fix',
      '1. Get the Key ID (first 8 characters) from the screen.\n2. Intune > Devices > the device > Recovery keys (or Entra > Devices).\n3. Verify the caller against the PSA contact before reading out the 48 digits.\n4. If it asks again every boot: manage-bde -protectors -disable C: -RebootCount 1, reboot, it re-seals.\nUsers can get their own key from their phone at aka.ms/aadrecoverykey.',
    ],
  ]),
  article('r-docks-monitors', 'Docks and external monitors', null, 'Endpoints/Hardware', [
    [
      'Our standard docks',
      'Dell WD19S / WD22TB4, HP USB-C Dock G5. Laptops 14" and up with a 90 W+ dock (130 W for Precision/ZBook).',
    ],
    [
      'Screens black, not detected or flickering',
      '1. Unplug the dock power for 30 seconds, plug back in.\n2. Check the screen cable goes into the dock, not the laptop.\n3. Win+P > Extend.\n4. Update dock firmware and laptop BIOS (Dell Command Update / HP Support Assistant).\nOnly one external screen works on an older laptop through a USB-C dock: the laptop does not support MST; it needs a DisplayLink dock.',
    ],
    [
      'Laptop not charging on the dock',
      'Dock wattage too low for the laptop (60 W dock on a 90 W laptop) or a non-USB-PD cable. Check the dock model.',
    ],
    [
      'Keyboard/mouse on the dock die after sleep',
      'Device Manager > USB Root Hubs > Power Management > untick "Allow the computer to turn off this device", and in power options disable USB selective suspend.',
    ],
    ['Blurry or wrong size', 'Set the screen to its recommended resolution and scaling to 100–125%.'],
  ]),
  article('r-audio-mic', 'No sound or mic not working (incl. Teams calls)', null, 'Endpoints/Hardware', [
    [
      'Fix',
      '1. Click the speaker icon in the taskbar and pick the right output (headset vs dock vs monitor speakers).\n2. Teams: Settings > Devices – set speaker and microphone, make a test call.\n3. Settings > Privacy & security > Microphone > allow desktop apps.\n4. Bluetooth headset sounds like a tin can or robot on calls: it has dropped into the "Hands-Free" profile. Use the USB dongle that came with it, or pick the Stereo device for listening.\n5. Reinstall the Realtek audio driver from Device Manager.\nJabra/Poly headsets: update firmware with Jabra Direct / Poly Lens.',
    ],
  ]),
  // ---------------------------------------------------------------- Printers / MFDs
  article('r-printing', 'Printing', null, 'Endpoints/Printers', [
    [
      'Jobs stuck / queue says "Error – Printing"',
      'Restart the Print Spooler service (services.msc), or get the user to run "Fix Printing" from Company Portal, which clears the queue and restarts the spooler.',
    ],
    [
      'Printer shows Offline',
      'Print a config page from the printer to see its IP, ping it. Most sites have reserved IPs; if the IP has changed, update the port on the queue or fix the reservation.',
    ],
    [
      'Printers missing on a new or rebuilt laptop',
      'Printers are deployed per site by an Intune script. Company Portal > "Printers – <site name>" > Install. Takes a minute; restart Word afterwards.',
    ],
    [
      'Windows keeps changing the default printer',
      'Settings > Bluetooth & devices > Printers & scanners > untick "Let Windows manage my default printer", then set the default.',
    ],
    [
      'Pages of random characters',
      "Wrong driver. Use the model's PCL6 driver, not the universal PostScript one.",
    ],
  ]),
  article(
    'r-mfd-scan-to-email',
    'MFD scan to email / scan to folder not working',
    null,
    'Endpoints/Printers',
    [
      [
        'How it is set up',
        "Client MFDs (Kyocera, Canon, Ricoh) send scans through an Exchange Online connector that trusts the site's static public IP: SMTP server <tenant>.mail.protection.outlook.com, port 25, no authentication. Scan-to-folder uses SMB to a share on the server.",
      ],
      [
        'Scan to email: "Send error" / "SMTP connection failed"',
        '- Site public IP changed (new ISP, or failed over to the 4G/5G backup) – the connector no longer trusts it. Update the IP on the "MFD relay" connector in Exchange admin > Mail flow > Connectors.\n- MFD still set to smtp.office365.com with a user\'s login – breaks when that user changes password or gets MFA. Move it to the relay.\n- Works internally but not to external addresses: relay only delivers to our own domains unless the connector allows it.',
      ],
      [
        'Scan to folder fails',
        "Usually after Windows updates on the server turn off SMB1 – set the MFD to SMB2/3. Or the scan account's password changed.",
      ],
      ['Test', 'From a PC on site: Test-NetConnection <tenant>.mail.protection.outlook.com -Port 25.'],
    ],
  ),
  // ---------------------------------------------------------------- Network
  article('r-wifi-office', "Office Wi-Fi – can't connect", null, 'Network/Wi-Fi', [
    [
      'How it works',
      'Staff network (e.g. CLIENT-Staff) uses WPA2-Enterprise with a certificate pushed by Intune; users never type a password. Guest network has a password rotated monthly, shown at reception.',
    ],
    [
      "Laptop won't join the staff network / asks for a password",
      'Certificate missing or expired. Settings > Accounts > Access work or school > Info > Sync, wait 5 minutes; forget the network and reconnect; check the clock is right.',
    ],
    ['Phones', 'Personal phones go on the Guest network. We do not give out staff network details.'],
    [
      'Drop-outs in one spot',
      'Log a ticket with the exact location and time; we check the controller (UniFi/Meraki) for an AP offline or overloaded.',
    ],
  ]),
  article('r-vpn-forticlient', 'VPN (FortiClient) not connecting', null, 'Network/Remote Access', [
    [
      'Background',
      'Most clients use FortiGate SSL VPN with the free FortiClient VPN and Entra (SAML) sign-in.',
    ],
    [
      'Errors',
      '- "Unable to establish the VPN connection. The VPN server may be unreachable (-14)": home or hotel Wi-Fi blocking it, or wrong gateway. Try a phone hotspot.\n- "Credential or SSL VPN configuration is wrong (-7)": user not in the VPN group, or password.\n- Stuck at 40% or 98% then drops: reinstall FortiClient (match the version to FortiOS 7.x), reinstall the virtual adapter.\n- SAML sign-in window blank: tick "Use external browser as user-agent for SAML login".',
    ],
    [
      'Connected but no drives / server',
      'Mapped drives must use the server name, not the IP. Reconnect the drive (net use) after the VPN is up, or log off and on while connected. Check split tunnel includes the server subnet.',
    ],
  ]),
  article('r-no-internet-ip-dns', '"Connected, no internet" – IP, DHCP and DNS basics', null, 'Network/LAN', [
    ['First', 'One PC, or everyone at the site? Everyone = see the site outage checklist.'],
    [
      'One PC',
      'ipconfig /all\n- 169.254.x.x address = no DHCP lease: cable, switch port, or the DHCP scope is full. ipconfig /release then /renew.\n- "Windows has detected an IP address conflict": someone has a static IP inside the DHCP range; find it in the DHCP leases and fix it.\n- Can ping 8.8.8.8 but websites don\'t open = DNS. Check DNS servers point at the DC or firewall, not an old ISP address. ipconfig /flushdns.',
    ],
    [
      'DHCP scope exhausted',
      'Common when staff phones join the staff network. Shorten the lease time and widen the scope on the firewall/DC.',
    ],
    [
      "Internal names don't resolve",
      "Internet works but \\\\server or the intranet doesn't: check the DNS Server service on the DC and that the PC uses it.",
    ],
  ]),
  article('r-fibre-outage', 'Whole site offline – internet/fibre outage checklist', null, 'Network/ISP', [
    [
      'Checklist',
      '1. Confirm scope: all devices at the site offline in RMM? One site or all?\n2. On site: look at the ONT (Chorus/Tuatahi box on the wall). Optical/PON light red or off = fibre fault, ring the ISP. No lights at all = power.\n3. Power cycle the ONT, wait 2 minutes, then the firewall. Leave the switches alone.\n4. Check the ISP status page and the Chorus outage map. Ring the ISP fault line with the ONT serial and account number (Hudu > site > ISP asset). Record the fault reference in the ticket.\n5. Sites with a 4G/5G backup router should fail over by themselves within a couple of minutes. Expect scan-to-email and sometimes VoIP to break while on backup, because the public IP changes.\n6. Tell the client what is happening and update them every hour.\n7. When it is back: check site-to-site VPN tunnels came back up.',
    ],
  ]),
  article(
    'r-firewall-change-request',
    'Firewall changes – opening ports, unblocking websites',
    null,
    'Network/Firewall',
    [
      [
        'Blocked website',
        'Web filtering on the FortiGates blocks categories like newly registered domains, personal storage and malicious sites. The user sees a FortiGuard "Web Page Blocked" page. To unblock: the client\'s approver okays it in the ticket, we add the URL to the static URL filter allow list. Screenshot of the block page helps.',
      ],
      [
        'Opening ports / port forwards',
        "For things like a vendor's remote access, a CCTV phone app or a new server. Change request in the ticket with: source IP if known, destination, port, reason. Needs client approval plus a senior engineer. Never any/any. Document the rule on the firewall asset in Hudu. Push vendors to use our remote support tool or the VPN instead of a port forward where possible.",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Apps
  article('r-xero-access', 'Xero – login, two-step and adding users', null, 'Apps/Xero', [
    [
      'Who controls Xero',
      "Xero is cloud. The client's Xero subscriber (or their accountant/adviser) manages users, not us.",
    ],
    [
      'Lost the two-step code / new phone',
      'On the login page use "Can\'t access your authenticator app?" to get a code by the backup email. No backup method = the user contacts Xero Support themselves to reset two-step (they do an ID check); we cannot do it. Moving phones: set up Xero Verify on the new phone before wiping the old one.',
    ],
    [
      'Adding a new staff member or bookkeeper',
      'The subscriber or an adviser invites them: Xero > Settings > Users > Invite a user.',
    ],
    ['Xero blank or slow', 'Clear the browser cache or try an Edge InPrivate window, check status.xero.com.'],
  ]),
  article(
    'r-timely-booking',
    'Booking system (Timely) – logins, Outlook calendar, SMS reminders',
    null,
    'Apps/Booking',
    [
      [
        'Logins',
        'Timely accounts are email + password, created by the business owner in Setup > Staff. "Forgot password" on the login page. We do not have admin.',
      ],
      [
        'Appointments in Outlook',
        'Timely publishes a calendar feed; subscribe in Outlook (Add calendar > From internet). Outlook only refreshes internet calendars every few hours, so new bookings show up late. That is normal, not a fault.',
      ],
      [
        'SMS reminders not sending',
        'Check SMS credit in Setup > Billing first (runs out silently). Customer mobiles must be saved as +64 21...; numbers starting 021 without the country code can fail.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'r-phishing-report',
    'Dodgy email – reporting phishing and what to do if you clicked',
    null,
    'Security/Email',
    [
      [
        'For users',
        'Don\'t click. Use the Report button in Outlook (Report > Phishing); it goes to us and Microsoft and removes it from your inbox.\n- Clicked a link but typed nothing: close the browser, log a ticket, we run a scan.\n- Typed your password: ring us straight away, we treat the account as compromised.\n- Opened an attachment and clicked "Enable content": turn Wi-Fi off / pull the cable and ring us.',
      ],
      [
        'Red flags',
        'Urgency ("mailbox will be deleted today"), sender name not matching the address, DocuSign / "shared a document with you" lures, any email saying bank account details have changed. ALWAYS confirm a bank change by phoning a number you already had, not one in the email.',
      ],
      [
        'For techs',
        'Defender > Explorer: find the same message in other mailboxes and soft delete. Add the sender domain/URL to the Tenant Allow/Block List.',
      ],
    ],
  ),
  article('r-compromised-account', 'Account compromise / BEC response runbook', null, 'Security/Incidents', [
    [
      'Indicators',
      '- The user\'s contacts receive phishing or fake invoices "from" them.\n- Inbox rules the user did not create, usually moving mail to RSS Feeds, Conversation History or Archive, or with names like "." or "..".\n- Sign-ins from overseas or odd ISPs; impossible travel alerts.\n- Defender alerts: "Suspicious inbox manipulation rule", "Suspicious email sending patterns".\n- MFA approval prompts the user did not trigger, often at night (MFA fatigue) – the attacker already has the password.',
    ],
    [
      'Contain (first 15 minutes)',
      '1. Entra: Block sign-in.\n2. Reset the password to something random; give it to the user by phone later.\n3. Revoke sessions (Entra > user > Revoke sessions).\n4. Remove any MFA methods the user does not recognise.\n5. Remove inbox rules and forwarding: Get-InboxRule -Mailbox user | Remove-InboxRule; Set-Mailbox user -ForwardingSmtpAddress $null -DeliverToMailboxAndForward $false.\n6. Enterprise apps > check consents for OAuth apps the user granted recently (PERFECTDATA, eM Client and similar).',
    ],
    [
      'Investigate',
      'Sign-in logs for 30 days; unified audit log for MailItemsAccessed, Send, New-InboxRule; Sent Items and deleted items for outbound phishing; any mailbox permissions added. Record the first bad sign-in time.',
    ],
    [
      'Recover',
      'Unblock, user re-registers MFA with us on the phone. Send the "please ignore emails from X" template (Hudu > Templates) to affected contacts. If personal information may have been accessed, escalate to the account manager for a Privacy Act notifiable breach assessment, and consider a report to NCSC (formerly CERT NZ).',
    ],
    [
      'Who to tell',
      'Client contact (owner or practice manager) by phone as soon as containment is done, then in writing. Our account manager and the on-call senior. If money may have moved (changed bank details on an invoice), the client rings their bank immediately – banks can sometimes recall a payment within hours.',
    ],
    [
      'After',
      'Check Conditional Access blocks legacy auth, consider phishing-resistant MFA for finance staff, and book a phishing awareness refresher.',
    ],
  ]),
  article('r-edr-malware-alert', 'EDR / Defender alert triage', null, 'Security/Endpoint', [
    [
      'Where alerts come from',
      'Defender for Endpoint (Business Premium clients) and SentinelOne (older agreements) raise tickets in the PSA automatically.',
    ],
    [
      'Triage',
      '- Informational/Low: confirm it was remediated (quarantined/blocked), note it and close.\n- Medium/High: open the device timeline and process tree. User-caused (cracked software, "PDF converter" adware, browser extensions): uninstall, full scan, have a word.\n- Active threat or ransomware behaviour (mass file renames, shadow copy deletion, encoded PowerShell): ISOLATE the device from the portal straight away (the agent stays connected to us), ring the user, do not power it off, escalate to a senior engineer. Then see the restores article for getting data back.',
    ],
    [
      'User sees "Threats found" popup',
      'If the action says Quarantined or Removed, nothing else is needed; let us know if it keeps coming back.',
    ],
    [
      'False positives',
      'Line-of-business apps get flagged sometimes (e.g. a DMS or accounting updater). Submit the file to Microsoft and add an allow indicator by certificate or hash. Never exclude a whole folder.',
    ],
  ]),
  article('r-lost-stolen-device', 'Lost or stolen laptop / phone', null, 'Security/Devices', [
    [
      'Checklist',
      "1. Get details: which device, when and where, was it locked, what data was on it. Stolen: get the police report number (105).\n2. Reset the user's password and revoke sessions.\n3. Intune:\n   - Company laptop or company phone: Remote lock now; Wipe if not found within 24 h, or straight away if the client asks.\n   - Personal phone (BYOD): Retire/selective wipe removes work data only. Never full-wipe a personal phone.\n4. Check BitLocker was on (Intune encryption report). If yes, the data on the disk is protected; note this for any privacy assessment.\n5. Try Find my device (Windows) / Find My (company iPhone) for a location.\n6. Mark the asset lost in Hudu; quote a replacement for client approval.",
    ],
  ]),
  // ---------------------------------------------------------------- Processes
  article('r-new-starter', 'New starter checklist', null, 'Processes/Onboarding', [
    [
      'Need from the client (form)',
      'Name, role, start date, manager, licence type, groups / shared mailboxes / distribution lists, laptop needed?, phone extension, line-of-business apps.',
    ],
    [
      'Checklist',
      "[ ] Create the user in Entra (hybrid clients: on the DC, let it sync).\n[ ] Licence, groups, shared mailboxes, distribution lists.\n[ ] Temporary Access Pass for first sign-in; MFA registered on day one with us on the phone.\n[ ] Laptop via Autopilot, primary user set.\n[ ] 3CX extension and desk phone.\n[ ] LOB app accounts – usually the client's admin creates these; check the client's runbooks for quirks.\n[ ] Email signature applies automatically (Exclaimer) once the title is filled in.\n[ ] Welcome sheet to the manager (never to the new starter's personal email).",
    ],
    ['Lead time', '3 business days. Same-day starters are best effort.'],
  ]),
  article('r-leaver', 'Leaver / offboarding', null, 'Processes/Offboarding', [
    [
      'On the day (at the time the client gives)',
      'Block sign-in, reset password, revoke sessions, remove MFA methods.',
    ],
    [
      'Mail and files',
      'Convert the mailbox to shared (keeps the mail, frees the licence) and give the manager access. Auto-reply if the client wants one. Forwarding to the manager for 30–90 days (internal only). OneDrive: M365 admin > user > OneDrive > "Create link to files" for the manager; we retain OneDrive for 365 days.',
    ],
    [
      'Tidy up',
      "Remove from groups and distribution lists, transfer Teams/SharePoint ownership, remove licences after the conversion, remove from 3CX and reassign the DDI. Collect the laptop and do an Autopilot Reset or wipe for reuse. Tell the client to disable LOB accounts (Xero, DMS etc.) – we usually can't. Mark the contact inactive in Hudu. Delete the account after 90 days.",
    ],
  ]),
  article('r-restore-files', 'Restoring deleted or overwritten files', null, 'Backups/Restores', [
    ['Ask first', 'Exact path and file name, when it was last right, who deleted/changed it.'],
    [
      'OneDrive / SharePoint',
      '- Recycle bin keeps things 93 days (then the site collection recycle bin).\n- Saved over: right-click the file > Version history > Restore.\n- Mass deletion or encryption: "Restore your OneDrive" / "Restore this library" to a date and time.\n- Older than 93 days: restore from the M365 backup (Datto SaaS Protection) into a "Restored" folder – never overwrite the live copy.',
    ],
    [
      'Server shares (S:, P: etc.)',
      'Previous Versions tab on the folder (shadow copies twice a day) is quickest. Otherwise a file-level restore from the local backup appliance (Datto BCDR / Veeam), or the cloud copy for older points.',
    ],
  ]),
  // ---------------------------------------------------------------- Phones and tools
  article('r-voip-phones', 'Phones (3CX / Yealink) FAQ', null, 'Phones/VoIP', [
    [
      'Q: Desk phone says "No service" or "Account unregistered"',
      "Check the network cable is in the phone's LAN port (the PC port is a pass-through), the switch port has PoE, then pull the power for 10 seconds. Whole office down = internet or SIP trunk, see the outage checklist.",
    ],
    [
      'Q: Send my calls to my mobile',
      '3CX app or web client > Status > choose a status (e.g. Away) > Forwarding rules > forward to mobile number. Or use the 3CX app on your mobile so the extension rings there.',
    ],
    [
      'Q: Voicemail',
      'Dial 999 from your desk phone; default PIN is your extension number. Record your greeting from the menu.',
    ],
    [
      'Q: Softphone on my mobile',
      'Install the 3CX app, scan the QR code from your welcome email. Lost the email? We resend it.',
    ],
    [
      'Q: Callers sound choppy or robotic, or only one side can hear',
      'Usually internet congestion or SIP ALG on the firewall. Log the time and the number called so we can find it in the call logs.',
    ],
    [
      'Q: Change office hours / closed message for a public holiday',
      "We change it in 3CX admin (office hours and holidays). Give us 2 working days' notice and the recording or wording.",
    ],
  ]),
  article(
    'r-remote-support-session',
    'Getting a user onto a remote support session',
    null,
    'Tools/Remote Support',
    [
      [
        'Steps',
        'Managed PCs have the ScreenConnect agent already: find the machine in Access by hostname (the tray icon shows the PC name).\nUnmanaged or new PC: send the user to our support page, they enter the 6-digit code you give them, run the download and accept the UAC prompt.\nMac: the user must allow Screen Recording and Accessibility for ScreenConnect in System Settings > Privacy & Security, then you restart the session – otherwise you can see the screen but not control it.',
      ],
      [
        'Scam warning',
        'We never ask users to install TeamViewer or AnyDesk. If "Microsoft" or "the bank" rang and got them to install one, treat it as a scam: uninstall it, disconnect, change passwords and follow the phishing process.',
      ],
    ],
  ),

  // ================================================================ Ellerslie Motor Group
  article(
    'r-emg-dms-access',
    'EMG – DriveCentre DMS: access, RemoteApp and common errors',
    ellerslie,
    'Clients/Ellerslie Motor Group/LOB',
    [
      [
        'Overview',
        'DriveCentre is EMG\'s dealer management system (sales deals, workshop job cards, parts, invoicing). It runs on EMG-APP01 in the Ellerslie comms room, with its SQL database on the same server. Staff open it from the "DriveCentre" RemoteApp icon in the Start menu (deployed by Intune, published via RD Web). The Penrose workshop reaches it over the site-to-site VPN.',
      ],
      [
        'Logins',
        "Two logins: the Windows/M365 account opens the RemoteApp, then a DriveCentre user code (usually initials) and password inside it. DriveCentre users are approved by the Dealer Principal's PA; we reset DriveCentre passwords in DMS Admin > Users > Reset password once the request comes from a manager.",
      ],
      [
        'Off-site access',
        'Only managers (Dealer Principal, Sales Manager, Service Manager, Accounts) may use it from home, via RD Gateway rdgw.emg.co.nz with Entra MFA through the NPS extension. Everyone else is office only. Add new managers to the "EMG RDGW Users" group.',
      ],
      [
        'Common errors',
        '- "Your credentials did not work": Windows password changed. Clear Credential Manager entries for TERMSRV/emg-app01 and reconnect.\n- "Because of a security error, the client could not connect" / licensing errors: restart the Remote Desktop Licensing service on APP01 – after hours, or with the Service Manager\'s OK.\n- DriveCentre "Not responding" for everyone around 8am: the overnight stock / month-end job has overrun. Check Task Scheduler on APP01 ("DC Nightly"). Do not reboot APP01 in business hours without the Service Manager\'s OK.\n- Job cards or invoices print on the wrong printer: DriveCentre prints to the redirected default printer of the PC. Set the correct Windows default printer, close DriveCentre fully, relaunch.',
      ],
      [
        'Vendor',
        'DriveCentre support is on the 0800 number in Hudu (contract number in the asset). When they want to connect, start a ScreenConnect session for them on APP01 – they are not allowed their own TeamViewer.',
      ],
    ],
  ),
  article(
    'r-emg-workshop-printers',
    'EMG – Workshop printers and key tag labels',
    ellerslie,
    'Clients/Ellerslie Motor Group/Printers',
    [
      [
        "What's there (Penrose)",
        "- Kyocera TASKalfa MFD in the workshop office (WS-MFD): job cards, warranty scans.\n- Brother QL-820NWB label printer at the service desk: key tags, 62 mm DK-22205 continuous roll, connected by USB to SERVICE-PC1 (the Wi-Fi on it was unreliable in the workshop, don't switch it back).",
      ],
      [
        'Key tags cut off / half printed / blank',
        'Wrong roll or the template size changed. In the DriveCentre label template and the Brother driver preferences the paper must be 62 mm continuous. Open the cover, check the roll is seated, press Feed once. Changed the roll to a die-cut one by mistake? Swap back.',
      ],
      [
        'Warranty scans',
        'Scan to folder on WS-MFD ("Warranty" one-touch button) saves to \\\\emg-app01\\Scans\\Warranty. The service advisors have it as a shortcut on their desktop.',
      ],
      [
        'Job cards on the wrong printer',
        "See the DriveCentre article – it follows the PC's default printer.",
      ],
    ],
  ),
  article(
    'r-emg-new-salesperson',
    'EMG – New staff setup quirks (sales, service, workshop)',
    ellerslie,
    'Clients/Ellerslie Motor Group/Onboarding',
    [
      [
        'Use the generic new starter checklist, plus',
        '[ ] DriveCentre user code: request comes from the Dealer Principal\'s PA. We create it in DMS Admin using the role template (Sales / Service / Parts).\n[ ] Motorcentral listing login: EMG\'s dealer admin invites them, not us.\n[ ] Shared mailboxes: sales@ for sales staff, service@ for service advisors.\n[ ] Salespeople: add to the "Sales Queue" hunt group in 3CX and the "EMG Sales" Team.\n[ ] Test drive iPads are shared (Intune, shared device mode) – nothing per person, just check they can sign in.\n[ ] Workshop technicians and apprentices: F3 licence, no laptop. They use the shared workshop PCs with their own sign-in for DriveCentre clock-on and the OEM portals.',
      ],
      [
        'Leavers',
        "Sales turnover is high. Disable the DriveCentre user code on the last day (don't delete – commission history hangs off it).",
      ],
    ],
  ),
  article(
    'r-emg-workshop-network',
    'EMG – Penrose workshop network & diagnostic laptops',
    ellerslie,
    'Clients/Ellerslie Motor Group/Network',
    [
      [
        'Layout',
        'FortiGate 60F, site-to-site IPsec VPN to Ellerslie (needed for DriveCentre). VLAN 10 Staff, VLAN 30 Diag, VLAN 50 Guest (customer lounge, SSID "EMG-Customer", password on the lounge sign, changed quarterly).',
      ],
      [
        'Manufacturer diagnostic laptops',
        'Owned and managed by the manufacturer, not in Intune, no EDR from us. They connect only to SSID "EMG-Diag" (VLAN 30, internet only) because software downloads and ECU flashing need a direct, unfiltered connection. Don\'t put them on the staff network.',
      ],
      [
        'Wi-Fi drop-outs in the back bays',
        'Steel building. An extra AP (AP-WS-03) covers hoists 4–6; if that area drops, check AP-WS-03 in UniFi and PoE on switch port 22.',
      ],
      [
        "Penrose has internet but DriveCentre won't connect",
        'The site-to-site tunnel is down. FortiGate > VPN > IPsec Tunnels > bring up "to-Ellerslie". Often happens after an ISP outage at either end.',
      ],
    ],
  ),

  // ================================================================ Kumeū Ridge Wines
  article(
    'r-krw-vintrace',
    'KRW – vintrace (winery production system)',
    kumeu,
    'Clients/Kumeū Ridge Wines/LOB',
    [
      [
        'Overview',
        'vintrace is cloud (browser). Used for work orders, tank and barrel records, additions, lab results. The Winemaker is the vintrace admin.',
      ],
      [
        'Logins',
        'Accounts are created by the Winemaker, not us. "Forgot password" on the login page emails a reset. Vintage casuals get their own logins for the season; the Winemaker disables them at the end of May.',
      ],
      [
        'Cellar tablets',
        'Two rugged Samsung tablets in the tank hall, Intune-managed in kiosk (dedicated device) mode, running vintrace in Chrome. If the page is blank or won\'t load: check they are on "KRW-Winery" Wi-Fi (AP on the barrel hall wall) and that the site internet is up. Getting out of kiosk mode to install anything is done by us from Intune – there is no local PIN.',
      ],
      ['Lab', 'The density meter on the lab PC exports a CSV; import it in vintrace > Lab > Import results.'],
      ["Everyone can't connect", 'Check status with vintrace and the site internet (see KRW site network).'],
    ],
  ),
  article(
    'r-krw-cellar-door-pos',
    'KRW – Cellar door POS & EFTPOS (FAQ)',
    kumeu,
    'Clients/Kumeū Ridge Wines/Cellar Door',
    [
      [
        'Setup',
        'Lightspeed Retail (X-Series, ex-Vend) on an iPad, Windcave EFTPOS terminal, Epson TM-m30 receipt printer on the network, cash drawer driven by the printer.',
      ],
      [
        'Q: EFTPOS says "Pinpad offline" or payments hang',
        'Check the terminal\'s network cable/4G signal. On the terminal: Menu > Logon. In Lightspeed > Setup > Payment types > Windcave > re-pair. Still down with customers waiting: run the terminal standalone and record the sale in Lightspeed as "EFTPOS (manual)".',
      ],
      [
        'Q: Receipts not printing / printer not found',
        'The iPad must be on KRW-Staff Wi-Fi, same as the printer (reserved IP 192.168.20.60). Turn the printer off and on; in Lightspeed > Setup > Printers, remove and re-add it.',
      ],
      [
        "Q: Cash drawer won't open",
        'Check the RJ12 cable from the printer to the drawer, and that "Open cash drawer" is on for the cash payment type.',
      ],
      [
        'Q: Adding Lightspeed users',
        'The Cellar Door Manager does it; Lightspeed support is by chat in the app.',
      ],
    ],
  ),
  article(
    'r-krw-bottling-labels',
    'KRW – Zebra label printer (case & pallet labels)',
    kumeu,
    'Clients/Kumeū Ridge Wines/Printers',
    [
      [
        'Setup',
        'Zebra ZT230 in the bottling shed, network IP 192.168.20.70, printed to from BarTender on KRW-WIN-02 in the winery office. Thermal transfer (uses a ribbon).',
      ],
      [
        'Blank labels or skipping every second label',
        'Run media calibration after every roll change (printer menu > Calibrate). Blank but feeding = ribbon loaded the wrong way (ink side must face the label) or the driver set to direct thermal.',
      ],
      [
        "Faint print / barcodes won't scan",
        'Raise darkness in the driver to 20+, slow print speed to 4 ips.',
      ],
      [
        'BarTender "printer not found"',
        "The printer's IP changed or it is off. Print a config label (hold Feed) to read the IP, fix the port in the driver.",
      ],
    ],
  ),
  article(
    'r-krw-site-network',
    'KRW – Site network, vineyard shed link & Starlink backup',
    kumeu,
    'Clients/Kumeū Ridge Wines/Network',
    [
      [
        'Layout',
        'Chorus fibre arrives at the cellar door building (ONT in the office behind reception) > FortiGate 40F > UniFi switches. The winery building is on a fibre run from the cellar door. The vineyard shed (about 800 m away: spray diary PC, weather station, Wi-Fi for the crew) is on a Ubiquiti point-to-point wireless link from the winery roof to a pole at the shed.',
      ],
      [
        'Starlink backup',
        'Starlink dish on the winery roof is WAN2 on the FortiGate (SD-WAN); failover is automatic. While on Starlink: EFTPOS keeps working, web is fine, but 3CX calls can be choppy and scan-to-email fails (different public IP). If Starlink also drops, the Starlink app shows obstruction – trees on the north side have been a problem.',
      ],
      [
        'Shed offline',
        '1. Check the link in UniFi / the airOS page.\n2. Power cycle the PoE injector for the winery-roof radio – in the winery comms cabinet, labelled "SHED LINK".\n3. After high winds the dish alignment gets knocked, and birds like sitting on it. Re-aligning needs us on site with a ladder; book it.\n4. During harvest check the cable at the base of the shed pole – machinery has clipped it before.',
      ],
      [
        'Power cuts',
        'Storms take the power out a few times a year. The UPS in the comms cabinet lasts about 40 minutes. After the power comes back the fibre is up within 2–3 minutes but Starlink takes about 10 minutes to reconnect; the FortiGate may sit on the wrong WAN until both are up. Give it 10–15 minutes before calling.',
      ],
      [
        'Fibre down',
        'Starlink should take over. Still log the fault with the ISP (see the generic outage checklist).',
      ],
    ],
  ),

  // ================================================================ Pōhutukawa Gardens
  article(
    'r-pgv-care-system',
    'PGV – CareLink (care records & eMedication) access',
    pohutukawa,
    'Clients/Pōhutukawa Gardens/LOB',
    [
      [
        'Overview',
        'CareLink is vendor-hosted: browser on the nurse station PCs, app on the medication round iPads. Progress notes, eMedication, incident forms.',
      ],
      [
        'Accounts and lockouts',
        'The Clinical Manager creates CareLink accounts; we have no admin. Three wrong PINs locks a user out: the Clinical Manager or the RN in charge unlocks it in CareLink Admin > Staff > Unlock. At night the RN in charge always has this right.',
      ],
      [
        'Medication round iPads',
        'Intune-managed, locked to the CareLink app. "Unable to sync – working offline": the iPad keeps working and syncs when the Wi-Fi comes back (hospital wing far end is weakest). Do NOT delete or reinstall the app while it shows unsynced records – they will be lost.\nCracked screen / won\'t charge: swap with the spare in the Nurse Manager\'s office and log a ticket; we re-enrol the broken one after repair.',
      ],
      ['Printing', 'Med charts print from the browser to PGV-Nurses-MFD.'],
      ['Outages', "Whole system down: RN in charge calls CareLink's 24/7 support line, then tells us."],
    ],
  ),
  article(
    'r-pgv-resident-wifi',
    'PGV – Resident & visitor Wi-Fi',
    pohutukawa,
    'Clients/Pōhutukawa Gardens/Network',
    [
      [
        'Networks',
        '- PGV-Staff: staff laptops (certificate).\n- PGV-Clinical: medication iPads only.\n- PGV-Residents: villas and apartments. Each residence has its own password (UniFi private PSK), given out by the Village Office at move-in. 5 devices max.\n- PGV-Visitor: open with a "accept the terms" page, 4 hours.',
      ],
      [
        "Resident can't connect / lost their password",
        'Confirm the villa or apartment number. The Village Office can reprint it from the resident register; we can look it up in UniFi > Private PSK.',
      ],
      ["Visitor page doesn't appear", 'Open a plain http site (neverssl.com) to trigger it.'],
      [
        'What we support for residents',
        'The network, up to the resident\'s device. Help with residents\' own iPads, TVs, printers or computers is a "Tech Buddy" visit, booked through the Village Office and charged to the resident.',
      ],
      ['Slow at the far end of Kauri Lane', 'Mesh APs there; note times and villa numbers and send to us.'],
    ],
  ),
  article(
    'r-pgv-nurse-station-pcs',
    'PGV – Shared nurse station PCs',
    pohutukawa,
    'Clients/Pōhutukawa Gardens/Endpoints',
    [
      [
        'Setup',
        'One PC at each nurse station (Hospital, Rest Home, Dementia Unit). Windows shared PC mode, everyone signs in with their own account. Profiles are deleted at sign-out.',
      ],
      [
        'Things staff ask about',
        '- Files saved to the desktop or Documents are gone next day: by design. Save to the "Nursing" Team / SharePoint.\n- Signs out after 15 minutes idle: on purpose (clinical information on screen). Save notes as you go.\n- First sign-in each day takes 2–3 minutes while the profile builds: expected.\n- Default printer is PGV-Nurses-MFD.',
      ],
      [
        'Can\'t sign in: "You can\'t access this right now"',
        'Conditional Access only lets F3 users sign in on these PCs if they are in the "PGV Frontline" group. Check membership before resetting any passwords.',
      ],
    ],
  ),
  article(
    'r-pgv-new-care-staff',
    'PGV – New caregivers and nurses (onboarding)',
    pohutukawa,
    'Clients/Pōhutukawa Gardens/Onboarding',
    [
      ['Who asks', 'The Payroll & HR Coordinator sends the new starter form. Lots of casuals.'],
      [
        'Accounts',
        '- Caregivers/HCAs and RNs: F3 licence, added to "PGV Frontline". Email via Outlook on the web on the nurse station PCs; Teams on their own phone for rosters and shift swaps (app protection applies).\n- Clinical Manager and Nurse Manager: Business Premium and a laptop.\n- CareLink account: the Clinical Manager creates it after police vetting – not us.\n- Door swipe cards (Paxton): Facilities, not us.\n- Bureau/agency nurses: no M365 account. The RN in charge gives them a temporary CareLink login.',
      ],
      [
        'First shift',
        'They sign in at a nurse station with a Temporary Access Pass from us and set up Authenticator on their phone. No smartphone: give them a hardware OATH token (5 spare in the Village Office safe) and register it in Entra.',
      ],
    ],
  ),

  // ================================================================ Gulf Harbour Marine
  article(
    'r-ghm-vpn',
    'GHM – Remote access for sales (boat shows, Westhaven)',
    gulfHarbour,
    'Clients/Gulf Harbour Marine/Network',
    [
      [
        'Setup',
        'GHM is on a WatchGuard firewall, not FortiGate. Remote access is WatchGuard Mobile VPN with SSL plus AuthPoint MFA. Used by the Westhaven showroom laptops (no site-to-site link) and by sales staff at the boat shows.',
      ],
      [
        'Connecting',
        'Tray icon > Connect, server vpn.ghmarine.co.nz, username = email address, approve the AuthPoint push.',
      ],
      [
        'Problems',
        '- "Could not download the configuration from the server": venue or hotel Wi-Fi blocking it. Use the 4G router from the show kit box, or a phone hotspot.\n- AuthPoint push never arrives: phone offline or its clock wrong. Type the 6-digit code from the AuthPoint app on the end of the password instead.\n- Connected but MarineTrack says it can\'t find the server: MarineTrack must point to ghm-srv01.ghm.local, not the IP; disconnect and reconnect the VPN so DNS is picked up.',
      ],
      [
        'Show kit',
        'Box in the sales office: 2 laptops, 4G router (One NZ SIM), chargers. Test the VPN on both laptops the day before the show.',
      ],
    ],
  ),
  article(
    'r-ghm-marinetrack',
    'GHM – MarineTrack dealer system (sales, service, parts)',
    gulfHarbour,
    'Clients/Gulf Harbour Marine/LOB',
    [
      [
        'Overview',
        'MarineTrack handles boat and engine stock, sales, service jobs and parts. Server side on GHM-SRV01 in the yard office (SQL Express); a desktop client on each PC connects to it.',
      ],
      [
        '"Database version mismatch"',
        'The vendor updates the server quarterly; every PC needs the matching client. Run \\\\ghm-srv01\\MarineTrack\\Client\\Update.exe as admin, or push it from RMM to all GHM PCs.',
      ],
      [
        '"Cannot connect to SQL server" / login timeout',
        'In the office: SRV01 down or the SQL Server (MARINETRACK) service stopped – start it. Remote: VPN not connected (see GHM remote access).',
      ],
      ['Users', 'Approved by the Service Manager. We reset passwords in MarineTrack Admin > Tools > Users.'],
      [
        'Website / Trade Me listings not updating',
        'A scheduled task "MT Web Export" on SRV01 runs at 2am and pushes stock to the website and Trade Me. Check its last run result in Task Scheduler; re-run it manually if it failed.',
      ],
    ],
  ),
  article(
    'r-ghm-yard-network',
    'GHM – Yard office, hardstand & pontoon network',
    gulfHarbour,
    'Clients/Gulf Harbour Marine/Network',
    [
      [
        'Layout',
        'Spark fibre into the yard office. Workshop shed and hardstand covered by outdoor UniFi APs (SSID "GHM-Yard" for the techs\' service tablets). The sales pontoon gets Wi-Fi over a wireless bridge to the marina office building; the pole belongs to the marina, so any work on that end needs the marina office\'s OK.',
      ],
      [
        'Known issues',
        '- Dead spots between the boat racks on the hardstand: stacked hulls block the signal. Known, nothing to fix – move to the end of the row.\n- Salt air: outdoor gear gets checked yearly.\n- Pontoon has no Wi-Fi (often after storms): power cycle the PoE injector labelled "PONTOON BRIDGE" in the yard office comms cupboard. Still down: we come out to check alignment.',
      ],
    ],
  ),
  article(
    'r-ghm-scanning',
    'GHM – Scanning boat paperwork to SharePoint (Canon)',
    gulfHarbour,
    'Clients/Gulf Harbour Marine/Printers',
    [
      [
        'How it works',
        'Canon imageRUNNER ADVANCE in the yard office with uniFLOW Online. Staff log in at the Canon with their card or PIN, tap "Scan to SharePoint", pick the "Boat Files" library and the hull folder.',
      ],
      [
        '"Authentication failed" at the Canon',
        'Usually after the user changed their M365 password. They sign in to the uniFLOW Online web portal and re-link their Microsoft 365 account.',
      ],
      ['Forgot PIN', 'We reset it in the uniFLOW admin portal.'],
      ['Scanned into the wrong boat folder', 'Move it in SharePoint; the Canon remembers the last folder.'],
      [
        'Westhaven (no MFD)',
        "Use the Microsoft Lens app (or Office app > Scan) on the phone, save as PDF straight into the boat's folder in SharePoint.",
      ],
    ],
  ),
];
