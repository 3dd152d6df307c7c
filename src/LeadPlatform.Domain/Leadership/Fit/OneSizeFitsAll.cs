namespace LeadPlatform.Domain.Leadership.Fit;

/// <summary>
/// The one-size-fits-all pitfall: the manager wears the same hat with every report although their
/// levels call for different styles, and that hat does not fit all of them.
/// </summary>
public static class OneSizeFitsAll
{
    /// <summary>
    /// Flagged when there are at least two reports, their recommended styles are not all the same, the
    /// most used hat is the same for all of them, and that hat does not fit at least one report's style.
    /// The fit is <see cref="StyleFit.Fits"/> for a single interaction (a COACH hat fits DELEGATING),
    /// so a COACHING style, which fits either hat, never makes a mismatch on its own.
    /// </summary>
    public static bool Detect(IReadOnlyCollection<ReportHat> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Any(r => r is null)) throw new ArgumentException("The reports contain a null entry.", nameof(reports));
        if (reports.Count < 2) return false;
        var hat = reports.First().MostUsedHat;
        var sameHat = reports.All(r => r.MostUsedHat == hat);
        var differentStyles = reports.Select(r => r.Recommended).Distinct().Count() > 1;
        return sameHat && differentStyles && reports.Any(r => !StyleFit.Fits(r.Recommended, hat, 1));
    }
}
