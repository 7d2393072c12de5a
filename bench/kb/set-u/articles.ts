/**
 * Set U: a blind labelled KB set, written without reading the search code or any other set.
 * A Vancouver MSP documenting in Hudu: generic M365/endpoint/network/security articles plus runbooks for a post-production studio, an immigration law firm, a ski and bike rental shop and a non-profit housing society.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_U_CLIENTS = {
  reelhouse: 'Reelhouse Post Production Inc.',
  dhaliwal: 'Dhaliwal Okafor Immigration Law LLP',
  powderline: 'Powder Line Rentals Ltd.',
  cedar: 'Cedar Commons Housing Society',
} as const;

const { reelhouse, dhaliwal, powderline, cedar } = SET_U_CLIENTS;

export const SET_U_ARTICLES: readonly BenchArticle[] = [
  article('u-email-outlook-misc', 'Email', null, 'Microsoft 365/Outlook', [
    [
      'Q: Outlook keeps asking for my password',
      'A: Almost always a stale sign-in token. Close Outlook. Open Credential Manager > Windows Credentials and remove the entries that start with MicrosoftOffice16 / MicrosoftOffice and msteams. Reopen Outlook, File > Office Account > Sign out, then sign back in with the work address.\nIf it still loops: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add a new profile and set "Always use this profile" to the new one. Also ask if they changed their password recently on another device (phone/tablet still using the old one).',
    ],
    [
      'Q: Search in Outlook finds nothing, or only old mail',
      'A: The local Windows search index is broken or incomplete. Control Panel > Indexing Options > Modify - make sure Microsoft Outlook is ticked - then Advanced > Rebuild. Big mailboxes can take a few hours to re-index; leave the PC on.\nIf the same search also fails in Outlook on the web, it is a server-side issue - escalate to L2.',
    ],
    [
      'Q: Bottom bar says Working Offline or Disconnected',
      'A: Send / Receive tab > click Work Offline to turn it off. If it says Disconnected, check the internet connection first. The Repair button does not work for Microsoft 365 accounts - make a new profile instead (see above).',
    ],
    [
      'Q: The wrong address pops up when I start typing a name',
      'A: That is the Auto-Complete list remembering an old address. Start typing, hover the wrong suggestion and click the X next to it. To wipe the whole list: File > Options > Mail > Send messages > Empty Auto-Complete List.',
    ],
    [
      'Q: The attachment is too big to send',
      'A: Outlook desktop stops at about 20 MB per message and many outside mail servers refuse anything over 10 MB. Don\'t zip and retry - save the file to OneDrive, then Attach > Share link (or right-click the file > Share) and send the link. For people outside the company pick "Specific people" and set an expiry date.',
    ],
    [
      'Q: How do I turn on an out-of-office reply?',
      'A: Desktop: File > Automatic Replies. Web / new Outlook: Settings > Account > Automatic replies. Set separate inside and outside messages and an end date. For staff who have left we set it from the admin side - see Offboarding.',
    ],
  ]),
  article('u-shared-mailboxes', 'Shared mailboxes - FAQ', null, 'Microsoft 365/Exchange Online', [
    [
      'Q: How do I give someone access to a shared mailbox (info@, accounts@, reception@...)?',
      'A: Get approval from the mailbox owner listed on the client\'s Hudu page. Exchange admin center > Recipients > Mailboxes > pick the shared mailbox > Delegation:\n- Read and manage (Full Access): open it and read/move mail\n- Send as: mail appears to come from the shared address only\n- Send on behalf: shows "Person on behalf of Mailbox"\nMost people need Full Access + Send as.',
    ],
    [
      "Q: The shared mailbox doesn't show up in Outlook",
      'A: Auto-mapping can take up to 60 minutes after access is granted - close and reopen Outlook. Auto-mapping does NOT happen when access was given through a security group. To add it manually: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add, type the mailbox name. New Outlook / web: right-click Folders > Add shared folder or mailbox.',
    ],
    [
      'Q: Mail I send from the shared mailbox goes to my own Sent Items',
      "A: Default Exchange behaviour. L2 runs:\nSet-Mailbox <shared> -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true\nAfter that a copy also lands in the shared mailbox's Sent Items so the team can see what was answered.",
    ],
    [
      'Q: Error "You do not have the permission to send the message on behalf of the specified user"',
      'A: Send as was not granted or has not replicated yet (allow 60 min). Also clear the From-field autocomplete entry for the shared address and pick it again from the address book.',
    ],
    [
      'Q: Does a shared mailbox need a licence?',
      'A: No, not under 50 GB and as long as no archive or litigation hold is needed. Sign-in to the shared mailbox account itself stays blocked - nobody logs into it directly.',
    ],
  ]),
  article(
    'u-calendars-rooms-delegates',
    'Calendars: sharing, delegates, meeting rooms',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Q: Share my calendar with a co-worker',
        "A: Outlook > Calendar > right-click the calendar > Sharing Permissions > Add. Pick the level: Can view when I'm busy / titles and locations / all details / Can edit.",
      ],
      [
        "Q: An assistant needs to run someone's calendar (accept, decline, book on their behalf)",
        'A: That is delegate access. Classic Outlook: File > Account Settings > Delegate Access > Add, set Calendar to Editor, and choose whether meeting requests go to the delegate only or to both. New Outlook: Settings > Calendar > Shared calendars > Share > "Can edit" + "Delegate". Give it 30 min; the delegate restarts Outlook.',
      ],
      [
        "Q: A meeting room / boardroom is double booked or doesn't accept bookings",
        'A: Room mailboxes must auto-process requests. L2 checks:\nGet-CalendarProcessing <room> | fl AutomateProcessing,AllowConflicts,BookingWindowInDays\nand sets Set-CalendarProcessing <room> -AutomateProcessing AutoAccept -AllowConflicts $false. Bookings further out than BookingWindowInDays (default 180) are declined.',
      ],
      [
        'Q: Meetings show at the wrong time / an hour off',
        'A: Check three places: the Windows time zone (Settings > Time & language, "Set time zone automatically" on), Outlook > File > Options > Calendar > Time zones, and Outlook on the web > Settings > General > Language and time. After travelling, the Outlook/OWA zone often stays on the other city even though the laptop clock looks right.',
      ],
      [
        'Q: Calendar items disappeared',
        'A: Check Deleted Items and ask whether a delegate manages the calendar. L2 can recover from Recoverable Items for 14 days; after that see Backups & restores.',
      ],
    ],
  ),
  article(
    'u-mail-not-arriving',
    'Mail flow troubleshooting: missing mail, bounce-backs, full mailbox',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Start here',
        'Get the sender address, recipient, approximate time and the full text of any bounce (NDR). Run a message trace: Exchange admin center > Mail flow > Message trace.',
      ],
      [
        'If the trace shows Delivered',
        "Look in Junk, the Other tab (Focused Inbox) and inbox rules (OWA > Settings > Mail > Rules). A rule the user doesn't recognise that forwards, deletes or moves mail = treat as compromise, see the Compromised account runbook.",
      ],
      [
        'If the trace shows Quarantined',
        'Release it from security.microsoft.com > Email & collaboration > Review > Quarantine. If the same legit sender keeps getting caught, L2 adds them to the Tenant Allow/Block list.',
      ],
      [
        'If there is no trace at all',
        'The message never reached Microsoft. Ask the sender for their bounce message. Check our MX record with MXToolbox. Usually a sender-side problem.',
      ],
      [
        'If outside senders get 550 5.7.1 / "delivery not authorized"',
        'Usually a distribution group (orders@, sales@) set to accept mail only from inside the organisation. Exchange admin center > Groups > the group > Settings > tick "Allow external senders to email this group". 5.7.7xx codes mean our tenant is blocked for sending spam - compromise, escalate.',
      ],
      [
        'If our user gets 550 5.1.1 recipient not found',
        'Typo, or an old Auto-Complete entry for someone who has left. See the Email article for clearing Auto-Complete.',
      ],
      [
        'If the mailbox is full (5.2.2) or the user sees "mailbox almost full"',
        'Business Standard/Premium mailboxes are 50 GB, E3 is 100 GB. Short term: empty Deleted Items and Junk. Real fix: enable the online archive (Exchange admin center > the mailbox > Others > Manage mailbox archive) - included with Business Premium and E3. The default archive policy moves items older than 2 years. The "Online Archive" folder appears in Outlook after a few hours.',
      ],
    ],
  ),
  article('u-teams-misc', 'Teams - misc', null, 'Microsoft 365/Teams', [
    [
      'Q: Camera is black / not working in Teams meetings',
      'A: Check the physical privacy shutter or the F-key camera switch. Windows Settings > Privacy & security > Camera > allow apps and allow desktop apps. In Teams: Settings > Devices > Camera - pick the right one. Close Zoom/Webex/Camera app, only one app can hold the camera.',
    ],
    [
      'Q: Teams stuck loading, blank, showing old messages or wrong status',
      'A: Quit Teams fully (right-click tray icon > Quit). New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Classic Teams: delete %appdata%\\Microsoft\\Teams and restart. Status stuck on Away/Offline usually clears after a full sign-out.',
    ],
    [
      'Q: Add someone from outside the company to a team',
      'A: Guest access is on for most tenants. A team owner adds their email address; the guest must accept the invite email and signs in with their own email. It can take up to 24 hours before the guest can see files. If the team is labelled Confidential, guests are blocked - ask L2.',
    ],
    [
      'Q: Create a new team or channel',
      'A: Creating teams is restricted to IT. Ticket with the team name, owners and members. Owners can add channels themselves.',
    ],
    [
      "Q: Chats with people at another company aren't arriving",
      "A: External access (federation) may be limited to an allow-list of domains. Send L2 the other company's domain.",
    ],
  ]),
  article('u-onedrive-sync', 'OneDrive not syncing', null, 'Microsoft 365/OneDrive & SharePoint', [
    [
      'If specific files show a red X',
      'Hover or click the OneDrive cloud icon to see the reason. Common causes: full path longer than 400 characters, characters like " * : < > ? / \\ | in the name, the file is open in another program, or the file is over 250 GB. Rename/shorten folders and it will pick them up.',
    ],
    [
      'If it says "Processing changes" or sync pending for hours',
      'Pause syncing for 2 hours then resume. If no change, reset the client: Win+R, %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, wait, then start OneDrive from the Start menu. A reset does not delete files.',
    ],
    [
      'If a synced SharePoint/Teams library shows "You no longer have access"',
      'Permissions changed on the site. Check with the site owner, then stop syncing the library (OneDrive settings > Account) and click Sync again from SharePoint.',
    ],
    [
      'If Desktop/Documents are empty on a new or rebuilt PC',
      'We redirect Desktop, Documents and Pictures into OneDrive (Known Folder Move). Make sure OneDrive is signed in with the work account, then check OneDrive settings > Sync and backup > Manage back up. Files show with a cloud icon until opened - they are not missing. Right-click > Always keep on this device for offline use.',
    ],
    [
      'If the OneDrive icon is missing from the taskbar',
      'Start OneDrive from the Start menu and sign in with the work account.',
    ],
    [
      'If there are duplicates with the computer name on the end (report-LAPTOP123.xlsx)',
      'Two devices edited the file while one was offline. Compare the two and keep the right one.',
    ],
  ]),
  article(
    'u-sharepoint-access-restore',
    'SharePoint & Teams files - access, sharing, restoring',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Q: "You need permission to access this item" / Access denied',
        "A: Click Request access - it goes to the site owner. Site owners per client are listed in Hudu. If the person should have access to the whole site, the owner adds them to the site's Members group.",
      ],
      [
        'Q: Share a file with someone outside the company',
        'A: Share > "Specific people" > type their email. "Anyone with the link" is turned off by policy for most clients.',
      ],
      [
        'Q: A file or folder was deleted',
        'A: Site > Settings (gear) > Site contents > Recycle bin. Deleted items stay 93 days in total (the last part in the second-stage recycle bin at the bottom of the page - site owners only). After that, see Backups & restores.',
      ],
      [
        "Q: Somebody saved over a file / I need yesterday's version",
        'A: Right-click the file > Version history > pick the version > Restore. Office files keep the last 500 versions.',
      ],
      [
        'Q: Lots of files changed or deleted at once (mass delete, ransomware, bad sync)',
        "A: L2 only: Document library > Settings > Restore this library, to a point within the last 30 days. Stop the user's OneDrive sync first.",
      ],
    ],
  ),
  article('u-m365-licensing', 'Microsoft 365 licensing FAQ', null, 'Microsoft 365/Admin', [
    [
      'Q: Which licence does a new user get?',
      'A: Standard is Microsoft 365 Business Premium. Frontline/shared-device staff get F3 (web and mobile Office apps only, no desktop Word/Excel). Mail-only accounts get Exchange Online Plan 1.',
    ],
    [
      'Q: Word/Excel shows a red bar "Unlicensed Product" or "Product Deactivated"',
      'A: 1) Check a licence with desktop apps is assigned in the admin center. 2) In the app: File > Account > Sign out, close all Office apps, reopen and sign in. 3) Still failing: the user may have hit the 5-install limit - portal.office.com > My account > Apps & devices, sign out of old PCs. 4) Last resort: Microsoft Support and Recovery Assistant, Office activation scenario.',
    ],
    [
      'Q: User has no desktop Office at all',
      'A: F3 and Business Basic users only have web/mobile apps. If they need desktop apps, the manager approves a change to Business Standard/Premium.',
    ],
    [
      'Q: Why are we still paying for someone who left?',
      "A: Licences come off during offboarding once the mailbox is converted to shared. Annual-commitment (NCE) licences can't be reduced until the renewal date.",
    ],
  ]),
  article('u-mfa-phone-change', 'MFA - new phone, lost phone, Authenticator', null, 'Identity/MFA', [
    [
      'If the user still has the old phone',
      '1. On a computer go to mysignins.microsoft.com > Security info.\n2. Add sign-in method > Microsoft Authenticator, scan the QR code with the new phone.\n3. Approve the test notification, then delete the old phone entry.',
    ],
    [
      'If the old phone is gone (lost, wiped, traded in)',
      '1. Verify identity: call back on the number in the PSA or get manager confirmation. Never on the number the caller gives.\n2. Entra admin center > Users > the user > Authentication methods > Require re-register multifactor authentication, OR create a Temporary Access Pass (one-time, 1 hour).\n3. User signs in with the TAP and registers Authenticator on the new phone at mysignins.microsoft.com.',
    ],
    [
      'Number matching ("enter the number shown")',
      'Approval prompts show a two-digit number on the sign-in screen that must be typed into the Authenticator app. This is normal and expected. If there is no box to type it, update the Authenticator app.',
    ],
    [
      "If Authenticator notifications don't arrive",
      'Check notifications are allowed for Authenticator and battery saver isn\'t killing it. Workaround: choose "Use a verification code" and type the 6-digit code from the app.',
    ],
    [
      "Prompts the user didn't trigger",
      'Never approve a prompt you did not start. If one was approved, see the phishing / compromised account articles.',
    ],
  ]),
  article('u-passwords-sspr', 'Passwords - resets, lockouts, self-service', null, 'Identity/Passwords', [
    [
      'Q: I forgot my password',
      'A: Self-service reset at aka.ms/sspr (works if the user registered Authenticator or a phone). Otherwise helpdesk resets after identity check (call back on the number on file), sets a temporary password and ticks "require change at next sign-in".',
    ],
    [
      "Q: Self-service reset says I don't have enough info / methods",
      'A: They never registered. Do a helpdesk reset (above), then have them register at mysignins.microsoft.com.',
    ],
    [
      'Q: The account keeps getting locked',
      'A: Entra smart lockout kicks in after 10 bad attempts and locks for 1 minute, increasing each time. Repeat lockouts at the same time each day = an old phone, tablet or second computer still trying the old password (usually a mail app). Update or remove the password on those devices. Sign-in logs show the client app/device.',
    ],
    [
      'Q: Password rules',
      'A: 14+ characters, passphrases encouraged, no forced expiry, common/banned words blocked.',
    ],
    [
      'Q: Reset the password away from the office, now the laptop only accepts the old one',
      'A: Entra-joined laptops learn the new password the next time they sign in while online. At the Windows sign-in screen connect to Wi-Fi (network icon bottom right), then sign in with the new password. If that fails, sign in with the old one while online, lock (Win+L) and unlock with the new one.',
    ],
    [
      'Q: After a reset Outlook/Teams keep asking for the password',
      'A: Sign out and back in to Office - see the Email article.',
    ],
  ]),
  article(
    'u-signin-blocked-ca',
    'Sign-in blocked - "You cannot access this right now"',
    null,
    'Identity/Conditional Access',
    [
      [
        'Start',
        'Have the user click "More details" and send the error code and correlation ID. Entra admin center > Sign-in logs > filter by user > open the failure > Conditional Access tab shows which policy blocked it.',
      ],
      [
        'If error 53003 and the user is outside Canada/USA',
        'Our baseline blocks sign-ins from outside Canada and the US. For travel, the manager approves in the ticket; add the user to the CA-Travel-Exception group with an end date = return date (set in the access review). Ask for countries and dates. Takes about 15 minutes to apply. Best done BEFORE they leave.',
      ],
      [
        'If error 53000 / "your device must be managed" or "compliant"',
        "The computer isn't enrolled in Intune or isn't compliant. Personal/home computers only get browser access to mail and files through Outlook on the web; desktop apps are blocked. If it is a company device, see Company Portal & device compliance.",
      ],
      ['If error 50053 (locked)', 'See Passwords - resets, lockouts.'],
      [
        'If error 50057 (account disabled)',
        'Sign-in was blocked by us - offboarding, or blocked during a compromise. Confirm with the manager before unblocking.',
      ],
      ['If AADSTS50076/50079 loops', 'The user must register or re-register MFA - see the MFA article.'],
    ],
  ),
  article('u-autopilot-new-device', 'New Windows laptop setup (Autopilot)', null, 'Endpoints/Intune', [
    [
      'Steps',
      '1. Laptops ordered through our distributor are registered to Autopilot by the vendor. Retail purchases: L2 uploads the hardware hash (Get-WindowsAutopilotInfo -Online) and adds the client group tag.\n2. User powers on, picks language/keyboard, connects to Wi-Fi and signs in with their work email + MFA.\n3. The Enrollment Status Page installs policies and apps (30-60 min). Leave it plugged in.\n4. At the desktop OneDrive signs in and brings back Desktop/Documents (Known Folder Move).',
    ],
    [
      'If it asks whether it is for personal use or wants a Microsoft (Hotmail/Outlook.com) account',
      "The device isn't registered in Autopilot. Do not continue. Shut down, L2 imports the hash and assigns the profile, then reset and start again.",
    ],
    [
      'If the ESP sits on "Apps (Identifying...)" or the same step for over an hour',
      'Note which app is stuck (Shift+F10 > mdmdiagnosticstool logs for L2). Usually a large app (Adobe, LOB installer) or a failed download. Escalate with a photo of the screen; L2 can reset and retry.',
    ],
    [
      'If error 80180014 or "device is already enrolled"',
      'An old Intune record exists (reused laptop). Delete the old device in Intune, then reset.',
    ],
    ['Reusing a laptop from someone who left', 'Use Autopilot Reset from Intune, not a USB reinstall.'],
  ]),
  article(
    'u-intune-compliance-company-portal',
    'Company Portal & device compliance',
    null,
    'Endpoints/Intune',
    [
      [
        'Q: "Your device doesn\'t meet your organization\'s requirements" / device not compliant',
        "A: Open Company Portal > Devices > this device > Check status. It lists what's wrong. Usual culprits: BitLocker off, Windows version too old (must be within two feature updates), Defender/antivirus off, device hasn't checked in for 30 days. Fix it, click Check status again. It can take up to 8 hours for email/Teams access to come back once compliant.",
      ],
      [
        'Q: Installing software',
        "A: Company Portal > Apps has the approved list (Adobe, Zoom, FortiClient, PDF tools, etc.). If it's not there, submit a ticket - software requests need manager approval.",
      ],
      [
        'Q: I need admin rights / it asks for an administrator password',
        'A: Users are not local admins. For a one-off install or plugin, submit a ticket with the app name; L2 approves a temporary elevation through Endpoint Privilege Management or installs it remotely. Permanent admin rights are not given.',
      ],
      [
        'Q: Enrolling a Mac',
        'A: Company Portal for macOS > sign in > follow the profile prompts in System Settings.',
      ],
    ],
  ),
  article('u-byod-phone-email', 'Work email and Teams on personal phones', null, 'Endpoints/Mobile', [
    [
      'Q: Setting up a personal phone',
      'A: Install Microsoft Outlook, Teams and Authenticator from the App Store/Play Store and sign in with the work email. The app protection policy asks for a 6-digit app PIN or Face ID. No full device enrolment needed.',
    ],
    [
      'Q: The built-in iPhone Mail / Gmail / Samsung Email app stopped working for work mail',
      'A: Those apps are blocked by policy; only the Outlook app is allowed for work email. Remove the account from the built-in app and use Outlook.',
    ],
    [
      "Q: Can't copy/paste from Outlook into WhatsApp/Messages, or save attachments to Photos",
      'A: By design - work data can only go to work apps (Outlook, Teams, OneDrive, Office). Save attachments to OneDrive instead.',
    ],
    [
      'Q: "Your organization\'s data will be removed" / access blocked message',
      'A: Either the app PIN was entered wrong too many times or the phone OS is too old (iOS 16+ and Android 12+ required). Update the phone, reinstall and sign in again.',
    ],
  ]),
  article('u-windows-updates', 'Windows Update FAQ', null, 'Endpoints/Windows', [
    [
      'Q: When do updates install?',
      'A: Intune update rings: monthly updates are delayed 7 days after release, then the user has a 3-day deadline. After the deadline the PC restarts automatically outside active hours (8:00-18:00). Users can pick a restart time in Settings > Windows Update before the deadline - that is the way to avoid surprise restarts.',
    ],
    [
      'Q: An update keeps failing (0x800f0922, 0x80070002, 0x8024...)',
      'A: 1) At least 20 GB free on C:. 2) Settings > System > Troubleshoot > Other troubleshooters > Windows Update. 3) Restart and retry. 4) Admin cmd: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow, restart, retry. 5) Still failing - escalate with the KB number and error.',
    ],
    [
      'Q: Stuck on "Working on updates" for over an hour',
      'A: Hold power to turn off once and start again; it usually rolls back and continues. If it loops, escalate - do not keep power-cycling.',
    ],
    [
      'Q: Feature updates (24H2 etc.)',
      "A: We roll them out in waves after testing line-of-business apps. Don't install them manually from Microsoft's site.",
    ],
  ]),
  article('u-slow-pc', 'Slow computer checklist', null, 'Endpoints/Windows', [
    [
      '1. Uptime',
      'Task Manager > Performance > CPU > Up time. Over 7 days = restart first. Shut down with Fast Startup and closing the lid do NOT reset this - it has to be Restart.',
    ],
    [
      '2. Disk',
      'If C: has less than 10% free or disk shows 100% active: Storage Sense, Disk Cleanup (system files), OneDrive "Free up space" on big folders.',
    ],
    [
      '3. Memory',
      'Memory over 90%: check browser tabs, Teams, Outlook. 8 GB machines are below our standard; note it in the ticket for the account manager.',
    ],
    [
      '4. One process hogging CPU',
      'Find it in Task Manager. Antivirus/EDR scanning after updates settles on its own within an hour. Anything else unknown - escalate.',
    ],
    [
      '5. Only one app or website is slow',
      "Then it isn't the PC - check that app's article or the internet.",
    ],
    [
      '6. Slow on battery',
      'Power mode > Best performance, and make sure the charger is the proper wattage (cheap 45 W USB-C chargers throttle).',
    ],
    ['7. Age', 'Over 5 years old: flag to the account manager for replacement in the next refresh.'],
  ]),
  article('u-printers-misc', 'Printers - misc', null, 'Endpoints/Printing', [
    [
      'Q: Jobs stuck in the print queue',
      'A: Cancel everything in the queue. services.msc > Print Spooler > Stop, delete the files in C:\\Windows\\System32\\spool\\PRINTERS, Start the spooler again, print a test page.',
    ],
    [
      "Q: Printer shows Offline on one PC but it's on",
      "A: Usually the printer got a new IP (no DHCP reservation) or Windows added it with a WSD port. Printer properties > Ports > add a Standard TCP/IP port with the printer's current IP (print a config page from the printer) and untick WSD. Ask L2 to reserve the IP on the firewall.",
    ],
    [
      'Q: Add a printer on a new laptop',
      'A: Most clients use Universal Print: Settings > Bluetooth & devices > Printers & scanners > Add device > "Search Universal Print for printers".',
    ],
    [
      'Q: Prints pages of garbage symbols or blank pages',
      "A: Wrong driver. Cancel the job, remove the printer, install the manufacturer's PCL6 universal driver (not the Microsoft IPP class driver), re-add it.",
    ],
    [
      'Q: Toner, paper jams, service',
      "A: Copiers/MFDs are leased - the lease company's service number and the device serial are on the client's Hudu page. We don't fix jams or order toner.",
    ],
  ]),
  article(
    'u-mfd-scanning',
    'Scanning from the copier - scan to email / scan to folder',
    null,
    'Endpoints/Printing',
    [
      [
        'If scan-to-email stopped working for everyone',
        "Most MFDs used to log in to Microsoft 365 with a username/password (basic SMTP auth), which Microsoft is switching off. We move copiers to the SMTP relay: server <tenant>.mail.protection.outlook.com, port 25, no login, allowed by a connector tied to the office's static IP. If the office changed ISP or its public IP changed, the connector must be updated (L2). Check the copier's send log for the error.",
      ],
      [
        'If scan-to-email works but big scans never arrive',
        'Too large. Set 200-300 dpi, PDF (compact/high compression), greyscale unless colour is needed.',
      ],
      [
        'If scan-to-folder fails ("cannot connect to server", SMB error)',
        "1) The scan account's password changed or expired - update it on the copier's address book entry. 2) After Windows updates SMBv1 is off - set the copier to SMB 2/3 in its network settings. 3) Check the path (\\\\server\\scans) and that the server is up.",
      ],
      [
        'Scan straight to OneDrive/SharePoint',
        'Not supported on our copiers. Scan to email, then save to OneDrive/Teams.',
      ],
    ],
  ),
  article('u-bitlocker-recovery', 'BitLocker recovery key', null, 'Endpoints/Security', [
    [
      'Steps',
      "1. Verify who you're talking to (call back on the number on file).\n2. Get the Key ID shown on the blue recovery screen (first 8 characters are enough).\n3. Intune > Devices > the device > Recovery keys, or Entra > Devices > BitLocker keys, match the Key ID.\n4. Read the 48-digit key out in groups of 6.\nUsers can also get it themselves from another device at aka.ms/aadrecoverykey.",
    ],
    [
      'Why it happens',
      'BIOS/firmware updates, a USB stick or dock in the boot order, TPM cleared, motherboard replaced.',
    ],
    [
      'If it asks every boot',
      'Sign in, then L2 suspends and resumes protection (manage-bde -protectors -disable C: -RebootCount 1, restart, then resume) to reseal against the TPM.',
    ],
    [
      'If no key is found',
      'The drive cannot be unlocked. Reimage with Autopilot; work files are safe in OneDrive.',
    ],
  ]),
  article('u-mac-faq', 'Mac - FAQ', null, 'Endpoints/macOS', [
    [
      'Q: FileVault recovery key',
      'A: Escrowed to Intune: Devices > macOS > the Mac > Recovery keys. Verify identity first, same as BitLocker.',
    ],
    [
      'Q: The Mac keeps asking for the "login" keychain password',
      'A: Happens after a password change - the keychain still has the old one. Enter the OLD password once in the prompt if known; otherwise Keychain Access > Settings > Reset Default Keychains (saved website passwords in Keychain are lost, not iCloud ones).',
    ],
    [
      'Q: Should I install the new macOS (major version)?',
      "A: No - wait. Major upgrades are held back by Intune until we've tested the client's apps (plugins, Adobe, editing software, printers). Minor security updates (e.g. 14.x) should be installed; they get a 7-day deadline.",
    ],
    [
      'Q: Connect to a network drive',
      'A: Finder > Go > Connect to Server (Cmd-K), smb://server/share. Tick "Remember this password in my keychain".',
    ],
    [
      'Q: Add a printer',
      "A: System Settings > Printers & Scanners > Add Printer > IP tab, enter the printer's IP, protocol IPP or LPD.",
    ],
  ]),
  article('u-docks-monitors', 'Docks and external monitors', null, 'Endpoints/Hardware', [
    [
      'If nothing shows on the external monitors',
      "Unplug the dock's power for 30 seconds. Make sure the laptop's USB-C port supports display (Thunderbolt/DisplayPort logo). Update dock firmware (Dell Command Update / Lenovo Vantage).",
    ],
    [
      'If only one of two monitors works',
      'DisplayLink docks need the DisplayLink driver (Company Portal). MacBook Air M1/M2 and base M1/M2 MacBook Pro only drive ONE external display natively - the second needs a DisplayLink dock or adapter.',
    ],
    [
      'If the picture flickers or drops out',
      'Swap the cable first, then try a lower refresh rate in Display settings.',
    ],
    [
      'If windows open on the wrong screen / layout keeps resetting',
      'Settings > Display > Identify, drag the screens to match the desk, set the main display, tick "Remember window locations based on monitor connection".',
    ],
    [
      'If the laptop sleeps when the lid is closed on the dock',
      'Control Panel > Power Options > Choose what closing the lid does > Plugged in: Do nothing.',
    ],
  ]),
  article('u-audio-headsets', 'Audio - no sound, headsets, microphones', null, 'Endpoints/Hardware', [
    [
      "If there's no sound at all",
      'Click the speaker icon in the taskbar > pick the right output device. Check mute keys and the per-app volume mixer.',
    ],
    [
      'If a Bluetooth headset sounds awful/robotic on calls but fine for music',
      "When the mic is in use Windows switches Bluetooth headsets to the hands-free profile, which sounds terrible. Use the headset's USB dongle (Jabra Link, Poly BT700) instead of the laptop's Bluetooth, or a wired headset. AirPods and consumer earbuds will always sound like this on Windows calls.",
    ],
    [
      "If the microphone isn't picked up / people can't hear you",
      'Windows Settings > Privacy & security > Microphone > allow desktop apps. Sound settings > Input > choose the headset and test. In Teams/Zoom settings > Devices pick the same mic. Check the mute button on the headset cable.',
    ],
    [
      'If it worked yesterday and not today',
      'A different USB port or dock can register as a new device - re-select it in the app.',
    ],
  ]),
  article('u-wifi', 'Wi-Fi', null, 'Network/Wi-Fi', [
    [
      "If one device can't connect but others can",
      'Forget the network and reconnect, toggle airplane mode, check the date/time is right. Restart.',
    ],
    [
      'If a laptop can\'t join the staff Wi-Fi ("Can\'t connect to this network", certificate prompt)',
      'Staff SSIDs use certificate sign-in pushed by Intune - only company devices work. Personal laptops and phones go on Guest. For a company laptop: Company Portal > Check status to re-pull the Wi-Fi profile, connect by cable once if possible.',
    ],
    [
      'Guest Wi-Fi password',
      "Rotates on the 1st of each month; the current one is on the client's Hudu site page and on the printed card at reception.",
    ],
    [
      'If Wi-Fi is slow for everyone',
      'Test on a cable. Cable fine = access point problem, check the UniFi/Meraki controller for offline APs. Cable also slow = internet, see the ISP outage checklist.',
    ],
  ]),
  article('u-vpn-forticlient', 'VPN - FortiClient', null, 'Network/VPN', [
    [
      'Who uses it',
      "Clients with on-site file servers use FortiClient VPN to the office FortiGate. Some clients use something else - check the client's own runbooks folder first.",
    ],
    [
      'Q: Installing',
      'A: Company Portal > FortiClient VPN. The connection profile is pushed automatically. Click "SAML Login" and sign in with Microsoft.',
    ],
    [
      'Q: Error -7200 "Credential or SSLVPN configuration is wrong"',
      'A: User typed credentials into the username/password boxes instead of using SAML Login, or the profile is outdated. Remove and reinstall from Company Portal to get the current profile.',
    ],
    [
      'Q: Stuck at 98% / disconnects right after connecting',
      'A: Usually the Fortinet virtual network adapter. Restart the PC. If it keeps happening: uninstall FortiClient, restart, reinstall from Company Portal. Also try a phone hotspot to rule out the home router.',
    ],
    [
      'Q: Error -14 / server unreachable',
      'A: Home network or hotel blocking, or the office internet is down (check the ISP checklist).',
    ],
    [
      "Q: Connected, but mapped drives / the server won't open",
      'A: Use the full name \\\\server.domain.local\\share or the server IP. Mapped drives made before connecting show a red X - open them once or run the drive mapping script from Company Portal.',
    ],
    ['Q: Drops every 8 hours', 'A: By design, reconnect.'],
  ]),
  article('u-isp-outage', 'Office internet down - ISP outage checklist', null, 'Network/ISP', [
    [
      'Steps',
      "1. Scope: whole office or one person? Wired too? (One person = Wi-Fi article.)\n2. Check the firewall in the FortiGate cloud / Meraki dashboard: WAN down, or the firewall itself offline?\n3. Check the ISP status: Telus and Rogers business status pages, Downdetector.\n4. Have someone on site power-cycle the modem (wait 5 minutes), then the firewall. Not the switches.\n5. Call the ISP business line with the account number and circuit ID from the site's Hudu asset.\n6. If the site has LTE/Starlink failover, confirm it took over and warn the client about data caps.\n7. Update the client every hour with the ISP's ETA.",
    ],
    [
      'Modem lights',
      'Telus fibre: red/orange alarm light on the ONT = fibre signal lost, needs Telus. Rogers/Shaw cable: flashing DS/US lights = no signal from the street.',
    ],
  ]),
  article('u-dns-web-filtering', 'DNS filtering - blocked websites, DNS records', null, 'Network/DNS', [
    [
      'Q: "This site has been blocked by your organization" page',
      'A: DNSFilter block page. Ticket with the full URL and business reason. Uncategorised/new domains are unblocked by L1 after a quick check; social media, gaming, etc. need manager approval.',
    ],
    [
      "Q: One website won't load for one person but works on their phone",
      'A: ipconfig /flushdns, try another browser, clear cache. Check the DNSFilter roaming agent is running (tray icon). Disable browser "secure DNS" if set manually.',
    ],
    [
      'Q: A website is down for everyone in the office but other sites work',
      'A: Check whether the site itself is down (from a phone on cellular). If only from the office, check DNSFilter logs for a block.',
    ],
    [
      "Q: Adding DNS records for the client's domain (Mailchimp, website move, SPF/DKIM, verification TXT)",
      'A: Registrar/DNS logins are in Hudu Passwords. Send the exact records from the vendor. We make changes with 24h notice; propagation can take a few hours.',
    ],
  ]),
  article('u-quickbooks-online', 'QuickBooks Online - FAQ', null, 'Apps/Accounting', [
    [
      'Q: QBO is blank, spinning or logging out',
      'A: Use Chrome or Edge, try a private window, clear cache for intuit.com. Check status.quickbooks.intuit.com.',
    ],
    [
      'Q: Bank feed stopped updating / "We can\'t connect to your bank"',
      "A: Banking > the account > pencil icon > Edit sign-in info / Update. The bank's own MFA has to be done by the person whose bank login it is. Most Canadian banks force re-authorising the connection every 90 days.",
    ],
    [
      'Q: Add a user / the accountant',
      "A: Only the Primary admin (or company admin) can: Gear > Manage users. Our techs don't have QBO logins.",
    ],
    [
      'Q: The sign-in verification code goes to someone who left',
      "A: Their Intuit account still has that phone. If they were a user, the primary admin removes them and the user updates their own Intuit profile phone. If the departed person WAS the primary admin, the client has to use Intuit's ownership transfer process with Intuit support.",
    ],
    ['Note', 'QuickBooks Desktop and Sage 50 are not covered by this article.'],
  ]),
  article('u-adobe-cc', 'Adobe Creative Cloud & Acrobat', null, 'Apps/Adobe', [
    [
      'Q: Give someone an Adobe licence',
      'A: adminconsole.adobe.com > Users > add or edit user > Products (Acrobat Pro, All Apps, Photoshop). Needs manager approval in the ticket.',
    ],
    [
      'Q: The app says the trial expired / "Start free trial" / "Buy now"',
      "A: They're signed in with a personal Adobe ID. In the Creative Cloud desktop app: avatar > Sign out. Sign in with the work email and pick the company/business profile, not Personal.",
    ],
    [
      'Q: Missing fonts when opening a file',
      'A: Adobe Fonts need the Creative Cloud desktop app running and signed in. CC app > Fonts > activate the missing families (InDesign/Illustrator offer "Activate" in the Missing Fonts dialog). Non-Adobe fonts must be installed locally.',
    ],
    [
      'Q: PDFs open in Reader / Edge instead of Acrobat Pro',
      'A: Settings > Apps > Default apps > .pdf > Adobe Acrobat. Sign in to Acrobat with the work account.',
    ],
    [
      "Q: Creative Cloud won't install or update",
      'A: Run the Adobe Creative Cloud Cleaner Tool, restart, reinstall from Company Portal.',
    ],
  ]),
  article('u-premiere-nas', 'Video editing - Premiere Pro on shared storage', null, 'Apps/Video', [
    [
      'Q: Clips show "Media Offline" when reopening a project',
      "A: The shared storage isn't mounted or is mounted at a different path/drive letter than when the project was built. Mount the share the same way on every workstation (same drive letter on Windows, same share name on Mac). Then right-click the offline clips > Link Media. Never move media folders inside a running project.",
    ],
    [
      'Q: Playback stutters/drops frames from the server',
      'A: 1 GbE is only good for proxies. Generate proxies (Ingest settings > Create proxies) and toggle proxies on, or edit on 10 GbE wired. Never edit over Wi-Fi. Check nobody is copying huge files to the same volume at the same time.',
    ],
    [
      'Q: C: drive filling up',
      'A: Preferences > Media > Media Cache - point it at the local scratch SSD, not C: or the server. Clean it monthly.',
    ],
    [
      "Q: Two editors overwrote each other's project",
      'A: Use Premiere Productions, which locks projects in use. Never open the same .prproj twice.',
    ],
    [
      'Q: Export fails "Error compiling movie"',
      'A: Check free space on the export drive; try software encoding; export to a local drive then copy.',
    ],
  ]),
  article('u-clio', 'Clio - FAQ', null, 'Apps/Legal', [
    [
      'Q: The Clio add-in is missing from Outlook',
      "A: We deploy it from the M365 admin center (Integrated apps). In Outlook: Get Add-ins / Apps > My add-ins > Clio. In new Outlook it sits under the Apps button. If it's still missing after 24h, ticket to L2.",
    ],
    [
      'Q: Documents won\'t open in Word from Clio / "Edit" does nothing',
      'A: Clio Launcher must be installed and running (system tray) and signed in. Quit and restart it; reinstall from Company Portal if needed. Edited files upload back to Clio when saved and closed.',
    ],
    [
      'Q: Locked out of Clio / 2FA reset',
      "A: Clio users are managed by the firm's Clio administrator, not us. The firm admin resets 2FA under Settings > Firm > Manage users.",
    ],
    [
      "Q: Clio calendar isn't syncing with Outlook",
      'A: Clio > Settings > Calendar sync > reconnect Microsoft 365.',
    ],
    ['Q: Clio is down', 'A: Check status.clio.com before troubleshooting the PC.'],
  ]),
  article(
    'u-pos-lightspeed',
    'POS - Lightspeed registers, receipt printers, cash drawers',
    null,
    'Apps/Retail POS',
    [
      [
        'Q: Receipt printer not printing',
        'A: Epson TM-m30: blinking light = out of paper or cover not closed; paper roll must feed from underneath. Lightspeed > Settings > Printers > test print. The printer IP should be reserved; the iPad/PC must be on the staff network.',
      ],
      [
        "Q: Cash drawer won't open but receipts print",
        "A: The drawer is triggered by the receipt printer through the small RJ12 cable. Reseat/replace that cable. Check the drawer isn't locked with the key (spare key location is in Hudu).",
      ],
      [
        'Q: Card terminal shows offline / not connecting',
        'A: Restart the terminal. It must be on the store staff Wi-Fi/LAN, not guest. Re-pair under Lightspeed > Settings > Payments.',
      ],
      [
        'Q: Internet is down',
        'A: Cash sales can continue in offline mode; card payments need internet or a terminal with its own cellular backup.',
      ],
      [
        'Q: Barcode scanner beeps but nothing appears in the sale',
        'A: The scanner must be in USB HID (keyboard) mode. Scan the "USB HID" setup barcode from the scanner\'s quick guide, then click into the search field before scanning.',
      ],
    ],
  ),
  article(
    'u-phishing-clicked',
    'Suspicious email - I clicked / I entered my password',
    null,
    'Security/Phishing',
    [
      ['Reporting', "Use Report > Phishing in Outlook. Don't forward it to co-workers."],
      ['If you only opened the email', 'Report it and delete it. Nothing else needed.'],
      [
        "If you clicked the link but didn't type anything",
        'Report it. The tech checks DNSFilter and EDR for a download. Usually nothing more to do.',
      ],
      [
        'If you typed your password on the page',
        'Immediately: reset the password, revoke sessions (Entra > user > Revoke sessions), check MFA methods and inbox rules. Follow the Compromised account runbook.',
      ],
      [
        "If you approved an MFA prompt you didn't start",
        'Treat as compromised - same as entering the password.',
      ],
      [
        'If you opened an attachment / enabled macros',
        'Unplug from the network or turn off Wi-Fi and call us. EDR scan.',
      ],
      [
        'Gift card / CEO / banking-change requests',
        "Someone pretending to be the boss or a supplier asking for gift cards, urgent payments or new bank details: don't reply or click. Verify by phoning the person on a number you already know. Report as phishing.",
      ],
    ],
  ),
  article(
    'u-compromised-account',
    'Compromised M365 account - response runbook',
    null,
    'Security/Incidents',
    [
      [
        'Signs',
        "Contacts getting odd emails/links from the user, items in Sent the user didn't send, a flood of bounce-backs, unknown MFA methods, sign-ins from other countries.",
      ],
      [
        'Steps (L2)',
        "1. Block sign-in.\n2. Reset the password, revoke sessions.\n3. Authentication methods: remove phones/authenticators the user doesn't recognise.\n4. Inbox rules and forwarding (Get-InboxRule): delete rules moving mail to RSS Feeds/Archive or named with just dots; remove external forwarding.\n5. Message trace outbound for 7 days. If the tenant restricted the user for spam, release under Defender > Restricted entities.\n6. Review enterprise app consents granted by the user.\n7. Ask the user to warn contacts who received the phishing.\n8. Unblock; user re-registers MFA.\n9. Incident notes in Hudu; tell the client's privacy lead if personal info was exposed (BC PIPA).",
      ],
    ],
  ),
  article('u-edr-sentinelone', 'SentinelOne alerts and quarantined files', null, 'Security/EDR', [
    [
      'Q: Popup says a threat was detected / mitigated / quarantined',
      'A: SentinelOne stopped and quarantined the file. No action needed from the user; the SOC reviews every alert.',
    ],
    [
      'Q: A file or app stopped working after an alert (false positive)',
      'A: Ticket with the file name/path and the time. L2 reviews in the console and, if safe, restores it from quarantine and adds an exclusion. Common with macro spreadsheets and old LOB apps.',
    ],
    [
      'Q: "Network disconnected by your administrator" / no network at all after an alert',
      'A: The device was network-quarantined because of a serious threat. Do NOT restart or power off - it destroys evidence. Call the helpdesk; the SOC investigates and reconnects it.',
    ],
    [
      'Q: SentinelOne using lots of CPU',
      'A: Normal for a few hours after install or a major update (full disk scan). If it lasts more than a day, L2.',
    ],
  ]),
  article('u-lost-device', 'Lost or stolen laptop or phone', null, 'Security/Devices', [
    [
      'Steps',
      "1. When/where, and a police file number if stolen.\n2. Revoke sessions; reset the password if the device was unlocked or had saved passwords.\n3. Laptop: confirm in Intune that BitLocker/FileVault was on (it should be). Issue Wipe. If there's a real chance it's found within 24 h, the manager can decide to wait.\n4. Company phone: Intune Wipe. Personal phone: Retire - only removes work data (the user can also do it from the Company Portal website).\n5. Replacement laptop via Autopilot; files come back from OneDrive.\n6. If client/customer personal info was on it, tell the client's privacy lead.",
    ],
    ['Phones', 'Apple Find My / Google Find My Device may still locate it - user does that themselves.'],
  ]),
  article('u-onboarding', 'New staff onboarding', null, 'Onboarding & Offboarding', [
    [
      'Request',
      'Manager submits the onboarding form at least 5 business days before the start date: legal and preferred name, title, start date, manager, department, licence type, groups/shared mailboxes ("same as Jane" is fine), whether they need a laptop, phone extension.',
    ],
    [
      'What we do',
      '1. Create the account, licence, groups, shared mailbox access, Teams.\n2. Phone number/extension if needed.\n3. Laptop: spare or new via Autopilot; shipped or left at reception.\n4. Temporary Access Pass valid on the start day 8:00-12:00 to set up MFA.\n5. Welcome email to the manager with the username and first-day steps.',
    ],
    ['Short notice', 'Same-day or next-day requests are best effort; account first, laptop may follow.'],
    ['Rehires', 'Accounts deleted within 30 days can be restored with their mailbox and OneDrive.'],
    [
      'Name changes',
      'Marriage/preferred name: update the display name and last name, add the new email address as primary, keep the old one as an alias so mail still arrives. The sign-in name changes too - tell the user to sign out/in everywhere.',
    ],
  ]),
  article('u-offboarding', 'Offboarding - staff leaving', null, 'Onboarding & Offboarding', [
    [
      'Steps',
      '1. At the agreed time: block sign-in, reset password, revoke sessions.\n2. Convert the mailbox to shared, give the manager Full Access, set an auto-reply. Forwarding to the manager on request (90 days).\n3. OneDrive: give the manager access; we keep OneDrive for 365 days after the account is deleted.\n4. Remove licences and group memberships; reassign or release the phone number.\n5. Company phone: wipe. Laptop: Autopilot reset for reuse.\n6. Keys, fobs and building access are not ours.',
    ],
    ['Urgent terminations', 'Phone us as well as the ticket, so it happens at the right minute.'],
  ]),
  article('u-backups-restores', 'Backups & restores', null, 'Backups', [
    [
      'What we back up',
      '- Microsoft 365 (Exchange mail, OneDrive, SharePoint, Teams): Datto SaaS Protection, 3x daily, kept as long as the user is licensed with us.\n- On-site servers/NAS: Datto SIRIS, hourly, kept 1 year, replicated offsite.\n- Laptops and desktops: NOT backed up. Only what is in OneDrive (Desktop/Documents are redirected there) is safe.',
    ],
    [
      'Requesting a restore',
      'Say what (file, folder, mailbox, email), where it lived (path/site), and when it was last good. We restore alongside the original into a "_restored" folder unless asked to overwrite. Files: same business day.',
    ],
    [
      'Q: An email deleted months ago, gone from Deleted Items',
      'A: Deleted Items/Recoverable Items only go back about 30 days; older mail is restored from Datto SaaS Protection.',
    ],
    ['Q: A deleted user', 'A: Within 30 days restore from the admin center; after that, Datto.'],
  ]),
  article('u-teams-phone', 'Phones (Teams)', null, 'Phones/Teams Phone', [
    [
      'Q: Forward my calls to my cell',
      'A: Teams > Settings > Calls > Call answering rules > "Forward my calls" > new number. Or "Ring also" to ring both.',
    ],
    [
      'Q: Voicemail greeting',
      'A: Teams > Settings > Calls > Voicemail > Record a greeting (Teams calls you).',
    ],
    [
      'Q: Add/remove people from the main line',
      'A: The main number is a call queue - ticket with the queue name and who to add/remove.',
    ],
    [
      'Q: Holiday hours / closed message',
      'A: Auto attendant holiday schedule; send the dates and the message 2 business days ahead.',
    ],
    [
      'Q: Desk phone shows a code and a microsoft.com/devicelogin address',
      'A: Teams desk phones (Yealink/Poly) sign in that way: on a computer go to microsoft.com/devicelogin, enter the code, sign in with the user or the shared phone account.',
    ],
    ['Q: No dial pad in Teams', 'A: No Teams Phone licence or number assigned - check with L2.'],
  ]),
  article('u-hosted-pbx-3cx', '3CX phones', null, 'Phones/3CX', [
    [
      'Q: Desk phone shows No Service / Registration failed',
      "A: Check the network cable and the PoE switch light; power-cycle the phone. If all phones at a site are down at once, it's the internet - see the ISP outage checklist.",
    ],
    [
      'Q: 3CX on a cell phone',
      "A: Install the 3CX app and scan the QR code from the user's welcome email (resend from the 3CX admin > Users > Send welcome email).",
    ],
    [
      'Q: Personal voicemail greeting',
      'A: Dial 999 from the desk phone, enter the PIN, option for greetings.',
    ],
    [
      'Q: Holiday / after-hours greeting and schedule',
      'A: 3CX admin > Office hours > Holidays: add the date; record or upload the holiday prompt (WAV). L1 can do it; please send 2 business days ahead.',
    ],
    [
      'Q: One-way audio or choppy calls',
      'A: SIP ALG must be off on the firewall; check QoS. Home users: their Wi-Fi or ISP.',
    ],
  ]),
  article(
    'u-reelhouse-storage',
    'Reelhouse - RH-NAS01, project folders, offline media',
    reelhouse,
    'Clients/Reelhouse',
    [
      [
        'Overview',
        'Active projects live on RH-NAS01 (QNAP, 25 GbE to the edit suites, 10 GbE to the assistant bays). Share: smb://rh-nas01.reelhouse.lan/PROJECTS. Folders are named YYYY_Client_Project and each has a 20 TB quota. Finished projects go to LTO-9 tape, done by the post supervisor (Marisol) on Fridays; they sit read-only on the ARCHIVE share for 30 days, then are removed.',
      ],
      [
        'Q: Resolve or Avid shows clips as offline / red',
        'A: 1) Check PROJECTS is mounted in Finder (sidebar > Locations). Mount with Cmd-K and the path above using the hostname - NOT the IP; projects are built against the hostname path. 2) Resolve: Media Pool > select clips > Relink. Avid: relink via Media Tool after the share is mounted. 3) If someone renamed a project folder, rename it back - renaming breaks every bin.',
      ],
      [
        'Q: Project folder full / quota exceeded',
        'A: Quota increases need Marisol\'s OK. First check render/cache: Resolve cache and Avid render files must go on each suite\'s local NVMe "SCRATCH" volume, not PROJECTS.',
      ],
      [
        'Q: NAS slow for everybody',
        'A: Check whether the Friday LTO job or the nightly Backblaze sync (QNAP HBS 3) is still running. Tell L2 before stopping either.',
      ],
      [
        'Q: Get back something deleted from PROJECTS',
        'A: QNAP snapshots: hourly for 48 h, daily for 30 days. L2 restores from Snapshot Manager into the same folder with _restored. ARCHIVE has no snapshots.',
      ],
    ],
  ),
  article(
    'u-reelhouse-remote-editors',
    'Reelhouse - remote editing (LucidLink + Parsec)',
    reelhouse,
    'Clients/Reelhouse',
    [
      [
        'How it works',
        'Reelhouse remote editors do not use a VPN. Either (a) the LucidLink filespace "reelhouse-remote" is mounted as a drive on their own machine and they cut proxies locally, or (b) they remote into their assigned edit suite Mac at the studio with Parsec (Parsec Teams, managed by us).',
      ],
      [
        'If LucidLink shows "Filespace not connected" or mounts with empty folders',
        "LucidLink app must be signed in with the @reelhouse.ca account; check internet. Folders look empty until metadata syncs - leave it a few minutes on a good connection. Cache defaults to 50 GB; set it to 200 GB+ on an SSD (Preferences > Cache). Pin the project folder before travelling so it's available offline.",
      ],
      [
        "If Parsec says the host is offline / can't connect to the suite",
        "The suite Mac is asleep, restarted for updates, or the Parsec host app crashed. Someone on site, or L2 via ScreenConnect, wakes it and relaunches Parsec. Error 15000 = network; 6023/6024 = UDP blocked at the editor's end, try another network.",
      ],
      [
        'If Parsec is laggy',
        'Editor needs 50 Mbps+ and ideally a cable. Parsec settings: bandwidth 30-50 Mbps, H.265.',
      ],
      ['New remote editors', 'Need a LucidLink seat (Marisol approves) and a Parsec Teams invite.'],
    ],
  ),
  article(
    'u-reelhouse-freelancers',
    'Reelhouse - freelancer onboarding & end dates',
    reelhouse,
    'Clients/Reelhouse',
    [
      [
        'Background',
        "Most of Reelhouse's editors, assistants and colourists are freelancers hired per show.",
      ],
      [
        'Onboarding steps',
        "1. Producer sends the signed NDA and the start and end dates. No NDA, no account.\n2. Create first.last@reelhouse.ca with account expiry = end date. Business Basic licence (web Office, email, Teams).\n3. Add to that show's Teams channel and that project's NAS group only - never the whole PROJECTS share.\n4. Assign an edit suite; add Parsec + LucidLink seat if remote.\n5. Frame.io access is given by the producer, not us.\n6. Personal laptops: guest Wi-Fi only, no NAS access except through the suites.",
      ],
      [
        'End dates / extensions',
        'Accounts expire automatically at 23:59 on the end date and the user sees "account disabled". If the show runs long, the producer emails the new date and we change the expiry - don\'t unblock without the producer\'s OK. Remove the LucidLink seat when they finish (billed monthly).',
      ],
    ],
  ),
  article(
    'u-reelhouse-screening-network',
    'Reelhouse - studio network, client Wi-Fi, screening room',
    reelhouse,
    'Clients/Reelhouse',
    [
      [
        'Network',
        'UniFi. VLANs: Suites (10/25 GbE), Office, RH-Clients (guest Wi-Fi), Screening. Suites are wired only.',
      ],
      [
        'Client / guest Wi-Fi',
        'RH-Clients password changes every Monday; Dana at reception prints it on the card for visiting clients and agencies. It is also on the Reelhouse Hudu site page.',
      ],
      [
        'Screening room - no picture',
        'Kit: Apple TV 4K > Denon AVR > Sony projector. 1) Projector on and on HDMI 1. 2) Denon input "MEDIA PLAYER". 3) Apple TV awake (press the remote - it\'s in the drawer under the screen). 4) Still black: power-cycle the Denon, then the Apple TV.',
      ],
      [
        "Screening room - AirPlay doesn't see the Apple TV",
        'AirPlay works from RH-Clients and Office only (mDNS reflected between those two). Make sure the laptop is on one of them. Restart the Apple TV from Settings > System > Restart.',
      ],
    ],
  ),
  article(
    'u-dhaliwal-clio-ircc',
    'Dhaliwal Okafor - Clio and IRCC portal notes',
    dhaliwal,
    'Clients/Dhaliwal Okafor',
    [
      [
        'Clio at DOIL',
        "The firm uses Clio Manage with Microsoft sign-in. Firm's Clio admin is Harpreet (office manager): only she adds users, changes permissions and resets Clio 2FA. Client documents live in Clio Documents, not SharePoint.",
      ],
      [
        'Q: The IRCC portal rejects an upload',
        'A: IRCC online portals accept PDF/JPG/PNG, around 4 MB per document max (some slots less), and dislike special characters in file names. Compress in Acrobat Pro (File > Compress PDF / Reduce file size) or rescan at 200 dpi. Multi-page bank statements usually need compressing or splitting into the allowed sections.',
      ],
      [
        'Q: GCKey / Representative Portal login problems',
        'A: GCKey and Rep Portal accounts belong to each individual lawyer/RCIC - we cannot reset or unlock them. Use "Forgot your password" / recovery questions on GCKey. Lockouts clear after about 30 minutes; otherwise call the GCKey help desk. For portal outages check IRCC\'s tech issues/status page - it\'s not our network.',
      ],
      [
        'Q: The portal misbehaves in the browser',
        'A: Use Edge or Chrome (not the preview inside Clio), clear cache, allow pop-ups for canada.ca and cic.gc.ca. The portal times out after about 20 idle minutes - save often.',
      ],
    ],
  ),
  article(
    'u-dhaliwal-avd-remote',
    'Dhaliwal Okafor - working from home (Azure Virtual Desktop)',
    dhaliwal,
    'Clients/Dhaliwal Okafor',
    [
      [
        'Overview',
        'DOIL does NOT use FortiClient or any VPN. Remote work is through Azure Virtual Desktop: the desktop is called "DOIL Desktop". The old document archive (\\\\doil-fs01 on Azure Files) is only reachable from inside DOIL Desktop. If a DOIL user has FortiClient installed from an old setup, uninstall it and use DOIL Desktop.',
      ],
      [
        'Setup',
        '1. Install "Windows App" (Microsoft Store, or Mac App Store on Macs).\n2. Sign in with the firm email.\n3. DOIL Desktop appears under Devices/Workspaces. Personal computers are allowed for DOIL Desktop.',
      ],
      [
        "If DOIL Desktop doesn't appear",
        "The user isn't in the AVD-DOIL-Users group, or signed in with a personal Microsoft account. Check, then Refresh the workspace in Windows App.",
      ],
      [
        "If it won't connect - evenings and Sunday nights",
        'Hosts scale down after 19:00 and start on demand - the first connection can take 5 minutes. Patching runs Sundays 22:00-02:00: the desktop is unavailable then. Wait and retry.',
      ],
      [
        'Printing from DOIL Desktop at home',
        'Windows PCs: the home printer is redirected automatically. Macs: print to PDF inside DOIL Desktop, save to the local Mac through the redirected drive and print from the Mac.',
      ],
      [
        "If it's laggy",
        'Home internet first, cable if possible. Make Teams calls from the local Teams app, not inside DOIL Desktop. Multi-monitor: Windows App > DOIL Desktop > Settings > Use all displays.',
      ],
    ],
  ),
  article(
    'u-dhaliwal-canon-scanning',
    'Dhaliwal Okafor - Canon copiers and scanning client documents',
    dhaliwal,
    'Clients/Dhaliwal Okafor',
    [
      [
        'Devices',
        "Canon imageRUNNER ADVANCE DX at Burrard (3rd floor copy room) and at the Surrey office. Each person has a Department ID + PIN to print/copy/scan; IDs are different at each office. Harpreet keeps the list and it's on the DOIL Hudu page.",
      ],
      [
        'Scanning',
        'Scan to "My email" (SMTP relay). There\'s no direct scan into Clio: scan to email, then drag the PDF into the Clio matter. Surrey\'s Canon only scans to email, no folders.',
      ],
      [
        'Passports and IDs for IRCC',
        "Colour, 200 dpi, PDF (Compact). Keeps a passport bio page well under IRCC's size limit and readable. Multi-page documents: greyscale 200 dpi, compact PDF.",
      ],
      [
        'Toner, jams, service',
        'Canon service contract - call Canon with the serial number (sticker on the front, and in Hudu). Not us.',
      ],
    ],
  ),
  article(
    'u-dhaliwal-new-staff',
    'Dhaliwal Okafor - new lawyer / RCIC / articling student',
    dhaliwal,
    'Clients/Dhaliwal Okafor',
    [
      [
        'Request',
        'Harpreet sends the onboarding form; use the generic onboarding process plus the items below.',
      ],
      [
        'DOIL extras',
        "1. Add to AVD-DOIL-Users (DOIL Desktop).\n2. Canon Department ID for the right office.\n3. Clio user - Harpreet creates it; we only make sure Microsoft sign-in works.\n4. IRCC Representative Portal: personal to each RCIC/lawyer, they register themselves with their CICC or Law Society number.\n5. Lawyers who dictate get Dragon Professional installed (licence from the firm's Nuance account).\n6. Email signature with the CICC/Law Society number is set from the signature template - ask for the number.\n7. Surrey desks: dock + 2 monitors.",
      ],
      [
        'Articling students',
        'No access to trust accounting in Clio (Harpreet sets it) and no access to the Partners SharePoint site.',
      ],
    ],
  ),
  article(
    'u-powderline-rental-counter',
    'Powder Line - rental counter: Checkfront, waiver iPads, Moneris, tag printer',
    powderline,
    'Clients/Powder Line',
    [
      [
        'Systems',
        'Rentals and online bookings: Checkfront. Gear/retail sales: Lightspeed (see the generic POS article). Waivers: Smartwaiver on iPads locked with Guided Access at the counter. Card payments for rentals: Moneris Go terminals paired to Checkfront.',
      ],
      [
        'Q: Waiver iPad stuck / someone got out of the waiver screen',
        'A: Triple-click the side (or home) button, enter the Guided Access code (Hudu > Powder Line > Passwords), reopen the Smartwaiver Kiosk app, triple-click again to re-lock. If it says "Kiosk not signed in", sign in with the waivers@ account.',
      ],
      [
        'Q: Moneris terminal says "Not paired" / won\'t take a rental payment',
        'A: Restart the terminal. It must be on PL-Staff Wi-Fi, never PL-Guest. Checkfront > Manage > Payments > Moneris > re-pair using the terminal ID on the back sticker. If Moneris itself is down, call Moneris merchant support (number in Hudu).',
      ],
      [
        'Q: A booking is missing or a bike/ski set is double booked',
        'A: Not an IT issue - inventory and availability in Checkfront are set by the store manager (Jess). We only handle logins.',
      ],
      [
        "Q: Staff can't log in to Checkfront",
        'A: Everyone has their own Checkfront login, created by Jess. Passwords reset from the Checkfront login page. No shared counter login.',
      ],
      [
        'Q: Ski tag / label printer (Zebra ZD421) prints half a label, skips labels or prints blanks',
        'A: Calibrate: with labels loaded, hold the Feed button until the light flashes twice, then release - it feeds a few labels and sets the gap. Label size is 2 x 1 in; print from Checkfront with browser margins set to None.',
      ],
    ],
  ),
  article(
    'u-powderline-sites-network',
    'Powder Line - shop internet, Starlink failover, Creekside pop-up',
    powderline,
    'Clients/Powder Line',
    [
      [
        'Sites',
        'Whistler Village shop: Telus Business fibre, Starlink as backup on the FortiGate 40F (WAN2). Squamish bike shop: Rogers business cable, no backup line. Creekside pop-up tent (Dec-Mar): Peplink LTE router on a Telus SIM, 100 GB/month.',
      ],
      [
        'If the Village shop is down',
        'The FortiGate should switch to Starlink within 60 s - check WAN2 in FortiGate Cloud. If Starlink is also down: the dish on the roof loses signal under heavy snow; check the Starlink app for "Obstructed" and have staff clear it safely. Call Telus Business (account in Hudu) for the fibre.',
      ],
      [
        'If Squamish is down',
        'No failover. Moneris Go terminals have a built-in cellular backup: on the terminal, Settings > Network > switch to cellular, so cards keep working. Checkfront can run from a staff phone hotspot. Call Rogers Business (account in Hudu).',
      ],
      [
        'If Creekside is slow',
        "Almost always the 100 GB data cap - Telus throttles after it. Check usage in Peplink InControl. Extra data needs the owner's (Greg's) OK.",
      ],
      [
        'Wi-Fi',
        'PL-Staff for counter PCs, iPads and terminals; PL-Guest for customers (password on the chalkboard, changes monthly). Terminals never on guest.',
      ],
    ],
  ),
  article(
    'u-powderline-seasonal-staff',
    'Powder Line - seasonal staff (November and April)',
    powderline,
    'Clients/Powder Line',
    [
      [
        'Bulk onboarding',
        'Twice a year Jess (store manager) sends a spreadsheet: name, start date, site, role (counter, tune shop, manager). Create accounts from the sheet in one go.',
      ],
      [
        'Licences',
        'Counter and tune-shop staff: Microsoft 365 F3 - web email and Teams (for schedules), web Office only, no desktop Word/Excel. Managers: Business Premium. If a seasonal staffer needs desktop Office, Jess must approve an upgrade.',
      ],
      [
        'Counter PCs',
        'Shared Intune PCs: everyone signs into Windows with their own account and signs out at end of shift. Checkfront and Lightspeed logins are created by Jess, not us.',
      ],
      [
        'End of season and returning staff',
        "Accounts are disabled on the last day on the sheet and deleted 60 days later. Returning staff: re-enable or restore the old account (same email) within that window; after that a new account with the same address. Don't create a second address.",
      ],
      ['Personal phones', 'Seasonal staff use Teams on their own phones under the BYOD policy.'],
    ],
  ),
  article(
    'u-cedar-tenant-files',
    'Cedar Commons - Yardi Breeze and tenant files',
    cedar,
    'Clients/Cedar Commons',
    [
      [
        'Systems',
        'Property management: Yardi Breeze Premier (rent roll, tenant ledgers, maintenance requests). Tenant files (applications, income verification, leases) live in the SharePoint site "Tenant Files" - restricted to the Tenant Services group. They contain personal information: never share externally, never "Anyone" links.',
      ],
      [
        'Q: Breeze login, password or 2FA code problems',
        'A: Breeze accounts are run by the Finance Manager (Tamsin). She resets passwords and 2FA in Breeze. Outages: Yardi support.',
      ],
      [
        'Q: Someone needs access to Tenant Files',
        "A: Only with the Executive Director's written approval (forward the email into the ticket). Add them to the Tenant Services group. Caretakers don't get access.",
      ],
      [
        'Q: Where do scanned applications go?',
        "A: The office Ricoh scans to the scans@ shared mailbox; Tenant Services saves each PDF into the tenant's folder and deletes the email.",
      ],
      [
        'Q: Breeze exports look garbled in Excel',
        'A: Export CSV, then in Excel Data > From Text/CSV, File origin UTF-8.',
      ],
    ],
  ),
  article(
    'u-cedar-buildings',
    'Cedar Commons - buildings: caretaker offices, intercoms, cameras',
    cedar,
    'Clients/Cedar Commons',
    [
      [
        'Set-up per building',
        "Each of the five buildings has a caretaker office with a laptop, a Brother printer and a UniFi access point on the building's own internet (Novus or Telus). Caretaker and relief caretaker share the laptop and each signs in with their own account.",
      ],
      [
        'Wi-Fi',
        "CC-Staff is for Cedar staff devices only. Tenants must never be given the CC-Staff password - it's the same network as the caretaker laptop.",
      ],
      [
        'Intercoms / buzzers and cameras',
        'Not managed by us. Door intercoms (ButterflyMX at Kingsway and Hastings, Aiphone elsewhere) and the Hikvision camera recorders are maintained by the security vendor - contact in Hudu > Cedar Commons > Vendors. We only provide the network port. Footage requests go through the Executive Director to the vendor.',
      ],
      [
        "If a building's internet is down",
        'Caretaker calls us; check the UniFi console; call Novus/Telus with the account in Hudu.',
      ],
      ['Maintenance requests', 'Tenant repair requests go into Breeze, not IT tickets.'],
    ],
  ),
  article(
    'u-cedar-licensing-volunteers',
    'Cedar Commons - nonprofit licences, donated laptops, volunteers & board',
    cedar,
    'Clients/Cedar Commons',
    [
      [
        'Licensing',
        'Microsoft 365 is on nonprofit pricing; the Executive Director re-confirms nonprofit eligibility each year in the Microsoft nonprofit portal. Adobe comes through TechSoup.',
      ],
      [
        'Donated laptops',
        "Don't hand out a donated laptop until we've checked it: Windows 10/11 Pro capable, 8 GB RAM+, SSD, under 5 years old. We wipe it, register it in Autopilot and enrol it. Machines that fail go to e-waste with a data-destruction certificate.",
      ],
      ['Volunteers', 'No Microsoft 365 accounts. They\'re added as guests to the "Volunteers" team only.'],
      [
        'Board members',
        'The board uses the Board SharePoint site and the board@ list. Board members use their personal email as guests (Gmail etc. works): an owner invites them, they accept and set up MFA with Authenticator on their phone the first time.',
      ],
    ],
  ),
];
