package spam

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
	"github.com/stretchr/testify/require"
)

// refMarkerByte and refTraces are traces as it was before it skipped eight bytes at a time
// and looked for links once: the reference of TestTracesMatchReference.
var refMarkerByte = func() (m [256]bool) {
	for _, c := range []byte("#{%_[|>/@w:0123456789") {
		m[c] = true
	}
	m[0xC2], m[0xE2], m[0xF0] = true, true, true
	return m
}()

func refTraces(sc *scratch, t string, anywhere bool) (marker, shape bool) {
	crumbs, digits := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !refMarkerByte[c] {
			continue
		}
		if c >= '0' && c <= '9' {
			digits++
			continue
		}
		switch {
		case c == '@' || c == 0xF0: // e-mail, handle; emoji
			shape = true
		case c == 0xE2 && i+1 < len(t) && (t[i+1] >= 0x86 && t[i+1] <= 0x87 || t[i+1] >= 0x96 && t[i+1] <= 0x9E):
			shape = true // arrows, geometric shapes, symbols and dingbats: ▷ ► → ★ ✔
		case c == 'w' && strings.HasPrefix(t[i:], "www."), c == ':' && strings.HasPrefix(t[i:], "://"):
			shape = true
		}
		switch c {
		case '#', '{', '%', '_', '[', '|':
			return true, true
		case 0xC2: // ©, ·, »
			if i+1 < len(t) && (t[i+1] == 0xA9 || t[i+1] == 0xB7) {
				return true, true
			}
			if i+1 < len(t) && t[i+1] == 0xBB && i > 0 && t[i-1] == ' ' {
				crumbs++
			}
		case 0xE2: // ℗, •, ›, –
			if i+2 < len(t) && (t[i+1] == 0x84 && t[i+2] == 0x97 || t[i+1] == 0x80 && (t[i+2] == 0xA2 || t[i+2] == 0xBA)) {
				return true, true
			}
			if i+2 < len(t) && t[i+1] == 0x80 && t[i+2] == 0x93 && i > 0 && t[i-1] == ' ' {
				crumbs++
			}
		case '>', '/':
			if i > 0 && t[i-1] == ' ' {
				crumbs++
			}
		}
	}
	if crumbs >= 2 {
		return true, true
	}
	if !shape && digits >= 9 && hasPhone(t) {
		shape = true
	}
	cbits := creditBits()
	if sc.tok.n() > 0 && hasBit(cbits, sc.tok.w[0].hash) && creditWords[string(sc.tok.word(0))] {
		return true, true
	}
	if anywhere {
		for i := 1; i < sc.tok.n(); i++ {
			if hasBit(cbits, sc.tok.w[i].hash) && creditWords[string(sc.tok.word(i))] {
				return true, true
			}
		}
	}
	bits := codeBits()
	for _, w := range sc.tok.w {
		if hasBit(bits, w.hash) {
			return true, true
		}
	}
	return false, shape
}

