package guard

import "testing"

// TestBrandTown: a brand's ordinary words and its branch's town pass
// (brandtown.go); a person's name with a town in it stays reported.
func TestBrandTown(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		{"Your receipt from Verdant Leaf Harrisburg is in your account: https://portal.example/m/Rc8Y2. Reminder: cash & debit only.", Standard, "", false},
		{"Thanks for shopping at Golden Meadow Lancaster today. Your receipt: https://portal.example/m/Rc8Y3.", Standard, "", false},
		{"Your receipt from Dr. Maria Harrisburg is in your account.", Standard, "", true},
		{"Your receipt from Daniel Reading is in your account: https://portal.example/m/Rc8Y2.", Standard, "", true},
		{"Dear Verdant Leaf Harrisburg, your results are ready.", Standard, "", true},
		{"Your receipt from Verdant Leaf Harrisburg was sent to Maria Lopez.", Standard, "name.full", true},
		{"Your receipt from Verdant Leaf Okafor is in your account.", Standard, "name.capitalized", true},
	})
}
