package guard

// readerslots.go — one walk for three rules of the tenth pass (helper
// MISS10) that each start at a rare word: the reader's hospital room or
// bed (roombed.go), a specialist as the reader's clinician
// (specialistvisit.go) and, in strict mode, marketing by a past purchase
// of medical equipment (becausebought.go). readerSlotFilter holds their
// first words, so a notice with none of them costs no walk at all (the
// notice-level bit fb2ReaderSl, tokfilter.go) and one with some one
// filter test a token.

var readerSlotFilter = setsFilter(roomBedFirst, specialistVisitFirst, becauseBoughtFirst,
	testVerdictFirst, pathReportFirst, childLiceFirst, papSettingFirst, lowIronFirst, // helper MISS10B's five rules share the walk
	labAbbrVerdictFirst, labTitreFirst, periopFirst, // labverdict.go, periop.go (helper RECALL12B)
	woundFirst, deviceEventFirst, drugScreenFirst) // woundcare.go, deviceevent.go, drugscreen.go (helper RECALL13)

// scanReaderSlots runs the three rules at their first words.
func (s *scanner) scanReaderSlots() {
	if s.fbAll2&fb2ReaderSl == 0 { // no token passes readerSlotFilter (tokfilter.go)
		return
	}
	for i := range s.toks {
		h := s.toks[i].h
		if !readerSlotFilter.may(h) || s.used[i] {
			continue
		}
		switch {
		case roomBedFirst[h]:
			s.roomBed(i)
		case specialistVisitFirst[h]:
			s.specialistVisit(i)
		case becauseBoughtFirst[h]:
			if s.m == Strict {
				s.becauseBought(i)
			}
		case labAbbrVerdictFirst[h]:
			if !s.labAbbrVerdict(i) && testVerdictFirst[h] { // labverdict.go
				s.testVerdict(i) // testverdict.go
			}
		case testVerdictFirst[h]:
			s.testVerdict(i) // testverdict.go
		case labTitreFirst[h]:
			s.labTitre(i) // labverdict.go
		case periopFirst[h]:
			s.periop(i) // periop.go
		case woundFirst[h]:
			s.woundCareAt(i) // woundcare.go
		case deviceEventFirst[h]:
			s.deviceEventAt(i) // deviceevent.go
		case drugScreenFirst[h]:
			s.drugScreenAt(i) // drugscreen.go
		case pathReportFirst[h]:
			s.pathReport(i) // pathreport.go
		case childLiceFirst[h]:
			s.childLice(i) // childlice.go
		case papSettingFirst[h]:
			s.papSetting(i) // cpappressure.go
		case lowIronFirst[h]:
			s.lowIron(i) // lowiron.go
		}
	}
}
