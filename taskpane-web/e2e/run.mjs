/**
 * Browser tests: starts the packaged service on a fresh data folder, drives Debian's Chromium through the web app,
 * saves a screenshot of every screen into test-results/, and stops the service.
 *
 *   npm run e2e                       (after ./mvnw -B -DskipTests package)
 *   STEWARD_JAR=path/to/steward.jar npm run e2e
 *   STEWARD_E2E_FLOWS=crm,reports npm run e2e   (only those groups, after the sign-in flows)
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { launchChromium } from './browser.mjs';
import { flows } from './flows.mjs';
import { officeFlows } from './flows-office.mjs';
import { startService } from './service.mjs';
import { startSmtpSink } from './smtp-sink.mjs';

// STEWARD_E2E_FLOWS=crm,reports runs only those groups after the sign-in flows (later groups build on crm's data).
const only = process.env.STEWARD_E2E_FLOWS?.split(',').map((group) => group.trim());
const wanted = (group) => !only || only.includes(group);
if (wanted('crm')) flows.push(...(await import('./flows-crm.mjs')).crmFlows);
if (wanted('reports')) flows.push(...(await import('./flows-reports.mjs')).reportFlows);
if (wanted('import')) flows.push(...(await import('./flows-import.mjs')).importFlows);
if (wanted('office')) flows.push(...officeFlows);
if (wanted('excel')) flows.push(...(await import('./flows-excel.mjs')).excelFlows);
if (wanted('ux')) flows.push(...(await import('./flows-ux.mjs')).uxFlows);
if (wanted('mail')) flows.push(...(await import('./flows-mail.mjs')).mailFlows);
if (wanted('excel-reports')) flows.push(...(await import('./flows-excel-reports.mjs')).excelReportFlows);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const results = join(root, 'test-results');
mkdirSync(results, { recursive: true });

const admin = { email: 'admin@e2e.example.com', password: 'Copper-Meadow-Lantern-83' };
const jar = process.env.STEWARD_JAR ?? join(root, '..', 'service', 'target', 'steward.jar');

// Campaign mail goes to an SMTP sink of this run; the send job looks for work every second.
const smtp = await startSmtpSink();
Object.assign(process.env, {
  STEWARD_MAIL_SMTP_HOST: '127.0.0.1',
  STEWARD_MAIL_SMTP_PORT: String(smtp.port),
  STEWARD_MAIL_SMTP_SECURITY: 'none',
  STEWARD_MAIL_SENDING_FROM_ADDRESS: 'advice@e2e.example.com',
  STEWARD_MAIL_SENDING_POLL_INTERVAL: '1s',
  STEWARD_JOBS_POLLING_INTERVAL: '1s',
});
const started = Date.now();
const service = await startService({ jar, logFile: join(results, 'service.log'), admin });
console.log(`Service up at ${service.baseUrl} after ${Math.round((Date.now() - started) / 1000)} s`);
const browser = await launchChromium();
let failed = 0;
let passed = 0;
try {
  for (const flow of flows) {
    const t0 = Date.now();
    try {
      await flow.run({ browser, baseUrl: service.baseUrl, admin, results, smtp });
      passed++;
      console.log(`  ✓ ${flow.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (error) {
      failed++;
      console.error(`  ✗ ${flow.name}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const pages = browser.contexts().flatMap((context) => context.pages());
      for (const [index, page] of pages.entries()) {
        await page
          .screenshot({ path: join(results, `failure-${index + 1}.png`), fullPage: true })
          .catch(() => undefined);
      }
      break;
    }
  }
} finally {
  await browser.close();
  await service.stop();
  await smtp.close();
}
console.log(`${passed} passed, ${failed} failed (of ${flows.length} flows); screenshots in test-results/`);
process.exit(failed > 0 || passed < flows.length ? 1 : 0);
