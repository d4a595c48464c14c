#!/usr/bin/env node
// Browser steps of sealpost's end-to-end tests, driven by internal/e2e (go test).
//
//   node e2e/flow.mjs PHASE        with the input JSON in SEALPOST_E2E_INPUT (or on stdin)
//
// One process per phase: the Go test moves its service clock between phases
// and passes the clock's current Unix time as now_unix, so every TOTP code
// typed here is computed for the server's clock (RFC 6238, HMAC-SHA1, 6
// digits, 30 s, with node:crypto). Cookies survive between phases through a
// Playwright storageState file (state_file).
//
// Real Chromium only: Debian's /usr/bin/chromium through playwright-core,
// which downloads no browser. Every request that is not to a loopback address
// is aborted and reported (blocked_requests).
//
// With audit: true every screenshot is also taken at 390×844 (NN-name-phone.png)
// and axe-core checks the page at that width ("audits" in the result); with
// lang: "es" the flows click the Spanish labels, and locale sets the
// browser's Accept-Language.
//
// Output: exactly one line "E2E-RESULT {json}" on stdout; on failure its "ok"
// is false, "error" says why and "step" where, a screenshot of the failing
// page is taken, and the exit code is 1. Screenshots are PNGs in out_dir named
// NN-<page>.png, numbered from shot_start.
//
// Phases:
//   totp     no browser: the code for totp_secret at now_unix (cross-checked
//            against the server's TOTP library by the Go test)
//   link     open a notice's link: status, heading, documents (with their
//            Content-Security-Policy), console errors, and whether the browser
//            refuses an injected inline script
//   enrol    registration link → /enrol → /enrol/totp → /enrol/recovery →
//            Continue → Sign out
//   read     a phi message's link, signed out → /signin → /signin/factor →
//            the message; inbox unread count, Mark as unread, read again
//   stepup   inbox (still signed in), a restricted message's link → /stepup
//            → the message; download its attachment; inbox count; Sign out
//   oidc     "Sign in with {portal}" on /signin → the provider's login form
//            (username, password) → /inbox → a phi message (message_url)
//   oidc_stepup  a restricted message (message_url), signed in through the
//            provider without a fresh second factor → the provider's login
//            form again (prompt=login) → the message
//   widget   the embeddable inbox inside the example portal (e2e/widget.mjs)
//   reply    a patient's reply from the hosted message page (e2e/replies.mjs)
//   thread   a message page's conversation (e2e/replies.mjs)
//   widget_reply  a reply from the widget inside the example portal (e2e/replies.mjs)
//   staff_enrol, staff_answer, staff_inbox  a pool member's side of a reply
//            (e2e/replies.mjs): invitation and enrolment, the notice's link,
//            sign-in with TOTP, the reply and an answer, the inbox
//   tour     pages outside the flows (landing, forgot password, an expired
//            link): status, heading, a screenshot of each
//   entry    a page a signed-out patient reaches (start_url, or the page after
//            Sign out) → its sign-in link → /signin → signed in at /inbox;
//            or the sign-in page's text when it has no form

