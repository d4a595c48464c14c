package cli

import (
	"runtime/debug"
	"testing"
)

func TestTuneGC(t *testing.T) {
	orig := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(orig) })

	unset := func(string) (string, bool) { return "", false }
	if got := tuneGC(unset); got != defaultGCPercent {
		t.Fatalf("GOGC unset: %d, want %d", got, defaultGCPercent)
	}
	if now := debug.SetGCPercent(100); now != defaultGCPercent {
		t.Fatalf("runtime GC percent %d, want %d", now, defaultGCPercent)
	}

	// An operator's GOGC (already parsed by the runtime) is left alone.
	debug.SetGCPercent(50)
	set := func(string) (string, bool) { return "50", true }
	if got := tuneGC(set); got != 50 {
		t.Fatalf("GOGC=50: %d", got)
	}
	if now := debug.SetGCPercent(100); now != 50 {
		t.Fatalf("runtime GC percent %d after GOGC=50, want 50", now)
	}
}
