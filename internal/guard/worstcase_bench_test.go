package guard

import (
	"strings"
	"testing"
)

// worstCaseShapes: a field of one token shape repeated to the length
// asked for (helper fuzzslow, 2026-12-06): the shapes a fuzz engine
// writes long runs of. BenchmarkCheckWorstCase times each at the field
// cap; its ns/byte beside that of a short field tells a path that grows
// faster than the text (bareDomain's chain walk was one: "dotted", 13 µs
// a byte at 64 KiB before domainchain.go, 0.08 after).
var worstCaseShapes = []struct {
	name string
	unit string
}{
	{"capwords", "Maria Lopez Garcia Smith "},
	{"capunknown", "Xorblat "},
	{"digits", "1234567890"},
	{"phones", "(617) 555-0142 "},
	{"punct", ".,;:!?-"},
	{"hyphens", "1-"},
	{"dotted", "H.I.V."},
	{"emails", "a.b@x.example "},
	{"urls", "https://x.example/a?b=c "},
	{"tags", "<b>x</b>"},
	{"entities", "&amp;&#104;"},
	{"json", `{"a":`},
	{"spanish", "señor María José cardiología "},
	{"sentences", "Hi. "},
	{"longword", "a"},
	{"zerowidth", "m\u200ce"},
	{"leet", "s3rtr4l1ne "},
	{"mixed", "Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234. "},
}

func worstCaseText(unit string, n int) string {
	return strings.Repeat(unit, n/len(unit)+1)[:n]
}

// BenchmarkCheckWorstCase: Check on one field of each shape at 64 KiB
// (the default MaxFieldBytes) and at 4 KiB; compare ns/byte across the
// two: a linear path keeps it.
func BenchmarkCheckWorstCase(b *testing.B) {
	g := fuzzG(b)
	for _, sh := range worstCaseShapes {
		for _, n := range []int{4 << 10, 64 << 10} {
			text := worstCaseText(sh.unit, n)
			name := sh.name + "/" + map[bool]string{true: "64KiB", false: "4KiB"}[n == 64<<10]
			b.Run(name, func(b *testing.B) {
				nt := Notice{Fields: []Field{{Name: "f", Text: text}}}
				b.SetBytes(int64(n))
				b.ReportAllocs()
				for i := 0; i < b.N; i++ {
					if _, err := g.Check(nt, nil, Standard); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/byte")
			})
		}
	}
}
