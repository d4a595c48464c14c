package guard

import "strings"

// The sender's own office or site moving (helper PORTAL, dev39: "Our
// Patient Financial Services office has moved to 200 Commerce Way, Suite
// 300.", a webhook's {"event":"location.updated","location":"Eastside
// Clinic","new_address":"1200 Harbor Blvd, Suite 5"}).
//
// bizAddress (words.go) lets an address pass beside a sender cue (our,
// visit, location…) unless a person's address cue is near, and "moved"
// and "patient" are such cues ("since you moved", "patient address").
// officeMoved lets the street address at i..j pass when either
//
//   - its sentence opens with our/the/this, then capitalised words (the
//     department's name, which may hold "Patient"), then an office head
//     (office, department, clinic, center, location, site, team, desk,
//     lab, pharmacy, services), and only move wording (has, is, now,
//     moved, moving, relocated, located, to, at, will, be…) stands between
//     the head and the address; or
//   - it is the value of a JSON key "address"/"new_address" in a payload
//     whose event or keys name a site ("location", "office", "site",
//     "facility", "clinic" as a key or an event's first part).
//
// Either way no word of the notice addresses the reader (you, your, su…)
// and none names a person's address (home, mailing, ship, patient_,
// member, customer, user, recipient, resident). "Our Patient Financial
// Services office will send your bill to …" and
// {"event":"patient.address.updated","new_address":…} stay reported.
var (
	officeHeads     = wordSetTab("office offices department dept clinic center centre location site team desk lab laboratory pharmacy services headquarters campus")
	officeMoveWords = wordSetTab("has have is are now moved moving move moves relocated relocating relocate located to at will be been new its our address")
	officeSiteKeys  = []string{`"location"`, `"office"`, `"site"`, `"facility"`, `"clinic"`, `"location.`, `"office.`, `"site.`, `"facility.`, `"clinic.`}
	officePersonRaw = []string{"patient", "member", "customer", "user", "recipient", "resident", "home", "mailing", "ship", "guarantor", "subscriber"}
)

// officeMoved: the street address at tokens i..j is the sender's office
// or site moving (see the file comment).
func (s *scanner) officeMoved(i, j int) bool {
	if s.sdAptIn(i, j) {
		return false // "The Home Care team is now at 14 Elm St, Apt 2" (dev43r)
	}
	for m := range s.toks {
		if recipientWords.get(s.toks[m].h) {
			return false
		}
	}
	if s.officeJSON(i) {
		return true
	}
	lo, _ := s.sentSpan(i)
	if lo >= i || !senderDeterminers.get(s.toks[lo].h) {
		return false
	}
	k := lo + 1
	for k < i && s.toks[k].cls&(tCap|tUpper) != 0 {
		k++
	}
	if k == lo+1 || k >= i {
		return false
	}
	if !officeHeads.get(s.toks[k].h) {
		k-- // the name ends in its head: "Our Billing Center has moved"
		if k == lo+1 || !officeHeads.get(s.toks[k].h) {
			return false
		}
	}
	for m := k + 1; m < i; m++ {
		if !officeMoveWords.get(s.toks[m].h) {
			return false
		}
	}
	return k+1 < i
}

// officeJSON: the address at i is the value of an address key in a
// payload about a site of the sender's.
func (s *scanner) officeJSON(i int) bool {
	if i < 1 || strings.ReplaceAll(s.gap(i), " ", "") != `":"` || s.toks[i-1].low != "address" {
		return false
	}
	if g := s.gap(i - 1); !strings.HasSuffix(g, `"`) && g != "_" {
		return false
	}
	low := s.t.lowerAll()
	for _, w := range officePersonRaw {
		if strings.Contains(low, w) {
			return false
		}
	}
	for _, k := range officeSiteKeys {
		if strings.Contains(low, k) {
			return true
		}
	}
	return false
}

// markUsed marks tokens i..j used and reports true.
func (s *scanner) markUsed(i, j int) bool {
	for k := i; k <= j; k++ {
		s.used[k] = true
	}
	return true
}
