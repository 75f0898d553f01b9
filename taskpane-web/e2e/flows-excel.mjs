/**
 * The Excel pane's import and sync in a fake Excel (office-stub.mjs keeps the sheet as an in-memory grid), all done in
 * the pane: import a sheet of contacts with one bad row, review the preview, commit with progress, point at the bad
 * row from the error list, download the rejected rows and add them as a sheet; the Steward ID column is written. Then
 * the same field is changed in the sheet and in Steward: Sync shows the conflict field by field, the user keeps
 * Steward's value, and Refresh sheet writes just the changed cells (formula-like text as text).
 *
 * Signs in as the user the browser flows created (Una), with the dialog answered at once (the dialog itself is
 * covered by the Excel flow in flows-office.mjs).
 */
import { readFileSync } from 'node:fs';
import { checkAccessibility, openPage } from './browser.mjs';
import { expectVisible as expectVisibleFor, shot } from './flows.mjs';
import { officeStub } from './office-stub.mjs';
import { apiCaller, login, waitForRequestBudget } from './pane-api.mjs';

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

/** As flows.mjs waits, but longer: this flow commits through the service while the pane follows it. */
const expectVisible = (locator, what, timeout = 20000) => expectVisibleFor(locator, what, timeout);

const grid = (page) => page.evaluate((sheet) => window.__stewardExcel.sheets[sheet], SHEET);
const JOB_URL = /\/api\/imports\/[0-9a-f-]{36}$/;

/** The import in the pane, from the review's Commit button to the committed outcome, with the progress bar held a moment. */
async function commitInPane(page, results, progressShot) {
  // A few rows commit in milliseconds; the pane's first progress poll is held back so that the bar can be seen.
  let held = false;
  await page.route(JOB_URL, async (route) => {
    if (!held && route.request().method() === 'GET') {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 1500));
    }
    await route.continue();
  });
  await page.getByRole('button', { name: /^Commit: / }).click();
  await expectVisible(
    page.getByRole('progressbar', { name: /Import progress|Committing the import/ }),
    'the commit’s progress bar',
  );
  await expectVisible(page.getByText(/of 5 rows done/), 'rows done of total');
  if (progressShot) await shot(page, results, progressShot);
  await expectVisible(page.getByText('Import committed'), 'the committed outcome');
  await page.unroute(JOB_URL);
}

