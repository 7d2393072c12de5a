import { randomUUID } from 'node:crypto';
import { baseConversationId, MessageIdClock, newUserId } from './ids.ts';
import type {
  CallMatcher,
  ConnectorFailure,
  RecordedConnectorCall,
  SimActivity,
  SimConversation,
  TeamsMember,
  TeamsMemberInput,
  WireActivity,
} from './types.ts';

interface ScriptedFailure {
  matcher: CallMatcher;
  failure: ConnectorFailure;
  remaining: number;
}

/** All mutable state behind one connector instance. */
export class ConnectorState {
  readonly conversations = new Map<string, SimConversation>();
  /** Rosters keyed by conversation or team id without `;messageid=`. */
  readonly rosters = new Map<string, Map<string, TeamsMember>>();
  readonly failures: ScriptedFailure[] = [];
  readonly ids: MessageIdClock;

  constructor(
    readonly tenantId: string,
    readonly botId: string,
    readonly now: () => number,
  ) {
    this.ids = new MessageIdClock(now);
  }

  conversation(id: string): SimConversation {
    let conversation = this.conversations.get(id);
    if (!conversation) {
      conversation = { id, activities: [] };
      this.conversations.set(id, conversation);
    }
    return conversation;
  }

  /** Stores a bot-sent activity under `id`, stamping the id (and reply link) the service assigns. */
  record(conversationId: string, id: string, body: WireActivity, replyToId?: string): SimActivity {
    const activity: SimActivity = {
      id,
      conversationId,
      activity: { ...body, id },
      history: [],
      deleted: false,
      createdAt: this.now(),
      ...(replyToId === undefined ? {} : { replyToId }),
    };
    this.conversation(conversationId).activities.push(activity);
    return activity;
  }

  /**
   * Finds `activityId` in the conversation or anywhere in the same channel: Teams accepts a thread
   * id, or the bare channel id, when updating or deleting a message in that channel.
   */
  find(conversationId: string, activityId: string): SimActivity | undefined {
    const exact = this.conversations.get(conversationId)?.activities.find((a) => a.id === activityId);
    if (exact) return exact;
    const base = baseConversationId(conversationId);
    for (const conversation of this.conversations.values()) {
      if (baseConversationId(conversation.id) !== base) continue;
      const found = conversation.activities.find((a) => a.id === activityId);
      if (found) return found;
    }
    return undefined;
  }

  addMember(conversationId: string, input: TeamsMemberInput): TeamsMember {
    const email = input.email ?? `${input.name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@msp.example`;
    const member: TeamsMember = {
      id: input.id ?? newUserId(),
      name: input.name,
      aadObjectId: input.aadObjectId ?? randomUUID(),
      email,
      userPrincipalName: input.userPrincipalName ?? email,
      tenantId: input.tenantId ?? this.tenantId,
      userRole: input.userRole ?? 'user',
      ...(input.givenName === undefined ? {} : { givenName: input.givenName }),
      ...(input.surname === undefined ? {} : { surname: input.surname }),
    };
    const key = baseConversationId(conversationId);
    const roster = this.rosters.get(key) ?? new Map<string, TeamsMember>();
    roster.set(member.id, member);
    this.rosters.set(key, roster);
    return member;
  }

  roster(conversationId: string): Map<string, TeamsMember> | undefined {
    return this.rosters.get(baseConversationId(conversationId));
  }

  /** Teams resolves a member by its `29:` id or by its Entra object id. */
  member(conversationId: string, memberId: string): TeamsMember | undefined {
    const roster = this.roster(conversationId);
    if (!roster) return undefined;
    return roster.get(memberId) ?? [...roster.values()].find((m) => m.aadObjectId === memberId);
  }

  /** Takes the first scripted failure that matches this call, if any. */
  nextFailure(call: RecordedConnectorCall): ConnectorFailure | undefined {
    const index = this.failures.findIndex((f) =>
      typeof f.matcher === 'function' ? f.matcher(call) : f.matcher === call.operation,
    );
    const scripted = this.failures[index];
    if (!scripted) return undefined;
    scripted.remaining -= 1;
    if (scripted.remaining <= 0) this.failures.splice(index, 1);
    return scripted.failure;
  }

  reset(): void {
    this.conversations.clear();
    this.failures.length = 0;
  }
}
