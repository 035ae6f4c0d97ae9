package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newsclean/newsclean/spam"
)

// The article around the units these tests put in it.
const (
	boxNews  = "Die Stadtwerke senken zum Jahreswechsel die Preise für Fernwärme um durchschnittlich zwölf Prozent, nachdem die Einkaufskosten deutlich gefallen sind."
	boxAfter = "Die Senkung gilt für alle Haushalte im Stadtgebiet, teilte ein Sprecher mit; Gewerbekunden sollen im Frühjahr ein eigenes Angebot erhalten."
	itNews   = "Il consiglio comunale ha approvato ieri sera il bilancio di previsione con 18 voti favorevoli e 7 contrari, dopo una seduta durata oltre quattro ore."
	ptBefore = "O jornal publicou ontem uma reportagem sobre o preço da energia, que sobe pelo terceiro mês consecutivo em todo o país."
	ptAfter  = "Segundo a reportagem, as famílias com rendimentos mais baixos pagam em média mais 15 euros por mês na fatura da eletricidade."
	itAfter  = "Il sindaco ha detto che i lavori partiranno in primavera e dureranno circa due anni, con un costo stimato di tre milioni di euro."
)

// cleanParas cleans the paragraphs paras, checks the invariants and returns the result with
// its spam removals.
func cleanParas(t *testing.T, paras ...string) (Result, []Removal) {
	t.Helper()
	in := strings.Join(paras, "\n\n")
	res := Clean(in)
	checkInvariants(t, in, res)
	return res, byStage(res, StageSpam)
}

// assertOnlySpam asserts that want is the one spam removal of res, with evidence ev, and that
// each of kept is in the output.
func assertOnlySpam(t *testing.T, res Result, spam []Removal, want, ev string, kept ...string) {
	t.Helper()
	if assert.Len(t, spam, 1, "%+v", spam) {
		assert.Equal(t, want, spam[0].Text)
		assert.Contains(t, spam[0].Evidence, ev)
	}
	for _, k := range kept {
		assert.Contains(t, res.Text, k)
	}
}

// TestVocabularyBox: a box the scraper kept as one paragraph goes whole when the glued rules
// found its last sentence (the sign-up line) and the vocabulary model reads the sentences
// before it, which have no evidence of their own, as the site's text. The same sign-up line
// glued to a paragraph of news takes only itself.
func TestVocabularyBox(t *testing.T) {
	box := "„Markt am Morgen“ ist unser täglicher Wirtschaftspodcast. Jeden Werktag ab 6 Uhr mit unseren Börsenreportern. Für Anleger und alle, die es werden wollen. Abonnieren Sie ihn bei Spotify oder Apple Podcasts."
	res, spam := cleanParas(t, boxNews, box, boxAfter)
	assertOnlySpam(t, res, spam, box, "vocabulary-box", boxNews, boxAfter)
	// The sign-up sentence glued to news takes only itself, and news that reports an offer
	// in its words stays.
	report := "Der Verlag kündigte an, Leserinnen und Leser könnten ab Januar für vier Euro im Monat unbegrenzt auf alle Artikel zugreifen. Die Zahl der Digitalabos sei im vergangenen Jahr um zwölf Prozent gestiegen."
	res, _ = cleanParas(t, boxNews+" Abonnieren Sie ihn bei Spotify oder Apple Podcasts.", report, boxAfter)
	assert.Contains(t, res.Text, boxNews)
	assert.NotContains(t, res.Text, "Apple Podcasts")
	assert.Contains(t, res.Text, report)
}

// TestVocabularySpread: a line of two sentences that the vocabulary model alone judged goes
// when each of its sentences leans towards boilerplate in its words (spam.LeansBoilerplate),
// though no rule found evidence in either: the model's evidence is spread over the line.
func TestVocabularySpread(t *testing.T) {
	line := "Sie möchten keine Nachricht aus Ihrem Viertel verpassen? Die Lokalredaktion jetzt auch als Kanal auf Ihrem Handy."
	res, spam := cleanParas(t, boxNews, line, boxAfter)
	assertOnlySpam(t, res, spam, line, "vocabulary", boxNews, boxAfter)
}

