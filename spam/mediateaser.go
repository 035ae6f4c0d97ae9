package spam

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's embedded video, gallery or podcast leaves its teaser in the scraped body: a media
// label in capitals, a colon and the headline of the clip, "WATCH: Firefighters rescue a
// kitten from a drainpipe", "VÍDEO: Los bomberos rescatan …", "ZOBACZ: Strażacy ratują …".
// The label alone says little ("Video footage showed …" is news), and the rules, matched on
// folded words, do not see its colon or its capitals. A headline has no full stop; a
// paragraph that opens on such a label and goes on as sentences is the article's (a live
// blog's "VIDEO: Police released footage. It shows …").

// MediaTeaserEvidence is the reason of a media label's teaser.
const MediaTeaserEvidence = "media-teaser"

const (
	// mediaTeaserWeight is the weight of a teaser: as strong as a read-also label's.
	mediaTeaserWeight = 0.7
	// maxMediaTeaserWords bounds the headline after the label.
	maxMediaTeaserWords = 16
)

// mediaLabels are the labels, folded: "watch", "video", "guarda", "assista", "bekijk", …
var mediaLabels = wordSet("watch video videos guarda assista bekijk kijk zobacz obejrzyj foto fotos photos gallery",
	"galerie galeria galleria podcast listen ascolta escucha ecoutez ouca luister posluchaj audio")

// mediaLabelEnd returns the byte offset in t after a media label in capitals and its colon,
// or 0; first is t's first word, folded.
func mediaLabelEnd(t string, first []byte) int {
	if !capitalStart(t) || len(t) > 1 && t[1]-'a' < 26 || !mediaLabels[string(first)] {
		return 0 // a label in capitals has no lower-case second letter: no look-up for most
	}
	end := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 4 || !isCaps(t[:end]) {
		return 0
	}
	after := strings.TrimLeft(t[end:], " ")
	if after == "" || after[0] != ':' {
		return 0
	}
	return len(t) - len(after) + 1
}

