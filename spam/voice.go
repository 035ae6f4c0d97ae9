package spam

import (
	"slices"
	"strings"
)

// A donation appeal, an affiliate note, a paywall or a newsletter box is often a short
// paragraph of several sentences of which only one or two carry a phrase the rules know
// ("Support independent journalism. Our reporters work every day for you. Every contribution
// helps."): the sentences between them speak as the site to its reader, and without them the
// paragraph is only half removed. News quotes organisations that ask for money and reports on
// paywalls, but in the third person, as quotations or with "said": the rule below takes only
// sentences in the publisher's own voice, next to sentences already found to be spam.

// AppealEvidence names the evidence of a sentence removed for the publisher's voice next to
// spam, or of a paragraph removed whole for it.
const AppealEvidence = "publisher-voice"

const (
	// maxAppealSents and maxAppealWords bound a paragraph that goes whole when every sentence
	// that is not spam speaks in the publisher's voice: appeals and notes are short, and a
	// longer paragraph in the first person plural is a column or an editor's letter.
	maxAppealSents = 6
	maxAppealWords = 110
	// maxVoicedRun is the most sentences between two pieces of spam that go with them.
	maxVoicedRun = 3
	// maxOpeningWords is the longest sentence, in words, before the first spam sentence of a
	// paragraph that goes whole.
	maxOpeningWords = 25
	// maxOpeningRun is the most sentences right before a promo glued to the end of a
	// paragraph that go with it for speaking as the site to the reader.
	maxOpeningRun = 2
	// maxVoicedWords is the longest sentence, in words, that can count as the publisher's
	// voice.
	maxVoicedWords = 40
)

// publisherWords are folded words in which a site speaks of itself: "our", "we" and their
// forms in the eight languages. Words another language uses for something else are left
// out: "us" (the US), "nos" (Portuguese "in the"), "onze" (French and Portuguese "eleven").
var publisherWords = wordSet(
	"we our ours ourselves",
	"wir unser unsere unserer unseren unserem unseres",
	"nous notre",
	"nosotros nosotras nuestro nuestra nuestros nuestras",
	"noi nostro nostra nostri nostre",
	"nosso nossa nossos nossas",
	"wij ons",
	"nasz nasza nasze naszej naszego naszych naszym naszymi",
	// Languages that drop the pronoun say "we can" in the verb (not "podemos": a party).
	"possiamo potremmo mozemy",
)

// readerWords are folded words that speak to the reader: "you" and its forms. German "Sie"
// and "Ihr" count mid-sentence only (germanFormalYou). Words of another language's news are
// left out: "du" (French "of the"), "ci" (Italian "there"), "tue" (French "kills"), "u" (the
// U of U.S.), "ton" (a ton), "ta" (Polish "this"), "was" (English). "tu" and "te" stay,
// though Polish says "here" and "these" with them: a sentence that only speaks to the reader
// never decides alone (see Appeal).
var readerWords = wordSet(
	"you your yours yourself",
	"dich dir dein deine deinen deinem deiner euch euer eure",
	"vous votre vos tu toi tes",
	"te ti usted ustedes tus contigo vosotros vuestro vuestra",
	"tuo tua tuoi voi vostro vostra",
	"voce voces teu teus tuas",
	"jij jou jouw je jullie uw",
	"ty cie ciebie tobie twoj twoja twoje twojej twojego wasz wasza wasze wam",
	// "you can", "you will be able to", where the pronoun is dropped.
	"puoi potrai puedes podras podes poderas mozesz bedziesz kannst",
)

// imperativeWords are folded verbs that open a sentence asking the reader to do something.
// Forms that are also a third person, a noun or a preposition ("apoya", "recibe", "dona",
// "leggi", "aide", "Support for", "Help", "Steun", "Jetzt", "Thanks to", "Gracias a") are
// left out: news opens sentences with them, and a pro-drop language with a bare verb; so are
// a columnist's "Consider …" and "Pensez à …".
var imperativeWords = wordSet(
	"donate give join subscribe sign become please learn click try contribute discover",
	"register unlock enjoy",
	"hilf werde spende unterstutze abonniere registriere melde entdecke lies danke",
	"soutenez soutiens faites abonnez inscrivez rejoignez decouvrez aidez cliquez participez donnez",
	"profitez merci lisez retrouvez suivez contribuez essayez connectez",
	"apoye apoyanos hazte suscribete suscribase unete ayudanos registrate haz",
	"sostieni sostienici abbonati iscriviti scopri aiutaci clicca registrati segui ricevi",
	"accedi contribuisci sosteneteci",
	"apoie doe assine inscreva cadastre ajude clique contribua descubra obrigado obrigada leia",
	"receba acesse aproveite experimente participe",
	"doneer abonneer meld klik ontdek bedankt probeer volg ontvang",
	"wesprzyj wesprzyjcie wplac zapisz dolacz kliknij zarejestruj pomoz przeczytaj dziekujemy",
	"sprawdz zostan subskrybuj wykup zaloguj",
)

