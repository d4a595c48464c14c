package guard

import "strings"

// appbrand.go: a brand that is one given name (issue 15, tenth pass,
// dev60/dev66a, helper APP10, 2026-12-05).
//
// Some tenants are named like a person: a teletherapy app "Theo", an
// assistant "Jasper", a budgeting app "Mia". Without the tenant's display
// name (Context.Sender, sendercontext.go, which clears them in production)
// name.given reads every such word that opens no sentence as the reader's
// given name: "Theo: Theo Plus now includes unlimited messaging…", "Subject:
// A note from Theo Billing", "New in Theo: dark mode…", {"title":"Theo",
// "body":"You have an unread message. Sign in to view."}, {"event":
// "invoice.paid","text":"Theo invoice TH-INV-21004 paid: $59.00"}.
//
// dropAppBrand (called by finish, only when the field has a name.given
// finding) drops the name.given findings of a field when all of these hold:
//
//   - every finding of the field is a name.given on one and the same word G
//     (no other finding, no repeat of the recipient's identity);
//   - every occurrence of G in the field sits in a brand slot, and at
//     least one in a product slot (or G's own code series): before a
//     word of a plan, product or department (abPlan: Plus, Premium, Pro,
//     Billing, Support, Team, app, membership…: "Theo Plus", "Mia
//     Billing", "the Nora app"); after "New in" ("New in Theo:"); as the
//     whole value of a JSON "title" (a push notification's title is the
//     app's name); opening the field or a line before ":" or a dash ("Theo:
//     …") — these two header slots alone are not enough, since a reader's
//     name can head a notice too; or before a word of the reader's paperwork (abPaper: invoice,
//     receipt, statement, account) only when the code after it starts with
//     G's first two letters (the sender's own series, "Theo invoice
//     TH-INV-21004") or G is also in one of the other slots;
//   - no occurrence of G is addressed or a person's: after a greeting or a
//     title, after a name cue or one of abPerson (for, to, with, patient…)
//     unless a capitalised plan word follows ("Upgrade to Theo Premium",
//     "charged for Theo Plus"), or a vocative ("Theo, your…" opening a sentence, a line or
//     a JSON value; "…is ready, Theo.");
//   - the notice says nothing of care: no care word, kin word, care cue,
//     date-person word or careWord (health cues, care goods, clinical and
//     association phrases) anywhere (snCareOutside's test over every token,
//     scheduling words included: {"title":"Theo","body":"Your appointment
//     is tomorrow"} stays blocked), but a cue word that is no clinical word
//     right before a noun of the app's screen (abUI: screen, page, tab,
//     widget…: "a redesigned home screen", "a calendar widget"), which
//     names a part of the app ("your therapy page", "your results page"
//     stay blocked).
//
// Still blocked: a name title over the reader's results or appointment
// ({"title":"Theo","body":"Your lab results are ready"}), the reader
// addressed ("Hi Theo", "Theo, our app update is live", "Thanks Theo!"),
// the plan beside the reader's diagnosis, drug or session ("Theo Plus: your
// depression screening…": those have their own findings), "Talk with Theo,
// anytime" (after "with" a given name is a clinician as often as an app:
// dev60-clean-009 stays reported), a patient's name after an invoice
// ("Maria invoice INV-2 paid") unless the series is hers by letters.
//
// A header alone stays reported (the lead's tightening after the merge): a
// title or a "Name:" header may name the reader; dev60-clean-026, the app's
// title over a generic body with no product slot, is left to the tenant's
// display name. Accepted risk: a given name before a plan word
// with no care said ("Maria Plus renews Monday") passes: it names a person
// with nothing of their health; the care check fails closed on every care
// word. Speed: runs only on a field whose findings are all
// name.given.

// abPlan: words after the brand that make it a plan, product or department.
var abPlan = wordSetTab("plus premium pro max lite basic unlimited billing support team help helpdesk app apps " +
	"membership memberships subscription subscriptions rewards store shop wallet pay update updates gift")

// abPaper: paperwork words after the brand that may as well be the reader's.
var abPaper = wordSetTab("invoice invoices receipt receipts statement statements account")

// abGreet: greetings before a given name: the reader addressed.
var abGreet = wordSetTab("thanks thank dear hi hello hey hola")

// abPerson: words before a given name that make it a person's.
var abPerson = wordSetTab("for to with thanks thank dear hi hello hey hola patient paciente para con cc attn")

