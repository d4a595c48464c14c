package guard

import "testing"

// TestRed18dNarrow: the eighteenth pass's round-two drops narrowed by red
// team red18d (dev102x): a person before a camel-case care brand or a
// surname-first person after "Hospital", a home visit in a staff welcome,
// a person's memorial day as a holiday, a patient or record id in a
// webhook; the genuine shapes stay clean.
func TestRed18dNarrow(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Ondina Jucuarán MedPoint lab order is ready for pickup at the front desk.", Standard, true},
		{"Check-in complete: Orla Finchley UrgentCare, room 3, 2:15 pm.", Standard, true},
		{"Ingreso confirmado: Hospital Quintanilla Barrientos, Zuleima, cama 12.", Standard, true},
		{"Brightpath Home Health welcomes Dr. Tomás Ibarra, geriatrician, who will visit the home every Tuesday.", Standard, true},
		{"Brightpath Home Health welcomes nurse Ana Ruiz, RN, who will visit the house every Monday and Thursday.", Standard, true},
		{"Keystone Spine & Surgery Center will be closed Monday, Jan 19 for Jorge Ramírez Memorial Day.", Standard, true},
		{"{\"event\":\"user.login\",\"user_id\":\"pt_lopez85a\",\"ts\":\"2026-12-05T22:14:09Z\"}", Standard, true},
		{"{\"event\":\"user.login\",\"user_id\":\"mrn_0048213a\",\"ts\":\"2026-12-05T22:14:09Z\"}", Standard, true},
		// clean
		{"Larkfield QuickCare: thanks for your payment. Your receipt is in the portal.", Standard, false},
		{"Hospital Monte Ixcanal: su contraseña fue cambiada. Si no fue usted, llámenos.", Standard, false},
		{"Casa Serena welcomes Dr. Ruth Kessler, geriatrician, who will visit the center every Tuesday.", Standard, false},
		{"Keystone Spine & Surgery Center will be closed Monday, Jan 19 for Martin Luther King Jr. Day.", Standard, false},
		{"Pinecrest Spine & Surgery Center will be closed Monday, May 25 for Memorial Day.", Standard, false},
		{"{\"event\":\"user.login\",\"user_id\":\"usr_3a99c2\",\"ip_country\":\"US\",\"ts\":\"2026-12-04T08:01:44Z\"}", Standard, false},
	})
}
