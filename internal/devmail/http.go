package devmail

import (
	"html/template"
	"net/http"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// ContentSecurityPolicy is sent with every page. Nothing may load from
// anywhere (default-src 'none'): no scripts at all, inline styles only,
// images only as data: URLs. The HTML part is rendered in an
// <iframe sandbox srcdoc>, which inherits this policy and additionally runs
// in an opaque origin without scripts, forms or same-origin access;
// frame-src 'self' keeps the srcdoc frame allowed in every browser.
const ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; base-uri 'none'; form-action 'none'"

// Handler serves the mailbox under prefix (e.g. "/dev/mail"):
//
//	prefix, prefix+"/"   list, newest first
//	prefix+"/{id}"       one message
//	prefix+"/{id}.eml"   the raw message
func (m *Mailbox) Handler(prefix string) http.Handler {
	prefix = "/" + strings.Trim(prefix, "/")
	if prefix == "/" {
		prefix = ""
	}
	return &handler{m: m, prefix: prefix}
}

type handler struct {
	m      *Mailbox
	prefix string
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Security-Policy", ContentSecurityPolicy)
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("X-Frame-Options", "SAMEORIGIN")
	hd.Set("Referrer-Policy", "no-referrer")
	hd.Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	rest, ok := strings.CutPrefix(r.URL.Path, h.prefix)
	if !ok {
		http.NotFound(w, r)
		return
	}
	switch {
	case rest == "" || rest == "/":
		h.list(w)
	case strings.HasSuffix(rest, ".eml") && validID(rest[1:len(rest)-4]):
		h.raw(w, r, rest[1:len(rest)-4])
	case strings.HasPrefix(rest, "/") && validID(rest[1:]):
		h.show(w, r, rest[1:])
	default:
		http.NotFound(w, r)
	}
}

func validID(s string) bool {
	if s == "" || len(s) > 20 {
		return false
	}
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil
}

func (h *handler) list(w http.ResponseWriter) {
	type row struct {
		ID, Time, To, Subject string
		HasHTML               bool
	}
	msgs := h.m.Messages()
	rows := make([]row, len(msgs))
	for i, msg := range msgs {
		rows[i] = row{ID: msg.ID, Time: msg.Received.Format("2006-01-02 15:04:05Z"), To: strings.Join(msg.To, ", "), Subject: msg.Subject, HasHTML: msg.HTML != ""}
	}
	render(w, listTmpl, map[string]any{"Prefix": h.prefix, "Rows": rows, "Max": len(h.m.buf)})
}

func (h *handler) raw(w http.ResponseWriter, r *http.Request, id string) {
	msg, ok := h.m.Get(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "message/rfc822")
	w.Header().Set("Content-Disposition", `attachment; filename="message-`+id+`.eml"`)
	w.Header().Set("Content-Length", strconv.Itoa(len(msg.Raw)))
	if r.Method == http.MethodHead {
		return
	}
	w.Write(msg.Raw)
}

type headerLine struct{ Name, Value string }

type dkimInfo struct{ Domain, Selector, Algorithm string }

func (h *handler) show(w http.ResponseWriter, r *http.Request, id string) {
	msg, ok := h.m.Get(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	var headers []headerLine
	names := make([]string, 0, len(msg.Headers))
	for k := range msg.Headers {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		for _, v := range msg.Headers[k] {
			headers = append(headers, headerLine{k, v})
		}
	}
	var sigs []dkimInfo
	for _, v := range msg.Headers["Dkim-Signature"] {
		tags := dkimTags(v)
		sigs = append(sigs, dkimInfo{Domain: tags["d"], Selector: tags["s"], Algorithm: tags["a"]})
	}
	var srcdoc string
	if msg.HTML != "" {
		// Links open outside the sandbox in a new tab; everything else stays
		// inert (no scripts, no forms, no same-origin access).
		srcdoc = `<base target="_blank">` + msg.HTML
	}
	render(w, showTmpl, map[string]any{
		"Prefix":  h.prefix,
		"M":       msg,
		"Date":    first(msg.Headers["Date"]),
		"HdrFrom": first(msg.Headers["From"]),
		"Headers": headers,
		"DKIM":    sigs,
		"Text":    linkify(msg.Text),
		"Srcdoc":  srcdoc,
	})
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

func dkimTags(v string) map[string]string {
	tags := map[string]string{}
	for _, part := range strings.Split(v, ";") {
		k, val, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		tags[strings.TrimSpace(k)] = strings.Join(strings.Fields(val), "")
	}
	return tags
}

var urlRe = regexp.MustCompile(`https?://[^\s<>"']+`)

// linkify escapes text and turns http(s) URLs into links that open in a new
// tab without a referrer.
func linkify(text string) template.HTML {
	var b strings.Builder
	last := 0
	for _, loc := range urlRe.FindAllStringIndex(text, -1) {
		start, end := loc[0], loc[1]
		// Leave trailing punctuation outside the link.
		for end > start && strings.ContainsRune(".,;:!?)]}", rune(text[end-1])) {
			end--
		}
		b.WriteString(template.HTMLEscapeString(text[last:start]))
		u := text[start:end]
		b.WriteString(`<a href="` + template.HTMLEscapeString(u) + `" target="_blank" rel="noopener noreferrer">` + template.HTMLEscapeString(u) + `</a>`)
		last = end
	}
	b.WriteString(template.HTMLEscapeString(text[last:]))
	return template.HTML(b.String())
}

func render(w http.ResponseWriter, t *template.Template, data any) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := t.Execute(w, data); err != nil {
		// Headers are gone already; the page is cut short.
		return
	}
}

const baseCSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d232a;background:#f4f5f7}
header{background:#1f3b57;color:#fff;padding:.75rem 1rem}
header a{color:#fff;text-decoration:none;font-weight:600}
main{max-width:60rem;margin:0 auto;padding:1rem}
.muted{color:#5c6773;font-size:.9rem}
ul.msgs{list-style:none;margin:0;padding:0}
ul.msgs li{background:#fff;border:1px solid #dde1e6;border-radius:6px;margin:.5rem 0}
ul.msgs a{display:block;padding:.6rem .8rem;color:inherit;text-decoration:none}
ul.msgs a:hover,ul.msgs a:focus{background:#eef4fb}
.subj{font-weight:600;display:block;overflow-wrap:anywhere}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1rem;color:#5c6773;font-size:.9rem;overflow-wrap:anywhere}
section{background:#fff;border:1px solid #dde1e6;border-radius:6px;padding:.8rem;margin:.8rem 0}
h1{font-size:1.25rem;margin:.2rem 0 .6rem;overflow-wrap:anywhere}
h2{font-size:1rem;margin:0 0 .5rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem;margin:0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;margin:0}
iframe{width:100%;min-height:24rem;border:1px solid #dde1e6;border-radius:4px;background:#fff}
table{border-collapse:collapse;width:100%;font-size:.85rem}
td{border-top:1px solid #eef0f2;padding:.25rem .4rem;vertical-align:top;overflow-wrap:anywhere}
td:first-child{font-weight:600;white-space:nowrap}
.ok{color:#176b2c;font-weight:600}.no{color:#9b1c1c;font-weight:600}
a{color:#1a5fb4}
@media (max-width:40rem){dl{grid-template-columns:1fr}dd{margin-bottom:.4rem}td:first-child{white-space:normal}}
`

var listTmpl = template.Must(template.New("list").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Dev mailbox · sealpost</title><style>` + baseCSS + `</style></head>
<body><header><a href="{{.Prefix}}/">sealpost dev mailbox</a></header>
<main>
<p class="muted">Messages caught by the local SMTP catcher (newest first, the last {{.Max}} are kept, in memory only). Nothing here was delivered.</p>
{{if .Rows}}<ul class="msgs">
{{range .Rows}}<li><a href="{{$.Prefix}}/{{.ID}}"><span class="subj">{{if .Subject}}{{.Subject}}{{else}}(no subject){{end}}</span>
<span class="meta"><span>to {{.To}}</span><span><time>{{.Time}}</time></span>{{if .HasHTML}}<span>HTML</span>{{end}}</span></a></li>
{{end}}</ul>
{{else}}<section><p>No messages yet. Send something through sealpost and reload this page.</p></section>{{end}}
</main></body></html>
`))

var showTmpl = template.Must(template.New("show").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{{.M.Subject}} · dev mailbox</title><style>` + baseCSS + `</style></head>
<body><header><a href="{{.Prefix}}/">← sealpost dev mailbox</a></header>
<main>
<h1>{{if .M.Subject}}{{.M.Subject}}{{else}}(no subject){{end}}</h1>
<section><dl>
<dt>From</dt><dd>{{.HdrFrom}}</dd>
<dt>Envelope</dt><dd>{{.M.From}} → {{range $i, $t := .M.To}}{{if $i}}, {{end}}{{$t}}{{end}}</dd>
<dt>Date</dt><dd>{{.Date}}</dd>
<dt>Received</dt><dd>{{.M.Received.Format "2006-01-02 15:04:05Z"}}</dd>
<dt>Message-ID</dt><dd>{{.M.MessageID}}</dd>
<dt>DKIM</dt><dd>{{if .DKIM}}<span class="ok">DKIM-Signature present</span>{{range .DKIM}}<br>d={{.Domain}} s={{.Selector}} a={{.Algorithm}}{{end}}{{else}}<span class="no">no DKIM-Signature</span>{{end}}</dd>
<dt>Raw</dt><dd><a href="{{.Prefix}}/{{.M.ID}}.eml" download>download .eml</a></dd>
</dl></section>
<section><h2>Text part</h2>{{if .M.Text}}<pre>{{.Text}}</pre>{{else}}<p class="muted">none</p>{{end}}</section>
{{if .Srcdoc}}<section><h2>HTML part (rendered, sandboxed, no scripts or remote content)</h2>
<iframe sandbox="allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" title="HTML part" srcdoc="{{.Srcdoc}}"></iframe>
<details><summary>HTML source</summary><pre>{{.M.HTML}}</pre></details></section>{{end}}
<section><details><summary>All headers</summary><table>{{range .Headers}}<tr><td>{{.Name}}</td><td>{{.Value}}</td></tr>{{end}}</table></details></section>
</main></body></html>
`))
