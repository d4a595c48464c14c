// Phases "reply" and "thread" of flow.mjs: a patient's replies on the hosted
// message page (issue 18).
//
//   reply    the message's link (signing in with password and TOTP if the
//            browser is signed out) → the message page with its reply form →
//            type the reply, Send reply → the page confirms and shows the
//            reply in the conversation; screenshots (desktop, phone)
//   thread   a message page (message_url), signing in if needed: the
//            conversation in order, as the patient sees it
//
// Input: base_url, link or message_url, username, password, totp_secret,
// now_unix, reply_text, state_file, out_dir, shot_start, audit.

async function conversation(page) {
  const items = page.locator('#thread ol.thread > li');
  if ((await page.locator('#thread').count()) === 0) return [];
  return items.evaluateAll((lis) => lis.map((li) => ({
    id: li.id.replace(/^entry-/, ''),
    kind: li.classList.contains('thread-reply') ? 'reply' : 'message',
    current: li.classList.contains('current'),
    text: li.innerText.replace(/\s+/g, ' ').trim(),
  })));
}

// openSignedIn goes to url and signs in when the page asks for it.
async function openSignedIn(page, url, input, rec, { signIn, until, messagePath }) {
  rec.step = 'open';
  await page.goto(url, { waitUntil: 'load' });
  if (new URL(page.url()).pathname === '/signin') {
    await rec.shot(page, 'signin');
    await signIn(page, input, rec);
  }
  await until(page, messagePath, rec, 'message');
}

export async function reply(input, rec, helpers) {
  return helpers.withBrowser(input, rec, async (page) => {
    await openSignedIn(page, input.link || input.message_url, input, rec, helpers);
    const form = page.locator('#reply-form');
    await form.waitFor();
    await rec.shot(page, 'message-with-reply-form');
    rec.step = 'empty-reply';
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('#reply-body-error').waitFor();
    const emptyError = (await page.locator('#reply-body-error').textContent()).trim();
    await rec.shot(page, 'reply-error');
    rec.step = 'reply';
    await page.getByLabel('Your reply').fill(input.reply_text);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Send reply' }).click()]);
    await page.locator('#reply-sent').waitFor();
    const sent = (await page.locator('#reply-sent').textContent()).trim();
    const thread = await conversation(page);
    await rec.shot(page, 'reply-sent');
    return { path: new URL(page.url()).pathname, empty_error: emptyError, sent, thread };
  });
}

export async function thread(input, rec, helpers) {
  return helpers.withBrowser(input, rec, async (page) => {
    await openSignedIn(page, input.message_url, input, rec, helpers);
    rec.step = 'thread';
    await page.locator('#thread').waitFor();
    const t = await conversation(page);
    await rec.shot(page, input.shot_name || 'thread');
    return { path: new URL(page.url()).pathname, thread: t };
  });
}

