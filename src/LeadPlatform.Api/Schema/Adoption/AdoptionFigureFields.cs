using GraphQL.Types;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Adoption;

/// <summary>The figure fields every adoption report shows, declared once for each type that carries <see cref="AdoptionFigures"/>.</summary>
public static class AdoptionFigureFields
{
    public static void AddFigureFields<TSource>(this ObjectGraphType<TSource> type, Func<TSource, AdoptionFigures> figures)
    {
        type.Field<NonNullGraphType<LongGraphType>>("managers").Resolve(c => figures(c.Source).Managers);
        type.Field<NonNullGraphType<LongGraphType>>("managersCoaching")
            .Description("Managers with a completed coaching session in the window.").Resolve(c => figures(c.Source).ManagersCoaching);
        type.Field<NonNullGraphType<FloatGraphType>>("adoptionRate").Description("managersCoaching / managers.").Resolve(c => figures(c.Source).AdoptionRate);
        type.Field<NonNullGraphType<LongGraphType>>("sessionsStarted").Resolve(c => figures(c.Source).SessionsStarted);
        type.Field<NonNullGraphType<LongGraphType>>("sessionsCompleted").Resolve(c => figures(c.Source).SessionsCompleted);
        type.Field<NonNullGraphType<FloatGraphType>>("openQuestionRatio").Description("Open / (open + closed) questions.").Resolve(c => figures(c.Source).OpenQuestionRatio);
        type.Field<NonNullGraphType<FloatGraphType>>("coachHatShare").Description("Interactions in the coach hat / all interactions.").Resolve(c => figures(c.Source).CoachHatShare);
        type.Field<NonNullGraphType<FloatGraphType>>("styleFitRate")
            .Description("Interactions whose hat fitted the recommended style / interactions that could be judged.").Resolve(c => figures(c.Source).StyleFitRate);
        type.Field<NonNullGraphType<FloatGraphType>>("actionCompletionRate").Description("Actions completed / actions created.").Resolve(c => figures(c.Source).ActionCompletionRate);
        type.Field<FloatGraphType>("averageEnergy")
            .Description("Team pulse energy (1..5) over the same window, next to adoption; null without readings.").Resolve(c => figures(c.Source).AverageEnergy);
        type.Field<FloatGraphType>("averageEngagement")
            .Description("Team pulse engagement (1..5) over the same window; null without readings.").Resolve(c => figures(c.Source).AverageEngagement);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelCountType>>>>("developmentLevels")
            .Description("Assessments in the window per development level.").Resolve(c => figures(c.Source).DevelopmentLevels.ToArray());
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StyleCountType>>>>("recommendedStyles")
            .Description("Assessments in the window per recommended style.").Resolve(c => figures(c.Source).RecommendedStyles.ToArray());
    }
}
