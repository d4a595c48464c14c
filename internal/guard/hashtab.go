package guard

import "math/bits"

// hashTab is a read-only copy of a map keyed by word or context hashes in
// one open-addressed array (helper SPEED10, like wordTab): a linear probe
// over small slots costs a fraction of a general map lookup, and the sets
// behind it are looked up for most tokens of every field (tpWords, a
// Prepared's context keys). Its answers are the map's (TestHashTabIsTheMap):
// build it only once the map is complete and never change the map after.
type hashTab[V any] struct {
	slots  []hashSlot[V]
	shift  uint // slot = (h * wordTabMul) >> shift
	zero   V    // the value of key 0 (the empty slot's key)
	zeroOK bool
}

type hashSlot[V any] struct {
	h uint64
	v V
}

func newHashTab[V any](m map[uint64]V) hashTab[V] {
	lg := bits.Len(uint(len(m)*2 + 1))
	if lg < 4 {
		lg = 4
	}
	t := hashTab[V]{slots: make([]hashSlot[V], 1<<lg), shift: uint(64 - lg)}
	mask := uint64(len(t.slots) - 1)
	for h, v := range m {
		if h == 0 {
			t.zero, t.zeroOK = v, true
			continue
		}
		i := (h * wordTabMul) >> t.shift
		for t.slots[i].h != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = hashSlot[V]{h, v}
	}
	return t
}

