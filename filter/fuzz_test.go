package filter

import (
	"testing"
)

// The fuzz targets assert the invariants of checkProperties (removals index the input, no
// invented word, valid UTF-8 out, nothing lost, idempotent) on every input. Their seed
// corpora live in testdata/fuzz/<Target>/ and cover empty and whitespace-only input, NULs,
// CRLF and CR-only line breaks, a BOM, lone continuation bytes, truncated and overlong
// sequences, surrogates, ZWJ emoji, an RTL override, a combining-mark flood, HTML entities
// and tags and mixed scripts. .ci/run fuzzes each for 30 s:
//
//	go test ./filter -run '^$' -fuzz '^FuzzClean$' -fuzztime 30s
//
// A crasher the fuzzer finds is committed there as a regression seed together with its fix.

// FuzzClean cleans raw bytes.
func FuzzClean(f *testing.F) {
	f.Add([]byte("Il consiglio comunale ha approvato il bilancio. Clicca qui per scoprire l'offerta."))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkProperties(t, propFilter(), string(data))
	})
}

// FuzzCleanDoc cleans a generated article (gen_test.go: sentences, promo lines, repeats,
// near-copies, headings, headers, whitespace variants) with a fuzzed piece spliced in at a
// fuzzed offset.
func FuzzCleanDoc(f *testing.F) {
	f.Add(uint64(1), "", uint16(0))
	f.Add(uint64(7), "\xff\xfe", uint16(40))
	f.Fuzz(func(t *testing.T, seed uint64, piece string, at uint16) {
		doc := newDocGen(seed).doc()
		i := int(at) % (len(doc) + 1)
		checkProperties(t, propFilter(), doc[:i]+piece+doc[i:])
	})
}
