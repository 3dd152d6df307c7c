using System.Text;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Domain.Coaching;

/// <summary>
/// Coaching-quality feedback on one sentence (or a few) a manager says: is it an open question,
/// a closed one, or a statement, and does it hand the other person a solution? Dutch and English.
/// </summary>
/// <remarks>
/// How a text is judged, in the order the rules apply:
/// <list type="number">
/// <item>The text is split into sentences (. ? ! and an ellipsis before a capital) and each sentence
/// into clauses (, ; : and dashes). Casing, odd whitespace and curly quotes do not matter.</item>
/// <item>A summary ("so if I understand correctly…", "dus als ik het goed begrijp…") is active
/// listening: a statement, never a solution, even when it ends in a question mark.</item>
/// <item>The kind comes from the LAST question in the text. A sentence is a question when it ends in
/// "?" or, without one, when its opening words make it one (wh-word, verb-first, "tell me more").
/// Tag endings ("…, right?", "…, toch?") and polite wrappers ("could you tell me whether…") are
/// closed; a question that carries the answer ("why don't you just…?") is closed too.</item>
/// <item>A solution anywhere in the text counts: once said out loud, a follow-up question does not
/// take it back. Advice words ("you should", "je moet") only count outside open questions, so
/// "What do you think you should do?" still hands the thinking back.</item>
/// </list>
/// The word lists are static data below; the language parameter only chooses the language of the
/// reported result and the suggestion, the rules themselves recognise both languages.
/// </remarks>
public static class QuestionAnalyser
{
    // ───────────────────────────── Open questions ─────────────────────────────

    /// <summary>Question words that open an open question (wh-words, Dutch w-words).</summary>
    private static readonly HashSet<string> QuestionWords =
    [
        "what", "what's", "whats", "how", "how's", "hows", "which", "why", "who", "who's", "whom", "whose",
        "where", "where's", "when", "when's",
        "wat", "hoe", "welke", "welk", "waarom", "wie", "wiens", "waar", "wanneer", "hoezo", "hoeveel",
        "hoelang", "hoeverre", "waardoor", "waarmee", "waarover", "waarin", "waarvoor", "waarop", "waaruit",
        "waarnaar", "waaraan", "waarbij", "waartoe", "waarvan", "waarheen", "vanwaar",
    ];

    /// <summary>A preposition may come before the question word: "in hoeverre", "to what extent", "met wie".</summary>
    private static readonly HashSet<string> Prepositions =
    [
        "in", "to", "with", "for", "from", "at", "by", "on", "about", "of", "into", "under",
        "met", "voor", "van", "aan", "bij", "over", "op", "naar", "tegen", "tot", "vanaf", "sinds",
    ];

    /// <summary>Invitations that are open without being a question: "tell me more", "vertel eens".</summary>
    private static readonly string[] OpenInvitations =
    [
        "tell me", "tell us", "talk me through", "walk me through", "describe", "explain", "help me understand",
        "say more", "give me an example", "give an example", "give me some examples",
        "vertel", "beschrijf", "leg eens uit", "leg uit", "leg me eens uit", "leg me uit", "neem me mee",
        "neem me eens mee", "help me begrijpen", "help me te begrijpen", "schets", "geef eens een voorbeeld",
        "geef een voorbeeld", "zeg eens", "stel je voor", "stel je eens voor", "imagine", "picture", "en verder",
        "and then", "en toen", "en dan",
    ];

    /// <summary>A bare "And?" or "En?" invites the other person to go on talking.</summary>
    private static readonly HashSet<string> GoOnPrompts = ["and", "en", "so", "dus", "verder", "then"];

    /// <summary>
    /// Without a question mark, a question word followed by one of these starts a clause, not a
    /// question: "what I mean is…", "wat fijn dat je er bent".
    /// </summary>
    private static readonly HashSet<string> NotAQuestionAfterQuestionWord =
    [
        "i", "i'm", "you", "you're", "we", "we're", "he", "she", "they", "they're", "it", "it's",
        "ik", "je", "jij", "we", "wij", "hij", "zij", "ze", "het", "u", "jullie", "men", "er",
        "a", "an", "nice", "great", "lovely", "wonderful", "good", "kind", "sad", "awful", "funny",
        "een", "fijn", "leuk", "mooi", "goed", "jammer", "vervelend", "zonde", "knap", "dan", "heerlijk",
    ];

    // ───────────────────────────── Closed questions ─────────────────────────────

    /// <summary>English auxiliaries that open a yes/no question when a subject follows: "did you…", "is it…".</summary>
    private static readonly HashSet<string> EnglishAuxiliaries =
    [
        "do", "does", "did", "can", "could", "would", "will", "should", "shall", "is", "are", "was", "were",
        "have", "has", "had", "may", "might", "must", "am",
        "don't", "doesn't", "didn't", "can't", "couldn't", "won't", "wouldn't", "isn't", "aren't", "wasn't",
        "weren't", "haven't", "hasn't", "hadn't", "shouldn't", "mustn't",
    ];

    /// <summary>Subjects that follow an English auxiliary in a question.</summary>
    private static readonly HashSet<string> EnglishSubjects =
    [
        "you", "u", "i", "we", "it", "he", "she", "they", "this", "that", "there", "the", "your", "my", "our",
        "their", "his", "her", "its", "everyone", "everything", "anyone", "anything", "someone", "something",
        "all", "any", "these", "those", "people", "things", "a", "an",
    ];

    /// <summary>Dutch verbs that open a yes/no question (verb first): "heb je", "is het", "gaat het".</summary>
    private static readonly HashSet<string> DutchVerbFirst =
    [
        "heb", "hebt", "heeft", "hebben", "ben", "bent", "is", "zijn", "was", "waren", "kun", "kunt", "kan",
        "kunnen", "wil", "wilt", "willen", "zou", "zouden", "zal", "zult", "zullen", "moet", "moeten", "mag",
        "mogen", "gaat", "ga", "gaan", "doe", "doet", "doen", "denk", "denkt", "vind", "vindt", "weet", "weten",
        "voel", "voelt", "zie", "ziet", "snap", "snapt", "begrijp", "begrijpt", "lukt", "lukte", "loopt", "liep",
        "klopt", "past", "werkt", "werkte", "helpt", "hielp", "had", "hadden", "kon", "konden", "wist", "wordt",
        "werd", "speelt", "zit", "zat", "staat", "stond", "kom", "komt", "kwam", "hoor", "hoort", "merk",
        "merkt", "ervaar", "ervaart", "verwacht", "vond", "dacht", "deed", "ging", "maakt", "krijg", "krijgt",
        "blijft", "herken", "herkent", "durf", "durft", "ligt", "geeft", "heeft",
    ];

    /// <summary>Subjects that follow a Dutch verb in a verb-first question.</summary>
    private static readonly HashSet<string> DutchSubjects =
    [
        "je", "jij", "u", "jullie", "het", "er", "dat", "dit", "die", "we", "wij", "ze", "zij", "hij", "ik",
        "de", "een", "iemand", "iets", "alles", "jouw", "men",
    ];

    /// <summary>The person spoken to, as the subject of a question ("can you…", "kun je…").</summary>
    private static readonly HashSet<string> AddressedSubjects = ["you", "u", "je", "jij", "jullie"];

    /// <summary>
    /// Dutch "you": after any verb-like first word it makes a verb-first question ("bel je hem?").
    /// English has no such rule: "maybe you could…" and "if you had…" are no questions.
    /// </summary>
    private static readonly HashSet<string> DutchAddressedSubjects = ["je", "jij", "u", "jullie"];

