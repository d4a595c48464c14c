package guard

import "strings"

// System objects' ids under JSON keys (helper PORTAL, dev39: a survey
// invitation's {"survey_id":"SRV-2291"}, a status page's
// {"incident_id":"INC-4471"}, a statement webhook's
// {"statement_id":"ST-558812"}).
//
// "id" is an identifier cue, so any lettered code after it is reported.
// A whole JSON key ("survey_id": a quote right before its first word,
// `":` right after "id") whose first word names an object of the sending
// system (systemKeyHeads: survey, incident, statement, campaign, ticket,
// event, message, notification, template, job, batch, request, webhook,
// location, site, encuesta, mensaje…) names that object's number, as
// shopKey's "order_id" does. A value that reads as a person's number
// (MRN…, PT…, DOB…: shopKeyPersonal) stays reported, and so do
// "patient_id", "member_id", "account_id", "claim_id" and a compound
// key ("patient_survey_id": the quote must stand before the listed word).
// The value's tokens are marked used, so neither id.prefixed
// ("statement" before "ST-558812") nor a list reading of its letters
// ("CMP-77120" after "campaign_id") reports them: accepted risk, a
// system's id made of a clinical abbreviation passes.
var systemKeyHeads = wordSetTab("survey surveys incident incidents statement campaign ticket event message notification " +
	"template job batch request webhook location site outage maintenance announcement broadcast newsletter " +
	"encuesta mensaje notificacion campana")

// systemKey: the one-token cue at i ("id") ends a whole JSON key whose
// only other word is a system object.
func (s *scanner) systemKey(i, j int) bool {
	if i != j || i == 0 || s.toks[i].low != "id" || s.toks[i].sent {
		return false
	}
	switch s.gap(i) {
	case "_", "-", ".":
	default:
		return false
	}
	if !systemKeyHeads.get(s.toks[i-1].h) || !strings.HasSuffix(s.gap(i-1), `"`) {
		return false
	}
	if i+1 >= len(s.toks) || !strings.HasPrefix(strings.ReplaceAll(s.gap(i+1), " ", ""), `":`) {
		return false
	}
	if s.shopKeyPersonal(i) {
		return false
	}
	// the value's tokens ("SRV-2291", "ST-558812") are the system's id:
	// id.prefixed (idprefix.go) would read "statement" before them
	k := i + 1
	s.used[k] = true
	for k+1 < len(s.toks) && (s.gap(k+1) == "-" || s.gap(k+1) == "_" || s.gap(k+1) == ".") {
		k++
		s.used[k] = true
	}
	return true
}
