package langdetect

import (
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/pemistahl/lingua-go"
)

// The first pass reads a text once, counting the letters of each script and, for the Latin and
// Cyrillic scripts, the words found in each language's list of frequent words (words.go). It
// settles the clear cases on its own: a script only one language is written in, or a language
// whose frequent words clearly outnumber every other's. Everything else goes to lingua, with
// the candidate set narrowed to what the evidence allows.

// script is a writing system, as far as language detection cares.
type script uint8

const (
	scriptOther script = iota
	scriptLatin
	scriptCyrillic
	scriptGreek
	scriptArabic
	scriptDevanagari
	scriptHebrew
	scriptArmenian
	scriptGeorgian
	scriptHangul
	scriptKana
	scriptHan
	scriptThai
	scriptTamil
	scriptTelugu
	scriptGujarati
	scriptGurmukhi
	scriptBengali
	numScripts
)

// scriptOf returns the script of a letter (or combining mark of an Indic script); ok is false
// for anything that is not a letter.
func scriptOf(r rune) (script, bool) {
	switch {
	case r < 0x80:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return scriptLatin, true
		}
		return scriptOther, false
	case r < 0x250:
		return scriptLatin, unicode.IsLetter(r)
	case r >= 0x370 && r < 0x400, r >= 0x1F00 && r < 0x2000:
		return scriptGreek, unicode.IsLetter(r)
	case r >= 0x400 && r < 0x530:
		return scriptCyrillic, unicode.IsLetter(r)
	case r >= 0x530 && r < 0x590:
		return scriptArmenian, unicode.IsLetter(r)
	case r >= 0x590 && r < 0x600:
		return scriptHebrew, unicode.IsLetter(r)
	case r >= 0x600 && r < 0x700, r >= 0x750 && r < 0x780, r >= 0xFB50 && r < 0xFE00, r >= 0xFE70 && r < 0xFF00:
		return scriptArabic, unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
	case r >= 0x900 && r < 0x980:
		return scriptDevanagari, unicode.IsLetter(r) || unicode.Is(unicode.M, r)
	case r >= 0x980 && r < 0xA00:
		return scriptBengali, unicode.IsLetter(r) || unicode.Is(unicode.M, r)
	case r >= 0xA00 && r < 0xA80:
		return scriptGurmukhi, unicode.IsLetter(r) || unicode.Is(unicode.M, r)
	case r >= 0xA80 && r < 0xB00:
		return scriptGujarati, unicode.IsLetter(r) || unicode.Is(unicode.M, r)
	case r >= 0xB80 && r < 0xC00:
		return scriptTamil, unicode.IsLetter(r) || unicode.Is(unicode.M, r)
	case r >= 0xC00 && r < 0xC80:
		return scriptTelugu, unicode.IsLetter(r) || unicode.Is(unicode.M, r)
	case r >= 0xE00 && r < 0xE80:
		return scriptThai, unicode.IsLetter(r) || unicode.Is(unicode.M, r)
	case r >= 0x10A0 && r < 0x1100:
		return scriptGeorgian, unicode.IsLetter(r)
	case r >= 0x1100 && r < 0x1200, r >= 0x3130 && r < 0x3190, r >= 0xAC00 && r < 0xD7B0:
		return scriptHangul, unicode.IsLetter(r)
	case r >= 0x1E00 && r < 0x1F00, r >= 0x2C60 && r < 0x2C80, r >= 0xA720 && r < 0xA800:
		return scriptLatin, unicode.IsLetter(r)
	case r >= 0x3040 && r < 0x3100, r >= 0x31F0 && r < 0x3200, r >= 0xFF66 && r < 0xFFA0:
		return scriptKana, unicode.IsLetter(r)
	case r >= 0x3400 && r < 0x4DC0, r >= 0x4E00 && r < 0xA000, r >= 0xF900 && r < 0xFB00:
		return scriptHan, unicode.IsLetter(r)
	}
	return scriptOther, unicode.IsLetter(r)
}

// langSet is a set of lingua languages (lingua numbers them from 0 to 74).
type langSet [2]uint64

func (s *langSet) add(l lingua.Language)            { s[l>>6] |= 1 << (l & 63) }
func (s langSet) has(l lingua.Language) bool        { return s[l>>6]&(1<<(l&63)) != 0 }
func (s langSet) and(t langSet) langSet             { return langSet{s[0] & t[0], s[1] & t[1]} }
func (s langSet) or(t langSet) langSet              { return langSet{s[0] | t[0], s[1] | t[1]} }
func (s langSet) without(l lingua.Language) langSet { s[l>>6] &^= 1 << (l & 63); return s }
func (s langSet) empty() bool                       { return s[0] == 0 && s[1] == 0 }

