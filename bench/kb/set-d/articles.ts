import type { BenchArticle } from '../articles.ts';

/**
 * Set D: a fourth labelled set, written in one session as a held-out set by someone who read
 * neither the search code (ranking, synonyms, query terms) nor the tickets of sets A, B and C.
 * Never fitted on, never tuned on. Articles are kept as an MSP keeps them in IT Glue or Hudu:
 * generic how-tos and runbooks with no client (the MSP's own, company null) and client runbooks
 * that are right only for their own client. Two topics (remote access VPN, new starter) have a
 * runbook for two different clients, so client scoping decides which one is right.
 */
export const SET_D_CLIENTS = {
  brightwater: 'Brightwater Dental Group',
  ashdown: 'Ashdown & Pryce Solicitors',
  kestrel: 'Kestrel Freight Services',
  halvorsen: 'Halvorsen Engineering Ltd',
} as const;

const { brightwater, ashdown, kestrel, halvorsen } = SET_D_CLIENTS;

function article(
  id: string,
  title: string,
  company: string | null,
  folder: string,
  sections: Array<[string, string[]]>,
): BenchArticle {
  return {
    id,
    title,
    company,
    folder,
    text: sections.map(([heading, lines]) => `## ${heading}\n${lines.join('\n')}`).join('\n\n'),
  };
}

