package spam

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsclean/newsclean/internal/text"
)

// bulletGlyphs open promo lines; emoji are recognised by category separately.
const bulletGlyphs = "▷►▶▸▹➤➜➡→⇒☛☞•★☆✔✓✅❗‼⚡"

// shapeSignals adds the evidence of how the text looks rather than what it says. n is the
// number of words.
func shapeSignals(sc *scratch, t string, n int) {
	add := func(name string, w float64) {
		sc.sig = append(sc.sig, signal{name: name, reason: name, weight: w, class: classShape})
	}
	trimmed := strings.TrimLeftFunc(t, text.IsSpace)
	first, _ := utf8.DecodeRuneInString(trimmed)
	if strings.ContainsRune(bulletGlyphs, first) || isEmoji(first) {
		add("bullet-glyph", 0.3)
	}
	upper, letters, emoji, bangs, pipes, seps, copyright, hashes, ats, digits := 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
	crumbs, arrows, colons, commas, braces, slashes := 0, 0, 0, 0, 0, 0
	// A run of four all-capital words of 2+ letters inside normal case, tracked per
	// whitespace-separated field in the same pass.
	fieldLetters, fieldUpper, capsRun, maxCapsRun := 0, 0, 0, 0
	for i := 0; i < len(t); {
		c := t[i]
		if c < utf8.RuneSelf {
			switch shapeByte[c] {
			case shapeLower:
				// A run of lower-case letters, most of any text: counted at once.
				j := i + 1
				for j < len(t) && t[j]-'a' < 26 {
					j++
				}
				letters += j - i
				fieldLetters += j - i
				i = j
				continue
			case shapeUpper:
				upper++
				letters++
				fieldLetters++
				fieldUpper++
			case shapeSpace:
				if fieldLetters > 0 {
					// End of a whitespace-separated field.
					if fieldUpper == fieldLetters && fieldLetters >= 2 {
						capsRun++
						maxCapsRun = max(maxCapsRun, capsRun)
					} else {
						capsRun = 0
					}
					fieldLetters, fieldUpper = 0, 0
				}
			case shapeDigit:
				digits++
			case shapeMark:
				switch c {
				case '>', '/':
					// A breadcrumb separator stands between spaces: "Home > News > UK".
					if i > 0 && t[i-1] == ' ' && i+1 < len(t) && t[i+1] == ' ' {
						crumbs++
					}
					if c == '/' {
						slashes++
					}
				case ':':
					colons++
				case ',':
					commas++
				case '{', '}', '%', '_', '[', ']':
					braces++
				case '!':
					bangs++
				case '|':
					pipes++
				case '#':
					hashes++
				case '@':
					ats++
				}
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(t[i:])
		switch r {
		case '›', '»', '–', '·':
			// A breadcrumb separator stands between spaces: "Home › News › UK".
			if i > 0 && t[i-1] == ' ' && i+utf8.RuneLen(r) < len(t) && t[i+utf8.RuneLen(r)] == ' ' {
				crumbs++
			}
		}
		switch r {
		case '►', '▶', '▷', '→', '➜', '➤', '›', '⇒', '👉':
			arrows++
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
		i += size
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
			// With a year, or opening a short unit ("© Agence Presse"): a credit, not prose.
			marker("copyright-sign", 0.6)
		} else {
			add("copyright-sign", 0.5)
		}
	}
	if digits > 0 && hasPromoCode(sc, t) { // a code has digits
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
	if ats > 0 || hashes > 0 || slashes > 0 && strings.Contains(t, "://") || strings.Contains(t, "www.") {
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

// Classes of ASCII bytes for shapeSignals.
const (
	shapeNone = iota // nothing to count
	shapeLower
	shapeUpper
	shapeSpace // ' ', '\n', '\t': ends a field
	shapeDigit
	shapeMark // a symbol some feature counts
)

var shapeByte = func() (m [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		m[c] = shapeLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		m[c] = shapeUpper
	}
	for c := '0'; c <= '9'; c++ {
		m[c] = shapeDigit
	}
	m[' '], m['\n'], m['\t'] = shapeSpace, shapeSpace, shapeSpace
	for _, c := range []byte(">/:,{}%_[]!|#@") {
		m[c] = shapeMark
	}
	return m
}()

// traces scans t once for traces of the markers shapeSignals counts as lexical evidence
// (marker) and of the shapes strong enough to make a line spam on their own (shape: menus, ©,
// links, contact details, bullets and emoji, placeholders). When there is none, the scorer
// skips the shape scan. Capitals and exclamation marks alone never reach the threshold.
// anywhere looks for a photo credit at any word, not only the first.
func traces(sc *scratch, t string, anywhere bool) (marker, shape bool) {
	crumbs, digits, slashes := 0, 0, 0
	for i := 0; i < len(t); i++ {
		// Most text has no marker byte: skip eight at a time.
		for i+8 <= len(t) {
			b := t[i : i+8]
			if markerByte[b[0]]|markerByte[b[1]]|markerByte[b[2]]|markerByte[b[3]]|
				markerByte[b[4]]|markerByte[b[5]]|markerByte[b[6]]|markerByte[b[7]] != 0 {
				break
			}
			i += 8
		}
		if i >= len(t) {
			break
		}
		c := t[i]
		if markerByte[c] == 0 {
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
			if c == '/' {
				slashes++
			}
		}
	}
	if crumbs >= 2 {
		return true, true
	}
	if !shape && (strings.Contains(t, "www.") || slashes > 0 && strings.Contains(t, "://")) {
		shape = true
	}
	if !shape && digits >= 9 && sc.hasPhone(t) {
		shape = true
	}
	// A photo credit (the first word, or any with anywhere) or a trace of a discount code:
	// one pass, one filter probe per word.
	if sc.tok.sets&(setCode|setCredit) == 0 {
		return false, shape // nearly every unit
	}
	for i, w := range sc.tok.w {
		if w.sets&(setCode|setCredit) == 0 {
			continue
		}
		if w.sets&setCode != 0 && codeWords[string(sc.tok.word(i))] {
			return true, true
		}
		if (i == 0 || anywhere) && w.sets&setCredit != 0 && creditWords[string(sc.tok.word(i))] {
			return true, true
		}
	}
	return false, shape
}

// markerByte marks (1) the bytes traces looks at one by one; every other byte is skipped.
var markerByte = func() (m [256]uint8) {
	for _, c := range []byte("#{%_[|>/@0123456789") {
		m[c] = 1
	}
	m[0xC2], m[0xE2], m[0xF0] = 1, 1, 1
	return m
}()

// codeBits is the hash filter of codeWords.
var codeBits = sync.OnceValue(func() *[bitsetWords]uint64 {
	b := new([bitsetWords]uint64)
	for w := range codeWords {
		setBit(b, fnv(w))
	}
	return b
})

// creditBits is the hash filter of creditWords: most words cost no map lookup.
var creditBits = sync.OnceValue(func() *[bitsetWords]uint64 {
	b := new([bitsetWords]uint64)
	for w := range creditWords {
		setBit(b, fnv(w))
	}
	return b
})

// hasTemplateMarker reports a placeholder a content system failed to fill: {{name}},
// %%name%%, #NAME#, __NAME__ or [[name]], the name being 3+ letters, digits or underscores.
func hasTemplateMarker(t string) bool {
	for _, d := range [...][2]string{{"{{", "}}"}, {"%%", "%%"}, {"#", "#"}, {"__", "__"}, {"[[", "]]"}} {
		for rest := t; ; {
			i := strings.Index(rest, d[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(d[0]):]
			j := 0
			upper := true
			for j < len(rest) && (rest[j] == '_' || rest[j] >= 'A' && rest[j] <= 'Z' || rest[j] >= '0' && rest[j] <= '9' ||
				rest[j] >= 'a' && rest[j] <= 'z' || rest[j] == ' ' && d[0] == "{{") {
				if rest[j] >= 'a' && rest[j] <= 'z' {
					upper = false
				}
				j++
			}
			name := strings.TrimSpace(rest[:j])
			if d[0] == "__" && strings.HasSuffix(name, "__") {
				// ___NAME___: the run took the closing underscores with it.
				if core := strings.Trim(name, "_"); len(core) >= 3 && strings.ToUpper(core) == core {
					return true
				}
			}
			// '#' and '_' markers must be capitals ("#hashtag#" is not a placeholder).
			if len(name) >= 3 && strings.HasPrefix(rest[j:], d[1]) && (upper || d[0] != "#" && d[0] != "__") {
				return true
			}
		}
	}
	return false
}

func isEmoji(r rune) bool {
	return r >= 0x1F300 && r <= 0x1FAFF || r >= 0x2600 && r <= 0x27BF || r >= 0x1F000 && r <= 0x1F2FF
}

func hasEmail(t string) bool {
	for i := strings.IndexByte(t, '@'); i >= 0; {
		if i > 0 && isMailRune(rune(t[i-1])) {
			rest := t[i+1:]
			j := 0
			for j < len(rest) && (isMailRune(rune(rest[j])) || rest[j] == '.') {
				j++
			}
			if d := strings.LastIndexByte(rest[:j], '.'); d > 0 && d < j-2 {
				return true
			}
		}
		next := strings.IndexByte(t[i+1:], '@')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// hasHandle reports a social-media handle: '@' after a space or at the start, then 3+ name
// characters.
func hasHandle(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i] != '@' || i > 0 && t[i-1] != ' ' && t[i-1] != '(' {
			continue
		}
		j := i + 1
		for j < len(t) && (isMailRune(rune(t[j])) || t[j] == '.') {
			j++
		}
		if j-i-1 >= 3 {
			return true
		}
	}
	return false
}

// countHashtags counts '#' followed by a letter at the start of a word.
func countHashtags(t string) int {
	n := 0
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '#' && (i == 0 || t[i-1] == ' ') {
			r, _ := utf8.DecodeRuneInString(t[i+1:])
			if unicode.IsLetter(r) {
				n++
			}
		}
	}
	return n
}

func isMailRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-' || r == '+'
}

// hasPhone is hasPhone(t), worked out once per unit: traces and shapeSignals both ask.
func (sc *scratch) hasPhone(t string) bool {
	if sc.phone == 0 {
		sc.phone = 1
		if hasPhone(t) {
			sc.phone = 2
		}
	}
	return sc.phone == 2
}

// hasPhone reports a phone-number-like run: 9+ digits with only spaces, dots, dashes, slashes
// or parentheses between them, optionally after '+'.
func hasPhone(t string) bool {
	digits, span := 0, 0
	for i := 0; i < len(t); i++ {
		if span == 0 {
			// No run under way (and no digits counted): only a digit or '+' starts one.
			for i < len(t) && !phoneStart[t[i]] {
				i++
			}
			if i == len(t) {
				break
			}
		}
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

// phoneStart marks the bytes that can start a phone number: digits and '+'.
var phoneStart = func() (m [256]bool) {
	for c := '0'; c <= '9'; c++ {
		m[c] = true
	}
	m['+'] = true
	return m
}()

// hasYearNearCopyright reports a year (1900–2099) within a few characters of a © sign:
// "© 2024", "2019–2024 ©", "©2020".
func hasYearNearCopyright(t string) bool {
	for i := strings.Index(t, "©"); i >= 0; {
		lo, hi := max(0, i-14), min(len(t), i+len("©")+14)
		w := t[lo:hi]
		for k := 0; k+4 <= len(w); k++ {
			if (w[k] == '1' && w[k+1] == '9' || w[k] == '2' && w[k+1] == '0') && isDigit(w[k+2]) && isDigit(w[k+3]) &&
				(k == 0 || !isDigit(w[k-1])) && (k+4 == len(w) || !isDigit(w[k+4])) {
				return true
			}
		}
		next := strings.Index(t[i+1:], "©")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// codeWords announce a discount code.
var codeWords = map[string]bool{
	"code": true, "codes": true, "codice": true, "codigo": true, "cupom": true, "cupon": true, "kod": true,
	"kodem": true, "kodu": true, "codigos": true, "cupones": true, "cupao": true, "coupon": true, "voucher": true, "gutscheincode": true, "rabattcode": true,
	"kortingscode": true, "actiecode": true, "promocode": true, "gutschein": true,
}

// hasPromoCode reports a discount code: a word that announces one ("code", "codice", "kod",
// …) followed within three words by a token of capitals and then digits ("SAVE20", "ESTATE15").
func hasPromoCode(sc *scratch, t string) bool {
	found := false
	for i := 0; i < sc.tok.n() && !found; i++ {
		found = sc.tok.w[i].sets&setCode != 0 && codeWords[string(sc.tok.word(i))]
	}
	if !found {
		return false
	}
	// A code token within three fields after a code word: after, the number of fields the
	// last code word still covers.
	after := 0
	for f := range strings.FieldsSeq(t) {
		f = strings.Trim(f, ":;,.!?\"'«»“”„()")
		if after > 0 && isCodeToken(f) {
			return true
		}
		after--
		if codeWords[strings.ToLower(f)] {
			after = 3
		}
	}
	return false
}

// isCodeToken reports 2+ capital letters followed by 1–3 digits and nothing else.
func isCodeToken(s string) bool {
	i := 0
	for i < len(s) && s[i] >= 'A' && s[i] <= 'Z' {
		i++
	}
	if i < 2 {
		return false
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	return j == len(s) && j-i >= 1 && j-i <= 3
}

// isLabelList reports a tag line: a label of one or two words and a colon, then three or
// more comma-separated items of at most four words each, without a full stop at the end:
// "Themen: Wahlen, Bundesregierung, Umfragen".
func isLabelList(t string) bool {
	t = strings.TrimSpace(t)
	label, rest, ok := strings.Cut(t, ":")
	if !ok || countFields(label) == 0 || countFields(label) > 2 || strings.HasSuffix(rest, ".") {
		return false
	}
	if strings.Count(rest, ",") < 2 {
		return false // fewer than three items
	}
	for it := range strings.SplitSeq(rest, ",") {
		if k := countFields(it); k == 0 || k > 4 {
			return false
		}
	}
	return true
}

// creditWords open a photo or source credit.
var creditWords = map[string]bool{
	"foto": true, "fot": true, "photo": true, "photos": true, "bild": true, "bilder": true, "image": true,
	"images": true, "imagen": true, "imagem": true, "credit": true, "credits": true, "credito": true,
	"creditos": true, "fotografia": true, "zdjecie": true, "beeld": true, "illustration": true,
	// A source's line under agency copy or a chart: "Fonte: Ansa", "Quelle: dpa", "Bron: ANP".
	"source": true, "fonte": true, "quelle": true, "fuente": true, "bron": true, "zrodlo": true,
}

// isCreditLine reports a photo credit standing alone: "Foto: ANP", "Fot. PAP", "Photo: Reuters",
// "Crédit photo : AFP". A credit word, a colon or full stop within the first two fields, then
// at most four words.
func isCreditLine(sc *scratch, t string, n int) bool {
	if n < 2 || n > 5 || !creditWords[string(sc.tok.word(0))] {
		return false
	}
	t = strings.TrimSpace(t)
	i := strings.IndexAny(t, ":.")
	return i > 0 && countFields(t[:i]) <= 2
}

// hasDomain reports a bare domain name, a site named in an ad: "RoletaBrasil.bet",
// "beispiel.de". A name of 3+ letters or digits, a dot, and 2–4 lower-case letters that end
// the word.
func hasDomain(t string) bool {
	for i := strings.IndexByte(t, '.'); i >= 0; {
		j := i + 1
		for j < len(t) && t[j] >= 'a' && t[j] <= 'z' {
			j++
		}
		if tld := j - i - 1; tld >= 2 && tld <= 4 && (j == len(t) || t[j] == ' ' || t[j] == '/' || t[j] == ',' || t[j] == ')') {
			k := i
			for k > 0 && (t[k-1] >= 'a' && t[k-1] <= 'z' || t[k-1] >= 'A' && t[k-1] <= 'Z' || t[k-1] >= '0' && t[k-1] <= '9' || t[k-1] == '-' || t[k-1] >= 0x80) {
				k--
			}
			if i-k >= 3 {
				return true
			}
		}
		next := strings.IndexByte(t[i+1:], '.')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}
