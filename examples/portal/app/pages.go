package app

// The portal's two pages. No inline script or style: the page's behaviour
// is static/portal.js, its look static/portal.css, and the CSP says so.
const pagesHTML = `
{{define "head"}}<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lakeside Portal</title>
<link rel="stylesheet" href="/static/portal.css">
{{end}}

{{define "login"}}{{template "head" .}}
</head>
<body>
<header class="top"><span class="brand">Lakeside Portal</span></header>
<main class="narrow">
<h1>Sign in</h1>
<form method="post" action="/login">
<label for="username">Username</label>
<input id="username" name="username" autocomplete="username" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<p class="hint">Demo account: <code>{{.Demo.Username}}</code> / <code>{{.Demo.Password}}</code>.
Its authenticator secret (for the second factor the portal asks for before a sensitive message opens):
<code>{{.Demo.TOTPSecret}}</code>.</p>
</main>
</body>
</html>
{{end}}

{{define "home"}}{{template "head" .}}
<meta name="portal-csrf" content="{{.CSRF}}">
<script src="{{.Sealpost}}/widget/v1/sealpost-inbox.js" integrity="{{.Integrity}}" crossorigin="anonymous" defer></script>
<script src="/static/portal.js" defer></script>
</head>
<body>
<header class="top">
<span class="brand">Lakeside Portal</span>
<a class="messages-link" href="#messages">Messages <sealpost-unread-badge id="badge"></sealpost-unread-badge></a>
<form method="post" action="/logout"><button class="link" type="submit">Sign out</button></form>
</header>
<main>
<h1>Welcome back</h1>
<p>Your bills, prescriptions and results arrive in your secure messages below.</p>
<form method="post" action="/send" class="send">
<input type="hidden" name="csrf" value="{{.CSRF}}">
<button type="submit" name="kind" value="phi">Send me a visit summary</button>
<button type="submit" name="kind" value="restricted">Send me a lab result</button>
</form>
<section id="messages" aria-label="Secure messages">
<sealpost-inbox id="inbox"></sealpost-inbox>
</section>
</main>
<dialog id="stepup" aria-labelledby="stepup-title">
<form id="stepup-form">
<h2 id="stepup-title">Confirm it’s you</h2>
<p>This message is sensitive. Enter the 6-digit code from your authenticator app.</p>
<label for="stepup-code">Code</label>
<input id="stepup-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required aria-describedby="stepup-error">
<p id="stepup-error" class="error" role="alert"></p>
<div class="row">
<button type="submit">Confirm</button>
<button type="button" id="stepup-cancel" class="secondary">Cancel</button>
</div>
</form>
</dialog>
</body>
</html>
{{end}}
`
