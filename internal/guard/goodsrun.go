package guard

// Goods runs: capitalised product names of brands no list has (issue 15,
// seventh pass, dev33; helper GOODS, 2026-12-04).
//
// Shop notices name their goods as runs of capitalised words ("Cybex Priam
// stroller frame", "Oakley Sutro Lite (Prizm Road)", "Transparent Labs
// Creatine HMB (Black Cherry)", "Sony WH-1000XM5", "Moscot Lemtosh 46
// (Tortoise)"), and a new shop brings brands no list holds, so the name
// rules read two unknown capitalised words as a person (name.capitalized,
// name.given, frame.name). product.go takes such a run only after
// "your"/"su"/"tu" or a lead and with a listed goods head; brandlist.go only
// after a listed brand. markGoodsRun takes the run by its structure:
//
//   - the notice is about goods: an order, item, pedido, cart, stock,
//     pickup, sale, price, shipping word (goodsRunCue, goods_heads.txt's
//     [frame]) or a price ("$", "€");
//   - the run is one to six capitalised words, model codes and numbers in
//     one sentence, joined by a space, a hyphen, " + " or " & " ("Ray-Ban",
//     "Aden + Anais", "Maui Jim & Costa");
//   - product evidence stands in or right beside it: a model code in it
//     (letters with digits: RB4165, OO9102, ISO100, Extend2Fit, V2, C4; or a
//     number of up to four digits after two capitalised words: "Garmin
//     Forerunner 265", "Cybex Priam 4"), a parenthesised attribute after it
//     ("(Natural)", "(Black Cherry)", "(Gwen - sage green)") holding no care
//     word, pronoun or kinship word and no lone two-digit number (an age), a size or count ("2 lb", "30 serv", "0-3M", "x2", "2-pack"), a
//     price (" $279", " - $349"), a goods head after it (goods_heads.txt
//     [goods] and goodsRunHeads: stroller, frame, earbuds, sunglasses,
//     whey…; after at most two lower-case words: "running watch"), a goods
//     head before it ("audífonos Sony", "silla alta Stokke", "lentes de sol
//     Ray-Ban"), a sale's discount before it ("25% off Sennheiser …", "30%
//     en Maui Jim", "Save 15% on Brita Elite …", "Save $5 on Pure Leaf …"), a " - " attribute of capitalised words ending a list
//     item or table cell ("Transparent Labs Creatine HMB - Black Cherry") or
//     followed by a size or price, or a JSON string that is a product (under
//     "product"/"item"/"title"/"model", in an "items" array, or a "name" in
//     an object with a size, colour, flavour, qty, SKU or price key). A run
//     of one word needs a code of its own or a JSON product key;
//   - a run with no evidence of its own joined to one that has it by a
//     comma, "and", "y", "or", "&" or "+" is an item of the same list when
//     it has three words or more or a word of ordinary English ("Maui Jim
//     Peahi, Costa Fantail Pro and Oakley Sutro Lite"); two words in no list
//     ("…, Okonkwo Adebayo, …") are not taken that way.
//
// Such a run (and its attribute) is a product: its tokens are marked
// prodName|prodBrand|prodGoods, so no name rule reports them and
// frame.unknown and the noticeCues of frame.go do not read them, and
// dropGoodsRun drops afterwards a name finding, frame.name or
// frame.unknown lying wholly in one, a lab test's near-spelling there
// (frame.misspelling: "Creatine"), a one-word lab test written as a word
// that is not the run's first ("PF Daily Electrolytes", were electrolyte
// not a [care] word), and a model code's digits read as an identifier
// ("WH-1000XM5": identifier.alnum). It fails closed — no run of the notice
// is taken — where the notice holds a care word (brandCares: a clinical,
// supply, association or tenant term, appointment, patient, member,
// claim, prescription, refill, [care] words…), except an order code's
// letters ("Pedido LH-21577": ordercode.go), a link's words, a JSON "name"
// key, an adjective right after a goods head ("silla alta") and, inside a
// run with evidence and not its first word, a capitalised cue word or
// lab-test word ("Transparent Labs"). So "Dexcom G7 sensors (3-pack)",
// "Omnipod 5 pods", "A1C", "member ID … for your Quenby X7" keep every
// finding. A single run is refused when:
//
//   - it holds a listed given and family name ("Maria Lopez 2 boxes",
//     "Olay Maria Lopez gift set"), or starts with a listed given name that is no family name and no common
//     word before a word in no list ("Marisol Vega");
//   - the word before is a greeting, a title, a name cue or a person's slot
//     (for, to, by, para, de, customer, ship, recipient, patient, member…:
//     personSlotBrand, goodsRunPersonBefore; not a JSON "name" key): "Order
//     for Maria Lopez", "Hi Priya Raman";
//   - it is one listed given name heading the notice as its JSON "title"
//     in an object with no item's key ({"title":"Maria","body":"Your order
//     shipped"}: headgiven.go's headGivenRun);
//   - a colon follows it (a heading: "Okonkwo Nnamdi: your order"), a dose
//     unit follows it ("Kloxxado 8 mg", "Synthroyd 75 mcg": a misspelled
//     drug), a house number precedes it, a street abbreviation or unit word
//     is in it ("Apt 12C"), or a personalisation or occasion word of
//     goods_heads.txt [personal] is in it or within three words after it
//     ("Keanu Halvorsen keepsake blanket", "photo book"; "Baby" as a
//     capitalised word of a name aside).
//
// Words outside the run are judged as before: "Marisol Vega picked up …"
// (a person's verb after her name is no evidence), "Hi Priya Raman, your
// Cybex order", "… shipped to Daniel Okafor".
//
// Known costs: a person's name in no list written like a product, with
// product evidence beside it ("Shipped: Okonkwo Adebayo 2 boxes"), passes;
// a brand whose words are ambiguous care words ("audífonos" — headphones
// or hearing aids —, "Echo", "electrolyte") keeps the notice's findings.
import "strings"