    /// <summary>First words that are no verb, so "…je" after them is no verb-first question ("als je…", "fijn je te zien").</summary>
    private static readonly HashSet<string> NotAVerb =
    [
        "als", "dat", "omdat", "toen", "zodat", "of", "nu", "terwijl", "voordat", "nadat", "tenzij", "hoewel",
        "zoals", "dan", "zo", "want", "maar", "en", "dus", "ook", "wel", "niet", "misschien", "volgens", "gisteren",
        "vandaag", "morgen", "straks", "daarna", "eerst", "hier", "daar", "alleen", "echt", "zelf", "fijn", "leuk",
        "goed", "mooi", "knap", "sterk", "top", "super", "bedankt", "dank", "jammer", "thanks", "thank",
    ];

    /// <summary>Endings that turn a statement into a closed check: "…, right?", "…, toch?".</summary>
    private static readonly string[] TagEndings =
    [
        "right", "correct", "yes", "yeah", "no", "isn't it", "aren't you", "don't you", "didn't you", "won't you",
        "wasn't it", "doesn't it", "isn't that so", "isn't that right", "or not", "agreed", "eh",
        "toch", "hè", "he", "hé", "niet", "nietwaar", "ja", "of niet", "klopt dat", "klopt het", "toch niet",
    ];

    /// <summary>Tag endings strong enough to count without a comma before them: "het ging goed toch".</summary>
    private static readonly string[] TagEndingsWithoutComma =
        ["right", "isn't it", "or not", "toch", "hè", "hé", "nietwaar", "of niet"];

    /// <summary>Modal verbs of a polite wrapper: "could you tell me…", "zou je kunnen zeggen…".</summary>
    private static readonly HashSet<string> PoliteModals =
        ["can", "could", "would", "will", "kun", "kan", "kunt", "zou", "wil", "wilt"];

    /// <summary>"Telling" verbs inside a polite wrapper.</summary>
    private static readonly HashSet<string> TellingVerbs =
    [
        "tell", "say", "share", "vertellen", "vertel", "zeggen", "delen", "aangeven",
        "explain", "describe", "clarify", "elaborate", "expand", "outline", "walk",
        "uitleggen", "beschrijven", "toelichten", "schetsen",
    ];

    /// <summary>Telling verbs that invite an open answer on their own: "can you explain that?".</summary>
    private static readonly HashSet<string> ExplainingVerbs =
    [
        "explain", "describe", "clarify", "elaborate", "expand", "outline", "walk",
        "uitleggen", "beschrijven", "toelichten", "schetsen",
    ];

    /// <summary>Openers that wrap an indirect question: "I'm curious how…", "ik vraag me af of…".</summary>
    private static readonly string[] CuriosityOpeners =
    [
        "i'm curious", "i am curious", "i wonder", "i was wondering", "i'd like to know", "i would like to know",
        "i'd love to hear", "i would love to hear", "i'd like to hear",
        "ik ben benieuwd", "ik ben nieuwsgierig", "ik vraag me af", "ik wil graag weten", "ik zou graag willen weten",
        "ik zou graag weten", "ik hoor graag",
    ];

    /// <summary>The asker as the one told, in a Dutch polite wrapper: "zou je me…", "kun je ons…", "zou je het ons…".</summary>
    private static readonly HashSet<string> ToTheAsker = ["me", "mij", "ons"];

    /// <summary>Right after "zou je" (or "zou je het"): "ons" further on is a possessive ("aan ons team").</summary>
    private static bool TellsTheAsker(string[] clause) =>
        ToTheAsker.Contains(clause[2]) || (clause.Length > 3 && clause[2] is "het" or "dat" or "dit" && ToTheAsker.Contains(clause[3]));

    /// <summary>In a polite wrapper these make it a yes/no question: "…tell me whether…", "…zeggen of…".</summary>
    private static readonly HashSet<string> WhetherWords = ["whether", "if", "of"];

    /// <summary>In a polite wrapper these make it open: "…tell me more about…", "…daar meer over vertellen".</summary>
    private static readonly HashSet<string> OpenWrapperWords = ["more", "about", "meer", "over", "iets", "something"];

    // ───────────────────────────── Summaries (active listening) ─────────────────────────────

    /// <summary>Openers of a summary; a summary is a statement, and never a solution.</summary>
    private static readonly string[] SummaryOpeners =
    [
        "if i understand", "if i'm understanding", "if i hear you", "if i'm hearing you", "what i'm hearing",
        "what i hear", "what you're saying is", "you're saying", "you are saying", "in other words",
        "to summarise", "to summarize", "let me summarise", "let me summarize", "summing up", "to sum up",
        "if i summarise", "if i summarize", "it sounds like", "sounds like", "i hear you say", "i hear that",
        "als ik het goed begrijp", "als ik je goed begrijp", "als ik het goed hoor", "als ik je goed hoor",
        "als ik het samenvat", "wat ik hoor", "wat ik je hoor zeggen", "ik hoor je zeggen", "ik hoor dat",
        "je zegt dus", "je zegt eigenlijk", "je zegt dat", "jij zegt dus", "met andere woorden", "samengevat",
        "kortom", "even samenvatten", "laat me samenvatten", "het klinkt alsof", "je bedoelt dus",
    ];

    /// <summary>Words at the start of a clause that only set the tone ("So, …", "Oké, …").</summary>
    private static readonly HashSet<string> LeadingFillers =
    [
        "so", "and", "but", "ok", "okay", "well", "oh", "ah", "um", "uh", "hmm", "hm", "right", "alright", "now",
        "then", "yes", "yeah", "no", "en", "maar", "dus", "oké", "oke", "nou", "ja", "nee", "goed", "eh", "ehm",
        "ach",
    ];

    // ───────────────────────────── Solutions ─────────────────────────────

    /// <summary>Verbs that, first in a clause, make it an instruction: "move the tasks", "bel hem".</summary>
    private static readonly HashSet<string> ImperativeVerbs =
    [
        "give", "move", "shift", "reschedule", "postpone", "call", "phone", "email", "mail", "send", "ask", "tell",
        "put", "do", "take", "use", "go", "try", "drop", "cancel", "skip", "hand", "delegate", "pass", "fix",
        "stop", "start", "talk", "plan", "make", "escalate", "assign", "write", "book", "schedule", "prioritise",
        "prioritize", "split", "remove", "delete", "add", "change", "switch", "say", "push", "inform", "contact",
        "check", "finish", "leave", "forget", "ignore", "accept", "decline", "block", "focus", "work", "get",
        "handle", "sort", "deal", "prepare", "update", "review", "reply", "respond", "set", "organise", "organize",
        "invite", "remind", "share",
        "geef", "verschuif", "schuif", "verplaats", "bel", "stuur", "vraag", "doe", "zet", "neem", "pak", "regel",
        "gebruik", "probeer", "begin", "ga", "maak", "schrap", "verdeel", "delegeer", "escaleer", "schrijf",
        "zorg", "hou", "houd", "annuleer", "boek", "laat", "kies", "praat", "leg", "overleg", "informeer", "meld",
        "beslis", "accepteer", "weiger", "blokkeer", "verwijder", "voeg", "wacht", "negeer", "werk", "bereid",
        "reageer", "organiseer", "stel", "herinner", "bespreek", "ruim", "lever", "rond", "deel",
    ];

