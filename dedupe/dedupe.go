// Package dedupe finds repeated and near-duplicate sentences within one document, and, through
// a Store, paragraphs and documents that earlier documents already had.
//
// # Within one document
//
// A Detector compares units (sentences, in document order, each with the index of its
// paragraph) by their normalized words: case, punctuation, quotes and spacing do not count,
// numbers and words do. The document is read as one stream of words; a later unit is a repeat
// when its words copy a run of earlier words that starts and ends where an earlier sentence
// could start and end (a unit boundary, or a full stop followed by a space that the sentence
// splitter did not take, as in "S. Paulo" or "ok. 31"). Three kinds are reported:
//
//   - "repeated-sentence": a later unit whose words are exactly an earlier run, or a later unit
//     that begins with such a copy of ten or more words followed by a clear sentence start the
//     splitter missed (Match.End < len(text): only that leading part goes);
//   - "near-duplicate": a unit that is an earlier run with one contiguous run of at most four
//     words missing (at most a quarter of the longer), the trace a scraper leaves when it drops
//     a link's anchor text ("… del gruppo Wagner." and later "… del gruppo ."). The dropped
//     words hold no digit and no negation, and nothing is substituted, so sentences that
//     differ in a number or a name ("dell'1,2%" / "dell'1,4%") are never near-copies.
//     The longer copy stays; if the earlier one is the damaged one, the earlier one goes.
//
// Legitimate repetition is protected: units of fewer than five words ("Sì.", "No comment.")
// are never reported; a unit that is one whole quotation (a refrain) or belongs to a list-item
// paragraph is only reported when it directly follows its original.
//
// Hash hits are always confirmed by comparing the normalized words, so a hash collision cannot
// remove text. The work per unit is bounded: each unit is compared with at most a fixed number
// of earlier candidates found through 3-word shingles.
//
// # Across documents
//
// A Tracker (see NewTracker) fingerprints documents and asks a Store what earlier documents
// had: paragraphs seen in enough other documents of the same site (site boilerplate) and
// documents that are near-copies of this one (syndication, by MinHash and LSH). Without a
// Tracker nothing is remembered: a Detector's result depends on its input only.
//
// A Detector and a Tracker are immutable and safe for concurrent use; a MemoryStore is safe for
// concurrent use.
package dedupe

