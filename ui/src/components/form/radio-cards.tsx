import { useId } from 'react';
import styles from './form.module.css';

type RadioCardsProps<V extends string> = {
  legend: string;
  name: string;
  value: V | '';
  onChange: (value: V) => void;
  options: ReadonlyArray<{ value: V; label: string; hint?: string }>;
  error?: string;
};

/** A group of large radio options with a sentence each, for a choice that shapes the rest of the form. */
export function RadioCards<V extends string>({ legend, name, value, onChange, options, error }: RadioCardsProps<V>) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <fieldset className={styles.fieldset} aria-describedby={error ? errorId : undefined}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.options}>
        {options.map((option) => (
          <label key={option.value} className={styles.option}>
            <input
              type="radio"
              className={styles.checkbox}
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            <span className={styles.optionText}>
              <strong>{option.label}</strong>
              {option.hint ? <span className={styles.hint}>{option.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
