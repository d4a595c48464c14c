package guard

// A care programme named by an ambiguous condition word, asked about in a
// survey of the reader's experience (helper PORTAL, dev39: "Survey: tell
// us about your experience with our depression care program.").
//
// Entries flagged a ("depression", "anxiety", "shingles"…) are reported
// only with a health cue near them, and "our depression care program"
// had none: "care program" is no cue word and "our" no possessive of the
// reader. careProgram gives the cue: the word (tokens i..j) is followed
// by a programme head — care/treatment/recovery/management/support/
// wellness then program(me)/clinic/services/team/group, or program(me)
// straight after —, our/the/your stands right before it, and a word
// addressing the reader (you, your, su…) stands at most six words before
// that in the same sentence ("your experience with our …"), so the
// notice asks about the reader's own care. A care list, registry or
// roster is such a head too (dev58, blind: "Since you're on our depression
// care list, try our new mindfulness app": the reader is a member). "Drive-through flu shot clinic
// this Saturday. Bring your insurance card." has no reader before it.
// "The Great Depression history program" and "our depression care
// program is open to the public" (no reader word) pass.
var (
	careProgOwner = wordSetTab("our the your nuestro nuestra su")
	careProgMid   = wordSetTab("care treatment recovery management support wellness")
	careProgHead  = wordSetTab("program programs programme programmes clinic clinics services service team group groups list lists registry roster")
)

// careProgram: the ambiguous clinical word at i..j names a care
// programme the reader was asked about.
func (s *scanner) careProgram(i, j int) bool {
	n := len(s.toks)
	k := j + 1
	if k >= n || i < 2 || s.toks[k].sent || s.gap(k) != " " || s.toks[i].sent || !careProgOwner.get(s.toks[i-1].h) {
		return false
	}
	prog := careProgMid.get(s.toks[k].h) && k+1 < n && s.gap(k+1) == " " && careProgHead.get(s.toks[k+1].h) ||
		s.low(k) == "program" || s.low(k) == "programme" || s.low(k) == "programa" || s.low(k) == "registry"
	if !prog {
		return false
	}
	// the reader, before it in the same sentence: "your experience with our"
	for m := i - 2; m >= 0 && m >= i-7; m-- {
		if recipientWords.get(s.toks[m].h) {
			return true
		}
		if s.toks[m].sent {
			break
		}
	}
	return false
}
