import { createHash } from 'node:crypto';

/**
 * Limits are shared through the database, so every process must derive the same row key. The
 * namespace separates deployments sharing a database (and test servers sharing one); the key
 * (an email, an address, a user id) is hashed so the table holds no personal data.
 */
export function limitKeyHash(namespace: string, limiter: string, key: string): string {
  return createHash('sha256').update(`${namespace}|${limiter}|${key}`).digest('base64url');
}
