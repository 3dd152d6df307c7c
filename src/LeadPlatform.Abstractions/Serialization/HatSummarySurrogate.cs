using LeadPlatform.Domain.Leadership.Fit;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="HatSummary"/> (see <see cref="StyleAdviceSurrogate"/>).</summary>
[GenerateSerializer, Alias("leadplatform.HatSummary")]
public struct HatSummarySurrogate
{
    [Id(0)] public int Interactions;
    [Id(1)] public int CoachInteractions;
    [Id(2)] public int JudgedInteractions;
    [Id(3)] public int FittingInteractions;
    [Id(4)] public bool OneSizeFitsAll;
}

[RegisterConverter]
public sealed class HatSummarySurrogateConverter : IConverter<HatSummary, HatSummarySurrogate>
{
    public HatSummary ConvertFromSurrogate(in HatSummarySurrogate s) =>
        new(s.Interactions, s.CoachInteractions, s.JudgedInteractions, s.FittingInteractions, s.OneSizeFitsAll);

    public HatSummarySurrogate ConvertToSurrogate(in HatSummary h) => new()
    {
        Interactions = h.Interactions,
        CoachInteractions = h.CoachInteractions,
        JudgedInteractions = h.JudgedInteractions,
        FittingInteractions = h.FittingInteractions,
        OneSizeFitsAll = h.OneSizeFitsAll,
    };
}
