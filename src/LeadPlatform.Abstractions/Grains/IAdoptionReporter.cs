using LeadPlatform.Abstractions.Adoption;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Abstractions.Grains;

/// <summary>Reads of an adoption grain: one call, whatever the size of what is below it.</summary>
public interface IAdoptionReporter : ITenantOwnedGrain
{
    /// <summary>Figures over the last <paramref name="windowDays"/> days (today included).</summary>
    [Alias("Report")] Task<AdoptionFigures> Report(int windowDays);

    /// <summary>One point per day for the last <paramref name="days"/> days, oldest first.</summary>
    [Alias("Trend")] Task<AdoptionTrendPoint[]> Trend(int days);
}