    /// <summary>Openings that look like an instruction but invite or ask ("tell me more", "take your time").</summary>
    private static readonly string[] NotAnInstruction =
    [
        "tell me", "tell us", "ask yourself", "take a moment", "take your time", "take a minute", "go ahead",
        "give me an example", "give an example", "give me some examples", "let me know", "try to describe",
        "try to explain", "leg eens uit", "leg uit", "leg me uit", "leg me eens uit", "neem me mee",
        "neem me eens mee", "neem de tijd", "neem even de tijd", "geef eens een voorbeeld", "geef een voorbeeld",
        "laat maar weten", "laat het me weten", "laat me weten", "neem je tijd", "neem jij de tijd",
        "geef je mening", "geef jouw mening", "give your opinion", "share your thoughts", "share more",
        "share with me", "deel je gedachten", "stel je voor", "work out what", "get back to me", "werk uit wat",
    ];

    /// <summary>"Let's move it" / "laten we het verschuiven" decide; "let's look at it together" does not.</summary>
    private static readonly string[] Proposals = ["let's", "let us", "laten we", "shall we", "should we", "zullen we"];
    private static readonly HashSet<string> NeutralAfterProposal =
    [
        "look", "see", "talk", "think", "explore", "discuss", "summarise", "summarize", "start", "begin", "first",
        "together", "have", "take", "eens", "even", "samen", "kijken", "praten", "bespreken", "samenvatten",
        "beginnen", "starten", "nadenken",
    ];

    /// <summary>Softeners in front of an instruction: "just…", "gewoon…". "Just curious" is no instruction.</summary>
    private static readonly HashSet<string> InstructionSofteners = ["just", "simply", "gewoon"];
    private static readonly HashSet<string> NotSoftenedInstruction =
        ["curious", "checking", "wondering", "asking", "benieuwd", "nieuwsgierig", "een", "a", "to", "now"];
    private static readonly HashSet<string> DescribingDutchVerbs =
        ["bent", "ben", "was", "lijkt", "wordt", "voelt", "hebt", "heb", "weet", "kunt", "kan", "mag", "had", "deed"];
    private static readonly HashSet<string> Politeness = ["please", "alsjeblieft", "alstublieft", "even"];

    /// <summary>
    /// Advice, taking over and ready-made plans. They only count outside open questions, and not
    /// right after a question word ("do you know what you could do?").
    /// </summary>
    private static readonly string[] AdvicePhrases =
    [
        // English advice
        "you should", "you must", "you need to", "you have to", "you've got to", "you ought to", "you'd better",
        "you better", "you could", "you can just", "you can simply", "you can also", "you can always",
        "you might want to", "if i were you", "my advice", "i suggest", "i'd suggest", "i would suggest",
        "i recommend", "i'd recommend", "i advise", "the best thing", "the best way", "your best bet",
        "the solution is", "it's better to", "it is better to", "it would be better", "it's best to",
        "it is best to", "all you have to do", "all you need to do", "what you need to do is",
        "what you should do", "i want you to", "i need you to",
        // English taking over and ready-made plans
        "give it to me", "i'll do it", "i will do it", "i'll handle", "i'll take care", "i'll take over",
        "i'll take it", "i'll sort it", "i'll fix it", "leave it to me", "let me do it", "let me handle",
        "let me take", "let me fix", "hand it over", "take it over", "do it for you", "here's the plan",
        "the plan is", "my proposal", "i propose", "this is what we'll do", "this is what we're going to do",
        "we'll do it like this",
        // Dutch advice
        "je moet", "jij moet", "u moet", "je zou", "jij zou", "je kunt gewoon", "je kan gewoon", "je kunt beter",
        "je kan beter", "je kunt ook", "je kan ook", "je kunt altijd", "je kan altijd", "je kunt eens",
        "je kan eens", "als ik jou was", "als ik u was", "in jouw plaats", "mijn advies", "ik stel voor",
        "ik raad je aan", "ik raad aan", "ik adviseer", "het beste kun je", "het beste kan je", "het beste is",
        "je kunt het beste", "je kan het beste", "het is beter om", "het is het beste om",
        "het lijkt me beter om", "de oplossing is", "wat je moet doen is", "je hoeft alleen",
        "misschien moet je", "misschien kun je", "misschien kan je", "misschien zou je", "ik wil dat je",
        "ik wil dat jij", "ik wil dat u",
        // Dutch taking over and ready-made plans
        "geef maar hier", "geef maar aan mij", "ik doe het wel", "ik doe het zelf", "ik regel het",
        "ik neem het over", "neem ik het over", "ik pak het wel", "ik pak het op", "laat mij maar",
        "laat maar aan mij", "laat het aan mij", "voor je doen", "voor je regelen", "het wel overnemen",
        "het overnemen", "mijn voorstel", "het plan is", "ik ga het zo doen", "we gaan het zo doen",
        "dit is wat we gaan doen", "we doen het zo",
    ];

    /// <summary>Offers that take the task over ("shall I call him?") when one of the doing verbs follows.</summary>
    private static readonly string[] OffersToTakeOver =
        ["shall i", "should i", "do you want me to", "want me to", "wil je dat ik", "zal ik", "moet ik"];
    private static readonly HashSet<string> TakeOverVerbs =
    [
        "do", "take", "handle", "fix", "sort", "call", "write", "send", "solve", "deal", "tell", "email", "finish",
        "doen", "regelen", "overnemen", "overneem", "bellen", "bel", "schrijven", "schrijf", "sturen", "stuur",
        "oplossen", "los", "afmaken", "mailen", "mail", "zeggen",
    ];

    /// <summary>Look-alikes of advice that hand the thinking back or only express a feeling.</summary>
    private static readonly string[] NotAdvice =
    [
        "you must be", "you could say", "you could argue", "for yourself", "shall i summarise",
        "shall i summarize", "shall i repeat", "je moet het zelf weten", "moet je zelf weten", "zelf weten",
        "je zou denken", "je zou zeggen", "zal ik samenvatten", "zal ik even samenvatten", "zal ik herhalen",
        "zelf beslissen", "zelf kiezen",
    ];

    /// <summary>Dutch modal + "je" in the middle of a statement is advice: "dan moet je…", "dan zou je…".</summary>
    private static readonly string[] DutchAdviceAfterFrontedWord = ["moet je", "moet jij", "moet u", "zou je", "zou jij"];

    /// <summary>After "I would" / "ik zou" these words express a wish or curiosity, not advice.</summary>
    private static readonly HashSet<string> NotAdviceAfterIWould =
    [
        "like", "love", "be", "want", "say", "think", "guess", "imagine", "wonder", "hope", "appreciate",
        "welcome", "enjoy", "graag", "benieuwd", "denken", "hopen", "zeggen",
    ];

    /// <summary>What a manager wants to learn ("I'd like to know…"), not a solution.</summary>
    private static readonly HashSet<string> LearningVerbs =
        ["know", "hear", "understand", "learn", "explore", "ask", "listen", "find", "weten", "horen", "begrijpen"];

    /// <summary>
    /// Question openers that carry the answer ("have you considered asking…?"). They lead only when
    /// an action follows: "just"/"simply" or an -ing verb, not "what you want".
    /// </summary>
    private static readonly string[] LeadingWhenActionFollows =
    [
        "have you thought about", "have you thought of", "have you considered", "did you consider",
        "have you tried", "did you try", "did you think about", "did you think of", "how about", "what about",
        "what do you think about", "what do you think of",
    ];

