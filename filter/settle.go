package filter

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"

	"github.com/newsclean/newsclean/internal/text"
	"github.com/newsclean/newsclean/langdetect"
)

// maxSettlePasses bounds the passes settle runs over the output. One is the rule: it finds
// nothing more. A second is rare; a third has not been seen.
const maxSettlePasses = 4

// settleGaveUp counts the documents settle returned unsettled: the output did not line up with
// the input, or the passes did not settle. The tests assert it stays zero.
var settleGaveUp atomic.Int64

// settle makes cleaning idempotent by construction: it cleans the output again, as a caller's
// second call would, and while that pass still removes or changes something, it reports what
// went as spans of the input and takes the new output. It returns once a pass changes
// nothing, so cleaning what Clean returns gives it back unchanged, whatever the stages' blind
// spots. Each pass works on the output, which is smaller than the input by what went.
//
// The checking passes run without the cross-document store (the store has seen the document
// once) and their language verdict is the one reported: it is the verdict a second call would
// give. If the output cannot be lined up with the input (it always can: the output is kept
// input text with its white space rewritten), or the passes do not settle within
// maxSettlePasses, the last consistent result is returned: nothing is lost either way.
func (f *Filter) settle(input string, res Result, memo *langMemo) Result {
	var toInput textMap // where res.Text is in the input, lined up once a pass changes something
	aligned := false
	for range maxSettlePasses {
		next := f.cleanPass(Doc{Text: res.Text}, nil, memo)
		if next.Text == res.Text && len(next.Removed) == 0 {
			res.Language, res.Confidence = next.Language, next.Confidence
			res.Warnings = appendNew(res.Warnings, next.Warnings)
			return res
		}
		ok := true
		if !aligned {
			toInput, ok = alignOutput(input, nil, res.Text, res.Removed)
			aligned = true
		}
		var moved []Removal
		if ok {
			moved, ok = toInput.removals(input, next.Removed, res.Removed)
		}
		if ok {
			toInput, ok = alignOutput(res.Text, toInput, next.Text, next.Removed)
		}
		if !ok {
			settleGaveUp.Add(1)
			return res
		}
		meta := res.Meta
		if hasNewKey(meta, next.Meta) {
			meta = maps.Clone(meta) // the first pass's map may be shared: never written to
			if meta == nil {
				meta = map[string]string{}
			}
			for k, v := range next.Meta {
				if _, had := meta[k]; !had {
					meta[k] = v
				}
			}
		}
		res = Result{Text: next.Text, Language: next.Language, Confidence: next.Confidence, Meta: meta,
			Removed: mergeRemovals(res.Removed, moved), Warnings: appendNew(res.Warnings, next.Warnings)}
	}
	settleGaveUp.Add(1)
	return res
}

// edgeSpaceOnly reports a first pass that removed nothing and only dropped white space at the
// ends of the input: a second pass would see the same paragraphs, which never include it
// (TestEdgeSpaceInvariant), so settle has nothing to check. An input cut off mid-sentence
// ends so, and re-cleaning a large one would cost a whole pass.
func edgeSpaceOnly(input string, res Result) bool {
	return len(res.Removed) == 0 && res.Text == strings.TrimSpace(input)
}

// hasNewKey reports whether b holds a key a does not.
func hasNewKey(a, b map[string]string) bool {
	for k := range b {
		if _, ok := a[k]; !ok {
			return true
		}
	}
	return false
}

