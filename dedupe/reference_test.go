package dedupe

// The reference matcher: the word-stream matcher as it was before the speed and memory work
// (24-byte word records, a counting pass, map-of-slices candidate indexes), kept only for the
// tests, which pin the production matcher to its answers.

import (
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sensitive marks a reference word with a digit (the production matcher asks hasDigit). The
// reference's flags never hold removed, so the bit is free there.
const sensitive = removed

type refWord struct {
	h     uint64
	ns    int32 // normalized bytes start at tok.norm[ns]
	be    int32 // end in the unit's text; only meaningful when the unit's offsets are exact
	unit  int32
	flags uint8
}

type refUnitInfo struct {
	first, end int // words [first, end) of the stream
	para       int
	exact      bool // byte offsets of the words index the unit's text (the text was NFC)
	quoted     bool // the whole unit is one quotation: a refrain candidate
	list       bool // the unit belongs to a list-item paragraph
}

// refTokens is the tokenized document; reused through a pool.
type refTokens struct {
	words []refWord
	norm  []byte
	units []refUnitInfo
	whole bool // no weak splits: runs start and end at unit boundaries only
	// scratch for matching
	removed []bool
	starts  map[uint64][]int32
	ends    map[uint64][]int32
	exactIx map[uint64][]int32
}

func (t *refTokens) tokenize(text string, para int, list bool) {
	newPara := len(t.words) == 0 || t.units[t.words[len(t.words)-1].unit].para != para
	u := refUnitInfo{first: len(t.words), para: para, exact: true, list: list, quoted: fullyQuoted(text)}
	normLen := len(t.norm)
	if t.words1(text, &u) && norm.NFC.QuickSpanString(text) != len(text) {
		// Not NFC: read the normalized copy; byte offsets then no longer index the text.
		t.words, t.norm = t.words[:u.first], t.norm[:normLen]
		u.exact = false
		t.words1(norm.NFC.String(text), &u)
	}
	u.end = len(t.words)
	if u.end > u.first {
		t.words[u.first].flags |= startOK
		t.words[u.end-1].flags |= endOK
		if newPara {
			t.words[u.first].flags |= paraStart
		}
	}
	t.units = append(t.units, u)
}

// refSizeHint returns upper bounds for the words and normalized bytes words1 will append for
// text, so the stream can be allocated once: a word begins wherever a letter or digit follows
// anything else, marks being part of what they follow.
func refSizeHint(text string) (words, normBytes int) {
	inWord := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			w := asciiClass[c] == cWord
			if w {
				normBytes++
				if !inWord {
					words++
				}
			}
			inWord = w
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		info := lookupRune(r, size)
		i += size
		if info.mark {
			if inWord {
				normBytes += size
			}
			continue
		}
		w := info.class == cWord
		if w {
			normBytes += utf8.RuneLen(info.lower)
			if !inWord {
				words++
			}
		}
		inWord = w
	}
	return words, normBytes
}

