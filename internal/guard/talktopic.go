package guard

// talktopic.go: a staff talk whose topic is a named person's case (issue
// 15, seventeenth pass, red team and fix helper red17b, dev99x,
// 2026-12-06).
//
// staffappoint.go drops a clinician's talk when every finding lies in the
// sentence's slots (the speaker, the society) and no word of the reader or
// of care stands outside them. A patient named by a family name alone is
// no finding, so the talk's topic carried one: "Dr. Lee, FACOG, will speak
// on the Ruiz twins' delivery at the Texas Association of Obstetrics", "La
// Dra. Sofía Medina, MD, presentará el caso de los gemelos Ruiz en la
// Sociedad Mexicana de Obstetricia" (dev99x). A talk's topic is research,
// a technique or a field; a person's name in it is that person's case.
//
// saTalkPerson reports that, after a verb of speaking or presenting
// (speak, present, discuss, lecture, presentará, hablará, expondrá…) and
// its on / about / sobre / de, the topic — up to at / in / en / to / for /
// por / para / with / who / que or punctuation — holds a capitalised word
// outside the sentence's slots that the word lists know as a given or a
// family name (no town test: "Ruiz" is a town too). dropStaffAppointments
// then keeps the sentence's findings. "Dr. Ana Ortiz will present new
// lymphoma research at the American Society of Hematology", "Dr. Lena
// Ortiz will speak at the Ohio Oncology Society's spring meeting" pass.
// Test `TestTalkTopic`.

var (
	// ttVerbs: verbs of a talk before its topic.
	ttVerbs = wordSetTab("speak speaks spoke speaking present presents presented presenting discuss discusses discussed " +
		"lecture lectures presentara presentaran presenta hablara habla expondra expone")
	// ttOpen: words that open a topic after the verb.
	ttOpen = wordSetTab("on about sobre de acerca")
	// ttEnd: words that close a topic.
	ttEnd = wordSetTab("at in en to for por para with who quien que during durante")
)

// saTalkPerson: a talk's topic in sentence lo..hi names a person outside
// the slots (see the file comment).
func (g *Guard) saTalkPerson(v *srView, lo, hi int, slot []bool) bool {
	for k := lo; k+1 < hi; k++ {
		if !ttVerbs.get(v.toks[k].h) {
			continue
		}
		m := k + 1
		for m < hi && ttOpen.get(v.toks[m].h) && !saPunct(v, m-1, m) {
			m++
		}
		for ; m < hi && !saPunct(v, m-1, m) && !ttEnd.get(v.toks[m].h); m++ {
			tk := &v.toks[m]
			if slot[m] || tk.cls&tCap == 0 || tk.nd != 0 {
				continue
			}
			if w := g.v.get(tk.h); w != nil && w.flags&(wLast|wFirst) != 0 {
				return true
			}
		}
	}
	return false
}
