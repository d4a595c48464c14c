// Progressive enhancement for sealpost's hosted pages (served from 'self';
// the pages' Content-Security-Policy allows no inline script). Every page
// works without it: it only reveals controls that need a script.
'use strict';
(() => {
  // Show-password toggles: <button data-toggle-password="ID" data-show="…" data-hide="…">.
  for (const b of document.querySelectorAll('button[data-toggle-password]')) {
    const input = document.getElementById(b.dataset.togglePassword);
    if (!input) continue;
    b.hidden = false;
    b.addEventListener('click', () => {
      const show = input.type === 'password';
      input.type = show ? 'text' : 'password';
      b.textContent = show ? b.dataset.hide : b.dataset.show;
      b.setAttribute('aria-pressed', String(show));
      input.focus();
    });
  }
  // Print buttons.
  for (const b of document.querySelectorAll('button[data-print]')) {
    b.hidden = false;
    b.addEventListener('click', () => window.print());
  }
  // Copy buttons: <button data-copy="ID" data-copied="…">, copies the list's text.
  for (const b of document.querySelectorAll('button[data-copy]')) {
    const list = document.getElementById(b.dataset.copy);
    if (!list || !navigator.clipboard) continue;
    b.hidden = false;
    b.addEventListener('click', async () => {
      const text = [...list.querySelectorAll('li')].map((li) => li.textContent.trim()).join('\n') + '\n';
      const status = document.getElementById('copy-status');
      try {
        await navigator.clipboard.writeText(text);
        if (status) status.textContent = b.dataset.copied;
      } catch {
        if (status) status.textContent = '';
      }
    });
  }
  // An error summary takes the focus, so a screen reader reads it first.
  const summary = document.getElementById('error-summary');
  if (summary) summary.focus();
})();