// words1 appends the words of text to the stream; it reports whether text has a rune that
// may combine or decompose (at or above U+0300), i.e. whether it could fail to be NFC.
func (t *refTokens) words1(text string, u *refUnitInfo) (high bool) {
	ui := int32(len(t.units))
	var (
		inWord    bool
		prevDigit bool
		pending   uint8 // flags of the word being read
		ns        int
		// what the separator since the last word held
		space, term, termSpace, stop, opener bool
	)
	for i := 0; i <= len(text); {
		var (
			r            rune
			size         = 1
			cl           uint8
			upper, digit bool
			lower        rune
		)
		if i == len(text) {
			cl = cSpace
		} else if c := text[i]; c < utf8.RuneSelf {
			r, cl = rune(c), asciiClass[c]
		} else {
			r, size = utf8.DecodeRuneInString(text[i:])
			info := lookupRune(r, size)
			high = high || info.nfcRisk
			if info.mark {
				if inWord {
					t.norm = utf8.AppendRune(t.norm, r)
				}
				i += size
				continue
			}
			cl = info.class
			if cl == cWord {
				upper, digit, lower = info.upper, info.digit, info.lower
			}
		}
		if cl == cJunk {
			j, space := junkSpace(text, i)
			if space {
				cl = cSpace
			}
			size = j - i
		}
		if cl == cWord {
			if !inWord {
				pending = 0
				if n := len(t.words); n > u.first {
					if termSpace && !t.whole {
						t.words[n-1].flags |= endOK
						pending |= startOK
					}
					if r < utf8.RuneSelf {
						upper, digit = 'A' <= r && r <= 'Z', '0' <= r && r <= '9'
					}
					if space && !stop && (term || opener || upper || digit) {
						pending |= cutBefore
						if term || opener {
							pending |= sentenceCut
						}
					}
				}
				inWord = true
				ns = len(t.norm)
				space, term, termSpace, stop, opener = false, false, false, false, false
			}
			if r < utf8.RuneSelf {
				// A run of ASCII letters and digits in one go.
				j := i
				for j < len(text) {
					c := text[j]
					if c >= utf8.RuneSelf || asciiClass[c] != cWord {
						break
					}
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					t.norm = append(t.norm, c)
					j++
				}
				prevDigit = text[j-1] <= '9' && text[j-1] >= '0'
				i = j
				continue
			} else {
				t.norm = utf8.AppendRune(t.norm, lower)
				prevDigit = digit
			}
			i += size
			continue
		}
		if (r == '.' || r == ',') && prevDigit && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			t.norm = append(t.norm, byte(r))
			prevDigit = false
			i += size
			continue
		}
		if inWord {
			inWord = false
			w := refWord{ns: int32(ns), be: int32(i), unit: ui, flags: pending}
			// FNV-1a over the normalized bytes: cheap, and every hit is confirmed by the bytes.
			h := uint64(14695981039346656037)
			for _, c := range t.norm[ns:] {
				h = (h ^ uint64(c)) * 1099511628211
				if c <= '9' && c >= '0' {
					w.flags |= sensitive
				}
			}
			w.h = h
			t.words = append(t.words, w)
		}
		prevDigit = false
		switch cl {
		case cSpace:
			space = true
			termSpace = termSpace || term
		case cTerm:
			term = true
		case cStop:
			stop = true
		case cOpener:
			opener = opener || space
		}
		i += size
	}
	return high
}

func (t *refTokens) wordBytes(k int) []byte {
	end := len(t.norm)
	if k+1 < len(t.words) {
		end = int(t.words[k+1].ns)
	}
	return t.norm[t.words[k].ns:end]
}

// same reports whether words i and j are equal, confirming a hash hit by the bytes.
func (t *refTokens) same(i, j int) bool {
	return t.words[i].h == t.words[j].h && string(t.wordBytes(i)) == string(t.wordBytes(j))
}
func (d *Detector) refFindUnits(units []Unit, whole bool) []Match {
	if len(units) == 0 {
		return nil
	}
	t := refPool.Get().(*refTokens)
	t.whole = whole
	defer func() {
		t.reset()
		refPool.Put(t)
	}()
	// Allocate the stream once: growing it by appends costs several times its final size.
	nw, nb := 0, 0
	for _, u := range units {
		w, b := refSizeHint(u.Text)
		nw, nb = nw+w, nb+b
	}
	t.words = slices.Grow(t.words[:0], nw)
	t.norm = slices.Grow(t.norm[:0], nb)
	t.units = slices.Grow(t.units[:0], len(units))
	list, para := false, 0
	for i, u := range units {
		if i == 0 || u.Para != para {
			para, list = u.Para, listItem(u.Text)
		}
		t.tokenize(u.Text, u.Para, list)
	}
	ms := d.refMatch(t, units)
	slices.SortFunc(ms, func(a, b Match) int { return a.Index - b.Index })
	return ms
}

func (t *refTokens) reset() {
	t.words, t.norm, t.units = t.words[:0], t.norm[:0], t.units[:0]
	t.whole = false
	t.removed = t.removed[:0]
	clear(t.starts)
	clear(t.ends)
	clear(t.exactIx)
}

func (t *refTokens) shingleAt(k int) uint64 {
	h := t.words[k].h
	for j := k + 1; j < k+shingle; j++ {
		h = bits.RotateLeft64(h*0x9e3779b97f4a7c15, 23) ^ t.words[j].h
	}
	return h
}

// clean reports whether words [a, b) hold no removed word and no paragraph start after a.
func (t *refTokens) clean(a, b int) bool {
	if a < 0 || b > len(t.words) || a >= b {
		return false
	}
	for k := a; k < b; k++ {
		if t.removed[k] || k > a && t.words[k].flags&paraStart != 0 {
			return false
		}
	}
	return true
}

func (t *refTokens) flag(k int, f uint8) bool { return t.words[k].flags&f != 0 }

// refFound is a candidate match for the unit being read, by priority: exact, near, prefix.
type refFound struct {
	kind       int // 0 none, 1 prefix, 2 near (this unit goes), 3 near (the earlier unit goes), 4 exact
	ob, oe     int // the original run: words [ob, oe)
	n          int // prefix length in words
	similarity float64
}

