using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="AdoptionWindow"/>.</summary>
[GenerateSerializer, Alias("leadplatform.AdoptionWindow")]
public struct AdoptionWindowSurrogate
{
    [Id(0)] public DateOnly From;
    [Id(1)] public DateOnly To;
}

[RegisterConverter]
public sealed class AdoptionWindowSurrogateConverter : IConverter<AdoptionWindow, AdoptionWindowSurrogate>
{
    public AdoptionWindow ConvertFromSurrogate(in AdoptionWindowSurrogate s) => new(s.From, s.To);

    public AdoptionWindowSurrogate ConvertToSurrogate(in AdoptionWindow w) => new() { From = w.From, To = w.To };
}
