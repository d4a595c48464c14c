package guard

import "math/bits"

// hashTab is a read-only copy of a map keyed by word or context hashes in
// one open-addressed array (helper SPEED10, like wordTab): a linear probe
// over small slots costs a fraction of a general map lookup, and the sets
// behind it are looked up for most tokens of every field (tpWords, a
// Prepared's context keys). Its answers are the map's (TestHashTabIsTheMap):
// build it only once the map is complete and never change the map after.
type hashTab[V any] struct {
	slots  []hashSlot[V]
	shift  uint // slot = (h * wordTabMul) >> shift
	zero   V    // the value of key 0 (the empty slot's key)
	zeroOK bool
}

type hashSlot[V any] struct {
	h uint64
	v V
}

func newHashTab[V any](m map[uint64]V) hashTab[V] {
	lg := bits.Len(uint(len(m)*2 + 1))
	if lg < 4 {
		lg = 4
	}
	t := hashTab[V]{slots: make([]hashSlot[V], 1<<lg), shift: uint(64 - lg)}
	mask := uint64(len(t.slots) - 1)
	for h, v := range m {
		if h == 0 {
			t.zero, t.zeroOK = v, true
			continue
		}
		i := (h * wordTabMul) >> t.shift
		for t.slots[i].h != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = hashSlot[V]{h, v}
	}
	return t
}

// get returns the value of h, the zero value when h is not a key.
func (t *hashTab[V]) get(h uint64) V {
	if h == 0 || len(t.slots) == 0 {
		if h == 0 && t.zeroOK {
			return t.zero
		}
		var z V
		return z
	}
	mask := uint64(len(t.slots) - 1)
	i := (h * wordTabMul) >> t.shift
	for {
		s := &t.slots[i]
		if s.h == h {
			return s.v
		}
		if s.h == 0 {
			var z V
			return z
		}
		i = (i + 1) & mask
	}
}

// The word sets below are read through hashTab copies (helper SPEED13):
// BenchmarkCheckPrepared's profile found their lookups hot (a map lookup
// costs several times a hashTab's), so every read of one by index goes
// through its Tab (TestSetTabsAreTheSets); the maps stay for the filters
// built from them and the helpers that take a set as an argument. None
// is changed after its initialiser, and each Tab is built after it (Go
// initialises a variable after those it reads).
var (
	recipientWordsTab       = newHashTab(recipientWords)
	sdCareTab               = newHashTab(sdCare)
	sdWeekdaysTab           = newHashTab(sdWeekdays)
	sdHomeCareTab           = newHashTab(sdHomeCare)
	sdAptWordsTab           = newHashTab(sdAptWords)
	spDeliverTab            = newHashTab(spDeliver)
	slPronounTab            = newHashTab(slPronoun)
	prodGlueTab             = newHashTab(prodGlue)
	pcNoNameTab             = newHashTab(pcNoName)
	pcvAskTab               = newHashTab(pcvAsk)
	pcvAskForTab            = newHashTab(pcvAskFor)
	textSpeakOwnerTab       = newHashTab(textSpeakOwner)
	goodsRunPersonBeforeTab = newHashTab(goodsRunPersonBefore)
	goodsRunCueTab          = newHashTab(goodsRunCue)
	personSlotBrandTab      = newHashTab(personSlotBrand)
	srFieldReaderTab        = newHashTab(srFieldReader)
	careHeldWordsTab        = newHashTab(careHeldWords)
	snClubWordsTab          = newHashTab(snClubWords)
	closureVerbsTab         = newHashTab(closureVerbs)
	headsBeforeTab          = newHashTab(headsBefore)
	pickupCuesTab           = newHashTab(pickupCues)
	vaxClassTab             = newHashTab(vaxClass)
	// helper SPEED13B: drugscreen.go, paydate.go, staffjob.go, staffthird.go
	drugScreenCtxTab        = newHashTab(drugScreenCtx)
	drugScreenDrugTab       = newHashTab(drugScreenDrug)
	drugScreenFirstTab      = newHashTab(drugScreenFirst)
	drugScreenPlusForTab    = newHashTab(drugScreenPlusFor)
	drugScreenReaderTab     = newHashTab(drugScreenReader)
	drugScreenResultVerbTab = newHashTab(drugScreenResultVerb)
	drugScreenSpecimenTab   = newHashTab(drugScreenSpecimen)
	drugScreenSubstTab      = newHashTab(drugScreenSubst)
	drugScreenVerdictTab    = newHashTab(drugScreenVerdict)
	pdBookVerbTab           = newHashTab(pdBookVerb)
	pdAcctTab               = newHashTab(pdAcct)
	srJobMoreTab            = newHashTab(srJobMore)
	srJobNotRoleTab         = newHashTab(srJobNotRole)
	srJobMayTab             = newHashTab(srJobMay)
	srThirdMayTab           = newHashTab(srThirdMay)
)
