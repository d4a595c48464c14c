package guard

import (
	"cmp"
	"slices"
	"strings"
)

const maxFindingsPerField = 200

type ifind struct {
	a, b int // normalised byte span
	kind Kind
	rule string
	conf float64
	why  string
	ctx  bool // from context matching (never suppressed by Template)
	// tied: the finding is about the reader's own care or identity, set
	// where it is made (readertied.go); no drop of the sender's or the
	// public's wording clears it
	tied bool
}

type dateVal struct {
	y, m, d int // y == 0: no year; d == 0: month+year only
	a, b    int // token span
	allowed bool
}

type scanner struct {
	fbAll uint16 // OR of the tokens' filter bits (tokfilter.go)
	// seen: the gapBit bits of s.t.s's gap bytes, when seenOK (an ASCII
	// text read by tokenizeASCII in detect; hasByte)
	seen   uint64
	seenOK bool
	// sents[k]: sentenceSpan(s.toks, k), its start then its end in the
	// upper 32 bits, once a call has read k's sentence (0 until then),
	// when sentsOK (sentSpan clears it at its first call on a token list;
	// helper speed22)
	sents   []uint64
	sentsOK bool
	fbAll2  uint16 // OR of the tokens' second filter bits and notice-level bits (tokfilter.go)
	fbAll3  uint32 // OR of the tokens' third, notice-level bits (tokfilter.go, helper SPEED14)
	p20     uint16 // the fb3Pass20 passes' own bits (pass20gate.go, helper speed21; uint16 since fix helper r113m)
	g       *Guard
	v       *vocab
	p       *Prepared
	m       Mode
	field   string

	t    ntext
	toks []token
	used []bool
	// numToks: the indices of the tokens with digits (tDigit or tMixed),
	// in order, for the passes that read only those (scanNumbers,
	// scanVanity, scanContext); filled with toks by detect and addContext
	// (appendNumToks; helper SPEED16)
	numToks []int32
	// capToks: the indices of the tokens with a capital (tCap or tUpper),
	// in order, filled by detect (nextCap; helper SPEED16)
	capToks []int32
	// laMark: the look-alike marks of lookalikeMarks (lookalike_abbr.go), reused
	laMark []bool
	// devHits: the device part words of the field (devicebrand.go), reused
	devHits []devHit
	// noticeCue: 0 not computed, 1 none, 2 cueTok is the notice's health cue
	cueState uint8
	cueTok   int
	// langState: 0 not computed, 1 not Spanish, 2 Spanish (lang.go)
	langState uint8
	// cares: brandCares' answer for this token list, once caresOK
	// (brandlist.go)
	cares   []int
	caresOK bool
	// careMemo: the answers of sdCareInNotice, ssCareInNotice and
	// spCareInNotice for this token list (caremo.go); detect resets it
	careMemo uint8
	// arrMemo: the answers of arrivalOrOddClock, sdArrival and schedDayBooking for this
	// token list (arrivememo.go); reset with careMemo
	arrMemo uint8
	// goodsNote: markGoodsRun's goodsRunNotice answer for this token list
	// (0 not asked, 1 no, 2 yes), read and cleared by markShopSlot, which
	// detect calls right after it (goodsrun.go, shopslot.go)
	goodsNote uint8
	// sdLTState: the text holds a "<" (0 not computed, 1 no, 2 yes;
	// senderdate.go's sdAnyTag); reset per token list
	sdLTState uint8
	// dchain: bareDomain's chain memo (domainchain.go); scanWords resets it
	dchain domainChain
	fs     []ifind
	dates  []dateVal
	out    []Finding
	buf    []byte
	// nb holds the normalised text of the field being read (normalizeInto):
	// s.t points into it during the field's plain pass
	nb normBufs
	// hb holds an HTML field's text as read from its markup (stripHTMLInto),
	// read only while normalizeInto copies it into nb
	hb htmlBuf
	// nbDec and hbDec are nb and hb for the field's decoded pass
	// (runDecoded), apart from the plain pass's, which replaysPlain
	// compares against; the next field's decoded pass overwrites them
	nbDec normBufs
	hbDec htmlBuf
	db    decodeBufs // the decoded text's rounds (decodeNestedBuf)
	// tp: per token, the third-pass word classes (tpWords, shapes.go),
	// filled by scanShapes; tpAll their OR over the token list, set with
	// them (scanCompose skips a neighbour's bit test when no token has
	// the bit, helper SPEED12)
	tp    []uint32
	tpAll uint32
	// okURLs are the spans (normalised offsets) of links under an allowed
	// prefix: the tenant's own link carries a random token, whose letters
	// and digits must not count as repeats of identity or sealed text.
	okURLs [][2]int
	// src is the field as given (before normalisation), for rules that
	// look at how a word was written (loanword.go)
	src string
	// nearChecks: ordinary-typo checks made in this field (dictfuzzy.go)
	nearChecks int
	// prod: per token, the marks of a product phrase (product.go); empty
	// when the token list has none
	prod []uint8
	// prodRun: scratch marks of the run being read (product.go)
	prodRun  []uint8
	prodLead bool // productRun: the gap after the lead is relaxed (prodlead.go)
	// dateKeep: a date of the notice before 2010 was read (a birth date), or
	// a date's cue was vetoed as the reader's visit (redteam.go,
	// senderdate.go's sdBookedSlot): dropCareFreeDates keeps the untied
	// dates then (caresignal.go); set by date() and monthDate, cleared by
	// CheckPrepared once per notice
	dateKeep bool
	// careStaffBuf: the name findings of a notice whose other findings are
	// untied dates, kept across the staff passes (carestaff.go)
	careStaffBuf [4]Finding
	careStaffN   int
	// ownDates: the untied dates the care gate is asked about, while it
	// reads the fields again (ownnotice.go)
	ownDates []Finding
	// hidden: spans of the field as given inside CSS-hidden HTML elements
	// (htmlhidden.go); nil for plain text and decoded passes
	hidden [][2]int32
	// sn: the sender's own name spans of the token list, snN of them
	// (sendername.go), filled by dropSenderName in finish
	sn  [snMax]snSpan
	snN int
}

