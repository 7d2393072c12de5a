/**
 * The troubleshooting stories the demo history is made of: what the engineer said, what the
 * assistant asked and concluded, and how each fix went. Written the way an MSP helpdesk talks, so
 * Sessions and Session detail read like a real month of work.
 */
export interface DemoFix {
  title: string;
  steps: string[];
  confidence: number;
  script?: string;
  scriptLanguage?: string;
}

export interface DemoProblem {
  summary: string;
  opening: string;
  firstReply: string;
  facts: string[];
  questions: Array<{ text: string; answer: string }>;
  check: { text: string; result: string };
  answers: string;
  fix: DemoFix;
  /** When the first fix fails or is dismissed, the assistant's next idea. */
  secondFix: DemoFix;
  failureReason: string;
  partialNotes: string;
  escalationNote: string;
}

export const DEMO_PROBLEMS: readonly DemoProblem[] = [
  {
    summary: 'Outlook keeps asking for a password',
    opening: 'Outlook keeps asking for a password every few minutes since this morning. OWA works fine.',
    firstReply:
      'Prompts in the desktop client while Outlook on the web works usually point at cached credentials or the modern-auth token, not the account itself.',
    facts: [
      'Outlook on the web signs in without prompts',
      'Prompts started this morning after a Windows update',
    ],
    questions: [
      {
        text: 'Does the prompt appear for one mailbox or several on this PC?',
        answer: 'Only her own mailbox',
      },
      { text: 'Was the password changed in the last week?', answer: 'Yes, changed on Monday' },
    ],
    check: {
      text: 'Check Credential Manager for stale Office entries',
      result: 'Three MicrosoftOffice16 entries with the old password',
    },
    answers:
      'Only her mailbox, and she changed her password Monday. Credential Manager has three old MicrosoftOffice16 entries.',
    fix: {
      title: 'Clear cached Office credentials and sign in again',
      steps: [
        'Close Outlook and Teams',
        'Remove every MicrosoftOffice16 entry in Credential Manager',
        'Open Outlook and sign in with the new password',
      ],
      confidence: 82,
    },
    secondFix: {
      title: 'Recreate the Outlook profile',
      steps: [
        'Control Panel → Mail → Show Profiles',
        'Add a new profile and set it as default',
        'Let the OST rebuild overnight',
      ],
      confidence: 70,
    },
    failureReason: 'Prompt came back after ten minutes',
    partialNotes: 'Prompts stopped on the desktop but her phone still asks',
    escalationNote: 'Needs someone with Entra admin rights to check conditional access sign-in logs.',
  },
  {
    summary: 'VPN drops every 10 minutes from home',
    opening: 'FortiClient VPN disconnects roughly every ten minutes for a user working from home.',
    firstReply:
      'Regular drops at a fixed interval usually mean a keep-alive or rekey problem rather than a bad line.',
    facts: ['Drops happen about every 10 minutes', 'Other remote users on the same gateway are fine'],
    questions: [
      { text: 'Is the user on Wi-Fi or a cable at home?', answer: 'Wi-Fi, on a new ISP router' },
      {
        text: 'Did the drops start after a change at home?',
        answer: 'Started when the ISP swapped the router last week',
      },
    ],
    check: {
      text: 'Run a ping with the do-not-fragment flag to find the path MTU',
      result: 'Fragmentation needed above 1400 bytes',
    },
    answers: 'Wi-Fi on a new ISP router, swapped last week. MTU test fragments above 1400.',
    fix: {
      title: 'Lower the VPN adapter MTU to 1400',
      steps: [
        'Open an elevated prompt',
        'Set the FortiClient adapter MTU to 1400',
        'Reconnect and watch for 30 minutes',
      ],
      confidence: 74,
      script: 'netsh interface ipv4 set subinterface "fortissl" mtu=1400 store=persistent',
      scriptLanguage: 'powershell',
    },
    secondFix: {
      title: 'Turn off SIP ALG on the home router',
      steps: [
        'Sign in to the router admin page',
        'Disable SIP ALG and IPsec passthrough filtering',
        'Restart the router',
      ],
      confidence: 61,
    },
    failureReason: 'Still dropped after 12 minutes',
    partialNotes: 'Drops are now every hour instead of every 10 minutes',
    escalationNote: 'Gateway logs needed; DPD settings may need changing on the FortiGate.',
  },
  {
    summary: 'Second-floor printer shows offline',
    opening:
      'The HP on the second floor shows offline for everyone, it prints a test page from its own panel.',
    firstReply:
      'If the printer itself is fine but every PC sees it offline, the port address or the spooler is the usual suspect.',
    facts: ['The printer prints a test page locally', 'All PCs on the second floor see it offline'],
    questions: [
      { text: 'Does the printer have a reserved IP address?', answer: 'No reservation, it is on DHCP' },
      {
        text: 'Was the network or the router changed recently?',
        answer: 'The switch was replaced on Friday',
      },
    ],
    check: {
      text: 'Compare the printer port IP with the address on the printer config page',
      result: 'Port points at .45, printer now has .61',
    },
    answers:
      'DHCP, no reservation; switch replaced Friday. The port points at .45 but the printer is on .61.',
    fix: {
      title: 'Reserve the printer address and update the port',
      steps: [
        'Create a DHCP reservation for the printer MAC',
        'Update the print server port to the reserved IP',
        'Print a test page from a workstation',
      ],
      confidence: 88,
    },
    secondFix: {
      title: 'Restart the print spooler on the print server',
      steps: [
        'Stop the Print Spooler service',
        'Clear C:\\Windows\\System32\\spool\\PRINTERS',
        'Start the service and reprint',
      ],
      confidence: 65,
    },
    failureReason: 'Port updated but jobs still sit in the queue',
    partialNotes: 'Prints from the print server but two PCs still show offline',
    escalationNote: 'Print server needs a driver package update; needs a maintenance window.',
  },
  {
    summary: 'OneDrive stuck on "processing changes"',
    opening: 'OneDrive has been stuck on processing changes for two days, nothing new syncs to SharePoint.',
    firstReply: 'A sync that never finishes is usually one file it cannot upload blocking the queue.',
    facts: ['Sync has been stuck for two days', 'About 40,000 files in the synced libraries'],
    questions: [
      {
        text: 'Are any files shown with a red cross in Explorer?',
        answer: 'Yes, a few under the Projects folder',
      },
      { text: 'Do any paths look very long?', answer: 'Some project folders are nested eight levels deep' },
    ],
    check: { text: 'Open OneDrive "View sync problems"', result: 'Path too long on 14 files' },
    answers:
      'Red crosses under Projects, deep nesting there. Sync problems lists 14 paths that are too long.',
    fix: {
      title: 'Shorten the long paths and restart sync',
      steps: [
        'Rename the deepest project folders to short names',
        'Pause and resume syncing',
        'Confirm the queue drains',
      ],
      confidence: 79,
    },
    secondFix: {
      title: 'Reset the OneDrive client',
      steps: ['Run onedrive.exe /reset', 'Start OneDrive again', 'Let it rescan the libraries'],
      confidence: 68,
      script: '%localappdata%\\Microsoft\\OneDrive\\onedrive.exe /reset',
      scriptLanguage: 'cmd',
    },
    failureReason: 'Queue still stuck after renaming',
    partialNotes: 'Documents sync again; the Projects library is still stuck',
    escalationNote: 'Library has a file count over the sync limit; needs a restructure with the client.',
  },
  {
    summary: 'Teams calls have no audio on a new laptop',
    opening:
      'New laptop, Teams calls connect but neither side hears anything. Headset works in Windows sound test.',
    firstReply:
      'When Windows plays sound but Teams does not, the device selection inside Teams or a driver enhancement is the usual cause.',
    facts: ['The headset works in the Windows sound test', 'The laptop was imaged last week'],
    questions: [
      {
        text: 'Which device is selected under Teams → Settings → Devices?',
        answer: 'Speakers (Realtek) instead of the headset',
      },
      { text: 'Does the Teams test call work?', answer: 'Test call records nothing' },
    ],
    check: {
      text: 'Check Windows microphone privacy settings',
      result: 'Microphone access off for desktop apps',
    },
    answers:
      'Teams had Realtek speakers selected and the test call recorded nothing. Mic access was off for desktop apps.',
    fix: {
      title: 'Allow microphone access and select the headset in Teams',
      steps: [
        'Settings → Privacy → Microphone → allow desktop apps',
        'Teams → Settings → Devices → pick the headset',
        'Make a test call',
      ],
      confidence: 90,
    },
    secondFix: {
      title: 'Reinstall the audio driver from the vendor',
      steps: ['Download the vendor audio driver', 'Uninstall the current driver', 'Install and reboot'],
      confidence: 58,
    },
    failureReason: 'Test call still silent after the change',
    partialNotes: 'She hears others now, but they cannot hear her',
    escalationNote: 'Looks like a driver problem on this model; needs a hardware engineer.',
  },
  {
    summary: 'Account keeps locking out every morning',
    opening: 'A user gets locked out every morning around 8, unlocking works until the next day.',
    firstReply: 'A daily lockout at the same time usually comes from a device still trying an old password.',
    facts: ['Lockout happens daily around 8:00', 'Password was reset two weeks ago'],
    questions: [
      {
        text: 'Does the user have a phone or tablet with work email?',
        answer: 'Old iPhone in a drawer, still has the mail profile',
      },
      { text: 'Are there mapped drives with saved credentials?', answer: 'None' },
    ],
    check: {
      text: 'Look up event 4740 on the domain controller for the lockout source',
      result: 'Source is the Exchange ActiveSync endpoint',
    },
    answers:
      'Old iPhone still has the work mail profile; no saved drive credentials. Event 4740 points at ActiveSync.',
    fix: {
      title: 'Remove the mail profile from the old phone',
      steps: [
        'Remove the Exchange account from the old iPhone',
        'Block the device in Exchange mobile devices',
        'Unlock the account',
      ],
      confidence: 86,
    },
    secondFix: {
      title: 'Clear stored credentials on every signed-in PC',
      steps: [
        'List the PCs the user signed in to this month',
        'Clear Credential Manager on each',
        'Unlock the account',
      ],
      confidence: 60,
    },
    failureReason: 'Locked out again the next morning',
    partialNotes: 'Locks out less often but still once this week',
    escalationNote: 'Lockout source not found in the logs we can see; needs DC audit policy changes.',
  },
  {
    summary: 'Shared mailbox missing from Outlook',
    opening: 'Accounts shared mailbox does not show in Outlook for a new starter, she has full access.',
    firstReply:
      'Full access without the mailbox appearing usually means automapping has not run yet or was turned off.',
    facts: ['Full access was granted yesterday', 'The mailbox opens in Outlook on the web'],
    questions: [
      { text: 'Was access granted with automapping?', answer: 'Granted through a group, so no automapping' },
      { text: 'Is the mailbox needed on her phone as well?', answer: 'Desktop only' },
    ],
    check: {
      text: 'Check the mailbox permissions in the Exchange admin center',
      result: 'Access comes through the Accounts-Team group',
    },
    answers: 'Granted via the Accounts-Team group, so automapping never applied. Desktop only.',
    fix: {
      title: 'Grant direct access with automapping',
      steps: [
        'Add her directly with Full Access and automapping on',
        'Restart Outlook after 30 minutes',
        'Check the folder list',
      ],
      confidence: 84,
      script:
        'Add-MailboxPermission -Identity accounts -User new.starter -AccessRights FullAccess -AutoMapping $true',
      scriptLanguage: 'powershell',
    },
    secondFix: {
      title: 'Add the mailbox manually as an additional mailbox',
      steps: [
        'File → Account Settings → Change → More Settings',
        'Advanced → Add the shared mailbox',
        'Restart Outlook',
      ],
      confidence: 75,
    },
    failureReason: 'Still not showing after an hour',
    partialNotes: 'Mailbox appears but sent items go to her own mailbox',
    escalationNote: 'Needs an Exchange admin to check the hybrid permissions.',
  },
  {
    summary: 'Mapped S: drive disconnected after reboot',
    opening: 'The S: drive shows a red cross after every reboot; clicking it reconnects after a while.',
    firstReply: 'A drive that reconnects on click is usually mapped before the network is ready at sign-in.',
    facts: ['S: reconnects when clicked', 'Happens after every reboot'],
    questions: [
      { text: 'Is the drive mapped by group policy or a logon script?', answer: 'Group policy drive map' },
      { text: 'Is the laptop on Wi-Fi at sign-in?', answer: 'Yes, office Wi-Fi' },
    ],
    check: {
      text: 'Check whether "Always wait for the network at startup" is set',
      result: 'Not configured',
    },
    answers: 'Mapped by GPO, laptop on Wi-Fi at sign-in, and "wait for the network" is not configured.',
    fix: {
      title: 'Wait for the network at sign-in',
      steps: [
        'Enable "Always wait for the network at computer startup and logon" in the GPO',
        'Run gpupdate /force',
        'Reboot twice and check S:',
      ],
      confidence: 77,
    },
    secondFix: {
      title: 'Switch the drive map action to Replace',
      steps: [
        'Edit the drive map preference',
        'Set action to Replace and reconnect on',
        'gpupdate and reboot',
      ],
      confidence: 66,
    },
    failureReason: 'Red cross still there after two reboots',
    partialNotes: 'Fixed on cable, still happens on Wi-Fi',
    escalationNote: 'Wi-Fi uses user certificates; machine auth needs changing on the NPS server.',
  },
  {
    summary: 'MFA prompts loop after phone replacement',
    opening: 'User got a new phone, Authenticator keeps prompting and sign-in never completes.',
    firstReply:
      'After a phone swap the old registration is often still the default method, so approvals go nowhere.',
    facts: ['The user replaced the phone on Saturday', 'Sign-in works on the old phone'],
    questions: [
      {
        text: "Is the new phone registered in the user's security info?",
        answer: 'Registered, but the old phone is still the default',
      },
      { text: 'Is number matching on for the tenant?', answer: 'Yes' },
    ],
    check: {
      text: 'Review the sign-in logs for the MFA result',
      result: 'MFA denied: no response from the default device',
    },
    answers:
      'New phone registered but the old one is still the default method; logs show no response from the default device.',
    fix: {
      title: 'Make the new phone the default MFA method',
      steps: [
        "Remove the old phone from the user's authentication methods",
        'Set Authenticator on the new phone as default',
        'Sign in again',
      ],
      confidence: 91,
    },
    secondFix: {
      title: 'Require re-registration of MFA',
      steps: ['Require re-register MFA in Entra', 'Revoke sessions', 'User registers again at next sign-in'],
      confidence: 80,
    },
    failureReason: 'Prompt still goes to the old phone',
    partialNotes: 'Works in the browser, the Outlook app still loops',
    escalationNote: 'Conditional access policy blocks the new device; needs a security admin.',
  },
  {
    summary: 'BitLocker recovery screen after BIOS update',
    opening: 'Laptop asks for the BitLocker recovery key on every boot since the BIOS update.',
    firstReply:
      'A BIOS update changes the measurements the TPM checks, so BitLocker asks for recovery until it is resealed.',
    facts: ['Recovery prompt started after the BIOS update', 'The recovery key was found in Entra'],
    questions: [
      {
        text: 'Was BitLocker suspended before the update?',
        answer: 'No, the update ran from the vendor tool',
      },
      { text: 'Does it ask on every boot or only once?', answer: 'Every boot' },
    ],
    check: {
      text: 'Run manage-bde -status and check the protectors',
      result: 'TPM protector present, PCR validation failing',
    },
    answers:
      'Not suspended before the update, asks every boot, and PCR validation fails on the TPM protector.',
    fix: {
      title: 'Reseal BitLocker to the TPM',
      steps: ['Enter the recovery key', 'Suspend and resume BitLocker protection', 'Reboot twice'],
      confidence: 87,
      script: 'manage-bde -protectors -disable C: -RebootCount 1',
      scriptLanguage: 'cmd',
    },
    secondFix: {
      title: 'Clear and re-add the TPM protector',
      steps: ['Delete the TPM protector', 'Add a new TPM protector', 'Back up the new key to Entra'],
      confidence: 72,
    },
    failureReason: 'Still prompts after the reseal',
    partialNotes: 'Boots normally from cold, still prompts when docked',
    escalationNote: 'Possible TPM fault; needs a vendor warranty ticket.',
  },
  {
    summary: 'Wi-Fi drops in the boardroom',
    opening: 'Laptops in the boardroom lose Wi-Fi during meetings, the rest of the office is fine.',
    firstReply:
      'Drops in one room with many devices point at the access point there: channel, load or roaming.',
    facts: ['Only the boardroom is affected', 'Meetings have 10–15 laptops connected'],
    questions: [
      { text: 'Which access point serves the boardroom?', answer: 'AP-3, ceiling mounted' },
      { text: 'Is band steering enabled?', answer: 'No, clients stay on 2.4 GHz' },
    ],
    check: { text: 'Check the channel utilisation on AP-3', result: '2.4 GHz channel at 85% utilisation' },
    answers: 'AP-3 serves the room, no band steering, and 2.4 GHz is at 85% utilisation.',
    fix: {
      title: 'Enable band steering and move AP-3 to a clear channel',
      steps: [
        'Turn on band steering for the office SSID',
        'Set AP-3 2.4 GHz to channel 11',
        'Ask the next meeting to report drops',
      ],
      confidence: 73,
    },
    secondFix: {
      title: 'Add a second access point in the boardroom',
      steps: ['Survey the room', 'Mount a second AP', 'Lower transmit power on both'],
      confidence: 69,
    },
    failureReason: 'Drops still happened in the next board meeting',
    partialNotes: 'Fewer drops, but video calls still freeze',
    escalationNote: 'Needs an on-site survey; cabling for a second AP must be quoted.',
  },
  {
    summary: 'Scanner cannot send to email',
    opening:
      'The Ricoh scanner stopped sending scans to email yesterday, it shows an SMTP authentication error.',
    firstReply:
      'An SMTP authentication error after months of working usually means basic auth was turned off or the account password changed.',
    facts: ['Scan to email worked until yesterday', 'The scanner shows an SMTP authentication error'],
    questions: [
      { text: 'Which account does the scanner send as?', answer: 'scanner@ with basic auth' },
      {
        text: 'Did the tenant disable basic authentication for SMTP?',
        answer: 'Yes, SMTP AUTH was turned off this week',
      },
    ],
    check: {
      text: 'Test SMTP relay from the scanner subnet to the connector',
      result: 'Relay accepted from the office IP',
    },
    answers:
      'It sends as scanner@ with basic auth, SMTP AUTH was turned off this week; the relay connector accepts the office IP.',
    fix: {
      title: 'Point the scanner at the SMTP relay connector',
      steps: [
        'Set the SMTP server to the tenant MX endpoint on port 25',
        'Turn off SMTP authentication on the scanner',
        'Send a test scan',
      ],
      confidence: 83,
    },
    secondFix: {
      title: 'Turn SMTP AUTH back on for the scanner mailbox only',
      steps: [
        'Enable authenticated SMTP on the scanner mailbox',
        'Re-enter the password on the scanner',
        'Send a test scan',
      ],
      confidence: 71,
    },
    failureReason: 'Relay rejects the scans as spam',
    partialNotes: 'Internal recipients get scans, external do not',
    escalationNote: 'SPF for the relay needs a DNS change the client must approve.',
  },
];
