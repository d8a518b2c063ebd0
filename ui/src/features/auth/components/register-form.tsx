import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CheckboxField } from '@/components/form/checkbox-field';
import { formProblem } from '@/components/form/error-text';
import { FormActions, FormAlert } from '@/components/form/form-messages';
import { RadioCards } from '@/components/form/radio-cards';
import { SelectField } from '@/components/form/select-field';
import { PasswordField, TextField } from '@/components/form/text-field';
import { useFocusFirstError } from '@/components/form/use-focus-first-error';
import { compact, emailShape, newPassword, required } from '@/components/form/validation';
import { paths } from '@/config/paths';
import { messages } from '@/i18n/es-CO';
import { fieldErrors } from '@/lib/api-client';
import { usePrivacyPolicy } from '../api/email-links';
import { ANCHOR_TYPES, useRegister, type OrganizationKind } from '../api/register';
import { PrivacyPolicyText } from './privacy-policy-text';
import styles from './register-form.module.css';

const t = messages.accounts.register;
const f = messages.accounts.fields;

const KIND_OPTIONS = (['SUPPLIER', 'ANCHOR'] as const).map((kind) => ({
  value: kind,
  label: t.kinds[kind].label,
  hint: t.kinds[kind].hint,
}));

const ANCHOR_TYPE_OPTIONS = ANCHOR_TYPES.map((type) => ({ value: type, label: t.anchorTypes[type] }));

type Values = {
  nit: string;
  legalName: string;
  anchorType: string;
  fullName: string;
  email: string;
  password: string;
};
type FieldName = keyof Values | 'kind' | 'acceptedPolicyVersion';

const FORM_FIELDS: readonly FieldName[] = [
  'kind',
  'nit',
  'legalName',
  'anchorType',
  'fullName',
  'email',
  'password',
  'acceptedPolicyVersion',
];

const EMPTY: Values = { nit: '', legalName: '', anchorType: '', fullName: '', email: '', password: '' };

type RegisterFormProps = {
  /** Called with the address the confirmation link went to and the server's sentence. */
  onRegistered: (email: string, message: string) => void;
};

/**
 * Self-registration of a mipyme or an anchor company and its first user. The personal-data policy is shown
 * (collapsed) above an unchecked consent box; the version the person saw is the one sent as accepted.
 */
export function RegisterForm({ onRegistered }: RegisterFormProps) {
  const [kind, setKind] = useState<OrganizationKind | ''>('');
  const [values, setValues] = useState<Values>(EMPTY);
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const policy = usePrivacyPolicy();
  const register = useRegister();
  const [formRef, focusFirstError] = useFocusFirstError();

  const set = (field: keyof Values) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!policy.data) return;
    const found = compact<FieldName>({
      kind: kind === '' ? messages.accounts.validation.required : undefined,
      nit: required(values.nit),
      legalName: required(values.legalName),
      anchorType: kind === 'ANCHOR' ? required(values.anchorType) : undefined,
      fullName: required(values.fullName),
      email: emailShape(values.email),
      password: newPassword(values.password),
      acceptedPolicyVersion: consent ? undefined : t.consentRequired,
    });
    setErrors(found);
    if (Object.keys(found).length > 0) {
      register.reset();
      focusFirstError();
      return;
    }
    const email = values.email.trim();
    register.mutate(
      {
        kind: kind || null,
        nit: values.nit.trim(),
        legalName: values.legalName.trim(),
        anchorType: kind === 'ANCHOR' ? values.anchorType : null,
        fullName: values.fullName.trim(),
        email,
        password: values.password,
        acceptedPolicyVersion: policy.data.version,
      },
      { onSuccess: (notice) => onRegistered(email, notice.message), onError: focusFirstError },
    );
  }

  const server = fieldErrors(register.error);
  const error = (field: FieldName) => errors[field] ?? server[field];
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      {hasFieldErrors ? (
        <FormAlert>
          <p>{messages.accounts.validation.checkFields}</p>
        </FormAlert>
      ) : register.isError ? (
        <FormAlert>
          {formProblem(register.error, FORM_FIELDS).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </FormAlert>
      ) : null}

      <RadioCards
        legend={t.kindLegend}
        name="kind"
        value={kind}
        onChange={setKind}
        options={KIND_OPTIONS}
        error={error('kind')}
      />

      {kind === '' ? null : (
        <>
          <h2 className={styles.heading}>{t.companyHeading}</h2>
          <TextField
            label={t.nit}
            hint={t.nitHint}
            inputMode="numeric"
            autoComplete="off"
            value={values.nit}
            onChange={set('nit')}
            error={error('nit')}
            required
          />
          <TextField
            label={t.legalName}
            autoComplete="organization"
            value={values.legalName}
            onChange={set('legalName')}
            error={error('legalName')}
            required
          />
          {kind === 'ANCHOR' ? (
            <SelectField
              label={t.anchorType}
              placeholder={t.chooseOption}
              options={ANCHOR_TYPE_OPTIONS}
              value={values.anchorType}
              onChange={set('anchorType')}
              error={error('anchorType')}
              required
            />
          ) : null}

          <h2 className={styles.heading}>{t.personHeading}</h2>
          <TextField
            label={f.fullName}
            autoComplete="name"
            value={values.fullName}
            onChange={set('fullName')}
            error={error('fullName')}
            required
          />
          <TextField
            label={f.email}
            hint={t.emailHint}
            type="email"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            value={values.email}
            onChange={set('email')}
            error={error('email')}
            required
          />
          <PasswordField
            label={f.password}
            hint={f.passwordHint}
            autoComplete="new-password"
            value={values.password}
            onChange={set('password')}
            error={error('password')}
            required
          />

          <h2 className={styles.heading}>{t.policyHeading}</h2>
          {policy.isPending ? (
            <p role="status">{t.policyLoading}</p>
          ) : policy.isError ? (
            <FormAlert>
              <p>{t.policyError}</p>
              <button
                type="button"
                className="button"
                onClick={() => void policy.refetch()}
                disabled={policy.isFetching}
              >
                {policy.isFetching ? messages.formControls.retrying : messages.formControls.retry}
              </button>
            </FormAlert>
          ) : (
            <>
              <PrivacyPolicyText policy={policy.data} />
              <CheckboxField
                label={t.consent(policy.data.version)}
                checked={consent}
                onChange={setConsent}
                error={error('acceptedPolicyVersion')}
                required
              />
            </>
          )}

          <FormActions>
            <button type="submit" className="button" disabled={register.isPending || !policy.data}>
              {register.isPending ? t.submitting : t.submit}
            </button>
          </FormActions>
        </>
      )}
      <p>
        {t.haveAccount} <Link to={paths.signIn}>{t.signIn}</Link>
      </p>
    </form>
  );
}