func (d *Detector) refMatch(t *refTokens, units []Unit) []Match {
	t.removed = slices.Grow(t.removed[:0], len(t.words))[:len(t.words)]
	clear(t.removed)
	var out []Match
	push := func(m map[uint64][]int32, k uint64, pos int) {
		l := append(m[k], int32(pos))
		if len(l) > d.maxCands {
			l = l[len(l)-d.maxCands:]
		}
		m[k] = l
	}
	for ui := range t.units {
		u := &t.units[ui]
		a, b := u.first, u.end
		f := d.refCandidate(t, ui)
		if f.kind != 0 && len(out) == cap(out) {
			// Double, not the 1.25× append uses for big slices: a document of copies has
			// a match per sentence, and 1.25× steps cost several times the final slice.
			out = slices.Grow(out, max(8, len(out)))
		}
		switch f.kind {
		case 4, 2:
			if d.refProtected(t, ui, f.oe, f.kind == 4) {
				break
			}
			reason := ReasonRepeated
			if f.kind == 2 {
				reason = ReasonNear
			}
			out = append(out, Match{Index: ui, Reason: reason, Original: int(t.words[f.ob].unit),
				OriginalLast: int(t.words[f.oe-1].unit), Similarity: f.similarity, End: len(units[ui].Text)})
			for k := a; k < b; k++ {
				t.removed[k] = true
			}
			continue
		case 3:
			j := int(t.words[f.ob].unit)
			for k := range out {
				if out[k].Original == j && out[k].OriginalLast == j {
					out[k].Original, out[k].OriginalLast = ui, ui
					if out[k].Reason != ReasonNear {
						out[k].Reason, out[k].Similarity = ReasonNear, f.similarity
					}
				}
			}
			out = append(out, Match{Index: j, Reason: ReasonNear, Original: ui, OriginalLast: ui,
				Similarity: f.similarity, End: len(units[j].Text)})
			for k := f.ob; k < f.oe; k++ {
				t.removed[k] = true
			}
		case 1:
			end := prefixEnd(units[ui].Text, int(t.words[a+f.n-1].be))
			out = append(out, Match{Index: ui, Reason: ReasonRepeated, Original: int(t.words[f.ob].unit),
				OriginalLast: int(t.words[f.oe-1].unit), Similarity: 1, End: end})
			for k := a; k < a+f.n; k++ {
				t.removed[k] = true
			}
			a += f.n
		}
		// Index what stays of the unit.
		if b-u.first < shingle && b > u.first && !t.removed[u.first] {
			push(t.exactIx, t.unitHash(u.first, b), u.first)
		}
		for k := a; k < b; k++ {
			w := t.words[k].flags
			if w&startOK != 0 && k+shingle <= len(t.words) && t.clean(k, k+shingle) {
				push(t.starts, t.shingleAt(k), k)
			}
			if w&endOK != 0 && k+1 >= shingle && t.clean(k+1-shingle, k+1) {
				push(t.ends, t.shingleAt(k+1-shingle), k)
			}
		}
	}
	if len(out) == 0 {
		return nil // as before the doubling: nil when nothing matched
	}
	return out
}

func (t *refTokens) unitHash(a, b int) uint64 {
	h := uint64(b - a)
	for k := a; k < b; k++ {
		h = bits.RotateLeft64(h*0x9e3779b97f4a7c15, 23) ^ t.words[k].h
	}
	return h
}

// protected reports whether unit ui must stay although it repeats the run ending at word oe-1:
// a list item, or an exact repeat of a quotation (a refrain), that does not directly follow its
// original. A quotation with words missing is a damaged copy, not a refrain.
func (d *Detector) refProtected(t *refTokens, ui, oe int, exact bool) bool {
	u := &t.units[ui]
	if !(u.quoted && exact) && !u.list {
		return false
	}
	k := u.first - 1
	for k >= 0 && t.removed[k] {
		k--
	}
	return k != oe-1
}

