package guard

import "testing"

// Tests of the possessive cue's everyday senses (producthead.go): an
// ambiguous clinical word after your/su passes beside a word of its own
// goods, sport, household or money sense, and stays reported beside any
// other word, with a second health cue, or in a sentence with a health
// word.
func TestProductHead(t *testing.T) {
	g := newTestGuard(t)
	// its everyday sense: passes
	checkFlagged(t, g, false,
		"Your cane sugar order has shipped.",
		"Your mono speaker is back in stock.",
		"Your withdrawal of $200 was processed.",
		"Your rash guard swim shirt ships Monday.",
		"Your roof shingles delivery is scheduled for Thursday.",
		"Your candy cane ornaments are on the way.",
		"Your ATM withdrawal receipt is ready.",
		"Your 401(k) withdrawal request was received.",
		"Your withdrawal from the tournament was recorded.",
		"Your baby walker order has shipped.",
		"Your swim stroke lesson is confirmed.",
		"Your echo chamber podcast episode is live.",
		"Your bee hives inspection is booked.",
		"Your Depression glass auction ends tonight.",
		"Your Burns Night supper tickets are attached.",
		"Your overweight baggage allowance was added.",
		"Your tree surgery quote is attached.",
		"Your camp counselor will meet the kids at 8.",
		"Your tile spacer pack was added to your order.",
		"Your anti-fatigue kitchen mat order has shipped.",
		"Your tree surgeon will arrive at 8.",
		"Your glucose syrup order has shipped.",
		"Su bastón de trekking ya fue enviado.",
		"Su andador para bebé llegará el viernes.",
		"Sus aretes de gota ya están listos.",
		"Su válvula de reflujo llega mañana.",
	)
	// health information: still reported
	checkFlagged(t, g, true,
		// the head or modifier is no word of the word's everyday sense
		"Your walker delivery is scheduled for Tuesday.",
		"Your walker basket has shipped.",
		"Your cane tips were replaced.",
		"Your white cane training starts Monday.",
		"Your quad cane order has shipped.",
		"Your mono follow-up is on Thursday.",
		"Your rash photo was received.",
		"Your itchy rash photo was received.",
		"Your depression workbook has shipped.",
		"Your mini stroke was noted.",
		"Your shingles order has shipped.",
		"Your walker Rollator order has shipped.",
		// no everyday sense at all
		"Your anxiety group meets Thursday.",
		"Your therapy copay of $40 was charged to your card.",
		"Your rehab bill of $1,200 is ready.",
		"Your lice shampoo order has shipped.",
		"Your fatigue diary is due.",
		"Your glucose meter has shipped.",
		"Your surgeon will call you.",
		// money, but the word is a symptom or a programme
		"Your withdrawal symptoms should ease.",
		"Your alcohol withdrawal program starts Monday.",
		"Your withdrawal from methadone is going well.",
		// another health cue in the window, or a health word in the sentence
		"Your mono test results are ready.",
		"Your mono speaker order is ready at the pharmacy.",
		"Your stroke rate was checked at your visit.",
		"Su andador para bebé fue aprobado con su receta.",
	)
	// strict mode: the association words (walker, cane, brace) follow the
	// same rule
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Your candy cane ornaments are 40% off.", false},
		{"Your cane is 40% off this weekend.", true},
	} {
		fs, err := g.CheckText(tc.text, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != tc.want {
			t.Errorf("strict %q: flagged %v, want %v (%+v)", tc.text, got, tc.want, fs)
		}
	}
}

// TestProductHeadSenses: every word of phSenses is an ambiguous one-word
// entry of the lists, or the plural of one (a word that is not needs no
// everyday sense), so the table does not drift from the vocabularies.
func TestProductHeadSenses(t *testing.T) {
	g := newTestGuard(t)
	if len(phSenseWords) < 20 {
		t.Fatalf("phSenses has %d words", len(phSenseWords))
	}
	for _, word := range phSenseWords {
		ok := false
		for _, h := range []uint64{hstr(word), singularHash(word)} {
			if w := g.v.get(h); w != nil {
				for _, p := range w.phrases {
					if len(p.toks) == 1 && p.flags&fAmbig != 0 {
						ok = true
					}
				}
			}
		}
		if !ok {
			t.Errorf("phSenses: %q is no ambiguous one-word entry of the lists", word)
		}
	}
}

// TestDraughtOrdinary: "draught" (British "draft": a beer, a current of
// air; a dose of medicine only in old British usage) is left out of the
// WordNet list (wordnetBritishOrdinary) and of the medical dictionary
// (britishOrdinary), so beer and draught-excluder notices pass.
func TestDraughtOrdinary(t *testing.T) {
	fr, err := sharedFrames()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"draught", "draughts", "draughtsman"} {
		if !britishOrdinary(w, &fr.gen) {
			t.Errorf("britishOrdinary(%q) = false", w)
		}
	}
	texts := []string{"Your draught beer order has shipped.", "Draught cider is back on tap this weekend.", "Your draught excluder has shipped."}
	checkFlagged(t, newTestGuard(t), false, texts...)
	if dicts := testDictionaries(t, false); dicts != nil {
		gD, err := New(Options{MedicalDictionaries: dicts})
		if err != nil {
			t.Fatal(err)
		}
		checkFlagged(t, gD, false, texts...)
	}
}