// siteWords are folded word pairs in which a site names itself or the page: "this site",
// "cet article", "dieser Seite".
var siteWords = pairSet(
	"this_site this_website this_blog this_article this_post this_page this_newsletter this_podcast",
	"diese_seite dieser_seite dieser_website diese_website dieser_artikel diesen_artikel diesem_artikel",
	"ce_site cet_article cette_page ce_blog",
	"este_sitio este_articulo esta_pagina esta_web este_blog",
	"questo_sito questo_articolo questa_pagina questo_blog",
	"este_site este_artigo esta_pagina deste_site desta_pagina deste_artigo neste_artigo nesta_pagina",
	"deze_site deze_website deze_pagina dit_artikel",
	"ta_strona tej_stronie ten_artykul tym_artykule",
)

// ourPairs are folded word pairs of the site's "our" where the word alone means something
// else: Dutch "onze" only before a word of the newsroom (French and Portuguese "eleven").
var ourPairs = pairSet(
	"onze_redactie onze_journalisten onze_journalistiek onze_verslaggevers onze_lezers onze_site",
	"onze_website onze_nieuwsbrief onze_artikelen onze_berichtgeving onze_leden",
)

// reportingWords are folded words of reported speech: a sentence with one of them tells what
// someone said ("the charity said every donation helps"), whoever "we" and "you" are in it.
var reportingWords = wordSet(
	"said says told according added announced stated claimed wrote asked urged shared explained",
	"revealed warned advised reminded cautioned insisted repeated",
	"sagte sagt sagten erklarte betonte teilte laut schrieb warnte mahnte hies", // "…, hieß es"
	"declare selon affirme explique indique estime ecrit rappelle repete conseille souligne",
	"dijo dice segun explico senalo aseguro afirmo indico recordo advirtio subrayo pidio",
	"explica explican explicaron advierten", // "…, explican desde el Instituto …"
	"detto secondo spiegato dichiarato afferma spiega ricordato ricorda avverte sottolineato",
	"disse diz afirmou segundo explicou declarou informou alertou lembrou",
	"explicam alerta alertam",
	"zei zegt volgens aldus verklaarde waarschuwde benadrukte",
	"powiedzial powiedziala wedlug podkreslil zaznaczyl stwierdzil mowi",
	"poinformowal poinformowala wyjasnil wyjasnila ostrzega przypomina",
	// more verbs of saying: "…, a lancé le président", "…, añadió", "…, zaapelował marszałek"
	"lance ajoute assure confie anadio agrego insistio aggiunto sottolinea acrescentou ressaltou destacou",
	"stelt meldt dodal dodala zapowiedzial zapowiedziala zaapelowal zaapelowala erganzte",
	"recommends recommended empfiehlt empfahl recommande recomienda recomendo raccomanda",
	"recomenda recomendou adviseert zaleca",
	// said in jest: "Read your horoscope first, the columnist joked"
	"joked jokes scherzava scherza witzelte scherzte plaisantait plaisante bromeo bromea brincou brinca",
	"grapte grapt zartowal zartowala",
	// reported in the present or the imperfect: "…, wie die Bank mitteilt", "…, disait la publicité"
	"mitteilt mitteilte berichtet berichtete reported disait affirmait expliquait informo anuncio precise",
	"annunciato anunciou",
	// a court's or a regulator's ruling reported: "The court ruled that a cookie banner …"
	"ruled entschied urteilte juge dictamino decidiu stabilito sentenziato oordeelde orzekl",
	// a finding reported: "Investigators found that …", "Urząd ustalił, że …", "…, wynika z
	// kontroli"
	"found constate constatee comprobo constato accertato rilevato constatou apurou ustalil ustalila wynika",
	// complained or denounced: a report's subject who finds fault with a paywall, a cookie
	// or an offer ("Los usuarios se quejaron de que el límite de artículos gratuitos …")
	"complained complain beklagten beklagte kritisierten denoncent denoncaient denonce",
	"quejaron quejo denunciaron denuncio criticaron lamentaron",
	"lamentato lamentano denunciato denunciano criticato",
	"reclamaram reclamou denunciaram denunciou criticaram criticou",
	// confirmed, in the past only ("…, the company confirmed", "…, bestätigte das
	// Unternehmen"): the imperatives ("Conferma la tua email", "Confirma tu suscripción") and
	// the first person ("Confirmo que he leído …") are a form's words
	"confirmed bestatigte confermato confirmou bevestigde potwierdzil potwierdzila",
	// a law's or a ruling's provisions: "…, prevede la nuova legge", "…, establece la norma"
	"establece estipula prevede stabilisce preve estabelece",
)

