package guard

import "testing"

// TestImplanted117: an implanted defibrillator is a patient's device
// (vocab/labs_procedures.txt, fix helper r117d, dev117-leak-036); a public
// AED passes.
func TestImplanted117(t *testing.T) {
	g := newTestGuard(t)
	g.nm = nil // the lists alone
	checkModeCases(t, g, nil, []modeCase{
		{"One more step: upload the hospital invoice listing the implanted cardiac defibrillator so we can add the device benefit to your claim.", Standard, true},
		{"Your implantable cardioverter-defibrillator check is due.", Standard, true},
		{"Su desfibrilador implantable requiere revisión.", Standard, true},
		{"An automated external defibrillator is now mounted in our lobby.", Standard, false},
	})
}
