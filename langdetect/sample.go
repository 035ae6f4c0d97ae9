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
	return SampleOf(len(paragraphs), func(i int) string { return paragraphs[i] }, max)
}

// SampleOf is Sample over n paragraphs that paragraph returns by index, for a caller that
// does not hold them in a slice. It allocates the sample and a flag per paragraph.
func SampleOf(n int, paragraph func(i int) string, max int) string {
	total := 0
	for i := range n {
		total += len(paragraph(i)) + 1
	}
	if n == 1 && total <= max {
		return paragraph(0)
	}
	var b strings.Builder
	if total <= max {
		b.Grow(total)
		for i := range n {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(paragraph(i))
		}
		return b.String()
	}
	b.Grow(max + 1) // a paragraph that ends at max still gets its newline
	// Take every k-th paragraph until the budget is spent, then fill from the start.
	step := (total + max - 1) / max
	if step < 1 {
		step = 1
	}
	taken := make([]bool, n)
	add := func(i int) bool {
		p := paragraph(i)
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
	for i := 0; i < n; i += step {
		if !add(i) {
			break
		}
	}
	for i := range n {
		if !taken[i] && b.Len()+len(paragraph(i)) <= max {
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
