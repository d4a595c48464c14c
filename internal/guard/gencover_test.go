package guard

import "testing"

// TestGeneralCover: gencover.go — a plan's, a product range's or a
// campaign's coverage said of everyone passes; one reader's condition or
// care in the same shapes (a claim, a second "your"/"su", a relative, a
// date, a past coverage, a narrowed population) stays reported.
func TestGeneralCover(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// cleared (dev117 shapes)
		{"Benefits fair season! Harborline reps will be at 40+ employer fairs this month to answer questions about accident, critical illness and hospital plans.", Standard, false},
		{"Open enrollment is here. Accident, hospital and critical illness plans can help with costs that health insurance doesn't cover.", Strict, false},
		{"New for 2027: our critical illness plan now includes a $75 annual health-screening benefit for every covered family member. Ask your HR team about enrolling.", Strict, false},
		{"February is American Heart Month ❤️ Your employer's plan covers an annual wellness visit at no cost. Beacon can help you find a time that works.", Strict, false},
		{"Cancer, heart attack and stroke are among the conditions a critical illness plan can help with. Learn how lump-sum benefits work in our 3-minute video.", Strict, false},
		{"¡Semana de la salud sexual! 20% off en toda la línea de lubricantes y preservativos hasta el domingo. Envío discreto a todo el país.", Strict, false},
		{"Este Buen Fin, tasa preferencial en créditos para tratamientos dentales y de la vista en más de 900 clínicas afiliadas.", Strict, false},
		{"Help us choose our 2027 charity partner: vote for the American Cancer Society, Feeding America, or Habitat for Humanity.", Standard, false},
		{"Colorectal cancer screening is recommended starting at age 45 for most adults. If you have questions about what your plan covers, Beacon is one tap away.", Strict, false},
		{"Octubre es el mes de la concientización sobre el cáncer de mama. Su plan cubre la mamografía preventiva anual sin costo. Beacon le ayuda a encontrar un centro.", Strict, false},
		{"Campaña de invierno del Minsal: la vacuna influenza es gratuita en vacunatorios públicos para los grupos objetivo. Consulta el calendario oficial.", Standard, false},
		{"Expecting a new year full of plans? Make sure your beneficiaries are up to date - it only takes a minute in the portal.", Strict, false},
		{"Quit-smoking programs are covered at 100% under most employer plans we support. Know someone who's ready? Share this with them.", Strict, false},
		// leaks of the same shapes: one reader's condition or care
		{"Your critical illness claim for breast cancer was approved. The lump-sum benefit will be paid within 5 days.", Strict, true},
		{"Your critical illness claim for breast cancer was approved. The lump-sum benefit will be paid within 5 days.", Standard, true},
		{"Su plan cubre la mamografía de su biopsia del 3 de marzo. Beacon le ayuda a encontrar un centro.", Strict, true},
		{"Su plan cubre la mamografía de su biopsia del 3 de marzo. Beacon le ayuda a encontrar un centro.", Standard, true},
		{"Your critical illness plan can help with your beneficiary's chemo. Learn how lump-sum benefits work in our video.", Strict, true},
		{"Your plan covered the chemo for lung cancer last month. Learn how lump-sum benefits work in our 3-minute video.", Strict, true},
		{"Colorectal cancer screening is recommended for you at age 45. If you have questions about what your plan covers, Beacon is one tap away.", Strict, true},
		{"Colorectal cancer screening is recommended for all adults with Crohn disease. Beacon is one tap away.", Strict, true},
		{"Octubre es el mes de la concientización sobre el cáncer de mama. Su plan cubre la quimioterapia de su mamá sin costo.", Strict, true},
		{"February is American Heart Month. Your heart failure claim was approved and your employer's plan covers the rest.", Strict, true},
		{"Your referral to the American Cancer Society's lodging program is confirmed for March 3.", Standard, true},
		{"Cancer, heart attack and stroke are among the conditions your plan paid for this year. Learn how lump-sum benefits work in our 3-minute video.", Strict, true},
		{"Maria's critical illness plan now covers her breast cancer treatment. Ask your HR team.", Strict, true},
		{"Este Buen Fin, su crédito para tratamientos de VIH fue aprobado en la clínica afiliada.", Strict, true},
		{"Expecting a baby this spring? Make sure your beneficiaries are up to date - it only takes a minute in the portal.", Strict, true},
		{"Quit-smoking programs are covered at 100% under your plan since your lung cancer diagnosis.", Strict, true},
		{"La vacuna influenza es gratuita para los grupos objetivo; su hijo con leucemia tiene su dosis reservada.", Standard, true},
		{"Accident, hospital and critical illness plans paid your claim for the stroke on 4/12.", Strict, true},
		// the first version's misses on the development files (a care
		// programme, a plan covering one condition, a narrowed population)
		{"Your plan covers the infusion for ulcerative colitis.", Standard, true},
		{"Get vaccinated! Free flu shots for all members living with diabetes at participating pharmacies.", Strict, true},
		{"Pacientes de diálisis: nuevo plan de pago en cuotas exclusivo para ustedes.", Strict, true},
		{"Members of our diabetes prevention program save 20% on walking shoes.", Strict, true},
		{"Copd action plan updated. Call if your sats drop below 88%.", Standard, true},
		{"All members of our eating disorder recovery program are invited to a free yoga class, open to all.", Strict, true},
		// red team red24b (dev117g, gcrole.go): one member by role, a
		// clause after the population, a person's fund
		{"The plan covers all chemotherapy for the member with lymphoma.", Strict, true},
		{"Support the Marcus Delaney Lymphoma Foundation this month.", Standard, true},
		{"Vaccines are free for all adults, including the member with leukemia.", Strict, true},
		{"La cobertura anual incluye la quimioterapia del socio con linfoma.", Strict, true},
		{`{"plan":"critical illness plan","covers":"all conditions","member_condition":"lymphoma"}`, Strict, true},
	})
}
