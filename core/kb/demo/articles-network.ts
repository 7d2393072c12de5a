import { type DemoArticle, KB_BASE_URL } from './article.ts';

/** Network and identity: VPN DNS, Wi-Fi/DHCP, mapped drives, AD lockouts. */
export const NETWORK_ARTICLES: readonly DemoArticle[] = [
  {
    id: 'kb-vpn-no-internal-dns',
    title: 'VPN connects but internal names do not resolve (GlobalProtect / FortiClient DNS)',
    url: `${KB_BASE_URL}/vpn-connected-no-internal-dns`,
    source: 'demo',
    companyId: null,
    keywords: [
      'vpn',
      'globalprotect',
      'forticlient',
      'dns',
      'resolve',
      'file server',
      'intranet',
      'split tunnel',
      'nslookup',
    ],
    body:
      'The VPN client reports connected and the user can reach internal hosts by IP address, but names such as fileserver01 or intranet do not resolve. ' +
      'Usually the VPN adapter received no DNS servers, or the Wi-Fi adapter has a lower interface metric so Windows asks the home router first. ' +
      'Split-tunnel profiles without a DNS suffix list also send internal lookups to the public resolver. ' +
      'Compare ipconfig /all for the VPN adapter with the DNS servers in the gateway configuration. ' +
      'Lowering the VPN adapter metric and flushing the DNS cache restores resolution without reinstalling the client.',
    checks: [
      'Run ipconfig /all and note the DNS servers on the GlobalProtect/FortiClient adapter',
      'Run nslookup fileserver01 <internal DNS IP> to test the internal DNS server directly',
      'Run Get-NetIPInterface | Sort-Object InterfaceMetric to compare VPN and Wi-Fi metrics',
    ],
    fix: {
      title: 'Give the VPN adapter priority for DNS and flush the resolver cache',
      steps: [
        'Run Set-NetIPInterface -InterfaceAlias "<VPN adapter>" -InterfaceMetric 1 in an elevated PowerShell.',
        'Run ipconfig /flushdns, then Clear-DnsClientCache.',
        'Disconnect and reconnect the VPN; confirm nslookup fileserver01 returns the internal address.',
        'If the adapter shows no DNS servers, add the internal DNS servers and suffix list to the gateway portal config.',
      ],
    },
  },
  {
    id: 'kb-wifi-no-internet-apipa',
    title: 'Wi-Fi connected but "No internet": DHCP failure and APIPA 169.254 address',
    url: `${KB_BASE_URL}/wifi-no-internet-apipa`,
    source: 'demo',
    companyId: null,
    keywords: [
      'wifi',
      'wireless',
      'no internet',
      'limited connectivity',
      'dhcp',
      'apipa',
      '169.254',
      'ip address',
      'network',
    ],
    body:
      'The laptop shows connected to Wi-Fi with "No internet" and cannot reach anything. ' +
      'An address starting with 169.254 (APIPA) means the machine never got a lease from DHCP. ' +
      'Causes include an exhausted DHCP scope, a stale lease after moving between sites, or a wireless driver that fails after sleep. ' +
      'If other devices on the same access point work, the problem is the client; if none do, check the DHCP server or scope.',
    checks: [
      'Run ipconfig /all and note the IPv4 address, default gateway and DHCP server',
      'Run Test-NetConnection 8.8.8.8 and Test-NetConnection <default gateway>',
      'Ask whether other devices on the same Wi-Fi network have internet access',
    ],
    fix: {
      title: 'Renew the DHCP lease and reset the network stack',
      steps: [
        'Run ipconfig /release then ipconfig /renew.',
        'If the address is still 169.254.x.x, run netsh winsock reset and netsh int ip reset, then restart.',
        'Forget the Wi-Fi network and reconnect.',
        'If several devices are affected, check free leases in the DHCP scope and extend or shorten the lease time.',
      ],
    },
  },
  {
    id: 'kb-mapped-drive-missing',
    title: 'Mapped network drive missing or shows a red X after a password change',
    url: `${KB_BASE_URL}/mapped-drive-missing-after-password-change`,
    source: 'demo',
    companyId: null,
    keywords: [
      'mapped drive',
      'network drive',
      'shared drive',
      'red x',
      'net use',
      'shares',
      'drive letter',
      'disappeared',
      'gone',
    ],
    body:
      'After a password change the user\'s network drives are missing from This PC or show a red X and "Could not reconnect all network drives". ' +
      'Drives mapped with saved credentials keep presenting the old password, so the file server rejects them and Windows drops the mapping. ' +
      'Logon scripts and Group Policy Preferences recreate the drive at the next sign-in, but only when the machine can reach a domain controller. ' +
      'Deleting the stale mapping and its saved credential, then remapping, restores access.',
    checks: [
      'Run net use and note the status of each mapped drive',
      'Run Test-NetConnection <file server> -Port 445',
      'Check Credential Manager for saved entries for the file server',
    ],
    fix: {
      title: 'Remove stale drive mappings and credentials, then remap',
      steps: [
        'Run net use * /delete /y to remove all mappings.',
        'Remove Windows Credentials entries for the file server in Credential Manager.',
        'Run gpupdate /force and sign out and back in so Group Policy remaps the drives.',
        'If a drive is still missing, map it manually with net use X: \\\\<server>\\<share> /persistent:yes.',
      ],
    },
  },
  {
    id: 'kb-ad-lockout-stale-credentials',
    title:
      'Active Directory account keeps locking out (stale credentials on a phone, mapped drive or service)',
    url: `${KB_BASE_URL}/ad-account-lockout-stale-credentials`,
    source: 'demo',
    companyId: null,
    keywords: [
      'locked out',
      'lockout',
      'account locked',
      'bad password',
      'activesync',
      'phone',
      'event 4740',
      'unlock',
    ],
    body:
      'The user is locked out again minutes after the helpdesk unlocks the account, usually shortly after a password change. ' +
      'Something is still trying the old password: a phone mail profile (ActiveSync), a mapped drive saved with credentials, a scheduled task, or a second signed-in session. ' +
      'The PDC emulator logs Event ID 4740 with the caller computer name, which tells you which device is sending the bad password. ' +
      'Remove the stale credential at that source rather than unlocking repeatedly.',
    checks: [
      'Run Get-ADUser <user> -Properties LockedOut,BadLogonCount,LastBadPasswordAttempt',
      'On the PDC emulator, search the Security log for Event ID 4740 and note the Caller Computer Name',
      'Ask whether the user has mail on a phone or tablet and when the password was last changed',
    ],
    fix: {
      title: 'Remove the stale credential at the lockout source, then unlock',
      steps: [
        'Identify the caller computer from Event ID 4740 (or Microsoft Account Lockout Status tools).',
        'On that device remove saved credentials: Credential Manager entries, mapped drives (net use * /delete), scheduled tasks running as the user.',
        'On phones and tablets, update the password in the mail app or remove and re-add the account.',
        'Run Unlock-ADAccount <user> and confirm BadLogonCount stays at 0 for 30 minutes.',
      ],
    },
  },
];
