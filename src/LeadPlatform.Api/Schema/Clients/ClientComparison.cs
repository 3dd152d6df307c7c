using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Clients;

/// <summary>A consultancy's clients side by side: each client's adoption, ranked, and the client averages (<see cref="AdoptionRatio.AverageOver"/>).</summary>
public sealed record ClientComparison(int WindowDays, ClientAdoption[] Clients)
{
    public double Average(AdoptionRatio ratio) => ratio.AverageOver(Clients.Select(client => client.Adoption.Figures));

    /// <summary>
    /// Reads every client's report at once (one grain call each) and ranks by adoption rate, then completed sessions;
    /// clients equal on both share a rank (1, 1, 3).
    /// </summary>
    public static async Task<ClientComparison> Load(IGrainFactory grains, EntityReader reader, IEnumerable<string> organisationIds, int windowDays)
    {
        var clients = await Task.WhenAll(organisationIds.Select(async id => (
            Organisation: await reader.Organisation(id),
            Adoption: await AdoptionReportSource.Load(grains.GetGrain<IAdoptionRollupGrain>(id), windowDays))));
        static (double, long) Standing(AdoptionReportSource adoption) => (adoption.Figures.AdoptionRate, adoption.Figures.SessionsCompleted);
        var ordered = clients.OrderByDescending(c => Standing(c.Adoption)).ToArray();
        // A client's rank is 1 + the clients ahead of it: the first in the order that stands as it does.
        var ranked = ordered.Select(c => new ClientAdoption(
            1 + Array.FindIndex(ordered, other => Standing(other.Adoption) == Standing(c.Adoption)), c.Organisation, c.Adoption)).ToArray();
        return new ClientComparison(windowDays, ranked);
    }
}

public sealed record ClientAdoption(int Rank, OrganisationInfo Organisation, AdoptionReportSource Adoption);
