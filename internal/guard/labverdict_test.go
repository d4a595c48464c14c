package guard

import "testing"

// TestLabAbbrVerdict: a lab test named by its abbreviation with its
// verdict (labverdict.go, dev74); surveys, feedback, an airline and a noun
// after the verdict pass.
func TestLabAbbrVerdict(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your ANA came back positive (1:640, speckled). Please schedule a follow-up.", "compose.lab_abbr_verdict"},
		{"Your ANA titer came back positive.", "compose.lab_abbr_verdict"},
		{"Su ANA salió positivo (1:640). Por favor programe una cita.", "compose.lab_abbr_verdict"},
		{"Your RF was negative. See you at your next visit.", "compose.lab_abbr_verdict"},
		{"Your ANA has come back abnormal; Dr. Lee will call.", "compose.lab_abbr_verdict"},
		{"Our survey came back positive. Thank you!", ""},
		{"Your feedback came back positive. Thank you!", ""},
		{"Fly ANA this summer: reviews are positive!", ""},
		{"Your NPS was positive reviews all year.", ""},
		{"ANA came back positive for our team in the airline awards.", ""},
	})
}

// TestRecall12bTerms: the list entries of the same pass (labs_procedures,
// clinical_es, supplies, devices, association) and their look-alikes.
func TestRecall12bTerms(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, true,
		"Your FibroScan liver stiffness score (11.2 kPa) is ready to review.",
		"Piedmont Digestive: your Bravo pH capsule monitor must be returned by Friday 5 PM.",
		"Reminder: your 24-hour pH impedance study starts Monday at 8 AM.",
		"Hola, sus resultados del factor reumatoide ya están disponibles.",
		"Los resultados de su perfil tiroideo ya están en el portal.",
		"Top surgery post-op check is due! Please book within 2 weeks.",
		"Reminder: your post-op visit is tomorrow at 10 AM.",
		"Your order of Airvo 2 humidifier chambers has shipped!",
		"BreatheWell: su oxígeno portátil será entregado el jueves.",
		"Sus cánulas nasales de repuesto ya fueron enviadas.",
		"Recuerde devolver su monitor de pH Bravo el viernes.",
	)
	checkFlagged(t, g, false,
		"Our new Prism T-shirt is here! 20% off this week.",
		"Our top-rated surgery center is open to all. Tours every Friday.",
		"Build a capsule wardrobe with our spring sale.",
		"Protector solar con factor de protección solar 50 con 20% de descuento.",
		"Nuevo perfil de su cuenta: actualice sus datos en la app.",
		"Your window cleaning appointment is on Tuesday.",
		"Hospital Doctora Ferrer: nuevo aparcamiento en la calle Bravo Murillo.",
	)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Starting T? Our new binder fitting night is for trans men and transmasc folks in our care. RSVP now!", true},
		{"For our clients on estrogen: new skincare line made for your changing skin, 10% off.", true},
		{"Starting Tuesday? Our new art night is open to everyone. RSVP now!", false},
		{"Our trans-Atlantic team meeting moves the office opening to 10 AM Monday.", false},
	} {
		fs, err := g.CheckText(c.text, nil, Strict)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.want {
			t.Errorf("%q (strict): flagged %v, want %v (%+v)", c.text, got, c.want, fs)
		}
	}
}

// TestLabTitre: an abbreviation's titre (labverdict.go); a staff vote's
// ratio passes.
func TestLabTitre(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your ANA titer is 1:320 with a homogeneous pattern. See the portal for details.", "compose.lab_abbr_verdict"},
		{"Your RPR titre of 1:16 is lower than last time.", "compose.lab_abbr_verdict"},
		{"The ratio was 1:4 in the staff vote; the new hours start Monday.", ""},
		{"Our ANA titer display won the science fair at 1:00 PM.", ""},
	})
}
