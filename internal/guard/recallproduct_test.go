package guard

import "testing"

// TestRecallProduct: a recall of the reader's medicine is reported; a
// recall of other goods or a public recall passes (recallproduct.go).
func TestRecallProduct(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Recall: your child's nasal spray lot may be contaminated.", Standard, true},
		{"Recall notice: your cough syrup lot 4471 may be contaminated.", Standard, true},
		{"Recall: your child's car seat lot may be defective.", Standard, false},
		{"Recall notice: your blender lot may overheat.", Standard, false},
		{"Recall: your hair spray lot may leak.", Standard, false},
	})
}
