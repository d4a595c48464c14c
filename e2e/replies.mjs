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
