/**
 * Set H: a held-out labelled set for the knowledge-base search. It was written blind, without
 * reading the search code, the main article and ticket lists or any other set, so it measures how
 * the search does on documentation it was never tuned on. 45 articles as a small MSP keeps them in
 * Hudu: 35 generic (company null) and 10 runbooks for three fictional clients, several of which
 * override a generic article for that client (remote access, copier, new starters, backup, leavers,
 * Wi-Fi).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_H_CLIENTS = {
  pell: 'Harrowgate & Pell Chartered Accountants',
  brindle: 'Brindlecombe Freight Ltd',
  oakridge: 'Oakridge Hospice Trust',
} as const;

const PELL = SET_H_CLIENTS.pell;
const BRINDLE = SET_H_CLIENTS.brindle;
const OAK = SET_H_CLIENTS.oakridge;

export const SET_H_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Outlook / Exchange Online
  article('h-outlook-profile', 'Outlook issues', null, 'Microsoft 365/Outlook', [
    [
      'Symptoms this covers',
      'Outlook stuck on "Loading profile" or "Processing". Status bar says "Disconnected" or "Trying to connect..." while the internet is fine. Outlook keeps popping up a password box. Outlook crashes or closes as soon as it opens. New mail shows in webmail but not in Outlook.',
    ],
    [
      '1. Check webmail first',
      'Get the user to sign in at outlook.office.com. If mail, calendar and sending all work there, the mailbox is fine and the problem is the Outlook client on the PC. If webmail is broken too, check the account is licensed and not blocked, and check Microsoft 365 service health before touching the PC.',
    ],
    [
      '2. Safe mode and add-ins',
      'Close Outlook, press Win+R and run outlook.exe /safe. If it opens in safe mode, go to File > Options > Add-ins > Manage COM Add-ins and untick everything except the Teams Meeting add-in, then restart normally. Old PDF, CRM and e-signature add-ins are the usual culprits for crashes.',
    ],
    [
      '3. New profile',
      'Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Name it with the date, let autodiscover set up the account, then choose "Always use this profile" and select the new one. Do not delete the old profile until the new one has finished downloading. If the OST is huge or corrupt, rename it in %localappdata%\\Microsoft\\Outlook first so a fresh one is built.',
    ],
    [
      '4. Password prompts that keep coming back',
      "Open Credential Manager > Windows Credentials and remove every entry starting MicrosoftOffice16 or containing the user's email address. In Outlook go to File > Office Account, sign out, close all Office apps and sign back in. Check the user has finished registering MFA - a half-finished registration causes a prompt loop.",
    ],
    [
      '5. Repair Office',
      'Settings > Apps > Microsoft 365 Apps > Modify. Run Quick Repair first; if nothing changes, run Online Repair (takes 20-30 minutes and reinstalls Office).',
    ],
  ]),
  article('h-outlook-search', 'Outlook search not finding emails', null, 'Microsoft 365/Outlook', [
    [
      'Problem',
      'Search in Outlook returns nothing, only recent results, or says "We\'re having trouble fetching results from the server".',
    ],
    [
      'Fix',
      '1. File > Options > Search > Indexing Options: make sure Microsoft Outlook is in the list.\n2. Indexing Options > Advanced > Rebuild. Leave the PC on; big mailboxes take a few hours.\n3. File > Account Settings > Change: the "Download email for the past" slider controls what is cached locally. Older mail is searched on the server, so if server search fails set the slider to All.\n4. Still failing? Search in outlook.office.com - if webmail finds it, rebuild the Outlook profile.',
    ],
  ]),
  article('h-shared-mailbox', 'Shared mailboxes FAQ', null, 'Microsoft 365/Exchange', [
    [
      'How do I give someone access?',
      'Exchange admin center > Recipients > Mailboxes > pick the shared mailbox > Delegation. "Read and manage (Full Access)" lets them open it; add "Send as" if they reply from it. Get approval from the mailbox owner or the client contact first.',
    ],
    [
      'I have access but it is not in my Outlook',
      'Full Access auto-maps the mailbox into Outlook, but it can take up to an hour. Close and reopen Outlook. If access was given through a security group, auto-mapping does not happen - add it by hand: File > Account Settings > Change > More Settings > Advanced > Add. In webmail, right-click Folders > Add shared folder or mailbox.',
    ],
    [
      'My sent emails go into my own Sent Items',
      "In Exchange Online PowerShell run Set-Mailbox <shared> -MessageCopyForSentAsEnabled $true (and -MessageCopyForSendOnBehalfEnabled $true). Mail sent after that is copied to the shared mailbox's Sent Items.",
    ],
    [
      'Does it need a licence?',
      'No, as long as it is under 50 GB and does not need an archive. Nobody should sign in to a shared mailbox directly.',
    ],
    [
      'Removing access',
      'Remove the permission in the same Delegation screen. The mailbox can stay visible in Outlook for a few hours until auto-mapping refreshes.',
    ],
  ]),
  article('h-calendar', 'Calendars - sharing, delegates, rooms', null, 'Microsoft 365/Outlook', [
    [
      'Share a calendar',
      'In Outlook right-click the calendar > Sharing Permissions > Add. "Can view all details" for colleagues, "Can edit" for someone who manages it. The other person accepts the email invite and it appears under Shared Calendars.',
    ],
    [
      'Let an assistant manage meetings (delegate)',
      'File > Account Settings > Delegate Access > Add. Give Editor on Calendar and tick "Delegate receives copies of meeting-related messages sent to me". Choose whether invites go to both people or the delegate only - if the boss says they stopped getting invites, this is usually set to delegate only.',
    ],
    [
      "Someone's calendar shows blank or does not update",
      'Remove the shared calendar from the list and add it again (Add Calendar > From Address Book). Make sure the owner has not removed the permission. Older Outlook builds without the shared calendar improvements need updating.',
    ],
    [
      'Meeting rooms',
      'Rooms are room mailboxes. If bookings stay tentative or are never accepted, check EAC > Resources > the room > Booking: "Automatically accept meeting requests" must be on, and the booking window and maximum duration must allow the request.',
    ],
  ]),
  article('h-outlook-rules', 'Missing emails & inbox rules', null, 'Microsoft 365/Outlook', [
    [
      'Where did the email go? Check in this order',
      '- Focused Inbox: look at the "Other" tab.\n- Junk Email folder, and the user\'s Blocked Senders list.\n- Inbox rules in Outlook (File > Manage Rules & Alerts) and in webmail (Settings > Mail > Rules) - a rule may be moving or deleting it.\n- Quarantine: security.microsoft.com > Email & collaboration > Review > Quarantine. Release it and allow the sender if it is legitimate.\n- Message trace in Exchange admin center > Mail flow > Message trace. No record at all means the sender\'s side never sent it - ask them for the bounce message.',
    ],
    [
      '"Rules exceed the size limit"',
      'A mailbox has 256 KB for all its rules. Delete old or duplicate rules, shorten rule names, and combine rules that move to the same folder. Rules listing many sender addresses eat the space fastest.',
    ],
    [
      'Rules nobody created',
      'A rule that forwards mail outside, deletes everything, or moves mail to RSS Feeds or an oddly named folder is a sign of a compromised account. Stop and follow the compromised account runbook.',
    ],
  ]),
  article('h-mailbox-full', 'Mailbox full / over quota', null, 'Microsoft 365/Exchange', [
    [
      'Symptoms',
      '"Your mailbox is almost full" warnings, then the user can no longer send, and later not receive.',
    ],
    [
      'What to do',
      'Check the size in Outlook under File > Info > Mailbox Settings. Empty Deleted Items and Recoverable Items. Business Standard/Premium mailboxes are 50 GB and cannot be made bigger - enable the online archive instead: EAC > Mailboxes > user > Others > Manage mailbox archive. Then apply our "Move to archive after 2 years" retention policy so old mail moves by itself. The archive shows in Outlook as "In-Place Archive" within a day.',
    ],
  ]),

  // ---------------------------------------------------------------- Teams
  article('h-teams-audio', 'Teams - mic, speakers, camera', null, 'Microsoft 365/Teams', [
    [
      'Quick checks',
      'In Teams go to Settings > Devices and make sure the right speaker, microphone and camera are selected (not "Default" when a headset is plugged in). Make a test call from that page. Check the headset\'s own mute button and the mute toggle in the meeting.',
    ],
    [
      'Others cannot hear me',
      'Windows Settings > Privacy & security > Microphone: "Let desktop apps access your microphone" must be on. In Sound settings check the input level moves when speaking. Bluetooth headsets: pick the "Hands-Free" device as the mic; the stereo one has no microphone. Try another USB port, not through the dock.',
    ],
    [
      'Echo or feedback',
      'Happens when two devices in the same room are in the call, or someone uses laptop speakers with the mic on. Everyone in one room should join from one device, or wear headsets.',
    ],
    [
      'Camera black or not found',
      'Check for a privacy shutter or a function-key camera switch. Close other apps that may be holding the camera (Zoom, the Camera app). Windows Settings > Privacy > Camera must allow desktop apps. Update the camera driver from the laptop maker.',
    ],
  ]),
  article('h-teams-meetings', 'Teams meetings FAQ', null, 'Microsoft 365/Teams', [
    [
      'The Teams Meeting button is missing in Outlook',
      'Outlook > File > Options > Add-ins: find "Microsoft Teams Meeting Add-in for Microsoft Office". If it is under Disabled items, enable it. If it is missing altogether, quit Teams and Outlook, start Teams first, then Outlook. Last resort: reinstall Teams.',
    ],
    [
      'External people wait in the lobby',
      'The organiser opens the meeting > Meeting options > "Who can bypass the lobby" > Everyone (or People who were invited). To change it for all meetings we edit the meeting policy in the Teams admin center - ask the client first.',
    ],
    [
      'Where did my recording go?',
      "Normal meetings: in the organiser's OneDrive under Recordings, also linked in the meeting chat. Channel meetings: in the channel's SharePoint Files > Recordings. Recordings expire after 120 days by default unless the expiry is removed.",
    ],
    [
      'I cannot share my screen',
      'On Macs, grant Teams the Screen Recording permission in System Settings > Privacy & Security. On Windows, update the graphics driver and check the attendee is allowed to present in Meeting options.',
    ],
  ]),
  article('h-teams-chat', 'Teams not loading / chats not syncing', null, 'Microsoft 365/Teams', [
    [
      'Symptoms',
      'Teams is a white or grey window; chats or channels do not show new messages that appear on the phone; status stuck on Away or Unknown; notifications missing.',
    ],
    [
      'Clear the Teams cache',
      'New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Classic Teams: quit Teams, delete the contents of %appdata%\\Microsoft\\Teams and start it again. The user will need to sign in again. If the only problem is missing notifications, check Windows Focus Assist / Do not disturb first.',
    ],
  ]),

  // ---------------------------------------------------------------- OneDrive / SharePoint
  article('h-onedrive-sync', 'OneDrive sync problems', null, 'Microsoft 365/OneDrive & SharePoint', [
    [
      'Typical symptoms',
      'Red X on files or folders, "Sync pending" or "Processing changes" that never finishes, a file saved on one PC does not appear on another, the OneDrive cloud icon greyed out or missing from the taskbar.',
    ],
    [
      '1. Look at the OneDrive icon',
      'Click the cloud icon by the clock. It lists the sync problems and shows whether sync is paused. Make sure it is signed in with the work account, not a personal one. If the icon is missing, start OneDrive from the Start menu.',
    ],
    [
      '2. Storage and file names',
      'Check the OneDrive is not full (1 TB by default). Files will not sync if the name contains " * : < > ? / \\ | or starts with ~$, or if the full path is over 400 characters - deep folder structures copied from an old server often hit this; shorten folder names. Outlook .pst files and files open in another program also wait.',
    ],
    [
      '3. Desktop and Documents',
      'We redirect Desktop, Documents and Pictures into OneDrive (Known Folder Move) through Intune. If a file saved to the Desktop is not on the other PC, check the Desktop really lives under OneDrive (right-click the Desktop folder > Properties > Location). If not, the policy has not applied - sync the device in Company Portal and sign out and in.',
    ],
    [
      '4. Files On-Demand',
      'Cloud icon = online only, green tick = on this device. Right-click a folder > "Always keep on this device" if someone needs it offline.',
    ],
    [
      '5. Reset OneDrive',
      'Win+R: %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset. Wait two minutes, then start OneDrive if it does not restart by itself. A reset re-checks every file but does not delete anything.',
    ],
    [
      '6. Synced SharePoint libraries',
      'Syncing large libraries (over 300,000 files across everything synced) makes OneDrive crawl. Unsync libraries the user does not need and use "Add shortcut to My files" for the rest. Duplicates named file-PCNAME.xlsx are sync conflicts: keep the newest and delete the other.',
    ],
  ]),
  article(
    'h-sharepoint-access',
    'SharePoint - access & sharing',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        '"You need permission to access this item"',
        'The user is not a member of the site. They can press Request access, which emails the site owner. Or we add them: if the site belongs to a Team, add them to the Team as a member; otherwise Site settings > Site permissions > add to Members. Changes can take 10-15 minutes.',
      ],
      [
        'Sharing with people outside the company',
        'If the external person gets "This link can\'t be used because it\'s set to people in your organisation", the wrong link type was used or external sharing is off for that site. Share with "Specific people" and their email address. External sharing per site is set in SharePoint admin > Sites > Active sites > the site > Sharing. Only turn it on with approval from the client contact.',
      ],
      [
        "Guest can't open the link",
        'They must use the same email address the link was sent to. They get a one-time verification code by email - check their junk folder.',
      ],
    ],
  ),
  article(
    'h-restore-deleted',
    'Recover deleted or overwritten files (OneDrive, SharePoint, Teams)',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Deleted file or folder',
        'Open the site or OneDrive in a browser > Recycle bin. Select it and Restore. If it is not there, check "Second-stage recycle bin" at the bottom. Items are kept 93 days in total.',
      ],
      [
        'Overwritten / saved over',
        'Right-click the file in the browser > Version history > pick the time > Restore. Works for files in Teams channels too (Files tab > Open in SharePoint).',
      ],
      [
        'Lots of files deleted or encrypted',
        'OneDrive settings > Restore your OneDrive, or for a site Library settings > Restore this library; pick a time up to 30 days back. Everything after that point is rolled back, so warn the client first.',
      ],
      [
        'Older than 93 days',
        'Check our Microsoft 365 backup (Datto SaaS Protection) - raise it with the L2 team.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Identity
  article('h-mfa', 'MFA - Authenticator, new phone, prompts not arriving', null, 'Security/Identity', [
    [
      'User still has the old phone',
      'They sign in at mysignins.microsoft.com > Security info > Add sign-in method > Authenticator app, scan the QR code with the new phone, then delete the old phone from the list.',
    ],
    [
      'Old phone lost, wiped or traded in',
      '1. Verify the caller (call back on the number in the PSA).\n2. Entra admin center > Users > user > Authentication methods: delete the old Authenticator entry, or "Require re-register multifactor authentication".\n3. Create a Temporary Access Pass (valid 1 hour, one use) and read it to the user.\n4. The user signs in with the TAP at aka.ms/mysecurityinfo and sets up Authenticator on the new phone.',
    ],
    [
      'Number matching',
      'Sign-ins show a two-digit number on the computer screen; the user types it into the Authenticator prompt on the phone. If the user says they "don\'t get a number", they are looking at the phone - the number is on the PC screen.',
    ],
    [
      'Prompts not arriving',
      'Check the phone allows notifications for Authenticator, battery saver is not killing it and the phone time is automatic. Meanwhile the user can choose "I can\'t use my Authenticator app right now" and type the 6-digit code shown in the app.',
    ],
    [
      "No smartphone / won't use a personal phone",
      'Offer a FIDO2 security key (we keep YubiKeys in stock, billable), registered through Security info. SMS is only allowed as a backup method.',
    ],
  ]),
  article('h-password-lockout', 'Passwords & account lockouts', null, 'Security/Identity', [
    [
      'Forgot password',
      'If the user registered for self-service reset they can do it themselves at passwordreset.microsoftonline.com (or "Forgot my password" on the sign-in page). Otherwise verify identity and reset it: cloud-only users in Entra/M365 admin, synced users in Active Directory Users and Computers (then run a delta sync or wait 30 minutes). Tick "User must change password at next logon".',
    ],
    [
      'Account keeps locking',
      'Cloud: Entra smart lockout locks for a minute after 10 bad attempts, longer each time - waiting is usually enough. On-prem AD: unlock in ADUC (Account tab). If it keeps happening, find the source: event 4740 in the DC security log shows the calling computer. Usual culprits are a phone with the old password in its mail app, saved credentials in Credential Manager, mapped drives, or a disconnected RDP session still signed in with the old password.',
    ],
    [
      'Laptop still wants the old password',
      'A laptop away from the office keeps the old cached password. Have the user connect to the office network or VPN, lock the screen (Win+L) and unlock with the new password so Windows updates the cache. Outlook and Teams may prompt once - enter the new one.',
    ],
  ]),

  // ---------------------------------------------------------------- Windows
  article('h-win-updates', 'Windows Update stuck or failing', null, 'Windows', [
    [
      'Before you start',
      'Patching is managed by our RMM (NinjaOne) policies. Check the device in NinjaOne > Patching to see which update fails and with what error. Do not let users pause updates themselves.',
    ],
    [
      'Stuck on "Working on updates" / "Don\'t turn off your PC"',
      'Leave it up to 2 hours if the disk light is still active. After that, hold the power button to turn off and start again. If it loops, boot to recovery (interrupt boot three times) > Troubleshoot > Advanced options > Uninstall Updates > latest quality update.',
    ],
    [
      'Update fails to install (0x800f0922, 0x80070002, 0x8024xxxx)',
      '1. Free space: at least 20 GB for feature updates.\n2. Reset the update components from an admin prompt: net stop wuauserv, net stop bits, rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old, net start bits, net start wuauserv.\n3. DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.\n4. Reboot and retry from NinjaOne. 0x800f0922 on a laptop can also mean the VPN was connected during the install - disconnect and retry.',
    ],
    [
      'Still failing',
      'Download the KB from the Microsoft Update Catalog and install it by hand, or run an in-place repair upgrade from the Windows ISO (keeps apps and files). Note it on the ticket for the monthly patching report.',
    ],
  ]),
  article('h-slow-pc', 'PC running slow', null, 'Windows', [
    [
      'Checklist',
      '[ ] When was it last restarted? Uptime is in Task Manager > Performance. Fast Startup means Shut down does not reset it - do a Restart.\n[ ] Task Manager > Processes: sort by CPU, Memory and Disk and note what is on top.\n[ ] Disk at 100%: usually a spinning hard disk, Windows Update or an antivirus scan running. Check the drive type in NinjaOne hardware.\n[ ] Memory: 8 GB or less with Teams, Outlook and a browser open will crawl. Close unused browser tabs.\n[ ] Startup apps: Task Manager > Startup, disable what the user does not need.\n[ ] Free space on C: under 10% free slows everything - run Disk Cleanup / Storage Sense.\n[ ] OneDrive doing its first sync after a new setup? It settles down.\n[ ] Run a SMART check on the disk and look for overheating (fan constantly loud, hot to touch - clean the vents).',
    ],
    [
      'If the hardware is the problem',
      'PCs over 5 years old or with a spinning disk: recommend an SSD/RAM upgrade or a replacement to the client contact. We send the quote; do not promise anything to the user.',
    ],
  ]),
  article('h-win-profile', 'Temporary profile / desktop empty after login', null, 'Windows', [
    [
      'Symptom',
      'Message "You\'ve been signed in with a temporary profile", or the user logs in to an empty desktop with the default wallpaper and their files seem gone. The files are not lost - they are still in the old profile folder.',
    ],
    [
      'Fix',
      "1. Tell the user not to save anything until it is fixed (a temporary profile is deleted at sign-out).\n2. Sign them out and log in as local admin.\n3. regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID; if there is one ending .bak and one without, delete the one without and remove .bak from the other. Set RefCount and State to 0.\n4. Reboot and log the user in.\nIf the profile is damaged beyond that, rename C:\\Users\\<user> to <user>.old, let a new profile build, and copy Desktop, Documents, browser bookmarks and email signatures across.",
    ],
  ]),
  article('h-bitlocker', 'BitLocker recovery key', null, 'Windows', [
    [
      'When it asks',
      'Blue screen at boot asking for a 48-digit BitLocker recovery key - usually after a BIOS/firmware update, a TPM change, or booting with a new USB-C device attached.',
    ],
    [
      'Find the key',
      'Match the Key ID shown on screen (first 8 characters). Look in Entra admin center > Devices > the device > BitLocker keys, the computer object in AD (BitLocker Recovery tab), or NinjaOne > device > BitLocker. Verify the caller, then read out the key. Once Windows is up, suspend and resume protection (manage-bde -protectors -disable C: then -enable C:) so it stops asking. If it keeps coming back, update the BIOS and check the TPM in tpm.msc.',
    ],
  ]),
  article('h-display', 'Docks & monitors', null, 'Windows/Hardware', [
    [
      'External monitors say "No signal"',
      'Check the monitor input source button and the cables. Unplug the dock power for 30 seconds and reconnect. Most sites use Dell WD19/WD22 docks - update the dock firmware and the laptop BIOS with Dell Command Update. Press Win+P > Extend. If the dock only charges and nothing else works, try the other USB-C port (on some models only the Thunderbolt port carries video).',
    ],
    [
      'Screens in the wrong order / mouse goes off the wrong side',
      'Settings > System > Display > Identify, then drag the screens to match the desk.',
    ],
    [
      'Text blurry or huge',
      'Display settings: set the recommended resolution and scale 100-125% on the external screens. Sign out and back in.',
    ],
    [
      'Screens go black when the lid is shut',
      'Control Panel > Power Options > Choose what closing the lid does > "Do nothing" when plugged in.',
    ],
  ]),

  // ---------------------------------------------------------------- Printing
  article('h-printer', 'Printing - general troubleshooting', null, 'Printing', [
    [
      'Printer shows Offline',
      'Check the printer is on, has no error on its panel and has an IP address (print a configuration page). Ping it. If the IP changed, the port on the PC or print server is wrong - printer IPs should be reserved in DHCP. Remove and re-add the printer from the print server (\\\\<server>) or by IP.',
    ],
    [
      'Jobs stuck in the queue',
      'services.msc > restart Print Spooler. If the jobs still will not delete: stop the Print Spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, start the spooler. On a print server this clears the queue for everyone - warn people first.',
    ],
    [
      'Garbage / random characters printed',
      "Wrong driver. Install the manufacturer's universal PCL6 driver (HP UPD, Kyocera KX, Ricoh PCL6 V4) and delete the old one in Print Management > Drivers.",
    ],
    [
      'Defaults (double-sided, colour, tray)',
      'Printing preferences on the print server queue set the defaults for everyone; users can override them in their own Printing preferences.',
    ],
    [
      'Not ours',
      "Paper jams that need panels removed, toner, drums and engineer visits go to the copier lease company - the number is on the sticker on the machine and in the client's Hudu assets.",
    ],
  ]),
  article('h-scan-email', 'Scan to email / scan to folder not working', null, 'Printing', [
    [
      'Why it usually breaks',
      'Copiers send email as a dedicated mailbox (e.g. scanner@) through smtp.office365.com port 587. It breaks when that mailbox\'s password is changed or expires, when its licence is removed, or when SMTP AUTH gets blocked. Errors on the copier look like "Authentication failed", "SMTP error", "535 5.7.139" or "Send failed".',
    ],
    [
      'Fix - SMTP AUTH',
      "Log in to the copier's web page (admin login in Hudu Passwords) and update the password under SMTP / Email settings. Make sure Authenticated SMTP is enabled on that mailbox (M365 admin > user > Mail > Manage email apps) and that the scanner account is excluded from MFA in Conditional Access.",
    ],
    [
      'Fix - relay (preferred)',
      "Point the copier at <tenant>-co-uk.mail.protection.outlook.com port 25 with no authentication, and create an inbound connector in Exchange admin for the site's static IP. No password to expire.",
    ],
    [
      'Scan to folder',
      "Needs SMB2/3 on the copier (old firmware only does SMB1 - update it) and a service account with write access to the share. If that account's password changed, update the address book entry on the copier.",
    ],
  ]),

  // ---------------------------------------------------------------- Networking
  article('h-wifi', 'Wi-Fi problems - laptops', null, 'Networking', [
    [
      'Checks',
      '1. Are other devices on the same Wi-Fi working? If nothing works it is the connection, not the laptop - see the internet outage checklist.\n2. Turn Wi-Fi off and on, or Airplane mode on and off.\n3. "No internet, secured": run ipconfig. A 169.254.x.x address means no DHCP - forget the network and reconnect; restart the router if at home.\n4. Hotel or train Wi-Fi needs its login page: browse to neverssl.com.\n5. Keeps dropping: Device Manager > network adapter > Power Management, untick "Allow the computer to turn off this device". Update the Wi-Fi driver from the laptop maker (Intel driver updates fix most drop-outs). Prefer the 5 GHz network at home if the router offers both.\n6. Office WPA2-Enterprise network refusing the laptop: the device certificate may have expired - sync the device in Company Portal and reboot.',
    ],
  ]),
  article('h-vpn', 'VPN not connecting (FortiClient)', null, 'Networking', [
    [
      'Scope',
      "Clients with a FortiGate firewall use FortiClient VPN (free version) with FortiToken push for MFA. Some clients use a different remote access method - check the client's runbooks first.",
    ],
    [
      'Before anything',
      'Is the internet working on the laptop? Hotel and guest Wi-Fi often block VPN - try a phone hotspot. Check the user is not locked out and their password has not expired (see Passwords & lockouts).',
    ],
    [
      'Common errors',
      '"Credential or SSLVPN configuration is wrong (-7200)": wrong username/password, or the user is not in the VPN group on the FortiGate. The username is the short logon name, not the email.\n"Unable to establish the VPN connection. The VPN server may be unreachable (-14)" or (-5): the remote gateway address or port is wrong, or the firewall is offline. Check them against Hudu.\nStuck at 40% or 98%: the FortiClient virtual adapter is broken. Update or reinstall FortiClient and reboot.\nFortiToken push never arrives: open the FortiToken app and type the code into the box instead.',
    ],
    [
      'Connected but no drives or servers',
      'Ping the server by IP. If that works but the name does not, it is DNS: map drives with the full name (\\\\server.domain.local\\share) or check the VPN hands out the internal DNS servers. If nothing answers, the split tunnel routes are missing for that subnet - escalate to L2.',
    ],
    [
      'Reinstall steps',
      'Uninstall FortiClient, reboot, install the version from our software share, import the config file from Hudu (client > Network > VPN), reboot again and test.',
    ],
  ]),
  article('h-internet-outage', 'Internet down at a client site - checklist', null, 'Networking', [
    [
      'Checklist',
      "[ ] Confirm scope: one person, one floor or the whole office? If it is one PC only, use the Wi-Fi / network checks instead.\n[ ] NinjaOne: are all devices at the site offline? Is the firewall offline in the firewall portal?\n[ ] Ask someone on site to look at the ISP router/ONT lights (a photo is best). A red LOS/PON light is a line fault.\n[ ] Check the ISP status page for the postcode.\n[ ] Power cycle in order: ONT/modem, wait 2 minutes, then the firewall, then the switches.\n[ ] If the firewall has 4G failover, confirm it switched over and warn the client it is slower.\n[ ] Still down after 15 minutes: raise a fault with the ISP. Circuit ID, account number and ISP support number are on the client's Hudu Network page.\n[ ] Update the client contact with the ISP reference and ETA; set a follow-up on the ticket.",
    ],
  ]),
  article('h-dns', 'Website not loading / DNS', null, 'Networking', [
    [
      "One site won't load",
      'Errors like "This site can\'t be reached" or DNS_PROBE_FINISHED_NXDOMAIN. Try another browser and a phone on 4G to see whether it is the site or us. On the PC run ipconfig /flushdns and check C:\\Windows\\System32\\drivers\\etc\\hosts has no entry for it.',
    ],
    [
      'Block page',
      "Most clients use DNSFilter. A DNSFilter block page means the category is blocked; check the query log in DNSFilter and, if the client approves, add the domain to the client's allow list.",
    ],
    [
      "Internal names don't resolve",
      'If server names or the intranet fail but websites work, the PC is not using the internal DNS servers (the domain controller). Check ipconfig /all.',
    ],
  ]),

  // ---------------------------------------------------------------- Licensing / Office
  article(
    'h-licensing',
    'Microsoft 365 licences - which one and how to assign',
    null,
    'Microsoft 365/Admin',
    [
      [
        'Which licence?',
        'Business Basic: email, Teams and web/mobile Office only - no desktop Word or Excel. Business Standard: adds the desktop Office apps. Business Premium: our standard - adds Intune, Defender for Business and Conditional Access. F1/F3 for frontline or volunteer users who only need Teams and web apps.',
      ],
      [
        'Assigning',
        'M365 admin center > Users > Active users > user > Licenses and apps. If there are no free licences we buy through Pax8 - that needs written approval from the client contact on the ticket because it changes their bill. Some clients use group-based licensing: add the user to the LIC- group instead.',
      ],
      [
        'Removing',
        'Removing the Exchange licence deletes the mailbox after 30 days. For leavers convert the mailbox to shared first.',
      ],
    ],
  ),
  article(
    'h-office-activation',
    'Office says unlicensed / activation errors',
    null,
    'Microsoft 365/Office apps',
    [
      [
        'Symptoms',
        'Red or yellow bar "Unlicensed Product", "Product Deactivated", "Account error - we couldn\'t verify your subscription", or Word/Excel opening read-only with editing disabled.',
      ],
      [
        'Fix',
        '1. Check the user has a licence that includes the desktop apps (Business Basic does not).\n2. In any Office app: File > Account > Sign out, close all Office apps, open Word and sign in with the work account.\n3. A user can have Office on 5 PCs - if they hit the limit, sign out old devices at myaccount.microsoft.com > Office apps.\n4. Remove old Office versions (2016/2019 retail) that fight the subscription - use the Microsoft Support and Recovery Assistant.\n5. Terminal servers need shared computer activation turned on in the install config.',
      ],
    ],
  ),

  // ---------------------------------------------------------------- Line of business (generic)
  article('h-xero', 'Xero FAQ', null, 'Line of business apps', [
    [
      'Bank feed not updating',
      'Feeds go from the bank to Xero, not through us. In Xero: Accounting > Bank accounts > Manage account > Review or Reconnect the feed. Some banks need re-authorising every 90 days, and feeds can lag 24-48 hours. If it is still stuck the subscriber contacts Xero support.',
    ],
    [
      'Xero asks for a code and I have a new phone',
      'Xero has its own two-step authentication, separate from Microsoft MFA. On the login page choose "Can\'t access your authenticator app?" and use the backup method set up at enrolment. If that fails, only Xero support can reset it - we cannot.',
    ],
    [
      'Add or remove a Xero user',
      'Done by a Xero admin at the client (Settings > Users > Invite a user) or by their accountant. We do not hold Xero admin accounts.',
    ],
    [
      'Xero slow or pages blank',
      'Clear the browser cache, try Edge and Chrome, disable extensions. Check status.xero.com.',
    ],
  ]),

  // ---------------------------------------------------------------- Security
  article('h-phishing', 'Suspicious email - what to do', null, 'Security', [
    [
      'User reports a dodgy email',
      'Tell them not to click or reply. Get them to use Report > Phishing in Outlook (or forward it to us as an attachment). Thank them - reporting is good.',
    ],
    [
      'They clicked but typed nothing',
      'Run a full Defender scan on the PC and check the browser did not download anything. Usually no further action.',
    ],
    [
      'They typed their password in',
      'Treat the account as compromised - go straight to the compromised account runbook.',
    ],
    [
      'Clean up for everyone',
      'In Defender (security.microsoft.com) > Explorer, find the message by sender or subject, check who else got it and soft delete it from all mailboxes. Block the sender or domain in the Tenant Allow/Block List.',
    ],
  ]),
  article('h-compromised', 'Compromised Microsoft 365 account - response runbook', null, 'Security', [
    [
      'Signs',
      'Contacts receive emails the user never sent (often an invoice, bank detail change or "shared document" lure); inbox rules nobody made; the user gets MFA prompts they did not trigger; sign-ins from abroad; lots of bounce-backs; outbound email blocked with "550 5.1.8 Access denied, bad outbound sender".',
    ],
    [
      '1. Contain (first, within minutes)',
      '1. Reset the password (in AD if synced) to a long random one.\n2. Entra > user > Revoke sessions.\n3. If the attacker is still active, Block sign-in until it is clean.\n4. Authentication methods: remove any MFA method the user did not add - attackers register their own phone.',
    ],
    [
      '2. Investigate',
      'Entra sign-in logs for the last 30 days: note the attacker IPs and countries. Check inbox rules (Get-InboxRule -Mailbox user) and forwarding (Get-Mailbox user | fl ForwardingSmtpAddress). Check Sent Items and Deleted Items for what was sent. Check Enterprise applications for consented apps the user does not recognise. Search the unified audit log for MailItemsAccessed if data may have been read.',
    ],
    [
      '3. Clean up',
      'Delete malicious rules and forwarding, remove unknown mailbox delegates, revoke unknown app consents. If outbound mail is blocked, release the user in Defender > Restricted entities (it can take an hour to unblock).',
    ],
    [
      '4. Tell people',
      'Phone the client contact. Advise the user to warn their contacts not to act on the emails, and never to change bank details because of an email. If personal data may have been accessed, the client must consider reporting to the ICO within 72 hours - we advise, they decide.',
    ],
    [
      '5. Harden',
      'Make sure Conditional Access MFA covers the user and number matching is on, and add them to phishing training. Record everything in the ticket with times.',
    ],
  ]),
  article('h-malware', 'Virus / malware alerts', null, 'Security', [
    [
      'Fake "your PC is infected" pop-ups',
      'A full-screen browser page with a phone number and beeping is a scam page, not a real infection. Tell the user NOT to call the number. Close the browser with Task Manager (Ctrl+Shift+Esc > End task) and do not restore tabs when reopening. Remove notification permissions for unknown sites in the browser settings. If they already called and let someone connect remotely, treat it as a real compromise: isolate and escalate.',
    ],
    [
      'Real detection (Defender / RMM alert)',
      "1. Check the alert in the Defender portal: file, path, action taken. Quarantined with no further activity = run a full scan and close.\n2. If it is active or not remediated: isolate the device (Defender > Device > Isolate device) or unplug the network.\n3. Full scan plus an offline scan.\n4. Check the user's account for suspicious sign-ins.",
    ],
    [
      'Ransomware signs',
      'Files renamed with a strange extension, ransom note text files, several users reporting files that will not open. Disconnect the device from the network now, do NOT power it off, and call the L2/L3 on-call immediately. Do not start restoring until the source is found.',
    ],
    ['Afterwards', 'If in doubt, wipe and rebuild through Autopilot rather than trying to clean it.'],
  ]),

  // ---------------------------------------------------------------- Procedures
  article('h-onboarding', 'New starter checklist (standard)', null, 'Procedures', [
    [
      'Info we need on the ticket',
      "[ ] Full name, job title, department, start date\n[ ] Line manager\n[ ] Licence type (Business Premium by default)\n[ ] Copy permissions from which existing user?\n[ ] Shared mailboxes, distribution lists, Teams/SharePoint sites\n[ ] Hardware: new laptop or reuse? Monitor, dock, phone?\n[ ] Line-of-business apps (those accounts are usually created by the client's app admin)",
    ],
    [
      'Account',
      '[ ] Create in AD (copy the template user, correct OU) or in Entra for cloud-only clients\n[ ] Temporary password, must change at next logon\n[ ] Assign the licence, add groups and shared mailboxes\n[ ] Issue a Temporary Access Pass for the first day so they can register MFA',
    ],
    [
      'Device',
      '[ ] Laptop: Autopilot - assign the device to the user in Intune and check the profile applied\n[ ] Install printers and any client-specific software\n[ ] Sign in once and check OneDrive, Outlook and Teams',
    ],
    [
      'Handover',
      '[ ] Send the welcome sheet (login, TAP, how to reach the helpdesk) to the line manager, not to a personal email\n[ ] Close the ticket only after the first-day check-in call',
    ],
  ]),
  article('h-offboarding', 'Leaver checklist (standard)', null, 'Procedures', [
    [
      'On the leaving day',
      '[ ] Block sign-in and reset the password\n[ ] Revoke sessions, remove MFA methods\n[ ] Disable the AD account and move it to the Leavers OU\n[ ] Remove from groups, distribution lists and shared mailbox permissions',
    ],
    [
      'Mailbox',
      '[ ] Convert to a shared mailbox (keeps it without a licence)\n[ ] Give the manager Full Access if requested\n[ ] Set an automatic reply and/or forward to the manager if asked\n[ ] Hide from the address list',
    ],
    [
      'Files',
      '[ ] OneDrive: M365 admin > user > OneDrive > "Create link to files" and send it to the manager. OneDrive is kept 30 days after the licence is removed - tell the manager to move what they need before then.',
    ],
    [
      'Devices and apps',
      "[ ] Laptop and phone returned? Intune: Wipe company devices, Retire personal phones\n[ ] Remove from line-of-business apps (ask the client's app admin)\n[ ] Remove the licence once the mailbox is converted and the files handed over; reduce the count in Pax8 if the person is not being replaced",
    ],
  ]),

  // ---------------------------------------------------------------- Backup
  article('h-backup-restore', 'File server backups - restores & failed jobs (Veeam)', null, 'Backup', [
    [
      'Our standard',
      'Client servers are backed up with Veeam Backup & Replication to an on-site repository nightly at 22:00, with a copy job to Wasabi cloud storage. 30 restore points on site, 90 days in the cloud. Files in OneDrive/SharePoint are not in Veeam - see the recover deleted files article.',
    ],
    [
      'Restore a file or folder',
      '1. Get the full path, the date it was last right, and whether to overwrite.\n2. Veeam console > Home > Backups > Disk > the server > right-click > Restore guest files > Microsoft Windows.\n3. Pick the restore point (the night before the problem).\n4. Browse to the folder in the explorer window.\n5. Right-click > Restore > Keep (restores alongside with a RESTORED- prefix). Only use Overwrite if the client says so.\n6. Check permissions and tell the user where it is.',
    ],
    [
      'Failed job alert',
      "Open the job session log. Common causes: repository full (remove old restore points or expand it), VSS error on the server (vssadmin list writers, restart the failing writer's service or reboot out of hours), server offline. Retry the job and confirm it completes. Two failed nights in a row - escalate to L2.",
    ],
  ]),

  // ---------------------------------------------------------------- Mobile
  article('h-mobile', 'Phones - email, Teams, lost devices', null, 'Mobile', [
    [
      'Set up work email on a phone',
      'Install Company Portal and Outlook from the App Store or Play Store. Sign in to Company Portal first, then to Outlook and Teams with the work email. The phone may ask for an app PIN - that is our app protection policy. The built-in iPhone Mail and Samsung Email apps are blocked by Conditional Access; use Outlook.',
    ],
    [
      'Contacts and calendar',
      'To get work contacts into the phone dialler: Outlook app > Settings > the account > Save contacts. The calendar is inside Outlook.',
    ],
    [
      'Lost or stolen phone',
      "1. The user reports it as soon as possible.\n2. Intune > Devices > the phone: company-owned - Wipe; personal (BYOD) - Retire, which removes only work data.\n3. Revoke the user's sessions in Entra.\n4. Remove the phone from their MFA methods and set up Authenticator on the replacement (see the MFA article).\n5. For a company phone, ask the client to bar the SIM with the mobile network.",
    ],
    [
      'New phone',
      'Back up Authenticator before switching (iCloud/Google backup in the app settings) or follow the MFA new phone steps.',
    ],
  ]),

  // ================================================================ Client runbooks: Harrowgate & Pell
  article(
    'h-pell-remote',
    'Pell - working from home (Remote Desktop Gateway)',
    PELL,
    'Runbooks/Remote access',
    [
      [
        'How Pell work remotely',
        'Harrowgate & Pell do NOT use a VPN. Staff connect to the terminal servers (PELL-RDS01/02) through Remote Desktop Gateway at rdg.harrowgatepell.co.uk. Each laptop has "Pell Office.rdp" on the desktop; home PCs use the same file from the staff portal. The second factor is a Duo push, not Microsoft Authenticator.',
      ],
      [
        '"Remote Desktop Gateway server is temporarily unavailable"',
        "1. Check the user's internet.\n2. Check PELL-RDG01 is online in NinjaOne and the Remote Desktop Gateway service is running.\n3. If only one user is affected, their .rdp file may be old - copy a fresh one from the staff portal.\n4. Certificate warnings mean the public certificate on the gateway has expired - escalate to L2, do not tell users to click through.",
      ],
      [
        'Duo push not arriving',
        'Ask the user to open Duo Mobile - pending pushes appear there when notifications are blocked. Phone time must be set to automatic. If the phone is not activated, see New phone below. For one day only, a bypass code can be created in Duo Admin > Users > user.',
      ],
      [
        'New phone',
        'Duo Admin > Users > user > Phones > Reactivate Duo Mobile and send the activation SMS to the new phone. Microsoft Authenticator (for Outlook and Teams) is separate - see the generic MFA article.',
      ],
      [
        '"You are already logged on" / stuck session',
        'Server Manager on PELL-RDS01 > Remote Desktop Services > Collections > Pell Desktop > Connections. Find the user, right-click > Log off. Warn them that unsaved work in that session is lost.',
      ],
      [
        'Printing at home',
        'Home printers come through Remote Desktop Easy Print. If nothing prints, the printer must be the default on the home PC before connecting, and Printers must be ticked on the Local Resources tab of the .rdp file.',
      ],
    ],
  ),
  article('h-pell-sage', 'Sage 50 Accounts (Pell)', PELL, 'Runbooks/Apps', [
    [
      'Setup',
      'Pell run Sage 50 Accounts Professional on the terminal servers for their bookkeeping clients - one dataset per client company. Data lives on PELL-FS01 in D:\\SageData and is reached through the S: drive (\\\\PELL-FS01\\SageData). The Sage Data Service runs on PELL-FS01.',
    ],
    [
      '"Data in use by another user" / can\'t open a company',
      'Someone has that company open exclusively - usually a backup, restore or Check Data running, or a session left open on the terminal server. Ask in the office first and look for disconnected RDS sessions with Sage open (log them off). If nobody has it, the lock is stale: restart the "Sage Data Service" on PELL-FS01 (it drops everyone - warn the office).',
    ],
    [
      'Error 20 / "Data path not found"',
      'The S: drive is not mapped or PELL-FS01 cannot be reached. Check the drive map (group policy "Pell Drives") on the terminal server, run gpupdate /force, and check the Sage Data Service is running. If the whole office gets it, check PELL-FS01 is up.',
    ],
    [
      'Licence expired / activation',
      "Pell's office manager renews the subscription with Sage directly. Once renewed, in Sage: Help > About > Refresh licence (or enter the new activation key). Do it once per terminal server, signed in as admin.",
    ],
    [
      'Yearly upgrade',
      'The annual Sage version upgrade is done by us after hours on both terminal servers and PELL-FS01. Book it with the office manager; datasets are upgraded when first opened, so take a backup first.',
    ],
    [
      'Forgotten Sage user password',
      'The MANAGER user resets other users in Settings > Access Rights. If the MANAGER password itself is lost, the office manager must contact Sage support.',
    ],
  ]),
  article('h-pell-copier', 'Printer stuff - Main office', PELL, 'Runbooks/Printing', [
    [
      'What they have',
      'Konica Minolta bizhub C450i on the first floor with PaperCut MF (server PELL-PRINT01). Everyone prints to one queue, "Pell-FollowMe", and releases the job at the copier by tapping their ID card or logging in with network username and PIN. Unreleased jobs are deleted after 4 hours.',
    ],
    [
      'Jobs not coming out / "no jobs" at the copier',
      '1. Did they print to Pell-FollowMe and not an old direct queue? Remove old printers from the PC.\n2. Check the job shows in PaperCut admin (http://pell-print01:9191) > Jobs pending release.\n3. If nothing arrives for anyone, restart the PaperCut Application Server and Print Spooler services on PELL-PRINT01.\n4. Printing from the terminal server uses the same queue.',
    ],
    [
      'New card / card not recognised',
      'Tap the new card on the reader; the copier offers to register it - log in with network username and password and the card is linked. If an old card is already linked, remove it in PaperCut admin > Users > user > Card/Identity number first.',
    ],
    [
      'Scan to Me',
      'The "Scan to Me" button emails the scan to the logged-in user. It sends through the Exchange relay connector for Pell\'s static IP. If scans stop arriving, check the connector in Exchange admin and that the office IP has not changed.',
    ],
    [
      'Toner, jams, service',
      'Toner ships automatically from meter readings. Engineer visits: Konica service desk, quote serial A7PU021004567.',
    ],
  ]),
  article('h-pell-newstarter', 'New starters - Pell', PELL, 'Runbooks/Procedures', [
    [
      'Who asks',
      'Only the practice manager (Margaret Oduya) can request new starters. Get name, role (accountant, trainee or admin), start date and a colleague to mirror.',
    ],
    [
      'Account',
      '1. ADUC > OU Pell/Staff > copy "_Template Accountant" or "_Template Admin".\n2. Groups: RDS Users, Sage Users (accountants only), SG-ClientFiles-RW, Pell-All-Staff.\n3. Licence: Microsoft 365 Business Premium.\n4. The mailbox is created by sync within 30 minutes.',
    ],
    [
      'Remote access and MFA',
      'The user appears in Duo Admin through the RDS Users group sync; send the Duo activation on the start day. Set up Microsoft Authenticator with a TAP on day one.',
    ],
    [
      'Apps',
      'Sage 50: create the user in each dataset they need - the practice manager tells us which. Xero Practice Manager and tax software invites are sent by the practice manager, not by us.',
    ],
    [
      'Equipment and printing',
      "Lenovo ThinkPad from Pell's stock (asset list in Hudu), Autopilot-assigned to the user. Enrol their ID card on the copier on day one (see Printer stuff - Main office).",
    ],
  ]),

  // ================================================================ Client runbooks: Brindlecombe Freight
  article('h-brf-tms', 'RouteMaster TMS - support notes', BRINDLE, 'Runbooks/Apps', [
    [
      'Overview',
      'Brindlecombe plan all jobs in RouteMaster TMS, hosted by the vendor. Planners and the office use the Windows desktop client; drivers use the RouteMaster Driver app on the depot handhelds and their phones for PODs (proof of delivery). Vendor support: support@routemaster-tms.co.uk, contract ref BRF-2231. We are first line for the desktop client and the devices; the vendor owns the data and servers.',
    ],
    [
      '"Login failed - no licence seats available"',
      'Brindlecombe have 14 concurrent seats. Users who close the client by killing it leave a stale seat behind. A RouteMaster admin (transport manager, or us - admin login in Hudu) goes to Admin > Sessions and ends sessions idle for over 30 minutes. Then the user logs in again.',
    ],
    [
      'Planning board missing jobs / out of date',
      'The desktop client caches the board. Press F5; if jobs entered by a colleague still do not show, Tools > Clear local cache and restart the client. Check the date and depot filters at the top - planners often leave them on another depot.',
    ],
    [
      'Driver app "Sync pending" / PODs not arriving',
      'On the device open the Driver app > menu > Force sync. It needs mobile data or depot Wi-Fi. If many drivers are stuck, check the RouteMaster status page and log it with the vendor. PODs are queued on the device and are not lost unless the app is uninstalled.',
    ],
    [
      'Pallet labels',
      'Labels print from the client to the Zebra ZD421 printers in goods-in through the ZDesigner driver. Blank or half-printed labels: run a calibration (hold the feed button until it flashes twice) and check the label size is 100x150 mm in the driver preferences.',
    ],
  ]),
  article('h-brf-handhelds', 'Depot handhelds (Zebra) and yard Wi-Fi', BRINDLE, 'Runbooks/Devices', [
    [
      'Devices',
      '24 Zebra TC52 handhelds, enrolled in Intune as Android Enterprise dedicated devices (kiosk mode running the RouteMaster Driver app and the scanner). They join the "BRF-Depot" Wi-Fi - Ubiquiti UniFi, with outdoor APs covering the yard.',
    ],
    [
      'Dropping Wi-Fi in the yard',
      'In the UniFi controller check the yard APs (YARD-AP1/2/3) are online - one offline AP leaves a dead zone by the loading bays. If all are online, check the roaming setting is "Aggressive" in the Zebra Wi-Fi profile in Intune. Trailers parked in front of an AP block the signal - note which bay.',
    ],
    [
      "Scanner won't read barcodes",
      'Red beam but no data means the DataWedge profile is not active for the app. Settings > DataWedge > Profiles > "BRF-Driver" must be enabled and associated with the Driver app. Reboot the device and clean the scan window.',
    ],
    [
      'Device reset / on the Android welcome screen',
      'The device has been factory reset. Re-enrol it: on the welcome screen tap six times, connect to BRF-Depot and scan the enrolment QR code (printed in the depot office, also in Hudu). The apps reinstall in about 15 minutes.',
    ],
    [
      'Batteries and charging',
      'Swap batteries from the charging cradle; a battery that will not last a shift goes in the returns box for replacement.',
    ],
  ]),
  article('h-brf-backup', 'Backup & restore - Brindlecombe', BRINDLE, 'Runbooks/Backup', [
    [
      'What is backed up',
      'Brindlecombe is not on our Veeam standard. The depot server BRF-SRV01 (shares S: and T:) is backed up by Synology Active Backup for Business to BRF-NAS01 every night at 21:00, and the NAS copies to Synology C2 cloud with Hyper Backup. The shares also have hourly snapshots.',
    ],
    [
      'Restore a file or folder',
      'Quick route: right-click the parent folder on S: > Properties > Previous Versions (hourly snapshots for 7 days). Older: log in to the Active Backup for Business Portal on BRF-NAS01 (admin in Hudu) > BRF-SRV01 > pick the date > browse to the file > Restore to original location, or Download and hand it over. Never overwrite without the user confirming.',
    ],
    [
      '"Hyper Backup task failed" emails',
      'Log in to DSM on BRF-NAS01 > Hyper Backup. Most failures are the C2 storage quota being full - check C2 usage and reduce version rotation, or ask the client to approve a bigger plan. Other causes: the NAS lost internet overnight, or a DSM update restarted it. Run the task manually and confirm it completes.',
    ],
    [
      'Active Backup failures',
      'If the BRF-SRV01 backup fails, check the agent on the server is connected and VSS is healthy (vssadmin list writers).',
    ],
  ]),

  // ================================================================ Client runbooks: Oakridge Hospice
  article('h-oak-giftbase', 'GiftBase donor database', OAK, 'Runbooks/Apps', [
    [
      'Overview',
      "Oakridge's fundraising team uses GiftBase, a cloud donor CRM (app.giftbase.org.uk). Logins are separate from Microsoft 365 and have their own MFA. Oakridge's GiftBase administrator is the Fundraising Manager; we do not hold admin rights. Vendor support is through the help button in GiftBase.",
    ],
    [
      'Locked out',
      'GiftBase locks an account for 30 minutes after 5 failed logins. The Fundraising Manager can unlock it straight away in Admin > Users. Forgotten password: "Forgot password" on the login page; the reset email comes from noreply@giftbase.org.uk - check quarantine if it does not arrive.',
    ],
    [
      'Gift Aid claim file',
      'Reports > Gift Aid > New claim > choose the date range > Export for HMRC. This produces the spreadsheet in the HMRC Charities Online format. Save it to the Finance SharePoint site - never the desktop or personal email - then upload it through HMRC Charities Online.',
    ],
    [
      'Word add-in for thank-you letters',
      'Mail merges use the GiftBase Office add-in. If the GiftBase tab is missing in Word: File > Options > Add-ins > COM Add-ins > tick GiftBase Merge. If it is not listed, install GiftBaseOfficeAddin.msi from the software share (needs admin) and restart Word.',
    ],
    [
      'Slow or not loading',
      'Try an Edge InPrivate window. If it is slow for everyone, check status.giftbase.org.uk and the hospice internet connection.',
    ],
  ]),
  article('h-oak-leavers', 'Leavers and volunteers - Oakridge', OAK, 'Runbooks/Procedures', [
    [
      'Who tells us',
      'HR (people@oakridgehospice.org.uk) raises leavers. For clinical staff, HR also tells the clinical systems lead so SystmOne smartcard access is removed - that is not done by us.',
    ],
    [
      'Staff leavers - differences from our standard',
      'Block sign-in at 17:00 on the last day. Convert the mailbox to shared and keep it for 6 months (safeguarding policy) - do not delete it earlier. The manager gets Full Access to the mailbox only on request from HR. OneDrive: move the files into the team SharePoint site (Departments > team > Leavers) instead of sharing a link, because OneDrive is only kept 30 days. Remove the licence after both are done.',
    ],
    [
      'Volunteers',
      'Volunteers have Microsoft 365 F1 accounts named firstname.lastname.vol. The volunteer coordinator sends a list each quarter; disable any volunteer who has not signed in for 90 days (Entra sign-in logs) and delete after a further 30 days. Their access to the shared rota mailbox goes with the group membership.',
    ],
    [
      'Devices',
      'Community nurses have iPads: collect them and Wipe in Intune. Laptops go back to the IT cupboard at the main hospice.',
    ],
  ]),
  article('h-oak-wifi', 'Wifi - hospice sites', OAK, 'Runbooks/Networking', [
    [
      'Networks',
      'Main hospice: Cisco Meraki APs. OAK-Staff - certificate based (EAP-TLS) for Intune laptops, no password. OAK-Guest - patients, families and visitors, splash page with a daily code shown on the reception screen. OAK-Devices - tills, printers and TVs (password in Hudu). The charity shops (Hexham, Alnwick, Morpeth) run on 4G routers (Teltonika RUT240) with one network, OAK-Shop.',
    ],
    [
      "Guests can't get the login page",
      'The splash page only opens over plain http - ask them to browse to neverssl.com. If nobody gets it, check Meraki dashboard > Wireless > Splash page is enabled and the daily code schedule; any Meraki outage shows at the top of the dashboard.',
    ],
    [
      "Staff laptop won't join OAK-Staff",
      'The device certificate comes from Intune (SCEP). If one laptop fails: connect it to OAK-Guest, open Company Portal > Sync, reboot. If its certificate has expired or the device is not compliant, Meraki rejects it - fix compliance in Intune first. If every laptop fails, the RADIUS side needs checking - escalate.',
    ],
    [
      'Shop till offline',
      "Tills use the shop's 4G router. Check the router in Teltonika RMS: signal and data usage (50 GB cap). Ask the shop to power cycle the router (white box behind the counter). If signal is poor, a spare router on a different network is in the main hospice IT cupboard. Card machines have their own SIM and keep working.",
    ],
  ]),
];
