package guard

import "testing"

// TestStaffAppositions: the sender's staff news with a staff person in
// apposition to a role ("our new consulting pharmacist, X, PharmD,
// BCACP"), a credential the lists lacked (CCLS, CFm, BCACP, CPNP), an
// appositive role after the credentials ("our newest certified mastectomy
// fitter"), a hyphenated specialty ("ginecóloga-obstetra") or a thanks to
// a role-named retiring clinician for years of service passes
// (staffapposit.go through staffappoint.go's saPeople and saSlots); the
// same frames tied to the reader's care, greeting the reader, naming a
// patient or the staff member's own condition stay reported.
func TestStaffAppositions(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Fairview Home Physicians: After 19 years, our geriatrician Dr. Walter Haines is retiring. Thank you, Dr. Haines, for your years of house calls!",
		"Brightwell Nutrition welcomes our new consulting pharmacist, Leila Haddad, PharmD, BCACP.",
		"Clínica San Marcos: Damos la bienvenida a la Dra. Elena Rosales, ginecóloga-obstetra, quien atenderá lunes y viernes.",
		"Rosewood Intimates: Please welcome Carla Mendes, CFm, our newest certified mastectomy fitter!",
		"Harborview Children's: Welcome to our new child life specialists, Ana Ruiz, CCLS, and Maya Patel, CCLS!",
		"Westgate Pediatrics welcomes our new nurse practitioners, Lena Ortiz, CPNP, and Sam Reyes, FNP-C!",
		"Our podiatrist Dr. Evan Shaw is retiring. Thank you, Dr. Shaw!",
	)
	checkFlagged(t, g, true,
		"Fairview Home Physicians: Dr. Walter Haines is retiring, so your wound check on June 3 moves to Dr. Ames.",
		"Our geriatrician Dr. Walter Haines is retiring. Thank you, Dr. Haines, for your years of house calls to Maria Lopez!",
		"Our podiatrist Dr. Evan Shaw is retiring. Thank you, Dr. Shaw, for your years of care for diabetic foot ulcers!",
		"Thank you, Dr. Price, for your years of house calls!",
		"Brightwell Nutrition welcomes our new consulting pharmacist, Leila Haddad, PharmD, who will review your warfarin doses.",
		"Meet our new pharmacist, Omar Siddiqui, PharmD, who was diagnosed with lupus last year.",
		"Damos la bienvenida a la Dra. Elena Rosales, ginecóloga-obstetra, quien le atenderá en su control prenatal.",
		"La Dra. Marta Gil, oncóloga-hematóloga, revisará su leucemia el lunes.",
		"Please welcome Carla Mendes, CFm, our newest client!",
		"Please welcome Carla Mendes, CFm, our newest certified mastectomy fitter, who will fit Ana Ruiz after her lumpectomy.",
		"Welcome to our new patients, Ana Ruiz and Maya Patel, admitted to the oncology unit!",
		"Welcome to our new residents, Ana Ruiz and Tom Lee, who moved into memory care this week.",
		"Hi Maya Patel, welcome! Your child life specialist Ana Ruiz, CCLS, will meet you before the MRI.",
		"Our new nurse, Ana Ruiz, RN, and Tom Lee, RN, HIV+, join the team.",
	)
}
