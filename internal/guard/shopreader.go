package guard

// shopreader.go: a person's name after a shop's or branch's category word
// that is then spoken to (helper RED4, dev49r; a veto on orgRun's passes,
// orgnames.go, and so on branchRun's, branchrun.go).
//
// orgRun passes a capitalised run after a capitalised category word
// ("Tienda …", "Drogerie …", "Farmacia …") unless the lists hold both a
// given and a family name; branchRun passes it after a branch noun
// whatever it holds. "Tienda Carmen Vidal: tu prueba de embarazo está
// lista" and "Drogerie Lucia Ferrante: Ihr Insulin ist abholbereit" then
// passed whole: the family name was in no list. shopReaderName keeps the
// name rules' reading when all of these hold:
//
//   - a capitalised category or branch word stands right before the run
//     (orgBefore, branchRunNouns);
//   - the run has two words or more ("Chez Marcel: your table" is the
//     restaurant and passes) and opens with a listed given name that is no family name,
//     common word or place ("Carmen", "Lucia"; not "Santa", "Victoria" if
//     listed as a place);
//   - a colon or a comma closes the run and the next word speaks to the
//     reader (your, you, tu, su, usted, ihr, votre, vous): the run is a
//     vocative or a heading addressed to a person.
//
// "Tienda Santa Fe: tu pedido", "Farmacia Guadalajara: tu receta" (no given
// name first) and "Tienda Rosa Delgado: nuevos sombreros" (no reader
// word; reported before as it is now) are not touched. Accepted risk: a
// shop named after its owner's given and family name that then speaks to
// the reader ("Tienda Lucia Ferrante: tu pedido ya salió") is reported;
// fail closed.

import "strings"

var shopReaderWords = wordSetTab("your you tu su usted ihr votre vous")

// shopReaderName: the run i..end after a capitalised category word opens
// with a listed given name and is closed by ":" or "," before a word to the
// reader (see the file comment).
func (s *scanner) shopReaderName(i, end int) bool {
	n := len(s.toks)
	if i < 1 || end <= i || end+1 >= n || s.toks[i].sent || s.gap(i) != " " {
		return false
	}
	p := &s.toks[i-1]
	if p.cls&(tCap|tUpper) == 0 || !(orgBefore.get(p.h) || branchRunNouns.get(p.h)) {
		return false
	}
	if s.fl(i)&wFirst == 0 || s.fl(i)&(wLast|wCommon|wPlace) != 0 {
		return false
	}
	g := strings.TrimLeft(s.gap(end+1), " ")
	if !strings.HasPrefix(g, ":") && !strings.HasPrefix(g, ",") {
		return false
	}
	return shopReaderWords.get(s.toks[end+1].h)
}