    /// <summary>Phrases that lead whatever follows: the answer is in the question.</summary>
    private static readonly string[] LeadingPhrases =
    [
        "can't you just", "couldn't you just", "can you not just", "can't you simply", "couldn't you simply",
        "why not just", "wouldn't it be", "isn't it better", "isn't it easier", "isn't it best", "isn't it smarter",
        "wouldn't it make sense", "shouldn't you", "shouldn't we", "don't you think you should",
        "don't you think it would", "would it help to", "would it help if you", "would it not be",
        "zou het helpen om", "zou het helpen als je", "zou het niet",
        "niet gewoon", "niet handiger", "niet beter", "niet makkelijker", "niet slimmer", "geen idee om",
        "geen goed idee om", "gedacht om", "nagedacht om", "overwogen om", "geprobeerd om", "wat dacht je van",
    ];

    /// <summary>"Why don't you…?" is a real why-question when these follow ("why don't you want to?").</summary>
    private static readonly HashSet<string> GenuineWhyNotVerbs =
    [
        "want", "like", "feel", "think", "agree", "believe", "trust", "see", "know", "understand", "enjoy",
        "care",
    ];

    /// <summary>"What if you could…" explores; "what if you asked Peter" proposes.</summary>
    private static readonly HashSet<string> HypotheticalWords =
    [
        "could", "had", "were", "would", "knew", "didn't", "couldn't", "weren't", "imagine", "was", "did",
        "kon", "zou", "had", "was", "waren", "hadden", "konden", "zouden", "wist",
    ];

    /// <summary>Words that go with who "how about you" addresses, before the action it may propose: "how about you guys call…".</summary>
    private static readonly HashSet<string> AddresseeWords =
        ["guys", "all", "both", "two", "yourself", "yourselves", "too", "personally", "then", "now", "maybe", "perhaps"];

    /// <summary>Dutch modals that make "kun je niet even…?" or "kun je gewoon…?" a proposal.</summary>
    private static readonly HashSet<string> DutchProposalModals =
        ["kun", "kan", "kunt", "zou", "wil", "wilt", "moet", "ga", "zullen", "zal"];

    private static readonly HashSet<string> DutchNudges = ["gewoon", "even", "eerst", "beter", "liever", "meteen"];

    private static readonly HashSet<string> NotAnIngVerb =
        ["thing", "anything", "something", "everything", "nothing", "morning", "evening", "during", "bring", "king"];

    // ───────────────────────────── Language detection ─────────────────────────────

    /// <summary>Common words that occur in only one of the two languages.</summary>
    private static readonly HashSet<string> DutchMarkers =
    [
        "je", "jij", "jou", "jouw", "u", "jullie", "het", "de", "een", "ik", "mij", "mijn", "wat", "hoe", "welke",
        "welk", "waarom", "wie", "waar", "wanneer", "niet", "en", "van", "dat", "die", "dit", "deze", "heb",
        "hebt", "heeft", "ben", "bent", "kun", "kunt", "kan", "wil", "wilt", "zou", "zal", "gaat", "ga", "toch",
        "hè", "gewoon", "maar", "dus", "eens", "er", "om", "te", "voor", "met", "op", "ook", "al", "nog", "zelf",
        "moet", "doe", "doet", "geef", "vertel", "hem", "haar", "ze", "zijn", "naar", "bij", "als", "hoezo",
        "hoeveel", "waardoor", "waarmee", "hoeverre", "nodig", "echt", "goed", "klaar", "aan", "wel", "geen",
        "nee", "ja", "oké", "zo", "daar", "hier", "gedaan", "geprobeerd", "denk", "vind", "weet", "mee", "uit",
        "lukt", "klopt", "graag", "omdat", "misschien", "begrijp", "samen", "gesprek", "het", "t", "ervan",
        "daarvan", "hoor", "zeg", "bel", "echt",
    ];

    private static readonly HashSet<string> EnglishMarkers =
    [
        "you", "your", "yours", "the", "a", "an", "i", "my", "what", "how", "which", "why", "who", "where",
        "when", "not", "and", "that", "this", "these", "do", "does", "did", "have", "has", "can", "could",
        "would", "should", "will", "it", "to", "just", "so", "right", "tell", "more", "about", "for", "with",
        "on", "are", "were", "don't", "didn't", "if", "think", "try", "tried", "yourself", "been", "be", "there",
        "they", "them", "get", "got", "need", "help", "feel", "really", "done", "can't", "isn't", "you're",
        "i'm", "it's", "i'll", "let", "give", "move", "call", "ask", "from", "at", "by", "or", "but", "all",
        "any", "some", "out", "up", "too", "also", "understand", "correctly", "what's", "yet", "great", "good",
        "job", "keep", "going", "thanks", "thank", "yes", "well", "see", "let's", "please", "sorry", "sure",
    ];

    // ───────────────────────────── Suggestions ─────────────────────────────

    private const string EnglishHandBack = "What options do you see yourself?";
    private const string DutchHandBack = "Welke mogelijkheden zie je zelf?";

    /// <summary>
    /// Open rephrasings of a closed question, chosen by a word from the question and reusing its topic
    /// ("the report", "het rapport") when there is one. First matching row wins.
    /// </summary>
    private static readonly (string[] Triggers, Func<string?, string> Rephrase)[] EnglishRephrasings =
    [
        (["try", "tried", "tries", "trying", "test", "tested"],
            topic => topic is null ? "What have you tried so far?" : $"What have you tried so far with {topic}?"),
        (["talk", "talked", "spoke", "spoken", "speak", "discuss", "discussed", "asked", "contacted", "contact",
          "called", "emailed", "mailed"],
            topic => $"Who have you talked to about {topic ?? "this"} so far?"),
        (["understand", "understood", "clear", "follow", "sense"],
            topic => topic is null ? "What is still unclear to you?" : $"What is still unclear to you about {topic}?"),
        (["finish", "finished", "done", "ready", "complete", "completed", "deliver", "delivered"],
            topic => $"What still needs to happen before {topic ?? "it"} is finished?"),
        (["need", "needs", "require"],
            topic => topic is null ? "What do you need?" : $"What do you need for {topic}?"),
        (["help", "support"], _ => "What would help you most right now?"),
        (["sure", "certain"],
            topic => topic is null ? "What would help you feel more certain?" : $"What would help you feel more certain about {topic}?"),
        (["go", "going", "went", "goes", "work", "worked", "works", "working", "progress"],
            topic => $"How is {topic ?? "it"} going?"),
        (["feel", "feeling", "worried", "stressed", "nervous", "anxious", "upset", "frustrated", "afraid",
          "confident", "happy", "satisfied", "pleased", "comfortable", "ok", "okay", "fine", "alright"],
            topic => $"How do you feel about {topic ?? "it"}?"),
        (["plan", "planned", "planning", "schedule", "approach", "start", "started", "begin"],
            topic => $"How are you planning to approach {topic ?? "this"}?"),
        (["want", "like", "prefer", "wish"],
            topic => topic is null ? "What would you like to happen?" : $"What would you like to happen with {topic}?"),
        (["know", "knew", "aware"], topic => $"What do you know about {topic ?? "this"} so far?"),
        (["think", "agree", "believe", "thought", "consider", "considered"],
            topic => $"What are your own thoughts on {topic ?? "this"}?"),
    ];