export const SET_D_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365
  article(
    'd-outlook-credential-prompt',
    'Outlook repeatedly prompts for credentials (Microsoft 365 sign-in window loops)',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'Outlook desktop shows the "Enter password" or Microsoft sign-in window again and again, even after the correct password is typed. Sometimes the status bar says "Need password". Outlook on the web works normally.',
          'Usually starts after a password change, an MFA change, or a Windows profile copied to a new PC.',
        ],
      ],
      [
        'Cause',
        [
          'Stale cached credentials in Windows Credential Manager or a broken Web Account Manager (WAM) token for the work account. Less often, legacy authentication has been disabled and the client is an old build of Office that does not use modern authentication.',
        ],
      ],
      [
        'Resolution steps',
        [
          "1. Close Outlook. Open Credential Manager > Windows Credentials and remove every entry containing MicrosoftOffice16, outlook.office365.com or the user's UPN.",
          '2. Settings > Accounts > Access work or school: if the account shows an error, disconnect and reconnect it.',
          '3. Start Outlook and sign in once; approve the MFA prompt.',
          '4. If it still loops, check the Office build (File > Office Account). Builds older than 16.0.8000 need updating; modern authentication is required.',
          '5. As a last resort create a new Outlook profile (Control Panel > Mail > Show Profiles).',
        ],
      ],
      [
        'Checks',
        [
          'Outlook status bar shows "Connected to: Microsoft Exchange" and no credential prompt after a restart.',
        ],
      ],
    ],
  ),
  article(
    'd-outlook-ost-rebuild',
    'Outlook hangs on "Processing", crashes on start or shows old mail only: repair the OST',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'Outlook freezes with "Not responding", sits on the splash screen at "Processing...", closes itself a few seconds after opening, or the inbox stopped updating days ago while webmail has the new messages.',
        ],
      ],
      [
        'Cause',
        [
          'A damaged offline data file (.ost) or a faulty COM add-in. Very large OST files (over 50 GB) make it worse.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Start Outlook in safe mode (hold Ctrl while clicking the icon, or run outlook.exe /safe). If it works, disable add-ins under File > Options > Add-ins > COM Add-ins and re-enable one at a time.',
          '2. If safe mode also hangs, close Outlook and rename the OST in %localappdata%\\Microsoft\\Outlook to .old. Outlook downloads a fresh copy on next start.',
          '3. For big mailboxes set the cached mode slider (Account settings > Change) to 12 months to keep the new OST small.',
          '4. Run Office Quick Repair from Apps & features if Outlook still crashes.',
        ],
      ],
      ['Checks', ['Send a test message to the user and confirm it arrives within a minute.']],
    ],
  ),
  article(
    'd-shared-mailbox',
    'Shared mailbox missing from Outlook or "You do not have permission to send as"',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'A user who should see a shared mailbox (accounts@, info@, reception@) does not see it in the Outlook folder list, or their message bounces with "You can\'t send a message on behalf of this user unless you have permission to do so".',
        ],
      ],
      [
        'Cause',
        [
          'Full Access grants reading; Send As is a separate permission. Automapping adds the mailbox to Outlook only if Full Access was granted with automapping on, and takes up to an hour.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Exchange admin center > Recipients > Mailboxes > the shared mailbox > Delegation: add the user under Read and manage (Full Access) and, if they reply from it, under Send as.',
          "2. Wait up to 60 minutes, then restart Outlook. The mailbox appears below the user's own.",
          '3. If it never appears, add it manually: File > Account Settings > Change > More Settings > Advanced > Add.',
          "4. Sent items from the shared mailbox land in the sender's own Sent Items unless MessageCopyForSentAsEnabled is set on the shared mailbox.",
        ],
      ],
    ],
  ),
  article(
    'd-ndr-bounce-codes',
    'Reading bounce-back messages (NDRs): 550 5.1.1, 5.4.1, 5.7.1 and 5.2.2',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'The user receives "Undeliverable" or "Delivery has failed to these recipients" after sending an email.',
        ],
      ],
      [
        'How to read the code',
        [
          '550 5.1.1 / 5.1.10 RecipientNotFound: the address is wrong or the recipient mailbox no longer exists. Check spelling; remove the stale entry from the Outlook autocomplete list (the X next to the suggestion).',
          "550 5.4.1 Recipient address rejected: Access denied: the receiving domain does not accept mail for that address (often a domain moved to Microsoft 365 but directory-based edge blocking rejects it). The recipient's IT must fix it.",
          "550 5.7.1 Delivery not authorized / message rejected as spam: the recipient's filter refused us. Check our domain on MXToolbox blacklist check and our SPF/DKIM/DMARC records.",
          "552 5.2.2 Mailbox full: the recipient's mailbox is over quota. Nothing to change on our side.",
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Ask the user to forward the whole NDR as an attachment; the code is in the "Diagnostic information for administrators" section.',
          '2. Run a message trace in the Exchange admin center (Mail flow > Message trace) for the sender and recipient.',
          '3. Act on the code as above. For our own users being blocked from sending (5.1.8, 5.7.708), see the compromised mailbox runbook.',
        ],
      ],
    ],
  ),
  article(
    'd-mailbox-quota-archive',
    'Mailbox full: "Your mailbox is almost full" warnings and enabling the online archive',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'Outlook shows a yellow bar "Your mailbox is almost full" or "Mailbox full – you can no longer send"; colleagues get 5.2.2 bounces when mailing the user.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Check the size in the Exchange admin center > Mailboxes > the user > Mailbox usage. Business Standard/Premium mailboxes hold 50 GB; E3/E5 hold 100 GB.',
          '2. Enable the online archive (Mailboxes > Others > Manage mailbox archive > On). The default MRM policy moves items older than two years to the archive.',
          '3. To move sooner, apply the MSP retention tag "Archive after 1 year" and run Start-ManagedFolderAssistant for the mailbox.',
          '4. Ask the user to empty Deleted Items and look for large attachments (search size:>10MB).',
        ],
      ],
      ['Checks', ['The archive appears in Outlook as "Online Archive - user@domain" within a few hours.']],
    ],
  ),
  article(
    'd-teams-camera-mic',
    'Teams meetings: camera not detected, black video or others cannot hear the user',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'In a Teams call the camera preview is black or says "We couldn\'t find a camera", the microphone icon shows nobody hears the user, or the wrong headset is picked after docking.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Windows Settings > Privacy & security > Camera and Microphone: allow access for apps and desktop apps.',
          '2. In Teams: Settings > Devices. Pick the right speaker, microphone and camera; make a test call.',
          '3. Close other apps holding the camera (Zoom, the Camera app, browser tabs with Meet).',
          '4. Laptops with a privacy shutter or an F-key camera toggle (F8/F10 on HP and Lenovo): open it.',
          '5. Device Manager > Cameras: if the camera shows a warning, uninstall the device and scan for hardware changes.',
        ],
      ],
    ],
  ),
  article(
    'd-teams-cache-reset',
    'Teams will not start, white screen or sign-in loop: reset the Teams client cache',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'Teams opens to a blank white or purple window, shows "Oops, something went wrong", keeps restarting, or asks to sign in and comes back to the sign-in page. Chats show old messages only.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Quit Teams from the system tray (right-click > Quit).',
          '2. New Teams: Settings > Apps > Installed apps > Microsoft Teams > Advanced options > Reset. Classic Teams: delete the contents of %appdata%\\Microsoft\\Teams.',
          '3. Start Teams and sign in.',
          '4. If the sign-in loop continues, clear the work account tokens as for Outlook credential loops (Credential Manager, Access work or school).',
          '5. Reinstall from the Microsoft 365 portal only if reset fails.',
        ],
      ],
    ],
  ),
  article(
    'd-onedrive-sync-errors',
    'OneDrive sync errors: red X, "Processing changes" forever or files not uploading',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'Files in File Explorer show a red circle with an X, the OneDrive cloud icon shows a pause or error badge, or "Processing 1,234 changes" never finishes. Colleagues do not see the latest version of a document.',
        ],
      ],
      [
        'Cause',
        [
          'Invalid characters in file names (" * : < > ? / \\ |), full paths longer than 400 characters, files open in another program, a OneDrive storage quota that is full, or a sync client signed out after a password change.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Click the OneDrive cloud icon > View sync problems. Rename files with invalid characters and shorten deep folder paths.',
          '2. Check storage under OneDrive settings > Account. Over quota stops all uploads.',
          '3. If signed out, sign in again. If stuck, run %localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset, then start OneDrive again from the Start menu.',
          '4. Files "locked" by Office: close the document on all PCs; co-authoring needs AutoSave on.',
        ],
      ],
    ],
  ),
  article(
    'd-sharepoint-library-explorer',
    'SharePoint document library not showing in File Explorer (Sync vs Add shortcut)',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'A team\'s SharePoint library (for example "Company Documents" or "Projects") is missing from File Explorer on a new PC, or the user only sees their own OneDrive.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Confirm the user is a member of the SharePoint site (Site settings > Site permissions) or of the Team that owns it.',
          '2. Open the site in the browser, go to Documents and click Sync (adds the library under the company name in Explorer) or Add shortcut to My files (shows under OneDrive).',
          '3. Do not use both for the same library: it creates duplicates and sync errors.',
          '4. For many users, push the library with the Intune setting "Configure team site libraries to sync automatically" (takes up to 8 hours).',
        ],
      ],
    ],
  ),
  article(
    'd-office-activation-licence',
    'Office shows "Unlicensed Product" or "Account error: product deactivated"',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'Word or Excel shows a red bar "Unlicensed Product", "Product deactivated" or "We couldn\'t verify your subscription"; editing is greyed out (reduced functionality mode).',
        ],
      ],
      [
        'Cause',
        [
          'The user has no licence with the desktop apps (Business Basic and E1 have web apps only), the licence was removed or changed, the user passed the limit of 5 activated PCs, or Office is signed in with a personal Microsoft account.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Microsoft 365 admin center > Users > the user > Licenses and apps: confirm a licence that includes Microsoft 365 Apps (Business Standard, Business Premium, E3, E5, Apps for business).',
          '2. If licences ran out, buy one through the MSP CSP portal; do not take one from another active user.',
          '3. In Office, File > Account > Sign out, close all Office apps, open Word and sign in with the work account.',
          '4. Over 5 installs: the user deactivates an old PC at account.microsoft.com or the admin signs it out.',
          '5. Shared PCs (terminal servers, reception PCs used by many people) need shared computer activation enabled.',
        ],
      ],
    ],
  ),
  article(
    'd-external-forwarding-blocked',
    'Forwarding to an external address does not work (550 5.7.520 Access denied)',
    null,
    'Microsoft 365',
    [
      [
        'Symptoms',
        [
          'A user set up a rule or forwarding to their Gmail or a partner\'s address and nothing arrives; the sender gets "550 5.7.520 Access denied, Your organization does not allow external forwarding".',
        ],
      ],
      [
        'Cause',
        [
          'The default outbound spam policy blocks automatic external forwarding, on purpose: attackers use it after a mailbox compromise.',
        ],
      ],
      [
        'Resolution steps',
        [
          "1. Check the request is approved by the client's contact; forwarding company mail to personal addresses is usually refused.",
          '2. If approved, Microsoft Defender > Policies > Anti-spam > create an outbound policy for that user only with Automatic forwarding rules: On.',
          '3. Prefer a mail contact + forwarding set by an admin over an Outlook inbox rule so it is visible.',
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- identity
  article(
    'd-mfa-new-phone',
    'MFA after a new or lost phone: re-register Microsoft Authenticator',
    null,
    'Identity',
    [
      [
        'Symptoms',
        [
          'The user changed, lost or reset their phone and can no longer approve sign-ins; the Authenticator app on the new phone has no account, or codes are wrong.',
        ],
      ],
      [
        'Resolution steps',
        [
          "1. Verify the caller's identity (call back on the number in the PSA, or confirm with their manager). Never reset MFA for an unverified caller.",
          '2. Entra admin center > Users > the user > Authentication methods > Require re-register multifactor authentication (and delete the old Authenticator entry).',
          '3. Optionally issue a Temporary Access Pass valid for 1 hour.',
          '4. The user goes to https://aka.ms/mysecurityinfo on a PC, signs in, and adds Microsoft Authenticator by scanning the QR code with the new phone.',
          '5. If the old phone was lost, also revoke sessions (Revoke sessions on the user page).',
        ],
      ],
    ],
  ),
  article(
    'd-ad-account-lockout',
    'Active Directory account keeps locking out: find the lockout source',
    null,
    'Identity',
    [
      [
        'Symptoms',
        [
          'The user is locked out of their Windows logon repeatedly, sometimes minutes after being unlocked; "The referenced account is currently locked out and may not be logged on to".',
        ],
      ],
      [
        'Cause',
        [
          "Almost always an old password saved somewhere: a phone's mail profile, a mapped drive with saved credentials, a scheduled task, a disconnected RDP session or a second PC still logged on.",
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Unlock the account in Active Directory Users and Computers (Account tab > Unlock).',
          '2. On the PDC emulator, filter the Security log for event ID 4740; "Caller Computer Name" is the source of the bad attempts.',
          '3. On that machine clear saved credentials (Credential Manager), remove old mapped drives, log off stale sessions, update the password on the phone.',
          '4. If the source is blank or a mail server, look at the phone and ActiveSync devices.',
        ],
      ],
    ],
  ),
  article(
    'd-conditional-access-blocked',
    'Sign-in blocked by Conditional Access ("You cannot access this right now", 53003 / 530002)',
    null,
    'Identity',
    [
      [
        'Symptoms',
        [
          'After entering a correct password the user sees "You cannot access this right now – your sign-in was successful but does not meet the criteria to access this resource", or "Your device is required to be managed", error codes 53003, 530002, 530003 or 53000.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Entra admin center > Sign-in logs > find the failed sign-in > Conditional Access tab: see which policy failed.',
          '2. Device not compliant or not enrolled (530002/53000): the user must use a company device; check it in Intune > Devices for compliance errors (BitLocker, OS version, Defender).',
          "3. Blocked location (53003): user is abroad or on a VPN exiting in another country. Add a time-limited exclusion only with the client contact's approval.",
          '4. Personal devices: the client policy allows browser access only; desktop apps are blocked by design.',
        ],
      ],
    ],
  ),
  article(
    'd-sspr-password-reset',
    'Forgotten Microsoft 365 password: self-service password reset and admin reset',
    null,
    'Identity',
    [
      [
        'Symptoms',
        [
          'The user forgot their work password, or it expired while they were away, and cannot sign in to Microsoft 365.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Send the user to https://aka.ms/sspr from any browser; they verify with their registered phone or Authenticator and choose a new password.',
          '2. If they never registered for SSPR, verify identity (callback to the number in the PSA) and reset in the Microsoft 365 admin center > Users > Reset password, tick "Require this user to change their password".',
          '3. With password writeback (hybrid), the new password also applies to the Windows logon; the PC needs line of sight to a domain controller (office or VPN) to pick it up, otherwise use the old password at the Windows lock screen.',
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- network
  article(
    'd-vpn-connected-no-names',
    'VPN connected but servers and shared drives cannot be reached by name',
    null,
    'Network',
    [
      [
        'Symptoms',
        [
          "The VPN client says Connected, but \\\\fileserver or the intranet does not open, mapped drives stay disconnected, while pinging the server's IP address works.",
        ],
      ],
      [
        'Cause',
        [
          'DNS queries go to the home router instead of the office DNS server: the VPN adapter has no DNS server or DNS suffix, or the home network uses the same subnet as the office (both 192.168.1.0/24).',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. ipconfig /all: the VPN adapter must list the office DNS server and the connection-specific DNS suffix (e.g. corp.local).',
          '2. If missing, fix the VPN profile on the firewall (DNS server and suffix pushed to clients), reconnect.',
          '3. Test with nslookup fileserver.corp.local. As a stopgap map drives by IP.',
          "4. Overlapping subnets: change the home router's LAN range or move the office to a less common range at the next maintenance window.",
        ],
      ],
    ],
  ),
  article(
    'd-wifi-corporate-join',
    'Laptop cannot join the office Wi-Fi (WPA2-Enterprise) or keeps asking for a password',
    null,
    'Network',
    [
      [
        'Symptoms',
        [
          'A laptop shows "Can\'t connect to this network" on the staff SSID, asks for a username and password over and over, or connects to the guest network only.',
        ],
      ],
      [
        'Resolution steps',
        [
          "1. Check the user's password was not changed recently; the saved Wi-Fi credentials do not update themselves. Forget the network (Settings > Network > Wi-Fi > Manage known networks > Forget) and reconnect.",
          '2. Certificate-based Wi-Fi (EAP-TLS from Intune): confirm the device has the Wi-Fi profile and a valid client certificate (certlm.msc > Personal).',
          '3. On the NPS / RADIUS server check event 6273 for the reason code (16 = bad credentials, 48 = no matching policy).',
          "4. Update the wireless driver from the laptop maker's site if the adapter disconnects after sleep.",
        ],
      ],
    ],
  ),
  article(
    'd-dhcp-scope-exhausted',
    'Many devices get 169.254.x.x or "No internet": DHCP scope exhausted',
    null,
    'Network',
    [
      [
        'Symptoms',
        [
          'Several PCs, phones or new devices in one office show "No internet, secured" or "Unidentified network"; ipconfig shows a 169.254.x.x address. Devices that were already connected keep working.',
        ],
      ],
      [
        'Cause',
        [
          'The DHCP scope has no free leases (many guest phones, long lease time), or the DHCP server (domain controller or firewall) stopped serving.',
        ],
      ],
      [
        'Resolution steps',
        [
          "1. On the DHCP server check scope statistics (DHCP console > Scope > Display statistics, or the firewall's DHCP monitor). 100% in use confirms it.",
          '2. Short term: delete stale leases, shorten lease duration to 1 day for Wi-Fi scopes.',
          '3. Long term: move guests to their own VLAN and scope, or widen the scope (/23) after checking nothing else uses the range.',
          '4. If the service is down, start the DHCP Server service and check event log DHCP-Server.',
        ],
      ],
    ],
  ),
  article(
    'd-dns-internal-resolution',
    'Internal sites or servers do not resolve on one PC: DNS set to a public resolver',
    null,
    'Network',
    [
      [
        'Symptoms',
        [
          'On one PC the intranet, the accounts server or the print server gives "This site can\'t be reached / DNS_PROBE_FINISHED_NXDOMAIN" or "Windows cannot access \\\\server", while internet sites work and other PCs are fine.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. ipconfig /all: DNS servers must be the office domain controllers, not 8.8.8.8, 1.1.1.1 or the router.',
          '2. If set manually, set the adapter back to "Obtain DNS server address automatically".',
          '3. ipconfig /flushdns, then nslookup servername.',
          '4. Check for a hosts file entry (C:\\Windows\\System32\\drivers\\etc\\hosts) pointing the name somewhere old.',
        ],
      ],
    ],
  ),
  article(
    'd-web-filter-block',
    'Website blocked by the firewall web filter: review and allow-list request',
    null,
    'Network',
    [
      [
        'Symptoms',
        [
          'The user gets a FortiGuard or firewall block page ("Web Page Blocked", "This category is not allowed") for a supplier or government site they need for work.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Ask for the full URL and a screenshot of the block page (it names the category).',
          "2. Check the site on the vendor's URL lookup; if miscategorised, request recategorisation.",
          "3. Add the domain to the client's web filter static URL allow list after approval by the client contact. Record the change in the client's firewall change log.",
          '4. Never disable the category for everyone to fix one site.',
        ],
      ],
    ],
  ),
  article(
    'd-wall-port-dead',
    'Desk network socket dead: tracing a wall port to the switch',
    null,
    'Network',
    [
      [
        'Symptoms',
        [
          'A wired PC or desk phone shows "Network cable unplugged" or no link lights after a desk move, while the same cable works elsewhere.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Read the label on the wall plate (e.g. 2-14) and find the matching patch panel port in the comms cupboard.',
          '2. Check a patch lead runs from that panel port to the switch; many offices only patch used desks.',
          '3. On the switch web UI or CLI check the port: administratively down, err-disabled by port security or BPDU guard (someone plugged in a small switch), or on the wrong VLAN (voice vs data).',
          "4. Re-enable the port (shutdown / no shutdown), set the correct VLAN, and document the patching in the client's network page.",
        ],
      ],
    ],
  ),
  article('d-site-internet-outage', 'Whole office has no internet: ISP outage runbook', null, 'Network', [
    [
      'Symptoms',
      ['Nobody in one office can reach the internet, Teams or email; internal file shares may still work.'],
    ],
    [
      'Resolution steps',
      [
        '1. Check the firewall from RMM or the cloud management portal: is the WAN interface up? Did it fail over to the 4G/second line?',
        "2. Check the ISP status page and ring the ISP's fault line with the circuit ID from the client's network page.",
        '3. Ask someone on site to look at the router/ONT lights and power-cycle the ISP router only (not the firewall or switches).',
        '4. Tell the client contact the expected time; if longer than 2 hours, enable the 4G backup or send staff home to work.',
      ],
    ],
  ]),
  // ---------------------------------------------------------------- endpoints
  article(
    'd-windows-update-failing',
    'Windows Update fails or rolls back ("Undoing changes", 0x800f0922, 0x80070002, 0x800f081f)',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        [
          'The monthly cumulative update fails to install with an error code such as 0x800f0922, 0x80070002, 0x800f081f or 0x8024a105, or the PC restarts to "We couldn\'t complete the updates. Undoing changes" and tries again every night.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Make sure at least 20 GB is free on C:.',
          '2. Run as admin: DISM /Online /Cleanup-Image /RestoreHealth, then sfc /scannow.',
          '3. Reset Windows Update components: stop wuauserv, bits and cryptsvc, rename C:\\Windows\\SoftwareDistribution and catroot2, start the services.',
          '4. 0x800f0922 on a PC with a small recovery partition: resize the recovery partition (KB5034441 guidance).',
          '5. Install the update manually from the Microsoft Update Catalog if it still fails; then resume RMM patching.',
        ],
      ],
    ],
  ),
  article(
    'd-bitlocker-recovery',
    'BitLocker recovery screen at start-up: finding the 48-digit recovery key',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        [
          'The PC starts to a blue screen titled "BitLocker recovery" asking to "Enter the recovery key for this drive", with a Recovery key ID. Often after a BIOS/firmware update, a docking station at boot, or a motherboard repair.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Verify who is calling. Ask for the first 8 characters of the Recovery key ID shown on screen.',
          "2. Find the key: Intune > Devices > the device > Recovery keys, or Entra admin center > Devices > BitLocker keys, or Active Directory (computer object > BitLocker Recovery tab), or the RMM's BitLocker field.",
          '3. Read the 48-digit key to the user in groups of six. Function keys F1–F10 type digits if the keyboard has no number row working.',
          '4. Once in Windows, suspend and resume protection (manage-bde -protectors -disable C: -RebootCount 1) if a BIOS update is pending.',
          '5. If no key is escrowed anywhere, the data cannot be recovered: reimage the device.',
        ],
      ],
    ],
  ),
  article(
    'd-intune-enrolment-errors',
    'Windows device will not enrol in Intune (80180014, 80180018, 0x801c03ed)',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        [
          'During Autopilot or "Access work or school > Connect" the device shows "Something went wrong" with 80180014 (device not allowed), 80180018 (licence), 0x801c03ed (not allowed to join) or "This device is already enrolled".',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. 80180014: enrolment restrictions block personally owned Windows devices, or the device was deleted in Intune but its Autopilot record remains. Remove the old record and retry.',
          '2. 80180018: the user has no Intune licence (Business Premium, EMS E3). Assign one, wait 15 minutes.',
          '3. 0x801c03ed: Entra ID > Devices > Device settings: "Users may join devices" must include the user; the device limit per user (default 20) may be reached.',
          '4. Already enrolled: disconnect the old work account in Settings, delete the device in Intune and Entra, restart and enrol again.',
        ],
      ],
    ],
  ),
  article(
    'd-printer-offline-queue',
    'Network printer shows Offline or print jobs stay in the queue',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        [
          'Documents sit in the queue with status "Error – Printing" or the printer shows Offline on one or several PCs, while the printer itself is on and shows no error.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Print a configuration page at the printer and compare its IP with the port on the PC (Printer properties > Ports). DHCP may have given the printer a new address; set a reservation.',
          "2. Change a WSD port to a Standard TCP/IP port on the printer's IP.",
          '3. Clear the queue: stop the Print Spooler service, delete files in C:\\Windows\\System32\\spool\\PRINTERS, start the service.',
          '4. Shared via a print server: check the same on the server; restart the spooler there affects everyone, so warn the client first.',
          '5. Untick "Use Printer Offline" in the printer\'s queue window.',
        ],
      ],
    ],
  ),
  article(
    'd-scan-to-folder',
    'Copier scan to folder (SMB) fails: "Connection failed" or "Cannot write to destination"',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        [
          'Scanning from the multifunction copier to a network folder or to the user\'s PC fails with "Connection failed", "Send error", "Login failed" or "Cannot write to destination". Often after a password change or a Windows update.',
        ],
      ],
      [
        'Cause',
        [
          'The scan-to-folder address book entry stores a Windows username and password that expired, or the copier only speaks SMB1, which Windows 10/11 and current servers no longer accept.',
        ],
      ],
      [
        'Resolution steps',
        [
          "1. Use a dedicated scan account (svc-scan) with a non-expiring password and write rights on the scans share, not the user's own account.",
          '2. Update the address book entry on the copier (web interface > Address book > the entry > SMB): path \\\\server\\scans\\name, the scan account.',
          "3. In the copier's network settings enable SMB2/SMB3 client; update copier firmware if there is no such option.",
          '4. Test with a one-page scan.',
        ],
      ],
      ['Not covered', ['Scan to email (SMTP) is configured by the copier dealer for most clients.']],
    ],
  ),
  article(
    'd-dock-external-monitors',
    'Docking station: external monitors not detected or stay black',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        [
          'After connecting the laptop to the USB-C or Thunderbolt dock, one or both external monitors stay black or show "No signal", or only mirror the laptop screen. Keyboard and mouse on the dock may still work.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Press Win+P and choose Extend. Settings > Display > Detect.',
          '2. Check the monitor input source (HDMI1/DP) on its own menu buttons.',
          "3. Update the dock firmware and the laptop's Thunderbolt/USB-C and graphics drivers from the maker (Dell Command Update, Lenovo Vantage, HP Support Assistant).",
          '4. DisplayLink docks need the DisplayLink driver installed.',
          "5. Unplug the dock's power for 30 seconds to reset it. Try a different cable; USB-C cables that only charge carry no video.",
        ],
      ],
    ],
  ),
  article('d-no-sound-windows', 'No sound from speakers or headset in Windows', null, 'Endpoints', [
    [
      'Symptoms',
      [
        'Videos and system sounds play nothing, the speaker icon shows a red X "No audio output device is installed", or sound comes out of the laptop speakers instead of the headset.',
      ],
    ],
    [
      'Resolution steps',
      [
        '1. Click the speaker icon in the taskbar and choose the output device; check it is not muted and volume mixer levels are up.',
        '2. Settings > System > Sound > Troubleshoot.',
        '3. "No audio output device": Device Manager > Sound, video and game controllers: uninstall the Realtek or Intel SST device, restart; reinstall the audio driver from the maker if it stays missing.',
        '4. USB headsets: try another USB port, not through an unpowered hub.',
        '5. Restart the Windows Audio service.',
      ],
    ],
  ]),
  article('d-disk-full', 'C: drive full or almost full: safe cleanup', null, 'Endpoints', [
    [
      'Symptoms',
      [
        'Windows warns "Low disk space", the C: bar in This PC is red, updates fail, or the PC becomes very slow and apps fail to save.',
      ],
    ],
    [
      'Resolution steps',
      [
        '1. Settings > System > Storage > Temporary files: remove temporary files, Windows Update cleanup and the Recycle Bin.',
        '2. Set OneDrive Files On-Demand (Free up space on large folders) so synced files do not fill the disk.',
        '3. Find large folders with WizTree or TreeSize (run from the RMM toolkit); often Downloads, old OST files or Teams cache.',
        '4. Do not delete anything in C:\\Windows\\Installer or WinSxS by hand.',
      ],
    ],
  ]),
  article(
    'd-mapped-drive-missing',
    'Mapped network drives missing or showing a red X after logon',
    null,
    'Endpoints',
    [
      [
        'Symptoms',
        [
          'Shared drives such as S: or H: are gone from This PC, or show a red X and "Could not reconnect all network drives" at logon; opening them says "The network path was not found".',
        ],
      ],
      [
        'Cause',
        [
          'The PC logged on before the network was ready (Wi-Fi, working from home without VPN), the drive-mapping Group Policy did not apply, or saved credentials for the server are wrong.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Working remotely: connect the VPN first, then open the drive or log off and on.',
          '2. In the office: run gpupdate /force and log off/on. gpresult /r shows whether the drive mapping GPO applied.',
          '3. Remove wrong saved credentials in Credential Manager for the server name.',
          '4. Map by hand as a test: net use S: \\\\server\\shared /persistent:yes.',
          '5. Enable "Always wait for the network at computer startup and logon" via GPO for laptops that log on too quickly.',
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- line-of-business applications
  article(
    'd-quickbooks-multiuser',
    'QuickBooks Desktop H202 / H505: cannot open the company file in multi-user mode',
    null,
    'Applications',
    [
      [
        'Symptoms',
        [
          'On a workstation QuickBooks Desktop shows "You are trying to work with a company file that is located on another computer, and this copy of QuickBooks cannot reach the server on that computer (H202)" or H505, while the server PC opens the file.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. On the server that hosts the .QBW file, open QuickBooks Database Server Manager and scan the company file folder; the service QuickBooksDBXX (XX = version) must be running.',
          '2. Windows Firewall on the server: allow QBDBMgrN.exe and ports 8019 and the version port (e.g. 55373–55378 for 2023/2024).',
          '3. Open the file from the workstation by its UNC path (\\\\server\\QBData), not a mapped drive letter.',
          '4. Run QuickBooks Tool Hub > Network Issues > QuickBooks File Doctor on the workstation.',
          '5. Make sure every workstation runs the same QuickBooks release (Help > About).',
        ],
      ],
    ],
  ),
  article(
    'd-sage50-cannot-connect',
    'Sage 50 Accounts: "Unable to connect to the data" / Sage Data Service not running',
    null,
    'Applications',
    [
      [
        'Symptoms',
        [
          'Sage 50 Accounts (UK) shows "Unable to connect to the data. Please check the Sage Data Service", "Error connecting to the server" or hangs on the logon screen on one or all PCs.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. On the PC that holds the data, Services: start "Sage 50 Accounts Data Service vXX" (set to Automatic).',
          '2. Check the data path in C:\\ProgramData\\Sage\\Accounts\\20XX\\COMPANY points to the shared data location.',
          '3. Allow the service through Windows Firewall (Sage.SData.Service.exe, port 8089 for recent versions).',
          '4. All PCs must run the same Sage 50 version; after an update, install it on the data-holding PC first.',
          '5. If a user left Sage open, other users see "Company data is in use"; use File > Logoff all users from the data PC.',
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- security incidents
  article(
    'd-phishing-report-triage',
    'User reports a phishing email or clicked a suspicious link: triage runbook',
    null,
    'Security',
    [
      [
        'Symptoms',
        [
          'A user forwards a suspicious message ("invoice attached", "your mailbox is full", "DocuSign to review"), or admits they clicked a link or opened an attachment.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Ask: did you only read it, did you click, did you type a password or open an attachment? Get the message with the Report button (Report phishing) rather than forwarding.',
          '2. Defender > Explorer: find every copy by sender and subject; Soft delete from all mailboxes.',
          '3. Block the sender/domain and the URL in Tenant Allow/Block List.',
          '4. Clicked only: run a full Defender scan on the device. Typed a password: follow the compromised mailbox runbook immediately. Opened an attachment that ran something: isolate the device in Defender and treat as a security incident.',
          '5. Thank the user; reporting quickly is what we want.',
        ],
      ],
    ],
  ),
  article(
    'd-compromised-mailbox',
    'Compromised Microsoft 365 account: containment and clean-up',
    null,
    'Security',
    [
      [
        'Symptoms',
        [
          'Contacts receive messages the user did not send, hundreds of bounces arrive, the user is "restricted from sending" (550 5.1.8), unknown inbox rules move or delete mail, or sign-ins from other countries appear.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Reset the password and Revoke sessions (Entra > user > Revoke sessions).',
          '2. Authentication methods: remove any phone or Authenticator the user does not recognise; require MFA re-registration.',
          '3. Remove inbox rules and forwarding the user did not create (Outlook on the web > Rules; Exchange admin > Mail flow forwarding).',
          '4. Check enterprise applications consented by the user and OAuth grants; remove unknown ones.',
          '5. Defender > Restricted entities: release the user once the above is done.',
          "6. Search the audit log for the attacker's activity and tell the client contact which messages went out; decide with them whether to warn recipients.",
        ],
      ],
    ],
  ),
  article('d-mfa-fatigue', 'Unexpected MFA approval requests the user did not start', null, 'Security', [
    [
      'Symptoms',
      [
        'The user gets Authenticator pop-ups "Approve sign-in?" or phone calls to approve a sign-in while they are not signing in, sometimes many in a row, at night or from another country.',
      ],
    ],
    [
      'Cause',
      [
        "Someone has the user's password and is trying to get past MFA by repetition (MFA fatigue). The password must be treated as known.",
      ],
    ],
    [
      'Resolution steps',
      [
        '1. Tell the user to deny every request and not approve "to make it stop".',
        '2. Reset the password immediately and revoke sessions.',
        "3. Check sign-in logs for successful sign-ins from the attacker's IP; if any succeeded, continue with the compromised mailbox runbook.",
        '4. Make sure number matching is enforced for the tenant.',
      ],
    ],
  ]),
  article(
    'd-ransomware-first-response',
    'Suspected ransomware: first response in the first 30 minutes',
    null,
    'Security',
    [
      [
        'Symptoms',
        [
          'Files on a PC or share have new extensions (.locked, .encrypted, random letters) and will not open, a text file "README / HOW TO DECRYPT" appears in folders, or the desktop wallpaper is replaced by a ransom demand.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Tell the user to unplug the network cable and turn off Wi-Fi. Do NOT shut down or restart the PC (memory evidence, and encryption may resume at boot).',
          "2. Isolate the device in Defender for Endpoint / the EDR console; disable the user's account.",
          '3. Check file servers and shares for encrypted files; if spreading, disconnect the server from the network and suspend backup jobs so clean restore points are not overwritten or deleted.',
          "4. Call the security lead and the client's named contact; open a P1 incident. Start a timeline of everything done.",
          '5. Do not contact the attackers and do not pay. Cyber-insurance usually requires notice before any recovery work.',
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- processes
  article(
    'd-onboarding-checklist',
    'New starter checklist (generic, for clients without their own runbook)',
    null,
    'Processes',
    [
      [
        'When to use',
        ['Every new user request for a client that has no client-specific new starter runbook.'],
      ],
      [
        'Checklist',
        [
          '1. Get the request from an authorised client contact: name, start date, job title, manager, which colleague to copy access from.',
          "2. Create the account in Active Directory or Microsoft 365 with the client's naming format; assign the licence (check a spare exists, else order).",
          '3. Add to the same security groups, distribution lists, Teams and shared mailboxes as the colleague named.',
          '4. Prepare the device: Autopilot or image, enrol in Intune, install line-of-business apps, check BitLocker and RMM agent.',
          '5. Set a temporary password and MFA registration via Temporary Access Pass; hand over at the first morning.',
          '6. Add the user to the PSA as a contact so they can raise tickets.',
        ],
      ],
    ],
  ),
  article('d-offboarding-checklist', 'Leaver checklist (generic)', null, 'Processes', [
    [
      'When to use',
      [
        'A client contact tells us someone is leaving or has left. Clients with their own leaver runbook use it instead.',
      ],
    ],
    [
      'Checklist',
      [
        '1. Confirm the leaving date and time with an authorised contact; for dismissals disable access at the agreed minute.',
        '2. Block sign-in, reset the password, revoke sessions, remove MFA methods.',
        '3. Convert the mailbox to a shared mailbox and give the manager access, or set forwarding if asked; then remove the licence.',
        '4. Transfer OneDrive content to the manager (OneDrive retention gives 30 days by default).',
        '5. Remove from groups, distribution lists and third-party apps; collect the laptop and phone; wipe or reimage.',
        '6. Note in the ticket what was done and where the data went.',
      ],
    ],
  ]),
  // ---------------------------------------------------------------- backup and restore
  article(
    'd-restore-onedrive-sharepoint',
    'Restore a deleted or overwritten file in OneDrive or SharePoint',
    null,
    'Backup',
    [
      [
        'Symptoms',
        [
          "A user deleted a file or folder from OneDrive, Teams or a SharePoint library, or saved over a document and needs yesterday's version.",
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Overwritten: in the browser right-click the file > Version history > Restore the earlier version.',
          '2. Deleted: the site or OneDrive Recycle bin (bottom left) keeps items 93 days; select and Restore. Items deleted from the recycle bin are in the Second-stage recycle bin, visible to site collection admins.',
          '3. Many files changed at once (sync accident, ransomware): OneDrive settings > Restore your OneDrive to a date and time within 30 days.',
          '4. Older than 93 days: restore from the M365 backup (Datto SaaS Protection) for clients that have it.',
        ],
      ],
    ],
  ),
  article(
    'd-restore-file-server',
    'Restore files or a folder on the file server (shared drive) from backup',
    null,
    'Backup',
    [
      [
        'Symptoms',
        [
          'A folder disappeared from a mapped shared drive (S:, P:), someone dragged it somewhere or deleted it, or a spreadsheet on the server was overwritten.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Ask for the full path, the date it was last right, and whether anyone has saved into it since.',
          '2. Quick: right-click the parent folder > Properties > Previous Versions (Volume Shadow Copies, taken twice a day on client servers).',
          '3. Otherwise Veeam Backup console > Home > Backups > the server > Restore guest files (Windows) > browse to the folder > Restore > Keep (restores beside the current one with a RESTORED- prefix).',
          '4. Tell the user where the restored copy is; never overwrite without asking.',
        ],
      ],
    ],
  ),
  article('d-backup-job-failed', 'Backup job failed or warning alert (Veeam): triage', null, 'Backup', [
    [
      'Symptoms',
      ['The nightly Veeam job for a client server reports Failed or Warning in the morning backup report.'],
    ],
    [
      'Resolution steps',
      [
        '1. Open the job session and read the first error line.',
        '2. "VSS error / Failed to prepare guest for hot backup": on the server run vssadmin list writers; restart the failed writer\'s service (e.g. SQL VSS Writer) or reboot out of hours.',
        '3. "Not enough free space" on the repository: apply retention, remove orphaned restore points, or raise capacity with the account manager.',
        '4. "Unable to connect": check the server is on and the Veeam agent/service is running.',
        '5. Retry the job once fixed; two failures in a row are raised to L2 and the client told.',
      ],
    ],
  ]),
  // ---------------------------------------------------------------- Brightwater Dental Group
  article(
    'd-brightwater-eaglesoft-connect',
    'Brightwater Dental: Eaglesoft workstation cannot connect to the database server',
    brightwater,
    'Brightwater Dental Group',
    [
      [
        'Symptoms',
        [
          'On a surgery or front desk PC Eaglesoft shows "Unable to connect to database server" or "Database server not found" at start, while other PCs work. Happens after the server (BW-SRV01) restarts for updates.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. On BW-SRV01 check the service "Patterson Server" (PattersonServerService) and the Eaglesoft database service "SQL Anywhere – Patterson" are running; start them if stopped. Only start them, never restart them in surgery hours without asking the practice manager.',
          '2. On the workstation, Eaglesoft\\Shared Files\\ must be mapped as E: to \\\\BW-SRV01\\Eaglesoft (drive letter E: is required by Eaglesoft).',
          '3. Run Eaglesoft\\Shared Files\\PattersonServerConfig and check it points to BW-SRV01.',
          '4. Windows Firewall on BW-SRV01 must allow port 2638.',
        ],
      ],
      [
        'Contacts',
        ["Practice manager: Dana Whitlock. Patterson support contract number is in the client's passwords."],
      ],
    ],
  ),
  article(
    'd-brightwater-xray-sensor',
    'Brightwater Dental: intraoral X-ray sensor (Schick 33) not detected in a surgery',
    brightwater,
    'Brightwater Dental Group',
    [
      [
        'Symptoms',
        [
          'When the dentist clicks to take an X-ray the imaging software says "Sensor not detected" or "No device connected", the sensor\'s remote module light is off, or images come out grey.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. The Schick 33 sensor plugs into the USB remote module, which must be connected directly to a USB port on the back of the surgery PC, never a hub or the monitor.',
          '2. Device Manager should list "Schick USB Remote" under Imaging devices. If it shows with a warning, reinstall the Schick CDR driver from \\\\BW-SRV01\\Installs\\Schick.',
          '3. Check the USB power setting is disabled for that port (Device Manager > USB Root Hub > Power Management > untick "Allow the computer to turn off this device").',
          "4. Grey or blank images: recalibrate via CDR DICOM > Calibrate; call Patterson imaging support if the sensor cable is damaged (sensor replacement is under the practice's Patterson warranty).",
        ],
      ],
    ],
  ),
  article(
    'd-brightwater-new-starter',
    'Brightwater Dental: new starter (dentist, nurse or receptionist)',
    brightwater,
    'Brightwater Dental Group',
    [
      [
        'Checklist',
        [
          '1. Request must come from the practice manager (Dana Whitlock). Ask the role: dentist, hygienist, nurse or reception.',
          '2. Create the M365 account first.last@brightwaterdental.example with Business Premium; add to the group BW-Clinical or BW-Reception.',
          '3. Eaglesoft: the practice manager creates the Eaglesoft user and sets security rights herself; we do not. We only add the user to the Windows group BW-Eaglesoft on BW-SRV01.',
          "4. Surgery PCs are shared: staff log on with their own account; make sure the new user's profile maps E: for Eaglesoft (GPO BW-Drives).",
          '5. Dentists need the NHS smartcard reader driver (Gemalto) on their surgery PC; ask the practice manager for the card once issued.',
          '6. Add the user to the PSA under Brightwater.',
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- Ashdown & Pryce Solicitors
  article(
    'd-ashdown-pclaw-addin',
    'Ashdown & Pryce: PCLaw time entry and the Outlook "File to matter" button missing',
    ashdown,
    'Ashdown & Pryce Solicitors',
    [
      [
        'Symptoms',
        [
          'Fee earners cannot find the "File to matter" button on the Outlook ribbon, or PCLaw says "Cannot open the database – the PCLaw server is not responding" on start.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Outlook button missing: File > Options > Add-ins > Manage: Disabled Items > enable "PCLaw Outlook Integration"; then COM Add-ins, tick it. Outlook disables it when it starts slowly; set it to always enabled via the GPO AP-Outlook-Addins.',
          '2. PCLaw server not responding: on AP-SRV02 start the "PCLaw Data Server" service; the PCLaw database is on D:\\PCLawData.',
          '3. PCLaw must be opened from the shortcut that points to \\\\AP-SRV02\\PCLaw, not a local copy.',
          '4. After a PCLaw upgrade every PC needs the workstation update (run \\\\AP-SRV02\\PCLaw\\wsetup.exe as admin).',
        ],
      ],
    ],
  ),
  article(
    'd-ashdown-dictation',
    'Ashdown & Pryce: dictation (Olympus DS-9500 / ODMS) recordings not reaching the typing pool',
    ashdown,
    'Ashdown & Pryce Solicitors',
    [
      [
        'Symptoms',
        [
          'A fee earner docks the Olympus dictaphone and recordings do not download, or secretaries do not see new dictations in their ODMS transcription module.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. The recorder must be connected with the USB cradle straight to the PC; ODMS Dictation Module must be running (system tray).',
          '2. In ODMS > Tools > Options > Download: "Download automatically" on, destination folder \\\\AP-SRV02\\Dictation\\<initials>.',
          '3. The typing pool reads \\\\AP-SRV02\\Dictation\\Pool; check the author\'s folder has the workflow rule "Move to Pool" in ODMS > Workflow.',
          '4. Licence errors ("licence not found"): ODMS licences are on the ODMS System Configuration Program on AP-SRV02; each author needs one.',
        ],
      ],
    ],
  ),
  article(
    'd-ashdown-new-starter',
    'Ashdown & Pryce: new starter (fee earner or support staff)',
    ashdown,
    'Ashdown & Pryce Solicitors',
    [
      [
        'Checklist',
        [
          '1. Requests only from the office manager (Priya Nandakumar) or a partner.',
          '2. AD account on AP-DC01 (first initial + surname, e.g. jsmith) in OU Ashdown\\Users; sync to M365 with Entra Connect; Business Premium licence.',
          '3. Groups: AP-FeeEarners or AP-Support, plus the department group (Conveyancing, Family, Private Client).',
          '4. PCLaw: create the PCLaw user (Admin > Users) with the same initials as the timekeeper code the office manager gives us.',
          '5. Fee earners: ODMS author licence and an Olympus recorder from the cupboard; configure the download folder.',
          '6. Email signature is set by the CodeTwo policy automatically; check it after first send.',
        ],
      ],
    ],
  ),
  article(
    'd-ashdown-leaver',
    'Ashdown & Pryce: leaver (mailbox must be kept for 7 years)',
    ashdown,
    'Ashdown & Pryce Solicitors',
    [
      [
        'Checklist',
        [
          "1. Regulatory retention: a leaver's mailbox and files are kept for 7 years. Do NOT delete the user or let the mailbox become inactive without the hold.",
          '2. Disable the AD account on AP-DC01 and move it to OU Ashdown\\Leavers; reset the password; revoke M365 sessions.',
          '3. Place the mailbox on Litigation Hold (Exchange admin > mailbox > Others > Litigation hold) before removing the licence; convert to shared mailbox and give the supervising partner access.',
          '4. PCLaw: mark the timekeeper inactive (never delete it: bills refer to it).',
          '5. Move the home folder \\\\AP-SRV02\\Users\\<name> to \\\\AP-SRV02\\Archive\\Leavers.',
          '6. Recover the Olympus recorder and reassign the ODMS licence.',
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- Kestrel Freight Services
  article(
    'd-kestrel-forticlient-vpn',
    'Kestrel Freight: FortiClient VPN for home workers and transport planners',
    kestrel,
    'Kestrel Freight Services',
    [
      [
        'Symptoms',
        [
          'FortiClient shows "Unable to establish the VPN connection. The VPN server may be unreachable (-14)", stops at 40% or 98%, or "Credential or SSLVPN configuration is wrong (-7200)".',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Profile name "Kestrel SSL", remote gateway vpn.kestrelfreight.example, port 10443. Users sign in with their Windows username (not email) and approve the FortiToken Mobile push.',
          '2. -7200: password expired or typed with email format; reset in AD (KF-DC01) if needed. FortiToken not received: resend activation from the FortiGate (User & Authentication > FortiTokens).',
          '3. Stuck at 98%: reinstall FortiClient VPN-only 7.2 from \\\\KF-SRV01\\Installs; older 6.x clients fail with the current FortiOS.',
          '4. -14 from hotels and ferries that block port 10443: no fix on our side; use the phone hotspot.',
          '5. Once connected, planners open the TMS (Transport Management) via the desktop shortcut; drives map automatically.',
        ],
      ],
    ],
  ),
  article(
    'd-kestrel-zebra-labels',
    'Kestrel Freight: warehouse Zebra label printers print blank, shifted or half labels',
    kestrel,
    'Kestrel Freight Services',
    [
      [
        'Symptoms',
        [
          'The Zebra ZT411 printers at the loading bays print pallet labels that are blank, cut in half across two labels, shifted down, or skip every second label. Sometimes the red light flashes after a roll change.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. After a roll change always calibrate: hold PAUSE + CANCEL for 2 seconds (or menu > Print > Sensors > Manual calibration). Most "shifted" and "skipping" faults are this.',
          '2. Blank labels: the roll is direct-thermal on a printer set for ribbon or vice versa; check Print Method in the menu (Kestrel uses thermal transfer with ribbon on bays 1–4, direct thermal on bay 5).',
          '3. Labels still wrong from the WMS: the driver on KF-SRV01 must be ZDesigner with label size 100 x 150 mm; other sizes cause half labels.',
          '4. Printhead damage or streaks: log with Zebra OneCare (contract in client passwords).',
        ],
      ],
    ],
  ),
  article(
    'd-kestrel-sage200',
    'Kestrel Freight: Sage 200 login errors and "user already logged in"',
    kestrel,
    'Kestrel Freight Services',
    [
      [
        'Symptoms',
        [
          'Accounts staff get "The user is already logged in" after Sage 200 crashed, "Unable to connect to the Sage 200 server", or the Sage 200 desktop opens with no companies listed.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. "Already logged in": Sage 200 System Administration on KF-SRV02 > Users > Logged in users > select the user > Log off.',
          '2. No companies listed: the user is not assigned to the company in System Administration > Users > Company access.',
          '3. Cannot connect: KF-SRV02 services "Sage 200 Server" and SQL Server (SAGE200) must be running.',
          "4. Sage 200 updates are done by Kestrel's Sage business partner (Ledgerline); we do not apply them.",
        ],
      ],
    ],
  ),
  // ---------------------------------------------------------------- Halvorsen Engineering
  article(
    'd-halvorsen-netextender-vpn',
    'Halvorsen Engineering: SonicWall NetExtender remote access VPN',
    halvorsen,
    'Halvorsen Engineering Ltd',
    [
      [
        'Symptoms',
        [
          'NetExtender or SonicWall Mobile Connect says "Login failed", "Authentication failed – incorrect domain", "Server certificate is invalid" or connects and drops after a few seconds.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Server: remote.halvorsen-eng.example:4433, domain: LocalDomain (not HALVORSEN; typing the AD domain gives "incorrect domain").',
          '2. Users must be in the AD group SSLVPN-Users; authentication is LDAP to HV-DC01.',
          "3. Certificate warning: the client is older than the SonicWall's renewed certificate chain; install NetExtender 10.2 from \\\\HV-FS01\\Software.",
          "4. Connects then drops: the laptop is on a network using 10.20.0.0/16 (Halvorsen's office range); connect from a phone hotspot to confirm.",
          '5. Engineers opening large SolidWorks assemblies over VPN: they should use the remote desktop to their office workstation instead; it is far faster.',
        ],
      ],
    ],
  ),
  article(
    'd-halvorsen-solidworks-licence',
    'Halvorsen Engineering: SolidWorks "Could not obtain a licence" (SolidNetWork License Manager)',
    halvorsen,
    'Halvorsen Engineering Ltd',
    [
      [
        'Symptoms',
        [
          'SolidWorks opens with "Could not obtain a license for SOLIDWORKS Standard. Cannot connect to license server system (-15,10032)" or "Licensed number of users already reached (-4)".',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Licence server is HV-LIC01, port 25734 (SolidNetWork License Manager). On HV-LIC01 open SolidNetWork License Manager Server > Server Administration: Start if stopped.',
          '2. -15: the workstation cannot reach HV-LIC01; check the value 25734@HV-LIC01 in SolidWorks > Help > Licensing, and that the PC is on the office network or VPN.',
          '3. -4 all seats used: License Usage tab shows who holds seats; ask the person to close SolidWorks, or borrow a licence for laptops going offline.',
          '4. Licence activation errors after hardware change on HV-LIC01: call the reseller (Solid Solutions) to transfer.',
        ],
      ],
    ],
  ),
  article(
    'd-halvorsen-plotter',
    'Halvorsen Engineering: HP DesignJet T830 plotter prints wrong size or jobs never print',
    halvorsen,
    'Halvorsen Engineering Ltd',
    [
      [
        'Symptoms',
        [
          'A1 and A0 drawings come out on A4/A3, are clipped, or the plot job disappears from the queue without printing. The plotter front panel may say "Paper mismatch – job on hold".',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. Plots go through the queue \\\\HV-FS01\\DesignJet-T830 with the HP DesignJet HP-GL/2 driver, not the PCL or PostScript one.',
          '2. In SolidWorks or AutoCAD plot settings pick the paper size "ISO A1 – roll" (not A1 sheet) and "Use roll".',
          '3. "Paper mismatch – job on hold": on the front panel, Job queue > the held job > Print anyway, then set Paper mismatch action to "Print anyway" in the plotter\'s web page.',
          "4. Jobs vanish: restart the Print Spooler on HV-FS01 after hours; large plots time out with the old 60-second spooler setting, raised to 600 in the driver's advanced settings.",
        ],
      ],
    ],
  ),
  article(
    'd-halvorsen-project-drive',
    'Halvorsen Engineering: P: projects drive, DFS and the project folder template',
    halvorsen,
    'Halvorsen Engineering Ltd',
    [
      [
        'Symptoms',
        [
          'Engineers cannot see P: (Projects) or get "Access denied" to a project folder; a new project folder is needed.',
        ],
      ],
      [
        'Resolution steps',
        [
          '1. P: maps to the DFS path \\\\halvorsen.local\\dfs\\Projects via GPO HV-DriveMaps; gpupdate /force and log off/on if missing. Off-site, the VPN must be up first.',
          '2. Access is per project: group PRJ-<number> (e.g. PRJ-2417) gives modify on that folder. Add the user to the group on the request of the project lead, log off/on.',
          '3. New project: copy P:\\_Template\\Project-Template to P:\\<number> <name> with the PowerShell script New-HvProject.ps1 on HV-FS01; it creates the group and permissions.',
          '4. Never grant access to a single user directly on a project folder.',
        ],
      ],
    ],
  ),
];
