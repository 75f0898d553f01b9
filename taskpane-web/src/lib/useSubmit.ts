import { useState, type FormEvent } from 'react';

/**
 * A form's submit: busy while `action` runs, and what it threw kept as `error` (cleared when the form is sent again),
 * for the form to show. The form's own submit event is not sent: the page stays.
 */
export function useSubmit(action: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return { busy, error, setError, onSubmit: (event: FormEvent) => void submit(event) };
}
