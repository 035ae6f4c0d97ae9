package filter

import (
	"fmt"
	"hash/maphash"
	"iter"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/dedupe"
	"github.com/newsclean/newsclean/internal/text"
	"github.com/newsclean/newsclean/langdetect"
	"github.com/newsclean/newsclean/spam"
)

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// normalizeStage marks bytes that are not text: runs of invalid UTF-8 and control characters
// other than tab and line breaks. They are cut from the output and reported, so the output is
// always valid UTF-8 and nothing disappears silently.
func normalizeStage(d *document) []mark {
	var ms []mark
	s := d.input
	// A chain of runs at most maxJunkGap bytes of plain text apart is kept aside: a long
	// one is garbage, not text with stray bytes, and goes as one removal, so a binary blob
	// costs one mark, not one per byte. A short one stays run by run, so no character of
	// text is removed with it.
	var chain []mark
	chainLen := 0
	flush := func() {
		if chainLen >= minGarbageRuns {
			m := chain[0]
			m.span.End = chain[len(chain)-1].span.End
			for _, c := range chain {
				if c.reason == reasonInvalidUTF8 {
					m.reason = reasonInvalidUTF8
				}
			}
			ms = append(ms, m)
		} else {
			ms = append(ms, chain...)
		}
		chain, chainLen = chain[:0], 0
	}
	for i := 0; i < len(s); {
		if c := s[i]; c >= 0x20 && c < 0x7f || c == '\t' || c == '\n' || c == '\r' {
			i++ // printable ASCII and the common white space: text
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !text.NotText(r, size) {
			i += size
			continue
		}
		invalid := r == utf8.RuneError && size <= 1
		reason := reasonControl
		if invalid {
			reason = reasonInvalidUTF8
		}
		j := i + size
		for j < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[j:])
			if !text.NotText(r2, s2) || (r2 == utf8.RuneError && s2 <= 1) != invalid {
				break
			}
			j += s2
		}
		m := mark{para: -1, span: text.Span{Start: i, End: j}, stage: StageNormalize, reason: reason}
		if chainLen > 0 && !(i-chain[len(chain)-1].span.End <= maxJunkGap && plain(s[chain[len(chain)-1].span.End:i])) {
			flush()
		}
		switch {
		case chainLen < minGarbageRuns:
			chain = append(chain, m)
		case invalid:
			chain[0].reason = reasonInvalidUTF8
			fallthrough
		default:
			chain[len(chain)-1].span.End = j
		}
		chainLen++
		i = j
	}
	if chainLen > 0 {
		flush()
	}
	return ms
}

// Garbage: at least minGarbageRuns runs of bytes that are not text, each at most maxJunkGap
// bytes of plain letters, digits or spaces from the next.
const (
	maxJunkGap     = 3
	minGarbageRuns = 16
)

// plain reports whether s is only ASCII letters, digits and spaces.
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == ' ' || c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}

var (
	// A date header glued before the title: " date 2025-12-29 Contesto storico…".
	dateHeader = regexp.MustCompile(`^(?i)(date|data|datum|fecha|published|pubdate|updated)[ \t]*[:=]?[ \t]*` +
		`(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}[./-]\d{1,2}[./-]\d{4})(?:[\s\v\p{Z}\x{200b}\x{feff}\x{2060}\x{180e}]|$)`)
	// A "key: value" header line.
	keyHeader = regexp.MustCompile(`^(?i)(title|titolo|titel|titre|t[ií]tulo|source|fonte|quelle|fuente|url|link|author|autore|autor|auteur|lang|language|category|categoria|tags|id)[ \t]*:[ \t]*(\S.*)$`)
)

// headerStage takes a scraper header at the very start of the document into the metadata:
// "date 2025-12-29" glued before the title, or "key: value" lines. A "title:" line keeps its
// value as the first line of the text. It returns the marks and the offset where the article
// starts.
func headerStage(d *document) ([]mark, int) {
	s := d.segmentationText() // a run of garbage before the header is no text either
	var ms []mark
	pos := 0
	for n := 0; n < 8; n++ {
		for pos < len(s) {
			r, size := utf8.DecodeRuneInString(s[pos:])
			if !text.IsSpace(r) && !text.NotText(r, size) {
				break
			}
			pos += size
		}
		// The line, judged as the output has it: its first maxHeaderLine bytes of text, the
		// bytes that are not text aside (a second pass sees the line without them).
		lineEnd := len(s)
		if i := strings.IndexAny(s[pos:], "\r\n\v\f\u2028\u2029"); i >= 0 {
			lineEnd = pos + i
		}
		w := pos + textWindow(s[pos:lineEnd], maxHeaderLine)
		line, start, end := visible(s[pos:w])
		whole := w == lineEnd && len(line) <= maxHeaderLine // the line is short enough to be a header
		if m := dateHeader.FindStringSubmatchIndex(line); m != nil {
			key := headerKey(line[m[2]:m[3]])
			d.meta[key] = line[m[4]:m[5]]
			ms = append(ms, mark{para: -1, span: text.Span{Start: pos, End: pos + end(m[5])}, stage: StageMeta, reason: reasonScraperHeader, evidence: []string{key}})
			pos += end(m[5])
			continue
		}
		if m := keyHeader.FindStringSubmatchIndex(line); m != nil && whole {
			key := headerKey(line[m[2]:m[3]])
			val := strings.TrimRightFunc(line[m[4]:m[5]], text.IsSpace)
			if _, dup := d.meta[key]; dup {
				break
			}
			d.meta[key] = val
			if strings.HasPrefix(key, "tit") {
				// The title stays in the text; only its label goes.
				ms = append(ms, mark{para: -1, span: text.Span{Start: pos, End: pos + start(m[4])}, stage: StageMeta, reason: reasonScraperHeader, evidence: []string{key}})
				pos += start(m[4])
				break
			}
			ms = append(ms, mark{para: -1, span: text.Span{Start: pos, End: pos + end(m[4]+len(val))}, stage: StageMeta, reason: reasonScraperHeader, evidence: []string{key}})
			pos = lineEnd
			continue
		}
		break
	}
	if len(ms) == 0 {
		return nil, 0
	}
	// Trim the marks' trailing blanks (a regexp may take the space after the value).
	for i := range ms {
		if sp, ok := text.Trim(s, ms[i].span); ok {
			ms[i].span = sp
		}
	}
	return ms, pos
}

// textWindow returns how many bytes of s hold its first n bytes of text (bytes that are not
// text, which the output drops, aside), or len(s) when s has no more than n.
func textWindow(s string, n int) int {
	k := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !text.NotText(r, size) {
			if k += size; k > n {
				return i
			}
		}
		i += size
	}
	return len(s)
}

// maxHeaderLine is the longest line the header stages look at.
const maxHeaderLine = 2048

func headerKey(k string) string {
	k = strings.ToLower(k)
	switch k {
	case "pubdate", "published", "data", "datum", "fecha":
		return "date"
	}
	return k
}

// visible returns line as the output will have it: without the bytes the normalize stage cuts
// (text.NotText), with a space where a cut would glue two words (see writeCut). Header
// patterns match it, so a second pass finds what the first found. start(i) and end(i) map
// where a match of vis begins and ends back to offsets of line.
func visible(line string) (vis string, start, end func(int) int) {
	var b strings.Builder
	var at, to []int // vis[i] stands for line[at[i]:to[i]]
	cut := -1        // where the last run of cut bytes began, or -1
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case text.NotText(r, size):
			if at == nil {
				// Room for what is already read and a little more: a line of mostly junk
				// (a run of garbage before a header) has little text to map.
				at, to = make([]int, i, i+64), make([]int, i, i+64)
				for k := range at {
					at[k], to[k] = k, k+1
				}
				b.WriteString(line[:i])
			}
			if cut < 0 {
				cut = i
			}
		case at != nil:
			if cut >= 0 && b.Len() > 0 {
				last, _ := utf8.DecodeLastRuneInString(b.String())
				if text.JoinsWords(last, r) {
					b.WriteByte(' ')
					at, to = append(at, cut), append(to, i)
				}
			}
			cut = -1
			b.WriteString(line[i : i+size])
			for k := range size {
				at, to = append(at, i+k), append(to, i+k+1)
			}
		}
		i += size
	}
	if at == nil {
		id := func(i int) int { return i }
		return line, id, id
	}
	vis = b.String()
	start = func(i int) int {
		if i < len(at) {
			return at[i]
		}
		return len(line)
	}
	end = func(i int) int {
		if i == 0 {
			return 0
		}
		return to[i-1]
	}
	return vis, start, end
}

// leadingHeaderStage takes into the metadata header lines that removals left at the start of
// the document ("date: 2024-07-10" after a removed menu row), as a second pass would.
func leadingHeaderStage(d *document) []mark {
	var ms []mark
	for pi := range d.paras {
		p := &d.paras[pi]
		if p.left == 0 {
			continue
		}
		if p.left != len(p.sents) {
			break
		}
		sp := p.span
		if raw := sp.Of(d.input); textWindow(raw, maxHeaderLine) < len(raw) {
			break // more than maxHeaderLine bytes of text
		}
		line, start, _ := visible(sp.Of(d.input))
		key := ""
		if m := dateHeader.FindStringSubmatchIndex(line); m != nil && strings.TrimFunc(line[m[5]:], text.IsSpace) == "" {
			key = headerKey(line[m[2]:m[3]])
			if _, dup := d.meta[key]; !dup {
				d.meta[key] = line[m[4]:m[5]]
			}
		} else if m := keyHeader.FindStringSubmatchIndex(line); m != nil && strings.HasPrefix(headerKey(line[m[2]:m[3]]), "tit") {
			// A title keeps its value as the first line of the text; only its label goes,
			// as the header stage does at the start of the input.
			key = headerKey(line[m[2]:m[3]])
			if _, dup := d.meta[key]; dup {
				break
			}
			d.meta[key] = strings.TrimRightFunc(line[m[4]:m[5]], text.IsSpace)
			label := text.Span{Start: sp.Start, End: sp.Start + start(m[4])}
			if t, ok := text.Trim(d.input, label); ok {
				ms = append(ms, mark{para: -1, span: t, stage: StageMeta, reason: reasonScraperHeader, evidence: []string{key}})
			}
			break
		} else if m := keyHeader.FindStringSubmatchIndex(line); m != nil {
			key = headerKey(line[m[2]:m[3]])
			if _, dup := d.meta[key]; !dup {
				d.meta[key] = strings.TrimRightFunc(line[m[4]:m[5]], text.IsSpace)
			}
		} else {
			break
		}
		ms = append(ms, d.paragraphMark(pi, StageMeta, reasonScraperHeader, key))
	}
	return ms
}

