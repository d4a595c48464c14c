package guard

// carevisit.go: a care worker on the way to see a named person (issue 15,
// eighteenth pass, fix helper recall18, dev100's recall family, probe set
// dev100r, 2026-12-06): rules name.care_visit (kind name) and
// compose.care_visit (kind procedure).
//
// "Hi, this is Hearthside House Calls. Our nurse is on her way to see Walt
// now" passed: "Walt" is in no list of given names, and the sentence names
// no care word the vocabularies know. The person a nurse, aide or
// therapist travels to see is the patient, whatever the name.
//
// scanRecallFam18 (recallfam18.go) calls careVisitAt at a travel word: "on
// her/his/the way", "en route", "(va/está) en camino", "va camino",
// "heading", "headed", "running late". The person is reported when
//   - a singular care role (cvRoles: nurse, aide, caregiver, carer,
//     therapist, physio, clinician, paramedic, midwife, doula, phlebotomist,
//     RN, LPN, CNA, doctor, physician; enfermera, enfermero, cuidadora,
//     terapeuta, fisioterapeuta, auxiliar, partera, médico, médica,
//     doctora) stands up to seven words before the travel word, in its
//     sentence, and
//   - a visit verb (cvVisit: see, visit, check, ver, visitar, atender,
//     revisar, cuidar) follows within four words, and after it (past "on",
//     "in", Spanish "a"/"al") a person: a title and a capitalised word ("Mr.
//     Duarte", "Don Ramiro"), a capitalised word that is no sentence's
//     first and no place, month or civic title, not followed by a place
//     noun ("Walt", "Rosalind"): name.care_visit; or a reader's kin word
//     after "your", "su", "tu" ("your father"): compose.care_visit.
//
// Passes: "Our caregiver team is heading to see Mariners play" (a group
// after the role word), "our nurse director is on her way to the state home-care
// conference" (no visit verb), "Our nurses are on their way to see
// Hamilton tonight" (plural: a staff outing), "Our driver is on his way
// with your order", "Our technician is on his way to see you" (no care
// role), "Our chief nurse is on her way to see the mayor at City Hall" (no
// capitalised person), "Our nurse recruiter is on her way to see students
// at Lane Community College" (lower case), "Nuestra enfermera jefa va camino
// al congreso regional en Lima" (no visit verb). Reader-tied
// (readerTiedRule): the visited person is the notice's patient.
var (
	cvRoles = wordSetTab("nurse aide caregiver carer therapist physio physiotherapist clinician paramedic medic midwife doula " +
		"phlebotomist rn lpn cna hha doctor physician practitioner enfermera enfermero cuidadora cuidador terapeuta " +
		"fisioterapeuta auxiliar partera matrona medico medica doctora")
	cvTravel  = wordSetTab("way route camino heading headed late")
	cvWayPoss = wordSetTab("her his the their its")
	cvVisit   = wordSetTab("see visit check ver visitar atender revisar cuidar")
	cvSkip    = wordSetTab("on in up a al")
	// cvCivic: titles of office a staff member goes to see
	cvCivic = wordSetTab("mayor governor senator congressman congresswoman president minister councillor councilor " +
		"alcalde alcaldesa gobernador gobernadora senador senadora presidente presidenta ministro ministra")
	// cvPlaceNoun: a capitalised run that is a place, not a person
	cvPlaceNoun = wordSetTab("hospital clinic center centre hall park college university school office house home street " +
		"avenue road library church station court club hotel clinica escuela parque iglesia calle avenida")
	// cvGroup: a group after the role word ("our caregiver team")
	cvGroup = wordSetTab("team teams staff crew group members equipo personal")
	// cvKin: the reader's relative a care worker visits
	cvKin      = tabsUnion(careKin, wordSetTab("mom mum dad grandma grandpa granny nana mami papi abuela abuelo abuelita abuelito"))
	hCvOn      = hstr("on")
	hCvEn      = hstr("en")
	hCvRunning = hstr("running")
)

// careVisitAt: token i is a travel word (cvTravel).
func (s *scanner) careVisitAt(i int) {
	t := s.toks
	n := len(t)
	switch t[i].low {
	case "way":
		if i < 2 || !cvWayPoss.get(t[i-1].h) || t[i-2].h != hCvOn {
			return
		}
	case "route":
		if i < 1 || t[i-1].h != hCvEn {
			return
		}
	case "late":
		if i < 1 || t[i-1].h != hCvRunning {
			return
		}
	}
	lo, hi := sentenceSpan(t, i)
	role := false
	for k := i - 1; k >= lo && k >= i-7; k-- {
		if cvRoles.get(t[k].h) {
			role = k+1 >= n || !cvGroup.get(t[k+1].h) // "Our caregiver team is heading to see Mariners play": a staff outing
			break
		}
	}
	if !role {
		return
	}
	verb := -1
	for k := i + 1; k < hi && k <= i+4; k++ {
		if cvVisit.get(t[k].h) {
			verb = k
			break
		}
	}
	if verb < 0 {
		return
	}
	k := verb + 1
	for x := 0; x < 2 && k < hi && cvSkip.get(t[k].h) && t[k].cls&tCap == 0; x++ {
		k++
	}
	if k >= hi || k >= n {
		return
	}
	if ppOwner.get(t[k].h) && k+1 < hi && cvKin.get(t[k+1].h) {
		s.addTok(k, k+1, KindProcedure, "compose.care_visit", 0.7, "tells that a care worker is on the way to see the reader's relative")
		return
	}
	a := k
	if s.fl(k)&wTitle != 0 && k+1 < hi && s.isCapWord(k+1) {
		k++ // "Mr. Duarte", "Don Ramiro"
	} else if !s.cvPerson(k) {
		return
	}
	s.addTok(a, k, KindName, "name.care_visit", 0.7, "names the person a care worker is on the way to see")
}

// cvPerson: token k is a capitalised word that may be a person's name: no
// sentence's first word, no place, month or civic title, not followed by a
// place noun.
func (s *scanner) cvPerson(k int) bool {
	t := s.toks
	if !s.isCapWord(k) || t[k].sent || cvCivic.get(t[k].h) || s.fl(k)&(wPlace|wMonth|wStop) != 0 {
		return false
	}
	for m := k + 1; m < len(t) && m <= k+2 && !t[m].sent && s.isCapWord(m); m++ {
		if cvPlaceNoun.get(t[m].h) {
			return false
		}
	}
	return true
}
