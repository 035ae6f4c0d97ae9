package spam

import (
	"bufio"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateVocab = flag.Bool("update-vocab", false, "retrain model/vocab.tsv from the project's training text")

// vocabLangs are the languages the model is trained for.
var vocabLangs = []string{"de", "en", "es", "fr", "it", "nl", "pl", "pt"}

// vocabTrainingText reads the project's own text the model learns from: the lines of
// testdata/vocab/lines.tsv (boilerplate by kind, and news of kind "keep"), the news sentences of
// filter/testdata/newsvoice.txt, and the labelled corpus (its injected lines and its kept
// paragraphs).
func vocabTrainingText(t testing.TB) (boiler, news map[string][]string) {
	boiler, news = map[string][]string{}, map[string][]string{}
	f, err := os.Open("testdata/vocab/lines.tsv")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		p := strings.SplitN(sc.Text(), "\t", 3)
		require.Len(t, p, 3, "lang<TAB>kind<TAB>text: %q", sc.Text())
		if p[1] == "keep" {
			news[p[0]] = append(news[p[0]], p[2])
		} else {
			boiler[p[0]] = append(boiler[p[0]], p[2])
		}
	}
	require.NoError(t, sc.Err())

	nv, err := os.ReadFile("../filter/testdata/newsvoice.txt")
	require.NoError(t, err)
	for line := range strings.Lines(string(nv)) {
		if lang, s, ok := strings.Cut(strings.TrimSpace(line), "\t"); ok && !strings.HasPrefix(line, "#") {
			lang = strings.TrimPrefix(lang, "~")
			news[lang] = append(news[lang], s)
		}
	}

	for _, lang := range vocabLangs {
		b, err := os.ReadFile(filepath.Join("..", "testdata", "corpus", lang+".jsonl"))
		require.NoError(t, err)
		for line := range strings.Lines(string(b)) {
			var doc struct {
				Labels struct{ Spam, Keep, Headings []string }
			}
			require.NoError(t, json.Unmarshal([]byte(line), &doc))
			boiler[lang] = append(boiler[lang], doc.Labels.Spam...)
			news[lang] = append(news[lang], doc.Labels.Keep...)
			news[lang] = append(news[lang], doc.Labels.Headings...)
		}
	}
	return boiler, news
}

// TestVocabModelCurrent checks that the embedded model is the one the training text gives, so
// a change to the text is never left untrained; -update-vocab rewrites it.
func TestVocabModelCurrent(t *testing.T) {
	boiler, news := vocabTrainingText(t)
	for _, lang := range vocabLangs {
		require.Greater(t, len(boiler[lang]), 100, lang)
		require.Greater(t, len(news[lang]), 100, lang)
	}
	got := vocabTrain(boiler, news)
	if *updateVocab {
		require.NoError(t, os.WriteFile("model/vocab.tsv", []byte(got), 0o644))
		return
	}
	if got == vocabFile {
		return
	}
	// Not byte for byte: math.Log may differ in its last bits on another architecture, and a
	// weight on a rounding boundary then prints one hundredth apart. The same features with
	// weights that close are the same model.
	const stale = "model/vocab.tsv is stale: run go test ./spam -run TestVocabModelCurrent -update-vocab"
	want, have := parseVocabLines(t, got), parseVocabLines(t, vocabFile)
	require.Equal(t, len(want), len(have), stale)
	for f, w := range want {
		h, ok := have[f]
		require.True(t, ok, "%s: %q missing", stale, f)
		require.InDelta(t, w, h, 0.011, "%s: %q", stale, f)
	}
}

// parseVocabLines reads a model file as feature to weight.
func parseVocabLines(t *testing.T, src string) map[string]float64 {
	m := map[string]float64{}
	for f, v := range vocabEntries(src) {
		if math.Abs(v) < vocabMinWeight+0.011 {
			continue // on the pruning boundary: kept on one architecture, dropped on another
		}
		m[f] = v
	}
	require.NotEmpty(t, m)
	return m
}

