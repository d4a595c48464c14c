package guard

import "testing"

func TestCarrierHub(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Your order arrived at the carrier hub in Louisville, KY.",
		"Your package departed our Memphis, TN facility and is in transit.",
		"Your parcel was scanned at the UPS facility in Hodgkins, IL.",
		"Shipment arrived at FedEx sort center in Indianapolis, IN on its way to you.",
		"Your package left the distribution center in Reno, NV this morning.",
	)
	checkFlagged(t, g, true,
		"Your address in Louisville, KY is on file for the delivery.",
		"We will ship your order to your home in Hodgkins, IL.",
		"Tu dirección en Louisville, KY fue actualizada para el envío.",
		"Your order arrived at the carrier hub in Louisville, KY 40202.",
		"Your package left the hub in Reno, NV and will be delivered to your address.",
		"Ship to the warehouse in Reno, NV.",
		"Mary lives in Memphis, TN.",
		"Dad is now at the nursing facility in Reno, NV.",
		"The treatment center in Reno, NV has your bed ready.",
		"Your sample package arrived at our lab facility in Memphis, TN.",
		"We moved to a new facility in Reno, NV.", // no goods in transit
	)
}
