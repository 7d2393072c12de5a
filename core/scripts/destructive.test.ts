import { describe, expect, it } from 'vitest';
import type { ScriptLanguage } from '../db/schema/scripts.ts';
import { flagDestructive } from './destructive.ts';

type Case = [language: ScriptLanguage, snippet: string, rule: string];

// Snippets as they appear in MSP runbooks, forum answers and vendor KB articles.
const POSITIVES: Case[] = [
  [
    'powershell',
    'Remove-Item -Path "C:\\Users\\$User\\AppData\\Local\\Microsoft\\Outlook" -Recurse -Force',
    'recursive_delete',
  ],
  [
    'powershell',
    'Get-ChildItem C:\\Windows\\Temp | Remove-Item -Recurse -Force -ErrorAction SilentlyContinue',
    'recursive_delete',
  ],
  ['powershell', 'rm -r -fo $env:TEMP\\*', 'recursive_delete'],
  ['powershell', 'rd C:\\inetpub\\logs -Recurse', 'recursive_delete'],
  ['cmd', 'rd /s /q "%LOCALAPPDATA%\\Microsoft\\Teams"', 'recursive_delete'],
  ['cmd', 'rmdir /S /Q C:\\Windows\\SoftwareDistribution', 'recursive_delete'],
  ['cmd', 'del /f /s /q %temp%\\*', 'recursive_delete'],
  ['bash', 'rm -rf /var/lib/apt/lists/*', 'recursive_delete'],
  ['bash', 'sudo rm -r "$BACKUP_DIR/$OLD"', 'recursive_delete'],
  ['bash', 'find /var/log -name "*.gz" -mtime +30 -delete', 'recursive_delete'],
  ['bash', 'rm -rf /', 'rm_root'],
  ['bash', 'sudo rm -rf --no-preserve-root /', 'rm_root'],
  ['bash', 'rm -fr ~/', 'rm_root'],
  ['bash', 'rm -rf /*', 'rm_root'],
  ['powershell', 'Format-Volume -DriveLetter E -FileSystem NTFS -Confirm:$false', 'format_disk'],
  ['powershell', 'Get-Disk 2 | Clear-Disk -RemoveData -Confirm:$false', 'format_disk'],
  ['cmd', 'format D: /FS:NTFS /Q /Y', 'format_disk'],
  ['bash', 'mkfs.ext4 /dev/sdb1', 'format_disk'],
  ['bash', 'wipefs -a /dev/sdc', 'format_disk'],
  ['bash', 'dd if=/dev/zero of=/dev/sda bs=1M status=progress', 'raw_disk_write'],
  ['bash', 'cat image.iso > /dev/sdb', 'raw_disk_write'],
  ['cmd', 'diskpart\nselect disk 1\nclean\ncreate partition primary', 'diskpart_clean'],
  ['cmd', 'clean all', 'diskpart_clean'],
  ['powershell', 'Restart-Computer -ComputerName FAB-WS-023 -Force', 'power_off'],
  ['powershell', 'Stop-Computer -Force', 'power_off'],
  ['cmd', 'shutdown /r /t 0', 'power_off'],
  ['cmd', 'shutdown.exe /s /f /t 60', 'power_off'],
  ['bash', 'sudo reboot', 'power_off'],
  ['bash', 'shutdown -h now', 'power_off'],
  ['bash', 'systemctl reboot', 'power_off'],
  ['cmd', 'reg delete "HKCU\\Software\\Microsoft\\Office\\16.0\\Outlook\\Profiles" /f', 'registry_delete'],
  [
    'powershell',
    'Remove-Item -Path "HKCU:\\Software\\Microsoft\\Office\\16.0\\Common\\Identity" -Recurse',
    'registry_delete',
  ],
  [
    'powershell',
    'Remove-ItemProperty -Path HKLM:\\SOFTWARE\\Policies\\Microsoft\\Windows\\WindowsUpdate -Name WUServer',
    'registry_delete',
  ],
  ['powershell', 'Remove-Mailbox -Identity "jdoe@contoso.com" -Confirm:$false', 'remove_mailbox_or_account'],
  ['powershell', 'Remove-MgUser -UserId $UserId', 'remove_mailbox_or_account'],
  ['powershell', 'Get-ADComputer OLD-PC | Remove-ADComputer -Confirm:$false', 'remove_mailbox_or_account'],
  ['cmd', 'net user tempadmin /delete', 'remove_mailbox_or_account'],
  ['powershell', 'Set-ExecutionPolicy Unrestricted -Force', 'execution_policy'],
  ['powershell', 'Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope LocalMachine', 'execution_policy'],
  [
    'powershell',
    "iex (New-Object Net.WebClient).DownloadString('https://example.com/install.ps1')",
    'download_execute',
  ],
  ['powershell', 'irm https://get.activated.win | iex', 'download_execute'],
  [
    'powershell',
    'Invoke-WebRequest -UseBasicParsing https://x.example/a.ps1 | Invoke-Expression',
    'download_execute',
  ],
  ['bash', 'curl -fsSL https://get.docker.com | sh', 'download_execute'],
  ['bash', 'wget -qO- https://example.com/setup.sh | sudo bash', 'download_execute'],
  [
    'bash',
    'sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"',
    'download_execute',
  ],
  ['cmd', 'vssadmin delete shadows /all /quiet', 'delete_backups'],
  ['cmd', 'wmic shadowcopy delete', 'delete_backups'],
  ['powershell', 'Set-MpPreference -DisableRealtimeMonitoring $true', 'disable_protection'],
  ['cmd', 'netsh advfirewall set allprofiles state off', 'disable_protection'],
  ['powershell', 'wevtutil cl Security', 'clear_logs'],
  ['powershell', 'Clear-EventLog -LogName Application', 'clear_logs'],
  ['bash', 'chmod -R 777 /var/www', 'permissions_wide_open'],
];

