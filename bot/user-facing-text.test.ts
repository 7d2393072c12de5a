import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineerCtx, escalatedSessionView } from '../cards/fixtures.ts';
import {
  renderErrorBlocks,
  renderErrorCard,
  renderSessionBlocks,
  renderSessionCard,
} from '../cards/index.ts';
import { SESSION_STATUSES } from '../core/db/schema/diagnosis.ts';
import { NOT_ACTIVE_MESSAGES, notActiveError } from '../core/sessions/session-rules.ts';
import { chatErrorFor } from './slack/errors.ts';
import { teamsErrorFor } from './teams/errors.ts';

/** How an internal status code leaks: "escalated_local", or the same with its underscore replaced. */
const INTERNAL_WORDS = /\b(escalated|resolved)[_ ]local\b/i;
const REPO = fileURLToPath(new URL('../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('no internal status names in what people read', () => {
  it('the refusal for every status, as Slack and Teams show it, says what happened in words', () => {
    for (const status of SESSION_STATUSES.filter((s) => s !== 'active')) {
      const error = notActiveError(status);
      expect(NOT_ACTIVE_MESSAGES[status]).not.toBe('');
      for (const view of [chatErrorFor(error), teamsErrorFor(error)]) {
        const shown = JSON.stringify([renderErrorBlocks(view), renderErrorCard(view)]);
        expect(shown, status).not.toMatch(INTERNAL_WORDS);
        if (status.includes('_')) expect(shown, status).not.toContain(status);
      }
    }
  });

  it('the session card in every status, on both platforms', () => {
    for (const status of SESSION_STATUSES) {
      const view = { ...escalatedSessionView, status };
      const shown = JSON.stringify([
        renderSessionBlocks(view, engineerCtx),
        renderSessionCard(view, engineerCtx),
      ]);
      expect(shown, status).not.toMatch(INTERNAL_WORDS);
    }
  });

  it('no service, adapter or route builds a message from a raw session status code', () => {
    const offenders: string[] = [];
    const files = ['core', 'bot', 'server', 'cards'].flatMap((dir) => sources(join(REPO, dir)));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // e.g. `This session is already ${session.status.replace('_', ' ')}` (how "escalated local" leaked).
      if (
        /\$\{[^}]*\bstatus\.replace\(/.test(text) ||
        /Error\(\s*`[^`]*\$\{[^}]*session\.status\}/.test(text)
      ) {
        offenders.push(file.slice(REPO.length));
      }
    }
    expect(offenders).toEqual([]);
  });
});
