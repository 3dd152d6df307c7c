using LeadPlatform.Domain.Coaching;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="QuestionAnalysis"/> (see <see cref="StyleAdviceSurrogate"/>).</summary>
[GenerateSerializer, Alias("leadplatform.QuestionAnalysis")]
public struct QuestionAnalysisSurrogate
{
    [Id(0)] public QuestionKind Kind;
    [Id(1)] public bool GivesSolution;
    [Id(2)] public string? Suggestion;
    [Id(3)] public Language Language;
}

[RegisterConverter]
public sealed class QuestionAnalysisSurrogateConverter : IConverter<QuestionAnalysis, QuestionAnalysisSurrogate>
{
    public QuestionAnalysis ConvertFromSurrogate(in QuestionAnalysisSurrogate s) => new(s.Kind, s.GivesSolution, s.Suggestion, s.Language);

    public QuestionAnalysisSurrogate ConvertToSurrogate(in QuestionAnalysis a) => new()
    {
        Kind = a.Kind,
        GivesSolution = a.GivesSolution,
        Suggestion = a.Suggestion,
        Language = a.Language,
    };
}
