#!/usr/bin/env node
// Browser steps of the staff passkey end-to-end test (internal/e2e/staffpasskey_test.go):
//
//   node e2e/staffpasskey.mjs        with the input JSON in SEALPOST_E2E_INPUT
//
// A virtual WebAuthn authenticator (Chrome DevTools Protocol: internal
// transport, resident keys, user verification that succeeds) stands in for
// the phone or security key. The invitation link → Continue → /staff/enrol
// (password and TOTP) → /staff/inbox → Account → Add a passkey (passkey.js,
// navigator.credentials.create) → the passkey listed → Sign out → the staff
// sign-in: email and password → the second step → Use a passkey
// (navigator.credentials.get) → /staff/inbox. The service is reached as
// http://localhost:<port>, a secure context, so WebAuthn works without TLS.
// Every page is shot at desktop and phone width and checked with axe-core;
// requests to non-loopback addresses are aborted and reported.
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

    out.step = 'virtual authenticator';
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    try {
      out.step = 'invitation';
      await page.goto(input.invite_link);
      await page.getByRole('button', { name: 'Continue' }).click();
      out.step = 'enrol';
      await at('/staff/enrol');
      const secret = (await page.locator('#totp-secret').textContent()).replace(/\s+/g, '');
      await page.getByLabel('Password', { exact: true }).fill(input.password);
      await page.getByLabel('Type the password again').fill(input.password);
      await page.getByLabel('Code from your app').fill(totp(secret, Number(input.now_unix)));
      await page.getByRole('button', { name: 'Confirm' }).click();
      await at('/staff/inbox');

      out.step = 'account';
      await page.getByRole('link', { name: 'Account' }).click();
      await at('/staff/account');
      out.account_before = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      await shot(page, 'staff-account');
      out.step = 'add passkey';
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Add a passkey' }).click()]);
      await at('/staff/account');
      await page.locator('#staff-passkeys').waitFor();
      out.passkeys_listed = (await page.locator('#staff-passkeys').innerText()).replace(/\s+/g, ' ');
      out.credentials_after_add = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials.length;
      await shot(page, 'staff-account-passkey');

      out.step = 'sign out';
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out', exact: true }).click()]);
      await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: 'Sign in' }).click()]);
      out.step = 'password';
      await at('/staff/signin');
      await shot(page, 'staff-signin');
      await page.getByLabel('Work email').fill(input.email);
      await page.getByLabel('Password', { exact: true }).fill(input.password);
      await page.getByRole('button', { name: 'Continue' }).click();
      out.step = 'second step';
      await at('/staff/signin/factor');
      await shot(page, 'staff-factor');
      out.step = 'use passkey';
      await Promise.all([at('/staff/inbox'), page.getByRole('button', { name: 'Use a passkey' }).click()]);
      out.after_passkey = new URL(page.url()).pathname;
      out.inbox_text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      const creds = (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials;
      out.sign_count = creds.length ? creds[0].signCount : -1;
      await shot(page, 'staff-inbox-after-passkey');
      out.ok = true;
    } catch (e) {
      try { await shot(page, `failed-${out.step.replace(/\s+/g, '-')}`); } catch { /* the page may be gone */ }
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
