import { useEffect, useState } from 'react';
import { useApi, type SignatureProposals } from '../../api';
import { textWrittenBy } from './authorship';
import type { Person } from './people';

export type SignatureState =
  | { status: 'loading' }
  | { status: 'none' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; proposals: SignatureProposals };

/** What the person's own signature in this message proposes (phone, company, job title), read by the service. */
export function useSignature(person: Person, isSender: boolean, bodyText: () => Promise<string>): SignatureState {
  const api = useApi();
  const [state, setState] = useState<SignatureState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const text = textWrittenBy(await bodyText(), person, isSender);
      if (!text?.trim()) return { status: 'none' } as const;
      const proposals = await api.mail.signature(text.slice(0, 50_000), person.name, person.email);
      const empty = proposals.phones.length === 0 && !proposals.company && !proposals.jobTitle;
      return empty ? ({ status: 'none' } as const) : ({ status: 'ready', proposals } as const);
    })().then(
      (next) => live && setState(next),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, person, isSender, bodyText]);
  return state;
}