func (s *scanner) reset(g *Guard, p *Prepared, m Mode, field string) {
	s.g, s.v, s.p, s.m, s.field = g, g.v, p, m, field
	s.fs = s.fs[:0]
	s.dates = s.dates[:0]
	s.out = s.out[:0]
	s.okURLs = s.okURLs[:0]
	s.nearChecks = 0
}

// newTokenList clears what the scanner keeps per token list: every path
// that tokenizes a new text (detect, careView, Prepared.addContext) calls
// it, so no saved answer of one text is read for the next. (addContext
// cleared only two of them by hand, careView five: a sentence span, care
// memo or brand answer of the previous text could be read for the next
// one; helper fuzzslow's note, twenty-fourth pass.)
func (s *scanner) newTokenList() {
	s.sentsOK = false           // sentSpan
	s.cueState, s.cueTok = 0, 0 // a field's second (decoded) pass tokenizes again
	s.langState = 0
	s.caresOK = false // brandCares
	s.careMemo = 0    // the notice-wide care scans (caremo.go)
	s.arrMemo = 0     // the arrival scans (arrivememo.go) and the booking scan (schedbookmemo.go)
	s.sdLTState = 0   // sdAnyTag (senderdate.go)
}

func (s *scanner) run(text string, isHTML bool) {
	s.src = text
	s.hidden = nil
	if isHTML {
		txt, st, en, hidden := stripHTMLInto(text, &s.hb)
		s.hidden = hidden
		s.t = normalizeInto(txt, st, en, &s.nb)
	} else {
		s.t = normalizeInto(text, nil, nil, &s.nb)
	}
	s.detect()
}

// runDecoded checks dec, the text decoded from nested encodings
// (decode.go), whose bytes map to the original through dst/den. It runs
// after run on the same field; when the decoded text reads exactly as the
// plain pass read the field (an HTML field whose only escapes are entities
// like "&nbsp;" or "&amp;" in text, which the HTML reader decodes anyway),
// the pass would repeat the plain pass finding for finding, so it is
// skipped (s.out is left empty; see replaysPlain).
func (s *scanner) runDecoded(dec string, dst, den []int32, isHTML bool) {
	var t ntext
	// in the scanner's own buffers for the decoded pass (hbDec, nbDec),
	// not new memory: most decoded passes are replays and dropped
	if isHTML {
		txt, st, en, _ := stripHTMLInto(dec, &s.hbDec)
		for i := range st {
			st[i], en[i] = dst[st[i]], den[en[i]-1]
		}
		t = normalizeInto(txt, st, en, &s.nbDec)
	} else {
		t = normalizeInto(dec, dst, den, &s.nbDec)
	}
	if skipReplays && s.replaysPlain(&t) {
		s.out = s.out[:0]
		return
	}
	s.hidden = nil
	s.t = t
	s.detect()
}

// skipReplays is false only in the test that checks replaysPlain against
// the decoded passes it skips (decode_replay_test.go).
var skipReplays = true

// replaysPlain reports whether a decoded pass over t would only repeat the
// plain pass just made (s.t): the same normalised text, case, look-alike
// and zero-width marks and offsets into the field, no CSS-hidden spans in
// the plain pass (the decoded pass reads none), and few enough
// ordinary-typo checks (nearBudget) that the second pass could make every
// one the first made. detect reads nothing else of an earlier pass, so its
// findings would be the plain pass's, every one a duplicate that
// CheckPrepared drops.
func (s *scanner) replaysPlain(t *ntext) bool {
	p := &s.t
	return len(s.hidden) == 0 && 2*s.nearChecks <= nearBudget &&
		t.s == p.s && t.low == p.low && slices.Equal(t.start, p.start) && slices.Equal(t.end, p.end) &&
		slices.Equal(t.zw, p.zw) && slices.Equal(t.homog, p.homog) && slices.Equal(t.mixed, p.mixed)
}

