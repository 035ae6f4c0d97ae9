package spam

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Label lines: the short units a page's furniture is made of, that say what a link, a button or
// a box is rather than report anything. "Krypto", "Crypto News", "Casino Sites", "Sportwetten
// (Partnerangebot)", "Bonus: 100 Freispiele", "<Site> sur Facebook", "Stampa Premium". They carry
// no boilerplate phrase strong enough to remove them, and they look like subheadings, which
// are short lines without a full stop too. What tells them apart:
//
//   - every word is explained: a rule, a word of the label vocabulary below (the sections,
//     products and offers of bookmakers, casinos, brokers, lenders and comparison sites), a
//     word of site sections ("News", "Top", "Online"), a function word or a figure; at most one
//     capitalised name is left over in a line of three words or fewer (a site's name);
//   - no word is left in lower case that no rule explains: a subheading in sentence case has
//     one ("Bitcoin falls 5%", "Les paris sportifs en hausse", "Krypto-Börse meldet Insolvenz
//     an"), a label has none;
//   - the paragraphs next to it do not take up its words: a subheading names what the
//     paragraph under it talks about, a label injected into an article names what the page
//     around it sells ("Sportwetten" above a paragraph on betting is its heading).
//
// Even then the evidence stays under the threshold: it takes a second piece, a rule, a
// shape or where the line sits (between long paragraphs, at an edge of the document).
//
// A unit glued to the end of a paragraph is looked at too ("… said. <Site> sur Facebook",
// "… said. Crypto News"): a paragraph that ends so counts it as a candidate (labelTail), so
// that the filter scores its last words as a unit. The paragraph before it must not take up
// its words either. A unit glued to the start of a paragraph is never a label: that is where
// a subheading the scraper joined to its paragraph sits. Its first words that LineLead asks
// about as a line of their own (Context.head) are one only off the topic (offTopicLabel): a
// subheading names what the rest of its paragraph talks about.

// labelMaxWords is the longest label line, in words.
const labelMaxWords = 8

// labelMaxBytes is the longest label line, in bytes.
const labelMaxBytes = 120

// Weights of the label-line evidence: a line its rules and the label vocabulary explain whole,
// and one with a name left over ("Casino <Name>", "<Site> auf Twitter").
const (
	labelWeight     = 0.45
	labelNameWeight = 0.35
)

