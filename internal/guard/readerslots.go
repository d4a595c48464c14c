package guard

// readerslots.go — one walk for three rules of the tenth pass (helper
// MISS10) that each start at a rare word: the reader's hospital room or
// bed (roombed.go), a specialist as the reader's clinician
// (specialistvisit.go) and, in strict mode, marketing by a past purchase
// of medical equipment (becausebought.go). readerSlotFilter holds their
// first words, so a notice with none of them costs no walk at all (the
// notice-level bit fb2ReaderSl, tokfilter.go) and one with some one
// filter test a token.

var readerSlotFilter = tabsFilter(roomBedFirst, specialistVisitFirst, becauseBoughtFirst,
	testVerdictFirst, pathReportFirst, childLiceFirst, papSettingFirst, lowIronFirst, // helper MISS10B's five rules share the walk
	labAbbrVerdictFirst, labTitreFirst, periopFirst, // labverdict.go, periop.go (helper RECALL12B)
	woundFirst, deviceEventFirst, drugScreenFirst) // woundcare.go, deviceevent.go, drugscreen.go (helper RECALL13)

// readerSlotCaseTab maps a word to the number of the first of the
// rules' first-word sets (in the order of scanReaderSlots' cases) that
// holds it, 0 for none (helper SPEED13B): one lookup a token where the
// switch read up to fourteen maps; TestReaderSlotCaseTab checks it
// against the sets.
var readerSlotCaseTab = u8Tab(newHashTab(firstSetIndex(roomBedFirst, specialistVisitFirst, becauseBoughtFirst,
	labAbbrVerdictFirst, testVerdictFirst, labTitreFirst, periopFirst, woundFirst, deviceEventFirst,
	drugScreenFirst, pathReportFirst, childLiceFirst, papSettingFirst, lowIronFirst)))

// firstSetIndex maps every key of the sets to 1 + the index of the first
// set that holds it.
func firstSetIndex(sets ...setTab) map[uint64]uint8 {
	m := map[uint64]uint8{}
	for i := range sets {
		sets[i].each(func(h uint64) {
			if _, seen := m[h]; !seen {
				m[h] = uint8(i + 1)
			}
		})
	}
	return m
}

// scanReaderSlots runs the three rules at their first words.
func (s *scanner) scanReaderSlots() {
	if s.fbAll2&fb2ReaderSl == 0 { // no token passes readerSlotFilter (tokfilter.go)
		return
	}
	s.scanReaderSlotsOn()
}

// scanReaderSlotsOn is scanReaderSlots past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanReaderSlotsOn() {
	for i := range s.toks {
		h := s.toks[i].h
		if !readerSlotFilter.may(h) || s.used[i] {
			continue
		}
		switch readerSlotCaseTab.get(h) { // the first of the sets below that holds h
		case 1: // roomBedFirst
			s.roomBed(i)
		case 2: // specialistVisitFirst
			s.specialistVisit(i)
		case 3: // becauseBoughtFirst
			if s.m == Strict {
				s.becauseBought(i)
			}
		case 4: // labAbbrVerdictFirst
			if !s.labAbbrVerdict(i) && testVerdictFirst.get(h) { // labverdict.go
				s.testVerdict(i) // testverdict.go
			}
		case 5: // testVerdictFirst
			s.testVerdict(i) // testverdict.go
		case 6: // labTitreFirst
			s.labTitre(i) // labverdict.go
		case 7: // periopFirst
			s.periop(i) // periop.go
		case 8: // woundFirst
			s.woundCareAt(i) // woundcare.go
		case 9: // deviceEventFirst
			s.deviceEventAt(i) // deviceevent.go
		case 10: // drugScreenFirst
			s.drugScreenAt(i) // drugscreen.go
		case 11: // pathReportFirst
			s.pathReport(i) // pathreport.go
		case 12: // childLiceFirst
			s.childLice(i) // childlice.go
		case 13: // papSettingFirst
			s.papSetting(i) // cpappressure.go
		case 14: // lowIronFirst
			s.lowIron(i) // lowiron.go
		}
	}
}
