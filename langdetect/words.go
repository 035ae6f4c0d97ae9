package langdetect

// frequentWords lists, per language, frequent function words: articles, prepositions,
// conjunctions, pronouns and auxiliaries, which make up a large share of any running text in
// that language whatever its topic. They are the evidence of the first pass (see fast.go).
// Words shared by several languages are listed for each of them; the first pass counts hits
// per language, so a shared word raises them all and decides nothing.
//
// The lists are written for news prose. A language without a list is still detected: its
// text finds too few hits in any list and goes to lingua.
var frequentWords = map[string]string{
	// Latin script.
	"en": `the of and to in a is that for it on with as was at by be this are from or have an
		they which not but had has were his her their its been will would who more one we you he
		she there said also after than about can into up out when new other some over these so
		what all if them only could first two time year years people most just like our may
		because where while between under since during against those then both through before
		being very how should such many any last`,
	"de": `der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch
		es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen
		so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ihr ich wir diese
		kann gegen vom schon wenn seine jahr jahren zwei ihre zwischen unter beim wieder soll gibt
		keine damit seit sowie wurden hatte können muss laut dieser dieses`,
	"fr": `le la les de des du et à un une en est que qui dans pour pas sur au par plus ne se ce
		il elle sont avec ont été son sa ses aux mais ou comme nous vous leur leurs y cette tout
		être fait lui dont où deux selon après entre sans sous depuis aussi ans était avait très
		déjà encore même peut l d qu n c s j ces contre lors aujourd hui`,
	"es": `el la de que y a en los se del las un por con no una su para es al lo como más pero
		sus le ya o este fue ha porque esta entre cuando muy sin sobre también me hasta hay donde
		quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto
		antes algunos qué unos otro otras otra él tanto esa estos mucho quienes nada muchos cual
		poco ella estar estas algunas algo ser son dos han había años según tras sido está
		están`,
	"pt": `de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi
		ao ele das tem à seu sua ou ser quando muito há nos já está também só pelo pela até isso
		ela entre era depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram
		essa num nem suas às têm numa pelos elas havia seja qual será nós lhe deles essas esses
		pelas este fosse dele anos disse após ainda sobre são dois governo`,
	"it": `il di che e la in un a per è non una sono le del della con si da al dei lo i gli ha
		come ma anche più delle nel alla nella o questo era se dal cui tra fra già sul sulla
		degli alle ai agli loro essere stato dopo quando ancora solo due anni suo sua molto tutti
		tutto questa stata hanno aveva poi ci ne secondo contro senza sia dove perché però nei
		negli dalla dall dell nell all sull un l d c quest ed`,
	"nl": `de van het een en in is dat op te zijn met voor niet aan er die als ook door maar om
		bij dan nog wordt werd worden was naar uit over hij ze zich heeft hebben kan al wat of
		tot deze meer jaar twee moet geen na onder wel zo veel zou haar hun dit wij we nu waar
		toen tegen sinds volgens werden kunnen echter`,
	"pl": `i w na z się nie do że to jest o jak a od po ale przez za co jego dla są tak już oraz
		tym może lub jej ich był była było także ten tego tej które który która przy tylko jednak
		jeszcze gdy bardzo będzie czy ze pod nad być mu go mnie roku lat według również więc
		kiedy gdzie został została można były które których sobie we`,
	"ro": `și în de la a cu pe nu o să se din care este un una sunt mai ca pentru au fost al ale
		lui iar dar sau ce acest această el ea prin după fi va vor am avea are foarte doar despre
		între când unde cel cea cei anul ani fără astfel către s ului acestei fiind însă`,
	"sv": `och i att det som en på är av för med till den har de inte om ett han men var jag sig
		från vi så kan man när år under också efter eller nu sin där vid mot ska skulle kommer hon
		ut två får inom bara mycket vara finns hade blev blir alla detta dessa sedan enligt
		sina sitt än`,
	"da": `og i at det som en på er af for med til den har de ikke om et han men var jeg sig fra
		vi så kan man når år under også efter eller nu sin der ved mod skal skulle kommer hun ud
		to får inden kun meget være findes havde blev bliver alle dette disse siden ifølge hvor
		hvad hvis sine sit end`,
	"nb": `og i å det som en på er av for med til den har de ikke om et han men var jeg seg fra
		vi så kan man når år under også etter eller nå sin der ved mot skal skulle kommer hun ut
		to får bare mye være finnes hadde ble blir alle dette disse siden ifølge hvor hva hvis
		sine sitt enn`,
	"nn": `og i å det som ein på er av for med til den har dei ikkje om eit han men var eg seg
		frå vi så kan når år under også etter eller no sin der ved mot skal skulle kjem ho ut to
		får berre mykje vere hadde vart blir alle dette desse sidan kva kor sine sitt enn`,
	"fi": `ja on ei se että oli ovat mutta kun niin hän myös tai jo sen ole jotka joka kuin
		vuoden mukaan jälkeen sitä kanssa nyt vielä tämä nämä olla olisi voi siitä koska hänen
		heidän me te he minä vain kaikki yli noin välillä aikana sekä ovat olivat jossa joiden
		vuonna`,
	"et": `ja on ei et see oli ka kui aga mis ta nad ning või siis veel mida seda selle pärast
		vaid üle kõik kuid juba ta tema oma aasta aastal peab võib`,
	"cs": `a v se na je že s z do to o k i jako pro ale by jsou jeho její bylo byl byla který
		která které podle také už od po za při jak tak ve ze ještě než když mezi jen nebo aby
		jsem být bude může roku let dva tento tato toto před kde však kteří této tohoto`,
	"sk": `a v sa na je že s z do to o k i ako pre ale by sú jeho jej bolo bol bola ktorý ktorá
		ktoré podľa tiež už od po za pri tak vo zo ešte keď medzi len alebo aby som byť bude
		môže roku rokov dva tento táto toto pred kde však ktorí tejto`,
	"hu": `a az és hogy nem is egy meg de van volt ez csak mint már el ki be fel még ha kell
		lesz vagy után pedig azt amely aki ezt amit szerint között miatt mert most sem nagyon
		így úgy itt ott ami minden évben két év valamint akkor több`,
	"tr": `ve bir bu da de için ile olarak çok daha en gibi olan ne ama kadar sonra her ancak
		ya o şu değil var yok ise mı mi mu mü onun bunun göre ilk iki yıl yılında tarafından
		ayrıca çünkü kendi diye olduğunu etti oldu ki bin`,
	"hr": `i u je na se da za od su s a ne o do što koji koja koje kao ali iz po sa ili će bi
		biti bio bila nije samo još već kako prema te jer godine dva također nakon između
		tijekom`,
	"bs": `i u je na se da za od su s a ne o do što koji koja koje kao ali iz po sa ili će bi
		biti bio bila nije samo još već kako prema te jer godine dva također nakon između
		tokom`,
	"sl": `in je v na se da za od so s z ne o do ki kot ali iz po pa tudi bo bi biti bil bila ni
		samo še že kako ter ker leta dva med kar sem smo`,
	"sq": `të e në dhe i një me për që nga është ka u se do janë si por më nuk ishte kanë edhe
		pas mund ky kjo`,
	"lv": `un ir ar uz par no ka kā bet vai arī lai tas tā to bija viņš viņa tika gadā pēc jau
		kas kur līdz`,
	"lt": `ir yra kad su į iš bet ar tai jo jos kaip buvo bus apie per prie nuo taip dar tik
		metų po kuris kuri`,
	"ca": `el la els les de del dels i a en un una que per amb no es és al als seva seu seus
		més però com també va ha han pel pels aquest aquesta sobre fins quan entre sense anys`,
	"eu": `eta da ez du bat ere dira zen izan hori baina edo bere zuen dute egin beste ondoren
		arabera`,
	"id": `yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke karena ada oleh
		mereka bisa sudah telah saat lebih tersebut namun kami kita adalah atau`,
	"ms": `yang dan di ini itu dengan untuk tidak dari dalam akan pada juga ke kerana ada oleh
		mereka boleh sudah telah ialah lebih tersebut namun kami kita adalah atau daripada`,
	"tl": `ang ng sa na mga at ay si ni para hindi ito kay naman lang rin din pero dahil kung`,
	"af": `die en van in is het nie n te dat op vir met hy sy was wat aan word om ook as sal by
		deur maar`,
	"is": `og að í á er sem til það ekki við með um var fyrir hann af en sé eru hefur voru þá
		þar`,
	"ga": `agus an na ar a le is go ag ó i níl bhí sé sí mar seo sin`,
	"cy": `y yn a ac i o ar yr ei mae wedi bod am ond gan fel hyn ni eu oedd`,
	"la": `et in est non ad cum qui quae quod ut sed ex de per sunt esse ab atque enim`,
	"eo": `la de kaj en estas al ne por kun ke mi vi li ŝi ili tiu sed pli ankaŭ`,
	"az": `və bir bu da ilə üçün olan ki ən daha çox amma kimi sonra isə`,
	"vi": `của và là các có được trong cho không những người một với này đã khi đến như từ`,
	"sw": `na ya wa kwa ni za katika la cha kuwa hiyo hii lakini pia yake`,

	// Cyrillic script.
	"ru": `и в не на что с по он как это к а из за но то же для от о так его все у был она бы
		уже было или мы только при до году также после ее её их если когда может более чем быть
		этого который которые были года`,
	"uk": `і в не на що з по він як це до а із за але та для від про так його все у був вона б
		вже було або ми лише при після її їх якщо коли може більш ніж бути цього який які також
		року є були`,
	"bg": `и в не на че с по той как това към а от за но да се е са ще беше бяха който която
		което които след при до още има може много година също`,
	"mk": `и во не на дека со по тој како ова кон а од за но да се е ќе беше кој која кое кои
		при до уште има може многу година исто`,
	"sr": `и у је на се да за од су с а не о до што који која које као али из по са или ће би
		бити био била није само још већ како према те јер године`,
	"be": `і ў не на што з па ён як гэта да а ад за але для пра так яго ўсе быў яна было або мы
		толькі пры пасля яе іх калі можа`,
}

