package guard

// devicemodel.go: a device's model name after its maker's brand (issue 15,
// helper DEVANN, dev33/dev37v: "Phonak Audéo Lumity is now available for
// demo at all our locations", "The new ReSound Nexia range is on display").
//
// The name rule reads two or more capitalised words in no vocabulary as a
// person's name (name.capitalized). Right after a capitalised brand word of
// a medical device family (vocab/device_parts.txt: Phonak, Oticon, Signia,
// ReSound, Widex, Starkey, Dexcom, Omnipod…) such a run is the device's
// model ("Audéo Lumity", "Nexia", "Infinio Sphere"). deviceModelAfter
// reports that case, and the run is then reported as the device it is
// (device.model, kind procedure) instead of as a name, the brand word
// included. The notice is blocked exactly as before; the difference is
// that a device named to everyone may then pass as an announcement of the
// sender's goods in standard mode (announce.go, announce_line.go), while
// strict mode and any notice about the reader still report it.
//
// Fail closed: a run holding a given or family name of the name lists, or
// a brand word written in lower case or opening no run (gap other than a
// space), keeps the name finding.

// deviceModelAfter reports whether the capitalised run i..end comes right
// after a capitalised device brand word, or opens with one and goes on.
func (s *scanner) deviceModelAfter(i, end int) bool {
	if end > i && s.cls(i)&tAlpha != 0 && deviceParts().brands[s.toks[i].h] != 0 && s.gap(i+1) == " " {
		// the run opens with the brand itself: "ReSound Nexia"
		for k := i + 1; k <= end; k++ {
			if s.fl(k)&(wFirst|wLast) != 0 {
				return false
			}
		}
		return true
	}
	b := i - 1
	if b < 0 || s.toks[i].sent || s.gap(i) != " " || s.cls(b)&tAlpha == 0 || s.cls(b)&(tCap|tUpper) == 0 {
		return false
	}
	if deviceParts().brands[s.toks[b].h] == 0 {
		return false
	}
	for k := i; k <= end; k++ {
		if s.fl(k)&(wFirst|wLast) != 0 {
			return false
		}
	}
	return true
}
