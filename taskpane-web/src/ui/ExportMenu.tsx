import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Spinner } from '@fluentui/react-components';
import { ArrowDownloadRegular, DocumentPdfRegular, DocumentTableRegular, TableRegular } from '@fluentui/react-icons';
import { useState, type ReactElement } from 'react';
import type { DownloadedFile, ExportFormat } from '../api';
import { saveFile } from './saveFile';

export interface ExportMenuProps {
  /** Fetches the file through the API client. */
  onExport: (format: ExportFormat) => Promise<DownloadedFile>;
  /** Told of a failure, for the page's ErrorBar; told `null` when a new export starts. */
  onError: (error: unknown) => void;
  /** What is exported, for the button's accessible name ("Export contacts"). */
  what: string;
}

const CHOICES: { format: ExportFormat; label: string; icon: ReactElement }[] = [
  { format: 'xlsx', label: 'Excel (.xlsx)', icon: <TableRegular /> },
  { format: 'csv', label: 'CSV (.csv)', icon: <DocumentTableRegular /> },
  { format: 'pdf', label: 'PDF (.pdf)', icon: <DocumentPdfRegular /> },
];

/** "Export" with a choice of Excel, CSV or PDF: fetches the file and hands it to the browser's download. */
export function ExportMenu({ onExport, onError, what }: ExportMenuProps) {
  const [busy, setBusy] = useState<ExportFormat | null>(null);

  const run = async (format: ExportFormat) => {
    setBusy(format);
    onError(null);
    try {
      const file = await onExport(format);
      saveFile(file.blob, file.fileName);
    } catch (failure) {
      onError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton
          icon={busy ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
          disabled={busy !== null}
          aria-label={busy ? `Exporting ${what}…` : `Export ${what}`}
        >
          {busy ? 'Exporting…' : 'Export'}
        </MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {CHOICES.map((choice) => (
            <MenuItem key={choice.format} icon={choice.icon} onClick={() => void run(choice.format)}>
              {choice.label}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