// goodsRunCue: words that make a notice one about goods (beside
// goods_heads.txt's [frame] words and a price).
var goodsRunCue = wordSetTab("order orders ordered item items pedido pedidos cart carrito wishlist stock stocked restocked " +
	"pickup pick recoger sale sales rebajas descuento clearance price prices precio total subtotal qty quantity sku " +
	"shipped ships shipping envío envio enviado enviamos camino delivered delivery entrega purchase compra " +
	"store tienda tiendas warranty exchange exchanged receipt product products producto launched dropped landed " +
	"available disponible off save gift guide new nuevo nueva confirmed confirmado confirmada showroom display")

// goodsRunHeads: goods heads after (or, in Spanish, before) a run that
// goods_heads.txt does not hold; no care word (TestGoodsRunHeads).
var goodsRunHeads = wordSetTab("stroller strollers frame frames earbuds headphones headphone sunglasses glasses " +
	"seat swaddle swaddles sleepsack bassinet crib cot rocker carrier bouncer highchair chair " +
	"whey isolate creatine preworkout pre-workout workout watch band tracker speaker speakers " +
	"earplugs plugs lenses shades goggles stick sticks shaker bottle " +
	"silla carriola cuna audífonos audifonos auriculares tapones lentes creatina proteína proteina " +
	"cochecito portabebés mochila gafas anteojos reloj " +
	"top tops tee tees clog clogs pant pants jogger joggers jacket jackets shoe shoes sneaker sneakers")

// goodsRunUnits: a size or count after a run ("2 lb", "30 serv").
var goodsRunUnits = wordSetTab("lb lbs oz ml l g kg serv servings serving ct count pack pk sticks scoops cajas boxes " +
	"pairs pair pares unidades units pcs pieces")

// goodsRunPersonBefore: words before a run that make it a person's name.
var goodsRunPersonBefore = wordSetTab("for to by para from de del dear hi hello hola estimado estimada " +
	"customer cliente recipient attn attention ship holder name nombre patient member " +
	"paciente afiliado buyer")

// prodGoods marks a word of a goods run in s.prod (besides prodName and
// prodBrand): dropGoodsRun reads it.
const prodGoods uint8 = 1 << 2

// goodsRunMax bounds the runs a notice is read for (no allocation: a fixed
// array on the scanner's stack frame).
const goodsRunMax = 24

