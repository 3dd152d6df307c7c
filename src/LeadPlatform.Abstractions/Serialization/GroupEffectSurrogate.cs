using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="GroupEffect"/>.</summary>
[GenerateSerializer, Alias("leadplatform.GroupEffect")]
public struct GroupEffectSurrogate
{
    [Id(0)] public int Managers;
    [Id(1)] public AdoptionFigures? Before;
    [Id(2)] public AdoptionFigures? After;
}

[RegisterConverter]
public sealed class GroupEffectSurrogateConverter : IConverter<GroupEffect, GroupEffectSurrogate>
{
    public GroupEffect ConvertFromSurrogate(in GroupEffectSurrogate s) => new(s.Managers, s.Before, s.After);

    public GroupEffectSurrogate ConvertToSurrogate(in GroupEffect g) => new() { Managers = g.Managers, Before = g.Before, After = g.After };
}
