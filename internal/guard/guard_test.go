package guard

import (
	"strings"
	"sync"
	"testing"
	"time"
)

func newTestGuard(t testing.TB) *Guard {
	t.Helper()
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// checkFlagged checks each text on g in standard mode: with want, it must
// have a finding; without, none.
func checkFlagged(t *testing.T, g *Guard, want bool, texts ...string) {
	t.Helper()
	for _, n := range texts {
		fs, err := g.CheckText(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != want {
			t.Errorf("%q: flagged %v, want %v (%+v)", n, got, want, fs)
		}
	}
}

func kinds(fs []Finding) map[Kind]bool {
	m := map[Kind]bool{}
	for _, f := range fs {
		m[f.Kind] = true
	}
	return m
}

func TestSeedExamplesPass(t *testing.T) {
	g := newTestGuard(t)
	for _, s := range []string{
		"Important information about your recent test",
		"Urgent message about your account",
		"Notification or reminder of an upcoming billing",
		"Payment processed successfully",
		"Account balance zero",
		"Your order total is $42.10; it is expected to ship on March 3",
	} {
		for _, m := range []Mode{Standard, Strict} {
			fs, err := g.CheckText(s, nil, m)
			if err != nil || len(fs) != 0 {
				t.Errorf("%q (%v): %v %+v", s, m, err, fs)
			}
		}
	}
}

func TestObfuscation(t *testing.T) {
	g := newTestGuard(t)
	cases := []struct {
		name, text string
		html       bool
		want       Kind
	}{
		{"zwnj", "m\u200ce\u200ct\u200cf\u200co\u200cr\u200cm\u200ci\u200cn", false, KindMedication},
		{"zwsp", "Your in\u200bsu\u200blin refill", false, KindMedication},
		{"word joiner", "di\u2060abetes", false, KindCondition},
		{"soft hyphen", "chla\u00admydia", false, KindCondition},
		{"bidi marks", "ox\u202ey\u202ccodone", false, KindMedication},
		{"cyrillic", "Your \u0445\u0430n\u0430x refill", false, KindMedication},
		{"greek", "\u0391dderall ready", false, KindMedication},
		{"fullwidth", "ＨＩＶ positive", false, KindCondition},
		{"math bold", "\U0001d426\U0001d41e\U0001d42d\U0001d41f\U0001d428\U0001d42b\U0001d426\U0001d422\U0001d427", false, KindMedication},
		{"diacritics", "Your mëtförmín refill", false, KindMedication},
		{"combining", "Your metfo\u0301rmin refill", false, KindMedication},
		{"spaced", "Your o x y c o d o n e refill", false, KindMedication},
		{"dotted", "Your O.X.Y.C.O.D.O.N.E refill", false, KindMedication},
		{"html comment", "<p>Your dia<!-- x -->betes kit</p>", true, KindCondition},
		{"html spans", "<p>Your <span>dia</span><b>betes</b> kit</p>", true, KindCondition},
		{"html entities", "<p>Your &#104;&#105;&#118; status</p>", true, KindCondition},
		{"html named entity split", "<p>Call 617&#45;555&#45;0142</p>", true, KindPhone},
		{"html zero-width entity", "<p>met&#8203;formin</p>", true, KindMedication},
		{"html attribute", `<img alt="Maria Lopez chart">`, true, KindName},
		{"html link", `<a href="https://evil.example/u?id=1">open</a>`, true, KindURL},
		{"script hides nothing visible", "<script>var x=1</script><p>Your lisinopril refill</p>", true, KindMedication},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: c.text, HTML: c.html}}}, nil, Standard)
			if err != nil {
				t.Fatal(err)
			}
			if !kinds(fs)[c.want] {
				t.Errorf("%q: want %s, got %+v", c.text, c.want, fs)
			}
			checkInvariants(t, c.text, fs, err)
		})
	}
}

func TestScriptsAndStylesDropped(t *testing.T) {
	g := newTestGuard(t)
	src := `<style>.dob{}</style><script>var ssn="123-45-6789"; // metformin</script><p>You have a new message.</p><!-- nothing here -->`
	fs, err := g.Check(Notice{Fields: []Field{{Name: "html", Text: src, HTML: true}}}, nil, Standard)
	if err != nil || len(fs) != 0 {
		t.Fatalf("%v %+v", err, fs)
	}
}

