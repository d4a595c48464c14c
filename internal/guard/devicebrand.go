package guard

// devicebrand.go: medical devices named by brand, model and part (issue 15,
// night of 2026-12-04, helper DVC: dev26's long tail).
//
// A product name that only a patient of a device buys ("Omnipod 5",
// "AirSense 11", "Nucleus 8", "Zio XT", "LifeVest") is a list entry
// (vocab/devices.txt, reported as clinical.supply). Many makers' names are
// ordinary words, names or other brands (Guardian, Inspire, Nucleus,
// Hollister, Tandem, Zio, Micra, Watchman, Contour), and a part word alone
// is any product's ("your sensor" can be a car part, "flange and paste" a
// plumber's). vocab/device_parts.txt pairs them:
//
//   - device.brand: a capitalised brand word of a device family beside a
//     part word of that family in its sentence (up to five words after it,
//     models and product lines between: "Guardian 4 sensors", "Hollister
//     New Image flanges", "Nucleus 7 sound processor"; or up to two words
//     before it, "sensores Guardian"), with no stop word between ("The
//     Guardian reports on sensors"), unless the brand word is used as a verb ("Inspire your
//     team"), or a word of the family's look-alike domain is in the notice
//     (door, window, alarm, smoke for sensors; toilet, pipe, drain for
//     flanges; guitar, studio for a sound processor; snorkel, football for
//     masks and headgear).
//   - device.parts: two different part words of one family in a sentence,
//     one of them one that no household product has under that name
//     ("flanges and paste", "sound processor magnet and coil", "sensors and
//     transmitter"), or one such word in a notice with a health cue
//     (noticeCue: refill, prescription, pharmacy…), again unless a word of
//     the family's look-alike domain is in the notice.
//     A capitalised word in no vocabulary one letter from a brand word of
//     six or more letters counts as the brand ("Omnipad 5 pods"),
//     device.brand_typo; like frame.unknown, the announcement rule does not
//     drop it (a word in no vocabulary may be a name).
//   - device.drug_pen: a word one letter from a medication of the built-in
//     lists before "pen(s)", "injection(s)", "syringe(s)", "(auto)injector(s)",
//     that is no ordinary English word (it may be a Spanish one, which the
//     frame rules skip: "Humera pen delivery"); "Montblanc pen" is no
//     misspelling of a drug.
//
// Reasons name the cue (the part, the family), never the brand or part as
// written.

import (
	"strings"
	"sync"
)

// device families (bits)
const (
	devCGM uint16 = 1 << iota
	devPump
	devCPAP
	devOstomy
	devHearing
	devCardiac
	devMeter
)

var devFamilyNames = map[string]uint16{
	"cgm": devCGM, "pump": devPump, "cpap": devCPAP, "ostomy": devOstomy, "hearing": devHearing,
	"cardiac": devCardiac, "meter": devMeter,
}

// devFamilyNoun names a family for reasons.
func devFamilyNoun(f uint16) string {
	switch {
	case f&devCGM != 0:
		return "glucose sensors"
	case f&devPump != 0:
		return "insulin pumps"
	case f&devCPAP != 0:
		return "CPAP machines"
	case f&devOstomy != 0:
		return "ostomy supplies"
	case f&devHearing != 0:
		return "hearing implants or aids"
	case f&devCardiac != 0:
		return "cardiac devices"
	case f&devMeter != 0:
		return "glucose meters"
	}
	return "medical devices"
}

// devPart is one part word or phrase (token hashes) and the families it
// belongs to (fam) and is a strong part of (strong).
type devPart struct {
	toks   []uint64
	fam    uint16
	strong uint16
}

type devBrand struct {
	low string
	fam uint16
}

// devHit: a part word of a field, tokens a..b.
type devHit struct {
	a, b int
	p    *devPart
}

type deviceLists struct {
	brands map[uint64]uint16     // brand word → families
	long   []devBrand            // brand words of devFuzzyMin+ letters, for misspellings
	parts  map[uint64][]*devPart // first token → parts
	first  hashFilter            // the keys of parts (scanDevices' first test)
	any    hashFilter            // the keys of parts and drugPenWords
	not    map[uint64]uint16     // look-alike domain word → families it vetoes
	byText map[string]*devPart   // part text → part (loading only)
}

var (
	devOnce  sync.Once
	devLists deviceLists
)