// Phase "widget_reply": the embeddable inbox inside the example portal.
// Sign in to the portal, open the message whose subject is `subject` in the
// widget; with reply_text, reply in the widget's reply box and wait for the
// confirmation (with reply_file_name and reply_file_content: a file added
// in the widget's file input, the form's controls measured at phone
// width); with download_name, download that file from the conversation;
// return the conversation the widget shows.
export async function widgetReply(input, rec, { withBrowser }) {
  return withBrowser(input, rec, async (page, context) => {
    // Test instrumentation only (as in widget.mjs): open the closed shadow
    // roots so the test can look in.
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
    rec.step = 'open';
    await inbox.getByRole('button', { name: new RegExp(input.subject) }).first().click();
    await inbox.locator('[part="message-subject"]').waitFor();
    let sent = '';
    let emptyError = '';
    let formSizes = [];
    if (input.reply_text) {
      rec.step = 'reply-box';
      const box = inbox.locator('[part="reply-input"]');
      await box.waitFor();
      await rec.shot(page, 'widget-reply-box');
      await inbox.getByRole('button', { name: 'Send reply' }).click();
      const err = inbox.locator('[part="reply-error"]');
      await page.waitForFunction(() => document.querySelector('sealpost-inbox').shadowRoot.querySelector('[part="reply-error"]').textContent !== '');
      emptyError = (await err.textContent()).trim();
      rec.step = 'reply';
      await box.fill(input.reply_text);
      if (input.reply_file_name) {
        // With a file: chosen in the widget's file input, the form looked
        // at phone width, then sent; the widget uploads it after the reply.
        rec.step = 'reply-file';
        await inbox.locator('[part="reply-file"]').setInputFiles({ name: input.reply_file_name, mimeType: 'application/pdf',
          buffer: Buffer.from(input.reply_file_content, 'utf8') });
        await rec.shot(page, 'widget-reply-file');
        const desktop = page.viewportSize();
        await page.setViewportSize({ width: 390, height: 844 });
        await inbox.locator('[part="reply-form"]').scrollIntoViewIfNeeded();
        await rec.shot(page, 'widget-reply-form-phone');
        formSizes = await inbox.locator('[part="reply-form"] input, [part="reply-form"] button, [part="reply-form"] textarea').evaluateAll((els) => els.map((el) => {
          const r = el.getBoundingClientRect();
          return { part: el.getAttribute('part') || el.tagName, width: r.width, height: r.height,
            label: el.id ? !!el.getRootNode().querySelector(`label[for="${el.id}"]`) : false };
        }));
        await page.setViewportSize(desktop);
        await inbox.getByRole('button', { name: 'Send reply' }).click();
        await inbox.getByText('Your reply and your file were sent.', { exact: false }).waitFor();
        sent = (await inbox.getByText('Your reply and your file were sent.', { exact: false }).textContent()).trim();
      } else {
        await inbox.getByRole('button', { name: 'Send reply' }).click();
        await inbox.getByText('Your reply was sent.', { exact: false }).waitFor();
        sent = (await inbox.getByText('Your reply was sent.', { exact: false }).textContent()).trim();
      }
    }
    let download = null;
    if (input.download_name) {
      // The patient downloads their reply's file from the conversation.
      rec.step = 'download';
      const button = inbox.getByRole('button', { name: 'Download ' + input.download_name });
      await button.waitFor();
      const [dl] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const file = await dl.path();
      const { readFile } = await import('node:fs/promises');
      download = { name: dl.suggestedFilename(), content: (await readFile(file)).toString('utf8') };
    }
    rec.step = 'thread';
    await inbox.locator('[part~="thread"]').waitFor();
    const thread = await inbox.locator('[part~="thread-entry"]').evaluateAll((lis) => lis.map((li) => ({
      id: li.getAttribute('data-entry'), kind: li.classList.contains('reply') ? 'reply' : 'message',
      current: false, text: li.innerText.replace(/\s+/g, ' ').trim(),
    })));
    await rec.shot(page, input.reply_text ? 'widget-reply-sent' : 'widget-thread');
    await page.setViewportSize({ width: 390, height: 844 });
    await rec.shot(page, (input.reply_text ? 'widget-reply-sent' : 'widget-thread') + '-phone');
    return { empty_error: emptyError, sent, thread, download, form_sizes: formSizes };
  });
}

// ---------- the staff side (the staff mailbox's pages) ----------

async function staffSignIn(page, input, rec, totp) {
  rec.step = 'staff-signin';
  await page.locator('#email').fill(input.staff_email);
  await page.locator('#password').fill(input.staff_password);
  await Promise.all([page.waitForURL((u) => u.pathname === '/staff/signin/factor', { waitUntil: 'load' }), page.getByRole('button', { name: 'Continue' }).click()]);
  rec.step = 'staff-signin-factor';
  await page.locator('#code').fill(totp(input.staff_secret, Number(input.now_unix)));
  await Promise.all([page.waitForURL((u) => u.pathname === '/staff/inbox', { waitUntil: 'load' }), page.getByRole('button', { name: 'Verify' }).click()]);
}

