// Package text holds the segmentation and normalization shared by every newsclean stage.
//
// A document is one string; paragraphs, sentences and words are byte spans into it, so a stage
// that decides on a normalized copy can still report exactly which input bytes it means.
// Everything here is a pure function and safe for concurrent use.
package text

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is the half-open byte range [Start, End) of a string.
type Span struct{ Start, End int }

// Len reports the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Of returns the bytes of s the span covers.
func (sp Span) Of(s string) string { return s[sp.Start:sp.End] }

// IsSpace reports whether r is whitespace for segmentation purposes: Unicode white space plus
// the invisible format characters scrapers leave behind (zero-width space, BOM, word joiner).
func IsSpace(r rune) bool {
	switch r {
	case '\u200b', '\ufeff', '\u2060', '\u180e':
		return true
	}
	return unicode.IsSpace(r)
}

// isLineBreak reports whether r ends a line.
func isLineBreak(r rune) bool {
	return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\v' || r == '\f'
}

// Paragraphs returns the spans of the non-blank lines of s, each trimmed of surrounding
// whitespace. Scraped text marks paragraphs either with blank lines or with single line breaks;
// both give one span per line here. Invalid UTF-8 bytes count as content, never as space.
func Paragraphs(s string) []Span {
	return slices.Collect(ParagraphSeq(s))
}

// ParagraphSeq yields the spans Paragraphs returns, one at a time, without building a slice.
func ParagraphSeq(s string) iter.Seq[Span] {
	return func(yield func(Span) bool) {
		start := 0
		for i := 0; i < len(s); {
			c := s[i]
			if c >= utf8.RuneSelf {
				r, size := utf8.DecodeRuneInString(s[i:])
				if r == '\u2028' || r == '\u2029' {
					if sp, ok := Trim(s, Span{start, i}); ok && !yield(sp) {
						return
					}
					start = i + size
				}
				i += size
				continue
			}
			if c == '\n' || c == '\r' || c == '\v' || c == '\f' {
				if sp, ok := Trim(s, Span{start, i}); ok && !yield(sp) {
					return
				}
				start = i + 1
			}
			i++
		}
		if sp, ok := Trim(s, Span{start, len(s)}); ok {
			yield(sp)
		}
	}
}

// MaxParagraphs returns an upper bound of the number of spans Paragraphs returns, counted
// without decoding: the lines with a byte other than space and tab.
func MaxParagraphs(s string) int {
	n, content := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t':
		case '\n', '\r', '\v', '\f':
			if content {
				n++
			}
			content = false
		case 0xE2: // U+2028 and U+2029 end a line
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				if content {
					n++
				}
				content = false
				i += 2
				continue
			}
			content = true
		default:
			content = true
		}
	}
	if content {
		n++
	}
	return n
}

// Trim narrows sp to exclude leading and trailing whitespace; ok is false when nothing is left.
func Trim(s string, sp Span) (Span, bool) {
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(s[sp.Start:sp.End])
		if r == utf8.RuneError && size <= 1 || !IsSpace(r) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(s[sp.Start:sp.End])
		if r == utf8.RuneError && size <= 1 || !IsSpace(r) {
			break
		}
		sp.End -= size
	}
	return sp, sp.End > sp.Start
}

// LineBreaks counts the line breaks in s, counting "\r\n" once.
func LineBreaks(s string) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isLineBreak(r) {
			n++
			if r == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				size++
			}
		}
		i += size
	}
	return n
}

// terminators end a sentence; closers may follow a terminator and still belong to its sentence.
const (
	terminators = ".!?…。！？"
	closers     = "\"'”’»)]}›“‘"       // “ and ‘ close German quotations („…“)
	openers     = "\"'“‘«„‚([{¿¡‹–—-•" // „ and ‚ open German quotations, never close one
)

