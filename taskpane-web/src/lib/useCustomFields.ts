import { useEffect, useState } from 'react';
import { useApi, type CustomFieldDefinition } from '../api';

/** The firm's custom field definitions; undefined until they arrive (or when they could not be read). */
export function useCustomFields() {
  const api = useApi();
  const [definitions, setDefinitions] = useState<CustomFieldDefinition[] | undefined>();
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    api.admin.customFields().then(
      (result) => live && setDefinitions(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api]);
  return { definitions, error };
}
