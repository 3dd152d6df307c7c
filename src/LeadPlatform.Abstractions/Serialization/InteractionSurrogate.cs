using LeadPlatform.Domain.Leadership;
using LeadPlatform.Domain.Leadership.Fit;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire and storage form of the domain's <see cref="Interaction"/> (see <see cref="StyleAdviceSurrogate"/>).</summary>
[GenerateSerializer, Alias("leadplatform.Interaction")]
public struct InteractionSurrogate
{
    [Id(0)] public string EmployeeId;
    [Id(1)] public Hat Hat;
    [Id(2)] public DateTimeOffset At;
    [Id(3)] public LeadershipStyle? Recommended;
    [Id(4)] public bool? Fits;
}

[RegisterConverter]
public sealed class InteractionSurrogateConverter : IConverter<Interaction, InteractionSurrogate>
{
    public Interaction ConvertFromSurrogate(in InteractionSurrogate s) => new(s.EmployeeId, s.Hat, s.At, s.Recommended, s.Fits);

    public InteractionSurrogate ConvertToSurrogate(in Interaction i) => new()
    {
        EmployeeId = i.EmployeeId,
        Hat = i.Hat,
        At = i.At,
        Recommended = i.Recommended,
        Fits = i.Fits,
    };
}
