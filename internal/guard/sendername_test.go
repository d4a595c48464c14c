package guard

import "testing"

// TestSenderName: the sender's own name read from the notice's structure
// (sendername.go) passes; the reader's care, a greeting name, a titled
// clinician, a person's name before a business noun and a condition in the
// sender's name stay reported.
func TestSenderName(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Moreno & Blake PT: Your one-time sign-in code is 204857. It expires in 10 minutes.",
		"Moreno & Blake Physical Therapy: You have a new message. Sign in to read it.",
		"Moreno & Blake Fisioterapia: Tiene un mensaje nuevo. Inicie sesión para leerlo.",
		"Patel & Reyes Dental: Your account balance is zero. Thank you!",
		"Clearline Infusion Pharmacy: Your account balance is zero. Thank you!",
		"Clearline Infusion Pharmacy is now Clearline Home Health Pharmacy. Same team, same phone number, new logo.",
		"URGENT from Clearline Infusion Pharmacy: A product safety notice may affect an item you received.",
		"Subject: Clearline opens in Fort Wayne\nBody: Clearline Infusion Pharmacy now serves northeast Indiana.",
		"NowCare Eastside: current wait is about 15 minutes.",
		"Clínica Dental Ortiz: Su estado de cuenta está listo.",
		`{"event":"message.created","title":"Moreno & Blake PT","body":"New message in your portal"}`,
		"Okafor & Lindqvist PT: Okafor & Lindqvist Riverside has a new parking lot behind the building.",
		"Subject: Moreno & Blake is now in Dublin!\nBody: Free parking and early-morning hours.",
		"Hartwell Children's Clinic: The Hartwell Nurse Line will have new hours starting March 1.",
		"Farmacias Santa Lucía: Ya llegó Agua Santa Lucía 1 L y la nueva línea de botanas Lucía Snacks a todas nuestras sucursales.",
	)
	checkFlagged(t, g, true,
		"Clearline Infusion Pharmacy: your vancomycin infusion starts Monday at 9 AM.",
		"Clearline Infusion Pharmacy: your home infusion nurse visit is Monday at 9 AM.",
		"Moreno & Blake PT: Hi Dana, your knee rehab visit is Tuesday at 3 PM.",
		"Patel & Reyes Dental: Dr. Hart will see you at 3 PM tomorrow for your crown.",
		"Reminder: your visit at Springfield Oncology is Monday at 10 AM.",
		"Dana Whitfield Physical Therapy: your knee rehab visit is Tuesday at 3 PM.",
		"Iris Optical: Iris Chen, your new glasses with the progressive lenses are ready.",
		"NowCare Eastside: Dana Whitfield, your strep test came back positive.",
		"Summit Dialysis Center: your next treatment moves to 6 AM on Monday.",
		"Your statement from Valley Oncology Associates is ready.",
		"New message from Fertility & IVF Care Team. Tap to open.",
		"Physical Therapy: your session moved to Monday at 3 PM.",
		"Hartwell Children's Clinic: Hartwell Nurse Jane will call about your son's asthma.",
		"Dana & Chris Whitfield welcomes you, Dana, to your knee rehab.",
		"Dana's Physical Therapy is Monday at 3 PM.",
		"JoEllen Whitfield: your order is ready for pickup.",
		"Summit Physical Therapy: Summit Okonkwo missed the Tuesday session.",
		"Hartwell Children's Clinic: Hartwell Jones was seen today by our team.",
		"Farmacias Santa Lucía: Lucía, tu receta de metformina está lista.",
		"Farmacias Santa Lucía: Lucía Ramírez, tu pedido está listo para recoger.",
	)
}

func TestSenderNameCamel(t *testing.T) {
	for w, want := range map[string]bool{"NowCare": true, "QuickMed": true, "GlucoPath": true, "KidsConnect": true,
		"McKenzie": false, "MacKenzie": false, "DeShawn": false, "LaToya": false, "Nowcare": false, "NOWCARE": false} {
		if got := snCamel(w); got != want {
			t.Errorf("snCamel(%q) = %v, want %v", w, got, want)
		}
	}
}