// TestVocabularyOpenEnd: a teaser run on after the article's last full stop, with no rule
// phrase in it and no full stop of its own, goes on its vocabulary; the article's sentence
// stays. A last sentence of news that lacks its full stop stays, and so does one that ends on
// a German closing quote.
func TestVocabularyOpenEnd(t *testing.T) {
	teaser := "Jetzt die wichtigsten Nachrichten aus Ihrer Region aufs Handy holen"
	res, spam := cleanParas(t, boxNews+" "+teaser, boxAfter)
	assertOnlySpam(t, res, spam, teaser, "vocabulary", boxNews)
	for _, end := range []string{
		"Die Stadtwerke rechnen mit weiteren Senkungen im Frühjahr",
		"„Wir geben die Ersparnis vollständig an unsere Kundinnen und Kunden weiter“, sagte der Geschäftsführer. „Jeder Haushalt spart im Schnitt 90 Euro.“",
	} {
		_, spam := cleanParas(t, boxNews+" "+end, boxAfter)
		assert.Empty(t, spam, end)
	}
}

// TestVocabularyBoxSentence: the sentence right before a promo glued to the end of a
// paragraph goes with it when the vocabulary model reads every part of it as boilerplate
// (spam.DenseBoilerplate): the presentation of the box the promo ends. A sentence of the
// article in that place stays.
func TestVocabularyBoxSentence(t *testing.T) {
	box := "Dieser Artikel enthält Links zu ausgewählten Händlern. Bei einem Kauf erhalten wir eine Provision."
	res, spam := cleanParas(t, boxNews+" "+box, boxAfter)
	assertOnlySpam(t, res, spam, box, "box-sentence", boxNews)
	news := "Die neuen Tarife stehen ab Montag auf der Website der Stadtwerke."
	res, spam = cleanParas(t, boxNews+" "+news+" Bei einem Kauf erhalten wir eine Provision.", boxAfter)
	assertOnlySpam(t, res, spam, "Bei einem Kauf erhalten wir eine Provision.", "affiliate:erhalten wir eine provision", boxNews+" "+news)
}

// TestVocabularyTeaser: a short question right before a promo glued to the end of a
// paragraph goes with it when its words lean towards boilerplate throughout
// (spam.LeansThroughout), though it speaks to the reader only in a verb's person, with no "you"
// (spam.AddressesReader). A reporter's question in that place stays.
func TestVocabularyTeaser(t *testing.T) {
	promo := "Scarica la nostra app e ascolta le notizie del giorno in cinque minuti."
	res, spam := cleanParas(t, itNews+" Poco tempo per leggere? "+promo, itAfter)
	assertOnlySpam(t, res, spam, "Poco tempo per leggere? "+promo, "box-sentence", itNews)
	question := "Chi pagherà il conto?"
	res, spam = cleanParas(t, itNews+" "+question+" "+promo, itAfter)
	assertOnlySpam(t, res, spam, promo, "app:scarica la nostra app", itNews+" "+question)
}

// TestVocabularyBoxEnd: the sentence that ends a paragraph after a glued promo goes with it
// when its words lean towards boilerplate word after word (spam.LeansThroughout), though it
// is too long to pass for a fragment and no rule finds it: the rest of the box. A sentence of
// news in that place keeps the promo before it too, as before: the walk from the end stops
// at it.
func TestVocabularyBoxEnd(t *testing.T) {
	box := "Utilizziamo cookie tecnici e di profilazione per migliorare la tua navigazione. Proseguendo nella navigazione del sito accetti il loro utilizzo in ogni pagina."
	res, spam := cleanParas(t, itNews+" "+box, itAfter)
	assertOnlySpam(t, res, spam, box, "after-glued-promo", itNews, itAfter)
	end := "Il sindaco ha promesso nuove risposte ai cittadini entro la fine del mese."
	res, spam = cleanParas(t, itNews+" Utilizziamo cookie tecnici e di profilazione per migliorare la tua navigazione. "+end, itAfter)
	assert.Empty(t, spam)
	assert.Contains(t, res.Text, end)
}

