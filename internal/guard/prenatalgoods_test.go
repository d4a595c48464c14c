package guard

import "testing"

// TestPrenatalGoods: a brand's prenatal product of the reader is reported;
// a shop's prenatal sale to everyone passes (prenatalgoods.go).
func TestPrenatalGoods(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Subscription reminder: your Ritual Essential Prenatal (30 ct) ships every 30 days.", Standard, true},
		{"Your Garden of Life Prenatal (90 ct) ships tomorrow.", Standard, true},
		{"Your One A Day Prenatal order is ready for pickup.", Standard, true},
		{"Shop our prenatal vitamins sale - 20% off this week.", Standard, false},
		{"Prenatal vitamins are buy one, get one free this weekend.", Standard, false},
		{"Subscription reminder: your Ritual Essential Men (30 ct) ships every 30 days.", Standard, false},
	})
}