// markGoodsRun finds the goods runs of the token list (see the file
// comment) and marks their tokens in s.prod.
func (s *scanner) markGoodsRun() {
	n := len(s.toks)
	s.goodsNote = 0
	if n < 3 {
		return
	}
	s.goodsNote = 1 // asked: no
	if !s.goodsRunNotice() {
		return
	}
	s.goodsNote = 2 // asked: yes
	if !s.goodsRunMay() {
		return
	}
	var runs [goodsRunMax][2]int
	var ev [goodsRunMax]bool
	nr := 0
	ci := 0 // cursor into capToks (nextCap)
	for k := 0; k < n && nr < goodsRunMax; k++ {
		// (the words with no capital passed over: capToks, helper SPEED16)
		if k = s.nextCap(k, &ci); k == n {
			break
		}
		if !s.goodsRunStart(k) {
			continue
		}
		a, b := k, k
		for b+1 < n && b-a < 5 && !s.toks[b+1].sent && goodsRunGap(s.gap(b+1)) && s.goodsRunWord(b+1) {
			b++
		}
		k = b
		if s.goodsRunNot(a, b) || s.goodsRunPerson(a, b) {
			continue
		}
		runs[nr] = [2]int{a, b}
		// one word alone ("Total $289.96") has evidence only by a list it
		// is in: its own (goodsRunEvidence reads, never marks) is not read
		ev[nr] = !(a == b && s.toks[a].cls&tMixed == 0 && !s.goodsRunJSON(a)) && s.goodsRunEvidence(a, b)
		if attr := s.goodsRunAttr(b); len(attr) > 0 {
			k = attr[len(attr)-1] // the attribute opens no run ("(Sin sabor)")
			runs[nr][1] = -1 - k  // its end joins the next run (goodsRunJoined)
		}
		nr++
	}
	// a run joined to a product run by "and", "y", "&" or a comma is an
	// item of the same list ("Garmin Forerunner 265 and Coros Pace 3",
	// "Maui Jim Peahi and Costa Fantail Pro sunglasses")
	for changed := true; changed; {
		changed = false
		for r := 0; r+1 < nr; r++ {
			if ev[r] != ev[r+1] && s.goodsRunJoined(goodsRunEnd(runs[r][1]), runs[r+1][0]) {
				o := r // the run without evidence of its own
				if ev[r] {
					o = r + 1
				}
				if s.goodsRunListItem(runs[o][0], goodsRunEnd(runs[o][1])) {
					ev[o], changed = true, true
				}
			}
		}
	}
	some := false
	for r := 0; r < nr; r++ {
		some = some || ev[r]
	}
	if !some || s.goodsRunCares(runs[:nr], ev[:nr]) {
		return
	}
	s.prodMarks()
	for r := 0; r < nr; r++ {
		if !ev[r] {
			continue
		}
		a, b := runs[r][0], runs[r][1]
		if b < 0 { // a run with an attribute: its own end again
			b = s.goodsRunOwnEnd(a, goodsRunEnd(b))
		}
		for j := a; j <= b; j++ {
			s.prod[j] |= prodName | prodBrand | prodGoods
		}
		// the parenthesised or " - " attribute after it ("(Gwen - sage
		// green)", "- Seafoam") is the product's too
		for _, j := range s.goodsRunAttr(b) {
			s.prod[j] |= prodName | prodBrand | prodGoods
		}
	}
}

// goodsRunMay reports whether some run of the field may have evidence of
// its own, markGoodsRun's first condition for marking anything (helper
// SPEED2): a run of two words or more, or of one word that is a code with
// letters and digits or opens a JSON string (one word alone has evidence
// only by a list it is in, and a list needs a run with evidence). It reads
// the runs as markGoodsRun does, but takes every run: markGoodsRun drops
// some (goodsRunNot, goodsRunPerson) and skips an attribute's words after
// the ones it keeps, yet each run it reads is one read here or lies inside
// a longer one read here (a run's end depends only on its start), so when
// no run here qualifies none there has evidence, and the walk over
// goodsRunNot, goodsRunPerson, goodsRunEvidence and goodsRunAttr is
// skipped. Prose fields ("Questions? Call us", "Thank you") end here.
func (s *scanner) goodsRunMay() bool {
	n := len(s.toks)
	ci := 0 // cursor into capToks (nextCap)
	for k := 0; k < n; k++ {
		// (the words with no capital passed over: capToks, helper SPEED16)
		if k = s.nextCap(k, &ci); k == n {
			break
		}
		if !s.goodsRunStart(k) {
			continue
		}
		b := k
		for b+1 < n && b-k < 5 && !s.toks[b+1].sent && goodsRunGap(s.gap(b+1)) && s.goodsRunWord(b+1) {
			b++
		}
		if b > k || s.toks[k].cls&tMixed != 0 || s.goodsRunJSON(k) {
			return true
		}
		k = b
	}
	return false
}

// goodsRunEnd decodes a run's end: a run followed by an attribute keeps
// -1-(the attribute's last token).
func goodsRunEnd(b int) int {
	if b < 0 {
		return -1 - b
	}
	return b
}

// goodsRunOwnEnd returns the last token of the run a.. before the
// attribute ending at e.
func (s *scanner) goodsRunOwnEnd(a, e int) int {
	b := a
	for b+1 <= e && !s.toks[b+1].sent && goodsRunGap(s.gap(b+1)) && s.goodsRunWord(b+1) && b-a < 5 {
		b++
	}
	return b
}

// goodsRunListItem reports whether a run with no evidence of its own may
// be an item of a product list: three words or more, or a word of
// ordinary English ("Costa Fantail Pro", "Quenby Stream Mini"); two words
// in no list ("Okonkwo Adebayo") may be a person named in the list.
func (s *scanner) goodsRunListItem(a, b int) bool {
	if b-a >= 2 {
		return true
	}
	for j := a; j <= b; j++ {
		if s.toks[j].cls&tAlpha != 0 && s.fl(j)&(wFirst|wLast) == 0 && s.general(j) {
			return true
		}
	}
	return false
}

// goodsRunJoined reports whether the runs ending at b and starting at a
// are items of one list: only "and", "y", "&", "+" or a comma between.
func (s *scanner) goodsRunJoined(b, a int) bool {
	if a == b+1 {
		g := strings.TrimPrefix(s.gap(a), ")")
		return g == ", " || g == " & " || g == " + "
	}
	if a == b+2 && !s.toks[a-1].sent && (s.gap(a-1) == " " || s.gap(a-1) == ") ") && s.gap(a) == " " {
		l := s.toks[a-1].low
		return l == "and" || l == "y" || l == "or" || l == "o"
	}
	return false
}