// TestVocabularyLongLine: a line of more than 20 words that the model alone judged, off the
// article's topic, is not damped for its length when its words average 1.5 a word or more
// (vocabAlonePerWord): a follow box of 30 words goes. A newsroom's note to its readers in
// the site's voice, averaging 1.3, stays.
func TestVocabularyLongLine(t *testing.T) {
	follow := "Ci trovi anche su Threads e su Bluesky: ogni giorno le notizie più lette della tua città, le foto dei lettori e i video della redazione, direttamente sul tuo telefono."
	res, spam := cleanParas(t, itNews, follow, itAfter)
	assertOnlySpam(t, res, spam, follow, "vocabulary", itNews, itAfter)
	note := "Viele Leserinnen und Leser haben uns nach dem Sturm Fotos aus ihren Gärten geschickt. Eine Auswahl zeigen wir in unserer Bildergalerie auf der Lokalseite."
	_, spam = cleanParas(t, boxNews, note, boxAfter)
	assert.Empty(t, spam)
}

// TestVocabularyRestOfBox: a line that is spam as a whole, whose opening sentence the glued
// rules took, goes whole when the sentences after it lean towards boilerplate in their words:
// a rights notice of two sentences. The same opening glued to the start of a paragraph of
// news takes only itself.
func TestVocabularyRestOfBox(t *testing.T) {
	opening := "È vietata la riproduzione, anche parziale, dei contenuti senza autorizzazione scritta."
	notice := opening + " I testi inviati dai lettori restano di proprietà dei rispettivi autori."
	res, spam := cleanParas(t, itNews, notice, itAfter)
	assertOnlySpam(t, res, spam, notice, "copyright:e vietata la riproduzione", itNews, itAfter)
	res, spam = cleanParas(t, itNews, opening+" "+itAfter)
	assertOnlySpam(t, res, spam, opening, "copyright:e vietata la riproduzione", itNews, itAfter)
}

// TestVocabularyTailRun: two sentences glued to the end of a paragraph, no rule finding
// either, go together when each leans towards boilerplate in its words and the model alone
// judges them as one unit: an appeal's thanks and its premise. The article's sentence before
// them stays.
func TestVocabularyTailRun(t *testing.T) {
	run := "Danke, dass Sie unseren Journalismus lesen. Jeder Euro, ob einmalig oder monatlich, macht unsere Recherchen vor Ort möglich."
	res, spam := cleanParas(t, boxNews+" "+run, boxAfter)
	assertOnlySpam(t, res, spam, run, "vocabulary-run", boxNews, boxAfter)
}

// TestVocabularyDenseTail: a sentence at the end of a paragraph that ends like a sentence,
// offers no money and does not shout goes on the model's word alone when its log-odds is
// high and every part of it leans towards boilerplate, from its first words on: a consent
// notice in the site's voice. A sentence of news in some of its words stays there.
func TestVocabularyDenseTail(t *testing.T) {
	news := "El ayuntamiento aprobó ayer el presupuesto municipal para el próximo año con los votos del gobierno local y la abstención de la oposición."
	after := "La inversión en transporte público crecerá un 12 por ciento, según explicó la concejala de Hacienda en la rueda de prensa posterior."
	notice := "Puedes cambiar tu elección en cualquier momento desde el enlace al pie de esta página."
	res, spam := cleanParas(t, news+" "+notice, after)
	assertOnlySpam(t, res, spam, notice, "vocabulary", news, after)
	report := "Los vecinos podrán consultar el documento completo en la web municipal a partir del lunes."
	_, spam = cleanParas(t, news+" "+report, after)
	assert.Empty(t, spam)
	// 1.8 a word: a consent line of a sign-up form.
	consent := "Ao clicar em Enviar, você autoriza o uso dos seus dados para o envio de conteúdos editoriais do jornal."
	res, spam = cleanParas(t, ptBefore+" "+consent, ptAfter)
	assertOnlySpam(t, res, spam, consent, "vocabulary", ptBefore, ptAfter)
}

