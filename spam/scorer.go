package spam

import (
	"fmt"
	"hash/maphash"
	"math"
	"math/bits"
	"regexp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// DefaultThreshold is the score at and above which a line is spam.
const DefaultThreshold = 0.5

// Scorer scores lines and sentences as injected ads, promos, calls to action and boilerplate.
// A Scorer is immutable after New and safe for concurrent use.
type Scorer struct {
	threshold float64
	// The phrase indexes are keyed by word hashes (fnv, as fold computes them): a collision
	// only adds a phrase that wordsMatch then rejects, so the lists are candidates.
	byFirst  candidateIndex // first word → phrases of one word, or whose second word is a pattern
	byPair   candidateIndex // first and second word (pairKey) → phrases of two or more plain words
	byPrefix candidateIndex // first prefixLen bytes of a prefix first word (prefixKey) → indexes
	// Phrases that start with <num>: by the hash of their second word when it is a plain
	// word (numByNext, with numNextBits), the others in numAny. A number is looked up once,
	// not against every such phrase.
	numByNext   candidateIndex
	numAny      []candidate
	numNextBits *[bitsetWords]uint64
	// firstBits and prefixBits hold one bit per hash of the keys of byFirst and byPrefix, so
	// that the words no rule starts with (nearly all of them) cost no lookup.
	firstBits, prefixBits *[bitsetWords]uint64
	pairBits              *[pairBitsetWords]uint64
	phrases               []compiled
	regexps               []compiledRegexp
	stop                  map[string]bool // function words, neutral for coverage

	// leadBits holds the first words of byFirst and byPair: a word without its bit skips
	// both lookups.
	leadBits *[bitsetWords]uint64

	// vocab is the built-in vocabulary model (vocab.go), nil without the built-ins: a user who
	// replaces them has only their own rules, shapes and context.
	vocab *vocabTable

	// evidence holds Verdict.Evidence slices by content: the same few lists of rule ids and
	// features come back in verdict after verdict, and a page of promo lines would otherwise
	// allocate one per line.
	evidence *evidenceTable
}

// evidenceTable is a lock-free cache of evidence lists, one slot per hash bucket; a new list
// replaces the one in its slot.
type evidenceTable [1 << 12]atomic.Pointer[[]string]

// evidenceSeed seeds the hashes of the evidence cache.
var evidenceSeed = maphash.MakeSeed()

// evidenceOf returns the names of sig as a Verdict's Evidence: a shared slice when the same
// list was seen before (its length is its capacity, so an append copies it).
func (s *Scorer) evidenceOf(sig []signal) []string {
	if s.evidence == nil {
		return names(sig)
	}
	var h uint64
	for _, g := range sig {
		h = (h ^ maphash.String(evidenceSeed, g.name)) * 0x9E3779B97F4A7C15
	}
	slot := &s.evidence[h>>52]
	if p := slot.Load(); p != nil {
		ev := *p
		same := len(ev) == len(sig)
		for i := 0; same && i < len(ev); i++ {
			same = ev[i] == sig[i].name
		}
		if same {
			return ev
		}
	}
	ev := names(sig)
	slot.Store(&ev)
	return ev
}

// names returns the names of sig.
func names(sig []signal) []string {
	ev := make([]string, len(sig))
	for i, g := range sig {
		ev[i] = g.name
	}
	return ev
}

// uiCategory is the category of site-furniture words ("Condividi", "Login"): weak alone,
// they count only in short units, where they can explain the whole line.
const uiCategory = "ui"

// longUnit is the length in bytes past which a unit without a rule match is not looked at
// further.
const longUnit = 400

// onTopicDamping scales the score of a borderline short line whose words the article shares.
const onTopicDamping = 0.8

// maxCoverageWords is the longest unit, in words, that can be explained by its rules.
const maxCoverageWords = 14

// bitsetWords sizes the hash filters in front of the phrase maps (64 Ki bits each).
const bitsetWords = 1 << 10

func setBit(b *[bitsetWords]uint64, h uint32) { b[(h>>6)%bitsetWords] |= 1 << (h & 63) }
func hasBit(b *[bitsetWords]uint64, h uint32) bool {
	return b[(h>>6)%bitsetWords]&(1<<(h&63)) != 0
}

// pairBitsetWords sizes the filter of the pair index: it holds nine times the keys of the
// first-word index (11,700 pairs of the built-in rules), and nearly every other word of prose
// starts a pair of some phrase ("of the", "di un"). In a filter the size of the others one
// lookup in six went through for nothing; in this one (32 KB), one in twenty-three.
const pairBitsetWords = 1 << 12

// setPairBit and hasPairBit are setBit and hasBit for the pair index's larger filter.
func setPairBit(b *[pairBitsetWords]uint64, h uint32) { b[(h>>6)%pairBitsetWords] |= 1 << (h & 63) }

func hasPairBit(b *[pairBitsetWords]uint64, h uint32) bool {
	return b[(h>>6)%pairBitsetWords]&(1<<(h&63)) != 0
}

// pairKey is the key of two consecutive words in the pair index.
func pairKey(a, b uint32) uint64 { return uint64(a)<<32 | uint64(b) }

// pairHash combines the hashes of two consecutive words.
func pairHash(a, b uint32) uint32 { return (a*0x9E3779B1 ^ b) * fnvPrime }

// prefixLen is how many bytes of a word index the phrases whose first word is a prefix.
const prefixLen = 4

type compiled struct {
	phrase
	rule   Rule
	reason string // rule.Category + "-phrase", built once
}

// candidate is a phrase in the lists of the indexes, with what rejects most lookups without
// reading the phrase itself (thousands of phrases are far apart in memory; a candidate list is
// read in one piece): the number of words, and the hash of the hashes of its plain words (not
// a prefix, a number nor "*") among its first 32, which mask marks (wordsHash). A phrase with
// a prefix or a number has plain words too, as a rule: when only phrases of plain words were
// hashed, 98 % of the phrases with a pattern read for a match (three in five of those read)
// did not match, and were read for nothing.
type candidate struct {
	id, words int32
	hash      uint32
	mask      uint32 // bit k: word k is plain and hashed
}

// newCandidate returns phrase i of s as a candidate.
func (s *Scorer) newCandidate(i int32) candidate {
	p := &s.phrases[i]
	c := candidate{id: i, words: int32(len(p.words)), hash: fnvOffset}
	for k, w := range p.words[:min(len(p.words), 32)] {
		if !p.prefix[k] && !p.number[k] && !p.any[k] {
			c.mask |= 1 << k
			c.hash = (c.hash ^ fnv(w)) * fnvPrime
		}
	}
	return c
}

// wordsHash returns the hash of the hashes of the words i+k of t whose bit k mask sets, as
// newCandidate computes it for a phrase.
func (t *tokens) wordsHash(i int, mask uint32) uint32 {
	h := uint32(fnvOffset)
	for ; mask != 0; mask &= mask - 1 {
		h = (h ^ t.w[i+bits.TrailingZeros32(mask)].hash) * fnvPrime
	}
	return h
}

// mayMatch reports whether c may match at word i of t: false when the phrase is longer than
// the words left, or the hashes of its plain words differ from the unit's there.
func (c candidate) mayMatch(t *tokens, i int) bool {
	return i+int(c.words) <= t.n() && c.hash == t.wordsHash(i, c.mask)
}

type compiledRegexp struct {
	re     *regexp.Regexp
	rule   Rule
	reason string
}

type config struct {
	rules     []Rule
	builtins  bool
	threshold float64
}

// Option configures a Scorer.
type Option func(*config) error

// WithRules adds rules to the scorer (to the built-ins, unless WithoutBuiltins is given too).
func WithRules(rules ...Rule) Option {
	return func(c *config) error {
		c.rules = append(c.rules, rules...)
		return nil
	}
}

// WithoutBuiltins drops the built-in rules and the built-in vocabulary model; only rules given
// by WithRules apply. Shape features (capitals, bullet glyphs, links, contact details, menu
// rows) and context still count.
func WithoutBuiltins() Option {
	return func(c *config) error {
		c.builtins = false
		return nil
	}
}

// WithThreshold sets the score in (0, 1] at and above which a line is spam (default 0.5).
func WithThreshold(t float64) Option {
	return func(c *config) error {
		if !(t > 0 && t <= 1) {
			return fmt.Errorf("spam: threshold %v is not in (0, 1]", t)
		}
		c.threshold = t
		return nil
	}
}

// New builds a Scorer. It returns an error for an impossible option or a rule that does not
// compile.
func New(opts ...Option) (*Scorer, error) {
	c := config{builtins: true, threshold: DefaultThreshold}
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, err
		}
	}
	var rules []Rule
	if c.builtins {
		rules = append(rules, builtin().rules...)
	}
	rules = append(rules, c.rules...)
	s := &Scorer{threshold: c.threshold, evidence: new(evidenceTable), stop: builtin().stop,
		firstBits: new([bitsetWords]uint64), prefixBits: new([bitsetWords]uint64), pairBits: new([pairBitsetWords]uint64),
		leadBits: new([bitsetWords]uint64), numNextBits: new([bitsetWords]uint64)}
	if c.builtins {
		s.vocab = vocabModel() // parsed once per process, with the first scorer (vocab.go)
	}
	byFirst, byPair, byPrefix, numByNext := map[uint64][]candidate{}, map[uint64][]candidate{}, map[uint64][]candidate{}, map[uint64][]candidate{}
	for _, r := range rules {
		if !(r.Weight > 0 && r.Weight <= 1) {
			return nil, fmt.Errorf("%w: rule %q: weight %v is not in (0, 1]", ErrRules, r.ID, r.Weight)
		}
		if r.Category == "" {
			return nil, fmt.Errorf("%w: rule %q has no category", ErrRules, r.ID)
		}
		switch {
		case r.Regexp != "":
			re, err := regexp.Compile(r.Regexp)
			if err != nil {
				return nil, fmt.Errorf("%w: rule %q: %v", ErrRules, r.ID, err)
			}
			if r.ID == "" {
				r.ID = r.Category + ":/" + r.Regexp + "/"
			}
			s.regexps = append(s.regexps, compiledRegexp{re: re, rule: r, reason: r.Category + "-phrase"})
		default:
			ph, err := compilePhrase(r.Phrase)
			if err != nil {
				return nil, fmt.Errorf("%w: rule %q: %v", ErrRules, r.ID, err)
			}
			if r.ID == "" {
				r.ID = r.Category + ":" + r.Phrase
			}
			i := int32(len(s.phrases))
			s.phrases = append(s.phrases, compiled{phrase: ph, rule: r, reason: r.Category + "-phrase"})
			c := s.newCandidate(i)
			first := ph.words[0]
			if ph.number[0] {
				if len(ph.words) >= 2 && !ph.prefix[1] && !ph.number[1] && !ph.any[1] {
					next := fnv(ph.words[1])
					numByNext[uint64(next)] = append(numByNext[uint64(next)], c)
					setBit(s.numNextBits, next)
				} else {
					s.numAny = append(s.numAny, c)
				}
			} else if ph.prefix[0] {
				if len(first) >= prefixLen {
					// A shorter prefix is never looked up: words are indexed by their
					// first prefixLen bytes.
					k := prefixKey([]byte(first[:prefixLen]))
					byPrefix[uint64(k)] = append(byPrefix[uint64(k)], c)
					setBit(s.prefixBits, prefixBit(k))
				}
			} else if h1 := fnv(first); len(ph.words) >= 2 && !ph.prefix[1] && !ph.number[1] && !ph.any[1] {
				h2 := fnv(ph.words[1])
				byPair[pairKey(h1, h2)] = append(byPair[pairKey(h1, h2)], c)
				setPairBit(s.pairBits, pairHash(h1, h2))
				setBit(s.leadBits, h1)
			} else {
				byFirst[uint64(h1)] = append(byFirst[uint64(h1)], c)
				setBit(s.firstBits, h1)
				setBit(s.leadBits, h1)
			}
		}
	}
	s.byFirst, s.byPair, s.byPrefix, s.numByNext = newCandidateIndex(byFirst), newCandidateIndex(byPair), newCandidateIndex(byPrefix), newCandidateIndex(numByNext)
	return s, nil
}

