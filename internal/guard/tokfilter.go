package guard

// Token filter bits (issue 15, helper SPEED). detect looks each token's
// hash up once in tokFilterTab (read through tokFilterTabBoth, below,
// with the second byte's table), a table of 16,384 entries indexed like a
// hashFilter's bit (h & 16383), whose entry holds one bit per filter of
// the per-token passes: the bit is set exactly when that filter's may(h)
// is true. A pass then tests its bit in the token (token.fb), already in
// cache beside cls and h, instead of a 2 KiB filter of its own, and skips
// its whole walk when no token of the field has its bit
// (scanner.fbAll, the OR of every token's fb). Both only skip work that
// would find nothing: the answers are those of the filters they replace
// (TestTokFilterTabIsTheFilters).
//
// A new per-token word set whose filter holds fixed words (set at package
// init, never changed by New or a context) gets a bit here, an entry in
// tokFilters, and its pass tests s.toks[i].fb (and s.fbAll before its
// walk, when the walk does nothing for a token without the bit). A filter
// built per guard (the dictionary's ordinary words) cannot be folded in;
// one filled as a side effect of another variable's initialiser
// (otcFirstBits by otcByFirst) needs that variable named in tokFilters, so
// Go initialises it first (TestTokFilterTabIsTheFilters fails otherwise).
// token.fb is set only by detect: a pass also run on the tokens of another
// tokenize (addContext runs scanWords and scanNumbers) keeps its own filter
// test.
const (
	fbCareFirst   = 1 << iota // careFirstFilter (scanAddictionCare)
	fbDental                  // dentalFirstFilter (scanDental)
	fbBodyMeasure             // bodyMeasureFilter (scanBodyChange)
	fbCareRole                // careRoleFilter (scanCareRoles)
	fbPriorAuth               // priorAuthFirst (scanPriorAuth)
	fbVital                   // vitalBits (scanVitals)
	fbVitalCue                // vitalCueBits (scanVitals)
	fbRecipient               // recipientBits (scanVitals)
	fbDrugPen                 // drugPenFilter (scanDevices)
	fbDevAny                  // deviceParts().any (scanDevices)
	fbDevFirst                // deviceParts().first (scanDevices)
	fbBrand                   // brandWords.bits (markBrands)
	fbIntlGreet               // intlGreetFilter (scanCompose)
	fbOTCFirst                // otcFirstBits (scanCompose's otcAt)
	fbGoodsCue                // goodsRunCueBits (markGoodsRun's goodsRunNotice)
	fbAddrMX                  // addrMXBits (scanAddressMX: "c", "col", "colonia")
)

// tokFilters: each bit's filter, in bit order.
func tokFilters() []*hashFilter {
	d := deviceParts()
	_ = otcByFirst // fills otcFirstBits: initialised before tokFilterTab
	return []*hashFilter{careFirstFilter, dentalFirstFilter, bodyMeasureFilter, careRoleFilter, priorAuthFirst,
		vitalBits, vitalCueBits, recipientBits, drugPenFilter, &d.any, &d.first, &brandWords.bits, intlGreetFilter, &otcFirstBits, goodsRunCueBits, addrMXBits}
}

// tokFilterTab[h&16383]: the bits of the filters that may hold h.
var tokFilterTab = func() *[16384]uint16 {
	var tab [16384]uint16
	for b, f := range tokFilters() {
		for x := range tab {
			if f.may(uint64(x)) {
				tab[x] |= 1 << b
			}
		}
	}
	return &tab
}()

