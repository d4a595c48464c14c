package guard

import "testing"

// TestSenderProg: the sender's programme schedule, a policy about a class of goods, a public webinar's topic and a staff credential pass in a notice naming no reader; the reader's own care in those shapes stays reported (senderprog.go, fpa, dev106f).
func TestSenderProg(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkModeCases(t, g, nil, []modeCase{
		{"The cardiac rehab gym at St. Columba's is open Mon, Wed, Fri 7 AM-5 PM and Tue/Thu 8 AM-2 PM.", Standard, false},
		{"Cardiac rehab is closed Monday for Memorial Day. Make-up sessions can be booked in the portal.", Standard, false},
		{"Pulmonary rehab classes are canceled Friday due to the snowstorm. We will reopen Monday.", Standard, false},
		{"La rehabilitación cardíaca se cancela el jueves por el feriado. Puede reprogramar en el portal.", Standard, false},
		{"Your upcoming rehab session is confirmed. Details are in the portal.", Standard, false},
		{"Your therapy session is confirmed.", Standard, true},
		{"Your next rehab appointment is confirmed. See the portal for the time and location.", Standard, false},
		{"Heads up: insulin pump supplies can't be returned once shipped, per state pharmacy rules.", Standard, false},
		{"Most insurance plans cover a blood pressure monitor at no cost. Check your coverage in the portal.", Standard, false},
		{"We do not prescribe opioid medication by text message or email. Read our pain management policy online.", Standard, false},
		{"Recordatorio: los suministros para diabetes no se pueden devolver una vez enviados, según las normas de farmacia.", Standard, false},
		{"Free webinar: Eating well with diabetes during the holidays.", Standard, false},
		{"Our pharmacy team now includes a Board Certified Oncology Pharmacist.", Standard, false},
		// leaks in the same shapes
		{"Your cardiac rehab after your heart attack starts Monday at 7 AM in the gym.", Standard, true},
		{"Your cardiac rehab session is canceled Thursday.", Standard, true},
		{"Cardiac rehab is canceled Thursday for Maria's group after her bypass.", Standard, true},
		{"Your diabetes supplies order shipped today and can't be returned once delivered.", Standard, true},
		{"Your breast pump prescription was received. Most insurance plans cover it at no cost.", Standard, true},
		{"Your opioid prescription can't be refilled over the phone. See our pain management policy.", Standard, true},
		{"You're on the list for our diabetes webinar because of your recent diagnosis.", Standard, true},
		{"Dr. Lena Ortiz, a Certified Diabetes Care and Education Specialist, will review your insulin doses Friday.", Standard, true},
		{"Your rehab session for your knee replacement is confirmed.", Standard, true},
		{"Your cardiac rehab session is confirmed.", Standard, true},
		{"Su rehabilitación cardíaca después de su infarto comienza el lunes.", Standard, true},
		{"Su pedido de suministros para la diabetes fue enviado hoy.", Standard, true},
	})
}
