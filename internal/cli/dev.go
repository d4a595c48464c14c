package cli

import (
	"context"
	"log/slog"
	"net/http"

	"github.com/sealpost/sealpost/internal/channel"
)

// devChannels wires development channels: see devmail.go when the dev
// mailbox is built in.
var devChannels = func(ctx context.Context, senders map[string]channel.Sender, mux *http.ServeMux, io IO, log *slog.Logger) error {
	return nil
}
