package guard

import "strings"

// mmhg.go: a pressure in mmHg said to the reader (issue 15, fifteenth
// pass, helper recall2, dev83: "Your eye-pressure reading from your last
// exam was 24 mmHg, a bit above normal").
//
// scanVitals reads mmHg in a blood-pressure pair ("150/95 mmHg"). A single
// value in mmHg is an eye pressure (intraocular pressure), a pulmonary or
// a venous pressure: a measurement of a body. mmHgReading reports (rule
// clinical.vital, kind lab_test) a number of 1 to 300 followed by mmHg
// ("24 mmHg", "24mmHg") in a sentence (sentence) holding a reader's word
// (your, you, su, tu, usted: recipientWords) and no word of a device or
// its accuracy (mmHgThing: gauge, cuff, monitor, meter, device, tonometer,
// accuracy, accurate; "the normal range" is no device): "Your
// intraocular pressure was 23 mmHg", "Su presión ocular fue de 25 mmHg".
//
// Passes: a product's specification ("Our new digital gauge reads from 0
// to 300 mmHg"), general education with no reader's word ("why 10 to 21
// mmHg is considered normal"). Accepted risk: "your new cuff is accurate
// to 3 mmHg" passes (a device word); "your tyre at 30 mmHg" is reported
// (no device word listed; fail closed).
var mmHgThing = wordSetTab("gauge gauges cuff cuffs monitor monitors meter meters device devices tonometer tonometers " +
	"accuracy accurate manometer pump pumps regulator valve tire tires tyre tank medidor tensiometro precision")

// mmHgReading: token i is a number; it returns the last token of a
// reported reading, or i.
func (s *scanner) mmHgReading(i int) int {
	e := i
	if d, u, ok := numUnit(s.toks[i].low); ok && u == "mmhg" {
		if v := mmHgValue(d); v < 1 || v > 300 {
			return i
		}
	} else if s.toks[i].cls&tDigit == 0 || i+1 >= len(s.toks) || s.toks[i+1].low != "mmhg" || strings.TrimSpace(s.gap(i+1)) != "" {
		return i
	} else if v := mmHgValue(s.toks[i].low); v < 1 || v > 300 {
		return i
	} else {
		e = i + 1
	}
	a, b := s.sentence(i)
	you := false
	for k := a; k <= b; k++ {
		h := s.toks[k].h
		if mmHgThing.get(h) {
			return i
		}
		you = you || recipientWords.get(h)
	}
	if !you {
		return i
	}
	s.addTok(i, e, KindLabTest, "clinical.vital", 0.8, "a pressure measured in mmHg")
	return e
}

// mmHgValue: the value of a string of one to three digits, or -1.
func mmHgValue(d string) int {
	if d == "" || len(d) > 3 {
		return -1
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return -1
		}
	}
	return atoiSmall(d) // lensrx.go
}
