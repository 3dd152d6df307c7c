using System.Globalization;
using System.Text;

namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>
/// The lower-case words of a text, for whole-word phrase matching. Accents are dropped ("privé" =
/// "prive"), curly quotes are straightened, apostrophes and hyphens inside a word keep it one word
/// ("collega's", "burn-out"), and Dutch "'t" reads as "het".
/// </summary>
internal sealed class NormalisedText
{
    // Padded with spaces so every phrase can be matched as " phrase ".
    private readonly string joined;

    private NormalisedText(string joined) => this.joined = joined;

    public static NormalisedText Of(string text) => new(" " + string.Join(' ', Words(text)) + " ");

    /// <summary>
    /// Whether the text holds the phrase as whole words. A phrase ending in '*' is a stem: its last
    /// word only has to start the same ("therap*" finds "therapie", "therapist").
    /// </summary>
    public bool Contains(string normalisedPhrase) =>
        normalisedPhrase.EndsWith('*')
            ? joined.Contains(" " + normalisedPhrase[..^1], StringComparison.Ordinal)
            : joined.Contains(" " + normalisedPhrase + " ", StringComparison.Ordinal);

    /// <summary>The same text with the phrases blanked out, so look-alikes do not match ("ik heb het idee om…").</summary>
    public NormalisedText Without(IEnumerable<string> normalisedPhrases) =>
        new(normalisedPhrases.Aggregate(joined, (text, phrase) =>
            text.Replace(" " + phrase + " ", " · ", StringComparison.Ordinal)));

    /// <summary>A phrase written in a word list, normalised the same way; a trailing '*' (stem) is kept.</summary>
    public static string Phrase(string phrase)
    {
        var stem = phrase.EndsWith('*');
        var words = string.Join(' ', Words(stem ? phrase[..^1] : phrase));
        return stem ? words + "*" : words;
    }

    private static IEnumerable<string> Words(string text)
    {
        var plain = WithoutAccents(text.Replace('’', '\'').Replace('‘', '\'').Replace('`', '\'').Replace('´', '\''));
        var word = new StringBuilder();
        for (var i = 0; i < plain.Length; i++)
        {
            var c = plain[i];
            var joiner = c is '\'' or '-' && word.Length > 0 && i + 1 < plain.Length && char.IsLetterOrDigit(plain[i + 1]);
            if (char.IsLetterOrDigit(c) || joiner)
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            if (word.Length > 0) yield return Flush();
        }
        if (word.Length > 0) yield return Flush();

        string Flush()
        {
            var w = word.ToString();
            word.Clear();
            return w == "t" ? "het" : w;
        }
    }

    private static string WithoutAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string(kept.ToArray()).Normalize(NormalizationForm.FormC);
    }
}
