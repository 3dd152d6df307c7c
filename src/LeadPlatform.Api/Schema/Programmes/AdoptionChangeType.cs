using GraphQL.Types;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Api.Schema.Programmes;

public sealed class AdoptionChangeType : ObjectGraphType<AdoptionChange>
{
    public AdoptionChangeType()
    {
        Name = "AdoptionChange";
        Description = "After minus before. Rates are 0..1, so 0.25 is 25 percentage points.";
        Field<NonNullGraphType<FloatGraphType>>("adoptionRate").Resolve(c => c.Source.AdoptionRate);
        Field<NonNullGraphType<LongGraphType>>("sessionsCompleted").Resolve(c => c.Source.SessionsCompleted);
        Field<NonNullGraphType<FloatGraphType>>("openQuestionRatio").Resolve(c => c.Source.OpenQuestionRatio);
        Field<NonNullGraphType<FloatGraphType>>("coachHatShare").Resolve(c => c.Source.CoachHatShare);
        Field<NonNullGraphType<FloatGraphType>>("styleFitRate").Resolve(c => c.Source.StyleFitRate);
        Field<NonNullGraphType<FloatGraphType>>("actionCompletionRate").Resolve(c => c.Source.ActionCompletionRate);
    }
}