// deviceParts loads vocab/device_parts.txt once.
func deviceParts() *deviceLists {
	devOnce.Do(func() {
		d := deviceLists{brands: map[uint64]uint16{}, parts: map[uint64][]*devPart{}, not: map[uint64]uint16{}, byText: map[string]*devPart{}}
		data, err := vocabFS.ReadFile("vocab/device_parts.txt")
		if err != nil {
			panic("guard: vocab/device_parts.txt: " + err.Error())
		}
		section, fam := "", uint16(0)
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if line[0] == '[' && line[len(line)-1] == ']' {
				f := strings.Fields(line[1 : len(line)-1])
				section, fam = f[0], 0
				if len(f) > 1 {
					fam = devFamilyNames[f[1]]
					if fam == 0 {
						panic("guard: vocab/device_parts.txt: unknown family " + f[1])
					}
				}
				continue
			}
			switch section {
			case "brand":
				name, fams, _ := strings.Cut(line, ":")
				var m uint16
				for _, f := range strings.Fields(fams) {
					if devFamilyNames[f] == 0 {
						panic("guard: vocab/device_parts.txt: unknown family " + f)
					}
					m |= devFamilyNames[f]
				}
				name = strings.TrimSpace(name)
				d.brands[hstr(name)] |= m
				if len(name) >= devFuzzyMin {
					d.long = append(d.long, devBrand{name, m})
				}
			case "part", "strong":
				p := d.byText[line]
				if p == nil {
					p = &devPart{toks: termTokens(line)}
					if len(p.toks) == 0 {
						continue
					}
					d.byText[line] = p
					d.parts[p.toks[0]] = append(d.parts[p.toks[0]], p)
				}
				p.fam |= fam
				if section == "strong" {
					p.strong |= fam
				}
			case "not":
				d.not[hstr(line)] |= fam
			}
		}
		d.byText = nil
		for h := range d.parts {
			d.first.add(h)
			d.any.add(h)
		}
		drugPenWords.each(d.any.add)
		devLists = d
	})
	return &devLists
}

// devPartAt: the longest part word or phrase starting at token i (its
// last token and the part), in one sentence.
func (s *scanner) devPartAt(d *deviceLists, i int) (int, *devPart) {
	if !d.first.may(s.toks[i].h) {
		return -1, nil
	}
	ps := d.parts[s.toks[i].h]
	var best *devPart
	end := -1
	for _, p := range ps {
		j := i + len(p.toks) - 1
		if j >= len(s.toks) || j <= end {
			continue
		}
		ok := true
		for k := 1; k < len(p.toks); k++ {
			if s.toks[i+k].h != p.toks[k] || s.toks[i+k].sent {
				ok = false
				break
			}
		}
		if ok {
			best, end = p, j
		}
	}
	return end, best
}

// devVeto: the families a look-alike domain word anywhere in the notice
// rules out.
func (s *scanner) devVeto(d *deviceLists) uint16 {
	var v uint16
	for k := range s.toks {
		v |= d.not[s.toks[k].h]
	}
	return v
}

// devStopBetween: a stop word between brand i and the part a..b ("The
// Guardian reports on sensors"): the part is another phrase's, not the
// product line's ("Guardian 4 sensors", "Esteem+ flex convex pouches",
// "procesador de sonido Nucleus" — the part's own words are not between).
func (s *scanner) devStopBetween(i, a, b int) bool {
	lo, hi := i+1, a-1
	if a < i {
		lo, hi = b+1, i-1
	}
	for k := lo; k <= hi; k++ {
		if s.fl(k)&wStop != 0 {
			return true
		}
	}
	return false
}

// verbNext: words that follow a brand word used as a verb ("Inspire your
// team", "Guardian the …" does not occur; "Contour your face").
var devVerbNext = wordSetTab("your you the a an our their his her them us me this these every everyone yourself")

// drugPenWords: what a misspelled drug comes before in device.drug_pen.
var drugPenWords = wordSetTab("pen pens injection injections syringe syringes autoinjector autoinjectors injector injectors")

// drugPenFilter: drugPenWords' hashes (scanDevices' first test).
var drugPenFilter = tabsFilter(drugPenWords)

// devFuzzyMin: brand words this long are matched one edit away too
// ("Omnipad 5 pods", "Hollistor flanges"), when the word is in no
// vocabulary.
const devFuzzyMin = 6

// devBrandFamilies: the families of the brand word at token i, or of the
// brand word it is one edit from (typo).
func (s *scanner) devBrandFamilies(d *deviceLists, i int) (fb uint16, typo bool) {
	t := &s.toks[i]
	if fb := d.brands[t.h]; fb != 0 {
		return fb, false
	}
	if len(t.low) < devFuzzyMin || t.cls&tAlpha == 0 || t.w != nil || s.general(i) || s.g.gen.extended(t.h) {
		return 0, false
	}
	for _, b := range d.long {
		if editDistance(t.low, b.low, 1) <= 1 {
			fb |= b.fam
		}
	}
	return fb, true
}

