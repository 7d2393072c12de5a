/**
 * Set AQ: Bluewren IT Pty Ltd, a 14-person MSP in Osborne Park, Perth (Western Australia), keeping
 * its documentation in Hudu and its tickets in HaloPSA. Stack: NinjaOne RMM (scripts prefixed
 * "BW -"), SentinelOne Complete with Vigilance MDR, Acronis Cyber Protect Cloud for servers and
 * endpoints, Dropsuite for Microsoft 365 backup, Fortinet FortiGate 40F/60F firewalls with FortiAP
 * and FortiSwitch and FortiClient VPN, Mailguard inbound/outbound filtering, DNSFilter, Keeper,
 * Admin By Request for elevation, a Bluewren-hosted 3CX with Yealink T54W/T31G handsets, leased
 * Fujifilm Apeos copiers with PaperCut MF, Aussie Broadband NBN with Teltonika 4G failover, and
 * Intune/Autopilot on Dell Latitudes. Clients: Harbourside Physiotherapy (Fremantle and Cottesloe
 * clinics; Cliniko, Tyro Health/HICAPS terminals, Physitrack), Karri Ridge Constructions (Malaga
 * head office plus site sheds; Procore, Databuild, Bluebeam Revu), Mercer Quay Lawyers (Perth CBD;
 * LEAP, Philips SpeechLive dictation) and Pilbara Link Freight (Kewdale depot and Port Hedland;
 * CartonCloud, Zebra label printers, Zebra TC21 handhelds).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AQ_CLIENTS = {
  a: 'Harbourside Physiotherapy Pty Ltd',
  b: 'Karri Ridge Constructions Pty Ltd',
  c: 'Mercer Quay Lawyers',
  d: 'Pilbara Link Freight Pty Ltd',
} as const;

const r = String.raw;

export const SET_AQ_ARTICLES: readonly BenchArticle[] = [
  // ───────────────────────── Microsoft 365 ─────────────────────────
  article(
    'aq-outlook-credential-prompt',
    'Outlook keeps prompting for credentials ("Need Password" in status bar)',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Outlook (Microsoft 365 Apps, Current Channel) throws the Microsoft sign-in window or the old grey Windows Security box over and over. The status bar at the bottom shows "Need Password" or "Disconnected". Typing the correct password closes the box and it comes back a few minutes later. Often Teams and OneDrive also show a yellow "Sign in required" banner. Usually starts right after a password change, a new phone/MFA re-registration, or a motherboard swap.`,
      ],
      [
        'Cause',
        r`The cached token in Web Account Manager (the Microsoft.AAD.BrokerPlugin package) is stale or broken, so Office can't silently refresh it. Less commonly: an old "MicrosoftOffice16_Data" entry in Credential Manager, or a Conditional Access policy refusing the device (check the sign-in log before touching the PC).`,
      ],
      [
        'Fix',
        r`1. Entra admin centre > Users > the user > Sign-in logs. Filter Application = "Microsoft Office". If failures show 53000/53003 it's a CA/compliance problem, not this article.
2. Close Outlook, Teams and OneDrive. Control Panel > Credential Manager > Windows Credentials: remove every entry starting MicrosoftOffice16_Data, ADAL or "virtualapp/didlogical".
3. Settings > Accounts > Access work or school. If the work account shows a warning, select it > Info > sign in again.
4. Still looping: from NinjaOne run "BW - Reset AAD BrokerPlugin" against the device as the logged-in user, then reboot.
5. Open Outlook > File > Office Account > Sign out, then sign back in with the UPN.
Do not set the old DisableADALatopWAMOverride / EnableADAL registry keys - Microsoft removed support and it breaks Teams.`,
      ],
      [
        'Escalation',
        r`If more than three users at one client hit it at once, check Microsoft 365 Service health before touching endpoints and post in #bw-noc.`,
      ],
    ],
  ),

  article(
    'aq-outlook-profile-rebuild',
    'Outlook hangs on "Processing" or crashes at launch: new profile and OST rebuild',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Outlook sits on the splash screen at "Processing..." or "Loading profile", goes "Not Responding", or closes straight after opening. Event Viewer > Application shows Event ID 1000 faulting module olmapi32.dll or mso20win32client.dll. Sometimes the folder list is missing or mail stopped arriving only in Outlook desktop while OWA is fine.`,
      ],
      [
        'Cause',
        r`Corrupt or oversized OST (anything over ~50 GB at our clients is suspect), a broken profile after an Office channel change, or a faulty COM add-in (PDF, LEAP, Zoom, old Teams meeting add-in).`,
      ],
      [
        'Fix',
        r`1. Confirm the mailbox is fine in OWA (outlook.office.com). If OWA is also broken, stop - this is a service or licence issue.
2. Start Outlook in safe mode: Win+R > outlook.exe /safe. If it opens, File > Options > Add-ins > COM Add-ins > Go, untick add-ins one at a time.
3. If safe mode also hangs: Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, name it "BW-yyyymmdd", set "Always use this profile", and let it rebuild the cache.
4. For users with big mailboxes set the cached mode slider to 12 months (File > Account Settings > Account Settings > Change) - the rest stays searchable online.
5. Once the new profile works, delete the old OST from %LOCALAPPDATA%\Microsoft\Outlook to free disk.
6. Re-add any shared mailboxes that were added manually, and re-check signature (signatures live in %APPDATA%\Microsoft\Signatures and survive the rebuild).`,
      ],
      [
        'Notes',
        r`Run "Microsoft Support and Recovery Assistant" (SaRA / Get Help troubleshooter) only if the above fails; it takes 20+ minutes.`,
      ],
    ],
  ),

  article(
    'aq-outlook-search-index',
    'Outlook search returns nothing or only recent emails',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Searching in Outlook desktop returns "We couldn't find what you were looking for" or only shows mail from the last few weeks, even though the email definitely exists (it's found in OWA). Sometimes a yellow bar says "Search results may be incomplete because items are still being indexed".`,
      ],
      [
        'Cause',
        r`Outlook desktop uses the local Windows Search index for anything in the cached OST. The index is stuck, corrupted, or Outlook is excluded from indexing. Also happens when the cached-mode slider is short (e.g. 3 months) and the user doesn't click "More" to search the server.`,
      ],
      [
        'Fix',
        r`1. In Outlook search box, check the scope drop-down is "All Mailboxes" / "Current Mailbox", not "Current Folder".
2. Scroll to the bottom of the results and click "Search more on the server" - if the mail appears, it's just the cache window. Tell the user or widen the slider.
3. Check index status: click in the search box > Search tab > Search Tools > Indexing Status. If "items remaining" doesn't drop after 30 min, rebuild.
4. Rebuild: Control Panel > Indexing Options > Modify, make sure Microsoft Outlook is ticked; then Advanced > Rebuild. Or run NinjaOne script "BW - Rebuild Search Index" (stops WSearch, deletes Windows.edb, restarts).
5. Leave the PC on and logged in; a 20 GB mailbox takes 2-4 hours to index.`,
      ],
      [
        'Notes',
        r`New Outlook for Windows searches server-side and isn't affected - quick workaround for an urgent search is OWA.`,
      ],
    ],
  ),

  article(
    'aq-shared-mailbox-access',
    'Shared mailbox access: granting it and fixing "mailbox not showing"',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'When to use',
        r`User needs access to a shared mailbox (reception@, accounts@, bookings@), or was given access and it doesn't appear in Outlook, or they can read but can't send as it.`,
      ],
      [
        'Steps - grant access',
        r`1. Confirm approval from the client's authorised contact (listed in Hudu > Client > Authorised Contacts). Don't action requests from the user alone.
2. Exchange admin centre > Recipients > Mailboxes > select the shared mailbox > Delegation.
3. Read and manage (Full Access) for reading; Send as if they'll send from it; Send on behalf only if the client wants "X on behalf of Y".
4. Full Access automaps into Outlook desktop within 30-60 minutes (restart Outlook). OWA: right-click Folders > Add shared folder or mailbox.`,
      ],
      [
        'Troubleshooting',
        r`- Not appearing after an hour: check automapping wasn't disabled. PowerShell: Add-MailboxPermission -Identity reception@ -User jane@ -AccessRights FullAccess -AutoMapping $true (remove and re-add).
- Send fails with "You don't have permission to send on behalf of": Send As can take up to 2 hours to replicate; in Outlook delete the address from autocomplete and re-pick it from the GAL.
- Sent items going to the user's own Sent folder: Set-Mailbox reception@ -MessageCopyForSentAsEnabled $true.
- User removed but still sees it: automapped mailboxes linger until Outlook restart; if still there after a day, rebuild the profile.`,
      ],
      [
        'Notes',
        r`Shared mailboxes don't need a licence under 50 GB. If one is over 50 GB or needs an archive it needs Exchange Online Plan 2 - quote it.`,
      ],
    ],
  ),

  article(
    'aq-mailbox-quota-archive',
    'Mailbox full / quota warnings: enabling the online archive',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        r`User gets "Your mailbox is almost full" or "Your mailbox is full" emails, can't send (NDR 554 5.2.2 "mailbox full" to people emailing them), Outlook shows a red bar "Mailbox full" above the folder list.`,
      ],
      [
        'Cause',
        r`Business Standard/Premium mailboxes are 50 GB. Warning at 49 GB, send prohibited at 49.5 GB, receive prohibited at 50 GB. Usually years of attachments and Sent Items.`,
      ],
      [
        'Fix',
        r`1. Check size: Exchange admin centre > Mailboxes > user > Mailbox usage.
2. Business Premium and E3 include a 1.5 TB auto-expanding archive. Enable: Mailbox > Others > Manage mailbox archive > Enabled.
3. Apply the retention policy "BW Default - Archive after 2 years" (Microsoft Purview > Data lifecycle management > MRM retention policies). Then from Exchange Online PowerShell: Start-ManagedFolderAssistant -Identity user@domain to kick it off. Allow 24-48 hours to move.
4. Quick relief while waiting: empty Deleted Items and Recoverable Items isn't needed - sort by size in Outlook (View > Arrange by Size) and have the user delete the big Sent Items.
5. Business Basic/Standard without archive: add the Exchange Online Archiving add-on (AUD ~$4.50/user) - quote via HaloPSA.`,
      ],
      [
        'Notes',
        r`The archive shows in Outlook as "Online Archive - user@domain". It isn't in the OST, so it only searches online. Don't use PST exports as a fix; we don't back PSTs up.`,
      ],
    ],
  ),

  article(
    'aq-new-teams-reset',
    "New Teams won't open, shows white/blank window or loops on loading",
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`Clicking Teams shows a blank white or purple window, the spinning Teams logo forever, "We're sorry - we've run into an issue", or it opens then closes. Sometimes chats load but the Calendar tab says "Something went wrong". Error codes seen: caa70004, caa20003, 4c7.`,
      ],
      [
        'Cause',
        r`Corrupt cache in the new Teams (MSTeams) package folder, a half-installed update, or classic Teams leftovers conflicting with new Teams.`,
      ],
      [
        'Fix',
        r`1. Right-click Teams in the tray > Quit. Check Task Manager for ms-teams.exe and end it.
2. Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. (Same as deleting %LOCALAPPDATA%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache.)
3. Or from NinjaOne run "BW - Clear Teams Cache" as the logged-in user - it quits Teams, clears the cache and relaunches.
4. If classic Teams is still installed (Teams Machine-Wide Installer in Apps), uninstall it and the per-user classic Teams.
5. Still failing: uninstall new Teams, then reinstall from the Company Portal ("Microsoft Teams (work or school)").
6. caa70004 / caa20003 are token errors - do the credential steps in the Outlook password-prompt article too.`,
      ],
      [
        'Notes',
        r`Reset signs the user out; make sure they know their password and have their phone for MFA.`,
      ],
    ],
  ),

  article(
    'aq-teams-headset-audio',
    'Teams calls: microphone not picked up or audio coming out the wrong device',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`Others on the meeting can't hear the user, or the user hears nothing, or sound comes out the laptop speakers instead of the headset. Teams shows the mic icon with a red slash "Your microphone is muted by the system" or "We can't find a microphone".`,
      ],
      [
        'Checks',
        r`1. In the meeting: ... > Settings > Device settings. Pick the headset (Jabra Evolve2 / Poly Voyager at most clients) for both speaker and mic. Teams often grabs "Realtek" or the dock (Dell WD19 "USB Audio") after a reboot.
2. Headsets with a physical mute: Jabra boom arm up = muted; Poly has a button on the cable.
3. Windows: Settings > Privacy & security > Microphone > "Let desktop apps access your microphone" must be On. Some Dell images ship it off.
4. Windows Sound settings: set the headset as Default and Default Communications device for both playback and recording.
5. Bluetooth headsets: use the USB dongle, not the laptop's built-in Bluetooth - built-in BT drops to "Hands-Free" mode with awful quality.
6. Make a test call: Settings > Devices > Make a test call.`,
      ],
      [
        'Fix if still failing',
        r`Update the headset firmware (Jabra Direct / Poly Lens - both available in Company Portal), update the Realtek audio driver via Dell Command Update, then do the Teams reset if device list is empty.`,
      ],
      [
        'Escalation',
        r`If the headset also fails on a second PC, warranty swap - Jabra and Poly are 2-year warranty through Dicker Data/Ingram; raise an RMA in HaloPSA.`,
      ],
    ],
  ),

  article(
    'aq-onedrive-sync-errors',
    'OneDrive sync problems: red X, paused, "can\'t sync" errors',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`OneDrive cloud icon in the tray has a red X or a pause symbol; files show a red circle with X; users say "my changes aren't saving for others" or colleagues can't see a file. Common messages: "Some files can't be synced", "The file name or path is too long", "You're not signed in", "Upload blocked", 0x8004de40, 0x80070005.`,
      ],
      [
        'Cause',
        r`Most common at our clients: path over 400 characters (deep client/project folders), invalid characters, a file open/locked in another app, OneDrive signed out after a password change, or the library has more than ~300,000 items synced.`,
      ],
      [
        'Fix',
        r`1. Click the tray cloud > View sync problems. It lists the exact files.
2. Path too long: rename or move the folder higher up. Don't sync whole department libraries - use "Add shortcut to My files" for only the folders needed.
3. "Upload blocked / locked": close the app holding the file (Excel, Bluebeam, Acrobat), then Resume syncing.
4. Not signed in / 0x8004de40: check the network and DNSFilter; then sign in again from the tray icon.
5. Stuck or corrupt: tray > Settings (gear) > Pause, then run %LOCALAPPDATA%\Microsoft\OneDrive\onedrive.exe /reset. Wait 2 minutes, start OneDrive from the Start menu if it doesn't restart by itself.
6. Check free disk space - Files On-Demand still needs room for pinned files.`,
      ],
      [
        'Notes',
        r`A reset doesn't delete cloud files but re-scans everything; on big libraries it can take hours. Warn the user.`,
      ],
    ],
  ),

  article(
    'aq-onedrive-kfm-missing-desktop',
    'Desktop or Documents files appear missing after OneDrive Known Folder Move',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`User logs in and their desktop shortcuts and files are gone, or Documents is empty; or there are two desktops (C:\Users\name\Desktop and C:\Users\name\OneDrive - Company\Desktop). Sometimes appears after a new laptop, a profile rebuild, or signing in on a shared PC.`,
      ],
      [
        'Cause',
        r`Our Intune policy "BW - OneDrive KFM Silent" redirects Desktop, Documents and Pictures into OneDrive. If OneDrive hasn't signed in yet, or KFM was started and failed half-way, Windows is pointing at the OneDrive folders but the files haven't synced down (or are still in the old local folder).`,
      ],
      [
        'Fix',
        r`1. Check OneDrive is signed in (tray cloud icon, no grey cloud). If not, sign in - files usually reappear within minutes.
2. Tray > Settings > Sync and back up > Manage back up: Desktop/Documents/Pictures should all say "Backed up".
3. If files are in C:\Users\name\Desktop (old location) but Windows shows the OneDrive desktop, copy them into the OneDrive Desktop folder - don't move the folder itself.
4. Right-click Desktop in Explorer > Properties > Location should be the OneDrive path. If it shows a path to another user or a server, click Restore Default, then rerun KFM from OneDrive settings.
5. Files deleted? Check OneDrive web > Recycle bin before panicking.`,
      ],
      [
        'Notes',
        r`Shortcuts to apps (.lnk) sync fine but shortcuts to mapped drives only work where the drive exists.`,
      ],
    ],
  ),

  article(
    'aq-sharepoint-guest-access',
    "External guests can't open shared SharePoint/Teams links",
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`A client's customer/supplier says the link we sent "doesn't work": they get "That account doesn't exist", "You need permission to access this item", "Sorry, this site hasn't been shared with you", or they never receive the one-time code email. Inside staff can open the same link fine.`,
      ],
      [
        'Cause',
        r`Org or site external sharing level is too restrictive, the guest signed in with a different email address than the link was sent to, the verification code email landed in their spam, or the guest's own tenant blocks cross-tenant access.`,
      ],
      [
        'Fix',
        r`1. SharePoint admin centre > Policies > Sharing: our standard is "New and existing guests" at org level. Check the specific site: Active sites > site > Settings > External file sharing - it can be lower than the org level.
2. Ask the guest which address they use. If they have multiple (e.g. personal Gmail), reshare to the exact address.
3. Code email not arriving: ask them to check junk and allowlist no-reply@notify.microsoft.com. The code expires after 15 minutes.
4. "Account doesn't exist" when they have a Microsoft account: have them use a private browser window so they aren't signed in as someone else.
5. For Teams guest access: Teams admin centre > Users > Guest access must be On, and add the guest via the team's Manage team > Add member.
6. Check Entra > External Identities > Cross-tenant access settings for the client - some clients have guest inbound limited to allowed domains.`,
      ],
      [
        'Notes',
        r`Never switch a site to "Anyone" links without the client's written OK - record it in Hudu > Client > M365 exceptions.`,
      ],
    ],
  ),

  article(
    'aq-restore-deleted-sharepoint',
    'Recovering deleted or overwritten files in SharePoint/OneDrive',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'When to use',
        r`User deleted a file/folder in a Teams channel, SharePoint library or OneDrive, or saved over a document, or a sync went wrong and lots of files vanished.`,
      ],
      [
        'Steps',
        r`1. Deleted in the last 93 days: open the library in the browser > Recycle bin (left nav, or site Settings gear > Site contents > Recycle bin). Select > Restore. Items deleted from the first-stage bin go to "Second-stage recycle bin" at the bottom - site admin needed.
2. Overwritten / wrong edits: browser > right-click file > Version history > pick the version by time > Restore. Versions are kept (100 by default on our tenants, or 500 on newer libraries).
3. Mass deletion or ransomware-type changes in OneDrive: OneDrive web > Settings gear > Restore your OneDrive > pick a date/time before the event. For SharePoint libraries use "Restore this library" under library settings.
4. Older than 93 days, or the recycle bin was emptied: restore from Dropsuite (see the Dropsuite restore article) - SharePoint/OneDrive/Teams are backed up daily with 7-year retention on Business Premium clients.`,
      ],
      [
        'Notes',
        r`A Teams channel's files live in the team's SharePoint site, folder named after the channel. Private channels have their own separate site - look there if the recycle bin on the main site is empty.`,
      ],
    ],
  ),

  article(
    'aq-mailguard-quarantine',
    'Missing inbound email: checking Mailguard quarantine and allowlisting',
    null,
    'Email Security/Mailguard',
    [
      [
        'Symptoms',
        r`User says a customer/supplier emailed them and it never arrived, or a daily "Mailguard quarantine digest" shows held mail. Senders sometimes get nothing back at all (silent quarantine).`,
      ],
      [
        'Checks',
        r`1. Mailguard portal (portal.mailguard.com.au, BW partner login in Keeper) > select client > Message Search. Search by sender address or domain, last 7 days.
2. Status "Quarantined - Spam / Phish / Policy": view the reason. Status "Delivered": look in Exchange message trace next (EAC > Mail flow > Message trace) - it may be in Junk or moved by an inbox rule.
3. No record in Mailguard at all: the sender's side never sent it, or it's going to an old MX. Ask for the bounce; check the sender's domain isn't typed wrong.`,
      ],
      [
        'Fix',
        r`1. Release: select the message > Release. Only release Spam-category mail on request from the recipient. Never release "Virus" or "Phish - high confidence" - escalate to the security lead.
2. Allowlist: only for legitimate senders repeatedly caught. Client policy > Sender Allow list > add the exact address, not the whole domain, unless it's a known supplier domain. Note it in the HaloPSA ticket.
3. Users can release their own spam from the digest email "Release" link; mention this in the reply.`,
      ],
      [
        'Notes',
        r`Junk Email folder in Outlook is Microsoft's filter, not Mailguard. Mail in Junk is handled by the user's Safe Senders list (Outlook > Junk > Never block sender).`,
      ],
    ],
  ),

  article(
    'aq-ndr-bounce-codes',
    'Outbound email bounces: common NDR codes and what to do',
    null,
    'Email Security/Exchange Online',
    [
      [
        'Symptoms',
        r`User gets "Undeliverable:" or "Delivery has failed to these recipients" back after sending. Read the code in the NDR body - the first line under "Diagnostic information for administrators".`,
      ],
      [
        'Common codes',
        r`- 550 5.1.1 / 5.1.10 "Recipient not found": typo or stale autocomplete entry. Delete the entry from the autocomplete list (X next to the suggestion) and retype.
- 550 5.7.708 / 5.7.705 "Access denied, traffic not accepted from this IP" or "tenant has exceeded threshold": our tenant is send-restricted, usually because an account is compromised and spamming. Treat as a security incident - check restricted users at security.microsoft.com > Restricted entities.
- 550 5.7.520 "Access denied, your organisation does not allow external forwarding": an inbox forwarding rule is blocked by our outbound policy. Intended - only unblock with written client approval.
- 550 5.7.1 "Delivery not authorized" to a distribution list: the DL only accepts from internal senders. Tick "Allow external senders" in EAC if the client wants that.
- 552 5.3.4 "Message size exceeds fixed limit": Mailguard outbound limit is 35 MB. Share via OneDrive link instead.
- 550 5.7.23 / SPF fail at recipient: SPF record missing Mailguard include. Check Hudu > Client > DNS.
- 554 5.2.2 "Mailbox full" on the recipient side: nothing we can fix; tell the user.`,
      ],
      [
        'Escalation',
        r`Any 5.7.7xx code goes straight to the security lead in #bw-security; don't just unblock the user.`,
      ],
    ],
  ),

  article(
    'aq-office-unlicensed',
    'Word/Excel show "Unlicensed Product" or "Account error" banner',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        r`Red or yellow bar across Word/Excel/Outlook: "UNLICENSED PRODUCT - Most features of Word have been disabled", "Account Error: there's a problem with your account", or "We're sorry, something went wrong" when signing in to activate. Editing is greyed out; files open read-only.`,
      ],
      [
        'Cause',
        r`No Microsoft 365 Apps licence assigned (often a new starter on Business Basic, or licence removed during a change), the user signed in to Office with a personal Microsoft account, too many activations (max 5 PCs), or the device was cloned/reimaged with old activation tokens.`,
      ],
      [
        'Fix',
        r`1. Microsoft 365 admin centre > Users > Active users > user > Licences and apps. Needs Business Standard/Premium or Apps for business. If missing, check the client's spare licences; if none, get approval to buy one (HaloPSA "Licence request").
2. File > Account in Word: check who it's signed in as. Sign out any personal account and sign in with the work UPN.
3. Too many installs: user goes to myaccount.microsoft.com > Office apps > Devices and signs out old PCs.
4. Still unlicensed: close all Office apps and run NinjaOne script "BW - Reset Office Activation" (removes %LOCALAPPDATA%\Microsoft\Office\16.0\Licensing and the identity cache), then open Word and sign in.
5. Shared PCs (reception, front desk) use Shared Computer Activation - don't remove tokens there; check the SCA policy is applied in Intune instead.`,
      ],
    ],
  ),

  // ───────────────────────── Identity / Entra ─────────────────────────
  article(
    'aq-mfa-new-phone',
    'MFA: moving Microsoft Authenticator to a new or replaced phone',
    null,
    'Identity/MFA',
    [
      [
        'When to use',
        r`User got a new phone, reset their phone, lost it, or the Authenticator app was deleted, and now can't approve sign-ins ("Approve sign in request" never arrives, or the number-match screen shows but they have no app).`,
      ],
      [
        'Verify identity first',
        r`MFA resets are a common attack path. Call the user back on the number in Hudu/HaloPSA or their manager's known number - never the number in the email/ticket. For Mercer Quay, a partner must approve by phone.`,
      ],
      [
        'Steps',
        r`1. If they still have the old phone working: they can add the new phone themselves at mysignins.microsoft.com > Security info > Add sign-in method > Authenticator app, then delete the old one.
2. Old phone gone: Entra admin centre > Users > user > Authentication methods > Require re-register multifactor authentication, and delete the old Microsoft Authenticator entry.
3. Issue a Temporary Access Pass (Authentication methods > Add authentication method > Temporary Access Pass, one-time use, 1 hour). Read it out by phone, never email it.
4. User goes to aka.ms/mysecurityinfo on the PC, signs in with the TAP, adds the Authenticator app by scanning the QR with the new phone.
5. Test a sign-in and confirm number matching works.`,
      ],
      [
        'Notes',
        r`iPhone users restoring from iCloud backup can recover Authenticator accounts only if backup was turned on in the app; work accounts still usually need re-registering. Old phone lost? Also follow the lost-device article.`,
      ],
    ],
  ),

  article(
    'aq-ca-block-53003',
    'Sign-in blocked by Conditional Access (AADSTS53003 / "You can\'t get there from here")',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        r`User gets "You cannot access this right now" or "You can't get there from here" when signing in to Outlook, Teams or the portal. Error details: AADSTS53003 (blocked by CA), AADSTS53000 (device not compliant), AADSTS50158. Often while travelling overseas, on a new personal device, or on a brand-new laptop.`,
      ],
      [
        'Our standard policies',
        r`- BW-CA01 Require MFA all users
- BW-CA03 Block sign-in outside Australia and New Zealand (named location "AU-NZ")
- BW-CA05 Require compliant or hybrid-joined device for desktop apps
- BW-CA07 Block legacy authentication`,
      ],
      [
        'Fix',
        r`1. Entra admin centre > Users > user > Sign-in logs > the failure > Conditional Access tab shows which policy blocked it.
2. Travel (BW-CA03): needs written approval from the client's authorised contact with dates and countries. Add the user to the group "CA-Travel-Exception" and set a removal reminder in HaloPSA for the return date. Don't exclude the user from the policy directly.
3. Device not compliant (BW-CA05): see the Intune non-compliance article. Personal devices must use the browser or the Outlook/Teams mobile apps with app protection.
4. Legacy auth (BW-CA07): old scanner/app using basic SMTP or IMAP - move it to the SMTP relay or OAuth.
5. Let the user retry after 5 minutes; tokens are evaluated at next sign-in.`,
      ],
      [
        'Escalation',
        r`A sign-in blocked from an unexpected country that the user didn't make is a compromise indicator - follow the compromised account article.`,
      ],
    ],
  ),

  article(
    'aq-password-reset-sspr',
    'Password resets and self-service password reset (SSPR)',
    null,
    'Identity/Passwords',
    [
      [
        'When to use',
        r`User forgot their Microsoft 365/Windows password, it expired, or they want to change it. All our clients are cloud-only Entra ID joined, except Karri Ridge (hybrid, password writeback on).`,
      ],
      [
        'Self-service (preferred)',
        r`1. Windows sign-in screen: click "Reset password" under the password box, or go to aka.ms/sspr from any browser/phone.
2. User verifies with two methods (Authenticator code + mobile SMS). Password must be 14+ characters; we recommend three random words.
3. New password works immediately on the web; on the laptop it needs network (Wi-Fi or cable) at the lock screen. Off-site? Connect to Wi-Fi from the lock screen network icon first.`,
      ],
      [
        'Helpdesk reset',
        r`1. Verify identity by calling back on a known number (Hudu contact record).
2. Entra admin centre > Users > user > Reset password. Tick "Require this user to change their password when they next sign in".
3. Give the temporary password by phone only. Never put it in the ticket or an email.
4. After a reset, warn them: phone mail app, Teams mobile and OneDrive will ask to sign in again; Outlook desktop may prompt.`,
      ],
      [
        'Notes',
        r`If the user wasn't registered for SSPR, register them at their next visit to mysignins. Repeated lockouts after a reset - see the lockout article.`,
      ],
    ],
  ),

  article(
    'aq-account-lockout',
    'Account keeps getting locked out (Entra smart lockout / AD lockout)',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        r`User's password works, then stops minutes later: "Your account is temporarily locked to prevent unauthorized use" (AADSTS50053) or on Karri Ridge domain PCs "The referenced account is currently locked out". Usually right after a password change.`,
      ],
      [
        'Cause',
        r`Something is still trying the OLD password: the phone's native mail app, a second laptop, a mapped drive with saved credentials, a shared PC still logged in as the user, or a scanner/app using their account. Less often, an attacker password-spraying the account.`,
      ],
      [
        'Fix',
        r`1. Entra sign-in logs for the user, filter Status = Failure. Look at Client app, IP and Device columns. Unknown foreign IPs = password spray, go to the compromised account article.
2. Known device: get the user to update or remove the old password on it - iPhone Settings > Mail > Accounts; Credential Manager on the other PC.
3. Karri Ridge (on-prem AD): run the NinjaOne script "BW - Find Lockout Source" against KRC-DC01; it reads event 4740 and returns the calling computer.
4. Unlock: Entra smart lockout clears itself after 60 seconds and increases with repeats; AD lockout - ADUC > user > Account > tick "Unlock account".
5. Don't raise the lockout threshold to "fix" it.`,
      ],
    ],
  ),

  // ───────────────────────── Intune / Autopilot ─────────────────────────
  article(
    'aq-autopilot-esp-failure',
    'Autopilot: new laptop stuck or failing at "Setting up your device"',
    null,
    'Endpoints/Intune & Autopilot',
    [
      [
        'Symptoms',
        r`Brand-new or reset Dell at the Enrollment Status Page stays on "Device preparation" or "Apps (identifying)" for an hour, or shows "Something went wrong" with codes like 0x800705b4 (timeout), 0x80180014 (device not allowed to enrol), 0x801c03ea (TPM attestation), 80070774.`,
      ],
      [
        'Cause',
        r`Hardware hash not imported / not assigned a profile, the device was previously deleted in Intune but still in Autopilot with an old record, a required app failing install (usually a big one like Acrobat or LEAP), or no internet during OOBE (captive portal Wi-Fi, DNSFilter block).`,
      ],
      [
        'Fix',
        r`1. Intune > Devices > Enrollment > Windows > Devices (Autopilot): confirm the serial is there, Profile status "Assigned" and Group Tag matches the client (e.g. HPP-Std, KRC-Std).
2. 0x80180014: Intune > Devices > All devices - delete any stale record for the serial, then in Enrollment restrictions check "Windows (MDM)" personal-device block isn't catching it.
3. 0x801c03ea / TPM: update BIOS via Dell Command Update on another boot, or clear TPM in BIOS, then retry.
4. Stuck on Apps: press Shift+F10 at ESP > run mdmdiagnosticstool.exe -area Autopilot -cab C:\temp\ap.cab and check which app. Remove the app from the "Blocking apps" list of the ESP profile if it's not essential.
5. Reset and retry: Windows Settings isn't available, so use Intune > device > Wipe, or boot from the BW Windows 11 USB.`,
      ],
      [
        'Notes',
        r`Dell orders placed through our Dell Premier account are auto-registered by Dell. Other laptops need the hash uploaded with Get-WindowsAutopilotInfo -Online.`,
      ],
    ],
  ),

  article(
    'aq-intune-noncompliant',
    'Device shows "not compliant" and is blocked from company email/files',
    null,
    'Endpoints/Intune & Autopilot',
    [
      [
        'Symptoms',
        r`User sees "Your device doesn't meet your organisation's requirements" or "Set up your device to get access" in Outlook/Teams, or the Company Portal shows the device with a red "Not compliant" / "Check status". Sign-in log shows AADSTS53000.`,
      ],
      [
        'Our compliance policy (BW - Windows Compliance)',
        r`BitLocker on, Secure Boot on, Windows 11 23H2 or newer, SentinelOne agent healthy (via the S1 Intune connector), Defender firewall on, device checked in within 14 days.`,
      ],
      [
        'Fix',
        r`1. Intune > Devices > the device > Device compliance shows which setting fails.
2. OS too old: run updates (see Windows Update article) and reboot.
3. BitLocker off: Intune > device > sync; our BitLocker policy encrypts silently within an hour if TPM is ready. If TPM isn't ready, check BIOS.
4. SentinelOne "not reporting": check the S1 console shows the agent online; if agent shows "Pending uninstall" or is missing, reinstall from NinjaOne (policy "S1 Deploy").
5. Hasn't checked in: Company Portal > Devices > this PC > Check status, or Settings > Accounts > Access work or school > Info > Sync.
6. After fixing, compliance re-evaluates within 15 minutes; have the user sign out of Outlook/Teams and back in.`,
      ],
      [
        'Notes',
        r`Mobile phones: non-compliance is usually an out-of-date iOS version or no screen lock passcode.`,
      ],
    ],
  ),

  article(
    'aq-mobile-app-protection',
    'Getting work email and Teams on a personal phone (Outlook app, app protection)',
    null,
    'Endpoints/Mobile',
    [
      [
        'Background',
        r`Our clients don't enrol personal phones. Personal iPhones/Androids get work data through the Outlook, Teams and OneDrive mobile apps, protected by Intune App Protection Policy "BW - MAM iOS/Android". The built-in iPhone Mail app and Samsung Email are blocked by Conditional Access.`,
      ],
      [
        'Steps',
        r`1. Install Microsoft Authenticator (must already be set up for MFA) and Microsoft Outlook from the App Store / Play Store.
2. Android only: also install Company Portal - it's the broker for app protection; no need to sign in to it or enrol.
3. Open Outlook > Add account > enter work email > sign in > approve MFA.
4. Message "Your organisation is now protecting its data in this app. You need to restart the app" - tap OK and reopen.
5. Set the app PIN it asks for (6 digits). Copy/paste from Outlook to personal apps is blocked by design; attachments can be saved to OneDrive only.`,
      ],
      [
        'Troubleshooting',
        r`- "Your organisation's data cannot be pasted here": working as intended.
- Loop "Get access to your organisation's data" on Android: Company Portal not installed or out of date.
- "Mail app not supported" / can't add to iPhone Mail: blocked by design, use Outlook.
- Jailbroken/rooted phone: blocked, nothing to do.`,
      ],
    ],
  ),

  article(
    'aq-software-install-request',
    'Software install requests: Company Portal, Admin By Request and approvals',
    null,
    'Endpoints/Software',
    [
      [
        'Background',
        r`Staff are standard users. Software gets on a PC one of three ways: self-service from the Company Portal, a NinjaOne install by us, or a one-off elevation through Admin By Request (ABR).`,
      ],
      [
        'Steps',
        r`1. Check the Company Portal first (Start > Company Portal > Apps). Published apps at all clients: Adobe Acrobat Reader, Zoom, Jabra Direct, Poly Lens, 7-Zip, Chrome, Firefox, VLC, Snagit (licensed clients), plus each client's line-of-business apps. User clicks Install - no ticket needed.
2. Not in the portal: check the client's approved software list in Hudu > Client > Software Standards. If it's on the list, install via NinjaOne (Device > Run > Install Application) or publish it to the portal if more than one user will want it.
3. Not on the list: needs approval from the client's authorised contact. Paid software needs a quote. Free software: check it's from the vendor's site and not a bundleware mirror.
4. Admin By Request: user right-clicks the installer > "Run as administrator" > ABR asks for a reason. Requests come to the BW ABR portal for approval; approve only for approved software. Approved elevations are logged and audited monthly.`,
      ],
      [
        'Notes',
        r`Browser extensions are controlled separately via Intune Edge/Chrome policy - request via ticket. Never give a user local admin rights permanently.`,
      ],
    ],
  ),

  // ───────────────────────── Networking ─────────────────────────
  article(
    'aq-staff-wifi-connect',
    "Staff Wi-Fi: laptop or phone won't connect / keeps dropping",
    null,
    'Networking/Wi-Fi',
    [
      [
        'Background',
        r`Client sites use FortiAP 231F/431F managed by the FortiGate (WiFi & Switch Controller). Staff SSID is WPA2/WPA3-Enterprise with the laptop authenticating by certificate (Intune SCEP profile "BW - WiFi Staff"); staff phones use the "<client>-Staff-Mobile" PSK SSID; guests use "<client>-Guest" with a captive portal.`,
      ],
      [
        'Symptoms',
        r`Laptop says "Can't connect to this network", or connects with "No internet, secured", or drops every few minutes. Phones say "Incorrect password" on the mobile SSID.`,
      ],
      [
        'Fix',
        r`1. Is it one device or everyone? Everyone = check FortiGate > WiFi & Switch Controller > Managed FortiAPs - APs offline means a switch/PoE or power problem.
2. One laptop, staff SSID: the SCEP certificate may have expired or the device isn't syncing with Intune. Check certmgr.msc > Personal > Certificates for the "BW Staff WiFi" cert. Sync in Company Portal; forget the network and reconnect.
3. Laptop never used the staff SSID before (new device, not yet got profile): connect it with a cable or the guest network first so Intune can deliver the Wi-Fi profile.
4. Phones: the mobile PSK is rotated every 6 months - current key is in Hudu > Client > Networks (passwords are in the Hudu password vault, not in tickets).
5. Drops: check FortiGate > Monitor > WiFi Clients for signal (< -70 dBm is weak). Update the Intel Wi-Fi driver via Dell Command Update - the 22.x Intel AX211 drivers had roaming bugs.
6. "No internet, secured": check DHCP scope isn't full (FortiGate > Monitor > DHCP).`,
      ],
    ],
  ),

  article(
    'aq-forticlient-vpn',
    "FortiClient VPN won't connect (errors -6005, -7200, -14, stuck at 98%)",
    null,
    'Networking/VPN',
    [
      [
        'Background',
        r`Remote access at clients with on-prem resources is FortiClient VPN (free VPN-only client, deployed from Intune) to the FortiGate, SAML sign-in via Entra ID with MFA. Connection name: "<Client> Remote Access".`,
      ],
      [
        'Common errors',
        r`- "Credential or SSLVPN configuration is wrong (-7200)": user not in the Entra group "VPN-Users" for that client, or SAML session stale. Add to group; click "Log out of SAML" / clear Edge cookies.
- "Unable to establish the VPN connection. The VPN server may be unreachable (-14 / -5)": home internet issue, hotel/public Wi-Fi blocking port 10443, or the FortiGate WAN is down. Test from phone hotspot.
- "Permission denied (-455)": user's group not in the portal mapping on the FortiGate.
- Hangs at 98% or connected but nothing works: virtual adapter broken. Reinstall FortiClient from Company Portal, or in Network Connections disable/enable "Fortinet SSL VPN Virtual Ethernet Adapter".
- -6005: a timeout - FortiClient older than 7.2; update it.`,
      ],
      [
        'Fix (general)',
        r`1. Confirm internet works without VPN.
2. Check FortiGate > VPN > monitor whether the user reaches the gateway at all (FortiAnalyzer log for their username).
3. Update FortiClient to the version in Company Portal (currently 7.2.x). Reboot after install.
4. Connected but can't reach the file server by name: DNS suffix issue - try \\IP; check split-DNS settings on the tunnel.`,
      ],
      [
        'Escalation',
        r`Whole client can't connect = check FortiGate certificate expiry and WAN. Raise P2 and ping the network engineer.`,
      ],
    ],
  ),

  article(
    'aq-dnsfilter-block',
    'Website blocked by DNSFilter ("This website has been blocked")',
    null,
    'Networking/DNS Filtering',
    [
      [
        'Symptoms',
        r`User gets a DNSFilter block page (blue page, "This domain has been blocked by your organisation's policy" with a category like "New Domains", "Phishing & Malware" or "File sharing"), or a site just won't load with DNS_PROBE_FINISHED_NXDOMAIN while other sites work.`,
      ],
      [
        'Background',
        r`DNSFilter roaming client is on every managed laptop (deployed by NinjaOne) and the FortiGate forwards site DNS to DNSFilter. Policy per client; all block "Security" categories; some clients also block Social media and Gambling.`,
      ],
      [
        'Fix',
        r`1. Get the exact URL and a screenshot of the block page - it shows the category and policy name.
2. DNSFilter dashboard > Reports > Query Log: filter by the domain to see the block reason.
3. Security categories (Phishing, Malware, Newly Seen Domains): look the domain up in VirusTotal and urlscan.io. Only allowlist if clean AND the business needs it; note why in the ticket.
4. Content categories (e.g. Streaming, Social): needs the client's authorised contact approval.
5. Allow: Policies > client policy > Allow list > add domain. Applies within ~5 minutes; user may need ipconfig /flushdns or to restart the browser.
6. Site doesn't load but no block in the log: not a DNSFilter issue - check whether the site is down (downforeveryoneorjustme.com) or it's the ISP.`,
      ],
      [
        'Notes',
        r`If the roaming client itself breaks DNS (no sites load at all off-site), right-click the DNSFilter tray icon > Disable for 15 minutes to test, then reinstall the agent from NinjaOne.`,
      ],
    ],
  ),

  article(
    'aq-isp-outage-failover',
    'Internet down at a client site: NBN outage and 4G failover',
    null,
    'Networking/Internet',
    [
      [
        'Background',
        r`Most client sites run Aussie Broadband NBN (FTTP/HFC) into the FortiGate wan1, with a Teltonika RUT241 4G router on wan2 as SD-WAN failover. Failover carries everything but is capped to a 100 GB data plan, so large uploads/Windows updates should pause.`,
      ],
      [
        'Symptoms',
        r`NinjaOne alert "Site offline" or FortiGate "SD-WAN member wan1 dead"; staff say "internet is really slow" (on 4G) or "nothing works" (both links down).`,
      ],
      [
        'Steps',
        r`1. Check FortiGate via FortiCloud: Network > SD-WAN > Performance SLA. wan1 red, wan2 green = on failover; staff can keep working.
2. Check Aussie Broadband status (status.aussiebroadband.com.au) and the client's service in the Aussie BB partner portal. Run a line test from the portal.
3. Ask someone on site to check the NBN NTD (white box on the wall): on FTTP, the "Optical" light red or off = fibre fault, "UNI-D 1" off = cable to FortiGate. On HFC, the "Cable" light flashing = network fault.
4. Power-cycle the NTD only (not the FortiGate) once. Wait 5 minutes.
5. Still down: log a fault with Aussie BB (partner portal > Faults) and give the client the reference. NBN fault restore target is next business day for standard service.
6. Both links down: check the RUT241 signal (RMS portal) and whether the site has power. No power = nothing we can do remotely.
7. Pause Acronis backups and Windows updates on the site in NinjaOne while on 4G.`,
      ],
      ['Comms', r`Update the client's authorised contact every 2 hours while an outage is open.`],
    ],
  ),

  article(
    'aq-wall-port-dead',
    'Network wall port not working / desk has no network',
    null,
    'Networking/Switching',
    [
      [
        'Symptoms',
        r`PC or phone at a desk shows no network ("Network cable unplugged", globe icon with X), the Yealink shows "Network unavailable", or only works in one port. Often after an office move, new desk or cleaner unplugging things.`,
      ],
      [
        'Steps',
        r`1. Have the user check the cable at both ends and try a different cable. Link lights on the PC's port?
2. Find the wall port number (e.g. "B-14") and look it up in Hudu > Client > Network > Patch map to get the switch port.
3. FortiGate > WiFi & Switch Controller > FortiSwitch Ports: check the port is up, its native VLAN (Data = VLAN 10, Voice = VLAN 20 on most clients), and PoE status if a phone.
4. Port down: check it isn't administratively disabled or blocked by loop protection / STP (shows "loop-guard" or "edge port"). Re-enable.
5. Port not patched: ask the on-site contact to patch it per the map, or book a tech visit. Unlabeled/unmapped ports = site visit.
6. Phone with PC daisy-chained: the PC goes through the phone's PC port; if the phone is dead the PC is too.`,
      ],
      [
        'Notes',
        r`Never connect a home router or unmanaged switch to a wall port - loop protection will shut the port and may take a whole switch down.`,
      ],
    ],
  ),

  article(
    'aq-mapped-drive-missing',
    'Mapped network drive (S:, P:, etc.) missing or showing red X',
    null,
    'Endpoints/File Shares',
    [
      [
        'Symptoms',
        r`The shared drive letter is gone from This PC, shows a red X "Disconnected", or says "Could not reconnect all network drives" at login. Shortcuts to files on the drive fail with "location is not available".`,
      ],
      [
        'Background',
        r`Clients with an on-prem file server map drives with the Intune PowerShell script "BW - Map Drives" that runs at login and reads the user's Entra groups. Off-site the drives only work with VPN connected.`,
      ],
      [
        'Fix',
        r`1. Is the user in the office or on VPN? Off-site without VPN, drives show red X - connect the VPN, then open the drive.
2. Can they reach the server by name? In Explorer type \\<server> (e.g. \\KRC-FS01). If it asks for a password, sign in as AzureAD\user@domain.
3. Re-run the mapping: Start > Company Portal isn't needed - run "C:\ProgramData\Bluewren\MapDrives.ps1" via the desktop shortcut "Reconnect Drives", or NinjaOne script "BW - Map Drives Now".
4. Drive missing for one share only: check the user is in the right security group (e.g. "FS-Projects-RW"). New group membership needs a sign-out/in.
5. Server unreachable for everyone: check the server in NinjaOne (offline? disk full?) and escalate.`,
      ],
      [
        'Notes',
        r`Harbourside is fully SharePoint and has no mapped drives - their "drives" are OneDrive shortcuts (see the OneDrive articles). Mercer Quay only has the read-only pre-2019 archive share (A: = \\MQ-ARCH01\Archive), which needs VPN off-site.`,
      ],
    ],
  ),

  // ───────────────────────── Printers / scanners ─────────────────────────
  article(
    'aq-printer-offline-spooler',
    'Printer shows offline or jobs stuck in the queue',
    null,
    'Printers & Scanning/Printing',
    [
      [
        'Symptoms',
        r`Printer shows "Offline" in Settings > Printers & scanners, jobs pile up in the queue with "Error - Printing" or "Deleting", or nothing comes out and no error appears.`,
      ],
      [
        'Checks',
        r`1. Is the device on, with no error on its front panel (paper jam, tray open, "Replace toner")? Can someone else print to it?
2. Everyone affected: the printer's IP may have changed. Compare the panel IP (Apeos: Device > Network Settings) with the DHCP reservation in FortiGate and the port on the queue. Print queues at our clients use the IP, not WSD.
3. Just one PC: go on.`,
      ],
      [
        'Fix',
        r`1. Clear the queue: run NinjaOne script "BW - Reset Print Spooler" (stops Spooler, clears C:\Windows\System32\spool\PRINTERS, starts it).
2. Settings > Printers > printer > Printer properties > Ports: make sure the port is the Standard TCP/IP port with the correct IP, and "SNMP Status Enabled" is unticked (SNMP causes false "Offline" on Fujifilm and Brother).
3. Remove and re-add the printer: PaperCut clients re-add via the PaperCut Print Deploy client (tray icon > refresh); others via the Intune printer script "BW - Deploy Printers" or Company Portal item "<Client> Printers".
4. Still offline: ping the printer from the PC. No reply = network issue with the printer (cable, switch port, Wi-Fi).`,
      ],
      [
        'Notes',
        r`For the copier itself faulting (error codes on the panel, jams, toner) see the copier service article.`,
      ],
    ],
  ),

  article(
    'aq-scan-to-email-apeos',
    'Fujifilm Apeos scan-to-email not arriving or failing',
    null,
    'Printers & Scanning/Scanning',
    [
      [
        'Symptoms',
        r`Scan to Email on the copier completes ("Job completed") but nothing arrives, or the panel shows "Transmission failed", error 016-506, 016-764 (SMTP connect fail), 016-765/016-767 (SMTP auth / address rejected) or 016-788.`,
      ],
      [
        'Background',
        r`Apeos devices send via our Mailguard outbound SMTP relay (smtp relay host and port in Hudu > Client > Printers), authenticated by the client's static IP - not via Microsoft 365 basic auth, which is blocked. From address is scanner@<clientdomain>.`,
      ],
      [
        'Fix',
        r`1. Which code? 016-764 = can't reach the relay: check the site's internet and that the relay host hasn't changed. If the site is on 4G failover, the IP isn't allowed on the relay - scans fail until NBN is back.
2. 016-765/016-767: relay rejected the sender or recipient. Check the From address on the device (Device > Connectivity & Network Setup > Machine's E-mail Address) is scanner@ the client domain.
3. Job completes but nothing arrives: check Mailguard Message Search for from:scanner@; it may be quarantined for a big attachment (over 35 MB - drop resolution to 200 dpi or use PDF compression "High"). Then Exchange message trace.
4. Address book entries wrong: address book is edited in the Apeos web UI (http://<ip> > Address Book). Admin password in Hudu.
5. After fixing, send a test scan to yourself and the user.`,
      ],
      [
        'Escalation',
        r`Hardware faults on the scanner glass/feeder = Fujifilm service call (see copier service article).`,
      ],
    ],
  ),

  article(
    'aq-papercut-secure-release',
    'PaperCut secure print: jobs not releasing, card not recognised',
    null,
    'Printers & Scanning/PaperCut',
    [
      [
        'Background',
        r`Clients with Apeos copiers use PaperCut MF (hosted on the client's server, or PaperCut Hive for cloud-only clients). Jobs go to the "Secure Print" queue and are held until the user swipes their building/ID card or logs in with their PIN at any copier.`,
      ],
      [
        'Symptoms',
        r`User swipes and the copier says "Card not recognised" / "Unknown card", or logs in but their job list is empty, or jobs vanished.`,
      ],
      [
        'Fix',
        r`1. Card not recognised: first swipe of a new card needs registering. On the panel choose "Register card" and log in with their network username + PIN. Or in PaperCut admin > Users > user > Card/Identity number - paste the number from the reader log.
2. PIN forgotten: PaperCut admin > Users > user > reset PIN; user gets the new PIN by email.
3. No jobs listed: check PaperCut admin > Printers > Secure Print > Job log. Nothing there = job never reached PaperCut - check the PC's queue (see the printer offline article) and that the PaperCut client (Print Deploy) is running.
4. Jobs expire after 4 hours unreleased (policy). User must print again.
5. Job shows "Denied" in the log: user over their quota or printing colour when restricted to mono. Quotas are client policy - needs approval to change.`,
      ],
      [
        'Notes',
        r`Printing still goes through PaperCut when the server is down? No - if the PaperCut server is offline, the copiers fall back to "offline login" only for users who logged in before. Escalate server outages.`,
      ],
    ],
  ),

  article(
    'aq-copier-toner-service',
    'Copier toner, jams and hardware faults: logging a Fujifilm service call',
    null,
    'Printers & Scanning/Vendors',
    [
      [
        'When to use',
        r`Leased Fujifilm Apeos multifunction shows a hardware error code on its panel (e.g. 077-100 paper jam that won't clear, 092-xxx, 116-xxx, 010-xxx fuser), lines/smudges on every page, needs toner, or is making grinding noises. These are covered by the client's Fujifilm Business Innovation service contract - not us.`,
      ],
      [
        'Steps',
        r`1. Get the machine serial number (sticker on the front, or Device > Device Information) and the error code/photo of the panel.
2. Toner: Apeos devices auto-order toner via EP-BB (remote monitoring). If the panel says "Replace toner" and no cartridge has arrived, log via the Fujifilm customer portal or 13 14 46 and quote the serial. Spare toner normally sits in the cupboard next to the device.
3. Jams: have the user follow the animated guide on the panel. Don't let staff pull paper out of the fuser area (hot).
4. Hardware codes: log a service call with Fujifilm (portal or phone), note their job number in the HaloPSA ticket and set it to "Waiting on Vendor".
5. Meter reads and billing questions go to the client's Fujifilm account manager, not us.`,
      ],
      [
        'Notes',
        r`Network, scanning and driver problems are ours; anything mechanical or consumable is Fujifilm's. If unsure, take it - a wrongly logged Fujifilm call costs the client a call-out fee.`,
      ],
    ],
  ),

  // ───────────────────────── Endpoints ─────────────────────────
  article(
    'aq-slow-pc-triage',
    'Slow computer triage (laptop/desktop running slow)',
    null,
    'Endpoints/Performance',
    [
      [
        'Symptoms',
        r`"Computer is really slow", apps take minutes to open, fans running, freezing for a few seconds at a time, typing lags in Word.`,
      ],
      [
        'Checks in NinjaOne (before calling)',
        r`1. Device > Overview: uptime (over 14 days = reboot first), CPU/RAM graphs, disk free space. Under 10% free on C: is a problem.
2. Device > Processes: what's eating CPU? Common culprits: SentinelOne full scan (SentinelAgent.exe) after a new agent version, MsMpEng (Defender should be passive), Teams, Chrome with 40 tabs, OneDrive doing an initial sync, Windows Update (TiWorker.exe).
3. Disk: SMART status and Dell health. Spinning disks are long gone, but 256 GB SSDs fill up fast.
4. RAM: 8 GB machines running Teams + Outlook + browser will page constantly. Recommend upgrade to 16 GB or replacement if under warranty-end.`,
      ],
      [
        'Fix',
        r`1. Reboot (a real restart, not shutdown - Fast Startup doesn't clear anything).
2. Free space: NinjaOne script "BW - Disk Cleanup" (temp, Windows Update cache, old Teams caches). Check Downloads and Recycle Bin with the user.
3. Startup apps: Task Manager > Startup apps - disable non-essentials (Spotify, Zoom autostart, vendor updaters).
4. Run Dell Command Update for BIOS/drivers.
5. Still slow on a machine over 4 years old or 8 GB RAM: recommend replacement; log it in the client's lifecycle sheet in Hudu.`,
      ],
    ],
  ),

  article(
    'aq-bsod-triage',
    'Blue screen crashes (BSOD) - triage and common stop codes',
    null,
    'Endpoints/Stability',
    [
      [
        'Symptoms',
        r`PC restarts with a blue (or black on Windows 11) screen: "Your device ran into a problem and needs to restart" with a stop code such as DRIVER_IRQL_NOT_LESS_OR_EQUAL, PAGE_FAULT_IN_NONPAGED_AREA, KMODE_EXCEPTION_NOT_HANDLED, WHEA_UNCORRECTABLE_ERROR, VIDEO_TDR_FAILURE or DPC_WATCHDOG_VIOLATION. Users often only remember "a sad face and a QR code".`,
      ],
      [
        'Note',
        r`If the blue screen is asking for a recovery key / long number, that's BitLocker, not a crash - see the BitLocker article.`,
      ],
      [
        'Steps',
        r`1. NinjaOne > device > Activity: look for Event 1001 (BugCheck) and 41 (Kernel-Power). Get the stop code and the failing module.
2. Collect dumps: C:\Windows\Minidump\*.dmp. Run WinDbg !analyze -v or upload to the BW dump analysis share.
3. Module ends in .sys from a vendor: e.g. dlkmd.sys / DisplayLinkUsbIo.sys (DisplayLink docks), Netwtw*.sys (Intel Wi-Fi), igdkmd64.sys (Intel graphics), SentinelMonitor.sys (S1 - escalate to SOC). Update that driver via Dell Command Update.
4. WHEA_UNCORRECTABLE_ERROR or random modules each time = hardware. Run Dell SupportAssist ePSA diagnostics (F12 at boot > Diagnostics). Failures = Dell warranty case.
5. Crashes only when docked = dock firmware (see docking article).
6. Windows update just installed? Uninstall the latest quality update via Settings > Windows Update > Update history > Uninstall updates and pause updates in NinjaOne.`,
      ],
      [
        'Escalation',
        r`More than 3 crashes in a week after driver updates: swap the laptop from the client's spare pool and send the faulty one in for warranty.`,
      ],
    ],
  ),

  article('aq-bitlocker-recovery', 'BitLocker recovery key screen at startup', null, 'Endpoints/Security', [
    [
      'Symptoms',
      r`Laptop boots to a blue screen "BitLocker recovery - Enter the recovery key for this drive" with a Key ID (first 8 characters shown) and asks for a 48-digit number. Common after a BIOS update, a dock/USB-C boot order change, TPM clear, or motherboard repair.`,
    ],
    [
      'Verify identity',
      r`The recovery key unlocks the whole disk. Confirm the caller is the device's user (call back on their Hudu number) before reading it out.`,
    ],
    [
      'Steps',
      r`1. Ask for the Key ID shown on screen (and the device serial/asset tag from the sticker).
2. Find the key: Entra admin centre > Devices > All devices > device > BitLocker keys (match the Key ID). Or Intune > Devices > device > Recovery keys. NinjaOne also stores it: device > Details > BitLocker.
3. Read it out in groups of 6 digits. The user types it with the number row (Function keys don't work on some Dells - press Fn Lock).
4. Once booted, have them reboot once more normally. If it asks again, suspend and resume protection: in an admin prompt (NinjaOne) manage-bde -protectors -disable C: -RebootCount 1 then reboot.
5. Rotate the key after it's been read out: Intune > device > BitLocker key rotation.`,
    ],
    [
      'No key found',
      r`Device was never escrowed - data can't be recovered. Restore from Acronis if backed up and reimage via Autopilot. Log it as a problem ticket so we find why escrow failed.`,
    ],
  ]),

  article(
    'aq-windows-update-failing',
    'Windows updates failing, stuck, or looping "Undoing changes"',
    null,
    'Endpoints/Patching',
    [
      [
        'Background',
        r`Patching is managed by NinjaOne (policy "BW - Workstation Patching": quality updates approved after 5 days, installed Wednesdays 12:00, reboot prompted with a 4-hour deferral). Windows Update for Business in Intune is only used for feature updates.`,
      ],
      [
        'Symptoms',
        r`Settings > Windows Update shows an error (0x800f0922, 0x80070002, 0x8024a105, 0x800f081f), updates "Pending restart" forever, NinjaOne patch report shows failed KBs, or the PC reboots to "We couldn't complete the updates. Undoing changes".`,
      ],
      [
        'Fix',
        r`1. NinjaOne > device > Patch Management: which KB failed and the error.
2. Reboot first - many "failed" items just need the pending reboot.
3. Disk space: needs ~15 GB free for cumulative updates. Run "BW - Disk Cleanup".
4. Reset the update components: NinjaOne script "BW - Reset Windows Update" (stops wuauserv/bits/cryptsvc, renames SoftwareDistribution and catroot2, restarts).
5. Repair the image: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow (admin, via NinjaOne remote shell).
6. 0x800f0922 on a KB: usually the EFI/recovery partition too small - use the BW "Resize WinRE partition" script (check the Hudu notes first).
7. Retry the update from NinjaOne > Patch > Install now.`,
      ],
      [
        'Escalation',
        r`Undoing-changes loop more than twice, or the PC won't boot: Shift + Restart > Troubleshoot > Uninstall updates; otherwise reimage.`,
      ],
    ],
  ),

  article(
    'aq-dock-monitors',
    'Docking station: external monitors not detected or flickering',
    null,
    'Endpoints/Hardware',
    [
      [
        'Background',
        r`Standard dock is the Dell WD19S / WD22TB4 (USB-C/Thunderbolt). Older desks at Karri Ridge still have Dell D6000 (DisplayLink) docks that need the DisplayLink driver.`,
      ],
      [
        'Symptoms',
        r`One or both screens black/"No signal" after plugging the laptop in, screens flickering or going off for a second, only one of two screens working, wrong resolution, or charging but no display. Keyboard/mouse via the dock may also stop working.`,
      ],
      [
        'Fix',
        r`1. Unplug the dock's USB-C from the laptop, unplug dock power for 30 seconds, reconnect power, then the laptop.
2. Win+P > Extend. Settings > System > Display > Detect.
3. Check the monitor input source (DP vs HDMI) - monitors often revert after a power cut.
4. Update dock firmware and laptop BIOS/graphics driver with Dell Command Update (it includes WD19/WD22 firmware). Run it with the laptop docked.
5. D6000 docks: install/update the DisplayLink Manager from the Company Portal. The DisplayLink driver doesn't like Windows feature upgrades - reinstall after each one.
6. Two screens on a WD19S via daisy-chain only work with DP-MST capable monitors; otherwise use the dock's separate DP and HDMI ports.
7. Try another cable (USB-C cables from home chargers don't carry video).`,
      ],
      [
        'Escalation',
        r`Dock fails with a second laptop too = Dell warranty on the dock (3 years with the Latitude bundle).`,
      ],
    ],
  ),

  // ───────────────────────── Security ─────────────────────────
  article(
    'aq-phishing-report',
    'User reports a suspicious email or clicked a phishing link',
    null,
    'Security/Phishing',
    [
      [
        'Reporting (no click)',
        r`User should use the "Report" button in Outlook (Report > Report phishing). It sends to Microsoft and our security mailbox. Don't forward as attachment to us unless the Report button is missing. Reply to the user thanking them - we want reports.`,
      ],
      [
        'User clicked a link but entered nothing',
        r`1. Check with the user exactly what happened - did a page ask for a password, did anything download?
2. Get the URL from the message (security.microsoft.com > Explorer, or the reported copy). Check DNSFilter query log - was the domain blocked?
3. Nothing entered, nothing downloaded: low risk. Purge the email from all mailboxes (Explorer > select > Take action > Soft delete) and block the sender domain in Mailguard.`,
      ],
      [
        'User entered their password or approved an MFA prompt',
        r`Treat as compromised immediately - follow the compromised account article. Don't wait to "see if anything happens".`,
      ],
      [
        'User opened an attachment / ran something',
        r`1. Check SentinelOne console for threats on the device in the last hour.
2. If anything is flagged or the file was a .html/.iso/.one/.js - isolate the device from S1 (Actions > Disconnect from network) and call the SOC line.
3. Purge the email tenant-wide.`,
      ],
      [
        'Notes',
        r`Every clicked-link event gets a HaloPSA ticket type "Security Incident" so it shows in the monthly client security report.`,
      ],
    ],
  ),

  article(
    'aq-compromised-account',
    'Compromised Microsoft 365 account / mailbox response',
    null,
    'Security/Incident Response',
    [
      [
        'Indicators',
        r`User entered password on a fake login page; MFA prompts they didn't trigger ("my phone keeps asking me to approve"); contacts receiving strange emails or shared "documents" from them; inbox rules moving mail to RSS Feeds/Archive; sign-ins from overseas; NDR 5.7.708 "restricted sender"; Microsoft "Suspicious inbox manipulation" alert.`,
      ],
      [
        'Contain (first 15 minutes)',
        r`1. Entra > user > Revoke sessions. Reset password (call the user, give it verbally).
2. Authentication methods: delete any method the user doesn't recognise (attackers add their own Authenticator or phone).
3. Exchange: check inbox rules (Get-InboxRule -Mailbox user | fl) and mailbox forwarding; delete malicious rules and forwarding.
4. Check OAuth apps the user consented to (Entra > Enterprise applications > User consent) - remove unknown ones.
5. If sending spam: Defender > Restricted entities > unblock only after 1-4 are done.`,
      ],
      [
        'Investigate',
        r`1. Sign-in logs and the unified audit log (Purview > Audit) for the last 30 days: what was read, sent, downloaded.
2. Message trace for outbound mail from the account since the first bad sign-in.
3. Search for the phishing email that started it; purge from all mailboxes.`,
      ],
      [
        'Communicate',
        r`Client's authorised contact gets a call within 1 hour. If the mailbox sent phishing to customers, the client should warn them. If personal information may have been accessed, the client may have Notifiable Data Breach obligations under the Privacy Act - tell the client contact, escalate to Bluewren's security lead; we don't give legal advice.`,
      ],
    ],
  ),

  article(
    'aq-sentinelone-threat',
    'SentinelOne threat alert / file quarantined / false positive',
    null,
    'Security/EDR',
    [
      [
        'Background',
        r`Every managed Windows and Mac device runs SentinelOne Complete. Vigilance MDR (S1's SOC) triages alerts 24/7 and will mitigate (kill/quarantine/rollback) on its own. Alerts copy to HaloPSA as "S1 Threat - <device>".`,
      ],
      [
        'User sees a popup',
        r`"SentinelOne has detected a threat and has taken action" - the file was blocked or quarantined. Tell the user not to retry the file. Note the file name and what they were doing.`,
      ],
      [
        'Tech steps',
        r`1. S1 console > Incidents > the threat: check Analyst Verdict and Vigilance notes. Mitigation status "Mitigated" + verdict "True positive" = check the device is clean, run a full disk scan, close with notes.
2. Device "Network quarantined" (disconnected from network by the SOC): don't reconnect it until the SOC says so. The user can't do anything on it - swap with a spare if urgent.
3. Suspected false positive (legit line-of-business app, e.g. a LEAP or Databuild update, a dental/physio imaging tool): check file hash on VirusTotal and the publisher signature. If clean and signed, mark "False positive" and add a hash exclusion for that client's site scope only. Never exclude whole folders like C:\Program Files.
4. Agent problems (offline, "Pending reboot", degraded): reboot, then repair the agent from NinjaOne (policy "S1 Deploy").`,
      ],
      [
        'Escalation',
        r`Multiple devices alerting at once, or anything about encryption/ransom = ransomware article, call the security lead.`,
      ],
    ],
  ),

  article(
    'aq-gift-card-bec',
    'Gift card requests and "change of bank details" emails (CEO impersonation / BEC)',
    null,
    'Security/Phishing',
    [
      [
        'Symptoms',
        r`Staff get an email or text apparently from the director/practice owner: "Are you at your desk? I need a favour", followed by a request to buy Apple/Google Play/Coles gift cards and send the codes. Or an email "from a supplier" saying their bank account has changed, with a new BSB/account number for the next invoice.`,
      ],
      [
        'What to tell the user',
        r`1. Don't reply, don't buy anything, don't click links.
2. Verify by phoning the person on a number you already have (not one in the email).
3. Use the Report > Report phishing button.
4. If gift cards were already bought: contact the card issuer straight away (Apple 133 622, Google Play support) - sometimes the codes can be frozen - and report to ReportCyber (cyber.gov.au) and the bank.`,
      ],
      [
        'Tech steps',
        r`1. Check the sender: display name spoof from a free mail address (Gmail/Outlook.com) vs a real compromised account. Look at the actual address and headers.
2. Display-name spoof: block the sender address in Mailguard, purge the message from all mailboxes. Confirm Mailguard "Executive impersonation" protection lists the client's directors (Hudu > Client > Key People).
3. Sent from a real supplier's mailbox (the supplier is compromised): tell the client to phone the supplier; block the thread; don't pay.
4. Sent from the client's own mailbox: compromised account article.
5. Money already paid to a changed account: client must call their bank immediately to attempt a recall.`,
      ],
    ],
  ),

  article(
    'aq-ransomware-response',
    'Suspected ransomware: files encrypted or ransom note',
    null,
    'Security/Incident Response',
    [
      [
        'Indicators',
        r`Files won't open and have a strange new extension (.lockbit, .akira, random letters), a README/HOW_TO_DECRYPT text file in folders, wallpaper changed to a ransom message, many SentinelOne alerts across devices, or the file server suddenly showing thousands of modified files.`,
      ],
      [
        'Immediate actions (do not wait for approval)',
        r`1. Tell the user: don't turn the PC off (memory evidence), unplug the network cable / turn off Wi-Fi.
2. S1 console: Network quarantine the affected device(s). If the file server is involved, isolate it too.
3. Phone the Bluewren security lead (on-call number in Hudu > Bluewren > Incident Response) - P1 from this point.
4. Disable the user's account and revoke sessions.
5. Check Acronis: is the server backup still intact and recent? Acronis immutable storage holds 14 days; don't delete or modify any backups.
6. Pause OneDrive sync on affected PCs so encrypted files stop uploading over good versions.`,
      ],
      [
        'Next',
        r`1. S1 Vigilance to run a Storyline investigation; S1 rollback (Remediate > Rollback) can restore files on Windows endpoints using VSS if the SOC confirms.
2. Client notification by phone; the client's cyber insurer must usually be called before we restore or talk to the attacker - check Hudu > Client > Insurance.
3. Report to ASD's ACSC (cyber.gov.au, 1300 CYBER1).
4. Restore from Acronis or OneDrive "Restore your OneDrive" only after the entry point is found and closed.`,
      ],
      [
        'Never',
        r`Never contact the attacker, pay, or wipe devices before the insurer and security lead agree.`,
      ],
    ],
  ),

  article('aq-lost-stolen-device', 'Lost or stolen laptop or phone', null, 'Security/Devices', [
    [
      'When to use',
      r`User left a laptop on a train/in a car that got broken into, phone lost or stolen, device not returned by a leaver.`,
    ],
    [
      'Steps - laptop',
      r`1. Get the serial/asset tag (Hudu > Client > Assets or NinjaOne search by user).
2. BitLocker is enforced, so data on disk is protected while powered off. Confirm BitLocker "Protected" in Intune before reassuring the client.
3. Revoke sessions and reset password for the user (Entra).
4. Intune > Devices > device: choose Remote lock; if it won't be recovered, Wipe (not Retire). Also remove it from NinjaOne and S1 afterwards (S1 first: set "Lost device" and note).
5. Police report number for insurance if stolen; note it in the ticket.`,
    ],
    [
      'Steps - phone',
      r`1. Company-owned (enrolled in Intune): Remote lock, then Wipe if not found within 24 hours. For iPhones, Activation Lock must be bypassed later - keep the bypass code from Intune.
2. Personal phone with work apps: Intune > Apps > App selective wipe > Create wipe request for the user/device. This removes Outlook/Teams/OneDrive work data only.
3. Remove the phone's Authenticator from the user's methods and issue a TAP so they can set up a new one (MFA new phone article).`,
    ],
    [
      'Notes',
      r`If the device held health or client files and may be accessed, this may be a notifiable breach - tell the client contact and security lead.`,
    ],
  ]),

  // ───────────────────────── On/offboarding ─────────────────────────
  article('aq-onboarding-new-starter', 'New starter onboarding checklist', null, 'Users/Onboarding', [
    [
      'Trigger',
      r`Client's authorised contact submits the HaloPSA "New Starter" form at least 3 business days before the start date: name, role, start date, manager, "same access as" person, licence type, equipment needed, phone extension.`,
    ],
    [
      'Steps',
      r`1. Create the account in Microsoft 365 admin centre (Karri Ridge: in on-prem AD, OU=Users,OU=KRC, then Entra Connect sync). UPN firstname.lastname@domain.
2. Licence per the form (usually Microsoft 365 Business Premium). Add to groups copied from the "same access as" user: Teams, SharePoint, distribution lists, shared mailboxes, VPN-Users if applicable.
3. Add to the client's Mailguard user list and Keeper (client's Keeper enterprise, if they have it). PaperCut account syncs automatically from Entra overnight.
4. 3CX extension: 3CX admin > Users > Add, assign the Yealink by MAC if a desk phone, and send the 3CX app welcome email.
5. Laptop: order via Dell Premier with the client's Autopilot group tag; set up the Autopilot profile and pre-provision (white glove) where possible. Assign the user in Intune.
6. Generate the first password and a Temporary Access Pass valid from the start date; send to the manager by SMS, not email.
7. Line-of-business app accounts: check the client's own onboarding runbook in Hudu.
8. Update Hudu > Client > Users and the asset record, close the ticket with a summary for the manager.`,
    ],
    [
      'Notes',
      r`Same-day requests are treated as urgent and billed per the agreement. Missing info on the form = ticket goes to "Waiting on Client".`,
    ],
  ]),

  article('aq-offboarding-leaver', 'Staff leaver offboarding checklist', null, 'Users/Offboarding', [
    [
      'Trigger',
      r`HaloPSA "Leaver" form from the client's authorised contact with last day, what happens to their email (forward / delegate / convert to shared), OneDrive data owner, and device return. Urgent/hostile terminations: phone call, action immediately.`,
    ],
    [
      'Steps',
      r`1. At the agreed time: Entra > user > Block sign-in, Revoke sessions, reset password. Remove MFA methods.
2. Mailbox: convert to shared mailbox (EAC > Mailboxes > user > Others > Convert to shared) and grant Full Access to the named person; or set forwarding if requested (forwarding internal only). Set an auto-reply if asked.
3. OneDrive: Microsoft 365 admin > user > OneDrive > "Get access to files" for the manager; files are kept 30 days after the licence is removed, then we archive to Dropsuite.
4. Remove from groups, Teams ownership (assign a new owner first), distribution lists, VPN-Users, Keeper (transfer vault to manager), PaperCut, and line-of-business apps per client runbook.
5. 3CX: delete the extension or rename it to "Vacant" and divert calls to reception/manager.
6. Device: when returned, Intune > Wipe (Autopilot reset) and return to the client's spare pool. Not returned within 7 days: treat as lost device.
7. Remove the licence only after the mailbox is shared and the data is handed over - reassign it to the next starter.`,
    ],
    [
      'Notes',
      r`Keep a copy of the leaver's Dropsuite backup; it's retained for the client's full retention period even after licence removal.`,
    ],
  ]),

  // ───────────────────────── Phones / 3CX ─────────────────────────
  article(
    'aq-yealink-not-registered',
    'Yealink desk phone shows "Account not registered" or no dial tone',
    null,
    'Phones/3CX',
    [
      [
        'Background',
        r`Desk phones are Yealink T54W (managers/reception) and T31G, provisioned from our hosted 3CX (per-client instance, e.g. harbourside.bluewren.3cx.com.au) over the voice VLAN. Phones get config by MAC from 3CX.`,
      ],
      [
        'Symptoms',
        r`Phone screen shows "Account not registered", "Network unavailable", "No service", a red icon next to the extension, or just the time and no extension name. Calls fail with a fast busy tone.`,
      ],
      [
        'Fix',
        r`1. Network unavailable: cable/PoE problem. Check the phone's LAN port cable goes to the wall, not the PC port. See the wall port article.
2. Registered elsewhere / not registered: 3CX admin > Phones - is the phone listed and "Provisioned"? Red = it hasn't contacted 3CX. Right-click > Reboot or Re-provision.
3. Whole site not registered = internet down at site or 3CX instance issue. Check 3CX status in the BW monitoring dashboard and the site internet (ISP outage article). On 4G failover phones usually re-register within 5 minutes.
4. Factory reset only as last resort: hold OK for 10 seconds on T54W > factory reset, then it re-provisions from the RPS (Yealink redirection server). Make sure the MAC is assigned in 3CX first.
5. Phone swapped for a spare: update the MAC on the extension in 3CX (Users > user > Phone provisioning).`,
      ],
      [
        'Notes',
        r`One-way or choppy audio on a registered phone is a different issue - see the 3CX audio article.`,
      ],
    ],
  ),

  article(
    'aq-3cx-app-one-way-audio',
    '3CX app or desk phone: one-way audio, choppy calls or calls dropping at 30 seconds',
    null,
    'Phones/3CX',
    [
      [
        'Symptoms',
        r`Caller can hear the user but the user can't hear them (or the reverse), robotic/choppy voice, or calls drop after about 30-32 seconds. Most common on the 3CX mobile app on home Wi-Fi/4G, or on the Windows 3CX app over VPN.`,
      ],
      [
        'Cause',
        r`NAT/SIP ALG on a home router rewriting SIP, the VPN routing RTP, poor Wi-Fi, or mobile data saving mode killing the app in the background. Drop at 30 seconds = ACK never arrives (NAT issue).`,
      ],
      [
        'Fix',
        r`1. Mobile app: 3CX app > Settings > Advanced - make sure "Use 3CX Tunnel" is On (default), and "Battery optimisation" is disabled for 3CX (Android) / Background App Refresh on (iOS). Update the app.
2. Windows 3CX app/web client: use the web client (Chrome/Edge) rather than the old desktop app; disconnect the VPN while on calls - voice doesn't need it.
3. Home internet: ask the user to turn off "SIP ALG" on their router if they can, or try from a phone hotspot to prove it.
4. Desk phone at a client site: check the FortiGate's SIP helper/ALG is disabled (config system settings > set default-voip-alg-mode kernel-helper-based, and "session-helper" sip deleted) - this is part of our standard build, check after firmware upgrades.
5. Choppy on site only during big uploads: check SD-WAN/traffic shaping policy "Voice priority" is applied.`,
      ],
      [
        'Escalation',
        r`Affects all calls at a site = SIP trunk issue. Check the trunk status in 3CX > Voice & Chat and the carrier (Telcoinabox) status page.`,
      ],
    ],
  ),

  article(
    'aq-3cx-call-divert-hours',
    'Diverting calls: office hours, holidays and forwarding to mobile in 3CX',
    null,
    'Phones/3CX',
    [
      [
        'When to use',
        r`Client wants the office closed early (staff event, power outage), public holiday routing, or a user wants their extension forwarded to their mobile.`,
      ],
      [
        'Office hours / closing the office',
        r`1. 3CX admin > Office hours: each client has default hours. Public holidays (WA list) are loaded each December - check Office hours > Holidays.
2. To force "Out of office" now: in the 3CX web client a user with the "Manager" role can switch the Global office status (top bar: Auto / Force Open / Force Closed). Show the client's receptionist; it's quicker than a ticket.
3. Closed routing goes to the after-hours message and the general voicemail box. To change the message, upload a new WAV (8 kHz mono) under Digital Receptionist > the client's IVR > Out of office prompt.`,
      ],
      [
        'Forward an extension to mobile',
        r`1. User: 3CX app/web client > their status (Available/Away/Do not disturb) > Configure status > set "Forward to mobile" for No answer/Busy.
2. Admin: Users > user > Forwarding rules. Use the mobile in 04xx xxx xxx format.
3. Calls forwarded to mobiles use the client's SIP trunk both ways (two channels) - warn if the client only has 4 channels.`,
      ],
      [
        'Notes',
        r`Ring group changes (who rings when reception calls) are done in Ring Groups; they need the client contact's approval.`,
      ],
    ],
  ),

  // ───────────────────────── Backup ─────────────────────────
  article(
    'aq-acronis-file-restore',
    'Restoring files or folders from Acronis backup (servers and PCs)',
    null,
    'Backup & Recovery/Acronis',
    [
      [
        'When to use',
        r`User deleted or overwrote files on a file server or local PC (not SharePoint/OneDrive) and the Recycle Bin / Previous Versions don't have it. Acronis Cyber Protect Cloud backs up servers nightly (21:00, retention 14 daily / 8 weekly / 12 monthly) and selected workstations daily.`,
      ],
      [
        'Steps',
        r`1. Get the full path (e.g. S:\Projects\2024\J1187 Bassendean\Drawings), the file name, and when it was last good.
2. First try Previous Versions: right-click the folder > Properties > Previous Versions (servers keep shadow copies at 07:00 and 12:00).
3. Acronis Cyber Protect Cloud console > Devices > the server > Recovery > pick the recovery point before the loss > Files/folders.
4. Browse to the folder, tick the items > Recover > "Recover to original location" with "Do not overwrite" OR to a new folder like S:\_Restored\ticket number. Restoring over live data needs the user's OK.
5. Big restores (>50 GB) happen overnight - tell the user.
6. Confirm with the user that the file opens; close the ticket with the recovery point used.`,
      ],
      [
        'Notes',
        r`Acronis doesn't back up OneDrive/SharePoint - that's Dropsuite. Never restore from a point after a suspected ransomware event without the security lead.`,
      ],
    ],
  ),

  article(
    'aq-dropsuite-mail-restore',
    'Restoring emails, calendar or mailbox items from Dropsuite',
    null,
    'Backup & Recovery/Dropsuite',
    [
      [
        'When to use',
        r`Email/folder/contact deleted more than 30 days ago (past Deleted Items and Recover Deleted Items), a whole folder gone, a leaver's mailbox needs data, or OneDrive/SharePoint items past the 93-day recycle bin.`,
      ],
      [
        'First check Exchange',
        r`Outlook > Deleted Items > "Recover items recently removed from this folder" (or OWA > Deleted Items > Recover items deleted from this folder). Items are there for 14-30 days.`,
      ],
      [
        'Steps in Dropsuite',
        r`1. Dropsuite partner portal (login in Keeper "Dropsuite BW") > client org > Users > mailbox.
2. Search by sender, subject or date range, or browse by folder. Backups run 4x daily.
3. Select items > Restore. Choose "Restore to original mailbox" - Dropsuite creates a folder "Restored Items <date>" so nothing is overwritten. Or Download as EML/PST for a leaver handover.
4. Calendar/contacts: same, under the Calendar/Contacts tabs.
5. OneDrive/SharePoint: Dropsuite > OneDrive or SharePoint tab > site/user > browse > Restore to original location (as a restored folder).
6. Restores of more than 10,000 items take a few hours; Dropsuite emails when done.`,
      ],
      [
        'Notes',
        r`Retention is 7 years (Business Premium clients) or 1 year (others) - check Hudu > Client > Backup. A mailbox deleted more than 30 days ago can only be downloaded from Dropsuite, not restored in place.`,
      ],
    ],
  ),

  article(
    'aq-acronis-backup-failed',
    'Acronis backup job failed / "Backup did not run" alerts',
    null,
    'Backup & Recovery/Acronis',
    [
      [
        'Symptoms',
        r`Daily Acronis report or HaloPSA alert "Backup failed" / "Backup has not run for 2 days" / "Backup succeeded with warnings" for a server or workstation.`,
      ],
      [
        'Common causes and fixes',
        r`1. "Device is offline" / not run: laptop was off or away (expected for workstations - only alert after 3 days). Servers: check NinjaOne shows the server online; if not, P2.
2. "Failed to take a volume snapshot" (VSS errors): reboot the server out of hours; check vssadmin list writers for failed writers (usually SQL Writer or Hyper-V). Restart the relevant service.
3. "Not enough space in the backup location": cloud storage quota reached - check the client's quota in Acronis > Company management; raise it (billable) with approval or tighten retention.
4. "Backup was cancelled because the connection to the cloud storage was lost": site on 4G failover or internet unstable; rerun after the link is back.
5. "Authentication failed"/agent not registered: re-register the agent (Acronis console > Add device > re-register token) and check the agent service "Acronis Managed Machine Service" is running.
6. Agent outdated: update from the console (Settings > Agents > Update).`,
      ],
      [
        'Process',
        r`Any server without a successful backup for 48 hours is a P2 and goes on the daily standup. Run the job manually after fixing ("Run now") and watch it complete before closing.`,
      ],
    ],
  ),

  // ───────────────────────── Software ─────────────────────────
  article(
    'aq-adobe-acrobat-licence',
    'Adobe Acrobat Pro asking to sign in, trial expired or "licence" errors',
    null,
    'Endpoints/Software',
    [
      [
        'Background',
        r`Acrobat Pro is licensed per named user through each client's Adobe Admin Console (VIP, managed by Bluewren). Users sign in with their work email as a "Business ID" (federated with Entra for Karri Ridge and Mercer Quay). Acrobat Reader is free and in the Company Portal.`,
      ],
      [
        'Symptoms',
        r`Acrobat shows "Your trial has expired", "Sign in required", "You don't have access to this app", a "Buy now" button, or the editing tools (Edit PDF, Combine, Organise pages) are locked.`,
      ],
      [
        'Fix',
        r`1. Adobe Admin Console > Users: is the user assigned an "Acrobat Pro" product profile? If not and a seat is free, assign it. No free seats = request approval to add a licence (billed monthly on the VIP anniversary).
2. In Acrobat > Help > Sign out, then sign in with the work email and choose "Company or School account" (not Personal).
3. User on a new laptop still seeing the old trial: uninstall Acrobat, remove %APPDATA%\Adobe\OOBE, reinstall Acrobat Pro from the Company Portal.
4. Just needs to read/sign PDFs: Acrobat Reader or the Edge PDF viewer is fine - don't buy a licence.
5. Leavers: remove their product profile to free the seat.`,
      ],
      [
        'Notes',
        r`Acrobat Pro 2020 perpetual (old serial-number installs) at some clients is end of support - replace with the subscription.`,
      ],
    ],
  ),

  article(
    'aq-keeper-vault',
    'Keeper password manager: locked out, forgot master password, new device',
    null,
    'Security/Password Manager',
    [
      [
        'Background',
        r`Clients on Keeper Business use SSO (Entra ID) for the Keeper vault where possible; some users still have a master password. Bluewren is the Keeper admin for each client's node.`,
      ],
      [
        'Symptoms',
        r`User can't get into Keeper: "Invalid master password", "Device approval required", browser extension logged out and won't accept SSO, or records missing after a new laptop.`,
      ],
      [
        'Fix',
        r`1. SSO users with "Device approval required": Keeper Admin Console > Approval Queue (or "Admin approval" in the user's node) - approve the device after confirming the user by phone. Or the user can approve from a device they're already logged in on.
2. Master password forgotten: Keeper cannot recover it. If Account Transfer is enabled for the client (check Hudu), the admin can transfer the vault to a new account for that user. If not, the vault is lost - records shared from shared folders can be reshared.
3. Browser extension not logging in: update KeeperFill, sign out and in; make sure they chose "Enterprise SSO login" with the client's SSO domain.
4. Records missing: check they're logged into the work vault, not a personal Keeper account.
5. Locked after too many attempts: wait 15 minutes or admin unlock in the console.`,
      ],
      [
        'Notes',
        r`Never ask for or store a user's master password. Leaver vaults get transferred to the manager during offboarding.`,
      ],
    ],
  ),

  // ───────────────────────── Client A: Harbourside Physiotherapy ─────────────────────────
  article(
    'aq-hp-cliniko-access',
    'Harbourside Physio - Cliniko login, 2FA and user roles',
    SET_AQ_CLIENTS.a,
    'Clients/Harbourside Physiotherapy/Line of Business',
    [
      [
        'Background',
        r`Harbourside use Cliniko (harbourside-physio.au2.cliniko.com) for appointments, patient notes, invoicing and online bookings. Cliniko is not on SSO; each user has their own Cliniko login with Cliniko two-factor (authenticator app). Practice manager (Leanne Cho) is the Cliniko account owner; Bluewren has an Administrator user "bluewren-support".`,
      ],
      [
        'Common requests',
        r`1. Locked out / forgotten password: the user clicks "Forgot your password?" on the Cliniko login page; reset email goes to their work address. If the email doesn't arrive check Mailguard for noreply@cliniko.com.
2. Lost 2FA phone: only an Administrator can reset it: Cliniko > Settings > Users & practitioners > user > "Reset two-factor authentication". Confirm identity by phone first (patient health records).
3. New practitioner: Settings > Users & practitioners > Add > role "Practitioner", set their appointment types and the business (Fremantle/Cottesloe). Add their Provider numbers (Medicare, HICAPS, DVA) per location - Tyro Health claims fail without them.
4. Reception staff: role "Receptionist" (no access to treatment notes).
5. Leaver: archive the user (don't delete - their notes must stay attributed).`,
      ],
      [
        'Notes',
        r`"Cliniko is slow/down": check status.cliniko.com first. Cliniko is browser-based, so nothing is installed; use Chrome or Edge, and clear site data if pages look broken.`,
      ],
    ],
  ),

  article(
    'aq-hp-tyro-health-terminal',
    'Harbourside Physio - Tyro Health HICAPS/EFTPOS terminal not working with Cliniko',
    SET_AQ_CLIENTS.a,
    'Clients/Harbourside Physiotherapy/Line of Business',
    [
      [
        'Background',
        r`Each reception desk (Fremantle x2, Cottesloe x1) has a Tyro terminal used for EFTPOS and HICAPS private health claims. Claims are started from Cliniko (invoice > "Claim with Tyro Health"), which pushes the claim to the paired terminal. Terminals use the clinic's staff Wi-Fi (SSID HPP-Staff-Mobile) with 4G SIM backup.`,
      ],
      [
        'Symptoms',
        r`Cliniko shows "Terminal not found" / "Waiting for terminal" forever; terminal screen says "No connection" or "Not paired"; health fund claim rejected with "Provider not registered"; EFTPOS works but health claims don't.`,
      ],
      [
        'Fix',
        r`1. Terminal "No connection": on the terminal, Menu > Settings > Network - reconnect to HPP-Staff-Mobile (PSK in Hudu). If the clinic internet is down, the terminal falls back to its 4G SIM automatically - EFTPOS should still work.
2. Cliniko can't see the terminal: Cliniko > Settings > Integrations > Tyro Health > Terminals: check the terminal ID (TID, on the back sticker) is linked to the right location. Re-pair: press "Pair terminal" and enter the code shown on the terminal.
3. "Provider not registered" / claim rejected: the practitioner's HICAPS provider number for that location is missing or wrong in Cliniko (Users & practitioners > practitioner > Provider numbers). New practitioners must be registered with HICAPS/Tyro by the practice manager first - allow 5 business days.
4. Terminal hardware faults (cracked screen, won't charge, paper not printing): Tyro support 1300 966 639, not us. Spare terminal is in the Fremantle admin office safe.`,
      ],
      [
        'Notes',
        r`Bluewren doesn't have Tyro merchant portal access; settlement/banking questions go to Leanne.`,
      ],
    ],
  ),

  article(
    'aq-hp-physitrack',
    'Harbourside Physio - Physitrack exercise programs not sending or printing',
    SET_AQ_CLIENTS.a,
    'Clients/Harbourside Physiotherapy/Line of Business',
    [
      [
        'Background',
        r`Physiotherapists prescribe home exercise programs in Physitrack (web, app.physitrack.com, linked to Cliniko via the Physitrack-Cliniko integration). Patients get the program via the PhysiApp app or email; some older patients get it printed at reception.`,
      ],
      [
        'Symptoms',
        r`Patient says they never got the program email/SMS; patient list in Physitrack empty or out of date; "Sync with Cliniko failed"; printed PDF is blank or the exercise images are missing; videos won't play on the treatment room PC.`,
      ],
      [
        'Fix',
        r`1. Patient didn't receive it: check the email on the patient in Cliniko (Physitrack pulls it from there). Resend from Physitrack > patient > Program > "Send access code". Access codes can also be given verbally for PhysiApp.
2. Cliniko sync: Physitrack > Settings > Integrations > Cliniko > Reconnect. Needs a Cliniko API key from a Cliniko Administrator - generate under Cliniko > My info > Manage API keys (use the "bluewren-support" account so it doesn't break when a physio leaves). Paste in Physitrack.
3. Printing blank/no images: print from the "Download PDF" button, not the browser's print; open the PDF in Edge/Acrobat and print to "HPP-Reception-Apeos" from there.
4. Videos not playing on treatment room PCs: DNSFilter category "Streaming" is allowed for the Physitrack CDN (*.physitrack.com, vimeocdn) - check the allow list.`,
      ],
      [
        'Notes',
        r`Physitrack licences are per practitioner, billed to Harbourside directly; new physios need a seat added by Leanne in Physitrack > Account.`,
      ],
    ],
  ),

  article(
    'aq-hp-onboarding',
    'Harbourside Physio - new staff onboarding (overrides generic checklist)',
    SET_AQ_CLIENTS.a,
    'Clients/Harbourside Physiotherapy/Users',
    [
      [
        'Scope',
        r`Use this instead of the generic new starter checklist for Harbourside. Harbourside has a lot of short-term staff (graduate physios, students on placement, casual reception), so their process is different.`,
      ],
      [
        'Licensing',
        r`- Permanent physios and admin: Microsoft 365 Business Premium, laptop (Latitude 5450) via Autopilot group tag HPP-Std.
- Casual reception and students: Microsoft 365 F3 (web apps + Teams, no desktop Office), shared reception PC with Shared Computer Activation, no personal laptop. F3 users have a 2 GB mailbox - that's expected.
- Student placements: account expires on the placement end date (set "Account expiration" via the HPP-Students group dynamic rule - don't forget the end date in the form).`,
      ],
      [
        'Steps',
        r`1. Create the account as per the generic checklist, but email is firstname@harboursidephysio.com.au (no surname) unless there's a clash.
2. Groups: HPP-All, plus HPP-Fremantle or HPP-Cottesloe (this controls which reception printer and Wi-Fi they get), HPP-Clinicians or HPP-Reception.
3. Cliniko: create the user with the right role and location (see the Cliniko runbook). Physios also need Physitrack seats (Leanne adds) and HICAPS provider numbers (Leanne applies to Tyro/HICAPS - 5 business days, so flag early).
4. 3CX: reception only gets an extension; physios don't have desk phones.
5. Building access: Fremantle uses a keypad - the practice manager handles it, not us.
6. Send the welcome pack (Hudu > Harbourside > Docs > "Welcome - new clinician") to the start date email.`,
      ],
      [
        'Notes',
        r`AHPRA registration checks are the practice's job, not ours; don't hold the account for them.`,
      ],
    ],
  ),

  // ───────────────────────── Client B: Karri Ridge Constructions ─────────────────────────
  article(
    'aq-kr-site-office-vpn',
    'Karri Ridge - VPN from site sheds (Starlink/4G) to head office',
    SET_AQ_CLIENTS.b,
    'Clients/Karri Ridge Constructions/Network',
    [
      [
        'Scope',
        r`Use this instead of the generic FortiClient VPN article for Karri Ridge site offices. Karri Ridge site sheds (current sites: Baldivis, Ellenbrook, Byford - list in Hudu > KRC > Sites) run a Starlink Business dish or a Teltonika RUTX50 5G router. Both are behind carrier-grade NAT, which breaks the normal SSL VPN behaviour.`,
      ],
      [
        'Setup',
        r`- Site laptops use the FortiClient connection "KRC Site (IPsec)" - IKEv2 with NAT-T on UDP 4500 to vpn.karriridge.com.au, SAML with Entra ID. Not the "KRC Remote Access" SSL connection used from home.
- Head office (Malaga) resources over VPN: KRC-FS01 (S: Projects, P: Plans), KRC-DB01 (Databuild), the Malaga plotter.`,
      ],
      [
        'Symptoms and fixes',
        r`1. Connects then drops every 2-5 minutes on Starlink: MTU. In FortiClient the IPsec profile must have MTU 1300 (set in the EMS/Intune XML - check the installed profile is version 3 or later). Reinstall "FortiClient - KRC Site" from Company Portal.
2. "IKE negotiation failed" / stuck at 40%: user is on the SSL profile or the wrong one - switch to "KRC Site (IPsec)".
3. Connected but S: drive won't map: run the "Reconnect Drives" shortcut after VPN comes up (drives don't auto-map on site).
4. Slow Databuild over VPN: expected over Starlink; use Databuild via the Malaga RDS (KRC-RDS01) instead - shortcut "Databuild (Remote)".
5. Whole site can't connect: check the Starlink app for obstructions/outage, or RMS for the RUTX50 signal, before touching laptops.`,
      ],
      ['Escalation', r`New site setup requests go to the project team (2 weeks' notice for Starlink).`],
    ],
  ),

  article(
    'aq-kr-procore',
    'Karri Ridge - Procore login, drawings and Procore Drive issues',
    SET_AQ_CLIENTS.b,
    'Clients/Karri Ridge Constructions/Line of Business',
    [
      [
        'Background',
        r`Karri Ridge runs projects in Procore (company "Karri Ridge Constructions", AU zone app.au.procore.com). Staff sign in with SSO (Entra ID enterprise app "Procore"). Subcontractors have their own Procore logins and are managed by project coordinators, not us. Site supervisors use the Procore app on company iPads (Intune-enrolled, supervised).`,
      ],
      [
        'Common issues',
        r`1. "Your company requires you to sign in with SSO" loop / AADSTS50105: user isn't assigned to the Procore enterprise app. Entra > Enterprise applications > Procore > Users and groups > add to group KRC-Procore. A Procore admin (Ben Halloran, ops manager) also has to add them to the company Directory with a permission template.
2. Drawings not updating on iPads: the Procore app downloads drawings for offline use - Settings > Downloads > "Sync drawings" and check the iPad has 10+ GB free. Site sheds on Starlink: sync before going out on site.
3. Procore Drive (Windows desktop app for bulk upload/download): shows "Sync error" - update it from Company Portal, sign out/in. Procore Drive doesn't handle paths over 255 characters.
4. Can't see a project: project-level permissions are set by the project manager in Procore > Project Directory - not an IT issue; redirect to Ben.
5. Procore email notifications not arriving: check Mailguard for @procoretech.com / @procore.com; allowlisted at KRC.`,
      ],
      [
        'Notes',
        r`Procore support (in-app Help > Support) for platform bugs; Bluewren logs these on KRC's behalf if asked.`,
      ],
    ],
  ),

  article(
    'aq-kr-databuild',
    'Karri Ridge - Databuild estimating: licence and database errors',
    SET_AQ_CLIENTS.b,
    'Clients/Karri Ridge Constructions/Line of Business',
    [
      [
        'Background',
        r`Estimators use Databuild (estimating and job costing) installed on their PCs and on the RDS server KRC-RDS01. The database is SQL Server on KRC-DB01 (instance KRC-DB01\DATABUILD). Licensing is network concurrent (5 seats) served by the Databuild licence service on KRC-DB01.`,
      ],
      [
        'Symptoms',
        r`"No licence available" / "All licences are in use"; "Cannot connect to database server" / "SQL Server does not exist or access denied"; Databuild opens but the price book is empty; errors after a Databuild update.`,
      ],
      [
        'Fix',
        r`1. No licence: someone has Databuild open and left it (check RDS sessions on KRC-RDS01 with Ninja > Server > Sessions - disconnected sessions hold licences). Log off disconnected sessions after asking the estimator lead (Priya Nand). If all 5 are genuinely in use, KRC can buy another seat via Databuild.
2. Licence service: on KRC-DB01 restart "Databuild Licence Server" service (NinjaOne > Services). Check the time on DB01 matches the DC - licence checks fail with clock skew.
3. Cannot connect to database from a laptop off-site: needs the VPN (see KRC site VPN runbook) or use Databuild (Remote) over RDS.
4. After a Databuild version update, every PC and the RDS must be on the same build - Databuild refuses mixed versions. Push the new client from NinjaOne ("KRC - Databuild Client" package).
5. Price book empty: supplier price file import job on DB01 failed - that's Databuild support (1300 DATABUILD), logged by Priya.`,
      ],
      [
        'Backups',
        r`DB01 SQL backups run at 20:00 before the Acronis job; restoring a Databuild job/estimate = Databuild-aware restore, call Databuild support first.`,
      ],
    ],
  ),

  article(
    'aq-kr-bluebeam',
    'Karri Ridge - Bluebeam Revu sign-in, licences and Studio sessions',
    SET_AQ_CLIENTS.b,
    'Clients/Karri Ridge Constructions/Line of Business',
    [
      [
        'Background',
        r`Karri Ridge has Bluebeam Revu 21 subscription (Basics x12, Core x6) for marking up drawings and takeoffs. Licences are assigned per user in Bluebeam Admin (BBID, signed in with the work email; SSO via Entra). Installed from the Company Portal ("Bluebeam Revu 21"). Plan tables in the Malaga office use Revu with the Wacom tablets.`,
      ],
      [
        'Symptoms',
        r`Revu opens in "Revu Basics" but the user needs Core tools (count measurements, sets), "Sign in to Bluebeam to continue", "Your subscription has no available seats", Studio Session invite not received, or markups not saving to the shared S: drive PDF.`,
      ],
      [
        'Fix',
        r`1. Sign-in loop: Revu > Help > Sign out, close, reopen and sign in with the work email; the Entra sign-in page should appear. Make sure the clock is right - sign-in fails with time skew.
2. Wrong plan / no Core tools: Bluebeam Admin (admin.bluebeam.com, BW login in Keeper) > Users > user > change subscription to Core (if a Core seat is free; Ben Halloran approves moving seats).
3. No available seats: free a seat from a leaver first.
4. Studio Session invite: the session host has to invite the work email; Studio notifications come from @bluebeam.com - check Mailguard. Joining needs the session ID (e.g. 123-456-789) via Studio tab > Join.
5. Markups not saving on S: files: the PDF is open by another user or "Read only" because it's checked out in Studio Projects. Save a copy locally and notify the owner; drives over VPN are slow - keep large sets local.`,
      ],
      ['Notes', r`Revu 20 perpetual licences were retired in 2024 - uninstall if found.`],
    ],
  ),

  // ───────────────────────── Client C: Mercer Quay Lawyers ─────────────────────────
  article(
    'aq-mq-leap-outlook-addin',
    'Mercer Quay - LEAP Outlook add-in missing or not saving emails to matters',
    SET_AQ_CLIENTS.c,
    'Clients/Mercer Quay Lawyers/Line of Business',
    [
      [
        'Background',
        r`Mercer Quay use LEAP (cloud practice management, LEAP Desktop installed on every PC). Emails are filed to matters with the LEAP Outlook add-in ("Save to LEAP" / "LEAP" ribbon group in Outlook desktop). The add-in is a COM add-in installed with LEAP Desktop.`,
      ],
      [
        'Symptoms',
        r`LEAP buttons gone from the Outlook ribbon; "Save to LEAP" greyed out; saved emails don't appear in the matter's correspondence list; Outlook says "A problem was detected with an add-in and it has been disabled".`,
      ],
      [
        'Fix',
        r`1. Outlook > File > Options > Add-ins > Manage: COM Add-ins > Go. Tick "LEAP Outlook Add-in" if unticked. Also check Manage: Disabled Items - enable it if listed.
2. Make LEAP always load: File > Manage COM Add-ins (on the slow add-in warning) > "Always enable this add-in".
3. LEAP Desktop must be running and signed in for the add-in to work. Start LEAP first, then Outlook.
4. Still missing: close Outlook and LEAP, run the LEAP Desktop repair: Settings > Apps > LEAP Desktop > Modify > Repair (or reinstall from Company Portal "LEAP Desktop"). Make sure Office is the 64-bit Microsoft 365 Apps - the add-in doesn't support New Outlook.
5. User switched to New Outlook (toggle top right): switch back to classic Outlook; New Outlook only has the LEAP web add-in which Mercer Quay doesn't use.
6. Saved but not in the matter: check the right matter number was chosen; LEAP sync delay is up to 2 minutes.`,
      ],
      [
        'Escalation',
        r`LEAP support 1300 886 980 (Mercer Quay's account number in Hudu) for server-side issues.`,
      ],
    ],
  ),

  article(
    'aq-mq-leap-desktop',
    "Mercer Quay - LEAP Desktop won't open, crashes, or documents won't open in Word",
    SET_AQ_CLIENTS.c,
    'Clients/Mercer Quay Lawyers/Line of Business',
    [
      [
        'Symptoms',
        r`LEAP Desktop stuck on the splash/loading screen, "LEAP has stopped working", "Unable to connect to LEAP services", documents from a matter opening blank or "Word could not open the document", precedent/templates missing merge fields after an update.`,
      ],
      [
        'Fix',
        r`1. Check LEAP service status (status.leap.com.au) and that the user can reach the internet - LEAP is cloud; nothing works offline.
2. Restart: close LEAP and Word completely (Task Manager > end LEAP.Desktop.exe and WINWORD.EXE), reopen LEAP first.
3. Clear the LEAP cache: LEAP > Help > Clear Cache (or delete %LOCALAPPDATA%\LEAP\Cache when LEAP is closed).
4. Word documents won't open: LEAP Word integration add-in must be enabled in Word > File > Options > Add-ins > COM Add-ins ("LEAP Office Add-in"). Also check Word isn't stuck with a hidden "Document recovery" prompt - open Word alone first.
5. After a LEAP update the first launch takes several minutes while it updates - tell users not to force-close it (LEAP updates on Tuesday nights).
6. Reinstall: uninstall LEAP Desktop, reboot, install the latest from Company Portal. The user's settings are in the cloud so nothing is lost.
7. DNSFilter blocking a new LEAP domain: check the query log for *.leap.com.au / *.leap.services blocks and allowlist.`,
      ],
      [
        'Notes',
        r`Trust account (LEAP Accounts) errors or billing/reports questions go to LEAP support or the practice manager (Georgina Vella), not Bluewren.`,
      ],
    ],
  ),

  article(
    'aq-mq-scan-to-matter',
    'Mercer Quay - scanning to LEAP matters and scan-to-email (overrides generic Apeos scan article)',
    SET_AQ_CLIENTS.c,
    'Clients/Mercer Quay Lawyers/Printers',
    [
      [
        'Scope',
        r`Use this instead of the generic Apeos scan-to-email article for Mercer Quay. Mercer Quay's Apeos C5570 (level 9 copy room) does NOT send scan-to-email through the Mailguard relay. Scans go two ways:`,
      ],
      [
        'How it works',
        r`- "Scan to Me": PaperCut MF Scan to My Email - the user logs in at the copier with their card, picks "Scan to Me", and PaperCut sends the PDF through Microsoft 365 using the OAuth connector (PaperCut > Options > Email > Microsoft 365 OAuth). 
- "Scan to LEAP": PaperCut Integrated Scanning workflow saves the PDF into the OneDrive folder "Scans" of the user, then the LEAP "Scan Inbox" picks it up so they can file it to a matter from LEAP > Documents > Scan Inbox.`,
      ],
      [
        'Fix',
        r`1. Scan to Me not arriving: PaperCut admin > Logs > Scan jobs - look for "Token expired" on the Microsoft 365 connector. Re-authorise: Options > Email > Microsoft 365 > Reconnect, sign in with scanner@mercerquay.com.au (password in Hudu). This expires about every 90 days.
2. Scan to LEAP not appearing: check the user's OneDrive is syncing (tray icon) and the Scans folder exists; LEAP Scan Inbox only shows files for the signed-in user. Scan Inbox path is set in LEAP > Settings > Scanning.
3. Large scans (court bundles): use 200 dpi mono; above 100 pages split the job.
4. Error 016-764 on the panel is only relevant if someone used the old "E-mail" button - it's disabled; tell the user to use Scan to Me.`,
      ],
      ['Notes', r`Scans of client ID documents (VOI) must go to the matter, not email - remind the user.`],
    ],
  ),

  article(
    'aq-mq-speechlive-dictation',
    'Mercer Quay - Philips SpeechLive dictation and SpeechMike problems',
    SET_AQ_CLIENTS.c,
    'Clients/Mercer Quay Lawyers/Line of Business',
    [
      [
        'Background',
        r`Lawyers dictate with Philips SpeechMike Premium Air (wireless) or SpeechMike Premium (USB) into Philips SpeechLive (cloud). Secretaries type from SpeechLive with foot pedals (ACC2310). The "Philips Device Control Center" and "SpeechLive Recorder" apps are deployed from the Company Portal. Lawyers also use the SpeechLive mobile app on their phones.`,
      ],
      [
        'Symptoms',
        r`SpeechMike buttons do nothing / record button doesn't start the recorder; "Device not connected"; foot pedal not controlling playback; dictations not appearing in the secretary's worklist; SpeechLive speech recognition not returning text.`,
      ],
      [
        'Fix',
        r`1. SpeechMike not responding: check it's in the Philips Device Control Center (tray). Premium Air: the docking station must be connected by USB and the mic paired (press and hold the dock button until the light flashes, then put the mic in the dock). Try another USB port not on the dock.
2. Buttons work in Control Center but not SpeechLive: in Control Center set the application control to "SpeechLive Recorder" (not "Dictation Hub"). Update the firmware from Control Center.
3. Foot pedal: it only controls playback in the browser when the SpeechLive Browser Extension (Edge) is installed and enabled. Check Edge > Extensions.
4. Dictations missing for the secretary: SpeechLive > Settings > Workflow - the author must be linked to the right secretary/typist group. Changes need the SpeechLive admin (Georgina Vella or Bluewren).
5. Uploads stuck "Sending" on the phone app: check mobile data is allowed for the app, then Retry upload.`,
      ],
      [
        'Escalation',
        r`Faulty hardware: Philips via Voicepoint (AU distributor), warranty 2 years - log the RMA in HaloPSA.`,
      ],
    ],
  ),

  // ───────────────────────── Client D: Pilbara Link Freight ─────────────────────────
  article(
    'aq-pl-zebra-labels',
    'Pilbara Link - Zebra label printers: blank, offset or skipping labels',
    SET_AQ_CLIENTS.d,
    'Clients/Pilbara Link Freight/Printers',
    [
      [
        'Background',
        r`The Kewdale depot dock office has three Zebra ZT411 label printers (PL-KEW-ZT1 to ZT3, 4x6 thermal transfer labels) and Port Hedland has one ZD421. Consignment and pallet labels print from CartonCloud through the PrintNode client running on PL-KEW-PRN01 (mini PC under the dispatch desk).`,
      ],
      [
        'Symptoms',
        r`Labels come out blank, print half on one label and half on the next, every second label skipped, the printer flashes red "PAUSED" / "RIBBON OUT" / "MEDIA OUT", barcode too faint to scan, or CartonCloud says "Printed" but nothing comes out.`,
      ],
      [
        'Fix',
        r`1. Offset/skipping labels: run media calibration - on ZT411 press the menu > Print > Sensors > Manual calibration, or hold PAUSE + CANCEL for 2 seconds (ZD421: hold FEED until it flashes twice then release). Always recalibrate after changing label roll type.
2. Blank labels: thermal transfer needs ribbon - check the ribbon is loaded ink side out. If they've switched to direct thermal labels, change the print method to Direct Thermal in the menu.
3. Faint barcodes: increase Darkness to 25-28 in the driver (Printing Preferences > Options) or on the printer menu. Worn printhead (lines through print) = Zebra service, the printers are on a Zebra OneCare contract.
4. CartonCloud says printed but nothing: PrintNode dashboard (PrintNode login in Hudu) - is PL-KEW-PRN01 online? If not, check the mini PC is on and the PrintNode service is running; reboot it.
5. Printer offline in PrintNode but PC is online: ping the printer IP (reserved on the FortiGate, 10.40.10.51-53). Power cycle the printer.`,
      ],
      [
        'Notes',
        r`Don't use the generic Windows printer troubleshooting on PRN01; the queues use the ZDesigner driver with specific settings, and PrintNode must not be updated without testing.`,
      ],
    ],
  ),

  article(
    'aq-pl-cartoncloud-app',
    'Pilbara Link - CartonCloud warehouse app on Zebra TC21 handhelds',
    SET_AQ_CLIENTS.d,
    'Clients/Pilbara Link Freight/Line of Business',
    [
      [
        'Background',
        r`Warehouse staff pick, pack and receive with the CartonCloud Warehouse app on Zebra TC21 Android handhelds (12 at Kewdale, 4 at Port Hedland), enrolled in Intune as Android Enterprise dedicated devices in kiosk mode (Managed Home Screen). They connect to the "PLF-Scanners" SSID.`,
      ],
      [
        'Symptoms',
        r`Scanner beam works but nothing enters the app; app says "You are offline" or "Sync pending (n)"; staff can't log in ("Invalid credentials"); handheld stuck on the Managed Home Screen with no CartonCloud icon; battery won't hold a shift.`,
      ],
      [
        'Fix',
        r`1. Scanning doesn't enter data: DataWedge profile for CartonCloud is missing - it's pushed by Intune (OEMConfig profile "PLF DataWedge"). Sync the device from Intune > Devices > device > Sync, or reboot the handheld.
2. Offline / sync pending: check Wi-Fi (the back of the cold store at Kewdale has a known dead spot near bays 30-34). Move to the dock and wait - pending scans upload automatically, don't log out (logging out discards pending items).
3. Login fails: CartonCloud user accounts are managed by the warehouse manager (Dale Rutherford) in CartonCloud > Settings > Users, not Entra. Password resets are done there.
4. App missing from kiosk: Intune > Apps > CartonCloud Warehouse - check the device is in group "PLF-TC21-Kiosk" and the app assignment is Required. Kiosk exit PIN is in Hudu if we need to get to Settings.
5. Battery: TC21 batteries older than 2 years (check Settings > Battery > Battery health in kiosk admin mode) - replace; spares in the dock office charging cradle.`,
      ],
      [
        'Notes',
        r`CartonCloud platform outages: status.cartoncloud.com, support via their in-app chat (account owner is Dale).`,
      ],
    ],
  ),

  article(
    'aq-pl-depot-internet-outage',
    'Pilbara Link - Kewdale/Port Hedland internet outage (overrides generic ISP outage runbook)',
    SET_AQ_CLIENTS.d,
    'Clients/Pilbara Link Freight/Network',
    [
      [
        'Scope',
        r`Use this instead of the generic NBN/ISP outage article for Pilbara Link. Pilbara Link's depots are different from our standard NBN + 4G design, because CartonCloud and the handhelds stop the dock when the internet stops.`,
      ],
      [
        'Kewdale',
        r`- wan1: Aussie Broadband 500/500 Enterprise Ethernet fibre (not NBN) - fault SLA 4 hours, fault line 1300 480 905 quoting the Enterprise service ID in Hudu.
- wan2: Starlink Business (dish on the warehouse roof), full failover, unmetered 1 TB then deprioritised.
- The FortiGate 60F SD-WAN rule sends CartonCloud, 3CX and PrintNode first on whichever is up.`,
      ],
      [
        'Port Hedland',
        r`- wan1: Telstra NBN Fixed Wireless (frequent cyclone-season outages Nov-Apr), wan2: Telstra 4G via Teltonika RUTX11 with an external antenna. No fibre available.
- If both drop during a cyclone warning, there is nothing to do remotely - staff switch to paper consignment books (depot procedure, not ours).`,
      ],
      [
        'Steps',
        r`1. FortiCloud > PLF-KEW-FW / PLF-PHE-FW > SD-WAN: which member is dead.
2. Kewdale fibre down: log with Aussie BB Enterprise (4 h SLA) immediately; Starlink carries the depot. Check Starlink app for obstruction alerts.
3. Both Kewdale links down: check the comms cabinet UPS in the dock office (NinjaOne shows the UPS via PL-KEW-PRN01 - on battery?). Power outage = call Dale Rutherford.
4. Port Hedland: check Telstra outage map for 6721; log faults via the Telstra partner portal.
5. Tell dispatch (Dale) the expected time; they decide whether to switch to paper.`,
      ],
    ],
  ),
];
