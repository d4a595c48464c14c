package guard

import "testing"

// TestStaffTopic: stafftopic.go's slots — a care word in a job title, a
// department, a specialty after a credential or a talk's topic, a role noun
// by its form, goods a new staff member fits, the sender's name and branch
// around a welcome, a provider tier, a Spanish office counselor, a saint's
// name as the header — pass; the same slots about the reader, another
// person or the reader's care keep their findings.
func TestStaffTopic(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkFlagged(t, g, false,
		"Lumière welcomes nurse injector Kelsey Moore, RN, to our Brickell studio!",
		"Glow House welcomes aesthetic nurse injector Tara Quinn, BSN, RN, to our Coral Gables studio!",
		"St. Brendan: Meet Luis Romero, our new Spanish-speaking financial counselor, available weekdays in Pavilion B.",
		"Alameda Smiles: Dr. Patel is now a Diamond Invisalign provider — top 1% in the country!",
		"Bayview Orthodontics: Dr. Nguyen is now a Platinum Elite Invisalign provider!",
		"Harborlight: Dr. Anita Wexler has been named Medical Director of our outpatient programs.",
		"Dr. Samuel Ortiz has been appointed Clinical Director of our intensive outpatient program.",
		"Summit Foot & Ankle: Dr. Marcus Feld will present new ankle-arthroscopy research at the ACFAS Annual Scientific Conference.",
		"Dr. Lena Ortiz will present new bunion-surgery research at the AAOS Annual Meeting in San Diego.",
		"Summit Foot & Ankle welcomes Dr. Hannah Cole, DPM, fellowship-trained in reconstructive foot & ankle surgery, now seeing patients at Briarwood.",
		"Lakeside Podiatry welcomes Dr. Owen Price, DPM, board certified in foot surgery, now seeing patients at our Elm Street office.",
		"Summit Foot & Ankle: Certified pedorthist Jim Salas joins the team to fit custom orthotics and diabetic shoes.",
		"Certified orthotist Renee Adler joins our team to fit custom braces and compression garments.",
		"St. Brendan: Nuestro consejero financiero Luis Romero atiende en español de lunes a viernes en el Pabellón B.",
		"Nuestra consejera financiera Marta Gil atiende de lunes a jueves en la oficina de facturación.",
		"Alameda Smiles: Say ¡hola! to Lupita, our new bilingual treatment coordinator 👋",
		"Say hello to Marisol, our new bilingual treatment coordinator! 👋",
	)
	checkFlagged(t, g, true,
		"Dr. Cole will see you for your bunion surgery follow-up on Tuesday.",
		"Your podiatrist Dr. Hannah Cole reviewed your X-ray and will call you.",
		"Meet Luis Romero, who will review your payment plan for your surgery.",
		"Meet Luis Romero, our new financial counselor. He will call you about the bill for your knee replacement.",
		"Lumière welcomes nurse injector Kelsey Moore, RN, who will do your Botox touch-up on Friday.",
		"Lumière welcomes nurse injector Kelsey Moore, RN, to our Brickell studio! Kelsey, your filler visit is confirmed for May 3.",
		"Dr. Patel is now treating Maria Lopez for her TMJ pain.",
		"Dr. Patel is now a Diamond Invisalign provider. Dr. Patel will see you Monday for your braces check.",
		"Dr. Anita Wexler has been named your care coordinator for your opioid treatment.",
		"Dr. Anita Wexler has been named Medical Director of our outpatient programs. She will see you Tuesday for your detox follow-up.",
		"Dr. Marcus Feld will review your ankle MRI results on Monday.",
		"Dr. Marcus Feld will present your case of ankle arthritis at the ACFAS conference.",
		"Dr. Marcus Feld will present new ankle-arthroscopy research on Maria Lopez at the ACFAS conference.",
		"Summit Foot & Ankle welcomes Dr. Hannah Cole, DPM, fellowship-trained in foot & ankle surgery. She will take over your plantar fasciitis care.",
		"Dr. Hannah Cole, DPM, will see Maria Lopez for her diabetic foot ulcer at Briarwood.",
		"Dr. Hannah Cole, DPM, board certified in foot surgery, will operate on your bunion Tuesday.",
		"Certified pedorthist Jim Salas will fit your diabetic shoes on Tuesday.",
		"Certified pedorthist Jim Salas joins the team to fit Maria Lopez's custom orthotics for her flat feet.",
		"Your pedorthist Jim Salas fitted your diabetic shoes.",
		"Nuestro consejero financiero Luis Romero lo llamará sobre su deuda por la cirugía.",
		"Su consejero financiero Luis Romero revisó su plan de pagos de la cirugía de rodilla.",
		"Say hello to Lupita, our new treatment coordinator. She will go over your Invisalign treatment plan with you.",
		"Our new treatment coordinator Lupita Ruiz finished her chemotherapy last week.",
		"Welcome, Kelsey Moore! Your first laser hair removal session is on June 2.",
		"St. Brendan: your knee surgery is scheduled for May 3.",
		"Our dialysis runner Tom Reed finished the Boston marathon.",
		"Say hello to Marisol, our new dialysis runner! 👋",
	)
}
