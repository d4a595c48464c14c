package guard

import "testing"

// TestDisguised: clinical words spelled out or written with digits for
// letters, with no possessive before them (disguised.go), and the sales
// words, greetings, headings and codes that look like them.
func TestDisguised(t *testing.T) {
	g := newTestGuard(t)
	checkRuleCases(t, g, Standard, []tpCase{
		{"a-m-p-u-t-e-e support grp invite 4 u: tues 6pm rm 110", "obfuscation.spelled"},
		{"s m o k i n g  c e s s a t i o n check-in: how many days nicotine-free so far?", "obfuscation.spelled"},
		{"k1dn3y st0ne f/u CT is set 4 thurs", "obfuscation.leet"},
		{"l1p0 f0ll0w up 2m0rr0w 9am dont forget ur garment", "obfuscation.leet"},
		{"y0ur r-n-y f0ll0w-up is on the 22nd", "obfuscation.leet"}, // textspeakabbr.go, with rny listed
		{"r.n.y support group: tues 7pm rm 2", "obfuscation.spelled"},
		{"k-i-d-n-e-y s-t-o-n-e CT moved to thurs", "obfuscation.spelled"},
		{"4mput33 peer visit scheduled 4 fri", "obfuscation.leet"},
		{"B4 you go: grab a free tote at the counter", ""},
		{"2m0rr0w only: 50% off all cushions", ""},
		{"H3ll0 there! New arrivals are in", ""},
		{"thx 4 shopping, c u l8r", ""},
		{"S-A-L-E this weekend on all walkers", ""},
		{"F-R-E-E shipping on orders over $50", ""},
		{"R-E-S-P-E-C-T playlist for the warehouse party", ""},
		{"l33t gamer gear now in stock", ""},
		{"Model X1-500 scooter back in stock", ""},
		{"Order #A1C-2204 has shipped", ""},
		{"P-I-Z-Z-A night for night shift friday", ""},
		{"ST0NE-W4SH robes back in the gift shop", ""},
		{"Join our w e i g h t  l o s s challenge this spring", ""},
		{"LiPo battery packs for power chairs back in stock", ""},
		{"b3st s3ll3r candles 2 for $20", ""},
		{"Your h1v test kit shipped.", ""},
		{"Your 0NFI refill pods have shipped.", ""},
	})
}