// goodsRunCares reports whether the notice holds a care word (brandCares),
// the letters of an order code aside ("Pedido LH-21577": ordercode.go).
//
// markGoodsRun is the last pass to ask for brandCares; when no pass before
// it has read them, it walks the tokens itself and stops at the first care
// word it does not excuse, instead of reading every token's careWord
// (helper SPEED2; the answer is the same).
func (s *scanner) goodsRunCares(runs [][2]int, ev []bool) bool {
	if s.caresOK {
		for _, k := range s.cares {
			if s.goodsRunCare(runs, ev, k) {
				return true
			}
		}
		return false
	}
	cinema, cinemaRead := false, false
	for k := range s.toks {
		if s.brandCareAt(k, &cinema, &cinemaRead) && s.goodsRunCare(runs, ev, k) {
			return true
		}
	}
	return false
}

// goodsRunCare reports whether the care word at k keeps the notice's
// findings (goodsRunCares: no excuse holds for it).
func (s *scanner) goodsRunCare(runs [][2]int, ev []bool, k int) bool {
	t := &s.toks[k]
	switch {
	case s.used[k]:
		return false // a link's words ("…/track/LH-20391")
	case t.cls&tUpper != 0 && s.orderCodeLetters(k, k, KindLabTest):
		return false // "Pedido LH-21577"
	case (t.low == "name" || t.low == "nombre") && k+1 < len(s.toks) && (strings.HasPrefix(s.gap(k+1), `": `) || jsonNameGap(s.gap(k+1))):
		return false // a JSON key, with or without a space (jsonitemname.go)
	case k > 0 && !t.sent && s.gap(k) == " " && t.cls&(tCap|tUpper) == 0 && goodsRunHas(&goodsRunHeads, s.toks[k-1].h) && !s.careClinical(k):
		return false // "silla alta": a goods head's own adjective
	case t.cls&tCap != 0 && (!s.careClinical(k) || s.careLabOnly(k)) && goodsRunInner(runs, ev, k):
		return false // "Transparent Labs", "PF Daily Electrolytes": a cue word or a lab test's name inside a product's run
	case s.goodsRunSenderName(k):
		return false // "Summit Mobility showroom news": the sender's name (showroom.go)
	case s.manageSettings(k):
		return false // "Manage preferences in the portal": a footer (showroom.go)
	}
	return true
}

// goodsRunInner reports whether token k is a word of a run with evidence
// other than its first.
func goodsRunInner(runs [][2]int, ev []bool, k int) bool {
	for r := range runs {
		if ev[r] && k > runs[r][0] && k <= goodsRunEnd(runs[r][1]) {
			return true
		}
	}
	return false
}

// careLabOnly reports whether token k is a one-word lab test of the
// clinical lists written as a word (five letters or more, not in capitals:
// "Creatine", not "A1C") and nothing else (no medication, device, condition,
// supply, association or tenant term, no cue or [care] word).
func (s *scanner) careLabOnly(k int) bool {
	t := &s.toks[k]
	if t.cls&tAlpha == 0 || t.cls&tUpper != 0 || len(t.low) < 5 { // "A1C", "LH", "CBC": letters that tell
		return false
	}
	if t.w == nil || s.goodsIn(goodsWords.care, &goodsWords.careBits, k) || len(s.p.terms) > 0 && len(s.p.terms[t.h]) > 0 ||
		s.fl(k)&(wDatePerson|wNameCue|wHealthCue) != 0 {
		return false
	}
	lab := false
	for _, ph := range t.w.phrases {
		switch {
		case ph.class != pClinical && ph.class != pAssoc && ph.class != pTenant:
		case ph.kind == KindLabTest && len(ph.toks) == 1:
			lab = true
		default:
			return false
		}
	}
	return lab
}

// careClinical reports whether token k starts a term of the clinical,
// association or tenant lists (not only a cue word of context_words.txt
// or a [care] word).
func (s *scanner) careClinical(k int) bool {
	t := &s.toks[k]
	if s.goodsIn(goodsWords.care, &goodsWords.careBits, k) {
		return true
	}
	if len(s.p.terms) > 0 && len(s.p.terms[t.h]) > 0 {
		return true
	}
	if t.w == nil {
		return false
	}
	for _, ph := range t.w.phrases {
		if ph.class == pClinical || ph.class == pAssoc || ph.class == pTenant {
			return true
		}
	}
	return false
}

// dropGoodsRun drops the name findings whose every word lies in a goods
// run, a lab test's near-spelling there ("Creatine HMB", one letter from
// creatinine, in a run with product evidence) and a model code's digits
// read as an identifier ("Sony WH-1000XM5"). Clinical terms of the lists
// are never dropped: the run was not taken where the notice holds one.
func (s *scanner) dropGoodsRun() {
	if len(s.fs) == 0 || len(s.prod) == 0 {
		return
	}
	s.dropGoodsRunOn()
}

