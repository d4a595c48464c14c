package guard

import (
	"strings"
	"unicode"
)

// headgiven.go: a lone listed given name in a notice's header slot (issue
// 15, eleventh pass, dev70h, helper HEAD11, 2026-12-05).
//
// The lone given-name rule (words.go, rule f, name.given) reads a listed
// given name only where it opens no sentence or is followed by a comma or
// an apostrophe: a capitalised word opening a sentence says nothing of a
// name. So "Maria, your package shipped today." was reported, "Maria Lopez:
// …" too (name.full), while the same patient's given name heading the
// notice passed: "Maria: your package shipped today.", "MARIA: your order
// is ready", "📦 Maria: …", "María: su pedido está listo", {"title":"Maria",
// "body":"Your order shipped"}. The header slot is where a notice names
// whom it is about or for; the name there is a Safe Harbor identifier.
//
// headGiven (asked by rule f only for a listed given name that is no
// common word, stop word, place or month — wFirst without wCommon, wStop,
// wPlace, wMonth — so it costs nothing on other tokens) reports that token
// i sits alone in a header slot:
//   - it opens the field, a line, a sentence or a JSON string value, with
//     nothing but symbols (an emoji, a bullet) between that opening and the
//     word, and is followed by ":" or a dash between spaces (snDashGap:
//     " - ", " – ", " — ") and more text; or
//   - it is the whole value of a JSON "title", "heading", "header",
//     "headline" or "subject" key (a push notification's or an e-mail's
//     title).
//
// A name before a dash and "your" that dashname.go reads itself
// (compose.dash_name: "Rahul - your claim…") is left to it.
//
// A word in capitals ("MARIA:", "JOSÉ:", an SMS header) is read in that
// slot only (rule f otherwise leaves words in capitals to the acronym and
// full-name rules), when it has three letters or more.
//
// Decision (fail closed): without context the guard cannot tell a patient's
// given name from a one-word brand named like a person ("Theo: new in your
// app…"), so both are reported. A brand stays clear when the service gives
// it: as the tenant's display name (Context.Sender, sendercontext.go) or as
// an approved term (approve.go); a listed brand (brandlist.go) is never
// read here; appbrand.go still clears a given-name brand that also stands
// in a product slot ("Theo Plus", "New in Theo"). Words that are given
// names and ordinary words or places ("Joy:", "Hope:", "Summer:",
// "Austin:", "Victoria:") stay clear, since they carry wCommon or wPlace: a
// campaign's or a branch's header.
//
// Accepted risks: a one-word brand named like a person and sent without
// its display name is blocked (dev60's and dev66a's "Theo" title over a
// generic body, previously cleared only by the display name, is now
// reported without it); a patient whose given name is also a common word
// or a place ("Joy: your order shipped") still passes in the header.

// hgKeys: JSON keys whose value is a notice's title.
var hgKeys = wordSetTab("title heading header headline subject")

// headGiven: token i is alone in a header slot (see the file comment).
func (s *scanner) headGiven(i int) bool {
	n := len(s.toks)
	if s.brandTok(i) {
		return false
	}
	before := s.gap(i)
	after := s.gap(i + 1)
	jsonValue := i > 0 && (before == "\":\"" || before == "\": \"")
	if jsonValue && hgKeys.get(s.toks[i-1].h) && (i+1 >= n && strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "\",") || strings.HasPrefix(after, "\"}")) {
		return true // {"title":"Maria", …}
	}
	if i+1 >= n || !(strings.HasPrefix(after, ":") && !strings.HasPrefix(after, "://") || snDashGap(after)) {
		return false
	}
	if _, _, ok := s.dashName(i); ok && !strings.HasPrefix(after, ":") {
		return false // "Rahul - your claim…": dashname.go's compose.dash_name reports it
	}
	if jsonValue {
		return true // {"body":"Maria: your order…"}
	}
	// the field, a line or a sentence opens here, with symbols only
	// between that opening and the word
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	} else if i > 0 && !s.toks[i].sent {
		return false
	}
	if i > 0 && !s.toks[i].gapNL {
		// a sentence opening: keep what follows its closing mark
		k := strings.LastIndexAny(before, ".!?")
		if k < 0 {
			return false
		}
		before = before[k+1:]
	}
	for _, r := range before {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '"' || r == '\'' || r == ':' || r == ',' {
			return false
		}
	}
	return true
}

// headGivenRun: the one-word goods run at token a (goodsrun.go, taken
// under a JSON "title" key) is a lone listed given name in the header slot
// of an object that holds no item's key (size, colour, qty, SKU, price):
// the notice's title, not a product's.
func (s *scanner) headGivenRun(a int) bool {
	f := s.fl(a)
	if f&wFirst == 0 || f&(wCommon|wStop|wPlace|wMonth) != 0 || !s.headGiven(a) {
		return false
	}
	st := int(s.toks[a].s)
	lo := strings.LastIndexByte(s.t.s[:st], '{')
	hi := strings.IndexByte(s.t.s[st:], '}')
	if lo < 0 || hi < 0 {
		return true
	}
	obj := s.t.s[lo : st+hi]
	for _, key := range goodsRunJSONGoods {
		if strings.Contains(obj, key) {
			return false
		}
	}
	return true
}
