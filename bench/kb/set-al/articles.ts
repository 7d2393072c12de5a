/**
 * Set AL: a blind labelled KB set, written without reading the search code or any other set.
 *
 * Causeway IT Services is a 10-person MSP in East Perth, WA, keeping its runbooks in Hudu. It
 * supports Microsoft 365 (Business Premium for most clients), Entra ID and Intune-managed Windows 11
 * laptops, Sophos XGS firewalls with Sophos Connect VPN and Sophos Intercept X (Sophos Central),
 * UniFi Wi-Fi, Aussie Broadband NBN services, FUJIFILM Apeos and Brother printers, Veeam and
 * Dropsuite backups, and hosted 3CX phones with Yealink handsets. Three clients have their own
 * runbooks: Fremantle Physio & Sports Clinic (two clinics; Cliniko, Tyro, HICAPS, Physitrack),
 * Pilbara Civil Contractors (Welshpool head office plus Starlink-connected site offices in the
 * Pilbara; 12d Model, Procore, Assignar, an HP DesignJet plotter) and Cottesloe Coastal Realty (a
 * sales and property-management agency; REST Professional, REIWA Forms Live, Inspection Express,
 * shopfront window displays and an after-hours maintenance line).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AL_CLIENTS = {
  physio: 'Fremantle Physio & Sports Clinic Pty Ltd',
  civil: 'Pilbara Civil Contractors Pty Ltd',
  realty: 'Cottesloe Coastal Realty Pty Ltd',
} as const;

const { physio, civil, realty } = SET_AL_CLIENTS;

export const SET_AL_ARTICLES: BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook / Exchange
  article(
    'al-outlook-password-prompts',
    'Outlook keeps asking for password / stuck on "Trying to connect" or "Disconnected"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Outlook status bar shows "Trying to connect...", "Disconnected" or "Need Password".
- Credential prompt pops up over and over, even after typing the right password.
- Usually starts right after a password change, MFA re-registration or a Windows update.`,
      ],
      [
        'Cause',
        'A stale Office token in Credential Manager or a broken Web Account Manager (WAM) sign-in. Less often a corrupt Outlook profile.',
      ],
      [
        'Fix',
        `1. Confirm the user can sign in to https://outlook.office.com. If OWA fails too, it is the account, not Outlook: see the password reset / MFA runbooks.
2. In Outlook go File > Office Account, Sign out, close all Office apps, reopen and sign back in.
3. Close Outlook. Open Credential Manager > Windows Credentials and remove every entry starting MicrosoftOffice16_Data and any "ADAL" / "SSO_POP_Device" entry.
4. Run dsregcmd /status and check AzureAdPrt : YES. If NO, lock and unlock the PC, then check again.
5. Still looping: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, create "Outlook-new", set "Always use this profile". Let it fully sync before removing the old profile.`,
      ],
      [
        'Escalate',
        'If a new profile on a second PC also loops, raise to L2 to check sign-in logs in Entra (error 50126 / 53003) and Conditional Access.',
      ],
    ],
  ),
  article(
    'al-outlook-search',
    'Outlook search missing results / "Search results may be incomplete because items are still being indexed"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Searching Outlook returns nothing, or only recent emails.
- Yellow banner: "Search results may be incomplete because items are still being indexed."
- "We're having trouble fetching results from the server."`,
      ],
      [
        'Cause',
        'Windows Search index is corrupt or still rebuilding (common after a Windows feature update or a new OST). Cached Exchange Mode only keeps 1 year offline by default, so older mail relies on server search.',
      ],
      [
        'Fix',
        `1. Ask if the missing mail is older than 12 months. If so, check File > Account Settings > Account Settings > Change > "Download email for the past" slider; either set to All or tell the user to click "More results from server" at the bottom of the list.
2. Check indexing status: click in the search box > Search Tools > Indexing Status.
3. Rebuild index: Settings > Privacy & security > Searching Windows > Advanced indexing options > Advanced > Rebuild. Leave PC on and Outlook open for a few hours.
4. Confirm "Microsoft Outlook" is ticked under Indexing Options > Modify.
5. Still broken: close Outlook, rename the .ost in %localappdata%\\Microsoft\\Outlook and let it re-download.`,
      ],
    ],
  ),
  article(
    'al-shared-mailbox',
    'Shared mailbox not showing in Outlook / cannot Send As',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- User was given access to accounts@ / reception@ but it does not appear in Outlook.
- Sending from the shared address bounces: "You can't send a message on behalf of this user unless you have permission to do so" or NDR 550 5.7.60 SMTP; Client does not have permissions to send as this sender.
- Sent items from the shared mailbox land in the user's own Sent Items.`,
      ],
      [
        'Fix',
        `1. Exchange admin centre > Recipients > Mailboxes > select the shared mailbox > Delegation.
2. Add the user to Read and manage (Full Access) and, if they reply as the mailbox, Send as. Send on behalf is only if the client wants "on behalf of" shown.
3. Automapping takes up to 60 minutes. Restart Outlook after that. If it still doesn't appear, File > Account Settings > Change > More Settings > Advanced > Add the mailbox manually.
4. In Outlook the user must pick the shared address in the From field (View > Show From). Remove the old autocomplete entry if it keeps failing.
5. To keep sent items in the shared mailbox: Set-Mailbox reception@client.com.au -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true
6. OWA: right-click Folders > Add shared folder or mailbox.`,
      ],
      [
        'Note',
        'Never convert a shared mailbox to a licensed user just to "fix" access. Shared mailboxes need no licence under 50 GB.',
      ],
    ],
  ),
  article(
    'al-mailbox-full',
    'Mailbox full / "Your mailbox is almost full" / enabling the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- Outlook banner "Your mailbox is almost full" or "Mailbox full, you can't send or receive".
- Senders get NDR 554 5.2.2 mailboxFull.`,
      ],
      [
        'Cause',
        'Business Basic/Standard/Premium mailboxes are 50 GB. Big attachments and years of Sent Items fill it. The online archive is included but off by default.',
      ],
      [
        'Fix',
        `1. Check size: Exchange admin centre > Mailboxes > user > Mailbox usage, or Get-MailboxStatistics user@domain | fl TotalItemSize.
2. Enable archive: Mailboxes > user > Others > Manage mailbox archive > Enabled.
3. Apply the "Causeway - Archive after 1 year" retention policy (Mailbox > Manage mailbox policies). Kick it off: Start-ManagedFolderAssistant user@domain.
4. Tell the user the archive appears as "Online Archive - name" in Outlook and is searchable.
5. Quick relief while the archive runs: empty Deleted Items, sort Sent Items by size and delete big attachments they don't need.`,
      ],
      [
        'Escalate',
        'Mailbox over 100 GB including archive, or a shared mailbox over 50 GB (needs a licence): raise with the account manager, it changes the client bill.',
      ],
    ],
  ),
  article(
    'al-email-quarantine',
    'Expected email not arriving: message trace and Defender quarantine',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- "Supplier says they sent an invoice, I never got it."
- Emails from one sender go missing or to Junk.
- User gets a quarantine notification from quarantine@messaging.microsoft.com.`,
      ],
      [
        'Fix',
        `1. Get sender address, approx time and subject. Check the user's Junk Email folder first.
2. Exchange admin centre > Mail flow > Message trace. Search by sender + recipient, last 2 days.
3. Status "Delivered": it is in the mailbox (check inbox rules, Focused/Other, Archive). Status "Quarantined": go to https://security.microsoft.com/quarantine, check the reason (Spam, Phish, High confidence phish, Malware).
4. Spam/bulk only: Release to the recipient, and if the client confirms the sender is genuine add the address to Tenant Allow/Block List > Domains & addresses > Allow (30 days).
5. Do NOT release "High confidence phish" or "Malware" without L2 review.
6. Status "Failed" or no trace at all: the sender never reached us. Ask them for their bounce message; often their SPF/DMARC is broken and it's their IT to fix.`,
      ],
      ['Note', 'Message trace only covers 90 days; older than 10 days runs as a downloadable report.'],
    ],
  ),
  article(
    'al-email-bounce-ndr',
    'Sent email bounced back (NDR): common codes and what to do',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'User receives "Undeliverable:" or "Delivery has failed to these recipients or groups" from Microsoft Outlook / postmaster.',
      ],
      [
        'Common codes',
        `- 550 5.1.1 / 5.1.10 RESOLVER.ADR.RecipientNotFound: address doesn't exist. Usually a typo or a stale autocomplete entry. Delete the suggestion (click the X in the autocomplete list) and retype.
- 550 5.4.1 Recipient address rejected: Access denied: recipient's own tenant rejected it. Recipient's IT issue.
- 554 5.2.2 mailboxFull: the recipient's mailbox is full. Nothing we can do.
- 550 5.7.520 Access denied, your organization does not allow external forwarding: a forwarding rule to Gmail/Bigpond etc. External forwarding is blocked by policy; needs client manager approval.
- 550 5.7.708 / 5.7.705 Access denied, traffic not accepted from this IP / tenant exceeded threshold: the sending account may be restricted for spam. Treat as possible compromise, see the compromised account runbook.
- 550 5.7.1 Delivery not authorized, message refused / blocked by recipient spam filter: ask recipient to whitelist; check our SPF/DKIM with MXToolbox.`,
      ],
      [
        'Fix',
        `1. Get the full NDR (ask the user to forward it as an attachment, not a screenshot).
2. Match the code above. Typos and autocomplete are 80% of tickets.
3. If several users get 5.7.x bounces to many domains, check the client's SPF/DKIM/DMARC in MXToolbox and escalate to L2.`,
      ],
    ],
  ),
  article(
    'al-calendar-sharing',
    'Calendar sharing and delegate access (EA / manager calendars)',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- "I can't see my boss's calendar" / "Calendar shows only free/busy".
- PA needs to accept meeting invites on behalf of a manager.
- Error "You do not have permission to perform this action" when opening another calendar.`,
      ],
      [
        'Fix',
        `1. Owner (or us via PowerShell) grants access. Outlook: Calendar > right-click calendar > Sharing Permissions > Add. Pick "Can view all details" or "Can edit".
2. Delegate (PA) who needs meeting requests: File > Account Settings > Delegate Access > Add, Calendar = Editor, tick "Delegate receives copies of meeting-related messages sent to me".
3. PowerShell for us: Add-MailboxFolderPermission -Identity boss@domain:\\Calendar -User pa@domain -AccessRights Editor -SharingPermissionFlags Delegate
4. Recipient opens it: Calendar > Add calendar > From address book.
5. If the shared calendar doesn't update, turn on "Use the new Outlook calendar sharing" (File > Account Settings > Advanced) or remove and re-add it.
6. Room/resource calendars (boardroom) are managed in Exchange admin > Resources, not by sharing.`,
      ],
    ],
  ),
  article(
    'al-teams-signin',
    "Teams won't open, sign in or load (clearing the Teams cache)",
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        `- Teams stuck on the loading logo or a white screen.
- "We're sorry - we've run into an issue." / error caa20002, caa70004 or caa7000a.
- Teams shows an old account, or chats/channels don't load while the web version works.`,
      ],
      [
        'Fix',
        `1. Test https://teams.microsoft.com in Edge. Works there = client issue. Fails there = account/licence, check they have a Teams licence.
2. Quit Teams fully (right-click tray icon > Quit).
3. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.
4. Classic Teams (should be gone, but check): delete %appdata%\\Microsoft\\Teams.
5. Remove old Teams/Office tokens in Credential Manager, then sign in again.
6. caa7000a / network errors: check the PC isn't on the guest Wi-Fi or a VPN with web filtering.
7. Still failing: uninstall and reinstall new Teams from Company Portal.`,
      ],
    ],
  ),
  article(
    'al-teams-audio',
    'Teams meeting audio, microphone, camera or headset not working',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        `- Others can't hear the user, or the user hears nothing.
- "We couldn't start your video" / "Your camera is being used by another app".
- Headset (Jabra, Poly, Logitech) works for music but not in Teams.`,
      ],
      [
        'Fix',
        `1. In Teams: Settings > Devices. Set Speaker and Microphone to the headset, not "Default". Use "Make a test call".
2. Check the headset's mute button / boom arm and the Teams mute icon. Jabra Evolve lights red when muted.
3. Windows: Settings > Privacy & security > Microphone / Camera: "Let desktop apps access" On.
4. Camera "being used by another app": close Zoom, Camera app, browser tabs; on Lenovo/HP check the physical shutter or F-key camera kill switch.
5. Docked laptops: the dock's audio or the monitor's speakers often grab default. Pick the device explicitly.
6. Update headset firmware (Jabra Direct / Poly Lens) and unplug/replug to a port on the laptop, not the dock.
7. Echo for others: the user is on speakers; get them onto a headset.`,
      ],
    ],
  ),
  article(
    'al-onedrive-sync',
    'OneDrive not syncing / red X / "file name not supported"',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        `- Cloud icon in the tray shows a red X, a pause, or "Sync pending" for hours.
- Files show red circle-X. Errors: "The file name is not supported", "The file path is too long", "You're not signed in to OneDrive", "Upload blocked".
- Colleagues can't see changes to a synced Teams/SharePoint library.`,
      ],
      [
        'Fix',
        `1. Click the OneDrive cloud > View sync problems. Note the exact files and message.
2. Invalid names: remove characters " * : < > ? / \\ | and leading/trailing spaces; names like .lock, CON, desktop.ini can't sync.
3. Path too long (over 400 chars): shorten folder names or sync a lower folder.
4. Not signed in / credential: Settings > Account > Unlink this PC, then sign back in. Files stay on disk.
5. Stuck generally: run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again.
6. "Upload blocked" on Office files: close the file, turn off "Use Office applications to sync Office files I open" then back on.
7. Check disk space: OneDrive stops syncing when C: is nearly full.
8. Synced library over 300,000 files: don't sync it, use "Add shortcut to My files" for the needed folder only.`,
      ],
    ],
  ),
  article(
    'al-sharepoint-access',
    'SharePoint / Teams files: "You need permission" and sharing with external people',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        `- "You need permission to access this item" / "Access denied" opening a SharePoint link.
- External client/contractor: "We couldn't find an account with that username" or "This link has been disabled".
- User can see the Team but not a private channel's files.`,
      ],
      [
        'Fix',
        `1. Internal user: add them to the relevant Microsoft 365 group / Team (Teams > Manage team > Members) rather than granting item permissions. Wait 15 min.
2. Private channel: must be added by a channel owner, team membership isn't enough.
3. Check who owns the site: SharePoint admin centre > Active sites > Membership. Access requests go to owners; if the owner has left, make the client's nominated manager an owner.
4. External sharing: SharePoint admin centre > Active sites > site > Settings > External file sharing. Most clients are "Existing guests" or "New and existing guests"; the org-wide level must allow it too.
5. Guest can't open the link: they must sign in with the exact address it was sent to. Resend with "Specific people", check the one-time passcode email isn't in their junk.
6. "Anyone" links are disabled for all our clients by policy. Don't turn them on without written approval.`,
      ],
    ],
  ),
  article(
    'al-office-activation',
    'Office shows "Unlicensed Product" / "Account Notice" / licence assignment',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        `- Red bar in Word/Excel: "UNLICENSED PRODUCT" or "Account Notice: there's a problem with your account".
- "Product Deactivated" or "Most features of Word have been disabled".
- New user can't install Office from office.com ("You don't have a license").`,
      ],
      [
        'Fix',
        `1. M365 admin centre > Users > Active users > user > Licenses and apps. Confirm Business Standard/Premium (or Apps for business) is assigned and "Microsoft 365 Apps for business" is ticked.
2. No spare licence: check Billing > Your products. Don't buy one without client approval; note it on the ticket for the account manager.
3. On the PC: File > Account > Sign out, close apps, open Word, sign in with the work account.
4. Activation stuck on an old account: run the Microsoft Support and Recovery Assistant (SaRA) "Reset Office activation", or delete %localappdata%\\Microsoft\\Office\\16.0\\Licensing.
5. Shared/reception PCs should use Shared Computer Activation (set by Intune policy) or they hit the 5-device limit.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article('al-password-reset', 'Password reset and account locked out (Entra ID)', null, 'Identity', [
    [
      'Symptoms',
      `- "Your account has been locked. Contact your support person to unlock it, then try again."
- "Your account or password is incorrect." after a password change.
- Windows login still takes the old password.`,
    ],
    [
      'Verify first',
      'Never reset over email alone. Call the user back on the mobile in Hudu (client contact list) or have their manager confirm in the ticket. Note the verification in the ticket.',
    ],
    [
      'Fix',
      `1. Self-service first: users are registered for SSPR, send them to https://aka.ms/sspr.
2. Entra admin centre > Users > user > Reset password. Give a temporary password by phone, leave "Require this user to change their password" ticked.
3. Lockout from smart lockout clears itself after 60 seconds; repeated lockouts = something is retrying an old password (phone mail app, old laptop, scanner). Check Sign-in logs for the app/IP.
4. Windows laptop: connect to internet, sign in with the new password. If it keeps taking the old one, sign in with the Windows Hello PIN then lock/unlock with the new password.
5. Remind them to update the password on their phone (Outlook app) and any shared device.`,
    ],
  ]),
  article(
    'al-mfa-reset',
    'MFA: new phone, lost phone, re-registering Microsoft Authenticator',
    null,
    'Identity',
    [
      [
        'Symptoms',
        `- User got a new phone and Authenticator no longer shows the work account.
- Lost/stolen phone, can't approve sign-in.
- "More information required" loop, or number-matching prompt never arrives.`,
      ],
      [
        'Fix',
        `1. Verify identity by callback (see password reset runbook). A lost phone is also a security event: ask if it had work email on it.
2. Entra admin centre > Users > user > Authentication methods > Require re-register multifactor authentication, and delete the old Authenticator / phone method.
3. Optional for a lost phone: Revoke sessions on the same page.
4. If they need in today without a phone: issue a Temporary Access Pass (1 hour, one-time) from Authentication methods > Add method.
5. User goes to https://aka.ms/mysecurityinfo, adds Microsoft Authenticator, scans the QR code.
6. Prompts not arriving: check phone notifications for Authenticator are allowed, battery saver off, time set to automatic. Use the code in the app as a fallback.`,
      ],
      [
        'Note',
        'iPhone to iPhone: Authenticator cloud backup restores the entries, but work accounts still need re-verification.',
      ],
    ],
  ),
  article(
    'al-ca-blocked',
    'Sign-in blocked: "You cannot access this right now" (Conditional Access, overseas travel)',
    null,
    'Identity',
    [
      [
        'Symptoms',
        `- "You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource."
- Error code 53003 (policy block) or 53000 (device not compliant).
- User travelling overseas can't get email.`,
      ],
      [
        'Cause',
        'Our baseline policies block sign-ins from outside Australia and New Zealand and require a compliant or hybrid-joined device for company data on Windows.',
      ],
      [
        'Fix',
        `1. Entra > Sign-in logs > filter user > open the failure > Conditional Access tab shows which policy blocked.
2. "CAU - Block outside AU/NZ": get client manager approval, add the user to the group "CA-Travel-Exclusion" with an end date (access review). Ask travellers to log a ticket 3 days before flying.
3. "CAU - Require compliant device": see the Intune compliance runbook; personal PCs must use the web browser only.
4. VPN apps on phones can appear from Singapore or the US and trigger the country block. Ask the user to turn off their personal VPN.
5. Remove them from the travel group when they get back.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Intune
  article(
    'al-autopilot-enrol',
    'Autopilot / Intune enrolment fails on a new or reset laptop',
    null,
    'Intune',
    [
      [
        'Symptoms',
        `- OOBE shows "Something went wrong" with 80180014, 801c03ed, 0x800705b4 or 80180018.
- Stuck on "Securing your hardware" or "Device setup: Apps (Identifying)".
- Laptop doesn't show the client's branded sign-in page.`,
      ],
      [
        'Fix',
        `1. 80180014: the device was deleted from Intune but is still blocked. Intune > Devices > Enrollment > Windows > Devices (Autopilot): confirm hash present; delete the stale Intune device record, wait 15 min, retry.
2. 801c03ed: Entra device object disabled/deleted. Delete the Autopilot record and re-import the hash (Get-WindowsAutopilotInfo -Online).
3. 80180018: user has no Intune licence (Business Premium). Assign and retry.
4. 0x800705b4 "Securing your hardware": TPM attestation timeout. Update BIOS, clear TPM in BIOS, retry. Dell/HP older firmware is the usual culprit.
5. Stuck on Apps: a required app is failing. Shift+F10 > check C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs. Most often a Win32 app with a bad detection rule.
6. No branding: hash not uploaded by the distributor. Upload it and assign the group tag for the client.`,
      ],
    ],
  ),
  article(
    'al-intune-compliance',
    'Device "not compliant" / "Your organisation requires this device to be managed"',
    null,
    'Intune',
    [
      [
        'Symptoms',
        `- Company Portal shows "Unable to access company resources" / "Not compliant".
- Outlook or Teams on a phone says "Your organization requires your device to be managed".
- Sign-in error 53000.`,
      ],
      [
        'Fix',
        `1. Intune > Devices > find device > Device compliance: see which setting fails.
2. Common Windows failures: BitLocker off, Defender/real-time protection off (often Sophos takeover; the Sophos compliance script should report it), OS below minimum build, firewall off. Fix the setting, then Company Portal > device > Check status.
3. "Not evaluated" / grace period: device hasn't checked in. Settings > Accounts > Access work or school > Info > Sync.
4. Phones (BYOD): install Company Portal, sign in, enrol as personal (Android work profile / iOS user enrolment). For just email, use Outlook app with app protection; a full enrolment isn't needed.
5. Minimum iOS/Android version failures: user must update the phone. We can't override for one user without an exception approved by the client.
6. Phone replaced: delete the old phone from Company Portal so it doesn't count against their 5-device limit.`,
      ],
    ],
  ),
  article('al-company-portal', "App won't install from Company Portal / software request", null, 'Intune', [
    [
      'Symptoms',
      `- Company Portal app shows "Install failed", "Downloading" forever, or 0x87D1041C.
- User needs software that isn't in Company Portal.`,
    ],
    [
      'Fix',
      `1. Make sure the user is picking the app from Company Portal, not downloading installers from the web (they have no local admin).
2. 0x87D1041C: installed but detection failed. Check the app's detection rule in Intune; often the vendor changed the version path.
3. Stuck downloading: restart the "Microsoft Intune Management Extension" service, then Company Portal > Settings > Sync. Logs: C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\AppWorkload.log.
4. App not in the list: it's either not assigned to their group or not packaged. Check Intune > Apps > app > Properties > Assignments.
5. New software request: get client approval, check licensing, then package as Win32 (.intunewin) and assign to the group "APP - <name>". Note it in the client's Hudu software list.
6. One-off installs we do with admin rights through remote support are allowed only for approved apps; record them in the ticket.`,
    ],
  ]),
  // ---------------------------------------------------------------- Windows 11
  article(
    'al-windows-update',
    'Windows Update failing or stuck (0x800f0922, 0x80070002, "Undoing changes")',
    null,
    'Windows',
    [
      [
        'Symptoms',
        `- Settings > Windows Update shows "Install error - 0x800f0922" / 0x80070002 / 0x8024a105.
- PC stuck on "Working on updates 30%" or "We couldn't complete the updates. Undoing changes".
- RMM / Intune update ring report shows the device weeks behind.`,
      ],
      [
        'Fix',
        `1. Check free space on C: (need 20 GB for feature updates). See the disk full runbook.
2. Reboot twice, then retry. Run the Windows Update troubleshooter (Settings > System > Troubleshoot > Other troubleshooters).
3. Reset components (admin prompt):
   net stop wuauserv & net stop bits & net stop cryptsvc
   ren C:\\Windows\\SoftwareDistribution SoftwareDistribution.old
   net start wuauserv & net start bits & net start cryptsvc
4. Repair the image: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow.
5. 0x800f0922 on cumulative updates: usually the System Reserved / recovery partition too small or the VPN is connected. Disconnect Sophos Connect and retry.
6. Stuck at boot on "Undoing changes" for over an hour: hard power off once; if it loops, boot to WinRE > Uninstall Updates > latest quality update.`,
      ],
      [
        'Escalate',
        "Same update failing across a whole client: check the Intune update ring and raise to L2, don't fix PC by PC.",
      ],
    ],
  ),
  article(
    'al-temp-profile',
    '"We can\'t sign in to your account" / temporary profile / desktop gone',
    null,
    'Windows',
    [
      [
        'Symptoms',
        `- After login: "We can't sign in to your account. This problem can often be fixed by signing out of your account and then signing back in."
- "You've been signed in with a temporary profile."
- Desktop is blank, wallpaper default, files "gone".`,
      ],
      [
        'Cause',
        'Profile load failed (corrupt NTUSER.DAT, AV lock at login, or a half-applied update) and Windows created a TEMP profile. Files are usually still in C:\\Users\\<name>.',
      ],
      [
        'Fix',
        `1. Tell the user not to save anything, the temp profile is wiped at sign-out.
2. Restart once. Often clears it.
3. Still temp: sign in as admin, open regedit > HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList. Find the user's SID; if there are two (one ending .bak), delete the one without .bak and rename the .bak one to remove .bak. Set RefCount = 0 and State = 0.
4. Restart, sign in as the user.
5. If NTUSER.DAT is corrupt: rename C:\\Users\\<name> to <name>.old, let a fresh profile build, copy Desktop/Documents back (OneDrive Known Folder Move normally brings them back anyway).`,
      ],
    ],
  ),
  article('al-disk-full', 'C: drive full / low disk space', null, 'Windows', [
    [
      'Symptoms',
      `- "Low Disk Space. You are running out of disk space on Local Disk (C:)."
- C: bar shows red in This PC; updates failing; OneDrive paused.
- RMM alert: Disk C: free space below 10%.`,
    ],
    [
      'Fix',
      `1. Run WizTree (in our toolkit) as admin to see what's big.
2. Settings > System > Storage > Temporary files: tick Windows Update Cleanup, Delivery Optimization, Temp, Recycle Bin.
3. OneDrive: right-click big folders > "Free up space" so they're online-only. Turn on Storage Sense with "Files on demand" after 30 days.
4. Check C:\\Users for old profiles of leavers; remove via System Properties > User Profiles (after confirming data is backed up).
5. Big Outlook OSTs (>20 GB): lower the Cached Exchange slider to 1 year.
6. Teams/browser caches and Downloads folder full of installers are common culprits.
7. Never delete C:\\Windows\\WinSxS or Installer folders by hand. Use DISM /Online /Cleanup-Image /StartComponentCleanup.`,
    ],
    [
      'Escalate',
      '128/256 GB SSD that stays full after cleanup: quote a replacement drive or laptop to the client.',
    ],
  ]),
  article('al-slow-pc', 'PC running slow / freezing triage', null, 'Windows', [
    [
      'Symptoms',
      `- "Computer is so slow", apps take minutes to open, spinning circle, freezing.
- Fans loud, everything lagging after lunch.`,
    ],
    [
      'Fix',
      `1. Ask when it last restarted. Task Manager > Performance > CPU > Up time. Over 7 days: restart first (proper restart, not shut down, Fast Startup keeps the session).
2. Task Manager > Processes, sort by CPU, Memory, Disk. Note the top 3.
3. Memory over 90% with 8 GB: Chrome/Edge tabs and Teams are usually it. Recommend an upgrade to 16 GB.
4. Disk 100% on an old HDD: quote an SSD. Check C: free space (disk full runbook).
5. SophosFS / Sophos scanning high: check for a stuck scan in Sophos Central; don't disable protection.
6. Check Windows Update isn't running in the background.
7. Startup apps: Task Manager > Startup apps, disable non-essential (Spotify, Zoom, printer utilities).
8. Check temperature/dust for laptops that slow under load, and power plan is not "Battery saver".
9. Run sfc /scannow if Windows itself is misbehaving.`,
    ],
    ['Escalate', "Only one app slow (e.g. a line-of-business app): check that app's client runbook instead."],
  ]),
  article('al-bitlocker', 'BitLocker recovery key prompt at startup', null, 'Windows', [
    [
      'Symptoms',
      `- Blue screen at boot: "BitLocker recovery. Enter the recovery key for this drive" with a Key ID.
- Usually after a BIOS/firmware update, dock change, TPM reset or motherboard repair.`,
    ],
    [
      'Fix',
      `1. Verify the caller (callback). Recovery keys are sensitive.
2. Get the first 8 characters of the Key ID from the screen.
3. Find the key: Intune > Devices > device > Recovery keys, or Entra admin centre > Devices > device > BitLocker keys. Match the Key ID.
4. Read the 48-digit key to the user in groups of 6. Number row keys, or F1-F10 if prompted.
5. Once in Windows, suspend and resume BitLocker to reseal to the TPM: manage-bde -protectors -disable C: -rebootcount 1, reboot.
6. Log that the key was disclosed; Intune rotates it automatically (key rotation policy is on).`,
    ],
    [
      'Escalate',
      "Key not in Intune/Entra: the device was encrypted before enrolment. Check the client's Hudu asset for an exported key. No key = data unrecoverable, the drive gets wiped and rebuilt via Autopilot. Tell the L2 before telling the user.",
    ],
  ]),
  article(
    'al-dock-monitors',
    'Dock / external monitors not detected (Dell WD19S, HP USB-C G5)',
    null,
    'Windows',
    [
      [
        'Symptoms',
        `- Plugging the laptop into the dock: monitors black, "No signal", or only one screen works.
- Keyboard/mouse on the dock don't work; laptop not charging from dock.
- Screens flicker or wrong resolution after docking.`,
      ],
      [
        'Fix',
        `1. Unplug the dock power for 30 seconds (not just the USB-C). Reconnect power first, then the laptop.
2. Check the cable goes into the laptop's Thunderbolt/USB-C port with the lightning or DP symbol.
3. Monitor input: use the monitor buttons to pick the right input (DP vs HDMI).
4. Settings > System > Display > Detect, and Multiple displays > Extend.
5. Update dock firmware and the laptop's graphics driver: Dell Command Update / HP Image Assistant (both pushed by Intune, can be run manually).
6. Daisy-chained DP monitors need MST on; Macs don't support MST (only mirror).
7. Laptop not charging: dock PSU must be the 130 W one for 15" models. 90 W gives "slow charger" warnings.
8. Swap with a known-good dock before quoting a replacement.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Network
  article('al-sophos-vpn', "Sophos Connect VPN won't connect", null, 'Network', [
    [
      'Symptoms',
      `- Sophos Connect shows "Failed to establish a connection", "Gateway unreachable" or "The remote gateway is not responding".
- "Authentication failed. Check your credentials."
- Connected but can't reach the S: drive / server.`,
    ],
    [
      'Fix',
      `1. Can the user browse the internet? Hotel/airport Wi-Fi with a captive portal must be logged into first.
2. Authentication failed: VPN uses their M365 username (full email) and password via the firewall's Entra/RADIUS link. If they changed their password recently, wait 10 min; check they are in the "VPN Users" group on the Sophos Firewall (Authentication > Groups).
3. Gateway unreachable: check the site's internet is up (Sophos Central > Firewall management). If the office NBN is down, VPN can't work: see NBN outage runbook.
4. Hotels and some 4G hotspots block IPsec (UDP 500/4500). Switch to the SSL VPN connection in Sophos Connect (import the .ovpn from the user portal https://<firewall>:443).
5. Reimport provisioning: delete the connection, import the .pro file from the client's Hudu page.
6. Connected but no drives: drive maps via Intune run at login; run the "Map Drives" shortcut, or \\\\server\\share by IP to rule out DNS.`,
    ],
  ]),
  article('al-wifi', 'Wi-Fi not connecting or dropping out (UniFi)', null, 'Network', [
    [
      'Symptoms',
      `- Laptop "Can't connect to this network" on the staff SSID.
- Wi-Fi drops every few minutes, or full bars but "No internet".
- One area of the office with bad coverage.`,
    ],
    [
      'Fix',
      `1. Is it everyone or one device? Everyone = check internet first (NBN outage runbook) and the UniFi console for offline APs.
2. Staff SSIDs are pushed by Intune (WPA2-Enterprise or WPA2 PSK per client, see client Hudu page). Laptop: forget the network, then Settings > Accounts > Access work or school > Sync to get the profile back.
3. Check the client in UniFi Network > Client Devices: signal (RSSI worse than -75 dBm = coverage issue), which AP, recent disconnects.
4. AP showing "Disconnected"/"Adopting": check its PoE switch port, power cycle from the switch.
5. Drivers: update Intel Wi-Fi driver via Dell/HP update tools. Disable "MAC randomisation" on the staff SSID.
6. Phones connecting to guest instead of staff: that's expected, guest is isolated from printers and servers.`,
    ],
    [
      'Escalate',
      "Coverage gaps or new rooms need a site survey and quote; don't move APs without the account manager.",
    ],
  ]),
  article(
    'al-nbn-outage',
    'Internet down at a site: NBN outage checks and raising a fault',
    null,
    'Network',
    [
      [
        'Symptoms',
        `- Whole office has no internet; phones (3CX) down too.
- Sophos Central alert: "Gateway ... is down" / "WAN link down".
- RMM shows all agents for a site offline at the same time.`,
      ],
      [
        'Triage',
        `1. Check Sophos Central: is the firewall itself online? If it shows online via the 4G backup (LTE) link, the NBN is down but the site has limited internet.
2. Ask someone on site to look at the NBN box (NTD): FTTP - "Optical" light red or off = line fault; FTTC - NCD "DSL" light flashing; HFC - "Cable" light off. No lights = power, check the powerpoint.
3. Check https://status.aussiebroadband.com.au and the nbn outages page for the address.
4. Power cycle order: NTD, wait 2 min, then firewall.`,
      ],
      [
        'Raise fault',
        `1. Log in to the Aussie Broadband partner portal with the service ID from the client's Hudu site page (never the client's own account).
2. Run the line test, then lodge the fault. Note the ABB ticket number on our ticket.
3. Tell the client contact the ETA; nbn faults are typically 1-3 business days; priority assistance only if they paid for Enhanced-12.
4. Remind them: failover 4G is limited to 50 GB and slower, avoid big uploads.`,
      ],
    ],
  ),
  article(
    'al-web-filter',
    'Website blocked by Sophos web filter / certificate errors from HTTPS inspection',
    null,
    'Network',
    [
      [
        'Symptoms',
        `- Browser shows a Sophos page: "Access to the web page you were trying to visit has been blocked in accordance with company policy" with a Category (e.g. "Uncategorized", "Personal Storage").
- "Your connection isn't private" / NET::ERR_CERT_AUTHORITY_INVALID on one site in the office but fine at home.`,
      ],
      [
        'Fix',
        `1. Get the full URL and screenshot of the block page (it shows the policy name and category).
2. Business site: needs OK from the client's nominated approver (listed in Hudu). Then Sophos Firewall > Web > URL groups > "Causeway-Allowed" > add the domain.
3. Miscategorised site: also submit it to Sophos for recategorisation (https://support.sophos.com/support/s/filesubmission).
4. Cert errors: HTTPS decryption is on for most categories. Check the device has the firewall CA (pushed by Intune). Banking/government/health sites (MyGov, PRODA, HICAPS, bank portals) should be in the "Do not decrypt" exception. Add the domain to the SSL/TLS inspection exclusion list.
5. Personal sites (social media, streaming) are blocked by client policy; we don't unblock those on a user's request.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Printing & scanning
  article('al-printer-offline', 'Printer offline / jobs stuck in the queue', null, 'Printing', [
    [
      'Symptoms',
      `- Printer shows "Offline" in Windows, or "Error - Printing" with jobs stuck.
- "The printer is not responding" / nothing comes out.
- Works for some users and not others.`,
    ],
    [
      'Fix',
      `1. Check the printer itself: display errors (paper jam, tray open, toner empty), and that it's on the network (print a config page for its IP).
2. Ping the printer IP from the PC. No reply: check cable/Wi-Fi, the printer may have grabbed a new IP; all printers should have DHCP reservations (check the UniFi/Sophos DHCP and the Hudu asset).
3. Clear stuck jobs: services.msc > Print Spooler > Stop; delete files in C:\\Windows\\System32\\spool\\PRINTERS; Start.
4. Printer port wrong: Printer properties > Ports > Standard TCP/IP port with the correct IP. Untick "SNMP Status Enabled" if it shows offline falsely.
5. Re-add: printers are deployed by Intune (FUJIFILM Apeos and Brother universal drivers). Remove and run Company Portal > "Printers - <site>".
6. Only one user: check they're not printing to an old office printer after moving desks/sites.`,
    ],
    [
      'Escalate',
      'Hardware faults (grinding, streaks, error codes on the panel) go to the print vendor under the lease; log it with their number from Hudu.',
    ],
  ]),
  article(
    'al-scan-to',
    'Scan to email / scan to folder not working (FUJIFILM Apeos, Brother)',
    null,
    'Printing',
    [
      [
        'Symptoms',
        `- Copier shows "016-781" / "016-506" (SMTP) or "031-5xx" (SMB) on FUJIFILM Apeos.
- Brother: "Send Failed" / "Authentication error".
- Scans used to arrive by email and stopped; scan-to-folder says "Failed to connect to server".`,
      ],
      [
        'Scan to email',
        `1. Our standard: copier sends via smtp.office365.com:587 as scanner@clientdomain with SMTP AUTH enabled on that mailbox only.
2. Check the scanner mailbox password hasn't expired or been reset; the password is in Hudu under the printer asset.
3. Error 535 5.7.139 "SmtpClientAuthentication is disabled": Set-CASMailbox scanner@domain -SmtpClientAuthenticationDisabled $false.
4. MFA or a Conditional Access policy blocking the scanner account: scanner@ must be in "CA-Service-Accounts" exclusion (office IP only).
5. Scans land in Junk/quarantine: check quarantine and message trace.`,
      ],
      [
        'Scan to folder',
        `1. The copier uses a local account "scan" on the server/PC with rights to the Scans share. Check the account isn't locked/expired.
2. SMB1 is disabled: the copier must be set to SMB2/3 (Apeos: SMB Client > Version).
3. Target PC changed IP or name: update the address book entry.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'al-phishing',
    'Reported phishing email / user clicked a link or opened an attachment',
    null,
    'Security',
    [
      [
        'Symptoms',
        `- User forwards a suspicious email ("DocuSign: you have a document", "Your mailbox is full, verify", fake invoice, MYOB/Xero payment).
- User admits clicking the link and/or typing their password.`,
      ],
      [
        'Fix',
        `1. Ask: did you click? Did you enter your password or approve an MFA prompt? Did you open an attachment? Get the email as an attachment (not forwarded).
2. Only reported, no click: use Defender > Explorer / Threat Explorer to find all copies in the tenant and Soft delete them. Block the sender/URL in Tenant Allow/Block List. Thank the user.
3. Clicked but did NOT enter credentials: run a Sophos scan on the device, check Sophos Central for detections. Purge the email as above.
4. Entered password or approved MFA: treat as a compromised account immediately, follow the compromised account runbook (reset, revoke sessions, check inbox rules).
5. Opened an attachment (macro/ISO/HTML): isolate the device in Sophos Central, follow the EDR alert runbook.
6. Invoice/bank detail change requests: tell the client to verify by phone with a known number, never the number on the email.`,
      ],
    ],
  ),
  article('al-compromised-account', 'Compromised Microsoft 365 account response', null, 'Security', [
    [
      'Signs',
      `- Contacts receive phishing emails from the user; user's Sent Items full of emails they didn't send.
- Inbox rules that move or delete mail (often named "." or "..", or forwarding to external addresses).
- Sign-ins from overseas, impossible travel or "Risky sign-in" alerts; NDR 5.7.705 / account restricted from sending.`,
    ],
    [
      'Contain (do immediately, P1)',
      `1. Entra > user > Reset password (strong, random) and Revoke sessions.
2. Authentication methods: remove any phone or Authenticator the user doesn't recognise, require re-register MFA.
3. Exchange: check and remove inbox rules (Get-InboxRule -Mailbox user), forwarding (Get-Mailbox | fl ForwardingSmtpAddress) and any OAuth apps consented in Entra > Enterprise apps.
4. If restricted from sending: Defender > Restricted entities > release after the above is done.`,
    ],
    [
      'Investigate & notify',
      `1. Pull the Unified Audit Log for the last 30 days (MailItemsAccessed, New-InboxRule, Send). Save to the ticket.
2. Message trace for emails sent by the user in the window; send the client a list of recipients to warn.
3. Inform the client contact and L2/security lead. If personal information was accessed, the client may have a Notifiable Data Breach obligation (OAIC); we advise, the client decides.`,
    ],
  ]),
  article('al-edr-alert', 'Sophos Intercept X / Sophos Central threat alert triage', null, 'Security', [
    [
      'Symptoms',
      `- Sophos Central alert email: "Malware detected", "PUA detected", "Threat cleaned up", "Manual cleanup required", "CryptoGuard detected ransomware", "Lockdown".
- User sees a Sophos popup: "Threat detected and blocked".`,
    ],
    [
      'Triage',
      `1. Open the detection in Sophos Central > Threat Analysis Center. Note device, user, file path, process tree.
2. "Cleaned up" / "Blocked" PUA (e.g. toolbars, torrent clients, remote tools not on our list): confirm clean, remove the app, close as informational.
3. "Manual cleanup required" or malware running from Downloads/Temp: isolate the device (Devices > Isolate), run a Sophos scan, check how it arrived (email, USB, browser download).
4. CryptoGuard / ransomware or lateral movement: P1. Isolate, phone the L2 on-call, do NOT power off (we need memory), unplug network if isolation fails.
5. False positive on a business app (e.g. line-of-business updater): confirm with the vendor, then add a Global exclusion by SHA-256, never by folder.
6. Tamper protection alerts or Sophos turned off: check who had the tamper password.`,
    ],
    ['Close', "Document cause and action in the ticket and the client's security log in Hudu."],
  ]),
  // ---------------------------------------------------------------- Starters & leavers
  article('al-new-starter', 'New starter onboarding checklist', null, 'Starters & Leavers', [
    [
      'Before day one (need 3 business days notice)',
      `1. Get the client's new starter form: name, title, manager, start date, mobile, licences, groups/shared mailboxes, "copy access from" user, phone extension.
2. M365 admin: create user, usage location Australia, assign licence (usually Business Premium). Add to security groups for SharePoint/Teams, shared mailboxes, distribution lists.
3. Add to "Intune - Users - <client>" so apps and policies apply.
4. 3CX: create extension, set caller ID, voicemail PIN; assign Yealink handset or the 3CX app.
5. Device: Autopilot laptop from stock, assign to user in Intune, pre-provision (Windows key x5 at OOBE) so apps are installed before day one.
6. Line-of-business app accounts are created by the client admin unless the client's runbook says otherwise.`,
    ],
    [
      'Day one',
      `1. Give temporary password by phone, user sets up MFA at https://aka.ms/mysecurityinfo (first 14 days: TAP if needed).
2. Sign in to laptop, check OneDrive, Outlook, Teams, printers.
3. Update Hudu contact list and the PSA contact.`,
    ],
  ]),
  article('al-leaver', 'Leaver offboarding (disable account, mailbox, devices)', null, 'Starters & Leavers', [
    [
      'Before you start',
      'Need written request from an authorised client contact with the leave date/time and what happens to email and files. Urgent/terminated staff: do it immediately on phone confirmation from the owner, then get it in writing.',
    ],
    [
      'Steps',
      `1. Entra: Block sign-in, reset password, Revoke sessions, remove MFA methods.
2. Exchange: convert mailbox to shared (Mailboxes > user > Convert to shared). Give the manager Full Access. Set an auto-reply if requested. Forwarding only if the client asks.
3. OneDrive: M365 admin > user > OneDrive > Create link to files, give to manager. OneDrive is kept 30 days after licence removal (our retention is 1 year for deleted users).
4. Remove licence once the mailbox is shared and under 50 GB. Note the saving for the account manager.
5. Remove from groups, distribution lists, Teams ownership (make sure each team keeps an owner).
6. Intune: collect laptop, Wipe (or Autopilot Reset) and return to stock. Phones: retire the work profile.
7. 3CX: reassign or delete extension, redirect DID to reception.
8. Remove their access to line-of-business apps or ask the client admin to, VPN, and any shared passwords they knew (rotate).
9. Update Hudu and PSA contact: inactive.`,
    ],
  ]),
  // ---------------------------------------------------------------- Backup & restore
  article(
    'al-file-restore',
    'Restore a deleted file or an earlier version (OneDrive, SharePoint, file server)',
    null,
    'Backup & Restore',
    [
      [
        'Symptoms',
        `- "I deleted a folder by accident." / "The spreadsheet got overwritten."
- Files renamed or "disappeared" from a Teams/SharePoint library.`,
      ],
      [
        'Fix',
        `1. Get the path, file name and when it was last OK.
2. OneDrive/SharePoint, deleted within 93 days: site or OneDrive > Recycle bin > Restore. Check the second-stage recycle bin (bottom of the page) too. Site admin can see all users' deletes.
3. Overwritten: right-click file > Version history > Restore the version before the change.
4. Mass deletion/encryption of a whole library: OneDrive > Settings > Restore your OneDrive (or Restore this library) to a point in time. Check with L2 first if ransomware is suspected.
5. Older than 93 days or purged: restore from Dropsuite (M365 backup) > Drive/SharePoint > browse to the date > restore to original or a "Restored" folder.
6. On-prem file server (Veeam): Veeam console > Backups > Disk > VM > Restore guest files (Windows) > pick restore point > Copy To a restore folder; don't overwrite without asking.
7. Tell the user where restored files landed.`,
      ],
    ],
  ),
  article(
    'al-email-restore',
    'Restore deleted emails, contacts or calendar items',
    null,
    'Backup & Restore',
    [
      [
        'Symptoms',
        `- User emptied Deleted Items, or a folder of emails disappeared.
- Calendar appointments or contacts vanished after a phone sync.`,
      ],
      [
        'Fix',
        `1. First: check Deleted Items and search All Mailboxes; emails are often moved, not deleted (dragged into another folder by accident). Check inbox rules.
2. Within 14 days (our retention extends to 30): Outlook > Deleted Items > "Recover items recently removed from this folder" (OWA: Deleted Items > Recover items deleted from this folder). Select and Restore.
3. Admin: Exchange admin centre > Mailboxes > user > Recover deleted items, or PowerShell Get-RecoverableItems / Restore-RecoverableItems.
4. Older: Dropsuite portal > client > user > Email > search by date/subject/folder > Restore to mailbox (lands in a "Restored-<date>" folder) or download as PST/EML.
5. Leaver mailboxes that were deleted: Dropsuite keeps them while the client's archive seat is paid.
6. Missing calendar items after phone sync: restore from Recoverable Items > Calendar, then remove the old phone's sync partnership.`,
      ],
    ],
  ),
  article(
    'al-backup-alert',
    'Veeam backup job failed / warning alert triage (tech runbook)',
    null,
    'Backup & Restore',
    [
      [
        'Symptoms',
        `- Veeam email report "[Failed] Backup Job <client>-Servers" or "[Warning]".
- Errors like "Failed to create VM snapshot", "Unable to allocate processing resources", "Error: The network path was not found", "There is not enough space on the disk".
- Veeam Service Provider Console shows red for a client.`,
      ],
      [
        'Fix',
        `1. Check if the next scheduled run succeeded; a single failed run followed by success is a Warning ticket, note and close.
2. Snapshot failed: check VSS on the guest (vssadmin list writers, all "Stable / No error"). Restart the failed writer's service or reboot in hours agreed with the client.
3. Repository full: check the NAS/repository free space; run a manual retention, or reduce restore points with L2 approval. Never delete backup files from the NAS directly.
4. Network path / credentials: the service account password changed or the NAS rebooted. Update credentials in Veeam > Credentials.
5. Offsite copy (Wasabi/cloud connect) failing: check the site upload link; NBN outages cause these.
6. Three failures in a row or no good backup in 48 h: P2, raise to L2 and tell the client.
7. Record the test restore monthly in Hudu.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- VoIP (hosted 3CX)
  article(
    'al-3cx-desk-phone',
    'Yealink desk phone not registered / no dial tone (hosted 3CX)',
    null,
    'VoIP',
    [
      [
        'Symptoms',
        `- Yealink screen shows "Not registered", "Account 1 Offline", or no extension name.
- Picking up the handset: no dial tone or "Network unavailable".
- Calls one-way audio (you can hear them, they can't hear you).`,
      ],
      [
        'Fix',
        `1. Is the internet up at the site? If not, see NBN outage runbook; 3CX is hosted so phones die with the internet.
2. Check the phone's network cable goes into the wall socket via the phone's "Internet" port (PC plugs into the "PC" port). Check the PoE switch port / power adapter.
3. 3CX admin console > Phones: is the phone listed and provisioned? Check MAC matches.
4. Reboot the phone (Menu > Advanced (admin) > Reboot, or unplug). Re-provision from the 3CX console if it still shows "Not registered".
5. One-way audio or calls dropping after 30 s: SIP ALG must be off on the Sophos firewall (system sip_module unload via console) and the RTP port range allowed.
6. Many phones across the site unregistered at once: check the firewall and 3CX instance status, then raise to L2.`,
      ],
    ],
  ),
  article(
    'al-3cx-divert-voicemail',
    '3CX: call diverts, office hours, voicemail and the 3CX mobile app',
    null,
    'VoIP',
    [
      [
        'Symptoms / requests',
        `- "Phones are still going to the after-hours message" or "closed message playing during business hours".
- User wants calls forwarded to their mobile, or voicemail PIN reset.
- 3CX app on the phone not ringing for incoming calls.`,
      ],
      [
        'Fix',
        `1. Office hours: 3CX admin > Office Hours. Public holidays (WA and national) must be added each year; wrong hours are usually a missing/extra holiday. Reception can toggle Day/Night with the BLF key or *32 override.
2. User divert: in the 3CX web client or app, Status > set "Away" / "Out of office" and the forwarding rule to their mobile (Status forwarding > Forward to mobile). Admin can set it under Users > Forwarding rules.
3. Voicemail PIN reset: Users > user > Voicemail > PIN. Greeting: dial 999 from their extension and follow the prompts.
4. Voicemail to email: Users > user > Voicemail > Send voicemail to email (attach WAV).
5. App not ringing: in the app, Settings > allow notifications and "Push" on; iPhone Focus/Do Not Disturb blocks it; Android battery optimisation must be off for 3CX. Log out/in to refresh the push token.
6. Ring group changes (who rings for reception): Ring groups > members; confirm change with the client contact.`,
      ],
    ],
  ),

  // ================================================================ Client: Fremantle Physio & Sports Clinic
  article(
    'al-fps-cliniko',
    'Cliniko: login, 2FA and browser problems',
    physio,
    'Clients/Fremantle Physio/Line of Business',
    [
      [
        'Overview',
        'Cliniko is the clinic\'s cloud practice management system (appointments, notes, invoicing) at https://fremantlephysio.au2.cliniko.com. Both clinics (Fremantle and Subiaco) use it in Chrome. The practice manager (Kate) is the Cliniko account owner; Causeway has a "Support" user with admin rights.',
      ],
      [
        'Symptoms',
        `- "Invalid email or password" / "Your account has been locked due to too many sign-in attempts".
- Lost phone for Cliniko two-factor (it uses its own authenticator code, not Microsoft MFA).
- Appointment book blank, spinning, or "Something went wrong" only in one browser.`,
      ],
      [
        'Fix',
        `1. Password: user clicks "Forgot your password?" on the Cliniko login page. We can't see Cliniko passwords.
2. Locked or lost 2FA: Cliniko Settings > Users & practitioners > user > "Reset two-factor authentication" (needs an admin: Kate or our Support user). They re-enrol with Microsoft Authenticator or Google Authenticator.
3. Blank/slow book: Chrome > clear cache for cliniko.com, disable extensions (Grammarly breaks the notes editor), check status.cliniko.com.
4. New practitioner: Kate adds them in Cliniko (it's billed per practitioner); we don't create Cliniko accounts.`,
      ],
    ],
  ),
  article(
    'al-fps-tyro',
    'Tyro EFTPOS terminal not paired with Cliniko / payments not going through',
    physio,
    'Clients/Fremantle Physio/Line of Business',
    [
      [
        'Symptoms',
        `- In Cliniko, "Pay with Tyro" shows "Terminal not paired" or "Unable to communicate with terminal".
- Tyro terminal screen "NO CONNECTION" or "Comms error".
- Payment taken on the terminal but the invoice stays unpaid in Cliniko.`,
      ],
      [
        'Fix',
        `1. Terminals are on the front desk Wi-Fi "FPS-Staff" (Fremantle) and ethernet at Subiaco. Check the terminal shows signal; restart it (hold the power key).
2. Pairing is per browser: Cliniko > Settings > Integrations > Tyro > Pair terminal. On the terminal: Menu > Integrated EFTPOS > Pair, enter Merchant ID and Terminal ID (both on the Tyro sticker and in Hudu). Clearing Chrome data unpairs it.
3. Paid on terminal but not in Cliniko: do NOT charge again. Mark the invoice paid manually with payment type "Tyro (manual)" and note the receipt number.
4. Terminal hardware fault or "Terminal locked": call Tyro Support 1300 966 639 (24/7); they own the terminals.`,
      ],
    ],
  ),
  article(
    'al-fps-hicaps',
    'HICAPS health fund claims failing at reception',
    physio,
    'Clients/Fremantle Physio/Line of Business',
    [
      [
        'Symptoms',
        `- Health fund claims via Tyro HICAPS (same terminal) fail: "Claim declined - 09 Provider not registered" or "Comms error".
- Claim works for one physio but not a new one.
- "Item number invalid".`,
      ],
      [
        'Fix',
        `1. Comms/network errors: same as Tyro connectivity, check the terminal's network and restart it.
2. "Provider not registered": each physio's provider number must be loaded onto the terminal. New practitioners: Kate submits the HICAPS provider form; Tyro loads it (3-5 business days). Not something we can do.
3. Item numbers (e.g. 500 initial, 505 subsequent): set in Cliniko billable items; clinical/billing team question, not IT.
4. Cliniko HICAPS integration: Settings > Integrations > Tyro Health; if claims don't appear in Cliniko, re-pair the terminal as in the Tyro runbook.
5. Web filter: the HICAPS/Tyro domains are in the "Do not decrypt" list; if a recent firewall change happened check that first.`,
      ],
    ],
  ),
  article(
    'al-fps-physitrack',
    'Physitrack exercise programs not sending / printing for patients',
    physio,
    'Clients/Fremantle Physio/Line of Business',
    [
      [
        'Symptoms',
        `- Patient says they never got their home exercise program email or SMS.
- Physitrack videos don't play in the treatment room PC.
- Printing the exercise PDF comes out blank or with no pictures.`,
      ],
      [
        'Fix',
        `1. Physitrack is a separate cloud app linked to Cliniko (Settings > Integrations > Physitrack). If patients don't appear in Physitrack, check the integration still shows "Connected"; the practice manager re-links it with her Physitrack login.
2. Email not received: check the patient's email in Cliniko (typos are common) and their spam folder. Physitrack sends from its own servers, not the clinic's M365, so it's not in our message trace.
3. Videos not playing in treatment rooms: the treatment room PCs are on the staff VLAN with web filtering; physitrack.com and its video CDN (vimeo) are in Causeway-Allowed. Check the Sophos block page if a new domain appears.
4. Blank PDFs: print from Chrome with "Background graphics" ticked, to the treatment room Brother printer.`,
      ],
    ],
  ),
  article(
    'al-fps-guest-wifi',
    'Patient guest Wi-Fi, gym TV and the Subiaco clinic network',
    physio,
    'Clients/Fremantle Physio/Site Notes',
    [
      [
        'Overview',
        `- Fremantle: UniFi with SSIDs "FPS-Staff" (staff, Tyro terminals) and "FPS-Patients" (guest, isolated, 10 Mbps per client).
- Subiaco: smaller site, one UniFi AP and an FTTC NBN. Tyro on ethernet.
- Rehab gym has a Samsung smart TV casting Physitrack exercise loops from a Chromecast on FPS-Staff.`,
      ],
      [
        'Common requests',
        `1. Patient Wi-Fi password: changes on the 1st of each month (UniFi > Settings > WiFi > FPS-Patients). Reception prints the new password card; we email Kate the password on the 1st.
2. Patients can't connect: the captive portal sometimes doesn't pop up on iPhones; open any http site. Do not give patients the staff password.
3. Gym TV not casting: the Chromecast must be on FPS-Staff, not FPS-Patients (guest isolation blocks casting). Factory reset it (hold button 25 s) and set up on FPS-Staff with the Google Home app on the clinic iPad.
4. Subiaco internet down: see NBN outage runbook; Subiaco has no 4G backup, reception uses the Tyro terminal's own 4G SIM for payments.`,
      ],
    ],
  ),

  // ================================================================ Client: Pilbara Civil Contractors
  article(
    'al-pcc-12d-licence',
    '12d Model: "No licence available" / licence dongle and licence server',
    civil,
    'Clients/Pilbara Civil/Line of Business',
    [
      [
        'Overview',
        '12d Model is the civil design/survey package used by the design team (6 network licences). Licences are served by the 12d licence manager on PCC-APP01 at head office (Welshpool); two field engineers have USB dongles for site work.',
      ],
      [
        'Symptoms',
        `- 12d Model opens with "No licence available" / "Licence server not found" / "All licences are in use".
- Works at the office, fails on site or at home.`,
      ],
      [
        'Fix',
        `1. At the office: on PCC-APP01, open 12d Licence Manager and check the service "12d Licence Manager" is running and who has licences checked out. Stale sessions from crashed PCs time out after 2 hours; an admin can release them.
2. All in use: that's 6 users genuinely open. Ask the design lead who can close; buying more licences is a client decision.
3. Remote/site with a network licence: must be connected to Sophos Connect VPN before opening 12d. Or borrow a licence (12d Licence Manager > Borrow, max 14 days) before leaving the office.
4. Dongle users: "Dongle not found" = check the USB dongle is plugged in and the Sentinel/12d dongle driver is installed (Company Portal > "12d Dongle Driver").
5. After a 12d version upgrade, the licence file must be updated; 12d Solutions support (support@12d.com) issues it.`,
      ],
    ],
  ),
  article(
    'al-pcc-starlink',
    'Site office internet down (Starlink) in the Pilbara',
    civil,
    'Clients/Pilbara Civil/Site Notes',
    [
      [
        'Overview',
        'Each site office (donga) at Karratha, Port Hedland and the current project sites runs a Starlink Business dish into a Sophos XGS 88 with a site-to-site VPN back to head office. Site supervisors have the Starlink app with the site login.',
      ],
      [
        'Symptoms',
        `- Whole site office offline, no email, Procore not syncing.
- Starlink app shows "Obstructed", "Disconnected", "Searching", or "Offline - Not receiving data".
- Internet very slow or dropping every few minutes during storms.`,
      ],
      [
        'Fix',
        `1. Check Sophos Central: is the site firewall online? Starlink CGNAT means we can't reach the dish directly.
2. Ask the supervisor to open the Starlink app > Statistics/Obstructions. "Obstructed": dish moved or a new container/crane in its view. It needs clear sky to the north-ish; relocate with the pole mount.
3. Power: dish and router power supply is on the donga UPS; power cycle the Starlink router (30 s), then the Sophos.
4. Red dust: cleaning the dish face with water only, never pressure washer.
5. Cyclone/heavy rain: expect outages; staff hotspot from Telstra phones (only Telstra has coverage at most sites).
6. Persistent "Offline" with power good: log a support ticket in the Starlink account (login in Hudu) with the dish serial.`,
      ],
    ],
  ),
  article(
    'al-pcc-procore',
    'Procore on iPads / tablets: drawings not downloading, sync stuck',
    civil,
    'Clients/Pilbara Civil/Line of Business',
    [
      [
        'Symptoms',
        `- Procore app on the site iPad shows old drawing revisions or "Download failed".
- "Sync pending" on daily logs/inspections, forms stuck in the Outbox.
- "You don't have permission to view this project".`,
      ],
      [
        'Fix',
        `1. Procore works offline but needs a connection to sync. On site check the Starlink is up (site internet runbook) or hotspot from a phone.
2. Drawings: in the app, Drawings > tap the download cloud for the set; large sets need to download while on good internet at head office/camp Wi-Fi. iPad storage must have 10 GB free (Settings > General > iPad Storage).
3. Stuck Outbox: do NOT log out or delete the app, unsynced items are lost. Force close and reopen on good internet, wait.
4. Permission errors: the project admin (Procore admin at PCC is the document controller, Sarah) adds the user to the project directory with the right permission template. We don't manage Procore users.
5. App out of date: iPads are Intune-managed (supervised); Procore updates push automatically once the iPad is online and charged.`,
      ],
    ],
  ),
  article(
    'al-pcc-plotter',
    'HP DesignJet T830 plotter: A1/A0 drawings printing wrong or not at all',
    civil,
    'Clients/Pilbara Civil/Devices',
    [
      [
        'Symptoms',
        `- A1 drawing prints on A3/A4, is cropped, or comes out tiny.
- Plotter shows "Paper not loaded" / "Roll out of paper" / stuck "Processing".
- PDFs from 12d or Bluebeam take ages to print.`,
      ],
      [
        'Fix',
        `1. Plotter is at head office (PCC-PLOT01, IP in Hudu). Use the "HP DesignJet T830 HP-GL/2" driver, not the PostScript/PDF one, for 12d output.
2. Wrong size: in the print dialog pick paper size "ISO A1 (594x841 mm)" and source "Roll", untick "Fit to page"; set Bluebeam to "Actual size".
3. Roll paper: 914 mm (36") roll. Load: lift cover, feed roll until it beeps, align edge. Out-of-paper at half a sheet means the roll length counter needs setting on the front panel.
4. Slow/stuck: large raster PDFs. Print with "Process in computer" or flatten the PDF first. Clear the job on the plotter front panel (Job queue > Cancel).
5. Ink/printhead errors ("Replace printhead", "System error 86:01"): log with the HP support contract, serial on the asset.`,
      ],
    ],
  ),
  article(
    'al-pcc-tablets',
    'Field tablets (Samsung Galaxy Tab Active): Assignar prestarts, enrolment and resets',
    civil,
    'Clients/Pilbara Civil/Devices',
    [
      [
        'Overview',
        'Operators and leading hands use Samsung Galaxy Tab Active4 Pro tablets enrolled in Intune as Android Enterprise dedicated (kiosk) devices running Assignar (prestarts, timesheets, plant checks) and the Telstra SIM for data.',
      ],
      [
        'Symptoms',
        `- Tablet stuck on the kiosk screen / "Managed Home Screen" asking for a PIN.
- Assignar "Unable to submit prestart, no connection" or operator can't log in.
- Tablet factory-reset by an operator and now shows the standard Android setup.`,
      ],
      [
        'Fix',
        `1. Assignar login is per operator (mobile number + PIN) managed by the PCC workforce coordinator in Assignar. Login issues go to them.
2. No connection: check mobile data on the Telstra SIM (pull down quick settings). Prestarts queue offline and submit when back in coverage; don't clear app data.
3. Exit kiosk for troubleshooting: tap the top-right corner 5 times, exit PIN is in Hudu. Never give the PIN to operators.
4. Factory reset: re-enrol by tapping 6 times on the welcome screen and scanning the "PCC Field Tablets" QR code from Intune > Devices > Android > Enrollment > Corporate-owned dedicated devices.
5. Cracked screen / damaged: Samsung rugged warranty via the Telstra business account; swap from spare stock at Welshpool.`,
      ],
    ],
  ),

  // ================================================================ Client: Cottesloe Coastal Realty
  article(
    'al-ccr-rest',
    'REST Professional won\'t open / "Cannot connect to database"',
    realty,
    'Clients/Cottesloe Coastal/Line of Business',
    [
      [
        'Overview',
        'REST Professional (Rockend/MRI) is the property management and trust accounting system. It runs on the office server CCR-SRV01 (R:\\ mapped drive, database on the server). Users launch it from the desktop shortcut on their PC; remote users use RDP to CCR-SRV01 via the Sophos VPN.',
      ],
      [
        'Symptoms',
        `- "Cannot connect to database" / "Unable to locate the data path R:\\Rest\\Data".
- "File is locked by another user" or "Another user is performing end of month".
- REST asks to update / "Version mismatch between client and server".`,
      ],
      [
        'Fix',
        `1. R: drive missing: run the "Map Drives" shortcut or check VPN (remote). Server must be reachable: ping CCR-SRV01.
2. Locked files: ask everyone to close REST. The trust accountant (Jo) runs End of Month on the last business day; nobody else can use REST during EOM. Don't kill processes during EOM without Jo's OK.
3. Version mismatch after a MRI update: update the server first (after hours, backup first), then each PC via Company Portal > "REST Professional client".
4. Bank files (ABA) exported to the wrong folder: REST > Other > Utilities > System Options > Files.
5. Trust accounting data errors or reconciliation problems: MRI support (1300 response), not us.`,
      ],
    ],
  ),
  article(
    'al-ccr-forms-live',
    'REIWA Forms Live and DocuSign: forms not opening, e-sign emails not arriving',
    realty,
    'Clients/Cottesloe Coastal/Line of Business',
    [
      [
        'Symptoms',
        `- Forms Live (REIWA) won't load: "Your subscription does not allow access" or a blank page.
- Buyers/tenants say they didn't get the DocuSign / Forms Live e-sign email.
- Downloaded PDF of a contract won't open, "file damaged".`,
      ],
      [
        'Fix',
        `1. Forms Live login is each agent's REIWA member login; the office's subscription is managed by the office manager (Nicole). Subscription/seat errors go to her and REIWA.
2. Blank page: use Chrome or Edge, allow pop-ups for formslive.com.au, clear cache. The Sophos SSL inspection exclusion includes formslive.com.au; check the block page if it appears.
3. E-sign emails: they're sent by DocuSign/Forms Live, not our M365. Ask the recipient to check junk; resend from the envelope; check the address. If the agent is copied and didn't get their copy, check our quarantine.
4. PDF won't open: download again; open with Adobe Acrobat Reader, not the browser. Agents' PCs have Acrobat Standard via Company Portal.
5. Template/clause wording questions: REIWA, not IT.`,
      ],
    ],
  ),
  article(
    'al-ccr-window-display',
    'Shopfront window display screens blank or showing old listings',
    realty,
    'Clients/Cottesloe Coastal/Devices',
    [
      [
        'Overview',
        'Four portrait LG screens in the Marine Parade shopfront window, each with an Intel NUC running the listing display software in Chrome kiosk mode, pulling listings from the REA/CRM feed. Screens on a timer 6am-11pm.',
      ],
      [
        'Symptoms',
        `- One or more screens black, "No signal", or showing a Windows desktop / update screen.
- Old or sold listings still showing.`,
      ],
      [
        'Fix',
        `1. No signal: the NUC is off or asleep. The NUCs are behind the screens; press the power button. BIOS is set to power-on after power loss; if they don't come back after a power cut, check the power board switch.
2. Windows update/desktop showing: remote in via RMM (NUC names CCR-WIN01-04), close the prompt, relaunch the "Window Display" shortcut. The NUCs are excluded from forced daytime reboots; updates run at 2am.
3. Old listings: the feed updates every 30 min. If a listing was marked sold in the CRM and still shows after 2 hours, refresh the kiosk (Ctrl+F5 via RMM) then raise with the display software vendor.
4. Screen on but image "burnt" or lines: LG commercial warranty, serials in Hudu.`,
      ],
    ],
  ),
  article(
    'al-ccr-inspections',
    'Inspection Express iPads: routine inspection photos not syncing',
    realty,
    'Clients/Cottesloe Coastal/Line of Business',
    [
      [
        'Symptoms',
        `- Property managers' iPads: "Sync failed" / "Upload incomplete" in Inspection Express after a routine or entry/exit inspection.
- Photos missing from the report generated on the office PC.
- App asking to log in again and the PM is worried inspections are lost.`,
      ],
      [
        'Fix',
        `1. Do NOT delete the app or log out while an inspection is unsynced; photos are stored only in the app until upload.
2. Sync on the office Wi-Fi (CCR-Staff), not the phone hotspot; a routine with 150 photos is 300 MB+.
3. iPad storage full blocks photo saving: Settings > General > iPad Storage; delete Photos app duplicates (the app keeps its own copy).
4. iPads are Intune-managed; make sure the app is the latest version (Company Portal / App Store updates) and iPadOS is updated.
5. Sync errors on one inspection after trying good Wi-Fi: contact Inspection Express support with the inspection ID; they can pull the data from the device log.`,
      ],
    ],
  ),
  article(
    'al-ccr-after-hours',
    'After-hours maintenance emergency line: roster divert (3CX)',
    realty,
    'Clients/Cottesloe Coastal/Phones',
    [
      [
        'Overview',
        "Tenants ring the after-hours emergency line (option 3 on the main number, or the 1300 number on tenant paperwork). After 5:30pm and on weekends 3CX forwards it to the on-call property manager's mobile according to a weekly roster.",
      ],
      [
        'Symptoms',
        `- Tenant says the emergency line rang out or went to voicemail.
- Calls going to last week's on-call PM.`,
      ],
      [
        'Fix',
        `1. The roster is the 3CX ring group "AH-Emergency" with one member: the external number of the on-call PM. The senior PM (Nicole) changes it each Friday in the 3CX web client (she has Group Manager rights). If she asks us, update Ring groups > AH-Emergency > members.
2. Rang out: the on-call PM's mobile must not have call screening/silence unknown callers on (iPhone "Silence Unknown Callers" blocks the forwarded calls). 
3. Went to voicemail after 20 s: ring time is 25 s; their mobile voicemail kicks in first. Set their mobile's no-answer divert to 30 s (carrier setting) or accept it.
4. Office hours / holidays wrong: see the 3CX office hours runbook.
5. Any emergency line outage is P1 for this client; tell Nicole immediately.`,
      ],
    ],
  ),
];
