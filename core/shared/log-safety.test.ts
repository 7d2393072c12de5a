import { describe, expect, it } from 'vitest';
import { safeErrorSerializer, scrubLogText } from './log-safety.ts';

describe('error serialisation for logs', () => {
  it('drops drizzle params (even multi-line) and PostgreSQL detail, keeps statement and SQLSTATE', () => {
    const pgError = Object.assign(new Error('duplicate key value violates unique constraint "users_email"'), {
      code: '23505',
      constraint: 'users_email',
      table: 'users',
      detail: 'Key (email)=(ada@example.com) already exists.',
      where: "unnamed portal parameter $2 = 'scrypt$16384$8$1$salt$hash'",
      params: ['ada@example.com', 'scrypt$16384$8$1$salt$hash'],
    });
    const drizzle = Object.assign(
      new Error(
        'Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: ada@example.com,scrypt$16384$8$1$sa\nlt$hash',
      ),
      {
        query: 'insert into "users" ("email", "password_hash") values ($1, $2)',
        params: ['x'],
        cause: pgError,
      },
    );
    const out = safeErrorSerializer(drizzle) as Record<string, unknown> & { cause: Record<string, unknown> };
    const text = JSON.stringify(out);
    expect(text).not.toContain('scrypt$');
    expect(text).not.toContain('ada@example.com');
    expect(text).not.toContain('lt$hash');
    expect(out.message).toBe(
      'Failed query: insert into "users" ("email", "password_hash") values ($1, $2)\nparams: [dropped]',
    );
    expect(out.statement).toBe('insert into "users" ("email", "password_hash") values ($1, $2)');
    expect(out.cause).toMatchObject({ code: '23505', constraint: 'users_email', table: 'users' });
    expect(out.cause).not.toHaveProperty('detail');
  });

  it('scrubs values PostgreSQL quotes at the end of a message', () => {
    expect(scrubLogText('invalid input syntax for type uuid: "v1.abc.def.ghi"')).toBe(
      'invalid input syntax for type uuid: "[value]"',
    );
    expect(scrubLogText('Key (email)=(a@b.example) already exists.')).toBe(
      'Key (email)=([value]) already exists.',
    );
  });
});
