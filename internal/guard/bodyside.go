package guard

// bodyside.go — the reader's own joint or limb in a care frame ("pt eval
// for your L knee", "Your knee eval is set", "therapy for your right
// shoulder"; helper REC34, from dev34). compose.body needs a clinical word
// right after the body part ("knee replacement"); a visit is more often
// named around it. Reported (procedure) when "your" comes right before
// the part, with a side marker (L, R, left, right, lt, rt) between or an
// evaluation/therapy word right after it, and a care word (eval,
// evaluation, assessment, therapy, pt, rehab, injection, exam, x-ray, mri,
// surgery, scan, imaging, physio) in the same sentence. "Your L-shaped
// desk", "Size L knee pads", "Your left shoulder bag has shipped" pass: no
// "your" before a part, or no care word.

var (
	bodySideWords = wordSetTab("l r left right lt rt")
	bodySideParts = wordSetTab("knee knees hip hips shoulder shoulders ankle ankles wrist wrists elbow elbows foot feet hand hands leg legs arm arms back neck")
	bodySideCare  = wordSetTab("eval evaluation assessment therapy pt rehab injection exam xray x-ray mri surgery scan imaging physio physiotherapy")
	// bodySideBits filters the side and part words: bodySide, called for
	// every "your", returns after one bit test for most words after it
	bodySideBits = tabsFilter(bodySideWords, bodySideParts)
)

// bodySide: token i is "your"; true when it reported the part after it.
func (s *scanner) bodySide(i int) bool {
	n := len(s.toks)
	j := i + 1
	if j >= n || s.gap(j) != " " {
		return false
	}
	if !bodySideBits.may(s.toks[j].h) {
		return false // neither a side nor a part (bodySideBits)
	}
	side := bodySideWords.get(s.toks[j].h)
	if side {
		j++
		if j >= n || s.gap(j) != " " {
			return false
		}
	}
	if !bodySideBits.may(s.toks[j].h) || !bodySideParts.get(s.toks[j].h) || s.used[j] {
		return false
	}
	if !side && !(j+1 < n && s.gap(j+1) == " " && bodySideCare.get(s.toks[j+1].h)) {
		return false
	}
	for k := i - 1; k >= 0 && s.sameSentence(k, i); k-- {
		if bodySideCare.get(s.toks[k].h) {
			goto found
		}
	}
	for k := j + 1; k < n && s.sameSentence(i, k); k++ {
		if bodySideCare.get(s.toks[k].h) {
			goto found
		}
	}
	return false
found:
	s.addTok(i+1, j, KindProcedure, "compose.body", 0.7, "is the reader's own joint or limb in a sentence about an evaluation or therapy")
	return true
}
