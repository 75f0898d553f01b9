import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const OFFICE_JS_DIR = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';

/** Debian's Chromium, headless, with nothing that reaches out to the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * A page whose office.js comes from the local @microsoft/office-js copy instead of Microsoft's CDN, and which
 * records every script error and CSP violation.
 */
export async function openPage(browser, { width = 1280, height = 860 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-US' });
  await context.route(`${CDN}**`, async (route) => {
    const file = new URL(route.request().url()).pathname.replace('/lib/1/hosted/', '');
    try {
      await route.fulfill({ path: join(OFFICE_JS_DIR, file), contentType: 'text/javascript' });
    } catch {
      await route.fulfill({ status: 404, body: '' });
    }
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`Script error: ${error.message}`));
  page.on('console', (message) => {
    // office.js, outside Office, tries to frame its telemetry page; the service's CSP rightly blocks that.
    const officeTelemetry = /oaspapps\.com/.test(message.text());
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()) && !officeTelemetry) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  return { context, page, problems };
}

/** Runs axe on the page; serious and critical violations fail the run. */
export async function checkAccessibility(page, name) {
  await page.evaluate(AXE_SOURCE);
  /* global axe -- axe-core, put into the page above */
  const results = await page.evaluate(() =>
    // Fluent's focus manager (tabster) places hidden focus sentinels around menus and dialogs; they hand focus on at
    // once and are not content, so they are left out.
    axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] }),
  );
  const blocking = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const minor = results.violations.filter((v) => !blocking.includes(v));
  for (const violation of minor) {
    console.log(`  axe (${name}, ${violation.impact}): ${violation.id} — ${violation.help}`);
  }
  if (blocking.length > 0) {
    const lines = blocking.map(
      (v) =>
        `${v.impact}: ${v.id} — ${v.help}\n    ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n    ')}`,
    );
    throw new Error(`Accessibility violations on ${name}:\n  ${lines.join('\n  ')}`);
  }
}

/** Fails when the page scrolls sideways, naming the element that reaches furthest right. */
export async function expectNoSidewaysScroll(page, what) {
  // Right after a resize the page may not have re-rendered for the narrow width yet (the layout follows a media
  // query through React): give it up to 3 s to settle, as a person would only ever see the settled page.
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth + 1, null, { timeout: 3000 })
    .catch(() => undefined);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) {
    // Name the element that reaches furthest right, so that the failure says what to fix.
    const widest = await page.evaluate(() => {
      let found = null;
      for (const element of document.querySelectorAll('body *')) {
        const right = element.getBoundingClientRect().right;
        if (right > window.innerWidth + 1 && (!found || right > found.right)) {
          found = {
            right,
            tag: element.tagName.toLowerCase(),
            cls: String(element.className).slice(0, 60),
            text: element.textContent.trim().slice(0, 80),
          };
        }
      }
      return found;
    });
    throw new Error(
      `${what} scrolls sideways by ${overflow} px at ${page.viewportSize().width} px (widest: ${JSON.stringify(widest)})`,
    );
  }
}
