package spam

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// A site's boxes ask the reader for money, an e-mail address or a subscription in more
// wordings than a phrase list holds, in every language: "Dir gefällt, was wir machen? Dann
// spendiere uns einen Kaffee über PayPal", "Recibe cada mañana lo más importante en tu
// bandeja de entrada", "Accesso illimitato a tutti gli articoli a soli 4,99 €". What the
// wordings of one kind share is not a phrase but a few families of evidence in one short unit,
// as with the imprint (imprint.go):
//
//   - a donation appeal: a gift (a donation, a contribution, support), the channel it goes
//     through (PayPal, an IBAN, a bank transfer, a coffee, a sum "from 5 euros") and what it
//     pays for (journalism, independence, this blog);
//   - a newsletter box: the mailbox (inbox, Postfach, bandeja de entrada), a rhythm (every
//     morning, weekly), the sign-up (newsletter, iscriviti) and the small print of leaving it
//     (Abmeldung, darte de baja, privacy);
//   - a paywall: the product (Abo, suscripción, assinatura), access (unlimited, continue
//     reading), the offer (a price, the first month, a free trial), the terms (cancel
//     anytime), the reader's account (already a subscriber, log in).
//
// Two families of one kind in a short unit are a box only when the site speaks to the reader
// right at one of them: "your inbox", "Ihr Postfach", "Doe agora", "für nur 9,99 €", "Lesen Sie
// weiter". News reports on donations, newsletters and subscriptions in the third person, with
// "said", "according to", or in quotation marks, and names a price and a product without
// speaking to anyone; a newsroom's "we" reports too ("We compared the subscriptions of five
// papers", "Our analysis shows that donations via PayPal doubled"). Only an appeal says "we"
// of a gift and of what it pays for ("We rely on donations to stay independent"). An appeal
// asks for the site itself, "us", "me", its journalism: news that tells its reader how to help
// others ("If you want to help, you can donate via PayPal to the Red Cross") is kept, unless
// it asks outright ("Spenden Sie jetzt per PayPal"), as an appeal does.

const (
	// boxWeight is the weight of a box: that of the donation and newsletter phrases (a
	// paywall phrase weighs 0.6). Its reason is the phrases' ("donation-phrase"), as with the
	// newsletter named to the reader (supportvoice.go).
	boxWeight = 0.55
	// maxBoxWords bounds the unit: a box's sentence or two, not an article's paragraph.
	maxBoxWords = 36
	// maxBoxLead is the most words of no family that may open a box longer than
	// maxCoveredBox words ("If you value what we do, …").
	maxBoxLead = 6
	// maxCoveredBox is the most words of a unit that a box explains whole.
	maxCoveredBox = 15
	// tiedBefore is how far, in words, the reader may be addressed before a family's word.
	tiedBefore = 3
	// appealNear is how far, in words, an appeal's request may stand from its gift, channel or
	// object.
	appealNear = 6
)

// The families, as bits.
const (
	bxVoice   = 1 << iota // the site speaks to the reader: you, me, a request, a seller's "only"
	bxGift                // a donation, a contribution, support
	bxChannel             // PayPal, IBAN, a transfer, a coffee, a sum of money
	bxObject              // journalism, independence, this blog (second pass: stems)
	bxMailbox             // inbox, Postfach, bandeja de entrada, e-mail
	bxRhythm              // daily, every morning, each Friday, every hour
	bxSignup              // newsletter, sign up, iscriviti
	bxOptout              // unsubscribe, Abmeldung, privacy
	bxProduct             // subscription, Abo, assinatura
	bxAccess              // unlimited, access, continue reading
	bxOffer               // a price, the first month, a free trial, per month
	bxTerms               // cancel anytime, jederzeit kündbar, sans engagement
	bxAccount             // already a subscriber, log in
	bxWe                  // the site says "we", "our", "us"
	bxFormal              // a German "Sie", "Ihr", …: the reader's only as written mid-sentence
	bxMine                // "my", "meine": the reader in a sign-up form
	bxLead                // the second word of a pair below (not a family)
	bxAmount              // a word of currency, or a seller's "only" (not a family)
	bxAsk                 // "already a subscriber": the reader's only in a question (not a family)
	bxRequest             // a request to the reader: "Spende", "Doe", "Unterstützen Sie" (not a family)
	bxYour                // the reader's "your" (not a family): "your inbox"
)

