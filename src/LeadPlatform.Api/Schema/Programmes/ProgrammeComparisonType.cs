using GraphQL.Types;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Api.Schema.Programmes;

public sealed class ProgrammeComparisonType : ObjectGraphType<ProgrammeEffect>
{
    public ProgrammeComparisonType()
    {
        Name = "ProgrammeComparison";
        Description = "Adoption in the windowDays before the first training day against the windowDays after the last one (up to today), "
            + "for all the programme's managers, those with the training only, and those with training plus coaching.";
        Field<NonNullGraphType<IntGraphType>>("windowDays").Resolve(c => c.Source.WindowDays);
        Field<AdoptionPeriodType>("before").Description("Null while it has not begun; shorter than windowDays while it runs.").Resolve(c => c.Source.BeforeWindow);
        Field<AdoptionPeriodType>("after").Description("Null until the day after the last training day; shorter than windowDays while it runs.").Resolve(c => c.Source.AfterWindow);
        Field<NonNullGraphType<ProgrammeGroupType>>("all").Resolve(c => c.Source.All);
        Field<NonNullGraphType<ProgrammeGroupType>>("trainingOnly").Resolve(c => c.Source.TrainingOnly);
        Field<NonNullGraphType<ProgrammeGroupType>>("trainingAndCoaching").Resolve(c => c.Source.TrainingAndCoaching);
    }
}
