import { LoadFailed } from '@/components/form/form-messages';
import { TableScroll } from '@/components/ui/table-scroll';
import { messages } from '@/i18n/es-CO';
import { formatDateTime } from '@/utils/format-date';
import { useConsents } from '../api/account';

const t = messages.accounts.account;

/** Which versions of the personal-data policy the person accepted, when and from where (proof of consent). */
export function ConsentsList() {
  const consents = useConsents();
  return (
    <section aria-labelledby="consents-heading">
      <h2 id="consents-heading">{t.consentsHeading}</h2>
      {consents.isPending ? (
        <p role="status">{t.consentsLoading}</p>
      ) : consents.isError ? (
        <LoadFailed title={t.consentsError} error={consents.error} onRetry={() => void consents.refetch()} />
      ) : consents.data.length === 0 ? (
        <p>{t.consentsEmpty}</p>
      ) : (
        <TableScroll label={t.consentsCaption}>
          <table>
            <caption>{t.consentsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.consentVersion}</th>
                <th scope="col">{t.consentDate}</th>
                <th scope="col">{t.consentIp}</th>
              </tr>
            </thead>
            <tbody>
              {consents.data.map((consent) => (
                <tr key={`${consent.policyVersion}-${consent.consentedAt}`}>
                  <td>{consent.policyVersion}</td>
                  <td>{formatDateTime(consent.consentedAt)}</td>
                  <td>{consent.ipAddress ?? messages.formControls.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
