package guard

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

var (
	fuzzOnce  sync.Once
	fuzzGuard *Guard
)

func fuzzG(t testing.TB) *Guard {
	fuzzOnce.Do(func() {
		g, err := New(Options{})
		if err != nil {
			panic(err)
		}
		fuzzGuard = g
	})
	return fuzzGuard
}

func checkInvariants(t *testing.T, text string, fs []Finding, err error) {
	t.Helper()
	if err != nil {
		t.Fatalf("error: %v", err)
	}
	for _, f := range fs {
		if f.Start < 0 || f.End < f.Start || f.End > len(text) {
			t.Fatalf("bad span %d..%d for len %d (%s)", f.Start, f.End, len(text), f.Rule)
		}
		if f.Kind == "" || f.Rule == "" || f.Reason == "" {
			t.Fatalf("incomplete finding %+v", f)
		}
		if f.Confidence <= 0 || f.Confidence > 1 {
			t.Fatalf("bad confidence %+v", f)
		}
		// Reasons quote only fixed cue words ('refill', '-mab'), never the
		// text: outside quotes the reason must not contain the match, and
		// no quoted part may be the match itself.
		if m := text[f.Start:f.End]; len(m) >= 4 && utf8.ValidString(m) {
			parts := strings.Split(f.Reason, "'")
			for i, p := range parts {
				if i%2 == 0 && strings.Contains(p, m) || i%2 == 1 && strings.EqualFold(strings.TrimSpace(p), strings.TrimSpace(m)) {
					t.Fatalf("reason leaks matched text %q: %q", m, f.Reason)
				}
			}
		}
	}
}

var fuzzSeeds = []string{
	"",
	// issue 15, second pass: digits for letters, dotted acronyms, compound
	// streets, heads before a subject, health cues, medical roots
	"Your d1abetes kit and z0loft 50 refill; H.I.V. and S-T-D panels; 1l1l1l1 0000o",
	"Lieferung an Bahnhofstraße 14; Keizersgracht 9999; Str 1",
	"Your dia betes, di@betes, ins*lin, ins#, *lin, a*, metfor-min; x|y $ !",
	"Su tratamiento de la tartamudez; prior authorization for the; refill for",
	"Time to reorder plenqara? refill. Your pulmonologist, cardiología, gastronomía",
	"Your ac\u200bcount, Your Garmin Forerunner, Your Stanley cup, refills subscription",
	"Your order total is $42.10; it is expected to ship on March 3",
	"Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234, call (617) 555-0142",
	"m\u200ce\u200ct\u200cf\u200co\u200cr\u200cm\u200ci\u200cn",
	"<p>Your dia<!-- -->betes <script>x()</script>kit &amp; &#104;iv</p>",
	"\xff\xfe\x00 invalid \xc3\x28 utf8",
	"SSN 123-45-6789 lives at 42 Elm Street, Springfield, IL 62704",
	"2001:db8::1 192.168.0.1 00:1A:2B:3C:4D:5E https://x.example/a?b=c",
	"ＨＩＶ test \u0445\u0430n\u0430x o x y c o d o n e",
	"E11.9 CPT 99213 NDC 0002-3227-30 LOINC 2345-7",
	strings.Repeat("1-", 200) + strings.Repeat("A ", 200),
	"<<<>>>&&&;;;<!--<script><style>",
	"Your =4D=65=74=66=6F=72=6D=69=6E refill; metfor=\nmin; https://t.example/?n=Jane%20Doe&amp;dob=1984-03-07",
	"%26amp%3B%2523x41%3B =3D=3D =\r\n &#x4D;RN&#58; 00451234 &bogus; %zz =G1",
	strings.Repeat("=41", 300) + strings.Repeat("%", 50) + strings.Repeat("&amp;", 50),
	// devices by brand and part, greeting names, care roles (devicebrand.go,
	// greetname.go, carerole.go)
	"Guardian 4 sensors; Hollister New Image flanges and paste; Omnipad 5 pods; Humera pen; hey jean-luc, " +
		"Kia ora Aroha Te Rangi Te, your transplant nurse social worker; sound processor magnet and coil Inspire",
	// red team of the night's suppressions (redteam3_test.go): order codes,
	// order keys, prep, quoted names, opened records
	`'X' by A B; {"order_id":"MRN0","tracking_id":"PT-","transaction.id":"TX-88213-A","order_id":"19610314"} ` +
		"Order #HCG-1; Booking reference MRI-77310: fasting; summer prep refill; Tickets for 'Aroha Ngata'; We've opened a new slot",
	// a chain of dotted labels: bareDomain's walk, once quadratic
	// (domainchain.go, helper fuzzslow); short, as the engine minimises
	// every new input of a seed's line candidate by candidate (a 5 KiB
	// seed held one minimisation past 60 s; BenchmarkCheckWorstCase
	// times the 64 KiB chain)
	strings.Repeat("H.I.V.", 30) + "example.com/" + strings.Repeat("a-b.", 15),
}

