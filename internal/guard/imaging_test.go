package guard

import "testing"

// TestImagingAbbrev: an imaging modality in capitals before a body region
// or a contrast phrase is a procedure (compose.imaging); the same letters
// as a country, a state or a product code pass.
func TestImagingAbbrev(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"Your deductible was applied to the CT abdomen/pelvis; you owe $412.67.", "compose.imaging"},
		{"Claim processed: XR knee 3 views. You owe $38.10.", "compose.imaging"},
		{"Invoice line 2: CT chest w/ contrast, $512.00.", "compose.imaging"},
		{"Estimate ready: CT abd/pel with contrast, $640.", "compose.imaging"},
		{"US pelvis: your estimated cost is $190.", "compose.imaging"},
		{"Your MRA neck copay is $60.", "compose.imaging"},
		{"Your CT of the left shoulder is covered.", "compose.imaging"},
		{"Your CT without contrast is covered.", "compose.imaging"},
		{"Saldo pendiente: RM de rodilla derecha, $150.00.", "compose.imaging"},
		{"Su RX de tórax fue procesada por su aseguradora.", "compose.imaging"},
		{"Su RM con contraste fue autorizada.", "compose.imaging"},
		{"Free US shipping on orders over $50.", ""},
		{"We now ship to all US states and PR.", ""},
		{"CT residents: sales tax applies to your order.", ""},
		{"The XR-200 headphones in your cart are back in stock.", ""},
		{"Our US chest freezers are on sale.", ""},
		{"Buy US hand cream in bulk.", ""},
		{"ct head office: closed Monday.", ""},
	})
}

// TestCareUnitAbbrev: a hospital care unit after your/su or "in the / en
// la", or before a care head, is a procedure (compose.care_unit); ER and ED
// only before a care head; a series title, a job ad and the conjunction
// "OR" pass.
func TestCareUnitAbbrev(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"As a parent paying for NICU care, you can spread costs over 24 months.", "compose.care_unit"},
		{"Your PICU stay statement is ready.", "compose.care_unit"},
		{"Your bill includes 3 days in the CCU.", "compose.care_unit"},
		{"Your ER visit on the 3rd: you owe $150.", "compose.care_unit"},
		{"Your ED visit copay of $100 is due.", "compose.care_unit"},
		{"Your L&D charges have been adjusted.", "compose.care_unit"},
		{"Su estancia en la UCI fue facturada.", "compose.care_unit"},
		{"La factura de la UCIN está lista.", "compose.care_unit"},
		{"Su visita a urgencias tiene un copago de $120.", "compose.care_unit"},
		{"Stream the new season of ICU Nights this Friday.", ""},
		{"Pay online OR by phone.", ""},
		{"Reply YES OR NO to confirm.", ""},
		{"Visit our ED department page for parking and directions.", ""},
		{"Paga en línea o en cualquier sucursal.", ""},
		{"L and D Hardware: your order shipped.", ""},
	})
}