// TestVocabularyBoxRounds: a consent box kept as one paragraph goes whole though its first
// round took only its last sentences (the button row, and before it a sentence the model
// judged): the sentences spam took count as evidence when the rest is weighed again.
func TestVocabularyBoxRounds(t *testing.T) {
	box := "Il tuo consenso conta per noi. Con il tuo permesso, noi e i nostri partner potremmo usare dati di navigazione per mostrarti annunci più utili. Puoi cliccare su «Accetta» per dare il consenso oppure su «Rifiuta» per negarlo, o leggere prima i dettagli. Le tue scelte valgono solo per questo sito. Accetta Rifiuta Scopri di più"
	res, spam := cleanParas(t, itNews, box, itAfter)
	assert.NotEmpty(t, spam)
	assert.Equal(t, itNews+"\n\n"+itAfter, strings.TrimSpace(res.Text))
}

// TestVocabularyRestWithModel: a paywall box kept as one paragraph goes whole when the
// sentence before its sign-up line went as the box's presentation (box-sentence): that
// sentence is read with the rest (modelOnly), and the box reads as boilerplate together.
// Without it, the first sentence stayed behind alone. The end-to-end case may take other
// ways as the model changes; restReadsAsBoilerplate is asked directly below.
func TestVocabularyRestWithModel(t *testing.T) {
	first := "Esta reportagem levou quatro meses e contou com seis jornalistas da nossa redação."
	dense := "Só é possível porque milhares de leitores pagam pelo nosso jornalismo."
	signup := "Assine hoje por 1 euro no primeiro mês."
	box := first + " " + dense + " " + signup
	res, removed := cleanParas(t, ptBefore, box, ptAfter)
	assertOnlySpam(t, res, removed, box, "vocabulary-box", ptBefore, ptAfter)

	d := newDocument(box)
	d.segment(0)
	require.Len(t, d.paras, 1)
	require.Len(t, d.paras[0].sents, 3)
	sc := spam.Default()
	require.False(t, sc.ReadsAsBoilerplate(first), "the case needs a first sentence too weak alone")
	rule := d.sentenceMark(0, 2, 3, StageSpam, "paywall-phrase", "paywall:^assine")
	assert.True(t, restReadsAsBoilerplate(d, sc, 0, []mark{rule, d.sentenceMark(0, 1, 2, StageSpam, "paywall-phrase", boxSentence)}))
	// Taken on a rule's evidence, the sentence is not the model's: the rest is read alone.
	assert.False(t, restReadsAsBoilerplate(d, sc, 0, []mark{rule, d.sentenceMark(0, 1, 2, StageSpam, "paywall-phrase", "paywall:x")}))
}

// TestSalutationGlued: a letter to the readers glued after the article's last sentence goes
// from its salutation on, though no rule phrase is in it: the model reads the run as the
// site's text. Kept as a paragraph of its own it goes whole. A paragraph of news that goes
// on after a salutation stays.
func TestSalutationGlued(t *testing.T) {
	letter := "Cari lettori, da oggi i commenti sotto gli articoli saranno aperti solo agli utenti registrati. Lo facciamo per tenere lontani troll e messaggi offensivi e per garantire a tutti una discussione civile."
	res, removed := cleanParas(t, itNews+" "+letter, itAfter)
	assertOnlySpam(t, res, removed, letter, spam.SalutationEvidence, itNews, itAfter)
	res, removed = cleanParas(t, itNews, letter, itAfter)
	assertOnlySpam(t, res, removed, letter, spam.SalutationEvidence, itNews, itAfter)
	// A letter whose last sentence the glued rules find goes whole, in one removal, the
	// sentences before it too.
	es := "Estimado lector, muchas gracias por su interés en nuestras publicaciones. Sumamos el registro para conocer sus intereses y mejorar la información que le ofrecemos cada día. Para más información haga clic aquí"
	esNews := "El gobierno provincial anunció ayer un nuevo plan de obras para las rutas del norte, con una inversión de 300 millones de pesos."
	esAfter := "Las obras comenzarán en marzo y durarán hasta fin de año, según informó el ministerio."
	res, removed = cleanParas(t, esNews, es, esAfter)
	assertOnlySpam(t, res, removed, es, spam.SalutationEvidence, esNews, esAfter)
	report := "Cari lettori, il bilancio prevede anche tre milioni di euro per le scuole e due per la manutenzione delle strade provinciali."
	_, removed = cleanParas(t, itNews+" "+report, itAfter)
	assert.Empty(t, removed)
}

