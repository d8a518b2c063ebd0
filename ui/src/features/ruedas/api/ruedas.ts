import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';
import { asFile, saveDownload } from '@/lib/download';

type S = components['schemas'];
export type RuedaSummary = S['RuedaViews.RuedaSummary'];
export type RuedaDetails = S['RuedaViews.RuedaDetails'];
export type RuedaSettings = S['RuedaSettings'];
export type ParticipantView = S['RuedaViews.ParticipantView'];
export type InvitationReport = S['RuedaViews.InvitationReport'];
export type Invitation = S['ParticipantDraft.Invitation'];
export type ParticipantChange = S['ParticipantDraft.Change'];
export type RequestView = S['RuedaViews.RequestView'];
export type Recommendation = S['RecommendingCounterparts.Recommendation'];
export type AgendaBoard = S['AgendaBoard'];
export type BoardMeeting = S['AgendaBoard.Meeting'];
export type BoardParticipant = S['AgendaBoard.Participant'];
export type MeetingChange = S['AgendaBoard.MeetingChange'];
export type PlacementCheck = S['AgendaBoard.Check'];
export type AgendaFigures = S['RuedaViews.AgendaFigures'];
export type SlotView = S['RuedaViews.SlotView'];
export type TableView = S['RuedaViews.TableView'];
export type ParticipantAgenda = S['CarryingAgendas.ParticipantAgenda'];
export type AgendaMeeting = S['CarryingAgendas.AgendaMeeting'];

/** The If-Match header for an optimistic-locking version (the API answers 412 when someone changed it since). */
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

const keys = {
  all: ['ruedas'] as const,
  one: (id: string) => ['ruedas', id] as const,
  participants: (id: string) => ['ruedas', id, 'participants'] as const,
  requests: (id: string) => ['ruedas', id, 'requests'] as const,
  recommendations: (id: string) => ['ruedas', id, 'recommendations'] as const,
  board: (id: string) => ['ruedas', id, 'agenda'] as const,
  agenda: (id: string, org: string) => ['ruedas', id, 'agenda', org] as const,
};

export function useRuedas() {
  return useQuery({
    queryKey: keys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ruedas', { signal })),
  });
}

export function useRueda(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ruedas/{id}', { params: { path: { id } }, signal })),
  });
}

/** Every answer that changes a rueda returns it whole: keep it, and let the lists refetch. */
function useKeepRueda() {
  const client = useQueryClient();
  return (rueda: RuedaDetails) => {
    client.setQueryData(keys.one(rueda.id), rueda);
    void client.invalidateQueries({ queryKey: keys.all, exact: true });
  };
}

export function useCreateRueda() {
  const keep = useKeepRueda();
  return useMutation({
    mutationFn: (settings: RuedaSettings) => unwrap(api.POST('/api/v1/ruedas', { body: { settings } })),
    onSuccess: keep,
  });
}

export function useUpdateRueda(id: string) {
  const keep = useKeepRueda();
  return useMutation({
    mutationFn: ({ settings, version }: { settings: RuedaSettings; version: number }) =>
      unwrap(api.PUT('/api/v1/ruedas/{id}', { params: { path: { id }, header: ifMatch(version) }, body: settings })),
    onSuccess: keep,
  });
}

export function useChangeStatus(id: string) {
  const keep = useKeepRueda();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ status, version }: { status: string; version: number }) =>
      unwrap(
        api.POST('/api/v1/ruedas/{id}/status', { params: { path: { id }, header: ifMatch(version) }, body: { status } }),
      ),
    onSuccess: (rueda) => {
      keep(rueda);
      void client.invalidateQueries({ queryKey: keys.board(id) });
    },
  });
}

export function useParticipants(id: string, enabled = true) {
  return useQuery({
    queryKey: keys.participants(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ruedas/{id}/participants', { params: { path: { id } }, signal })),
    enabled,
  });
}

/** After a change to who takes part, the rueda's counts and the participant list are stale. */
function useRefreshParticipants(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.participants(id) });
    void client.invalidateQueries({ queryKey: keys.one(id), exact: true });
    void client.invalidateQueries({ queryKey: keys.all, exact: true });
  };
}