// labelLine adds the evidence of a label line (see above) to sc, for a unit t of n words (a
// Line, or a Glued unit at the end of its paragraph) whose rules have been matched. It runs
// before the shape and context features: it reads only the words, their case and the
// neighbouring paragraphs.
func (s *Scorer) labelLine(sc *scratch, t string, n int, kind Kind, ctx Context) {
	if kind == Glued && !ctx.Tail || n == 0 || n > labelMaxWords || len(t) > labelMaxBytes || labelEndsSentence(t) {
		return
	}
	keep := 1.0
	for _, g := range sc.sig {
		keep *= 1 - g.weight
	}
	if keep <= 0.5 {
		return // the rules alone reach the threshold: nothing to add
	}
	var upper [labelMaxWords]bool
	if !wordCase(t, upper[:n]) {
		return // the words of t do not line up with its folded words: leave it
	}
	hits, ruled, names, vocab := 0, 0, 0, 0
	for i := 0; i < n; i++ {
		w := sc.tok.word(i)
		switch {
		case sc.covered[i]:
			hits++
			ruled++
		case labelVocabulary(w), labelOdds[string(w)] && hasDigit(t):
			hits++
			vocab++
		case s.stop[string(w)] || isNumber(w) || multiplier(w) || labelSection[string(w)] || len(w) < 2:
			// Neutral: a function word, a figure ("100", "18+", "x10"), a section word, an
			// initial.
		case !upper[i]:
			// An unexplained word in lower case: a verb or an adjective of prose, the
			// shape of a subheading in sentence case.
			return
		default:
			names++
		}
	}
	w := labelWeight
	switch {
	case hits == 0:
		return
	case names > 1 || names == 1 && (n > 3 || hasDigit(t) || ruled == 0):
		// More than a name left over: a title-case headline ("Casino Revenue Up 5%",
		// "Crypto Exchange Collapses Overnight"). A name next to a word of the label
		// vocabulary alone reads as a headline too ("Crypto Winter", "Trader Charged"): it
		// takes a rule ("<Site> auf Twitter", "Stampa Premium"), or an article that says
		// nothing of its topic anywhere (offTopicLabel).
		if vocab == 0 || n > offTopicLabelWords || names > 2 || !offTopicLabel(sc, t, kind, ctx) {
			return
		}
		sc.sig = append(sc.sig, signal{name: "off-topic-label", reason: "off-topic-label", weight: labelWeight, class: classRule})
		return
	case names == 1:
		w = labelNameWeight
	}
	if ctx.Doc != nil && (labelTakenUp(sc, ctx) || kind == Glued && hostTakesUp(sc, t, ctx) || ctx.head && headTakenUp(sc, t, ctx)) {
		return
	}
	if vocab == 0 && furnitureOnly(sc.sig) {
		// Site-furniture words alone ("Ihre Videos", "Auf Instagram"): the coverage of
		// the line already counts them, and the label shape adds less.
		w = labelFurnitureWeight
	}
	sc.sig = append(sc.sig, signal{name: "label-line", reason: "label-line", weight: w, class: classRule})
	if vocab > 0 && names == 0 && n <= offTopicLabelWords && offTopicLabel(sc, t, kind, ctx) {
		// A label of the vocabulary alone ("Sportwetten", "Cryptocurrency") in an article
		// that says nothing of its topic anywhere: no subheading of this article.
		sc.sig = append(sc.sig, signal{name: "off-topic-label", reason: "off-topic-label", weight: labelWeight, class: classRule})
	}
}

// offTopicLabelWords is the longest line offTopicLabel looks at, in words.
const offTopicLabelWords = 4

// offTopicLabel reports a short unit with a word of the label vocabulary and a name or two
// ("Lucky-Casino", "Krypto Pilot", "Casino <Name>") in a document that says nothing of its topic
// anywhere else: no other paragraph uses one of its words or a word of the same topic
// (takenUpBy). A headline of that shape belongs to an article on that topic; dropped into an
// article on a city's budget it is a widget's label. It takes a document of three paragraphs
// with words besides the unit (a glued unit's own paragraph is one), and a line is never the
// document's first (its title).
func offTopicLabel(sc *scratch, t string, kind Kind, ctx Context) bool {
	d := ctx.Doc
	if d == nil || ctx.Para < 0 || ctx.Para >= len(d.paras) || d.withText() < 3 || kind == Line && !ctx.head && d.withText() < 4 {
		return false
	}
	switch {
	case kind == Line:
		if prev, _ := d.neighbours(ctx.Para); prev < 0 || ctx.head && headTakenUp(sc, t, ctx) {
			return false
		}
	case !ctx.Tail || hostTakesUp(sc, t, ctx):
		return false
	}
	for i := range d.paras {
		if i != ctx.Para && d.words(i) > 0 && takenUpBy(sc, d, i) {
			return false
		}
	}
	return true
}

// labelFurnitureWeight is the weight of the label-line evidence when only site-furniture words
// (category ui) explain the line: with the ui rule it stays under the threshold, and takes
// where the line sits to remove it.
const labelFurnitureWeight = 0.3

// furnitureOnly reports whether every rule match in sig is a site-furniture word.
func furnitureOnly(sig []signal) bool {
	for _, g := range sig {
		if g.class == classRule && g.reason != uiCategory+"-phrase" {
			return false
		}
	}
	return true
}

