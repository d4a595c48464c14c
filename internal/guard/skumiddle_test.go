package guard

import "testing"

// TestSkuMiddle: an abbreviation in the middle of a JSON SKU passes; the
// same letters elsewhere stay reported (skumiddle.go, helper RENT44, dev44).
func TestSkuMiddle(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{`{"event":"rental_order.confirmed","order_id":"CF-20441","account_type":"facility","lines":[{"sku":"HB-STD-01","qty":12},{"sku":"TC-18-BLU","qty":20}],"delivery_date":"2025-09-02"}`, Standard, false},
		{`{"event":"order.shipped","lines":[{"sku":"STD-4420","qty":1}]}`, Standard, true},
		{`{"event":"order.shipped","lines":[{"sku":"HB-STD-01","qty":1,"name":"home test kit"}]}`, Standard, true},
		{`{"event":"order.shipped","note":"HB-STD-01"}`, Standard, true},
		{"Your STD results are ready.", Standard, true},
	})
}
