import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeService, renderWithApi } from '../../test/fakeApi';
import { ExcelPane } from './ExcelPane';

describe('the Excel pane', () => {
  it('shows the workbook, the user and the firm, and no sections that do not exist yet', async () => {
    const { client } = fakeService(() => undefined);
    renderWithApi(<ExcelPane readWorkbook={async () => ({ workbookName: null, sheetName: 'Sheet1' })} />, client, { role: 'viewer' });
    expect(await screen.findByRole('heading', { name: 'Unsaved workbook' })).toBeInTheDocument();
    expect(screen.getByText('Sheet: Sheet1')).toBeInTheDocument();
    expect(screen.getByText('Test firm')).toBeInTheDocument();
    expect(screen.queryByText(/import|sync|report/i)).toBeNull();
  });

  it('says in words when Excel cannot be read', async () => {
    const { client } = fakeService(() => undefined);
    const failing = async () => {
      throw new Error("Excel could not tell the workbook's name: busy");
    };
    renderWithApi(<ExcelPane readWorkbook={failing} />, client, { role: 'user' });
    expect(await screen.findByRole('alert')).toHaveTextContent("Excel could not tell the workbook's name: busy");
    expect(screen.getByText('Ada Admin (ada@example.com)')).toBeInTheDocument();
  });
});
