package api

import (
	"errors"
	"html/template"
	"net/http"

	"github.com/sealpost/sealpost/internal/service"
)

// Hosted end-user pages. The link page proves a notice's link leads to its
// message without revealing anything about it; signing in to read is the
// patient-access feature.

const pageCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

var pageTmpl = template.Must(template.New("page").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>{{.Title}}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f4f6f8;color:#1b1b1b}
main{max-width:32rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002}
h1{font-size:1.4rem;margin-top:0}p{margin:.75rem 0}.muted{color:#4a4a4a}</style></head>
<body><main><h1>{{.Title}}</h1>{{range .Lines}}<p>{{.}}</p>{{end}}{{if .Note}}<p class="muted">{{.Note}}</p>{{end}}</main></body></html>`))

type page struct {
	Title string
	Lines []string
	Note  string
}

func writePage(w http.ResponseWriter, status int, p page) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP)
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	w.WriteHeader(status)
	_ = pageTmpl.Execute(w, p)
}

// unsubscribe is the RFC 8058 one-click target of marketing notices:
// POST with List-Unsubscribe=One-Click withdraws the marketing consent of the
// link's recipient.
func (s *Server) unsubscribe(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if err := r.ParseForm(); err != nil || r.PostForm.Get("List-Unsubscribe") != "One-Click" {
		writePage(w, http.StatusBadRequest, page{Title: "Unsubscribe", Lines: []string{"This address accepts one-click unsubscribe requests (RFC 8058) from mail clients."}})
		return
	}
	err := s.svc.UnsubscribeByLink(r.Context(), r.PathValue("token"))
	var se *service.Error
	switch {
	case err == nil:
		writePage(w, http.StatusOK, page{Title: "You are unsubscribed", Lines: []string{"You will no longer receive offers. Account and care notices are not affected."}})
	case errors.As(err, &se) && (se.Kind == service.KindNotFound || se.Kind == service.KindGone):
		writePage(w, http.StatusNotFound, page{Title: "Unsubscribe", Lines: []string{"This link is not valid any more. Sign in to manage your preferences."}})
	default:
		s.log.Error("unsubscribe failed", "request_id", requestID(r.Context()), "err", err)
		writePage(w, http.StatusInternalServerError, page{Title: "Something went wrong", Lines: []string{"Please try again in a moment."}})
	}
}
