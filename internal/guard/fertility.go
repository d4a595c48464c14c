package guard

// fertility.go: fertility services named by what they keep and what is
// done with it (issue 15, ninth pass, helper MISS9, dev54: "the annual
// embryo storage fee of $600", "the cancelled sperm cryopreservation
// appointment"). The lists hold the common service names (egg freezing,
// embryo transfer, ICSI, PGT-A…; vocab/labs_procedures.txt); a clinic's
// bill pairs a reproductive material with a process in more ways than any
// list holds ("blastocyst storage renewal", "storage of frozen embryos",
// "almacenamiento de embriones"). The materials are a closed set of
// biology (embryo, sperm, semen, oocyte, egg, blastocyst, gamete, zygote;
// embrión, óvulo, ovocito, esperma, espermatozoides, semen, blastocisto,
// gameto) and so are the processes (storage, freezing, cryopreservation,
// banking, vitrification, thawing, biopsy, donation, retrieval, transfer,
// culture, grading; almacenamiento, congelación, criopreservación,
// vitrificación, descongelación, transferencia, donación, banco,
// conservación, biopsia). clinical.fertility reports:
//
//   - a material then a process, one space or "-" apart ("sperm storage",
//     "blastocyst storage", "embryo vitrification");
//   - "donor" before a material ("donor egg cycle", "donor sperm"), and
//     frozen, cryopreserved or vitrified before one ("frozen embryos");
//   - a process, "of", then a material through the reader's or a state
//     word ("storage of frozen embryos", "cryopreservation of your
//     sperm");
//   - Spanish: a process, "de", an article or possessive, then a material
//     ("almacenamiento de embriones", "congelación de óvulos"), or a
//     material then congelados, criopreservados, vitrificados, donados
//     ("óvulos congelados").
//
// Eggs are also food: "egg" and "eggs" count only before freezing,
// cryopreservation, banking, vitrification, donation, retrieval, thawing
// or after "donor" ("egg storage container", "egg cartons", "tips for
// freezing eggs" pass). Semen and embryos of animals are a breeder's
// business: an animal word right before the material (bull, stallion,
// boar, canine, equine, bovine, cattle, dog, horse, ram, livestock,
// toro, semental, caballo, perro) leaves it ("bull semen storage").
//
// Accepted risks: a lecture or news item that names these services is
// reported as the listed service names already are; a breeder who does
// not name the animal ("semen storage for your herd") is reported.

var (
	fertMaterial = wordSetTab("embryo embryos sperm semen oocyte oocytes egg eggs blastocyst blastocysts gamete gametes zygote zygotes")
	fertEgg      = wordSetTab("egg eggs")
	fertProcess  = wordSetTab("storage freezing cryopreservation cryostorage cryo banking bank vitrification thaw thawing warming " +
		"biopsy biopsies donation donations retrieval transfer transfers culture grading shipment shipping")
	// fertEggProcess: the processes eggs undergo only in a clinic
	fertEggProcess  = wordSetTab("freezing cryopreservation cryostorage banking vitrification donation retrieval thaw thawing donor donors")
	fertStateBefore = wordSetTab("donor frozen cryopreserved vitrified banked stored thawed")
	fertOfGlue      = wordSetTab("your the my our his her their frozen cryopreserved vitrified donor stored remaining")
	fertAnimal      = wordSetTab("bull bulls stallion stallions boar boars canine equine bovine porcine cattle dog dogs horse horses ram rams livestock " +
		"herd toro toros semental sementales caballo caballos perro perros ganado")
	fertMaterialES = wordSetTab("embrion embriones ovulo ovulos ovocito ovocitos esperma espermatozoides semen blastocisto blastocistos gameto gametos")
	fertProcessES  = wordSetTab("almacenamiento congelacion criopreservacion crioconservacion vitrificacion descongelacion transferencia " +
		"donacion banco conservacion biopsia custodia mantenimiento")
	fertGlueES  = wordSetTab("los las sus su tus tu el la")
	fertStateES = wordSetTab("congelado congelados congelada congeladas criopreservado criopreservados vitrificado vitrificados vitrificadas " +
		"donado donados donadas")
	hOfW   = hstr("of")
	hDonor = hstr("donor")
	// fertFilter: every word that can start a reading (a material, a
	// state word before one, a process before "of"/"de"): the one bit test
	// a token pays
	fertFilter = tabsFilter(fertMaterial, fertStateBefore, fertProcess, fertMaterialES, fertProcessES)
)

// fertFirstClass: for each word of fertFilter's five sets, the sets that
// hold it (fc* bits): fertilityAt reads its token's five openings from one
// lookup instead of five map lookups (helper SPEED12; TestFertFirstClass).
const (
	fcMaterial = 1 << iota
	fcStateBefore
	fcProcess
	fcProcessES
	fcMaterialES
)