// The families of each kind, without the voice that all of them need.
const (
	donationFams   = bxGift | bxChannel | bxObject
	newsletterFams = bxMailbox | bxRhythm | bxSignup | bxOptout
	paywallFams    = bxProduct | bxAccess | bxOffer | bxTerms | bxAccount
)

// boxWeWords are folded words in which the site says "we", besides publisherWords: "us" in
// the languages where the word is no other word, the first person plural of pro-drop verbs.
var boxWeWords = wordSet(
	"uns nam",
	"necesitamos dependemos seguimos contamos queremos hacemos",
	"abbiamo dipendiamo continuiamo contiamo",
	"precisamos dependemos continuamos contamos fazemos",
	"potrzebujemy dzialamy",
)

// boxVoiceWords are folded words in which the site speaks to the reader in a box, besides
// readerWords and boxRequestWords: a blogger's "me", the reader's "you help", "you want".
var boxVoiceWords = wordSet(
	"mich mir moi mij mnie waszych waszego waszej waszym waszymi",
	"hilfst aiuti ayudas ajudas helpt pomagasz quieras quiser vuoi erhalte",
)

// boxRequestWords are folded requests to the reader that no news sentence uses in the third
// person (Spanish "dona" and "colabora", Italian "abbonati", Dutch "steun" and English
// "support" are left out: they are also a third person, a plural or a noun).
var boxRequestWords = wordSet(
	"unterstutze unterstutzt spendiere spendier hilf abonniere trag registriere",
	"soutenez soutiens offrez donnez aidez abonnez inscrivez rejoignez contribuez",
	"hazte suscribete suscribite unete apoyanos ayudanos invitanos registrate",
	"sostieni sostienici sosteneteci aiutaci offrici offrimi iscriviti contribuisci",
	"apoie ajude inscreva cadastre contribua receba assine doe",
	"doneer trakteer abonneer schrijf ontvang",
	"recevez ricevi",
	"wesprzyj wesprzyjcie wplac przekaz postaw zapisz dolacz pomoz wykup",
	"chip",
)

// boxTable is boxWords for the loops over a unit's words.
var boxTable = newWordTable(boxWords)

