using GraphQL.Types;
using LeadPlatform.Abstractions.Model;

namespace LeadPlatform.Api.Schema.Types;

public sealed class AssessmentType : ObjectGraphType<Assessment>
{
    public AssessmentType()
    {
        Name = "Assessment";
        Field<NonNullGraphType<StringGraphType>>("task").Resolve(c => c.Source.Task);
        Field<NonNullGraphType<CompetenceType>>("competence").Resolve(c => c.Source.Competence);
        Field<NonNullGraphType<CommitmentType>>("commitment").Resolve(c => c.Source.Commitment);
        Field<NonNullGraphType<DevelopmentLevelType>>("developmentLevel").Resolve(c => c.Source.Recommendation.DevelopmentLevel);
        Field<NonNullGraphType<StyleRecommendationType>>("recommendation")
            .Description("The advice at the moment of assessment (without a later crisis).").Resolve(c => c.Source.Recommendation);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("assessedAt").Resolve(c => c.Source.AssessedAt);
    }
}
