package guard

// drugform.go: a drug's dosage form right after (or, in Spanish, before) a
// capitalised word in no vocabulary (issue 15, fix helper MISS3,
// dev56/dev57x).
//
// A recent brand is in no list ("Opvee", "Neffy", "Rextovy", "Kloxxado",
// "Zegalogue"), and the frame rules know it only by the words around it.
// A few dosage forms name nothing but a drug: "nasal spray", "nasal
// powder", "auto-injector" ("Opvee nasal spray shipment delivered",
// "Zegalogue auto-injector order confirmed"), and in Spanish "spray/
// aerosol nasal" after or before the word ("Neffy spray nasal", "aerosol
// nasal Opvee"). Such a word before one of them is reported as
// frame.clinical (a medication). The word must be capitalised and in no
// vocabulary (suspicious, which the caller has already asked); "Nasal spray
// bottles, travel size" has no word before it, "Glade room spray" no
// 'nasal'. Plain "spray", "tablets", "capsules", "pen" stay the other rules'
// (Nespresso capsules, Samsung tablets, Pilot pens).

var (
	hNasal, hNasales                   = hstr("nasal"), hstr("nasales")
	dfNasalForm                        = wordSetTab("spray sprays powder mist")
	dfSprayES                          = wordSetTab("spray aerosol aerosoles inhalador")
	hAutoinjector, hAutoinjectors      = hstr("autoinjector"), hstr("autoinjectors")
	hAutoDF, hInjectorDF, hInjectorsDF = hstr("auto"), hstr("injector"), hstr("injectors")
)

// drugFormNear: token i (a capitalised word in no vocabulary) is right
// before "nasal spray", "auto-injector", "spray nasal", or right after
// "aerosol nasal"; it returns the reason.
func (s *scanner) drugFormNear(i int) (string, bool) {
	t := &s.toks[i]
	if t.cls&tCap == 0 || len(t.low) < 4 {
		return "", false
	}
	n := len(s.toks)
	if i+1 < n && s.gap(i+1) == " " {
		h := s.toks[i+1].h
		switch {
		case h == hAutoinjector || h == hAutoinjectors:
			return "stands before '" + s.toks[i+1].low + "', a drug's dosage form", true
		case h == hAutoDF && i+2 < n && s.gap(i+2) == "-" && (s.toks[i+2].h == hInjectorDF || s.toks[i+2].h == hInjectorsDF):
			return "stands before 'auto-injector', a drug's dosage form", true
		case i+2 < n && s.gap(i+2) == " " && (h == hNasal && dfNasalForm.get(s.toks[i+2].h) || (s.toks[i+2].h == hNasal || s.toks[i+2].h == hNasales) && dfSprayES.get(h)):
			return "stands before '" + s.toks[i+1].low + " " + s.toks[i+2].low + "', a drug's dosage form", true
		}
	}
	if i >= 2 && s.gap(i) == " " && s.gap(i-1) == " " && (s.toks[i-1].h == hNasal || s.toks[i-1].h == hNasales) && dfSprayES.get(s.toks[i-2].h) {
		return "follows '" + s.toks[i-2].low + " " + s.toks[i-1].low + "', a drug's dosage form", true
	}
	return "", false
}
