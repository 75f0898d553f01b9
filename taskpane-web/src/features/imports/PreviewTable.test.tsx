import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { previewRow } from '../../test/importFixtures';
import { PreviewTable } from './PreviewTable';

const row = previewRow({
  values: {
    type: 'individual',
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@engines.example',
    otherEmails: ['ada@home.example (home)', 'ada@work.example (work)'],
    phone: '+442079460958',
    otherPhones: ['+447911123456 (mobile)'],
  },
});

function renderPreview(stacked: boolean) {
  render(
    <FluentProvider theme={webLightTheme}>
      <PreviewTable rows={[row]} customFields={[]} stacked={stacked} />
    </FluentProvider>,
  );
}

describe('the import preview', () => {
  it("shows each row's other emails and phones, with their labels, under the primary ones", () => {
    renderPreview(false);
    const cells = within(screen.getByRole('table', { name: 'Preview' })).getAllByRole('cell');
    expect(cells[3]).toHaveTextContent('ada@engines.example ada@home.example (home) ada@work.example (work)');
    expect(cells[4]).toHaveTextContent('+442079460958 +447911123456 (mobile)');
  });

  it('lists them in the narrow layout too', () => {
    renderPreview(true);
    expect(
      screen.getByText(
        /ada@engines\.example · ada@home\.example \(home\), ada@work\.example \(work\) · \+442079460958 · \+447911123456 \(mobile\)/,
      ),
    ).toBeInTheDocument();
  });
});
