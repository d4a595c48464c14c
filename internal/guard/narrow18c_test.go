package guard

import (
	"strings"
	"testing"
)

// TestNarrow18c: one person's matter in the eighteenth pass's sender and
// public shapes stays reported; the genuine shapes still pass
// (narrow18c.go).
func TestNarrow18c(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		text string
		leak bool
	}{
		// condjoin: a body line's clinic, a document subject, a cancer
		{"Resumen de su cuenta:\nCentro Cáncer y Quimioterapia: $120.00\nFarmacia: $15.00", true},
		{"Referral sent:\nEastside Parkinson & Movement Clinic\nThey will call to book.", true},
		{"Subject: Latest Diabetes & Kidney Panel\n\nThey are ready in the portal.", true},
		{"Subject: Pending Lupus & Kidney Biopsy Report\n\nLog in to the portal to read it.", true},
		{"Asunto: Control Diabetes y Nutrición\n\nIngrese al portal para verlo.", true},
		{"[Kessler Cancer & Chemo Unit] {\"event\":\"statement.ready\",\"amount\":\"40.00\"}", true},
		{"Fernhill Asthma & Allergy: Our phones will be down Saturday morning for maintenance.", false},
		{"Subject: Blue Ridge Scoliosis & Bracing\n\nOur office closes at noon Friday.", false},
		{"Our office closes at noon Friday.\nThanks,\nBlue Ridge Scoliosis & Bracing", false},
		// senderops: a child's consult, the reader's number, a care aid
		{"Por el feriado del 9 de julio, la consulta del niño no se atenderá; se reprograma para el 10.", true},
		{"Por el feriado del 9 de julio, la consulta de la bebé no funcionará.", true},
		{"Lakeside Clinic: Reply STOP to opt out and we will stop calling 303-555-0142 for appointment reminders.", true},
		{"Clínica Norte: Responda BAJA para darse de baja y dejaremos de seguir llamando al (787) 555-0143.", true},
		{"A partir del 3 de marzo, el uso del andador será obligatorio al caminar por el pasillo.", true},
		{"Con motivo del feriado del 5 de julio, la consulta externa no funcionará. Emergencias atiende normalmente.", false},
		{"Lakeside Clinic: To opt out of these reminders, unsubscribe by calling 1-800-555-0100.", false},
		{"Clínica Norte: Si ya no desea recibir estos avisos, puede darse de baja llamando al 800 555 0100.", false},
		{"A partir del 1 de febrero, el uso de mascarilla es obligatorio para todo el personal y los visitantes.", false},
		// pubopen: a booked procedure behind a free event noun
		{"Free community event: prostate biopsy Monday 7 AM in bay 4. Free admission.", true},
		{"Charla gratuita “Hipertensión, el enemigo silencioso”, jueves 6:00 p.m., auditorio principal. Entrada libre.", false},
		// staffapposit: a patient joined to a credentialed staff member
		{"Welcome to our new child life specialist, Kim Tran, CCLS, and Devon Ellis, age 7!", true},
		{"Welcome to our new respiratory therapist, Eli Stone, RRT, and Mara Quinn from room 4!", true},
		{"Northside Kids: Welcome to our new child life specialists, Amir Haddad, CCLS, and Grace Lin, CCLS!", false},
		// labsample: one person's samples
		{"Mother's FBC and ferritin samples were sent to the lab today.", true},
		{"Bed 4: HbA1c and INR samples collected at 6 AM and sent to the lab.", true},
		{"His HbA1c and lipid samples were sent to the lab today.", true},
		{"The patient's INR sample was collected at home by the courier.", true},
		{"Riverside Medical Centre: from January the practice will send FBC and U&E samples to the new hospital lab. Nothing changes for patients.", false},
		{"The courier van now collects FBC, LFT and TFT samples at 1 PM instead of 11 AM.", false},
	} {
		fs, err := g.CheckText(c.text, &Context{AllowURLs: []string{"https://portal.example/m/"}}, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if got := len(fs) > 0; got != c.leak {
			var rs []string
			for _, f := range fs {
				rs = append(rs, f.Rule)
			}
			t.Errorf("%q: leak=%v, want %v (%s)", c.text, got, c.leak, strings.Join(rs, ","))
		}
	}
}
