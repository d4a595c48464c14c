// Package cli implements the sealpost command line: serve, migrate, tenant,
// keys, audit and bench. Every flag can also be set with an environment
// variable SEALPOST_<FLAG> (upper case, dashes as underscores); a flag given on
// the command line wins over the environment.
package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/sealpost/sealpost/internal/metrics"
	"github.com/sealpost/sealpost/internal/seal"
	"github.com/sealpost/sealpost/internal/service"
	"github.com/sealpost/sealpost/internal/store"
)

// EnvName is the environment variable bound to a flag.
func EnvName(flagName string) string {
	return "SEALPOST_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// parse applies environment variables, then the command line.
func parse(fs *flag.FlagSet, args []string) error {
	var bad error
	fs.VisitAll(func(f *flag.Flag) {
		if v, ok := os.LookupEnv(EnvName(f.Name)); ok && bad == nil {
			if err := f.Value.Set(v); err != nil {
				bad = fmt.Errorf("%s: %w", EnvName(f.Name), err)
			}
		}
	})
	if bad != nil {
		return bad
	}
	return fs.Parse(args)
}

// common are the flags every command that touches data shares.
type common struct {
	dataDir  string
	db       string
	keyFile  string
	logLevel string
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.dataDir, "data-dir", "./sealpost-data", "directory for the embedded database and the key file")
	fs.StringVar(&c.db, "db", "", `database: "sqlite:PATH" or a postgres:// URL (default sqlite:<data-dir>/sealpost.db)`)
	fs.StringVar(&c.keyFile, "key-file", "", "root key file (tink keyset, mode 0600; default <data-dir>/root-keyset.json)")
	fs.StringVar(&c.logLevel, "log-level", "info", "log level: debug, info, warn, error")
}

func (c *common) dsn() string {
	if c.db != "" {
		return c.db
	}
	return "sqlite:" + filepath.Join(c.dataDir, "sealpost.db")
}

func (c *common) keyPath() string {
	if c.keyFile != "" {
		return c.keyFile
	}
	return filepath.Join(c.dataDir, "root-keyset.json")
}

func (c *common) logger(w io.Writer) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(c.logLevel)); err != nil {
		return nil, fmt.Errorf("--log-level: %w", err)
	}
	return slog.New(slog.NewJSONHandler(w, &slog.HandlerOptions{Level: lv})), nil
}

// open connects, migrates and loads the root key. create says whether a
// missing key file may be created (only serve and migrate may).
func (c *common) open(ctx context.Context, create bool) (*store.Store, *seal.KeyFile, error) {
	return c.openWith(ctx, create, store.Options{})
}

// openWith is open with store options (serve passes River workers).
func (c *common) openWith(ctx context.Context, create bool, opts store.Options) (*store.Store, *seal.KeyFile, error) {
	if err := os.MkdirAll(c.dataDir, 0o700); err != nil && strings.HasPrefix(c.dsn(), "sqlite:") {
		return nil, nil, err
	}
	st, err := store.Open(ctx, c.dsn(), opts)
	if err != nil {
		return nil, nil, err
	}
	if err := st.Migrate(ctx); err != nil {
		st.Close()
		return nil, nil, err
	}
	kf, err := seal.OpenKeyFile(c.keyPath(), create)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	if err := convertClearColumns(ctx, st, kf); err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, kf, nil
}

// convertClearColumns finishes the migrations that need keys
// (service.ConvertClearColumns): every command that opens the database runs
// it, so `migrate` and `serve` leave no client string in clear.
func convertClearColumns(ctx context.Context, st *store.Store, kf seal.KeySource) error {
	svc, err := service.New(st, kf, slog.New(slog.DiscardHandler), metrics.New(), service.Config{PublicURL: "http://127.0.0.1"})
	if err != nil {
		return err
	}
	defer svc.Close()
	if _, err := svc.ConvertClearColumns(ctx, cliActor()); err != nil {
		return fmt.Errorf("convert clear columns: %w", err)
	}
	return nil
}
