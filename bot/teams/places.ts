import type { Activity } from '@microsoft/agents-activity';
import { findSessionByChannel, type SessionView } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { LruCache } from '../../core/shared/lru.ts';
import type { Target } from './outbound.ts';

/*
 * Where a Teams activity happened, and which diagnosis session that place maps to.
 *
 * Teams addresses a channel thread as `{channelId};messageid={rootMessageId}`; the bare channel id
 * names the channel itself. Chats (personal 1:1 and group) have no threads: one conversation id.
 */

/** A channel thread, or a chat (personal or group). */
export type Place =
  | { kind: 'channel'; tenantId: string; channelId: string; threadId: string }
  | { kind: 'chat'; tenantId: string; chatId: string; chatType: 'personal' | 'groupChat' };

/** A session's `channel` as core stores it: kind `teams` and an opaque string map. */
export interface TeamsChannel {
  kind: 'teams';
  ref: Record<string, string>;
}

const THREAD_MARKER = ';messageid=';

/** The conversation id without `;messageid=…`: the channel itself. */
export function baseConversationId(conversationId: string): string {
  return conversationId.split(THREAD_MARKER)[0] ?? conversationId;
}

/** The thread root message id in a channel conversation id, if it names a thread. */
export function threadRootOf(conversationId: string): string | undefined {
  const [, root] = conversationId.split(THREAD_MARKER);
  return root || undefined;
}

/** The Entra tenant of an activity: `channelData.tenant.id`, else `conversation.tenantId`. */
export function tenantOf(activity: Activity): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = channelData?.tenant?.id;
  if (typeof fromChannelData === 'string' && fromChannelData) return fromChannelData;
  return activity.conversation?.tenantId || undefined;
}

/**
 * The place of an activity. In a channel the thread root is the `;messageid=` part of the
 * conversation id, or `rootId` (default: the activity's own id) when the post starts the thread.
 */
export function placeOf(activity: Activity, tenantId: string, rootId = activity.id): Place | null {
  const conversationId = activity.conversation?.id;
  if (!conversationId) return null;
  if (activity.conversation?.conversationType === 'channel') {
    const threadId = threadRootOf(conversationId) ?? rootId;
    return threadId
      ? { kind: 'channel', tenantId, channelId: baseConversationId(conversationId), threadId }
      : null;
  }
  const chatType = activity.conversation?.conversationType === 'personal' ? 'personal' : 'groupChat';
  return { kind: 'chat', tenantId, chatId: conversationId, chatType };
}

/**
 * The session reference of a place. A channel thread is one session. A chat is a run of sessions,
 * one after another: the first is `{tenantId, conversationId, threadId: conversationId}` and the
 * n-th (n ≥ 2) adds `generation: n`, so a chat can start a new problem once the last one closed.
 */
export function channelOf(place: Place, generation = 1): TeamsChannel {
  if (place.kind === 'channel') {
    return {
      kind: 'teams',
      ref: { tenantId: place.tenantId, conversationId: place.channelId, threadId: place.threadId },
    };
  }
  const ref = { tenantId: place.tenantId, conversationId: place.chatId, threadId: place.chatId };
  return { kind: 'teams', ref: generation > 1 ? { ...ref, generation: String(generation) } : ref };
}

/** Where to post into a session's place: the thread (replying to its root) or the chat. */
export function targetOfRef(ref: Record<string, string>): Target | null {
  const { conversationId, threadId } = ref;
  if (!conversationId) return null;
  if (threadId && threadId !== conversationId)
    return { conversationId: `${conversationId}${THREAD_MARKER}${threadId}`, replyToId: threadId };
  return { conversationId };
}

/**
 * Where answers to an activity go: its channel thread (replying to the root, so the answer lands
 * in the thread whatever message in it was answered) or its chat, replying to the message.
 */
export function targetOf(place: Place, activityId: string | undefined): Target {
  if (place.kind === 'channel')
    return targetOfRef(channelOf(place).ref) ?? { conversationId: place.channelId };
  return { conversationId: place.chatId, replyToId: activityId };
}

/** Last generation seen per chat: a hint that saves the search below most of its probes. */
const generations = new LruCache<string, number>(5_000);

/**
 * The session a place is on now, and the generation it has (0: none yet). Sessions are never
 * deleted and generations are created in order, so the newest is found by galloping 1, 2, 4, …
 * to the first gap and bisecting back: O(log n) lookups, usually two with the hint.
 */
export async function currentSession(
  ctx: TenantContext,
  place: Place,
): Promise<{ session: SessionView | null; generation: number }> {
  if (place.kind === 'channel') {
    const session = await findSessionByChannel(ctx, channelOf(place));
    return { session, generation: session ? 1 : 0 };
  }
  const key = `${ctx.accountId}|${place.chatId}`;
  const probe = (n: number) => findSessionByChannel(ctx, channelOf(place, n));
  let low = 0;
  let found: SessionView | null = null;
  const hint = generations.get(key);
  if (hint) {
    found = await probe(hint);
    if (found) low = hint;
  }
  let high = low ? low + 1 : 1;
  for (;;) {
    const next = await probe(high);
    if (!next) break;
    low = high;
    found = next;
    high *= 2;
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const hit = await probe(middle);
    if (hit) {
      low = middle;
      found = hit;
    } else high = middle;
  }
  if (low) generations.set(key, low);
  return { session: found, generation: low };
}
