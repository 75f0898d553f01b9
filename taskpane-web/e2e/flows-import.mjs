import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkAccessibility, expectNoSidewaysScroll, openPage } from './browser.mjs';
import { expectAbsent, expectVisible, noProblems, shot, signIn, state } from './flows.mjs';
import { nextStep, totp } from './totp.mjs';

/**
 * The browser import after the CRM flows: the admin drops a Google Contacts export with four good rows and two bad
 * ones, maps the column Steward did not recognise, commits, reads and downloads the rejected rows, and undoes it.
 */
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'google-contacts-e2e.csv');
const FILE_NAME = 'google-contacts-e2e.csv';
// The service tests' Outlook export: the full 92-column header.
const OUTLOOK = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'service',
  'src',
  'test',
  'resources',
  'spreadsheets',
  'outlook-contacts.csv',
);
const WORKBOOK = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'two-sheets-e2e.xlsx');
const VCARDS = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'contacts-e2e.vcf');
const imports = { page: null, problems: [] };

async function figure(scope, term) {
  const value = scope.locator(`[data-figure="${term}"] dd`);
  await expectVisible(value, `the figure "${term}"`);
  return (await value.textContent()).trim();
}

async function expectFigure(scope, term, expected) {
  const actual = await figure(scope, term);
  if (actual !== expected) throw new Error(`"${term}" shows ${actual}, expected ${expected}`);
}

