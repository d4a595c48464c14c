package guard

// Tests of compose.learned (learned.go: clinical heads and modifiers
// learned from the loaded multi-word terms) and compose.abbrev (abbrev.go:
// lower-case capitals-only abbreviations in a personal or health frame),
// with clean notices whose word pairs also start or end listed terms, in
// English and Spanish, standard and strict mode.

import (
	"maps"
	"strings"
	"testing"
)

var learnedCases = []tpCase{
	// a learned head after a modifier, a learned modifier before a head
	// (the guard under test is built without these terms)
	{"We updated your chronic pain history.", "compose.learned"},
	{"Your nerve conduction study was rescheduled.", "compose.learned"},
	{"Please schedule your monofocal lens implant.", "compose.learned"},
	{"Your congenital defect review is due.", "compose.learned"},
	// a short word only when it is no ordinary word
	{"Please schedule your annual icd implant.", "compose.learned"},
	{"Your tv mount has shipped.", ""},
	{"Your dog bed has shipped.", ""},
	// Spanish order, the adjective after the noun
	{"Su degeneración macular fue revisada.", "compose.learned"},
	// lower-case abbreviations of the lists in a frame
	{"Questions about copd? Reply here.", "compose.abbrev"},
	{"Tips about ptsd for veterans.", "compose.abbrev"},
	// Title Case before a head, and before "action/care plan" (helper REC34)
	{"Copd action plan updated. Call if your sats drop below 88%.", "compose.abbrev"},
	{"copd action plan updated.", "compose.abbrev"},
	{"Copy action plan updated for the marketing team.", ""},
	{"Aids action plan for the hearing shop.", ""},
	// clean: everyday pairs whose words start or end listed terms
	{"Blood orange soda is back in stock.", ""},
	{"Your salad dressing order is on its way.", ""},
	{"Snow removal is scheduled for Tuesday.", ""},
	{"Your sleeping bag is ready for pickup.", ""},
	{"Your heart necklace has shipped.", ""},
	{"Your meter reading was submitted.", ""},
	{"Join our bible study on Thursday.", ""},
	{"Your motion sensor lights have shipped.", ""},
	{"Your rust inhibitor spray has shipped.", ""},
	{"Your magnesium citrate order has shipped.", ""},
	{"Your protein powder subscription renews soon.", ""},
	{"Your escrow analysis is ready.", ""},
	{"Your band replacement has shipped.", ""},
	{"Follow us on social media for tips and offers.", ""},
	{"Your pet food autoship is scheduled.", ""},
	{"Su pedido de bolsas de regalo fue enviado.", ""},
	{"Tenemos noticias sobre su pedido.", ""},
	// lower case, but an ordinary word, or in no frame
	{"All items ship free this week.", ""},
	{"Your all access pass is ready.", ""},
}

// learnedUnlisted: the clinical terms of learnedCases, which the lists
// hold; the guard under test is built without them, as if never listed.
var learnedUnlisted = map[string]bool{"needle biopsy": true, "seborrheic eczema": true, "chronic pain": true,
	"nerve conduction study": true, "monofocal lens implant": true, "lens implant": true, "chronic cough": true,
	"atopic eczema": true, "degeneracion macular": true, "degeneración macular": true, "atopic dermatitis": true, "icd implant": true}

func guardWithoutLearnedTerms(t *testing.T) *Guard {
	return guardWithout(t, func(file, term string) bool { return learnedUnlisted[strings.ToLower(term)] })
}

func TestLearnedPairs(t *testing.T) {
	g := guardWithoutLearnedTerms(t)
	checkRuleCases(t, g, Standard, learnedCases)
	checkRuleCases(t, g, Strict, learnedCases)
}

// TestLearnedAssociation: strict mode's association wording ("prenatal
// vitamins") is not made a standard-mode finding by a learned modifier.
func TestLearnedAssociation(t *testing.T) {
	g := newTestGuard(t)
	for _, text := range []string{"Stock up on prenatal vitamins this week."} {
		fs, err := g.CheckText(text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == "compose.learned" {
				t.Errorf("%q: %+v", text, f)
			}
		}
	}
}

