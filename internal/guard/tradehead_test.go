package guard

import "testing"

// TestTradeHead: a camel-case brand and its business noun heading a notice
// with no care of the reader passes, with the sender's own administrative
// words (patient portal, all services, intake forms, treatment areas,
// "Family members —"); the reader's session, chair time, treatment, test,
// kin or name stay reported (tradehead.go, helper org2, dev83/dev86o).
func TestTradeHead(t *testing.T) {
	ctx := &Context{AllowURLs: []string{"https://portal.example/m/"}}
	checkModeCases(t, newTestGuard(t), ctx, []modeCase{
		{"RenalPath Dialysis: Your account was locked after 5 failed sign-in attempts.", Standard, false},
		{"RenalPath Dialysis: Payment of $125.00 received — thank you!", Standard, false},
		{"RenalPath Diálisis: Recibimos su pago de $40.00. ¡Muchas gracias!", Standard, false},
		{"RenalPath Dialysis: A document is ready for you in the patient portal. Sign in to view it: https://portal.example/m/DK2W8", Standard, false},
		{"RenalPath Dialysis: Please complete our patient experience survey: https://portal.example/m/SV9X1", Standard, false},
		{"RenalPath Dialysis: Holiday hours — all centers keep normal schedules on New Year's Day.", Standard, false},
		{"RenalPath Dialysis: Your care team shared an update. Sign in to read it: https://portal.example/m/CU7P2", Standard, false},
		{"Keystone Hand Therapy & Orthotics: Your statement is ready – amount due $90.00.", Standard, false},
		{"Evergreen Home Health: Family members — tell us how our nurses communicate with you: https://portal.example/m/N7QRNU", Standard, false},
		{"RenalPath Dialysis: Your Thursday session moved to 6:00 AM. Reply C to confirm.", Standard, true},
		{"RenalPath Dialysis: Your chair time is now 5:30 AM on Mon/Wed/Fri.", Standard, true},
		{"RenalPath Dialysis: Payment of $125.00 received for your dialysis treatment on Jan 3.", Standard, true},
		{"RenalPath Dialysis: Your fistula check is set for Monday at 9 AM.", Standard, true},
		{"RenalPath Diálisis: Su sesión de hemodiálisis del jueves se cambió a las 6:00 a. m.", Standard, true},
		{"RenalPath Dialysis: Your mother's dialysis treatment moved to Thursday at 6 AM.", Standard, true},
		{"RenalPath Dialysis: Your account was locked. Also, your potassium was 6.1 at your last treatment.", Standard, true},
		{"Keystone Hand Therapy & Orthotics: Statement ready – $265.00 for your carpal tunnel therapy.", Standard, true},
		{"Evergreen Home Health: Family members — your mother's nurse will change her wound dressing Tuesday.", Standard, true},
	})
}

// TestBranchNewsAndAddress: a camel-case brand and its branch's place
// before the branch's news or its address in parentheses, and a named
// branch's address after "el centro", pass; the reader's treatment, the
// reader's own address and a name stay reported (branchhead.go's
// bhNewsAfter, bhAddrLabel, bhBranchAddr; helper org2).
func TestBranchNewsAndAddress(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"RenalPath Westside just finished its renovation — new recliners, Wi-Fi and a TV at every station. Come see!", Standard, false},
		{"RenalPath Eastside (800 Mission Rd): Sunday hours now start at 6:00 AM.", Standard, false},
		{"RenalPath: El centro Westside (1200 Alvarado Blvd) abrirá a las 5:00 a. m. los sábados.", Standard, false},
		{"RenalPath Eastside (800 Mission Rd): Your treatment is moved to Saturday at 5:00 AM.", Standard, true},
		{"RenalPath Westside: Maria Lopez, your dialysis chair time changed to 5:00 AM.", Standard, true},
		{"RenalPath Dialysis: We'll deliver your supplies to 455 Harbor Dr. on Feb 2.", Standard, true},
		{"Dana Westside just finished her treatment.", Standard, true},
		{"RenalPath Westside just finished your treatment plan review.", Standard, true},
	})
}

// TestProgramRun: a programme named after the sender passes; a person
// named beside it stays reported (tradehead.go's snProgramRun).
func TestProgramRun(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Clínica Monterrico Salud: Afíliese al programa Familia Monterrico y obtenga 15 % de descuento en consultas y laboratorio.", Standard, false},
		{"Clínica Monterrico Salud: Sra. Rosa Quispe, bienvenida al programa Familia Monterrico.", Standard, true},
		{"Clínica Monterrico Salud: Rosa Quispe Monterrico se afilió al programa.", Standard, true},
	})
}
