package guard

import "testing"

// TestDialSlot: the reader's dialysis session or chair time is reported in
// a field naming dialysis, with the tenant's name given or not; a sign-in
// session, a session of no reader and a field with no dialysis pass
// (dialslot.go, helper org2, dev86o).
func TestDialSlot(t *testing.T) {
	named := &Context{Sender: []string{"RenalPath Dialysis"}}
	checkModeCases(t, newTestGuard(t), named, []modeCase{
		{"RenalPath Dialysis: Your Thursday session moved to 6:00 AM. Reply C to confirm.", Standard, true},
		{"RenalPath Dialysis: Your session on Thursday moved to 6 AM.", Standard, true},
		{"RenalPath Dialysis: Your chair time is now 5:30 AM on Mon/Wed/Fri.", Standard, true},
		{"RenalPath Diálisis: Su sesión del jueves se cambió a las 6:00 a. m.", Standard, true},
		{"RenalPath Dialysis: Your portal session expired. Sign in again to continue.", Standard, false},
		{"RenalPath Diálisis: Tiene un mensaje nuevo. Inicie sesión para leerlo.", Standard, false},
		{"RenalPath Dialysis: Our Saturday sessions now start at 5:00 AM.", Standard, false},
	})
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Your Thursday session moved to 6:00 AM. Reply C to confirm.", Standard, false},
		{"Bright Yoga: Your session is confirmed for Thursday at 6 PM.", Standard, false},
	})
	// helper recall2's rows (dev83), joined here at the merge
	runRecall2Cases(t, []recall2Case{
		{"Happy 70th birthday from everyone at RenalPath Westside! The nurses have a little surprise for you at your Thursday session.", Standard, "compose.dialysis_slot", true},
		{"RenalPath: Due to the holiday, your Thursday session moves to Wednesday.", Standard, "compose.dialysis_slot", true},
		{"Riverside Kidney Care: Your Monday treatment chair time moves to 6:30 AM.", Standard, "compose.dialysis_slot", true},
		{"RenalPath Westside: Las enfermeras le tienen una sorpresa en su sesión del jueves.", Standard, "compose.dialysis_slot", true},
		{"Harbor Kidney Center: your Tuesday chair is moving to the 6 AM shift.", Standard, "compose.dialysis_slot", true},
		{"Happy 30th birthday from everyone at CoreFit! Your trainer has a surprise for you at your Thursday session.", Standard, "compose.dialysis_slot", false},
		{"RenalPath: The Thursday session of our free kidney-health class is open to everyone.", Standard, "compose.dialysis_slot", false},
		{"Riverbend Kidney Care will open at 6am on May 11. Your care team will confirm your chair time.", Standard, "compose.dialysis_slot", false},
		{"RenalPath: Your portal session expired. Please sign in again.", Standard, "compose.dialysis_slot", false},
		{"RenalPath: Your Thursday session of the kidney-health class is full.", Standard, "compose.dialysis_slot", false},
	})
}