const NEGATIVES: [ScriptLanguage, string][] = [
  ['powershell', 'Get-Mailbox -Identity jdoe@contoso.com | Format-List *'],
  ['powershell', 'Get-Process | Sort-Object CPU -Descending | Format-Table -AutoSize'],
  ['powershell', 'Remove-Item -Path "$env:TEMP\\setup.log" -Force'],
  ['powershell', 'Restart-Service -Name Spooler -Force'],
  ['powershell', 'Stop-Service wuauserv; Start-Service wuauserv'],
  ['powershell', 'Set-ExecutionPolicy -ExecutionPolicy Bypass -Scope Process -Force'],
  ['powershell', 'Set-ExecutionPolicy RemoteSigned -Scope CurrentUser'],
  ['powershell', 'Invoke-WebRequest https://example.com/agent.msi -OutFile $env:TEMP\\agent.msi'],
  ['powershell', 'Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\*'],
  [
    'powershell',
    'Set-ItemProperty -Path HKCU:\\Software\\Microsoft\\Office\\16.0\\Outlook\\AutoDiscover -Name ExcludeExplicitO365Endpoint -Value 1',
  ],
  ['powershell', 'Set-Mailbox jdoe@contoso.com -ProhibitSendQuota 49GB'],
  ['powershell', 'Add-MailboxPermission -Identity shared@contoso.com -User jdoe -AccessRights FullAccess'],
  ['powershell', '# Restart-Computer -Force  (only if the user agrees)'],
  ['powershell', '<#\nRemove-Item C:\\ -Recurse\n#>\nGet-ChildItem C:\\'],
  ['powershell', 'Test-NetConnection outlook.office365.com -Port 443'],
  ['powershell', 'Clear-RecycleBin -DriveLetter C -Force'],
  ['cmd', 'ipconfig /flushdns'],
  ['cmd', 'gpupdate /force'],
  ['cmd', 'sfc /scannow'],
  ['cmd', 'net stop spooler && del /q C:\\Windows\\System32\\spool\\PRINTERS\\* && net start spooler'],
  ['cmd', 'REM shutdown /r /t 0 after hours'],
  ['cmd', 'dism /online /cleanup-image /restorehealth'],
  ['bash', 'rm -f /tmp/install.lock'],
  ['bash', 'curl -fsSL https://example.com/setup.sh -o setup.sh && less setup.sh'],
  ['bash', 'df -h / && du -sh /var/log/*'],
  ['bash', 'sudo systemctl restart cups'],
  ['bash', 'dd if=/dev/sda of=/backup/disk.img bs=4M'],
  ['bash', 'chmod 640 /etc/ssl/private/server.key'],
  ['bash', 'echo "clean up old logs"'],
];