// TestLearnedReason: the reason names the learned word and its place, not
// the other word of the pair (notice text).
func TestLearnedReason(t *testing.T) {
	g := guardWithoutLearnedTerms(t)
	for _, c := range []struct{ text, want, not string }{
		{"Please schedule your monofocal lens implant.", "'implant' ends several listed clinical terms", "lens"},
		{"Your genetic counseling notes were updated.", "'genetic' starts several listed clinical terms", "counseling"},
		{"Questions about copd? Reply here.", "clinical abbreviation", "copd"},
	} {
		fs, err := g.CheckText(c.text, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		ok := false
		for _, f := range fs {
			if strings.Contains(f.Reason, c.want) {
				ok = true
				if strings.Contains(f.Reason, c.not) {
					t.Errorf("%q: reason quotes the notice: %q", c.text, f.Reason)
				}
			}
		}
		if !ok {
			t.Errorf("%q: no reason with %q in %v", c.text, c.want, fs)
		}
	}
}

// TestLearnedFromLoadedLists: the learned set is computed at New from the
// lists as loaded, so a guard built without part of them learns only from
// the rest, and the stop lists hold.
func TestLearnedFromLoadedLists(t *testing.T) {
	full := newTestGuard(t)
	for w, bit := range map[string]uint8{"degeneration": lHead, "biopsy": lHead, "eczema": lHead, "chronic": lMod, "genetic": lMod, "macular": lMod} {
		if full.v.learned.get(hstr(w))&bit == 0 {
			t.Errorf("%s: not learned in its place (%s)", w, learnPlaces(full.v.learned.get(hstr(w))))
		}
	}
	for _, w := range []string{"total", "free", "kit", "order"} {
		if full.v.learned.get(hstr(w)) != 0 {
			t.Errorf("%s: learned although a stop word", w)
		}
	}
	for w, bit := range map[string]uint8{"dressing": lHead, "removal": lHead, "heart": lMod, "shipping": lMod} {
		if full.v.learned.get(hstr(w))&bit != 0 {
			t.Errorf("%s: learned in a place its stop list forbids", w)
		}
	}
	none := guardWithout(t, func(file, term string) bool { _, ok := learnFiles[file]; return ok })
	if len(none.v.learned.m) != 0 {
		t.Errorf("a guard without the clinical lists learned %d words", len(none.v.learned.m))
	}
	fs, err := none.CheckText("Please schedule your monofocal lens implant.", nil, Standard)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "compose.learned" {
			t.Errorf("learned without the lists: %+v", f)
		}
	}
	dev := devGuard(t)
	if n, m := len(dev.v.learned.m), len(full.v.learned.m); n == 0 || n >= m {
		t.Errorf("development guard learned %d words, shipped guard %d: want fewer, not none", n, m)
	}
}

// TestLearnedApproved: a tenant-approved word or the category's own wording
// is not taken in a pair.
func TestLearnedApproved(t *testing.T) {
	g := guardWithoutLearnedTerms(t)
	text := "Please schedule your monofocal lens implant."
	fs, err := g.CheckText(text, &Context{Template: []string{"lens"}}, Standard)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		if f.Rule == "compose.learned" {
			t.Errorf("template word taken: %+v", f)
		}
	}
}

// TestFrameAdjective: ordinary adjectives of listed conditions ("obese",
// "pregnant", "embarazada") in the frames of frame.ordinary (adjective.go).
func TestFrameAdjective(t *testing.T) {
	cases := []tpCase{
		{"Your obese education class starts soon.", "frame.ordinary"},
		{"Tips for your pregnant partner: sign in to read more.", "frame.ordinary"},
		{"Información sobre embarazada en su portal.", "frame.ordinary"},
		{"Your elegant dress has shipped.", ""},
		{"Su pedido enviado llegará el lunes.", ""},
		{"Su entrada para el concierto está lista.", ""},
		{"Your important message is waiting.", ""},
	}
	// the lists hold the adjectives themselves; the guard under test is
	// built without them, keeping their nouns
	adj := map[string]bool{"obese": true, "pregnant": true, "embarazada": true}
	g := guardWithout(t, func(file, term string) bool { return adj[strings.ToLower(term)] })
	checkRuleCases(t, g, Standard, cases)
}

// TestLearnedDeterministic: the learned set does not depend on the order in
// which Go ranges over the counts. A plural ("injections") that is a counted
// word of its own and also the plural of a counted head ("injection") got its
// own bits assigned over the plural's when the map ranged over it second, so
// dev56-leak-163's compose.learned finding came and went from run to run
// (found by helper SPEED13B's byte-identical dumps, thirteenth pass).
func TestLearnedDeterministic(t *testing.T) {
	g := newTestGuard(t)
	var first map[uint64]uint8
	for run := 0; run < 30; run++ {
		var c learnCollector
		for _, term := range []string{"insulin injection", "steroid injection", "allergy injection", "hormone injection",
			"cortisone injection", "injections schedule", "injections clinic", "weekly injections"} {
			c.add(term, false)
		}
		l := c.build(g.v)
		if first == nil {
			first = l.m
			continue
		}
		if !maps.Equal(first, l.m) {
			t.Fatalf("run %d: the learned set differs from the first run's", run)
		}
	}
	if first[hstr("injections")]&lHead1 == 0 {
		t.Errorf("'injections' lost the bits of the plural of 'injection': %08b", first[hstr("injections")])
	}
}
