package guard

import "testing"

// TestRequestCode: activation codes, an order's case and a request's code
// pass; an account number, a case of the reader's care and a record's
// number stay reported (requestcode.go, storeaddr.go, caremode.go, helper
// DATE9, dev54/dev61d).
func TestRequestCode(t *testing.T) {
	g := newTestGuard(t)
	checkFlagged(t, g, false,
		"Welcome to the Pine Hollow Health patient portal! Activate your account with code PHH-48Z2.",
		"Activate your new account with code QX7-22K before May 1.",
		"Order status update: case 26-0417-DT is in final inspection.",
		"Your item is ready for pickup at our front desk. Case code KL-26-0913.",
		"Shipment update: case 27-1102-MX has left our warehouse.",
		"Su solicitud de expediente SOL-2026-0441 está lista para descargar.",
		"Your records request REQ-20261104 has been processed. Download from the portal.",
		// storeaddr.go
		"Your photo order #P-88213 is ready for pickup at store 4421, 900 Elm Ave.",
		"Su pedido está listo en la tienda 4421, 900 Elm Ave.",
		// caremode.go: how care is delivered
		"Su cita de telemedicina comienza en 10 minutos.",
	)
	checkFlagged(t, g, true,
		"Your account number is 88213047.",
		"Activate your patient account with code 4482913.",
		"Case 26-0417 about your biopsy results is closed.",
		"Your claim case 26-0417-DT for the MRI is under review.",
		"Order update: case 26-0417-DT for your insulin pump is closed.",
		"Su número de récord médico 00-458213 está listo.",
		"Your records request for MRN 4482913 has been processed.",
		"Su expediente 00-458213 está listo para descargar.",
		"Your records request 4482913 for your biopsy has been processed.",
		"Your order #P-88213 was delivered to 900 Elm Ave.",
		"Pickup at store 4421 for your insulin. Delivered to your home at 900 Elm Ave.",
		"Su cita de telemedicina de psiquiatría comienza en 10 minutos.",
		"Su cita de telemedicina para la depresión comienza en 10 minutos.",
	)
}
