package langdetect

import (
	"strings"
	"unicode"
)

func isLetter(r rune) bool { return unicode.IsLetter(r) }

// Sample joins paragraphs into a text of about max bytes that represents the whole document:
// whole paragraphs taken evenly from start to end, so a long article costs the detector no
// more than a short one. Paragraphs are separated by newlines.
func Sample(paragraphs []string, max int) string {
	total := 0
	for _, p := range paragraphs {
		total += len(p) + 1
	}
	if total <= max {
		return strings.Join(paragraphs, "\n")
	}
	var b strings.Builder
	// Take every k-th paragraph until the budget is spent, then fill from the start.
	step := (total + max - 1) / max
	if step < 1 {
		step = 1
	}
	taken := make([]bool, len(paragraphs))
	add := func(i int) bool {
		p := paragraphs[i]
		if b.Len()+len(p) > max {
			if b.Len() > 0 {
				return false
			}
			p = cut(p, max)
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(p)
		taken[i] = true
		return true
	}
	for i := 0; i < len(paragraphs); i += step {
		if !add(i) {
			break
		}
	}
	for i := range paragraphs {
		if !taken[i] && b.Len()+len(paragraphs[i]) <= max {
			add(i)
		}
	}
	return b.String()
}

// cut shortens s to at most n bytes at a word boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := strings.LastIndexByte(s[:n], ' ')
	if i <= 0 {
		i = n
		for i > 0 && !utf8Start(s[i]) {
			i--
		}
	}
	return s[:i]
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }
