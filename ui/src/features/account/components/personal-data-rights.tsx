import { useState } from 'react';
import { errorText } from '@/components/form/error-text';
import { FormActions, FormAlert, FormStatus } from '@/components/form/form-messages';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { messages } from '@/i18n/es-CO';
import { useDownloadPersonalData, useErasePersonalData } from '../api/account';

const t = messages.accounts.account;

type PersonalDataRightsProps = {
  /** Called once the server has anonymised the person: the session is over. */
  onErased: () => void;
};

/** Ley 1581 de 2012: download everything about oneself, or have it erased (anonymised). */
export function PersonalDataRights({ onErased }: PersonalDataRightsProps) {
  const download = useDownloadPersonalData();
  const erase = useErasePersonalData();
  const [confirming, setConfirming] = useState(false);

  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t.dataHeading}</h2>
      <p>{t.dataLead}</p>
      {download.isSuccess ? (
        <FormStatus>
          <p>{t.downloaded(download.data)}</p>
        </FormStatus>
      ) : null}
      {download.isError ? (
        <FormAlert>
          <p>{t.downloadError}</p>
          <p>{errorText(download.error)}</p>
        </FormAlert>
      ) : null}
      <FormActions>
        <button
          type="button"
          className="button"
          onClick={() => download.mutate()}
          disabled={download.isPending}
        >
          {download.isPending ? t.downloading : t.download}
        </button>
        <button
          type="button"
          className="button button-danger"
          onClick={() => {
            erase.reset();
            setConfirming(true);
          }}
        >
          {t.erase}
        </button>
      </FormActions>
      {confirming ? (
        <ConfirmDialog
          title={t.eraseTitle}
          confirmLabel={t.eraseConfirm}
          pendingLabel={t.erasing}
          pending={erase.isPending}
          error={erase.isError ? `${t.eraseError} ${errorText(erase.error)}` : undefined}
          destructive
          onConfirm={() => erase.mutate(undefined, { onSuccess: onErased })}
          onCancel={() => setConfirming(false)}
        >
          <p>{t.eraseRemoved}</p>
          <p>{t.eraseKept}</p>
          <p>{t.eraseContact}</p>
          <p>
            <strong>{t.eraseFinal}</strong>
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