// spamStage scores every paragraph as a line of its own and, when it holds any rule phrase or
// marker, the sentences at either end of it as glued promos; glued sentences win over the
// whole paragraph, which goes only when the evidence is spread over its sentences. A promo
// glued to a sentence with no full stop between them ("Follow us on X The board of …"), or
// after a stop the splitter did not break on, is cut from the sentence as a byte-level mark
// (spam.Scorer.Lead, Tail): the sentence's own words stay. Each unit
// is scored in its context (its neighbours, where it sits in the document): context only tips
// units that already carry evidence. A second pass looks again at borderline lines just
// before a line found to be spam, since injected boilerplate comes in runs ("Condividi" above
// a row of platform names).
func (f *Filter) spamStage(d *document) []mark {
	sc := f.c.scorer
	texts := make([]string, len(d.paras))
	for pi := range d.paras {
		texts[pi] = d.keptText(pi)
		d.paras[pi].leadNone = 0
	}
	doc := spam.NewDoc(texts)
	isSpam := make([]bool, len(d.paras))
	sells := make([]bool, len(d.paras))   // the paragraph went as spam that sells (spam.Sells)
	touched := make([]bool, len(d.paras)) // some sentence already marked
	var borderline []int
	var ms []mark
	for pi := range d.paras {
		if d.paras[pi].left == 0 {
			continue
		}
		// Sentences glued to either end go first: a paragraph of prose with a share row glued
		// to its end loses the share row, not the prose.
		ctx := spam.Context{Doc: doc, Para: pi, NextToSpam: pi > 0 && isSpam[pi-1], NextToSelling: pi > 0 && sells[pi-1]}
		v := sc.ScoreIn(texts[pi], spam.Line, ctx)
		var glued []mark
		if v.Candidates > 0 || imprintTail(d, pi) || openEnd(d, pi) || salutedTail(d, pi) {
			// Only a paragraph with some rule phrase or marker in it can have a sentence
			// that is spam, or one that ends on a piece of an imprint (gluedbox.go), or one
			// whose last sentence does not end like one: a button or a teaser run on after
			// the article's last full stop, which the vocabulary model may judge; or one
			// that ends on a letter to the readers (salutedTail).
			glued = gluedSpam(d, sc, doc, pi)
			if len(glued) == 0 {
				glued = appealTailMarks(d, sc, doc, pi)
			}
		}
		if len(glued) > 0 {
			var whole bool
			if glued, whole = appealMarks(d, sc, doc, pi, glued); whole {
				// A short appeal whose other sentences speak as the site to the reader.
				ms = appendMarks(ms, glued...)
				isSpam[pi], sells[pi] = true, spam.Sells(glued[0].evidence)
				continue
			}
			// Every sentence spam, or all but a fragment, or the rest of a box whose opening
			// the glued rules took, or a letter to the readers the model read as the site's
			// from its salutation to its end: when the paragraph as a whole is a spam line,
			// report it as one.
			if v.Spam && (uncoveredWords(d, pi, glued) <= 8 || restOfBox(d, sc, pi, glued) || readerBetween(d, pi, glued) || slices.Contains(v.Evidence, spam.SalutationEvidence) ||
				labelledQuestion(d, sc, doc, pi, glued)) {
				ms = appendMarks(ms, d.paragraphMark(pi, StageSpam, v.Reason, d.spamEvidence(v)...))
				isSpam[pi], sells[pi] = true, spam.Sells(v.Evidence)
				continue
			}
			if restReadsAsBoilerplate(d, sc, pi, glued) {
				ev := append(slices.Clip(glued[0].evidence), "vocabulary-box")
				ms = appendMarks(ms, d.paragraphMark(pi, StageSpam, glued[0].reason, ev...))
				isSpam[pi], sells[pi] = true, spam.Sells(glued[0].evidence)
				continue
			}
			touched[pi] = true
			ms = appendMarks(ms, glued...)
			continue
		}
		if first := d.firstKept(pi); !v.Spam && d.paras[pi].leadNone != first+1 {
			// A label no rule phrase explains, which would go as a line of its own, run on
			// into the paragraph's first sentence ("Cryptocurrencies The provincial …").
			if m, ok := cutLead(d, sc.LineLead, ctx, pi, first); ok {
				ms = appendMarks(ms, m)
				touched[pi] = true
				continue
			}
		}
		if v.Spam && !leadCutIn(d, pi) && evidenceSpread(d, sc, pi, v) {
			ms = appendMarks(ms, d.paragraphMark(pi, StageSpam, v.Reason, d.spamEvidence(v)...))
			isSpam[pi], sells[pi] = true, spam.Sells(v.Evidence)
			continue
		}
		if v.Score >= 0.2 {
			borderline = append(borderline, pi)
		}
	}
	for _, pi := range borderline {
		if pi+1 >= len(d.paras) || !isSpam[pi+1] || isSpam[pi] || touched[pi] {
			continue
		}
		v := sc.ScoreIn(texts[pi], spam.Line, spam.Context{Doc: doc, Para: pi, NextToSpam: true, NextToSelling: sells[pi+1]})
		if v.Spam && evidenceSpread(d, sc, pi, v) {
			ms = appendMarks(ms, d.paragraphMark(pi, StageSpam, v.Reason, d.spamEvidence(v)...))
			isSpam[pi], sells[pi] = true, spam.Sells(v.Evidence)
		}
	}
	return ms
}

