package guard

// symptom.go: symptoms of the reader (issue 15, seventh pass, helper REC35,
// dev35: "Recibimos tu reporte de dolor de pecho y falta de aire",
// "¿sigues con fiebre y tos con flemas?", "Gracias por reportar mareos y
// visión borrosa").
//
// Rule clinical.symptom (kind condition): a common symptom — Spanish
// (fiebre, tos, flemas, mareos, náuseas, vómitos, sangrado, hinchazón,
// picazón, escalofríos, palpitaciones…; "dolor de" + a body part, "falta
// de aire", "dificultad para respirar", "visión borrosa", "ardor al
// orinar") or English (fever, cough, phlegm, chills, nausea, vomiting,
// wheezing…) — read in a personal frame:
//
//   - Spanish: "tu/tus/su/sus" right before it ("tu falta de aire"), or a
//     reporting or having word at most three words before it in the same
//     sentence (reportar, reporte, sigues, tienes, presentas, sientes,
//     padeces, "has tenido": "tu reporte de dolor de pecho", "¿sigues con
//     fiebre?", "¿aún tienes mareos?");
//   - English: a having or reporting word at most three words before it
//     ("still having fever", "reporting chills"); "your" alone is not
//     enough in English ("your cough drops" is a shop item, otc.go's).
//   - A symptom joined to a reported one by "y", "o", "e", "and", "or",
//     "con", "with" (and an article) or a comma is reported too ("fiebre
//     y tos con flemas", "fever and a cough with phlegm").
//
// "dolor" or "ardor" alone needs a reporting or having word ("¿Sigues con
// dolor?"), not only a possessive ("Entendemos tu dolor" is grief).
//
// Stays clean: the idioms "el dolor de cabeza del tráfico / de las
// devoluciones" and "la fiebre de descuentos / del sábado / del oro" (a
// list of the errands and sales words that follow them, symptomIdiomAfter;
// the same test keeps the listed "fiebre|a" of clinical_es.txt from firing
// after "su": words.go), reporting words about other things ("tu reporte
// de ventas", "¿Sigues con dudas…?" — the symptom must follow), and pets
// in the sentence ("tu perro tiene picazón": vitalPets).
//
// Words with an everyday sense are left out of the lists: "acidez" (of a
// wine), "congestión" (of traffic, of a network), "cansancio", "fatiga",
// "fatigue", "rash" ("reported a rash of delivery problems"); an English
// symptom before a hyphen is no symptom ("bleeding-edge").
//
// Judgement calls, accepted risks: a cue may be three words away, so
// "tienes envío gratis y fiebre de…" would need the idiom list to pass;
// the idiom list is closed (fail closed: "fiebre de dengue", "dolor de
// cabeza de tensión" stay reported); a symptom in a general notice without
// a personal word ("La fiebre y la tos son síntomas de gripe") passes, as
// the listed ambiguous terms do.

