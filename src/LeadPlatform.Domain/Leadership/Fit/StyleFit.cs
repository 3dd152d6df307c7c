namespace LeadPlatform.Domain.Leadership.Fit;

/// <summary>Whether the hat a manager wore in one interaction fits the style the employee's level calls for.</summary>
public static class StyleFit
{
    /// <summary>Interactions in the last 7 days that still fit a DELEGATING style (a check-in, a review).</summary>
    public const int DelegatingInteractionsThatFit = 2;

    /// <summary>
    /// The fit of one interaction with an employee:
    /// <list type="bullet">
    /// <item>DIRECTING (D1): the MANAGER hat fits: clear instructions; the COACH hat leaves a beginner without direction.</item>
    /// <item>COACHING (D2): either hat fits: high direction and high support.</item>
    /// <item>SUPPORTING (D3): the COACH hat fits: ask and listen; the MANAGER hat takes over what they can do.</item>
    /// <item>DELEGATING (D4): few interactions fit best. The interaction fits only when it is the first or
    /// second with this employee in the last 7 days and the hat is COACH; a MANAGER hat on a self-reliant
    /// achiever is micromanaging, and a third interaction in a week is hovering.</item>
    /// </list>
    /// </summary>
    /// <param name="interactionsWithEmployeeLast7Days">Interactions with this employee in the last 7 days,
    /// including the current one, so at least 1. Only DELEGATING uses it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1.</exception>
    public static bool Fits(LeadershipStyle recommended, Hat used, int interactionsWithEmployeeLast7Days)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interactionsWithEmployeeLast7Days, 1);
        return recommended switch
        {
            LeadershipStyle.Directing => used == Hat.Manager,
            LeadershipStyle.Coaching => true,
            LeadershipStyle.Supporting => used == Hat.Coach,
            LeadershipStyle.Delegating => used == Hat.Coach && interactionsWithEmployeeLast7Days <= DelegatingInteractionsThatFit,
            _ => throw new ArgumentOutOfRangeException(nameof(recommended), recommended, "Unknown leadership style."),
        };
    }
}
