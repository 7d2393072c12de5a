import { createHash } from 'node:crypto';
import type { ScriptLanguage } from '../db/schema/scripts.ts';

/** A command that can destroy data, lock someone out or take a machine down, with why. */
export interface DestructiveFlag {
  rule: string;
  label: string;
  reason: string;
  /** 1-based line of the body it was found on. */
  line: number;
  excerpt: string;
}

interface Rule {
  rule: string;
  label: string;
  reason: string;
  pattern: RegExp;
}

// Patterns are matched per logical line with comments removed, case-insensitively: PowerShell and
// cmd are case-insensitive, and a bash `RM -RF` is not a command anyone writes.
//
// Every open-ended run is bounded (`[^|;]{0,300}`, not `[^|;]*`): the backtracking engine tries
// each "rm" of a line to the run's end, so an unbounded run costs the square of the line's length,
// and a 50 KB line of "rm -rm -rm -…" held the server for 3 s. A command's flag sits within a few
// hundred characters of its name; V8's linear engine would not need the bound, but cannot run
// case-insensitive patterns and is 30-60× slower on ordinary scripts.
const PS_DELETE = '(?:remove-item|rm|del|erase|rd|rmdir|ri)';
const RULES: Rule[] = [
  {
    rule: 'rm_root',
    label: 'rm -rf on / or a whole home',
    reason: 'Deletes the entire filesystem (or a whole home directory) with no prompt and no undo.',
    pattern:
      /\brm\s+(?:-[a-z]{0,20}\s+){0,8}-[a-z]{0,20}(?:r[a-z]{0,20}f|f[a-z]{0,20}r)[a-z]{0,20}\s+(?:--no-preserve-root\s+)?(?:\/|~\/?|\/\*|\$HOME\/?)(?:\s|$|;|&)/i,
  },
  {
    rule: 'recursive_delete',
    label: 'Recursive delete',
    reason:
      'Deletes a folder and everything below it; a wrong or empty path variable wipes far more than intended.',
    pattern: new RegExp(
      String.raw`\b${PS_DELETE}\b[^|;]{0,300}\s-(?:recurse|r)\b|\brm\s+(?:-[a-z]{0,20}\s+){0,8}-[a-z]{0,20}r|\brm\s+--recursive|\b(?:rd|rmdir)\s+[^|&]{0,300}\/s\b|\bdel\s+[^|&]{0,300}\/s\b|\bfind\b[^|]{0,300}\s-delete\b`,
      'i',
    ),
  },
  {
    rule: 'format_disk',
    label: 'Formats or wipes a disk',
    reason: 'Erases every file on the volume or disk.',
    pattern:
      /\b(?:format-volume|format-disk|clear-disk|initialize-disk|remove-partition)\b|^\s*format(?:\.com)?\s+[a-z]:|\bmkfs(?:\.\w+)?\b|\bwipefs\b|\bshred\b/i,
  },
  {
    rule: 'raw_disk_write',
    label: 'Writes to a raw disk device',
    reason:
      'dd or a redirect onto /dev/sdX overwrites the disk below the filesystem; one wrong letter destroys a drive.',
    pattern: /\bdd\b[^|;]{0,300}\bof=\/dev\/|>\s*\/dev\/(?:sd|nvme|hd|vd|disk)/i,
  },
  {
    rule: 'diskpart_clean',
    label: 'diskpart clean',
    reason: 'Removes every partition and volume from the selected disk.',
    pattern: /^\s*clean(?:\s+all)?\s*$|\bdiskpart\b.{0,300}\bclean\b/i,
  },
  {
    rule: 'power_off',
    label: 'Restarts or shuts down the machine',
    reason: 'The user loses unsaved work and the session; a server goes down for everyone.',
    pattern:
      /\b(?:stop-computer|restart-computer)\b|\bshutdown(?:\.exe)?\s+(?:\/[rsp]|-[rsph]\b|now)|^\s*(?:sudo\s+)?(?:reboot|poweroff|halt)\b|\bsystemctl\s+(?:reboot|poweroff|halt)\b/i,
  },
  {
    rule: 'registry_delete',
    label: 'Deletes registry keys or values',
    reason:
      'Registry deletes have no recycle bin; removing the wrong key can break Windows or an application.',
    pattern: new RegExp(
      String.raw`\breg(?:\.exe)?\s+delete\b|\bremove-itemproperty\b|\b${PS_DELETE}\b[^|;]{0,300}(?:hk(?:lm|cu|cr|u|cc):|registry::)`,
      'i',
    ),
  },
  {
    rule: 'remove_mailbox_or_account',
    label: 'Deletes a mailbox or account',
    reason: 'Removes the mailbox or directory object and its data; recovery depends on retention settings.',
    pattern:
      /\b(?:remove-mailbox|remove-mguser|remove-msoluser|remove-azureaduser|remove-aduser|remove-adcomputer|remove-mailuser|remove-distributiongroup|remove-unifiedgroup|remove-mggroup|remove-adgroup)\b|\bnet\s+user\s+\S+\s+\/delete\b|\buserdel\b/i,
  },
  {
    rule: 'execution_policy',
    label: 'Loosens the PowerShell execution policy',
    reason:
      'Unrestricted or Bypass lets any script run, including malicious ones; scope it to the process instead.',
    pattern:
      /\bset-executionpolicy\b(?![^|;]{0,300}-scope\s+process)[^|;]{0,300}\b(?:unrestricted|bypass)\b/i,
  },
  {
    rule: 'download_execute',
    label: 'Runs code downloaded from the internet',
    reason:
      'Executes whatever the URL serves at that moment, unreviewed; a compromised or mistyped URL runs as you.',
    pattern:
      /\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|curl|wget)\b[^|]{0,300}\|\s*(?:iex|invoke-expression)\b|\b(?:iex|invoke-expression)\b[^|]{0,300}(?:downloadstring|invoke-webrequest|invoke-restmethod|\biwr\b|\birm\b)|\b(?:curl|wget)\b[^|]{0,300}\|\s*(?:sudo\s+)?(?:ba|z|da)?sh\b|\b(?:ba)?sh\s+-c\s+["']?\$\((?:curl|wget)\b/i,
  },
  {
    rule: 'delete_backups',
    label: 'Deletes shadow copies or backups',
    reason: 'Removes the restore points you would use to undo a mistake (and is what ransomware does first).',
    pattern:
      /\bvssadmin(?:\.exe)?\s+delete\s+shadows\b|\bwbadmin\s+delete\b|\bwmic\s+shadowcopy\s+delete\b|\bbcdedit\b[^|]{0,300}\/delete\b/i,
  },
  {
    rule: 'disable_protection',
    label: 'Turns off security protection',
    reason: 'Leaves the machine without antivirus or firewall until someone turns it back on.',
    pattern:
      /\bset-mppreference\b[^|;]{0,300}-disable\w*\s+(?:\$true|1)\b|\bnetsh\s+advfirewall\s+set\s+\w+\s+state\s+off\b|\bset-netfirewallprofile\b[^|;]{0,300}-enabled\s+(?:false|\$false)/i,
  },
  {
    rule: 'clear_logs',
    label: 'Clears event logs',
    reason: 'Destroys the audit trail you may need to investigate the incident.',
    pattern: /\b(?:clear-eventlog|wevtutil(?:\.exe)?\s+cl)\b/i,
  },
  {
    rule: 'permissions_wide_open',
    label: 'Opens permissions recursively',
    reason: 'Gives everyone full access to every file below the path, including secrets and system files.',
    pattern:
      /\bchmod\s+-R\s+0?777\b|\bicacls\b[^|]{0,300}\beveryone:\(?(?:oi\)\(ci\)|\(ci\)\(oi\))?\(?f\)?[^|]{0,300}\/t\b/i,
  },
];

