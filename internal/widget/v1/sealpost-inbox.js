/*! sealpost embeddable inbox, widget v1 — <sealpost-inbox> and <sealpost-unread-badge>.
 *
 * Load it from sealpost with its integrity hash (docs/integrate.md), then tell
 * it how to get a user token from your backend:
 *
 *   <script src="https://messages.example.org/widget/v1/sealpost-inbox.js"
 *           integrity="sha384-…" crossorigin="anonymous" defer></script>
 *   <script src="/portal.js" defer></script>      // calls sealpost.configure
 *   <sealpost-unread-badge></sealpost-unread-badge>
 *   <sealpost-inbox></sealpost-inbox>
 *
 *   sealpost.configure({ getToken: async ({ reason, message }) => "<JWT>" });
 *
 * reason is "initial", "expired" (the last token was refused or ran out),
 * "refresh" (singleUseTokens: one token per call) or "step_up" (message names
 * a message that needs a fresh second factor: re-authenticate the user, then
 * mint a token whose amr names the factor). Rejecting the promise cancels.
 *
 * No framework, no eval, no inline script or style (styles are constructed
 * style sheets), closed shadow roots (the page's scripts and styles neither
 * read nor restyle the content; theme with --sealpost-* custom properties and
 * ::part()). Cookies are never sent: every call carries the token.
 */
