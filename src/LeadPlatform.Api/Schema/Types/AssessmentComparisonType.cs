using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Abstractions.Security;
using LeadPlatform.Api.Security;
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
        Field<AssessmentGapType>("gap").Description("Null until both have assessed the task. Its advice speaks to whoever reads it: the employee themself, or their manager.")
            .Argument<LanguageType>("language", a => a.DefaultValue = Language.Nl)
            .Resolve(c => c.Source is { ByManager: { } manager, BySelf: { } self }
                ? SelfAssessmentGap.Between(manager.Competence, manager.Commitment, self.Competence, self.Commitment, c.GetArgument("language", Language.Nl),
                    ReaderOf(c))
                : null);
    }

    /// <summary>
    /// An employee reads only their own comparisons (they are personal data: <see cref="Policies.PersonalDataOfSourceEmployee"/>);
    /// their manager and the platform admin read the manager's advice.
    /// </summary>
    private static GapReader ReaderOf(IResolveFieldContext c) => c.Principal().Role == Role.Employee ? GapReader.Employee : GapReader.Manager;
}
