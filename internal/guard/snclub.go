package guard

// snclub.go: "al Club Ferreyra" — a club opening an organisation's name
// after a Spanish or English article (issue 15, tenth pass, dev63, helper
// MISC10, 2026-12-05).
//
// sendername.go reads a run opened by a Spanish business noun (snOpen:
// "Farmacias Santa Lucía", "Clínica Dental Ortiz") as an organisation's
// name, so a name finding inside it drops. A loyalty or members' club is
// named the same way: "Sumate al Club Ferreyra: descuentos en gimnasios,
// ópticas y farmacias adheridas para todos los socios" (dev63-clean-218)
// had "Club Ferreyra" reported as name.capitalized. snClubOpen takes a
// capitalised "Club" (or "Círculo") as such an opener when an article
// ("al", "del", "el", "the") stands right before it and no word of the run
// after it is a listed given name. The span then passes name findings only
// (sendername.go's rules: a clinical finding inside passes only when the
// notice says nothing else of care).
//
// Still blocked: "Únete al Club Dana" and "al Club Dana Whitfield" (a
// listed given name in the run), "Club Ferreyra, María González: … tu
// tratamiento de diabetes" (the person and the care outside the span),
// "Club" with no article before it. Speed: runs only from dropSenderName.
var snClubWords = wordSetTab("club círculo circulo")

func (s *scanner) snClubOpen(k int) bool {
	if k < 1 || !snClubWords.get(s.toks[k].h) || s.toks[k].cls&tCap == 0 || s.gap(k) != " " {
		return false
	}
	switch s.toks[k-1].low {
	case "al", "del", "el", "the":
	default:
		return false
	}
	for m := k + 1; m < len(s.toks) && m <= k+4 && s.gap(m) == " " && s.snCap(m); m++ {
		if f := s.fl(m); f&wFirst != 0 && f&wCommon == 0 {
			return false
		}
	}
	return true
}
