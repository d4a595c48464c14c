package guard

// cpappressure.go — a PAP machine's pressure and titration study (issue
// 15, tenth pass, helper MISS10B, dev64-leak-089: "We've received your
// titration study from 2/3 and your pressure will be reset to 11 cm H2O").
//
// "cm H2O" is the unit of a CPAP/BiPAP setting, and a "titration study" is
// the sleep study that sets it; neither is in a term list. Rule
// compose.pap_setting (kind device) reports:
//
//   - "H2O" right after "cm" (or "cm of"/"cm de") which follows a number
//     ("11 cm H2O", "10 cm de H2O"), or one
//     token "cmH2O" after a number; "water"/"agua" after "cm" (and "of"/
//     "de") after a number and before "pressure"/"presión" ("6-14 cm water
//     pressure");
//   - "titration"/"titulación" followed by study/night/sleep or preceded by
//     "estudio de" ("estudio de titulación").
//
// Passes: "45 cm tall, base 12 cm wide" (no H2O), "Rain gauge read 11 cm
// of water" (no H2O), "acid-base titration lab" (no study/night).
// Accepted risk: a plumbing or HVAC notice giving a manometer reading in
// "cm H2O" is blocked. Speed: runs from scanReaderSlots (readerslots.go)
// at "h2o", "cmh2o", "water", "agua", "titration", "titulacion" only.

var (
	papSettingFirst = wordSetTab("h2o cmh2o water agua titration titulacion titulación")
	papTitration    = wordSetTab("titration titulacion titulación")
	papStudyAfter   = wordSetTab("study studies night sleep")
	hstrCm          = hstr("cm")
	hstrCmH2O       = hstr("cmh2o")
	hstrEstudio     = hstr("estudio")
	papWater        = wordSetTab("water agua")
	papPressure     = wordSetTab("pressure presion presión")
)

// papSetting: token i is one of papSettingFirst.
func (s *scanner) papSetting(i int) {
	t := &s.toks[i]
	if papTitration.get(t.h) {
		if k := i + 1; k < len(s.toks) && s.gap(k) == " " && papStudyAfter.get(s.toks[k].h) {
			s.addTok(i, k, KindDevice, "compose.pap_setting", 0.7, "names the sleep study that sets the reader's breathing machine")
			return
		}
		if i >= 2 && s.toks[i-1].low == "de" && s.toks[i-2].h == hstrEstudio {
			s.addTok(i-2, i, KindDevice, "compose.pap_setting", 0.7, "names the sleep study that sets the reader's breathing machine")
		}
		return
	}
	if t.h == hstrCmH2O {
		if i > 0 && s.toks[i-1].cls&tDigit != 0 {
			s.addTok(i-1, i, KindDevice, "compose.pap_setting", 0.7, "gives a breathing machine's pressure setting")
		}
		return
	}
	if papWater.get(t.h) {
		// "6-14 cm water pressure", "10 cm of water pressure"
		k := i - 1
		if k >= 0 && (s.toks[k].low == "of" || s.toks[k].low == "de") {
			k--
		}
		if k >= 1 && s.toks[k].h == hstrCm && s.toks[k-1].cls&tDigit != 0 && i+1 < len(s.toks) && s.gap(i+1) == " " && papPressure.get(s.toks[i+1].h) {
			s.addTok(k-1, i+1, KindDevice, "compose.pap_setting", 0.7, "gives a breathing machine's pressure setting")
		}
		return
	}
	k := i - 1
	if k >= 0 && (s.toks[k].low == "of" || s.toks[k].low == "de") {
		k-- // "10 cm de H2O"
	}
	if k >= 1 && s.toks[k].h == hstrCm && s.toks[k-1].cls&tDigit != 0 {
		s.addTok(k-1, i, KindDevice, "compose.pap_setting", 0.7, "gives a breathing machine's pressure setting")
	}
}
