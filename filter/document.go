package filter

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// document is the input plus everything the stages know about it. Paragraphs and sentences are
// byte spans into input; stages add marks and never cut; assemble builds the output once.
type document struct {
	input string
	paras []paragraph
	marks []mark // applied marks, in the order stages produced them
	meta  map[string]string
	// cuts are the byte-level marks (normalize, meta; after segment, spam's promo cuts and
	// dedupe's copied beginnings too), sorted and disjoint: set by segment, kept by addCut.
	cuts []text.Span
	// joined holds keptText of the paragraphs whose kept text is not a span of the input,
	// with the paragraph's left when it was built (removals only ever lower left).
	joined map[int]joinedText
	// evidence caches the spam stage's evidence slices by content (spamEvidence).
	evidence map[uint64]cachedEvidence
	// langMemo holds the language verdicts of this call's passes; nil means none kept.
	langMemo *langMemo
	// segText is segmentationText, once built.
	segText *string
}

type joinedText struct {
	left int
	text string
}

type paragraph struct {
	span    text.Span
	sents   []text.Span
	removed []bool // per sentence
	left    int    // number of sentences not removed
	bySpam  int    // number of sentences the spam stage removed
	sepLF   int32  // line breaks between the previous paragraph and this one (at most 2)
	// asIs: keptText is the span as it is, while nothing is removed (no cut in it, nothing
	// to tidy), known after the first call.
	asIs bool
	// leadNone is 1 + the index of a sentence spam.Scorer.Lead found no promo at the start
	// of in the current round of the spam stage (0 for none): LineLead, a part of Lead, need
	// not be asked of it again.
	leadNone int
}

// mark is a stage's decision to remove input bytes. A mark either covers sentences
// [from, to) of paragraph para, or (para < 0) raw bytes outside the sentence structure.
type mark struct {
	para, from, to int
	span           text.Span
	stage, reason  string
	evidence       []string
}

// covers reports whether m takes sentence si of paragraph pi.
func (m mark) covers(pi, si int) bool { return m.para == pi && si >= m.from && si < m.to }

func newDocument(input string) *document {
	return &document{input: input, meta: map[string]string{}}
}

// segment splits the input from byte offset start on into paragraphs and sentences. The
// sentence spans of all paragraphs share a few large arrays, and so do their removed flags:
// a document of many short paragraphs costs a few allocations, not two per paragraph.
func (d *document) segment(start int) {
	d.cuts = nil
	for _, sp := range d.byteMarks() {
		d.cuts = mergeCut(d.cuts, sp) // a header's mark may hold a byte the normalize stage cut
	}
	prevEnd := 0
	d.paras = make([]paragraph, 0, text.MaxParagraphs(d.input[start:]))
	var arena []text.Span // sentence spans; a new one when a paragraph does not fit
	total := 0
	src := d.segmentationText()
	for sp := range text.ParagraphSeq(src) {
		if sp.End <= start {
			prevEnd = sp.End
			continue
		}
		if sp.Start < start {
			var ok bool
			if sp, ok = text.Trim(src, text.Span{Start: start, End: sp.End}); !ok {
				continue
			}
		}
		if !hasText(sp.Of(src)) {
			// Only bytes the normalize stage cuts: nothing of it reaches the output.
			prevEnd = sp.End
			continue
		}
		if est := sentenceEstimate(sp.Of(src)); len(arena)+est > cap(arena) {
			arena = make([]text.Span, 0, max(est, min(max((len(d.input)-sp.Start)/128, 16), 4096)))
		}
		from := len(arena)
		arena = text.AppendSentences(arena, src, sp)
		sents := arena[from:len(arena):len(arena)]
		total += len(sents)
		d.paras = append(d.paras, paragraph{
			span:  sp,
			sents: sents,
			left:  len(sents),
			sepLF: int32(min(text.LineBreaks(d.input[prevEnd:sp.Start]), 2)),
		})
		prevEnd = sp.End
	}
	removed := make([]bool, total)
	for pi := range d.paras {
		p := &d.paras[pi]
		p.removed, removed = removed[:len(p.sents):len(p.sents)], removed[len(p.sents):]
	}
}

