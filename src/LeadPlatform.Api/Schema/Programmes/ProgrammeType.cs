using GraphQL;
using GraphQL.Types;
using LeadPlatform.Abstractions.Grains;
using LeadPlatform.Abstractions.Model;
using LeadPlatform.Api.Schema.Adoption;
using LeadPlatform.Api.Schema.Types;
using LeadPlatform.Domain.Adoption;

namespace LeadPlatform.Api.Schema.Programmes;

/// <summary>A client's leadership programme; visible to whoever manages the organisation (see AccessGuard.CanSee).</summary>
public sealed class ProgrammeType : ObjectGraphType<ProgrammeInfo>
{
    public ProgrammeType()
    {
        Name = "Programme";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DateType>>>>("trainingDates").Description("Sorted, oldest first.").Resolve(c => c.Source.TrainingDates);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgrammeTrackType>>>>("tracks").Resolve(c => c.Source.Tracks);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("recordedAt").Resolve(c => c.Source.RecordedAt);
        Field<NonNullGraphType<ProgrammeComparisonType>>("comparison")
            .Description("Adoption before and after training, overall and per track: aggregates only.")
            .Argument<IntGraphType>("windowDays", a => a.DefaultValue = AdoptionCalculator.DefaultWindowDays)
            .ResolveAsync(async c => await c.Grains().GetGrain<IProgrammeGrain>(c.Source.Id)
                .Compare(AdoptionReportType.Days(c.GetArgument("windowDays", AdoptionCalculator.DefaultWindowDays), "windowDays")));
    }
}