// gluedSpam scores the sentences at the ends of paragraph pi as glued units: trailing ones
// first, then leading ones, each next to a removed one with that as context. When all but
// one sentence go, the last one is scored as a line next to spam: a short paragraph that is
// mostly boilerplate is boilerplate.
func gluedSpam(d *document, sc *spam.Scorer, doc *spam.Doc, pi int) []mark {
	p := &d.paras[pi]
	ks := d.keptSents(pi) // a later round sees what is left, as a second pass would
	n := len(ks)
	if n == 1 {
		// One sentence: a promo may still be glued to its start without a full stop.
		// Scored without context, so prose on either side of the evidence counts.
		ctx := spam.Context{Doc: doc, Para: pi}
		v := sc.ScoreAs(d.sentText(p.sents[ks[0]]), spam.Glued)
		if v.Spam && (slices.Contains(v.Evidence, "menu-row") || v.Reason == "ui-phrase") {
			// A short sentence of prose with a row of site furniture run on without a stop
			// ("Der Rat tagte bis in die Nacht Facebook | Twitter | WhatsApp") reads as a
			// menu, or as furniture words, whole: the row goes, the prose before it stays.
			ctx.Tail = true
			if m, ok := tailCut(d, sc, ctx, pi, ks[0]); ok && plainProse(sc, d.input[p.sents[ks[0]].Start:m.span.Start]) {
				return []mark{m}
			}
		}
		if !v.Spam {
			// Lead finds labels whose rules match them only as a unit of their own
			// ("Comentarios | Morales anunció …"), which leave no candidate here.
			if m, ok := leadCut(d, sc, ctx, pi, ks[0]); ok {
				return []mark{m}
			}
		} else if v.Reason == "readalso-phrase" {
			// A related link's label glued to the paragraph's one sentence, short enough that
			// the whole is spam ("Czytaj także | Anna Nowak trafiła do szpitala …"): as in a
			// longer paragraph (proseLeadCut), only the label goes when what follows reads as
			// the article's sentence; and, the paragraph being a line of its own, as a whole
			// sentence, not a teaser's headline ("Read more: | Council approves …"). Not
			// after a colon, which announces the label's own sentence ("About the author: |
			// … is a reporter …").
			if m, ok := proseLeadCut(d, sc, ctx, pi, ks[0]); ok && articleSentence(d.input[m.span.End:p.sents[ks[0]].End]) &&
				!endsOnColon(d.input[m.span.Start:m.span.End]) {
				return []mark{m}
			}
		}
		if !v.Spam && v.Candidates > 0 {
			ctx.Tail = true
			if m, ok := tailCut(d, sc, ctx, pi, ks[0]); ok {
				return []mark{m}
			}
		}
	}
	if n < 2 {
		return nil
	}
	var ms []mark
	last := n
	if j, v, why, ok := labelRun(d, sc, doc, pi, ks); ok {
		if why == "footer-fragments" {
			j = footerName(d, pi, ks, j) // gluedbox.go
		}
		ms = append(ms, d.sentenceMark(pi, ks[j], ks[n-1]+1, StageSpam, v.Reason, append(d.spamEvidence(v), why)...))
		last = j
	} else if j, v, ok := imprintRun(d, sc, pi, ks); ok { // gluedbox.go
		ms = append(ms, d.sentenceMark(pi, ks[j], ks[n-1]+1, StageSpam, v.Reason, append(d.spamEvidence(v), "imprint-run")...))
		last = j
	}
	// cutAt is the sentence whose start a promo was cut off in the walk below (cut), which
	// goes on with the sentences before it.
	cutAt := -1
	cut := func(m mark) {
		ms = append(ms, m)
		last--
		cutAt = last
	}
	for last > 1 {
		ctx := spam.Context{Doc: doc, Para: pi, Tail: true, NextToSpam: last < n, NextToSelling: last < n && sellsLast(ms)}
		s := d.sentText(p.sents[ks[last-1]])
		v := sc.ScoreIn(s, spam.Glued, ctx)
		if !v.Spam && copyrightHeadBefore(d, sc, ms, pi, ks[last-1]) { // gluedbox.go
			ms = append(ms, d.sentenceMark(pi, ks[last-1], ks[last-1]+1, StageSpam, ms[len(ms)-1].reason, "copyright-head"))
			last--
			continue
		}
		if !v.Spam {
			if why := footerPieceBefore(d, ms, pi, ks[last-1]); why != "" { // gluedbox.go
				ms = append(ms, d.sentenceMark(pi, ks[last-1], ks[last-1]+1, StageSpam, ms[len(ms)-1].reason, why))
				last--
				if why == "imprint-piece" {
					continue
				}
				break
			}
		}
		if !v.Spam && last < n && len(ms) > 0 && (ms[len(ms)-1].para >= 0 || cutAt == last) {
			// A teaser that speaks to the reader, right before a promo glued to the end
			// ("Du interessierst dich für Energie? Folge uns auf: …"), belongs to it.
			if question(s, 12) && spam.AddressesReader(s) || premiseBefore(ms, s) {
				ms = append(ms, d.sentenceMark(pi, ks[last-1], ks[last-1]+1, StageSpam, ms[len(ms)-1].reason, "before-glued-promo"))
				last--
				break
			}
			if sc.DenseBoilerplate(s) || question(s, 12) && sc.LeansThroughout(s) {
				// The box's presentation, in its words throughout ("Dieser Artikel enthält
				// Links zu Onlineshops."), or its teaser in a verb's person ("Já tem conta?",
				// "Sie möchten jeden Morgen wissen, was in der Region los ist?"): it goes,
				// and the sentence before it is asked too.
				ms = append(ms, d.sentenceMark(pi, ks[last-1], ks[last-1]+1, StageSpam, ms[len(ms)-1].reason, boxSentence))
				last--
				continue
			}
		}
		if !v.Spam {
			// A short fragment or a sentence with some evidence of its own after a glued
			// promo ("… All rights reserved. Powered by X") belongs to it: look one
			// sentence further in. So does a paragraph's last sentence whose words lean
			// towards boilerplate word after word: the rest of a box ("Proseguendo nella
			// navigazione del sito accetti il loro utilizzo.").
			// Between two pieces of boilerplate, a name ("© 2022 X Network. One X Media. All
			// rights reserved.") is boilerplate too.
			if shortFragment(s) || last == n && (v.Score >= 0.25 && lexical(v) || sc.LeansThroughout(s)) {
				ctx.NextToSpam, ctx.NextToSelling = false, false
				w := sc.ScoreIn(d.sentText(p.sents[ks[last-2]]), spam.Glued, ctx)
				if w.Spam && last == n && lexical(v) {
					// The box ends on a promo glued to the start of the article's sentence
					// ("Copyright © 2019 X. All Rights Reserved | Lindqvist told …"):
					// only the promo goes from it.
					if m, ok := boxBeforeSentence(d, sc, ctx, pi, ks, last-1); ok {
						ms = append(ms, m)
						last--
						continue
					}
					// The last resort before both go, as in the walk from the start: the
					// promo's words off the article's sentence ("Ainda não tem conta? |
					// Registe-se | Segundo o vereador …"); the sentence before is asked next.
					if m, ok := promoCut(d, sc, spam.Context{Doc: doc, Para: pi}, pi, ks[last-1], true); ok {
						cut(m)
						continue
					}
				}
				if w.Spam && (last > 2 || len(text.Words(d.sentText(p.sents[ks[0]]))) <= 12) {
					// The paragraph's first sentence goes whole only when it is short: a
					// promo glued to the start of a sentence of the article is leadCut's.
					ms = append(ms, d.sentenceMark(pi, ks[last-1], ks[last-1]+1, StageSpam, w.Reason, "after-glued-promo"))
					ms = append(ms, d.sentenceMark(pi, ks[last-2], ks[last-2]+1, StageSpam, w.Reason, d.spamEvidence(w)...))
					last -= 2
					continue
				}
				if w.Candidates > 0 {
					// The boilerplate starts inside the sentence before the name (the first
					// sentence too: "… my top five: © 2022 X Network. One X Media. All
					// rights reserved."). At the paragraph's end, only a copyright line: the
					// splitter does not break before a ©, and a short fragment after it is
					// its notice ("… dauerte bis in die Nacht © 2024 X – Alle Rechte
					// vorbehalten. Weitergabe nur mit Erlaubnis.").
					if m, ok := tailCut(d, sc, ctx, pi, ks[last-2]); ok && (last < n || slices.ContainsFunc(m.evidence, copyrightEvidence)) {
						ms = append(ms, d.sentenceMark(pi, ks[last-1], ks[last-1]+1, StageSpam, m.reason, "after-glued-promo"))
						ms = append(ms, m)
						break
					}
				}
			}
			if v.Candidates > 0 {
				// A promo after a full stop the splitter did not break on (before the
				// promos already found, when there are any).
				if m, ok := tailCut(d, sc, ctx, pi, ks[last-1]); ok {
					ms = append(ms, m)
				}
			}
			break
		}
		if last == n || strings.Contains(s, "©") {
			// A sentence of prose and a promo after a stop the splitter did not break on
			// ("… cost them customers. ₿ Invest in Bitcoin …"): only the promo goes. So
			// does a copyright line further in, which the splitter joined to the article's
			// last words ("… the lock gates © 2024 X Ltd. All rights reserved. | No reuse
			// …").
			if spamCutEnds(d, p.sents[ks[last-1]].End) {
				break // an earlier round cut the promo off this sentence
			}
			if m, ok := tailCut(d, sc, ctx, pi, ks[last-1]); ok && keptHead(sc, d.input[p.sents[ks[last-1]].Start:m.span.Start]) {
				ms = append(ms, m)
				break
			}
		}
		if last == n && lexical(v) {
			// The same, the sentence spam as a whole; and a promo glued to the start of the
			// article's last sentence after a teaser the splitter ended at its question mark
			// ("¿Tienes una historia? | Escríbenos a … | Según el concejal …"): the promo
			// goes, the prose after it stays, whatever the sentences before it are. Not a
			// teaser's citation, whose quoted title reads as prose ("Lire aussi X, « Les
			// ports face à la crise », Revue du Nord, mars 2019."): it goes whole. After a
			// teaser's question, the last resort cut too: "Ainda não tem conta? | Registe-se |
			// Segundo o presidente …" (spam.Scorer.RescueLead).
			if m, ok := promoCut(d, sc, ctx, pi, ks[last-1], question(d.sentText(p.sents[ks[last-2]]), 12)); ok {
				cut(m)
				continue
			}
		}
		ms = append(ms, d.sentenceMark(pi, ks[last-1], ks[last-1]+1, StageSpam, v.Reason, d.spamEvidence(v)...))
		last--
	}
	if j, ok := salutedFrom(d, sc, pi, ks, last); ok {
		// A letter to the readers glued after the article's last sentence, whose promo the
		// walk found or not: from its salutation on, it goes.
		reason := spam.SalutationEvidence
		if len(ms) > 0 {
			reason = ms[len(ms)-1].reason
		}
		ms = append(ms, d.sentenceMark(pi, ks[j], ks[last-1]+1, StageSpam, reason, spam.SalutationEvidence))
		last = j
	} else if last < n && len(ms) > 0 && ms[len(ms)-1].para >= 0 {
		if j, ok := boxRun(d, sc, pi, ks, last); ok {
			// The rest of the box whose promo the walk took, in the box's voice.
			ms = append(ms, d.sentenceMark(pi, ks[j], ks[last-1]+1, StageSpam, ms[len(ms)-1].reason, boxRunEvidence))
			last = j
		}
	}
	first := 0
	if m, k, ok := leadingLine(d, sc, doc, pi, ks, last); ok {
		ms = append(ms, m)
		first = k
	}
	for first < last-1 {
		ctx := spam.Context{Doc: doc, Para: pi, NextToSpam: first > 0, NextToSelling: first > 0 && sellsLast(ms)}
		s := d.sentText(p.sents[ks[first]])
		v := sc.ScoreIn(s, spam.Glued, ctx)
		if !v.Spam && first == 0 && last > 2 && teaser(s) {
			// A teaser opening the paragraph ("Want to stop working for others?") belongs to
			// the promo right after it: both go, or neither.
			next := spam.Context{Doc: doc, Para: pi, NextToSpam: true, NextToSelling: true} // a teaser is bait
			if w := sc.ScoreIn(d.sentText(p.sents[ks[1]]), spam.Glued, next); w.Spam {
				if m, ok := proseLeadCut(d, sc, next, pi, ks[1]); ok {
					// The promo runs on into the article's sentence: only the promo goes.
					ms = append(ms, d.sentenceMark(pi, ks[0], ks[0]+1, StageSpam, m.reason, "before-glued-promo"))
					ms = append(ms, m)
					break
				}
				ms = append(ms, d.sentenceMark(pi, ks[0], ks[0]+1, StageSpam, w.Reason, "before-glued-promo"))
				ms = append(ms, d.sentenceMark(pi, ks[1], ks[1]+1, StageSpam, w.Reason, d.spamEvidence(w)...))
				first = 2
				continue
			} else {
				if m, ok := leadCut(d, sc, next, pi, ks[1]); ok {
					ms = append(ms, d.sentenceMark(pi, ks[0], ks[0]+1, StageSpam, m.reason, "before-glued-promo"))
					ms = append(ms, m)
					break
				}
			}
		}
		if !v.Spam && first+1 < last-1 && slices.Contains(v.Evidence, spam.LonePhrase) {
			// Kept as a sentence of reporting around one phrase, unless the sentence after
			// it is boilerplate too: a run of them opens the paragraph ("Prices may change
			// without notice, the seller says. Affiliate links are marked with an asterisk.").
			if ms2, ok := leadingRun(d, sc, doc, pi, ks, first, ms); ok {
				ms = ms2
				first += 2
				continue
			}
		}
		if !v.Spam && first+2 < last && (first+2 < last-1 || longArticleSentence(sc, d.sentText(p.sents[ks[last-1]]))) &&
			ks[first+1] == ks[first]+1 && (nameFragment(s) || spam.OwnershipLine(s)) {
			// A name between two pieces of boilerplate the splitter cut at their full stops
			// ("© 2022 X Network. | One X Media. | All rights reserved. | The council …"),
			// or, opening the paragraph, a publisher's name right before the footer's notice
			// ("Grupo Editorial del Litoral. | Todos los derechos reservados.") or a sentence
			// that says who owns the site ("Harbour Weekly is a part of X Group. | © 2024
			// …"): it goes with them, when two sentences or more follow, the article's, or one
			// long sentence of prose. A short sentence alone after them may be the footer's
			// too, a slogan that reads as prose ("… | Example.com, the news of the region and
			// the world"): the round over the output reads the pieces left as a whole.
			next := spam.Context{Doc: doc, Para: pi, NextToSpam: true}
			if w := sc.ScoreIn(d.sentText(p.sents[ks[first+1]]), spam.Glued, next); w.Spam && (first > 0 || slices.ContainsFunc(w.Evidence, copyrightEvidence)) {
				ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, w.Reason, betweenSpamEvidence))
				if m, ok := proseLeadCut(d, sc, next, pi, ks[first+1]); ok {
					ms = append(ms, m) // the piece runs on into the article's sentence
					break
				}
				ms = append(ms, d.sentenceMark(pi, ks[first+1], ks[first+1]+1, StageSpam, w.Reason, d.spamEvidence(w)...))
				first += 2
				continue
			}
		}
		// The walk took the sentence right before this one whole, a box's: the next tests ask
		// what of the box goes on.
		afterBox := !v.Spam && first > 0 && boxGoesOn(d, ms, pi, ks[first])
		if !v.Spam && first > 0 && spam.EndsSentence(s) && (fieldCount(s, boxTailWords+1) <= boxTailWords && sc.LeansThroughout(s) ||
			first+1 < last && afterBox && fieldCount(s, maxAsideWords+1) <= maxAsideWords && sc.DenseBoilerplate(s)) {
			// A short sentence right after the box's opening, in its words throughout: the
			// box's request ("Spotted a mistake in this article? | Tell our editors. | …").
			ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, ms[len(ms)-1].reason, boxSentence))
			first++
			continue
		}
		if afterBox && first+1 < last && v.Score > 0 && readerAside(s) {
			// The box's opening, then a sentence of it that goes on speaking to the reader,
			// with a word of the box ("Jetzt Newsletter abonnieren. | Abmelden können Sie
			// sich jederzeit. | Der Stadtrat …"): it goes, and the next is asked too.
			ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, ms[len(ms)-1].reason, boxSentence))
			first++
			continue
		}
		if afterBox && first+2 < last && readerBetweenAt(d, sc, doc, pi, ks, first, ms[len(ms)-1].reason) {
			// A sentence of the box that speaks to the reader between two the rules take
			// (readerBetween): it goes, and the next is taken as spam below.
			ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, ms[len(ms)-1].reason, boxSentence))
			first++
			continue
		}
		if afterBox && brokenTitle(d, ms[len(ms)-1]) {
			// A related link's label and the first words of its title, which the splitter
			// ended at a full stop inside the title: the title goes on in this sentence.
			label := spam.Verdict{Spam: true, Reason: ms[len(ms)-1].reason, Evidence: ms[len(ms)-1].evidence}
			if m, ok := cutLead(d, func(t string, c spam.Context) (int, spam.Verdict) { return sc.TitleGoesOn(t, label, c) }, ctx, pi, ks[first]); ok {
				ms = append(ms, m) // up to the article's sentence, run on to the title
				break
			}
			if first+1 < last && titlePiece(s, d.input[ms[len(ms)-1].span.Start:ms[len(ms)-1].span.End]) {
				ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, ms[len(ms)-1].reason, spam.TeaserTitle))
				first++
				continue
			}
		}
		if !v.Spam && first > 0 && ms[len(ms)-1].para >= 0 {
			if j, ok := openingBoxRun(d, sc, pi, ks, first, last); ok {
				// The rest of the box whose opening the walk took, in the box's voice.
				ms = append(ms, d.sentenceMark(pi, ks[first], ks[j-1]+1, StageSpam, ms[len(ms)-1].reason, boxRunEvidence))
				first = j
				continue
			}
		}
		if !v.Spam {
			// A promo glued to the sentence, or the tail of the one just removed; or to a
			// short sentence the next one goes on from ("Comments (4) | She was not alone.").
			// shortOpeningCut's Lead over two sentences, dear on every paragraph that gets
			// here, is not asked of a sentence with no evidence at all.
			if m, ok := leadCut(d, sc, ctx, pi, ks[first]); ok {
				ms = append(ms, m)
			} else if v.Score > 0 {
				if m, ok := shortOpeningCut(d, sc, ctx, pi, ks, first); ok {
					ms = append(ms, m)
				}
			}
			break
		}
		// The promo Lead finds at the sentence's start, asked once for the two tests below.
		m, cut := leadCut(d, sc, ctx, pi, ks[first])
		rest := ""
		if cut {
			rest = d.input[m.span.End:p.sents[ks[first]].End]
		}
		if cut && boxVoice(sc, rest) {
			// The label opens the box's own sentence, which speaks to the reader in the
			// box's words ("Affiliate links: | if you buy through them, we earn a small
			// commission."): no cut, the sentence goes whole.
			ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, v.Reason, append(d.spamEvidence(v), boxSentence)...))
			first++
			continue
		}
		if cut && plainProse(sc, rest) {
			// As proseLeadCut: a promo glued to the start of the article's first sentence with no full stop
			// between them ("Lire aussi La radio locale proposera …", "… Écrivez à la
			// rédaction : infos@… L'opposition estimait …"), at the paragraph's start or after
			// the promos before it: only the promo goes when what follows it reads as a
			// sentence of the article, as at the paragraph's end, whatever made the sentence
			// spam as a whole.
			ms = append(ms, m)
			break
		}
		if m, ok := cutLead(d, sc.RescueLead, ctx, pi, ks[first]); ok {
			// The article's sentence after the promo is short or opens unsurely: rather than
			// the whole sentence, the promo's words go (see spam.Scorer.RescueLead).
			ms = append(ms, m)
			break
		}
		if m, ok := shortOpeningCut(d, sc, ctx, pi, ks, first); ok {
			ms = append(ms, m)
			break
		}
		ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, v.Reason, d.spamEvidence(v)...))
		first++
	}
	if len(ms) == 0 {
		if m, ok := tailRun(d, sc, doc, pi, ks); ok {
			return []mark{m}
		}
		if m, ok := trailingLine(d, sc, doc, pi, ks); ok {
			return []mark{m}
		}
	}
	if last-first == 1 && len(ms) > 0 && (ms[len(ms)-1].para >= 0 || cutAt == last) {
		// A promo the splitter left at the end of the sentence goes first: the sentence
		// before it may be the article's. (After a promo cut off the start of the next
		// sentence too: "¿Tienes una historia? | Escríbenos a … | Según el concejal …".)
		ctx := spam.Context{Doc: doc, Para: pi, Tail: true}
		if m, ok := tailCut(d, sc, ctx, pi, ks[first]); ok && keptHead(sc, d.input[p.sents[ks[first]].Start:m.span.Start]) {
			return append(ms, m)
		}
		v := sc.ScoreIn(d.sentText(p.sents[ks[first]]), spam.Line, spam.Context{Doc: doc, Para: pi, NextToSpam: true, NextToSelling: sellsLast(ms)})
		switch {
		case v.Spam:
			ms = append(ms, d.sentenceMark(pi, ks[first], ks[last-1]+1, StageSpam, v.Reason, d.spamEvidence(v)...))
		case first == 0 && last == 1 && premiseBefore(ms, d.sentText(p.sents[ks[0]])):
			// An appeal of its own that opens on its premise ("Independent news isn't free.
			// Chip in …"): the premise goes with it.
			ms = append(ms, d.sentenceMark(pi, ks[0], ks[0]+1, StageSpam, ms[len(ms)-1].reason, "before-glued-promo"))
		case first == 0 && last == 1 && readerTeaser(sc, d.sentText(p.sents[ks[0]])):
			// A teaser that speaks to the reader, or in boilerplate's words, as the first
			// sentence before the promo ("¿Quieres recibir cada noche lo más destacado?
			// Déjanos tu correo"): it goes with it, as in the walk from the end.
			ms = append(ms, d.sentenceMark(pi, ks[0], ks[0]+1, StageSpam, ms[len(ms)-1].reason, "before-glued-promo"))
		}
	}
	return ms
}

