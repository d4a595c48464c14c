package guard

import "testing"

func TestLangName(t *testing.T) {
	runRecall2Cases(t, []recall2Case{
		// language names and a rights title: pass
		{"RenalPath: Our updated Patient Rights & Responsibilities are available in English, Español and Tiếng Việt.", Standard, "", false},
		{"ClearSight: Free interpreters are available in Tagalog, Tiếng Việt and Kreyòl Ayisyen.", Standard, "", false},
		// people's names: reported
		{"RenalPath: Your interpreter Nguyễn Thị Lan will meet you in the lobby.", Standard, "", true},
		{"Patient Rivera, your results are ready.", Standard, "", true},
		{"Tiếng Việt interpreter Trần Minh Châu will call you.", Standard, "", true},
	})
}