// The second byte of filter bits (token.fb2, scanner.fbAll2, helper
// SPEED10): the same reading as fb, for the later passes whose whole walk
// is a bit test per token until a start word passes (scanSymptoms,
// scanOrthoAbbrev, scanBodyChangeCue, scanInjury, scanRelativeCare,
// scanFertility, scanCareStay, scanTherapyAbbrev). Each returns at once when no token of the
// field has its bit, and tests the token's bit instead of its filter.
// token.fb2 sits in the padding byte after gapNL (the token stays 48
// bytes; TestTokFilterTabIsTheFilters).
const (
	fb2Symptom    = 1 << iota // symptomFilter (scanSymptoms)
	fb2Ortho                  // orthoFilter (scanOrthoAbbrev)
	fb2BodyChange             // bodyChangeBits (scanBodyChangeCue)
	fb2Injury                 // injuryBits (scanInjury)
	fb2RelCare                // relativeCareBits (scanRelativeCare)
	fb2Fert                   // fertFilter (scanFertility)
	fb2CareStay               // careStayFirst (scanCareStay)
	fb2Therapy                // therapyBits (scanTherapyAbbrev); the last of 8 in token.fb2

	// Notice-level bits (helper SPEED11): the second table's entries are
	// 16 bits, and the upper 8 are ORed into scanner.fbAll2 only, never
	// stored in a token (token.fb2 keeps the lower 8). A pass whose walk
	// finds nothing in a field without one of its start words returns at
	// once when its bit is clear, at the cost of no extra table read per
	// token; its per-token test stays its own.
	fb2KinDental // kinDentalFilter (scanKinDental)
	fb2Labor     // laborStayFirst (scanLaborStay: "labor", "labour")
	fb2AVTx      // avtxFirst (scanAVTx: "av", "tx")
	fb2ReaderSl  // readerSlotFilter (scanReaderSlots)
	fb2ClassIns  // classInstrFilter (scanClassInstruction: its class nouns and two-word heads; helper SPEED12B)
	fb2Honor     // honorFilter (scanHonorificName: its honorifics; helper SPEED12B)
	fb2TextSpk   // textSpeakOwnerFilter (scanTextSpeakAbbr: the reader's possessives; helper SPEED12B)
)

// tokFilters2: each bit's filter of token.fb2 (the first 8) and of the
// notice-level bits after them, in bit order.
func tokFilters2() []*hashFilter {
	return []*hashFilter{symptomFilter, orthoFilter, bodyChangeBits, injuryBits, relativeCareBits, fertFilter, careStayFirst, therapyBits,
		kinDentalFilter, laborStayFirst, avtxFirst, readerSlotFilter, classInstrFilter, honorFilter, textSpeakOwnerFilter}
}

// tokFilterTab2[h&16383]: the fb2 bits (lower byte) and notice-level bits
// (upper byte) of the filters that may hold h. detect and careView read
// both tables as one, tokFilterTabBoth.
var tokFilterTab2 = func() *[16384]uint16 {
	var tab [16384]uint16
	for b, f := range tokFilters2() {
		for x := range tab {
			if f.may(uint64(x)) {
				tab[x] |= 1 << b
			}
		}
	}
	return &tab
}()

