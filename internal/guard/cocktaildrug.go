package guard

// cocktailDrug (helper T36A, dev36/dev48a; a false-positive cut, no
// finding) tells that a capitalised "Penicillin" is the cocktail (scotch,
// honey, ginger), not the antibiotic: the notice holds a drink word
// (cocktail, cóctel, scotch, mezcal, whisky, bourbon, bartender, mixology,
// "happy hour") and nothing that ties it to a reader or to care: no
// you/your/su/tu/usted, patient or paciente, no dose, prescription or
// refill word, no greeting, name-cue,
// date-person or health-cue word. Then the clinical rule reports no
// medication there (words.go) and the brand rules do not read it as a care
// word (careWord, product.go), so "Try the Penicillin or a Corpse Reviver
// at the bar" passes whole.
//
// Stays reported: a lowercase "penicillin" ("no cocktails while you take
// penicillin"), any notice said to the reader ("Your Penicillin is ready"),
// any notice without a drink word. Only the one drug named as a classic
// cocktail is taken; other cocktails read as names are listed in
// vocab/brands.txt and judged by brandlist.go.
func (s *scanner) cocktailDrug(k int) bool {
	t := &s.toks[k]
	if t.low != "penicillin" || t.cls&(tCap|tUpper) == 0 {
		return false
	}
	drink := false
	for m := range s.toks {
		if m == k {
			continue
		}
		h := s.toks[m].h
		if cocktailPersonal.get(h) || s.fl(m)&(wGreeting|wNameCue|wDatePerson|wHealthCue) != 0 {
			return false
		}
		if cocktailWords.get(h) || h == hHappy && m+1 < len(s.toks) && s.toks[m+1].h == hHour {
			drink = true
		}
	}
	return drink
}

var (
	cocktailWords    = wordSetTab("cocktail cocktails coctel cocteles scotch mezcal whisky whiskey bourbon bartender mixology")
	cocktailPersonal = wordSetTab("you your yours tu su sus usted patient patients paciente pacientes mg mcg dose doses prescription refill rx receta")
	hHappy           = hstr("happy")
	hHour            = hstr("hour")
)
