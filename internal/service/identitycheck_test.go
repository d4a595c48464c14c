package service

import "testing"

func TestNormDateAndBirthDateInput(t *testing.T) {
	for in, want := range map[string]string{
		"1985-03-27": "1985-03-27", " 1985-3-7 ": "1985-03-07", "1985/03/27": "1985-03-27", "19850327": "1985-03-27",
		"03/27/1985": "1985-03-27", "1985-03-27T00:00:00Z": "1985-03-27",
		"1985-02-30": "", "27.03.1985": "", "": "", "x": "", "1700-01-01": "",
	} {
		if got := normDate(in); got != want {
			t.Errorf("normDate(%q) = %q, want %q", in, got, want)
		}
	}
	for _, c := range []struct{ d, m, y, want string }{
		{"27", "3", "1985", "1985-03-27"}, {" 7 ", "03", "1985", "1985-03-07"},
		{"31", "2", "1985", "x"}, {"0", "1", "1985", "x"}, {"1", "13", "1985", "x"}, {"", "", "", "x"}, {"1", "1", "85", "x"},
	} {
		if got := BirthDateInput(c.d, c.m, c.y); got != c.want {
			t.Errorf("BirthDateInput(%q, %q, %q) = %q, want %q", c.d, c.m, c.y, got, c.want)
		}
	}
}

func FuzzNormDate(f *testing.F) {
	for _, s := range []string{"1985-03-27", "03/27/1985", "19850327", "", "9999-12-31T23:59:59Z"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := normDate(s)
		if got != "" && normDate(got) != got {
			t.Fatalf("normDate(%q) = %q is not stable", s, got)
		}
	})
}
