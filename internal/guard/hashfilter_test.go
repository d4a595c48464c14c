package guard

import (
	"math/bits"
	"testing"
)

// TestHashFilterFill: every word set behind a hashFilter leaves at least
// 94 % of the filter's bits clear, so the filter still skips almost every
// lookup; a set that outgrows its filter fails here instead of slowing
// every notice unnoticed. The filter itself never changes an answer: a
// set bit falls through to the map.
func TestHashFilterFill(t *testing.T) {
	g := newTestGuard(t)
	for name, f := range map[string]*hashFilter{
		"tpWords":       &tpWords.bits,
		"ordinary":      &g.v.ordinary.bits,
		"cognatesCh":    &g.v.cognatesCh.bits,
		"otcFirst":      &otcFirstBits,
		"vitals":        vitalBits,
		"vitalCues":     vitalCueBits,
		"recipients":    recipientBits,
		"vax":           vaxBits,
		"medRoots":      &medRootBits,
		"intlGreetings": intlGreetFilter,
		"streetFirst":   streetFirstFilter,
		"devPartFirst":  &deviceParts().first,
		"devAny":        &deviceParts().any,
		"drugPen":       drugPenFilter,
		"careDate":      cdBits,
		"kinCare":       kinCareBits,
		"serviceDate":   serviceDateBits,
		"sdCare":        sdCareBits,
		"brandFirst":    &brandWords.bits,
		"symptoms":      symptomFilter,
		"staffSentence": srSentBits,
		"staffMay":      srMayBits,
		"staffThird":    srThirdBits,
		"laMark":        laMarkBits,
		"gfGift":        gfGiftBits,
		"lrType":        lrTypeBits,
		"dsWord":        dsWordBits,
		"staffFrame":    srFrameBits,
		"staffPre":      srPreBits,
		"goodsRunCue":   goodsRunCueBits,
		"careStay":      careStayBits,
		"annPlace":      plFilter,
		"saintTitles":   saintBits,
		"goodsSec":      &goodsWords.goodsBits,
		"mediaSec":      &goodsWords.mediaBits,
		"frameSec":      &goodsWords.frameBits,
		"careSec":       &goodsWords.careBits,
		"personalSec":   &goodsWords.personalBits,
		"giftSec":       &goodsWords.giftBits,
		"containerSec":  &goodsWords.containerBits,
		"goodsRunSets":  goodsRunBits,
		"bodySide":      bodySideBits,
		"loyalty":       loyaltyBits,
		"charity":       charityBits,
		"closure":       closureBits,
		"bodyChange":    bodyChangeBits,
		"addrMX":        addrMXBits,
		"injury":        injuryBits,
		"relativeCare":  relativeCareBits,
		"care":          careBits,
		"careFacility":  cfBits,
		"shopSlot":      shopSlotBits,
	} {
		set := 0
		for _, w := range f {
			set += bits.OnesCount64(w)
		}
		fill := float64(set) / float64(64*len(f))
		if set == 0 || fill > 0.06 {
			t.Errorf("%s: %d of %d bits set (%.1f %%): empty, or too full to filter", name, set, 64*len(f), 100*fill)
		}
		t.Logf("%-14s %4d bits set, %.1f %%", name, set, 100*fill)
	}
}
