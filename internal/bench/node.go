package bench

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/sealpost/sealpost/internal/api"
	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// benchNode is a sealpost running in-process for a benchmark: a fresh
// database (see openDB), a temporary root key, the service with its
// background work, and the API on a loopback port (plain HTTP session
// cookies, as serve --dev). close tears it all down.
type benchNode struct {
	st    *store.Store
	svc   *service.Service
	base  string // http://127.0.0.1:port
	close func()
}

// startNode starts a node on db with cfg (its PublicURL is set here).
func startNode(ctx context.Context, db string, cfg service.Config) (*benchNode, error) {
	var undo []func()
	fail := func(err error) (*benchNode, error) {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
		return nil, err
	}
	dsn, opts, cleanup, err := openDB(ctx, db)
	if err != nil {
		return nil, err
	}
	undo = append(undo, cleanup)
	st, err := store.Open(ctx, dsn, opts)
	if err != nil {
		return fail(err)
	}
	undo = append(undo, st.Close)
	if err := st.Migrate(ctx); err != nil {
		return fail(err)
	}
	keyDir, err := os.MkdirTemp("", "sealpost-bench-keys-")
	if err != nil {
		return fail(err)
	}
	undo = append(undo, func() { os.RemoveAll(keyDir) })
	kf, err := seal.OpenKeyFile(filepath.Join(keyDir, "root-keyset.json"), true)
	if err != nil {
		return fail(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return fail(err)
	}
	base := "http://" + ln.Addr().String()
	log := slog.New(slog.NewJSONHandler(io.Discard, nil)) // the access log is formatted as in serve, then dropped
	met := metrics.New()
	cfg.PublicURL = base
	svc, err := service.New(st, kf, log, met, cfg)
	if err != nil {
		ln.Close()
		return fail(err)
	}
	undo = append(undo, svc.Close)
	bg, stopBG := context.WithCancel(ctx)
	undo = append(undo, stopBG)
	go svc.RunBackground(bg) // audit chainer, purges: part of the real cost
	h := api.New(svc, log, met)
	h.AllowInsecureCookies() // plain HTTP on loopback, as serve --dev
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 60 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 120 * time.Second, MaxHeaderBytes: 64 << 10}
	go srv.Serve(ln) //nolint:errcheck
	undo = append(undo, func() { srv.Close() })
	return &benchNode{st: st, svc: svc, base: base, close: func() {
		for i := len(undo) - 1; i >= 0; i-- {
			undo[i]()
		}
	}}, nil
}
