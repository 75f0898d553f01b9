import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FileReading } from '../../api';
import { sheetJob } from '../../test/sheetJobs';
import { FileReadingPanel } from './FileReadingPanel';

function renderPanel(reading: FileReading, onReread = vi.fn(), headerRow = 1) {
  const job = sheetJob({ source: 'file', fileKind: reading.encoding ? 'csv' : 'xlsx', headerRow, reading });
  render(
    <FluentProvider theme={webLightTheme}>
      <FileReadingPanel job={job} onReread={onReread} />
    </FluentProvider>,
  );
  return onReread;
}

describe('FileReadingPanel', () => {
  it('warns when characters could not be read and reads the file again in the encoding picked', async () => {
    const user = userEvent.setup();
    const onReread = renderPanel({
      encoding: 'windows-1252',
      encodingClean: false,
      encodingNote: 'Pick the file’s encoding.',
      headerRowDetected: true,
      sheets: [],
    });
    expect(screen.getByText('Some characters could not be read')).toBeInTheDocument();
    expect(screen.getByText(/Read as windows-1252/)).toBeInTheDocument();
    const again = screen.getByRole('button', { name: 'Read the file again' });
    expect(again).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: 'Encoding of the file' }));
    await user.click(screen.getByRole('option', { name: 'windows-1251' }));
    await user.click(again);
    expect(onReread).toHaveBeenCalledWith({ encoding: 'windows-1251', headerRow: undefined, sheet: undefined });
  });

  it('says which row holds the column names and lets the user pick another row and another sheet', async () => {
    const user = userEvent.setup();
    const onReread = renderPanel(
      {
        encoding: null,
        encodingClean: true,
        encodingNote: null,
        headerRowDetected: true,
        sheets: [
          { name: 'Cover', rows: 3, hidden: false, chosen: false },
          { name: 'Clients', rows: 120, hidden: false, chosen: true },
          { name: 'Lookups', rows: 9, hidden: true, chosen: false },
        ],
      },
      vi.fn(),
      3,
    );
    expect(
      screen.getByText(/Sheet “Clients” of 3 · Column names in row 3 \(found by their content\)/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Sheet to import' }));
    expect(screen.getByRole('option', { name: 'Lookups (9 rows, hidden)' })).toBeInTheDocument();
    await user.click(screen.getByRole('option', { name: 'Cover (3 rows)' }));
    const row = screen.getByRole('spinbutton', { name: 'Row of column names' });
    await user.clear(row);
    await user.type(row, '2');
    await user.click(screen.getByRole('button', { name: 'Read the file again' }));
    expect(onReread).toHaveBeenCalledWith({ encoding: undefined, headerRow: 2, sheet: 'Cover' });
  });
});
