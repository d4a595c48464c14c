package guard

// readertied.go: findings about the reader's own care or identity, which
// no drop of the sender's or the public's wording may clear (issue 15,
// seventeenth pass, fix helper tied17, dev97t, 2026-12-06).
//
// The guard's drops clear findings as wording someone other than the
// reader owns: the sender's staff news (staffnews.go, staffrole.go,
// staffsent.go), a public event or offer (announce.go, publicoffer.go), a
// named place (namedplace.go), a sign-off (signoff.go), the sender's name
// (sendercontext.go, sendername.go, appbrand.go), goods and product codes
// (everyday.go, goodsrun.go, lookalike_abbr.go), the sender's staff's
// trade (ownrole.go), a programme key (jsonprogramevent.go), an
// identifier's prefix (snakeid.go), a fixed Spanish phrase (esfixed.go).
// Each reads its own shape; none can know that a finding inside that
// shape was made by a rule that ties it to the reader. Until this pass
// only three drops asked (readerTiedRule by name), so a drop written by one
// helper could clear another helper's reader-tied finding: red team found
// the reader's own name (Prepare's identity values) cleared as a staff
// member's in "Please welcome <the reader's name>, DNP, our new director
// of nursing" (dev97t).
//
// The property is a bit of the finding, set where it is made:
//   - ifind.tied, set by add from readerTiedRule (the rules tied by
//     construction, below), by context.go for every identity and sealed
//     match (ctx), and by tieGreeting for a greeting that addresses the
//     reader ("Hi <name>", "Dear <name>", "Hola <name>");
//   - Finding.tied (unexported), copied from ifind.tied by finish, so the
//     notice-wide drops read the same bit.
// Every drop asks one helper, readerTied (a method of both), and keeps a
// finding that has the bit; TestDropsAskReaderTied (readertied_test.go)
// reads the package's source and fails when a function that filters
// findings neither asks it (directly or through a function that does) nor
// is named in its allow-list with a reason. Kept as they are: the
// tenant-approved phrases (approve.go) and the Template (scan.go's
// finish), the tenant's own explicit word, which leave context findings
// alone (ctx) as before; and finish's merge of findings inside a longer
// one of the same kind.
//
// Not tied by construction: "Welcome <name>", "Congratulations, <name>",
// "¡Gracias, don <name>!" (name.greeting, compose.vocative,
// name.honorific after a staff-news opener: the sender's staff), so a
// greeting is tied only after a word that addresses the reader (rtAddress).
//
// Cost: one string switch per finding made (findings are few; the per-token
// passes never call it), one bool read per finding in each drop.

// readerTiedRule: the rules whose every finding ties the text to the
// reader's own care: a staff welcome going on about the reader's care
// (staffcarefollow.go), a practitioner acting on the reader's slot
// (ourcarerole.go), the reader's recovery under a home-care header
// (homecareact.go), the reader's or a relative's stay and care
// (relativecare.go, kindental.go, compose.go's kin care, carestay.go,
// laborstay.go), the reader's dose change, body change, dialysis slot and
// fitted support (dosechange.go, bodychange.go, dialslot.go,
// supportfit.go), and "your <care>" frames that need a reader's word:
// the reader's AV access or Tx care (avtx.go), care before or after a
// treatment (peritx.go), lens prescription (lensrx.go), reported symptoms
// (symptom.go); the reader's measurement with its unit, prosthetic or
// orthotic part, imaging finding, relapse in a quit programme and a
// result category with its value (readermeasure.go, prosthetic.go,
// imagingfind.go, quitslip.go, resultcat.go); the reader's cognitive test
// against the reader's baseline or with its result, the reader's breast
// form, the person or relative a care worker is on the way to see
// (cogbaseline.go, breastform.go, carevisit.go); the reader's lab result
// as low or high, a person's spinal curve in degrees, the reader's tube
// with its French size and a relative named in lower case
// (recallfam18b.go); a person's handle in a webhook's user field
// (webhookhandle.go); the reader's device or procedure abbreviation, fertility
// beta result and dotted national identity number (readerabbr.go); the reader's scalp photos, a baby named with its cord blood,
// an SSN's digits as words, the reader as an implant patient or a pump's user
// (gaps20.go); a clinical record's label before a colon (cliniclabel.go), a person's
// medical or patient card by its number (personcard.go), a donor deferred
// (donordefer.go), a cannabinoid's dose in the reader's order (cannabisdose.go), lice found on a person (licefound.go), the reader's orthosis or hearing aid in Spanish (esorthosis.go). Context matches get the bit from context.go (addCtx).
// A new rule of that kind is added here.
func readerTiedRule(rule string) bool {
	switch rule {
	case "compose.staff_care_follow", "compose.our_care_role", "compose.home_care_act",
		"compose.program_start", "compose.child_slot", "compose.dose_series",
		"compose.relative_care", "compose.kin_dental", "clinical.kin_care", "name.kin_care",
		"compose.care_stay", "compose.labor_delivery",
		"compose.dose_change", "clinical.vital_change", "compose.dialysis_slot", "compose.support_fit",
		"compose.av_tx", "compose.peritx", "compose.lens_rx", "clinical.symptom",
		"compose.reader_measure", "compose.prosthetic_part", "compose.imaging_finding", "compose.quit_slip",
		"compose.result_category", "compose.count_surgery",
		"compose.cognitive_baseline", "compose.cognitive_test", "compose.breast_form", "name.care_visit", "compose.care_visit",
		"compose.lab_level", "compose.curve_degrees", "compose.tube_size", "name.kin_lower", "compose.feed_rate",
		"username.webhook", "username.webhook_care",
		"compose.reader_abbr", "compose.fertility_beta", "id.national_dotted",
		"compose.allergy_immuno", "compose.reader_extraction", "compose.reader_aligners", "compose.event_monitor", "id.ssn_digits",
		"compose.past_condition", "compose.health_program", "name.kin_record", "compose.curve_owned", "compose.form_bra",
		"compose.scalp_photos", "name.baby_cord", "id.ssn_words", "compose.implant_patient", "association.device_user",
		"compose.clinical_label", "id.person_card", "compose.donor_deferral", "compose.cannabinoid_dose",
		"compose.lice_found", "compose.reader_orthosis", "compose.medical_leave", "compose.urgent_advice", "compose.areola_tattoo", "compose.post_procedure", "compose.hospitalized_for":
		return true
	}
	return false
}

// readerTied: f is about the reader's own care or identity; no drop of the
// sender's or the public's wording clears it.
func (f ifind) readerTied() bool { return f.tied }

// readerTied: the same bit on a finding of the notice (copied by finish).
func (f Finding) readerTied() bool { return f.tied }

// rtAddress: the words that open a greeting to the reader.
var rtAddress = wordSetTab("hi hello hey hiya dear hola estimado estimada estimados estimadas querido querida queridos queridas")

// tieGreeting marks the finding just made (a name after greeting word i) as
// the reader's own when word i addresses the reader (rtAddress).
func (s *scanner) tieGreeting(i int) {
	if n := len(s.fs); n > 0 && i >= 0 && i < len(s.toks) && rtAddress.get(s.toks[i].h) {
		s.fs[n-1].tied = true
	}
}

// anyReaderTied: a finding of fs is the reader's own. A notice-wide drop
// that reads a whole sentence or notice as the sender's or the public's
// (staffnews.go, staffrole.go, publicoffer.go) keeps every finding then:
// the notice is blocked by the tied finding anyway, and the sentence
// beside it is not cleared.
func anyReaderTied(fs []Finding) bool {
	for i := range fs {
		if fs[i].tied {
			return true
		}
	}
	return false
}