// boxWords maps folded words to their families (bx… bits).
var boxWords = func() map[string]uint32 {
	m := map[string]uint32{}
	add := func(bit uint32, lists ...string) { addBits(m, bit, lists...) }
	for _, set := range []map[string]bool{readerWords, boxVoiceWords} {
		for w := range set {
			m[w] |= bxVoice
		}
	}
	for w := range boxRequestWords {
		m[w] |= bxVoice | bxRequest
	}
	for _, set := range []map[string]bool{publisherWords, boxWeWords} {
		for w := range set {
			m[w] |= bxWe
		}
	}
	add(bxFormal, "sie ihr ihre ihren ihrem ihres ihrer ihnen")
	// The reader's consent in a sign-up form's small print: "Al suscribirte aceptas …".
	add(bxOptout|bxVoice, "aceptas accetti aceitas")
	add(bxYour, "your dein deine deinen deinem deiner votre ton ta tu tus tua tuo seu sua je jouw twoja twojej twoje")
	// The site or the blogger as the one to be given to: "uns", "mich", "apóyanos".
	add(bxWe, "sostenerci apoyarnos aiutarci nas mich mir moi mij mnie apoyanos ayudanos invitanos sostienici sosteneteci aiutaci offrici offrimi")
	// A sign-up form speaks as the reader: "meine E-Mail-Adresse", "my email" (not "ma" and
	// "mes", Italian "but" and the Spanish month). Only of a mailbox: "I cancelled my
	// subscription, which cost $12 a month" is a columnist's.
	add(bxMine, "mein meine meiner meinen my mon mis mijn moj moja moje mojego")
	add(bxGift,
		"spende spenden spendest spendet spendenkonto unterstutzung unterstutzen unterstutze forderer fordermitglied beitrag",
		"donation donations donate contribution contributions contribute support supporter supporters give",
		"don dons donateur donateurs soutien soutenir soutenez contribuer",
		"donacion donaciones donar donativo aporte aportes aportacion aportaciones aportar aporten apoyo apoyar apoyarnos mecenas",
		"donazione donazioni donare contributo contributi sostegno sostenere sostieni sostienici contribuire sostenerci",
		"doacao doacoes doar doe apoio apoiar apoiador apoiadores contribuicao contribuir contribua",
		"donatie donaties doneer doneren bijdrage bijdragen steun steunen",
		"darowizna darowizny darowizn darowizne wplata wplaty wplat wplac wsparcie wsparcia wesprzyj wesprzec darczyncow",
	)
	add(bxChannel,
		"paypal iban bic pix bizum steady patreon tipeee kofi patronite liberapay helloasso",
		"uberweisung dauerauftrag virement transferencia bonifico transferencia przelew przelewem overboeking overmaken",
		"kaffee coffee cafe caffe cafezinho kawa kawe koffie kopje betrag bedrag kwote kwota",
	)
	add(bxMailbox,
		"postfach posteingang inbox mailbox email emails mail mails courriel messagerie boite correo bandeja",
		"casella posta caixa skrzynka skrzynke skrzynki skrzynce emailadres mailadres",
	)
	add(bxRhythm,
		"taglich wochentlich daily weekly quotidiennement hebdomadaire semanal semanalmente diariamente",
		"settimanale settimanalmente quotidianamente wekelijks dagelijks wekelijkse dagelijkse codziennie cotygodniowy",
	)
	add(bxSignup,
		"newsletter newsletters newslettera newsletterze nieuwsbrief nieuwsbrieven boletin boletines infolettre",
		"trag signing subscription suscripcion inscrever",
		// What a newsletter sends: "receive our updates".
		"updates aggiornamenti novedades novidades actualizaciones aktualizacje",
		"comunicaciones comunicazioni comunicacoes",
		"abonnieren benachrichtigungen notifications notificaciones notifiche notificacoes powiadomienia",
		"anmelden anmeldung eintragen subscribe signup inscription inscrivez inscrire abonnez",
		"suscribete suscribirte suscribirse iscriviti iscrizione iscriverti inscreva inscricao cadastre cadastro",
		"aanmelden aanmelding inschrijven zapisz zapisanie zapisac briefing",
	)
	add(bxOptout,
		"abmelden abmeldung abbestellen unsubscribe desabonner desinscrire desinscription desinscrivez desabonnement",
		"baja disiscriverti disiscrizione descadastrar descadastre afmelden uitschrijven zrezygnowac wypisac wypisz",
		// The consent of a sign-up form ("Ich bin einverstanden, dass meine E-Mail-Adresse …").
		"einverstanden einwilligung acepto consiento acconsento concordo akkoord zgode",
		"jederzeit anytime datenschutz datenschutzerklarung privacy confidentialite privacidad privacidade prywatnosci",
	)
	add(bxProduct,
		"abo abos abonnement abonnements abonnent abonnenten abonnentin digitalabo",
		"subscription subscriptions subscriber subscribers abonne abonnes abonnee abonnees",
		"suscripcion suscripciones suscriptor suscriptores suscriptora abbonamento abbonamenti abbonato abbonata",
		"assinatura assinaturas assinante assinantes prenumerata prenumeraty prenumerate prenumerata prenumeratorow",
		"prenumeratorzy prenumeratora subskrypcja subskrypcji subskrypcje premium",
		"abbonati abbonarsi abbonarti proefabonnement",
	)
	// Reading on is a request as much as access.
	add(bxAccess|bxVoice|bxRequest, "weiterlesen")
	add(bxAccess,
		"zugang zugriff unbegrenzt unbegrenzten unbegrenzter unbegrenztem unlimited illimite illimites",
		"ilimitado ilimitada illimitato illimitata onbeperkt onbeperkte nieograniczony nieograniczonego nieograniczone",
		"access acces acceso accesso acesso toegang dostep unlock debloquez desbloquea sblocca desbloqueie odblokuj",
	)
	add(bxOffer,
		"monatlich monthly mensuel mensal mensual mensile maandelijks miesiecznie",
		"probeabo trial essai gratis kostenlos gratuit gratuito gratuita darmowy",
	)
	add(bxTerms, "kundbar resiliable opzegbaar disdici disdetta anuluj")
	add(bxAccount, "einloggen login anmelden")
	add(bxAccount|bxVoice|bxRequest, "connectez zaloguj accedi log") // "log" of "Log in"
	add(bxAmount, "nur just only seulement solo soli apenas slechts tylko")
	for w := range boxPairs {
		m[w] |= bxLead
	}
	for w := range currencyWords {
		m[w] |= bxAmount
	}
	return m
}()

