/** Postgres SQLSTATEs we react to. Drivers wrap errors differently, so look through `cause` too. */
interface PgErrorLike {
  code?: string;
  constraint?: string;
  constraint_name?: string;
  message?: string;
  cause?: unknown;
}

function findPgError(error: unknown): PgErrorLike | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const e = current as PgErrorLike;
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e;
    current = e.cause;
  }
  return undefined;
}

export function pgErrorCode(error: unknown): string | undefined {
  return findPgError(error)?.code;
}

export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = findPgError(error);
  if (e?.code !== '23505') return false;
  if (!constraint) return true;
  const name = e.constraint ?? e.constraint_name;
  return name === constraint || (e.message ?? '').includes(constraint);
}

export function isCheckViolation(error: unknown): boolean {
  return findPgError(error)?.code === '23514';
}
