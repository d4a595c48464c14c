package guard

import (
	"slices"
	"strings"
)

// key domains for context matching
const (
	kWord  uint64 = 0x1f3a5c7e9b2d4f61
	kTri   uint64 = 0x2c4e6a8b0d1f3e5a
	kBi    uint64 = 0x3b5d7f9a1c2e4f6b
	kNum   uint64 = 0x4a6c8e0b2d3f5a7c
	kDate  uint64 = 0x5d7f9b1c3e4a6c8d
	kMD    uint64 = 0x6e8a0c2d4f5b7d9e
	kLast4 uint64 = 0x7f9b1d3e5a6c8e0f
)

const (
	srcIdentity uint8 = 1 << iota
	srcSealed
)

// Prepared is a Context made ready for fast checks: hashed keys of every
// identity and sealed word, number and date, the Template words, the
// allowed link prefixes and tenant terms. Build it once per recipient and
// message with Guard.Prepare and reuse it for every channel. It is
// read-only after Prepare and safe for concurrent use.
type Prepared struct {
	g          *Guard
	keys       map[uint64]uint8
	own        Wording  // Context.Template, prepared by this Prepare
	shared     *Wording // Context.Wording, prepared once by the caller (nil: none)
	allow      []string // lower-cased, scheme stripped
	allowHosts []string
	terms      map[uint64][]*phrase
	approved   map[uint64]uint8      // words of the tenant's approved terms (apPart, apSingle: approve.go)
	approvedPh map[uint64][][]uint64 // the approved terms as phrases, by first word (approve.go)
	senderPh   map[uint64][][]uint64 // the sender's names as phrases, by first word (sendercontext.go)
	ownPh      map[uint64][][]uint64 // the tenant's sender terms (KindSender) as phrases, by first word (sendercontext.go)
	coinedPh   map[uint64][][]uint64 // the display name's coined first word alone (sendershort.go: misspelling, dictionary and unknown-word findings only)

	// filter is over keys: most words of a notice skip the map (keyfilter.go)
	filter keyFilter
	// keyTab is keys' copy read by key (hashtab.go), built once keys is complete
	keyTab u8Tab
	// biFirst and triFirst hold the first words of the identity bigrams
	// and of the content trigrams among keys (nil: none): a pair or triple
	// of a notice whose first word is not there is no key, and costs no
	// hashing or probe
	biFirst, triFirst *hashFilter
}

// approvedWord: h is a word of one of the tenant's approved terms.
func (p *Prepared) approvedWord(h uint64) bool {
	if p == nil || p.approved == nil {
		return false
	}
	return p.approved[h] != 0
}

// Wording is fixed template wording made ready for checks: the hashes of
// its words and its lower-cased text. Context.Template is turned into one on
// every Prepare; a caller that checks many notices made from the same
// templates builds it once with NewWording and passes it as Context.Wording.
// It is read-only once built and safe for concurrent use.
type Wording struct {
	tmpl map[uint64]struct{}
	low  []string
	// bloom has two bits set per word of tmpl (wordingBits): a word
	// missing either is not in tmpl, and costs no map lookup (a template
	// has a few dozen words at most; a larger one only fills the bits)
	bloom uint64
	// keys: tmpl's words, sorted (has reads them, not the map: a few
	// compares, or a binary search, where a map lookup cost a call and
	// its hashing; helper speed22)
	keys []uint64
}

// wordingBits are the two bits of h in Wording.bloom.
func wordingBits(h uint64) uint64 { return 1<<(h&63) | 1<<((h>>6)&63) }

// NewWording prepares texts as template wording: in a check, a Wording
// counts exactly as the same texts given in Context.Template.
func NewWording(texts []string) *Wording {
	w := &Wording{}
	w.add(texts)
	return w
}

