/**
 * Set AB: a blind labelled KB set, written without reading the search code or any other set.
 * MSP: Ringsend Technology Partners, a small Dublin MSP that keeps its runbooks in Hudu for four Irish clients.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AB_CLIENTS = {
  obf: 'Ó Briain Fitzgerald Solicitors LLP',
  shannonside: 'Shannonside Veterinary Group',
  copperhare: 'Copper Hare Distillery Ltd',
  carrigmore: 'Carrigmore Construction Ltd',
} as const;

const { obf, shannonside, copperhare, carrigmore } = SET_AB_CLIENTS;

/** A section body written as one line per entry. */
const lines = (...l: string[]): string => l.join('\n');

export const SET_AB_ARTICLES: readonly BenchArticle[] = [
  article(
    'ab-outlook-disconnected',
    'Outlook desktop stuck on "Disconnected", "Trying to connect" or "Need password"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        lines(
          '- Status bar at the bottom of Outlook shows "Disconnected", "Trying to connect..." or "Working Offline".',
          '- New mail shows in Outlook on the web (outlook.office.com) and on the phone but not in Outlook on the PC.',
          '- Messages sit in the Outbox and never send.',
          '- A "Need Password" button in the status bar, or a sign-in window that pops up and closes again.',
        ),
      ],
      [
        'Cause',
        lines(
          'Usually one of: Work Offline switched on by accident, a stale sign-in token after a password change (Web Account Manager), a corrupt offline cache file (.ost), an out-of-date Office build, or a network/VPN problem on the PC.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Confirm the mailbox itself is fine: sign in to https://outlook.office.com. If mail is missing there too, see "Expected emails not arriving" instead.',
          '2. In Outlook, Send / Receive tab > make sure Work Offline is not highlighted.',
          '3. Click "Need Password" if shown and sign in with the work account. If the prompt loops: File > Office Account > Sign out, close all Office apps, reopen Outlook and sign in again.',
          '4. Still stuck: Windows Settings > Accounts > Access work or school - confirm the work account is connected and not showing "Fix" or an error.',
          '5. Rebuild the profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add. Create "Outlook2", let Autodiscover set it up, then choose "Always use this profile" > Outlook2.',
          '6. If a new profile still fails, close Outlook and rename the .ost in %localappdata%\\Microsoft\\Outlook so it downloads fresh (warn the user a large mailbox takes a while).',
          '7. Update Office: File > Office Account > Update Options > Update Now.',
          '8. Run Microsoft Support and Recovery Assistant (Get Help app > "Outlook won\'t connect") if none of the above works.',
        ),
      ],
      [
        'Escalate',
        lines(
          'If OWA is also failing for several users, check admin.microsoft.com > Health > Service health for an Exchange Online incident before escalating. Escalate to L2 with the profile rebuild result and the Office build number (File > Office Account > About Outlook).',
        ),
      ],
    ],
  ),
  article(
    'ab-outlook-search',
    'Outlook search returns no results or only recent emails',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        lines(
          '- Searching in Outlook finds nothing, or only mail from the last few weeks/months.',
          '- Banner: "Search results may be incomplete because items are still being indexed."',
          '- "We\'re having trouble fetching results from the server..."',
        ),
      ],
      [
        'Cause',
        lines(
          'Classic Outlook searches the local Windows Search index. If the index is damaged, Outlook is excluded from indexing, or the "Download email for the past" slider only keeps a short period offline, older mail is not found locally.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Check the slider: File > Account Settings > Account Settings > double-click the account > "Download email for the past" / "Mail to keep offline". Set to All (or at least 5 years) and let it sync.',
          '2. Check indexing status: click the search box > Search tab > Search Tools > Indexing Status. "0 items remaining" means indexing is finished.',
          '3. Make sure Outlook is indexed: Search Tools > Search Options > Indexing Options > Modify > tick Microsoft Outlook.',
          '4. Rebuild the index: Windows Settings > Privacy & security > Searching Windows > Advanced indexing options > Advanced > Rebuild. It can take several hours; leave the PC on.',
          '5. Meanwhile the user can search older mail in Outlook on the web, which searches the server.',
          '6. New Outlook for Windows searches the server directly; if it fails there too check Service health.',
        ),
      ],
      [
        'Escalate',
        lines(
          'If the index rebuild completes and results are still missing, escalate to L2; consider a profile rebuild (see the "Disconnected" runbook).',
        ),
      ],
    ],
  ),
  article(
    'ab-shared-mailbox',
    'Shared mailboxes: giving access, mailbox not appearing in Outlook, "Send As" errors',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Request',
        lines(
          "Access to a shared mailbox (accounts@, info@, reception@ etc.) must be approved by the client's authorised contact listed in Hudu.",
        ),
      ],
      [
        'Grant access',
        lines(
          '1. Exchange admin center (admin.exchange.microsoft.com) > Recipients > Mailboxes > select the shared mailbox > Delegation.',
          '2. Read and manage (Full Access): lets the user open the mailbox. Send as: sends as the mailbox address. Send on behalf: shows "user on behalf of mailbox".',
          '3. PowerShell equivalent: Add-MailboxPermission -Identity accounts@client.ie -User jane@client.ie -AccessRights FullAccess -AutoMapping $true and Add-RecipientPermission -Identity accounts@client.ie -Trustee jane@client.ie -AccessRights SendAs.',
        ),
      ],
      [
        'Mailbox does not appear in Outlook',
        lines(
          '1. Automapping can take up to 60 minutes. Close and reopen Outlook.',
          '2. If it still does not show, remove and re-add Full Access with -AutoMapping $true.',
          '3. Or add it manually: File > Account Settings > Account Settings > Change > More Settings > Advanced > Add, type the mailbox name.',
          '4. If the mailbox disappeared after a permission change, the user may have been removed from the group that had access - check Delegation.',
        ),
      ],
      [
        '"Send As" errors',
        lines(
          '- NDR "You can\'t send a message on behalf of this user unless you have permission to do so" / 554 5.2.0 ... SendAsDenied: Send As not granted, or granted less than an hour ago. Wait, then retry.',
          '- Remove the cached autocomplete entry for the From address (click the X next to it in the suggestions list) and retype it.',
          "- Sent items go to the user's own Sent Items by default; to save them in the shared mailbox run Set-Mailbox accounts@client.ie -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.",
        ),
      ],
    ],
  ),
  article(
    'ab-mailbox-full',
    'Mailbox full or nearly full: quotas and turning on the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        lines(
          '- Outlook warning "Your mailbox is almost full" or "Your mailbox is full. You can\'t send or receive".',
          '- Senders get a bounce 554 5.2.2 "mailbox full" / "QuotaExceeded".',
        ),
      ],
      [
        'Quotas',
        lines(
          'Business Basic / Standard / Premium and E3: 50 GB primary mailbox (E3: 100 GB). Archive: 50 GB on Business Standard, auto-expanding up to 1.5 TB with Business Premium or Exchange Online Archiving.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Check size: EAC > Recipients > Mailboxes > user > Mailbox usage, or Get-EXOMailboxStatistics user@client.ie | fl TotalItemSize.',
          '2. Quick wins with the user: empty Deleted Items, clear the Recoverable Items via Outlook on the web, sort by size and remove large attachments.',
          '3. Enable the online archive: EAC > Recipients > Mailboxes > user > Others > Manage mailbox archive > On.',
          '4. Our baseline retention tag moves items older than 2 years to the archive. Kick it off with Start-ManagedFolderAssistant -Identity user@client.ie (can take up to 48 hours).',
          '5. The archive appears in Outlook as "Online Archive - user@client.ie".',
        ),
      ],
      [
        'Escalate',
        lines(
          'If the archive is full too, or the mailbox is on Business Standard and over 100 GB total, raise with the account manager to quote an Exchange Online Archiving add-on.',
        ),
      ],
    ],
  ),
  article(
    'ab-email-ndr',
    'Emails bouncing back: reading the non-delivery report (NDR)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        lines(
          'The user gets "Undeliverable:" or "Delivery has failed to these recipients or groups" back after sending. Always ask for the full bounce (forward it as an attachment) - the code is what matters.',
        ),
      ],
      [
        'Common codes',
        lines(
          '- 550 5.1.1 / 5.1.10 "recipient not found" / "user unknown": the address is wrong or the person has left. Check spelling. If it was picked from the autocomplete list, delete the stale suggestion (X next to it) and retype.',
          '- 5.4.1 "Recipient address rejected: Access denied": the recipient\'s domain is not accepting mail for that address (their side), or the address is internal and does not exist.',
          "- 550 5.7.1 / 5.7.509 / 5.7.26 (DMARC/SPF): the receiving side rejected on authentication. Check our client's SPF/DKIM/DMARC records on MXToolbox; if a third-party service sends as the domain it must be in SPF.",
          '- 550 5.7.520 "Your organization does not allow external forwarding": a forwarding rule to an outside address is blocked by the outbound spam policy. See "Out-of-office and forwarding for someone who is off".',
          '- 550 5.1.8 "Access denied, bad outbound sender" / 5.7.705-708: the account or tenant is restricted for sending spam. Treat as a compromised account first.',
          '- 4.4.7 "Message expired": the remote server never accepted it in 24-48 hours. Usually the recipient\'s server; resend later and ask them to check.',
          '- 552 / 5.3.4 "message too large": attachments over the recipient\'s limit (often 10-25 MB). Share a OneDrive link instead.',
        ),
      ],
      [
        'Fix',
        lines(
          "1. Identify the code. 2. Message trace: EAC > Mail flow > Message trace to confirm what happened. 3. Fix per the list above. 4. If the recipient's server is rejecting, give the user a plain-English note to pass to the recipient's IT.",
        ),
      ],
      [
        'Escalate',
        lines(
          '5.1.8 / 5.7.705 / 5.7.708: follow the compromised account runbook and unblock in Defender (security.microsoft.com > Email & collaboration > Review > Restricted entities) only after the account is secured.',
        ),
      ],
    ],
  ),
  article(
    'ab-email-quarantine',
    'Expected emails not arriving: junk, quarantine and allowing a sender',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        lines(
          'A supplier, customer or system says they sent an email but the user never got it. Other mail arrives normally.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Ask the user to check Junk Email, the "Other" tab (Focused Inbox) and any Outlook rules (File > Manage Rules & Alerts) that might move it.',
          "2. Run a message trace: EAC > Mail flow > Message trace > sender address, last 7 days. Status tells you: Delivered (look in folders / rules), Quarantined, FilteredAsSpam, or no record (never reached us - the sender's side).",
          '3. Quarantined: Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine > find the message > Release. Never release messages flagged as High confidence phish or malware without L2 review.',
          '4. To stop it happening again for a trusted business sender: Defender > Policies & rules > Threat policies > Tenant Allow/Block Lists > Domains & addresses > Allow (set an expiry). The user can also add the sender to Safe Senders (Outlook > Junk > Junk E-mail Options).',
          "5. No trace record: ask the sender for their bounce message; check the client's MX record points to Microsoft 365.",
        ),
      ],
      [
        'Escalate',
        lines(
          'If many messages from many senders are missing, check Service health and MX records, then escalate to L2.',
        ),
      ],
    ],
  ),
  article(
    'ab-calendar-sharing',
    'Sharing a calendar and giving an assistant delegate access',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Levels',
        lines(
          "Can view when I'm busy / Can view titles and locations / Can view all details / Can edit / Delegate. A delegate can accept and decline meeting invitations on the owner's behalf and receives copies of invites.",
        ),
      ],
      [
        'Fix',
        lines(
          '1. In classic Outlook the calendar owner goes to Calendar > Home > Share Calendar (or Calendar Permissions), clicks Add, picks the person and the level.',
          '2. For a PA who manages the diary choose Delegate (File > Account Settings > Delegate Access in older builds) and decide whether invites go to the delegate only or both.',
          '3. The other person opens it via Calendar > Add Calendar > From Address Book (it then appears under "Shared Calendars").',
          '4. Admin method if the owner is unavailable (manager approval needed): Add-MailboxFolderPermission -Identity owner@client.ie:\\Calendar -User pa@client.ie -AccessRights Editor -SharingPermissionFlags Delegate.',
        ),
      ],
      [
        'Shared calendar not updating',
        lines(
          "Remove the shared calendar from the navigation pane and add it again. Make sure the user's Outlook is on a current build (the new calendar sharing model syncs changes immediately).",
        ),
      ],
    ],
  ),
  article(
    'ab-auto-reply-forwarding',
    'Out-of-office and forwarding for someone who is off (sick leave, unexpected absence)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Approval',
        lines(
          "Setting an automatic reply or forwarding mail for someone else needs written approval from the client's authorised contact or HR (email in the ticket). Note the end date.",
        ),
      ],
      [
        'Automatic reply',
        lines(
          '1. EAC > Recipients > Mailboxes > the user > Others > Automatic replies (or: Set-MailboxAutoReplyConfiguration -Identity user@client.ie -AutoReplyState Scheduled -StartTime ... -EndTime ... -InternalMessage "..." -ExternalMessage "...").',
          '2. Use the wording the manager supplied, and include who to contact instead.',
        ),
      ],
      [
        'Forwarding or access instead',
        lines(
          '1. Preferred: give the covering colleague Full Access to the mailbox (see shared mailbox runbook) rather than forwarding, so nothing is lost.',
          '2. If forwarding is asked for: EAC > Mailboxes > user > Mail flow settings > Email forwarding > forward to the colleague, tick "Deliver message to both".',
          '3. Forwarding to an external address is blocked by the outbound spam policy (bounce 5.7.520). Do not change the policy without L2.',
          '4. Put a reminder on the ticket to remove forwarding/auto-reply on the end date.',
        ),
      ],
    ],
  ),
  article(
    'ab-teams-meeting-audio-video',
    'Teams calls: microphone, camera or speaker not working',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        lines(
          '- Others in the meeting cannot hear the user, or the user cannot hear them.',
          '- Camera shows black, a crossed-out icon, or "We couldn\'t start your video".',
          '- "Your mic is muted by a hardware setting" / "Teams can\'t find a microphone".',
        ),
      ],
      [
        'Fix',
        lines(
          '1. In the meeting, click the arrow next to the mic/camera button (or ... > Settings > Device settings) and pick the right microphone, speaker and camera. Laptops often default to the built-in mic while the user is talking into a headset.',
          '2. Outside a meeting: Teams > Settings and more (...) > Settings > Devices > Make a test call.',
          '3. Windows Settings > Privacy & security > Microphone / Camera: both "access" switches and "Let desktop apps access" must be On.',
          '4. Physical: camera privacy shutter slid across; mute key (F4 / F8 on Lenovo, mic LED lit); camera function key on some HP models.',
          '5. Close other apps that hold the camera (Zoom, Camera app, browser tabs with Meet/WebEx).',
          '6. Update the camera/audio driver (Dell Command Update, Lenovo Vantage, HP Support Assistant) and restart.',
          '7. If the problem is the headset itself rather than Teams (no sound anywhere in Windows) use "No sound or headset not working".',
        ),
      ],
      [
        'Escalate',
        lines(
          'If the device works in the Windows Camera app / Sound test but never in Teams after a reset of Teams, escalate to L2.',
        ),
      ],
    ],
  ),
  article(
    'ab-teams-not-loading',
    'New Teams will not open, white/blank window, or sign-in loop: reset Teams',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        lines(
          '- Teams opens to a white or purple window and spins forever.',
          '- "We\'ve run into an issue" / "Something went wrong" with codes such as caa70004, caa7000a, 0xCAA20003, 0xCAA82EE2.',
          '- Teams keeps asking the user to sign in, then closes.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Fully quit Teams (right-click the taskbar icon > Quit) and reopen.',
          '2. Check the PC clock and time zone are correct (sign-in fails with a wrong time).',
          '3. Reset new Teams: Settings > Apps > Installed apps > Microsoft Teams > ... > Advanced options > Reset. Or delete %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.',
          '4. Remove cached credentials: Credential Manager > Windows Credentials > remove entries starting "MicrosoftOffice16_Data:" / "msteams".',
          '5. Try https://teams.microsoft.com in Edge. If it works there, the client install is the problem; if not, it is the account (licence, Conditional Access) - check sign-in logs.',
          '6. Reinstall: uninstall Teams, then run teamsbootstrapper.exe -p as admin (or reinstall from Company Portal).',
        ),
      ],
      [
        'Escalate',
        lines(
          'Escalate to L2 if Teams fails on the web too and the sign-in log shows no Conditional Access block.',
        ),
      ],
    ],
  ),
  article(
    'ab-onedrive-sync',
    'OneDrive sync problems: red crosses, paused or stuck sync, duplicate files',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        lines(
          '- Red circle with a white X on files/folders, or on the OneDrive cloud icon.',
          '- "Processing changes" or "Sync pending" for hours.',
          '- Copies of files appearing with the PC name added (e.g. "Budget-LAPTOP123.xlsx").',
          "- Error codes 0x8004de40 (can't connect), 0x8004de90 (not fully set up), 0x80070005.",
        ),
      ],
      [
        'Cause',
        lines(
          'File names with characters not allowed (" * : < > ? / \\ |) or names starting with ~$, paths longer than 400 characters, files open in another program, conflicting edits on two devices, storage full, or the sync client signed out.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Click the OneDrive cloud icon in the taskbar > View sync problems; deal with each file listed (rename, shorten the folder path, close the file).',
          '2. Duplicates with the PC name are sync conflicts: open both, keep the right one, delete the other.',
          '3. Check storage: OneDrive icon > Settings > Account; 1 TB per user.',
          '4. 0x8004de40: check internet/proxy, then sign out and back in (Settings > Account > Unlink this PC, then sign in again - files stay on disk).',
          '5. Reset the sync client: Win+R > %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again from the Start menu if it does not restart itself.',
          '6. Synced SharePoint libraries with too many items (over 300,000) sync badly - use "Add shortcut to My files" for one folder instead of syncing a whole library.',
        ),
      ],
      [
        'Escalate',
        lines(
          'If files are missing rather than unsynced, see the restore runbook before resetting anything.',
        ),
      ],
    ],
  ),
  article(
    'ab-sharepoint-access',
    'SharePoint and Teams files: "You need access", "Access denied" and sharing with outside people',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Internal user cannot open a site or folder',
        lines(
          '1. Find out which site/team the file lives in (copy of the link).',
          "2. Access is managed by the site owner - normally the client's manager. If approved, add the user as a member of the Team (Teams > team > Manage team > Members) or of the site (Site > Settings > Site permissions).",
          '3. Admin method: SharePoint admin center > Sites > Active sites > select site > Membership.',
          '4. Changes can take up to an hour; ask the user to sign out of the browser and back in.',
        ),
      ],
      [
        'Outside person (supplier, client, subcontractor) cannot open what we shared',
        lines(
          '1. Check the site allows guests: SharePoint admin center > Sites > Active sites > site > Settings > External file sharing. Our default is "New and existing guests"; "Anyone" links are disabled.',
          '2. The guest must open the link with the exact email address it was shared to. If they are signed in to another Microsoft account they get "Access denied" - tell them to use a private browser window.',
          '3. They receive a one-time verification code by email if they have no Microsoft account; codes expire after 15 minutes.',
          '4. Links set to expire (30 days by default) need re-sharing.',
          '5. If the guest account is stuck, remove them from Entra ID > Users (user type Guest) and share again.',
        ),
      ],
      [
        'Escalate',
        lines(
          "Changing a site's external sharing level needs the client contact's approval; log it in the ticket.",
        ),
      ],
    ],
  ),
  article(
    'ab-licence-unlicensed-product',
    'Office apps say "Unlicensed Product" or "no licence": assigning Microsoft 365 licences',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        lines(
          '- Red bar in Word/Excel: "Unlicensed Product" or "Most features of Word have been disabled because it hasn\'t been activated".',
          '- "Your account doesn\'t allow editing on a Mac/PC" or "We couldn\'t find an Office license for your account".',
          '- New starter can sign in to the web but has no mailbox or apps.',
        ),
      ],
      [
        'Fix (admin)',
        lines(
          '1. admin.microsoft.com > Users > Active users > user > Licenses and apps. Confirm the right licence (most clients: Microsoft 365 Business Premium; frontline staff: Business Basic or F3, which does NOT include desktop Office).',
          "2. If none are free: Billing > Licenses shows assigned/available. Order more through our distributor portal (Pax8) - needs the client's approval for the cost.",
          '3. Where the client uses group-based licensing, add the user to the licensing group instead of assigning directly.',
        ),
      ],
      [
        'Fix (on the PC)',
        lines(
          '1. In any Office app: File > Account - check which account is signed in. Sign out of personal accounts and sign in with the work account.',
          '2. Close all Office apps and reopen. Licence changes can take up to an hour.',
          '3. If it still says unlicensed: delete %localappdata%\\Microsoft\\Office\\Licenses and %localappdata%\\Microsoft\\Office\\16.0\\Licensing, then reopen and sign in.',
          '4. "Too many installs": each user can activate on 5 PCs/Macs. User signs in to https://myaccount.microsoft.com > Office apps > Devices and signs out of old machines.',
        ),
      ],
    ],
  ),
  article(
    'ab-mfa-new-phone',
    'MFA: new or lost phone, Authenticator prompts not arriving, re-registering',
    null,
    'Identity/MFA',
    [
      [
        'Symptoms',
        lines(
          '- User got a new phone and the Microsoft Authenticator app is empty, or the old phone is gone.',
          '- Sign-in says "Approve sign in request" / shows a number to enter but nothing appears on the phone.',
          '- Codes from the app are rejected.',
        ),
      ],
      [
        'Verify identity first',
        lines(
          "Never reset MFA on the strength of an email or a caller alone. Call the user back on the number held in Hudu/Entra, or confirm with the client's authorised contact. Log how you verified.",
        ),
      ],
      [
        'Fix',
        lines(
          '1. If the user still has the old phone: they can add the new phone themselves at https://mysignins.microsoft.com/security-info (Add sign-in method > Authenticator app) then delete the old one.',
          '2. If the old phone is gone: Entra admin center > Users > user > Authentication methods > delete the old Microsoft Authenticator entry (or "Require re-register multifactor authentication").',
          '3. Issue a Temporary Access Pass: Authentication methods > Add authentication method > Temporary Access Pass, one-time use, 1 hour. Read it to the user over the verified call.',
          '4. User signs in with the TAP at https://mysignins.microsoft.com/security-info and adds Authenticator on the new phone (scan the QR code).',
          "5. Prompts not arriving on a phone that is registered: check notifications are allowed for Authenticator, battery saver is off, and open the app - pending requests show when it opens. Codes rejected: the phone's time must be set automatically.",
          '6. iPhone users can turn on Authenticator backup (Settings > Backup > iCloud) so the next phone change is easier.',
        ),
      ],
      [
        'Escalate',
        lines(
          'If the sign-in log shows MFA prompts the user did not start, stop and follow the compromised account runbook.',
        ),
      ],
    ],
  ),
  article(
    'ab-password-reset',
    'Password expired or forgotten: self-service password reset (SSPR)',
    null,
    'Identity/Passwords',
    [
      [
        'Self-service',
        lines(
          '1. User goes to https://passwordreset.microsoftonline.com (or "Can\'t access your account?" on the sign-in page) and verifies with their registered methods (Authenticator, mobile number).',
          '2. New password must be 12+ characters and not recently used.',
          '3. If they never registered methods, SSPR will not work - do an admin reset after verifying identity.',
        ),
      ],
      [
        'Admin reset',
        lines(
          '1. Verify identity (callback on the number in Hudu).',
          '2. admin.microsoft.com > Users > Active users > user > Reset password. Tick "Require this user to change their password when they first sign in".',
          '3. Hybrid (AD-synced) clients: reset in Active Directory Users and Computers on the DC, or rely on password writeback. Error "SSPR_0029: We can\'t reset your password due to an error in your on-premises configuration" means writeback is broken - escalate.',
        ),
      ],
      [
        'After the reset',
        lines(
          '- Laptop away from the office (domain-joined clients): the laptop still accepts the old password until it can see a DC. Connect to VPN from the sign-in screen or in Windows, then lock and unlock with the new password.',
          '- Entra-joined laptops: sign in with the new password while online.',
          '- Update the password on the phone (Outlook app prompts automatically) and any mapped drives/printers that stored it, or the account will lock out.',
        ),
      ],
    ],
  ),
  article(
    'ab-account-locked',
    'Account locked out: Entra smart lockout and Active Directory lockouts',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        lines(
          '- "Your account is locked. Contact your support person to unlock it" / AADSTS50053 at Microsoft sign-in.',
          '- Windows: "The referenced account is currently locked out and may not be logged on to."',
          '- Locks again every morning or a few minutes after unlocking.',
        ),
      ],
      [
        'Cause',
        lines(
          'Repeated wrong passwords - usually an old password saved somewhere (phone mail app, Credential Manager, a mapped drive, a scanner) after a change. Sometimes an attack from outside: many failures from foreign IPs.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Check the Entra sign-in logs (Entra admin center > Users > user > Sign-in logs). Failures from unknown countries: follow the compromised account runbook.',
          '2. Entra smart lockout clears itself after about a minute and gets longer with repeated failures; a password reset also clears it.',
          '3. Active Directory (on-prem/hybrid clients): Active Directory Users and Computers > user > Account tab > tick "Unlock account". Or Unlock-ADAccount jsmith.',
          '4. Find the source of repeat lockouts: on the PDC, Event Viewer > Security log > Event ID 4740 shows "Caller Computer Name". Check that device.',
          "5. On the user's PC: Control Panel > Credential Manager > Windows Credentials - remove saved entries for file servers and Office. Update the password on their phone's mail app.",
        ),
      ],
    ],
  ),
  article(
    'ab-conditional-access-block',
    'Blocked by Conditional Access: "You cannot access this right now", AADSTS53003, working abroad',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        lines(
          '- "You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource" - error code 53003.',
          '- 53000 "Your device is required to be managed/compliant", 53001 "device must be domain joined".',
          '- Happens after travelling, on a new or personal device, or in a new browser.',
        ),
      ],
      [
        'Our baseline policies',
        lines(
          'CA01 require MFA for all users; CA02 block legacy authentication; CA03 block sign-ins from outside Ireland, UK and EU/EEA; CA04 require a compliant or Entra-joined device for desktop apps; CA05 require approved client app (Outlook, Teams) on phones.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Entra admin center > Users > user > Sign-in logs > open the failure > Conditional Access tab shows which policy blocked it.',
          '2. Travel outside the allowed countries (CA03): needs the client contact\'s approval with dates. Add the user to the group "CA-Travel-Exception" and set an Access review/ticket reminder to remove them on the return date. Ideally do this before they travel.',
          '3. Device not compliant (CA04, 53000): see "Device shows as not compliant".',
          '4. Phone mail apps blocked (CA05): the user must use Outlook mobile - see the mobile email runbook.',
          '5. Never exclude a user from all policies to "fix" a ticket.',
        ),
      ],
    ],
  ),
  article('ab-wifi', 'Cannot connect to office Wi-Fi or Wi-Fi keeps dropping', null, 'Networking/Wi-Fi', [
    [
      'Symptoms',
      lines(
        '- "Can\'t connect to this network", or connected but "No internet, secured".',
        '- Connection drops when walking between rooms or every few minutes.',
        '- One laptop affected while others are fine.',
      ),
    ],
    [
      'Fix (single device)',
      lines(
        '1. Check airplane mode and the Wi-Fi switch/function key.',
        '2. Confirm the right network: staff SSIDs use certificate (802.1X) authentication pushed by Intune; guest SSIDs use a password and have no access to internal resources.',
        '3. Forget the network (Settings > Network & internet > Wi-Fi > Manage known networks > Forget) and reconnect.',
        '4. ipconfig /all: a 169.254.x.x address means DHCP failed - check whether other devices are getting addresses (scope full?).',
        '5. After long holidays or a laptop rebuild the Wi-Fi certificate may be expired/missing: connect by cable or hotspot and run Company Portal > Sync.',
        '6. Drops: update the Wi-Fi driver (Intel/Realtek via the vendor update tool) and in Device Manager > network adapter > Power Management untick "Allow the computer to turn off this device to save power".',
        '7. netsh wlan show wlanreport produces a report of disconnections for the ticket.',
      ),
    ],
    [
      'Fix (everyone or one area)',
      lines(
        'Check the access points in the controller (UniFi / Meraki / Aruba Instant On) for offline APs, then check the PoE switch port. Dead spots behind thick walls or metal need a site survey - raise with the account manager.',
      ),
    ],
  ]),
  article('ab-vpn-forticlient', 'FortiClient VPN will not connect', null, 'Networking/VPN', [
    [
      'Symptoms and codes',
      lines(
        '- "Unable to establish the VPN connection. The VPN server may be unreachable. (-14)"',
        '- Stuck at 40% or at 98%, then disconnects.',
        '- "Credential or SSLVPN configuration is wrong (-7200)".',
        '- "Permission denied (-455)" or "(-5)".',
      ),
    ],
    [
      'Fix',
      lines(
        "1. Check the user's own internet works (open a website). Hotel/airport Wi-Fi needs the captive portal accepted first.",
        '2. -14: check the remote gateway address in the connection (from Hudu) and that the office internet is up. Try a phone hotspot to rule out the home router.',
        '3. -7200 / -455: wrong username/password or the account is not in the VPN group. Most clients use "SSO" (SAML with Microsoft 365) - the user must click "SAML Login" and sign in with their Microsoft account, not type a password into FortiClient.',
        '4. 98%: usually the Fortinet virtual adapter. Reboot; if it persists, repair/reinstall FortiClient from Company Portal (current version only) and check Device Manager > Network adapters > "Fortinet SSL VPN Virtual Ethernet Adapter" has no warning.',
        '5. Connected but cannot reach anything: the home network uses the same subnet as the office (e.g. 192.168.1.x) - escalate to change the split tunnel/routes.',
      ),
    ],
    [
      'Escalate',
      lines(
        'L2 checks the FortiGate: Log & Report > Events > VPN Events for the username and the failure reason.',
      ),
    ],
  ]),
  article(
    'ab-dns-sites-not-loading',
    'Some websites will not load (DNS errors) while others work',
    null,
    'Networking/DNS',
    [
      [
        'Symptoms',
        lines(
          '- Chrome/Edge: "This site can\'t be reached - server IP address could not be found", DNS_PROBE_FINISHED_NXDOMAIN, ERR_NAME_NOT_RESOLVED, "Hmm... can\'t reach this page".',
          '- Works on a phone on 4G/5G but not on the office network or a specific PC.',
          '- Internal names (e.g. the file server or intranet) do not resolve when working from home.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Test a couple of other sites - if nothing loads, see "Whole office has no internet".',
          '2. Open Command Prompt: ipconfig /flushdns, then nslookup sitename.ie. Compare with nslookup sitename.ie 1.1.1.1.',
          "3. If only the office DNS fails: check the DC/DNS server's forwarders and the DNS server service; restart it out of hours or escalate.",
          '4. Check the hosts file (C:\\Windows\\System32\\drivers\\etc\\hosts) for stray entries.',
          "5. Check the adapter's DNS settings are automatic (not a hard-coded old server): ncpa.cpl > adapter > IPv4 > Properties.",
          '6. A site that just moved host may need time for DNS to update; confirm with a public lookup (dnschecker.org).',
          '7. Internal names from home need the VPN connected.',
          '8. If the browser shows a block page instead of an error, it is the web filter - see the web filter runbook.',
        ),
      ],
    ],
  ),
  article('ab-internet-outage', 'Whole office has no internet', null, 'Networking/Internet', [
    [
      'Confirm scope',
      lines(
        '1. Is everyone affected, wired and wireless? If only one person, treat as a device problem.',
        '2. Check the firewall in FortiCloud / Meraki dashboard from our office: is the WAN up? When did it go down?',
        '3. Check the ISP status page (eir, Virgin Media Business, Vodafone, BT Ireland) and the circuit details in the client\'s Hudu "Internet" page.',
      ),
    ],
    [
      'Fix',
      lines(
        '1. Ask someone on site to look at the ISP router/ONT lights: red LOS/PON light = fibre fault, the ISP must fix it.',
        '2. Power cycle in order: ONT/modem first, wait 2 minutes, then the firewall, then switches if needed.',
        '3. If the client has 4G failover, confirm the firewall switched over (expect slower speeds).',
        '4. Log a fault with the ISP using the circuit ID and account number from Hudu; note the ISP reference in our ticket and the expected fix time.',
        '5. Tell the client contact: staff can work from a phone hotspot for urgent email; VPN users at home are not affected unless the office hosts the VPN.',
      ),
    ],
    [
      'Escalate',
      lines(
        'Outage over 1 hour for a whole site = P1. Notify the service desk lead and update the client every hour.',
      ),
    ],
  ]),
  article(
    'ab-mapped-drive-missing',
    'Mapped network drive (S:, P:, etc.) missing or showing a red X',
    null,
    'Networking/File shares',
    [
      [
        'Symptoms',
        lines(
          '- A drive letter is gone from This PC, or shows a red X and "Disconnected Network Drive".',
          '- "An error occurred while reconnecting S: to \\\\server\\share. The network path was not found" / 0x80070035.',
          '- "The local device name is already in use."',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Is the user in the office or on VPN? Drives are mapped by Group Policy / Intune script at sign-in and need to see the server. Off-site: connect VPN first.',
          "2. Type the path (e.g. \\\\CLIENT-FS01\\Shared) into File Explorer's address bar. If it opens, only the mapping is missing.",
          '3. Re-apply: open Command Prompt, run gpupdate /force, then sign out and back in. Intune-managed clients: Company Portal > Sync, then sign out/in.',
          '4. Manual map (temporary): This PC > Map network drive > letter and path > "Reconnect at sign-in".',
          '5. "Local device name already in use": net use S: /delete then re-map.',
          '6. Password prompts when opening the drive: remove old entries from Credential Manager; see account lockout runbook if it keeps asking.',
          '7. If nobody can open the path, the file server is down - escalate.',
        ),
      ],
    ],
  ),
  article(
    'ab-web-filter',
    'Website blocked by the firewall web filter: checking and requesting an unblock',
    null,
    'Networking/Firewall',
    [
      [
        'Symptoms',
        lines(
          'Browser shows a FortiGuard block page: "Web Page Blocked! The page you have requested has been blocked, because the URL is banned" or "...because of the category: Newly Observed Domain / Unrated / Social Networking / Personal Storage".',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Get the full URL and the category from the block page (screenshot).',
          '2. Check the category at https://www.fortiguard.com/webfilter. Business sites wrongly categorised (often new suppliers\' sites show as "Newly Observed Domain" or "Unrated") - submit a re-rating request there too.',
          '3. Confirm business need. Social media, streaming, games and personal storage categories need approval from the client contact.',
          "4. FortiGate > Security Profiles > Web Filter > the client's profile > Static URL Filter > Create New: URL, Type Simple/Wildcard, Action Exempt. Add the ticket number in the comment.",
          '5. Ask the user to refresh (Ctrl+F5). Certificate warnings after unblocking mean SSL inspection: add the site to the SSL/SSH inspection exemption list only for banking/health sites.',
          '6. Never disable the web filter for a user or a whole site.',
        ),
      ],
    ],
  ),
  article('ab-slow-pc', 'Slow computer: triage', null, 'Endpoints/Windows', [
    ['Symptoms', lines('Slow to start, apps take ages to open, fan loud, freezing, "low disk space".')],
    [
      'Fix',
      lines(
        '1. Uptime: Task Manager (Ctrl+Shift+Esc) > Performance > CPU > Up time. Over 7 days = restart properly (Start > Power > Restart - Shut down does not clear it when Fast Startup is on).',
        '2. Task Manager > Processes, sort by CPU, Memory and Disk. Note the top offenders. Common: browser with dozens of tabs, Teams, OneDrive first sync, Defender scan, Windows Update.',
        '3. Disk space: under 10% free on C: makes everything slow. Settings > System > Storage > Cleanup recommendations / turn on Storage Sense; set OneDrive to Files On-Demand ("Free up space").',
        '4. Startup apps: Task Manager > Startup apps - disable non-essential ones (never disable security tools).',
        '5. Check RAM: 8 GB is the minimum for Microsoft 365 + Teams; below that recommend an upgrade.',
        '6. Disk health: run the manufacturer diagnostics (Dell SupportAssist / Lenovo Vantage / HP PC Hardware Diagnostics). A failing disk goes to L2 immediately.',
        '7. Run a Defender full scan if something unknown is using CPU.',
        '8. Check RMM for the device age; over 5 years old, recommend replacement to the client.',
      ),
    ],
  ]),
  article(
    'ab-windows-update',
    'Windows Update failing, stuck, or undoing changes on restart',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        lines(
          '- Settings > Windows Update shows "Install error - 0x800f0922", 0x80070002, 0x8024a105, 0x800f081f, or the same update failing every night.',
          '- "We couldn\'t complete the updates. Undoing changes" on every restart.',
          '- Stuck on "Working on updates 100%" for hours.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Check Update history for the KB number and error. Make sure there is at least 20 GB free on C:.',
          '2. Restart twice, then Check for updates again.',
          '3. Settings > System > Troubleshoot > Other troubleshooters > Windows Update > Run.',
          '4. Repair system files from an admin Command Prompt: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.',
          '5. Reset update components: net stop wuauserv, net stop bits, rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old, net start bits, net start wuauserv.',
          '6. 0x800f0922: often the VPN was connected during install, or the System Reserved partition is full - disconnect VPN and retry; escalate for partition resizing.',
          '7. Stuck at "Working on updates" over 2 hours: hold the power button to restart; if it loops, boot to WinRE (Troubleshoot > Advanced options > Uninstall Updates > latest quality update).',
          '8. Updates are controlled by Intune update rings; "Some settings are managed by your organization" is expected. Check the device in Intune > Devices > Monitor > Windows update failures.',
        ),
      ],
    ],
  ),
  article('ab-bitlocker-recovery', 'BitLocker recovery key screen at startup', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      lines(
        'Blue screen at boot: "BitLocker recovery - Enter the recovery key for this drive" showing a Recovery key ID. Often after a BIOS/firmware update, a dock or USB device at boot, a TPM reset or a hardware repair.',
      ),
    ],
    [
      'Fix',
      lines(
        "1. Verify the user's identity (callback) - the key unlocks the whole disk.",
        '2. Note the first 8 characters of the Recovery key ID on the screen.',
        '3. Find the key: Intune admin center > Devices > Windows > the device > Recovery keys, or Entra admin center > Devices > All devices > device > BitLocker keys. Match the key ID.',
        '4. Users can also get it themselves from another device at https://myaccount.microsoft.com > Devices > View BitLocker Keys.',
        '5. Read out the 48-digit key; the user types it with the number row (function keys F1-F10 also work as 1-0).',
        '6. Once in Windows, if it asks again at each restart: admin Command Prompt - manage-bde -protectors -disable C: then manage-bde -protectors -enable C:. Check the BIOS for a pending update and that Secure Boot is on.',
        '7. Unplug docks/USB sticks before restarting if it only happens docked.',
      ),
    ],
    [
      'Escalate',
      lines(
        'If no key is stored for the device there is no way to unlock the disk: escalate to L2 to reimage; data not in OneDrive/SharePoint is lost. Record that the device was not escrowing its key.',
      ),
    ],
  ]),
  article(
    'ab-autopilot',
    'New laptop setup with Windows Autopilot, and when setup fails',
    null,
    'Endpoints/Intune',
    [
      [
        'Normal setup',
        lines(
          '1. Unbox, plug in power and network (cable is best; Wi-Fi works).',
          '2. Choose region Ireland and keyboard United Kingdom (or Irish). The laptop shows "Welcome to <client name>" if it is registered.',
          '3. Sign in with the work email and complete MFA. The Enrollment Status Page installs apps and policies (30-60 minutes). Do not turn it off.',
          '4. If the user has no MFA yet, give them a Temporary Access Pass (see the MFA runbook).',
        ),
      ],
      [
        'Failures',
        lines(
          '- No "Welcome to <client>" page, normal Windows setup instead: the hardware hash is not registered. Reset the PC, press Shift+F10 at the first screen and run: PowerShell; Install-Script Get-WindowsAutopilotInfo; Get-WindowsAutopilotInfo -Online -GroupTag <client tag>. Wait 15 minutes and restart.',
          '- 80180014 "Your organization does not support this version of Windows" / device already enrolled: delete the old device record from Intune > Devices and Autopilot devices (keep the Autopilot registration), then reset.',
          '- 0x80180018: the user has no Intune licence - assign Business Premium.',
          '- 0x800705b4 / "Identifying" time-out on the Enrollment Status Page: an app failed or timed out. Note which step, press "Try again" or "Continue anyway" and report the app.',
          '- 0x81036502: an app install failed - check Intune > Apps > the app > Device install status.',
        ),
      ],
      [
        'Reuse',
        lines(
          'To hand a laptop to another person, use Intune > device > Autopilot Reset (keeps enrolment) or Wipe.',
        ),
      ],
    ],
  ),
  article(
    'ab-intune-compliance',
    'Device shows as not compliant (Company Portal) and apps are blocked',
    null,
    'Endpoints/Intune',
    [
      [
        'Symptoms',
        lines(
          '- Company Portal shows the device with "Not compliant" / "Check status" / "Can\'t access company resources".',
          '- Outlook, Teams or SharePoint say the device must be compliant (53000).',
        ),
      ],
      [
        'Common reasons',
        lines(
          'BitLocker not on; Windows below the minimum build; Defender real-time protection off or signatures out of date; firewall off; device not checked in for 7+ days; phone without a passcode, old iOS/Android version, or jailbroken/rooted.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Company Portal > Devices > this device > Check status. It lists exactly which setting fails.',
          '2. Fix the setting (install Windows updates, let BitLocker finish encrypting, update iOS, set a 6-digit passcode).',
          '3. Force a check-in: Settings > Accounts > Access work or school > the work account > Info > Sync; or Company Portal > Settings > Sync. Phones: open Company Portal > Check status.',
          '4. Admin view: Intune admin center > Devices > the device > Device compliance - shows per-policy state and last check-in.',
          '5. Compliance re-evaluates within about 15 minutes after a sync; then sign out and in to Outlook/Teams.',
        ),
      ],
      [
        'Escalate',
        lines(
          'If all settings show compliant but the device still shows not compliant after 24 hours, escalate to L2 (may need to re-enrol).',
        ),
      ],
    ],
  ),
  article(
    'ab-printer-offline',
    'Printer offline or print jobs stuck in the queue',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        lines(
          '"Printer offline", jobs sit in the queue with "Error - Printing", nothing comes out, or only one PC cannot print.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Check the printer itself: paper, toner, paper jam, error on the panel. Can other people print?',
          '2. Check it is on the network: print a configuration page, note the IP, ping it from the PC.',
          '3. Clear the queue: Settings > Bluetooth & devices > Printers & scanners > the printer > Open print queue > Printer > Cancel All Documents.',
          '4. Restart the Print Spooler: services.msc > Print Spooler > Restart. If jobs will not clear: stop the spooler, delete files in C:\\Windows\\System32\\spool\\PRINTERS, start it.',
          '5. "Offline" but the printer is reachable: the port is often WSD. Printer properties > Ports > add a Standard TCP/IP Port with the printer\'s IP, untick SNMP status if needed.',
          "6. Printer's IP changed: set a DHCP reservation on the firewall/DC so it stays fixed, then update the port.",
          "7. Remove and re-add with the manufacturer's universal driver (Kyocera KX, HP Universal Print Driver, Canon Generic Plus UFR II, Ricoh PCL6 V4 Universal).",
        ),
      ],
      [
        'Escalate',
        lines(
          'Hardware errors (fuser, drum, "call for service") go to the copier lease company - their number is on the device label and in Hudu.',
        ),
      ],
    ],
  ),
  article(
    'ab-scan-to-email',
    'Multifunction copier: scan to email or scan to folder stopped working',
    null,
    'Endpoints/Printing',
    [
      [
        'Symptoms',
        lines(
          '- The copier shows "Send error", "Failed to send", "SMTP authentication failed", "Connection to the mail server failed", Kyocera error 1102 or 2101, Ricoh "Authentication with the destination has failed".',
          '- Scan to a network folder fails with a login or path error.',
        ),
      ],
      [
        'Cause',
        lines(
          "Scan to email: the scanner account's password was changed or it is blocked by MFA/Conditional Access, or Microsoft has disabled basic SMTP AUTH for the tenant. Scan to folder: the scan account password expired, the share path changed, or the copier only speaks SMBv1.",
        ),
      ],
      [
        'Fix - scan to email',
        lines(
          "1. Our standard is a direct-send/SMTP relay: server <tenant>-ie.mail.protection.outlook.com, port 25, no authentication, from scanner@client.ie, with an inbound connector in Exchange allowing the office's static IP. Check the copier is set like this (web interface > Function Settings / Network > SMTP).",
          '2. If the office IP changed (new broadband), update the connector: EAC > Mail flow > Connectors > "Copier relay" > IP address.',
          '3. Older setups using smtp.office365.com:587 with a username/password break when the password changes or SMTP AUTH is turned off - move them to relay.',
          '4. Send a test scan and run a message trace on scanner@client.ie.',
        ),
      ],
      [
        'Fix - scan to folder',
        lines(
          '1. Check the scan user (usually "svc-scan") password has not expired in AD; set it to never expire and update the copier\'s address book entry.',
          '2. Confirm the path \\\\SERVER\\Scans\\username exists and svc-scan has Modify rights.',
          "3. Make sure SMB2/3 is enabled in the copier's network settings (firmware update if not available).",
        ),
      ],
    ],
  ),
  article(
    'ab-dock-monitors',
    'Docking station: external monitors not detected, flickering, or USB not working',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        lines(
          'Monitors stay black or show "No signal" when the laptop is docked, flicker or go off and on, keyboard/mouse on the dock do not work, or the laptop does not charge through the dock.',
        ),
      ],
      [
        'Fix',
        lines(
          "1. Power cycle the dock: unplug the laptop, unplug the dock's power for 30 seconds, plug the power back, then the laptop.",
          '2. Use the correct USB-C port on the laptop - the one with the Thunderbolt (lightning) or DisplayPort symbol. Some laptops only support video on one port.',
          "3. Win+P > Extend. Settings > System > Display > Multiple displays > Detect. Check the monitor's input source button is on the right input (DisplayPort/HDMI).",
          '4. Swap the monitor cable. Flickering is very often a worn cable or an HDMI adapter.',
          '5. Update the dock firmware and laptop graphics/Thunderbolt drivers: Dell WD19/WD22 - Dell Command Update (dock firmware is included); Lenovo docks - Lenovo Dock Manager / Vantage; HP Thunderbolt/USB-C G4/G5 - HP Firmware Installer.',
          '6. DisplayLink docks (e.g. Dell D6000, Targus USB 3.0) need the DisplayLink driver from Company Portal.',
          '7. Laptop not charging on the dock: the dock power supply may be too small (use 130 W+ for 15" models).',
          '8. Lid closed: check Control Panel > Power Options > "When I close the lid" = Do nothing when plugged in.',
        ),
      ],
    ],
  ),
  article(
    'ab-no-sound-headset',
    'No sound, or headset/Bluetooth headset not working in Windows',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        lines(
          'No sound from the laptop or the headset, headset mic not picked up, crackling/robotic audio, Bluetooth headset will not pair or keeps disconnecting.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Check it is not just muted: speaker icon > volume, and the inline mute switch on the headset cable.',
          '2. Settings > System > Sound: pick the right Output and Input device. Click "Test" on output and talk to see the input meter move.',
          '3. Right-click the speaker icon > Volume mixer - check the app is not muted.',
          '4. USB headset: try another USB port (directly on the laptop, not a hub).',
          '5. Bluetooth: Settings > Bluetooth & devices > remove the headset, put it back in pairing mode (hold the power/BT button until it flashes) and add it again.',
          '6. Jabra and Poly headsets with a USB dongle (Jabra Link 380, Poly BT700): pair the headset to the dongle, not directly to the laptop - better call quality and no Bluetooth driver issues. Use Jabra Direct / Poly Lens to update firmware.',
          '7. Bluetooth audio sounds "robotic" or mono in calls: Windows uses the hands-free profile when the mic is active. Use the dongle or a wired headset.',
          '8. Settings > System > Troubleshoot > Other troubleshooters > Audio; update the Realtek/Intel audio driver via the vendor tool.',
        ),
      ],
    ],
  ),
  article(
    'ab-office-app-crash',
    'Word, Excel or Outlook crashing, freezing or "not responding"',
    null,
    'Microsoft 365/Office apps',
    [
      [
        'Symptoms',
        lines(
          'An Office app closes on its own, freezes when opening a particular file, or shows "Microsoft Word has stopped working" / "is not responding".',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Start in safe mode: Win+R > winword /safe (excel /safe, outlook /safe). If it works in safe mode, an add-in is the cause.',
          '2. Disable add-ins: File > Options > Add-ins > Manage: COM Add-ins > Go, untick all, re-enable one by one. Check File > Options > Add-ins > Disabled Items too.',
          '3. Word freezing on open or print preview: the default printer driver can hang Word - set a different default printer and test.',
          '4. Word: rename %appdata%\\Microsoft\\Templates\\Normal.dotm to Normal.old (a corrupt template causes crashes).',
          '5. Repair Office: Settings > Apps > Installed apps > Microsoft 365 Apps > Modify > Quick Repair; if no better, Online Repair (reinstalls, needs internet, 20+ minutes).',
          '6. One file only: File > Open > Browse > select file > arrow next to Open > Open and Repair. Check Version history if it lives in OneDrive/SharePoint.',
          '7. Event Viewer > Windows Logs > Application: "Application Error" entries show the faulting module for L2.',
        ),
      ],
    ],
  ),
  article(
    'ab-adobe-acrobat',
    'Adobe Acrobat: sign-in prompts, "trial expired", PDFs opening in the wrong app',
    null,
    'Applications/Adobe',
    [
      [
        'Symptoms',
        lines(
          '- Acrobat says "Your free trial has expired", asks the user to buy, or only works as Reader.',
          '- PDFs open in Edge/Chrome instead of Acrobat (or the other way around).',
        ),
      ],
      [
        'Licensing',
        lines(
          '1. Acrobat Pro is licensed per named user in the Adobe Admin Console (adminconsole.adobe.com) > Users. Check the user has the "Acrobat Pro" product profile. If no licences are free, raise a purchase request with the client contact.',
          '2. In Acrobat: Help > Sign Out, then sign in with the work email and choose "Company or School Account" (Microsoft sign-in via federated ID).',
          '3. Signed in with a personal Adobe ID by mistake shows trial/purchase screens - sign out and back in with the work one.',
          '4. If Acrobat Reader is installed instead of Acrobat (the app icon says Reader), install Acrobat from Company Portal - the same app unlocks Pro features after sign-in.',
        ),
      ],
      [
        'Default app',
        lines(
          'Settings > Apps > Default apps > type .pdf > choose Adobe Acrobat. In Acrobat: Edit > Preferences > General > "Select As Default PDF Handler".',
        ),
      ],
    ],
  ),
  article(
    'ab-mobile-email-setup',
    'Work email and Teams on a phone: Outlook mobile, app protection, iPhone Mail blocked',
    null,
    'Endpoints/Mobile',
    [
      [
        'Symptoms',
        lines(
          '- iPhone Mail / Samsung Email says "Cannot verify account", "Unable to connect" or an email arrives saying "Access to your email is blocked... use Outlook".',
          '- Outlook app asks to install Company Portal or set a PIN.',
        ),
      ],
      [
        'Why',
        lines(
          'Conditional Access policy CA05 only allows approved apps (Outlook, Teams, OneDrive, Authenticator) to open company data on phones. Built-in mail apps are blocked on purpose.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Install Microsoft Outlook, Microsoft Authenticator and (if asked) Intune Company Portal from the App Store / Play Store.',
          '2. Open Outlook > Add account > work email > sign in and approve MFA.',
          '3. Personal phones (BYOD): app protection asks for a 4-6 digit app PIN or Face ID; copy/paste from Outlook into personal apps and "Save As" to the phone are blocked - this is expected.',
          '4. Company-owned Android phones are enrolled with an Android Enterprise work profile via Company Portal; work apps show a briefcase icon.',
          '5. Teams and OneDrive: install from the store and sign in the same way.',
          '6. Remove the work account from the iPhone Mail app to stop the "cannot verify" prompts.',
        ),
      ],
    ],
  ),
  article(
    'ab-phishing-clicked',
    'User reports a phishing email, or clicked a link / opened an attachment',
    null,
    'Security/Incidents',
    [
      [
        'First questions (ask straight away)',
        lines(
          '1. Did you only receive it, or did you click the link / open the attachment?',
          '2. Did you type your password or approve a sign-in prompt on your phone after clicking?',
          '3. When was it? Did you forward it to anyone?',
        ),
      ],
      [
        'Only received / reported',
        lines(
          '1. Ask the user to use the Report button in Outlook (Report > Phishing), then delete it.',
          '2. Find other copies: Defender portal (security.microsoft.com) > Email & collaboration > Explorer > filter by sender or subject > select all > Take action > Move to deleted items / Soft delete.',
          '3. Block the sender domain/URL: Tenant Allow/Block Lists > Block.',
        ),
      ],
      [
        'Clicked and entered a password, or approved a prompt',
        lines(
          'Treat as a compromised account NOW - follow "Suspected compromised Microsoft 365 account" from step 1 (password reset and revoke sessions) before doing anything else.',
        ),
      ],
      [
        'Opened an attachment / ran something',
        lines(
          '1. Disconnect the PC from the network (unplug / Wi-Fi off) - or Defender for Endpoint > device > Isolate device.',
          '2. Run a Defender full scan; check Defender > Incidents & alerts for the device.',
          '3. Escalate to L2 security on-call. Do not reimage before L2 has looked.',
        ),
      ],
    ],
  ),
  article(
    'ab-compromised-account',
    'Suspected compromised Microsoft 365 account (business email compromise) response',
    null,
    'Security/Incidents',
    [
      [
        'Signs',
        lines(
          '- Contacts receive emails the user did not send (often "shared document" or invoice lures).',
          '- Inbox rules the user did not create (moving mail to RSS Subscriptions, Archive, Conversation History, or deleting replies).',
          '- MFA prompts the user did not trigger; sign-ins from unfamiliar countries or hosting providers.',
          '- User blocked from sending ("550 5.1.8 Access denied, bad outbound sender").',
        ),
      ],
      [
        'Contain (do in this order)',
        lines(
          '1. Reset the password (admin.microsoft.com > user > Reset password) - long random, give it to the user by phone.',
          '2. Revoke sessions: Entra admin center > Users > user > Revoke sessions (or Revoke-MgUserSignInSession).',
          '3. Authentication methods: remove any phone or Authenticator the user does not recognise.',
          '4. Remove malicious inbox rules and forwarding: Outlook on the web > Settings > Mail > Rules; Get-InboxRule -Mailbox user | fl Name,Description; check Mail flow settings > forwarding.',
          '5. Entra > Enterprise applications > User consent: remove any app the user consented to that they do not recognise.',
          '6. Unblock sending only after the above: Defender > Email & collaboration > Review > Restricted entities > Unblock.',
        ),
      ],
      [
        'Investigate and report',
        lines(
          '1. Sign-in logs and the unified audit log (Purview > Audit) for the time window: what did the attacker read, send, download?',
          '2. Message trace: list what was sent from the account; prepare a note the client can send to contacts warning them.',
          "3. Tell the client's authorised contact. If personal data may have been accessed, the client (as data controller) may have to notify the Data Protection Commission within 72 hours - they decide; we provide the facts.",
          '4. Record in the security incident register in Hudu.',
        ),
      ],
    ],
  ),
  article(
    'ab-invoice-fraud',
    'Invoice and payment redirection fraud: bank details change requests',
    null,
    'Security/Incidents',
    [
      [
        'Scenario',
        lines(
          'An email, apparently from a supplier, customer, solicitor or a director, asks to change bank details (new IBAN) or to make an urgent payment. Often it is a real thread hijacked from a compromised mailbox, or a look-alike domain (e.g. supplier-ie.com instead of supplier.ie).',
        ),
      ],
      [
        'Before any money is sent',
        lines(
          '1. Tell the user: do not pay and do not reply to the email.',
          '2. Verify by phone using a number from existing records (previous invoices, contract, website) - never a number in the suspicious email.',
          '3. Look at the full sender address and headers: is the domain exactly the genuine one? Reply-To different from From?',
          "4. If it came from the genuine supplier's domain, their mailbox may be compromised - let them know by phone.",
        ),
      ],
      [
        'Money already sent',
        lines(
          "1. Client contacts their bank's fraud team immediately - recall chances drop fast after 24 hours.",
          '2. Report to An Garda Síochána (local station or the Garda National Economic Crime Bureau) and get a PULSE reference for the bank and insurer.',
          "3. We check the client's own mailboxes for compromise (inbox rules, sign-ins) using the compromised account runbook.",
        ),
      ],
      [
        'Prevent',
        lines(
          'Block the look-alike domain in Tenant Allow/Block Lists; confirm external sender tagging is on; recommend a call-back procedure for all bank detail changes.',
        ),
      ],
    ],
  ),
  article('ab-lost-stolen-device', 'Lost or stolen laptop or phone', null, 'Security/Incidents', [
    [
      'Collect',
      lines(
        'Who, what device (check Hudu/Intune for serial and model), when and where it was lost, was it locked, company-owned or personal, has it been reported to the Gardaí.',
      ),
    ],
    [
      'Contain',
      lines(
        '1. Revoke sessions and reset the password if the device might have been unlocked or the password was written down.',
        '2. Company laptop: Intune admin center > Devices > device > confirm BitLocker is on (Encryption report), then Remote lock. If not expected back: Wipe (full). Disable the device in Entra > Devices.',
        '3. Company phone: Intune > device > Remote lock, then Wipe once the user confirms it is gone. Apple devices: remove Activation Lock afterwards if we will get it back.',
        '4. Personal phone (BYOD): Intune > Apps > App selective wipe - removes only company data from Outlook/Teams/OneDrive.',
        '5. Record that the disk was encrypted. If it was NOT encrypted, tell the client contact: this may be a personal data breach they must assess for the Data Protection Commission (72 hours).',
      ),
    ],
    [
      'Replace',
      lines(
        "Order a replacement and set it up with Autopilot. The user's files are in OneDrive; nothing needs restoring from the old device. The client gives the Garda report number to their insurer.",
      ),
    ],
  ]),
  article('ab-new-starter', 'New starter setup (standard onboarding)', null, 'Onboarding', [
    [
      'What we need from the client (5 working days before start)',
      lines(
        'Full name, start date, job title, department, manager, which existing person to copy access from, licence type, shared mailboxes, Teams/SharePoint sites, laptop needed or reused, mobile phone needed.',
      ),
    ],
    [
      'Steps',
      lines(
        '1. Create the user: admin.microsoft.com > Users > Add a user (cloud clients) or in AD (hybrid clients - wait for Entra Connect sync, 30 min).',
        '2. Assign the licence (usually Business Premium), usage location Ireland.',
        "3. Add to security groups, Teams, distribution lists and shared mailboxes as requested (copy the named colleague's memberships).",
        '4. Laptop: assign the Autopilot device to the user in Intune; new hardware ordered via our distributor (allow 3-5 days).',
        "5. Create a Temporary Access Pass valid on the start date so the user sets up MFA on day one; send login details to the manager, not the user's personal email.",
        "6. Line-of-business app access: see the client's own runbook in Hudu, where one exists.",
        "7. Add the person to the client's staff list in Hudu and close the ticket with a summary of what was set up.",
      ),
    ],
  ]),
  article('ab-leaver-offboarding', 'Leaver / offboarding', null, 'Onboarding', [
    [
      'Information needed',
      lines(
        'Leaving date and time to cut access, who gets the mailbox and files, how long to keep them, device return, any out-of-office text. Request must come from the authorised contact/HR.',
      ),
    ],
    [
      'Steps at the agreed time',
      lines(
        '1. Block sign-in (admin.microsoft.com > user > Block sign-in) and reset the password.',
        '2. Revoke sessions and remove MFA methods.',
        '3. Mailbox: convert to shared (user > Mail > Convert to shared mailbox) - keeps mail without a licence (under 50 GB), give the manager Full Access, set the auto-reply if requested.',
        '4. OneDrive: user > OneDrive > "Create link to files" - give the link to the manager. The account\'s OneDrive is kept for 30 days after deletion by default (retention policy can extend this).',
        '5. Remove from groups, distribution lists and Teams. Remove licences once the mailbox is shared.',
        '6. Devices: company laptop collected and wiped (Intune > Wipe) or Autopilot reset for reuse; company phone wiped; personal phone - selective app wipe.',
        "7. Disable accounts in line-of-business apps and third-party services (see the client's runbook).",
        '8. Update Hudu (staff list, assets). After the retention period, delete the account if the client confirms.',
      ),
    ],
  ]),
  article(
    'ab-restore-files',
    'Restore deleted or overwritten files (OneDrive, SharePoint, file server)',
    null,
    'Backup & Restore',
    [
      [
        'OneDrive / SharePoint / Teams files',
        lines(
          '1. Recycle bin: OneDrive (web) > Recycle bin, or the SharePoint site > Recycle bin. Items stay 93 days. If not there, check the "Second-stage recycle bin" link at the bottom.',
          '2. Overwritten or changed a file: right-click the file (web or File Explorer) > Version history > Restore the earlier version. 500 versions kept.',
          '3. Mass deletion or encryption: OneDrive > Settings > Restore your OneDrive, pick a date/time before the damage. SharePoint libraries: Library settings > Restore this library.',
          '4. Older than 93 days: restore from Datto SaaS Protection (M365 backup, daily, 1 year+) - L2 restores to a "Restored" folder.',
        ),
      ],
      [
        'File server (on-prem)',
        lines(
          '1. Right-click the folder > Properties > Previous Versions (shadow copies, twice daily, about 2 weeks).',
          '2. Older: restore from the Veeam/Datto backup - L2, give exact path, file name and the date it was last known good.',
        ),
      ],
      [
        'Tell the user',
        lines('Ask them not to recreate the file with the same name until the restore is done.'),
      ],
    ],
  ),
  article('ab-restore-email', 'Recover deleted emails, folders or calendar items', null, 'Backup & Restore', [
    [
      'Fix',
      lines(
        '1. Check Deleted Items, and search all folders - a folder "lost" is often dragged into another folder by accident (search for an email known to be in it, then right-click > Open File Location / show the folder path).',
        '2. Emptied from Deleted Items: Outlook > Deleted Items folder > "Recover items recently removed from this folder" (Home tab), select and Restore. In Outlook on the web: Deleted Items > "Recover items deleted from this folder".',
        '3. Our tenant keeps recoverable items for 30 days.',
        '4. Admin: EAC > Recipients > Mailboxes > user > Others > Recover deleted items, filter by date/subject.',
        '5. Older than 30 days or a whole mailbox: Datto SaaS Protection restore (L2). Restores appear in a folder called "Restored Items" with the date.',
        '6. Deleted calendar entries restore the same way (they are in Recoverable Items as calendar items).',
      ),
    ],
  ]),
  article(
    'ab-backup-job-failed',
    'Backup job failed alert (Veeam / Datto): L1 triage',
    null,
    'Backup & Restore',
    [
      [
        'When',
        lines(
          'The NOC board or the backup report email shows a failed or warning job for a client server or NAS.',
        ),
      ],
      [
        'Triage',
        lines(
          '1. Which job, which client, how many consecutive failures? Look at the job history, not just last night.',
          "2. Veeam Backup & Replication console on the client's backup server > Home > Jobs > the job > History > open the failed session; read the error on the failed VM/disk.",
          '3. Common errors:',
          '   - "Failed to create VM snapshot" / "VSS error 0x80042306" / "Writer ... is in failed state": on the protected server run vssadmin list writers; a failed writer usually clears with a restart of that service (e.g. SQL Server VSS Writer) or the server out of hours.',
          '   - "Not enough space in the repository": check the NAS/repository free space; do not delete restore points - escalate.',
          '   - "Failed to connect to host" / "RPC server unavailable": server rebooting during the window or network - retry.',
          '4. Retry the job (right-click > Retry) if it is outside business hours or the server is lightly used.',
          '5. Datto SIRIS/ALTO: "Screenshot verification failed" alone is a warning - open the screenshot; if the server booted to a login screen it is fine. Backup failures themselves follow the same steps.',
        ),
      ],
      [
        'Escalate',
        lines(
          'Two consecutive failures of the same job, repository space issues, or any failure on a server holding client data with no other good backup in 48 hours: escalate to L2 and note it on the daily backup report.',
        ),
      ],
    ],
  ),
  article(
    'ab-obf-keyhouse',
    'OBF: Keyhouse case management - will not open, cannot connect to database, email filing add-in missing',
    obf,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'Keyhouse (case and practice management) runs on OBF-SQL01 (SQL Server 2019) at Fitzwilliam Square, with the document store on \\\\OBF-FS01\\KeyhouseDocs. The Keyhouse client is installed on every PC from Company Portal. Fee earners file emails to matters with the Keyhouse Outlook add-in ("File to Matter" button on the Outlook ribbon). Keyhouse support contract number and contact are in the OBF Hudu "Vendors" page.',
        ),
      ],
      [
        'Symptoms',
        lines(
          '- "Unable to connect to the database server" / "SQL Server does not exist or access denied" when opening Keyhouse.',
          '- Keyhouse opens but documents will not open or save to the matter ("Path not found" to KeyhouseDocs).',
          '- The "File to Matter" button has vanished from Outlook.',
          '- "Document is checked out to another user".',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Working from home: Keyhouse only works with FortiClient VPN connected (SAML login). Connect VPN first, then open Keyhouse. If the VPN itself fails, see the FortiClient runbook.',
          '2. In the office and one user affected: check the PC can open \\\\OBF-FS01\\KeyhouseDocs; reboot; repair the Keyhouse client from Company Portal.',
          '3. Everyone affected: check OBF-SQL01 is up and the "SQL Server (MSSQLSERVER)" service is running in the RMM. Do NOT restart SQL during office hours without the practice manager\'s OK - it kicks everyone out mid-document.',
          '4. "File to Matter" missing: Outlook > File > Options > Add-ins > Manage: Disabled Items > Go > enable "Keyhouse Email Filer", then Manage: COM Add-ins > tick it. Restart Outlook. Outlook disables it if it was slow to load - tell the user to wait for Outlook to fully open before clicking.',
          "5. Checked out to another user: the practice manager (Keyhouse admin) can release it in Keyhouse > Admin > Document Locks; if the other user's PC crashed that is the cause.",
        ),
      ],
      [
        'Escalate',
        lines(
          'Database errors for all users, or errors after a Keyhouse update: log with Keyhouse support (details in Hudu) and tell the practice manager.',
        ),
      ],
    ],
  ),
  article(
    'ab-obf-dictation',
    'OBF: digital dictation - Philips SpeechMike, foot pedals and SpeechLive',
    obf,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'Fee earners dictate with Philips SpeechMike Premium Air (wireless, with docking station) or the SpeechLive app on their iPhone. Dictations upload to Philips SpeechLive (cloud, OBF account) and secretaries transcribe in the SpeechLive web app using a Philips ACC2330 USB foot control and headset. SpeechLive admin: the practice manager plus our service desk login in Hudu.',
        ),
      ],
      [
        'Recording problems (fee earners)',
        lines(
          "1. SpeechMike not recording / buttons do nothing: check it is charged and in its dock; the LED should be green. Unplug the dock's USB, plug it directly into the laptop (not the monitor hub) and wait 30 seconds.",
          '2. Open Philips Device Control Center (system tray) - the SpeechMike must show as connected. If it shows "not supported", update the device firmware from Device Control Center.',
          '3. In the SpeechLive web recorder or SpeechLive app, check the SpeechMike is selected as the recording device, and in Windows Settings > Sound > Input.',
          '4. Button layout wrong (record/rewind swapped): Device Control Center > SpeechMike > Buttons > restore the "OBF standard" profile (exported in Hudu).',
          '5. iPhone dictations not uploading: open SpeechLive app > Settings > check signed in; uploads need Wi-Fi or "upload over mobile data" on.',
        ),
      ],
      [
        'Transcription problems (secretaries)',
        lines(
          '1. Foot pedal does nothing: Device Control Center must be running and show the ACC2330. Replug it in another USB port.',
          '2. In SpeechLive web app: the browser extension "Philips SpeechLive" must be enabled in Chrome/Edge for pedal control.',
          '3. Dictations not in the list: check the author has the secretary set as the typist (workflow) in SpeechLive > Settings > Workflow.',
        ),
      ],
      [
        'Licences',
        lines(
          'New fee earners need an author licence and new secretaries a typist licence in SpeechLive admin > Users. Ask the practice manager before adding - each is a monthly cost.',
        ),
      ],
    ],
  ),
  article(
    'ab-obf-printing',
    'OBF: printing - Kyocera copiers, PaperCut secure release, client billing codes and scanning to documents',
    obf,
    'Printing',
    [
      [
        'Environment',
        lines(
          'Two Kyocera TASKalfa 3554ci copiers (1st and 2nd floor, Fitzwilliam Square) with PaperCut MF on OBF-APP01. Staff print to one queue, "OBF-FollowMe", and release their jobs at either copier by tapping their staff ID card. Prints must be allocated to a client/matter billing code in the PaperCut popup. Scanning uses PaperCut Integrated Scanning: "Scan to My Documents" sends a PDF to the user\'s OneDrive > Scans folder.',
        ),
      ],
      [
        'Print does not come out',
        lines(
          '1. Jobs wait at the copier for 4 hours and then are deleted - ask when they printed.',
          '2. User taps card and sees "no jobs": check the job went to OBF-FollowMe (not a directly added Kyocera printer). Remove any direct printer from the PC.',
          '3. The PaperCut popup (client billing) must be answered; if the PaperCut client is not running (green "P" in the tray), jobs are held forever. Start it from Start menu > PaperCut MF Client or repair from Company Portal.',
          '4. Internal / non-billable printing: choose the account "OBF Internal - Admin" in the popup, not a matter.',
          '5. All jobs stuck for everyone: check the PaperCut Application Server service and Print Spooler on OBF-APP01 in the RMM; restart the spooler if the queue is hung.',
        ),
      ],
      [
        'Card not recognised',
        lines(
          'At the copier tap the card; if "Unknown card" log in with username/PIN and follow the prompt to associate the card. PINs are reset in PaperCut admin (https://obf-app01:9192/admin) > Users > user > Card/Identity.',
        ),
      ],
      [
        'Scan to My Documents not arriving',
        lines(
          '1. Scans go to OneDrive > Scans - check that folder, and that OneDrive is signed in.',
          '2. PaperCut admin > Integrated Scanning > Jobs shows failed scans; "OneDrive token expired" - the user must reconnect: PaperCut user web page > Integrated Scanning > Connect OneDrive.',
        ),
      ],
      ['Escalate', lines('Copier hardware faults: Kyocera dealer (contract details in Hudu).')],
    ],
  ),
  article(
    'ab-obf-new-starter',
    'OBF: new starter checklist (fee earners and support staff)',
    obf,
    'Onboarding',
    [
      [
        'Before',
        lines(
          'Requests come from the practice manager with the OBF new starter form: role (partner, solicitor, trainee, legal executive, secretary, accounts), department, supervising partner, matters/ethical walls, start date.',
        ),
      ],
      [
        'Steps',
        lines(
          '1. Do the standard new starter steps (Microsoft 365 account, Business Premium licence, Autopilot laptop with group tag OBF).',
          '2. Groups: OBF-All Staff, the department group (OBF-Conveyancing, OBF-Litigation, OBF-Probate, OBF-Corporate), and OBF-Keyhouse Users.',
          '3. Ethical walls: if the form lists restricted matters, do NOT add them to the matching OBF-Wall-* group - the practice manager confirms walls in writing.',
          '4. Keyhouse: the practice manager creates the Keyhouse user and fee earner code; we install the client and check the "File to Matter" add-in loads in Outlook.',
          '5. Dictation: fee earners get a SpeechLive author licence and a SpeechMike from stock; secretaries a typist licence, headset and foot pedal (see the dictation runbook).',
          '6. Printing: register the staff ID card at a copier (see OBF printing runbook) and give the user the billing code instructions.',
          "7. Email signature: Exclaimer applies the OBF signature and legal disclaimer automatically once the user's job title and department are filled in Entra.",
          "8. Shared mailboxes: conveyancing@ and accounts@ only on the practice manager's written request.",
        ),
      ],
    ],
  ),
  article(
    'ab-svg-ezyvet',
    'Shannonside: ezyVet - logins, slowness and lab results not arriving',
    shannonside,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'ezyVet (cloud practice management) is used at all three clinics (Limerick, Ennis, Nenagh) in Google Chrome; the Shannonside ezyVet URL is bookmarked and stored in Hudu. ezyVet user accounts are separate from Microsoft 365 and are managed by the group practice manager (admin in ezyVet > Admin > Users). In-house analysers (IDEXX VetLab Station) and the external lab (IDEXX VetConnect PLUS) send results into ezyVet through the IDEXX integration.',
        ),
      ],
      [
        'Login problems',
        lines(
          '1. Forgotten ezyVet password or locked ezyVet account: the practice manager resets it in ezyVet > Admin > Users (we have an admin login in Hudu for out-of-hours emergencies only).',
          "2. ezyVet 2FA code not accepted: the phone's clock must be automatic; the practice manager can reset 2FA for the user.",
          '3. New staff/locums: practice manager creates the ezyVet user with the right role; we only do the Microsoft 365 side.',
        ),
      ],
      [
        'Slow or not loading',
        lines(
          '1. One PC: clear Chrome cache (Ctrl+Shift+Delete), close extra tabs, check the PC with the slow PC runbook.',
          '2. One clinic, everything online slow: the clinic may be on 4G failover - see the Shannonside clinic network runbook.',
          '3. All clinics: check https://status.ezyvet.com for an incident before escalating.',
        ),
      ],
      [
        'Lab results not showing on the patient record',
        lines(
          '1. In-house bloods: on the IDEXX VetLab Station check the result was sent (it shows a transmitted tick). The VetLab Station must be on the clinic network; if it shows "not connected", restart the VetLab Station and check its network cable.',
          '2. In ezyVet > Diagnostics > Diagnostic Results > Unmatched results: results arrive here if the patient/animal ID did not match; match them manually.',
          '3. External lab results: log in to VetConnect PLUS directly to confirm the lab released them; if they are there but not in ezyVet after an hour, raise with ezyVet support via the practice manager.',
        ),
      ],
    ],
  ),
  article(
    'ab-svg-xray-imaging',
    'Shannonside: digital X-ray - images not sending from the X-ray PC to PACS / ezyVet',
    shannonside,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'Each clinic\'s X-ray room has a DR acquisition PC (vendor-supplied, Windows 10 IoT, not in Intune, do not install updates or our agent beyond the RMM monitor). Images are sent by DICOM to the cloud PACS and a link appears on the patient in ezyVet. The imaging vendor\'s support number and remote access details are in the Shannonside Hudu "Imaging" page.',
        ),
      ],
      [
        'Symptoms',
        lines(
          'Radiographs taken but not visible to the vet; the acquisition software shows a red send queue, "DICOM send failed", "Association rejected" or "Destination unreachable".',
        ),
      ],
      [
        'Fix',
        lines(
          '1. On the acquisition PC, open the send queue (Outbox) - note the error.',
          "2. Check the PC's network cable and that it can reach the internet (the clinic network may be down - see clinic network runbook).",
          '3. Retry the queue (select studies > Resend). Most failures after a clinic internet blip clear on resend.',
          '4. "Association rejected": the patient study is probably fine but the PACS settings changed - do not edit the DICOM node settings yourself; call the imaging vendor.',
          '5. If the PC was rebooted mid-send, restart the acquisition software so the queue service restarts.',
          '6. Images in PACS but no link in ezyVet: check the patient ID entered at acquisition matches the ezyVet animal ID.',
        ),
      ],
      [
        'Escalate',
        lines(
          'Anything on the DR panel or the acquisition software beyond resending goes to the imaging vendor; log their reference in our ticket.',
        ),
      ],
    ],
  ),
  article(
    'ab-svg-label-printers',
    'Shannonside: dispensary label printers (DYMO LabelWriter 550) printing blank, misaligned or not at all',
    shannonside,
    'Printing',
    [
      [
        'Environment',
        lines(
          'Each dispensary has a DYMO LabelWriter 550 connected by USB to the dispensary PC, used for medication/prescription labels printed from ezyVet (label size 99012, 36 x 89 mm). DYMO Connect for Desktop is installed for the driver.',
        ),
      ],
      [
        'Blank labels or "label not recognised"',
        lines(
          '1. The LabelWriter 550 only works with genuine DYMO labels (the roll has an NFC chip). Third-party or refilled rolls print blank or show a red flashing light. Check the roll; spare genuine rolls are ordered by the clinic manager.',
          '2. Roll loaded wrong: open the lid, the label must feed under the guide with labels facing up. Press the feed button - one label should advance.',
        ),
      ],
      [
        'Misaligned, cut off or printing across two labels',
        lines(
          '1. In ezyVet print from Chrome: in the print dialog choose the DYMO printer, Paper size 99012 Large Address, Margins: None, Scale: Default. Untick "Headers and footers".',
          '2. DYMO Connect > Printers shows the loaded label type - if it shows a different size, reload the roll.',
          '3. Ensure the driver has Paper size 99012 as default: Printers & scanners > DYMO LabelWriter 550 > Printing preferences > Advanced.',
        ),
      ],
      [
        'Not printing at all',
        lines(
          'Check USB cable and power (solid blue light). Clear the queue; remove and reinstall via DYMO Connect. If the red light flashes with a genuine roll, the printer is faulty - replace from stock.',
        ),
      ],
    ],
  ),
  article(
    'ab-svg-clinic-network',
    'Shannonside: clinic network - Meraki firewalls, 4G failover, Wi-Fi and site-to-site VPN',
    shannonside,
    'Networking',
    [
      [
        'Environment',
        lines(
          'Each clinic (Limerick, Ennis, Nenagh) has a Cisco Meraki MX68CW (firewall with built-in 4G failover, Vodafone SIM), a Meraki MS switch and Meraki MR access points. SSIDs: SVG-Staff (Entra certificate auth, laptops/tablets) and SVG-Clients (waiting room guest Wi-Fi with a splash page). Clinics are linked by Meraki Auto VPN to the Limerick site. Broadband: Limerick eir fibre, Ennis Virgin Media Business, Nenagh Siro/Digiweb - circuit IDs in Hudu.',
        ),
      ],
      [
        'A clinic has no internet or everything is slow',
        lines(
          '1. Meraki dashboard > Shannonside organisation > Security & SD-WAN > Appliance status: check WAN 1 and Cellular.',
          "2. WAN 1 down, Cellular active: the clinic is running on 4G - everything works but slower (uploads of X-rays slower). Log a fault with that clinic's ISP (circuit ID in Hudu) and tell the clinic manager.",
          '3. Both down / appliance offline: ask the clinic to check the power to the MX and ISP router in the comms cabinet; power cycle the ISP router first, then the MX. Then follow the generic internet outage runbook.',
          '4. Only one clinic cannot reach Limerick resources (shared drive): Security & SD-WAN > VPN status - check the Auto VPN tunnel.',
        ),
      ],
      [
        'Wi-Fi in the clinic',
        lines(
          '1. Wireless > Access points: any MR offline? Check its switch port PoE in Switching > Switch ports.',
          "2. Staff tablets dropping in the kennels/back areas: this is a known weak spot in Ennis (one AP behind the X-ray room's lead-lined walls). Check the client's signal in Wireless > Clients; a second AP has been quoted.",
          '3. Staff device cannot join SVG-Staff: certificate issue - see the generic Wi-Fi runbook step 5.',
        ),
      ],
    ],
  ),
  article(
    'ab-chd-sage200',
    'Copper Hare: Sage 200 - cannot connect to server, user already logged in, Excel reports',
    copperhare,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'Sage 200 Professional (accounts, stock, excise stock movements) on CHD-SAGE01 with SQL Server, at the Kilcullen site. Desktop client on finance and operations PCs; remote users via FortiClient VPN. Sage business partner details and support contract in Hudu.',
        ),
      ],
      [
        'Symptoms',
        lines(
          '- "Unable to connect to the Sage 200 application server" / "The remote server returned an error" when opening Sage.',
          '- "This user is already logged in" after Sage crashed or the PC was switched off.',
          '- Sage 200 Excel reports (Report Designer/Excel add-in) showing "no connection" or empty.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Remote users: connect FortiClient VPN first.',
          '2. One user: restart the PC; check it can ping CHD-SAGE01; repair the Sage 200 client via Control Panel > Programs.',
          '3. Everyone: check CHD-SAGE01 in the RMM - services "Sage 200 Services", "Sage 200 Application Server" and "SQL Server (SAGE200)" must be running. Restart the Sage 200 services (not SQL) if stopped; tell finance first.',
          '4. "Already logged in": on CHD-SAGE01 open Sage 200 System Administration > Logged-in Users (Users > Logged In Users), select the user > Log off. Only after confirming they are really not in Sage.',
          '5. Excel add-in missing: Excel > File > Options > Add-ins > COM Add-ins > enable "Sage 200 Excel Add-in".',
        ),
      ],
      [
        'Escalate',
        lines(
          "Errors after a Sage update, or during month-end/excise return close: ring the Sage business partner and note the reference. Never restore the Sage database without the financial controller's approval.",
        ),
      ],
    ],
  ),
  article(
    'ab-chd-ros-certificate',
    'Copper Hare: Revenue Online Service (ROS) digital certificate for excise, VAT and payroll returns',
    copperhare,
    'Line of business',
    [
      [
        'Environment',
        lines(
          "Copper Hare files excise (spirits warehouse returns), VAT and payroll through ROS (ros.ie). Two finance users hold ROS digital certificates. ROS certificates are kept in the browser (Edge, in the user's work profile) and a backup .p12 file of each is stored in \\\\CHD-FS01\\Finance\\ROS\\CertBackup. Passwords for the backups are in the Hudu password vault (finance only).",
        ),
      ],
      [
        'Symptoms',
        lines(
          '"No certificate found" / the ROS login page shows no certificate to select, after a new laptop, a browser reset, clearing browsing data, or a Windows profile rebuild. Or the user forgot the certificate password.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. Never clear browsing data or reset Edge for the finance users without checking the certificate backup first.',
          '2. Certificate missing in the browser: go to ros.ie > ROS Login > "Import" (Restore a backup certificate) and select the .p12 from the CertBackup folder; enter the backup password from Hudu.',
          '3. Forgotten password: ROS cannot reset certificate passwords. The ROS administrator (financial controller) revokes the old cert and requests a new one: ROS > Admin Services > Cert Admin > Revoke, then "Request a new certificate"; the new one is retrieved with the system password sent by Revenue. Back up the new cert to the CertBackup folder immediately.',
          '4. Certificate expiring (ROS warns 30 days before): log in and choose "Renew certificate"; then back it up again.',
          '5. If filing deadlines are close (excise return by the 15th), prioritise this ticket as P2.',
        ),
      ],
    ],
  ),
  article(
    'ab-chd-visitor-tills',
    'Copper Hare: visitor centre shop - Shopify POS iPads, card readers and receipt printers',
    copperhare,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'The visitor centre shop and café use Shopify POS on two iPads on stands, each with a Shopify WisePad 3 card reader (Bluetooth) and a Star Micronics TSP143IV receipt printer (LAN) with cash drawer. iPads are on SSID CHD-Retail. Shopify admin is held by the retail manager; our staff account details in Hudu.',
        ),
      ],
      [
        'Card reader will not connect or payment fails',
        lines(
          '1. Charge the WisePad 3 (USB-C) - it turns off when flat and does not show it clearly.',
          '2. In Shopify POS: Settings > Hardware > Card readers > the reader > Reconnect. If not listed: hold the reader\'s power button to switch it on, then "Connect" and pair.',
          '3. iPad Bluetooth must be on; do NOT pair the reader in iPad Settings > Bluetooth - only from inside Shopify POS.',
          '4. "Reader update required": leave it on charge next to the iPad while it updates (5-10 minutes).',
          "5. During a rush: use the second till's reader, or enter the payment on the other iPad.",
        ),
      ],
      [
        'Receipts not printing / cash drawer not opening',
        lines(
          '1. The cash drawer is driven by the printer - fix the printer first.',
          '2. Printer lights: check paper (58/80 mm roll, thermal side out) and that the lid is shut.',
          '3. Shopify POS > Settings > Hardware > Receipt printers - printer must show "Connected". If not, check its network cable; hold the FEED button while powering on to print its IP, then re-add it by IP.',
        ),
      ],
      [
        'No internet in the shop',
        lines(
          'Shopify POS can take card payments offline for a limited time (if offline payments are enabled by the retail manager). Check CHD-Retail Wi-Fi and the site internet (generic internet outage runbook).',
        ),
      ],
    ],
  ),
  article(
    'ab-chd-warehouse-wifi',
    'Copper Hare: bonded warehouse and bottling hall Wi-Fi, Zebra handheld scanners dropping',
    copperhare,
    'Networking',
    [
      [
        'Environment',
        lines(
          'UniFi network (UniFi Network Application on the Cloud Key at the office). The bonded warehouses and bottling hall are covered by UniFi U6 Mesh / U6 Enterprise APs on SSID CHD-Ops. Zebra TC22 handheld scanners run the cask and stock app used for warehouse movements and stocktakes.',
        ),
      ],
      [
        'Symptoms',
        lines(
          'Handhelds lose connection in the back aisles or between racks, scans do not upload, "No network" on the handheld; an AP shows no light.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. UniFi Network > Devices: any AP offline or "Disconnected"? APs are powered by the PoE switch in the bottling hall cabinet - check the switch port is up and PoE is on; power-cycle the port from UniFi (Ports > Power Cycle).',
          '2. Full racks of casks and the stone walls block signal - coverage in warehouse 2 rear aisles is weak by design; the app stores scans and uploads when back in range. Tell staff to return to the aisle end and wait for the upload tick.',
          '3. On the TC22: Settings > Network & internet > Wi-Fi > CHD-Ops > Advanced: make sure "Keep Wi-Fi on during sleep" is Always and battery saver is off; restart the handheld.',
          '4. Handheld stuck on an AP far away: toggle Wi-Fi off/on to force it to roam.',
          '5. Swap the battery if below 20% - the TC22 throttles radio at low battery.',
        ),
      ],
      [
        'Escalate',
        lines(
          'Repeated drops in one area: L2 to check channel/power settings in UniFi; new APs need a quote approved by the operations manager.',
        ),
      ],
    ],
  ),
  article(
    'ab-ccl-procore',
    'Carrigmore: Procore - SSO login, site iPad app, drawings not updating',
    carrigmore,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'Carrigmore uses Procore for projects (drawings, RFIs, daily logs, photos). Login is single sign-on with Microsoft 365 (Procore company settings > SSO). Site teams use shared and personal iPads (Intune-managed) with the Procore app. Project permissions are managed by each project manager in Procore, not by us.',
        ),
      ],
      [
        'Login',
        lines(
          '1. "Your company requires you to log in using SSO": enter the work email, tap Continue, and sign in on the Microsoft page (with MFA). Do not use a Procore password.',
          '2. Loops back to the login: iPad Settings > Safari > Clear history and website data, or in the app: log out, force close, reopen.',
          '3. Blocked with "You cannot access this right now": the iPad is not compliant in Intune - see the compliance runbook.',
          '4. User not in the project: the project manager adds them to the project Directory with the right permission template.',
        ),
      ],
      [
        'Drawings out of date on site',
        lines(
          '1. In the Procore app: Drawings > pull down to refresh; check the revision number shown against what the office says was published.',
          '2. Drawings are only available offline if downloaded: Drawings > Download (cloud icon) for the current set - do this on the cabin Wi-Fi before going onto the site.',
          '3. If a new revision is still missing, the document controller may have uploaded but not published it - check with them.',
          '4. App out of date: update Procore from the App Store / Company Portal.',
        ),
      ],
    ],
  ),
  article(
    'ab-ccl-site-cabin-internet',
    'Carrigmore: site cabin internet - Teltonika 4G/5G routers and Starlink',
    carrigmore,
    'Networking',
    [
      [
        'Environment',
        lines(
          'Each project site office/cabin has a Teltonika RUTX50 5G router (Three or Vodafone SIM) with an external mast antenna, or Starlink (Standard kit) on rural sites. Routers are monitored in Teltonika RMS (login in Hudu). SSID CCL-Site (staff) and CCL-Site-Guest. Site list with router serials and SIM numbers in the Carrigmore Hudu "Sites" page.',
        ),
      ],
      [
        'No internet in the cabin',
        lines(
          "1. RMS > Devices > the site's router: online? If offline in RMS, ask the site to check power to the router (often unplugged by cleaners or during generator changeover), then power cycle it (wait 3 minutes).",
          "2. Online in RMS but no data: Status > Mobile - check SIM status, operator, data used vs the plan's cap (monthly cap reached = throttled/blocked; the SIM provider can add data).",
          '3. Starlink sites: Starlink app > check "Obstructed" or "Disconnected"; the dish needs a clear view of the north sky - after cranes or scaffolding go up it may need moving.',
        ),
      ],
      [
        'Slow internet in the cabin',
        lines(
          '1. RMS > Status > Mobile: signal RSRP better than -100 dBm and SINR above 5 is fine. Worse: check the external antenna cables are connected to the router MAIN/DIV ports, and that the mast was not moved.',
          '2. Try the other SIM slot (the RUTX50 has dual SIM: SIM 2 is the other network) - Network > Mobile > SIM switch.',
          '3. Large uploads (photos, drawings) at the same time slow everyone - ask people to sync Procore photos at the end of the day.',
        ),
      ],
      [
        'New site / moving a cabin',
        lines(
          'Give at least 5 working days notice to the service desk: we check coverage (ComReg site viewer and operator maps), order a SIM or Starlink, and configure the router from RMS.',
        ),
      ],
    ],
  ),
  article(
    'ab-ccl-autodesk',
    'Carrigmore: Autodesk (AutoCAD, Revit) licensing and sign-in',
    carrigmore,
    'Line of business',
    [
      [
        'Environment',
        lines(
          'The drawings office and design team use AutoCAD and Revit (Autodesk named-user subscriptions, AEC Collection). Licences are assigned in Autodesk Account (manage.autodesk.com) by the Autodesk primary admin (the design manager) or by us as secondary admin.',
        ),
      ],
      [
        'Symptoms',
        lines(
          '"No license available", "Your license is unavailable", "You don\'t have access to this product", a sign-in window that keeps returning, or AutoCAD opening as a trial.',
        ),
      ],
      [
        'Fix',
        lines(
          '1. manage.autodesk.com > User Management > By User > find the user: the product must be assigned. If no seats are free, the design manager decides whether to move one from a leaver or buy more.',
          '2. On the PC: in AutoCAD/Revit click the user name (top right) > Sign out, then sign in with the work email (Carrigmore SSO goes to the Microsoft sign-in page).',
          '3. Still unlicensed: close all Autodesk apps, delete %localappdata%\\Autodesk\\Web Services\\LoginState.xml, reopen and sign in.',
          '4. "Licensing Service not running": restart the Autodesk Desktop Licensing Service (services.msc) or repair it with Autodesk Access.',
          '5. Named-user licences need the PC to check in online at least every 30 days - laptops on site without internet for weeks will lock.',
        ),
      ],
      [
        'Updates',
        lines(
          'Autodesk Access installs product updates; our policy is to update only between project issue dates, agreed with the design manager.',
        ),
      ],
    ],
  ),
  article(
    'ab-ccl-plotter',
    'Carrigmore: HP DesignJet plotter in the drawings office - offline, roll paper, scale of A1/A0 prints',
    carrigmore,
    'Printing',
    [
      [
        'Environment',
        lines(
          'HP DesignJet T850 36-inch (A0) at head office, drawings office, IP in Hudu, fed by a 914 mm bond paper roll. Installed on PCs with the HP DesignJet driver (HP-GL/2 for AutoCAD) and HP Click for printing PDFs.',
        ),
      ],
      [
        'Offline / jobs not printing',
        lines(
          '1. The plotter sleeps deeply - tap the front panel to wake it. Check the front panel for messages.',
          '2. Ping its IP. If the IP changed, update the port (see the generic printer offline runbook) and ask L2 to reserve it.',
          "3. Clear stuck jobs on the plotter's front panel (Job queue) as well as in Windows.",
        ),
      ],
      [
        '"Out of paper" with a roll loaded / paper jams',
        lines(
          '1. Unload the roll from the front panel (Paper > Unload roll), cut the leading edge straight, reload following the panel prompts - the edge must be straight and the roll seated in the spindle stops.',
          '2. Set the paper type on the panel to match (Bond and Coated paper). The wrong type causes smudges and jams.',
        ),
      ],
      [
        'Prints at the wrong size (tiny in the corner, or cut off)',
        lines(
          '1. AutoCAD: Plot > Printer "HP DesignJet T850 HP-GL/2", Paper size "ISO A1 (841 x 594 mm)" or A0, Plot area Layout, Scale 1:1 (not "Fit to paper" when printing to scale).',
          '2. PDFs: use HP Click, choose the roll, and "Print at 100%" - printing PDFs from Edge/Acrobat with "Fit" shrinks drawings.',
          '3. Check the driver\'s Paper/Quality tab is not set to "Print document on: A4".',
        ),
      ],
      [
        'Ink and printheads',
        lines(
          'Order HP 712 cartridges through the office manager. Printhead errors: run Image quality maintenance > Clean printheads from the panel; persistent errors - HP support (warranty in Hudu).',
        ),
      ],
    ],
  ),
];
