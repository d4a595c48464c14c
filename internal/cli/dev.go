package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/devmail"
)

// devChannels starts the dev mailbox — an SMTP catcher on loopback — and, if
// no relay is configured, makes it the email channel; its pages are served at
// /dev/mail on the main listener.
func devChannels(ctx context.Context, senders map[string]channel.Sender, mux *http.ServeMux, io IO, log *slog.Logger, publicURL string) (func() error, error) {
	box := devmail.New(500)
	addr, err := box.ListenAndServe(ctx, "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("dev mailbox: %w", err)
	}
	mux.Handle("/dev/mail", box.Handler("/dev/mail"))
	mux.Handle("/dev/mail/", box.Handler("/dev/mail"))
	closer := func() error { return nil }
	if senders["email"] == nil {
		host, p, _ := net.SplitHostPort(addr)
		port, _ := strconv.Atoi(p)
		s, err := email.New(email.Config{Host: host, Port: port, TLS: email.TLSNone, AllowPlaintextLoopback: true,
			From: "sealpost dev <notices@sealpost.localhost>", PoolSize: 4})
		if err != nil {
			return nil, err
		}
		senders["email"] = s
		closer = s.Close
	}
	log.Info("dev mailbox", "smtp", addr, "pages", publicURL+"/dev/mail")
	fmt.Fprintf(io.Stdout, "  dev mailbox: %s/dev/mail (SMTP catcher on %s)\n", publicURL, addr)
	return closer, nil
}
