/**
 * Non-service endpoints an integration touches: members (`/system/members`, searched with
 * `conditions=primaryEmail="…"` or `identifier="…"`), companies, time entries and `/system/info`
 * (the cheap authenticated call clients use to "test connection").
 */
import { json, notFound, type Reply, validation } from './http.ts';
import {
  type Ctx,
  countReply,
  isObject,
  listReply,
  type Route,
  recordReply,
  refKeyOf,
  snapshot,
} from './route-kit.ts';
import { cwDate } from './state.ts';
import type { CwTimeEntry } from './types.ts';

const CHARGE_TYPES = new Set(['ServiceTicket', 'ProjectTicket', 'ChargeCode', 'Activity']);
const BILLABLE = new Set(['Billable', 'DoNotBill', 'NoCharge', 'NoDefault']);

function parseTime(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

function createTimeEntry(ctx: Ctx): Reply {
  const { store, body } = ctx;
  const invalid = (code: string, field: string, message: string) =>
    validation('timeEntry', code, field, message);
  if (!isObject(body)) return invalid('InvalidObject', 'timeEntry', 'A time entry object is required');
  const chargeToType = body.chargeToType ?? 'ServiceTicket';
  if (typeof chargeToType !== 'string' || !CHARGE_TYPES.has(chargeToType)) {
    return invalid('InvalidValue', 'chargeToType', `chargeToType ${String(chargeToType)} is not valid`);
  }
  if (typeof body.chargeToId !== 'number')
    return invalid('Required', 'chargeToId', 'The field chargeToId is required.');
  const ticket = chargeToType === 'ServiceTicket' ? store.ticket(body.chargeToId) : undefined;
  if (chargeToType === 'ServiceTicket' && !ticket) {
    return invalid('NotFound', 'chargeToId', `Ticket ${body.chargeToId} not found`);
  }
  const start = parseTime(body.timeStart);
  if (start === undefined) return invalid('Required', 'timeStart', 'The field timeStart is required.');
  const end = body.timeEnd === undefined ? undefined : parseTime(body.timeEnd);
  if (body.timeEnd !== undefined && (end === undefined || end < start)) {
    return invalid('InvalidValue', 'timeEnd', 'timeEnd must be a date after timeStart');
  }
  const memberKey = refKeyOf(body.member);
  const member = memberKey === undefined ? undefined : store.member(memberKey);
  if (!member)
    return invalid(
      memberKey === undefined ? 'Required' : 'NotFound',
      'member/id',
      'A valid member is required.',
    );
  const hours =
    typeof body.actualHours === 'number'
      ? body.actualHours
      : end === undefined
        ? 0
        : (end - start) / 3_600_000;
  const billable = typeof body.billableOption === 'string' && BILLABLE.has(body.billableOption);
  const now = store.now();
  const entry: CwTimeEntry = {
    id: store.id('timeEntries'),
    ...(ticket ? { company: structuredClone(ticket.company) } : {}),
    chargeToId: body.chargeToId,
    chargeToType: chargeToType as CwTimeEntry['chargeToType'],
    member: store.memberRef(member),
    timeStart: cwDate(start),
    ...(end === undefined ? {} : { timeEnd: cwDate(end) }),
    actualHours: Math.round(hours * 100) / 100,
    billableOption: billable ? (body.billableOption as CwTimeEntry['billableOption']) : 'Billable',
    ...(typeof body.notes === 'string' ? { notes: body.notes } : {}),
    addToDetailDescriptionFlag: body.addToDetailDescriptionFlag === true,
    addToInternalAnalysisFlag: body.addToInternalAnalysisFlag === true,
    addToResolutionFlag: body.addToResolutionFlag === true,
    _info: { lastUpdated: now, updatedBy: store.apiMember, dateEntered: now },
  };
  store.data.timeEntries.push(entry);
  if (ticket) store.touch(ticket);
  return json(201, snapshot(entry));
}

export const SYSTEM_ROUTES: Route[] = [
  {
    method: 'GET',
    pattern: /^\/system\/info$/,
    handle: () =>
      json(200, {
        version: 'v2022.1.75633',
        isCloud: true,
        serverTimeZone: 'Eastern Standard Time',
        licenseBits: [],
        cloudRegion: 'NA',
      }),
  },
  { method: 'GET', pattern: /^\/system\/members$/, handle: (ctx) => listReply(ctx, ctx.store.data.members) },
  {
    method: 'GET',
    pattern: /^\/system\/members\/count$/,
    handle: (ctx) => countReply(ctx, ctx.store.data.members),
  },
  {
    method: 'GET',
    pattern: /^\/system\/members\/(\d+)$/,
    handle: (ctx, [id]) => {
      const member = ctx.store.member(Number(id));
      return member ? recordReply(ctx, member) : notFound(`Member ${id} not found`);
    },
  },
  {
    method: 'GET',
    pattern: /^\/company\/companies$/,
    handle: (ctx) => listReply(ctx, ctx.store.data.companies),
  },
  {
    method: 'GET',
    pattern: /^\/company\/companies\/(\d+)$/,
    handle: (ctx, [id]) => {
      const company = ctx.store.company(Number(id));
      return company ? recordReply(ctx, company) : notFound(`Company ${id} not found`);
    },
  },
  {
    method: 'GET',
    pattern: /^\/time\/entries$/,
    handle: (ctx) => listReply(ctx, ctx.store.data.timeEntries),
  },
  { method: 'POST', pattern: /^\/time\/entries$/, handle: createTimeEntry },
];
