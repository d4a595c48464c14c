// passkey.js — browser side of sealpost's passkey enrolment and sign-in.
//
// Served from the pages' own origin (no inline script, no external asset), so it
// works under Content-Security-Policy "script-src 'self'". Markup it drives:
//
//   <meta name="csrf-token" content="...">
//   <button type="button" data-passkey="register" (or "login")
//           data-begin="/begin-url" data-finish="/finish-url" data-next="/next-url">…</button>
//   <p id="passkey-error" role="alert" hidden></p>
//
// On click it POSTs to data-begin (header X-CSRF-Token) and receives the options
// JSON, turns its base64url fields into ArrayBuffers, calls
// navigator.credentials.create or .get, POSTs the result as JSON to data-finish,
// and goes to data-next on success. Any failure is shown as text in #passkey-error.
// The three URLs must be on this page's origin; anything else is refused.
(function () {
  "use strict";

  function b64urlToBuffer(s) {
    if (typeof s !== "string") {
      throw new Error("bad options from the server");
    }
    var b64 = s.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4 !== 0) {
      b64 += "=";
    }
    var bin = atob(b64);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) {
      out[i] = bin.charCodeAt(i);
    }
    return out.buffer;
  }

  function bufferToB64url(buf) {
    if (!buf) {
      return null;
    }
    var bytes = new Uint8Array(buf);
    var bin = "";
    for (var i = 0; i < bytes.length; i++) {
      bin += String.fromCharCode(bytes[i]);
    }
    return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function convertDescriptors(list) {
    if (!Array.isArray(list)) {
      return list;
    }
    return list.map(function (d) {
      var c = Object.assign({}, d);
      c.id = b64urlToBuffer(d.id);
      return c;
    });
  }

  // creationOptions and requestOptions take the server's {"publicKey": {...}} JSON.
  function creationOptions(json) {
    var pk = Object.assign({}, json.publicKey);
    pk.challenge = b64urlToBuffer(pk.challenge);
    pk.user = Object.assign({}, pk.user, { id: b64urlToBuffer(pk.user && pk.user.id) });
    pk.excludeCredentials = convertDescriptors(pk.excludeCredentials);
    return { publicKey: pk };
  }

  function requestOptions(json) {
    var pk = Object.assign({}, json.publicKey);
    pk.challenge = b64urlToBuffer(pk.challenge);
    pk.allowCredentials = convertDescriptors(pk.allowCredentials);
    return { publicKey: pk };
  }

  function credentialJSON(cred) {
    var r = cred.response;
    var response = { clientDataJSON: bufferToB64url(r.clientDataJSON) };
    if (r.attestationObject) {
      response.attestationObject = bufferToB64url(r.attestationObject);
      if (typeof r.getTransports === "function") {
        response.transports = r.getTransports();
      }
    } else {
      response.authenticatorData = bufferToB64url(r.authenticatorData);
      response.signature = bufferToB64url(r.signature);
      if (r.userHandle) {
        response.userHandle = bufferToB64url(r.userHandle);
      }
    }
    var out = {
      id: cred.id,
      rawId: bufferToB64url(cred.rawId),
      type: cred.type,
      response: response,
      clientExtensionResults: typeof cred.getClientExtensionResults === "function" ? cred.getClientExtensionResults() : {},
    };
    if (cred.authenticatorAttachment) {
      out.authenticatorAttachment = cred.authenticatorAttachment;
    }
    return out;
  }

  function sameOriginURL(value) {
    if (!value) {
      return null;
    }
    var u = new URL(value, window.location.href);
    return u.origin === window.location.origin ? u.href : null;
  }

  function csrfToken() {
    var m = document.querySelector('meta[name="csrf-token"]');
    return m ? m.getAttribute("content") || "" : "";
  }

  function errorBox(button) {
    var box = document.getElementById("passkey-error");
    if (!box) {
      box = document.createElement("p");
      box.id = "passkey-error";
      button.insertAdjacentElement("afterend", box);
    }
    if (box.getAttribute("role") !== "alert") {
      box.setAttribute("role", "alert");
    }
    return box;
  }

  function showError(button, message) {
    var box = errorBox(button);
    box.textContent = message;
    box.hidden = false;
  }

  function clearError(button) {
    var box = document.getElementById("passkey-error");
    if (box) {
      box.textContent = "";
      box.hidden = true;
    }
  }

  // postJSON sends body (or nothing) and returns the parsed JSON reply, or throws an
  // Error whose message is the server's explanation (problem+json "detail" or
  // "title", else a generic one).
  async function postJSON(url, body) {
    var headers = { "X-CSRF-Token": csrfToken(), Accept: "application/json" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    var res = await fetch(url, {
      method: "POST",
      credentials: "same-origin",
      redirect: "error",
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    var text = await res.text();
    var data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (e) {
      data = null;
    }
    if (!res.ok) {
      var msg = data && (data.detail || data.title || data.error);
      throw new Error(typeof msg === "string" && msg ? msg : "The server refused the request (" + res.status + ").");
    }
    return data;
  }

  function friendly(err) {
    if (err && err.name === "NotAllowedError") {
      return "The passkey request was cancelled or timed out. Please try again.";
    }
    if (err && err.name === "InvalidStateError") {
      return "This passkey is already registered for your account.";
    }
    if (err && err.name === "SecurityError") {
      return "Passkeys cannot be used on this address.";
    }
    if (err && err.name === "TypeError" && err.message === "Failed to fetch") {
      return "Could not reach the server. Check your connection and try again.";
    }
    return err && err.message ? err.message : "Something went wrong. Please try again.";
  }

  async function run(button) {
    var mode = button.getAttribute("data-passkey");
    var begin = sameOriginURL(button.getAttribute("data-begin"));
    var finish = sameOriginURL(button.getAttribute("data-finish"));
    var next = sameOriginURL(button.getAttribute("data-next"));
    if ((mode !== "register" && mode !== "login") || !begin || !finish || !next) {
      throw new Error("This button is not set up correctly.");
    }
    if (!window.PublicKeyCredential || !navigator.credentials) {
      throw new Error("This browser does not support passkeys.");
    }
    var options = await postJSON(begin);
    if (!options || !options.publicKey) {
      throw new Error("The server sent an unexpected reply.");
    }
    var cred =
      mode === "register"
        ? await navigator.credentials.create(creationOptions(options))
        : await navigator.credentials.get(requestOptions(options));
    if (!cred) {
      throw new Error("No passkey was returned.");
    }
    await postJSON(finish, credentialJSON(cred));
    window.location.assign(next);
  }

  function bind(button) {
    button.addEventListener("click", function (ev) {
      ev.preventDefault();
      if (button.disabled) {
        return;
      }
      button.disabled = true;
      button.setAttribute("aria-busy", "true");
      clearError(button);
      run(button)
        .catch(function (err) {
          showError(button, friendly(err));
        })
        .finally(function () {
          button.disabled = false;
          button.removeAttribute("aria-busy");
        });
    });
  }

  function init() {
    var buttons = document.querySelectorAll("button[data-passkey]");
    for (var i = 0; i < buttons.length; i++) {
      bind(buttons[i]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
