package guard

import "testing"

// TestConditionRx: a product named "<condition> Rx" (conditionrx.go,
// dev77r); a counter, a magazine, a garden plan, a bar, a coined pharmacy
// brand and a salon pass.
func TestConditionRx(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your Nicotine Rx order has shipped.", "compose.condition_rx"},
		{"Your Nicotine Rx starter kit is on its way.", "compose.condition_rx"},
		{"Your AcneRx order #8812 has shipped.", "compose.condition_rx"},
		{"Your Opioid Rx refill request was received.", "compose.condition_rx"},
		{"Your ED Rx order is out for delivery.", "compose.condition_rx"},
		{"Your Weight Loss Rx box is on the way.", "compose.condition_rx"},
		{"Your Smoking Cessation Rx kit shipped.", "compose.condition_rx"},
		{"Tu pedido de Nicotina Rx está en camino.", "compose.condition_rx"},
		{"Our Rx counter opens at 9 AM on Saturdays.", ""},
		{"Fitness Rx magazine's June issue is here.", ""},
		{"RxBar protein bars: buy 2 get 1 free.", ""},
		{"Your ClearPath Rx order has shipped.", ""},
		{"Garden Rx: your lawn care plan renews Monday.", ""},
		{"Hair Rx Salon: your appointment is confirmed.", ""},
		{"Our Fall Detection Rx line launches today.", ""},
	})
}
