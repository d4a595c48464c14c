package guard

import "testing"

// TestMemberAlone: a lower-case word whose entry holds only multi-word
// clinical terms is judged by the frames like a word in no vocabulary;
// capitalised ones, and first words a list writes capitalised, keep their
// old treatment.
func TestMemberAlone(t *testing.T) {
	// "kraurosis" is a listed term and starts "kraurosis vulvae"; built
	// without the single-word entry, the word alone still has an entry
	g := guardHoldingExact(t, "kraurosis")
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your kraurosis follow-up visit is confirmed.", "frame.morphology"},
		{"Questions about kraurosis? Reply to this message.", "frame.morphology"},
	})
	full := newTestGuard(t)
	checkRuleCases(t, full, Standard, []tpCase{
		{"Your chinese takeout order is ready.", ""},
		{"Your Chinese takeout order is ready.", ""},
		{"Your draught beer order has shipped.", ""},
		{"Your ad blocker subscription renews soon.", ""},
		{"Your magnesium citrate order has shipped.", ""},
	})
	if !memberOnly(&wordInfo{phrases: []*phrase{{class: pClinical, toks: []uint64{1, 2}}}}) {
		t.Error("a multi-word clinical entry is member-only")
	}
	if memberOnly(&wordInfo{phrases: []*phrase{{class: pClinical, toks: []uint64{1}}}}) ||
		memberOnly(&wordInfo{flags: wFirst, phrases: []*phrase{{class: pClinical, toks: []uint64{1, 2}}}}) ||
		memberOnly(nil) {
		t.Error("a single-word term, a name or no entry is not member-only")
	}
}

// guardHoldingExact builds a guard without the list entries equal to one
// of terms.
func guardHoldingExact(t *testing.T, terms ...string) *Guard {
	t.Helper()
	hold := map[string]bool{}
	for _, w := range terms {
		hold[w] = true
	}
	g, err := New(Options{holdOut: func(file, term string) bool { return hold[term] }})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestMemberAloneComposed: the compose rules that take ordinary words with
// clinical endings, Spanish spellings and adjectives judge a member-only
// word too ("otitis" starts listed terms and is ordinary English).
func TestMemberAloneComposed(t *testing.T) {
	g := guardHoldingExact(t, "otitis", "otitis media")
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your otitis follow-up visit is confirmed.", "compose.affix"},
	})
}
