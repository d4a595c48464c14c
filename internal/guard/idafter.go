package guard

// idafter.go: an identifier named after it (issue 15, fix helper MISS3,
// dev53r/dev57x).
//
// An identifier cue usually comes before its value ("Medicaid number
// 88213407"), and idValue reads forward. A notice may name the number
// after giving it, as an apposition: "Your code is 88213407, your Medicaid
// number", "Su código es 88213407, su número de Medicaid", "Enter 7781204,
// your patient number, at check-in". There the number is the reader's
// record, whatever cue came before it (a code, a verification word).
// idNamedAfter reads back from a record cue (health plan, MRN, SSN,
// account, licence, identifier; not a vehicle) over a reader's word
// (your, su, tu) and a comma or dash to a value of at least five digits
// or a mixed token, and reports it under the cue's rule. "Use 99281734,
// your tracking number" has no record cue and is the other rules'.

var hNumeroIA = hstr("numero")

// idNamedAfter: the cue at i..j (phrase p) follows "VALUE, your"; it
// reports VALUE..cue.
func (s *scanner) idNamedAfter(i, j int, p *phrase) bool {
	if i < 2 || p.kind == KindVehicle || s.gap(i) != " " {
		return false
	}
	r := i - 1
	if r >= 2 && s.toks[r].h == hDeCD && s.toks[r-1].h == hNumeroIA && s.gap(r) == " " { // "su número de Medicaid"
		r -= 2
	}
	if r < 1 || !recipientWords.get(s.toks[r].h) || s.gap(r+1) != " " {
		return false
	}
	if g := s.gap(r); g != ", " && g != " - " && g != " — " && g != " – " && g != ": " {
		return false
	}
	end := r - 1
	v := &s.toks[end]
	if v.cls&(tDigit|tMixed) == 0 {
		return false
	}
	start, digits := end, int(v.nd)
	for start > 0 && (s.gap(start) == "-" || s.gap(start) == ".") && s.toks[start-1].cls&(tDigit|tMixed) != 0 {
		start--
		digits += int(s.toks[start].nd)
	}
	if digits < 5 {
		return false
	}
	if start+1 < len(s.toks) && s.gap(start+1) == "/" { // a date, not an identifier
		return false
	}
	s.addTok(start, j, p.kind, p.rule, 0.85, "is an identifier named after it as the reader's record number")
	return true
}
