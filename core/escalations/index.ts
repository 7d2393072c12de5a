export { claimEscalation, type EscalationClaim } from './claim-escalation.ts';
export { recordTechnicianPost } from './record-technician-post.ts';