// refShapeSignals is shapeSignals as it was before it counted runs of lower-case letters
// at once and classified ASCII bytes by a table: the reference of TestShapeMatchesReference.
func refShapeSignals(sc *scratch, t string, n int) {
	add := func(name string, w float64) {
		sc.sig = append(sc.sig, signal{name: name, reason: name, weight: w, class: classShape})
	}
	trimmed := strings.TrimLeftFunc(t, text.IsSpace)
	first, _ := utf8.DecodeRuneInString(trimmed)
	if strings.ContainsRune(bulletGlyphs, first) || isEmoji(first) {
		add("bullet-glyph", 0.3)
	}
	upper, letters, emoji, bangs, pipes, seps, copyright, hashes, ats, digits := 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
	crumbs, arrows, colons, commas, braces := 0, 0, 0, 0, 0
	// A run of four all-capital words of 2+ letters inside normal case, tracked per
	// whitespace-separated field in the same pass.
	fieldLetters, fieldUpper, capsRun, maxCapsRun := 0, 0, 0, 0
	for i, r := range t {
		if r >= 'a' && r <= 'z' {
			// Most of any text: nothing else to look at.
			letters++
			fieldLetters++
			continue
		}
		if r >= 'A' && r <= 'Z' {
			upper++
			letters++
			fieldLetters++
			fieldUpper++
			continue
		}
		if (r == ' ' || r == '\n' || r == '\t') && fieldLetters > 0 {
			// End of a whitespace-separated field.
			if fieldUpper == fieldLetters && fieldLetters >= 2 {
				capsRun++
				maxCapsRun = max(maxCapsRun, capsRun)
			} else {
				capsRun = 0
			}
			fieldLetters, fieldUpper = 0, 0
			continue
		}
		if r == ' ' {
			continue // nothing else counts a space
		}
		switch r {
		case '›', '>', '»', '/', '–', '·':
			// A breadcrumb separator stands between spaces: "Home › News › UK".
			if i > 0 && t[i-1] == ' ' && i+utf8.RuneLen(r) < len(t) && t[i+utf8.RuneLen(r)] == ' ' {
				crumbs++
			}
		case ':':
			colons++
		case ',':
			commas++
		case '{', '}', '%', '_', '[', ']':
			braces++
		}
		switch r {
		case '►', '▶', '▷', '→', '➜', '➤', '›', '⇒', '👉':
			arrows++
		}
		if r < utf8.RuneSelf {
			switch {
			case r >= 'a' && r <= 'z':
				letters++
				fieldLetters++
			case r >= 'A' && r <= 'Z':
				upper++
				letters++
				fieldLetters++
				fieldUpper++
			case r >= '0' && r <= '9':
				digits++
			case r == '!':
				bangs++
			case r == '|':
				pipes++
			case r == '#':
				hashes++
			case r == '@':
				ats++
			}
			continue
		}
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
			fieldLetters++
			fieldUpper++
		case unicode.IsLetter(r):
			letters++
			fieldLetters++
		case r == '©' || r == '℗':
			copyright++
		case r == '•' || r == '·' || r == '‧' || r == '⋅':
			seps++
		case isEmoji(r):
			emoji++
		}
	}
	if fieldLetters > 0 && fieldUpper == fieldLetters && fieldLetters >= 2 {
		maxCapsRun = max(maxCapsRun, capsRun+1)
	}
	// Markers that are as good as words: a © with a year, a discount code, a placeholder.
	marker := func(name string, w float64) {
		sc.sig = append(sc.sig, signal{name: name, reason: name, weight: w, class: classRule})
	}
	if copyright > 0 {
		if hasYearNearCopyright(t) || opensWithCopyright(trimmed) && n <= 8 {
			marker("copyright-sign", 0.6)
		} else {
			add("copyright-sign", 0.5)
		}
	}
	if hasPromoCode(sc, t) {
		marker("promo-code", 0.5)
	}
	if letters >= 15 && float64(upper) >= 0.6*float64(letters) {
		add("shouting", 0.3)
	} else if letters >= 30 && maxCapsRun >= 4 {
		add("shouting", 0.2)
	}
	if emoji >= 2 {
		add("emoji", 0.2)
	}
	if bangs >= 2 {
		add("exclamations", 0.15)
	} else if bangs == 1 {
		add("exclamation", 0.1)
	}
	if crumbs < 2 {
		crumbs = 0 // one dash or slash is punctuation, not a menu
	}
	if items := pipes + seps + crumbs; items >= 3 && n <= 3*(items+1) {
		marker("menu-row", 0.6) // four items in a row are a menu wherever they sit
	} else if items == 2 && n <= 9 {
		add("menu-row", 0.6)
	} else if items == 1 && n <= 6 {
		add("menu-row", 0.2)
	}
	if ats > 0 || hashes > 0 || strings.Contains(t, "://") || strings.Contains(t, "www.") {
		low := strings.ToLower(t)
		if strings.Contains(low, "http://") || strings.Contains(low, "https://") || strings.Contains(low, "www.") {
			add("url", 0.3)
		}
		if ats > 0 {
			if hasEmail(t) {
				add("email", 0.3)
			} else if hasHandle(t) {
				add("handle", 0.25)
			}
		}
		if hashes >= 2 && countHashtags(t) >= 2 {
			add("hashtags", 0.25)
		}
	}
	if digits >= 9 && sc.hasPhone(t) {
		add("phone", 0.25)
	}
	if arrows > 0 && !strings.ContainsRune(bulletGlyphs, first) {
		add("arrow", 0.2)
	}
	if colons > 0 && commas >= 2 && isLabelList(t) {
		add("label-list", 0.35)
	}
	if isCreditLine(sc, t, n) {
		marker("credit-line", 0.6)
	}
	if (braces > 0 || hashes > 0) && hasTemplateMarker(t) {
		marker("template-marker", 0.6)
	}
}

