package guard

// brandperson.go: a specialty-named "brand" run that is a person's name
// and a specialty (issue 15, seventeenth pass, red team and fix helper
// red17b, dev99x, 2026-12-06).
//
// brandslot.go's bsRun reads the capitalised run around a specialty word
// ("Cedar Point Urology", "Urología del Valle") as the sender's name when
// it stands in a sender's slot, and refuses a run holding a listed given
// name that is no ordinary word ("Dana Whitfield Cardiology"). Red17b's
// probe set dev99x found a person passing there whose given name is an
// ordinary word or in no English list: "Hope Martinez Oncology moved to
// Thursday at 9:40", "Grace Okafor Cardiology on CaringBridge", "Ruby
// Delgado Hematology's portal account", "Urología Amparo Ruiz se muda al
// jueves", "Cardiología Paz Herrera: jueves 8:15". A practice's name is
// places and ordinary words, or one family name alone ("Okafor Oncology",
// "Martinez Dermatology"); a capitalised word followed by a family name is
// a person.
//
// bsPersonPair reports that two adjacent words of the run, neither the
// specialty nor glue ("del", "las"), read as a given name and a family
// name: the second is a listed family name that is no common English word
// (wLast without wCommon: Martinez, Okafor, Ruiz, Herrera — not Hill,
// Beach), or the first is a listed given name and the second no ordinary
// word of four letters or more; and the first is no saint's title ("San
// Martín") and the pair is no town of the gazetteer ("Baton Rouge"). bsRun
// then refuses the run, so the specialty and the name stay reported.
// "Rose Hill Cardiology", "Grace Valley Oncology", "Hope Springs Urology",
// "Dermatología Costa Azul", "Okafor Oncology" pass as before. Test
// `TestBrandPerson`.

// bsPersonPair: the run a..e (specialty at m) holds a given name and a
// family name side by side (see the file comment).
func (s *scanner) bsPersonPair(a, e, m int) bool {
	for j := a; j < e; j++ {
		k := j + 1
		if j == m || k == m || s.gap(k) != " " || !s.snCap(j) || !s.snCap(k) ||
			snGlue.get(s.toks[j].h) || snGlue.get(s.toks[k].h) ||
			saintTitles.get(s.toks[j].h) || saintHeadTitles.get(s.toks[j].h) {
			continue
		}
		fj, fk := s.fl(j), s.fl(k)
		pair := fk&wLast != 0 && fk&wCommon == 0 ||
			fj&wFirst != 0 && len(s.toks[k].low) >= 4 && !s.general(k)
		if pair && !s.g.gen.town(hstr(s.toks[j].low+" "+s.toks[k].low)) {
			return true
		}
	}
	return false
}