// TestHTMLHiddenText: text a reader does not see is still sent, so it is
// checked — CSS-hidden elements, zero-size fonts, comments (with markup
// inside, as in conditional comments), alt/title and data-* attributes,
// entities inside URLs — and each span points at the original HTML.
func TestHTMLHiddenText(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct{ src, want, span string }{
		{`<p>New message.</p><div style="display:none">Call (617) 555-0142</div>`, "phone", "(617) 555-0142"},
		{`<p>New message.<span style="font-size:0px;color:#fff">metformin refill</span></p>`, "medication", "metformin"},
		{`<p>New message.</p><!-- patient DOB 03/07/1984 -->`, "date", "03/07/1984"},
		{`<p>New message.</p><!--[if mso]><table><tr><td>Call (617) 555-0142</td></tr></table><![endif]-->`, "phone", "(617) 555-0142"},
		{`<img src="x.png" alt="Your HIV test results">`, "lab_test", ""},
		{`<div data-patient="Maria Lopez, MRN 00451234">New message</div>`, "mrn", ""},
		{`<a href="https://tracker.example/?u=1&amp;e=jane%40example.org">open</a>`, "url", ""},
		{`<p>Your dia<!-- x -->betes kit shipped.</p>`, "condition", ""},
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "html", Text: c.src, HTML: true}}}, nil, Standard)
		checkInvariants(t, c.src, fs, err)
		found := false
		for _, f := range fs {
			if string(f.Kind) == c.want {
				found = true
				if c.span != "" && !strings.Contains(c.src[f.Start:f.End], c.span) {
					t.Errorf("%s: span %q does not cover %q", c.src, c.src[f.Start:f.End], c.span)
				}
			}
		}
		if !found {
			t.Errorf("%s: want %s, got %+v", c.src, c.want, fs)
		}
	}
}

func TestHTMLSpansMapToOriginal(t *testing.T) {
	g := newTestGuard(t)
	src := `<p>Hello &amp; welcome. Call <b>(617) 555-0142</b> today.</p>`
	fs, err := g.Check(Notice{Fields: []Field{{Name: "html", Text: src, HTML: true}}}, nil, Standard)
	if err != nil || len(fs) != 1 {
		t.Fatalf("%v %+v", err, fs)
	}
	if got := src[fs[0].Start:fs[0].End]; got != "(617) 555-0142" {
		t.Errorf("span %q", got)
	}
}

func TestFindingsNeverContainText(t *testing.T) {
	g := newTestGuard(t)
	text := "Dear Maria Lopez, DOB 03/07/1984, SSN 123-45-6789, metformin, maria@gmail.com"
	fs, _ := g.CheckText(text, nil, Standard)
	if len(fs) < 5 {
		t.Fatalf("want several findings: %+v", fs)
	}
	for _, f := range fs {
		for _, w := range []string{"Maria", "Lopez", "1984", "6789", "metformin", "gmail"} {
			if strings.Contains(f.Reason, w) || strings.Contains(f.Rule, w) {
				t.Errorf("finding leaks %q: %+v", w, f)
			}
		}
	}
}

func TestContextMatching(t *testing.T) {
	g := newTestGuard(t)
	c := &Context{
		Identity: []string{"Will Grant", "1984-03-07", "555-123-4567", "MRN A99812", "Quarry Hollow Rd"},
		Sealed:   []string{"Your echocardiogram results", "The cardiology team noted mild regurgitation; continue your current plan."},
		Template: []string{"You have a new message about your account"},
	}
	leak := []string{
		"Hi Will Grant",
		"Call 5551234567 today",
		"Call (555) 123 4567",
		"Please confirm 3/7/84",
		"Please confirm March 7, 1984",
		"ref a99812",
		"Note: mild regurgitation",
		"cardiology update",
		"Happy birthday March 7!",
	}
	clean := []string{
		"You have a new message about your account",
		"Your results are ready",
		"Will you grant us a minute for a survey?",
		"Your order total is $42.10; it is expected to ship on March 7",
		"Your plan documents are available",
	}
	for _, s := range leak {
		fs, err := g.CheckText(s, c, Standard)
		if err != nil || !kinds(fs)[KindContext] {
			t.Errorf("leak %q: %v %+v", s, err, fs)
		}
	}
	for _, s := range clean {
		fs, err := g.CheckText(s, c, Standard)
		if err != nil || len(fs) != 0 {
			t.Errorf("clean %q: %v %+v", s, err, fs)
		}
	}
}

func TestTenantTermsAndAllowedURLs(t *testing.T) {
	g := newTestGuard(t)
	c := &Context{AllowURLs: []string{"https://portal.example/m/"}, Terms: []Term{{Text: "Project Bluebird", Kind: KindCondition}}}
	fs, _ := g.CheckText("Open https://portal.example/m/abc123 now", c, Standard)
	if len(fs) != 0 {
		t.Errorf("allowed link flagged: %+v", fs)
	}
	fs, _ = g.CheckText("Open https://portal.example.evil.com/m/abc", c, Standard)
	if !kinds(fs)[KindURL] {
		t.Errorf("look-alike link not flagged: %+v", fs)
	}
	fs, _ = g.CheckText("Welcome to project bluebird", c, Standard)
	if !kinds(fs)[KindCondition] {
		t.Errorf("tenant term not flagged: %+v", fs)
	}
	g2, err := New(Options{ExtraTerms: []Term{{Text: "zeta clinic", Kind: KindIdentifier}}})
	if err != nil {
		t.Fatal(err)
	}
	fs, _ = g2.CheckText("Visit the Zeta Clinic", nil, Standard)
	if len(fs) == 0 {
		t.Errorf("extra term not flagged")
	}
}

