package guard

import (
	"strconv"
	"testing"
)

// TestSpineLevelWords: spLevelWords holds every token spineLevelTok
// accepts, so scanSpineLevel's field bit (fb3Spine) never skips a field
// it would report in.
func TestSpineLevelWords(t *testing.T) {
	accepted := 0
	for c := 'A'; c <= 'Z'; c++ {
		for v := 0; v <= 99; v++ {
			for _, w := range []string{string(c) + strconv.Itoa(v), string(c) + "0" + strconv.Itoa(v)} {
				nt := normalize("x "+w, nil, nil)
				s := &scanner{toks: tokenize(&nt, nil)}
				if len(s.toks) != 2 || !s.spineLevelTok(1) {
					continue
				}
				accepted++
				if !spLevelWords.get(s.toks[1].h) {
					t.Errorf("%q: spineLevelTok accepts it, spLevelWords lacks it", w)
				}
			}
		}
	}
	if accepted < 27 {
		t.Errorf("spineLevelTok accepted %d tokens, want at least the 27 levels", accepted)
	}
}