// dropGoodsRunOn is dropGoodsRun past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) dropGoodsRunOn() {
	k := 0
	for _, f := range s.fs {
		if !f.readerTied() && s.goodsRunDrop(f) { // readertied.go
			continue
		}
		s.fs[k] = f
		k++
	}
	s.fs = s.fs[:k]
}

func (s *scanner) goodsRunDrop(f ifind) bool {
	i, j := s.tokSpan(f.a, f.b)
	if i < 0 || j >= len(s.prod) {
		return false
	}
	if f.rule == "name.cue" && s.goodsJSONNameKey(i, j) {
		i++ // {"sku":…,"name":"Sony WH-1000XM5 headphones"}: the key is no product word (jsonitemname.go)
	}
	for m := i; m <= j; m++ {
		if s.prod[m]&prodGoods == 0 {
			return false
		}
	}
	switch {
	case f.kind == KindName:
		return true
	case f.rule == "frame.name" || f.rule == "frame.unknown":
		return true
	case f.kind == KindLabTest && (f.rule == "frame.misspelling" || i == j && i > 0 && s.toks[i].cls&tCap != 0 && s.careLabOnly(i) && s.prod[i-1]&prodGoods != 0):
		return true // "Creatine HMB", "PF Daily Electrolytes": not the run's first word
	case f.rule == "identifier.alnum" && i == j && i > 0 && s.gap(i) == "-" && s.toks[i-1].cls&tUpper != 0 && s.toks[i].nd <= 6:
		return true // "WH-1000XM5"
	}
	return false
}

// goodsRunNotice reports whether the notice is about goods (a cue word of
// goodsRunCue or goods_heads.txt's [frame], or a price). It reads
// token.fb, so it runs inside detect only.
func (s *scanner) goodsRunNotice() bool {
	if s.hasByte('$') || s.hasByte(0xe2) && strings.Contains(s.t.s, "€") { // (hasByte: the gap bits, helper speed20) // (0xe2: the euro sign's first byte, one byte search for an ASCII text)
		return true
	}
	if s.fbAll&fbGoodsCue == 0 {
		return false // no token passes goodsRunCueBits (tokfilter.go)
	}
	for k := range s.toks {
		if h := s.toks[k].h; s.toks[k].fb&fbGoodsCue != 0 && (goodsRunCue.get(h) || goodsWords.frame[h]) {
			return true
		}
	}
	return false
}

// goodsRunCueBits filters goodsRunCue and goods_heads.txt's [frame] words
// (goodsRunNotice reads every token of a notice with no price).
var goodsRunCueBits = func() *hashFilter {
	f := tabsFilter(goodsRunCue)
	for h := range goodsWords.frame {
		f.add(h)
	}
	return f
}()

// goodsRunCell reports whether a gap bounds a list item, table cell or
// JSON string: a line break, a tag's bracket or a quotation mark.
func goodsRunCell(g string, nl bool) bool {
	return nl || strings.ContainsAny(g, "<>\"")
}

// goodsRunGap reports whether g joins two words of a run.
func goodsRunGap(g string) bool {
	return g == " " || g == "-" || g == " + " || g == " & "
}

// goodsRunStart reports whether token k may open a run: a capitalised word
// of two letters or more, or a code starting with a capital ("C4"), that is
// no stop word, title, greeting or name cue.
func (s *scanner) goodsRunStart(k int) bool {
	t := &s.toks[k]
	if t.cls&(tCap|tUpper) == 0 {
		return false
	}
	if t.cls&tMixed != 0 {
		return true
	}
	return s.isCapWord(k) && s.fl(k)&(wStop|wTitle|wGreeting|wNameCue) == 0
}

// goodsRunWord reports whether token k continues a run.
func (s *scanner) goodsRunWord(k int) bool {
	t := &s.toks[k]
	if t.cls&(tMixed|tDigit) != 0 {
		return t.nd <= 6 // a model code or number, not a long identifier
	}
	return s.isCapWord(k) && s.fl(k)&(wStop|wTitle|wGreeting|wNameCue) == 0
}

