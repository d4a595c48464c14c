package guard

// Tests of frame.ordinary (ordinary.go): ordinary words that are clinical
// (vocab/wordnet_ordinary.txt) in a personal or health frame, words in no
// vocabulary left alone in the same frames, the cognates of the ordinary
// words, and the everyday Spanish words of vocab/clinical_es.txt; with the
// clean notices that must stay clean, in standard and strict mode.

import (
	"strings"
	"testing"
)

var ordinaryCases = []tpCase{
	// after a possessive, 'managing', before a head, after 'about'/'sobre'
	{"Your pleurisy follow-up visit is confirmed.", "frame.ordinary"},
	{"Your rickets program enrollment is complete.", "frame.ordinary"},
	{"Your bunion appointment is on Tuesday.", "frame.ordinary"},
	{"New resources for managing lumbago are in your portal.", "frame.ordinary"},
	{"Gallstone education class starts soon.", "frame.ordinary"},
	{"Questions about the pleurisy? Reply to this message.", "frame.ordinary"},
	{"Your Sciatica Care Plan was updated.", "clinical.condition"},
	{"Your Lumbago Education Class starts soon.", "frame.ordinary"},
	{"Your painkiller was rescheduled.", "frame.ordinary"},
	// Spanish: the frames, English-spelled words Spanish shares, cognates,
	// the everyday words of clinical_es.txt
	{"Tenemos noticias sobre su lumbago.", "frame.ordinary"},
	{"Información sobre cholera en su portal.", "frame.ordinary"},
	{"Su programa de rickets fue actualizado.", "frame.ordinary"},
	{"Noticias sobre la pleurisy para usted.", "frame.ordinary"},
	{"Información sobre paperas en su portal.", "clinical.condition"},
	{"Su cita para la cesárea está confirmada.", "clinical.procedure"},
	{"Nuevos recursos sobre hemorroides para usted.", "clinical.condition"},
	// Spanish spellings of the ordinary words, in the same frames only
	{"Información sobre supositorios en su portal.", "frame.ordinary"},
	{"Su programa de claustrofobia empieza pronto.", "frame.ordinary"},
	{"Conozca a la heroína de nuestra nueva novela.", ""},
	// clean: ordinary words, titles and brands, weak heads
	{"Your cooking class starts Monday.", ""},
	{"Your yoga class starts Monday.", ""},
	{"Your window order has shipped.", ""},
	{"Información sobre su pedido.", ""},
	{"Noticias sobre su cuenta y su programa de recompensas.", ""},
	{"Su clase de cocina empieza el lunes.", ""},
	{"Your Opium perfume has shipped.", ""},
	{"Your Tic Tac multipack has shipped.", ""},
	{"Your coffee maker descaling kit is on its way.", ""},
	{"Your pottery class starts soon.", ""},
	{"Learn about the history of cholera at our museum.", ""},
	{"Your loyalty program points expire soon.", ""},
	{"Your scalpel set for crafts has shipped.", ""},
}

func TestOrdinaryFrame(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, ordinaryCases)
	checkRuleCases(t, g, Strict, ordinaryCases)
}

// TestOrdinaryUnknownWords: words in no vocabulary are not taken in the
// frames of frame.ordinary (sports, drinks and trades before "program",
// "coaching", "education" would be blocked), on the development guard
// (split15_test.go) as on the shipped one.
func TestOrdinaryUnknownWords(t *testing.T) {
	checkRuleCases(t, devGuard(t), Standard, []tpCase{
		{"Your kombucha program renews soon.", ""},
		{"Your sommelier education program starts soon.", ""},
		{"Your esports coaching session moved.", ""},
		{"Your onboarding program is ready.", ""},
	})
}

// TestOrdinaryReason: the reason names the cue, never the word.
func TestOrdinaryReason(t *testing.T) {
	g := newTestGuard(t)
	for text, want := range map[string]string{
		"Your pleurisy is better.":                          "is a medical word and follows 'your'",
		"Gallstone education class starts soon.":            "is a medical word and comes before 'education'",
		"Your rickets follow-up visit is confirmed.":        "is a medical word and comes before 'follow-up'",
		"Información sobre cholera en su portal.":           "is a medical word and follows 'sobre'",
		"New resources for managing lumbago are available.": "is a medical word and follows 'managing'",
	} {
		fs, err := g.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, f := range fs {
			if f.Rule == "frame.ordinary" {
				got = append(got, f.Reason)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: reasons %q, want %q", text, got, want)
		}
	}
}

// TestOrdinaryList: the generated list holds the ordinary clinical words
// it was built for and none of the everyday words it was checked against.
func TestOrdinaryList(t *testing.T) {
	data, err := vocabFS.ReadFile("vocab/wordnet_ordinary.txt")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		have[strings.TrimSpace(l)] = true
	}
	for _, w := range []string{"mumps", "hemorrhoid", "metastasis", "pleurisy", "gallstone", "pregnancy", "menopause"} {
		if !have[w] {
			t.Errorf("%s missing", w)
		}
	}
	// verbs, adjectives, other first senses, gerunds, plurals of other
	// nouns, class words
	for _, w := range []string{"cold", "cast", "stroke", "window", "complaint", "congestion", "bleeding", "spots",
		"shingles", "disease", "infection", "therapy", "calculus", "maternity", "para", "aromatherapy"} {
		if have[w] {
			t.Errorf("%s should not be listed", w)
		}
	}
}

// TestOrdinarySplit: wordnet_ordinary.txt is split like the other lists
// (split15_test.go): the development guard is built without its parts 0
// and 1, so a word of part 1 ("bedsore") is not found there by
// frame.ordinary while a word of part 2 ("rickets") is.
func TestOrdinarySplit(t *testing.T) {
	if p := splitPart("wordnet_ordinary.txt", "bedsore"); p != 1 {
		t.Fatalf("bedsore: part %d, want 1", p)
	}
	if p := splitPart("wordnet_ordinary.txt", "rickets"); p != 2 {
		t.Fatalf("rickets: part %d, want 2", p)
	}
	dev := devGuard(t)
	for text, want := range map[string]bool{
		"Your bedsore coach sent you a message.": false,
		"Your rickets coach sent you a message.": true,
	} {
		fs, err := dev.Check(Notice{Fields: []Field{{Name: "text", Text: text}}}, nil, Standard)
		if err != nil {
			t.Fatal(err)
		}
		got := false
		for _, f := range fs {
			got = got || f.Rule == "frame.ordinary"
		}
		if got != want {
			t.Errorf("%q: frame.ordinary %v, want %v (%v)", text, got, want, fs)
		}
	}
}