// boxPairs are folded pairs of words, the first at most one word before the second, and the
// family they make: "every morning", "first month", "cancel anytime", "already a subscriber",
// "continue reading". They are keyed by the second word: the first is often a word as common
// as "a" or "per".
var boxPairs = func() map[string]map[string]uint32 {
	m := map[string]map[string]uint32{}
	add := func(bit uint32, firsts, seconds string) {
		for _, b := range strings.Fields(seconds) {
			if m[b] == nil {
				m[b] = map[string]uint32{}
			}
			for _, a := range strings.Fields(firsts) {
				m[b][a] |= bit
			}
		}
	}
	// Every morning, each Friday: the rhythm of a newsletter.
	add(bxRhythm, "jeden jede jedes jeder every each chaque cada todas todos toda ogni elk elke iedere kazdy kazdego kazda co",
		"morgen tag woche abend montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende "+
			"morning day week evening monday tuesday wednesday thursday friday saturday sunday weekend "+
			"matin jour semaine soir lundi mardi mercredi jeudi vendredi samedi dimanche "+
			"manana dia semana noche lunes martes miercoles jueves viernes sabado domingo "+
			"mattina giorno settimana sera lunedi martedi mercoledi giovedi venerdi sabato domenica "+
			"manha manhas dias semanas segunda terca quarta quinta sexta segundas tercas quartas quintas sextas sabados domingos "+
			"ochtend dag avond maandag dinsdag woensdag donderdag vrijdag zaterdag zondag "+
			"rano dzien tydzien poniedzialek wtorek srode czwartek piatek sobote niedziele "+
			"stunde hour heure hora ora uur godzine")
	// The first month, a month: the offer of a paywall.
	add(bxOffer, "ersten first premier primer primo primeiro eerste pierwszy",
		"monat monate monats month months mois mes mese meses mesi maand maanden miesiac")
	add(bxOffer, "pro per a al par por ao im na",
		"monat woche month week mois semaine mes semana mese settimana maand miesiac tydzien")
	add(bxOffer, "free gratis kostenlos", "trial testen")
	// Cancel anytime, sans engagement.
	add(bxTerms|bxRequest, "cancel cancela cancele cancelar cancella", "anytime any quieras quiser vuoi")
	add(bxTerms, "sans sin senza sem zonder bez", "engagement permanencia vincoli compromisso fidelizacao zobowiazan")
	// "Cancela cuando quieras", "disdici quando vuoi": whenever the reader likes.
	add(bxTerms, "cuando quando", "quieras quiser vuoi")
	add(bxOptout, "tout cualquier qualsiasi qualquer kazdej", "moment momento chwili")
	// Without limits: access.
	add(bxAccess, "senza sin sem sans ohne without zonder bez", "limiti limites limite limit limits limiet ograniczen")
	// Ad-free: what an appeal pays for.
	add(bxObject, "ad sans sin senza sem zonder bez", "free publicite publicidad pubblicita anuncios publicidade reclame reklam")
	// "Seu e-mail", "sua caixa": the Portuguese "your", also "his" and "her", speaks to the
	// reader before the mailbox.
	add(bxVoice|bxMailbox, "seu sua", "email mail caixa inbox")
	// "Already a subscriber?", "Inicia sesión": the reader's account, asked about ("Die
	// Abonnenten, die bereits ein Konto haben, …" are news: see bxAsk).
	add(bxAccount|bxAsk, "bereits schon already deja ya gia ja al juz",
		"abonnent abonnentin abonnenten abo subscriber subscribed abonne abonnee suscriptor suscriptora "+
			"abbonato abbonata abbonamento assinante assinatura cliente abonnement suscripcion subscription "+
			"prenumerate prenumerata subskrypcje konto account compte cuenta conta")
	add(bxAccount|bxVoice|bxRequest, "inicia faca", "sesion login")
	// Continue reading, go on with the reading.
	add(bxAccess|bxVoice|bxRequest, "continue keep seguir continuar sigue continua continuare verder lees czytaj czytac lire weiter "+
		"proseguire prosseguir proseguir poursuivre",
		"reading leyendo leggere lendo lezen verder dalej suite lesen lettura leitura lectura lecture")
	return m
}()

