import { useEffect, useState } from 'react';

/** `value`, once it has stopped changing for `delayMs`: typing "dotación" asks the server once, not eight times. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
