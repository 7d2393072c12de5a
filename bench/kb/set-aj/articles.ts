/**
 * Set AJ: a blind labelled KB set, written without reading the search code or any other set.
 *
 * Cascade Ridge IT is a 12-person MSP in Salem, Oregon that keeps its documentation in Hudu. Its
 * standard stack: Microsoft 365 Business Premium (Entra ID, Intune, Autopilot, Defender for Office),
 * Entra Connect for the clients that still have a domain controller, NinjaOne RMM, SentinelOne with
 * Vigilance MDR, FortiGate firewalls with FortiClient VPN, Aruba Instant On access points and switches,
 * Datto SIRIS/ALTO for servers and Datto SaaS Protection for M365, and RingCentral MVP with Poly and
 * Yealink desk phones. Four clients have their own runbooks: Willamette Valley Orthodontics (two
 * offices, Salem and Keizer; Dolphin Management and Imaging, an iTero scanner, a Carestream pano/ceph),
 * Umpqua Comfort Heating & Cooling in Roseburg (ServiceTitan on rugged truck tablets, QuickBooks
 * Desktop Enterprise, an HP DesignJet plotter), Hollister & Brandt CPAs in Eugene (UltraTax CS,
 * ShareFile, ScanSnap scanners, tax-season seasonal staff) and St. Brendan Lutheran Church & School in
 * Beaverton (student Chromebooks, Planning Center Check-Ins label printers, a Sunday livestream and
 * three Wi-Fi networks).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AJ_CLIENTS = {
  willamette: 'Willamette Valley Orthodontics, P.C.',
  umpqua: 'Umpqua Comfort Heating & Cooling, Inc.',
  hollister: 'Hollister & Brandt CPAs, LLP',
  stbrendan: 'St. Brendan Lutheran Church & School',
} as const;

const { willamette, umpqua, hollister, stbrendan } = SET_AJ_CLIENTS;

export const SET_AJ_ARTICLES: BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook / Exchange
  article(
    'aj-outlook-connect',
    'Outlook stuck on "Trying to connect", "Disconnected" or prompting for password over and over',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Status bar at the bottom of Outlook shows "Trying to connect..." or "Disconnected" and no new mail arrives.
- A "Microsoft Outlook - Need Password" / "Enter password" box keeps coming back after the user types the right password.
- "Something went wrong. [1001]" or a blank sign-in window when Outlook starts.
- Webmail (outlook.office.com) works fine on the same PC.`,
      ],
      [
        'Cause',
        'Almost always stale cached credentials after a password change, a broken Web Account Manager (WAM) token, or a corrupt Outlook profile / OST. If webmail also fails it is an account problem, not Outlook.',
      ],
      [
        'Fix',
        `1. Have the user sign in to outlook.office.com. If that fails, stop here and check the account (locked, blocked, Conditional Access) - see aj-password-reset / aj-ca-blocked.
2. Close Outlook. Open Credential Manager > Windows Credentials and remove every entry starting "MicrosoftOffice16_Data" and "OneDrive Cached Credential".
3. Settings > Accounts > Access work or school: if the work account shows "Work or school account problem", click it and choose Fix / sign in again.
4. Open Outlook. If it still prompts, create a new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, then select "Always use this profile" and pick the new one. Do not delete the old profile until the new one has synced.
5. Still failing: Apps > Microsoft 365 Apps > Modify > Quick Repair, then Online Repair.
6. If the user is on "new Outlook" and the problem is only there, toggle back to classic Outlook as a workaround and note it in the ticket.`,
      ],
      [
        'Escalate',
        'More than one user at the same client at the same time: check Microsoft 365 Service health before touching PCs.',
      ],
    ],
  ),
  article(
    'aj-outlook-search',
    'Outlook search returns nothing or misses older mail',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Searching the inbox returns no results, or only recent mail.
- Banner: "We're having trouble fetching results from the server..." or "Search results may be incomplete because items are still being indexed."
- "Something went wrong and your search couldn't be completed."`,
      ],
      [
        'Cause',
        'Outlook in Cached Exchange Mode only keeps the mail inside the "Download email for the past" window (our default is 1 year) in the local OST. Older mail is searched on the server, which fails quietly when the server search is blocked or slow. The Windows Search index can also be corrupt or still building after a new profile.',
      ],
      [
        'Fix',
        `1. In Outlook click the search box > Search Tools > Indexing Status. "Outlook has finished indexing" is good; a large count remaining means wait or rebuild.
2. Check the Windows Search service is running (services.msc).
3. Rebuild the index: Control Panel > Indexing Options > Advanced > Rebuild. Takes a few hours for large mailboxes; tell the user.
4. For old mail, scroll to the bottom of the results and click "More" / "Search on server", or change File > Account Settings > Account Settings > Change > the "Download email for the past" slider (watch disk space - see aj-disk-full).
5. Test in webmail. If webmail finds it and Outlook never does, rebuild the Outlook profile (aj-outlook-connect step 4).`,
      ],
    ],
  ),
  article(
    'aj-exo-ndr',
    'Outbound mail bouncing: reading the NDR (550 5.1.1, 5.4.1, 5.7.509, 5.7.708)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'User receives "Undeliverable: <subject>" or "Delivery has failed to these recipients or groups" from Microsoft Outlook / postmaster. Ask for the full bounce (forward as attachment) - the code in "Diagnostic information for administrators" tells you which case it is.',
      ],
      [
        'Common codes',
        `- 550 5.1.1 / 5.1.10 "RecipientNotFound" - address typo or the recipient mailbox no longer exists. If it mentions IMCEAEX, the user picked a stale autocomplete entry: delete it from the suggestion list (hover > X) and retype the address.
- 550 5.4.1 "Recipient address rejected: Access denied" - the recipient's mail system rejected it (their Directory-Based Edge Blocking or MX points elsewhere). Nothing to fix on our side; the recipient's IT has to check.
- 550 5.7.509 "Access denied, sending domain ... does not pass DMARC verification" - our client's DMARC/SPF/DKIM is wrong or mail is sent from a third party (newsletter tool, copier) not in SPF. Check the domain in MXToolbox and Defender > Email authentication settings.
- 550 5.7.520 "Access denied, Your organization does not allow external forwarding" - an auto-forward rule to an outside address; outbound spam policy blocks it by design.
- 550 5.7.708 "Access denied, traffic not accepted from this IP" or 5.1.8 "bad outbound sender" - the tenant or user is flagged for sending spam. Treat as a compromised account: go to aj-compromised-account.
- 554 5.2.2 "mailbox full" - the recipient's mailbox is full (or ours, if it is inbound - see aj-mailbox-full).`,
      ],
      [
        'Fix',
        `1. Run a message trace: Exchange admin center > Mail flow > Message trace, sender = user, last 2 days. The status and detail confirm the code.
2. Fix per the list above. For DMARC failures add the sending service to SPF or set up its DKIM; never weaken DMARC to p=none without the senior engineer's OK.
3. Ask the user to resend (do not use "Send again" from the NDR on a stale autocomplete address).`,
      ],
    ],
  ),
  article(
    'aj-exo-missing-inbound',
    'Expected email never arrived: message trace, quarantine, junk and rules',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        '"Our vendor says they sent it three times and we never got it." Mail from one sender or one domain is missing; the sender got no bounce.',
      ],
      [
        'Fix',
        `1. Get the exact sender address and roughly when it was sent.
2. Exchange admin center > Mail flow > Message trace: recipient = our user, sender = their address, last 2 days (use an extended/historical search for up to 90 days).
3. Status "Quarantined": Microsoft Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine. Look at the reason. Spam / bulk: release to the user. High confidence phish or malware: do NOT release; review with the senior tech.
4. Status "Delivered" but the user can't see it: check Junk Email, the "Other" tab (Focused Inbox), and inbox rules in both Outlook and webmail (Settings > Mail > Rules). A rule the user didn't make is a red flag - go to aj-compromised-account.
5. Status "FilteredAsSpam" repeatedly for a legitimate sender: add the sender or domain to the Tenant Allow/Block List (Allow) for 30 days rather than building a transport rule. Tell the sender their SPF/DMARC is failing if that's the reason shown.
6. No trace result at all: the message never reached Microsoft. Ask the sender for their bounce or send log; it is their side (often sending to a typo address).`,
      ],
      [
        'Note',
        'Message trace can take 15-30 minutes to show very recent mail. Don\'t conclude "never arrived" for something sent 5 minutes ago.',
      ],
    ],
  ),
  article(
    'aj-shared-mailbox',
    'Shared mailboxes: access, missing from Outlook, Send As and where sent items go',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- A shared mailbox (info@, billing@, frontdesk@) doesn't appear in Outlook's folder list.
- Sending from it fails: "You can't send a message on behalf of this user unless you have permission to do so" or NDR "550 5.7.60 SMTP; Client does not have permissions to send as this sender".
- Messages sent as the shared mailbox land in the user's own Sent Items.`,
      ],
      [
        'Fix',
        `1. Exchange admin center > Recipients > Mailboxes > the shared mailbox > Delegation. Add the user to "Read and manage (Full Access)" and to "Send as" (or "Send on behalf" if the client prefers the "on behalf of" wording).
2. Auto-mapping adds it to Outlook within about 60 minutes; restart Outlook. Permissions granted to a group do NOT auto-map - add it manually: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add.
3. New Outlook / webmail: right-click Folders > "Add shared folder or mailbox".
4. To send from it: turn on the From field (Options > Show From), pick the shared address. If the send error persists after permissions are in place, remove the old From entry from autocomplete and wait 30-60 minutes for permissions to replicate.
5. Sent Items copy: in Exchange Online PowerShell run Set-Mailbox <shared> -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.
6. Outlook mobile: Settings > Add account > Add a shared mailbox.`,
      ],
      [
        'Notes',
        'Shared mailboxes need no licence up to 50 GB and no archive. Never give a shared mailbox a password and let people sign in to it directly.',
      ],
    ],
  ),
  article(
    'aj-calendar-sharing',
    'Calendar permissions, delegates and room mailbox booking',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- Assistant can see the manager's calendar only as Free/Busy, or gets "You don't have permission to create an entry in this folder. Right-click the folder, and then click Properties to check your permissions."
- Meeting invites go only to the delegate, or the manager stopped getting them.
- Conference room calendar declines bookings: "Your request was declined" or recurring meetings are declined after a few months.`,
      ],
      [
        'Fix - delegates',
        `1. Preferred: the manager opens Outlook > File > Account Settings > Delegate Access > Add, gives Calendar "Editor" and picks who receives meeting requests.
2. From PowerShell if the manager isn't available: Add-MailboxFolderPermission -Identity manager@domain:\\Calendar -User assistant@domain -AccessRights Editor -SharingPermissionFlags Delegate (use Set-MailboxFolderPermission if an entry already exists).
3. The assistant removes and re-adds the shared calendar in Outlook (Add Calendar > From Address Book) after the change.`,
      ],
      [
        'Fix - rooms',
        `1. Get-CalendarProcessing room@domain | fl AutomateProcessing, BookingWindowInDays, AllowConflicts, MaximumDurationInMinutes.
2. AutomateProcessing must be AutoAccept. Recurring meetings that run past BookingWindowInDays (default 180) are declined - raise it to 365 if the client wants long series.
3. Conflicts: AllowConflicts is False by design; the decline says which meeting clashes.`,
      ],
      [
        'Note',
        'Duplicate or missing events on an iPhone usually come from the built-in iOS Calendar account plus Outlook at the same time. Remove the native Exchange account and use Outlook mobile.',
      ],
    ],
  ),
  article(
    'aj-mailbox-full',
    'Mailbox full / "Your mailbox is almost full" and turning on the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- Outlook banner: "Your mailbox is full. You might not be able to send or receive items." or "Mailbox almost full".
- Outlook stops sending; senders get "554 5.2.2 mailbox full" / "QuotaExceeded".`,
      ],
      [
        'Cause',
        'Business Basic/Standard/Premium mailboxes are 50 GB. Years of attachments and Sent Items usually do it. Recoverable Items (deleted-then-purged) counts separately and fills up when a litigation hold is on.',
      ],
      [
        'Fix',
        `1. Check the size: Get-MailboxStatistics user@domain | fl TotalItemSize, and Get-MailboxFolderStatistics to see which folder is big.
2. Business Premium includes Exchange Online Archiving. Enable the archive: Exchange admin center > Mailboxes > user > Others > Manage mailbox archive > Enabled.
3. Apply our "CRIT - Archive after 2 years" retention policy to the mailbox, then run Start-ManagedFolderAssistant -Identity user@domain to kick off the first move. It can take 24-48 hours to free space.
4. Quick relief while that runs: empty Deleted Items, and have the user sort Sent Items by size and delete large old attachments.
5. The archive appears in Outlook as "In-Place Archive - name" after a restart. It is online-only; it doesn't take PC disk space.`,
      ],
      [
        'Escalate',
        'If Recoverable Items is the full folder, check for a litigation/retention hold before purging anything - ask the senior engineer.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Teams / OneDrive / SharePoint / Office
  article(
    'aj-teams-av',
    'Teams meetings: microphone, camera or speakers not working',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        `- Others can't hear the user, or the user can't hear anyone, only in Teams.
- "We can't access your microphone" / "Your camera is being used by another application" / camera shows black or a slash icon.
- Headset not listed under devices; echo or robot voice.`,
      ],
      [
        'Fix',
        `1. In Teams: Settings > Devices. Pick the right Speaker, Microphone and Camera (docks and monitors often add their own "speakers" and Teams picks those). Use "Make a test call".
2. Windows Settings > Privacy & security > Microphone and Camera: "Let apps access" and "Let desktop apps access" must both be On.
3. Close anything else using the camera (Zoom, Webex, the Dell/HP camera app, browser tabs with a meeting open).
4. Physical: privacy shutter on the webcam, camera kill key (F9/F10 on Dell/HP), mute button on the headset cable.
5. Headset through a dock: plug it directly into the laptop to rule out the dock.
6. Bluetooth headset with no mic: choose the "Headset (hands-free)" device in Teams, not the "Headphones/Stereo" one. Re-pair if only the stereo profile appears.
7. Device Manager: if the camera or audio device has a yellow mark, see aj-drivers.
8. Update Teams (profile picture > Settings and more > Check for updates) and restart.`,
      ],
    ],
  ),
  article(
    'aj-teams-client',
    "Teams app won't load, sign-in loop, or chats not syncing (new Teams)",
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        `- Teams opens to a white or blank window, or spins on the logo.
- "We've run into an issue. Sign out and sign back in", error codes caa20002, caa70004, 0xCAA82EE2.
- Chats and channel messages are hours behind on the PC but current on the phone; presence stuck on "Unknown" or "Away".`,
      ],
      [
        'Fix',
        `1. Fully quit Teams (right-click the tray icon > Quit), not just close the window.
2. Check the PC clock and time zone are correct - caa20002 is often a clock that's off.
3. Reset new Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. (Or delete %LocalAppData%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.) The user will have to sign in again; chats are stored in the cloud and are not lost.
4. If the sign-in loop continues, remove the "MicrosoftOffice16_Data" entries in Credential Manager and check Settings > Accounts > Access work or school.
5. Make sure classic Teams ("Microsoft Teams classic") is uninstalled - having both causes sign-in confusion.
6. Presence stuck: click the profile picture > Reset status.
7. Test the web version (teams.microsoft.com). If the web version also fails, it's the account or the service, not the PC.`,
      ],
    ],
  ),
  article(
    'aj-onedrive-sync',
    'OneDrive sync errors, red X icons and Known Folder Move',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        `- Red X or "Sync pending" arrows on files in Explorer; OneDrive cloud icon shows a red circle or "Paused".
- "Upload blocked - Couldn't upload this file because it's open in another app", "This file name isn't valid", "The file path is too long", "You don't have permission to sync this library".
- Desktop and Documents duplicated ("Desktop (1)", "Documents - Copy") after a new PC.`,
      ],
      [
        'Fix',
        `1. Click the OneDrive cloud icon in the tray > View sync problems. Fix each item listed.
2. File open: close the Office file (Excel is the usual culprit) and let it resync. For co-authoring, Office should be signed in with the same work account.
3. Invalid names: remove " * : < > ? / \\ | and leading/trailing spaces; shorten paths over 400 characters.
4. Sync stuck with no listed problem: Pause for 2 hours > Resume. Still stuck: run %LocalAppData%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again (it re-checks everything, no data is deleted).
5. Permission errors on a synced SharePoint library: the user lost access - see aj-sharepoint-access - then stop syncing that library and re-add it.
6. Known Folder Move is pushed by our Intune policy. Duplicate Desktop folders after a new PC: move the content into the OneDrive Desktop, then delete the empty copies.
7. Disk filling up: right-click the OneDrive folder > Free up space (Files On-Demand).`,
      ],
      [
        'Note',
        'Don\'t let users "Sync" huge SharePoint libraries (over ~100k files); use "Add shortcut to My files" or open in the browser.',
      ],
    ],
  ),
  article(
    'aj-sharepoint-access',
    'SharePoint and Teams files: "You need permission" and external sharing',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        `- "You need permission to access this item", "Access Denied", or "Sorry, this site hasn't been shared with you."
- An outside person (client, vendor) can't open a shared link, gets "That account doesn't exist" or never receives the verification code.
- "Sharing is disabled for this site" when a user tries to share externally.`,
      ],
      [
        'Fix - internal users',
        `1. Find where the file lives (Teams channel = a SharePoint site). Check the user is a member of that Team / Microsoft 365 group, or of the site's Members group.
2. If the folder has broken inheritance, check its own "Manage access" list.
3. Have the user open the link in an InPrivate window - they are often signed in to the browser with a personal Microsoft account or another tenant.`,
      ],
      [
        'Fix - external sharing',
        `1. Client policy (Hudu > client > Policies) says who may approve external sharing. Get approval before opening anything up.
2. SharePoint admin center > Sites > site > Sharing: set to "New and existing guests" if approved; the tenant level must allow it too.
3. Share with "Specific people" links, not "Anyone". The recipient gets a one-time verification code by email - check their spam folder.
4. "That account doesn't exist": the guest was invited with a different address than the one they're signing in with. Remove the guest in Entra > Users and re-share to the right address.`,
      ],
    ],
  ),
  article(
    'aj-office-activation',
    'Office shows "Unlicensed Product", "Account error" or activation problems',
    null,
    'Microsoft 365/Office apps',
    [
      [
        'Symptoms',
        `- Red/yellow bar in Word/Excel: "UNLICENSED PRODUCT - Most features of Word have been disabled because it hasn't been activated."
- "Account Notice: We couldn't verify your subscription" or "There are problems with your account. To fix them, please sign in again."
- "Sorry, another account from your organization is already signed in on this computer", error 0xCAA70007.`,
      ],
      [
        'Fix',
        `1. Microsoft 365 admin center > Users > the user > Licenses and apps: confirm a licence with desktop apps (Business Premium / Business Standard / Apps for business). Licence changes can take a few hours to apply.
2. Each user can activate Office on 5 PCs. If they're at the limit, have them sign in to myaccount.microsoft.com > Office apps and sign out of old devices.
3. In Word: File > Account > Sign out, close all Office apps, reopen and sign in with the work account.
4. Wrong account stuck: remove HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity (export it first) and clear "MicrosoftOffice16_Data" credentials, then sign in again.
5. Still unlicensed: run the Microsoft Support and Recovery Assistant "Office activation" scenario, or uninstall/reinstall Microsoft 365 Apps from NinjaOne.
6. Terminal servers need Shared Computer Activation - not a per-user fix; tell the senior tech.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    'aj-password-reset',
    'Password resets and account lockouts (cloud-only and hybrid)',
    null,
    'Identity',
    [
      [
        'Symptoms',
        `- "Your account has been locked. Contact your support person to unlock it, then try again."
- "The user's password must be changed before signing in" / "Your password has expired" at the Windows login.
- "Your account or password is incorrect" after the user is sure it's right.`,
      ],
      [
        'Verify identity first',
        'Never reset a password on the strength of an email or a call from an unknown number. Call the user back on the number in the PSA/Hudu contact, or get their manager (an authorized contact) to confirm. Note how you verified in the ticket.',
      ],
      [
        'Fix',
        `1. Check Hudu > client > Identity: is the client cloud-only or hybrid (AD + Entra Connect)?
2. Cloud-only: Microsoft 365 admin center > Users > Reset password. Tick "Require this user to change their password when they first sign in".
3. Hybrid: reset in Active Directory Users and Computers on the DC (Account tab > Unlock account if locked). Password hash sync pushes it to Microsoft 365 in about 2 minutes. Don't reset in the cloud for hybrid users - it won't write back unless writeback is licensed and on.
4. Repeated lockouts: find the source. On the PDC, Event Viewer > Security > Event ID 4740 shows the calling computer. In Entra > Sign-in logs, look for the failing app - usually an old phone mail account or a mapped drive with saved credentials.
5. Remote laptops: after a reset the laptop still has the old password cached. The user signs in with the old one, connects FortiClient VPN, then locks (Win+L) and unlocks with the new password.
6. Remind the user about self-service reset at aka.ms/sspr for next time.`,
      ],
    ],
  ),
  article(
    'aj-mfa-reset',
    'MFA: new or lost phone, Authenticator not prompting, re-registering',
    null,
    'Identity',
    [
      [
        'Symptoms',
        `- User got a new phone and the Microsoft Authenticator app has no work account (Authenticator backups do not restore work accounts).
- "Approve sign-in request" never arrives, or the number-matching screen shows a number but the phone shows nothing.
- "More information required" loop at sign-in.`,
      ],
      [
        'Fix',
        `1. Verify identity by callback (see aj-password-reset). MFA resets are a favourite social-engineering trick.
2. Entra admin center > Users > the user > Authentication methods. Delete the old Microsoft Authenticator / phone entry, or click "Require re-register multifactor authentication".
3. Issue a Temporary Access Pass (1 hour, one-time) and read it to the user by phone. They go to aka.ms/mysecurityinfo, sign in with the TAP and add Authenticator on the new phone.
4. Notifications not arriving on a working registration: check the phone allows notifications for Authenticator, battery optimisation isn't killing it (Android), and open the app and pull down to refresh - the request is usually waiting there.
5. SMS and voice are disabled by our policy; don't re-enable them as a shortcut.`,
      ],
      [
        'Escalate',
        'If the user reports MFA prompts they did NOT start, the password is already known to someone else. Go straight to aj-compromised-account.',
      ],
    ],
  ),
  article(
    'aj-ca-blocked',
    'Sign-in blocked: "You cannot access this right now" (Conditional Access, travel, non-compliant device)',
    null,
    'Identity',
    [
      [
        'Symptoms',
        `- "You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource."
- AADSTS53003 "Access has been blocked by Conditional Access policies", AADSTS53000 "Device is not compliant", "Your device is required to be managed to access this resource".
- Worked yesterday at the office, fails today from a hotel or abroad.`,
      ],
      [
        'Fix',
        `1. Entra admin center > Sign-in logs, filter on the user, open the failure > Conditional Access tab. It names the policy that blocked them.
2. "CRIT - Block outside US": every client blocks sign-ins from outside the United States. For travel, add the user to the "CA-Travel-Exception" group with an end date, only with written approval from the client's authorized contact. Remove them when they're back.
3. Non-compliant device: in Company Portal > Devices > Check status. Usual causes are BitLocker not on, pending Windows updates past the deadline, or Defender off. Fix the cause, then "Check status" again (can take 15 minutes).
4. Personal PCs and non-enrolled phones are blocked from the desktop apps by design - point them to the browser or the mobile apps (aj-mobile-enroll).
5. Never exclude a user from a CA policy permanently or disable a policy to clear a ticket.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Intune / devices
  article(
    'aj-autopilot',
    'Autopilot: new laptop stuck on Enrollment Status Page or enrollment error',
    null,
    'Endpoints/Intune',
    [
      [
        'Symptoms',
        `- Out-of-box setup shows the plain "Let's set things up for work or school" without the client's name/logo: the hardware hash isn't in Autopilot.
- "Something went wrong. ... Error: 80180014" during enrollment.
- "Securing your hardware" fails with 0x800705b4 or 0x81039001 (TPM attestation).
- Enrollment Status Page stuck on "Apps (Identifying)" or "Account setup" for over an hour.`,
      ],
      [
        'Fix',
        `1. Intune > Devices > Enrollment > Windows Autopilot devices: search the serial. It must be there with the client's group tag and Profile status "Assigned". Our distributor uploads hashes for new orders; for re-used laptops capture the hash (Get-WindowsAutopilotInfo -Online) and wait 15 minutes for the profile.
2. 80180014: the device is still in Intune from a previous user or the personal-device restriction blocks it. Delete the old device record in Intune (Devices > All devices) and retry.
3. TPM errors: update BIOS/TPM firmware with Dell Command Update, check the clock, clear the TPM in BIOS and retry.
4. ESP stuck on apps: press Shift+F10, check C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log for the app that's failing. It's usually a Win32 app (NinjaOne agent, LOB installer) with a bad detection rule. Collect logs with mdmdiagnosticstool -area Autopilot -cab c:\\temp\\ap.cab.
5. Reset and retry: Intune > device > Wipe, or from the laptop Settings > System > Recovery > Reset this PC.`,
      ],
      [
        'Escalate',
        'Same app failing on every new device = the app package is broken. Tell the senior engineer rather than resetting laptops over and over.',
      ],
    ],
  ),
  article(
    'aj-mobile-enroll',
    'Phones and tablets: Company Portal enrollment and Outlook app protection (PIN, copy/paste blocked)',
    null,
    'Endpoints/Intune',
    [
      [
        'Symptoms',
        `- iPhone Mail app stops getting work email; message "Your organization requires you to use the Outlook app".
- Outlook/Teams on the phone asks for a PIN; "Your organization's data cannot be pasted here"; can't save attachments to Photos.
- Company Portal: "Couldn't enroll device" / "Profile installation failed" / "Couldn't set up work profile".`,
      ],
      [
        'Our setup',
        `- Personal phones (BYOD): app protection only, no enrollment. Outlook, Teams and OneDrive from the app store; on iPhone Microsoft Authenticator must also be installed (it is the broker), on Android Company Portal must be installed but NOT used to enroll.
- Company-owned phones/tablets: enrolled via Apple Business Manager or Android Enterprise.`,
      ],
      [
        'Fix',
        `1. Native Mail / Gmail app can't get work mail: by design (blocked by Conditional Access). Install Outlook and sign in.
2. PIN: set a 6-digit app PIN once. Forgotten: tap "Forgot PIN", sign in again, set a new one.
3. Copy/paste: work data pastes only into other managed apps (Outlook, Teams, Word, Edge). Copying an address from an Outlook email into Apple Maps, Google Maps or a text message is blocked - this is policy, not a fault. Tap the address to open it in Edge, or type it.
4. Enrollment failures on Android work profile: needs 3+ GB free; remove any other work profile (Samsung Secure Folder, an old employer's profile) first.
5. iOS "Profile installation failed": the device is already supervised by another org or the Apple ID is managed - check ABM.`,
      ],
    ],
  ),
  article('aj-lost-device', 'Lost or stolen laptop, phone or tablet', null, 'Security', [
    [
      'First 30 minutes',
      `1. Get: which device (asset tag/serial from NinjaOne or Intune), when and where it was lost, whether it was on and signed in, and a police report number if stolen.
2. Entra > the user > Revoke sessions. Reset the password (aj-password-reset) if the device could have been unlocked or the password was written down.
3. Intune > Devices > the device:
   - Company laptop or company phone/tablet: Wipe (or Remote lock first if the user thinks they'll find it today).
   - Personal phone (BYOD): Apps > App protection status > Wipe data (selective wipe of Outlook/Teams only). Don't touch personal data.
4. Check the device's BitLocker status in Intune and note it in the ticket. An encrypted, powered-off laptop is not a data breach; an unencrypted one may be.`,
    ],
    [
      'Then',
      `1. Clients handling PHI or tax data (Willamette Valley Orthodontics, Hollister & Brandt) must be told in writing the same day so their privacy officer can do the breach assessment. Don't tell the client it is or isn't a reportable breach - that's their call.
2. Remove the device from RingCentral (if a desk phone/app was signed in) and from the client's line-of-business apps if it had saved sessions.
3. Mark the device Lost in NinjaOne and Hudu; order a replacement per the onboarding checklist.`,
    ],
  ]),
  // ---------------------------------------------------------------- Windows
  article(
    'aj-win-update',
    'Windows Update failing or stuck (0x800f0922, 0x80070643, "Undoing changes")',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        `- NinjaOne patch report shows the device "Failed" for the cumulative update, or the same KB retrying every night.
- User sees "We couldn't complete the updates. Undoing changes. Don't turn off your computer." on every reboot, or "Working on updates 30%" for hours.
- Error codes 0x800f0922, 0x80073712, 0x8024402c, 0x80070643.`,
      ],
      [
        'Fix',
        `1. Make sure there is at least 20 GB free on C: (aj-disk-full) and no reboot is pending from another installer.
2. Repair the component store from an admin prompt (NinjaOne run-as-system works): DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.
3. Reset Windows Update: net stop wuauserv, net stop bits, net stop cryptsvc; rename C:\\Windows\\SoftwareDistribution and C:\\Windows\\System32\\catroot2 to .old; start the services again; re-run the patch from NinjaOne.
4. 0x800f0922: often the device was on VPN or couldn't reach Windows Update, or the System Reserved partition is full. Retry off VPN.
5. 0x80070643 on a "Windows Recovery Environment" update (e.g. KB5034441): the WinRE partition is too small. Our standard is to decline that KB in the NinjaOne policy, not resize partitions.
6. Stuck "Working on updates" for 2+ hours: hold the power button once, boot normally; if it loops, boot to Safe Mode and let it roll back.
7. Last resort: download the KB .msu from the Microsoft Update Catalog and install it manually.`,
      ],
      [
        'Escalate',
        'Feature update (e.g. to 24H2) blocked by a compatibility hold: leave it; NinjaOne will retry when Microsoft lifts the hold. Never force feature updates on LOB PCs listed in the client runbooks.',
      ],
    ],
  ),
  article(
    'aj-temp-profile',
    'Signed in with a temporary profile: desktop, files and settings missing',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        `- Toast message: "We can't sign in to your account. This problem can often be fixed by signing out of your account and then signing back in." / "You've been signed in with a temporary profile."
- Desktop is empty, default wallpaper, Outlook wants to set up from scratch.
- Or at login: "The User Profile Service failed the sign-in. User profile cannot be loaded."`,
      ],
      [
        'Cause',
        "Windows couldn't load the user's profile (file locked during login, or a corrupt registry entry after a bad update/forced shutdown). The data is still in C:\\Users\\<name>.",
      ],
      [
        'Fix',
        `1. Tell the user not to save anything while in the temp profile - it is deleted at sign-out.
2. Restart once. A good share of these clear on a clean reboot.
3. If it comes back: sign in as the local admin (LAPS password from Intune or NinjaOne), open regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.
4. Find the user's SID. If there are two keys (one ending .bak), delete the one WITHOUT .bak, rename the .bak key to remove .bak, and set State and RefCount to 0.
5. Reboot and sign in as the user.
6. If the profile itself is corrupt (NTUSER.DAT damaged): rename C:\\Users\\<name> to <name>.old, delete the ProfileList key, sign in to create a fresh profile, then copy Desktop/Documents/browser bookmarks across. With OneDrive Known Folder Move most files come back by themselves.`,
      ],
    ],
  ),
  article(
    'aj-disk-full',
    'Low disk space on C: (NinjaOne "Disk free below 10%" alert)',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        `- NinjaOne condition alert: "Disk space - C: free space below 10%" or "below 5 GB".
- User sees "Low Disk Space. You are running very low on disk space on Local Disk (C:)"; updates and Outlook start failing.`,
      ],
      [
        'Fix',
        `1. Find what's big: run WizTree or TreeSize from the NinjaOne script library (silent, reports the top folders).
2. Disk Cleanup > Clean up system files > tick Windows Update Cleanup, Temporary files, Delivery Optimization. Or turn on Storage Sense.
3. OneDrive: right-click the OneDrive folder > Free up space (files stay in the cloud).
4. Outlook OST bigger than 10 GB: reduce the Cached Mode slider to 1 year (mail stays on the server).
5. Downloads folder and %temp% - ask the user before deleting Downloads.
6. Old user profiles of people who left: System Properties > Advanced > User Profiles > Delete (check nothing needs saving first).
7. Desktops only: powercfg /h off removes hiberfil.sys. Not on laptops.
8. Never delete C:\\Windows\\WinSxS or Installer folders by hand.`,
      ],
      [
        'Escalate',
        'Machines with 128 GB or 256 GB SSDs that keep re-alerting: recommend a drive upgrade or replacement to the account manager.',
      ],
    ],
  ),
  article(
    'aj-slow-pc',
    'Computer slow, freezing or taking forever to start: triage',
    null,
    'Endpoints/Windows',
    [
      [
        'Triage questions',
        'Is it the whole computer or one program? Only the internet? Since when, and did anything change (update, new software, new location)? One user or several?',
      ],
      [
        'Fix',
        `1. Check uptime in NinjaOne. If it hasn't restarted in over a week, restart first (Fast Startup means "shut down" doesn't count).
2. Task Manager (Ctrl+Shift+Esc) > Processes, sort by CPU, Memory and Disk. Note the top item.
3. Common culprits: Windows Update installing in the background (see aj-win-update), OneDrive syncing a large library, SentinelOne full-disk scan after a new agent version (settles in a few hours), dozens of browser tabs, Teams on 8 GB of RAM.
4. Startup apps: Task Manager > Startup apps, disable vendor updaters and anything the user doesn't need.
5. Disk: NinjaOne shows SMART status and drive type. A spinning hard drive at 100% disk is the answer by itself. Low disk space: aj-disk-full.
6. Reliability Monitor (perfmon /rel) shows crashes and installs by day - good for "since when".
7. Only the browser is slow: disable extensions, test in Edge InPrivate. Only "the internet" is slow for everyone: aj-isp-outage.`,
      ],
      [
        'Escalate',
        'PCs over 5 years old, 8 GB RAM or spinning disks: stop tuning, log it for the account manager as a replacement recommendation.',
      ],
    ],
  ),
  article('aj-bitlocker', 'BitLocker recovery key screen at startup', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      'Blue screen at boot: "BitLocker recovery - Enter the recovery key for this drive" with a "Recovery key ID" (8 characters shown first). Usually after a BIOS/firmware update, a dock or USB device attached at boot, a TPM or Secure Boot change, or a motherboard replacement.',
    ],
    [
      'Fix',
      `1. Verify who you're talking to (callback to the number in the PSA). A recovery key unlocks all the data on the drive.
2. Ask for the first 8 characters of the Recovery key ID.
3. Find the key: Intune > Devices > the device > Recovery keys; or Entra admin center > Devices > BitLocker keys (search by key ID); for hybrid clients also AD Users and Computers > computer object > BitLocker Recovery tab. NinjaOne also shows it on the device page.
4. Read it in groups of six digits. The user types it; Enter.
5. Once in Windows, run manage-bde -protectors -disable C: -RebootCount 1 and reboot, so BitLocker re-seals to the current TPM/firmware state. Reboot once more to confirm no prompt.
6. Rotate the key you disclosed: Intune > device > BitLocker key rotation.`,
    ],
    [
      'Prevention',
      'BIOS updates pushed by Dell Command Update suspend BitLocker automatically. If a tech updates BIOS manually, suspend first (manage-bde -protectors -disable C:).',
    ],
    [
      'Escalate',
      "No key in Intune, Entra or AD: the data can't be recovered. Don't let the user keep guessing; plan a reset from Autopilot and restore files from OneDrive/backup.",
    ],
  ]),
  article(
    'aj-dock-monitors',
    'Docks and external monitors: no signal, one screen missing, not charging (Dell WD19/WD22TB4, USB-C)',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        `- External monitors say "No signal" / "No DP signal from your device" or go to sleep; only one of two monitors works.
- Monitors don't wake after lunch or after the laptop sleeps.
- Dock's USB keyboard/mouse or wired network dead; "Slow charger" or "The AC power adapter wattage and type cannot be determined" at boot.`,
      ],
      [
        'Fix',
        `1. Power-cycle the dock: unplug the dock's power brick (not just the USB-C cable) for 30 seconds, plug back, then reconnect the laptop.
2. Check each monitor's input source button and the cables at both ends.
3. Win+P > Extend. Settings > Display > Multiple displays > Detect.
4. Run Dell Command Update (or Lenovo Vantage): install the dock firmware package, graphics driver and BIOS. Docks from the WD19 series need the Dell Dock Firmware Update Utility; most "worked until last week" cases are firmware.
5. Two monitors daisy-chained from one DisplayPort (MST) work on Windows laptops only; MacBooks mirror both.
6. DisplayLink docks (Dell D6000, some Targus/Plugable) need the DisplayLink driver - reinstall it from NinjaOne.
7. Charging: WD19S gives 130 W for Dell; older 90 W laptops on a non-Dell USB-C dock will show "slow charger". Use the Dell dock or the laptop's own charger.
8. Swap in a known-good dock to decide dock vs laptop. Dell ProSupport covers docks bought with the laptop.`,
      ],
    ],
  ),
  article(
    'aj-drivers',
    'Driver problems after an update: no sound, touchpad, Wi-Fi adapter missing, flickering screen',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        `- "No audio output device is installed" (red X on the speaker icon).
- Touchpad or keyboard backlight stopped working; screen flickers or goes black for a second.
- Wi-Fi icon gone, Wi-Fi missing from Settings; yellow "!" in Device Manager.
- Started right after Windows Update or a vendor update.`,
      ],
      [
        'Fix',
        `1. Device Manager: find the device (Sound, video and game controllers / Network adapters / Human Interface Devices / Mice). Properties > Driver > Roll Back Driver if available.
2. Otherwise run the vendor tool: Dell Command Update (dcu-cli.exe /applyUpdates from NinjaOne), Lenovo Commercial Vantage / System Update, or HP Image Assistant. These install the correct driver set for the model, which Windows Update sometimes doesn't.
3. Audio on newer Dell/Lenovo: the "Intel Smart Sound Technology" driver must be installed before the Realtek audio driver. Install both from the vendor.
4. Touchpad: check the Fn touchpad toggle and Settings > Bluetooth & devices > Touchpad first.
5. Wi-Fi adapter missing: Settings > Network > Advanced > Network reset, reboot; then reinstall the Intel Wi-Fi driver from the vendor tool.
6. Bad driver keeps coming back from Windows Update: pause driver updates in the Intune driver update policy for that model and tell the senior tech.`,
      ],
      [
        'Escalate',
        'Device missing from Device Manager entirely after driver reinstall = hardware. Open a Dell ProSupport / Lenovo Premier case with the service tag.',
      ],
    ],
  ),
  article('aj-mapped-drives', 'Mapped network drives missing or showing a red X', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      `- S:, P: or W: drive missing from This PC, or shows a red X / "Disconnected Network Drive".
- "Could not reconnect all network drives" at login.
- "\\\\server\\share is not accessible. You might not have permission to use this network resource." or "The network path was not found" (0x80070035).`,
    ],
    [
      'Fix',
      `1. Where is the user? Remote users must be on FortiClient VPN (aj-fortigate-vpn). Drives map at logon by GPO (hybrid clients) or the Intune "Map drives" script; if VPN connects after logon, run the "Reconnect drives" desktop shortcut or gpupdate /force and log off/on.
2. Can the PC reach the server? ping <server> and ping the server's IP. Name fails but IP works = DNS (aj-dhcp-dns).
3. Is the server up? Check it in NinjaOne.
4. Permissions: check the user's security groups. Group membership changes only apply after log off/on (or klist purge and reconnect).
5. Remove stale saved credentials for the server in Credential Manager; re-map with net use S: \\\\server\\share /persistent:yes.
6. "Always available offline" causes old copies and sync conflicts: disable Offline Files in Sync Center if it was turned on.`,
    ],
  ]),
  // ---------------------------------------------------------------- Networking
  article(
    'aj-fortigate-vpn',
    "FortiClient VPN won't connect (-14, -7200, -455, stuck at 98%)",
    null,
    'Networking/FortiGate',
    [
      [
        'Symptoms',
        `- "Credential or SSLVPN configuration is wrong. (-7200)"
- "Unable to establish the VPN connection. The VPN server may be unreachable. (-14)"
- "Permission denied. (-455)"
- Progress stops at 98% (or 40%) and then disconnects.
- Connects but nothing on the office network opens.`,
      ],
      [
        'Fix',
        `1. Does the internet work without VPN? Hotel/airport Wi-Fi with a login page blocks VPN until the page is accepted. Try the phone hotspot.
2. -7200 / -455: wrong username or password, or the user isn't in the client's "VPN Users" group. After a password change hybrid users must use the new AD password; check the username format in Hudu (some FortiGates want first.last, some the UPN). Check FortiGate > Log & Report > System Events > VPN for the reason.
3. -14: the remote gateway is unreachable. Check the FortiGate is online in FortiCloud/NinjaOne (office internet down = aj-isp-outage), and the gateway address/port in FortiClient matches Hudu.
4. Stuck at 98%: the Fortinet virtual adapter. Device Manager > Network adapters > "Fortinet SSL VPN Virtual Ethernet Adapter" > disable and enable. If that fails, uninstall FortiClient VPN, reboot, reinstall the version in our NinjaOne software library (the free VPN-only client).
5. Connected but no resources: ping the server by IP. IP works but name doesn't = DNS suffix; see aj-mapped-drives.
6. Clients we've moved from SSL-VPN to IPsec IKEv2 dial-up (FortiOS 7.6) have a new connection named "<Client> IPsec"; make sure the user isn't using the old SSL-VPN entry.`,
      ],
    ],
  ),
  article(
    'aj-wifi',
    "Wi-Fi: can't connect, no internet on Wi-Fi, or keeps dropping (Aruba Instant On)",
    null,
    'Networking/Wi-Fi',
    [
      [
        'Symptoms',
        `- "Can't connect to this network" after a Wi-Fi password change.
- Connected, no internet; or drops every few minutes in one area.
- Slow only in one room / one end of the building.`,
      ],
      [
        'Fix',
        `1. One device or everyone? Everyone in an area: Instant On portal > Site > Devices - is an AP showing Offline? Check its PoE switch port (aj-switch-port). Everyone everywhere: aj-isp-outage.
2. One device: Forget the network and rejoin. The current Wi-Fi passwords are in Hudu > client > Wi-Fi asset - never guess.
3. Instant On > Clients > find the device: signal below about -70 dBm is weak. Note which AP it's on and whether it's 2.4 GHz. Laptops sticking to a far AP: toggle Wi-Fi off/on.
4. Update the Wi-Fi driver (Intel AX201/AX211) with the vendor tool (aj-drivers). In the adapter's Power Management tab, untick "Allow the computer to turn off this device to save power".
5. Phones: turn off "Private Wi-Fi address" / MAC randomisation for the work network if the device keeps getting a new lease.
6. An AP dropping everyone: restart it from the portal. Repeated drops = check the uplink cable and the switch log.`,
      ],
      [
        'Escalate',
        "Dead spots that never worked (warehouse, basement, far classrooms) need another AP - that's a quote, not a ticket fix. Pass to the account manager.",
      ],
    ],
  ),
  article(
    'aj-isp-outage',
    'Whole office offline: internet / ISP outage triage',
    null,
    'Networking/Internet',
    [
      [
        'Symptoms',
        `- Everyone at a site lost internet at once; RingCentral phones show "No Service".
- NinjaOne shows every device at a site offline at the same minute; FortiCloud shows the FortiGate as offline.
- "No internet, secured" on all PCs.`,
      ],
      [
        'Fix',
        `1. Confirm in NinjaOne/FortiCloud that it's the whole site, not one PC.
2. Call the site contact (phones are probably down - use their mobile from Hudu). Ask them to look at the ISP modem/ONT lights and the FortiGate lights.
3. Power-cycle in order: ISP modem or ONT first, wait 2 minutes, then the FortiGate. Give it 5 minutes.
4. Still down: check the ISP's outage page and call them with the circuit ID and account number from Hudu > client > Internet asset (Comcast Business, Ziply Fiber, Lumen). Get a ticket number and ETA.
5. Sites with an LTE backup (FortiExtender): confirm the FortiGate has failed over (Network > SD-WAN). Phones and email work on LTE; tell the client large uploads and backups will be slow.
6. FortiGate dead (no power light or boot loop): we keep a spare 40F/60F in the office. Config backups are in Hudu.
7. Update the client at least every hour until it's back, and note the outage times in the ticket.`,
      ],
    ],
  ),
  article(
    'aj-dhcp-dns',
    'One PC has no network: 169.254 address, DHCP scope full, IP conflict, DNS not resolving',
    null,
    'Networking/DHCP & DNS',
    [
      [
        'Symptoms',
        `- "No Internet access" on one or a few devices while others work.
- ipconfig shows 169.254.x.x (APIPA) - no DHCP lease.
- "Windows has detected an IP address conflict".
- Browser "DNS_PROBE_FINISHED_NXDOMAIN" or internal names (server, printer) don't resolve but IPs do.`,
      ],
      [
        'Fix',
        `1. ipconfig /all on the PC. Note IP, gateway, DNS servers.
2. 169.254: check the link (cable, Wi-Fi joined - aj-switch-port / aj-wifi), then ipconfig /release and ipconfig /renew.
3. Several new devices can't get an address but old ones are fine: the DHCP scope is full. Check the DHCP server (FortiGate > Network > Interfaces > the LAN > DHCP, or the Windows DHCP console on the DC): look at leases used vs the range. Widen the range or shorten the lease time (8 hours on guest networks), and remove stale reservations.
4. IP conflict: a device with a static IP inside the DHCP range. Move it to a reservation, or exclude its IP from the range.
5. DNS: domain-joined PCs must use the domain controller as DNS, not 8.8.8.8 or the FortiGate. ipconfig /flushdns; nslookup <name> to see which server answers.
6. One website won't load for everyone: check FortiGate web filter / DNS filter logs for a block before blaming DNS.`,
      ],
    ],
  ),
  article(
    'aj-switch-port',
    'Wall jack dead, "Network cable unplugged", or a PoE phone/AP won\'t power on',
    null,
    'Networking/Switching',
    [
      [
        'Symptoms',
        `- PC says "Network cable unplugged"; no lights on the network port.
- Desk phone screen black or "Network down" after someone moved desks.
- Access point offline in Instant On.`,
      ],
      [
        'Fix',
        `1. Swap the patch cable and try a different wall jack to split cable vs jack vs device.
2. Read the jack label (e.g. B-14) and find the patch panel port and switch port in Hudu > client > Network > Port map.
3. Aruba Instant On > Switches > the port: Link down? PoE "Denied" / budget exceeded? Port shut by loop protection ("Blocked")? Re-enable the port after removing the loop.
4. Jack not patched at all: have the client's on-site contact patch panel port to a free switch port, or send a tech.
5. Phones: the port must carry the voice VLAN (tagged) and the data VLAN (untagged) per the Hudu port map. A port configured as data-only makes Poly/Yealink phones boot without registering.
6. Jack tested dead with a known-good cable and device: it's a cabling fault - log for the cabling vendor.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Printing / scanning
  article(
    'aj-printer-offline',
    'Printer offline, jobs stuck in the queue, or error 0x0000011b / 0x00000709',
    null,
    'Printing',
    [
      [
        'Symptoms',
        `- Printer shows "Offline" in Windows, or job status "Error - Printing" and nothing comes out.
- Jobs pile up in the queue and can't be deleted.
- Adding the printer fails: "Windows cannot connect to the printer. Operation failed with error 0x0000011b" (or 0x00000709, 0x0000007c).`,
      ],
      [
        'Fix',
        `1. At the printer: powered on, no error on the display, on the network. Print a configuration page to get its IP and ping it.
2. IP changed (DHCP)? Set a DHCP reservation and update the port: Printer properties > Ports > Standard TCP/IP port with the IP. Replace WSD ports with TCP/IP ports - WSD goes offline randomly.
3. Make sure "Use Printer Offline" isn't ticked in the queue window.
4. Stuck queue: net stop spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, net start spooler (NinjaOne script "Clear print spooler").
5. 0x0000011b / 0x00000709: the PrintNightmare hardening. Users can't install print drivers without admin. Push the printer with the Intune/NinjaOne printer deployment, or install the driver as admin; don't turn off the RPC hardening registry key.
6. Only one app won't print: check that app's printer selection and paper size.`,
      ],
      [
        'Escalate',
        'Mechanical faults - jams, grinding, streaks or lines, fuser errors - go to the copier/printer vendor listed in Hudu > client > Vendors.',
      ],
    ],
  ),
  article(
    'aj-scan-to-email',
    'Scan to email or scan to folder stopped working on the copier',
    null,
    'Printing',
    [
      [
        'Symptoms',
        `- Copier shows "Send failed", "SMTP authentication error", "Connection error" or a code like "#819" / "Error 535".
- Scan to folder: "Cannot connect to server" / "Check the destination" after a Windows update or password change.`,
      ],
      [
        'Scan to email',
        `1. Check Hudu > client > Copier for the method. Our standard is the Microsoft 365 SMTP relay connector (copier sends to <domain>.mail.protection.outlook.com port 25, no login). It only accepts mail from the office's static public IP - if the ISP changed the IP, update the inbound connector in Exchange admin center > Mail flow > Connectors.
2. Older setups log in with a scanner@ account on smtp.office365.com port 587. Microsoft is retiring Basic auth for SMTP AUTH, and an expired or changed password breaks it too. Move the copier to the relay connector.
3. Copiers need TLS 1.2. Old firmware fails at "STARTTLS"; the copier vendor updates firmware.
4. Check Message trace for the scanner address to see whether mail reached Microsoft at all.`,
      ],
      [
        'Scan to folder',
        `1. The share (e.g. \\\\SERVER\\Scans) exists and the scan account has Modify rights on it.
2. Scan account password: if it was changed or expired, update it in the copier's address book entry.
3. SMB1 is disabled everywhere; the copier must use SMB2/3. Windows 11 24H2 requires SMB signing, which older copiers can't do - vendor firmware update, or switch that copier to scan to email.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article('aj-phishing', 'Suspicious email reported or user clicked a phishing link', null, 'Security', [
    [
      'Symptoms',
      '"Is this email real?", "I clicked a link and it asked me to log in", fake DocuSign / SharePoint "shared a document with you" / voicemail / "your mailbox will be deleted" emails, QR codes in PDFs.',
    ],
    [
      'Fix',
      `1. Ask what exactly they did: only opened it? clicked? entered a password? opened an attachment? approved an MFA prompt?
2. Entered a password or approved a prompt: treat it as compromised now - go to aj-compromised-account. Don't wait to "see if anything happens".
3. Clicked but entered nothing / opened an attachment: check SentinelOne for the device (any threats or suspicious downloads in the last hour) and run a full scan.
4. Only received it: have them click "Report" > "Report phishing" in Outlook. In Defender > Email & collaboration > Explorer, search the sender/subject and soft-delete it from every mailbox that got it.
5. Block the sender domain and URL in Tenant Allow/Block List.
6. Thank the user for reporting - we want them to keep doing it.
7. Add a line to the client's Hudu "Security incidents" log.`,
    ],
  ]),
  article(
    'aj-sentinelone',
    'SentinelOne threat alert, quarantined file, or app blocked by SentinelOne',
    null,
    'Security',
    [
      [
        'Symptoms',
        `- Alert email from SentinelOne / Vigilance: "Threat detected - Mitigated" or "Suspicious activity - Not mitigated" with endpoint name and file path.
- User popup "SentinelOne has detected a threat and quarantined it".
- A line-of-business app stops opening right after its vendor update (false positive).
- Device shows "Disconnected from network" (network quarantine).`,
      ],
      [
        'Fix',
        `1. SentinelOne console > Incidents > the threat. Look at file path, hash, classification, confidence (Malicious / Suspicious), mitigation status and the Storyline.
2. Real threat: confirm it's Killed and Quarantined; use Remediate (and Rollback if files were changed). If it looks like it spread or ran a script, click Actions > Disconnect from network and call the senior engineer.
3. Infostealer or credential theft type: reset the user's passwords and revoke sessions (aj-compromised-account).
4. False positive (LOB app updates: Dolphin, CS Imaging, UltraTax, QuickBooks): check the file is signed by the vendor and look up the hash. Mark as False positive > Add to exclusions by hash (or path, for folders the vendor documents), scope = that client's site only. Never add global exclusions. Record it in Hudu.
5. Reconnect the device to the network once cleared, and let the user know.
6. Vigilance MDR may already have acted - read their note in the incident before undoing anything.`,
      ],
      [
        'Escalate',
        'Ransomware indicators (mass file renames, ransom note, many endpoints alerting): isolate, call the senior engineer and the service manager immediately. They bring in the client and the cyber insurer.',
      ],
    ],
  ),
  article(
    'aj-compromised-account',
    'Compromised Microsoft 365 account (business email compromise) response',
    null,
    'Security',
    [
      [
        'Signs',
        `- Contacts receive emails "from" the user that they didn't send (DocuSign, invoice, "shared a file" links).
- Sent Items full of messages to strangers, or Sent Items suspiciously empty; bounces the user didn't cause.
- Inbox rules moving mail to RSS Feeds / Archive / Conversation History, or named "." or "..".
- Alerts: "Impossible travel", "Unfamiliar sign-in properties", "User restricted from sending email"; NDR 550 5.7.708 or 5.1.8.
- MFA prompts the user didn't start.`,
      ],
      [
        'Contain (do these now)',
        `1. Entra > user > Block sign-in. Reset the password. Revoke sessions.
2. Authentication methods: delete any phone or Authenticator the user doesn't recognise; require MFA re-registration.
3. Exchange: Get-InboxRule -Mailbox user | fl Name,Description - remove malicious rules. Check and clear ForwardingSmtpAddress and any forwarding set in webmail.
4. Entra > user > Applications: remove any unfamiliar consented OAuth apps.`,
      ],
      [
        'Investigate and clean up',
        `1. Sign-in logs: when did the attacker first get in, from where, which apps.
2. Message trace outbound for 7 days; audit log (MailItemsAccessed, Send) for what was read or sent.
3. If the user was restricted from sending: Defender > Restricted entities > release after cleanup.
4. Warn recipients of the malicious mail (the client sends a notice to their contacts); soft-delete any internal copies.
5. Unblock sign-in, have the user register MFA again with you on the phone.`,
      ],
      [
        'Escalate',
        'Tell the client the same day. If the mailbox held PHI, tax returns or bank details, the senior engineer involves the client leadership and their cyber insurer before anything else.',
      ],
    ],
  ),
  article(
    'aj-wire-fraud',
    'Suspected wire fraud: fake invoice, bank-change request or "urgent wire" email',
    null,
    'Security',
    [
      [
        'Symptoms',
        `- A vendor, client or "the boss" emails new bank/ACH details or asks for an urgent wire or gift cards.
- Lookalike domain (rn for m, extra letter, .co instead of .com), or the Reply-To differs from the From.
- It may be in a real existing email thread - that means someone's mailbox is compromised.`,
      ],
      [
        'Fix',
        `1. Tell the client right away: do not pay or change any bank details until they verify by phone using a number they already have, never one in the email.
2. If money was already sent: the client calls their bank's fraud line immediately to request a recall (hours matter), files a report at ic3.gov, and notifies their cyber insurer. Note the time we told them.
3. Keep the evidence: don't delete the email. Save it as an attachment with full headers.
4. Work out where it came from:
   - Our client's own mailbox compromised (message came from inside, odd rules/sign-ins): aj-compromised-account.
   - The vendor's mailbox compromised (real domain, real thread): the client tells the vendor by phone.
   - Lookalike domain: block it in Tenant Allow/Block List and soft-delete all copies.
5. Record a timeline in the client's Hudu security incident log.`,
      ],
      [
        'Escalate',
        "Always loop in the account manager and senior engineer. We give technical facts only; we don't advise on liability.",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Lifecycle
  article('aj-onboarding', 'New user onboarding checklist', null, 'Lifecycle', [
    [
      'Request',
      'Must come from an authorized contact in Hudu. Need: full name, title, start date, manager, department, which mailbox/shared mailboxes and groups, phone extension needed?, equipment, line-of-business apps. Standard lead time is 3 business days; 2 weeks if a new laptop has to be ordered.',
    ],
    [
      'Steps',
      `1. Account: hybrid clients - copy the department template user in AD Users and Computers (keeps groups and drive mappings) and wait for Entra Connect sync. Cloud-only - Microsoft 365 admin center > Add a user. Username format is in Hudu (usually first.last@).
2. Licence: Microsoft 365 Business Premium (F3 for field staff at clients that use it). Add shared mailboxes and distribution lists per the request.
3. Laptop: Autopilot. New orders ship with the hash registered; for a re-used laptop reset it and import the hash (aj-autopilot). Log in as the user once to complete ESP before delivery.
4. Phone: RingCentral Admin Portal > Users > add user, assign extension and number, assign the desk phone if any.
5. Line-of-business apps per the client runbook (Dolphin, ServiceTitan, UltraTax, Planning Center...). Some are created by the client's own admin - say so in the ticket.
6. MFA: create a Temporary Access Pass for day one; set up Authenticator with the user on their first morning.
7. Give the username and TAP to the manager by phone, not by email.
8. Hudu: add the user to the client's people list; close the ticket with what was set up.`,
    ],
  ]),
  article('aj-offboarding', 'Employee offboarding / termination', null, 'Lifecycle', [
    [
      'Request',
      'From an authorized contact only. For involuntary terminations, agree the exact time and do the disable while the meeting is happening - not before, not an hour later.',
    ],
    [
      'Steps',
      `1. Block sign-in, reset the password, revoke sessions; hybrid clients: disable the AD account and move it to the "Disabled Users" OU. Remove MFA methods.
2. Mailbox: convert to shared mailbox (keeps mail, frees the licence). Give the manager Full Access if asked. Set the auto-reply text the client provides. Forwarding to another user only if requested, for 30-90 days.
3. OneDrive: Microsoft 365 admin center > user > OneDrive > Create link to files, give it to the manager. OneDrive is kept 30 days after the account is deleted (tenant setting) - tell the manager to move what they need.
4. Remove licences once the mailbox is converted.
5. Devices: Intune wipe company phones/tablets; selective wipe (retire) personal phones. Laptop gets collected and reset for the next user.
6. RingCentral: reassign or remove the extension; keep or port the direct number per client instruction; save voicemails if asked.
7. Line-of-business apps: deactivate (Dolphin, ServiceTitan, UltraTax/Practice CS, Planning Center, ShareFile...). Many are done by the client's admin - list them in the ticket.
8. Change any shared passwords the person knew (Wi-Fi, shared logins in Hudu).
9. Don't delete the account for 30 days unless the client asks. Backups keep the data per retention.`,
    ],
  ]),
  // ---------------------------------------------------------------- Backup
  article(
    'aj-datto-alert',
    'Datto SIRIS/ALTO alert: backup failed, screenshot verification failed, offsite behind',
    null,
    'Backup',
    [
      [
        'Symptoms',
        `- Email from Datto: "Backup failed for <agent> on <SIRIS serial>", "Screenshot verification failed", "No successful backup in 24 hours", "Offsite synchronization is behind".
- Error text like "Unable to connect to the agent", "VSS snapshot failed", "Failed to take snapshot ... VSS_E_UNEXPECTED_PROVIDER_ERROR".`,
      ],
      [
        'Fix',
        `1. Datto Partner Portal > the device > Protected Machines. Check last successful backup time and the error in the backup log.
2. "Unable to connect to the agent": is the server up (NinjaOne)? Restart the "Datto Backup Agent Service" on the server. Check nothing is blocking TCP 25566/25568 between the appliance and the server (Windows Firewall, SentinelOne firewall control).
3. VSS errors: on the server run vssadmin list writers. Any writer "Failed" or "Waiting for completion" - restart its service (SQL Server VSS Writer, for example) or reboot the server after hours. Check the shadow storage isn't full (vssadmin list shadowstorage).
4. Screenshot verification failed but backups succeed: open the screenshot. A login screen that was still "Preparing Windows" just needs a longer wait time (Advanced > Screenshot wait). A blue screen = run a local virtualization and look at it properly.
5. Offsite behind: check the site's upload speed and the offsite bandwidth schedule on the appliance; big changes (database rebuild) catch up over a few nights.
6. After fixing, click Start Backup and watch it complete before closing.`,
      ],
      [
        'Escalate',
        'Three failed days in a row or any server with no good backup older than 48 hours: raise to P2 and tell the senior engineer.',
      ],
    ],
  ),
  article(
    'aj-file-restore',
    'Restoring deleted or overwritten files (OneDrive, SharePoint, file server, email)',
    null,
    'Backup',
    [
      [
        'First ask',
        'What file or folder, where did it live (OneDrive, Teams/SharePoint, S: drive on the server, email), and when was it last good? Restore to a separate location, not over the top, unless the user says otherwise.',
      ],
      [
        'OneDrive / SharePoint / Teams',
        `1. Deleted: the user's Recycle bin (OneDrive web > Recycle bin; for sites, the site Recycle bin and then "Second-stage recycle bin"). Items stay 93 days.
2. Overwritten: right-click the file > Version history > Restore the earlier version.
3. Lots of damage (ransomware, mass delete): OneDrive > Settings > Restore your OneDrive to a date/time.
4. Older than 93 days: Datto SaaS Protection > the user > Restore.`,
      ],
      [
        'File server (S:, P: etc.)',
        `1. Right-click the folder > Properties > Previous Versions if shadow copies are enabled on that server.
2. Otherwise Datto Partner Portal > device > Restore > File Restore > pick the agent and a recovery point from before the deletion > it mounts a share. Copy the files to a "Restored <date>" folder next to the original and tell the user.`,
      ],
      [
        'Email',
        'Outlook > Deleted Items > "Recover items recently removed from this folder" (14-30 days). Older: Datto SaaS Protection restore to a "Restored" folder in the mailbox.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Voice
  article(
    'aj-rc-phone',
    'RingCentral desk phone: "No Service", registration failed, one-way audio or calls dropping',
    null,
    'Voice/RingCentral',
    [
      [
        'Symptoms',
        `- Poly VVX or Yealink T54W/T43U shows "No Service", "Registration failed", "Network unavailable" or a red light, and has no dial tone.
- Callers can't hear us (or we can't hear them) - one-way audio.
- Calls drop after about 30 seconds or 15 minutes every time.`,
      ],
      [
        'Fix',
        `1. All phones at a site down: check the internet first (aj-isp-outage). The RingCentral app on a mobile still works as a stopgap.
2. RingCentral Admin Portal > Phone System > Phones & Devices: is the phone Online or Offline?
3. Reboot the phone by unplugging the network/PoE cable for 10 seconds.
4. No power/blank screen or "Network down": it's the port or cable - see aj-switch-port.
5. One-way audio or drops at ~30 seconds: that's SIP ALG on the FortiGate rewriting SIP. Our standard config has it off (config system settings > set default-voip-alg-mode kernel-helper-based, and the "sip" session-helper deleted). Check a new or replaced FortiGate got that config.
6. Registration failed on one phone only: Admin Portal > the device > "Setup & Provision", then factory reset the phone (Yealink: hold OK for 10 s; Poly: Settings > Advanced > Administration > Reset to defaults; admin password in Hudu). It re-provisions from RingCentral.
7. Faulty phone: RingCentral replaces phones under the rental plan - open a case in the Admin Portal.`,
      ],
    ],
  ),
  article(
    'aj-rc-callhandling',
    'RingCentral call handling: business hours, holiday greetings, forwarding, voicemail to email',
    null,
    'Voice/RingCentral',
    [
      [
        'Symptoms',
        `- Callers hear the after-hours or holiday greeting during open hours.
- Main number rings nowhere / goes straight to voicemail; a person in the ring group never rings.
- Calls forwarded to a cell don't arrive; voicemails aren't emailed any more.`,
      ],
      [
        'Fix',
        `1. Admin Portal > Phone System > Auto-Receptionist (main company number) > Business hours. Check the time zone is (GMT-08:00) Pacific Time and the hours are right after daylight saving changes.
2. Custom rules: a holiday rule left enabled or with the wrong year plays the closed greeting. Disable or fix the date.
3. Call queues / ring groups: Admin Portal > Groups > Call queues > members. Each member has an "Accept queue calls" toggle in their own app - someone who switched it off never rings. Do Not Disturb in the app has the same effect.
4. User forwarding: Users > the user > Call Handling & Forwarding. Check the ring order, the forwarding numbers and the ring time before voicemail (too short = straight to voicemail).
5. Voicemail to email: Users > the user > Messages & Notifications > email notification "Voicemail: Notify and attach as MP3". Also check Microsoft 365 quarantine for mail from ringcentral.com.
6. Greetings can be re-recorded from the phone by dialing *86, or uploaded in the portal.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- RMM
  article('aj-ninja-agent', 'NinjaOne agent offline or not checking in', null, 'RMM/NinjaOne', [
    [
      'Symptoms',
      `- Device shows Offline in NinjaOne while the user is working on it; "Device offline for more than 24 hours" condition alert.
- Remote access from NinjaOne fails to connect, scripts and patches never run, inventory stale.
- Two device records for the same PC after a reset.`,
    ],
    [
      'Fix',
      `1. Confirm it's really online: the user, SentinelOne console last-seen, or a ping from another device at the site.
2. If you can reach it another way (user-started Quick Assist, on-site): services.msc > "NinjaRMMAgent" - start it and set Automatic. Check C:\\ProgramData\\NinjaRMMAgent\\logs for connection errors.
3. Network: the agent needs outbound HTTPS 443 to *.ninjarmm.com (our instance is app.ninjarmm.com). A client with strict FortiGate web filtering or SSL deep inspection can break it - check the FortiGate logs for the PC's IP.
4. Reinstall: NinjaOne > Organization > the client > Add device > Windows installer for the right location. Run it; it re-attaches to the existing device record if the machine wasn't reset.
5. After a reset/re-image: delete the old offline duplicate record after the new one checks in. For Autopilot devices the agent comes from the Intune Win32 app - check its install status in Intune if it never appears.
6. Macs: the agent needs Full Disk Access and Screen Recording approved (pushed by Intune profile); re-push if missing.`,
    ],
  ]),

  // ================================================================ Client runbooks
  // ---------------------------------------------------------------- Willamette Valley Orthodontics
  article(
    'aj-wvo-dolphin-db',
    'Dolphin Management / Dolphin Imaging: "Unable to connect to database" at workstations',
    willamette,
    'Line of business/Dolphin',
    [
      [
        'Symptoms',
        `- Dolphin Management or Dolphin Imaging won't open: "Unable to connect to the database server", "[DBNETLIB][ConnectionOpen (Connect()).]SQL Server does not exist or access denied", or a login window that just times out.
- Often all front desk and chairside PCs at once, first thing in the morning after patching.`,
      ],
      [
        'Cause',
        "The Dolphin database is a SQL Server named instance (DOLPHIN) on WVO-SRV01 in the Salem server closet. If that SQL service or the SQL Server Browser service doesn't start after a reboot, or the server is down, every station fails. One station failing alone is that PC (network, DNS or its Dolphin server setting). Keizer only failing = the tunnel, see aj-wvo-keizer.",
      ],
      [
        'Fix',
        `1. All stations: connect to WVO-SRV01 through NinjaOne. services.msc - "SQL Server (DOLPHIN)" and "SQL Server Browser" must be Running and Automatic. Start them. If SQL stops again, check the Application event log and free space on D: (database and logs).
2. After starting, have one front desk PC open Dolphin before telling everyone.
3. One station: ping WVO-SRV01 by name. If name fails, see aj-dhcp-dns. If it pings, open the Dolphin Server Configuration utility on that PC and check it points to WVO-SRV01\\DOLPHIN.
4. Patching: WVO-SRV01 is in the NinjaOne "Sunday 2 AM - LOB servers" policy. Never reboot it during clinic hours (Mon-Thu 7:30-5:30, Fri 7:30-1).`,
      ],
      [
        'Escalate',
        'Database errors inside Dolphin (corrupt tables, "Database version mismatch" after their update) go to Dolphin support - account number and phone are in Hudu > WVO > Vendors. Restores of the database come from Datto, coordinated with Dolphin.',
      ],
    ],
  ),
  article(
    'aj-wvo-dolphin-imaging',
    'Dolphin Imaging: patient photos won\'t import from the camera / "image folder not found"',
    willamette,
    'Line of business/Dolphin',
    [
      [
        'Symptoms',
        `- Clinical assistants import intraoral and extraoral photos from the Canon camera SD card into Dolphin Imaging at the photo station or chairside. Import fails with "The images folder \\\\WVO-SRV01\\DolphinImages could not be found" or "Access denied".
- Photos import but thumbnails show grey/blank, or the SD card reader doesn't show up.`,
      ],
      [
        'Fix',
        `1. From that PC open \\\\WVO-SRV01\\DolphinImages in Explorer. If it fails, it's network/permissions: the user must be in the "WVO-Clinical" group (aj-mapped-drives for the general steps).
2. Dolphin Imaging > Setup > Preferences > Import: the images path must be the UNC path above, not a mapped drive letter (a drive letter breaks when the drive doesn't map).
3. SD reader: the USB card readers are on the front of the photo station. Try another port; if Windows asks to format the card, click Cancel - never format, the photos are on it.
4. Camera set to RAW or RAW+JPEG: Dolphin imports JPEG only. Set the Canon to JPEG "L" (fine). The clinical lead knows how.
5. Blank thumbnails after a Dolphin update: usually SentinelOne blocking the new thumbnail component. Check the console for that PC (aj-sentinelone) and use the site exclusion for the Dolphin program folder.`,
      ],
    ],
  ),
  article(
    'aj-wvo-itero',
    'iTero Element scanner: scans stuck "Pending" / not sending to Invisalign or the lab',
    willamette,
    'Devices/iTero',
    [
      [
        'Symptoms',
        `- Scanner shows orders stuck in the outbox, "Send failed" or "The scanner is not connected to the internet".
- MyiTero portal doesn't show a scan the assistant says was sent.`,
      ],
      [
        'What we support',
        "The iTero Element 5D is owned and managed by Align. We support its network connection only; software updates, calibration and the wand are Align's (iTero support, number in Hudu > WVO > Vendors). Don't install anything on it.",
      ],
      [
        'Fix',
        `1. The Salem scanner lives in Op 3 and should be wired (the cable under the cart). If someone unplugged it, it falls back to Wi-Fi SSID "WVO-Clinical".
2. In Instant On > Clients, search "iTero". Not there = not on the network. If the WVO-Clinical password was changed, it must be re-entered on the scanner (Settings > Wi-Fi) - password in Hudu.
3. FortiGate Salem: the scanner's IP is in the "iTero" address object with web filtering bypassed. If it got a new IP (no reservation), add the reservation and update the object. Check Log & Report > Web Filter for blocks to *.aligntech.com / myitero.com.
4. Once online, pending scans send by themselves within a few minutes; the assistant can tap Send again.
5. Still stuck with good internet: call iTero support.`,
      ],
    ],
  ),
  article(
    'aj-wvo-pano',
    'Carestream CS 8100 3D pano/ceph: "Device not detected" in CS Imaging, images not reaching Dolphin',
    willamette,
    'Devices/X-ray',
    [
      [
        'Symptoms',
        `- On the X-ray acquisition PC (WVO-XRAY01) CS Imaging shows "The unit is not connected" / "No device detected"; the acquisition window won't open and the unit's ready light doesn't go green.
- Capture works but the pano/ceph never shows up in the patient's Dolphin Imaging record.`,
      ],
      [
        'Fix',
        `1. Turn the X-ray unit off, wait 30 seconds, on, and let it finish initialising (about 2 minutes) BEFORE opening CS Imaging. Then restart CS Imaging.
2. The unit talks to WVO-XRAY01 on a dedicated second network card named "XRAY" with static IP 192.168.50.10/24 (unit is .11). Windows updates sometimes reset that card to DHCP or disable it. Fix the static IP, no gateway, no DNS.
3. Windows Firewall must have the CS Imaging rules on the Private profile; the XRAY network should show as Private.
4. SentinelOne: CS Imaging and its acquisition service have a site exclusion. If the console shows a recent block on WVO-XRAY01, see aj-sentinelone.
5. Images not reaching Dolphin: the Dolphin bridge picks up exports from C:\\CSExport. Check the folder exists and isn't full of old stuck files; re-send from CS Imaging (Export to Dolphin).`,
      ],
      [
        'Rules for this PC',
        'WVO-XRAY01 is in the NinjaOne "no feature updates / no driver updates" policy because the Carestream dealer certifies the Windows build. Calibration, sensor or "tube" errors go to the dealer (Hudu > WVO > Vendors), not us.',
      ],
    ],
  ),
  article(
    'aj-wvo-keizer',
    'Keizer office: Dolphin or shared drives unreachable (site-to-site VPN to Salem)',
    willamette,
    'Site/Keizer',
    [
      [
        'Symptoms',
        `- Keizer staff get the Dolphin database error and the S: drive is missing, while Salem works.
- Internet, email and RingCentral phones work fine in Keizer.`,
      ],
      [
        'Cause',
        'Keizer has no server. Its FortiGate 40F connects to the Salem FortiGate 60F over an IPsec tunnel named "WVO-KEIZER". Keizer is on Ziply Fiber with a dynamic IP, so the Salem side finds it through FortiDDNS (wvo-keizer.fortiddns.com). When Ziply hands out a new IP or the Keizer FortiGate reboots, the tunnel can stay down.',
      ],
      [
        'Fix',
        `1. Salem FortiGate > Dashboard > Network > IPsec: status of WVO-KEIZER. If down, right-click > Bring Up.
2. Still down: on the Keizer FortiGate check the WAN IP and that FortiDDNS updated (System > FortiGuard > FortiDDNS shows the same IP). A stale DDNS record is the usual cause.
3. Log & Report > System Events > VPN on both sides for phase 1 errors (e.g. "negotiation failure", "peer SA proposal not match").
4. Workaround while it's down: Keizer PCs can connect FortiClient VPN straight to Salem (they have the profile), then Dolphin works.
5. Once up, Dolphin works immediately; mapped drives may need "Reconnect drives".`,
      ],
      [
        'Note',
        'Dolphin Imaging in Keizer is always slower than Salem - large ceph images cross the tunnel. 5-10 seconds per image is normal; minutes is not.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Umpqua Comfort Heating & Cooling
  article(
    'aj-uch-st-mobile',
    'ServiceTitan Mobile on truck tablets: jobs missing, stuck syncing, photos/forms not uploading',
    umpqua,
    'Line of business/ServiceTitan',
    [
      [
        'Symptoms',
        `- Technician's tablet shows no jobs (or yesterday's jobs) while dispatch shows jobs assigned.
- App says "Sync failed" / spins on "Syncing"; a job stuck in "Working".
- Photos, forms or signatures show "pending upload" for hours.`,
      ],
      [
        'Fix',
        `1. Ask dispatch (Marcus) to confirm in ServiceTitan web that the appointment is Dispatched to that technician, not just scheduled. Unassigned jobs never show on the tablet.
2. Check the tablet has data: open a web page. Out of Verizon coverage (lots of the county) = it'll sync when back in signal; Wi-Fi at the shop works too.
3. In the app pull down to refresh, then Settings > Sync now.
4. IMPORTANT: before logging out or clearing data, check the "Pending uploads" count. Logging out with pending items loses those photos/forms. Let them upload on shop Wi-Fi first.
5. Update the app: Managed Google Play (Play Store on the tablet) > ServiceTitan > Update. Intune pushes updates nightly but trucks out overnight miss them.
6. Still stuck with nothing pending: Android Settings > Apps > ServiceTitan > Storage > Clear cache (not Clear data), reopen.
7. ServiceTitan problems (job data wrong, pricebook, permissions) go to the office manager, Shelley, who is the ServiceTitan admin and opens cases with ServiceTitan support via in-app chat.`,
      ],
    ],
  ),
  article(
    'aj-uch-tablets',
    'Truck tablets (Samsung Galaxy Tab Active): new/replacement setup, no mobile data, lost or broken',
    umpqua,
    'Devices/Tablets',
    [
      [
        'Setup',
        `- 14 Samsung Galaxy Tab Active5 tablets in OtterBox mounts, one per truck, plus 2 spares in the office IT closet.
- Each is enrolled through Samsung Knox Mobile Enrollment into Intune as Android Enterprise fully managed, profile "UCH-Trucks". Each tech signs in with their own Microsoft 365 F3 account.`,
      ],
      [
        'New or replacement tablet',
        `1. Take a spare, factory reset it (Settings > General management > Reset), connect to the shop Wi-Fi "UCH-Shop". Knox enrollment starts by itself: "This device belongs to Umpqua Comfort Heating & Cooling".
2. Sign in as the technician. Wait ~15 minutes for Intune to push ServiceTitan, Outlook, Teams, Google Maps and the Wi-Fi profile.
3. Move the Verizon SIM from the old tablet, or activate a new one in Verizon My Business (Shelley has the login).
4. Log in to ServiceTitan Mobile with the tech's ServiceTitan username.
5. Delete the old tablet from Intune and update the truck number in Hudu > UCH > Tablets.`,
      ],
      [
        'No mobile data / "No SIM"',
        `1. Reseat the SIM (tray needs the pin tool, it's in the closet).
2. Settings > Connections > Mobile networks > Access Point Names: should be "VZWINTERNET".
3. Line suspended for non-payment or a lost-device suspension - Shelley checks in Verizon My Business.`,
      ],
      [
        'Lost or broken',
        'Lost: follow aj-lost-device (wipe in Intune) and have Shelley suspend the Verizon line. Broken screen: swap to a spare the same day, send the broken one for repair through the Samsung business warranty.',
      ],
    ],
  ),
  article(
    'aj-uch-quickbooks',
    'QuickBooks Desktop Enterprise: H202/H505 multi-user errors and the ServiceTitan Web Connector sync',
    umpqua,
    'Line of business/QuickBooks',
    [
      [
        'Symptoms',
        `- "This company file is on another computer, and QuickBooks needs some help connecting. (H202)" or H505; "You're not able to switch to multi-user mode".
- Invoices and payments from ServiceTitan stop showing up in QuickBooks; QuickBooks Web Connector shows a red error (QBWC1085, QBWC1039, "Could not start QuickBooks").`,
      ],
      [
        'Setup',
        'The company file is on UCH-SRV01 in D:\\QBData, shared as \\\\UCH-SRV01\\QBData. QuickBooks Database Server Manager runs on the server only. The ServiceTitan accounting sync runs through QuickBooks Web Connector on the accounting PC UCH-ACCT01, logged in as Shelley, with QuickBooks open.',
      ],
      [
        'Fix H202/H505',
        `1. UCH-SRV01: services.msc - "QuickBooksDBXX" (XX = version, 34 for 2024) must be running. Open QuickBooks Database Server Manager > Scan Folders, scan D:\\QBData.
2. Windows Firewall on the server: the "QuickBooks" inbound rules for the version's ports must exist (re-run the Database Server Manager setup if they're missing after an upgrade).
3. On every workstation: File > Utilities - it must say "Host Multi-User Access", i.e. the workstation is NOT hosting. A workstation hosting breaks everyone else.
4. Open the file by UNC path \\\\UCH-SRV01\\QBData\\Umpqua Comfort.qbw, not via a mapped letter that differs per PC.`,
      ],
      [
        'Fix Web Connector / ServiceTitan sync',
        `1. On UCH-ACCT01, QuickBooks must be open in the company file for the sync to run.
2. After a QuickBooks update: Edit > Preferences > Integrated Applications > Company Preferences - re-allow the ServiceTitan application ("Allow access even if QuickBooks is not running" ticked).
3. In Web Connector re-enter the ServiceTitan app password (in Hudu) and click Update Selected.
4. Sync errors about specific invoices (customer name too long, item missing) are accounting data issues - Shelley fixes those in ServiceTitan.`,
      ],
    ],
  ),
  article(
    'aj-uch-designjet',
    'HP DesignJet T650 plotter: plans print cut off, shrunk to letter size, or blank',
    umpqua,
    'Devices/Plotter',
    [
      [
        'Symptoms',
        `- Mechanical plans / duct layouts from builders print on letter paper, tiny, or with the right side cut off.
- Large PDFs print blank pages or take forever.
- "Paper too small" / "Load paper" when the roll is in.`,
      ],
      [
        'Fix',
        `1. Print to the queue named "Plotter - DesignJet T650 (24in)" which uses the HP DesignJet driver. The "HP Universal" or "Microsoft IPP" queue Windows adds by itself prints letter size - delete it.
2. In Adobe Acrobat/Reader: Page Sizing = Actual size, click Page Setup and choose Roll 24 in or ARCH D (24 x 36). Let the driver rotate automatically.
3. Blank or partial pages from builder PDFs (lots of layers/vectors): Acrobat > Print > Advanced > tick "Print As Image".
4. "Paper too small": the plan is 30 x 42 (ARCH E1) - it won't fit a 24-inch roll. Use "Fit" and tell the estimator it will be scaled, or send it to the print shop.
5. Roll problems: load the roll from the front panel (Paper > Load roll). The paper edge must be cut straight; the sensor rejects torn edges.
6. Jobs stuck in the queue: see aj-printer-offline.`,
      ],
      [
        'Escalate',
        'Printhead errors, streaks and carriage problems: HP Care Pack support (Hudu > UCH > Vendors).',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Hollister & Brandt CPAs
  article(
    'aj-hb-ultratax-network',
    'UltraTax CS / CS Professional Suite: "data location not available" and version mismatch after updates',
    hollister,
    'Line of business/UltraTax CS',
    [
      [
        'Symptoms',
        `- "The data location W:\\WinCSI\\UT24\\Data is not available" / "Could not access the shared data" / "CS Professional Suite applications cannot connect to the shared data folder".
- After an update: "The workstation installation of UltraTax CS is older than the network installation. Run workstation setup" and a UAC prompt for admin credentials.
- UltraTax very slow opening returns.`,
      ],
      [
        'Setup',
        'Network installation on HB-APP01. \\\\HB-APP01\\WinCSI is mapped as W: by GPO. UltraTax CS, Practice CS, FileCabinet CS and Fixed Assets CS all use it. Data for each tax year sits under W:\\WinCSI\\UTxx\\Data.',
      ],
      [
        'Fix',
        `1. Data location not available: can the user open W:? If W: is missing or red, it's a drive mapping/VPN problem - aj-mapped-drives. If W: opens but UltraTax still can't see the data folder, check the user's NTFS rights (group "HB-Staff").
2. Version mismatch: updates are installed on HB-APP01 first via CS Connect by us (as admin, after hours). Each workstation then needs the workstation update, which requires admin. Run it from NinjaOne: script "UltraTax workstation update" (runs W:\\WinCSI\\UT24\\wsupdate.exe silently). Don't give users the admin password.
3. Slow: make sure SentinelOne has the Thomson Reuters recommended path exclusion for W:\\WinCSI on the site (aj-sentinelone for false positives after updates).
4. During tax season (Feb 1 - Apr 15, and Sep/Oct extension crunch) no server reboots on weekdays 7 AM - 10 PM or Saturdays before 6 PM.`,
      ],
    ],
  ),
  article(
    'aj-hb-ultratax-efile',
    "UltraTax CS e-file transmissions fail / CS Connect can't connect / licences not updated",
    hollister,
    'Line of business/UltraTax CS',
    [
      [
        'Symptoms',
        `- CS Connect: "Unable to connect to Thomson Reuters" with error 12029, 12002 or 10060.
- E-file returns sit at "Ready to transmit" and never go; EF Status not updating.
- New year module says "not licensed" / licences expired at the start of the season.`,
      ],
      [
        'Fix',
        `1. CS Connect uses HTTPS to Thomson Reuters. The HB FortiGate web filter uses certificate inspection only for this reason; if someone changed the policy to deep inspection, CS Connect breaks. Check the policy "HB-Staff-Internet".
2. Try CS Connect on HB-APP01 itself. Works on the server but not a workstation = that PC (proxy settings, VPN, firewall). Fails everywhere = internet/firewall or Thomson Reuters (check their status page).
3. Licences: UltraTax > Setup > System Configuration > Licensing > Retrieve licenses via CS Connect. Do this at the start of each season and after the firm buys more modules.
4. Transmission itself: File > Transmit > Transmit. Returns stuck because of TR server issues clear on their side.
5. IRS or state rejections (business-rule errors, AGI/PIN mismatches, duplicate SSN) are preparer problems, not IT. Send the ticket back to Dana Okafor, the firm's e-file coordinator.`,
      ],
    ],
  ),
  article(
    'aj-hb-sharefile',
    "ShareFile client portal: client can't log in or upload, link expired, Outlook add-in missing",
    hollister,
    'Line of business/ShareFile',
    [
      [
        'Symptoms',
        `- A tax client says "the link doesn't work", "Your link has expired", or never got the password reset email.
- Client can't upload to their folder: "You do not have permission".
- Staff: the ShareFile buttons ("Attach files" / "Request files") are gone from Outlook.`,
      ],
      [
        'Who does what',
        'Dana Okafor (office manager) is the ShareFile admin and owns client accounts. We help with the staff side and the Outlook add-in, and walk Dana through client issues.',
      ],
      [
        'Fix',
        `1. Client locked out: ShareFile web > People > Browse Clients > the client > Reset password / Unlock. Reset emails come from a sf-notifications.com address - tell the client to check spam.
2. Expired link: request and share links default to 30 days for this firm. Send a new File Request from the client's folder.
3. Upload denied: the client must have Upload permission on their own folder (folder > People on this folder).
4. Outlook add-in: ShareFile for Outlook is deployed as a web add-in from Microsoft 365 admin center > Settings > Integrated apps, assigned to the group "HB-Staff". New staff not in that group don't get it. Add-ins can take up to 24 hours to appear; restart Outlook. Works in classic and new Outlook.
5. Tax documents should never be emailed as attachments - if a client insists on email, Dana decides.`,
      ],
    ],
  ),
  article(
    'aj-hb-scansnap',
    'ScanSnap iX1600: "ScanSnap is not connected" and scans saving to the wrong folder',
    hollister,
    'Devices/Scanners',
    [
      [
        'Symptoms',
        `- ScanSnap Home: "ScanSnap is not connected" / "ScanSnap Home is not running"; the touchscreen shows no profiles.
- Scans land in Documents\\ScanSnap instead of the client folder; PDFs aren't searchable.`,
      ],
      [
        'Setup',
        'Every preparer has a ScanSnap iX1600 (Fujitsu, now Ricoh) connected by USB. Wi-Fi scanning is turned off by our standard. The shared profile "HB Client Docs" saves searchable PDFs to \\\\HB-APP01\\Scans\\<username>, which FileCabinet CS imports from.',
      ],
      [
        'Fix',
        `1. Plug the USB cable straight into the laptop, not the dock or a monitor's USB hub - docks drop the scanner after sleep.
2. ScanSnap Home must be running (tray icon). If it's not starting with Windows, Settings > Preferences > "Start ScanSnap Home automatically".
3. Wrong folder: the user picked the default "Scan to Folder" profile. On the touchscreen select "HB Client Docs". If the profile is missing, ScanSnap Home > Edit Profiles > Import and pick \\\\HB-APP01\\Scans\\_Profiles\\HB.ssp.
4. Save location errors: check the user can open \\\\HB-APP01\\Scans\\<username> (aj-mapped-drives).
5. Not searchable: profile > Detailed settings > File format > "Convert to Searchable PDF" ticked, language English.
6. Firmware: ScanSnap Home > Help > Online Update.`,
      ],
    ],
  ),
  article(
    'aj-hb-seasonal',
    'Tax-season seasonal staff: accounts, UltraTax users, loaner laptops and expiry',
    hollister,
    'Lifecycle/Seasonal staff',
    [
      [
        'How the firm works',
        'Hollister & Brandt hires 3-5 seasonal preparers and a receptionist every January. Several return each year. Requests come from Mark Hollister or Dana Okafor only.',
      ],
      [
        'Setup (early January)',
        `1. Returning staff: their AD account is disabled in "Disabled Users\\Seasonal". Move it back to "Seasonal", enable it, reset the password (aj-password-reset), and set Account expires = April 30 of this year.
2. New staff: follow aj-onboarding using the "_Seasonal Template" AD user, same expiry date.
3. Licence: re-use the Microsoft 365 Business Premium licences freed last May - don't buy new unless the pool is empty.
4. UltraTax CS / Practice CS: Dana adds them as staff in Practice CS; we add them in UltraTax > Setup > Users and check the firm's licence seat count.
5. Laptops: loaners HB-LOAN01 to HB-LOAN05 are Autopilot devices. Reset them and sign the user in before their first day.
6. No FortiClient VPN for seasonal staff - they work in the office only.`,
      ],
      [
        'Account stopped working',
        "A seasonal user who can't log in after April 30 (or October 15 for extension season) has simply expired. Only Mark Hollister can approve an extension; then change the Account expires date in AD.",
      ],
      [
        'End of season',
        'On May 1 the accounts expire by themselves. Then: convert mailboxes to shared, remove licences, disable the account and move it to "Disabled Users\\Seasonal", reset the loaners (aj-offboarding for the rest).',
      ],
    ],
  ),
  // ---------------------------------------------------------------- St. Brendan Lutheran Church & School
  article(
    'aj-sbl-chromebooks',
    'Student Chromebooks: "locked by the admin", re-enrollment after Powerwash, sign-in blocked',
    stbrendan,
    'Devices/Chromebooks',
    [
      [
        'Setup',
        'Grades 3-8 use about 140 Lenovo 100e / 300e Chromebooks in classroom carts, managed in Google Admin for stbrendan.org (Google Workspace for Education; staff use Microsoft 365). Students sign in with @students.stbrendan.org accounts. Devices are in OUs by grade under /Students. Only school accounts can sign in. Forced re-enrollment is on.',
      ],
      [
        'Symptoms',
        `- "This device is locked by the admin" / "This device has been disabled".
- After a student Powerwash (Ctrl+Alt+Shift+R) the Chromebook lets anyone sign in with Gmail, or doesn't show "managed by stbrendan.org".
- "You can't sign in with this account" / "This account isn't allowed to sign in" for a student.`,
      ],
      [
        'Fix',
        `1. Google Admin console > Devices > Chrome > Devices: search by serial (on the bottom sticker) or the asset tag.
2. Disabled: it was marked missing. Confirm with the teacher it's back, then select > Re-enable.
3. Not enrolled after Powerwash: at the sign-in screen, before anyone logs in, press Ctrl+Alt+E and enroll with the enrollment account (enroll@stbrendan.org, password in Hudu). Forced re-enrollment normally does this on its own once the device is on SBL-Students Wi-Fi.
4. Student can't sign in: check the student account is active and in the right OU (Directory > Users). Substitute or new students need an account first - the school office requests it.
5. Chromebook lands in the wrong OU: move it (Devices > Move) so the right grade's apps and web filter apply.
6. Chrome Education licences: 150 bought; if enrollment fails with "no licences", disable and deprovision retired devices first.`,
      ],
      [
        'Hardware',
        "Broken screens/keyboards: teacher sends it to the school office, which swaps it from the spare cart and ships the broken one to the repair vendor. We don't do Chromebook repairs.",
      ],
    ],
  ),
  article(
    'aj-sbl-checkin',
    'Planning Center Check-Ins: name tag / security labels not printing on Sunday',
    stbrendan,
    'Line of business/Planning Center',
    [
      [
        'Setup',
        "Children's ministry check-in uses Planning Center Check-Ins on two iPads at the welcome desk plus a self check-in station (Windows mini PC with touchscreen). Each station prints to a Brother QL-820NWB label printer by network, on SBL-Staff Wi-Fi with a DHCP reservation (IPs in Hudu). Labels: Brother DK-1201 (29 x 90 mm).",
      ],
      [
        'Symptoms',
        `- Check-in completes but no label prints; station shows "Printer not found" / "No printer selected".
- Labels come out blank, half printed or cut mid-label.
- Brother printer red light or flashing orange.`,
      ],
      [
        'Fix',
        `1. Is the iPad on SBL-Staff? If it joined SBL-Guest it can't see the printers (guest isolation, aj-sbl-wifi). This is the most common Sunday cause.
2. Printer lights: red = cover open or out of labels; flashing orange = label jam. Reload the DK-1201 roll and power-cycle.
3. Planning Center > Check-Ins > Stations > the station: is the right printer assigned? After a printer got a new IP, re-select it on the iPad (station settings > Printer).
4. Blank or cut labels: the label roll in the printer must match the label type in Check-Ins (DK-1201). Someone loading a continuous 62 mm roll causes this.
5. Windows self check-in station: the Planning Center Check-Ins app must be open, full screen, signed in as the station.
6. Sunday morning and nothing works: volunteers hand-write tags (security codes on the clipboard list) and call our on-call number. Weekday follow-up for anything not fixed.`,
      ],
    ],
  ),
  article(
    'aj-sbl-livestream',
    "Sunday livestream: won't start, drops or poor quality (OBS, ATEM Mini, YouTube)",
    stbrendan,
    'Site/Sanctuary AV',
    [
      [
        'Setup',
        'The 8:30 and 10:45 services stream to the church YouTube channel from SBL-MEDIA01, a Windows PC in the sound booth, wired to the network (never Wi-Fi). Cameras feed a Blackmagic ATEM Mini Pro, which connects to the PC by USB-C as a webcam; OBS Studio sends to YouTube. Sound desk feeds ATEM mic input 1. The media team volunteer lead is Josh Reinholt.',
      ],
      [
        'Symptoms',
        `- OBS: "Failed to connect to server" / "Invalid stream key" when clicking Start Streaming.
- YouTube Studio: "Stream health: Poor", "No data", viewers see buffering; OBS shows red dropped frames.
- Video black in OBS, or no sound on the stream.`,
      ],
      [
        'Fix',
        `1. Failed to connect / invalid key: someone reset the stream key in YouTube Studio. In OBS Settings > Stream use "Connect Account (recommended)" with the church Google account (Hudu) instead of pasting a key.
2. Dropped frames (network): the church has Comcast with about 35 Mbps upload. OBS bitrate is set to 4500 Kbps for 1080p; don't raise it. A FortiGate traffic-shaping policy gives SBL-MEDIA01 priority - check it still exists if someone changed the firewall. Big uploads on Sunday (a staff OneDrive sync, Windows updates) hurt: NinjaOne patching for this PC is Tuesday only.
3. Dropped frames (rendering/encoding): OBS Stats window; lower output to 720p if the PC is struggling.
4. Black video: replug the ATEM USB-C cable and re-select "Blackmagic Design" in the OBS video capture source. Check the ATEM is on the right input.
5. No sound: ATEM Software Control > Audio - mic 1 on and not muted; in OBS the ATEM audio source isn't muted.
6. Whole internet down: aj-isp-outage.`,
      ],
    ],
  ),
  article(
    'aj-sbl-wifi',
    'St. Brendan Wi-Fi networks: SBL-Staff, SBL-Students and SBL-Guest (captive portal, schedule, filtering)',
    stbrendan,
    'Site/Network',
    [
      [
        'Networks (Aruba Instant On, 9 APs across church, school wing and gym)',
        `- SBL-Staff: WPA2 password, staff laptops, check-in iPads and printers.
- SBL-Students: hidden; password pushed to Chromebooks by Google Admin only. FortiGuard web filter profile "Students" (CIPA).
- SBL-Guest: open with a captive portal "splash page" (accept terms), client isolation, 10 Mbps per device, turned off 10 PM - 6 AM by schedule.`,
      ],
      [
        'Symptoms',
        `- Guests connect to SBL-Guest but the splash page never appears / "connected, no internet".
- Guest Wi-Fi missing at an evening event.
- Someone on SBL-Guest can't print or reach a check-in printer.
- Students' Chromebooks lose Wi-Fi after a password change.`,
      ],
      [
        'Fix',
        `1. No splash page: have the guest open a plain http page such as http://neverssl.com, which triggers the portal. iPhones with "Private Wi-Fi Address" set to Rotating may need it set to Fixed.
2. Evening events (weddings, funerals, concerts): the guest schedule turns SBL-Guest off at 10 PM. Deb Hanley (church administrator) can pause the schedule in the Instant On app, or ask us a day ahead.
3. Printing/check-in from Guest: blocked by design (isolation). Staff devices use SBL-Staff.
4. Changing the SBL-Students password: change it in Instant On AND in Google Admin > Devices > Networks at the same time, or every Chromebook drops off. Do it during a school break.
5. Anything else Wi-Fi (drops, weak signal): aj-wifi.`,
      ],
    ],
  ),
];