// boxObjectStems are the beginnings of folded words of what a donation pays for: journalism,
// independence, the newsroom, its reporters, the site, the project, its work, freedom from
// ads. A newsroom's research and information are left out: "Our investigation shows that
// donations via PayPal doubled" is news in the site's "we".
var boxObjectStems = newStemSet(
	"journalis", "giornalis", "periodis", "jornalis", "dziennikar",
	"unabhangig", "independ", "indipend", "onafhankelijk", "niezalezn",
	"redaktion", "redaction", "redaccion", "redazion", "redacao", "redactie", "redakcj",
	"blog", "website", "sitio", "sito", "portal", "strona", "strony", "seite",
	"arbeit", "work", "travail", "trabajo", "lavoro", "trabalho", "werk", "prac",
	"werbefrei", "berichterstattung",
	"reporter", "projet", "proyect", "progett", "project", "projekt", // "keeps our reporters on the road", "este projeto"
)

// boxBits holds one bit per fold hash of the words of boxWords, and reportBits one per word
// of reported speech, so that one look settles nearly every word of a unit.
var (
	boxBits    = hashBits(boxWordSet())
	reportBits = hashBits(reportingWords, requestReporting)
)

// boxWordSet returns the words of boxWords as a set.
func boxWordSet() map[string]bool {
	m := map[string]bool{}
	for w := range boxWords {
		m[w] = true
	}
	return m
}

