package filter

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The paragraphs around the boxes of these tests, and the article's sentences a box is glued
// to: all must stay.
const (
	readerBefore  = "Der Stadtrat hat am Montagabend über den Haushalt für das kommende Jahr beraten."
	readerAfter   = "Die Sitzung endete kurz vor Mitternacht ohne Abstimmung über die neuen Regeln."
	readerArticle = "Die Stadt will im kommenden Jahr rund zwölf Millionen Euro in die Sanierung der Schulen stecken. Die Opposition hält das für zu wenig."
)

// cleanBox cleans a document of three paragraphs, para between readerBefore and readerAfter, and
// checks that those two stay.
func cleanBox(t *testing.T, para string) Result {
	t.Helper()
	in := readerBefore + "\n\n" + para + "\n\n" + readerAfter + "\n"
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.Contains(t, res.Text, readerBefore, para)
	assert.Contains(t, res.Text, readerAfter, para)
	return res
}

// follower is a sentence after a box's opening in a test of what goes with the box.
type follower struct {
	text string
	gone bool
}

// checkFollowers cleans, for each follower, a paragraph of box, the follower and
// readerArticle: the box goes, the follower goes or stays as it says, the article stays.
func checkFollowers(t *testing.T, box string, fs []follower) {
	t.Helper()
	for _, f := range fs {
		res := cleanBox(t, box+" "+f.text+" "+readerArticle)
		assert.NotContains(t, res.Text, box, f.text)
		assert.Equal(t, f.gone, !strings.Contains(res.Text, f.text), f.text)
		assert.Contains(t, res.Text, readerArticle, f.text)
	}
}

// TestSpamStageBoxVoiceAfterLabel: a box's label whose sentence goes on, after a colon, in the
// box's voice to the reader goes with that sentence (boxVoice); after the same label, the
// article's sentence in the third person, or reporting what someone said, stays.
func TestSpamStageBoxVoiceAfterLabel(t *testing.T) {
	checkFollowers(t, "Einige Verweise in diesem Text sind sogenannte Affiliate-Links:", []follower{
		{"Bestellst du über einen davon, bekommt unsere Redaktion einen kleinen Teil des Umsatzes.", true},
		{"Die Stadtwerke erhöhen zum Jahreswechsel die Preise für Fernwärme um acht Prozent.", false},
		{"Du musst ab Januar für die Fernwärme der Stadtwerke acht Prozent mehr bezahlen, sagte ein Sprecher.", false},
	})
}

// TestSpamStageDenseAfterBox: a short sentence right after a box's opening at a paragraph's
// start, in the words of boilerplate throughout (a sign-off), goes with it; a thank-you of
// the news stays.
func TestSpamStageDenseAfterBox(t *testing.T) {
	checkFollowers(t, "Dieser Beitrag enthält sogenannte Partnerlinks zu Online-Shops.", []follower{
		{"Vielen Dank für deine Treue und herzliche Grüße aus der Redaktion!", true},
		{"Vielen Dank an die Feuerwehr für den schnellen Einsatz!", false},
	})
}

// TestSpamStageReaderBetween: a sentence that speaks to the reader between two sentences of an
// affiliate box the rules find goes with them, whether the box is a paragraph of its own
// (readerBetween) or glued to the start of the article's (readerBetweenAt). A sentence to the
// reader after the box's opening, before the article's, stays.
func TestSpamStageReaderBetween(t *testing.T) {
	opening := "Dieser Beitrag enthält sogenannte Partnerlinks zu Online-Shops."
	closing := "Für euch ändert sich der Preis nicht."
	for _, middle := range []string{
		"Wenn du auf einen davon klickst und dann im Shop bestellst, zahlt der jeweilige Händler der Stadtzeitung Nordkurier einen Betrag.",
		"Klickst du auf einen davon und kaufst anschließend etwas, überweist der Händler dem Verlag Müller & Söhne später eine Gebühr.",
	} {
		box := opening + " " + middle + " " + closing
		res := cleanBox(t, box)
		assert.NotContains(t, res.Text, middle)
		res = cleanBox(t, box+" "+readerArticle)
		assert.NotContains(t, res.Text, middle)
		assert.NotContains(t, res.Text, closing)
		assert.Contains(t, res.Text, readerArticle)
	}
	aside := "Du kannst ab Montag im Rathaus deinen neuen Pass abholen."
	res := cleanBox(t, opening+" "+aside+" "+readerArticle)
	assert.NotContains(t, res.Text, opening)
	assert.Contains(t, res.Text, aside+" "+readerArticle)
}

