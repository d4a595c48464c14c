package guard

// amblevel.go: the reader's ambulance service level (issue 15, fifteenth
// pass, helper latent14, dev76/dev81l, 2026-12-05), rule
// compose.ambulance_level, kind procedure.
//
// "Red Mesa Medical Billing Services: Your bill reflects ALS2 service with
// cardiac monitoring and IV medication" was caught only through the
// sender's name. An ambulance bill's service level (ALS1, ALS2: advanced
// life support; BLS: basic; SCT: specialty care transport) tells the
// reader's emergency and the care given on the way. scanAmbulanceLevel
// reports:
//   - ALS1, ALS2 (also "ALS-1", "ALS 2"): levels only an ambulance bill
//     writes, with a reader's word (readerNear) in the sentence or the one
//     before;
//   - ALS, BLS or SCT alone when a transport or service word (transport,
//     service, level, emergency, care, traslado, servicio, transporte) is
//     up to three words after it or two before it, with a reader's word
//     near, and no course or cause word in the sentence (class, course,
//     certification, training, association, research, walk, curso, clase,
//     certificación, asociación).
//
// Passes: "the ALS Association walk", "BLS certification class for
// staff", "Nuestro curso de BLS". Cost: one look at each token als, bls,
// sct, als1 or als2.

var (
	alLevel   = wordSetTab("als1 als2 alsi alsii")
	alBare    = wordSetTab("als bls sct")
	alService = wordSetTab("transport transports transportation service services level emergency care run traslado traslados servicio servicios transporte")
	alCourse  = wordSetTab("class classes course courses certification certified certify training trainings instructor association research walk " +
		"curso cursos clase clases certificacion capacitacion asociacion investigacion caminata")
)

// scanAmbulanceLevel: see the file comment.
func (s *scanner) scanAmbulanceLevel() {
	if s.fbAll3&fb3AmbLevel == 0 { // no service level in the field (tokfilter.go)
		return
	}
	s.scanAmbulanceLevelOn()
}

// scanAmbulanceLevelOn is scanAmbulanceLevel past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanAmbulanceLevelOn() {
	n := len(s.toks)
	for i := 0; i < n; i++ {
		h := s.toks[i].h
		if alLevel.get(h) {
			if s.readerNear(i) {
				s.addTok(i, i, KindProcedure, "compose.ambulance_level", 0.7, "names the reader's ambulance service level")
			}
			continue
		}
		if !alBare.get(h) || s.toks[i].cls&tUpper == 0 {
			continue
		}
		end := i
		if s.toks[i].low == "als" && i+1 < n && (s.gap(i+1) == "-" || s.gap(i+1) == " ") && (s.toks[i+1].low == "1" || s.toks[i+1].low == "2") {
			end = i + 1 // "ALS-2", "ALS 1"
			if s.readerNear(i) {
				s.addTok(i, end, KindProcedure, "compose.ambulance_level", 0.7, "names the reader's ambulance service level")
			}
			i = end
			continue
		}
		if !s.alServiceNear(i) || s.wholeSentenceHas(i, &alCourse) || !s.readerNear(i) {
			continue
		}
		s.addTok(i, i, KindProcedure, "compose.ambulance_level", 0.7, "names the reader's ambulance service level")
	}
}

// alServiceNear: a transport or service word up to three words after
// token i or two before it, in its sentence.
func (s *scanner) alServiceNear(i int) bool {
	lo, hi := s.sentSpan(i)
	for k := max(lo, i-2); k < hi && k <= i+3; k++ {
		if k != i && alService.get(s.toks[k].h) {
			return true
		}
	}
	return false
}

// alStartFilter: the words scanAmbulanceLevel starts from (fb3AmbLevel)
var alStartFilter = tabsFilter(alLevel, alBare)
