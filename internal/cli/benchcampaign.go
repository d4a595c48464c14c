package cli

import (
	"context"
	"flag"
	"os"
	"time"

	"github.com/sealpost/sealpost/internal/bench"
)

// cmdBenchCampaign runs `sealpost bench campaign`: the planning time of a
// campaign to N consenting recipients and another tenant's ingest latency
// meanwhile (internal/bench/campaign.go).
func cmdBenchCampaign(ctx context.Context, args []string, io IO) error {
	fs := flag.NewFlagSet("bench campaign", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var cfg bench.CampaignConfig
	fs.StringVar(&cfg.DB, "db", "sqlite", `"sqlite" (a fresh temporary file), "sqlite:PATH" (a new file, kept) or a postgres:// URL (a fresh schema, dropped afterwards)`)
	fs.IntVar(&cfg.Recipients, "recipients", 100000, "consenting segment members")
	fs.IntVar(&cfg.IngestRate, "ingest-rate", 200, "another tenant's POST /v1/messages per second offered meanwhile (0: none)")
	fs.DurationVar(&cfg.Alone, "alone", 10*time.Second, "ingest measured alone first, for comparison")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	cfg.Log = os.Stderr
	rep, err := bench.RunCampaign(ctx, cfg)
	if err != nil {
		return err
	}
	if *asJSON {
		return rep.JSON(io.Stdout)
	}
	rep.Print(io.Stdout)
	return nil
}
