import { describe, expect, it } from 'vitest';
import { walkRequest } from './walk-verbs.ts';

describe('walkRequest', () => {
  it('reads the problem after "walk" and leaves every other message to the assistant', () => {
    expect(walkRequest('walk Outlook keeps asking for a password')).toBe(
      'Outlook keeps asking for a password',
    );
    expect(walkRequest('  Walk:  VPN drops\nevery hour')).toBe('VPN drops\nevery hour');
    expect(walkRequest('walk')).toBe('');
    expect(walkRequest('walk-in customer cannot print')).toBeNull();
    expect(walkRequest('walking the user through a reset did not help')).toBeNull();
    expect(walkRequest('Outlook: walk me through it')).toBeNull();
  });
});