// appealStems are the beginnings of folded words an appeal speaks of: journalism, the
// newsroom and its reporters, the readers and subscribers, support, donations, independence,
// contributions, commissions, newsletters, premium access. A sentence before the first spam of a paragraph
// goes with it only when it names one: "Our reporters work for you" belongs to an appeal,
// "We explain to you what the forecast says" to the article.
var appealStems = strings.Fields(`journalis giornalis periodis jornalis dziennikar newsroom reporter
	redaktion redaction redaccion redazion redacao redactie redakcj editor reportag
	reader leser lecteur lector lettor leitor lezer czytelni
	subscri abonne abonni suscri abbona assina prenumer
	support unterstu soutien souten apoy apoi sosten sostien steun wspar wesp
	donat donac donaz doac spende spenden
	independ unabhang indipend onafhankelijk niezalezn
	contribu beitrag bijdrage wplat aportac
	commission provision comissao commissie prowizj
	newsletter boletin inbox postfach premium affili afili
	access acces accesso acesso zugang zugriff toegang dostep`)

// appealTopic reports whether sentence t names something an appeal speaks of (appealStems).
func appealTopic(t string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tok := &sc.tok
	tok.fold(t)
	for i := 0; i < tok.n(); i++ {
		if hasStem(tok.word(i), appealStems) {
			return true
		}
	}
	return false
}

// premiseStems are the beginnings of folded words for journalism or the news, and costWords
// the folded words of its cost (verbs and nouns), in the eight languages: the premise of an
// appeal or a paywall ("Guter Journalismus kostet Geld.", "Le journalisme a un coût.").
var (
	premiseStems = strings.Fields(`journalis giornalis periodis jornalis dziennikar news nachricht
		noticia notizi informac informaz nieuws wiadomosc`)
	costWords = wordSet("free cost costs kostet kosten umsonst gratis cuesta cuestan costa costano",
		"coute coutent cout custa custam custo coste costo kost kosztuje koszt kosztuja money geld",
		"dinero soldi argent dinheiro pieniadze",
		"price preis precio prezzo prix preco prijs cena")
	// needWords say it needs the reader: "O jornalismo sério precisa de você", "Journalism
	// needs you".
	needWords = wordSet("needs need braucht brauchen necesita necesitamos precisa precisamos",
		"besoin bisogno nodig potrzebuje potrzebujemy")
)

// maxPremiseWords bounds a premise (AppealPremise): a slogan, not a columnist's paragraph.
const maxPremiseWords = 10

// AppealPremise reports a short sentence that states what an appeal or a paywall rests on:
// that journalism or the news costs money, is not free or needs the reader ("Guter
// Journalismus kostet Geld.", "Independent news isn't free.", "O jornalismo sério precisa de
// você."). Alone it is
// a columnist's thesis too: the caller takes it only right before an appeal or a paywall it
// removes.
func AppealPremise(t string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tok := &sc.tok
	if len(t) > maxUnitBytes {
		return false
	}
	tok.fold(t)
	if tok.n() > maxPremiseWords || strings.HasSuffix(strings.TrimSpace(t), "?") {
		return false
	}
	topic, cost, need, you := false, false, false, false
	for i := 0; i < tok.n(); i++ {
		w := string(tok.word(i))
		topic = topic || hasStem(tok.word(i), premiseStems)
		cost = cost || costWords[w]
		need = need || needWords[w]
		you = you || secondPerson[w]
	}
	return topic && (cost || need && you)
}