// candidate finds the best earlier copy of unit ui.
func (d *Detector) refCandidate(t *refTokens, ui int) refFound {
	u := &t.units[ui]
	a, b := u.first, u.end
	n := b - a
	var best refFound
	better := func(f refFound) {
		if f.kind > best.kind {
			best = f
		}
	}
	if n == 0 {
		return best
	}
	if n < shingle {
		if n >= d.minWords {
			for _, p := range t.exactIx[t.unitHash(a, b)] {
				pe := int(p) + n
				if pe <= a && t.clean(int(p), pe) && t.run(int(p), a, n) == n && t.flag(pe-1, endOK) {
					return refFound{kind: 4, ob: int(p), oe: pe, similarity: 1}
				}
			}
		}
		return best
	}
	for _, p32 := range t.starts[t.shingleAt(a)] {
		p := int(p32)
		if p >= a || t.removed[p] {
			continue
		}
		l := t.run(p, a, min(n, a-p))
		if l == n && n >= d.minWords && t.flag(p+n-1, endOK) {
			return refFound{kind: 4, ob: p, oe: p + n, similarity: 1}
		}
		if d.maxGap > 0 {
			// This unit is the earlier run with a gap: the run ends a few words later.
			for e := p + n + 1; e <= p+n+d.maxGap && e <= a; e++ {
				if t.flag(e-1, endOK) && t.clean(p, e) && d.refGapped(t, a, b, p, e) {
					better(refFound{kind: 2, ob: p, oe: e, similarity: float64(n) / float64(e-p)})
					break
				}
			}
			// The earlier unit is this one with a gap.
			if t.flag(p, startOK) && int(t.units[t.words[p].unit].first) == p {
				j := &t.units[t.words[p].unit]
				if m := j.end - p; m < n && t.clean(p, j.end) && d.refGapped(t, p, j.end, a, b) {
					better(refFound{kind: 3, ob: p, oe: j.end, similarity: float64(m) / float64(n)})
				}
			}
		}
		if d.minPrefixWords > 0 && l >= d.minPrefixWords && u.exact {
			// The copy must end where an earlier sentence ends, not at a weak split inside
			// one: "… wyniesie ok. | 5,5 proc." and "… ok. | 8,5 proc." share a beginning
			// that is not a sentence.
			for k := min(l, n-1); k >= d.minPrefixWords; k-- {
				if t.units[t.words[p+k-1].unit].end == p+k && t.flag(a+k, cutBefore) {
					better(refFound{kind: 1, ob: p, oe: p + k, n: k, similarity: 1})
					break
				}
			}
		}
	}
	if d.maxGap > 0 && best.kind < 2 {
		for _, q32 := range t.ends[t.shingleAt(b-shingle)] {
			q := int(q32) + 1 // the earlier run ends before word q
			if q > a {
				continue
			}
			for s := q - n - 1; s >= q-n-d.maxGap && s >= 0; s-- {
				if t.flag(s, startOK) && t.clean(s, q) && d.refGapped(t, a, b, s, q) {
					better(refFound{kind: 2, ob: s, oe: q, similarity: float64(n) / float64(q-s)})
					break
				}
			}
			if best.kind < 3 && q-1 >= 0 && int(t.units[t.words[q-1].unit].end) == q {
				j := &t.units[t.words[q-1].unit]
				if m := q - j.first; m < n && m > 0 && t.clean(j.first, q) && d.refGapped(t, j.first, q, a, b) {
					better(refFound{kind: 3, ob: j.first, oe: q, similarity: float64(m) / float64(n)})
				}
			}
		}
	}
	return best
}

// run returns how many words from p on equal those from a on, at most max, stopping at a
// removed word or a paragraph start on the earlier side.
func (t *refTokens) run(p, a, max int) int {
	l := 0
	for l < max && !t.removed[p+l] && (l == 0 || !t.flag(p+l, paraStart)) && t.same(p+l, a+l) {
		l++
	}
	return l
}

// gapped reports whether words [sa, sb) are words [la, lb) with one contiguous run of
// 1..maxGap words removed, where the run holds no number and no negation. Words missing at
// the end of the longer copy right where a new sentence begins (after a full stop or before an
// opening quote) are not a
// gap: the longer unit is a copy followed by a sentence the splitter did not cut off.
func (d *Detector) refGapped(t *refTokens, sa, sb, la, lb int) bool {
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
				if t.flag(k, sensitive) || refNegation(t, k, la, lb) {
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

func (t *refTokens) equal(a, b, n int) bool {
	for k := 0; k < n; k++ {
		if !t.same(a+k, b+k) {
			return false
		}
	}
	return true
}

var refPool = sync.Pool{New: func() any {
	return &refTokens{starts: map[uint64][]int32{}, ends: map[uint64][]int32{}, exactIx: map[uint64][]int32{}}
}}

// refNegation is tokens.negation over refTokens: "pas" is a negation only beside "ne" or "n".
func refNegation(t *refTokens, k, a, b int) bool {
	w := string(t.wordBytes(k))
	if w == "pas" {
		for i := a; i < b; i++ {
			if n := string(t.wordBytes(i)); n == "ne" || n == "n" {
				return true
			}
		}
		return false
	}
	return negations[w]
}
