package guard

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNoticeModelDropAudit (GUARD_DROP_AUDIT=1): what the notice model's
// drop clears, row by row on the development files (leaks it lets through
// and clean rows it saves), and as counts only on the held-out files when
// GUARD_SHOW_HELDOUT=1 is set too: GUARD_DROP_AUDIT=1 go test
// ./internal/guard -run TestNoticeModelDropAudit -count=1 -v
func TestNoticeModelDropAudit(t *testing.T) {
	if os.Getenv("GUARD_DROP_AUDIT") == "" {
		t.Skip("GUARD_DROP_AUDIT=1 lists what the drop clears")
	}
	g := newTestGuard(t)
	blocked := func(items []corpusItem) []bool {
		out := make([]bool, len(items))
		for i, it := range items {
			fs, err := it.run(g)
			out[i] = err != nil || Blocked(fs)
		}
		return out
	}
	audit := func(name string, items []corpusItem, rows bool) {
		on := blocked(items)
		nmDropOn = false
		off := blocked(items)
		nmDropOn = true
		var leaks, cleans int
		for i, it := range items {
			if on[i] || !off[i] {
				continue
			}
			if it.Label == "leak" {
				leaks++
			} else {
				cleans++
			}
			if rows {
				t.Logf("DROP %s %s %q", it.Label, it.ID, it.Text)
				if os.Getenv("GUARD_DROP_AUDIT") == "2" { // the findings the drop clears
					nmDropOn = false
					fs, _ := it.run(g)
					nmDropOn = true
					for _, f := range fs {
						t.Logf("     %s %q", f.Rule, it.Text[max(0, min(f.Start, len(it.Text))):max(0, min(f.End, len(it.Text)))])
					}
				}
			}
		}
		t.Logf("%-22s drop clears %3d leaks, %3d clean", name, leaks, cleans)
	}
	for _, p := range devCorpusPaths(t, "*.jsonl") {
		audit(strings.TrimSuffix(filepath.Base(p), ".jsonl"), loadCorpus(t, p), true)
	}
	if os.Getenv("GUARD_SHOW_HELDOUT") == "" {
		return
	}
	paths, _ := filepath.Glob("../../testdata/guard/*heldout*.jsonl")
	for _, p := range paths {
		audit(strings.TrimSuffix(filepath.Base(p), ".jsonl"), loadCorpus(t, p), false)
	}
}