// labelRun finds boilerplate at the end of paragraph pi that the splitter broke into
// sentences, only the first of which reads as boilerplate: a read-also label and the headline
// after it ("Lire aussi : Climat. | La Loire n'a jamais été aussi basse en juin", "Voir aussi :
// Entretien. | « … »"), or a copyright line and the fragments of the footer after it ("©
// 2022 Editora X. | Calle Mayor 4. | Apartado 12. | Puerto Alto."). It returns the index in
// ks of the label's sentence, the verdict on it and the evidence for the run.
//
// A headline follows a short sentence that opens with a read-also label (a rule anchored to
// its start) and ends the paragraph without a full stop, as headlines do, in at most
// maxHeadlineWords words; a sentence of prose after the label ends with a full stop and
// stays. A footer's copyright line is at most maxFooterLabelWords words, its fragments at
// most maxFragmentWords words each and maxFooterWords in all.
func labelRun(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ks []int) (int, spam.Verdict, string, bool) {
	p := &d.paras[pi]
	n := len(ks)
	tail := strings.TrimRightFunc(d.sentText(p.sents[ks[n-1]]), unicode.IsSpace)
	headline := !strings.HasSuffix(tail, ".") && !strings.HasSuffix(tail, "!") && !strings.HasSuffix(tail, ":")
	fragments := true
	words := 0
	for j := n - 1; j >= 0 && j >= n-maxFooterFragments-1; j-- {
		s := d.sentText(p.sents[ks[j]])
		fields := len(strings.Fields(s))
		if j < n-1 {
			v := sc.ScoreIn(s, spam.Glued, spam.Context{Doc: doc, Para: pi})
			if v.Spam {
				switch {
				case headline && j >= n-3 && words >= 3 && words <= maxHeadlineWords && fields <= 6 && hasEvidence(v, "readalso:^"):
					return j, v, "read-also-headline", true
				case fragments && words <= maxFooterWords && fields <= maxFooterLabelWords &&
					(hasEvidence(v, "copyright:") || hasEvidence(v, "copyright-sign")):
					return j, v, "footer-fragments", true
				}
				break // other boilerplate: gluedSpam's loop takes it from here
			}
		}
		fragments = fragments && fields <= maxFragmentWords
		if words += fields; words > max(maxHeadlineWords, maxFooterWords) {
			break
		}
	}
	return 0, spam.Verdict{}, "", false
}

// hasEvidence reports whether one of v's evidence strings begins with prefix.
func hasEvidence(v spam.Verdict, prefix string) bool { return hasEvidenceIn(v.Evidence, prefix) }

const (
	maxHeadlineWords   = 30 // words of a headline after a read-also label
	maxFragmentWords   = 8  // words of each fragment of a footer after its copyright line
	maxFooterWords     = 24 // words of those fragments in all
	maxFooterFragments = 5  // fragments of a footer after its copyright line
	// maxFooterLabelWords is the most words of the copyright line itself: a longer one holds
	// the end of the article's sentence ("… tatsächlich ist © 2022 X — Alle Rechte
	// vorbehalten."), which tailCut cuts apart.
	maxFooterLabelWords = 14
)

// leadingRun looks at sentence ks[first] of paragraph pi, kept as reporting around one phrase
// (spam.LonePhrase), together with the sentence after it: when that one is spam on its own
// and, next to it, the first is spam too, both go (marks appended to ms).
func leadingRun(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ks []int, first int, ms []mark) ([]mark, bool) {
	p := &d.paras[pi]
	w := sc.ScoreIn(d.sentText(p.sents[ks[first+1]]), spam.Glued, spam.Context{Doc: doc, Para: pi})
	if !w.Spam {
		return ms, false
	}
	next := spam.Context{Doc: doc, Para: pi, NextToSpam: true, NextToSelling: spam.Sells(w.Evidence)}
	v := sc.ScoreIn(d.sentText(p.sents[ks[first]]), spam.Glued, next)
	if !v.Spam {
		return ms, false
	}
	ms = append(ms, d.sentenceMark(pi, ks[first], ks[first]+1, StageSpam, v.Reason, d.spamEvidence(v)...))
	return append(ms, d.sentenceMark(pi, ks[first+1], ks[first+1]+1, StageSpam, w.Reason, d.spamEvidence(w)...)), true
}

// leadingLine looks for a box of boilerplate of up to boxLineSents sentences opening
// paragraph pi, whose sentences read as the article's one by one: the first k together would
// go as a line of their own (with a rule's evidence), the sentence after them is plain prose,
// and at least one sentence follows up to last. It returns the box's mark and k.
func leadingLine(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ks []int, last int) (mark, int, bool) {
	p := &d.paras[pi]
	if first := d.sentText(p.sents[ks[0]]); teaser(first) || sc.ScoreAs(first, spam.Glued).Score == 0 {
		// A teaser is the walk's (it goes with the promo after it), and a first sentence
		// without evidence is the article's.
		return mark{}, 0, false
	}
	for k := 2; k <= boxLineSents && k < last; k++ {
		// Each sentence after the first is spam next to the one before it: a promo glued to
		// the start of the article's sentence is not (the article's words are no spam).
		next := spam.Context{Doc: doc, Para: pi, NextToSpam: true}
		if !sc.ScoreIn(d.sentText(p.sents[ks[k-1]]), spam.Glued, next).Spam {
			return mark{}, 0, false
		}
		if _, ok := proseLeadCut(d, sc, next, pi, ks[k-1]); ok {
			// Its promo runs on into the article's sentence: the walk cuts the promo off.
			return mark{}, 0, false
		}
		if m, ok := boxAsLine(d, sc, doc, pi, ks[0], ks[k-1], ks[k], "leading-line"); ok {
			return m, k, true
		}
	}
	return mark{}, 0, false
}

// trailingLine looks for a box of boilerplate of up to boxLineSents sentences ending
// paragraph pi, glued after the article's last full stop, that the walk from the end did not
// take sentence by sentence: together they would go as a line of their own, with a rule's
// evidence, and the sentence before them is plain prose. The paragraph's first sentence never
// goes so.
func trailingLine(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ks []int) (mark, bool) {
	p := &d.paras[pi]
	n := len(ks)
	for k := 1; k <= boxLineSents && k < n; k++ {
		if w := sc.ScoreAs(d.sentText(p.sents[ks[n-k]]), spam.Glued); w.Score == 0 || slices.Contains(w.Evidence, spam.ContainsProse) {
			// A sentence without evidence, or with prose at one end of it: the article's,
			// or its last words with a promo run on after them without a full stop.
			return mark{}, false
		}
		if m, ok := boxAsLine(d, sc, doc, pi, ks[n-k], ks[n-1], ks[n-k-1], "trailing-line"); ok {
			return m, true
		}
	}
	return mark{}, false
}

// boxAsLine marks sentences from to last of paragraph pi, a box, when together they would go
// as a line of their own with a rule's evidence and sentence prose next to them is plain
// prose; why names the caller in the evidence.
func boxAsLine(d *document, sc *spam.Scorer, doc *spam.Doc, pi, from, last, prose int, why string) (mark, bool) {
	p := &d.paras[pi]
	v := sc.ScoreIn(d.input[p.sents[from].Start:p.sents[last].End], spam.Line, spam.Context{Doc: doc, Para: pi})
	if !v.Spam || !lexical(v) || !plainProse(sc, d.sentText(p.sents[prose])) {
		return mark{}, false
	}
	return d.sentenceMark(pi, from, last+1, StageSpam, v.Reason, append(d.spamEvidence(v), why)...), true
}

// boxTailWords is the most words of a sentence after a box's opening that the walk from the
// start takes with it on its words alone.
const boxTailWords = 6

// boxLineSents is the most sentences of a box leadingLine and trailingLine take.
const boxLineSents = 3

// sellsLast reports whether the last of ms went for selling something (spam.Sells).
func sellsLast(ms []mark) bool { return len(ms) > 0 && spam.Sells(ms[len(ms)-1].evidence) }

// leadCut cuts a promo glued to the start of sentence si of paragraph pi without a full stop
// between them ("Follow us on Facebook The board of …"): a byte-level mark over the promo, so
// the sentence's own words stay. A sentence already cut, or with bytes cut by another stage,
// is left alone.
func leadCut(d *document, sc *spam.Scorer, ctx spam.Context, pi, si int) (mark, bool) {
	m, ok := cutLead(d, sc.Lead, ctx, pi, si)
	if !ok {
		d.paras[pi].leadNone = si + 1
	}
	return m, ok
}

// cutLead is leadCut with cut, spam.Scorer.Lead or one of its parts, finding the promo.
func cutLead(d *document, cut func(string, spam.Context) (int, spam.Verdict), ctx spam.Context, pi, si int) (mark, bool) {
	s := d.paras[pi].sents[si]
	if textCutIn(d, s) {
		return mark{}, false
	}
	for _, m := range d.marks {
		if m.para < 0 && m.stage == StageSpam && m.span.Start == s.Start {
			return mark{}, false // cut by an earlier round
		}
	}
	seg := s.Of(d.segmentationText())
	end, v := cut(seg, ctx) // a run of garbage reads as bytes that are not text
	if end == 0 {
		return mark{}, false
	}
	if head, ok := dashBefore(seg[:end]); ok && letterWords(head) > 0 && !strings.HasPrefix(head, "-") && quotationOpens(seg[end:]) &&
		!slices.ContainsFunc(v.Evidence, copyrightEvidence) {
		// An en or em dash alone ends the promo, and a word in mixed case opens a sentence
		// after it: the dash opens the article's quotation ("Udostępnij na Facebooku | – Nie
		// zgodzimy się …"), and stays. Not a hyphen ("Partager -"), nor a dash that frames a
		// label ("- Anzeige -"), nor one between a copyright's holder and its slogan.
		end = len(head)
	}
	return mark{para: -1, span: text.Span{Start: s.Start, End: s.Start + end}, stage: StageSpam, reason: v.Reason,
		evidence: d.spamEvidence(v)}, true
}