// goodsRunEvidence reports whether the run a..b carries product evidence
// in or beside it (see the file comment).
func (s *scanner) goodsRunEvidence(a, b int) bool {
	n := len(s.toks)
	for j := a; j <= b; j++ {
		t := &s.toks[j]
		if t.cls&tMixed != 0 && t.nd <= 6 && (j > a || len(t.low) <= 6) {
			return true // RB4165, Extend2Fit, V2, "C4 Original"
		}
		if t.cls&tDigit != 0 && j > a+1 && t.nd <= 4 && s.isCapWord(j-1) && s.isCapWord(j-2) &&
			!(j+1 < len(s.toks) && goodsRunHas(&goodsRunNotCount, s.toks[j+1].h)) { // "Okonkwo Adebayo 300 points", "Zorvex Forte 30 tablets"
			// "Forerunner 265", "Priam 4": not before a word of its own
			// sentence that is no goods head or unit ("Maria Lopez 2 boxes"
			// is held by goodsRunPerson)
			return true
		}
	}
	// a goods head right before the run ("silla de auto Graco", "audífonos Sony")
	for p := a - 1; p >= 0 && p >= a-3 && !s.toks[p+1].sent && s.gap(p+1) == " "; p-- {
		t := &s.toks[p]
		if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) != 0 && p != 0 && !s.toks[p].sent {
			break
		}
		if goodsRunHas(&goodsRunHeads, t.h) || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, p) {
			return true // "audífonos Sony", "silla alta Stokke", "lentes de sol Ray-Ban"
		}
	}
	if s.goodsRunJSON(a) {
		return true
	}
	// a sale's discount right before it: "25% off Sennheiser Momentum 4",
	// "30% en Maui Jim"
	if a >= 2 && s.gap(a) == " " && (s.toks[a-1].low == "off" || s.toks[a-1].low == "en") && s.toks[a-2].cls&tDigit != 0 &&
		strings.HasPrefix(s.gap(a-1), "% ") {
		return true
	}
	// "Save 15% on Brita Elite …", "Save $5 on Pure Leaf …" (helper MISC3,
	// dev45): a saving verb, the discount, "on"
	if a >= 3 && s.gap(a) == " " && s.toks[a-1].low == "on" && s.toks[a-2].cls&tDigit != 0 && goodsSaveVerb(s.toks[a-3].low) &&
		(strings.HasPrefix(s.gap(a-1), "% ") || s.gap(a-1) == " " && strings.HasSuffix(s.gap(a-2), "$")) {
		return true
	}
	k := b + 1
	if k >= n {
		return false
	}
	g := s.gap(k)
	// " - " attribute of capitalised words, then the evidence after it
	if g == " - " && s.isCapWord(k) {
		e := k
		for e+1 < n && e-k < 3 && s.gap(e+1) == " " && s.isCapWord(e+1) {
			e++
		}
		if e+1 >= n || goodsRunCell(s.gap(e+1), s.toks[e+1].gapNL) {
			// a list item or cell of its own: "Transparent Labs Creatine HMB - Black Cherry"
			return a == 0 || goodsRunCell(s.gap(a), s.toks[a].gapNL)
		}
		k, g = e+1, s.gap(e+1)
		if !strings.HasPrefix(g, ", ") && !strings.Contains(g, "$") {
			return false
		}
	}
	if strings.Contains(g, "$") || strings.Contains(g, "€") {
		return true // a price
	}
	if strings.TrimSpace(g) == "(" {
		return s.goodsRunParen(k)
	}
	if g == ", " || g == " " {
		// a size or count: "2 lb", "30 serv", "0-3M", "2-pack", "x2"
		t := &s.toks[k]
		if t.cls&tDigit != 0 && k+1 < n && (s.gap(k+1) == " " || s.gap(k+1) == "-") && goodsRunHas(&goodsRunUnits, s.toks[k+1].h) {
			return true
		}
		if t.cls&tDigit != 0 && k+1 < n && s.gap(k+1) == "-" && s.toks[k+1].cls&tMixed != 0 && strings.HasSuffix(s.toks[k+1].low, "m") {
			return true // "0-3M"
		}
		if t.cls&tMixed != 0 && len(t.low) >= 2 && t.low[0] == 'x' && t.low[1] >= '0' && t.low[1] <= '9' {
			return true // "x2"
		}
	}
	if k2, g2 := s.goodsRunSkipTag(k, g); g2 == " " && s.goodsRunOnDisplay(k2) { // "… are now on display", also after "</b>" (showroom.go)
		return true
	}
	if g == " " {
		// a goods head after it, up to two lower-case words first
		// (a capital's hyphenated word first: "V-neck top", showroom.go)
		k0 := s.goodsRunCapHead(k)
		for j := k0; j < n && j <= k0+2; j++ {
			if j > k && (s.toks[j].sent || s.gap(j) != " " && s.gap(j) != "-") {
				break
			}
			t := &s.toks[j]
			if t.cls&tAlpha == 0 || t.cls&(tCap|tUpper) != 0 {
				break
			}
			if goodsRunHas(&goodsRunHeads, t.h) || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, j) {
				return true
			}
			if s.fl(j)&wStop != 0 {
				break
			}
		}
	}
	return false
}

// goodsRunJSONKeys: JSON keys whose string value is a product.
var goodsRunJSONKeys = wordSetTab("product products producto productos item items title model")

// goodsRunJSONGoods: keys beside a "name" that make its object an item.
var goodsRunJSONGoods = []string{`"size"`, `"color"`, `"colour"`, `"flavor"`, `"flavour"`, `"qty"`, `"quantity"`, `"sku"`, `"price"`, `"talla"`}

