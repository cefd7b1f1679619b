package dev.aiwire.quote;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The French and English words the extractor reasons with. Every word is stored folded (see
 * {@link #fold(String)}): lower case, without accents, with a straight apostrophe.
 */
final class Lexicon {

	private Lexicon() {
	}

	/** Lower case without accents, typographic apostrophes made straight; keeps the length. */
	static String fold(String text) {
		StringBuilder folded = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			folded.append(foldChar(text.charAt(i)));
		}
		return folded.toString();
	}

	static char foldChar(char c) {
		if (c == '\u2019' || c == '\u2018' || c == '\u02bc') {
			return '\'';
		}
		if (c < 128) {
			return Character.toLowerCase(c);
		}
		String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
		return Character.toLowerCase(decomposed.charAt(0));
	}

	private static Set<String> words(String spaceSeparated) {
		return new HashSet<>(Arrays.asList(spaceSeparated.trim().split("\\s+")));
	}

	/** Titles before a name, with the gender they tell. */
	static final Set<String> FEMALE_TITLES = words("mme mme. madame mlle mlle. mademoiselle ms ms. mrs mrs. miss");

	static final Set<String> MALE_TITLES = words("m. monsieur mr mr. sir");

	static final Set<String> NEUTRAL_TITLES = words("dr dr. prof prof. pr pr. professeur professor docteur");

	/** Titles whose dot belongs to the word ("M. Huang"). */
	static final Set<String> TITLES_WITH_DOT = Set.of("M", "Mme", "Mlle", "Dr", "Mr", "Mrs", "Ms", "Prof", "Pr", "St",
			"Jr");

	static boolean isTitle(String key) {
		return FEMALE_TITLES.contains(key) || MALE_TITLES.contains(key) || NEUTRAL_TITLES.contains(key);
	}

	/**
	 * Capitalised words that are not names: function words that start sentences, months, days,
	 * nationalities and common sentence openers.
	 */
	static final Set<String> NOT_NAMES = words("""
			le la les l un une des du de d ce cet cette ces son sa ses leur leurs mon ma mes notre nos votre vos
			il elle ils elles on nous vous je j tu lui eux y en ne n se s c ca cela ceci celle celui ceux
			selon pour par avec sans dans sur sous chez apres avant depuis pendant lors durant vers entre contre
			mais et ou donc or ni car puis ensuite enfin alors ainsi aussi pourtant cependant toutefois neanmoins
			quand lorsque lorsqu si comme bien certes meme aujourd'hui aujourd hier demain desormais deja encore
			toujours jamais plus moins tres tout tous toute toutes chaque certains certaines plusieurs beaucoup peu
			face outre malgre contrairement interroge interrogee interroges questionne invite invitee qui que qu
			quoi quel quelle quels quelles ou pourquoi comment combien voila voici oui non merci bref resultat reste
			debut fin mi cote au aux a dont sauf hors parmi grace via tandis desormais surtout notamment autrement
			seul seule seuls premier premiere second seconde dernier derniere nouveau nouvelle autre autres
			janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
			lundi mardi mercredi jeudi vendredi samedi dimanche
			the a an this that these those it he she they we i you his her their our my its him them us me
			in on at by for with from of to as after before during since until but and or so yet then when while
			if although though because according however still even also now today yesterday tomorrow last next
			earlier later meanwhile instead asked speaking some many most all every each both few several there
			here what who why how where which yes no not just only over under about into through against among
			january february march april may june july august september october november december
			monday tuesday wednesday thursday friday saturday sunday
			chinois chinoise chinoises americain americaine americains europeen europeenne francais francaise
			chinese american european french japanese japonais japonaise coreen korean britannique british
			internet web app store etat etats ministere gouvernement parti assemblee nations union conseil
			prix nobel turing gpu cpu ia""");

	/** Places of one word that look like names. */
	private static final String PLACES_TEXT = """
			chine china pekin beijing shanghai shenzhen hangzhou guangzhou taiwan japon japan coree korea
			amerique america europe france paris londres london washington californie california
			asie asia inde india singapour singapore davos zhongguancun wuhan chengdu nanjing suzhou tianjin
			chongqing harbin guangdong zhejiang jiangsu hefei xiamen macao macau seattle shenyang dalian""";

	/**
	 * Places and companies of two words whose words, alone, can be part of a person's name: "Hong"
	 * of "Hong Kong" is also the given name of "Xiao Hong".
	 */
	private static final List<String> PLACE_PHRASES = List.of("hong kong", "silicon valley", "wall street",
			"maison blanche", "white house", "palo alto", "mountain view", "santa clara", "san francisco", "new york",
			"las vegas", "los angeles");

	private static final List<String> PHRASES = concat(PLACE_PHRASES, List.of("hugging face"));

	/** Places, which speak through nobody. */
	static final Set<String> PLACES = words(PLACES_TEXT + " " + String.join(" ", PLACE_PHRASES));

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return List.copyOf(all);
	}

	static final Set<String> KNOWN_NON_PERSONS = words("""
			baidu alibaba tencent huawei xiaomi bytedance google microsoft meta apple amazon nvidia intel amd tesla
			anthropic openai deepseek moonshot kimi zhipu minimax baichuan stepfun qwen ernie doubao hunyuan
			sensetime iflytek kuaishou meituan pinduoduo temu shein weibo wechat weixin douyin tiktok bilibili zhihu
			xiaohongshu manus mistral gemini claude llama grok sora copilot samsung sony qualcomm arm tsmc smic
			lenovo oppo vivo honor byd nio xpeng unitree ubtech agibot github reddit twitter x linkedin
			youtube facebook instagram netflix uber airbnb spacex neuralink xai ifanr huxiu leiphone synced jiqizhixin
			bloomberg reuters caixin xinhua cctv nikkei forbes wired verge techcrunch
			""" + " " + PLACES_TEXT);

	/** Whether the word at {@code index} belongs to a known place or company of two words. */
	static boolean inKnownPhrase(List<Token> tokens, int index) {
		String key = tokens.get(index).key();
		for (String phrase : PHRASES) {
			int space = phrase.indexOf(' ');
			String first = phrase.substring(0, space);
			String second = phrase.substring(space + 1);
			if (key.equals(first) && index + 1 < tokens.size() && tokens.get(index + 1).key().equals(second)) {
				return true;
			}
			if (key.equals(second) && index > 0 && tokens.get(index - 1).key().equals(first)) {
				return true;
			}
		}
		return false;
	}

	/** Words that make a capitalised sequence an organisation, a place or a work rather than a person. */
	static final Set<String> ORGANISATION_WORDS = words("""
			ai labs lab inc group groupe technology technologies tech university universite institute institut
			academy academie capital ventures partners research cloud intelligence robotics motors systems bank
			banque foundation fondation company corp corporation holdings network media news times post journal
			daily review conference summit forum award prize model chat pro max plus ultra mini turbo vision studio
			store cup valley street square park city ville province river mountain lake school ecole college
			hospital hopital agency agence council committee comite ministry office bureau association league
			party congress""");

	/** Nouns that, after a definite article, stand for the company the article is about. */
	static final Set<String> COMPANY_NOUNS = words("entreprise societe groupe start-up startup company firm");

	/** Nouns that make the capitalised words after them an organisation or a product. */
	static final Set<String> ORGANISATION_NOUNS = words("""
			societe entreprise groupe start-up startup laboratoire labo marque application appli modele agent
			plateforme fonds company firm startup lab brand app model platform fund studio journal quotidien
			magazine site compte account""");

	/** Subject pronouns, with the person or crowd they stand for. */
	static final Set<String> MALE_PRONOUNS = words("il he");

	static final Set<String> FEMALE_PRONOUNS = words("elle she");

	/** Pronouns after "selon", "pour", "d'après", "according to". */
	static final Set<String> STRESSED_MALE = words("lui him");

	static final Set<String> STRESSED_FEMALE = words("elle her");

	static final Set<String> PLURAL_PRONOUNS = words("ils elles they");

	static final Set<String> POSSESSIVES = words("sa son ses");

	/** Words that, heading a subject, name a crowd or an unnamed source. */
	static final Set<String> CROWD_WORDS = words("""
			internaute internautes utilisateur utilisateurs utilisatrice utilisatrices commentateur commentateurs
			observateur observateurs analyste analystes analyst analysts source sources porte-parole spokesperson spokesman
			spokeswoman netizen netizens user users commenter commenters commentator commentators observer observers
			critic critics critique critiques detracteur detracteurs fan fans employe employes employee employees
			salarie salaries expert experts journaliste journalistes journalist journalists reporter reporters
			investisseurs investors compte account comptes accounts commentaire commentaires quelqu'un someone
			certains some beaucoup many d'autres others foule crowd audience etudiant etudiants student
			students chercheurs researchers insider insiders proche proches entourage representant representants
			representative representatives responsables official officials cadres dirigeants
			executives medias blogueur blogueurs blogger bloggers influenceur influenceurs
			influencer influencers twittos commentaires
			personnes people person anonyme anonymous inconnu developpeur developpeurs developer developers
			ingenieurs engineers partisans supporters opposants habitants residents parents clients customers
			lecteurs readers spectateurs viewers communaute community""");

	/** Articles that make a crowd word unnamed ("un utilisateur", "a spokesperson"). */
	static final Set<String> INDEFINITE = words("un une a an one some certains certaines plusieurs several many another autre");

	/** Roles that stand before or after a person's name, and can stand for the person. */
	static final Set<String> ROLES = words("""
			pdg ceo fondateur fondatrice cofondateur cofondatrice co-fondateur co-fondatrice directeur directrice
			president presidente patron patronne dirigeant dirigeante chercheur chercheuse ingenieur ingenieure
			professeur professeure ministre depute deputee founder cofounder co-founder chairman chairwoman chief
			head director executive researcher scientist professor engineer investor investisseur investisseuse
			createur creatrice cto cfo coo vp vice-president vice-presidente boss leader associe associee gerant
			economiste economist entrepreneur entrepreneuse milliardaire billionaire premier ambassadeur
			ambassadrice secretaire secretary minister senateur senator gouverneur governor maire mayor
			scientifique responsable dirigeant""");

	static final Set<String> FEMALE_ROLES = words("""
			fondatrice cofondatrice co-fondatrice directrice presidente patronne dirigeante chercheuse ingenieure
			professeure deputee investisseuse creatrice associee entrepreneuse ambassadrice vice-presidente
			chairwoman businesswoman spokeswoman femme actrice""");

	static final Set<String> MALE_ROLES = words("""
			fondateur cofondateur co-fondateur directeur president patron chercheur ingenieur createur associe
			chairman businessman spokesman homme acteur""");

	/** Definite determiners before a role that stands for a known person ("le fondateur"). */
	static final Set<String> DEFINITE = words("le la l' the notre our ce cet cette");

	/** Words that make the name after them the subject of its clause. */
	static final Set<String> CLAUSE_OPENERS = words("""
			et mais puis que qu' quand lorsque lorsqu' alors car donc si comme ou tandis and but that when while as
			because if so then although though where once after before since""");

	/** Words that make the name after them a complement, not a subject. */
	static final Set<String> PREPOSITIONS = words("""
			de d' du des a au aux avec pour par chez contre sur sous vers entre envers selon face sans of by with to
			at for from against about toward towards into between among than versus vs""");

	/** Auxiliaries, negations and adverbs that sit between a subject and its speech verb. */
	static final Set<String> AUXILIARIES = words("""
			a avait ont avaient aura aurait auraient eut est etait sont s' se y ne n' pas plus jamais aussi egalement
			encore alors ensuite deja pourtant notamment meme lui leur en has have had 's is was also then later
			once again further recently simply just even""");

	/**
	 * Verbs that can stand between a speaker and the speech verb they govern, with the word that
	 * links them: "Kai-Fu Lee aimait répéter", "il tient à rappeler", "he liked to say".
	 */
	static final Set<String> GOVERNING_VERBS = words("""
			aime aimait aimaient adore adorait veut voulait voulu tient tenait tenu cesse cessait cesse continue
			continuait prefere preferait peut pouvait pu doit devait semble semblait va allait vient venait
			s'est s'etait plait plaisait ose osait
			like likes liked love loves loved want wants wanted tend tends tended used went going""");

	/** Connectives that can stand between an auxiliary and its participle ("a toutefois tempéré"). */
	static final Set<String> CONNECTIVE_ADVERBS = words("""
			toutefois pourtant cependant neanmoins d'ailleurs aussitot immediatement vite volontiers simplement
			sobrement clairement ouvertement publiquement however quickly immediately simply openly publicly""");

	/** Words that, opening a quotation, make it depend on what came before. */
	static final Set<String> DEPENDENT_OPENERS = words("""
			il elle ils elles cela ca ce c' ceci celui celle ceux mais et ou donc or car puis ensuite aussi alors
			pourtant cependant toutefois neanmoins sinon en y lui leur dont qui que qu' quoi
			he she they it this that these those but and or so yet then also however still which who him her them
			its his their""");

	/** First-person words: a quotation with one speaks for its speaker. */
	static final Set<String> FIRST_PERSON = words("""
			je j' me m' moi mon ma mes nous notre nos on i me my mine we us our ours i'm i've i'd i'll we're we've
			we'll we'd""");

	/** Nouns for a saying that lead to its author ("la phrase de Liang Wenfeng"). */
	static final Set<String> SAYING_NOUNS = words("""
			phrase phrases mots propos formule citation declaration declarations paroles reponse replique message
			tweet slogan devise words remark remarks quote line statement answer reply motto message""");

	/** Ordinal anaphors ("le premier", "the latter"). */
	static final Set<String> FIRST_ORDINALS = words("premier premiere former");

	static final Set<String> SECOND_ORDINALS = words("second seconde deuxieme latter dernier derniere");

	static boolean isNameLike(String text) {
		if (text.length() < 2 || !Character.isUpperCase(text.charAt(0))) {
			return false;
		}
		boolean lower = false;
		for (int i = 1; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c)) {
				return false;
			}
			if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isUpperCase(c)) {
				char before = text.charAt(i - 1);
				boolean afterJoin = before == '-' || before == '\'' || before == '\u2019';
				boolean scottish = i == 2 && text.startsWith("Mc");
				if (!afterJoin && !scottish) {
					return false;
				}
			}
		}
		return lower;
	}

	static boolean isKnownNonPerson(String key) {
		return KNOWN_NON_PERSONS.contains(key) || NOT_NAMES.contains(key) || ORGANISATION_WORDS.contains(key)
				|| isTitle(key);
	}

	static List<String> keysOf(List<Token> tokens) {
		return tokens.stream().map(Token::key).toList();
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