// abbreviations are lower-cased words that, followed by a full stop, rarely end a sentence in
// the languages newsclean is tuned for (it en de fr es pt nl pl). Words that often close a
// sentence ("etc.", "ecc.", "usw.") are deliberately absent, and so are words of one language
// that end sentences in another ("on", "me", "est", "mar", "no"): a missed split only makes a
// sentence longer, a wrong split can make two different sentences look alike.
var abbreviations = toSet(
	// en
	"mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt",
	"jr", "sr", "inc", "ltd", "co", "corp", "vs", "dept",
	// it
	"sig", "sigg", "sig.ra", "dott", "dott.ssa", "avv", "ing", "arch", "rag", "geom", "mons",
	"cfr", "on.le", "gent", "spett",
	// de
	"z", "b", "bzw", "vgl", "ggf", "hr", "fr", "bspw", "evtl", "inkl", "zzgl", "u", "a", "d", "h",
	"s", "dipl", "univ", "sog", "ehem", "gegr",
	// fr
	"m", "mm", "mme", "mmes", "mlle", "mgr", "av", "j.-c", "env", "cf", "chap", "st-", "ste",
	// es / pt
	"sra", "srta", "sres", "dña", "dn", "lic", "ud", "uds", "dra", "exmo", "exma", "sr.ª", "dr.ª",
	"profª", "sto", "sta",
	// nl
	"dhr", "mevr", "mw", "bijv", "o.a", "m.b.t", "ir", "drs", "resp",
	// pl
	"ul", "np", "tzw", "tj", "wg", "im", "płk", "ks", "inż", "al", "pl", "ds", "gen", "mjr", "kpt",
	"doc", "hab",
)

// beforeNumber are abbreviations that only stay inside the sentence when a number follows
// ("No. 5", "Art. 3", "Jan. 12", "ok. 31"); before a capital they may well end it ("He said
// no. Then", "in el mar. En", "modern art. The").
var beforeNumber = toSet(
	"no", "nos", "nr", "n", "nn", "art", "artt", "pag", "pp", "p", "fig", "cap", "tel", "abs",
	"pkt", "núm", "blz", "ca", "godz", "approx", "aprox", "ok", "vol", "ch", "par", "op", "str", "ust",
	"poz", "pág", "nº", "tab", "rif", "cit", "ed", "est",
	"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "febb",
	"ott", "dic", "ene", "abr", "ago", "set", "out", "dez", "janv", "févr", "avr", "juil", "déc",
	"okt", "mrt", "sty", "lut", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
)

// afterNumber are units and quantities that stay inside the sentence after a number
// ("5 Mio. Euro", "3 mln. zł", "23 proc. –").
var afterNumber = toSet("mio", "mrd", "tsd", "mln", "mld", "tys", "proc", "mill", "bn", "ca")

// monthsAfterOrdinal are capitalized words that follow a German-style ordinal ("am 3. Oktober"),
// so "3." before them does not end a sentence.
var monthsAfterOrdinal = toSet(
	"januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
	"oktober", "november", "dezember", "jahrhundert", "jahrhunderts", "platz", "runde", "spieltag",
	"liga", "klasse", "stock", "etage",
)

func toSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Sentences splits the paragraph s[sp.Start:sp.End] into sentence spans, trimmed of
// whitespace, in order and covering every non-space byte of the paragraph except bytes that
// are not text (NotText) between two sentences. Segmentation looks through such bytes, so text
// splits the same with and without them. A sentence ends at a
// run of terminators (and closing quotes) followed by whitespace and an upper-case letter, a
// digit, an opening quote or the end of the paragraph. It does not end after a known
// abbreviation, an initial ("J. Smith"), a dotted acronym ("U.S.") or a German ordinal before a
// month ("3. Oktober"), nor inside an ellipsis followed by lower case.
func Sentences(s string, sp Span) []Span {
	return AppendSentences(nil, s, sp)
}

