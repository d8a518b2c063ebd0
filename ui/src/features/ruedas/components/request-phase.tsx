import { useId, useState } from 'react';
import { errorText } from '@/components/form/error-text';
import { FormAlert, FormStatus } from '@/components/form/form-messages';
import { CheckboxField } from '@/components/form/checkbox-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { messages } from '@/i18n/es-CO';
import { formatDate } from '@/utils/format-date';
import {
  useAnswerRequest,
  useOrganizerRequest,
  useParticipants,
  useRecommendations,
  useRequestMeeting,
  useRequests,
  useRueda,
  type Recommendation,
  type RequestAction,
  type RequestView,
} from '../api/ruedas';
import { formatGapPercent } from '../utils/format';
import styles from './ruedas.module.css';

const t = messages.ruedas.requests;

/**
 * The request phase. A firm sees its recommended counterparts (score, the requirement that relates them, reasons
 * and gaps) and asks for meetings; then answers what it received and may withdraw what it sent. An organizer
 * sees every request.
 */
export function RequestPhase({ ruedaId }: { ruedaId: string }) {
  const rueda = useRueda(ruedaId);
  const manages = rueda.data?.canManage ?? false;
  const open = rueda.data?.status === 'REQUESTS';
  return (
    <>
      {rueda.data ? <h2 className={styles.cardTitle}>{rueda.data.name}</h2> : null}
      {rueda.data && !open && !manages ? <FormStatus>{t.notOpen}</FormStatus> : null}
      {rueda.data && !manages && open ? <Recommendations ruedaId={ruedaId} /> : null}
      {rueda.data && manages && (open || rueda.data.status === 'SCHEDULING') ? <OrganizerRequest ruedaId={ruedaId} /> : null}
      {rueda.data ? <Requests ruedaId={ruedaId} manages={manages} /> : null}
      {rueda.isPending ? <p role="status">{messages.ruedas.detail.loading}</p> : null}
      {rueda.isError ? (
        <FormAlert>
          <p>{errorText(rueda.error)}</p>
        </FormAlert>
      ) : null}
    </>
  );
}

