package api

import "net/http"

// unsubscribe is the RFC 8058 one-click target of marketing notices; the
// page is web.Pages.Unsubscribe.
func (s *Server) unsubscribe(w http.ResponseWriter, r *http.Request) { s.pages.Unsubscribe(w, r) }
