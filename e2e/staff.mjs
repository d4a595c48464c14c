#!/usr/bin/env node
// Browser steps of the staff mailbox's end-to-end test (internal/e2e/staff_test.go):
//
//   node e2e/staff.mjs        with the input JSON in SEALPOST_E2E_INPUT
//
// The invitation link from the email → Continue → /staff/enrol (the TOTP
// secret read from the page, a password typed twice, the code computed for
// the server's clock, now_unix) → /staff/inbox → the message (opened:
// decrypted, audited) → Claim → Sign out. Every page is shot at desktop and
// phone width (390×844) and checked with axe-core (WCAG 2 A/AA) at phone
// width. Requests to non-loopback addresses are aborted and reported.
// Output: one line "E2E-RESULT {json}" on stdout, exit code 1 on failure.

import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { totp } from './flow.mjs';

const input = JSON.parse(process.env.SEALPOST_E2E_INPUT || '{}');
const out = { ok: false, step: 'start', screenshots: [], audits: [], console_errors: [], blocked_requests: [], documents: [] };
let n = 1;
let axe;

async function shot(page, name) {
  const file = path.join(input.out_dir, `${String(n++).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  out.screenshots.push(file);
  const desktop = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  const phone = file.replace(/\.png$/, '-phone.png');
  await page.screenshot({ path: phone, fullPage: true });
  out.screenshots.push(phone);
  if (!axe) axe = await readFile(path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const v = await page.evaluate(async (src) => {
    if (!window.axe) (0, eval)(src);
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] });
    return r.violations.map((x) => ({ id: x.id, impact: x.impact, nodes: x.nodes.length }));
  }, axe);
  out.audits.push({ page: name, violations: v });
  await page.setViewportSize(desktop);
}

const isLoopback = (u) => u.protocol === 'data:' || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);

async function run() {
  await mkdir(input.out_dir, { recursive: true });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: input.chromium || '/usr/bin/chromium', headless: true, timeout: 60_000,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 760 }, locale: 'en-US', timezoneId: 'UTC' });
    context.setDefaultTimeout(20_000);
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (isLoopback(u)) return route.continue();
      out.blocked_requests.push(u.origin);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') out.console_errors.push(m.text()); });
    page.on('pageerror', (e) => out.console_errors.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      const req = r.request();
      if (!req.isNavigationRequest() || req.frame() !== page.mainFrame()) return;
      const h = r.headers();
      out.documents.push({ url: r.url(), status: r.status(), content_type: h['content-type'] || '', csp: h['content-security-policy'] || '' });
    });
    const at = (p) => page.waitForURL((u) => (typeof p === 'string' ? u.pathname === p : p.test(u.pathname)), { waitUntil: 'load' });
    try {
      out.step = 'invitation';
      await page.goto(input.invite_link);
      await shot(page, 'staff-invite');
      await page.getByRole('button', { name: 'Continue' }).click();
      out.step = 'enrol';
      await at('/staff/enrol');
      await shot(page, 'staff-enrol');
      const secret = (await page.locator('#totp-secret').textContent()).replace(/\s+/g, '');
      await page.getByLabel('Password', { exact: true }).fill(input.password);
      await page.getByLabel('Type the password again').fill(input.password);
      await page.getByLabel('Code from your app').fill(totp(secret, Number(input.now_unix)));
      await page.getByRole('button', { name: 'Confirm' }).click();
      out.step = 'inbox';
      await at('/staff/inbox');
      await shot(page, 'staff-inbox');
      out.inbox_text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      await page.locator('a.message').first().click();
      out.step = 'message';
      await at(/^\/staff\/messages\/[^/]+$/);
      out.subject = (await page.locator('#staff-subject').textContent()).trim();
      out.body = (await page.locator('#staff-body').innerText()).trim();
      await shot(page, 'staff-message');
      out.step = 'claim';
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Claim' }).click()]);
      out.history = (await page.locator('#staff-history').innerText()).replace(/\s+/g, ' ');
      await shot(page, 'staff-claimed');
      out.step = 'sign-out';
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
      await shot(page, 'staff-signed-out');
      out.step = 'after sign-out';
      await page.goto(new URL('/staff/inbox', input.base).href);
      out.after_signout = new URL(page.url()).pathname;
      await shot(page, 'staff-signin');
      out.ok = true;
    } catch (e) {
      try { await shot(page, `failed-${out.step}`); } catch { /* the page may be gone */ }
      throw e;
    }
  } finally {
    await browser.close();
  }
}

try {
  await run();
} catch (e) {
  out.ok = false;
  out.error = String((e && e.stack) || e);
}
process.stdout.write(`E2E-RESULT ${JSON.stringify(out)}\n`);
process.exitCode = out.ok ? 0 : 1;
