/**
 * Set AH: a blind labelled KB set, written without reading the search code or any other set.
 * Corrib Technology Services, a Galway MSP that keeps its global and per-client runbooks in Hudu.
 * Global runbooks (company null) cover the stack Corrib supports for every client (Microsoft 365,
 * Entra ID, Intune, Windows, Sophos Firewall and Intercept X, UniFi, 3CX, Veeam, NinjaOne); client
 * runbooks cover each client's own systems: a west of Ireland veterinary group, a Dublin law firm,
 * a Limerick engineering works and a lakeside hotel.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AH_CLIENTS = {
  clewbay: 'Clew Bay Veterinary Group Ltd',
  kilbride: 'Kilbride Mulcahy Solicitors LLP',
  shannonside: 'Shannonside Precision Engineering Ltd',
  derg: 'Derg Lakeside Hotel & Spa Ltd',
} as const;

const { clewbay, kilbride, shannonside, derg } = SET_AH_CLIENTS;

/** Numbered resolution steps, the way Corrib's techs write them in Hudu. */
const steps = (...items: string[]): string => items.map((s, i) => `${i + 1}. ${s}`).join('\n');

const GLOBAL: BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook & Exchange
  article(
    'ah-outlook-search',
    'Outlook search returns no results or only recent mail',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'Searching in Outlook desktop returns "No results", only finds mail from the last few weeks or months, or shows "We are having trouble fetching results from the server". The same search in Outlook on the web (OWA) finds the message.',
      ],
      [
        'Cause',
        'Outlook desktop searches the local Windows Search index of the offline cache (OST). Either the index is damaged or paused, or the cache only holds part of the mailbox: Corrib builds set the "Download email for the past" slider to 12 months to keep OST files small, so anything older only shows when the user clicks "Search more on the server" at the bottom of the results.',
      ],
      [
        'Checks',
        '- Confirm the message is found in OWA (outlook.office.com). If not, it was deleted: see the restore runbooks.\n- In Outlook: Search > Search Tools > Indexing Status. "Outlook has finished indexing all of your items" means the index is complete.\n- File > Account Settings > Account Settings > double-click the account: check the offline slider.\n- services.msc: Windows Search must be Running.',
      ],
      [
        'Fix',
        steps(
          'If the user needs older mail regularly, move the offline slider to All and restart Outlook. Check free disk space first: a full mailbox can add 20-40 GB.',
          'Otherwise show the user the "Search more on the server" link in the results.',
          'For a damaged index: Control Panel > Indexing Options > Modify and make sure Microsoft Outlook is ticked, then Advanced > Rebuild.',
          'If the rebuild stalls, run the NinjaOne script "Reset Windows Search" (stops the service and deletes Windows.edb) and restart.',
          'Tell the user indexing takes several hours on a large mailbox and the PC must stay on and plugged in (indexing pauses on battery).',
        ),
      ],
      [
        'Escalation',
        'If OWA also misses items that were never deleted, escalate to L2 to check the mailbox for corruption or a retention policy.',
      ],
    ],
  ),
  article(
    'ah-shared-mailbox',
    'Shared mailbox not showing in Outlook or cannot send as it',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        '- A shared mailbox (accounts@, info@, reception@) the user was given does not appear in the Outlook folder list.\n- Sending from it bounces: "You do not have the permission to send the message on behalf of the specified user".\n- Mail sent from the shared mailbox lands in the user\'s own Sent Items instead of the shared one.',
      ],
      [
        'Cause',
        'Full Access lets a user open the mailbox; sending needs a separate Send As (or Send on Behalf) permission. New permissions take up to 60 minutes to apply, and automapping only adds the mailbox on the next Outlook restart. A stale entry in the From list auto-complete keeps using an old address even after permissions are fixed.',
      ],
      [
        'Fix',
        steps(
          'Check the mailbox owner in the client Hudu page has approved the access (note it in the ticket).',
          'Exchange admin centre > Recipients > Mailboxes > select the shared mailbox > Delegation: add the user to Read and manage (Full Access) and Send as.',
          'Wait 60 minutes, then have the user close and reopen Outlook. If it still does not appear: File > Account Settings > double-click the account > More Settings > Advanced > Add the mailbox.',
          'For the bounce: in a new message click From > Other email address > pick the mailbox from the address book rather than typing it, and delete the old suggestion with the X in the auto-complete list.',
          'For Sent Items: in Exchange Online PowerShell run Set-Mailbox <shared> -MessageCopyForSentAsEnabled $true (and -MessageCopyForSendOnBehalfEnabled $true) so a copy is kept in the shared mailbox.',
        ),
      ],
      [
        'Escalation',
        'Permission granted more than two hours ago and still not working: escalate to L2 with the mailbox name and the user.',
      ],
    ],
  ),
  article(
    'ah-calendar-sharing',
    'Calendar sharing, delegates and meeting room booking',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        '- "You do not have permission to open this calendar", or a colleague\'s calendar only shows Busy blocks.\n- An assistant cannot add appointments to a manager\'s diary or is not getting their meeting invites.\n- A meeting room mailbox no longer accepts bookings; invites stay Tentative or get no reply.',
      ],
      [
        'Fix: sharing and delegates',
        steps(
          'The calendar owner shares it: in Outlook Calendar > Share Calendar > Add the person and choose Can view all details, Can edit, or Delegate.',
          'Delegate lets the assistant manage the diary and receive invites. In classic Outlook this is File > Account Settings > Delegate Access; in new Outlook it is Settings > Calendar > Shared calendars.',
          'Under the delegate options, choose whether meeting requests go to the delegate only or to both; most managers want "delegate and me".',
          'If the owner is away, L2 can set it: Add-MailboxFolderPermission -Identity owner:\\Calendar -User assistant -AccessRights Editor -SharingPermissionFlags Delegate.',
          'The shared calendar appears under Shared Calendars after an Outlook restart.',
        ),
      ],
      [
        'Fix: meeting rooms',
        steps(
          'Exchange admin centre > Resources > select the room > Booking options: "Automatically accept meeting requests" must be on.',
          'If it is on and invites still sit Tentative, run Set-CalendarProcessing <room> -AutomateProcessing AutoAccept.',
          'Check the booking window (default 180 days) and maximum duration if long events are declined.',
        ),
      ],
      [
        'Escalation',
        'Delegates who receive duplicate invites or none at all after the steps above: escalate to L2.',
      ],
    ],
  ),
  article(
    'ah-mailbox-full',
    'Mailbox full or nearly full: quota and online archive',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        '- Outlook banner "Your mailbox is almost full" or "Your mailbox is full. You may not be able to send or receive items".\n- People sending to the user get a bounce with 554 5.2.2 "mailbox full" or "Mailbox quota exceeded".',
      ],
      [
        'Cause',
        'Business Basic, Standard and Premium mailboxes are 50 GB; E3 is 100 GB. Large attachments and never-emptied Deleted Items fill it. Recoverable Items (the hidden 30 GB dumpster) can also fill on its own.',
      ],
      [
        'Checks',
        'Exchange admin centre > mailbox > Mailbox usage, or Get-MailboxStatistics <user> | fl TotalItemSize. Check whether the online archive is already enabled.',
      ],
      [
        'Fix',
        steps(
          'Quick relief: ask the user to empty Deleted Items and Junk, and sort Sent Items by size to remove large attachments they hold elsewhere.',
          'Where mail must be kept (legal, accounts), do not ask the user to delete: enable the online archive in Exchange admin centre > mailbox > Others > Manage mailbox archive. Business Premium and Standard include a 50 GB archive; Exchange Online Archiving add-on gives auto-expanding 1.5 TB.',
          'Apply the Corrib retention policy "Move to archive after 2 years" to the mailbox, then run Start-ManagedFolderAssistant <user> so mail starts moving the same day.',
          'If Recoverable Items is full, escalate to L2: it needs a purge unless a hold is on the mailbox.',
          'Tell the user the In-Place Archive folder will appear in Outlook under their mailbox and is searchable.',
        ),
      ],
      [
        'Escalation',
        'A licence upgrade or the archiving add-on needs a quote approved by the client contact.',
      ],
    ],
  ),
  article(
    'ah-mail-quarantine',
    'Expected external email not arriving: quarantine, junk and message trace',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'A user is waiting for an email from a supplier or customer who says it was sent, and it is not in the Inbox or Junk. Or the user receives a "messages held in quarantine" notification and asks if it is safe to release.',
      ],
      [
        'Checks',
        steps(
          'Get the sender address and the approximate send time.',
          'Exchange admin centre > Mail flow > Message trace: search by sender and recipient for the last 2 days (or an extended trace for up to 90 days).',
          'Delivered: it is in the mailbox. Check Junk, Other (Focused Inbox), inbox rules and search all folders.',
          'Quarantined: note the reason (Spam, Bulk, Phish, High confidence phish, Malware).',
          'Not in the trace at all: it never reached Microsoft 365. The sender should check their own bounce messages or try another address.',
        ),
      ],
      [
        'Fix',
        steps(
          'Spam or Bulk: in the Defender portal > Email & collaboration > Review > Quarantine, select the message, Release to the recipient and tick "Report message to Microsoft".',
          'Users can release spam-quarantined mail themselves with the Release link in the quarantine notification email; tell them to only do this for senders they expected.',
          'Phish, High confidence phish or Malware: do not release. Pass to L2 security to review the headers and attachment first.',
          'If a legitimate sender is caught again and again, add their address or domain to the Tenant Allow/Block List as an allow entry for 30 days and note it in the ticket.',
          'In Junk: mark Not Junk and add the sender to Safe Senders.',
        ),
      ],
      [
        'Escalation',
        'A business-critical sender blocked by their own failing SPF or DMARC must be fixed on their side: give the client the trace result to send to them.',
      ],
    ],
  ),
  article(
    'ah-mail-ndr',
    'Bounce-back (undeliverable) messages when sending email',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        'The user gets "Undeliverable" or "Delivery has failed to these recipients or groups" with a 5.x.x code. Always get the full bounce (ask the user to forward it, not a photo) and read the code.',
      ],
      [
        'Common codes',
        '- 550 5.1.1 / 5.1.10 recipient not found: typo, or the address in the auto-complete list is out of date.\n- 550 5.7.1 / 5.7.133 not authorised to send to a group: an internal distribution group that rejects outside senders.\n- 552 5.3.4 message size exceeds the limit: attachments over the limit (ours is 35 MB; many recipients accept less).\n- 550 5.7.520 / 5.1.8 "Access denied, bad outbound sender": Microsoft has blocked the account for sending spam. Treat as compromised.\n- 550 5.7.509 / 5.7.26 DMARC or authentication failure on the recipient side.',
      ],
      [
        'Fix',
        steps(
          'Recipient not found when the user has emailed them before: in a new message start typing the name and delete the suggestion with the X, then type the address in full. Check the spelling with the recipient.',
          'Group rejects outside senders: Exchange admin centre > Groups > the group > Settings > tick "Allow people outside of my organisation to send email to this group", if the client approves.',
          'Message too large: send the files as a OneDrive or SharePoint sharing link instead of attachments.',
          '5.7.520 or 5.1.8: stop and follow the compromised account runbook (ah-compromised-account) before anything else.',
          'DMARC or authentication failures: escalate to L2 to check our SPF, DKIM and DMARC records for the client domain.',
        ),
      ],
    ],
  ),
  article(
    'ah-outlook-wont-open',
    'Outlook will not open, crashes or hangs on "Loading Profile"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        '- Outlook sits on the splash screen at "Loading Profile" or "Processing".\n- Outlook closes by itself as soon as it opens, while Word and Excel work.\n- "Cannot start Microsoft Outlook. Cannot open the set of folders."\n- Outlook suddenly looks completely different and shared mailboxes or add-ins are gone: the user has switched on the New Outlook toggle.',
      ],
      [
        'Fix',
        steps(
          'Close Outlook, open Task Manager and end any remaining Outlook tasks (it often keeps running in the background after an update).',
          'Start it in safe mode: Win+R, outlook.exe /safe. If it opens, the cause is an add-in: File > Options > Add-ins > COM Add-ins > Go, untick the add-ins, then re-enable them one at a time (old PDF, Zoom and practice-system add-ins are the usual suspects).',
          'Still failing: Settings > Apps > Microsoft 365 Apps > Modify > Quick Repair. Use Online Repair if Quick Repair does not help.',
          'Build a new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, sign in, and set "Always use this profile" to the new one. The OST re-downloads, so warn the user mail will take a while to appear.',
          'New Outlook switched on by accident: click the New Outlook toggle at the top right to turn it off, or Help > Go to classic Outlook. Corrib clients stay on classic Outlook until their practice systems support the new one.',
        ),
      ],
      [
        'Escalation',
        'Crashes that survive a new profile and an Online Repair: gather the Application event log entries for OUTLOOK.EXE and escalate to L2.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Microsoft 365: Teams
  article(
    'ah-teams-audio',
    'Teams meetings: microphone, speaker, headset or camera not working',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        'Others cannot hear the user, the user cannot hear others, the headset is not listed, there is an echo, or Teams says no camera was found.',
      ],
      [
        'Checks',
        '- Teams > Settings > Devices: which speaker, microphone and camera are selected. Run "Make a test call".\n- Windows Settings > Privacy & security > Microphone and Camera: "Let desktop apps access" must be On.\n- Laptops with a camera privacy shutter or a camera kill key (F10 on many HP models, F8 on some Lenovos).\n- Is the headset plugged into the dock or a USB hub?',
      ],
      [
        'Fix',
        steps(
          'Plug the USB headset straight into the laptop rather than the dock or monitor.',
          'In a meeting use More (...) > Settings > Device settings and pick the headset for both speaker and microphone; Teams sometimes keeps the laptop speaker after a dock change.',
          'Turn on the camera privacy settings above, open the shutter, and check the Camera app in Windows can see the camera. If the Camera app fails too, reinstall the camera driver with Dell Command Update or Lenovo Vantage.',
          'Bluetooth headsets: remove and re-pair, and select the "Hands-Free" device for the microphone.',
          'Update headset firmware with Jabra Direct or Poly Lens from Company Portal.',
          'Quit Teams fully from the system tray and reopen it.',
        ),
      ],
      [
        'Escalation',
        "A headset that fails on a second PC is faulty: order a replacement from the client's standard list in Hudu.",
      ],
    ],
  ),
  article(
    'ah-teams-cache',
    'Teams will not load, shows a blank window or loops at sign-in',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        '- Teams opens to a white or blank window, or spins forever.\n- "We ran into a problem" or "We have run into an issue" with a Restart button.\n- It keeps asking the user to sign in, sometimes with codes such as caa7000a, caa20003 or 0xCAA20003.\n- Chats or status are out of date compared with Teams on the phone.',
      ],
      [
        'Cause',
        'A damaged local cache or a stuck sign-in token. Wrong PC date and time and a second work account registered in Windows also cause sign-in loops.',
      ],
      [
        'Fix',
        steps(
          'Right-click Teams in the system tray > Quit (closing the window does not stop it).',
          'New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete the contents of %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.',
          'Classic Teams: delete the contents of %appdata%\\Microsoft\\Teams.',
          'Check the date, time and time zone are set automatically.',
          "Sign-in loop: Settings > Accounts > Access work or school. Remove any old or personal work accounts that are not the user's current one, then restart.",
          'Start Teams and sign in again. If it still fails, uninstall and reinstall Teams from Company Portal.',
        ),
      ],
      [
        'Escalation',
        'If Teams web (teams.microsoft.com) also fails for the user, it is an account or licence problem: escalate to L2.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Microsoft 365: OneDrive & SharePoint
  article(
    'ah-onedrive-sync',
    'OneDrive or SharePoint files not syncing',
    null,
    'Microsoft 365/OneDrive and SharePoint',
    [
      [
        'Symptoms',
        '- Red X or two-arrow "sync pending" icons on files and folders.\n- OneDrive shows "Processing changes" for hours; colleagues do not see the user\'s changes.\n- Duplicate files with the PC name added (for example Budget-LAPTOP01.xlsx): sync conflicts.\n- "The file name or path is too long", "Upload blocked" or "Can\'t sync this item".',
      ],
      [
        'Cause',
        'Files open in another app, paths longer than 400 characters, characters SharePoint does not accept, the sync client signed out, or the same library added both as a shortcut and as a synced library. Conflicts happen when two people edit the same file offline.',
      ],
      [
        'Fix',
        steps(
          'Click the OneDrive cloud icon in the taskbar and read the errors listed; sign in if it asks.',
          'Close the files shown as in use, then Pause syncing and Resume.',
          'Path too long: shorten the folder names near the top of the tree, or move the folder higher up. Do not create deep copies of client folders inside other client folders.',
          'Rename files with characters such as " * : < > ? / \\ | or leading spaces.',
          'Conflicts: open both copies, keep the right one, delete the PC-named copy. Teach the user to open shared files from Teams or the browser so co-authoring works.',
          'A library should either be synced or added with "Add shortcut to My files", not both: remove one.',
          'Still stuck: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, wait two minutes and start OneDrive from the Start menu.',
        ),
      ],
      [
        'Escalation',
        'A library over 300,000 items will not sync reliably: escalate to L2 to plan a restructure.',
      ],
    ],
  ),
  article(
    'ah-sharepoint-access',
    'SharePoint and Teams files: "You need access" and external sharing links',
    null,
    'Microsoft 365/OneDrive and SharePoint',
    [
      [
        'Symptoms',
        '- An internal user opens a link to a file or folder and sees "You need access" or "Access denied" with a Request access button.\n- An outside person (auditor, customer, accountant) cannot open a file shared with them, is asked for a verification code that does not arrive, or sees "That account does not exist".\n- A link that used to work now says it has expired.',
      ],
      [
        'Cause',
        'Access to a SharePoint site follows membership of its Team or site group. Corrib\'s baseline makes "Anyone" links unavailable and sets external links to expire after 30 days. Outside people open "Specific people" links by proving they own the email address with a one-time code.',
      ],
      [
        'Fix',
        steps(
          'Internal user: pressing Request access is fine; the site owner gets an email to approve it. For lasting access the Team owner adds the user to the Team. Check the client Hudu page for who owns sensitive sites (HR, finance) before adding anyone yourself.',
          'External person: share with "Specific people" using their exact email address.',
          'The verification code is emailed to that address from Microsoft and is valid for 15 minutes: ask them to check junk and any quarantine on their side, and to use the newest code.',
          'If sharing is greyed out or the address is refused, the site\'s external sharing is off: SharePoint admin centre > Sites > Active sites > site > Sharing. Only change it to "New and existing guests" with the client\'s approval.',
          'Expired links: reshare the file; the 30-day limit is a client policy.',
        ),
      ],
      [
        'Escalation',
        "Requests to open a whole site to external users go to the client's approver and then L2.",
      ],
    ],
  ),
  article(
    'ah-deleted-files',
    'Recover deleted or overwritten files in OneDrive, SharePoint and Teams',
    null,
    'Microsoft 365/OneDrive and SharePoint',
    [
      [
        'Symptoms',
        'A file or folder was deleted from OneDrive, a Teams channel or a SharePoint library, a file was saved over with the wrong content, or many files were changed at once (a bad sync or ransomware).',
      ],
      [
        'Fix: recycle bin',
        steps(
          'Deleted items stay in the site or OneDrive recycle bin for 93 days. Open the site (or OneDrive) in the browser > Recycle bin, select the items and Restore.',
          "Teams channel files live in the team's SharePoint site: from the channel Files tab choose Open in SharePoint, then Recycle bin.",
          'If it is not in the first-stage bin, check "Second-stage recycle bin" at the bottom of the page (site owners and admins).',
          'Search the library in the browser first: a sync client sometimes moves a folder rather than deleting it.',
        ),
      ],
      [
        'Fix: wrong version',
        steps(
          'In the browser, right-click the file > Version history.',
          'Open the older version to check it, then Restore. The current content becomes a new version, so nothing is lost.',
        ),
      ],
      [
        'Fix: many files',
        steps(
          'OneDrive: Settings > Restore your OneDrive, pick a date and time within the last 30 days.',
          'SharePoint library: Settings > Restore this library, same 30-day window. Everything changed after that time is rolled back, so agree the time with the site owner.',
        ),
      ],
      [
        'Escalation',
        'Older than 93 days, or purged from both bins: restore from Veeam Backup for Microsoft 365 (ah-veeam-m365-restore).',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Microsoft 365: licensing
  article(
    'ah-office-activation',
    'Office shows "Unlicensed Product" or will not activate',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        '- Red bar in Word, Excel or Outlook: "Unlicensed Product" or "Account notice: your account has been deactivated", and editing is disabled.\n- "Sorry, another account from your organisation is already signed in on this computer".\n- "You have reached the limit of installs" or the installer says the account does not include the desktop apps.',
      ],
      [
        'Cause',
        "The user's licence was removed or changed, their licence type has no desktop apps (Business Basic, E1 and F3 are web and mobile only), they are signed in on more than five PCs, or an old account is cached on the PC.",
      ],
      [
        'Fix',
        steps(
          'Microsoft 365 admin centre > Users > the user > Licences and apps: confirm Business Standard, Business Premium or E3 is assigned and Microsoft 365 Apps for business/enterprise is ticked under Apps.',
          'If the user only has Business Basic, they need an upgrade: raise a quote for the client to approve. Until then they can use Office on the web.',
          'Too many installs: the user signs in to myaccount.microsoft.com > Devices (or Office apps) and signs out of old PCs.',
          'In any Office app: File > Account > Sign out, close all Office apps, open Word and sign in with the work account.',
          'Cached wrong account: remove MicrosoftOffice16 and Office entries in Credential Manager, and old accounts under Settings > Accounts > Access work or school, then sign in again.',
          'Still unlicensed: run the Corrib NinjaOne script "Office licence reset" (clears the licence cache) and reopen Word.',
        ),
      ],
      [
        'Escalation',
        "Shared front-desk or kiosk PCs need shared computer activation set in Intune: escalate to L2 rather than signing in with one person's account.",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity: Entra ID, MFA, SSPR
  article(
    'ah-mfa-reregister',
    'New, reset or lost phone: re-registering Microsoft Authenticator',
    null,
    'Identity/MFA',
    [
      [
        'Symptoms',
        'The user has a new phone, has reset or lost their phone, and no longer gets the "Approve sign-in?" request with the number to enter. Codes from the app are rejected, or the approval still goes to the old phone.',
      ],
      [
        'Identity check first',
        "Before changing anyone's MFA, verify the caller: call them back on the mobile or desk number in the PSA contact, or get their manager to confirm in writing. Never reset MFA from an email request alone. Note how you verified in the ticket.",
      ],
      [
        'Fix: user still has the old phone',
        steps(
          'On a PC, the user goes to mysignins.microsoft.com > Security info > Add sign-in method > Microsoft Authenticator and scans the QR code with the new phone.',
          'They approve a test notification, set the new phone as the default method, then Delete the old phone entry.',
        ),
      ],
      [
        'Fix: old phone gone',
        steps(
          'Entra admin centre > Users > the user > Authentication methods: delete the old Microsoft Authenticator and phone entries and click "Require re-register multifactor authentication".',
          'Create a Temporary Access Pass: one-time use, valid 60 minutes (up to 8 hours if the user is travelling to the office). Read it to the user on the phone; do not email it.',
          'The user signs in at aka.ms/mfasetup with the pass and registers Authenticator on the new phone.',
          'Remind them to turn on Authenticator backup (iCloud or Google account) so the next phone move is easier.',
        ),
      ],
      ['Escalation', 'Cannot verify identity: do not reset. Pass to the client contact and L2.'],
    ],
  ),
  article(
    'ah-sspr-reset',
    'Forgotten or expired password: self-service reset and laptop sign-in',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        '- The user has forgotten their password or gets "Your password has expired".\n- After resetting the password on a phone or at home, the laptop still only accepts the old password.',
      ],
      [
        'Fix: self-service',
        steps(
          'All Corrib clients have self-service password reset. The user goes to aka.ms/sspr (or clicks "Can\'t access your account?" on the sign-in page) and verifies with two methods (Authenticator and mobile number).',
          'Passwords must be at least 14 characters; Corrib recommends three or four random words.',
          'If the user never registered for SSPR, a tech can reset it: verify the caller as in ah-mfa-reregister, then reset in Entra admin centre (cloud-only clients) or Active Directory Users and Computers (hybrid clients) and tick "User must change password at next logon".',
        ),
      ],
      [
        'Fix: laptop still wants the old password',
        steps(
          'Hybrid-joined laptops cache the old password until they can reach a domain controller. Connect to the office network or the VPN (sign in to Windows with the old password, connect Sophos Connect with the new one).',
          'Lock the screen (Win+L) and unlock with the new password; this updates the cached credentials.',
          'Entra-joined laptops need internet access at the sign-in screen: connect to Wi-Fi from the network icon on the lock screen and sign in with the new password.',
          'Update the password on the phone mail app and any mapped drive prompts, or the account may lock out (see ah-account-lockout).',
        ),
      ],
    ],
  ),
  article(
    'ah-account-lockout',
    'Account locked out, or locks again straight after unlocking',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        '- Windows: "The referenced account is currently locked out and may not be logged on to".\n- Microsoft 365: "Your account is temporarily locked to prevent unauthorised use".\n- The account is unlocked and locks again within minutes or every morning, often just after a password change.',
      ],
      [
        'Cause',
        'On-premises AD locks after 10 bad attempts for 15 minutes. Repeat lockouts almost always come from a device still trying the old password: a phone mail app, a second PC left signed in, saved mapped-drive credentials, the staff Wi-Fi on a phone, or a scheduled task. Entra smart lockout can also lock cloud sign-ins when someone outside is guessing the password.',
      ],
      [
        'Fix',
        steps(
          'Unlock: ADUC > user > Account > tick Unlock account (hybrid clients), or wait 15 minutes for Entra smart lockout to clear.',
          'Find the source: run the NinjaOne script "Lockout source" against the client\'s PDC; it reads event ID 4740 and shows the Caller Computer Name.',
          'Caller is a PC: on that PC clear old entries from Credential Manager (Windows Credentials) and sign the user out of stale sessions.',
          "Caller is blank or the Exchange server, or the lockouts follow a password change: update or remove the work account on the user's phone mail app and forget and rejoin the staff Wi-Fi on the phone.",
          'Check Entra sign-in logs for the user. Many failed sign-ins from unfamiliar countries or IPs mean password guessing: follow ah-compromised-account.',
        ),
      ],
    ],
  ),
  article(
    'ah-ca-blocked',
    'Sign-in blocked by Conditional Access: travelling abroad or non-compliant device',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        '- "You can\'t get there from here" or "Your sign-in was successful but does not meet the criteria to access this resource".\n- "This application contains sensitive information and can only be accessed from devices that meet your organisation\'s management compliance policy".\n- Error codes 53003, 53000 or 530002, often when the user is abroad or on a personal computer.',
      ],
      [
        'Cause',
        'The Corrib baseline Conditional Access policies: block sign-ins from outside Ireland, the UK and the EU; require an Intune-compliant device for desktop apps; block legacy authentication. Personal PCs only get browser access.',
      ],
      [
        'Checks',
        'Entra admin centre > Users > the user > Sign-in logs > the failed sign-in > Conditional Access tab shows which policy blocked it and the location recorded.',
      ],
      [
        'Fix',
        steps(
          "Travel outside the allowed countries: get the user's manager (or the client approver) to confirm by email, then add the user to the group CA-Travel-Exception with an end date matching the trip. Put a reminder on the ticket to remove them.",
          'Non-compliant company device: Intune > Devices > the device > Device compliance shows the failing setting (BitLocker off, OS out of date, Defender or Sophos not reporting). Fix that, then Company Portal > Settings > Sync.',
          'Personal PC: tell the user to use Outlook and Teams in the browser; desktop apps on personal PCs are blocked by design.',
          'Old mail apps using basic authentication cannot be allowed: switch the user to Outlook.',
        ),
      ],
      ['Escalation', 'Do not edit or exclude users from the policies themselves; escalate to L2.'],
    ],
  ),
  // ---------------------------------------------------------------- Intune & Autopilot
  article(
    'ah-autopilot',
    'New laptop setup with Autopilot fails or hangs',
    null,
    'Endpoints/Intune and Autopilot',
    [
      [
        'Symptoms',
        '- The laptop does not show the client\'s company branding at sign-in.\n- "Something went wrong" with 80180014 or 80180018 during enrolment.\n- The Enrollment Status Page sits on "Device setup: Apps (2 of 6)" or "Identifying" for over an hour, or times out with 0x800705b4.',
      ],
      [
        'Checks',
        '- Intune > Devices > Windows > Enrollment > Devices: the serial is listed, has the client\'s group tag and Profile status "Assigned".\n- The user has an Intune licence and is under the device limit.\n- Network: wired, or Wi-Fi without a captive portal or guest login page.',
      ],
      [
        'Fix',
        steps(
          'Not in the Autopilot list: the hash was not uploaded by the supplier. Run Get-WindowsAutopilotInfo -Online from Shift+F10 at OOBE, or ask L2 to get Dell/Lenovo to register it.',
          '80180014: a reused or returned laptop still has an old Intune device record. Delete the device from Intune > Devices > All devices (not the Autopilot record), wait 15 minutes and click Retry.',
          'Stuck on Apps: wait the full 60 minutes, then check Intune > the device > Managed apps to see which app is failing. Note it in the ticket for L2 and click Continue anyway if offered.',
          'Timeout: check the network, then choose Reset or Try again on the error page.',
          'Repeated failure: reinstall Windows 11 from the Corrib USB and start again.',
        ),
      ],
      ['Escalation', 'A required app failing for every new device is a packaging fault: escalate to L2.'],
    ],
  ),
  article(
    'ah-company-portal-apps',
    'Installing software: Company Portal and failed app installs',
    null,
    'Endpoints/Intune and Autopilot',
    [
      [
        'Symptoms',
        '- The user needs a program installed and has no admin rights.\n- An app in Company Portal shows "Install failed", error codes such as 0x87D1041C or 0x80070643, or sits on Downloading.',
      ],
      [
        'Fix: getting software',
        steps(
          'The user opens Company Portal from the Start menu and checks Apps. Approved software (Zoom, Adobe Reader, 7-Zip, printer packs, headset apps) installs from there with no ticket needed.',
          "Not listed: the request needs the line manager's approval in the ticket, and paid software (Visio, Project, Adobe Acrobat Pro) needs a licence bought first. L2 packages it and assigns it to the user.",
          'Do not give users local admin rights to install things themselves; this is the same for every client.',
        ),
      ],
      [
        'Fix: failed install',
        steps(
          'Company Portal > Settings > Sync, restart the PC, and retry the install.',
          'Check the Microsoft Intune Management Extension service is running.',
          'Read the log at C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\AppWorkload.log (IntuneManagementExtension.log on older builds) for the app name.',
          '0x87D1041C means the installer ran but the detection rule did not find the app afterwards: check Apps & features; if the app is there and works, tell the user and pass the rule to L2.',
          '0x80070643 or 1618: another installer was running (often Windows Update). Retry after the updates finish.',
        ),
      ],
    ],
  ),
  article(
    'ah-mobile-app-protection',
    'Work email and Teams on phones: app protection and enrolment',
    null,
    'Endpoints/Intune and Autopilot',
    [
      [
        'Symptoms',
        '- Outlook or Teams on a phone says "Your organisation is now protecting its data in this app. You need to restart the app to continue", then asks for a PIN.\n- Copying text from Outlook into WhatsApp, Google Maps or other apps does nothing, or attachments cannot be saved to Photos.\n- The phone\'s built-in Mail or Gmail app stopped receiving work email.\n- Teams or Outlook says to "Get the Company Portal app".',
      ],
      [
        'Cause',
        'Personal phones use Intune app protection (MAM) without enrolment: work data stays inside Outlook, Teams, OneDrive and Edge, and cannot be pasted or saved to personal apps. Built-in mail apps cannot be protected, so they are blocked. Company-owned phones are fully enrolled.',
      ],
      [
        'Fix',
        steps(
          'Reassure the user this is expected, not a virus. Restart the app and set the 6-digit app PIN (or Face ID).',
          'Install Outlook, Teams and Microsoft Authenticator from the app store. On Android also install Company Portal; it only acts as a broker, the user does not need to enrol the phone.',
          'Remove the work account from the built-in Mail or Gmail app and add it to Outlook instead.',
          'Copy and paste out of work apps is blocked by policy. Addresses can be opened with Edge or the Outlook built-in map link.',
          'Company-owned phones: enrol with Company Portal (Android) or through Apple Business Manager (iPhone) as per the client Hudu page.',
        ),
      ],
      ['Escalation', 'Exceptions to the copy and paste restriction need the client approver and L2.'],
    ],
  ),
  // ---------------------------------------------------------------- Windows endpoints
  article('ah-slow-pc', 'Slow computer: triage and fixes', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'The PC takes a long time to start, programs freeze or show "Not responding", the fan runs loud constantly, or the user simply says "everything is slow".',
    ],
    [
      'Checks',
      '- Uptime in Task Manager > Performance > CPU. Fast Startup means "shutting down" does not restart Windows; days of uptime are common.\n- Task Manager Processes sorted by CPU, Memory and Disk.\n- NinjaOne device page: CPU and memory history, disk type (HDD or SSD), age of the device, free space.\n- Is OneDrive doing a first sync, or is a Sophos scan running?',
    ],
    [
      'Fix',
      steps(
        'Restart (Start > Power > Restart, not Shut down) and retest.',
        'Less than 15% free on C: makes everything slow: follow ah-low-disk-space.',
        'Task Manager > Startup apps: disable anything the user does not need at startup (updaters, Spotify, old printer utilities).',
        'Browsers with dozens of tabs eat memory: ask the user to close tabs and turn on Edge sleeping tabs.',
        'Install pending Windows and driver updates (ah-windows-update) and run Dell Command Update or Lenovo Vantage.',
        'If Sophos or Defender scanning is using high CPU in working hours, check the scheduled scan time in Sophos Central and move it to lunch time or overnight.',
        'Hardware: a spinning hard disk, less than 8 GB RAM, or a device over five years old needs a replacement or upgrade quote; note the NinjaOne figures in the ticket for the account manager.',
      ),
    ],
  ]),
  article('ah-low-disk-space', 'C: drive full or low disk space', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'The C: drive bar is red in File Explorer, Windows warns "Low disk space", updates fail for lack of space, or Outlook reports the data file has reached its maximum size.',
    ],
    [
      'Fix',
      steps(
        'Settings > System > Storage: turn on Storage Sense and run it now; it clears temp files and the recycle bin.',
        'Run Disk Cleanup as administrator (Clean up system files) and tick Windows Update Cleanup and previous Windows installations. This often frees 10-20 GB after a feature update.',
        'OneDrive: right-click the OneDrive folder > Free up space. Files stay online and download when opened.',
        'Run the NinjaOne script "Disk usage report" (WizTree) to find the big folders. Usual culprits: Downloads, Zoom and Teams recordings, old OST files from a previous profile, and copies of the whole file server.',
        'Outlook OST very large: reduce the offline slider (see ah-outlook-search) and delete old OST files in %localappdata%\\Microsoft\\Outlook that are not in use.',
        'Remove old user profiles of people who have left: System Properties > Advanced > User Profiles.',
        'Desktops only: powercfg /h off removes the hibernation file.',
      ),
    ],
    [
      'Escalation',
      'Drives of 128 GB or less will keep filling up: recommend an SSD upgrade or replacement to the account manager.',
    ],
  ]),
  article('ah-windows-update', 'Windows updates failing, stuck or restart loops', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      '- "Working on updates 100% complete. Don\'t turn off your computer" for a long time.\n- "We couldn\'t complete the updates. Undoing changes" and the PC restarts again.\n- Update errors such as 0x800f0922, 0x80070002 or 0x8024xxxx in Windows Update or NinjaOne.\n- The feature update (for example 24H2) never installs.',
    ],
    [
      'Cause',
      'Corrib patches through NinjaOne: a pilot ring on Patch Tuesday and everyone else seven days later, with a forced restart after 3 days. Failures are usually low disk space, a damaged update cache, or interrupted restarts.',
    ],
    [
      'Fix',
      steps(
        'If the screen shows progress or disk activity, leave it. Only hold the power button if nothing has changed for over 2 hours.',
        'After an "undoing changes" loop, let it finish and sign in. Check there is at least 20 GB free on C: (ah-low-disk-space).',
        'Run the NinjaOne script "Windows Update reset": it stops the update services, renames SoftwareDistribution and catroot2 and restarts them.',
        'From an admin prompt run DISM /Online /Cleanup-Image /RestoreHealth and then sfc /scannow.',
        '0x800f0922: disconnect any VPN and retry; on older PCs the recovery partition may be too small, escalate to L2.',
        'Retry the update from NinjaOne (Patch > Install now) and restart the PC.',
        'If the user is mid-deadline, defer the restart in NinjaOne for up to 24 hours, but do not exclude the device from patching.',
      ),
    ],
    ['Escalation', 'Three failed attempts after a reset: escalate to L2 for an in-place repair install.'],
  ]),
  article('ah-bitlocker-recovery', 'BitLocker recovery key screen at startup', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'The PC starts to a blue "BitLocker recovery" screen: "Enter the recovery key for this drive", showing a Key ID. Common after a BIOS or firmware update, a TPM change, a motherboard repair, or booting from a USB stick or dock.',
    ],
    [
      'Fix',
      steps(
        'Verify the caller (call-back to their PSA number). Never send a recovery key by email or chat.',
        'Ask for the first 8 characters of the Key ID shown on screen.',
        'Find the key: Entra admin centre > Devices > the device > BitLocker keys, or Intune > the device > Recovery keys. Hybrid clients may also have it on the computer object in AD (BitLocker Recovery tab). NinjaOne also stores keys on the device page.',
        'Match the Key ID, then read the 48-digit key to the user in groups of six.',
        'Once Windows is up, run manage-bde -status. If protection is off, run manage-bde -protectors -enable C:.',
        'Recurring prompts: there is usually a BIOS update pending. Suspend BitLocker for one restart (Suspend-BitLocker -MountPoint C: -RebootCount 1), run the update, and let it resume.',
        'Rotate the key afterwards: Intune > the device > BitLocker key rotation.',
      ),
    ],
    [
      'Escalation',
      'No key stored anywhere: escalate to L2 immediately. The drive may not be recoverable; data in OneDrive is safe.',
    ],
  ]),
  article(
    'ah-printer-queue',
    'Printer offline, jobs stuck in the queue, or printer missing on a PC',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        '- Windows shows the printer as Offline while others can print.\n- Jobs sit in the queue with "Error - Printing" or never leave the PC.\n- A new or rebuilt laptop does not have the office printer in its list.\n- Pages come out as random characters or symbols.',
      ],
      [
        'Cause',
        'Corrib deploys office printers from Intune as a "Printers - <site>" package (direct IP with the manufacturer PCL6 driver), or via Universal Print for some clients. A hung print spooler, an IP address change on the printer, or the wrong driver causes most faults.',
      ],
      [
        'Fix',
        steps(
          'Check the printer itself first: paper jam, error on the panel, toner message. Print a config page and compare its IP with the Hudu asset.',
          'If the IP changed, give the printer a DHCP reservation on the firewall or set it static again to the Hudu address.',
          'Clear the queue: run the NinjaOne script "Clear print spooler" (stops the spooler, empties C:\\Windows\\System32\\spool\\PRINTERS, restarts it).',
          'Printer missing: install "Printers - <site>" from Company Portal, or Settings > Bluetooth & devices > Printers & scanners > Add device for Universal Print.',
          'Symbols or garbage: the printer is using the wrong driver (often PostScript or a generic driver). Remove it and reinstall from Company Portal.',
          'Untick "Use Printer Offline" in the queue menu, and turn off "Let Windows manage my default printer" so jobs go where the user expects.',
        ),
      ],
      [
        'Escalation',
        "Hardware faults (noises, creased paper, fuser errors) go to the client's copier lease company; the contact is in the Hudu printer asset.",
      ],
    ],
  ),
  article(
    'ah-scan-to-email',
    'Copier scan to email or scan to folder stopped working',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        'The multifunction copier shows "Send error", "SMTP connection error", "Authentication failed" or "Cannot connect to destination" when scanning. Copying and printing still work.',
      ],
      [
        'Cause',
        "Copiers send scans either through the Microsoft 365 SMTP relay connector, which only accepts mail from the site's static public IP, or by signing in as the scanner@ mailbox (SMTP AUTH). A changed public IP, an expired or reset scanner@ password, or a disabled SMTP AUTH setting stops scan to email. Scan to folder fails when the scan account password changed, or the copier only speaks SMB1.",
      ],
      [
        'Fix',
        steps(
          'Check the copier asset in Hudu to see which method the site uses.',
          'Relay: check the site\'s current public IP (whatismyip from a PC on site) against Exchange admin centre > Mail flow > Connectors > "Copier relay - <client>". If the ISP changed the IP, update the connector.',
          'SMTP AUTH: sign in as scanner@ in a browser to confirm the password from Hudu works. If it was reset, enter the new one in the copier web page (Address book / SMTP settings). Check Authenticated SMTP is still enabled for that mailbox in the Microsoft 365 admin centre > Mail.',
          "Scan to folder: confirm the scan user's password in the copier address book, that the share still exists and the user has Modify rights, and that SMB2/SMB3 is enabled in the copier network settings.",
          'Send a test scan and check the message trace if it still does not arrive.',
        ),
      ],
      [
        'Escalation',
        'Copiers that only support SMB1 or old TLS need a firmware update from the lease company.',
      ],
    ],
  ),
  article('ah-mapped-drives', 'Mapped network drives missing or showing a red X', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'The S:, P: or other shared drive is missing from This PC, shows a red X and "Disconnected network drive", or Windows says "Could not reconnect all network drives" at sign-in.',
    ],
    [
      'Cause',
      'Drives are mapped at sign-in, by group policy for clients with an on-site server or by an Intune script for cloud-joined laptops. If the PC is not on the office network or the VPN at that moment, the mapping fails. Each drive is only mapped for members of its security group.',
    ],
    [
      'Fix',
      steps(
        'Away from the office: connect Sophos Connect VPN first (ah-vpn), then continue.',
        'Double-click the "Reconnect drives" shortcut on the desktop, or open a command prompt and run gpupdate /force, then sign out and back in.',
        'Test the path directly: type the UNC path from the client Hudu page (for example \\\\server\\shared) into File Explorer. If it opens, the mapping is the problem, not the server.',
        'If Windows asks for a password, remove old entries for the server in Credential Manager and try again.',
        'Drive missing for one user only: check they are in the right security group in AD (hybrid) or Entra (cloud) for that drive.',
        'Nobody can reach the server: check the server in NinjaOne and escalate.',
      ),
    ],
  ]),
  article(
    'ah-docking-monitors',
    'External monitors, docking station or USB devices on the dock not working',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        '- External screens show "No signal" or only one of two monitors works.\n- Keyboard, mouse or network through the dock stop working.\n- The laptop does not charge from the dock.\n- Screens flicker or go black for a second.',
      ],
      [
        'Checks',
        'Dock model in Hudu (Dell WD19S, WD22TB4, or HP USB-C G5). Is the dock light on? Is the USB-C cable in the laptop port marked with the Thunderbolt or DisplayPort symbol?',
      ],
      [
        'Fix',
        steps(
          'Press Win+P and choose Extend. Settings > System > Display > Multiple displays > Detect.',
          'Check the monitor input button is set to the right source (DisplayPort or HDMI).',
          'Power reset the dock: unplug the dock power and the laptop cable for 30 seconds, plug power first, then the laptop.',
          'Update the dock firmware and laptop drivers with Dell Command Update (or HP Image Assistant). Dock firmware fixes most USB and charging faults.',
          'Try the other USB-C port on the laptop and swap the display cable.',
          'Two monitors from one DisplayPort need daisy-chain (MST) support; otherwise use one DisplayPort and one HDMI on the dock.',
          'Flicker: replace the cable first, then lower the refresh rate in Advanced display settings.',
        ),
      ],
      [
        'Escalation',
        'Still failing on a second laptop: swap the dock from Corrib spare stock and RMA the faulty one.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Networking
  article('ah-wifi', 'Office Wi-Fi will not connect or keeps dropping', null, 'Networking/Wi-Fi', [
    [
      'Symptoms',
      'A laptop or phone cannot join the office Wi-Fi ("Can\'t connect to this network"), joins with "No internet", or drops every few minutes, while other devices are fine.',
    ],
    [
      'How the office Wi-Fi is set up',
      '- Corrib sites use UniFi access points. Company laptops join the corporate SSID (the client name, for example KMS-Corp) with certificate authentication pushed by Intune; they never need a password.\n- Staff phones and personal devices use the "-Staff" SSID with a pre-shared key. The key is rotated every quarter and is in the client\'s Hudu Wi-Fi asset.\n- Guest networks and their login pages are client-specific; see the client\'s own runbook.',
    ],
    [
      'Fix',
      steps(
        'Confirm the device is on the right SSID (laptop on Corp, phone on Staff).',
        'Forget the network and reconnect. For a phone, give the user the current Staff key from Hudu; the quarterly change is the usual reason phones stop connecting.',
        'Company laptop fails on Corp: the Wi-Fi certificate comes from Intune. Company Portal > Settings > Sync, restart, and check the device is compliant (ah-ca-blocked).',
        'Drops: update the Wi-Fi driver with Dell Command Update or Lenovo Vantage, and in Device Manager > the Wi-Fi adapter > Power Management untick "Allow the computer to turn off this device".',
        "In the UniFi controller check the access points are online and look at the client's signal strength and which AP it is on.",
        'Poor signal in one area: note the AP name and signal in the ticket and raise it with the account manager for a site survey.',
      ),
    ],
  ]),
  article('ah-vpn', 'Sophos Connect VPN will not connect from home', null, 'Networking/VPN', [
    [
      'Symptoms',
      '- Sophos Connect shows "Connection failed", stays on "Connecting", or says "Authentication failed".\n- It connects but the server, mapped drives or line-of-business app still cannot be reached.\n- It drops every few minutes.',
    ],
    [
      'How it works',
      'Sophos Connect uses a provisioning file from Company Portal. Users sign in with their normal work username and password, followed immediately by the 6-digit code from the Sophos Authenticator entry in their authenticator app (password and code typed together in the password box, no space).',
    ],
    [
      'Fix',
      steps(
        "Authentication failed: check the user is adding the current 6-digit code straight after the password, that the phone's time is set automatically, and that the password was not changed recently (new password needed).",
        'Connection failed: make sure the home internet works. In hotels or cafes, open a browser and accept the Wi-Fi terms first.',
        'Right-click the connection in Sophos Connect > Update policy. If the office IP changed, reinstall "Sophos Connect - <client>" from Company Portal to get the new provisioning file.',
        'Connected but nothing reachable: run ipconfig. If the home router uses the same range as the office (for example both 192.168.1.x), traffic never reaches the tunnel. Corrib sites use 10.x ranges; report any site still on 192.168.1.x to L2 and, as a workaround, ask the user to use their phone hotspot.',
        'Check the user is in the VPN Users group on the firewall (Sophos Firewall > Authentication > Users).',
        'Reinstall Sophos Connect from Company Portal if the client shows errors about the service.',
      ),
    ],
    ['Escalation', 'Nobody can connect: check the firewall in Sophos Central and escalate as a site issue.'],
  ]),
  article(
    'ah-no-internet',
    'No internet on one PC or a whole site: DHCP and DNS checks',
    null,
    'Networking/LAN',
    [
      [
        'Symptoms',
        '- "No internet, secured" or a globe icon on one PC while others are fine.\n- Websites do not load but Teams still connects.\n- Everyone at a site has lost internet, phones included.',
      ],
      [
        'Fix: one PC',
        steps(
          'Run ipconfig /all. An address starting 169.254 means the PC got no address from DHCP.',
          '169.254: check the network cable and try another wall port or switch port. If several PCs have it, the DHCP scope may be full: check leases on the firewall or server and remove stale ones, or shorten the lease time.',
          "Valid address but sites do not load: run nslookup microsoft.com. If it fails, ipconfig /flushdns and check the DNS servers listed are the client's DC or firewall from Hudu, not something left over from a home router.",
          'Disable and re-enable the adapter, or restart the PC.',
          'Only some sites fail with a block page or certificate error: see ah-web-filter.',
        ),
      ],
      [
        'Fix: whole site down',
        steps(
          'Check NinjaOne and Sophos Central: if the firewall is offline, ask someone on site to check the ISP router lights and power-cycle the ISP router, then the firewall.',
          'Sites with 4G failover should come back on the backup line within 2 minutes; if not, check the failover device.',
          'Ring the ISP (Eir, Vodafone, Siro or Virgin Media) with the circuit ID from the Hudu network asset and log the fault reference in the ticket.',
          'Raise the ticket to P1 and update the client contact every 30 minutes.',
        ),
      ],
    ],
  ),
  article(
    'ah-web-filter',
    'Website blocked by the Sophos web filter, or certificate warnings in the office',
    null,
    'Networking/Firewall',
    [
      [
        'Symptoms',
        '- A Sophos block page: "Access to this site is blocked" with a category such as Uncategorised, Newly registered websites or Social networking.\n- "Your connection isn\'t private" (NET::ERR_CERT_AUTHORITY_INVALID) on some websites, only when in the office.\n- Downloads fail while browsing in the office.',
      ],
      [
        'Cause',
        'Sophos Firewall applies the Corrib web policy with HTTPS decryption. The block page shows the category. Certificate warnings appear when a device does not trust the Sophos certificate used for decryption, or when a site (banking, government portals) breaks under decryption.',
      ],
      [
        'Fix',
        steps(
          'Ask the user for the full URL and the category on the block page (a screenshot is best).',
          'Single site with a business need: add the domain to the "Allowed sites" URL group on the firewall (Web > URL groups). Whole categories can only be unblocked with the client approver named in Hudu.',
          'Miscategorised site: submit it to Sophos for reclassification as well.',
          'Certificate warnings on a company device: the Sophos CA certificate is pushed by Intune. Run Company Portal > Settings > Sync and restart; check the certificate is in Trusted Root Certification Authorities.',
          'Certificate warnings on one site only (bank, Revenue, government): add the domain to the "Decryption exclusions" list on the firewall.',
          'Personal devices on the Staff Wi-Fi will always show warnings on decrypted sites: they should use the staff network without decryption or mobile data.',
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Phones: 3CX
  article(
    'ah-3cx-deskphone',
    'Desk phone not working: no dial tone, unregistered or one-way audio',
    null,
    'Phones/3CX',
    [
      [
        'Symptoms',
        '- The Yealink desk phone shows "Account unregistered", "No service" or "Network unavailable", and there is no dial tone.\n- One-way audio: the user can hear the caller but the caller cannot hear them, or the reverse.\n- The phone screen is blank.',
      ],
      [
        'Checks',
        'The phone has two network ports: the cable from the wall must go in the Internet (LAN) port, the PC cable in the PC port. Phones are powered over the network (PoE) unless a power brick is listed in Hudu.',
      ],
      [
        'Fix',
        steps(
          'Blank screen: check the wall cable is in the LAN port; try another wall port. Check the switch port has PoE in the UniFi controller.',
          'Unregistered: unplug the phone for 10 seconds. In the 3CX admin console > Phones, check the phone shows as registered; if not, select it and Reprovision.',
          'Wrong extension on the phone after a desk swap: reassign the MAC address to the right user in 3CX > Phones, then Reprovision.',
          'One-way audio on one phone: swap the handset cord or headset first.',
          'One-way audio for several users: SIP ALG must be off on the ISP router and the firewall; check nothing was changed after ISP work. Check the 3CX firewall checker passes.',
          'Nobody in the office can call out or in: check the SIP trunk is green in the 3CX dashboard and the provider status page (Blueface), and follow ah-no-internet if the site is offline.',
        ),
      ],
    ],
  ),
  article('ah-3cx-app', '3CX app on mobile or PC: not ringing or cannot sign in', null, 'Phones/3CX', [
    [
      'Symptoms',
      '- The 3CX app on the user\'s mobile does not ring when their extension is called, or calls go straight to voicemail.\n- The app says "Could not connect to PBX" or needs to be set up again on a new phone.\n- The 3CX web client on the PC does not ring or has no audio.',
    ],
    [
      'Fix',
      steps(
        'New phone or "could not connect": from the 3CX welcome email (or 3CX admin > Users > the user > Send welcome email), scan the QR code in the app.',
        'Not ringing on iPhone: Settings > Notifications > 3CX must allow notifications and Time Sensitive notifications; Focus modes can silence calls.',
        'Not ringing on Android: allow notifications and set Battery > Unrestricted for the 3CX app so the system does not put it to sleep.',
        'In the app, check the status is Available and not Do Not Disturb or Away, which send calls to voicemail.',
        'PC: use the 3CX web client in Edge or Chrome with the 3CX extension; allow the browser to use the microphone and choose the headset in Settings > Audio/Video.',
        'If the desk phone rings but the app does not, check in the web client > Status > the current status profile that "Ring my mobile app" is on.',
      ),
    ],
    [
      'Escalation',
      'App rings for nobody at the client: check the 3CX server and push notification status in the 3CX admin console and escalate to L2.',
    ],
  ]),
  article('ah-3cx-forwarding', 'Call forwarding, voicemail and office hours on 3CX', null, 'Phones/3CX', [
    [
      'Symptoms',
      'The user wants calls to follow them to their mobile, has forgotten their voicemail PIN, wants to change the greeting, is not getting voicemails by email, or calls go to voicemail too quickly. Or the office needs bank holiday closures set.',
    ],
    [
      'Fix: forwarding',
      steps(
        'In the 3CX web client > Status, each status (Available, Away, Out of office) has its own forwarding rules.',
        'For "ring my mobile", set the Available rule "If no answer within 20 seconds" to forward to the mobile number, or set Away to forward straight to the mobile.',
        'Change the no-answer timeout there too if voicemail picks up too soon (default 20 seconds).',
      ),
    ],
    [
      'Fix: voicemail',
      steps(
        'PIN: 3CX admin console > Users > the user > Voicemail > set a new PIN and read it to the user.',
        'Greeting: dial 999 from the desk phone, enter the PIN, and follow the prompts to record a new greeting.',
        'Voicemail to email: the user\'s email address must be set on the user in 3CX and "Send voicemail to email" ticked. If set, check quarantine (ah-mail-quarantine).',
      ),
    ],
    [
      'Fix: office hours and holidays',
      'Admin console > Office Hours sets the company hours; Holidays lists closure days. Corrib adds Irish bank holidays for every client in January; add extra closures (Christmas week, stocktake days) when the client asks. Calls outside hours follow each number\'s "Outside office hours" route.',
    ],
  ]),
  // ---------------------------------------------------------------- Backup & restore
  article(
    'ah-veeam-file-restore',
    'Restoring files and folders from the server backup',
    null,
    'Backup/Veeam',
    [
      [
        'Symptoms',
        'A user deleted or overwrote a file or folder on the office file server (a mapped drive such as S:) and needs it back from earlier today, yesterday or last month.',
      ],
      [
        'Fix: earlier today or this week',
        steps(
          "On the user's PC, right-click the folder that contained the file > Properties > Previous Versions. Corrib servers keep shadow copies at 07:00 and 12:00 for 7 days.",
          'Open the version to find the file, then Copy it to the desktop rather than Restore, so the current copy is not overwritten.',
        ),
      ],
      [
        'Fix: from Veeam',
        steps(
          "Connect to the client's Veeam Backup & Replication console (server name in Hudu).",
          'Home > Backups > Disk > the file server job > right-click the server > Restore guest files > Microsoft Windows.',
          'Pick the restore point before the deletion. Retention is 30 daily points plus 12 monthly points.',
          'Browse to the folder. For a deleted item, Restore > Restore to original location. For an overwritten file, choose Copy To and save it alongside with the date in the name.',
          "Whole folders or more than 1 GB: get the data owner's approval first and tell users not to work in that folder during the restore.",
          'Record the path and restore point in the ticket.',
        ),
      ],
      [
        'Escalation',
        'Restore point missing or the job failed that night: see ah-backup-failed and escalate to L2.',
      ],
    ],
  ),
  article(
    'ah-veeam-m365-restore',
    'Restoring email, OneDrive or SharePoint from Veeam Backup for Microsoft 365',
    null,
    'Backup/Veeam',
    [
      [
        'Symptoms',
        'The user needs an email, folder or file deleted longer ago than Microsoft keeps it: emails gone from Deleted Items and "Recover deleted items" (14-30 days), files older than the 93-day recycle bin, or data belonging to someone who left and whose account has since been removed.',
      ],
      [
        'First check',
        'Try "Recover deleted items" in Outlook (Deleted Items folder > top of the list) and the SharePoint or OneDrive recycle bin (ah-deleted-files) first: they are quicker.',
      ],
      [
        'Fix',
        steps(
          'Open the Corrib Veeam Backup for Microsoft 365 console > Organizations > the client. Backups run every 6 hours and are kept for 3 years unless the client Hudu page says otherwise.',
          'Right-click the organisation > Explore > pick a restore point before the deletion (for old mail, the latest point still contains it if it was ever backed up).',
          'Exchange: find the mailbox and folder, select the items > Restore to original location. They appear in a folder called Restored items. To give mail to someone else, use Export to PST or Send.',
          'Mailbox of a leaver whose account is deleted: restore or export to PST and give it to the manager through a SharePoint link.',
          'OneDrive and SharePoint: browse to the file or folder > Restore > Keep original (adds a copy) rather than Overwrite.',
          'Note the restore point and items restored in the ticket.',
        ),
      ],
      [
        'Escalation',
        'If a restore of legal or compliance data is requested by someone other than the data owner, get the client approver to confirm first.',
      ],
    ],
  ),
  article(
    'ah-backup-failed',
    'Backup job failed or finished with warning (tech runbook)',
    null,
    'Backup/Veeam',
    [
      [
        'Symptoms',
        'Alert from NinjaOne or Veeam email: "Job finished with Failed" or "Warning" for a client job (for example FS01-Daily or Offsite-Copy). Common messages: "Failed to create VM snapshot", "VSS error: writer ... failed", "Not enough free space on repository", "Failed to connect to object storage".',
      ],
      [
        'Fix',
        steps(
          'Open the job session in the Veeam console and read the first error, not the last one.',
          'VSS writer errors: on the protected server run vssadmin list writers; restart the service of the failed writer (SQL Writer, Exchange, IIS) or reboot the server out of hours.',
          'Snapshot errors on Hyper-V or VMware: check for leftover checkpoints or snapshots and remove or consolidate them, then retry.',
          'Repository full: check retention settings and remove backups of servers that were decommissioned (Backups > Disk (Orphaned)). Do not delete active chains.',
          'Offsite copy to Wasabi failing: check the site internet connection and that the bucket credentials in Veeam have not expired (Backup Infrastructure > Cloud credentials).',
          'Retry the job and confirm it completes. Note the fix in the ticket.',
        ),
      ],
      [
        'Escalation',
        'Two failures in a row on the same job: raise to P2, tell L2 and the account manager. Never leave a client without a good backup over a weekend.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'ah-phishing',
    'Suspicious email, phishing link clicked, or payment fraud attempt',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        '- The user reports an odd email: "your mailbox will be deleted", a fake invoice or shared document, a delivery notice.\n- The user clicked a link or opened an attachment.\n- A "manager" asks for gift cards or an urgent transfer, or a supplier emails new bank details.',
      ],
      [
        'Fix',
        steps(
          'Not clicked: ask the user to use the Report button in Outlook (Report > Phishing) and delete it. Thank them; never make them feel silly for asking.',
          'Clicked the link but typed nothing: run a Sophos scan from Sophos Central and check the Defender for Office 365 click record. Usually no further action.',
          'Typed their password into the page: treat the account as compromised now; follow ah-compromised-account.',
          'Opened an attachment or ran a file: follow ah-malware-alert.',
        ),
      ],
      [
        'Fix: clean up and payment fraud',
        steps(
          'Several users got it: Defender portal > Email & collaboration > Explorer, search by sender or subject, select all and Soft delete. Add the sender domain to the Tenant Allow/Block List as a block.',
          'Gift card or urgent payment requests from a "director": scam. The user should confirm with the person face to face or on a known phone number.',
          "Changed bank details: the client's finance staff must ring the supplier on a number already on file (not one in the email) before changing anything. Tell the client contact even if no money moved.",
        ),
      ],
    ],
  ),
  article(
    'ah-compromised-account',
    'Compromised Microsoft 365 account: containment and clean-up',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        '- Contacts say they received strange emails (shared documents, DocuSign, invoices) from the user.\n- Unknown messages in Sent Items, or mail vanishing because of inbox rules the user did not create.\n- Repeated "Approve sign-in?" requests the user did not trigger.\n- The user entered their password on a fake page, or Microsoft blocked the account from sending (5.7.520 / restricted entity).',
      ],
      [
        'Fix',
        steps(
          'Entra admin centre > the user: Block sign-in, then Revoke sessions.',
          'Reset the password to a new long one and give it to the user by phone.',
          'Authentication methods: delete any method the user does not recognise (attackers add their own phone or app) and Require re-register MFA.',
          'Exchange: remove suspicious inbox rules (Get-InboxRule -Mailbox user; often rules moving mail to RSS Feeds or Archive) and any forwarding to outside addresses.',
          'Entra > Enterprise applications > user consents: remove apps the user did not knowingly approve.',
          'Defender portal > Email & collaboration > Restricted entities: release the user if blocked from sending.',
          'Review sign-in logs and the audit log for what was accessed and sent, and add the findings to the ticket.',
          'Unblock sign-in, have the user re-register MFA, and send a short note to the contacts who received the emails.',
          'Tell the client contact. If personal data may have been accessed, the client must decide within 72 hours whether to notify the Data Protection Commission; escalate to the Corrib security lead to help.',
        ),
      ],
      [
        'Escalation',
        'Any evidence of payment redirection or mass data access: P1 to the Corrib security lead straight away.',
      ],
    ],
  ),
  article(
    'ah-malware-alert',
    'Sophos malware alert, ransomware or fake virus warning',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        '- Sophos Intercept X notification: "Malware detected", "PUA detected" or "Threat cleaned up".\n- Files on the PC or a shared drive renamed with strange extensions and a text file with ransom instructions.\n- A browser page or pop-up says the computer is infected and to call "Microsoft Support" on a number.',
      ],
      [
        'Fix: cleaned detections',
        steps(
          'In Sophos Central > Threat Analysis Center or Alerts, confirm the item was cleaned up or quarantined and see where it came from.',
          'PUA (potentially unwanted apps such as toolbars or free PDF converters): authorise it only if the client approves; otherwise let Sophos remove it.',
          'Run a full scan from Sophos Central, mark the alert resolved and close the ticket.',
        ),
      ],
      [
        'Fix: not cleaned, repeated, or ransomware',
        steps(
          'Isolate the device in Sophos Central (Devices > the device > Isolate). Tell the user to leave it powered on but unplug the network cable and turn off Wi-Fi.',
          'If shared drive files are being renamed, find the device in the Sophos event or file server logs and isolate it; stop the file share if it is spreading.',
          'Raise P1 to the Corrib security lead and do not restore anything until they say so.',
        ),
      ],
      [
        'Fix: fake virus warning',
        steps(
          'Close the browser with Task Manager. Do not call the number.',
          'Browser settings > Site permissions > Notifications: remove any sites allowed to send notifications.',
          "If the user already called the number and let someone connect: isolate the device as above, uninstall the remote tool they installed, reset the user's password (ah-compromised-account) and check with the client whether any bank details were given.",
        ),
      ],
    ],
  ),
  article('ah-lost-device', 'Lost or stolen laptop or phone', null, 'Security/Incidents', [
    [
      'Symptoms',
      'A user reports a company laptop or phone lost or stolen, or a personal phone with work email on it lost.',
    ],
    [
      'Fix',
      steps(
        'Get: device type, when and where it was lost, whether it was locked, and whether it has been reported to the Gardaí (ask for the report number for the insurer).',
        "Revoke the user's sessions in Entra and reset their password; they sign in elsewhere with the new one.",
        'Company laptop: Intune > the device > check BitLocker is reported as encrypted. Issue a Wipe (or Retire if it might be found within a day and the client prefers). Disable the device in Entra.',
        'Company phone: Intune > Wipe.',
        'Personal phone: Intune > Apps > App selective wipe for the user and device, which removes work data from Outlook and Teams only.',
        "If the phone held the user's Authenticator, delete it as a sign-in method and follow ah-mfa-reregister for the replacement phone.",
        "Sign the 3CX app out: reprovision the user's extension in 3CX so the old device stops ringing.",
        'Order a replacement and follow ah-autopilot when it arrives.',
      ),
    ],
    [
      'Escalation',
      'If the laptop was not encrypted, tell the client contact and the Corrib security lead: the client must assess a possible data breach.',
    ],
  ]),
  // ---------------------------------------------------------------- People: starters & leavers
  article('ah-new-starter', 'New starter setup', null, 'People/On- and offboarding', [
    [
      'What we need from the client',
      'Five working days before the start date, through the new starter form in the client portal or an email from an authorised contact: full name, job title, department, start date, manager, licence type, mailbox and Teams access (shared mailboxes, Teams, groups), phone extension needed, laptop needed or reused, and which line-of-business systems they need.',
    ],
    [
      'Steps',
      steps(
        'Create the user: in AD (hybrid clients, in the client OU so the sync picks it up) or in the Microsoft 365 admin centre (cloud clients). Use the client naming format in Hudu.',
        'Assign the licence and add the groups, Teams and shared mailboxes from the form.',
        'Laptop: assign the Autopilot device to the user, or run Autopilot reset on a reused one (ah-autopilot). Deliver or ship it for the start date.',
        '3CX: create the extension, set the caller ID, provision the desk phone, and send the welcome email.',
        "Line-of-business accounts are created by each client's app administrator (listed on the client Hudu page); send them the request with the start date.",
        'On day one: give the user a Temporary Access Pass by phone or via the manager (never in email) so they can set up MFA and their password.',
        'Close the ticket only after the user has signed in and tested email, Teams and printing.',
      ),
    ],
    [
      'Escalation',
      "Less than five working days' notice: tell the client contact what can be ready on day one (usually account and email) and what will follow.",
    ],
  ]),
  article(
    'ah-leaver',
    'Leaver offboarding: account, mailbox, files and devices',
    null,
    'People/On- and offboarding',
    [
      [
        'What we need',
        'An authorised client contact confirms the leaving date and time, who gets access to the mailbox and files, whether email should be forwarded or get an auto-reply, and where the devices are.',
      ],
      [
        'Steps',
        steps(
          'At the agreed time: block sign-in, reset the password and revoke sessions. Remove MFA methods.',
          'Convert the mailbox to a shared mailbox (Exchange admin centre > the mailbox > Convert to shared). It keeps all mail with no licence if under 50 GB.',
          'Give the manager Full Access to the shared mailbox (see ah-shared-mailbox). Set an auto-reply if requested. Only set forwarding if the client asks in writing.',
          'OneDrive: Microsoft 365 admin centre > the user > OneDrive > Create link to files; send it to the manager. Tell them the OneDrive is deleted 30 days after the account is removed, so they should move what they need to SharePoint.',
          'Remove licences and tell the client how many licences are now spare so they can reduce the subscription.',
          'Remove the user from groups, the VPN Users group and any shared calendars.',
          '3CX: reassign or delete the extension and point their direct dial to reception.',
          'Devices: collect the laptop and phone. Autopilot reset the laptop for reuse or wipe it; remove the user from Intune.',
          "Ask the client's app administrators to disable line-of-business accounts.",
        ),
      ],
      [
        'Escalation',
        'Contentious leavers (dismissals): do the account steps first, at the time the client gives, before the user is told.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Line-of-business apps used by many clients
  article(
    'ah-sage50-data',
    'Sage 50 Accounts: cannot open company data, "data in use" or version mismatch',
    null,
    'Applications/Sage 50 Accounts',
    [
      [
        'Symptoms',
        '- "Unable to access data", "Sage 50 Accounts cannot find the data" or "Cannot open company" on one or all PCs.\n- "Data in use by another process" or "another user is using this data".\n- After Sage updates on one PC, the others complain the version does not match or the data needs converting.\n- Sage is very slow over the VPN.',
      ],
      [
        'How it is set up',
        'Sage 50 Accounts (Ireland) data is on the client file server in a share such as \\\\server\\SageData, mapped as a drive. The Sage 50 Accounts Data Service runs on the server. Every PC must run the same Sage version.',
      ],
      [
        'Fix',
        steps(
          'One PC only: check the mapped drive to the Sage share is connected (ah-mapped-drives) and open the data path from the company list (File > Open > Open company > check the path).',
          'All PCs: on the server restart the "Sage 50 Accounts Data Service vXX" service.',
          'Data in use: ask everyone to exit Sage, check Task Manager for a leftover sg50svc or Sage process on each PC, then reopen. On the server check Computer Management > Shared Folders > Open Files and close files held by PCs that are off.',
          'Version mismatch: update every PC to the same version on the same day. The data is upgraded once, by the first PC to open it after the update, with everyone else out.',
          "VPN: Sage 50 over a VPN is slow and can damage data. Remote users should use the client's remote desktop server if they have one.",
          'Never move Sage data into OneDrive or SharePoint.',
        ),
      ],
      [
        'Escalation',
        'Data errors in Sage (check data fails): the client logs it with Sage Ireland under their SageCover contract.',
      ],
    ],
  ),
  article(
    'ah-ros-cert',
    'ROS (Revenue Online Service) certificate: new PC, cleared browser or expiry',
    null,
    'Applications/Revenue ROS',
    [
      [
        'Symptoms',
        '- The ROS login page says no certificate is found in this browser.\n- The user is moving to a new PC or a new browser and needs their ROS cert.\n- ROS warns the certificate is about to expire.',
      ],
      [
        'How ROS certificates work',
        "ROS digital certificates are stored inside the browser's local storage for ros.ie, per Windows user and per browser. Clearing browsing data or using a different browser makes them disappear. The certificate can be backed up as a .p12 file protected by the ROS password. Corrib cannot reset a ROS password: only Revenue can issue a new certificate.",
      ],
      [
        'Fix',
        steps(
          "Moving to a new PC: on the old PC go to the ROS login page > Manage certificates > Back up (export) the certificate to a .p12 file, saved to the client's finance folder (not emailed).",
          'On the new PC, in the same browser the user will use: ROS login page > Manage certificates > Import certificate, choose the .p12 and enter the ROS password.',
          'Cert vanished after clearing history: import it again from the .p12 backup. If there is no backup, the user must request a new certificate from Revenue (ROS > "Lost or forgotten" options).',
          "Prevent repeats: Corrib's browser policy keeps ros.ie storage when history is cleared; confirm the device has synced Intune policy (Company Portal > Sync).",
          'Expiring certificate: the user renews from the prompt after logging in to ROS, then makes a new backup .p12.',
          'Certificate errors only in the office: add ros.ie to the firewall decryption exclusions (ah-web-filter).',
        ),
      ],
    ],
  ),
  article(
    'ah-adobe-acrobat',
    'Adobe Acrobat: sign-in, licence and PDFs opening in the wrong app',
    null,
    'Applications/Adobe',
    [
      [
        'Symptoms',
        '- Acrobat asks the user to sign in, says "Your trial has expired" or switches to the free Reader features, so they cannot edit or combine PDFs.\n- PDFs open in Edge or in the wrong Adobe app.',
      ],
      [
        'Cause',
        "Acrobat Pro licences are named-user licences assigned in each client's Adobe Admin Console. If the user signs in with a personal Adobe ID, or their licence was moved to someone else, Acrobat falls back to Reader mode or trial. Windows updates sometimes reset the default PDF app to Edge.",
      ],
      [
        'Fix',
        steps(
          'Check the Adobe Admin Console (login in the client Hudu page) > Users: the user should have an Acrobat Pro product profile. If all licences are used, ask the client whether to buy one or move one from a leaver.',
          'In Acrobat: Help > Sign out, then sign in with the work email and choose "Company or school account" if asked.',
          'If Acrobat still shows trial, close all Adobe apps, run the Adobe Creative Cloud Cleaner Tool from Company Portal (sign-in cleanup only), and sign in again.',
          'Default app: Settings > Apps > Default apps > search .pdf > choose Adobe Acrobat. Or right-click a PDF > Open with > Choose another app > Adobe Acrobat > Always.',
          'One Acrobat app now covers Reader and Pro; uninstall any separate old Adobe Reader if two icons confuse the user.',
        ),
      ],
    ],
  ),
];

const CLIENT: BenchArticle[] = [
  // ---------------------------------------------------------------- Clew Bay Veterinary Group
  article(
    'ah-clewbay-ezyvet-printing',
    'Clew Bay: printing drug labels and invoices from ezyVet',
    clewbay,
    'Clients/Clew Bay Veterinary Group',
    [
      [
        'Setup',
        'Clew Bay runs ezyVet in Chrome at all three clinics (Westport, Castlebar, Ballina). Every consult room has a Dymo LabelWriter 550 for dispensing labels (Dymo 99012 labels, 36 x 89 mm); reception has a Brother laser for invoices and estimates. ezyVet prints through the normal Chrome print dialog, and Chrome remembers the last printer and settings used for the ezyVet site.',
      ],
      [
        'Symptoms',
        "- Dispensing labels print tiny in a corner, across two labels, or blank.\n- The Dymo flashes and the software says the label is not recognised.\n- Invoices go to the Dymo or to another room's printer.",
      ],
      [
        'Fix',
        steps(
          'In ezyVet print the label, and in the Chrome print dialog check: Destination = the Dymo for that room, More settings > Paper size = 99012 Large Address, Margins = None, Scale = Default (100), and untick Headers and footers. Print once; Chrome then remembers it.',
          'Invoices: in the print dialog choose the reception Brother (CBV-<clinic>-RECEPTION), paper A4. Because Chrome remembers the last printer, staff printing labels and invoices from the same PC must check the Destination each time.',
          'Label not recognised: the LabelWriter 550 only accepts genuine Dymo labels with the chip in the roll. Third-party rolls will not work; swap to a genuine roll from the practice stock.',
          'Blank labels: the roll is in upside down or is thermal paper for another model. Reload and press the form-feed button.',
          'Dymo missing from the list: reinstall "Dymo Connect" from Company Portal and reconnect the USB cable directly to the PC.',
        ),
      ],
      [
        'Escalation',
        'Template layout changes inside ezyVet are done by the Clew Bay practice manager, who is the ezyVet admin.',
      ],
    ],
  ),
  article(
    'ah-clewbay-xray',
    'Clew Bay: digital X-ray images not reaching the patient record',
    clewbay,
    'Clients/Clew Bay Veterinary Group',
    [
      [
        'Setup',
        "Castlebar and Westport each have a wireless DR panel and an acquisition PC (CBV-XRAY-CB and CBV-XRAY-WP) running the vendor's DR console. Images are sent by DICOM to the vendor's cloud PACS, which links them to the animal in ezyVet using the ezyVet animal ID. The acquisition PCs are vendor-managed: they are not on the domain and are excluded from NinjaOne patching.",
      ],
      [
        'Symptoms',
        '- Radiographs were taken but do not show on the animal\'s record in ezyVet after 15 minutes.\n- The console worklist shows the study with a red "Send failed" status.\n- The panel shows "Not ready" or an orange flashing light, or the console says "Detector disconnected".',
      ],
      [
        'Fix',
        steps(
          'On the acquisition PC check the study status. If Send failed: check the PC has internet (open the PACS web viewer), then right-click the study > Resend.',
          'If the study sent but is not on the record, the patient ID typed on the console probably does not match the ezyVet animal ID. Note both IDs and ask the vendor to reconcile the study; do not retake the images.',
          'Panel not ready or orange light: swap the panel battery for the charged spare in the charger on the X-ray room wall and wait for the panel to show green (about 1 minute).',
          'Detector disconnected after a battery swap: in the console choose Detector > Reconnect. The panel uses its own Wi-Fi access point in the X-ray room; check that AP has power.',
          'Do not run Windows Update, join the domain or install antivirus on the acquisition PCs: it breaks the vendor validation.',
        ),
      ],
      [
        'Escalation',
        'Vendor support contract number and hours are in the Clew Bay Hudu "Digital X-ray" asset.',
      ],
    ],
  ),
  article(
    'ah-clewbay-idexx',
    'Clew Bay: IDEXX lab results not appearing in ezyVet',
    clewbay,
    'Clients/Clew Bay Veterinary Group',
    [
      [
        'Setup',
        'Each clinic has an IDEXX VetLab Station (IVLS) connected to the in-house analysers (Catalyst chemistry, ProCyte haematology, SNAP Pro). The IVLS sends results to ezyVet through the IDEXX integration, and also to VetConnect PLUS. The IVLS PC is owned and managed by IDEXX and sits behind its own IDEXX SmartService router.',
      ],
      [
        'Symptoms',
        '- Bloods were run but the results do not appear against the consult in ezyVet.\n- The requested test does not show on the IVLS census list.\n- ezyVet shows the IDEXX integration as offline.',
      ],
      [
        'Fix',
        steps(
          'Results are usually safe in VetConnect PLUS: staff can open them there straight away so the consult is not delayed.',
          'On the IVLS screen check the network icon. If it is red, check the cable from the IVLS to the SmartService router and that the router has power and its lights are on.',
          'Restart the IVLS from its own menu (Shut down, then power on); never hold the power button while an analyser is running.',
          'Request not on the census list: the diagnostic request must be created in ezyVet with the IDEXX in-house option. Re-send it from ezyVet and check the animal name matches.',
          'In ezyVet Admin > Integrations > IDEXX, check the status and last sync time for the clinic.',
          'Do not change network settings on the IVLS or remove it from the SmartService router.',
        ),
      ],
      [
        'Escalation',
        'IDEXX technical support (number on the label on the IVLS) for anything on the IVLS or analysers; the clinic phones them with their account number.',
      ],
    ],
  ),
  article(
    'ah-clewbay-oohs-divert',
    'Clew Bay: out-of-hours divert to the emergency vet service',
    clewbay,
    'Clients/Clew Bay Veterinary Group',
    [
      [
        'Setup',
        'Outside opening hours, calls to each clinic number divert to West Coast Emergency Vets. Each clinic has its own office hours in 3CX (Ballina closes at 13:00 on Saturdays) and Irish bank holidays are in the 3CX holiday list. Reception phones in each clinic have a BLF key labelled NIGHT that forces the clinic into out-of-hours mode when they close early or late.',
      ],
      [
        'Symptoms',
        '- Phones keep ringing in an empty clinic after closing; callers are not sent to the emergency vets.\n- In the morning, callers are still put through to the emergency service.\n- Callers hear the voicemail greeting instead of being diverted.',
      ],
      [
        'Fix',
        steps(
          'Ask reception to check the NIGHT key on their phone. Light on = out-of-hours mode forced on. Pressing it toggles it. The most common cause of morning calls going to the emergency vets is NIGHT left on from the night before.',
          'If the light is off and the divert did not happen at closing time, check 3CX admin console > Inbound rules > the clinic number: "Outside office hours" must point to the external number for West Coast Emergency Vets (in Hudu), not to voicemail.',
          "Check the clinic's own office hours under the ring group or inbound rule settings (specific hours override the company hours).",
          'If it was a bank holiday, check Office Hours > Holidays includes it.',
          'Test by pressing NIGHT and calling the clinic number from a mobile, then press NIGHT again to turn it off.',
        ),
      ],
      [
        'Escalation',
        'A changed emergency vet number must come from the Clew Bay practice manager in writing.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Kilbride Mulcahy Solicitors
  article(
    'ah-kilbride-leap',
    'Kilbride: LEAP ribbon missing in Word or Outlook, or cannot save to the matter',
    kilbride,
    'Clients/Kilbride Mulcahy Solicitors',
    [
      [
        'Setup',
        'Kilbride runs LEAP (cloud practice management) with the LEAP Desktop app. LEAP adds a LEAP tab to Word and Outlook for creating documents from precedents and saving emails and documents to a matter. The add-ins only work while LEAP Desktop is running and signed in.',
      ],
      [
        'Symptoms',
        '- The LEAP tab has disappeared from Word or Outlook.\n- "Save to LEAP" or "Save to matter" is greyed out.\n- Documents opened from LEAP open read-only or do not save back.\n- LEAP Desktop shows Not Responding when it starts.',
      ],
      [
        'Fix',
        steps(
          'Make sure LEAP Desktop is open and signed in (LEAP icon in the system tray). Start it first, then open Word or Outlook.',
          'Tab missing: in Word or Outlook go to File > Options > Add-ins > Manage: COM Add-ins > Go and tick the LEAP add-in. If it is not listed there, check Manage: Disabled Items and enable it.',
          'Outlook disables slow add-ins: File > Manage COM Add-ins > LEAP > "Always enable this add-in".',
          'Greyed out or read-only: close the document, sign out of LEAP Desktop and back in, and reopen the document from the matter in LEAP rather than from Recent files.',
          'LEAP releases updates roughly monthly and users cannot install them: run the NinjaOne script "LEAP Desktop update" on the PC, then restart it.',
          'Office must be the 64-bit Microsoft 365 Apps build; if a PC was rebuilt with 32-bit Office, escalate to L2.',
        ),
      ],
      [
        'Escalation',
        "Matter, precedent or accounting problems are logged by Kilbride's practice manager with LEAP support directly.",
      ],
    ],
  ),
  article(
    'ah-kilbride-dictation',
    'Kilbride: Philips dictation (SpeechMike, foot control, SpeechLive)',
    kilbride,
    'Clients/Kilbride Mulcahy Solicitors',
    [
      [
        'Setup',
        'Solicitors dictate with a Philips SpeechMike Premium into Philips SpeechLive (cloud). Each author has a default typist. Legal secretaries transcribe in the SpeechLive web app in Chrome with a Philips ACC2330 foot control; the Philips SpeechLive Chrome extension and Philips Device Control Center must be installed for the SpeechMike buttons and foot control to work.',
      ],
      [
        'Symptoms',
        "- SpeechMike buttons do nothing, or the recorder says no device is connected.\n- The foot pedal does not play, rewind or fast forward.\n- Finished dictations do not appear in the secretary's list.",
      ],
      [
        'Fix',
        steps(
          'Plug the SpeechMike or foot control directly into the PC, not the monitor hub. Wait for Windows to finish detecting it.',
          'Check Philips Device Control Center is running (system tray). Install it and the SpeechLive Chrome extension from Company Portal if missing.',
          'In Chrome > Extensions, make sure "Philips SpeechLive" is enabled; reload the SpeechLive tab after plugging in.',
          'Foot control: in SpeechLive > Settings > Devices, the foot control must be selected for playback. Test it in the player.',
          'Dictations not reaching the typist: the author must press Finish (not just Save) so the status is "Done". In SpeechLive > Settings > Workflow, check the author\'s default recipient is the right secretary, and that absent secretaries have a substitute set.',
          'Update device firmware from Device Control Center if the buttons still fail.',
        ),
      ],
      ['Escalation', 'Faulty SpeechMikes go back to the Philips dealer under warranty; details are in Hudu.'],
    ],
  ),
  article(
    'ah-kilbride-encrypted-email',
    'Kilbride: sending encrypted email to clients',
    kilbride,
    'Clients/Kilbride Mulcahy Solicitors',
    [
      [
        'Policy',
        'Kilbride must encrypt any email with ID documents, bank details, medical reports or contracts. Staff either type [secure] anywhere in the subject line (a mail flow rule encrypts it) or use Encrypt > Encrypt-Only in Outlook. Recipients outside Microsoft 365 get a message "You have received an encrypted message" with a link to read it.',
      ],
      [
        'Symptoms',
        '- A client cannot open the encrypted email or says the code never arrives.\n- An email sent with [secure] in the subject arrived unencrypted.\n- The Encrypt button is missing in Outlook.',
      ],
      [
        'Fix',
        steps(
          'Recipient cannot open it: they click Read the message, then "Sign in with a one-time passcode". The code is emailed to the same address, expires after 15 minutes and often goes to junk. Gmail and Yahoo users can use Sign in with Google or Yahoo instead.',
          'Recipients on mobile should open the link in a browser, not in an in-app preview.',
          '[secure] did not encrypt: check the brackets were square and the word was in the subject, not the body. Exchange admin centre > Mail flow > Rules: "Kilbride - Encrypt [secure]" must be Enabled. Check the message trace for the rule being applied.',
          'Encrypt button missing: the user needs a current Microsoft 365 Apps build and the Business Premium licence; update Office and restart Outlook. Outlook on the web always has Encrypt.',
          'Sent to the wrong person: encrypted messages can be revoked in the Purview portal within the first few hours. Escalate to L2 straight away.',
        ),
      ],
    ],
  ),
  article(
    'ah-kilbride-naas-red',
    'Kilbride: Naas office cannot reach Dublin (RED link down)',
    kilbride,
    'Clients/Kilbride Mulcahy Solicitors',
    [
      [
        'Setup',
        "The Naas office has no server. A Sophos SD-RED 20 box in the comms cabinet under the stairs links it to the Dublin firewall: the S: drive, the Dublin file server and the Naas copier's scan-to-folder all go through it. Internet, LEAP, Microsoft 365 and the phones go straight out on the local Eir line, so they keep working when the RED link is down.",
      ],
      [
        'Symptoms',
        '- Naas staff have internet and email but no S: drive (red X) and scanning to folder fails.\n- Or nothing works in Naas at all (no internet).',
      ],
      [
        'Checks',
        'Sophos Firewall (Dublin) > RED > Naas-RED status. On the RED box: System, Router, Internet and Tunnel lights. Tunnel light off with Internet on means the link to Dublin is down.',
      ],
      [
        'Fix',
        steps(
          'Ask someone in Naas to power-cycle the RED box (labelled NAAS RED, black power brick) and wait 5 minutes.',
          'Internet light off as well: power-cycle the Eir router first, then the RED box. If Naas has no internet at all, follow ah-no-internet for the site.',
          'Tunnel up but one user still has no S: drive: follow ah-mapped-drives.',
          'Still down: check the Dublin firewall is online; if Dublin is fine and the RED stays offline, escalate to the Corrib network team.',
          'Meanwhile Naas staff can work on documents in LEAP and Teams; only the S: drive needs the link.',
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Shannonside Precision Engineering
  article(
    'ah-shannonside-solidworks-licence',
    'Shannonside: SolidWorks "no licences available" and licence borrowing',
    shannonside,
    'Clients/Shannonside Precision Engineering',
    [
      [
        'Setup',
        'Shannonside has 6 SOLIDWORKS Standard and 2 Premium network seats served by the SolidNetWork License Manager (SNL) on SPE-APP01, ports 25734 and 25735. Seats are taken when SolidWorks opens and given back when it closes.',
      ],
      [
        'Symptoms',
        '- "Could not obtain a license for SOLIDWORKS Premium. License server has no more licenses available for this product (-4)".\n- "Cannot connect to license server system (-15,10032)" or "SolidNetWork License server is not available".\n- SolidWorks works in the office but not at home.',
      ],
      [
        'Fix',
        steps(
          'No more licences (-4): on SPE-APP01 open SolidNetWork License Manager Server > Server Administration > License usage to see who holds the seats. Often someone left SolidWorks open overnight or on a laptop on the VPN; ask them to close it. Premium users can fall back to Standard from Help > Licences > License Order.',
          'Cannot connect (-15): on SPE-APP01 check the "SolidWorks Flexnet Server" service is running; restart it if not. Check the Windows firewall on SPE-APP01 still allows 25734-25735.',
          'At home without VPN: SolidWorks cannot reach the server. Either connect the VPN first, or borrow a licence in the office before leaving: Start > SOLIDWORKS Tools > SolidNetWork License Manager client > License Borrowing, pick the product and a return date (max 30 days), click Borrow.',
          'Return a borrowed licence early from the same screen while connected to the office; borrowed seats count against the office total until returned.',
        ),
      ],
      [
        'Escalation',
        'Licence transfers, reactivations after a server rebuild and new seats go to the reseller support line listed in Hudu.',
      ],
    ],
  ),
  article(
    'ah-shannonside-sage200',
    'Shannonside: Sage 200 client will not open or connect',
    shannonside,
    'Clients/Shannonside Precision Engineering',
    [
      [
        'Setup',
        'Sage 200 Professional (stock, works orders, purchasing and accounts) runs on SPE-SQL01 with the SQL instance SAGE200. The Sage 200 desktop client on each office PC must match the server version; the reseller upgrades the server about twice a year, usually over a weekend.',
      ],
      [
        'Symptoms',
        '- "Unable to connect to the configuration database" or the login hangs.\n- After an upgrade: "The client version does not match the server" or "Sage 200 client needs updating".\n- "No licences available" or "maximum number of users reached".',
      ],
      [
        'Fix',
        steps(
          'Version mismatch: run the client installer from \\\\SPE-SQL01\\Sage200Share\\ClientInstall on the PC as admin (NinjaOne script "Sage 200 client update" does this silently), then restart.',
          "Cannot connect for everyone: on SPE-SQL01 check the services SQL Server (SAGE200) and Sage 200 Services are running. Restart them out of hours, or during hours only with the finance manager's agreement.",
          'Cannot connect for one user: check they are on site or on the VPN, then clear the Sage 200 cache by deleting %localappdata%\\Sage\\Sage200\\Cache and reopening.',
          'No licences: Sage 200 System Administration > Logged in users; end sessions for users who are not actually using it (people who closed the laptop lid).',
          'Report printing errors after an upgrade: set a default printer that exists on the PC and reopen Sage 200.',
        ),
      ],
      [
        'Escalation',
        'Data, stock or posting problems are raised by the Shannonside finance manager with their Sage 200 reseller.',
      ],
    ],
  ),
  article(
    'ah-shannonside-dnc',
    'Shannonside: CNC machines not receiving programs from the DNC PC',
    shannonside,
    'Clients/Shannonside Precision Engineering',
    [
      [
        'Setup',
        'Programs released by engineering are saved to \\\\SPE-FS01\\CNC\\Released. The shop-floor DNC PC (SPE-DNC01) runs CIMCO DNC-Max, which sends programs to the machines: the two Haas VF-2s over Ethernet and the Mazak lathes over RS-232 through a Moxa NPort serial server in the cabinet beside the Mazaks. SPE-DNC01 is excluded from automatic restarts during production hours.',
      ],
      [
        'Symptoms',
        '- A machine shows "Waiting for data" or the operator\'s load request does nothing.\n- In DNC-Max a port is red or shows "Port error".\n- The Haas cannot see the network share.\n- The operator cannot find a new program.',
      ],
      [
        'Fix',
        steps(
          'On SPE-DNC01 open the DNC-Max client and check the port for the machine. Red: right-click > Restart port.',
          'Mazak ports all red: check the Moxa NPort has power and its Ready light is on; power-cycle it and restart the ports. Do not change baud or handshake settings in DNC-Max; they must match the machine.',
          'Haas over Ethernet: on the control, Settings > Network, check it has an address and reconnect the share. Check SPE-DNC01 and SPE-FS01 are online in NinjaOne.',
          'Program missing: it is only visible once engineering has saved it to Released. Ask engineering rather than copying it from their drafts folder.',
          'If the DNC-Max service itself is stopped, restart the "CIMCO DNC-Max Server" service on SPE-DNC01 between jobs.',
        ),
      ],
      [
        'Escalation',
        'Machine-side faults (control alarms, serial port hardware) go to the machine tool supplier via the Shannonside production manager.',
      ],
    ],
  ),
  article(
    'ah-shannonside-clocking',
    'Shannonside: shop-floor clocking terminals not recording or syncing',
    shannonside,
    'Clients/Shannonside Precision Engineering',
    [
      [
        'Setup',
        'Two TimeMoto TM-828 terminals (canteen and goods-in) take fingerprint or RFID card clockings and sync to TimeMoto Cloud, where HR approves hours and exports them weekly for payroll. The terminals are wired on the production VLAN (VLAN 30).',
      ],
      [
        'Symptoms',
        '- The terminal shows a red cloud or "Network error" and clockings are missing in TimeMoto Cloud.\n- A new employee cannot clock in: "User not found".\n- A fingerprint is not recognised, repeatedly.',
      ],
      [
        'Fix',
        steps(
          'Red cloud: check the network cable at the back of the terminal and the switch port. Restart the terminal (Menu > System > Restart, or hold the power button 5 seconds). Clockings are stored on the terminal and sync when it reconnects.',
          'Still offline: in the UniFi controller check the switch port is on VLAN 30 and the terminal has a DHCP address.',
          'New employee: HR adds them in TimeMoto Cloud; the user syncs to the terminals within 15 minutes. Then enrol their fingerprint at the terminal: Menu > Users > the employee > Enrol fingerprint (enrol two fingers), or assign a card.',
          'Fingerprint not recognised: re-enrol two different fingers; dusty or cut fingers fail often on the shop floor, so give the employee an RFID card as backup.',
          'Missing or wrong clockings are corrected by HR in TimeMoto Cloud; Corrib only fixes the terminal and network.',
        ),
      ],
    ],
  ),
  // ---------------------------------------------------------------- Derg Lakeside Hotel & Spa
  article(
    'ah-derg-guestline',
    'Derg Lakeside: Guestline Rezlynx sign-in and front desk printing',
    derg,
    'Clients/Derg Lakeside Hotel & Spa',
    [
      [
        'Setup',
        "The hotel's property management system is Guestline Rezlynx, used in Chrome at front desk (FD-PC1, FD-PC2), the back office and the spa. Each user has their own Rezlynx login with two-step verification. Registration cards, folios and invoices print through the Chrome print dialog to FD-PRN1 at front desk.",
      ],
      [
        'Symptoms',
        '- Rezlynx says the login is invalid or the account is locked.\n- Invoices, folios or registration cards do not print; nothing happens when Print is clicked.\n- Rezlynx is slow or will not load.',
      ],
      [
        'Fix',
        steps(
          "Locked or forgotten Rezlynx login: the hotel's Front Office Manager is the Guestline site administrator and unlocks or resets Rezlynx users. Corrib does not hold Rezlynx admin rights.",
          'Nothing happens on Print: Rezlynx opens the document in a pop-up. In Chrome click the blocked pop-up icon in the address bar and choose "Always allow pop-ups from" the Guestline site, then print again.',
          'Prints to the wrong place or not at all: in the print dialog pick FD-PRN1 (not Save as PDF). If FD-PRN1 shows offline, follow ah-printer-queue.',
          'Slow or not loading for everyone: check the Guestline status page and the hotel internet (ah-no-internet). For one PC, clear the Chrome cache for the Guestline site and sign in again.',
        ),
      ],
      [
        'Escalation',
        'Rates, room types, channel manager and report setup are Guestline configuration: the hotel raises these with Guestline support.',
      ],
    ],
  ),
  article(
    'ah-derg-keycards',
    'Derg Lakeside: room key card encoder not working (Salto)',
    derg,
    'Clients/Derg Lakeside Hotel & Spa',
    [
      [
        'Setup',
        'Room doors use Salto locks. The Salto encoders at front desk are USB devices on FD-PC1 and FD-PC2. The Salto ProAccess Space server runs on DLH-SRV01, and Rezlynx sends key requests to it through the Salto interface when a guest is checked in.',
      ],
      [
        'Symptoms',
        '- Encoding a key gives "Encoder not responding" or nothing happens when Make key is pressed in Rezlynx.\n- A new key shows a red light at the room door.',
      ],
      [
        'Fix',
        steps(
          'On DLH-SRV01 check the "ProAccess Space Service" and the Salto interface service are running; restart them if not. Keys cannot be made while they are stopped.',
          'Unplug the encoder USB cable from the PC, wait 10 seconds and plug it back into the same port. Restart FD-PC if it is still not detected.',
          'Workaround while Rezlynx cannot reach Salto: the Front Office Manager can encode the key directly in the ProAccess Space web page with the room and check-out date.',
          "Red light at the door: check the check-out date on the key (a key made with yesterday's date fails). Make it again with the right dates.",
          'Still red with correct dates: the lock battery may be low (the lock also flashes orange). Maintenance changes lock batteries and can open the door with the emergency key meanwhile.',
        ),
      ],
      [
        'Escalation',
        'Lock hardware and new doors are handled by the Salto partner; contact details in Hudu.',
      ],
    ],
  ),
  article(
    'ah-derg-guest-wifi',
    'Derg Lakeside: guest Wi-Fi login page and access codes',
    derg,
    'Clients/Derg Lakeside Hotel & Spa',
    [
      [
        'Setup',
        'Guests join the open SSID "DergLakeside-Guest" and get a UniFi hotspot login page. Hotel guests sign in with room number and surname; event and conference guests use voucher codes made at reception in the UniFi Hotspot Manager (login in Hudu). Staff devices must never use the guest network for Rezlynx.',
      ],
      [
        'Symptoms',
        '- A guest joins the Wi-Fi but the login page never appears, or the phone says "No internet".\n- Room number and surname are rejected.\n- An event organiser needs codes for a wedding, conference or function.',
      ],
      [
        'Fix',
        steps(
          'Login page not appearing: ask the guest to open a browser and go to neverssl.com, which forces the login page. On iPhones turn off iCloud Private Relay and Limit IP Address Tracking for the network; on Android turn off Private DNS.',
          'Room and surname rejected: the surname must match the booking in Rezlynx exactly. If the booking is under another name, give the guest a voucher instead.',
          'Events: in Hotspot Manager > Vouchers > Create, choose the quantity, duration (1 day by default) and 3 devices per code, then print them for the organiser. Make a few spares.',
          'No guest can get online: check the UniFi controller for the guest network and APs; if the whole site is down follow ah-no-internet.',
        ),
      ],
    ],
  ),
  article(
    'ah-derg-kitchen-printer',
    'Derg Lakeside: kitchen and bar order printers not printing from the tills',
    derg,
    'Clients/Derg Lakeside Hotel & Spa',
    [
      [
        'Setup',
        'The bar and restaurant use ICRTouch TouchPoint tills. Food orders print on the kitchen printer (KP1, Epson TM-T88, IP 10.20.20.51) and drinks dockets on the service bar printer (KP2, 10.20.20.52). Both are wired into the switch in the kitchen store room. The till programming belongs to the EPOS dealer.',
      ],
      [
        'Symptoms',
        '- Orders go through on the till but nothing prints in the kitchen.\n- The till shows "KP1 not responding" or "Printer offline".\n- Dockets print blank.',
      ],
      [
        'Fix',
        steps(
          'At the printer: check it has paper, the cover is fully closed and the error light is off. A red flashing light usually means a paper-end or cover-open.',
          'Blank dockets: the thermal roll is in the wrong way round. Turn it so the paper feeds from underneath.',
          'Power-cycle the printer and wait for it to print its status slip, which shows its IP address. It must match the address above.',
          'Check the network cable at the printer and at the store room switch; in the UniFi controller the switch port should show a device.',
          'While KP1 is down, the till can redirect kitchen orders to KP2: on the till, Manager > Printer redirect > KP1 to KP2. Remember to set it back.',
          'On the till, reprint the missed orders from the journal once the printer is back.',
        ),
      ],
      ['Escalation', 'Menu, prices and till programming are changed by the EPOS dealer, not Corrib.'],
    ],
  ),
];

export const SET_AH_ARTICLES: readonly BenchArticle[] = [...GLOBAL, ...CLIENT];
