import { useEffect, useState } from 'react';
import { useApi, type Api } from './ApiContext';
import type { ApiClient } from './client';
import type { ContactRules } from './types';

// One request per client, shared by every form; a failed one is forgotten so that the next form asks again.
const pending = new WeakMap<ApiClient, Promise<ContactRules>>();
const known = new WeakMap<ApiClient, ContactRules>();

function load(api: Api): Promise<ContactRules> {
  let request = pending.get(api.client);
  if (!request) {
    request = api.contacts.rules().then(
      (rules) => {
        known.set(api.client, rules);
        return rules;
      },
      (failure: unknown) => {
        pending.delete(api.client);
        throw failure;
      },
    );
    pending.set(api.client, request);
  }
  return request;
}

/**
 * The service's rules for a contact's fields; undefined while they load or when they could not be read. The form then
 * takes any input: the service checks the same rules on save and names the field that breaks one.
 */
export function useContactRules(): ContactRules | undefined {
  const api = useApi();
  const [rules, setRules] = useState(() => known.get(api.client));
  useEffect(() => {
    let live = true;
    load(api).then(
      (result) => live && setRules(result),
      // Nothing to tell the user: the form works without the hints, and a save still reports each problem.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);
  return rules;
}
