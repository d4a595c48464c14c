package guard

// orgshopheads.go: more business-category words opening a shop's name
// for orgnames.go's orgRun (issue 15, twenty-third pass, fix helper r116f,
// dev116 clean-045 and clean-138, 2026-12-06).
//
// "Farmacia Alameda" passes because "farmacia" is in orgBefore;
// "Parafarmacia Alameda" was read as two unknown capitals, a person
// (name.capitalized): "¡Bienvenida/o a Parafarmacia Alameda!", "Gracias a
// todo el equipo de Parafarmacia Alameda". orgShopHeads are shop
// categories of the same kind (parapharmacy, drugstore, herbalist,
// perfumery) that orgRun reads like orgBefore, in both of its
// slots (right before the run, or opening it), but more strictly: no
// listed given name may follow in the run, common word or not
// ("Parafarmacia María López: tu receta…", "Parafarmacia Carmen Vidal, tu
// pedido…" stay reported). Everything else orgRun refuses is refused
// here too (shopReaderName: "Parafarmacia Carmen Vidal: tu pedido…"
// speaks to a person), and a name elsewhere in the notice is read as
// before ("Hola Lucía Romero, tu pedido de Parafarmacia Alameda…").
// Care places are left out on purpose (óptica, ortopedia: their names
// sit beside the reader's care).

var orgShopHeads = wordSetTab("parafarmacia parafarmacias drogueria droguerias herboristeria herboristerias " +
	"perfumeria perfumerias")

// orgShopHeadRun: the capitalised run i..end is a shop's name opened by a
// word of orgShopHeads, right before it or as its first word, with no
// listed given name in the rest of it (common word or not: "Carmen").
func (s *scanner) orgShopHeadRun(i, end int) bool {
	from := i
	switch {
	case i > 0 && s.gap(i) == " " && orgShopHeads.get(s.toks[i-1].h) && !s.toks[i].sent:
	case orgShopHeads.get(s.toks[i].h) && s.toks[i].cls&(tCap|tUpper) != 0 && end > i:
		from = i + 1
	default:
		return false
	}
	// two or more words ending in one of no vocabulary and no place: a
	// given name and a surname ("Parafarmacia Amparo Vidal": red team
	// red23c, dev116r)
	if end > from && !s.general(end) && s.fl(end)&wPlace == 0 {
		return false
	}
	for k := from; k <= end; k++ {
		if f := s.fl(k); f&wFirst != 0 || f&wLast != 0 && f&wPlace == 0 {
			return false // a given name, or a listed surname that is no place word (red23c, dev116r: "Parafarmacia Rosario Benítez")
		}
	}
	return true
}