func (s *scanner) scanDevices() {
	n := len(s.toks)
	if n == 0 {
		return
	}
	d := deviceParts()
	// first test: a token that may open a part word or be a pen word
	// (one bit of d.any each); most notices have none and stop here
	if s.fbAll&fbDevAny == 0 { // tokfilter.go: d.any's bit of some token
		return
	}
	veto := uint16(0xffff) // not yet computed
	vetoed := func(f uint16) bool {
		if veto == 0xffff {
			veto = s.devVeto(d)
		}
		return f&^veto == 0
	}
	// part words of the notice
	hits := s.devHits[:0]
	toks := s.toks
	for i := 0; i < n; i++ {
		// d.first (tokfilter.go): the other words passed over in a loop
		// of their own, with no call to spill its values for (helper
		// SPEED16)
		for i < n && (toks[i].cls&tAlpha == 0 || toks[i].fb&fbDevFirst == 0) {
			i++
		}
		if i == n {
			break
		}
		if j, p := s.devPartAt(d, i); p != nil {
			hits = append(hits, devHit{i, j, p})
		}
	}
	s.devHits = hits
	// device.drug_pen: "Humera pen delivery"
	for i := 0; i+1 < n; i++ {
		for i+1 < n && toks[i+1].fb&fbDrugPen == 0 { // drugPenFilter (tokfilter.go), in a loop of its own (helper SPEED16)
			i++
		}
		if i+1 >= n {
			break
		}
		if h := s.toks[i+1].h; !drugPenWords.get(h) {
			continue
		}
		t := &s.toks[i]
		if s.used[i] || t.cls&tAlpha == 0 || len(t.low) < fuzzyMin || s.gap(i+1) != " " || s.toks[i+1].sent || t.w != nil && len(t.w.phrases) > 0 {
			continue
		}
		if s.g.gen.english(t.h) || s.g.gen.extended(t.h) || s.p != nil && (s.p.isTemplate(t.h)) {
			continue
		}
		if k, ok := s.g.fuzzy.lookup(t.low); ok && k == KindMedication {
			s.addTok(i, i, KindMedication, "device.drug_pen", 0.7, "is one or two letters from a medication name and comes before a pen, injection or syringe word")
		}
	}
	if len(hits) == 0 {
		return
	}
	// device.brand
	for i := 0; i < n; i++ {
		t := &s.toks[i]
		if s.used[i] || t.cls&(tCap|tUpper) == 0 {
			continue
		}
		fb, typo := s.devBrandFamilies(d, i)
		if fb == 0 {
			continue
		}
		if i+1 < n && devVerbNext.get(s.toks[i+1].h) && !s.toks[i+1].sent {
			continue
		}
		if s.p != nil && (s.p.isTemplate(t.h)) {
			continue
		}
		for _, h := range hits {
			if h.a == i || h.p.fam&fb == 0 || h.a > i+5 || h.b < i-2 {
				continue
			}
			a, b := min(i, h.a), max(i, h.b)
			if !s.sameSentence(a, b) || vetoed(h.p.fam&fb) || s.devStopBetween(i, h.a, h.b) {
				continue
			}
			if typo {
				// a word in no vocabulary may be a name as much as a
				// brand: the announcement rule keeps it (announce.go)
				s.addTok(a, b, KindProcedure, "device.brand_typo", 0.7, "is one letter from the name of a maker of "+devFamilyNoun(h.p.fam&fb)+" and comes beside one of its part words")
			} else {
				s.addTok(a, b, KindProcedure, "device.brand", 0.75, "names a maker of "+devFamilyNoun(h.p.fam&fb)+" beside one of its part words")
			}
			break
		}
	}
	// device.parts
	cue := false
	if _, ok := s.noticeCue(); ok {
		cue = true
	}
	for x, h := range hits {
		if h.p.strong == 0 || s.used[h.a] {
			continue
		}
		fam := uint16(0)
		if cue {
			fam = h.p.strong
		}
		for y, o := range hits {
			if y == x || o.p == h.p || o.b >= h.a && o.a <= h.b {
				continue
			}
			if f := o.p.fam & h.p.strong; f != 0 && s.sameSentence(min(h.a, o.a), max(h.b, o.b)) {
				fam |= f
			}
		}
		if fam == 0 || vetoed(fam) {
			continue
		}
		s.addTok(h.a, h.b, KindProcedure, "device.parts", 0.7, "is a part of "+devFamilyNoun(fam&^veto)+", named beside another part or a health cue")
	}
}