func (w *Wording) add(texts []string) {
	if len(texts) == 0 {
		return
	}
	if w.tmpl == nil {
		w.tmpl = make(map[uint64]struct{})
	}
	var toks []token
	for _, t := range texts {
		nt := normalize(t, nil, nil)
		if len(nt.low) > 0 {
			w.low = append(w.low, nt.low)
		}
		toks = tokenize(&nt, toks[:0])
		for _, tk := range toks {
			w.tmpl[tk.h] = struct{}{}
			w.bloom |= wordingBits(tk.h)
		}
	}
	w.keys = w.keys[:0]
	for h := range w.tmpl {
		w.keys = append(w.keys, h)
	}
	slices.Sort(w.keys)
}

func (w *Wording) has(h uint64) bool {
	if b := wordingBits(h); w.bloom&b != b {
		return false
	}
	if len(w.keys) <= 16 {
		for _, k := range w.keys {
			if k == h {
				return true
			}
		}
		return false
	}
	_, ok := slices.BinarySearch(w.keys, h)
	return ok
}

func (w *Wording) contains(low string) bool {
	for _, t := range w.low {
		if strings.Contains(t, low) {
			return true
		}
	}
	return false
}

// hasTemplate says whether any template wording was given.
func (p *Prepared) hasTemplate() bool {
	return len(p.own.low) > 0 || p.shared != nil && len(p.shared.low) > 0
}

func (p *Prepared) inTemplate(low string) bool {
	return p.own.contains(low) || p.shared != nil && p.shared.contains(low)
}

func stripScheme(u string) string {
	for _, p := range [...]string{"https://", "http://", "ftp://", "//"} {
		if strings.HasPrefix(u, p) {
			return u[len(p):]
		}
	}
	return u
}

func (p *Prepared) urlAllowed(u string) bool {
	if p == nil {
		return false
	}
	bare := strings.TrimPrefix(stripScheme(u), "www.")
	for _, a := range p.allow {
		if strings.HasPrefix(bare, a) {
			return true
		}
	}
	// a bare host mention equal to an allowed host
	for _, h := range p.allowHosts {
		if bare == h || bare == h+"/" {
			return true
		}
	}
	return false
}

// Prepare builds the lookup structures for c. A nil or empty context is
// valid (no context matching, no allowed links).
func (g *Guard) Prepare(c *Context) *Prepared {
	p := &Prepared{g: g}
	if c == nil {
		return p
	}
	p.keys = make(map[uint64]uint8, 64)
	p.own.add(c.Template)
	p.shared = c.Wording
	for _, a := range c.AllowURLs {
		a = strings.ToLower(strings.TrimSpace(a))
		if a == "" {
			continue
		}
		a = strings.TrimPrefix(stripScheme(a), "www.")
		p.allow = append(p.allow, a)
		h := a
		if i := strings.IndexAny(h, "/?#"); i >= 0 {
			h = h[:i]
		}
		if h != "" {
			p.allowHosts = append(p.allowHosts, h)
		}
	}
	if len(c.Terms) > 0 {
		p.terms = make(map[uint64][]*phrase)
		for _, t := range c.Terms {
			hs := termTokens(t.Text)
			if len(hs) == 0 {
				continue
			}
			k := t.Kind
			if k == KindApproved {
				p.addApproved(hs)
				continue
			}
			if k == KindSender { // the tenant's own contact points and names, exactly (sendercontext.go)
				if p.ownPh == nil {
					p.ownPh = make(map[uint64][][]uint64)
				}
				p.ownPh[hs[0]] = append(p.ownPh[hs[0]], hs)
				continue
			}
			if k == "" {
				k = KindIdentifier
			}
			p.terms[hs[0]] = append(p.terms[hs[0]], &phrase{toks: hs, kind: k, rule: "term.tenant", class: pTenant})
		}
	}
	for _, n := range c.Sender {
		if hs := termTokens(n); len(hs) > 0 {
			p.addSender(hs)
			p.addSenderShort(n) // its shorter leading forms (sendershort.go)
		}
	}
	var sc scanner
	for _, s := range c.Identity {
		p.addContext(&sc, s, srcIdentity)
	}
	for _, s := range c.Sealed {
		p.addContext(&sc, s, srcSealed)
	}
	p.filter = newKeyFilter(p.keys)
	p.keyTab = u8Tab(newHashTab(p.keys))
	return p
}