// dropAppBrand removes the name.given findings on a brand that is one
// given name (see the file comment).
func (s *scanner) dropAppBrand(fs []ifind) []ifind {
	if len(fs) == 0 {
		return fs
	}
	var h uint64
	for _, f := range fs {
		if f.readerTied() || f.rule != "name.given" {
			return fs
		}
		m := s.tokAt(f.a, f.b)
		if m < 0 || h != 0 && s.toks[m].h != h {
			return fs
		}
		h = s.toks[m].h
	}
	strong := false
	for m := range s.toks {
		if s.toks[m].h != h {
			continue
		}
		slot := s.abSlot(m)
		if slot == 0 || s.abAddressed(m) {
			return fs
		}
		if slot == 3 {
			strong = true
		}
	}
	if !strong && !s.abOwnSeries(h) {
		return fs
	}
	for m := range s.toks {
		h := s.toks[m].h
		if s.sdTradeUse(m) {
			continue
		}
		if careBits.may(h) && (careWords.get(h) && !snTrade.get(h) || careKin.get(h)) || s.sdCareTok(m) && (s.fl(m)&wDatePerson != 0 || !s.abUIWord(m)) || s.careWord(m, false) {
			return fs
		}
	}
	return fs[:0]
}

// abUI: nouns of an app's screen; a word before one names a part of the
// app ("home screen", "calendar widget"), not care.
var abUI = wordSetTab("screen screens page pages tab tabs feed widget widgets button buttons icon icons menu")

// abUIWord: token m is the first word of an app part ("home screen").
func (s *scanner) abUIWord(m int) bool {
	return m+1 < len(s.toks) && s.gap(m+1) == " " && abUI.get(s.toks[m+1].h)
}

// tokAt: the index of the one token spanning bytes a..b, or -1.
func (s *scanner) tokAt(a, b int) int {
	for m := range s.toks {
		if int(s.toks[m].s) == a && int(s.toks[m].e) == b {
			return m
		}
		if int(s.toks[m].s) > a {
			break
		}
	}
	return -1
}

// abSlot: 3 when token m is in a product slot (before a plan word, after
// "New in"), 2 in a header slot (a JSON title, "Theo: …"), 1 before a
// paperwork word (abPaper), 0 elsewhere (see the file comment).
func (s *scanner) abSlot(m int) int {
	n := len(s.toks)
	if s.toks[m].cls&tCap == 0 || s.toks[m].cls&tUpper != 0 {
		return 0
	}
	after := s.gap(m + 1)
	if m+1 < n && after == " " && !s.toks[m+1].sent {
		if abPlan.get(s.toks[m+1].h) {
			return 3
		}
		if abPaper.get(s.toks[m+1].h) {
			return 1
		}
	}
	if m >= 2 && s.toks[m-1].low == "in" && s.toks[m-2].low == "new" && s.gap(m) == " " && s.gap(m-1) == " " {
		return 3 // "New in Theo:"
	}
	before := s.gap(m)
	if m > 0 && s.toks[m-1].low == "title" && (before == "\":\"" || before == "\": \"") && (strings.HasPrefix(after, "\",") || strings.HasPrefix(after, "\"}")) {
		return 2 // {"title":"Theo", …}
	}
	if (m == 0 && strings.TrimSpace(before) == "" || s.toks[m].gapNL) && (strings.HasPrefix(after, ":") || snDashGap(after)) {
		return 2 // "Theo: …"
	}
	return 0
}

// abAddressed: token m is the reader addressed or a person named (see the
// file comment).
func (s *scanner) abAddressed(m int) bool {
	if m > 0 {
		p := s.toks[m-1].h
		if abGreet.get(p) || s.fl(m-1)&(wGreeting|wTitle) != 0 {
			return true // "Hi Theo", "Dr. Theo", even before "Plus"
		}
		// "Upgrade to Theo Premium", "for Theo Plus": a capitalised plan
		// word after it makes the name a product's after for, to, with
		plan := m+1 < len(s.toks) && s.gap(m+1) == " " && abPlan.get(s.toks[m+1].h) && s.toks[m+1].cls&(tCap|tUpper) != 0
		if !plan && (abPerson.get(p) || snBefore.get(p) || s.fl(m-1)&wNameCue != 0) {
			return true
		}
	}
	after := s.gap(m + 1)
	if strings.HasPrefix(after, ",") {
		before := strings.TrimSpace(s.gap(m))
		if m == 0 || s.toks[m].sent || s.toks[m].gapNL || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, ":") {
			return true // "Theo, your …", {"body":"Theo, …"}, "Theo Plus: Theo, …"
		}
	}
	if m > 0 && strings.HasPrefix(s.gap(m), ",") && (m+1 >= len(s.toks) || strings.ContainsAny(strings.TrimSpace(after), ".!?\"") && strings.TrimSpace(after) != "") {
		return true // "…is ready, Theo."
	}
	return false
}

// abOwnSeries: a paperwork word after the brand word h is followed by a
// code that starts with the brand's first two letters ("Theo invoice
// TH-INV-21004").
func (s *scanner) abOwnSeries(h uint64) bool {
	for m := 0; m+2 < len(s.toks); m++ {
		if s.toks[m].h != h || !abPaper.get(s.toks[m+1].h) || s.gap(m+2) != " " {
			continue
		}
		code := s.toks[m+2].low
		brand := s.toks[m].low
		if len(code) >= 2 && len(brand) >= 2 && s.toks[m+2].cls&tUpper != 0 && code[:2] == brand[:2] {
			return true
		}
	}
	return false
}