import { createHash, createHmac } from 'node:crypto';
import { access, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { widget } from './widget.mjs';
import { reply, staffAnswer, staffEnrol, staffInbox, thread, widgetReply } from './replies.mjs';

// ---------- TOTP (RFC 4226 / RFC 6238) ----------

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Decode(s) {
  const clean = s.replace(/[\s=-]/g, '').toUpperCase();
  let bits = 0;
  let value = 0;
  const out = [];
  for (const ch of clean) {
    const v = B32.indexOf(ch);
    if (v < 0) throw new Error(`not base32: ${JSON.stringify(ch)}`);
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function hotp(key, counter, digits = 6) {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const off = mac[mac.length - 1] & 0x0f;
  const bin = ((mac[off] & 0x7f) << 24) | (mac[off + 1] << 16) | (mac[off + 2] << 8) | mac[off + 3];
  return String(bin % 10 ** digits).padStart(digits, '0');
}

export function totp(secretBase32, unixSeconds, { digits = 6, period = 30 } = {}) {
  if (!Number.isFinite(unixSeconds)) throw new Error('totp: now_unix missing');
  return hotp(base32Decode(secretBase32), Math.floor(unixSeconds / period), digits);
}

// ---------- recording: screenshots, documents, console errors ----------

class Recorder {
  constructor(input) {
    this.outDir = input.out_dir;
    this.n = Number(input.shot_start || 1);
    this.screenshots = [];
    this.documents = [];
    this.consoleErrors = [];
    this.blocked = [];
    this.step = 'start';
    // audit: every shot is taken at desktop and phone width (390×844), and
    // axe-core checks the page at phone width, where the layout is tightest
    // (WCAG 2.0/2.1/2.2 A and AA rules; colours and markup are the same at
    // both widths).
    this.audit = Boolean(input.audit);
    this.audits = [];
    // Pages already checked (by shot name, e.g. a second "inbox"): shot only.
    this.checked = new Set(input.audit_skip || []);
    this.lang = input.lang || 'en';
  }

  async shot(page, name) {
    const file = path.join(this.outDir, `${String(this.n).padStart(2, '0')}-${name}.png`);
    this.n++;
    await page.screenshot({ path: file, fullPage: true });
    this.screenshots.push(file);
    if (this.audit && !this.checked.has(name)) {
      this.checked.add(name);
      const desktop = page.viewportSize();
      await page.setViewportSize({ width: 390, height: 844 });
      const phone = file.replace(/\.png$/, '-phone.png');
      await page.screenshot({ path: phone, fullPage: true });
      this.screenshots.push(phone);
      await this.check(page, name, 'phone');
      await page.setViewportSize(desktop);
    }
    return file;
  }

  // check runs axe-core in the page. page.evaluate is not subject to the
  // page's Content-Security-Policy, so the pages keep theirs.
  async check(page, name, width) {
    const source = await axeSource();
    const started = Date.now();
    const result = await page.evaluate(async ([src, tags]) => {
      if (!window.axe) (0, eval)(src);
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return {
        lang: document.documentElement.lang,
        violations: r.violations.map((v) => ({ id: v.id, impact: v.impact || '', help: v.help,
          nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })),
      };
    }, [source, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']]);
    this.audits.push({ page: name, width, path: new URL(page.url()).pathname, ms: Date.now() - started, ...result });
  }
}

let axeCache;
async function axeSource() {
  if (!axeCache) axeCache = await readFile(path.join(path.dirname(new URL(import.meta.url).pathname), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  return axeCache;
}

// Labels the flows click, in the pages' Spanish where the run is in Spanish
// (internal/web/catalog_es.go).
const ES = {
  'Username': 'Nombre de usuario',
  'Password': 'Contraseña',
  'Confirm password': 'Confirme la contraseña',
  'Create account': 'Crear cuenta',
  'QR code for your authenticator app': 'Código QR para su aplicación de autenticación',
  'Code from your app': 'Código de su aplicación',
  'Confirm': 'Confirmar',
  'I have saved my recovery codes': 'Guardé mis códigos de recuperación',
  'Continue': 'Continuar',
  'Sign out': 'Cerrar sesión',
  'Sign in': 'Iniciar sesión',
  'Verify': 'Verificar',
  'Back to inbox': 'Volver a la bandeja',
  'Mark as unread': 'Marcar como no leído',
  "Confirm it's you": 'Confirme que es usted',
};
let LANG = 'en';
const L = (s) => (LANG === 'es' && ES[s]) || s;

const isLoopback = (u) => {
  if (u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  const h = u.hostname.replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
};

async function withBrowser(input, rec, fn) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: input.chromium || '/usr/bin/chromium',
    headless: true,
    timeout: 60_000,
    // The machine's network is closed: no background traffic, no QUIC.
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  try {
    const opts = { acceptDownloads: true, viewport: { width: 1000, height: 760 }, locale: input.locale || 'en-US', timezoneId: 'UTC' };
    if (input.state_file && (await exists(input.state_file))) opts.storageState = input.state_file;
    const context = await browser.newContext(opts);
    context.setDefaultTimeout(Number(input.timeout_ms || 20_000));
    await context.route('**/*', (route) => {
      const u = new URL(route.request().url());
      if (isLoopback(u)) return route.continue();
      rec.blocked.push(u.origin);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') rec.consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => rec.consoleErrors.push(`pageerror: ${e.message}`));
    page.on('response', async (r) => {
      const req = r.request();
      if (!req.isNavigationRequest() || req.frame() !== page.mainFrame()) return;
      const h = r.headers();
      rec.documents.push({ url: r.url(), status: r.status(), content_type: h['content-type'] || '',
        csp: h['content-security-policy'] || '', location: h.location || '' });
    });
    let out;
    try {
      out = await fn(page, context);
    } catch (e) {
      try { await rec.shot(page, `failed-${rec.step}`); } catch { /* the page may be gone */ }
      throw e;
    }
    if (input.state_file) await context.storageState({ path: input.state_file });
    await context.close();
    return out;
  } finally {
    await browser.close();
  }
}

async function exists(p) {
  try { await access(p); return true; } catch { return false; }
}

// ---------- page helpers ----------

const pathIs = (want) => (u) => (typeof want === 'string' ? u.pathname === want : want.test(u.pathname));
const messagePath = /^\/inbox\/[^/]+$/;

async function until(page, want, rec, step) {
  rec.step = step;
  await page.waitForURL(pathIs(want), { waitUntil: 'load' });
}

async function signOut(page, rec) {
  rec.step = 'sign-out';
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: L('Sign out'), exact: true }).click()]);
  const after = new URL(page.url()).pathname;
  await rec.shot(page, 'signed-out');
  return after;
}

async function unreadCount(page) {
  const t = (await page.locator('#unread-count').textContent()).trim();
  if (!/^\d+$/.test(t)) throw new Error(`#unread-count is ${JSON.stringify(t)}, not a number`);
  return Number(t);
}

async function inboxItems(page) {
  return page.locator('a.message').evaluateAll((as) => as.map((a) => ({
    href: new URL(a.getAttribute('href'), location.href).pathname,
    unread: a.getAttribute('data-unread'),
    text: a.textContent.replace(/\s+/g, ' ').trim(),
  })));
}

async function readMessage(page) {
  return {
    path: new URL(page.url()).pathname,
    subject: (await page.locator('#message-subject').textContent()).trim(),
    body: (await page.locator('#message-body').innerText()).trim(),
  };
}

async function fillCode(page, input, rec, button) {
  const code = totp(input.totp_secret, Number(input.now_unix));
  await page.getByLabel(L('Code from your app')).fill(code);
  await page.getByRole('button', { name: L(button) }).click();
  return code;
}

async function signIn(page, input, rec) {
  rec.step = 'signin';
  if (rec.audit) {
    // A wrong password first: the error summary and the field states.
    await page.getByLabel(L('Username'), { exact: true }).fill(input.username);
    await page.getByLabel(L('Password'), { exact: true }).fill('not the password');
    await page.getByRole('button', { name: L('Sign in'), exact: true }).click();
    await page.waitForSelector('#error-summary');
    await rec.shot(page, 'signin-error');
  }
  await page.getByLabel(L('Username'), { exact: true }).fill(input.username);
  await page.getByLabel(L('Password'), { exact: true }).fill(input.password);
  await page.getByRole('button', { name: L('Sign in'), exact: true }).click();
  await until(page, '/signin/factor', rec, 'signin-factor');
  await rec.shot(page, 'signin-factor');
  await fillCode(page, input, rec, 'Verify');
}

// cspProbe appends an inline <script>: under a strict policy the browser
// refuses it and fires securitypolicyviolation. Bounded by a deadline.
async function cspProbe(page) {
  const probe = page.evaluate(() => new Promise((resolve) => {
    document.addEventListener('securitypolicyviolation',
      (e) => resolve({ ran: window.__sealpostInjected === true, violated: e.effectiveDirective }), { once: true });
    const s = document.createElement('script');
    s.textContent = 'window.__sealpostInjected = true;';
    document.body.appendChild(s);
    if (window.__sealpostInjected === true) resolve({ ran: true, violated: '' });
  }));
  let timer;
  const deadline = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('no CSP verdict within 10 s')), 10_000); });
  try {
    return await Promise.race([probe, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// ---------- phases ----------

const phases = {
  async totp(input) {
    return { code: totp(input.totp_secret, Number(input.now_unix), { digits: Number(input.digits || 6) }) };
  },

  async link(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'open-link';
      const resp = await page.goto(input.link, { waitUntil: 'load' });
      const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()).trim();
      await rec.shot(page, 'link');
      const errorsBeforeProbe = rec.consoleErrors.length;
      rec.step = 'csp-probe';
      const csp = await cspProbe(page);
      // The probe's own refusal is logged as a console error: report it apart.
      const probeMessages = rec.consoleErrors.splice(errorsBeforeProbe);
      return { url: page.url(), status: resp.status(), heading, csp_probe: { ...csp, messages: probeMessages } };
    });
  },

  async enrol(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'open-link';
      await page.goto(input.link);
      await until(page, '/enrol', rec, 'enrol');
      await rec.shot(page, 'enrol');
      if (rec.audit) {
        // Two mistakes first: the error summary linked to its fields.
        await page.getByLabel(L('Username'), { exact: true }).fill(input.username);
        await page.getByLabel(L('Password'), { exact: true }).fill('short');
        await page.getByLabel(L('Confirm password'), { exact: true }).fill('other');
        await page.getByRole('button', { name: L('Create account') }).click();
        await page.waitForSelector('#error-summary');
        await rec.shot(page, 'enrol-error');
      }
      await page.getByLabel(L('Username'), { exact: true }).fill(input.username);
      await page.getByLabel(L('Password'), { exact: true }).fill(input.password);
      await page.getByLabel(L('Confirm password'), { exact: true }).fill(input.password);
      await page.getByRole('button', { name: L('Create account') }).click();

      await until(page, '/enrol/totp', rec, 'enrol-totp');
      const qr = page.getByRole('img', { name: L('QR code for your authenticator app') });
      await qr.waitFor();
      const qrDecoded = await qr.evaluate((img) => img.complete && img.naturalWidth > 0);
      const secret = (await page.locator('#totp-secret').textContent()).replace(/\s+/g, '');
      await rec.shot(page, 'enrol-totp');
      await fillCode(page, { ...input, totp_secret: secret }, rec, 'Confirm');

      await until(page, '/enrol/recovery', rec, 'enrol-recovery');
      const recoveryCodes = (await page.locator('#recovery-codes li').allTextContents()).map((s) => s.trim());
      await rec.shot(page, 'enrol-recovery');
      rec.step = 'continue';
      await page.getByLabel(L('I have saved my recovery codes')).check();
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: L('Continue') }).click()]);
      const afterContinue = new URL(page.url()).pathname;
      await rec.shot(page, afterContinue.replace(/^\/+/, '').replace(/\W+/g, '-') || 'home');
      const afterSignOut = await signOut(page, rec);
      rec.step = 'inbox-after-sign-out';
      await page.goto(new URL('/inbox', input.base_url).href);
      return { totp_secret: secret, qr_decoded: qrDecoded, recovery_codes: recoveryCodes, after_continue: afterContinue,
        after_sign_out: afterSignOut, inbox_after_sign_out: new URL(page.url()).pathname };
    });
  },

  async read(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'open-link';
      await page.goto(input.link);
      await until(page, '/signin', rec, 'signin');
      await rec.shot(page, 'signin');
      await signIn(page, input, rec);
      await until(page, messagePath, rec, 'message');
      const message = await readMessage(page);
      await rec.shot(page, 'message');

      rec.step = 'back-to-inbox';
      await page.getByRole('link', { name: L('Back to inbox') }).click();
      await until(page, '/inbox', rec, 'inbox');
      const unreadAfterRead = await unreadCount(page);
      const itemsAfterRead = await inboxItems(page);
      await rec.shot(page, 'inbox');

      rec.step = 'mark-unread';
      const item = page.locator(`a.message[href$="${message.path}"]`);
      await item.click();
      await until(page, message.path, rec, 'message-again');
      await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: L('Mark as unread') }).click()]);
      await page.goto(new URL('/inbox', input.base_url).href);
      const unreadAfterMark = await unreadCount(page);
      const itemsAfterMark = await inboxItems(page);
      await rec.shot(page, 'inbox-marked-unread');

      rec.step = 'read-again';
      await item.click();
      await until(page, message.path, rec, 'message-read-again');
      await page.getByRole('link', { name: L('Back to inbox') }).click();
      await until(page, '/inbox', rec, 'inbox-read-again');
      const unreadAfterReadAgain = await unreadCount(page);
      await rec.shot(page, 'inbox-read-again');
      return { message, unread_after_read: unreadAfterRead, items_after_read: itemsAfterRead, unread_after_mark: unreadAfterMark,
        items_after_mark: itemsAfterMark, unread_after_read_again: unreadAfterReadAgain };
    });
  },

  async oidc(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'signin';
      await page.goto(new URL('/signin', input.base_url).href);
      await rec.shot(page, 'oidc-signin');
      const button = page.locator('#oidc-signin');
      const label = (await button.textContent()).trim();
      rec.step = 'provider-login';
      await Promise.all([page.waitForURL((u) => u.origin === input.issuer && u.pathname === '/login/username', { waitUntil: 'load' }), button.click()]);
      await rec.shot(page, 'oidc-provider-login');
      await page.getByLabel('Username', { exact: true }).fill(input.username);
      await page.getByLabel('Password', { exact: true }).fill(input.password);
      await page.getByRole('button', { name: 'Sign in to the portal' }).click();
      await until(page, '/inbox', rec, 'inbox');
      await rec.shot(page, 'oidc-inbox');
      const unread = await unreadCount(page);
      const items = await inboxItems(page);
      rec.step = 'message';
      await page.goto(input.message_url);
      await until(page, messagePath, rec, 'message');
      await rec.shot(page, 'oidc-message');
      return { heading: label, unread_before: unread, items_before: items, message: await readMessage(page) };
    });
  },

  async oidc_stepup(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'restricted';
      await Promise.all([page.waitForURL((u) => u.origin === input.issuer && u.pathname === '/login/username', { waitUntil: 'load' }),
        page.goto(input.message_url)]);
      await rec.shot(page, 'oidc-stepup-login');
      await page.getByLabel('Username', { exact: true }).fill(input.username);
      await page.getByLabel('Password', { exact: true }).fill(input.password);
      await page.getByRole('button', { name: 'Sign in to the portal' }).click();
      await until(page, messagePath, rec, 'message');
      await rec.shot(page, 'oidc-restricted-message');
      return { message: await readMessage(page) };
    });
  },

  // staff_oidc: "Sign in with your organisation" on /staff/signin → the
  // provider (signs in at once) → /staff/oidc/callback → its link → /staff/inbox
  async staff_oidc(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'staff-signin';
      await page.goto(new URL('/staff/signin?tenant=' + encodeURIComponent(input.tenant), input.base_url).href);
      await rec.shot(page, 'staff-oidc-signin');
      const button = page.locator('#staff-oidc-signin');
      const label = (await button.textContent()).trim();
      rec.step = 'callback';
      await Promise.all([page.waitForURL((u) => u.pathname === '/staff/oidc/callback', { waitUntil: 'load' }), button.click()]);
      await rec.shot(page, 'staff-oidc-callback');
      const callbackHeading = (await page.locator('h1').first().textContent()).trim();
      rec.step = 'inbox';
      await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/staff/'), { waitUntil: 'load' }),
        page.getByRole('link', { name: 'Open the staff inbox' }).click()]);
      await rec.shot(page, 'staff-oidc-inbox');
      const finalPath = new URL(page.url()).pathname;
      return { heading: label, callback_heading: callbackHeading, final_path: finalPath,
        inbox_heading: (await page.locator('h1').first().textContent()).trim() };
    });
  },

  // entry: a signed-out patient's way to sign in from a page they can reach
  // (prime_url first if given, e.g. a link whose tenant the browser then
  // remembers; start_url, or with sign_out_first the page Sign out leads
  // to), following the link named click to /signin and signing in there.
  async entry(input, rec) {
    return withBrowser(input, rec, async (page) => {
      if (input.prime_url) {
        rec.step = 'prime';
        await page.goto(input.prime_url);
      }
      let status = 0;
      if (input.sign_out_first) {
        rec.step = 'inbox';
        await page.goto(new URL('/inbox', input.base_url).href);
        await until(page, '/inbox', rec, 'inbox');
        await signOut(page, rec);
      } else {
        rec.step = 'start';
        const resp = await page.goto(input.start_url);
        status = resp.status();
      }
      // The start pages answer 401 or 410 on purpose; Chromium logs each
      // such document as a failed resource.
      rec.consoleErrors = rec.consoleErrors.filter((m) => !/^Failed to load resource: the server responded with a status of 4(01|10) /.test(m));
      const startPath = new URL(page.url()).pathname;
      const startHeading = (await page.getByRole('heading', { level: 1 }).first().textContent()).trim();
      if (startPath !== '/signin') {
        await rec.shot(page, `entry-${input.name}`);
        rec.step = 'follow-sign-in-link';
        await Promise.all([page.waitForEvent('load'), page.getByRole('link', { name: input.click, exact: true }).click()]);
      }
      await until(page, '/signin', rec, 'signin');
      const signinURL = new URL(page.url());
      const form = (await page.locator('form[action="/signin"]').count()) > 0;
      const signinText = (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
      await rec.shot(page, `signin-${input.name}`);
      if (input.phone_shot) {
        await page.setViewportSize({ width: 390, height: 844 });
        await rec.shot(page, `signin-${input.name}-phone`);
        await page.setViewportSize({ width: 1000, height: 760 });
      }
      if (!form) {
        return { start_path: startPath, start_status: status, start_heading: startHeading,
          signin_path: signinURL.pathname + signinURL.search, signin_form: false, signin_text: signinText };
      }
      await signIn(page, input, rec);
      await until(page, '/inbox', rec, 'inbox-after-sign-in');
      await rec.shot(page, `inbox-${input.name}`);
      return { start_path: startPath, start_status: status, start_heading: startHeading,
        signin_path: signinURL.pathname + signinURL.search, signin_form: true, signin_text: signinText,
        final_path: new URL(page.url()).pathname };
    });
  },

  // recover: "Forgot your password?" on the sign-in page → /recover →
  // the username → the "check your email" page.
  async recover(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'signin';
      await page.goto(input.start_url);
      await until(page, '/signin', rec, 'signin');
      rec.step = 'forgot-link';
      await Promise.all([page.waitForEvent('load'), page.locator('#forgot-password').click()]);
      await until(page, '/recover', rec, 'recover');
      await rec.shot(page, 'recover');
      await page.getByLabel(L('Username'), { exact: true }).fill(input.username);
      await Promise.all([page.waitForEvent('load'), page.locator('form[action="/recover"] button[type=submit]').click()]);
      const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()).trim();
      await rec.shot(page, 'recover-sent');
      return { heading };
    });
  },

  // reset: the emailed link → /recover/password → a new password → the
  // "password changed" page.
  async reset(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'open-link';
      await page.goto(input.link);
      await until(page, '/recover/password', rec, 'reset');
      await rec.shot(page, 'reset');
      await page.locator('#password').fill(input.new_password);
      await page.locator('#confirm').fill(input.new_password);
      await Promise.all([page.waitForEvent('load'), page.locator('form[action="/recover/password"] button[type=submit]').click()]);
      const heading = (await page.getByRole('heading', { level: 1 }).first().textContent()).trim();
      await rec.shot(page, 'reset-done');
      return { heading, path: new URL(page.url()).pathname };
    });
  },

  // tour: pages a patient may land on outside the flows (pages: [{name,
  // url}]), each shot (and, with audit, checked).
  async tour(input, rec) {
    return withBrowser(input, rec, async (page) => {
      const visited = [];
      for (const p of input.pages || []) {
        rec.step = `tour-${p.name}`;
        const resp = await page.goto(p.url, { waitUntil: 'load' });
        visited.push({ name: p.name, status: resp.status(), path: new URL(page.url()).pathname,
          heading: (await page.getByRole('heading', { level: 1 }).first().textContent()).trim() });
        await rec.shot(page, p.name);
      }
      // The expired link answers 410 on purpose; Chromium logs the document as a failed resource.
      rec.consoleErrors = rec.consoleErrors.filter((m) => !/^Failed to load resource: the server responded with a status of 4(01|04|10) /.test(m));
      return { visited };
    });
  },

  async stepup(input, rec) {
    return withBrowser(input, rec, async (page) => {
      rec.step = 'inbox';
      await page.goto(new URL('/inbox', input.base_url).href);
      await until(page, '/inbox', rec, 'inbox');
      const unreadBefore = await unreadCount(page);
      const itemsBefore = await inboxItems(page);
      await rec.shot(page, 'inbox');

      rec.step = 'open-link';
      await page.goto(input.link);
      await until(page, '/stepup', rec, 'stepup');
      const stepupNext = new URL(page.url()).searchParams.get('next') || '';
      const heading = (await page.getByRole('heading', { name: L("Confirm it's you") }).textContent()).trim();
      await rec.shot(page, 'stepup');
      await fillCode(page, input, rec, 'Verify');
      await until(page, messagePath, rec, 'restricted-message');
      const message = await readMessage(page);
      const attachmentNames = (await page.locator('a.attachment').allTextContents()).map((s) => s.trim());
      await rec.shot(page, 'restricted-message');

      rec.step = 'download';
      let attachment = null;
      if (attachmentNames.length > 0) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.attachment').first().click()]);
        const bytes = await readFile(await download.path());
        attachment = { filename: download.suggestedFilename(), size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex') };
      }

      rec.step = 'back-to-inbox';
      await page.getByRole('link', { name: L('Back to inbox') }).click();
      await until(page, '/inbox', rec, 'inbox-after');
      const unreadAfter = await unreadCount(page);
      const itemsAfter = await inboxItems(page);
      await rec.shot(page, 'inbox-after');
      if (rec.audit) {
        // The account page and, with the factor just checked, the password change.
        rec.step = 'account';
        await page.goto(new URL('/account', input.base_url).href);
        await until(page, '/account', rec, 'account');
        await rec.shot(page, 'account');
        await page.goto(new URL('/account/password', input.base_url).href);
        await until(page, '/account/password', rec, 'account-password');
        await rec.shot(page, 'account-password');
      }
      const afterSignOut = await signOut(page, rec);
      return { stepup_next: stepupNext, stepup_heading: heading, message, attachment_names: attachmentNames, attachment,
        unread_before: unreadBefore, items_before: itemsBefore, unread_after: unreadAfter, items_after: itemsAfter,
        after_sign_out: afterSignOut };
    });
  },
};