func FuzzCheck(f *testing.F) {
	for i, s := range fuzzSeeds {
		f.Add(s, i%2 == 0, i%3 == 0)
	}
	f.Fuzz(func(t *testing.T, text string, html, strict bool) {
		g := fuzzG(t)
		m := Standard
		if strict {
			m = Strict
		}
		fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: text, HTML: html}}}, nil, m)
		checkInvariants(t, text, fs, err)
	})
}

func FuzzCheckContext(f *testing.F) {
	f.Add("Hello Xiomara, call 404-555-0199", "Xiomara Quispe|1961-11-23|404 555 0199", "your echo results|mild regurgitation")
	f.Add("Your order ships March 3", "Will Grant|3/3/1990", "order shipped")
	f.Add("\x00\xff", "\xff", "")
	f.Fuzz(func(t *testing.T, text, identity, sealed string) {
		g := fuzzG(t)
		c := &Context{Identity: strings.Split(identity, "|"), Sealed: strings.Split(sealed, "|"),
			AllowURLs: []string{"https://portal.example/m/"}, Template: []string{"You have a new message"},
			Terms: []Term{{Text: "acme secret", Kind: KindIdentifier}}}
		fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: text}}}, c, Standard)
		checkInvariants(t, text, fs, err)
	})
}

func FuzzHTML(f *testing.F) {
	f.Add("<p>Dear <b>Maria</b> Lopez</p>")
	f.Add("<a href='http://evil.example/?ssn=123-45-6789'>x</a>")
	f.Add("&#x200b;&#8203;&zwnj;&nbsp;&amp")
	f.Add("<script>var a='</script><p>hi</p>")
	f.Fuzz(func(t *testing.T, src string) {
		txt, st, en := stripHTML(src)
		if len(st) != len(txt) || len(en) != len(txt) {
			t.Fatalf("map length mismatch")
		}
		for i := range st {
			if st[i] < 0 || en[i] < st[i] || int(en[i]) > len(src) {
				t.Fatalf("bad map %d: %d..%d (len %d)", i, st[i], en[i], len(src))
			}
		}
		fs, err := fuzzG(t).Check(Notice{Fields: []Field{{Name: "html", Text: src, HTML: true}}}, nil, Standard)
		checkInvariants(t, src, fs, err)
	})
}

func FuzzDecodeNested(f *testing.F) {
	f.Add("=4D=65=74 metfor=\nmin %4A%61 &amp;&#x41;&#66; %2526amp%253B")
	f.Add("=\r\n=\r=\n%%%&&&;")
	f.Fuzz(func(t *testing.T, src string) {
		dec, st, en, ok := decodeNested(src)
		if !ok {
			return
		}
		if len(st) != len(dec) || len(en) != len(dec) {
			t.Fatalf("map length %d/%d for %d bytes", len(st), len(en), len(dec))
		}
		for i := range st {
			if st[i] < 0 || en[i] <= st[i] || int(en[i]) > len(src) || i > 0 && st[i] < st[i-1] {
				t.Fatalf("bad map %d: %d..%d (len %d)", i, st[i], en[i], len(src))
			}
		}
	})
}

var (
	fuzzDictOnce  sync.Once
	fuzzDictGuard *Guard
)

// fuzzDictG is a Guard with a small medical dictionary of made-up words
// (a hunspell .dic with flags, written once to a temporary file), so
// FuzzCheckDict reaches dictionary.term and its neighbours.
func fuzzDictG(t testing.TB) *Guard {
	fuzzDictOnce.Do(func() {
		dir, err := os.MkdirTemp("", "guard-fuzz-dict")
		if err != nil {
			panic(err)
		}
		p := filepath.Join(dir, "fuzz.dic")
		dic := "8\nzorblatine/S\nKlorbex\nquenzadol/SM\nMorwenstat\nhydrochloride\ncitrate\ninhibitor/S\nmetforminitis\n"
		if err := os.WriteFile(p, []byte(dic), 0o644); err != nil {
			panic(err)
		}
		g, err := New(Options{MedicalDictionaries: []string{p}})
		os.RemoveAll(dir) // read at New; not needed afterwards
		if err != nil {
			panic(err)
		}
		fuzzDictGuard = g
	})
	return fuzzDictGuard
}

// FuzzCheckDict is FuzzCheck with a medical dictionary loaded.
func FuzzCheckDict(f *testing.F) {
	f.Add("We shipped your Klorbex today.", false, false)
	f.Add("Your zorblatines hydrochloride pickup reminder", false, true)
	f.Add("<p>Questions about <b>quenzadol</b>?</p>", true, false)
	f.Add("Su receta de Morwenstat. Your magnesium citrate; rust inhibitor", false, false)
	f.Add("Zorblatinas: su pedido. Hablamos de zorblatina, edematosos y metforminitis mañana", false, false) // dictionary.cognate
	f.Add("Zorblatyne: your order. Quenzadoll, metforminitys and zorblatinna today", false, false)           // dictionary.misspelling
	f.Fuzz(func(t *testing.T, text string, html, strict bool) {
		m := Standard
		if strict {
			m = Strict
		}
		fs, err := fuzzDictG(t).Check(Notice{Fields: []Field{{Name: "f", Text: text, HTML: html}}}, nil, m)
		checkInvariants(t, text, fs, err)
	})
}
