import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

type S = components['schemas'];
export type Attendee = S['CheckingIn.Attendee'];
export type CheckInResult = S['CheckingIn.Result'];
export type LiveBoard = S['CheckingIn.LiveBoard'];
export type LiveMeeting = S['CheckingIn.LiveMeeting'];
export type Marked = S['RunningTheDay.Marked'];
export type Refill = S['RunningTheDay.Refill'];
export type SideOutcome = S['RecordingOutcomes.SideOutcome'];
export type OutcomeReport = S['RecordingOutcomes.Report'];
export type FollowUpBoard = S['FollowingUp.Board'];
export type FollowUpItem = S['FollowingUp.Item'];

/** The live board refreshes itself this often: arrivals keep coming in at the desk. */
export const LIVE_REFRESH_MS = 30_000;

const keys = {
  attendees: (id: string, q: string) => ['ruedas', id, 'check-ins', q] as const,
  allAttendees: (id: string) => ['ruedas', id, 'check-ins'] as const,
  live: (id: string) => ['ruedas', id, 'live'] as const,
  outcome: (id: string, meetingId: string) => ['ruedas', id, 'outcome', meetingId] as const,
  followUp: (id: string) => ['ruedas', id, 'follow-up'] as const,
  agendas: (id: string) => ['ruedas', id, 'agenda'] as const,
};

/** Approved participants matching a name or NIT, with their arrival; the previous list stays while typing. */
export function useAttendees(id: string, q: string) {
  return useQuery({
    queryKey: keys.attendees(id, q),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ruedas/{id}/check-ins', { params: { path: { id }, query: { q: q || null } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function useCheckIn(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { code: string } | { organizationId: string }) =>
      unwrap(api.POST('/api/v1/ruedas/{id}/check-ins', { params: { path: { id } }, body })),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.allAttendees(id) });
      void client.invalidateQueries({ queryKey: keys.live(id) });
    },
  });
}

export function useLiveBoard(id: string) {
  return useQuery({
    queryKey: keys.live(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ruedas/{id}/live', { params: { path: { id } }, signal })),
    refetchInterval: LIVE_REFRESH_MS,
  });
}

/** Marking or re-filling changes the live board, the agenda board and every participant's agenda. */
function useRefreshDay(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.live(id) });
    void client.invalidateQueries({ queryKey: keys.agendas(id) });
    void client.invalidateQueries({ queryKey: keys.followUp(id) });
  };
}

export function useMarkAttendance(id: string) {
  const refresh = useRefreshDay(id);
  return useMutation({
    mutationFn: ({ meetingId, status, absent }: { meetingId: string; status: 'HELD' | 'NO_SHOW'; absent?: string }) =>
      unwrap(
        api.POST('/api/v1/ruedas/{id}/meetings/{meetingId}/attendance', {
          params: { path: { id, meetingId } },
          body: { status, absent: absent ?? null },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRefill(id: string) {
  const refresh = useRefreshDay(id);
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/ruedas/{id}/agenda/refill', { params: { path: { id } }, body: {} })),
    onSuccess: refresh,
  });
}

export function useOutcomes(id: string, meetingId: string, enabled = true) {
  return useQuery({
    queryKey: keys.outcome(id, meetingId),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/ruedas/{id}/meetings/{meetingId}/outcome', { params: { path: { id, meetingId } }, signal }),
      ),
    enabled,
  });
}

/**
 * Saves a firm's outcome. A meeting still "scheduled" after its time is first marked held by the firm (the API
 * records outcomes of held meetings only, and either side may say it was held).
 */
export function useRecordOutcome(id: string, meetingId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ report, markHeld }: { report: OutcomeReport; markHeld: boolean }) => {
      if (markHeld) {
        await unwrap(
          api.POST('/api/v1/ruedas/{id}/meetings/{meetingId}/attendance', {
            params: { path: { id, meetingId } },
            body: { status: 'HELD', absent: null },
          }),
        );
      }
      return unwrap(
        api.PUT('/api/v1/ruedas/{id}/meetings/{meetingId}/outcome', { params: { path: { id, meetingId } }, body: report }),
      );
    },
    onSuccess: (outcomes) => {
      client.setQueryData(keys.outcome(id, meetingId), outcomes);
      void client.invalidateQueries({ queryKey: keys.agendas(id) });
      void client.invalidateQueries({ queryKey: keys.followUp(id) });
    },
  });
}

export function useFollowUp(id: string) {
  return useQuery({
    queryKey: keys.followUp(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ruedas/{id}/follow-up', { params: { path: { id } }, signal })),
  });
}
