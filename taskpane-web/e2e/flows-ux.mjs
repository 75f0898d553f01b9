/**
 * What a person sees (issue 17): the screens this round changed, each at 1280×800 and 360×740, with axe on each.
 * Runs after the sign-in flows (the admin has two-step sign-in; the viewer's session is kept in `state.viewer`).
 */
import { checkAccessibility, expectNoSidewaysScroll, openPage } from './browser.mjs';
import { expectAbsent, expectVisible, noProblems, shot, signIn, state } from './flows.mjs';
import { nextStep, totp } from './totp.mjs';

const WIDE = { width: 1280, height: 800 };
const NARROW = { width: 360, height: 740 };
const axeFindings = [];

/** A JSON call from inside the signed-in page (its cookies and CSRF token). */
export async function call(page, method, path, body) {
  const answer = await page.evaluate(
    async ({ method, path, body }) => {
      const csrf = () =>
        decodeURIComponent(
          document.cookie
            .split('; ')
            .find((c) => c.startsWith('XSRF-TOKEN='))
            ?.split('=')[1] ?? '',
        );
      if (!csrf()) await fetch('/api/config', { credentials: 'same-origin' });
      const response = await fetch(path, {
        method,
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrf() },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
  if (answer.status >= 400) throw new Error(`${method} ${path} answered ${answer.status}: ${answer.text}`);
  return answer.text ? JSON.parse(answer.text) : undefined;
}

/** Screenshots at both sizes (the page is resized and given time to reflow), with axe on each. */
async function bothSizes(page, results, name, ready) {
  for (const [size, viewport] of [
    ['1280', WIDE],
    ['360', NARROW],
  ]) {
    await page.setViewportSize(viewport);
    if (ready) await ready(size);
    await shot(page, results, `ux-${name}-${size}`);
    await expectNoSidewaysScroll(page, name);
    try {
      await checkAccessibility(page, `${name} at ${size} px`);
    } catch (error) {
      axeFindings.push(error.message);
    }
  }
}

/** No form label on the page overlaps a field, and no two x labels of a chart touch (the phone findings). */
async function nothingOverlaps(page, what) {
  const overlaps = await page.evaluate(() => {
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 ? r : null;
    };
    const meet = (a, b) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const found = [];
    const labels = [...document.querySelectorAll('main label, [role="dialog"] label')].filter(
      (el) => !el.querySelector('input'),
    );
    const fields = [
      ...document.querySelectorAll(
        'main input:not([type="radio"]):not([type="checkbox"]), main [role="combobox"], main textarea',
      ),
    ];
    for (const label of labels) {
      const a = visible(label);
      if (!a) continue;
      for (const field of fields) {
        const b = visible(field);
        if (b && !label.contains(field) && meet(a, b)) found.push(`label "${label.textContent}" overlaps a field`);
      }
    }
    for (const svg of document.querySelectorAll('svg[role="img"]')) {
      const texts = [...svg.querySelectorAll('text')].map((t) => [t.textContent, visible(t)]).filter(([, r]) => r);
      const axis = texts.filter(([, r]) => Math.abs(r.bottom - Math.max(...texts.map(([, q]) => q.bottom))) < 2);
      axis.sort((x, y) => x[1].left - y[1].left);
      for (let i = 1; i < axis.length; i++) {
        if (axis[i][1].left - axis[i - 1][1].right < 4)
          found.push(`chart labels "${axis[i - 1][0]}" and "${axis[i][0]}" touch`);
      }
    }
    return found;
  });
  if (overlaps.length > 0) throw new Error(`${what}: ${overlaps.join('; ')}`);
}

const ux = { page: null, problems: [], cordell: '' };

export const uxFlows = [
  {
    name: 'ux: contacts show phones, addresses and custom fields as people write them; same names are told apart',
    async run({ browser, baseUrl, admin, results }) {
      const { page, problems } = await openPage(browser, WIDE);
      ux.page = page;
      ux.problems = problems;
      await page.goto(`${baseUrl}/contacts`);
      await signIn(page, admin.email, admin.password);
      await nextStep();
      await page.getByLabel('Code from your authenticator app').fill(totp(state.secret));
      await page.getByRole('button', { name: 'Verify' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Contacts' }), 'the contacts page');

      await call(page, 'POST', '/api/custom-fields', {
        key: 'ux_portfolio_value',
        label: 'Portfolio value',
        type: 'number',
      });
      await call(page, 'POST', '/api/custom-fields', { key: 'ux_review_date', label: 'Review date', type: 'date' });
      const cordell = await call(page, 'POST', '/api/contacts', {
        type: 'individual',
        firstName: 'Cordell',
        lastName: 'Greenholt-Ux',
        email: 'cordell@greenholt-ux.example',
        phone: '+13035550135',
        addressLine1: '1600 Glenarm Pl',
        city: 'Denver',
        region: 'CO',
        postalCode: '80202',
        country: 'United States',
        customFields: { ux_portfolio_value: 1875000, ux_review_date: '2025-12-18' },
        tags: [],
      });
      ux.cordell = cordell.id;
      await call(page, 'POST', '/api/contacts', {
        type: 'individual',
        firstName: 'Cordell',
        lastName: 'Greenholt-Ux',
        city: 'Berlin',
        phone: '+49 30 901820',
        addressLine1: 'Unter den Linden 5',
        postalCode: '10117',
        country: 'Germany',
        tags: [],
      });
      await call(page, 'POST', '/api/contacts', {
        type: 'business',
        companyName: 'Greenholt-Ux Holdings Ltd',
        phone: '+44 20 7946 0958',
        tags: [],
      });

      await page.goto(`${baseUrl}/contacts`);
      await page.getByRole('searchbox').fill('Greenholt-Ux');
      await bothSizes(page, results, 'contacts', async (size) => {
        if (size === '1280') {
          const table = page.getByRole('table', { name: 'Contacts' });
          await expectVisible(
            table.getByText('cordell@greenholt-ux.example').first(),
            'the email that tells the two Cordells apart',
          );
          await expectVisible(table.getByRole('link', { name: '(303) 555-0135' }), 'the phone in national format');
          await expectVisible(
            table.getByRole('link', { name: '+44 20 7946 0958' }),
            'a foreign phone in international format',
          );
          const business = table.getByRole('row', { name: /Greenholt-Ux Holdings Ltd/ });
          const companyCell = await business.getByRole('cell').nth(2).innerText();
          if (companyCell.trim()) throw new Error(`The business repeats its name as its company: "${companyCell}"`);
        } else {
          await expectVisible(page.getByRole('list', { name: 'Contacts' }), 'contacts as a list');
        }
      });

      await page.goto(`${baseUrl}/contacts/${cordell.id}`);
      const drawer = page.getByRole('dialog');
      await expectVisible(drawer.getByText('Denver, CO 80202'), 'the American address laid out as Americans write it');
      await expectVisible(drawer.getByText('1,875,000'), 'the money custom field grouped');
      await expectVisible(drawer.getByText(/Dec 18, 2025/), 'the date custom field as every other date');
      await bothSizes(page, results, 'contact-detail');
      noProblems(problems);
    },
  },
  {
    name: 'ux: the timeline and the audit log speak in labels and sentences that link to the record',
    async run({ baseUrl, results }) {
      const page = ux.page;
      const before = await call(page, 'GET', `/api/contacts/${ux.cordell}`);
      await call(page, 'PUT', `/api/contacts/${ux.cordell}`, { ...before, city: 'Boulder', version: before.version });
      const saved = await call(page, 'GET', `/api/contacts/${ux.cordell}`);
      // Saving again with nothing changed records nothing.
      await call(page, 'PUT', `/api/contacts/${ux.cordell}`, { ...saved, version: saved.version });
      const audit = await call(page, 'GET', `/api/audit?action=contact.updated&entityId=${ux.cordell}`);
      if (audit.items.length !== 1 || Object.keys(audit.items[0].changes).join() !== 'city') {
        throw new Error(`Expected one change of the city, got ${JSON.stringify(audit.items.map((i) => i.changes))}`);
      }
      await page.goto(`${baseUrl}/contacts/${ux.cordell}`);
      const timeline = page.getByRole('list', { name: 'Timeline' });
      await expectVisible(timeline.getByRole('row', { name: /City/ }), 'the timeline’s field label');
      await timeline.scrollIntoViewIfNeeded();
      await bothSizes(page, results, 'timeline');

      await page.goto(`${baseUrl}/admin/audit`);
      const sentence = page.getByText(/changed Cordell Greenholt-Ux’s city/).first();
      await expectVisible(
        page.getByRole('link', { name: 'Cordell Greenholt-Ux' }).first(),
        'the record’s name as a link',
      );
      await expectVisible(sentence, 'an audit sentence');
      await bothSizes(page, results, 'audit', () => nothingOverlaps(page, 'The audit filters'));

      await page.goto(`${baseUrl}/admin/fields`);
      await expectVisible(page.getByText('Portfolio value').first(), 'the custom fields');
      await bothSizes(page, results, 'custom-fields', () => nothingOverlaps(page, 'The custom-field form'));
      noProblems(ux.problems);
    },
  },
  {
    name: 'ux: admin pages — users as cards on a phone, a confirmation before one’s own role, HTTPS said on plain HTTP',
    async run({ baseUrl, results }) {
      const page = ux.page;
      await page.goto(`${baseUrl}/admin/users`);
      await bothSizes(page, results, 'users', async (size) => {
        if (size === '360') await expectVisible(page.getByRole('list', { name: 'Users' }), 'users as cards');
        else await expectVisible(page.getByRole('table', { name: 'Users' }), 'users as a table');
      });
      await page.setViewportSize(WIDE);
      const own = page.getByRole('combobox', { name: /^Role of / }).first();
      const me = await call(page, 'GET', '/api/auth/me');
      await page.getByRole('combobox', { name: `Role of ${me.user.fullName}` }).click();
      await page.getByRole('option', { name: 'Viewer' }).click();
      await expectVisible(
        page.getByText('Change your own role to Viewer?'),
        'the question before one’s own role changes',
      );
      await shot(page, results, 'ux-users-own-role-1280');
      await page.getByRole('button', { name: 'Keep it as it is' }).click();
      await expectVisible(
        page.getByRole('combobox', { name: `Role of ${me.user.fullName}` }).getByText('Admin'),
        'the role kept',
      );
      void own;

      await page.goto(`${baseUrl}/admin/addins`);
      await expectVisible(page.getByText('Office needs HTTPS'), 'the HTTPS notice on a plain-HTTP service');
      await bothSizes(page, results, 'addins');

      await page.goto(`${baseUrl}/dashboard`);
      await expectVisible(page.getByRole('heading', { name: 'Dashboard' }), 'the dashboard');
      await bothSizes(page, results, 'dashboard', async (size) => {
        await nothingOverlaps(page, `The dashboard at ${size} px`);
        if (size === '360') {
          await page.getByRole('button', { name: 'Menu' }).click();
          await expectVisible(
            page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Contacts' }),
            'the menu’s sections',
          );
        }
      });
      await page.getByRole('button', { name: 'Menu' }).click();
      noProblems(ux.problems);
      await page.context().close();
    },
  },
  {
    name: 'ux: a viewer sees no Import, and is told "not allowed" at an admin link; sign-in says to ask the admin',
    async run({ browser, baseUrl, results }) {
      const context = await browser.newContext({ viewport: WIDE, storageState: state.viewer });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/admin/users`);
      await expectVisible(page.getByText('Not allowed'), 'the not-allowed message');
      await expectAbsent(
        page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Import' }),
        'Import for a viewer',
      );
      await bothSizes(page, results, 'not-allowed');
      await context.close();

      const { page: signInPage, context: fresh } = await openPage(browser, WIDE);
      await signInPage.goto(`${baseUrl}/`);
      await expectVisible(
        signInPage.getByText(/Forgot your password\? Ask your firm’s Steward administrator/),
        'the forgot-password hint',
      );
      await bothSizes(signInPage, results, 'sign-in');
      await fresh.close();
      if (axeFindings.length > 0) console.log(`    axe, serious or critical:\n      ${axeFindings.join('\n      ')}`);
      else console.log('    axe: no serious or critical violations on these screens at either size');
    },
  },
];