// segmentationText returns the input with the bytes the normalize stage cuts overwritten by
// NUL bytes (line breaks aside), for segmentation, which looks through bytes that are not
// text. A run of garbage goes whole, plain characters between its bytes included: read as
// they are, those would hide a sentence end that the output, and a second pass over it, has
// ("… 0!\xa00\x95…\ufeffGli" is "… 0!\ufeffGli" there). The length stays, so spans index
// the input. Without such a run the input itself is returned.
func (d *document) segmentationText() string {
	if d.segText != nil {
		return *d.segText // the header stage and segment both read it; the normalize stage's marks are all in by then
	}
	t := d.blankNormalized()
	d.segText = &t
	return t
}

// blankNormalized builds segmentationText.
func (d *document) blankNormalized() string {
	var b strings.Builder // one copy of the input, written once (normalize marks come sorted)
	done := 0             // d.input[:done] is written
	for _, m := range d.marks {
		if m.para >= 0 || m.stage != StageNormalize {
			continue
		}
		for k := m.span.Start; k < m.span.End; k++ {
			if c := d.input[k]; k >= done && c < utf8.RuneSelf && c != '\n' && c != '\r' && c != '\v' && c != '\f' {
				if b.Cap() == 0 {
					b.Grow(len(d.input))
				}
				b.WriteString(d.input[done:k])
				b.WriteByte(0)
				done = k + 1
			}
		}
	}
	if b.Cap() == 0 {
		return d.input
	}
	b.WriteString(d.input[done:])
	return b.String()
}

// sentenceEstimate guesses how many sentences paragraph p has: one more than its full stops,
// question and exclamation marks, but at most one per 32 bytes (a run of dots is one
// sentence).
func sentenceEstimate(p string) int {
	n := strings.Count(p, ".") + strings.Count(p, "!") + strings.Count(p, "?")
	return min(n, len(p)/32) + 1
}

// hasText reports whether s has a character the normalize stage keeps, other than space.
func hasText(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !text.NotText(r, size) && !text.IsSpace(r) {
			return true
		}
		i += size
	}
	return false
}

// sentenceMark returns a mark over sentences [from, to) of paragraph p.
func (d *document) sentenceMark(p, from, to int, stage, reason string, evidence ...string) mark {
	ss := d.paras[p].sents
	return mark{para: p, from: from, to: to, span: text.Span{Start: ss[from].Start, End: ss[to-1].End},
		stage: stage, reason: reason, evidence: evidence}
}

// paragraphMark returns a mark over every sentence of paragraph p not yet removed. It is only
// used on paragraphs with nothing removed yet, or when the caller wants the rest gone.
func (d *document) paragraphMark(p int, stage, reason string, evidence ...string) mark {
	return d.sentenceMark(p, 0, len(d.paras[p].sents), stage, reason, evidence...)
}

// apply records marks, skipping sentences an earlier mark removed already.
func (d *document) apply(ms []mark) {
	if d.adopt(ms) {
		return
	}
	d.marks = slices.Grow(d.marks, len(ms))
	for _, m := range ms {
		if m.para < 0 {
			d.marks = append(d.marks, m)
			d.addCut(m.span)
			continue
		}
		p := &d.paras[m.para]
		// Split the mark around sentences already removed so marks never overlap.
		i := m.from
		for i < m.to {
			for i < m.to && p.removed[i] {
				i++
			}
			j := i
			for j < m.to && !p.removed[j] {
				j++
			}
			if j > i {
				part := m
				part.from, part.to = i, j
				part.span = text.Span{Start: p.sents[i].Start, End: p.sents[j-1].End}
				for k := i; k < j; k++ {
					p.removed[k] = true
				}
				p.left -= j - i
				if m.stage == StageSpam {
					p.bySpam += j - i
				}
				d.marks = append(d.marks, part)
			}
			i = j
		}
	}
}

