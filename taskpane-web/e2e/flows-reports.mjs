/**
 * Reports in the browser, after the CRM flows (the admin is signed in; the campaign has 3 members, one responded and
 * one converted, and was sent): the Reports page previews the campaign with the numbers the API defines, explains a
 * rate, and downloads the workbook (a real xlsx, checked by opening it), the PDF and a period's workbook; the contact
 * list downloads as an export; the admin refuses a wrong template, uploads the real one and restores the built-in one,
 * and sets the weekly scheduled report. This service has no Microsoft 365, so "Save to OneDrive" is off and says why.
 */
import { readFileSync } from 'node:fs';
import { checkAccessibility } from './browser.mjs';
import { CAMPAIGN, crm } from './flows-crm.mjs';
import { expectVisible, noProblems, shot } from './flows.mjs';
import { readXlsx } from './xlsx.mjs';

/** Clicks what starts a download and returns the file's name and bytes. */
export async function download(page, click) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

async function figure(page, term) {
  const value = page.locator(`[data-figure="${term}"] dd`);
  await expectVisible(value, `the figure "${term}"`);
  return (await value.textContent()).trim();
}

const percent = (rate) => `${Math.round(rate * 1000) / 10}%`;

export const reportFlows = [
  {
    name: 'reports: pick a campaign, see the figures as the API defines them, download the workbook (a real xlsx) and the PDF',
    async run({ results }) {
      const page = crm.page;
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Reports' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Reports' }), 'the Reports page');
      await page.getByRole('combobox', { name: 'Campaign' }).fill('Autumn');
      await page.getByRole('option', { name: new RegExp(`^${CAMPAIGN}`) }).click();
      await expectVisible(page.getByRole('heading', { name: CAMPAIGN }), 'the campaign’s report');

      // The same numbers as the API: fetched here the way the page fetched them.
      const id = crm.campaignUrl.split('/').pop();
      const api = await page.evaluate(
        async (path) => (await fetch(path, { credentials: 'same-origin' })).json(),
        `/api/analytics/campaigns/${id}`,
      );
      const shown = {
        members: await figure(page, 'Members'),
        responded: await figure(page, 'Responded'),
        rate: await figure(page, 'Response rate'),
      };
      const expected = {
        members: String(api.figures.total),
        responded: String(api.figures.responded),
        rate: percent(api.figures.responseRate),
      };
      if (JSON.stringify(shown) !== JSON.stringify(expected) || shown.rate !== '66.7%') {
        throw new Error(
          `The page shows ${JSON.stringify(shown)}, the API ${JSON.stringify(expected)} (expected a 66.7% response rate)`,
        );
      }
      await page.getByRole('button', { name: 'Response rate information' }).click();
      await expectVisible(page.getByText(api.definitions.responseRate), 'the response rate’s definition from the API');
      const saveToOneDrive = page.getByRole('button', { name: 'Save to OneDrive' });
      await expectVisible(
        page.getByText(/this Steward is not connected to Microsoft 365/),
        'why Save to OneDrive is off',
      );
      if ((await saveToOneDrive.getAttribute('aria-disabled')) !== 'true')
        throw new Error('Save to OneDrive is on without Microsoft 365');
      await shot(page, results, '53-reports-campaign');
      await page.keyboard.press('Escape');
      await checkAccessibility(page, 'the campaign report');

      const workbook = await download(page, () =>
        page.getByRole('button', { name: 'Download report (.xlsx)' }).click(),
      );
      if (!workbook.name.endsWith('.xlsx') || !workbook.name.startsWith(CAMPAIGN))
        throw new Error(`The report is named ${workbook.name}`);
      const opened = readXlsx(workbook.bytes);
      if (!opened.text.includes(CAMPAIGN) || !opened.text.includes('Harriet Quill')) {
        throw new Error(
          `The report workbook lacks the campaign or its members (sheets ${opened.sheetNames.join(', ')})`,
        );
      }
      console.log(
        `    campaign report: ${workbook.name}, ${workbook.bytes.length} bytes, sheets ${opened.sheetNames.join(', ')}`,
      );
      const pdf = await download(page, () => page.getByRole('button', { name: 'Download PDF' }).click());
      if (!pdf.name.endsWith('.pdf') || pdf.bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
        throw new Error(`The PDF is ${pdf.name}`);
      noProblems(crm.problems);
    },
  },
  {
    name: 'reports: a period’s campaigns side by side, downloaded; the contact list downloads as an export',
    async run({ results }) {
      const page = crm.page;
      await page.getByRole('tab', { name: 'Period report' }).click();
      await page.getByRole('button', { name: 'This year so far' }).click();
      const table = page.getByRole('table', { name: 'Campaigns of the period' });
      await expectVisible(table.getByRole('row', { name: new RegExp(CAMPAIGN) }), 'the campaign among the period’s');
      await expectVisible(page.getByRole('img', { name: 'Results by channel' }), 'the channel chart');
      await shot(page, results, '54-reports-period');
      await checkAccessibility(page, 'the period report');
      const portfolio = await download(page, () =>
        page.getByRole('button', { name: 'Download report (.xlsx)' }).click(),
      );
      const opened = readXlsx(portfolio.bytes);
      if (!opened.text.includes(CAMPAIGN))
        throw new Error(`The portfolio workbook lacks the campaign: ${portfolio.name}`);
      console.log(`    portfolio report: ${portfolio.name}, sheets ${opened.sheetNames.join(', ')}`);

      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Contacts' }).click();
      await page.getByRole('searchbox').fill('Quill');
      await expectVisible(page.getByText('1–2 of 2'), 'the two Quill contacts');
      await page.getByRole('button', { name: 'Export contacts' }).click();
      const contacts = await download(page, () => page.getByRole('menuitem', { name: 'Excel (.xlsx)' }).click());
      const exported = readXlsx(contacts.bytes);
      if (!contacts.name.endsWith('.xlsx') || !exported.text.includes('Harriet') || exported.text.includes('Load17')) {
        throw new Error(`The contacts export ${contacts.name} does not hold just the filtered contacts`);
      }
      console.log(`    contacts export: ${contacts.name}, ${contacts.bytes.length} bytes`);
      crm.contactsExport = contacts;
      await shot(page, results, '55-contacts-export');
      await page.getByRole('searchbox').fill('');
      noProblems(crm.problems);
    },
  },
  {
    name: 'reports: the admin’s templates (a wrong file refused in words, the firm’s version uploaded, the built-in restored)',
    async run({ results }) {
      const page = crm.page;
      await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Reports' }).click();
      await page.getByRole('tab', { name: 'Templates' }).click();
      const card = page.getByRole('region', { name: 'Campaign report template' });
      const portfolioCard = page.getByRole('region', { name: 'Portfolio report template' });
      await expectVisible(card.getByText('Built-in'), 'the built-in campaign template');
      const input = card.getByLabel('Campaign report template file');

      // Any workbook that is not a report template is refused in words.
      await input.setInputFiles({
        name: 'contacts.xlsx',
        mimeType: 'application/octet-stream',
        buffer: crm.contactsExport.bytes,
      });
      await expectVisible(card.getByRole('alert').getByText('The template was not accepted'), 'the refusal');
      const refusal = (await card.getByRole('alert').textContent()).trim();
      console.log(`    contacts export as a template: ${refusal}`);
      // The campaign template as the portfolio's lacks the portfolio's Campaigns table, and the refusal names it.
      const template = await download(page, () =>
        card.getByRole('button', { name: 'Download the current template' }).click(),
      );
      readXlsx(template.bytes);
      await portfolioCard.getByLabel('Portfolio report template file').setInputFiles({
        name: 'Campaign report template.xlsx',
        mimeType: 'application/octet-stream',
        buffer: template.bytes,
      });
      await expectVisible(
        portfolioCard.getByRole('alert').getByText('The template was not accepted'),
        'the refusal of the wrong template',
      );
      await expectVisible(
        portfolioCard.getByRole('list', { name: 'What the template lacks' }).getByText('table Campaigns'),
        'what the template lacks',
      );
      await shot(page, results, '56-reports-template-refused');
      await checkAccessibility(page, 'the report templates');

      await input.setInputFiles({
        name: 'Firm campaign report.xlsx',
        mimeType: 'application/octet-stream',
        buffer: template.bytes,
      });
      await expectVisible(
        card.getByText("Firm campaign report.xlsx is now the firm's campaign template."),
        'the accepted template',
      );
      await expectVisible(card.getByText("Firm's own"), 'the firm’s own template');
      await shot(page, results, '57-reports-template-uploaded');

      await card.getByRole('button', { name: 'Restore the built-in template' }).click();
      const dialog = page.getByRole('dialog', { name: 'Restore the built-in campaign template?' });
      await expectVisible(dialog, 'the confirmation');
      await shot(page, results, '58-reports-template-restore');
      await dialog.getByRole('button', { name: 'Restore' }).click();
      await expectVisible(card.getByText('The built-in campaign template is in use again.'), 'the restored template');
      await expectVisible(card.getByText('Built-in'), 'the built-in template again');
      noProblems(crm.problems);
    },
  },
  {
    name: 'reports: the admin sets the weekly scheduled report into a OneDrive folder and sees when it goes out',
    async run({ results }) {
      const page = crm.page;
      await page.getByRole('tab', { name: 'Schedule' }).click();
      const form = page.getByRole('form', { name: 'Schedule' });
      await expectVisible(form, 'the schedule form');
      await expectVisible(page.getByText('No scheduled report has gone out yet.'), 'the empty list of runs');
      await form.getByRole('switch', { name: 'Send the report on this schedule' }).check();
      await form.getByRole('combobox', { name: 'Day of the week' }).click();
      await page.getByRole('option', { name: 'Friday' }).click();
      await form.getByLabel('Time', { exact: true }).fill('08:30');
      await form.getByRole('textbox', { name: 'Time zone' }).fill('Europe/London');
      await form.getByRole('textbox', { name: /Their email/ }).fill('reports@e2e.example.com');
      await form.getByRole('textbox', { name: 'Folder' }).fill('Reports/Weekly');
      await expectVisible(form.getByText('Every Friday at 08:30 (Europe/London)'), 'the schedule in words');
      await form.getByRole('button', { name: 'Save schedule' }).click();
      await expectVisible(form.getByText(/^The schedule was saved\. The next report goes out /), 'the saved schedule');

      const stored = await page.evaluate(async () =>
        (await fetch('/api/reports/schedule', { credentials: 'same-origin' })).json(),
      );
      const next = new Date(stored.nextRunAt);
      const londonDay = next.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'Europe/London' });
      const londonTime = next.toLocaleTimeString('en-GB', {
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/London',
      });
      if (
        !stored.enabled ||
        londonDay !== 'Friday' ||
        londonTime !== '08:30' ||
        stored.destination.folder !== 'Reports/Weekly'
      ) {
        throw new Error(`The stored schedule is ${JSON.stringify(stored)}`);
      }
      console.log(
        `    schedule: next report ${stored.nextRunAt} into ${stored.destination.owner}/${stored.destination.folder}`,
      );
      await shot(page, results, '59-reports-schedule');
      await checkAccessibility(page, 'the report schedule');
      noProblems(crm.problems);
    },
  },
];