// mediaLead cuts a media label's teaser off the start of sentence t, up to the article's
// first word (teaserTitle): "WATCH: Firefighters rescue a kitten | The council …".
func (s *Scorer) mediaLead(t string, ctx Context) (int, Verdict) {
	if !capitalStart(t) {
		return 0, Verdict{}
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(firstFields(t, 1))
	if sc.tok.n() == 0 {
		return 0, Verdict{}
	}
	from := mediaLabelEnd(t, sc.tok.word(0))
	if from == 0 {
		return 0, Verdict{}
	}
	return s.teaserLead(t, from, MediaTeaserEvidence, ctx)
}

// teaserLead is mediaLead's and arrowLead's cut: the teaser whose label (or arrow) ends at
// byte from of t, with evidence, up to the article's first word (teaserTitle).
func (s *Scorer) teaserLead(t string, from int, evidence string, ctx Context) (int, Verdict) {
	v := Verdict{Spam: true, Score: mediaTeaserWeight, Reason: MediaTeaserEvidence,
		Evidence: []string{evidence, "glued-to-prose"}}
	if end, w, ok := s.teaserTitle(t, from, v, ctx); ok {
		return len(strings.TrimRight(t[:end], " ")), w
	}
	return 0, Verdict{}
}

// capitalStart reports whether t may open with a capital: an ASCII one or any other letter.
func capitalStart(t string) bool {
	return t != "" && (t[0] >= 'A' && t[0] <= 'Z' || t[0] >= utf8.RuneSelf)
}

// mediaTeaser adds evidence for a unit that opens with a media label in capitals and a colon,
// and holds a headline of at most maxMediaTeaserWords words after it, with no full stop. A
// longer unit, or one that ends as sentences do, is a candidate only: its teaser may run on
// into the article's first sentence.
func mediaTeaser(sc *scratch, t string) {
	// Every unit comes here: one that opens in lower case, on a figure or a mark is gone at
	// its first byte, nearly all the others at their second, the rest at the look-up of
	// their first word.
	n := sc.tok.n()
	if n < 3 || mediaLabelEnd(t, sc.tok.word(0)) == 0 {
		return
	}
	if n > maxMediaTeaserWords+1 {
		// The teaser may run on into the article's sentence: the spam stage looks at the
		// unit's sentences (Lead, mediaLead).
		sc.candidates++
		return
	}
	if last := strings.TrimRight(t, " \t\"'”’»)"); strings.ContainsAny(last[len(last)-1:], ".!?") {
		sc.candidates++ // sentences, not a headline: maybe a teaser run on into one
		return
	}
	sc.labelWhole(signal{MediaTeaserEvidence, MediaTeaserEvidence, mediaTeaserWeight, classRule})
}

// A related article's link keeps the arrow its site set before the headline: "▷ El Sevilla
// ficha a un portero por 12 millones", "► Council unveils plan for three new bus routes".
// News opens no paragraph with an arrow; a list of key points in an article may, with
// sentences that end on a full stop. Like a media label's teaser: a headline of at most
// maxMediaTeaserWords words after the arrow, opening with a capital, with no full stop.

// ArrowTeaserEvidence is the reason of an arrow's teaser.
const ArrowTeaserEvidence = "arrow-teaser"

// teaserArrows are the glyphs that point to a link: arrows and pointing hands. Bullets, stars
// and ticks open lists of an article's own points.
const teaserArrows = "▷►▶▸▹➤➜➡→⇒☛☞👉"

// arrowEnd returns the byte offset in t after a teaser's arrow and the spaces after it, when
// a capital follows; 0 otherwise.
func arrowEnd(t string) int {
	r, size := utf8.DecodeRuneInString(t)
	if r < utf8.RuneSelf || !strings.ContainsRune(teaserArrows, r) {
		return 0
	}
	rest := strings.TrimLeft(t[size:], " ")
	if !capitalised(rest) {
		return 0
	}
	return len(t) - len(rest)
}

// arrowTeaser adds evidence for a unit that opens with a teaser's arrow and holds a headline
// of at most maxMediaTeaserWords words after it, with no full stop; a longer unit, or one
// that ends as sentences do, is a candidate only (its teaser may run on into the article's
// sentence: arrowLead).
func arrowTeaser(sc *scratch, t string) {
	n := sc.tok.n()
	if n < 3 {
		return
	}
	if arrowEnd(t) == 0 {
		if arrowAfterStop(t) {
			sc.candidates++ // a teaser after the article's last full stop: Tail cuts it
		}
		return // nearly every unit: its first byte is ASCII
	}
	if n > maxMediaTeaserWords {
		sc.candidates++
		return
	}
	if last := strings.TrimRight(t, " \t\"'”’»)"); strings.ContainsAny(last[len(last)-1:], ".!?:") {
		sc.candidates++
		return
	}
	if slices.ContainsFunc(sc.sig, func(g signal) bool { return g.class == classRule && g.reason != uiCategory+"-phrase" }) {
		return // the rules explain the line: a call to action after its arrow, not a headline
	}
	sc.labelWhole(signal{ArrowTeaserEvidence, MediaTeaserEvidence, mediaTeaserWeight, classRule})
}

// arrowAfterStop reports whether a teaser's arrow follows a sentence's end inside t, the
// splitter not breaking before a glyph: "… endeudarse más. ▷ El Sevilla ficha …".
func arrowAfterStop(t string) bool {
	// Every arrow of teaserArrows is encoded from a byte 0xE2, but the pointing hand (0xF0):
	// the look skips to those bytes, rarer than spaces.
	for _, lead := range [...]byte{0xE2, 0xF0} {
		for off := 0; ; {
			i := strings.IndexByte(t[off:], lead)
			if i < 0 {
				break
			}
			i += off
			if i >= 2 && t[i-1] == ' ' && strings.ContainsAny(t[i-2:i-1], ".!?") && arrowEnd(t[i:]) > 0 {
				return true
			}
			off = i + 1
		}
	}
	return false
}

// arrowLead cuts an arrow's teaser off the start of sentence t, up to the article's first
// word (teaserTitle): "▷ El Sevilla ficha a un portero | El Ayuntamiento aprobó …".
func (s *Scorer) arrowLead(t string, ctx Context) (int, Verdict) {
	from := arrowEnd(t)
	if from == 0 {
		return 0, Verdict{}
	}
	return s.teaserLead(t, from, ArrowTeaserEvidence, ctx)
}