// labelTail reports a paragraph t that ends, after its last full stop, question or exclamation
// mark, in a few words without a full stop, one of the label vocabulary: a label glued to the
// paragraph ("… said on Monday. Crypto News"). Most paragraphs end with a full stop and cost
// one look at their last byte.
func labelTail(t string) bool {
	if terminated(t) {
		return false
	}
	t = strings.TrimRight(t, " \t\n")
	from := runeStart(t, max(0, len(t)-labelMaxBytes))
	i := strings.LastIndexAny(t[from:], ".!?")
	if i < 0 {
		return false
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t[from+i+1:])
	if n := sc.tok.n(); n == 0 || n > labelMaxWords {
		return false
	}
	for k := 0; k < sc.tok.n(); k++ {
		if labelVocabulary(sc.tok.word(k)) {
			return true
		}
	}
	return false
}

// labelEndsSentence reports a unit that ends like a sentence of prose: a full stop, a question
// mark, a semicolon or an ellipsis. An exclamation mark ends a button as well ("Jetzt
// spielen!"), a colon a label ("Bonus:").
func labelEndsSentence(t string) bool {
	t = strings.TrimRight(t, " \t\"'”’»)]")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, ";") ||
		strings.HasSuffix(t, "…")
}

// hasDigit reports an ASCII digit in t.
func hasDigit(t string) bool {
	return strings.IndexFunc(t, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
}

// wordCase sets upper[i] to whether word i of t opens with a capital, the words cut as fold
// cuts them (runs of letters, digits and marks; a '.' or ',' between digits inside a number).
// It reports false when t does not hold exactly len(upper) such words.
func wordCase(t string, upper []bool) bool {
	k := 0
	in := false
	var prev rune
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || in && unicode.Is(unicode.M, r)
		if !word && in && (r == '.' || r == ',') && unicode.IsDigit(prev) {
			if next, _ := utf8.DecodeRuneInString(t[i+size:]); unicode.IsDigit(next) {
				word = true // inside a number: "2,50"
			}
		}
		switch {
		case word && !in:
			if k == len(upper) {
				return false
			}
			upper[k] = unicode.IsUpper(r)
			k++
			in = true
		case !word:
			in = false
		}
		prev = r
		i += size
	}
	return k == len(upper)
}

// topicHeading reports a short line without a full stop whose evidence is only phrases of the
// topics news also covers (casinos, bets, crypto, trading, loans; site-furniture words beside
// them) or of section labels ("Tendances", "Live updates"), and how much of the line they
// explain, above a paragraph that takes up one of its words: the heading of that paragraph
// ("Payday loans", "Les paris sportifs en hausse"), not a label dropped into the article. A
// call to action, a share or follow phrase, a glyph or a menu makes it a label whatever
// follows.
func topicHeading(sc *scratch, t string, n int, sig []signal, ctx Context) bool {
	if ctx.Doc == nil || n > labelMaxWords || labelEndsSentence(t) || strings.ContainsRune(t, '!') {
		return false
	}
	topic := false
	for _, g := range sig {
		switch {
		case g.class == classContext, g.reason == uiCategory+"-phrase", headingFeatures[g.name]:
		case g.class == classRule && (topicCategories[strings.TrimSuffix(g.reason, "-phrase")] || g.reason == "section-phrase"):
			topic = true
		default:
			return false
		}
	}
	if !topic {
		// Site-furniture words alone ("Print", "Mail", "Cookies") name a widget; the
		// paragraph next to it may well use them.
		return false
	}
	_, next := ctx.Doc.neighbours(ctx.Para)
	return next < len(ctx.Doc.paras) && takenUpBy(sc, ctx.Doc, next)
}

// headingFeatures are the features of how much of a line its rules explain: a heading made of
// topic words has them too.
var headingFeatures = map[string]bool{"boilerplate-line": true, "short-label": true, "label-line": true}

// labelTakenUp reports whether the paragraph before or after the unit uses one of its words
// that are not function words: the unit is then the heading of what follows or a line of the
// article's own, not a label dropped into it. Words are compared by their first five letters
// ("Kryptowährungen" and "Krypto-Börsen", "casinos" and "casino").
func labelTakenUp(sc *scratch, ctx Context) bool {
	d := ctx.Doc
	if ctx.Para < 0 || ctx.Para >= len(d.paras) {
		return false
	}
	prev, next := d.neighbours(ctx.Para)
	return prev >= 0 && takenUpBy(sc, d, prev) || next < len(d.paras) && takenUpBy(sc, d, next)
}