func (s langSet) len() int {
	n := 0
	for _, w := range s {
		for ; w != 0; w &= w - 1 {
			n++
		}
	}
	return n
}

// list returns the members in lingua's order.
func (s langSet) list() []lingua.Language {
	out := make([]lingua.Language, 0, s.len())
	for l := lingua.Language(0); l < lingua.Unknown; l++ {
		if s.has(l) {
			out = append(out, l)
		}
	}
	return out
}

func setOf(langs ...lingua.Language) langSet {
	var s langSet
	for _, l := range langs {
		s.add(l)
	}
	return s
}

// tables are the first pass's data, built once per process on first use.
type tables struct {
	words     map[string]uint64   // word → bit i set if profiled[i] lists it
	profiled  []lingua.Language   // the languages with a word list, by bit
	withWords langSet             // the same as a set
	scripts   [numScripts]langSet // languages written in each script
	cluster   [lingua.Unknown + 1]langSet
	byCode    map[string]lingua.Language
	names     [lingua.Unknown]string // ISO 639-1 code of each language
	letters   map[rune]uint64        // letter → languages it hints at (letterHints)
	suffixes  map[string]uint64      // word ending → languages it hints at (suffixHints)
}

var theTables = sync.OnceValue(buildTables)

func buildTables() *tables {
	t := &tables{words: map[string]uint64{}, byCode: map[string]lingua.Language{},
		letters: map[rune]uint64{}, suffixes: map[string]uint64{}}
	for _, l := range lingua.AllLanguages() {
		t.names[l] = strings.ToLower(l.IsoCode639_1().String())
		t.byCode[t.names[l]] = l
	}
	codes := make([]string, 0, len(frequentWords))
	for c := range frequentWords {
		codes = append(codes, c)
	}
	for c := range letterHints {
		if _, ok := frequentWords[c]; !ok {
			codes = append(codes, c)
		}
	}
	sortStrings(codes)
	for i, c := range codes {
		l := t.byCode[c]
		t.profiled = append(t.profiled, l)
		t.withWords.add(l)
		for _, w := range strings.Fields(frequentWords[c]) {
			t.words[w] |= 1 << i
		}
		for _, r := range letterHints[c] {
			t.letters[r] |= 1 << i
		}
		for _, suf := range strings.Fields(suffixHints[c]) {
			t.suffixes[suf] |= 1 << i
		}
	}
	single := map[script]lingua.Language{
		scriptGreek: lingua.Greek, scriptHebrew: lingua.Hebrew, scriptArmenian: lingua.Armenian,
		scriptGeorgian: lingua.Georgian, scriptHangul: lingua.Korean, scriptKana: lingua.Japanese,
		scriptHan: lingua.Chinese, scriptThai: lingua.Thai, scriptTamil: lingua.Tamil,
		scriptTelugu: lingua.Telugu, scriptGujarati: lingua.Gujarati, scriptGurmukhi: lingua.Punjabi,
		scriptBengali: lingua.Bengali,
	}
	for s, l := range single {
		t.scripts[s] = setOf(l)
	}
	t.scripts[scriptHan].add(lingua.Japanese)
	t.scripts[scriptCyrillic] = setOf(lingua.Belarusian, lingua.Bulgarian, lingua.Kazakh, lingua.Macedonian,
		lingua.Mongolian, lingua.Russian, lingua.Serbian, lingua.Ukrainian)
	t.scripts[scriptArabic] = setOf(lingua.Arabic, lingua.Persian, lingua.Urdu)
	t.scripts[scriptDevanagari] = setOf(lingua.Hindi, lingua.Marathi)
	var nonLatin langSet
	for _, s := range t.scripts {
		nonLatin = nonLatin.or(s)
	}
	for _, l := range lingua.AllLanguages() {
		if !nonLatin.has(l) {
			t.scripts[scriptLatin].add(l)
		}
	}
	t.scripts[scriptLatin].add(lingua.Serbian) // Serbian is also written in Latin letters
	for _, cl := range clusters {
		var s langSet
		for _, c := range cl {
			s.add(t.byCode[c])
		}
		for _, c := range cl {
			l := t.byCode[c]
			t.cluster[l] = t.cluster[l].or(s)
		}
	}
	return t
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// evidence is what the first pass found in a text.
type evidence struct {
	letters int              // letters in any script
	script  [numScripts]int  // letters per script
	words   int              // words of the dominant script (Latin or Cyrillic)
	hits    [64]int32        // frequent-word hits per profiled language
	masks   [maxMasks]uint64 // the languages of each word that was a hit, up to maxMasks
	nmasks  int
	dom     script             // the script with the most letters
	scratch [maxWordBytes]byte // the current word, lower-cased
}

const (
	maxWordBytes = 40
	maxMasks     = 400
)

// scan fills e from text.
func (e *evidence) scan(t *tables, text string) {
	n := 0          // bytes of the current word in scratch
	runes := 0      // letters of the current word
	long := false   // the current word does not fit in scratch
	var hint uint64 // languages hinted at by the current word's letters
	wscript := scriptOther
	flush := func() {
		if runes == 0 {
			return
		}
		e.words++
		if !long && (wscript == scriptLatin || wscript == scriptCyrillic) {
			m := hint | t.words[string(e.scratch[:n])]
			if runes >= 5 {
				m |= t.suffixes[string(suffix3(e.scratch[:n]))]
			}
			if m != 0 {
				for b := m; b != 0; b &= b - 1 {
					e.hits[trailingZeros(b)]++
				}
				if e.nmasks < maxMasks {
					e.masks[e.nmasks] = m
					e.nmasks++
				}
			}
		}
		n, runes, long, hint, wscript = 0, 0, false, 0, scriptOther
	}
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		i += size
		s, isLetter := scriptOf(r)
		if !isLetter {
			flush()
			continue
		}
		e.letters++
		e.script[s]++
		runes++
		if wscript == scriptOther {
			wscript = s
		}
		if long {
			continue
		}
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if n+1 > maxWordBytes {
				long = true
				continue
			}
			e.scratch[n] = byte(r)
			n++
			continue
		}
		r = unicode.ToLower(r)
		hint |= t.letters[r]
		if n+utf8.RuneLen(r) > maxWordBytes {
			long = true
			continue
		}
		n += utf8.EncodeRune(e.scratch[n:], r)
	}
	flush()
	e.dom = scriptOther
	for s := scriptLatin; s < numScripts; s++ {
		if e.script[s] > e.script[e.dom] {
			e.dom = s
		}
	}
}