// pairSet builds a set of the space-separated word pairs ("this_site") of lists, by first
// word then second, so that a lookup of two folded words allocates nothing.
func pairSet(lists ...string) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, l := range lists {
		for _, p := range strings.Fields(l) {
			a, b, _ := strings.Cut(p, "_")
			if m[a] == nil {
				m[a] = map[string]bool{}
			}
			m[a][b] = true
		}
	}
	return m
}

// wordSet builds a set of the space-separated words of lists.
func wordSet(lists ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] = true
		}
	}
	return m
}

// addBits sets bit for each space-separated word of lists in m: the word tables of the
// families (boxWords, shopWords, continueWords) map a word to all the families it names.
func addBits[T ~uint8 | ~uint16 | ~uint32](m map[string]T, bit T, lists ...string) {
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			m[w] |= bit
		}
	}
}

// PublisherVoice reports whether sentence t speaks as the site to its reader: it says "we" or
// "our", names the site or the page ("this article"), addresses the reader ("you", "Sie"
// mid-sentence) or opens with a request ("Join", "Soutenez"). A quotation or reported speech
// ("…, the charity said") is not the site's voice, nor is a sentence of more than
// maxVoicedWords words.
func PublisherVoice(t string) bool { return voice(t) != 0 }

// The voice of a sentence, as bits: the site speaks of itself or asks something ("we", "this
// site", "Join"), it speaks to the reader ("you"), it names the page or the site ("this
// article": selfVoice comes with siteVoice). None: not the site's voice.
const (
	siteVoice = 1 << iota
	readerVoice
	selfVoice
	dialogue = siteVoice | readerVoice
)

// voice returns the voice of sentence t (see PublisherVoice).
func voice(t string) int {
	if strings.IndexFunc(t, isQuoteMark) >= 0 {
		return 0
	}
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tok := &sc.tok
	tok.fold(t)
	n := tok.n()
	if n == 0 || n > maxVoicedWords {
		return 0
	}
	v := 0
	if imperativeWords[string(tok.word(0))] {
		v = dialogue // the site asks, the reader is asked
	}
	for i := 0; i < n; i++ {
		w := tok.word(i)
		var prev []byte
		if i > 0 {
			prev = tok.word(i - 1)
		}
		switch {
		case reportingWords[string(w)]:
			return 0
		case siteWords[string(prev)][string(w)]:
			v |= siteVoice | selfVoice
		case publisherWords[string(w)] || ourPairs[string(prev)][string(w)]:
			v |= siteVoice
		case readerWords[string(w)]:
			v |= readerVoice
		}
	}
	if v&readerVoice == 0 {
		first := true
		for f := range strings.FieldsSeq(t) {
			if !first && germanFormalYou[strings.Trim(f, ",.;:!?")] {
				return v | readerVoice
			}
			first = false
		}
	}
	return v
}

// Appeal extends the spam sentences of one paragraph (spam[i] says sentence i was found to
// be spam on its own) over the sentences in the publisher's voice next to them
// (PublisherVoice). A short paragraph (maxAppealSents, maxAppealWords) whose other sentences
// all speak so goes whole: whole is true. Otherwise a run of at most maxVoicedRun such
// sentences next to a spam sentence goes with it when the sentence on the run's other side
// is spam too: known, or scored here as a glued unit next to spam (ctx gives the document).
// A promo glued to the end of a paragraph as "Support us. Our reporters work for you. Donate
// now." so loses its middle. add[i] is the verdict of each sentence that joins the spam (the
// Reason of a voiced one is AppealEvidence); add is nil when none does.
func (s *Scorer) Appeal(sents []string, spam []bool, ctx Context) (whole bool, add []Verdict) {
	n := len(sents)
	if n < 2 || len(spam) != n {
		return false, nil
	}
	voiced := make([]bool, n)
	found, all, site, words := 0, true, false, 0
	for i, t := range sents {
		words += countFields(t)
		if spam[i] {
			found++
			continue
		}
		v := voice(t)
		if found == 0 && !opening(t, v) {
			v = 0
		}
		voiced[i], site = v != 0, site || v&siteVoice != 0
		all = all && voiced[i]
	}
	if found == 0 {
		return false, nil
	}
	if all && n <= maxAppealSents && words <= maxAppealWords && 3*found >= n &&
		(site || spam[0] && voice(sents[0])&siteVoice != 0) && s.firm(sents, spam, 0, n) &&
		(s.allFirm(sents, spam) || topical(sents, spam, 0, n)) {
		// The site must also speak of itself or ask something, in a sentence that is not
		// spam or in the spam that opens the paragraph ("We use cookies. You can change
		// …"): a sentence that only speaks to the reader can be a reporter's advice.
		return true, nil
	}
	voices := make([]int, n)
	for i, t := range sents {
		voices[i] = voice(t)
		voiced[i] = voices[i] != 0
	}
	isSpam := slices.Clone(spam)
	for changed := true; changed; {
		changed = false
		for k := 0; k < n; k++ {
			if isSpam[k] && (s.joinRun(sents, isSpam, voiced, k, -1, ctx, &add) ||
				s.joinRun(sents, isSpam, voiced, k, 1, ctx, &add)) {
				changed = true
			}
		}
	}
	// A promo glued to the end of a paragraph ("… Our reporters work for you. Subscribe
	// now."): the sentences right before it that speak both as the site and to the reader go
	// with it, as they would in a paragraph of their own. Before them is the reporter's
	// paragraph, whose sentences do not speak so.
	m := n
	for m > 0 && isSpam[m-1] {
		m--
	}
	for i := m - 1; m < n && i >= 0 && m-i <= maxOpeningRun && s.firm(sents, isSpam, m, n); i-- {
		if isSpam[i] || !opening(sents[i], voices[i]) {
			break
		}
		verdicts(&add, n)[i] = Verdict{Spam: true, Reason: AppealEvidence, Evidence: []string{AppealEvidence}}
	}
	return false, add
}