func (p *Prepared) isTemplate(h uint64) bool {
	return p.own.has(h) || p.shared != nil && p.shared.has(h)
}

// templateMay is isTemplate's bloom tests alone (Wording.has's first
// test, for both wordings), small enough to be inlined: false means
// isTemplate is false, and saves its call for most words (helper SPEED13).
func (p *Prepared) templateMay(h uint64) bool {
	b := wordingBits(h)
	return p.own.bloom&b == b || p.shared != nil && p.shared.bloom&b == b
}

// rareWord: a word that identifies on its own (not a stop word, not a
// common English word, not template wording).
func (p *Prepared) rareWord(t *token, src uint8) bool {
	if t.cls&tDigit != 0 {
		return false
	}
	return p.rareWordFlags(t, src, p.g.v.flags(t.h))
}

// tokFlags is the vocabulary flags of a token of a notice, whose entry
// detect has already looked up (nil: in no vocabulary, no flags).
func tokFlags(t *token) uint64 {
	if t.w != nil {
		return t.w.flags
	}
	return 0
}

// rareWordFlags is rareWord given the word's vocabulary flags f.
func (p *Prepared) rareWordFlags(t *token, src uint8, f uint64) bool {
	if t.cls&tDigit != 0 {
		return false
	}
	if f&(wStop|wCommon|wMonth|wGreeting|wTitle) != 0 || p.isTemplate(t.h) {
		return false
	}
	minLen := 3
	if src == srcIdentity {
		minLen = 2
	}
	return len(t.low) >= minLen
}

func (p *Prepared) contentWord(t *token) bool {
	if t.cls&tDigit != 0 {
		return false
	}
	return p.contentWordFlags(t, p.g.v.flags(t.h))
}

// contentWordFlags is contentWord given the word's vocabulary flags f.
func (p *Prepared) contentWordFlags(t *token, f uint64) bool {
	if t.cls&tDigit != 0 {
		return false
	}
	return f&wStop == 0 && !p.isTemplate(t.h) && len(t.low) >= 2
}

