import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { modelTurn, type SimulatedDiagnosis, simulatedDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { addFact } from '../facts/index.ts';
import { proposeFix, recordFixOutcome } from '../fixes/index.ts';
import { createSession, getSession, handleTurn } from '../sessions/index.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { NOTE_HEADINGS, postEscalationPackage, postResolutionNote, previewNote } from './index.ts';

describe('resolution notes and escalation packages', () => {
  let diag: SimulatedDiagnosis;
  let account: TestAccount;
  let ctx: TenantContext;

  beforeAll(async () => {
    diag = await simulatedDiagnosis();
    account = await createTestAccount(await testDatabase(), 'Notes');
    ctx = await account.member('engineer');
  });
  afterAll(() => diag.close());
  beforeEach(() => diag.sim.reset());

  const noteMessages = () => diag.sim.requests.filter((r) => r.body?.model === 'claude-haiku-5-5');

  /** A session where a fix failed and a second one worked, with facts recorded. */
  async function workedSession() {
    const session = await createSession({
      ctx,
      input: { problemSummary: 'Outlook stuck on "Trying to connect"' },
    });
    await addFact({ ctx, sessionId: session.id, input: { text: 'OWA works for the user' } });
    await addFact({
      ctx,
      sessionId: session.id,
      input: { text: 'Root cause: cached credentials from the old password' },
    });
    const propose = async (title: string) => {
      await withSessionWrite(ctx, session.id, async ({ tx, changed }) => {
        if (
          (await proposeFix(tx, ctx, session.id, { title, steps: [`Do ${title}`], confidence: 60 })).changed
        )
          changed();
      });
      return (await getSession({ ctx, sessionId: session.id })).activeFix?.id;
    };
    const first = await propose('Repair the Office install');
    await recordFixOutcome({
      ctx,
      sessionId: session.id,
      fixId: first,
      input: { outcome: 'applied_failed', failureReason: 'No change' },
    });
    const second = await propose('Clear Credential Manager entries');
    await recordFixOutcome({
      ctx,
      sessionId: session.id,
      fixId: second,
      input: { outcome: 'applied_success' },
    });
    return session.id;
  }

  it('builds the resolution note from recorded facts and outcomes, and caches the preview by state version', async () => {
    const sessionId = await workedSession();
    diag.sim.setDefaultReply((req) => {
      // Echo the draft back as the model's rewrite, so the test sees exactly what was sent.
      const draft = JSON.stringify(req.body.messages);
      return modelTurn('', [
        'write_note',
        { sections: NOTE_HEADINGS.resolution.map((h) => ({ heading: h, body: `${h}: ${draft.length}` })) },
      ]);
    });
    const first = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution' });
    expect(first.fromCache).toBe(false);
    expect(first.sections.map((s) => s.heading)).toEqual([...NOTE_HEADINGS.resolution]);
    const sent = JSON.stringify(noteMessages().map((r) => r.body));
    expect(sent).toContain('OWA works for the user');
    expect(sent).toContain('Clear Credential Manager entries');
    expect(noteMessages()).toHaveLength(1);

    const second = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution' });
    expect(second).toMatchObject({
      fromCache: true,
      stateVersion: first.stateVersion,
      sections: first.sections,
    });
    expect(noteMessages()).toHaveLength(1);

    await addFact({ ctx, sessionId, input: { text: 'User confirmed mail flowing at 14:05' } });
    const third = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution' });
    expect(third.fromCache).toBe(false);
    expect(third.stateVersion).toBe(first.stateVersion + 1);
    expect(noteMessages()).toHaveLength(2);
  });

  it('answers with the template draft when the model misses the deadline, and caches its note when it arrives', async () => {
    const sessionId = await workedSession();
    const modelNote = NOTE_HEADINGS.resolution.map((h) => ({ heading: h, body: `Model wrote ${h}` }));
    diag.sim.enqueue({ ...modelTurn('', ['write_note', { sections: modelNote }]), delayMs: 400 });
    const started = Date.now();
    const quick = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution', deadlineMs: 50 });
    expect(Date.now() - started).toBeLessThan(350);
    expect(quick.fromCache).toBe(false);
    expect(quick.sections.map((s) => s.heading)).toEqual([...NOTE_HEADINGS.resolution]);
    expect(quick.text).toContain('OWA works for the user');
    expect(quick.text).not.toContain('Model wrote');

    await new Promise((resolve) => setTimeout(resolve, 600));
    const later = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution', deadlineMs: 50 });
    expect(later).toMatchObject({ fromCache: true, sections: modelNote });
    expect(noteMessages()).toHaveLength(1);
  });

  it('falls back to the template when the model rewrites the headings', async () => {
    const sessionId = await workedSession();
    diag.sim.enqueue(
      modelTurn('', [
        'write_note',
        { sections: [{ heading: 'Summary', body: 'All good, we also upgraded their RAM.' }] },
      ]),
    );
    const preview = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution' });
    expect(preview.sections.map((s) => s.heading)).toEqual([...NOTE_HEADINGS.resolution]);
    expect(preview.text).not.toContain('RAM');
    expect(preview.text).toContain('Clear Credential Manager entries');
    expect(preview.text).toContain('Root cause: cached credentials from the old password');
  });

  it('posts the resolution note once: the session becomes resolved_local, a second post is 409', async () => {
    const sessionId = await workedSession();
    diag.sim.setDefaultReply(() => modelTurn('', ['write_note', { sections: [] }]));
    const posted = await postResolutionNote({ ctx, deps: diag.deps, sessionId, input: {} });
    expect(posted.session.status).toBe('resolved_local');
    expect(posted.session.resolvedAt).not.toBeNull();
    expect(posted.session.notes).toHaveLength(1);
    expect(posted.note.text).toContain('What we confirmed');
    await expect(postResolutionNote({ ctx, deps: diag.deps, sessionId, input: {} })).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(
      handleTurn({ ctx, deps: diag.deps, sessionId, input: { message: 'one more thing' } }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses to post a preview the session has moved on from, and posts nothing', async () => {
    const sessionId = await workedSession();
    diag.sim.setDefaultReply(() => modelTurn('', ['write_note', { sections: [] }]));
    const preview = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution' });
    await addFact({ ctx, sessionId, input: { text: 'The user also had a stale OST file' } });
    await expect(
      postResolutionNote({ ctx, deps: diag.deps, sessionId, input: { stateVersion: preview.stateVersion } }),
    ).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed after this preview.*Preview the resolution note again/),
    });
    expect((await getSession({ ctx, sessionId })).notes).toEqual([]);
    const fresh = await previewNote({ ctx, deps: diag.deps, sessionId, kind: 'resolution' });
    const posted = await postResolutionNote({
      ctx,
      deps: diag.deps,
      sessionId,
      input: { stateVersion: fresh.stateVersion },
    });
    expect(posted.note.text).toContain('stale OST file');
  });

  it('keeps what only partly worked, with its notes, in the resolution note', async () => {
    const session = await createSession({ ctx, input: { problemSummary: 'Shared mailbox keeps prompting' } });
    await withSessionWrite(ctx, session.id, async ({ tx, changed }) => {
      const proposed = await proposeFix(tx, ctx, session.id, {
        title: 'Re-add the shared mailbox with automapping off',
        steps: ['Remove the mailbox', 'Add it back in account settings'],
        confidence: 60,
      });
      if (proposed.changed) changed();
    });
    const fixId = (await getSession({ ctx, sessionId: session.id })).activeFix?.id;
    await recordFixOutcome({
      ctx,
      sessionId: session.id,
      fixId,
      input: { outcome: 'applied_partial', notes: 'Main mailbox fine, shared mailbox still prompts' },
    });
    diag.sim.setDefaultReply(() => modelTurn('', ['write_note', { sections: [] }]));
    const preview = await previewNote({ ctx, deps: diag.deps, sessionId: session.id, kind: 'resolution' });
    expect(preview.text).toContain(
      'Partly worked: Re-add the shared mailbox with automapping off (Main mailbox fine, shared mailbox still prompts)',
    );
  });

  it('posts the engineer-edited note, but refuses edits that change the sections (422)', async () => {
    const sessionId = await workedSession();
    await expect(
      postResolutionNote({
        ctx,
        deps: diag.deps,
        sessionId,
        input: { sections: [{ heading: 'Whatever', body: 'x' }] },
      }),
    ).rejects.toMatchObject({ code: 'unprocessable' });
    expect((await getSession({ ctx, sessionId })).status).toBe('active');
    const sections = NOTE_HEADINGS.resolution.map((heading) => ({
      heading,
      body: `Edited ${heading}; token: abc123secret`,
    }));
    const posted = await postResolutionNote({ ctx, deps: diag.deps, sessionId, input: { sections } });
    expect(posted.note.sections[0]?.body).toContain('Edited Problem');
    expect(posted.note.text).not.toContain('abc123secret');
  });

  it('builds an escalation package with what was tried and what to do next, and posts it with a target', async () => {
    const session = await createSession({ ctx, input: { problemSummary: 'VPN drops every 10 minutes' } });
    diag.sim.enqueue(
      modelTurn(
        'Checks added.',
        ['add_check', { text: 'Check the firewall IKE lifetime' }],
        [
          'suggest_fix',
          { title: 'Disable NIC power saving', steps: ['Device Manager → Power Management'], confidence: 40 },
        ],
      ),
    );
    await handleTurn({
      ctx,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Drops are regular, every 10 min.' },
    });
    const l1 = await account.member('l1');
    diag.sim.setDefaultReply(() => ({ kind: 'error', status: 529 }));
    // A busy model still gives the engineer a correct package: the template.
    const preview = await previewNote({
      ctx: l1,
      deps: diag.deps,
      sessionId: session.id,
      kind: 'escalation',
    });
    expect(preview.sections.map((s) => s.heading)).toEqual([...NOTE_HEADINGS.escalation]);
    expect(preview.text).toContain('Disable NIC power saving (confidence 40%)');
    expect(preview.text).toContain('Check: Check the firewall IKE lifetime');
    const posted = await postEscalationPackage({
      ctx: l1,
      deps: diag.deps,
      sessionId: session.id,
      input: { target: { type: 'board', name: 'Network Team' }, note: 'Customer is on site until 5pm' },
    });
    expect(posted.session.status).toBe('escalated_local');
    expect(posted.session.notes[0]?.target).toEqual({
      type: 'board',
      name: 'Network Team',
      note: 'Customer is on site until 5pm',
    });
    await expect(
      postEscalationPackage({ ctx: l1, deps: diag.deps, sessionId: session.id, input: {} }),
    ).rejects.toMatchObject({ code: 'conflict' });
  });

  it('does not let a viewer preview or post, nor another account see the session', async () => {
    const sessionId = await workedSession();
    const viewer = await account.member('viewer');
    await expect(
      previewNote({ ctx: viewer, deps: diag.deps, sessionId, kind: 'resolution' }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const other = await createTestAccount(await testDatabase(), 'Other');
    await expect(
      postResolutionNote({ ctx: other.owner, deps: diag.deps, sessionId, input: {} }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await getSession({ ctx, sessionId })).status).toBe('active');
  });
});
