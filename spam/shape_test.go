package spam

import (
	"math/rand/v2"
	"strings"
	"testing"

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

// tracePieces are the things traces looks for, and near misses.
var tracePieces = []string{
	"www.", "ww.", "http://", ":/", "://", "@", "a@b.it", "#", "{", "%", "_", "[", "|", ">", "/", " > ", " / ",
	"»", " » ", "–", " – ", "›", "•", "·", "©", "℗", "▷", "→", "★", "🙂", "\xe2", "\xe2\x80", "\xc2",
	"+39 06 1234 5678", "0123456789", "12", "Foto:", "foto", "Photo", "code", "codice SAVE20", "CODE",
	"Il sindaco ha detto", "news", "W", "w", " ",
}

// TestTracesMatchReference compares traces with the byte-at-a-time reference on random text.
func TestTracesMatchReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	sc := new(scratch)
	for i := range 30000 {
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
		sc.tok.fold(s)
		for _, anywhere := range []bool{false, true} {
			sc.phone = 0
			m, sh := traces(sc, s, anywhere)
			rm, rsh := refTraces(sc, s, anywhere)
			require.Equal(t, [2]bool{rm, rsh}, [2]bool{m, sh}, "%q anywhere=%v", s, anywhere)
		}
	}
}
