import type { DiagnosisSessionRow, FactRow } from '../db/schema/diagnosis.ts';
import type { ParamSource } from './params.ts';

export type SessionValues = Partial<Record<ParamSource, string>>;

const EMAIL = /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/;
// Hostnames as MSPs name them: CLIENT-WS-023, NW-LAPTOP12, SRV-DC01 (an upper-case prefix, a dash, a number).
const HOSTNAME = /\b[A-Z][A-Z0-9]{1,14}(?:-[A-Z0-9]{1,15})*-[A-Z]*\d{1,5}\b/;
// "Device: FAB-WS-023", "User: jdoe", "Mailbox: shared@…", "Client: Fabrikam" — the offline
// engine records stated facts this way and engineers type them the same.
const LABELLED: Array<[ParamSource, RegExp]> = [
  ['mailbox', /^(?:mailbox|email|e-mail|upn)\s*[:=]\s*(.+)$/i],
  ['device', /^(?:device|computer|hostname|host|machine|pc|workstation|laptop)(?:\s+name)?\s*[:=]\s*(.+)$/i],
  ['user', /^(?:user|username|user name|account|affected user|sam(?:accountname)?)\s*[:=]\s*(.+)$/i],
  ['client', /^(?:client|company|customer)\s*[:=]\s*(.+)$/i],
];

function clean(value: string): string {
  return value
    .trim()
    .replace(/[.;,]+$/, '')
    .slice(0, 200);
}

/**
 * The user, device, mailbox and client a session is about, read from its confirmed facts (labelled
 * ones first, then an e-mail address or a hostname in any fact or the problem), so a template's
 * parameters can be pre-filled. Nothing here is a secret: facts are already redacted.
 */
export function sessionValues(
  session: Pick<DiagnosisSessionRow, 'problemSummary' | 'ticketCompanyName'>,
  facts: readonly Pick<FactRow, 'text'>[],
): SessionValues {
  const values: SessionValues = {};
  for (const fact of facts) {
    for (const [source, pattern] of LABELLED) {
      const match = pattern.exec(fact.text.trim());
      if (match?.[1] && !values[source]) values[source] = clean(match[1]);
    }
  }
  const texts = [...facts.map((f) => f.text), session.problemSummary];
  for (const text of texts) {
    if (!values.mailbox) {
      const email = EMAIL.exec(text)?.[0];
      if (email) values.mailbox = email;
    }
    if (!values.device) {
      const host = HOSTNAME.exec(text)?.[0];
      if (host) values.device = host;
    }
  }
  if (!values.client && session.ticketCompanyName) values.client = session.ticketCompanyName;
  // An Exchange/Graph identity is the UPN: with no user named, the mailbox's address stands in.
  if (!values.user && values.mailbox) values.user = values.mailbox;
  // A device phrase ("reception PC") is no hostname; keep it only when it looks like one.
  if (values.device && /\s/.test(values.device)) {
    const host = HOSTNAME.exec(values.device)?.[0];
    if (host) values.device = host;
    else delete values.device;
  }
  return values;
}
