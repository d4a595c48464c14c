package guard

import "strings"

// Specialties by their morphology and care places by their modifier
// (issue 15, fifth pass: dev16).
//
// compose.specialty: a word in no ordinary vocabulary (general_en /
// general_es) that ends in a specialty ending (-logy, -logist, -logic,
// -logical, Spanish -logia, -logo/-loga; the "o" before it belongs to the
// combining form) and whose stem is made entirely of medical combining
// forms ("uro"+"gyneco"+"logy", "electro"+"physio"+"logy",
// "neuro"+"gastro"+"entero"+"logy"), at least one of them clinical only
// or at least two of them; or a word in no ordinary vocabulary ending in
// -iatry, -iatric(s), -iatrist, -iatrician (Greek iatros, physician: only
// clinical words end so; "bariatrics", "physiatrist"). Ordinary -logy
// words are in the general lists and never taken ("technology",
// "biology", "physiology", "psychology"); the ordinary specialty words
// ("cardiology", "urology") are in the clinical lists already. A stem
// that is not all combining forms is not taken ("neurotechnology",
// "astrobiology"). A combining form joined by a hyphen to a specialty
// word, ordinary or listed, is one too ("neuro-otology", "uro-gynecology").
//
// compose.care_place: a care-place head (clinic, lab, laboratory, center,
// centre, unit, ward, institute), or a clinician or specialty of the
// domain (specialist, doctor, physician, nurse, therapist, surgeon,
// medicine), right after an ordinary word that names a clinical domain
// when it modifies such a place ("memory clinic", "sleep lab", "pain
// center", "wound clinic", "vein center", "sleep medicine"); Spanish head
// first ("clínica del dolor", "unidad del sueño"). The modifiers are
// ordinary words, so the head must follow them directly, in the same
// sentence; "memory card", "sleep mask", "pain relief" are not places.

// specialtyForms are the combining forms a specialty stem is made of;
// true: clinical only (one is enough), false: shared with ordinary
// science words ("physio", "psycho", "bio", "electro"; two are needed).
var specialtyForms = map[string]bool{
	// clinical only
	"uro": true, "neuro": true, "gastro": true, "entero": true, "gyneco": true, "gynaeco": true, "gyn": true,
	"cardio": true, "nephro": true, "hepato": true, "hemato": true, "haemato": true, "onco": true,
	"pulmono": true, "pneumo": true, "dermato": true, "rheumato": true, "endocrino": true, "ophthalmo": true,
	"oto": true, "rhino": true, "laryngo": true, "procto": true, "colo": true, "immuno": true, "allergo": true,
	"andro": true, "neonato": true, "perinato": true, "feto": true, "anesthesio": true, "anaesthesio": true,
	"diabeto": true, "lympho": true, "angio": true, "phlebo": true, "audio": true, "algo": true,
	"traumato": true, "obstetro": true, "urogyneco": true, "trico": true, "tricho": true,
	"hepatobilio": true, "vasculo": true, "cerebro": true, "spondylo": true, "osteo": true, "arthro": true,
	"myo": true, "reno": true, "leuko": true, "hemo": true, "haemo": true, "thrombo": true, "sono": false,
	"naso": true, "pharyngo": true, "broncho": true, "cysto": true, "mammo": true, "geronto": false,
	// Spanish spellings (accents removed by normalisation)
	"gineco": true, "nefro": true, "neumo": true, "reumato": true, "oftalmo": true, "otorrino": true,
	"inmuno": true, "alergo": true, "anestesio": true, "linfo": true, "flebo": true, "traumo": true,
	// shared with ordinary science words
	"physio": false, "psycho": false, "bio": false, "electro": false, "radio": false, "patho": false,
	"cyto": false, "histo": false, "toxico": false, "sero": false, "micro": false, "epidemio": false,
	"fisio": false, "psico": false, "pato": false, "cito": false, "neuropsycho": true,
}

// specialtyEndings follow the stem; the stem's last form ends in "o".
var specialtyEndings = []string{"logy", "logist", "logists", "logic", "logical", "logia", "logo", "loga", "logos", "logas"}

// iatricEndings: clinical whatever the stem.
var iatricEndings = []string{"iatry", "iatric", "iatrics", "iatrist", "iatrists", "iatrician", "iatricians", "iatria", "iatra"}

