package bench

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
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

// HostSpeed is how fast the host ran fixed single-core workloads just
// before a run. Shared and virtual machines change speed from one minute to
// the next (this development machine by up to a fifth); printing these
// beside a run's figures tells a run on a slow host from a slow change.
type HostSpeed struct {
	SHA256MBps float64 `json:"sha256_mb_per_s"` // SHA-256 over 256 MiB
	RSASignUs  float64 `json:"rsa2048_sign_us"` // crypto/rsa PKCS#1 v1.5, mean of 100
}

func hostSpeed() HostSpeed {
	var hs HostSpeed
	buf := make([]byte, 1<<20)
	h := sha256.New()
	start := time.Now()
	for range 256 {
		h.Write(buf)
	}
	_ = h.Sum(nil)
	hs.SHA256MBps = 256 * float64(1<<20) / 1e6 / time.Since(start).Seconds()
	key, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return hs
	}
	digest := sha256.Sum256(buf[:64])
	start = time.Now()
	for range 100 {
		if _, err := rsa.SignPKCS1v15(nil, key, crypto.SHA256, digest[:]); err != nil {
			return hs
		}
	}
	hs.RSASignUs = float64(time.Since(start).Microseconds()) / 100
	return hs
}
