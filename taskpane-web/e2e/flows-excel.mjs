/**
 * The Excel pane's import and sync in a fake Excel (office-stub.mjs keeps the sheet as an in-memory grid): import a
 * sheet of contacts with one bad row → preview → commit → progress → outcome with the error list → the Steward ID
 * column in the grid → an edit on both sides → Sync shows the conflict → resolve → Refresh sheet.
 *
 * Signs in as the user the browser flows created (Una), with the dialog answered at once (the dialog itself is
 * covered by the Excel flow in flows-office.mjs).
 */
import { join } from 'node:path';
import { checkAccessibility, openPage } from './browser.mjs';
import { officeStub } from './office-stub.mjs';

const USER = { email: 'una@e2e.example.com', password: 'Quiet-Harbour-Lantern-42' };
const PANE = { width: 350, height: 900 };
const PANE_URL = '/?host=excel&_host_Info=Excel$Win32$16.02$en-US$$$$0';
const SHEET = 'Clients';
const ROWS = [
  ['First Name', 'Last Name', 'E-mail Address', 'Company', 'City'],
  ['Harriet', 'Quayle', 'harriet.quayle@quayle-estates.example', 'Quayle Estates', 'York'],
  ['Ravi', 'Okonjo', 'ravi.okonjo@northgate.example', 'Northgate Trust', 'Leeds'],
  ['Mina', 'Castell', 'mina.castell@castell-law.example', 'Castell Law', 'Hull'],
  ['Tobias', 'Wren', 'not-an-email', 'Wren & Co', 'Bath'],
  ['Ines', 'Farrow', 'ines.farrow@farrow.example', '', 'Leeds'],
];

async function shot(page, results, name) {
  await page.waitForTimeout(250);
  await page.screenshot({ path: join(results, `${name}.png`), fullPage: true });
}

async function expectVisible(locator, what, timeout = 20000) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`Expected to see ${what}`);
  }
}

async function login(baseUrl) {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(USER),
  });
  if (!response.ok) throw new Error(`Signing in as ${USER.email} failed: ${response.status} ${await response.text()}`);
  return response.json();
}

