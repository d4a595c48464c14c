package guard

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// benchNotices returns n notices of about 300 bytes each (subject + text).
func benchNotices(n int) []Notice {
	r := rand.New(rand.NewPCG(1, 2))
	bodies := []string{
		"Your order total is $%d.%02d; it is expected to ship on March %d. You can follow the shipment and see your receipt in the portal at any time: https://portal.example/m/%x. Questions? Call us toll-free at 1-800-555-0100.",
		"Important information about your recent test. For your privacy we do not include details in email. Please sign in to your secure message center to read it: https://portal.example/m/%x. Reference: order #%d. Thank you for choosing us.",
		"Payment processed successfully. We received your payment of $%d.%02d on your account. Your statement balance is now $0.00. Sign in to download your receipt: https://portal.example/m/%x. This is an automated message; please do not reply.",
		"Reminder of an upcoming billing: your autopay of $%d.%02d is scheduled for the 15th. No action is needed. To change your payment method or view past statements, sign in at https://portal.example/m/%x. Thank you for being a valued member.",
		"Hi there, a new offer is waiting for you in the portal. Members save %d%% on selected household essentials this week, with free shipping on orders over $35. Sign in to unlock your offer: https://portal.example/m/%x. Unsubscribe anytime.",
		"Dear Maria Lopez, your metformin refill (Rx #7734512) is ready. DOB 03/07/1984. Call (617) 555-0142 with questions or visit 42 Elm Street, Springfield, IL 62704. Your A1C result of 7.4 was reviewed by Dr. Patel on 2/3/2024. https://portal.example/m/%x",
	}
	out := make([]Notice, n)
	for i := range out {
		b := bodies[i%len(bodies)]
		var text string
		switch strings.Count(b, "%") - strings.Count(b, "%%")*2 {
		case 1:
			text = fmt.Sprintf(b, r.Uint64())
		case 2:
			text = fmt.Sprintf(b, r.Uint64(), r.IntN(99999))
			if strings.HasPrefix(b, "Hi there") {
				text = fmt.Sprintf(b, r.IntN(40), r.Uint64())
			}
		default:
			text = fmt.Sprintf(b, r.IntN(500), r.IntN(100), r.IntN(28)+1, r.Uint64())
			if strings.Count(b, "%") == 3 {
				text = fmt.Sprintf(b, r.IntN(500), r.IntN(100), r.Uint64())
			}
		}
		if i := strings.Index(text, "%!"); i >= 0 {
			text = text[:i]
		}
		out[i] = Notice{Fields: []Field{{Name: "subject", Text: "You have a new message"}, {Name: "text", Text: text}}}
	}
	return out
}

// benchContext builds a recipient context of about 2,000 terms: identity
// values plus a long sealed body.
func benchContext() *Context {
	r := rand.New(rand.NewPCG(3, 4))
	words := strings.Fields("the patient results show that your levels were within range and the clinic recommends a follow up visit " +
		"regarding medication changes blood pressure readings cholesterol numbers dietary advice exercise plan cardiology referral " +
		"insurance coverage prior authorization pharmacy benefit deductible copay statement balance echocardiogram " +
		"regurgitation mild moderate severe biopsy pathology specimen collected reviewed signed nurse practitioner")
	var b strings.Builder
	for i := 0; i < 1900; i++ {
		b.WriteString(words[r.IntN(len(words))])
		if i%13 == 12 {
			b.WriteString(". ")
		} else {
			b.WriteByte(' ')
		}
	}
	return &Context{
		Identity: []string{"Xiomara Quispe-Wojciechowski", "1961-11-23", "MR4471230", "77 Quarry Hollow Rd, Apt 4", "Tulsa, OK 74103",
			"404-555-0199", "xq1961@example.org", "Member ID ZGP994412307", "SSN 536-22-8726"},
		Sealed:    []string{"Your echocardiogram results", b.String()},
		AllowURLs: []string{"https://portal.example/m/"},
		Template:  []string{"You have a new message"},
	}
}

func contextTerms(c *Context) int {
	n := 0
	for _, s := range c.Identity {
		n += len(strings.Fields(s))
	}
	for _, s := range c.Sealed {
		n += len(strings.Fields(s))
	}
	return n
}

func reportLatency(b *testing.B, d []time.Duration) {
	if len(d) == 0 {
		return
	}
	slices.Sort(d)
	p := func(q float64) float64 { return float64(d[int(q*float64(len(d)-1))].Nanoseconds()) / 1e3 }
	b.ReportMetric(p(0.50), "p50-µs")
	b.ReportMetric(p(0.99), "p99-µs")
	var sum time.Duration
	for _, x := range d {
		sum += x
	}
	b.ReportMetric(float64(len(d))/sum.Seconds(), "notices/s")
}

