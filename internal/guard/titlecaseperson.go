package guard

// titlecaseperson.go: a person in a line that titleCase (words.go) reads as
// a Title Case subject line (issue 15, red team RED, dev53q).
//
// Two capitalised words in no vocabulary are a name (name.capitalized, c2
// in words.go) unless the sentence is in Title Case, where capitals say
// nothing. A staff-news line of a sender with a multi-word name has mostly
// capitalised words and so read as Title Case: "Sunrise Adult Day welcomes
// new participant Siosaia Taufa to our Tuesday circle!", "Congratulations
// to Nkechi Obi, Harbor House's Guest of the Quarter!" — an adult-day
// participant's or a guest's name passed. newsVerbBefore lifts the Title
// Case exemption for the pair when the word right before it is in lower
// case and is a news verb of the sender (srNews: welcomes, joins, honoring…;
// "congratulates"), a word for a person the sender serves (redAwardReaders:
// participant, member, guest, resident…), or "to"/"a" after
// "Congratulations"/"Congrats"/"bienvenida"/"felicitamos". The name is then
// judged by the staff rules as any other (staffrole.go keeps it when its
// apposition names a reader: "Guest of the Quarter").
//
// Stays Title Case: "Sunrise Adult Day Welcomes You Back!" (the verb is
// capitalised), "Summer Sale Starts Now at Harbor House". Called only on a
// pair c2 is about to take: no filter.

// newsVerbBefore: a lower-case news verb of the sender's ("welcomes",
// "joins", "congratulates"), a word for a person the sender serves
// ("participant", "guest", "member": redcuts.go's redAwardReaders) or
// "Congratulations to"/"bienvenida a" stands right before token i, so a
// line whose other words are capitalised ("Sunrise Adult Day welcomes
// participant Siosaia Taufa!") is a sentence about a person, not a Title
// Case subject line (RED, dev53q).
func (s *scanner) newsVerbBefore(i int) bool {
	if i == 0 || s.gap(i) != " " || s.toks[i-1].cls&(tCap|tUpper) != 0 {
		return false
	}
	p := &s.toks[i-1]
	if srNews.get(p.h) || redAwardReaders.get(p.h) || p.low == "congratulates" {
		return true
	}
	if i > 1 && (p.low == "to" || p.low == "a") {
		q := s.toks[i-2].low
		return q == "congratulations" || q == "congrats" || q == "bienvenida" || q == "bienvenido" || q == "felicitamos"
	}
	return false
}
