package cli

import (
	"os"
	"runtime/debug"
)

// defaultGCPercent is the garbage collector target sealpost runs with unless
// the GOGC environment variable says otherwise. Go's default (100) collects
// each time the heap doubles; sealpost's live heap is small (tens of MB) and
// its work allocation-heavy, so collecting at three times the live heap
// trades about 20 MB of memory for roughly a tenth of the CPU per delivered
// email (docs/benchmarks.md).
const defaultGCPercent = 200

// tuneGC applies defaultGCPercent when GOGC is unset (lookup is
// os.LookupEnv) and returns the percentage in force.
func tuneGC(lookup func(string) (string, bool)) int {
	if _, set := lookup("GOGC"); set {
		p := debug.SetGCPercent(100) // read the runtime's value (parsed from GOGC) …
		debug.SetGCPercent(p)        // … and put it back
		return p
	}
	debug.SetGCPercent(defaultGCPercent)
	return defaultGCPercent
}

// TuneGC is tuneGC for the process environment; main calls it first.
func TuneGC() int { return tuneGC(os.LookupEnv) }
