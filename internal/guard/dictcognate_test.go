package guard

// Tests of dictionary.cognate (dictcognate.go): the key rules, the rule on
// a small fixture dictionary written here (invented words in English
// spellings, never the GPL file), and — when SEALPOST_GUARD_DICTIONARY
// names it — Spanish leaks and clean notices on Debian hunspell-en-med.

import (
	"strings"
	"testing"
)

// fixtureCognateDic: invented English-spelled entries whose Spanish
// spellings the rule must find, one per key rule.
const fixtureCognateDic = `12
    Fixture for dictionary.cognate, written for sealpost's tests.
zorblathine/S
chlorvexide
pranodate
quelmaphone
trobulism
sphendrosis
vendarium
plendoscopy
recibide
enviade
confirmand
Morvaxine
`

func TestDictKey(t *testing.T) {
	same := [][2]string{
		{"zorblathine", "zorblatina"},  // th → t, -ine/-ina
		{"chlorvexide", "clorvexida"},  // ch → c, -ide/-ida
		{"pranodate", "pranodato"},     // -ate/-ato
		{"quelmaphone", "quelmafona"},  // ph → f, -one/-ona
		{"trobulism", "trobulismo"},    // -ism/-ismo
		{"sphendrosis", "esfendrosis"}, // prothetic e before sf
		{"vendarium", "vendario"},      // -ium/-io
		{"metformin", "metformina"},    // -in/-ina
		{"omeprazole", "omeprazol"},    // -ole/-ol
		{"hydrochlorothiazide", "hidroclorotiazida"},
		{"mammography", "mamografia"},      // -y/-ía (accent folded by the tokenizer)
		{"tachycardia", "taquicardia"},     // ch/qu
		{"esophagus", "esofago"},           // -us/-o
		{"schizophrenia", "esquizofrenia"}, // sch/esqu
		{"lymphangioma", "linfangioma"},    // mph/nf
		{"amphotericin", "anfotericina"},
		{"edematous", "edematoso"}, // -ous/-oso
	}
	for _, p := range same {
		a, okA := dictKey(nil, p[0])
		b, okB := dictKey(nil, p[1])
		if !okA || !okB || string(a) != string(b) {
			t.Errorf("dictKey(%q) = %q %v, dictKey(%q) = %q %v: want the same key", p[0], a, okA, p[1], b, okB)
		}
	}
	for _, w := range []string{"abc", "short", "ma\u00f1ana", "trombo"} {
		if _, ok := dictKey(nil, w); ok && len(w) < 6 {
			t.Errorf("dictKey(%q) applies to a word under six letters", w)
		}
	}
	// -ous adjectives are not -us nouns: "fibrous" keeps its s
	if k, _ := dictKey(nil, "fibrous"); string(k) != "fibros" {
		t.Errorf("dictKey(fibrous) = %q, want fibros (the key of fibroso)", k)
	}
}