// boxFamilies adds the evidence of a donation appeal, a newsletter box or a paywall (see
// above) in the unit t that sc holds, of the given kind.
func boxFamilies(sc *scratch, t string, kind Kind) {
	tok := &sc.tok
	n := tok.n()
	if n < 4 {
		return
	}
	if need := 1 + min(1, n/(maxBoxWords+1)); boxContent(tok, need) < need {
		// Nearly every unit: no word of a box's families but the voice's, or in a paragraph
		// too long to be a box, no two of them.
		return
	}
	// fams holds the families of each word of a unit short enough to be a box; a longer one
	// is only looked at for whether one of its sentences may be.
	var fams [maxBoxWords]uint32
	var seen uint32
	reported := false
	money := -1 // whether t names a sum with a currency sign: looked at for the first number
	for i := 0; i < n; i++ {
		if tok.w[i].quoted {
			continue
		}
		word := tok.word(i)
		var f uint32
		switch {
		case isNumber(word):
			if money < 0 {
				money = 0
				if moneyAmount(t) {
					money = 1
				}
			}
			f = amountAt(tok, i, money == 1)
		case tok.w[i].sets&setBox != 0:
			w := string(word)
			f = boxTable.at(tok, i)
			if w == "log" && (i+1 >= n || string(tok.word(i+1)) != "in") {
				f = 0 // a ship's log; "Log in" is the reader's account
			}
			if f&bxLead != 0 {
				f |= pairAt(tok, i)
			}
			if w == "weiterlesen" && reportedInfinitive(tok, i) {
				f &^= bxVoice | bxRequest // "… können die Abonnenten die Zeitung weiterlesen"
			}
			if i == 0 && imperativeWords[w] && f&bxGift == 0 {
				// A unit that opens with a request; not one that may open with a noun
				// ("Spende für die Redaktion übergeben": a headline).
				f |= bxVoice | bxRequest
			}
			f &^= bxLead | bxAmount
		}
		if tok.w[i].sets&setReport != 0 {
			if reportWordAt(tok, i) {
				reported = true
			}
		}
		seen |= f
		if i < maxBoxWords {
			fams[i] = f
		}
	}
	if seen&(bxVoice|bxWe|bxFormal|bxMine|bxAsk) == 0 || !maybeBox(seen) {
		return // nearly every unit
	}
	if n > maxBoxWords || reported {
		// A paragraph a box may be glued to, or reported speech: its sentences are scored
		// when two families of a kind stand in it.
		if seen&bxGift != 0 && seen&bxChannel != 0 || bits.OnesCount32(seen&paywallFams) >= 2 ||
			bits.OnesCount32(seen&newsletterFams&^bxRhythm) >= 2 {
			sc.candidates++
		}
		return
	}
	if seen&(bxGift|bxChannel) != 0 {
		// What an appeal pays for has many words: look for it only in a unit that may be one.
		for i := 0; i < n; i++ {
			if !tok.w[i].quoted && boxObjectStems.has(tok.word(i)) {
				fams[i] |= bxObject
				seen |= bxObject
			}
		}
	}
	voice := uint32(bxVoice)
	if seen&bxFormal != 0 && midFormalYou(t) {
		voice |= bxFormal
	}
	if seen&bxAsk != 0 && strings.IndexByte(t, '?') >= 0 {
		voice |= bxAsk
	}
	// A paywall and a newsletter box ask: "Testen Sie", "Subscribe", "Already a subscriber?",
	// "für nur 9,99 €". Consumer news speaks to its reader too, without asking ("With the new
	// plan you pay $9.99 a month and can cancel anytime", "Mit dem Tarif zahlen Sie …").
	strong := uint32(bxRequest) | voice&bxAsk
	if voice&bxFormal != 0 && formalRequest(t) {
		strong |= bxFormal
	}
	// tied holds the families of the words the reader is addressed at: the word itself, one
	// of the tiedBefore before it ("your inbox", "in deine Inbox", "offrez-moi un café", "Sign
	// up for our newsletter") or the one after it ("subscribe now"). An appeal may ask a few
	// words further ("Con una piccola donazione ci aiuti a mantenere il sito"): news asks its
	// reader for no money.
	var tied uint32
	for i := 0; i < n; i++ {
		if voiceWithin(fams[max(0, i-tiedBefore):min(n, i+2)], voice) {
			tied |= fams[i]
		}
		if fams[i]&donationFams != 0 && voiceWithin(fams[max(0, i-appealNear):min(n, i+appealNear+1)], voice) {
			tied |= fams[i] & donationFams
		}
	}
	// A rhythm is nobody's: "your subscribers every week" is a newsroom's advice.
	tied &^= bxRhythm
	var asked uint32 // the families of the words a request stands at, as tied
	for i := 0; i < n && seen&strong != 0; i++ {
		if voiceWithin(fams[max(0, i-tiedBefore):min(n, i+2)], strong) {
			asked |= fams[i]
		}
	}
	if seen&bxMine != 0 {
		for i := 0; i < n; i++ {
			if fams[i]&bxMailbox != 0 && voiceWithin(fams[max(0, i-tiedBefore):i], bxMine) {
				tied |= bxMailbox
			}
		}
	}
	if kind == Glued && n > maxCoveredBox && leadingWords(fams[:n]) > maxBoxLead {
		// A run of words of no family opens a long sentence: one of the article's, with a box
		// glued to its end without a full stop. The filter cuts it there, or keeps it.
		sc.candidates++
		return
	}
	var name, reason string
	switch {
	case box(seen, tied, donationFams) && (seen&(bxWe|bxObject) != 0 || requested(fams[:n], voice)),
		seen&bxWe != 0 && seen&bxGift != 0 && seen&bxObject != 0:
		name, reason = "box-donation", "donation-phrase"
	case box(seen, asked, paywallFams):
		name, reason = "box-paywall", "paywall-phrase"
	case box(seen, tied, newsletterFams) && (seen&(bxSignup|bxOptout) != 0 || asked != 0 || yourMailbox(fams[:n], voice)):
		// A mailbox and a rhythm said to the reader are a box only with the sign-up, its
		// small print, a request or the reader's own mailbox ("direkt in deine Inbox"): "If
		// you receive an email every day asking for your password, it is phishing" is a
		// warning.
		name, reason = "box-newsletter", "newsletter-phrase"
	default:
		return
	}
	// The words of the families are the box's: without them covered, a unit glued to a
	// sentence would read as prose around nothing (containsProse). A short unit is the box's
	// whole, or it would read as one phrase in a sentence of reporting (lonePhrase); a longer
	// one may be a box glued to the end of a sentence that has no full stop, which
	// containsProse weighs by the words the families leave uncovered.
	for i := 0; i < n; i++ {
		if n <= maxCoveredBox || fams[i]&^bxFormal != 0 {
			sc.covered[i] = true
		}
	}
	sc.label = true
	sc.candidates++
	sc.sig = append(sc.sig, signal{name, reason, boxWeight, classRule})
}

