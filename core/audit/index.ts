export {
  AUDIT_ACTION_INFO,
  AUDIT_ACTIONS,
  AUDIT_TAGS,
  type AuditAction,
  type AuditTag,
  auditLabelFor,
  auditTagsFor,
} from './actions.ts';
export type { AuditTargetLink } from './audit-targets.ts';
export { type AuditEntryView, ListAuditLogInput, listAuditActions, listAuditLog } from './list-audit-log.ts';
export { listAccountIdsForMaintenance, purgeExpiredAuditLog } from './purge-expired-audit-log.ts';
export { type AuditEntry, L1_COVERAGE_TAG, recordAudit } from './record-audit.ts';
