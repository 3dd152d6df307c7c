using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>
/// Wire form of the domain's <see cref="StyleAdvice"/>: the domain stays free of serializer
/// attributes on its records, Orleans' surrogate mechanism carries them across grain calls.
/// </summary>
[GenerateSerializer, Alias("leadplatform.StyleAdvice")]
public struct StyleAdviceSurrogate
{
    [Id(0)] public DevelopmentLevel DevelopmentLevel;
    [Id(1)] public LeadershipStyle Style;
    [Id(2)] public bool Directive;
    [Id(3)] public bool Supportive;
    [Id(4)] public HatAdvice Hat;
    [Id(5)] public bool CrisisOverride;
    [Id(6)] public string Rationale;
}

[RegisterConverter]
public sealed class StyleAdviceSurrogateConverter : IConverter<StyleAdvice, StyleAdviceSurrogate>
{
    public StyleAdvice ConvertFromSurrogate(in StyleAdviceSurrogate s) =>
        new(s.DevelopmentLevel, s.Style, s.Directive, s.Supportive, s.Hat, s.CrisisOverride, s.Rationale);

    public StyleAdviceSurrogate ConvertToSurrogate(in StyleAdvice a) => new()
    {
        DevelopmentLevel = a.DevelopmentLevel,
        Style = a.Style,
        Directive = a.Directive,
        Supportive = a.Supportive,
        Hat = a.Hat,
        CrisisOverride = a.CrisisOverride,
        Rationale = a.Rationale,
    };
}
