// The example portal's page script: hands the widget a token getter.
// getToken({reason, message}) asks the portal's backend for a user token;
// when the widget needs a step-up, the backend answers {"need":"otp"} and
// the page asks the user for their authenticator code first.
(() => {
  'use strict';
  const csrf = document.querySelector('meta[name="portal-csrf"]').content;
  const dialog = document.getElementById('stepup');
  const form = document.getElementById('stepup-form');
  const code = document.getElementById('stepup-code');
  const error = document.getElementById('stepup-error');
  const cancel = document.getElementById('stepup-cancel');

  const post = (path, body) => fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
    body: JSON.stringify(body),
    credentials: 'same-origin',
  });

  // askCode shows the dialog until a code passes (resolve) or the user
  // cancels (reject).
  function askCode() {
    return new Promise((resolve, reject) => {
      error.textContent = '';
      code.value = '';
      code.removeAttribute('aria-invalid');
      const done = (ok) => {
        form.removeEventListener('submit', submit);
        cancel.removeEventListener('click', stop);
        dialog.removeEventListener('cancel', stop);
        dialog.close();
        ok ? resolve() : reject(new Error('step-up cancelled'));
      };
      const submit = async (ev) => {
        ev.preventDefault();
        const res = await post('/stepup', { code: code.value.trim() });
        if (res.ok) return done(true);
        const j = await res.json().catch(() => ({}));
        error.textContent = j.error || 'That code did not work.';
        code.setAttribute('aria-invalid', 'true');
        code.focus();
      };
      const stop = (ev) => { if (ev) ev.preventDefault(); done(false); };
      form.addEventListener('submit', submit);
      cancel.addEventListener('click', stop);
      dialog.addEventListener('cancel', stop);
      dialog.showModal();
      code.focus();
    });
  }

  async function getToken(req) {
    for (let asked = false; ; asked = true) {
      const res = await post('/token', req);
      if (res.status === 401) { // the portal session ended
        window.location.assign('/');
        throw new Error('signed out');
      }
      if (!res.ok) throw new Error('no token');
      const j = await res.json();
      if (j.token) return j.token;
      if (j.need !== 'otp' || asked) throw new Error('no token');
      await askCode(); // rejects if the user cancels
    }
  }

  window.sealpost.configure({ getToken });
})();
