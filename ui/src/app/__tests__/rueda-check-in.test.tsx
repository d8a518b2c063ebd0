import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { messages } from '@/i18n/es-CO';
import { fakeApi, people, signedIn } from '@/testing/accounts-api';
import { jsonResponse, problemResponse } from '@/testing/mock-fetch';
import { renderApp } from '@/testing/test-utils';

const t = messages.ruedaDay.checkIn;
const firstLoad = { timeout: 5000 };
const RUEDA = '20000000-0000-4000-8000-000000000002';
const SUPPLIER = '40000000-0000-4000-8000-000000000003';

const attendee = (absent: boolean) => ({
  organizationId: SUPPLIER, name: 'Lácteos del Valle', nit: '900123456-7', role: 'SUPPLIER', checkedIn: true,
  checkedInAt: '2026-12-03T15:40:00Z', absent,
});

function deskApi(answer: (body: { code?: string }) => Response) {
  return fakeApi({
    'GET /api/v1/me': () => jsonResponse(people.organizer),
    [`GET /api/v1/ruedas/${RUEDA}/check-ins`]: () => jsonResponse([]),
    [`POST /api/v1/ruedas/${RUEDA}/check-ins`]: async (request) => answer(await request.json()),
  });
}

/** Opens the desk as the organizer, types a code and sends it: @return the code field */
async function sendCode(code: string) {
  signedIn();
  const user = userEvent.setup();
  renderApp(`/ruedas/${RUEDA}/registro`);
  const field = await screen.findByLabelText(t.codeLabel, {}, firstLoad);
  await user.type(field, code);
  await user.click(screen.getByRole('button', { name: t.submit }));
  return field;
}

describe('the check-in desk', () => {
  it('reads the code from the agenda link as typed, and tells a late arrival that it is no longer absent', async () => {
    const api = deskApi(() => jsonResponse({ attendee: attendee(false), alreadyCheckedIn: false, arrivedAfterAbsence: true }));
    const field = await sendCode('https://encadena.example.co/ruedas/x/mi-agenda?codigo=ab12-cd34-ef');

    const answer = await screen.findByText(/^Llegada registrada: Lácteos del Valle, a las 10:40 a\. m\. Estaba marcado ausente/);
    expect(answer).toHaveTextContent('siguen canceladas');
    expect(api.received.find((r) => r.call.startsWith('POST '))?.body).toEqual({ code: 'AB12CD34EF' });
    await waitFor(() => expect(field).toHaveValue(''));
    expect(field).toHaveFocus();
  });

  it('says the server\'s Spanish reason when the code belongs to nobody, and keeps what was typed', async () => {
    deskApi(() => problemResponse(400, 'No encontramos ese código de llegada en esta rueda.'));
    const field = await sendCode('NOEXISTE');

    expect(await screen.findByText('No encontramos ese código de llegada en esta rueda.')).toBeInTheDocument();
    expect(field).toHaveValue('NOEXISTE');
  });

  it('asks for a code instead of sending an empty one', async () => {
    const api = deskApi(() => jsonResponse({}));
    signedIn();
    const user = userEvent.setup();
    renderApp(`/ruedas/${RUEDA}/registro`);

    await user.click(await screen.findByRole('button', { name: t.submit }, firstLoad));
    expect(await screen.findByText(t.codeRequired)).toBeInTheDocument();
    expect(api.calls().some((c) => c.startsWith('POST '))).toBe(false);
  });
});
