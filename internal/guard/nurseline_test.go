package guard

import "testing"

// TestNurseServiceRun: a nurse title before a service word is the sender's
// nurse line (nurseline.go, fix helper r113f, dev113, dev113f); a nurse's
// name after the title or after the service word, and every name, relative,
// room or care word after the service's name stay reported.
func TestNurseServiceRun(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Beacon Nurse Line is available 24 hours a day, 365 days a year.", Standard, false},
		{"Call the Nurse Advice Line any time, day or night, at no cost to plan members.", Standard, false},
		{"Reminder: calls to the Nurse Line are free for members. You will never get a bill from us.", Standard, false},
		{"La Nurse Line de su plan atiende en español las 24 horas.", Standard, false},
		{"Nurse Line Jensen called about your biopsy results; please call back.", Standard, true},
		{"Nurse Lina Park will call you about your wound check tomorrow.", Standard, true},
		{"Beacon Nurse Line: Marisol Vega's fever was reviewed; the nurse advised urgent care.", Standard, true},
		{"Nurse Line: your daughter Emma's asthma follow-up call is at 3pm.", Standard, true},
		{"Enfermera Lina Ortiz lo llamará sobre su herida mañana.", Standard, true},
		{"Nurse Advice Line note: Dan Whitfield in room 214 reported chest pain overnight.", Standard, true},
		{"Nurse Line callback for both kids, Ava and Noah Brennan, about their fevers.", Standard, true},
	})
}
