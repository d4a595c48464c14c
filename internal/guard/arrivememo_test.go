package guard

import (
	"strings"
	"testing"
)

// Tests of arrivememo.go (helper fuzzslow): the kept answers are the
// scans', asked once or many times, and reset for a new token list; dates
// of a reader's visit stay reported in a field of many dated sentences.
func TestArrivalMemoIsTheScan(t *testing.T) {
	texts := []string{
		"March 3 at 10:40 AM - our clinic closes at noon that day, so arrive early.",
		"Our office closes March 3. Check out our sale.",
		"Your order may arrive after the holiday. Bring your pet's license.",
		"Open 9:00 to 5:30 on March 3. Please arrive 15 minutes early; venga en ayunas.",
		"Nothing here.",
		"",
	}
	s := &scanner{}
	for _, text := range texts {
		s.t = normalize(text, nil, nil)
		s.toks = tokenize(&s.t, s.toks[:0])
		s.arrMemo = 0 // a new token list, as detect, careView and addContext clear it
		wantAO := s.careArrival() || s.sdOddClock(0, len(s.toks))
		wantSd := s.sdArrivalScan()
		for k := 0; k < 3; k++ {
			if got := s.arrivalOrOddClock(); got != wantAO {
				t.Errorf("%q ask %d: arrivalOrOddClock %v, scan %v", text, k, got, wantAO)
			}
			if got := s.sdArrival(); got != wantSd {
				t.Errorf("%q ask %d: sdArrival %v, scan %v", text, k, got, wantSd)
			}
		}
	}
}

// TestArrivalMemoLeaks: a reader's visit date stays reported, alone and
// after many other dated sentences in the same field.
func TestArrivalMemoLeaks(t *testing.T) {
	g := fuzzG(t)
	filler := strings.Repeat("Our store hours change on May 5. ", 60)
	for _, text := range []string{
		"Your appointment is March 3 at 10:40 AM, please arrive early.",
		filler + "Your appointment is March 3 at 10:40 AM, please arrive early.",
		"Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234.",
		filler + "Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234.",
		"Your colonoscopy is on June 12 at 7:15 AM; do not eat after midnight.",
		filler + "Your colonoscopy is on June 12 at 7:15 AM; do not eat after midnight.",
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			if f.Kind == KindDate && f.Start >= len(text)-80 {
				got = true
			}
		}
		if !got {
			t.Errorf("%q: no date finding in the last sentence (%v)", text[max(0, len(text)-80):], fs)
		}
	}
}
