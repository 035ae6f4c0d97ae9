package spam

import (
	"strings"
	"unicode"
)

// opensWithCopyright reports a unit that opens with a copyright sign, past the dashes, bars
// and bullets a page puts before its credit lines: "— © ANSA" is a credit glued after a
// paragraph that ends on a dash (a signature's or a dateline's), as "© ANSA" is.
func opensWithCopyright(t string) bool {
	for _, r := range t {
		switch {
		case r == '©':
			return true
		case unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || r == '|' || r == '·' ||
			strings.ContainsRune(bulletGlyphs, r):
		default:
			return false
		}
	}
	return false
}
