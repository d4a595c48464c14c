package guard

// strictabbr.go: marketing aimed at a condition by its abbreviation
// (issue 15, twelfth pass, helper RECALL12, dev69 leak-095 "Guys managing
// ED - add our Performance Bundle to your next order and save 15%", strict
// mode): rule compose.condition_abbr, kind condition.
//
// The lists take the unambiguous abbreviations (BPH, IBS, GERD, COPD, CKD,
// ADHD) and report them anywhere. A few are everyday words or short forms
// of something else and are not listed: ED (Every Day, education, an
// emergency department, an executive director), RA (a resident
// assistant), UC (a university), PE (physical education), HBP, "Low T".
// A segment's marketing names them as the reader's condition in a fixed
// frame: "managing ED", "Guys with ED", "living with RA", "dealing with
// UC", "struggling with PE", "men with Low T", "suffering from HBP",
// "beat/fight/treat ED". In strict mode only (README "Modes"), the
// abbreviation written in capitals ("Low T": the T) right after such a
// frame word is reported, unless an expansion in parentheses follows ("our
// ED (Every Day) deals") or a noun of the other senses does ("Managing ED
// programs for schools", "ED department", "RA applications").
// Standard mode is untouched. Cost: one hash-set test per token in strict
// mode.

var (
	condAbbrSet   = wordSetTab("ed ra uc pe hbp")
	hLowWord      = hstr("low")
	hT            = hstr("t")
	condAbbrFrame = wordSetTab("managing manage manages beat beating fight fighting treat treating combat combating overcome tackle tackling conquer")
	// "with" counts after these; "from" after suffering
	condAbbrWith = wordSetTab("living dealing struggling coping men guys women ladies anyone those people folks dads moms you everyone")
	hFrom        = hstr("from")
	hSuffering   = hstr("suffering")
	// nouns of the abbreviations' other senses
	condAbbrVeto = wordSetTab("program programs deal deals department dept visit visits wait waits staff team office director directors " +
		"role roles position positions service services course courses class classes teacher teachers student students " +
		"policy policies funding budget sales tech technology leadership application applications hall halls meeting meetings " +
		"training trainings credit credits grade grades game games roommate roommates campus dorm dorms account accounts")
)

// scanConditionAbbr reports compose.condition_abbr (strict mode).
func (s *scanner) scanConditionAbbr() {
	if s.m != Strict {
		return
	}
	s.scanConditionAbbrOn()
}

// scanConditionAbbrOn is scanConditionAbbr past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanConditionAbbrOn() {
	n := len(s.toks)
	for k := 1; k < n; k++ {
		t := &s.toks[k]
		if s.used[k] || t.sent || t.cls&tUpper == 0 || t.cls&tAlpha == 0 {
			continue
		}
		a, b := k, k
		switch {
		case condAbbrSet.get(t.h):
		case t.h == hT && s.toks[k-1].h == hLowWord && s.gap(k) == " ":
			a = k - 1 // "Low T"
		default:
			continue
		}
		if a == 0 || s.toks[a].sent || s.gap(a) != " " || !s.condAbbrFramed(a-1) {
			continue
		}
		if b+1 < n {
			if g := s.gap(b + 1); g == " " && condAbbrVeto.get(s.toks[b+1].h) || len(g) > 0 && g[len(g)-1] == '(' {
				continue
			}
		}
		s.addTok(a, b, KindCondition, "compose.condition_abbr", 0.7, "names a condition by its abbreviation in marketing aimed at people who have it")
	}
}

// condAbbrFramed: token f is a frame word of the reader's condition.
func (s *scanner) condAbbrFramed(f int) bool {
	h := s.toks[f].h
	switch {
	case condAbbrFrame.get(h):
		return true
	case h == hWith:
		return f > 0 && !s.toks[f].sent && s.gap(f) == " " && condAbbrWith.get(s.toks[f-1].h)
	case h == hFrom:
		return f > 0 && !s.toks[f].sent && s.toks[f-1].h == hSuffering
	}
	return false
}
