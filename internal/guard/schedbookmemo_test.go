package guard

import (
	"strings"
	"testing"
)

// TestSchedBookMemoIsTheScan: schedDayBooking (schedbookmemo.go) answers
// as schedDayBookingScan, asked once or many times, reset for a new token
// list, and beside the arrival scans sharing arrMemo (helper slow2,
// 2026-12-06).
func TestSchedBookMemoIsTheScan(t *testing.T) {
	texts := []string{
		"Admission confirmed. Thanks. The hospital lobby opens Dec 14 at 6 AM.",
		"Cupo reservado. Gracias. El laboratorio reanudará el 4 de enero.",
		"The class will be held on March 3.",
		"Slot is held for you on March 3.",
		"Result pending. Our office closes March 3.",
		"Our office closes March 3. Check out our sale.",
		"Nothing here.",
		"",
	}
	s := &scanner{}
	for _, text := range texts {
		for _, arrivalFirst := range []bool{false, true} {
			s.t = normalize(text, nil, nil)
			s.toks = tokenize(&s.t, s.toks[:0])
			s.arrMemo = 0 // a new token list, as newTokenList clears it
			want := s.schedDayBookingScan()
			wantAO, wantSd := s.careArrival() || s.sdOddClock(0, len(s.toks)), s.sdArrivalScan()
			if arrivalFirst {
				s.arrivalOrOddClock()
				s.sdArrival()
			}
			for k := 0; k < 3; k++ {
				if got := s.schedDayBooking(); got != want {
					t.Errorf("%q ask %d: schedDayBooking %v, scan %v", text, k, got, want)
				}
				if got := s.arrivalOrOddClock(); got != wantAO {
					t.Errorf("%q ask %d: arrivalOrOddClock %v, scan %v", text, k, got, wantAO)
				}
				if got := s.sdArrival(); got != wantSd {
					t.Errorf("%q ask %d: sdArrival %v, scan %v", text, k, got, wantSd)
				}
			}
		}
	}
}

// TestSchedBookMemoLeaks: a booking word after many dated sentences still
// reads as one (the scan's answer), and findings of the long field are the
// same whichever the first ask was.
func TestSchedBookMemoLeaks(t *testing.T) {
	g := fuzzG(t)
	long := strings.Repeat("Dear Maria Lopez, DOB 03/07/1984, MRN: 00451234. ", 60) + "Admission confirmed."
	fs, err := g.Check(Notice{Fields: []Field{{Name: "f", Text: long}}}, nil, Standard)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) == 0 {
		t.Fatal("no findings in a field of names, dates of birth and record numbers")
	}
}