// refHasPhone is hasPhone as it was before it skipped to the next digit: the reference of
// TestTracesMatchReference.
func refHasPhone(t string) bool {
	digits, span := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
			span++
		case (c == ' ' || c == '-' || c == '.' || c == '/' || c == '(' || c == ')' || c == '+') && span > 0:
			span++
		case c == '+':
			span = 1
		default:
			if digits >= 9 {
				return true
			}
			digits, span = 0, 0
		}
		if span > 22 {
			digits, span = 0, 0
		}
	}
	return digits >= 9
}

// tracePieces are the things traces looks for, and near misses.
var tracePieces = []string{
	"www.", "ww.", "http://", ":/", "://", "@", "a@b.it", "#", "{", "%", "_", "[", "|", ">", "/", " > ", " / ",
	"»", " » ", "–", " – ", "›", "•", "·", "©", "℗", "▷", "→", "★", "🙂", "\xe2", "\xe2\x80", "\xc2",
	"+39 06 1234 5678", "0123456789", "12", "(06) 12-34", "+", "++1", "1.2.3.4.5.6.7.8.9.0", "123 456 789", "Foto:", "foto", "Photo", "code", "codice SAVE20", "CODE",
	"Il sindaco ha detto", "news", "W", "w", " ",
}

// TestTracesMatchReference compares traces with the byte-at-a-time reference on random text.
func TestTracesMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	sc := new(scratch)
	for i := range 8000 {
		var b strings.Builder
		for range 1 + rng.IntN(30) {
			if rng.IntN(3) == 0 {
				b.WriteString(tracePieces[rng.IntN(len(tracePieces))])
			} else {
				b.WriteString(randomText(rng, 1))
			}
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if i%5 == 0 {
			s = longProse(rng.IntN(300)) + s + longProse(rng.IntN(300))
		}
		require.Equal(t, refHasPhone(s), hasPhone(s), "%q", s)
		sc.tok.fold(s)
		for _, anywhere := range []bool{false, true} {
			sc.phone = 0
			m, sh := traces(sc, s, anywhere)
			rm, rsh := refTraces(sc, s, anywhere)
			require.Equal(t, [2]bool{rm, rsh}, [2]bool{m, sh}, "%q anywhere=%v", s, anywhere)
		}
	}
}

// TestShapeMatchesReference compares the shape signals with the rune-at-a-time reference on
// random text.
func TestShapeMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	sc, ref := new(scratch), new(scratch)
	extra := []string{"HOME", "NEWS", "ROMA", "Ü", "É", "ÀÉÎ", " > ", " / ", " › ", " » ", " – ", " · ", "!", "!!",
		"|", "{{name}}", "%%X%%", "#TAG#", "__NAME__", "[[x]]", "Themen: a, b, c", "©", "© 2024", "℗", "•",
		"▶", "👉", "🙂🙂", "\t", "\n", "\r", "\v", "codice SCONTO20", "Foto: ANP", "+39 333 1234567"}
	for i := range 8000 {
		var b strings.Builder
		for range 1 + rng.IntN(25) {
			switch rng.IntN(3) {
			case 0:
				b.WriteString(extra[rng.IntN(len(extra))])
			case 1:
				b.WriteString(tracePieces[rng.IntN(len(tracePieces))])
			default:
				b.WriteString(randomText(rng, 1))
			}
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		if i%5 == 0 {
			s = longProse(rng.IntN(200)) + s
		}
		for _, x := range []*scratch{sc, ref} {
			x.tok.fold(s)
			x.sig, x.phone = x.sig[:0], 0
		}
		shapeSignals(sc, s, sc.tok.n())
		refShapeSignals(ref, s, ref.tok.n())
		require.Equal(t, ref.sig, sc.sig, "%q", s)
	}
}
