package guard

// eponymproc.go — a procedure named after a person: a word in no
// vocabulary right before "maneuver" (r116m, dev116-leak-062): "Your Epley
// maneuver follow-up is booked". Clinical manoeuvres are named after
// their authors (Epley, Semont, Dix-Hallpike, Valsalva, Brandt-Daroff,
// Leopold, McRoberts), and the eponym is no word of any vocabulary, so
// neither the lists nor the frames (frame.go clinicalFrame: "comes
// before 'results'") read it. clinicalFrame now also takes a word in no
// vocabulary right before a manoeuvre word (maneuver, manoeuvre, maniobra,
// and their plurals) as a procedure ("comes before 'maneuver'"). Only
// words frame.go already reads as in no vocabulary get here: ordinary
// words ("a parking maneuver", "the Blue Angels' maneuvers") and listed
// ones keep their own readings.

var epManeuver = wordSetTab("maneuver maneuvers manoeuvre manoeuvres maniobra maniobras")

// epEponym: token i (in no vocabulary) comes right before a manoeuvre
// word in its sentence.
func (s *scanner) epEponym(i int) bool {
	k := i + 1
	return k < len(s.toks) && epManeuver.get(s.toks[k].h) && (s.gap(k) == " " || s.gap(k) == "-") && s.sameSentence(i, k)
}