// TestVocabWeighsEvidence: a line whose only rule evidence is a word or two of site furniture
// ("e-mail") is boilerplate when the rest of its words are those of boilerplate, and news
// when they are those of news. The model adds its weight to the first and not to the second,
// and the reason stays the rule's.
func TestVocabWeighsEvidence(t *testing.T) {
	s := Default()
	for _, line := range []string{
		"Suas notícias favoritas no seu celular e no seu e-mail",
		"Vos infos préférées sur votre mobile et par e-mail",
		"Je favoriete nieuws op je telefoon en in je mail",
		"Toda la actualidad en tu email",
	} {
		v := s.Score(line)
		assert.True(t, v.Spam, "%s: %+v", line, v)
		assert.Contains(t, v.Evidence, "vocabulary", line)
		assert.NotEqual(t, "vocabulary", v.Reason, line)
	}
	var tok tokens
	for _, news := range []string{
		"A prefeitura passou a enviar os avisos de obras por e-mail aos moradores.",
		"La mairie enverra désormais les alertes de crue par e-mail, a indiqué le maire.",
		"De gemeente stuurt bewoners voortaan een mail als hun straat wordt opgebroken.",
		"El ayuntamiento avisará por email a los vecinos afectados por las obras, informó el alcalde.",
	} {
		v := s.Score(news)
		assert.False(t, v.Spam, "%s: %+v", news, v)
		tok.fold(news)
		assert.Less(t, vocabLogOdds(&tok, vocabModel()), float64(vocabFloor), news)
	}
}

// TestVocabAloneUnterminatedLine: a line of its own that no rule explains goes on its
// vocabulary only when its words are those of boilerplate beyond doubt and its place confirms
// it (off the article's topic); a sentence that ends with a full stop needs its words to lean
// much further ("Sichern Sie sich rechtzeitig einen Termin beim Bürgeramt, wenn Sie umziehen."
// is advice).
func TestVocabAloneUnterminatedLine(t *testing.T) {
	s := Default()
	line := "Todo lo que necesitas saber hoy, cada mañana para ti"
	article := []string{
		"El Ayuntamiento de Cádiz aprobó ayer el presupuesto municipal para el próximo año con los votos del gobierno local y la abstención de la oposición.",
		line,
		"Las cuentas incluyen una partida de doce millones de euros para la rehabilitación del mercado central y la mejora del alumbrado en los barrios del sur.",
		"La alcaldesa defendió que el documento reduce la deuda por tercer año consecutivo y mantiene congelados los impuestos.",
	}
	// Without a document there is no place to confirm it, and a unit scored without one (the
	// head a cut would leave, see Tail) has no evidence from the model alone.
	alone := s.Score(line)
	assert.False(t, alone.Spam, "%+v", alone)
	assert.Empty(t, alone.Evidence)
	head := "If you're pressed for time, here's a look at my top five: More From the Site"
	start, tv := s.Tail(head, Context{})
	assert.Equal(t, strings.Index(head, "More"), start, "%+v", tv)
	v := s.ScoreIn(line, Line, Context{Doc: NewDoc(article), Para: 1})
	assert.True(t, v.Spam, "%+v", v)
	assert.Equal(t, "vocabulary", v.Reason)

	var tok tokens
	advice := "Sichern Sie sich rechtzeitig einen Termin beim Bürgeramt, wenn Sie umziehen möchten."
	tok.fold(advice)
	require.GreaterOrEqual(t, vocabLogOdds(&tok, vocabModel()), float64(vocabAloneFloor),
		"the case needs a sentence the model takes for boilerplate")
	article[1] = advice
	v = s.ScoreIn(advice, Line, Context{Doc: NewDoc(article), Para: 1})
	assert.False(t, v.Spam, "%+v", v)
	assert.Empty(t, v.Evidence)
}

// TestVocabAloneLongLine: an unexplained line of its own longer than a label (17 words here)
// is judged on its vocabulary too; its topic confirms it, as for a short line.
func TestVocabAloneLongLine(t *testing.T) {
	s := Default()
	line := "Open your first trading account in five minutes with NordTrade and pay no fees for your first month 🚀"
	article := []string{
		"The county council approved a new flood defence scheme for the lower valley on Tuesday after two years of consultation with residents and farmers.",
		line,
		"Work on the embankments is due to start in the spring, and the scheme should protect about 1,200 homes from the kind of flooding seen three winters ago.",
		"Opponents had argued that the money would be better spent upstream, where wetlands could hold back water before it reaches the villages.",
	}
	assert.Empty(t, s.Score(line).Evidence, "no rule, family or shape explains the line")
	v := s.ScoreIn(line, Line, Context{Doc: NewDoc(article), Para: 1})
	assert.True(t, v.Spam, "%+v", v)
	assert.Contains(t, v.Evidence, "off-topic")
}