describe('destructive-command flags on real-world snippets', () => {
  it.each(POSITIVES)('%s: flags %j as %s, with a reason', (language, snippet, rule) => {
    const flags = flagDestructive(snippet, language);
    const flag = flags.find((f) => f.rule === rule);
    expect(flag, `${snippet} → ${JSON.stringify(flags.map((f) => f.rule))}`).toBeDefined();
    expect(flag?.reason.length).toBeGreaterThan(20);
    expect(flag?.line).toBeGreaterThanOrEqual(1);
  });

  it.each(NEGATIVES)('%s: leaves %j unflagged', (language, snippet) => {
    expect(flagDestructive(snippet, language)).toEqual([]);
  });

  it('names the line of each flag in a longer script and rm -rf / once, not also as a plain recursive delete', () => {
    const body = [
      '$u = "jdoe"',
      'Get-Mailbox $u',
      'Remove-Mailbox $u -Confirm:$false',
      'Restart-Computer',
    ].join('\n');
    expect(flagDestructive(body, 'powershell').map((f) => [f.rule, f.line])).toEqual([
      ['remove_mailbox_or_account', 3],
      ['power_off', 4],
    ]);
    expect(flagDestructive('rm -rf /', 'bash').map((f) => f.rule)).toEqual(['rm_root']);
  });

  it('flags a long line in linear time: an unbounded run once cost the square of its length', () => {
    // 50,000 characters, the longest body a script may have. Each of these held the server for
    // 2-3 s when every rule's runs were unbounded (`[^|;]*` tried from every "rm" to the line's end).
    for (const unit of ['rm -', 'rm ', 'del /', 'rd /', 'curl ', 'dd ']) {
      const line = unit.repeat(Math.floor(50_000 / unit.length));
      const started = performance.now();
      flagDestructive(`${line}x`, 'powershell');
      expect(performance.now() - started, unit).toBeLessThan(1_000);
    }
    // The bounds still reach a flag a long path away from its command.
    const path = `C:\\${'Clients\\Contoso\\'.repeat(12)}Old`;
    expect(
      flagDestructive(`Remove-Item -Path "${path}" -Recurse -Force`, 'powershell').map((f) => f.rule),
    ).toEqual(['recursive_delete']);
  });

  it('skips PowerShell block comments, closed or not, in one pass', () => {
    expect(flagDestructive('<# rm -rf / #>\nGet-Date', 'powershell')).toEqual([]);
    expect(
      flagDestructive('<# old:\nRemove-Item C:\\x -Recurse\n#>\nStop-Computer', 'powershell').map((f) => [
        f.rule,
        f.line,
      ]),
    ).toEqual([['power_off', 4]]);
    // An unclosed comment hides nothing (PowerShell would refuse the script anyway).
    expect(flagDestructive('<# notes\nRestart-Computer', 'powershell').map((f) => f.rule)).toEqual([
      'power_off',
    ]);
    const started = performance.now();
    flagDestructive('<#'.repeat(25_000), 'powershell');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("remembers a library body's flags, and one-off previews cannot push them out", () => {
    const stored = `Remove-Item C:\\Old -Recurse\n# ${'x'.repeat(40)}`;
    const first = flagDestructive(stored, 'powershell');
    expect(flagDestructive(stored, 'powershell')).toBe(first);
    for (let i = 0; i < 2_500; i++) flagDestructive(`rm -rf /tmp/preview-${i}`, 'bash', false);
    expect(flagDestructive(stored, 'powershell')).toBe(first);
  });
});
