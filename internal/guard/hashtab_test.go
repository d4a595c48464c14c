package guard

import (
	"math/rand/v2"
	"testing"
)

// TestHashTabIsTheMap: a hashTab answers every key of its map with the
// map's value and every other hash (0 included) as the map does.
func TestHashTabIsTheMap(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 7, 100, 5000} {
		m := map[uint64]uint32{}
		for len(m) < n {
			m[r.Uint64()|1] = r.Uint32() | 1
		}
		if n == 100 {
			m[0] = 9
		}
		tab := newHashTab(m)
		for h, v := range m {
			if got := tab.get(h); got != v {
				t.Fatalf("n=%d: key %#x: %d, want %d", n, h, got, v)
			}
		}
		for i := 0; i < 10000; i++ {
			h := r.Uint64() &^ 1
			if got := tab.get(h); got != m[h] {
				t.Fatalf("n=%d: hash %#x: %d, want %d", n, h, got, m[h])
			}
		}
	}
	for h, v := range tpWords.m {
		if tpWords.get(h) != v {
			t.Fatalf("tpWords: %#x", h)
		}
	}
}

// TestSetTabsAreTheSets: each hot word set's hashTab (hashtab.go, helper
// SPEED13) answers exactly as its map, for every key and for words of
// the other sets and none.
func TestSetTabsAreTheSets(t *testing.T) {
	type pair struct {
		name string
		m    map[uint64]bool
		tab  *setTab
	}
	pairs := []pair{
		{"recipientWords", recipientWords, &recipientWordsTab},
		{"sdCare", sdCare, &sdCareTab},
		{"sdWeekdays", sdWeekdays, &sdWeekdaysTab},
		{"sdHomeCare", sdHomeCare, &sdHomeCareTab},
		{"sdAptWords", sdAptWords, &sdAptWordsTab},
		{"spDeliver", spDeliver, &spDeliverTab},
		{"slPronoun", slPronoun, &slPronounTab},
		{"prodGlue", prodGlue, &prodGlueTab},
		{"pcNoName", pcNoName, &pcNoNameTab},
		{"pcvAsk", pcvAsk, &pcvAskTab},
		{"pcvAskFor", pcvAskFor, &pcvAskForTab},
		{"textSpeakOwner", textSpeakOwner, &textSpeakOwnerTab},
		{"goodsRunPersonBefore", goodsRunPersonBefore, &goodsRunPersonBeforeTab},
		{"goodsRunCue", goodsRunCue, &goodsRunCueTab},
		{"personSlotBrand", personSlotBrand, &personSlotBrandTab},
		{"srFieldReader", srFieldReader, &srFieldReaderTab},
		{"careHeldWords", careHeldWords, &careHeldWordsTab},
		{"snClubWords", snClubWords, &snClubWordsTab},
		{"closureVerbs", closureVerbs, &closureVerbsTab},
		{"headsBefore", headsBefore, &headsBeforeTab},
		{"pickupCues", pickupCues, &pickupCuesTab},
		{"drugScreenCtx", drugScreenCtx, &drugScreenCtxTab},
		{"drugScreenDrug", drugScreenDrug, &drugScreenDrugTab},
		{"drugScreenFirst", drugScreenFirst, &drugScreenFirstTab},
		{"drugScreenPlusFor", drugScreenPlusFor, &drugScreenPlusForTab},
		{"drugScreenReader", drugScreenReader, &drugScreenReaderTab},
		{"drugScreenResultVerb", drugScreenResultVerb, &drugScreenResultVerbTab},
		{"drugScreenSpecimen", drugScreenSpecimen, &drugScreenSpecimenTab},
		{"drugScreenSubst", drugScreenSubst, &drugScreenSubstTab},
		{"drugScreenVerdict", drugScreenVerdict, &drugScreenVerdictTab},
		{"pdBookVerb", pdBookVerb, &pdBookVerbTab},
		{"pdAcct", pdAcct, &pdAcctTab},
		{"srJobMore", srJobMore, &srJobMoreTab},
		{"srJobNotRole", srJobNotRole, &srJobNotRoleTab},
		{"srJobMay", srJobMay, &srJobMayTab},
		{"srThirdMay", srThirdMay, &srThirdMayTab},
		{"auStates", auStates, &auStatesTab},
		{"auUnitWords", auUnitWords, &auUnitWordsTab},
		{"bodyParts", bodyParts, &bodyPartsTab},
		{"brandEatery", brandEatery, &brandEateryTab},
		{"caProvinces", caProvinces, &caProvincesTab},
		{"careKidWords", careKidWords, &careKidWordsTab},
		{"careKin", careKin, &careKinTab},
		{"carePlaceHeadsES", carePlaceHeadsES, &carePlaceHeadsESTab},
		{"carePlaceModsES", carePlaceModsES, &carePlaceModsESTab},
		{"careStayAdj", careStayAdj, &careStayAdjTab},
		{"careStayPreps", careStayPreps, &careStayPrepsTab},
		{"careStayWords", careStayWords, &careStayWordsTab},
		{"careUnitWords", careUnitWords, &careUnitWordsTab},
		{"cfOr", cfOr, &cfOrTab},
		{"cfUsVerbs", cfUsVerbs, &cfUsVerbsTab},
		{"codeBetween", codeBetween, &codeBetweenTab},
		{"codeBookedCues", codeBookedCues, &codeBookedCuesTab},
		{"codeFastCues", codeFastCues, &codeFastCuesTab},
		{"codeLabCues", codeLabCues, &codeLabCuesTab},
		{"codePrepCues", codePrepCues, &codePrepCuesTab},
		{"codeRecordCues", codeRecordCues, &codeRecordCuesTab},
		{"codeShopCues", codeShopCues, &codeShopCuesTab},
		{"codeTelling", codeTelling, &codeTellingTab},
		{"codeVisitCues", codeVisitCues, &codeVisitCuesTab},
		{"codeWords", codeWords, &codeWordsTab},
		{"deviceDose", deviceDose, &deviceDoseTab},
		{"deviceFall", deviceFall, &deviceFallTab},
		{"deviceFallAdj", deviceFallAdj, &deviceFallAdjTab},
		{"deviceFallDe", deviceFallDe, &deviceFallDeTab},
		{"deviceFallNext", deviceFallNext, &deviceFallNextTab},
		{"deviceFallNot", deviceFallNot, &deviceFallNotTab},
		{"deviceGlucose", deviceGlucose, &deviceGlucoseTab},
		{"deviceIrreg", deviceIrreg, &deviceIrregTab},
		{"deviceNot", deviceNot, &deviceNotTab},
		{"deviceOxygen", deviceOxygen, &deviceOxygenTab},
		{"deviceRhythm", deviceRhythm, &deviceRhythmTab},
		{"deviceTaken", deviceTaken, &deviceTakenTab},
		{"deviceWords", deviceWords, &deviceWordsTab},
		{"endingWords", endingWords, &endingWordsTab},
		{"everydayCue", everydayCue, &everydayCueTab},
		{"everydayMore", everydayMore, &everydayMoreTab},
		{"govAux", govAux, &govAuxTab},
		{"govClinician", govClinician, &govClinicianTab},
		{"govDoseHeads", govDoseHeads, &govDoseHeadsTab},
		{"govEveryday", govEveryday, &govEverydayTab},
		{"govImperativeIn", govImperativeIn, &govImperativeInTab},
		{"govReportHeads", govReportHeads, &govReportHeadsTab},
		{"govSampleHeads", govSampleHeads, &govSampleHeadsTab},
		{"hdChange", hdChange, &hdChangeTab},
		{"hdHours", hdHours, &hdHoursTab},
		{"hdSkip", hdSkip, &hdSkipTab},
		{"hygieneHeads", hygieneHeads, &hygieneHeadsTab},
		{"hygieneWords", hygieneWords, &hygieneWordsTab},
		{"injuryParts", injuryParts, &injuryPartsTab},
		{"injuryPartsES", injuryPartsES, &injuryPartsESTab},
		{"inrAmount", inrAmount, &inrAmountTab},
		{"insuranceWords", insuranceWords, &insuranceWordsTab},
		{"kinCareWords", kinCareWords, &kinCareWordsTab},
		{"kinWords", kinWords, &kinWordsTab},
		{"laFleetID", laFleetID, &laFleetIDTab},
		{"laFleetVeh", laFleetVeh, &laFleetVehTab},
		{"laMSProducts", laMSProducts, &laMSProductsTab},
		{"laModelAbbr", laModelAbbr, &laModelAbbrTab},
		{"laModelCues", laModelCues, &laModelCuesTab},
		{"laSTDNext", laSTDNext, &laSTDNextTab},
		{"laStates", laStates, &laStatesTab},
		{"laStyleNext", laStyleNext, &laStyleNextTab},
		{"laTBNext", laTBNext, &laTBNextTab},
		{"laTimeWords", laTimeWords, &laTimeWordsTab},
		{"laUpperWord", laUpperWord, &laUpperWordTab},
		{"oeArticle", oeArticle, &oeArticleTab},
		{"oeCarePlace", oeCarePlace, &oeCarePlaceTab},
		{"oeFunds", oeFunds, &oeFundsTab},
		{"oeLineHead", oeLineHead, &oeLineHeadTab},
		{"oeLineNext", oeLineNext, &oeLineNextTab},
		{"oeLineOf", oeLineOf, &oeLineOfTab},
		{"oeObsEnd", oeObsEnd, &oeObsEndTab},
		{"oePolicyOpen", oePolicyOpen, &oePolicyOpenTab},
		{"oePublicSite", oePublicSite, &oePublicSiteTab},
		{"oeUs", oeUs, &oeUsTab},
		{"oeVisit", oeVisit, &oeVisitTab},
		{"oeWe", oeWe, &oeWeTab},
		{"oeWorld", oeWorld, &oeWorldTab},
		{"oiAmount", oiAmount, &oiAmountTab},
		{"oiDocLetter", oiDocLetter, &oiDocLetterTab},
		{"oiDocWords", oiDocWords, &oiDocWordsTab},
		{"oiLegal", oiLegal, &oiLegalTab},
		{"oiOrg", oiOrg, &oiOrgTab},
		{"oiPerson", oiPerson, &oiPersonTab},
		{"onApos", onApos, &onAposTab},
		{"onOur", onOur, &onOurTab},
		{"ordBeforeES", ordBeforeES, &ordBeforeESTab},
		{"painPlacesES", painPlacesES, &painPlacesESTab},
		{"pairScoreBefore", pairScoreBefore, &pairScoreBeforeTab},
		{"pairSizeAfter", pairSizeAfter, &pairSizeAfterTab},
		{"pcCallAny", pcCallAny, &pcCallAnyTab},
		{"pcModals", pcModals, &pcModalsTab},
		{"pcNotReader", pcNotReader, &pcNotReaderTab},
		{"pcPersonal", pcPersonal, &pcPersonalTab},
		{"pcPhoneN", pcPhoneN, &pcPhoneNTab},
		{"pcSenderVerbs", pcSenderVerbs, &pcSenderVerbsTab},
		{"pcSkip", pcSkip, &pcSkipTab},
		{"pcToOK", pcToOK, &pcToOKTab},
		{"pcUsVerbs", pcUsVerbs, &pcUsVerbsTab},
		{"pcVerbs", pcVerbs, &pcVerbsTab},
		{"pcYou", pcYou, &pcYouTab},
		{"pcYou2", pcYou2, &pcYou2Tab},
		{"pcYour", pcYour, &pcYourTab},
		{"pdDeterminer", pdDeterminer, &pdDeterminerTab},
		{"pdModal", pdModal, &pdModalTab},
		{"pnAt", pnAt, &pnAtTab},
		{"pnHeads", pnHeads, &pnHeadsTab},
		{"pnHomeVeto", pnHomeVeto, &pnHomeVetoTab},
		{"pnRooms", pnRooms, &pnRoomsTab},
		{"pnStreets", pnStreets, &pnStreetsTab},
		{"poPersonal", poPersonal, &poPersonalTab},
		{"prodClinicalTitle", prodClinicalTitle, &prodClinicalTitleTab},
		{"recipientPossessive", recipientPossessive, &recipientPossessiveTab},
		{"redArrive", redArrive, &redArriveTab},
		{"remedyHalves", remedyHalves, &remedyHalvesTab},
		{"sdDeadline", sdDeadline, &sdDeadlineTab},
		{"sdGoods", sdGoods, &sdGoodsTab},
		{"sdHeld", sdHeld, &sdHeldTab},
		{"sdInvite", sdInvite, &sdInviteTab},
		{"sdMoveWords", sdMoveWords, &sdMoveWordsTab},
		{"sdPickupWords", sdPickupWords, &sdPickupWordsTab},
		{"sdPlaceNouns", sdPlaceNouns, &sdPlaceNounsTab},
		{"sdRangeJoin", sdRangeJoin, &sdRangeJoinTab},
		{"sdReaderAddr", sdReaderAddr, &sdReaderAddrTab},
		{"sdSendVerbs", sdSendVerbs, &sdSendVerbsTab},
		{"sdSenderNouns", sdSenderNouns, &sdSenderNounsTab},
		{"sdShopHeads", sdShopHeads, &sdShopHeadsTab},
		{"sdStreetWords", sdStreetWords, &sdStreetWordsTab},
		{"sdWeWords", sdWeWords, &sdWeWordsTab},
		{"shopKeyHeads", shopKeyHeads, &shopKeyHeadsTab},
		{"shopKeyMoreHeads", shopKeyMoreHeads, &shopKeyMoreHeadsTab},
		{"shopTicketCue", shopTicketCue, &shopTicketCueTab},
		{"slQuestions", slQuestions, &slQuestionsTab},
		{"slipColonWords", slipColonWords, &slipColonWordsTab},
		{"soGlue", soGlue, &soGlueTab},
		{"soVerbs", soVerbs, &soVerbsTab},
		{"spGlue", spGlue, &spGlueTab},
		{"spPlaceNouns", spPlaceNouns, &spPlaceNounsTab},
		{"srTitle", srTitle, &srTitleTab},
		{"symptomHeadsES", symptomHeadsES, &symptomHeadsESTab},
		{"symptomIdiomAfter", symptomIdiomAfter, &symptomIdiomAfterTab},
		{"symptomIdiomLink", symptomIdiomLink, &symptomIdiomLinkTab},
		{"symptomLinks", symptomLinks, &symptomLinksTab},
		{"symptomsEN", symptomsEN, &symptomsENTab},
		{"symptomsES", symptomsES, &symptomsESTab},
		{"tellingCodes", tellingCodes, &tellingCodesTab},
		{"thanksBefore", thanksBefore, &thanksBeforeTab},
		{"therapyHeads", therapyHeads, &therapyHeadsTab},
		{"vaxAmbiguous", vaxAmbiguous, &vaxAmbiguousTab},
		{"vaxBrand", vaxBrand, &vaxBrandTab},
		{"vaxName", vaxName, &vaxNameTab},
		{"vaxOrdinal", vaxOrdinal, &vaxOrdinalTab},
		{"vaxRecord", vaxRecord, &vaxRecordTab},
		{"vaxThing", vaxThing, &vaxThingTab},
		{"vaxWord", vaxWord, &vaxWordTab},
		{"vitalLink", vitalLink, &vitalLinkTab},
		{"vitalNotUnit", vitalNotUnit, &vitalNotUnitTab},
		{"vitalWeightUnit", vitalWeightUnit, &vitalWeightUnitTab},
		{"vitaminWords", vitaminWords, &vitaminWordsTab},
		{"wkLabNext", wkLabNext, &wkLabNextTab},
		{"woundInjury", woundInjury, &woundInjuryTab},
		{"woundPartMore", woundPartMore, &woundPartMoreTab},
		{"woundRemoval", woundRemoval, &woundRemovalTab},
		{"woundSoft", woundSoft, &woundSoftTab},
		{"woundStitch", woundStitch, &woundStitchTab},
		{"woundSuture", woundSuture, &woundSutureTab},
		{"woundTextSpeak", woundTextSpeak, &woundTextSpeakTab},
		{"woundWound", woundWound, &woundWoundTab},
	}
	probe := []uint64{0, 1, hstr("zzqx"), hstr("the"), hstr("your")}
	for _, p := range pairs {
		for h := range p.m {
			probe = append(probe, h)
		}
	}
	for h := range vaxClass {
		probe = append(probe, h)
	}
	for _, p := range pairs {
		for _, h := range probe {
			if p.tab.get(h) != p.m[h] {
				t.Errorf("%s: hash %#x: tab %v, map %v", p.name, h, p.tab.get(h), p.m[h])
			}
		}
	}
	for _, h := range probe {
		if vaxClassTab.get(h) != vaxClass[h] {
			t.Errorf("vaxClass: hash %#x: tab %v, map %v", h, vaxClassTab.get(h), vaxClass[h])
		}
	}
}

