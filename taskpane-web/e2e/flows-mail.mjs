import { openPage } from './browser.mjs';
import { expectVisible, noProblems, shot, signIn, state } from './flows.mjs';
import { nextStep, totp } from './totp.mjs';

/**
 * Email campaigns in the browser: the signed-in admin writes a campaign's mail, previews it for a member, sends it
 * to a small campaign and watches the progress; the run's SMTP sink receives one mail per member.
 */
const run = Math.random().toString(36).slice(2, 8);

async function api(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      const csrf = decodeURIComponent(
        document.cookie
          .split('; ')
          .find((c) => c.startsWith('XSRF-TOKEN='))
          ?.split('=')[1] ?? '',
      );
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return response.status === 204 ? null : response.json();
    },
    { method, path, body },
  );
}

export const mailFlows = [
  {
    name: 'admin writes a campaign mail, previews it for a member, sends it and sees it go out',
    async run({ browser, baseUrl, admin, results, smtp }) {
      const { page, problems } = await openPage(browser);
      await page.goto(baseUrl);
      await signIn(page, admin.email, admin.password);
      await nextStep();
      await page.getByLabel('Code from your authenticator app').fill(totp(state.secret));
      await page.getByRole('button', { name: 'Verify' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Dashboard' }), 'the dashboard');
      const zoe = await api(page, 'POST', '/api/contacts', {
        type: 'individual',
        firstName: 'Zoë',
        lastName: `Ångström ${run}`,
        email: `zoe-${run}@example.com`,
      });
      const maryam = await api(page, 'POST', '/api/contacts', {
        type: 'individual',
        firstName: 'مريم',
        lastName: `الحسيني ${run}`,
        email: `maryam-${run}@example.com`,
      });
      const campaign = await api(page, 'POST', '/api/campaigns', { name: `Mail flow ${run}`, channel: 'email' });
      await api(page, 'POST', `/api/campaigns/${campaign.id}/contacts`, { contactIds: [zoe.id, maryam.id] });

      await page.goto(`${baseUrl}/campaigns/${campaign.id}`);
      await page.getByRole('tab', { name: 'Mail' }).click();
      await expectVisible(
        page.getByText('This is starter text: save the mail before sending.'),
        'the starter text notice',
      );
      await page.getByRole('textbox', { name: /Subject/ }).fill('Your review, [[${contact.firstName}]]');
      await page
        .getByRole('textbox', { name: 'HTML body' })
        .fill(
          '<h2>Dear <span th:text="${contact.salutation}">friend</span>,</h2>\n<p>Your annual review is due. ' +
            '<span th:utext="${contact.lastName}"></span></p>\n<p>[[${adviser.name}]]</p>',
        );
      await page
        .getByRole('textbox', { name: 'Plain-text body' })
        .fill('Dear [[${contact.name}]],\nyour annual review is due.');
      await page.getByRole('button', { name: 'Save mail' }).click();
      await expectVisible(page.getByRole('status').getByText('Saved.'), 'the saved note');
      await shot(page, results, '80-mail-template');

      await page
        .getByRole('combobox', { name: 'Preview for' })
        .selectOption({ label: `مريم الحسيني ${run} <maryam-${run}@example.com>` });
      await page.getByRole('button', { name: 'Preview' }).click();
      await expectVisible(page.getByText('Subject: Your review, مريم'), 'the previewed subject');
      const frame = page.frameLocator('iframe[title="HTML part"]');
      await expectVisible(frame.getByText('Dear مريم,'), 'the merged HTML part');
      await shot(page, results, '81-mail-preview');

      // Scrolled into view first: clicked straight after the full-page screenshot, while the window scrolled, the
      // click reached the sandboxed preview frame above the button (no pointer event reached the page).
      const send = page.getByRole('button', { name: 'Send…' });
      await send.scrollIntoViewIfNeeded();
      await send.click();
      await expectVisible(page.getByText('2 members will receive it.'), 'the confirmation count');
      await shot(page, results, '82-mail-confirm');
      await page.getByRole('button', { name: 'Send to 2' }).click();
      await expectVisible(page.getByLabel('Sent: 2'), 'two mails sent', 60000);
      await expectVisible(page.getByText('The campaign’s mail has gone out.'), 'the completion note');
      // Nothing is left to send: the button says why instead of confirming a send to nobody.
      await expectVisible(page.getByText('Everyone has been sent this mail.'), 'the nothing-left reason');
      if (await page.getByRole('button', { name: 'Send…' }).isEnabled())
        throw new Error('Send… is enabled with nobody left to send to');
      await shot(page, results, '83-mail-sent');

      const ours = smtp.messages.filter((m) => m.to.some((to) => to.endsWith(`-${run}@example.com`)));
      if (ours.length !== 2) throw new Error(`The SMTP sink received ${ours.length} mails for this campaign, not 2`);
      for (const message of ours) {
        if (!/^List-Unsubscribe: <http/m.test(message.raw)) throw new Error('A mail has no List-Unsubscribe header');
        if (!/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m.test(message.raw))
          throw new Error('A mail has no one-click header');
      }
      noProblems(problems);
      await page.context().close();
    },
  },
];