// dashBefore reports whether t ends on an en or em dash alone (a field of its own), and
// returns t before it, white space trimmed.
func dashBefore(t string) (string, bool) {
	t = strings.TrimRight(t, " \t\n")
	i := strings.LastIndexAny(t, " \t\n")
	if i < 0 || t[i+1:] != "–" && t[i+1:] != "—" {
		return "", false
	}
	return strings.TrimRight(t[:i], " \t\n"), true
}

// quotationOpens reports whether t opens with a capitalised word that is not all in capitals
// (a sentence's first word, not a name in a label's capitals: "– ARENA").
func quotationOpens(t string) bool {
	f, _, _ := strings.Cut(strings.TrimLeft(t, " \t\n"), " ")
	r, _ := utf8.DecodeRuneInString(f)
	return unicode.IsUpper(r) && strings.ToUpper(f) != f
}

// tailCut cuts a promo glued to the end of sentence si of paragraph pi after a full stop the
// splitter did not break on ("… les attendent. les plus lus"), or after no full stop (see
// spam.Scorer.Tail): a byte-level mark over the promo, the sentence before it kept.
func tailCut(d *document, sc *spam.Scorer, ctx spam.Context, pi, si int) (mark, bool) {
	s := d.paras[pi].sents[si]
	if spamCutEnds(d, s.End) {
		return mark{}, false // cut by an earlier round
	}
	seg := d.segmentationText()
	start, v := sc.Tail(s.Of(seg), ctx)
	if start == 0 {
		return mark{}, false
	}
	promo := text.Span{Start: s.Start + start, End: s.End}
	if k := strings.LastIndex(seg[s.Start:promo.Start], "©"); k > 0 && sc.CopyrightHead(seg[s.Start+k:promo.Start]) {
		// The head of the copyright line the promo's phrase ends, which the splitter left
		// after an abbreviation ("… the lock gates © 2024 Harbour Gazette Ltd. | All rights
		// reserved."): it goes with its line.
		promo.Start = s.Start + k
	}
	if sc.ScoreAs(spam.TextOnly(seg[s.Start:promo.Start]), spam.Glued).Score > 0 {
		// What would stay has evidence of its own: judged whole, on this pass and the next.
		return mark{}, false
	}
	if textCutIn(d, promo) {
		return mark{}, false // part of the promo was already cut by another stage: left alone
	}
	return mark{para: -1, span: promo, stage: StageSpam, reason: v.Reason, evidence: d.spamEvidence(v)}, true
}

// textCutIn reports whether a stage other than normalize cut bytes inside sp. Bytes that are
// not text, cut by the normalize stage, are no obstacle to a promo cut: Lead and Tail judge
// the text as the output has it, the promo's mark covers such bytes, and the tidied output,
// which has none, is cut the same.
func textCutIn(d *document, sp text.Span) bool {
	for _, m := range d.marks {
		if m.para < 0 && m.stage != StageNormalize && m.span.Start < sp.End && sp.Start < m.span.End {
			return true
		}
	}
	return false
}

// keptHead reports what a promo cut from the end of a sentence leaves as the article's own: a
// sentence of prose (plainProse) or a credit in brackets closing the paragraph ("… jeudi.
// (Jean Dupont) | Gérer les cookies").
func keptHead(sc *spam.Scorer, s string) bool {
	return plainProse(sc, s) || spam.Credit(s) && sc.ScoreAs(s, spam.Glued).Score == 0
}

// articleSentence reports a sentence of eight fields or more that ends like one: an article's,
// not a headline of a teaser, which has no full stop.
func articleSentence(s string) bool {
	return spam.EndsSentence(s) && len(strings.Fields(s)) >= 8
}

// minLongSentence is the fewest words of a sentence longArticleSentence takes for the
// article's: more than a slogan or a footer's line runs to.
const minLongSentence = 15

// longArticleSentence reports a sentence of plain prose (plainProse) of at least
// minLongSentence words that ends like a sentence: the article's, not a piece of a footer.
func longArticleSentence(sc *spam.Scorer, s string) bool {
	return spam.EndsSentence(s) && fieldCount(s, minLongSentence) >= minLongSentence && plainProse(sc, s)
}

// plainProse reports a sentence of six words or more, three of them with a letter (a run of
// figures, "0 0 0 000", is no sentence of the article) and two opening in lower case (a name
// in title case is none either), with no bar between items of a menu and without any evidence
// of spam.
func plainProse(sc *spam.Scorer, s string) bool {
	return len(strings.Fields(s)) >= 6 && letterWords(s) >= 3 && lowerWords(s) >= 2 && !strings.Contains(s, " | ") &&
		sc.ScoreAs(s, spam.Glued).Score == 0
}

// lowerWords counts the fields of s that open with a letter in lower case: prose has many, a
// name or a heading in title case few ("La Voz - Noticias de El Valle.").
func lowerWords(s string) int {
	return fieldsWhere(s, func(f string) bool { r, _ := utf8.DecodeRuneInString(f); return unicode.IsLower(r) })
}

// letterWords counts the fields of s with a letter: words, not runs of figures ("0 00 0").
func letterWords(s string) int {
	return fieldsWhere(s, func(f string) bool { return strings.IndexFunc(f, unicode.IsLetter) >= 0 })
}

// fieldsWhere counts the fields of s that is reports true of: a letter in lower case first,
// a letter anywhere.
func fieldsWhere(s string, is func(string) bool) int {
	n := 0
	for f := range strings.FieldsSeq(s) {
		if is(f) {
			n++
		}
	}
	return n
}

// spamCutEnds reports a byte-level spam mark (a promo cut off a sentence) ending at end.
func spamCutEnds(d *document, end int) bool {
	for _, m := range d.marks {
		if m.para < 0 && m.stage == StageSpam && m.span.End == end {
			return true
		}
	}
	return false
}

// leadCutIn reports whether an earlier round cut a glued promo off a sentence of paragraph pi:
// the rest of that sentence is the article's, so the paragraph is not a spam line.
func leadCutIn(d *document, pi int) bool {
	sp := d.paras[pi].span
	for _, m := range d.marks {
		if m.para < 0 && m.stage == StageSpam && m.span.Start >= sp.Start && m.span.Start < sp.End {
			return true
		}
	}
	return false
}

// evidenceSpread reports whether the evidence against paragraph pi, v its verdict, is spread
// over it: at least half of its sentences carry some on their own (or, when v rests on the
// vocabulary model or a salutation, lean towards boilerplate in its words), or v is a short
// imprint. A fragment of at most three words without evidence (a price, a button) is not
// counted either way. A paragraph of prose with a promo glued to one sentence (without a full
// stop to split them) is not a spam line, and a sentence of reporting around its one phrase
// (spam.LonePhrase), one that opens on a label's words and goes on as a lead
// (spam.AnchoredLead), or one whose evidence sits at one end of a run of words that do not
// lean towards boilerplate (spam.ContainsProse: the article's sentence), carries none.
func evidenceSpread(d *document, sc *spam.Scorer, pi int, v spam.Verdict) bool {
	p := &d.paras[pi]
	if p.left < 2 {
		return true
	}
	if slices.Contains(v.Evidence, spam.ImprintEvidence) && letterWords(d.keptText(pi)) <= maxFooterWords {
		// An imprint's families sit in different sentences ("Jornal X. Diretor: Y. Rua Z,
		// 120."): none has the evidence alone, and a paragraph that short is all imprint.
		return true
	}
	if slices.ContainsFunc(v.Evidence, func(e string) bool { return strings.HasPrefix(e, "box-") }) {
		// A box's families of evidence (spam/boxfamily.go) sit in different sentences of a
		// short unit, where the site speaks to the reader: "Want the day's news every
		// evening? Drop your email below."
		return true
	}
	// The model's verdict on the whole is spread over the sentences whose words lean its way;
	// so is a letter to the readers the model read as the site's (spam.SalutationEvidence).
	byModel := slices.Contains(v.Evidence, spam.VocabularyEvidence) || slices.Contains(v.Evidence, spam.SalutationEvidence)
	// The sentences an earlier round took as spam were evidence: the paragraph is still the
	// box it was (a box whose presentation went first on the model's word, then its sign-up
	// line, is read with them).
	with, left := p.bySpam, p.left+p.bySpam
	for si, s := range p.sents {
		if p.removed[si] {
			continue
		}
		t := d.sentText(s)
		if v := sc.ScoreAs(t, spam.Glued); v.Score >= 0.25 && !slices.Contains(v.Evidence, spam.LonePhrase) && !slices.Contains(v.Evidence, spam.AnchoredLead) &&
			(!slices.Contains(v.Evidence, spam.ContainsProse) || sc.LeansThroughout(t)) ||
			byModel && v.Score < 0.25 && sc.LeansBoilerplate(t) {
			with++
		} else if fieldCount(t, 4) <= 3 {
			left-- // a price or a button after the box ("Just $5/month.", "Upgrade") says nothing either way
		}
	}
	return 2*with >= left
}

// labelledQuestion reports whether the one sentence of paragraph pi that ms leaves is a
// question of at most fourteen words with a label glued to its start (Lead cuts it): a poll's
// or a teaser's ("Poll: | Should the council ban cars from the old town?" before "Yes No View
// results").
func labelledQuestion(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ms []mark) bool {
	var left []text.Span
	for s := range uncovered(d, pi, ms) {
		left = append(left, s)
	}
	if len(left) != 1 {
		return false
	}
	t := d.sentText(left[0])
	if !question(t, 14) || !strings.HasSuffix(strings.TrimRight(t, " \"'”’»)"), "?") {
		return false
	}
	end, _ := sc.Lead(t, spam.Context{Doc: doc, Para: pi})
	return end > 0
}

// uncoveredWords counts the words (fields with a letter) of paragraph pi in sentences none of
// ms covers.
func uncoveredWords(d *document, pi int, ms []mark) int {
	n := 0
	for s := range uncovered(d, pi, ms) {
		n += letterWords(s.Of(d.input))
	}
	return n
}

// uncovered yields the sentences of paragraph pi, not yet removed, that none of ms covers.
func uncovered(d *document, pi int, ms []mark) iter.Seq[text.Span] {
	return func(yield func(text.Span) bool) {
		p := &d.paras[pi]
		for si, s := range p.sents {
			if p.removed[si] || slices.ContainsFunc(ms, func(m mark) bool { return m.covers(pi, si) }) {
				continue
			}
			if !yield(s) {
				return
			}
		}
	}
}

// openEnd reports whether paragraph pi has two sentences or more left and its last does not
// end like a sentence (spam.EndsSentence).
func openEnd(d *document, pi int) bool {
	p := &d.paras[pi]
	last, kept := -1, 0
	for si := len(p.sents) - 1; si >= 0 && kept < 2; si-- {
		if !p.removed[si] {
			if last < 0 {
				last = si
			}
			kept++
		}
	}
	return kept == 2 && !spam.EndsSentence(d.sentText(p.sents[last]))
}

