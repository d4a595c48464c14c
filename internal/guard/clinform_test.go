package guard

import "testing"

// TestClinicalForm: clinical words by their form in a personal or health
// frame, and devices placed in the body (clinform.go), read by the guard
// built without parts 0 and 1 of every list (devGuard), so the rule and
// not a list finds them; look-alikes sharing the letters pass.
func TestClinicalForm(t *testing.T) {
	g := devGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your chemotherapy invoice is ready.", "frame.clinical_form"},
		{"Your metastasis coach sent you a message.", "frame.clinical_form"},
		{"New resources for managing hemorrhoids are in your portal.", "frame.clinical_form"},
		{"Your kidneystones follow-up is booked.", "frame.clinical_form"},
		{"Your bedsores program enrollment is complete.", "frame.clinical_form"},
		{"Recursos sobre la menopausia para usted.", "frame.clinical_form"},
		{"Información sobre embarazadas en su portal.", "frame.clinical_form"},
		{"Tenemos noticias sobre su quimio.", "frame.clinical_form"},
		{"Recuerde: su sesión de quimio es el lunes.", "frame.clinical_form"},
		{"Recuerde: su sesión de fotos es el lunes.", ""},
		{"Su cita de embarque está confirmada.", ""},
		{"Su prótesis será entregada el martes.", "frame.clinical_form"},
		{"Your cast removal is scheduled for Tuesday.", "frame.clinical_form"},
		{"Prepare for your drain removal: instructions inside.", "frame.clinical_form"},
		{"Your daughter's cast removal is on Tuesday.", "frame.clinical_form"},
		{"Your son's chemo session starts Monday.", "frame.clinical_form"},
		// look-alikes
		{"Your cardio class starts at 6 pm.", ""},
		{"Your hematite bracelet has shipped.", ""},
		{"Your oncoming shift starts at 7.", ""},
		{"Your milestones program enrollment is complete.", ""},
		{"Your aromatherapy candle has shipped.", ""},
		{"Your hypnosis show tickets are ready.", ""},
		{"Your snow removal service is scheduled.", ""},
		{"Your ad placement has been approved.", ""},
		{"Your cast party tickets are ready.", ""},
		{"Información sobre su clase de química en el portal.", ""},
		{"Noticias sobre su embarque en el portal.", ""},
		{"Your academia newsletter is here.", ""},
		// a form alone, with no frame: general information
		{"Learn how chemotherapy works at our free talk.", ""},
	})
}

func TestClinicalFormOf(t *testing.T) {
	for w, want := range map[string]bool{
		"chemotherapy": true, "quimio": true, "hemorrhoids": true, "hemorroides": true, "metastases": true,
		"gallstones": true, "bedsore": true, "perimenopausia": true, "embarazo": true, "tonsillectomy": true,
		"colonoscopy": true, "angioplasty": true, "leukemia": true, "thrombosis": true, "neuropathy": true,
		"hematite": false, "oncoming": false, "neuron": false, "neuroscience": false, "embarazoso": false,
		"aromatherapy": false, "dichotomy": false, "academia": false, "bohemia": false, "blasfemia": false,
		"hypnosis": false, "osmosis": false, "diagnosis": false, "milestones": false, "eyesore": false,
		"cardigan": false, "photocopy": false, "dynasty": false, "anatomy": false,
	} {
		if _, _, got := clinicalFormOf(w); got != want {
			t.Errorf("clinicalFormOf(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestChemicalEndings: frame.morphology's chemical nomenclature endings
// (frame.go, drugStems, ninth pass) on words in no vocabulary; ordinary
// words of those endings are in the general lists and pass.
func TestChemicalEndings(t *testing.T) {
	g := devGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Midodrine pickup reminder: we close at 9 pm.", "frame.morphology"},
		{"Questions about tiropramate? Reply to this message.", "frame.morphology"},
		{"Questions about fluticasone furoate? Reply to this message.", "frame.morphology"},
		{"Your nail polish remover with acetone has shipped.", ""},
		{"Learn to amalgamate your accounts online.", ""},
	})
}