// AppendSentences appends the spans Sentences returns to out and returns the extended slice.
func AppendSentences(out []Span, s string, sp Span) []Span {
	start := sp.Start
	i := sp.Start
	for i < sp.End {
		if c := s[i]; c < utf8.RuneSelf && c != '.' && c != '!' && c != '?' {
			i++ // the common case: an ASCII byte that is no terminator
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:sp.End])
		if r == utf8.RuneError || !strings.ContainsRune(terminators, r) {
			// ContainsRune looks for U+FFFD by decoding the whole set: no terminator anyway.
			i += size
			continue
		}
		termStart := i
		j := i + size
		last, runes, junk := r, 1, false // bytes that are not text do not count
		for j < sp.End {
			r2, s2 := utf8.DecodeRuneInString(s[j:sp.End])
			if NotText(r2, s2) {
				junk = true
			} else if strings.ContainsRune(terminators, r2) || strings.ContainsRune(closers, r2) {
				last, runes = r2, runes+1
			} else {
				break
			}
			j += s2
		}
		// Whitespace must follow, then a sentence opener. Bytes that are not text are looked
		// through: the output will not have them, and it must split the same way.
		k, spaced := j, false
		for k < sp.End {
			r2, s2 := utf8.DecodeRuneInString(s[k:sp.End])
			if NotText(r2, s2) {
				junk = true
			} else if IsSpace(r2) {
				spaced = true
			} else {
				break
			}
			k += s2
		}
		if junk && !spaced && k < sp.End && last == '.' && s[k] >= '0' && s[k] <= '9' {
			// The filter leaves a space where it cuts between a full stop and a digit (so
			// "1.\xff5" does not become the number "1.5"): split as the output will.
			spaced = true
		}
		if !spaced && j < sp.End || junk && k == sp.End {
			i = k
			continue
		}
		if k < sp.End && !startsSentence(s[k:sp.End]) {
			i = k
			continue
		}
		if omission(s, start, termStart, j) {
			// "(...)" and "[…]" mark words left out of a quotation, not a sentence end.
			i = k
			continue
		}
		if r == '.' && runes == 1 && !signature(s, sp.Start, start, termStart) && isAbbreviation(s, start, termStart, s[k:sp.End]) {
			i = k
			continue
		}
		if t, ok := Trim(s, Span{start, j}); ok {
			out = append(out, t)
		}
		start = k
		i = k
	}
	if t, ok := Trim(s, Span{start, sp.End}); ok {
		out = append(out, t)
	}
	return out
}

// signature reports whether the sentence that began at start, inside a paragraph that began at
// para, is an author's initials after a dash and a space, signing off the text before it
// ("… tutto al caso». — D.M. Lascia un commento"): the stop after them ends it, although
// dotted initials elsewhere are an abbreviation ("U.S.", "S.p.A.").
func signature(s string, para, start, dot int) bool {
	if start == para {
		return false // a paragraph that opens with the initials is not signed by them
	}
	rest, ok := strings.CutPrefix(s[start:dot], "— ")
	if !ok {
		if rest, ok = strings.CutPrefix(s[start:dot], "– "); !ok {
			return false
		}
	}
	// Two or three capitals with stops between them: "D.M", "A.B.C".
	parts := 0
	for part := range strings.SplitSeq(rest, ".") {
		r, size := utf8.DecodeRuneInString(part)
		if size != len(part) || !unicode.IsUpper(r) {
			return false
		}
		parts++
	}
	return parts >= 2 && parts <= 3
}

// startsSentence reports whether rest (non-space) can begin a new sentence.
func startsSentence(rest string) bool {
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case r == utf8.RuneError && size <= 1:
		// An invalid byte is not text; the normalize stage cuts it, and what it leaves must
		// split the same way.
		return false
	case unicode.IsUpper(r), unicode.IsDigit(r), unicode.IsTitle(r):
		return true
	case strings.ContainsRune(openers, r):
		return true
	case unicode.IsLetter(r) && !unicode.IsLower(r):
		// Scripts without case (CJK, Arabic, Hebrew, …).
		return true
	case unicode.Is(unicode.So, r):
		// Emoji and symbols often open promo lines glued after a sentence.
		return true
	case r == '*' || r == '†':
		// A footnote's marker opens the note glued after a sentence ("*Disclosure: …",
		// "* = Affiliate-Links"): what follows it, past spaces, opens a sentence, or an
		// equals sign explains the marker.
		next := strings.TrimLeft(rest[size:], "*† ")
		return next != "" && (next[0] == '=' || startsSentence(next))
	}
	return false
}

