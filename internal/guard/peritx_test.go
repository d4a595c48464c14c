package guard

import "testing"

// TestPeriTx: the reader's care before or after a treatment named after
// "post-"/"pre-" (peritx.go); pre-tax, a pre-order, a post-visit survey
// and the sender's post office pass.
func TestPeriTx(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your post-tx labs are due Monday. Go to any draw site before 9 AM.", "compose.peritx"},
		{"Reminder: your pre-tx labs must be drawn by Friday.", "compose.peritx"},
		{"Your post-proc check is Tuesday at 2 PM.", "compose.peritx"},
		{"Your pre-procedure instructions are ready.", "compose.peritx"},
		{"Sus análisis post-tx son el lunes.", "compose.peritx"},
		{"Pre-tax payroll deductions for staff parking start in May.", ""},
		{"Your pre-order of our cookbook has shipped.", ""},
		{"Your post-tax retirement contribution form is ready.", ""},
		{"Our post office box has changed to PO Box 410.", ""},
	})
}