// addCut adds a byte-level mark made after segmentation (a promo cut off a sentence, a copied
// beginning) to the cuts, merged with any it overlaps so they stay sorted and disjoint, and
// drops the kept text built for the paragraphs it touches: every later stage then reads them
// as the output will have them, as a second pass would.
func (d *document) addCut(sp text.Span) {
	if d.paras == nil {
		return // before segmentation: segment collects the byte marks
	}
	d.cuts = mergeCut(d.cuts, sp)
	k := sort.Search(len(d.paras), func(k int) bool { return d.paras[k].span.End > sp.Start })
	for ; k < len(d.paras) && d.paras[k].span.Start < sp.End; k++ {
		d.paras[k].asIs = false
		delete(d.joined, k)
	}
}

// mergeCut adds sp to the sorted, disjoint spans cuts, merged with those it overlaps.
func mergeCut(cuts []text.Span, sp text.Span) []text.Span {
	i := sort.Search(len(cuts), func(i int) bool { return cuts[i].End > sp.Start })
	j := i
	for j < len(cuts) && cuts[j].Start < sp.End {
		sp.Start, sp.End = min(sp.Start, cuts[j].Start), max(sp.End, cuts[j].End)
		j++
	}
	return slices.Replace(cuts, i, j, sp)
}

// adopt records ms as apply does when no mark of it needs splitting (none of its sentences
// removed already, not even by an earlier mark of ms) and the stage left room in ms for the
// marks recorded so far: the array of ms then becomes d.marks, with the earlier marks moved
// in front, instead of being copied (the dedupe stage's marks are most of the marks of a
// document of copies). It reports whether it did; when not, nothing has changed.
func (d *document) adopt(ms []mark) bool {
	n := len(d.marks)
	if len(ms) == 0 || cap(ms)-len(ms) < n {
		return false
	}
	for i, m := range ms {
		if m.para < 0 {
			continue
		}
		removed := d.paras[m.para].removed
		k := m.from
		for k < m.to && !removed[k] {
			removed[k] = true
			k++
		}
		if m.from >= m.to || k < m.to {
			// A split or an empty mark: undo, and let apply do it.
			clear(removed[m.from:k])
			for _, u := range ms[:i] {
				if u.para >= 0 {
					clear(d.paras[u.para].removed[u.from:u.to])
				}
			}
			return false
		}
	}
	for i := range ms {
		if m := &ms[i]; m.para >= 0 {
			p := &d.paras[m.para]
			p.left -= m.to - m.from
			if m.stage == StageSpam {
				p.bySpam += m.to - m.from
			}
			m.span = text.Span{Start: p.sents[m.from].Start, End: p.sents[m.to-1].End}
		} else {
			d.addCut(m.span)
		}
	}
	out := ms[:n+len(ms)]
	copy(out[n:], ms)
	copy(out, d.marks)
	d.marks = out
	return true
}

// kept reports whether paragraph p still has a sentence.
func (d *document) kept(p int) bool { return d.paras[p].left > 0 }

// keptText returns the sentences of paragraph p still kept as the output will have them:
// without the bytes of byte-level marks, joined by spaces and tidied. A paragraph with nothing
// removed or cut is returned as it is in the input when tidying leaves it alone. A text that
// had to be built is kept until the paragraph loses a sentence: every stage reads it, and
// assemble writes it.
func (d *document) keptText(p int) string {
	par := &d.paras[p]
	if j, ok := d.joined[p]; ok && j.left == par.left {
		return j.text
	}
	var t string
	if par.left == len(par.sents) && (par.asIs || !d.cutIn(par.span)) {
		raw := d.input[par.span.Start:par.span.End]
		if par.asIs || !needsTidy(raw) {
			par.asIs = true
			return raw
		}
		t = tidy(raw)
	} else {
		t = d.joinKept(p, d.cuts)
	}
	if d.joined == nil {
		d.joined = map[int]joinedText{}
	}
	d.joined[p] = joinedText{par.left, t}
	return t
}