// suffix3 returns the last three letters of a lower-cased word.
func suffix3(w []byte) []byte {
	i := len(w)
	for k := 0; k < 3 && i > 0; k++ {
		_, size := utf8.DecodeLastRune(w[:i])
		i -= size
	}
	return w[i:]
}

// distinct returns the hits for profiled language a and not b, and for b and not a.
func (e *evidence) distinct(a, b int) (int, int) {
	ma, mb := uint64(1)<<a, uint64(1)<<b
	na, nb := 0, 0
	for _, m := range e.masks[:e.nmasks] {
		switch m & (ma | mb) {
		case ma:
			na++
		case mb:
			nb++
		}
	}
	return na, nb
}

func trailingZeros(m uint64) int {
	n := 0
	for m&1 == 0 {
		m >>= 1
		n++
	}
	return n
}

// verdict is the first pass's conclusion: a settled language, or the candidates lingua must
// choose among (empty: no guess at all).
type verdict struct {
	lang    lingua.Language // settled when != lingua.Unknown
	conf    float64
	among   langSet // otherwise: lingua decides among these
	top     lingua.Language
	topHits int
	// relatives: the text is clearly in top or one of its close relatives, and only lingua
	// can tell which.
	relatives bool
}

// Thresholds of the first pass, chosen by measurement on the corpus (see cmd/newsclean-langeval).
const (
	minHits     = 4    // frequent-word hits needed to settle
	minCoverage = 0.12 // share of the words that must be the top language's frequent words
	minDistinct = 3    // words for the top language and not for a rival, at least
	rivalRatio  = 3    // ... and this many times the words for the rival and not the top
	mateRatio   = 6    // the same against a close relative
	narrowCover = 0.06 // below this coverage the word evidence does not narrow the candidates
	scriptShare = 0.6  // share of letters the dominant script needs to decide by script
)