// hostTakesUp reports whether the paragraph a glued unit ends, before the unit, uses one of
// its words of 4+ bytes (by their first five letters): "… the Casino de Monte-Carlo said.
// Casino news" is the article's.
func hostTakesUp(sc *scratch, t string, ctx Context) bool {
	if ctx.Para < 0 || ctx.Para >= len(ctx.Doc.paras) {
		return false
	}
	host := ctx.Doc.paras[ctx.Para]
	i := strings.LastIndex(host, t)
	if i < 0 {
		return false
	}
	return usesWords(sc, host[:i], false)
}

// headTakenUp is hostTakesUp for the first words t of paragraph ctx.Para (Context.head): the
// paragraph after them uses one of their words of 4+ bytes or a word of their topic, as the
// paragraph under a subheading does ("Sportwetten | Der Bundesgerichtshof hat die Lizenzen
// der Wettanbieter …").
func headTakenUp(sc *scratch, t string, ctx Context) bool {
	host := ctx.Doc.paras[ctx.Para]
	i := strings.Index(host, t)
	if i < 0 {
		return true // not its head: as if taken up, nothing is added
	}
	return usesWords(sc, host[i+len(t):], true)
}

// usesWords reports whether text uses one of the words of 4+ bytes of the unit in sc, by
// their first five letters, or, with topic, a word of their topic (labelFamilies).
func usesWords(sc *scratch, text string, topic bool) bool {
	var stems [labelMaxWords]uint32
	k := 0
	var topics uint8
	for w := 0; w < sc.tok.n() && k < len(stems); w++ {
		if word := sc.tok.word(w); len(word) >= 4 && !isNumber(word) {
			stems[k] = stemHash(word)
			if topic {
				topics |= labelFamilyOf[stems[k]]
			}
			k++
		}
	}
	other := scratchPool.Get().(*scratch)
	defer scratchPool.Put(other)
	found := false
	chunks(text, func(p string) {
		other.tok.fold(p)
		for w := 0; w < other.tok.n() && !found; w++ {
			if word := other.tok.word(w); len(word) >= 4 && !isNumber(word) {
				h := stemHash(word)
				found = slices.Contains(stems[:k], h) || labelFamilyOf[h]&topics != 0
			}
		}
	})
	return found
}

// takenUpBy reports whether paragraph pi of d uses a word of 4+ bytes of the unit in sc, by
// its first five letters, or a word of the same topic (labelFamilies): "Kryptowährungen"
// above a paragraph on bitcoin and ether is its heading.
func takenUpBy(sc *scratch, d *Doc, pi int) bool {
	stems := d.stemsOf(pi)
	var topics uint8
	for i := 0; i < sc.tok.n(); i++ {
		if w := sc.tok.word(i); len(w) >= 4 && !isNumber(w) {
			h := stemHash(w)
			if _, ok := slices.BinarySearch(stems, h); ok {
				return true
			}
			topics |= labelFamilyOf[h]
		}
	}
	if topics != 0 {
		for _, h := range stems {
			if labelFamilyOf[h]&topics != 0 {
				return true
			}
		}
	}
	return false
}

