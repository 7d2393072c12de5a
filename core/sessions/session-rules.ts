import type { DiagnosisSessionRow } from '../db/schema/diagnosis.ts';
import { ConflictError } from '../shared/errors.ts';

type Status = DiagnosisSessionRow['status'];

/**
 * Why a session that is not active cannot change, in words a person reads in a chat thread or on a
 * card. Written per status (never the status name itself): "escalated_local" means nothing to an
 * engineer, and an escalated session is not closed for good — whoever claims it carries on.
 */
export const NOT_ACTIVE_MESSAGES = {
  active: '',
  resolved: 'This problem is already resolved, so nothing on it can change now.',
  resolved_local: 'This problem is already resolved, so nothing on it can change now.',
  escalated:
    'This problem was escalated and is waiting for an engineer to claim it. Whoever claims it carries on from here.',
  escalated_local:
    'This problem was escalated and is waiting for an engineer to claim it. Whoever claims it carries on from here.',
} as const satisfies Record<Status, string>;

/** A 409 for any change to a session that is not active; `details.status` keeps the code for clients. */
export function notActiveError(status: Status): ConflictError {
  return new ConflictError(NOT_ACTIVE_MESSAGES[status], { status });
}

/** Throws the human 409 unless the session is active (escalated sessions wait for their claimer). */
export function assertActive(session: Pick<DiagnosisSessionRow, 'status'>): void {
  if (session.status !== 'active') throw notActiveError(session.status);
}
