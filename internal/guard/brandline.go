package guard

// Product lines after a listed brand, media titles of vocab/brands.txt,
// and listed brands the medical dictionary holds (issue 15, night of
// 2026-12-04: dev27, dev28; helper BR2; a false-positive cut, no finding).
//
// Shop notices name a brand and then its product line in capitals:
// "Olay Regenerist serum", "Neutrogena Ultra Sheer sunscreen", "Pampers
// Swaddlers Size 2", "Clinique Moisture Surge 100H", "Dr. Dennis Gross
// Alpha Beta peel pads". The line's words are in no list, so the name
// rules read "Olay Regenerist" as a given and a family name. brandLine
// extends a listed [title] or [brand] name of brands.txt over up to four
// more capitalised words in the same sentence (numbers between them
// allowed: "Similac 360 Total Care"); the extension stops at a stop word,
// a title, a given or family name of the lists that is no common word
// ("Olay for Maria Lopez", "Dove Maria Lopez": the name stays reported)
// and at a care word of product.go (careWord: a clinical, supply,
// association or tenant term, appointment, refill…), which then stays
// outside the name and keeps every name rule of the notice (markBrands'
// care check). The extended name goes through the same acceptance
// (brandAccept) as the listed one.
//
// brands.txt's [media] section lists titles of video games, films and
// books that hold a clinical or personal word ("Tropic of Cancer",
// "Trauma Center: New Blood", "Surgeon Simulator", "Plague Inc"). Such a
// title is taken only in media wording (a media word of goods_heads.txt
// or brandMediaWords in its sentence: paperback, DVD, game, juego, Switch,
// Steam…) and, as every listed name, with no care word elsewhere in the
// notice; then no name rule reports its words and a clinical term inside
// it other than a medication or device is not reported (words.go). Known
// cost: a recipient's condition written as a listed title, beside a media
// word, with no other care word ("Your Tropic of Cancer paperback") passes
// — the title is the book's.
//
// A listed [title] or [brand] name is not a dictionary.term (sysvocab.go):
// "Similac", "Haribo", "Pringles" are in the operator's medical dictionary
// and read as a drug where they are the item. brands.txt holds no
// medication or device brand (TestBrandListNoDrugs).

import "strings"

// s.prod marks of this file (prodName 1, prodClinical 2, prodBrand 8)
const (
	prodListed uint8 = 1 << 6 // a word of a listed [title] or [brand] name
	prodMedia  uint8 = 1 << 7 // a word of a [media] title taken in media wording
)

// brandLine returns the last token of the product line after a listed
// name ending at b, or -1 when none follows (see the file comment).
func (s *scanner) brandLine(b int) int {
	n := len(s.toks)
	end := -1
	for k := b + 1; k < n && k <= b+5; k++ {
		t := &s.toks[k]
		if t.sent {
			break
		}
		g := s.gap(k)
		initial := k == b+1 && g == ". " && len(s.toks[b].low) == 1 && s.toks[b].cls&tUpper != 0 // "Liquid I.V. Hydration Multiplier"
		if g != " " && g != "-" && g != "' " && g != "\u2019 " && g != "+ " && !initial {
			break
		}
		if t.cls&tAlpha == 0 {
			if t.cls&tDigit != 0 {
				continue // "Similac 360 Total Care"
			}
			break
		}
		// a listed name inside the line ("Ben & Jerry's Cherry Garcia")
		if e := s.brandAt(k); e >= 0 {
			end, k = e, e
			continue
		}
		f := s.fl(k)
		if !s.isCapWord(k) || f&(wStop|wTitle|wGreeting|wNameCue) != 0 || f&(wFirst|wLast) != 0 && f&wCommon == 0 || s.careWord(k, false) {
			break
		}
		end = k
	}
	return end
}

// brandMediaTitle reports whether a [media] title a..b stands in media
// wording: a media word in its sentence.
func (s *scanner) brandMediaTitle(a, b int) bool {
	return s.brandMedia(a, b)
}

