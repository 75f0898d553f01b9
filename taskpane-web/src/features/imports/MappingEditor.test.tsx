import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ColumnMapping } from '../../api';
import { FILTER_FROM_COLUMNS, MappingEditor } from './MappingEditor';

// Part of an Outlook export's 92 columns: most of them come up unrecognised and ignored.
const OUTLOOK: ColumnMapping[] = [
  ['Title', 'namePrefix'],
  ['First Name', 'firstName'],
  ['Middle Name', 'middleName'],
  ['Last Name', 'lastName'],
  ['Suffix', 'nameSuffix'],
  ['Company', 'companyName'],
  ['Department', 'ignore'],
  ['Job Title', 'jobTitle'],
  ['Business Street', 'addressLine1'],
  ['Business City', 'city'],
  ["Assistant's Phone", 'ignore'],
  ['Business Fax', 'ignore'],
  ['Business Phone', 'phone'],
  ['Birthday', 'ignore'],
  ['E-mail Address', 'email'],
  ['Web Page', 'ignore'],
].map(([header, field], column) => ({
  column,
  header: header!,
  field: field as ColumnMapping['field'],
  customField: null,
  recognised: field !== 'ignore',
}));

function renderEditor(mapping: ColumnMapping[]) {
  render(
    <FluentProvider theme={webLightTheme}>
      <MappingEditor mapping={mapping} sampleRows={[]} customFields={[]} onChange={vi.fn()} />
    </FluentProvider>,
  );
  return () =>
    within(screen.getByRole('list', { name: 'Column mapping' }))
      .queryAllByRole('listitem')
      .map((item) => item.querySelector('span')?.textContent?.replace('Not recognised', ''));
}

describe('MappingEditor with many columns', () => {
  it('finds columns by header or by field, and shows only the imported or only the ignored ones', async () => {
    const user = userEvent.setup();
    const headers = renderEditor(OUTLOOK);
    expect(OUTLOOK.length).toBeGreaterThan(FILTER_FROM_COLUMNS);
    expect(headers()).toHaveLength(16);
    expect(screen.getByText('16 columns')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Find a column' }), 'phone');
    expect(headers()).toEqual(["Assistant's Phone", 'Business Phone']);
    expect(screen.getByText('2 of 16 columns')).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Imported' }));
    expect(headers()).toEqual(['Business Phone']);

    await user.clear(screen.getByRole('searchbox', { name: 'Find a column' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a column' }), 'e-mail');
    expect(headers()).toEqual(['E-mail Address']);

    // A field's label finds the column mapped to it, whatever the header says.
    await user.clear(screen.getByRole('searchbox', { name: 'Find a column' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a column' }), 'street');
    expect(headers()).toEqual(['Business Street']);
    await user.clear(screen.getByRole('searchbox', { name: 'Find a column' }));
    await user.type(screen.getByRole('searchbox', { name: 'Find a column' }), 'address line 1');
    expect(headers()).toEqual(['Business Street']);

    await user.clear(screen.getByRole('searchbox', { name: 'Find a column' }));
    await user.click(screen.getByRole('radio', { name: 'Not imported' }));
    expect(headers()).toEqual(['Department', "Assistant's Phone", 'Business Fax', 'Birthday', 'Web Page']);

    await user.type(screen.getByRole('searchbox', { name: 'Find a column' }), 'zzz');
    expect(headers()).toEqual([]);
    expect(screen.getByText('No column matches these filters.')).toBeInTheDocument();
  });

  it('shows no filters for a sheet with a few columns', () => {
    const headers = renderEditor(OUTLOOK.slice(0, FILTER_FROM_COLUMNS));
    expect(headers()).toHaveLength(FILTER_FROM_COLUMNS);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Show columns' })).not.toBeInTheDocument();
  });
});
