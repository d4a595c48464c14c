package guard

import "testing"

// TestJSONItemName: the "name" of a JSON goods item written without a
// space after the colon passes; a person's "name" stays reported
// (jsonitemname.go).
func TestJSONItemName(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{`{"event":"order_shipped","order":"D-33019","items":[{"sku":"SONY-WH1000XM5","name":"Sony WH-1000XM5 headphones","qty":1}]}`, ""},
		{`{"items":[{"sku":"BOSE-QC45","name":"Bose QuietComfort 45 headphones","qty":2}]}`, ""},
		{`{"patient":{"name":"Harold Pemberton","dob":"1961-04-02"}}`, "name.cue"},
		{`{"customer":{"name":"Zorvaldo Kremnitz"},"order":"D-33019"}`, "name.cue"},
		{`{"items":[{"sku":"A1","name":"Harold Pemberton","qty":1}]}`, "name.cue"},
		{`{"order":"55812","items":[{"name":"Tobenna Okeke","qty":1,"price":"$20.00"}]}`, "name.cue"},
		{`{"order":"55812","items":[{"name":"Nuna Pipa Urbn","qty":1,"price":"$449.00"}]}`, ""},
		{`{"items":[{"sku":"RX-4471","name":"Eliquis 5 mg tablets","qty":60}]}`, "name.cue"},
	})
}