const COMMENT: Record<ScriptLanguage, RegExp> = {
  powershell: /(^|\s)#.*$/,
  bash: /(^|\s)#.*$/,
  cmd: /^\s*(?:rem\b|::).*$/i,
};

/**
 * Block comments in PowerShell (`<# … #>`) are blanked first so their lines never match. A scan,
 * not a lazy regex: `<#[\s\S]*?#>` looks for the end from every unclosed `<#`, the square of the
 * body's length for a body of them.
 */
function withoutBlockComments(body: string, language: ScriptLanguage): string {
  if (language !== 'powershell') return body;
  let out = '';
  let from = 0;
  for (;;) {
    const open = body.indexOf('<#', from);
    const close = open === -1 ? -1 : body.indexOf('#>', open + 2);
    if (close === -1) return out + body.slice(from);
    out += body.slice(from, open) + body.slice(open, close + 2).replace(/[^\n]/g, ' ');
    from = close + 2;
  }
}

/**
 * Flags destructive commands in a script, one flag per rule per line. The product never runs a
 * script; these tell the engineer what to double-check before they do.
 */
export function flagDestructive(
  body: string,
  language: ScriptLanguage,
  /** False for one-off bodies (the builder's preview), so a stream of them cannot push out the library's. */
  remember = true,
): readonly DestructiveFlag[] {
  // The library listing flags every script on every read; a body is flagged once while it is seen.
  const key = `${language}:${createHash('sha1').update(body).digest('base64')}`;
  const known = seen.get(key);
  if (known) {
    seen.delete(key);
    seen.set(key, known);
    return known;
  }
  const flags = scan(body, language);
  if (!remember) return flags;
  seen.set(key, flags);
  if (seen.size > SEEN_MAX) seen.delete(seen.keys().next().value as string);
  return flags;
}

/** Recently flagged bodies, oldest first: a few hundred bytes each. */
const seen = new Map<string, readonly DestructiveFlag[]>();
const SEEN_MAX = 2_000;

function scan(body: string, language: ScriptLanguage): readonly DestructiveFlag[] {
  const flags: DestructiveFlag[] = [];
  const lines = withoutBlockComments(body, language).split(/\r?\n/);
  const inDiskpart = /\bdiskpart\b/i.test(body) || language === 'cmd';
  lines.forEach((raw, i) => {
    const line = raw.replace(COMMENT[language], '$1');
    if (!line.trim()) return;
    const found = new Set<string>();
    for (const rule of RULES) {
      // A bare `clean` line only means diskpart inside a diskpart script.
      if (rule.rule === 'diskpart_clean' && !inDiskpart) continue;
      if (rule.rule === 'recursive_delete' && found.has('rm_root')) continue;
      if (!rule.pattern.test(line)) continue;
      found.add(rule.rule);
      flags.push({
        rule: rule.rule,
        label: rule.label,
        reason: rule.reason,
        line: i + 1,
        excerpt: raw.trim().slice(0, 160),
      });
    }
  });
  return Object.freeze(flags);
}

export const DESTRUCTIVE_RULES = RULES.map(({ rule, label, reason }) => ({ rule, label, reason }));
