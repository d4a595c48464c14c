package guard

import "strings"

// dispensedclass.go: a pharmacy's state word before a class of medicines
// in a rule for everyone (issue 15, seventeenth pass, helper misc17,
// dev95's fam-misc: "Reminder: by law we cannot accept returns of
// dispensed medications" reported compose.head on "dispensed").
//
// compose.head reads a content word right before a head only clinical
// subjects take ("X medications": what they treat), and compose.learned a
// learned modifier. A past participle of the pharmacy's handling
// (dispensed, prescribed, expired, unused, returned, opened, compounded,
// filled, recalled, controlled) before a plural class of medicines
// (medications, medicines, prescriptions, drugs, meds) says what state the
// goods are in, not what they treat. dropDispensedClass drops such a
// finding when it covers the participle alone (or the participle and the
// class noun) and no reader's word (your, my, su, tu…) stands right
// before it: "your dispensed medications" is the reader's order.
//
// Stays reported: "your prescribed seizure medications" (a reader's word
// and a domain word), "anxiety medications" (no participle), every finding
// of a reader-tied rule (readerTiedRule). Test `TestDispensedClass`.
var (
	dcState = wordSetTab("dispensed prescribed expired unused returned opened compounded filled recalled controlled refrigerated " +
		"unopened discontinued donated leftover")
	dcClass = wordSetTab("medications medicines prescriptions drugs meds medication medicine prescription")
	// dcClassFilter: the field bit fb3DcClass (tokfilter.go) — every
	// dropped span ends on a dcClass word.
	dcClassFilter = tabsFilter(dcClass)
	dcReader      = wordSetTab("your my our his her their su sus tu tus mi mis")
)

func (s *scanner) dropDispensedClass() {
	if len(s.fs) == 0 || s.fbAll3&fb3DcClass == 0 || !strings.Contains(s.t.low, "ed med") && !strings.Contains(s.t.low, "ed pres") && !strings.Contains(s.t.low, "ed drug") {
		return
	}
	k := 0
	for _, f := range s.fs {
		if !f.ctx && s.dispensedClass(f) {
			continue
		}
		s.fs[k] = f
		k++
	}
	s.fs = s.fs[:k]
}

func (s *scanner) dispensedClass(f ifind) bool {
	if f.readerTied() || f.rule != "compose.head" && f.rule != "compose.learned" {
		return false
	}
	i, j := s.tokSpan(f.a, f.b)
	if i < 0 || j < 0 || !dcState.get(s.toks[i].h) || !strings.HasSuffix(s.toks[i].low, "ed") {
		return false
	}
	c := i + 1
	if j > i {
		if j != i+1 {
			return false
		}
		c = j
	}
	if c >= len(s.toks) || !dcClass.get(s.toks[c].h) || s.gap(c) != " " {
		return false
	}
	return i == 0 || !dcReader.get(s.toks[i-1].h)
}