func (s *scanner) detect() {
	s.fs = s.fs[:0]
	s.dates = s.dates[:0]
	s.out = s.out[:0]
	s.okURLs = s.okURLs[:0]
	// tokenize, with the gap bytes' bits of an ASCII text (hasByte)
	if out, seen, ok := tokenizeASCII(&s.t, s.toks[:0]); ok {
		s.toks, s.seen, s.seenOK = out, seen, true
	} else {
		s.toks, s.seen, s.seenOK = tokenizeAny(&s.t, s.toks[:0]), gapBits(s.t.s), false
	}
	s.newTokenList()
	var all uint64
	toks, v := s.toks, s.v // (locals: the stores below would make s.toks and s.v be read again per token)
	// numToks and capToks are written by index into buffers of one slot a
	// token, each index stored and its count moved on only for a token of
	// the list: an append in the loop called growslice, and around that
	// call every value of the loop went to the stack and back each token
	// (helper speed19)
	if cap(s.numToks) < len(toks) {
		s.numToks = make([]int32, len(toks))
	}
	if cap(s.capToks) < len(toks) {
		s.capToks = make([]int32, len(toks))
	}
	nums, caps := s.numToks[:len(toks)], s.capToks[:len(toks)]
	nn, nc := 0, 0
	for i := range toks {
		t := &toks[i]
		h := t.h
		t.w = v.get(h)
		x := tokFilterTabBoth[h&16383] // tokfilter.go: fb, then fb2 and the notice-level bits
		t.fb = uint16(x)
		t.fb2 = uint8(x >> 16) // bits 24-31: notice-level only
		all |= x
		if t.cls&(tDigit|tMixed) != 0 { // appendNumToks, inline
			nums[nn] = int32(i)
			nn++
		}
		if t.cls&(tCap|tUpper) != 0 {
			caps[nc] = int32(i)
			nc++
		}
	}
	s.numToks, s.capToks = nums[:nn], caps[:nc]
	s.fbAll, s.fbAll2, s.fbAll3 = uint16(all), uint16(all>>16), uint32(all>>32)
	if cap(s.used) < len(s.toks) {
		s.used = make([]bool, len(s.toks))
	} else {
		s.used = s.used[:len(s.toks)]
		clear(s.used)
	}
	s.scanAddrs()         // emails, URLs, IPv6/MAC (byte level)
	s.markMoney()         // $42.10, 15%, 3 items...
	s.scanVanity()        // phone numbers written with letters
	s.markProducts()      // product noun phrases in shop wording (product.go)
	s.markBrands()        // listed brand and title names in shop wording (brandlist.go)
	s.markEsShopDon()     // Spanish shop word + Don/Doña + name (esshopdon.go)
	s.markChefBy()        // "Sakura Sushi by Kenji:" (chefby.go)
	s.markGoodsRun()      // product runs of unlisted brands in goods wording (goodsrun.go)
	s.markNamedGoods()    // goods named after a person: "Carmen clogs", "the Dr. Bennett lab coat" (namedgoods.go)
	s.markShopSlot()      // brands, products and shops in a shop notice's product slots (shopslot.go)
	s.scanWords()         // vocab phrases, id cues, names, addresses, month dates, codes
	s.scanDevices()       // devices by brand, model and part (devicebrand.go)
	s.scanAddressMX()     // "C.P. 06000", "Col. Centro," (address_mx.go)
	s.scanAddressFR()     // "14 rue des Lilas, 75011 Paris" (address_fr.go)
	s.scanNumbers()       // phones, SSNs, numeric dates, ZIPs, NDC, LOINC, long numbers
	s.scanVitals()        // measurements and vaccinations of the person (vitals.go)
	s.scanShapes()        // spelled digits, user names, member digits, possessive names (shapes.go)
	s.scanFrames()        // words in no vocabulary: clinical/personal frames, stems, misspellings
	s.scanSplitRuns()     // a clinical word cut into 3+ pieces (splitrun.go)
	s.scanCompose()       // clinical heads, body parts, doses, greeting + name (compose.go)
	s.scanSpanish()       // Spanish frames English does not need (lang.go)
	s.scanSymptoms()      // symptoms of the reader in a personal frame (symptom.go)
	s.scanFifth()         // specialties, care places, eponyms, vocative names (fifthpass.go)
	s.scanCareRoles()     // care roles named by a condition: "transplant coordinator" (carerole.go)
	s.scanIDPrefix()      // "Invoice INV-558812" (idprefix.go)
	s.scanCareStay()      // "your stay in Labor & Delivery" (carestay.go)
	s.scanDental()        // dental work with a dental or personal cue (dental.go)
	s.scanAddictionCare() // recovery centers, sober living, inpatient units (addictcare.go)
	s.scanBodyChange()    // "your weight went up 4 lb" (bodychange.go)
	s.scanBodyChangeCue() // "You are up 4 lb …; call your nurse" (bodychange.go)
	s.scanTherapyAbbrev() // "Your PT eval" (therapyabbr.go)
	s.scanFertility()     // "sperm storage", "almacenamiento de embriones" (fertility.go)
	s.scanOrthoAbbrev()   // "Your HKAFO casting", "Your BK socket adjustment" (orthoabbr.go)
	s.scanInjury()        // "your MCL tear", "fractura del pie" (injury.go)
	s.scanRelativeCare()  // "your daughter was treated in our NICU" (relativecare.go)
	s.scanKinDental()     // "your child needed 4 fillings" (kindental.go)
	s.scanLaborStay()     // "your labor and delivery stay" (laborstay.go)
	s.scanAVTx()          // "your AV access", "your Tx coordinator" (avtx.go)
	s.scanReaderSlots()   // the reader's room and bed, specialist, strict past purchase (readerslots.go)
	s.scanPriorAuth()     // "prior auth request for Humera" (priorauth.go)
	s.scanSubjectName()   // "Subject: Olumide, your …" (subjname.go)
	s.scanOccasionName()  // "Okafor Nnamdi: Wedding Highlights" (occasionname.go)

	// helper RECALL12 (twelfth pass)
	s.scanLeetSymbol()       // "H!V", "$TD", "A1©" (leetsym.go)
	s.scanClassInstruction() // "do not take nitrates" (classinstr.go)
	s.scanConditionAbbr()    // strict: "Guys managing ED" (strictabbr.go)
	s.scanHonorificName()    // "Hola doña Altagracia," (honorname.go)

	// helper RECALL12C (twelfth pass)
	s.scanTextSpeakAbbr() // "ur h!v meds", "y0ur h.r.t. refill" (textspeakabbr.go)

	// helper RECALL12D (twelfth pass)
	s.scanDisguised() // "a-m-p-u-t-e-e support grp", "k1dn3y st0ne f/u" (disguised.go)

	// helper RECALL14 (fourteenth pass)
	s.scanReaderFamilies() // maternity, sexual health, dose change, clinical score, dementia behaviour (readerfamily.go)

	// helper RECALL13 (thirteenth pass)
	s.scanConditionRx() // "Your Nicotine Rx order", "AcneRx" (conditionrx.go)

	// helper red14 (fourteenth pass)
	s.scanTurnedCue() // "our transplant recipient-turned-speaker Tom Reed" (turnedcue.go)
	s.scanGiftFrame() // "Flowers from Carol Stream arrived for you" (giftframe.go)

	// helper latent14 (fifteenth pass)
	s.scanLensRx()         // "your toric lenses", "-2.75 / -1.25 x 180" (lensrx.go)
	s.scanAmbulanceLevel() // "Your bill reflects ALS2 service" (amblevel.go)
	s.scanSpineLevel()     // "Your L4-5 RFA" (spinelevel.go)
	s.scanPeriTx()         // "Your post-tx labs" (peritx.go)
	s.scanSupportFit()     // "the lumbar support brace you were fitted for" (supportfit.go)

	// helper recall15 (fifteenth pass)
	s.scanOrganism()  // "Your toenail culture grew Trichophyton rubrum" (organism.go)
	s.scanAftercare() // "CO2 laser resurfacing aftercare" (aftercare.go)
	s.scanDialSlot()  // "RenalPath Dialysis: Your Thursday session moved" (dialslot.go)

	// helper recall16 (sixteenth pass)
	s.scanSpecialtyCare() // a trial's study drug, a cord-blood unit's counts, an eating-disorder programme, a vaporizer's part (specialtycare.go)

	// fix helper red16b (sixteenth pass)
	s.scanHeadSurname()     // "Haeun Park: your claim…", "Santa Cruz: your lab results…" (headsurname.go)
	s.scanOurCareRole()     // "Our phlebotomist arrives at 7 AM" (ourcarerole.go)
	s.scanHomeCareAct()     // "Evergreen Home Care: Your caregiver will stay overnight while you recover" (homecareact.go)
	s.scanStaffCareFollow() // "Say hi to Dana, our new infusion coordinator! Dana will call tomorrow…" (staffcarefollow.go)

	// fix helper gaps17 (seventeenth pass)
	s.scanProgramStart() // "… program now open — you begin Tuesday" (programstart.go)
	s.scanChildSlot()    // "the newborn's hearing rescreen is Thursday", "dose 4" (childslot.go)
	// fix helper misc17 (seventeenth pass)
	s.scanSymptomQuestion() // strict: "Still waking up with night sweats? Members like you…" (symptomq.go)
	// fix helper recall17b (seventeenth pass)
	s.scanReaderMeasure() // "tu lectura … fue de 18 ppm", "Hb 9.2 g/dL on your last FBC" (readermeasure.go)
	s.scanProsthetic()    // "Your Alpha Smart liner, size 28", "your socket recast" (prosthetic.go)
	s.scanImagingFind()   // "sus resultados muestran una masa en la mama izquierda" (imagingfind.go)
	s.scanQuitSlip()      // "¿Volviste a fumar?", "Had a slip this week?" (quitslip.go)
	s.scanResultCat()     // "BI-RADS 4", {"birads":"4"}, "Bosniak IIF" (resultcat.go)
	s.scanImagingWord()   // "su parte de la resonancia de rodilla" (imagingword.go)
	// fix helper gaps18 (eighteenth pass)
	s.scanCountSurgery() // "after his triple bypass", "tras su doble mastectomía" (countsurgery.go)
	s.scanTakesDrug()    // "personas que toman litio" (takesdrug.go)
	s.scanSurnameSlot()  // "Your call with Stonefield Vu", "Harbor Ridge Cardiology: Baker echo moved" (surnameslot.go)
	// fix helper recall18 (eighteenth pass)
	s.scanRecallFam18() // "verbal memory at 68 (below your baseline)", "your silicone breast form (size 6, left)", "Our nurse is on her way to see Walt" (recallfam18.go)
	// fix helper hook19 (nineteenth pass)
	s.scanWebhookHandle() // {"member_id":"ana-garcia"}, {"paciente_id":"diab_pac07"} (webhookhandle.go)
	// fix helper miss19 (nineteenth pass)
	s.scanReaderAbbr() // "so your ICD can send its report", "Your beta came back at 212", "Su C.I. N.º 3.881.245" (readerabbr.go)
	// fix helper miss19b (nineteenth pass)
	s.scanReaderTreat() // "your sublingual dust mite drops", "Sus alineadores de la fase 12", "return the event monitor", "Seguro Social son 4-4-1-8" (readertreat.go, helper miss19b)
	// fix helper gaps19 (nineteenth pass)
	s.scanGaps19() // "adults who had a stroke", "all clients in our alcohol recovery program", "your dad's record, james brown", "your curve measured 32 degrees", "your new form and two bras" (gaps19.go)
	// fix helper gaps20 (twentieth pass)
	s.p20 = s.pass20Bits() // which of the fb3Pass20 passes have a start word (pass20gate.go, helper speed21)
	s.scanGaps20()         // "Upload crown and hairline photos so your provider can compare", "Baby Aurora's cord blood unit", "your social: four two one nine", "Por ser paciente de implantes" (gaps20.go)
	// fix helper fix108 (twenty-first pass, round two)
	s.scanClinLabel()       // "Dx: early childhood caries, needs GA", "Motivo de consulta: dolor lumbar" (cliniclabel.go)
	s.scanPersonCard()      // "State medical cannabis card MMJ-CO-884120 expires" (personcard.go)
	s.scanDonorDeferral()   // "your donor status was changed to deferred after today's screening" (donordefer.go)
	s.scanCannabinoidDose() // "your order of … 10 mg THC tinctures" (cannabisdose.go)
	s.scanBracesAssoc()     // strict: "Parents of kids with braces: show this message" (bracesassoc.go)
	// fix helper r112 (twenty-second pass)
	s.scanLiceFound()      // "live lice found", "Se encontraron liendres en la cabeza de su hijo", "a re-infestation for your 2nd grader" (licefound.go)
	s.scanReaderOrthosis() // "ya llegó tu rodillera articulada", "traer su audífono el día del reconocimiento" (esorthosis.go)
	s.scanMedicalLeave()   // "su baja por contingencia profesional", "your medical leave has been extended" (medleave.go)
	s.scanUrgentAdvice()   // "the nurse recommends urgent care today", "la enfermera le recomienda acudir a urgencias" (urgentadvice.go)
	s.scanAreolaTattoo()   // "your 3D nipple-areola tattoo is booked", "su micropigmentación de areola" (areolatattoo.go)
	s.scanPostProcedure()  // "tu drenaje linfático post-lipo" (postproc.go)
	s.scanHospFor()        // "la hospitalización por dengue grave" (hospfor.go)

	s.scanTail() // JSON values, look-alike letters, sentence-opening clinical words (tail.go)
	s.scanContext()
	s.scanObfuscation()
	s.dropEveryday()         // everyday supplements, hygiene goods, product codes (everyday.go)
	s.dropAbbrevLookalikes() // MS Office, STD shipping, 2 TB, 9 am PT, model names (lookalike_abbr.go)
	s.dropGoodsRun()         // names, near-spellings and model codes inside goods runs (goodsrun.go)
	s.dropJSONProgramEvent() // {"program":"cancer-research-fund"} (jsonprogramevent.go)
	s.dropOwnRole()          // "with our pedorthist": the sender's staff's profession (ownrole.go)
	s.dropStaffLine()        // "Vireo Home Infusion pharmacists are available 24/7 at …" (staffline.go)
	s.dropDispensedClass()   // "returns of dispensed medications" (dispensedclass.go)
	s.dropLabLogistics()     // "the practice will send FBC and U&E samples to the lab" (labsample.go)
	s.dropWebhookRecord()    // {"appt_id":"CB-220913","start":"2026-12-15T08:40"}: the system's record (webhookrecord.go)
	s.dropJobAdStaff()       // "We're hiring! Home infusion nurses … can apply at": a job ad's staff (jobadstaff.go)
	s.dropChargeDescriptor() // "The next charge will appear as HARBORLINE RX" (chargedescriptor.go)
	s.finish()
}