// get returns the value of h, the zero value when h is not a key.
func (t *hashTab[V]) get(h uint64) V {
	if h == 0 || len(t.slots) == 0 {
		if h == 0 && t.zeroOK {
			return t.zero
		}
		var z V
		return z
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> t.shift
	for {
		s := &t.slots[i]
		if s.h == h {
			return s.v
		}
		if s.h == 0 {
			var z V
			return z
		}
		i = (i + 1) & mask
	}
}

// The word sets below are read through hashTab copies (helper SPEED13):
// BenchmarkCheckPrepared's profile found their lookups hot (a map lookup
// costs several times a hashTab's), so every read of one by index goes
// through its Tab (TestSetTabsAreTheSets); the maps stay for the filters
// built from them and the helpers that take a set as an argument. None
// is changed after its initialiser, and each Tab is built after it (Go
// initialises a variable after those it reads).
var (
	recipientWordsTab       = newSetTab(recipientWords)
	sdCareTab               = newSetTab(sdCare)
	sdWeekdaysTab           = newSetTab(sdWeekdays)
	sdHomeCareTab           = newSetTab(sdHomeCare)
	sdAptWordsTab           = newSetTab(sdAptWords)
	spDeliverTab            = newSetTab(spDeliver)
	slPronounTab            = newSetTab(slPronoun)
	prodGlueTab             = newSetTab(prodGlue)
	pcNoNameTab             = newSetTab(pcNoName)
	pcvAskTab               = newSetTab(pcvAsk)
	pcvAskForTab            = newSetTab(pcvAskFor)
	textSpeakOwnerTab       = newSetTab(textSpeakOwner)
	goodsRunPersonBeforeTab = newSetTab(goodsRunPersonBefore)
	goodsRunCueTab          = newSetTab(goodsRunCue)
	personSlotBrandTab      = newSetTab(personSlotBrand)
	srFieldReaderTab        = newSetTab(srFieldReader)
	careHeldWordsTab        = newSetTab(careHeldWords)
	snClubWordsTab          = newSetTab(snClubWords)
	closureVerbsTab         = newSetTab(closureVerbs)
	headsBeforeTab          = newSetTab(headsBefore)
	pickupCuesTab           = newSetTab(pickupCues)
	vaxClassTab             = newHashTab(vaxClass)
	// helper SPEED13B: drugscreen.go, paydate.go, staffjob.go, staffthird.go
	drugScreenCtxTab        = newSetTab(drugScreenCtx)
	drugScreenDrugTab       = newSetTab(drugScreenDrug)
	drugScreenFirstTab      = newSetTab(drugScreenFirst)
	drugScreenPlusForTab    = newSetTab(drugScreenPlusFor)
	drugScreenReaderTab     = newSetTab(drugScreenReader)
	drugScreenResultVerbTab = newSetTab(drugScreenResultVerb)
	drugScreenSpecimenTab   = newSetTab(drugScreenSpecimen)
	drugScreenSubstTab      = newSetTab(drugScreenSubst)
	drugScreenVerdictTab    = newSetTab(drugScreenVerdict)
	pdBookVerbTab           = newSetTab(pdBookVerb)
	pdAcctTab               = newSetTab(pdAcct)
	srJobMoreTab            = newSetTab(srJobMore)
	srJobNotRoleTab         = newSetTab(srJobNotRole)
	srJobMayTab             = newSetTab(srJobMay)
	srThirdMayTab           = newSetTab(srThirdMay)
	// helper SPEED13B: the sets read by the rules the benchmark's profile
	// found calling the general map lookup most
	auStatesTab            = newSetTab(auStates)
	auUnitWordsTab         = newSetTab(auUnitWords)
	bodyPartsTab           = newSetTab(bodyParts)
	brandEateryTab         = newSetTab(brandEatery)
	caProvincesTab         = newSetTab(caProvinces)
	careKidWordsTab        = newSetTab(careKidWords)
	careKinTab             = newSetTab(careKin)
	carePlaceHeadsESTab    = newSetTab(carePlaceHeadsES)
	carePlaceModsESTab     = newSetTab(carePlaceModsES)
	careStayAdjTab         = newSetTab(careStayAdj)
	careStayPrepsTab       = newSetTab(careStayPreps)
	careStayWordsTab       = newSetTab(careStayWords)
	careUnitWordsTab       = newSetTab(careUnitWords)
	cfOrTab                = newSetTab(cfOr)
	cfUsVerbsTab           = newSetTab(cfUsVerbs)
	codeBetweenTab         = newSetTab(codeBetween)
	codeBookedCuesTab      = newSetTab(codeBookedCues)
	codeFastCuesTab        = newSetTab(codeFastCues)
	codeLabCuesTab         = newSetTab(codeLabCues)
	codePrepCuesTab        = newSetTab(codePrepCues)
	codeRecordCuesTab      = newSetTab(codeRecordCues)
	codeShopCuesTab        = newSetTab(codeShopCues)
	codeTellingTab         = newSetTab(codeTelling)
	codeVisitCuesTab       = newSetTab(codeVisitCues)
	codeWordsTab           = newSetTab(codeWords)
	deviceDoseTab          = newSetTab(deviceDose)
	deviceFallTab          = newSetTab(deviceFall)
	deviceFallAdjTab       = newSetTab(deviceFallAdj)
	deviceFallDeTab        = newSetTab(deviceFallDe)
	deviceFallNextTab      = newSetTab(deviceFallNext)
	deviceFallNotTab       = newSetTab(deviceFallNot)
	deviceGlucoseTab       = newSetTab(deviceGlucose)
	deviceIrregTab         = newSetTab(deviceIrreg)
	deviceNotTab           = newSetTab(deviceNot)
	deviceOxygenTab        = newSetTab(deviceOxygen)
	deviceRhythmTab        = newSetTab(deviceRhythm)
	deviceTakenTab         = newSetTab(deviceTaken)
	deviceWordsTab         = newSetTab(deviceWords)
	endingWordsTab         = newSetTab(endingWords)
	everydayCueTab         = newSetTab(everydayCue)
	everydayMoreTab        = newSetTab(everydayMore)
	govAuxTab              = newSetTab(govAux)
	govClinicianTab        = newSetTab(govClinician)
	govDoseHeadsTab        = newSetTab(govDoseHeads)
	govEverydayTab         = newSetTab(govEveryday)
	govImperativeInTab     = newSetTab(govImperativeIn)
	govReportHeadsTab      = newSetTab(govReportHeads)
	govSampleHeadsTab      = newSetTab(govSampleHeads)
	hdChangeTab            = newSetTab(hdChange)
	hdHoursTab             = newSetTab(hdHours)
	hdSkipTab              = newSetTab(hdSkip)
	hygieneHeadsTab        = newSetTab(hygieneHeads)
	hygieneWordsTab        = newSetTab(hygieneWords)
	injuryPartsTab         = newSetTab(injuryParts)
	injuryPartsESTab       = newSetTab(injuryPartsES)
	inrAmountTab           = newSetTab(inrAmount)
	insuranceWordsTab      = newSetTab(insuranceWords)
	kinCareWordsTab        = newSetTab(kinCareWords)
	kinWordsTab            = newSetTab(kinWords)
	laFleetIDTab           = newSetTab(laFleetID)
	laFleetVehTab          = newSetTab(laFleetVeh)
	laMSProductsTab        = newSetTab(laMSProducts)
	laModelAbbrTab         = newSetTab(laModelAbbr)
	laModelCuesTab         = newSetTab(laModelCues)
	laSTDNextTab           = newSetTab(laSTDNext)
	laStatesTab            = newSetTab(laStates)
	laStyleNextTab         = newSetTab(laStyleNext)
	laTBNextTab            = newSetTab(laTBNext)
	laTimeWordsTab         = newSetTab(laTimeWords)
	laUpperWordTab         = newSetTab(laUpperWord)
	oeArticleTab           = newSetTab(oeArticle)
	oeCarePlaceTab         = newSetTab(oeCarePlace)
	oeFundsTab             = newSetTab(oeFunds)
	oeLineHeadTab          = newSetTab(oeLineHead)
	oeLineNextTab          = newSetTab(oeLineNext)
	oeLineOfTab            = newSetTab(oeLineOf)
	oeObsEndTab            = newSetTab(oeObsEnd)
	oePolicyOpenTab        = newSetTab(oePolicyOpen)
	oePublicSiteTab        = newSetTab(oePublicSite)
	oeUsTab                = newSetTab(oeUs)
	oeVisitTab             = newSetTab(oeVisit)
	oeWeTab                = newSetTab(oeWe)
	oeWorldTab             = newSetTab(oeWorld)
	oiAmountTab            = newSetTab(oiAmount)
	oiDocLetterTab         = newSetTab(oiDocLetter)
	oiDocWordsTab          = newSetTab(oiDocWords)
	oiLegalTab             = newSetTab(oiLegal)
	oiOrgTab               = newSetTab(oiOrg)
	oiPersonTab            = newSetTab(oiPerson)
	onAposTab              = newSetTab(onApos)
	onOurTab               = newSetTab(onOur)
	ordBeforeESTab         = newSetTab(ordBeforeES)
	painPlacesESTab        = newSetTab(painPlacesES)
	pairScoreBeforeTab     = newSetTab(pairScoreBefore)
	pairSizeAfterTab       = newSetTab(pairSizeAfter)
	pcCallAnyTab           = newSetTab(pcCallAny)
	pcModalsTab            = newSetTab(pcModals)
	pcNotReaderTab         = newSetTab(pcNotReader)
	pcPersonalTab          = newSetTab(pcPersonal)
	pcPhoneNTab            = newSetTab(pcPhoneN)
	pcSenderVerbsTab       = newSetTab(pcSenderVerbs)
	pcSkipTab              = newSetTab(pcSkip)
	pcToOKTab              = newSetTab(pcToOK)
	pcUsVerbsTab           = newSetTab(pcUsVerbs)
	pcVerbsTab             = newSetTab(pcVerbs)
	pcYouTab               = newSetTab(pcYou)
	pcYou2Tab              = newSetTab(pcYou2)
	pcYourTab              = newSetTab(pcYour)
	pdDeterminerTab        = newSetTab(pdDeterminer)
	pdModalTab             = newSetTab(pdModal)
	pnAtTab                = newSetTab(pnAt)
	pnHeadsTab             = newSetTab(pnHeads)
	pnHomeVetoTab          = newSetTab(pnHomeVeto)
	pnRoomsTab             = newSetTab(pnRooms)
	pnStreetsTab           = newSetTab(pnStreets)
	poPersonalTab          = newSetTab(poPersonal)
	prodClinicalTitleTab   = newSetTab(prodClinicalTitle)
	recipientPossessiveTab = newSetTab(recipientPossessive)
	redArriveTab           = newSetTab(redArrive)
	remedyHalvesTab        = newSetTab(remedyHalves)
	sdDeadlineTab          = newSetTab(sdDeadline)
	sdGoodsTab             = newSetTab(sdGoods)
	sdHeldTab              = newSetTab(sdHeld)
	sdInviteTab            = newSetTab(sdInvite)
	sdMoveWordsTab         = newSetTab(sdMoveWords)
	sdPickupWordsTab       = newSetTab(sdPickupWords)
	sdPlaceNounsTab        = newSetTab(sdPlaceNouns)
	sdRangeJoinTab         = newSetTab(sdRangeJoin)
	sdReaderAddrTab        = newSetTab(sdReaderAddr)
	sdSendVerbsTab         = newSetTab(sdSendVerbs)
	sdSenderNounsTab       = newSetTab(sdSenderNouns)
	sdShopHeadsTab         = newSetTab(sdShopHeads)
	sdStreetWordsTab       = newSetTab(sdStreetWords)
	sdWeWordsTab           = newSetTab(sdWeWords)
	shopKeyHeadsTab        = newSetTab(shopKeyHeads)
	shopKeyMoreHeadsTab    = newSetTab(shopKeyMoreHeads)
	shopTicketCueTab       = newSetTab(shopTicketCue)
	slQuestionsTab         = newSetTab(slQuestions)
	slipColonWordsTab      = newSetTab(slipColonWords)
	soGlueTab              = newSetTab(soGlue)
	soVerbsTab             = newSetTab(soVerbs)
	spGlueTab              = newSetTab(spGlue)
	spPlaceNounsTab        = newSetTab(spPlaceNouns)
	srTitleTab             = newSetTab(srTitle)
	symptomHeadsESTab      = newSetTab(symptomHeadsES)
	symptomIdiomAfterTab   = newSetTab(symptomIdiomAfter)
	symptomIdiomLinkTab    = newSetTab(symptomIdiomLink)
	symptomLinksTab        = newSetTab(symptomLinks)
	symptomsENTab          = newSetTab(symptomsEN)
	symptomsESTab          = newSetTab(symptomsES)
	tellingCodesTab        = newSetTab(tellingCodes)
	thanksBeforeTab        = newSetTab(thanksBefore)
	therapyHeadsTab        = newSetTab(therapyHeads)
	vaxAmbiguousTab        = newSetTab(vaxAmbiguous)
	vaxBrandTab            = newSetTab(vaxBrand)
	vaxNameTab             = newSetTab(vaxName)
	vaxOrdinalTab          = newSetTab(vaxOrdinal)
	vaxRecordTab           = newSetTab(vaxRecord)
	vaxThingTab            = newSetTab(vaxThing)
	vaxWordTab             = newSetTab(vaxWord)
	vitalLinkTab           = newSetTab(vitalLink)
	vitalNotUnitTab        = newSetTab(vitalNotUnit)
	vitalWeightUnitTab     = newSetTab(vitalWeightUnit)
	vitaminWordsTab        = newSetTab(vitaminWords)
	wkLabNextTab           = newSetTab(wkLabNext)
	woundInjuryTab         = newSetTab(woundInjury)
	woundPartMoreTab       = newSetTab(woundPartMore)
	woundRemovalTab        = newSetTab(woundRemoval)
	woundSoftTab           = newSetTab(woundSoft)
	woundStitchTab         = newSetTab(woundStitch)
	woundSutureTab         = newSetTab(woundSuture)
	woundTextSpeakTab      = newSetTab(woundTextSpeak)
	woundWoundTab          = newSetTab(woundWound)
)

// setTab is hashTab[bool] written out for the word sets above (helper
// SPEED13B): Go inlined no call of the generic get, so every lookup paid a
// call; this get is inlined at its call sites. It holds the keys whose
// value is true, so its answers are the map's (TestSetTabsAreTheSets).
type setTab struct {
	slots []uint64 // the keys; 0 marks an empty slot
	shift uint     // slot = (h * wordTabMul) >> shift
	zero  bool     // the value of key 0
}

func newSetTab(m map[uint64]bool) setTab {
	lg := bits.Len(uint(len(m)*2 + 1))
	if lg < 4 {
		lg = 4
	}
	t := setTab{slots: make([]uint64, 1<<lg), shift: uint(64 - lg)}
	mask := uint64(len(t.slots) - 1)
	for h, v := range m {
		if !v {
			continue
		}
		if h == 0 {
			t.zero = true
			continue
		}
		i := (h * wordTabMul) >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = h
	}
	return t
}

// get reports whether h is a key of the set (with the value true).
func (t *setTab) get(h uint64) bool {
	if h == 0 {
		return t.zero
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> t.shift
	for {
		k := t.slots[i]
		if k == h {
			return true
		}
		if k == 0 {
			return false
		}
		i = (i + 1) & mask
	}
}