function Recommendations({ ruedaId }: { ruedaId: string }) {
  const recommendations = useRecommendations(ruedaId, true);
  const request = useRequestMeeting(ruedaId);
  return (
    <section aria-labelledby="recommendations-heading">
      <h2 id="recommendations-heading">{t.recommendationsHeading}</h2>
      {request.isError ? (
        <FormAlert>
          <p>{errorText(request.error)}</p>
        </FormAlert>
      ) : null}
      {request.isSuccess ? <FormStatus>{t.requested(request.data.addresseeName)}</FormStatus> : null}
      {recommendations.isPending ? (
        <p role="status">{t.recommendationsLoading}</p>
      ) : recommendations.isError ? (
        <FormAlert>
          <p>{t.recommendationsError}</p>
          <p>{errorText(recommendations.error)}</p>
        </FormAlert>
      ) : recommendations.data.length === 0 ? (
        <p>{t.noRecommendations}</p>
      ) : (
        <ol className={styles.list}>
          {recommendations.data.map((rec) => (
            <li key={rec.organizationId}>
              <RecommendationCard rec={rec} pending={request.isPending && request.variables?.counterpartId === rec.organizationId}
                onRequest={(note) => request.mutate({ counterpartId: rec.organizationId, note })} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RecommendationCard({ rec, pending, onRequest }: {
  rec: Recommendation;
  pending: boolean;
  onRequest: (note: string) => void;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const score = rec.score == null ? null : Math.min(1, Math.max(0, rec.score));
  return (
    <article className={styles.card} aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className={styles.cardTitle}>{rec.name}</h3>
      <p className={styles.meta}>
        {[messages.ruedas.roles[rec.role] ?? rec.role, rec.municipalityName].filter(Boolean).join(' · ')}
      </p>
      {score === null ? (
        <p className={styles.meta}>{t.noScore}</p>
      ) : (
        <p className={styles.meta}>
          <span id={`${id}-score`}>{t.score}</span>{' '}
          <meter className={styles.meter} min={0} max={1} low={0.34} high={0.67} optimum={1} value={score}
            aria-labelledby={`${id}-score`} aria-valuetext={formatGapPercent(score)} />{' '}
          <span>{formatGapPercent(Math.round(score * 100) / 100)}</span>
        </p>
      )}
      {rec.requirementTitle ? <p className={styles.meta}>{t.requirement(rec.requirementTitle)}</p> : null}
      {rec.reasons.length > 0 ? (
        <>
          <h4>{t.reasons}</h4>
          <ul>{rec.reasons.map((x, i) => <li key={i}>{x}</li>)}</ul>
        </>
      ) : null}
      {rec.gaps.length > 0 ? (
        <>
          <h4>{t.gaps}</h4>
          <ul>{rec.gaps.map((x, i) => <li key={i}>{x}</li>)}</ul>
        </>
      ) : null}
      {rec.requestStatus ? (
        <p className={styles.badge}>{t.alreadyRequested(t.status[rec.requestStatus] ?? rec.requestStatus)}</p>
      ) : (
        <>
          <TextField label={t.note} value={note} onChange={setNote} maxLength={280} />
          <button type="button" className="button" disabled={pending} aria-label={t.requestLabel(rec.name)}
            onClick={() => onRequest(note)}>
            {pending ? t.requesting : t.request}
          </button>
        </>
      )}
    </article>
  );
}

function Requests({ ruedaId, manages }: { ruedaId: string; manages: boolean }) {
  const requests = useRequests(ruedaId);
  const answer = useAnswerRequest(ruedaId);
  const act = (request: RequestView, action: RequestAction) => answer.mutate({ request, action });

  if (requests.isPending) return <p role="status">{t.loading}</p>;
  if (requests.isError) {
    return (
      <FormAlert>
        <p>{t.error}</p>
        <p>{errorText(requests.error)}</p>
      </FormAlert>
    );
  }
  const items = requests.data.items;
  const groups = manages
    ? [{ title: t.allHeading, items }]
    : [
        { title: t.received, items: items.filter((q) => q.toMe) },
        { title: t.sent, items: items.filter((q) => !q.toMe) },
      ];
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading">{manages ? t.allHeading : t.mineHeading}</h2>
      {answer.isError ? (
        <FormAlert>
          <p>{errorText(answer.error)}</p>
        </FormAlert>
      ) : null}
      {groups.map((g) => (
        <div key={g.title}>
          {manages ? null : <h3>{g.title}</h3>}
          {g.items.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul className={styles.list}>
              {g.items.map((q) => (
                <li key={q.id} className={styles.card}>
                  <p className={styles.meetingNames}>
                    {manages ? t.between(q.requesterName, q.addresseeName) : q.toMe ? t.from(q.requesterName) : t.to(q.addresseeName)}
                  </p>
                  <p className={styles.meta}>
                    <span className={styles.badge}>{t.status[q.status] ?? q.status}</span>
                    {q.mandatory ? ` · ${t.mandatory}` : null}
                    {q.expiresAt && q.status === 'PENDING' ? ` · ${t.expires(formatDate(q.expiresAt))}` : null}
                  </p>
                  {q.note ? <p>{q.note}</p> : null}
                  {q.status === 'PENDING' ? (
                    <div className={styles.meetingActions}>
                      {q.toMe ? (
                        <>
                          <button type="button" className="button" disabled={answer.isPending} onClick={() => act(q, 'accept')}>
                            {t.accept}
                          </button>
                          <button type="button" className="button button-secondary" disabled={answer.isPending}
                            onClick={() => act(q, 'decline')}>
                            {t.decline}
                          </button>
                        </>
                      ) : q.mine ? (
                        <button type="button" className="button button-secondary" disabled={answer.isPending}
                          onClick={() => act(q, 'withdraw')}>
                          {t.withdraw}
                        </button>
                      ) : null}
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
}

/** An organizer asks for a meeting between any two approved participants (allies too), mandatory if it must happen. */
function OrganizerRequest({ ruedaId }: { ruedaId: string }) {
  const participants = useParticipants(ruedaId);
  const request = useOrganizerRequest(ruedaId);
  const approved = (participants.data?.items ?? []).filter((p) => p.status === 'APPROVED');
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [mandatory, setMandatory] = useState(false);
  const a = first || approved[0]?.organizationId || '';
  const b = second || approved[1]?.organizationId || '';
  if (approved.length < 2) return null;
  const options = approved.map((p) => ({ value: p.organizationId, label: `${p.name} (${messages.ruedas.roles[p.role] ?? p.role})` }));
  const o = t.organizer;
  return (
    <section aria-labelledby="organizer-request-heading" className={styles.sessionBox}>
      <h3 id="organizer-request-heading">{o.heading}</h3>
      <p className={styles.meta}>{o.lead}</p>
      {request.isError ? (
        <FormAlert>
          <p>{errorText(request.error)}</p>
        </FormAlert>
      ) : null}
      {request.isSuccess ? <FormStatus>{o.done}</FormStatus> : null}
      <SelectField label={o.first} value={a} onChange={(v) => { setFirst(v); request.reset(); }} options={options} />
      <SelectField label={o.second} value={b} onChange={(v) => { setSecond(v); request.reset(); }} options={options} />
      <CheckboxField label={o.mandatory} checked={mandatory} onChange={setMandatory} />
      <button type="button" className="button" disabled={request.isPending || a === b}
        onClick={() => request.mutate({ requesterId: a, counterpartId: b, mandatory })}>
        {request.isPending ? o.sending : o.submit}
      </button>
      {a === b ? <p className={styles.meta}>{o.same}</p> : null}
    </section>
  );
}
