package guard

import "testing"

// TestDementiaBehaviour: dementia behaviours of the reader's kin
// (dementiabehav.go, dev80r); a market stroll and a sundown concert pass.
func TestDementiaBehaviour(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Grandma was wandering in the hallway at 3 AM; she is safe now.", "compose.dementia_behaviour"},
		{"Your dog keeps wandering off? Try our GPS collar.", ""},
		{"Update from our neighborhood team: your father's sundowning has eased since we moved his shower to the morning.", "compose.dementia_behaviour"},
		{"Your mother's wandering at night has lessened since we added the evening walk.", "compose.dementia_behaviour"},
		{"Mom had some agitation after dinner tonight; staff calmed her with music.", "compose.dementia_behaviour"},
		{"Your father was exit-seeking twice today.", "compose.dementia_behaviour"},
		{"Su papá ha estado deambulando de noche.", "compose.dementia_behaviour"},
		{"Wandering through the farmers market Saturday? Stop by our booth for a free water bottle.", ""},
		{"Our sundown concert series starts Friday at 6:30 PM on the lawn.", ""},
		{"Take the exit on Main Street to reach our new parking lot.", ""},
		// red-team tightening (red14b, dev81x)
		{"Join us for a sundowner on the terrace with your family at 6 PM.", ""},
		{"Your new washer's agitation setting can be changed in 3 steps.", ""},
		{"Mom had some agitation after dinner tonight; staff calmed her with music.", "compose.dementia_behaviour"},
		{"Your father is a sundowner; evenings are hardest for him.", "compose.dementia_behaviour"},
		// a wandering device (fix108, dev108)
		{"Your GPS wander-alert bracelet shipped today and pairs with the caregiver app.", "compose.dementia_behaviour"},
		{"Your mom's wander alarm was installed on the back door.", "compose.dementia_behaviour"},
		{"Your dog's wander-alert collar shipped today.", ""},
		{"Wander the halls of our new museum wing with your family.", ""},
	})
}
