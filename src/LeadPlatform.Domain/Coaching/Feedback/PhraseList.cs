namespace LeadPlatform.Domain.Coaching.Feedback;

/// <summary>A readable word list ("ik heb het gevoel", "therap*"), matched as whole words in a <see cref="NormalisedText"/>.</summary>
internal sealed class PhraseList
{
    private readonly string[] phrases;

    public PhraseList(IEnumerable<string> phrases) =>
        this.phrases = phrases.Select(NormalisedText.Phrase).Where(p => p.Length > 0).Distinct().ToArray();

    public IReadOnlyList<string> Phrases => phrases;

    public bool AnyIn(NormalisedText text) => phrases.Any(text.Contains);
}
