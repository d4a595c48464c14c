package guard

// The reader's words, shared by the rules that ask whether a sentence or a
// phrase is about the recipient (closure.go, dashname.go, carecue.go,
// imaging.go, product.go, producthead.go, vitals.go). Each rule had grown
// its own copy with small differences; one pair keeps them agreeing.
var (
	// recipientPossessive: the reader's possessives, English and Spanish.
	recipientPossessive = wordSetTab("your su sus tu tus")
	// recipientWords: every word that addresses the reader: the
	// possessives, the pronouns and contractions, Spanish object pronouns
	// and usted.
	recipientWords = wordSetTab("you your yours youre youve su sus tu tus te le les usted ustedes")
)