// reportedInfinitive reports whether the German word at i ("weiterlesen"), a button's request
// on its own ("Weiterlesen", "Hier weiterlesen"), is the infinitive of a modal verb before it
// in a unit that speaks to nobody: news of what others may do ("Nach Angaben des Verlags
// können die Abonnenten die Zeitung weiterlesen"), not "Sie können hier weiterlesen".
func reportedInfinitive(tok *tokens, i int) bool {
	modal := false
	for j := 0; j < tok.n(); j++ {
		w := string(tok.word(j))
		if germanYou[w] {
			return false
		}
		if j < i && germanModals[w] {
			modal = true
		}
	}
	return modal
}

// germanModals are the folded third-person forms of the German modal verbs and of "werden".
var germanModals = wordSet("kann konnen konnte konnten darf durfen durfte durften soll sollen sollte sollten",
	"will wollen wollte wollten muss mussen musste mussten wird werden wurde wurden")

// germanYou are the folded German pronouns of the reader, formal and familiar ("sie" is also
// "they": a unit with it is left as a request).
var germanYou = wordSet("sie ihnen du dich dir ihr euch")

// leadingWords counts the words before the first of fams that has a family or the voice (a
// German "ihrer" in lower case is "her").
func leadingWords(fams []uint32) int {
	for i, f := range fams {
		if f&^bxFormal != 0 {
			return i
		}
	}
	return len(fams)
}

// yourMailbox reports a mailbox the reader's "your" stands right before, or one word before
// ("your inbox", "in deine Inbox", "votre boîte", "nella tua casella", "Ihr Postfach" when
// the formal "you" speaks).
func yourMailbox(fams []uint32, voice uint32) bool {
	for i := 1; i < len(fams); i++ {
		if fams[i]&bxMailbox == 0 {
			continue
		}
		for j := max(0, i-2); j < i; j++ {
			if fams[j]&bxYour != 0 || fams[j]&voice&bxFormal != 0 {
				return true
			}
		}
	}
	return false
}

// requested reports a request among fams: a word of one (bxRequest), or a gift's verb before a
// formal "Sie" that speaks to the reader ("Spenden Sie", "Unterstützen Sie").
func requested(fams []uint32, voice uint32) bool {
	for i, f := range fams {
		if f&bxRequest != 0 || f&bxGift != 0 && i+1 < len(fams) && fams[i+1]&voice&bxFormal != 0 {
			return true
		}
	}
	return false
}

// voiceWithin reports a word of the voice among fams.
func voiceWithin(fams []uint32, voice uint32) bool {
	for _, f := range fams {
		if f&voice != 0 {
			return true
		}
	}
	return false
}

// contentBits holds one bit per fold hash of the words of boxWords that name one of the
// families of a kind or close a pair (not only the voice, a seller's "only" or a currency,
// which news names all the time).
// contentBits2 holds the same words by the hash turned half round: a word of news whose hash
// shares a bit with one of them (one word in a hundred) rarely shares the second, and is not
// looked up.
var contentBits, contentBits2 = func() (*[bitsetWords]uint64, *[bitsetWords]uint64) {
	b, b2 := new([bitsetWords]uint64), new([bitsetWords]uint64)
	for w, f := range boxWords {
		if f&(kindFams|bxLead) != 0 {
			setBit(b, fnv(w))
			setBit(b2, bits.RotateLeft32(fnv(w), 16))
		}
	}
	return b, b2
}()

// kindFams are the families of the three kinds.
const kindFams = donationFams | newsletterFams | paywallFams

// boxContent counts the words in tok, up to need, that name one of the families of a box
// (alone or closing a pair: "continuar lendo"):
// without one no unit is a box, and without two no paragraph holds one; the words of the
// voice ("you", "we") are too common to look up in every unit.
func boxContent(tok *tokens, need int) int {
	k := 0
	if tok.sets&setContent == 0 {
		return 0
	}
	for i := 0; i < tok.n() && k < need; i++ {
		if tok.w[i].sets&setContent == 0 || !hasBit(contentBits2, bits.RotateLeft32(tok.w[i].hash, 16)) {
			continue
		}
		if f := boxTable.at(tok, i); f&kindFams != 0 || f&bxLead != 0 && pairAt(tok, i)&kindFams != 0 {
			k++
		}
	}
	return k
}

// box reports two or more of the families kind in seen, one of them tied to the reader.
func box(seen, tied, kind uint32) bool {
	return bits.OnesCount32(seen&kind) >= 2 && tied&kind != 0
}

