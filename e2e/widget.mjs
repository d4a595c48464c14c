// Phase "widget" of flow.mjs: sealpost's embeddable inbox inside the example
// portal (examples/portal), on another loopback origin, under the portal's
// strict CSP. The portal signs its user in with a password only; the widget
// gets user tokens from the portal's getToken callback.
//
//   1. sign in to the portal; the badge and the list load (tokens, CORS)
//   2. the CSP probe: an injected inline script is refused
//   3. a message posted through the API raises the badge without a reload
//      (Server-Sent Events over fetch) and appears in the list
//   4. open it (phi): subject and body; focus on its heading; the badge drops
//   5. mark as unread, back to the list: the badge rises, focus returns
//   6. open the restricted message: the widget asks the page for a step-up
//      token, the portal asks for its authenticator code, the message opens;
//      download its attachment
//   7. archive it; screenshots of each state (desktop, and the phone width)
//
// Input: portal_url, base_url (sealpost), api_key, recipient, username,
// password, totp_secret, now_unix (the portal's clock), out_dir, shot_start.

import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const badgeCount = (page) => page.evaluate(() => document.querySelector('sealpost-unread-badge').getAttribute('count'));

async function badgeIs(page, n) {
  await page.waitForFunction((want) => document.querySelector('sealpost-unread-badge').getAttribute('count') === String(want), n);
}

// shadowFocus is the part name (or data-id) of what has focus inside the
// inbox's shadow root.
const shadowFocus = (page) => page.evaluate(() => {
  const a = document.querySelector('sealpost-inbox').shadowRoot.activeElement;
  return a ? a.getAttribute('data-id') || a.getAttribute('part') || a.tagName : '';
});

async function postMessage(input, body) {
  const res = await fetch(input.base_url + '/v1/messages', {
    method: 'POST',
    headers: { Authorization: 'Bearer ' + input.api_key, 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`POST /v1/messages → ${res.status} ${await res.text()}`);
  return res.json();
}

export async function widget(input, rec, { withBrowser, totp, cspProbe }) {
  return withBrowser(input, rec, async (page, context) => {
    // Test instrumentation only: the widget's shadow roots are closed, so
    // the host page's scripts (and Playwright's locators) cannot read them.
    // Opening them here, before any page script runs, lets the test look in.
    await context.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) { return attach.call(this, { ...init, mode: 'open' }); };
    });
    const portal = input.portal_url;
    const inbox = page.locator('sealpost-inbox');

    rec.step = 'portal-sign-in';
    await page.goto(portal + '/', { waitUntil: 'load' });
    await page.getByLabel('Username').fill(input.username);
    await page.getByLabel('Password').fill(input.password);
    await Promise.all([page.waitForURL(portal + '/', { waitUntil: 'load' }), page.getByRole('button', { name: 'Sign in' }).click()]);

    rec.step = 'widget-list';
    await inbox.locator('button.item').first().waitFor();
    await page.waitForFunction(() => document.querySelector('sealpost-unread-badge').getAttribute('count') !== null);
    const unreadBefore = Number(await badgeCount(page));
    const itemsBefore = await inbox.locator('button.item').allInnerTexts();
    const theme = await page.evaluate(() => {
      const b = document.querySelector('sealpost-unread-badge').shadowRoot.querySelector('[part=badge]');
      const t = document.querySelector('sealpost-inbox').shadowRoot.querySelector('[part=title]');
      return { badge_bg: getComputedStyle(b).backgroundColor, title_size: getComputedStyle(t).fontSize };
    });
    await rec.shot(page, 'portal-inbox');

    rec.step = 'csp-probe';
    const errorsBefore = rec.consoleErrors.length;
    const csp = await cspProbe(page);
    const probeMessages = rec.consoleErrors.splice(errorsBefore);

    rec.step = 'sse-badge';
    await page.evaluate(() => { window.__sealpostNoReload = true; });
    const t0 = Date.now();
    await postMessage(input, { recipient: input.recipient, category: 'account_message', sensitivity: 'phi',
      subject: 'Your prescription is ready', body: 'Amoxicillin 500 mg, 21 capsules.\nPick up at the main pharmacy.' });
    await badgeIs(page, unreadBefore + 1);
    const badgeMs = Date.now() - t0;
    const noReload = await page.evaluate(() => window.__sealpostNoReload === true);
    const newItem = inbox.getByRole('button', { name: /Your prescription is ready/ });
    await newItem.waitFor();
    await rec.shot(page, 'badge-after-sse');

    rec.step = 'open-phi';
    await newItem.click();
    const heading = inbox.locator('[part="message-subject"]');
    await heading.waitFor();
    const phi = { subject: (await heading.textContent()).trim(), body: (await inbox.locator('[part="message-body"]').innerText()).trim(),
      focus: await shadowFocus(page) };
    await badgeIs(page, unreadBefore);
    await rec.shot(page, 'phi-open');

    rec.step = 'mark-unread';
    await inbox.getByRole('button', { name: 'Mark as unread' }).click();
    await badgeIs(page, unreadBefore + 1);
    await newItem.waitFor();
    const focusAfterUnread = await shadowFocus(page);

    rec.step = 'open-restricted';
    const hidden = inbox.getByRole('button', { name: /confirm it’s you to open/ });
    const hiddenBefore = await hidden.count();
    await hidden.first().click();
    rec.step = 'step-up-dialog';
    const dialog = page.getByRole('dialog', { name: 'Confirm it’s you' });
    await dialog.waitFor();
    await rec.shot(page, 'step-up-dialog');
    await page.getByLabel('Code').fill(totp(input.totp_secret, Number(input.now_unix)));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    rec.step = 'restricted-open';
    await heading.waitFor();
    const restricted = { subject: (await heading.textContent()).trim(), body: (await inbox.locator('[part="message-body"]').innerText()).trim() };
    await rec.shot(page, 'restricted-open');

    rec.step = 'download';
    const [download] = await Promise.all([page.waitForEvent('download'), inbox.locator('[part~="attachment"]').first().click()]);
    const bytes = await readFile(await download.path());
    const attachment = { filename: download.suggestedFilename(), size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };

    rec.step = 'phone';
    await page.setViewportSize({ width: 390, height: 844 });
    await rec.shot(page, 'restricted-open-phone');

    rec.step = 'archive';
    await inbox.getByRole('button', { name: 'Archive' }).click();
    await inbox.getByText('Message archived.').waitFor();
    const itemsAfter = await inbox.locator('button.item').allInnerTexts();
    await rec.shot(page, 'after-archive-phone');
    return {
      unread_before: unreadBefore, widget_items_before: itemsBefore, widget_items_after: itemsAfter, theme,
      csp_probe: { ...csp, messages: probeMessages }, badge_ms: badgeMs, no_reload: noReload,
      phi, focus_after_unread: focusAfterUnread, hidden_before: hiddenBefore, restricted, attachment,
    };
  });
}
