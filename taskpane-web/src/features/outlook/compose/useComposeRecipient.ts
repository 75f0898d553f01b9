import { useCallback, useEffect, useState } from 'react';
import { useApi, type ContactSummary } from '../../../api';
import { readRecipients } from '../../../office/compose';
import type { MailAddress } from '../../../office/outlook';

export type ComposeRecipient =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'none' }
  | { status: 'unknown'; address: MailAddress }
  | { status: 'known'; address: MailAddress; contact: ContactSummary };

/** The first To recipient of the message being written, and the Steward contact with that address if any. */
export function useComposeRecipient(): ComposeRecipient & { reload: () => void } {
  const api = useApi();
  const [state, setState] = useState<ComposeRecipient>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    (async () => {
      const [first] = await readRecipients();
      if (!first) return { status: 'none' } as const;
      const found = await api.mail.lookup([first.email]);
      const wanted = first.email.toLowerCase();
      const contact = found.find((c) => [c.email, ...(c.otherEmails ?? [])].some((a) => a?.toLowerCase() === wanted));
      return contact ? ({ status: 'known', address: first, contact } as const) : ({ status: 'unknown', address: first } as const);
    })().then(
      (result) => live && setState(result),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, generation]);

  return { ...state, reload };
}
