import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApi, type ContactSummary, type FiledMessage } from '../../api';
import type { OpenMessage } from '../../office/outlook';
import { ErrorBar } from '../../ui/ErrorBar';
import { useSession } from '../../lib/SessionContext';
import { ContactCard } from './ContactCard';
import { MessageFiling } from './MessageFiling';
import { peopleOf } from './people';
import { lookupPeople, takeSettledLookup } from './peopleLookup';
import { UnknownPerson } from './UnknownPerson';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export interface MessagePeopleProps {
  message: OpenMessage;
  /** The message body as plain text. */
  readBody: () => Promise<string>;
}

/**
 * Everyone on the message, looked up in one call: a card for each known contact, "Add to Steward" for the rest; above
 * them, whether the email is in Steward already and "File this email" on all of them.
 */
export function MessagePeople({ message, readBody }: MessagePeopleProps) {
  const styles = useStyles();
  const api = useApi();
  const { canEdit } = useSession();
  const people = useMemo(() => peopleOf(message), [message]);
  // The lookup started at sign-in may have answered already: then the first render shows the cards.
  const [known, setKnown] = useState<Map<string, ContactSummary> | null>(() => {
    const answered = takeSettledLookup(people.map((person) => person.email));
    return answered ? byAddress(answered) : null;
  });
  const lookedUpAtOpening = useRef(known !== null);
  const [filed, setFiled] = useState<FiledMessage | null>(null);
  const [filedError, setFiledError] = useState<unknown>(null);
  const [filedByCard, setFiledByCard] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const body = useRef<Promise<string> | null>(null);

  const refreshFiled = useCallback(() => {
    if (!message.internetMessageId) return;
    api.mail.byMessage(message.internetMessageId).then(setFiled, (failure: unknown) => setFiledError(failure));
  }, [api, message.internetMessageId]);

  useEffect(refreshFiled, [refreshFiled]);

  // The body is read once per message, and only when something needs it.
  const bodyText = useCallback(() => {
    body.current ??= readBody();
    body.current.catch(() => {
      body.current = null;
    });
    return body.current;
  }, [readBody]);

  useEffect(() => {
    if (lookedUpAtOpening.current) {
      lookedUpAtOpening.current = false;
      return;
    }
    let live = true;
    if (people.length === 0) {
      setKnown(new Map());
      return;
    }
    lookupPeople(
      api,
      people.map((person) => person.email),
    ).then(
      (contacts) => live && setKnown(byAddress(contacts)),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, people]);

  const update = (key: string, contact: ContactSummary) =>
    setKnown((current) => new Map(current ?? []).set(key, contact));

  if (error) return <ErrorBar title="Could not look up the people on this message" error={error} />;
  if (!known) return <Spinner size="tiny" label="Looking up the people on this message…" />;
  return (
    <>
      <MessageFiling
        message={message}
        bodyText={bodyText}
        filed={filed}
        lookupError={filedError}
        anyoneKnown={known.size > 0}
        canEdit={canEdit}
        onFiled={refreshFiled}
        filedElsewhere={filedByCard}
      />
      <ul className={styles.list} aria-label="People on this message">
        {people.map((person) => {
          const contact = known.get(person.key);
          return (
            <li key={person.key}>
              {contact ? (
                <ContactCard
                  contact={contact}
                  person={person}
                  message={message}
                  bodyText={bodyText}
                  onChange={(next) => update(person.key, next)}
                  onFiled={() => {
                    setFiledByCard((count) => count + 1);
                    refreshFiled();
                  }}
                />
              ) : (
                <UnknownPerson
                  person={person}
                  message={message}
                  bodyText={bodyText}
                  onCreated={(next) => update(person.key, next)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** Each contact by every address it has, in lower case (the people on a message are keyed so). */
function byAddress(contacts: ContactSummary[]): Map<string, ContactSummary> {
  const found = new Map<string, ContactSummary>();
  for (const contact of contacts) {
    for (const address of [contact.email, ...(contact.otherEmails ?? [])]) {
      if (address) found.set(address.toLowerCase(), contact);
    }
  }
  return found;
}