// TestVocabLongAlone: a line of its own longer than the model judges alone as a unit, which no
// rule, family or shape explains, goes when its words average vocabLongPerWord of log-odds
// from end to end: a box kept as one paragraph in wordings no rule holds. Undamped for its
// length, the model alone carries it. A paragraph of news on the same subject stays, and
// outside a document nothing explains the box.
func TestVocabLongAlone(t *testing.T) {
	s := Default()
	box := "Questo servizio è uscito sull'edizione di carta del nostro settimanale, in edicola da giovedì. Il numero completo, con le pagine di tutti i paesi della provincia, lo sport e gli annunci, si può sfogliare anche in versione digitale sul sito e nella app."
	news := "La redazione del settimanale ha deciso di chiudere l'edizione di carta a fine anno, ha spiegato il direttore Marco Ferri, perché i costi della stampa sono raddoppiati e le vendite in edicola sono scese del quaranta per cento in cinque anni."
	assert.Empty(t, s.Score(box).Evidence, "no rule, family or shape explains the box")
	v := lineBetween(s, box)
	assert.True(t, v.Spam, "%+v", v)
	assert.Equal(t, VocabularyEvidence, v.Reason)
	v = lineBetween(s, news)
	assert.False(t, v.Spam, "%+v", v)
	assert.NotContains(t, v.Evidence, VocabularyEvidence)
}

// TestVocabGlued: a sentence glued to the end of a paragraph whose rule evidence is weak alone
// (a loan's topic phrase) is a promo when its words are those of one; the host stays.
func TestVocabGlued(t *testing.T) {
	s := Default()
	promo := "Prestito veloce senza busta paga: fino a 3.000 euro sul tuo conto oggi."
	v := s.ScoreAs(promo, Glued)
	assert.True(t, v.Spam, "%+v", v)
	assert.Contains(t, v.Evidence, "vocabulary")
	assert.Equal(t, "loan-phrase", v.Reason)
	news := "Secondo la Banca d'Italia, i prestiti senza busta paga sono spesso offerti da intermediari non autorizzati."
	assert.False(t, s.ScoreAs(news, Glued).Spam)
}

// TestVocabGluedAlone: a sentence glued to the end of a paragraph that no rule explains goes on
// its vocabulary alone only inside a document and only when its words lean far towards
// boilerplate (log-odds >= vocabGluedAlone); a news sentence on the same topic stays.
func TestVocabGluedAlone(t *testing.T) {
	s := Default()
	promo := "Open your CryptoNorth account today, buy your first bitcoin from $5 and get $10 free."
	article := []string{
		"The regional rail operator will add two early trains on the coastal line from March, after commuters complained about overcrowding. " + promo,
		"The transport authority said the extra services would cost about 2 million pounds a year.",
		"Passenger groups welcomed the decision but called for longer trains at weekends.",
	}
	var tok tokens
	tok.fold(promo)
	require.GreaterOrEqual(t, vocabLogOdds(&tok, vocabModel()), float64(vocabGluedAlone))
	assert.False(t, s.ScoreAs(promo, Glued).Spam, "without a document the model is no evidence alone")
	v := s.ScoreIn(promo, Glued, Context{Doc: NewDoc(article), Para: 0, Tail: true})
	assert.True(t, v.Spam, "%+v", v)
	assert.Equal(t, "vocabulary", v.Reason)

	news := "The exchange had offered new customers 10 dollars in bitcoin, according to the regulator's report."
	article[0] = "The regional rail operator will add two early trains on the coastal line from March. " + news
	v = s.ScoreIn(news, Glued, Context{Doc: NewDoc(article), Para: 0, Tail: true})
	assert.False(t, v.Spam, "%+v", v)
}

// TestVocabIsBuiltin: a scorer without the built-ins has only its user's rules, shapes and
// context: the model goes with the built-in rules.
func TestVocabIsBuiltin(t *testing.T) {
	promo := "Open your CryptoNorth account today, buy your first bitcoin from $5 and get $10 free."
	article := []string{
		"The regional rail operator will add two early trains on the coastal line from March. " + promo,
		"The transport authority said the extra services would cost about 2 million pounds a year.",
		"Passenger groups welcomed the decision but called for longer trains at weekends.",
	}
	ctx := Context{Doc: NewDoc(article), Para: 0, Tail: true}
	require.True(t, Default().ScoreIn(promo, Glued, ctx).Spam)
	rs, err := ParseRules(strings.NewReader("[en]\npromo: mega deal\n"), "mine.rules")
	require.NoError(t, err)
	own, err := New(WithoutBuiltins(), WithRules(rs...))
	require.NoError(t, err)
	v := own.ScoreIn(promo, Glued, ctx)
	assert.False(t, v.Spam, "%+v", v)
	assert.NotContains(t, v.Evidence, "vocabulary")
	line := "Suas notícias favoritas no seu celular e no seu e-mail"
	assert.NotContains(t, own.Score(line).Evidence, "vocabulary")
}

