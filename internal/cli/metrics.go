package cli

import (
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/sealpost/sealpost/internal/metrics"
)

// metricsFlags choose where serve exposes /metrics: on a listener of its own
// (default loopback), and/or on the API listener for scrapers bearing a
// token. Without a token the API listener answers /metrics 404.
type metricsFlags struct {
	listen    string
	token     string
	tokenFile string
}

func (f *metricsFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.listen, "metrics-listen", metrics.DefaultListen, `address of the separate /metrics listener ("off": none)`)
	fs.StringVar(&f.token, "metrics-token", "", "bearer token a scraper must present; also serves /metrics on the API listener (at least 32 characters)")
	fs.StringVar(&f.tokenFile, "metrics-token-file", "", "file holding the metrics token (instead of --metrics-token)")
}

// loadToken returns the configured token ("" for none), refusing a weak one.
func (f *metricsFlags) loadToken() (string, error) {
	tok := f.token
	if f.tokenFile != "" {
		if tok != "" {
			return "", usageErr("serve: give --metrics-token or --metrics-token-file, not both")
		}
		b, err := os.ReadFile(f.tokenFile)
		if err != nil {
			return "", fmt.Errorf("--metrics-token-file: %w", err)
		}
		tok = strings.TrimSpace(string(b))
		if tok == "" {
			return "", errors.New("--metrics-token-file: the file is empty")
		}
	}
	if tok == "" {
		return "", nil
	}
	if err := metrics.CheckToken(tok); err != nil {
		return "", fmt.Errorf("metrics token: %w", err)
	}
	return tok, nil
}

// startMetricsListener serves /metrics on its own listener unless it is
// "off"; the returned stop closes it (nil error) at shutdown.
func (f *metricsFlags) startMetricsListener(met *metrics.Metrics, token string, log *slog.Logger) (stop func(), err error) {
	if f.listen == "off" || f.listen == "" {
		return func() {}, nil
	}
	ln, err := net.Listen("tcp", f.listen)
	if err != nil {
		return nil, fmt.Errorf("--metrics-listen: %w", err)
	}
	srv := &http.Server{
		Handler:           met.ListenerHandler(token),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics listener", "err", err)
		}
	}()
	log.Info("metrics listening", "addr", ln.Addr().String(), "token", token != "")
	return func() { srv.Close() }, nil
}