    private static readonly (string[] Triggers, Func<string?, string> Rephrase)[] DutchRephrasings =
    [
        (["geprobeerd", "probeer", "probeerde", "proberen", "uitgeprobeerd", "getest", "test"],
            topic => topic is null ? "Wat heb je zelf al geprobeerd?" : $"Wat heb je zelf al geprobeerd met {topic}?"),
        (["gesproken", "gepraat", "besproken", "gevraagd", "gebeld", "gemaild", "spreek", "praat", "overlegd",
          "contact"],
            _ => "Met wie heb je er al over gesproken?"),
        (["begrijp", "begrijpt", "begrepen", "snap", "snapt", "duidelijk", "helder", "volg"],
            topic => topic is null ? "Wat is je nog niet duidelijk?" : $"Wat is je nog niet duidelijk aan {topic}?"),
        (["lukt", "lukte", "gelukt", "lukken"], _ => "Wat lukt al, en waar loop je nog tegenaan?"),
        (["af", "klaar", "afgerond", "afronden", "afgemaakt", "opgeleverd", "gedaan"],
            topic => $"Wat is er nog nodig om {topic ?? "het"} af te ronden?"),
        (["nodig"], topic => topic is null ? "Wat heb je nodig?" : $"Wat heb je nodig voor {topic}?"),
        (["hulp", "helpen", "steun", "ondersteuning"], _ => "Wat zou je nu het meest helpen?"),
        (["gaat", "ging", "loopt", "liep", "werkt", "werkte", "verloopt"],
            topic => topic is null ? "Hoe gaat het volgens jou?" : $"Hoe staat het ervoor met {topic}?"),
        (["voel", "voelt", "gevoel", "zorgen", "spannend", "stress", "bang", "onzeker", "vertrouwen", "tevreden",
          "blij", "oké", "prima"],
            topic => topic is null ? "Hoe voel je je daarover?" : $"Hoe voel je je over {topic}?"),
        (["plan", "plannen", "gepland", "aanpak", "aanpakken", "beginnen", "begonnen", "starten"],
            topic => $"Hoe ga je {topic ?? "het"} aanpakken?"),
        (["wil", "wilt", "willen", "zin"], _ => "Wat zou je zelf willen?"),
        (["weet", "wist", "weten", "zeker"], _ => "Wat weet je er al over?"),
        (["denk", "denkt", "vind", "vindt"],
            topic => topic is null ? "Wat vind je er zelf van?" : $"Hoe kijk je zelf naar {topic}?"),
    ];

    /// <summary>
    /// Words that start a topic phrase: "the report", "je planning". Indefinite "a"/"een" are left
    /// out on purpose: "a look", "een week" name no topic worth repeating.
    /// </summary>
    private static readonly HashSet<string> Determiners =
    [
        "the", "your", "this", "that", "these", "those", "my", "our", "their", "his", "her",
        "de", "het", "je", "jouw", "die", "dat", "deze", "dit", "jullie", "onze", "ons", "mijn",
    ];

    /// <summary>Words that end a topic phrase (time, particles, predicates).</summary>
    private static readonly HashSet<string> TopicStopWords =
    [
        "already", "yet", "still", "now", "today", "tomorrow", "yesterday", "well", "ok", "okay", "fine", "done",
        "finished", "ready", "clear", "right", "really", "too", "also", "to", "with", "for", "about", "on", "in",
        "at", "by", "of", "and", "or", "but", "so", "then", "it", "you", "me", "him", "her", "them", "us",
        "next", "last", "again", "first", "before", "after", "differently", "yourself",
        "al", "nog", "niet", "wel", "goed", "ook", "gewoon", "even", "eens", "echt", "zelf", "er", "daar", "hier",
        "dan", "nu", "toen", "morgen", "vandaag", "gisteren", "af", "klaar", "op", "aan", "met", "over", "voor",
        "naar", "bij", "van", "om", "te", "en", "of", "maar", "toch", "hè", "duidelijk", "helder", "gelukt",
        "ik", "jij", "u", "we", "ze", "hem", "mij", "me", "volgende", "vorige", "eerst", "together", "samen",
        "anders", "iets", "niets", "alles", "something", "anything", "everything", "nothing",
    ];

    /// <summary>"dat"/"that" followed by one of these starts a subclause ("klopt het dat je…"), not a topic.</summary>
    private static readonly HashSet<string> SubclauseSubjects =
        ["je", "jij", "u", "het", "ik", "we", "ze", "hij", "zij", "er", "you", "i", "it", "we", "they", "he", "she"];

    /// <summary>Linking verbs: after "is the deadline realistic" the last word is not part of the topic.</summary>
    private static readonly HashSet<string> Copulas = ["is", "are", "was", "were", "zijn", "waren", "wordt", "blijft"];

    // ───────────────────────────── Analysis ─────────────────────────────

    /// <summary>
    /// Judges a sentence (or a few) the manager says. <paramref name="language"/> null means: detect
    /// Dutch or English from the words.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty, whitespace or has no words.</exception>
    public static QuestionAnalysis Analyse(string text, Language? language = null)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException("There is no text to analyse.", nameof(text));

        var sentences = SplitIntoSentences(text);
        var allWords = sentences.SelectMany(s => s.Clauses).SelectMany(c => c).ToArray();
        if (allWords.Length == 0)
            throw new ArgumentException("The text has no words to analyse.", nameof(text));

        var detected = language ?? DetectLanguage(allWords);
        var kind = QuestionKind.Statement;
        string[]? lastQuestion = null;
        var givesSolution = false;
        foreach (var (clauses, terminal) in sentences)
        {
            var (sentenceKind, sentenceGivesSolution) = JudgeSentence(clauses, terminal);
            givesSolution |= sentenceGivesSolution;
            if (sentenceKind is { } questionKind)
            {
                kind = questionKind;
                lastQuestion = clauses.SelectMany(c => c).ToArray();
            }
        }

