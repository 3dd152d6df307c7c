using GraphQL.Types;
using LeadPlatform.Domain.Leadership;

namespace LeadPlatform.Api.Schema.Types;

public sealed class AssessmentGapType : ObjectGraphType<AssessmentGap>
{
    public AssessmentGapType()
    {
        Name = "AssessmentGap";
        Description = "How the employee's view of themself differs from the manager's: a start for a partnering conversation.";
        Field<NonNullGraphType<IntGraphType>>("competenceSteps")
            .Description("Self minus manager on LOW < SOME < HIGH; positive: the employee rates their ability higher.").Resolve(c => c.Source.CompetenceSteps);
        Field<NonNullGraphType<IntGraphType>>("commitmentSteps")
            .Description("Self minus manager on LOW < VARIABLE < HIGH.").Resolve(c => c.Source.CommitmentSteps);
        Field<NonNullGraphType<DevelopmentLevelType>>("managerLevel").Resolve(c => c.Source.ManagerLevel);
        Field<NonNullGraphType<DevelopmentLevelType>>("selfLevel").Resolve(c => c.Source.SelfLevel);
        Field<NonNullGraphType<BooleanGraphType>>("agree").Resolve(c => c.Source.Agree);
        Field<NonNullGraphType<StringGraphType>>("advice").Resolve(c => c.Source.Advice);
    }
}