var (
	// symptomsES / symptomsEN: symptoms on their own
	symptomsES = wordSetTab("fiebre fiebres tos flemas flema mareos mareo nauseas nausea vomitos vomito sangrado sangrados " +
		"hemorragias hinchazon inflamacion picazon comezon escalofrios palpitaciones diarrea diarreas vertigo vertigos " +
		"desmayos desmayo calambres hormigueo entumecimiento sarpullido ronchas jaqueca jaquecas migrana migranas " +
		"convulsiones estrenimiento agruras colicos " +
		"tosiendo") // symptomstill.go: "¿Sigue tosiendo después de su consulta?"
	symptomsEN = wordSetTab("fever fevers cough coughing phlegm mucus chills nausea vomiting dizziness wheezing diarrhea " +
		"diarrhoea headaches headache migraines cramping numbness tingling palpitations itching swelling bleeding " +
		"constipation heartburn")
	// heads that need what follows them: "dolor de cabeza", "falta de
	// aire", "visión borrosa", "ardor al orinar"
	symptomHeadsES = wordSetTab("dolor dolores ardor falta dificultad vision zumbido presion opresion sangre perdida")
	// body parts after "dolor de / en": compose.go's bodyParts hold the
	// Spanish organs; these are the places of pain
	painPlacesES = wordSetTab("cabeza pecho espalda garganta estomago oido oidos muelas muela rodilla rodillas articulaciones " +
		"huesos hueso cuello abdomen vientre barriga panza pies pie piernas pierna brazo brazos hombro hombros cadera " +
		"ojos ojo cintura costado pecho rinones rinon torax mandibula boca dientes encias cuerpo musculos oreja")
	// symptomCuesES: reporting and having words before a symptom
	symptomCuesES = wordSetTab("reportar reportaste reporto reporte reportes reportado reportada reportados reportadas reportaron " +
		"sigues sigue siguen continuas continua tienes tiene tenias tuviste tuvo presentas presenta presentaste presento " +
		"sientes siente sentiste padeces padece sufres sufre notaste has ha aun todavia")
	symptomCuesEN = wordSetTab("having reporting reported report experiencing experienced complaining")
	symptomLinks  = wordSetTab("y o e and or con with a an un una")
	// what follows "dolor de cabeza" and "fiebre de/del" in the idioms
	symptomIdiomAfter = wordSetTab("trafico devoluciones devolucion tramites tramite papeleo mudanza compras pagos facturas " +
		"facturacion envios filas impuestos regalos deudas descuentos ofertas rebajas sabado oro futbol mundial precios " +
		"moda verano temporada buen black navidad gangas promociones cyber hot venta ventas tantas tantos tanto tanta mundialista futbolera futbolero")
	symptomIdiomLink = wordSetTab("de del con por")
	hDolor           = hstr("dolor")
	hDolores         = hstr("dolores")
	hArdor           = hstr("ardor")
	hCabeza          = hstr("cabeza")
	hFiebre          = hstr("fiebre")
	symptomFilter    = newHashFilter(symptomFirst())
)

func symptomFirst() map[uint64]bool {
	m := map[uint64]bool{}
	for _, set := range []setTab{symptomsES, symptomsEN, symptomHeadsES} {
		set.each(func(h uint64) { m[h] = true })
	}
	return m
}

// symptomAt returns the last token of a symptom starting at i (-1: none),
// whether it is Spanish, and whether it is a bare "dolor"/"ardor".
func (s *scanner) symptomAt(i int) (end int, es, bare bool) {
	h := s.toks[i].h
	n := len(s.toks)
	next := func(k int) string {
		if k < n && !s.toks[k].sent && s.gap(k) == " " {
			return s.toks[k].low
		}
		return ""
	}
	if symptomHeadsES.get(h) {
		w1, w2 := next(i+1), next(i+2)
		switch s.toks[i].low {
		case "dolor", "dolores", "ardor":
			if (w1 == "de" || w1 == "en" || w1 == "al") && w2 != "" {
				if painPlacesES.get(s.toks[i+2].h) || s.tp[i+2]&tpBodyPart != 0 || w2 == "orinar" || w2 == "tragar" || w2 == "respirar" {
					return i + 2, true, false
				}
				// "dolor en el pecho", "ardor en la garganta"
				if w3 := next(i + 3); w3 != "" && (w2 == "el" || w2 == "la" || w2 == "los" || w2 == "las") && (painPlacesES.get(s.toks[i+3].h) || s.tp[i+3]&tpBodyPart != 0) {
					return i + 3, true, false
				}
			}
			if w1 == "abdominal" || w1 == "toracico" || w1 == "lumbar" || w1 == "muscular" || w1 == "articular" || w1 == "cronico" || w1 == "intenso" || w1 == "fuerte" {
				return i + 1, true, false
			}
			if h == hArdor {
				return -1, false, false
			}
			return i, true, true
		case "falta":
			if w1 == "de" && (w2 == "aire" || w2 == "aliento") {
				return i + 2, true, false
			}
		case "dificultad":
			if w1 == "para" && (w2 == "respirar" || w2 == "tragar" || w2 == "orinar") {
				return i + 2, true, false
			}
		case "vision":
			if w1 == "borrosa" || w1 == "doble" {
				return i + 1, true, false
			}
		case "zumbido":
			if w1 == "en" && next(i+3) == "oidos" {
				return i + 3, true, false
			}
		case "presion", "opresion":
			if w1 == "en" && next(i+3) == "pecho" {
				return i + 3, true, false
			}
		case "sangre":
			if w1 == "en" && (next(i+3) == "orina" || next(i+3) == "heces") {
				return i + 3, true, false
			}
		case "perdida":
			if w1 == "del" && (w2 == "olfato" || w2 == "gusto" || w2 == "conocimiento") ||
				w1 == "de" && (w2 == "peso" || w2 == "apetito") {
				return i + 2, true, false
			}
		}
		return -1, false, false
	}
	if symptomsES.get(h) {
		return i, true, false
	}
	if symptomsEN.get(h) {
		if i+1 < n && s.gap(i+1) == "-" { // "bleeding-edge"
			return -1, false, false
		}
		return i, false, false
	}
	return -1, false, false
}

