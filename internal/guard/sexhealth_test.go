package guard

import "testing"

// TestSexHealth: erectile and sexual-health treatment by abbreviation,
// frame or device (sexhealth.go, dev80r); an executive director, an
// emergency department, a shave kit on a budget pass.
func TestSexHealth(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Our ED treatment rooms were renovated this spring.", ""},
		{"Trouble in the bedroom with noisy neighbors? Try our white noise machine.", ""},
		{"Storage trouble in the bedroom? Our closet organizers are 20% off.", ""},
		{"Based on your visit, your provider confirmed that ED treatment is a good fit.", "compose.sexual_health"},
		{"Struggling in the bedroom? Get help delivered discreetly.", "compose.sexual_health"},
		{"Your ED refill ships Friday in discreet packaging.", "compose.sexual_health"},
		{"Your vacuum pump for ED shipped via UPS and arrives Thursday.", "compose.sexual_health"},
		{"Last longer in bed: our PE spray is 20% off your first order.", "compose.sexual_health"},
		{"Your vacuum erection device kit shipped via UPS Ground.", "compose.sexual_health"},
		{"Su bomba de vacío para la erección fue enviada hoy.", "compose.sexual_health"},
		{"Your penile pump kit is out for delivery today.", "compose.sexual_health"},
		{"Meet our new ED (Executive Director) at coffee hour in the lobby on Friday!", ""},
		{"Our ED will host a family town hall Thursday at 6 PM in the Garden Room.", ""},
		{"The Mercy General ED next door is open 24/7 for emergencies.", ""},
		{"Struggling to stay on budget? Our shave kit is $15 for your first order.", ""},
		{"New bedroom furniture arrives in the model apartment on Monday.", ""},
		{"PE class moves to the north gym this week.", ""},
		// red-team tightening (red14b, dev81x)
		{"ED therapy dogs visit every Friday afternoon.", ""},
		{"ED prescriptions are filled at the outpatient pharmacy after 9 PM.", ""},
		{"Trouble sleeping in the bedroom? Our blackout shades ship free.", ""},
		{"Our heated mattress pad keeps you warm longer in bed.", ""},
		{"Scaffold erection at our Main St clinic starts Monday; please use the side entrance.", ""},
		{"Your ED prescription from the hospital visit ships Friday.", "compose.sexual_health"},
		{"Trouble in the bedroom? ED treatment from $2 a dose, delivered discreetly.", "compose.sexual_health"},
		{"Last longer in bed: our PE spray is 20% off your first order.", "compose.sexual_health"},
		{"Your vacuum erection device kit shipped today.", "compose.sexual_health"},
	})
}
