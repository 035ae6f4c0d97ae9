package filter

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/newsclean/newsclean/spam"
)

// newsVoiceHosts are three paragraphs of an ordinary news article per language, written for
// the test, that the sentences of testdata/newsvoice.txt are put into.
var newsVoiceHosts = map[string][3]string{
	"en": {
		"The county council approved its budget for next year on Tuesday evening after a debate that lasted more than four hours. Spending on roads and schools will rise by three per cent.",
		"Opposition councillors had argued that the increase was too small to make up for a decade of cuts. The leader of the council replied that the county could not borrow more.",
		"The budget will be reviewed in the spring, when the government is expected to announce how much money local authorities will receive.",
	},
	"de": {
		"Der Stadtrat hat am Dienstagabend nach mehr als vier Stunden Debatte den Haushalt für das kommende Jahr beschlossen. Die Ausgaben für Straßen und Schulen steigen um drei Prozent.",
		"Die Opposition hatte argumentiert, die Erhöhung reiche nicht aus, um die Kürzungen der vergangenen Jahre auszugleichen. Der Oberbürgermeister entgegnete, die Stadt könne keine weiteren Kredite aufnehmen.",
		"Im Frühjahr soll der Haushalt noch einmal überprüft werden, wenn das Land die Zuweisungen an die Kommunen bekanntgibt.",
	},
	"fr": {
		"Le conseil municipal a adopté mardi soir le budget de l'année prochaine, après un débat de plus de quatre heures. Les dépenses consacrées aux routes et aux écoles augmenteront de 3 %.",
		"L'opposition estimait que cette hausse ne suffirait pas à compenser dix ans de restrictions. Le maire a répondu que la commune ne pouvait pas s'endetter davantage.",
		"Le budget sera réexaminé au printemps, lorsque l'État aura fixé le montant des dotations versées aux collectivités.",
	},
	"es": {
		"El pleno del ayuntamiento aprobó el martes por la noche el presupuesto del año que viene, tras un debate de más de cuatro horas. El gasto en carreteras y colegios subirá un 3 %.",
		"La oposición sostuvo que el aumento no basta para compensar una década de recortes. El alcalde respondió que el municipio no puede endeudarse más.",
		"El presupuesto se revisará en primavera, cuando el Gobierno regional fije las transferencias a los ayuntamientos.",
	},
	"pt": {
		"A câmara municipal aprovou na terça-feira à noite o orçamento do próximo ano, depois de um debate de mais de quatro horas. Os gastos com estradas e escolas vão subir 3%.",
		"A oposição argumentou que o aumento não basta para compensar uma década de cortes. O prefeito respondeu que o município não pode se endividar mais.",
		"O orçamento será revisto no outono, quando o governo estadual definir os repasses aos municípios.",
	},
	"it": {
		"Il consiglio comunale ha approvato martedì sera il bilancio del prossimo anno, dopo un dibattito durato più di quattro ore. La spesa per strade e scuole salirà del 3%.",
		"L'opposizione sosteneva che l'aumento non basta a compensare dieci anni di tagli. Il sindaco ha risposto che il Comune non può indebitarsi ulteriormente.",
		"Il bilancio sarà rivisto in primavera, quando la Regione fisserà i trasferimenti ai comuni.",
	},
	"nl": {
		"De gemeenteraad heeft dinsdagavond na een debat van meer dan vier uur de begroting voor volgend jaar goedgekeurd. De uitgaven aan wegen en scholen stijgen met drie procent.",
		"De oppositie vond de verhoging te klein om tien jaar bezuinigingen goed te maken. De wethouder antwoordde dat de gemeente niet meer kan lenen.",
		"In het voorjaar wordt de begroting opnieuw bekeken, als het Rijk bekendmaakt hoeveel geld de gemeenten krijgen.",
	},
	"pl": {
		"Rada miasta przyjęła we wtorek wieczorem budżet na przyszły rok po ponad czterogodzinnej debacie. Wydatki na drogi i szkoły wzrosną o 3 procent.",
		"Opozycja przekonywała, że podwyżka nie wystarczy, by nadrobić dekadę cięć. Prezydent miasta odpowiedział, że gmina nie może się bardziej zadłużać.",
		"Budżet zostanie ponownie przeanalizowany wiosną, gdy rząd ustali wysokość subwencji dla samorządów.",
	},
}

// newsVoiceSentence is one sentence of testdata/newsvoice.txt; known says it is marked as
// still removed.
type newsVoiceSentence struct {
	lang, text string
	known      bool
}

// readNewsVoice reads testdata/newsvoice.txt.
func readNewsVoice(t *testing.T) []newsVoiceSentence {
	return readTabbed(t, "testdata/newsvoice.txt")
}

// readTabbed reads the "lang<TAB>text" lines of a testdata file, comments and blank lines
// aside; a language marked "~" is a sentence known to be lost.
func readTabbed(t *testing.T, path string) []newsVoiceSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []newsVoiceSentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lang, text, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("%s: no tab in %q", path, line)
		}
		known := strings.HasPrefix(lang, "~")
		out = append(out, newsVoiceSentence{strings.TrimPrefix(lang, "~"), text, known})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// newsVoiceLosses returns where sentence s loses words: scored alone as a line or a glued