import (
	"fmt"
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// Reasons reported in Match.Reason and by the filter.
const (
	ReasonRepeated    = "repeated-sentence"
	ReasonNear        = "near-duplicate"
	ReasonBoilerplate = "site-boilerplate"
)

// Match says that unit Index repeats earlier text and should go, in whole or in part.
type Match struct {
	Index  int
	Reason string
	// Original and OriginalLast are the first and last units of the copy that stays.
	Original, OriginalLast int
	// Similarity is the share of the longer copy's words the shorter one has, in (0, 1].
	Similarity float64
	// Start and End are the bytes of the unit's text to remove: 0 and len(text) for the whole
	// unit. End is smaller for a unit that begins with a copy (FindUnits only).
	Start, End int
}

// Unit is a piece of a document for FindUnits: usually a sentence, with the index of its
// paragraph. Units are given in document order; a copied run never crosses a paragraph break.
type Unit struct {
	Text string
	Para int
}

// Detector finds repeated units. The zero value is not usable; call New.
type Detector struct {
	minWords       int
	minNearWords   int
	minPrefixWords int
	maxGap         int
	maxGapRatio    float64
	maxCands       int
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

// WithMinPrefixWords sets how many words the copied beginning of a longer unit needs before
// that beginning alone is removed (default 10; 0 turns partial removal off).
func WithMinPrefixWords(n int) Option {
	return func(d *Detector) error {
		if n < 0 {
			return fmt.Errorf("dedupe: min prefix words %d < 0", n)
		}
		d.minPrefixWords = n
		return nil
	}
}

// New returns a Detector with the given options over the defaults.
func New(opts ...Option) (*Detector, error) {
	d := &Detector{minWords: 5, minNearWords: 8, minPrefixWords: 10, maxGap: 4, maxGapRatio: 0.25, maxCands: 16}
	for _, o := range opts {
		if err := o(d); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// Default is a Detector with default options.
var Default = func() *Detector { d, _ := New(); return d }()

// Find returns the units to remove, in increasing Index order. Each unit is treated as a
// paragraph of its own and only whole units are reported (Start == 0, End == len(text)); use
// FindUnits to let copies span several units of a paragraph and to remove copied beginnings.
func (d *Detector) Find(units []string) []Match {
	us := make([]Unit, len(units))
	for i, u := range units {
		us[i] = Unit{Text: u, Para: i}
	}
	ms := d.findUnits(us, true)
	out := ms[:0]
	for _, m := range ms {
		if m.Start == 0 && m.End == len(units[m.Index]) {
			out = append(out, m)
		}
	}
	return out
}

var tokenPool = sync.Pool{New: func() any { return new(tokens) }}

// FindUnits returns the units to remove, in increasing Index order.
func (d *Detector) FindUnits(units []Unit) []Match { return d.findUnits(units, false) }

// findUnits is FindUnits; with whole, copies only start and end at unit boundaries (Find's
// contract: an original is a whole unit, never the tail of one).
func (d *Detector) findUnits(units []Unit, whole bool) []Match {
	if len(units) == 0 {
		return nil
	}
	t := tokenPool.Get().(*tokens)
	defer func() {
		t.reset()
		tokenPool.Put(t)
	}()
	t.read(units, whole)
	ms := d.match(t, units)
	slices.SortFunc(ms, func(a, b Match) int { return a.Index - b.Index })
	return ms
}

// read tokenizes the units into the stream.
func (t *tokens) read(units []Unit, whole bool) {
	t.whole = whole
	for _, u := range units {
		t.total += len(u.Text)
	}
	nw, nb := t.estimate(units)
	if cap(t.fl) < nw {
		t.ns, t.fl = make([]int32, 0, nw+1), make([]uint8, 0, nw)
	}
	if cap(t.norm) < nb {
		t.norm = make([]byte, 0, nb)
	}
	if cap(t.units) < len(units) {
		t.units = make([]unitInfo, 0, len(units))
	}
	list, para := false, 0
	for i, u := range units {
		if i == 0 || u.Para != para {
			para, list = u.Para, listItem(u.Text)
		}
		t.tokenize(u.Text, u.Para, list)
	}
	t.ns = append(t.ns, int32(len(t.norm))) // the end of the last word
}

func (t *tokens) reset() {
	t.ns, t.fl, t.norm, t.units = t.ns[:0], t.fl[:0], t.norm[:0], t.units[:0]
	t.keyAt = [2]int{}
	t.whole, t.anyWords, t.lastPara, t.weak, t.nonEmpty, t.short, t.total, t.done = false, false, 0, 0, 0, 0, 0, 0
}

const shingle = 3

// shingleAt returns the key of the shingle of words [k, k+shingle); the last two keys asked
// for are kept, since indexing a unit asks again for the keys its candidates were found by.
func (t *tokens) shingleAt(k int) uint64 {
	if t.keyAt[0] == k+1 {
		return t.key[0]
	}
	if t.keyAt[1] == k+1 {
		return t.key[1]
	}
	h := t.shingleKey(k)
	t.keyAt[1], t.key[1] = t.keyAt[0], t.key[0]
	t.keyAt[0], t.key[0] = k+1, h
	return h
}

func (t *tokens) shingleKey(k int) uint64 {
	if t.collide {
		return 0
	}
	h := t.wordHash(k)
	for j := k + 1; j < k+shingle; j++ {
		h = bits.RotateLeft64(h*0x9e3779b97f4a7c15, 23) ^ t.wordHash(j)
	}
	return h
}

// clean reports whether words [a, b) hold no removed word and no paragraph start after a.
func (t *tokens) clean(a, b int) bool {
	if a < 0 || b > len(t.fl) || a >= b || t.fl[a]&removed != 0 {
		return false
	}
	for _, f := range t.fl[a+1 : b] {
		if f&(removed|paraStart) != 0 {
			return false
		}
	}
	return true
}

func (t *tokens) flag(k int, f uint8) bool { return t.fl[k]&f != 0 }

// unitOf returns the unit of word k.
func (t *tokens) unitOf(k int) int {
	lo, hi := 0, len(t.units)
	for lo < hi { // the first unit that ends after k
		m := int(uint(lo+hi) >> 1)
		if int(t.units[m].end) <= k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func (t *tokens) remove(a, b int) {
	for k := a; k < b; k++ {
		t.fl[k] |= removed
	}
}

// found is a candidate match for the unit being read, by priority: exact, near, prefix.
type found struct {
	kind     int // 0 none, 1 prefix, 2 near (this unit goes), 3 near (the earlier unit goes), 4 exact
	ob, oe   int // the original run: words [ob, oe)
	n        int // prefix length in words
	num, den int // the similarity is num/den
}

// hit is a match as the matcher records it, in the tokens' reused scratch; match builds the
// []Match once, at its final size.
type hit struct {
	index, original, originalLast int32
	end                           int32 // the end of the removal in the unit's text
	num, den                      int32 // the similarity is num/den
	near                          bool
}

func (d *Detector) match(t *tokens, units []Unit) []Match {
	// Every run start and end inside a unit follows a weak split; each index holds at most
	// one entry per word that may start (or end) a run, or per short unit.
	t.starts.init(t.nonEmpty + t.weak)
	t.stops.init(t.nonEmpty + t.weak)
	t.exactIx.init(t.short)
	if cap(t.cands) < d.maxCands {
		t.cands = make([]int32, d.maxCands)
	}
	hits := t.hits[:0]
	for ui := range t.units {
		u := &t.units[ui]
		a, b := int(u.first), int(u.end)
		f := d.candidate(t, ui)
		if f.kind != 0 && len(hits) == cap(hits) {
			// Double, not the 1.25× append uses for big slices: a document of copies has
			// a match per sentence, and 1.25× steps cost several times the final slice.
			hits = slices.Grow(hits, max(16, len(hits)))
		}
		switch f.kind {
		case 4, 2:
			if d.protected(t, units, ui, f.oe, f.kind == 4) {
				break
			}
			hits = append(hits, hit{index: int32(ui), original: int32(t.unitOf(f.ob)), originalLast: int32(t.unitOf(f.oe - 1)),
				end: int32(len(units[ui].Text)), num: int32(f.num), den: int32(f.den), near: f.kind == 2})
			t.remove(a, b)
			continue
		case 3:
			j := t.unitOf(f.ob)
			for k := range hits {
				// A copy matched to unit j before j turned out to be a damaged copy of this
				// unit: its original is now this unit, the copy that stays.
				if h := &hits[k]; h.original == int32(j) && h.originalLast == int32(j) {
					h.original, h.originalLast = int32(ui), int32(ui)
					if !h.near {
						// An exact copy of j is as damaged as j.
						h.near, h.num, h.den = true, int32(f.num), int32(f.den)
					}
				}
			}
			hits = append(hits, hit{index: int32(j), original: int32(ui), originalLast: int32(ui),
				end: int32(len(units[j].Text)), num: int32(f.num), den: int32(f.den), near: true})
			t.remove(f.ob, f.oe)
		case 1:
			end := prefixEnd(units[ui].Text, wordEnd(units[ui].Text, f.n-1))
			hits = append(hits, hit{index: int32(ui), original: int32(t.unitOf(f.ob)), originalLast: int32(t.unitOf(f.oe - 1)),
				end: int32(end), num: 1, den: 1})
			t.remove(a, a+f.n)
			a += f.n
		}
		// Index what stays of the unit.
		first := int(u.first)
		if b-first < shingle && b > first && !t.flag(first, removed) {
			t.exactIx.push(t.unitHash(first, b), first)
		}
		for k := a; k < b; k++ {
			w := t.fl[k]
			if w&startOK != 0 && k+shingle <= len(t.fl) && t.clean(k, k+shingle) {
				t.starts.push(t.shingleAt(k), k)
			}
			if w&endOK != 0 && k+1 >= shingle && t.clean(k+1-shingle, k+1) {
				t.stops.push(t.shingleAt(k+1-shingle), k)
			}
		}
	}
	t.hits = hits
	if len(hits) == 0 {
		return nil
	}
	out := make([]Match, len(hits))
	for i, h := range hits {
		reason := ReasonRepeated
		if h.near {
			reason = ReasonNear
		}
		out[i] = Match{Index: int(h.index), Reason: reason, Original: int(h.original), OriginalLast: int(h.originalLast),
			Similarity: float64(h.num) / float64(h.den), End: int(h.end)}
	}
	return out
}

func (t *tokens) unitHash(a, b int) uint64 {
	h := uint64(b - a)
	for k := a; k < b; k++ {
		h = bits.RotateLeft64(h*0x9e3779b97f4a7c15, 23) ^ t.wordHash(k)
	}
	if t.collide {
		return 0
	}
	return h
}

// index maps a shingle key to the words pushed under it, newest first: an open-addressing
// table of list heads over one slice of entries, so a key costs no allocation of its own.
type index struct {
	heads []int32 // 1 + the newest entry of a key; 0: an empty slot
	ents  []ixEntry
	shift uint8
}

type ixEntry struct {
	key       uint64
	pos, prev int32 // prev: 1 + the key's previous entry, 0 none
}

// init empties the index for at most n keys.
func (x *index) init(n int) {
	size := 16
	for size < n+n/2 {
		size *= 2
	}
	if cap(x.heads) < size {
		x.heads = make([]int32, size)
	}
	x.heads = x.heads[:size]
	clear(x.heads)
	if cap(x.ents) < n {
		x.ents = make([]ixEntry, 0, n)
	}
	x.ents = x.ents[:0]
	x.shift = uint8(64 - bits.TrailingZeros(uint(size)))
}

// slot returns the slot of key: its own or the empty one where it would go.
func (x *index) slot(key uint64) int {
	mask := len(x.heads) - 1
	i := int((key * 0x9e3779b97f4a7c15) >> x.shift)
	for {
		h := x.heads[i]
		if h == 0 || x.ents[h-1].key == key {
			return i
		}
		i = (i + 1) & mask
	}
}

func (x *index) push(key uint64, pos int) {
	i := x.slot(key)
	x.ents = append(x.ents, ixEntry{key: key, pos: int32(pos), prev: x.heads[i]})
	x.heads[i] = int32(len(x.ents))
}

// get returns the newest max words pushed under key, oldest first, in buf.
func (x *index) get(key uint64, buf []int32, max int) []int32 {
	e := x.heads[x.slot(key)]
	n := 0
	for ; e != 0 && n < max; n++ {
		buf[n] = x.ents[e-1].pos
		e = x.ents[e-1].prev
	}
	buf = buf[:n]
	slices.Reverse(buf)
	return buf
}

// prefixEnd returns where the removal of a copied beginning ends: after the last copied word
// and the punctuation glued to it, before the space (any space, a form feed too, or bytes that
// are not text where the filter's output has a space: junkSpace).
func prefixEnd(s string, i int) int {
	for i < len(s) {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if text.NotText(r, size) { // before isSpaceRune: U+0085 is both
			j, space := junkSpace(s, i)
			if space {
				break
			}
			i = j
			continue
		}
		if isSpaceRune(r) {
			break
		}
		i += size
	}
	return i
}

// protected reports whether unit ui must stay although it repeats the run ending at word oe-1:
// a list item, or an exact repeat of a quotation (a refrain), that does not directly follow its
// original. A quotation with words missing is a damaged copy, not a refrain.
func (d *Detector) protected(t *tokens, units []Unit, ui, oe int, exact bool) bool {
	u := &t.units[ui]
	if !u.list && !(exact && fullyQuoted(units[ui].Text)) {
		return false
	}
	k := int(u.first) - 1
	for k >= 0 && t.flag(k, removed) {
		k--
	}
	return k != oe-1
}

// candidate finds the best earlier copy of unit ui.
func (d *Detector) candidate(t *tokens, ui int) found {
	u := &t.units[ui]
	a, b := int(u.first), int(u.end)
	n := b - a
	var best found
	better := func(f found) {
		if f.kind > best.kind {
			best = f
		}
	}
	if n == 0 {
		return best
	}
	if n < shingle {
		if n >= d.minWords {
			for _, p := range t.exactIx.get(t.unitHash(a, b), t.cands, d.maxCands) {
				pe := int(p) + n
				if pe <= a && t.clean(int(p), pe) && t.run(int(p), a, n) == n && t.flag(pe-1, endOK) {
					return found{kind: 4, ob: int(p), oe: pe, num: 1, den: 1}
				}
			}
		}
		return best
	}
	for _, p32 := range t.starts.get(t.shingleAt(a), t.cands, d.maxCands) {
		p := int(p32)
		if p >= a || t.flag(p, removed) {
			continue
		}
		l := t.run(p, a, min(n, a-p))
		if l == n && n >= d.minWords && t.flag(p+n-1, endOK) {
			return found{kind: 4, ob: p, oe: p + n, num: 1, den: 1}
		}
		if d.maxGap > 0 {
			// This unit is the earlier run with a gap: the run ends a few words later.
			for e := p + n + 1; e <= p+n+d.maxGap && e <= a; e++ {
				if t.flag(e-1, endOK) && t.clean(p, e) && d.gapped(t, a, b, p, e) {
					better(found{kind: 2, ob: p, oe: e, num: n, den: e - p})
					break
				}
			}
			// The earlier unit is this one with a gap.
			if t.flag(p, unitFirst) {
				je := int(t.units[t.unitOf(p)].end)
				if m := je - p; m < n && t.clean(p, je) && d.gapped(t, p, je, a, b) {
					better(found{kind: 3, ob: p, oe: je, num: m, den: n})
				}
			}
		}
		if d.minPrefixWords > 0 && l >= d.minPrefixWords && u.exact {
			// The copy must end where an earlier sentence ends, not at a weak split inside
			// one: "… wyniesie ok. | 5,5 proc." and "… ok. | 8,5 proc." share a beginning
			// that is not a sentence.
			for k := min(l, n-1); k >= d.minPrefixWords; k-- {
				if t.flag(p+k-1, unitLast) && t.flag(a+k, cutBefore) {
					better(found{kind: 1, ob: p, oe: p + k, n: k, num: 1, den: 1})
					break
				}
			}
		}
	}
	if d.maxGap > 0 && best.kind < 2 {
		for _, q32 := range t.stops.get(t.shingleAt(b-shingle), t.cands, d.maxCands) {
			q := int(q32) + 1 // the earlier run ends before word q
			if q > a {
				continue
			}
			for s := q - n - 1; s >= q-n-d.maxGap && s >= 0; s-- {
				if t.flag(s, startOK) && t.clean(s, q) && d.gapped(t, a, b, s, q) {
					better(found{kind: 2, ob: s, oe: q, num: n, den: q - s})
					break
				}
			}
			if best.kind < 3 && q-1 >= 0 && t.flag(q-1, unitLast) {
				jf := int(t.units[t.unitOf(q-1)].first)
				if m := q - jf; m < n && m > 0 && t.clean(jf, q) && d.gapped(t, jf, q, a, b) {
					better(found{kind: 3, ob: jf, oe: q, num: m, den: n})
				}
			}
		}
	}
	return best
}

// run returns how many words from p on equal those from a on, at most max, stopping at a
// removed word or a paragraph start on the earlier side.
func (t *tokens) run(p, a, max int) int {
	l := 0
	for l < max && !t.flag(p+l, removed) && (l == 0 || !t.flag(p+l, paraStart)) && t.same(p+l, a+l) {
		l++
	}
	return l
}

// gapped reports whether words [sa, sb) are words [la, lb) with one contiguous run of
// 1..maxGap words removed, where the run holds no number and no negation. Words missing at
// the end of the longer copy right where a new sentence begins (after a full stop or before an
// opening quote) are not a
// gap: the longer unit is a copy followed by a sentence the splitter did not cut off.
func (d *Detector) gapped(t *tokens, sa, sb, la, lb int) bool {
	ns, nl := sb-sa, lb-la
	g := nl - ns
	if g < 1 || g > d.maxGap || nl < d.minNearWords || float64(g) > d.maxGapRatio*float64(nl) {
		return false
	}
	p := 0
	for p < ns && t.same(sa+p, la+p) {
		p++
	}
	// The gap starts at some q ≤ p; with repeated words several q may fit, try them all.
	for q := p; q >= 0 && q >= p-g; q-- {
		if t.equal(sa+q, la+q+g, ns-q) {
			for k := la + q; k < la+q+g; k++ {
				if t.hasDigit(k) || t.negation(k, la, lb) {
					return false
				}
			}
			if q == ns && t.flag(la+q, sentenceCut) {
				return false
			}
			return t.equal(sa, la, q)
		}
	}
	return false
}

func (t *tokens) equal(a, b, n int) bool {
	for k := 0; k < n; k++ {
		if !t.same(a+k, b+k) {
			return false
		}
	}
	return true
}
