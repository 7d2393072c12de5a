import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InvalidInputError } from './errors.ts';
import { parseInput } from './validation.ts';

const refusal = (schema: z.ZodType, input: unknown) => {
  try {
    parseInput(schema, input, 'ticket');
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
  }
  throw new Error('expected a refusal');
};

describe('plain-words validation messages', () => {
  it('says what is wrong with a field in words, not in zod notation', () => {
    const schema = z
      .object({
        summary: z.string().max(500),
        contact: z.string().min(1),
        count: z.number().int().min(2),
        clients: z.array(z.string()).min(1).max(3),
        priority: z.enum(['low', 'high']),
        email: z.string(),
      })
      .strict();
    const error = refusal(schema, {
      summary: 'x'.repeat(2_001),
      contact: '',
      count: 1,
      clients: [],
      priority: 'urgent!',
      extra: true,
    });
    expect(error.message).toBe('Invalid ticket (summary: must be at most 500 characters)');
    expect(error.issues).toEqual([
      { path: 'summary', message: 'must be at most 500 characters' },
      { path: 'contact', message: 'must not be empty' },
      { path: 'count', message: 'must be at least 2' },
      { path: 'clients', message: 'must have at least one item' },
      { path: 'priority', message: 'must be one of "low", "high"' },
      { path: 'email', message: 'is required' },
      { path: '(root)', message: 'unknown field: extra' },
    ]);
    expect(refusal(z.object({ n: z.number() }), { n: 'five' }).message).toBe(
      'Invalid ticket (n: must be a number)',
    );
    expect(refusal(z.string().max(2_000), 'y'.repeat(2_001)).message).toBe(
      'Invalid ticket (must be at most 2,000 characters)',
    );
  });

  it("keeps a schema's own message", () => {
    const schema = z.object({ summary: z.string().min(3, 'describe the problem in a few words') });
    expect(refusal(schema, { summary: 'x' }).message).toBe(
      'Invalid ticket (summary: describe the problem in a few words)',
    );
  });
});
