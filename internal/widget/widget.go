// Package widget holds the embeddable inbox: the framework-free Web
// Components (<sealpost-inbox>, <sealpost-unread-badge>) a portal page loads
// from sealpost, embedded in the binary, with their version and SRI hash.
package widget

import (
	"bytes"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"encoding/base64"
	"encoding/hex"
	"net/http"
	"time"
)

// Version is the script's release (its VERSION, window.sealpost.version),
// quoted with the SRI hash in docs/integrate.md.
const Version = "1.2.0"

// Path is where the script is served. The major version is in the path: a
// change that breaks pages embedding it gets a new path, and the old one
// stays.
const Path = "/widget/v1/sealpost-inbox.js"

//go:embed v1/sealpost-inbox.js
var script []byte

var (
	integrity = func() string { s := sha512.Sum384(script); return "sha384-" + base64.StdEncoding.EncodeToString(s[:]) }()
	etag      = func() string { s := sha256.Sum256(script); return `"` + hex.EncodeToString(s[:16]) + `"` }()
)

// Script returns the script's bytes.
func Script() []byte { return bytes.Clone(script) }

// Integrity is the Subresource Integrity value of the script served at Path
// ("sha384-…"), for the integrity attribute of the portal's <script> tag.
func Integrity() string { return integrity }

// Snippet is the HTML a portal page includes, base being sealpost's public
// URL.
func Snippet(base string) string {
	return `<script src="` + base + Path + `" integrity="` + integrity + `" crossorigin="anonymous" defer></script>`
}

// Serve answers GET/HEAD for the script: cacheable by any page on any
// origin (it holds no data), revalidated by ETag so a new release is picked
// up within a day, and fetchable with CORS so the integrity check can run.
func Serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("Cache-Control", "public, max-age=86400")
	h.Set("ETag", etag)
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("Cross-Origin-Resource-Policy", "cross-origin")
	h.Set("X-Content-Type-Options", "nosniff")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(script))
}
