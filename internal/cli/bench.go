package cli

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"runtime/pprof"
	"time"

	"github.com/sealpost/sealpost/internal/bench"
)

func cmdBench(ctx context.Context, args []string, io IO) error {
	if len(args) > 0 && args[0] == "deliver" {
		return cmdBenchDeliver(ctx, args[1:], io)
	}
	if len(args) > 0 && args[0] == "open" {
		return cmdBenchOpen(ctx, args[1:], io)
	}
	if len(args) > 0 && args[0] == "events" {
		return cmdBenchEvents(ctx, args[1:], io)
	}
	if len(args) > 0 && args[0] == "retention" {
		return cmdBenchRetention(ctx, args[1:], io)
	}
	if len(args) > 0 && args[0] == "campaign" {
		return cmdBenchCampaign(ctx, args[1:], io)
	}
	if len(args) > 0 && args[0] == "staff-open" {
		return cmdBenchStaffOpen(ctx, args[1:], io) // staff.go
	}
	if len(args) == 0 || args[0] != "ingest" {
		return usageErr("bench: want ingest, deliver, open, events, retention, campaign or staff-open")
	}
	fs := flag.NewFlagSet("bench ingest", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var cfg bench.IngestConfig
	fs.StringVar(&cfg.DB, "db", "sqlite", `"sqlite" (a fresh temporary file) or a postgres:// URL (a fresh schema, dropped afterwards)`)
	fs.IntVar(&cfg.Clients, "clients", 64, "concurrent HTTP clients")
	fs.DurationVar(&cfg.Duration, "duration", 10*time.Second, "measured time per phase")
	fs.DurationVar(&cfg.Warmup, "warmup", 2*time.Second, "unmeasured warm-up per phase")
	fs.IntVar(&cfg.Rate, "rate", 0, "offered load in messages/s (0: as fast as the clients go)")
	fs.IntVar(&cfg.Recipients, "recipients", 100, "recipients to spread messages over")
	fs.IntVar(&cfg.Writers, "ingest-writers", 0, "group-commit writers (0: 1 on SQLite, 2 on PostgreSQL)")
	fs.BoolVar(&cfg.Baseline, "baseline", true, "also measure plain INSERT transactions of the same rows")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	cfg.Log = os.Stderr
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	rep, err := bench.RunIngest(ctx, cfg)
	if err != nil {
		return err
	}
	if *asJSON {
		return rep.JSON(io.Stdout)
	}
	rep.Print(io.Stdout)
	return nil
}

func cmdBenchDeliver(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("bench deliver", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var cfg bench.DeliverConfig
	fs.StringVar(&cfg.DB, "db", "sqlite", `"sqlite" (a fresh temporary file) or a postgres:// URL (a fresh schema, dropped afterwards)`)
	// 64: with 32, SQLite's run left a tenth of the CPU idle, every client
	// waiting on a group commit (docs/benchmarks.md).
	fs.IntVar(&cfg.Clients, "clients", 64, "concurrent API clients")
	fs.DurationVar(&cfg.Duration, "duration", 10*time.Second, "how long to post messages")
	fs.IntVar(&cfg.Rate, "rate", 0, "offered messages/s (0: as fast as the clients go)")
	fs.StringVar(&cfg.DKIM, "dkim", "rsa", "DKIM key: rsa (2048), ed25519, none")
	fs.StringVar((*string)(&cfg.DKIMRSA), "dkim-rsa", "auto", "who computes RSA signatures: auto (libcrypto when loadable, else Go), go, openssl")
	fs.IntVar(&cfg.Workers, "delivery-workers", 256, "River delivery workers")
	fs.IntVar(&cfg.Pool, "smtp-pool-size", 8, "SMTP connections")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to this file")
	memProfile := fs.String("memprofile", "", "write an allocation profile (everything allocated during the run) to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Log = os.Stderr
	stop, err := startCPUProfile(*cpuProfile)
	if err != nil {
		return err
	}
	defer stop()
	rep, err := bench.RunDeliver(ctx, cfg)
	if err != nil {
		return err
	}
	if err := writeAllocProfile(*memProfile); err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(io.Stdout).Encode(rep)
	}
	rep.Print(io.Stdout)
	return nil
}

func cmdBenchOpen(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("bench open", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var cfg bench.OpenConfig
	fs.StringVar(&cfg.DB, "db", "sqlite", `"sqlite" (a fresh temporary file), "sqlite:PATH" (a new file, kept) or a postgres:// URL (a fresh schema, dropped afterwards)`)
	fs.IntVar(&cfg.Users, "users", 50, "end users, each enrolled through the hosted pages (password + TOTP)")
	fs.IntVar(&cfg.Messages, "messages", 20, "phi messages per user")
	fs.IntVar(&cfg.Rate, "rate", 500, "offered opens/s on a fixed schedule (open loop); 0: closed loop with --clients")
	fs.IntVar(&cfg.Clients, "clients", 32, "closed loop: concurrent clients; open loop: most requests in flight")
	fs.DurationVar(&cfg.Duration, "duration", 20*time.Second, "measured time")
	fs.DurationVar(&cfg.Warmup, "warmup", 2*time.Second, "unmeasured warm-up at the same load")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the measured window to this file")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Log = os.Stderr
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		cfg.CPUProfile = f
	}
	rep, err := bench.RunOpen(ctx, cfg)
	if err != nil {
		return err
	}
	if *asJSON {
		return rep.JSON(io.Stdout)
	}
	rep.Print(io.Stdout)
	return nil
}

func cmdBenchEvents(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("bench events", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var cfg bench.EventsConfig
	fs.StringVar(&cfg.DB, "db", "sqlite", `"sqlite" (a fresh temporary file) or a postgres:// URL (a fresh schema, dropped afterwards)`)
	fs.IntVar(&cfg.Conns, "conns", 10000, "idle SSE streams, one per recipient (sessions are written straight into the store)")
	fs.IntVar(&cfg.Rate, "rate", 200, "messages/s posted over those recipients")
	fs.DurationVar(&cfg.Duration, "duration", 30*time.Second, "how long to post")
	fs.IntVar(&cfg.Sources, "sources", 0, "loopback source addresses 127.0.0.1…N for the streams (0: one per 20,000 streams)")
	node := fs.Bool("node", false, "internal: run as the benchmark's node process")
	var n bench.EventsNode
	fs.StringVar(&n.Schema, "node-schema", "", "internal: the node's PostgreSQL schema")
	fs.StringVar(&n.KeyFile, "node-keys", "", "internal: the node's root key file")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *node {
		n.DSN, n.Conns = cfg.DB, cfg.Conns
		return bench.RunEventsNode(ctx, n, io.Stdin, io.Stdout)
	}
	cfg.Log = os.Stderr
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	rep, err := bench.RunEvents(ctx, cfg, exe)
	if err != nil {
		return err
	}
	if *asJSON {
		return rep.JSON(io.Stdout)
	}
	rep.Print(io.Stdout)
	return nil
}

// startCPUProfile writes a CPU profile to path until stop ("" does nothing).
func startCPUProfile(path string) (stop func(), err error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() { pprof.StopCPUProfile(); f.Close() }, nil
}

// writeAllocProfile writes the allocation profile to path ("" does nothing).
func writeAllocProfile(path string) error {
	if path == "" {
		return nil
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func cmdBenchRetention(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("bench retention", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var cfg bench.RetentionConfig
	fs.StringVar(&cfg.DB, "db", "sqlite", `"sqlite" (a fresh temporary file), "sqlite:PATH" (a new file, kept) or a postgres:// URL (a fresh schema, dropped afterwards)`)
	fs.IntVar(&cfg.Messages, "messages", 100000, "due messages to shred")
	fs.IntVar(&cfg.IngestRate, "ingest-rate", 200, "POST /v1/messages per second offered meanwhile (0: none)")
	fs.DurationVar(&cfg.Alone, "alone", 10*time.Second, "ingest measured alone first, for comparison")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Log = os.Stderr
	rep, err := bench.RunRetention(ctx, cfg)
	if err != nil {
		return err
	}
	if *asJSON {
		return rep.JSON(io.Stdout)
	}
	rep.Print(io.Stdout)
	return nil
}
