package guard

import "strings"

// sendertermveto.go: two limits on clearing a finding inside the sender's
// own words (sendercontext.go: the display name and the tenant's terms of
// kind sender), from red team RED11's probes (dev70x, 2026-12-05).
//
//   - A unit right after the sender's address makes the address the
//     reader's: the street reader leaves a "#12" (or "Apt 4B", "piso 3")
//     out of its span, so "we have your address as 55 Market Square #12"
//     was cleared as the sender's "55 Market Square". An address finding
//     followed by "#" and a number, or by apt/apartment/unit/piso/puerta/
//     dpto/depto/bajo and a number, is not cleared (srtUnitAfter). "Suite
//     200" is an office's and stays cleared.
//   - nextSentenceCut reads a finding that runs one word into the next
//     sentence up to its own sentence's end ("at 55 Market Square. Call
//     (717) …": the street reader takes "Call" for a city), and then the
//     whole finding, the next sentence's word included, was dropped. When
//     that word is a name's or no ordinary word ("pickup is at 55 Market
//     Square. Okafor, your order is ready", "Moreno & Blake PT. Garcia,
//     your next visit is Monday"), it is the reader's surname, and the cut
//     is not made (srtKeepNext): the finding stays. Only an ordinary word
//     that is no listed given name or surname (Call, Parking, Questions,
//     See) is cut off.
//
// Accepted risks: a surname that is also an ordinary word ("… Market
// Square. Young, your order is ready") is still cut and cleared; a
// sentence opening with an unusual brand or place after the sender's
// address ("… 55 Market Square. Lancaster's best parking …") is reported.
// Cost: only for a finding inside the sender's words.

var srtUnits = wordSetTab("apt apartment unit piso puerta dpto depto bajo atico")

// srtUnitAfter: the address finding ending at normalised offset b is
// followed by a unit: "#12", "Apt 4B", "piso 3".
func (s *scanner) srtUnitAfter(b int) bool {
	for k := range s.toks {
		t := &s.toks[k]
		if int(t.s) < b {
			continue
		}
		if t.sent {
			return false
		}
		g := s.gap(k)
		if strings.Contains(g, "#") && t.cls&tDigit != 0 {
			return true
		}
		return srtUnits.get(t.h) && k+1 < len(s.toks) && s.toks[k+1].cls&tDigit != 0 && !s.toks[k+1].sent
	}
	return false
}

// srtKeepNext: token k, a next sentence's first word that a finding runs
// into, is a name's or no ordinary word: the finding is not cut before it.
func (s *scanner) srtKeepNext(k int) bool {
	t := &s.toks[k]
	if t.cls&tAlpha == 0 || t.cls&tDigit != 0 {
		return false
	}
	return s.fl(k)&(wFirst|wLast) != 0 || srtUnits.get(t.h) || !s.general(k)
}
