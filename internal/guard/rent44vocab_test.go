package guard

import "testing"

// TestRent44Vocab: eye symptoms in marketing are health by association in
// strict mode only; a rental fleet's desks are role mailboxes (helper
// RENT44, dev44: vocab/association.txt, vocab/places.txt).
func TestRent44Vocab(t *testing.T) {
	checkModeCases(t, newTestGuard(t), nil, []modeCase{
		{"Dry, itchy eyes from your contacts? Switch to our daily lenses for sensitive eyes and save 15%.", Strict, true},
		{"Itchy eyes this spring? Our allergy-friendly lenses are 15% off.", Strict, true},
		{"Switch to our daily lenses and save 15%.", Strict, false},
		{"New colours in our eyewear range: sage, blush and tortoise.", Strict, false},
		{"For quotes email sales@carefleet.example or write to dispatch@carefleet.example.", Standard, false},
		{"Write to maria.lopez@carefleet.example for your rental.", Standard, true},
		{"New arrivals: Warby Parker-style acetate lens cases in sage, blush and tortoise — $6 each or 3 for $15.", Standard, false},
		{"Styles include the Persol 714 folding in Havana and the Ray-Ban Clubmaster in tortoise/gold.", Standard, false},
		{"Dr. Warby Parker will see you at 3 PM.", Standard, true},
		{"Hi Warby Parker, your order shipped.", Standard, true},
		{"Conference organisers: add 4 wheelchairs to your event order for attendee use at the convention center.", Standard, false},
	})
}