// judge turns evidence into a verdict over the allowed languages.
func (e *evidence) judge(t *tables, allowed langSet) verdict {
	v := verdict{lang: lingua.Unknown, top: lingua.Unknown}
	if e.letters == 0 {
		return v
	}
	inScript := t.scripts[e.dom].and(allowed)
	domLetters := e.script[e.dom]
	if e.dom == scriptHan || e.dom == scriptKana {
		domLetters = e.script[scriptHan] + e.script[scriptKana] // Japanese writes both
	}
	if float64(domLetters) < scriptShare*float64(e.letters) || e.dom == scriptOther {
		v.among = allowed // mixed scripts: lingua weighs them all
		return v
	}
	switch e.dom {
	case scriptLatin, scriptCyrillic:
	case scriptHan, scriptKana:
		// Japanese mixes Han with kana; Chinese has no kana.
		if e.script[scriptKana] > 0 && allowed.has(lingua.Japanese) {
			return settle(lingua.Japanese, 1)
		}
		if inScript = t.scripts[scriptHan].and(allowed).without(lingua.Japanese); inScript.empty() {
			inScript = t.scripts[scriptHan].and(allowed)
		}
		fallthrough
	default:
		if inScript.len() == 1 {
			return settle(inScript.list()[0], 1)
		}
		v.among = inScript
		return v
	}
	// Latin or Cyrillic: the frequent words. The languages with the most hits are tried in
	// turn; the first that clearly beats every other is the answer.
	var best [3]int
	for k := range best {
		best[k] = -1
		for i, l := range t.profiled {
			if !inScript.has(l) || e.hits[i] == 0 || slices.Contains(best[:k], i) {
				continue
			}
			if best[k] < 0 || e.hits[i] > e.hits[best[k]] {
				best[k] = i
			}
		}
	}
	if best[0] < 0 || e.words == 0 {
		v.among = e.plausible(t, inScript)
		return v
	}
	h1 := e.hits[best[0]]
	v.top, v.topHits = t.profiled[best[0]], int(h1)
	coverage := float64(h1) / float64(e.words)
	for _, top := range best {
		if top < 0 {
			break
		}
		if r, ok := e.beats(t, top, inScript); ok {
			return r
		} else if !r.among.empty() {
			v.among = r.among
			return v
		}
	}
	if coverage < narrowCover || h1 < 2 {
		v.among = e.plausible(t, inScript)
		return v
	}
	// Narrow to the languages with at least half the top's hits, their close relatives, and
	// the languages of the script without a word list.
	var among langSet
	for i, l := range t.profiled {
		if inScript.has(l) && 2*e.hits[i] >= h1 {
			among = among.or(t.cluster[l]).or(setOf(l))
		}
	}
	for _, l := range inScript.list() {
		if !t.hasProfile(l) {
			among.add(l)
		}
	}
	v.among = among.and(inScript)
	return v
}

// beats reports whether profiled language top has the hits to settle the text and beats every
// other language of the script on the words that tell the two apart, its close relatives by a
// wider margin. When it beats all but its close relatives, the verdict lists them for lingua.
func (e *evidence) beats(t *tables, top int, inScript langSet) (verdict, bool) {
	topLang := t.profiled[top]
	h := e.hits[top]
	if h < minHits || float64(h) < minCoverage*float64(e.words) {
		return verdict{}, false
	}
	mates := t.cluster[topLang].and(inScript).without(topLang)
	clearOfMates, margin := true, math.MaxInt
	for i, l := range t.profiled {
		if i == top || !inScript.has(l) || e.hits[i] == 0 {
			continue
		}
		dt, ds := e.distinct(top, i)
		if mates.has(l) {
			if dt < minDistinct+2 || ds*mateRatio > dt {
				clearOfMates = false
			}
			continue
		}
		if dt < minDistinct || ds*rivalRatio > dt {
			return verdict{}, false
		}
		margin = min(margin, dt-2*ds)
	}
	if !clearOfMates {
		return verdict{lang: lingua.Unknown, top: topLang, among: mates.or(setOf(topLang)), relatives: true}, false
	}
	return settle(topLang, 1-0.5*math.Exp(-float64(max(margin, 0))/3)), true
}

// plausible drops from the candidates the languages with a word list that the text, long
// enough to show some, has (almost) none of: news prose in any of them has a frequent word in
// every three or four. lingua then loads the models of fewer languages.
func (e *evidence) plausible(t *tables, among langSet) langSet {
	if e.words < plausibleWords {
		return among
	}
	out := among
	for i, l := range t.profiled {
		if among.has(l) && int(e.hits[i])*plausibleShare < e.words {
			out = out.without(l)
		}
	}
	if out.len() < 2 {
		return among
	}
	return out
}

// A text of plausibleWords words or more keeps among the candidates only the languages with a
// word list that cover at least one word in plausibleShare.
const (
	plausibleWords = 12
	plausibleShare = 12
)

func (t *tables) hasProfile(l lingua.Language) bool { return t.withWords.has(l) }

func settle(l lingua.Language, conf float64) verdict {
	return verdict{lang: l, conf: conf, top: l}
}