func (p *Prepared) addContext(sc *scanner, text string, src uint8) {
	sc.reset(p.g, p, Standard, "")
	sc.t = normalize(text, nil, nil)
	sc.toks = tokenize(&sc.t, sc.toks[:0])
	sc.seen, sc.seenOK = gapBits(sc.t.s), false // hasByte: this text's gap bits
	sc.newTokenList()
	sc.used = make([]bool, len(sc.toks))
	sc.numToks = appendNumToks(sc.toks, sc.numToks[:0])
	toks := sc.toks
	// words
	for i := range toks {
		t := &toks[i]
		if p.rareWord(t, src) {
			p.keys[hmix(kWord, t.h)] |= src
		}
	}
	// identity bigrams (names made of common words: "Will Grant")
	if src == srcIdentity {
		for i := 1; i < len(toks); i++ {
			a, b := &toks[i-1], &toks[i]
			if a.cls&tDigit != 0 || b.cls&tDigit != 0 {
				continue
			}
			fa, fb := p.g.v.flags(a.h), p.g.v.flags(b.h)
			if fa&wStop != 0 && fb&wStop != 0 {
				continue
			}
			p.keys[hmix(hmix(kBi, a.h), b.h)] |= src
			if p.biFirst == nil {
				p.biFirst = &hashFilter{}
			}
			p.biFirst.add(a.h)
		}
	}
	// content trigrams
	var prev [2]uint64
	np := 0
	for i := range toks {
		t := &toks[i]
		if !p.contentWord(t) {
			continue
		}
		if np >= 2 {
			p.keys[hmix(hmix(hmix(kTri, prev[0]), prev[1]), t.h)] |= src
			if p.triFirst == nil {
				p.triFirst = &hashFilter{}
			}
			p.triFirst.add(prev[0])
		}
		prev[0], prev[1] = prev[1], t.h
		np++
	}
	// numbers: every run of digit groups
	for i := 0; i < len(toks); i++ {
		if toks[i].cls&(tDigit|tMixed) == 0 {
			continue
		}
		if toks[i].cls&tMixed != 0 && toks[i].nd >= 4 {
			// "MR3402349": also its digits alone
			h := kNum
			for k := 0; k < len(toks[i].low); k++ {
				if c := toks[i].low[k]; isDigitByte(c) {
					h ^= uint64(c)
					h *= fnvPrime
				}
			}
			p.keys[h] |= src
		}
		j := i
		for j+1 < len(toks) && toks[j+1].cls&tDigit != 0 && clusterSep(sc.gap(j+1)) {
			j++
		}
		for a := i; a <= j; a++ {
			h := kNum
			nd := 0
			for b := a; b <= j; b++ {
				h = hashDigits(h, toks[b].low)
				nd += digitCount(toks[b].low)
				if nd >= 4 {
					p.keys[h] |= src
				}
			}
		}
		if src == srcIdentity {
			// the whole digit string, its national form and its last four
			var d []byte
			for b := i; b <= j; b++ {
				for k := 0; k < len(toks[b].low); k++ {
					if isDigitByte(toks[b].low[k]) {
						d = append(d, toks[b].low[k])
					}
				}
			}
			if len(d) == 11 && d[0] == '1' {
				p.keys[hashDigits(kNum, string(d[1:]))] |= src
			}
			if len(d) >= 7 {
				p.keys[hashDigits(kLast4, string(d[len(d)-4:]))] |= src
			}
		}
		i = j
	}
	// dates (identity only: birth dates and the like)
	if src == srcIdentity {
		sc.scanWords()
		sc.scanNumbers()
		for _, d := range sc.dates {
			if d.d == 0 {
				continue
			}
			if d.y != 0 {
				p.keys[dateKey(d.y, d.m, d.d)] |= src
			}
			p.keys[mdKey(d.m, d.d)] |= src
		}
	}
}

// tokDigits is digitCount(t.low): the token's digit count (nd) when it
// counts only ASCII digits and is not capped (helper SPEED16;
// TestTokDigits).
func tokDigits(t *token) int {
	if t.cls&tNonASCII == 0 && t.nd < 100 {
		return int(t.nd)
	}
	return digitCount(t.low)
}

func digitCount(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			n++
		}
	}
	return n
}

func hashDigits(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		if c := s[i]; isDigitByte(c) || isLetterByte(c) {
			h ^= uint64(c)
			h *= fnvPrime
		}
	}
	return h
}

func dateKey(y, m, d int) uint64 { return hmix(hmix(hmix(kDate, uint64(y)), uint64(m)), uint64(d)) }
func mdKey(m, d int) uint64      { return hmix(hmix(kMD, uint64(m)), uint64(d)) }

func isYearLike(s string) bool {
	if len(s) != 4 {
		return false
	}
	y := atoi(s)
	return y >= 1900 && y <= 2100
}

