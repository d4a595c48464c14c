package guard

// symptomlabel.go: a symptom as the reason of a call or visit (fix helper
// r113m, issue 15, twenty-second pass round two; dev113 / probe set
// dev113m, 2026-12-06).
//
// A nurse line's or a clinic's system sends the reason of the reader's call
// or visit as a label and its value: a webhook's
// {"disposicion":"acudir_urgencias","motivo":"dolor abdominal intenso"},
// "Motivo de la llamada: fiebre y tos", "Reason for visit: wheezing at
// night" passed (symptom.go reads a symptom only after a possessive or a
// reporting or having word). The label is such a cue: symptomCue also
// accepts a symptom that opens the value of a reason label — motivo or
// reason (or a complaint, "Chief complaint:") within four words before the
// symptom, the words between plain ("Motivo de la llamada", "Reason for
// your visit"), and a colon (or a webhook key's '":"') right before the
// symptom.
//
// Not read: a list of symptoms under "Symptoms:" or "Síntomas:" (public
// flu advice names them), a reason that is no symptom ("Motivo: cierre por
// inventario", "reason":"power outage"), and symptom.go's idioms ("Motivo
// de la campaña: la fiebre del sábado", the symptom must open the value).
//
// Reported as clinical.symptom (tied to the reader, like its other cues).
var slLabel = wordSetTab("motivo reason complaint")

// symptomLabel: the symptom at i opens the value of a reason label.
func (s *scanner) symptomLabel(i int) bool {
	if i == 0 || !labelColonGap(s.gap(i)) {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if slLabel.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent || s.gap(k) != " " {
			return false
		}
	}
	return false
}

// labelColonGap: a gap of a colon with spaces or a webhook key's quotes
// around it (": ", ":", "\":\"", "\": \"").
func labelColonGap(g string) bool {
	colon := false
	for j := 0; j < len(g); j++ {
		switch g[j] {
		case ':':
			if colon {
				return false
			}
			colon = true
		case ' ', '"':
		default:
			return false
		}
	}
	return colon
}
