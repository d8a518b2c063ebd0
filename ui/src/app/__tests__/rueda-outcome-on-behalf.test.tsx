import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const t = messages.ruedaDay;
const firstLoad = { timeout: 5000 };
const RUEDA = '20000000-0000-4000-8000-000000000001';
const MEETING = '30000000-0000-4000-8000-000000000001';
const ANCHOR = '40000000-0000-4000-8000-000000000001';
const SUPPLIER = '40000000-0000-4000-8000-000000000002';

const meeting = {
  id: MEETING, slot: 's01', startsAt: '2026-12-03T13:00:00Z', table: 'M01', status: 'HELD',
  a: { organizationId: ANCHOR, name: 'Puerto Multimodal del Caribe S.A.', present: true },
  b: { organizationId: SUPPLIER, name: 'Lácteos del Valle', present: true },
};

function ruedaApi(me: object) {
  return fakeApi({
    'GET /api/v1/me': () => jsonResponse(me),
    [`GET /api/v1/ruedas/${RUEDA}/live`]: () =>
      jsonResponse({ ruedaId: RUEDA, status: 'IN_PROGRESS', participants: 2, checkedIn: 2, absent: 0, meetings: [meeting] }),
    [`GET /api/v1/ruedas/${RUEDA}/participants/${SUPPLIER}/agenda`]: () =>
      jsonResponse({
        ruedaId: RUEDA, ruedaName: 'Rueda Caribe', ruedaStatus: 'IN_PROGRESS', timezone: 'America/Bogota',
        organizationId: SUPPLIER, name: 'Lácteos del Valle', role: 'SUPPLIER', published: true,
        meetings: [{
          id: MEETING, uid: 'u', sequence: 0, slot: 's01', startsAt: '2026-12-03T13:00:00Z', endsAt: '2026-12-03T13:20:00Z',
          tableCode: 'M01', tableName: 'Mesa 1', status: 'HELD', updatedAt: '2026-12-03T13:21:00Z',
          counterpart: { organizationId: ANCHOR, name: 'Puerto Multimodal del Caribe S.A.', role: 'ANCHOR' },
        }],
      }),
    [`GET /api/v1/ruedas/${RUEDA}/follow-up`]: () =>
      jsonResponse({
        ruedaId: RUEDA, today: '2026-12-20', overdue: 0,
        items: [{ meetingId: MEETING, organizationId: SUPPLIER, name: 'Lácteos del Valle',
          counterpartName: 'Puerto Multimodal del Caribe S.A.', expectedValueCop: 0, state: 'AWAITING_OUTCOME',
          daysOverdue: 0, openTasks: [30] }],
      }),
    [`GET /api/v1/ruedas/${RUEDA}/meetings/${MEETING}/outcome`]: () => jsonResponse([]),
    [`PUT /api/v1/ruedas/${RUEDA}/meetings/${MEETING}/outcome`]: async (request) => {
      const body = await request.json();
      // the side reported: the one named by staff, else the caller's own organization (as the server does)
      return jsonResponse([{ meetingId: MEETING, organizationId: body.organizationId ?? SUPPLIER, interest: body.interest,
        expectedValueCop: body.expectedValueCop, recordedAt: '2026-12-03T13:30:00Z' }]);
    },
  });
}

describe('an organizer records an outcome for a firm', () => {
  it('goes from a held meeting on the live board to that side\'s form, and the report is saved under that side', async () => {
    const api = ruedaApi(people.organizer);
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp(`/ruedas/${RUEDA}/en-vivo`);

    await user.click(await screen.findByRole('link',
      { name: t.live.outcomeForLabel('Lácteos del Valle', 'Puerto Multimodal del Caribe S.A.') }, firstLoad));
    await waitFor(() => expect(router.state.location.search).toBe(`?parte=${SUPPLIER}`));
    expect(await screen.findByText(/^Resultado de Lácteos del Valle · cita con Puerto Multimodal del Caribe S\.A\./, {}, firstLoad))
      .toBeInTheDocument();
    expect(screen.getByRole('link', { name: t.backToRueda })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: new RegExp(String(t.outcome.interests.NEGOTIATION_STARTED)) }));
    await user.click(screen.getByRole('button', { name: t.outcome.save }));

    expect(await screen.findByText(t.outcome.saved)).toBeInTheDocument();
    const put = api.received.find((r) => r.call.startsWith('PUT '));
    expect(put?.body).toMatchObject({ organizationId: SUPPLIER, interest: 'NEGOTIATION_STARTED' });
  });

  it('after the day, the follow-up board leads to the form of a side still awaiting its outcome', async () => {
    ruedaApi(people.organizer);
    signedIn();
    const user = userEvent.setup();
    const { router } = renderApp(`/ruedas/${RUEDA}/seguimiento`);

    const link = await screen.findByRole('link',
      { name: t.followUp.recordLabel('Lácteos del Valle', 'Puerto Multimodal del Caribe S.A.') }, firstLoad);
    expect(link).toHaveTextContent(t.followUp.record);
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/ruedas/${RUEDA}/citas/${MEETING}/resultado`));
    expect(router.state.location.search).toBe(`?parte=${SUPPLIER}`);
    expect(await screen.findByText(/^Resultado de Lácteos del Valle · cita con Puerto/, {}, firstLoad)).toBeInTheDocument();
  });

  it('a firm that opens a link naming another side still reports only its own', async () => {
    const api = ruedaApi({ ...people.supplierOwner, organizationId: SUPPLIER });
    signedIn();
    const user = userEvent.setup();
    renderApp(`/ruedas/${RUEDA}/citas/${MEETING}/resultado?parte=${ANCHOR}`);

    expect(await screen.findByText(/^Cita con Puerto Multimodal del Caribe S\.A\./, {}, firstLoad)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: t.outcome.backToAgenda })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: new RegExp(String(t.outcome.interests.EXPLORING)) }));
    await user.click(screen.getByRole('button', { name: t.outcome.save }));

    expect(await screen.findByText(t.outcome.saved)).toBeInTheDocument();
    const put = api.received.find((r) => r.call.startsWith('PUT '));
    expect(put?.body).not.toHaveProperty('organizationId');
    expect(api.calls()).not.toContain(`GET /api/v1/ruedas/${RUEDA}/participants/${ANCHOR}/agenda`);
  });
});
