package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/sealpost/sealpost/internal/guard"
	"github.com/sealpost/sealpost/internal/guardreview"
)

// cmdGuardReview reviews a library of notices locally (no database), as
// POST /v1/guard/review does for a tenant: each non-empty line of the input
// is one notice (with --jsonl, a JSON object {"name", "text", "html",
// "mode"}); it prints the terms to approve and what they would clear, and
// the notices that would still be blocked. Exit status 1 means a notice
// would be blocked as things stand.
func cmdGuardReview(args []string, stdio IO, stdin io.Reader) error {
	fs := flag.NewFlagSet("guard review", flag.ContinueOnError)
	c := newGuardFlags(fs, stdio, "standard (transactional) or strict (marketing), for lines that give none")
	jsonl := fs.Bool("jsonl", false, `each line is a JSON object {"name", "text", "html", "mode"}`)
	asJSON := fs.Bool("json", false, "print the review as JSON")
	var approved multiFlag
	fs.Var(&approved, "approved", "a term already approved for the tenant (repeatable)")
	var own multiFlag
	fs.Var(&own, "own", "a tenant term of kind sender: its own phone, address or names (repeatable)")
	m, in, g, err := c.load(fs, args, stdin)
	if err != nil {
		return err
	}
	items, names, err := reviewItems(string(in), *jsonl, m)
	if err != nil {
		return err
	}
	gc := &guard.Context{AllowURLs: c.allow, Sender: c.sender}
	for _, t := range approved {
		gc.Terms = append(gc.Terms, guard.Term{Text: t, Kind: guard.KindApproved})
	}
	for _, t := range own {
		gc.Terms = append(gc.Terms, guard.Term{Text: t, Kind: guard.KindSender})
	}
	rep, err := guardreview.Review(g, gc, items)
	if err != nil {
		return exitError{1, "guard failed (the notices would be blocked): " + err.Error()}
	}
	if *asJSON {
		if rep.Proposals == nil {
			rep.Proposals = []guardreview.Proposal{}
		}
		if err := json.NewEncoder(stdio.Stdout).Encode(rep); err != nil {
			return err
		}
	} else {
		printReview(stdio.Stdout, rep, names)
	}
	if rep.Blocked > 0 {
		return exitError{1, fmt.Sprintf("%d of %d notice(s) would be blocked; %d once the proposals without a caution are approved",
			rep.Blocked, rep.Checked, rep.BlockedIfApproved)}
	}
	return nil
}

// reviewItems reads the library: one notice a non-empty line, or a JSON
// object a line with jsonl. names are the notices' labels (default: the
// line number).
func reviewItems(in string, jsonl bool, m guard.Mode) ([]guardreview.Item, []string, error) {
	var items []guardreview.Item
	var names []string
	for n, line := range strings.Split(in, "\n") {
		line = strings.TrimRight(line, "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		name := fmt.Sprintf("line %d", n+1)
		it := guardreview.Item{Mode: m, Notice: guard.Notice{Fields: []guard.Field{{Name: "text", Text: line}}}}
		if jsonl {
			var row struct {
				Name, Text, Mode string
				HTML             bool
			}
			if err := json.Unmarshal([]byte(line), &row); err != nil || row.Text == "" {
				return nil, nil, usageErr("guard review: line %d: want a JSON object with a text", n+1)
			}
			if row.Name != "" {
				name = row.Name
			}
			if row.Mode != "" {
				rm, err := guard.ParseMode(row.Mode)
				if err != nil {
					return nil, nil, usageErr("guard review: line %d: mode must be standard or strict", n+1)
				}
				it.Mode = rm
			}
			it.Notice.Fields[0] = guard.Field{Name: "text", Text: row.Text, HTML: row.HTML}
		}
		items = append(items, it)
		names = append(names, name)
	}
	if len(items) == 0 || len(items) > guardreview.MaxItems {
		return nil, nil, usageErr("guard review: give 1 to %d notices", guardreview.MaxItems)
	}
	return items, names, nil
}

func printReview(w io.Writer, rep guardreview.Report, names []string) {
	fmt.Fprintf(w, "%d notices checked, %d blocked; %d still blocked once the proposals without a caution are approved\n",
		rep.Checked, rep.Blocked, rep.BlockedIfApproved)
	for _, p := range rep.Proposals {
		fmt.Fprintf(w, "propose %-8s %q in %d notice(s) (%s)\n", p.Kind, p.Term, p.Notices, strings.Join(p.Rules, ", "))
		if p.Caution != "" {
			fmt.Fprintf(w, "  caution: %s\n", p.Caution)
		}
	}
	for _, r := range rep.Results {
		if r.ClearedIfApproved {
			continue
		}
		for _, f := range r.Remaining {
			fmt.Fprintf(w, "%s: still blocked: %s (%s): %s\n", names[r.Index], f.Kind, f.Rule, f.Reason)
		}
	}
}