// markListed marks the words of a listed name a..lend (prodListed) and of
// a media title a..media (prodMedia); -1: none.
func (s *scanner) markListed(a, lend, media int) {
	for k := a; k <= lend; k++ {
		s.prod[k] |= prodListed
	}
	for k := a; k <= media; k++ {
		s.prod[k] |= prodMedia
	}
}

// listedBrand reports whether token i is a word of a listed [title] or
// [brand] name taken by markBrands.
func (s *scanner) listedBrand(i int) bool {
	return i >= 0 && i < len(s.prod) && s.prod[i]&prodListed != 0
}

// mediaTitle reports whether tokens i..j all lie in a [media] title taken
// by markBrands.
func (s *scanner) mediaTitle(i, j int) bool {
	if i < 0 || j >= len(s.prod) {
		return false
	}
	for k := i; k <= j; k++ {
		if s.prod[k]&prodMedia == 0 {
			return false
		}
	}
	return true
}

// brandAt returns the last token of a listed [title] or [brand] name
// written at token k, or -1.
func (s *scanner) brandAt(k int) int {
	for _, e := range brandWords.first[s.toks[k].h] {
		if e.media {
			continue
		}
		if end, ok := s.brandMatch(k, e); ok {
			return end
		}
	}
	return -1
}

// brandListItem reports whether the name a..b is a middle item of a comma
// list ("Items: Ben & Jerry's Cherry Garcia, Sara Lee Butter Bread,
// Newman's Own marinara"): a comma or the list's colon right before it and
// a comma right after it (after "to:", "for:", "name:" brandAccept's
// person checks come first: "Ship to: Kate Spade, 12 Main St"). Such a
// name does not end a clause as a person's name would ("Ship to: Kate
// Spade."); a name made only of listed given and family names is still a
// person's there (brandAccept).
func (s *scanner) brandListItem(a, b int) bool {
	if a == 0 || b+1 >= len(s.toks) || s.toks[a].sent {
		return false
	}
	g := strings.TrimSpace(s.gap(a))
	return (g == "," || g == ":") && strings.HasPrefix(strings.TrimSpace(s.gap(b+1)), ",")
}

// consumerQualifiers make an ambiguous supply word consumer goods:
// "audífonos inalámbricos" are earphones, "wireless earbuds" no hearing
// aid.
var consumerQualifiers = wordSetTab("inalambricos inalambrico bluetooth wireless gamer gaming usb")

// consumerQualified reports whether care word k is an ambiguous clinical
// word (only ambiguous: careWord with ambiguous words allowed says no)
// right before or after a consumer qualifier.
func (s *scanner) consumerQualified(k int) bool {
	if s.careWord(k, true) {
		return false
	}
	n := len(s.toks)
	return k+1 < n && !s.toks[k+1].sent && consumerQualifiers.get(s.toks[k+1].h) ||
		k > 0 && !s.toks[k].sent && consumerQualifiers.get(s.toks[k-1].h)
}

// quotedTitleEnd reports whether a quotation closes right after token k.
func (s *scanner) quotedTitleEnd(k int) bool {
	n := len(s.toks)
	nx := ""
	if k+1 < n {
		nx = s.toks[k+1].low
	}
	return quoteClose(s.gap(k+1), nx, k+1 >= n)
}

// colonTitle reads a title with a colon subtitle at token i: one to four
// capitalised words, ": ", one to six capitalised words or numbers (glue
// words between), then a media or platform word in parentheses or right
// after ("Lara Croft: Tomb Raider (DVD)", "Sherlock Holmes: A Game of
// Shadows (Blu-ray)", "Hogwarts Legacy: Deluxe Edition (PS5)"). It
// returns the subtitle's last token. Not taken: a title whose words hold a
// care word, a name cue or a stop word before the colon ("Patient Name:
// Maria Lopez (DVD)", "Ship to: …"). The words are marked for the name
// rules only; a clinical term inside is reported as before. A first part
// made only of listed given and family names is a person's ("Maria
// Lopez: Your DVD has shipped"; known cost: "Lara Croft: Tomb Raider
// (DVD)" stays reported).
// colonAhead is colonTitle's first test without its walk: a ": " starts
// at the end of token i or later and no later than the end of token i+3
// (colonTitle needs one right after one of tokens i..i+3). *at keeps the
// first ": " at or after the end of the token last asked about (-1: not
// searched yet, -2: none left), so a field is searched about once
// (helper SPEED15; TestColonAhead).
func (s *scanner) colonAhead(i int, at *int) bool {
	if *at == -2 {
		return false
	}
	e := int(s.toks[i].e)
	if *at < e {
		k := strings.Index(s.t.s[e:], ": ")
		if k < 0 {
			*at = -2
			return false
		}
		*at = e + k
	}
	last := i + 3
	if last >= len(s.toks) {
		last = len(s.toks) - 1
	}
	return *at <= int(s.toks[last].e)
}

