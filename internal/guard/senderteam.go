package guard

import "strings"

// senderteam.go: two more sender slots for senderhead.go's header spans
// (issue 15, tenth pass, helper FP10B, dev64/dev67f, 2026-12-05).
//
//   - the team signature closing the notice: "—The Okafor Dermatology
//     team" — a dash gap, "The", the span, "team" (or "staff", "family",
//     "equipo"), and the notice ends;
//   - the portal's message notice: "You have a new secure message from
//     Okafor Dermatology." — "message(s) from" right before the span, and
//     the span closes its sentence with "." or "!" (never ":": "from
//     Okafor Dermatology: your biopsy results" keeps the span outside the
//     slot).
//
// Both then go through snHeadDrop's tests: only a specialty word inside the
// span passes ("Valley Oncology Associates", a disease's or a treatment's
// name stay), and only when no word of the reader's care stands outside
// the spans ("…message from Okafor Dermatology about your melanoma biopsy"
// stays). Accepted risk: the portal's message notice names the reader's
// practice, which the From line shows anyway (the lead's decision for the
// header slot, senderhead.go). Cost: only on a field with a finding.
var stTeam = wordSetTab("team staff family equipo")

// snTeamOrFrom: the span a..e sits in one of the two slots above.
func (s *scanner) snTeamOrFrom(a, e int) bool {
	n := len(s.toks)
	if a < 1 {
		return false
	}
	if s.toks[a-1].low == "the" && e+2 == n && stTeam.get(s.toks[e+1].h) && s.gap(e+1) == " " &&
		strings.TrimSpace(strings.Trim(s.gap(n), "!.")) == "" && stDash(s.gap(a-1)) {
		return true
	}
	if a < 2 || s.toks[a-1].low != "from" || s.gap(a) != " " || s.toks[a-2].low != "message" && s.toks[a-2].low != "messages" {
		return false
	}
	if e+1 < n {
		g := s.gap(e + 1)
		return s.toks[e+1].sent && (strings.HasPrefix(g, ". ") || strings.HasPrefix(g, "! "))
	}
	g := strings.TrimSpace(s.gap(n))
	return g == "." || g == "!" || g == ""
}

// stDash: a gap of a sentence's stop, spaces and one dash ("—", " – ",
// ". —"), before the signature's "The".
func stDash(g string) bool {
	g = strings.TrimSpace(strings.TrimLeft(g, ".!? "))
	return g == "-" || g == "\u2013" || g == "\u2014" || g == "--"
}
