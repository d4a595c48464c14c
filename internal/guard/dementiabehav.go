package guard

// dementiabehav.go — dementia behaviours of the reader or the reader's kin
// (issue 15, fourteenth pass, helper RECALL14, probe set dev80r, from
// dev78's seed "your father's sundowning has eased since we moved his
// shower to the morning"): rule compose.dementia_behaviour, kind
// condition.
//
// A memory-care community reports a resident's behaviour to the family:
// sundowning, wandering, exit-seeking, agitation, elopement (deambulando,
// deambular, agitación, agitado). Read when a reader's word or a person
// word (personNear: your, su, mom, dad, his, her…) is in the word's
// sentence or the one before; "exit" only before "seeking"; "wandering"
// not before "through" or "our" ("Wandering through the farmers market?
// Stop by our booth" passes with no person besides); a pet word in the
// sentence (dog, cat, pet, perro, mascota, collar) stops it ("Your dog keeps
// wandering off?"). "Our sundown concert
// series" passes (sundown is no behaviour word).
//
// Red-team tightening (red14b, dev81x): a sundowner is also an evening
// drink ("Join us for a sundowner on the terrace with your family"): not
// in a sentence with a drink or terrace word; a machine's
// agitation ("Your new washer's agitation setting") passes with a machine
// word beside it.
//
// "wander" alone only before a device word (fix helper fix108, dev108: "Your
// GPS wander-alert bracelet shipped today and pairs with the caregiver
// app"): alert, alarm, guard, bracelet, tracker, band, sensor, monitor,
// prevention, pendant.
//
// Cost: runs from scanReaderFamilies (readerfamily.go) at its first words.

var (
	dementiaFirst = wordSetTab("sundowning sundowner sundowners wandering wandered wanders wander exit agitation agitated elopement eloped " +
		"deambulando deambular deambula deambulo deambulaba agitacion agitado agitada")

	dementiaWanderVeto = wordSetTab("through our nuestro nuestra nuestros nuestras")
	// dementiaPet: a pet's wandering ("Your dog keeps wandering off? Try
	// our GPS collar")
	dementiaPet = wordSetTab("dog dogs cat cats pet pets puppy puppies kitten perro perros gato gatos mascota mascotas collar")
	// dementiaDrink: a sundowner that is a drink
	dementiaDrink = wordSetTab("terrace patio rooftop deck drink drinks cocktail cocktails bar wine beer toast sunset")
	// dementiaMachine: a machine's agitation
	dementiaMachine = wordSetTab("washer washers washing machine machines cycle cycles setting settings mode agitator mixer shaker paint")
	// dementiaWanderDevice: a wandering alarm worn or fitted for the
	// reader's kin ("Your GPS wander-alert bracelet shipped today")
	dementiaWanderDevice = wordSetTab("alert alerts alarm alarms guard bracelet bracelets tracker trackers band bands sensor sensors monitor monitors prevention pendant")
	hDemA                = hstr("a")
	hDemExit             = hstr("exit")
	hDemSeeking          = hstr("seeking")
)

// dementiaAt: token i is one of dementiaFirst.
func (s *scanner) dementiaAt(i int) {
	t := s.toks
	n := len(t)
	to := i
	switch t[i].low {
	case "exit":
		if i+1 >= n || t[i+1].h != hDemSeeking {
			return
		}
		to = i + 1
	case "sundowner", "sundowners":
		if s.wholeSentenceHas(i, &dementiaDrink) {
			return // an evening drink
		}
	case "agitation", "agitacion":
		if i > 0 && dementiaMachine.get(t[i-1].h) || i > 1 && t[i-1].low == "s" && dementiaMachine.get(t[i-2].h) ||
			i+1 < n && dementiaMachine.get(t[i+1].h) {
			return // a machine's
		}
	case "wander":
		// only a wandering device: "wander-alert bracelet", "wander alarm"
		// (fix helper fix108, dev108); "wander the halls" is no behaviour word
		if i+1 >= n || !dementiaWanderDevice.get(t[i+1].h) || s.gap(i+1) != "-" && s.gap(i+1) != " " {
			return
		}
	case "wandering", "wandered", "wanders":
		if i+1 < n && dementiaWanderVeto.get(t[i+1].h) {
			return
		}
	}
	if s.personNear(i) && !s.wholeSentenceHas(i, &dementiaPet) {
		s.addTok(i, to, KindCondition, "compose.dementia_behaviour", 0.7, "names a dementia behaviour of the reader or a relative")
	}
}
