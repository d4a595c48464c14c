package guard

import "testing"

// TestMaternity: the reader's pregnancy and maternity care (maternity.go,
// dev80r); payment, rent and library due dates, a pool pump, "pump up",
// juice extractors, a hospital's NICU news pass.
func TestMaternity(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your nipple shields and milk storage bags ship Friday.", "compose.maternity"},
		{"Due on 10/03: your annual membership renewal.", ""},
		{"Thank you for supporting the NICU at Mercy with your donation!", ""},
		{"Your pump order for the pool ships Friday.", ""},
		{"Since your due date is 10/03, you can place your pump order now!", "compose.maternity"},
		{"Please upload your OB's note with your estimated due date so we can ship your pump.", "compose.maternity"},
		{"Your baby is due in 6 weeks. Order now so it arrives before delivery!", "compose.maternity"},
		{"Registramos su fecha probable de parto (15/08).", "compose.maternity"},
		{"Congrats on reaching 32 weeks! Your maternity support belt ships Friday.", "compose.maternity"},
		{"Ya puede ordenar sus fajas posparto cubiertas por su seguro.", "compose.maternity"},
		{"Your Elvie Stride wearable pump shipped today via FedEx.", "compose.maternity"},
		{"Good news: your insurer approved the hospital-grade pump rental for NICU separation.", "compose.maternity"},
		{"BloomNest: Su extractor de leche Medela Pump in Style fue enviado hoy.", "compose.maternity"},
		{"Your twins are due in March; your double pump is covered by your plan.", "compose.maternity"},
		{"Your payment due date is 10/03. Pay online anytime.", ""},
		{"Reminder: your library books are due back on 11/14.", ""},
		{"Rent for your apartment is due on the 5th of each month.", ""},
		{"Pump up the savings: 20% off all shop items this weekend!", ""},
		{"The pool pump at our clubhouse is being replaced; the pool reopens Friday.", ""},
		{"Your bike pump and water bottle are at the front desk.", ""},
		{"Gran venta de verano: extractores de jugo y licuadoras con 30% de descuento.", ""},
		{"Our NICU at St. Luke's celebrated 1,000 graduates this year!", ""},
		{"Only 2 weeks left to enter our spring giveaway!", ""},
		// red-team tightening (red14b, dev81x)
		{"Your due date is 10/03 — pay online to avoid a late fee.", ""},
		{"Your estimated due date for the refund is 10/03.", ""},
		{"You're due in 2 weeks for your next filter replacement — order now.", ""},
		{"You hit 8 weeks of daily walks — baby steps add up!", ""},
		{"Your keg pump rental is confirmed for Saturday.", ""},
		{"Your electric kayak pump ships Friday.", ""},
		{"The Mercy NICU reunion picnic is in June — families and babies welcome!", ""},
		{"Your due date is 10/03 — your pump order is covered with no payment.", "compose.maternity"},
		{"Registramos que tiene 24 semanas de embarazo.", "compose.maternity"},
		{"Expecting twins? Our double-pump bundle is covered by your plan.", "compose.maternity"},
	})
}
