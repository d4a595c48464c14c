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
}
