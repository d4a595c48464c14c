package guard

import "testing"

// TestOrgSpecialty: a two-word specialty inside the sender's name in the
// header, signature or sign-in slot (orgspecialty.go).
func TestOrgSpecialty(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Summit Oral Surgery: You have an upcoming appointment. Reply C to confirm.",
		"Summit Oral Surgery: Tiene una cita próxima. Responda C para confirmar.",
		"Su estado de cuenta está listo. Pague en línea. – Summit Oral Surgery & Implant Center",
		"We've moved! Our Mesa office is now open. Same phone number. – Summit Oral Surgery",
		"Your Summit Oral Surgery login code is 118407.",
		"Summit Oral Surgery is now in-network with Delta Dental PPO and MetLife.",
	)
	checkFlagged(t, g, true,
		"Your appointment with Summit Oral Surgery is on May 29 at 9:00 AM for your wisdom teeth extraction.",
		"Your HIV Care Center login code is 118407.",
		"Ashgrove HIV Clinic: You have an upcoming appointment. Reply C to confirm.",
		"Summit Oral Surgery: your bone graft is scheduled for May 29.",
		"Zorvex Clinic: You have an upcoming appointment.",
		"Summit Methadone Clinic: your dose pickup time has changed.",
		"Your Summit Oral Surgery appointment for your wisdom teeth extraction is confirmed.",
		"Your Summit Methadone Clinic login code is 118407.",
		"Lakeview Oral Surgery: Maria Lopez has a new message in the portal.",
	)
}
