package guard

import "testing"

// TestPhoneCTA: a number the reader is told to call, in a notice that
// names its sender, passes; a person, a relative, a personal line, the
// sender calling the reader, a notice naming no sender, and any other
// finding keep the notice blocked.
func TestPhoneCTA(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	for _, n := range []string{
		"Hi there, it's time to schedule your next visit with Wayfarer. Book online: https://portal.example/m/Z9MzEuCA or call (415) 555-0127.",
		"Holiday hours: Little Molars closes at noon on April 15. For urgent questions call (972) 555-0148. Details: https://portal.example/m/zB3y75G",
		"Little Molars: It's been 6 months! Book your child's next checkup online: https://portal.example/m/ocwZVn Questions? (972) 555-0148",
		"Keystone O&P: estamos listos para programar su próxima visita. Llame al (717) 555-0164. https://portal.example/m/8IaUdpT",
		"Little Molars estará cerrado el 9 de abril. Para urgencias llame al (972) 555-0148.",
		"Farmacias Alameda te recuerda: el servicio de farmacia de guardia de esta semana está en la plaza. Tel. 91 555 23 40.",
		"Alameda: tu contraseña se ha modificado. Si no has sido tú, llama al 91 555 23 40.",
		"Brightside Dental: we're hiring! Interested? Call us at (503) 555-0112.",
		"Schedule your next visit with Maple Hearing online, or give us a call at (763) 555-0121.",
	} {
		fs, err := g.CheckText(n, ctx, Standard)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) > 0 {
			t.Errorf("%q: flagged, want clean (%+v)", n, fs)
		}
	}
	checkFlagged(t, g, true,
		// no sender named and no frame of the sender's help line: whose line
		// it is cannot be told ("Need to move your appointment? Please call
		// …" passes since ctaframe.go: TestCtaFramed)
		"Call 775-332-0184 about your receipt.",
		"Tel: 612 345 678",
		// a person, a relative, a personal line
		"Brightside Dental: please call your daughter Ana at (503) 555-0187.",
		"Brightside Dental: call Maria (503) 555-0199 about the ride.",
		"Brightside Dental: Dr. Ruiz asks you to call (312) 555-0166.",
		"Brightside Dental: your mobile, call (503) 555-0144, is on file.",
		"Brightside Dental: call (503) 555-0133 for Emma's pickup.",
		"Brightside Dental: call him at (503) 555-0190.",
		"Brightside Dental: call (206) 555-0111 ext. 204.",
		"Farmacia Sol: llama a tu madre al 91 555 23 40.",
		"Farmacia Sol. Paciente: Lucía Martín. Tel. 612 345 678.",
		"Farmacia Sol: datos de contacto actualizados. Tel. 612 345 678.",
		"Brightside Dental: call (503) 555-0144, the number you gave us, to verify.",
		"Brightside Dental: Questions? Call Sam at (503) 555-0144.",
		// the sender calling the reader
		"Brightside Dental: we'll call (503) 555-0144 tomorrow.",
		"Farmacia Sol: te llamaremos al 91 555 23 40.",
		"Brightside Dental: Nurse Kim will call (503) 555-0144.",
		// another finding keeps the notice blocked
		"Brightside Dental: your colonoscopy is on May 3. Questions? Call (503) 555-0112.",
	)
}