// TestVocabGluedWeakest: a sentence whose only evidence is words of site furniture is an ad
// when its words lean as far as such a sentence's must (vocabFurnitureSentence), and the
// site's or the article's sentence when they do not: a newsroom tells of its own work in the
// words of its pages.
func TestVocabGluedWeakest(t *testing.T) {
	s := Default()
	ad := "Tagesgeld mit 3,5 % Zinsen, täglich verfügbar – jetzt Konto eröffnen."
	v := s.ScoreAs(ad, Glued)
	assert.True(t, v.Spam, "%+v", v)
	assert.Equal(t, []string{"vocabulary", "ui:konto"}, v.Evidence)
	for _, keep := range []string{
		"Die Stellenanzeige finden Sie hier als PDF zum Ausdrucken.",
		"Die Sparkasse verlangt künftig Gebühren für jedes Konto, teilte sie mit.",
		"La redazione risponde alle lettere dei lettori ogni venerdì nella pagina dei commenti.",
		"Contenuto a cura della redazione sportiva: le pagelle della partita.",
	} {
		for _, kind := range []Kind{Line, Glued} {
			v := s.ScoreAs(keep, kind)
			assert.False(t, v.Spam, "%s: %+v", keep, v)
		}
	}
	var tok tokens
	tok.fold("La redazione risponde alle lettere dei lettori ogni venerdì nella pagina dei commenti.")
	assert.GreaterOrEqual(t, vocabLogOdds(&tok, vocabModel()), float64(vocabSentenceFloor),
		"the case needs a sentence of site furniture over the sentence floor")
}

// TestVocabTable: the flat table returns every weight put in, and 0 for a key it does not hold,
// however the keys crowd its slots.
func TestVocabTable(t *testing.T) {
	m := newVocabTable(5000)
	want := map[uint64]float32{}
	for i := uint64(1); i <= 5000; i++ {
		k := pairKey(uint32(i*2654435761), uint32(i%7)) // crowded low bits
		want[k] = float32(i) / 100
		m.put(k, want[k])
	}
	for k, w := range want {
		require.Equal(t, w, m.get(k), "%x", k)
	}
	for i := uint64(5001); i <= 6000; i++ {
		assert.Zero(t, m.get(pairKey(uint32(i*2654435761), uint32(i%7))))
	}
	assert.Zero(t, m.get(0))
	// The embedded model holds each of its file's features, each in a slot of its own: no two
	// of them meet under one fingerprint (a retrained model that makes two meet fails here).
	model := vocabModel()
	words, features := 0, 0
	for f, v := range vocabEntries(vocabFile) {
		features++
		a, b, pair := strings.Cut(f, " ")
		k := pairKey(fnv(a), 0)
		if pair {
			k = pairKey(fnv(a), fnv(b))
		} else {
			words++
		}
		require.Equal(t, float32(v), model.get(k), f)
	}
	require.Greater(t, words, 1000)
	occupied := 0
	for _, s := range model.slots {
		if s.fp != 0 {
			occupied++
		}
	}
	assert.Equal(t, features, occupied)
}

// TestVocabLongBox: a box longer than the model judges as a unit, kept by the scraper as one
// paragraph, is not damped for its length when its rules found some evidence and its words
// average a full unit of log-odds each; a paragraph of news that holds the same phrase averages
// far less and stays.
func TestVocabLongBox(t *testing.T) {
	s := Default()
	// (Without a salutation to the readers: with one, the box is a letter to them, see
	// TestSalutedLine.)
	box := "Unabhängiger Lokaljournalismus kostet Geld. Wir gehören keinem Konzern, wir finanzieren uns über Abonnements und die Unterstützung unserer Leserinnen und Leser. Schon mit fünf Euro im Monat unterstützen Sie unsere Arbeit und helfen uns, weiter über Ihre Stadt zu berichten. Vielen Dank!"
	v := s.Score(box)
	assert.True(t, v.Spam, "%+v", v)
	assert.Contains(t, v.Evidence, "vocabulary")
	news := "Der Verein finanziert sich nach eigenen Angaben vor allem über Mitgliedsbeiträge; „wir finanzieren uns zu zwei Dritteln aus Spenden“, sagte die Vorsitzende am Dienstag bei der Jahresversammlung im Bürgerhaus, zu der rund achtzig Mitglieder gekommen waren. Der Haushalt für das kommende Jahr sieht Ausgaben von 120.000 Euro vor."
	v = s.Score(news)
	assert.False(t, v.Spam, "%+v", v)
	assert.NotContains(t, v.Evidence, "vocabulary")
}