// AppealTail finds a promo glued to the end of a paragraph whose last sentences speak as the
// site to the reader after its one sentence with a phrase: "… Some links in this article are
// affiliate links. This means we may earn a commission if you buy something." The scoring of
// glued sentences stops at the last one, which carries no phrase. It returns the index of
// the sentence that is spam, from which on every sentence goes, and its verdict; from is -1
// when there is none. The sentences after it (at most maxVoicedRun) must all be in the
// publisher's voice, one of them the site's, and with the spam sentence say both "we" and
// "you"; the spam sentence must speak as the site or be strong evidence alone: a reporter's
// paragraph about affiliate links that goes on "we found that you pay more" stays.
func (s *Scorer) AppealTail(sents []string, ctx Context) (from int, v Verdict) {
	n := len(sents)
	run := 0 // the voices of the sentences after i-1
	for i := n - 1; i >= 1 && n-i <= maxVoicedRun; i-- {
		vo := voice(sents[i])
		if vo == 0 {
			return -1, Verdict{}
		}
		run |= vo
		own := voice(sents[i-1])
		// The box's own "we" may come only in its spam sentence, one sentence to the reader
		// after it ("We use cookies to … | You will find more in our privacy notice."): then
		// the spam sentence must be strong evidence alone (replyAfterWe).
		reply := run&siteVoice == 0 && replyAfterWe(own, run, n-i)
		if (run|own)&dialogue != dialogue && own&selfVoice == 0 || run&siteVoice == 0 && !reply {
			// Neither "we" and "you" nor a spam sentence that names the page ("Some
			// links in this article …"): a newsroom's "we found" after a phrase stays.
			continue
		}
		c := ctx
		c.Tail, c.NextToSpam, c.NextToSelling = true, false, false
		w := s.ScoreIn(sents[i-1], Glued, c)
		if reply && w.Score < strongAlone {
			continue
		}
		if w.Spam && RuleEvidence(w.Evidence) && (own&siteVoice != 0 || w.Score >= strongAlone) {
			return i - 1, w
		}
	}
	return -1, Verdict{}
}

// strongAlone is the score of a spam sentence that needs no voice of its own to take the
// sentences in the site's voice after it along.
const strongAlone = 0.7

// firm reports whether one of the spam sentences among sents[from:to] is spam in the
// publisher's voice or strong evidence alone (strongAlone): "Some links in this article are
// affiliate links.", "Create a free account to keep reading." A reporter's sentence that
// only holds a phrase ("Retailers pay bloggers when readers buy through affiliate links.")
// takes no other sentence along.
func (s *Scorer) firm(sents []string, spam []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if spam[i] && s.firmOne(sents[i]) {
			return true
		}
	}
	return false
}

// firmOne reports whether spam sentence t is in the publisher's voice or strong evidence
// alone (see firm).
func (s *Scorer) firmOne(t string) bool {
	return voice(t) != 0 || s.ScoreAs(t, Glued).Score >= strongAlone
}

