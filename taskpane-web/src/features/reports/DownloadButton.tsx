import { Button, Spinner, type ButtonProps } from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import type { DownloadedFile } from '../../api';
import { saveFile } from '../../ui/saveFile';

export interface DownloadButtonProps {
  /** Fetches the file through the API client. */
  fetchFile: () => Promise<DownloadedFile>;
  /** Told of a failure, for the page's ErrorBar; told `null` when a new download starts. */
  onError: (error: unknown) => void;
  children: ReactNode;
  appearance?: ButtonProps['appearance'];
  icon?: ButtonProps['icon'];
  disabled?: boolean;
}

/** A button that fetches a file from the service and hands it to the browser's download under the service's name. */
export function DownloadButton({ fetchFile, onError, children, appearance, icon, disabled }: DownloadButtonProps) {
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    onError(null);
    try {
      const file = await fetchFile();
      saveFile(file.blob, file.fileName);
    } catch (failure) {
      onError(failure);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      appearance={appearance}
      icon={busy ? <Spinner size="tiny" /> : (icon ?? <ArrowDownloadRegular />)}
      disabled={disabled || busy}
      onClick={() => void run()}
    >
      {children}
    </Button>
  );
}
