import { useCallback, useMemo, useState } from 'react';

export const INVALID_EMAIL = 'Enter an email address such as name@example.com.';

function compile(pattern: string | undefined): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return undefined; // a pattern this browser cannot read gives no hint; the server still checks
  }
}

/**
 * Checks email inputs against the service's email syntax once the person has left them, and answers with a plain
 * sentence. Only a hint: the service judges on save. Without a pattern (rules not loaded) it says nothing.
 */
export function useEmailCheck(pattern: string | undefined) {
  const syntax = useMemo(() => compile(pattern), [pattern]);
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const leave = useCallback((key: string) => setLeft((seen) => (seen.has(key) ? seen : new Set(seen).add(key))), []);
  const hint = (key: string, value: string): string | undefined => {
    const address = value.trim();
    if (!syntax || !left.has(key) || address === '') return undefined;
    // The service also refuses two dots in a row, which its pattern does not say.
    return syntax.test(address) && !address.includes('..') ? undefined : INVALID_EMAIL;
  };
  return { leave, hint };
}
