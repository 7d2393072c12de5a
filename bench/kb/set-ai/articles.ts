/**
 * Set AI: a blind labelled KB set, written without reading the search code or any other set.
 *
 * The MSP is Wascana Tech Partners, a nine-tech managed service provider in Regina, Saskatchewan,
 * that supports small businesses across southern Saskatchewan and keeps its runbooks in IT Glue.
 * Its standard stack: Microsoft 365 Business Premium (Exchange Online, Teams, OneDrive/SharePoint,
 * Entra ID with MFA and SSPR, Intune and Autopilot), NinjaOne RMM, SentinelOne EDR, WatchGuard
 * Firebox firewalls with Mobile VPN with SSL, Ubiquiti UniFi Wi-Fi, Veeam backups, a hosted 3CX
 * phone system with Yealink handsets, and Canon imageRUNNER ADVANCE copiers on lease. Internet is
 * mostly SaskTel and Access Communications, with Starlink at rural sites. Its four documented
 * clients are Riverbend Family Dental Centre (a six-operatory practice in Saskatoon on ABELDent with
 * Dexis x-ray sensors), Prairie Haul Transport Ltd. (a Regina trucking firm on Trimble TruckMate, with
 * Geotab tablets in the trucks and a heavy-duty shop), Kowalchuk Desjardins LLP (a 22-person Regina
 * law firm on PCLaw, Worldox and Philips dictation) and Touchwood Hills Grain Co-operative Ltd. (a
 * grain and agro co-op in Punnichy with a scale house, AGRIS, and a satellite elevator at Lestock).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AI_CLIENTS = {
  riverbend: 'Riverbend Family Dental Centre',
  prairieHaul: 'Prairie Haul Transport Ltd.',
  kowalchuk: 'Kowalchuk Desjardins LLP',
  touchwood: 'Touchwood Hills Grain Co-operative Ltd.',
} as const;

const { riverbend, prairieHaul, kowalchuk, touchwood } = SET_AI_CLIENTS;

export const SET_AI_ARTICLES: BenchArticle[] = [
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: Microsoft 365 / Outlook / Exchange Online
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-outlook-password-loop',
    'Outlook keeps asking for a password (credential prompt loop)',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `Outlook pops up the Microsoft sign-in window, or the old grey "Windows Security" box, over and over. The status bar says "Need Password" or "Disconnected" and mail sits in the Outbox. Usually starts right after a password change, or after the user changed their password on their phone first.`,
      ],
      [
        'Cause',
        `A stale cached token or saved credential. Less often the Windows account broker (AAD Broker Plugin) is broken, or the work account under "Access work or school" is in an error state.`,
      ],
      [
        'Fix',
        `1. Confirm the user can sign in to outlook.office.com with the same password. If they can't, this is an account problem: see the SSPR/password reset or MFA runbooks.
2. Close Outlook and Teams completely (check the system tray).
3. Control Panel > Credential Manager > Windows Credentials: remove every entry starting with "MicrosoftOffice16_Data" and any "SSO_POP_Device" entries.
4. Settings > Accounts > Access work or school: if the work account shows an error, click it and sign in again.
5. Open Outlook, sign in once with the full email address and approve the MFA prompt.
6. Still looping: re-register the broker. In PowerShell as the user: Add-AppxPackage -Register "C:\\Windows\\SystemApps\\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\\Appxmanifest.xml" -DisableDevelopmentMode -ForceApplicationShutdown, then reboot.
7. Last resort: Control Panel > Mail > Show Profiles > Add a new profile, set "Always use this profile".`,
      ],
      [
        'Escalate',
        `If the sign-in logs show the account flagged as risky or sign-ins from outside Canada, stop and follow the compromised mailbox runbook.`,
      ],
    ],
  ),
  article(
    'ai-outlook-ost-search',
    'Outlook slow, search finds nothing, or folders not updating (OST rebuild)',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `Search returns no results or "We're having trouble fetching results from the server". New mail shows on the phone but not in Outlook. Outlook takes minutes to open, sits on "Updating Inbox" or "Processing", or goes "Not Responding".`,
      ],
      [
        'Fix',
        `1. Check the status bar: it should say "All folders are up to date. Connected to: Microsoft Exchange".
2. Check the mail is really there in Outlook on the web. If it is missing in OWA too, this is not an OST problem (look at inbox rules and the compromised mailbox runbook).
3. Search broken: make sure the Windows Search service is running, then File > Options > Search > Indexing Options > Advanced > Rebuild. Indexing takes a few hours on a big mailbox; tell the user.
4. Look at the OST size in %localappdata%\\Microsoft\\Outlook. Over 20 GB: set File > Account Settings > Change > "Download email for the past" to 1 year.
5. Rebuild the OST: close Outlook, rename the .ost to .old, reopen. Outlook resyncs from Exchange. On a slow rural link this can take most of a day, so do it at end of day.
6. Start "outlook.exe /safe". If it is fast in safe mode, disable COM add-ins (File > Options > Add-ins) one at a time: PDF, old CRM and Zoom add-ins are the usual culprits.
7. Delete the .old file once the user confirms everything is there.`,
      ],
    ],
  ),
  article(
    'ai-shared-mailbox',
    'Shared mailbox: granting access, not appearing in Outlook, Send As errors',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Grant access',
        `1. Get approval from the client's authorised contact (listed in IT Glue) for anything that isn't the user's own team mailbox.
2. Exchange admin center > Recipients > Mailboxes > select the shared mailbox > Delegation.
3. "Read and manage (Full Access)" to open it; "Send as" to send from its address; "Send on behalf" only if the client wants "on behalf of" shown.
4. Shared mailboxes need no licence under 50 GB. Never set a password on one and sign in to it directly.`,
      ],
      [
        'Not showing in Outlook',
        `1. Automapping takes up to 60 minutes. Close and reopen Outlook after that.
2. Still missing: remove and re-add Full Access with PowerShell: Add-MailboxPermission -Identity reception@ -User jenna@ -AccessRights FullAccess -AutoMapping $true.
3. Or add it by hand: File > Account Settings > Change > More Settings > Advanced > Add.
4. Phone: Outlook app > Add account > Add shared mailbox.`,
      ],
      [
        'Send As errors',
        `1. "You don't have permission to send on behalf of the specified user" right after granting: wait an hour for replication.
2. Delete the old entry from the From autocomplete list (hover > X) and type the address fresh.
3. So sent items land in the shared mailbox's Sent Items instead of the user's: Set-Mailbox reception@ -MessageCopyForSentAsEnabled $true.`,
      ],
    ],
  ),
  article(
    'ai-mailbox-full',
    'Mailbox full or over quota, enabling the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `"Your mailbox is almost full" / "Your mailbox is full" banners, user can't send, senders get a bounce with 554 5.2.2 "mailbox full". NinjaOne or the M365 admin center flags the mailbox at 90%+.`,
      ],
      [
        'Fix',
        `1. Check size: Exchange admin center > mailbox > Usage, or Get-MailboxStatistics user@ | fl TotalItemSize.
2. Quick relief: empty Deleted Items; in Outlook use File > Tools > Mailbox Cleanup to find large items; sort by size and save big attachments to OneDrive.
3. Business Premium / E3 users: enable the online archive (EAC > mailbox > Others > Manage mailbox archive > Enable). Apply the "WTP - Move to archive after 2 years" retention policy, then run Start-ManagedFolderAssistant user@ to kick it off. Nothing is deleted: old mail moves to "Online Archive" in Outlook.
4. Business Basic/Standard users: the archive needs an Exchange Online Archiving add-on licence. Raise with the account manager; don't buy without client approval.
5. Shared mailboxes over 50 GB need a licence before the archive can be turned on.
6. Users who "need everything for audit" are covered by the archive: they keep all of it.`,
      ],
      [
        'Escalate',
        `Recoverable Items over quota (litigation hold mailboxes, common at law firms) goes to L2.`,
      ],
    ],
  ),
  article(
    'ai-email-bounce-ndr',
    'Emails bouncing (NDR) or external senders say our mail never arrives',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'First step: message trace',
        `1. Exchange admin center > Mail flow > Message trace. Search by sender, recipient and date.
2. Status "Delivered" on outbound = it left us; the problem is at the recipient's side (their spam filter). "Quarantined" = see the quarantine runbook. "Failed" = read the NDR code.`,
      ],
      [
        'Common NDR codes',
        `1. 550 5.1.1 RecipientNotFound / RESOLVER.ADR.RecipNotFound: typo in the address, or a leaver. Clear the bad entry from the Outlook autocomplete.
2. 550 5.7.1 / 5.7.708 / "Your message couldn't be delivered because you weren't recognized as a valid sender" / "restricted from sending": the account may be compromised, go to the compromised mailbox runbook now.
3. 550 5.7.23 or 5.7.509 (SPF/DMARC fail): check the client's SPF record includes spf.protection.outlook.com and any mail-sending service (invoicing software, website).
4. 554 5.2.2 mailbox full: see mailbox full runbook.
5. 550 5.4.1 Recipient address rejected: Access denied: the recipient domain isn't accepted in our tenant (check the accepted domain and MX record).`,
      ],
      [
        'Inbound mail not arriving',
        `1. Ask for the sender's bounce message (screenshot is fine) and the exact time.
2. Message trace inbound. No record at all = never reached Microsoft: check MX on MXToolbox and that the sender's server isn't blocked.
3. Check the client's domain and sending IP on MXToolbox blacklist check if their customers say our mail goes to their junk.`,
      ],
    ],
  ),
  article(
    'ai-quarantine-junk',
    'Legitimate email stuck in quarantine or going to Junk',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `User expected an email (supplier order confirmation, invoice, a client's reply) and it never arrived, or it's in Junk. Or the user received a "messages held in quarantine" notification and asks if it's safe.`,
      ],
      [
        'Fix',
        `1. Check the user's Junk Email folder first.
2. Microsoft Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine. Search by sender or recipient.
3. Check the quarantine reason. Spam or bulk: safe to release to the recipient. Phishing or malware: do NOT release; escalate to the security lead.
4. Release, and tick "Report messages to Microsoft for analysis" for false positives.
5. Repeated false positives from a real supplier: add the sender (not the whole domain, and never gmail.com/outlook.com) to the Tenant Allow/Block List > Domains & addresses > Allow, 30-day expiry.
6. Users get a daily quarantine digest email and can release spam-verdict messages themselves with "Release".
7. For Junk: Outlook > Junk > Never block sender.`,
      ],
      [
        'Note',
        `If the message isn't in quarantine at all, run a message trace (see the NDR/bounce runbook): it may never have been sent to us.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: Teams, OneDrive, SharePoint, licensing
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-teams-not-loading',
    "Teams won't open, white screen, stuck loading or signed in to the wrong account",
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        `Teams opens to a blank white or purple window with a spinner, crashes on launch, loops at "We're setting things up", or opens in another organisation's account (usually a vendor or a former employer the user was a guest of).`,
      ],
      [
        'Fix',
        `1. Quit Teams fully: right-click the tray icon > Quit.
2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams.
3. Classic Teams (still on a few old PCs): delete the contents of %appdata%\\Microsoft\\Teams.
4. Reopen and sign in with the work address.
5. Wrong organisation: click the profile picture > switch to the home organisation; remove stale guest accounts under Settings > Accounts > Access work or school.
6. Check Microsoft 365 Service health in the admin center if several users report it at once.
7. Still broken: uninstall and reinstall from Company Portal (Teams is an Intune required app, so a reboot after uninstall reinstalls it).`,
      ],
    ],
  ),
  article(
    'ai-teams-audio-video',
    'Teams calls: nobody can hear me, no sound, or camera not found',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        `Other people can't hear the user, the user hears nothing, echo, or Teams says "We couldn't find a camera" / camera greyed out.`,
      ],
      [
        'Fix',
        `1. In Teams: Settings > Devices. Pick the headset for both speaker and microphone; use "Make a test call".
2. Windows Settings > Privacy & security > Microphone and Camera: "Let apps access" and "Let desktop apps access" must both be On.
3. Unplug and replug the USB headset directly into the laptop, not the dock or a hub. Jabra/Poly headsets: check the mute button on the cable.
4. Bluetooth headsets: choose the "Headset" (hands-free) device, not "Headphones" (stereo, no mic).
5. Camera: close Zoom, Webex, or the Windows Camera app, which hold the camera. Check the privacy shutter on the bezel, and the camera F-key (F8/F10 on Dell, F9 on Lenovo) that disables it.
6. Device Manager > Cameras: if missing or yellow, update with Dell Command Update / Lenovo Vantage and reboot.
7. Echo: usually another participant on laptop speakers; ask them to use a headset.`,
      ],
    ],
  ),
  article(
    'ai-onedrive-sync',
    'OneDrive not syncing: red X, "Processing changes", sync pending',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        `Files show a red circle with X, the cloud icon shows "Sync pending" or sits on "Processing changes" for hours, duplicates named "file-PCNAME" appear, or a colleague can't see changes.`,
      ],
      [
        'Fix',
        `1. Click the OneDrive cloud in the tray and read the error; "View sync problems" lists the files.
2. Common file-level causes: path too long (over 400 characters, deep client folders), characters like " * : < > ? / \\ | in names, file open in another app, .pst files (blocked), file over 250 GB.
3. Pause and resume sync. Sign out and in (Settings > Account > Unlink this PC, then sign in again; files stay).
4. Reset: Win+R > %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again. Reset rescans everything; big libraries (40k+ files) take hours.
5. Large SharePoint libraries: don't sync the whole library; use "Add shortcut to My files" or sync only the subfolder. Never do both "Sync" and "Add shortcut" for the same library.
6. Storage full (1 TB): OneDrive shows a warning; clear up or raise with the account manager.
7. Conflict copies: open both, keep the right one, delete the other.`,
      ],
    ],
  ),
  article(
    'ai-sharepoint-access',
    'SharePoint or Teams files: "You need permission", access denied, sharing links not working',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Internal users',
        `1. Files in a Team belong to the Team's SharePoint site. If the user isn't a member of the Team, they get "You need permission to access this item". Add them to the Team (owner or us), wait 15 minutes.
2. "Request access" goes to the site owner's email, not to us. Find the owner in Teams > team > Manage team, or Site settings > Site permissions.
3. Private channels have their own site; membership of the parent Team isn't enough.
4. Folder with broken inheritance: Site > folder > Manage access.`,
      ],
      [
        'External people (clients, opposing counsel, vendors)',
        `1. External sharing must be allowed at tenant level and on that site (SharePoint admin > Sites > Active sites > Sharing).
2. "Specific people" links send a one-time verification code to the exact address shared with; forwarding the link to a colleague will not work.
3. "Your account isn't in our directory" / "Selected user account does not exist in tenant": the person is signing in with a different Microsoft account than the one shared with. Have them use a private browser window and the code option, or reshare to the address they use.
4. Links can expire (firm policy often 30 days); reshare.
5. "This item might not exist or is no longer available": it was moved or deleted; see the restore runbook.`,
      ],
    ],
  ),
  article(
    'ai-office-activation',
    'Office apps say "Unlicensed Product" or "Product Deactivated"',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        `Red or yellow bar in Word/Excel/Outlook: "UNLICENSED PRODUCT", "Product Deactivated", "Most features of Word have been disabled", or a prompt to buy. Editing is greyed out.`,
      ],
      [
        'Fix',
        `1. M365 admin center > Users > Active users > user > Licenses and apps. The user needs Business Standard or Business Premium; Business Basic has web apps only, no desktop Office.
2. No licence left to assign: check for leavers still holding one (offboarding). Otherwise ask the account manager; we don't buy licences without client approval.
3. On the PC: Word > File > Account > Sign out, close all Office apps, reopen and sign in with the work email.
4. Clear old activation: Credential Manager > remove MicrosoftOffice16 entries; for a PC that had a previous user's Office, run the Microsoft Support and Recovery Assistant "Office uninstall/activation" scenario.
5. Each user can activate on 5 PCs/Macs. "Reached the install limit": user signs in at microsoft365.com > Install and more > Manage devices and signs out of an old PC.
6. RDS / shared terminal servers need shared computer activation enabled in the Office deployment.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: identity (Entra ID, MFA, SSPR, Conditional Access)
  // ---------------------------------------------------------------------------------------------
  article('ai-mfa-reset', 'MFA reset: new or lost phone, Authenticator not prompting', null, 'Identity/MFA', [
    [
      'Verify identity first',
      `1. Never reset MFA based on the email or ticket alone. Call the user back on the number in the PSA/IT Glue contact, or get the client's authorised contact to confirm. Note who confirmed in the ticket.`,
    ],
    [
      'New phone / lost phone',
      `1. Entra admin center > Users > user > Authentication methods. Delete the old Microsoft Authenticator entry and old phone number if they changed.
2. Click "Require re-register multifactor authentication".
3. Issue a Temporary Access Pass (1 hour, one-time) and read it to the user on the phone.
4. User goes to aka.ms/mysecurityinfo on their PC, signs in with the TAP, adds Microsoft Authenticator and scans the QR code with the new phone.
5. Test with a sign-in in a private browser window.`,
    ],
    [
      'Prompts not appearing',
      `1. Number matching: the PC shows a two-digit number, the phone should pop up a box to type it. No pop-up: open the Authenticator app manually and pull down to refresh.
2. Android: Settings > Apps > Authenticator > Notifications On, and Battery > Unrestricted (Samsung "sleeping apps" kills it).
3. iPhone: Settings > Notifications > Authenticator > Allow.
4. Phone clock must be on automatic time.`,
    ],
    [
      'Escalate',
      `If the user is getting approval prompts they didn't start, someone has their password. Follow the compromised mailbox runbook, don't just reset MFA.`,
    ],
  ]),
  article(
    'ai-sspr-password',
    'Password reset, expired passwords and account lockouts',
    null,
    'Identity/Passwords',
    [
      [
        'Self-service reset',
        `1. Users reset their own password at aka.ms/sspr (or "Can't access your account?" on the sign-in page), using their registered Authenticator or phone.
2. Hybrid clients (on-prem AD synced with Entra Connect) have password writeback on, so the new password works on the domain PC too. The PC must reach a DC (in office or on VPN) before the new password works at the Windows login.
3. Password rules: 14+ characters, can't reuse the last 5. "Doesn't meet requirements" is almost always length or reuse.`,
      ],
      [
        'Tech reset',
        `1. Verify identity (call back on the known number).
2. Cloud-only: M365 admin center > user > Reset password. Hybrid: reset in Active Directory Users and Computers (ADUC) so it syncs.
3. Tick "Require this user to change their password when they first sign in".
4. Remind the user to update the password on their phone's mail app and any mapped drives or saved Wi-Fi.`,
      ],
      [
        'Lockouts',
        `1. Entra smart lockout: 10 bad attempts locks for a minute and grows; wait or reset.
2. AD lockout: ADUC > user > Account tab > Unlock account.
3. Keeps locking every few minutes: something is still using the old password (old phone mail profile, mapped drive saved credentials, a scheduled task, a second PC left signed in). On the PDC, look up Event ID 4740 for the "Caller Computer Name", fix that device.`,
      ],
    ],
  ),
  article(
    'ai-conditional-access',
    'Sign-in blocked by Conditional Access ("You can\'t get there from here")',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        `User sees "You can't get there from here", "Your sign-in was successful but does not meet the criteria to access this resource", "Your device is required to be managed", or error codes AADSTS53000 / 53003.`,
      ],
      [
        'Policies we apply to every client',
        `1. Block sign-ins from outside Canada and the US.
2. Require an Intune-compliant or hybrid-joined device for desktop apps; personal computers get browser-only access.
3. Block legacy authentication (old mail apps, the iPhone built-in Mail with basic auth, old copier SMTP).
4. Require the Outlook app (app protection) on phones.`,
      ],
      [
        'Fix',
        `1. Entra admin center > Sign-in logs > filter by user > open the failure > Conditional Access tab shows which policy blocked it.
2. Travel outside Canada/US: the client's authorised contact must approve. Add the user to the "CA-Travel-Exception" group with an end date noted in the ticket and a NinjaOne reminder to remove them on the return date.
3. Device not compliant: follow the Intune compliance runbook.
4. Personal PC: explain they can use outlook.office.com in the browser; desktop apps need a company device.
5. Phone native Mail app: have them use Outlook for iOS/Android (see mobile email runbook).
6. Never exclude a user from a policy permanently or turn a policy off to "just get them in".`,
      ],
    ],
  ),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: Intune / Autopilot
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-intune-compliance',
    'Intune: device not compliant / Company Portal says "Can\'t access company resources"',
    null,
    'Endpoint Management/Intune',
    [
      [
        'Symptoms',
        `Company Portal shows the device as "Not compliant" or "Check status"; Outlook or Teams stops working on the device; sign-in is blocked with "device is required to be compliant".`,
      ],
      [
        'Fix',
        `1. Intune admin center > Devices > find the device > Device compliance: shows which setting fails.
2. Common failures on Windows: BitLocker not enabled (often after a reimage or a vendor rebuilt the PC), Defender/real-time protection off, OS build below minimum (needs updates), Secure Boot off.
3. Common failures on phones: no screen lock PIN, iOS/Android below the minimum version, jailbroken/rooted.
4. Fix the setting, then on the device: Company Portal > Devices > this device > Check status (Windows: Settings > Accounts > Access work or school > Info > Sync).
5. In Intune: device > Sync. Compliance can take up to 8 hours to flip; usually 15 minutes after a sync.
6. BitLocker off on a laptop: manage-bde -status; enable via the Intune policy or manage-bde -on C: -RecoveryPassword, then confirm the key escrowed to Entra.
7. Device shows twice in Intune (old and new record): delete the stale one.`,
      ],
    ],
  ),
  article(
    'ai-autopilot',
    'Autopilot: new laptop setup fails or stuck on "Setting up your device"',
    null,
    'Endpoint Management/Autopilot',
    [
      [
        'Before shipping',
        `1. New laptops come from the distributor with the hardware hash uploaded and the client's group tag (RFD, PHT, KD, THG). Check Intune > Devices > Enrollment > Windows > Devices that the serial is there with the tag and a profile "Assigned".`,
      ],
      [
        'Stuck on the Enrollment Status Page',
        `1. "Setting up your device / Apps (identifying)" or "Apps (1 of 4)" for over an hour: one required app is failing. Timeout is 60 minutes, then it errors.
2. Shift+F10 opens a command prompt; run mdmdiagnosticstool -area Autopilot -cab C:\\temp\\ap.cab for logs.
3. In Intune, check the device's Managed Apps for a failed install. LOB installers that need a reboot or a network share are the usual cause; remove them from the blocking list in the ESP profile.
4. Use a wired connection for the first boot where possible; hotel or guest Wi-Fi with a captive portal breaks it.`,
      ],
      [
        'Errors at the email prompt',
        `1. 80180014: the device was previously enrolled and deleted. Remove the device from Intune > Devices (not from Autopilot devices), wait 10 minutes, retry.
2. 80070774 / "Something went wrong": no profile assigned yet; check the group tag dynamic group.
3. 0x800705b4: timeout; restart and retry on a wired connection.
4. To start over: Settings > System > Recovery > Reset this PC, or Autopilot Reset from Intune.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: Windows
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-windows-update-fail',
    'Windows Update failing or stuck ("Undoing changes", 0x800f0922, 0x80070002)',
    null,
    'Windows/Updates',
    [
      [
        'Symptoms',
        `NinjaOne patch report shows an update failing repeatedly; the user sees "We couldn't complete the updates. Undoing changes" on every restart; error codes like 0x800f0922, 0x80070002, 0x8007000d, 0x80073712.`,
      ],
      [
        'Fix',
        `1. Check free space on C: (needs 20 GB for a cumulative update, more for a feature update). See the disk space runbook.
2. Reboot any pending restart first, then retry from NinjaOne.
3. 0x800f0922: disconnect the VPN, or the System Reserved/EFI partition is full; also seen when .NET components fail.
4. Reset update components (admin prompt): net stop wuauserv, net stop bits, net stop cryptsvc; rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old and C:\\Windows\\System32\\catroot2 to catroot2.old; start the three services again.
5. Repair: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow. Reboot.
6. Still failing: download the KB from the Microsoft Update Catalog and install the .msu manually.
7. "Undoing changes" loop: let it finish (can take 30+ minutes, tell the user not to power off). Then pause updates for a week and do steps 4-6 when the user is off.`,
      ],
      [
        'Escalate',
        `PC fails to boot after an update: WinRE > Troubleshoot > Uninstall Updates > latest quality update. Escalate to L2 if that fails.`,
      ],
    ],
  ),
  article(
    'ai-temp-profile',
    'Signed in with a temporary profile / desktop empty after login',
    null,
    'Windows/Profiles',
    [
      [
        'Symptoms',
        `After login the desktop is empty with the default background, files and shortcuts "gone", and a notification: "We can't sign in to your account" or "You've been signed in with a temporary profile. You can't access your files, and files created in this profile will be deleted when you sign out."`,
      ],
      [
        'Cause',
        `Windows couldn't load the user's profile (locked by antivirus or a backup at login, an interrupted update, disk error), so it made a throwaway one. The user's files are still in C:\\Users\\username.`,
      ],
      [
        'Fix',
        `1. Reassure the user: files are not lost. Tell them not to save anything until fixed.
2. Restart once. Often the profile loads normally on the second login.
3. Still temporary: sign in as local admin, regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.
4. Find the user's SID. If there are two keys, one ending in .bak: delete the one without .bak, rename the .bak one to remove .bak.
5. In that key set State = 0 and RefCount = 0 (create RefCount if missing). Check ProfileImagePath points to C:\\Users\\username.
6. Reboot and have the user sign in.
7. Profile genuinely corrupt: rename C:\\Users\\username to username.old, delete the ProfileList key, let the user sign in for a fresh profile, then copy Desktop, Documents, Downloads, Favorites and the Outlook signatures (AppData\\Roaming\\Microsoft\\Signatures) across. OneDrive known folders come back on their own.`,
      ],
    ],
  ),
  article('ai-disk-full', 'C: drive full / low disk space alert', null, 'Windows/Storage', [
    [
      'Symptoms',
      `NinjaOne alert "Disk C: free space below 10%"; user gets "Low disk space", can't save files, updates fail, PC crawls.`,
    ],
    [
      'Fix',
      `1. Run TreeSize Free (from NinjaOne software library) or WinDirStat as admin to find what's big.
2. Disk Cleanup as admin (cleanmgr) > Clean up system files: tick Windows Update Cleanup, Temporary files, previous Windows installation.
3. Common culprits: Downloads folder, huge OST files (see OST runbook: reduce the sync window), old user profiles of leavers (remove via System Properties > User Profiles), C:\\Windows\\SoftwareDistribution\\Download, hiberfil.sys on desktops (powercfg /h off), imaging software caches.
4. OneDrive folders set to "Always keep on this device": right-click > "Free up space".
5. DISM /Online /Cleanup-Image /StartComponentCleanup for WinSxS.
6. Never delete from C:\\Windows\\Installer or System32 by hand.
7. Small SSDs (128 GB) that keep filling: recommend a replacement or bigger drive to the account manager.
8. Servers: check IIS logs, SQL backup folders, and Veeam temp before anything else; escalate before deleting data on a server.`,
    ],
  ]),
  article('ai-slow-pc', 'Computer running slow, freezing or hanging', null, 'Windows/Performance', [
    [
      'Triage',
      `1. Check uptime in NinjaOne or Task Manager > Performance. More than a week: restart first (a real restart, not shutdown with Fast Startup).
2. Task Manager > Processes: sort by CPU, Memory, Disk. Note the top offender.
3. NinjaOne device > Performance: look at CPU/RAM/disk history for the last week.`,
    ],
    [
      'Common causes and fixes',
      `1. Disk at 100%: old spinning hard drive (Task Manager shows "HDD"), Windows Update or Search indexing, or a full C: drive (see disk space runbook).
2. Memory at 90%+: 8 GB with Chrome/Edge tabs, Teams and Outlook open is not enough. Close tabs; recommend a RAM upgrade.
3. SentinelOne or Defender full scan running: wait, it finishes.
4. Startup apps: Task Manager > Startup, disable vendor updaters and anything not needed.
5. OneDrive syncing a big library in the background.
6. Outlook specifically slow: see the OST runbook.
7. Freezes for seconds at a time with the mouse stopping: check Event Viewer for disk errors (Event 7, 51, 153); run a SMART check in NinjaOne. Failing drive: back up and escalate.
8. PC over 5 years old or still on an HDD: log a hardware recommendation for the account manager.`,
    ],
  ]),
  article('ai-bitlocker-recovery', 'BitLocker recovery key prompt at startup', null, 'Windows/BitLocker', [
    [
      'Symptoms',
      `At power-on the PC shows a blue "BitLocker recovery" screen: "Enter the recovery key to get going again", with a Recovery key ID (first 8 characters shown) and a field for a 48-digit number. Users describe it as "blue screen asking for a long number/key".`,
    ],
    [
      'Cause',
      `The TPM saw a change: BIOS/firmware update (Dell and Lenovo push these), boot order change, docking station or USB-C device at boot, TPM cleared, motherboard replaced, or a failed update.`,
    ],
    [
      'Fix',
      `1. Verify the caller is the device's user or an authorised contact.
2. Ask the user to read the Recovery key ID shown on screen.
3. Find the key: Entra admin center > Devices > All devices > search the device name > BitLocker keys (or Intune > Devices > device > Recovery keys). Match the Key ID. Older non-Intune PCs: NinjaOne device > BitLocker, or IT Glue under the device.
4. Read the key in its 8 groups of 6 digits over the phone. Never email or text the key.
5. After Windows starts, if it was a BIOS update run in admin prompt: manage-bde -protectors -disable C: -RebootCount 1, reboot, so the TPM reseals. Check manage-bde -status shows Protection On afterwards.
6. After use, rotate the key: Intune > device > BitLocker key rotation.
7. Unplug the dock/USB devices if it keeps prompting at every boot.`,
    ],
    [
      'Escalate',
      `No key in Entra, Intune, NinjaOne or IT Glue: escalate to L2 immediately. Without the key the data can't be recovered; don't let the user try repeated resets.`,
    ],
  ]),
  article('ai-bsod', 'Blue screen crash (BSOD) or PC restarting on its own', null, 'Windows/Stability', [
    [
      'Symptoms',
      `"Your PC ran into a problem and needs to restart" with a sad face and a stop code (MEMORY_MANAGEMENT, DRIVER_IRQL_NOT_LESS_OR_EQUAL, CRITICAL_PROCESS_DIED, DRIVER_POWER_STATE_FAILURE, KERNEL_SECURITY_CHECK_FAILURE), or the PC just restarts without warning. Note: the BitLocker recovery screen is also blue but isn't a crash; see the BitLocker runbook.`,
    ],
    [
      'Fix',
      `1. Get the stop code (user photo, or Event Viewer > System > BugCheck Event 1001). Kernel-Power Event 41 alone = unexpected power loss or hard hang.
2. Copy C:\\Windows\\Minidump\\*.dmp and open with WinDbg (!analyze -v) or BlueScreenView to see the faulting driver.
3. Update drivers and BIOS: Dell Command Update or Lenovo Commercial Vantage. Docking stations: update DisplayLink and dock firmware (0x9F DRIVER_POWER_STATE_FAILURE is often the dock or Wi-Fi driver on sleep).
4. Started right after a Windows update or new software: uninstall it.
5. MEMORY_MANAGEMENT or random codes: run Windows Memory Diagnostic (mdsched) and the vendor's ePSA/diagnostics; check SSD health.
6. sfc /scannow and DISM /Online /Cleanup-Image /RestoreHealth.
7. Hardware fault confirmed: open a warranty case with Dell/Lenovo (service tag in IT Glue), give the user a loaner.`,
    ],
  ]),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: networking
  // ---------------------------------------------------------------------------------------------
  article('ai-watchguard-vpn', "WatchGuard Mobile VPN with SSL won't connect", null, 'Networking/VPN', [
    [
      'Symptoms',
      `The WatchGuard Mobile VPN with SSL client sits on "Connecting...", or shows "Authentication failed", "Cannot download the configuration file from the server", or connects but nothing internal (mapped drives, server apps) works.`,
    ],
    [
      'Fix',
      `1. Confirm the user's own internet works (open a website). Hotels and airports: they must accept the Wi-Fi captive portal page first.
2. Check the server address in the client matches the one in IT Glue (e.g. vpn.prairiehaul.ca) and the port (443).
3. Username: domain users sign in with just their username (no @domain); password is their normal Windows password. If AuthPoint MFA is on for the client, they need to approve the push.
4. "Authentication failed": check the user is in the SSLVPN-Users group in AD, account not locked or expired (see password runbook).
5. "Cannot download the configuration file": hotel/guest networks sometimes block it; try a phone hotspot. Also caused by an out-of-date client after a Firebox upgrade: download the matching client from https://vpn-address/sslvpn.html and reinstall.
6. Connects but no access: reboot, reconnect; check the TAP adapter in Network Connections is enabled; reinstall the client.
7. In WatchGuard Cloud / Firebox System Manager > Traffic Monitor, filter on the user to see the real auth error. Check the SSL VPN licence user count isn't exhausted.`,
    ],
  ]),
  article(
    'ai-wifi',
    "Wi-Fi: can't connect, keeps dropping, or guest Wi-Fi password",
    null,
    'Networking/Wi-Fi',
    [
      [
        'Background',
        `All clients use Ubiquiti UniFi access points managed from our hosted UniFi Network console. Each site has a staff SSID and a GUEST SSID isolated from the office network. Staff SSID credentials and the guest password are in IT Glue under the client > Passwords > "Wi-Fi".`,
      ],
      [
        'Fix',
        `1. Guest password requests: give the current guest password from IT Glue. It rotates monthly; don't give out the staff SSID password to visitors.
2. One device can't connect: forget the network and rejoin; check the password hasn't been rotated; reboot the device.
3. Keeps dropping: UniFi console > Client Devices > find the device. Look at signal (worse than -70 dBm is weak), which AP it's on, and "Experience". Weak: move closer or log an AP placement recommendation.
4. Tablets/scanners that drop when idle: turn off Wi-Fi power saving on the device; pin them to the 5 GHz band or create a reservation.
5. AP shows Offline or Disconnected in UniFi: power-cycle its PoE port on the switch (UniFi switch > port > Power Cycle) or ask site staff to unplug/replug it.
6. Laptop Intel Wi-Fi driver older than a year: update via Dell Command Update / Lenovo Vantage.
7. Connected but "No internet": see the DHCP/DNS runbook; whole site: see ISP outage.`,
      ],
    ],
  ),
  article(
    'ai-no-network-dhcp-dns',
    '"No internet" on one or a few PCs: DHCP, IP conflicts, DNS',
    null,
    'Networking/DHCP & DNS',
    [
      [
        'Symptoms',
        `Network icon shows "No internet access" / "Limited connectivity", a yellow triangle, "Windows has detected an IP address conflict", or some websites and internal servers don't open while others do.`,
      ],
      [
        'Fix',
        `1. ipconfig /all. Address 169.254.x.x = the PC got no DHCP lease.
2. Wired: check the cable and port lights; try another wall port. One PC only: ipconfig /release then ipconfig /renew.
3. Several PCs at once getting 169.254: DHCP scope is full or the DHCP server is down. Check the DHCP service on the server (or on the Firebox for small sites): leases in use vs scope size. Clear stale leases or shorten lease time; escalate to extend the scope.
4. IP conflict: usually a printer, camera or terminal set with a static IP inside the DHCP range. Find the MAC in the DHCP leases/ARP, move that device to a DHCP reservation outside the range.
5. DNS: nslookup google.ca and nslookup the server name. Internal names fail = the PC isn't using the DC for DNS (VPN off or static DNS set). ipconfig /flushdns.
6. One website blocked with a "blocked by your organisation" page: that's the DNS filter; log it for review rather than bypassing.
7. Whole site down: see the ISP outage runbook.`,
      ],
    ],
  ),
  article('ai-isp-outage', 'Whole office has no internet (ISP outage)', null, 'Networking/ISP', [
    [
      'Symptoms',
      `NinjaOne shows every device at a site offline at once, the Firebox is unreachable in WatchGuard Cloud, and/or the client calls in: no internet, no email, and the 3CX desk phones show "No service".`,
    ],
    [
      'Fix',
      `1. Call the site contact (number in IT Glue) since email won't work for them. Confirm it's everyone.
2. Ask them to check the ISP modem lights (SaskTel Smart Hub / Access Communications modem / Starlink router). Power-cycle the modem first, wait 2 minutes, then power-cycle the Firebox.
3. Check the ISP outage page (SaskTel outage map, Access Communications service status, Starlink app) and the local news for cut lines or storms.
4. Sites with multi-WAN: confirm the Firebox failed over to the LTE/backup link. If the backup is up, internet is slow but working.
5. Open a ticket with the ISP: account number, circuit ID and the support line are in IT Glue under the site's Internet configuration. Put the ISP ticket number in our ticket.
6. Phones: log in to the 3CX admin console and forward the main number to a cell phone the client chooses, so calls keep coming in. Undo once service is back.
7. Update the client contact every 30 minutes until resolved.`,
    ],
  ]),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: printing and scanning
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-printer-offline',
    'Printer offline or print jobs stuck in the queue',
    null,
    'Printing/Printers',
    [
      [
        'Symptoms',
        `Printer shows "Offline" on the PC, jobs sit in the queue with "Error - Printing" and can't be deleted, or nothing comes out for one user while others print fine.`,
      ],
      [
        'Fix',
        `1. At the printer: powered on, no error on the panel (paper jam, out of toner). Jams, toner and hardware faults on leased Canon copiers are the copier dealer's job: the dealer's service number and the machine serial are on the sticker and in IT Glue.
2. Printer's IP from its panel (or IT Glue). Ping it from the PC. No reply: network issue at the printer (cable, or it changed IP; give it a DHCP reservation).
3. One user only "Offline": Printers & scanners > printer > Printer properties > Ports. It must be a Standard TCP/IP port to the IP, not a WSD port. Untick "SNMP Status Enabled" if it flips to offline while reachable.
4. Stuck queue: admin prompt: net stop spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, net start spooler. Or run the NinjaOne script "Clear print spooler".
5. Printer missing or wrong driver: remove it, re-add from the print server share (\\\\server\\printername) or the Intune-deployed printer; use the Canon Generic Plus UFR II / PCL6 driver.
6. Very large jobs (60+ page PDFs) that hang: print in chunks, or "Print as image" in Acrobat.`,
      ],
    ],
  ),
  article(
    'ai-scan-to-email',
    'Copier scan to email or scan to folder stopped working',
    null,
    'Printing/Scanning',
    [
      [
        'Background',
        `Canon imageRUNNER ADVANCE copiers scan to email through Microsoft 365 using a scan@clientdomain service account (SMTP AUTH to smtp.office365.com:587) or, at sites with a static IP, a connector relay. Scan to folder writes to \\\\server\\Scans using a local "scanuser" account. Details are in IT Glue under the copier.`,
      ],
      [
        'Scan to email fails',
        `1. Error #801 (or "cannot connect to server") on the copier = it couldn't talk to the mail server. #751 = network/connection failure. Check the copier's network cable and that it has an IP.
2. Service account password expired or changed: the scan account must have password expiry off. Update the password in the copier's Remote UI (Settings > Send > E-mail/I-Fax Settings > SMTP authentication).
3. SMTP AUTH must be enabled for that one mailbox (M365 admin > user > Mail > Manage email apps > Authenticated SMTP). It's blocked tenant-wide.
4. Conditional Access blocking legacy auth: the scan account is in the "CA-Exclude-ScanToEmail" group; check it still is.
5. Sent OK but not received: message trace; large scans over 35 MB bounce, lower resolution to 200 dpi.`,
      ],
      [
        'Scan to folder fails',
        `1. "Cannot connect to destination" / #751: the scanuser password was changed (by us during a password rotation) and the copier wasn't updated. Update it in the address book entry in Remote UI.
2. Windows disabled SMBv1: in Remote UI set SMB client to SMB 2/3; very old copiers may need firmware from the dealer.
3. Share path or server renamed: update the address book entry.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: security incidents
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-phishing-clicked',
    'User reported a phishing email or clicked a suspicious link',
    null,
    'Security/Phishing',
    [
      [
        'Triage questions',
        `Ask the user, calmly and without blame: 1) Did you only receive it, or did you click? 2) Did you type your password anywhere? 3) Did you open an attachment or run a file? 4) Did you approve an MFA prompt afterwards? Thank them for reporting.`,
      ],
      [
        "Only received / didn't click",
        `1. Have them use the Report button in Outlook (Report > Phishing), then delete it.
2. Defender portal > Explorer: search for the sender/subject; check who else received it; select all > Soft delete from every mailbox.
3. Add the sender domain/URL to the Tenant Allow/Block List (Block).
4. Note: impersonation of banks, CRA, the Law Society, couriers (Purolator, Canada Post) and DocuSign is typical. Fake "Microsoft password expiry" emails too.`,
      ],
      [
        'Clicked and entered credentials',
        `1. Reset the password immediately and revoke all sessions (Entra admin center > user > Revoke sessions).
2. Check sign-in logs for foreign IPs since the click, and check MFA methods for anything added.
3. Check inbox rules and forwarding. Anything suspicious: follow the compromised mailbox runbook in full.`,
      ],
      [
        'Opened an attachment or ran a file',
        `1. Isolate the device in SentinelOne (Disconnect from network) and run a full scan; follow the SentinelOne threat runbook.
2. Reset the password from a different, clean device.`,
      ],
    ],
  ),
  article(
    'ai-sentinelone-threat',
    'SentinelOne threat alert or device network-quarantined',
    null,
    'Security/Endpoint',
    [
      [
        'Symptoms',
        `SentinelOne alert in the console or email ("Threat detected", "mitigated", "suspicious"); the user sees a SentinelOne pop-up saying something was blocked or quarantined; an app stops opening; or the device has no network at all because S1 isolated it.`,
      ],
      [
        'Fix',
        `1. S1 console > Incidents > open the threat. Note the file path, process tree, user, and mitigation status (Mitigated / Not mitigated).
2. Known line-of-business false positives: scale and grain software updaters, TruckMate and dental imaging updaters, dictation software. Confirm the hash and path belong to the vendor app, then Mark as threat > False positive and add an exclusion by hash (not by folder), with a note. Restore the quarantined file from the threat page.
3. True positive, mitigated: confirm Kill + Quarantine succeeded; run a full disk scan; check the Deep Visibility for the same hash on other endpoints.
4. True positive, not mitigated or still running: Network Quarantine (Disconnect from network) the device, then Remediate; Rollback if files were encrypted.
5. Reconnect the device to the network only after a clean full scan. Tell the user why they had no internet.
6. Downloaded from an email: treat the email per the phishing runbook.`,
      ],
      [
        'Escalate',
        `Ransomware indicators, lateral movement, or more than one device affected: phone the security lead immediately, don't wait for email.`,
      ],
    ],
  ),
  article(
    'ai-compromised-mailbox',
    'Compromised mailbox or account sending spam',
    null,
    'Security/Incident Response',
    [
      [
        'Signs',
        `Contacts get emails the user didn't send (shared document / OneDrive / DocuSign / Dropbox / invoice links), the user gets bounces for mail they never sent, replies vanish (inbox rules moving them to RSS Feeds, Archive or Conversation History), MFA prompts the user didn't start, or Defender alert "User restricted from sending email".`,
      ],
      [
        'Contain (do immediately, in order)',
        `1. Reset the password (hybrid: in AD) and revoke sessions in Entra.
2. Authentication methods: remove any phone or Authenticator the user doesn't recognise; require MFA re-register.
3. Inbox rules: Get-InboxRule -Mailbox user@ | fl Name,Description; remove anything forwarding, deleting or moving mail to odd folders. Check Get-Mailbox user@ | fl ForwardingSmtpAddress,DeliverToMailboxAndForward.
4. Entra > Enterprise applications > user consents: remove unknown apps (e.g. "PERFECTDATA SOFTWARE", eM Client) used to pull mail.
5. Defender portal > Restricted entities: release the user once steps 1-4 are done.`,
      ],
      [
        'Investigate and notify',
        `1. Sign-in logs: list foreign or unfamiliar IPs and times. Message trace outbound for the last 7 days to see what was sent and to whom.
2. Tell the client's authorised contact. Give the user a template to send to contacts: "please ignore and delete the email from me on [date]".
3. Law firms, dental offices and anyone holding personal information: flag to the account manager the same day; the client may have privacy breach reporting duties (PIPEDA / provincial).
4. Find the root cause: usually a phishing link (check the user's mail around the first bad sign-in).`,
      ],
    ],
  ),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: on/offboarding
  // ---------------------------------------------------------------------------------------------
  article('ai-onboarding', 'New starter setup (onboarding)', null, 'Users/Onboarding', [
    [
      'Needed from the client',
      `Full name, start date, job title, manager, which PC/laptop (new or reused), shared mailboxes and Teams they need, phone extension, and which line-of-business apps (ABELDent, TruckMate, PCLaw/Worldox, AGRIS). Request must come from an authorised contact; at least 3 business days' notice for a new laptop.`,
    ],
    [
      'Steps',
      `1. Create the user. Hybrid clients: create in ADUC in the client's Users OU (copy a similar user), then run Start-ADSyncSyncCycle -PolicyType Delta on the Entra Connect server. Cloud-only: M365 admin center > Add a user.
2. Add to the licence group (e.g. "LIC-BusinessPremium"), shared mailbox and Team memberships, SSLVPN-Users if remote.
3. Laptop: new ones go through Autopilot with the client's group tag; reused ones get an Autopilot Reset.
4. Phone: create the 3CX extension; the welcome email with the 3CX app QR code goes to the user.
5. Line-of-business accounts: see the client's own runbooks; some are created by the client's admin, not us.
6. On day one: call the user, give a Temporary Access Pass for MFA setup and the first password by phone, never in the ticket or email.
7. Create/update the contact in IT Glue and the PSA; close the ticket with a summary for the manager.`,
    ],
  ]),
  article('ai-offboarding', 'Leaver / staff departure (offboarding)', null, 'Users/Offboarding', [
    [
      'Before you start',
      `Confirmation must come from the client's authorised contact, not the leaver. Ask for the exact last day and time, and who gets their email and files. For terminations, do it at the time agreed with the manager (often while the person is in the meeting).`,
    ],
    [
      'Steps',
      `1. Block sign-in, reset the password to a random one, revoke sessions, delete MFA methods.
2. Convert the mailbox to a shared mailbox and give the manager Full Access. Set an auto-reply if the client wants one. Prefer this over forwarding.
3. Remove the licence only after the conversion is done (or the mailbox is deleted after 30 days). Tell the account manager so the subscription count can drop at renewal.
4. OneDrive: in M365 admin > user > OneDrive > "Create link to files" for the manager. Default retention after deletion is 30 days; move anything to keep to SharePoint before then.
5. Remove from groups, Teams (ownership handed over), SSLVPN-Users and any distribution lists.
6. Devices: Intune retire/wipe company phones; collect the laptop and Autopilot Reset it for reuse. BYOD: selective wipe of company data.
7. 3CX: reassign or delete the extension; forward the DID to the manager.
8. Line-of-business apps: disable per the client's runbook.
9. Hybrid: disable the AD account and move it to the "Disabled Users" OU. Update IT Glue.`,
    ],
  ]),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: backup and restore
  // ---------------------------------------------------------------------------------------------
  article('ai-veeam-job-failed', 'Veeam backup job failed or finished with warning', null, 'Backup/Veeam', [
    [
      'Symptoms',
      `Veeam email report or NinjaOne alert: job "Failed" or "Warning". Common messages: "Failed to create VM snapshot", "VSSControl: Failed to freeze guest", "Insufficient free space in repository", "Failed to connect to host", "Job was stopped because of a timeout".`,
    ],
    [
      'Fix',
      `1. Veeam console on the backup server > Home > Jobs > right-click the job > Statistics. Read the per-VM error.
2. VSS/freeze errors: on the guest server run vssadmin list writers. Any writer in a failed state: restart its service (SQL VSS Writer, Exchange, etc.) or reboot the guest after hours. Check guest credentials in the job haven't expired.
3. Repository full: check the NAS free space. Remove old restore points only within retention policy; never delete the latest full. If retention can't fit, escalate for storage.
4. Connection/timeout: check the host or NAS rebooted (updates), check the server is actually up (NinjaOne).
5. Retry the job (right-click > Retry) and watch it complete.
6. Offsite backup copy jobs: one failure during a busy night is normal; they catch up. Check the cloud repository is reachable.
7. Veeam Backup for Microsoft 365 "throttling" warnings are normal; failures aren't.`,
    ],
    [
      'Escalate',
      `Three failures in a row on the same job, or no good restore point in 48 hours: escalate to L2 and note it in the client's IT Glue backup page.`,
    ],
  ]),
  article('ai-restore-files', 'Restoring deleted or overwritten files and emails', null, 'Backup/Restore', [
    [
      'OneDrive / SharePoint / Teams files',
      `1. Deleted: the site's Recycle bin (or the user's OneDrive recycle bin) keeps files 93 days. Restore from there; it goes back to the original folder.
2. Not in the first-stage recycle bin: check "Second-stage recycle bin" at the bottom of the page (site admin).
3. Overwritten / saved over with the wrong version: right-click the file > Version history > Restore the version from the right date and time.
4. Mass deletion or ransomware: Settings > Restore this library / Restore your OneDrive to a point in time.`,
    ],
    [
      'File server shares (mapped drives)',
      `1. Right-click the folder > Properties > Previous Versions (shadow copies, taken twice a day).
2. Older than shadow copies: Veeam console > Restore > Guest files (Windows) > pick the restore point > restore to the original location with "Keep" (restores alongside with a RESTORED- prefix) so nothing is overwritten.`,
    ],
    [
      'Email',
      `1. Deleted Items emptied: Outlook > Deleted Items > "Recover items recently removed from this folder" (14-30 days).
2. Older: Veeam Backup for Microsoft 365 > restore to the mailbox into a "Restored" folder.`,
    ],
    [
      'Note',
      `Ask for the exact file name, folder and the last time it was seen. Record what was restored in the ticket.`,
    ],
  ]),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: phones (3CX) and mobile devices
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-3cx-phone-no-service',
    'Desk phone shows "No Service", not registered, or one-way audio (3CX / Yealink)',
    null,
    'Phones/3CX',
    [
      [
        'Symptoms',
        `Yealink desk phone shows "No Service" or "Network unavailable", account line light red, no dial tone; or calls connect but one side can't hear the other (one-way audio), or calls drop after 30 seconds.`,
      ],
      [
        'One phone',
        `1. Check the phone's network cable goes to the wall/switch port (the "Internet" port on the phone) and the PC plugs into the phone's "PC" port. The screen should show an IP (press OK or Menu > Status).
2. No IP: PoE switch port down or cable bad; try another port.
3. 3CX admin console > Phones: find the extension. Not registered: select > Reboot; if still not, Reprovision.
4. Phone was factory reset or replaced: add the MAC in 3CX > Phones > Add and pick the extension.`,
      ],
      [
        'All phones at a site',
        `1. Check internet first (see ISP outage runbook). If internet is up, check the Firebox: the SIP ALG must be disabled (no SIP-ALG proxy policy) and the 3CX policy allows outbound UDP 5060-5090 and RTP 9000-10999.
2. 3CX status page for the hosted instance.`,
      ],
      [
        'One-way audio / drops at 30 seconds',
        `Almost always NAT/SIP ALG: confirm SIP ALG is off on the Firebox and on any ISP router in front of it (SaskTel Smart Hub in bridge mode). Reboot the phone after changes.`,
      ],
    ],
  ),
  article(
    'ai-3cx-voicemail-forwarding',
    '3CX: voicemail PIN, call forwarding, holiday hours and the 3CX app',
    null,
    'Phones/3CX',
    [
      [
        'Voicemail PIN',
        `1. User forgot their PIN: 3CX admin console > Users > extension > Voicemail > set a new PIN, read it to the user, tell them to change it by dialling 999.
2. Voicemails go to email as a .wav attachment; "Voicemail to email" is on by default.`,
      ],
      [
        'Forwarding to a cell phone',
        `1. Users can do this themselves: 3CX web client (the link in their welcome email) > Settings > Status > e.g. "Away" or "Out of office": forward unanswered calls to mobile number.
2. Or install the 3CX app on their phone (scan the QR from the welcome email); it rings alongside the desk phone, and calls show the office number.
3. 3CX app not ringing: phone notifications on for 3CX, battery optimisation off (Android), and the app not force-closed.`,
      ],
      [
        'Closed days and holidays',
        `1. Client requests for statutory holidays and closures: 3CX admin > Office Hours > Holidays > add the date(s). During a holiday, calls go to the "out of office" route (closed greeting / voicemail).
2. Custom closed message: client records it by calling the prompt-recording extension, or sends a file; upload under the digital receptionist.
3. Confirm the change by calling in from a cell phone, and set a reminder to check it after the holiday.`,
      ],
    ],
  ),
  article(
    'ai-mobile-outlook-setup',
    'Setting up work email and Teams on a phone (Intune app protection)',
    null,
    'Mobile Devices/Email',
    [
      [
        'How it works',
        `Company email on phones is only allowed through the Outlook app (and Teams/OneDrive apps), protected by an Intune app protection policy. The iPhone built-in Mail app and Samsung Email are blocked by Conditional Access. This works on personal phones without enrolling them.`,
      ],
      [
        'Setup steps',
        `1. Install Microsoft Outlook and Microsoft Authenticator from the App Store / Play Store.
2. Open Outlook > Add account > type the work email > sign in and approve MFA.
3. Android: Outlook will ask to install Company Portal; install it but the user doesn't need to enrol the phone unless it's a company phone. iPhone: Authenticator acts as the broker.
4. The app asks the user to set a 6-digit app PIN (or use Face ID). Required.
5. Company phones: enrol in Company Portal first (or they come pre-enrolled via Apple Business Manager / Samsung Knox), then set up Outlook.`,
      ],
      [
        'Common questions',
        `1. "Your organization's data cannot be pasted here" / can't copy into Google Maps, WhatsApp or personal email: by design (app protection blocks copying to unmanaged apps). Copy to another Microsoft app, or the client can ask for a policy exception.
2. Can't save attachments to the phone's Files/Photos: by design; save to OneDrive.
3. Mail app says password wrong: it's blocked, not a password problem; use Outlook.
4. "Your organization now protects its data in this app. You need to restart the app": close and reopen Outlook.`,
      ],
    ],
  ),
  article('ai-lost-device', 'Lost or stolen laptop or phone', null, 'Mobile Devices/Lost & Stolen', [
    [
      'Immediately',
      `1. Get the device type, when and where it was lost, and whether it's a company device or personal (BYOD).
2. Revoke the user's sessions in Entra. If the laptop may have been unlocked or the phone had no PIN, also reset the password.
3. Laptops: BitLocker protects the data as long as it was powered off or locked. Confirm BitLocker was on in Intune and that the recovery key is escrowed.`,
    ],
    [
      'Company device (enrolled in Intune)',
      `1. Phone: Intune > Devices > device > Remote lock first; if not found within 24 hours or stolen, Wipe. For iPhones, Lost Mode shows a message and location.
2. Laptop: Intune > Remote lock / Wipe (wipe happens when it next connects). Mark it as lost in NinjaOne so any check-in alerts.
3. Give the serial number (Intune / IT Glue) for the police report or insurance claim.`,
    ],
    [
      'Personal phone (BYOD)',
      `1. Intune > Apps > App selective wipe: create a wipe request for the user and device. This removes company data from Outlook/Teams/OneDrive only, not their photos.
2. Delete the old phone's Authenticator from their MFA methods (see MFA runbook) and set up the new phone.`,
    ],
    [
      'After',
      `Sign the user out of the 3CX app for that device (3CX admin > user > Clients > remove). Order a replacement through the account manager.`,
    ],
  ]),
  // ---------------------------------------------------------------------------------------------
  // Global runbooks: desk hardware, file shares, calendars, RMM alerts
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-docking-monitors',
    'Docking station or external monitors not detected / flickering',
    null,
    'Hardware/Docks & Monitors',
    [
      [
        'Symptoms',
        `External monitor(s) black or "No signal" while the laptop screen works, monitors flicker or go black for a second, keyboard/mouse/network on the dock don't work, or it stopped after the user moved desks.`,
      ],
      [
        'Fix',
        `1. Check the dock has power (light on) and the USB-C/Thunderbolt cable is in the port marked with the Thunderbolt or DisplayPort symbol on the laptop (Dell Latitudes have one that doesn't do video on older models).
2. Monitor: correct input source (HDMI 1/2, DisplayPort) on the monitor's own buttons; cable firmly in.
3. Windows + P > Extend. Settings > Display > Multiple displays > Detect.
4. Full dock reset: unplug the laptop, unplug the dock's power for 30 seconds, plug power back, then the laptop.
5. Update dock firmware and drivers: Dell WD19/WD22 via Dell Command Update; Lenovo docks via Lenovo Vantage; DisplayLink docks need the DisplayLink driver.
6. Moved desks: the new desk may have a different dock model or a cable to a different monitor input; check both ends.
7. Two monitors daisy-chained from one DisplayPort: MST must be on in the first monitor's menu.
8. Still flickering: swap the cable, then the monitor. Dock dead: warranty via the service tag.`,
      ],
    ],
  ),
  article(
    'ai-mapped-drives',
    'Mapped network drives missing or showing a red X',
    null,
    'Windows/File Shares',
    [
      [
        'Background',
        `Clients with a file server map drives by Group Policy (hybrid) or an Intune PowerShell script (cloud-joined PCs). The drive letters per client are in IT Glue.`,
      ],
      [
        'Fix',
        `1. Working remotely: drives only work with the VPN connected (see WatchGuard VPN runbook). Connect VPN, then open the drive or sign out and in.
2. Red X at login but the drive opens when clicked: Windows mapped it before the network was ready. Cosmetic; enable "Always wait for the network at computer startup and logon" in the GPO if users complain.
3. Drive missing: gpupdate /force then sign out and in. Intune clients: Company Portal > Sync, or rerun the drive mapping script from NinjaOne.
4. Map by hand to test: net use S: \\\\server\\shared /persistent:yes. Error 53 = can't reach the server (network/VPN/DNS). Error 5 = access denied (not in the security group; get client approval to add).
5. Asks for a password: Credential Manager has an old saved password for the server; remove it.
6. Several users at once: check the file server is up in NinjaOne.`,
      ],
    ],
  ),
  article(
    'ai-calendar-delegate',
    'Calendar sharing and delegate access (assistants managing a calendar)',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Requests',
        `An assistant needs to see the details of, book into, or accept meetings for someone else's calendar; or after a new PC/new Outlook they only see "Busy" blocks.`,
      ],
      [
        'Fix',
        `1. The calendar owner can do it: Outlook > Calendar > right-click their calendar > Sharing permissions (or Share) > add the assistant > "Can edit" or "Delegate".
2. Admin side (owner unavailable, with their or the manager's approval): Add-MailboxFolderPermission -Identity owner@:\\Calendar -User assistant@ -AccessRights Editor -SharingPermissionFlags Delegate. If an entry exists use Set-MailboxFolderPermission.
3. "Can view when I'm busy" = free/busy only. That's the default; it's why the assistant only sees "Busy".
4. Assistant opens it: Calendar > Add calendar > From address book, or it appears under "Shared calendars" after accepting the sharing invite.
5. New Outlook vs classic Outlook: shared calendars added in one sometimes don't show in the other; add it again.
6. Meeting requests to the delegate: set under File > Account Settings > Delegate Access in classic Outlook (owner's PC).
7. Private appointments stay hidden unless "Can view private items" is ticked.`,
      ],
    ],
  ),
  article(
    'ai-ninja-device-offline',
    'NinjaOne alert: device or server offline',
    null,
    'Monitoring/NinjaOne',
    [
      [
        'Triage',
        `1. One workstation offline: usually shut down, asleep or a laptop taken home. Don't call the user unless it's needed for patching or it's a shared/critical PC (scale PC, front desk).
2. Every device at one site offline at the same time: internet is down; follow the ISP outage runbook.
3. A server offline: treat as urgent.`,
      ],
      [
        'Server offline',
        `1. Try to reach it: ping from another device at the site via NinjaOne, then the iDRAC/iLO web console (address in IT Glue).
2. iDRAC shows it powered off: check the UPS alerts in NinjaOne for a power event. Power it on from iDRAC.
3. Hung at boot or after updates: watch the console in iDRAC; if it's installing updates, wait.
4. No iDRAC response: call the site contact to check the server room has power and the UPS isn't beeping.
5. Server up but NinjaOne agent offline: restart the NinjaRMMAgent service remotely (ScreenConnect backstage or RDP), reinstall the agent if needed.
6. Tell the client which apps are affected (e.g. a line-of-business database on that server) while it's down.`,
      ],
      [
        'Close out',
        `Note the cause (power, updates, hardware) in the ticket. Hardware alerts from iDRAC (disk, PSU) go to L2 with a warranty case.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------------------------------------
  // Client runbooks: Riverbend Family Dental Centre (Saskatoon)
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-rfd-abeldent-connect',
    "ABELDent can't connect to the data server",
    riverbend,
    'Line of Business/ABELDent',
    [
      [
        'Background',
        `ABELDent runs from the server RFD-SRV01 (Dell T350 in the back office closet). Every workstation (front desk 1-2, operatories 1-6, Dr. Patel's office) runs the ABELDent client, which needs the ABELDent server service running and the P: drive (\\\\RFD-SRV01\\ABELDent) mapped. The nightly backup runs 12:30-1:30 am and a midday backup at 12:15 pm (lunch).`,
      ],
      [
        'Symptoms',
        `ABELDent shows "Unable to connect to server", "Database engine not available" or hangs at the splash screen.`,
      ],
      [
        'Fix',
        `1. One workstation only: check it has network (can it open P:?). No P: drive: see the mapped drives runbook; the drive must exist before ABELDent starts. Restart the PC.
2. All workstations: check RFD-SRV01 is up in NinjaOne. If it's offline, follow the device offline runbook (server).
3. Server up: RDP to RFD-SRV01 > services.msc > restart the ABELDent server service. Don't do this during the midday backup (12:15-12:45); wait for it to finish.
4. After a Windows update reboot the service sometimes starts before the network: restart it, then have the front desk reopen ABELDent first.
5. Error after an ABELDent version update: only some workstations updated. Run the workstation update from P:\\WSUpdate on the remaining PCs.`,
      ],
      [
        'Escalate',
        `Database errors or corrupted data: call ABELDent support (number and client ID in IT Glue) and keep the office manager (Kim) informed. Patients are booked from 8:00, so tickets before 8 are priority.`,
      ],
    ],
  ),
  article(
    'ai-rfd-xray-sensor',
    'Dexis x-ray sensor not detected or images not appearing',
    riverbend,
    'Line of Business/Imaging',
    [
      [
        'Background',
        `Operatories 1-6 each have a Dexis intraoral sensor on USB and the Dexis imaging software, launched from the patient chart in ABELDent (the imaging bridge) so the image files under the right patient. Images are stored on \\\\RFD-SRV01\\DexisData. There is a spare sensor in the locked drawer at the front desk.`,
      ],
      [
        "Sensor not detected / won't capture",
        `1. Sensor must plug directly into the PC's rear USB port, not the keyboard or a hub. Unplug and replug, wait for the chime.
2. Device Manager > Imaging devices: sensor listed? Yellow mark or missing after a Windows update: reinstall the Dexis sensor driver from \\\\RFD-SRV01\\Installers\\Dexis.
3. Always open Dexis from the patient in ABELDent. Opened directly, it shows "no patient selected" and captures nothing.
4. Dexis shows "sensor not ready": close Dexis, replug, reopen from ABELDent.
5. While fixing, the hygienist can use the spare sensor.`,
      ],
      [
        'Images taken in one room not visible in others',
        `1. Broken thumbnails or "image not found" elsewhere: the op PC saved locally because it couldn't reach DexisData. Check the share is reachable from that PC.
2. Copy images from the op PC's local Dexis folder to DexisData only with Dexis support on the phone; don't move files by hand otherwise.`,
      ],
      [
        'Escalate',
        `Cable damage, cracked sensor or it fails on every PC: Henry Schein/Dexis support (warranty and serials in IT Glue). Never open or repair a sensor.`,
      ],
    ],
  ),
  article(
    'ai-rfd-claims-itrans',
    'Insurance claims (CDAnet / ITRANS) not transmitting',
    riverbend,
    'Line of Business/ABELDent',
    [
      [
        'Background',
        `Riverbend submits dental insurance claims electronically from ABELDent through the ITRANS claims network (CDAnet). Claims go out over the internet from RFD-SRV01, where the ITRANS connector service runs.`,
      ],
      [
        'Symptoms',
        `Front desk gets "Network error", "Communication error" or "Host unavailable" when sending a claim; claims stay in "Pending", patients can't get their portion calculated at checkout.`,
      ],
      [
        'Fix',
        `1. Internet working at the office? If not, see ISP outage runbook; claims can be sent later from the pending list.
2. Only one insurer failing (e.g. Sun Life fine, Blue Cross failing): the carrier's system is down, common on evenings and weekends. Nothing for us to fix; tell the front desk to retry later or submit from the pending list.
3. All carriers failing while internet is fine: RDP to RFD-SRV01 > services.msc > restart the ITRANS connector service, then retry one claim.
4. Check the Firebox: the "ITRANS-Out" policy allows HTTPS from RFD-SRV01. Traffic Monitor will show blocks.
5. Error mentions provider number, certificate or "invalid transaction": that's account/format, not network. Front desk calls ITRANS/ABELDent support.`,
      ],
    ],
  ),
  article(
    'ai-rfd-moneris',
    'Moneris payment terminal offline at the front desk',
    riverbend,
    'Site/Front Desk',
    [
      [
        'Background',
        `The front desk has a Moneris Desk/5000 debit/credit terminal, wired to the front desk switch with a DHCP reservation (192.168.20.40). Moneris owns and supports the terminal; we support the network it sits on. Merchant number and Moneris support line are in IT Glue. A backup Moneris Go terminal on cellular is in the front desk drawer.`,
      ],
      [
        'Symptoms',
        `Terminal shows "Communication error", "Host not responding", "No connection", or transactions time out.`,
      ],
      [
        'Fix',
        `1. Is the office internet up? If everything's down, it's an ISP outage; use the backup cellular terminal meanwhile.
2. Check the Ethernet cable from the terminal base to the switch; the link light on the base should be on.
3. Power-cycle the terminal (hold the power key or unplug the base for 10 seconds).
4. In the Firebox DHCP leases, check 192.168.20.40 is leased to the terminal's MAC. If something else took the address, fix the reservation.
5. Traffic Monitor: the "Moneris-Out" policy should show allowed traffic from .40.
6. Network fine and terminal still fails: front desk calls Moneris with the merchant number. Switch to the backup terminal.`,
      ],
    ],
  ),
  article(
    'ai-rfd-signature-pad',
    'Topaz signature pad not capturing patient signatures',
    riverbend,
    'Site/Front Desk',
    [
      [
        'Background',
        `Front desk 1 and 2 each have a Topaz signature pad (USB) for patient consent and medical history forms in ABELDent. The pad needs the Topaz SigPlus driver and the SigWeb service for the browser-based forms.`,
      ],
      [
        'Symptoms',
        `Pen does nothing on the pad, signature box on screen stays empty, "Tablet not found", or the pad screen is blank.`,
      ],
      [
        'Fix',
        `1. Pad's LCD should show lines/backlight. Blank: unplug and replug USB directly into the PC.
2. Test with the Topaz "DemoOCX" utility in Start > Topaz. If it signs there, the pad is fine and it's the ABELDent forms setting.
3. Browser forms: services.msc > "SigWeb Tablet" service must be Running; set to Automatic and start it.
4. After a Windows feature update the driver sometimes needs reinstalling: \\\\RFD-SRV01\\Installers\\Topaz, run SigPlusNET installer, choose model T-LBK462 HSB USB, reboot.
5. ABELDent > Setup > Signature device must be set to Topaz.
6. Pad works but signatures are offset or jumpy: clean the pad surface; replace the pen.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------------------------------------
  // Client runbooks: Prairie Haul Transport Ltd. (Regina)
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-pht-truckmate',
    'TruckMate: login failed, "cannot connect to database" or version errors',
    prairieHaul,
    'Line of Business/TruckMate',
    [
      [
        'Background',
        `Dispatch, billing and safety use Trimble TruckMate. The database is on PHT-SQL01; the client software installs from \\\\PHT-APP01\\TruckMate\\Client. TruckMate logins are separate from Windows logins and are managed by the operations manager (Troy) in the TruckMate Security module.`,
      ],
      [
        'Login failed',
        `1. TruckMate username and password are not the Windows password. Users often mix them up after a Windows password change.
2. Five wrong attempts locks the TruckMate account. Troy unlocks it in Security; if Troy is out, L2 can unlock it via the TruckMate admin login in IT Glue (with Troy's OK by phone).`,
      ],
      [
        'Cannot connect to database',
        `1. Check PHT-SQL01 is online in NinjaOne and the SQL Server (TRUCKMATE) service is running.
2. One PC only: ODBC Data Sources (64-bit) > System DSN "TruckMate" > Test connection. Fix the server name if it's wrong or recreate the DSN from the settings in IT Glue.
3. Everyone: restart the SQL service only after hours or with Troy's OK; dispatch will be kicked out.`,
      ],
      [
        'Version mismatch after an upgrade',
        `"Client version does not match database version": the server was upgraded (usually a weekend). Run the client installer from \\\\PHT-APP01\\TruckMate\\Client on each PC, or push the NinjaOne "TruckMate client update" script to the Dispatch group. Escalate to Trimble support for anything after that.`,
      ],
    ],
  ),
  article(
    'ai-pht-rds-remoteapp',
    "Remote dispatchers: TruckMate RemoteApp disconnects or won't launch",
    prairieHaul,
    'Line of Business/Remote Access',
    [
      [
        'Background',
        `Night and weekend dispatchers work from home through RD Gateway (rds.prairiehaul.ca) with TruckMate published as a RemoteApp from PHT-RDS01. Sign-in needs the Windows password plus an MFA approval (Entra MFA via the NPS extension).`,
      ],
      [
        'Fix',
        `1. "Your computer can't connect to the remote computer" right after entering the password: the MFA push wasn't approved or timed out. Retry and approve on the phone.
2. "Your session is being reconfigured" or launching the app does nothing: the user has a stuck disconnected session. On PHT-RDS01: Server Manager > Remote Desktop Services > Collections > Connections, right-click the user's session > Log Off. Or from admin prompt: quser, then logoff <ID>.
3. Kicked out every few minutes: usually the home internet or Wi-Fi dropping. Ask them to plug in by cable or sit nearer the router; check the RD Gateway logs to confirm the disconnects are client-side.
4. RemoteApp icons missing: re-subscribe to the feed in RemoteApp and Desktop Connections using https://rds.prairiehaul.ca/RDWeb/feed/webfeed.aspx.
5. Printing load sheets at home: RD Easy Print maps their default printer; they must be set as default before connecting.
6. Session host slow for everyone: check PHT-RDS01 RAM/CPU in NinjaOne; a reboot is done nightly at 4 am, don't reboot during the night shift.`,
      ],
    ],
  ),
  article(
    'ai-pht-geotab-tablets',
    'Driver tablets: Geotab Drive not syncing or HOS logs missing',
    prairieHaul,
    'Devices/Truck Tablets',
    [
      [
        'Background',
        `Each truck has a Samsung Galaxy Tab Active with a SaskTel data SIM, enrolled in Intune as a dedicated device running Geotab Drive (ELD / hours of service and DVIR). The tablet pairs with the truck's Geotab GO device. Spare enrolled tablets are kept in the safety office.`,
      ],
      [
        'Symptoms',
        `Geotab Drive shows "GO device not connected" or "No connection"; driver logs (HOS) not visible in MyGeotab at the office; app won't sign in.`,
      ],
      [
        'Fix',
        `1. Have the driver check the tablet has mobile data (signal bars; no Airplane mode). Dead zones on rural highways are normal; logs sync when back in coverage.
2. "GO device not connected": the tablet pairs via Bluetooth (or USB cable in older units). Toggle Bluetooth off/on, restart the tablet, and with the engine on reopen Geotab Drive.
3. App stuck or won't sign in: Intune > device > Restart; check Managed Google Play shows Geotab Drive up to date. Driver sign-in problems (wrong username) go to the safety manager, who manages MyGeotab users.
4. Tablet broken or lost: issue a spare from the safety office; enrol new ones by factory reset and the Intune QR code for the "PHT-Truck-Tablet" profile.
5. Log edits or missing hours: compliance issue for the safety manager, not us.`,
      ],
      ['Escalate', `GO device itself dead (no lights under the dash): Geotab reseller (contact in IT Glue).`],
    ],
  ),
  article(
    'ai-pht-insite-shop',
    "Shop laptop: Cummins INSITE can't connect to a truck or licence expired",
    prairieHaul,
    'Devices/Shop',
    [
      [
        'Background',
        `The heavy-duty shop has two diagnostic laptops (PHT-SHOP-L1 and L2) with Cummins INSITE and a Nexiq USB-Link 3 datalink adapter each. These laptops are pinned to their current Windows version in NinjaOne (feature updates held) because INSITE versions are picky. The INSITE licence is renewed yearly by the shop foreman through Cummins QuickServe.`,
      ],
      [
        "No datalink adapter found / can't connect to ECM",
        `1. Check the USB-Link 3 shows lights when connected to the truck's 9-pin diagnostic port with the key on.
2. Run the Nexiq "Device Tester" (Start > Nexiq). If it fails, reinstall the USB-Link driver from \\\\PHT-APP01\\Installers\\Shop.
3. INSITE > Tools > Connection Setup: the adapter must be "Nexiq USB-Link 3" with the RP1210 protocol J1939. After a reinstall it sometimes resets to a different adapter.
4. Bluetooth mode: re-pair the adapter in Windows Bluetooth settings; USB is more reliable in the shop.`,
      ],
      [
        'Licence',
        `INSITE says licence expired or "not licensed": the foreman renews on QuickServe and gets a new licence key. Moving INSITE to a replacement laptop needs a licence transfer through Cummins; the old laptop must release it first.`,
      ],
    ],
  ),
  article(
    'ai-pht-bol-scanning',
    'Bill of lading scanning: Fujitsu scanner errors or scans missing in TruckMate',
    prairieHaul,
    'Line of Business/TruckMate',
    [
      [
        'Background',
        `Billing scans drivers' bills of lading (BOLs) and delivery receipts on a Fujitsu fi-7160 in the billing office with PaperStream Capture, profile "BOL". Scans save to \\\\PHT-APP01\\Imaging\\Inbox, and the TruckMate Imaging service on PHT-APP01 imports them every 5 minutes and attaches them to the freight bill by barcode/pro number.`,
      ],
      [
        'Scanner errors',
        `1. "Paper jam" with no paper inside, or feeding two pages at once ("multifeed"): clean the rollers and pad with the cleaning cloth; BOLs from the truck are often dirty or folded. Replace the roller kit every ~200k pages (spares in billing).
2. "Scanner not found" in PaperStream: check the USB cable and power; reinstall PaperStream IP driver from \\\\PHT-APP01\\Installers\\Fujitsu.`,
      ],
      [
        'Scans not showing in TruckMate',
        `1. Look in \\\\PHT-APP01\\Imaging\\Inbox. Files piling up there: the Imaging service isn't importing. RDP to PHT-APP01 > services.msc > restart "TruckMate Imaging".
2. Files in Inbox\\Errors: the barcode/pro number couldn't be read. Billing attaches those by hand in TruckMate.
3. Inbox empty and scans not there: PaperStream saved somewhere else; check the "BOL" profile's destination and that the user can write to the share.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------------------------------------
  // Client runbooks: Kowalchuk Desjardins LLP (Regina)
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-kd-pclaw',
    'PCLaw: "data in use", can\'t open, or can\'t post time',
    kowalchuk,
    'Line of Business/PCLaw',
    [
      [
        'Background',
        `PCLaw (time, billing and trust accounting) runs from KD-SRV01 with data in \\\\KD-SRV01\\PCLaw (P: drive). Donna (bookkeeper) does month-end and has the admin login. Never run PCLaw rebuild/repair tools without Donna.`,
      ],
      [
        'Data in use / file locked',
        `1. "PCLaw data is in use by another user" or "unable to open data files" when everyone says they're out: a PC crashed or was shut off with PCLaw open, leaving a lock.
2. On KD-SRV01: Computer Management > Shared Folders > Open Files. Look for files under the PCLaw data folder; right-click > Close Open File for the stale user's locks.
3. Check nobody is actually in it (Donna sometimes runs reports from home over VPN).
4. Reopen PCLaw on one PC to confirm.`,
      ],
      [
        'Other problems',
        `1. "Month is locked" / can't post time to a date: Donna has closed the month; this is by design, send to Donna.
2. "Version mismatch" after an update: update every workstation from the installer in \\\\KD-SRV01\\Installers\\PCLaw (same version as the server).
3. PCLaw very slow over VPN: expected; lawyers working remotely should use the office PC via remote desktop instead.
4. Anything involving trust balances or data errors: Donna calls LexisNexis PCLaw support; we assist with access.`,
      ],
    ],
  ),
  article(
    'ai-kd-worldox',
    'Worldox: save dialog not appearing in Word/Outlook, or files locked',
    kowalchuk,
    'Line of Business/Worldox',
    [
      [
        'Background',
        `All client documents are filed in Worldox (profile by client/matter number). Worldox integrates into Word, Excel, Outlook and Acrobat so Save and Open show the Worldox dialog instead of Windows. Cabinets live on \\\\KD-SRV01\\Worldox (W: drive).`,
      ],
      [
        'Worldox save dialog missing (saves to Documents instead)',
        `1. Usually Office disabled the add-in after a crash or an Office update.
2. Word > File > Options > Add-ins > Manage: COM Add-ins > Go: tick the Worldox add-in. Then Manage: Disabled Items > Go: enable it if listed.
3. Repeat in Excel and Outlook if they're also affected.
4. Still missing: run "Worldox Office Integration" repair from W:\\Worldox\\Install (as admin), restart Office.
5. Tell the lawyer to move any documents saved to Documents during the problem into Worldox and not to leave client files on the C: drive.`,
      ],
      [
        'Other problems',
        `1. "Document is checked out by another user": the other user has it open, or crashed. Ask them to close it; an admin (Rachel, office manager) can force check-in from Worldox.
2. "Cabinet not available" / profile errors: W: drive missing; see mapped drives runbook.
3. Outlook email filing button missing: same add-in steps in Outlook.`,
      ],
    ],
  ),
  article(
    'ai-kd-dictation',
    'Dictation: Philips SpeechMike or foot pedal not working, dictations not reaching the assistant',
    kowalchuk,
    'Line of Business/Dictation',
    [
      [
        'Background',
        `Lawyers dictate with a Philips SpeechMike (USB) in Philips SpeechExec Pro Dictate; the Philips Voice Recorder app on some lawyers' phones sends files the same way. Finished dictations go to each assistant's folder on \\\\KD-SRV01\\Dictation\\<assistant>. Assistants transcribe in SpeechExec Pro Transcribe with a Philips foot pedal (ACC2330).`,
      ],
      [
        'SpeechMike / foot pedal not working',
        `1. Replug into a USB port directly on the PC (not the monitor or keyboard).
2. Open Philips Device Control Center: device listed? If not, try another port; reinstall SpeechExec from \\\\KD-SRV01\\Installers\\Philips.
3. SpeechExec > Settings > General settings > Hardware: the SpeechMike/foot pedal must be selected and "Enable" ticked. Windows updates sometimes make SpeechExec lose this.
4. Foot pedal plays but wrong direction: pedal configuration in the same Hardware screen (rewind left, play centre, forward right).
5. Record button works but no sound: Windows Sound > Recording: the SpeechMike is allowed and not muted.`,
      ],
      [
        'Dictations not arriving',
        `1. Lawyer's SpeechExec > Settings > Work list > the "Finished" folder must point to the assistant's share path. Files stuck in "Outbox" mean the path is unreachable.
2. Check the lawyer can open \\\\KD-SRV01\\Dictation\\<assistant> (VPN if remote; permissions group "Dictation-Users").
3. Assistant's SpeechExec must be watching the same folder (Settings > Work list).`,
      ],
    ],
  ),
  article(
    'ai-kd-land-titles',
    'ISC Online Services (Land Titles) access for conveyancing staff',
    kowalchuk,
    'Line of Business/ISC',
    [
      [
        'Background',
        `The real estate group (conveyancers and lawyers) searches titles and registers transactions on ISC (Information Services Corporation) Online Services. Each person has their own ISC account; searches bill to the firm's ISC account. We support the browser and PC side; ISC account issues go to ISC customer support.`,
      ],
      [
        'Fix',
        `1. Use Microsoft Edge (Chrome works). Internet Explorer mode is not needed anymore.
2. Clicking a title/search result does nothing: pop-ups are blocked. Edge > Settings > Cookies and site permissions > Pop-ups and redirects > Allow > add [*.]isc.ca. The Intune Edge policy should already allow it; if not, tell L2.
3. Results come as PDFs: make sure Adobe Acrobat is set as the default PDF app or that Edge opens them inline.
4. Page errors or stuck loading after an ISC update: clear cached data for isc.ca only (Edge > Settings > Privacy > Clear browsing data for the site) and sign in again.
5. ISC account locked or password forgotten: the user resets with ISC or calls ISC support; we can't.
6. ISC site down for everyone: check ISC's service notices; nothing on our side.`,
      ],
    ],
  ),
  article(
    'ai-kd-boardroom',
    'Boardroom: video hearings and meetings on the wall display',
    kowalchuk,
    'Site/Boardroom',
    [
      [
        'Background',
        `The boardroom has a small PC (KD-BOARD01) behind a 75" TV on HDMI 2, a Logitech MeetUp camera/speaker bar and an expansion mic on the table. Courts, tribunals and other counsel send Teams, Zoom or Webex links; all three are installed. A ClickShare button lets lawyers show their laptop instead. Room bookings use the "Boardroom" room mailbox in Outlook.`,
      ],
      [
        'Fix',
        `1. TV no picture or "No signal": TV remote > Input > HDMI 2. KD-BOARD01 may be asleep: move the wireless mouse.
2. Camera/mic not used in the meeting: in Teams/Zoom/Webex device settings choose "Logitech MeetUp" for camera, speaker and microphone. Sign in to the boardroom account (credentials on the IT Glue page).
3. Echo or squealing: someone's laptop in the room has also joined with audio. Only the room PC should have audio on.
4. Camera light on but black image: unplug the MeetUp's USB from the PC for 10 seconds, replug, rejoin.
5. ClickShare: plug the button into the laptop's USB-C, run the ClickShare app when prompted, press the button. Buttons re-pair by plugging into the base unit.
6. Book the room and test 15 minutes before important hearings; for a problem during a hearing, phone us directly.`,
      ],
    ],
  ),

  // ---------------------------------------------------------------------------------------------
  // Client runbooks: Touchwood Hills Grain Co-operative Ltd. (Punnichy, with a Lestock elevator)
  // ---------------------------------------------------------------------------------------------
  article(
    'ai-thg-scale-weight',
    'Scale house: truck weight not showing in WeighMaster',
    touchwood,
    'Line of Business/Scale House',
    [
      [
        'Background',
        `The scale house PC (THG-SCALE-PC01) runs WeighMaster Pro, which reads the weight from the Rice Lake 920i indicator over an RS-232 serial cable through a USB-to-serial adapter, set to COM3 (9600 baud, 8-N-1). The indicator and load cells are certified; only the scale service company can touch calibration (Measurement Canada seal).`,
      ],
      [
        'Symptoms',
        `The indicator on the wall shows the truck's weight but WeighMaster shows 0, "---", a frozen weight, or "No scale communication".`,
      ],
      [
        'Fix',
        `1. Check the serial cable and USB adapter are plugged in at the PC (the adapter gets knocked when cleaning).
2. Device Manager > Ports (COM & LPT): the USB serial adapter must be COM3. After a Windows update or plugging into a different USB port it often becomes COM4/COM5. Right-click > Properties > Port Settings > Advanced > COM Port Number: COM3 (ignore "in use" warning). Port settings 9600, 8, None, 1.
3. Close and reopen WeighMaster.
4. Still 0: WeighMaster > Setup > Scale: port COM3, indicator type Rice Lake 920i.
5. Adapter missing from Device Manager: reinstall the Prolific driver from \\\\THG-APP01\\Installers\\Scale, or swap with the spare adapter taped inside the scale desk.`,
      ],
      [
        'Escalate',
        `Indicator itself shows errors, wrong weights or nothing: scale service company (number in IT Glue). Trucks can be weighed and written on manual tickets meanwhile; the scale manager knows the procedure.`,
      ],
    ],
  ),
  article(
    'ai-thg-ticket-printer',
    'Scale ticket printer printing blank, garbled or misaligned tickets',
    touchwood,
    'Line of Business/Scale House',
    [
      [
        'Background',
        `Scale tickets print on an Epson TM-U220 dot-matrix printer (USB) in the scale house on 3-part carbonless paper. WeighMaster prints to it by name "Scale Ticket Printer", using the Epson TM-U220 driver, not the default Windows printer.`,
      ],
      [
        'Fix',
        `1. Blank or very faint tickets: ribbon cartridge worn out (Epson ERC-38). Spares are in the scale house cabinet; order more through the co-op's supplier.
2. Garbled symbols, random characters or one character per line: wrong driver. Printers & scanners > Scale Ticket Printer > Printer properties > Advanced: driver must be "EPSON TM-U220 Receipt". A Windows update sometimes swaps it to "Generic / Text Only". Reinstall the Epson Advanced Printer Driver from \\\\THG-APP01\\Installers\\Epson.
3. Printing on the wrong printer (office laser): WeighMaster > Setup > Printers > Ticket printer must be "Scale Ticket Printer".
4. Misaligned (printing over the pre-printed lines): feed the paper so the perforation lines up with the tear bar, press Feed once; don't adjust WeighMaster margins.
5. Paper-out light flashing with paper loaded: the roll is loaded backwards or the sensor is dusty; blow it out.
6. Printer dead: there's a spare TM-U220 in the scale house cabinet; plug it in with the same USB port so Windows uses the same queue.`,
      ],
    ],
  ),
  article(
    'ai-thg-agris-licences',
    'AGRIS: "All licences in use" or sessions hanging',
    touchwood,
    'Line of Business/AGRIS',
    [
      [
        'Background',
        `Grain accounting, patronage and agro sales run on AGRIS, installed on THG-APP01. Staff run the AGRIS client from a shortcut on their desktop (published from THG-APP01). The co-op has 8 concurrent AGRIS licences. THG-APP01 reboots nightly at 2 am.`,
      ],
      [
        'Symptoms',
        `"All licences in use" / "Maximum number of users reached" with fewer than 8 people working; AGRIS frozen; "Record locked by another user"; "Day-end in progress".`,
      ],
      [
        'Fix',
        `1. Licences are held by sessions that weren't closed properly (PC shut off with AGRIS open, or closing with the X during a posting). Ask everyone to exit AGRIS with File > Exit.
2. Still full: RDP to THG-APP01 > Task Manager > Users: find users with AGRIS processes who aren't working (or are at home); sign them out or end their AGRIS processes. Licences free immediately.
3. "Day-end in progress" or records locked in the afternoon: the office manager is running day-end posting; wait until it finishes. Don't kill her session.
4. Frequent "licences in use" with everyone active: the co-op may need more licences; tell the account manager (AGRIS licences are bought through the vendor).
5. AGRIS errors about data, postings, year-end or patronage calculations go to AGRIS support via the office manager.`,
      ],
    ],
  ),
  article(
    'ai-thg-lestock-link',
    'Lestock elevator: site link down, scale tickets not reaching head office',
    touchwood,
    'Site/Lestock Elevator',
    [
      [
        'Background',
        `The satellite elevator at Lestock connects to head office in Punnichy through a WatchGuard branch office VPN (BOVPN) from its Firebox T20 over Starlink. WeighMaster at Lestock keeps working offline and queues tickets, then posts them to the head office database when the tunnel is up. The Starlink dish is on the scale house roof.`,
      ],
      [
        'Symptoms',
        `Lestock tickets not showing at head office, WeighMaster at Lestock says "Offline - tickets queued", no email or internet at Lestock, NinjaOne shows the Lestock PC offline.`,
      ],
      [
        'Fix',
        `1. WatchGuard Cloud > Lestock T20: is the Firebox online? Check the BOVPN tunnel status to head office.
2. Firebox offline: Starlink problem. Ask the elevator manager to open the Starlink app on their phone (connected to the Starlink Wi-Fi) and read the status: "Obstructed", "Snow on dish", "Offline".
3. Snow or ice: the dish has snow melt; it clears on its own within an hour or two. Staff should NOT climb on the roof in winter to clear it.
4. Power-cycle the Starlink router (unplug 30 seconds), wait 5 minutes, then power-cycle the Firebox T20.
5. Internet back but tunnel down: in WatchGuard Cloud restart the BOVPN; check head office Firebox is up.
6. Tell Lestock to keep weighing. Do NOT re-enter queued tickets at head office by hand; they'll duplicate when the link returns.`,
      ],
      [
        'Escalate',
        `Starlink down more than 4 hours in good weather: open a Starlink support case from the account (login in IT Glue).`,
      ],
    ],
  ),
  article(
    'ai-thg-moisture-tester',
    'Moisture tester (DICKEY-john GAC 2500) readings not transferring, calibration update',
    touchwood,
    'Line of Business/Scale House',
    [
      [
        'Background',
        `Grain samples are tested on a DICKEY-john GAC 2500 moisture tester in the scale house. It connects by USB to THG-SCALE-PC01, and WeighMaster pulls moisture, temperature and test weight onto the ticket. Grain calibrations change every crop year.`,
      ],
      [
        'Readings not transferring',
        `1. Check the USB cable between the GAC and the PC; the GAC shows a connection icon when linked.
2. Device Manager: the GAC appears under Ports as a USB serial device. Note its COM number; WeighMaster > Setup > Grain Tester must use that port. Don't let it clash with the scale's COM3.
3. Reinstall the DICKEY-john USB driver from \\\\THG-APP01\\Installers\\DickeyJohn if it's missing.
4. Restart WeighMaster after reconnecting.
5. While broken, the scale operator types moisture in by hand; that's allowed.`,
      ],
      [
        'Calibration update (every August, before harvest)',
        `1. Download the current year's calibration file for the GAC 2500 from DICKEY-john's website onto a USB stick (format FAT32).
2. Insert into the GAC's USB port; menu > Update > Calibrations; confirm the new canola/wheat/barley/pea dates.
3. The scale manager signs off on the updated calibrations; log the date in IT Glue.`,
      ],
    ],
  ),
];
