import { z } from 'zod';

/**
 * zod's default messages, in plain words. Every refusal of ours that did not give its own message
 * read like "Too big: expected string to have <=500 characters" or "Invalid input: expected
 * string, received undefined" — on the walk-in form, in chat and in the API. A schema's own
 * message (`.min(3, 'describe the problem in a few words')`) still wins; this is the fallback.
 */
export function plainZodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const count = (n: number | bigint) => Number(n).toLocaleString('en-US');
  switch (issue.code) {
    case 'too_big': {
      const max = count(issue.maximum as number);
      const under = issue.inclusive === false ? 'less than' : 'at most';
      if (issue.origin === 'string') return `must be ${under} ${max} characters`;
      if (issue.origin === 'array' || issue.origin === 'set') return `must have ${under} ${max} items`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `must be ${under} ${max}`;
      if (issue.origin === 'date') return 'is too late';
      return undefined;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      const over = issue.inclusive === false ? 'more than' : 'at least';
      if (issue.origin === 'string')
        return min <= 1 && issue.inclusive !== false
          ? 'must not be empty'
          : `must be ${over} ${count(min)} characters`;
      if (issue.origin === 'array' || issue.origin === 'set')
        return min <= 1 && issue.inclusive !== false
          ? 'must have at least one item'
          : `must have ${over} ${count(min)} items`;
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint')
        return `must be ${over} ${count(min)}`;
      if (issue.origin === 'date') return 'is too early';
      return undefined;
    }
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const kind: Record<string, string> = {
        string: 'text',
        number: 'a number',
        int: 'a whole number',
        boolean: 'true or false',
        object: 'an object',
        array: 'a list',
        date: 'a date',
      };
      return `must be ${kind[issue.expected] ?? issue.expected}`;
    }
    case 'invalid_value': {
      const shown = issue.values.slice(0, 12).map((v) => JSON.stringify(v));
      return issue.values.length === 1 ? `must be ${shown[0]}` : `must be one of ${shown.join(', ')}`;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    default:
      return undefined;
  }
}

z.config({ customError: plainZodMessage });
