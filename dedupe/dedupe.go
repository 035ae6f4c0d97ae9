// Package dedupe finds repeated and near-duplicate sentences within one document.
//
// A Detector compares units (usually sentences, in document order) by their normalized words:
// case, punctuation, quotes and spacing do not count, numbers and words do. Two kinds of
// repetition are reported:
//
//   - "repeated-sentence": a later unit with exactly the words of an earlier one;
//   - "near-duplicate": two units where one is the other with one contiguous run of a few words
//     missing, the trace a scraper leaves when it drops a link's anchor text
//     ("… del gruppo Wagner." and later "… del gruppo .").
//
// The first complete copy is kept. Units shorter than a few words are never reported, so
// formulaic repetition ("Sì.", "No comment.") survives. Hash hits are always confirmed by
// comparing words, so a hash collision cannot remove text. The work per unit is bounded: each
// unit is compared with at most a fixed number of earlier candidates.
//
// A Detector is immutable and safe for concurrent use.
package dedupe

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cespare/xxhash/v2"

	"github.com/newsclean/newsclean/internal/text"
)

// Reasons reported in Match.Reason.
const (
	ReasonRepeated = "repeated-sentence"
	ReasonNear     = "near-duplicate"
)

// Match says that unit Index repeats unit Original and should go.
type Match struct {
	Index      int
	Original   int
	Reason     string
	Similarity float64 // share of the longer unit's words the shorter one has, in (0, 1]
}

// Detector finds repeated units. The zero value is not usable; call New.
type Detector struct {
	minWords     int
	minNearWords int
	maxGap       int
	maxGapRatio  float64
	maxCands     int
}

// Option configures a Detector.
type Option func(*Detector) error

// WithMinWords sets how many words a unit needs before it can be reported as a repeat
// (default 5).
func WithMinWords(n int) Option {
	return func(d *Detector) error {
		if n < 1 {
			return fmt.Errorf("dedupe: min words %d < 1", n)
		}
		d.minWords = n
		return nil
	}
}

// WithMaxGap sets the longest run of missing words a near-duplicate may have (default 4;
// 0 turns near-duplicate detection off).
func WithMaxGap(n int) Option {
	return func(d *Detector) error {
		if n < 0 {
			return fmt.Errorf("dedupe: max gap %d < 0", n)
		}
		d.maxGap = n
		return nil
	}
}

// New returns a Detector with the given options over the defaults.
func New(opts ...Option) (*Detector, error) {
	d := &Detector{minWords: 5, minNearWords: 8, maxGap: 4, maxGapRatio: 0.25, maxCands: 16}
	for _, o := range opts {
		if err := o(d); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// Default is a Detector with default options.
var Default = func() *Detector { d, _ := New(); return d }()

type unit struct {
	words []string
	key   string
}

// Find returns the units to remove, in increasing Index order. Units are compared by their
// words (see text.Words); units are given in document order.
func (d *Detector) Find(units []string) []Match {
	us := make([]unit, len(units))
	for i, u := range units {
		w := text.Words(u)
		us[i] = unit{words: w, key: strings.Join(w, " ")}
	}
	return d.find(us)
}

const shingle = 3

func (d *Detector) find(us []unit) []Match {
	removed := make([]bool, len(us))
	var out []Match
	exact := map[uint64][]int{}
	heads := map[uint64][]int{}
	tails := map[uint64][]int{}
	push := func(m map[uint64][]int, k uint64, i int) {
		l := append(m[k], i)
		if len(l) > d.maxCands {
			l = l[len(l)-d.maxCands:]
		}
		m[k] = l
	}
	for i := range us {
		u := &us[i]
		if len(u.words) < d.minWords {
			continue
		}
		h := xxhash.Sum64String(u.key)
		if j, ok := d.firstEqual(us, removed, exact[h], u.key); ok {
			removed[i] = true
			out = append(out, Match{Index: i, Original: j, Reason: ReasonRepeated, Similarity: 1})
			continue
		}
		if d.maxGap > 0 && len(u.words) >= d.minNearWords-d.maxGap {
			if m, ok := d.near(us, removed, i, heads, tails); ok {
				removed[m.Index] = true
				out = append(out, m)
				if m.Index == i {
					continue
				}
			}
		}
		push(exact, h, i)
		if len(u.words) >= shingle {
			push(heads, hashWords(u.words[:shingle]), i)
			push(tails, hashWords(u.words[len(u.words)-shingle:]), i)
		}
	}
	sortMatches(out)
	return out
}

func (d *Detector) firstEqual(us []unit, removed []bool, cands []int, key string) (int, bool) {
	for _, j := range cands {
		if !removed[j] && us[j].key == key {
			return j, true
		}
	}
	return 0, false
}

// near looks for an earlier kept unit that unit i is a gapped copy of, or that is a gapped
// copy of unit i. The shorter of the two goes.
func (d *Detector) near(us []unit, removed []bool, i int, heads, tails map[uint64][]int) (Match, bool) {
	w := us[i].words
	if len(w) < shingle {
		return Match{}, false
	}
	for _, cands := range [][]int{heads[hashWords(w[:shingle])], tails[hashWords(w[len(w)-shingle:])]} {
		for k := len(cands) - 1; k >= 0; k-- {
			j := cands[k]
			if removed[j] {
				continue
			}
			o := us[j].words
			switch {
			case d.gapped(w, o):
				return Match{Index: i, Original: j, Reason: ReasonNear, Similarity: float64(len(w)) / float64(len(o))}, true
			case d.gapped(o, w):
				return Match{Index: j, Original: i, Reason: ReasonNear, Similarity: float64(len(o)) / float64(len(w))}, true
			}
		}
	}
	return Match{}, false
}

// negations change a sentence's meaning when dropped; a copy missing one is not a near-copy.
var negations = map[string]bool{
	"non": true, "not": true, "no": true, "never": true, "nicht": true, "kein": true, "keine": true,
	"nie": true, "ne": true, "pas": true, "jamais": true, "nunca": true, "nao": true, "não": true,
	"nem": true, "niet": true, "geen": true, "nooit": true, "nigdy": true, "mai": true, "ni": true,
}

// gapped reports whether short is long with one contiguous run of 1..maxGap words removed,
// where the run holds no number and no negation.
func (d *Detector) gapped(short, long []string) bool {
	g := len(long) - len(short)
	if g < 1 || g > d.maxGap || len(long) < d.minNearWords || float64(g) > d.maxGapRatio*float64(len(long)) {
		return false
	}
	p := 0
	for p < len(short) && short[p] == long[p] {
		p++
	}
	// The gap starts at some q ≤ p; with repeated words several q may fit, try them all.
	for q := p; q >= 0 && q >= p-g; q-- {
		if equalWords(short[q:], long[q+g:]) && equalWords(short[:q], long[:q]) {
			return harmlessGap(long[q : q+g])
		}
	}
	return false
}

func harmlessGap(ws []string) bool {
	for _, w := range ws {
		if negations[w] {
			return false
		}
		for _, r := range w {
			if r >= '0' && r <= '9' {
				return false
			}
		}
	}
	return true
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func hashWords(ws []string) uint64 {
	var h xxhash.Digest
	h.Reset()
	for _, w := range ws {
		_, _ = h.WriteString(w)
		_, _ = h.WriteString("\x00")
	}
	return h.Sum64()
}

func sortMatches(ms []Match) {
	slices.SortFunc(ms, func(a, b Match) int { return a.Index - b.Index })
}
