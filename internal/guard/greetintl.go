package guard

import "strings"

// Greetings in other languages before a name (issue 15, fifth pass:
// dev20): "Kia ora Aroha, your statement is ready.", "Tēnā koe Mere,"
// (2026-12-04, helper DVC), "Namaste Priya,",
// "Shalom Dana,", "Olá João,". A greeting that opens its sentence, then
// one word (or two capitalised words) and a comma, "!" or ":" is judged
// like "Hi" by compose.greeting (greetingName: a generic addressee, a stop
// word or the tenant's wording is no name). The comma is required, so a
// greeting that names a sale, a place or a class is not a name ("Aloha
// Friday sale starts now", "Namaste Yoga class schedule").

// intlGreetings: greetings of other languages by their last word; the
// value is the hash of the word that must come before it (two-word
// greetings: "kia ora", "xin chao", "ni hao", "salaam alaikum"), 0 for a
// one-word greeting (diacritics are removed by normalisation: "olá" reads
// "ola"). One map, so a word pays one lookup.
var intlGreetings = func() map[uint64]uint64 {
	m := map[uint64]uint64{}
	for _, w := range strings.Fields("namaste namaskar salaam salam shalom aloha bonjour bonsoir salut hallo moin servus ciao salve " +
		"ola oi hej hei hoi goddag merhaba selam jambo habari sawubona konnichiwa annyeong privet zdravo ahoj czesc szia " +
		"sawasdee mabuhay kumusta marhaba ahlan talofa bula") {
		m[hstr(w)] = 0
	}
	for _, p := range [][2]string{{"kia", "ora"}, {"xin", "chao"}, {"ni", "hao"}, {"salaam", "alaikum"}, {"salam", "alaykum"},
		{"tena", "koe"}, {"tena", "korua"}, {"goeden", "dag"}, {"guten", "tag"}, {"buon", "giorno"}, {"bom", "dia"}, {"selamat", "pagi"},
		// Spanish (helper ES, dev30): "buenas tardes juan carlos,"
		{"buenos", "dias"}, {"buenas", "tardes"}, {"buenas", "noches"}} {
		m[hstr(p[1])] = hstr(p[0])
	}
	return m
}()

// intlGreetFilter answers most words without the map lookup.
var intlGreetFilter = newHashFilter(intlGreetings)

// intlGreeting: token i ends a greeting of another language that opens
// its sentence.
func (s *scanner) intlGreeting(i int) bool {
	t := &s.toks[i]
	// the position first: most words neither open a sentence nor follow
	// the word that does, and pay no lookup
	if !(i == 0 || t.sent || i == 1 || s.toks[i-1].sent) || len(t.low) < 2 || len(t.low) > 10 || t.cls&tAlpha == 0 {
		return false
	}
	if !intlGreetFilter.may(t.h) {
		return false
	}
	before, ok := intlGreetings[t.h]
	if !ok {
		return false
	}
	if before == 0 {
		return i == 0 || t.sent
	}
	return i > 0 && s.toks[i-1].h == before && s.gap(i) == " " && (i-1 == 0 || s.toks[i-1].sent)
}
