package guard

// turnedcue.go: a patient noun before "-turned-<role>" and a name (issue
// 15, fourteenth pass, helper red14, dev77x/dev80x, 2026-12-05).
//
// "Our transplant recipient Tom Reed talks Friday" is reported: a name
// cue (recipient, patient…) right before a capitalised name is name.cue.
// "Our transplant recipient-turned-speaker Tom Reed talks Friday" passed:
// the role noun after "-turned-" stands between the cue and the name, and
// "Tom Reed" (two ordinary words) needs a second signal. The person is
// still the treatment's patient. scanTurnedCue reports name.cue when a
// patient noun (patient, paciente, recipient, receptor, receptora,
// survivor, sobreviviente) is joined by hyphens to "turned" and one more
// word, then one space and a capitalised word that is no stop word, no
// month and not already in a finding (and a second capitalised word with
// it). A trade's compound ("our nurse-turned-author Tom Reed", "chef-
// turned-dietitian") is no patient noun and is left to the other rules.
// Cost: one look at each token whose word is a patient noun.

// tcPatient: nouns of the patient of a treatment
var tcPatient = wordSetTab("patient paciente recipient receptor receptora survivor sobreviviente")

// tcTurnedFilter holds "turned", the word the walk needs after a patient
// noun: a field with no token that may be it (fb3Turned, tokfilter.go)
// skips the walk (helper SPEED14).
var tcTurnedFilter = func() *hashFilter {
	f := &hashFilter{}
	f.add(hstr("turned"))
	return f
}()

// scanTurnedCue: see the file comment.
func (s *scanner) scanTurnedCue() {
	if s.fbAll3&fb3Turned == 0 { // no "turned" in the field (tokfilter.go)
		return
	}
	s.scanTurnedCueOn()
}

// scanTurnedCueOn is scanTurnedCue past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanTurnedCueOn() {
	n := len(s.toks)
	for i := 0; i+3 < n; i++ {
		if !tcPatient.get(s.toks[i].h) || s.toks[i+1].low != "turned" || s.gap(i+1) != "-" || s.gap(i+2) != "-" {
			continue
		}
		j := i + 3
		if s.gap(j) != " " || !s.isCapWord(j) || s.used[j] || s.fl(j)&(wStop|wMonth) != 0 {
			continue
		}
		end := j
		if j+1 < n && s.nameGap(j+1) && s.isCapWord(j+1) && !s.used[j+1] && s.fl(j+1)&(wStop|wMonth) == 0 {
			end = j + 1
		}
		s.addTok(i, end, KindName, "name.cue", 0.8, "name introduced by a context word")
		i = end
	}
}
