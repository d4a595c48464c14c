package guard

import "testing"

// TestLatent13: dev76's leaks that were caught only by the tenant's name
// ("Willowmere Naturopathic Clinic" read as a clinical subject before
// "Clinic") are caught by their own clinical words now that a kind of
// practice that tells no condition (naturopathic, holistic, integrative)
// is a generic modifier (compose.go); the clinic's notices pass.
func TestLatent13(t *testing.T) {
	checkAnyFinding(t, []string{
		"Willowmere Naturopathic Clinic: Your online store order #WN-20418 has shipped.",
		"Willowmere Naturopathic Clinic: Thank you! We received your payment of $95.00.",
		"Our Holistic Clinic is closed Monday.",
	}, []string{
		"Willowmere Naturopathic Clinic: Fertility acupuncture session 3 of 8 is tomorrow at 4:15 PM.",
		"Your fertility treatment starts Monday.",
		"Su tratamiento de fertilidad empieza el lunes.",
		"Your candida overgrowth test is back.",
		"Your candida infection follow-up is Friday.",
		"Your candidiasis follow-up is Monday.",
	})
	g := newTestGuard(t)
	fs, err := g.CheckText("Willowmere Naturopathic Clinic: Still battling candida overgrowth? Our 30-day cleanse was made for you.", nil, Strict)
	if err != nil || len(fs) == 0 {
		t.Errorf("strict: want a finding, got %v %v", fs, err)
	}
}
