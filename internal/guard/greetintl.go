package guard

// Greetings in other languages before a name (issue 15, fifth pass:
// dev20): "Kia ora Aroha, your statement is ready.", "Namaste Priya,",
// "Shalom Dana,", "Olá João,". A greeting that opens its sentence, then
// one word (or two capitalised words) and a comma, "!" or ":" is judged
// like "Hi" by compose.greeting (greetingName: a generic addressee, a stop
// word or the tenant's wording is no name). The comma is required, so a
// greeting that names a sale, a place or a class is not a name ("Aloha
// Friday sale starts now", "Namaste Yoga class schedule").

// intlGreetings: one-word greetings of other languages (diacritics are
// removed by normalisation: "olá" reads "ola").
var intlGreetings = wordSet("namaste namaskar salaam salam shalom aloha bonjour bonsoir salut hallo moin servus ciao salve " +
	"ola oi hej hei hoi goddag merhaba selam jambo habari sawubona konnichiwa annyeong privet zdravo ahoj czesc szia " +
	"sawasdee mabuhay kumusta marhaba ahlan talofa bula")

// intlGreetings2: two-word greetings, by their last word and the word
// before it ("kia ora", "xin chao", "ni hao", "as salam": the Arabic
// greeting without its reply).
var intlGreetings2 = map[uint64]uint64{
	hstr("ora"):     hstr("kia"),
	hstr("chao"):    hstr("xin"),
	hstr("hao"):     hstr("ni"),
	hstr("alaikum"): hstr("salaam"),
	hstr("alaykum"): hstr("salam"),
	hstr("dag"):     hstr("goeden"),
	hstr("tag"):     hstr("guten"),
	hstr("giorno"):  hstr("buon"),
	hstr("dia"):     hstr("bom"),
	hstr("pagi"):    hstr("selamat"),
}

// intlGreeting: token i ends a greeting of another language that opens
// its sentence.
func (s *scanner) intlGreeting(i int) bool {
	h := s.toks[i].h
	if intlGreetings[h] {
		return i == 0 || s.toks[i].sent
	}
	if b, ok := intlGreetings2[h]; ok && i > 0 && s.toks[i-1].h == b && s.gap(i) == " " {
		return i-1 == 0 || s.toks[i-1].sent
	}
	return false
}