var fertFirstClass = func() u8Tab {
	m := map[uint64]uint8{}
	for _, x := range []struct {
		set setTab
		bit uint8
	}{{fertMaterial, fcMaterial}, {fertStateBefore, fcStateBefore}, {fertProcess, fcProcess}, {fertProcessES, fcProcessES}, {fertMaterialES, fcMaterialES}} {
		x.set.each(func(h uint64) { m[h] |= x.bit })
	}
	return u8Tab(newHashTab(m))
}()

// scanFertility reports fertility services named by a material and a
// process (clinical.fertility).
func (s *scanner) scanFertility() {
	if s.fbAll2&fb2Fert == 0 { // no token passes fertFilter (tokfilter.go)
		return
	}
	s.scanFertilityOn()
}

// scanFertilityOn is scanFertility past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanFertilityOn() {
	n := len(s.toks)
	for i := 0; i+1 < n; i++ {
		t := &s.toks[i]
		if t.cls&tAlpha == 0 || t.fb2&fb2Fert == 0 || s.used[i] {
			continue
		}
		a, b, ok := s.fertilityAt(i)
		if !ok {
			continue
		}
		used := false
		for k := a; k <= b; k++ {
			used = used || s.used[k]
		}
		if used || s.p != nil && s.p.isTemplate(s.toks[a].h) {
			continue
		}
		s.addTok(a, b, KindProcedure, "clinical.fertility", 0.75, "names a fertility service: a reproductive material with what is done to it")
		i = b
	}
}

// fertNext: token j follows j-1 in the same sentence, one space or "-"
// apart, and is a word.
func (s *scanner) fertNext(j int) bool {
	if j >= len(s.toks) || s.toks[j].sent || s.toks[j].cls&tAlpha == 0 {
		return false
	}
	g := s.gap(j)
	return g == " " || g == "-"
}

// fertAnimalBefore: an animal word right before token i.
func (s *scanner) fertAnimalBefore(i int) bool {
	return i > 0 && !s.toks[i].sent && fertAnimal.get(s.toks[i-1].h)
}

// fertilityAt reads a reading that starts at token i; it returns its span.
func (s *scanner) fertilityAt(i int) (int, int, bool) {
	h := s.toks[i].h
	// the sets of the five openings holding the word, in one lookup
	c := fertFirstClass.get(h)
	if c == 0 {
		return 0, 0, false
	}
	// material then process: "sperm storage", "egg freezing"
	if c&fcMaterial != 0 && s.fertNext(i+1) && !s.fertAnimalBefore(i) {
		p := s.toks[i+1].h
		if fertEgg.get(h) && fertEggProcess.get(p) || !fertEgg.get(h) && fertProcess.get(p) {
			return i, i + 1, true
		}
	}
	// donor, frozen… before a material: "donor egg", "frozen embryos"
	if c&fcStateBefore != 0 && s.fertNext(i+1) && fertMaterial.get(s.toks[i+1].h) && !s.fertAnimalBefore(i) {
		if !fertEgg.get(s.toks[i+1].h) || h == hDonor {
			return i, i + 1, true
		}
	}
	// process of [your/frozen…] material: "storage of frozen embryos"
	if c&fcProcess != 0 && s.fertNext(i+1) && s.toks[i+1].h == hOfW {
		for j := i + 2; j < len(s.toks) && j <= i+4; j++ {
			if !s.fertNext(j) {
				break
			}
			if m := s.toks[j].h; fertMaterial.get(m) {
				if fertEgg.get(m) || s.fertAnimalBefore(j) {
					break
				}
				return i, j, true
			}
			if !fertOfGlue.get(s.toks[j].h) {
				break
			}
		}
	}
	// Spanish: "almacenamiento de embriones", "congelación de sus óvulos"
	if c&fcProcessES != 0 && s.fertNext(i+1) && s.toks[i+1].h == hDe {
		j := i + 2
		if s.fertNext(j) && fertGlueES.get(s.toks[j].h) {
			j++
		}
		if s.fertNext(j) && fertMaterialES.get(s.toks[j].h) && !(j+1 < len(s.toks) && fertAnimalNextES(s, j)) {
			return i, j, true
		}
	}
	// Spanish: "óvulos congelados", "embriones vitrificados"
	if c&fcMaterialES != 0 && s.fertNext(i+1) && fertStateES.get(s.toks[i+1].h) {
		return i, i + 1, true
	}
	return 0, 0, false
}

// fertAnimalNextES: "semen de toro", "semen de caballo" (the animal after
// the material in Spanish).
func fertAnimalNextES(s *scanner, j int) bool {
	if !s.fertNext(j+1) || s.toks[j+1].h != hDe {
		return false
	}
	k := j + 2
	if s.fertNext(k) && fertGlueES.get(s.toks[k].h) {
		k++
	}
	return s.fertNext(k) && fertAnimal.get(s.toks[k].h)
}