// appendNumToks appends to dst the indices of the tokens of toks with
// digits (tDigit or tMixed), in order (scanner.numToks).
func appendNumToks(toks []token, dst []int32) []int32 {
	for i := range toks {
		if toks[i].cls&(tDigit|tMixed) != 0 {
			dst = append(dst, int32(i))
		}
	}
	return dst
}

// hasByte reports whether the byte c is in s.t.s (strings.IndexByte(s.t.s,
// c) >= 0) for detect's token list: for an ASCII text, from the bits
// tokenizeASCII noted of the gap bytes (gapBit: every byte of c's kind
// is in a gap) and, for a byte of 0x80 or more, at once (an ASCII text
// has none); otherwise by the byte search (helper speed20).
//
// The gap bits are noted for every text (for one tokenizeASCII did not
// read, by gapBits, helper speed22): a byte with a gap bit is answered
// from them in a test small enough to be inlined; hasByteOther answers
// the others.
func (s *scanner) hasByte(c byte) bool {
	if b := gapBit[c]; b != 0 {
		return s.seen&b != 0
	}
	return s.hasByteOther(c)
}

// hasByteOther is hasByte for a byte with no gap bit.
func (s *scanner) hasByteOther(c byte) bool {
	if s.seenOK && c >= 0x80 {
		return false
	}
	return strings.IndexByte(s.t.s, c) >= 0
}