        var suggestion = givesSolution
            ? (detected == Language.Nl ? DutchHandBack : EnglishHandBack)
            : kind == QuestionKind.Closed ? OpenRephrasing(lastQuestion!, detected) : null;
        return new QuestionAnalysis(kind, givesSolution, suggestion, detected);
    }

    /// <summary>Dutch or English, by counting words that belong to only one of them.</summary>
    private static Language DetectLanguage(IReadOnlyCollection<string> words)
    {
        var dutch = words.Count(DutchMarkers.Contains);
        var english = words.Count(EnglishMarkers.Contains);
        if (dutch != english) return dutch > english ? Language.Nl : Language.En;
        // A tie (unknown words like "Echt?"): compare spellings typical of each language.
        string[] dutchSpellings = ["ij", "oe", "ui", "aa", "ee", "uu", "sch", "cht", "tje"];
        string[] englishSpellings = ["th", "wh", "ing", "ou", "ea", "ay", "ck", "ght", "y"];
        var dutchLooking = words.Sum(w => dutchSpellings.Count(w.Contains));
        var englishLooking = words.Sum(w => englishSpellings.Count(w.Contains));
        return dutchLooking > englishLooking ? Language.Nl : Language.En;
    }

    /// <summary>The kind of one sentence (null: not a question) and whether it hands over a solution.</summary>
    private static (QuestionKind? Kind, bool GivesSolution) JudgeSentence(string[][] clauses, char terminal)
    {
        if (terminal == '?' && clauses.SelectMany(c => c).All(GoOnPrompts.Contains))
            return (QuestionKind.Open, false); // "And?", "En verder?" invite the other to go on
        var content = clauses.Select(StripLeadingFillers).Where(c => c.Length > 0).ToArray();
        if (content.Length == 0)
            return (terminal == '?' ? QuestionKind.Closed : null, false); // "Right?" "Ok?" check
        if (content.Any(c => StartsWithAny(c, SummaryOpeners)))
            return (null, false);

        var sentence = Joined(content.SelectMany(c => c));
        var kind = KindOf(clauses, content, terminal);
        var leading = kind is not null && (IsLeadingQuestion(content[0], sentence) || content.Any(ProposesWithHowAboutYou));
        if (leading) kind = QuestionKind.Closed; // the answer is in the question: a yes/no to the manager's idea

        var givesSolution = leading
            || content.Any(clause => IsInstruction(clause, terminal))
            || content.Any(ProposesAnAction)
            || (kind != QuestionKind.Open && ContainsAdvice(content, sentence));
        return (kind, givesSolution);
    }

    private static QuestionKind? KindOf(string[][] clauses, string[][] content, char terminal)
    {
        var firstOpener = OpenerKind(content[0], terminal, isFirstClause: true);
        if (EndsWithTag(clauses, content, firstOpener)) return QuestionKind.Closed;
        if (firstOpener is not null) return firstOpener;
        // "If you had no limits, what would you do?": the question can follow an introductory clause.
        foreach (var clause in content.Skip(1))
        {
            if (OpenerKind(clause, terminal, isFirstClause: false) is { } later) return later;
        }
        return terminal == '?' ? QuestionKind.Closed : null; // "You tried it?" is a yes/no question
    }

    private static bool EndsWithTag(string[][] clauses, string[][] content, QuestionKind? firstOpener)
    {
        if (clauses.Length >= 2 && TagEndings.Contains(string.Join(' ', clauses[^1]))) return true;
        if (firstOpener == QuestionKind.Open) return false; // "wat wil je toch?" keeps its question word
        var words = content[^1];
        return words.Length >= 2 && TagEndingsWithoutComma.Any(tag => EndsWith(words, tag));
    }

    /// <summary>The kind that a clause's opening words give it; null when they make no question.</summary>
    private static QuestionKind? OpenerKind(string[] clause, char terminal, bool isFirstClause)
    {
        if (PoliteWrapperKind(clause) is { } wrapped) return wrapped;
        if (StartsWithAny(clause, OpenInvitations)) return QuestionKind.Open;
        if (terminal == '!') return null; // "Wat fijn!" "How nice!" exclaim, they do not ask

        var asked = terminal == '?';
        var afterQuestionWord = QuestionWordEnd(clause);
        if (afterQuestionWord > 0)
        {
            var embedded = afterQuestionWord < clause.Length && NotAQuestionAfterQuestionWord.Contains(clause[afterQuestionWord]);
            return asked || !embedded ? QuestionKind.Open : null;
        }

        // Verb-first needs the question mark after an introductory clause: "als ik jou was, zou ik…" states.
        if ((isFirstClause || asked) && IsVerbFirstQuestion(clause, terminal)) return QuestionKind.Closed;
        return null;
    }

    /// <summary>Index just after a leading question word ("what…", "in hoeverre…"), or 0 when there is none.</summary>
    private static int QuestionWordEnd(string[] clause)
    {
        if (QuestionWords.Contains(clause[0])) return 1;
        return clause.Length > 1 && Prepositions.Contains(clause[0]) && QuestionWords.Contains(clause[1]) ? 2 : 0;
    }

    /// <summary>"Did you…", "Is it…", "Heb je…", "Bel je hem…": a yes/no question by word order.</summary>
    private static bool IsVerbFirstQuestion(string[] clause, char terminal)
    {
        if (clause.Length < 2) return false;
        var (first, second) = (clause[0], clause[1]);
        if (EnglishAuxiliaries.Contains(first) && EnglishSubjects.Contains(second))
        {
            if (first == "do" && second is "it" or "this" or "that" or "the" or "a" or "an") return false; // "do it now"
            if (first == "have" && second is "a" or "an" or "the") return false; // "have a look"
            return true;
        }
        if (DutchVerbFirst.Contains(first) && DutchSubjects.Contains(second)) return true;
        if (!DutchAddressedSubjects.Contains(second) || NotAVerb.Contains(first) || QuestionWords.Contains(first)) return false;
        // "Geef je mening." with a full stop is an instruction with "je" = "your".
        return !(terminal is '.' or '!' && ImperativeVerbs.Contains(first));
    }

    /// <summary>
    /// "Could you tell me whether…" is closed, "Kun je me vertellen hoe…" and "I'm curious how…" are
    /// open. Null when the clause is no polite wrapper.
    /// </summary>
    private static QuestionKind? PoliteWrapperKind(string[] clause)
    {
        int scanFrom;
        var explaining = false;
        if (clause.Length >= 3 && PoliteModals.Contains(clause[0]) && AddressedSubjects.Contains(clause[1]))
        {
            var verbAt = Array.FindIndex(clause, 2, Math.Min(5, clause.Length - 2), TellingVerbs.Contains);
            // Dutch puts the verb last, however long the middle: "zou je me daar wat meer over kunnen vertellen?". Only
            // when it is told to the asker ("me", "ons"): "zou je het de klant willen uitleggen?" asks for an action.
            if (verbAt < 0 && TellingVerbs.Contains(clause[^1]) && TellsTheAsker(clause)) verbAt = clause.Length - 1;
            if (verbAt < 0) return null;
            explaining = ExplainingVerbs.Contains(clause[verbAt]);
            scanFrom = 2;
        }
        else if (CuriosityOpeners.FirstOrDefault(o => StartsWith(clause, o)) is { } opener)
        {
            scanFrom = opener.Split(' ').Length;
        }
        else
        {
            return null;
        }

        foreach (var word in clause.Skip(scanFrom))
        {
            if (WhetherWords.Contains(word)) return QuestionKind.Closed;
            if (QuestionWords.Contains(word) || OpenWrapperWords.Contains(word)) return QuestionKind.Open;
        }
        return explaining ? QuestionKind.Open : null;
    }

    /// <summary>
    /// "How about you try restarting it?", "Anna, how about you call the client?", "how about you and Sanne pair up?",
    /// "how about you explain it to the client?" propose; "how about you?", "how about you, Anna?", "how about you and your
    /// team?" ask for their view, and "how about you tell me…" invites. The word after who is addressed decides.
    /// </summary>
    private static bool ProposesWithHowAboutYou(string[] clause)
    {
        var at = Enumerable.Range(0, Math.Max(0, clause.Length - 2))
            .FirstOrDefault(i => clause[i] == "how" && clause[i + 1] == "about" && clause[i + 2] is "you" or "we", -1);
        if (at < 0) return false;
        var next = at + 3;
        while (next < clause.Length)
        {
            if (AddresseeWords.Contains(clause[next])) next++;
            // "…you and Sanne…", "…you and your team…": the other person joins who is addressed.
            else if (clause[next] == "and") next += next + 1 < clause.Length && Determiners.Contains(clause[next + 1]) ? 3 : 2;
            else break;
        }
        if (next >= clause.Length || QuestionWords.Contains(clause[next])) return false;
        // Telling the asker invites; telling someone else is the action proposed.
        return !TellingVerbs.Contains(clause[next]) || next + 1 >= clause.Length || clause[next + 1] is not ("me" or "us");
    }

    /// <summary>A question that carries the answer: "why don't you just…?", "kun je niet gewoon…?".</summary>
    private static bool IsLeadingQuestion(string[] firstClause, string sentence)
    {
        if (LeadingPhrases.Any(p => HasPhrase(sentence, p))) return true;

        foreach (var opener in LeadingWhenActionFollows)
        {
            var next = WordAfter(sentence, opener);
            if (next is not null && (InstructionSofteners.Contains(next) || IsIngVerb(next))) return true;
        }


        // "Why don't you call him?" proposes; "why don't you want to?" asks for a reason.
        var afterWhyDont = WordAfter(sentence, "why don't you") ?? WordAfter(sentence, "why don't we");
        if (afterWhyDont is not null && !GenuineWhyNotVerbs.Contains(afterWhyDont)) return true;
        if (StartsWith(firstClause, "why not") && firstClause.Length > 2) return true;

        // "What if you asked Peter?" proposes; "what if you could start over?" explores.
        if ((StartsWith(firstClause, "what if") || StartsWith(firstClause, "wat als"))
            && firstClause.Length > 3 && !firstClause.Any(HypotheticalWords.Contains))
            return true;

        // "Waarom bel je hem niet eerst?", "kun je gewoon…?", "zou je niet even…?"
        var notYetTried = firstClause.Zip(firstClause.Skip(1)).Any(p => p.First == "niet" && DutchNudges.Contains(p.Second));
        if (notYetTried && firstClause[0] == "waarom") return true;
        var modalToYou = firstClause.Length > 1 && DutchProposalModals.Contains(firstClause[0])
            && (AddressedSubjects.Contains(firstClause[1]) || firstClause[1] is "we" or "wij");
        if (modalToYou && (notYetTried || firstClause.Contains("gewoon"))) return true;

        // "Can you just move the tasks?" is a polite instruction; "can you just tell me more?" is not.
        var afterJust = WordAfter(sentence, "can you just") ?? WordAfter(sentence, "could you just");
        if (afterJust is not null && !TellingVerbs.Contains(afterJust) && afterJust != "give") return true;

        // "What do you think about just moving…?", "…om die taken gewoon te verschuiven?"
        for (var i = 0; i < firstClause.Length - 1; i++)
        {
            if (firstClause[i] is "just" or "simply" && IsIngVerb(firstClause[i + 1])) return true;
        }
        var omAt = Array.IndexOf(firstClause, "om");
        var gewoonAt = omAt < 0 ? -1 : Array.IndexOf(firstClause, "gewoon", omAt);
        return gewoonAt > 0 && Array.IndexOf(firstClause, "te", gewoonAt) > gewoonAt;
    }

    /// <summary>"Move the tasks", "geef maar hier", "just send it": a clause that tells what to do.</summary>
    private static bool IsInstruction(string[] clause, char terminal)
    {
        var i = 0;
        while (i < clause.Length && Politeness.Contains(clause[i])) i++;
        if (i >= clause.Length) return false;
        var rest = clause[i..];
        if (StartsWithAny(rest, NotAnInstruction)) return false;

        if (InstructionSofteners.Contains(rest[0]))
            return rest.Length > 1 && !NotSoftenedInstruction.Contains(rest[1]);

        if (TellsYouWhatToDo(rest)) return true;
        if (!ImperativeVerbs.Contains(rest[0])) return false;
        // "Bel je hem?" / "Do you…?" / "Vraag ik me af": a subject after the verb makes it no instruction,
        // except Dutch "Neem jij de calls over." with a full stop: an instruction to you.
        var next = rest.Length > 1 ? rest[1] : null;
        if (next is null) return rest[0] is not ("try" or "start" or "stop" or "begin"); // a lone "Start." decides nothing
        if (next is "je" or "jij" && terminal is '.' or '!') return true;
        return next is not ("you" or "je" or "jij" or "u" or "jullie" or "ik" or "we" or "wij" or "i");
    }

    /// <summary>
    /// An instruction with "you" in front: "You just call him.", "Jij gaat gewoon door." — but not
    /// "you just started" or "je bent gewoon moe", which describe.
    /// </summary>
    private static bool TellsYouWhatToDo(string[] clause)
    {
        if (clause.Length < 3) return false;
        if (clause[0] == "you" && clause[1] is "just" or "simply")
            return ImperativeVerbs.Contains(clause[2]) || clause[2] is "carry" or "keep" or "continue";
        return clause[0] is "je" or "jij" && clause[2] == "gewoon" && !DescribingDutchVerbs.Contains(clause[1]);
    }

    /// <summary>"Let's move the deadline", "zullen we de taken verdelen?": a joint decision the manager proposes.</summary>
    private static bool ProposesAnAction(string[] clause)
    {
        var proposal = Proposals.FirstOrDefault(p => StartsWith(clause, p));
        if (proposal is null) return false;
        var next = clause.Skip(proposal.Split(' ').Length).FirstOrDefault();
        return next is not null && !NeutralAfterProposal.Contains(next);
    }

    /// <summary>Advice or taking over, outside open questions: "you should…", "ik zou…", "zal ik…".</summary>
    private static bool ContainsAdvice(string[][] content, string sentence)
    {
        var cleaned = WithoutAdviceLookAlikes(sentence);
        if (AdvicePhrases.Any(p => HasAdvisingPhrase(cleaned, p))) return true;
        foreach (var offer in OffersToTakeOver)
        {
            var at = cleaned.IndexOf(" " + offer + " ", StringComparison.Ordinal);
            if (at >= 0 && cleaned[(at + offer.Length + 2)..].Split(' ').Any(TakeOverVerbs.Contains)) return true;
        }
        if (IWouldAdvises(cleaned, "i would") || IWouldAdvises(cleaned, "i'd") || IWouldAdvises(cleaned, "ik zou"))
            return true;
        return content.Any(clause =>
        {
            var cleanedClause = WithoutAdviceLookAlikes(Joined(clause));
            // Dutch puts the verb second after a fronted word: "Dan moet je…", "Misschien zou je…".
            if (DutchAdviceAfterFrontedWord.Any(p => HasPhrase(cleanedClause, p) && !StartsWith(clause, p))) return true;
            // …and last in a subclause: "Ik denk dat je het aan Sanne moet vragen."
            var thatYou = cleanedClause.IndexOf(" dat je ", StringComparison.Ordinal);
            if (thatYou < 0) thatYou = cleanedClause.IndexOf(" dat jij ", StringComparison.Ordinal);
            return thatYou >= 0 && cleanedClause[thatYou..].Split(' ').Any(w => w is "moet" or "zou" or "beter");
        });
    }

    /// <summary>Blanks out "je moet het zelf weten", "you must be tired" and the like before looking for advice.</summary>
    private static string WithoutAdviceLookAlikes(string joined) =>
        NotAdvice.Aggregate(joined, (text, phrase) => text.Replace(" " + phrase + " ", " · ", StringComparison.Ordinal));

    /// <summary>
    /// True when the phrase occurs as advice: "you could ask Peter" advises, "do you know what you
    /// could do?" and "ask him whether you should" only ask.
    /// </summary>
    private static bool HasAdvisingPhrase(string joined, string phrase)
    {
        var needle = " " + phrase + " ";
        for (var at = joined.IndexOf(needle, StringComparison.Ordinal); at >= 0;
             at = joined.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var before = joined[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
            if (before is null || !QuestionWords.Contains(before) && !WhetherWords.Contains(before)) return true;
        }
        return false;
    }

    /// <summary>"I would call him" advises; "I would like to know…" or "ik zou graag…" does not.</summary>
    private static bool IWouldAdvises(string sentence, string iWould)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = iWould.Split(' ');
        for (var i = 0; i + phrase.Length < words.Length; i++)
        {
            if (!words.AsSpan(i, phrase.Length).SequenceEqual(phrase)) continue;
            var next = words[i + phrase.Length];
            var after = i + phrase.Length + 1 < words.Length ? words[i + phrase.Length + 1] : "";
            var afterThat = i + phrase.Length + 2 < words.Length ? words[i + phrase.Length + 2] : "";
            if (next is "like" or "love" && after == "you") return true; // "I'd like you to call him"
            if (next == "willen" && LearningVerbs.Contains(after)) continue; // "ik zou willen weten"
            if (next is "like" or "love" && after == "to" && !LearningVerbs.Contains(afterThat)) return true;
            if (next == "het" && after is "fijn" or "leuk" or "prettig" or "waarderen") continue;
            if (!NotAdviceAfterIWould.Contains(next)) return true;
        }
        return false;
    }

    // ───────────────────────────── Suggestions ─────────────────────────────

    /// <summary>An open question about the same topic as the closed one, in the wanted language.</summary>
    private static string OpenRephrasing(string[] question, Language language)
    {
        // Reuse the topic only when the question is in the wanted language, so no phrase gets mixed.
        var topic = DetectLanguage(question) == language ? TopicOf(question, language) : null;
        var rephrasings = language == Language.Nl ? DutchRephrasings : EnglishRephrasings;
        foreach (var (triggers, rephrase) in rephrasings)
        {
            if (question.Any(triggers.Contains)) return rephrase(topic);
        }
        return language == Language.Nl
            ? topic is null ? "Hoe kijk je daar zelf naar?" : $"Hoe kijk je zelf naar {topic}?"
            : topic is null ? "What are your thoughts on this?" : $"What is your view on {topic}?";
    }

    /// <summary>A determiner-led noun phrase from the question ("the report", "het rapport"), or null.</summary>
    private static string? TopicOf(string[] words, Language language)
    {
        for (var start = 1; start < words.Length - 1; start++)
        {
            // A subclause ("klopt het dat je…", "is it true that you…") is no place to look for the topic.
            if (words[start] is "dat" or "that" && SubclauseSubjects.Contains(words[start + 1])) return null;
            if (!Determiners.Contains(words[start])) continue;
            if (start == 1 && AddressedSubjects.Contains(words[1])) continue; // "heb je…": the subject
            // "Gaat het lukken": "het" is the subject "it", not the article of "het rapport".
            if (start == 1 && words[1] == "het" && LooksLikeDutchVerbEnding(words[2])) continue;
            var end = start + 1;
            while (end < words.Length && end - start <= 3 && !TopicStopWords.Contains(words[end])
                   && !Determiners.Contains(words[end]) && !AddressedSubjects.Contains(words[end]))
                end++;
            if (end == words.Length)
            {
                // "Is the deadline realistic": the last word is what is asked about, not the topic.
                var predicateAtEnd = start == 1 && Copulas.Contains(words[0]);
                var dutchVerbAtEnd = language == Language.Nl && LooksLikeDutchVerbEnding(words[^1]);
                if (predicateAtEnd || dutchVerbAtEnd) end--;
            }
            if (end - start < 2) continue;
            return string.Join(' ', words[start..end]);
        }
        return null;
    }

    /// <summary>Dutch puts participles and infinitives last: "afgerond", "gedaan", "bellen".</summary>
    private static bool LooksLikeDutchVerbEnding(string word) =>
        word.Length > 4 && (word.Contains("ge", StringComparison.Ordinal) && (word.EndsWith('d') || word.EndsWith('t') || word.EndsWith("en", StringComparison.Ordinal))
                            || word.EndsWith("en", StringComparison.Ordinal));

    // ───────────────────────────── Text handling ─────────────────────────────

    /// <summary>
    /// Sentences with their clauses (lower-case words) and how each ended: '?', '!', '.' or '\0'
    /// (no punctuation, or trailing off with an ellipsis).
    /// </summary>
    private static List<(string[][] Clauses, char Terminal)> SplitIntoSentences(string text)
    {
        text = text.Replace('’', '\'').Replace('‘', '\'').Replace('`', '\'').Replace('´', '\'').Replace("…", "...");
        var sentences = new List<(string[][], char)>();
        var current = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is not ('.' or '?' or '!'))
            {
                current.Append(c);
                i++;
                continue;
            }

            var runStart = i;
            while (i < text.Length && text[i] is '.' or '?' or '!') i++;
            var run = text[runStart..i];
            var atEnd = text.AsSpan(i).IsWhiteSpace();
            if (run.Contains('?') || run.Contains('!'))
            {
                Flush(run.Contains('?') ? '?' : '!');
            }
            else if (run.Length >= 2)
            {
                // An ellipsis ends a sentence only before a capital: "…correctly, … What have I missed?"
                var nextLetter = text.Skip(i).FirstOrDefault(ch => !char.IsWhiteSpace(ch));
                if (atEnd || char.IsUpper(nextLetter)) Flush('\0');
                else current.Append(',');
            }
            else if (atEnd || char.IsWhiteSpace(text[i]))
            {
                Flush('.');
            }
            else
            {
                current.Append(c); // "1.5", "e.g"
            }
        }
        Flush('\0');
        return sentences;

        void Flush(char terminal)
        {
            var clauses = SplitIntoClauses(current.ToString());
            current.Clear();
            if (clauses.Length > 0) sentences.Add((clauses, terminal));
        }
    }

    private static string[][] SplitIntoClauses(string sentence) =>
        sentence.Replace(" - ", ",", StringComparison.Ordinal)
            .Split([',', ';', ':', '—', '–', '(', ')'])
            .Select(Words)
            .Where(words => words.Length > 0)
            .ToArray();

    /// <summary>Lower-case words; apostrophes inside words stay ("don't"), Dutch "'t" becomes "het".</summary>
    private static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var apostropheInWord = c == '\'' && word.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]);
            if (char.IsLetterOrDigit(c) || apostropheInWord)
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            Flush();
        }
        Flush();
        return [.. words];

        void Flush()
        {
            if (word.Length == 0) return;
            var w = word.ToString();
            words.Add(w == "t" ? "het" : w);
            word.Clear();
        }
    }

    private static string[] StripLeadingFillers(string[] clause)
    {
        var i = 0;
        while (i < clause.Length && LeadingFillers.Contains(clause[i])) i++;
        return clause[i..];
    }

    private static string Joined(IEnumerable<string> words) => " " + string.Join(' ', words) + " ";

    private static bool HasPhrase(string joined, string phrase) =>
        joined.Contains(" " + phrase + " ", StringComparison.Ordinal);

    private static bool StartsWith(string[] words, string phrase) =>
        Joined(words).StartsWith(" " + phrase + " ", StringComparison.Ordinal);

    private static bool StartsWithAny(string[] words, IEnumerable<string> phrases) =>
        phrases.Any(p => StartsWith(words, p));

    private static bool EndsWith(string[] words, string phrase) =>
        Joined(words).EndsWith(" " + phrase + " ", StringComparison.Ordinal);

    /// <summary>The word right after a phrase in the sentence, or null when the phrase is absent or last.</summary>
    private static string? WordAfter(string joined, string phrase)
    {
        var at = joined.IndexOf(" " + phrase + " ", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = joined[(at + phrase.Length + 2)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return rest.Length > 0 ? rest[0] : null;
    }

    private static bool IsIngVerb(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) && !NotAnIngVerb.Contains(word);
}
