import { join } from 'node:path';
import { checkAccessibility, expectNoSidewaysScroll, openPage } from './browser.mjs';
import { nextStep, totp } from './totp.mjs';

/** What the flows hand on to each other: they run in order, as one user story. */
export const state = { adminPage: null, adminProblems: [], secret: '', viewer: null, contactId: '' };

export const PASSWORD = 'Quiet-Harbour-Lantern-42';

export async function shot(page, results, name) {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(results, `${name}.png`), fullPage: true });
}

export async function expectVisible(locator, what, timeout = 15000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`Expected to see ${what}`);
  }
}

export async function expectAbsent(locator, what) {
  if ((await locator.count()) > 0) throw new Error(`Expected no ${what}`);
}

export function noProblems(problems) {
  if (problems.length > 0) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
}

export async function signIn(page, email, password) {
  await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in page');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** After sign-in the dashboard opens (or the page that was open); the contact flows go on from Contacts. */
export async function toContacts(page) {
  const contacts = page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Contacts' });
  await expectVisible(contacts, 'the navigation after sign-in');
  await contacts.click();
  await expectVisible(page.getByRole('heading', { name: 'Contacts' }), 'the contacts page');
}

export async function openUserMenu(page) {
  await page.getByRole('button', { name: /^Account:/ }).click();
}

/** Registers a user as the signed-in admin, from inside the admin's page (its cookies, its CSRF token). */
export async function register(page, user) {
  const answer = await page.evaluate(async (body) => {
    const readCsrf = () =>
      document.cookie
        .split('; ')
        .find((c) => c.startsWith('XSRF-TOKEN='))
        ?.split('=')[1] ?? '';
    // As the app's client does: a harmless GET hands out the CSRF cookie when the browser has none.
    if (!readCsrf()) await fetch('/api/config', { credentials: 'same-origin' });
    const send = () =>
      fetch('/api/auth/register', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(readCsrf()) },
        body: JSON.stringify(body),
      });
    let response = await send();
    // As the app's client does: a parallel answer may have replaced the CSRF cookie on the way; send once more.
    for (let attempt = 0; attempt < 3 && response.status === 403; attempt++) {
      if (!readCsrf()) await fetch('/api/config', { credentials: 'same-origin' });
      response = await send();
    }
    return { status: response.status, body: await response.text() };
  }, user);
  if (answer.status !== 201) throw new Error(`Register failed: ${answer.status} ${answer.body}`);
  return JSON.parse(answer.body);
}

