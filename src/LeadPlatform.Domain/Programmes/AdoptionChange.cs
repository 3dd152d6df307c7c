using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Domain.Programmes;

/// <summary>After minus before, for the rates (0..1, so 0.25 is 25 percentage points) and completed sessions.</summary>
public sealed record AdoptionChange(double AdoptionRate, long SessionsCompleted, double OpenQuestionRatio, double CoachHatShare,
    double StyleFitRate, double ActionCompletionRate)
{
    public static AdoptionChange Between(AdoptionFigures before, AdoptionFigures after) => new(
        after.AdoptionRate - before.AdoptionRate,
        after.SessionsCompleted - before.SessionsCompleted,
        after.OpenQuestionRatio - before.OpenQuestionRatio,
        after.CoachHatShare - before.CoachHatShare,
        after.StyleFitRate - before.StyleFitRate,
        after.ActionCompletionRate - before.ActionCompletionRate);
}