export const importFlows = [
  {
    name: 'import: admin drops a Google export, sees the preview, maps an unknown column and commits with progress',
    async run({ browser, baseUrl, admin, results }) {
      const { page, problems } = await openPage(browser);
      imports.page = page;
      imports.problems = problems;
      await page.goto(`${baseUrl}/imports`);
      await signIn(page, admin.email, admin.password);
      await nextStep();
      await page.getByLabel('Code from your authenticator app').fill(totp(state.secret));
      await page.getByRole('button', { name: 'Verify' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Import contacts' }), 'the import page');
      await expectVisible(page.getByText('Drop a spreadsheet here'), 'the drop zone');

      const dataTransfer = await page.evaluateHandle(
        ({ text, name }) => {
          const transfer = new DataTransfer();
          transfer.items.add(new File([text], name, { type: 'text/csv' }));
          return transfer;
        },
        { text: readFileSync(FIXTURE, 'utf8'), name: FILE_NAME },
      );
      await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer });

      await expectVisible(page.getByRole('heading', { name: FILE_NAME }), 'the uploaded file’s review');
      await expectVisible(page.getByRole('table', { name: 'Preview' }), 'the preview table');
      await expectFigure(page, 'New', '4');
      await expectFigure(page, 'Rejected', '2');
      const preview = page.getByRole('table', { name: 'Preview' });
      await expectVisible(preview.getByText('Marguerite Holloway'), 'a good row in the preview');
      await expectVisible(preview.getByText('Email is not a valid email address'), 'the bad email in words');
      await expectVisible(preview.getByText('The row has no name and no company'), 'the row without a name');
      const referredBy = page
        .getByRole('list', { name: 'Column mapping' })
        .getByRole('listitem')
        .filter({ hasText: 'Referred By' });
      await expectVisible(referredBy.getByText('Not recognised'), 'the unrecognised column highlighted');
      await expectVisible(
        referredBy.getByText('Not imported: Eleanor Vance · Oscar Temple', { exact: true }),
        'the ignored column’s own values',
      );
      await shot(page, results, 'import-preview');
      await checkAccessibility(page, 'import preview');

      await referredBy.getByRole('combobox', { name: 'Field for column "Referred By"' }).click();
      await page.getByRole('option', { name: 'Notes', exact: true }).click();
      await expectVisible(
        referredBy.getByText('Eleanor Vance · Oscar Temple', { exact: true }),
        'the column’s values, imported, after mapping it to Notes',
      );
      await expectAbsent(referredBy.getByText('Not recognised'), '"Not recognised" on the mapped column');
      await referredBy.scrollIntoViewIfNeeded();
      await shot(page, results, 'import-mapping');

      // Six rows commit in milliseconds; the progress stream is held back a moment so that the bar can be seen.
      await page.route('**/api/imports/*/events', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await page.getByRole('button', { name: 'Commit: 4 new, 0 updated' }).click();
      await expectVisible(
        page.getByRole('progressbar', { name: /Import progress|Committing the import/ }),
        'the progress bar',
      );
      await expectVisible(page.getByText(/of 6 rows done/), 'rows done of total');
      await shot(page, results, 'import-progress');
      await expectVisible(page.getByText('Import committed'), 'the committed outcome');
      await page.unroute('**/api/imports/*/events');
      const outcome = page.getByLabel('Import outcome');
      await expectFigure(outcome, 'New', '4');
      await expectFigure(outcome, 'Rejected', '2');
      await shot(page, results, 'import-committed');
      noProblems(problems);
    },
  },
  {
    name: 'import: the rejected rows are listed with row numbers and download as .xlsx; undo removes the import',
    async run({ results }) {
      const page = imports.page;
      const rejected = page.getByRole('list', { name: 'Rejected rows list' });
      await expectVisible(rejected, 'the list of rejected rows');
      await expectVisible(
        rejected.getByRole('listitem').filter({ hasText: 'Row 4' }).getByText('Email is not a valid email address'),
        'row 4 and its reason',
      );
      await expectVisible(rejected.getByRole('listitem').filter({ hasText: 'Row 6' }), 'row 6');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download rejected rows (.xlsx)' }).click(),
      ]);
      const bytes = readFileSync(await download.path());
      if (!download.suggestedFilename().endsWith('.xlsx'))
        throw new Error(`The download is named ${download.suggestedFilename()}`);
      if (bytes.subarray(0, 2).toString('latin1') !== 'PK' || bytes.length < 1000) {
        throw new Error(
          `The rejected rows file is not an .xlsx (${bytes.length} bytes, starts ${bytes.subarray(0, 4).toString('hex')})`,
        );
      }
      console.log(`    rejected rows file: ${download.suggestedFilename()}, ${bytes.length} bytes`);

      await page.getByRole('button', { name: 'Undo import' }).click();
      const dialog = page.getByRole('dialog', { name: 'Undo this import?' });
      await expectVisible(dialog.getByText('The 4 contacts it created go to the trash'), 'the undo confirmation');
      await dialog.getByRole('button', { name: 'Undo import' }).click();
      await expectVisible(page.getByText('Import undone'), 'the undo outcome');
      await expectVisible(
        page.getByText(/4 created contacts removed, 0 updated contacts restored\./),
        'removed and restored counts',
      );
      await expectAbsent(page.getByRole('button', { name: 'Undo import' }), 'a second undo');
      await shot(page, results, 'import-undone');

      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Contacts' }).click();
      await page.getByRole('searchbox').fill('Holloway');
      await expectVisible(page.getByText('No contacts match', { exact: false }), 'no imported contact left after undo');
      noProblems(imports.problems);
    },
  },
  {
    name: "import: an Outlook export's 92 columns can be searched and narrowed to those imported",
    async run({ baseUrl, results }) {
      const page = imports.page;
      await page.goto(`${baseUrl}/imports`);
      await page.getByLabel('Spreadsheet to import').setInputFiles(OUTLOOK);
      await expectVisible(page.getByRole('heading', { name: 'outlook-contacts.csv' }), 'the Outlook export’s review');
      const columns = page.getByRole('list', { name: 'Column mapping' }).getByRole('listitem');
      await expectVisible(page.getByText('92 columns', { exact: true }), 'the column count');
      const search = page.getByRole('searchbox', { name: 'Find a column' });
      await search.fill('fax');
      await expectVisible(page.getByText('3 of 92 columns'), 'the three fax columns');
      await page.getByRole('radio', { name: 'Imported', exact: true }).check();
      await expectVisible(page.getByText('No column matches these filters.'), 'no fax column among those imported');
      await search.fill('phone');
      await expectVisible(columns.filter({ hasText: 'Business Phone' }).first(), 'a phone column Steward imports');
      await expectAbsent(columns.filter({ hasText: 'Fax' }), 'the fax columns, which are not imported');
      await page.getByRole('radiogroup', { name: 'Show columns' }).scrollIntoViewIfNeeded();
      await shot(page, results, 'import-mapping-filter');
      await checkAccessibility(page, 'import mapping filter');
    },
  },
  {
    name: 'import: a workbook with a title row and two sheets: the header is found below the title, the second sheet is picked',
    async run({ baseUrl, results }) {
      const page = imports.page;
      await page.goto(`${baseUrl}/imports`);
      await page.getByLabel('Spreadsheet to import').setInputFiles(WORKBOOK);
      await expectVisible(page.getByRole('heading', { name: 'two-sheets-e2e.xlsx' }), 'the workbook’s review');
      const reading = page.getByRole('region', { name: 'How the file was read' });
      await expectVisible(
        reading.getByText(/Sheet “Clients” of 2 · Column names in row 3 \(found by their content\)/),
        'the sheet and header row found',
      );
      const preview = page.getByRole('table', { name: 'Preview' });
      await expectVisible(preview.getByText('Wilhelmina Quarry'), 'a row of the first sheet');
      await shot(page, results, 'import-workbook-first-sheet');

      await reading.getByRole('combobox', { name: 'Sheet to import' }).click();
      await page.getByRole('option', { name: 'Prospects (5 rows)' }).click();
      await reading.getByRole('button', { name: 'Read the file again' }).click();
      await expectVisible(
        page.getByRole('region', { name: 'How the file was read' }).getByText(/Sheet “Prospects” of 2/),
        'the second sheet read',
      );
      await expectVisible(
        page.getByRole('table', { name: 'Preview' }).getByText('Ottoline Farthing'),
        'a row of the second sheet',
      );
      await expectAbsent(
        page.getByRole('table', { name: 'Preview' }).getByText('Wilhelmina Quarry'),
        'the first sheet’s rows',
      );
      await expectVisible(
        page.getByRole('table', { name: 'Preview' }).getByText(/not a valid phone number/i),
        'the phone kept with a warning',
      );
      await expectFigure(page, 'New', '2');
      await expectFigure(page, 'Rejected', '0');
      await shot(page, results, 'import-workbook-second-sheet-preview');
      const mapping = page.getByRole('list', { name: 'Column mapping' });
      await mapping.scrollIntoViewIfNeeded();
      await shot(page, results, 'import-workbook-mapping');
      await checkAccessibility(page, 'workbook import review');
      await page.getByRole('button', { name: 'Commit: 2 new, 0 updated' }).click();
      await expectVisible(page.getByText('Import committed'), 'the committed workbook import');
    },
  },
  {
    name: 'import: a vCard file is previewed, mapped and committed like a sheet',
    async run({ baseUrl, results }) {
      const page = imports.page;
      await page.goto(`${baseUrl}/imports`);
      await page.getByLabel('Spreadsheet to import').setInputFiles(VCARDS);
      await expectVisible(page.getByRole('heading', { name: 'contacts-e2e.vcf' }), 'the vCard file’s review');
      const preview = page.getByRole('table', { name: 'Preview' });
      await expectVisible(preview.getByText('Isadora Marchbanks'), 'the 3.0 card');
      await expectVisible(preview.getByText('Renée Lévesque'), 'the 2.1 quoted-printable card, accents intact');
      await expectFigure(page, 'New', '2');
      await expectFigure(page, 'Rejected', '0');
      await shot(page, results, 'import-vcard-preview');
      await page.getByRole('list', { name: 'Column mapping' }).scrollIntoViewIfNeeded();
      await shot(page, results, 'import-vcard-mapping');
      await page.getByRole('button', { name: 'Commit: 2 new, 0 updated' }).click();
      await expectVisible(page.getByText('Import committed'), 'the committed vCard import');
      await shot(page, results, 'import-vcard-committed');
    },
  },
  {
    name: 'import: at 360 px the drop zone, a preview and a reopened import fit the screen',
    async run({ baseUrl, results }) {
      const page = imports.page;
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${baseUrl}/imports`);
      await expectVisible(page.getByRole('button', { name: 'Choose a file' }), 'the file picker');
      await expectNoSidewaysScroll(page, 'The drop zone');
      await shot(page, results, 'import-narrow-drop');
      await page.getByLabel('Spreadsheet to import').setInputFiles(FIXTURE);
      await expectVisible(page.getByRole('list', { name: 'Preview' }), 'the preview as a list');
      await expectVisible(
        page.getByRole('list', { name: 'Preview' }).getByText('Email is not a valid email address'),
        'the bad row in the list',
      );
      await expectNoSidewaysScroll(page, 'The preview');
      await shot(page, results, 'import-narrow-preview');
      await page.getByRole('link', { name: 'All imports' }).click();
      await page
        .getByRole('list', { name: 'Recent imports' })
        .getByRole('listitem')
        .filter({ hasText: 'Undone' })
        .getByRole('link')
        .click();
      await expectVisible(page.getByText('Import undone'), 'the reopened import');
      await expectNoSidewaysScroll(page, 'A reopened import');
      await shot(page, results, 'import-narrow');
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.context().close();
      noProblems(imports.problems);
    },
  },
];
