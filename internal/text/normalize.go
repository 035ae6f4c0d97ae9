package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Words returns the words of s, lower-cased and NFC-normalized. A word is a run of letters,
// digits and combining marks; apostrophes, quotes, punctuation, symbols and invalid bytes
// separate words, so "l’episodio", "l'episodio" and "l episodio" give the same words.
// A run of digits joined by '.' or ',' ("1,2", "3.500") stays one word, so numbers that differ
// stay different.
func Words(s string) []string {
	return appendWords(nil, s, false)
}

// FoldedWords is Words with diacritics removed ("più" → "piu", "Zürich" → "zurich"), for
// matching lexicons that must not depend on how a scraper encoded accents.
func FoldedWords(s string) []string {
	return appendWords(nil, s, true)
}

// Key returns the words of s joined by single spaces: the form two sentences must share to be
// the same sentence.
func Key(s string) string {
	return strings.Join(Words(s), " ")
}

func appendWords(out []string, s string, fold bool) []string {
	if !isNFC(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	prevDigit := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			flush()
			prevDigit = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if fold {
				r = foldRune(r)
				if r == 0 {
					continue
				}
			}
			b.WriteRune(unicode.ToLower(r))
			prevDigit = unicode.IsDigit(r)
		case unicode.Is(unicode.Mn, r):
			if !fold && b.Len() > 0 {
				b.WriteRune(r)
			}
		case (r == '.' || r == ',') && prevDigit && i < len(s) && s[i] >= '0' && s[i] <= '9':
			b.WriteRune(r)
			prevDigit = false
		default:
			flush()
			prevDigit = false
		}
	}
	flush()
	return out
}

func isNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return norm.NFC.IsNormalString(s)
		}
	}
	return true
}

// foldRune strips the diacritic from a precomposed Latin, Greek or Cyrillic letter; it returns
// 0 for a lone combining mark.
func foldRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	if f, ok := specialFolds[r]; ok {
		return f
	}
	d := norm.NFD.PropertiesString(string(r)).Decomposition()
	if len(d) == 0 {
		return r
	}
	base, _ := utf8.DecodeRune(d)
	if base == utf8.RuneError || unicode.Is(unicode.Mn, base) {
		return r
	}
	return base
}

// specialFolds are letters without a canonical decomposition that readers treat as accented
// forms of a base letter.
var specialFolds = map[rune]rune{
	'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 's', 'ı': 'i',
}

// Fold returns s lower-cased with diacritics removed and every run of non-word characters
// replaced by one space, trimmed: "Clicca QUI!" → "clicca qui".
func Fold(s string) string {
	return strings.Join(FoldedWords(s), " ")
}

// JoinsWords reports whether putting a before b could make one word of what the input had as
// two (see Words): both are parts of words (letters, digits, marks), or a digit (or a mark
// after one) meets the '.' or ',' of a number ("1,5"). The filter puts a space between them
// where it cuts the bytes that separated them.
func JoinsWords(a, b rune) bool {
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r) }
	number := func(d, p rune) bool {
		return (unicode.IsDigit(d) || unicode.Is(unicode.M, d)) && (p == '.' || p == ',')
	}
	return inWord(a) && inWord(b) || number(a, b) || number(b, a)
}

// NotText reports whether r, decoded from size bytes, is not text: an invalid UTF-8 byte
// (r == utf8.RuneError, size 1) or a control character other than tab and the line breaks.
// The filter cuts such bytes from its output; segmentation looks through them.
func NotText(r rune, size int) bool {
	switch {
	case r == utf8.RuneError && size <= 1:
		return true
	case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f':
		return false
	}
	return r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f
}