// staffItems reads the staff inbox's entries.
async function staffItems(page) {
  return page.locator('ul.inbox > li').evaluateAll((lis) => lis.map((li) => {
    const a = li.querySelector('a.message');
    const removed = li.querySelector('[data-removed="true"]');
    return { href: a ? new URL(a.getAttribute('href'), location.href).pathname : '', removed: !!removed,
      text: li.innerText.replace(/\s+/g, ' ').trim() };
  }));
}

// Phase "staff_enrol": the invitation link → Continue → the enrolment page
// (the TOTP secret read from the page) → password and code → the staff
// inbox → sign out.
export async function staffEnrol(input, rec, { withBrowser, totp }) {
  return withBrowser(input, rec, async (page) => {
    rec.step = 'staff-invite';
    await page.goto(input.link, { waitUntil: 'load' });
    await rec.shot(page, 'staff-invite');
    await Promise.all([page.waitForURL((u) => u.pathname === '/staff/enrol', { waitUntil: 'load' }), page.locator('#staff-invite-continue').click()]);
    rec.step = 'staff-enrol';
    const secret = (await page.locator('#totp-secret').textContent()).replace(/\s+/g, '');
    await rec.shot(page, 'staff-enrol');
    await page.locator('#password').fill(input.staff_password);
    await page.locator('#confirm').fill(input.staff_password);
    await page.locator('#code').fill(totp(secret, Number(input.now_unix)));
    await Promise.all([page.waitForURL((u) => u.pathname === '/staff/inbox', { waitUntil: 'load' }), page.getByRole('button', { name: 'Confirm' }).click()]);
    await rec.shot(page, 'staff-inbox-empty');
    rec.step = 'staff-signout';
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Sign out' }).click()]);
    return { staff_secret: secret };
  });
}

// Phase "staff_answer": the staff notice's link → the staff sign-in (email
// and password, then the TOTP code) → the staff inbox → the reply → its text and conversation
// → an answer → the confirmation.
export async function staffAnswer(input, rec, { withBrowser, totp }) {
  return withBrowser(input, rec, async (page) => {
    rec.step = 'staff-notice-link';
    await page.goto(input.link, { waitUntil: 'load' });
    await rec.shot(page, 'staff-signin');
    await staffSignIn(page, input, rec, totp);
    const before = await staffItems(page);
    await rec.shot(page, 'staff-inbox');
    rec.step = 'staff-open-reply';
    const item = page.locator('ul.inbox a.message[href^="/staff/replies/"]').first();
    await Promise.all([page.waitForURL((u) => u.pathname.startsWith('/staff/replies/'), { waitUntil: 'load' }), item.click()]);
    const replyPath = new URL(page.url()).pathname;
    const body = (await page.locator('#staff-reply-body').innerText()).trim();
    const removeAt = (await page.locator('#staff-remove-at').textContent()).trim();
    const conversation = await page.locator('ol.thread > li').evaluateAll((lis) => lis.map((li) => li.innerText.replace(/\s+/g, ' ').trim()));
    await rec.shot(page, 'staff-reply');
    rec.step = 'staff-answer';
    await page.locator('#answer-body').fill(input.answer_text);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Send answer' }).click()]);
    await page.locator('#answer-sent').waitFor();
    const answered = (await page.locator('#answered').textContent()).trim();
    await rec.shot(page, 'staff-answered');
    return { reply_path: replyPath, reply_body: body, remove_at: removeAt, conversation, answered, items_before: before };
  });
}

// Phase "staff_inbox": sign in at the staff sign-in (link) and read the
// inbox.
export async function staffInbox(input, rec, { withBrowser, totp }) {
  return withBrowser(input, rec, async (page) => {
    rec.step = 'staff-signin-page';
    await page.goto(input.link, { waitUntil: 'load' });
    if (new URL(page.url()).pathname !== '/staff/inbox') await staffSignIn(page, input, rec, totp);
    const items = await staffItems(page);
    await rec.shot(page, input.shot_name || 'staff-inbox');
    return { items };
  });
}
