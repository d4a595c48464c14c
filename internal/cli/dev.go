package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"

	"github.com/sealpost/sealpost/internal/channel"
	"github.com/sealpost/sealpost/internal/channel/email"
	"github.com/sealpost/sealpost/internal/devmail"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
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

// devListenCheck refuses a --dev listen address that is not loopback: the
// dev mailbox at /dev/mail has no authentication and shows every email it
// caught, registration links included. An empty host (":8080") means every
// interface and is refused too.
func devListenCheck(listen string) error {
	host, _, err := net.SplitHostPort(listen)
	if err != nil {
		return usageErr("serve: --listen %q: %v", listen, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return devListenErr(listen)
}

func devListenErr(listen string) error {
	return usageErr("serve --dev: --listen %s is not a loopback address. Dev mode serves an unauthenticated mailbox at /dev/mail "+
		"that shows registration links, so it listens only on loopback (127.0.0.1:8080, [::1]:8080 or localhost:8080). "+
		"To serve other machines, run without --dev.", listen)
}

// devTenant makes sure a "demo" tenant exists and prints a fresh API key for
// it. Keys are shown only once, so each start issues a new one; the demo keys
// printed by earlier starts (labelled "initial" or "dev") are revoked first,
// so only the key printed now works. Keys added by hand with another label
// stay.
func devTenant(ctx context.Context, svc *service.Service, st *store.Store, io IO) error {
	var key, id string
	t, err := st.GetTenant(ctx, "demo")
	switch {
	case errors.Is(err, store.ErrNotFound):
		ct, err := svc.CreateTenant(ctx, "demo", "dev")
		if err != nil {
			return err
		}
		key, id = ct.APIKey, ct.TenantID
	case err != nil:
		return err
	default:
		old, err := st.ListAPIKeys(ctx, t.ID)
		if err != nil {
			return err
		}
		revoked := 0
		for _, k := range old {
			if k.RevokedAt == nil && (k.Label == "initial" || k.Label == "dev") {
				if err := svc.RevokeAPIKey(ctx, t.ID, k.Prefix, "dev"); err != nil && !errors.Is(err, store.ErrGone) {
					return err
				}
				revoked++
			}
		}
		key, _, err = svc.CreateAPIKey(ctx, t.ID, "dev", "dev")
		if err != nil {
			return err
		}
		id = t.ID
		if revoked > 0 {
			fmt.Fprintf(io.Stdout, "dev mode: revoked %d demo key(s) printed by earlier starts\n", revoked)
		}
	}
	fmt.Fprintf(io.Stdout, "dev mode: demo tenant %s\n  export SEALPOST_API_KEY=%s\n  export SEALPOST_TENANT_ID=%s\n", id, key, id)
	return nil
}