(() => {
  'use strict';
  if (window.customElements.get('sealpost-inbox')) return;

  const VERSION = '1.2.0';
  const STEP_UP = 'urn:sealpost:problem:step-up-required';
  const here = document.currentScript && document.currentScript.src;
  const defaultBase = here ? new URL(here).origin : window.location.origin;

  // ---------- words ----------

  const WORDS = {
    en: {
      title: 'Messages',
      archived: 'Archived',
      inbox: 'Inbox',
      loading: 'Loading your messages…',
      empty: 'No messages.',
      emptyArchived: 'No archived messages.',
      unread: 'Unread',
      hidden: 'Sensitive message: confirm it’s you to open',
      expired: 'This message has expired',
      attachments: (n) => (n === 1 ? '1 attachment' : `${n} attachments`),
      back: 'Back to messages',
      received: (d) => `Received ${d}`,
      markUnread: 'Mark as unread',
      archive: 'Archive',
      markedUnread: 'Marked as unread.',
      archivedDone: 'Message archived.',
      download: (name) => `Download ${name}`,
      stepUp: 'This message needs you to confirm it’s you before it opens.',
      stepUpAgain: 'Confirm it’s you',
      failed: 'Your messages could not be loaded.',
      retry: 'Try again',
      gone: 'This message is no longer available.',
      signedOut: 'Sign in again to see your messages.',
      badge: (n) => (n === 0 ? 'No unread messages' : n === 1 ? '1 unread message' : `${n} unread messages`),
      conversation: 'Conversation',
      you: 'You',
      thisMessage: 'this message',
      shownAbove: 'Shown above.',
      replyRemoved: 'Your reply was read and then removed, as the office’s privacy rules require.',
      replyHeading: 'Reply',
      replyLabel: 'Your reply',
      replyHint: 'Only the care team can read your reply. For an emergency, call 911.',
      replySend: 'Send reply',
      replySent: 'Your reply was sent. You will get a message here when the team answers.',
      replyEmpty: 'Write your reply before you send it.',
      replyLong: 'Your reply is too long. Send it in two parts.',
      replyFailed: 'Your reply could not be sent. Try again.',
      replyLimit: 'You have sent many replies in this conversation in the last hour. Please wait, or call the office.',
      fileGone: 'This file is no longer available.',
      fileLabel: 'Add a file (optional)',
      fileHint: (max) => `A photo or document, for example${max ? `, up to ${size(max)}` : ''}. It is stored encrypted and only the team can open it.`,
      fileSending: 'Sending your file…',
      replyFileSent: 'Your reply and your file were sent. You will get a message here when the team answers.',
      fileTooLarge: (max) => `Your reply was sent, but the file is too large${max ? ` (the limit is ${size(max)})` : ''}. Send another reply with a smaller file.`,
      fileTooLargeBefore: (max) => `This file is too large${max ? ` (the limit is ${size(max)})` : ''}. Choose a smaller file, or send your reply without it.`,
      fileBad: 'Your reply was sent, but the file was not accepted: its name or type cannot be used. Rename it or choose another file, and send it with another reply.',
      fileLimit: 'Your reply was sent, but no more files can be added to it. Send another reply with the file.',
      fileFailed: 'Your reply was sent, but the file could not be added. Send another reply with the file.',
    },
    es: {
      title: 'Mensajes',
      archived: 'Archivados',
      inbox: 'Bandeja de entrada',
      loading: 'Cargando sus mensajes…',
      empty: 'No hay mensajes.',
      emptyArchived: 'No hay mensajes archivados.',
      unread: 'No leído',
      hidden: 'Mensaje confidencial: confirme su identidad para abrirlo',
      expired: 'Este mensaje ha caducado',
      attachments: (n) => (n === 1 ? '1 archivo adjunto' : `${n} archivos adjuntos`),
      back: 'Volver a los mensajes',
      received: (d) => `Recibido el ${d}`,
      markUnread: 'Marcar como no leído',
      archive: 'Archivar',
      markedUnread: 'Marcado como no leído.',
      archivedDone: 'Mensaje archivado.',
      download: (name) => `Descargar ${name}`,
      stepUp: 'Para abrir este mensaje, confirme su identidad.',
      stepUpAgain: 'Confirmar mi identidad',
      failed: 'No se pudieron cargar sus mensajes.',
      retry: 'Intentar de nuevo',
      gone: 'Este mensaje ya no está disponible.',
      signedOut: 'Inicie sesión de nuevo para ver sus mensajes.',
      badge: (n) => (n === 0 ? 'No hay mensajes sin leer' : n === 1 ? '1 mensaje sin leer' : `${n} mensajes sin leer`),
      conversation: 'Conversación',
      you: 'Usted',
      thisMessage: 'este mensaje',
      shownAbove: 'Se muestra arriba.',
      replyRemoved: 'Su respuesta fue leída y luego eliminada, como exigen las normas de privacidad del consultorio.',
      replyHeading: 'Responder',
      replyLabel: 'Su respuesta',
      replyHint: 'Solo el equipo de atención puede leer su respuesta. En una emergencia, llame al 911.',
      replySend: 'Enviar respuesta',
      replySent: 'Su respuesta fue enviada. Recibirá un mensaje aquí cuando el equipo responda.',
      replyEmpty: 'Escriba su respuesta antes de enviarla.',
      replyLong: 'Su respuesta es demasiado larga. Envíela en dos partes.',
      replyFailed: 'No se pudo enviar su respuesta. Inténtelo de nuevo.',
      replyLimit: 'Envió muchas respuestas en esta conversación en la última hora. Espere, o llame al consultorio.',
      fileGone: 'Este archivo ya no está disponible.',
      fileLabel: 'Añadir un archivo (opcional)',
      fileHint: (max) => `Por ejemplo, una foto o un documento${max ? `, de hasta ${size(max)}` : ''}. Se guarda cifrado y solo el equipo puede abrirlo.`,
      fileSending: 'Enviando su archivo…',
      replyFileSent: 'Su respuesta y su archivo fueron enviados. Recibirá un mensaje aquí cuando el equipo responda.',
      fileTooLarge: (max) => `Su respuesta fue enviada, pero el archivo es demasiado grande${max ? ` (el límite es ${size(max)})` : ''}. Envíe otra respuesta con un archivo más pequeño.`,
      fileTooLargeBefore: (max) => `Este archivo es demasiado grande${max ? ` (el límite es ${size(max)})` : ''}. Elija un archivo más pequeño, o envíe su respuesta sin él.`,
      fileBad: 'Su respuesta fue enviada, pero el archivo no fue aceptado: su nombre o su tipo no se pueden usar. Cámbiele el nombre o elija otro archivo, y envíelo con otra respuesta.',
      fileLimit: 'Su respuesta fue enviada, pero ya no se pueden añadir más archivos. Envíe otra respuesta con el archivo.',
      fileFailed: 'Su respuesta fue enviada, pero no se pudo añadir el archivo. Envíe otra respuesta con el archivo.',
    },
  };

  function langOf(el) {
    const l = (el.getAttribute('lang') || (el.closest('[lang]') || document.documentElement).getAttribute('lang') || 'en').toLowerCase();
    return l.startsWith('es') ? 'es' : 'en';
  }

  // ---------- the connection to sealpost ----------

  class WidgetError extends Error {
    constructor(kind, status) {
      super(kind);
      this.kind = kind; // "network", "token", "step_up", "gone", "failed"
      this.status = status || 0;
    }
  }

  function tokenExpiry(t) {
    try {
      const p = t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
      const exp = JSON.parse(atob(p + '='.repeat((4 - (p.length % 4)) % 4))).exp;
      return typeof exp === 'number' ? exp : 0;
    } catch {
      return 0;
    }
  }

  class Client {
    constructor() {
      this.base = defaultBase;
      this.getToken = null;
      this.singleUse = false;
      this.token = null;
      this.exp = 0;
      this.pending = null; // a getToken call in flight, shared
      this.waiters = [];
      this.subs = new Set();
      this.unread = null;
      this.streaming = false;
      this.abort = null;
      this.restart = false;
      this.wake = null;
    }

    configure(opts) {
      if (!opts || typeof opts.getToken !== 'function') throw new TypeError('sealpost.configure needs getToken: async ({reason, message}) => token');
      if (opts.base) this.base = new URL(opts.base).origin;
      this.getToken = opts.getToken;
      this.singleUse = !!opts.singleUseTokens;
      this.token = null;
      this.waiters.splice(0).forEach((w) => w());
      // A stream opened with the previous getToken starts again at once.
      if (this.abort) {
        this.restart = true;
        this.abort.abort();
      }
      if (this.wake) this.wake();
      if (this.subs.size) this.stream();
    }

    ready() {
      return this.getToken ? Promise.resolve() : new Promise((r) => this.waiters.push(r));
    }

    // tokenFor returns a token for one call: the current one while it has
    // more than 30 s left, else a new one from the page.
    async tokenFor(reason, message) {
      await this.ready();
      if (reason === 'use') {
        if (this.token && !this.singleUse && Date.now() / 1000 < this.exp - 30) return this.token;
        reason = this.singleUse && this.token ? 'refresh' : this.token ? 'expired' : 'initial';
      }
      if (!this.pending || reason === 'step_up') {
        const req = message ? { reason, message } : { reason };
        const p = Promise.resolve()
          .then(() => this.getToken(req))
          .then((t) => {
            if (typeof t !== 'string' || t.split('.').length !== 3) throw new WidgetError('token');
            this.token = t;
            this.exp = tokenExpiry(t);
            return t;
          })
          .finally(() => { if (this.pending === p) this.pending = null; });
        if (reason !== 'step_up') this.pending = p;
        return p;
      }
      return this.pending;
    }

    // call makes one API call with a token: a refused token is replaced
    // once ("expired"); a step-up answer for message asks for a token with a
    // fresh second factor once ("step_up"), or first of all with stepUpFirst
    // (the list said the message is hidden until a step-up).
    // A raw body (a File) goes as it is, with the extra headers given.
    async call(path, { method = 'GET', message = null, stepUpFirst = false, body = undefined, raw = undefined, headers: extra = null } = {}) {
      let reason = stepUpFirst && message ? 'step_up' : 'use';
      let renewed = false;
      let steppedUp = reason === 'step_up';
      for (;;) {
        let tok;
        try {
          tok = await this.tokenFor(reason, reason === 'step_up' ? message : null);
        } catch (e) {
          throw e instanceof WidgetError ? e : new WidgetError(reason === 'step_up' ? 'step_up' : 'token');
        }
        let res;
        try {
          const headers = { Authorization: 'Bearer ' + tok, Accept: 'application/json, */*' };
          if (body !== undefined) headers['Content-Type'] = 'application/json';
          if (extra) Object.assign(headers, extra);
          res = await fetch(this.base + path, {
            method,
            headers,
            body: raw !== undefined ? raw : body === undefined ? undefined : JSON.stringify(body),
            credentials: 'omit',
            mode: 'cors',
            cache: 'no-store',
          });
        } catch {
          throw new WidgetError('network');
        }
        if (res.ok) return res;
        let type = '';
        try {
          type = (await res.json()).type || '';
        } catch { /* not a problem document */ }
        if (res.status === 401 && !renewed) {
          renewed = true;
          this.token = null;
          reason = 'expired';
          continue;
        }
        if (res.status === 403 && type === STEP_UP) {
          if (message && !steppedUp) {
            steppedUp = true;
            reason = 'step_up';
            continue;
          }
          throw new WidgetError('step_up', 403);
        }
        if (res.status === 401) throw new WidgetError('token', 401);
        if (res.status === 404 || res.status === 410) throw new WidgetError('gone', res.status);
        throw new WidgetError('failed', res.status);
      }
    }

    async json(path, opts) {
      return (await this.call(path, opts)).json();
    }

    subscribe(sub) {
      this.subs.add(sub);
      if (this.unread !== null) sub.onUnread(this.unread);
      this.stream();
    }

    unsubscribe(sub) {
      this.subs.delete(sub);
      if (!this.subs.size && this.abort) this.abort.abort();
    }

    setUnread(n) {
      if (n === this.unread) return;
      this.unread = n;
      for (const s of this.subs) s.onUnread(n);
    }

    // stream keeps one Server-Sent Events connection for the page (fetch,
    // so the token travels in the Authorization header, never in a URL). It
    // reconnects after the delay the server asks for, with a fresh token
    // when the current one ran out (the server ends a stream at the token's
    // exp), and backs off on failures.
    async stream() {
      if (this.streaming) return;
      this.streaming = true;
      let retry = 5000;
      let fails = 0;
      try {
        while (this.subs.size) {
          const ctl = new AbortController();
          this.abort = ctl;
          try {
            const tok = await this.tokenFor('use');
            const res = await fetch(this.base + '/v1/inbox/events', {
              headers: { Authorization: 'Bearer ' + tok, Accept: 'text/event-stream' },
              credentials: 'omit', mode: 'cors', cache: 'no-store', signal: ctl.signal,
            });
            if (res.status === 401) {
              this.token = null;
              fails++;
            } else if (!res.ok || !res.body) {
              fails++;
            } else {
              fails = 0;
              await this.read(res.body, (ms) => { retry = ms; });
            }
          } catch {
            if (!ctl.signal.aborted) fails++;
          }
          if (!this.subs.size) break;
          if (this.restart) {
            this.restart = false;
            continue;
          }
          const wait = fails ? Math.min(60000, retry * 2 ** Math.min(fails - 1, 4)) : retry;
          await new Promise((r) => {
            this.wake = r;
            setTimeout(r, wait * (0.8 + Math.random() * 0.4));
          });
          this.wake = null;
        }
      } finally {
        this.streaming = false;
      }
    }

    async read(body, setRetry) {
      const reader = body.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      let event = '';
      let data = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buf += value;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          let line = buf.slice(0, i);
          buf = buf.slice(i + 1);
          if (line.endsWith('\r')) line = line.slice(0, -1);
          if (line === '') {
            if (event === 'unread' && data) {
              const n = JSON.parse(data).unread;
              if (Number.isInteger(n) && n >= 0) this.setUnread(n);
            }
            event = '';
            data = '';
            continue;
          }
          if (line[0] === ':') continue;
          const c = line.indexOf(':');
          const field = c < 0 ? line : line.slice(0, c);
          let v = c < 0 ? '' : line.slice(c + 1);
          if (v[0] === ' ') v = v.slice(1);
          if (field === 'event') event = v;
          else if (field === 'data') data = data ? data + '\n' + v : v;
          else if (field === 'retry' && /^\d{1,6}$/.test(v)) setRetry(Math.max(1000, Number(v)));
        }
        if (buf.length > 8192) throw new WidgetError('failed');
      }
    }
  }

  const client = new Client();

  // ---------- styles (constructed: allowed under a strict style-src) ----------

  function sheet(css) {
    const s = new CSSStyleSheet();
    s.replaceSync(css);
    return s;
  }

  const baseCSS = sheet(`
    :host { --_accent: var(--sealpost-accent, #0b5cad); --_accent-fg: var(--sealpost-accent-fg, #fff);
      --_fg: var(--sealpost-fg, #1b1b1b); --_muted: var(--sealpost-muted, #555); --_bg: var(--sealpost-bg, #fff);
      --_line: var(--sealpost-line, #d0d0d0); --_radius: var(--sealpost-radius, 8px);
      color: var(--_fg); font: var(--sealpost-font, inherit); }
    :host([hidden]) { display: none; }
    [hidden] { display: none !important; }
    button { font: inherit; cursor: pointer; }
    button:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
    .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  `);

  const inboxCSS = sheet(`
    :host { display: block; background: var(--_bg); border: 1px solid var(--_line); border-radius: var(--_radius); padding: 1rem; }
    .bar { display: flex; align-items: center; justify-content: space-between; gap: .5rem; flex-wrap: wrap; }
    h2 { font-size: 1.2rem; margin: 0; }
    .btn { background: var(--_bg); color: var(--_accent); border: 1px solid var(--_accent); border-radius: var(--_radius);
      padding: .5rem .9rem; min-height: 44px; }
    .btn.primary { background: var(--_accent); color: var(--_accent-fg); }
    ul { list-style: none; margin: .75rem 0 0; padding: 0; }
    li + li { border-top: 1px solid var(--_line); }
    .item { display: block; width: 100%; text-align: left; background: none; border: 0; color: inherit; padding: .75rem .25rem; min-height: 44px; }
    .item .subject { display: block; }
    .item.unread .subject { font-weight: 700; }
    .item.expired { color: var(--_muted); }
    .item .meta { display: block; color: var(--_muted); font-size: .9em; margin-top: .2rem; }
    .dot { display: inline-block; width: .6em; height: .6em; border-radius: 50%; background: var(--_accent); margin-right: .4em; }
    .status { color: var(--_muted); margin: .5rem 0 0; min-height: 1.2em; }
    .body { white-space: pre-wrap; overflow-wrap: anywhere; margin: 1rem 0; line-height: 1.5; }
    .meta-line { color: var(--_muted); margin: .25rem 0 0; }
    .actions { display: flex; gap: .5rem; flex-wrap: wrap; margin-top: 1rem; }
    .files { margin: .5rem 0 0; }
    .files .btn { margin: .25rem 0; }
    .notice { border-left: 4px solid var(--_accent); padding: .5rem .75rem; margin: 1rem 0; }
    article { margin-top: 1rem; }
    h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
    ol.thread { list-style: none; margin: 0; padding: 0; }
    ol.thread > li { border-left: 4px solid var(--_line); padding: .4rem .75rem; margin: .6rem 0; border-top: 0; }
    ol.thread > li.reply { border-left-color: var(--_accent); }
    ol.thread .files li { border: 0; }
    label { display: block; font-weight: 600; margin: .5rem 0 .25rem; }
    textarea { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; border: 1px solid var(--_muted); border-radius: var(--_radius); min-height: 6rem; }
    input[type=file] { display: block; width: 100%; box-sizing: border-box; font: inherit; min-height: 44px; padding: .4rem 0; }
    input[type=file]::file-selector-button { font: inherit; min-height: 44px; padding: .5rem .9rem; margin-right: .75rem; cursor: pointer;
      background: var(--_bg); color: var(--_accent); border: 1px solid var(--_accent); border-radius: var(--_radius); }
    input:focus-visible, textarea:focus-visible { outline: 3px solid var(--_accent); outline-offset: 2px; }
    .form-error { color: var(--sealpost-error, #b3261e); font-weight: 600; }
    .hint { color: var(--_muted); font-size: .9em; margin: .25rem 0 0; }
  `);

  const badgeCSS = sheet(`
    :host { display: inline-block; vertical-align: middle; }
    .badge { display: inline-block; min-width: 1.4em; padding: .1em .45em; border-radius: 999px; text-align: center;
      font-weight: 700; font-size: .85em; line-height: 1.4;
      background: var(--sealpost-badge-bg, #b3261e); color: var(--sealpost-badge-fg, #fff); }
  `);

  // ---------- DOM helpers (nodes are built, every text is a text node; no markup parsing) ----------

  function h(tag, attrs, ...kids) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === false || v === null || v === undefined) continue;
      if (k === 'class') e.className = v;
      else if (k === 'hidden') e.hidden = !!v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const k of kids.flat()) if (k !== null && k !== undefined && k !== false) e.append(k);
    return e;
  }

  function when(iso, lang) {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return '';
    // The reader's own time zone, named (dateStyle cannot be combined with
    // timeZoneName, so the parts are spelled out).
    return new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en', { year: 'numeric', month: 'short', day: 'numeric',
      hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(d);
  }

  function size(n) {
    if (n < 1024) return `${n} B`;
    if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
    return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;
  }

  const enc = encodeURIComponent;

  // disposition names an uploaded file in RFC 5987 form (UTF-8, every
  // character outside attr-char percent-encoded), so any name travels in
  // an ASCII header.
  function disposition(name) {
    const v = enc(name).replace(/['()*!]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
    return "attachment; filename*=UTF-8''" + v;
  }

  // ---------- <sealpost-unread-badge> ----------

  class UnreadBadge extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      root.adoptedStyleSheets = [baseCSS, badgeCSS];
      this.span = h('span', { class: 'badge', part: 'badge', role: 'status', hidden: true });
      root.append(this.span);
    }

    connectedCallback() { client.subscribe(this); }

    disconnectedCallback() { client.unsubscribe(this); }

    get count() { return client.unread; }

    onUnread(n) {
      const w = WORDS[langOf(this)];
      this.span.textContent = n > 99 ? '99+' : String(n);
      this.span.setAttribute('aria-label', w.badge(n));
      this.span.hidden = n === 0 && !this.hasAttribute('show-zero');
      this.setAttribute('count', String(n));
      this.dispatchEvent(new CustomEvent('sealpost-unread', { detail: { unread: n }, bubbles: true, composed: true }));
    }
  }

  // ---------- <sealpost-inbox> ----------

  class Inbox extends HTMLElement {
    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'closed' });
      this.root.adoptedStyleSheets = [baseCSS, inboxCSS];
      this.archived = false;
      this.pendingFocus = null;
      this.loadSeq = 0;
      this.lastUnread = null;
    }

    get w() { return WORDS[langOf(this)]; }

    connectedCallback() {
      client.subscribe(this);
      this.showList();
    }

    disconnectedCallback() { client.unsubscribe(this); }

    // A change of the unread count (a new message, or read elsewhere)
    // refreshes the list when it is showing.
    onUnread(n) {
      const changed = this.lastUnread !== null && n !== this.lastUnread;
      this.lastUnread = n;
      if (changed && this.view === 'list') this.showList({ quiet: true });
    }

    frame(...kids) {
      this.root.replaceChildren(...kids);
    }

    status(text) {
      return h('p', { class: 'status', part: 'status', role: 'status', 'aria-live': 'polite' }, text || '');
    }

    failure(e, again) {
      const w = this.w;
      const text = e.kind === 'token' ? w.signedOut : e.kind === 'gone' ? w.gone : w.failed;
      this.dispatchEvent(new CustomEvent('sealpost-error', { detail: { kind: e.kind || 'failed' }, bubbles: true, composed: true }));
      return h('div', { class: 'notice', part: 'notice', role: 'alert' }, h('p', {}, text),
        h('button', { class: 'btn', part: 'button', type: 'button', onclick: again }, w.retry));
    }

    async showList({ quiet = false, focusId = null, note = '' } = {}) {
      this.view = 'list';
      // Where focus goes once a list is shown: kept until a render lands, so
      // a refresh that supersedes this one (a live count) still honours it.
      if (focusId) this.pendingFocus = focusId;
      const seq = ++this.loadSeq;
      const w = this.w;
      const title = h('h2', { id: 'title', part: 'title', tabindex: '-1' }, this.archived ? w.archived : w.title);
      const toggle = h('button', { class: 'btn', part: 'button toggle', type: 'button', 'aria-pressed': String(this.archived),
        onclick: () => { this.archived = !this.archived; this.showList({ focusId: 'title' }); } }, this.archived ? w.inbox : w.archived);
      const st = this.status(quiet ? note : note || w.loading);
      if (!quiet) this.frame(h('div', { class: 'bar', part: 'header' }, title, toggle), st);
      let data;
      try {
        data = await client.json('/v1/inbox' + (this.archived ? '?archived=true' : ''));
      } catch (e) {
        if (seq !== this.loadSeq) return;
        this.frame(h('div', { class: 'bar', part: 'header' }, title, toggle), this.failure(e, () => this.showList()));
        return;
      }
      if (seq !== this.loadSeq || this.view !== 'list') return;
      if (Number.isInteger(data.unread) && !this.archived) client.setUnread(data.unread);
      const items = (data.messages || []).map((m) => {
        if (m.expired) {
          // The content is gone (the sender's retention rules): a plain
          // entry, nothing to open.
          return h('li', {}, h('div', { class: 'item expired', part: 'item item-expired' },
            h('span', { class: 'subject', part: 'item-subject' }, w.expired),
            h('span', { class: 'meta', part: 'item-meta' }, when(m.created_at, langOf(this)))));
        }
        const subject = m.subject_hidden ? w.hidden : m.subject || '';
        const meta = [when(m.created_at, langOf(this))];
        if (!m.read) meta.unshift(w.unread);
        if (m.attachments) meta.push(w.attachments(m.attachments));
        const b = h('button', { class: 'item' + (m.read ? '' : ' unread'), part: m.read ? 'item' : 'item item-unread', type: 'button',
          'data-id': m.id, onclick: () => this.open(m.id, m.subject_hidden) },
        h('span', { class: 'subject', part: 'item-subject' }, m.read ? null : h('span', { class: 'dot', 'aria-hidden': 'true' }), subject),
        h('span', { class: 'meta', part: 'item-meta' }, meta.join(' · ')));
        return h('li', {}, b);
      });
      const had = quiet && this.root.activeElement && this.root.activeElement.getAttribute('data-id');
      focusId = this.pendingFocus || focusId || had;
      this.pendingFocus = null;
      const list = items.length
        ? h('ul', { part: 'list', 'aria-labelledby': 'title' }, items)
        : h('p', { part: 'empty' }, this.archived ? w.emptyArchived : w.empty);
      this.frame(h('div', { class: 'bar', part: 'header' }, title, toggle), this.status(note), list);
      const focus = focusId === 'title' ? title : focusId ? this.root.querySelector(`[data-id="${CSS.escape(focusId)}"]`) : null;
      if (focus) focus.focus();
    }

    async open(id, hidden = false) {
      this.view = 'message';
      const seq = ++this.loadSeq;
      const w = this.w;
      const back = h('button', { class: 'btn', part: 'button back', type: 'button', onclick: () => this.showList({ focusId: id }) }, '← ' + w.back);
      this.frame(back, this.status(w.loading));
      let m;
      try {
        m = await client.json('/v1/inbox/' + enc(id), { message: id, stepUpFirst: hidden });
      } catch (e) {
        if (seq !== this.loadSeq) return;
        if (e.kind === 'step_up') {
          this.frame(back, h('div', { class: 'notice', part: 'notice', role: 'alert' }, h('p', {}, w.stepUp),
            h('button', { class: 'btn primary', part: 'button', type: 'button', onclick: () => this.open(id, true) }, w.stepUpAgain)));
        } else {
          this.frame(back, this.failure(e, () => this.open(id)));
        }
        return;
      }
      if (seq !== this.loadSeq) return;
      this.dispatchEvent(new CustomEvent('sealpost-open', { detail: { id }, bubbles: true, composed: true }));
      const heading = h('h2', { part: 'message-subject', tabindex: '-1' }, m.subject || '');
      const files = (m.attachment_list || []).map((a) => h('li', {},
        h('button', { class: 'btn', part: 'button attachment', type: 'button', 'aria-label': w.download(a.name),
          onclick: () => this.download(`/v1/inbox/${enc(id)}/attachments/${enc(a.id)}`, a, id) }, `${a.name} (${size(a.size)})`)));
      const note = this.status('');
      const conv = h('section', { part: 'conversation' });
      this.frame(back,
        h('article', { part: 'message', 'aria-labelledby': 'subject' },
          heading,
          h('p', { class: 'meta-line', part: 'message-meta' }, w.received(when(m.created_at, langOf(this)))),
          h('div', { class: 'body', part: 'message-body' }, m.body || ''),
          files.length ? h('ul', { class: 'files', part: 'attachments' }, files) : null,
          h('div', { class: 'actions', part: 'actions' },
            h('button', { class: 'btn', part: 'button', type: 'button', onclick: () => this.act(id, 'unread', w.markedUnread, note) }, w.markUnread),
            m.archived ? null : h('button', { class: 'btn', part: 'button', type: 'button', onclick: () => this.act(id, 'archive', w.archivedDone, note) }, w.archive))),
        note,
        conv);
      heading.id = 'subject';
      heading.focus();
      this.showThread(id, conv, seq);
    }

    // showThread adds the message's conversation (its replies and the
    // answers, oldest first) and, when the message takes replies, a reply
    // box. A thread that cannot be loaded leaves the message as it is.
    async showThread(id, box, seq, note = '', problem = '') {
      const w = this.w;
      let t;
      try {
        t = await client.json('/v1/inbox/' + enc(id) + '/thread'); // never asks for a step-up of its own
      } catch {
        return;
      }
      if (seq !== this.loadSeq) return;
      const lang = langOf(this);
      const kids = [];
      if ((t.entries || []).length > 1) {
        kids.push(h('h3', { part: 'thread-title', id: 'thread-title' }, w.conversation),
          h('ol', { class: 'thread', part: 'thread', 'aria-labelledby': 'thread-title' }, t.entries.map((x) => {
            const who = x.kind === 'reply' ? w.you : '';
            const meta = [who, when(x.created_at, lang), x.current ? w.thisMessage : ''].filter(Boolean).join(' · ');
            let content;
            if (x.removed) content = h('p', { class: 'meta-line' }, x.kind === 'reply' ? w.replyRemoved : w.gone);
            else if (x.hidden) content = h('p', { class: 'meta-line' }, w.hidden);
            else if (x.current) content = h('p', { class: 'meta-line' }, w.shownAbove);
            else {
              // A reply's own files: download buttons (the reply's message
              // is in_reply_to).
              const own = x.kind === 'reply' && x.in_reply_to ? (x.attachments || []).map((a) => h('li', {},
                h('button', { class: 'btn', part: 'button attachment', type: 'button', 'aria-label': w.download(a.name),
                  onclick: () => this.download(`/v1/inbox/${enc(x.in_reply_to)}/replies/${enc(x.id)}/attachments/${enc(a.id)}`, a, x.in_reply_to) },
                `${a.name} (${size(a.size)})`))) : [];
              content = h('div', {}, x.subject ? h('strong', {}, x.subject) : null, h('div', { class: 'body' }, x.body || ''),
                own.length ? h('ul', { class: 'files', part: 'attachments reply-attachments' }, own) : null);
            }
            return h('li', { class: x.kind, part: 'thread-entry thread-' + x.kind, 'data-entry': x.id }, h('p', { class: 'meta-line' }, meta), content);
          })));
      }
      const st = this.status(note);
      if (t.replies_allowed) {
        const max = Number.isInteger(t.max_attachment_bytes) ? t.max_attachment_bytes : 0;
        const area = h('textarea', { id: 'reply-body', name: 'body', part: 'reply-input', 'aria-describedby': 'reply-hint', required: true });
        const file = h('input', { id: 'reply-file', name: 'file', type: 'file', part: 'reply-file', 'aria-describedby': 'reply-file-hint' });
        const err = h('p', { class: 'status form-error', part: 'reply-error', role: 'alert' });
        const send = h('button', { class: 'btn primary', part: 'button reply-send', type: 'submit' }, w.replySend);
        area.addEventListener('input', () => {
          if (area.hasAttribute('aria-invalid') && area.value.trim()) {
            area.removeAttribute('aria-invalid');
            err.textContent = '';
          }
        });
        file.addEventListener('change', () => {
          const f = file.files && file.files[0];
          if (f && max && f.size > max) {
            err.textContent = w.fileTooLargeBefore(max);
            file.setAttribute('aria-invalid', 'true');
          } else {
            if (file.hasAttribute('aria-invalid')) err.textContent = '';
            file.removeAttribute('aria-invalid');
          }
        });
        const form = h('form', { part: 'reply-form', 'aria-labelledby': 'reply-title', novalidate: true,
          onsubmit: async (ev) => {
            ev.preventDefault();
            const text = area.value;
            const f = file.files && file.files[0];
            err.textContent = '';
            if (!text.trim()) {
              err.textContent = w.replyEmpty;
              area.setAttribute('aria-invalid', 'true');
              area.focus();
              return;
            }
            area.removeAttribute('aria-invalid');
            if (f && max && f.size > max) {
              // Refused before anything is sent: the reply stays to send.
              err.textContent = w.fileTooLargeBefore(max);
              file.setAttribute('aria-invalid', 'true');
              file.focus();
              return;
            }
            send.disabled = true;
            let reply;
            try {
              reply = await (await client.call('/v1/inbox/' + enc(id) + '/replies', { method: 'POST', message: id, body: { body: text } })).json();
            } catch (e) {
              send.disabled = false;
              err.textContent = e.status === 422 || e.status === 413 ? w.replyLong : e.status === 409 ? w.replyLimit : w.replyFailed;
              area.focus();
              return;
            }
            if (!f) {
              this.showThread(id, box, seq, w.replySent);
              return;
            }
            // The reply is stored; its file follows, to the reply's own
            // attachment route, as the raw body.
            st.textContent = w.fileSending;
            let problem = '';
            try {
              await client.call('/v1/inbox/' + enc(id) + '/replies/' + enc(reply.id) + '/attachments', {
                method: 'POST', message: id, raw: f,
                headers: { 'Content-Type': f.type || 'application/octet-stream', 'Content-Disposition': disposition(f.name || 'file') } });
            } catch (e) {
              problem = e.status === 413 ? w.fileTooLarge(max) : e.status === 422 ? w.fileBad : e.status === 409 ? w.fileLimit : w.fileFailed;
            }
            this.showThread(id, box, seq, problem ? '' : w.replyFileSent, problem);
          } },
        h('h3', { id: 'reply-title', part: 'reply-title' }, w.replyHeading),
        h('label', { for: 'reply-body' }, w.replyLabel), area,
        h('p', { class: 'hint', id: 'reply-hint' }, w.replyHint),
        h('label', { for: 'reply-file' }, w.fileLabel), file,
        h('p', { class: 'hint', id: 'reply-file-hint' }, w.fileHint(max)), err, send);
        kids.push(st, form);
      } else if (note) {
        kids.push(st);
      }
      // A file refused after its reply was sent: said as an alert, above
      // the form (the reply is in the conversation).
      if (problem) {
        const at = kids.indexOf(st);
        kids.splice(at < 0 ? kids.length : at, 0, h('div', { class: 'notice', part: 'notice reply-file-failed', role: 'alert' }, h('p', {}, problem)));
      }
      box.replaceChildren(...kids);
    }

    async act(id, op, done, note) {
      try {
        await client.call(`/v1/inbox/${enc(id)}/${op}`, { method: 'POST', message: id });
      } catch (e) {
        note.textContent = this.w.failed;
        return;
      }
      this.showList({ note: done, focusId: op === 'archive' ? 'title' : id });
    }

    // download fetches a file (message id: for a step-up) and hands it to
    // the browser as a download; a refusal is said in the status line.
    async download(path, a, message) {
      let res;
      try {
        res = await client.call(path, { message });
      } catch (e) {
        const st = this.root.querySelector('.status');
        if (st) st.textContent = e.kind === 'gone' ? this.w.fileGone : this.w.failed;
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const link = h('a', { href: url, download: a.name, hidden: true });
      this.root.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    }
  }

  window.sealpost = Object.freeze({
    version: VERSION,
    configure: (opts) => client.configure(opts),
  });
  window.customElements.define('sealpost-unread-badge', UnreadBadge);
  window.customElements.define('sealpost-inbox', Inbox);
})();
