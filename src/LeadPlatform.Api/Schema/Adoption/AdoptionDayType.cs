using GraphQL.Types;
using LeadPlatform.Abstractions.Adoption;

namespace LeadPlatform.Api.Schema.Adoption;

public sealed class AdoptionDayType : ObjectGraphType<AdoptionTrendPoint>
{
    public AdoptionDayType()
    {
        Name = "AdoptionDay";
        Field<NonNullGraphType<DateOnlyGraphType>>("date").Resolve(c => c.Source.Day);
        Field<NonNullGraphType<LongGraphType>>("sessionsStarted").Resolve(c => c.Source.Figures.SessionsStarted);
        Field<NonNullGraphType<LongGraphType>>("sessionsCompleted").Resolve(c => c.Source.Figures.SessionsCompleted);
        Field<NonNullGraphType<LongGraphType>>("managersCoaching").Description("Managers who completed a coaching session that day; a later session does not change it.")
            .Resolve(c => c.Source.Figures.ManagersCoaching);
        Field<NonNullGraphType<FloatGraphType>>("openQuestionRatio").Resolve(c => c.Source.Figures.OpenQuestionRatio);
        Field<NonNullGraphType<FloatGraphType>>("coachHatShare").Resolve(c => c.Source.Figures.CoachHatShare);
        Field<NonNullGraphType<FloatGraphType>>("styleFitRate").Resolve(c => c.Source.Figures.StyleFitRate);
        Field<NonNullGraphType<FloatGraphType>>("actionCompletionRate").Resolve(c => c.Source.Figures.ActionCompletionRate);
        Field<FloatGraphType>("averageEnergy").Description("Team pulse energy (1..5) that day; null without a reading.").Resolve(c => c.Source.Figures.AverageEnergy);
        Field<FloatGraphType>("averageEngagement").Description("Team pulse engagement (1..5) that day; null without a reading.").Resolve(c => c.Source.Figures.AverageEngagement);
    }
}