func TestDictionaryCognateRule(t *testing.T) {
	dic := writeFile(t, "cognate.dic", fixtureCognateDic)
	g, err := New(Options{MedicalDictionaries: []string{dic}})
	if err != nil {
		t.Fatal(err)
	}
	plain, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	leaks := []string{
		"Su receta de zorblatina está lista para recoger.",
		"Zorblatina: su pedido se envió hoy.",
		"Recuerde tomar la clorvexida con comida.",
		"Hablamos de pranodato mañana.",
		"Su información sobre quelmafona está disponible.",
		"Su pedido de zorblatinas está listo.", // plural
		"Plendoscopia confirmada para el martes.",
	}
	// words with a clinical ending are frame.morphology's, which runs
	// first; the key still matches
	for _, n := range []string{"Programa de apoyo para el trobulismo: inscríbase hoy.", "Consulta de esfendrosis confirmada para el martes."} {
		fs, err := g.CheckText(n, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: not flagged", n)
		}
	}
	for _, n := range leaks {
		if f := findRule(t, g, n, "dictionary.cognate"); f == nil {
			t.Errorf("%q: no dictionary.cognate finding", n)
		} else if !strings.Contains(f.Reason, "Spanish spelling of a word in the medical dictionary") || f.Fix != fixDictionary {
			t.Errorf("%q: finding %+v", n, *f)
		}
	}
	// the Spanish procedure ending gives the kind
	if f := findRule(t, g, "Su plendoscopia es el martes.", "dictionary.cognate"); f == nil || f.Kind != KindProcedure {
		t.Errorf("plendoscopia: finding %+v, want a procedure", f)
	}
	if f := findRule(t, g, "Hablamos de pranodato mañana.", "dictionary.cognate"); f == nil || f.Kind != KindMedication {
		t.Errorf("pranodato: finding %+v, want a medication", f)
	}
	clean := []string{
		"Su pedido ha sido enviado y llegará el martes.",
		"Confirmamos su cita del jueves a las 10:00.",
		"Su factura de octubre está disponible en el portal.",
		"Gracias por su compra; la recibirá pronto.",
		"Visite a Zorblatina en nuestra tienda.", // capitalised inside a sentence: a name
		"Morvaxina le espera en la tienda.",      // a capitalised-only entry is not indexed
		"Your zorblathine order shipped.",        // the entry itself: dictionary.term's
		// conjugated verbs and participles are ordinary Spanish
		// (general_es_forms) though their keys are those of the
		// invented entries recibide, enviade and confirmand
		"Su pedido fue recibido y enviado; la factura fue enviada.",
		"Recibida su solicitud, le escribiremos pronto.",
		"Confirmando su cita: el jueves a las 10:00.",
	}
	for _, n := range clean {
		if f := findRule(t, g, n, "dictionary.cognate"); f != nil {
			t.Errorf("%q: flagged %+v", n, *f)
		}
	}
	// the keys of those entries are indexed: only the ordinary-word check
	// keeps the verbs clean
	for _, w := range []string{"recibido", "enviada", "confirmando"} {
		k, _ := dictKey(nil, w)
		if !g.med.hasCognate(hbytes(k)) {
			t.Errorf("%s: key %q not indexed", w, k)
		}
	}
	// tenant approval and template wording clear it
	n := "Hablamos de pranodato mañana."
	for _, c := range []*Context{
		{Terms: []Term{{Text: "pranodato", Kind: KindApproved}}},
		{Template: []string{n}},
	} {
		fs, err := g.CheckText(n, c, Standard)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Rule == "dictionary.cognate" {
				t.Errorf("%q with %+v: flagged %+v", n, c, f)
			}
		}
	}
	// without a dictionary the rule never fires
	if f := findRule(t, plain, "Zorblatina: su pedido se envió hoy.", "dictionary.cognate"); f != nil {
		t.Errorf("without a dictionary: %+v", *f)
	}
	if len(g.med.cog) == 0 || plain.med != nil {
		t.Errorf("key index: %d keys with the fixture", len(g.med.cog))
	}
}

// findRule returns the first finding of rule in n, or nil.
func findRule(t *testing.T, g *Guard, n, rule string) *Finding {
	t.Helper()
	fs, err := g.CheckText(n, nil, Standard)
	if err != nil {
		t.Fatal(err)
	}
	for i := range fs {
		if fs[i].Rule == rule {
			return &fs[i]
		}
	}
	return nil
}

// TestDictionaryCognateReal: Spanish spellings of hunspell-en-med words
// that no built-in list holds, and Spanish clean notices (conjugated verbs,
// orders, invoices, appointments) the rule must leave alone.
func TestDictionaryCognateReal(t *testing.T) {
	dicts := testDictionaries(t, true)
	g, err := New(Options{MedicalDictionaries: dicts})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, true,
		"Reserpina: su receta está lista.",
		"Hablamos de clortalidona mañana.",
		"Fenelzina lista para recoger en la farmacia.",
		"Información sobre hidroxizina en su portal.",
		"Cistoscopia confirmada para el lunes.")
	checkFlagged(t, g, false,
		"Su pedido fue enviado y llegará mañana.",
		"Confirmamos que recibimos su pago.",
		"Le recordamos que su cita es el martes a las 9:30.",
		"Su factura electrónica está disponible.",
		"Actualizamos nuestra política de privacidad.",
		"Descargue la aplicación y consulte su saldo.",
		"Su suscripción se renovará automáticamente.",
		"Your superbill is ready to download.")
}

// TestBritishOrdinaryMore: British spellings of ordinary American words
// that hunspell-en-med lists ("fibre", "aluminium", "gramme", "mould")
// are left out of the dictionary like "colour" and "centre"; a medical
// word that only looks like one stays ("croup", "goitrous").
func TestBritishOrdinaryMore(t *testing.T) {
	fr, err := sharedFrames()
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"fibre", "fibres", "aluminium", "gramme", "programmes", "mould", "moult", "meagre"} {
		if !britishOrdinary(w, &fr.gen) {
			t.Errorf("britishOrdinary(%q) = false", w)
		}
	}
	for _, w := range []string{"croup", "delirium", "zorblathine", "ischaemia"} {
		if britishOrdinary(w, &fr.gen) {
			t.Errorf("britishOrdinary(%q) = true", w)
		}
	}
}

// FuzzDictKey: any word gives a key or none without panicking; a key is
// only given for words of 6 to 40 letters.
func FuzzDictKey(f *testing.F) {
	for _, s := range []string{"zorblathine", "mph", "lymph", "esfmph", "edematous", "ous", "chchchchch", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		k, ok := dictKey(nil, w)
		if ok && (len(w) < 6 || len(w) > 40 || len(k) == 0) {
			t.Fatalf("dictKey(%q) = %q, true", w, k)
		}
	})
}