// appendNew appends to a the entries of b it does not hold.
func appendNew(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

// seg says out[t:t+n] == input[o:o+n]: a stretch of an output that is input text as it was.
type seg struct{ t, o, n int }

// textMap maps an output to the input it came from: its stretches of input text in order.
// Output bytes outside every stretch are white space the output wrote (separators, a space for
// a run of them).
type textMap []seg

// alignOutput lines up out, the output of cleaning a with the removals rm (spans of a), with a,
// and returns where each stretch of out is in the input: aMap maps a to the input (nil when a
// is the input). Every character of out that is not white space must be the next character of
// a that is kept and not white space (text.IsSpace: a no-break or ideographic space, a line
// separator); white space of out is matched when it is the next character of a, and is the
// output's own otherwise. It reports false when out is not a's kept text in order.
func alignOutput(a string, aMap textMap, out string, rm []Removal) (textMap, bool) {
	var m textMap
	i, r, s := 0, 0, 0 // i in a; rm[r] the next removal; aMap[s] the stretch holding i
	orig := func(i int) int {
		if aMap == nil {
			return i
		}
		for s < len(aMap) && aMap[s].t+aMap[s].n <= i {
			s++
		}
		if s < len(aMap) && aMap[s].t <= i {
			return aMap[s].o + i - aMap[s].t
		}
		return -1 // white space a's pass wrote
	}
	skipRemoved := func() {
		for r < len(rm) && rm[r].End <= i {
			r++
		}
		for r < len(rm) && rm[r].Start <= i {
			i = max(i, rm[r].End)
			r++
		}
	}
	for j := 0; j < len(out); {
		skipRemoved()
		// The common case, a stretch of a as it was: take the bytes out and a share up to
		// the next removal and the end of a's stretch, whole characters only.
		lim := len(a)
		if r < len(rm) {
			lim = min(lim, rm[r].Start)
		}
		o := orig(i)
		if aMap != nil {
			if o < 0 {
				lim = i
			} else {
				lim = min(lim, aMap[s].t+aMap[s].n)
			}
		}
		k := 0
		for j+k < len(out) && i+k < lim && out[j+k] == a[i+k] {
			k++
		}
		for k > 0 && j+k < len(out) && !utf8.RuneStart(out[j+k]) {
			k--
		}
		if k > 0 {
			if last := len(m) - 1; last >= 0 && m[last].t+m[last].n == j && m[last].o+m[last].n == o {
				m[last].n += k
			} else {
				m = append(m, seg{t: j, o: o, n: k})
			}
			i, j = i+k, j+k
			continue
		}
		c, n := utf8.DecodeRuneInString(out[j:])
		if text.IsSpace(c) {
			if !strings.HasPrefix(a[i:], out[j:j+n]) {
				j += n
				continue // the output's own white space
			}
		} else {
			for i < len(a) {
				if sp, size := utf8.DecodeRuneInString(a[i:]); !text.IsSpace(sp) {
					break
				} else {
					i += size
				}
				skipRemoved()
			}
			if !strings.HasPrefix(a[i:], out[j:j+n]) {
				return nil, false
			}
		}
		for end := j + n; j < end; i, j = i+1, j+1 {
			o := orig(i)
			if o < 0 {
				if !text.IsSpace(c) {
					return nil, false
				}
				continue
			}
			if k := len(m) - 1; k >= 0 && m[k].t+m[k].n == j && m[k].o+m[k].n == o {
				m[k].n++
			} else {
				m = append(m, seg{t: j, o: o, n: 1})
			}
		}
	}
	return m, true
}

// removals turns removals of the output (sorted spans of it, in the output's terms) into
// removals of the input: each is the input text of the output bytes it covers, one removal per
// stretch of the input that no earlier removal (sorted, of the input) interrupts, trimmed of
// white space. It reports false when a span would not fall on the input's rune boundaries.
func (m textMap) removals(input string, rm []Removal, earlier []Removal) ([]Removal, bool) {
	var out []Removal
	s := 0
	for _, r := range rm {
		start, end := -1, -1
		flush := func() bool {
			if start < 0 {
				return true
			}
			for start < end && isASCIISpace(input[start]) {
				start++
			}
			for end > start && isASCIISpace(input[end-1]) {
				end--
			}
			if start < end {
				if !boundary(input, start) || !boundary(input, end) {
					return false
				}
				out = append(out, Removal{Stage: r.Stage, Reason: r.Reason, Text: input[start:end],
					Start: start, End: end, Evidence: m.evidence(r.Evidence)})
			}
			start, end = -1, -1
			return true
		}
		for s > 0 && m[s-1].t+m[s-1].n > r.Start {
			s-- // removals of one pass do not overlap, but a stretch may hold two
		}
		for ; s < len(m) && m[s].t < r.End; s++ {
			g := m[s]
			lo, hi := max(r.Start, g.t), min(r.End, g.t+g.n)
			if lo >= hi {
				continue
			}
			o0, o1 := g.o+lo-g.t, g.o+hi-g.t
			if start >= 0 && !(blankBetween(input, end, o0) && !overlapsAny(earlier, end, o0)) {
				if !flush() {
					return nil, false
				}
			}
			if start < 0 {
				start = o0
			}
			end = o1
		}
		if !flush() {
			return nil, false
		}
	}
	return out, true
}

// evidence rewrites the "original=start-end" entries of a removal of the output into the
// input's offsets; the rest is as it was.
func (m textMap) evidence(ev []string) []string {
	const key = "original="
	var out []string
	for i, e := range ev {
		from, to, ok := strings.Cut(strings.TrimPrefix(e, key), "-")
		if !strings.HasPrefix(e, key) || !ok {
			continue
		}
		a, err1 := strconv.Atoi(from)
		b, err2 := strconv.Atoi(to)
		oa, ob := m.inputAt(a), m.inputAt(b-1)
		if err1 != nil || err2 != nil || oa < 0 || ob < 0 {
			continue
		}
		if out == nil {
			out = slices.Clone(ev)
		}
		out[i] = key + strconv.Itoa(oa) + "-" + strconv.Itoa(ob+1)
	}
	if out == nil {
		return ev
	}
	return out
}

// inputAt returns the input offset of output byte t, or -1 when the output wrote it.
func (m textMap) inputAt(t int) int {
	k, _ := slices.BinarySearchFunc(m, t, func(g seg, t int) int {
		switch {
		case g.t+g.n <= t:
			return -1
		case g.t > t:
			return 1
		}
		return 0
	})
	if k < len(m) && m[k].t <= t && t < m[k].t+m[k].n {
		return m[k].o + t - m[k].t
	}
	return -1
}

// boundary reports whether offset p of s is where a character, or a byte that is none, begins
// (or len(s)): no character that starts before p runs on past it.
func boundary(s string, p int) bool {
	for k := 1; k <= utf8.UTFMax-1 && k <= p; k++ {
		if utf8.RuneStart(s[p-k]) {
			_, size := utf8.DecodeRuneInString(s[p-k:])
			return size <= k
		}
	}
	return true
}

// blankBetween reports whether s[i:j] is all ASCII white space.
func blankBetween(s string, i, j int) bool {
	for ; i < j; i++ {
		if !isASCIISpace(s[i]) {
			return false
		}
	}
	return true
}

// overlapsAny reports whether a removal of rm (sorted, non-overlapping) overlaps [i, j).
func overlapsAny(rm []Removal, i, j int) bool {
	k, _ := slices.BinarySearchFunc(rm, i, func(r Removal, i int) int {
		if r.End <= i {
			return -1
		}
		return 1
	})
	return k < len(rm) && rm[k].Start < j
}

// mergeRemovals merges two sorted lists of removals that do not overlap.
func mergeRemovals(a, b []Removal) []Removal {
	if len(b) == 0 {
		return a
	}
	out := make([]Removal, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0].Start <= b[0].Start {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// langMemo keeps the language detector's verdicts across the passes and rounds of one call:
// a later pass mostly judges the very texts an earlier one did (the language stage judges
// text as the output has it), and the detector is the dearest part of a pass. The detector
// is deterministic, so a verdict read back is the verdict it would give. Texts are keyed by a
// 64-bit hash, which keeps the memo small (a collision would only repeat a verdict, the same
// on every run). A nil memo keeps nothing.
type langMemo struct {
	docs map[uint64]langdetect.Guess
	off  map[uint64]offVerdict
}

type offVerdict struct {
	g   langdetect.Guess
	off bool
}

func (m *langMemo) detect(det *langdetect.Detector, sample string) langdetect.Guess {
	if m == nil {
		return det.Detect(sample)
	}
	k := xxhash.Sum64String(sample)
	if g, ok := m.docs[k]; ok {
		return g
	}
	g := det.Detect(sample)
	if m.docs == nil {
		m.docs = make(map[uint64]langdetect.Guess, 2)
	}
	m.docs[k] = g
	return g
}

// offLanguage is det.OffLanguage(t, lang, offLanguageMinConf), remembered; paras is the number
// of paragraphs the stage judges, to size the memo once.
func (m *langMemo) offLanguage(det *langdetect.Detector, t, lang string, paras int) (langdetect.Guess, bool) {
	if m == nil {
		return det.OffLanguage(t, lang, offLanguageMinConf)
	}
	var h xxhash.Digest
	h.Reset()
	h.WriteString(lang)
	h.WriteString("\x00")
	h.WriteString(t)
	k := h.Sum64()
	if v, ok := m.off[k]; ok {
		return v.g, v.off
	}
	g, off := det.OffLanguage(t, lang, offLanguageMinConf)
	if m.off == nil {
		m.off = make(map[uint64]offVerdict, paras)
	}
	m.off[k] = offVerdict{g, off}
	return g, off
}
