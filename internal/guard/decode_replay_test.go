package guard

import (
	"reflect"
	"strings"
	"testing"
)

// TestDecodedReplaySkipped: a field's decoded pass is skipped when it would
// read the field exactly as the plain pass did (replaysPlain). Every
// development row, and HTML notices whose only escapes are entities, must
// give the same findings with the skip and with every decoded pass run;
// and the skip must happen (an HTML e-mail with "&nbsp;" takes it).
func TestDecodedReplaySkipped(t *testing.T) {
	g, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	items := devCorpusItems(t, "*.jsonl") // held-out files never opened
	for _, body := range []string{
		"<p>Dear&nbsp;Maria Lopez,</p><p>your metformin&nbsp;refill is ready. DOB 03/07/1984.</p>",
		"<p>Your order&nbsp;total is $42.10 &amp; it ships Monday.</p><p>Questions? Call&nbsp;1-800-555-0100.</p>",
		"<div>Hi&nbsp;Ana &mdash; your A1C of 7.4 was reviewed by Dr.&nbsp;Patel.</div>",
		"<p style=\"display:none\">metformin&nbsp;refill</p><p>Your order shipped.</p>",
		"<a href=\"https://portal.example/m/abc?x=1&amp;name=Jane%20Doe\">Sign in</a>&nbsp;to read it.",
		"<p>&lt;b&gt;Maria Lopez&lt;/b&gt; your biopsy&nbsp;results</p>",
		"<p>Caf&eacute; order&nbsp;#4471 &#8212; ready for pickup at 42&nbsp;Elm Street, Springfield, IL 62704.</p>",
	} {
		items = append(items, corpusItem{ID: "html", HTML: true, Text: body}, corpusItem{ID: "plain", Text: body})
	}
	skipped, decoded, replays := 0, 0, 0
	for _, it := range items {
		if _, _, _, ok := decodeNested(it.Text); ok {
			decoded++
			if wouldSkip(g, it.Text, it.HTML) {
				replays++
			}
		}
		skipReplays = true
		with, err1 := it.run(g)
		skipReplays = false
		without, err2 := it.run(g)
		skipReplays = true
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v %v", it.ID, err1, err2)
		}
		if !reflect.DeepEqual(with, without) {
			t.Errorf("%s %q: findings differ with the skip:\n%v\n%v", it.ID, it.Text, with, without)
		}
		if it.HTML && strings.Contains(it.Text, "&nbsp;") && !strings.Contains(it.Text, "display:none") && wouldSkip(g, it.Text, true) {
			skipped++
		}
	}
	if skipped == 0 {
		t.Error("no HTML field with an entity took the skip")
	}
	t.Logf("%d rows, %d with a decoded pass, %d of them skipped; %d HTML fields with &nbsp; skip theirs", len(items), decoded, replays, skipped)
}

// wouldSkip runs the plain pass of a field and reports whether its
// decoded pass would be skipped.
func wouldSkip(g *Guard, text string, isHTML bool) bool {
	s := new(scanner)
	s.reset(g, g.empty, Standard, "f")
	s.run(text, isHTML)
	dec, dst, den, ok := decodeNested(text)
	if !ok {
		return false
	}
	var t ntext
	if isHTML {
		txt, st, en := stripHTML(dec)
		for i := range st {
			st[i], en[i] = dst[st[i]], den[en[i]-1]
		}
		t = normalize(txt, st, en)
	} else {
		t = normalize(dec, dst, den)
	}
	return s.replaysPlain(&t)
}
