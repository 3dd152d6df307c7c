namespace LeadPlatform.Domain.Adoption;

/// <summary>
/// A rate of the adoption report and the count it divides by. A report without that count (no managers, no questions
/// asked yet) has no such rate: its 0 means "no data", not "none of them".
/// </summary>
public sealed record AdoptionRatio(Func<AdoptionFigures, double> Rate, Func<AdoptionFigures, long> Base)
{
    public static readonly AdoptionRatio Adoption = new(f => f.AdoptionRate, f => f.Managers);
    public static readonly AdoptionRatio OpenQuestions = new(f => f.OpenQuestionRatio, f => f.QuestionsAsked);
    public static readonly AdoptionRatio CoachHat = new(f => f.CoachHatShare, f => f.Interactions);
    public static readonly AdoptionRatio StyleFit = new(f => f.StyleFitRate, f => f.InteractionsJudged);
    public static readonly AdoptionRatio ActionCompletion = new(f => f.ActionCompletionRate, f => f.ActionsCreated);

    /// <summary>
    /// The unweighted mean of the rate over the reports that have its count (each client counts as much as any other);
    /// 0 when none has.
    /// </summary>
    public double AverageOver(IEnumerable<AdoptionFigures> reports)
    {
        var withData = reports.Where(report => Base(report) > 0).ToArray();
        return withData.Length == 0 ? 0 : withData.Average(Rate);
    }
}
