package guard

import "testing"

// TestOneInShape: one reader's or one named person's care in the slots of
// clinhead.go, headerclosure.go and staffline.go stays reported; the
// sender's own header, service stop and staff line pass (oneinshape.go).
func TestOneInShape(t *testing.T) {
	g := newTestGuard(t)
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, g, ctx, []modeCase{
		// clinhead.go: a medicine or the reader's most sensitive care in the trade name
		{"Kestrel Ozempic Care: Your savings card is ready.", Standard, true},
		{"Subject: Your Kestrel Lithium Services statement\n\nAmount due: $18.00.", Strict, true},
		{"Centro de Insulina Kestrel: su pedido fue enviado.", Standard, true},
		{"Kestrel Fertility Clinic: Your statement is ready. Balance due: $15.00.", Standard, true},
		{"Kestrel Alcohol Clinic: your statement is ready.", Standard, true},
		{"Clínica de Obesidad Kestrel: su estado de cuenta está listo.", Standard, true},
		{"Kestrel Pain Clinic: Your statement is ready. Balance due: $15.00.", Standard, false},
		{"Kestrel Prosthetics Workshop: Your order ORD-5512 has shipped.", Standard, false},
		{"Kestrel Headache Clinic: your statement is ready.", Standard, false},
		{"Clínica del Dolor Kestrel: Su código de verificación es 582014.", Standard, false},
		// headerclosure.go: one household's delivery after the header
		{"Brightwater Home Infusion: her deliveries will not run on Dec 25.", Standard, true},
		{"Brightwater Home Infusion: Mom's deliveries are paused on Dec 25.", Standard, true},
		{"Brightwater Home Infusion: deliveries will not run on Dec 25; the next delivery is Dec 24 at 9 AM.", Standard, true},
		{"Brightwater Home Infusion: deliveries are paused on Dec 26 until the new prescription is signed.", Standard, true},
		{"Brightwater Home Infusion: there will be no delivery on Dec 25. Order by Dec 22.", Standard, false},
		{"Brightwater Home Infusion: couriers will not run their routes on Dec 25.", Standard, false},
		{"Brightwater Home Infusion: the delivery service is paused on Nov 27 for Thanksgiving.", Standard, false},
		{"Infusión en Casa Brightwater: no habrá entregas el 25 de diciembre.", Standard, false},
		// staffline.go: a third person's staff, one visit, the reader's care after the line
		{"Her transplant coordinators are available 24/7 at 1-800-555-0142.", Standard, true},
		{"Dad's infusion team is available 24/7 at 1-800-555-0142.", Standard, true},
		{"Their transplant coordinators are on call 24/7 at 1-800-555-0142.", Standard, true},
		{"Infusion nurses are here Thursday at 8 AM.", Standard, true},
		{"Infusion pharmacists are ready for Friday's dose at 7 AM.", Standard, true},
		{"Transplant coordinators answer 24/7 at 1-800-555-0142 about your listing.", Standard, true},
		{"Infusion pharmacists are available 24/7 at 1-800-555-0142 to answer your questions.", Standard, false},
		{"Infusion nurses are here Monday to Friday, 8 AM to 6 PM, at 1-800-555-0142.", Standard, false},
		{"Our transplant coordinators are available Monday to Friday at 1-800-555-0142.", Standard, false},
	})
}