// restReadsAsBoilerplate reports whether the sentences of paragraph pi that the glued marks
// ms leave, none with evidence of its own, read as boilerplate all together
// (spam.ReadsAsBoilerplate): a box kept as one paragraph whose sign-up line the glued rules
// found, and whose sentences before it present the product in the site's voice ("Our
// morning briefing on the markets. Every weekday at 7 with our reporters. Subscribe on …").
// A sentence with evidence that stayed was judged news that holds a phrase, and a
// byte-level cut (para < 0) means the sentence it cut from holds prose: the rest stays.
//
// The sentences that went on the model's word alone (modelOnly) are read with the rest: the
// model reads the box as a whole, and a box whose every sentence it judged is no less a box.
func restReadsAsBoilerplate(d *document, sc *spam.Scorer, pi int, ms []mark) bool {
	if slices.ContainsFunc(ms, func(m mark) bool { return m.para < 0 }) {
		return false
	}
	var b strings.Builder
	for s := range uncovered(d, pi, slices.DeleteFunc(slices.Clone(ms), modelOnly)) {
		t := d.sentText(s)
		if sc.ScoreAs(t, spam.Glued).Score >= 0.25 {
			return false
		}
		b.WriteString(t)
		b.WriteByte(' ')
	}
	return b.Len() > 0 && sc.ReadsAsBoilerplate(b.String())
}

// boxRunEvidence marks the sentences boxRun took.
const boxRunEvidence = "box-run"

// betweenSpamEvidence marks a name the walk from a paragraph's start took between two pieces
// of boilerplate.
const betweenSpamEvidence = "between-spam"

// boxRunMax is how many sentences boxRun takes at most.
const boxRunMax = 2

// boxRun returns the index in ks of the first sentence of the box whose promo, glued to the
// end of paragraph pi, the walk took up to ks[last-1]: at most boxRunMax sentences right
// before it, each leaning towards boilerplate word after word (spam.LeansThroughout), that
// the model reads together as the site's text (spam.ReadsAsBoilerplate), when a sentence
// before them is the article's, its words not leaning that way at all (a podcast's
// presentation, "„Markt am Morgen“ ist unser täglicher Börsenpodcast. Jeden Werktag ab 6 Uhr
// mit unseren Reportern.", before "Abonnieren Sie ihn bei Spotify."). In a box kept as a
// paragraph of its own every sentence leans, and the paragraph's verdict decides it whole.
func boxRun(d *document, sc *spam.Scorer, pi int, ks []int, last int) (int, bool) {
	p := &d.paras[pi]
	j := last
	for j > 1 && j > last-boxRunMax-1 && sc.LeansThroughout(d.sentText(p.sents[ks[j-1]])) {
		j--
	}
	if j == last || !sc.ReadsAsBoilerplate(d.input[p.sents[ks[j]].Start:p.sents[ks[last-1]].End]) {
		return 0, false
	}
	for _, k := range ks[:j] {
		if !sc.LeansBoilerplate(d.sentText(p.sents[k])) {
			return j, true
		}
	}
	return 0, false
}

// openingBoxRun is boxRun at a paragraph's start: after the box's opening sentences, which the
// walk from the start took as spam, up to boxRunMax sentences from ks[first] on that lean
// towards boilerplate word after word, which read as boilerplate together, are the rest of the
// box, when a sentence after them, before ks[last], is the article's: it does not read as a
// box's sentence (spam.LeansAsBox). A long sentence of news, a spokesman's quotation of forty
// words, may sum past the model's floor, but not average a box's log-odds a word. It returns
// the index in ks of the first sentence after the run.
func openingBoxRun(d *document, sc *spam.Scorer, pi int, ks []int, first, last int) (int, bool) {
	p := &d.paras[pi]
	j := first
	for j < last-1 && j < first+boxRunMax && sc.LeansThroughout(d.sentText(p.sents[ks[j]])) {
		j++
	}
	if j == first || !sc.ReadsAsBoilerplate(d.input[p.sents[ks[first]].Start:p.sents[ks[j-1]].End]) {
		return 0, false
	}
	for _, k := range ks[j:last] {
		if !sc.LeansAsBox(d.sentText(p.sents[k])) {
			return j, true
		}
	}
	return 0, false
}

// boxGoesOn reports whether the last of ms took the whole sentence of paragraph pi right
// before sentence si: the walk from the start took a box's opening sentence up to it.
func boxGoesOn(d *document, ms []mark, pi, si int) bool {
	if len(ms) == 0 {
		return false
	}
	m := ms[len(ms)-1]
	return m.para == pi && m.to == si
}

// maxAsideWords is the most words of a sentence readerAside takes.
const maxAsideWords = 14

// readerAside reports a short sentence that speaks to the reader (spam.SpeaksToReader) and
// states something, as a box's sentences after its opening do ("Je kunt je altijd afmelden.",
// "Kündigen können Sie jederzeit."); the caller asks for some evidence of the rules too
// (a word of site furniture). A feature's opening that speaks to its reader does so about the
// news ("You may have noticed the new cycle lanes on the high street."), often before a colon
// ("Du hast es sicher gehört: Die Brücke ist gesperrt."), or asks a question; a quotation's
// "you" is someone's speech ("„Ihr habt gewonnen“, rief der Trainer."). None of those is
// taken.
func readerAside(s string) bool {
	t := strings.TrimSpace(s)
	return fieldCount(t, maxAsideWords+1) <= maxAsideWords && statesToReader(t)
}

// statesToReader reports a sentence t that speaks to the reader (spam.SpeaksToReader) and
// states something: it ends like a sentence, no question, no colon, no quotation, no speaker
// after it (readerAside, readerBetweenAt).
func statesToReader(t string) bool {
	return spam.EndsSentence(t) && !strings.HasSuffix(t, "?") && !strings.ContainsAny(t, ":\"“”„«»‹›") && !spam.SaidAfter(t) &&
		spam.SpeaksToReader(t)
}

// salutedBack is how many sentences before the first one a glued promo took, or before the
// paragraph's end, salutedFrom looks for a salutation.
const salutedBack = 4

// salutedFrom returns the index in ks of the sentence that salutes the site's readers
// (spam.Salutes) among the salutedBack sentences before ks[last], never the paragraph's first,
// when the run from it to the paragraph's end reads as the site's text (spam.SalutedBox): a
// letter to the readers glued after the article's last sentence ("… Vier Spieler wurden
// gesperrt. Liebe Leserin, lieber Leser, unabhängiger Journalismus kostet Geld. …"). The
// nearest salutation decides.
func salutedFrom(d *document, sc *spam.Scorer, pi int, ks []int, last int) (int, bool) {
	p := &d.paras[pi]
	end := p.sents[ks[len(ks)-1]].End
	for j := last - 1; j >= 1 && j >= last-salutedBack; j-- {
		s := p.sents[ks[j]]
		if spam.Salutes(d.sentText(s)) {
			return j, sc.SalutedBox(d.input[s.Start:end])
		}
	}
	return 0, false
}

// salutedTail reports whether a sentence of paragraph pi after its first salutes the site's
// readers (spam.Salutes): the paragraph may end on a letter to them, which gluedSpam reads.
func salutedTail(d *document, pi int) bool {
	first := true
	for s := range uncovered(d, pi, nil) {
		if !first && spam.Salutes(d.sentText(s)) {
			return true
		}
		first = false
	}
	return false
}

// tailRunWords is the longest run tailRun reads: the longest unit the vocabulary model
// judges alone.
const tailRunWords = 30

// tailRun returns a mark over the last two or three sentences ks of paragraph pi when each
// leans towards boilerplate in its words (spam.LeansBoilerplate) and, read together as one
// unit glued to the end, the model alone judges them (a box glued to the end whose sentences
// no rule finds one by one: "Danke, dass Sie unseren Journalismus lesen. Jeder Euro … macht
// unsere Recherchen vor Ort möglich."). The paragraph's first sentence never goes so.
func tailRun(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ks []int) (mark, bool) {
	p := &d.paras[pi]
	for k := 2; k <= 3 && k < len(ks); k++ {
		// Each sentence must lean: the shorter run's were asked already, the new first one
		// is asked now. A run longer than the model judges alone (tailRunWords) is prose: no
		// sentence of it is read.
		run := ks[len(ks)-k:]
		t := d.input[p.sents[run[0]].Start:p.sents[run[k-1]].End]
		if fieldCount(t, tailRunWords+1) > tailRunWords {
			return mark{}, false
		}
		if !sc.LeansBoilerplate(d.sentText(p.sents[run[0]])) || k == 2 && !sc.LeansBoilerplate(d.sentText(p.sents[run[1]])) {
			return mark{}, false
		}
		v := sc.ScoreIn(t, spam.Glued, spam.Context{Doc: doc, Para: pi, Tail: true})
		if v.Spam && v.Reason == spam.VocabularyEvidence {
			return d.sentenceMark(pi, run[0], run[k-1]+1, StageSpam, v.Reason, append(d.spamEvidence(v), "vocabulary-run")...), true
		}
	}
	return mark{}, false
}

// restOfBox reports whether the glued marks ms took the first sentence left in paragraph pi,
// the paragraph reads as boilerplate as a whole (spam.ReadsAsBoilerplate), and every sentence
// the marks leave leans towards boilerplate in its words, a unit of log-odds a word
// (spam.LeansAsBox): a box whose opening the rules found ("È vietata la riproduzione, anche
// parziale, …") and whose other sentences speak in its voice. After a promo glued to the
// start of a paragraph of news, the sentences of news do not lean so: a newsroom's findings
// in the first person may lean over their length, not word by word.
func restOfBox(d *document, sc *spam.Scorer, pi int, ms []mark) bool {
	ks := d.keptSents(pi)
	if len(ks) == 0 || !slices.ContainsFunc(ms, func(m mark) bool { return m.covers(pi, ks[0]) }) {
		return false
	}
	if !sc.ReadsAsBoilerplate(d.keptText(pi)) {
		return false
	}
	for s := range uncovered(d, pi, ms) {
		if !sc.LeansAsBox(d.sentText(s)) {
			return false
		}
	}
	return true
}

// maxBetween is the most sentences readerBetween leaves between two glued marks.
const maxBetween = 2

// readerBetween reports whether the sentences of paragraph pi that the glued marks ms leave,
// at most maxBetween, all lie between two sentences ms took whole for one reason and speak to
// the reader (spam.SpeaksToReader): the middle of a box whose opening and end the rules found
// ("Links marked * are affiliate links. | If you buy through one, the shop pays us a share. |
// The price stays the same for you."), in a paragraph spam as a whole. A sentence of news
// between two promos glued to it reports, in the third person, or sits between promos of two
// kinds ("… affiliate links. | We did the sums for this report, and you pay more online. |
// Subscribe to our newsletter.").
func readerBetween(d *document, pi int, ms []mark) bool {
	p := &d.paras[pi]
	reasonAt := func(si int) string {
		for _, m := range ms {
			if m.covers(pi, si) {
				return m.reason
			}
		}
		return ""
	}
	n := 0
	for si, s := range p.sents {
		if p.removed[si] || reasonAt(si) != "" {
			continue
		}
		if n++; n > maxBetween || !spam.SpeaksToReader(d.sentText(s)) {
			return false
		}
		before, after := "", ""
		for k := si - 1; k >= 0 && before == ""; k-- {
			before = reasonAt(k)
		}
		for k := si + 1; k < len(p.sents) && after == ""; k++ {
			after = reasonAt(k)
		}
		if before == "" || before != after {
			return false
		}
	}
	return n > 0
}

// maxBrokenTitle is the most fields of a related link's label and the first words of its
// title that brokenTitle takes for a title the splitter broke.
const maxBrokenTitle = 6

// brokenTitle reports whether mark m took a whole sentence that opens on a related link's
// label (a rule anchored to its start) and its colon, and ends, in at most maxBrokenTitle
// fields, at a stop inside the title: "Lire aussi : Climat.", "Czytaj też: Spór o węgiel.",
// "SEE ALSO: Is your pension safe?". After a label with no colon ("Mehr dazu → | Endlich
// Frühling!") the words may be the article's already.
func brokenTitle(d *document, m mark) bool {
	s := strings.TrimSpace(d.input[m.span.Start:m.span.End])
	return m.para >= 0 && m.to-m.from == 1 && hasEvidenceIn(m.evidence, "readalso:^") && spam.EndsSentence(s) &&
		strings.Contains(s, ":") && fieldCount(s, maxBrokenTitle+1) <= maxBrokenTitle
}

