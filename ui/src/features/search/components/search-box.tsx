import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { messages } from '@/i18n/es-CO';
import { useSuggestions } from '../api/search-suppliers';
import { useDebouncedValue } from '../utils/use-debounced-value';
import styles from './search-box.module.css';

const t = messages.supplierSearch.box;

type SearchBoxProps = {
  /** The text of the search in the address; the box starts from it. */
  initialValue: string;
  onSearch: (text: string) => void;
};

/**
 * The search text with autocomplete, as the WAI-ARIA combobox pattern (list autocomplete): suggestions arrive
 * 200 ms after the person stops typing; ↓/↑ move through them, Enter picks one (or searches what was typed),
 * Escape closes the list and, pressed again, clears the text. Focus stays in the input throughout.
 */
export function SearchBox({ initialValue, onSearch }: SearchBoxProps) {
  const id = useId();
  const listId = `${id}-suggestions`;
  const hintId = `${id}-hint`;
  const [value, setValue] = useState(initialValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const typed = useDebouncedValue(value.trim(), 200);
  const suggestions = useSuggestions(typed, open);
  const options = open && typed === value.trim() ? (suggestions.data ?? []) : [];
  const expanded = options.length > 0;

  function search(text: string) {
    setValue(text);
    setOpen(false);
    setActive(-1);
    onSearch(text.trim());
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    search(value);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        else if (expanded) setActive((i) => (i + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (expanded) setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0 && options[active] !== undefined) {
          event.preventDefault();
          search(options[active]);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (value) {
          event.preventDefault();
          setValue('');
        }
        break;
    }
  }

  return (
    <form role="search" className={styles.form} onSubmit={onSubmit} aria-label={t.formLabel}>
      <label htmlFor={id} className={styles.label}>
        {t.label}
      </label>
      <p id={hintId} className={styles.hint}>
        {t.hint}
      </p>
      <div className={styles.row}>
        <div className={styles.combo}>
          <input
            id={id}
            type="search"
            className={styles.input}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            aria-describedby={hintId}
            autoComplete="off"
            enterKeyHint="search"
            value={value}
            onChange={(event) => {
              setValue(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => {
              setOpen(false);
              setActive(-1);
            }}
          />
          <ul id={listId} role="listbox" aria-label={t.suggestions} className={styles.listbox} hidden={!expanded}>
            {options.map((option, index) => (
              <li
                key={option}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={styles.option}
                // Keep focus in the input: the click picks the option, the blur must not close the list first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => search(option)}
              >
                {option}
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="button">
          {t.submit}
        </button>
      </div>
    </form>
  );
}
