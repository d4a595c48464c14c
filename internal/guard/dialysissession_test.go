package guard

import "testing"

func TestDialysisSession(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		{"Happy 70th birthday from everyone at RenalPath Westside! The nurses have a little surprise for you at your Thursday session.", Standard, "clinical.dialysis_session", true},
		{"RenalPath: Due to the holiday, your Thursday session moves to Wednesday.", Standard, "clinical.dialysis_session", true},
		{"Riverside Kidney Care: Your Monday treatment chair time moves to 6:30 AM.", Standard, "clinical.dialysis_session", true},
		{"RenalPath Westside: Las enfermeras le tienen una sorpresa en su sesión del jueves.", Standard, "clinical.dialysis_session", true},
		{"Happy 30th birthday from everyone at CoreFit! Your trainer has a surprise for you at your Thursday session.", Standard, "clinical.dialysis_session", false},
		{"RenalPath: The Thursday session of our free kidney-health class is open to everyone.", Standard, "clinical.dialysis_session", false},
		{"Riverbend Kidney Care will open at 6am on May 11. Your care team will confirm your chair time.", Standard, "clinical.dialysis_session", false},
		{"RenalPath: Your portal session expired. Please sign in again.", Standard, "clinical.dialysis_session", false},
	})
}