// goodsRunJSON reports whether the run starting at token a is the start of
// a JSON string value that is a product: under a product key ("product":
// "…"), in an items array ("items": ["…", "…"]), or a "name" in an object
// that also holds a size, colour, flavour, quantity, SKU or price key.
func (s *scanner) goodsRunJSON(a int) bool {
	st := int(s.toks[a].s)
	if st == 0 || s.t.s[st-1] != '"' {
		return false
	}
	// the key before the value
	if a > 0 && strings.HasSuffix(strings.TrimRight(s.t.s[:st-1], " "), ":") {
		p := a - 1
		if goodsRunHas(&goodsRunJSONKeys, s.toks[p].h) {
			return true
		}
		if s.toks[p].low == "name" || s.toks[p].low == "nombre" {
			lo := strings.LastIndexByte(s.t.s[:st], '{')
			hi := strings.IndexByte(s.t.s[st:], '}')
			if lo < 0 || hi < 0 {
				return false
			}
			obj := s.t.s[lo : st+hi]
			if strings.ContainsRune(obj[1:], '{') {
				return false
			}
			arr := strings.LastIndexByte(s.t.s[:lo], '[')
			inItems := arr > 0 && strings.HasSuffix(strings.TrimRight(s.t.s[:arr], " :"), `"items"`)
			for _, key := range goodsRunJSONGoods {
				if strings.Contains(obj, key) {
					return true
				}
			}
			return inItems
		}
		return false
	}
	// an element of an items array: [ "…", "…" ]
	arr := strings.LastIndexByte(s.t.s[:st], '[')
	if arr < 0 || strings.ContainsAny(s.t.s[arr:st], "{}]:") {
		return false
	}
	key := strings.TrimRight(s.t.s[:arr], " :")
	return strings.HasSuffix(key, `"items"`) || strings.HasSuffix(key, `"products"`)
}

// goodsRunParenPerson: words in a parenthesis that tell of a person, not a
// product's colour or size ("Ximena Quispe (she/her)", "(my daughter)").
var goodsRunParenPerson = wordSetTab("she her he him his they them my mom mum dad son daughter wife husband " +
	"child kid grandma grandpa self ella el él ellos hijo hija esposa esposo mamá papá abuela abuelo age edad")

// goodsRunParen reports whether a parenthesis opening before token k
// closes within eight tokens of the same sentence with no care word in it.
func (s *scanner) goodsRunParen(k int) bool {
	n := len(s.toks)
	for j := k; j < n && j < k+8; j++ {
		if j > k && s.toks[j].sent {
			return false
		}
		if s.careWord(j, false) || goodsRunHas(&goodsRunParenPerson, s.toks[j].h) {
			return false
		}
		if j+1 >= n || strings.Contains(s.gap(j+1), ")") {
			if j == k && s.toks[j].cls&tDigit != 0 && s.toks[j].nd == 2 {
				return false // "(34)": an age
			}
			if j == k && redParenCount(&s.toks[j]) {
				return false // "Chidinma Ezeoke (2)": a count of a person's items (redcuts.go)
			}
			return strings.Contains(s.t.s[s.toks[j].e:], ")")
		}
	}
	return false
}

// goodsRunAttr returns the tokens of the attribute right after the run
// ending at b: a parenthesis ("(Gwen - sage green)") or a " - " part of
// capitalised words ("- Seafoam").
func (s *scanner) goodsRunAttr(b int) []int {
	n := len(s.toks)
	k := b + 1
	// after its goods head: "UPPAbaby Vista V2 stroller (Gwen - sage green)"
	for j := k; j < n && j <= b+2 && s.gap(j) == " " && s.toks[j].cls&(tCap|tUpper) == 0 && (goodsRunHas(&goodsRunHeads, s.toks[j].h) || s.goodsIn(goodsWords.goods, &goodsWords.goodsBits, j)); j++ {
		k = j + 1
	}
	if k >= n {
		return nil
	}
	g := s.gap(k)
	var out []int
	switch {
	case strings.TrimSpace(g) == "(":
		for j := k; j < n && j < k+8; j++ {
			out = append(out, j)
			if j+1 >= n || strings.Contains(s.gap(j+1), ")") {
				return out
			}
		}
		return nil
	case g == " - ":
		for j := k; j < n && j < k+4 && s.isCapWord(j) && s.fl(j)&(wStop|wTitle|wGreeting|wNameCue) == 0; j++ {
			if j > k && s.gap(j) != " " {
				break
			}
			out = append(out, j)
		}
	}
	return out
}

// goodsRunDose: units after a run that make it a drug's strength
// ("Kloxxado 8 mg", "Synthroyd 75 mcg"), and street words in it.
var (
	goodsRunDose = wordSetTab("mg mcg µg ug ml iu units unidades mgs")
	// goodsRunNotCount: what a number inside a run counts when the run is
	// no product: points and tickets of a person, doses of a drug
	// ("Okonkwo Adebayo 300 points", "Zorvex Forte 30 tablets").
	goodsRunNotCount = wordSetTab("points pts puntos tickets boletos tablets tablet tabs caps capsules capsule pills pill " +
		"doses dose vials vial pens pen patches syringes injections refills tabletas capsulas cápsulas pastillas dosis")
	goodsRunStreet = wordSetTab("apt apartment suite ste unit floor fl room rm po box apto piso depto")
)