func benchGuard(b *testing.B) *Guard {
	g, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	return g
}

// BenchmarkCheckPrepared: the context is prepared once per recipient and
// message (as the delivery worker does), then every notice is checked.
func BenchmarkCheckPrepared(b *testing.B) { benchPrepared(b, benchGuard(b)) }

// BenchmarkCheckPreparedDict is BenchmarkCheckPrepared with the medical
// dictionary loaded (SEALPOST_GUARD_DICTIONARY; skipped without it).
func BenchmarkCheckPreparedDict(b *testing.B) {
	g, err := New(Options{MedicalDictionaries: testDictionaries(b, true)})
	if err != nil {
		b.Fatal(err)
	}
	benchPrepared(b, g)
	b.ReportMetric(float64(g.DictionaryTerms()), "dict-terms")
}

func benchPrepared(b *testing.B, g *Guard) {
	c := benchContext()
	runPrepared(b, g, benchNotices(600), c)
	b.ReportMetric(float64(contextTerms(c)), "ctx-terms")
}

// runPrepared checks the notices in turn against context c prepared once,
// timing each check (p50, p99 and notices/s: reportLatency).
func runPrepared(b *testing.B, g *Guard, ns []Notice, c *Context) {
	p := g.Prepare(c)
	d := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		if _, err := g.CheckPrepared(ns[i%len(ns)], p, Standard); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, d)
}

// BenchmarkCheckPreparedHTML is BenchmarkCheckPrepared with each notice's
// text sent as an HTML e-mail body with "&nbsp;" and "&amp;" entities (as
// most HTML e-mail has), so every field also has a decoded pass
// (decode.go) to run or skip.
func BenchmarkCheckPreparedHTML(b *testing.B) {
	g := benchGuard(b)
	ns := benchNotices(600)
	for i := range ns {
		t := strings.ReplaceAll(ns[i].Fields[1].Text, "&", "&amp;")
		t = strings.Replace(t, ". ", ".&nbsp; ", 1)
		ns[i].Fields[1] = Field{Name: "html", HTML: true,
			Text: "<html><body><p>" + t + "</p><p>Thank&nbsp;you &amp; have a nice day.</p></body></html>"}
	}
	runPrepared(b, g, ns, benchContext())
}

// BenchmarkLoadDict measures reading and indexing the medical dictionary
// alone (SEALPOST_GUARD_DICTIONARY; skipped without it) and reports its
// heap size.
func BenchmarkLoadDict(b *testing.B) {
	paths := testDictionaries(b, true)
	fr, err := sharedFrames()
	if err != nil {
		b.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep, err := loadMedDicts(paths, &fr.gen)
	if err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadMedDicts(paths, &fr.gen); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "dict-MiB")
	b.ReportMetric(float64(keep.size()), "dict-terms")
}

// BenchmarkCheckWithPrepare: Check with the raw context, preparation
// included in every call.
func BenchmarkCheckWithPrepare(b *testing.B) {
	g := benchGuard(b)
	ns := benchNotices(600)
	c := benchContext()
	d := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		if _, err := g.Check(ns[i%len(ns)], c, Standard); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, d)
}

// BenchmarkCheckNoContext: notices checked without any recipient context.
func BenchmarkCheckNoContext(b *testing.B) {
	g := benchGuard(b)
	ns := benchNotices(600)
	d := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		t0 := time.Now()
		if _, err := g.CheckPrepared(ns[i%len(ns)], nil, Strict); err != nil {
			b.Fatal(err)
		}
		d = append(d, time.Since(t0))
	}
	b.StopTimer()
	reportLatency(b, d)
}

// BenchmarkPrepare measures preparing a 2,000-term context.
func BenchmarkPrepare(b *testing.B) {
	g := benchGuard(b)
	c := benchContext()
	b.ReportAllocs()
	for b.Loop() {
		g.Prepare(c)
	}
}

// BenchmarkNew measures building a Guard and reports its heap size.
func BenchmarkNew(b *testing.B) {
	var before, after runtime.MemStats
	var keep *Guard
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep = benchGuard(b)
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	b.ReportAllocs()
	for b.Loop() {
		benchGuard(b)
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "guard-MiB")
	b.ReportMetric(float64(keep.v.terms), "vocab-terms")
}

