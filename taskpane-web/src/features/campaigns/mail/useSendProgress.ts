import { useCallback, useEffect, useState } from 'react';
import { useApi, type SendPreview, type SendProgress } from '../../../api';

/**
 * A campaign's send: its progress, read at once and then every `pollMs` while mail is going out, and the actions on
 * it (ask to send, which gives the preview to confirm; send; retry the failed), with their failure.
 */
export function useSendProgress(campaignId: string, pollMs: number, onCompleted?: () => void) {
  const api = useApi();
  const [progress, setProgress] = useState<SendProgress | null>(null);
  const [confirming, setConfirming] = useState<SendPreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => api.campaignMail.progress(campaignId).then(setProgress, setError), [api, campaignId]);
  useEffect(() => {
    void load();
  }, [load]);

  const running = progress !== null && progress.remaining > 0;
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => {
      api.campaignMail.progress(campaignId).then((next) => {
        setProgress(next);
        if (next.remaining === 0) onCompleted?.();
      }, setError);
    }, pollMs);
    return () => clearInterval(timer);
  }, [api, campaignId, running, pollMs, onCompleted]);

  const act = async (work: () => Promise<SendProgress | SendPreview>, then: (result: never) => void) => {
    setBusy(true);
    setError(null);
    try {
      then((await work()) as never);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const askToSend = () =>
    act(
      () => api.campaignMail.sendPreview(campaignId),
      (preview: SendPreview) => setConfirming(preview),
    );
  const send = () =>
    act(
      () => api.campaignMail.send(campaignId),
      (next: SendProgress) => {
        setConfirming(null);
        setProgress(next);
      },
    );
  const retry = () =>
    act(
      () => api.campaignMail.retryFailed(campaignId),
      (next: SendProgress) => setProgress(next),
    );

  return { progress, confirming, setConfirming, error, setError, busy, running, askToSend, send, retry };
}
