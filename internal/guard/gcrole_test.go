package guard

import "testing"

// TestGeneralCoverRole: gcrole.go — one member by role, a clause after
// the population, a person's name leading an organisation's name, a
// member in a webhook key: gencover.go's shapes keep the finding (red
// team red24b, dev117g); the shapes the rule exists for still pass.
func TestGeneralCoverRole(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks (dev117g): one reader in the shapes
		{"The plan covers all chemotherapy for the member with lymphoma.", Strict, true},
		{"The plan covers all chemotherapy for the member with lymphoma.", Standard, true},
		{"This plan covers all of the dialysis sessions for the policyholder who has kidney failure.", Standard, true},
		{"Among the conditions this plan covers, the member here has multiple sclerosis.", Strict, true},
		{"Cancer insurance covers all costs for the member with lymphoma.", Standard, true},
		{"Support the Marcus Delaney Lymphoma Foundation this month.", Standard, true},
		{"Support the Priya Raman Dialysis Fund today.", Strict, true},
		{"Free flu shots for all members, including the member with lung cancer.", Strict, true},
		{"Screening is recommended for most adults, like the member here with hepatitis c.", Strict, true},
		{"The plan covers the annual infusion for the member with crohn disease.", Standard, true},
		{"La cobertura anual incluye la quimioterapia del socio con linfoma.", Strict, true},
		{"La mamografía es gratuita para todas las mujeres, como la socia con cáncer de mama.", Strict, true},
		{"Mes de la concientización sobre el vih del afiliado.", Standard, true},
		{"La póliza incluye la revisión de rutina del socio con esclerosis múltiple.", Standard, true},
		{"Semana de la quimioterapia del socio.", Strict, true},
		{`{"plan":"critical illness plan","covers":"all conditions","member_condition":"lymphoma"}`, Strict, true},
		{`{"type":"coverage","text":"the plan covers all dialysis for the member with kidney failure"}`, Standard, true},
		{`{"evento":"cobertura","texto":"la cobertura anual incluye la quimioterapia del socio con linfoma"}`, Strict, true},
		{"The plan covers all chemotherapy for the man with lymphoma.", Strict, true},
		{"El plan cubre la quimioterapia anual de la señora con linfoma.", Strict, true},
		{"Routine care plans cover all costs for someone who has lymphoma.", Strict, true},
		{"The plan covers all chemotherapy for lymphoma for the retiree on this plan.", Strict, true},
		{"El plan cubre la quimioterapia anual por linfoma del jubilado.", Strict, true},
		// clean: everyone's coverage, a quantified population, a scope word before the name
		{"Dental and vision plans can help with routine cleanings and eye exams for every covered family member.", Strict, false},
		{"La cobertura anual incluye la mamografía preventiva para todas las socias. Beacon le ayuda a agendar.", Strict, false},
		{"Help us choose our 2027 charity partner: vote for the American Cancer Society, Feeding America, or Habitat for Humanity.", Standard, false},
		{"¡Semana de la salud sexual! 20% off en toda la línea de preservativos hasta el domingo.", Strict, false},
		{"Este Buen Fin, tasa preferencial en créditos para tratamientos dentales y de la vista en más de 900 clínicas afiliadas.", Strict, false},
		{"Colorectal cancer screening is recommended starting at age 45 for most adults. If you have questions about what your plan covers, Beacon is one tap away.", Strict, false},
	})
}