// hasEvidenceIn reports whether one of evidence begins with prefix.
func hasEvidenceIn(evidence []string, prefix string) bool {
	return slices.ContainsFunc(evidence, func(e string) bool { return strings.HasPrefix(e, prefix) })
}

// maxTitlePiece is the most fields of a question titlePiece takes for the rest of a title, and
// maxTitleAnswer of a sentence after a title's question.
const (
	maxTitlePiece  = 8
	maxTitleAnswer = 6
)

// titlePiece reports a short sentence s that can be the rest of a title the splitter broke,
// after its first piece (label and the title's first words, head): a question of at most
// maxTitlePiece fields ("Spór o węgiel. | Czy kopalnie przetrwają?"), or a sentence of at most
// maxTitleAnswer after a question ("Is your pension safe? | Check these five numbers."); no
// quotation, no colon, no speaker after it. The article's first sentence after a title that
// ends on a full stop is not taken, however short.
func titlePiece(s, head string) bool {
	t := strings.TrimSpace(s)
	if !spam.EndsSentence(t) || strings.ContainsAny(t, ":\"“”„«»") || spam.SaidAfter(t) {
		return false
	}
	if strings.HasSuffix(t, "?") {
		return fieldCount(t, maxTitlePiece+1) <= maxTitlePiece
	}
	return strings.HasSuffix(strings.TrimSpace(head), "?") && fieldCount(t, maxTitleAnswer+1) <= maxTitleAnswer
}

// readerBetweenAt reports whether sentence ks[first] of paragraph pi, right after a box's
// sentence the walk from the start took, is one readerBetween would leave to the box: it
// speaks to the reader, states something (no question, no colon, no quotation, no speaker
// after it), and the next sentence is spam on the rules' evidence next to it, for the box's
// reason (a box is of one kind).
func readerBetweenAt(d *document, sc *spam.Scorer, doc *spam.Doc, pi int, ks []int, first int, reason string) bool {
	p := &d.paras[pi]
	if !statesToReader(strings.TrimSpace(d.sentText(p.sents[ks[first]]))) {
		return false
	}
	w := sc.ScoreIn(d.sentText(p.sents[ks[first+1]]), spam.Glued, spam.Context{Doc: doc, Para: pi, NextToSpam: true})
	return w.Spam && lexical(w) && w.Reason == reason
}

// modelOnly reports a mark that rests on the vocabulary model alone: a sentence it judged
// glued (spam.VocabularyEvidence), or one it read as the presentation of a box before a glued
// promo (boxSentence).
func modelOnly(m mark) bool {
	return m.reason == spam.VocabularyEvidence || slices.Contains(m.evidence, boxSentence)
}

// boxSentence names the evidence of a box's presentation taken with the promo after it.
const boxSentence = "box-sentence"

// lexical reports whether a verdict rests on a rule match, not only on shape or context.
func lexical(v spam.Verdict) bool { return spam.RuleEvidence(v.Evidence) }

// teaser reports a sentence that can open a promo: a short question or exclamation ("Need cash
// fast?", "SHOCKING!"). News paragraphs rarely open so.
func teaser(s string) bool { return question(s, 8) }

// question reports a question or exclamation of at most n words.
func question(s string, n int) bool {
	s = strings.TrimRight(s, " \"'”’»)")
	return fieldCount(s, n+1) <= n && (strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!"))
}

// readerTeaser reports a question of at most twelve words that speaks to the reader or leans
// towards boilerplate throughout: "¿Quieres recibir cada noche lo más destacado del día?".
func readerTeaser(sc *spam.Scorer, s string) bool {
	return question(s, 12) && (spam.AddressesReader(s) || sc.LeansThroughout(s))
}

// shortFragment reports a sentence of at most eight words.
func shortFragment(s string) bool { return len(strings.Fields(s)) <= 8 }

// appendMarks appends to ms, doubling its capacity when it is full: a page of nothing but
// promo lines has a mark every few dozen bytes, and append's growth of large slices by a
// quarter would allocate five times the final list on the way.
func appendMarks(ms []mark, more ...mark) []mark {
	if len(ms)+len(more) > cap(ms) {
		ms = slices.Grow(ms, max(len(ms), len(more)))
	}
	return append(ms, more...)
}

func (d *document) spamEvidence(v spam.Verdict) []string {
	// A page of promo lines gives thousands of verdicts with the same evidence: they share
	// one slice (marks and removals never append to their evidence in place).
	h := maphash.Comparable(evidenceSeed, v.Score)
	for _, e := range v.Evidence {
		h ^= maphash.String(evidenceSeed, e)
		h *= 0x9E3779B97F4A7C15
	}
	if c, ok := d.evidence[h]; ok && c.score == v.Score && slices.Equal(c.ev[1:], v.Evidence) {
		return c.ev
	}
	ev := make([]string, 1, len(v.Evidence)+1)
	ev[0] = scoreEvidence(v.Score)
	ev = append(ev, v.Evidence...)
	if d.evidence == nil {
		d.evidence = map[uint64]cachedEvidence{}
	}
	d.evidence[h] = cachedEvidence{v.Score, ev}
	return ev
}

type cachedEvidence struct {
	score float64
	ev    []string
}

// evidenceSeed seeds the hashes of spamEvidence's cache.
var evidenceSeed = maphash.MakeSeed()

// scoreEvidence is a removal's "score=…" evidence.
func scoreEvidence(score float64) string { return fmt.Sprintf("score=%.3g", score) }

type sentRef struct{ para, sent int }

// unitRef is the sentence behind a dedupe unit, and the span of the input the unit is.
type unitRef struct {
	sentRef
	span text.Span
}

// uncut returns sentence span s less the cuts (sorted byte-level marks) at its start or its end (a
// promo cut off it, a copied beginning), so the dedupe stage compares the sentence as the
// output will have it, as a second pass over the output does.
func uncut(input string, cuts []text.Span, s text.Span) text.Span {
	if !cutIn(cuts, s) {
		return s
	}
	i := sort.Search(len(cuts), func(i int) bool { return cuts[i].End > s.Start })
	for ; i < len(cuts) && cuts[i].Start < s.End; i++ {
		c := cuts[i]
		switch {
		case c.Start <= s.Start:
			s.Start = min(c.End, s.End)
		case c.End >= s.End:
			s.End = c.Start
		}
	}
	// White space left at either end is not the sentence's.
	for s.End > s.Start && (input[s.End-1] == ' ' || input[s.End-1] == '\t') {
		s.End--
	}
	for s.Start < s.End && (input[s.Start] == ' ' || input[s.Start] == '\t') {
		s.Start++
	}
	return s
}

// dedupeUnits finds repeated and near-duplicate sentences across the kept text. A sentence
// that begins with a copy of earlier text (the splitter missed the boundary) loses only that
// beginning, as a byte-level mark; cut reports one: what is left of that sentence is a unit
// this run did not compare, so cleanDoc runs it again, as a second pass would. With a store,
// crossStage then checks the paragraphs left against earlier documents.
func (f *Filter) dedupeUnits(d *document) (ms []mark, cut bool) {
	n := 0
	for pi := range d.paras {
		n += d.paras[pi].left
	}
	units := make([]dedupe.Unit, 0, n)
	refs := make([]unitRef, 0, n)
	cuts := d.cuts // every byte-level cut so far, the spam stage's included
	// The bytes the normalize stage cuts read as not text, a run of garbage whole
	// ("AAAAA\b\xf70\xe1…\xa2azienda" is "AAAAA azienda"), as the output has it.
	src := d.segmentationText()
	for pi := range d.paras {
		p := &d.paras[pi]
		for si, s := range p.sents {
			if !p.removed[si] {
				s = uncut(d.input, cuts, s)
				units = append(units, dedupe.Unit{Text: s.Of(src), Para: pi})
				refs = append(refs, unitRef{sentRef{pi, si}, s})
			}
		}
	}
	found := f.c.dedupe.FindUnits(units)
	if len(found) > 0 {
		// Room for the marks recorded so far, and some later ones: apply then keeps this
		// array (see adopt), and the last stages' marks fit in it.
		ms = make([]mark, 0, len(found)+len(d.marks)+len(found)/16)
	}
	nev := len(found) // the marks' evidence, in one array
	for _, m := range found {
		if m.Reason == reasonNear {
			nev++
		}
	}
	evs := make([]string, 0, nev)
	var origs evidenceCache
	for _, m := range found {
		r, o, ol := refs[m.Index], refs[m.Original], refs[m.OriginalLast]
		orig := text.Span{Start: d.paras[o.para].sents[o.sent].Start, End: d.paras[ol.para].sents[ol.sent].End}
		at := len(evs)
		evs = append(evs, origs.get(orig))
		if m.Reason == reasonNear {
			evs = append(evs, fmt.Sprintf("similarity=%.3g", m.Similarity))
		}
		ev := evs[at:len(evs):len(evs)]
		sent := r.span
		if m.Start == 0 && m.End == sent.Len() {
			ms = append(ms, d.sentenceMark(r.para, r.sent, r.sent+1, StageDedupe, m.Reason, ev...))
			continue
		}
		ms = append(ms, mark{para: -1, span: text.Span{Start: sent.Start + m.Start, End: sent.Start + m.End},
			stage: StageDedupe, reason: m.Reason, evidence: ev})
		cut = true
	}
	return ms, cut
}

// evidenceCache makes the "original=start-end" evidence of dedupe marks, sharing the string
// among marks with the same original (every copy of a repeated paragraph's sentences).
type evidenceCache [64]struct {
	sp text.Span
	ev string
}

func (c *evidenceCache) get(sp text.Span) string {
	e := &c[uint(sp.Start^sp.End<<3)%uint(len(c))]
	if e.ev == "" || e.sp != sp {
		var buf [48]byte
		b := append(buf[:0], "original="...)
		b = strconv.AppendInt(b, int64(sp.Start), 10)
		b = append(b, '-')
		b = strconv.AppendInt(b, int64(sp.End), 10)
		e.sp, e.ev = sp, string(b)
	}
	return e.ev
}

// headingLike reports whether a paragraph looks like a heading: short, no sentence-final
// punctuation, at least one letter, starting with a capital or a digit.
func headingLike(s string) bool {
	if len(s) > 480 {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(".!?:;,…", last) {
		return false // visible and tidy keep the last character: checked below, but cheaper here
	}
	s, _, _ = visible(s)
	s = tidy(s) // as the output has it, and a second pass will see it
	if len(s) > 120 || utf8.RuneCountInString(s) > 100 {
		return false
	}
	if words := fieldCount(s, 13); words == 0 || words > 12 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".!?:;,…", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) || unicode.IsDigit(first) || unicode.IsLetter(first) && !unicode.IsLower(first)
}

// fieldCount returns the number of words strings.Fields finds in s, counting no further than
// limit.
func fieldCount(s string, limit int) int {
	n, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			if n++; n >= limit {
				return n
			}
		}
	}
	return n
}

