using LeadPlatform.Domain.Adoption;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Abstractions.Serialization;

/// <summary>Wire form of the domain's <see cref="AdoptionFigures"/> (see <see cref="StyleAdviceSurrogate"/> for why).</summary>
[GenerateSerializer, Alias("leadplatform.AdoptionFigures")]
public struct AdoptionFiguresSurrogate
{
    [Id(0)] public long Managers;
    [Id(1)] public long ManagersCoaching;
    [Id(2)] public double AdoptionRate;
    [Id(3)] public long SessionsStarted;
    [Id(4)] public long SessionsCompleted;
    [Id(5)] public double OpenQuestionRatio;
    [Id(6)] public double CoachHatShare;
    [Id(7)] public double StyleFitRate;
    [Id(8)] public double ActionCompletionRate;
    [Id(9)] public Dictionary<DevelopmentLevel, long> DevelopmentLevels;
    [Id(10)] public Dictionary<LeadershipStyle, long> RecommendedStyles;
    [Id(11)] public double? AverageEnergy;
    [Id(12)] public double? AverageEngagement;
    // What the rates divide by (an old silo's report has none: its client is left out of the client averages until it is upgraded).
    [Id(13)] public long QuestionsAsked;
    [Id(14)] public long Interactions;
    [Id(15)] public long InteractionsJudged;
    [Id(16)] public long ActionsCreated;
}

[RegisterConverter]
public sealed class AdoptionFiguresSurrogateConverter : IConverter<AdoptionFigures, AdoptionFiguresSurrogate>
{
    public AdoptionFigures ConvertFromSurrogate(in AdoptionFiguresSurrogate s) => new(
        s.Managers, s.ManagersCoaching, s.AdoptionRate, s.SessionsStarted, s.SessionsCompleted, s.OpenQuestionRatio,
        s.CoachHatShare, s.StyleFitRate, s.ActionCompletionRate, s.DevelopmentLevels, s.RecommendedStyles, s.AverageEnergy, s.AverageEngagement)
    {
        QuestionsAsked = s.QuestionsAsked,
        Interactions = s.Interactions,
        InteractionsJudged = s.InteractionsJudged,
        ActionsCreated = s.ActionsCreated,
    };

    public AdoptionFiguresSurrogate ConvertToSurrogate(in AdoptionFigures f) => new()
    {
        Managers = f.Managers,
        ManagersCoaching = f.ManagersCoaching,
        AdoptionRate = f.AdoptionRate,
        SessionsStarted = f.SessionsStarted,
        SessionsCompleted = f.SessionsCompleted,
        OpenQuestionRatio = f.OpenQuestionRatio,
        CoachHatShare = f.CoachHatShare,
        StyleFitRate = f.StyleFitRate,
        ActionCompletionRate = f.ActionCompletionRate,
        DevelopmentLevels = new(f.DevelopmentLevels),
        RecommendedStyles = new(f.RecommendedStyles),
        AverageEnergy = f.AverageEnergy,
        AverageEngagement = f.AverageEngagement,
        QuestionsAsked = f.QuestionsAsked,
        Interactions = f.Interactions,
        InteractionsJudged = f.InteractionsJudged,
        ActionsCreated = f.ActionsCreated,
    };
}