// TestReaderSlotCaseTab: scanReaderSlots' case table names, for every
// word of its sets, the first set in the switch's order that holds it.
func TestReaderSlotCaseTab(t *testing.T) {
	sets := []map[uint64]bool{roomBedFirst, specialistVisitFirst, becauseBoughtFirst,
		labAbbrVerdictFirst, testVerdictFirst, labTitreFirst, periopFirst, woundFirst, deviceEventFirst,
		drugScreenFirst, pathReportFirst, childLiceFirst, papSettingFirst, lowIronFirst}
	probe := []uint64{0, 1, hstr("zzqx"), hstr("the"), hstr("your")}
	for _, set := range sets {
		for h := range set {
			probe = append(probe, h)
		}
	}
	for _, h := range probe {
		want := uint8(0)
		for i, set := range sets {
			if set[h] {
				want = uint8(i + 1)
				break
			}
		}
		if got := readerSlotCaseTab.get(h); got != want {
			t.Errorf("readerSlotCaseTab.get(%x) = %d, want %d", h, got, want)
		}
	}
}

// TestSrJobSufLast: srJobSufLast holds the last byte of every ending of
// srJobSuffixes and no other byte.
func TestSrJobSufLast(t *testing.T) {
	for c := 0; c < 256; c++ {
		want := false
		for _, suf := range srJobSuffixes {
			if suf != "" && suf[len(suf)-1] == byte(c) {
				want = true
			}
		}
		if srJobSufLast[c] != want {
			t.Errorf("srJobSufLast[%q] = %v, want %v", byte(c), srJobSufLast[c], want)
		}
	}
}
