package guard

// Tests of frame.ordinary (ordinary.go): ordinary words that are clinical
// (vocab/wordnet_ordinary.txt) in a personal or health frame, words in no
// vocabulary before a health-programme head, the cognates of the ordinary
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
	{"Your stethoscope kit has shipped.", "frame.ordinary"},
	// Spanish: the frames, English-spelled words Spanish shares, cognates,
	// the everyday words of clinical_es.txt
	{"Tenemos noticias sobre su lumbago.", "frame.ordinary"},
	{"Información sobre cholera en su portal.", "frame.ordinary"},
	{"Su programa de rickets fue actualizado.", "frame.ordinary"},
	{"Noticias sobre la pleurisy para usted.", "frame.ordinary"},
	{"Información sobre paperas en su portal.", "clinical.condition"},
	{"Su cita para la cesárea está confirmada.", "clinical.procedure"},
	{"Nuevos recursos sobre hemorroides para usted.", "clinical.condition"},
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
}

func TestOrdinaryFrame(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, ordinaryCases)
	checkRuleCases(t, g, Strict, ordinaryCases)
}

// TestOrdinaryUnknownHead: a word in no vocabulary before a
// health-programme head. The development guard (split15_test.go) is built
// without "tinnitus" (conditions.txt), "stridor" and "erythema"
// (wordnet_medical.txt),
// so for it they are words never seen; invented words of 6+ letters are
// frame.unknown's already. Weak heads (kit, class) need a listed word.
func TestOrdinaryUnknownHead(t *testing.T) {
	checkRuleCases(t, devGuard(t), Standard, []tpCase{
		{"Your tinnitus follow-up visit is confirmed.", "frame.ordinary"},
		{"Your stridor program enrollment is complete.", "frame.ordinary"},
		{"Your stridor coach sent you a message.", "frame.ordinary"},
		// only the first word of listed phrases ("erythema multiforme")
		{"Your erythema program enrollment is complete.", "frame.ordinary"},
		{"Your zumba class starts Monday.", ""},
		{"Your espresso descaling kit has shipped.", ""},
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
