import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { AccountButton } from './AccountButton';

describe('account button', () => {
  it('is named "Account: <name>" by text, not by an aria-label that leaves out the initials it shows', async () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <AccountButton fullName="Ada Byron" />
      </FluentProvider>,
    );
    const button = screen.getByRole('button', { name: 'Account: Ada Byron' });
    expect(button).not.toHaveAttribute('aria-label');
    expect(button).toHaveTextContent('AB');

    const results = await axe.run(container, { runOnly: ['label-content-name-mismatch', 'button-name'] });
    expect(results.violations).toEqual([]);
  });
});
