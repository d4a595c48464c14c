package guard

import "testing"

// TestPelvicFloorSpacedOwnedForThe: pelvic-floor therapy as the reader's
// care (pelvicfloor.go), a condition spelled out after the reader's
// possessive (spacedowned.go) and whom a definite item is for and a
// programme's start in an availability frame (announce_slot.go slotForThe,
// slotStarts); helper recall2b, dev94r.
func TestPelvicFloorSpacedOwnedForThe(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		// leaks
		{"Reminder: your internal pelvic floor assessment + biofeedback is booked. Wear loose clothing.", Standard, true},
		{"Confirmed: your biofeedback session for pelvic floor retraining, Friday 9 AM.", Standard, true},
		{"Recordatorio: su evaluación interna del suelo pélvico + biofeedback está reservada.", Standard, true},
		{"Su juego de dilatadores vaginales está listo para recoger en recepción.", Standard, true},
		{"Reminder: your p e l v i c  p a i n follow-up (visit 4 of 8) is Fri.", Standard, true},
		{"Your v u l v o d y n i a  review (session 5 of 10) moved to Monday.", Standard, true},
		{"Heads up: your c h r o n i c  p r o s t a t i t i s recheck is Thursday at 2 PM.", Standard, true},
		{"The walker rental for the hip fracture is now available at all our locations.", Standard, true},
		{"The walker rental for the hip fracture is now available for everyone at all our locations.", Standard, true},
		{"El andador de alquiler para la fractura de cadera ya está disponible en todas nuestras sedes.", Standard, true},
		{"Intensive Outpatient program now available across Oregon — starts Monday", Standard, true},
		{"Intensive Outpatient program now available across Oregon — starts Monday at 9 AM.", Strict, true},
		// clean
		{"New diabetes class series starts Monday at 6 PM. Open to all.", Standard, false},
		{"Pelvic floor therapy is now available at our Eastside clinic. Book online.", Standard, false},
		{"Learn about biofeedback for pelvic floor health at our free talk on Thursday.", Standard, false},
		{"Get your F R E E  g i f t today", Standard, false},
		{"Flu shots now available at all our locations.", Standard, false},
		{"Shots for the flu are now available at all our locations.", Standard, false},
		{"Walker and wheelchair rentals are now available at all our locations.", Standard, false},
		{"Our virtual IOP is now available across Oregon and Washington.", Standard, false},
	})
}