// clusters are languages so close that frequent words cannot tell them apart reliably: when
// the first pass points into a cluster, lingua decides among its members.
var clusters = [][]string{
	{"da", "nb", "nn"},
	{"cs", "sk"},
	{"hr", "bs", "sl", "sr"},
	{"id", "ms"},
	{"bg", "mk", "sr"},
}

// letterHints are letters that only a few languages use: a word containing one counts as a
// hit for each of them, as if it were one of their frequent words. They carry the languages
// whose function words are few and short (Turkish, Finnish, Hungarian) and tell close
// relatives apart (Czech ř against Slovak ľ).
var letterHints = map[string]string{
	"tr": "ığöü",
	"az": "ə",
	"ro": "ășțşţ",
	"pl": "łąęśźżćń",
	"cs": "řůě",
	"sk": "ľĺŕôä",
	"hu": "őűö",
	"de": "ßäöü",
	"sv": "äöå",
	"fi": "äö",
	"et": "äöõü",
	"es": "ñ",
	"pt": "ãõ",
	"da": "æøå",
	"nb": "æøå",
	"nn": "æøå",
	"is": "þð",
	"lv": "āēīūķļņģ",
	"lt": "ėįųū",
	"uk": "іїєґ",
	"be": "іў",
	"ru": "ыэё",
	"sr": "ђћџјљњ",
	"mk": "ѓќѕјљњ",
	"kk": "әғқңөұүһ",
	"mn": "өү",
	"vi": "ăơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ",
}

// suffixHints are word endings typical of a language's inflection, counted like letterHints
// for words of five letters or more.
var suffixHints = map[string]string{
	"fi": "ssa ssä sta stä lla llä lta ltä aan ään nen ksi isen ista istä iden ssaan ssään aisi",
	"hu": "ban ben nak nek ból ből ról ről hoz hez tól től val vel ság ség ött ett",
	"tr": "lar ler ları leri dır dir nın nin ında inde dan den yor",
}