// scanContext reports words, numbers and dates of the recipient's identity
// or of the sealed message that reappear in the notice.
func (s *scanner) scanContext() {
	p := s.p
	if len(p.keys) == 0 {
		return
	}
	toks := s.toks
	srcWhy := func(src uint8) (string, string) {
		if src&srcIdentity != 0 {
			return "context.identity", "repeats a value from the recipient's sealed identity"
		}
		return "context.sealed", "repeats wording from the sealed message"
	}
	// single rare words; the words the key's filter refuses (most: they
	// pay no call, helper SPEED13) passed over in a loop of their own,
	// with no call to spill its values for (helper SPEED16)
	for i := 0; i < len(toks); i++ {
		for i < len(toks) && (toks[i].cls&tDigit != 0 || !p.filter.mayHave(hmix(kWord, toks[i].h))) {
			i++
		}
		if i == len(toks) {
			break
		}
		t := &toks[i]
		k := hmix(kWord, t.h)
		if src := p.key(k); src != 0 && p.rareWordFlags(t, src, tokFlags(t)) {
			rule, why := srcWhy(src)
			s.addCtx(i, i, rule, why)
		}
	}
	// identity bigrams
	for i := 1; i < len(toks) && p.biFirst != nil; i++ {
		// (the pairs refused by their first tests passed over in a loop
		// of their own: helper SPEED16; the first word's filter first,
		// which refuses most words of a notice alone: helper speed20)
		for i < len(toks) && (!p.biFirst.may(toks[i-1].h) || toks[i-1].cls&tDigit != 0 || toks[i].cls&tDigit != 0) {
			i++
		}
		if i == len(toks) {
			break
		}
		a, b := &toks[i-1], &toks[i]
		if src := p.key(hmix(hmix(kBi, a.h), b.h)); src&srcIdentity != 0 {
			if p.isTemplate(a.h) && p.isTemplate(b.h) {
				continue
			}
			s.addCtx(i-1, i, "context.identity", "repeats a value from the recipient's sealed identity")
		}
	}
	// content trigrams
	var prev [2]int
	np := 0
	for i := 0; i < len(toks); i++ {
		// contentWordFlags, its tests of the token inline before its
		// template test (helper SPEED13), those before the template's
		// bloom bits in a loop of their own (helper SPEED16)
		for i < len(toks) && (toks[i].cls&tDigit != 0 || tokFlags(&toks[i])&wStop != 0 || len(toks[i].low) < 2) {
			i++
		}
		if i == len(toks) {
			break
		}
		t := &toks[i]
		if p.templateMay(t.h) && p.isTemplate(t.h) {
			continue
		}
		if np >= 2 && p.triFirst != nil && p.triFirst.may(toks[prev[0]].h) {
			h := hmix(hmix(hmix(kTri, toks[prev[0]].h), toks[prev[1]].h), t.h)
			if src := p.key(h); src != 0 {
				rule, why := srcWhy(src)
				s.addCtx(prev[0], i, rule, why)
			}
		}
		prev[0], prev[1] = prev[1], i
		np++
	}
	// numbers (the tokens with digits: numToks; the next one after a run
	// j is the first past it)
	next := 0
	for _, x := range s.numToks {
		i := int(x)
		if i < next {
			continue
		}
		j := i
		for j+1 < len(toks) && toks[j+1].cls&tDigit != 0 && clusterSep(s.gap(j+1)) {
			j++
		}
		// isMoneyTok(i), asked only when a key is found (helper SPEED15):
		// 0 not asked yet, 1 no, 2 yes
		money := uint8(0)
		isMoney := func() bool {
			if money == 0 {
				money = 1
				if s.isMoneyTok(i) {
					money = 2
				}
			}
			return money == 2
		}
		for a := i; a <= j; a++ {
			h := kNum
			nd := 0
			for b := a; b <= j; b++ {
				h = hashDigits(h, toks[b].low)
				nd += tokDigits(&toks[b])
				if nd < 4 {
					continue
				}
				if a == b && isYearLike(toks[a].low) {
					continue
				}
				src := p.key(h)
				if src == 0 {
					continue
				}
				if src&srcIdentity == 0 && (isMoney() || s.cueNear(a, b, wAllowNum|wDateAllowed, 4, 0)) {
					continue
				}
				rule, why := srcWhy(src)
				s.addCtx(a, b, rule, why)
			}
		}
		// last four of an identity number ("ending in 6789")
		if i == j && tokDigits(&toks[i]) == 4 && toks[i].cls&tDigit != 0 && !isYearLike(toks[i].low) && !isMoney() {
			if p.key(hashDigits(kLast4, toks[i].low))&srcIdentity != 0 && !s.cueNear(i, i, wCardCue, 4, 0) {
				s.addCtx(i, i, "context.identity", "repeats the last digits of a number from the recipient's sealed identity")
			}
		}
		next = j + 1
	}
	// dates
	for _, d := range s.dates {
		if d.d == 0 {
			continue
		}
		hit := false
		if d.y != 0 && p.key(dateKey(d.y, d.m, d.d))&srcIdentity != 0 {
			hit = true
		} else if (d.y == 0 || !d.allowed) && !d.allowed && p.key(mdKey(d.m, d.d))&srcIdentity != 0 {
			hit = true
		}
		if hit {
			s.addCtx(d.a, d.b, "context.identity_date", "repeats a date from the recipient's sealed identity")
		}
	}
}

