namespace LeadPlatform.Domain.Leadership.Fit;

/// <summary>
/// A manager's hats over their recorded interactions. <see cref="StyleFitRate"/> is fitting / judged
/// interactions (those with a known recommended style), null when none could be judged;
/// <see cref="CoachHatShare"/> is COACH / all interactions, null when there were none.
/// </summary>
public sealed record HatSummary(int Interactions, int CoachInteractions, int JudgedInteractions, int FittingInteractions, bool OneSizeFitsAll)
{
    public double? CoachHatShare => Interactions == 0 ? null : (double)CoachInteractions / Interactions;

    public double? StyleFitRate => JudgedInteractions == 0 ? null : (double)FittingInteractions / JudgedInteractions;
}
