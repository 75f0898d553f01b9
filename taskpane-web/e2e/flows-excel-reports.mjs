/**
 * Reports in the Excel pane, in the fake Excel of office-stub.mjs (which opens the file it is given and adds a sheet for
 * each sheet the workbook names): Insert report hands Excel the campaign report's workbook as base64, and its sheets
 * arrive at the end; the user renames a report sheet and moves and adds sheets of their own; Refresh report replaces
 * the report's sheets where they are, under the user's names, and leaves the user's sheets alone. Without ExcelApi
 * 1.13 the pane says why and offers the download.
 */
import { checkAccessibility, openPage } from './browser.mjs';
import { CAMPAIGN } from './flows-crm.mjs';
import { expectVisible, noProblems, shot } from './flows.mjs';
import { download } from './flows-reports.mjs';
import { officeStub } from './office-stub.mjs';
import { apiCaller, login, waitForRequestBudget } from './pane-api.mjs';
import { readXlsx } from './xlsx.mjs';

const PANE = { width: 350, height: 900 };
const PANE_URL = '/?host=excel&_host_Info=Excel$Win32$16.02$en-US$$$$0';
const OWN_SHEET = 'Agenda';

const workbook = (page) =>
  page.evaluate(() => {
    const excel = window.__stewardExcel;
    return { order: excel.order.map((entry) => ({ ...entry })), inserts: excel.inserts, settings: excel.settings };
  });

