package guard

import "testing"

// TestDispensedClass: a pharmacy's state word before a class of medicines
// (dispensedclass.go) passes; a reader's word before it keeps the finding.
func TestDispensedClass(t *testing.T) {
	g := newTestGuard(t)
	checkModeCases(t, g, nil, []modeCase{
		{"Reminder: by law we cannot take back dispensed medications.", Standard, false},
		{"State law does not allow returns of dispensed medicines.", Standard, false},
		{"We cannot take back your seizure medications.", Standard, true},
	})
}
