namespace LeadPlatform.Domain.Leadership.Fit;

/// <summary>
/// The manager's record of hats: judges each new interaction with <see cref="StyleFit"/> and sums the
/// record up, including the <see cref="Fit.OneSizeFitsAll"/> pitfall.
/// </summary>
public static class HatRecord
{
    /// <summary>The window in which DELEGATING counts interactions (see <see cref="StyleFit.Fits"/>).</summary>
    public static readonly TimeSpan DelegatingWindow = TimeSpan.FromDays(7);

    /// <summary>
    /// The interaction about to be recorded, judged against the style recommended now: the count of earlier
    /// interactions with the same report in the last 7 days decides for DELEGATING. Unknown style: not judged.
    /// </summary>
    public static Interaction Judge(IEnumerable<Interaction> earlier, string employeeId, Hat hat, LeadershipStyle? recommended, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        if (recommended is not { } style) return new Interaction(employeeId, hat, at, null, null);
        var inWindow = earlier.Count(i => i.EmployeeId == employeeId && i.At > at - DelegatingWindow && i.At <= at);
        return new Interaction(employeeId, hat, at, style, StyleFit.Fits(style, hat, inWindow + 1));
    }

    /// <summary>
    /// Counts, fit rate and one-size-fits-all. Per report, the style is the one recommended at the latest
    /// judged interaction and the hat the most used one (a tie goes to the hat worn last).
    /// </summary>
    public static HatSummary Summarise(IReadOnlyCollection<Interaction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var reports = interactions
            .GroupBy(i => i.EmployeeId)
            .Select(ReportOf)
            .OfType<ReportHat>()
            .ToList();
        return new HatSummary(
            interactions.Count,
            interactions.Count(i => i.Hat == Hat.Coach),
            interactions.Count(i => i.Fits is not null),
            interactions.Count(i => i.Fits == true),
            OneSizeFitsAll.Detect(reports));
    }

    private static ReportHat? ReportOf(IGrouping<string, Interaction> withReport)
    {
        var inOrder = withReport.OrderBy(i => i.At).ToList();
        if (inOrder.LastOrDefault(i => i.Recommended is not null)?.Recommended is not { } style) return null;
        var mostUsed = inOrder
            .GroupBy(i => i.Hat)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(i => i.At))
            .First().Key;
        return new ReportHat(withReport.Key, style, mostUsed);
    }
}
