using GraphQL.Types;
using LeadPlatform.Api.Schema.Types;

namespace LeadPlatform.Api.Schema.Programmes;

public sealed class ProgrammeInputType : InputObjectGraphType<ProgrammeInput>
{
    public ProgrammeInputType()
    {
        Name = "ProgrammeInput";
        Field<NonNullGraphType<StringGraphType>>("name").Description("1..200 characters.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateType>>>>("trainingDates")
            .Description("One or more distinct training days, each within a year of today.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeTrackInputType>>>>("tracks")
            .Description("Each manager of the organisation in the programme, once, with their track.");
    }
}

public sealed class ProgrammeTrackInputType : InputObjectGraphType<ProgrammeTrackInput>
{
    public ProgrammeTrackInputType()
    {
        Name = "ProgrammeTrackInput";
        Field<NonNullGraphType<IdGraphType>>("managerId");
        Field<NonNullGraphType<CoachingTrackType>>("track");
    }
}
