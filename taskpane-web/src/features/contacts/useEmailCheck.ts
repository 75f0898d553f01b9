import { useCallback, useMemo, useState, type FocusEvent } from 'react';

export const INVALID_EMAIL = 'Enter an email address such as name@example.com.';

function compile(pattern: string | undefined): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined; // a pattern this browser cannot read gives no hint; the server still checks
  }
}

/** Whether focus went on to another input of the form (not to a button, nor out of the page). */
function movedToAnotherInput(event: FocusEvent): boolean {
  const next = event.relatedTarget;
  return next instanceof HTMLElement && next.matches('input, textarea, select, [role="combobox"]');
}

/**
 * Checks email inputs against the service's email syntax once the person has moved on to another field, and answers
 * with a plain sentence. Only a hint: the service judges on save. Leaving the field for a button (Save) says nothing:
 * the sentence would push the dialog's buttons down between the press and the release, and the click would be lost;
 * the save answers with the service's own sentence instead. Without a pattern (rules not loaded) it says nothing.
 */
export function useEmailCheck(pattern: string | undefined) {
  const syntax = useMemo(() => compile(pattern), [pattern]);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const leave = useCallback((key: string, event: FocusEvent) => {
    if (movedToAnotherInput(event)) setLeft((seen) => (seen.has(key) ? seen : new Set(seen).add(key)));
  }, []);
  const hint = (key: string, value: string): string | undefined => {
    const address = value.trim();
    if (!syntax || !left.has(key) || address === '') return undefined;
    // The service also refuses two dots in a row, which its pattern does not say.
    return syntax.test(address) && !address.includes('..') ? undefined : INVALID_EMAIL;
  };
  return { leave, hint };
}
