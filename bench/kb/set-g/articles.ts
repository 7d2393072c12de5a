/**
 * Set G: a held-out MSP documentation set, written blind — without reading the search code or any
 * other labelled set — so that it measures the knowledge-base search on text it was never tuned on.
 * About two thirds are the MSP's generic runbooks (company null); the rest are client runbooks for
 * four fictional clients, several of which override a generic article for that client only.
 */
import { article, type BenchArticle } from '../articles.ts';

export const SET_G_CLIENTS = {
  law: 'Harrowgate & Pell LLP',
  mfg: 'Brightwater Castings Ltd.',
  school: "St Aldric's Academy",
  clinic: 'Kestrel Family Clinic',
} as const;

const C = SET_G_CLIENTS;

export const SET_G_ARTICLES: readonly BenchArticle[] = [
  // ---------------------------------------------------------------- Microsoft 365 / Exchange Online
  article(
    'g-mail-outbound-bounce',
    'Outbound email bouncing back from external recipients (NDR)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Symptoms',
        "The sender gets an 'Undeliverable' or 'Delivery has failed to these recipients or groups' message back, usually minutes after sending to one outside domain. Internal mail keeps working.",
      ],
      [
        'Read the NDR first',
        "Open the bounce and note the status code and the 'Remote server' line: it tells you who rejected the message. 550 5.1.1 means the recipient address does not exist (typo, person left). 550 5.7.1 or 'rejected by recipient policy' means their filter refused us. 5.7.23 / 5.7.26 'unauthenticated email' means SPF or DKIM failed. 550 5.1.8 'Access denied, bad outbound sender' or 5.7.705 means Microsoft has put the account on the Restricted entities list — treat it as a compromised account and follow the suspicious sign-in runbook.",
      ],
      [
        'SPF, DKIM and DMARC',
        'Check the sending domain with MXToolbox. There must be exactly one SPF TXT record containing include:spf.protection.outlook.com and any other senders (newsletter tool, CRM); more than 10 DNS lookups gives permerror. DKIM must be enabled in the Defender portal (Email authentication settings) with the selector1/selector2 CNAMEs published. Changes are made at the DNS host — see the public DNS article.',
      ],
      [
        'Blocklists and the recipient side',
        "If authentication passes, check the outbound IP from the message header against blocklists and ask the recipient's IT to allow our domain. Run a message trace to prove the message left Exchange Online with status Delivered or Failed.",
      ],
    ],
  ),
  article(
    'g-mail-inbound-missing',
    'Email not arriving in a mailbox (inbound delivery, quarantine, junk)',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Start with a message trace',
        'In the Exchange admin center go to Mail flow > Message trace and search by sender address for the last 2 days (up to 90 days with an extended report). The status tells you where it went: Delivered, Quarantined, FilteredAsSpam, Failed, or nothing at all.',
      ],
      [
        'Quarantined or filtered as spam',
        "Release it from the Defender portal (Email & collaboration > Review > Quarantine) and tick 'Report message as having no threats'. For a trusted sender that keeps getting caught, add an allow entry in the Tenant Allow/Block List instead of a transport rule that skips filtering. High-confidence phish cannot be released by users, only by us.",
      ],
      [
        "Delivered but the user can't see it",
        'Check the Junk Email folder, the Other tab of Focused Inbox, and inbox rules in Outlook or with Get-InboxRule. An unexpected rule that moves mail to RSS Feeds, Archive or deletes it is a sign of a compromised account.',
      ],
      [
        'Not in the trace at all',
        'The message never reached us. Ask the sender for their bounce message. Check that our MX record still points to <domain>.mail.protection.outlook.com (or the third-party filter such as Mimecast, then check its logs), and that the domain has not expired. Attachments above 35 MB are rejected at the sender side by many providers.',
      ],
    ],
  ),
  article(
    'g-mailbox-permissions',
    'Mailbox permissions: shared mailboxes, Send As, Send on Behalf and calendar delegates',
    null,
    'Microsoft 365/Exchange Online',
    [
      [
        'Full Access to a shared mailbox',
        "Exchange admin center > Recipients > Mailboxes > select the mailbox > Delegation > Read and manage. PowerShell: Add-MailboxPermission -Identity orders@ -User jdoe -AccessRights FullAccess -AutoMapping $true. With automapping the mailbox appears in classic Outlook within about 60 minutes after an Outlook restart; in new Outlook and OWA the user adds it via 'Add shared folder or mailbox'.",
      ],
      [
        'Send As and Send on Behalf',
        "Full Access does not let the user send from the mailbox. Grant Send As (Add-RecipientPermission -AccessRights SendAs) so mail appears to come from the mailbox itself, or Send on Behalf for 'jdoe on behalf of orders'. The error 'You do not have permission to send the message on behalf of the specified user' means the right is missing or the From address is a stale autocomplete entry — remove it from the autocomplete list and pick the address from the GAL again.",
      ],
      [
        'Sent items in the shared mailbox',
        "By default mail sent as a shared mailbox lands in the user's own Sent Items. Run Set-Mailbox orders@ -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true.",
      ],
      [
        'Calendar access for an assistant',
        'The owner can share from Outlook, or we run Add-MailboxFolderPermission -Identity boss@:\\Calendar -User pa@ -AccessRights Editor -SharingPermissionFlags Delegate to let the assistant accept meeting requests.',
      ],
    ],
  ),
  article(
    'g-m365-licensing',
    "Microsoft 365 licences and 'Unlicensed Product' activation errors",
    null,
    'Microsoft 365/Licensing',
    [
      [
        'Assigning licences',
        "We license through groups: add the user to the Entra group LIC-M365-BusinessPremium (or the client's equivalent) rather than assigning directly in the admin center. Check free seats under Billing > Licenses. If none are left, raise a purchase request to the account manager — seats are bought through our distributor and appear within an hour.",
      ],
      [
        'Mailbox missing after licensing',
        "A new user has no mailbox and Outlook on the web says the mailbox can't be found until a licence with the Exchange Online plan is assigned. Make sure the Exchange service plan is switched on inside the licence and allow up to 30 minutes for provisioning.",
      ],
      [
        "'Unlicensed Product' or 'Product Deactivated' in Office",
        'A red bar in Word or Excel usually means the Office apps are signed in with the wrong or an old account. Close all Office apps, File > Account > Sign out, remove Office entries from Credential Manager, delete HKCU\\Software\\Microsoft\\Office\\16.0\\Common\\Identity, then open Word and sign in with the work account. On RDS or AVD hosts shared computer activation must be enabled.',
      ],
      [
        'Install limit',
        'Each user can activate desktop Office on five PCs or Macs. Old installs are signed out from the Microsoft 365 portal > My account > Devices.',
      ],
    ],
  ),
  article(
    'g-teams-meetings-calling',
    'Microsoft Teams: meeting audio and camera, lobby, and Teams Phone basics',
    null,
    'Microsoft 365/Teams',
    [
      [
        'Camera or microphone not working in meetings',
        "In Teams go to Settings > Devices and pick the right speaker, microphone and camera, then make a test call. If the camera shows a black tile or a crossed-out icon, check Windows Settings > Privacy > Camera ('Let desktop apps access your camera') and close other apps holding the camera (Zoom, the Camera app). If still broken, quit Teams and clear the cache in %LocalAppData%\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache.",
      ],
      [
        'External people stuck in the lobby',
        "Guests and people from other companies wait in the lobby unless the organiser changes Meeting options > 'Who can bypass the lobby'. If external people can't join at all, check the org-wide meeting policy for anonymous join and external access in the Teams admin center.",
      ],
      [
        'Teams Phone: numbers and the dial pad',
        'To make and receive PSTN calls a user needs a Teams Phone licence plus a Calling Plan or Operator Connect number. Assign the number in Teams admin center > Voice > Phone numbers or with Set-CsPhoneNumberAssignment. If the Calls tab has no dial pad, the licence or number is missing or the user has not signed out and back in since it was assigned.',
      ],
      [
        'Voicemail and forwarding',
        'Users set call forwarding, simultaneous ring and the voicemail greeting themselves under Teams Settings > Calls.',
      ],
    ],
  ),
  // ------------------------------------------------------------------------------- Identity / Entra
  article(
    'g-mfa-sspr',
    'Entra ID: resetting MFA, self-service password reset and account lockouts',
    null,
    'Identity/Entra ID',
    [
      [
        'New phone or lost Authenticator',
        "Verify the caller first — call back on the number in the client's contact list, never one given in the ticket. Then in the Entra admin center open the user > Authentication methods, delete the old Microsoft Authenticator entry and choose 'Require re-register multifactor authentication'. Issue a Temporary Access Pass (one-time, 8 hours) so the user can sign in at aka.ms/mysecurityinfo and add the new phone.",
      ],
      [
        'Prompts not arriving',
        "With number matching the user types the two-digit number shown on screen into the Authenticator. If notifications never arrive, check the phone's notification and battery-saver settings and that the date/time is automatic; the user can open the app and pull down to refresh.",
      ],
      [
        'Self-service password reset',
        "Users register at aka.ms/ssprsetup and reset a forgotten or expired password at aka.ms/sspr, also from the 'Reset password' link on the Windows sign-in screen. For accounts synced from on-prem AD, password writeback must be enabled in Entra Connect; if users get a writeback error, check the Entra Connect sync service on the server.",
      ],
      [
        'Repeated AD account lockouts',
        'Unlock in Active Directory Users and Computers or with Unlock-ADAccount. If it keeps locking, look up event 4740 on the PDC emulator to find the caller computer — usually an old password saved on a phone mail app, a mapped drive or Credential Manager.',
      ],
    ],
  ),
  // --------------------------------------------------------------------------------------- Security
  article(
    'g-risky-signin',
    'Suspicious sign-in or compromised Microsoft 365 account',
    null,
    'Security/Incident response',
    [
      [
        'When to use this',
        "Entra ID Protection risky-user alert, 'impossible travel' or sign-in from an unusual country, MFA prompts the user did not trigger (MFA fatigue), contacts receiving odd emails or invoices from the user, or outbound mail blocked with 5.1.8 because the account was restricted for sending spam.",
      ],
      [
        'Contain',
        "Reset the password, revoke all sessions (Revoke-MgUserSignInSession or 'Revoke sessions' on the user in Entra), remove any MFA method the user does not recognise and, if the attacker is still active, block sign-in. If the account is on the Restricted entities list in the Defender portal, release it after the reset.",
      ],
      [
        'Investigate',
        "Check inbox rules (Get-InboxRule) for rules that forward, delete or move mail to RSS Feeds, mailbox forwarding (ForwardingSmtpAddress), OAuth app consents, and the sign-in logs for the attacker's IP addresses. Search the unified audit log for mail sent and files accessed during the compromise window.",
      ],
      [
        'Close out',
        'Tell the client contact what was accessed. If invoices or bank details may have been changed, escalate to the security lead the same day. Record the incident in the client log.',
      ],
    ],
  ),
  article('g-phishing-report', 'User reported a phishing email', null, 'Security/Incident response', [
    [
      'If the user only received it',
      'Thank them and ask them to use the Report button in Outlook (Report phishing) rather than forwarding. In Defender > Explorer search for the same sender, subject or URL to see who else got it.',
    ],
    [
      'Remove it from every mailbox',
      'From Explorer select the messages > Take action > Move to deleted items (soft delete) for all recipients. Add the sender, domain and URL to the Tenant Allow/Block List as blocks.',
    ],
    [
      'If they clicked',
      'Ask plainly whether they typed a password on the page. If yes, follow the suspicious sign-in runbook straight away: reset password, revoke sessions, check inbox rules. If they opened an attachment or ran a download, isolate the device and follow the malware runbook.',
    ],
    [
      'Invoice and CEO fraud',
      "Messages with no link that ask for a payment, a change of bank details or gift cards are business email compromise attempts. Warn the client's finance contact and check whether the sender is a real supplier whose own mailbox has been compromised.",
    ],
  ]),
  article(
    'g-malware-endpoint',
    'Malware, ransomware or scareware on a workstation',
    null,
    'Security/Incident response',
    [
      [
        'Isolate first',
        'For an EDR alert or any sign of ransomware (files renamed with a new extension, a README or HOW_TO_DECRYPT note in folders) isolate the device from the Defender portal (Device page > Isolate device) or pull the network cable and turn off Wi-Fi. Do not power it off — memory evidence is lost — and do not let the user keep working on it.',
      ],
      [
        'Investigate',
        "Review the alert's process tree and file hash, find how it arrived (email attachment, download, USB), and search for the same hash on other devices. If file servers show renamed files, disconnect the affected shares and escalate to the security lead immediately.",
      ],
      [
        'Remediate',
        "For contained commodity malware run a full scan and remove quarantined items. For ransomware or anything with persistence, wipe the device (Autopilot reset or reimage), reset the user's password, and restore encrypted data from backup.",
      ],
      [
        "Scareware pop-ups ('Your PC is infected, call Microsoft')",
        'Full-screen browser pages with a phone number and beeping are not a real infection. Close the browser from Task Manager, reopen without restoring tabs and remove any site allowed to send notifications. If the user called the number and gave remote access, treat it as a real compromise.',
      ],
    ],
  ),
  article('g-lost-device', 'Lost or stolen laptop or phone', null, 'Security/Incident response', [
    [
      'Gather details',
      'Ask when and where it was lost, which device, whether it was locked, and get the police reference number if stolen.',
    ],
    [
      'Laptops',
      "In Intune open the device, confirm the BitLocker recovery key is escrowed and the disk is encrypted, then send Remote lock or Wipe. Reset the user's password and revoke sessions so cached tokens stop working, and disable the device object in Entra ID.",
    ],
    [
      'Phones and tablets',
      'Corporate devices enrolled in Intune: Wipe. Personal phones (BYOD) with app protection only: create a selective wipe under Apps > App protection > Wipe requests, which removes Outlook and Teams data without touching personal data. If Authenticator was on the lost phone, remove that method and issue a Temporary Access Pass for the new one.',
    ],
    ['If it turns up', 'A wiped laptop is re-enrolled with Autopilot; record the outcome on the ticket.'],
  ]),
  // ------------------------------------------------------------------------------ Windows endpoints
  article(
    'g-win-logon',
    'Windows sign-in problems: temporary profile, slow logon and trust relationship',
    null,
    'Endpoints/Windows',
    [
      [
        'Temporary profile',
        "Messages like 'You've been signed in with a temporary profile' or 'The User Profile Service failed the sign-in' and an empty desktop mean the profile failed to load; the user's files are normally still in C:\\Users\\name. Sign in as an admin, open HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\ProfileList, find the user's SID with a duplicate ending in .bak, delete the key without .bak, rename the .bak key, set State and RefCount to 0 and reboot.",
      ],
      [
        'Slow logon',
        "Stuck on 'Please wait for the User Profile Service', 'Applying Group Policy' or a black screen for minutes: run gpresult /h and check the GroupPolicy operational log for slow extensions. Usual causes are logon scripts or drive maps pointing at a decommissioned server, a huge roaming profile, or too many startup apps.",
      ],
      [
        'Trust relationship failed',
        "'The trust relationship between this workstation and the primary domain failed': sign in with a local admin, run Test-ComputerSecureChannel -Repair -Credential with a domain admin account, or remove and rejoin the domain.",
      ],
    ],
  ),
  article(
    'g-win-update',
    'Windows Update failures, stuck updates and BitLocker recovery after updates',
    null,
    'Endpoints/Windows',
    [
      [
        'Common error codes',
        '0x800f0922 (often the recovery/system partition is too small or the VPN is interfering), 0x80070002 and 0x80070003 (missing update files), 0x800f081f (component store corrupt), 0x8024xxxx (Windows Update client errors). Check the patch report in the RMM first to see if it is one PC or many.',
      ],
      [
        'Reset Windows Update',
        'As admin: stop wuauserv, bits and cryptsvc; rename C:\\Windows\\SoftwareDistribution and C:\\Windows\\System32\\catroot2; start the services. Then run DISM /Online /Cleanup-Image /RestoreHealth followed by sfc /scannow and retry. Make sure at least 20 GB is free on C:.',
      ],
      [
        "Stuck on 'Working on updates' or 'Undoing changes'",
        'Leave it two hours. If it loops, boot into the recovery environment (Troubleshoot > Advanced options > Uninstall Updates) and remove the latest quality update, then pause updates for a week.',
      ],
      [
        'BitLocker recovery screen after a BIOS or firmware update',
        'A blue screen asking for the BitLocker recovery key after Dell/HP/Lenovo firmware updates is expected when BitLocker was not suspended. Look up the 48-digit key by the key ID in Entra admin center > Devices > BitLocker keys (or the user can use myaccount.microsoft.com > Devices). Our update policy runs Suspend-BitLocker -RebootCount 1 before firmware installs.',
      ],
    ],
  ),
  article('g-win-disk-full', 'C: drive full / low disk space on a workstation', null, 'Endpoints/Windows', [
    [
      'Find what is using the space',
      "Run WizTree or TreeSize from the RMM toolbox. Usual culprits: OneDrive folders set to 'Always keep on this device', a huge Outlook OST because large shared mailboxes are cached, the Downloads folder, Teams and browser caches, Windows.old after an upgrade, and hiberfil.sys.",
    ],
    [
      'Safe clean-up',
      'Storage Sense or cleanmgr with system files, Dism /Online /Cleanup-Image /StartComponentCleanup, remove Windows.old after 10 days, and powercfg -h off on desktops that never hibernate.',
    ],
    [
      'OneDrive and Outlook',
      "Right-click the synced folder > Free up space so files become online-only (Files On-Demand is enforced by policy). In Outlook, lower the 'Download email for the past' slider to 1 year and untick 'Download shared folders' for big shared mailboxes, then let the OST compact.",
    ],
    [
      'Still full',
      'If the disk is 128 GB or smaller and still full after clean-up, raise a hardware replacement or SSD upgrade with the account manager.',
    ],
  ]),
  article(
    'g-win-display-audio',
    'Monitors, docking stations, sound and accessibility settings',
    null,
    'Endpoints/Windows',
    [
      [
        'External monitors or dock not working',
        'Reseat the USB-C/Thunderbolt cable, make sure the dock has its own power supply connected, press Win+P and choose Extend, then Settings > Display > Detect. Update the dock firmware and graphics driver with Dell Command Update or Lenovo Vantage. Screen turned sideways: Settings > Display > Display orientation > Landscape.',
      ],
      [
        'No sound or sound from the wrong device',
        "Click the speaker icon and pick the right output (headset, laptop speakers, monitor). Bluetooth headsets: remove and pair again. 'No audio output device is installed': Device Manager > Sound, video and game controllers > uninstall the Realtek/Intel audio device and scan for hardware changes, or reinstall the driver from the vendor tool.",
      ],
      [
        'Accessibility features switched on by accident',
        'A computer reading everything aloud in a robotic voice is Narrator — turn it off with Ctrl+Win+Enter and untick the shortcut in Settings > Accessibility > Narrator. Sticky Keys pop-ups come from pressing Shift five times (turn off the shortcut in Accessibility > Keyboard). Black background with odd colours is High contrast (Left Alt+Left Shift+Print Screen). Everything zoomed in is Magnifier (Win+Esc).',
      ],
    ],
  ),
  article('g-macos', 'macOS: enrolment, password changes and file shares', null, 'Endpoints/macOS', [
    [
      'Enrolment',
      "Company Macs are registered in Apple Business Manager and enrol automatically in Intune during Setup Assistant. After setup the user signs in to Company Portal; a 'Registration required' notification is Platform SSO asking them to register the Mac with their work account.",
    ],
    [
      'After a password change',
      "Repeated 'macOS wants to use the login keychain' prompts mean the keychain still has the old password. Open Keychain Access > Settings > Reset Default Keychains, or update the keychain password if the user remembers the old one. With Platform SSO the local password syncs to the Entra password at the next sign-in.",
    ],
    [
      'Network drives',
      "Finder > Go > Connect to Server (Cmd+K), enter smb://server.domain.local/share and tick 'Remember this password'. Add the share to Login Items to reconnect at startup. Outside the office the Mac needs the VPN or remote solution first.",
    ],
    [
      'Printers',
      "System Settings > Printers & Scanners > Add, choose IP, enter the printer address and the manufacturer's driver (not Generic PostScript for copiers with finishing options).",
    ],
  ]),
  article(
    'g-mobile-intune',
    'Work email and apps on iPhone and Android (Outlook app, Intune, app protection)',
    null,
    'Endpoints/Mobile',
    [
      [
        'Only the Outlook app is allowed',
        "Conditional Access blocks the built-in iOS Mail and Samsung Email apps: users see 'You can't get there from here' or the account keeps asking for a password. Remove the account from the native mail app and install Microsoft Outlook and Microsoft Authenticator (the broker app on iOS) or Company Portal (the broker on Android).",
      ],
      [
        'Personal phones and app protection',
        "BYOD phones are not enrolled; the Outlook, Teams and OneDrive apps are protected by an app protection policy. Users set an app PIN, and copy-paste into personal apps is blocked ('Your organization's data can't be pasted here') by design.",
      ],
      [
        'Company phones',
        "Corporate iPhones come through Apple Business Manager; Android uses a work profile. 'Device not compliant' or 'Access blocked': open Company Portal > Devices > Check status and fix what it lists, normally an OS update or missing screen lock.",
      ],
      [
        'New phone',
        'Install Outlook and sign in. If the old phone held the Authenticator, follow the MFA reset article before the user gives the old phone away.',
      ],
    ],
  ),
  // --------------------------------------------------------------------------- Printers and copiers
  article('g-printer-add', 'Adding a network printer to a Windows PC', null, 'Printing', [
    [
      'How printers are deployed',
      "Printers are shared from the client's print server (for example \\\\CLIENT-PRN01) and pushed by Group Policy or Intune per site, or published through Universal Print for cloud-only clients. To add one manually press Win+R, type \\\\printserver and double-click the printer; for Universal Print use Settings > Printers & scanners > Add device and search the organisation.",
    ],
    [
      'Admin prompt or 0x0000011b',
      "Since the PrintNightmare hardening, non-admins can't install drivers from a print server: they get 'Do you trust this printer?' with an admin prompt, or 'Windows cannot connect to the printer' with 0x0000011b, 0x00000bcb or 0x0000007e. Push the package-aware driver via the RMM as SYSTEM first, then connect the printer.",
    ],
    [
      'Direct IP printing',
      'Only for home workers or non-domain PCs: Add a printer > TCP/IP address, with the driver from the manufacturer.',
    ],
    [
      'Default printer keeps changing',
      "Turn off 'Let Windows manage my default printer' in Settings > Printers & scanners.",
    ],
  ]),
  article('g-printer-queue', 'Printer offline, stuck print jobs or garbled printouts', null, 'Printing', [
    [
      'Check the printer itself',
      "Look at the printer's panel for paper, toner or error messages and print a configuration page. If its IP address has changed (DHCP), create a reservation and update the port on the print server.",
    ],
    [
      'Stuck jobs that will not delete',
      'On the print server (and the PC if printing direct) stop the Print Spooler service, delete everything in C:\\Windows\\System32\\spool\\PRINTERS, and start the spooler again. If the spooler keeps crashing, remove third-party drivers and check the PrintService event log.',
    ],
    [
      "Shows 'Offline' but responds to ping",
      "On the port properties untick 'SNMP Status Enabled', or replace a WSD port with a Standard TCP/IP port.",
    ],
    [
      'Pages of gibberish or symbols',
      'Random characters or pages of code mean the wrong driver language (PCL vs PostScript). Switch the queue to the manufacturer universal PCL6 driver and reprint.',
    ],
  ]),
  article(
    'g-scan-to-email',
    'Scan to email (and scan to folder) on multifunction copiers',
    null,
    'Printing',
    [
      [
        'Our standard setup',
        "Copiers send scans through a Microsoft 365 SMTP relay: an inbound connector in Exchange Online that trusts the site's static public IP, SMTP server <domain>.mail.protection.outlook.com on port 25, sender scanner@<domain>. SMTP AUTH to smtp.office365.com:587 with a mailbox password is legacy and breaks when basic authentication is disabled.",
      ],
      [
        'Scan to email stopped working',
        "Most common: the ISP changed the public IP (new router or broadband change), so update the connector. Other causes: copier firmware too old for TLS 1.2, the scan mailbox password expired or SMTP AUTH disabled on it. Copier errors such as 'Send error', 'SMTP connection failed' or 'Authentication failed' point to these.",
      ],
      [
        'Scans arrive in junk',
        'Add the relay connector or scanner@ sender to the allow list so scans are not filtered.',
      ],
      [
        'Scan to folder (SMB)',
        "After Windows Server updates, older copiers that only speak SMBv1 can no longer write to a share. Update the copier firmware to use SMB2/3, check the scan account's share and NTFS permissions, and use the server FQDN.",
      ],
    ],
  ),
  // ------------------------------------------------------------------------------------- Networking
  article(
    'g-dhcp-dns',
    'No IP address (169.254.x.x), IP conflicts and internal DNS resolution',
    null,
    'Networking',
    [
      [
        'APIPA / 169.254 address',
        'A 169.254.x.x address means the PC got no DHCP lease. Check the DHCP server (Windows DHCP console or the firewall): a full scope is the usual cause — too many phones on a short range. Remove stale leases, shorten the lease to 8 hours or widen the scope. For VLANs check the DHCP relay (ip helper) on the firewall or core switch. On the PC run ipconfig /release and /renew.',
      ],
      [
        'IP address conflict',
        "'Windows has detected an IP address conflict' means a device has a static IP inside the DHCP pool. Find it by MAC in the ARP table, give it a reservation or an address outside the pool.",
      ],
      [
        'Reach by IP but not by name',
        'Domain PCs must use the domain controllers as DNS servers, not the router or 8.8.8.8. Check with ipconfig /all and nslookup server-name, then ipconfig /flushdns. Fix stale A records and enable scavenging on the DNS zone.',
      ],
      [
        'Split DNS',
        'If the company website or a portal works outside but not in the office, the internal zone has the same domain name: add a matching record in the internal DNS zone.',
      ],
    ],
  ),
  article('g-switch-wifi', 'Switch ports, PoE and Wi-Fi access points', null, 'Networking', [
    [
      'Dead network port or desk phone with no power',
      'Trace the wall port to the switch port in the patch schedule and check it in the UniFi or Meraki controller. A port can be disabled by loop protection/BPDU guard or port security; re-enable it after removing the loop. Desk phones need the voice VLAN and PoE; if several PoE devices were added the switch may have exceeded its PoE budget.',
    ],
    [
      'Access point offline',
      'APs show as disconnected in the controller and the ring light goes off when they lose PoE or uplink. Power-cycle the switch port from the controller, check the cable, and replace the AP under warranty if it never adopts again.',
    ],
    [
      'Corporate Wi-Fi (the secured network)',
      "The staff SSID uses WPA2/WPA3-Enterprise (802.1X) with a certificate pushed by Intune, so only managed devices connect. 'Can't connect to this network' after a password change or on a new laptop: forget the network, run an Intune sync, and check the Wi-Fi certificate has not expired. Personal devices use the guest network.",
    ],
    [
      'Guest Wi-Fi and slow Wi-Fi',
      'The guest SSID password rotates monthly and is kept in the client documentation. For slow Wi-Fi check channel utilisation and whether the device is stuck on 2.4 GHz.',
    ],
  ]),
  article(
    'g-firewall-rules',
    'Firewall changes: port forwards, web filtering and site internet outages',
    null,
    'Networking',
    [
      [
        'Change control',
        'Every firewall change needs approval from the authorised client contact recorded on the ticket. Back up the configuration before and after.',
      ],
      [
        'Port forwards',
        "Create a virtual IP/NAT rule restricted to known source IPs. We do not publish RDP (3389) or SMB to the internet under any circumstances — offer the client's remote access solution instead.",
      ],
      [
        'Blocked websites',
        "A 'This page has been blocked' page from FortiGuard or the Sophos web filter names the category (for example Newly Registered Domain or Uncategorized). Check the category on the vendor's lookup site, add a URL exception to the web filter profile if the business need is confirmed, and submit a recategorisation request. Certificate errors only inside the office come from SSL inspection: add the site to the inspection exemptions.",
      ],
      [
        'Whole site has no internet',
        'Check the WAN interface and ISP status, whether the 4G/secondary WAN failover took over, and log a fault with the ISP using the circuit ID from the client documentation.',
      ],
    ],
  ),
  article(
    'g-vpn-remote',
    'Remote access VPN client (FortiClient / GlobalProtect) for home working',
    null,
    'Networking/VPN',
    [
      [
        'Standard setup',
        'Clients with a VPN use FortiClient VPN or GlobalProtect, deployed by Intune, with SAML sign-in to Entra ID and MFA. Users must be in the VPN-Users group on the firewall.',
      ],
      [
        "Won't connect",
        "'Credential or SSLVPN configuration is wrong (-7200)', stuck at 40% or dropping at 98%: confirm the user is in VPN-Users and MFA works, that the PC clock is correct, then reinstall the client. Test from a phone hotspot to rule out the home router or hotel Wi-Fi blocking it.",
      ],
      [
        "Connected but drives or servers don't work",
        "Map drives by FQDN, check the VPN pushes the internal DNS suffix, and check the home network range: if the home router uses the same subnet as the office (often 192.168.1.0/24) traffic never enters the tunnel — change the home router's range.",
      ],
      [
        'Slow',
        'Usually the home Wi-Fi. Split tunnelling sends Teams and Microsoft 365 traffic outside the tunnel.',
      ],
    ],
  ),
  article(
    'g-vpn-site-to-site',
    'Site-to-site IPsec VPN tunnel down between offices',
    null,
    'Networking/VPN',
    [
      [
        'Symptoms',
        'Users at a branch cannot reach servers, shared drives or the line-of-business system at the main office, and branch phones or scanners may drop, while normal internet browsing works.',
      ],
      [
        'Diagnose',
        "On the firewall's IPsec monitor check whether phase 1 and phase 2 are up. Log messages: 'no proposal chosen' means the encryption/DH settings or phase 2 subnets differ between ends; 'peer not responding' or DPD timeouts mean the remote public IP changed or its line is down.",
      ],
      [
        'Fix',
        "Bring the tunnel down and up from both firewalls. If the ISP changed one site's public IP (new router, line migration), update the remote gateway on the other end. Make sure proposals, PSK and local/remote subnets match exactly on both sides.",
      ],
      [
        'Escalate',
        'If the tunnel still will not establish after 30 minutes, escalate to the network team and tell the client which services are affected at the branch.',
      ],
    ],
  ),
  // ----------------------------------------------------------------------------------------- Servers
  article(
    'g-fileshare-access',
    'Shared drive access denied, missing mapped drives and locked files',
    null,
    'Servers/File server',
    [
      [
        'How access is granted',
        "Folders on the file server are secured with AD groups (FS-Finance-RW, FS-Finance-RO), never individual users. Share permissions are Authenticated Users Full Control; NTFS decides. Access needs the data owner's approval on the ticket.",
      ],
      [
        'Access denied',
        "Add the user to the right group in AD Users and Computers. The user must sign out and back in (or run klist purge) to get a new Kerberos token with the group. Check the result with folder Properties > Security > Advanced > Effective Access. With access-based enumeration, folders the user can't open are simply invisible.",
      ],
      [
        'Mapped drive missing or red X',
        'Drive maps come from Group Policy with item-level targeting on group membership, so a missing drive usually means a missing group. A red X on an existing drive: reconnect with net use or by opening the path, and check the PC can reach the server (on VPN if remote).',
      ],
      [
        "'File is locked for editing by another user'",
        'On the file server open Computer Management > Shared Folders > Open Files, find the file and close it (confirm the other user has nothing unsaved). Stale ~$ owner files next to Office documents can be deleted once the file is closed.',
      ],
    ],
  ),
  article(
    'g-ad-replication',
    'Active Directory replication and domain controller health',
    null,
    'Servers/Active Directory',
    [
      [
        'Symptoms',
        'A new user or password change works at one site but not another, group policy applies inconsistently, or the event log shows replication errors 1311, 1864, 2042 or DFSR 2213.',
      ],
      [
        'Check',
        'Run repadmin /replsummary, repadmin /showrepl and dcdiag /v on each DC. Force replication with repadmin /syncall /AdeP once the cause is fixed.',
      ],
      [
        'Common causes',
        'DNS: each DC should point to a partner DC first and itself second. Time: more than 5 minutes skew breaks Kerberos — w32tm /query /status, the PDC emulator syncs to an external NTP source. Firewall or site-to-site VPN blocking RPC between sites. SYSVOL not replicating (DFSR event 2213): resume with the WMI command in the event text.',
      ],
      [
        "Don'ts",
        'Event 2042 (tombstone lifetime exceeded) — do not force replication; escalate. Never restore a DC from a VM snapshot or checkpoint: it causes USN rollback.',
      ],
    ],
  ),
  article(
    'g-hyperv-vm',
    'Hyper-V: paused VMs, checkpoints and VMs that will not start',
    null,
    'Servers/Hyper-V',
    [
      [
        "VM in 'Paused-Critical'",
        'The volume that holds the VHDX files has run out of space. Free space on that volume (merge old checkpoints, move ISO files, expand the volume), then Resume the VM.',
      ],
      [
        'Checkpoints and .avhdx files',
        'Never delete .avhdx files by hand. Delete the checkpoint in Hyper-V Manager and wait for the merge to finish. Checkpoints left behind by a failed backup job can be removed with Get-VMSnapshot -VMName X | Remove-VMSnapshot.',
      ],
      [
        "VM won't start",
        "'Not enough memory in the system to start the virtual machine': lower startup RAM or shut down another VM. 'Account does not have permission to open attachment' after moving files: grant the VM's virtual account access with icacls <vhdx> /grant \"NT VIRTUAL MACHINE\\<VM-GUID>\":F.",
      ],
      [
        'Host maintenance',
        'Shut down or live-migrate VMs before patching the host, and keep integration services current on older guests.',
      ],
    ],
  ),
  article(
    'g-cert-renewal',
    'Renewing expiring SSL/TLS certificates on servers and appliances',
    null,
    'Servers/Certificates',
    [
      [
        'What we track',
        'The RMM warns 30 days before expiry for certificates on RD Gateway/RD Web, firewall SSL VPN portals, IIS intranet sites, ADFS and Exchange hybrid. Wildcard certificates are usually used in several places — check the client documentation for every location.',
      ],
      [
        'Renew',
        "Generate a CSR on the server (or reuse the key if the CA allows), complete domain validation by DNS TXT record or email, and import the issued certificate as a PFX into Local Computer > Personal. Bind it: IIS site bindings, RD Gateway Manager > Properties > SSL Certificate, the firewall's SSL VPN settings.",
      ],
      [
        'After renewal',
        'Restart the affected services, test with SSL Labs or the client, and update anything that pins the thumbprint (ADFS, hybrid agents, RD deployment certificates for all roles).',
      ],
      [
        'Symptoms of an expired certificate',
        "Browsers show 'Your connection isn't private' / NET::ERR_CERT_DATE_INVALID, Remote Desktop warns the certificate has expired or is not yet valid, and VPN clients warn about the server certificate.",
      ],
    ],
  ),
  // ----------------------------------------------------------------------------------- Web / domains
  article(
    'g-public-dns-domains',
    'Domains and public DNS records (website, MX, SPF, DKIM, DMARC)',
    null,
    'Web and domains',
    [
      [
        'Where is DNS hosted?',
        'Run nslookup -type=ns domain to find the DNS host (registrar, Cloudflare, web host). Registrar logins are in the password manager under the client.',
      ],
      [
        'Common changes',
        'Website move: change the A record for the root and the www CNAME to what the new web host gives you. Microsoft 365: verification TXT, MX to <domain>.mail.protection.outlook.com, one SPF record only (merge includes rather than adding a second), DKIM selector1/selector2 CNAMEs, then DMARC starting at p=none. Lower the TTL a day before big changes; caches can hold old records up to 48 hours.',
      ],
      [
        'Domain expired',
        'If the website and email stop together, check whois for the expiry date. Renew at the registrar immediately — in the redemption period it costs more and takes days. Turn on auto-renew with a card the client maintains.',
      ],
      [
        "Website 'not secure'",
        "Website certificates are issued by the web host (usually Let's Encrypt, renewed automatically). After a DNS move or if the padlock shows an expired certificate, ask the host to reissue it; we do not install website certificates ourselves.",
      ],
    ],
  ),
  // --------------------------------------------------------------------------------------- Backup/DR
  article('g-backup-restore', 'Restoring files and handling failed backup jobs', null, 'Backup and DR', [
    [
      'Restore from server backup',
      'In the backup console (Datto or Veeam) choose the server and a recovery point before the loss, use file-level restore, and restore to an alternate folder so nothing is overwritten. Confirm with the user which date and version they need.',
    ],
    [
      'OneDrive, SharePoint and email',
      "For an overwritten file use Version history in SharePoint/OneDrive. Deleted files are in the site Recycle Bin, then the second-stage recycle bin (93 days total). After mass deletion or encryption use 'Restore your OneDrive' / 'Restore this library' to a date. Deleted email: Recover deleted items in Outlook. Beyond retention, use the Microsoft 365 backup (SaaS Protection).",
    ],
    [
      'Failed backup alerts',
      'VSS errors: run vssadmin list writers on the server and restart the service of the failed writer (or reboot out of hours). Local appliance or repository full: adjust retention or expand storage. Offsite sync behind: check upload bandwidth. Agent offline: check the service on the server.',
    ],
    [
      'DR testing',
      'Test a restore for every client quarterly; the appliance can boot a server as a VM for disaster recovery.',
    ],
  ]),
  // ------------------------------------------------------------------------------ Joiners and leavers
  article('g-onboarding', 'New starter setup (generic procedure)', null, 'Onboarding and offboarding', [
    [
      'Request',
      'A new starter form from an authorised client contact at least 3 working days before the start date: name, start date, job title, department, manager, a colleague to copy access from, hardware needed.',
    ],
    [
      'Accounts',
      'Create the AD user in the right OU (synced to Entra) or a cloud-only user, add the licence group, and copy group memberships from the named colleague: distribution lists, Teams, shared mailboxes and file share groups.',
    ],
    [
      'Device',
      'Assign an Autopilot laptop to the user, let it provision, and check printers and apps from Company Portal.',
    ],
    [
      'Day one',
      'Send the initial password to the manager, never to a personal email address. Issue a Temporary Access Pass so the starter registers MFA and SSPR on the first morning.',
    ],
  ]),
  article('g-offboarding', 'Leaver / offboarding procedure', null, 'Onboarding and offboarding', [
    [
      'Request and timing',
      'Leaver requests come from an authorised contact with a last day. For dismissals, do the account steps immediately while the person is in the meeting.',
    ],
    [
      'Lock the account',
      'Block sign-in, reset the password, revoke sessions, remove MFA methods, disable the AD account, record and remove group memberships, and hide the user from the address list.',
    ],
    [
      'Mailbox and files',
      "Convert the mailbox to a shared mailbox (no licence needed under 50 GB) and give the manager Full Access; set an automatic reply or forwarding if requested. Give the manager access to the leaver's OneDrive and extend OneDrive retention if the files are needed beyond 30 days.",
    ],
    [
      'Licences and devices',
      "Remove licences after conversion, collect the laptop and run an Autopilot reset, retire the phone in Intune. Delete the account after the client's retention period (30 days by default).",
    ],
  ]),
  // ========================================================================= Harrowgate & Pell LLP (law)
  article(
    'g-law-remote-access',
    'Harrowgate & Pell – remote working through RD Gateway (no VPN)',
    C.law,
    'Clients/Harrowgate & Pell/Remote access',
    [
      [
        'Overview',
        'Harrowgate & Pell do not use a VPN client. Fee earners and staff work remotely through the Remote Desktop Gateway at remote.harrowgatepell.co.uk, which publishes a full desktop on the RDS farm (HP-RDS01 and HP-RDS02) and LexVault as a RemoteApp. MFA is the Entra MFA NPS extension: the user approves a push in Authenticator (no number to type).',
      ],
      [
        'Connecting',
        'Browse to https://remote.harrowgatepell.co.uk/RDWeb, sign in as HARROWGATE\\username and open HP Desktop. On Macs use the Windows App with the workspace URL. Users must be in the AD group HP-RemoteUsers, added only after the signed remote working policy is on file.',
      ],
      [
        'Common errors',
        "'The Remote Desktop Gateway server is temporarily unavailable': check the RD Gateway service on HP-RDGW01 and that its Sectigo certificate has not expired (renews every March). 'The user account is not authorized to access the RD Gateway': add to HP-RemoteUsers. Connection hangs without an Authenticator push: the user's MFA method — see the MFA article. Frozen session: log the user off from Server Manager > Remote Desktop Services > Collections.",
      ],
      [
        'Printing at home',
        'Home printers are redirected through Easy Print; if nothing prints, tick Printers under Local Resources in the .rdp settings.',
      ],
    ],
  ),
  article(
    'g-law-dms',
    'Harrowgate & Pell – LexVault document management',
    C.law,
    'Clients/Harrowgate & Pell/Line of business',
    [
      [
        'Overview',
        'LexVault DMS runs on HP-APP01 with its database on HP-SQL01. Users file email and documents from the LexVault ribbon in Outlook and Word (the File to Vault button).',
      ],
      [
        'File to Vault button missing in Outlook',
        "Outlook disables add-ins it thinks are slow. File > Options > Add-ins > Manage COM Add-ins > tick 'LexVault Office Integration', and under File > Info > Slow and Disabled Add-ins choose 'Always enable'. If it keeps disappearing set LoadBehavior=3 under HKCU\\Software\\Microsoft\\Office\\Outlook\\Addins\\LexVault.Connect, or push the LexVault client repair package from the RMM.",
      ],
      [
        "Document 'checked out by another user'",
        "Only the person who checked it out, or a LexVault admin (the practice manager), can check it back in. If the user's PC crashed, they open My Checked Out Documents and check it in. Before a forced check-in, copy the local working copy from %AppData%\\LexVault\\Checkout so edits are not lost.",
      ],
      [
        'Matter access and connection errors',
        "Access to matters is controlled by ethical walls owned by the Risk team — never grant it ourselves; forward requests to compliance@harrowgatepell.co.uk. 'Unable to connect to LexVault server': check the LexVault Application Service on HP-APP01 and the SQL service on HP-SQL01.",
      ],
    ],
  ),
  article(
    'g-law-dictation',
    'Harrowgate & Pell – digital dictation (SpeechMike, foot pedals, DictaFlow)',
    C.law,
    'Clients/Harrowgate & Pell/Line of business',
    [
      [
        'Overview',
        "Fee earners record with Philips SpeechMike microphones or DPM handheld recorders into DictaFlow Author; secretaries type back with a Philips foot pedal in DictaFlow Transcribe. Files are stored in \\\\HP-FS01\\Dictation and routed to each secretary's work list.",
      ],
      [
        'SpeechMike not recognised',
        'Plug it straight into the laptop, not the dock or a hub, and check it appears in Philips Device Control Center. Inside a remote desktop session the DictaFlow RDS virtual channel must be installed on the local PC, otherwise the device only works outside the session.',
      ],
      [
        "Foot pedal doesn't play or rewind",
        'In DictaFlow Transcribe go to Settings > Devices > Foot control and select the Philips pedal, then map left = rewind, middle = play, right = fast forward. Windows sees the pedal as a keyboard device, so a pedal working in Notepad but not DictaFlow is a configuration issue, not hardware.',
      ],
      [
        'Dictations not reaching the typist',
        "Check the DictaFlow Sync service on HP-APP01, that the author's Outbox is empty (files stuck there failed to upload), and that the handheld recorder was docked long enough to upload. The typist needs Modify on the Dictation share.",
      ],
    ],
  ),
  article(
    'g-law-new-starter',
    'Harrowgate & Pell – new joiner procedure',
    C.law,
    'Clients/Harrowgate & Pell/Onboarding',
    [
      [
        'Differences from the generic procedure',
        "Follow the generic new starter procedure, with these changes. Requests are accepted only from HR (hr@harrowgatepell.co.uk) or the practice manager, never from the joiner's future colleagues.",
      ],
      [
        'Accounts',
        'Usernames are first.last. Create the user in OU=Fee Earners or OU=Support. Copy groups from the role template account (tmpl.trainee, tmpl.associate, tmpl.partner, tmpl.secretary), not from a named colleague, to avoid carrying over matter-specific access.',
      ],
      [
        'Line-of-business access',
        'The LexVault user is created by the practice manager after conflict checks; the TimeLedger billing login is requested from finance; fee earners get a DictaFlow Author licence and secretaries a Transcribe licence.',
      ],
      [
        'Hardware and remote access',
        'Dell laptop, dock and two monitors; fee earners also get a SpeechMike. Add the user to HP-RemoteUsers only once HR confirms the remote working policy is signed.',
      ],
    ],
  ),
  // ===================================================================== Brightwater Castings (mfg)
  article(
    'g-mfg-scan-to-folder',
    'Brightwater Castings – copier scan to folder',
    C.mfg,
    'Clients/Brightwater Castings/Printing',
    [
      [
        'Overview',
        'The Kyocera TASKalfa copiers in the main office and foundry QA scan to network folders, not to email: \\\\BW-FS01\\Scans\\<username>, using the service account BW\\svc-scan. Scan to email is not supported at Brightwater — do not set up an SMTP relay; offer scan to folder instead.',
      ],
      [
        'Adding a user',
        "Create the user's folder under Scans with NTFS Modify for the user and svc-scan. On the copier's web page (Command Center RX) go to Address Book > Add contact > SMB: host BW-FS01, path Scans\\username, port 445, login BW\\svc-scan (password in IT Glue). Add a one-touch key for the user.",
      ],
      [
        'Copier error codes',
        "1102: login failed — the svc-scan password was changed or the account is locked (it is set to never expire). 1101: host not found — use BW-FS01's FQDN and check the copier's DNS. 1103: no permission on the folder. 1105: SMB protocol disabled on the copier.",
      ],
    ],
  ),
  article(
    'g-mfg-erp',
    'Brightwater Castings – ForgeERP client, licences and database connection',
    C.mfg,
    'Clients/Brightwater Castings/Line of business',
    [
      [
        'Overview',
        'ForgeERP v9 runs as a desktop client on office PCs and shop-floor terminals. The database is on BW-SQL01 (instance FORGE); the licence service and Crystal report server are on BW-APP01. Vendor: ForgeSoft support, contract number in IT Glue.',
      ],
      [
        "'No licences available'",
        'Brightwater has 25 concurrent licences. Sessions left open on shop-floor terminals hold licences: in ForgeERP Admin > Licence Manager end stale sessions. If the licence count looks wrong, restart the ForgeLicence service on BW-APP01 outside shift changeover.',
      ],
      [
        'Cannot connect to the database',
        "'SQL Server error 26', 'Login failed' or 'Cannot connect to database': check the SQL Server (FORGE) service on BW-SQL01, the ODBC System DSN Forge64 on the PC, and for the Ashby warehouse the site link. After a ForgeERP upgrade every client must match the server version — push the new client from the RMM and run it once as admin to register components.",
      ],
      [
        'Reports blank',
        'Blank or half-rendered reports mean the Crystal Reports runtime on the PC is missing or the wrong version; reinstall it from the ForgeERP client package.',
      ],
    ],
  ),
  article(
    'g-mfg-site-vpn',
    'Brightwater Castings – Ashby warehouse site link',
    C.mfg,
    'Clients/Brightwater Castings/Network',
    [
      [
        'Overview',
        'The Ashby warehouse (10.20.0.0/24) connects to head office at the foundry (10.10.0.0/16) with an IPsec site-to-site VPN: Sophos XGS at head office, DrayTek Vigor 2927 at Ashby. Ashby has no servers: ForgeERP, the RF handheld scanners and despatch label printing all go over the tunnel.',
      ],
      [
        'Symptoms',
        "Ashby staff can browse the internet but ForgeERP won't connect, RF guns show offline and labels don't print.",
      ],
      [
        'Fix',
        "Ashby is on BT broadband with a dynamic IP, so the Sophos points at the DDNS name ashby-bw.drayddns.com. In the DrayTek web UI check DDNS shows the current WAN IP, then VPN and Remote Access > Connection Management > Dial the HQ profile. On the Sophos, Site-to-site VPN > IPsec > disable and enable the Ashby connection. The DrayTek's 4G failover does not carry the tunnel.",
      ],
      [
        'Line faults',
        'If the DrayTek shows WAN down, report the fault to BT with the circuit ID in IT Glue and tell the warehouse manager.',
      ],
    ],
  ),
  article(
    'g-mfg-label-printers',
    'Brightwater Castings – Zebra label printers (despatch and QA)',
    C.mfg,
    'Clients/Brightwater Castings/Printing',
    [
      [
        'Overview',
        'Despatch uses a Zebra ZT411 and QA a Zebra ZD421, shared from BW-PRN01 with the ZDesigner driver. ForgeERP prints pallet and batch labels to them. Never use the Windows generic driver.',
      ],
      [
        'Labels offset, skipping or blank labels in between',
        'The printer has lost track of the label gap — usually after a roll change. Calibrate: on the ZD421 hold Pause and Feed for two seconds; on the ZT411 Menu > Print > Media calibration. Check media type is set to gap (not black mark or continuous).',
      ],
      [
        'Faint print',
        'Raise darkness in the ZDesigner printing preferences (not above 25) and clean the print head with an IPA pen; check the ribbon matches the label stock.',
      ],
      [
        'Not printing',
        'A red or flashing light means head open, ribbon out or media out. If the printer is ready but nothing prints, clear the queue on BW-PRN01 as in the generic printer queue article.',
      ],
    ],
  ),
  // ======================================================================= St Aldric's Academy (school)
  article(
    'g-school-panels',
    "St Aldric's – classroom interactive panels and projectors",
    C.school,
    "Clients/St Aldric's/Classrooms",
    [
      [
        'Overview',
        'Each classroom has a Promethean ActivPanel connected to the teacher laptop by HDMI and a USB touch cable; the old hall and rooms B1–B4 still have Epson projectors with a wall plate.',
      ],
      [
        "No picture / 'No signal'",
        'On the panel press Home > Source and choose the HDMI input the laptop is on; on the laptop press Win+P > Duplicate. On projectors use the Source button on the remote. Try the spare HDMI cable in the cupboard before logging a fault.',
      ],
      [
        "Touch or pen doesn't work",
        'The USB touch cable must be connected to the same input as the HDMI in use. If the picture is fine but touch is not, reseat the USB cable and run Promethean calibration from the panel settings.',
      ],
      [
        'No sound from the panel',
        "Select 'ActivPanel' as the output in the Windows sound menu on the laptop and check the panel volume is not muted. If the panel is frozen, hold the power button for 10 seconds; hardware faults go to Promethean warranty with the serial number from the back label.",
      ],
    ],
  ),
  article(
    'g-school-new-starter',
    "St Aldric's – new staff accounts",
    C.school,
    "Clients/St Aldric's/Onboarding",
    [
      [
        'Request and safeguarding',
        "New staff are requested by the Business Manager on the school's new staff form. Do not create any account until the form shows the DBS check as cleared.",
      ],
      [
        'Microsoft 365 account',
        'Username is initial+surname@staldrics.org.uk. Create the user in OU Staff/Teaching or Staff/Support; the A3 staff licence and the All Staff team come from the Staff-All group; add the department team (e.g. Science Dept).',
      ],
      [
        'ScholarHub MIS and other systems',
        'ScholarHub MIS accounts are created by the school data manager, not by us — pass on the request. SafeLog safeguarding access is granted by the Designated Safeguarding Lead. Student accounts are created automatically by the MIS sync; never create pupil accounts by hand.',
      ],
      [
        'Devices',
        'Teachers get a laptop from the staff pool in the IT office; enrol it and register the Promethean panel sign-in. The reprographics PIN for the copiers is issued by the office once the account exists.',
      ],
    ],
  ),
  article(
    'g-school-phones',
    "St Aldric's – 3CX phone system and Yealink handsets",
    C.school,
    "Clients/St Aldric's/Phones",
    [
      [
        'Overview',
        "The school's phones are a hosted 3CX system (admin console https://staldrics.3cx.co.uk) with Yealink T54W desk phones and a reception ring group. The school does not use Teams Phone — do not assign Teams calling licences or numbers.",
      ],
      [
        "Handset shows 'No service' or 'Account unregistered'",
        'Check the phone has PoE and is on voice VLAN 20, then reboot it. If it stays unregistered, reprovision it from the 3CX console > Phones > Reprovision.',
      ],
      [
        'Greetings, hours and holidays',
        'Office hours and the school holiday schedule are set in the 3CX console > Office Hours and Holidays; the term dates are updated each September. Closure messages for snow days or inset days: upload the recorded greeting under Digital Receptionist and set it as the out-of-office prompt.',
      ],
      [
        'Users, voicemail and working from home',
        'Extension names, voicemail PINs and forwarding are in Users. Staff working from home use the 3CX app or web client with the welcome email sent from the console.',
      ],
    ],
  ),
  // ====================================================================== Kestrel Family Clinic (clinic)
  article(
    'g-clinic-emr',
    'Kestrel Family Clinic – PracticeFlow EHR',
    C.clinic,
    'Clients/Kestrel Family Clinic/Line of business',
    [
      [
        'Overview',
        'PracticeFlow EHR is hosted by the vendor. Staff use the PracticeFlow desktop client plus PracticeFlow Bridge, a small local service that connects signature pads, document scanners and label printers to the EHR.',
      ],
      [
        'Log-in problems',
        "PracticeFlow accounts are separate from Microsoft 365 and are managed by the clinic's practice manager in PracticeFlow Admin. After three wrong passwords the account locks; only the practice manager can unlock or reset it — we cannot.",
      ],
      [
        "'Bridge not running' or devices not detected",
        'Restart the PracticeFlow Bridge service in services.msc. If it will not start, reinstall Bridge from the RMM package and reconnect the signature pad or scanner.',
      ],
      [
        'Slow or unavailable',
        'If every workstation is slow, check the clinic internet line and status.practiceflow.com. Lab result and hospital interfaces are run by the vendor: log a case with PracticeFlow support with the patient example and time.',
      ],
    ],
  ),
  article(
    'g-clinic-remote',
    'Kestrel Family Clinic – working from home through Azure Virtual Desktop',
    C.clinic,
    'Clients/Kestrel Family Clinic/Remote access',
    [
      [
        'Overview',
        'Clinicians working from home connect to the Azure Virtual Desktop host pool kfc-avd with the Windows App (formerly Remote Desktop client). There is no VPN at Kestrel; PracticeFlow only accepts connections from the clinic and AVD IPs. Users must be in the AVD-Users group.',
      ],
      [
        'Setup',
        'Install the Windows App, sign in with the work account and the Kestrel workspace appears. Conditional Access requires MFA each session from personal computers.',
      ],
      [
        'Errors',
        "'We couldn't connect because there are currently no available resources': session hosts are stopped by the scaling plan overnight and start on connect — wait three minutes and retry, or start a host in the Azure portal. If the user sees no workspace, check AVD-Users membership.",
      ],
      [
        'Profile errors',
        "FSLogix 'The profile container disk is locked' or a temporary profile in AVD: a previous session is still open. Log off the user's session from the host pool in the Azure portal and sign in again.",
      ],
    ],
  ),
  article(
    'g-clinic-lost-device',
    'Kestrel Family Clinic – lost devices and patient data incidents',
    C.clinic,
    'Clients/Kestrel Family Clinic/Security',
    [
      [
        'It is a privacy incident',
        "Any lost or stolen laptop, phone or tablet that may hold patient information, and any email with patient information sent to the wrong person, must be reported to the clinic's Privacy Officer (the practice manager) by phone within one hour. Do not tell the user whether it is reportable — that is the Privacy Officer's decision.",
      ],
      [
        'Technical steps',
        "Follow the generic lost device article (Intune wipe, revoke sessions, reset password) and record evidence for the breach assessment: a screenshot of the device's encryption and compliance status and the time of the wipe.",
      ],
      [
        'Reception iPads',
        'The waiting-room check-in iPads are shared devices in Apple Business Manager and Intune; if one goes missing, enable Lost Mode first, then wipe.',
      ],
      [
        'Misdirected email',
        'Message recall does not work for external recipients. Ask the recipient in writing to delete it, and record this on the incident form in IT Glue.',
      ],
    ],
  ),
];
