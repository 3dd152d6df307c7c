using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Adoption;

namespace LeadPlatform.Api.Schema.Clients;

/// <summary>A consultancy's clients side by side: each client's adoption, ranked, and the unweighted client average.</summary>
public sealed record ClientComparison(int WindowDays, ClientAdoption[] Clients)
{
    public double Average(Func<Domain.Adoption.AdoptionFigures, double> figure) =>
        Clients.Length == 0 ? 0 : Clients.Average(client => figure(client.Adoption.Figures));

    /// <summary>Reads every client's report at once (one grain call each) and ranks by adoption rate, then completed sessions.</summary>
    public static async Task<ClientComparison> Load(IGrainFactory grains, EntityReader reader, IEnumerable<string> organisationIds, int windowDays)
    {
        var clients = await Task.WhenAll(organisationIds.Select(async id => (
            Organisation: await reader.Organisation(id),
            Adoption: await AdoptionReportSource.Load(grains.GetGrain<IAdoptionRollupGrain>(id), windowDays))));
        var ranked = clients.OrderByDescending(c => c.Adoption.Figures.AdoptionRate).ThenByDescending(c => c.Adoption.Figures.SessionsCompleted)
            .Select((c, index) => new ClientAdoption(index + 1, c.Organisation, c.Adoption)).ToArray();
        return new ClientComparison(windowDays, ranked);
    }
}

public sealed record ClientAdoption(int Rank, OrganisationInfo Organisation, AdoptionReportSource Adoption);