phases.widget = (input, rec) => widget(input, rec, { withBrowser, totp, cspProbe });
phases.reply = (input, rec) => reply(input, rec, { withBrowser, signIn, until, messagePath });
phases.thread = (input, rec) => thread(input, rec, { withBrowser, signIn, until, messagePath });
phases.widget_reply = (input, rec) => widgetReply(input, rec, { withBrowser });
phases.staff_enrol = (input, rec) => staffEnrol(input, rec, { withBrowser, totp });
phases.staff_answer = (input, rec) => staffAnswer(input, rec, { withBrowser, totp });
phases.staff_inbox = (input, rec) => staffInbox(input, rec, { withBrowser, totp });

// ---------- main ----------

async function readInput() {
  if (process.env.SEALPOST_E2E_INPUT) return JSON.parse(process.env.SEALPOST_E2E_INPUT);
  const chunks = [];
  for await (const c of process.stdin) chunks.push(c);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

async function main() {
  const phase = process.argv[2];
  const rec = new Recorder({});
  let result;
  try {
    if (!Object.hasOwn(phases, phase)) throw new Error(`unknown phase ${JSON.stringify(phase)}; one of ${Object.keys(phases).join(', ')}`);
    const input = await readInput();
    Object.assign(rec, new Recorder(input));
    LANG = input.lang || 'en';
    if (rec.outDir) await mkdir(rec.outDir, { recursive: true });
    const data = await phases[phase](input, rec);
    if (rec.audit) {
      // The error states answer 401/422 on purpose; Chromium logs each such document.
      rec.consoleErrors = rec.consoleErrors.filter((m) => !/^Failed to load resource: the server responded with a status of 4(01|22) /.test(m));
    }
    result = { ok: true, phase, ...data };
  } catch (e) {
    result = { ok: false, phase, step: rec.step, error: String((e && e.stack) || e) };
  }
  Object.assign(result, { screenshots: rec.screenshots, documents: rec.documents, console_errors: rec.consoleErrors,
    blocked_requests: rec.blocked, audits: rec.audits });
  process.stdout.write(`E2E-RESULT ${JSON.stringify(result)}\n`);
  process.exitCode = result.ok ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