func (s *scanner) colonTitle(i int) (int, bool) {
	n := len(s.toks)
	ok := func(k int) bool {
		f := s.fl(k)
		return s.isCapWord(k) && f&(wNameCue|wGreeting|wTitle) == 0 && !s.careWord(k, false) && !brandPersonFor.get(s.toks[k].h)
	}
	colon := false // cheap first test: a ": " gap within the next four tokens
	for m := i + 1; m < n && m <= i+4; m++ {
		if a := s.toks[m-1].e; s.toks[m].s-a == 2 && s.t.s[a] == ':' && s.t.s[a+1] == ' ' { // s.gap(m) == ": ", by offsets
			colon = true
			break
		}
	}
	if !colon || !ok(i) || s.fl(i)&wStop != 0 || i > 0 && !s.toks[i].sent && s.isCapWord(i-1) && s.gap(i) == " " {
		return i, false
	}
	k := i
	for k+1 < n && k < i+3 && s.gap(k+1) == " " && ok(k+1) && s.fl(k+1)&wStop == 0 {
		k++
	}
	if k+1 >= n || s.gap(k+1) != ": " || s.toks[k+1].sent || s.personLike(i, k) {
		// "Maria Lopez: …" is a person's name before a colon, whatever
		// follows
		return i, false
	}
	end := -1
	for m := k + 1; m < n && m <= k+6; m++ {
		if m > k+1 && s.gap(m) != " " || s.toks[m].sent {
			break
		}
		t := &s.toks[m]
		switch {
		case ok(m) && s.fl(m)&wStop == 0:
			end = m
		case t.cls&tDigit != 0 && t.cls&tAlpha == 0 || prodGlue.get(t.h) || t.low == "a" || t.low == "the":
			if m == k+1 && t.low != "a" && t.low != "an" && t.low != "the" {
				return i, false
			}
		default:
			return i, false
		}
		// the media word after
		if end == m && m+1 < n && !s.toks[m+1].sent {
			g := s.gap(m + 1)
			h := s.toks[m+1].h
			media := s.goodsIn(goodsWords.media, &goodsWords.mediaBits, m+1) || brandMediaWords.get(h) || brandPlatform.get(h)
			if media && (g == " (" || g == " ") {
				if s.colonOccasion(k+1, end) {
					// "Okafor Nnamdi: Wedding Highlights (DVD)": a
					// person's own video, not a title
					return i, false
				}
				return end, true
			}
		}
	}
	return i, false
}

// brandPlatform are game platforms written in parentheses after a title
// ("(Wii)", "(PS5)", "(Blu-ray)"), besides brandMediaWords.
var brandPlatform = wordSetTab("wii ds 3ds gamecube pc mac ps3 ps2 ps vita psp xbox switch steam blu dvd vhs")

// colonOccasions are words of a person's own recording: a subtitle holding
// one ("Tavita Faleolo: Memorial Tribute (Blu-ray)") names the person
// before the colon, not a title (red team round 4, dev28s).
var colonOccasions = wordSetTab("wedding weddings birthday memorial tribute graduation montage highlights anniversary " +
	"funeral celebration quinceanera baptism christening recital reunion retirement slideshow")

// colonOccasion reports whether a word of tokens a..b is a colonOccasion.
func (s *scanner) colonOccasion(a, b int) bool {
	for k := a; k <= b; k++ {
		if colonOccasions.get(s.toks[k].h) {
			return true
		}
	}
	return false
}
