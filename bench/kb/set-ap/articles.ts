/**
 * Set AP: a blind labelled KB set for an Austin, Texas MSP ("Live Oak IT Services") that keeps its
 * documentation in Hudu. Standard stack: Microsoft 365 Business Premium with Entra ID (hybrid with
 * on-prem AD through Entra Connect where a client has a server) and Intune with Autopilot, SonicWall
 * TZ firewalls with NetExtender / Mobile Connect SSL VPN and Content Filtering, Ubiquiti UniFi Wi-Fi
 * and switches, Datto RMM for monitoring and patching, Huntress with Microsoft Defender for Business,
 * Datto SIRIS for servers and Datto SaaS Protection for Microsoft 365, Mimecast mail filtering,
 * Keeper password manager, Nextiva phones (Poly VVX and Yealink desk phones), Ricoh IM C copiers
 * leased from a local dealer and Brother / HP printers through Universal Print. Clients: a family
 * dental practice in Austin (Dentrix G7, DEXIS sensors, Weave phones and texting, Dentrix eClaims),
 * a title and escrow company with offices in Austin and Marble Falls (SoftPro Select, Fujitsu
 * fi-7160 scanners with PaperStream, CertifID wire verification), a CNC machine shop in Pflugerville
 * (JobBOSS², SolidWorks on a SolidNetWork licence server, shop-floor kiosks, Predator DNC with Moxa
 * serial servers) and a CPA firm in Round Rock (Thomson Reuters UltraTax CS and CS Professional
 * Suite, SmartVault client portal).
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_AP_CLIENTS = {
  a: 'Barton Creek Family Dentistry, P.C.',
  b: 'Colorado River Title & Escrow LLC',
  c: 'Lonestar Precision Machining, Inc.',
  d: 'Reyes Kowalski CPAs, P.C.',
} as const;

const r = String.raw;

export const SET_AP_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365 / Outlook
  article(
    'ap-outlook-password-prompts',
    'Outlook keeps asking for the password, "Need Password" in the status bar',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Outlook for Windows pops up a Microsoft sign-in window or a grey Windows Security box asking for the password, over and over, even though the password is right. The status bar at the bottom shows "Need Password" or "Disconnected" and new mail stops arriving. Variations: the sign-in window is blank white, or it says "Something went wrong [1001]" or "Your account needs attention". Most of these tickets come in the morning after the user changed their password or after they re-registered MFA on a new phone. Teams and OneDrive may prompt at the same time.`,
      ],
      [
        'Cause',
        r`Office signs in through the Web Account Manager (WAM) and the AAD Broker plugin. After a password change the cached tokens in Credential Manager are stale, or the broker registration is damaged, so Outlook keeps asking for credentials it can never use. Old registry tweaks from before modern authentication (EnableADAL=0) cause the same loop.`,
      ],
      [
        'Fix',
        r`1. Have the user sign in at https://outlook.office.com in a private browser window. If that fails too, it is not an Outlook problem: see the lockout and password reset articles.
2. Close Outlook, Teams and OneDrive from the system tray.
3. Control Panel > Credential Manager > Windows Credentials: remove every entry that starts with MicrosoftOffice16_Data, msteams and OneDrive Cached Credential.
4. Check HKCU\Software\Microsoft\Office\16.0\Common\Identity and delete EnableADAL or DisableADALatopWAMOverride if present.
5. Re-register the broker as the user (Datto RMM component "LOIT - Repair AAD Broker" does this):
Add-AppxPackage -Register "$env:windir\SystemApps\Microsoft.AAD.BrokerPlugin_cw5n1h2txyewy\Appxmanifest.xml" -DisableDevelopmentMode -ForceApplicationShutdown
6. Restart, open Outlook, sign in once and approve the Authenticator prompt.
7. Still looping: create a new profile in Control Panel > Mail (Microsoft Outlook) > Show Profiles > Add, and set it as the default.
Never click "Disconnect" under Settings > Accounts > Access work or school on an Entra-joined laptop; it removes the device from Intune.`,
      ],
      [
        'Escalate',
        r`If every device of the user prompts, check the Entra sign-in logs. A Conditional Access failure (53003, 53000) is handled in the Conditional Access article.`,
      ],
    ],
  ),
  article(
    'ap-outlook-slow-ost',
    'Outlook slow, freezing or "Not Responding": add-ins, cache size and OST rebuild',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Outlook hangs for several seconds when the user clicks between folders, the title bar shows "(Not Responding)", typing in a new email lags, or Outlook crashes on start. Mail only shows up after Outlook is restarted, the status bar is stuck on "Updating this folder", or items visible in Outlook on the web are missing in the desktop app. Errors seen: "Outlook data file cannot be accessed", "The file ...ost is not an Outlook data file".`,
      ],
      [
        'Cause',
        r`A corrupt or very large offline cache (OST files over 50 GB are common for users who never delete anything), COM add-ins that slow every click (old Zoom, Adobe PDFMaker, Mimecast for Outlook, SmartVault, Dentrix letter merge), or Cached Exchange Mode set to keep "All" mail on a laptop with a small SSD.`,
      ],
      [
        'Fix',
        r`1. Start Outlook in safe mode: Win+R, outlook.exe /safe. If it is fast there, go to File > Options > Add-ins > Manage COM Add-ins > Go and untick add-ins one at a time.
2. Check the OST size in %localappdata%\Microsoft\Outlook. Anything over 20 GB: File > Account Settings > Account Settings > Change, move the "Download email for the past" slider to 1 year.
3. Rebuild the cache: close Outlook, rename name@domain.ost to .old, open Outlook and let it download again. Warn the user this takes an hour or more on a big mailbox; Outlook on the web works meanwhile.
4. Run an Office Quick Repair: Settings > Apps > Installed apps > Microsoft 365 Apps > Modify > Quick Repair (Online Repair if that fails).
5. Still crashing: create a new Outlook profile (Control Panel > Mail > Show Profiles) and delete the old one after a week.
6. If the user turned on the "New Outlook" toggle and things look different, switch the toggle off to return to classic Outlook.`,
      ],
      [
        'Escalate',
        r`If Outlook on the web is also slow or missing items, check Service health in the Microsoft 365 admin center before touching the PC.`,
      ],
    ],
  ),
  article(
    'ap-outlook-search',
    'Outlook search returns nothing or "Search results may be incomplete"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`The search box in Outlook finds nothing, or only old mail, even though the email is clearly in the inbox. Banners: "Search results may be incomplete because items are still being indexed", "We're having trouble fetching results from the server", or "Something went wrong and your search couldn't be completed". The search box may be greyed out.`,
      ],
      [
        'Cause',
        r`Classic Outlook searches the local Windows Search index of the OST. The index is paused, corrupt or excludes Outlook, the Windows Search service is stopped, or the OST is so large that indexing never finishes.`,
      ],
      [
        'Fix',
        r`1. In Outlook click in the search box > Search Tools > Indexing Status. "Outlook has finished indexing all of your items" with bad results means the index is corrupt.
2. Control Panel > Indexing Options > Modify: make sure Microsoft Outlook is ticked.
3. services.msc: Windows Search (WSearch) must be Running, startup type Automatic (Delayed Start).
4. Indexing Options > Advanced > Rebuild. It can take several hours; leave the PC on and plugged in overnight.
5. If rebuilding does not help, force Outlook to use server-side search: set HKLM\SOFTWARE\Policies\Microsoft\Windows\Windows Search\PreventIndexingOutlook (DWORD) = 1 and restart Outlook. Search then runs against Exchange Online and is usually better for large mailboxes.
6. Meanwhile tell the user to search in Outlook on the web, which never uses the local index.
7. If the OST is enormous, reduce the cached mail period as described in the slow Outlook article.`,
      ],
      [
        'Escalate',
        r`If OWA search also misses the mail, the message may have been moved or deleted: check the message trace and the deleted items recovery article.`,
      ],
    ],
  ),
  article(
    'ap-shared-mailbox-calendar',
    'Shared mailbox or shared calendar missing, "no permission to send on behalf"',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`A user was given access to a shared mailbox (info@, billing@, frontdesk@, closings@) but it does not appear in the Outlook folder pane. Or the mailbox shows but replies fail with "You do not have the permission to send the message on behalf of the specified user". Sent replies land in the user's own Sent Items instead of the shared mailbox. For calendars: the user cannot see a colleague's or a room's calendar, it says "cannot be displayed", or they can only see "Busy" blocks without details.`,
      ],
      [
        'Cause',
        r`Automapping takes up to an hour and needs an Outlook restart. Full Access was granted without Send As. Access granted through a group does not automap. Calendar permissions were left at "Can view when I'm busy".`,
      ],
      [
        'Fix',
        r`1. Exchange admin center > Recipients > Mailboxes > the shared mailbox > Delegation: add the user to Read and manage (Full Access) and to Send as. Use Send on behalf only if the client wants the "on behalf of" wording.
2. Wait up to 60 minutes, then restart Outlook. Outlook on the web: right-click Folders > Add shared folder or mailbox.
3. Permission given via a security group: add the mailbox by hand under File > Account Settings > Change > More Settings > Advanced > Add.
4. Keep sent items in the shared mailbox: Set-Mailbox closings -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true
5. Calendars: the owner right-clicks the calendar > Sharing Permissions (or Share) and picks "Can view all details" or "Can edit". Admin alternative: Add-MailboxFolderPermission -Identity user@domain:\Calendar -User viewer@domain -AccessRights Reviewer (Editor to edit).
6. "Cannot be displayed": remove the calendar from the Outlook list and add it again via Add Calendar > From Address Book.`,
      ],
      [
        'Escalate',
        r`If the shared mailbox is over 50 GB it needs a licence; raise with the account manager.`,
      ],
    ],
  ),
  article(
    'ap-mailbox-full-archive',
    'Mailbox full, "Your mailbox is almost full", turning on the Online Archive',
    null,
    'Microsoft 365/Outlook',
    [
      [
        'Symptoms',
        r`Outlook shows a yellow bar "Your mailbox is almost full" or "Mailbox full - you can no longer send". Outside senders get a bounce 554 5.2.2 "mailbox full" when they email the user. The user cannot move or save items.`,
      ],
      [
        'Cause',
        r`Business Premium mailboxes are 50 GB. Long-time users with attachments and never-emptied Deleted Items reach it. Shared mailboxes without a licence also stop at 50 GB.`,
      ],
      [
        'Fix',
        r`1. Check the size: Exchange admin center > Mailboxes > user > Mailbox usage, or Get-MailboxStatistics user | fl TotalItemSize, and Get-MailboxFolderStatistics to see which folder is large.
2. Turn on the Online Archive: Exchange admin center > Mailboxes > user > Others > Manage mailbox archive > Enable. Business Premium includes the archive and auto-expanding archiving.
3. Apply the retention policy "LOIT - Archive after 2 years" (Default MRM tag Move to Archive) and kick it off with Start-ManagedFolderAssistant user@domain. The first run can take 24-48 hours.
4. While that runs, help the user: empty Deleted Items and Junk, sort the Inbox by Size and delete or save big attachments to OneDrive.
5. Do not export to PST. PST files on a laptop are not backed up by Datto SaaS Protection and get lost.
6. Tell the user the archive appears in Outlook as "Online Archive - name" and is searchable.`,
      ],
      [
        'Escalate',
        r`If the archive itself is near 100 GB or the mailbox is on a kiosk (F3) licence, raise with the vCIO.`,
      ],
    ],
  ),
  article(
    'ap-mail-bounce-ndr',
    'Email bounced back: reading non-delivery reports (550 5.1.1, 5.7.1, 5.7.26, 5.4.1)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        r`The user gets "Undeliverable:" or "Delivery has failed to these recipients or groups" back after sending. Or outside people say the emails they send to us bounce.`,
      ],
      [
        'Cause and fix by code',
        r`550 5.1.1 / 5.1.10 "recipient not found": the address is wrong or Outlook autocomplete kept an old entry. Have the user start typing the name, hover the suggestion and click the X, then type the address in full.
550 5.7.1 / 5.7.133 "not authorized to send to this group": the distribution group only accepts internal senders. Exchange admin center > Groups > group > Settings > allow external senders, if the client approves.
550 5.7.26 / 5.7.509 "unauthenticated email ... DMARC": mail sent in our domain's name by another system (website form, QuickBooks, the copier, a marketing tool) fails SPF/DKIM. Add the service to the SPF record (include:) or set up DKIM for it; check the record in Hudu > client > DNS.
550 5.4.1 "Recipient address rejected: Access denied": the recipient's tenant does not know that address; ask them to check it.
5.7.708 / 5.7.750 or "Your message couldn't be delivered because you weren't recognized as a valid sender" and the user is restricted from sending: treat as a compromised account, see that article first.
554 5.2.2 mailbox full: the recipient's mailbox is full; nothing to do on our side.`,
      ],
      [
        'Steps',
        r`1. Get the full bounce (forward as attachment) and note the code and the server that rejected it.
2. Exchange admin center > Mail flow > Message trace for the sender and recipient. Outbound mail relays through Mimecast, so also check Mimecast > Message Center > Message Tracking.
3. Fix per the code list above and ask the user to resend.`,
      ],
      [
        'Escalate',
        r`DNS changes (SPF, DKIM, DMARC) are made by the senior engineer on the client's registrar; log the change in Hudu.`,
      ],
    ],
  ),
  article(
    'ap-mimecast-held-mail',
    'External email not arriving: Mimecast held messages, releasing and permitting senders',
    null,
    'Microsoft 365/Email security',
    [
      [
        'Symptoms',
        r`A customer or vendor says they sent an email that never arrived, and it is not in Junk. The user gets a Mimecast digest "You have held messages". Attachments arrive as a link "This attachment has been removed by Mimecast" or arrive late. Password-protected PDFs or zip files never show up. A daily report from an outside system stopped coming.`,
      ],
      [
        'Cause',
        r`Mimecast scored the message as spam, held it for admin review (encrypted or password-protected attachments cannot be scanned), the sandbox (Attachment Protect) delayed it, or the sender is on a blocked list.`,
      ],
      [
        'Fix',
        r`1. Mimecast Administration Console > Message Center > Held Messages: search by sender address or the user's address, last 7 days.
2. Not there: Message Center > Message Tracking for the sender's domain. Look at Rejected and Bounced; the reason is shown (e.g. "Spam signature", "Sender address blocked", "SPF hard fail").
3. Release the message to the user. If the sender is legitimate and recurring, permit them for that user under Administration > Gateway > Managed Senders, or for the whole client under Policies > Permitted Senders.
4. Encrypted or password-protected attachments: only release after confirming with the sender by phone that they sent it. Then release.
5. Nothing in Mimecast at all: the message never reached us. Ask the sender for their bounce message.
6. Users can release their own spam from the digest email or the Mimecast for Outlook add-in / personal portal; show them once.`,
      ],
      [
        'Escalate',
        r`Never permit a free-mail domain (gmail.com, yahoo.com) or the client's own domain. Spoofing of the client's own domain goes to the senior engineer.`,
      ],
    ],
  ),
  article(
    'ap-recover-deleted-email',
    'Recover deleted emails, folders, contacts or calendar items',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        r`The user deleted an email or a whole folder by mistake, emptied Deleted Items, or a folder of mail "disappeared". Contacts or calendar appointments are gone after a phone sync.`,
      ],
      [
        'Fix',
        r`1. Look in Deleted Items first, and search All Mailboxes in Outlook on the web in case the folder was dragged into another folder.
2. Emptied Deleted Items: Outlook > Deleted Items > "Recover items recently removed from this folder" (Outlook on the web: Deleted Items > Recover items deleted from this folder). Select and Restore. Our tenants keep recoverable items for 30 days (RetainDeletedItemsFor 30).
3. Admin route for many items: Exchange admin center > Mailboxes > user > Recover deleted items, or PowerShell:
Get-RecoverableItems -Identity user@domain -FilterStartTime 01/05/2026 -SubjectContains "invoice"
Restore-RecoverableItems -Identity user@domain -FilterItemType IPM.Note
4. Older than 30 days, or a whole folder: Datto SaaS Protection portal > client > Exchange > user > pick the backup date > browse Mail / Calendar / Contacts > select > Restore. Items come back in a folder named "Restored <date>" so nothing is overwritten. Use Export for a PST if the client needs a copy for legal.
5. Confirm with the user and close.`,
      ],
      [
        'Escalate',
        r`Mailbox of a departed employee that was deleted more than 30 days ago: only Datto SaaS Protection can bring it back; see the offboarding article for how leavers are kept.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Teams / OneDrive / SharePoint / Office
  article(
    'ap-teams-av',
    'Teams meetings: others cannot hear me, no camera, headset not working',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`In a Teams meeting or call the user cannot be heard, their mic icon shows a warning "We can't find a microphone", the camera preview is black or says "Your camera is being used by another app", the Jabra or Poly headset plays music but not Teams audio, people hear echo, or the user's voice is robotic and cutting out.`,
      ],
      [
        'Cause',
        r`Teams picked the wrong device (laptop mic instead of headset, monitor speakers instead of headset), Windows privacy settings block desktop apps from the mic or camera, another app holds the camera, the laptop's privacy shutter or camera kill key is on, or poor Wi-Fi / VPN causes the robotic audio.`,
      ],
      [
        'Fix',
        r`1. Teams > Settings (...) > Devices: set Speaker, Microphone and Camera explicitly. Use "Make a test call".
2. In a meeting, click the arrow next to the mic > Audio settings and choose the headset.
3. Windows Settings > Privacy & security > Microphone and Camera: "Let apps access" and "Let desktop apps access" must be On.
4. Close Zoom, Webex, the Windows Camera app and browser tabs that use the camera. Check the physical shutter on the webcam and the camera key (F8/F9 on Lenovo, F10 on some Dell and HP models).
5. Headset: plug it straight into the laptop instead of the dock or monitor USB hub. Update firmware with Jabra Direct or Poly Lens.
6. Robotic or choppy audio: move to wired Ethernet or closer to the access point, disconnect the VPN if it is not needed, turn off incoming video.
7. Restart Teams fully (right-click tray icon > Quit).`,
      ],
      [
        'Escalate',
        r`Device missing from Device Manager entirely: hardware fault, replace the headset or open a warranty case for the laptop.`,
      ],
    ],
  ),
  article(
    'ap-teams-wont-load',
    'Teams will not open: white screen, endless loading, sign-in loop, caa7000a / caa20003',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Symptoms',
        r`Teams shows a spinning logo forever, a blank white or purple window, "We're sorry - we've run into an issue", or keeps returning to the sign-in page. Error codes: caa7000a or caa70004 (network), caa20003 / 0xCAA20003 (authorization), 0xCAA82EE2 (timed out). Chats not updating, messages stuck "Sending".`,
      ],
      [
        'Cause',
        r`A corrupt Teams cache, leftover classic Teams alongside new Teams, a stale sign-in token, or the network blocking Microsoft endpoints (SonicWall DPI-SSL or content filter, hotel Wi-Fi, a VPN).`,
      ],
      [
        'Fix',
        r`1. Quit Teams from the system tray.
2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Or delete %localappdata%\Packages\MSTeams_8wekyb3d8bbwe\LocalCache.
3. Classic Teams still installed: uninstall "Teams Machine-Wide Installer" and "Microsoft Teams classic" from Installed apps, then reboot.
4. Sign-in loop or caa20003: clear the msteams and MicrosoftOffice16 entries in Credential Manager and re-register the AAD Broker plugin exactly as in the Outlook password prompt article.
5. caa7000a / network: try a phone hotspot. If Teams works there, check the SonicWall: Teams endpoints must be in the DPI-SSL exclusion list and must not be blocked by Content Filter.
6. Reinstall Teams from Company Portal if it still fails.
7. Workaround while fixing: https://teams.microsoft.com in Edge.`,
      ],
      [
        'Escalate',
        r`Whole office affected at once: check Microsoft 365 Service health and the firewall first.`,
      ],
    ],
  ),
  article(
    'ap-onedrive-sync',
    'OneDrive not syncing: red X, "Sync pending", paused, files not showing on the other computer',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`Files in File Explorer show a red circle with an X, or the two-arrow sync icon never finishes. The OneDrive cloud icon in the tray is grey, paused or has a red badge. A file saved on the laptop does not appear on the desktop PC or in the web. Errors: "There's a problem with one or more files", "The file name is invalid", "This item might not exist or is no longer available", "You're not syncing this shortcut", "Your OneDrive is full". Desktop and Documents are redirected to OneDrive (Known Folder Move), so users notice this as "my desktop files are not on my other computer".`,
      ],
      [
        'Cause',
        r`Invalid characters in file names, paths longer than 400 characters, files locked open by another program, sync paused (metered network or battery saver), storage over the 1 TB quota, an expired sign-in, or a SharePoint library synced twice (Sync and Add shortcut).`,
      ],
      [
        'Fix',
        r`1. Click the OneDrive cloud icon > the error banner to see which files fail.
2. Rename files containing " * : < > ? / \ | or starting with ~$; shorten deeply nested folder names.
3. Close the file in Excel or Word if it is open elsewhere, then "Resume syncing".
4. Settings (gear) > Account: confirm the work account is signed in; sign in again if it shows an error.
5. Reset the client: %localappdata%\Microsoft\OneDrive\onedrive.exe /reset then start OneDrive again. It re-scans, it does not delete files.
6. SharePoint libraries: use "Add shortcut to My files" or "Sync", never both for the same library.
7. Need a file without internet: right-click > Always keep on this device. "Free up space" returns it to online-only.`,
      ],
      [
        'Escalate',
        r`Many users of one library failing at once: check the library permissions and the SharePoint Service health.`,
      ],
    ],
  ),
  article(
    'ap-sharepoint-access-sharing',
    'Access denied to a SharePoint site or Teams files, sharing files with people outside',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`The user sees "You need permission to access this item" with a Request access button, or the Files tab of a Teams channel is empty or denied. An outside person (client, vendor, auditor) clicks a shared link and gets "That account doesn't have access", "This link has been disabled" or keeps being asked for a verification code. The user asks how to send a folder to someone outside.`,
      ],
      [
        'Cause',
        r`The user is not a member of the Team / Microsoft 365 group that owns the site, the files are in a private channel, or the link was created as "People in your organization". Guests must open the link with the exact email address it was sent to. Anonymous "Anyone with the link" sharing is off in Live Oak tenants.`,
      ],
      [
        'Fix',
        r`1. Internal user: a Team owner adds them in Teams > team > ... > Manage team > Add member. For a plain site: Site > Settings > Site permissions > Add members. Private channels need the person added to the channel itself.
2. Access requests go to the site owner's email; remind the client who owns the site (listed in Hudu > client > SharePoint sites).
3. Share with an outsider: select the file or folder > Share > "Specific people" > type their email > Send. They receive a one-time code by email each time, which is normal.
4. Guest says no access: confirm they use the same address the invite went to, open the link in a private window, and check their Junk folder for the code.
5. Guest links expire after 30 days; reshare if needed.`,
      ],
      [
        'Escalate',
        r`Requests to enable "Anyone" links or to share a whole site externally need the vCIO's approval and the client's sign-off.`,
      ],
    ],
  ),
  article(
    'ap-restore-onedrive-files',
    'Restore deleted or overwritten files in OneDrive, SharePoint and Teams',
    null,
    'Microsoft 365/OneDrive & SharePoint',
    [
      [
        'Symptoms',
        r`A file or folder was deleted from OneDrive, a Teams channel's Files tab or a SharePoint library. A colleague saved over a spreadsheet and the old numbers are gone. A file "vanished" after someone moved a folder. Hundreds of files were renamed or changed at once.`,
      ],
      [
        'Fix',
        r`1. Deleted items: open the site or OneDrive in the browser > Recycle bin. Select and Restore. Items stay 93 days in total.
2. Not in the recycle bin: at the bottom of the recycle bin page click "Second-stage recycle bin" (site collection admin).
3. Overwritten file: right-click the file > Version history > pick the version by date and author > Restore. In the desktop app: File > Info > Version History.
4. Mass change or deletion in one OneDrive: OneDrive web > Settings > Restore your OneDrive, choose a day and time. For a SharePoint library: Library settings > Restore this library.
5. Older than 93 days, or the site itself was deleted: Datto SaaS Protection > client > OneDrive or SharePoint > pick the snapshot date > select files > Restore (to a "Restored" folder) or Export.
6. Many files changed at once with odd extensions: stop and read the ransomware article before restoring anything.`,
      ],
      [
        'Escalate',
        r`Files that lived only on the local C: drive or on a file server are not covered here; server files are restored from Datto SIRIS.`,
      ],
    ],
  ),
  article(
    'ap-office-unlicensed',
    'Office apps say "Unlicensed Product", "Product Deactivated" or open read-only',
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Symptoms',
        r`A red or yellow bar in Word, Excel or Outlook: "Unlicensed Product - most features have been disabled", "Product Deactivated", "Account notice: there's a problem with your Microsoft 365 subscription", or "Sign in to activate". Documents open in read-only / view mode and the ribbon is greyed out. Often on a new hire's PC or after someone's licence was changed.`,
      ],
      [
        'Cause',
        r`The user has no licence that includes the desktop apps (for example Business Basic was assigned instead of Business Premium), the user is signed into Office with a personal Microsoft account, the licence was removed when the client cut seats, or the user has reached the limit of 5 PCs.`,
      ],
      [
        'Fix',
        r`1. Microsoft 365 admin center > Users > Active users > user > Licenses and apps: Microsoft 365 Business Premium must be ticked and "Microsoft 365 Apps for business" enabled under Apps.
2. Same page > Microsoft 365 apps installs (or the user at https://myaccount.microsoft.com > Office apps): sign out of old PCs to free a slot.
3. On the PC: File > Account > Sign out of every account, clear MicrosoftOffice16 entries from Credential Manager, restart, open Word and sign in with the work address.
4. Still failing: run the Microsoft Support and Recovery Assistant activation scenario, or Settings > Apps > Microsoft 365 > Modify > Online Repair.
5. No spare licence: do not take one from another user. Create a purchase request for the account manager; licences are bought through Pax8 and show within 15 minutes.`,
      ],
      ['Escalate', r`Billing, seat counts and upgrades go to the account manager.`],
    ],
  ),
  article(
    'ap-mobile-outlook-intune',
    'Work email and Teams on iPhone and Android: Outlook app, app protection, "get the Company Portal"',
    null,
    'Microsoft 365/Mobile',
    [
      [
        'Symptoms',
        r`The built-in iPhone Mail or Samsung Email app stops syncing work email or will not add the account. Outlook on the phone says "Your organization is now protecting its data in this app. You need to restart the app", asks for a PIN, or says "Get the app: Microsoft Authenticator / Company Portal is required". Copying text from a work email and pasting into WhatsApp or Notes is blocked: "Your organization's data cannot be pasted here".`,
      ],
      [
        'Cause',
        r`Conditional Access allows mobile access to Microsoft 365 only from approved apps (Outlook, Teams, OneDrive, Edge) with an Intune App Protection Policy. Native mail apps are blocked. On Android the Company Portal app acts as the broker; on iPhone Microsoft Authenticator does.`,
      ],
      [
        'Fix',
        r`1. Install Microsoft Outlook from the App Store / Google Play and add the work account there. Remove the work account from the built-in Mail app.
2. iPhone: make sure Microsoft Authenticator is installed and signed in with the work account. Android: install Company Portal and sign in (no need to enrol the device).
3. Set the app PIN when asked; it is the app's own PIN, not the phone's.
4. The paste restriction is by design: company data can only be pasted into managed apps.
5. New phone: the old phone's app registration can block nothing, but if Authenticator moved, see the MFA new phone article.
6. Calendar and contacts: enable "Save contacts" in Outlook settings if the user wants caller names.`,
      ],
      [
        'Escalate',
        r`Users who need native mail for a business reason need an exception approved by the client contact and the vCIO.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Identity
  article(
    'ap-password-reset',
    'Password resets, self-service password reset and the laptop not taking the new password',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        r`User forgot their password, is told "Your password has expired" (only on temporary passwords), or changed their password at home and the laptop still wants the old one at the Windows sign-in screen. Phone email stopped working after a password change.`,
      ],
      [
        'Policy',
        r`Passwords are 14+ character passphrases and do not expire unless compromised. Users can reset themselves through self-service password reset (SSPR) with the Authenticator app or their mobile number. Hybrid clients have password writeback enabled in Entra Connect.`,
      ],
      [
        'Fix',
        r`1. Self-service first: the user goes to https://aka.ms/sspr (or "Can't access your account?" on any Microsoft sign-in page) from a phone or another PC.
2. If a tech resets it: verify identity with a call back to the number on the contact in Hudu, never a number the caller gives. Entra admin center > Users > user > Reset password (hybrid clients: reset in Active Directory Users and Computers on the DC, then wait for sync or run Start-ADSyncSyncCycle -PolicyType Delta). Tick "require change at next sign-in" and send the temporary password by text to the number on file.
3. Laptop still wants the old password: it only learns the new one when it can reach Entra ID / the domain. At the Windows sign-in screen, click the network icon at the bottom right and join Wi-Fi, then sign in with the new password. Remote hybrid users: sign in with the old password, connect NetExtender, then lock (Win+L) and unlock with the new password.
4. Windows Hello PIN and fingerprint keep working; the PIN is not the password.
5. Remind the user to update the password in Outlook on their phone and on any tablet, or the old one will cause lockouts.`,
      ],
      [
        'Escalate',
        r`Reset requests for owners and finance staff at the title company always need the callback, no exceptions.`,
      ],
    ],
  ),
  article(
    'ap-account-lockout',
    'Account locked out, "Your account is temporarily locked", AADSTS50053',
    null,
    'Identity/Passwords',
    [
      [
        'Symptoms',
        r`Sign-in fails with "Your account is temporarily locked to prevent unauthorized use. Try again later" or error AADSTS50053. Some users are locked every morning or several times a day. Hybrid clients: the Windows sign-in says "The referenced account is currently locked out and may not be logged on to".`,
      ],
      [
        'Cause',
        r`Entra smart lockout (10 failed attempts, then locks that source for 60 seconds and longer each time) or AD lockout policy on hybrid clients (10 attempts, 15 minutes). The failed attempts usually come from a phone, iPad or second computer still using an old password, or from password-spraying attacks from abroad.`,
      ],
      [
        'Fix',
        r`1. Entra admin center > Users > user > Sign-in logs. Filter Status = Failure. Note error codes (50053 locked, 50126 wrong password), the app (Exchange ActiveSync, Outlook Mobile, Windows sign-in) and the IP / location.
2. IPs are the office or the user's home: find the device with the old password. Common culprits: old phone still in a drawer, iPad Mail app, a second laptop, a mapped drive saved with old credentials in Credential Manager. Update or remove it.
3. IPs are foreign or unknown: treat as an attack. Reset the password, revoke sessions, check MFA methods and follow the compromised account article.
4. Smart lockout unlocks itself; there is no unlock button in Entra. A password reset clears it immediately.
5. Hybrid AD lockout: Active Directory Users and Computers > user > Account tab > Unlock account. Find the source with the Datto RMM component "LOIT - Find Lockout Source" (reads event 4740 on the PDC).`,
      ],
      ['Escalate', r`Many users locked at the same time: suspect an attack, page the senior engineer.`],
    ],
  ),
  article(
    'ap-mfa-new-phone',
    'MFA: new or lost phone, Authenticator not prompting, re-registering sign-in methods',
    null,
    'Identity/MFA',
    [
      [
        'Symptoms',
        r`User got a new phone and the Microsoft Authenticator app on it is empty. Phone lost, stolen or broken. The approve notification never appears, or number matching shows a number but there is nothing to type it into. Six-digit codes are rejected. Sign-in says "More information required" or "Let's keep your account secure".`,
      ],
      [
        'Fix',
        r`1. Verify the caller by calling back the number on their Hudu contact, or have their manager confirm in writing.
2. Old phone still works: the user goes to https://mysignins.microsoft.com/security-info, clicks Add sign-in method > Microsoft Authenticator on the new phone, then deletes the old phone from the list.
3. Old phone gone: Entra admin center > Users > user > Authentication methods: delete the old Authenticator and phone entries, click "Require re-register multifactor authentication", then create a Temporary Access Pass (one-time use, valid 8 hours). Give the TAP by phone; the user signs in with it and registers the new phone.
4. Notifications not arriving: phone settings > Notifications > Authenticator allowed; battery saver off; open the app and pull down to refresh. iPhone: restore from iCloud backup does not carry work accounts over; re-add them.
5. Codes rejected: set the phone's date and time to automatic.
6. Lost phone with the Outlook app on it: Intune > Apps > App selective wipe for that user and device.`,
      ],
      [
        'Escalate',
        r`A user getting approve prompts they did not start (MFA fatigue) must deny them and call us: handle as a compromised account.`,
      ],
    ],
  ),
  article(
    'ap-conditional-access-blocked',
    'Sign-in blocked by Conditional Access: "You cannot access this right now", AADSTS53003, device not compliant',
    null,
    'Identity/Conditional Access',
    [
      [
        'Symptoms',
        r`After entering the right password and approving MFA, the user sees "You cannot access this right now - your sign-in was successful but does not meet the criteria to access this resource", "You can't get there from here", AADSTS53003, or AADSTS53000 "Device is not compliant". Common while travelling outside the US, on a personal computer, or on a laptop that missed updates.`,
      ],
      [
        'Cause',
        r`Live Oak baseline policies: block sign-ins from outside the United States (named location), require an Intune compliant or hybrid-joined device for desktop apps, block legacy authentication, require MFA. Compliance needs BitLocker on, Defender running, OS build within 60 days, firewall on.`,
      ],
      [
        'Fix',
        r`1. Entra admin center > Users > user > Sign-in logs > the failed entry > Conditional Access tab: note which policy failed.
2. Country block while travelling: get the destination and dates from the user and approval from the client contact, add the user to the group "CA-Travel-Exception" with an end date (Entra ID Governance access package or a calendar reminder to remove).
3. Not compliant: on the laptop open Company Portal > Devices > this PC > Check status. Fix what it reports: run Windows Update, turn BitLocker on, restart. Then Company Portal > Sync, and in Intune > Devices > device > Sync. Compliance can take 30 minutes to update.
4. Personal computer: only browser access is allowed (Outlook on the web, Teams in a browser); desktop apps will not work by design.
5. Legacy authentication (old apps, scanner SMTP with a password) is blocked; use the relay described in the copier scan article.`,
      ],
      [
        'Escalate',
        r`Permanent exclusions from a policy are never done by L1; raise with the senior engineer.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Security
  article(
    'ap-phishing-report',
    'Suspicious email received, or a user clicked a phishing link',
    null,
    'Security/Email threats',
    [
      [
        'Symptoms',
        r`A user got an email asking them to view an invoice, a DocuSign or "secure document", a voicemail, a shared OneDrive file, or warning their password expires, and it looks off. Or they already clicked and typed their password into a page, or opened an attachment.`,
      ],
      [
        'Fix - not clicked',
        r`1. Tell the user not to click or reply. They click "Report Phish" (the Mimecast button in Outlook) or forward it as an attachment to phish@liveoakit.com, then delete it.
2. Tech: search Mimecast Message Tracking for the sender and subject to see who else received it. Remove it from all mailboxes with Microsoft Defender > Email & collaboration > Explorer > select > Take action > Soft delete, and block the sender / URL in Mimecast.`,
      ],
      [
        'Fix - clicked and entered a password',
        r`1. Right away: reset the password, Entra > user > Revoke sessions, and check Authentication methods for any method the user did not add.
2. Look at the sign-in logs for successful sign-ins from unknown IPs in the last 24 hours and at inbox rules; if anything is odd, follow the compromised account article.
3. Opened an attachment or allowed macros: isolate the PC in Huntress and follow the Huntress alert article.
4. Tell the user they did the right thing by reporting it.`,
      ],
      [
        'Escalate',
        r`More than three users entered credentials from the same campaign: senior engineer and client contact.`,
      ],
    ],
  ),
  article(
    'ap-compromised-mailbox',
    'Compromised Microsoft 365 account: contain, investigate, clean up',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        r`Contacts say they got strange emails or "did you send me this?" from the user. Sent Items has messages the user did not send, or Sent Items is empty but replies arrive. New inbox rules move mail to RSS Feeds, Archive or Conversation History or delete it. A flood of bounces. The user is "restricted from sending" (5.7.708 or 550 5.1.8). Huntress ITDR or Defender alerts "Suspicious inbox rule", "Impossible travel", "Sign-in from unusual location". An unfamiliar phone is listed as an MFA method.`,
      ],
      [
        'Contain',
        r`1. Entra: block sign-in, reset the password, Revoke sessions.
2. Authentication methods: delete anything the user does not recognise.
3. Exchange: Get-InboxRule -Mailbox user | fl Name,Description and remove malicious rules; check Get-Mailbox user | fl ForwardingSmtpAddress,DeliverToMailboxAndForward and clear forwarding; check mailbox delegates.
4. Entra > Enterprise applications > filter by user consent: remove unknown apps (e.g. mail clients or "PERFECTDATA SOFTWARE").
5. Microsoft Defender > Email & collaboration > Restricted entities: release the user once clean.`,
      ],
      [
        'Investigate and recover',
        r`1. Sign-in logs and the unified audit log (MailItemsAccessed, New-InboxRule, Set-Mailbox) for the time window.
2. Message trace for messages sent from the account while compromised; give the list to the client so they can warn recipients.
3. Unblock sign-in, have the user re-register MFA with a Temporary Access Pass and sign in on their devices again.
4. Write up the timeline in the client's Hudu incident log.`,
      ],
      [
        'Escalate',
        r`Always tell the vCIO and the client contact. If client or customer data was read, the client may have notice duties under Texas law (affected individuals within 60 days, the Attorney General if 250 or more Texans); the client's attorney and cyber insurer decide.`,
      ],
    ],
  ),
  article(
    'ap-huntress-alert',
    'Huntress or Defender alert: PC isolated, "Threats found", malware, fake virus pop-ups',
    null,
    'Security/Endpoint',
    [
      [
        'Symptoms',
        r`Windows Security shows "Threats found" or "Action needed". Huntress emails an incident report (severity Low / High / Critical). The user's PC suddenly has no network but Wi-Fi says connected: Huntress has isolated it. Browser shows a full-screen "Your computer is infected, call Microsoft support" page with a beeping sound, or Windows notifications from a random website keep saying the PC has viruses.`,
      ],
      [
        'Fix',
        r`1. Read the Huntress incident report: it lists the host, the foothold (e.g. scheduled task, malicious browser extension, ScreenConnect installed by a scammer) and the remediations.
2. Approve the assisted remediations in the Huntress portal; automatic ones are already done. Check Microsoft Defender portal > Incidents & alerts for the same device.
3. Isolated host: it stays isolated until remediations are complete. Then Huntress > Agents > the host > Release from isolation. Run a full Defender scan.
4. Fake support page: it is a web page, not an infection. Close the browser with Task Manager, reopen without restoring tabs. Remove the site's notification permission: Chrome/Edge Settings > Privacy > Site permissions > Notifications > Remove.
5. The user called the number and let someone connect: treat as an incident. Isolate in Huntress, uninstall the remote tool the scammer installed (AnyDesk, ScreenConnect, UltraViewer), reset the user's passwords from another device, and ask whether they gave bank details.`,
      ],
      [
        'Escalate',
        r`Critical Huntress incidents or anything showing encryption or lateral movement: follow the ransomware article and page the senior engineer.`,
      ],
    ],
  ),
  article(
    'ap-ransomware-response',
    'Ransomware or encrypted files: first response',
    null,
    'Security/Incidents',
    [
      [
        'Symptoms',
        r`Files will not open and their names end in strange extensions (.akira, .lockbit, .locked, random letters). A text or HTML file "README", "HOW_TO_RECOVER" or "RESTORE_FILES" appears in every folder. Desktop wallpaper changed to a ransom message. The shared drive suddenly has thousands of changed files. Datto RMM shows disk activity spikes and Huntress raises a critical incident.`,
      ],
      [
        'First 15 minutes',
        r`1. Do not power machines off (memory evidence). Unplug the network cable and turn off Wi-Fi on the affected PC, or isolate it from Huntress. If more than one device shows it, isolate every agent at the site from Huntress.
2. Call the Live Oak on-call line; the senior engineer becomes incident lead and opens a bridge.
3. Disable SSL VPN access on the SonicWall (Network > SSL VPN > Server Settings) and block inbound RDP if any.
4. Do not delete the ransom note or reply to the attackers.
5. Disable the accounts that were signed in on the affected machines.`,
      ],
      [
        'Next steps (incident lead)',
        r`1. Check Datto SIRIS: local and cloud recovery points are immutable; confirm the last clean point. Do not restore until the entry point is known.
2. Call the client's cyber insurance carrier before any outside incident response firm is engaged; most policies require it.
3. Reset all admin and service account passwords; rotate Windows LAPS passwords.
4. Keep a timeline in Hudu.`,
      ],
      ['Escalate', r`Always. This is never an L1-only ticket.`],
    ],
  ),
  article(
    'ap-impersonation-gift-cards',
    'Boss impersonation: gift card requests, payroll direct deposit changes, urgent payments',
    null,
    'Security/Email threats',
    [
      [
        'Symptoms',
        r`A staff member gets an email or text that looks like it is from the owner or a manager: "Are you available? I need a quick favor", asking them to buy gift cards and send the codes, to pay an urgent invoice, or HR gets "I changed banks, please update my direct deposit before Friday's payroll". The display name is right but the address is a Gmail or lookalike domain. Mimecast adds an [EXTERNAL] tag to the subject.`,
      ],
      [
        'Fix',
        r`1. Tell the user not to reply. Verify by calling the person at a number they already know (not a number in the email).
2. Have them report it with the Report Phish button.
3. Tech: check in Mimecast Message Tracking who else got it and block the sender. Add the executive's display name to the client's Impersonation Protect policy (Mimecast > Gateway > Policies > Impersonation Protection) so lookalikes are held.
4. Gift cards already bought: contact the card retailer's fraud line with the receipt right away; some can be frozen.
5. Money or payroll already sent: the client calls their bank immediately to request a recall, files a report at ic3.gov, and payroll contacts the payroll provider. Check whether the real mailbox was compromised (forwarding rules) using the compromised account article.`,
      ],
      [
        'Escalate',
        r`For Colorado River Title & Escrow, any change to wiring instructions follows their own wire verification runbook instead of this one.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Network
  article('ap-internet-outage', 'Whole office internet down', null, 'Network/Internet', [
    [
      'Symptoms',
      r`Nobody in the office can get online, Teams and Outlook disconnect, the Nextiva desk phones show "No Service", card machines fail. Windows shows a globe icon "No internet". Datto RMM raises "Multiple agents offline" for the site and the SonicWall shows offline in Network Security Manager.`,
    ],
    [
      'Fix',
      r`1. Confirm it is everyone, not one PC (one PC only: check its cable / Wi-Fi first).
2. Check the ISP's outage page (circuit details, account numbers and support numbers are on the site's Internet asset in Hudu: Spectrum Business, AT&T Fiber or Google Fiber Webpass).
3. Ask the onsite contact to look at the modem / ONT in the network closet. Power cycle in this order: modem or ONT (unplug 2 minutes), then the SonicWall, then the switches. Wait 5 minutes between steps.
4. Sites with a second WAN or the LTE backup (SonicWall with a Netgear LM1200 on X2): check the SonicWall Network > Failover & LB page. If failover did not kick in, the backup probe target may be wrong.
5. Still down and the modem shows no sync: open a ticket with the ISP using the circuit ID and ask for an ETA; update the client contact every hour.
6. Building power outage: everything comes back when power returns; check the UPS and that the server booted.`,
    ],
    [
      'Escalate',
      r`Outage over 2 hours at a client with an LTE backup that is not working: senior engineer to go onsite.`,
    ],
  ]),
  article(
    'ap-wifi-unifi',
    'Wi-Fi drops, is slow or a device cannot join (UniFi), guest Wi-Fi password',
    null,
    'Network/Wi-Fi',
    [
      [
        'Symptoms',
        r`Laptop says "Can't connect to this network", keeps dropping off Wi-Fi, shows "No internet, secured", or is very slow in one room. A new phone or laptop will not join. Visitors ask for the guest Wi-Fi password.`,
      ],
      [
        'Networks',
        r`Each client has a staff SSID (WPA2/WPA3, key stored in Hudu > Passwords > Wi-Fi) and a guest SSID isolated from the LAN. The guest password rotates on the first of each month; the current one is in Hudu and the office manager gets it by email.`,
      ],
      [
        'Fix',
        r`1. Forget the network and rejoin with the key from Hudu.
2. UniFi Network > Clients: find the device. Signal worse than -70 dBm means too far from an access point; check which AP and channel it uses.
3. Laptops that drop: update the Intel / Realtek Wi-Fi driver through Datto RMM and turn off "Allow the computer to turn off this device to save power" on the adapter.
4. An AP shows offline or "disconnected" in UniFi: power cycle its PoE port from the switch page, or have someone unplug the AP cable for 10 seconds.
5. "No internet, secured" for many new devices: the DHCP scope may be full. SonicWall > Network > DHCP Server > Leases; extend the scope or shorten the lease time.
6. Whole office down on wired and wireless: use the internet outage article.`,
      ],
      [
        'Escalate',
        r`Repeated weak signal in one area needs a site survey and maybe another AP; quote through the account manager.`,
      ],
    ],
  ),
  article(
    'ap-vpn-netextender',
    'SonicWall VPN (NetExtender / Mobile Connect) will not connect or connects but nothing works',
    null,
    'Network/VPN',
    [
      [
        'Symptoms',
        r`NetExtender says "Login failed", "Failed to connect to server", "Server is not reachable" or sits at "Authenticating...". The one-time code is rejected. The VPN says Connected but the S: drive, the server or the line-of-business app cannot be reached. Mac users use SonicWall Mobile Connect.`,
      ],
      [
        'Setup',
        r`Server: vpn.<clientdomain>:4433 (in Hudu > client > VPN). Domain: LocalDomain. Hybrid clients authenticate with the AD username and password through LDAP; others use a SonicWall local user. All VPN users have TOTP (the "SonicWall" entry in Microsoft Authenticator).`,
      ],
      [
        'Fix',
        r`1. Make sure home internet works and the user is not on a hotel or guest network that blocks port 4433.
2. Login failed: check the SonicWall > Monitor > Logs for the user. Locked out after failed attempts: Device > Users > Status > unlock. Local-user clients: the VPN password is separate from the Microsoft 365 password; reset it in Device > Users > Local Users.
3. Code rejected: set the phone's time to automatic. If the user has a new phone, reset the TOTP key under the user's settings and have them re-scan the QR code at the SonicWall user portal.
4. Connected but no drives: ping the server by IP. If IP works but the name does not, the DNS suffix is missing; reconnect or run ipconfig /flushdns. Remap drives with the mapped drives article.
5. "Maximum number of users exceeded": SSL VPN licences are in use; disconnect stale sessions in Monitor > SSL VPN sessions.
6. Reinstall NetExtender 10.x from Company Portal if the client is corrupt (missing adapter "SonicWall NetExtender Adapter").`,
      ],
      [
        'Escalate',
        r`Whole client unable to connect: check the SonicWall's SSL VPN zone and certificate expiry; senior engineer.`,
      ],
    ],
  ),
  article(
    'ap-website-blocked-dns',
    'A website will not load or shows "blocked": SonicWall Content Filter, DNS, certificate errors',
    null,
    'Network/Internet',
    [
      [
        'Symptoms',
        r`One website will not open at the office but works on a phone on cellular. The browser shows a SonicWall page "This site has been blocked by the network administrator" with a category (e.g. "Personal Storage", "Newly Registered Domains"). Errors: DNS_PROBE_FINISHED_NXDOMAIN, "This site can't be reached", "Your connection is not private" / NET::ERR_CERT_AUTHORITY_INVALID on an otherwise normal site. A vendor portal or state website loads half a page.`,
      ],
      [
        'Fix',
        r`1. Blocked page: read the category and URL on the block page. If it is needed for work, get approval from the client contact, then SonicWall > Policy > Security Services > Content Filter > Profile Objects > the client's URI list "Allowed" > add the domain. Log it in Hudu.
2. DNS errors: ipconfig /flushdns; nslookup site.com. If the SonicWall DNS (Network > DNS) fails, switch to the ISP or 1.1.1.1 temporarily.
3. Certificate error only on the office network: DPI-SSL is inspecting the site and the app pins its certificate. Add the domain to DPI-SSL > Client SSL > Exclusions.
4. Try another browser and a private window; clear the cache for that site.
5. Check whether the site is down for everyone before changing anything.`,
      ],
      ['Escalate', r`Requests to unblock whole categories go to the vCIO.`],
    ],
  ),
  article(
    'ap-mapped-drives',
    'Mapped network drives (S:, P:, X:) missing or showing a red X',
    null,
    'Network/File shares',
    [
      [
        'Symptoms',
        r`The S: drive (or P:, X:) is gone from This PC, or shows with a red X "Disconnected Network Drive". Opening it says "Windows cannot access \\SERVER\Share" or "The network path was not found". Line-of-business programs that live on the server fail to start. Often after a password change, after working from home, or on a new laptop.`,
      ],
      [
        'Cause',
        r`Drives are mapped at sign-in by the Intune script "LOIT - Map Drives" and need line of sight to the file server: the PC must be in the office or on the VPN when the user signs in. Stale saved credentials or the server being down also cause it.`,
      ],
      [
        'Fix',
        r`1. Remote user: connect NetExtender first, then run the "Map Drives" shortcut on the desktop (or sign out and in).
2. In the office: ping the server by name and by IP. No reply: check Datto RMM for the server; if it is down for everyone, escalate.
3. Remap by hand: net use S: \\FS01\Shared /persistent:yes (the drive letters and paths per client are in Hudu > client > File shares).
4. Access denied: Credential Manager > Windows Credentials: remove saved entries for the server name, sign out and in. Check the user is in the right AD security group.
5. New laptop: confirm the Intune script shows Succeeded for the device (Intune > Devices > Scripts).`,
      ],
      ['Escalate', r`Server unreachable for all users: senior engineer.`],
    ],
  ),
  article('ap-wall-port-dead', 'Wired network jack at a desk not working', null, 'Network/Switching', [
    [
      'Symptoms',
      r`After moving desks, the computer says "Network cable unplugged" or "Unidentified network", no lights on the network port, or the desk phone stays dark. Works in one jack but not another.`,
    ],
    [
      'Fix',
      r`1. Swap the patch cable and try the laptop directly instead of the dock.
2. Read the label on the wall jack (e.g. "B-14"). Hudu > client > Network > patch map shows which patch panel port and switch port it should be on.
3. UniFi Network > Devices > the switch > Ports: is there a link on that port? Not patched: the jack is dead at the switch; an onsite visit is needed to patch it.
4. Link but no network: check the port profile. Phone ports need the "Voice + Data" profile (voice VLAN); a jack set to Voice only will not give a PC an address.
5. Phone dark: the port must have PoE enabled; power cycle PoE from the port menu.
6. Test the run with the cable tester if patching does not help.`,
    ],
    [
      'Escalate',
      r`Damaged cable runs or new drops are done by our low-voltage subcontractor; raise a quote.`,
    ],
  ]),
  // ---------------------------------------------------------------- Endpoints
  article(
    'ap-windows-update',
    'Windows updates stuck, failing or forcing restarts (Datto RMM patch policy)',
    null,
    'Endpoints/Patching',
    [
      [
        'Symptoms',
        r`The PC sits on "Working on updates 30% - don't turn off your computer" for a long time. Windows Update shows failed updates with 0x800f0922, 0x80070002 or 0x8024a105. The user sees "Your device is missing important security and quality fixes" or keeps getting restart reminders. The PC restarted overnight and unsaved work was lost.`,
      ],
      [
        'Policy',
        r`Datto RMM installs patches on Wednesday nights from 10 pm. The user can postpone the restart prompt three times, then the PC restarts Sunday at 2 am. Feature updates (new Windows versions) are held 90 days after release. Users cannot pause updates.`,
      ],
      [
        'Fix',
        r`1. Stuck at a percentage: wait at least an hour. Only after two hours with no disk activity, hold the power button; Windows rolls the update back on the next start.
2. Failed updates: Datto RMM > device > Patch Management tab shows the KB and error. Run the component "LOIT - Windows Update Reset" (stops wuauserv and BITS, renames SoftwareDistribution and catroot2), then "Run Patch Now".
3. Still failing: DISM /Online /Cleanup-Image /RestoreHealth then sfc /scannow from an admin prompt.
4. 0x800f0922: usually low space on the small recovery / system reserved partition or a blocked .NET install; check disk space first.
5. Lost work on restart: explain the schedule, show them AutoSave, and tell them to restart when prompted rather than postponing.`,
      ],
      [
        'Escalate',
        r`Several PCs failing the same KB: pause it in the patch policy and tell the senior engineer.`,
      ],
    ],
  ),
  article(
    'ap-bitlocker-recovery',
    'BitLocker recovery screen asking for a 48-digit recovery key',
    null,
    'Endpoints/Security',
    [
      [
        'Symptoms',
        r`At start-up a blue screen says "BitLocker recovery - Enter the recovery key for this drive" with a Recovery key ID and "Here's how to find your key", before Windows loads. Usually after a BIOS or firmware update, a motherboard repair, changing docks, or a TPM reset.`,
      ],
      [
        'Fix',
        r`1. Verify who is calling (callback to the Hudu contact number).
2. Ask for the first 8 characters of the Recovery key ID on the screen.
3. Intune admin center > Devices > the device > Recovery keys. Or Entra admin center > Devices > BitLocker keys and search by key ID. Hybrid PCs may also have it in AD (computer object > BitLocker Recovery tab).
4. Read the 48-digit key to the user in groups of six; number keys or function keys both work. The PC starts normally.
5. After it boots: Intune > the device > BitLocker key rotation, because the key has been read out.
6. To stop it happening: BIOS updates through Dell Command Update and HP Image Assistant in Datto RMM suspend BitLocker first. Manual firmware updates must run manage-bde -protectors -disable C: -RebootCount 1 first.`,
      ],
      [
        'Escalate',
        r`No key in Intune, Entra or AD: the data cannot be recovered; the laptop is reset with Autopilot and files come back from OneDrive.`,
      ],
    ],
  ),
  article(
    'ap-temp-profile',
    'Signed in with a temporary profile, desktop and files missing after sign-in',
    null,
    'Endpoints/Windows',
    [
      [
        'Symptoms',
        r`After signing in, Windows shows "You've been signed in with a temporary profile. You can't access your files, and files created in this profile will be deleted when you sign out." Or: "We can't sign in to your account". The desktop is empty with the default wallpaper, Outlook wants to be set up again, and the user thinks their files were deleted.`,
      ],
      [
        'Cause',
        r`Windows could not load the user profile: the profile was locked at sign-in (AV scan, a previous session not fully logged off), the registry entry is broken, or NTUSER.DAT is corrupt.`,
      ],
      [
        'Fix',
        r`1. Restart the PC (not sign out) and sign in again. This fixes about half of them.
2. Still temporary: sign in as the LAPS admin. regedit > HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList. Find the user's SID; if there are two (one ending in .bak), delete the one without .bak that points to C:\Users\TEMP and remove .bak from the other. Set State = 0 and RefCount = 0 on it. Restart.
3. Reassure the user: the files are still in C:\Users\<name>, and Desktop and Documents are also in OneDrive (Known Folder Move).
4. If NTUSER.DAT is corrupt: rename C:\Users\<name> to <name>.old, delete the ProfileList key, sign in to create a new profile, let OneDrive resync and copy any other data (browser bookmarks, signatures) from the old folder.`,
      ],
      ['Escalate', r`Happening to several users of one PC: check disk health in Datto RMM.`],
    ],
  ),
  article('ap-slow-pc', 'Computer slow, freezing or taking forever to start', null, 'Endpoints/Windows', [
    [
      'Symptoms',
      r`Start-up takes several minutes, programs take a long time to open, the mouse freezes, Task Manager shows disk or memory at 100%. User says "my computer is so slow" or "everything is lagging".`,
    ],
    [
      'Fix',
      r`1. Datto RMM > device: check uptime. More than 7 days without a restart: restart first (fast start-up means "shut down" does not count).
2. Datto RMM monitoring: CPU, RAM and disk usage history. Memory constantly over 90% on an 8 GB machine: recommend a RAM upgrade or replacement.
3. Free space under 10%: run the component "LOIT - Disk Cleanup" and turn on Storage Sense. Large Downloads folders and old OST files are common.
4. Task Manager > Startup apps: disable non-business items (Spotify, Steam, vendor updaters).
5. Check Huntress / Defender are not in the middle of a full scan and the PC is not installing updates.
6. Browser: dozens of tabs and extensions. Remove unknown extensions.
7. Spinning hard disk or SMART warnings in Datto RMM: replace with SSD or replace the PC.
8. PCs older than 5 years or out of warranty: recommend replacement through the account manager.`,
    ],
    [
      'Escalate',
      r`Slowness that is only in one line-of-business app: check the client runbook for that app first.`,
    ],
  ]),
  article(
    'ap-dock-monitors',
    'Docking station: external monitors black, only one works, keyboard/mouse on dock dead',
    null,
    'Endpoints/Hardware',
    [
      [
        'Symptoms',
        r`Monitors say "No signal" or go to sleep when the laptop is docked. Only one of two monitors works. The monitors flicker or the layout is wrong (mouse goes off the wrong side). The keyboard and mouse plugged into the dock do nothing. Started after a Windows update or moving desks. Docks in use: Dell WD19S, Dell WD22TB4, HP USB-C G5.`,
      ],
      [
        'Fix',
        r`1. Unplug the dock's power for 30 seconds, plug it back in, then reconnect the USB-C / Thunderbolt cable to the laptop.
2. Win+P > Extend. Settings > System > Display > Detect; click Identify and drag the screens to match the desk.
3. Check the monitor's input source button (HDMI vs DisplayPort) and swap cables.
4. Use the laptop's Thunderbolt / DisplayPort-capable USB-C port (lightning bolt or D symbol), not a data-only port.
5. Update the dock firmware and the laptop BIOS and graphics driver: Datto RMM component "Dell Command Update - Apply All" (suspends BitLocker), or HP Image Assistant.
6. Laptop not charging on the dock or "slow charger": use the dock's own power supply (130 W for WD19S, 180 W for WD22TB4).
7. Two monitors on the HP G5 through daisy chain is not supported; use both ports on the dock.`,
      ],
      [
        'Escalate',
        r`Dock still dead after firmware and a known-good laptop: Dell ProSupport / HP warranty replacement; service tag in Hudu.`,
      ],
    ],
  ),
  article(
    'ap-autopilot-new-laptop',
    'New laptop setup with Autopilot and Intune enrolment errors',
    null,
    'Endpoints/Provisioning',
    [
      [
        'Symptoms',
        r`A new or reset laptop at the out-of-box screen should show the client's sign-in page ("Welcome to <Client>") but asks for a personal Microsoft account instead. Errors: 80180014 "Your organization does not support this version of Windows" or device already enrolled; 8018000a; 0x800705b4 (timeout). The Enrollment Status Page is stuck at "Identifying" or "Apps (1 of 6)".`,
      ],
      [
        'Fix',
        r`1. The device must be registered: Intune admin center > Devices > Enrollment > Windows > Devices. Dell and HP direct orders are registered by the vendor; others need the hardware hash uploaded (Get-WindowsAutopilotInfo -Online from Shift+F10).
2. 80180014 on a reused laptop: delete the old device record from Intune > Devices > All devices (not from the Autopilot list), wait 10 minutes, reset the laptop and start again.
3. Stuck ESP: wait up to an hour for Microsoft 365 Apps. Shift+F10 then "mdmdiagnosticstool -area Autopilot -cab c:\temp\ap.cab" for logs; in Intune check which app failed for the device and retry.
4. Wrong screen (personal account): press Windows key five times at the first screen or connect to the internet before the region screen so the Autopilot profile downloads.
5. When done, check the device in Datto RMM and Huntress (both pushed by Intune) and name it per the client's naming scheme in Hudu.`,
      ],
      [
        'Escalate',
        r`Laptops bought at retail cannot be registered by the vendor; upload the hash and tell the account manager.`,
      ],
    ],
  ),
  article(
    'ap-software-install',
    'Installing software: Company Portal, admin password prompts, blocked apps',
    null,
    'Endpoints/Software',
    [
      [
        'Symptoms',
        r`The user tries to install a program and Windows asks for an administrator user name and password (User Account Control). Or "This app has been blocked by your system administrator". Users ask for Zoom, Chrome, a vendor's plug-in, a printer utility, or a newer version of a program.`,
      ],
      [
        'Policy',
        r`Staff are not local administrators on Live Oak managed PCs. Approved apps are in Company Portal for self-service. Anything else needs the client approver's OK (list in Hudu > client > Approved software) and is installed by Live Oak. Local admin passwords are managed by Windows LAPS through Intune and are never given to users.`,
      ],
      [
        'Fix',
        r`1. Check Company Portal > Apps first; the user can install from there without admin rights.
2. Not in Company Portal: check the client's approved software list. If not listed, ask the client approver by email and wait for a yes.
3. Install with Datto RMM > device > Software (Chocolatey / component) if available; otherwise remote in, get the LAPS password from Intune > device > Local admin password, install, then rotate the LAPS password (Intune > device > Rotate local admin password).
4. Record what was installed in the ticket and in Hudu > configuration > software.
5. Browser extensions: Chrome and Edge allow only approved extensions; request the same way.`,
      ],
      [
        'Escalate',
        r`Unknown vendors, free "PDF converters" or remote access tools: security review by the senior engineer.`,
      ],
    ],
  ),
  article(
    'ap-adobe-acrobat',
    'Adobe Acrobat: sign-in and licence prompts, "trial expired", PDFs opening in the wrong app',
    null,
    'Endpoints/Software',
    [
      [
        'Symptoms',
        r`Acrobat keeps asking the user to sign in, says "Your trial has expired" or "Subscription expired", or only opens as Reader so Edit PDF, Combine and Organize Pages are locked. PDFs open in Edge or Chrome instead of Acrobat. The "Adobe PDF" printer is missing.`,
      ],
      [
        'Cause',
        r`Acrobat Pro is licensed per named user through the client's Adobe Admin Console (bought through Pax8 VIP). The user was never assigned a licence, or signed in with a personal Adobe ID instead of the work account (Business ID with single sign-on to Microsoft).`,
      ],
      [
        'Fix',
        r`1. Adobe Admin Console > Users: confirm the user has Acrobat Pro assigned. If there is no free seat, raise a purchase with the account manager.
2. In Acrobat: Help > Sign Out, then sign in with the work email and pick "Company or School Account"; they are sent to the Microsoft sign-in.
3. After signing in with a licence, the unified app switches from Reader mode to Pro; restart Acrobat.
4. Default app: Settings > Apps > Default apps > type .pdf > choose Adobe Acrobat. Our Intune baseline sets this for new PCs, but users can change it.
5. Missing Adobe PDF printer: Help > Repair Installation, restart.`,
      ],
      ['Escalate', r`Adobe Sign or Acrobat Sign workflows are set up per client; ask the senior engineer.`],
    ],
  ),
  article(
    'ap-keeper-vault',
    'Keeper password manager: new device approval, locked out of the vault, browser extension',
    null,
    'Endpoints/Software',
    [
      [
        'Symptoms',
        r`Keeper says "This device needs to be approved" or waits for "Approval from your admin". The user forgot their Keeper master password. The browser extension is signed out or missing after a new laptop or browser reset.`,
      ],
      [
        'Setup',
        r`Each client has a Keeper Business node. Clients on single sign-on use Keeper SSO Connect Cloud with Entra ID, so users sign in with their Microsoft work account and have no master password. The title company and the CPA firm still use master passwords with account transfer enabled.`,
      ],
      [
        'Fix',
        r`1. Device approval: the user can approve from an already signed-in device (push "Approve this device"). Otherwise Keeper Admin Console > Admin > Approvals > Device approvals > select and Approve.
2. SSO users who are asked for a master password picked the wrong login: choose "Enterprise SSO login" and enter the company domain.
3. Forgotten master password: if the user set a recovery phrase (24 words), use "Forgot password" and the phrase. Without it, an admin uses Account Transfer in the Admin Console to move the vault to a new account; the client approver must approve.
4. Extension missing: install it from Company Portal (Chrome and Edge policies push it) and sign in from the extension's toolbar icon.`,
      ],
      [
        'Escalate',
        r`Shared folder permissions and record ownership changes are made by the client's Keeper admin, not L1.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Printing and scanning
  article(
    'ap-printer-offline',
    'Printer offline, jobs stuck in the queue, nothing prints',
    null,
    'Printing/Printers',
    [
      [
        'Symptoms',
        r`Windows shows the printer as "Offline" or "Error - Printing". Documents sit in the queue and never print. One PC prints fine and another does not. Brother HL-L and MFC models and HP LaserJet Pro printers at most clients.`,
      ],
      [
        'Fix',
        r`1. Check the printer itself: powered, no paper, toner or jam message on its panel, network cable in or connected to the staff Wi-Fi (not guest).
2. Print a configuration page from the printer menu and compare its IP with Hudu > client > Printers. If the IP changed, set a DHCP reservation on the SonicWall (Network > DHCP Server > add static entry) and power cycle the printer.
3. Clear the stuck queue: services.msc > Print Spooler > Stop, delete files in C:\Windows\System32\spool\PRINTERS, Start. Datto RMM component "LOIT - Clear Print Queue" does the same.
4. Universal Print printers: check the printer shows "Ready" in the Universal Print portal (Azure portal > Universal Print > Printers). Not ready: restart the "Print Connector Service" on the connector host listed in Hudu.
5. Remove and re-add the printer on the PC (see the add a printer article).`,
      ],
      [
        'Escalate',
        r`Hardware faults on HP or Brother printers: warranty case with the serial number. Copiers are handled by the copier dealer.`,
      ],
    ],
  ),
  article(
    'ap-add-printer',
    'Add a printer to a computer (Universal Print) and printing from a new laptop',
    null,
    'Printing/Printers',
    [
      [
        'Symptoms',
        r`A new or reset laptop has no printers. The user moved offices and needs the printer near them. "Windows cannot connect to the printer". The printer they want is not in the list.`,
      ],
      [
        'Fix',
        r`1. Most clients get their printers automatically from the Intune Universal Print policy within an hour of first sign-in. Check Company Portal > Sync.
2. Add by hand: Settings > Bluetooth & devices > Printers & scanners > Add device. Universal Print printers appear with the "Search Universal Print" / cloud icon. Choose it and wait for the driver.
3. Printer not listed: Azure portal > Universal Print > Printer shares > the share > Access control: add the user or the all-staff group.
4. Printers not on Universal Print (older Brother models): add by IP: Add device > "The printer that I want isn't listed" > TCP/IP address, use the IP from Hudu. Drivers are in Company Portal > "Printer drivers - <client>".
5. Universal Print works from home too; jobs print when the user is back or immediately, depending on the share.
6. Copiers: use the Ricoh PCL6 driver from Company Portal; set the default to black and white and duplex per the client's preference.`,
      ],
      ['Escalate', r`New printers need to be registered with Universal Print by the senior engineer.`],
    ],
  ),
  article(
    'ap-ricoh-scan',
    'Ricoh copier: scan to email or scan to folder not working',
    null,
    'Printing/Copiers',
    [
      [
        'Symptoms',
        r`Scanning on the Ricoh IM C copier shows "Transmission has failed", "SMTP authentication error", "Cannot connect to the destination" or "Authentication with the destination has failed". Scans say sent but never arrive in email. Scan to folder fails with "Cannot find the specified path". New staff are not in the copier's address book.`,
      ],
      [
        'Setup',
        r`Scan to email uses an Exchange Online connector (no password): the copier sends on port 25 to <tenant>.mail.protection.outlook.com and the connector trusts the office's static public IP. Scan to folder writes to \\<server>\Scans\<user> with the service account svc-scan (password in Hudu).`,
      ],
      [
        'Fix',
        r`1. Web Image Monitor (browse to the copier IP, admin login in Hudu) > Device Management > Configuration > Email: SMTP server as above, port 25, SMTP authentication Off, sender address scanner@<domain>.
2. Exchange admin center > Mail flow > Connectors > "Ricoh relay": the public IP must match the office's current IP (whatismyip from a PC). ISPs change IPs after modem swaps.
3. Scans with large PDFs may be held by Mimecast; check Held Messages.
4. Scan to folder: check svc-scan still works (it must not have expired or been locked). Update the password in the copier's Address Book > entry > Folder > Authentication. Older Ricoh models need SMB2/3 enabled under Configuration > File Transfer > SMB.
5. New user in address book: Address Book > Register > name, email and folder path.`,
      ],
      [
        'Escalate',
        r`Firmware updates and scanner hardware faults: the copier dealer (see the copier service article).`,
      ],
    ],
  ),
  article(
    'ap-ricoh-copier-service',
    'Copier paper jams, SC error codes, toner and meter readings: dealer or Live Oak?',
    null,
    'Printing/Copiers',
    [
      [
        'Symptoms',
        r`The Ricoh copier shows "Call Service Center" with an SC code (for example SC542 or SC552), jams over and over in the same place, prints streaks or smudges, or says "Toner is almost empty". The office manager asks for meter readings or about the lease.`,
      ],
      [
        'Who does what',
        r`Copiers at all our clients are leased from Capital Area Imaging. Their contract covers hardware, parts, toner and service calls. Live Oak covers network setup, drivers, scan to email and scan to folder. Lease and billing questions go to the dealer's account rep; contact details and the equipment ID for each copier are in Hudu > client > Copiers.`,
      ],
      [
        'Fix',
        r`1. Note the serial number (sticker on the back or User Tools > Machine Information) and the exact message or SC code.
2. SC codes: power the copier off, wait 30 seconds, power on once. If the SC code returns, call the dealer's service line with the equipment ID or submit it at their portal.
3. Paper jams: follow the animation on the screen and open the green levers; check for torn scraps. Repeated jams in the same tray: dealer.
4. Toner: ships automatically via @Remote when it is low. If a cartridge has not arrived within 3 business days, call the dealer.
5. Meter readings are sent by @Remote; if the dealer asks for them manually, print the counter from User Tools > Counter.
6. Streaks and quality problems: dealer service call.`,
      ],
      [
        'Escalate',
        r`If the dealer says the issue is "network", check the scan article and the copier's IP before booking onsite time.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Phones
  article(
    'ap-nextiva-desk-phone',
    'Nextiva desk phone shows "No Service", not registered, no dial tone or one-way audio',
    null,
    'Phones/Nextiva',
    [
      [
        'Symptoms',
        r`A Poly VVX or Yealink desk phone shows "No Service", "Registration failed", "Network unavailable" or a red X on the line key. No dial tone. The phone reboots in a loop. On calls only one side can hear, or calls drop after 30 seconds. Often after moving desks or after the internet was down.`,
      ],
      [
        'Fix',
        r`1. The network cable from the wall must go into the phone's port marked LAN / Internet (the PC port is for the computer). PoE jack or power adapter: the screen should light.
2. Unplug the phone for 10 seconds. Most "No Service" clears after the internet came back.
3. NextOS admin portal (nextiva.com > Admin) > Devices: check the device shows Registered and the MAC matches the sticker on the phone. Reassign the device to the user if it was swapped.
4. Re-provision: Poly - Settings > Advanced (password 456) > Administration Settings > Reset to Defaults > Reset to Factory. Yealink - hold OK for 10 seconds. The phone pulls its config from Nextiva on reboot.
5. One-way audio or drops at 30 seconds: on the SonicWall, Network > VoIP: SIP transformations must be OFF and "Enable consistent NAT" ON.
6. Jack problem: the port needs the voice VLAN and PoE; see the wall jack article.
7. Whole office down: internet outage article. Calls follow the Nextiva "forward when unreachable" to mobiles if the client set it up.`,
      ],
      [
        'Escalate',
        r`Nextiva support 800-285-7995 with the account number from Hudu for carrier problems or porting.`,
      ],
    ],
  ),
  article(
    'ap-nextiva-user-voicemail',
    'Nextiva: voicemail PIN, voicemail to email, forwarding calls to a cell, Nextiva app',
    null,
    'Phones/Nextiva',
    [
      [
        'Symptoms',
        r`User forgot their voicemail PIN or gets "invalid password" when checking messages. Voicemails stopped arriving as email. The user wants their desk line to ring their cell phone too, or to forward all calls while out. The Nextiva app on the phone or computer does not ring or will not log in.`,
      ],
      [
        'Fix',
        r`1. NextOS admin > Users > user > Voicemail: Reset voicemail PIN (they set a new one on first call to *86). Turn on "Send voicemail to email with attachment" and check the email address.
2. Voicemail emails missing: check Mimecast Held Messages for voicemail@nextiva.com, permit the sender for the client.
3. Ring the cell too: the user can do it in the Nextiva app > Settings > Call rules > Simultaneous ring, or an admin under Users > user > Routing. Forward all calls: *72 + number on the desk phone, *73 to cancel.
4. Nextiva app will not log in: the user signs in with their Nextiva user email and password (not Microsoft 365); reset under Users > user > Reset password.
5. App does not ring: phone settings > Notifications allowed, Do Not Disturb / Focus off, and the app set to "Ring on this device".`,
      ],
      [
        'Escalate',
        r`Changes to call queues and ring groups that affect the whole office need the client approver.`,
      ],
    ],
  ),
  article(
    'ap-nextiva-hours-greeting',
    'Change office hours, holiday closures or the main greeting (Nextiva auto attendant)',
    null,
    'Phones/Nextiva',
    [
      [
        'Symptoms',
        r`The client wants the phones to play the closed message early for a holiday, for a weather closure, or for a staff event. The main greeting needs new wording or a new menu option ("press 3 for billing"). The phones went to the after-hours message during open hours.`,
      ],
      [
        'Fix',
        r`1. NextOS admin > Phone system > Call flows > the main number's flow. Business hours schedule: check the days and times; daylight saving and time zone must be Central.
2. Holidays: Schedules > Holiday schedule > Add date (whole day or partial). Add the standard list each December: New Year's Day, Memorial Day, July 4th, Labor Day, Thanksgiving and the Friday after, Christmas Eve and Day, unless the client says otherwise.
3. Unplanned closure (ice storm): switch the flow to "Closed" manually in the portal, or the client dials the override star code set up for their flow (in Hudu > client > Phones) from any desk phone.
4. New greeting: the client records it on a phone (the greeting recording extension in Hudu) or sends a WAV file (8 kHz, 16-bit, mono). Upload under Call flows > Greeting.
5. Menu change: edit the Auto attendant step in the flow, test by calling the main number from a cell.
6. Log the change and who asked for it in the ticket.`,
      ],
      ['Escalate', r`Only the client approver can ask for greeting and menu changes.`],
    ],
  ),
  // ---------------------------------------------------------------- Backup
  article(
    'ap-datto-file-restore',
    'Restore a file or folder from the file server backup (Datto SIRIS, previous versions)',
    null,
    'Backup/Datto SIRIS',
    [
      [
        'Symptoms',
        r`A file or folder on the S: drive or another server share was deleted, moved, overwritten, or is corrupt ("the file is damaged and could not be repaired"). The user needs the version from yesterday or last week.`,
      ],
      [
        'Fix',
        r`1. Quick route: on the share, right-click the folder > Properties > Previous Versions (shadow copies are taken on the file servers at 7 am and 12 pm). Open the copy and drag the file out to a new location.
2. Older or not there: Datto partner portal > the client's SIRIS > Protect > the server > Restore > File Restore. Pick a recovery point before the problem, start the restore and browse the mounted volume (web browser or the SMB share the SIRIS publishes).
3. Copy the restored file into the original folder with "_restored_<date>" in the name. Never overwrite the current file without the user's OK.
4. Whole folder moved or deleted: restore the folder to the same parent folder with a new name and let the user compare.
5. Tear down the restore in the Datto portal when finished; a mounted file restore blocks backups of that volume.
6. Note in the ticket which recovery point was used.`,
      ],
      [
        'Escalate',
        r`Restores of whole volumes, databases or virtual machines (Dentrix, SoftPro, JobBOSS², UltraTax data) go to the senior engineer, because the application must be stopped first.`,
      ],
    ],
  ),
  article(
    'ap-datto-backup-alert',
    'Backup alert: failed snapshot, screenshot verification failed, offsite sync behind (Datto SIRIS)',
    null,
    'Backup/Datto SIRIS',
    [
      [
        'Symptoms',
        r`Alert emails or Datto RMM tickets: "Backup Failed: <server> - Unable to take snapshot", "VSS writer failed", "Screenshot Verification Failed", "Local backups have not completed in 24 hours", "Offsite synchronization is behind", "Agent not communicating".`,
      ],
      [
        'Fix',
        r`1. Datto partner portal > device > Protect: open the failed agent and read the error in the backup log.
2. VSS failures: on the protected server run vssadmin list writers. Any writer in a failed state: restart its service (SQL Server VSS Writer, Hyper-V VMMS, etc.). If writers stay failed, schedule a reboot of the server in the evening.
3. Screenshot verification failed: look at the screenshot. "Preparing Windows", an update screen or a logon screen still loading is normal slowness: raise the wait time for that agent. A blue screen or "no bootable device" needs a closer look.
4. Agent not communicating: on the server restart the "Datto Backup Agent Service"; check the server can reach the SIRIS IP.
5. Offsite behind: check the client's internet and the SIRIS bandwidth throttle schedule (Configure Device > Offsite). Several days behind: tell the senior engineer.
6. SIRIS local storage over 80%: raise with the senior engineer before backups start to fail.
7. Add a note to the alert ticket and confirm the next backup succeeded before closing.`,
      ],
      [
        'Escalate',
        r`Three failed backups in a row on any server, or any failure on a server with client data: senior engineer the same day. Datto support for device hardware.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- On/offboarding
  article('ap-onboarding', 'New employee setup (onboarding checklist)', null, 'Lifecycle/Onboarding', [
    [
      'What we need from the client',
      r`At least 3 business days before the start date: full name, job title, department, manager, start date, office location, which shared mailboxes, Teams and SharePoint sites, phone extension needed, laptop or existing PC, and which line-of-business applications (the client's own admin usually creates those accounts). The request must come from a client approver listed in Hudu.`,
    ],
    [
      'Steps',
      r`1. Hybrid clients: create the AD user by copying the role template in ADUC (right OU, groups), then Start-ADSyncSyncCycle -PolicyType Delta. Cloud-only clients: Entra admin center > Users > New user.
2. Assign Microsoft 365 Business Premium. Add to groups, Teams, shared mailboxes (see the shared mailbox article).
3. Mimecast picks the user up through directory sync; confirm they appear.
4. Nextiva: add the user, assign the extension and the desk phone or the app licence.
5. Keeper: invite the user to the client's node.
6. Laptop: Autopilot (see the Autopilot article) or reset and reassign an existing PC. Make sure the printers and drives arrive.
7. Create a Temporary Access Pass for the first day so they can register MFA at sign-in. Give it to the manager by phone.
8. Add the person as a contact in Hudu and PSA; attach the welcome sheet (Wi-Fi, how to call Live Oak, phishing button).`,
    ],
    [
      'Escalate',
      r`Same-day requests are done best-effort; tell the client approver what will and will not be ready.`,
    ],
  ]),
  article('ap-offboarding', 'Employee leaving (offboarding checklist)', null, 'Lifecycle/Offboarding', [
    [
      'When',
      r`At the time the client approver asks for, which is often the end of the last day, or immediately for terminations. Confirm by phone for terminations.`,
    ],
    [
      'Steps',
      r`1. Block sign-in, reset the password, Revoke sessions. Hybrid: disable in AD and move to the Disabled Users OU.
2. Remove MFA methods and disable the SonicWall VPN user if local.
3. Convert the mailbox to a shared mailbox (Exchange admin center > Mailboxes > Convert to shared), then give the manager Full Access. Set an automatic reply if the client wants one, and forward to the manager only if asked.
4. Remove the Microsoft 365 and Adobe licences so the client stops paying. A shared mailbox under 50 GB needs no licence.
5. OneDrive: Microsoft 365 admin > user > OneDrive > Create link to files for the manager. OneDrive is kept 30 days after the account is deleted; Datto SaaS Protection keeps it longer.
6. Nextiva: unassign the user and move the extension to a ring group or voicemail box.
7. Keeper: Account Transfer of the vault to the manager.
8. Laptop: collect it, then Intune > Devices > Wipe (or Autopilot Reset to reuse). Phone with the Outlook app: App selective wipe.
9. Line-of-business accounts (Dentrix, SoftPro, JobBOSS², UltraTax, SmartVault): remind the client's admin to disable them.
10. Update the Hudu contact to inactive.`,
    ],
    ['Escalate', r`Legal hold requests (lawsuit, HR dispute) before deleting anything: senior engineer.`],
  ]),
  // ---------------------------------------------------------------- Client: Barton Creek Family Dentistry
  article(
    'ap-bcfd-dentrix-connection',
    'Barton Creek Family Dentistry: Dentrix will not open, "Unable to connect to the database"',
    'Barton Creek Family Dentistry, P.C.',
    'Clients/Barton Creek Family Dentistry',
    [
      [
        'Symptoms',
        r`Dentrix G7 shows "Dentrix was unable to connect to the database server", "Database Connection Failure" or hangs on the splash screen. The Appointment Book opens blank, or Family File searches spin forever. Can be one operatory PC or every PC in the office (then usually right after the server restarted for updates).`,
      ],
      [
        'Environment',
        r`Server BCFD-SRV01 (Windows Server 2022) hosts the Dentrix database (c-tree server, service "Dentrix Database Service" / DtxCTreeServer) on port 6597 and the Dentrix shared folder \\BCFD-SRV01\Dentrix. Nine workstations: front desk 1-3, ops 1-5, the doctors' office. Updates to the server are patched only on Sunday nights for this client.`,
      ],
      [
        'Fix',
        r`1. Everyone down: RDP to BCFD-SRV01 (or Datto RMM > server > Services). Check the Dentrix database service is Running. If stopped, start it. If running but hung, ask the office to close Dentrix on all PCs (lunch break is best), then restart it.
2. One PC down: ping BCFD-SRV01 from that PC. No reply: network cable / jack problem. Reply: open the Dentrix Connection Tool (C:\Program Files (x86)\Dentrix\DtxConnectionTool.exe), server name BCFD-SRV01, Test Connection.
3. "Connection failed" only on one PC after Windows updates: check Windows Defender Firewall allows outgoing 6597 and that the PC's Dentrix version matches the server (Help > About). Run the workstation update from \\BCFD-SRV01\Dentrix\Updates.
4. Slow Dentrix for everyone: check server disk space and that the Datto SIRIS backup is not running during clinic hours (it is scheduled hourly 7 am - 6 pm with a light snapshot; look for a stuck restore mount).`,
      ],
      [
        'Escalate',
        r`Database errors (error -8, index corruption) or server crashes: Dentrix support (Henry Schein One, 1-800-DENTRIX) with the customer number in Hudu, and the senior engineer.`,
      ],
    ],
  ),
  article(
    'ap-bcfd-dexis-sensor',
    'Barton Creek Family Dentistry: DEXIS x-ray sensor not detected, images not saving',
    'Barton Creek Family Dentistry, P.C.',
    'Clients/Barton Creek Family Dentistry',
    [
      [
        'Symptoms',
        r`In an operatory, clicking the DEXIS button in the Dentrix Chart opens DEXIS but the sensor shows "No sensor detected" / "Sensor not connected", the status light on the sensor's USB module stays off, or DEXIS takes the image but it does not save to the patient. DEXIS opens the wrong patient or an empty patient.`,
      ],
      [
        'Environment',
        r`DEXIS Titanium sensors (two, shared between ops 1-5, moved by hand) plugged into the front USB port on each op PC. DEXIS Imaging Suite client on each op, images on \\BCFD-SRV01\DEXIS. Dentrix-to-DEXIS link through Dentrix Program Links.`,
      ],
      [
        'Fix',
        r`1. Plug the sensor straight into a USB port on the PC, not the keyboard or a hub. Wait for the Windows connect sound and the module light.
2. Device Manager: the sensor shows under "DEXIS" or "Imaging devices". Yellow warning: reinstall the DEXIS sensor driver from \\BCFD-SRV01\DEXIS\Install\Drivers (Datto RMM component "BCFD - DEXIS Driver").
3. Try the other sensor in the same op. If only one sensor fails in every op, the sensor or cable is damaged (chairs rolling over the cable is the usual cause): escalate for replacement.
4. Image not saved or wrong patient: close DEXIS, open it only from the patient's Chart in Dentrix. In Dentrix Office Manager > Maintenance > Practice Setup > Program Links, the DEXIS link must point to C:\DEXIS\dexis.exe with the "Patient ID" parameter.
5. "Cannot access data path": the op cannot reach \\BCFD-SRV01\DEXIS; check mapped drives and that the server is up.`,
      ],
      [
        'Escalate',
        r`Sensor hardware: DEXIS support (Envista) with the sensor serial number; the practice has a sensor protection plan. The office can borrow the spare from op 5 meanwhile.`,
      ],
    ],
  ),
  article(
    'ap-bcfd-weave-phones',
    'Barton Creek Family Dentistry: Weave phones, caller pop-ups, texting and office hours',
    'Barton Creek Family Dentistry, P.C.',
    'Clients/Barton Creek Family Dentistry',
    [
      [
        'Symptoms',
        r`This client does not use Nextiva. Their phones and patient texting are Weave. Tickets: Weave desk phones (Yealink T54W) show "No Service"; calls do not ring at the front desk; the Weave desktop app does not show the patient's name and appointment when a call comes in; texts to patients fail or the reminder texts did not go out; the office wants the phones closed for a holiday or a new greeting.`,
      ],
      [
        'Fix',
        r`1. Phone "No Service": check the cable goes to the phone's Internet port, unplug for 10 seconds. If all Weave phones are down, check the internet (internet outage article).
2. No caller pop-up / no appointment info: the Weave Sync App on BCFD-SRV01 reads Dentrix. RDP to the server and check the service "Weave Sync" (WeaveSyncApp) is running; restart it. In the Weave portal > Settings > Data Sync, the last sync should be within minutes.
3. Texts and reminders not sent: Weave portal > Messaging > check the message status; reminders depend on the sync above. Failed to a single patient: the number may be a landline or opted out.
4. Office hours and holidays: Weave portal > Phones > Office Hours and Phone Tree. Add the holiday dates or set a temporary "Closed" override. Greetings are uploaded under Phones > Greetings.
5. Weave desktop app will not sign in: reset the user's Weave password in the portal (Users).`,
      ],
      [
        'Escalate',
        r`Weave support (phone numbers, porting, carrier issues): 888-579-5668, account in Hudu. The office manager Denise is the only one who can approve phone tree changes.`,
      ],
    ],
  ),
  article(
    'ap-bcfd-eclaims',
    'Barton Creek Family Dentistry: Dentrix eClaims not sending, eServices connection errors',
    'Barton Creek Family Dentistry, P.C.',
    'Clients/Barton Creek Family Dentistry',
    [
      [
        'Symptoms',
        r`Insurance claims created in Dentrix stay in the Batch Processor, or sending shows "Unable to connect to eServices", "eClaims submission failed - communication error" or "The underlying connection was closed". The eTrans / eClaims status screen never updates, and attachments (x-rays) for claims fail to upload.`,
      ],
      [
        'Environment',
        r`Claims go from Dentrix to the Dentrix eServices clearinghouse over the internet. Submissions are done from Front Desk 2 (the billing PC) by the billing coordinator. Claim attachments use the eServices attachment feature with images from DEXIS.`,
      ],
      [
        'Fix',
        r`1. Confirm Front Desk 2 has internet and the time and date are correct.
2. Dentrix > Office Manager > Maintenance > Practice Setup > eServices / eClaims setup: the eServices credentials (stored in Hudu) are filled in and "Test connection" passes.
3. "Underlying connection was closed": TLS 1.2 must be enabled for .NET on the PC. Run the Datto RMM component "LOIT - Enable TLS 1.2 .NET" and restart.
4. SonicWall: the Dentrix eServices domains are in the Content Filter allow list and the DPI-SSL exclusions (see the website blocked article).
5. Make sure the Dentrix version is current: an old workstation version is refused by eServices after the yearly update.
6. Once the connection works, resend from the Batch Processor.`,
      ],
      [
        'Escalate',
        r`Claim rejections from a payer (wrong subscriber ID, missing codes) are billing questions for the office's billing coordinator, not Live Oak. Connection problems that persist: Dentrix eServices support.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Client: Colorado River Title & Escrow
  article(
    'ap-crt-softpro-select',
    'Colorado River Title & Escrow: SoftPro Select will not open, server connection and locked orders',
    'Colorado River Title & Escrow LLC',
    'Clients/Colorado River Title & Escrow',
    [
      [
        'Symptoms',
        r`SoftPro Select shows "Unable to connect to the SoftPro server", "The server CRT-SP01 is not available" or a login error. It opens but is very slow in Marble Falls. An order says "This order is currently in use by another user" when nobody has it open. After a SoftPro update, Select says the client version does not match the server.`,
      ],
      [
        'Environment',
        r`CRT-SP01 (Austin office) runs SoftPro Server and SQL Server instance SOFTPRO. The Marble Falls office connects over a SonicWall site-to-site VPN tunnel. Escrow officers and processors sign in with their SoftPro user; the SoftPro admin is the office manager.`,
      ],
      [
        'Fix',
        r`1. Everyone down: on CRT-SP01 check the services "SoftPro Server" and "SQL Server (SOFTPRO)" are Running. Restart SoftPro Server after hours or with the office manager's OK (it kicks everyone out).
2. Only Marble Falls down or slow: check the site-to-site tunnel on either SonicWall (Network > IPSec VPN > Rules and Settings). A tunnel down after an ISP outage can be renegotiated by disabling and re-enabling the policy. Check the Marble Falls internet speed.
3. One user: in the Select login box, the server must be CRT-SP01.crtitle.local. Clear the SoftPro cache folder %localappdata%\SoftPro and try again.
4. Order "in use": SoftPro Select Administrator (SPAdmin) > Orders in use > select the order > Release. Make sure the user who had it is really out first.
5. Version mismatch after an update: run the client installer from \\CRT-SP01\SoftPro\Client or push the Datto RMM component "CRT - SoftPro Client Update".`,
      ],
      [
        'Escalate',
        r`SoftPro support (800-848-0143) with the customer number in Hudu for server, database or document template problems.`,
      ],
    ],
  ),
  article(
    'ap-crt-fujitsu-scanning',
    'Colorado River Title & Escrow: Fujitsu fi-7160 scanners, PaperStream and scans into SoftPro',
    'Colorado River Title & Escrow LLC',
    'Clients/Colorado River Title & Escrow',
    [
      [
        'Symptoms',
        r`PaperStream Capture says "Scanner not found" or "Device not connected", pages go through but the scan is blank or pages are missing, the scanner stops with "Multifeed detected" on every closing package, or scanned files do not show up to attach in SoftPro.`,
      ],
      [
        'Environment',
        r`Each closer and processor has a Fujitsu (Ricoh) fi-7160 on USB. PaperStream IP driver and PaperStream Capture with the profiles "CRT Closing Package" and "CRT Single Doc" save searchable PDFs to \\CRT-SP01\Scans\<username>. SoftPro attaches from that folder through its attachment import.`,
      ],
      [
        'Fix',
        r`1. Scanner not found: power cycle the scanner, plug USB straight into the PC (not the dock or monitor), check Device Manager under Imaging devices. Reinstall PaperStream IP via the Datto RMM component "CRT - PaperStream" if it shows an error.
2. Multifeed on every job: closing packages with sticky notes and staples trip it. Use the profile "CRT Closing Package" (overlap detection off for paper with notes), or press the Multifeed function button to skip detection for one batch. Clean the rollers with the cleaning wipes.
3. Blank or missing pages: the "blank page removal" in the profile is too aggressive for light forms; set the sensitivity to 1%.
4. Files not in SoftPro: check \\CRT-SP01\Scans\<username> exists and the user has write access; the mapped S: drive must be there (mapped drives article).
5. Pick roller and brake roller are replaced every 200,000 pages; the counter is under PaperStream Software Operation Panel > Device Setting.`,
      ],
      [
        'Escalate',
        r`Hardware faults: Fujitsu/Ricoh PFU warranty with the scanner's serial number (in Hudu).`,
      ],
    ],
  ),
  article(
    'ap-crt-wire-verification',
    'Colorado River Title & Escrow: suspicious wire instructions or payoff changes (wire fraud procedure)',
    'Colorado River Title & Escrow LLC',
    'Clients/Colorado River Title & Escrow',
    [
      [
        'Symptoms',
        r`An escrow officer gets an email, supposedly from a buyer, seller, real-estate agent or lender, with "updated" wire instructions or a new payoff bank account, often with urgency ("closing is tomorrow, please use the new account"). The sender address is slightly off (e.g. an extra letter in the domain) or the email came from the real address of an agent whose mailbox was hacked. A buyer calls to say they received wiring instructions from us that we did not send.`,
      ],
      [
        "Procedure (the client's written policy)",
        r`1. Staff never change wire instructions based on an email. Every outgoing wire and every change is verified through CertifID (send a verification request to the party from the file) or by calling the phone number already in the SoftPro order, never a number in the email.
2. Staff forward the email as an attachment to Live Oak and to the office manager, and do not reply.`,
      ],
      [
        'What Live Oak does',
        r`1. Check the headers and Mimecast Message Tracking: lookalike domain, or a real but compromised external sender? Block the lookalike domain in Mimecast and add it to the Impersonation Protection policy.
2. Check our own side: did any CRT mailbox have a forwarding rule or a suspicious sign-in? If so, follow the compromised account article right away.
3. Buyer received fake instructions "from us": treat as a possible CRT compromise until proven otherwise; escalate immediately.
4. If money was already wired: the office manager calls the sending bank's wire fraud line at once to request a recall (the first 24 hours matter), files at ic3.gov, and notifies the title underwriter and the cyber insurer.`,
      ],
      ['Escalate', r`Every wire fraud ticket goes to the senior engineer and the vCIO, priority 1.`],
    ],
  ),
  // ---------------------------------------------------------------- Client: Lonestar Precision Machining
  article(
    'ap-lpm-jobboss',
    'Lonestar Precision Machining: JobBOSS² cannot connect, slow, or no licences available',
    'Lonestar Precision Machining, Inc.',
    'Clients/Lonestar Precision Machining',
    [
      [
        'Symptoms',
        r`JobBOSS² shows "A network-related or instance-specific error occurred while establishing a connection to SQL Server", "Login failed for user", or "Cannot open database". It hangs on the splash screen. "No licences available" / "All licenses are in use" in the morning. Screens are slow when opening jobs or printing travelers.`,
      ],
      [
        'Environment',
        r`LPM-APP01 runs SQL Server instance JOBBOSS and the JobBOSS² server components. 12 concurrent user licences for the office (estimating, purchasing, scheduling, shipping, accounting), plus shop floor data collection licences for the kiosks.`,
      ],
      [
        'Fix',
        r`1. Everyone down: on LPM-APP01 check "SQL Server (JOBBOSS)" and "SQL Server Browser" are Running. Start them if stopped; check disk space on D: (the SQL data drive).
2. One PC: ping LPM-APP01. Check the JobBOSS² connection settings on the login screen (Server: LPM-APP01\JOBBOSS, database: the company database listed in Hudu).
3. No licences: someone left JobBOSS² open on another PC or a session crashed. JobBOSS² > Administration > Licensing / Users logged in: remove stale sessions. Ask the office to close JobBOSS² at the end of the day.
4. After a JobBOSS² update: every PC needs the same client version; run the installer from \\LPM-APP01\JobBOSS\Client or the Datto RMM component "LPM - JobBOSS Client".
5. Slow: check the server's CPU and RAM in Datto RMM; the nightly SQL maintenance job must have completed; avoid running big reports during the day.`,
      ],
      [
        'Escalate',
        r`Database errors or upgrade problems: ECi JobBOSS² support with the customer ID in Hudu.`,
      ],
    ],
  ),
  article(
    'ap-lpm-solidworks-license',
    'Lonestar Precision Machining: SolidWorks "Could not obtain a license", SolidNetWork License Manager',
    'Lonestar Precision Machining, Inc.',
    'Clients/Lonestar Precision Machining',
    [
      [
        'Symptoms',
        r`SolidWorks on an engineering PC says "Could not obtain a license for SOLIDWORKS Standard. Cannot connect to license server system. (-15,10032)", "Licensed number of users already reached (-4)", or "License server machine is down or not responding". Works at the shop but not from home.`,
      ],
      [
        'Environment',
        r`SolidNetWork License Manager (SNL) runs on LPM-APP01, ports 25734 and 25735. Four network seats of SOLIDWORKS Standard and one Premium. Clients point to 25734@LPM-APP01. Licences are renewed each year in January with the reseller.`,
      ],
      [
        'Fix',
        r`1. -15 cannot connect: on LPM-APP01 open SolidNetWork License Manager Server > Server Administration: the server must be running; click Start if not. Windows Firewall on the server must allow the SNL ports (inbound rules "SolidNetWork 25734/25735").
2. On the client: SolidNetWork License Manager Client (or the registry value SolidWorks_SNLSERVER / SW_D_LICENSE_FILE) must read 25734@LPM-APP01.
3. -4 all seats used: SNL Server > License Usage shows who holds the seats; ask them to close SolidWorks. Seats borrowed for travel stay out until returned.
4. After the January renewal, if all users get errors: SNL Server > Modify > Activate/Reactivate a product license with the serial number from Hudu.
5. From home: SNL needs the VPN (NetExtender) connected before SolidWorks starts. For long trips, borrow a seat in SolidNetWork License Manager Client > License Borrowing before leaving.`,
      ],
      [
        'Escalate',
        r`Activation failures or transfer of the licence server to a new machine: reseller support with the serial numbers.`,
      ],
    ],
  ),
  article(
    'ap-lpm-shopfloor-kiosk',
    'Lonestar Precision Machining: shop floor kiosks (time clock and job clock-in), badge scanners, touchscreens',
    'Lonestar Precision Machining, Inc.',
    'Clients/Lonestar Precision Machining',
    [
      [
        'Symptoms',
        r`A kiosk PC on the shop floor shows the Windows sign-in screen instead of the clock-in screen, the clock-in app is frozen, scanning a badge does nothing, or the touchscreen responds in the wrong place (taps land an inch off). Machinists cannot clock in to jobs or to their shift.`,
      ],
      [
        'Environment',
        r`Four kiosks (LPM-KIOSK-01 to 04) running Windows 11 in Assigned Access kiosk mode, auto sign-in as the local account "shopfloor", launching JobBOSS² Data Collection full screen. Zebra DS2208 barcode scanners on USB read the employee badge barcode and the job traveler barcode. Elo touch monitors.`,
      ],
      [
        'Fix',
        r`1. Frozen app: press and hold the power button to restart the kiosk; it comes back to the clock-in screen by itself.
2. Sign-in screen instead of the app: the auto sign-in password was changed or expired. Run the Datto RMM component "LPM - Kiosk Autologon" on that kiosk and restart.
3. Badge scans nothing: the scanner should beep and the red light should flash. No beep: unplug and replug the USB cable. Beeps but no text: scan the "Set Factory Defaults" and then the "USB HID Keyboard" barcodes from the Zebra quick start guide (taped inside the kiosk cabinet).
4. Touch off target: Control Panel > Tablet PC Settings > Calibrate (log in as LAPS admin via Datto RMM remote; kiosk mode hides it).
5. Clock-in app says it cannot connect: JobBOSS² server problem; use the JobBOSS² article.`,
      ],
      ['Escalate', r`Missed or wrong punches are fixed by the shop supervisor in JobBOSS², not by Live Oak.`],
    ],
  ),
  article(
    'ap-lpm-dnc-transfer',
    'Lonestar Precision Machining: CNC program transfer (Predator DNC, Moxa serial servers, Haas Net Share)',
    'Lonestar Precision Machining, Inc.',
    'Clients/Lonestar Precision Machining',
    [
      [
        'Symptoms',
        r`A programmer sends a G-code program from the office and the machine never receives it, or the transfer stops part way. The older Fanuc-controlled mills show a serial alarm (Fanuc 086 "DR signal off" or 087 buffer overflow) during a drip-feed. Predator DNC says the port is "not available". The Haas mills cannot see the network share of programs.`,
      ],
      [
        'Environment',
        r`Predator DNC runs as a service on LPM-APP01. The older Fanuc machines connect through Moxa NPort 5150 serial device servers on the shop network (IPs in Hudu), mapped as virtual COM ports on LPM-APP01 with Moxa Driver Manager. The Haas VF-2 and VF-4 mills read programs from \\LPM-APP01\CNC via Haas Net Share.`,
      ],
      [
        'Fix',
        r`1. Ping the machine's Moxa from LPM-APP01. No reply: the Moxa lost power or its cable was pulled (they sit on the back of the machine cabinet). Power cycle it.
2. Port "not available": in Moxa Driver Manager check the COM port maps to the right IP; restart the Predator DNC service.
3. Transfer stops or alarm 086/087: the Predator port settings must match the control (baud, parity, stop bits and flow control for each machine are in Hudu). After a control battery change the machine side may have reset to defaults.
4. Haas Net Share: on the control, Settings > Network > Net Share: remote share path \\LPM-APP01\CNC, user svc-cnc (password in Hudu). A Windows update that removed SMB1 breaks older Haas software; set the share to SMB2 on the control if its software supports it, otherwise escalate.`,
      ],
      [
        'Escalate',
        r`Control-side parameter changes are done by the machine tool dealer or LPM's lead machinist; Predator software problems go to Predator support.`,
      ],
    ],
  ),
  // ---------------------------------------------------------------- Client: Reyes Kowalski CPAs
  article(
    'ap-rkc-ultratax-data',
    'Reyes Kowalski CPAs: UltraTax CS "cannot access data location", client in use, slow opening returns',
    'Reyes Kowalski CPAs, P.C.',
    'Clients/Reyes Kowalski CPAs',
    [
      [
        'Symptoms',
        r`UltraTax CS or another CS Professional Suite app (Fixed Assets CS, Accounting CS workpapers) says "The data location \\RKC-FS01\WinCSI\UT25Data cannot be accessed" or "Unable to open the client", or shows an empty client list. A return says "This client is in use by another user" when the other person has gone home. Opening or calculating returns is very slow.`,
      ],
      [
        'Environment',
        r`The CS apps are installed on each PC; the shared program and data folder is \\RKC-FS01\WinCSI, mapped as X:. Remote preparers connect with NetExtender and work on their office PC by Remote Desktop, never over the VPN directly against X:.`,
      ],
      [
        'Fix',
        r`1. Check X: is connected (mapped drives article). If \\RKC-FS01 does not answer, the server is down: escalate.
2. Empty client list: UltraTax > Setup > System Configuration > Data Locations: the Data location must be X:\WinCSI\UT25Data (the year changes each season).
3. Client in use: make sure the other preparer really closed the return (ask them to close UltraTax), then Utilities > Data Management > Clear in-use flags for that client. If the flag is left by a crashed PC, restart that PC first.
4. Slow: someone is running UltraTax over the VPN from home against X:. Make them use Remote Desktop to their office PC. Also check RKC-FS01 in Datto RMM for disk and CPU load; the Datto backup runs hourly.
5. Antivirus: Defender exclusions for X:\WinCSI are set in the Intune policy "RKC - CS exclusions"; confirm the PC has it.`,
      ],
      [
        'Escalate',
        r`Data corruption errors in a return: Thomson Reuters support; the firm's account number is in Hudu. Tell the senior engineer before any restore of WinCSI data.`,
      ],
    ],
  ),
  article(
    'ap-rkc-cs-licensing-updates',
    'Reyes Kowalski CPAs: UltraTax CS annual install, licence not valid, CS Connect and e-file transmission errors',
    'Reyes Kowalski CPAs, P.C.',
    'Clients/Reyes Kowalski CPAs',
    [
      [
        'Symptoms',
        r`UltraTax CS says "This product is not licensed", "Your license for this year has expired" or opens in demo mode after the new tax year is installed. CS Connect fails ("Unable to connect to CS Connect", "Transmission failed") when retrieving updates, licences or sending e-files. A PC has last year's UltraTax but not this year's.`,
      ],
      [
        'Environment',
        r`Each December Live Oak installs the new tax year from the Thomson Reuters download on RKC-FS01 to every preparer PC with Datto RMM. Licences and updates come through CS Connect. E-files are transmitted from each PC through CS Connect to Thomson Reuters.`,
      ],
      [
        'Fix',
        r`1. Not licensed / demo mode: UltraTax > Setup > CS Connect > select "Retrieve licenses" (and "Retrieve software updates") > Call Now. The firm ID and the CS Connect password are in Hudu.
2. CS Connect fails: test from a browser that the PC reaches Thomson Reuters sites. On the SonicWall, the Thomson Reuters domains must be in the Content Filter allow list and DPI-SSL exclusions; check the block logs while retrying.
3. PC missing this year's version: run the Datto RMM component "RKC - UltraTax Year Install" on that PC; do not install from a personal download.
4. Updates: during tax season CS Connect delivers updates several times a week; apply them on all PCs the same day so returns are not opened with different versions.
5. E-file stuck as "Transmitting": retry CS Connect after the fix above; e-file status is checked in the UltraTax e-file status system.`,
      ],
      [
        'Escalate',
        r`Licence counts and billing: the firm's Thomson Reuters account rep. IRS or state acknowledgement questions are for the preparers.`,
      ],
    ],
  ),
  article(
    'ap-rkc-smartvault',
    'Reyes Kowalski CPAs: SmartVault client portal, invitations, Outlook add-in and SmartVault Drive',
    'Reyes Kowalski CPAs, P.C.',
    'Clients/Reyes Kowalski CPAs',
    [
      [
        'Symptoms',
        r`Staff: the SmartVault drive is missing from File Explorer, the SmartVault buttons are gone from Outlook, "Access denied" on a client folder. The firm's clients: "the link you sent me expired", "I can't log in to the portal", "it keeps asking for a code", or they cannot find where to upload their tax documents.`,
      ],
      [
        'Environment',
        r`RKC uses SmartVault as the document portal for tax clients, with a folder per client (Tax Year > Source Documents). Staff use the SmartVault Drive (appears as SmartVault in File Explorer) and the SmartVault Outlook add-in to file email attachments. Client users are invited from SmartVault with the "Client" role and have MFA by email code.`,
      ],
      [
        'Fix',
        r`1. Outlook add-in gone: Outlook > File > Options > Add-ins > Manage: Disabled Items > Go > enable SmartVault; then COM Add-ins > tick SmartVault. Outlook disables it after slow starts; see the slow Outlook article if it keeps happening.
2. SmartVault Drive missing: reinstall from Company Portal "SmartVault Drive", sign in with the staff SmartVault account.
3. Staff access denied: the firm's SmartVault admin (office manager) sets folder permissions for staff groups; ask them.
4. Client's invitation expired (invites are valid 7 days): SmartVault web > Clients > the client > Users > Resend invitation.
5. Client cannot log in or no code: check the email address on their user record; codes come from SmartVault and may be in spam. Resetting their password is done from the same user record.
6. Upload help: send the client the "How to upload" PDF from Hudu > RKC > SmartVault.`,
      ],
      [
        'Escalate',
        r`SmartVault support for account or billing issues; the firm's admin for permission design.`,
      ],
    ],
  ),
];
