import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

/**
 * After a submit that found problems, moves focus to the first invalid input of the form (once React has drawn
 * the errors), so keyboard and screen-reader users land on what to fix and hear its message.
 */
export function useFocusFirstError(): [RefObject<HTMLFormElement | null>, () => void] {
  const formRef = useRef<HTMLFormElement>(null);
  const [request, setRequest] = useState(0);

  useEffect(() => {
    if (request === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);

  const focusFirstError = useCallback(() => setRequest((n) => n + 1), []);
  return [formRef, focusFirstError];
}
