package guard

// langname.go: language names and a patient-rights title are no person's
// name (issue 15, fifteenth pass, helper recall2, dev83: "Our updated
// Patient Rights & Responsibilities are available in English, Español and
// Tiếng Việt").
//
// Notices list the languages a document or an interpreter is offered in,
// often by their own names: "Tiếng Việt", "Kreyòl Ayisyen", "Af Soomaali",
// "Bahasa Indonesia", "Wikang Tagalog". Two capitalised words in no
// vocabulary read as a person's name (name.capitalized, words.go).
// languageRun reports that every word of the run i..end is a word of a
// language's own name (langNameWords); the run is then ordinary. A run
// with any other word stays a name ("Nguyễn Thị Lan", "Trần Minh Châu").
//
// After a name cue ("Patient", "Member"), a document's title word
// (nameCueDocWords: Rights, Responsibilities, Portal, Handbook) is no
// name: "Patient Rights & Responsibilities", "Member Handbook"
// (name.cue, words.go). "Patient Rivera" stays reported.
var (
	langNameWords = wordSetTab("tieng viet kreyol ayisyen af soomaali bahasa indonesia melayu wikang tagalog " +
		"lus hmoob hmoob kiswahili gagana samoa faka tonga chamoru ilokano dine bizaad espanol english francais " +
		"portugues deutsch italiano polski russkiy afaan oromoo amarinya farsi dari pashto tigrinya nederlands")
	nameCueDocWords = wordSetTab("rights responsibilities portal handbook")
)

// languageRun: every token of i..end is a word of a language's own name.
func (s *scanner) languageRun(i, end int) bool {
	for k := i; k <= end; k++ {
		if !langNameWords.get(s.toks[k].h) {
			return false
		}
	}
	return true
}
