import { importFlow, publishFlow } from '../core/flows/index.ts';
import type { TenantContext } from '../core/shared/context.ts';

/**
 * A small authored flow for the walker's end-to-end suites: a question, a check, a fix and an
 * escalate step. Imported from YAML and published as an engineer would.
 */
export const PASSWORD_FLOW_YAML = `
title: Outlook keeps asking for a password
description: The caller's Outlook prompts for the password again and again.
symptoms:
  - Outlook keeps asking for a password
  - password prompt loop in Outlook
tags: [outlook, m365]
graph:
  start: changed
  steps:
    - id: changed
      kind: question
      text: Did the password change in the last day?
      choices:
        - { label: "Yes", next: owa }
        - { label: "No", next: engineer }
    - id: owa
      kind: check
      text: Sign in to Outlook on the web with the new password
      expected: The inbox opens without another prompt
      yes: fix
      no: engineer
      cites: { title: "KB-112: Outlook password loops", url: "https://kb.example.test/articles/112" }
    - id: fix
      kind: resolution
      text: Clear the cached Office credentials
      fixSteps:
        - Open Credential Manager and remove every MicrosoftOffice16 entry
        - Reopen Outlook and sign in once
    - id: engineer
      kind: escalate
      text: Hand over to an engineer
      reason: The account itself needs checking
`;

/** Imports and publishes {@link PASSWORD_FLOW_YAML} in the author's account; returns its id. */
export async function publishPasswordFlow(author: TenantContext): Promise<string> {
  const flow = await importFlow({ ctx: author, input: { format: 'yaml', content: PASSWORD_FLOW_YAML } });
  await publishFlow({ ctx: author, flowId: flow.id, input: { note: 'test flow' } });
  return flow.id;
}