// labelFamilies are the topics of the label vocabulary, each as the stems (first five letters,
// or a whole word of four) of the words news writes about it with. A label's topic word
// needs only one of them in the paragraph under it to be that paragraph's heading. Stems that
// begin common words are left out ("sport", "spiel", "inter", "share", "paris"): any
// paragraph would take up a label then.
var labelFamilies = [...][]string{
	// Crypto.
	{"crypt", "krypt", "cript", "bitco", "ether", "solan", "token", "altco", "stabl", "memec",
		"coin", "coins", "defi", "nfts"},
	// Bets and bookmakers.
	{"wette", "wettq", "wetta", "scomm", "apues", "apost", "bukma", "bookm", "buchm", "odds",
		"cuota", "cotes", "gokke", "wedde", "prono", "bets", "betti", "pari"},
	// Casinos and gambling.
	{"casin", "kasyn", "gambl", "slot", "slots", "poker", "roule", "jackp", "gluck", "azzar", "hazar",
		"gokke", "lotto", "lotte"},
	// Trading, brokers, exchanges.
	{"forex", "tradi", "broke", "devis", "borse", "bours", "bolsa", "gield", "beurs", "cfds",
		"hebel", "aktie", "akcje", "aande", "acoes"},
	// Loans and credit.
	{"kredi", "kredy", "lenin", "lenen", "prest", "pozyc", "chwil", "loans", "loan", "payda",
		"zinse", "juros", "oproc", "lende", "borro"},
	// Bonuses.
	{"bonus", "boni", "bonos", "bonif"},
}

// labelFamilyOf maps the stem hash of each word of labelFamilies to its topics, one bit each.
var labelFamilyOf = func() map[uint32]uint8 {
	m := map[uint32]uint8{}
	for i, fam := range labelFamilies {
		for _, st := range fam {
			m[stemHash([]byte(st))] |= 1 << i
		}
	}
	return m
}()

// stemHash hashes the first five bytes of a folded word, its stem for labelTakenUp.
func stemHash(w []byte) uint32 {
	h := uint32(fnvOffset)
	for _, c := range w[:min(len(w), 5)] {
		h = (h ^ uint32(c)) * fnvPrime
	}
	return h
}

// stemsOf returns the sorted stem hashes (stemHash) of the words of 4+ bytes of paragraph i,
// worked out on first use.
func (d *Doc) stemsOf(i int) []uint32 {
	if d.stems == nil {
		d.stems = make([][]uint32, len(d.paras))
	}
	if d.stems[i] == nil {
		other := scratchPool.Get().(*scratch)
		defer scratchPool.Put(other)
		stems := make([]uint32, 0, 32)
		chunks(d.paras[i], func(p string) {
			other.tok.fold(p)
			for k := 0; k < other.tok.n(); k++ {
				if w := other.tok.word(k); len(w) >= 4 && !isNumber(w) {
					stems = append(stems, stemHash(w))
				}
			}
		})
		slices.Sort(stems)
		d.stems[i] = slices.Compact(stems)
	}
	return d.stems[i]
}

// labelVocabulary reports a folded word of the label vocabulary: a word that starts with one
// of labelStems, or one of labelExact.
func labelVocabulary(w []byte) bool {
	if len(w) < 3 {
		return false
	}
	if labelExact[string(w)] {
		return true
	}
	if len(w) < 4 {
		return false
	}
	for _, st := range labelStems[string(w[:4])] {
		if len(w) >= len(st) && string(w[:len(st)]) == st {
			return true
		}
	}
	return false
}

// labelStems indexes labelStemList by its first four bytes.
var labelStems = func() map[string][]string {
	m := map[string][]string{}
	for _, st := range labelStemList {
		m[st[:4]] = append(m[st[:4]], st)
	}
	return m
}()

// labelStemList are the beginnings of the words of the sections, products and offers of
// bookmakers, casinos, crypto and forex brokers, lenders and comparison sites, in the eight
// languages (folded). Words news uses in its own sentences for other things are left out
// ("Devisen" heads a market report, "Quoten" are also TV ratings, "bonos" are bonds, "Kredit"
// is any loan): a label line needs all of its words explained, so one such word is enough
// to keep a heading.
var labelStemList = []string{
	// Gambling and betting.
	"casino", "kasyn", "spielothek", "tragamoneda", "tragaperra", "gokkast", "freispiel",
	"freespin", "gambling", "sportwett", "wettanbiet", "wetttipp", "wettquot", "buchmacher", "bookmaker",
	"scommess", "apuesta", "aposta", "bukmacher", "pronostic", "willkommensbon", "neukundenbon",
	"einzahlungsbon", "jackpot", "blackjack", "roulette",
	// Crypto, trading, forex.
	"crypto", "krypto", "cripto", "bitcoin", "ethereum", "altcoin", "stablecoin", "memecoin", "forex", "broker",
	"borsenvergl", "depotvergl", "brokervergl", "kreditvergl",
	// Loans sold online.
	"sofortkredit", "schnellkredit", "minikredit", "ratenkredit", "chwilowk", "pozyczk",
	"prestit", "prestamo", "emprestimo", "payday",
	// Converters and calculators of finance pages.
	"convertisseur", "convertitore", "conversor", "przelicznik", "wahrungsrechner",
}