// gapBits: the gapBit bits of the bytes of t (tokenizeASCII's seen for a
// text it reads; any byte with a gap bit is in a gap of any text).
func gapBits(t string) uint64 {
	var seen uint64
	for i := 0; i < len(t); i++ {
		seen |= gapBit[t[i]]
	}
	return seen
}

// sentSpan is sentenceSpan(s.toks, k), read once per sentence: the
// first call in a sentence walks it (sentenceSpan) and notes the span for
// each of its tokens, where each call walked its sentence both ways; the
// sentences no call asks about are not read (the token lists of detect
// and careView; TestSentSpan; helper speed22).
func (s *scanner) sentSpan(k int) (lo, hi int) {
	if !s.sentsOK {
		s.clearSents()
	}
	if uint(k) >= uint(len(s.sents)) {
		return sentenceSpan(s.toks, k) // out of the list: as it answers (or fails)
	}
	if x := s.sents[k]; x != 0 { // (an end is past its token: never 0)
		return int(uint32(x)), int(x >> 32)
	}
	lo, hi = sentenceSpan(s.toks, k)
	x := uint64(uint32(lo)) | uint64(hi)<<32
	sp := s.sents[lo:hi] // every token of the sentence has its span
	for m := range sp {
		sp[m] = x
	}
	return lo, hi
}

