package guard

// Eponyms (issue 15, fifth pass: dev16).
//
// compose.eponym: a capitalised word in the possessive before a head that
// eponymous conditions take and everyday phrases do not ("Raynaud's
// phenomenon", "Bell's palsy", "Dupuytren's contracture", "Morton's
// neuroma", "Baker's cyst", "Heberden's nodes"). The heads that
// compose.condition already takes after any modifier (disease, syndrome,
// disorder…) stay with it; "sign", "test", "law", "nodes", "spots" and
// "reflex" are left out ("Macy's sign", "Murphy's law", "Cloudflare's
// nodes", "Trader Joe's spots"), and after a bare apostrophe (a plural
// owner: "the Beatles' phenomenon") "phenomenon" and "fracture" are too.
//
// compose.device_eponym: a word that starts a listed multi-word device or
// procedure term (labs_procedures.txt, supplies.txt, as loaded: "holter"
// of "holter monitor") and is no ordinary English or Spanish word (not
// even in the larger English lists: "Edinburgh", "alginate"), no listed
// given or family name and no place, before a word of a clinical
// service ("Holter hookup", "Holter patch results"): the device named by
// its eponym with another head.

var eponymHeads = wordSetTab("phenomenon phenomena palsy contracture contractures neuroma neuromas cyst cysts " +
	"nodule nodules esophagus oesophagus sarcoma lymphoma tumor tumour tumors ulcer ulcers paralysis chorea " +
	"dystrophy anemia anaemia thyroiditis encephalopathy ataxia dementia fracture " +
	"neuralgia keratitis arteritis myopathy neuropathy")

// eponymPlainHeads: heads that also follow an ordinary possessive
// ("the Beatles' phenomenon", "Trader Joe's spots" are left out
// altogether): after a bare apostrophe ("Graves' ophthalmopathy") only
// the others count.
var eponymPlainHeads = wordSetTab("phenomenon phenomena fracture")

// eponymCondition: token i is a capitalised word, then "'s" (or a bare
// apostrophe after -s), then an eponym head; it returns the head's index.
func (s *scanner) eponymCondition(i int) (int, bool) {
	n := len(s.toks)
	t := &s.toks[i]
	if s.used[i] || t.cls&tAlpha == 0 || t.cls&tCap == 0 || len(t.low) < 3 || s.fl(i)&(wStop|wMonth) != 0 {
		return 0, false
	}
	k := i + 1
	switch {
	case k+1 < n && s.toks[k].low == "s" && s.gap(k) == "'" && s.gap(k+1) == " ":
		k++ // past the "s" of "Raynaud's"
	case k < n && s.gap(k) == "' " && t.low[len(t.low)-1] == 's':
		// "Graves' ophthalmopathy"
		if eponymPlainHeads.get(s.toks[k].h) {
			return 0, false
		}
	default:
		return 0, false
	}
	if k >= n || s.used[k] || !eponymHeads.get(s.toks[k].h) {
		return 0, false
	}
	// "Corning's fracture-resistant glass": the head word starts a
	// compound modifier, it is not the head
	if k+1 < n && s.gap(k+1) == "-" {
		return 0, false
	}
	if s.p != nil && (s.p.isTemplate(t.h)) {
		return 0, false
	}
	return k, true
}

// deviceEponymHeads: words of a clinical service that follow a device's
// eponym.
// Words of any errand ("visit", "appointment", "order", "report", "kit")
// are left out: "Edinburgh visit" is a trip.
var deviceEponymHeads = wordSetTab("hookup monitor monitors monitoring test testing study studies result results " +
	"fitting placement removal insertion patch patches recording reading readings setup device exam scan procedure")

// deviceEponym: token i starts a listed multi-word device or procedure
// term that did not match here, is no ordinary word, name or place, and
// the next word is a clinical service word; it returns the term's kind.
func (s *scanner) deviceEponym(i int) (Kind, bool) {
	t := &s.toks[i]
	n := len(s.toks)
	if s.used[i] || t.w == nil || t.cls&tAlpha == 0 || len(t.low) < 4 || i+1 >= n || s.used[i+1] ||
		!deviceEponymHeads.get(s.toks[i+1].h) || (s.gap(i+1) != " " && s.gap(i+1) != "-") || s.toks[i+1].sent {
		return "", false
	}
	if t.w.flags&(wFirst|wLast|wPlace|wStop|wCommon|wStateName) != 0 || s.general(i) || s.g.gen.extended(t.h) {
		return "", false
	}
	if s.p != nil && (s.p.isTemplate(t.h)) {
		return "", false
	}
	for _, p := range t.w.phrases {
		if p.class == pClinical && len(p.toks) >= 2 && p.toks[0] == t.h && p.flags&fAmbig == 0 &&
			(p.rule == "clinical.supply" || p.kind == KindProcedure || p.kind == KindLabTest) {
			return p.kind, true
		}
	}
	return "", false
}