// structureStage removes headings left with nothing under them: a heading whose section (the
// paragraphs up to the next kept heading) had content that was all removed, and headings at
// the end of the document with no content after them. A document that is only headings is
// left alone.
func structureStage(d *document) []mark {
	n := len(d.paras)
	heading := make([]bool, n)
	for i := range d.paras {
		// Judged on what is left, as a second pass will see it.
		heading[i] = d.kept(i) && headingLike(d.keptText(i))
	}
	contentBefore := make([]bool, n+1) // contentBefore[i]: a kept non-heading paragraph in [0, i)
	for i := 0; i < n; i++ {
		contentBefore[i+1] = contentBefore[i] || d.kept(i) && !heading[i]
	}
	var ms []mark
	// Walk backwards so a chain of emptied headings goes together. The section of heading i
	// is the paragraphs after it up to the next heading that stays (headings going are not
	// content); what it holds is carried along the walk, so the stage is linear in the
	// number of paragraphs, however many headings go.
	hadContent, keptContent, reachedEnd := false, false, true // the section after i
	for i := n - 1; i >= 0; i-- {
		gone := false
		if heading[i] { // heading implies kept
			switch {
			case keptContent:
			case hadContent:
				gone = true
				ms = append(ms, d.paragraphMark(i, StageStructure, reasonEmptySection))
			case reachedEnd && contentBefore[i]:
				gone = true
				ms = append(ms, d.paragraphMark(i, StageStructure, reasonOrphanHeading))
			}
		}
		switch {
		case heading[i] && !gone: // the section before i ends here
			hadContent, keptContent, reachedEnd = false, false, false
		case !heading[i]:
			hadContent = true
			keptContent = keptContent || d.kept(i)
		}
	}
	return ms
}

const (
	sampleBytes        = 1500 // document language is detected on this much of the kept text
	offLanguageMinLen  = 120  // shorter paragraphs are never judged off-language
	offLanguageMinConf = 0.9  // the detector must be this sure of the paragraph and document
)

// languageStage detects the document's language on a bounded sample of the text that survived
// spam and dedupe, then removes paragraphs confidently in another language. Paragraphs under
// 120 characters and quotations are never judged; the detector answers "off-language" only
// when its first pass and lingua agree (see langdetect.Detector.OffLanguage).
func (f *Filter) languageStage(d *document) (langdetect.Guess, []mark) {
	det := f.c.detector()
	n := 0
	for i := range d.paras {
		if d.kept(i) {
			n++
		}
	}
	idx := make([]int, 0, n) // the kept paragraphs; their text is d.keptText, built once
	for i := range d.paras {
		if d.kept(i) {
			idx = append(idx, i)
		}
	}
	// The text as the output has it (keptText leaves out the promos cut off sentences too):
	// a second pass, which never sees them, must judge the same text.
	text := func(pi int) string { return plainSpaces(d.keptText(pi)) }
	doc := d.langMemo.detect(det, langdetect.SampleOf(len(idx), func(k int) string { return text(idx[k]) }, sampleBytes))
	if !f.c.offLanguage || doc.Lang == "" || doc.Confidence < offLanguageMinConf || len(idx) < 2 {
		return doc, nil
	}
	var ms []mark
	keptChars := 0
	for _, pi := range idx {
		t := text(pi)
		if len(t) < offLanguageMinLen || utf8.RuneCountInString(t) < offLanguageMinLen || quotation(t) {
			keptChars += len(t)
			continue
		}
		if g, off := d.langMemo.offLanguage(det, t, doc.Lang, len(idx)); off {
			ms = append(ms, d.paragraphMark(pi, StageLanguage, reasonOffLanguage,
				"language="+g.Lang, fmt.Sprintf("confidence=%.3g", g.Confidence)))
			continue
		}
		keptChars += len(t)
	}
	if keptChars == 0 {
		return doc, nil // everything would go: the document is mixed, not polluted
	}
	return doc, ms
}

// plainSpaces returns t with every run of white space one plain space, as the output has
// between sentences: the language stage samples bytes, and a thin space (3 bytes) where the
// output has a space (1) would make a second pass over the output sample, and decide,
// differently.
func plainSpaces(t string) string {
	plain := true
	for i := 0; i < len(t) && plain; i++ {
		c := t[i]
		plain = c != '\t' && c != '\n' && c != '\r' && c < utf8.RuneSelf || c >= utf8.RuneSelf && !spaceAt(t, i)
		if c == ' ' && i+1 < len(t) && t[i+1] == ' ' {
			plain = false
		}
	}
	if plain {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	space := false
	for _, r := range t {
		if text.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// spaceAt reports whether the character starting at t[i] is white space (text.IsSpace).
func spaceAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return text.IsSpace(r)
}

// quotation reports whether a paragraph is a quotation: it opens with a dialogue dash, or with
// a quotation mark closed past its middle (not a quoted name at its start). A quoted statement
// in another language belongs to the article.
func quotation(p string) bool {
	const quotes = "\"“”„«»‹›‘’‚"
	r, _ := utf8.DecodeRuneInString(p)
	switch {
	case r == '—' || r == '–':
		return true
	case !strings.ContainsRune(quotes, r):
		return false
	}
	return strings.LastIndexAny(p, quotes) >= len(p)/2
}

// boxBeforeSentence cuts the promo off the start of the last kept sentence k of paragraph pi
// (ks) when each sentence before it is spam as a glued unit and the rest of it is plain prose:
// a box glued to the start of a paragraph of one sentence, whose last piece runs on into the
// article's sentence ("Copyright © 2019 X. All Rights Reserved | Lindqvist told …").
func boxBeforeSentence(d *document, sc *spam.Scorer, ctx spam.Context, pi int, ks []int, k int) (mark, bool) {
	for _, si := range ks[:k] {
		if !sc.ScoreAs(d.sentText(d.paras[pi].sents[si]), spam.Glued).Spam {
			return mark{}, false
		}
	}
	return proseLeadCut(d, sc, ctx, pi, ks[k])
}

// citation reports whether rest, after a promo cut off its start, opens with a quoted title
// followed by the name of where it appeared ("… Lire aussi X, | « Les ports face à la crise »,
// Revue du Nord, mars 2019."; the cut may take the opening quotation mark): after the
// closing mark a comma and a capital, where a quotation in a sentence of reporting goes on
// with its speaker in lower case ("“We will not close,” the chair said.").
func citation(promo, rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if r, size := utf8.DecodeRuneInString(rest); strings.ContainsRune(openQuotes, r) {
		rest = rest[size:]
	} else if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(promo, " ")); !strings.ContainsRune(openQuotes, r) {
		return false
	}
	end := strings.IndexAny(rest, closeQuotes)
	if end < 0 {
		return false
	}
	after, ok := strings.CutPrefix(strings.TrimLeft(rest[end:], closeQuotes+" "), ",")
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	return ok && unicode.IsUpper(r)
}

// openQuotes and closeQuotes are the quotation marks that open and close a title.
const (
	openQuotes  = "«“\"„‘"
	closeQuotes = "»”\"“’"
)

// promoCut cuts a promo off the start of sentence si of paragraph pi, which is spam as a
// whole, when what follows it reads as the article's (proseLeadCut), or, with lastResort, as
// the last resort before the sentence goes whole (spam.Scorer.RescueLead); not a teaser's
// citation.
func promoCut(d *document, sc *spam.Scorer, ctx spam.Context, pi, si int, lastResort bool) (mark, bool) {
	m, ok := proseLeadCut(d, sc, ctx, pi, si)
	if !ok && lastResort {
		m, ok = cutLead(d, sc.RescueLead, ctx, pi, si)
	}
	return m, ok && !citation(d.input[m.span.Start:m.span.End], d.input[m.span.End:d.paras[pi].sents[si].End])
}

// shortOpeningCut finds a promo glued to the start of a short sentence of the article that
// opens the paragraph's prose ("Share this story | Nobody saw it coming. | The river …",
// "Comments (4) | She was not alone. | Dozens …"): Lead finds no cut in sentence ks[first],
// whose rest is too short to read as a sentence on its own, and that sentence would go whole
// as spam, or stay whole. Lead is asked again over that sentence and the next one, which
// must be the article's (not spam, right after it): when its cut falls inside the first
// sentence and what is left of that reads as a short sentence (shortSentence) with no
// evidence, only the promo goes.
func shortOpeningCut(d *document, sc *spam.Scorer, ctx spam.Context, pi int, ks []int, first int) (mark, bool) {
	if first+1 >= len(ks) || ks[first+1] != ks[first]+1 {
		return mark{}, false
	}
	ss := d.paras[pi].sents
	s, next := ss[ks[first]], ss[ks[first]+1]
	if textCutIn(d, text.Span{Start: s.Start, End: next.End}) {
		return mark{}, false
	}
	if spam.SaidAfter(d.sentText(s)) {
		// The sentence ends by naming who says it: a cut before the speaker would leave the
		// advice he gives as the promo ("Bekijk de verkeersinformatie voor vertrek, adviseert
		// | Rijkswaterstaat …").
		return mark{}, false
	}
	seg := d.segmentationText()
	end, v := sc.Lead(seg[s.Start:next.End], ctx)
	if end == 0 || s.Start+end >= s.End || !slices.ContainsFunc(v.Evidence, spam.PhraseEvidence) || slices.ContainsFunc(v.Evidence, copyrightEvidence) ||
		v.Reason == "readalso-phrase" && endsOnColon(seg[s.Start:s.Start+end]) {
		// A rule's phrase must explain the promo, not a word of site furniture alone, which
		// opens a name as well ("Premium | Bonds paid out less."). The holder's name runs on
		// after a copyright line ("© 2024 | Harbour Gazette, a unit of Example Group."), a
		// teaser's headline after a related link's colon ("Czytaj też: | Remont dworca potrwa
		// dłużej."): both go with the sentence.
		return mark{}, false
	}
	rest := strings.TrimSpace(spam.TextOnly(seg[s.Start+end : s.End]))
	if !shortSentence(rest) || sc.ScoreAs(rest, spam.Glued).Score > 0 {
		return mark{}, false
	}
	if promo := strings.Fields(seg[s.Start : s.Start+end]); letterWords(seg[s.Start:s.Start+end]) == 0 || isDashField(promo[len(promo)-1]) {
		// A dash alone, or a label before one: the dash opens the article's quotation
		// ("Wesprzyj nas | – Nie zgodzimy się …").
		return mark{}, false
	}
	// Last, as the dearest check: the next sentence must be the article's.
	nctx := ctx
	nctx.NextToSpam = true
	if sc.ScoreIn(d.sentText(next), spam.Glued, nctx).Spam {
		return mark{}, false
	}
	return mark{para: -1, span: text.Span{Start: s.Start, End: s.Start + end}, stage: StageSpam, reason: v.Reason,
		evidence: append(d.spamEvidence(v), shortOpeningEvidence)}, true
}

// shortSentence reports a short sentence of the article's, as what is left of the first one
// before its second must be: it opens on a capital (after an opening mark), has a word in
// lower case (not a name alone: "Harbour Media S.A.") and ends on a full stop. A question is
// a teaser's headline ("Lire aussi : | Faut-il fermer la piscine ?"), an exclamation the
// promo's own ("Jetzt abonnieren | Nur 1 Euro im Monat!").
func shortSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "(\"'“„«–— "))
	return unicode.IsUpper(r) && lowerWords(s) > 0 && strings.HasSuffix(strings.TrimRight(s, " \"'”“»)"), ".")
}

// endsOnColon reports a label that ends on a colon, white space aside: it announces its own
// sentence or headline.
func endsOnColon(label string) bool { return strings.HasSuffix(strings.TrimSpace(label), ":") }

// isDashField reports a field that is a dash or a hyphen alone.
func isDashField(f string) bool { return f == "-" || f == "–" || f == "—" }

// shortOpeningEvidence marks a cut shortOpeningCut made.
const shortOpeningEvidence = "before-short-sentence"

// boxVoice reports whether rest, what a spam sentence leaves after the label Lead cuts off,
// speaks to the reader (spam.SpeaksToReader) in a box's words on average
// (spam.Scorer.LeansAsBox): the label introduces the box's sentence ("Sponsored links: | when
// you shop through them, we may earn a commission."), not the article's, which reports on
// others in the third person.
func boxVoice(sc *spam.Scorer, rest string) bool {
	return spam.SpeaksToReader(rest) && sc.LeansAsBox(rest)
}

// proseLeadCut is leadCut when the rest of sentence si after the promo is plain prose.
func proseLeadCut(d *document, sc *spam.Scorer, ctx spam.Context, pi, si int) (mark, bool) {
	m, ok := leadCut(d, sc, ctx, pi, si)
	return m, ok && plainProse(sc, d.input[m.span.End:d.paras[pi].sents[si].End])
}