// symptomIdiom: the symptom i..j is "dolor de cabeza" or "fiebre" followed
// by de/del/con/por, maybe an article, and an errand or sales word, or
// "fiebre" right before such a word ("fiebre mundialista").
func (s *scanner) symptomIdiom(i, j int) bool {
	h := s.toks[i].h
	if !(h == hFiebre || (h == hDolor || h == hDolores) && s.toks[j].h == hCabeza) {
		return false
	}
	n := len(s.toks)
	k := j + 1
	if h == hFiebre && k < n && !s.toks[k].sent && symptomIdiomAfter.get(s.toks[k].h) { // "fiebre mundialista"
		return true
	}
	if k >= n || s.toks[k].sent || !symptomIdiomLink.get(s.toks[k].h) {
		return false
	}
	k++
	for a := 0; a < 2 && k < n && !s.toks[k].sent; a++ {
		if symptomIdiomAfter.get(s.toks[k].h) {
			return true
		}
		switch s.toks[k].low {
		case "el", "la", "los", "las", "tus", "sus", "tu", "su":
			k++
			continue
		}
		break
	}
	return false
}

// symptomCue: a personal frame before the symptom at i.
func (s *scanner) symptomCue(i int, es, bare bool) bool {
	if s.symptomLabel(i) { // "Motivo de la llamada: fiebre", "reason":"fever" (symptomlabel.go)
		return true
	}
	if i == 0 || s.toks[i].sent {
		return false
	}
	if es && !bare && recipientPossessive.get(s.toks[i-1].h) && s.toks[i-1].low != "your" {
		return true
	}
	cues := symptomCuesEN
	if es {
		cues = symptomCuesES
	}
	if !es && s.toks[i-1].low == "still" && s.stillAsked(i) {
		return true // "Still coughing after your visit?" (symptomstill.go)
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if cues.get(s.toks[k].h) {
			return true
		}
		if s.toks[k].sent {
			break
		}
	}
	return false
}

// scanSymptoms reports clinical.symptom.
func (s *scanner) scanSymptoms() {
	if s.fbAll2&fb2Symptom == 0 { // no token passes symptomFilter (tokfilter.go)
		return
	}
	s.scanSymptomsOn()
}

// scanSymptomsOn is scanSymptoms past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanSymptomsOn() {
	n := len(s.toks)
	lastEnd := -10 // last token of the last reported symptom
	for i := 0; i < n; i++ {
		if s.toks[i].fb2&fb2Symptom == 0 || s.toks[i].cls&tAlpha == 0 {
			continue
		}
		j, es, bare := s.symptomAt(i)
		if j < 0 {
			continue
		}
		chained := false
		if lastEnd >= 0 && i > lastEnd && i-lastEnd <= 3 && !s.toks[i].sent {
			chained = true
			for k := lastEnd + 1; k < i; k++ {
				if !symptomLinks.get(s.toks[k].h) {
					chained = false
				}
			}
			if i == lastEnd+1 && !(s.gap(i) == ", " || s.gap(i) == ",") {
				chained = false
			}
		}
		if !chained && !s.symptomCue(i, es, bare) || s.symptomIdiom(i, j) || s.sentenceHas(i, &vitalPets) {
			continue
		}
		lastEnd = j
		free := false
		for k := i; k <= j; k++ {
			if !s.used[k] {
				free = true
			}
		}
		if free {
			s.addTok(i, j, KindCondition, "clinical.symptom", 0.7, "names a symptom of the recipient")
		}
		i = j
	}
}
