namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// A gut-feel statement ("ik heb het gevoel dat…", "my gut says…") with no observation or figure
/// behind it. Feedback built on a feeling alone is hard to recognise and easy to dismiss; one
/// concrete observation (what, when, a number, a quote) makes it usable.
/// </summary>
/// <remarks>
/// Evidence anywhere in the same utterance is enough: a digit or "%", a number word, a date,
/// weekday or month, "I saw / noticed / heard", "ik zag / merkte / hoorde", a time reference such as
/// "last week" or "vorige week", what customers or colleagues said, data and figures, an example,
/// or a quoted remark.
/// </remarks>
internal static class GutFeeling
{
    private static readonly PhraseList Markers = new(
    [
        "ik heb het gevoel", "ik krijg het gevoel", "mijn gevoel zegt", "mijn gevoel is", "mijn onderbuik",
        "mijn buikgevoel", "mijn onderbuikgevoel", "ik heb het idee", "volgens mij", "ik heb de indruk",
        "ik krijg de indruk", "ik voel aan dat", "het voelt alsof", "het lijkt me dat", "het lijkt mij dat",
        "ik vermoed",
        "i feel like", "i feel that", "my gut says", "my gut tells me", "my gut feeling", "gut feeling",
        "i have a feeling", "i've got a feeling", "i have the feeling", "i get the feeling", "i get the impression",
        "i have the impression", "i sense that", "it seems to me", "i have a hunch", "my instinct says",
        "my instinct tells me", "something tells me", "i suspect",
    ]);

    /// <summary>Look-alikes: "ik heb het idee om…" proposes an idea, it is no gut feeling.</summary>
    private static readonly PhraseList NotGutFeel = new(["ik heb het idee om"]);

    private static readonly PhraseList Evidence = new(
    [
        // Own observations (NL, EN)
        "ik zag", "zag ik", "ik heb gezien", "heb ik gezien", "ik merkte", "merkte ik", "ik heb gemerkt",
        "heb ik gemerkt", "ik merk dat", "ik zie dat", "ik hoorde", "hoorde ik", "ik heb gehoord",
        "heb ik gehoord", "ik las", "las ik", "ik heb gelezen", "ik heb geteld", "ik heb gemeten",
        "ik heb nagekeken", "i saw", "i've seen", "i have seen", "i noticed", "i've noticed", "i have noticed",
        "i notice that", "i heard", "i've heard", "i have heard", "i observed", "i read", "i counted",
        "i measured", "i checked",
        // What others said
        "klanten zeiden", "klanten zeggen", "de klant zei", "klant zei", "collega's zeiden", "zei tegen mij",
        "zei tegen me", "zei letterlijk", "hij zei", "zij zei", "ze zei", "zei hij", "zei ze", "customers said",
        "customers told", "the customer said", "the client said", "the client told", "told me", "he said",
        "she said", "they said",
        // Data and figures
        "data", "cijfers", "de cijfers", "numbers", "the numbers", "figures", "metrics", "dashboard", "kpi",
        "kpi's", "kpis", "survey", "enquete", "meting", "metingen", "measurement", "according to",
        "volgens het rapport", "volgens de cijfers", "feedback van", "feedback from", "procent", "percent",
        "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "twintig",
        "honderd", "helft", "two", "three", "four", "five", "six", "seven", "eight", "nine", "eleven",
        "twelve", "twenty", "hundred", "twice",
        // Examples
        "bijvoorbeeld", "zoals toen", "for example", "for instance", "like when",
        // Moments
        "gisteren", "vanochtend", "vanmorgen", "vorige week", "afgelopen week", "vorige maand",
        "afgelopen maand", "yesterday", "this morning", "last week", "last month", "past week",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "january", "february", "june", "july", "august", "october",
        // Left out on purpose: "may" and "march" (mostly verbs), "ten" (Dutch "ten minste") and "half" ("maar half erbij").
    ]);

    // Quote marks that open a quoted remark: “…”, „…”, «…», "…", ‘…’ (a straight ' is an apostrophe too often).
    private static readonly (char Open, char Close)[] Quotes =
        [('“', '”'), ('„', '”'), ('„', '“'), ('«', '»'), ('"', '"'), ('‘', '’')];

    /// <summary>Whether the sentence voices a gut feeling.</summary>
    public static bool IsVoicedIn(string sentence)
    {
        var text = NormalisedText.Of(sentence).Without(NotGutFeel.Phrases);
        return Markers.AnyIn(text);
    }

    /// <summary>Whether the utterance carries an observation or figure next to the feeling.</summary>
    public static bool HasFactsIn(string utterance) =>
        utterance.Any(char.IsDigit)
        || utterance.Contains('%')
        || HasQuote(utterance)
        || Evidence.AnyIn(NormalisedText.Of(utterance));

    private static bool HasQuote(string text)
    {
        foreach (var (open, close) in Quotes)
        {
            var start = text.IndexOf(open);
            if (start < 0) continue;
            var end = text.IndexOf(close, start + 1);
            if (end > start + 2) return true; // at least two characters quoted
        }
        return false;
    }
}