// sentence, or cleaned as a paragraph of its own, glued to the end or the start of a paragraph
// of an article.
func newsVoiceLosses(s newsVoiceSentence) []string {
	var lost []string
	sc := spam.Default()
	if v := sc.ScoreAs(s.text, spam.Line); v.Spam {
		lost = append(lost, "line "+v.Reason)
	}
	if v := sc.ScoreAs(s.text, spam.Glued); v.Spam {
		lost = append(lost, "glued "+v.Reason)
	}
	h := newsVoiceHosts[s.lang]
	for _, c := range []struct{ where, in string }{
		{"own", h[0] + "\n\n" + s.text + "\n\n" + h[1] + "\n\n" + h[2]},
		{"end", h[0] + "\n\n" + h[1] + " " + s.text + "\n\n" + h[2]},
		{"start", h[0] + "\n\n" + s.text + " " + h[1] + "\n\n" + h[2]},
	} {
		out := strings.Join(strings.Fields(Clean(c.in).Text), " ")
		if !strings.Contains(out, strings.Join(strings.Fields(s.text), " ")) {
			lost = append(lost, c.where)
		}
		for _, p := range h {
			if !strings.Contains(out, strings.Join(strings.Fields(p), " ")) {
				lost = append(lost, c.where+" host")
			}
		}
	}
	return lost
}

// TestNewsVoiceSentencesKept: sentences of news that use the words of boilerplate in reported
// speech, in quotations or as their topic are the article's, wherever they sit.
func TestNewsVoiceSentencesKept(t *testing.T) {
	for _, s := range readNewsVoice(t) {
		switch lost := newsVoiceLosses(s); {
		case len(lost) > 0 && s.known:
			t.Logf("known: %s: %q lost: %v", s.lang, s.text, lost)
		case len(lost) > 0:
			t.Errorf("%s: %q lost: %v", s.lang, s.text, lost)
		}
	}
}

// TestSpamStageLonePhraseRun: a sentence kept alone as reporting around one phrase goes with
// the boilerplate sentence right after it at the start of a paragraph, and stays before prose.
func TestSpamStageLonePhraseRun(t *testing.T) {
	h := newsVoiceHosts["de"]
	report := "Alle Preise können sich ändern, schreibt der Händler unter jedes seiner Angebote."
	notice := "Für Links auf dieser Seite erhalten wir eine Provision vom Händler."
	in := h[0] + "\n\n" + report + " " + notice + " " + h[1] + "\n\n" + h[2]
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.NotContains(t, res.Text, report)
	assert.NotContains(t, res.Text, notice)
	assert.Contains(t, res.Text, h[1])

	in = h[0] + "\n\n" + report + " " + h[1] + "\n\n" + h[2]
	res = Clean(in)
	checkInvariants(t, in, res)
	assert.Contains(t, res.Text, report+" "+h[1])
}

// TestSpamStageCreditKept: a promo glued after a paragraph that closes with a credit in
// brackets goes; the credit stays (the sentence splitter puts both in one sentence).
func TestSpamStageCreditKept(t *testing.T) {
	h := newsVoiceHosts["fr"]
	for _, promo := range []string{"Gérer les cookies", "Nos newsletters"} {
		in := h[0] + "\n\n" + h[1] + " (Jean Dupont) " + promo + "\n\n" + h[2]
		res := Clean(in)
		checkInvariants(t, in, res)
		assert.Contains(t, res.Text, h[1]+" (Jean Dupont)", promo)
		assert.NotContains(t, res.Text, promo)
	}
}

// TestNewsVoiceOnNewKinds: sentences of news on the topics of the kinds added from the blind
// probes (testdata/newsvoice_kinds.txt, not in the vocabulary model's training text) lose no
// word, alone or in an article.
func TestNewsVoiceOnNewKinds(t *testing.T) {
	assertNewsVoiceFileKept(t, "testdata/newsvoice_kinds.txt", 70)
}

// TestNewsLeadsOpeningOnLabels: leads that open on the words a label or a button opens with
// (testdata/newsvoice_leads.txt: "Régie publicitaire : le groupe de presse a vendu …") lose no
// word, alone or in an article, nor does the paragraph one of them ends (spam.AnchoredLead).
func TestNewsLeadsOpeningOnLabels(t *testing.T) {
	assertNewsVoiceFileKept(t, "testdata/newsvoice_leads.txt", 80)
}

// TestNewsTellingOfPitches: sentences of news that tell of a pitch's, a call's, a paywall's
// or a notice's words inside them (testdata/newsvoice_inside.txt) lose no word, alone or in
// an article.
func TestNewsTellingOfPitches(t *testing.T) {
	assertNewsVoiceFileKept(t, "testdata/newsvoice_inside.txt", 30)
}

// TestNewsNamingServices: sentences of news whose subject names a newsletter, an app, a
// channel or a page (testdata/newsvoice_names.txt) lose no word: the name is not where a label
// ends and the article's sentence opens.
func TestNewsNamingServices(t *testing.T) {
	assertNewsVoiceFileKept(t, "testdata/newsvoice_names.txt", 30)
}

// TestNewsReportingFirstAndSecondPerson: sentences that report in the speaker's "we", "our"
// or "you", or a request, without quotation marks (testdata/newsvoice_quoted.txt), are the
// article's.
func TestNewsReportingFirstAndSecondPerson(t *testing.T) {
	assertNewsVoiceFileKept(t, "testdata/newsvoice_quoted.txt", 40)
}

// assertNewsVoiceFileKept checks that none of the sentences of the file at path, at least
// least of them, loses a word (newsVoiceLosses).
func assertNewsVoiceFileKept(t *testing.T, path string, least int) {
	t.Helper()
	sents := readTabbed(t, path)
	if len(sents) < least {
		t.Fatalf("%s: only %d sentences", path, len(sents))
	}
	for _, s := range sents {
		if lost := newsVoiceLosses(s); len(lost) > 0 {
			t.Errorf("%s: %q lost: %v", s.lang, s.text, lost)
		}
	}
}