// clearSents empties s.sents (one entry a token of s.toks, 0: not read
// yet) for sentSpan.
func (s *scanner) clearSents() {
	n := len(s.toks)
	if cap(s.sents) < n {
		s.sents = make([]uint64, n)
	}
	s.sents = s.sents[:n]
	clear(s.sents)
	s.sentsOK = true
}

// hasSub is strings.Contains(t, sub) for a gate (sub not empty): an
// IndexByte of sub's first byte, then a compare where it occurs. A text
// without that byte (most texts, for a capital or a comma) costs one
// byte search, many bytes at a time, not the general substring search
// (helper speed17).
func hasSub(t, sub string) bool {
	c := sub[0]
	for {
		i := strings.IndexByte(t, c)
		if i < 0 {
			return false
		}
		if strings.HasPrefix(t[i:], sub) {
			return true
		}
		t = t[i+1:]
	}
}

// hOur, hHome: the hashes of "our" and "home" (capTokHash, headTokHash).
var hOur, hHome = hstr("our"), hstr("home")

// capTokHash reports whether a capitalised token (capToks) has hash h.
func (s *scanner) capTokHash(h uint64) bool {
	for _, k := range s.capToks {
		if s.toks[k].h == h {
			return true
		}
	}
	return false
}

// headTokHash reports whether one of the first n tokens has hash h.
func (s *scanner) headTokHash(h uint64, n int) bool {
	toks := s.toks
	if len(toks) > n {
		toks = toks[:n]
	}
	for k := range toks {
		if toks[k].h == h {
			return true
		}
	}
	return false
}

// nextCap returns the first token at k or after with a capital (tCap or
// tUpper; capToks, read from the cursor *ci on), or len(s.toks) when
// there is none: a walk over the capitalised words passes over the others
// without reading them (helper SPEED16).
func (s *scanner) nextCap(k int, ci *int) int {
	caps, c := s.capToks, *ci
	for c < len(caps) && int(caps[c]) < k {
		c++
	}
	*ci = c
	if c == len(caps) {
		return len(s.toks)
	}
	return int(caps[c])
}

func (s *scanner) add(a, b int, kind Kind, rule string, conf float64, why string) {
	s.fs = append(s.fs, ifind{a: a, b: b, kind: kind, rule: rule, conf: conf, why: why, tied: readerTiedRule(rule)})
}

func (s *scanner) addTok(i, j int, kind Kind, rule string, conf float64, why string) {
	if j < i {
		j = i
	}
	if j >= len(s.toks) {
		j = len(s.toks) - 1
	}
	s.add(int(s.toks[i].s), int(s.toks[j].e), kind, rule, conf, why)
	for k := i; k <= j; k++ {
		s.used[k] = true
	}
}

// gap returns the text between token i-1 and token i.
// gapStarts reports whether the gap before token j (0 < j < len(toks))
// starts with byte c: strings.HasPrefix(s.gap(j), string(c)) read as one
// byte, for the per-token tests of scanCompose (helper SPEED12;
// TestGapStarts).
func (s *scanner) gapStarts(j int, c byte) bool {
	e := s.toks[j-1].e
	return e < s.toks[j].s && s.t.s[e] == c
}

func (s *scanner) gap(i int) string {
	if i <= 0 {
		if len(s.toks) == 0 {
			return s.t.s
		}
		return s.t.s[:s.toks[0].s]
	}
	if i >= len(s.toks) {
		return s.t.s[s.toks[len(s.toks)-1].e:]
	}
	return s.t.s[s.toks[i-1].e:s.toks[i].s]
}

func (s *scanner) fl(i int) uint64 {
	if i < 0 || i >= len(s.toks) || s.toks[i].w == nil {
		return 0
	}
	return s.toks[i].w.flags
}

func (s *scanner) low(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].low
}

func (s *scanner) cls(i int) uint16 {
	if i < 0 || i >= len(s.toks) {
		return 0
	}
	return s.toks[i].cls
}