function caller(baseUrl, token) {
  return async (method, path, body) => {
    const response = await fetch(baseUrl + path, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
    return text ? JSON.parse(text) : undefined;
  };
}

/** The earlier flows spend much of this minute's 100 requests as Una; start this one on a fresh minute if needed. */
async function waitForRequestBudget(baseUrl, token, needed) {
  const response = await fetch(`${baseUrl}/api/auth/me`, { headers: { Authorization: `Bearer ${token}` } });
  const remaining = Number(response.headers.get('RateLimit-Remaining') ?? '0');
  const reset = Number(response.headers.get('RateLimit-Reset') ?? '60');
  if (remaining < needed) {
    console.log(`    waiting ${reset + 1} s for a fresh minute of the service's rate limit`);
    await new Promise((resolve) => setTimeout(resolve, (reset + 1) * 1000));
  }
}

const grid = (page) => page.evaluate((sheet) => window.__stewardExcel.sheets[sheet], SHEET);

async function commitReview(page) {
  const commit = page.getByRole('button', { name: /^Commit/ });
  await expectVisible(commit, 'the commit button');
  await commit.click();
  await expectVisible(page.getByText('Import committed'), 'the committed import');
}

export const excelFlows = [
  {
    name: 'Excel pane: import a sheet, write the Steward ID column, sync with a conflict, resolve, refresh',
    async run({ browser, baseUrl, results }) {
      const session = await login(baseUrl);
      const call = caller(baseUrl, session.accessToken);
      await waitForRequestBudget(baseUrl, session.accessToken, 70);
      const { context, page, problems } = await openPage(browser, PANE);
      const stub = officeStub({
        host: 'Excel',
        workbook: { name: 'Client list 2026.xlsx', sheet: SHEET, rows: ROWS },
        dialogAnswer: { type: 'signedIn', session },
      });
      await context.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
      await page.goto(baseUrl + PANE_URL);
      await page.getByRole('button', { name: 'Sign in' }).click();

      await page.getByRole('button', { name: 'Import this sheet' }).click();
      await expectVisible(page.getByRole('button', { name: /^Commit/ }), 'the import preview');
      await shot(page, results, 'excel-import-preview');
      await checkAccessibility(page, 'the Excel import preview');

      await commitReview(page);
      await expectVisible(page.getByText(/Steward ID column written/), 'the Steward ID column message');
      await expectVisible(page.getByRole('button', { name: 'Go to row 5' }), 'the rejected row 5 in the error list');
      await page.getByRole('button', { name: 'Go to row 5' }).first().click();
      await page.waitForFunction(() => window.__stewardExcel.selected.some((s) => s.row === 4));
      await page.getByRole('button', { name: 'Add the rejected rows as a sheet' }).click();
      await expectVisible(page.getByText('Added the sheet “Rejected rows”.'), 'the rejected rows sheet');
      await shot(page, results, 'excel-import-committed');

      const afterImport = await grid(page);
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
      if (afterImport[0][5] !== 'Steward ID') throw new Error(`No Steward ID header: ${JSON.stringify(afterImport[0])}`);
      const ids = afterImport.slice(1).map((row) => row[5] ?? '');
      if (![0, 1, 2, 4].every((i) => uuid.test(ids[i])) || ids[3] !== '') {
        throw new Error(`Expected ids for rows 2, 3, 4 and 6 and none for the bad row 5, got ${JSON.stringify(ids)}`);
      }
      const rejectedSheet = await page.evaluate(() => window.__stewardExcel.sheets['Rejected rows']);
      if (!rejectedSheet || rejectedSheet[1]?.[0] !== '5') throw new Error(`Rejected rows sheet: ${JSON.stringify(rejectedSheet)}`);

      // Harriet's city changes in the sheet and in Steward; Ravi's company only in Steward.
      await page.evaluate((sheet) => { window.__stewardExcel.sheets[sheet][1][4] = 'Whitby'; }, SHEET);
      const harriet = await call('GET', `/api/contacts/${ids[0]}`);
      await call('PUT', `/api/contacts/${ids[0]}`, { ...harriet, city: 'Scarborough', version: harriet.version });

      await page.getByRole('button', { name: 'Done' }).click();
      await expectVisible(page.getByRole('region', { name: 'Linked sheet' }), 'the linked sheet card');
      await page.getByRole('button', { name: 'Sync' }).click();
      await commitReview(page);
      const conflicts = page.getByRole('region', { name: 'Conflicts' });
      await expectVisible(conflicts.getByRole('radio', { name: 'Sheet: Whitby' }), 'the conflict’s sheet value');
      await expectVisible(conflicts.getByRole('radio', { name: 'Steward: Scarborough' }), 'the conflict’s Steward value');
      await shot(page, results, 'excel-conflict');
      await checkAccessibility(page, 'the Excel conflicts');

      await conflicts.getByRole('radio', { name: 'Steward: Scarborough' }).check();
      await conflicts.getByRole('button', { name: 'Save choices' }).click();
      await conflicts.getByRole('button', { name: "Write Steward's values into the sheet" }).click();
      await expectVisible(conflicts.getByText('1 cell of the sheet updated.'), 'the sheet cell updated');
      if ((await grid(page))[1][4] !== 'Scarborough') throw new Error('The sheet does not show the kept Steward value');

      const ravi = await call('GET', `/api/contacts/${ids[1]}`);
      await call('PUT', `/api/contacts/${ids[1]}`, { ...ravi, companyName: '=Northgate Trust Ltd', version: ravi.version });
      await page.getByRole('button', { name: 'Done' }).click();
      await page.getByRole('button', { name: 'Refresh sheet' }).click();
      await expectVisible(page.getByText(/Sheet refreshed: 1 cell changed in 4 linked rows/), 'the refresh outcome');
      await shot(page, results, 'excel-refresh');
      const refreshed = await grid(page);
      if (refreshed[2][3] !== '=Northgate Trust Ltd') throw new Error(`Ravi's company not refreshed: ${JSON.stringify(refreshed[2])}`);
      const formulas = await page.evaluate(() => window.__stewardExcel.formulas);
      if (formulas.length > 0) throw new Error(`Text was written as formulas: ${JSON.stringify(formulas)}`);

      if (problems.length > 0) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
      await context.close();
    },
  },
];
