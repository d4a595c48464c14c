package api

import (
	"net/http"

	"github.com/sealpost/sealpost/internal/widget"
)

// The embeddable inbox's script (package widget): public, the same for
// every tenant; what it may call is decided per tenant by widget_origins
// (cors.go).
func (s *Server) widgetScript(w http.ResponseWriter, r *http.Request) { widget.Serve(w, r) }
