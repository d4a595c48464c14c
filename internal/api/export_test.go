package api

import "net/http"

// ClientAddrForTest exposes clientAddr to the external tests.
func (s *Server) ClientAddrForTest(r *http.Request) string { return s.clientAddr(r) }
