import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { errorText } from '@/components/form/error-text';
import { FormAlert } from '@/components/form/form-messages';
import { messages } from '@/i18n/es-CO';
import { formatDateTime } from '@/utils/format-date';
import { formatInteger } from '@/utils/format';
import { useMatches, useRequirement, type MatchResult, type SupplierMatch } from '../api/shortlist';
import { formatPercent } from '../utils/format';
import { FactorBars } from './factor-bars';
import { InviteDialog } from './invite-dialog';
import styles from './shortlist.module.css';

const t = messages.shortlist;

type Tab = 'eligible' | 'nearMisses';
const TAB_PARAM: Record<Tab, string> = { eligible: 'elegibles', nearMisses: 'casi-elegibles' };

/**
 * A requirement's explained shortlist: the eligible suppliers in order and those almost eligible with what they
 * lack, each with its score, the five factors and the reasons in Spanish. The tab lives in the address.
 */
/** Draws the invitation dialog for a supplier; the app passes the ruedas' one to organizers. */
export type InviteRenderer = (supplier: { nit: string; name: string }, close: () => void) => ReactNode;

export function Shortlist({ requirementId, renderInvite }: { requirementId: string; renderInvite?: InviteRenderer }) {
  const matches = useMatches(requirementId);
  const requirement = useRequirement(requirementId);

  return (
    <>
      <RequirementHeading requirement={requirement.data} result={matches.data} />
      {matches.isPending ? (
        <p role="status">{t.loading}</p>
      ) : matches.isError ? (
        <FormAlert>
          <p className={styles.alertTitle}>{t.error}</p>
          <p>{errorText(matches.error)}</p>
          <button type="button" className="button" onClick={() => void matches.refetch()}>
            {messages.formControls.retry}
          </button>
        </FormAlert>
      ) : (
        <ShortlistTabs result={matches.data} renderInvite={renderInvite} />
      )}
    </>
  );
}

function RequirementHeading({
  requirement,
  result,
}: {
  requirement: ReturnType<typeof useRequirement>['data'];
  result: MatchResult | undefined;
}) {
  if (!requirement && !result) return null;
  return (
    <div className={styles.requirement}>
      {requirement ? (
        <>
          <p className={styles.requirementTitle}>{requirement.title}</p>
          <p className={styles.requirementMeta}>
            {t.requirementMeta(requirement.anchor.name, requirement.externalId)}
          </p>
        </>
      ) : result ? (
        <p className={styles.requirementMeta}>{t.requirementMeta(result.anchorNit, result.externalId)}</p>
      ) : null}
      {result ? (
        <p className={styles.generated}>
          {t.generated(formatInteger(result.candidates), formatDateTime(result.generatedAt))}
        </p>
      ) : null}
    </div>
  );
}

function ShortlistTabs({ result, renderInvite }: { result: MatchResult; renderInvite?: InviteRenderer }) {
  const id = useId();
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('pestana') === TAB_PARAM.nearMisses ? 'nearMisses' : 'eligible';
  const tabs: { key: Tab; label: string; items: SupplierMatch[] }[] = [
    { key: 'eligible', label: t.tabs.eligible(result.matches.length), items: result.matches },
    { key: 'nearMisses', label: t.tabs.nearMisses(result.nearMisses.length), items: result.nearMisses },
  ];
  const refs = useRef<Record<Tab, HTMLButtonElement | null>>({ eligible: null, nearMisses: null });
  const [inviting, setInviting] = useState<SupplierMatch | null>(null);

  function select(next: Tab, focus = false) {
    const out = new URLSearchParams(params);
    if (next === 'eligible') out.delete('pestana');
    else out.set('pestana', TAB_PARAM[next]);
    // Switching tabs is not a new page: Back leaves the shortlist rather than flipping tabs.
    setParams(out, { replace: true });
    if (focus) refs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const order: Tab[] = ['eligible', 'nearMisses'];
    const index = order.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? order[(index + 1) % order.length]
        : event.key === 'ArrowLeft'
          ? order[(index + order.length - 1) % order.length]
          : event.key === 'Home'
            ? order[0]
            : event.key === 'End'
              ? order[order.length - 1]
              : undefined;
    if (next) {
      event.preventDefault();
      select(next, true);
    }
  }

  const current = tabs.find((x) => x.key === tab)!;
  return (
    <>
      <div role="tablist" aria-label={t.tabs.label} className={styles.tablist}>
        {tabs.map((x) => (
          <button
            key={x.key}
            ref={(el) => {
              refs.current[x.key] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${x.key}`}
            aria-selected={x.key === tab}
            aria-controls={`${id}-panel`}
            tabIndex={x.key === tab ? 0 : -1}
            className={styles.tab}
            onClick={() => select(x.key)}
            onKeyDown={onKeyDown}
          >
            {x.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} tabIndex={0} className={styles.panel}>
        <p className={styles.panelLead}>{tab === 'eligible' ? t.eligibleLead : t.nearMissesLead}</p>
        {current.items.length === 0 ? (
          <p className={styles.empty}>{tab === 'eligible' ? t.noEligible : t.noNearMisses}</p>
        ) : (
          <ol className={styles.cards}>
            {current.items.map((match) => (
              <li key={match.nit}>
                <MatchCard match={match} onInvite={() => setInviting(match)}
                  inviteLabel={renderInvite ? messages.ruedas.invite.action : undefined} />
              </li>
            ))}
          </ol>
        )}
      </div>
      {inviting ? (
        renderInvite ? (
          renderInvite({ nit: inviting.nit, name: inviting.name }, () => setInviting(null))
        ) : (
          <InviteDialog supplierName={inviting.name} onClose={() => setInviting(null)} />
        )
      ) : null}
    </>
  );
}

function MatchCard({ match, onInvite, inviteLabel }: { match: SupplierMatch; onInvite: () => void; inviteLabel?: string }) {
  const id = useId();
  return (
    <article className={styles.card} aria-labelledby={`${id}-name`}>
      <div className={styles.cardHead}>
        <p className={styles.rank}>{t.rank(match.rank)}</p>
        <div className={styles.who}>
          <h3 id={`${id}-name`} className={styles.name}>
            {match.name}
          </h3>
          <p className={styles.nit}>{t.nit(match.nit)}</p>
        </div>
        <p className={styles.score}>
          <span className={styles.scoreLabel}>{t.score}</span>
          <span className={styles.scoreValue}>{formatPercent(match.score)}</span>
        </p>
      </div>
      <FactorBars factors={match.factors} />
      {match.reasons.length > 0 ? (
        <>
          <h4 className={styles.listHeading}>{t.reasons}</h4>
          <ul className={styles.reasons}>
            {match.reasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {match.gaps.length > 0 ? (
        <div className={styles.gaps}>
          <h4 className={styles.listHeading}>{t.gaps}</h4>
          <ul>
            {match.gaps.map((gap, index) => (
              <li key={index}>{gap}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className={styles.actions}>
        <button type="button" className="button button-secondary" onClick={onInvite} aria-describedby={`${id}-name`}>
          {inviteLabel ?? t.invite}
        </button>
      </p>
    </article>
  );
}
