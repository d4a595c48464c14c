package guard

// branchlist.go: the items of a list of the sender's branches (issue 15,
// ninth pass, dev59, helper MISC9B, 2026-12-05).
//
// frame.notice reports a word in no vocabulary in a notice's frame unless
// it stands in a proper noun's slot (properNounSlot, frame.go: right after
// at, en, from…). A list of branch names after a branch noun or a place
// preposition ("abre de lunes a domingo … en sucursales Roma, Narvarte y
// Coyoacán", "at our Eastside, Westgate and Polaris locations") had its
// later items reported. branchListItem(i) walks back from a capitalised
// token over the list: items joined by ", " or by y/e/and/&, each a
// capitalised word, at most eight, to the first item, which must follow a
// branch noun (branchrun.go's branchRunNouns and their plurals: sucursales,
// sedes, tiendas, branches, locations, stores, offices, clinics) or a
// place preposition (en, at, in), as properNounSlot takes the first item.
//
// Not taken (fail closed): a list after "with", "from", "con", "de" (a
// list of drugs, "with Zorvex, Brantil and Quelmo", keeps its later items
// reported), a list after a reader's word, and any lower-case item. Cost:
// only for a word about to be reported by frame.notice.
var branchListNouns = wordSetTab("sucursal sucursales sede sedes tienda tiendas local locales clinica clinicas consultorio consultorios " +
	"oficina oficinas branch branches store stores location locations outlet outlets office offices clinic clinics")

func (s *scanner) branchListItem(i int) bool {
	if i < 2 || s.toks[i].cls&(tCap|tUpper) == 0 {
		return false
	}
	k := i
	for items := 0; items < 8; items++ {
		switch {
		case s.gap(k) == ", " && s.isListCap(k-1):
			k--
		case s.gap(k) == " " && k >= 2 && s.gap(k-1) == " " && s.isListJoin(k-1) && s.isListCap(k-2):
			k -= 2
		case s.gap(k) == " " && k >= 1:
			if k == i {
				return false // the first item: properNounSlot's or no list
			}
			p := s.toks[k-1].low
			if branchListNouns.get(s.toks[k-1].h) {
				return true
			}
			return p == "en" || p == "at" || p == "in"
		default:
			return false
		}
		if k < 1 || s.toks[k].sent {
			return false
		}
	}
	return false
}

// isListCap: token k is a capitalised word of a list.
func (s *scanner) isListCap(k int) bool {
	return k >= 0 && s.toks[k].cls&tAlpha != 0 && s.toks[k].cls&(tCap|tUpper) != 0 && !recipientWords.get(s.toks[k].h)
}

// isListJoin: token k joins a list's last item.
func (s *scanner) isListJoin(k int) bool {
	switch s.toks[k].low {
	case "y", "e", "and":
		return true
	}
	return false
}