// TestEndsSentence: a sentence ends on its stop, also inside closing quotes of any style
// (German „…“ closes on “) and brackets; a label or a teaser does not end.
func TestEndsSentence(t *testing.T) {
	for _, s := range []string{"Er kam.", "„Wir kommen wieder.“", "“We will.”", "« Nous verrons. »", "(Siehe oben.)", "Wirklich?", "Hier:"} {
		assert.True(t, EndsSentence(s), s)
	}
	for _, s := range []string{"Alle Tore im Video ansehen", "„Wir kommen wieder“ als Motto", "Mehr dazu ›", ""} {
		assert.False(t, EndsSentence(s), s)
	}
}

// Short labels of site furniture written for this test, whose words lean towards boilerplate
// but are too few to reach the model's floors, go between the long paragraphs of an article;
// subheadings in sentence case with the same furniture words, and a short line of a live
// ticker that leans as far with no such word, stay.
func TestShortLean(t *testing.T) {
	for _, l := range []string{"Free weekly newsletter", "Gratis wekelijkse nieuwsbrief", "Boletín semanal gratuito"} {
		v := scoreBetween(l)
		assert.True(t, v.Spam, "%q: %+v", l, v)
		assert.Contains(t, v.Evidence, VocabularyEvidence, "%q", l)
		// Outside a document the model does not speak for so short a line.
		assert.False(t, Default().Score(l).Spam, "%q alone", l)
	}
	for _, h := range []string{"Abonnenten zahlen ab Mai mehr", "Los suscriptores, en cifras", "Die Zahl der Abonnenten",
		"Wer die Abonnenten sind", "Il commento del sindaco", "Reacties van lezers", "Gleich geht es los"} {
		v := scoreBetween(h)
		assert.False(t, v.Spam, "%q: %+v", h, v)
		assert.NotContains(t, v.Evidence, VocabularyEvidence, "%q", h)
	}
	// A sentence is no label, however few its words.
	assert.False(t, shortLean("Subscribe now.", 2, 6))
	assert.True(t, shortLean("Warum ein Abo?", 3, 5.25))
	assert.False(t, shortLean("Warum ein Abo?", 3, 3.3), "under the floor")
	assert.False(t, shortLean("Free weekly newsletter for all our readers", 7, 12), "too long")
}

// TestVocabularySiteToReader: a line no rule explains, in which the site speaks of itself to
// the reader in the words of its boxes, goes on the model's word without its place confirming
// it (vocabVoiceFloor); advice to the reader in the same words, with no "we", does not.
func TestVocabularySiteToReader(t *testing.T) {
	s := Default()
	for _, c := range []struct{ before, line, after string }{
		{"Le conseil municipal a voté jeudi soir le budget de la ville, après quatre heures de débat.",
			"Envie de recevoir nos meilleurs articles chaque vendredi ? Laissez-nous votre adresse.",
			"L'opposition a annoncé un recours devant le tribunal administratif."},
		{"De gemeenteraad heeft donderdagavond de begroting goedgekeurd na een debat van vier uur.",
			"Vond je dit een goed stuk? Met een kleine maandelijkse bijdrage houd je ons in de lucht.",
			"De oppositie stapt naar de rechter."},
	} {
		doc := NewDoc([]string{c.before, c.line, c.after})
		v := s.ScoreIn(c.line, Line, Context{Doc: doc, Para: 1})
		assert.True(t, v.Spam, "%q: %+v", c.line, v)
		assert.Contains(t, v.Evidence, VocabularyEvidence, c.line)
	}
	// A label in the site's voice that does not end like a sentence, under vocabVoiceFloor,
	// keeps the floor and the weight of any line's, and its place confirms it.
	label := "Our best stories for you every morning"
	doc := NewDoc([]string{
		"The city council approved the budget on Thursday night after a debate that lasted more than four hours, with eighteen votes in favour and seven against.",
		label,
		"The opposition said it would take the matter to court, arguing that several items had never been discussed in committee before the vote.",
	})
	v := s.ScoreIn(label, Line, Context{Doc: doc, Para: 1})
	assert.True(t, v.Spam, "%q: %+v", label, v)
	assert.Contains(t, v.Evidence, VocabularyEvidence, label)
	advice := "If you want to cancel your subscription, you can do it online in your account settings."
	doc = NewDoc([]string{"The city council approved the budget on Thursday night after a four-hour debate.", advice,
		"The opposition said it would take the matter to court."})
	assert.False(t, s.ScoreIn(advice, Line, Context{Doc: doc, Para: 1}).Spam, advice)
}