// Default returns the Scorer with the built-in rules and default threshold, built once per
// process on first use.
var Default = sync.OnceValue(func() *Scorer {
	s, err := New()
	if err != nil {
		panic(err) // built-in rules are tested
	}
	return s
})

// Threshold returns the score at and above which the scorer calls a line spam.
func (s *Scorer) Threshold() float64 { return s.threshold }

// Verdict is the scorer's decision on one line or sentence.
type Verdict struct {
	Spam     bool
	Score    float64  // in [0, 1]
	Reason   string   // the strongest evidence as a stable name, e.g. "cta-phrase", "shouting"
	Evidence []string // every rule id and feature that fired, strongest first; shared between verdicts: read only
	// Candidates counts the rule phrases found anywhere in the text, anchors and quotation
	// marks aside, plus one for a trace of a marker (©, a code, a menu, a placeholder, a
	// photo credit). When it is 0, no sentence of the text can be spam on lexical evidence,
	// so a caller scoring a paragraph can skip scoring its sentences.
	Candidates int
}

// Kind says where a piece of text sits, which changes how much evidence it takes.
type Kind int

const (
	// Line is a paragraph of its own.
	Line Kind = iota
	// Glued is a sentence at the start or end of a longer paragraph: it is removed only on
	// lexical evidence (a rule match), never on shape or context alone.
	Glued
)

// Context says where a unit sits in its document. The zero Context means "unknown": only the
// unit's own words and shape count. Context evidence is weak by design: it can tip a unit
// that already carries a rule match or a strong shape over the threshold, never remove one
// on its own.
type Context struct {
	// Doc is the document the unit comes from, Para the index of its paragraph in Doc.
	Doc  *Doc
	Para int
	// Tail says a glued unit is the last sentence of its paragraph (false: the first).
	Tail bool
	// NextToSpam says the unit touches a unit already found to be spam: the neighbouring
	// sentence of a glued unit, or the previous or next paragraph of a line.
	NextToSpam bool
	// NextToSelling says that unit sells something (see Sells): a sentence on a topic news
	// also covers (crypto, casinos, loans) next to an ad is part of the ad, next to a cookie
	// banner or a share row it is the article's.
	NextToSelling bool
	// head says a line is the first words of paragraph Para, which LineLead asks about as a
	// line of their own: the rest of the paragraph is the text under them (label.go).
	head bool
}

// sellingCategories are the rule categories of text that sells: promos, ads and their labels,
// calls to action, offers, and the topics ads are about.
var sellingCategories = map[string]bool{"promo": true, "cta": true, "casino": true, "betting": true,
	"crypto": true, "forex": true, "loan": true, "claim": true, "coupon": true, "affiliate": true,
	"contact": true, "disclaimer": true, "adlabel": true, "app": true}

