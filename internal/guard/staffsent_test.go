package guard

import "testing"

// TestStaffSentence: staffsent.go's staff sentence — a credentialled,
// titled or role-named person beside a staff-news verb, with the clinical
// words of a job title, unit or professional body — passes; the same
// shapes about the reader's care, a patient, or a person's own diagnosis
// keep their findings, and strict mode drops nothing.
func TestStaffSentence(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	clean := []string{
		"Please welcome Tomas Varga, RRT, who joins our Bend team as home oxygen coordinator after 8 years at St. Charles.",
		"Meet our new respiratory therapy manager, Dr. Paul Lindqvist, RRT, RPFT — Paul brings 20 years of pulmonary function testing experience to our Salem office.",
		"We're celebrating 15 years with Joanne Pruitt, RN, our headache clinic nurse lead. Thank you, Joanne!",
		"Meet Omar Siddiqui, RRT, our new sleep lab lead — Omar joins us after ten years at Providence.",
		"Our billing lead Marisol is off on maternity leave until June — please welcome Devon, who's covering the front desk in the meantime.",
		"Welcome to Renata Okafor, our new Claimant Advocate! Renata helps employers plan modified duty.",
		"Please welcome Nadia Farouk, PT, DPT, WCS, our new pregnancy and postpartum specialist! Nadia joins us from Seattle.",
		"Congratulations to Dr. Ines Carvalho on earning her UCNS certification in headache medicine!",
		"Welcome Dr. Carla Ruiz, MD, FAAD! Dr. Ruiz joins our dermatology team and sees patients in English and Spanish.",
		"Please welcome Ana Ruiz, RDN, LD, who joins us from the university's outpatient nutrition clinic.",
		"Meet our new adjusters, Ana Ruiz and Lucía Ferraro, joining the Tacoma office this month.",
		"Please welcome our new adjuster, Teresa Gallo, to the Spokane office. Teresa speaks English and Portuguese.",
	}
	checkFlagged(t, g, false, clean...)
	checkFlagged(t, g, true,
		"Please welcome Tomas Varga, RRT, who will set up your home oxygen concentrator on Tuesday at 10am.",
		"Welcome our newest patient, Marisol Cortez, who starts pelvic floor therapy for postpartum incontinence this week!",
		"Congratulations to Bianca Reyes, RN, on finishing chemo!",
		"Welcome to Renata Okafor, our new claimant! Renata's claim for a torn rotator cuff was approved on 3/14.",
		"Our front-desk lead Tamsin is off on medical leave for her breast cancer surgery — please welcome Ramon, who's covering through spring.",
		"Our dietitian Owen Marsh, RDN, was diagnosed with celiac disease and will share his gluten-free journey in this month's newsletter.",
		"Meet Dr. Ines Carvalho, who joins our team this spring and will see Omar Siddiqui for his cluster headaches on April 9.",
		"Welcome Dr. Carla Ruiz, MD! Dr. Ruiz joins our team and sees patients with severe cystic acne like Maria Lopez.",
		"Congratulations to Ana Ruiz, RDN, on her recovery from outpatient surgery!",
		"Welcome Ana Ruiz, ALS, to our outpatient clinic.",
		"Please welcome Nadia Farouk, PT, DPT, our new therapist! Nadia will treat your vaginismus on Thursday.",
		"Please welcome our new adjuster, Teresa Gallo, to the Spokane office. Teresa speaks English and has lupus.",
		"Meet Rosa Jimenez, our new caregiver. She starts with your mother Monday.",
	)
	strictKeepsFindings(t, g, clean[:3])
}

// strictKeepsFindings: strict mode (marketing) drops no staff news: each
// text, clean in standard mode, keeps a finding (staffpost_test.go, this
// file).
func strictKeepsFindings(t *testing.T, g *Guard, texts []string) {
	t.Helper()
	for _, n := range texts {
		fs, err := g.CheckText(n, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) == 0 {
			t.Errorf("%q: strict mode dropped every finding", n)
		}
	}
}
