package guard

// postproc.go: compose.post_procedure (procedure), fix helper r113m (issue
// 15, twenty-second pass round two; dev113's latent rows / probe set
// dev113m, 2026-12-06).
//
// A kinesiology or aesthetic clinic books the reader's care after a
// procedure named by a post- or pos- prefix: "ya quedó agendado tu drenaje
// linfático post-lipo" was caught only through the tenant's name (a
// capitalised word), so it passed once the name was given and approved
// (TestLatentSenderMisses). "lipo" alone needs a health cue (it is also a
// battery), and a massage or a drainage is no cue in Spanish.
//
// Reported: post or pos (the start words; or postlipo, poslipo) joined by a
// hyphen to a procedure (lipo, liposucción, lipoescultura, abdominoplastia,
// cirugía, cesárea, parto, mastectomía, operatorio, quirúrgico, op) with
// the reader's possessive (tu, tus, su, sus, your) at most four words before
// it in its sentence: "tu masaje pos-lipo", "tu drenaje linfático
// post-lipo". "Masajes post-lipo: 20% de descuento" (no possessive), "Tu
// post-entreno ideal" (no procedure) and "Su post en redes" pass.
//
// Tied to the reader (readerTiedRule). Gated by pass20gate.go (p20PostProc).
var (
	ppStart = wordSetTab("post pos postlipo poslipo")
	ppProc  = wordSetTab("lipo liposuccion liposucción lipoescultura abdominoplastia cirugia cirugía cesarea cesárea " +
		"parto mastectomia mastectomía operatorio operatoria quirurgico quirúrgico quirurgica quirúrgica op")
	ppJoined = wordSetTab("postlipo poslipo")
	ppPoss   = wordSetTab("tu tus su sus your")
)

// scanPostProcedure runs compose.post_procedure at its start words.
func (s *scanner) scanPostProcedure() {
	if s.p20&p20PostProc == 0 { // no post/pos word (pass20gate.go)
		return
	}
	s.scanPostProcedureOn()
}

// scanPostProcedureOn is scanPostProcedure past its gate.
func (s *scanner) scanPostProcedureOn() {
	n := len(s.toks)
	for i := range s.toks {
		h := s.toks[i].h
		if s.used[i] || !ppStart.get(h) {
			continue
		}
		b := i
		if !ppJoined.get(h) {
			if i+1 >= n || s.gap(i+1) != "-" || !ppProc.get(s.toks[i+1].h) || s.used[i+1] {
				continue
			}
			b = i + 1
		}
		lo, _ := s.sentSpan(i)
		poss := false
		for k := i - 1; k >= lo && k >= i-4; k-- {
			if ppPoss.get(s.toks[k].h) {
				poss = true
				break
			}
		}
		if poss {
			s.addTok(i, b, KindProcedure, "compose.post_procedure", 0.75, reasonFor(KindProcedure))
		}
	}
}
