package spam

import "math/bits"

// Word sets. Many signals look at a unit's words for the few that belong to one list (the
// words of a support appeal, of an imprint, of a date stamp, …), and every list has a hash
// filter (a bitset over the low 16 bits of the word's fold hash) so that nearly every word
// costs one probe. fold reads all of those filters at once, one table entry per word, and
// keeps the answer with the word (wordInfo.sets) and for the whole unit (tokens.sets): a
// signal whose list no word of the unit may belong to skips its pass over the words, which
// is the case for most units (a third of the corpus's paragraphs hold a word of the appeals,
// a twentieth a word of a discount code or a photo credit).
//
// A set's bit answers exactly as hasBit on its filter: same bits, same false positives, so
// each signal still confirms a word in its list (or table) after the bit.

// The word sets, one bit each in wordInfo.sets.
const (
	setFamily   uint16 = 1 << iota // familyBits: appeals, affiliate notes, newsletters (supportvoice.go)
	setContent                     // contentBits: the families of a box (boxfamily.go)
	setBox                         // boxBits: every word of a box (boxfamily.go)
	setReport                      // reportBits: words of reporting (boxfamily.go)
	setImprint                     // imprintBits (imprint.go)
	setCode                        // codeBits: words that announce a discount code (shape.go)
	setCredit                      // creditBits: words of a photo credit (shape.go)
	setResp                        // respBits: the authors' responsibility (authorsnote.go)
	setContinue                    // continueBits: an ad's "continues below" (adcontinue.go)
	setStamp                       // stampBits: words of a date stamp (datestamp.go)
	setEditor                      // editorNoteFirsts: first words of an editor's note (editornote.go)
)

// wordSets maps the low 16 bits of a word's fold hash to the sets whose filter has that bit.
// It is built by init, after the filters: some package variables fold words while they are
// built, and fold (wordSetsOf) reads no sets before the table exists.
var wordSets *[1 << 16]uint16

func init() {
	t := new([1 << 16]uint16)
	for _, f := range []struct {
		set  uint16
		bits *[bitsetWords]uint64
	}{
		{setFamily, familyBits}, {setContent, contentBits}, {setBox, boxBits}, {setReport, reportBits},
		{setImprint, imprintBits}, {setCode, codeBits()}, {setCredit, creditBits()}, {setResp, respBits},
		{setContinue, continueBits}, {setStamp, stampBits}, {setEditor, editorNoteFirsts},
	} {
		// Only the bits set, a few thousand in all: start-up does not walk 11 × 65,536 bits.
		for i, word := range f.bits {
			for ; word != 0; word &= word - 1 {
				t[i*64+bits.TrailingZeros64(word)] |= f.set
			}
		}
	}
	wordSets = t
}

// wordSetsOf sets the word sets of each word of w and returns their union (none while the
// package is being initialised).
func wordSetsOf(w []wordInfo) uint16 {
	t := wordSets
	if t == nil {
		return 0
	}
	var sets uint16
	for i := range w {
		w[i].sets = t[uint16(w[i].hash)]
		sets |= w[i].sets
	}
	return sets
}

// The filters' bit is the hash's low 16 bits, which wordSets is indexed by.
var _ [bitsetWords*64 - 1<<16]struct{}
var _ [1<<16 - bitsetWords*64]struct{}
