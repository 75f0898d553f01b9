import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MailTemplate } from '../../../api';
import { fakeService, json, renderWithApi } from '../../../test/fakeApi';
import { CampaignMailSection } from './CampaignMailSection';

const starter: MailTemplate = {
  subject: 'Spring review',
  html: '<p>Dear [[${contact.salutation}]]</p>',
  text: 'Dear',
  version: null,
  saved: false,
};

describe('campaign mail editor', () => {
  it('edits and saves the mail, then previews it for a chosen member as the service renders it', async () => {
    const user = userEvent.setup();
    const { client, requests } = fakeService((r) => {
      if (r.path === '/api/campaigns/k1/mail/template' && r.method === 'GET') return json(200, starter);
      if (r.path === '/api/campaigns/k1/mail/template' && r.method === 'PUT')
        return json(200, { ...(r.body as MailTemplate), version: 0, saved: true });
      if (r.path === '/api/campaigns/k1/contacts') {
        return json(200, {
          items: [
            { contact: { id: 'c1', displayName: 'Zoë Ångström', email: 'zoe@example.com' }, status: 'pending' },
            { contact: { id: 'c2', displayName: 'مريم الحسيني', email: 'maryam@example.com' }, status: 'pending' },
          ],
          page: 0,
          size: 200,
          total: 2,
        });
      }
      if (r.path === '/api/campaigns/k1/mail/render') {
        return json(200, { subject: 'Your review, مريم', html: '<p>Dear مريم</p>', text: 'Dear مريم' });
      }
      if (r.path === '/api/campaigns/k1/mail/progress')
        return json(200, { started: false, sent: 0, failed: 0, skipped: 0, remaining: 0, problems: [] });
      return undefined;
    });
    renderWithApi(<CampaignMailSection campaignId="k1" canEdit onSent={() => undefined} />, client, { role: 'user' });

    expect(await screen.findByText('This is starter text: save the mail before sending.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send…' })).not.toBeInTheDocument();
    const subject = screen.getByRole('textbox', { name: /Subject/ });
    await user.clear(subject);
    await user.type(subject, 'Your review, [[[[${{contact.firstName}]]');
    await user.click(screen.getByRole('button', { name: 'Save mail' }));

    const saved = requests.find((r) => r.method === 'PUT');
    expect((saved?.body as MailTemplate).subject).toBe('Your review, [[${contact.firstName}]]');
    expect(await screen.findByRole('button', { name: 'Send…' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Preview for' }), 'c2');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    expect(await screen.findByText('Subject: Your review, مريم')).toBeInTheDocument();
    expect(screen.getByTitle('HTML part')).toHaveAttribute('sandbox', '');
    expect(screen.getByLabelText('Plain-text part')).toHaveTextContent('Dear مريم');
    const render = requests.find((r) => r.path.endsWith('/render'));
    expect(render?.body).toMatchObject({
      contactId: 'c2',
      template: { subject: 'Your review, [[${contact.firstName}]]' },
    });
  });
});
