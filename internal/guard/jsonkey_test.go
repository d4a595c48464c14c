package guard

// Tests of marketing keys of a JSON payload (jsonkey.go).

import "testing"

// TestJSONSchemaKey: "cta" as a campaign's key passes (clinical.procedure
// before jsonkey.go, dev29); as a value or in running text it stays
// reported.
func TestJSONSchemaKey(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{`{"campaign":"winter_sale","headline":"Up to 50% off cozy blankets and slippers","cta":"Shop now"}`, ""},
		{`{"campaign":"spring", "cta" : "Shop now"}`, ""},
		{`{"scan":"CTA","cta":"Shop now"}`, "clinical.procedure"},
		{"Your CTA of the head is booked.", "clinical.procedure"},
		{`Your "cta" is booked.`, "clinical.procedure"},
	})
}
