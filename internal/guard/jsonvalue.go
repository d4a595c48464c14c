package guard

import "strings"

// Clinical values under JSON keys (issue 15, fifth pass: dev20):
// compose.json_value.
//
// A webhook payload names what a value is by its key: in
// {"event":"result.posted","test":"ANC"} "ANC" is a lab test, whatever
// the lists hold. A quoted key of jsonClinicalKeys ("test", "lab",
// "diagnosis", "drug", "medication", "condition", "prueba",
// "diagnostico"…), then ":" (or "=") and a quoted value, reports the value
// when one of its words (2+ letters) is in no vocabulary ("ANC",
// "HbA1c"), and the value is no flag, environment or format word ("true",
// "staging", "QA", "UI"). An ordinary value, in capitals too ("smoke",
// "desk lamp", "condition":"NEW"), is left to the other rules.

// jsonClinicalKeys: keys whose value names a clinical term, and its kind
// ("problem" and "panel" are left out: API error details and UI panels).
var jsonClinicalKeys = map[uint64]Kind{
	hstr("test"): KindLabTest, hstr("tests"): KindLabTest, hstr("lab"): KindLabTest, hstr("labs"): KindLabTest,
	hstr("analyte"): KindLabTest, hstr("prueba"): KindLabTest, hstr("examen"): KindLabTest,
	hstr("analisis"):  KindLabTest,
	hstr("diagnosis"): KindCondition, hstr("diagnoses"): KindCondition, hstr("dx"): KindCondition, hstr("condition"): KindCondition,
	hstr("conditions"): KindCondition, hstr("allergy"): KindCondition, hstr("allergies"): KindCondition,
	hstr("diagnostico"): KindCondition, hstr("condicion"): KindCondition, hstr("enfermedad"): KindCondition, hstr("alergia"): KindCondition,
	hstr("drug"): KindMedication, hstr("drugs"): KindMedication, hstr("medication"): KindMedication, hstr("medications"): KindMedication,
	hstr("med"): KindMedication, hstr("meds"): KindMedication, hstr("medicamento"): KindMedication, hstr("farmaco"): KindMedication,
	hstr("procedure"): KindProcedure, hstr("procedimiento"): KindProcedure,
}

// jsonPlainValues: values of flags, environments and placeholders.
var jsonPlainValues = wordSetTab("true false null none nil yes no on off ok na tbd qa uat ci dev prod staging test beta alpha " +
	"pending unknown empty default sample demo si ui api ux sdk ab e2e sso sms url id uuid json xml csv pdf html http https " +
	"sku upc ean isbn usd eur gbp mxn utc gmt")

// jsonValue: token i is a clinical key of a JSON-like payload; it returns
// the span of its value's tokens.
func (s *scanner) jsonValue(i int) (int, int, bool) {
	n := len(s.toks)
	if i+1 >= n || !strings.HasSuffix(s.gap(i), `"`) {
		return 0, 0, false
	}
	if _, ok := jsonClinicalKeys[s.toks[i].h]; !ok {
		return 0, 0, false
	}
	sep := strings.ReplaceAll(s.gap(i+1), " ", "")
	if sep != `":"` && sep != `"="` {
		return 0, 0, false
	}
	// the value: tokens up to the closing quote (at most four words)
	end := -1
	for k := i + 1; k < n && k <= i+4; k++ {
		if k > i+1 && strings.ContainsAny(s.gap(k), `"{}[]:,`) {
			break
		}
		if strings.ContainsRune(s.gap(k+1), '"') || k+1 == n {
			end = k
			break
		}
	}
	if end < 0 {
		return 0, 0, false
	}
	for k := i + 1; k <= end; k++ {
		t := &s.toks[k]
		if s.used[k] || jsonPlainValues.get(t.h) {
			return 0, 0, false
		}
	}
	for k := i + 1; k <= end; k++ {
		t := &s.toks[k]
		letters := 0
		for _, c := range []byte(t.low) {
			if c >= 'a' && c <= 'z' {
				letters++
			}
		}
		if letters < 2 {
			continue
		}
		// an ordinary word, even in capitals, is an enum value
		// ("condition":"NEW", "problem":"TIMEOUT")
		// letters and digits ("run42", "HbA1c") are build ids as often as
		// lab codes; listed codes are the vocabularies' already
		if t.cls&tAlpha != 0 && !s.general(k) {
			return i + 1, end, true
		}
	}
	return 0, 0, false
}