// cueNear reports whether a token with flag f occurs within before tokens
// before i or after tokens after j (inclusive span i..j), inside the same
// sentence.
func (s *scanner) cueNear(i, j int, f uint64, before, after int) bool {
	for k := i - 1; k >= 0 && k >= i-before; k-- {
		if s.fl(k)&f != 0 {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	for k := j + 1; k < len(s.toks) && k <= j+after; k++ {
		if s.toks[k].sent {
			break
		}
		if s.fl(k)&f != 0 {
			return true
		}
	}
	return false
}

// finish drops findings inside a tenant-approved phrase or covered by the
// Template wording, removes
// duplicates and converts spans to the original input.
func (s *scanner) finish() {
	if len(s.fs) == 0 {
		return
	}
	fs := s.dropApproved(s.fs) // tenant-approved phrases (approve.go)
	fs = s.dropSender(fs)      // the sender's name given by the service (sendercontext.go)
	fs = s.dropSenderName(fs)  // the sender's name read from the notice (sendername.go)
	fs = s.dropClinHead(fs)    // a clinical word in the sender's trade-name header (clinhead.go)
	fs = s.dropCondJoin(fs)    // "<Brand> <condition> & <service>:" as the header (condjoin.go)
	fs = s.dropAppBrand(fs)    // a brand that is one given name (appbrand.go)
	fs = s.dropSnakeID(fs)     // "thr_0aZ83k": an identifier's prefix (snakeid.go)
	fs = s.dropEsFixed(fs)     // "salón de actos" (esfixed.go)
	if s.p != nil && s.p.hasTemplate() {
		k := 0
		for _, f := range fs {
			if !f.ctx && f.b-f.a >= 3 && s.p.inTemplate(s.t.low[f.a:f.b]) {
				continue
			}
			fs[k] = f
			k++
		}
		fs = fs[:k]
	}
	// drop findings contained in another finding of the same kind
	// slices.SortFunc runs the same pdqsort as sort.Slice did, without
	// its reflection and allocations: ties come out in the same order
	slices.SortFunc(fs, func(x, y ifind) int {
		if x.a != y.a {
			return cmp.Compare(x.a, y.a)
		}
		return cmp.Compare(y.b, x.b)
	})
	var maxEnd [8]struct {
		k Kind
		b int
	}
	for i := range fs {
		found := false
		for j := range maxEnd {
			if maxEnd[j].k == fs[i].kind {
				found = true
				if fs[i].b <= maxEnd[j].b {
					fs[i].kind = ""
				} else {
					maxEnd[j].b = fs[i].b
				}
				break
			}
			if maxEnd[j].k == "" {
				maxEnd[j].k, maxEnd[j].b = fs[i].kind, fs[i].b
				found = true
				break
			}
		}
		_ = found
	}
	kept := 0
	for _, f := range fs {
		if f.kind == "" {
			continue
		}
		if kept++; kept > maxFindingsPerField {
			a, b := s.t.orig(f.a, len(s.t.s))
			s.out = append(s.out, Finding{Field: s.field, Kind: KindOversize, Rule: "input.too_many_findings", Start: a, End: b,
				Confidence: 1, Reason: "is past the number of findings itemised per field", Fix: fixFor(KindOversize, "input.too_many_findings")})
			break
		}
		a, b := s.t.orig(f.a, f.b)
		s.out = append(s.out, Finding{Field: s.field, Kind: f.kind, Rule: f.rule, Start: a, End: b,
			Confidence: f.conf, Reason: f.why, Fix: fixFor(f.kind, f.rule), tied: f.tied})
	}
	sortFindings(s.out)
}

// ---------------------------------------------------------------------------
// byte-level: emails, URLs, IPv6, MAC

func isHostByte(c byte) bool {
	return isLetterByte(c) || isDigitByte(c) || c == '-' || c == '.' || c >= 0x80
}

func isLocalByte(c byte) bool {
	return isLetterByte(c) || isDigitByte(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-' || c == '\''
}

func (s *scanner) markSpanUsed(a, b int) {
	// the first token starting at a or later, by halves: the tokens
	// before it start before a and are not marked (helper SPEED15)
	lo, hi := 0, len(s.toks)
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); int(s.toks[m].s) < a {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for k := lo; k < len(s.toks); k++ {
		if int(s.toks[k].s) >= b {
			break // tokens run left to right: none from here ends by b (a token is never empty)
		}
		if int(s.toks[k].s) >= a && int(s.toks[k].e) <= b {
			s.used[k] = true
		}
	}
}

func (s *scanner) scanAddrs() {
	t := s.t.s
	low := s.t.low
	// emails (none without an '@': hasByte, helper speed20)
	for off := 0; s.hasByte('@'); {
		i := strings.IndexByte(t[off:], '@')
		if i < 0 {
			break
		}
		at := off + i
		off = at + 1
		a := at
		for a > 0 && isLocalByte(t[a-1]) {
			a--
		}
		for a < at && (t[a] == '.' || t[a] == '\'') {
			a++
		}
		b := at + 1
		for b < len(t) && isHostByte(t[b]) {
			b++
		}
		for b > at+1 && (t[b-1] == '.' || t[b-1] == '-') {
			b--
		}
		host := low[at+1 : b]
		dot := strings.LastIndexByte(host, '.')
		if a == at || dot <= 0 || len(host)-dot-1 < 2 {
			continue
		}
		local := low[a:at]
		if roleMailbox(s.v, local) && !roleMailboxSentTo(low, a) { // red3cuts.go
			s.markSpanUsed(a, b)
			continue
		}
		s.add(a, b, KindEmail, "email.address", 0.95, "looks like an email address")
		s.markSpanUsed(a, b)
	}
	// URLs with a scheme or www.
	for off := 0; off < len(low); {
		i := indexURLStart(low[off:])
		if i < 0 {
			break
		}
		a := off + i
		b := a
		for b < len(t) && urlByte[t[b]] {
			b++
		}
		for b > a && strings.IndexByte(".,;:!?)]}'", t[b-1]) >= 0 {
			b--
		}
		off = b
		if b-a < 5 {
			off = a + 1
			continue
		}
		s.checkURL(a, b)
	}
	// IPv6 / MAC (none without a colon: hasByte, helper speed20)
	for i := 0; i < len(t) && s.hasByte(':'); i++ {
		j := strings.IndexByte(t[i:], ':') // skip to the next colon
		if j < 0 {
			break
		}
		i += j
		a := i
		for a > 0 && (isHexByte(t[a-1]) || t[a-1] == ':') {
			a--
		}
		b := i
		for b < len(t) && (isHexByte(t[b]) || t[b] == ':' || t[b] == '.') {
			b++
		}
		for b > a && t[b-1] == '.' {
			b--
		}
		i = b
		if (a > 0 && (isLetterByte(t[a-1]) || isDigitByte(t[a-1]))) || (b < len(t) && (isLetterByte(t[b]) || isDigitByte(t[b]))) {
			continue
		}
		seg := t[a:b]
		colons := strings.Count(seg, ":")
		if colons < 2 {
			continue
		}
		groups := strings.Split(seg, ":")
		ok, hexLetters, digits := true, false, 0
		for gi, gr := range groups {
			if strings.IndexByte(gr, '.') >= 0 && gi == len(groups)-1 {
				continue
			}
			if len(gr) > 4 {
				ok = false
				break
			}
			for k := 0; k < len(gr); k++ {
				if isDigitByte(gr[k]) {
					digits++
				} else if isHexByte(gr[k]) {
					hexLetters = true
				} else {
					ok = false
				}
			}
		}
		if !ok {
			continue
		}
		if colons == 5 && !strings.Contains(seg, "::") {
			all2 := true
			for _, gr := range groups {
				if len(gr) != 2 {
					all2 = false
				}
			}
			if all2 {
				s.add(a, b, KindDevice, "device.mac", 0.85, "looks like a hardware (MAC) address")
				s.markSpanUsed(a, b)
				continue
			}
		}
		if strings.Contains(seg, "::") || colons >= 5 {
			if digits+btoi(hexLetters) >= 2 {
				s.add(a, b, KindIP, "ip.v6", 0.85, "looks like an IPv6 address")
				s.markSpanUsed(a, b)
			}
		}
	}
}

// urlByte[c]: c may continue a link (above a space, none of < > " `):
// one table load per byte of a link instead of five compares (helper
// SPEED16; TestURLByte).
var urlByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c > ' ' && c != '<' && c != '>' && c != '"' && c != '`'
	}
	return
}()

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

func isHexByte(c byte) bool {
	return isDigitByte(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// indexURLStart returns the start of the first link in low ("http:/",
// "https:/", "ftp://", or "www." not inside a word or path), or -1. Every
// scheme has ":/" right after it, so one search for ":/" finds them all.
func indexURLStart(low string) int {
	best := -1
	for off := 0; ; {
		i := strings.Index(low[off:], ":/")
		if i < 0 {
			break
		}
		c := off + i
		if c >= 5 && low[c-5:c] == "https" {
			best = c - 5
			break
		}
		if c >= 4 && low[c-4:c] == "http" {
			best = c - 4
			break
		}
		if c >= 3 && low[c-3:c] == "ftp" && c+2 < len(low) && low[c+2] == '/' {
			best = c - 3
			break
		}
		off = c + 2
	}
	// only the first "www." counts: inside a word or a path it is no link
	if i := strings.Index(low, "www."); i >= 0 && (best < 0 || i < best) {
		if i == 0 || !(isLetterByte(low[i-1]) || low[i-1] == '/' || low[i-1] == '.') {
			best = i
		}
	}
	return best
}

func roleMailbox(v *vocab, local string) bool {
	l := strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(local, "-", ""), "_", ""), ".", "")
	return v.flags(hstr(l))&wRoleMailbox != 0
}

// checkURL reports the URL at normalised span a..b unless it starts with an
// allowed prefix.
func (s *scanner) checkURL(a, b int) {
	u := s.t.low[a:b]
	if s.p.urlAllowed(u) {
		// The tenant's own link: its path (a random token) is not checked;
		// a query or fragment is, since nothing of the patient's belongs
		// there ("…/m/abc?name=Jane+Doe").
		// the first '?' or '#' (strings.IndexAny's answer, by two byte searches)
		q := strings.IndexByte(u, '?')
		if f := strings.IndexByte(u, '#'); f >= 0 && (q < 0 || f < q) {
			q = f
		}
		if q >= 0 {
			b = a + q
		}
		s.markSpanUsed(a, b)
		s.okURLs = append(s.okURLs, [2]int{a, b})
		return
	}
	s.add(a, b, KindURL, "url.other", 0.9, "link to a site other than the tenant's own link base")
	s.markSpanUsed(a, b)
}

// markMoney marks amounts ($42.10, 42.10 USD), percentages and the like so
// that number detectors leave them alone.
func (s *scanner) markMoney() {
	for _, x := range s.numToks { // the tokens with digits (numToks, helper SPEED16)
		i := int(x)
		t := &s.toks[i]
		if t.cls&tDigit == 0 || s.used[i] {
			continue
		}
		g := s.gap(i)
		money := false
		if strings.HasSuffix(g, "$") || strings.HasSuffix(g, "$ ") || strings.HasSuffix(g, "\u20ac") || strings.HasSuffix(g, "\u00a3") ||
			strings.HasSuffix(g, "\u00a5") {
			money = true
		}
		if !money && i > 0 && len(g) <= 1 {
			switch s.low(i - 1) {
			case "usd", "eur", "gbp", "cad", "aud", "us":
				money = strings.TrimSpace(g) == "" || g == "$"
			}
		}
		j := i
		for j+1 < len(s.toks) && s.toks[j+1].cls&tDigit != 0 {
			gg := s.gap(j + 1)
			if gg == "," || gg == "." {
				j++
				continue
			}
			break
		}
		if !money {
			after := s.gap(j + 1)
			if strings.HasPrefix(after, "%") {
				money = true
			} else if strings.HasPrefix(after, " ") || after == "" {
				switch s.low(j + 1) {
				case "usd", "dollars", "dollar", "cents", "eur", "euros", "percent", "pct", "gbp", "off":
					money = true
				}
			}
		}
		if money {
			for k := i; k <= j; k++ {
				s.used[k] = true
			}
		}
	}
}

// prodMarks makes s.prod one mark per token of the field, cleared, unless
// it already holds this field's marks (product.go); the marking rules
// (brandlist.go, chefby.go, esshopdon.go, goodsrun.go, shopslot.go) call it
// before their first mark, reusing the scanner's buffer.
func (s *scanner) prodMarks() {
	if len(s.prod) != 0 {
		return
	}
	n := len(s.toks)
	if cap(s.prod) < n {
		s.prod = make([]uint8, n)
		return
	}
	s.prod = s.prod[:n]
	clear(s.prod)
}
