import { describe, expect, it } from 'vitest';
import type { ScriptsChatView } from '../core/scripts/index.ts';
import { renderScriptsBlocks, renderScriptsCard } from './scripts.ts';
import { assertBlockKitLimits } from './slack-limits.ts';
import { adaptiveCardProblems } from './test-support.ts';

const found: ScriptsChatView = {
  query: 'teams cache',
  sessionId: '3f2b8c1e-5a47-4d2e-9c1a-7e6f0b9d2a11',
  top: {
    scriptId: 'a1',
    name: 'Clear the new Teams cache',
    language: 'powershell',
    version: 2,
    body: 'Stop-Process -Name ms-teams -Force\nRemove-Item "C:\\Users\\megan.b\\AppData\\Local\\Packages\\MSTeams_8wekyb3d8bbwe\\LocalCache" -Recurse -Force\n# ``` fence inside\nSet-LocalUser -Name kiosk -Password {{Pin}}',
    params: [
      { name: 'ProfileName', value: 'megan.b', secret: false, filledFrom: 'session', problem: null },
      { name: 'Pin', value: null, secret: true, filledFrom: null, problem: null },
      { name: 'Ticket', value: null, secret: false, filledFrom: null, problem: null },
    ],
    missing: ['Pin', 'Ticket'],
    flags: [{ label: 'Recursive delete', reason: 'Deletes a folder and everything below it.', line: 2 }],
  },
  others: [{ scriptId: 'a2', name: 'Reset Teams policy', language: 'powershell', category: 'Teams' }],
};

describe('scripts command card', () => {
  it('renders the best match for Slack within Block Kit limits: code block, parameters, flags, others', () => {
    const msg = renderScriptsBlocks(found);
    assertBlockKitLimits(msg, 'message');
    const text = JSON.stringify(msg);
    expect(text).toContain('C:\\\\Users\\\\megan.b\\\\AppData');
    expect(text).toContain('ProfileName: megan.b (from this session)');
    expect(text).toContain('Pin: secret — type it where you run the script');
    expect(text).toContain('⚠ Recursive delete (line 2): Deletes a folder and everything below it.');
    expect(text).toContain('Fill in before running: Pin, Ticket');
    expect(text).toContain('Also matching: Reset Teams policy');
    // A fence inside the script cannot close the code block early.
    expect(text).not.toContain('# ``` fence');
  });

  it('renders the same for Teams as a valid Adaptive Card 1.5', () => {
    const card = renderScriptsCard(found);
    expect(adaptiveCardProblems(card)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).toContain('📜 Clear the new Teams cache');
    expect(text).toContain('• Pin: secret — type it where you run the script');
    expect(text).toContain('⚠ Recursive delete (line 2)');
  });

  it('says when nothing matches, on both platforms, and fits a very long script', () => {
    const none: ScriptsChatView = { query: 'bitlocker', sessionId: null, top: null, others: [] };
    expect(JSON.stringify(renderScriptsBlocks(none))).toContain('No script template matches *bitlocker*');
    expect(adaptiveCardProblems(renderScriptsCard(none))).toEqual([]);
    const long = {
      ...found,
      top: {
        ...(found.top as NonNullable<ScriptsChatView['top']>),
        body: 'Write-Output "<&>"\n'.repeat(400),
      },
    };
    assertBlockKitLimits(renderScriptsBlocks(long), 'message');
    expect(adaptiveCardProblems(renderScriptsCard(long))).toEqual([]);
  });
});
