package guard

// chainName (helper MISC2, dev41): "Flu shots are now available at all
// Brightway pharmacies": a capitalised word between "all" or "every" (or
// "todas las", "todos los") and a plural place word (pharmacies,
// locations, stores, clinics, offices; farmacias, sucursales, tiendas,
// clínicas) is the chain's own name, not a drug the notice's health cue
// (frame.notice) would read it as.
//
// Stays reported: the same word elsewhere ("your Brightway refill"), lower
// case, a place word in the singular ("at all Xifaxan pharmacy"), and any
// word with a clinical reading of its own (the rules before frame.notice).
func (s *scanner) chainName(i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.toks[i].cls&tCap == 0 || s.gap(i) != " " || s.gap(i+1) != " " {
		return false
	}
	if !chainPlaces.get(s.toks[i+1].h) {
		return false
	}
	switch s.toks[i-1].low {
	case "all", "every":
		return true
	case "las", "los":
		return i >= 2 && (s.toks[i-2].low == "todas" || s.toks[i-2].low == "todos")
	}
	return false
}

var chainPlaces = wordSetTab("pharmacies locations stores clinics offices centers centres branches " +
	"farmacias sucursales tiendas clinicas consultorios centros")