// allFirm reports whether every spam sentence of sents is firm (firmOne).
func (s *Scorer) allFirm(sents []string, spam []bool) bool {
	for i, t := range sents {
		if spam[i] && !s.firmOne(t) {
			return false
		}
	}
	return true
}

// topical reports whether every sentence of sents[from:to] that is not spam names
// something an appeal speaks of (appealTopic).
func topical(sents []string, spam []bool, from, to int) bool {
	for i := from; i < to; i++ {
		if !spam[i] && !appealTopic(sents[i]) {
			return false
		}
	}
	return true
}

// opening reports whether sentence t, of voice v, can open an appeal before its first spam
// sentence, where a reporter's paragraph ends when the spam is glued to it. It must be short
// and either name the page about something an appeal speaks of ("Some links on this page are
// affiliate links."), or speak to the reader as the site's newsroom ("Our reporters work every
// day for you.", ourNoun) or with a request about such things ("Essayez notre offre
// premium"). A newsroom reporting says "we tested", "we asked you" instead; an open letter
// says "we", service journalism "you", a standfirst "we explain to you …".
func opening(t string, v int) bool {
	if countFields(t) > maxOpeningWords {
		return false
	}
	if v&selfVoice != 0 {
		return appealTopic(t)
	}
	return v&dialogue == dialogue && (ourNoun(t) || request(t) && appealTopic(t))
}

// request reports a sentence that opens with a request: a verb of imperativeWords, or a
// German verb before a capitalised "Sie" ("Testen Sie …"), not in a question ("Haben Sie …?").
func request(t string) bool {
	if startsWith(t, imperativeWords) {
		return true
	}
	k := 0
	for f := range strings.FieldsSeq(t) {
		if k++; k == 2 {
			return f == "Sie" && !strings.HasSuffix(strings.TrimRight(t, " \"'”’»)"), "?")
		}
	}
	return false
}

// ourWords are the folded possessives of the site's "our" (Dutch "onze" included: here it
// must stand before a word of ourNouns).
var ourWords = wordSet(
	"our unser unsere unserer unseren unserem unseres notre nuestro nuestra nuestros nuestras",
	"nostro nostra nostri nostre nosso nossa nossos nossas onze nasz nasza nasze naszej naszego",
	"naszych naszym naszymi",
)

// ourNounStems are the beginnings of the folded words a site says "our" of in an appeal: its
// journalism, newsroom, reporters, newsletter, site, coverage, independence. Not its "team"
// or "work": "our consumer team has checked the rules for you" is service journalism.
var ourNounStems = strings.Fields(`journalis giornalis periodis jornalis dziennikar newsroom
	reporter redaktion redaction redaccion redazion redacao redactie redakcj editor reporting
	newsletter nieuwsbrief boletin site seite sito sitio serwis archiv arquiv archief coverage
	berichterstatt cobertur independ unabhang indipend onafhankelijk niezalezn mission mision
	missao missie misj`)

// ourNoun reports "our" right before one of ourNounStems ("our reporters", "unsere
// Redaktion", "our independent journalism").
func ourNoun(t string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	tok := &sc.tok
	tok.fold(t)
	for i := 0; i+1 < tok.n(); i++ {
		if ourWords[string(tok.word(i))] && hasStem(tok.word(i+1), ourNounStems) {
			return true
		}
	}
	return false
}

// hasStem reports whether folded word w starts with one of stems.
func hasStem(w []byte, stems []string) bool {
	for _, p := range stems {
		if len(w) >= len(p) && string(w[:len(p)]) == p {
			return true
		}
	}
	return false
}

// startsWith reports whether the first folded word of t is in set.
func startsWith(t string, set map[string]bool) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.tok.fold(t)
	return sc.tok.n() > 0 && set[string(sc.tok.word(0))]
}