func (s *scanner) isMoneyTok(i int) bool {
	g := s.gap(i)
	return strings.HasSuffix(g, "$") || strings.HasSuffix(g, "$ ") || strings.HasSuffix(g, "\u20ac") || strings.HasSuffix(g, "\u00a3") ||
		strings.HasPrefix(s.gap(i+1), "%") || (i > 0 && (g == "." || g == ",") && s.isMoneyTok(i-1))
}

func (s *scanner) addCtx(i, j int, rule, why string) {
	a, b := int(s.toks[i].s), int(s.toks[j].e)
	for _, u := range s.okURLs {
		if a >= u[0] && b <= u[1] {
			return // inside the tenant's own link
		}
	}
	s.fs = append(s.fs, ifind{a: a, b: b, kind: KindContext, rule: rule, conf: 0.9, why: why, ctx: true, tied: true})
}

// scanObfuscation reports words disguised with zero-width characters or
// look-alike letters mixed into Latin words.
func (s *scanner) scanObfuscation() {
	if len(s.t.zw) == 0 && len(s.t.homog) == 0 {
		return
	}
	s.scanObfuscationOn()
}

// scanObfuscationOn is scanObfuscation past its gate, kept apart so that the gate is
// inlined into detect and a field it shuts out costs no call (helper speed22).
func (s *scanner) scanObfuscationOn() {
	ti := 0
	for _, pos := range s.t.zw {
		for ti < len(s.toks) && int(s.toks[ti].e) <= int(pos) {
			ti++
		}
		if ti < len(s.toks) && int(s.toks[ti].s) < int(pos) {
			if s.plainWord(ti) {
				continue // "ac\u200bcount": an ordinary word, joined, hides nothing
			}
			s.add(int(s.toks[ti].s), int(s.toks[ti].e), KindObfuscation, "obfuscation.zero_width", 0.7,
				"invisible characters inside a word")
		}
	}
	ti = 0
	for _, pos := range s.t.homog {
		for ti < len(s.toks) && int(s.toks[ti].e) <= int(pos) {
			ti++
		}
		if ti >= len(s.toks) || int(s.toks[ti].s) > int(pos) {
			continue
		}
		t := &s.toks[ti]
		// mixed with native Latin letters?
		native := false
		for k := int(t.s); k < int(t.e); k++ {
			if isLetterByte(s.t.s[k]) && !containsPos(s.t.homog, int32(k)) && s.t.start != nil {
				native = true
				break
			}
		}
		if native && !s.plainWord(ti) {
			s.add(int(t.s), int(t.e), KindObfuscation, "obfuscation.homoglyph", 0.7, "look-alike letters from another script inside a word")
		}
	}
}

// plainWord: token i, as normalised (invisible characters dropped,
// look-alike letters mapped), is an ordinary English or Spanish word and no
// vocabulary term: invisible characters or foreign letters in it hide
// nothing (editors and fonts put them in ordinary words). Clinical terms
// and names are never plain words, so "ins\u200bulin" is still reported.
func (s *scanner) plainWord(i int) bool {
	t := &s.toks[i]
	if t.cls&tAlpha == 0 || len(t.low) < 3 || !s.general(i) || s.fl(i)&(wFirst|wLast) != 0 {
		return false
	}
	if t.w != nil {
		for _, p := range t.w.phrases {
			if p.class != pIDCue {
				return false
			}
		}
	}
	return true
}

func containsPos(ps []int32, p int32) bool {
	// ps is sorted ascending
	lo, hi := 0, len(ps)
	for lo < hi {
		m := (lo + hi) / 2
		if ps[m] < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ps) && ps[lo] == p
}
