import { describe, expect, it } from 'vitest';
import { SESSION_STATUS_LABELS as CORE_LABELS } from '../core/sessions/index.ts';
import { SESSION_STATUS_LABELS as CARD_LABELS } from './text.ts';

// cards/ may import only core's types, so it keeps its own copy of the words; the admin web reads
// core's. This is what keeps a chat card and the admin web from naming one status two ways again.
describe('session status words', () => {
  it('are the same on the chat cards and in the admin web', () => {
    expect(CARD_LABELS).toEqual(CORE_LABELS);
  });
});
