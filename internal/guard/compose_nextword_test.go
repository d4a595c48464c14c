package guard

import "testing"

// TestComposeNextWordBits: scanCompose's bits for the word after a token
// (tpRecoverAdv, tpLivingPrep, tpHeadPrep of tpWords) are set exactly for
// the words of recoverAdverb, livingWithPrep and headBeforePrep (helper
// SPEED12: the bit tests replaced those string compares).
func TestComposeNextWordBits(t *testing.T) {
	cases := []struct {
		bit   uint32
		words []string
		fn    func(string) bool
	}{
		{tpRecoverAdv, recoverAdverbWords, recoverAdverb},
		{tpLivingPrep, livingWithPrepWords, livingWithPrep},
		{tpHeadPrep, headBeforePrepWords, headBeforePrep},
	}
	others := []string{"wells", "full", "quick", "nice", "slow", "stil", "within", "form", "co", "d", "fro", "forth",
		"dell", "par", "contrast", "the", "your", "and", "recovering", "living", "insurance", "de la", ""}
	for _, c := range cases {
		for _, w := range c.words {
			if !c.fn(w) {
				t.Errorf("%q is in the list but not the switch", w)
			}
			if tpWords.get(hstr(w))&c.bit == 0 {
				t.Errorf("%q has no bit %#x in tpWords", w, c.bit)
			}
		}
		for _, w := range append(others, cases[0].words...) {
			in := false
			for _, x := range c.words {
				in = in || x == w
			}
			if c.fn(w) != in || (tpWords.get(hstr(w))&c.bit != 0) != in {
				t.Errorf("%q: switch %v, bit %v, list %v", w, c.fn(w), tpWords.get(hstr(w))&c.bit != 0, in)
			}
		}
	}
}

// TestComposeCueHashes: tpWords has the tpComposeCue bit for exactly the
// hashes scanCompose compares h with behind it (helper SPEED12), and the
// compares in compose.go name no other hash after a cue test.
func TestComposeCueHashes(t *testing.T) {
	cue := map[uint64]bool{}
	for _, h := range composeCueHashes() {
		cue[h] = true
		if tpWords.get(h)&tpComposeCue == 0 {
			t.Errorf("hash %#x has no tpComposeCue bit", h)
		}
	}
	if len(cue) != 16 {
		t.Errorf("%d distinct cue hashes, want 16", len(cue))
	}
	for h, b := range tpWords.m {
		if b&tpComposeCue != 0 && !cue[h] {
			t.Errorf("hash %#x has the tpComposeCue bit but is no cue", h)
		}
	}
	for _, w := range []string{"your", "su", "tu", "the", "for", "para", "welcome", "bienvenido", "bienvenida", "bienvenidos", "bienvenidas",
		"recall", "recalled", "morning", "afternoon", "evening"} {
		if !cue[hstr(w)] {
			t.Errorf("%q is not among composeCueHashes", w)
		}
	}
}

// TestColloqProcBit: tpWords has the tpColloqProc bit for exactly the
// words of colloqProcWords, the only tokens scanCompose asks colloqProcAt
// about (helper SPEED13).
func TestColloqProcBit(t *testing.T) {
	for h := range setKeys(colloqProcWords) {
		if tpWords.get(h)&tpColloqProc == 0 {
			t.Errorf("hash %#x of colloqProcWords has no tpColloqProc bit", h)
		}
	}
	for h, b := range tpWords.m {
		if b&tpColloqProc != 0 && !colloqProcWords.get(h) {
			t.Errorf("hash %#x has the tpColloqProc bit but is not in colloqProcWords", h)
		}
	}
	if tpColloqProc == 0 || tpColloqProc > 1<<31 {
		t.Fatalf("tpColloqProc %#x is not a bit of a uint32", tpColloqProc)
	}
}

// TestNextWordBits: tpWords has tpPlacedHead exactly for clinPlacedHead's
// words and tpPatientNext exactly for "patient" and "patients" (helper
// SPEED14).
func TestNextWordBits(t *testing.T) {
	for h, b := range tpWords.m {
		if got, want := b&tpPlacedHead != 0, clinPlacedHead(h); got != want {
			t.Errorf("hash %#x: tpPlacedHead %v, clinPlacedHead %v", h, got, want)
		}
		if got, want := b&tpPatientNext != 0, h == hPatient || h == hPatientsRF; got != want {
			t.Errorf("hash %#x: tpPatientNext %v, want %v", h, got, want)
		}
	}
	for _, h := range []uint64{hPlacement, hRemoval, hInsertion, hPatient, hPatientsRF} {
		if tpWords.get(h)&(tpPlacedHead|tpPatientNext) == 0 {
			t.Errorf("hash %#x has no bit", h)
		}
	}
	if tpPatientNext == 0 || tpPatientNext > 1<<31 {
		t.Fatalf("tpPatientNext %#x is not a bit of a uint32", tpPatientNext)
	}
}
