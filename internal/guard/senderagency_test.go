package guard

import "testing"

func TestSenderAgency(t *testing.T) {
	fp10bRun(t, []struct {
		text string
		want bool
	}{
		{"Marisol Grant Home Health is now serving Clackamas County!", false},
		// still reported
		{"Marisol Grant Home Health: your wound care visit is Tuesday.", true},
		{"Marisol Grant Home Health visit is Tuesday at 10 AM.", true},
		{"Marisol Grant's wound care visit is scheduled for Tuesday at 10 AM.", true},
		{"Marisol Grant Home Health is now serving Clackamas County! Your wound care visit is Tuesday.", true},
		{"You have a new secure message from Marisol Grant Home Health Nursing about your wound care.", true},
	})
}