// TestVocabularyBoxRun: the sentences right before a promo glued to the end of a paragraph
// (at most two) go with it when each leans towards boilerplate word after word and together
// they read as the site's text, after a sentence of the article. A box kept as a paragraph of
// its own, whose every sentence leans, is left to the paragraph's verdict, and a sentence of
// news before the promo stays.
func TestVocabularyBoxRun(t *testing.T) {
	news := "A câmara municipal aprovou na terça-feira o alargamento das faixas de autocarro na avenida principal, um plano contestado durante meses pelos condutores."
	box := "Percebemos que você usa um bloqueador de anúncios. A publicidade ajuda a pagar o salário dos nossos jornalistas."
	promo := "Desative o bloqueador neste site ou assine a versão sem anúncios."
	sc := spam.Default()
	for _, c := range []struct {
		para string
		last int // the walk took the sentences from this one on
		want int // the run's first sentence, 0 for none
	}{
		{news + " " + box + " " + promo, 3, 1},
		{"Os anúncios permitem-nos oferecer gratuitamente as nossas notícias. " + box + " " + promo, 3, 0}, // every sentence leans: the paragraph's verdict decides
		{news + " " + promo, 1, 0},              // nothing before the promo but the article
		{news + " " + news + " " + promo, 2, 0}, // news before the promo
	} {
		d := newDocument(c.para)
		d.segment(0)
		require.Len(t, d.paras, 1)
		ks := d.keptSents(0)
		j, ok := boxRun(d, sc, 0, ks, c.last)
		assert.Equal(t, c.want > 0, ok, c.para)
		assert.Equal(t, c.want, j, c.para)
	}
}

// TestSpreadPastFragments: a paywall box kept as one paragraph, whose sign-up sentence the
// rules found and whose price and button after it are a few words each, goes whole: the
// fragments say nothing either way when the evidence is weighed over the sentences.
func TestSpreadPastFragments(t *testing.T) {
	before := "The city council voted on Tuesday to extend the bus lanes on Main Street, a plan that drivers had opposed for months."
	after := "The works are due to start in March, the council said."
	box := "Get unlimited access to every story on the Northern Ledger — and support local reporters while you're at it. Just $4/month. Upgrade"
	res, removed := cleanParas(t, before, box, after)
	if assert.Len(t, removed, 1, "%+v", removed) {
		assert.Equal(t, box, removed[0].Text)
	}
	assert.Equal(t, before+"\n\n"+after, strings.TrimSpace(res.Text))
}

// TestVocabularyBoxRequestAfterOpening: a short sentence right after a box's opening glued to
// the start of a paragraph, in the box's words throughout, is the box's request and goes with
// it (boxTailWords); a short sentence of the article there stays.
func TestVocabularyBoxRequestAfterOpening(t *testing.T) {
	opening := "Hai notato un errore in questo articolo?"
	request := "Segnalalo alla redazione."
	res, spam := cleanParas(t, itNews, opening+" "+request+" "+itAfter)
	assertOnlySpam(t, res, spam, opening+" "+request, boxSentence, itNews, itAfter)
	news := "Nessuno è rimasto ferito."
	res, spam = cleanParas(t, itNews, opening+" "+news+" "+itAfter)
	assertOnlySpam(t, res, spam, opening, "feedback:^hai notato un errore", itNews, news, itAfter)
}
