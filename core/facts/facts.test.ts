import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { createSession, getSession, updateTaskItem } from '../sessions/index.ts';
import { withSessionWrite } from '../sessions/session-write.ts';
import { upsertTaskItem } from '../sessions/task-lane.ts';
import type { TenantContext } from '../shared/context.ts';
import { addFact, deleteFact, promoteItemToFact, updateFact } from './index.ts';

describe('facts: what we know', () => {
  let account: TestAccount;
  let ctx: TenantContext;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'Facts');
    ctx = await account.member('l1');
  });

  async function sessionWithQuestion() {
    const session = await createSession({
      ctx,
      input: { problemSummary: 'User cannot reach the file server' },
    });
    const { result: itemId } = await withSessionWrite(ctx, session.id, async ({ tx, changed }) => {
      const { item } = await upsertTaskItem(tx, ctx, session.id, 'question', 'Can the user ping fs01?');
      changed();
      return item.id;
    });
    return { sessionId: session.id, itemId };
  }

  it('adds, edits and soft-deletes an engineer note, one version bump each', async () => {
    const { sessionId } = await sessionWithQuestion();
    const v0 = (await getSession({ ctx, sessionId })).stateVersion;
    const added = await addFact({ ctx, sessionId, input: { text: 'Ping to 10.0.0.5 times out' } });
    const note = added.facts[0];
    expect(note).toMatchObject({ source: 'engineer_note', editable: true });
    expect(added.stateVersion).toBe(v0 + 1);
    const edited = await updateFact({
      ctx,
      sessionId,
      factId: note?.id,
      input: { text: 'Ping to fs01 (10.0.0.5) times out' },
    });
    expect(edited.facts[0]?.text).toBe('Ping to fs01 (10.0.0.5) times out');
    expect(edited.stateVersion).toBe(v0 + 2);
    const removed = await deleteFact({ ctx, sessionId, factId: note?.id });
    expect(removed.facts).toEqual([]);
    expect(removed.stateVersion).toBe(v0 + 3);
  });

  it('refuses a duplicate note (409) without bumping the version', async () => {
    const { sessionId } = await sessionWithQuestion();
    await addFact({ ctx, sessionId, input: { text: 'DNS resolves fs01' } });
    const before = await getSession({ ctx, sessionId });
    await expect(addFact({ ctx, sessionId, input: { text: 'dns resolves FS01.' } })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await getSession({ ctx, sessionId })).stateVersion).toBe(before.stateVersion);
  });

  it('promotes an answered question to a fact that can only be edited through the question (403)', async () => {
    const { sessionId, itemId } = await sessionWithQuestion();
    const promoted = await promoteItemToFact({ ctx, sessionId, input: { itemId, answer: 'No, 100% loss' } });
    const fact = promoted.facts.find((f) => f.sourceRef === itemId);
    expect(fact).toMatchObject({ source: 'question', editable: false });
    expect(promoted.closedItems[0]).toMatchObject({
      id: itemId,
      status: 'answered',
      answer: 'No, 100% loss',
    });

    await expect(
      updateFact({ ctx, sessionId, factId: fact?.id, input: { text: 'Yes it pings' } }),
    ).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/edit the question/),
    });
    expect((await getSession({ ctx, sessionId })).facts.find((f) => f.id === fact?.id)?.text).toBe(
      fact?.text,
    );

    const viaItem = await updateTaskItem({
      ctx,
      sessionId,
      itemId,
      input: { answer: 'Yes, after flushing ARP' },
    });
    const updated = viaItem.facts.filter((f) => f.sourceRef === itemId);
    expect(updated).toHaveLength(1);
    expect(updated[0]?.text).toContain('Yes, after flushing ARP');
  });

  it('withdraws the fact when its question is dismissed', async () => {
    const { sessionId, itemId } = await sessionWithQuestion();
    await promoteItemToFact({ ctx, sessionId, input: { itemId, answer: 'Yes' } });
    const view = await updateTaskItem({ ctx, sessionId, itemId, input: { status: 'dismissed' } });
    expect(view.facts.filter((f) => f.sourceRef === itemId)).toEqual([]);
    expect(view.closedItems[0]).toMatchObject({ id: itemId, status: 'dismissed' });
  });

  it('answering the same question twice updates the one fact', async () => {
    const { sessionId, itemId } = await sessionWithQuestion();
    await promoteItemToFact({ ctx, sessionId, input: { itemId, answer: 'No' } });
    const again = await promoteItemToFact({
      ctx,
      sessionId,
      input: { itemId, answer: 'No, and tracert dies at the core switch' },
    });
    const facts = again.facts.filter((f) => f.sourceRef === itemId);
    expect(facts).toHaveLength(1);
    expect(facts[0]?.text).toContain('core switch');
  });

  it('rejects blank text, bad ids and other tenants, changing nothing', async () => {
    const { sessionId } = await sessionWithQuestion();
    const before = await getSession({ ctx, sessionId });
    await expect(addFact({ ctx, sessionId, input: { text: '  ' } })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(addFact({ ctx, sessionId: 'nope', input: { text: 'x' } })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    const other = await createTestAccount(await testDatabase(), 'Other');
    await expect(addFact({ ctx: other.owner, sessionId, input: { text: 'sneaky' } })).rejects.toMatchObject({
      code: 'not_found',
    });
    const viewer = await account.member('viewer');
    await expect(addFact({ ctx: viewer, sessionId, input: { text: 'viewer note' } })).rejects.toMatchObject({
      code: 'forbidden',
    });
    const after = await getSession({ ctx, sessionId });
    expect(after.facts).toEqual(before.facts);
    expect(after.stateVersion).toBe(before.stateVersion);
  });

  it('redacts secrets typed into a note', async () => {
    const { sessionId } = await sessionWithQuestion();
    const view = await addFact({
      ctx,
      sessionId,
      input: { text: 'Local admin password: P@ssw0rd123 works on fs01' },
    });
    expect(view.facts[0]?.text).not.toContain('P@ssw0rd123');
    expect(view.facts[0]?.text).toContain('[redacted]');
  });
});
