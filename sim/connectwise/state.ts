/**
 * In-memory records of the ConnectWise simulator: seed helpers, reference builders (with the
 * `_info` hrefs ConnectWise puts on references) and the clock that stamps `_info.lastUpdated`.
 */
import type {
  CompanySeed,
  CwBoard,
  CwCompany,
  CwMember,
  CwReference,
  CwState,
  CwStatus,
  CwTicket,
  MemberSeed,
  StatusSeed,
  TicketSeed,
} from './types.ts';

/** ConnectWise timestamps: ISO 8601 in UTC with whole seconds (`2026-01-01T09:30:00Z`). */
export function cwDate(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/** Finds a record by numeric id, or by name/identifier (case-insensitive) when given a string. */
function lookup<T extends { id: number; name?: string; identifier?: string }>(
  records: T[],
  key: string | number,
): T | undefined {
  if (typeof key === 'number') return records.find((r) => r.id === key);
  const lower = key.toLowerCase();
  return records.find((r) => (r.identifier ?? r.name)?.toLowerCase() === lower);
}

export class SimStore {
  readonly data: CwState = {
    tickets: [],
    notes: [],
    boards: [],
    statuses: [],
    members: [],
    timeEntries: [],
    companies: [],
  };
  private nextId: Record<keyof CwState, number>;

  constructor(
    /** API base URL (hrefs in `_info`). */
    readonly baseUrl: string,
    readonly apiMember: string,
    private readonly clock: () => number,
    private readonly firstTicketId = 1,
  ) {
    this.nextId = this.freshIds();
  }

  private freshIds(): Record<keyof CwState, number> {
    return {
      tickets: this.firstTicketId,
      notes: 1,
      boards: 1,
      statuses: 1,
      members: 1,
      timeEntries: 1,
      companies: 1,
    };
  }

  now(): string {
    return cwDate(this.clock());
  }

  id(kind: keyof CwState): number {
    const id = this.nextId[kind];
    this.nextId[kind] = id + 1;
    return id;
  }

  clear(): void {
    for (const list of Object.values(this.data) as unknown[][]) list.length = 0;
    this.nextId = this.freshIds();
  }

  /** The default seed: a board with a typical status workflow, a company and a technician. */
  seedDefaults(): void {
    this.addBoard('Service Desk', [
      'New',
      'In Progress',
      'Waiting on Client',
      { name: 'Resolved', closedStatus: false },
      { name: 'Closed', closedStatus: true },
    ]);
    this.addCompany({ identifier: 'AcmeCorp', name: 'Acme Corporation' });
    this.addMember({
      identifier: 'jsmith',
      email: 'jsmith@msp.example',
      firstName: 'Jane',
      lastName: 'Smith',
    });
  }

  // ---- references -----------------------------------------------------------------------------

  boardRef(board: CwBoard): CwReference {
    return {
      id: board.id,
      name: board.name,
      _info: { board_href: `${this.baseUrl}/service/boards/${board.id}` },
    };
  }

  statusRef(status: CwStatus): CwReference {
    const href = `${this.baseUrl}/service/boards/${status.boardId}/statuses/${status.id}`;
    return { id: status.id, name: status.name, _info: { status_href: href } };
  }

  companyRef(company: CwCompany): CwReference {
    const href = `${this.baseUrl}/company/companies/${company.id}`;
    return {
      id: company.id,
      identifier: company.identifier,
      name: company.name,
      _info: { company_href: href },
    };
  }

  memberRef(member: CwMember): CwReference {
    const href = `${this.baseUrl}/system/members/${member.id}`;
    const name = `${member.firstName} ${member.lastName}`;
    return { id: member.id, identifier: member.identifier, name, _info: { member_href: href } };
  }

  // ---- lookups ----------------------------------------------------------------------------------

  board(key: string | number): CwBoard | undefined {
    return lookup(this.data.boards, key);
  }

  statusesOf(boardId: number): CwStatus[] {
    return this.data.statuses.filter((s) => s.boardId === boardId);
  }

  status(boardId: number, key: string | number): CwStatus | undefined {
    return lookup(this.statusesOf(boardId), key);
  }

  defaultStatus(boardId: number): CwStatus | undefined {
    const statuses = this.statusesOf(boardId);
    return statuses.find((s) => s.defaultFlag) ?? statuses[0];
  }

  company(key: string | number): CwCompany | undefined {
    return lookup(this.data.companies, key);
  }

  member(key: string | number): CwMember | undefined {
    return lookup(this.data.members, key);
  }

  ticket(id: number): CwTicket | undefined {
    return this.data.tickets.find((t) => t.id === id);
  }

  // ---- seed helpers -----------------------------------------------------------------------------

  addBoard(name: string, statuses: StatusSeed[]): { board: CwBoard; statuses: CwStatus[] } {
    const stamp = { lastUpdated: this.now(), updatedBy: this.apiMember };
    const board: CwBoard = {
      id: this.id('boards'),
      name,
      locationId: 1,
      businessUnitId: 10,
      inactiveFlag: false,
      projectFlag: false,
      _info: stamp,
    };
    this.data.boards.push(board);
    const seeds = statuses.map((s) => (typeof s === 'string' ? { name: s } : s));
    const explicitDefault = seeds.some((s) => s.defaultFlag);
    const created = seeds.map((seed, index): CwStatus => {
      const closed = seed.closedStatus ?? /closed/i.test(seed.name);
      return {
        id: this.id('statuses'),
        name: seed.name,
        boardId: board.id,
        board: this.boardRef(board),
        sortOrder: index,
        displayOnBoard: true,
        inactive: false,
        closedStatus: closed,
        timeEntryNotAllowed: closed,
        defaultFlag: explicitDefault ? seed.defaultFlag === true : index === 0,
        escalationStatus: closed ? 'Resolved' : index === 0 ? 'NotResponded' : 'Responded',
        _info: { ...stamp },
      };
    });
    this.data.statuses.push(...created);
    return { board, statuses: created };
  }

  addMember(seed: MemberSeed): CwMember {
    const member: CwMember = {
      id: this.id('members'),
      identifier: seed.identifier,
      firstName: seed.firstName,
      lastName: seed.lastName,
      primaryEmail: seed.email,
      officeEmail: seed.email,
      inactiveFlag: seed.inactive === true,
      _info: { lastUpdated: this.now(), updatedBy: this.apiMember },
    };
    this.data.members.push(member);
    return member;
  }

  addCompany(seed: CompanySeed): CwCompany {
    const company: CwCompany = {
      id: this.id('companies'),
      identifier: seed.identifier,
      name: seed.name ?? seed.identifier,
      status: { id: 1, name: 'Active' },
      deletedFlag: false,
      _info: { lastUpdated: this.now(), updatedBy: this.apiMember },
    };
    this.data.companies.push(company);
    return company;
  }

  addTicket(seed: TicketSeed): CwTicket {
    const board = seed.board === undefined ? this.data.boards[0] : this.board(seed.board);
    if (!board) throw new Error(`addTicket: no board ${String(seed.board ?? '(none seeded)')}`);
    const status =
      seed.status === undefined ? this.defaultStatus(board.id) : this.status(board.id, seed.status);
    if (!status) throw new Error(`addTicket: no status ${String(seed.status)} on board ${board.name}`);
    const company = seed.company === undefined ? this.data.companies[0] : this.company(seed.company);
    if (!company) throw new Error(`addTicket: no company ${String(seed.company ?? '(none seeded)')}`);
    const owner = seed.owner === undefined ? undefined : this.member(seed.owner);
    if (seed.owner !== undefined && !owner) throw new Error(`addTicket: no member ${String(seed.owner)}`);
    return this.createTicket({
      summary: seed.summary,
      board,
      status,
      company,
      owner,
      extra: {
        ...(seed.contactEmailAddress ? { contactEmailAddress: seed.contactEmailAddress } : {}),
        ...(seed.initialDescription ? { initialDescription: seed.initialDescription } : {}),
      },
      at: seed.at,
    });
  }

  /** Builds and stores a ticket from resolved parts (used by seeding and `POST /service/tickets`). */
  createTicket(parts: {
    summary: string;
    board: CwBoard;
    status: CwStatus;
    company: CwCompany;
    owner?: CwMember | undefined;
    extra?: Record<string, unknown>;
    at?: number | undefined;
  }): CwTicket {
    const id = this.id('tickets');
    const when = parts.at === undefined ? this.now() : cwDate(parts.at);
    const base = `${this.baseUrl}/service/tickets/${id}`;
    const ticket: CwTicket = {
      ...parts.extra,
      id,
      summary: parts.summary,
      recordType: 'ServiceTicket',
      board: this.boardRef(parts.board),
      status: this.statusRef(parts.status),
      company: this.companyRef(parts.company),
      ...(parts.owner ? { owner: this.memberRef(parts.owner) } : {}),
      closedFlag: false,
      dateEntered: when,
      enteredBy: this.apiMember,
      customerUpdatedFlag: false,
      _info: {
        dateEntered: when,
        lastUpdated: when,
        updatedBy: this.apiMember,
        notes_href: `${base}/notes`,
        timeentries_href: `${base}/timeentries`,
      },
    };
    this.applyClosedState(ticket, parts.status);
    this.data.tickets.push(ticket);
    return ticket;
  }

  /** Closed statuses set `closedFlag`/`closedDate`/`closedBy`; reopening clears them. */
  applyClosedState(ticket: CwTicket, status: CwStatus): void {
    if (status.closedStatus && !ticket.closedFlag) {
      ticket.closedFlag = true;
      ticket.closedDate = this.now();
      ticket.closedBy = this.apiMember;
    } else if (!status.closedStatus && ticket.closedFlag) {
      ticket.closedFlag = false;
      delete ticket.closedDate;
      delete ticket.closedBy;
    }
  }

  /** Records a change: bumps `_info.lastUpdated` and `_info.updatedBy`. */
  touch(ticket: CwTicket): void {
    ticket._info.lastUpdated = this.now();
    ticket._info.updatedBy = this.apiMember;
  }
}
