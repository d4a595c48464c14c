package guard

import "testing"

// TestKinHoliday: "Mother's Day" is no care word before a listed brand;
// other care words still keep the brand from being marked
// (kinholiday.go).
func TestKinHoliday(t *testing.T) {
	g := newTestGuard(t)
	checkHTML := func(want bool, texts ...string) {
		t.Helper()
		for _, x := range texts {
			fs, err := g.Check(Notice{Fields: []Field{{Name: "html", Text: x, HTML: true}}}, nil, Standard)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(fs) > 0; got != want {
				t.Errorf("%q: flagged %v, want %v (%+v)", x, got, want, fs)
			}
		}
	}
	checkHTML(false,
		"<p>Mother's Day gifts at Meridian 💐 <b>Russell Stover</b> boxes, Hallmark cards and custom photo mugs, all under $20.</p>",
		"<p>Father's Day gifts 🎁 <b>Russell Stover</b> boxes and Hallmark cards, all under $20.</p>",
	)
	checkHTML(true,
		"<p>Mother's Day 💐 <b>Russell Stover</b>, your refill is ready.</p>",
		"<p>Your mother Russell Stover's prescription is ready.</p>",
	)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Mother's Day gifts", true}, {"Mothers Day sale", true}, {"Día de la Madre", true}, {"Día del Padre", true},
		{"your mother called", false}, {"Mother's refill", false}, {"la madre de Ana", false},
	} {
		s := &scanner{g: g, t: normalize(c.text, nil, nil)}
		s.toks = tokenize(&s.t, nil)
		got := false
		for k := range s.toks {
			if kinHolidayKin.get(s.toks[k].h) && s.kinHoliday(k) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: kinHoliday %v, want %v", c.text, got, c.want)
		}
	}
}
