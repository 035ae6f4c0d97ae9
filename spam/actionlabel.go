package spam

// Action labels: the buttons and links of a site's furniture that name the site or one of its
// products, in the pro-drop languages that say "subscribe" with a bare verb: "Abbonati <Prodotto>",
// "Assine <Site> <Produto>", "Iscriviti a <Newsletter>", and the links to the site's pages on
// a platform: "<Site> su Telegram", "<Site> no Facebook", "Siga o <Site> no Instagram". The
// phrase rules cannot list them, since the name is the site's; label.go takes at most one name
// left over in a line of three words, and these names run to three words ("Abbonati <Gruppo>
// <Prodotto>", "Il <Quotidiano> <Locale> su Telegram").
//
// The verb may follow the name, a button glued to the byline or the logo before it ("<Name>
// ABBONATI A <TESTATA>", "<Site> Assine <Produto>").
//
// What tells them from a subheading or a caption: the line opens with a verb a site's button
// opens with (an imperative a news heading does not open with) or ends with a platform after
// a preposition, and every other word is a capitalised name, a function word, a figure or a
// word a rule explains: a word of prose in lower case ("Il sindaco su Facebook", "Segui la
// diretta") makes it a heading. And, as for label lines, the paragraphs next to it do not take
// up its words: "Chiara Rossi su Instagram" above a paragraph on Chiara Rossi is its heading.

// actionLabelWeight is the weight of an action label: with the site-furniture word of its verb
// or its platform (category ui) it reaches the threshold.
const actionLabelWeight = 0.4

// actionLabelMaxWords is the longest action label, in words.
const actionLabelMaxWords = 7

// actionVerbs are folded imperatives of Italian and Portuguese that open a button of a site:
// subscribe, sign up, log in, download, follow, share, browse the e-paper, try a product.
// Verbs news headings open with too ("Leggi", "Scopri", "Conheça", "Passa", "Prova") are left
// out.
var actionVerbs = wordSet(
	"abbonati iscriviti registrati accedi scarica segui seguici condividi sfoglia",
	"assine assina inscreva cadastre baixe siga sigam compartilhe partilhe",
	"acesse experimente descarregue subscreva",
)

// actionPlatforms are folded names of the platforms a site links its pages on.
var actionPlatforms = wordSet(
	"facebook instagram telegram whatsapp twitter x youtube tiktok linkedin threads bluesky",
	"spotify flipboard pinterest mastodon",
)

// actionPreps are the folded Italian and Portuguese prepositions of "<Site> on <platform>".
var actionPreps = wordSet("su sul in no na nos nas em")

// actionLabel adds the evidence of an action label (see above) to sc, for a unit t of n words
// (a Line, or a Glued unit at the end of its paragraph) whose rules have been matched.
func (s *Scorer) actionLabel(sc *scratch, t string, n int, kind Kind, ctx Context) {
	if kind == Glued && !ctx.Tail || n < 2 || n > actionLabelMaxWords || len(t) > labelMaxBytes || labelEndsSentence(t) {
		return
	}
	verb := -1
	for i := 0; i < n && verb < 0; i++ {
		if actionVerbs[string(sc.tok.word(i))] {
			verb = i
		}
	}
	platform := n >= 3 && actionPlatforms[string(sc.tok.word(n-1))] && actionPreps[string(sc.tok.word(n-2))]
	if verb < 0 && !platform {
		return
	}
	keep := 1.0
	for _, g := range sc.sig {
		keep *= 1 - g.weight
	}
	if keep <= 0.5 {
		return // the rules alone reach the threshold
	}
	var upper [actionLabelMaxWords]bool
	if !wordCase(t, upper[:n]) {
		return
	}
	to := n
	if platform {
		to = n - 2
	}
	if verb > 0 && !upper[verb] {
		return // a verb of a button in mid-line is a button's word only when capitalised
	}
	names := 0
	for i := 0; i < to; i++ {
		w := sc.tok.word(i)
		switch {
		case i == verb, sc.covered[i], s.stop[string(w)], isNumber(w):
		case !upper[i]:
			return // a word of prose: a heading or a caption
		default:
			names++
		}
	}
	if names == 0 {
		return // nothing named: the phrase rules speak for such a line
	}
	if ctx.Doc != nil && labelTakenUp(sc, ctx) || kind == Glued && ctx.Doc != nil && hostTakesUp(sc, t, ctx) {
		return
	}
	sc.sig = append(sc.sig, signal{name: "action-label", reason: "action-label", weight: actionLabelWeight, class: classRule})
}