// maybeBox reports whether seen holds what a box of some kind needs besides the object of an
// appeal, which is looked for only then.
func maybeBox(seen uint32) bool {
	return seen&(bxGift|bxChannel) != 0 || bits.OnesCount32(seen&paywallFams) >= 2 ||
		bits.OnesCount32(seen&newsletterFams) >= 2
}

// pairAt returns the family of a pair (boxPairs) that word i of tok closes.
func pairAt(tok *tokens, i int) uint32 {
	var f uint32
	for j := max(0, i-2); j < i; j++ {
		if e, ok := boxPairTable[pairKey(tok.w[j].hash, tok.w[i].hash)]; ok &&
			e.first == string(tok.word(j)) && e.second == string(tok.word(i)) {
			f |= e.fam
		}
	}
	return f
}

// boxPair is a pair of boxPairs in boxPairTable.
type boxPair struct {
	first, second string
	fam           uint32
}

// boxPairTable holds boxPairs by the fold hashes of their two words (pairKey), which pairAt
// has at hand: one lookup of a number per pair, where boxPairs takes a string's three. A pair
// keeps its words, so a match is exact; no two pairs of boxPairs share a key (the package's
// initialisation would panic).
var boxPairTable = func() map[uint64]boxPair {
	m := map[uint64]boxPair{}
	for b, firsts := range boxPairs {
		for a, f := range firsts {
			k := pairKey(fnv(a), fnv(b))
			if _, dup := m[k]; dup {
				panic("spam: two pairs of boxPairs share a hash: " + a + " " + b)
			}
			m[k] = boxPair{a, b, f}
		}
	}
	return m
}()

// amountAt returns the families of the number at i: a sum of money (bxChannel | bxOffer)
// when a word of currency stands right before or after it, or sign says t has a currency
// sign next to a figure; and with a sum, the voice of a seller when "only" stands before it
// ("für nur 9,99 €", "a soli 4,99 euro"): a box's, not news's.
func amountAt(tok *tokens, i int, sign bool) uint32 {
	money, only := sign, false
	for _, j := range [...]int{i - 2, i - 1, i + 1} {
		if j < 0 || j >= tok.n() || tok.w[j].sets&setBox == 0 {
			continue
		}
		w := string(tok.word(j))
		if boxWords[w]&bxAmount == 0 {
			continue
		}
		if currencyWords[w] {
			money = true
		} else if j < i {
			only = true
		}
	}
	switch {
	case money && only:
		return bxChannel | bxOffer | bxVoice | bxRequest
	case money:
		return bxChannel | bxOffer
	}
	return 0
}

// currencyWords are the folded words of currencies among the bxAmount words.
var currencyWords = wordSet("euro euros eur zl zloty zlotych zlote dollar dollars usd reais pln")

// formalRequest reports a German formal request: a verb in -en that opens t, a sentence or a
// clause after a dash, or follows "Jetzt", "Dann", "Bitte", then "Sie" ("Testen Sie …",
// "– verlängern Sie jetzt …", "Dann unterstützen Sie uns"), not "Mit dem Tarif zahlen Sie".
func formalRequest(t string) bool {
	fields := strings.Fields(t)
	for i := 1; i < len(fields); i++ {
		if strings.Trim(fields[i], ",.;:!?") != "Sie" || !germanVerb(strings.ToLower(fields[i-1])) {
			continue
		}
		if i == 1 {
			return true
		}
		before := fields[i-2]
		if r, _ := utf8.DecodeLastRuneInString(before); requestOpeners[before] || strings.ContainsRune(".!?:–—-", r) {
			return true
		}
	}
	return false
}

// requestOpeners are the words a German formal request may follow: "Jetzt testen Sie".
var requestOpeners = wordSet("Jetzt jetzt Dann dann Bitte bitte Einfach einfach Hier hier")

// midFormalYou reports a German formal "you" written mid-sentence ("Ihre E-Mail-Adresse",
// "Testen Sie"): the reader addressed.
func midFormalYou(t string) bool {
	if !strings.Contains(t, " Sie") && !strings.Contains(t, " Ihr") {
		return false
	}
	fields := strings.Fields(t)
	for i := 1; i < len(fields); i++ {
		if germanFormalYou[strings.Trim(fields[i], ",.;:!?")] && !strings.HasSuffix(fields[i-1], ".") {
			return true
		}
	}
	return false
}
