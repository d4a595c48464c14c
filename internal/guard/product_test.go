package guard

// Tests of product noun phrases in shop wording (product.go): brand,
// title and author names inside "your … goods head" with a shop frame are
// no person, and the leaks of the same shapes keep their findings.

import (
	"strings"
	"testing"
)

// TestProductNames: clean shop notices whose product names read like
// people, titles or clinical words pass; every one was reported before
// product.go (dev17c.jsonl, dev17.jsonl).
func TestProductNames(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your Dr Pepper Zero 12-pack was added to this week's grocery order.", ""},
		{"Your Dr. Bronner's peppermint soap was delivered.", ""},
		{"Your Dr. Martens 1460 boots have shipped.", ""},
		{"Your Nurse Jackie season 2 DVD is on its way.", ""},
		{"Your Stephen King 'Doctor Sleep' paperback has shipped.", ""},
		{"Your copy of 'Doctor Sleep' by Stephen King has shipped.", ""},
		{"We've shipped your Stephen King paperback.", ""},
		{"Your Heart 'Dreamboat Annie' LP has shipped.", ""},
		{"Your « Noël » gift box is ready.", ""},
		{"Your Jane Austen 'Emma' hardcover was delivered.", ""},
		{"Your 'Mamma Mia!' soundtrack CD has shipped.", ""},
		{"Your \"Doctor Strange\" Blu-ray has shipped.", ""},
		{"Your Johnnie Walker Black Label gift box is ready.", ""},
		{"Your Calvin Klein boxer briefs 3-pack has shipped.", ""},
		{"Your Hello Kitty mug has shipped.", ""},
		{"Your Dear Evan Hansen cast album has shipped.", ""},
		{"Good news! Your Dr. Martens boots have been delivered.", ""},
		{"Su pedido de Dr. Martens ha sido enviado.", ""},
		{"Su libro «Cien años de soledad» de Gabriel García Márquez ya fue enviado.", ""},
		{"Tu camiseta de Selena Quintanilla ya fue enviada.", ""},
		{"Your Stephen King Paperback Has Shipped", ""},
	})
}

// TestProductClinicalWords: an ambiguous clinical word (flag a) inside a
// hyphenated brand, a quoted title or as a family name after a given name
// passes; an unambiguous one, or an ambiguous one outside those, is still
// reported.
func TestProductClinicalWords(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		{"Your Fever-Tree Mediterranean tonic water 8-pack has shipped.", ""},
		{"Your 'Cold Mountain' DVD has shipped.", ""},
		{"Your Acme Fever Reducer 2-pack has shipped.", "clinical.condition"},
		{"Your 'Living with Diabetes' workbook has shipped.", "clinical.condition"},
		{"Your Ozempic pen pack has shipped.", "clinical.medication"},
		{"Your insulin cooler pack has shipped.", "clinical.medication"},
		{"Your Migraine-Relief eye mask has shipped.", "clinical.condition"},
		{"Your HIV awareness T-shirt has shipped.", "clinical.condition"},
	})
}

// TestProductFailClosed: the same shapes with a person or a care word keep
// their name findings.
func TestProductFailClosed(t *testing.T) {
	checkRuleCases(t, newTestGuard(t), Standard, []tpCase{
		// care heads and care words anywhere in the notice
		{"Your Dr. Patel appointment is confirmed for Monday.", "name.title"},
		{"Your Dr. Lee referral has been sent.", "name.title"},
		{"Your prescription from Dr. Kim has shipped.", "name.title"},
		{"Your Dr. Nguyen appointment kit has shipped.", "name.title"},
		{"Your Dr. Okonkwo vitamin pack has shipped.", "name.title"},
		{"Your Dr. Patel-recommended sunscreen pack has shipped.", "name.title"},
		{"Your Nurse Jackie DVD has shipped. Ask our nurse about flu shots.", "name.title"},
		{"Your Stephen King paperback is ready for pickup at the pharmacy counter.", "name.full"},
		// a title before a family name of the lists is a person
		{"Your Dr. Patel gift box has shipped.", "name.title"},
		{"Your Mrs. Garcia gift box has shipped.", "name.title"},
		{"Su pedido de la Dra. López ha sido enviado.", "name.title"},
		// a clinical title before a given name, unless the goods are media
		{"Your Nurse Maria gift box has shipped.", "name.title"},
		// personalised goods and quoted given names
		{"Your custom 'Sofia' name necklace has shipped.", "name.given"},
		{"Your 'Maria' necklace has shipped.", "name.given"},
		{"Your 'Maria' gift box has shipped.", "name.given"},
		// an order of a person
		{"Su pedido de Juan Pérez ha sido enviado.", "name.full"},
		// names outside the phrase
		{"Hi Stephen, your order shipped.", "name.greeting"},
		{"Hi Maria, your Dr Pepper 12-pack has shipped.", "name.greeting"},
		{"Maria Lopez, your Dr. Martens boots have shipped.", "name.full"},
		{"Your order for Maria Lopez has shipped.", "name.full"},
		{"Your Fever-Tree tonic water 8-pack has shipped to Maria Lopez.", "name.full"},
		{"Your Stephen King paperback arrives Monday, Maria.", "name.given"},
		{"Your Stephen King Paperback Has Shipped To Maria Lopez", "name.full"},
		// no shop frame: a subject line or a care sentence
		{"Your Stephen King paperback", "name.full"},
	})
}

