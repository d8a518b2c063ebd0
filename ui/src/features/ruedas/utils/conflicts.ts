import { messages } from '@/i18n/es-CO';
import type { AgendaBoard, BoardMeeting } from '../api/ruedas';

const c = messages.ruedas.agenda.conflict;

/**
 * Why a meeting cannot go to a slot and table, read from the board the organizer is looking at, before the drop:
 * the same rules the server applies (SchedulingAgenda.conflicts) that the board carries — either party busy in
 * that slot, the table taken, someone else's own table, a party that must use its own table, a session the party
 * does not attend, a slot it marked unavailable. Empty when the move is possible. The server checks again.
 */
export function moveConflicts(board: AgendaBoard, meeting: BoardMeeting, slotCode: string, tableCode: string): string[] {
  const out: string[] = [];
  const slot = board.slots.find((s) => s.code === slotCode);
  const table = board.tables.find((t) => t.code === tableCode);
  if (!slot || !table) return out;
  const people = [meeting.a, meeting.b]
    .map((id) => board.participants.find((p) => p.id === id))
    .filter((p) => p !== undefined);

  if (table.ownerId != null && table.ownerId !== meeting.a && table.ownerId !== meeting.b) {
    out.push(c.ownTable(table.name, table.ownerName ?? ''));
  }
  for (const p of people) {
    const own = board.tables.find((t) => t.ownerId === p.id);
    if (own && own.code !== table.code) out.push(c.mustUseOwnTable(p.name, own.name));
    if (p.sessions.length > 0 && !p.sessions.includes(slot.sessionCode)) out.push(c.session(p.name, slot.sessionCode));
    if (p.unavailableSlots.includes(slot.code)) out.push(c.unavailable(p.name, slot.code));
  }
  for (const other of board.meetings) {
    if (other.id === meeting.id || other.status !== 'SCHEDULED' || other.slot !== slot.code) continue;
    for (const p of people) {
      if (other.a === p.id || other.b === p.id) {
        out.push(c.busy(p.name, slot.code, other.a === p.id ? other.bName : other.aName, other.table));
      }
    }
    if (other.table === table.code) out.push(c.tableTaken(table.name, slot.code));
  }
  return out;
}

/** The live meeting in a cell, if any. */
export function meetingAt(board: AgendaBoard, slotCode: string, tableCode: string): BoardMeeting | undefined {
  return board.meetings.find((m) => m.status === 'SCHEDULED' && m.slot === slotCode && m.table === tableCode);
}