// goodsRunNot reports whether the run a..b is no product whatever the
// evidence: a dose unit after it, a street or unit word in it, a colon
// after it (a heading: "Okafor Nnamdi: your order"), or a personalised
// goods word (keepsake, photo, custom: goods_heads.txt [personal]) in it
// or in the two lower-case words after it.
func (s *scanner) goodsRunNot(a, b int) bool {
	n := len(s.toks)
	for j := a; j <= b; j++ {
		if s.fl(j)&wStreetAbbrev != 0 || goodsRunHas(&goodsRunStreet, s.toks[j].h) || s.goodsIn(goodsWords.personal, &goodsWords.personalBits, j) && s.toks[j].low != "baby" { // "Little Harbor Baby", "Baby Bjorn"
			return true
		}
	}
	if a > 0 && s.toks[a-1].cls&tDigit != 0 && s.gap(a) == " " {
		return true // "1120 Westlake Ave": a house number before
	}
	if b+1 < n {
		g := strings.TrimLeft(s.gap(b+1), " ")
		if strings.HasPrefix(g, ":") {
			return true
		}
		if goodsRunHas(&goodsRunDose, s.toks[b+1].h) {
			return true
		}
		for j := b + 1; j < n && j <= b+3; j++ {
			if s.toks[j].sent {
				break
			}
			if s.goodsIn(goodsWords.personal, &goodsWords.personalBits, j) || goodsRunHas(&goodsRunDose, s.toks[j].h) {
				return true
			}
		}
	}
	return false
}

// goodsRunPerson reports whether the run a..b is a person's name rather
// than a product (see the file comment).
func (s *scanner) goodsRunPerson(a, b int) bool {
	if a > 0 && !s.toks[a].sent {
		p := a - 1
		jsonName := strings.Contains(s.gap(a), "\"") && (s.toks[p].low == "name" || s.toks[p].low == "nombre") // "name": "…" (a JSON item's key)
		if !jsonName && (s.fl(p)&(wGreeting|wTitle|wNameCue) != 0 || goodsRunPersonBefore.get(s.toks[p].h) || personSlotBrand.get(s.toks[p].h)) {
			return true
		}
	}
	for j := a; j < b; j++ {
		if s.personAfter(j) {
			return true // "Olay Maria Lopez gift set": a listed given and family name anywhere in it
		}
	}
	f := s.fl(a)
	if a == b && s.headGivenRun(a) {
		return true // {"title":"Maria","body":"Your order shipped"}: a notice's title, not an item's (headgiven.go)
	}
	if a < b && f&wFirst != 0 && f&(wLast|wCommon) == 0 && s.toks[a+1].cls&tAlpha != 0 && s.toks[a+1].w == nil {
		return true // "Marisol Vega": a listed given name and a word in no list
	}
	// a listed family name before a word in no list anywhere in the run:
	// "Similac Alimentum Okafor Chidinma bundle" (a name after a brand)
	for j := a; j <= b; j++ {
		if s.fl(j)&wLast == 0 || s.fl(j)&wCommon != 0 || s.general(j) || s.toks[j].cls&tAlpha == 0 {
			continue
		}
		// the word in no list after it, written like a name (no inner
		// capital): "Okafor Chidinma"; a brand word before a family name
		// ("Babyletto Hudson", "Nimbrel Holt") stays a product
		if j < b && s.toks[j+1].cls&tAlpha != 0 && s.toks[j+1].cls&tInnerUp == 0 && s.toks[j+1].w == nil {
			return true
		}
	}
	// a greeting's vocative after it: "…, Maria"
	return false
}

// goodsRunBits filters the word sets this file reads per token
// (goodsRunSets); goodsRunHas tests a hash's bit before the set, so most
// words cost one bit test. A set read through goodsRunHas must be in
// goodsRunSets (TestGoodsRunHasSets).
var goodsRunBits = func() *hashFilter {
	f := &hashFilter{}
	for _, m := range goodsRunSets() {
		m.each(f.add)
	}
	return f
}()

// goodsRunSets: the sets behind goodsRunBits (not goodsRunPersonBefore
// and personSlotBrand, read once a run for the word before it: "for",
// "to", "by", "de" would fill its bits with the commonest words).
func goodsRunSets() []*setTab {
	return []*setTab{&goodsRunHeads, &goodsRunNotCount, &goodsRunUnits, &goodsRunJSONKeys, &goodsRunParenPerson,
		&goodsRunStreet, &goodsRunDose}
}

// goodsRunHas reports whether h is in m, one of goodsRunSets.
func goodsRunHas(m *setTab, h uint64) bool { return goodsRunBits.may(h) && m.get(h) }

// goodsSaveVerb: the word before a discount and "on" in a sale ("Save 15%
// on …", "extra 10% on …").
func goodsSaveVerb(low string) bool {
	switch low {
	case "save", "saving", "savings", "extra", "get", "take", "ahorra":
		return true
	}
	return false
}
