package bench

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// cpuSample is the machine's busy and total CPU time (from /proc/stat) and
// this process's CPU time (getrusage), so a report can say whether a run
// was bound by CPU and how it was shared.
type cpuSample struct {
	ok          bool
	busy, total time.Duration // machine, all cores
	self        time.Duration // this process: user + system
}

// clockTick is USER_HZ, the unit of /proc/stat (100 on Linux).
const clockTick = 10 * time.Millisecond

func sampleCPU() cpuSample {
	var s cpuSample
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return s
	}
	s.self = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return s
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 8 || f[0] != "cpu" {
		return s
	}
	for i, v := range f[1:] {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil {
			return s
		}
		d := time.Duration(n) * clockTick
		s.total += d
		if i != 3 && i != 4 { // idle, iowait
			s.busy += d
		}
	}
	s.ok = true
	return s
}

// CPUShare is how a measured window used the machine.
type CPUShare struct {
	Busy float64 `json:"machine_busy"`   // fraction of all cores busy
	Self float64 `json:"sealpost_share"` // fraction of all cores used by this process (sealpost, load generator, sink)
	// PerEmail is this process's CPU time per email accepted.
	PerEmail time.Duration `json:"-"`
}

func cpuBetween(a, b cpuSample, emails int) (CPUShare, bool) {
	if !a.ok || !b.ok || b.total <= a.total {
		return CPUShare{}, false
	}
	total := float64(b.total - a.total)
	c := CPUShare{Busy: float64(b.busy-a.busy) / total, Self: float64(b.self-a.self) / total}
	if emails > 0 {
		c.PerEmail = (b.self - a.self) / time.Duration(emails)
	}
	return c, true
}
