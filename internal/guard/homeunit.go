package guard

import "strings"

// homeunit.go: a home-health agency's name or division outside the header
// slot (issue 15, twentieth pass, dev105's family of notices about the
// sender itself, fix helper staff20, probe set dev105t). Widenings of
// hometrade.go's home-care sender, not a rule of their own. dev105 found
// "Wayfarer is proud to welcome 40 new travel nurses to our home health
// division this quarter." and a webhook's {"event": "caregiver.en_route",
// …, "agency": "Wayfarer Nursing & Home Health"} flagged: "home health"
// was read as the reader's procedure. sendername.go found the agency's
// name in the payload, but hometrade.go skipped the agency's trade words
// (caregiver, nurses) only under a header, so "caregiver" counted as care
// outside the name.
//
//   - the agency's name as a payload's organisation value (hmJSONOrg): a
//     full sender span holding "Home Health" / "Home Healthcare" / "Home
//     Care" that opens a JSON string value of an organisation key (agency,
//     provider, organization, company, sender, vendor) reads as the header
//     for snHomeHeader;
//   - the sender's division (snHomeUnitRun): "our [Place] home health /
//     home healthcare / home care" right before a unit noun (division,
//     office, agency, department, branch, team, services…) is a span of
//     the sender's, a home-care one, so the agency's trade words (nurses,
//     caregivers, visits) do not count as care outside it. Only in a field
//     with no reader word (you, your, su, usted…: recipientWords) and no
//     possessive of a person's name.
//
// Stays reported (homeunit_test.go, dev105t's leaks): "Northwind's home
// health division will visit you on Tuesday for your wound care" (a reader
// word; the wound care its own finding), a payload that names a patient
// beside the agency (the name finding), "your home health nurse visit",
// "home health" without "our" and a unit noun, any other care word or
// finding in the field; readerTied findings are never dropped
// (dropSenderName).

// hmOrgKeys: JSON keys whose value is an organisation's name
var hmOrgKeys = wordSetTab("agency provider organization organisation company sender vendor org")

// hmUnits: the nouns of a sender's unit after "our … home health"
var hmUnits = wordSetTab("division divisions office offices agency department departments branch branches team teams services program programme line")

// hmJSONOrg: span j opens a JSON string value of an organisation key.
func (s *scanner) hmJSONOrg(j int) bool {
	a := int(s.sn[j].a)
	if a < 1 || !hmOrgKeys.get(s.toks[a-1].h) {
		return false
	}
	g := s.gap(a)
	return g == "\": \"" || g == "\":\""
}

// snHomeUnitRun adds "home health" of "our [Place] home health <unit>" as
// a home-care span (see the file comment).
func (s *scanner) snHomeUnitRun() {
	n := len(s.toks)
	for m := 0; m+3 < n && s.snN < snMax; m++ {
		if s.toks[m].low != "our" {
			continue
		}
		k := m + 1
		if s.gap(k) != " " {
			continue
		}
		if s.toks[k].cls&tCap != 0 && s.toks[k].low != "home" && k+1 < n && s.gap(k+1) == " " {
			k++ // "Our Salem home health office"
		}
		if k+2 >= n || s.toks[k].low != "home" || s.gap(k+1) != " " || s.gap(k+2) != " " {
			continue
		}
		switch s.toks[k+1].low {
		case "health", "healthcare", "care":
		default:
			continue
		}
		if !hmUnits.get(s.toks[k+2].h) || s.hmReaderField() {
			continue
		}
		s.snAdd(k, k+1, false)
		s.sn[s.snN-1].home = true
		m = k + 2
	}
}

// hmReaderField: the field has a reader word or a possessive of a
// capitalised word that is a listed given or family name.
func (s *scanner) hmReaderField() bool {
	for m := range s.toks {
		if recipientWords.get(s.toks[m].h) {
			return true
		}
		if s.toks[m].low == "s" && m > 0 && strings.ContainsAny(s.gap(m), "'\u2019") && s.fl(m-1)&(wFirst|wLast) != 0 {
			return true
		}
	}
	return false
}
