using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Adoption;

/// <summary>A resolved adoption report and the grain it came from (for its trend).</summary>
public sealed record AdoptionReportSource(IAdoptionReporter Grain, AdoptionFigures Figures, int WindowDays)
{
    public static async Task<AdoptionReportSource> Load(IAdoptionReporter grain, int windowDays) =>
        new(grain, await grain.Report(windowDays), windowDays);
}
