import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage, filledManifest, teamsAppIdFor } from './package.ts';

const BOT = '0f6c3a52-93d1-4c0b-8a57-2b1e4c9d7e10';

describe('npm run manifest:teams', () => {
  it('fills the bot id, a stable app id and the host, leaving no placeholder behind', () => {
    const manifest = JSON.parse(filledManifest(BOT, 'https://helpdesk.example.net')) as Record<
      string,
      unknown
    >;
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/11111111-1111|22222222-2222|rf\.example\.com/);
    expect(manifest.id).toBe(teamsAppIdFor(BOT));
    expect(teamsAppIdFor(BOT)).toBe(teamsAppIdFor(BOT.toUpperCase()));
    expect(teamsAppIdFor(BOT)).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(manifest.validDomains).toEqual(['helpdesk.example.net']);
  });

  it('builds a zip that unzip reads, with the three files at the root', () => {
    const dir = mkdtempSync(join(tmpdir(), 'teams-pkg-'));
    const zip = join(dir, 'teams-app.zip');
    writeFileSync(zip, buildTeamsPackage(BOT, 'https://helpdesk.example.net'));
    const test = execFileSync('unzip', ['-t', zip], { encoding: 'utf8' });
    expect(test).toMatch(/No errors detected/);
    const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const inside = execFileSync('unzip', ['-p', zip, 'manifest.json'], { encoding: 'utf8' });
    expect(JSON.parse(inside).bots[0].botId).toBe(BOT);
  });
});
