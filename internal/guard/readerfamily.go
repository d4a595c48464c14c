package guard

// readerfamily.go — one walk for five rules of the fourteenth pass (helper
// RECALL14, probe set dev80r) that each start at a rare word: the reader's
// pregnancy and maternity care (maternity.go), erectile and sexual-health
// treatment by abbreviation, frame or device (sexhealth.go), a dose change
// of the reader's medication (dosechange.go), a named clinical score with
// a value (clinscore.go) and dementia behaviours of the reader's kin
// (dementiabehav.go). readerFamilyFilter holds their first words, so a
// notice costs one filter test a token and a rule runs only at its words.

var readerFamilyFilter = tabsFilter(maternityFirst, sexHealthFirst, doseChangeFirst, clinScoreFirst, dementiaFirst, possFallFirst)

// scanReaderFamilies runs the five rules at their first words.
func (s *scanner) scanReaderFamilies() {
	if s.fbAll3&fb3ReaderFam == 0 { // no first word of the five in the field (tokfilter.go, helper SPEED14)
		return
	}
	s.scanReaderFamiliesOn()
}

// scanReaderFamiliesOn is scanReaderFamilies past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanReaderFamiliesOn() {
	for i := range s.toks {
		h := s.toks[i].h
		if !readerFamilyFilter.may(h) || s.used[i] {
			continue
		}
		switch {
		case maternityFirst.get(h):
			s.maternityAt(i) // maternity.go
		case sexHealthFirst.get(h):
			s.sexHealthAt(i) // sexhealth.go
		case doseChangeFirst.get(h):
			s.doseChangeAt(i) // dosechange.go
		case clinScoreFirst.get(h):
			s.clinScoreAt(i) // clinscore.go
		case dementiaFirst.get(h):
			s.dementiaAt(i) // dementiabehav.go
		case possFallFirst.get(h):
			s.possFallAt(i) // possfall.go
		}
	}
}

// rfPerson: family and person words a care report about someone else
// names (careKin and a few short forms and pronouns).
var rfPerson = tabsUnion(careKin, wordSetTab("mom mum dad moms dads mama papa mami papi his her him he she hubby "+
	"grandma grandpa granny grandmother grandfather grandmothers grandfathers nana abuela abuelo abuelita abuelito aunt uncle tia tio"))

// personNear: a reader's word (readerNear) or a person word (rfPerson) in
// the sentence of token i or the one before it.
func (s *scanner) personNear(i int) bool {
	if s.readerNear(i) {
		return true
	}
	lo, hi := s.sentSpan(i)
	from := lo
	if lo > 0 {
		from, _ = s.sentSpan(lo - 1)
	}
	for k := from; k < hi; k++ {
		if rfPerson.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// rfWithin: a word of set among the n tokens before token i (n < 0) or
// after it (n > 0), inside i's sentence.
func (s *scanner) rfWithin(i, n int, set *setTab) bool {
	lo, hi := s.sentSpan(i)
	if n < 0 {
		for k := i - 1; k >= lo && k >= i+n; k-- {
			if set.get(s.toks[k].h) {
				return true
			}
		}
		return false
	}
	for k := i + 1; k < hi && k <= i+n; k++ {
		if set.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