// TestProductContextIdentity: a product phrase does not hide the
// recipient's own name (context matching is not a name rule).
func TestProductContextIdentity(t *testing.T) {
	g := newTestGuard(t)
	c := &Context{Identity: []string{"Stephen King"}}
	fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: "Your Stephen King paperback has shipped."}}}, c, Standard)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, f := range fs {
		if f.Kind == KindContext {
			found = true
		}
	}
	if !found {
		t.Errorf("want a context finding for the recipient's name, got %v", fs)
	}
}

// TestProductApprovedBrand: a family name after a title is a person unless
// the tenant approved the word as theirs ("Mrs. Garcia's"; "Mrs. Meyer's"
// is a listed brand (vocab/brands.txt) and passes unapproved).
func TestProductApprovedBrand(t *testing.T) {
	g := newTestGuard(t)
	text := "Your Mrs. Garcia's lavender hand soap 3-pack is out for delivery."
	fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
	if err != nil || len(fs) == 0 {
		t.Fatalf("without approval: want a finding, got %v %v", fs, err)
	}
	c := &Context{Terms: []Term{{Text: "Garcia", Kind: KindApproved}}}
	fs, err = g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, c, Standard)
	if err != nil || len(fs) > 0 {
		t.Errorf("approved brand: unexpected %v %v", fs, err)
	}
	fs, err = g.Check(Notice{Fields: []Field{{Name: "text", Text: "Your Mrs. Garcia's appointment is Monday."}}}, c, Standard)
	if err != nil || len(fs) == 0 {
		t.Errorf("approved brand with a care word: want a finding, got %v %v", fs, err)
	}
	// a listed brand named like a person: no approval needed, and care
	// wording still makes it a person (brandlist.go)
	checkFlagged(t, g, false, "Your Mrs. Meyer's lavender hand soap 3-pack is out for delivery.")
	checkFlagged(t, g, true, "Your Mrs. Meyer's appointment is Monday.")
}

// TestProductQuotes: quotation marks open and close titles, not the
// apostrophe of a possessive.
func TestProductQuotes(t *testing.T) {
	for _, c := range []struct {
		gap  string
		open bool
	}{{" '", true}, {" \"", true}, {" « ", true}, {" » '", true}, {"'", false}, {" ", false}, {"' ", false}} {
		if got := quoteOpen(c.gap); got != c.open {
			t.Errorf("quoteOpen(%q) = %v", c.gap, got)
		}
	}
	for _, c := range []struct {
		gap, next   string
		last, close bool
	}{{"' ", "paperback", false, true}, {" » ", "gift", false, true}, {"'", "s", false, false}, {"!' ", "soundtrack", false, true},
		{"'", "", true, true}, {" ", "lp", false, false}} {
		if got := quoteClose(c.gap, c.next, c.last); got != c.close {
			t.Errorf("quoteClose(%q, %q) = %v", c.gap, c.next, got)
		}
	}
}

// TestGoodsHeadsList: no goods head is a care word — a clinical, supply
// or association term, a date-person, name-cue or health-cue word or a
// [care] word of the same file — so a care head can never open a product
// phrase; and every section is filled.
func TestGoodsHeadsList(t *testing.T) {
	v, err := loadVocab(nil)
	if err != nil {
		t.Fatal(err)
	}
	data, err := vocabFS.ReadFile("vocab/goods_heads.txt")
	if err != nil {
		t.Fatal(err)
	}
	sec := ""
	count := map[string]int{}
	for _, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || l[0] == '#' {
			continue
		}
		if l[0] == '[' {
			sec = strings.Trim(l, "[]")
			continue
		}
		count[sec]++
		if sec != "goods" && sec != "media" {
			continue
		}
		if goodsWords.care[hstr(l)] {
			t.Errorf("goods head %q is also a [care] word", l)
		}
		w := v.words[hstr(l)]
		if w == nil {
			continue
		}
		if w.flags&(wDatePerson|wNameCue|wHealthCue) != 0 {
			t.Errorf("goods head %q is a date-person, name-cue or health-cue word", l)
		}
		for _, p := range w.phrases {
			if len(p.toks) == 1 && (p.class == pClinical || p.class == pAssoc) && p.flags&fAmbig == 0 {
				t.Errorf("goods head %q is the clinical or association term %s", l, p.rule)
			}
		}
	}
	for _, s := range []string{"goods", "media", "gift", "container", "frame", "care", "personal"} {
		if count[s] == 0 {
			t.Errorf("section [%s] is empty", s)
		}
	}
}
