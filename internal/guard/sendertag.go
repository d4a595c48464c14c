package guard

// senderAcronym (helper MISC2, dev42): the sender's initials opening a
// notice as its tag, "CFS: Su código de verificación es 482913",
// "CFS Facturación: Su plan de pagos fue aprobado", name the clinic
// (Clínicas Familia Sana), not the reader's chronic fatigue syndrome.
// The acronym passes when it is the notice's very first word, written
// wholly in capitals (2 to 5 letters), and followed by a colon either at
// once or after one capitalised department word ("Facturación:").
//
// Stays reported: the acronym anywhere else ("Your CFS clinic visit",
// "Diagnóstico: CFS"), the same acronym again later in the notice, a tag
// in lower case, and the acronyms of conditions a sender would never be
// named by (senderAcronymNever: HIV, AIDS, STI, hepatitis, mental health).
// Accepted risk: a notice whose tag is the reader's condition ("CFS: pace
// your day") passes that one word; the rest of the notice is read as usual.
func (s *scanner) senderAcronym(i int) bool {
	if i != 0 || len(s.toks) < 3 {
		return false
	}
	t := &s.toks[0]
	if len(t.low) < 2 || len(t.low) > 5 || t.cls&tUpper == 0 || senderAcronymNever.get(t.h) {
		return false
	}
	for k := 0; k < len(t.low); k++ {
		if b := t.low[k]; b < 'a' || b > 'z' {
			return false
		}
	}
	if g := s.gap(1); len(g) == 0 || g[0] != ':' {
		n := &s.toks[1]
		if g != " " || n.cls&tCap == 0 || n.cls&tUpper != 0 || len(n.low) < 4 || n.cls&tDigit != 0 || len(s.gap(2)) == 0 || s.gap(2)[0] != ':' {
			return false
		}
	}
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].h == t.h {
			return false
		}
	}
	return !s.senderTagCare() // "MS: your refill is ready" (red3cuts.go)
}

var senderAcronymNever = wordSetTab("hiv vih aids sida std stds sti stis its ets hcv hbv vhc vhb hpv vph ptsd tept ocd toc adhd tdah")
