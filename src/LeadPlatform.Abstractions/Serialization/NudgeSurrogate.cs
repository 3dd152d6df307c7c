using LeadPlatform.Domain.Coaching.FollowUp;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="Nudge"/> (see <see cref="StyleAdviceSurrogate"/>).</summary>
[GenerateSerializer, Alias("leadplatform.Nudge")]
public struct NudgeSurrogate
{
    [Id(0)] public NudgeKind Kind;
    [Id(1)] public string Message;
    [Id(2)] public string? ActionId;
    [Id(3)] public DateOnly? DueDate;
}

[RegisterConverter]
public sealed class NudgeSurrogateConverter : IConverter<Nudge, NudgeSurrogate>
{
    public Nudge ConvertFromSurrogate(in NudgeSurrogate s) => new(s.Kind, s.Message, s.ActionId, s.DueDate);

    public NudgeSurrogate ConvertToSurrogate(in Nudge n) => new()
    {
        Kind = n.Kind,
        Message = n.Message,
        ActionId = n.ActionId,
        DueDate = n.DueDate,
    };
}