// labelExact are words of the label vocabulary matched whole: their beginnings make other
// words.
var labelExact = map[string]bool{
	"slot": true, "slots": true, "poker": true, "ruleta": true, "roleta": true, "bonus": true,
	"boni": true, "bonuses": true, "bonusy": true, "bonussen": true, "odds": true, "betting": true,
	"bets": true, "wetten": true, "gokken": true, "wedden": true, "coins": true, "nft": true,
	"nfts": true, "defi": true, "trading": true, "trader": true, "exchanges": true, "signals": true,
	"signale": true, "segnali": true, "senales": true, "sinais": true, "sygnaly": true,
	"signalen": true, "loans": true, "leningen": true, "kredyty": true, "converter": true,
	"spins": true, "cfd": true, "cfds": true,
}

// labelOdds are the words of odds and rates, a label's only with a figure ("Quote 2,10",
// "Cuota 1.85"): alone they are TV ratings, quotas and exchange rates.
var labelOdds = map[string]bool{
	"odd": true, "quota": true, "quote": true, "quoten": true, "cuota": true, "cuotas": true,
	"cote": true, "cotes": true, "kurs": true, "kursy": true, "leverage": true, "hebel": true,
	"leva": true, "apalancamiento": true, "alavancagem": true, "hefboom": true, "dzwignia": true,
}

// multiplier reports a folded word of a multiplier or a stake: "x10", "10x".
func multiplier(w []byte) bool {
	if len(w) < 2 {
		return false
	}
	if w[0] == 'x' {
		return isNumber(w[1:])
	}
	return w[len(w)-1] == 'x' && isNumber(w[:len(w)-1])
}

// labelSection are words of site sections, lists and offers that explain a word of a label
// without being evidence of one: "Crypto News", "Top Casinos", "Bonus Angebote".
var labelSection = map[string]bool{
	"news": true, "nachrichten": true, "notizie": true, "actu": true, "actus": true, "actualite": true,
	"actualites": true, "noticias": true, "nieuws": true, "wiadomosci": true, "aktualnosci": true,
	"best": true, "beste": true, "besten": true, "migliori": true, "meilleurs": true, "mejores": true,
	"melhores": true, "najlepsze": true, "top": true, "online": true, "live": true, "guide": true,
	"ratgeber": true, "guida": true, "guia": true, "gids": true, "poradnik": true, "review": true,
	"reviews": true, "test": true, "vergleich": true, "comparatif": true, "comparativa": true,
	"comparador": true, "comparatore": true, "porownanie": true, "sites": true, "anbieter": true,
	"app": true, "apps": true, "deals": true, "angebote": true, "angebot": true, "offerte": true,
	"offres": true, "ofertas": true, "aanbiedingen": true, "oferty": true, "prognosen": true,
	"prices": true, "preise": true, "kurse": true, "cours": true, "prezzi": true, "precios": true,
	"precos": true, "koersen": true, "ceny": true, "partner": true, "partnerangebot": true,
	"premium": true, "vip": true, "article": true, "artikel": true, "articolo": true,
	"articulo": true, "artigo": true, "artykul": true, "noticia": true, "page": true, "pagina": true, "seite": true, "new": true, "neu": true, "neue": true,
	"nuovi": true, "nouveaux": true, "nuevos": true, "novos": true, "nieuwe": true, "nowe": true,
}
