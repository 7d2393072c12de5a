export { claimEscalation, type EscalationClaim } from './claim-escalation.ts';
