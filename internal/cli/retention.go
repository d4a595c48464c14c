package cli

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"time"
)

// cmdRetention: "retention status" — the operator's view of retention and
// expiry: messages due for shredding now, the oldest due, messages not yet
// planned, and messages shredded today (UTC).
func cmdRetention(ctx context.Context, args []string, io IO) error {
	if len(args) == 0 || args[0] != "status" {
		return usageErr("retention: want status")
	}
	fs := flag.NewFlagSet("retention status", flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	var c common
	c.register(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	st, _, err := c.open(ctx, false)
	if err != nil {
		return err
	}
	defer st.Close()
	now := time.Now().UTC()
	y, m, d := now.Date()
	rs, err := st.Retention(ctx, now, time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
	if err != nil {
		return err
	}
	var oldest *time.Time
	lag := 0.0
	if rs.OldestDue != nil {
		oldest = rs.OldestDue
		lag = now.Sub(*rs.OldestDue).Seconds()
	}
	if *asJSON {
		return json.NewEncoder(io.Stdout).Encode(map[string]any{"due": rs.Due, "oldest_due": oldest, "oldest_due_seconds": lag,
			"unplanned": rs.Unplanned, "shredded_today": rs.ShreddedSince})
	}
	fmt.Fprintf(io.Stdout, "due now:         %d\n", rs.Due)
	if oldest != nil {
		fmt.Fprintf(io.Stdout, "oldest due:      %s (%.0f s ago)\n", oldest.Format(time.RFC3339), lag)
	}
	fmt.Fprintf(io.Stdout, "not yet planned: %d\nshredded today:  %d (UTC; expired and revoked)\n", rs.Unplanned, rs.ShreddedSince)
	return nil
}