// specialtyHyphen: a combining form joined by a hyphen to a specialty
// word, ordinary or listed ("neuro-otology", "uro-gynecology",
// "psycho-oncology"); it returns the span.
func (s *scanner) specialtyHyphen(i int) (int, int, bool) {
	j := i + 1
	if j >= len(s.toks) || s.gap(j) != "-" || s.used[j] || s.toks[j].cls&tAlpha == 0 {
		return 0, 0, false
	}
	if _, ok := specialtyForms[s.toks[i].low]; !ok {
		return 0, 0, false
	}
	w := s.toks[j].low
	for _, e := range iatricEndings {
		if strings.HasSuffix(w, e) && len(w) >= len(e)+3 {
			return i, j, true
		}
	}
	for _, e := range specialtyEndings {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			if _, forms := specialtyStem(w[:len(w)-len(e)]); forms > 0 {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

// specialtyShape: every specialty ending holds "log" within the word's
// last seven letters or "iatr" within its last ten; a few byte tests
// answer most words before the ending loops.
func specialtyShape(w string) bool {
	n := len(w)
	for p := max(0, n-7); p+3 <= n; p++ {
		if w[p] == 'l' && w[p+1] == 'o' && w[p+2] == 'g' {
			return true
		}
	}
	for p := max(0, n-10); p+4 <= n; p++ {
		if w[p] == 'i' && w[p+1] == 'a' && w[p+2] == 't' && w[p+3] == 'r' {
			return true
		}
	}
	return false
}

// specialty: token i is a specialty word in no ordinary vocabulary.
func (s *scanner) specialty(i int) bool {
	t := &s.toks[i]
	if s.used[i] || t.cls&tAlpha == 0 || len(t.low) < 7 || t.w != nil {
		return false
	}
	w := t.low
	ok := false
	for _, e := range iatricEndings {
		if strings.HasSuffix(w, e) && len(w) >= len(e)+3 {
			ok = true
			break
		}
	}
	if !ok {
		for _, e := range specialtyEndings {
			if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
				if strong, forms := specialtyStem(w[:len(w)-len(e)]); forms > 0 && (strong || forms >= 2) {
					ok = true
					break
				}
			}
		}
	}
	// the word lists last: most words have no specialty ending
	if !ok || s.general(i) {
		return false
	}
	return s.p == nil || !s.p.isTemplate(t.h)
}

// specialtyStem splits stem entirely into combining forms (longest first
// at each place, with backtracking); it returns whether one of them is
// clinical only and how many there are (0: no split).
func specialtyStem(stem string) (strong bool, forms int) {
	if stem == "" {
		return false, 0
	}
	for n := min(len(stem), 12); n >= 2; n-- {
		c, ok := specialtyForms[stem[:n]]
		if !ok {
			continue
		}
		if n == len(stem) {
			return c, 1
		}
		if st, f := specialtyStem(stem[n:]); f > 0 {
			return c || st, f + 1
		}
	}
	return false, 0
}

// carePlaceHeads end a care place.
var carePlaceHeads = wordSetTab("clinic clinics lab labs laboratory center centers centre centres unit ward institute " +
	// the clinicians and the specialty of the same domain ("sleep
	// specialist", "pain doctor", "sleep medicine")
	"medicine specialist specialists doctor doctors physician physicians nurse nurses therapist surgeon")

// carePlaceMods: ordinary words that name a clinical domain right before
// a care-place head. Left out: words naming shops or hobbies as often
// ("eye center", "vision center", "fitness center", "golf clinic",
// "computer lab", "memory unit" — "unit" after "memory" is hardware, so
// "memory" takes the other heads only, see carePlaceNotUnit).
var carePlaceMods = wordSetTab("memory sleep pain wound wounds vein veins spine spinal headache migraine seizure epilepsy " +
	"stroke continence incontinence bladder bowel pelvic fertility hearing tinnitus swallowing " +
	"breast heart lung lungs kidney liver bone foot ankle hand knee hip shoulder weight obesity diabetes dialysis infusion " +
	"transfusion cancer tumor tumour transplant lipid cholesterol anticoagulation coumadin warfarin addiction " +
	"detox methadone rehab rehabilitation gender lactation prenatal maternity birth midwifery allergy asthma sinus " +
	"vascular cardiac renal neuro chest cath catheterization endoscopy oncology dementia " +
	"concussion scoliosis osteoporosis menopause")

// carePlaceLinks: words between a clinical-domain modifier and a
// care-place head ("memory care clinic", "Weight Loss Center", "Heart
// Health Center"; issue 15, fifth pass: remaining development cases).
var carePlaceLinks = wordSetTab("care health disorder disorders recovery treatment management loss medicine services support")

// carePlaceNotUnit: modifiers that name hardware before "unit"/"lab"
// (and "memory specialist", a computer shop's).
var carePlaceNotUnit = wordSetTab("memory hand")

// carePlaceHardware: heads that follow "memory"/"hand" in hardware and
// tools as often.
var carePlaceHardware = wordSetTab("unit lab labs specialist specialists")

// carePlacesES: Spanish head first, "clínica del dolor".
var (
	carePlaceHeadsES = wordSetTab("clinica unidad centro laboratorio consultorio")
	carePlaceModsES  = wordSetTab("dolor sueno memoria heridas fertilidad dialisis diabetes obesidad cancer columna " +
		"cefalea epilepsia adicciones desintoxicacion menopausia lactancia")
)

// carePlace: token i is a care-place head with a clinical-domain
// modifier before it (English) or after it (Spanish); it returns the span.
func (s *scanner) carePlace(i int) (int, int, bool) {
	h := s.toks[i].h
	if carePlaceHeads.get(h) && i > 0 && !s.used[i-1] && !s.toks[i].sent && (s.gap(i) == " " || s.gap(i) == "-") {
		m := i - 1
		if carePlaceMods.get(s.toks[m].h) && !(carePlaceNotUnit.get(s.toks[m].h) && carePlaceHardware.get(h)) {
			return m, i, true
		}
		// one connector between: "Memory Care Clinic", "sleep disorders
		// center", "Weight Loss Center" (not "hand care": cosmetics)
		if carePlaceLinks.get(s.toks[m].h) && m > 0 && !s.used[m-1] && !s.toks[m].sent && s.gap(m) == " " &&
			carePlaceMods.get(s.toks[m-1].h) && s.toks[m-1].low != "hand" {
			return m - 1, i, true
		}
	}
	if carePlaceHeadsES.get(h) && i+2 < len(s.toks) && s.gap(i+1) == " " && s.gap(i+2) == " " {
		j := i + 1
		switch s.low(j) {
		case "de", "del":
			j++
			if s.low(j) == "la" && j+1 < len(s.toks) && s.gap(j+1) == " " {
				j++
			}
		default:
			return 0, 0, false
		}
		if j < len(s.toks) && !s.used[j] && !s.toks[j].sent && carePlaceModsES.get(s.toks[j].h) {
			return i, j, true
		}
	}
	return 0, 0, false
}