// isAbbreviation reports whether the full stop at dot ends an abbreviation rather than the
// sentence that began at start. next is the text after the whitespace that follows the stop.
func isAbbreviation(s string, start, dot int, next string) bool {
	// An orphan " ." after a word is that word's full stop once the spaces go (the filter's
	// output closes the gap), and so is a full stop after a byte that is not text: judge it
	// as such.
	gap := dot
	for gap > start {
		r, size := utf8.DecodeLastRuneInString(s[start:gap])
		if r != ' ' && r != '\t' && r != '\u200b' && !NotText(r, size) {
			break
		}
		gap -= size
	}
	if gap < dot {
		r, _ := utf8.DecodeLastRuneInString(s[start:gap])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return false
		}
		dot = gap
	}
	// The token right before the dot. Bytes that are not text end it only where the output,
	// which drops them, puts a space (JoinsWords): "pubblica!\x00A." is "pubblica!A." there.
	b := dot
	junk := false
	for b > start {
		r, size := utf8.DecodeLastRuneInString(s[start:b])
		if NotText(r, size) {
			j := b - size
			for j > start {
				r2, s2 := utf8.DecodeLastRuneInString(s[start:j])
				if !NotText(r2, s2) {
					break
				}
				j -= s2
			}
			before, _ := utf8.DecodeLastRuneInString(s[start:j])
			after, _ := utf8.DecodeRuneInString(s[b:])
			if j == start || JoinsWords(before, after) {
				break
			}
			b, junk = j, true
			continue
		}
		if IsSpace(r) || strings.ContainsRune(openers, r) && r != '-' {
			break
		}
		b -= size
	}
	tok := s[b:dot]
	if junk {
		tok = strings.Map(func(r rune) rune {
			if NotText(r, utf8.RuneLen(r)) || r == utf8.RuneError {
				return -1
			}
			return r
		}, tok)
	}
	if tok == "" {
		return false // an orphan " ." ends the sentence
	}
	low := strings.ToLower(tok)
	if abbreviations[low] {
		return true
	}
	if beforeNumber[low] && startsWithDigit(next) {
		return true
	}
	if afterNumber[low] && digitBefore(s[start:b]) {
		return true
	}
	n := utf8.RuneCountInString(tok)
	if n <= 2 && isDigits(tok) {
		w := firstWord(next)
		return monthsAfterOrdinal[strings.ToLower(w)]
	}
	if n == 1 {
		// An initial: "J. K. Rowling", "S. Paulo". A lower-case letter ("2020 r.") is not, nor
		// is "X", the platform a sentence so often ends on ("… schrieb sie auf X.").
		r, _ := utf8.DecodeRuneInString(tok)
		return unicode.IsUpper(r) && r != 'X'
	}
	if strings.Contains(tok, ".") {
		// Dotted acronyms and abbreviations: "U.S", "S.p.A", "z.B", "Ph.D". A domain name
		// ends the sentence ("… scrive Repubblica.it. Il") though its last part is as short:
		// every part of an abbreviation is short.
		last := tok[strings.LastIndexByte(tok, '.')+1:]
		return utf8.RuneCountInString(last) <= 2 && shortParts(tok)
	}
	return false
}

// shortParts reports whether every dot-separated part of tok has at most two characters.
func shortParts(tok string) bool {
	for part := range strings.SplitSeq(tok, ".") {
		if utf8.RuneCountInString(part) > 2 {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// omission reports whether the terminators s[dot:end] are an ellipsis in brackets or
// parentheses: "(...)", "[…]".
func omission(s string, start, dot, end int) bool {
	if dot <= start {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[start:dot])
	if before != '(' && before != '[' {
		return false
	}
	run := s[dot:end]
	return strings.HasPrefix(run, "...") || strings.HasPrefix(run, "…")
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// digitBefore reports whether the last word of s (before the abbreviation) is a number.
func digitBefore(s string) bool {
	s = strings.TrimRightFunc(s, IsSpace)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r >= '0' && r <= '9'
}
