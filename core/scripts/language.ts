import { SCRIPT_LANGUAGES, type ScriptLanguage } from '../db/schema/scripts.ts';

/** A fix's free-text language ("PowerShell", "pwsh", "sh", "batch") as a template language. */
export function scriptLanguageOfFix(language: string | null, script: string): ScriptLanguage {
  const given = (language ?? '')
    .toLowerCase()
    .replace(/^pwsh$|^ps1?$/, 'powershell')
    .replace(/^sh$|^shell$/, 'bash')
    .replace(/^bat$|^batch$/, 'cmd');
  if ((SCRIPT_LANGUAGES as readonly string[]).includes(given)) return given as ScriptLanguage;
  return /\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b|\$env:/.test(script) ? 'powershell' : 'bash';
}
