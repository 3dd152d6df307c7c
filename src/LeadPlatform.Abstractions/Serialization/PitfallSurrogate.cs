using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Coaching.Feedback;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="Pitfall"/> (see <see cref="StyleAdviceSurrogate"/>).</summary>
[GenerateSerializer, Alias("leadplatform.Pitfall")]
public struct PitfallSurrogate
{
    [Id(0)] public PitfallKind Kind;
    [Id(1)] public GrowStage Stage;
    [Id(2)] public DateTimeOffset At;
    [Id(3)] public string Trigger;
    [Id(4)] public string Advice;
}

[RegisterConverter]
public sealed class PitfallSurrogateConverter : IConverter<Pitfall, PitfallSurrogate>
{
    public Pitfall ConvertFromSurrogate(in PitfallSurrogate s) => new(s.Kind, s.Stage, s.At, s.Trigger, s.Advice);

    public PitfallSurrogate ConvertToSurrogate(in Pitfall p) => new()
    {
        Kind = p.Kind,
        Stage = p.Stage,
        At = p.At,
        Trigger = p.Trigger,
        Advice = p.Advice,
    };
}
