/**
 * Set AK: a blind labelled KB set, written without reading the search code or any other set.
 *
 * The MSP is Colne Valley IT Ltd, a 15-person managed service provider in Huddersfield, West
 * Yorkshire, keeping its documentation in IT Glue (tickets in HaloPSA, RMM is NinjaOne). Every
 * client is on Microsoft 365 Business Premium with Entra ID, Intune and Autopilot; sites sit behind
 * WatchGuard Fireboxes with UniFi Wi-Fi and Aruba Instant On switches, on Zen FTTP or Neos leased
 * lines; endpoints run SentinelOne; Kyocera MFDs come from the managed print partner Pennine Print
 * Solutions; phones are Gamma Horizon with Yealink handsets; M365 is backed up by Datto SaaS
 * Protection and on-prem servers by Veeam to Wasabi; remote Sage users connect through Azure Virtual
 * Desktop. Four clients have their own runbooks: Holroyd & Firth Estate Agents Ltd (three branches,
 * Reapit, window display screens, valuer iPads), Moorside Care Group Ltd (two care homes, Person
 * Centred Software handsets, eMAR, NHSmail, nurse call, visitor Wi-Fi), Brierley Precision
 * Engineering Ltd (Elland machine shop, Sage 200, shop-floor terminals, Zebra label printers, DNC
 * PC, SolidWorks) and Spen Valley Learning Trust (three primary academies, Arbor, Promethean
 * panels, Jamf School iPads, Smoothwall filtering).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AK_CLIENTS = {
  holroyd: 'Holroyd & Firth Estate Agents Ltd',
  moorside: 'Moorside Care Group Ltd',
  brierley: 'Brierley Precision Engineering Ltd',
  spenValley: 'Spen Valley Learning Trust',
} as const;

const { holroyd, moorside, brierley, spenValley } = SET_AK_CLIENTS;

export const SET_AK_ARTICLES: BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365: Outlook / Exchange
  article(
    'ak-outlook-disconnected',
    'Outlook (classic) shows "Disconnected" / "Trying to connect" or loops on password prompts',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Status bar says "Disconnected", "Trying to connect..." or "Working offline" and nothing new arrives.
- Repeated "Microsoft Outlook - Need Password" / "Enter password" box that comes back however many times the user types it.
- Outlook won't open at all: "Cannot start Microsoft Outlook. Cannot open the set of folders. The attempt to log on to Microsoft Exchange has failed."
- Webmail (outlook.office.com) and the phone usually work fine.`,
      ],
      [
        'Cause',
        'Almost always a stale sign-in token in the Windows account broker (WAM) or Credential Manager, a damaged Outlook profile/OST, or Office being months out of date. If webmail also fails, it is an account problem, not Outlook - see ak-sspr or ak-conditional-access.',
      ],
      [
        'Fix',
        `1. Get the user to sign in to outlook.office.com. If that fails, stop here and treat it as an account issue.
2. In Outlook: File > Office Account > Sign out, close all Office apps, reopen and sign in again.
3. Control Panel > Credential Manager > Windows Credentials: remove every entry starting MicrosoftOffice16_Data and any "SSO_POP_Device" entries. Reboot.
4. Check the user hasn't flipped the "New Outlook" toggle - if they have, toggle it off and retest classic.
5. Build a new profile: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, name it "Outlook-new", set "Always use this profile". Let it resync (can take an hour for big mailboxes - warn the user).
6. Still failing: Apps > Installed apps > Microsoft 365 > Modify > Quick Repair, then Online Repair.
7. Make sure Office is on the Monthly Enterprise channel build - update from File > Office Account > Update Options.`,
      ],
      [
        'Escalate',
        'If a new profile on a second device also fails, check the Microsoft 365 service health dashboard for Exchange incidents and escalate to L2 with the Outlook connection status screenshot (Ctrl + right-click the Outlook tray icon > Connection Status).',
      ],
    ],
  ),
  article(
    'ak-outlook-search',
    'Outlook search returns nothing or "Search results may be incomplete because items are still being indexed"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Searching in Outlook finds nothing, or only recent mail, while webmail finds the email fine.
- Yellow bar: "Search results may be incomplete because items are still being indexed."
- "Something went wrong and your search couldn't be completed."`,
      ],
      [
        'Cause',
        'Classic Outlook searches the local Windows Search index of the OST. The index gets corrupted or stalls, typically after a feature update, a disk-full event or a rebuilt profile. The cached mode slider also limits what is local - anything older than the slider (we set 12 months) is only found by "All Mailboxes"/server search.',
      ],
      [
        'Fix',
        `1. Check the cached mode window: File > Account Settings > Account Settings > double-click the account > "Download email for the past". If the user needs older mail locally, raise it, but mind disk space on small SSDs.
2. Check indexing status: click in the search box > Search Tools > Indexing Status. "Outlook is currently indexing N items" that never goes down means it's stuck.
3. Control Panel > Indexing Options > make sure Microsoft Outlook is in the included locations.
4. Indexing Options > Advanced > Rebuild. Leave the PC on; a 10 GB mailbox can take several hours.
5. Confirm the Windows Search service is running (services.msc > Windows Search, Automatic (Delayed Start)).
6. As a workaround while it rebuilds, tell the user to search in outlook.office.com.`,
      ],
      [
        'Escalate',
        "If a rebuild doesn't fix it, create a new Outlook profile (ak-outlook-disconnected step 5). Log the time spent in Halo against the client's contract.",
      ],
    ],
  ),
  article(
    'ak-outlook-mobile',
    'Outlook on iPhone/Android: not syncing, PIN prompts, "Your organisation\'s data can\'t be saved here"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        `- Mail stopped arriving on the phone while the PC is fine.
- Outlook app asks the user to set a PIN, or says "Your organization is now protecting its data in this app. You need to restart the app to continue."
- Trying to save an attachment to Photos/Files: "Your organization's data can't be saved here" or "This action is not allowed by your organization's policy".
- Native iOS Mail / Samsung Email stopped working with the account.`,
      ],
      [
        'Cause',
        'All clients have Intune App Protection policies on personal phones (MAM without enrolment): only the Outlook, Teams, OneDrive and Edge apps can open work data, a 6-digit app PIN is required, and saving or copy/paste into personal apps is blocked. Native mail apps are blocked by Conditional Access. That is by design. Genuine sync failures are usually an expired token or an app that needs an update.',
      ],
      [
        'Fix',
        `1. Explain the policy if it's the PIN or the "can't be saved here" message - they can save to OneDrive instead of Photos.
2. If the user is on iOS Mail or Samsung Email, get them to install Outlook and Microsoft Authenticator from the store and sign in there.
3. Not syncing: Outlook app > Settings > the account > Reset Account. Then check the phone's date/time and that Background App Refresh (iOS) / battery optimisation (Android) isn't killing Outlook.
4. Still nothing: delete the account in the app, reinstall Outlook, sign in again. Authenticator must be installed on the phone for the app protection broker to work.
5. In Entra > Sign-in logs filter on the user and the "Outlook Mobile" app to see any failure code.`,
      ],
      [
        'Notes',
        'Users who forgot their app PIN: they can tap "Forgot PIN" and sign in again; no admin action is needed.',
      ],
    ],
  ),
  article(
    'ak-exo-quarantine',
    'Email missing - check and release from the Microsoft 365 quarantine',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- User is expecting an email (quote, invoice, remittance, HMRC) and the sender says it was sent; it isn't in Inbox or Junk.
- User got a "You have messages in quarantine" / "Review these messages" notification email from quarantine@messaging.microsoft.com.
- User tries to release from the notification and only gets "Request release", or "You don't have permission to release this message".`,
      ],
      [
        'Cause',
        'Defender for Office 365 quarantines spam, bulk, phish and malware. Our standard preset lets users release spam/bulk themselves, but anything flagged as phish, high-confidence phish or malware can only be released by an admin - the user can only request release.',
      ],
      [
        'Fix',
        `1. Run a message trace first: Exchange admin centre > Mail flow > Message trace, sender + recipient, last 10 days. Status "Quarantined" confirms it; "Delivered" means check Junk/rules/Focused Other; no result means it never reached us - ask the sender for their bounce.
2. Defender portal (security.microsoft.com) > Email & collaboration > Review > Quarantine. Search by recipient.
3. Open the message, check the quarantine reason and headers. Don't release "Malware" or anything with a suspicious link without a second pair of eyes.
4. If genuine: Release > "Release to all recipients", and tick "Report messages to Microsoft for analysis" so it learns.
5. If the same sender keeps getting caught, add the sender (not the whole domain for freemail like gmail.com) to Tenant Allow/Block List > Domains & addresses > Allow, with a 30-day expiry.`,
      ],
      [
        'Notes',
        'Never turn off the anti-spam policy or add a whole-domain allow for a big provider. If a supplier is repeatedly caught as phish, ask them to fix their SPF/DKIM.',
      ],
    ],
  ),
  article(
    'ak-exo-ndr',
    'Bounced emails (NDRs): reading the 5.x.x code and fixing common ones',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        'User receives "Undeliverable:" or "Delivery has failed to these recipients or groups" with a "Remote server returned" code.',
      ],
      [
        'Common codes',
        `- 550 5.1.10 RESOLVER.ADR.RecipientNotFound / 550 5.1.1 User unknown - the address is wrong or the mailbox was deleted. Check spelling; clear the Outlook autocomplete entry (hover over the suggestion > X) which often holds an old address of a leaver.
- 550 5.7.520 Access denied, Your organization does not allow external forwarding - a forwarding rule to a personal address (gmail etc.) is blocked by our outbound spam policy. This is deliberate; see below.
- 550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP - tenant outbound restricted; treat as possible compromise (ak-compromised-account).
- 550 5.1.8 Access denied, bad outbound sender - the user is on the Restricted entities list; treat as compromise (ak-compromised-account).
- 554 5.4.14 Hop count exceeded - possible mail loop - forwarding loop between two mailboxes or rules.
- 552 5.3.4 Message size exceeds fixed maximum message size - attachment too big; send via OneDrive link.
- 550 5.7.1 / 5.7.606-649 from the remote side - the recipient's server is rejecting us; check our domain isn't on a blocklist (MXToolbox) and ask the recipient's IT.`,
      ],
      [
        'Fix',
        `1. Get the full NDR (ask the user to forward it as an attachment) and run a message trace in the Exchange admin centre to confirm.
2. For 5.7.520: external auto-forwarding is off for all clients by policy (it is how stolen mail leaves). Only enable it for a named mailbox with written approval from the client's authorised contact, by adding it to the "Allow-External-Forwarding" outbound policy - never on the default policy.
3. For loops, check Inbox rules and mailbox forwarding (EAC > Mailboxes > user > Mail flow settings) on both mailboxes.
4. For remote rejections, check SPF/DKIM/DMARC in the client's DNS (documented per client in IT Glue > Domains).`,
      ],
    ],
  ),
  article(
    'ak-shared-mailbox',
    'Shared mailboxes: not appearing in Outlook, sent items going to the wrong place, send as',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- User has been given access to a shared mailbox (accounts@, lettings@, office@) but it doesn't show in Outlook.
- Emails sent from the shared mailbox land in the user's own Sent Items instead of the shared one.
- "You do not have the permission to send the message on behalf of the specified user" / "This message could not be sent. You do not have the permission to send the message on behalf of the specified user."`,
      ],
      [
        'Cause',
        "Full Access gives automapping, but it can take up to an hour (sometimes a restart of Outlook) to appear. Sending needs a separate Send As or Send on Behalf permission. Sent items from a shared mailbox are saved in the sender's mailbox unless the mailbox setting is changed.",
      ],
      [
        'Fix',
        `1. EAC > Recipients > Mailboxes > the shared mailbox > Delegation. Add the user to "Read and manage (Full Access)" and "Send as". Use Send on behalf only if the client wants "X on behalf of Y" visible.
2. Wait 30-60 minutes, then close and reopen Outlook. Automapped mailboxes appear under the user's own folder list.
3. If it still doesn't appear: File > Account Settings > Change > More Settings > Advanced > Add, and type the shared mailbox name.
4. Sent items: in PowerShell (Connect-ExchangeOnline) run Set-Mailbox lettings@domain -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.
5. To send from it the user must pick the shared address in the From field (Options > From if hidden). Clear the autocomplete entry if they get the permission error after we've added Send As.
6. On the phone: Outlook app > + Add account > Add a shared mailbox.`,
      ],
      [
        'Notes',
        'Shared mailboxes need no licence under 50 GB. Never set a password on a shared mailbox or sign in to it directly - sign-in is blocked on purpose.',
      ],
    ],
  ),
  article(
    'ak-calendar-permissions',
    'Shared calendars, delegates and room/resource mailboxes',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        `- "You do not have permission to create an entry in this folder. Right-click the folder, and then click Properties to check your permissions."
- PA/receptionist can see a director's calendar but only free/busy, or can't see private appointments.
- Meeting room / hall / van bookings stay "Tentative" or are never accepted, or double bookings happen.`,
      ],
      [
        'Cause',
        'Default calendar permission in our tenants is Free/Busy only. Editing needs Editor; a delegate also receives meeting requests. Room mailboxes only auto-accept when the calendar processing is set to AutoAccept.',
      ],
      [
        'Fix',
        `1. Simple share: the owner can do it in Outlook - Calendar > Share Calendar > add the person > "Can edit". Or we do it: Add-MailboxFolderPermission -Identity director@domain:\\Calendar -User pa@domain -AccessRights Editor (use Set- if an entry exists).
2. Delegate (gets meeting requests): Outlook > File > Account Settings > Delegate Access, or -SharingPermissionFlags Delegate,CanViewPrivateItems on the command above.
3. The other person opens it with Calendar > Add Calendar > From Address Book. Allow 30 min.
4. Rooms: Set-CalendarProcessing room@domain -AutomateProcessing AutoAccept -AllowConflicts $false -BookingWindowInDays 365. Check that the room hasn't been set up as a user mailbox or shared mailbox by mistake (Get-Mailbox room@domain | fl RecipientTypeDetails should say RoomMailbox).
5. If a room should need approval (e.g. the school hall), set -ResourceDelegates to the office manager and AllBookInPolicy $false.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Teams / OneDrive / SharePoint / licensing
  article(
    'ak-teams',
    "Microsoft Teams (new Teams) won't load, white screen, sign-in errors - clear the cache",
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        `- Teams opens to a white or purple screen, spins forever, or shows "We're sorry - we've run into an issue."
- Sign-in errors: "We couldn't sign you in" with code CAA20002, CAA50021, CAA5004B or 0xCAA70004.
- Chats/channels not updating, or messages show "Failed to send".`,
      ],
      [
        'Cause',
        'Corrupt local cache in the new Teams (MSTeams package), a stale token, or the user lacks a Teams licence ("You\'re missing out! Ask your admin to enable Microsoft Teams" - see ak-m365-licensing).',
      ],
      [
        'Fix',
        `1. Check Teams works in the browser at teams.microsoft.com. If it doesn't, it's the account, not the app.
2. Quit Teams fully (right-click the tray icon > Quit).
3. Clear the cache: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete the folder %localappdata%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache\\Microsoft\\MSTeams.
4. For CAA2000x / CAA5xxxx errors also remove the work account from Settings > Accounts > Email & accounts if it's listed as a duplicate, and clear MicrosoftOffice16 entries in Credential Manager, then reboot.
5. Check the date/time is correct and that the device isn't behind a hotel captive portal.
6. If classic Teams is still installed alongside, uninstall it (Teams Machine-Wide Installer too) - NinjaOne has a script "Remove Classic Teams".
7. Reinstall new Teams from Company Portal if the reset doesn't help.`,
      ],
      [
        'Escalate',
        'Collect logs with Ctrl+Alt+Shift+1 in Teams and attach to the Halo ticket before escalating to L2 / Microsoft.',
      ],
    ],
  ),
  article(
    'ak-onedrive-sync',
    'OneDrive / SharePoint library sync errors: red crosses, "Upload blocked", stuck "Processing changes"',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        `- Red X on files or folders, OneDrive cloud icon with a red circle.
- "Upload blocked - Sign in to upload this file" or "Upload blocked: we couldn't merge the changes" (Office file open in two places).
- "Processing changes" or "Looking for changes" for hours/days.
- "Can't sync this file. The file name or type isn't allowed" / "The file path is too long".
- Error 0x8004de40 (can't connect), 0x80070194 "The cloud file provider exited unexpectedly".
- Desktop/Documents not backing up (Known Folder Move).`,
      ],
      [
        'Cause',
        'Usually a single bad file (invalid characters like " * : < > ? / \\ |, a path over 400 characters, a .pst or a locked Office file), an expired sign-in, a disk that is full, or too many synced libraries (over 300,000 items in total makes the client crawl).',
      ],
      [
        'Fix',
        `1. Click the OneDrive cloud icon > "View sync problems" and deal with the named files first: rename, shorten the path, move .pst files out.
2. "Upload blocked" on an Office file: close the file, Office > File > Options > Save > untick "Use Office applications to sync Office files that I open" if it keeps happening.
3. Make sure the user is signed in (Settings > Account) and the disk has free space (ak-disk-space).
4. Reset OneDrive: Win+R > %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset. Wait 2 minutes, then start OneDrive from the Start menu if it doesn't come back. Nothing is deleted; it re-scans.
5. Too many items: stop syncing big SharePoint libraries the user doesn't need offline (Settings > Account > Stop sync) and use "Add shortcut to My files" instead of Sync.
6. Known Folder Move not applied: Intune policy "OneDrive KFM" should be assigned - check the device has synced in Intune.`,
      ],
      [
        'Notes',
        'If the user deleted files and needs them back, see ak-restore-m365. Access denied on a library is a permissions issue - see ak-sharepoint-permissions.',
      ],
    ],
  ),
  article(
    'ak-sharepoint-permissions',
    'SharePoint / Teams files: "You need access", access denied, external guests can\'t open links',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        `- "You need access. Ask for access, or switch to an account with access."
- "Sorry, you don't have access to this page" / "Access denied" on a Teams Files tab or a folder.
- External person (accountant, auditor, solicitor): "This link has been disabled or has expired", or "AADSTS50020: User account from identity provider does not exist in tenant".
- "You can't sync this library: you don't have permission".`,
      ],
      [
        'Cause',
        'Our sites are permissioned through the Microsoft 365 group (Owners/Members) behind each Team. Problems come from broken inheritance on a folder someone "shared" directly, users not in the group, or external sharing limits (we allow "Existing guests" or "New and existing guests" per client, configured in IT Glue > M365 tenant config).',
      ],
      [
        'Fix',
        `1. Confirm with the client's authorised contact (or the Team owner) that the user should have access - don't grant access on the requester's say-so for Finance/HR sites.
2. Add them to the Team (Teams > Manage team > Members) or to the M365 group in the admin centre. Allow 15-30 min.
3. For a single folder with unique permissions: Site > the folder > ... > Manage access > check "Stop sharing"/inheritance and add the user or group.
4. External user: check the site's external sharing setting (SharePoint admin centre > Sites > Active sites > Sharing). Re-send with "Specific people" and make sure they open it with the email address it was sent to. For AADSTS50020 they are signed in with a different account - use an InPrivate window.
5. Expired links: our default expiry on "Anyone" links is 30 days; re-share.`,
      ],
    ],
  ),
  article(
    'ak-m365-licensing',
    'Microsoft 365 licensing: "Unlicensed Product", missing desktop apps, Teams "You\'re missing out"',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        `- Word/Excel title bar says "Unlicensed Product" or "Product Deactivated", most of the ribbon is greyed out (reduced functionality mode).
- "Account Notice: Your organization has disabled this device" or "You've reached the install limit" - too many activations.
- User can only use Office in the browser; "Install Office" is missing from the portal.
- Teams: "You're missing out! Ask your admin to enable Microsoft Teams for..."`,
      ],
      [
        'Cause',
        'Licence not assigned, the wrong SKU (frontline and care staff are on Business Basic - web and mobile apps only, no desktop Office), a licence removed by the leaver process, or more than 5 PCs activated on one account.',
      ],
      [
        'Fix',
        `1. M365 admin centre > Users > Active users > the user > Licenses and apps. Licences are assigned by group: add the user to LIC-M365-BusinessPremium or LIC-M365-BusinessBasic rather than ticking boxes directly.
2. If there are no free licences, don't steal one from another user - raise a Halo quote/approval to the client and buy via Pax8 (takes effect in about 10 minutes).
3. Desktop Office on a Business Basic user: explain it's web only, or get approval to upgrade to Standard/Premium.
4. Device limit: user goes to myaccount.microsoft.com > Office apps > Devices and signs out of old PCs.
5. On the PC: File > Account > Sign out, sign back in; if still unlicensed, close Office and delete %localappdata%\\Microsoft\\Office\\Licenses, then reopen.
6. Shared PCs (reception, nurses' station) should use Shared Computer Activation - check the Intune config "Office SCA" is assigned.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    'ak-mfa-reset',
    'MFA: new or lost phone, Authenticator not getting prompts - re-register methods with a Temporary Access Pass',
    null,
    'Identity & Access',
    [
      [
        'Symptoms',
        `- User has a new/lost/broken phone and the Authenticator app is empty or gone.
- "Approve sign in request - Open your Authenticator app, and enter the number shown to sign in" but no notification arrives.
- "More information required - Your organisation needs more information to keep your account secure" loops.`,
      ],
      [
        'Identity check (mandatory)',
        "MFA resets are the top social-engineering target. Call the user back on the number in HaloPSA / the client's staff list, not the number they rang from, or get their line manager to confirm in writing. Note how you verified in the ticket.",
      ],
      [
        'Fix',
        `1. Entra admin centre > Users > the user > Authentication methods. Delete the old Microsoft Authenticator / phone entries (don't delete the email or security key methods unless asked).
2. Click "Require re-register multifactor authentication" and "Revoke multifactor authentication sessions".
3. Add authentication method > Temporary Access Pass, one-time, 60 minutes. Read it out to the user.
4. User installs Microsoft Authenticator on the new phone, goes to https://aka.ms/mysecurityinfo, signs in with the TAP, and adds Authenticator (scan the QR code from a PC screen).
5. Test a sign-in with number matching. Remind them to re-add the account in the Outlook/Teams apps on the phone.
6. If the old phone still has the app (upgrade, not loss), they can instead use "Add account" on the new phone after signing in on the old one - no TAP needed.`,
      ],
      [
        'Notes',
        'Lost phone with work data on it: also wipe work data in Intune > Apps > App selective wipe. Lost laptop is a different process (retire/wipe + BitLocker).',
      ],
    ],
  ),
  article(
    'ak-sspr',
    'Password resets, expired passwords and locked accounts (SSPR)',
    null,
    'Identity & Access',
    [
      [
        'Symptoms',
        `- "Your account is locked. You've tried to sign in too many times with an incorrect user ID or password." (AADSTS50053)
- "Your account or password is incorrect." (AADSTS50126)
- "Your password has expired" (AADSTS50055) or Windows "The user's password must be changed before signing in".
- After changing the password in the browser, the laptop still wants the old one, or Outlook keeps prompting.`,
      ],
      [
        'Cause',
        'Entra smart lockout locks for a minute after 10 bad attempts and keeps escalating; a phone or old PC with a saved wrong password will keep locking the account. Brierley is hybrid (on-prem AD + Entra Connect with password writeback), so their lockouts can also be in AD.',
      ],
      [
        'Fix',
        `1. Users can reset themselves: "Can't access your account?" on the sign-in page or https://passwordreset.microsoftonline.com (SSPR is enabled for all users, needs their Authenticator or mobile number).
2. If we reset it: verify identity (callback), M365 admin centre > Users > Reset password, tick "Require this user to change their password when they first sign in". For Brierley reset in AD Users & Computers on BPE-DC01 and unlock the account there.
3. Locked by smart lockout: wait 15 minutes, or check Entra sign-in logs for the source - an old phone mail app or a shared PC signed in as them.
4. Entra-joined laptop after a reset: it must be online. Sign in with the new password at the Windows login; if it refuses, connect to Wi-Fi from the login screen (network icon bottom right) and try again, or sign in once with the old password, lock (Win+L) and unlock with the new one.
5. Then update the password everywhere: Outlook, phone, Horizon app if relevant.`,
      ],
    ],
  ),
  article(
    'ak-conditional-access',
    'Sign-in blocked by Conditional Access (AADSTS53003, 53000, abroad, non-compliant device)',
    null,
    'Identity & Access',
    [
      [
        'Symptoms',
        `- "You cannot access this right now. Your sign-in was successful but does not meet the criteria to access this resource." Error code 53003.
- "AADSTS53003: Access has been blocked by Conditional Access policies."
- "AADSTS53000: Device is not in required device state: compliant."
- "You can't get there from here" / "Set up your device to get access".`,
      ],
      [
        'Our baseline policies',
        `- CA001 Require MFA - all users, all apps.
- CA003 Block legacy authentication.
- CA004 Block sign-ins from outside UK and Ireland (named location "Allowed countries").
- CA006 Require a compliant or Entra-joined device for desktop apps (Outlook, Teams desktop) - personal laptops get browser-only.
- CA007 Require app protection policy on mobile.`,
      ],
      [
        'Fix',
        `1. Entra admin centre > Sign-in logs > filter the user > the failed sign-in > Conditional Access tab tells you which policy blocked it.
2. Travelling abroad (CA004): needs written approval from the client's authorised contact. Add the user to the group CA-Travel-Exclusion and set a reminder in Halo for the return date to remove them. Do not add the country to the allowed list.
3. Non-compliant device (53000): see ak-intune-compliance. Personal PCs are not going to be made compliant - tell the user to use the browser.
4. Legacy auth blocked: an old app or printer using basic auth (scan-to-email - see ak-scan-to-email).
5. Never disable a CA policy to "just get them in". If urgent, use the What If tool and agree a named exclusion with the L2 on call.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Intune / Autopilot
  article(
    'ak-autopilot',
    'Autopilot provisioning fails or hangs on the Enrollment Status Page',
    null,
    'Intune & Devices',
    [
      [
        'Symptoms',
        `- New laptop sits on "Setting up your device for work" / "Device preparation" / "Device setup" / "Account setup" for over an hour.
- "Securing your hardware (Failed: 0x800705b4)" - TPM attestation timeout.
- "Something went wrong. Your organization does not allow you to enroll this device. 80180014".
- "Something went wrong. 0x80180018" or the device boots to the normal personal OOBE instead of the client's branded sign-in.
- ESP error "The installation of one or more apps failed" with an app named.`,
      ],
      [
        'Cause',
        'Hash not imported or wrong group tag, an old Intune record from a previous user (80180014), TPM firmware, or a required app failing during ESP.',
      ],
      [
        'Fix',
        `1. Check the device is in Intune > Devices > Windows enrollment > Devices with the right group tag (HF, MCG, BPE, SVLT) and a profile status of "Assigned". New laptops from our distributor are registered by them; if missing, boot to OOBE, Shift+F10 and run: powershell, Install-Script Get-WindowsAutopilotInfo, Get-WindowsAutopilotInfo -Online -GroupTag BPE.
2. 80180014 on a reused device: delete the old device from Intune > Devices > All devices (not from Autopilot devices), wait 10 minutes, then reset.
3. 0x800705b4 TPM: update the BIOS/TPM firmware, make sure the clock is right, then reset and retry. Two failures = raise with the vendor.
4. App failure during ESP: Shift+F10 > check C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log; fix the app assignment, then "Try again" or "Continue anyway" if the app isn't blocking.
5. Reset the device: Settings > System > Recovery > Reset this PC > Remove everything, or Autopilot Reset from Intune.`,
      ],
    ],
  ),
  article(
    'ak-intune-compliance',
    'Intune: device not compliant, Company Portal app installs failing',
    null,
    'Intune & Devices',
    [
      [
        'Symptoms',
        `- Company Portal says "This device doesn't meet your organisation's requirements" or the device shows "Not compliant"/"Checking status" in Company Portal.
- User blocked from Outlook/Teams desktop with AADSTS53000 (see ak-conditional-access).
- App from Company Portal fails: "0x87D1041C" (installed but not detected), "0x80070643" (MSI fatal error), "0x87D300C9", or sits on "Waiting for install status" / "Install pending".`,
      ],
      [
        'Compliance policy',
        'Windows: BitLocker on, Secure Boot on, SentinelOne running (via Defender partner connector), OS build within the last two feature updates, password/PIN set. iOS/Android (enrolled devices only): not jailbroken, OS minimum, passcode.',
      ],
      [
        'Fix',
        `1. Intune > Devices > the device > Device compliance - see which setting fails.
2. Force a sync: Settings > Accounts > Access work or school > the account > Info > Sync, or Company Portal > Settings > Sync. Then Company Portal > the device > "Check access". Compliance can take 15-30 min to update.
3. BitLocker not enabled: check the BitLocker policy is applied and the TPM is ready (tpm.msc). Windows version too old: see ak-windows-update.
4. App install failures: read C:\\ProgramData\\Microsoft\\IntuneManagementExtension\\Logs\\IntuneManagementExtension.log (CMTrace). 0x87D1041C = detection rule wrong or the app updated itself - check the version in the detection rule. 0x80070643 = an older copy is installed or a reboot is pending; reboot and retry.
5. Restart the "Microsoft Intune Management Extension" service to force a re-check of Win32 apps.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Windows 11
  article('ak-windows-update', 'Windows Update failing, stuck or "Undoing changes"', null, 'Windows', [
    [
      'Symptoms',
      `- "We couldn't complete the updates. Undoing changes. Don't turn off your computer." at every restart.
- Windows Update shows "Install error - 0x800f0922", "0x80070002", "0x800f081f" or "0x8024a105".
- NinjaOne patch report shows the same KB failing on a device for several cycles.
- Device stuck on an old feature update (23H2) and failing compliance.`,
    ],
    [
      'Cause',
      'Corrupt component store, SoftwareDistribution cache, too little free disk space, the VPN connected during install (0x800f0922), or a small recovery/system reserved partition.',
    ],
    [
      'Fix',
      `1. Check free space - feature updates need 20 GB (ak-disk-space).
2. Disconnect the VPN and reboot. Make sure the laptop is on mains power.
3. Admin prompt: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow. Reboot.
4. Reset update components: net stop wuauserv, net stop bits, net stop cryptsvc; rename C:\\Windows\\SoftwareDistribution to SoftwareDistribution.old and C:\\Windows\\System32\\catroot2 to catroot2.old; start the services again. NinjaOne script "Reset Windows Update Components" does the same.
5. Retry from Settings > Windows Update. If one KB still fails, download the .msu from the Microsoft Update Catalog and install it manually.
6. Feature updates are controlled by the Intune feature update policy and update rings (Pilot: our staff + 1 per client; Broad: everyone, 7-day quality deferral). Don't use the Installation Assistant without checking with L2.`,
    ],
    [
      'Escalate',
      'After two failed manual attempts, check C:\\Windows\\Logs\\CBS\\CBS.log for the failing package and escalate to L2 - an in-place repair install (mount the ISO, setup.exe, keep files and apps) is the next step.',
    ],
  ]),
  article(
    'ak-windows-profile',
    'Temporary profile / "The User Profile Service failed the sign-in"',
    null,
    'Windows',
    [
      [
        'Symptoms',
        `- After logging in, the desktop is blank, wallpaper default, and a toast says "We can't sign in to your account. This problem can often be fixed by signing out of your account and then signing back in." / "You've been signed in with a temporary profile."
- "The User Profile Service failed the sign-in. User profile cannot be loaded."
- Files "gone" from Desktop and Documents.`,
      ],
      [
        'Cause',
        "Windows couldn't load the profile (NTUSER.DAT locked by AV or a backup, disk full, or corruption after a forced power-off), so it created a temporary one. The user's files are almost always still in C:\\Users\\username - reassure them.",
      ],
      [
        'Fix',
        `1. Reboot once. A locked NTUSER.DAT often releases on restart.
2. Check disk space (ak-disk-space) - a full C: drive causes this.
3. Log in as the local admin (LAPS password from Intune > Devices > the device > Local admin password). Open regedit: HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList.
4. Find the user's SID. If there are two keys (one ending .bak), rename the one without .bak to .old and remove .bak from the other. Set RefCount and State to 0 in the correct key. Reboot and log in.
5. If the profile is properly corrupt: rename C:\\Users\\username to username.old, delete the SID key, log in to create a fresh profile, then copy Desktop/Documents/Downloads/browser bookmarks across. With OneDrive KFM most data resyncs by itself.
6. Remind the user to re-set Outlook signature and printers if the profile was rebuilt.`,
      ],
    ],
  ),
  article('ak-disk-space', 'Low disk space on C: - cleaning up safely', null, 'Windows', [
    [
      'Symptoms',
      `- Windows: "Low Disk Space. You are running out of disk space on Local Disk (C:)." Red bar on C: in File Explorer.
- NinjaOne alert "Disk C: free space below 10%" / "below 5 GB".
- Can't save files, updates fail, Outlook says "The disk is full".`,
    ],
    [
      'Fix',
      `1. Find what's using it: run WizTree (NinjaOne software library) as admin. Typical culprits below.
2. Outlook OST over 20 GB: reduce the cached mode slider to 12 months (File > Account Settings > double-click account).
3. OneDrive files downloaded: right-click the OneDrive folder > "Free up space". Make sure Files On-Demand is on.
4. Windows Update leftovers: Disk Cleanup (cleanmgr) > Clean up system files > Windows Update Cleanup, Previous Windows installation(s), Delivery Optimization Files. Or Settings > System > Storage > Temporary files.
5. Downloads folder full of ISOs/installers and the Recycle Bin - ask the user before deleting.
6. Enable Storage Sense (Intune config already sets it for new builds).
7. Never delete anything in C:\\Windows\\WinSxS or Installer by hand, and don't turn off the page file.
8. 128 GB SSD devices that keep filling: flag to the account manager for replacement.`,
    ],
    ['Notes', 'Server disk alerts (file server, SQL log drives) are not covered here - pass to L2.'],
  ]),
  article('ak-slow-pc', 'PC or laptop running slowly - triage checklist', null, 'Windows', [
    [
      'Symptoms',
      '"My computer is really slow", takes ages to start up in the morning, apps freeze with "(Not Responding)", fan constantly loud.',
    ],
    [
      'Triage',
      `1. Ask: everything slow or one app? Since when? At the office only or at home too (network vs device)?
2. Uptime: Task Manager > Performance > CPU > Up time. Many users never restart - over 7 days, restart first and retest. Fast Startup means "shut down" doesn't reset uptime.
3. NinjaOne > device > Performance: CPU, RAM and disk for the last 7 days. Disk at 100% on an HDD = the device needs an SSD; RAM constantly over 90% on an 8 GB machine with Teams + Chrome = RAM upgrade or replacement.
4. Task Manager > Processes sorted by CPU/Memory. Common hogs: dozens of browser tabs, Teams, OneDrive "Processing changes" (ak-onedrive-sync), SentinelOne full scan (check the S1 console - don't disable it), Windows Update installing.
5. Startup apps: Task Manager > Startup apps - disable non-business items (Spotify, printer utilities, vendor bloat).
6. Disk health: NinjaOne SMART status, and free space (ak-disk-space).
7. Power: Settings > Power > Best performance when plugged in. Laptop on a 45W charger instead of the 65W+ one throttles.
8. Thermal: fan blocked (laptop used on a bed/sofa), dust in desktop PCs on the shop floor.`,
    ],
    [
      'Escalate',
      "If hardware is under spec (under 8 GB RAM, HDD, 7+ years old), record it in the ticket and in the client's IT Glue lifecycle sheet, and tell the account manager rather than spending more time on it.",
    ],
  ]),
  article('ak-bitlocker-recovery', 'BitLocker recovery key screen at boot', null, 'Windows', [
    [
      'Symptoms',
      'Blue screen at boot: "BitLocker recovery - Enter the recovery key to get going again (Keyboard layout: English (United Kingdom))" with "Use the Recovery Key ID to identify your key: 1A2B3C4D-...". Users often describe it as a 48-digit code.',
    ],
    [
      'Cause',
      'The TPM saw something change: BIOS/firmware update (Dell/Lenovo updates via Windows Update), booting with a USB stick or from a dock, Secure Boot or TPM settings changed, a motherboard repair, or too many wrong PINs.',
    ],
    [
      'Fix',
      `1. Verify the caller (callback to the number on file). A recovery key unlocks all their data.
2. Get the first 8 characters of the Recovery Key ID from the screen.
3. Intune > Devices > find the device > Recovery keys, or Entra > Devices > the device > BitLocker keys. Match the key ID. For Brierley older domain-joined PCs, also look in AD Users & Computers > the computer object > BitLocker Recovery tab.
4. Read the 48-digit key out in groups of six. Number keys across the top work; Num Lock can be off.
5. Once booted, check Windows Update / Dell Command Update for a half-applied BIOS update and let it finish.
6. If it asks again on every boot: admin prompt, manage-bde -protectors -disable C: then manage-bde -protectors -enable C: to reseal to the TPM. Undock it before rebooting.
7. Before our own BIOS updates always run manage-bde -protectors -disable C: -RebootCount 2.`,
    ],
    [
      'Escalate',
      "No key in Intune, Entra or AD = the data can't be recovered. Escalate to L2 before anyone tries anything else; the device will need wiping and re-provisioning (ak-autopilot), data comes back from OneDrive.",
    ],
  ]),
  article(
    'ak-drivers',
    'Hardware stopped working after an update: touchpad, Wi-Fi adapter, fingerprint, camera (drivers)',
    null,
    'Windows',
    [
      [
        'Symptoms',
        `- Touchpad, webcam, fingerprint reader or Wi-Fi adapter missing or not working, often right after Patch Tuesday or a Dell/Lenovo update.
- Device Manager shows a yellow triangle: "This device cannot start. (Code 10)" or "Windows has stopped this device because it has reported problems. (Code 43)".
- Wi-Fi toggle disappears from quick settings - only Flight mode shows.
- Windows Hello: "We couldn't find a fingerprint scanner compatible with Windows Hello Fingerprint" / camera "We can't find your camera 0xA00F4244".`,
      ],
      [
        'Fix',
        `1. Check the obvious: touchpad disabled with the Fn key (Fn+F5/F6 on many laptops), camera privacy shutter closed, camera blocked in Settings > Privacy & security > Camera.
2. Device Manager > the device > Properties > Driver > Roll Back Driver if it was updated in the last few days. Reboot.
3. Otherwise run the vendor tool: Dell Command | Update, Lenovo Commercial Vantage / System Update, or HP Image Assistant (all in Company Portal). Apply drivers and BIOS (suspend BitLocker first - see ak-bitlocker-recovery).
4. Uninstall the device in Device Manager (tick "Attempt to remove the driver" only if rolling back didn't help) and Action > Scan for hardware changes.
5. Missing Wi-Fi adapter: full shutdown (hold Shift while clicking Shut down), wait 30 seconds, power on; if still missing, plug in a USB-C ethernet adapter and run Dell Command Update to reinstall the Wi-Fi driver.
6. If a bad driver came from Windows Update for many devices, tell L2 - we can pause drivers in the Intune driver update policy.`,
      ],
    ],
  ),
  article(
    'ak-docks-monitors',
    'Docking stations and monitors: screens not detected, peripherals drop out, slow charger',
    null,
    'Windows',
    [
      [
        'Symptoms',
        `- One or both external monitors black / "No Signal" / not detected when the laptop is docked.
- Monitors flicker or come up in the wrong order/resolution.
- Keyboard, mouse or wired network on the dock stop working after sleep.
- "You're using a slower charger" / "Slow charger - plug in the charger that came with your PC".
- Standard kit: Dell WD19S/WD22TB4, Lenovo ThinkPad Universal USB-C Dock, HP USB-C G5 Essential dock.`,
      ],
      [
        'Fix',
        `1. Power-cycle the dock: unplug the laptop, unplug the dock's power for 30 seconds, reconnect power then the laptop.
2. Check the USB-C cable goes into the laptop's Thunderbolt/USB4 port (lightning icon) - the other USB-C port may not carry video.
3. Win+P > Extend. Settings > System > Display > Multiple displays > Detect. Rearrange the screens to match the desk.
4. Check the monitor input source (HDMI vs DisplayPort) and swap the cable to test.
5. Update the dock firmware and graphics driver: Dell Command | Update handles WD19/WD22 firmware; Lenovo docks via Lenovo Dock Manager. The HP G5 Essential and some cheap docks use DisplayLink - install the DisplayLink driver from Company Portal.
6. Peripherals dropping after sleep: Device Manager > USB Root Hub / network adapter > Power Management > untick "Allow the computer to turn off this device".
7. Slow charger: the dock's power brick must be 130W+ for 15"/16" laptops - check the brick model. A 90W brick on a WD19S gives this warning.
8. Daisy-chained monitors (DisplayPort MST) only work on docks and monitors that support it - use two separate cables if one screen mirrors.`,
      ],
    ],
  ),
  article('ak-audio', 'No sound, microphone not working, headsets in Teams and calls', null, 'Windows', [
    [
      'Symptoms',
      `- "No audio output device is installed" / red X on the speaker icon.
- Others can't hear the user on Teams calls, or the user can't hear them; the headset works on the phone.
- Bluetooth headset sounds tinny/robotic on calls.
- Jabra / Poly headset button doesn't answer calls.`,
    ],
    [
      'Fix',
      `1. Check the headset is selected: Teams > Settings > Devices > Audio devices - choose the headset (not "Custom setup"); use "Make a test call". In Windows, Settings > System > Sound: set Output and Input, and make it the default communications device in Sound control panel.
2. Mic privacy: Settings > Privacy & security > Microphone > "Let desktop apps access your microphone" on. Check the headset's hardware mute (mic boom flipped up on many Jabras = mute).
3. Unplug and replug; try another USB port directly on the laptop, not the dock.
4. "No audio output device": Device Manager > Sound, video and game controllers - Intel Smart Sound / Realtek with a warning = reinstall via the vendor tool (ak-drivers). Restart the Windows Audio service.
5. Bluetooth headsets go to "Hands-Free" low-quality mode when the mic is active - that's normal for Bluetooth; use the USB dongle (Jabra Link 380) instead.
6. Jabra headsets: update firmware with Jabra Direct (Company Portal). Call control in Teams needs the Teams-certified variant.
7. Horizon softphone audio: see ak-horizon-phones - the Collaborate app has its own device settings.`,
    ],
  ]),
  // ---------------------------------------------------------------- Networking
  article(
    'ak-watchguard-vpn',
    "WatchGuard Mobile VPN (SSL / IKEv2) won't connect",
    null,
    'Networking/Firewall & VPN',
    [
      [
        'Symptoms',
        `- WatchGuard Mobile VPN with SSL client: "Cannot connect to server", "Connection failed. The server may be unreachable or you may have entered incorrect credentials", or stuck on "Retrieving configuration".
- Windows IKEv2 VPN: "The remote connection was not made because the attempted VPN tunnels failed" / "Error 809: The network connection between your computer and the VPN server could not be established because the remote server is not responding" / "Error 13801: IKE authentication credentials are unacceptable".
- Connected, but can't reach the file server or mapped drives.
- AuthPoint push doesn't arrive.`,
      ],
      [
        'Cause',
        "Most clients only use the VPN for an on-prem server (Brierley file/Sage server, trust admin server). Failures are usually the user's internet (hotel/public Wi-Fi blocking UDP 500/4500 or SSL on 443), wrong username format, not in the SSLVPN-Users group, an out-of-date client after a Firebox upgrade, or AuthPoint MFA.",
      ],
      [
        'Fix',
        `1. Confirm the user has working internet; on hotel/guest Wi-Fi complete the captive portal first. Try a phone hotspot.
2. Username format is just the username (e.g. jsmith) with the domain selected, or DOMAIN\\jsmith for the Brierley AD. Password is their normal password - after a reset it must be the new one.
3. Check AuthPoint: the user must approve the push on the AuthPoint app (not Microsoft Authenticator). Resend activation from WatchGuard Cloud > AuthPoint > Users if they changed phone.
4. SSL client "Retrieving configuration" failing: uninstall the Mobile VPN with SSL client and install the latest from https://<firebox-address>/sslvpn.html (address in IT Glue > client > Firewall).
5. Error 13801: the IKEv2 certificate on the laptop is missing/expired - re-run the IKEv2 client profile from Company Portal.
6. Connected but no drives: check DNS over the tunnel (ak-dhcp-dns), and that the user's home network isn't using the same subnet as the office (192.168.1.x clash).
7. Firebox side: Firebox System Manager > Authentication List to see whether they authenticate; Traffic Monitor filtered on their IP.`,
      ],
    ],
  ),
  article(
    'ak-wifi',
    'Office Wi-Fi (UniFi): dropping out, can\'t connect, "No internet, secured"',
    null,
    'Networking/Wi-Fi',
    [
      [
        'Symptoms',
        `- Laptop keeps dropping off Wi-Fi, or a whole area of the building has poor signal.
- "Can't connect to this network" or "No internet, secured".
- Staff SSID missing from the list on a new device.
- Everyone on Wi-Fi slow at certain times.`,
      ],
      [
        'Setup',
        'Every client site uses UniFi access points managed from our UniFi Site Manager (unifi.ui.com, one site per client location). Staff SSID uses WPA2/WPA3 with the key pushed to Intune devices by a Wi-Fi profile; phones and guests use the guest SSID with a captive portal. APs are powered by PoE from the Aruba Instant On switches.',
      ],
      [
        'Fix',
        `1. One user or many? If many in one area, open the UniFi site and check the AP there shows "Online" - "Disconnected" or "Adopting" means it lost power/network (ak-switch-port - power-cycle the PoE port).
2. One laptop: forget the network, toggle Wi-Fi, reconnect. Intune devices: sync in Settings > Accounts > Access work or school to get the Wi-Fi profile back.
3. Check the client in UniFi > Client Devices: signal (RSSI worse than -70 dBm = too far from an AP), and whether it's stuck on 2.4 GHz. Band steering is on; old laptops may need the adapter setting "Preferred band: 5 GHz".
4. "No internet, secured" for everyone = probably the internet, not Wi-Fi (ak-internet-outage) or DHCP (ak-dhcp-dns).
5. Wi-Fi adapter missing from the laptop entirely: ak-drivers.
6. Restart an AP from UniFi (Devices > the AP > Restart). Don't factory reset APs - they need re-adopting.
7. Persistent dead spots: log a site survey request for the account manager; don't move APs yourself.`,
      ],
    ],
  ),
  article(
    'ak-switch-port',
    'Wired network point dead / "Unidentified network" / PoE device not powering (Aruba Instant On)',
    null,
    'Networking/Switches',
    [
      [
        'Symptoms',
        `- Desk network point does nothing; laptop shows "Unidentified network" or "Network cable unplugged".
- Desk phone or access point with a blank screen/no lights (no PoE).
- Worked until desks were moved or the cleaners pulled cables.`,
      ],
      [
        'Setup',
        'Switches are Aruba Instant On 1930/1960 managed in the Instant On cloud portal. VLANs: 1 data, 20 voice (Yealink phones), 30 CCTV/OT (Brierley machine shop), 40 guest. The patch panel to switch port map for every site is in IT Glue > client > Network > Patching.',
      ],
      [
        'Fix',
        `1. Try a known-good patch lead and a different device in the same point. Check the floor box/wall port number.
2. Look the port up in the IT Glue patching sheet. If the point isn't patched at all, get someone on site to patch it to a free port on the switch (send a photo of the cab first).
3. Instant On portal > the site > Devices > the switch > Ports: link up/down, speed, PoE draw. A port "Blocked by loop protection" means someone plugged both ends of a lead into the wall or a little desk switch is looping - find and remove it, then re-enable the port.
4. Check the port's VLAN: data ports untagged VLAN 1, tagged 20 for phones. A port left on VLAN 30 or 40 gives the wrong network.
5. No PoE: check the switch PoE budget in the portal (1930 24-port = 195W) and power-cycle PoE on that port.
6. If the switch itself is offline in the portal, treat as a site network outage and escalate to L2.`,
      ],
    ],
  ),
  article(
    'ak-dhcp-dns',
    'DHCP and DNS problems: 169.254 addresses, "DNS server isn\'t responding", names not resolving',
    null,
    'Networking/DHCP & DNS',
    [
      [
        'Symptoms',
        `- ipconfig shows an IPv4 address of 169.254.x.x (APIPA) - no DHCP lease.
- Several new devices can't join while existing ones are fine.
- "DNS server isn't responding", browser "DNS_PROBE_FINISHED_NXDOMAIN" / "This site can't be reached".
- Can reach the server by IP but not by name (\\\\BPE-FS01), especially over VPN.`,
      ],
      [
        'Setup',
        "Small sites: DHCP and DNS on the WatchGuard Firebox (Network > Interfaces > the trusted interface > DHCP). Brierley and the trust's admin networks: Windows Server DHCP/DNS on the domain controllers. Scopes and reservations are documented in IT Glue > client > Network.",
      ],
      [
        'Fix',
        `1. On the PC: ipconfig /release, ipconfig /renew, ipconfig /flushdns. Note the DHCP server and DNS servers from ipconfig /all.
2. Many devices failing = scope exhausted. Firebox: Firebox System Manager > DHCP leases; Windows: DHCP console > scope > Address Leases. Guest phones and visitors fill scopes quickly - shorten the lease time to 8 hours on guest/visitor ranges, or widen the scope (check for conflicts with static devices first).
3. Check nothing rogue is handing out addresses (a home router plugged in).
4. DNS: nslookup name. If it fails against the firewall/DC, check the DNS service and forwarders (we forward to 1.1.1.1 and 8.8.8.8). If external names fail but IPs work, it's DNS not internet.
5. Internal names over VPN failing: make sure the VPN profile hands out the DC as DNS and the domain suffix (bpe.local) - SSL VPN settings on the Firebox.
6. Printers/scanners with new IPs after a scope change: add DHCP reservations (ak-print-kyocera).`,
      ],
    ],
  ),
  article(
    'ak-internet-outage',
    'Site internet down: FTTP or leased line outage, 4G failover, logging with the carrier',
    null,
    'Networking/Connectivity',
    [
      [
        'Symptoms',
        `- Whole site has no internet; often the Horizon phones are dead too.
- NinjaOne shows every device at a site offline at the same time; WatchGuard Cloud shows the Firebox offline or on the failover interface.
- Customer describes "red light on the fibre box" / "LOS".`,
      ],
      [
        'Setup',
        "FTTP from Zen (Openreach ONT on the wall, Firebox does PPPoE direct). Brierley and the trust's main school have Neos Networks 100 Mb leased lines (NTE box in the comms cab). Most sites have a Teltonika 4G router on the Firebox's second external for failover - phones work on failover, large uploads are throttled. Circuit IDs, account numbers and fault line numbers: IT Glue > client > Site > Connectivity.",
      ],
      [
        'Fix',
        `1. Check WatchGuard Cloud: is the Firebox online? If it's up on the 4G interface, the main line is down but the site is partly working - tell them.
2. Ask someone on site to look at the ONT (white Openreach box): PON should be solid green; LOS red = fibre break - nothing we can reset. For a leased line, check the NTE alarm lights.
3. Check power: ONT, Firebox and the cab all on? A tripped socket after a power cut is common. Power-cycle ONT then Firebox (wait 2 minutes between).
4. Check the Zen / Neos status pages for known outages in the area.
5. Log the fault with the carrier using the circuit ID (Zen fault line or portal; Neos NOC 24/7). Get a reference and the SLA (FTTP: best effort, engineer appointment; leased line: 5 hour fix).
6. Phones: if the line is down and there's no failover, set Horizon divert to mobiles (ak-horizon-phones).
7. Update the client every 2 hours and put the carrier ref in the Halo ticket.`,
      ],
    ],
  ),
  article(
    'ak-firewall-webblocker',
    'Website blocked by WatchGuard WebBlocker, or certificate errors from HTTPS inspection',
    null,
    'Networking/Firewall & VPN',
    [
      [
        'Symptoms',
        `- Browser shows a WatchGuard page: "Request denied by WatchGuard HTTP proxy. Reason: Category 'Uncategorized' denied by WebBlocker config 'Default-WebBlocker'" (or 'Social Networking', 'Streaming Media', 'Newly Observed Domain').
- Site works on the phone (4G) but not in the office.
- Certificate warnings on one site only in the office: "NET::ERR_CERT_AUTHORITY_INVALID" / "Your connection isn't private" - usually HTTPS content inspection.`,
      ],
      [
        'Fix',
        `1. Get the exact URL and the category from the deny page.
2. Check the category at WatchGuard's URL lookup. If the site is miscategorised, submit a recategorisation request from the lookup page as well.
3. Business sites (suppliers, banks, portals): add a WebBlocker exception - Firebox Web UI or WatchGuard Cloud > Configure > WebBlocker > the profile > Exceptions > add the domain as a pattern (*.supplier.co.uk). Note the ticket number in the description.
4. Anything personal/social/streaming needs approval from the client's authorised contact - don't unblock on the user's request.
5. Certificate errors: add the domain to the HTTPS proxy Content Inspection exception list (banking, government gateway and Apple/Microsoft update sites are already there). Check the device has the Firebox CA certificate (Intune pushes it).
6. Save and confirm with the user after 1-2 minutes.`,
      ],
      [
        'Notes',
        "The Spen Valley Learning Trust schools do not use WebBlocker for filtering - they use Smoothwall (see the trust's own runbook).",
      ],
    ],
  ),
  // ---------------------------------------------------------------- Printing & scanning
  article(
    'ak-print-kyocera',
    'Kyocera MFD printing: printer offline, jobs stuck in the queue, 0x0000011b',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        `- Printer shows "Offline" on the PC; jobs sit in the queue with "Error - Printing".
- Others in the office can print, one person can't (or vice versa).
- "Windows cannot connect to the printer. Operation failed with error 0x0000011b" when adding a shared printer.
- Printer missing from the list on a new laptop.`,
      ],
      [
        'Setup',
        'All MFDs are Kyocera TASKalfa / ECOSYS supplied under contract by Pennine Print Solutions. Queues are direct-IP TCP/IP ports using the Kyocera KX driver, deployed per client by Intune (install from Company Portal: "Printer - Office MFD"). Brierley also has a Windows print server (BPE-APP01). Printers must have a DHCP reservation.',
      ],
      [
        'Fix',
        `1. Ping the printer's IP (IT Glue > client > Printers) and open its Command Center RX page in a browser. No response = network/power - check the printer has an IP on its panel (System Menu > Network) and matches the reservation.
2. If the printer IP changed, fix the DHCP reservation (ak-dhcp-dns) rather than editing every PC.
3. Clear the queue: admin prompt, net stop spooler, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, net start spooler.
4. Printer properties > Ports: make sure "Enable bidirectional support" is off and SNMP status is unticked on the port (a common cause of false "Offline").
5. Remove and reinstall the printer from Company Portal.
6. 0x0000011b on the Brierley print server: the client must connect with the driver already installed - deploy the driver via Company Portal first, then add the shared queue. Don't lower the RpcAuthnLevelPrivacyEnabled security setting.`,
      ],
      [
        'Notes',
        'Paper jams, error codes on the panel, toner and engineer visits go to Pennine Print Solutions - see ak-print-vendor.',
      ],
    ],
  ),
  article(
    'ak-scan-to-email',
    'Kyocera scan to email / scan to folder failing (Send error 1101, 1102, 1103, 2101)',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        `- Copier screen: "Send error. 1102" / "Error 1101" / "1103" / "2101" after pressing Start on a scan.
- Scans used to arrive and have stopped, often after a password change or Microsoft changing something.
- Scan to folder says it sent but nothing appears.`,
      ],
      [
        'Codes',
        `- 1101: destination host/SMTP server not found - wrong server name, DNS, or the PC's name changed.
- 1102: login failure - wrong username/password for SMTP or the SMB share.
- 1103: no permission to the folder, or the path doesn't exist.
- 2101: couldn't connect - network, port blocked, or SMB1 only.`,
      ],
      [
        'Fix',
        `1. Scan to email: our standard is SMTP relay to the client's Exchange Online connector (smtp host = the client's MX, e.g. domain-co-uk.mail.protection.outlook.com, port 25, no auth) via the Firebox static IP. Older setups use SMTP AUTH to smtp.office365.com:587 with a scanner@ account - these break when the password expires or SMTP AUTH is turned off (1102). Move them to the relay connector; document it in IT Glue.
2. Check the inbound connector in the EAC (Mail flow > Connectors > "Scanner relay") still has the site's current public IP - if the site changed ISP the IP changed.
3. Scan to folder: the share and the local account svc-scan are documented in IT Glue. Check the password hasn't changed, the share still exists, and the PC name/IP in the address book entry is correct. Use the IP or full name.
4. Test from Command Center RX > Address Book > the entry > Connection Test.
5. On the MFD make sure SMB client is SMB2/3 (Network > Protocol > SMB client on).
6. Scans arriving in Junk/quarantine: see ak-exo-quarantine.`,
      ],
    ],
  ),
  article(
    'ak-print-vendor',
    'Copier hardware faults, toner and service calls - Pennine Print Solutions',
    null,
    'Printing & Scanning',
    [
      [
        'Symptoms',
        `- Panel shows "Call service" with a code (e.g. C6000 fuser error, C7990 waste toner full), "Paper misfeed" / "Paper jam in cassette 1" that keeps recurring, streaks/lines on every page.
- "Toner is low" / "Add toner" and no replacement has arrived.
- Meter reading requests, finisher/stapler faults.`,
      ],
      [
        'Cause',
        'Hardware and consumables are covered by the managed print contract with Pennine Print Solutions, not by us. Their Kyocera Fleet Services (KFS) monitoring orders toner automatically when levels drop below 20% and raises service calls for some error codes.',
      ],
      [
        'Fix',
        `1. For a single jam: get the user to follow the animation on the panel; check for torn paper, wrong paper weight in the bypass tray.
2. For a C-code or repeating fault: power off, wait 1 minute, power on once. If it comes back, log with Pennine: service desk 01632 960 410 or the portal, quoting the serial number (on the sticker inside the front door, and in IT Glue > client > Printers).
3. Toner: check the KFS portal to see whether an order is already in transit. If not, order via the Pennine portal. Spare toner is kept in the comms cupboard at most sites.
4. Tell the user the expected response time (Pennine SLA: 8 working hours for engineer visits) and put the Pennine reference in the Halo ticket.
5. If KFS shows the device offline, re-enable the KFS agent on the device (Command Center RX > Management Settings) - Pennine will call us about it otherwise.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article('ak-phishing', 'User reports a phishing email or clicked a suspicious link', null, 'Security', [
    [
      'Symptoms',
      '"Is this email genuine?" - fake DocuSign/SharePoint/"shared a document", Microsoft password expiry, parcel delivery, HMRC refund, voicemail notifications. Or "I clicked a link in an email, what do I do?"',
    ],
    [
      'Fix',
      `1. Ask the user to use the "Report" button in Outlook > Report phishing (not forward it) - it goes to us and Microsoft. If they forward it, ask for it as an attachment so the headers survive.
2. Ask: did you click? Did you enter your password or approve an MFA prompt? Did you open/enable an attachment?
3. If they typed a password or approved a prompt: go to ak-compromised-account now.
4. If they opened an attachment: check SentinelOne for that device (ak-sentinelone-alert).
5. Find everyone who got it: Defender > Email & collaboration > Explorer, filter by sender or subject. Select all > Take action > Move to deleted items / Soft delete. Check "URL clicks" for anyone else who clicked.
6. Block the sender and the URL in Tenant Allow/Block List.
7. If it came from a real supplier's mailbox (their account is compromised), warn the client and let the supplier know by phone.
8. Reply to the user and thank them for reporting - we want more of this.`,
    ],
  ]),
  article('ak-sentinelone-alert', 'SentinelOne threat alert triage', null, 'Security', [
    [
      'Symptoms',
      `- Alert email "SentinelOne: New threat detected on BPE-LT-014" with Confidence level Malicious/Suspicious and Mitigation status Mitigated / Not mitigated.
- User sees a SentinelOne pop-up: "SentinelOne has detected and blocked a threat".
- An app suddenly won't start after an update (possible false positive).`,
    ],
    [
      'Fix',
      `1. Open the threat in the SentinelOne console (client site). Read the storyline: process tree, file path, how it got there (browser download, Outlook attachment, USB).
2. Mitigated + Malicious with a clear source (e.g. a download in Downloads, blocked before execution): confirm quarantine, mark "Resolved - true positive", tell the user what happened. Scan the device (full disk scan).
3. Not mitigated, or behavioural (ransomware, credential theft, LSASS access, living-off-the-land PowerShell): Network Quarantine the device immediately from the console, then phone L2 / the security lead - don't wait for email.
4. Suspicious on a known business app (Sage, SolidWorks add-in, DNC software, a new printer driver): check the hash on VirusTotal and the signer. If it's genuine, mark as false positive and request an exclusion by hash (not folder) - exclusions must be approved by L2.
5. If the threat arrived by email, follow ak-phishing too; if credentials may be stolen, ak-compromised-account.
6. Record the outcome in the Halo ticket and close the alert in the console so the client report is accurate.`,
    ],
    [
      'Notes',
      'An endpoint with "Agent offline" for over 7 days is a separate NinjaOne task - not this runbook.',
    ],
  ]),
  article(
    'ak-compromised-account',
    'Compromised Microsoft 365 account: containment and clean-up',
    null,
    'Security',
    [
      [
        'Symptoms',
        `- Contacts receiving emails "from" the user with a link/PDF they didn't send; lots of bounce-backs in the Inbox.
- User can't send: "550 5.1.8 Access denied, bad outbound sender" - Microsoft has restricted them for spam.
- Inbox rules the user didn't create (move all mail to "RSS Feeds", "Conversation History" or Archive, delete anything containing "invoice").
- Sign-ins from other countries, new MFA method the user didn't add, "impossible travel" alert.`,
      ],
      [
        'Fix (do in this order)',
        `1. Block sign-in for the user in the M365 admin centre.
2. Reset the password (long, random) and Revoke sessions (Entra > the user > Revoke sessions).
3. Entra > Authentication methods: remove any method the user doesn't recognise (attackers add their own Authenticator).
4. Exchange: remove malicious Inbox rules (Get-InboxRule -Mailbox user | fl Name,Description) and any mailbox forwarding. Check Sent Items and Deleted Items for what was sent.
5. Entra > Enterprise applications > check for odd consented apps (e.g. "PERFECTDATA SOFTWARE", "eM Client") and remove the user's consent.
6. Defender > Restricted entities: release the user once the above is done, if they were blocked from sending.
7. Unblock sign-in, give the user the new password by phone, re-register MFA with a TAP (ak-mfa-reset).
8. Audit: Purview audit log for MailItemsAccessed / file downloads in the compromise window. Assume data was read.
9. Tell the client's authorised contact. If personal data may have been accessed they may need to report to the ICO within 72 hours - that's their decision, we supply the facts.
10. Warn contacts who received the phishing and check for payment redirection attempts (ak-invoice-fraud).`,
      ],
    ],
  ),
  article(
    'ak-invoice-fraud',
    'Invoice fraud / bank detail change / payment diversion (business email compromise)',
    null,
    'Security',
    [
      [
        'Symptoms',
        `- A supplier "emails to say we've changed bank" or an invoice arrives with new bank details.
- A customer/tenant/buyer says they paid into bank details they got by email and the money never arrived.
- Emails from a lookalike domain (holroydfirth.co.uk vs holroyd-firth.co.uk, rn for m) joining an existing thread.`,
      ],
      [
        'Fix',
        `1. If money has already gone: tell the client to ring their bank's fraud team immediately (minutes matter for recall), then report to Action Fraud (0300 123 2040 / actionfraud.police.uk). Get the reference for our ticket.
2. Do not reply to the email. Verify any change of bank details by phoning the supplier on a number already on file, never one in the email.
3. Work out whose mailbox was involved: get the email as an attachment and read the headers. From a lookalike domain = the attacker registered a domain and probably read a real thread, so one side's mailbox was compromised. Check our client's users first (ak-compromised-account: sign-in logs, rules, forwarding).
4. If our side is clean, tell the client to warn the other party that their mail system looks compromised.
5. Block the lookalike domain in Tenant Allow/Block List and search for other emails from it (Explorer).
6. Check the client has the external sender tag and the "first contact safety tip" enabled in the anti-phishing policy.
7. Preserve everything (emails, headers, sign-in logs export) - the bank, police and insurers will ask for it.`,
      ],
      [
        'Escalate',
        'Always escalate to the service manager the same day. Estate agents and solicitors are prime targets - for Holroyd & Firth, the completion/deposit payment process requires a phone verification step; remind them of it.',
      ],
    ],
  ),
  // ---------------------------------------------------------------- Starters & leavers
  article('ak-new-starter', 'New starter setup (all clients)', null, 'Starters & Leavers', [
    [
      'Before you start',
      'New starter requests must come from the client\'s authorised contact using the starter form (Halo portal) with at least 5 working days\' notice. Check for a "same as" user to copy groups from. Client-specific extras are listed in each client\'s IT Glue "Starter checklist" and their own runbooks.',
    ],
    [
      'Steps',
      `1. Create the user in the M365 admin centre (Brierley: in AD on BPE-DC01, OU "BPE Users", then wait for Entra Connect sync). Username first.last@domain.
2. Licence by group (LIC-M365-BusinessPremium, or BusinessBasic for frontline/care staff).
3. Add to the same M365 groups/Teams, shared mailboxes (Full Access + Send As) and distribution lists as the "same as" user.
4. Device: assign an Autopilot device with the client's group tag, set the user in the Autopilot record, and let it provision before delivery. Shared devices excluded.
5. Phone: create the Horizon user, assign the DDI and handset, add to hunt groups (ak-horizon-phones).
6. Create a Temporary Access Pass valid for 8 hours from their start time so they can register MFA on day one.
7. Line-of-business accounts: request from the client's app admin (Reapit, Arbor, PCS, Sage 200) - we don't create most LOB accounts ourselves.
8. Put the welcome letter (username, TAP, how to get help) in the ticket for the manager - never email a password to the new starter's personal address.`,
    ],
  ]),
  article(
    'ak-leaver',
    'Leaver process: disable access, mailbox, OneDrive and devices',
    null,
    'Starters & Leavers',
    [
      [
        'Before you start',
        'Leaver requests come from the authorised contact. For a dismissal or hostile leaver, do steps 1-3 immediately, even out of hours - phone the on-call tech.',
      ],
      [
        'Steps',
        `1. Block sign-in and reset the password (Brierley: disable the AD account too).
2. Revoke sessions (Entra > user > Revoke sessions) and remove their authentication methods.
3. Intune: retire/wipe company data from their phone; if they have the laptop, plan its collection.
4. Convert the mailbox to a shared mailbox (M365 admin > user > Mail > Convert to shared mailbox) and give the manager Full Access. Under 50 GB needs no licence.
5. Forwarding/out of office if the client wants one - forwarding to an internal address only.
6. OneDrive: Users > the user > OneDrive > "Create link to files" for the manager. OneDrive retention after deletion is 30 days in our tenants - tell the manager to copy what they need.
7. Remove licences (once converted) and remove from groups, Teams, distribution lists, hunt groups.
8. Horizon: remove the user or re-assign the DDI; reset the handset.
9. LOB apps: ask the client to disable Reapit/Arbor/Sage/PCS accounts; remove VPN/AuthPoint.
10. Returned laptop: Autopilot reset or wipe from Intune, update IT Glue configuration and the asset's assigned user.
11. Record everything done in the ticket - clients use it for their audit trail.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Backup
  article(
    'ak-restore-m365',
    'Restoring deleted emails, files and folders (M365 and Datto SaaS Protection)',
    null,
    'Backup & Restore',
    [
      [
        'First, the built-in bins',
        `- Emails: Deleted Items, then "Recover items deleted from this folder" in Outlook/webmail (Deleted Items > right-click) - 30 days after emptying.
- OneDrive/SharePoint/Teams files: site or OneDrive Recycle Bin (93 days total, first stage then second-stage "Second-stage recycle bin" at the bottom of the page).
- Whole library gone wrong (mass delete, encrypted by malware, files moved by sync): OneDrive Settings > Restore your OneDrive / SharePoint site Settings > Restore this library to a time in the last 30 days.`,
      ],
      [
        'Older than that: Datto SaaS Protection',
        `1. Datto Partner Portal > SaaS Protection > the client > Exchange / OneDrive / SharePoint / Teams.
2. Find the user or site, pick a backup point before the deletion (backups run 3 times a day; retention is infinite time-based for our clients).
3. Browse to the item. Restore to the original location (restores into a folder named "Restored items - date") or Export to download a PST/zip.
4. For Teams, files restore to the channel's SharePoint folder; chats aren't restorable to the app - export only.
5. Tell the user where the restored items are.`,
      ],
      [
        'On-prem file shares',
        'Brierley and trust file servers: restore from Veeam (Previous Versions works for the last 7 days on the share: right-click the folder > Properties > Previous Versions).',
      ],
    ],
  ),
  article(
    'ak-backup-failure',
    'Backup failure alerts: Veeam and Datto SaaS Protection',
    null,
    'Backup & Restore',
    [
      [
        'Symptoms',
        `- Email "[Failed] Job BPE-Servers-Nightly (2 VMs) 1 failed, 0 warnings" or "[Warning]" from Veeam B&R.
- Veeam errors: "Failed to create VM snapshot", "VSSControl: Failed to prepare guest for hot backup. Error: VSS writer failed", "Not enough free space on repository", "Unable to allocate processing resources", "Failed to upload to Wasabi: Access Denied".
- Datto SaaS Protection: "Backup status: Partial" or seats "Unprotected", "Insufficient licence".`,
      ],
      [
        'Fix - Veeam',
        `1. Open the job log on the Veeam server (BPE-BKP01 / SVLT-BKP01) and find the failing VM and step.
2. VSS writer failures: on the guest, vssadmin list writers - a writer in "Failed" state (usually SQL or Exchange writer). Restart the related service (SQL VSS Writer) or reboot the guest out of hours, then retry the job.
3. Repository full: check the retention points and the repo disk; delete orphaned restore points only with L2. Move old chains to Wasabi via the capacity tier.
4. Credentials: the guest processing credential may have expired (svc-veeam password) - update in Veeam credential manager.
5. "Unable to allocate processing resources": another job or a stuck session - stop the stuck session, restart the Veeam Backup Service if needed.
6. Retry the job and confirm success before closing.`,
      ],
      [
        'Fix - Datto SaaS',
        `1. Unprotected seats are usually new starters: SaaS Protection > the client > Exchange/OneDrive > Auto-add should be on; tick the new users.
2. Seat count exceeded: raise with the account manager to add seats - don't untick leavers' archives without asking.
3. Partial backups with token errors: re-authorise the M365 connection with a Global Admin.`,
      ],
      ['Escalate', 'Any server without a successful backup for 2 nights is a P2 - escalate to L2.'],
    ],
  ),
  // ---------------------------------------------------------------- Telephony
  article(
    'ak-horizon-phones',
    'Gamma Horizon phones: handset "No Service", Collaborate app, diverts, out-of-hours and voicemail',
    null,
    'Telephony',
    [
      [
        'Symptoms',
        `- Yealink handset (T46U/T54W/W73P DECT) shows "No Service", "Network unavailable" or "Account unregistered", or the screen is blank.
- Horizon Collaborate app on PC/mobile: "Unable to connect to server" or won't sign in.
- Calls not going to the right people, out-of-hours message not playing, need to divert to mobiles.
- Forgotten voicemail PIN.`,
      ],
      [
        'Fix - handsets',
        `1. Blank screen: no PoE - check the cable goes from the switch/wall to the phone's "Internet" port and the port works (ak-switch-port). The PC plugs into the phone's "PC" port.
2. "No Service"/"Account unregistered": reboot the phone (unplug 10 s). If the whole site is affected it's the internet (ak-internet-outage).
3. Still unregistered: Horizon admin portal > Sites > the user > Devices - check the MAC address matches the handset (sticker on the back). Re-provision from the portal and reboot.`,
      ],
      [
        'Fix - app, diverts, schedules',
        `1. Collaborate app: sign in with the Horizon username (usually the email) and the Collaborate password, not the M365 password; reset it from the Horizon portal > user > Collaborate. Audio device settings are inside the app.
2. Divert a user: on the handset press DND/Forward, or in the portal user > Call forwarding > Always to a mobile.
3. Site emergency (line down, snow day): Horizon portal > the hunt group / auto attendant > Call forwarding always to the nominated mobile, and set it back afterwards.
4. Bank holidays/Christmas closure: Horizon portal > Site > Time schedules > Holiday schedule - add the dates, the auto attendant plays the closed message. Test by calling in.
5. Voicemail PIN: portal > user > Voicemail > Reset PIN.
6. Hunt group membership: portal > Hunt groups > Members.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Remote access
  article(
    'ak-avd',
    "Azure Virtual Desktop (remote Sage desktop): can't connect, no resources, FSLogix profile errors",
    null,
    'Remote Access',
    [
      [
        'Setup',
        'Remote users who need on-prem line-of-business apps (mainly Brierley\'s Sage 200 and finance users) use an AVD host pool "hp-bpe-finance" in UK South, accessed with the Windows App (formerly Remote Desktop client) or https://windows.cloud.microsoft. Profiles are FSLogix containers on an Azure Files share. A scaling plan shuts session hosts down at 19:00 and weekends; Start VM on Connect is enabled.',
      ],
      [
        'Symptoms',
        `- "We couldn't connect because there are currently no available resources. Try again later or if this keeps happening, ask your admin for help."
- "Your session ended because of an error. If this keeps happening, ask your admin or tech support for help. Error code: 0x3000047" or 0x3000046.
- Desktop missing from the Windows App feed.
- Logs in to a blank/temporary profile, or "FSLogix: The user profile failed to attach. Reason: Access is denied" / "profile is already in use".`,
      ],
      [
        'Fix',
        `1. Out of hours the first connection may take 3-5 minutes while a host starts (Start VM on Connect) - ask the user to retry once after 5 minutes.
2. No resources: Azure portal > Host pools > hp-bpe-finance > Session hosts - any "Unavailable" or in drain mode? Take drain mode off / start a host. Check the host isn't at max session limit.
3. Desktop missing: the user must be in the group AVD-BPE-Finance-Users (assigned to the application group). Refresh the feed in the Windows App (... > Refresh).
4. 0x3000047: usually a host that has gone unhealthy - check Session host health checks, restart the VM.
5. FSLogix "already in use": a previous session didn't log off. Find and log off the user's old session in Host pools > User sessions. Access denied: check the user has share permissions on the profiles share (Azure Files RBAC: Storage File Data SMB Share Contributor via the AVD users group).
6. Inside the session, Sage problems: see the Brierley Sage 200 runbook.`,
      ],
    ],
  ),

  // ================================================================ Client: Holroyd & Firth Estate Agents Ltd
  article(
    'ak-hf-reapit',
    "Holroyd & Firth: Reapit AgencyCloud won't open / keeps logging out",
    holroyd,
    'Line of Business/Reapit',
    [
      [
        'Overview',
        "H&F use Reapit Foundations / AgencyCloud for sales, lettings and the diary across Huddersfield, Holmfirth and Brighouse branches. AgencyCloud is a desktop application installed per user (ClickOnce) and signs in through Reapit Connect (their own login, not Microsoft). User accounts are managed by Diane Firth (office manager) in Reapit Admin - we don't create or delete Reapit users.",
      ],
      [
        'Symptoms',
        `- "Application cannot be started. Contact the application vendor." when launching AgencyCloud.
- "Your session has expired. Please log in again." every few minutes, or the login window loops.
- "Incorrect username or password" on Reapit Connect.
- AgencyCloud very slow to load properties or the diary.`,
      ],
      [
        'Fix',
        `1. "Application cannot be started": corrupt ClickOnce cache. Close AgencyCloud, delete %localappdata%\\Apps\\2.0 and reinstall from the AgencyCloud link on the desktop (also in IT Glue). User settings are server-side, nothing is lost.
2. Session expiry loops: check the PC clock is correct; clear the Reapit Connect cookies in Edge (it uses the Edge WebView); make sure only one AgencyCloud instance is running.
3. Login failures: the user resets at connect.reapit.cloud > Forgot password. MFA for Reapit Connect is reset by Diane or by Reapit support - not us.
4. Slow: check Reapit's status page (status.reapit.cloud) and the branch internet. Holmfirth is on FTTP with 4G failover - on failover, Reapit will be slow.
5. Reapit support: via the Reapit Service Portal under H&F's account; Diane is the named contact, we can log on her behalf.`,
      ],
    ],
  ),
  article(
    'ak-hf-portal-feeds',
    'Holroyd & Firth: property not updating on Rightmove / Zoopla / OnTheMarket',
    holroyd,
    'Line of Business/Reapit',
    [
      [
        'Symptoms',
        `- A property changed to Sold STC / Let Agreed / price reduced in Reapit but Rightmove or Zoopla still shows the old status or price after several hours.
- New instruction not appearing on the portals, or photos/floorplan missing.
- Negotiator says "Rightmove is down" but the website works.`,
      ],
      [
        'Cause',
        'Reapit sends changes to the portals in a feed that runs roughly every 15 minutes; the portals then take up to a few hours to publish. Most "not updating" issues are data in Reapit: the property isn\'t ticked for that portal, status is still "Pre-appraisal", a mandatory field (EPC, tenure, council tax band) is missing, or photos are over 10 MB or not marked for publishing.',
      ],
      [
        'Fix',
        `1. In AgencyCloud, open the property > Marketing tab > Portals: check Rightmove/Zoopla/OTM are ticked and the status is "Available/Under offer/Sold STC".
2. Check the portal feed log: Marketing > Portal activity shows "Sent" / "Rejected" with a reason (e.g. "Rejected: missing EPC rating"). Fix the field and save - it re-sends on the next cycle.
3. Photos: resize to under 10 MB, JPG, and tick "Publish".
4. If Reapit shows "Sent" hours ago and the portal still shows old data, it's on the portal's side - Diane can log it with Rightmove customer support (H&F branch IDs are in IT Glue).
5. If all properties stopped updating, raise with Reapit support - the feed may be down.`,
      ],
      [
        'Notes',
        "This is mostly not an IT fault. Be helpful, but point the branch to Diane for training if it's a data entry issue.",
      ],
    ],
  ),
  article(
    'ak-hf-window-displays',
    'Holroyd & Firth: shop window display screens blank or showing old properties',
    holroyd,
    'Devices/Window displays',
    [
      [
        'Setup',
        'Each branch window has two portrait 55" Samsung high-brightness screens. Behind each is an Intel NUC running the Spectra Display player, which pulls listings from Reapit every 30 minutes. The NUCs are standalone (not Intune), auto-log on as the local account "window", and are on the guest VLAN. Credentials and the NUC IPs are in IT Glue > H&F > Window displays. Screens power on 07:30 and off 21:00 on a schedule in the Samsung menu.',
      ],
      [
        'Symptoms',
        `- Screen shows "No Signal" or is black in the day.
- Windows lock screen / login screen / "Updates are available" visible in the window.
- Player shows "Offline - last synced" with an old date, or properties that have sold.`,
      ],
      [
        'Fix',
        `1. Black/No Signal: check the Samsung has power and is on the right input (HDMI1). After a power cut the screen's schedule can reset - press the power button on the remote (kept in the branch manager's drawer).
2. NUC showing the Windows login: the auto-logon broke (usually after a Windows update). Log in as "window" with the password from IT Glue; re-run Autologon (Sysinternals) on the NUC to save it. Spectra starts from the Startup folder.
3. Old listings / offline: check the NUC has internet (it's on guest Wi-Fi/VLAN 40) - the guest network's captive portal must not apply to the NUC MAC addresses (they're pre-authorised in UniFi; a new NUC needs adding). Then in Spectra > Settings > Sync now.
4. Remote fix: the NUCs have TeamViewer Host (ID in IT Glue) - they have no NinjaOne agent.
5. Spectra support for template/layout changes - that's Diane's, not ours.`,
      ],
    ],
  ),
  article(
    'ak-hf-valuer-ipads',
    'Holroyd & Firth: valuer and lister iPads (enrolment, Reapit app, photos and floorplans)',
    holroyd,
    'Devices/iPads',
    [
      [
        'Setup',
        'Six iPads (10th gen, cellular) used by valuers and the lister for valuations and property photos. Enrolled in Intune through Apple Business Manager (automated device enrolment), apps pushed: Reapit Sales app, Metropix (floorplans), Outlook, Teams. Photos are taken in Metropix or the camera and uploaded to the property in Reapit.',
      ],
      [
        'Symptoms',
        `- iPad stuck on "Remote Management - Holroyd & Firth can automatically configure your iPad" or won't get past setup after a reset.
- Apps missing or "Waiting...".
- Photos/floorplans not appearing against the property in Reapit.
- iPad lost or left at a viewing.`,
      ],
      [
        'Fix',
        `1. Remote Management screen: this is expected - tap Next and sign in with the valuer's work account. If it errors, check the serial is assigned to the Intune MDM server in ABM and has the "HF-iPad" enrolment profile.
2. Missing apps: Intune > Apps > the app > Device install status. Make sure the VPP token in Intune isn't expired (renews yearly in April - IT Glue has the reminder) and there are free licences.
3. Photos not uploading: usually no signal at the property - uploads queue and resume. Open Metropix > Jobs > "Pending uploads" and tap Retry once on Wi-Fi. Check the SIM data allowance on the Vodafone portal.
4. Lost iPad: Intune > the device > Lost mode with the branch phone number, then locate. If not found in 24h, wipe. Tell Diane so the SIM can be barred.`,
      ],
    ],
  ),

  // ================================================================ Client: Moorside Care Group Ltd
  article(
    'ak-mcg-pcs-handsets',
    "Moorside Care: Person Centred Software (mCare) handsets not syncing or can't log in",
    moorside,
    'Line of Business/Person Centred Software',
    [
      [
        'Setup',
        "Both homes (Moorside Lodge, Linthwaite and Hollins House, Marsden) record care notes on Person Centred Software's Mobile Care Monitoring app, on Samsung Galaxy XCover handsets enrolled in Intune as dedicated devices (kiosk mode). Carers log in to the app with their own PCS PIN. Handsets sync over the staff Wi-Fi. PCS accounts and PINs are managed by each home's manager in the PCS portal.",
      ],
      [
        'Symptoms',
        `- Handset says "Last synced 3 hours ago" or "Sync failed - check your connection"; care notes not showing on the office PC.
- "Device not registered" / "This device is not authorised for this care home".
- Carer's PIN rejected.
- Handset stuck on the Samsung/Intune kiosk screen with no app.`,
      ],
      [
        'Fix',
        `1. PIN rejected or new carer: the home manager resets it in the PCS portal - not us.
2. One handset not syncing: check Wi-Fi (swipe down - kiosk mode still shows the Wi-Fi icon). Dead spots are known in the Hollins House east wing upstairs; walk to the lounge and sync. Data is stored on the handset until it syncs - do not factory reset a handset with unsynced notes.
3. All handsets at a home not syncing: check the PCS status page and the home's internet (ak-internet-outage). If both are fine, ring PCS support.
4. "Device not registered": the handset needs registering to the home in the PCS portal (Devices > Add, using the code shown on the handset) - the manager or PCS support can do it.
5. Kiosk with no app: Intune > Devices > Android > the handset > Sync; check the Managed Home Screen app config. Reboot (hold power 10 s).
6. Broken handset: spares are in each manager's office, pre-enrolled; swap and register. Return the broken one to us.`,
      ],
    ],
  ),
  article(
    'ak-mcg-emar',
    'Moorside Care: eMAR (Atlas eMAR) tablets not syncing with the pharmacy',
    moorside,
    'Line of Business/eMAR',
    [
      [
        'Setup',
        'Medicines are administered using Atlas eMAR on two iPads per home, one on each medication trolley. The pharmacy (Calder Pharmacy) sends MAR charts to Atlas; the iPads sync over staff Wi-Fi. iPads are supervised and enrolled in Intune, single-app mode.',
      ],
      [
        'Symptoms',
        `- Atlas shows "Unable to sync - check your connection" or a red cloud icon; night staff can't see changes the pharmacy made today.
- New resident's medication missing from the round.
- iPad says "Update required" or the app has logged out.`,
      ],
      [
        'IMPORTANT',
        'Never delete the Atlas app, sign out, or wipe/reset an eMAR iPad unless Atlas support confirm it has no unsynced administrations. Unsynced records on the device are the legal medication record and will be lost.',
      ],
      [
        'Fix',
        `1. Medication rounds must not stop: Atlas works offline - staff carry on and it syncs later. If the app can't open at all, the home uses the paper MAR backup in the clinic room file.
2. Check Wi-Fi on the iPad (it is kiosked; Control Centre still opens). Move the trolley near the office AP and pull down to sync.
3. Check the home's internet and whether other devices work.
4. Missing new medication is usually the pharmacy not having sent it yet - the nurse in charge phones Calder Pharmacy first.
5. "Update required": Intune > Apps > Atlas eMAR - push the update; do it between rounds (10:00-12:00 or 14:00-16:30).
6. App issues: Atlas eMAR support (24/7 line in IT Glue). Log it as P1 in Halo if both iPads at one home are down.`,
      ],
    ],
  ),
  article(
    'ak-mcg-nhsmail',
    'Moorside Care: NHSmail accounts (home shared mailbox, password expiry, adding to Outlook)',
    moorside,
    'Line of Business/NHSmail',
    [
      [
        'Setup',
        "Both homes have an NHSmail shared mailbox (moorsidelodge.care@nhs.net, hollinshouse.care@nhs.net) used for GP, hospital discharge and district nurse communication. Home managers and deputies have personal nhs.net accounts with access to the shared mailbox. NHSmail is NOT in the client's Microsoft 365 tenant - we can't reset passwords or change permissions. The care provider Local Administrator (LA) function is provided by the NHSmail national helpdesk.",
      ],
      [
        'Symptoms',
        `- "Your password has expired" / "Your account has been locked" on portal.nhs.net or email.nhs.net.
- Can't see the home's shared mailbox.
- Trying to add nhs.net into Outlook: "Something went wrong and Outlook couldn't set up your account" or it adds the Moorside M365 account again.`,
      ],
      [
        'Fix',
        `1. Expired/locked password: user resets at portal.nhs.net > Forgotten password, using their registered mobile (security questions for older accounts). NHSmail passwords expire every 365 days.
2. No registered mobile/locked out fully: ring the NHSmail National Helpdesk (0333 200 1133) - the user must call themselves for identity checks.
3. Shared mailbox access: requested from the NHSmail helpdesk by an existing owner of the shared mailbox (the home manager).
4. Using NHSmail: the supported route is email.nhs.net in Edge. Add a pinned tab/favourite on the office PC. If Outlook desktop is needed, add it as a second account: File > Add account > type the nhs.net address > Advanced > Let me set up my account manually > Microsoft 365. It will prompt for NHSmail sign-in with their MFA.
5. On phones, NHSmail can be added in Outlook mobile as a second account; NHSmail's own policies apply.`,
      ],
    ],
  ),
  article(
    'ak-mcg-nurse-call',
    'Moorside Care: nurse call display PC / nurse call system faults',
    moorside,
    'Devices/Nurse call',
    [
      [
        'Setup',
        "Both homes have an Aidcall nurse call system (call points in rooms, pagers carried by staff). At each nurses' station a Windows PC runs Aidcall Site Manager, which shows live calls on a screen and keeps the call log used for CQC evidence. The PC connects to the Aidcall controller over a USB-serial adapter. The nurse call system itself (call points, pagers, controller) is maintained by Aidcall under contract - we only support the PC and network.",
      ],
      [
        'Symptoms',
        `- Nurse station screen blank, frozen, or Site Manager says "No connection to controller" / "COM port not available".
- Calls still go to pagers but don't show on the screen or in the log.
- Pagers not receiving calls at all.`,
      ],
      [
        'Fix',
        `1. Safety first: if pagers are NOT receiving calls, that's a resident safety issue - the home must start their contingency (regular room checks) and ring Aidcall's 24/7 line immediately. Log as P1 and call the home back within 15 min.
2. PC screen only: check the PC and monitor are powered. Restart the PC; Site Manager starts automatically and logs in as the local account "nursecall".
3. "No connection to controller" / COM port: the USB-serial adapter must be in the same USB port (labelled) - if moved, Windows gives it a new COM number. Device Manager > Ports (COM & LPT) - Site Manager expects COM4. Change it back in Port Settings > Advanced.
4. Don't let Windows Update restart this PC during the day: it's in the "MCG-NurseCall" update ring with restarts 02:00-04:00 only.
5. Anything beyond the PC: Aidcall service (contract number in IT Glue).`,
      ],
    ],
  ),
  article(
    'ak-mcg-visitor-wifi',
    "Moorside Care: visitor and resident Wi-Fi (vouchers, residents' devices)",
    moorside,
    'Site Info/Wi-Fi',
    [
      [
        'Setup',
        `Three networks at each home on UniFi:
- Moorside-Staff (staff devices, Intune pushed).
- Moorside-Guest: visitors, captive portal with hotspot vouchers. Reception prints vouchers from the UniFi Hotspot Manager (login in IT Glue; the managers have an operator account). Vouchers last 7 days, 2 devices each.
- Moorside-Residents: residents' own tablets, smart speakers, TVs. WPA2 key on the card in each room pack; no portal. Client-isolated.`,
      ],
      [
        'Symptoms',
        `- Visitor: "voucher invalid" / "Authorization failed" / portal page doesn't appear.
- Resident's Alexa/Echo Show, Kindle or smart TV can't connect, or connects then says no internet.
- Family want a longer-term connection for a resident.`,
      ],
      [
        'Fix',
        `1. Voucher rejected: it's expired or already used on 2 devices. Print a new one (Hotspot Manager > Vouchers > Create). Codes are not case-sensitive, but 0/O and 1/I confusion is common.
2. Portal page not appearing: open a browser and go to neverssl.com to trigger it.
3. Smart speakers/TVs can't do captive portals - put them on Moorside-Residents, not Guest. Give family the residents' key from the room pack.
4. "Connected, no internet" on Residents: check the resident network in UniFi - client isolation stops Alexa talking to a phone on the same network, so the Alexa app setup must be done with the phone on the Residents network too.
5. Long-term stays: residents' network is the answer; don't make long vouchers.
6. Staff device problems are not this runbook - see ak-wifi.`,
      ],
    ],
  ),

  // ================================================================ Client: Brierley Precision Engineering Ltd
  article(
    'ak-bpe-sage200',
    'Brierley: Sage 200 won\'t connect, version mismatch, "All licences in use"',
    brierley,
    'Line of Business/Sage 200',
    [
      [
        'Setup',
        'Sage 200 Professional (with Manufacturing) on-prem: application server BPE-APP01, SQL on BPE-SQL01 (database Sage200_Brierley). Client installed on office PCs and on the AVD finance hosts. 12 concurrent licences. Sage business partner: Dales Business Software (support contract, contact in IT Glue).',
      ],
      [
        'Symptoms',
        `- "Unable to connect to the Sage 200 application server" / "The Sage 200 Services could not be reached".
- "The version of Sage 200 installed on this computer does not match the version on the server. Please update your Sage 200 client."
- "All licences are in use. Please try again later."
- Sage logs in but reports/SOP screens error with "SQL Server timeout expired".`,
      ],
      [
        'Fix',
        `1. Server side first: on BPE-APP01 check the "Sage 200 Services" and "Sage 200 Application Server" services are running; on BPE-SQL01 that SQL Server (SAGE200) is running. Restart the Sage services out of hours if possible - it kicks everyone out.
2. Version mismatch after the partner applied an update: run the client update from \\\\BPE-APP01\\Sage200Client\\Sage200ClientSetup.exe as admin (or NinjaOne script "Sage200 client update"). AVD hosts need updating too.
3. Remote users: must be on AVD or the VPN (ak-avd, ak-watchguard-vpn) - Sage client doesn't work over the internet directly.
4. Licences: Sage 200 System Administration > Licensing shows logged-in users; users who closed Sage badly hold a licence. Remove the stale session (Security > Logged on users > Remove). Persistent shortage = Brierley need to buy more (account manager).
5. SQL timeouts on month end: check BPE-SQL01 disk and CPU; tell Dales if it's a specific report.`,
      ],
      [
        'Escalate',
        'Data problems, posting errors and upgrades go to Dales Business Software. We own the servers, backups and the client deployment.',
      ],
    ],
  ),
  article(
    'ak-bpe-shopfloor',
    'Brierley: shop-floor job booking terminals (kiosk PCs, badge scanners)',
    brierley,
    'Devices/Shop floor',
    [
      [
        'Setup',
        'Five job-booking terminals in the machine shop, assembly and despatch: Lenovo M70q tiny PCs on wall arms with 22" touch monitors and Honeywell Voyager 1450g barcode scanners. They run the Sage 200 Manufacturing shop-floor data capture screen in kiosk mode, auto-logged on as BPE\\kiosk-shop1..5 (Intune kiosk profile, hybrid joined). Operators scan their badge then the job card barcode to clock on/off operations.',
      ],
      [
        'Symptoms',
        `- Scanner beeps but nothing happens, or doesn't beep/light at all.
- Terminal shows the Windows login screen instead of the booking screen.
- Booking screen says "Terminal offline - 14 transactions queued" or "Cannot connect to server".
- Touch not responding on the monitor.`,
      ],
      [
        'Fix',
        `1. Scanner doesn't light: reseat the USB cable (these get knocked). Scanner beeps but no input: it has lost its configuration - scan the "USB Keyboard (PC)" then "Add CR suffix" barcodes from the laminated sheet taped inside the despatch office cupboard (also in IT Glue).
2. Login screen: auto-logon broke, usually the kiosk account password was changed or expired - it's set never to expire; check in AD. Restart; if still at login, sign in as the kiosk account from IT Glue.
3. "Terminal offline": the terminal can't reach BPE-APP01 - check network (these are wired on VLAN 1 via the machine shop switch; coolant and swarf damage cables) then Sage 200 services (ak-bpe-sage200). Queued bookings upload automatically when it reconnects - don't restart the app while transactions are queued.
4. Touch: USB touch cable from the monitor to the PC must be connected as well as the HDMI.
5. Spare terminal is in the server room, pre-built - swap if hardware has failed.`,
      ],
    ],
  ),
  article(
    'ak-bpe-zebra',
    'Brierley: Zebra label printers in despatch and goods-in (blank labels, offset, BarTender)',
    brierley,
    'Devices/Label printers',
    [
      [
        'Setup',
        'Two Zebra ZT411 thermal transfer printers (despatch and goods-in) and one ZD421 in QC, printing box and part labels from BarTender Automation. BarTender licence server and the label templates are on BPE-APP01. Printers have DHCP reservations; ZT411s use 100 x 150 mm labels with wax/resin ribbon.',
      ],
      [
        'Symptoms',
        `- Every other label comes out blank, or the print starts halfway down the label.
- Labels print very faint or not at all; red light, "RIBBON OUT" / "PAPER OUT" on the display with media loaded.
- BarTender: "BarTender could not obtain a license from the license server" or "Printer not found" / jobs in the Windows queue but nothing prints.`,
      ],
      [
        'Fix',
        `1. Blank/offset labels after changing the roll: calibrate. On the ZT411 press Menu > Media > Media calibration, or hold PAUSE + CANCEL for 2 seconds; ZD421: hold PAUSE + FEED for 2 seconds. The printer feeds a few labels and stops on the gap.
2. Faint/none: ribbon loaded inside-out or missing. Ribbon ink side must face the labels; thermal transfer mode needs a ribbon.
3. "PAPER OUT" with labels loaded: media sensor position - slide the sensor under the label gap; clean with an IPA wipe.
4. BarTender licence error: on BPE-APP01, check the "BarTender Licensing Service" is running and port 5160 is open; restart the service. Licence seat count is in the BarTender Administration Console.
5. Printer not found: ping the printer IP (on the printer's config label - hold FEED to print it) and compare with the reservation.
6. Print head damage (white lines through barcodes): that's a consumable - order a head via Brierley's purchasing, don't call Pennine (they only do the Kyocera copiers).`,
      ],
    ],
  ),
  article(
    'ak-bpe-cnc-dnc',
    'Brierley: DNC PC - sending programs to the CNC machines',
    brierley,
    'Devices/Machine shop',
    [
      [
        'Setup',
        "BPE-DNC01 (Windows 10 IoT Enterprise LTSC, not domain joined) runs Predator DNC, which sends NC programs to the machines: three Haas VF-series mills (network, via Haas Net Share on the share \\\\BPE-DNC01\\HAAS) and two older Mazak lathes (RS-232 via a Moxa NPort serial server). It sits on the OT VLAN 30 with firewall rules allowing only the CAM PCs to drop programs onto it. It is excluded from Windows Update rings and patched quarterly with the production manager's agreement. Don't join it to the domain, install the NinjaOne agent, or reboot it during a shift without asking.",
      ],
      [
        'Symptoms',
        `- Machine operator: "Can't load the program on the Mazak" / control shows "Timeout" or "Parity error".
- Predator: "Port COM3 not available" / "Unable to open port".
- Haas: "Net Share not connected" / program list empty.
- CAM engineers can't save to the DNC share.`,
      ],
      [
        'Fix',
        `1. COM port errors: the Moxa NPort must be reachable (ping its IP on VLAN 30) and the NPort Windows Driver Manager must map it to COM3/COM4. Reboot the NPort (power) if it doesn't respond. Don't change baud rate settings in Predator - they match each control.
2. Parity/timeout on the Mazak: often the operator pressed read on the control before sending, or the serial cable got damaged. Retry in the right order; check the cable.
3. Haas Net Share: on the Haas control Settings > Network > Net Share - "Remote Net Share" enabled, share name, username dnc with the password in IT Glue. If BPE-DNC01's password changed, update it on each machine.
4. CAM PCs can't write to the share: check firewall rule "CAM-to-DNC" on the Firebox and share permissions.
5. SentinelOne has flagged Predator before as suspicious - check the console (ak-sentinelone-alert) if it stopped after an agent update.`,
      ],
    ],
  ),
  article(
    'ak-bpe-solidworks',
    'Brierley: SolidWorks "Could not obtain a license" (SolidNetWork License Manager)',
    brierley,
    'Line of Business/SolidWorks',
    [
      [
        'Setup',
        'Four SolidWorks Standard and two Professional network licences served by the SolidNetWork License Manager (SNL) on BPE-APP01, ports 25734 (lmgrd) and 25735 (vendor daemon SW_D). Reseller: Solid Solutions (licence transfers and renewals). Engineers work in the office or remotely over the VPN.',
      ],
      [
        'Symptoms',
        `- "Could not obtain a license for SOLIDWORKS Standard. Cannot connect to license server system. (-15,10,10061)".
- "License server machine is down or not responding. (-96,7)" - usually off site.
- "Licensed number of users already reached. (-4,342)".
- "SolidNetWork License Server: Invalid license... (-8)" after a server change.`,
      ],
      [
        'Fix',
        `1. -15 / -96: on BPE-APP01 open SolidNetWork License Manager Server > Server Administration: Status should say the server is running; Start if not. Check the Windows firewall allows 25734 and 25735 TCP.
2. Client: SolidNetWork License Manager Client (or SOLIDWORKS > Help > Licenses) - the server must be 25734@BPE-APP01. Remote users need the VPN connected first and DNS resolving BPE-APP01 (ak-watchguard-vpn, ak-dhcp-dns).
3. -4 users reached: Server Administration > License Usage shows who holds seats. Someone with SolidWorks left open at home over VPN is the usual cause - ask them to close it. Borrowed licences show there too.
4. -8 invalid after hardware change/server rebuild: the SNL licence is tied to the server; Solid Solutions must transfer/reactivate it.
5. Renewal date and activation serials are in IT Glue > BPE > Licences.`,
      ],
    ],
  ),

  // ================================================================ Client: Spen Valley Learning Trust
  article(
    'ak-svlt-arbor',
    'Spen Valley Learning Trust: Arbor MIS sign-in and access problems',
    spenValley,
    'Line of Business/Arbor',
    [
      [
        'Setup',
        'All three academies (Ravenswood Primary, Spenborough Primary, Greenside Junior) use Arbor MIS for registers, behaviour and parent comms. Staff sign in with "Log in with Microsoft" (SSO with their trust M365 account). Arbor user accounts and roles are created by each school\'s office manager / the trust data manager, not by us.',
      ],
      [
        'Symptoms',
        `- "We couldn't find an Arbor account for this email address" after signing in with Microsoft.
- "Your account has been disabled. Please contact your school's Arbor administrator."
- "You do not have permission to view this page" (e.g. a teacher can't see SEND or safeguarding notes).
- Registers not saving: "Unable to save - you appear to be offline".`,
      ],
      [
        'Fix',
        `1. "Couldn't find an account": the email in Arbor's staff profile must exactly match their M365 address (first.last@svlt.org.uk). Common after a name change or new starter - the office manager edits the staff profile > Email and sends a new invite.
2. Disabled / permissions: role-based - the office manager or data manager changes it. We don't have admin in Arbor.
3. Signed in with the wrong Microsoft account (personal or other school): use an InPrivate window or sign out at office.com first.
4. Registers not saving: check the classroom Wi-Fi/internet and arbor-education status page. Teachers can take the register on paper and the office enters it later.
5. MFA prompts come from Microsoft (trust CA policy), not Arbor - see ak-mfa-reset if the teacher has a new phone.`,
      ],
    ],
  ),
  article(
    'ak-svlt-panels',
    'Spen Valley Learning Trust: Promethean ActivPanel - no picture from laptop, touch not working',
    spenValley,
    'Devices/Classroom panels',
    [
      [
        'Setup',
        'Each classroom has a Promethean ActivPanel (Titanium or LX) on a wall mount, with an HDMI and a USB-B "touch" cable run to the teacher\'s desk in a floor box or wall plate. Teacher laptops are Intune-managed with ActivInspire and Explain Everything. Panels are registered in Promethean Panel Management for firmware.',
      ],
      [
        'Symptoms',
        `- Panel shows "No signal" or the home screen instead of the laptop.
- Laptop picture shows but touching the board does nothing, or touch lands in the wrong place.
- Panel won't turn on / red standby light only.
- Laptop duplicates at the wrong resolution, edges cut off.`,
      ],
      [
        'Fix',
        `1. No signal: press the Home/Input button on the panel and select the HDMI input the desk cable is in (usually HDMI 1 on the back; front HDMI is for visitors). On the laptop press Win+P > Duplicate.
2. Touch not working: the USB touch cable must be connected to the laptop AND be the touch port matching the HDMI input (HDMI 1 pairs with Touch 1). Use the laptop's USB-A port directly, not via a hub.
3. Touch in the wrong place: set laptop resolution to 1920x1080 for duplicate, or calibrate in ActivInspire/Windows Tablet PC Settings > Calibrate.
4. Panel dead: check the rocker switch at the bottom back of the panel (cleaners turn it off) and the wall socket. Hold power for 5 seconds.
5. Apps on the panel's own Android side (whiteboard, browser) are separate from the laptop - reset via Promethean Panel Management.
6. Hardware faults (lines on screen, no power with mains confirmed): warranty with Promethean via the trust's reseller - get the serial from the label on the back bottom-left.`,
      ],
    ],
  ),
  article(
    'ak-svlt-ipads',
    'Spen Valley Learning Trust: pupil iPads in Jamf School (apps, Apple Classroom, setup screens)',
    spenValley,
    'Devices/iPads',
    [
      [
        'Setup',
        '150 pupil iPads across the trust in charging trolleys, shared per class, managed in Jamf School (not Intune) and enrolled through Apple School Manager. Apps are bought in ASM (volume purchase) and pushed by Jamf School device groups per year group. Teachers use Apple Classroom on their iPad to lock screens and open apps.',
      ],
      [
        'Symptoms',
        `- App missing or icon greyed out "Waiting..." / "Installing...".
- Teacher's Apple Classroom doesn't show the pupil iPads or shows them offline.
- iPad shows "Remote Management" screen or Activation Lock ("iPad Locked to Owner") after being reset.
- iPad says "Unable to verify app - an internet connection is required".`,
      ],
      [
        'Fix',
        `1. Missing apps: Jamf School > Devices > the iPad > check it's in the right device group and has checked in recently. Apps > the app > check free licences in ASM. Hit "Send Push" on the device and leave it on charge on Wi-Fi.
2. Apple Classroom: pupil iPads and teacher iPad must both have Bluetooth on and be on the same Wi-Fi (SVLT-Curriculum), and the iPads must be in the Jamf School class for that teacher. Classes sync from Arbor overnight; new pupils show next day.
3. Remote Management screen: tap Next - enrolment is automatic. If it fails, check the serial is assigned to Jamf School in ASM.
4. Activation Lock: Jamf School > device > Clear Activation Lock (works only if the bypass code was escrowed). Otherwise ASM > device > Release or Apple support with proof of purchase.
5. "Unable to verify app": needs internet - the Smoothwall filter must allow Apple's domains; check the device isn't on the guest network.`,
      ],
    ],
  ),
  article(
    'ak-svlt-smoothwall',
    'Spen Valley Learning Trust: website blocked by Smoothwall / unblock requests',
    spenValley,
    'Site Info/Web filtering',
    [
      [
        'Setup',
        'The trust uses Smoothwall Filter (cloud and on-site appliance at Ravenswood) for KCSIE-compliant filtering and monitoring - not the WatchGuard WebBlocker. Policies: Pupils, Staff, and Guest. Staff devices authenticate via the Smoothwall Connect agent; pupil iPads by network. Changes are made in the Smoothwall portal (login in IT Glue).',
      ],
      [
        'Symptoms',
        `- "This web page has been blocked by Smoothwall" with a category (Games, Social Networking, Unknown...).
- YouTube video "Video unavailable - this video is restricted. Try signing in with a G Suite account" / Restricted Mode on staff laptops.
- "Your connection isn't private" certificate errors on a new device - HTTPS decryption without the Smoothwall certificate.`,
      ],
      [
        'Fix',
        `1. Unblock requests MUST be approved by the school's DSL (Designated Safeguarding Lead) - it's a safeguarding decision. Ask the requester to get DSL approval in the ticket, or email the DSL yourself. Record the approval.
2. Approved: Smoothwall portal > Policy > the relevant allow list (Staff Allow or Pupil Allow) > add the domain. Prefer Staff-only unless pupils need it.
3. YouTube: the staff policy enforces "YouTube Moderate" restricted mode and the pupil policy "Strict". Videos a teacher needs for a lesson are allowed by adding the video or channel URL to the Staff Allow list (with DSL approval) - we're a Microsoft trust, so there's no Google sign-in to bypass it.
4. Certificate errors: the device is missing the Smoothwall root certificate. Teacher laptops get it from Intune; check the device is enrolled. Pupil iPads get it from Jamf School profile.
5. Monitoring alerts from Smoothwall go to the DSLs directly, not us.`,
      ],
    ],
  ),
];
