import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { FormatsPlugin } from 'ajv-formats';
import * as ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ACTION_VERBS, SESSION_CARD_VERBS } from '../../cards/index.ts';
import { ACCENT, drawIcons } from '../../manifests/teams/make-icons.ts';
import { decodePng } from '../../manifests/teams/png.ts';
import { MESSAGES_PATH } from './adapter.ts';
import { BOT_COMMANDS } from './listeners/commands.ts';
import { ESCALATE_COMMAND } from './listeners/escalate.ts';
import { INTAKE_COMMANDS } from './listeners/intake.ts';
import { BOT_SCOPES } from './listeners/messages.ts';

const MANIFEST_DIR = new URL('../../manifests/teams/', import.meta.url);
const SCHEMA = new URL('../../test/contracts/teams/MicrosoftTeams.schema.v1.30.json', import.meta.url);

interface Manifest {
  manifestVersion: string;
  id: string;
  icons: { color: string; outline: string };
  accentColor: string;
  bots: Array<{
    botId: string;
    scopes: string[];
    commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
  }>;
  composeExtensions: Array<{
    botId: string;
    commands: Array<{ id: string; type: string; context: string[]; fetchTask: boolean }>;
  }>;
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

const raw = JSON.parse(readFileSync(new URL('manifest.json', MANIFEST_DIR), 'utf8')) as Record<
  string,
  unknown
>;
const manifest = raw as unknown as Manifest;
const sorted = (xs: readonly string[]) => [...xs].sort();

// ajv-formats is CommonJS with `exports.default`; under NodeNext the namespace may or may not unwrap.
const addFormats = ((ajvFormats as unknown as { default?: FormatsPlugin }).default ??
  (ajvFormats as unknown as FormatsPlugin)) as FormatsPlugin;

describe('manifests/teams/manifest.json', () => {
  it('is valid against the official Teams manifest schema v1.30', () => {
    const schema = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
    // A draft-04 schema: Ajv 8 compiles it once the draft's own `$schema`/`id` are removed.
    delete schema.$schema;
    delete schema.id;
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const ok = validate(raw);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);
    expect(manifest.manifestVersion).toBe('1.30');
  });

  it('declares exactly the scopes, commands and message action the code handles', () => {
    const [bot] = manifest.bots;
    expect(sorted(bot?.scopes ?? [])).toEqual(sorted(BOT_SCOPES));
    for (const list of bot?.commandLists ?? []) {
      for (const command of list.commands)
        expect([...BOT_COMMANDS, ...INTAKE_COMMANDS]).toContain(command.title);
      // techchannel names a channel, so it is offered in teams only; "new" only where chats are;
      // the L1 queue and walk-ins answer only in the personal chat.
      const titles = list.commands.map((c) => c.title);
      if (titles.includes('techchannel')) expect(list.scopes).toEqual(['team']);
      if (titles.includes('new')) expect(list.scopes).not.toContain('team');
      if (INTAKE_COMMANDS.some((c) => titles.includes(c))) expect(list.scopes).toEqual(['personal']);
    }
    const offered = new Set((bot?.commandLists ?? []).flatMap((l) => l.commands.map((c) => c.title)));
    expect(sorted([...offered])).toEqual(sorted([...BOT_COMMANDS, ...INTAKE_COMMANDS]));
    expect(manifest.composeExtensions[0]?.commands).toEqual([
      expect.objectContaining({
        id: ESCALATE_COMMAND,
        type: 'action',
        context: ['message'],
        fetchTask: true,
      }),
    ]);
  });

  it('handles every card verb (claim lives with the escalation listener)', () => {
    expect(sorted([...SESSION_CARD_VERBS, 'escalation.claim', 'escalation.handover'])).toEqual(
      sorted(ACTION_VERBS),
    );
    expect(MESSAGES_PATH).toBe('/api/messages');
  });

  it('uses one bot id throughout and keeps its placeholders consistent', () => {
    const botId = manifest.bots[0]?.botId;
    expect(manifest.composeExtensions[0]?.botId).toBe(botId);
    expect(manifest.webApplicationInfo.id).toBe(botId);
    const resource = new URL(manifest.webApplicationInfo.resource);
    expect(resource.pathname).toBe(`/botid-${botId}`);
    expect(manifest.validDomains).toContain(resource.host);
    expect(manifest.id).not.toBe(botId);
    expect(manifest.accentColor).toBe(ACCENT);
  });

  it('ships real PNG icons of the sizes Teams requires, exactly as make-icons.ts draws them', () => {
    const color = readFileSync(new URL(manifest.icons.color, MANIFEST_DIR));
    const outline = readFileSync(new URL(manifest.icons.outline, MANIFEST_DIR));
    const drawn = drawIcons();
    expect(color.equals(drawn.color)).toBe(true);
    expect(outline.equals(drawn.outline)).toBe(true);

    const big = decodePng(color);
    expect([big.width, big.height]).toEqual([192, 192]);
    const small = decodePng(outline);
    expect([small.width, small.height]).toEqual([32, 32]);
    // Outline: white where drawn, transparent elsewhere, and actually drawn.
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < small.pixels.length; i += 4) {
      const [r, g, b, a] = small.pixels.subarray(i, i + 4);
      expect([r, g, b]).toEqual([255, 255, 255]);
      if (a === 255) opaque++;
      if (a === 0) transparent++;
    }
    expect(opaque).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(500);
  });
});