// TestSpamStageBrokenTitle: a related link's title that the splitter broke at a stop inside it
// goes with its label: the rest of the title run on to the article's sentence, a question, or
// a short sentence after a question. The article's first sentence after a title that ends on
// a full stop stays, however short.
func TestSpamStageBrokenTitle(t *testing.T) {
	for _, c := range []struct{ lang, label, piece, article string }{
		{"fr", "Lire aussi : Portrait.", "« J'ai toujours voulu soigner les autres »",
			"Selon l'hôpital, trois postes d'infirmier restent vacants depuis l'automne. La direction recrute."},
		{"fr", "Lire aussi : Climat.", "La Loire n'a jamais été aussi basse en juin",
			"Depuis lundi, les bateaux ne peuvent plus accoster au port de Nantes. La préfecture surveille la situation."},
		{"pl", "Czytaj też: Spór o węgiel.", "Czy kopalnie przetrwają?",
			"Radni miasta zdecydowali we wtorek o budowie nowej przeprawy. Prace ruszą wiosną przyszłego roku."},
		{"de", "Lesen Sie auch: Streit ums Geld.", "Wer zahlt die neue Brücke?",
			"Der Stadtrat hat am Dienstag den Bau einer neuen Brücke beschlossen. Die Arbeiten beginnen im Frühjahr."},
		{"en", "SEE ALSO: Is your pension safe?", "Check these five numbers.",
			"The council voted on Tuesday to close the old bridge for repairs. Work is expected to take six months."},
	} {
		res := cleanLang(t, c.lang, c.label+" "+c.piece+" "+c.article)
		assert.NotContains(t, res.Text, c.label, c.label)
		assert.NotContains(t, res.Text, c.piece, c.label)
		assert.Contains(t, res.Text, c.article, c.label)
	}
	for _, c := range []struct{ lang, para, kept string }{
		{"en", "Read more: Brexit. It was a cold morning. The minister arrived at nine and spoke for an hour.", "It was a cold morning."},
		{"fr", "Lire aussi : Budget. Il pleut sur Paris depuis trois jours. Les pompiers sont intervenus cent fois.", "Il pleut sur Paris depuis trois jours."},
		{"en", "SEE ALSO: Why did the bridge close? It was a cold morning in May. The minister arrived at nine.", "It was a cold morning in May."},
	} {
		res := cleanLang(t, c.lang, c.para)
		assert.Contains(t, res.Text, c.kept)
	}
}

// cleanLang cleans a document of three paragraphs in lang, para between two of news, and
// checks that those two stay.
func cleanLang(t *testing.T, lang, para string) Result {
	t.Helper()
	around := map[string][2]string{
		"de": {"Der Stadtrat hat am Dienstagabend über den neuen Haushalt beraten und mehrere Änderungen beschlossen.", "Die nächste Sitzung des Rates ist für den kommenden Monat geplant, teilte ein Sprecher mit."},
		"en": {"The city council met on Tuesday evening to discuss the new budget and approved several changes.", "The next council meeting is planned for next month, a spokesman said."},
		"fr": {"Le conseil municipal s'est réuni mardi soir pour discuter du nouveau budget et a approuvé plusieurs changements.", "La prochaine séance du conseil est prévue le mois prochain, a indiqué un porte-parole."},
		"pl": {"Rada miasta zebrała się we wtorek wieczorem, aby omówić nowy budżet, i zatwierdziła kilka zmian.", "Następna sesja rady zaplanowana jest na przyszły miesiąc, poinformował rzecznik."},
		"es": {"El pleno municipal se reunió el martes por la noche para debatir el nuevo presupuesto y aprobó varios cambios.", "La próxima sesión del pleno está prevista para el mes que viene, informó un portavoz."},
	}[lang]
	in := around[0] + "\n\n" + para + "\n\n" + around[1] + "\n"
	res := Clean(in)
	checkInvariants(t, in, res)
	assert.Contains(t, res.Text, around[0], para)
	assert.Contains(t, res.Text, around[1], para)
	return res
}

// TestSpamStageButtonName: an instruction to click a button, at a paragraph's start, goes
// whole with the button's name ("Haz clic en el botón Recargar …", the informal "haz clic en"
// as the formal "haga clic en"), where the last-resort cut took the words before the name and
// left the rest of the instruction glued to the article; before the article's sentence run
// on to it, only the instruction goes. A fraud message quoted in the news stays.
func TestSpamStageButtonName(t *testing.T) {
	article := "El ayuntamiento aprobó ayer el nuevo presupuesto para el próximo año. La oposición votó en contra."
	res := cleanLang(t, "es", "Haz clic en el botón Recargar para ver la página. "+article)
	assert.NotContains(t, res.Text, "Recargar")
	assert.Contains(t, res.Text, article)
	res = cleanLang(t, "es", "Haz clic en el botón Entrar "+article)
	assert.NotContains(t, res.Text, "Entrar")
	assert.Contains(t, res.Text, article)
	quoted := "«Haz clic en el enlace», decía el mensaje falso que recibieron miles de clientes del banco. La policía investiga la estafa."
	res = cleanLang(t, "es", quoted)
	assert.Contains(t, res.Text, quoted)
}
