package guard

// areolatattoo.go: compose.areola_tattoo (procedure), fix helper r113m
// (issue 15, twenty-second pass round two; dev113 / probe set dev113m,
// 2026-12-06).
//
// A medical tattoo studio books the reader's areola or nipple tattoo after
// breast surgery: "Your 3D nipple-areola tattoo is booked" passed (a tattoo
// is no procedure of the lists, and "areola" alone is in an artist's
// training or a public offer: "certified in areola micropigmentation",
// "Free consultations for areola tattooing").
//
// Reported: areola, nipple or pezón (the start words) with a tattoo word
// (tattoo, tattooing, micropigmentation, pigmentation, reconstruction,
// restoration; tatuaje, micropigmentación, pigmentación, reconstrucción,
// restauración) within three words of it in its sentence, and the reader's
// possessive (your; su, tu) one or two words before the first of them
// ("your areola tattoo", "your 3D nipple-areola tattoo", "Su
// micropigmentación de areola", "Tu tatuaje de pezón 3D"). "Your tattoo
// touch-up" (no areola) and an artist's certificate (no possessive) pass.
//
// Tied to the reader (readerTiedRule). Gated by pass20gate.go (p20Areola).
var (
	atStart = wordSetTab("areola areolas areolar nipple nipples pezon pezón pezones")
	atInk   = wordSetTab("tattoo tattoos tattooing micropigmentation pigmentation reconstruction restoration " +
		"tatuaje tatuajes micropigmentacion micropigmentación pigmentacion pigmentación reconstruccion reconstrucción " +
		"restauracion restauración")
	atPoss = wordSetTab("your su tu")
)

// scanAreolaTattoo runs compose.areola_tattoo at its start words.
func (s *scanner) scanAreolaTattoo() {
	if s.p20&p20Areola == 0 { // no areola or nipple word (pass20gate.go)
		return
	}
	s.scanAreolaTattooOn()
}

// scanAreolaTattooOn is scanAreolaTattoo past its gate.
func (s *scanner) scanAreolaTattooOn() {
	n := len(s.toks)
	for i := range s.toks {
		if s.used[i] || !atStart.get(s.toks[i].h) {
			continue
		}
		lo, hi := s.sentSpan(i)
		t := -1
		for k := max(lo, i-3); k < min(hi, i+4); k++ {
			if atInk.get(s.toks[k].h) {
				t = k
				break
			}
		}
		if t < 0 {
			continue
		}
		a, b := min(i, t), max(i, t)
		poss := false
		for p := a - 1; p >= lo && p >= a-2; p-- {
			if atPoss.get(s.toks[p].h) {
				poss = true
				break
			}
		}
		if !poss || b >= n {
			continue
		}
		free := true
		for k := a; k <= b; k++ {
			free = free && !s.used[k]
		}
		if free {
			s.addTok(a, b, KindProcedure, "compose.areola_tattoo", 0.75, reasonFor(KindProcedure))
		}
	}
}
