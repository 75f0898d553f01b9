import { useEffect, useState } from 'react';
import { useApi, type MergePreview, type MergeResult, type MergeSide } from '../../api';

/**
 * The merge of `duplicateId` into `survivorId`: the service's preview of both, the value picked per conflicting field,
 * and the merge itself at the versions the preview showed.
 */
export function useMerge(survivorId: string, duplicateId: string, onMerged: (result: MergeResult) => void) {
  const api = useApi();
  const [preview, setPreview] = useState<MergePreview | null>(null);
  const [choices, setChoices] = useState<Record<string, MergeSide>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api.contacts.mergePreview(survivorId, duplicateId).then(
      (result) => live && setPreview(result),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [api, survivorId, duplicateId]);

  const merge = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      onMerged(
        await api.contacts.merge(
          preview.survivor.id,
          duplicateId,
          preview.survivor.version,
          preview.duplicate.version,
          choices,
        ),
      );
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return { preview, choices, setChoices, error, setError, busy, merge };
}
