export { claimEscalation, ESCALATOR_CANNOT_CLAIM, type EscalationClaim } from './claim-escalation.ts';
export { recordTechnicianPost } from './record-technician-post.ts';