// joinKept returns the sentences of paragraph p still kept, without the bytes of the marks
// cuts, joined by spaces and tidied.
func (d *document) joinKept(p int, cuts []text.Span) string {
	par := &d.paras[p]
	n := 0
	for i, s := range par.sents {
		if !par.removed[i] {
			n += max(s.Len()+1-cutBytes(cuts, s), 0) // cuts may overlap (a header and a byte in it)
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i, s := range par.sents {
		if par.removed[i] {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		writeCut(&b, d.input, s, cuts)
	}
	return tidy(b.String())
}

// keptSents returns the indexes of the sentences of paragraph p not removed yet.
func (d *document) keptSents(p int) []int {
	par := &d.paras[p]
	ks := make([]int, 0, par.left)
	for i := range par.sents {
		if !par.removed[i] {
			ks = append(ks, i)
		}
	}
	return ks
}

// firstKept returns the index of the first sentence of paragraph p not removed yet (-1 for
// none), as keptSents(p)[0] without the slice.
func (d *document) firstKept(p int) int {
	for i, gone := range d.paras[p].removed {
		if !gone {
			return i
		}
	}
	return -1
}

// sentText returns the input's span s as the output will have it: without the bytes of
// byte-level marks, tidied. A span with nothing cut is returned as it is.
func (d *document) sentText(s text.Span) string {
	if !d.cutIn(s) {
		return tidyIfNeeded(s.Of(d.input))
	}
	var b strings.Builder
	b.Grow(s.Len())
	writeCut(&b, d.input, s, d.cuts)
	return tidy(b.String())
}

// cutBytes returns how many bytes fewer than sp.Len() writeCut may write for sp: the bytes
// of the cuts inside it, less a space for each cut.
func cutBytes(cuts []text.Span, sp text.Span) int {
	n := 0
	i := sort.Search(len(cuts), func(i int) bool { return cuts[i].End > sp.Start })
	for ; i < len(cuts) && cuts[i].Start < sp.End; i++ {
		n += min(cuts[i].End, sp.End) - max(cuts[i].Start, sp.Start) - 1
	}
	return n
}

// cutIn reports whether a byte-level mark overlaps sp.
func (d *document) cutIn(sp text.Span) bool { return cutIn(d.cuts, sp) }

// cutIn reports whether one of the sorted, non-overlapping spans cuts overlaps sp.
func cutIn(cuts []text.Span, sp text.Span) bool {
	i := sort.Search(len(cuts), func(i int) bool { return cuts[i].End > sp.Start })
	return i < len(cuts) && cuts[i].Start < sp.End
}

// byteMarks returns the spans of the byte-level marks, sorted.
func (d *document) byteMarks() []text.Span {
	var out []text.Span
	for _, m := range d.marks {
		if m.para < 0 {
			out = append(out, m.span)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// removals turns the marks into the report: sorted, non-overlapping, adjacent sentence marks of
// one paragraph with the same stage and reason merged. It sorts and merges d.marks in place:
// it is the last reader of the marks.
func (d *document) removals() []Removal {
	ms := d.marks
	sort.SliceStable(ms, func(a, b int) bool {
		if ms[a].span.Start != ms[b].span.Start {
			return ms[a].span.Start < ms[b].span.Start
		}
		return ms[a].span.End > ms[b].span.End
	})
	n := 0                   // ms[:n] are the merged marks; ms[n-1] is the last one
	owned := false           // ms[n-1].evidence is a copy of its own, safe to append to
	var seen map[string]bool // ms[n-1].evidence as a set, once it is long
	for i := range ms {
		m := ms[i]
		if n > 0 {
			last := &ms[n-1]
			if m.span.Start < last.span.End {
				// A byte-level mark inside a removed sentence: the sentence mark covers it.
				if m.span.End <= last.span.End {
					continue
				}
				m.span.Start = last.span.End
			}
			if m.para >= 0 && m.para == last.para && m.from == last.to &&
				m.stage == last.stage && m.reason == last.reason {
				if !owned {
					ev := make([]string, 0, len(last.evidence)+mergedEvidence(ms[i:]))
					last.evidence, owned = append(ev, last.evidence...), true
				}
				last.to = m.to
				last.span.End = m.span.End
				last.evidence, seen = mergeEvidence(last.evidence, m.evidence, seen)
				continue
			}
		}
		ms[n] = m
		n++
		owned, seen = false, nil
	}
	d.marks = ms[:n]
	out := make([]Removal, n)
	for i, m := range ms[:n] {
		out[i] = d.removal(m)
	}
	return out
}

// mergedEvidence returns the number of evidence entries of the run of marks at the start of
// ms that removals merges into one (at most: entries repeated between them count each time).
func mergedEvidence(ms []mark) int {
	n := len(ms[0].evidence)
	for i := 1; i < len(ms); i++ {
		m, prev := ms[i], ms[i-1]
		if m.para < 0 || m.para != prev.para || m.from != prev.to || m.stage != prev.stage || m.reason != prev.reason {
			break
		}
		n += len(m.evidence)
	}
	return n
}

func (d *document) removal(m mark) Removal {
	reason := m.reason
	if m.para >= 0 && m.from == 0 && m.to == len(d.paras[m.para].sents) && reason == reasonRepeated && m.to > 1 {
		reason = reasonRepeatedParagraph
	}
	return Removal{Stage: m.stage, Reason: reason, Text: d.input[m.span.Start:m.span.End],
		Start: m.span.Start, End: m.span.End, Evidence: m.evidence}
}

// mergeEvidence appends to a the entries of b it does not hold yet. seen is a as a set, or
// nil: a set is made once a holds 32 entries, so merging a long run of marks (a repeated
// paragraph of thousands of sentences, each with its own original) stays linear.
func mergeEvidence(a, b []string, seen map[string]bool) ([]string, map[string]bool) {
	out := a
	for _, e := range b {
		if seen == nil && len(out) >= 32 {
			seen = make(map[string]bool, 2*len(out))
			for _, x := range out {
				seen[x] = true
			}
		}
		if seen != nil {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
			continue
		}
		dup := false
		for _, x := range out {
			if x == e {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, e)
		}
	}
	return out, seen
}

// assemble builds the output from the kept sentences. Paragraphs keep their separation (a
// blank line, or a single line break when the input used single line breaks); inside a
// paragraph, runs of spaces and tabs become one space and a space orphaned before a full stop
// or comma is dropped. Byte-level marks (invalid UTF-8, control characters) are cut out.
func (d *document) assemble() string {
	// The output is at most the kept sentences and their separators. The first paragraph is
	// copied into b only when a second one follows: a one-paragraph output is never copied.
	size := 0
	for pi := range d.paras {
		p := &d.paras[pi]
		for si, s := range p.sents {
			if !p.removed[si] {
				size += s.Len() + 2
			}
		}
	}
	// While the output is one stretch of the input (paragraphs as they are, separated as the
	// output separates them), it is not copied: head is the output so far, and b is only used
	// once something else follows. A document with nothing removed comes back as a substring
	// of its input, a one-paragraph output as that paragraph's text.
	var b strings.Builder
	var head string
	headEnd := -1 // head is input[...:headEnd], or -1
	sep := 0      // line breaks owed before the next kept paragraph
	first := true
	for pi := range d.paras {
		p := &d.paras[pi]
		if !first {
			sep = max(sep, int(p.sepLF))
		}
		if p.left == 0 {
			continue
		}
		var out string
		switch {
		case p.left == len(p.sents) && !d.cutIn(p.span) && !plainGaps(d.input, p.sents):
			// keptText is the paragraph as it is; the output has one space between sentences.
			out = d.joinKept(pi, d.cuts)
		default:
			out = d.keptText(pi) // the same text, built once for the stages already
		}
		if out == "" {
			continue
		}
		asIs := out == d.input[p.span.Start:p.span.End]
		brk := "\n"
		if sep >= 2 {
			brk = "\n\n"
		}
		switch {
		case first:
			head, headEnd = out, -1
			if asIs {
				headEnd = p.span.End
			}
			first = false
		case headEnd >= 0 && asIs && d.input[headEnd:p.span.Start] == brk:
			head = d.input[headEnd-len(head) : p.span.End]
			headEnd = p.span.End
		default:
			if headEnd != -2 {
				b.Grow(size)
				b.WriteString(head)
				headEnd = -2 // head is in b
			}
			b.WriteString(brk)
			b.WriteString(out)
		}
		sep = 0
	}
	if headEnd != -2 {
		return head
	}
	return b.String()
}

// plainGaps reports whether only spaces, tabs and zero-width spaces separate the sentences
// sents of input, which tidy turns into the one space joinKept puts between sentences.
func plainGaps(input string, sents []text.Span) bool {
	for i := 1; i < len(sents); i++ {
		gap := input[sents[i-1].End:sents[i].Start]
		for j := 0; j < len(gap); j++ {
			switch {
			case gap[j] == ' ' || gap[j] == '\t':
			case strings.HasPrefix(gap[j:], "\u200b"):
				j += len("\u200b") - 1
			default:
				return false
			}
		}
	}
	return true
}

// writeCut writes input[s] to b without the bytes of any byte-level mark. A cut between two
// pieces of a word leaves a space, so removing a stray byte never glues two words into one
// that the input does not have ("q\xc1estore" → "q estore", not "qestore").
func writeCut(b *strings.Builder, input string, s text.Span, cuts []text.Span) {
	pos := s.Start
	cut := false
	write := func(piece string) {
		if cut && b.Len() > 0 {
			before, _ := utf8.DecodeLastRuneInString(b.String())
			after, _ := utf8.DecodeRuneInString(piece)
			if text.JoinsWords(before, after) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(piece)
	}
	i := sort.Search(len(cuts), func(i int) bool { return cuts[i].End > s.Start })
	for ; i < len(cuts) && cuts[i].Start < s.End; i++ {
		c := cuts[i]
		if c.Start > pos {
			write(input[pos:c.Start])
		}
		pos = max(pos, c.End)
		cut = true
	}
	if pos < s.End {
		write(input[pos:s.End])
	}
}

// tidyIfNeeded is tidy for a trimmed span of the input, without a copy when tidy would not
// change it.
func tidyIfNeeded(s string) string {
	if needsTidy(s) {
		return tidy(s)
	}
	return s
}

// needsTidy reports whether s has a tab, a zero-width space, two spaces in a row or a space
// before a full stop or comma: what tidy changes inside a trimmed string. One pass over the
// bytes; it runs on every paragraph in every stage.
func needsTidy(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\t':
			return true
		case ' ':
			if i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '.' || s[i+1] == ',') {
				return true
			}
		case 0xE2: // U+200B is E2 80 8B
			if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x8B {
				return true
			}
		}
	}
	return false
}

// tidy collapses runs of spaces and tabs to one space, drops a space orphaned before a full
// stop or comma that ends a word ("Wagner ." → "Wagner."), and trims the ends.
func tidy(s string) string {
	if !needsTidy(s) && len(strings.TrimFunc(s, text.IsSpace)) == len(s) {
		return s // nothing to change: no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || r == '\t' || r == '\u200b' {
			space = true
			i += size
			continue
		}
		if space && b.Len() > 0 {
			if !((r == '.' || r == ',') && orphanPunct(s, i) && endsWord(b.String())) {
				b.WriteByte(' ')
			}
		}
		space = false
		b.WriteString(s[i : i+size])
		i += size
	}
	return strings.TrimFunc(b.String(), text.IsSpace) // BOM and zero-width spaces too, as segmentation trims them
}

// orphanPunct reports whether the '.' or ',' at s[i] stands alone: followed by the end,
// whitespace or a closing quote, not by more dots (an ellipsis) or a digit (".5").
func orphanPunct(s string, i int) bool {
	if i+1 >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return r == ' ' || r == '\t' || strings.ContainsRune("\"'”’»)", r)
}

func endsWord(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isWordRune(r)
}