func TestStrictMode(t *testing.T) {
	g := newTestGuard(t)
	for _, s := range []string{"A new offer on prenatal vitamins", "Restock your diabetes supplies", "Save on hearing aids"} {
		fs, _ := g.CheckText(s, nil, Strict)
		if len(fs) == 0 {
			t.Errorf("strict missed %q", s)
		}
	}
	fs, _ := g.CheckText("A new offer on prenatal vitamins", nil, Standard)
	if len(fs) != 0 {
		t.Errorf("standard flagged association: %+v", fs)
	}
}

func TestOversize(t *testing.T) {
	g, _ := New(Options{MaxFieldBytes: 1000})
	text := strings.Repeat("a", 990) + " metformin " + strings.Repeat("b", 5000)
	fs, err := g.CheckText(text, nil, Standard)
	if err != nil || !kinds(fs)[KindOversize] {
		t.Fatalf("%v %+v", err, fs)
	}
}

func TestLongInputsBounded(t *testing.T) {
	g := newTestGuard(t)
	for _, s := range []string{
		strings.Repeat("1-", 40000),
		strings.Repeat("<b>", 30000),
		strings.Repeat("a ", 40000),
		strings.Repeat("\u200b", 30000),
		strings.Repeat("Maria ", 15000),
		strings.Repeat("@", 70000),
		strings.Repeat("1:", 40000),
		strings.Repeat("http://", 10000),
	} {
		for _, html := range []bool{false, true} {
			t0 := time.Now()
			fs, err := g.Check(Notice{Fields: []Field{{Name: "x", Text: s, HTML: html}}}, nil, Strict)
			if d := time.Since(t0); d > 2*time.Second {
				t.Errorf("%q...: took %v", s[:20], d)
			}
			checkInvariants(t, s, fs, err)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	g := newTestGuard(t)
	p := g.Prepare(&Context{Identity: []string{"Xiomara Quispe"}})
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 200; j++ {
				fs, err := g.CheckPrepared(Notice{Fields: []Field{{Name: "t", Text: "Hello Xiomara, call 617-555-0142"}}}, p, Standard)
				if err != nil || len(fs) < 2 {
					t.Errorf("%v %+v", err, fs)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestParseMode(t *testing.T) {
	for s, want := range map[string]Mode{"standard": Standard, "STRICT": Strict} {
		if m, err := ParseMode(s); err != nil || m != want {
			t.Errorf("%q: %v %v", s, m, err)
		}
	}
	if _, err := ParseMode("lenient"); err == nil {
		t.Error("want error")
	}
}

// TestAllowedLinkTokenIsNotContext: the random token of the tenant's own link
// may happen to contain a number from the sealed message; that is not a
// repeat. The same number in the text still is.
func TestAllowedLinkTokenIsNotContext(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	c := &Context{Sealed: []string{"Statement 48213 for visit zqxvwk is ready"}, AllowURLs: []string{"https://portal.example/m/"}}
	fs, err := g.CheckText("Sign in: https://portal.example/m/ab48213zqxvwkcd9", c, Standard)
	if err != nil || len(fs) != 0 {
		t.Fatalf("link token counted as context: %+v %v", fs, err)
	}
	fs, _ = g.CheckText("About zqxvwk: https://portal.example/m/abcd", c, Standard)
	if len(fs) == 0 {
		t.Fatal("a repeated word outside the link was not found")
	}
}

// TestNestedEncodings: quoted-printable (soft breaks, =HH), percent-encoding
// and HTML entities in plain text, nested up to three deep, are decoded for
// a second pass; spans point at the encoded original.
func TestNestedEncodings(t *testing.T) {
	g := newTestGuard(t)
	for _, c := range []struct{ text, want, span string }{
		{"Your metfor=\nmin refill is ready.", "medication", "metfor=\nmin"},
		{"Your =6D=65=74=66=6F=72=6D=69=6E refill is ready.", "medication", "=6D=65=74=66=6F=72=6D=69=6E"},
		{"Open https://portal.example/m/abc?n=Jane&amp;ssn=123%2D45%2D6789", "ssn", "6789"},
		{"Open https://portal.example/m/abc?x=%4Detformin%20refill", "medication", "%4Detformin"},
		{"Call %28617%29%20555%2D0142 today", "phone", "555%2D0142"},
		{"Your &#104;&#105;&#118; test results", "lab_test", ""},
		{"Your %2526%2372%253Biv test results", "lab_test", ""}, // %25 → %, %26 → &, &#72; → H: "Hiv"
	} {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		checkInvariants(t, c.text, fs, err)
		found := false
		for _, f := range fs {
			if string(f.Kind) == c.want && (c.span == "" || strings.Contains(c.text[f.Start:f.End], c.span)) {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: want %s covering %q, got %+v", c.text, c.want, c.span, fs)
		}
	}
	// ordinary text with '=' and '%' is not disturbed
	for _, clean := range []string{"Save 20% today: code SAVE20 = 20% off", "Your total = $42.10", "R&amp;D update: your order shipped"} {
		if fs, _ := g.CheckText(clean, nil, Standard); len(fs) > 0 {
			t.Errorf("%q flagged: %+v", clean, fs)
		}
	}
}
