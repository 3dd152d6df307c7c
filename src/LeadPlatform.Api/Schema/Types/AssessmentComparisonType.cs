using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class AssessmentComparisonType : ObjectGraphType<AssessmentComparison>
{
    public AssessmentComparisonType()
    {
        Name = "AssessmentComparison";
        Description = "The manager's and the employee's own newest assessment of one task, side by side.";
        Field<NonNullGraphType<StringGraphType>>("task").Resolve(c => c.Source.Task);
        Field<AssessmentType>("byManager").Resolve(c => c.Source.ByManager);
        Field<AssessmentType>("bySelf").Resolve(c => c.Source.BySelf);
        Field<AssessmentGapType>("gap").Description("Null until both have assessed the task.")
            .Argument<LanguageType>("language", a => a.DefaultValue = Language.Nl)
            .Resolve(c => c.Source is { ByManager: { } manager, BySelf: { } self }
                ? SelfAssessmentGap.Between(manager.Competence, manager.Commitment, self.Competence, self.Commitment, c.GetArgument("language", Language.Nl))
                : null);
    }
}
