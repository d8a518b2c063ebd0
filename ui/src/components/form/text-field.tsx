import { useState, type InputHTMLAttributes } from 'react';
import { messages } from '@/i18n/es-CO';
import { Field } from './field';
import styles from './form.module.css';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'aria-describedby'>;

type TextFieldProps = InputProps & {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
};

export function TextField({ label, hint, error, value, onChange, type = 'text', ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <input
          {...input}
          id={id}
          type={type}
          className={styles.input}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
        />
      )}
    </Field>
  );
}

/** A password input with a button to show what was typed: on a phone keyboard a typo is easy and invisible. */
export function PasswordField({ label, hint, error, value, onChange, ...input }: Omit<TextFieldProps, 'type'>) {
  const [visible, setVisible] = useState(false);
  const t = messages.formControls;
  return (
    <Field label={label} hint={hint} error={error}>
      {({ id, describedBy, invalid }) => (
        <div className={styles.withToggle}>
          <input
            {...input}
            id={id}
            type={visible ? 'text' : 'password'}
            className={styles.input}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
          />
          <button
            type="button"
            className={styles.toggle}
            aria-pressed={visible}
            aria-label={t.showPasswordLabel(label)}
            onClick={() => setVisible((v) => !v)}
          >
            {visible ? t.hidePassword : t.showPassword}
          </button>
        </div>
      )}
    </Field>
  );
}
