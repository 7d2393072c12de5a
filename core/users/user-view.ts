import type { UserRow } from '../db/schema/users.ts';

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: UserRow['role'];
  canCoverL1: boolean;
  disabled: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    canCoverL1: row.canCoverL1,
    disabled: row.disabledAt !== null,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
