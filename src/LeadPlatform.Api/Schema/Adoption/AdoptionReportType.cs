using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Errors;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Adoption;

public sealed class AdoptionReportType : ObjectGraphType<AdoptionReportSource>
{
    public AdoptionReportType()
    {
        Name = "AdoptionReport";
        Description = "How far coaching is adopted, over the last windowDays days. Rates are 0..1.";
        Field<NonNullGraphType<IntGraphType>>("windowDays").Resolve(c => c.Source.WindowDays);
        Field<NonNullGraphType<LongGraphType>>("managers").Resolve(c => c.Source.Figures.Managers);
        Field<NonNullGraphType<LongGraphType>>("managersCoaching")
            .Description("Managers with a completed coaching session in the window.").Resolve(c => c.Source.Figures.ManagersCoaching);
        Field<NonNullGraphType<FloatGraphType>>("adoptionRate").Description("managersCoaching / managers.").Resolve(c => c.Source.Figures.AdoptionRate);
        Field<NonNullGraphType<LongGraphType>>("sessionsStarted").Resolve(c => c.Source.Figures.SessionsStarted);
        Field<NonNullGraphType<LongGraphType>>("sessionsCompleted").Resolve(c => c.Source.Figures.SessionsCompleted);
        Field<NonNullGraphType<FloatGraphType>>("openQuestionRatio").Description("Open / (open + closed) questions.").Resolve(c => c.Source.Figures.OpenQuestionRatio);
        Field<NonNullGraphType<FloatGraphType>>("coachHatShare").Description("Interactions in the coach hat / all interactions.").Resolve(c => c.Source.Figures.CoachHatShare);
        Field<NonNullGraphType<FloatGraphType>>("styleFitRate")
            .Description("Interactions whose hat fitted the recommended style / interactions that could be judged.").Resolve(c => c.Source.Figures.StyleFitRate);
        Field<NonNullGraphType<FloatGraphType>>("actionCompletionRate").Description("Actions completed / actions created.").Resolve(c => c.Source.Figures.ActionCompletionRate);
        Field<FloatGraphType>("averageEnergy")
            .Description("Team pulse energy (1..5) over the same window, next to adoption; null without readings.").Resolve(c => c.Source.Figures.AverageEnergy);
        Field<FloatGraphType>("averageEngagement")
            .Description("Team pulse engagement (1..5) over the same window; null without readings.").Resolve(c => c.Source.Figures.AverageEngagement);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LevelCountType>>>>("developmentLevels")
            .Description("Assessments in the window per development level.").Resolve(c => c.Source.Figures.DevelopmentLevels.ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StyleCountType>>>>("recommendedStyles")
            .Description("Assessments in the window per recommended style.").Resolve(c => c.Source.Figures.RecommendedStyles.ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdoptionDayType>>>>("trend")
            .Description("One point per day, oldest first.")
            .Argument<IntGraphType>("days", a => a.DefaultValue = AdoptionCalculator.DefaultWindowDays)
            .ResolveAsync(async c => await c.Source.Grain.Trend(Days(c.GetArgument("days", AdoptionCalculator.DefaultWindowDays), "days")));
    }

    /// <summary>A day count between 1 and the retention, or BAD_USER_INPUT naming the argument.</summary>
    public static int Days(int days, string field) =>
        days is >= 1 and <= AdoptionCalculator.RetentionDays ? days : throw PlatformException.BadInput(field, $"must be between 1 and {AdoptionCalculator.RetentionDays}");
}