// A third set of notice-level bits (helper SPEED14): tokFilterTab3's
// entries fill bits 32-63 of tokFilterTabBoth and are ORed into
// scanner.fbAll3 only, never stored in a token. A pass whose walk finds
// nothing in a field without one of its start words returns at once when
// its bit is clear; the bit costs detect no extra load per token.
const (
	fb3Turned        = 1 << iota // tcTurnedFilter (scanTurnedCue: "turned")
	fb3Gift                      // gfStartFilter (scanGiftFrame: its gift words and "thank")
	fb3ReaderFam                 // readerFamilyFilter (scanReaderFamilies: the five rules' first words)
	fb3Occasion                  // colonOccasionFilter (scanOccasionName: colonOccasions)
	fb3EsShopTitle               // esShopTitleFilter (markEsShopDon: esShopTitle's words, folded or not)
	fb3SupportFit                // sfStartFilter (scanSupportFit: a support noun or a boot)
	fb3AmbLevel                  // alStartFilter (scanAmbulanceLevel: ALS1/ALS2, ALS/BLS/SCT)
	fb3PeriTx                    // ptStartFilter (scanPeriTx: post, pre, pos)
	fb3LensRx                    // lrStartFilter (scanLensRx: a lens type, a power's decimals)
	fb3Spine                     // spStartFilter (scanSpineLevel: C1-C8, T1-T12, L1-L5, S1-S2)
	fb3Organism                  // orgStartFilter (scanOrganism: vocab/organisms.txt)
	fb3Aftercare                 // acStartFilter (scanAftercare: aftercare)
	fb3DialSlot                  // dsStartFilter (scanDialSlot: session, sesión, chair)
	fb3SpecCare                  // specCareFilter (scanSpecialtyCare: study drug, cord-unit, eating-disorder and vaporizer words; helper recall16)
	fb3ChildSlot                 // csStartFilter (scanChildSlot: an age unit, a child word, a dose word; seventeenth pass)
	fb3Program                   // psProgramFilter (scanProgramStart: program, programme, programa)
	fb3Imaging                   // imagingFilter (scanImagingWord: resonancia)
	fb3DcClass                   // dcClassFilter (dropDispensedClass: medications, prescriptions, drugs…)
	fb3ReaderMeasure             // rmStartFilter (scanReaderMeasure: a unit's first word; helper recall17b)
	fb3Prosthetic                // ppStartFilter (scanProsthetic: a prosthetic or orthotic part noun; helper recall17b)
	fb3ImagingFind               // ifStartFilter (scanImagingFind: a finding noun; helper recall17b)
	fb3QuitSlip                  // qsStartFilter (scanQuitSlip: a return or relapse word; helper recall17b)
	fb3ResultCat                 // rcStartFilter (scanResultCat: a result category system's name; helper recall17b)
	fb3CountSurgery              // cnsStartFilter (scanCountSurgery: a count word; helper gaps18)
	fb3TakesDrug                 // tdStartFilter (scanTakesDrug: a form of tomar or usar; helper gaps18)
	fb3SurnameSlot               // ssStartFilter (scanSurnameSlot: "with"; helper gaps18)
	fb3RecallFam18               // rf18Filter (scanRecallFam18: a baseline, a named cognitive test, a form noun or brand, a travel word; helper recall18)
	fb3ReaderAbbr                // raFilter (scanReaderAbbr: a device abbreviation, beta, a one-letter capital; helper miss19)
	fb3Gaps19                    // g19Filter (scanGaps19: a past verb of having, a survivor, programme, record, curve or form noun; helper gaps19)
	fb3ReaderTreat               // rtFilter (scanReaderTreat: a treatment noun, SLIT/SCIT, extraction, aligners, monitor, social; helper miss19b)
	fb3Pass20                    // pass20Filter (pass20gate.go: the start words of every twentieth-pass pass, shared; the last bit of the word)
)

// tokFilters3: each notice-level bit's filter of tokFilterTab3, in bit
// order.
func tokFilters3() []*hashFilter {
	return []*hashFilter{tcTurnedFilter, gfStartFilter, readerFamilyFilter, colonOccasionFilter, esShopTitleFilter,
		sfStartFilter, alStartFilter, ptStartFilter, lrStartFilter, spStartFilter, orgStartFilter, acStartFilter, dsStartFilter, specCareFilter, csStartFilter,
		psProgramFilter, imagingFilter, dcClassFilter, rmStartFilter, ppStartFilter, ifStartFilter, qsStartFilter, rcStartFilter, cnsStartFilter, tdStartFilter, ssStartFilter, rf18Filter, raFilter, g19Filter, rtFilter, pass20Filter}
}

// tokFilterTab3[h&16383]: the notice-level bits of tokFilters3 that may
// hold h.
var tokFilterTab3 = func() *[16384]uint32 {
	var tab [16384]uint32
	for b, f := range tokFilters3() {
		for x := range tab {
			if f.may(uint64(x)) {
				tab[x] |= 1 << b
			}
		}
	}
	return &tab
}()

// tokFilterTabBoth[h&16383]: tokFilterTab's entry in bits 0-15,
// tokFilterTab2's in bits 16-31 (helper SPEED11) and tokFilterTab3's in
// bits 32-63 (helper SPEED14). detect reads a token's bits with one load
// from one cache line instead of one from each table
// (TestTokFilterTabIsTheFilters).
var tokFilterTabBoth = func() *[16384]uint64 {
	var tab [16384]uint64
	for x := range tab {
		tab[x] = uint64(tokFilterTab[x]) | uint64(tokFilterTab2[x])<<16 | uint64(tokFilterTab3[x])<<32
	}
	return &tab
}()