export async function createContact(page, fill) {
  await page.getByRole('button', { name: 'New contact' }).click();
  const dialog = page.getByRole('dialog');
  await expectVisible(dialog.getByRole('heading', { name: 'New contact' }), 'the new contact dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await dialog.waitFor({ state: 'detached' });
}

export const flows = [
  {
    name: 'admin signs in and sets up two-step sign-in from the Security menu',
    async run({ browser, baseUrl, admin, results }) {
      const { page, problems } = await openPage(browser);
      state.adminPage = page;
      state.adminProblems = problems;
      await page.goto(baseUrl);
      await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in page');
      await shot(page, results, '01-sign-in');
      await checkAccessibility(page, 'sign-in');

      await signIn(page, admin.email, admin.password);
      await toContacts(page);
      await expectVisible(page.getByText('No contacts yet.'), 'the empty list');
      await shot(page, results, '02-contacts-empty');

      await openUserMenu(page);
      await expectVisible(page.getByRole('menuitem', { name: 'Security' }), 'the Security menu item');
      await shot(page, results, '03-user-menu');
      await page.getByRole('menuitem', { name: 'Security' }).click();
      await expectVisible(page.getByRole('img', { name: /QR code/ }), 'the QR code');
      await shot(page, results, '04-mfa-setup');
      state.secret = (await page.getByTestId('mfa-secret').textContent()).trim();
      await page.getByLabel('Code from the app').fill(totp(state.secret));
      await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
      await expectVisible(page.getByRole('list', { name: 'Recovery codes' }), 'the recovery codes');
      await shot(page, results, '05-recovery-codes');
      await page.getByRole('button', { name: 'I have saved my codes' }).click();

      await openUserMenu(page);
      await page.getByRole('menuitem', { name: 'Sign out' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in page after signing out');
      noProblems(problems);
    },
  },
  {
    name: 'admin signs in again with a code from the authenticator',
    async run({ admin, results }) {
      const page = state.adminPage;
      await signIn(page, admin.email, admin.password);
      await expectVisible(page.getByLabel('Code from your authenticator app'), 'the code question');
      await shot(page, results, '06-sign-in-code');
      // The code used to turn MFA on cannot be used again: wait for the next one.
      await nextStep();
      await page.getByLabel('Code from your authenticator app').fill(totp(state.secret));
      await page.getByRole('button', { name: 'Verify' }).click();
      await toContacts(page);
      noProblems(state.adminProblems);
    },
  },
  {
    name: 'admin creates contacts; invalid fields are shown on their fields',
    async run({ results }) {
      const page = state.adminPage;
      await page.getByRole('button', { name: 'New contact' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Email').fill('not-an-email');
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expectVisible(dialog.getByText('Email is not a valid email address.'), 'the email field error');
      await expectVisible(dialog.getByText(/individual needs a first or a last name/i), 'the name field error');
      await shot(page, results, '07-contact-dialog-errors');
      await dialog.getByRole('button', { name: 'Cancel' }).click();

      await createContact(page, async (d) => {
        await d.getByLabel('First name').fill('Eleanor');
        await d.getByLabel('Last name').fill('Vance');
        await d.getByLabel('Company').fill('Vance Holdings');
        await d.getByLabel('Email').fill('eleanor.vance@example.com');
        await d.getByLabel('Phone').fill('+1 202 555 0143');
        await d.getByLabel('City').fill('Arlington');
        await d.getByRole('textbox', { name: 'Tags' }).fill('vip');
        await d.getByRole('textbox', { name: 'Tags' }).press('Enter');
        await d.getByRole('textbox', { name: 'Tags' }).fill('estate-plan');
        await d.getByRole('textbox', { name: 'Tags' }).press('Enter');
        await d.getByLabel('Notes').fill('Prefers a call in the morning.');
        await shot(page, results, '08-contact-dialog');
      });
      await expectVisible(page.getByText('Eleanor Vance was added.'), 'the added notice');

      await createContact(page, async (d) => {
        await d.getByRole('combobox', { name: 'Type' }).click();
        await page.getByRole('option', { name: 'Business' }).click();
        await d.getByLabel('Company').fill('Vance Family Trust');
        await d.getByLabel('Email').fill('trust@vance.example.com');
      });
      await createContact(page, async (d) => {
        await d.getByLabel('First name').fill('Oscar');
        await d.getByLabel('Last name').fill('Temple');
      });
      await expectVisible(page.getByRole('link', { name: 'Oscar Temple' }), 'the new contact in the list');
      await shot(page, results, '09-contacts');
      noProblems(state.adminProblems);
    },
  },
  {
    name: 'search as you type finds the contact; the contacts page passes axe',
    async run({ results }) {
      const page = state.adminPage;
      await page.getByRole('searchbox').fill('Eleanor');
      await expectVisible(page.getByText('1–1 of 1'), 'one search result');
      await expectVisible(page.getByRole('link', { name: 'Eleanor Vance' }), 'Eleanor in the results');
      await expectAbsent(page.getByRole('link', { name: 'Oscar Temple' }), 'Oscar in the results');
      await shot(page, results, '10-contacts-search');
      await checkAccessibility(page, 'contacts');
    },
  },
  {
    name: 'a relationship is added with the picker and shows from both sides',
    async run({ results }) {
      const page = state.adminPage;
      const link = page.getByRole('link', { name: 'Eleanor Vance' });
      state.contactId = (await link.getAttribute('href')).split('/').pop();
      await link.click();
      const drawer = page.getByRole('dialog');
      await expectVisible(drawer.getByText('Prefers a call in the morning.'), 'the contact detail');
      await expectVisible(drawer.getByText('No relationships yet.'), 'no relationships yet');
      await shot(page, results, '11-contact-detail');
      await checkAccessibility(page, 'contact detail');

      await drawer.getByRole('button', { name: 'Add', exact: true }).click();
      await drawer.getByRole('combobox', { name: 'Eleanor Vance is…' }).click();
      await page.getByRole('option', { name: 'Trustee of' }).click();
      await drawer.getByRole('combobox', { name: 'Other contact' }).fill('Vance Family');
      await page.getByRole('option', { name: /Vance Family Trust/ }).click();
      await drawer.getByLabel('Notes').fill('Appointed 2024');
      await shot(page, results, '12-add-relationship');
      await drawer.getByRole('button', { name: 'Add relationship' }).click();
      await expectVisible(drawer.getByRole('link', { name: 'Vance Family Trust' }), 'the new relationship');
      await expectVisible(drawer.getByText('Trustee of'), 'its label');
      await shot(page, results, '13-relationship-added');

      await drawer.getByRole('link', { name: 'Vance Family Trust' }).click();
      await expectVisible(drawer.getByText('Has trustee'), 'the reciprocal label on the other contact');
      await expectVisible(drawer.getByRole('link', { name: 'Eleanor Vance' }), 'Eleanor on the other side');
      await shot(page, results, '14-relationship-other-side');
      await drawer.getByRole('button', { name: 'Close' }).click();
      noProblems(state.adminProblems);
    },
  },
  {
    name: 'a contact moves to the trash with undo, and comes back from the trash view',
    async run({ results }) {
      const page = state.adminPage;
      await page.getByRole('searchbox').fill('Oscar');
      await page.getByRole('link', { name: 'Oscar Temple' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
      await expectVisible(page.getByText('Oscar Temple was moved to the trash.'), 'the trash notice');
      await shot(page, results, '15-moved-to-trash');
      await page.getByRole('button', { name: 'Undo' }).click();
      await expectVisible(page.getByText('Oscar Temple is back from the trash.'), 'the undo notice');

      await page.getByRole('link', { name: 'Oscar Temple' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Move to trash' }).click();
      await page.getByRole('link', { name: 'Trash' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Trash' }), 'the trash view');
      await expectVisible(page.getByText('Oscar Temple'), 'Oscar in the trash');
      await shot(page, results, '16-trash');
      await page.getByRole('button', { name: 'Restore' }).click();
      await expectVisible(page.getByText('Oscar Temple is back in your contacts.'), 'the restored notice');
      await expectVisible(page.getByText('The trash is empty.'), 'an empty trash');
      await page.getByRole('link', { name: 'Back to contacts' }).click();
      await page.getByRole('searchbox').fill('');
      noProblems(state.adminProblems);
    },
  },
  {
    name: 'a new user on a one-time password chooses their own at first sign-in',
    async run({ browser, baseUrl, results }) {
      const { oneTimePassword } = await register(state.adminPage, {
        email: 'una@e2e.example.com',
        fullName: 'Una User',
        role: 'user',
      });

      const { context, page, problems } = await openPage(browser);
      await page.goto(baseUrl);
      await signIn(page, 'una@e2e.example.com', oneTimePassword);
      await expectVisible(page.getByRole('heading', { name: 'Choose your password' }), 'the password change page');

      // The one-time password has done its one sign-in: a second browser is told why it is refused.
      const second = await openPage(browser);
      await second.page.goto(baseUrl);
      await signIn(second.page, 'una@e2e.example.com', oneTimePassword);
      await expectVisible(
        second.page.getByText(/This one-time password has already been used/),
        'why the second use is refused',
      );
      await shot(second.page, results, '17a-one-time-password-used');
      await second.context.close();

      await page.getByLabel('Current password').fill(oneTimePassword);
      await page.getByLabel('New password', { exact: false }).first().fill(PASSWORD);
      await page.getByLabel('New password again').fill(PASSWORD);
      await shot(page, results, '17-change-password');
      await page.getByRole('button', { name: 'Save password' }).click();
      await toContacts(page);
      await expectVisible(page.getByRole('button', { name: 'New contact' }), 'edit controls for a user');
      noProblems(problems);
      await context.close();
    },
  },
  {
    name: 'a viewer sees no edit controls',
    async run({ browser, baseUrl, results }) {
      await register(state.adminPage, {
        email: 'vera@e2e.example.com',
        fullName: 'Vera Viewer',
        role: 'viewer',
        password: PASSWORD,
      });

      const { context, page, problems } = await openPage(browser);
      await page.goto(baseUrl);
      await signIn(page, 'vera@e2e.example.com', PASSWORD);
      await toContacts(page);
      await expectVisible(page.getByRole('link', { name: 'Eleanor Vance' }), 'the contacts');
      await expectAbsent(page.getByRole('button', { name: 'New contact' }), '"New contact" button for a viewer');
      await shot(page, results, '18-viewer-contacts');

      await page.getByRole('link', { name: 'Eleanor Vance' }).click();
      const drawer = page.getByRole('dialog');
      await expectVisible(drawer.getByRole('link', { name: 'Vance Family Trust' }), 'the relationship');
      for (const name of ['Edit', 'Move to trash', 'Add']) {
        await expectAbsent(drawer.getByRole('button', { name, exact: true }), `"${name}" button for a viewer`);
      }
      await expectAbsent(drawer.getByRole('button', { name: /^Remove:/ }), 'remove buttons for a viewer');
      await shot(page, results, '19-viewer-detail');
      state.viewer = await context.storageState();
      noProblems(problems);
      await context.close();
    },
  },
  {
    name: 'at 360 px the table becomes a list, and a reload of a contact link opens it',
    async run({ browser, baseUrl, results }) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, storageState: state.viewer });
      await context.route('https://appsforoffice.microsoft.com/**', (route) =>
        route.fulfill({ status: 404, body: '' }),
      );
      const page = await context.newPage();
      await page.goto(`${baseUrl}/contacts`);
      await expectVisible(page.getByRole('list', { name: 'Contacts' }), 'contacts as a list');
      await expectAbsent(page.getByRole('table'), 'a table at 360 px');
      await expectNoSidewaysScroll(page, 'The contacts page');
      await shot(page, results, '20-narrow-contacts');

      await page.goto(`${baseUrl}/contacts/${state.contactId}`);
      await expectVisible(
        page.getByRole('dialog').getByText('Prefers a call in the morning.'),
        'the contact after a reload',
      );
      await shot(page, results, '21-narrow-detail');
      await context.close();

      const adminPage = state.adminPage;
      await adminPage.setViewportSize({ width: 360, height: 740 });
      await adminPage.getByRole('button', { name: 'New contact' }).click();
      await expectVisible(adminPage.getByRole('dialog').getByLabel('First name'), 'the dialog at 360 px');
      await shot(adminPage, results, '22-narrow-contact-dialog');
      await adminPage.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
      await adminPage.context().close();
    },
  },
];