func TestBenchNoticeSize(t *testing.T) {
	ns := benchNotices(12)
	for _, n := range ns {
		l := 0
		for _, f := range n.Fields {
			l += len(f.Text)
		}
		if l < 250 || l > 350 {
			t.Errorf("bench notice is %d bytes, want ~300: %q", l, n.Fields[1].Text)
		}
	}
}

// BenchmarkLoadFrames measures loading the general word lists and building
// the misspelling index (done once per process and shared by every Guard;
// BenchmarkNew does not include it) and reports their heap size.
func BenchmarkLoadFrames(b *testing.B) {
	load := func() *frameData {
		fr, err := loadFrames(nil)
		if err != nil {
			b.Fatal(err)
		}
		return fr
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	keep := load()
	runtime.GC()
	runtime.ReadMemStats(&after)
	runtime.KeepAlive(keep)
	b.ReportAllocs()
	for b.Loop() {
		load()
	}
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "frames-MiB")
	b.ReportMetric(float64(len(keep.gen.m)+len(keep.gen.forms)), "general-words")
	b.ReportMetric(float64(len(keep.gen.ext)), "extended-words")
	b.ReportMetric(float64(len(keep.fuzzy.keys)), "fuzzy-keys")
}

// BenchmarkStartup is the whole start-up of a Guard in a fresh process:
// loading and indexing the general word lists, the misspelling index and the
// built-in vocabularies (loadFrames + New).
func BenchmarkStartup(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := loadFrames(nil); err != nil {
			b.Fatal(err)
		}
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestFootprint reports, in a fresh test process, the resident memory
// (VmRSS) and live heap that one Guard with every vocabulary adds, and its
// first start-up time:
//
//	GUARD_FOOTPRINT=1 go test ./internal/guard -run TestFootprint -count=1 -v
func TestFootprint(t *testing.T) {
	if os.Getenv("GUARD_FOOTPRINT") == "" {
		t.Skip("set GUARD_FOOTPRINT=1 (fresh process)")
	}
	rss := func() float64 {
		data, err := os.ReadFile("/proc/self/status")
		if err != nil {
			t.Skip("no /proc")
		}
		for _, l := range strings.Split(string(data), "\n") {
			if strings.HasPrefix(l, "VmRSS:") {
				var kb float64
				fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(l, "VmRSS:")), "%f", &kb)
				return kb / 1024
			}
		}
		return 0
	}
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	r0 := rss()
	cpu := func() time.Duration {
		var ru syscall.Rusage
		if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
			return 0
		}
		return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	c0 := cpu()
	start := time.Now()
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	tookCPU := cpu() - c0
	runtime.GC()
	runtime.ReadMemStats(&m1)
	r1 := rss()
	runtime.KeepAlive(g)
	t.Logf("first New (start-up): %v wall, %v CPU; live heap +%.1f MiB; resident (VmRSS) %.1f → %.1f MiB (+%.1f MiB); binary-embedded data is mapped, not counted until touched",
		took.Round(time.Millisecond), tookCPU.Round(time.Millisecond), float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20), r0, r1, r1-r0)
	if took > 2*time.Second || r1-r0 > 128 {
		t.Errorf("start-up %v, resident +%.1f MiB", took, r1-r0)
	}
	// a second Guard with the medical dictionary (SEALPOST_GUARD_DICTIONARY):
	// what the dictionary adds to start-up and memory (the general lists
	// are shared and already loaded)
	paths := testDictionaries(t, false)
	if paths == nil {
		t.Log("no medical dictionary figures: SEALPOST_GUARD_DICTIONARY is not set")
		return
	}
	runtime.GC()
	runtime.ReadMemStats(&m0)
	r0 = rss()
	c0 = cpu()
	start = time.Now()
	gd, err := New(Options{MedicalDictionaries: paths})
	if err != nil {
		t.Fatal(err)
	}
	took = time.Since(start)
	tookCPU = cpu() - c0
	runtime.GC()
	runtime.ReadMemStats(&m1)
	r1 = rss()
	runtime.KeepAlive(gd)
	t.Logf("New with the medical dictionary (%d terms): %v wall, %v CPU; live heap +%.1f MiB; resident %.1f → %.1f MiB (+%.1f MiB)",
		gd.DictionaryTerms(), took.Round(time.Millisecond), tookCPU.Round(time.Millisecond), float64(m1.HeapAlloc-m0.HeapAlloc)/(1<<20), r0, r1, r1-r0)
	if took > time.Second || r1-r0 > 64 {
		t.Errorf("dictionary start-up %v, resident +%.1f MiB", took, r1-r0)
	}
}