export const excelFlows = [
  {
    name: 'Excel pane: import a sheet in the pane (preview, commit, progress, errors pointing at rows, rejected rows), Steward ID column, sync with a conflict, refresh',
    async run({ browser, baseUrl, results }) {
      const session = await login(baseUrl);
      const call = apiCaller(baseUrl, session.accessToken);
      await waitForRequestBudget(baseUrl, session.accessToken, 80);
      const { context, page, problems } = await openPage(browser, PANE);
      const stub = officeStub({
        host: 'Excel',
        workbook: { name: 'Client list 2026.xlsx', sheet: SHEET, rows: ROWS },
        dialogAnswer: { type: 'signedIn', session },
      });
      await context.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
      await page.goto(baseUrl + PANE_URL);
      await page.getByRole('button', { name: 'Sign in' }).click();

      // Import: the rows are read from the grid and reviewed in the pane.
      await page.getByRole('button', { name: 'Import this sheet' }).click();
      const preview = page.getByRole('list', { name: 'Preview' });
      await expectVisible(preview.getByText('Harriet Quayle'), 'a good row in the preview');
      await expectVisible(preview.getByText('Email is not a valid email address'), 'the bad row’s problem in words');
      await expectVisible(page.getByRole('list', { name: 'Column mapping' }), 'the column mapping');
      await shot(page, results, 'excel-import-preview');
      await checkAccessibility(page, 'the Excel import preview');
      const [job] = await call('GET', '/api/imports');
      if (
        job.source !== 'sheet' ||
        job.sheetName !== SHEET ||
        job.rowsTotal !== 5 ||
        !job.sheetLinkId ||
        job.status !== 'ready'
      ) {
        throw new Error(`Expected a linked sheet import of 5 rows, ready, got ${JSON.stringify(job)}`);
      }
      if (JSON.stringify(job.header) !== JSON.stringify(ROWS[0]))
        throw new Error(`Header read as ${JSON.stringify(job.header)}`);

      await commitInPane(page, results, 'excel-import-progress');
      const outcome = page.getByLabel('Import outcome');
      await expectVisible(outcome.getByText('Rejected'), 'the outcome’s counts');

      // The error list points at the sheet: clicking the bad row's number selects row 5 in the grid.
      const rejected = page.getByRole('list', { name: 'Rejected rows list' });
      await expectVisible(rejected.getByText('Email is not a valid email address'), 'the bad row in the error list');
      await rejected.getByRole('button', { name: 'Go to row 5' }).click();
      await page.waitForFunction(() => window.__stewardExcel.selected.length > 0);
      const selected = await page.evaluate(() => window.__stewardExcel.selected.at(-1));
      if (selected.sheet !== SHEET || selected.row !== 4 || selected.rows !== 1) {
        throw new Error(`Expected sheet row 5 selected, got ${JSON.stringify(selected)}`);
      }

      // The rejected rows as an .xlsx file, and as a sheet of the workbook.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download rejected rows (.xlsx)' }).click(),
      ]);
      const bytes = readFileSync(await download.path());
      if (!download.suggestedFilename().endsWith('.xlsx') || bytes.subarray(0, 2).toString('latin1') !== 'PK') {
        throw new Error(
          `The rejected rows download is not an .xlsx: ${download.suggestedFilename()}, starts ${bytes.subarray(0, 4).toString('hex')}`,
        );
      }
      await page.getByRole('button', { name: 'Add the rejected rows as a sheet' }).click();
      await expectVisible(page.getByText('Added the sheet “Rejected rows”.'), 'the added sheet');
      const rejectedSheet = await page.evaluate(() => window.__stewardExcel.sheets['Rejected rows']);
      if (JSON.stringify(rejectedSheet?.[1]?.slice(0, 6)) !== JSON.stringify(['5', ...ROWS[4]])) {
        throw new Error(`The "Rejected rows" sheet holds ${JSON.stringify(rejectedSheet)}`);
      }

      // The Steward ID column: the linked contact of each good row, none for the bad row.
      await expectVisible(page.getByText(/Steward ID column written \(4 rows\)/), 'the Steward ID column written');
      await shot(page, results, 'excel-import-committed');
      const linked = await call('GET', `/api/sheet-links/${job.sheetLinkId}/rows`);
      if (linked.length !== 4) throw new Error(`Expected 4 linked rows (the bad row 5 rejected), got ${linked.length}`);
      const byRow = (rowNumber) => linked.find((row) => row.rowNumber === rowNumber).contactId;
      const withIds = await grid(page);
      const idColumn = withIds.map((row) => row[5] ?? '');
      const expectedIds = ['Steward ID', byRow(2), byRow(3), byRow(4), '', byRow(6)];
      if (JSON.stringify(idColumn) !== JSON.stringify(expectedIds)) {
        throw new Error(
          `The Steward ID column reads ${JSON.stringify(idColumn)}, expected ${JSON.stringify(expectedIds)}`,
        );
      }
      if (!(await page.getByRole('button', { name: 'Undo import' }).isEnabled()))
        throw new Error('Undo is not offered');

      // The same field changed on both sides: Harriet's city is Whitby in the sheet and Scarborough in Steward.
      await page.evaluate((sheet) => {
        window.__stewardExcel.sheets[sheet][1][4] = 'Whitby';
      }, SHEET);
      const harriet = await call('GET', `/api/contacts/${byRow(2)}`);
      await call('PUT', `/api/contacts/${harriet.id}`, { ...harriet, city: 'Scarborough', version: harriet.version });

      await page.getByRole('button', { name: 'Done' }).click();
      const card = page.getByRole('region', { name: 'Linked sheet' });
      await expectVisible(card.getByText('4', { exact: true }), 'the linked sheet card with 4 rows');
      await card.getByRole('button', { name: 'Sync' }).click();
      await expectVisible(preview, 'the sync’s preview');
      await expectVisible(
        page.getByText('1 field was changed on both sides'),
        'the conflict announced before the commit',
      );
      const [again] = await call('GET', '/api/imports');
      if (again.id === job.id || again.sheetLinkId !== job.sheetLinkId)
        throw new Error('Sync did not import into the same link');
      await commitInPane(page, results, null);
      const conflicts = page.getByRole('region', { name: 'Conflicts' });
      const city = conflicts.getByRole('radiogroup').first();
      await expectVisible(conflicts.getByText('Row 2'), 'the conflicting row');
      await expectVisible(city.getByRole('radio', { name: 'Sheet: Whitby' }), 'the sheet’s value');
      await expectVisible(city.getByRole('radio', { name: 'Steward: Scarborough' }), 'Steward’s value');
      const conflictCount = await conflicts.getByRole('radiogroup').count();
      if (conflictCount !== 1) throw new Error(`Expected one conflicting field, got ${conflictCount}`);
      await conflicts.scrollIntoViewIfNeeded();
      await shot(page, results, 'excel-conflict');
      await checkAccessibility(page, 'the Excel conflicts');
      if ((await call('GET', `/api/contacts/${harriet.id}`)).city !== 'Scarborough')
        throw new Error('The sync overwrote Steward’s city');

      // Keep Steward's city: the pane writes it into the sheet at once, so the next sync cannot bring Whitby back.
      await city.getByRole('radio', { name: 'Steward: Scarborough' }).check();
      await conflicts.getByRole('button', { name: 'Save choices' }).click();
      await expectVisible(conflicts.getByText('Your choices are saved in Steward.'), 'the saved choice');
      await expectVisible(
        conflicts.getByText("1 cell of the sheet updated to Steward's value."),
        'the kept value written',
      );
      const kept = await grid(page);
      if (kept[1][4] !== 'Scarborough')
        throw new Error(`The sheet still shows ${kept[1][4]} where Steward's city was kept`);
      // Then Steward changes Ravi's company (formula-like text), and Refresh sheet writes only that cell.
      const ravi = await call('GET', `/api/contacts/${byRow(3)}`);
      await call('PUT', `/api/contacts/${ravi.id}`, {
        ...ravi,
        companyName: '=Northgate Trust Ltd',
        version: ravi.version,
      });
      const before = await grid(page);

      await page.getByRole('button', { name: 'Done' }).click();
      await card.getByRole('button', { name: 'Refresh sheet' }).click();
      await expectVisible(card.getByText(/Sheet refreshed: 1 cell changed in 4 linked rows/), 'the refresh outcome');
      await shot(page, results, 'excel-refresh');
      await checkAccessibility(page, 'the Excel linked sheet');
      const refreshed = await grid(page);
      const expected = before.map((row) => [...row]);
      expected[2][3] = '=Northgate Trust Ltd';
      if (JSON.stringify(refreshed) !== JSON.stringify(expected)) {
        throw new Error(
          `The sheet was not refreshed as expected (only Ravi's company changed):\n  ${JSON.stringify(refreshed)}\n  ${JSON.stringify(expected)}`,
        );
      }
      const formulas = await page.evaluate(() => window.__stewardExcel.formulas);
      if (formulas.length > 0) throw new Error(`Text was written as formulas: ${JSON.stringify(formulas)}`);

      if (problems.length > 0) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
      await context.close();
    },
  },
  {
    name: 'Excel pane: a workbook with a cover sheet, a hidden sheet and a contacts sheet: pick the contacts sheet and import it, other emails shown',
    async run({ browser, baseUrl, results }) {
      const session = await login(baseUrl);
      const call = apiCaller(baseUrl, session.accessToken);
      await waitForRequestBudget(baseUrl, session.accessToken, 40);
      const { context, page, problems } = await openPage(browser, PANE);
      const unique = Date.now().toString(36);
      const rows = [
        ['First Name', 'Last Name', 'E-mail Address', 'E-mail 2 Address', 'Mobile Phone'],
        [
          'Odile',
          'Brannock',
          `odile.brannock.${unique}@brannock.example`,
          `odile.${unique}@home.example`,
          '+44 7911 123456',
        ],
        ['Piers', 'Ashdown', `piers.ashdown.${unique}@ashdown.example`, '', ''],
      ];
      const stub = officeStub({
        host: 'Excel',
        workbook: {
          name: `Several sheets ${unique}.xlsx`,
          sheet: 'Cover',
          rows: [['Client list — March'], ['Prepared for the partners']],
          moreSheets: [
            { name: 'Lists', rows: [['Contact types'], ['Lead']], hidden: true },
            { name: 'Clients', rows },
          ],
        },
        dialogAnswer: { type: 'signedIn', session },
      });
      await context.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
      await page.goto(baseUrl + PANE_URL);
      await page.getByRole('button', { name: 'Sign in' }).click();

      const picker = page.getByRole('combobox', { name: 'Sheet to import' });
      await expectVisible(picker, 'the sheet picker');
      const options = await picker.locator('option').allTextContents();
      if (JSON.stringify(options) !== JSON.stringify(['Cover (2 rows)', 'Clients (3 rows)'])) {
        throw new Error(
          `The picker offers ${JSON.stringify(options)}, expected the two visible sheets with their rows`,
        );
      }
      await picker.selectOption('Clients');
      await expectVisible(page.getByText('Sheet: Clients'), 'the picked sheet open');
      await shot(page, results, 'excel-sheet-picker');
      await checkAccessibility(page, 'the Excel sheet picker');
      const active = await page.evaluate(() => window.__stewardExcel.active);
      if (active !== 'Clients') throw new Error(`Excel's active sheet is ${active}, not the one picked`);

      await page.getByRole('button', { name: 'Import this sheet' }).click();
      const preview = page.getByRole('list', { name: 'Preview' });
      await expectVisible(preview.getByText('Odile Brannock'), 'a row of the picked sheet in the preview');
      await expectVisible(
        preview.getByText(`odile.${unique}@home.example (other)`, { exact: false }),
        'the other email in the preview',
      );
      await shot(page, results, 'excel-sheet-picked-preview');
      const [job] = await call('GET', '/api/imports');
      if (job.sheetName !== 'Clients' || job.rowsTotal !== 2) {
        throw new Error(
          `Expected an import of the Clients sheet's 2 rows, got ${JSON.stringify({ sheetName: job.sheetName, rowsTotal: job.rowsTotal })}`,
        );
      }
      const full = await call('GET', `/api/imports/${job.id}`);
      const { values } = full.preview[0];
      if (
        values.phone !== '+447911123456' ||
        JSON.stringify(values.otherEmails) !== JSON.stringify([`odile.${unique}@home.example (other)`])
      ) {
        throw new Error(`Odile's row previewed as ${JSON.stringify(values)}`);
      }

      if (problems.length > 0) throw new Error(`The page reported problems:\n  ${problems.join('\n  ')}`);
      await context.close();
    },
  },
];