/** An organizer invites (or approves) a firm by NIT; a firm applies itself with an empty body. */
export function useAddParticipant(id: string) {
  const refresh = useRefreshParticipants(id);
  return useMutation({
    mutationFn: (invitation: Invitation) =>
      unwrap(api.POST('/api/v1/ruedas/{id}/participants', { params: { path: { id } }, body: invitation })),
    onSuccess: refresh,
  });
}

export function useInviteMany(id: string) {
  const refresh = useRefreshParticipants(id);
  return useMutation({
    mutationFn: ({ nits, approve }: { nits: string[]; approve: boolean }) =>
      unwrap(api.POST('/api/v1/ruedas/{id}/participants/bulk', { params: { path: { id } }, body: { nits, approve } })),
    onSuccess: refresh,
  });
}

export function useChangeParticipant(id: string) {
  const refresh = useRefreshParticipants(id);
  return useMutation({
    // A firm accepting its invitation does not hold the participation's version; the organizer's table does.
    mutationFn: ({ organizationId, version, change }: { organizationId: string; version?: number; change: ParticipantChange }) =>
      unwrap(
        api.PATCH('/api/v1/ruedas/{id}/participants/{organizationId}', {
          params: { path: { id, organizationId }, header: version === undefined ? {} : ifMatch(version) },
          body: change,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRecommendations(id: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.recommendations(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ruedas/{id}/recommendations', { params: { path: { id } }, signal })),
    enabled,
  });
}

export function useRequests(id: string) {
  return useQuery({
    queryKey: keys.requests(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ruedas/{id}/requests', { params: { path: { id } }, signal })),
  });
}

function useRefreshRequests(id: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: keys.requests(id) });
    void client.invalidateQueries({ queryKey: keys.recommendations(id) });
  };
}

export function useRequestMeeting(id: string) {
  const refresh = useRefreshRequests(id);
  return useMutation({
    mutationFn: ({ counterpartId, note }: { counterpartId: string; note: string }) =>
      unwrap(
        api.POST('/api/v1/ruedas/{id}/requests', {
          params: { path: { id } },
          body: { counterpartId, note: note.trim() === '' ? null : note.trim() },
        }),
      ),
    onSuccess: refresh,
  });
}

/** An organizer's request between two participants: accepted at once, optionally mandatory for the scheduler. */
export function useOrganizerRequest(id: string) {
  const refresh = useRefreshRequests(id);
  return useMutation({
    mutationFn: (body: { requesterId: string; counterpartId: string; mandatory: boolean }) =>
      unwrap(api.POST('/api/v1/ruedas/{id}/requests', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export type RequestAction = 'accept' | 'decline' | 'withdraw';

export function useAnswerRequest(id: string) {
  const refresh = useRefreshRequests(id);
  return useMutation({
    mutationFn: ({ request, action }: { request: RequestView; action: RequestAction }) =>
      unwrap(
        api.POST('/api/v1/ruedas/{id}/requests/{requestId}/{action}', {
          params: { path: { id, requestId: request.id, action }, header: ifMatch(request.version) },
        }),
      ),
    onSuccess: refresh,
  });
}

export function useBoard(id: string) {
  return useQuery({
    queryKey: keys.board(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/ruedas/{id}/agenda', { params: { path: { id } }, signal })),
  });
}

/** Every board change answers the new board: keep it, so the grid redraws without another round trip. */
function useKeepBoard(id: string) {
  const client = useQueryClient();
  return (board: AgendaBoard) => {
    client.setQueryData(keys.board(id), board);
    void client.invalidateQueries({ queryKey: keys.one(id), exact: true });
  };
}

/** If-Match carries the rueda's version (the board's `version`), as the API asks for a (re-)generation. */
export function useGenerateAgenda(id: string) {
  const keep = useKeepBoard(id);
  return useMutation({
    mutationFn: (version: number) =>
      unwrap(
        api.POST('/api/v1/ruedas/{id}/agenda/generate', {
          params: { path: { id }, header: ifMatch(version) },
          body: {},
        }),
      ),
    onSuccess: keep,
  });
}

export function useChangeMeeting(id: string) {
  const keep = useKeepBoard(id);
  return useMutation({
    mutationFn: ({ meeting, change }: { meeting: BoardMeeting; change: MeetingChange }) =>
      unwrap(
        api.PATCH('/api/v1/ruedas/{id}/meetings/{meetingId}', {
          params: { path: { id, meetingId: meeting.id }, header: ifMatch(meeting.version) },
          body: change,
        }),
      ),
    onSuccess: keep,
  });
}

export function useCancelMeeting(id: string) {
  const keep = useKeepBoard(id);
  return useMutation({
    mutationFn: (meeting: BoardMeeting) =>
      unwrap(
        api.POST('/api/v1/ruedas/{id}/meetings/{meetingId}/cancel', {
          params: { path: { id, meetingId: meeting.id }, header: ifMatch(meeting.version) },
        }),
      ),
    onSuccess: keep,
  });
}

/** The organizer adds a meeting by hand (a walk-in, a late wish): locked so a re-run keeps it. */
export function useAddMeeting(id: string) {
  const keep = useKeepBoard(id);
  return useMutation({
    mutationFn: (meeting: { a: string; b: string; slot: string; table: string }) =>
      unwrap(api.POST('/api/v1/ruedas/{id}/meetings', { params: { path: { id } }, body: { ...meeting, locked: true } })),
    onSuccess: keep,
  });
}

/** The server's check of a new meeting between two participants at a slot and table. */
export function checkNewMeeting(id: string, meeting: { a: string; b: string; slot: string; table: string }) {
  return unwrap(api.POST('/api/v1/ruedas/{id}/agenda/check', { params: { path: { id } }, body: meeting }));
}

/** The server's own check of a move (it also knows the request's session and the caps). */
export function checkMove(id: string, meetingId: string, slot: string, table: string) {
  return unwrap(
    api.POST('/api/v1/ruedas/{id}/meetings/{meetingId}/check', {
      params: { path: { id, meetingId } },
      body: { slot, table },
    }),
  );
}

export function useParticipantAgenda(id: string, organizationId: string | null) {
  return useQuery({
    queryKey: keys.agenda(id, organizationId ?? ''),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/ruedas/{id}/participants/{organizationId}/agenda', {
          params: { path: { id, organizationId: organizationId! } },
          signal,
        }),
      ),
    enabled: organizationId !== null,
  });
}

export type RuedaFile = 'csv' | 'xlsx' | 'tables' | 'pdf' | 'ics';

/** Downloads one of the rueda's documents with the session's token. `organizationId` for a participant's agenda. */
export function useRuedaDownload(id: string, organizationId?: string) {
  return useMutation({
    mutationFn: (file: RuedaFile) => {
      const path = { params: { path: { id } }, ...asFile };
      const own = { params: { path: { id, organizationId: organizationId ?? '' } }, ...asFile };
      switch (file) {
        case 'csv':
          return saveDownload(api.GET('/api/v1/ruedas/{id}/agenda.csv', path), 'agenda.csv');
        case 'xlsx':
          return saveDownload(api.GET('/api/v1/ruedas/{id}/agenda.xlsx', path), 'agenda.xlsx');
        case 'tables':
          return saveDownload(api.GET('/api/v1/ruedas/{id}/tables.pdf', path), 'mesas.pdf');
        case 'pdf':
          return saveDownload(api.GET('/api/v1/ruedas/{id}/participants/{organizationId}/agenda.pdf', own), 'agenda.pdf');
        case 'ics':
          return saveDownload(api.GET('/api/v1/ruedas/{id}/participants/{organizationId}/agenda.ics', own), 'agenda.ics');
      }
    },
  });
}