// joinRun walks from spam sentence k in direction dir (-1, 1) over at most maxVoicedRun
// sentences in the publisher's voice, and adds them to the spam when the sentence past them
// is spam: known, or scored as a glued unit next to spam. When either spam sentence is not
// firm (firmOne), it may be a reporter's sentence that holds a phrase: the run then goes
// only when it speaks of an appeal's things (appealTopic).
func (s *Scorer) joinRun(sents []string, isSpam, voiced []bool, k, dir int, ctx Context, add *[]Verdict) bool {
	n := len(sents)
	var scored *Verdict // the verdict of the sentence past the run, when scored here
	i := k + dir
	for ; i >= 0 && i < n && !isSpam[i]; i += dir {
		if run := (i - k) * dir; run > 1 {
			// Past the voiced sentence next to the spam: is this one spam itself?
			c := ctx
			c.Tail, c.NextToSpam, c.NextToSelling = dir > 0, true, false
			if v := s.ScoreIn(sents[i], Glued, c); v.Spam && RuleEvidence(v.Evidence) && !s.reported(sents[i], c) {
				scored = &v
				break
			}
		}
		if !voiced[i] || (i-k)*dir > maxVoicedRun {
			return false
		}
	}
	if i < 0 || i >= n || (i-k)*dir < 2 {
		return false // the run reaches the edge of the paragraph, or there is none
	}
	lo, hi := min(i, k), max(i, k)
	if (!s.firmOne(sents[k]) || !s.firmOne(sents[i])) && !topical(sents, isSpam, lo+1, hi) {
		return false
	}
	if scored != nil {
		verdicts(add, n)[i] = *scored
		isSpam[i] = true
	}
	for j := lo + 1; j < hi; j++ {
		verdicts(add, n)[j] = Verdict{Spam: true, Reason: AppealEvidence, Evidence: []string{AppealEvidence}}
		isSpam[j] = true
	}
	return true
}

// reported reports whether t, scored away from the spam, is a sentence of reporting around
// one phrase (LonePhrase): the article's, which a run of the site's voice does not reach.
func (s *Scorer) reported(t string, ctx Context) bool {
	ctx.NextToSpam, ctx.NextToSelling = false, false
	return slices.Contains(s.ScoreIn(t, Glued, ctx).Evidence, LonePhrase)
}

// verdicts returns *add, made of n zero verdicts on first use.
func verdicts(add *[]Verdict, n int) []Verdict {
	if *add == nil {
		*add = make([]Verdict, n)
	}
	return *add
}

// homographs are folded words of secondPerson, siteWe and sellersOur that another of the eight
// languages spells alike for something else, with the function words that tell that
// language: French "du" ("of the"), Dutch "te" ("to"), Polish "te" ("these"), "je" ("them"),
// "tu" ("here") and "we" ("in"), Portuguese "nos" ("in the"). "… à la famille du joueur" does
// not speak to the reader as German "du" does, nor "orzekł we wtorek sąd" as the site's "we".
// (French "je" stays: a consent button speaks as its user, "Je refuse".)
var homographs = map[string]map[string]bool{
	"du":  frenchWords,
	"te":  union(dutchWords, polishWords),
	"je":  polishWords,
	"tu":  polishWords,
	"we":  polishWords,
	"nos": portugueseWords,
}

// frenchWords, dutchWords, polishWords and portugueseWords are folded function words of one
// of the eight languages that no other writes alike.
var (
	frenchWords = wordSet("les est une aux dans sur avec pour ete ont sont par pas ne qu cette ces leur leurs",
		"elle ils selon apres avant meme tres mais comme entre chez sans sous")
	dutchWords      = wordSet("het een van om niet wordt zijn voor naar bij ook worden")
	polishWords     = wordSet("w z bez sie jest nie oraz przez ktore ktory ktora jego jej ich przy dla juz tym tego byl byla")
	portugueseWords = wordSet("os em nao sao foi pelo pela pelos pelas uma com ao aos tambem")
)

// union returns a set of the words of sets.
func union(sets ...map[string]bool) map[string]bool {
	u := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			u[w] = true
		}
	}
	return u
}

// homographIn reports whether word w of tok, one of homographs, is the other language's word:
// a function word of that language stands in tok.
func homographIn(tok *tokens, w string) bool {
	other := homographs[w]
	return other != nil && wordIn(tok, other)
}

// wordIn reports whether one of the folded words of tok is in set.
func wordIn(tok *tokens, set map[string]bool) bool {
	for j := 0; j < tok.n(); j++ {
		if set[string(tok.word(j))] {
			return true
		}
	}
	return false
}

// youAt reports that word i of tok addresses the reader: a word of secondPerson that is not
// a homograph in a sentence of the language that spells it so (homographs).
func youAt(tok *tokens, i int) bool {
	w := string(tok.word(i))
	return secondPerson[w] && !homographIn(tok, w)
}