// Sells reports whether a verdict's evidence (Verdict.Evidence) shows it sells something: a
// rule of a category of promos and ads ("crypto:…", "cta:…") or a discount code.
func Sells(evidence []string) bool {
	for _, e := range evidence {
		if cat, _, ok := strings.Cut(e, ":"); ok && sellingCategories[cat] || e == "promo-code" {
			return true
		}
	}
	return false
}

// signal is one piece of evidence.
type signal struct {
	name   string
	reason string
	weight float64
	class  uint8
}

const (
	classRule = iota
	classShape
	classContext
)

// scratch is per-call working memory, pooled so that scoring allocates nothing on clean text.
type scratch struct {
	tok        tokens
	covered    []bool
	sig        []signal
	label      bool // a rule stronger than a platform name matched
	candidates int  // phrases found anywhere, anchors and quotation marks aside
	phone      int8 // whether the unit holds a phone number: 0 not known yet, 1 no, 2 yes
	// opener says a phrase opens the unit that, opening it, makes it a call to action or a
	// label: one anchored to the start ("^…") or one of a category of calls to action
	// (openerCategories). Set by matchRules, reset by scoreIn.
	opener bool
	// anchored says the phrase that opens the unit is anchored to its start ("^…"): a
	// label's or a button's words (see anchoredLead). Set by matchRules, reset by scoreIn.
	anchored bool
	// ruleEnd is where the last phrase of a rule other than site furniture ends, the unit's
	// length for a regular expression. Set by matchRules, reset by scoreIn.
	ruleEnd int
	aux     tokens // scratch for folding parts of the unit (slogan.go)
	// shopVoice says an unquoted word of a seller's request (shopVoice) stands in the unit.
	// Set by voiceFamilies, reset by scoreIn.
	shopVoice bool
	// vocabLo is the unit's log-odds in the vocabulary model, once vocabKnown (vocab.go):
	// a line judged alone and then weighed again asks for it twice. Reset by scoreIn.
	vocabLo    float64
	vocabKnown bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// startMatch readies sc for matchRules on the unit it has folded: no signals, none of the flags
// and counts matchRules sets (label, opener, anchored, candidates, ruleEnd), and covered all
// false, one per word. Every caller of matchRules starts so; a scratch comes from a pool with
// the last unit's values.
func (sc *scratch) startMatch() {
	n := sc.tok.n()
	sc.sig = sc.sig[:0]
	sc.label, sc.candidates, sc.opener, sc.anchored, sc.ruleEnd = false, 0, false, false, 0
	sc.covered = slices.Grow(sc.covered[:0], n)[:n]
	clear(sc.covered)
}

// labelWhole adds g, a family's evidence that the unit sc holds is boilerplate from its first
// word to its last (a form field, an ad's gap label, an authors' note, a shopping promo): every
// word is explained, the unit is a label, and its sentences are worth scoring.
func (sc *scratch) labelWhole(g signal) {
	for i := range sc.covered {
		sc.covered[i] = true
	}
	sc.label = true
	sc.candidates++
	sc.sig = append(sc.sig, g)
}

// Score scores text as a line of its own, without context.
func (s *Scorer) Score(t string) Verdict { return s.ScoreIn(t, Line, Context{}) }

// ScoreAs scores text as the given kind of unit, without context.
func (s *Scorer) ScoreAs(t string, kind Kind) Verdict { return s.ScoreIn(t, kind, Context{}) }

// ScoreIn scores text as the given kind of unit in its context.
//
// The score combines the evidence as 1 - Π(1 - weight): rule matches (a second match of one
// category counts half), shape features of the text, how much of a short line the rules
// explain, and, for units whose score is already borderline, context features. Long units are
// damped: one promo phrase in a long sentence is usually journalism quoting it.
func (s *Scorer) ScoreIn(t string, kind Kind, ctx Context) Verdict {
	var n int
	v := s.scoreIn(t, kind, ctx, &n)
	if n > maxCoverageWords {
		if v.Candidates == 0 && len(t) <= maxUnitBytes {
			// Run-together links glued to the end of a paragraph are candidates too.
			v.Candidates += s.joinedCandidates(t) // gluedtail.go
		}
		if v.Candidates == 0 && kind == Line && labelTail(t) {
			v.Candidates = 1 // a label glued to the end: label.go
		}
		return v
	}
	if v.Spam || len(t) > maxJoinedBytes || !hasJoins(t) {
		return v
	}
	// Links of a menu or a widget whose text the extractor ran together ("Partager sur
	// TwitterPartager sur Facebook", "SuscríbeteIniciar Sesión"): scored again with the
	// joins opened, they count when the rules explain them. Menus are short: only units of
	// at most maxCoverageWords words and maxJoinedBytes bytes are looked at (a megabyte
	// without a space is one word, and no menu).
	w := s.scoreIn(splitJoins(t), kind, ctx, &n)
	if !w.Spam || !RuleEvidence(w.Evidence) {
		v.Candidates = max(v.Candidates, w.Candidates)
		return v
	}
	w.Evidence = append(slices.Clip(w.Evidence), "joined-words")
	w.Candidates = max(w.Candidates, v.Candidates)
	return w
}

// maxJoinedBytes is the longest unit whose run-together words are opened and scored again.
const maxJoinedBytes = 2048

// joinedEdgeBytes is how much of the end of a longer unit is looked at for links run
// together glued to it.
const joinedEdgeBytes = 160

// hasJoins reports a word run into the next without a space: three or more lower-case letters
// right before a capital ("TwitterPartager", "VeganCLICK"; not "YouTube" nor "PayPal"), or a
// digit right before a capital that a lower-case letter follows ("3,570Suscriptores").
func hasJoins(t string) bool { return nextJoin(t) >= 0 }

// nextJoin returns the byte offset of the first join in t (see hasJoins), or -1.
// Capitals are rare in text: the scan passes over the ASCII bytes that are no capital and
// looks back from a capital at the runes before it.
func nextJoin(t string) int {
	for i := 0; i < len(t); {
		if i+8 <= len(t) && !capitalOrWide(t[i:i+8]) {
			i += 8 // no byte a join may start at
			continue
		}
		c := t[i]
		if c < utf8.RuneSelf {
			if c-'A' < 26 && (lowerBefore(t, i) || digitBefore(t, i) && i+1 < len(t) && t[i+1]-'a' < 26) {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		if unicode.IsUpper(r) && (lowerBefore(t, i) ||
			digitBefore(t, i) && i+size < len(t) && unicode.IsLower(rune(t[i+size]))) {
			return i
		}
		i += size
	}
	return -1
}

// capitalOrWide reports whether one of the eight bytes of b is an ASCII capital or a byte of
// a wider rune. With the top bits cleared, a byte plus 0x3F reaches 0x80 from 'A' up and plus
// 0x25 from '[' up, and no sum carries into the next byte.
func capitalOrWide(b string) bool {
	x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
	const low, high = 0x7F7F7F7F7F7F7F7F, 0x8080808080808080
	y := x & low
	return ((y+0x3F3F3F3F3F3F3F3F)&^(y+0x2525252525252525)|x)&high != 0
}

// lowerBefore reports whether the three runes of t right before byte i are lower-case
// letters.
func lowerBefore(t string, i int) bool {
	for k := 0; k < 3; k++ {
		if i <= 0 {
			return false
		}
		if c := t[i-1]; c < utf8.RuneSelf {
			if c-'a' >= 26 {
				return false
			}
			i--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(t[:i])
		if !unicode.IsLower(r) {
			return false
		}
		i -= size
	}
	return true
}

// digitBefore reports whether the byte of t right before byte i is an ASCII digit.
func digitBefore(t string, i int) bool { return i > 0 && t[i-1]-'0' < 10 }

// runeStart returns i moved back to the start of the rune it falls in.
func runeStart(t string, i int) int {
	for i > 0 && i < len(t) && !utf8.RuneStart(t[i]) {
		i--
	}
	return i
}

// splitJoins opens every join of t (see hasJoins) with " | ".
func splitJoins(t string) string {
	var b strings.Builder
	b.Grow(len(t) + 16)
	for {
		i := nextJoin(t)
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		b.WriteString(" | ")
		t = t[i:]
	}
}

// RuleEvidence reports evidence (Verdict.Evidence) that holds a rule match ("category:phrase"),
// not only shape or context features.
func RuleEvidence(ev []string) bool {
	for _, e := range ev {
		if strings.Contains(e, ":") {
			return true
		}
	}
	return false
}

// scoreIn is ScoreIn without the second look at words run together; it sets *words to the
// number of words of t (0 past maxUnitBytes).
func (s *Scorer) scoreIn(t string, kind Kind, ctx Context, words *int) Verdict {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	if len(t) > maxUnitBytes {
		// Far longer than any promo line: see maxUnitBytes.
		return Verdict{Candidates: s.edgeCandidates(sc, t, kind)}
	}
	sc.tok.fold(t)
	tok := &sc.tok
	n := tok.n()
	*words = n
	sc.startMatch()
	sc.phone, sc.shopVoice, sc.vocabKnown = 0, false, false
	s.matchRules(sc, t)
	readerImperative(sc, t)          // imperative.go
	voiceFamilies(sc, t)             // supportvoice.go
	s.labelLine(sc, t, n, kind, ctx) // label.go
	// Buttons and platform links that name the site: actionlabel.go.
	s.actionLabel(sc, t, n, kind, ctx)
	adPrefix(sc, t)          // adprefix.go
	mediaTeaser(sc, t)       // mediateaser.go
	arrowTeaser(sc, t)       // mediateaser.go
	widgetReading(sc, t)     // ticker.go
	imprint(sc, t)           // imprint.go
	boxFamilies(sc, t, kind) // boxfamily.go
	shopFamilies(sc, t)      // shopfamily.go
	s.mailField(sc)          // formfield.go
	s.adContinue(sc)         // adcontinue.go
	authorsNote(sc)          // authorsnote.go
	s.dateStamp(sc)          // datestamp.go
	embedCredit(sc, t)       // embedcredit.go
	postSignature(sc, t)     // embedcredit.go
	siteCredit(sc, t)        // sitecredit.go
	sponsorLeadIn(sc, t)     // sitecredit.go
	editorNote(sc)           // editornote.go
	// A box that salutes the site's readers and reads as the site's text: salutation.go.
	saluted := kind == Line && s.vocab != nil && salutedBox(sc, s.vocab, t)
	if saluted {
		sc.sig = append(sc.sig, signal{SalutationEvidence, SalutationEvidence, salutedWeight, classRule})
	}
	// A line longer than the model judges alone as a unit, whose words it reads as the site's
	// from end to end: only in a document (vocab.go).
	long := kind == Line && s.vocab != nil && len(sc.sig) == 0 && ctx.Doc != nil && n > vocabMaxWords &&
		len(t) <= vocabLongBytes && vocabLongAlone(sc, s.vocab)
	// The model alone needs the unit's place to confirm it: only in a document (vocab.go).
	alone := s.vocab != nil && len(sc.sig) == 0 && ctx.Doc != nil && n >= 2 && n <= vocabMaxWords &&
		vocabAlone(sc, s.vocab, t, kind, ctx.Tail)
	candidates := sc.candidates
	var marker, shapeTrace bool
	if candidates == 0 || len(sc.sig) == 0 {
		marker, shapeTrace = traces(sc, t, kind == Line)
		if candidates == 0 && marker {
			candidates = 1
		}
	}
	if len(sc.sig) == 0 && (len(t) > longUnit || kind == Glued && !marker || kind == Line && !shapeTrace) {
		// Without a rule match a glued unit is never spam, shape alone cannot make long
		// prose spam (it is damped to nothing), and a line without a trace of the strong
		// shapes cannot reach the threshold: spare the scan.
		return Verdict{Candidates: candidates}
	}
	shapeSignals(sc, t, n)
	s.coverage(sc, t, n)
	if len(sc.sig) == 0 {
		return Verdict{Candidates: candidates}
	}
	damp := lengthDamping(n)
	if saluted || long {
		damp = 1 // a letter to the readers, or a box, is as long as it needs to be
	}
	if alone && kind == Line && damp < 1 && throughout(sc.logOdds(s.vocab), n, vocabAlonePerWord) {
		// A line the model alone judged, longer than a sentence of a promo, whose words it
		// reads as the site's from end to end: a box, not prose with a promo at one end.
		damp = 1
	}
	score, lexical, shape := combine(sc.sig, damp)
	// The model weighs evidence under the threshold; in a glued sentence whose only evidence is
	// a single word of site furniture, it needs its words to lean further (vocab.go).
	if s.vocab != nil && !alone && score > 0 && score < s.threshold && n >= 3 && n <= vocabMaxWords &&
		vocabSignal(sc, s.vocab, t, kind == Glued && score <= vocabWeakest, kind == Line && ctx.Doc != nil) {
		score, lexical, shape = combine(sc.sig, damp)
	}
	// A box longer than that, whose rules found too little once damped for its length, and
	// whose words the model reads as the site's throughout: it is not damped (vocab.go).
	if s.vocab != nil && kind == Line && lexical && score >= vocabBoxLeast && score < s.threshold && n > vocabMaxWords &&
		vocabBox(sc, s.vocab) {
		damp = 1
		score, lexical, shape = combine(sc.sig, damp)
	}
	if ctx.Doc != nil && score >= 0.2 && score < s.threshold && (lexical || kind == Line) {
		if contextSignals(sc, t, n, kind, ctx, alone) {
			damp *= onTopicDamping
		}
		score, lexical, shape = combine(sc.sig, damp)
	}
	sig := sc.sig
	slices.SortStableFunc(sig, func(a, b signal) int {
		if a.weight != b.weight {
			if a.weight > b.weight {
				return -1
			}
			return 1
		}
		return strings.Compare(a.name, b.name)
	})
	reason := sig[0].reason
	if sig[0].class == classContext && sig[0].name == VocabularyEvidence && len(sig) > 1 {
		reason = sig[1].reason // the model weighs the evidence; it is not the reason (vocab.go)
	}
	v := Verdict{Score: math.Round(score*1000) / 1000, Reason: reason, Evidence: s.evidenceOf(sig),
		Candidates: candidates}
	v.Spam = v.Score >= s.threshold && (lexical || kind == Line && shape >= s.threshold)
	if v.Spam && n > 8 && topicOnly(sig, ctx.NextToSelling, false) && !promoVoice(sc, t) {
		// Casinos, bets, crypto, trading and loans are also news: naming them is not selling
		// them. Without a call to action, a promo phrase, a shape or the voice of an ad (an
		// exclamation mark, the reader addressed as "you"), keep the sentence.
		v.Spam = false
		v.Evidence = append(v.Evidence, "topic-only")
	}
	if v.Spam && n >= 6 && topicOnly(sig, ctx.NextToSelling, true) && wishOf(sc) && reportedSentence(t) && !promoVoice(sc, t) {
		// A pitch's words ("earn money fast") told of what others want or hope: "Jetzt wollen
		// auch Kleinanleger schnell Geld verdienen", "Muitos jovens querem ganhar dinheiro
		// com apostas". An ad asks its reader; it does not report a wish.
		v.Spam = false
		v.Evidence = append(v.Evidence, "reported-wish")
	}
	if v.Spam && s.reportsPhrase(sc, t, n, ctx) {
		// One phrase of boilerplate in a sentence of reporting: the words are the news's.
		v.Spam = false
		v.Evidence = append(v.Evidence, LonePhrase)
	}
	if v.Spam && s.anchoredLead(sc, t, n, ctx) { // anchoredlead.go
		// A label's words open a sentence of the article that goes on about them.
		v.Spam = false
		v.Evidence = append(v.Evidence, AnchoredLead)
	}
	if v.Spam && quotedSlogan(sc, t, n, ctx) { // slogan.go
		// A banner's or a notice's words quoted at the start of a sentence that reports them.
		v.Spam = false
		v.Evidence = append(v.Evidence, QuotedSlogan)
	}
	if v.Spam && kind == Line && topicHeading(sc, t, n, sig, ctx) {
		// A subheading on a topic news covers, above a paragraph that takes it up
		// ("Sportwetten", "Payday loans"): see label.go.
		v.Spam = false
		v.Evidence = append(v.Evidence, "topic-heading")
	}
	if v.Spam && kind == Line && n >= 12 && pointMarkersOnly(sig) {
		// A ©, a code or a placeholder is all the evidence, and it sits in a long unit: it is
		// glued to a sentence the scraper did not split off (Glued units: containsProse).
		v.Spam = false
		v.Evidence = append(v.Evidence, ContainsProse)
	}
	if v.Spam && kind == Glued && containsProse(sc.covered, ctx) && !footerRow(t) && !linkRow(t) && !s.boxRun(sc, ctx) { // gluedtail.go
		// The evidence sits at one end of a long unit whose rest is a run of unexplained
		// words: a promo glued to a real sentence without a full stop between them. The
		// sentence cannot be cut apart, and the real sentence weighs more: keep it.
		v.Spam = false
		v.Evidence = append(v.Evidence, ContainsProse)
	}
	return v
}

// ContainsProse is the evidence of a unit kept because its evidence sits in one spot or at one
// end of a run of unexplained words: a promo glued to a sentence of the article.
const ContainsProse = "contains-prose"

// pointMarkers are the markers that stand in one spot of a unit, unlike a menu row.
var pointMarkers = map[string]bool{"copyright-sign": true, "promo-code": true, "template-marker": true, "credit-line": true}

// pointMarkersOnly reports whether the only lexical evidence is point markers.
func pointMarkersOnly(sig []signal) bool {
	return onlyRules(sig, func(g signal) bool { return pointMarkers[g.name] })
}

// onlyRules reports whether sig holds rule evidence and keep says yes to every piece of it.
func onlyRules(sig []signal, keep func(signal) bool) bool {
	found := false
	for _, g := range sig {
		if g.class != classRule {
			continue
		}
		if !keep(g) {
			return false
		}
		found = true
	}
	return found
}

// topicCategories are the categories of things news also reports on.
var topicCategories = map[string]bool{"casino": true, "betting": true, "crypto": true, "forex": true, "loan": true,
	"claim": true, "pharma": true, "poll": true}

// topicOnly reports whether every piece of evidence is a phrase of a topic category (or, with
// pitch, of the promo category).
func topicOnly(sig []signal, nextToSelling, pitch bool) (topic bool) {
	for _, g := range sig {
		if g.class == classContext && (g.weight == 0 || g.name == "next-to-spam" && !nextToSelling) ||
			g.reason == uiCategory+"-phrase" {
			// On-topic carries no weight, a neighbour that sells nothing says nothing of
			// this unit's voice, a site-furniture word sells nothing.
			continue
		}
		category := strings.TrimSuffix(g.reason, "-phrase")
		if g.class != classRule || !topicCategories[category] && !(pitch && category == "promo") {
			return false
		}
		topic = true
	}
	return topic
}

// wishWords are folded third-person verbs of wanting and hoping, in the eight languages
// ("wollen", "querem", "sperano", "veulent", "chcą"). English "will" is left out: it is the
// future ("you will earn"), German "will" with it.
var wishWords = wordSet(
	"want wants wanted hope hopes hoped wollen wollte wollten hoffen hofft hofften",
	"veulent veut voulaient voulait esperent espere quieren quiere querian esperan espera",
	"vogliono vuole volevano sperano spera querem quer queriam esperam willen wil wilden hopen hoopt",
	"chca chce chcieli nadzieje",
)

// wishOf reports a unit with a word of wishWords after its first: a subject wants ("Many
// want to …"), where a teaser asks ("Want to earn …?").
func wishOf(sc *scratch) bool {
	for i := 1; i < sc.tok.n(); i++ {
		if wishWords[string(sc.tok.word(i))] {
			return true
		}
	}
	return false
}

// secondPerson are folded words that address the reader, in the eight languages; ads do,
// news rarely does outside quotations.
var secondPerson = map[string]bool{
	"you": true, "your": true, "tu": true, "tuo": true, "tua": true, "tuoi": true, "ti": true,
	"du": true, "dein": true, "deine": true, "dich": true, "dir": true, "vous": true, "votre": true,
	"vos": true, "ton": true, "tes": true, "tus": true, "te": true, "usted": true, "voce": true,
	"teu": true, "jij": true, "jouw": true, "je": true, "twoj": true, "twoja": true, "twoje": true,
}

// sellersOur are folded words of the seller's "our": "our VIP group", "nosso grupo", "unsere
// App". Ads use them; so does a site speaking of itself.
var sellersOur = map[string]bool{
	"our": true, "nosso": true, "nossa": true, "nossos": true, "nossas": true, "nostro": true,
	"nostra": true, "nostri": true, "unser": true, "unsere": true, "unseren": true, "unserem": true,
	"notre": true, "nuestro": true, "nuestra": true, "nuestros": true, "nuestras": true, "onze": true,
	"nasz": true, "nasza": true, "nasze": true, "naszym": true,
}

// AddressesReader reports whether t speaks to the reader ("you", "du", "vous", a German
// "Sie" or "Ihr" in mid-sentence, a verb of the second person opening it: questionVerbs) or
// names a sum of money ("48.000 €", "$500"): the voice of a teaser before a promo ("Du
// interessierst dich für Energie?"), not of a reporter's rhetorical question.
func AddressesReader(t string) bool {
	var tok tokens
	tok.fold(t)
	return addressesReader(&tok, t)
}

// addressesReader is AddressesReader for t folded in tok.
func addressesReader(tok *tokens, t string) bool {
	return speaksToReader(tok, t, true) || moneyAmount(t)
}

// SpeaksToReader reports whether t speaks to the reader in words: AddressesReader without the
// sums of money. The spam stage asks it of a sentence right after a box's opening at a
// paragraph's start: the box goes on speaking to its reader ("Für Sie ändert sich am Preis
// nichts.", "Vous pouvez vous désinscrire à tout moment."), where a sum may open the article's
// first sentence. A French "je" is the writer's ("Je me souviens …"), not the Dutch reader's,
// in a sentence with a French function word.
func SpeaksToReader(t string) bool {
	var tok tokens
	tok.fold(t)
	return speaksToReader(&tok, t, false)
}

// speaksToReader is SpeaksToReader for t folded in tok; with frenchJe, a French "je" counts
// too, as AddressesReader has it for a consent button that speaks as its user ("Je refuse").
func speaksToReader(tok *tokens, t string, frenchJe bool) bool {
	for i := 0; i < tok.n(); i++ {
		if youAt(tok, i) && (frenchJe || string(tok.word(i)) != "je" || !wordIn(tok, frenchWords)) {
			return true
		}
	}
	return tok.n() > 0 && questionVerbs[string(tok.word(0))] || germanYouIn(t)
}

// germanYouIn reports a German "Sie" or "Ihr" in mid-sentence in t: the reader, formally.
func germanYouIn(t string) bool {
	for i, f := range strings.Fields(t) {
		if i > 0 && germanFormalYou[strings.Trim(f, ",.;:!?")] {
			return true
		}
	}
	return false
}

// questionVerbs are folded verbs in the second person singular that open a question to the
// reader in the languages that drop the pronoun ("¿Tienes una historia?", "Hai una
// segnalazione?", "Masz temat?"); none is a third person or a word of English.
var questionVerbs = wordSet(
	"tienes quieres sabes buscas necesitas conoces eres",
	"hai vuoi sai cerchi conosci",
	"tens queres",
	"masz chcesz wiesz szukasz jestes znasz",
)

// moneyAmount reports a currency sign next to a figure: "48.000 €", "$500", "£1,000".
func moneyAmount(t string) bool {
	if strings.IndexByte(t, '$') < 0 && !strings.Contains(t, "€") && !strings.Contains(t, "£") {
		// Most units have no sign: spare the walk over every rune.
		return false
	}
	for i, r := range t {
		if !strings.ContainsRune("€$£", r) {
			continue
		}
		before := strings.TrimRight(t[:i], " ")
		after := strings.TrimLeft(t[i+utf8.RuneLen(r):], " ")
		if before != "" && isDigit(before[len(before)-1]) || after != "" && isDigit(after[0]) {
			return true
		}
	}
	return false
}

// germanFormalYou are the capitalised forms of the German formal "you" (Sie, Ihr, …), which
// mid-sentence address the reader.
var germanFormalYou = map[string]bool{"Sie": true, "Ihr": true, "Ihre": true, "Ihren": true, "Ihrem": true, "Ihres": true, "Ihrer": true, "Ihnen": true}

// promoVoice reports an exclamation mark, a word that addresses the reader, a bare domain,
// or, in a unit that does not end like a sentence, an offer's claim or three rule matches (an
// ad's tagline: "Live roulette around the clock – minimum deposit 10 €").
func promoVoice(sc *scratch, t string) bool {
	if strings.IndexByte(t, '!') >= 0 {
		return true
	}
	if !terminated(t) {
		// A tagline: no full stop, and a claim or three things on offer ("Live betting on
		// every match with boosted odds and cash out").
		topics := 0
		for _, g := range sc.sig {
			if g.reason == "claim-phrase" {
				return true
			}
			if g.class == classRule && topicCategories[strings.TrimSuffix(g.reason, "-phrase")] {
				topics++
			}
		}
		if topics >= 3 {
			return true
		}
	}
	for i := 0; i < sc.tok.n(); i++ {
		if youAt(&sc.tok, i) || sellersOur[string(sc.tok.word(i))] {
			return true
		}
	}
	if hasDomain(t) {
		return true
	}
	if topicImperative(t) {
		return true
	}
	fields := strings.Fields(t)
	for i := 1; i < len(fields); i++ {
		if germanFormalYou[strings.Trim(fields[i], ",.;:!?")] {
			return true
		}
	}
	return false
}

// containsProse reports a unit of 16+ words whose rule matches leave a run of 10+ words,
// over 45% of the unit, unexplained before the first match or after the last.
// With a document context, only the side that faces the rest of the paragraph counts: the
// run before the first match of a trailing unit, after the last match of a leading one (a
// trailing "Read also: <title>" has its long run where it belongs).
func containsProse(covered []bool, ctx Context) bool {
	from, to := proseRun(covered, ctx)
	if from < 0 {
		// Only markers (©, a placeholder, a code) and no word explained: in a long unit the
		// marker is glued to a sentence.
		return len(covered) >= 12
	}
	n, run := len(covered), to-from
	return n >= 16 && run >= 10 && float64(run) >= 0.45*float64(n)
}

// proseRun returns the words [from, to) of the run containsProse measures: the longer of
// those before the first rule match and after the last, or with a document context the one
// that faces the rest of the paragraph. from is -1 when no word is explained.
func proseRun(covered []bool, ctx Context) (from, to int) {
	n := len(covered)
	first, last := -1, -1
	for i, c := range covered {
		if c {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	switch {
	case first < 0:
		return -1, -1
	case ctx.Doc != nil && ctx.Tail, ctx.Doc == nil && first >= n-1-last:
		return 0, first
	}
	return last + 1, n
}

// boxRun reports whether the run of unexplained words of the unit in sc (proseRun) leans
// towards boilerplate throughout (runLeans).
func (s *Scorer) boxRun(sc *scratch, ctx Context) bool {
	from, to := proseRun(sc.covered, ctx)
	return runLeans(&sc.tok, s.vocab, from, to)
}

// runLeans reports whether the words [from, to) of the unit in tok lean towards boilerplate
// throughout (vocabWholePerWord a word). Its sum is logOddsUntil's over a range of words; that
// loop is the scorer's hot path and is kept to whole units (a range there cost a few per cent
// of BenchmarkSpam in alternated runs). The box's own wording, not the article's sentence
// ("Los enlaces de este artículo pueden ser de afiliados: si compras a través de ellos, |
// recibimos una pequeña comisión").
func runLeans(tok *tokens, m *vocabTable, from, to int) bool {
	if m == nil || from < 0 || to <= from {
		return false
	}
	sum := 0.0
	prev := uint32(0)
	for i := from; i < to; i++ {
		h := tok.featureHash(i)
		sum += float64(m.get(pairKey(h, 0)))
		if i > from {
			sum += float64(m.get(pairKey(prev, h)))
		}
		prev = h
	}
	return reaches(sum, to-from, vocabThroughoutFloor, vocabWholePerWord)
}

// combine returns the damped noisy-or of every signal, whether a rule fired, and the damped
// score of the shape signals alone.
func combine(sig []signal, damp float64) (score float64, lexical bool, shape float64) {
	keep, keepShape := 1.0, 1.0
	for _, g := range sig {
		keep *= 1 - g.weight
		switch g.class {
		case classRule:
			lexical = true
		case classShape:
			keepShape *= 1 - g.weight
		}
	}
	return (1 - keep) * damp, lexical, (1 - keepShape) * damp
}

// lengthDamping scales the score of a unit of n words: 1 up to 20 words, then down to 0.3.
func lengthDamping(n int) float64 {
	if n <= 20 {
		return 1
	}
	return math.Max(0.3, 1-float64(n-20)/100)
}

func (s *Scorer) matchRules(sc *scratch, t string) {
	tok := &sc.tok
	n := tok.n()
	seen := 0 // signals of rules so far; categories are looked up among them
	add := func(r *Rule, reason string, from, to int) {
		if r.Category != uiCategory {
			if to == 0 {
				to = n // a regular expression: no span
			}
			sc.ruleEnd = max(sc.ruleEnd, to)
		}
		w := r.Weight
		for _, g := range sc.sig[:seen] {
			if g.reason[:len(g.reason)-len("-phrase")] == r.Category {
				// More matches of one category add less each time.
				w *= 0.5
				if w < 0.05 {
					w = 0.05
				}
				break
			}
		}
		if r.Category == uiCategory && n > maxCoverageWords {
			return // site-furniture words only mean something in a short line
		}
		for k := from; k < to; k++ {
			sc.covered[k] = true
		}
		if r.Category != uiCategory || r.Weight >= 0.3 {
			sc.label = true
		}
		for _, g := range sc.sig[:seen] {
			if g.name == r.ID {
				return // one rule counts once
			}
		}
		sc.sig = append(sc.sig, signal{name: r.ID, reason: reason, weight: w, class: classRule})
		seen++
	}
	// A phrase inside quotation marks, in a unit that is not itself all quotation, is being
	// reported on ("Buttons like “Buy now” mislead"), not used: it counts for nothing.
	allQuoted := !tok.inQ && !tok.inS // a quotation that goes on past the unit is not all of it
	for i := 0; i < n && allQuoted; i++ {
		allQuoted = tok.w[i].quoted
	}
	match := func(c candidate, i int) {
		if !c.mayMatch(tok, i) {
			return
		}
		p := &s.phrases[c.id]
		if !p.wordsMatch(tok, i) {
			return
		}
		if p.rule.Category != uiCategory || i < maxCoverageWords || i+len(p.words) > n-maxCoverageWords {
			// A site-furniture word only matters in a short unit: in a paragraph, one of
			// its first or last words, where a short glued sentence can sit.
			sc.candidates++
		}
		if p.start && i != 0 || p.end && i+len(p.words) != n {
			return
		}
		if !allQuoted && tok.w[i].quoted && tok.w[i+len(p.words)-1].quoted {
			return
		}
		if i == 0 && p.rule.Category != uiCategory && (p.start || openerCategories[p.rule.Category]) {
			sc.opener = true
			sc.anchored = sc.anchored || p.start
		}
		add(&p.rule, p.reason, i, i+len(p.words))
	}
	for i := 0; i < n; i++ {
		if h := tok.w[i].hash; hasBit(s.leadBits, h) {
			if hasBit(s.firstBits, h) {
				for _, c := range s.byFirst.get(uint64(h)) {
					match(c, i)
				}
			}
			if i+1 < n && hasPairBit(s.pairBits, pairHash(h, tok.w[i+1].hash)) {
				for _, c := range s.byPair.get(pairKey(h, tok.w[i+1].hash)) {
					match(c, i)
				}
			}
		}
		if pk := tok.prefixKeyAt(i); hasBit(s.prefixBits, prefixBit(pk)) && tok.w[i].end-tok.w[i].start >= prefixLen {
			for _, c := range s.byPrefix.get(uint64(pk)) {
				match(c, i)
			}
		}
		if c := tok.buf[tok.w[i].start]; c >= '0' && c <= '9' && isNumber(tok.word(i)) {
			for _, c := range s.numAny {
				match(c, i)
			}
			if i+1 < n && hasBit(s.numNextBits, tok.w[i+1].hash) {
				for _, c := range s.numByNext.get(uint64(tok.w[i+1].hash)) {
					match(c, i)
				}
			}
		}
	}
	for i := range s.regexps {
		cr := &s.regexps[i]
		if cr.re.MatchString(t) {
			add(&cr.rule, cr.reason, 0, 0)
		}
	}
}

// ruleMayStart reports whether a phrase of the rules may start at word i of tok: the
// indexes matchRules looks word i up in hold a key for it (a false positive now and then).
func (s *Scorer) ruleMayStart(tok *tokens, i int) bool {
	if hasBit(s.leadBits, tok.w[i].hash) {
		return true
	}
	if hasBit(s.prefixBits, prefixBit(tok.prefixKeyAt(i))) && tok.w[i].end-tok.w[i].start >= prefixLen {
		return true
	}
	return isNumber(tok.word(i)) && (len(s.numAny) > 0 || i+1 < tok.n() && hasBit(s.numNextBits, tok.w[i+1].hash))
}

// prefixKeyAt returns the prefix key (prefixKey) of word i of tok. The key is read whatever
// the word's length (past a shorter word, spare capacity), so the caller tests the rare
// outcome, the key's bit, before the length: a word's length does not predict well.
func (tok *tokens) prefixKeyAt(i int) uint32 {
	if st := int(tok.w[i].start); st+prefixLen <= cap(tok.buf) {
		return prefixKey(tok.buf[st : st+prefixLen : cap(tok.buf)])
	}
	return 0
}

func (p *compiled) matchAt(tok *tokens, i int) bool {
	if p.start && i != 0 {
		return false
	}
	return p.wordsMatch(tok, i) && (!p.end || i+len(p.words) == tok.n())
}

// wordsMatch reports whether the phrase's words match at word i, anchors aside.
func (p *compiled) wordsMatch(tok *tokens, i int) bool {
	if i+len(p.words) > tok.n() {
		return false
	}
	for k, pw := range p.words {
		w := tok.word(i + k)
		if p.number[k] {
			if !isNumber(w) {
				return false
			}
			continue
		}
		if p.any[k] {
			continue
		}
		if p.prefix[k] {
			if len(w) < len(pw) || string(w[:len(pw)]) != pw {
				return false
			}
		} else if string(w) != pw {
			return false
		}
	}
	return true
}

// coverage adds evidence for a short line its rules explain: "Seguici su Facebook e
// Instagram" is nothing but boilerplate vocabulary, even though each word alone is weak.
// Function words count half, so a short sentence of prose around one platform name is not
// explained.
func (s *Scorer) coverage(sc *scratch, t string, n int) {
	if n == 0 || n > maxCoverageWords {
		return
	}
	var covered, total float64
	stopSeen := false
	for i := 0; i < n; i++ {
		switch {
		case sc.covered[i]:
			covered++
			total++
		case s.stop[string(sc.tok.word(i))]:
			total += 0.5
			stopSeen = true
		case isNumber(sc.tok.word(i)):
			total += 0.1 // counters: "Comments 8", "Share 88"
		default:
			total++
		}
	}
	if covered == 0 {
		return
	}
	if n >= 6 && !stopSeen && titleRow(t, n) {
		// "Home Politics Business Sport Culture Video Podcasts": a menu without separators.
		sc.sig = append(sc.sig, signal{"menu-row", "menu-row", 0.45, classRule})
	}
	if n <= 5 && sc.label && !terminated(t) {
		// A label: "Mes newsletters", "Cookie verwalten", "heise+ abonnieren". One that ends
		// on its boilerplate word names a button or a box ("<Titel> abonnieren", "<Title>
		// newsletter"): a heading of prose rarely ends on such a word. Alone that stays below
		// the threshold; where the line sits (ScoreIn's context) decides.
		w := 0.25
		if sc.covered[n-1] {
			w = 0.33
		}
		sc.sig = append(sc.sig, signal{"short-label", "short-label", w, classRule})
	}
	switch c := covered / total; {
	case c >= 0.9:
		sc.sig = append(sc.sig, signal{"boilerplate-line", "boilerplate-line", 0.45, classRule})
	case c >= 0.7:
		sc.sig = append(sc.sig, signal{"boilerplate-line", "boilerplate-line", 0.3, classRule})
	}
}

// titleRow reports a row of n capitalised words of letters only, one per field, none of them
// a function word: the items of a site menu run together.
func titleRow(t string, n int) bool {
	fields := 0
	for f := range strings.FieldsSeq(t) {
		fields++
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) || strings.IndexFunc(f, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return fields == n
}

func isNumber(w []byte) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			if c != '.' && c != ',' {
				return false
			}
		}
	}
	return len(w) > 0
}

// contextSignals adds the evidence of where the unit sits.
// It reports whether the unit is on the topic of the article.
// alone says the model's verdict (vocab.go) is the unit's only evidence: the topic confirms
// it up to the longest line the model judges alone.
func contextSignals(sc *scratch, t string, n int, kind Kind, ctx Context, alone bool) (related bool) {
	d := ctx.Doc
	short := n <= 12
	if kind == Line && short && ctx.Para >= 0 && ctx.Para < len(d.paras) {
		prev, next := d.neighbours(ctx.Para)
		if prev < 0 || next >= len(d.paras) {
			sc.sig = append(sc.sig, signal{"edge-of-document", "edge-of-document", 0.1, classContext})
		}
		if !terminated(t) && n <= 10 && prev >= 0 && next < len(d.paras) &&
			d.words(prev) >= 25 && d.words(next) >= 25 {
			sc.sig = append(sc.sig, signal{"fragment-between-long", "fragment-between-long", 0.15, classContext})
		}
	}
	if kind == Glued && ctx.Tail && !terminated(t) {
		sc.sig = append(sc.sig, signal{"unterminated-tail", "unterminated-tail", 0.2, classContext})
	}
	if ctx.NextToSpam {
		sc.sig = append(sc.sig, signal{"next-to-spam", "next-to-spam", 0.25, classContext})
	}
	if short || alone {
		switch d.topic(sc, ctx.Para) {
		case offTopic:
			sc.sig = append(sc.sig, signal{"off-topic", "off-topic", 0.1, classContext})
		case onTopic:
			if kind == Glued && ctx.NextToSpam {
				// A sentence glued to a promo is no subheading: sharing a word with the
				// article says nothing ("… Bet on the final. The best odds on the final.").
				break
			}
			// A short line that shares its words with the article is more likely its
			// subheading than an injection: it weighs less (see ScoreIn).
			sc.sig = append(sc.sig, signal{"on-topic", "on-topic", 0, classContext})
			return true
		}
	}
	return false
}

// EndsSentence reports whether t ends like a sentence: a full stop, question or exclamation
// mark, ellipsis, colon or semicolon, possibly followed by closing quotes (German „…“ too) or
// brackets.
func EndsSentence(t string) bool { return terminated(t) }

// terminated is EndsSentence.
func terminated(t string) bool {
	t = strings.TrimRight(t, " \t\"'”’“»)]")
	if t == "" {
		return false
	}
	last := t[len(t)-1]
	return last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || strings.HasSuffix(t, "…")
}

// Doc is the context of one document for ScoreIn: its paragraphs, with the vocabulary and
// word counts computed on first use. Build one per document; a Doc is not safe for
// concurrent use.
type Doc struct {
	paras  []string
	nwords []int
	// prevText and nextText are, for each paragraph, the index of the nearest paragraph
	// before and after it with any words (-1, len(paras) when none): paragraphs already
	// removed are empty, and a second pass over the output does not see them.
	prevText, nextText []int32
	nText              int                   // paragraphs with any words
	vocab              map[uint32]vocabEntry // hash of a folded word of 5+ bytes → its paragraphs
	stems              [][]uint32            // per paragraph, the word stems label lines are compared with (label.go)
}

// withText returns the number of paragraphs with any words.
func (d *Doc) withText() int {
	d.indexText()
	return d.nText
}

// neighbours returns the indexes of the nearest paragraphs before and after paragraph i that
// have words: -1 or len(paras) at an edge of the document.
func (d *Doc) neighbours(i int) (prev, next int) {
	d.indexText()
	return int(d.prevText[i]), int(d.nextText[i])
}

// indexText fills prevText, nextText and nText once.
func (d *Doc) indexText() {
	if d.prevText != nil {
		return
	}
	n := len(d.paras)
	d.prevText, d.nextText = make([]int32, n), make([]int32, n)
	last := int32(-1)
	for k := 0; k < n; k++ {
		d.prevText[k] = last
		if d.words(k) > 0 {
			last = int32(k)
			d.nText++
		}
	}
	last = int32(n)
	for k := n - 1; k >= 0; k-- {
		d.nextText[k] = last
		if d.words(k) > 0 {
			last = int32(k)
		}
	}
}

type vocabEntry struct {
	paras int32 // paragraphs containing the word
	last  int32 // 1 + index of the last paragraph counted
}

// NewDoc returns the context of a document made of paras.
func NewDoc(paras []string) *Doc { return &Doc{paras: paras} }

// words returns the number of words of paragraph i (0 when out of range).
func (d *Doc) words(i int) int {
	if i < 0 || i >= len(d.paras) {
		return 0
	}
	if d.nwords == nil {
		d.nwords = make([]int, len(d.paras))
		for k, p := range d.paras {
			d.nwords[k] = countFields(p)
		}
	}
	return d.nwords[i]
}

// countFields returns len(strings.Fields(s)) without building the fields.
func countFields(s string) int {
	n, inField := 0, false
	for _, r := range s {
		space := r < utf8.RuneSelf && asciiSpace[r] || r >= utf8.RuneSelf && unicode.IsSpace(r)
		if !space && !inField {
			n++
		}
		inField = !space
	}
	return n
}

// asciiSpace marks the ASCII bytes unicode.IsSpace reports.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// vocabulary counts, for each folded word of 5+ bytes (not a number), the paragraphs it
// appears in. Word hashes stand for words: a collision can only make a line look on topic,
// which weighs it less.
func (d *Doc) vocabulary() map[uint32]vocabEntry {
	size := 0
	for _, p := range d.paras {
		size += len(p)
	}
	// About one distinct word of 5+ bytes per 16 bytes of news text: sized once.
	vocab := make(map[uint32]vocabEntry, min(size/16, 4096))
	other := scratchPool.Get().(*scratch)
	defer scratchPool.Put(other)
	tk := &other.tok
	for i, p := range d.paras {
		// A giant paragraph is folded in pieces, so the scratch stays small.
		chunks(p, func(p string) {
			tk.fold(p)
			for k := 0; k < tk.n(); k++ {
				if w := tk.word(k); len(w) < 5 || isNumber(w) {
					continue
				}
				h := tk.w[k].hash
				e := vocab[h]
				if e.last != int32(i+1) {
					e.last = int32(i + 1)
					e.paras++
					vocab[h] = e
				}
			}
		})
	}
	return vocab
}

// topicState says whether a unit shares its vocabulary with the rest of its document.
type topicState int

const (
	unknownTopic topicState = iota
	onTopic                 // a content word of the unit appears in another paragraph
	offTopic                // two or more content words, none elsewhere
)

// topic compares the content words of the unit in sc (5+ bytes, not numbers, not explained by
// a rule) with the other paragraphs of the document.
func (d *Doc) topic(sc *scratch, para int) topicState {
	if d.withText() < 3 {
		// Paragraphs already removed are empty: they are not there for a second pass.
		return unknownTopic
	}
	if d.vocab == nil {
		d.vocab = d.vocabulary()
	}
	tok := &sc.tok
	content := 0
	for k := 0; k < tok.n(); k++ {
		w := tok.word(k)
		if len(w) < 5 || isNumber(w) {
			continue
		}
		if sc.covered[k] {
			// A boilerplate word is no sign of the topic, unless two other paragraphs use
			// it too: in an article about newsletters, "Der neue Newsletter" is a subheading.
			if d.vocab[tok.w[k].hash].paras >= 3 {
				return onTopic
			}
			continue
		}
		content++
		if d.vocab[tok.w[k].hash].paras >= 2 {
			return onTopic
		}
	}
	if content >= 2 {
		return offTopic
	}
	return unknownTopic
}
