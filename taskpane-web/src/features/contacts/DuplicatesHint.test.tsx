import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Contact, MergePreview, PossibleDuplicate } from '../../api';
import { fakeService, json, renderWithApi, type Request } from '../../test/fakeApi';
import { DuplicatesHint } from './DuplicatesHint';
import { describeMoves, keptValue, mergeRows } from './mergeRows';

const ada: Contact = {
  id: 'a1',
  type: 'individual',
  displayName: 'Ada Lovelace',
  firstName: 'Ada',
  lastName: 'Lovelace',
  email: 'ada@work.example',
  city: 'London',
  tags: [],
  customFields: { risk: 'low' },
  createdAt: '',
  updatedAt: '',
  version: 4,
};
const other: Contact = {
  ...ada,
  id: 'a2',
  email: 'ada@home.example',
  city: 'Cambridge',
  jobTitle: 'Mathematician',
  customFields: { risk: 'high' },
  version: 1,
};
const duplicate: PossibleDuplicate = {
  id: 'a2',
  type: 'individual',
  displayName: 'Ada Lovelace',
  email: 'ada@home.example',
  city: 'Cambridge',
  version: 1,
  reason: 'name-and-postcode',
};
const preview: MergePreview = {
  survivor: ada,
  duplicate: other,
  conflicts: ['email', 'city', 'customFields.risk'],
  moves: { relationships: 3, campaigns: 1, interactions: 0, tags: 2 },
};

function service() {
  return fakeService((request: Request) => {
    if (request.path === '/api/contacts/a1/duplicates') return json(200, [duplicate]);
    if (request.path === '/api/contacts/a1/merge-preview') return json(200, preview);
    if (request.path === '/api/custom-fields')
      return json(200, [{ key: 'risk', label: 'Risk appetite', type: 'text' }]);
    if (request.path === '/api/contacts/a1/merge')
      return json(200, {
        mergeId: 'm1',
        survivor: { ...ada, city: 'Cambridge', version: 6 },
        duplicateId: 'a2',
        moved: preview.moves,
      });
    return undefined;
  });
}

describe('possible duplicates', () => {
  it('says who may be the same, and merges with the values the person picked', async () => {
    const user = userEvent.setup();
    const { client, requests } = service();
    const merged: string[] = [];
    renderWithApi(<DuplicatesHint contact={ada} canEdit onMerged={(result) => merged.push(result.mergeId)} />, client, {
      role: 'user',
    });

    expect(await screen.findByText(/has the same name and postcode/)).toHaveTextContent(
      'Ada Lovelace (ada@home.example, Cambridge) has the same name and postcode.',
    );
    await user.click(screen.getByRole('button', { name: 'Compare and merge' }));
    const dialog = await screen.findByRole('dialog', { name: 'Merge duplicate contacts' });
    expect(await within(dialog).findByText('3 relationships')).toBeInTheDocument();
    expect(within(dialog).getByText('1 campaign membership')).toBeInTheDocument();
    expect(within(dialog).queryByText(/timeline/)).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('radio', { name: 'Cambridge' }));
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    await waitFor(() => expect(merged).toEqual(['m1']));
    const post = requests.find((r) => r.method === 'POST');
    expect(post?.body).toEqual({
      duplicateId: 'a2',
      survivorVersion: 4,
      duplicateVersion: 1,
      choices: { city: 'duplicate' },
    });
  });

  it('offers no merge to a viewer', async () => {
    const { client } = service();
    renderWithApi(<DuplicatesHint contact={ada} canEdit={false} onMerged={() => undefined} />, client, {
      role: 'viewer',
    });
    expect(await screen.findByText(/Possible duplicate/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Compare and merge' })).not.toBeInTheDocument();
  });
});

describe('merge rows', () => {
  it('lists the fields either contact fills, and keeps the chosen or the only value', () => {
    const rows = mergeRows(ada, other, preview.conflicts);
    expect(rows.map((row) => row.key)).toEqual([
      'type',
      'firstName',
      'lastName',
      'jobTitle',
      'email',
      'city',
      'customFields.risk',
    ]);
    const city = rows.find((row) => row.key === 'city')!;
    expect(city.conflict).toBe(true);
    expect(keptValue(city, undefined)).toBe('London');
    expect(keptValue(city, 'duplicate')).toBe('Cambridge');
    expect(
      keptValue(
        rows.find((row) => row.key === 'jobTitle')!,
        undefined,
      ),
    ).toBe('Mathematician');
  });

  it('describes what moves in words, leaving out kinds with none', () => {
    expect(describeMoves({ relationships: 1, interactions: 2, tags: 0 })).toEqual([
      '1 relationship',
      '2 timeline entries',
    ]);
  });
});
