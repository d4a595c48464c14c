package guard

// carestaff.go: the sender's staff named in a notice whose only other
// findings are untied dates (issue 15, helper DATES2, dev55d).
//
// dropCareFreeDates (caresignal.go) runs before the staff passes, while a
// staff member's name is still a finding, so it keeps every date of "Family
// council meets Thursday, January 8 at 6 pm in the library. Executive
// director Martin Kowalczyk will present the 2027 calendar."; once
// dropStaffNews/dropStaffRoles have judged the name the sender's staff, the
// notice's findings are untied dates only, and its given name ("Martin") is
// still read as a person by careSignal. The staff rules decide, not a copy
// of them: CheckPrepared keeps the name findings of such a notice
// (careStaffKeep: every finding a date.untied or a name, at least one of
// each, at most four names, in standard mode), and when the staff passes
// dropped some name and every finding left is a date.untied it asks the
// care gate again (careStaffGate), where a token inside a dropped name's
// span is no given name (careStaffAt). Every other care signal of the
// notice still counts ("Ruth Abernathy invites families" keeps its kin).
// Fail closed: a name the staff rules keep blocks the notice as before.

// careStaffKeep copies the name findings of out to the scanner when out
// holds only untied dates and at most four names (see the file comment).
func (s *scanner) careStaffKeep(out []Finding) {
	s.careStaffN = 0
	dates, names := 0, 0
	for _, f := range out {
		switch {
		case f.Rule == "date.untied":
			dates++
		case f.Kind == KindName:
			names++
		case f.Kind == KindPhone:
			// an RSVP contact's phone goes with the name (staffintro.go);
			// the gate still runs only when untied dates alone are left
		default:
			return
		}
	}
	if dates == 0 || names == 0 || names > len(s.careStaffBuf) {
		return
	}
	for _, f := range out {
		if f.Kind == KindName {
			s.careStaffBuf[s.careStaffN] = f
			s.careStaffN++
		}
	}
}

// careStaffGate: after the staff passes, the name findings they dropped
// are the sender's staff; when only untied dates are left, the care gate
// reads the notice again with those names no person.
func (g *Guard) careStaffGate(n Notice, p *Prepared, m Mode, s *scanner, out []Finding) []Finding {
	if s.careStaffN == 0 || len(out) == 0 {
		return out
	}
	for _, f := range out {
		if f.Rule != "date.untied" {
			s.careStaffN = 0
			return out
		}
	}
	out = g.dropCareFreeDates(n, p, m, s, out)
	s.careStaffN = 0
	return out
}

// careStaffAt: token k of the field being read again lies inside a name
// the staff passes dropped.
func (s *scanner) careStaffAt(k int) bool {
	if s.careStaffN == 0 {
		return false
	}
	a, b := s.t.orig(int(s.toks[k].s), int(s.toks[k].e))
	for _, f := range s.careStaffBuf[:s.careStaffN] {
		if f.Field == s.field && a >= f.Start && b <= f.End {
			return true
		}
	}
	return false
}
