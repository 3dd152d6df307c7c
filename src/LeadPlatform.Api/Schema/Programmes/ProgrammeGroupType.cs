using GraphQL.Types;
using LeadPlatform.Domain.Programmes;

namespace LeadPlatform.Api.Schema.Programmes;

public sealed class ProgrammeGroupType : ObjectGraphType<GroupEffect>
{
    public ProgrammeGroupType()
    {
        Name = "ProgrammeGroup";
        Description = "Adoption of a group of the programme's managers before and after training: aggregates only.";
        Field<NonNullGraphType<IntGraphType>>("managers").Resolve(c => c.Source.Managers);
        Field<AdoptionFiguresType>("before").Description("Null while the period before training has not begun.").Resolve(c => c.Source.Before);
        Field<AdoptionFiguresType>("after").Description("Null until the day after the last training day.").Resolve(c => c.Source.After);
        Field<AdoptionChangeType>("change").Description("After minus before; null until both exist.").Resolve(c => c.Source.Change);
    }
}