async function openExcelPane(browser, baseUrl, session, requirementSets) {
  const opened = await openPage(browser, PANE);
  const stub = officeStub({
    host: 'Excel',
    workbook: {
      name: 'Board pack 2026.xlsx',
      sheet: OWN_SHEET,
      rows: [
        ['Item', 'Owner'],
        ['Autumn letter results', 'Una'],
      ],
    },
    dialogAnswer: { type: 'signedIn', session },
    requirementSets,
  });
  await opened.context.route('**/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
  await opened.page.goto(baseUrl + PANE_URL);
  await opened.page.getByRole('button', { name: 'Sign in' }).click();
  const reports = opened.page.getByRole('region', { name: 'Reports' });
  await reports.getByRole('combobox', { name: 'Campaign' }).fill('Autumn');
  await opened.page.getByRole('option', { name: new RegExp(`^${CAMPAIGN}`) }).click();
  return { ...opened, reports };
}

export const excelReportFlows = [
  {
    name: 'Excel pane: Insert report adds the report’s sheets from its workbook; Refresh report replaces them in place',
    async run({ browser, baseUrl, results }) {
      const session = await login(baseUrl);
      await waitForRequestBudget(baseUrl, session.accessToken, 40);
      // The report as the service writes it, to compare with what the pane hands Excel.
      const { items } = await apiCaller(baseUrl, session.accessToken)(
        'GET',
        `/api/campaigns?q=${encodeURIComponent('Autumn')}`,
      );
      const campaignId = items.find((item) => item.name === CAMPAIGN).id;
      const direct = await fetch(`${baseUrl}/api/reports/campaigns/${campaignId}.xlsx`, {
        headers: { Authorization: `Bearer ${session.accessToken}` },
      });
      const reportSheets = readXlsx(Buffer.from(await direct.arrayBuffer())).sheetNames;

      const { context, page, problems, reports } = await openExcelPane(browser, baseUrl, session, { ExcelApi: '1.13' });
      await reports.getByRole('button', { name: 'Insert report' }).click();
      await expectVisible(
        reports.getByText(`“${CAMPAIGN}” added as ${reportSheets.length} sheets at the end of the workbook`, {
          exact: false,
        }),
        'the inserted report',
      );
      const inserted = await workbook(page);
      const [call] = inserted.inserts;
      if (inserted.inserts.length !== 1 || !call.startsWithPK || call.options?.positionType !== 'End') {
        throw new Error(`Expected one insert of an xlsx at the end, got ${JSON.stringify(inserted.inserts)}`);
      }
      if (JSON.stringify(call.names) !== JSON.stringify(reportSheets)) {
        throw new Error(`Excel was handed sheets ${call.names.join(', ')}, the report has ${reportSheets.join(', ')}`);
      }
      const names = (book) => book.order.map((entry) => entry.name);
      if (JSON.stringify(names(inserted)) !== JSON.stringify([OWN_SHEET, ...reportSheets])) {
        throw new Error(`The workbook holds ${names(inserted).join(', ')}`);
      }
      const recorded = JSON.parse(inserted.settings['steward.reports']);
      if (recorded[0]?.key !== `campaign:${campaignId}` || recorded[0].sheets.length !== reportSheets.length) {
        throw new Error(`The workbook setting records ${inserted.settings['steward.reports']}`);
      }
      console.log(`    inserted ${call.names.length} sheets from ${call.bytes} bytes: ${call.names.join(', ')}`);
      await expectVisible(
        reports.getByRole('list', { name: 'Reports in this workbook' }).getByText(CAMPAIGN),
        'the report listed in the pane',
      );
      await shot(page, results, '60-excel-report-inserted');
      await checkAccessibility(page, 'the Excel reports');

      // The user renames the report's first sheet, moves their own sheet to the end and adds another among the report's.
      const first = reportSheets[0];
      await page.evaluate(
        ({ first, own }) => {
          const excel = window.__stewardExcel;
          const renamed = excel.order.find((entry) => entry.name === first);
          excel.sheets['Board summary'] = excel.sheets[first];
          delete excel.sheets[first];
          renamed.name = 'Board summary';
          const mine = excel.order.find((entry) => entry.name === own);
          excel.order.splice(excel.order.indexOf(mine), 1);
          excel.order.push(mine);
          excel.order.splice(2, 0, { id: '{my-notes}', name: 'My notes' });
          excel.sheets['My notes'] = [['Questions for the board']];
        },
        { first, own: OWN_SHEET },
      );
      const before = await workbook(page);

      await reports.getByRole('button', { name: 'Refresh report', exact: true }).click();
      await expectVisible(
        reports.getByText(`“${CAMPAIGN}” refreshed: ${reportSheets.length} sheets replaced where they were`, {
          exact: false,
        }),
        'the refreshed report',
      );
      const after = await workbook(page);
      if (after.inserts.length !== 2) throw new Error(`Expected a second insert, got ${after.inserts.length}`);
      if (JSON.stringify(names(after)) !== JSON.stringify(names(before))) {
        throw new Error(`The sheets moved: before ${names(before).join(', ')}, after ${names(after).join(', ')}`);
      }
      const userIds = (book) =>
        book.order.filter((entry) => entry.name === OWN_SHEET || entry.name === 'My notes').map((entry) => entry.id);
      if (JSON.stringify(userIds(after)) !== JSON.stringify(userIds(before)))
        throw new Error('The user’s own sheets were replaced');
      const oldIds = new Set(before.order.map((entry) => entry.id));
      const fresh = after.order.filter((entry) => !oldIds.has(entry.id)).map((entry) => entry.id);
      if (JSON.stringify(fresh) !== JSON.stringify(after.inserts[1].ids)) {
        throw new Error(`Expected the report's sheets to be the newly inserted ones: ${JSON.stringify(after.order)}`);
      }
      console.log(`    refreshed in place: ${names(after).join(', ')}`);
      await shot(page, results, '61-excel-report-refreshed');
      noProblems(problems);
      await context.close();
    },
  },
  {
    name: 'Excel pane without ExcelApi 1.13: says why, and offers the report as a download',
    async run({ browser, baseUrl, results }) {
      const session = await login(baseUrl);
      const { context, page, problems, reports } = await openExcelPane(browser, baseUrl, session, {});
      await expectVisible(
        reports.getByText('This Excel cannot add the report as sheets'),
        'why there is no Insert report',
      );
      if ((await reports.getByRole('button', { name: 'Insert report' }).count()) > 0)
        throw new Error('Insert report offered without ExcelApi 1.13');
      const file = await download(page, () => reports.getByRole('button', { name: 'Download (.xlsx)' }).click());
      if (!file.name.startsWith(CAMPAIGN) || !readXlsx(file.bytes).sheetNames.length)
        throw new Error(`The download is ${file.name}`);
      await shot(page, results, '62-excel-report-download-only');
      await checkAccessibility(page, 'the Excel reports without ExcelApi 1.13');
      noProblems(problems);
      await context.close();
    },
  },
];
